# -*- coding: utf-8 -*-
"""Pupil profiles and element contents (with deliberate gaps) for the blind set.

Everything is invented. Deterministic: every profile uses random.Random(seed)."""
import random
import zlib
import datetime as dt
from themes import THEMES, GENERIC_BEVORD

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

FIRST_M = ["Daan", "Sjoerd", "Mehmet", "Bram", "Jesse", "Youssef", "Tijn", "Ruben", "Dawit", "Luuk",
           "Sem", "Hidde", "Milan", "Stijn", "Noah", "Kacper", "Jurre", "Wessel", "Ilias", "Teun", "Sjef", "Finn"]
FIRST_V = ["Noor", "Wietske", "Yasmina", "Fenna", "Lotte", "Sanne", "Amira", "Jade", "Tess", "Zoë",
           "Femke", "Ilse", "Mila", "Roos", "Selin", "Hanna", "Lieke", "Nadia", "Evi", "Marit", "Anouk"]
LAST = ["de Vries-Hoekstra", "Brouwer", "Yilmaz", "van Dijkhuizen", "Postma", "El Amrani", "Kuipers", "Hendriks",
        "van der Molen", "Terpstra", "Bos", "Schreurs", "Wolters", "Haile", "Nowak", "de Graaf", "Jansma",
        "Verhoeven", "Koster", "van Loon", "Smits", "Bakker-Oudeman", "Rademaker", "Dekkers", "Hoogland",
        "Mulder", "Vos", "Timmermans", "Pieters", "van Beek", "Zwart", "Lindeboom", "Gerritsen", "Faber"]
STAFF_F = ["Marleen", "Ineke", "Hester", "Saskia", "Joke", "Anneke", "Petra", "Gerda", "Miriam", "Esther", "Lisette"]
STAFF_M = ["Harm", "Gerard", "Kees", "Roel", "Frank", "Martijn", "Johan", "Erik", "Wim", "Arjen", "Ties"]

PLACES = ["Wadderlo", "Siebengaard", "Ommerhaven", "Lindervoort", "Heerdijke", "Borkelo", "Ravelsdam",
          "Nieuw-Gasterland", "Stroeveen", "Hasselaar", "Eemsterhout", "Kampersloot", "Oldenvaart",
          "Zuidermeerwijk", "Tjerkshuizen", "Valkenbroek", "Sint-Arnoudsveld", "Dommelrode"]

SCHOOLS = {
    "po": ["Basisschool De Wilgenhoek", "OBS De Vlinderboom", "CBS Het Anker", "KBS De Klimroos",
           "Openbare Basisschool 't Vlot", "IKC De Zonnewijzer", "CBS De Regenboog-Noord", "Jenaplanschool De Wingerd",
           "RKBS Sint-Servaas", "Dalton IKC De Kompaan", "OBS De Terp", "Montessorischool De Ontdekking"],
    "sbo": ["SBO De Kompasroos", "Speciale basisschool De Brug", "SBO Het Palet", "SBO De Vuurtoren", "SBO De Springplank",
            "Speciale basisschool Het Baken", "SBO De Steiger"],
    "so": ["SO De Boei (cluster 4)", "Mytylschool De Zwaluwhof", "SO Taalbrug (cluster 2)", "SO De Meerpaal (zml)",
           "School voor speciaal onderwijs Het Kristal", "SO De Akker", "SO De Horizon-Zuid"],
    "vo": ["Fivelcollege", "Scholengemeenschap Heerdijke", "Het Lindervoort Lyceum", "Borkelo College, locatie Esch",
           "Ravelsdam College vmbo", "Stroeveen Scholengemeenschap", "Christelijk College Oldenvaart", "Het Nieuwe Gasterland"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkonderwijs Hasselaar", "PrO Kampersloot", "Praktijkcollege Valkenbroek",
            "Praktijkschool Het Ambacht", "Praktijkonderwijs De Schakel-Oost", "Praktijkschool Dommelrode"],
    "vso": ["VSO De Boei", "VSO De Meerpaal", "VSO Het Kristal", "VSO Mytyl De Zwaluwhof", "VSO De Rede",
            "Vso-school Kampersloot", "VSO Het Hoge Land", "VSO De Overstap"],
}
SWV = ["SWV Passend Primair Onderwijs Lindervoort e.o.", "Samenwerkingsverband Wadden-Oost PO", "SWV De Dommelrode Kring",
       "Samenwerkingsverband VO Heerdijke-Borkelo", "SWV VO Zuidermeer", "Samenwerkingsverband Passend Onderwijs Stroeveen",
       "SWV Eemsterhout e.o."]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def dnum(d):
    return d.strftime("%d-%m-%Y")


def dlong(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


class Profile:
    """One invented pupil, school and set of dates."""

    def __init__(self, seed, stype, theme, set_date, adult=False, curatele=False, revised=None, dest=None, cls=None,
                 gender=None):
        r = random.Random(seed)
        self.r = r
        self.stype = stype
        self.theme = theme
        self.T = THEMES[theme]
        self.gender = gender or r.choice("mv")
        self.first = r.choice(FIRST_M if self.gender == "m" else FIRST_V)
        self.last = r.choice(LAST)
        self.hij, self.zijn, self.hem = ("hij", "zijn", "hem") if self.gender == "m" else ("zij", "haar", "haar")
        self.set_date = set_date
        self.revised = revised
        last_change = revised or set_date
        self.pre2025 = last_change < dt.date(2025, 8, 1)
        self.adult = adult
        self.curatele = curatele
        ages = {"po": (9, 11), "sbo": (9, 12), "so": (6, 12), "vo": (12, 16), "pro": (12, 17), "vso": (13, 17)}
        lo, hi = ages[stype]
        age = 18 + r.randint(0, 1) if adult else r.randint(lo, hi)
        self.dob = dt.date(set_date.year - age, r.randint(1, 12), r.randint(1, 28))
        if self.dob + dt.timedelta(days=365 * age) > set_date and adult:
            self.dob = dt.date(set_date.year - age - 1, self.dob.month, self.dob.day)
        self.age = age
        self.school = r.choice(SCHOOLS[stype])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        self.staff = [r.choice(STAFF_F) + " " + r.choice(LAST) for _ in range(3)] + \
                     [r.choice(STAFF_M) + " " + r.choice(LAST) for _ in range(3)]
        r.shuffle(self.staff)
        self.ib, self.teacher, self.director, self.rt, self.ortho, self.extra = self.staff
        self.rt_short = self.rt.split()[-1]
        pm = r.choice(["M.", "A.", "S.", "J.", "H.", "F."])
        self.mother = "%s %s" % (r.choice(STAFF_F), self.last.split("-")[0] if "-" in self.last else self.last)
        self.father = "%s %s" % (r.choice(STAFF_M), self.last.split("-")[0] if "-" in self.last else self.last)
        self.parent_initial = pm
        if cls:
            self.cls = cls
        else:
            self.cls = {"po": "groep %d" % max(3, min(8, age - 4)), "sbo": "groep %d (%s)" % (max(3, min(8, age - 4)), r.choice(["de Dolfijnen", "de Uilen", "de Egels"])),
                        "so": r.choice(["groep Zon", "groep 5/6", "middenbouw B", "groep Maan"]),
                        "vo": r.choice(["klas 2 vmbo-kader", "klas 3 havo", "klas 1 mavo/havo", "klas 2 vmbo-tl", "klas 4 vmbo-basis"]),
                        "pro": r.choice(["leerjaar 2", "leerjaar 3 (stagejaar)", "leerjaar 1", "leerjaar 4"]),
                        "vso": r.choice(["bovenbouw groep A", "klas 4 arbeid", "entreegroep", "groep 3 dagbesteding"])}[stype]
        self.dest = dest or default_destination(stype, theme, r)
        self.oogo_date = set_date - dt.timedelta(days=r.randint(4, 16))
        self.sign_date = set_date + dt.timedelta(days=r.randint(2, 12))
        self.eval_date = set_date + dt.timedelta(days=r.randint(110, 150))
        self.eval2_date = set_date + dt.timedelta(days=r.randint(200, 250))
        if self.eval2_date.month in (7, 8):
            self.eval2_date = dt.date(self.eval2_date.year, 6, r.randint(15, 26))
        self.start_date = set_date - dt.timedelta(days=r.randint(0, 10))
        self.tiq = {"cognitief": 72, "zml": 48, "ass": 112, "lg": 101}.get(theme, r.randint(86, 104))
        self.arrangement = r.choice(["arrangement licht", "groeiarrangement", "arrangement Maatwerk", "extra ondersteuning (niveau 3)"])

    def f(self, s):
        return s.format(n=self.first, hij=self.hij, zijn=self.zijn, hem=self.hem, rt=self.rt_short,
                        Hij=self.hij.capitalize(), Zijn=self.zijn.capitalize())

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def parents(self):
        return "%s en %s" % (self.mother, self.father)

    def pick(self, key, k):
        items = list(self.T[key])
        return [items[i] for i in range(min(k, len(items)))]


def default_destination(stype, theme, r):
    if stype in ("po", "sbo"):
        return {"lezen": "vmbo-kader (gemengde/theoretische leerweg mogelijk)", "rekenen": "vmbo-basis/kader met lwoo",
                "ass": "havo", "adhd": "vmbo-gl/tl", "taal": "vmbo-kader met lwoo", "cognitief": "praktijkonderwijs",
                "gedrag": "vmbo-basis met lwoo", "angst": "vmbo-tl/havo", "lg": "vmbo-tl"}.get(theme, "vmbo-kader")
    if stype == "so":
        return {"zml": "vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)",
                "ass": "vso, uitstroomprofiel vervolgonderwijs (vmbo-tl-examen)",
                "taal": "vmbo-basis met lwoo (regulier vo) of praktijkonderwijs",
                "lg": "regulier vo: vmbo-tl, met ondersteuning vanuit het expertisecentrum",
                "gedrag": "vso, uitstroomprofiel vervolgonderwijs (vmbo-kader)"}.get(theme, "vso, uitstroomprofiel arbeidsmarktgericht")
    if stype == "vo":
        return {"ass": "havo-diploma", "angst": "havo-diploma", "vo-dyslexie": "vmbo-tl-diploma (theoretische leerweg), daarna mbo niveau 4 techniek",
                "vo-adhd": "havo-diploma", "lezen": "vmbo-kader-diploma, daarna mbo niveau 3",
                "adhd": "vmbo-tl-diploma", "lg": "vmbo-tl-diploma"}.get(theme, "vmbo-basis-diploma (met lwoo), daarna mbo niveau 2")
    if stype == "pro":
        if theme == "vso-arbeid":
            return "arbeid: medewerker fietsenmakerij, met loonkostensubsidie en jobcoach"
        if theme == "pro-stage":
            return "arbeid: medewerker keuken in een zorgcentrum of restaurant, eventueel via de entree-opleiding"
        return r.choice(["arbeid: betaald werk in de groenvoorziening (werkplek met begeleiding)",
                         "entree-opleiding (mbo niveau 1), richting logistiek",
                         "arbeid: werk in de horeca/schoonmaak met jobcoach"])
    if stype == "vso":
        return {"zml": "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding bij zorgboerderij",
                "lg": "uitstroomprofiel vervolgonderwijs: mbo niveau 2",
                "ass": "uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicker) met jobcoach",
                "gedrag": "uitstroomprofiel arbeidsmarktgericht: entree-opleiding en daarna werk in de bouw",
                "cognitief": "uitstroomprofiel arbeidsmarktgericht: werk in de schoonmaak via beschut werk",
                "vso-arbeid": "uitstroomprofiel arbeidsmarktgericht: werk als medewerker fietsenmakerij met loonkostensubsidie en jobcoach"}.get(theme, "uitstroomprofiel arbeidsmarktgericht")
    return ""


# --------------------------------------------------------------------------------------------
# Element content.  El.kind: 'ok' (real or special content), 'gap' (text shown instead), 'absent'

class El:
    def __init__(self, kind, items=None, gap=None, extra=None):
        self.kind, self.items, self.gap, self.extra = kind, items or [], gap, extra or {}

    def __repr__(self):
        return "El(%s,%r,%r)" % (self.kind, self.items[:1], self.gap)


GAP_TEXT = {
    "empty": "", "dots": "...", "ntb": "n.t.b.", "nogaanvullen": "nog aanvullen", "volgt": "volgt na overleg",
    "bracket": "[tekst]", "nvt": "n.v.t.", "xxx": "xxx", "nader": "nader in te vullen door mentor",
    "ccph": "Klik of tik om tekst in te voeren.", "dash": "-",
}

INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in, bijv. vmbo-bb/kb/gt, havo, vwo, pro. Bij vso: kies een uitstroomprofiel.]",
    "onderbouwing": "Beschrijf op basis van toetsgegevens, intelligentie en schoolloopbaan waarom deze uitstroombestemming wordt verwacht.",
    "belemmerende_factoren": "<Noem hier de factoren die de ontwikkeling van de leerling belemmeren.>",
    "bevorderende_factoren": "<Noem hier de factoren die de ontwikkeling bevorderen (sterke kanten).>",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: deze leerling heeft ... nodig om ...",
    "ondersteuning": "Beschrijf wat er wordt ingezet, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Datum en deelnemers van het op overeenstemming gericht overleg invullen.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Vul de evaluatiemomenten in.",
    "informatie_rechten": "Tekst over instemmingsrecht en geschillen hier invoegen.",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}

REF = {
    "uitstroombestemming": "Zie OPP-trap (bijlage 1).",
    "onderbouwing": "Zie de OPP-trap en het leerlingvolgsysteem in de bijlage.",
    "belemmerende_factoren": "Zie het verslag van het MDO (bijlage 2).",
    "bevorderende_factoren": "Zie het verslag van het MDO (bijlage 2).",
    "ondersteuningsbehoefte": "Zie groeidocument, hoofdstuk 3.",
    "ondersteuning": "Zie het groepsplan van de groep.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage leerlijnen.",
    "doelen": "Zie bijlage: doelenformulier ParnasSys.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage 3).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het leerlinggesprek in het dossier.",
    "evaluatie": "Volgens de zorgcyclus van de school (zie schoolondersteuningsprofiel).",
    "informatie_rechten": "Zie de schoolgids.",
    "vaststelling": "Zie handtekeningenblad.",
}


def destination_items(P):
    return [P.dest]


def onderbouwing_items(P):
    r = random.Random(zlib.crc32(P.name.encode('utf-8')))
    st, th = P.stype, P.theme
    if st in ("po", "sbo"):
        lr = r.choice([50, 60, 65, 70, 75])
        s = ("Het leerrendement van %s ligt sinds groep 4 rond %d%% (Cito/Leerling in beeld: begrijpend lezen gemiddeld %d%%, rekenen %d%%). "
             "Het intelligentieonderzoek (WISC-V, %s) gaf een TIQ van %d. Op basis van de OPP-trap verwachten wij eind groep 8 een "
             "functioneringsniveau van %s voor begrijpend lezen en %s voor rekenen. Dat past bij %s. %s") % (
            P.first, lr, lr - 5, lr + 5, dlong(P.set_date - dt.timedelta(days=200)), P.tiq,
            r.choice(["E6", "M7", "E5"]), r.choice(["M6", "E6", "M7"]), P.dest,
            P.f("Ook de werkhouding en de betrokkenheid van ouders zijn meegewogen; de verwachting is met de ouders besproken."))
    elif st == "so":
        s = ("Op grond van het onderzoek van de commissie voor de begeleiding (TIQ %d), de ontwikkeling op de leerlijnen van de afgelopen "
             "twee jaar (gemiddeld een half tot driekwart jaar groei per jaar) en het beeld in de groep verwachten wij uitstroom naar %s.") % (P.tiq, P.dest)
    elif st == "vo":
        s = ("Het basisschooladvies was %s. De rapportcijfers van het afgelopen jaar zijn voldoende tot ruim voldoende voor de kernvakken "
             "(gemiddeld %s), en de Cito VAS-toets in leerjaar 1 laat niveau %s zien. Belemmeringen worden met de ondersteuning "
             "grotendeels opgevangen. Daarom verwachten wij dat %s een %s kan halen.") % (
            r.choice(["vmbo-tl/havo", "havo", "vmbo-kader", "vmbo-basis/kader"]), r.choice(["6,4", "6,8", "7,1"]),
            r.choice(["havo", "vmbo-tl", "vmbo-kader"]), P.first, P.dest.split(",")[0])
    elif st == "pro":
        s = ("%s heeft een TIQ van %d en een leerachterstand van meer dan drie jaar bij rekenen en lezen. In de interne stage (keuken en groen) "
             "werkt %s zelfstandig en betrouwbaar; de beoordeling van de stagebegeleider is goed. %s is gemotiveerd voor praktisch werk. "
             "Daarom verwachten wij uitstroom naar %s.") % (P.first, r.randint(62, 78), P.hij, P.hij.capitalize(), P.dest)
    else:  # vso
        s = ("Uit het onderzoek voor de CvB (TIQ %d), de resultaten op de leerroute en de ervaringen in de (interne) stage blijkt dat %s "
             "het best past bij %s. %s werkt het best in een voorspelbare, rustige omgeving met vaste begeleiding.") % (
            P.tiq, P.first, P.dest, P.hij.capitalize())
    return [s]


def factors(P, key):
    items = list(P.T[key])
    if key == "bevord" and len(items) < 4:
        items += GENERIC_BEVORD[: 4 - len(items)]
    return [(d, P.f(t)) for d, t in items]


def support_items(P):
    out = []
    for what, who, freq in P.T["steun"]:
        out.append((P.f(what), P.f(who), P.f(freq), "vanaf " + dlong(P.start_date)))
    return out


def advice_items(P):
    out = []
    for who, adv, act in P.T["advies"]:
        out.append((P.f(who), P.f(adv), P.f(act)))
    if P.stype in ("so", "vso"):
        out.insert(0, ("Commissie voor de begeleiding (CvB)",
                       P.f("De CvB adviseert op %s het ontwikkelingsperspectief vast te stellen met uitstroom naar %s en de ondersteuning uit dit plan in te zetten." % (
                           dlong(P.set_date - dt.timedelta(days=9)), P.dest)),
                       "Het advies is overgenomen in dit plan."))
    return out


def pupil_items(P):
    v, e = P.T["leerling"][0]
    return [(P.f(v), P.f(e))]


def build(P, variants):
    """Return (E, labels): E maps element -> El, labels element -> status."""
    E, L = {}, {}
    for el in ELEMENTS:
        v = variants.get(el, "ok")
        E[el], L[el] = build_one(P, el, v)
    return E, L


def _gap(el, v):
    if v in GAP_TEXT:
        return GAP_TEXT[v]
    if v == "instr":
        return INSTR[el]
    if v == "ref":
        return REF[el]
    raise KeyError((el, v))


def build_one(P, el, v):
    inb_na = el == "inbreng_leerling" and (P.pre2025 or (P.adult and not P.curatele))
    if v == "absent":
        return El("absent"), ("not_applicable" if inb_na else "missing")
    if v in GAP_TEXT or v in ("instr", "ref"):
        if el == "afwijkingen_onderwijsprogramma" and v == "nvt":
            return El("ok", ["n.v.t."]), "not_applicable"
        return El("gap", gap=_gap(el, v)), ("not_applicable" if inb_na else "incomplete")
    lab = "present"
    if el == "uitstroombestemming":
        if v == "unticked":
            return El("ok", [], extra={"unticked": True}), "incomplete"
        return El("ok", destination_items(P)), lab
    if el == "onderbouwing":
        return El("ok", onderbouwing_items(P)), lab
    if el == "belemmerende_factoren":
        return El("ok", factors(P, "belem")), lab
    if el == "bevorderende_factoren":
        return El("ok", factors(P, "bevord")), lab
    if el == "ondersteuningsbehoefte":
        return El("ok", [P.f(b) for b in P.T["behoefte"]]), lab
    if el == "ondersteuning":
        if v == "vague":
            return El("ok", [], extra={"vague": P.f("{n} krijgt waar nodig extra begeleiding en ondersteuning in de klas. De school zet de middelen van het arrangement in.")}), "incomplete"
        return El("ok", support_items(P)), lab
    if el == "afwijkingen_onderwijsprogramma":
        if v == "ok" and P.T["afwijking"]:
            return El("ok", [P.f(P.T["afwijking"])]), lab
        if v in ("ok", "none"):
            return El("ok", [P.f("Er zijn geen afwijkingen van het onderwijsprogramma: {n} volgt het reguliere programma van de groep.")],
                      extra={"none": True}), "not_applicable"
        if v == "unticked":
            return El("ok", [], extra={"unticked": True}), "incomplete"
    if el == "doelen":
        if v == "vague":
            return El("ok", [P.f("{n} gaat vooruit met lezen en rekenen."), P.f("{n} voelt zich prettig in de groep."),
                             "Werken aan zelfstandigheid."], extra={"vague": True}), "incomplete"
        return El("ok", [P.f(g) for g in P.T["doelen"]]), lab
    if el == "adviezen_professionals":
        if v == "nocvb":
            return El("ok", [(P.f(w), P.f(a), P.f(x)) for w, a, x in P.T["advies"]]), "incomplete"
        return El("ok", advice_items(P)), lab
    if el == "oogo":
        who = P.name if (P.adult and not P.curatele) else P.parents
        if v == "nodate":
            return El("ok", [P.f("Het plan is met ouders besproken.")], extra={"nodate": True}), "incomplete"
        if v == "planned":
            return El("ok", ["Gesprek met ouders wordt nog gepland."], extra={"planned": True}), "incomplete"
        if P.adult and not P.curatele:
            txt = "Het plan is op %s besproken met %s zelf (18 jaar) en, op %s verzoek, %s moeder; verder aanwezig: %s (mentor) en %s." % (
                dlong(P.oogo_date), P.first, P.zijn, P.zijn, P.teacher, P.ib)
        elif P.curatele:
            txt = "Het plan is op %s besproken met %s, %s (moeder en curator) en %s (mentor). %s heeft zelf ook meegepraat." % (
                dlong(P.oogo_date), P.first, P.mother, P.teacher, P.first)
        else:
            txt = "Het plan is op %s besproken met %s (ouders), %s (%s) en %s (%s)." % (
                dlong(P.oogo_date), who, P.teacher, "mentor" if P.stype in ("vo", "pro", "vso") else "leerkracht",
                P.ib, "ondersteuningscoördinator" if P.stype in ("vo", "pro", "vso") else "intern begeleider")
        return El("ok", [txt], extra={"date": P.oogo_date, "who": who}), lab
    if el == "inbreng_leerling":
        items = pupil_items(P)
        if v == "view_only":
            return El("ok", [(items[0][0], None)]), ("not_applicable" if inb_na else "incomplete")
        if v == "notpresent":
            return El("ok", [(P.f("{n} was niet aanwezig bij het gesprek."), None)]), ("not_applicable" if inb_na else "incomplete")
        return El("ok", items), ("not_applicable" if inb_na else lab)
    if el == "evaluatie":
        with_pupil = "" if P.pre2025 else (" en %s" % P.first)
        if P.adult and not P.curatele:
            ev_who = "met %s zelf (en, als %s dat wil, %s ouders)" % (P.first, P.hij, P.zijn)
        else:
            ev_who = "met ouders%s" % with_pupil
        if v == "vague":
            return El("ok", ["Het plan wordt geëvalueerd en zo nodig bijgesteld."], extra={"vague": True}), "incomplete"
        if v == "biennial":
            return El("ok", ["Het OPP wordt eens per twee jaar geëvalueerd met ouders, of eerder als daar aanleiding toe is."]), "incomplete"
        return El("ok", ["Tussenevaluatie van de doelen op %s en jaarevaluatie van het hele plan op %s, %s, %s en %s." % (
            dlong(P.eval_date), dlong(P.eval2_date), ev_who, P.teacher, P.ib)],
                  extra={"d1": P.eval_date, "d2": P.eval2_date}), lab
    if el == "informatie_rechten":
        if v == "partial":
            return El("ok", ["Heeft u vragen over dit plan? Neem dan contact op met de %s." % (
                "intern begeleider" if P.stype in ("po", "sbo", "so") else "mentor")], extra={"partial": True}), "incomplete"
        return El("ok", [rights_text(P)]), lab
    if el == "vaststelling":
        if v == "nodate":
            return El("ok", [], extra={"nodate": True}), "incomplete"
        return El("ok", [], extra={"date": P.set_date, "who": P.director}), lab
    if el == "instemming_ouders":
        return consent(P, v)
    raise KeyError((el, v))


def rights_text(P):
    if P.adult and not P.curatele:
        return ("Je bent meerderjarig. Daarom vraagt de school jouw instemming voor het handelingsdeel van dit plan (de ondersteuning). "
                "Zonder jouw instemming wordt dit deel niet uitgevoerd. Ben je het niet eens met het plan, bespreek dat dan eerst met je mentor "
                "of de directie. Kom je er samen niet uit, dan kun je gratis hulp vragen aan een onderwijsconsulent of het ouder- en "
                "jeugdsteunpunt. Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    party = "u als ouder" if not (P.adult and not P.curatele) else "jij als meerderjarige leerling"
    return ("Voor het handelingsdeel van dit plan (de ondersteuning) vraagt de school de instemming van %s. Zonder instemming wordt "
            "dit deel niet uitgevoerd. Bent u het niet eens met het plan, bespreek dat dan eerst met de school. Komt u er samen niet uit, "
            "dan kunt u contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met een onderwijsconsulent "
            "(gratis). U kunt binnen zes weken na de vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.") % party


CONSENT_LABEL = {
    "signed": "present", "tick_ok": "present", "digital": "present", "stated": "present", "image_sig": "present",
    "adult_self": "present", "curator": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank_line": "incomplete", "unticked": "incomplete", "no_date": "incomplete",
    "adult_parents_only": "incomplete", "curatele_self": "incomplete", "avg_blank": "incomplete",
    "avg_only": "missing", "absent": "missing", "ok": "present",
}


def consent(P, v):
    if v == "ok":
        v = "signed"
    d = dnum(P.sign_date)
    par = P.mother
    school = [("Namens de school", P.director + ", directeur", d, "getekend")]
    extra = {"variant": v, "date": d, "parent": par}
    if v in ("avg_only",):
        return El("ok", [], extra=extra), CONSENT_LABEL[v]
    return El("ok", [], extra=extra), CONSENT_LABEL[v]
