#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-07e (Dutch OPPs, theme: so/vso and composite plans).
Run with the venv python:  /work/blind52/venv/bin/python gen.py
No clock is read; every random choice comes from random.Random(<document id>)."""
import os, sys, json, random, shutil, datetime, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles import PROFILES
from elements import V, E, P, BUL, CHKS, T, SIG, f, GRID_COLS, RIGHTS
import render as R

DOCS_DIR = os.path.join(HERE, "docs")
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
CUTOFF = datetime.date(2025, 8, 1)

GIRLS = ["Noor", "Fenna", "Lieke", "Yara", "Sanne", "Amira", "Isa", "Jolien", "Maud", "Esmee", "Lotte", "Hiba", "Roos", "Silke"]
BOYS = ["Daan", "Sem", "Mees", "Yusuf", "Thijs", "Ravi", "Jesse", "Bram", "Milan", "Kian", "Luuk", "Ayoub", "Stijn", "Joep"]
SUR = ["Verhoeckx", "Brandsma", "Oudshoorn", "Kaya", "el Idrissi", "Wijnbergen", "van Tessel", "Pranoto", "de Roover", "Hamstra",
       "Lindeboom", "Sarmo", "Veldkamp", "Okafor", "Tjeenk", "Bouwhuis", "van Aalst", "Demir", "Nijhof", "Schreuder", "Kooistra", "Bakhuis"]
STAFF = ["J. Terpstra", "M. de Wilde", "R. Achterberg", "S. Mahabier", "L. Groeneveld", "E. van Dongen", "K. Hoekstra", "A. Bosman",
         "T. Reijnders", "H. Çelik", "N. Vermeulen", "W. Smulders", "P. IJzerman", "F. Brinkhorst"]
SCHOOLS = {"so": ["SO De Vlonder", "Mytylschool Het Klaverveld", "SO De Bolster", "Kindcentrum De Steiger, afdeling SO"],
           "vso": ["VSO Het Baken", "VSO De Horst", "VSO Lindestroom"],
           "po": ["Basisschool De Wegwijzer", "OBS 't Schrijverke", "IKC De Regenboogboom"],
           "sbo": ["SBO De Zeilboot", "SBO Het Palet"],
           "vo": ["Stedelijk Lyceum Westerveen", "Het Vennecollege"],
           "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Ter Weide"]}
SCHOOLS_BY_PROFILE = {"so_zml": ["SO De Vlonder", "Kindcentrum De Steiger, afdeling SO"], "so_lg": ["Mytylschool Het Klaverveld"], "so_c4": ["SO De Bolster", "SO Het Kompas (cluster 4)"],
                      "vso_dag": ["VSO Het Baken", "VSO Lindestroom"], "vso_arbeid": ["VSO Het Baken", "VSO Lindestroom"], "vso_vervolg": ["VSO De Horst"]}
PLACES = ["Westerveen", "Hoogmeer", "Brakelsdam", "Lindemeer", "Zuidervaart", "Kerkbroek"]
GENDER = {"so_zml": "f", "so_c4": "m", "so_lg": "f", "vso_arbeid": "m", "vso_dag": "m", "vso_vervolg": "m", "po": "f", "sbo": "m", "vo": "f", "pro": "m"}
AGE = {"so_zml": 9, "so_c4": 11, "so_lg": 12, "vso_arbeid": 17, "vso_dag": 19, "vso_vervolg": 15, "po": 9, "sbo": 11, "vo": 14, "pro": 13}

def ev_dates(s, rnd):
    end_year = s.year + 1 if s.month >= 6 else s.year
    ev2 = datetime.date(end_year, 6, rnd.randint(8, 26))
    ev1 = s + datetime.timedelta(days=rnd.randint(100, 120))
    if ev1 > ev2 - datetime.timedelta(days=25): ev1 = s + datetime.timedelta(days=rnd.randint(40, 55))
    return ev1, ev2

def d(y, m, dd): return datetime.date(y, m, dd)
def long(dt): return "%d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
def short(dt): return dt.strftime("%d-%m-%Y")

# ----------------------------------------------------------------- documents
class Doc:
    def __init__(self, id, layout, fmt, profile, set_date, v=None, extra=None, note="", pupil=None):
        self.id, self.layout, self.fmt, self.profile = id, layout, fmt, profile
        self.set = set_date; self.v = dict(v or {}); self.x = dict(extra or {}); self.note = note
        self.pupil = pupil or id
        self.type = PROFILES[profile]["type"] if profile else "none"

def ctx_for(doc):
    rnd = random.Random("pupil:" + doc.pupil)
    p = PROFILES[doc.profile]
    g = GENDER[doc.profile]
    first = rnd.choice(GIRLS if g == "f" else BOYS); sur = rnd.choice(SUR)
    psur = sur if rnd.random() < 0.7 else rnd.choice(SUR)
    m_init, f_init = rnd.choice("ACDEHJKMRSY"), rnd.choice("BGJLMPRTW")
    staff = rnd.sample(STAFF, 4)
    s = doc.set
    sy = "%d-%d" % ((s.year, s.year + 1) if s.month >= 8 else (s.year - 1, s.year))
    oogo = s - datetime.timedelta(days=rnd.randint(8, 16)); cvb = s - datetime.timedelta(days=rnd.randint(18, 30))
    cd = s - datetime.timedelta(days=rnd.randint(1, 4))
    ev1, ev2 = ev_dates(s, rnd)
    adult_self = doc.x.get("adult_self", False)
    rev = doc.x.get("last_revision", s)
    required = (rev >= CUTOFF) and not adult_self
    with_pupil = (", %s zelf" % first) if ((s >= CUTOFF or doc.type == "vso") and doc.v.get("inbreng_leerling") != "missing" and not doc.x.get("adult_self")) else ""
    c = dict(profile=doc.profile, type=doc.type, rnd=random.Random("text:" + doc.id), N=first, FULL=first + " " + sur,
             PARENT1="mevr. %s. %s" % (m_init, psur), PARENT2="dhr. %s. %s" % (f_init, psur),
             PARENTS="moeder (mevr. %s. %s) en vader (dhr. %s. %s)" % (m_init, psur, f_init, psur), PARENTS_SHORT="ouders",
             MENTOR=staff[0], IB=staff[1], DIR=staff[2], GEDRAG=staff[3], P1=staff[3],
             SCHOOL=doc.x.get("school") or rnd.choice(SCHOOLS_BY_PROFILE.get(doc.profile) or SCHOOLS[doc.type]), PLACE=rnd.choice(PLACES),
             SET=long(s), SET_SHORT=short(s), OOGO=long(oogo), OOGO_LATE=long(s + datetime.timedelta(days=15)), CDATE=short(cd),
             CVB=long(cvb), EV1=long(ev1), EV2=long(ev2), SY=sy, WITH_PUPIL=with_pupil, adult_self=adult_self,
             BIRTH=short(d(s.year - AGE[doc.profile] - (1 if s.month < 6 else 0), rnd.randint(1, 12), rnd.randint(1, 28))),
             GRADE=p["grade"], KIND=p["school_kind"], required=required, SWV="Samenwerkingsverband Passend Onderwijs %s e.o." % rnd.choice(PLACES))
    if doc.x.get("blank"):
        for k in ("FULL", "BIRTH", "PARENTS", "PARENT1", "PARENT2", "MENTOR", "IB", "DIR", "PLACE", "GRADE", "SET", "SET_SHORT", "CDATE", "OOGO", "EV1", "EV2", "CVB"):
            c[k] = ""
        c["N"] = "de leerling"; c["required"] = True; c["SCHOOL"] = doc.x.get("school", "")
    if adult_self:
        c["PARENTS"] = first + " (en op zijn verzoek zijn moeder)"; c["PARENTS_SHORT"] = first
    return c

def default_variant(doc, e):
    p = PROFILES[doc.profile]
    if e == "instemming_ouders": return "tick_sig"
    if e == "afwijkingen_onderwijsprogramma": return "present" if p["afwijking"] else "none"
    if e == "inbreng_leerling":
        if doc.x.get("adult_self"): return "na_adult"
        return "present" if doc.x.get("last_revision", doc.set) >= CUTOFF else "missing"
    return "present"

class Builder:
    """Collects blocks and the label of each element as it is rendered."""
    def __init__(self, doc):
        self.doc, self.c = doc, ctx_for(doc)
        self.labels = {}
    def var(self, e): return self.doc.v.get(e, default_variant(self.doc, e))
    def body(self, e, c=None):
        v = self.var(e)
        if v == "missing": return None
        st, fn = V[e][v]
        self.set_label(e, st)
        return fn(c or self.c)
    def set_label(self, e, st): self.labels[e] = st
    def sec(self, e, heading, lvl=2, c=None):
        b = self.body(e, c)
        if b is None: return []
        return [("h", lvl, f(self.c, heading))] + b
    def final_labels(self):
        out = {}
        for e in E:
            st = self.labels.get(e, "missing")
            if e == "inbreng_leerling" and not self.c["required"]: st = "not_applicable"
            out[e] = st
        return out

def personalia(b, extra_rows=()):
    c = b.c
    rows = [("Naam leerling", c["FULL"]), ("Geboortedatum", c["BIRTH"]), ("School", "%s, %s" % (c["SCHOOL"], c["PLACE"])),
            ("Onderwijssoort", c["KIND"]), ("Groep / klas", c["GRADE"]), ("Schooljaar", c["SY"]),
            ("Ouders / verzorgers", c["PARENTS"] if not c["adult_self"] else c["PARENT1"] + " en " + c["PARENT2"]),
            ("Opgesteld door", "%s (mentor/leerkracht), %s (intern begeleider)" % (c["MENTOR"], c["IB"]))] + list(extra_rows)
    return [T(None, rows, [4.5, 12])]

# ----------------------------------------------------------------- layouts
def L_groei(b):
    c, doc = b.c, b.doc
    bl = [("h", 1, "Groeidocument %s" % c["FULL"]), P("%s · %s · schooljaar %s" % (c["SCHOOL"], c["SWV"], c["SY"]), "small"),
          ("h", 2, "1. Personalia")] + personalia(b)
    if doc.x.get("blank"):
        bl += [("h", 2, "2. Schoolloopbaan"), P(" "), ("h", 2, "3. Medische gegevens en betrokken hulpverlening"), P(" "), ("h", 2, "4. Ontwikkelingsperspectief")]
    else:
      bl += [("h", 2, "2. Schoolloopbaan"), P(f(c, "{N} zit sinds augustus %d op {SCHOOL}. Daarvoor: %s." % (doc.set.year - 2, c["rnd"].choice(["peuterspeelzaal en medisch kinderdagverblijf", "reguliere basisschool tot en met groep 4", "observatiegroep van het orthopedagogisch centrum"])))),
           ("h", 2, "3. Medische gegevens en betrokken hulpverlening"), P("Zie hiervoor ook het zorgplan. Betrokken: jeugdarts, logopedie, gedragsdeskundige, gezinsbegeleiding (wisselend per periode)."),
           ("h", 2, "4. Ontwikkelingsperspectief")]
    bl += b.sec("belemmerende_factoren", "4.1 Belemmerende factoren", 3)
    bl += b.sec("bevorderende_factoren", "4.2 Bevorderende factoren", 3)
    bl += b.sec("ondersteuningsbehoefte", "4.3 Onderwijs- en ondersteuningsbehoeften", 3)
    bl += b.sec("uitstroombestemming", "4.4 Te verwachten uitstroombestemming", 3)
    bl += b.sec("onderbouwing", "4.5 Onderbouwing van de uitstroombestemming", 3)
    bl += b.sec("adviezen_professionals", "4.6 Adviezen van deskundigen en de commissie voor de begeleiding", 3)
    bl += b.sec("inbreng_leerling", "4.7 Inbreng van {N}", 3)
    bl += [("h", 2, "5. Handelingsdeel")]
    bl += b.sec("doelen", "5.1 Doelen voor de komende periode", 3)
    bl += b.sec("ondersteuning", "5.2 Te bieden ondersteuning en begeleiding", 3)
    bl += b.sec("afwijkingen_onderwijsprogramma", "5.3 Afwijkingen van het onderwijsprogramma", 3)
    bl += [("h", 2, "6. Overleg en evaluatie")]
    bl += b.sec("oogo", "6.1 Overleg met ouders", 3)
    bl += b.sec("evaluatie", "6.2 Evaluatie", 3)
    bl += [("h", 2, "7. Instemming en vaststelling")]
    v = b.var("instemming_ouders")
    if v.startswith("grid"):
        bl += [("h", 3, "7.1 Instemming met het handelingsdeel"), P("Zie het toestemmingsformulier op de laatste pagina.")]
    else:
        bl += b.sec("instemming_ouders", "7.1 Instemming met het handelingsdeel", 3)
    bl += b.sec("informatie_rechten", "7.2 Uw rechten", 3)
    bl += b.sec("vaststelling", "7.3 Vaststelling", 3)
    if v.startswith("grid"):
        bl += [("pb",)] + b.body("instemming_ouders")
    return bl, dict(header="%s · Groeidocument · vertrouwelijk" % c["SCHOOL"], footer="Groeidocument %s · pagina {page}" % c["FULL"], title="Groeidocument " + c["FULL"])

def domain_table(b, long_rows=True):
    c, p = b.c, PROFILES[b.doc.profile]
    vb, vv = b.var("belemmerende_factoren"), b.var("bevorderende_factoren")
    b.set_label("belemmerende_factoren", {"present": "present"}.get(vb, "incomplete"))
    b.set_label("bevorderende_factoren", {"present": "present"}.get(vv, "incomplete"))
    rows = []
    for dom, be, bv in p["domains"]:
        be2 = be if vb == "present" else ("..." if vb == "placeholder" else "")
        bv2 = bv if vv == "present" else ("..." if vv == "placeholder" else "")
        rows.append((dom, be2, bv2))
        if long_rows:
            rows.append((dom + " (ontwikkeling " + c["SY"] + ")",
                         ("Ten opzichte van vorig schooljaar: " + be.lower() + " Dit is besproken in het groepsoverleg en met ouders.") if vb == "present" else ("..." if vb == "placeholder" else ""),
                         ("Ontwikkeling: " + bv.lower() + " Dit nemen we mee in de aanpak in de groep.") if vv == "present" else ("..." if vv == "placeholder" else "")))
    return [P("Per domein is beschreven wat belemmert en wat bevordert (bron: observaties, toetsen, gesprekken met ouders).", "small"),
            T(["Domein", "Belemmerend", "Bevorderend"], rows, [3.4, 6.6, 6.6])]

def L_domein(b):
    c = b.c
    bl = [("h", 1, "Ontwikkelingsperspectiefplan"), P("%s | %s" % (c["SCHOOL"], c["SWV"]), "small")] + personalia(b)
    bl += b.sec("uitstroombestemming", "Uitstroombestemming")
    bl += b.sec("onderbouwing", "Onderbouwing")
    bl += [("h", 2, "Belemmerende en bevorderende factoren per domein")] + domain_table(b)
    bl += b.sec("ondersteuningsbehoefte", "Onderwijsbehoeften")
    bl += b.sec("adviezen_professionals", "Adviezen externe deskundigen / CvB")
    bl += [("h", 2, "Handelingsdeel")]
    bl += b.sec("doelen", "Doelen", 3)
    bl += b.sec("ondersteuning", "Ondersteuning en begeleiding", 3)
    bl += b.sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", 3)
    bl += b.sec("inbreng_leerling", "Inbreng leerling")
    bl += b.sec("oogo", "Op overeenstemming gericht overleg")
    bl += b.sec("evaluatie", "Evaluatie")
    bl += b.sec("instemming_ouders", "Instemming handelingsdeel")
    bl += b.sec("informatie_rechten", "Informatie voor ouders")
    bl += b.sec("vaststelling", "Vaststelling")
    return bl, dict(footer="OPP %s – %s – pagina {page}" % (c["FULL"], c["SY"]), title="OPP " + c["FULL"])

def L_vragen(b):
    c = b.c
    bl = [("h", 1, "Het ontwikkelingsperspectief van %s" % c["N"]), P("%s, %s · %s · schooljaar %s" % (c["SCHOOL"], c["PLACE"], c["GRADE"], c["SY"]), "small")]
    bl += b.sec("uitstroombestemming", "Waar gaat {N} na deze school naartoe?")
    bl += b.sec("onderbouwing", "Waarom denken we dat?")
    bl += b.sec("belemmerende_factoren", "Wat maakt leren moeilijk voor {N}?")
    bl += b.sec("bevorderende_factoren", "Wat helpt {N}?")
    bl += b.sec("ondersteuningsbehoefte", "Wat heeft {N} nodig?")
    bl += b.sec("doelen", "Wat willen we de komende periode bereiken?")
    bl += b.sec("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?")
    bl += b.sec("afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?")
    bl += b.sec("adviezen_professionals", "Wat adviseren deskundigen, en wat doen we ermee?")
    bl += b.sec("inbreng_leerling", "Wat vindt {N} zelf, en wat hebben we daarmee gedaan?")
    bl += b.sec("oogo", "Hoe hebben we samen overlegd?")
    bl += b.sec("evaluatie", "Wanneer kijken we samen terug?")
    bl += b.sec("instemming_ouders", "Gaat u akkoord met het handelingsdeel?")
    bl += b.sec("informatie_rechten", "Wat kunt u doen als u het er niet mee eens bent?")
    bl += b.sec("vaststelling", "Vastgesteld")
    return bl, dict(header=c["SCHOOL"], footer="pagina {page}", title="Ontwikkelingsperspectief " + c["N"])

def flat(blocks):
    """blocks -> short text for a form cell"""
    out = []
    for bb in blocks or []:
        k = bb[0]
        if k == "p": out.append(bb[1])
        elif k == "bul": out += ["- " + x for x in bb[1]]
        elif k == "chk": out += ["%s %s" % (R.CHK[x], l) for x, l in bb[1]]
        elif k == "t":
            for r in bb[2]: out.append("; ".join(R.cell_txt(x) if isinstance(x, tuple) else str(x) for x in r if x != ""))
        elif k == "h": out.append(bb[2])
    return "\n".join(out)

def L_beknopt(b):
    c = b.c
    rows = []
    def row(e, label):
        body = b.body(e)
        if body is None: return
        rows.append((label, flat(body)))
    order = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerende factoren"),
             ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen (periode)"),
             ("ondersteuning", "Ondersteuning (wat / wie / hoe vaak / vanaf)"), ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma"),
             ("adviezen_professionals", "Advies deskundigen / CvB"), ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Overleg met ouders (OOGO)"),
             ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vaststelling")]
    for e, lab in order: row(e, lab)
    bl = [("h", 1, "Beknopt OPP"), P("%s · %s · %s · geb. %s · %s" % (c["SCHOOL"], c["FULL"], c["GRADE"], c["BIRTH"], c["SY"]), "small")]
    bl.append(T(["Onderdeel", "Invulling"], rows, [4.5, 12]))
    body = b.body("instemming_ouders")
    if body is not None: bl += [("h", 2, "Instemming handelingsdeel")] + body
    return bl, dict(footer="Beknopt OPP – format %s – pagina {page}" % c["SWV"], title="Beknopt OPP")

def L_export(b):
    c = b.c
    lines = []
    def fld(e, label):
        body = b.body(e)
        if body is None: return
        txt = flat(body)
        lines.append(("__field__", label, txt, body))
    bl = [P("LEERLINGDOSSIER ONLINE 4.2  |  Export: Ontwikkelingsperspectief (OPP)", "bold"),
          P("Leerling: %s   Geb.: %s   Groep: %s   Leerlingnr: %d" % (c["FULL"], c["BIRTH"], c["GRADE"], 40000 + c["rnd"].randint(0, 9999)), "mono"),
          P("School: %s (%s)   Schooljaar: %s   Status OPP: %s" % (c["SCHOOL"], c["PLACE"], c["SY"], "concept" if b.var("vaststelling") == "concept" else "actief"), "mono"), ("hr",)]
    spec = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroombestemming"), ("belemmerende_factoren", "Belemmerende factoren"),
            ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
            ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("adviezen_professionals", "Adviezen deskundigen"),
            ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO"), ("evaluatie", "Evaluatieafspraken"), ("informatie_rechten", "Informatie rechten"),
            ("vaststelling", "Vaststelling"), ("instemming_ouders", "Instemming handelingsdeel")]
    n = 0
    for e, lab in spec:
        body = b.body(e)
        if body is None: continue
        n += 1
        bl.append(P("[%02d] %s" % (n, lab.upper()), "bold"))
        if any(x[0] == "sig" for x in body):
            for x in body:
                if x[0] == "sig":
                    for s in x[1]:
                        bl.append(P("  %s: %s | datum: %s | handtekening: %s%s" % (s["role"], s.get("name") or "-", s.get("date") or "-", R.sig_text(s) if s.get("mark") != "blank" else "-", (" | opmerking: " + s["remark"]) if s.get("remark") else ""), "mono"))
                else:
                    bl.append(P(flat([x]) or "-", "mono"))
        else:
            txt = flat(body)
            bl.append(P(txt if txt else "(leeg)", "mono"))
        if n % 5 == 0: bl.append(("pb",))
    return bl, dict(footer="Afgedrukt door: %s | LeerlingDossier Online | vertrouwelijk | pagina {page}" % c["IB"], title="Export OPP")

def L_brief(b):
    c = b.c
    adult = c["adult_self"]
    aan = c["FULL"] if adult else "de ouders van " + c["FULL"]
    bl = [P(c["SCHOOL"] + "\nPostbus %d\n%s" % (1000 + c["rnd"].randint(0, 899), c["PLACE"])),
          P("Aan %s\n%s" % (aan, c["PLACE"])), P("%s, %s" % (c["PLACE"], c["SET"])),
          P("Betreft: ontwikkelingsperspectief %s, schooljaar %s" % (c["FULL"], c["SY"]), "bold"),
          P("Beste %s," % (c["N"] if adult else "ouders"))]
    bl.append(P("Hierbij ontvang%s het ontwikkelingsperspectief. In deze brief zetten we de belangrijkste punten op een rij." % ("t u" if not adult else " je")))
    for e, head in [("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Waarom deze verwachting"), ("belemmerende_factoren", "Wat het moeilijk maakt"),
                    ("bevorderende_factoren", "Wat helpt"), ("ondersteuningsbehoefte", "Wat {N} nodig heeft"), ("doelen", "Onze doelen"),
                    ("ondersteuning", "De ondersteuning"), ("afwijkingen_onderwijsprogramma", "Het lesprogramma"), ("adviezen_professionals", "Adviezen"),
                    ("inbreng_leerling", "Wat {N} zelf vindt"), ("oogo", "Ons gesprek"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Uw rechten" if not adult else "Jouw rechten")]:
        bl += b.sec(e, head, 3)
    vs = b.body("vaststelling")
    bl.append(P("Met vriendelijke groet,"))
    if vs is not None: bl += vs
    bl.append(P("%s\ndirecteur %s" % (c["DIR"], c["SCHOOL"])))
    body = b.body("instemming_ouders")
    if body is not None:
        bl += [("hr",), P("Strook retour aan school: instemming handelingsdeel " + c["FULL"], "bold")] + body
    return bl, dict(title="Brief OPP", serif=True)

def L_perspectief(b):
    c = b.c
    bl = [("h", 1, "OPP deel 1: Perspectiefdeel"), P("%s – %s – %s" % (c["FULL"], c["SCHOOL"], c["SY"]), "small"), ("h", 2, "1. Gegevens")] + personalia(b)
    bl += [("h", 2, "2. Beeld van de leerling")]
    bl += b.sec("belemmerende_factoren", "2.1 Belemmerende factoren", 3)
    bl += b.sec("bevorderende_factoren", "2.2 Bevorderende factoren", 3)
    bl += b.sec("ondersteuningsbehoefte", "2.3 Onderwijsbehoeften", 3)
    bl += [("h", 2, "3. Perspectief")]
    bl += b.sec("uitstroombestemming", "3.1 Uitstroombestemming", 3)
    bl += b.sec("onderbouwing", "3.2 Onderbouwing", 3)
    bl += b.sec("adviezen_professionals", "3.3 Adviezen", 3)
    bl += b.sec("inbreng_leerling", "3.4 Stem van de leerling", 3)
    bl += [("h", 2, "4. Handelingsdeel")]
    bl += b.sec("ondersteuning", "4.1 Ondersteuning", 3)
    bl += b.sec("doelen", "4.2 Doelen", 3)
    bl += b.sec("afwijkingen_onderwijsprogramma", "4.3 Afwijkingen", 3)
    bl += [("h", 2, "5. Procedure")]
    bl += b.sec("oogo", "5.1 Overleg", 3)
    bl += b.sec("evaluatie", "5.2 Evaluatie", 3)
    bl += b.sec("instemming_ouders", "5.3 Instemming", 3)
    bl += b.sec("informatie_rechten", "5.4 Uw rechten", 3)
    bl += b.sec("vaststelling", "5.5 Vaststelling", 3)
    return bl, dict(footer="OPP deel 1 (perspectiefdeel) – %s – pagina {page}" % c["FULL"], title="OPP perspectiefdeel")

def L_handelingsdeel(b):
    c = b.c
    bl = [("h", 1, "Handelingsdeel bij het ontwikkelingsperspectief"), P("Leerling: %s · %s · periode %s" % (c["FULL"], c["SCHOOL"], c["SY"]), "small"),
          P("Dit handelingsdeel hoort bij het perspectiefdeel (OPP deel 1) van %s. Hierop heeft u instemmingsrecht." % c["SET"])]
    bl += b.sec("uitstroombestemming", "Uitstroombestemming (overgenomen uit het perspectiefdeel)")
    bl += b.sec("ondersteuningsbehoefte", "Onderwijsbehoeften")
    bl += b.sec("doelen", "Doelen")
    bl += b.sec("ondersteuning", "Ondersteuning en begeleiding")
    bl += b.sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma")
    bl += b.sec("inbreng_leerling", "Inbreng van {N}")
    bl += b.sec("oogo", "Overleg")
    bl += b.sec("evaluatie", "Evaluatie")
    bl += b.sec("informatie_rechten", "Uw rechten")
    bl += b.sec("instemming_ouders", "Instemming")
    bl += b.sec("vaststelling", "Vaststelling")
    return bl, dict(footer="Handelingsdeel %s – pagina {page}" % c["FULL"], title="Handelingsdeel")

MAILS = {
 "consent_ok": [("{PARENT1_MAIL}", "{IB_MAIL}", "{CD} 21:07", "RE: OPP {N} ter instemming",
                 "Beste {IB},\n\nDank voor het gesprek en het aangepaste plan. Wij hebben het handelingsdeel thuis nog eens rustig gelezen. Hierbij laten wij weten dat wij instemmen met het handelingsdeel van het OPP van {N}.\n\nMet vriendelijke groet,\n{PARENT1} en {PARENT2}"),
                ("{IB_MAIL}", "{PARENT1_MAIL}", "{CD} 08:15", "OPP {N} ter instemming",
                 "Beste ouders,\n\nBijgaand het aangepaste OPP. Wilt u laten weten of u instemt met het handelingsdeel?\n\nHartelijke groet,\n{IB}, intern begeleider")],
 "consent_pending": [("{PARENT1_MAIL}", "{IB_MAIL}", "{CD} 22:40", "RE: OPP {N} ter instemming",
                 "Beste {IB},\n\nWe hebben het plan ontvangen. We moeten er nog even goed over nadenken. Met de time-outplek buiten de klas zijn we het eigenlijk niet eens. We laten u later weten of we akkoord gaan.\n\nGroet,\n{PARENT1}"),
                ("{IB_MAIL}", "{PARENT1_MAIL}", "{CD} 08:02", "OPP {N} ter instemming",
                 "Beste ouders,\n\nBijgaand het OPP. Wilt u het handelingsdeel ondertekend retourneren of per mail laten weten dat u akkoord bent?\n\nGroet,\n{IB}")],
 "info": [("{IB_MAIL}", "{PARENT1_MAIL}", "{CD} 16:30", "Verslag gesprek en planning",
                 "Beste ouders,\n\nIn de bijlage het verslag van ons gesprek. De volgende afspraak plannen we in februari.\n\nGroet,\n{IB}")],
}

def L_mail(b):
    c, doc = b.c, b.doc
    bl = [("h", 1, "Ontwikkelingsperspectief (OPP)"), P("%s · %s · %s" % (c["FULL"], c["SCHOOL"], c["SY"]), "small")] + personalia(b)
    n = [0]
    def s(e, h):
        body = b.sec(e, "%d. " % (n[0] + 1) + h)
        if body: n[0] += 1
        return body
    for e, h in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerende factoren"),
                 ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
                 ("ondersteuning", "Ondersteuning en begeleiding"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
                 ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Overleg met ouders"),
                 ("evaluatie", "Evaluatie"), ("instemming_ouders", "Instemming"), ("informatie_rechten", "Rechten van ouders"), ("vaststelling", "Vaststelling")]:
        bl += s(e, h)
    if doc.x.get("report", True):
        meet = c["OOGO"]
        bl += [("pb",), ("h", 1, "Bijlage 1 – Verslag gesprek OPP"),
               T(None, [("Datum", meet), ("Aanwezig", "%s; %s (mentor/leerkracht); %s (intern begeleider)%s" % (c["PARENTS"], c["MENTOR"], c["IB"], ("; " + c["N"] + " (eerste deel)") if c["required"] else "")),
                        ("Afwezig", "gedragsdeskundige (met bericht)"), ("Notulist", c["IB"])], [3.5, 13]),
               P(f(c, "1. Opening. Doel van het gesprek: het concept-OPP bespreken vóór vaststelling (op overeenstemming gericht overleg).")),
               P(f(c, "2. Beeld van {N}. Ouders herkennen de beschrijving. Moeder vult aan dat {N} thuis na schooltijd erg moe is.")),
               P(f(c, "3. Uitstroombestemming en doelen. Ouders kunnen zich vinden in de verwachte uitstroom. Op verzoek van ouders is een doel over zelfstandigheid toegevoegd.")),
               P(f(c, "4. Afspraken. School past het concept aan en stuurt het plan per e-mail ter instemming. Evaluatie met ouders in februari.")),
               P("Actiepunten: IB stuurt aangepast OPP (binnen een week); ouders reageren per e-mail.", "italic")]
    mk = doc.x.get("mail")
    if mk:
        repl = dict(c); repl.update(PARENT1_MAIL="%s <%s@%s>" % (c["PARENT1"], c["PARENT1"].split()[-1].lower().replace(" ", ""), "kpnmail.example"),
                                   IB_MAIL="%s <ib@%s.example>" % (c["IB"], c["SCHOOL"].split()[-1].lower().replace("'", "")), CD=c["CDATE"])
        bl += [("pb",), ("h", 1, "Bijlage 2 – E-mailwisseling")]
        for fr, to, dt, subj, txt in MAILS[mk]:
            bl += [P("Van: %s\nAan: %s\nVerzonden: %s\nOnderwerp: %s" % (fr.format(**repl), to.format(**repl), dt.format(**repl), subj.format(**repl)), "mono"),
                   P(txt.format(**repl)), ("hr",)]
    return bl, dict(footer="OPP %s · pagina {page}" % c["FULL"], title="OPP " + c["FULL"])

def L_rondes(b):
    c, doc = b.c, b.doc
    rounds = doc.x["rounds"]    # list of (date, kind)  kind: 'evaluatie' | 'bijstelling'
    p = PROFILES[doc.profile]
    vers = [("1.0", c["SET_SHORT"], "Vaststelling OPP en handelingsdeel versie 1", c["IB"])]
    vno = 1
    for dt, kind in rounds:
        if kind == "bijstelling": vno += 1; vers.append(("%d.0" % vno, short(dt), "Evaluatie en bijstelling handelingsdeel (versie %d)" % vno, c["IB"]))
        else: vers.append(("%d.%d" % (vno, len(vers)), short(dt), "Tussentijdse evaluatie, geen wijziging handelingsdeel", c["IB"]))
    bl = [("h", 1, "Ontwikkelingsperspectiefplan met evaluaties"), P("%s · %s · %s" % (c["FULL"], c["SCHOOL"], c["KIND"]), "small")] + personalia(b)
    bl += [("h", 2, "Versiebeheer"), T(["Versie", "Datum", "Omschrijving", "Door"], vers, [1.6, 2.6, 8.4, 4])]
    bl += [("h", 2, "Deel A – Perspectief (vastgesteld %s)" % c["SET"])]
    for e, h in [("uitstroombestemming", "A1 Uitstroombestemming"), ("onderbouwing", "A2 Onderbouwing"), ("belemmerende_factoren", "A3 Belemmerende factoren"),
                 ("bevorderende_factoren", "A4 Bevorderende factoren"), ("ondersteuningsbehoefte", "A5 Onderwijsbehoeften"), ("adviezen_professionals", "A6 Adviezen deskundigen en CvB")]:
        bl += b.sec(e, h, 3)
    bl += [("h", 2, "Deel B – Handelingsdeel versie 1 (%s)" % c["SET_SHORT"])]
    # v1 goals are the profile goals with the dates of the first period
    bl += [("h", 3, "B1 Doelen versie 1"), T(["Doel", "Criterium"], p["doelen"])]
    bl += b.sec("ondersteuning", "B2 Ondersteuning", 3)
    bl += b.sec("afwijkingen_onderwijsprogramma", "B3 Afwijkingen onderwijsprogramma", 3)
    bl += b.sec("oogo", "B4 Overleg met ouders voor vaststelling", 3)
    c1 = dict(c); c1["CDATE"] = short(doc.set - datetime.timedelta(days=2))
    v1 = doc.x.get("v1_consent", "tick_sig")
    bl += [("h", 3, "B5 Instemming handelingsdeel versie 1")] + V["instemming_ouders"][v1][1](c1)
    b.set_label("instemming_ouders", V["instemming_ouders"][v1][0])
    last_bij = None
    for i, (dt, kind) in enumerate(rounds, 1):
        bl += [("pb",) if i == 1 else ("hr",), ("h", 2, "Evaluatie ronde %d – %s%s" % (i, long(dt), " (met bijstelling)" if kind == "bijstelling" else ""))]
        res = [(g, c["rnd"].choice(["behaald", "gedeeltelijk behaald", "behaald", "niet behaald"]), c["rnd"].choice(["doel afsluiten", "doel handhaven", "doel aanpassen"])) for g, _ in p["doelen"]]
        bl += [T(["Doel", "Resultaat", "Vervolg"], res, [8, 4, 4.6]),
               P(f(c, "Besproken met {PARENTS} op %s%s (mentor {MENTOR}, IB {IB})." % (long(dt), (" en met " + c["N"]) if dt >= CUTOFF and not c["adult_self"] and b.var("inbreng_leerling") != "missing" else "")))]
        if kind == "bijstelling":
            last_bij = dt
            new_goals = [(g + " (bijgesteld)", "volgende evaluatie, " + crit.split(",")[-1].strip()) for g, crit in p["doelen"][:2]] + [("Nieuw: werkt zelfstandig 15 minuten aan een taak met een stappenplan", "4 van de 5 keer, observatie")]
            bl += [("h", 3, "Bijgesteld handelingsdeel (versie %s)" % vers[-1][0]), T(["Doel", "Criterium"], new_goals)]
            bl += b.sec("inbreng_leerling", "Inbreng van {N} bij de bijstelling", 3)
            c2 = dict(c); c2["CDATE"] = short(dt + datetime.timedelta(days=3))
            bl += [("h", 3, "Instemming bijgesteld handelingsdeel")]
            bl += b.body("instemming_ouders", c2) or [P("")]
    b.set_label("doelen", "present")
    ce = dict(c)
    last = rounds[-1][0]
    e1, e2 = ev_dates(last, random.Random("ev:" + doc.id))
    ce["EV1"], ce["EV2"] = long(e1), long(e2)
    if last >= CUTOFF and not c["adult_self"] and b.var("inbreng_leerling") != "missing": ce["WITH_PUPIL"] = ", %s zelf" % c["N"]
    bl += b.sec("evaluatie", "Volgende evaluatie", 2, ce)
    bl += b.sec("informatie_rechten", "Informatie over uw rechten", 2)
    cv = dict(c)
    if last_bij: cv["SET"] = "%s (versie 1) en %s (bijstelling)" % (c["SET"], long(last_bij))
    bl += b.sec("vaststelling", "Vaststelling", 2, cv)
    return bl, dict(footer="OPP %s – doorlopend document met evaluaties – pagina {page}" % c["FULL"], title="OPP met evaluaties")

def form_spec(b, blank=False):
    c = b.c; p = PROFILES[b.doc.profile]
    F = []
    def txt(e, label, h):
        if blank: F.append(("text", label, "", h)); b.set_label(e, "incomplete"); return
        body = b.body(e)
        if body is None: return
        val = flat(body)
        F.append(("text", label, val, h))
    F.append(("section", "1. Leerling", None, None))
    F.append(("text", "Naam leerling / geboortedatum / groep", "" if blank else "%s / %s / %s" % (c["FULL"], c["BIRTH"], c["GRADE"]), 0.7))
    F.append(("text", "School", "" if blank else c["SCHOOL"] + ", " + c["PLACE"], 0.7))
    F.append(("section", "2. Perspectief", None, None))
    if blank:
        for o in p["dest_opts"]: F.append(("check", "Uitstroom: " + o, False, None))
        b.set_label("uitstroombestemming", "incomplete")
    else:
        v = b.var("uitstroombestemming")
        if v in ("ticks", "ticks_only", "unticked", "present"):
            b.body("uitstroombestemming")
            for i, o in enumerate(p["dest_opts"]): F.append(("check", "Uitstroom: " + o, v != "unticked" and i == p["dest_idx"], None))
        else: txt("uitstroombestemming", "Uitstroombestemming", 0.7)
    txt("onderbouwing", "Onderbouwing uitstroombestemming", 1.6)
    txt("belemmerende_factoren", "Belemmerende factoren", 1.6)
    txt("bevorderende_factoren", "Bevorderende factoren", 1.6)
    txt("ondersteuningsbehoefte", "Onderwijsbehoeften", 1.6)
    txt("adviezen_professionals", "Advies deskundigen (en CvB)", 1.6)
    F.append(("section", "3. Handelingsdeel", None, None))
    txt("doelen", "Doelen (wat, criterium, wanneer)", 1.8)
    txt("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf)", 1.8)
    txt("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma (of: geen)", 0.9)
    txt("inbreng_leerling", "Inbreng leerling en wat daarmee is gedaan", 1.4)
    F.append(("section", "4. Overleg, evaluatie, instemming", None, None))
    txt("oogo", "Op overeenstemming gericht overleg (datum, met wie)", 0.9)
    txt("evaluatie", "Evaluatie (wanneer, met wie)", 0.9)
    v = "form_empty" if blank else b.var("instemming_ouders")
    ok = v == "form_ok"
    b.set_label("instemming_ouders", "present" if ok else "incomplete")
    F.append(("check", "Ouder(s) gaan akkoord met het handelingsdeel", ok, None))
    F.append(("check", "Ouder(s) gaan niet akkoord met het handelingsdeel", False, None))
    F.append(("text", "Naam ouder/verzorger", c["PARENT1"] if (ok or (not blank and b.doc.x.get("name_only"))) else "", 0.7))
    F.append(("text", "Datum instemming", c["CDATE"] if ok else "", 0.7))
    F.append(("text", "Ondertekening (naam typen = digitale handtekening)", c["PARENT1"] if ok else "", 0.7))
    if blank:
        F.append(("text", "Informatie aan ouders over instemmingsrecht en geschillen (in te vullen door school)", "", 0.9))
        b.set_label("informatie_rechten", "incomplete")
    else:
        body = b.body("informatie_rechten")
        if body: F.append(("note", flat(body), None, None))
    txt("vaststelling", "Vastgesteld (datum, door)", 0.7)
    return dict(title="OPP-formulier", header=c["SWV"] + " · invulbaar formulier versie 2025" + ("" if blank else " · " + c["SCHOOL"]), fields=F,
                footer="OPP-formulier %s · pagina {page}" % c["SWV"], author=c["IB"])

LAYOUTS = dict(groeidocument=L_groei, domeinentabel=L_domein, vraagkoppen=L_vragen, beknopt=L_beknopt, export=L_export, brief=L_brief,
               perspectiefdeel=L_perspectief, handelingsdeel=L_handelingsdeel, bijlagen_mail=L_mail, evaluatierondes=L_rondes)

# ----------------------------------------------------------------- documents that are not OPPs
def N_folder():
    bl = [("h", 1, "Wat is een ontwikkelingsperspectief (OPP)?"), P("Informatie voor ouders · Samenwerkingsverband Passend Onderwijs Hoogmeer e.o.", "small"),
          P("Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In deze folder leest u wat erin staat en wat uw rol is."),
          ("h", 2, "Wat staat er in een OPP?"),
          BUL(["de verwachte uitstroombestemming: naar welk vervolgonderwijs, werk of dagbesteding uw kind waarschijnlijk gaat, en waarom de school dat verwacht;",
               "belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat juist helpt;",
               "wat uw kind nodig heeft, de doelen, en welke ondersteuning de school biedt (het handelingsdeel);",
               "of er wordt afgeweken van het gewone lesprogramma;",
               "de adviezen van deskundigen, zoals een orthopedagoog of logopedist;",
               "wat uw kind er zelf van vindt: sinds 1 augustus 2025 moet de school uw kind horen."]),
          ("h", 2, "Wat is uw rol?"),
          P("De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Over het handelingsdeel heeft u instemmingsrecht: de school heeft uw handtekening nodig. "
            "Het OPP wordt minimaal één keer per jaar met u geëvalueerd."),
          ("h", 2, "Niet eens?"),
          P("Praat eerst met de school. Kom je er niet uit, dan kunt u hulp vragen bij een onderwijsconsulent of het ouder- en jeugdsteunpunt, en binnen zes weken na vaststelling naar de Geschillencommissie passend onderwijs."),
          ("h", 2, "Checklist voor uw gesprek"),
          CHKS([(False, "Staat de uitstroombestemming erin, met een onderbouwing?"), (False, "Zijn de doelen concreet?"), (False, "Is duidelijk wie wat doet en hoe vaak?"),
                (False, "Is mijn kind gehoord?"), (False, "Weet ik wanneer we evalueren?")]),
          P("Ouder- en Jeugdsteunpunt Hoogmeer · 0800-0000000 (gratis) · www.ojsp-hoogmeer.example", "small")]
    return bl, dict(title="Folder OPP voor ouders")

def N_nieuwsbrief():
    bl = [("h", 1, "Nieuwsbrief SO De Vlonder – november 2025"), P("Westerveen · jaargang 12 · nummer 3", "small"),
          ("h", 2, "Van de directie"), P("Beste ouders en verzorgers, de herfst is begonnen en in alle groepen wordt hard gewerkt. In deze nieuwsbrief leest u over de OPP-gesprekken, de sinterklaasviering en de nieuwe gymzaal."),
          ("h", 2, "OPP-gesprekken"), P("In de weken van 10 en 17 november vinden de OPP-gesprekken plaats. Samen met u bespreken we het ontwikkelingsperspectief van uw kind, de doelen en de ondersteuning. "
             "Dit jaar nodigen we ook de leerlingen uit voor een deel van het gesprek: zij mogen vertellen wat zij zelf belangrijk vinden. Na het gesprek ontvangt u het handelingsdeel ter ondertekening."),
          ("h", 2, "Commissie voor de begeleiding"), P("De commissie voor de begeleiding bespreekt in december alle OPP's van de bovenbouw. Heeft u vragen, neem dan contact op met de intern begeleider."),
          ("h", 2, "Sinterklaas"), P("Op vrijdag 5 december komt Sinterklaas op bezoek. De leerlingen mogen om 8.30 uur verkleed komen."),
          ("h", 2, "Agenda"), T(["Datum", "Activiteit"], [("10-11 t/m 21-11", "OPP-gesprekken"), ("5-12", "Sinterklaasviering"), ("19-12", "Kerstviering en vakantie (12.00 uur uit)")], [5, 11.6])]
    return bl, dict(title="Nieuwsbrief november 2025")

def N_uitnodiging():
    bl = [P("VSO Lindestroom\nLindemeer"), P("Lindemeer, 22 september 2025"), P("Betreft: uitnodiging gesprek ontwikkelingsperspectief", "bold"),
          P("Beste ouders/verzorgers van Joep Hamstra,"),
          P("Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectief (OPP) van Joep. Het gesprek vindt plaats op dinsdag 7 oktober 2025 om 15.30 uur in lokaal 1.12. "
            "Aanwezig zijn de mentor, mevrouw Groeneveld, en de orthopedagoog, de heer Bosman. Joep is van harte welkom bij het eerste deel van het gesprek."),
          P("Ter voorbereiding vindt u hieronder enkele vragen. U hoeft ze niet op papier te beantwoorden."),
          BUL(["Wat gaat er goed met Joep, thuis en op school?", "Waar maakt u zich zorgen over?", "Wat verwacht u van de komende periode?", "Wat wil Joep zelf na school gaan doen?"]),
          P("Na het gesprek stellen we het OPP op en ontvangt u het handelingsdeel ter instemming."),
          P("Met vriendelijke groet,\n\nL. Groeneveld, mentor")]
    return bl, dict(title="Uitnodiging OPP-gesprek")

def N_cvb():
    rows = [("1", "Leerling A. (groep Zonnebloem)", "Voortgang besproken; advies: leerroute handhaven", "IB"),
            ("2", "Leerling B. (groep 7)", "Terugplaatsing regulier onderzoeken; observatie plannen", "orthopedagoog"),
            ("3", "Leerling C. (groep 8)", "Overstap vo: arrangement aanvragen bij SWV", "IB"),
            ("4", "Leerling D. (middenbouw)", "Advies logopedie verlengen", "logopedist")]
    bl = [("h", 1, "Verslag vergadering commissie voor de begeleiding"), P("SO De Bolster · vergadering 14 oktober 2025 · vertrouwelijk", "small"),
          T(None, [("Aanwezig", "orthopedagoog (voorzitter), intern begeleider, schoolarts, maatschappelijk werker, directeur"), ("Notulen", "secretaris CvB")], [3.5, 13]),
          ("h", 2, "1. Opening en vaststelling agenda"), P("De voorzitter opent de vergadering om 13.00 uur."),
          ("h", 2, "2. Jaarlijkse evaluatie ontwikkelingsperspectieven"), P("De commissie bespreekt de OPP's van vier leerlingen (namen geanonimiseerd in dit verslag)."),
          T(["Nr", "Leerling", "Advies CvB", "Actie"], rows, [1, 5, 7.6, 3]),
          ("h", 2, "3. Rondvraag en sluiting"), P("Volgende vergadering: 9 december 2025.")]
    return bl, dict(title="Verslag CvB")

NONOPP = dict(folder_ouders=N_folder, nieuwsbrief=N_nieuwsbrief, uitnodiging=N_uitnodiging, cvb_verslag=N_cvb)

# ----------------------------------------------------------------- the document list
IB_ = "instemming_ouders"; INB = "inbreng_leerling"
DOCS = [
 # ---------------- so
 Doc("so01", "groeidocument", "pdf-soffice", "so_zml", d(2025, 10, 14), {IB_: "grid_ok"}, {}, "Complete. Consent on a side-by-side consent form (last page): handelingsdeel ticked and signed (scribble), photo consent refused (Nee), which is fine."),
 Doc("so02", "groeidocument", "docx", "so_c4", d(2025, 11, 4), {"adviezen_professionals": "nocvb", IB_: "grid_other", INB: "view_only"}, {},
     "Advice of the psychologist only, no advice of the commissie voor de begeleiding; consent form has AVG, photos and medication ticked and signed but the handelingsdeel column unticked and unsigned; pupil's view without what it changed."),
 Doc("so03", "domeinentabel", "pdf", "so_zml", d(2025, 9, 30), {}, {}, "Complete; long multi-page domain table (belemmerend/bevorderend per domain, two rows per domain)."),
 Doc("so04", "domeinentabel", "docx", "so_c4", d(2025, 10, 21), {"informatie_rechten": "missing", "bevorderende_factoren": "placeholder", "ondersteuning": "partial", "evaluatie": "no_parents"}, {},
     "Bevorderend column filled with '...' only; support table names what but 'n.t.b.'/'in overleg' for who and how often; evaluation only in the internal care team, not with parents. No information about rights at all."),
 Doc("so05", "evaluatierondes", "pdf-soffice", "so_c4", d(2024, 10, 8), {IB_: "tick_sig"}, {"rounds": [(d(2025, 2, 11), "evaluatie"), (d(2025, 10, 14), "bijstelling")], "last_revision": d(2025, 10, 14)},
     "Complete. Plan of 2024 with two evaluation rounds; revised Oct 2025 (so pupil input required and present in the revision); consent for v1 and for the revised handelingsdeel both signed."),
 Doc("so06", "evaluatierondes", "pdf", "so_zml", d(2024, 9, 24), {"bevorderende_factoren": "every", IB_: "blank", INB: "volgt"}, {"rounds": [(d(2025, 1, 28), "evaluatie"), (d(2025, 6, 17), "evaluatie"), (d(2025, 11, 11), "bijstelling")], "last_revision": d(2025, 11, 11)},
     "Three evaluation rounds; v1 (2024) consent signed, but the consent for the revised handelingsdeel (Nov 2025) is a blank signature table -> incomplete; pupil input at the revision 'volgt'. Bevorderende factoren about every child."),
 Doc("so07", "perspectiefdeel", "docx", "so_lg", d(2025, 10, 7), {"ondersteuning": "ref_sep", "doelen": "ref", IB_: "ref"}, {"pupil": "lg1"},
     "Perspectiefdeel only: support, goals and consent refer to the separate handelingsdeel (so08)."),
 Doc("so08", "handelingsdeel", "docx", "so_lg", d(2025, 10, 7), {"onderbouwing": "missing", "belemmerende_factoren": "missing", "bevorderende_factoren": "missing", "adviezen_professionals": "missing",
     "oogo": "missing", "informatie_rechten": "missing", "vaststelling": "missing", INB: "missing"}, {"pupil": "lg1"},
     "The separate handelingsdeel belonging to so07: goals, support, deviations, evaluation and signed consent present; the perspective elements are not in this document (missing)."),
 Doc("so09", "bijlagen_mail", "pdf-soffice", "so_c4", d(2025, 11, 18), {"oogo": "report", IB_: "mail_ok"}, {"mail": "consent_ok"},
     "Complete. OOGO only in the appended meeting report; consent given in an appended e-mail (explicit 'wij stemmen in', dated)."),
 Doc("so10", "bijlagen_mail", "docx", "so_zml", d(2026, 1, 20), {"ondersteuningsbehoefte": "instr", "oogo": "report", IB_: "mail_pending", "informatie_rechten": "partial"}, {"mail": "consent_pending"},
     "Meeting report attached (OOGO present); e-mail thread shows the parents have not yet consented (disagree about time-out) -> incomplete; rights only 'contact the IB'. Needs section still holds the format instruction."),
 Doc("so11", "vraagkoppen", "odt", "so_lg", d(2025, 12, 2), {IB_: "wg"}, {}, "Complete; question headings; consent recorded as 'w.g.' with names and dates."),
 Doc("so12", "vraagkoppen", "txt", "so_c4", d(2024, 5, 14), {IB_: "wg"}, {}, "Complete plan of May 2024 (pupil input not yet required, no section -> not_applicable)."),
 Doc("so13", "beknopt", "scan", "so_zml", d(2025, 10, 28), {IB_: "tick_sig"}, {"scan_src": "soffice"}, "Scan of a complete short form; handwritten signature (accept unclear)."),
 Doc("so14", "beknopt", "docx", "so_c4", d(2025, 9, 23), {"bevorderende_factoren": "missing", "uitstroombestemming": "unticked", "doelen": "placeholder", IB_: "cc_placeholder"}, {},
     "Word content controls: consent checkbox unticked, date and signature still showing Word's placeholder; destination options none ticked; goals 'Doel 1: ...'. No bevorderende factoren row."),
 Doc("so15", "export", "txt", "so_lg", d(2025, 11, 25), {"onderbouwing": "ref", "afwijkingen_onderwijsprogramma": "missing", "vaststelling": "nowho", IB_: "digital"}, {},
     "System export (plain text with page footers): onderbouwing only refers to reports; no word about deviations although the pupil follows fewer hours (silence -> missing); vaststelling date without by whom. Consent digital via portal (present)."),
 Doc("so16", "brief", "pdf", "so_zml", d(2025, 10, 9), {IB_: "tick_sig"}, {}, "Complete; letter style with return slip, slip ticked and signed."),
 Doc("so17", "formulier", "form", "so_c4", d(2025, 10, 16), {IB_: "form_ok", "uitstroombestemming": "ticks"}, {}, "Complete fillable PDF form (AcroForm); values in form fields, consent checkbox checked with name and date."),
 Doc("so18", "groeidocument", "scan", "so_c4", d(2025, 9, 16), {"adviezen_professionals": "cvb_mention", IB_: "voor_gezien"}, {"scan_src": "pdf"},
     "Scan. CvB only 'besproken', no CvB advice; parent signed 'Voor gezien.'"),
 # ---------------- vso
 Doc("vso01", "groeidocument", "pdf-soffice", "vso_arbeid", d(2025, 10, 2), {IB_: "adult_self"}, {"adult_self": True, "age": 19},
     "Complete; adult pupil (meerderjarig, handelingsbekwaam) discusses and signs himself; pupil input not_applicable."),
 Doc("vso02", "beknopt", "docx", "vso_arbeid", d(2025, 11, 6), {IB_: "wrong_party"}, {"adult_self": True},
     "Adult handelingsbekwaam pupil, but only the parents signed the consent -> incomplete."),
 Doc("vso03", "vraagkoppen", "pdf", "vso_dag", d(2025, 10, 21), {IB_: "curator"}, {}, "Complete; adult pupil under curatele, the curator (mother) consents; pupil's view by observation, with what it changed."),
 Doc("vso04", "evaluatierondes", "odt", "vso_dag", d(2025, 3, 11), {IB_: "curator", INB: "missing"}, {"rounds": [(d(2025, 6, 24), "evaluatie"), (d(2025, 10, 7), "bijstelling")], "last_revision": d(2025, 10, 7)},
     "Plan of March 2025 revised October 2025 (curatele); no pupil input at all although the revision is after 1 Aug 2025 -> missing."),
 Doc("vso05", "domeinentabel", "pdf-soffice", "vso_vervolg", d(2025, 9, 30), {"uitstroombestemming": "every", "informatie_rechten": "ref"}, {},
     "Destination is a sentence about every pupil; rights only 'zie schoolgids'."),
 Doc("vso06", "bijlagen_mail", "pdf", "vso_vervolg", d(2025, 10, 28), {IB_: "digital"}, {"mail": "info"}, "Complete; consent signed digitally via the parent portal; meeting report and an informational e-mail attached."),
 Doc("vso07", "export", "pdf", "vso_arbeid", d(2025, 11, 12), {"oogo": "missing", "uitstroombestemming": "ntb", "doelen": "instr", IB_: "school_only", "evaluatie": "generic"}, {}, "Minor vso pupil (17). Only the school signed; evaluation 'volgens de zorgcyclus'. No OOGO; destination 'n.t.b.'; goals field still holds the format's SMART instruction."),
 Doc("vso08", "perspectiefdeel", "pdf-soffice", "vso_vervolg", d(2026, 2, 3), {"ondersteuning": "ref_sep", IB_: "missing"}, {"pupil": "vv1"},
     "Perspectiefdeel; support refers to the separate handelingsdeel; consent not mentioned at all."),
 Doc("vso09", "handelingsdeel", "docx", "vso_vervolg", d(2026, 2, 3), {"onderbouwing": "missing", "belemmerende_factoren": "missing", "bevorderende_factoren": "missing", "adviezen_professionals": "missing",
     "oogo": "missing", "informatie_rechten": "missing", "vaststelling": "missing", IB_: "unticked_signed"}, {"pupil": "vv1"},
     "Separate handelingsdeel of vso08: signed and dated but neither 'akkoord' nor 'niet akkoord' ticked."),
 Doc("vso10", "brief", "txt", "vso_arbeid", d(2024, 6, 18), {IB_: "adult_self"}, {"adult_self": True}, "Complete letter (2024) to an adult pupil who signs himself (w.g. in text)."),
 Doc("vso11", "beknopt", "scan", "vso_dag", d(2025, 11, 25), {IB_: "curatele_self"}, {"scan_src": "pdf"}, "Scan. Pupil under curatele signed the consent himself; curator did not -> incomplete."),
 Doc("vso12", "groeidocument", "odt", "vso_vervolg", d(2025, 12, 9), {"evaluatie": "missing", "onderbouwing": "dots", IB_: "protest"}, {}, "Onderbouwing '...'; consent signed 'onder protest'. No evaluation section."),
 # ---------------- po
 Doc("po01", "beknopt", "docx", "po", d(2025, 10, 1), {"uitstroombestemming": "ticks", IB_: "cc_ok"}, {}, "Complete; destination ticked; consent via checked Word content control with name and date (portal signature)."),
 Doc("po02", "vraagkoppen", "pdf", "po", d(2025, 11, 13), {"evaluatie": "missing", "ondersteuning": "ref_groepsplan", "uitstroombestemming": "later", IB_: "partial"}, {}, "Destination 'nog niet te bepalen'; partial consent. No evaluation section; support only 'zie groepsplan'."),
 Doc("po03", "brief", "pdf-soffice", "po", d(2024, 3, 12), {IB_: "tick_sig"}, {}, "Complete letter of March 2024 (pupil input not yet required)."),
 Doc("po04", "export", "txt", "po", d(2025, 9, 18), {"onderbouwing": "heading", IB_: "blank", "informatie_rechten": "missing", "vaststelling": "concept"}, {}, "Export: blank signature lines; no rights information; marked CONCEPT, not set. Onderbouwing field empty."),
 Doc("po05", "bijlagen_mail", "odt", "po", d(2025, 10, 30), {"oogo": "report", IB_: "mail_ok", "informatie_rechten": "partial"}, {"mail": "consent_ok"},
     "OOGO in meeting report, consent by e-mail (present); rights only 'contact the IB'."),
 Doc("po06", "formulier", "form", "po", d(2025, 12, 4), {IB_: "form_empty", "doelen": "heading", "evaluatie": "heading"}, {"name_only": True},
     "Fillable form: goal and evaluation fields empty; consent boxes unticked, only the parent's name typed, no date or signature."),
 # ---------------- sbo
 Doc("sbo01", "groeidocument", "pdf", "sbo", d(2025, 10, 8), {IB_: "scribble_only"}, {}, "Complete; consent shown as two signature images with names and dates under 'Handtekening ouder(s) voor instemming met het handelingsdeel'."),
 Doc("sbo02", "domeinentabel", "docx", "sbo", d(2025, 11, 19), {"inbreng_leerling": "missing", "belemmerende_factoren": "placeholder", "ondersteuningsbehoefte": "every"}, {}, "Belemmerend column '...'; needs written for every pupil. No pupil input although the plan is from Nov 2025."),
 Doc("sbo03", "evaluatierondes", "pdf-soffice", "sbo", d(2024, 11, 5), {IB_: "tick_sig"}, {"rounds": [(d(2025, 3, 18), "evaluatie"), (d(2025, 6, 24), "evaluatie")]},
     "Complete plan of Nov 2024 with two evaluation rounds in the same school year, no revision after 1 Aug 2025 (pupil input not_applicable)."),
 Doc("sbo04", "beknopt", "scan", "sbo", d(2025, 9, 25), {IB_: "nodate", "afwijkingen_onderwijsprogramma": "unticked"}, {"scan_src": "soffice"}, "Scan: consent ticked and signed but without date; deviation yes/no unticked."),
 Doc("sbo05", "vraagkoppen", "docx", "sbo", d(2026, 1, 13), {"ondersteuning": "emptytable", INB: "heard", "evaluatie": "placeholder"}, {}, "Pupil 'is gehoord' only; evaluation date '..-..-....'. Support table with empty rows."),
 # ---------------- vo
 Doc("vo01", "vraagkoppen", "pdf-soffice", "vo", d(2025, 10, 15), {IB_: "tick_sig"}, {}, "Complete."),
 Doc("vo02", "export", "pdf", "vo", d(2025, 11, 20), {"vaststelling": "missing", "afwijkingen_onderwijsprogramma": "ref", "adviezen_professionals": "ref", IB_: "digital"}, {},
     "Deviation 'ja, zie bijlage 2' (no appendix); advice only refers to reports; consent digital (present). No vaststelling."),
 Doc("vo03", "brief", "odt", "vo", d(2025, 9, 29), {"adviezen_professionals": "dots", IB_: "ontvangen", INB: "nvt"}, {}, "Parent signed 'ontvangen' only; pupil input 'n.v.t.' although required. Advice '...'."),
 Doc("vo04", "groeidocument", "pdf", "vo", d(2023, 10, 10), {IB_: "wg", INB: "na_note"}, {}, "Complete plan of 2023; pupil input explicitly not applicable."),
 Doc("vo05", "bijlagen_mail", "docx", "vo", d(2025, 12, 11), {"oogo": "after", IB_: "mail_ok"}, {"mail": "consent_ok", "report": False},
     "Discussion with parents only after the plan was set (no OOGO before) -> incomplete; consent by e-mail present."),
 Doc("vo06", "beknopt", "txt", "vo", d(2025, 10, 6), {IB_: "wg"}, {}, "Complete short form as plain text."),
 # ---------------- pro
 Doc("pro01", "beknopt", "pdf", "pro", d(2025, 10, 9), {IB_: "tick_sig"}, {}, "Complete."),
 Doc("pro02", "domeinentabel", "odt", "pro", d(2025, 11, 4), {"adviezen_professionals": "missing", "doelen": "every", IB_: "refused"}, {}, "Goals of the whole group; consent refused (niet akkoord ticked, signed). No advice of professionals."),
 Doc("pro03", "export", "txt", "pro", d(2025, 9, 26), {"vaststelling": "nowho", IB_: "digital"}, {}, "Export; set date without by whom."),
 Doc("pro04", "groeidocument", "docx", "pro", d(2025, 10, 23), {"onderbouwing": "missing", "uitstroombestemming": "instr", "bevorderende_factoren": "instr", IB_: "grid_nosig"}, {},
     "Format instructions left in for destination and bevorderende factoren; consent form: handelingsdeel ticked 'ja' but its column not signed or dated (AVG and photos signed). No onderbouwing."),
 Doc("pro05", "vraagkoppen", "scan", "pro", d(2024, 11, 12), {"ondersteuning": "vague", IB_: "scribble_only"}, {"scan_src": "soffice"},
     "Scan of a 2024 plan; support vague ('waar nodig'); consent signatures by hand (accept unclear)."),
]
# blank formats and documents that are not OPPs
BLANKS = [
 Doc("blank01", "groeidocument", "docx", "so_zml", d(2025, 9, 1), {e: "heading" for e in E} | {"uitstroombestemming": "unticked", "ondersteuning": "emptytable", "afwijkingen_onderwijsprogramma": "unticked",
     "doelen": "placeholder", IB_: "blank", "oogo": "placeholder", "vaststelling": "placeholder"}, {"blank": True, "school": "SO De Bolster"}, "Blank groeidocument format of an SO school: headings, empty tables, unticked boxes, blank signature lines."),
 Doc("blank02", "beknopt", "pdf-soffice", "vso_arbeid", d(2025, 9, 1), {e: "heading" for e in E} | {"uitstroombestemming": "unticked", "afwijkingen_onderwijsprogramma": "unticked", IB_: "blank",
     "evaluatie": "placeholder", "vaststelling": "placeholder"}, {"blank": True, "school": "VSO De Horst"}, "Blank short form (vso) exported to PDF."),
 Doc("blank03", "formulier", "form", "po", d(2025, 9, 1), {}, {"blank": True, "school": ""}, "Blank fillable PDF form of a samenwerkingsverband (all fields empty)."),
]
NONOPP_DOCS = [("none01", "folder_ouders", "pdf", "Leaflet for parents explaining what an OPP contains (mentions every element in general terms)."),
               ("none02", "nieuwsbrief", "docx", "School newsletter with a paragraph about OPP conversations."),
               ("none03", "uitnodiging", "txt", "Invitation letter for an OPP conversation (vso)."),
               ("none04", "cvb_verslag", "odt", "Minutes of a commissie voor de begeleiding meeting (anonymised pupils).")]

# ----------------------------------------------------------------- build
EXT = {"pdf": "pdf", "pdf-soffice": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "form": "pdf", "scan": "pdf"}

def main():
    if os.path.exists(DOCS_DIR): shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    tmp = os.path.join(os.path.dirname(HERE.rstrip("/")), "..", "..", "tmp_build"); tmp = os.path.abspath(os.path.join(HERE, "..", "..", "..", "tmp_build"))
    if os.path.exists(tmp): shutil.rmtree(tmp)
    os.makedirs(tmp); prof = os.path.join(tmp, "lo_profile")
    entries = []; to_pdf_conv, to_odt_conv, scans = [], [], []
    for doc in DOCS + BLANKS:
        for k in ("pupil",):
            if k in doc.x: doc.pupil = doc.x[k]
        b = Builder(doc)
        out = os.path.join(DOCS_DIR, "%s.%s" % (doc.id, EXT[doc.fmt]))
        if doc.layout == "formulier":
            spec = form_spec(b, blank=doc.x.get("blank", False))
            R.to_form_pdf(spec, out)
        else:
            blocks, meta = LAYOUTS[doc.layout](b)
            meta.setdefault("author", b.c["IB"] or "school")
            if doc.fmt == "docx": R.to_docx(blocks, meta, out)
            elif doc.fmt == "pdf": R.to_pdf(blocks, meta, out)
            elif doc.fmt == "txt": open(out, "w", encoding="utf-8").write(R.to_txt(blocks, meta))
            elif doc.fmt in ("pdf-soffice", "odt"):
                src = os.path.join(tmp, doc.id + ".docx"); R.to_docx(blocks, meta, src)
                (to_pdf_conv if doc.fmt == "pdf-soffice" else to_odt_conv).append(src)
            elif doc.fmt == "scan":
                if doc.x.get("scan_src") == "soffice":
                    src = os.path.join(tmp, doc.id + ".docx"); R.to_docx(blocks, meta, src); to_pdf_conv.append(src)
                    scans.append((os.path.join(tmp, doc.id + ".pdf"), out, doc.id))
                else:
                    src = os.path.join(tmp, doc.id + "_src.pdf"); R.to_pdf(blocks, meta, src); scans.append((src, out, doc.id))
        labels = b.final_labels()
        if doc.x.get("blank"):
            labels = {e: ("incomplete" if s in ("present", "incomplete", "not_applicable") else s) for e, s in labels.items()}
        acc = []
        v = b.var(IB_)
        if doc.fmt == "scan": acc.append(IB_)
        elif v in ("scribble_only",): acc.append(IB_)
        entries.append(dict(file="docs/%s.%s" % (doc.id, EXT[doc.fmt]), format=EXT[doc.fmt], layout=doc.layout, school_type=doc.type,
                            scanned=doc.fmt == "scan", elements=labels, accept_unclear=acc,
                            notes="[%s; %s] %s" % (doc.layout, {"pdf": "PDF made directly (reportlab)", "pdf-soffice": "PDF exported from Word/DOCX via LibreOffice", "docx": "DOCX", "odt": "ODT (LibreOffice)", "txt": "plain text", "form": "fillable PDF form (AcroForm)", "scan": "image-only PDF scan (noise, skew)"}[doc.fmt], doc.note)))
    for nid, kind, fmt, note in NONOPP_DOCS:
        blocks, meta = NONOPP[kind]()
        out = os.path.join(DOCS_DIR, "%s.%s" % (nid, EXT[fmt]))
        if fmt == "pdf": R.to_pdf(blocks, meta, out)
        elif fmt == "docx": R.to_docx(blocks, meta, out)
        elif fmt == "txt": open(out, "w", encoding="utf-8").write(R.to_txt(blocks, meta))
        elif fmt == "odt":
            src = os.path.join(tmp, nid + ".docx"); R.to_docx(blocks, meta, src); to_odt_conv.append(src)
        entries.append(dict(file="docs/%s.%s" % (nid, EXT[fmt]), format=EXT[fmt], layout=kind, school_type="none", scanned=False,
                            elements={e: "missing" for e in E}, accept_unclear=[], notes="[%s; %s] Not an OPP. %s" % (kind, fmt, note)))
    R.soffice_convert(to_pdf_conv, "pdf", tmp, prof)
    R.soffice_convert(to_odt_conv, "odt", tmp, prof)
    for src in to_pdf_conv:
        i = os.path.basename(src)[:-5]
        if not any(s[2] == i for s in scans): shutil.copy(os.path.join(tmp, i + ".pdf"), os.path.join(DOCS_DIR, i + ".pdf"))
    for src in to_odt_conv:
        i = os.path.basename(src)[:-5]; shutil.copy(os.path.join(tmp, i + ".odt"), os.path.join(DOCS_DIR, i + ".odt"))
    for src, out, sid in scans: R.scan_pdf(src, out, sid, tmp)
    entries.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": entries}, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(tmp)
    print("documents:", len(entries))

if __name__ == "__main__":
    main()

def write_readme():
    L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))["docs"]
    import collections
    head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
    cnt = collections.Counter(d["school_type"] for d in L)
    lines = [head, "%d documents. Per school type: %s.\n" % (len(L), ", ".join("%s %d" % kv for kv in sorted(cnt.items()))),
             "| file | type | note (layout; format; gaps made on purpose) |", "|---|---|---|"]
    for d in L: lines.append("| %s | %s | %s |" % (d["file"], d["school_type"], d["notes"].replace("|", "/")))
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")

if __name__ == "__main__":
    write_readme()
