# -*- coding: utf-8 -*-
"""Pupil context and element content per variant (the source of truth for labels)."""
import datetime, hashlib, random
from profiles import PROFILES

EIDS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
        "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
        "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]
CUTOFF = datetime.date(2025, 8, 1)
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

def dl(d):  # long Dutch date
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)
def ds(d):
    return d.strftime("%d-%m-%Y")

def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))

M_NAMES = ["Daan", "Milan", "Sem", "Bram", "Jayden", "Thijs", "Youssef", "Luuk", "Mees", "Ravi", "Jesse", "Niek", "Stijn", "Kaj", "Tobias", "Ilias"]
F_NAMES = ["Sanne", "Lotte", "Noor", "Fenna", "Amira", "Isa", "Roos", "Jasmijn", "Mila", "Yara", "Eline", "Floor", "Nina", "Zoë", "Liv", "Hiba"]
SURN = ["de Wijer", "Brandsma", "van Oostveen", "Kuipers", "Hendriksen", "el Amrani", "Dijkhof", "Verbrugge", "Jansma", "van der Gaag",
        "Postema", "Ramdin", "Tuinstra", "van Loenhout", "Schaapman", "Weerdenburg", "Hoekstein", "Mulderij", "Aydın", "Kramers"]
STAFF = ["A. Verhoef", "M. Koster", "J. de Groot-Lam", "P. Timmerman", "S. Haverkamp", "E. Nijboer", "R. Zwanenburg", "L. van Dam",
         "H. Bosveld", "K. Smeenk", "T. Ouwerkerk", "F. Wiersma", "N. Bakhuis", "D. Meijerink", "G. Stolk", "W. Rietveld"]
PLACES = ["Oudvliet", "Hemmerdijk", "Zandhove", "Lindeweert", "Kortenhaar", "Brakelveen", "Wilderkamp", "Geestmond", "Ravenswoud", "Dommelsoord"]
SCHOOLS = {
 "po": ["obs De Wilgenkamp", "cbs Het Zonnespoor", "Kindcentrum De Vlonder", "rkbs De Kameleon", "obs De Meidoorn"],
 "sbo": ["SBO De Klimop", "SBO Het Baken", "Speciale basisschool De Wissel"],
 "so": ["SO De Brug (cluster 4)", "Mytylschool De Regenboog", "SO Het Palet (ZML)"],
 "vo": ["Vlietcollege", "Scholengemeenschap Het Kruispunt", "Lindeweert Lyceum", "Geestland College"],
 "pro": ["Praktijkschool De Werkplaats", "PrO Het Ambacht", "Praktijkcollege Zandhove"],
 "vso": ["VSO De Horizon", "VSO Het Kompas", "Arbeidstrainingscentrum De Stek (vso)"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Vlietstreek", "SWV Rivierenzand", "Samenwerkingsverband Geest en Duin",
       "SWV Passend Leren Oudvliet-Hemmerdijk"]
KLINIEK = ["Jeugdpraktijk Het Lichtpunt", "Kinder- en jeugdpsychiatrie De Boei", "Centrum voor Jeugd Ravenswoud"]

def pron(g):
    return dict(hij="hij", Hij="Hij", zijn="zijn", Zijn="Zijn", hem="hem") if g == "m" else \
           dict(hij="zij", Hij="Zij", zijn="haar", Zijn="Haar", hem="haar")

def schooljaar(d):
    return "%d-%d" % ((d.year, d.year + 1) if d.month >= 8 else (d.year - 1, d.year))

def make_ctx(doc):
    r = rng_for(doc["id"])
    pr = PROFILES[doc["profile"]]
    g = doc.get("gender") or r.choice("mv")
    first = r.choice(M_NAMES if g == "m" else F_NAMES)
    last = r.choice(SURN)
    staff = r.sample(STAFF, 14)
    pd = doc["date"]
    age = doc.get("age", pr["age"])
    dob = datetime.date(pd.year - age - (1 if pd.month < 6 else 0), r.randint(1, 12), r.randint(1, 28))
    if (pd - dob).days // 365 != age:
        dob = datetime.date(pd.year - age, 1 + (pd.month % 12), 3)
        if (pd - dob).days // 365 != age:
            dob = datetime.date(pd.year - age - 1, pd.month, 1)
    mi = r.choice("ACEHJKLMNSTW"); fi = r.choice("BDFGHJKMPRW")
    st = doc.get("school_type", pr["type"])
    c = dict(pron(g))
    c.update(n=first, achternaam=last, gender=g, age=age, dob=dob, klas=doc.get("klas", pr["klas"]), type=st,
             school=r.choice(SCHOOLS[st]), plaats=r.choice(PLACES), swv=r.choice(SWV), kliniek=r.choice(KLINIEK),
             lk=staff[0], rt=staff[1], ortho=staff[2], ab=staff[3], logo=staff[4], praktijk="Logopediepraktijk " + r.choice(PLACES),
             oa=staff[5], gs=staff[6], psych=staff[7], pmt=staff[8], fysio=staff[9], oc=staff[10], mentor=staff[11], coach=staff[12],
             stage=staff[13], ib=staff[5], directeur=staff[7] if st != "po" else staff[8],
             vriend=r.choice(M_NAMES + F_NAMES), boerderij="'t " + r.choice(["Hazeveld", "Ganzenerf", "Molenhoek"]),
             moeder="mevr. %s. %s" % (mi, last), vader="dhr. %s. %s" % (fi, last),
             plan=pd, oogo=pd - datetime.timedelta(days=8), vast=pd, view_d=pd - datetime.timedelta(days=15),
             cvb_d=pd - datetime.timedelta(days=22), sign_d=pd + datetime.timedelta(days=r.randint(2, 9)),
             ev1=pd + datetime.timedelta(days=r.randint(95, 120)), sj=schooljaar(pd),
             adult=doc.get("adult", False), curatele=doc.get("curatele", False), single=doc.get("single", r.random() < 0.3),
             pleeg=(doc["profile"] == "so1"))
    ey = int(c["sj"][-4:])
    c["ev2"] = datetime.date(ey, 6, r.randint(8, 26))
    c["viewdatum"] = dl(c["view_d"]); c["cvbdatum"] = dl(c["cvb_d"])
    if c["pleeg"]:
        c["ouders_label"] = "pleegouders"; c["ouders_names"] = "pleegouders %s en %s" % (c["moeder"], c["vader"])
        c["ouder1"] = c["moeder"]; c["ouder2"] = c["vader"]
    elif c["single"]:
        c["ouders_label"] = "moeder"; c["ouders_names"] = "moeder (%s)" % c["moeder"]; c["ouder1"] = c["moeder"]; c["ouder2"] = None
    else:
        c["ouders_label"] = "ouders"; c["ouders_names"] = "ouders (%s en %s)" % (c["moeder"], c["vader"]); c["ouder1"] = c["moeder"]; c["ouder2"] = c["vader"]
    c["post"] = (pd >= CUTOFF) or (doc.get("revised") is not None and doc["revised"] >= CUTOFF)
    c["revised"] = doc.get("revised")
    c["pr"] = {k: (fmt(v, c) if isinstance(v, str) else v) for k, v in pr.items()}
    c["pr"]["domains"] = [tuple(fmt(x, c) for x in row) for row in pr["domains"]]
    c["pr"]["ondersteuning"] = [tuple(fmt(x, c) for x in row) for row in pr["ondersteuning"]]
    c["pr"]["doelen"] = [fmt(x, c) for x in pr["doelen"]]
    c["pname"] = first + " " + last
    return c

class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"

def fmt(s, c):
    return s.format_map(SafeDict({k: v for k, v in c.items() if isinstance(v, (str, int))}))

# ------------------------------------------------------------------------ variants
PRESENT_VARIANTS = {
    "instemming_ouders": {"present", "sig_typed", "sig_image", "tick_akkoord", "digital", "stated", "sdt_checked", "legacy_checked",
                          "adult_self", "curator", "parents_and_pupil", "fillable_checked"},
    "inbreng_leerling": {"present", "own_words", "interview"},
}

def label(eid, var):
    if var in ("missing", "avg_only"):
        return "missing"
    if var in ("none", "na"):
        return "not_applicable"
    if var == "present" or var in PRESENT_VARIANTS.get(eid, ()):
        return "present"
    return "incomplete"

OPTIONS_UITSTROOM = {
    "po": ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gl/tl", "havo", "vwo", "vso"],
    "sbo": ["praktijkonderwijs", "vmbo-bb (lwoo)", "vmbo-kb (lwoo)", "vmbo-gl/tl", "havo/vwo", "vso"],
    "so": ["vso vervolgonderwijs", "vso arbeidsmarktgericht", "vso dagbesteding", "regulier vo", "praktijkonderwijs"],
    "vo": ["vmbo-bb", "vmbo-kb", "vmbo-gl/tl", "havo", "vwo", "mbo (entree)", "arbeid"],
    "pro": ["arbeid", "arbeid met ondersteuning", "Entree (mbo-1)", "mbo-2", "dagbesteding"],
    "vso": ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"],
}

INSTR = {
 "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: type vervolgonderwijs of vso-uitstroomprofiel]",
 "onderbouwing": "(Onderbouw de uitstroombestemming met toetsgegevens, onderzoeksgegevens en schoolloopbaan. Vermeld bronnen en data.)",
 "belemmerende_factoren": "(Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren: leren, werkhouding, sociaal-emotioneel, thuis, gezondheid.)",
 "bevorderende_factoren": "(Beschrijf hier de stimulerende factoren: wat gaat goed, wat helpt de leerling?)",
 "ondersteuningsbehoefte": "(Formuleer de onderwijsbehoeften: 'Deze leerling heeft behoefte aan ... / instructie die ... / een leerkracht die ...')",
 "ondersteuning": "(Beschrijf de te bieden ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.)",
 "afwijkingen_onderwijsprogramma": "(Geef aan of er wordt afgeweken van het onderwijsprogramma en zo ja, op welke onderdelen.)",
 "doelen": "[Formuleer hier SMART-doelen voor de komende periode: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden]",
 "adviezen_professionals": "(Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.)",
 "oogo": "(Vermeld datum en deelnemers van het gesprek met ouders over het ontwikkelingsperspectief.)",
 "inbreng_leerling": "(Laat de leerling hier in eigen woorden vertellen wat goed gaat, wat moeilijk is en wat hij/zij wil leren. Beschrijf wat er met de inbreng van de leerling is gedaan.)",
 "evaluatie": "(Vermeld wanneer en met wie het OPP wordt geëvalueerd.)",
 "informatie_rechten": "(Informeer ouders over hun instemmingsrecht en de mogelijkheden bij onenigheid.)",
 "vaststelling": "(Datum vaststelling en naam/functie van degene die het OPP vaststelt.)",
}

GENERIC = {
 "belemmerende_factoren": "Leerlingen op onze school hebben belemmeringen op het gebied van leren, gedrag of communicatie. Ook bij deze leerling is daarvan sprake.",
 "bevorderende_factoren": "Alle kinderen hebben talenten; wij gaan uit van wat een kind wel kan.",
 "ondersteuningsbehoefte": "Net als alle leerlingen heeft {n} behoefte aan een veilige, gestructureerde leeromgeving en duidelijke instructie.",
 "ondersteuning": "Alle leerlingen op onze school krijgen ondersteuning volgens het schoolondersteuningsprofiel: instructie op drie niveaus, extra instructie aan de instructietafel, een vaste mentor en een zorgteam dat zes keer per jaar bijeenkomt.",
 "inbreng_leerling": "Op onze school voeren we met alle leerlingen twee keer per jaar een kindgesprek. Leerlingen worden zo betrokken bij hun eigen ontwikkeling en leren verantwoordelijkheid te nemen.",
 "doelen": "De leerling werkt aan de doelen van de methode en de leerlijnen van de school.",
}

REF = {
 "onderbouwing": "Zie toetsoverzicht (bijlage 1) en het psychologisch verslag.",
 "ondersteuning": "Zie groepsplan en het groepsoverzicht in het leerlingvolgsysteem.",
 "afwijkingen_onderwijsprogramma": "Eigen leerlijn: zie bijlage (leerlijnoverzicht uit het LVS).",
 "doelen": "De doelen staan in het groepsplan van deze periode.",
 "adviezen_professionals": "Zie verslag psychologisch onderzoek en verslag commissie (bijlagen 2 en 3).",
 "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.",
 "informatie_rechten": "Informatie over uw rechten vindt u in de schoolgids (hoofdstuk 7).",
}

def el(eid, var, c, ctxlayout=None):
    """Return list of nodes for element eid with variant var; None when absent."""
    pr = c["pr"]; n = c["n"]
    if var in ("missing", "na"):
        return None
    if var == "empty":
        return []
    ph = {"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "Volgt na overleg.", "tekst": "[tekst]",
          "xxx": "xxx"}
    if var in ph:
        return [("p", ph[var])]
    if var == "instr":
        return [("i", INSTR[eid])]
    if var == "generic" and eid in GENERIC:
        return [("p", fmt(GENERIC[eid], c))]
    if var == "ref" and eid in REF:
        return [("p", REF[eid])]
    if var == "cc":
        return [("cc", "Klik of tik om tekst in te voeren.")]
    f = globals()["_" + eid]
    return f(var, c)

def _uitstroombestemming(var, c):
    pr = c["pr"]; t = c["type"]
    if var == "unticked":
        return [("p", "Verwachte uitstroombestemming (aankruisen):"), ("checks", [(o, False) for o in OPTIONS_UITSTROOM[t]])]
    if var == "later":
        return [("p", "Uitstroombestemming: nog niet te bepalen; wordt vastgesteld na het volgende rapport.")]
    if t == "vso" and var in ("present", "ticked"):
        return [("checks", [(o, o == pr["profiel"]) for o in OPTIONS_UITSTROOM["vso"]], True),
                ("p", "Verwachte uitstroombestemming: " + pr["uitstroom"] + ".")]
    return [("p", "Verwachte uitstroombestemming: " + pr["uitstroom"] + ".")]

def _onderbouwing(var, c):
    return [("p", c["pr"]["onderbouwing"])]

def _belemmerende_factoren(var, c):
    return [("ul", [d[1] for d in c["pr"]["domains"]])]

def _bevorderende_factoren(var, c):
    return [("ul", [d[2] for d in c["pr"]["domains"]])]

def _ondersteuningsbehoefte(var, c):
    return [("p", "%s heeft behoefte aan:" % c["n"]), ("ul", [d[3] for d in c["pr"]["domains"]])]

def _ondersteuning(var, c):
    return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [list(r) for r in c["pr"]["ondersteuning"]])]

def _afwijkingen_onderwijsprogramma(var, c):
    if var == "none":
        return [("p", "Er zijn geen afwijkingen van het onderwijsprogramma; %s volgt het reguliere programma." % c["n"])]
    if var == "unticked":
        return [("checks", [("Eigen leerlijn voor: ........", False), ("Vrijstelling voor: ........", False),
                            ("Aangepast / verkort lesrooster", False), ("Geen afwijkingen", False)])]
    return [("p", c["pr"]["afwijking"])]

def _doelen(var, c):
    return [("ul", c["pr"]["doelen"])]

def _adviezen_professionals(var, c):
    if var == "cvb_volgt":
        return [("p", "Logopedist en fysiotherapeut adviseren de therapie voort te zetten."), ("p", "Advies commissie voor de begeleiding: volgt.")]
    return [("p", c["pr"]["adviezen"])]

def _oogo(var, c):
    if var == "planned":
        return [("p", "Het gesprek met ouders over dit plan wordt nog ingepland.")]
    if var == "dateonly_dots":
        return [("p", "Besproken met ouders op: ..........")]
    if c["adult"]:
        return [("p", "Het ontwikkelingsperspectief is op %s besproken met %s zelf (meerderjarig). Op verzoek van %s was ook %s (moeder) aanwezig, naast mentor %s en de ondersteuningscoördinator. %s kon zich vinden in het perspectief en vroeg om meer aandacht voor de overstap naar het mbo."
                       % (dl(c["oogo"]), c["n"], c["n"], c["moeder"], c["mentor"], c["n"]))]
    if c["curatele"]:
        who, subj = "curator/moeder %s en vader %s" % (c["moeder"], c["vader"]), "Ouders herkennen"
    elif c["ouders_label"] == "moeder":
        who, subj = c["ouders_names"], "Moeder herkent"
    elif c["ouders_label"] == "pleegouders":
        who, subj = c["ouders_names"], "De pleegouders herkennen"
    else:
        who, subj = c["ouders_names"], "Ouders herkennen"
    if c["age"] >= 16:
        who += " en met %s zelf" % c["n"]
    staff = c["mentor"] if c["type"] in ("vo", "pro", "vso") else c["lk"]
    txt = ("Op %s is het ontwikkelingsperspectief besproken met %s. Aanwezig namens school: %s en %s. %s het beeld en vroegen om meer afstemming tussen thuis en school; dit is verwerkt in het handelingsdeel."
           % (dl(c["oogo"]), who, staff, c["ib"], subj)).replace("herkent het beeld en vroegen", "herkent het beeld en vroeg")
    return [("p", txt)]

def _inbreng_leerling(var, c):
    pr = c["pr"]; n = c["n"]
    if var in ("present", "own_words"):
        return [("p", pr["view"]), ("b", "Wat hebben we hiermee gedaan?", pr["influence"])]
    if var == "interview":
        return [("p", "Gesprek met %s op %s (met %s)." % (n, c["viewdatum"], c["mentor"] if c["type"] in ("vo", "pro", "vso") else c["lk"])),
                ("p", pr["view"]), ("p", "Wat is er met de inbreng gedaan: " + pr["influence"])]
    if var == "noinfluence":
        return [("p", pr["view"])]
    if var == "heard_only":
        return [("p", "%s is gehoord over dit plan." % n)]
    if var == "volgt":
        return [("p", "Gesprek met %s volgt na overleg met de ouders." % n)]
    if var == "signed_only":
        return [("p", "%s heeft het plan samen met de ouders ondertekend." % n)]
    raise ValueError(var)

def _evaluatie(var, c):
    n = c["n"]
    sovso = c["type"] in ("so", "vso")
    with_ = "ouders en %s" % n if c["post"] else "ouders"
    if c["adult"]:
        with_ = "%s (en, als %s dat wil, %s ouders)" % (n, n, c["zijn"])
    if c["curatele"]:
        with_ = "de curator, vader en %s" % n
    if var == "present":
        out = [("p", "Het ontwikkelingsperspectief wordt minimaal eenmaal per schooljaar geëvalueerd met %s. Tussenevaluatie: %s; jaarevaluatie met bijstelling: %s. We bespreken dan of de doelen zijn behaald, of de ondersteuning werkt en of de uitstroombestemming nog klopt." % (with_, dl(c["ev1"]), dl(c["ev2"])))]
        if sovso:
            out.append(("p", "De commissie voor de begeleiding evalueert het ontwikkelingsperspectief jaarlijks en brengt daarover verslag uit aan het bevoegd gezag."))
        return out
    if var == "intent":
        return [("p", "Het OPP wordt geëvalueerd.")]
    if var == "date_only":
        return [("p", "Evaluatiedatum: " + ds(c["ev2"]))]
    if var == "no_parents":
        return [("p", "Evaluatie op %s in het zorgteam (intern begeleider, %s, orthopedagoog). Ouders worden na afloop schriftelijk geïnformeerd over de uitkomst." % (dl(c["ev1"]), "mentor" if c["type"] in ("vo", "pro", "vso") else "leerkracht"))]
    if var == "not_held":
        return [("p", "Tussenevaluatie gepland op %s: niet doorgegaan (ziekte %s). Nieuwe datum: nog niet bekend." % (ds(c["ev1"]), "mentor" if c["type"] in ("vo", "pro", "vso") else "leerkracht"))]
    if var == "copied_prev":
        y = int(c["sj"][:4])
        return [("p", "Evaluatie OPP schooljaar %d-%d (d.d. 19-06-%d, met ouders): de doelen voor technisch lezen en werkhouding zijn behaald. Het doel voor zelfstandig werken is gedeeltelijk behaald en wordt meegenomen naar het nieuwe plan. De ondersteuning door de onderwijsassistent wordt afgebouwd." % (y - 2, y - 1, y - 1))]
    if var == "no_pupil":
        return [("p", "Evaluatie met ouders op %s (mentor en ondersteuningscoördinator). %s is bij dit gesprek niet aanwezig." % (dl(c["ev2"]), n))]
    raise ValueError(var)

def _informatie_rechten(var, c):
    if var == "partial":
        return [("p", "U heeft als ouder instemmingsrecht op het handelingsdeel van dit plan.")]
    return [("p", "Ouders hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de %s of de directeur. Komt u er samen niet uit, dan kunt u gratis advies vragen bij het ouder- en jeugdsteunpunt van %s of bij een onderwijsconsulent. U kunt ook binnen zes weken na de vaststelling een verzoek indienen bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."
                  % ("mentor" if c["type"] in ("vo", "pro", "vso") else "intern begeleider", c["swv"]))]

def _vaststelling(var, c):
    if var == "nodate":
        return [("p", "Vastgesteld door: %s, directeur.   Datum: ........" % c["directeur"])]
    if var == "placeholder":
        return [("p", "Datum vaststelling: [datum]   Vastgesteld door: [naam, functie]")]
    return [("p", "Het ontwikkelingsperspectief is vastgesteld door %s, directeur van %s, op %s." % (c["directeur"], c["school"], dl(c["vast"])))]

# ---------------------------------------------------------------- consent (signature block)
def consent(var, c, school_dated=True):
    """Nodes for the consent section. school_dated: whether the school's row may carry a date."""
    n = c["n"]; sd = ds(c["sign_d"])
    intro = ("p", "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit ontwikkelingsperspectief.")
    sch_row = {"role": "Namens de school (directeur)", "name": c["directeur"], "date": ds(c["vast"]) if school_dated else "",
               "sign": ("img", c["directeur"])}
    def prow(name, signed=True, date=True, mode="img", role="Ouder/verzorger"):
        return {"role": role, "name": name, "date": sd if date else "", "sign": (("img", name) if mode == "img" else ("text", "w.g. " + name)) if signed else None}
    parents = [c["ouder1"]] + ([c["ouder2"]] if c["ouder2"] else [])
    if var == "missing":
        return None
    if var in ("sig_image", "present"):
        return [intro, ("sig", [prow(p) for p in parents] + [sch_row])]
    if var == "sig_typed":
        return [intro, ("sig", [prow(p, mode="text") for p in parents] + [dict(sch_row, sign=("text", "w.g. " + c["directeur"]))])]
    if var == "parents_and_pupil":
        return [intro, ("sig", [prow(p, mode="text") for p in parents] + [prow("%s %s" % (n, c["achternaam"]), mode="text", role="Leerling")] + [dict(sch_row, sign=("text", "w.g. " + c["directeur"]))])]
    if var == "tick_akkoord":
        return [("checks", [("Ja, ik/wij stemmen in met het handelingsdeel", True), ("Nee, ik/wij stemmen niet in met het handelingsdeel", False)]),
                ("sig", [prow(p) for p in parents] + [sch_row])]
    if var == "digital":
        return [("p", "Instemming handelingsdeel: digitaal ondertekend via het ouderportaal door %s op %s om 19:42 uur (verificatiecode 7F3A-22C1). Status: akkoord." % (c["ouder1"], sd))]
    if var == "stated":
        return [("p", "%s hebben op %s per e-mail laten weten in te stemmen met het handelingsdeel van dit plan. De e-mail is opgeslagen in het leerlingdossier. Vastgelegd door %s, intern begeleider." % ("Ouders" if c["ouder2"] else "Moeder", dl(c["sign_d"]), c["ib"]))]
    if var in ("sdt_checked", "legacy_checked"):
        return [("checks", [("Ik/wij stemmen in met het handelingsdeel", True), ("Ik/wij stemmen niet in", False)]),
                ("p", "Naam ouder/verzorger: %s     Datum: %s     Handtekening: getekend" % (c["ouder1"], sd))]
    if var == "adult_self":
        return [("p", "%s is meerderjarig en handelingsbekwaam en stemt daarom zelf in met het handelingsdeel." % n),
                ("sig", [prow("%s %s" % (n, c["achternaam"]), role="Leerling (meerderjarig)"), sch_row])]
    if var == "curator":
        return [("p", "%s staat onder curatele; curator is %s (moeder). De curator stemt namens %s in met het handelingsdeel." % (n, c["moeder"], n)),
                ("sig", [prow(c["moeder"], role="Curator"), sch_row])]
    # ---- incomplete variants
    if var == "voor_gezien":
        return [intro, ("sig", [dict(prow(p), sign=("text", "Voor gezien, " + p)) for p in parents] + [sch_row])]
    if var == "kennisgenomen":
        return [("p", "Ouders verklaren kennis te hebben genomen van het ontwikkelingsperspectief."), ("sig", [prow(p) for p in parents] + [sch_row])]
    if var == "onder_protest":
        return [intro, ("sig", [dict(prow(c["ouder1"]), sign=("text", "Getekend onder protest – wij zijn het niet eens met het afbouwen van de begeleiding. " + c["ouder1"]))] + [sch_row])]
    if var == "refused":
        return [("checks", [("Ja, ik/wij stemmen in met het handelingsdeel", False), ("Nee, ik/wij stemmen niet in met het handelingsdeel", True)]),
                ("p", "Toelichting ouders: wij willen eerst een second opinion over de plaatsing in de time-outgroep."),
                ("sig", [prow(c["ouder1"]), sch_row])]
    if var == "partial":
        return [("p", "Ouders stemmen in met het handelingsdeel, met uitzondering van %s; hierover volgt nader overleg." % ("de afspraken over het gebruik van de stilteruimte" if c["type"] == "vo" else "de begeleiding buiten de groep")),
                ("sig", [prow(p) for p in parents] + [sch_row])]
    if var == "school_only":
        return [intro, ("sig", [{"role": "Ouder/verzorger", "name": p, "date": "", "sign": None} for p in parents] + [sch_row])]
    if var == "blank_line":
        return [intro, ("sig", [{"role": "Ouder/verzorger 1", "name": "", "date": "", "sign": None}, {"role": "Ouder/verzorger 2", "name": "", "date": "", "sign": None},
                                {"role": "Namens de school", "name": "", "date": "", "sign": None}])]
    if var == "unticked":
        return [("checks", [("Ja, ik/wij stemmen in met het handelingsdeel", False), ("Nee, ik/wij stemmen niet in", False)]),
                ("p", "Naam ouder/verzorger: ....................    Datum: ..........")]
    if var == "sdt_unchecked":
        return [("checks", [("Ik/wij stemmen in met het handelingsdeel", False), ("Ik/wij stemmen niet in", False)]),
                ("p", "Naam ouder/verzorger: %s     Datum: ..........     Handtekening: ........" % c["ouder1"])]
    if var == "nodate":
        return [intro, ("sig", [prow(p, date=False) for p in parents] + [dict(sch_row, date="")])]
    if var == "adult_parents_only":
        return [intro, ("sig", [prow(p) for p in parents] + [{"role": "Leerling", "name": "%s %s" % (n, c["achternaam"]), "date": "", "sign": None}, sch_row])]
    if var == "curatele_self":
        return [intro, ("sig", [prow("%s %s" % (n, c["achternaam"]), role="Leerling"), {"role": "Curator", "name": "", "date": "", "sign": None}, sch_row])]
    if var == "placeholder_name":
        return [intro, ("sig", [{"role": "Ouder/verzorger", "name": "[naam ouder/verzorger]", "date": "[datum]", "sign": None}, sch_row])]
    if var in ("avg_plus_blank", "avg_only"):
        avg = [("h", 2, "Toestemming gegevensuitwisseling (AVG) en beeldmateriaal"),
               ("checks", [("Ik geef toestemming om gegevens uit te wisselen met de ambulant begeleider en het samenwerkingsverband", True),
                           ("Ik geef toestemming voor het gebruik van foto's van mijn kind op de website en in de nieuwsbrief", True)]),
               ("sig", [prow(c["ouder1"])])]
        if var == "avg_only":
            return avg
        return avg + [("h", 2, "Instemming handelingsdeel"), intro,
                      ("sig", [{"role": "Ouder/verzorger", "name": "", "date": "", "sign": None}, sch_row])]
    raise ValueError(var)
