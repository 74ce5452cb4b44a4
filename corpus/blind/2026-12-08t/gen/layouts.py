# -*- coding: utf-8 -*-
"""Layouts: turn a document spec (see gen.py) into a list of blocks."""
import random
from content import *
from render import PLH

PROFILES_VSO = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]
PROFILES_PRO = ["Arbeid (regulier/beschut werk)", "Vervolgonderwijs (Entree/mbo-2)", "Dagbesteding/arbeidsmatig"]
PRO_MAP = {0: 0, 1: 1, 2: 0}
REF = {
    "uitstroombestemming": "Zie het intake-advies in bijlage 1.",
    "onderbouwing": "Zie bijlage 2 (onderzoeksverslag en toetsoverzicht).",
    "belemmerende_factoren": "Zie het groeidocument van de vorige school (bijlage).",
    "bevorderende_factoren": "Zie bijlage 3.",
    "ondersteuningsbehoefte": "Zie verslag intern zorgoverleg.",
    "ondersteuning": "Zie groepsplan rekenen en lezen (bijlage 4).",
    "doelen": "Zie het groepsplan en het IOP in het leerlingvolgsysteem.",
    "adviezen_professionals": "Zie verslag psycholoog en het advies van de commissie in het dossier.",
    "oogo": "Zie gespreksverslag.",
    "evaluatie": "Zie de zorgkalender van de school.",
    "informatie_rechten": RECHTEN_REF,
    "inbreng_leerling": "Zie leerlinggesprek in Parnassys.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage (rooster).",
}


class Ctx:
    def __init__(self, d):
        self.d = d
        g = d["gender"]
        self.fmt = dict(n=d["first"], hij="hij" if g == "m" else "zij", Hij="Hij" if g == "m" else "Zij",
                        zijn="zijn" if g == "m" else "haar", Zijn="Zijn" if g == "m" else "Haar",
                        hem="hem" if g == "m" else "haar")
        self.rnd = random.Random(d["seed"])
        self.grp = d["st"] if d["st"] != "vso" else "vso"

    def f(self, s):
        return s.format(**self.fmt)


def var(d, e):
    return d["gaps"].get(e, "ok")


def ph_text(d, e):
    r = random.Random(d["seed"] * 31 + ELEMENTS.index(e))
    return r.choice(PLACEHOLDERS)


def uitstroom_pair(d):
    st = d["st"]
    if d.get("dest"):
        return d["dest"]
    key = st if st != "vso" else "vso_" + d["profile"]
    lst = UITSTROOM[key]
    return lst[d.get("u_idx", 0) % len(lst)]


def body(c, e):
    """Blocks for the body of element e, None if omitted (missing)."""
    d = c.d
    v = var(d, e)
    if v == "omit":
        return None
    if v == "empty":
        return []
    if v == "ph":
        return [("ph", PLH if d.get("cc") else ph_text(d, e))]
    if v == "instr":
        return [("i", INSTR[e])]
    if v == "ref":
        return [("p", REF[e])]
    if v == "later":
        return [("p", "Het uitstroomprofiel wordt aan het eind van leerjaar 2 vastgesteld, na de eerste stages.")]
    g = c.grp
    dt = d["date"]
    if e == "uitstroombestemming":
        dest, _ = uitstroom_pair(d)
        return [("p", c.f(dest))]
    if e == "onderbouwing":
        _, ob = uitstroom_pair(d)
        return [("p", c.f(ob))]
    if e == "belemmerende_factoren":
        return [("bullets", [c.f(x) for x in BELEMMEREND[g]])]
    if e == "bevorderende_factoren":
        return [("bullets", [c.f(x) for x in BEVORDEREND[g]])]
    if e == "ondersteuningsbehoefte":
        return [("p", c.f("{n} heeft nodig:")), ("bullets", [c.f(x) for x in BEHOEFTE[g]])]
    if e == "ondersteuning":
        if v == "vague":
            return [("p", c.f("{n} krijgt waar nodig extra ondersteuning in de groep. De aanpak wordt afgestemd op wat {hij} nodig heeft."))]
        m0 = dt if dt[1] not in (6, 7) else (dt[0], 8, 20)
        m1 = dadd(m0, 31)
        ab = lambda x: MONTHS[x[1] - 1][:3] + " " + str(x[0])
        rows = [[a, b, cc, ab(m1 if i == 1 else m0)] for i, (a, b, cc, x) in enumerate(STEUN[g])]
        return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], rows)]
    if e == "afwijkingen_onderwijsprogramma":
        if v == "none":
            r = random.Random(d["seed"]).choice(GEEN_AFWIJKING)
            return [("p", c.f(r))]
        if d["st"] == "vso" and d["profile"] == "vervolgonderwijs":
            return [("p", c.f(AFWIJKING["vso_vervolgonderwijs"]))]
        return [("p", c.f(AFWIJKING[g]))]
    if e == "doelen":
        if v == "vague":
            return [("bullets", [c.f(x) for x in DOELEN_VAAG])]
        return [("bullets", [c.f(x) for x in DOELEN[g]])]
    if e == "adviezen_professionals":
        ext = ADVIES_EXTERN[g].format(d=dlong(dadd(dt, -60)), **c.fmt)
        cvbt = ADVIES_CVB if d["st"] == "vso" else ADVIES_CVB_SO
        cvb = cvbt.format(d=dlong(dadd(dt, -21)))
        if v == "nocvb":
            return [("p", ext)]
        if v == "cvbref":
            return [("p", ext), ("p", "Advies commissie voor de begeleiding: zie verslag CvB in het dossier.")]
        if d["st"] in ("so", "vso"):
            return [("p", ext), ("p", cvb)]
        return [("p", ext)]
    if e == "oogo":
        od = dadd(dt, -10)
        if v == "vague":
            return [("p", "Het plan is met ouders besproken.")]
        if d.get("adult"):
            who = c.f("{n} zelf, {zijn} moeder (op verzoek van {n}), de mentor en de stagecoördinator")
        elif d.get("curatele"):
            who = c.f("{zijn} moeder (curator), {n}, de mentor en de orthopedagoog")
        else:
            who = "beide ouders, de " + ("mentor" if d["st"] in ("vo", "pro", "vso") else "leerkracht") + " en de intern begeleider/orthopedagoog"
        return [("p", c.f(f"Het ontwikkelingsperspectief is op {dlong(od)} besproken met {who}. "
                          "De wensen die in dit gesprek naar voren kwamen, zijn in het plan verwerkt "
                          "(onder meer de keuze voor begeleiding in de eigen klas)."))]
    if e == "inbreng_leerling":
        if d["st"] == "vso":
            key = {"dagbesteding": "vso", "arbeidsmarkt": "vso_work", "vervolgonderwijs": "teen"}[d["profile"]]
        else:
            key = "young" if d["age"] < 12 else "teen"
        view, eff = INBRENG[key]
        gd = dlong(dadd(dt, -14))
        out = [("p", view.format(d=gd, **c.fmt))]
        if v != "nochange":
            out.append(("p", eff.format(**c.fmt)))
        return out
    if e == "evaluatie":
        m1 = dadd(dt, 120); m2 = dadd(dt, 240)
        ms = lambda x: f"{MONTHS[x[1]-1]} {x[0]}"
        if dt < (2025, 8, 1) and not d.get("revised"):
            return [("p", EVALUATIE_PRE.format(m1=ms(m1), m2=ms(m2)))]
        t = EVALUATIE[d["seed"] % 2]
        return [("p", t.format(m1=ms(m1), m2=ms(m2), **c.fmt))]
    if e == "informatie_rechten":
        return [("p", RECHTEN[d["seed"] % 2])]
    if e == "vaststelling":
        return None  # handled by layouts (kv / sentence)
    raise KeyError(e)


def flat(blocks):
    if blocks is None:
        return None
    out = []
    for b in blocks:
        if b[0] in ("p", "i", "ph"):
            out.append(b[1])
        elif b[0] == "bullets":
            out.append("\n".join("- " + x for x in b[1]))
        elif b[0] == "table":
            out.append("\n".join(f"{r[0]} ({r[1]}, {r[2]}, vanaf {r[3]})" for r in b[2]))
        elif b[0] == "checks":
            out.append("  ".join((CHKS if t else UNCHKS) + l for t, l in b[1]))
    return "\n".join(out)


CHKS, UNCHKS = "\u2612 ", "\u2610 "


def uit_checks(c, profiles):
    d = c.d
    v = var(d, "uitstroombestemming")
    if v == "omit":
        return None
    if d["st"] == "vso":
        sel = PROFILES_VSO.index({"vervolgonderwijs": "Vervolgonderwijs", "arbeidsmarkt": "Arbeidsmarktgericht",
                                  "dagbesteding": "Dagbesteding"}[d["profile"]])
    else:
        sel = PRO_MAP[d.get("u_idx", 0) % 3]
    if v == "unticked":
        return [("checks", [(False, p) for p in profiles]), ("p", "Bestemming / toelichting:")]
    b = body(c, "uitstroombestemming")
    if v in ("empty", "ph", "instr", "ref"):
        return [("checks", [(False, p) for p in profiles])] + b
    return [("checks", [(i == sel, p) for i, p in enumerate(profiles)])] + b


# ------------------------------------------------------------ vaststelling and consent
def vast_kv(c):
    d = c.d; v = var(d, "vaststelling")
    if v == "omit":
        return None
    date = dlong(d["date"]) if v == "ok" else ("" if v in ("empty", "nodate") else ph_text(d, "vaststelling"))
    who = d["director"] + ", directeur" if v in ("ok", "nodate") else ("" if v == "empty" else ph_text(d, "vaststelling"))
    return [("Datum vaststelling", date), ("Vastgesteld door", who)]


def vast_sentence(c):
    kv = vast_kv(c)
    if kv is None:
        return None
    if not kv[0][1] and not kv[1][1]:
        return "Vastgesteld op:            door:"
    if not kv[0][1]:
        return f"Vastgesteld door {kv[1][1]} (datum: ____)."
    return f"Dit ontwikkelingsperspectief is vastgesteld op {kv[0][1]} door {kv[1][1]}."


def parent_names(d):
    s = d["last"]
    return [f"mw. {d['mother']} {s}", f"dhr. {d['father']} {s}"]


def consent(c, with_checks=True, school_row=True):
    """Consent section body; None = missing."""
    d = c.d
    v = d.get("consent", "signed")
    sd = dshort(dadd(d["date"], 6))
    vs = var(d, "vaststelling")
    school_ok = school_row and vs == "ok"
    school = dict(role="Namens de school", name=d["director"], date=dshort(d["date"]) if school_ok else "", signed=school_ok)
    p1, p2 = parent_names(d)
    par = lambda nm, signed=True, date=sd: dict(role="Ouder/verzorger", name=nm, date=date, signed=signed)
    rows_school = [school] if school_row and vs != "omit" else []
    stmt = ("Ouders/verzorgers verklaren dat zij instemmen met het handelingsdeel van dit "
            "ontwikkelingsperspectief (te bieden ondersteuning, begeleiding en afwijkingen van het programma).")
    ch = lambda a, n, g=False: [("checks", [(a, "Akkoord"), (n, "Niet akkoord")] + ([(g, "Voor gezien")] if g or with_checks == "3" else []))] if with_checks else []
    if v == "omit":
        return None
    if v == "avg_only":
        return [("h2", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                ("p", "Ouders geven toestemming voor het gebruik van foto's van hun kind in de nieuwsbrief "
                      "en op de website, en voor het delen van gegevens met de jeugdarts."),
                ("checks", [(True, "Ja, toestemming"), (False, "Nee")]),
                ("sig", [par(p1)])]
    if v == "signed":
        return [("p", stmt)] + ch(True, False) + [("sig", [par(p1), par(p2)] + rows_school)]
    if v == "signed_one":
        return [("p", stmt)] + ch(True, False) + [("sig", [par(p1)] + rows_school)]
    if v == "stated":
        return [("p", f"Ouders hebben in het gesprek van {dlong(dadd(d['date'], -10))} ingestemd met het "
                      f"handelingsdeel. Zij hebben dit op {dlong(dadd(d['date'], 2))} per e-mail bevestigd "
                      "(opgenomen in het dossier).")]
    if v == "voorgezien":
        if with_checks:
            return [("p", stmt)] + ch(False, False, True) + [("sig", [par(p1)] + rows_school)]
        return [("p", stmt), ("sig", [dict(role="Ouder/verzorger (voor gezien)", name=p1, date=sd, signed=True)] + rows_school)]
    if v == "protest":
        return [("p", stmt)] + ch(True, False) + [("sig", [par(p1), par(p2)] + rows_school),
                ("p", "Opmerking ouders: wij tekenen onder protest. Wij vinden dat " + c.fmt["n"] +
                 " meer uren begeleiding nodig heeft dan in het handelingsdeel staat.")]
    if v == "refused":
        return [("p", stmt)] + ch(False, True) + [("sig", [par(p1)] + rows_school),
                ("p", "Toelichting ouders: wij gaan niet akkoord met het aangepaste rooster.")]
    if v == "partial":
        return [("p", stmt)] + ch(True, False) + [
            ("p", "Ouders stemmen in met de doelen en met de begeleiding door de leerkracht, maar NIET met de "
                  "begeleiding door de onderwijsassistent buiten de groep. Hierover volgt een nieuw gesprek."),
            ("sig", [par(p1), par(p2)] + rows_school)]
    if v == "school_only":
        return [("p", stmt)] + ch(False, False) + [("sig", [school if school_ok else dict(role="Namens de school", name=d["director"], date=dshort(d["date"]), signed=True),
                                                         par(p1, signed=False, date=""), par(p2, signed=False, date="")])]
    if v == "blank":
        return [("p", stmt)] + ch(False, False) + [("sig", [par(p1, signed=False, date="")] + rows_school)]
    if v == "unticked":
        return [("p", stmt)] + [("checks", [(False, "Akkoord"), (False, "Niet akkoord")])] + [("sig", [par(p1), par(p2)] + rows_school)]
    if v == "nodate":
        return [("p", stmt)] + ch(True, False) + [("sig", [par(p1, date=""), par(p2, date="")] + rows_school)]
    # adult pupil variants
    n = d["first"] + " " + d["last"]
    pup = lambda signed=True, date=sd, role="Leerling (meerderjarig)": dict(role=role, name=n, date=date, signed=signed)
    stmt_a = (f"{d['first']} is meerderjarig en beslist zelf over het handelingsdeel. Door te tekenen "
              "verklaart de leerling in te stemmen met de te bieden ondersteuning en begeleiding.")
    if v == "pupil_signed":
        return [("p", stmt_a)] + (ch(True, False) if with_checks else []) + [
            ("sig", [pup(), dict(role="Ouder (voor kennisname)", name=p1, date=sd, signed=True)] + rows_school)]
    if v == "pupil_voorgezien":
        return [("p", stmt_a)] + [("checks", [(False, "Akkoord"), (False, "Niet akkoord"), (True, "Voor gezien")])] + [
            ("sig", [pup()] + rows_school)]
    if v == "parents_only_adult":
        return [("p", stmt)] + (ch(True, False) if with_checks else []) + [("sig", [par(p1), par(p2)] + rows_school)]
    if v == "volmacht":
        return [("p", f"{d['first']} is meerderjarig. {c.fmt['Hij']} heeft op {dlong(dadd(d['date'], -30))} schriftelijk "
                      f"verklaard dat {c.fmt['zijn']} ouders namens {c.fmt['hem']} beslissen over het "
                      "ontwikkelingsperspectief (volmacht, in het dossier). Ouders tekenen daarom voor instemming.")] + \
            ch(True, False) + [("sig", [par(p1), par(p2)] + rows_school)]
    if v == "curator":
        return [("p", f"{d['first']} is meerderjarig en staat onder curatele. Curator is {c.fmt['zijn']} moeder, "
                      f"{p1} (beschikking kantonrechter). De curator stemt in namens {d['first']}.")] + \
            ch(True, False) + [("sig", [dict(role="Curator", name=p1, date=sd, signed=True)] + rows_school)]
    if v == "pupil_email":
        return [("p", f"Je hebt op {dlong(dadd(d['date'], 3))} per e-mail aan je mentor laten weten dat je "
                      "instemt met het handelingsdeel van dit plan. Die e-mail zit in je dossier.")]
    raise KeyError(v)


# ------------------------------------------------------------ common parts
def personalia(c, extra=()):
    d = c.d
    grp = {"po": "Groep", "sbo": "Groep", "so": "Groep", "vo": "Klas", "pro": "Leerjaar", "vso": "Leerjaar/klas"}[d["st"]]
    rows = [("Naam leerling", f"{d['first']} {d['last']}"), ("Geboortedatum", dshort(d["birth"])),
            (grp, d["group"]), ("School", d["school"]), ("Schooljaar", d["schoolyear"]),
            ("Mentor/leerkracht", d["mentor"])]
    if d.get("revised"):
        rows.append(("Bijgesteld op", dlong(d["revised"]) + " (na tussenevaluatie)"))
    return rows + list(extra)


def history(c):
    d = c.d
    h = {"po": "{n} zit sinds groep 1 op deze school. In groep 4 is {hij} gedoubleerd. Sinds groep 5 is er extra ondersteuning.",
         "sbo": "{n} is in groep 5 van de basisschool verwezen naar het sbo (toelaatbaarheidsverklaring swv, 2023).",
         "so": "{n} is na de kleuterperiode op een reguliere basisschool geplaatst op het so (TLV categorie laag).",
         "vo": "{n} kwam met een vmbo-tl/havo-advies van de basisschool en volgt nu het derde leerjaar.",
         "pro": "{n} kwam van het sbo en is met een aanwijzing praktijkonderwijs geplaatst.",
         "vso": "{n} zit sinds {zijn} twaalfde op het vso; daarvoor so van hetzelfde expertisecentrum."}[d["st"]]
    if d.get("transfer"):
        a, b = d["transfer"]
        h += f" Dit document hoort bij de overstap van {a} naar {b}."
    return c.f(h)


def sec(c, e, heading, lvl="h1"):
    b = body(c, e)
    if b is None:
        return []
    return [(lvl, heading)] + b


def vast_blocks(c, heading="Vaststelling", lvl="h1"):
    kv = vast_kv(c)
    if kv is None:
        return []
    return [(lvl, heading), ("kv", kv)]


def cons_blocks(c, heading, lvl="h1", **kw):
    b = consent(c, **kw)
    if b is None:
        return []
    if c.d.get("consent") == "avg_only":
        return b
    return [(lvl, heading)] + b


# ------------------------------------------------------------ layouts
H = {
    "uitstroombestemming": "Verwachte uitstroombestemming",
    "onderbouwing": "Onderbouwing van de uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen voor de komende periode",
    "adviezen_professionals": "Adviezen van externe deskundigen",
    "oogo": "Op overeenstemming gericht overleg met ouders",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "informatie_rechten": "Informatie over uw rechten",
}


def L_numbered(c):
    d = c.d
    out = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
           ("sub", f"{d['swv']} — format OPP versie 2024"),
           ("h1", "1. Gegevens leerling"), ("kv", personalia(c)),
           ("h1", "2. Schoolloopbaan"), ("p", history(c))]
    n = 3
    for e in ["uitstroombestemming", "onderbouwing"]:
        s = sec(c, e, f"{n}. {H[e]}")
        if s:
            out += s; n += 1
    bel = sec(c, "belemmerende_factoren", H["belemmerende_factoren"], "h2")
    bev = sec(c, "bevorderende_factoren", H["bevorderende_factoren"], "h2")
    if bel or bev:
        out += [("h1", f"{n}. Belemmerende en bevorderende factoren")] + bel + bev; n += 1
    for e in ["ondersteuningsbehoefte", "adviezen_professionals"]:
        s = sec(c, e, f"{n}. {H[e]}")
        if s:
            out += s; n += 1
    out += [("h1", f"{n}. Handelingsdeel")]; n += 1
    for e in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]:
        out += sec(c, e, H[e], "h2")
    for e in ["oogo", "inbreng_leerling", "informatie_rechten"]:
        s = sec(c, e, f"{n}. {H[e]}")
        if s:
            out += s; n += 1
    out += vast_blocks(c, f"{n}. Vaststelling")
    out += cons_blocks(c, f"{n + 1}. Ondertekening en instemming")
    return out


def L_twocol(c):
    d = c.d
    out = [("title", f"OPP — {d['first']} {d['last']}"), ("sub", d["school"] + " | " + d["swv"]),
           ("kv", personalia(c))]
    rows = []
    lab = dict(H)
    lab["oogo"] = "Besproken met ouders (OOGO)"
    for e in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
              "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
              "adviezen_professionals", "oogo", "inbreng_leerling", "evaluatie", "informatie_rechten"]:
        b = body(c, e)
        if b is None:
            continue
        rows.append((lab[e], flat(b)))
    out += [("h1", "Ontwikkelingsperspectief en handelingsdeel"), ("kv", rows)]
    v = vast_kv(c)
    if v:
        out += [("kv", v)]
    out += cons_blocks(c, "Instemming handelingsdeel")
    return out


DOMAINS = ["Leren en werkhouding", "Sociaal-emotioneel en gedrag", "Thuissituatie en vrije tijd"]


def L_domain(c):
    d = c.d
    out = [("title", "Ontwikkelingsperspectief"), ("sub", f"{d['school']} — schooljaar {d['schoolyear']}"),
           ("h1", "Leerlinggegevens"), ("kv", personalia(c)), ("h1", "Onderwijshistorie"), ("p", history(c))]
    out += sec(c, "uitstroombestemming", "Uitstroombestemming")
    out += sec(c, "onderbouwing", "Onderbouwing")
    cols = [("Domein", None)]
    cells = {}
    for e, hd, src in [("belemmerende_factoren", "Belemmerend", BELEMMEREND), ("bevorderende_factoren", "Bevorderend", BEVORDEREND),
                       ("ondersteuningsbehoefte", "Onderwijsbehoefte", BEHOEFTE)]:
        v = var(d, e)
        if v == "omit":
            continue
        cols.append((hd, e))
        if v == "ok":
            cells[e] = [c.f(x) for x in src[c.grp]]
        elif v == "empty":
            cells[e] = ["", "", ""]
        elif v == "instr":
            cells[e] = [INSTR[e], "", ""]
        else:
            p = ph_text(d, e); cells[e] = [p, p, p]
    rows = [[dom] + [cells[e][i] for _, e in cols[1:]] for i, dom in enumerate(DOMAINS)]
    out += [("h1", "Belemmerende en bevorderende factoren per domein"), ("table", [h for h, _ in cols], rows)]
    out += [("h1", "Handelingsdeel")]
    for e in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]:
        out += sec(c, e, H[e], "h2")
    out += sec(c, "adviezen_professionals", "Adviezen deskundigen")
    out += sec(c, "oogo", "Gesprek met ouders")
    out += sec(c, "inbreng_leerling", "Wat vindt de leerling zelf?")
    out += sec(c, "informatie_rechten", "Rechten van ouders")
    out += vast_blocks(c)
    out += cons_blocks(c, "Akkoord handelingsdeel")
    return out


def L_groei(c):
    d = c.d
    out = [("title", "Groeidocument"), ("sub", f"{d['swv']} — {d['school']}"),
           ("h1", "1 Gegevens leerling en school"), ("kv", personalia(c)),
           ("h1", "2 Hulpvraag en schoolloopbaan"),
           ("p", history(c) + c.f(" De hulpvraag van school: hoe kunnen we {n} zo begeleiden dat {hij} zich "
                                  "blijft ontwikkelen en de verwachte uitstroom haalt?")),
           ("h1", "3 Beeld van de leerling")]
    out += sec(c, "bevorderende_factoren", "3.1 Stimulerende factoren", "h2")
    out += sec(c, "belemmerende_factoren", "3.2 Belemmerende factoren", "h2")
    out += sec(c, "ondersteuningsbehoefte", "3.3 Onderwijsbehoeften", "h2")
    out += [("h1", "4 Ontwikkelingsperspectief")]
    out += sec(c, "uitstroombestemming", "4.1 Te verwachten uitstroombestemming", "h2")
    out += sec(c, "onderbouwing", "4.2 Onderbouwing", "h2")
    out += sec(c, "afwijkingen_onderwijsprogramma", "4.3 Afwijkingen van het onderwijsprogramma", "h2")
    out += [("h1", "5 Handelingsdeel")]
    out += sec(c, "doelen", "5.1 Doelen", "h2")
    out += sec(c, "ondersteuning", "5.2 Ondersteuning en begeleiding", "h2")
    out += sec(c, "evaluatie", "5.3 Evaluatie", "h2")
    out += [("h1", "6 Betrokkenen")]
    out += sec(c, "adviezen_professionals", "6.1 Adviezen en inzet externe deskundigen", "h2")
    out += sec(c, "oogo", "6.2 Gesprek met ouders", "h2")
    out += sec(c, "inbreng_leerling", "6.3 Gesprek met de leerling", "h2")
    out += [("h1", "7 Ondertekening")]
    out += vast_blocks(c, "7.1 Vaststelling", "h2")
    out += cons_blocks(c, "7.2 Instemming ouders", "h2")
    out += sec(c, "informatie_rechten", "7.3 Niet eens?", "h2")
    return out


def L_beknopt(c):
    d = c.d
    out = [("title", "Beknopt OPP"), ("sub", d["school"]), ("kv", personalia(c)[:5])]
    A, B = [], []
    lab = {"uitstroombestemming": "Uitstroom", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerend",
           "bevorderende_factoren": "Bevorderend", "ondersteuningsbehoefte": "Onderwijsbehoeften",
           "adviezen_professionals": "Adviezen", "doelen": "Doelen", "ondersteuning": "Aanpak (wie/wat/hoe vaak)",
           "afwijkingen_onderwijsprogramma": "Afwijkingen programma", "evaluatie": "Evaluatie",
           "oogo": "Gesprek ouders", "inbreng_leerling": "Stem van de leerling", "informatie_rechten": "Rechten"}
    for e in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
              "ondersteuningsbehoefte", "adviezen_professionals"]:
        b = body(c, e)
        if b is not None:
            A.append((lab[e], flat(b)))
    for e in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie", "oogo", "inbreng_leerling",
              "informatie_rechten"]:
        b = body(c, e)
        if b is not None:
            B.append((lab[e], flat(b)))
    v = vast_kv(c)
    out += [("h1", "Deel A — Perspectief"), ("kv", A), ("h1", "Deel B — Handelingsdeel"), ("kv", B + (v or []))]
    out += cons_blocks(c, "Handtekeningen")
    return out


def L_vragen(c):
    d = c.d
    n = d["first"]
    Q = {"uitstroombestemming": f"Waar gaat {n} na deze school waarschijnlijk naartoe?",
         "onderbouwing": "Waarom verwachten we dat?",
         "bevorderende_factoren": f"Wat gaat goed en helpt {n}?",
         "belemmerende_factoren": f"Wat maakt leren moeilijk voor {n}?",
         "ondersteuningsbehoefte": f"Wat heeft {n} nodig?",
         "doelen": "Waar werken we de komende periode aan?",
         "ondersteuning": f"Welke hulp krijgt {n}, van wie en hoe vaak?",
         "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af van dat van de groep?",
         "adviezen_professionals": "Wat adviseren deskundigen, en wat doet school daarmee?",
         "oogo": "Hoe is dit plan met u besproken?",
         "inbreng_leerling": f"Wat vindt {n} zelf?",
         "evaluatie": "Wanneer kijken we samen of het plan werkt?",
         "informatie_rechten": "Wat kunt u doen als u het niet eens bent?"}
    out = [("title", f"Het plan van {n}"), ("sub", f"Ontwikkelingsperspectief — {d['school']}"), ("kv", personalia(c))]
    for e in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
              "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
              "adviezen_professionals", "oogo", "inbreng_leerling", "evaluatie", "informatie_rechten"]:
        out += sec(c, e, Q[e])
    s = vast_sentence(c)
    if s:
        out += [("h1", "Wie heeft dit plan vastgesteld en wanneer?"), ("p", s)]
    out += cons_blocks(c, "Gaat u akkoord met het handelingsdeel?")
    return out


def L_brief(c):
    d = c.d
    n = d["first"]
    adult = d.get("adult")
    out = [("p", d["school"]), ("p", f"{d['place']}, {dlong(dadd(d['date'], 1))}"),
           ("p", f"Betreft: {'jouw' if adult else 'het'} ontwikkelingsperspectief{'' if adult else ' van ' + n}"),
           ("p", f"Beste {n}," if adult else f"Geachte ouders/verzorgers van {n},"),
           ("p", ("Na ons gesprek sturen we je hierbij je ontwikkelingsperspectiefplan (OPP). Hieronder staat wat we "
                  "verwachten en hoe we je helpen.") if adult else
                 ("Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van uw kind. In deze brief leest u wat "
                  "wij verwachten, waarom, en welke ondersteuning wij bieden."))]
    lead = {"uitstroombestemming": "Wat verwachten wij na deze school?", "onderbouwing": "Waarom?",
            "belemmerende_factoren": "Wat is lastig?", "bevorderende_factoren": "Wat helpt?",
            "ondersteuningsbehoefte": "Wat is er nodig?", "ondersteuning": "Welke ondersteuning bieden wij?",
            "afwijkingen_onderwijsprogramma": "Afwijkingen van het programma", "doelen": "Doelen",
            "adviezen_professionals": "Adviezen van deskundigen", "oogo": "Ons gesprek",
            "inbreng_leerling": "Jouw mening" if adult else f"Wat {n} zelf zei", "evaluatie": "Evaluatie",
            "informatie_rechten": "Niet eens?"}
    for e in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
              "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
              "adviezen_professionals", "oogo", "inbreng_leerling", "evaluatie", "informatie_rechten"]:
        out += sec(c, e, lead[e], "h2")
    s = vast_sentence(c)
    if s:
        out += [("p", s)]
    cb = consent(c, with_checks=False, school_row=False)
    if cb:
        out += ([("h2", "Instemming")] if d.get("consent") != "avg_only" else []) + cb
    out += [("p", "Met vriendelijke groet,"), ("p", f"{d['director']}, directeur"), ("p", d["mentor"] + ", mentor")]
    return out


def L_export(c):
    d = c.d
    out = [("p", f"{d['system']} | Rapport: OPP-02 Ontwikkelingsperspectief | {d['school']}"),
           ("title", "Ontwikkelingsperspectief"), ("kv", personalia(c, [("Leerlingnummer", str(100000 + d['seed'] * 7919 % 90000))]))]
    fields = [("Perspectief", ["uitstroombestemming", "onderbouwing"]),
              ("Factoren", ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"]),
              ("Handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]),
              ("Betrokkenen", ["adviezen_professionals", "oogo", "inbreng_leerling"]),
              ("Overig", ["informatie_rechten"])]
    lab = {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing uitstroom",
           "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
           "ondersteuningsbehoefte": "Onderwijsbehoeften", "doelen": "Doelen", "ondersteuning": "Ondersteuning/aanpak",
           "afwijkingen_onderwijsprogramma": "Afwijking programma", "evaluatie": "Evaluatiemomenten",
           "adviezen_professionals": "Externe adviezen", "oogo": "OOGO ouders", "inbreng_leerling": "Inbreng leerling",
           "informatie_rechten": "Informatie rechten"}
    for sect, es in fields:
        rows = []
        for e in es:
            v = var(d, e)
            b = body(c, e)
            if b is None:
                continue
            val = flat(b)
            if v == "ph":
                val = "[geen gegevens]"
            rows.append((lab[e], val))
        if rows:
            out += [("h1", sect), ("kv", rows)]
    v = vast_kv(c)
    if v:
        out += [("h1", "Vaststelling"), ("kv", v)]
    out += cons_blocks(c, "Ondertekening")
    return out


def L_vso(c):
    d = c.d
    extra = [("Leeftijd", f"{d['age']} jaar"),
             ("Meerderjarig", "ja" if d["age"] >= 18 else "nee"),
             ("Wettelijk vertegenwoordiger", "moeder (curator)" if d.get("curatele") else ("n.v.t." if d.get("adult") else "ouders")),
             ("Cluster / TLV", d.get("tlv", "cluster 3, TLV categorie midden"))]
    out = [("title", "Ontwikkelingsperspectiefplan VSO"), ("sub", d["school"] + " — expertisecentrum"),
           ("h1", "1. Personalia"), ("kv", personalia(c, extra)), ("h1", "2. Schoolloopbaan"), ("p", history(c))]
    u = uit_checks(c, PROFILES_VSO)
    if u is not None:
        out += [("h1", "3. Uitstroomprofiel en uitstroombestemming")] + u
    out += sec(c, "onderbouwing", "4. Onderbouwing uitstroomprofiel")
    bel = body(c, "belemmerende_factoren"); bev = body(c, "bevorderende_factoren")
    out += [("h1", "5. Belemmerende en bevorderende factoren")]
    if bel is not None:
        out += [("h2", "Belemmerend")] + bel
    if bev is not None:
        out += [("h2", "Bevorderend")] + bev
    out += sec(c, "ondersteuningsbehoefte", "6. Onderwijs- en ondersteuningsbehoeften")
    out += sec(c, "afwijkingen_onderwijsprogramma", "7. Leerroute en afwijkingen van het programma")
    out += sec(c, "adviezen_professionals", "8. Advies commissie voor de begeleiding en deskundigen")
    out += [("h1", "9. Transitie: stage en arbeidstoeleiding"),
            ("table", ["Periode", "Stage", "Uren/week", "Beoordeling"],
             [["2024-2025", "interne stage schoolkantine", "4", "voldoende"],
              ["2025-2026", "externe stage (zie doelen)", "8", "loopt"]])]
    out += [("h1", "10. Handelingsdeel")]
    out += sec(c, "doelen", "Doelen", "h2")
    out += sec(c, "ondersteuning", "Ondersteuning en begeleiding", "h2")
    out += sec(c, "evaluatie", "Evaluatie", "h2")
    out += [("h1", "11. Betrokkenheid leerling en ouders")]
    out += sec(c, "inbreng_leerling", "Wat wil de leerling zelf?", "h2")
    out += sec(c, "oogo", "Overleg met ouders/leerling", "h2")
    out += [("h1", "12. Vaststelling en ondertekening")]
    v = vast_kv(c)
    if v:
        out += [("kv", v)]
    cb = consent(c, with_checks=True)
    if cb:
        out += ([("h2", "Instemming handelingsdeel")] if d.get("consent") != "avg_only" else []) + cb
    out += sec(c, "informatie_rechten", "Bent u of ben je het niet eens?", "h2")
    return out


def L_pro(c):
    d = c.d
    out = [("title", "OPP en IOP"), ("sub", d["school"] + " — praktijkonderwijs"),
           ("kv", personalia(c)), ("h1", "Deel 1 — Ontwikkelingsperspectief")]
    u = uit_checks(c, PROFILES_PRO)
    if u is not None:
        out += [("h2", "Uitstroomprofiel")] + u
    out += sec(c, "onderbouwing", "Onderbouwing", "h2")
    out += sec(c, "bevorderende_factoren", "Sterke kanten / bevorderende factoren", "h2")
    out += sec(c, "belemmerende_factoren", "Belemmerende factoren", "h2")
    out += sec(c, "ondersteuningsbehoefte", "Wat heeft de leerling nodig?", "h2")
    out += sec(c, "afwijkingen_onderwijsprogramma", "Afwijkingen programma", "h2")
    out += [("h1", "Deel 2 — IOP: stage en arbeidstoeleiding"),
            ("table", ["Leerjaar", "Stage", "Plaats", "Resultaat"],
             [["1", "interne stage (kantine, conciërge)", "school", "behaald"],
              ["2", "snuffelstage", "tuincentrum Het Groene Erf", "behaald"],
              ["3", "externe stage 2 dagen", "zie doelen", "loopt"]])]
    out += sec(c, "doelen", "IOP-doelen deze periode", "h2")
    out += sec(c, "ondersteuning", "Begeleiding", "h2")
    out += sec(c, "inbreng_leerling", "Loopbaangesprek: wat wil de leerling?", "h2")
    out += sec(c, "evaluatie", "Evaluatie", "h2")
    out += [("h1", "Deel 3 — Afspraken")]
    out += sec(c, "adviezen_professionals", "Adviezen deskundigen", "h2")
    out += sec(c, "oogo", "Gesprek met ouders", "h2")
    out += sec(c, "informatie_rechten", "Rechten", "h2")
    v = vast_kv(c)
    if v:
        out += [("h2", "Vaststelling"), ("kv", v)]
    out += cons_blocks(c, "Ondertekening", "h2")
    return out


def L_overdracht(c):
    d = c.d
    a, b = d["transfer"]
    out = [("title", f"Overdracht en OPP bij overstap {a} → {b}"),
           ("sub", f"Van: {d['school']}   Naar: {d['to_school']}"),
           ("h1", "A. Gegevens"), ("kv", personalia(c)),
           ("h1", "B. Reden van de overstap"),
           ("p", c.f(d.get("reason", "De huidige setting past niet meer bij de ondersteuningsbehoefte van {n}.")))]
    out += [("h1", "C. Ontwikkelingsperspectief")]
    for e in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
              "ondersteuningsbehoefte", "afwijkingen_onderwijsprogramma"]:
        out += sec(c, e, H[e], "h2")
    out += [("h1", "D. Handelingsdeel (eerste periode op de nieuwe school)")]
    for e in ["doelen", "ondersteuning", "evaluatie"]:
        out += sec(c, e, H[e], "h2")
    out += [("h1", "E. Betrokkenen")]
    for e in ["adviezen_professionals", "oogo", "inbreng_leerling"]:
        out += sec(c, e, H[e], "h2")
    out += [("h1", "F. Warme overdracht"),
            ("p", c.f(f"Overdrachtsgesprek tussen beide scholen en ouders gepland; {d['mentor']} is contactpersoon."))]
    out += sec(c, "informatie_rechten", "G. Rechten", "h1")
    out += vast_blocks(c, "H. Vaststelling")
    out += cons_blocks(c, "I. Instemming")
    return out


LAYOUTS = {"swv-genummerd": L_numbered, "tweekolom": L_twocol, "domeintabel": L_domain,
           "groeidocument": L_groei, "beknopt": L_beknopt, "vraagkoppen": L_vragen, "brief": L_brief,
           "systeemexport": L_export, "vso-uitstroomprofiel": L_vso, "pro-iop": L_pro, "overdracht": L_overdracht}
