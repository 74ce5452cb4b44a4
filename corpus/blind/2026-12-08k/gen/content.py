# -*- coding: utf-8 -*-
"""Case data and element texts for the blind OPP corpus (round 63, 2026-12-08k).

Everything here is invented: pupils, schools, places, systems, people.
Deterministic: all randomness comes from random.Random(seed) passed in.
"""
import datetime as dt

CUTOFF = dt.date(2025, 8, 1)

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def d_num(d):
    return d.strftime("%d-%m-%Y")


def d_long(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def add_days(d, n):
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------- invented names
FIRST_M = ["Sem", "Daan", "Milan", "Bram", "Luuk", "Thijs", "Ilias", "Jesse", "Ruben", "Sven",
           "Mats", "Yusuf", "Stijn", "Owen", "Jorrit", "Teun", "Kaan", "Wessel"]
FIRST_F = ["Lotte", "Fenna", "Yara", "Nora", "Tess", "Mila", "Sanne", "Zoë", "Ilse", "Noor",
           "Lieke", "Amira", "Jade", "Femke", "Rosa", "Evi", "Hajar", "Maud"]
SURNAMES = ["Brinkhorst", "van Aaldering", "Kortenhoeve", "Wolterink-Mos", "de Graafschap",
            "Veldkamp", "Hoekstraat", "Ouwejan", "Terpstra-Blom", "van Dijkhuis", "Schreuders",
            "Lammertsma", "Pietersz", "van der Zandhoek", "Elshout", "Mulderink", "Kockelkoren",
            "Bosveld", "Hendriksma", "de Vriesendorp", "Rutjens", "Akkermans-Lee", "Tuinstra",
            "Gerritsen-Ozturk", "Noordwal", "Haverkate"]
STAFF_F = ["Anouk", "Marieke", "Petra", "Ingrid", "Saskia", "Esther", "Hanneke", "Yvonne", "Fatma"]
STAFF_M = ["Jeroen", "Marco", "Ruud", "Kees", "Bas", "Erik", "Hamid", "Wouter", "Gert-Jan"]
PARENT_F = ["Miranda", "Linda", "Sabine", "Naima", "Chantal", "Debora", "Joyce", "Wendy", "Aylin"]
PARENT_M = ["Rob", "Patrick", "Mohamed", "Dennis", "Arjen", "Sander", "Remco", "Tarik", "Niels"]
PLACES = ["Brakelmonde", "Ooievaarsdal", "Veenhorst aan de Lee", "Kranenwolde", "Westerlee-Binnen",
          "Haverwijk", "Sint-Arnoutskerke", "Dommelstede", "Lindeburg-Oost", "Rietmolen aan de Vaart"]
SCHOOLS = {
    "po": ["obs De Wilgenhoek", "cbs Het Kompasanker", "Kindcentrum De Zeilvis", "rkbs De Lindeboom-Noord",
           "obs Het Vlindernest"],
    "sbo": ["SBO De Stroming", "SBO Het Baken", "SBO De Wegwijzer-West"],
    "so": ["SO De Vlonder (cluster 4)", "Mytylschool De Palet", "SO Het Zonnespoor"],
    "vo": ["Lindeveld College", "Scholengemeenschap De Brakel", "Veenhorst Lyceum", "Vakcollege Rietmolen"],
    "pro": ["Praktijkschool Het Werkhuis", "Praktijkcollege De Hoeve", "PrO Kranenwolde"],
    "vso": ["VSO De Kaap", "VSO Het Anker-Noord", "Kompas VSO Dommelstede"],
}
BOARDS = ["Stichting Keerpunt Onderwijs", "Stichting Lee en Vaart", "Scholengroep Brakelmonde",
          "Stichting Speciaal Onderwijs Oostland", "Vereniging Veenhorster Scholen"]
SWV_PO = ["Samenwerkingsverband Passend Primair Onderwijs Lee en Vaart (PO 29-97)",
          "Samenwerkingsverband PO Brakelmonde e.o. (PO 31-88)"]
SWV_VO = ["Samenwerkingsverband VO Veenhorst-Dommel (VO 28-96)",
          "Samenwerkingsverband Passend VO Oostland (VO 30-91)"]


class Case(dict):
    def __getattr__(self, k):
        return self[k]


def make_case(spec, rng):
    st = spec["stype"]
    female = rng.random() < 0.45
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(SURNAMES)
    P, PP = ("zij", "haar") if female else ("hij", "zijn")
    plan = spec["date"]
    age = spec.get("age") or {"po": rng.choice([8, 9, 10, 11]), "sbo": rng.choice([9, 10, 11]),
                               "so": rng.choice([8, 9, 10, 11]), "vo": rng.choice([13, 14, 15]),
                               "pro": rng.choice([13, 14, 15, 16]), "vso": rng.choice([15, 16, 17])}[st]
    dob = add_days(dt.date(plan.year - age, plan.month, min(plan.day, 28)), -rng.randint(10, 330))
    # age exactly at plan date
    age = plan.year - dob.year - ((plan.month, plan.day) < (dob.month, dob.day))
    if st in ("po", "sbo", "so"):
        grade = "groep %d" % min(8, max(3, age - 4))
    elif st == "vo":
        grade = "leerjaar %d" % max(1, min(4, age - 11))
    elif st == "pro":
        grade = "leerjaar %d" % max(1, min(5, age - 11))
    else:
        grade = "leerjaar %d" % max(1, min(6, age - 11))
    used_sn = {last}
    used_fn = set()

    def staff():
        f = rng.random() < 0.6
        fn = rng.choice([x for x in (STAFF_F if f else STAFF_M) if x not in used_fn])
        sn = rng.choice([x for x in SURNAMES if x not in used_sn])
        used_fn.add(fn)
        used_sn.add(sn)
        return "%s %s" % (fn, sn)
    parent1 = "%s %s" % (rng.choice(PARENT_F), last)
    parent2 = "%s %s" % (rng.choice(PARENT_M), last)
    primary = st in ("po", "sbo", "so")
    anchor = spec.get("revised") or plan
    c = Case(
        stype=st, first=first, last=last, full="%s %s" % (first, last), female=female,
        P=P, PP=PP, Pc=P.capitalize(), PPc=PP.capitalize(), dob=dob, age=age, grade=grade,
        school=rng.choice(SCHOOLS[st]), place=rng.choice(PLACES), board=rng.choice(BOARDS),
        swv=rng.choice(SWV_PO if primary else SWV_VO),
        teacher=staff(), ib=staff(), director=staff(), external=staff(), psych=staff(), ab=staff(),
        parent1=parent1, parent2=parent2,
        plan=plan, oogo=add_days(anchor, -rng.randint(8, 16)), consent=add_days(anchor, -rng.randint(1, 5)),
        view=add_days(anchor, -rng.randint(18, 30)),
        eval1=add_days(anchor, rng.randint(100, 130)), eval2=add_days(anchor, rng.randint(230, 260)),
        adult=spec.get("adult", False), curatele=spec.get("curatele", False),
        curator="mr. %s" % staff(), revised=spec.get("revised"), iq=rng.randint(72, 95),
    )
    c["coord_title"] = "intern begeleider" if primary else "ondersteuningscoördinator"
    c["teacher_title"] = "groepsleerkracht" if primary else "mentor"
    c["pupilword"] = "leerling"
    c["year"] = plan.year
    # destination
    dests = {
        "po": ["vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg",
               "praktijkonderwijs", "vmbo gemengde/theoretische leerweg"],
        "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo"],
        "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo basis/kader)", "praktijkonderwijs",
               "vso, uitstroomprofiel arbeidsmarktgericht"],
        "vo": ["vmbo-kader diploma (profiel Zorg en welzijn), daarna mbo niveau 3",
               "havo-diploma, daarna hbo", "vmbo-tl diploma, daarna mbo niveau 4",
               "vmbo-basis diploma met lwoo, daarna mbo niveau 2"],
        "pro": ["arbeidsmarkt: betaald werk in de groenvoorziening, met branchecertificaat",
                "entreeopleiding (mbo niveau 1), richting logistiek",
                "arbeidsmarkt: werk in de horeca als keukenhulp, met begeleiding van een jobcoach"],
    }
    if st == "vso":
        prof = spec.get("profile") or rng.choice(["arbeidsmarktgericht", "vervolgonderwijs", "dagbesteding"])
        detail = {"arbeidsmarktgericht": "werk in de logistiek (orderpicken, magazijn) met ondersteuning van een jobcoach",
                  "vervolgonderwijs": "mbo niveau 2, opleiding medewerker ICT-support",
                  "dagbesteding": "arbeidsmatige dagbesteding op een zorgboerderij, drie tot vier dagdelen per week"}[prof]
        c["profile"] = prof
        c["dest"] = "uitstroomprofiel %s: %s" % (prof, detail)
    else:
        c["profile"] = None
        c["dest"] = spec.get("dest") or rng.choice(dests[st])
    c["rng"] = rng
    return c


# ---------------------------------------------------------------- generic gap texts
FIELD_LABEL = {
    "uitstroombestemming": "Verwachte uitstroombestemming",
    "onderbouwing": "Onderbouwing uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen komende periode",
    "adviezen_professionals": "Adviezen externe deskundigen",
    "oogo": "Overleg met ouders (OOGO)",
    "instemming_ouders": "Instemming handelingsdeel",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "informatie_rechten": "Informatie voor ouders",
    "vaststelling": "Vastgesteld op",
}

INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in, bijv. vmbo-bb, vmbo-kb, praktijkonderwijs of vso-profiel.]",
    "onderbouwing": "Beschrijf hier op basis van welke gegevens (toetsen, onderzoek, ontwikkeling) de uitstroombestemming is bepaald.",
    "belemmerende_factoren": "[Beschrijf hier de factoren die het leren belemmeren: leren, werkhouding, sociaal-emotioneel, thuissituatie, medisch.]",
    "bevorderende_factoren": "[Beschrijf hier de sterke kanten en beschermende factoren van de leerling.]",
    "ondersteuningsbehoefte": "Geef aan wat de leerling nodig heeft (instructie, leertijd, materialen, begeleiding).",
    "ondersteuning": "Omschrijf welke ondersteuning geboden wordt: wat, door wie, hoe vaak en vanaf wanneer.",
    "doelen": "Formuleer hier SMART-doelen per ontwikkelingsgebied voor de komende periode.",
    "adviezen_professionals": "[Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum en deelnemers van het overleg met ouders invullen]",
    "evaluatie": "[Vermeld hier wanneer en met wie het OPP wordt geëvalueerd.]",
    "informatie_rechten": "[Standaardtekst bezwaarprocedure invoegen]",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf vindt en wat daarmee in het plan gedaan is.",
    "afwijkingen_onderwijsprogramma": "[Beschrijf hier eventuele afwijkingen: eigen leerlijn, vervangende doelen, vrijstelling, aangepaste onderwijstijd.]",
    "vaststelling": "[datum vaststelling en naam directeur]",
}

REFER = {
    "uitstroombestemming": "Zie het onderwijskundig rapport.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht LVS).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "bevorderende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "ondersteuningsbehoefte": "Zie het groepsplan.",
    "ondersteuning": "Zie groepsplan / handelingsplan in het leerlingvolgsysteem.",
    "doelen": "Zie bijlage 3 (doelenoverzicht).",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek in het dossier.",
    "oogo": "Zie gespreksverslag.",
    "evaluatie": "Zie zorgkalender van de school.",
    "informatie_rechten": "Zie de schoolgids voor de klachtenregeling.",
    "inbreng_leerling": "Zie leerlinggesprek in het dossier.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage.",
    "vaststelling": "Zie dossier.",
}


# ---------------------------------------------------------------- present texts

def primary(c):
    return c.stype in ("po", "sbo", "so")


def uitstroom_present(c, style):
    if style == "fields":
        rows = [("Verwachte uitstroombestemming", c.dest[0].upper() + c.dest[1:])]
        if c.stype in ("po", "sbo"):
            rows.append(("Verwacht uitstroomniveau", "rekenen: niveau eind groep 6; lezen: 1F"))
        if c.stype == "vso":
            rows.insert(0, ("Uitstroomprofiel", c.profile))
        return [("kv", rows)]
    if c.stype == "so":
        t = ("Wij verwachten dat %s na het speciaal onderwijs uitstroomt naar %s." % (c.first, c.dest))
    elif primary(c):
        t = ("Wij verwachten dat %s na de basisschoolperiode uitstroomt naar %s." % (c.first, c.dest))
    elif c.stype == "vso":
        t = ("%s werkt toe naar het %s." % (c.first, c.dest))
    else:
        t = ("De verwachte uitstroombestemming van %s is: %s." % (c.first, c.dest))
    return [("p", t)]


def onderbouwing_present(c, style):
    r = c.rng
    y = c.plan.year if c.plan.month >= 2 else c.plan.year - 1
    if c.stype in ("po", "sbo"):
        t = ("Toetsgegevens leerlingvolgsysteem (januari %d): technisch lezen DLE %d, begrijpend lezen DLE %d, "
             "rekenen DLE %d bij een didactische leeftijd van %d. Het leerrendement ligt voor rekenen rond %d%% en voor "
             "lezen rond %d%%. Uit het psychologisch onderzoek (WISC-V, %d) komt een totaal IQ van %d naar voren, met een "
             "zwakke score op werkgeheugen. %s heeft groep %d gedoubleerd. Gezien deze gegevens en de groei van de "
             "afgelopen twee jaar is %s een realistische bestemming."
             % (y, r.randint(18, 30), r.randint(14, 24), r.randint(15, 26), r.randint(38, 48), r.randint(50, 65),
                r.randint(60, 75), y - 1, c.iq, c.first, r.choice([3, 4]), c.dest.split(",")[0]))
    elif c.stype == "so":
        t = ("Intelligentieonderzoek (WISC-V, %d): totaal IQ %d. Didactisch niveau: rekenen eind groep 5, technisch lezen "
             "AVI M6, spelling eind groep 5. In de kleine groep met vaste structuur laat %s op de sociaal-emotionele "
             "vragenlijst (SCOL, najaar %d) vooruitgang zien. De commissie voor de begeleiding acht daarom %s haalbaar."
             % (y - 1, c.iq, c.first, y, c.dest))
    elif c.stype == "vo":
        t = ("NIO bij binnenkomst: %d. Gemiddelden vorig leerjaar: Nederlands 5,6; Engels 5,2; wiskunde 6,4; "
             "beroepsgerichte vakken 7,1. %s is met een bespreking bevorderd. Mentor en vakdocenten zien dat %s bij "
             "praktische opdrachten beter presteert en dat de resultaten stijgen wanneer de planning met %s wordt "
             "doorgenomen. Op grond hiervan verwachten wij: %s." % (c.iq + 8, c.first, c.P, c.P, c.dest))
    elif c.stype == "pro":
        t = ("IQ %d (WISC-V, %d); bij instroom een leerachterstand van meer dan drie jaar bij rekenen en lezen. "
             "Rekenen werkt %s nu op niveau 1F-deel, lezen op 1F. Op de competentielijst van de interne stage "
             "(oktober %d) scoort %s voldoende op 'komt afspraken na' en 'werkt zelfstandig'. De stagebegeleider "
             "ziet mogelijkheden voor: %s." % (c.iq, y - 2, c.P, y, c.P, c.dest))
    elif c.profile == "arbeidsmarktgericht":
        t = ("IQ %d (WISC-V, %d). Arbeidsvaardighedenlijst (mei %d): werktempo en samenwerken voldoende, omgaan met "
             "veranderingen onvoldoende. %s loopt twee dagen per week stage bij een groothandel in %s; de "
             "stagebeoordeling is positief. Daarom kiest de school samen met %s en ouders voor het %s."
             % (c.iq, y - 2, y, c.first, c.place, c.first, c.dest))
    elif c.profile == "vervolgonderwijs":
        t = ("IQ %d (WISC-V, %d). %s volgt de vakken op vmbo-basisniveau en haalde in juni %d het certificaat "
             "Nederlands 2F. Resultaten ICT-praktijk: gemiddeld 7,4. De snuffelstage op het ROC in %s verliep goed. "
             "Daarom verwachten school en ouders: %s." % (c.iq + 6, y - 2, c.first, y, c.place, c.dest))
    else:
        t = ("Ontwikkelingsprofiel (SEO/AVL, voorjaar %d): %s voert korte, vaste taken uit met begeleiding en "
             "raakt bij drukte en veranderingen snel overbelast; de belastbaarheid is ongeveer drie dagdelen per dag. "
             "Op de interne werkplek (dierenverzorging) werkt %s met plezier en steeds zelfstandiger. Daarom kiezen "
             "school, %s en betrokkenen voor het %s." % (y, c.first, c.P, c.first, c.dest))
    return [("p", t)]


FACTOR_DOMAINS = ["Leren en cognitie", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie",
                  "Lichamelijk / medisch"]


def factors(c):
    """(belemmerend, bevorderend) per domain."""
    N, P, PP = c.first, c.P, c.PP
    alt = c.get("alt")
    if alt is None:
        alt = c["alt"] = c.rng.random() < 0.5
    if primary(c) and alt:
        return [
            ("Leren en cognitie", "Taalontwikkelingsstoornis: beperkte woordenschat en moeite met lange zinnen in instructies.",
             "Sterk in rekenen met concreet materiaal; onthoudt goed wat %s gezien heeft." % P),
            ("Werkhouding en taakaanpak", "Werktempo laag; raakt de draad kwijt bij opdrachten met meerdere stappen.",
             "Zorgvuldig en netjes; maakt af waar %s aan begint." % P),
            ("Sociaal-emotioneel", "Weinig zelfvertrouwen; zegt snel 'ik kan het niet'.",
             "Goede band met de leerkracht; speelt graag samen in kleine groepjes."),
            ("Thuissituatie", "Thuis wordt vooral Turks en Nederlands door elkaar gesproken; weinig voorlezen.",
             "Ouders zijn betrokken en oefenen dagelijks woordjes met %s." % ("haar" if c.female else "hem")),
            ("Lichamelijk / medisch", "Logopedie (TOS, cluster 2-arrangement); snel moe aan het eind van de week.",
             "Gezond, sportief; zit op turnen."),
        ]
    if not primary(c) and alt:
        return [
            ("Leren en cognitie", "Dyslexie (verklaring %d); lezen en spellen kosten veel tijd en energie." % (c.plan.year - 5),
             "Goed mondeling taalgebruik; sterk bij vakken met veel praktijk."),
            ("Werkhouding en taakaanpak", "Stelt werk uit; overzicht over meerdere vakken kwijt.",
             "Komt afspraken met de mentor na; werkt goed met een checklist."),
            ("Sociaal-emotioneel", "Angstig bij nieuwe situaties en bij presentaties voor de klas.",
             "Humor; heeft een vaste vriendengroep op school."),
            ("Thuissituatie", "Moeder is langdurig ziek; %s zorgt thuis veel voor jongere broertjes." % N,
             "Grootouders en een tante bieden steun; ouders staan open voor overleg."),
            ("Lichamelijk / medisch", "Slaapproblemen; komt geregeld te laat op maandag.",
             "Traint drie keer per week bij de atletiekvereniging."),
        ]
    if primary(c):
        return [
            ("Leren en cognitie", "Zwak werkgeheugen; nieuwe rekenstrategieën zakken snel weg; taalbegrip onder leeftijdsniveau.",
             "Goed visueel geheugen; leert goed met concreet materiaal; technisch lezen gaat vooruit."),
            ("Werkhouding en taakaanpak", "Snel afgeleid in een drukke klas; begint moeilijk aan een taak zonder voorbeeld.",
             "Gemotiveerd als %s succes ervaart; houdt zich goed aan een dagplanning met pictogrammen." % P),
            ("Sociaal-emotioneel", "Faalangst bij toetsen; raakt in conflicten op het plein snel overstuur.",
             "Vriendelijk en behulpzaam; heeft twee vaste vriendjes in de klas."),
            ("Thuissituatie", "Ouders zijn dit jaar gescheiden; %s woont om de week bij vader." % N,
             "Beide ouders zijn betrokken en komen samen naar gesprekken."),
            ("Lichamelijk / medisch", "ADHD (gediagnosticeerd %d); medicatie op schooldagen." % (c.plan.year - 2),
             "Sportief: zit op voetbal en zwemmen, wat %s rust geeft." % ("haar" if c.female else "hem")),
        ]
    return [
        ("Leren en cognitie", "Moeite met begrijpend lezen van lange teksten; plannen van huiswerk lukt niet zelfstandig.",
         "Sterk in praktische en technische opdrachten; goed ruimtelijk inzicht."),
        ("Werkhouding en taakaanpak", "Vergeet spullen en afspraken; haakt af bij lange instructies.",
         "Werkt hard als het doel duidelijk is; neemt feedback van de mentor goed aan."),
        ("Sociaal-emotioneel", "Trekt zich terug in grote groepen; somber in periodes van toetsdruk.",
         "Heeft een klein, stabiel vriendennetwerk; kan goed aangeven wanneer het te veel wordt."),
        ("Thuissituatie", "Lange reistijd (ruim een uur per dag met de bus).",
         "Ouders zijn betrokken en houden het huiswerk via het ouderportaal bij."),
        ("Lichamelijk / medisch", "Diagnose ASS (%d); vermoeidheid aan het eind van de dag." % (c.plan.year - 3),
         "Gezonde leefstijl; sport twee keer per week (judo)."),
    ]


def factor_present(c, el, style):
    idx = 1 if el == "belemmerende_factoren" else 2
    rows = factors(c)
    if style == "fields":
        return [("kv", [(r[0], r[idx]) for r in rows])]
    def low(t):
        return t[0].lower() + t[1:] if len(t) > 1 and t[1].islower() else t
    return [("bullets", ["%s: %s" % (r[0], low(r[idx])) for r in rows])]


def behoefte_present(c, style):
    N = c.first
    items = ["korte, duidelijke instructie in kleine stappen, met een voorbeeld erbij;",
             "een vaste werkplek met weinig prikkels en een koptelefoon bij zelfstandig werken;",
             "vooraf weten wat er gaat gebeuren, vooral bij veranderingen in het rooster;",
             "extra oefentijd en herhaling bij %s;" % ("rekenen" if primary(c) else "Nederlands en Engels"),
             "een volwassene bij wie %s terecht kan als het even niet lukt." % N]
    if style == "fields":
        return [("kv", [("Onderwijsbehoeften", " ".join("- " + i for i in items))])]
    return [("p", "%s heeft nodig:" % N), ("bullets", items)]


def ondersteuning_rows(c, n=4):
    start = d_num(add_days(c.plan, 7))
    if primary(c):
        rows = [
            ("Verlengde instructie rekenen in de instructiegroep", c.teacher + " (" + c.teacher_title + ")", "4x per week, 20 minuten", start),
            ("Remedial teaching begrijpend lezen (RALFI-methode)", "remedial teacher " + c.external, "2x per week, 30 minuten", start),
            ("Training sociale vaardigheden in een groepje van vier", "ambulant begeleider " + c.ab, "1x per twee weken, 45 minuten", start),
            ("Dagplanning met pictogrammen en time-timer", c.teacher, "dagelijks", start),
            ("Overleg leerkracht, ib'er en ouders over de voortgang", c.ib + " (" + c.coord_title + ")", "1x per 6 weken", start),
            ("Begeleiding bij de overstap naar de nieuwe groep", c.ib, "voor de zomervakantie, 3 momenten", "juni"),
            ("Time-out plek bij de ib-ruimte bij overprikkeling", c.teacher, "zo nodig, max. 10 minuten", start),
            ("Inzet leesprogramma op de laptop (Kurzweil)", c.teacher, "bij alle leesteksten", start),
            ("Observatie in de klas door de orthopedagoog van het samenwerkingsverband", c.external, "2x dit schooljaar", start),
            ("Huiswerkafspraken met ouders via het ouderportaal", c.teacher, "wekelijks", start),
        ]
    else:
        rows = [
            ("Coachgesprek over planning en huiswerk", c.teacher + " (" + c.teacher_title + ")", "1x per week, 20 minuten", start),
            ("Ondersteuning in het Rebound/Steunpunt bij overprikkeling", "begeleider Steunpunt " + c.external, "zo nodig, met time-outkaart", start),
            ("Extra lestijd Nederlands (taalklas)", "docent Nederlands", "2x per week, 45 minuten", start),
            ("Faalangstreductietraining", "schoolmaatschappelijk werker " + c.ab, "8 bijeenkomsten", start),
            ("Overleg mentor, zorgcoördinator en ouders", c.ib + " (" + c.coord_title + ")", "1x per 6 weken", start),
            ("Stagebegeleiding en jobcoaching", "stagedocent " + c.external, "1x per twee weken op de stageplek", start),
            ("Gebruik van laptop met voorleessoftware bij toetsen", "examensecretaris / vakdocenten", "bij alle toetsen", start),
            ("Vaste contactpersoon bij roosterwijzigingen", c.teacher, "dagelijks, via de app", start),
            ("Afstemming met behandelaar jeugd-GGZ", c.ib, "1x per periode", start),
            ("Verlengde toetstijd (25%)", "vakdocenten", "bij alle schriftelijke toetsen", start),
        ]
    return rows[:n]


def ondersteuning_present(c, style, n=4):
    rows = ondersteuning_rows(c, n)
    return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], rows)]


def afwijking_present(c, style):
    if c.stype in ("po", "sbo", "so"):
        t = ("%s volgt voor rekenen een eigen leerlijn: het einddoel eind groep 8 is rekenniveau eind groep 6 "
             "(referentieniveau 1F wordt niet gehaald). Voor begrijpend lezen volgt %s het programma van de groep "
             "met aangepaste teksten." % (c.first, c.P))
    elif c.stype == "vo":
        t = ("%s is vrijgesteld van de tweede moderne vreemde taal (Duits); die uren worden besteed aan extra "
             "Nederlands in de taalklas. Tot de kerstvakantie volgt %s een aangepast rooster van 26 in plaats van 32 "
             "lesuren per week." % (c.first, c.P))
    elif c.stype == "pro":
        t = ("%s werkt voor rekenen met vervangende doelen op niveau 1F-deel (eigen leerlijn); het stageprogramma "
             "start een jaar eerder dan gebruikelijk (vanaf leerjaar 2, één dag per week)." % c.first)
    else:
        t = ("%s heeft een verkort rooster van vier dagen per week (maandag tot en met donderdag) in verband met "
             "belastbaarheid; op vrijdag is %s thuis. Voor Engels geldt een eigen leerlijn (niveau A1)." % (c.first, c.P))
    if style == "fields":
        return [("kv", [("Afwijkingen onderwijsprogramma", t)])]
    return [("p", t)]


def doelen_rows(c, n=4):
    e1 = d_num(c.eval1)
    if primary(c):
        rows = [
            ("Rekenen", "%s kent de tafels 1 t/m 10: 90%% goed binnen 5 seconden per som (tafeltoets)." % c.first, e1),
            ("Technisch lezen", "%s leest op AVI-niveau E5 (AVI-toets)." % c.first, e1),
            ("Begrijpend lezen", "%s kan bij een tekst van één bladzijde de hoofdzaak in één zin vertellen (4 van de 5 keer)." % c.first, e1),
            ("Sociaal-emotioneel", "%s vraagt zelf om hulp als %s vastloopt, minstens 3 van de 4 keer (observatie leerkracht)." % (c.first, c.P), e1),
            ("Werkhouding", "%s werkt 15 minuten zelfstandig met de time-timer zonder de leerkracht te roepen." % c.first, e1),
            ("Spelling", "%s schrijft woorden met -ig en -lijk goed (80%% goed in dictee)." % c.first, e1),
            ("Zelfstandigheid", "%s pakt zelf de juiste materialen bij de dagplanning (4 van de 5 dagen)." % c.first, e1),
            ("Schrijven", "%s schrijft een verhaal van 10 zinnen met hoofdletters en punten." % c.first, e1),
        ]
    else:
        rows = [
            ("Planning", "%s houdt de weekplanning zelf bij in de agenda-app; in 8 van de 10 weken geen gemist huiswerk." % c.first, e1),
            ("Nederlands", "%s haalt voor leesvaardigheid een 5,5 of hoger op de periodetoets." % c.first, e1),
            ("Sociaal-emotioneel", "%s gebruikt de time-outkaart maximaal 2 keer per week en gaat daarna zelf terug naar de les." % c.first, e1),
            ("Stage / werknemersvaardigheden", "%s is op elke stagedag op tijd en meldt zich zelf af bij ziekte." % c.first, e1),
            ("Rekenen", "%s rekent met procenten en verhoudingen op 1F-niveau (toets periode 2: 70%% goed)." % c.first, e1),
            ("Zelfstandigheid", "%s reist zelfstandig met het openbaar vervoer naar de stageplek." % c.first, e1),
            ("Engels", "%s kan zich in het Engels kort voorstellen en een eenvoudige vraag beantwoorden (A1)." % c.first, e1),
            ("Communicatie", "%s vraagt in de les zelf om uitleg, minstens één keer per les bij wiskunde." % c.first, e1),
        ]
    return rows[:n]


def doelen_present(c, style, n=4):
    return [("table", ["Gebied", "Doel (meetbaar)", "Evaluatie op"], doelen_rows(c, n))]


def adviezen_present(c, style):
    blocks = []
    so = c.stype in ("so", "vso")
    t1 = ("Advies %s, GZ-psycholoog (Praktijk De Meander, verslag %s): instructie in kleine stappen met visuele "
          "ondersteuning, niet meer dan twee opdrachten tegelijk, en vooraf aankondigen van veranderingen. De school "
          "neemt deze adviezen over in de ondersteuning (dagplanning, verlengde instructie)."
          % (c.psych, d_num(add_days(c.plan, -120))))
    t2 = ("Advies commissie voor de begeleiding (vergadering %s): de commissie adviseert positief over het "
          "uitstroomprofiel en vraagt de school de belastbaarheid in het tweede halfjaar opnieuw te bekijken. "
          "Dit is opgenomen in het evaluatiemoment van %s." % (d_num(add_days(c.plan, -20)), d_num(c.eval1)))
    if style == "fields":
        rows = [("Psycholoog / orthopedagoog", t1)]
        if so:
            rows.insert(0, ("Commissie voor de begeleiding", t2))
        return [("kv", rows)]
    if so:
        blocks.append(("p", t2))
    blocks.append(("p", t1))
    return blocks


def oogo_present(c, style):
    parents = ("%s en %s (ouders)" % (c.parent1, c.parent2))
    if c.adult and not c.curatele:
        who = "%s zelf (meerderjarig) en, op verzoek van %s, %s (moeder)" % (c.first, c.first, c.parent1)
    elif c.curatele:
        who = "%s, %s (curator) en %s (moeder)" % (c.first, c.curator, c.parent1)
    else:
        who = parents
    t = ("Het ontwikkelingsperspectief is op %s besproken met %s, %s (%s) en %s (%s). Opmerkingen van ouders over de "
         "belasting in de middag zijn verwerkt in de ondersteuning." % (d_long(c.oogo), who, c.teacher, c.teacher_title,
                                                                       c.ib, c.coord_title))
    if style == "fields":
        return [("table", ["Datum", "Deelnemers", "Onderwerp"],
                 [(d_num(c.oogo), "%s; %s; %s" % (who, c.teacher, c.ib), "Bespreking concept-OPP (op overeenstemming gericht overleg)")])]
    return [("p", t)]


def inbreng_present(c, style, effect=True):
    if primary(c):
        quote = "Ik wil graag beter worden in rekenen, maar niet steeds uit de klas. En ik wil een rustig plekje als het druk is."
        eff = ("Wat we ermee doen: de verlengde instructie rekenen wordt in de klas gegeven in plaats van erbuiten, en er "
               "is een rustige werkplek bij het raam afgesproken (zie ondersteuning).")
    elif c.profile == "dagbesteding":
        quote = "Ik vind het fijn om met de dieren te werken. Ik wil niet de hele dag in de klas zitten."
        eff = ("Wat is er met de inbreng gedaan: het werken met dieren op de interne werkplek is uitgebreid naar drie "
               "ochtenden per week en er komt een kennismaking op een zorgboerderij (opgenomen bij de ondersteuning).")
    elif c.profile == "arbeidsmarktgericht":
        quote = "Ik wil later in een magazijn werken. Ik wil meer dagen stage lopen en minder theorie."
        eff = ("Wat is er met de inbreng gedaan: de stage wordt vanaf de voorjaarsvakantie uitgebreid van twee naar drie "
               "dagen per week; dit is opgenomen bij het doel voor stage en bij de ondersteuning.")
    else:
        quote = "Ik wil mijn diploma halen en in de pauze niet in de aula hoeven zitten. Ik wil zelf kunnen kiezen wanneer ik naar het Steunpunt ga."
        eff = ("Wat is er met de inbreng gedaan: %s mag de pauze in het Steunpunt doorbrengen en gebruikt een "
               "time-outkaart die %s zelf inzet; dit is opgenomen bij de ondersteuning en bij doel 3." % (c.first, c.P))
    t = "Gesprek met %s op %s (met %s). %s zegt: \"%s\"" % (c.first, d_num(c.view), c.teacher, c.first, quote)
    out = [("p", t)]
    if effect:
        out.append(("p", eff))
    return out


def evaluatie_present(c, style):
    who = "ouders, %s en %s" % (c.first, c.ib) if (c.revised or c.plan) >= CUTOFF else "ouders en %s" % c.ib
    if c.adult and not c.curatele:
        who = "%s, %s en (op verzoek) ouders" % (c.first, c.ib)
    t = ("Tussenevaluatie op %s en jaarlijkse evaluatie op %s, in een gesprek met %s. Bij de evaluatie bekijken we "
         "per doel of het behaald is en stellen we het OPP zo nodig bij." % (d_num(c.eval1), d_num(c.eval2), who))
    if style == "fields":
        return [("kv", [("Tussenevaluatie", d_num(c.eval1)), ("Jaarevaluatie", d_num(c.eval2)),
                        ("Wijze van evalueren", "Gesprek met %s; per doel bekijken of het behaald is, zo nodig bijstellen." % who)])]
    return [("p", t)]


def rechten_present(c, style):
    who = "U" if not (c.adult and not c.curatele) else "Je"
    if c.curatele:
        t = ("Omdat %s onder curatele staat, geeft de curator instemming op het handelingsdeel. Zijn de curator of de "
             "%s het niet eens met (een deel van) het plan, bespreek dit dan eerst met de school. Ook kan hulp worden "
             "gevraagd bij een onderwijsconsulent. Binnen zes weken na de vaststelling kan een geschil worden "
             "voorgelegd aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."
             % (c.first, "ouders" ))
    elif who == "U":
        t = ("Ouders hebben instemmingsrecht op het handelingsdeel van dit ontwikkelingsperspectief. Bent u het niet eens "
             "met (een deel van) het plan, bespreek dit dan eerst met de school. U kunt ook hulp vragen bij het ouder- en "
             "jeugdsteunpunt van %s of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil "
             "voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)." % c.swv)
    else:
        t = ("Omdat je meerderjarig bent, geef je zelf wel of geen instemming op het handelingsdeel. Ben je het niet eens "
             "met het plan, bespreek dit dan met je mentor of de ondersteuningscoördinator. Je kunt ook een "
             "onderwijsconsulent inschakelen of binnen zes weken na de vaststelling een geschil voorleggen aan de "
             "Geschillencommissie passend onderwijs.")
    return [("p", t)]


def vaststelling_present(c, style):
    t = ("Vastgesteld op %s door %s, directeur, namens het bevoegd gezag (%s)." % (d_num(c.plan), c.director, c.board))
    if c.revised:
        t += " Bijgesteld na evaluatie en opnieuw vastgesteld op %s." % d_num(c.revised)
    if style == "fields":
        rows = [("Vastgesteld op", d_num(c.plan)), ("Vastgesteld door", "%s (directeur), namens %s" % (c.director, c.board))]
        if c.revised:
            rows.append(("Bijgesteld en opnieuw vastgesteld op", d_num(c.revised)))
        return [("kv", rows)]
    return [("p", t)]


# ---------------------------------------------------------------- consent variants
def consent_blocks(c, variant, style):
    """Blocks for the consent (instemming) section. Returns list of blocks."""
    p1, p2 = c.parent1, c.parent2
    cd = d_num(c.consent)
    sch = (c.director, d_num(c.revised or c.plan))
    agree_txt = "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel van het ontwikkelingsperspectief."
    dis_txt = "Ouder(s)/verzorger(s) gaan niet akkoord met het handelingsdeel."
    if variant == "signed":
        return [("check", [(True, agree_txt), (False, dis_txt)]),
                ("sig", [("Ouder/verzorger 1", p1, cd, True), ("Ouder/verzorger 2", p2, cd, True),
                         ("Namens de school", sch[0], sch[1], True)])]
    if variant == "portal_ok":
        return [("kv", [("Status instemming", "Akkoord"),
                        ("Vastgelegd", "Akkoord gegeven via ouderportaal op %s om 20:%02d door %s (ouder/verzorger 1) "
                                       "voor het handelingsdeel van het OPP." % (cd, c.rng.randint(0, 59), p1))])]
    if variant == "portal_pending":
        return [("kv", [("Status instemming", "Open"),
                        ("Vastgelegd", "Ouders hebben nog niet gereageerd. Uitnodiging verstuurd via ouderportaal op %s." % d_num(add_days(c.plan, -4)))])]
    if variant == "portal_seen":
        return [("kv", [("Status instemming", "Gelezen"),
                        ("Vastgelegd", "Document geopend via ouderportaal op %s door %s. Er is geen akkoord gegeven." % (cd, p1))])]
    if variant == "voor_gezien":
        return [("p", "Ouders hebben het plan ondertekend met de toevoeging \"voor gezien\"."),
                ("sig", [("Ouder/verzorger (voor gezien)", p1, cd, True), ("Namens de school", sch[0], sch[1], True)])]
    if variant == "onder_protest":
        return [("check", [(True, agree_txt), (False, dis_txt)]),
                ("p", "Handgeschreven toevoeging van ouders: \"Getekend onder protest; wij vinden dat er te weinig begeleiding wordt ingezet.\""),
                ("sig", [("Ouder/verzorger 1", p1, cd, True), ("Namens de school", sch[0], sch[1], True)])]
    if variant == "refused":
        return [("check", [(False, agree_txt), (True, dis_txt)]),
                ("p", "Toelichting ouders: wij zijn het niet eens met het verkorte rooster en willen eerst een tweede gesprek."),
                ("sig", [("Ouder/verzorger 1", p1, cd, True), ("Namens de school", sch[0], sch[1], True)])]
    if variant == "partial":
        return [("p", "Ouders gaan akkoord met het handelingsdeel, met uitzondering van de begeleiding buiten de klas "
                      "(punt 2 van de ondersteuning). Daarover volgt een nieuw gesprek."),
                ("sig", [("Ouder/verzorger 1", p1, cd, True), ("Namens de school", sch[0], sch[1], True)])]
    if variant == "school_only":
        return [("check", [(False, agree_txt), (False, dis_txt)]),
                ("sig", [("Ouder/verzorger 1", p1, "", False), ("Ouder/verzorger 2", p2, "", False),
                         ("Namens de school", sch[0], sch[1], True)])]
    if variant == "blank_line":
        return [("p", "Ik ga akkoord met het handelingsdeel van het ontwikkelingsperspectief van %s." % c.first),
                ("sig", [("Handtekening ouder/verzorger", "", "", False), ("Handtekening ouder/verzorger", "", "", False)])]
    if variant == "unticked":
        return [("check", [(False, agree_txt), (False, dis_txt)]),
                ("sig", [("Ouder/verzorger 1", p1, "", False)])]
    if variant == "no_date":
        return [("check", [(True, agree_txt), (False, dis_txt)]),
                ("sig", [("Ouder/verzorger 1", p1, "", True), ("Namens de school", sch[0], "", True)])]
    if variant == "curator":
        return [("p", "%s staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de curator, %s." % (c.first, c.curator)),
                ("check", [(True, "De curator gaat akkoord met het handelingsdeel van het ontwikkelingsperspectief."),
                           (False, "De curator gaat niet akkoord met het handelingsdeel.")]),
                ("sig", [("Curator", c.curator, cd, True), ("Leerling (gezien)", c.full, cd, True),
                         ("Namens de school", sch[0], sch[1], True)])]
    if variant == "adult_self":
        return [("p", "%s is meerderjarig en handelingsbekwaam en geeft zelf instemming op het handelingsdeel." % c.first),
                ("check", [(True, "Ik ga akkoord met het handelingsdeel van mijn ontwikkelingsperspectief."),
                           (False, "Ik ga niet akkoord met het handelingsdeel.")]),
                ("sig", [("Leerling", c.full, cd, True), ("Namens de school", sch[0], sch[1], True)])]
    if variant == "parents_for_adult":
        return [("check", [(True, agree_txt), (False, dis_txt)]),
                ("sig", [("Ouder/verzorger 1", p1, cd, True), ("Ouder/verzorger 2", p2, cd, True),
                         ("Namens de school", sch[0], sch[1], True)])]
    if variant == "letter_stated":
        return [("p", "U heeft op %s ingestemd met het handelingsdeel; het door u getekende instemmingsformulier is "
                      "opgenomen in het leerlingdossier." % d_long(c.consent))]
    if variant == "avg_only":
        return None  # handled by layout: renders an AVG/photo consent instead
    raise ValueError(variant)


def avg_blocks(c):
    return [("p", "Toestemming gegevensuitwisseling en beeldmateriaal (AVG)"),
            ("check", [(True, "Ik geef toestemming om gegevens van mijn kind uit te wisselen met het samenwerkingsverband."),
                       (True, "Ik geef toestemming voor het gebruik van foto's van mijn kind op de website van de school.")]),
            ("sig", [("Ouder/verzorger 1", c.parent1, d_num(c.consent), True)])]


# ---------------------------------------------------------------- dispatcher
PRESENT_FN = {
    "uitstroombestemming": uitstroom_present, "onderbouwing": onderbouwing_present,
    "ondersteuningsbehoefte": behoefte_present, "afwijkingen_onderwijsprogramma": afwijking_present,
    "adviezen_professionals": adviezen_present, "oogo": oogo_present, "evaluatie": evaluatie_present,
    "informatie_rechten": rechten_present, "vaststelling": vaststelling_present,
}

CONSENT_PRESENT = {"signed", "portal_ok", "curator", "adult_self", "letter_stated"}


def element_blocks(c, el, variant, style, spec=None):
    """Blocks for one element in one variant. None means: leave the section out."""
    spec = spec or {}
    if variant in ("missing", "omit"):
        return None
    if variant == "empty":
        if style == "fields":
            return [("kv", [(FIELD_LABEL[el], "-" if spec.get("dash", True) else "")])]
        return []
    if variant.startswith("ph:"):
        txt = variant[3:]
        if style == "fields":
            return [("kv", [(FIELD_LABEL[el], txt)])]
        return [("p", txt)]
    if variant == "instr":
        return [("instr", INSTR[el])]
    if variant == "refer":
        if style == "fields":
            return [("kv", [(FIELD_LABEL[el], REFER[el])])]
        return [("p", REFER[el])]
    if el == "instemming_ouders":
        return consent_blocks(c, "signed" if variant == "present" else variant, style)
    if el == "afwijkingen_onderwijsprogramma" and variant in ("none", "nvt"):
        t = ("Er zijn geen afwijkingen van het reguliere onderwijsprogramma; %s volgt het programma van %s." % (c.first, c.grade)
             if variant == "none" else "n.v.t.")
        if style == "fields":
            return [("kv", [(FIELD_LABEL[el], t)])]
        return [("p", t)]
    if el == "inbreng_leerling":
        if variant == "no_effect":
            return inbreng_present(c, style, effect=False)
        if variant == "adult_party":
            return [("p", "%s is meerderjarig en handelingsbekwaam en is zelf partij bij dit plan; %s eigen wensen zijn "
                          "in het gesprek van %s besproken." % (c.first, c.PP, d_num(c.oogo)))]
        return inbreng_present(c, style)
    if el == "uitstroombestemming" and variant == "unticked":
        return [("p", "Uitstroomprofiel (aankruisen):"),
                ("check", [(False, "vervolgonderwijs"), (False, "arbeidsmarktgericht"), (False, "dagbesteding")])]
    if el == "vaststelling" and variant == "concept":
        if style == "fields":
            return [("kv", [("Status", "Concept"), ("Vastgesteld op", "-"), ("Vastgesteld door", "-")])]
        return [("p", "Status: concept. Vastgesteld op: ..........")]
    if el == "evaluatie" and variant == "vague":
        return [("p", "Het plan wordt geëvalueerd op een nog te bepalen moment.")]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        return factor_present(c, el, style)
    if el == "ondersteuning":
        return ondersteuning_present(c, style, spec.get("rows", 4))
    if el == "doelen":
        return doelen_present(c, style, spec.get("rows", 4))
    return PRESENT_FN[el](c, style)


def label_for(el, variant, c):
    if el == "inbreng_leerling":
        last = c.revised or c.plan
        if last < CUTOFF:
            return "not_applicable"
        if c.adult and not c.curatele:
            return "not_applicable"
    if variant in ("missing", "avg_only"):
        return "missing"
    if variant == "omit":
        return "missing"
    if el == "afwijkingen_onderwijsprogramma" and variant in ("none", "nvt"):
        return "not_applicable"
    if variant == "present" or (el == "instemming_ouders" and variant in CONSENT_PRESENT):
        return "present"
    if el == "inbreng_leerling" and variant == "adult_party":
        return "not_applicable"
    return "incomplete"
