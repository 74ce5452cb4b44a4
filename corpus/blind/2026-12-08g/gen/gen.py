# -*- coding: utf-8 -*-
"""Deterministic generator for blind validation round 59 (2026-12-08g).

Usage: python gen.py  (writes ../docs/*, ../labels.json; intermediates in /work/blind60/build)
No clock, no network: every random choice is seeded by the document id.
"""
import os, sys, re, json, random, zlib, datetime as dt, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import CASES
import render as R
import specs

OUT = os.path.abspath(os.path.join(HERE, ".."))
DOCS = os.path.join(OUT, "docs")
BUILD = os.environ.get("BLIND_BUILD", "/work/blind60/build")

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
BASE = dt.date(2025, 10, 10)        # the case texts are written for a plan set around this date
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

BOYS = ["Daan", "Sem", "Finn", "Luuk", "Milan", "Bram", "Thijs", "Jesse", "Ayoub", "Ruben", "Stijn", "Mees",
        "Julian", "Kai", "Owen", "Tijn", "Jurre", "Hidde", "Yusuf", "Wessel"]
GIRLS = ["Noor", "Lotte", "Fleur", "Yara", "Sanne", "Mila", "Isa", "Jasmijn", "Lieke", "Nora", "Fenna", "Amira",
         "Roos", "Evi", "Sofie", "Maud", "Liva", "Ilse", "Merel", "Zara"]
SURN = ["Kamsteeg", "Oudendijk", "Verhoeff", "Brinkhorst", "Terlouw", "Hazelaar", "Wildeboer", "Ruisbroek",
        "Dalhuisen", "Vennekes", "Ploegmakers", "Zandbergen", "Hofsteede", "Kroeskamp", "Meulendijks", "Tolhoek",
        "Appelhof", "Rietveldt", "Bosscher", "Lindhout", "van Essenburg", "Nijkerker", "Schaapveld", "Koornstra",
        "el Idrissi", "Wagenvoort", "ter Haaf", "Donkersloot", "Bakelaar", "Smeelink"]
STAFF = ["mevr. A. Smeenk", "dhr. R. Veltkamp", "mevr. C. Haring", "dhr. T. Bolwerk", "mevr. M. Ouwerkerk",
         "dhr. J. Stoutjesdijk", "mevr. S. Lamme", "mevr. E. Kortlever", "dhr. B. Hanegraaf", "mevr. I. Wouterse",
         "dhr. K. Roozemond", "mevr. F. Achterberg", "mevr. D. Klomp", "dhr. H. Poelstra", "mevr. W. Tiemens"]
PLACES = ["Brederdam", "Lindewijk", "Molenbroek", "Kraaiendijk", "Heggenwoude", "Rietmaar", "Ossendam",
          "Westerkoog", "Heidelo", "Zandhove", "Paddenweerd", "Elsterhout", "Vlietmonde", "Haverveen"]
SCHOOLS = {
    "po": ["OBS De Kwikstaart", "CBS Het Lichtschip", "Basisschool De Zeven Linden", "IKC De Wervelwind",
           "RK Basisschool Sint-Odulf", "Daltonschool De Parelvisser", "OBS Het Kompasje", "CBS De Regenboogtoren"],
    "sbo": ["SBO De Brug-Oost", "SBO Het Palet aan de Vaart", "SBO De Klimmende Leeuw"],
    "so": ["SO De Windroos", "SO Het Ankerpunt", "SO De Klankkast", "Mytylschool De Klaproos"],
    "vo": ["Het Rietland College", "Scholengemeenschap De Waterlinie", "Lyceum Ter Heide", "Vmbo Het Veerhuis",
           "Christelijk College Zandhove"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Het Ambacht", "Praktijkcollege Molenbroek"],
    "vso": ["VSO De Horizonpoort", "VSO Het Baken", "Vso De Schakelschool"],
}
KLAS = {("po", 0): "groep 6", ("po", 1): "groep 7", ("po", 2): "groep 6", ("po", 3): "groep 8",
        ("sbo", 0): "leerjaar 7", ("sbo", 1): "leerjaar 8", ("sbo", 2): "leerjaar 7",
        ("so", 0): "bovenbouw (groep 7)", ("so", 1): "middenbouw", ("so", 2): "groep 8",
        ("vo", 0): "vmbo-tl 2", ("vo", 1): "havo 3", ("vo", 2): "vmbo-k 2", ("vo", 3): "vwo 4",
        ("pro", 0): "leerjaar 3", ("pro", 1): "leerjaar 4", ("pro", 2): "leerjaar 4",
        ("vso", 0): "arbeidstoeleiding, jaar 2", ("vso", 1): "ZML bovenbouw", ("vso", 2): "klas 3 vmbo-tl",
        ("vso", 3): "uitstroomklas"}
AGES = {"po": (9, 12), "sbo": (10, 12), "so": (9, 12), "vo": (13, 16), "pro": (14, 17), "vso": (14, 17)}

# ----------------------------------------------------------------------------- dates

def fd(d, style="num"):
    if style == "num":
        return d.strftime("%d-%m-%Y")
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def shift_text(s, months):
    """Shift dates in the case texts so they fit the plan date of this document."""
    if months == 0:
        return s
    years = int(round(months / 12.0))
    mre = "|".join(MONTHS)

    def rep_full(m):
        day, mon, yr = m.group(1), m.group(2), int(m.group(3))
        y2, m2 = add_months(yr, MONTHS.index(mon) + 1, months)
        d = ""
        if day:
            d = "%d " % min(int(day.strip()), 28)
        return "%s%s \x00%d" % (d, MONTHS[m2 - 1], y2)
    s = re.sub(r"(\d{1,2} )?(%s) (20\d\d)" % mre, rep_full, s)
    s = re.sub(r"(?<![\x00\d])(20\d\d)", lambda m: str(int(m.group(1)) + years), s)
    return s.replace("\x00", "")

# ----------------------------------------------------------------------------- context

def make_ctx(spec):
    rnd = random.Random(zlib.crc32(spec["id"].encode()))
    st = spec["type"]
    ci = spec.get("case", rnd.randrange(len(CASES[st])))
    case = CASES[st][ci]
    girl = spec.get("girl", rnd.random() < 0.45)
    N = rnd.choice(GIRLS if girl else BOYS)
    sur = rnd.choice(SURN)
    D = spec["date"]
    Dc = spec.get("revised") or D
    delta = int(round((Dc - BASE).days / 30.44))
    staff = rnd.sample(STAFF, 6)
    place = rnd.choice(PLACES)
    lo, hi = AGES[st]
    age = spec.get("age", rnd.randint(lo, hi))
    bd = dt.date(Dc.year - age, rnd.randint(1, 12), rnd.randint(1, 28))
    if bd > dt.date(Dc.year - age, Dc.month, min(Dc.day, 28)):
        bd = dt.date(bd.year - 1, bd.month, bd.day)
    parent_sur = sur
    p1 = rnd.choice(["mevr. ", "dhr. "]) + rnd.choice("ABCDEGHJKLMNPRSTW") + ". " + parent_sur
    p2 = None if rnd.random() < 0.35 else ("dhr. " if p1.startswith("mevr") else "mevr. ") + rnd.choice("ABCDEGHJKLMNPRSTW") + ". " + rnd.choice([parent_sur, rnd.choice(SURN)])
    tok = {"N": N, "hij": "zij" if girl else "hij", "Hij": "Zij" if girl else "Hij", "zijn": "haar" if girl else "zijn",
           "Zijn": "Haar" if girl else "Zijn", "hem": "haar" if girl else "hem"}

    def T(s):
        return shift_text(s.format(**tok), delta)

    def TL(lst):
        return [T(x) for x in lst]
    c = {
        "uitstroom": T(case["uitstroom"]), "onderbouwing": TL(case["onderbouwing"]),
        "belem": [(a, T(b)) for a, b in case["belem"]], "bevord": [(a, T(b)) for a, b in case["bevord"]],
        "behoefte": TL(case["behoefte"]), "ondersteuning": [tuple(T(x) for x in r) for r in case["ondersteuning"]],
        "afwijkingen": T(case["afwijkingen"]), "doelen": TL(case["doelen"]), "adviezen": TL(case["adviezen"]),
        "view": T(case["view"]), "effect": T(case["effect"]), "profile": case.get("profile"),
    }
    school = spec.get("school") or rnd.choice(SCHOOLS[st])
    swvtype = "PO" if st in ("po", "sbo", "so") else "VO"
    ctx = dict(spec=spec, rnd=rnd, type=st, case_index=ci, c=c, N=N, sur=sur, full=N + " " + sur, girl=girl, tok=tok,
               D=D, Dc=Dc, delta=delta, place=place, school=school + (" " + place if rnd.random() < 0.4 else ""),
               swv="Samenwerkingsverband Passend Onderwijs %s e.o. (%s 99-%02d)" % (place, swvtype, rnd.randint(10, 60)),
               steunpunt="Ouder- en Jeugdsteunpunt %s" % place,
               dir=staff[0], ib=staff[1], mentor=staff[2], ob=staff[3], p1=p1, p2=p2, bd=bd, age=age,
               klas=KLAS[(st, ci)], adult=spec.get("adult", False), curatele=spec.get("curatele", False),
               curator="mr. %s. %s" % (rnd.choice("GHJKLM"), rnd.choice(SURN)),
               post=Dc >= CUTOFF, schoolyear="%d-%d" % ((Dc.year, Dc.year + 1) if Dc.month >= 8 else (Dc.year - 1, Dc.year)),
               oogo_d=Dc - dt.timedelta(days=rnd.randint(5, 12)), cons_d=Dc - dt.timedelta(days=rnd.randint(0, 4)),
               e1=Dc + dt.timedelta(days=rnd.randint(105, 130)), e2=Dc + dt.timedelta(days=rnd.randint(230, 260)))
    ctx["v"] = dict(spec.get("v", {}))
    if ctx["v"].get("uitstroombestemming", "full") not in ("full", "absent"):
        # the destination is not filled in: keep only the test data, drop the concluding sentence naming it
        c["onderbouwing"] = c["onderbouwing"][:-1]
    if not ctx["post"] and "inbreng_leerling" not in ctx["v"]:
        ctx["v"]["inbreng_leerling"] = "absent"      # older templates had no hoorrecht section
    return ctx

# ----------------------------------------------------------------------------- element texts

INSTR = {
    "uitstroombestemming": "Geef de te verwachten uitstroombestemming aan (vo-schooltype/leerweg; in het vso het uitstroomprofiel).",
    "onderbouwing": "Onderbouw de uitstroombestemming: toetsgegevens, intelligentie, leerrendement, schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf de belemmerende factoren bij de leerling, in het onderwijs en in de thuissituatie.",
    "bevorderende_factoren": "Beschrijf de bevorderende (beschermende) factoren: wat gaat goed, wat zijn de sterke kanten?",
    "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften: 'deze leerling heeft ... nodig'.",
    "ondersteuning": "Beschrijf de te bieden ondersteuning en begeleiding: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Beschrijf afwijkingen van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster) of vermeld 'geen'.",
    "doelen": "Formuleer concrete (SMART) doelen voor de komende periode.",
    "adviezen_professionals": "Vermeld de adviezen van deskundigen en wat de school ermee doet.",
    "oogo": "Noteer wanneer en met wie het OPP met ouders is besproken (op overeenstemming gericht overleg).",
    "inbreng_leerling": "Beschrijf wat de leerling zelf vindt en wat daarmee in het plan is gedaan (hoorrecht).",
    "evaluatie": "Geef aan wanneer en hoe het OPP met ouders en leerling wordt geëvalueerd (minimaal 1 x per jaar).",
    "informatie_rechten": "Informeer ouders over hun instemmingsrecht en over de mogelijkheden bij onenigheid.",
    "vaststelling": "Datum van vaststelling en naam/functie van degene die namens het bevoegd gezag vaststelt.",
}
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "xxx"]


def oogo_full(ctx):
    if ctx["adult"] and not ctx["curatele"]:
        return ("Het ontwikkelingsperspectief is op %s besproken met %s zelf (meerderjarig), de mentor (%s) en de "
                "zorgcoördinator (%s). Op verzoek van %s was moeder ook aanwezig. %s kan zich vinden in het uitstroomprofiel."
                % (fd(ctx["oogo_d"], "long"), ctx["N"], ctx["mentor"], ctx["ib"], ctx["N"], ctx["N"]))
    if ctx["curatele"]:
        return ("Het ontwikkelingsperspectief is op %s besproken met %s, de curator (%s), moeder, de mentor (%s) en de "
                "zorgcoördinator (%s). De curator en moeder herkennen het beeld en kunnen zich vinden in het uitstroomprofiel; "
                "%s was bij het eerste deel van het gesprek aanwezig." % (fd(ctx["oogo_d"], "long"), ctx["N"], ctx["curator"], ctx["mentor"], ctx["ib"], ctx["N"]))
    who = "de curator (%s), moeder" % ctx["curator"] if ctx["curatele"] else ("ouders (%s en %s)" % (ctx["p1"], ctx["p2"]) if ctx["p2"] else "%s (ouder)" % ctx["p1"])
    return ("Het ontwikkelingsperspectief is op %s besproken met %s, %s (%s) en %s (%s). "
            "De ouders herkennen het beeld en kunnen zich vinden in de verwachte uitstroombestemming; "
            "hun wens om de ondersteuning zoveel mogelijk in de groep te laten plaatsvinden is meegenomen."
            % (fd(ctx["oogo_d"], "long"), who, "de leerkracht" if ctx["type"] in ("po", "sbo", "so") else "de mentor",
               ctx["mentor"], "de intern begeleider" if ctx["type"] in ("po", "sbo", "so") else "de zorgcoördinator", ctx["ib"]))


def eval_full(ctx):
    if ctx["adult"] and not ctx["curatele"]:
        return ("Tussenevaluatie op %s: de mentor bespreekt met %s per doel of het behaald is. De jaarlijkse evaluatie en bijstelling "
                "van het OPP vindt plaats op %s, met %s (op %s verzoek met moeder), %s en %s."
                % (fd(ctx["e1"], "long"), ctx["N"], fd(ctx["e2"], "long"), ctx["N"], ctx["tok"]["zijn"], ctx["mentor"], ctx["ib"]))
    if ctx["curatele"]:
        return ("Tussenevaluatie op %s met %s, de curator en moeder. De jaarlijkse evaluatie en bijstelling van het OPP vindt plaats op %s, "
                "met %s, de curator, moeder, %s en %s." % (fd(ctx["e1"], "long"), ctx["N"], fd(ctx["e2"], "long"), ctx["N"], ctx["mentor"], ctx["ib"]))
    with_pupil = " en %s" % ctx["N"] if ctx["post"] else ""
    return ("Tussenevaluatie op %s: de %s bespreekt met ouders%s per doel of het behaald is. "
            "De jaarlijkse evaluatie en bijstelling van het OPP vindt plaats op %s, met ouders%s, %s en %s."
            % (fd(ctx["e1"], "long"), "leerkracht" if ctx["type"] in ("po", "sbo", "so") else "mentor", with_pupil,
               fd(ctx["e2"], "long"), with_pupil, ctx["mentor"], ctx["ib"]))


def rechten_full(ctx):
    if ctx["adult"] and not ctx["curatele"]:
        return ("Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel van dit OPP. Ben je het niet eens met (een deel van) het OPP, "
                "bespreek dit dan eerst met je mentor of de directie. Je kunt ook terecht bij het %s of bij een onderwijsconsulent (www.onderwijsconsulenten.nl). "
                "Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)." % ctx["steunpunt"])
    if ctx["curatele"]:
        return ("Omdat %s onder curatele staat, beslist de curator als wettelijk vertegenwoordiger over instemming met het handelingsdeel. "
                "Bij onenigheid: eerst in gesprek met de school; daarna het %s, een onderwijsconsulent (www.onderwijsconsulenten.nl) of, binnen zes weken "
                "na de vaststelling, de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)." % (ctx["N"], ctx["steunpunt"]))
    sp = (" Ook kunt u terecht bij het %s (onafhankelijk en gratis)." % ctx["steunpunt"]) if ctx["post"] else ""
    return ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit OPP: zonder uw instemming voert de school "
            "het handelingsdeel niet uit. Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de school." + sp +
            " Een onderwijsconsulent kan gratis bemiddelen (www.onderwijsconsulenten.nl). U kunt binnen zes weken na de vaststelling "
            "een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")


def vast_full(ctx):
    return "Vastgesteld op %s door %s, directeur, namens het bevoegd gezag." % (fd(ctx["D"], "long"), ctx["dir"])


def var(ctx, el):
    return ctx["v"].get(el, "full")


def el_text(ctx, el, sep="\n"):
    """Text for an element in a single cell/paragraph. None = leave out."""
    v = var(ctx, el)
    c = ctx["c"]
    if v == "absent":
        return None
    if v == "empty":
        return ""
    if v.startswith("ph"):
        return v.split(":", 1)[1] if ":" in v else "n.t.b."
    if v == "instr":
        return "[" + INSTR[el] + "]"
    if v == "cc":
        return "Klik of tik om tekst in te voeren."
    full = {
        "uitstroombestemming": c["uitstroom"],
        "onderbouwing": sep.join(c["onderbouwing"]),
        "belemmerende_factoren": sep.join("%s: %s" % x for x in c["belem"]),
        "bevorderende_factoren": sep.join("%s: %s" % x for x in c["bevord"]),
        "ondersteuningsbehoefte": sep.join(c["behoefte"]),
        "ondersteuning": sep.join("%s – %s – %s – %s" % r for r in c["ondersteuning"]),
        "afwijkingen_onderwijsprogramma": c["afwijkingen"],
        "doelen": sep.join(c["doelen"]),
        "adviezen_professionals": sep.join(c["adviezen"]),
        "oogo": oogo_full(ctx),
        "inbreng_leerling": c["view"] + " " + c["effect"],
        "evaluatie": eval_full(ctx),
        "informatie_rechten": rechten_full(ctx),
        "vaststelling": vast_full(ctx),
    }
    if v == "full":
        return full[el]
    if v == "ref":
        return {"onderbouwing": "Zie bijlage 1 (overzicht LVS-gegevens en onderzoeksverslag).",
                "adviezen_professionals": "Zie het verslag van de deskundige in het leerlingdossier.",
                "ondersteuning": "Zie het groepsplan en het arrangement in bijlage 2.",
                "doelen": "Zie groepsplan periode 2.",
                "belemmerende_factoren": "Zie het groeidocument, rubriek E.",
                "bevorderende_factoren": "Zie het groeidocument, rubriek E.",
                "ondersteuningsbehoefte": "Zie het verslag van het ondersteuningsteam."}.get(el, "Zie bijlage.")
    if v == "ref_cvb":
        return "Zie bijlage 3: advies van de commissie voor de begeleiding."
    if v == "no_cvb":
        return sep.join(a for a in c["adviezen"] if "ommissie" not in a)
    if v == "na":
        return {"afwijkingen_onderwijsprogramma": "Geen afwijkingen van het onderwijsprogramma.",
                "adviezen_professionals": "Er zijn geen externe deskundigen betrokken; er is geen extern onderzoek of advies."}[el]
    if v == "vague":
        return sep.join(["%s gaat beter lezen en rekenen." % ctx["N"], "%s voelt zich prettig in de groep." % ctx["N"],
                         "%s werkt zelfstandiger." % ctx["N"]])
    if v == "view_only":
        return c["view"]
    if v == "partial":
        return {"ondersteuning": "%s krijgt extra begeleiding in en buiten de groep, waar dat nodig is." % ctx["N"],
                "informatie_rechten": "U heeft instemmingsrecht op het handelingsdeel. Heeft u vragen, neem dan contact op met %s." % ctx["ib"],
                "evaluatie": "Het OPP wordt regelmatig geëvalueerd.",
                "oogo": "Het gesprek met ouders over dit OPP wordt nog gepland.",
                "vaststelling": "Datum vaststelling: %s. Vastgesteld door: ..." % fd(ctx["D"])}[el]
    raise ValueError((el, v))


def el_list(ctx, el):
    """List form (bullets). None = leave out; [] = heading only."""
    v = var(ctx, el)
    c = ctx["c"]
    if v == "full":
        if el in ("belemmerende_factoren", "bevorderende_factoren"):
            return ["%s: %s" % x for x in c["belem" if el.startswith("belem") else "bevord"]]
        key = {"onderbouwing": "onderbouwing", "ondersteuningsbehoefte": "behoefte", "doelen": "doelen", "adviezen_professionals": "adviezen"}.get(el)
        if key:
            return list(c[key])
        if el == "ondersteuning":
            return ["%s – %s – %s – %s" % r for r in c["ondersteuning"]]
        if el == "inbreng_leerling":
            return [c["view"], c["effect"]]
    if v in ("vague",):
        return el_text(ctx, el).split("\n")
    if v == "no_cvb":
        return [a for a in c["adviezen"] if "ommissie" not in a]
    t = el_text(ctx, el)
    if t is None:
        return None
    return [t] if t else []


def factor_cells(ctx, el):
    """Per-domain cells for factor tables: dict domain->text; None = column absent."""
    v = var(ctx, el)
    c = ctx["c"]
    src = c["belem" if el.startswith("belem") else "bevord"]
    if v == "absent":
        return None
    if v == "full":
        return dict(src)
    t = el_text(ctx, el)
    out = {}
    for i, (d, _) in enumerate(src):
        out[d] = t if (i == 0 and v != "empty") else ""
    return out


def support_rows(ctx):
    v = var(ctx, "ondersteuning")
    if v == "full":
        return [list(r) for r in ctx["c"]["ondersteuning"]]
    t = el_text(ctx, "ondersteuning")
    if t is None:
        return None
    return [[t, "", "", ""]]

# ----------------------------------------------------------------------------- consent

def consent_model(ctx):
    cv = ctx["v"].get("instemming_ouders", "signed")
    d = fd(ctx["cons_d"])
    P = [ctx["p1"]] + ([ctx["p2"]] if ctx["p2"] else [])
    rows = []
    tick = None
    partial = None

    def prow(name, signed=True, date=True, remark=None, role=None):
        return dict(role=role or ("Ouder/verzorger %d" % (len(rows) + 1)), name=name, date=d if date else "", signed=signed, remark=remark)
    if cv in ("absent", "avg_only"):
        return None
    if ctx["adult"] and not ctx["curatele"]:
        if cv == "adult_self":
            tick = "akkoord"
            rows = [dict(role="Leerling (meerderjarig)", name=ctx["full"], date=d, signed=True, remark=None),
                    dict(role="Ouder(s)", name="n.v.t. (leerling is meerderjarig en tekent zelf)", date="", signed=False, remark=None)]
        elif cv == "parents_for_adult":
            tick = "akkoord"
            rows = [dict(role="Leerling (meerderjarig)", name=ctx["full"], date="", signed=False, remark=None)]
            for p in P:
                rows.append(dict(role="Ouder/verzorger", name=p, date=d, signed=True, remark=None))
        else:
            raise ValueError(cv)
    elif ctx["curatele"]:
        if cv == "curatele_wrong":
            tick = "akkoord"
            rows = [dict(role="Leerling", name=ctx["full"], date=d, signed=True, remark=None),
                    dict(role="Curator / wettelijk vertegenwoordiger", name=ctx["curator"], date="", signed=False, remark=None)]
        elif cv == "curatele_ok":
            tick = "akkoord"
            rows = [dict(role="Leerling", name=ctx["full"], date=d, signed=True, remark=None),
                    dict(role="Curator / wettelijk vertegenwoordiger", name=ctx["curator"], date=d, signed=True, remark=None)]
        else:
            raise ValueError(cv)
    else:
        if cv == "signed":
            tick = "akkoord"; rows = [prow(p) for p in P]
        elif cv == "digital":
            tick = "akkoord"; rows = [prow(P[0], signed=False, remark="digitaal ondertekend via het ouderportaal")]
        elif cv == "voorgezien":
            rows = [prow(P[0], remark="voor gezien")]
        elif cv == "protest":
            tick = "akkoord"; rows = [prow(P[0], remark="getekend onder protest")]
        elif cv == "refused":
            tick = "niet"; rows = [prow(p) for p in P]
        elif cv == "partial":
            tick = "partial"; partial = "akkoord, behalve met: %s" % ctx["c"]["ondersteuning"][-1][0].lower()
            rows = [prow(P[0])]
        elif cv == "school_only":
            rows = [prow(p, signed=False, date=False) for p in P]
        elif cv == "blank":
            rows = [prow(p, signed=False, date=False) for p in P]
        elif cv == "blank_noname":
            rows = [prow("", signed=False, date=False)]
        elif cv == "unticked":
            rows = [prow(p) for p in P]
        elif cv == "nodate":
            tick = "akkoord"; rows = [prow(p, date=False) for p in P]
        else:
            raise ValueError(cv)
    n = 0
    for r in rows:
        if r["role"].startswith("Ouder/verzorger "):
            n += 1
            r["role"] = "Ouder/verzorger %d" % n
    school = school_row(ctx, force_sign=(cv == "school_only"))
    return dict(tick=tick, partial=partial, rows=rows + ([school] if school else []), cv=cv)


def school_row(ctx, force_sign=False):
    if var(ctx, "vaststelling") == "full" or force_sign:
        return dict(role="Directeur (namens bevoegd gezag)", name=ctx["dir"], date=fd(ctx["D"]), signed=True, remark=None)
    return dict(role="School", name=ctx["ib"], date="", signed=False, remark=None)


def consent_blocks(ctx, subject=None, options=True):
    m = consent_model(ctx)
    if m is None:
        return []
    who = subject or ("De leerling" if ctx["adult"] and not ctx["curatele"] else ("De wettelijk vertegenwoordiger" if ctx["curatele"] else "Ouder(s)/verzorger(s)"))
    out = []
    if options:
        checks = [(who + " gaat/gaan akkoord met het handelingsdeel", m["tick"] == "akkoord"),
                  (who + " gaat/gaan niet akkoord met het handelingsdeel", m["tick"] == "niet")]
        if m["tick"] == "partial":
            checks.append((who + " gaat/gaan gedeeltelijk akkoord: " + m["partial"], True))
        else:
            checks.append((who + " gaat/gaan gedeeltelijk akkoord, namelijk: ........................", False))
        out.append(("checks", checks))
    out.append(("sig", m["rows"]))
    return out


def avg_blocks(ctx):
    if ctx["v"].get("instemming_ouders") != "avg_only":
        return []
    return [("h", 2, "Toestemming gegevensuitwisseling en beeldmateriaal (AVG)"),
            ("p", "Ouders geven toestemming om gegevens van %s te delen met het samenwerkingsverband en het ondersteuningsteam, "
                  "en om foto's te gebruiken in de schoolgids en op de website." % ctx["N"], "normal"),
            ("checks", [("Toestemming gegevensdeling met het ondersteuningsteam", True), ("Toestemming foto's schoolgids/website", True)]),
            ("sig", [dict(role="Ouder/verzorger", name=ctx["p1"], date=fd(ctx["cons_d"]), signed=True, remark=None)])]

# ----------------------------------------------------------------------------- labels

def label_for(ctx, el):
    v = var(ctx, el)
    if el == "instemming_ouders":
        cv = ctx["v"].get("instemming_ouders", "signed")
        if cv in ("signed", "digital", "adult_self", "curatele_ok"):
            return "present"
        if cv in ("absent", "avg_only"):
            return "missing"
        return "incomplete"
    if el == "inbreng_leerling":
        if ctx["adult"] and not ctx["curatele"]:
            return "not_applicable"
        if not ctx["post"]:
            return "not_applicable"
    if el == "afwijkingen_onderwijsprogramma" and v == "full" and ctx["c"]["afwijkingen"].startswith("Geen afwijkingen"):
        return "not_applicable"
    if v == "full":
        return "present"
    if v == "absent":
        return "missing"
    if v == "na":
        return "not_applicable"
    return "incomplete"

# ----------------------------------------------------------------------------- main

def main():
    import layouts
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    entries = []
    only = set(sys.argv[1:])
    for spec in specs.SPECS:
        if only and spec["id"] not in only:
            continue
        seed = zlib.crc32(spec["id"].encode()) % 100000
        if spec["type"] == "none":
            blocks, meta = layouts.NONOPP[spec["layout"]](spec)
            ctx = None
        else:
            ctx = make_ctx(spec)
            blocks, meta = layouts.LAYOUTS[spec["layout"]](ctx)
        meta["seed"] = seed
        fmt = spec["fmt"]
        ext = {"pdf": "pdf", "pdf-lo": "pdf", "pdf-lo-odt": "pdf", "pdf-form": "pdf", "scan": "pdf", "scan-lo": "pdf",
               "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}[fmt]
        name = spec["id"] + "." + ext
        out = os.path.join(DOCS, name)
        tmp = os.path.join(BUILD, spec["id"]); os.makedirs(tmp, exist_ok=True)
        if fmt in ("txt", "md"):
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(R.to_txt(blocks, meta, md=(fmt == "md")))
        elif fmt == "docx":
            R.to_docx(blocks, meta, out, tmp)
        elif fmt == "odt":
            R.to_odt(blocks, meta, out, tmp)
        elif fmt == "pdf":
            R.to_pdf(blocks, meta, out, tmp)
        elif fmt == "pdf-form":
            R.to_fillable_pdf(blocks, meta, out, tmp)
        elif fmt == "pdf-lo":
            src = os.path.join(tmp, spec["id"] + ".docx"); R.to_docx(blocks, meta, src, tmp); R.soffice_pdf(src, out, tmp)
        elif fmt == "pdf-lo-odt":
            src = os.path.join(tmp, spec["id"] + ".odt"); R.to_odt(blocks, meta, src, tmp); R.soffice_pdf(src, out, tmp)
        elif fmt == "scan":
            src = os.path.join(tmp, spec["id"] + "_clean.pdf"); R.to_pdf(blocks, meta, src, tmp); R.scan_pdf(src, out, tmp, seed)
        elif fmt == "scan-lo":
            d = os.path.join(tmp, spec["id"] + "_clean.docx"); R.to_docx(blocks, meta, d, tmp)
            src = os.path.join(tmp, spec["id"] + "_clean.pdf"); R.soffice_pdf(d, src, tmp); R.scan_pdf(src, out, tmp, seed)
        R.normalize(out)
        if ctx is None:
            els = {e: "not_applicable" for e in ELEMENTS}
        else:
            els = {e: label_for(ctx, e) for e in ELEMENTS}
            for e, s in spec.get("override", {}).items():
                els[e] = s
        acc = list(spec.get("accept_unclear", []))
        if fmt.startswith("scan"):
            for e in ["instemming_ouders"] + spec.get("scan_unclear_extra", []):
                if e not in acc:
                    acc.append(e)
        entries.append({"file": "docs/" + name, "format": ext, "layout": spec["layout_name"] if "layout_name" in spec else layouts.LAYOUT_NAMES[spec["layout"]],
                        "school_type": spec["type"], "scanned": fmt.startswith("scan"), "elements": els,
                        "accept_unclear": acc, "notes": spec["notes"]})
        print("ok", name, file=sys.stderr)
    if not only:
        with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "docs": entries}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
