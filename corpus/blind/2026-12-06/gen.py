# -*- coding: utf-8 -*-
"""Deterministic generator for blind OPP validation set (blind12, 2026-12-06).
Run: ../venv/bin/python gen.py   (from this folder). Needs soffice + pdftoppm on PATH."""
import os, sys, json, random, subprocess, shutil, datetime as dt, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs"); BUILD = os.path.join(HERE, "build")
IDS = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren","ondersteuningsbehoefte",
       "ondersteuning","afwijkingen_onderwijsprogramma","doelen","adviezen_professionals","oogo","instemming_ouders",
       "inbreng_leerling","evaluatie","informatie_rechten","vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
D = dt.date

def fmt(s, c): return s.format(**c)

# ---------------------------------------------------------------- element content
def build(spec):
    prof = PROFILES[spec["prof"]]
    rnd = random.Random(spec["id"])
    g = prof["g"]
    c = dict(P(g)); first = rnd.choice(FIRST[g]); last = rnd.choice(LAST)
    c["n"] = first; c["N"] = first
    sch = SCHOOLS[prof["school"]]
    pl = "mevr." if prof.get("curatele") else rnd.choice(["mevr.", "dhr."]); plast = last if rnd.random() < 0.7 else rnd.choice(LAST)
    ctx = dict(first=first, last=last, name=f"{first} {last}", school=sch[0], place=sch[1], swv=sch[2], director=sch[3],
               type=prof["type"], groep=prof["groep"], parent=f"{pl} {plast}", D=spec["date"],
               oogo=spec["date"] - dt.timedelta(days=7 + rnd.randint(0, 6)), C=spec["date"] + dt.timedelta(days=rnd.randint(2, 9)),
               born=D(spec["date"].year - {"po":10,"sbo":11,"so":10,"vo":14,"pro":15,"vso":18}[prof["type"]] - (1 if prof.get("curatele") else 0), rnd.randint(1,12), rnd.randint(1,28)),
               adult=prof.get("adult", False), curatele=prof.get("curatele", False), c=c, prof=prof,
               ib=rnd.choice(["mevr. K. Hazewinkel", "dhr. P. Stroeve", "mevr. M. Lindhout", "dhr. S. Wagenvoort"]),
               oknok=rnd.choice([("Ik ga akkoord met het handelingsdeel van dit OPP", "Ik ga niet akkoord met het handelingsdeel van dit OPP"),
                                 ("Ik stem in met het handelingsdeel", "Ik stem niet in met het handelingsdeel"),
                                 ("Akkoord met de te bieden ondersteuning (handelingsdeel)", "Niet akkoord met de te bieden ondersteuning (handelingsdeel)")]),
               mentor=rnd.choice(["mevr. J. Terlingen", "dhr. B. Rikkert", "mevr. F. Osinga"]))
    post = spec["date"] >= CUTOFF
    gaps = spec.get("gaps", {})
    E = {}
    t = lambda s: fmt(s, c)
    n = first
    sup_rows = [(t(a), b, f, fr) for (a, b, f, fr) in prof["sup"]]
    ctx["sup_rows"] = sup_rows
    present = {
      "uitstroombestemming": t(prof["uit"]),
      "onderbouwing": t(prof["ond"]),
      "belemmerende_factoren": [t(x) for x in prof["bel"]],
      "bevorderende_factoren": [t(x) for x in prof["bev"]],
      "ondersteuningsbehoefte": t(prof["beh"]),
      "ondersteuning": [f"{a} — {b}, {f}, vanaf {fr}" for (a, b, f, fr) in sup_rows],
      "afwijkingen_onderwijsprogramma": t(prof["afwtxt"]) if prof["afw"] else rnd.choice(["Geen afwijkingen: " + n + " volgt het reguliere programma van " + ("de groep." if prof["type"] in ("po","sbo") else "de klas."),
            "N.v.t. Er wordt niet afgeweken van het onderwijsprogramma; wel zijn de aanpassingen uit het handelingsdeel van kracht.", "Er zijn geen afwijkingen van het reguliere onderwijsprogramma."]),
      "doelen": [t(x) for x in prof["doel"]],
      "adviezen_professionals": t(prof["adv"]),
    }
    if ctx["adult"]:
        who = f"{n} zelf (meerderjarig); op verzoek van {n} was ook {c['zijn']} moeder aanwezig"
    elif ctx["curatele"]:
        who = f"de curator van {n} (mr. E. Bakhuys-Lindt) en {c['zijn']} moeder, {ctx['parent']}"
    else:
        who = f"de ouders van {n} ({ctx['parent']} en partner)"
    role = 'mentor' if prof['type'] in ('vo','pro','vso') else 'groepsleerkracht'
    zorg = 'ondersteuningscoördinator' if prof['type'] in ('vo','pro','vso') else 'intern begeleider'
    present["oogo"] = rnd.choice([
      f"Op {dlong(ctx['oogo'])} is het ontwikkelingsperspectief besproken met {who}, de {role} en de {zorg} ({ctx['ib']}). Dit was een op overeenstemming gericht overleg; de wensen uit het gesprek zijn verwerkt in de doelen en de ondersteuning.",
      f"Datum gesprek: {dshort(ctx['oogo'])}. Aanwezig: {who}; {role}; {ctx['ib']} ({zorg}). Uitkomst: het beeld en het perspectief worden herkend. Gevraagd is om de begeleiding niet tijdens gym te plannen; dat is aangepast.",
      f"Het concept-OPP is op {dlong(ctx['oogo'])} doorgesproken met {who}. Daarbij waren de {role} en {ctx['ib']} aanwezig. Opmerkingen uit dit gesprek (onder andere over de planning van de begeleiding) zijn in deze versie verwerkt.",
    ])
    ev_with = ("ouders en " + n) if (post and not ctx["adult"] and not ctx["curatele"]) else (n + " en de curator" if ctx["curatele"] else (n if ctx["adult"] else "ouders"))
    def addm(d0, k):
        m = d0.month - 1 + k; r = dt.date(d0.year + m // 12, m % 12 + 1, 1)
        return r.replace(month=9) if r.month in (7, 8) else r
    e1, e2 = addm(ctx["D"], 4), addm(ctx["D"], 8)
    M1, M2 = f"{MONTHS[e1.month-1]} {e1.year}", f"{MONTHS[e2.month-1]} {e2.year}"
    present["evaluatie"] = rnd.choice([
      f"Het OPP wordt minimaal twee keer per jaar geëvalueerd met {ev_with}: een tussenevaluatie in {M1} en een evaluatie in {M2}. Daarbij bespreken we of de doelen zijn behaald en of het perspectief nog passend is; zo nodig wordt het plan bijgesteld.",
      f"Evaluatiemomenten: {M1} (tussenevaluatie) en {M2} (jaarevaluatie), telkens in een gesprek met {ev_with} en de {zorg}. Het plan wordt daarna zo nodig bijgesteld.",
      f"Elk half jaar kijken we samen met {ev_with} terug: zijn de doelen gehaald, werkt de begeleiding? Geplande gesprekken: {M1} en {M2}.",
    ])
    addressee = n if ctx["adult"] else ("de curator" if ctx["curatele"] else "ouders")
    present["informatie_rechten"] = rnd.choice([
        (f"Voor het handelingsdeel van het OPP is instemming van {addressee} nodig. Zonder instemming voert de school het handelingsdeel niet uit. "
        f"{'Zijn' if addressee == 'ouders' else 'Is'} {addressee} het niet eens met (een deel van) het OPP, dan gaan we eerst met elkaar in gesprek. Daarnaast kan contact worden opgenomen met het ouder- en jeugdsteunpunt van {ctx['swv']}, met een onderwijsconsulent (gratis) "
        f"of kan binnen zes weken na vaststelling een geschil worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        (f"{'U heeft' if addressee == 'ouders' else addressee[0].upper() + addressee[1:] + ' heeft'} instemmingsrecht op het handelingsdeel. Onenigheid over het OPP? Neem contact op met de directeur. "
         f"U kunt ook terecht bij het Ouder- en Jeugdsteunpunt ({ctx['swv']}), bij de Onderwijsconsulenten, of binnen 6 weken na vaststelling bij de Geschillencommissie passend onderwijs."),
        (f"Het handelingsdeel wordt pas uitgevoerd als {addressee} ermee instemt. Niet eens met het plan? Bespreek het eerst met de school. Komen we er samen niet uit, dan kunt u hulp vragen aan een onderwijsconsulent "
         f"of het steunpunt van het samenwerkingsverband, en een geschil binnen zes weken voorleggen aan de Geschillencommissie passend onderwijs."),
    ])
    present["vaststelling"] = rnd.choice([
        f"Het OPP is vastgesteld op {dlong(ctx['D'])} door {ctx['director']}, directeur van {ctx['school']}.",
        f"Datum vaststelling: {dshort(ctx['D'])}. Vastgesteld door: {ctx['director']} (directeur).",
        f"Vastgesteld door de directeur, {ctx['director']}, op {dlong(ctx['D'])}, na het overleg met {'ouders' if addressee == 'ouders' else addressee}.",
    ])
    if ctx["adult"]:
        inb_label, inb = "not_applicable", t(prof["inb"])
    elif not post:
        inb_label, inb = "not_applicable", None
    else:
        inb_label, inb = "present", t(prof["inb"]) + " " + t(prof["inb_eff"])
    for eid in IDS:
        if eid == "instemming_ouders": continue
        k = gaps.get(eid)
        if eid == "inbreng_leerling":
            if k is None: E[eid] = (inb_label, inb); continue
            if inb_label == "not_applicable" and k != "force": E[eid] = (inb_label, inb); continue
        if eid == "afwijkingen_onderwijsprogramma" and k is None:
            E[eid] = ("present" if prof["afw"] else "not_applicable", present[eid]); continue
        if k is None: E[eid] = ("present", present[eid])
        elif k == "M": E[eid] = ("missing", None)
        elif k == "empty": E[eid] = ("incomplete", "")
        elif k in EMPTY_PH: E[eid] = ("incomplete", EMPTY_PH[k])
        elif k == "instr": E[eid] = ("incomplete", INSTR[eid])
        elif k == "bijlage": E[eid] = ("incomplete", BIJLAGE[eid])
        elif k == "noeff": E[eid] = ("incomplete", t(prof["inb"]))
        elif k == "partial":
            E[eid] = ("incomplete", "Heeft u vragen over dit plan? Neem dan contact op met de intern begeleider of de mentor.")
        else: raise ValueError(k)
    cl, cblocks = consent(spec["consent"], ctx)
    E["instemming_ouders"] = (cl, cblocks)
    return ctx, E

def consent(v, x):
    C, Dd, n = dshort(x["C"]), dshort(x["D"]), x["first"]
    par = ("Ouder/verzorger", x["parent"])
    sch = ("Namens de school", x["director"])
    ok, nok = x["oknok"]
    if x["adult"]:
        ok = ok.replace("Ik ga", "Ik (leerling) ga"); nok = nok.replace("Ik ga", "Ik (leerling) ga")
    S = lambda role, name, signed, date, rem="": ("sig", role, name, signed, date, rem)
    K = lambda b, s: ("check", b, s)
    Pp = lambda s: ("p", s)
    m = {
     "signed": ("present", [K(True, ok), K(False, nok), S(*par, True, C), S(*sch, True, Dd)]),
     "stated": ("present", [Pp(f"De ouders hebben op {dlong(x['C'])} per e-mail aan de intern begeleider laten weten dat zij instemmen met het handelingsdeel van dit OPP. De e-mail is opgeslagen in het leerlingdossier."), S(*sch, True, Dd)]),
     "portal": ("present", [Pp(f"Instemming handelingsdeel: akkoord. Digitaal ondertekend door {x['parent']} via het ouderportaal op {C} om 19:42 uur.")]),
     "voor_gezien": ("incomplete", [S(*par, True, C, "voor gezien"), S(*sch, True, Dd)]),
     "onder_protest": ("incomplete", [K(True, ok), S(*par, True, C, "onder protest, wij zijn het niet eens met de doelen voor rekenen"), S(*sch, True, Dd)]),
     "refused": ("incomplete", [K(False, ok), K(True, nok), Pp("Toelichting ouders: wij willen niet dat ons kind buiten de klas begeleiding krijgt."), S(*par, True, C), S(*sch, True, Dd)]),
     "partial": ("incomplete", [K(False, ok), K(True, "Ik ga gedeeltelijk akkoord, namelijk met: de begeleiding en de doelen, NIET met de afwijkingen van het programma"), S(*par, True, C), S(*sch, True, Dd)]),
     "school_only": ("incomplete", [K(False, ok), K(False, nok), S(*par, False, None), S(*sch, True, Dd)]),
     "blank": ("incomplete", [K(False, ok), K(False, nok), S(*par, False, None), S(*sch, False, None)]),
     "unticked": ("incomplete", [K(False, ok), K(False, nok), S(*par, True, C), S(*sch, True, Dd)]),
     "nodate": ("incomplete", [K(True, ok), S(*par, True, None), S(*sch, True, Dd)]),
     "avg_only": ("missing", [("h", "Toestemming gegevensuitwisseling (AVG)"), K(True, "Ik geef toestemming om gegevens van mijn kind te delen met het samenwerkingsverband en de betrokken externe deskundigen"), S(*par, True, C)]),
     "photos": ("missing", [("h", "Toestemming beeldmateriaal"), K(True, "Foto's en video's van mijn kind mogen worden gebruikt voor de schoolgids en de website"), K(False, "Geen toestemming voor beeldmateriaal"), S(*par, True, C)]),
     "missing": ("missing", []),
     "ph": ("incomplete", [Pp("Instemming ouders handelingsdeel: n.t.b.")]),
     "adult_self": ("present", [K(True, ok), Pp(f"{n} is meerderjarig en handelingsbekwaam en tekent zelf voor instemming."), S("Leerling", x["name"], True, C), S(*sch, True, Dd)]),
     "adult_parents": ("incomplete", [Pp(f"{n} is meerderjarig en handelingsbekwaam."), K(True, "Ouders gaan akkoord met het handelingsdeel"), S("Ouder/verzorger", x["parent"], True, C), S("Leerling", x["name"], False, None), S(*sch, True, Dd)]),
     "cur_curator": ("present", [Pp(f"{n} staat onder curatele. De curator, mr. E. Bakhuys-Lindt, tekent voor instemming met het handelingsdeel."), K(True, "De curator gaat akkoord met het handelingsdeel van dit OPP"), S("Curator", "mr. E. Bakhuys-Lindt", True, C), S(*sch, True, Dd)]),
     "cur_pupil": ("incomplete", [Pp(f"{n} staat onder curatele (curator: mr. E. Bakhuys-Lindt)."), K(True, "Akkoord met het handelingsdeel"), S("Leerling", x["name"], True, C), S("Curator", "mr. E. Bakhuys-Lindt", False, None), S(*sch, True, Dd)]),
    }
    return m[v]

# ---------------------------------------------------------------- layouts -> blocks
def body(b, E_val):
    if b is None: return []
    if isinstance(b, list): return [("ul", b)]
    if b == "": return []
    return [("p", b)]

def consent_section(E, title, hlevel="h2"):
    lab, blocks = E["instemming_ouders"]
    if not blocks: return []
    if blocks and blocks[0][0] == "h":  # other kind of consent
        return [(hlevel, blocks[0][1])] + blocks[1:]
    return [(hlevel, title)] + blocks

def head_kv(ctx, extra=()):
    return [("kv", [("Naam leerling", ctx["name"]), ("Geboortedatum", dshort(ctx["born"])), ("School", f"{ctx['school']}, {ctx['place']}"),
                    ("Groep/klas", ctx["groep"]), ("Samenwerkingsverband", ctx["swv"])] + list(extra))]

ORDER = [e for e in IDS if e != "instemming_ouders"]

def L_numbered(ctx, E):
    H = {"uitstroombestemming":"Ontwikkelingsperspectief: verwachte uitstroombestemming","onderbouwing":"Onderbouwing van het perspectief",
         "belemmerende_factoren":"Belemmerende factoren","bevorderende_factoren":"Bevorderende factoren",
         "ondersteuningsbehoefte":"Onderwijs- en ondersteuningsbehoeften","ondersteuning":"Handelingsdeel: te bieden ondersteuning en begeleiding",
         "afwijkingen_onderwijsprogramma":"Afwijkingen van het onderwijsprogramma","doelen":"Doelen voor de komende periode",
         "adviezen_professionals":"Adviezen van externe deskundigen","oogo":"Op overeenstemming gericht overleg met ouders",
         "inbreng_leerling":"Inbreng van de leerling","evaluatie":"Evaluatie","informatie_rechten":"Informatie voor ouders over hun rechten",
         "vaststelling":"Vaststelling"}
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", f"{ctx['swv']} — format OPP versie 2024-2"), ("h1", "1. Gegevens leerling")] + head_kv(ctx)
    i = 2
    for e in ORDER:
        lab, b = E[e]
        if b is None: continue
        B += [("h1", f"{i}. {H[e]}")] + body(b, E[e]); i += 1
        if e == "vaststelling":
            cs = consent_section(E, f"{i}. Instemming met het handelingsdeel", "h1")
            if cs: B += cs; i += 1
    if E["vaststelling"][1] is None:
        B += consent_section(E, f"{i}. Instemming met het handelingsdeel", "h1")
    return B

def L_twocol(ctx, E):
    H = {"uitstroombestemming":"Verwacht uitstroomniveau","onderbouwing":"Onderbouwing uitstroomniveau","belemmerende_factoren":"Belemmerend",
         "bevorderende_factoren":"Stimulerend","ondersteuningsbehoefte":"Onderwijsbehoeften","ondersteuning":"Ondersteuning (wat, wie, hoe vaak, vanaf)",
         "afwijkingen_onderwijsprogramma":"Aanpassingen in het programma","doelen":"Doelen (SMART)","adviezen_professionals":"Advies externen",
         "oogo":"Gesprek met ouders (OOGO)","inbreng_leerling":"Stem van de leerling","evaluatie":"Evaluatiemomenten","informatie_rechten":"Rechten ouders",
         "vaststelling":"Vastgesteld (datum / door)"}
    B = [("title", f"OPP {ctx['first']} {ctx['last']}"), ("sub", f"{ctx['school']} — schooljaar {ctx['D'].year if ctx['D'].month>=8 else ctx['D'].year-1}/{(ctx['D'].year if ctx['D'].month>=8 else ctx['D'].year-1)+1}")] + head_kv(ctx)
    rows = []
    for e in ORDER:
        lab, b = E[e]
        if b is None or e == "informatie_rechten": continue
        rows.append((H[e], "\n".join("• " + s for s in b) if isinstance(b, list) else b))
    B.append(("table", ["Onderdeel", "Beschrijving"], rows))
    B += consent_section(E, "Ondertekening handelingsdeel")
    if E["informatie_rechten"][1] is not None:
        B += [("h2", "Rechten ouders")] + body(E["informatie_rechten"][1], None)
    return B

DOMAINS = ["Leren en ontwikkeling", "Werkhouding en gedrag", "Sociaal-emotioneel", "Thuis en vrije tijd"]
def L_domain(ctx, E):
    B = [("title", "Ontwikkelingsperspectief"), ("sub", ctx["school"] + " | " + ctx["swv"])] + head_kv(ctx, [("Datum plan", dshort(ctx["D"]))])
    for e, h in [("uitstroombestemming","Uitstroomperspectief"), ("onderbouwing","Onderbouwing")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    bel, bev = E["belemmerende_factoren"][1], E["bevorderende_factoren"][1]
    cols = []
    if bel is not None: cols.append(("Belemmerende factoren", bel))
    if bev is not None: cols.append(("Bevorderende factoren", bev))
    if cols:
        rows = []
        for di, dn in enumerate(DOMAINS):
            row = [dn]
            for _, v in cols:
                if isinstance(v, list): row.append("; ".join(v[j] for j in range(len(v)) if j % 4 == di))
                else: row.append(v if di == 0 else "")
            rows.append(row)
        B += [("h2", "Factoren per domein"), ("table", ["Domein"] + [c[0] for c in cols], rows)]
    for e, h in [("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    lab, b = E["ondersteuning"]
    if b is not None:
        B.append(("h2", "Handelingsdeel"))
        if lab == "present": B.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in ctx["sup_rows"]]))
        else: B.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [[b, "", "", ""]]))
    for e, h in [("afwijkingen_onderwijsprogramma","Afwijkingen van het programma"),("doelen","Doelen"),("adviezen_professionals","Adviezen deskundigen"),
                 ("oogo","Overleg met ouders"),("inbreng_leerling","Inbreng leerling"),("evaluatie","Evaluatie"),("vaststelling","Vaststelling")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    B += consent_section(E, "Instemming handelingsdeel")
    if E["informatie_rechten"][1] is not None: B += [("h3", "Uw rechten")] + body(E["informatie_rechten"][1], None)
    return B

def L_groei(ctx, E):
    n, c = ctx["first"], ctx["c"]
    B = [("title", "Groeidocument"), ("sub", f"{ctx['name']} — {ctx['school']} ({ctx['place']})"),
         ("h1", "1. Leerlinggegevens")] + head_kv(ctx)
    B += [("h1", "2. Hulpvraag"), ("p", f"Hulpvraag school: hoe kunnen we {n} zo begeleiden dat {c['hij']} zich binnen onze school verder ontwikkelt? Hulpvraag ouders: wij willen dat {n} met plezier naar school gaat."),
          ("h1", "3. Schoolloopbaan en gezin"), ("p", f"{n} zit sinds {ctx['D'].year - 3} op {ctx['school']}. {c['Hij']} woont met {c['zijn']} moeder, vader en een jongere zus in {ctx['place']}. Er is contact met het wijkteam.")]
    B.append(("h1", "4. Beeld van de leerling"))
    if E["bevorderende_factoren"][1] is not None: B += [("h2", "4.1 Wat gaat goed? (bevorderende factoren)")] + body(E["bevorderende_factoren"][1], None)
    if E["belemmerende_factoren"][1] is not None: B += [("h2", "4.2 Wat belemmert? (belemmerende factoren)")] + body(E["belemmerende_factoren"][1], None)
    if E["ondersteuningsbehoefte"][1] is not None: B += [("h2", "4.3 Wat heeft " + n + " nodig?")] + body(E["ondersteuningsbehoefte"][1], None)
    B.append(("h1", "5. Ontwikkelingsperspectief (OPP)"))
    for e, h in [("uitstroombestemming","5.1 Uitstroombestemming"),("onderbouwing","5.2 Onderbouwing"),("afwijkingen_onderwijsprogramma","5.3 Afwijkingen van het onderwijsprogramma"),("doelen","5.4 Doelen")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    B.append(("h1", "6. Handelingsdeel"))
    for e, h in [("ondersteuning","6.1 Aanpak en begeleiding"),("adviezen_professionals","6.2 Adviezen van deskundigen en wat we ermee doen")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    B.append(("h1", "7. Betrokkenen en afspraken"))
    for e, h in [("oogo","7.1 Overleg met ouders"),("inbreng_leerling","7.2 Wat vindt " + n + " zelf?"),("evaluatie","7.3 Evaluatie"),("vaststelling","7.4 Vaststelling"),("informatie_rechten","7.5 Niet eens?")]:
        if E[e][1] is not None: B += [("h2", h)] + body(E[e][1], None)
    B += consent_section(E, "8. Ondertekening", "h1")
    return B

def L_vragen(ctx, E):
    n = ctx["first"]
    H = {"uitstroombestemming":f"Waar gaat {n} naartoe na deze school?","onderbouwing":"Waarom verwachten we dat?","belemmerende_factoren":f"Wat maakt het lastig voor {n}?",
         "bevorderende_factoren":f"Wat helpt {n}?","ondersteuningsbehoefte":f"Wat heeft {n} nodig?","ondersteuning":f"Welke hulp krijgt {n}, van wie en hoe vaak?",
         "afwijkingen_onderwijsprogramma":f"Volgt {n} een ander programma dan de klas?","doelen":"Waar werken we de komende periode aan?",
         "adviezen_professionals":"Wat adviseren deskundigen en wat doen we daarmee?","oogo":"Hoe hebben we dit plan samen besproken?",
         "inbreng_leerling":f"Wat vindt {n} zelf?","evaluatie":"Wanneer kijken we samen terug?","informatie_rechten":"Wat kunt u doen als u het niet eens bent?",
         "vaststelling":"Wanneer is dit plan vastgesteld?"}
    B = [("title", f"Het plan van {n}"), ("sub", "Ontwikkelingsperspectief — " + ctx["school"])] + head_kv(ctx)
    for e in ORDER:
        if E[e][1] is None: continue
        B += [("h2", H[e])] + body(E[e][1], None)
    B += consent_section(E, "Gaat u akkoord?")
    return B

def L_brief(ctx, E):
    n, c = ctx["first"], ctx["c"]
    aan = n if ctx["adult"] else ("de curator en ouders van " + n if ctx["curatele"] else "ouder(s)/verzorger(s) van " + n)
    B = [("p", f"{ctx['school']}\n{ctx['place']}"), ("p", f"Aan {aan}\n{ctx['place']}"), ("p", f"{ctx['place']}, {dlong(ctx['D'])}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan (OPP) van {ctx['name']}, {ctx['groep']}"),
         ("p", "Beste " + (n if ctx["adult"] else "ouder(s)/verzorger(s)") + ","),
         ("p", f"Met deze brief ontvangt u het ontwikkelingsperspectiefplan dat wij voor {n} hebben opgesteld. Hieronder leest u wat wij verwachten, wat {n} nodig heeft en welke begeleiding de school biedt.")]
    lead = {"uitstroombestemming":"Wij verwachten dat " + n + " na onze school uitstroomt naar:","onderbouwing":"Dat verwachten we om de volgende redenen.",
            "belemmerende_factoren":"Wat het leren van " + n + " lastig maakt:","bevorderende_factoren":"Wat " + n + " helpt:",
            "ondersteuningsbehoefte":"Wat " + n + " nodig heeft:","ondersteuning":"De school biedt de volgende begeleiding:",
            "afwijkingen_onderwijsprogramma":"Over het lesprogramma:","doelen":"De doelen voor de komende periode:",
            "adviezen_professionals":"Adviezen van deskundigen:","oogo":"Ons gesprek:","inbreng_leerling":"Wat " + n + " er zelf van vindt:",
            "evaluatie":"Terugkijken:","informatie_rechten":"Uw rechten:","vaststelling":"Vaststelling:"}
    for e in ORDER:
        lab, b = E[e]
        if b is None: continue
        if b == "": b = "..."
        if isinstance(b, list): B += [("p", lead[e])] + [("ul", b)]
        else: B.append(("p", lead[e] + " " + b))
    B.append(("p", "Wij vragen u het handelingsdeel te ondertekenen en het strookje binnen twee weken terug te geven."))
    B.append(("p", f"Met vriendelijke groet,\n\n{ctx['ib']}, intern begeleider / ondersteuningscoördinator\n{ctx['director']}, directeur"))
    B += consent_section(E, "Strookje: instemming handelingsdeel")
    return B

def L_export(ctx, E):
    H = {"uitstroombestemming":"Uitstroomprofiel","onderbouwing":"Onderbouwing","belemmerende_factoren":"Risicofactoren","bevorderende_factoren":"Beschermende factoren",
         "ondersteuningsbehoefte":"Onderwijsbehoeften","ondersteuning":"Interventies","afwijkingen_onderwijsprogramma":"Afwijkend programma",
         "doelen":"Doelen","adviezen_professionals":"Externe adviezen","oogo":"OOGO ouders","inbreng_leerling":"Leerlingparticipatie",
         "evaluatie":"Evaluatie","informatie_rechten":"Informatie ouders","vaststelling":"Vaststelling"}
    B = [("title", "KOMPAS LVS — Export dossieronderdeel: OPP"),
         ("kv", [("Leerling", f"{ctx['last']}, {ctx['first']} (llnr {abs(hash(ctx['name'])) % 100000 if False else int(hashlib.md5(ctx['name'].encode()).hexdigest()[:5],16)})"),
                 ("Geb.datum", dshort(ctx["born"])), ("Vestiging", ctx["school"]), ("Klas/groep", ctx["groep"]), ("Status", "Vastgesteld" if E["vaststelling"][0] == "present" else "Concept"),
                 ("Exportdatum", dshort(ctx["D"] + dt.timedelta(days=20)))])]
    for e in ORDER:
        lab, b = E[e]
        if b is None: continue
        if b == "": b = "(leeg)"
        B += [("h3", f"[{H[e]}]")] + body(b, None)
    B += consent_section(E, "[Ondertekening]", "h3")
    B.append(("footer", f"Kompas LVS 5.2 · afgedrukt door ib@{ctx['school'].split()[-1].lower()}.nl op {dshort(ctx['D'] + dt.timedelta(days=20))} · vertrouwelijk"))
    return B

LAYOUTS = {"swv-genummerd": L_numbered, "tabel-tweekolom": L_twocol, "domeinen-tabel": L_domain, "groeidocument": L_groei,
           "vraaggestuurd": L_vragen, "briefvorm": L_brief, "systeem-export": L_export}
