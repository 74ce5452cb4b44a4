# -*- coding: utf-8 -*-
"""Content for the blind OPP set: invented pupils and element texts.

Every name, school and place is invented. No clock is used; all randomness
comes from random.Random(seed) with fixed seeds.
"""
import datetime as dt
import random

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren",
            "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
            "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals",
            "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
LAW_DATE = dt.date(2025, 8, 1)

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]


def d_num(d):
    return d.strftime("%d-%m-%Y")


def d_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


PLACES = ["Velderdam", "Hunzeloo", "Brakenveen", "Lindewaarde", "Kortewijk",
          "Wolderhaven", "Ruigenhoven", "Esselmoer", "Dijkerhout", "Oosterveld-Noord"]
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS De Zaaier", "IKC Het Klaverblad", "Basisschool De Uilenspiegel",
           "RK Basisschool Sint Odulf", "OBS 't Zonnerad"],
    "sbo": ["SBO De Kompasroos", "SBO Het Baken", "SBO De Vlonder"],
    "so": ["SO De Regenboogbrug", "Mytylschool De Horizonboog", "SO Het Rietland",
           "SO De Kameleonhof"],
    "vo": ["Wolderhaven College", "CSG Het Lindewaarde Lyceum", "Esselmoer Scholengemeenschap",
           "Veldercollege locatie Dijkweg"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Ruigenhoven", "Praktijkcollege Het Ambacht"],
    "vso": ["VSO De Brugwachter", "VSO Het Kruispunt", "VSO Esselmoer"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Velderland", "SWV PO Hunze en Aa-dal",
       "SWV VO Wolderhaven e.o.", "Samenwerkingsverband De Lindeborg"]
FIRST_M = ["Daan", "Sem", "Milan", "Noah", "Jesse", "Luuk", "Bram", "Thijs", "Mohammed", "Finn",
           "Ravi", "Stijn", "Jurre", "Ilias", "Kees", "Tijmen"]
FIRST_F = ["Sanne", "Noor", "Lotte", "Fleur", "Yara", "Isa", "Amira", "Femke", "Zoë", "Roos",
           "Lieke", "Nina", "Mila", "Saar", "Esmee", "Dewi"]
LAST = ["de Vries", "Bakker", "Vermeer", "Jansen", "van Dijk", "Kuipers", "Hoekstra", "El Amrani",
        "Brouwer", "Smit", "de Graaf", "Veenstra", "Mulder", "Oosterhuis", "Pranoto", "van der Laan",
        "Wijnands", "Schoemaker", "Tuinstra", "Hendriks"]
STAFF = ["M. Koster", "A. Dijkstra", "R. Lammers", "J. Timmer", "E. van Wijk", "S. Bosman",
         "H. Nauta", "L. Ouwerkerk", "T. Aydin", "W. Groeneveld", "C. Rietveld", "P. Verbeek"]


class Pupil:
    pass


def make_pupil(seed, st, plan_date, adult=False, curatele=False, profile=None):
    r = random.Random(seed)
    p = Pupil()
    p.st = st
    p.sex = r.choice("mf")
    p.naam = r.choice(FIRST_M if p.sex == "m" else FIRST_F)
    p.achternaam = r.choice(LAST)
    p.full = f"{p.naam} {p.achternaam}"
    p.hij = "hij" if p.sex == "m" else "zij"
    p.Hij = p.hij.capitalize()
    p.zijn = "zijn" if p.sex == "m" else "haar"
    p.Zijn = p.zijn.capitalize()
    p.hem = "hem" if p.sex == "m" else "haar"
    p.plaats = r.choice(PLACES)
    p.school = r.choice(SCHOOLS[st])
    p.swv = r.choice(SWV)
    p.plan_date = plan_date
    age = {"po": r.randint(8, 11), "sbo": r.randint(9, 12), "so": r.randint(7, 12),
           "vo": r.randint(13, 15), "pro": r.randint(13, 16), "vso": r.randint(15, 17)}[st]
    if adult or curatele:
        age = r.randint(18, 19)
    p.age = age
    p.dob = plan_date - dt.timedelta(days=int(age * 365.25) + r.randint(20, 300))
    if st in ("po", "sbo", "so"):
        p.klas = f"groep {min(8, age - 4)}"
    elif st in ("vo", "pro"):
        p.klas = f"leerjaar {age - 11}"
    else:
        p.klas = "bovenbouw, stamgroep " + r.choice(["B2", "B3", "Entree", "Arbeid 2"])
    staff = r.sample(STAFF, 6)
    p.ib = staff[0]
    p.ib_rol = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "orthopedagoog",
                "vo": "zorgcoördinator", "pro": "ondersteuningscoördinator", "vso": "orthopedagoog"}[st]
    p.mentor = staff[1]
    p.mentor_rol = "leerkracht" if st in ("po", "sbo", "so") else "mentor"
    p.dir = staff[2]
    p.dir_rol = {"po": "directeur", "sbo": "directeur", "so": "directeur",
                 "vo": "teamleider onderbouw", "pro": "directeur", "vso": "locatiedirecteur"}[st]
    p.extern = staff[3]
    p.rt = staff[4]
    p.moeder = f"{r.choice(['E.', 'M.', 'J.', 'A.', 'F.'])} {p.achternaam}" if r.random() < 0.6 else \
        f"{r.choice(['K.', 'S.', 'I.'])} {r.choice(LAST)}"
    p.vader = f"{r.choice(['P.', 'R.', 'T.', 'H.'])} {p.achternaam}"
    p.adult = adult
    p.curatele = curatele
    p.curator = p.moeder
    p.oogo_date = plan_date - dt.timedelta(days=r.randint(3, 12))
    p.cons_date = plan_date + dt.timedelta(days=r.randint(0, 9))
    p.eval_date = plan_date + dt.timedelta(days=r.randint(120, 170))
    sy_end = plan_date.year + 1 if plan_date.month >= 8 else plan_date.year
    cap = dt.date(sy_end, 6, 12) - dt.timedelta(days=r.randint(0, 10))
    if p.eval_date > cap:
        p.eval_date = max(cap, plan_date + dt.timedelta(days=45))
    if (p.eval_date.month == 12 and p.eval_date.day >= 19) or (p.eval_date.month == 1 and p.eval_date.day <= 5):
        p.eval_date = p.eval_date + dt.timedelta(days=18)
    p.intake_date = plan_date - dt.timedelta(days=r.randint(30, 60))
    p.onderzoek_date = plan_date - dt.timedelta(days=r.randint(70, 250))
    p.r = r
    p.profile = profile
    _dest(p, r)
    return p


def _dest(p, r):
    st = p.st
    if st == "po" or st == "sbo":
        opts = ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg",
                "vmbo gemengde/theoretische leerweg", "havo", "vwo"]
        idx = r.choice([1, 2, 3] if st == "po" else [0, 1, 1])
        p.dest_opts = opts
        p.dest_idx = idx
        extra = " met leerwegondersteuning (lwoo)" if idx in (1, 2) else ""
        p.dest = opts[idx] + extra
    elif st == "so":
        opts = ["regulier voortgezet onderwijs", "praktijkonderwijs", "vso - uitstroomprofiel vervolgonderwijs",
                "vso - uitstroomprofiel arbeidsmarktgericht", "vso - uitstroomprofiel dagbesteding"]
        idx = r.choice([2, 3, 1])
        p.dest_opts = opts
        p.dest_idx = idx
        p.dest = {2: "voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs (richting vmbo-basis/kader)",
                  3: "voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarktgericht",
                  1: "praktijkonderwijs, met ambulante begeleiding vanuit het cluster"}[idx]
    elif st == "vo":
        opts = ["vmbo-basis", "vmbo-kader", "vmbo-gl/tl", "havo", "vwo"]
        idx = r.choice([1, 2, 3])
        p.dest_opts = opts
        p.dest_idx = idx
        p.dest = {1: "diploma vmbo kaderberoepsgerichte leerweg (profiel Zorg en welzijn), daarna mbo niveau 3",
                  2: "diploma vmbo theoretische leerweg, daarna mbo niveau 4 (ICT)",
                  3: "havo-diploma, daarna hbo"}[idx]
    elif st == "pro":
        p.dest_opts = ["arbeid", "arbeid met scholing (entree/mbo 1)", "dagbesteding"]
        p.dest_idx = r.choice([0, 1])
        p.dest = ["regulier werk in de groenvoorziening, met een praktijkverklaring en branchecertificaat",
                  "arbeid met scholing: entree-opleiding (mbo niveau 1) richting logistiek, met baan als magazijnmedewerker"][p.dest_idx]
    else:  # vso
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        idx = {"vervolg": 0, "arbeid": 1, "dag": 2}.get(p.profile or "", r.choice([0, 1, 2]))
        p.dest_opts = opts
        p.dest_idx = idx
        p.dest = {0: "uitstroomprofiel vervolgonderwijs: mbo niveau 2, opleiding Medewerker facilitaire dienstverlening",
                  1: "uitstroomprofiel arbeidsmarktgericht: betaald werk als medewerker productie/logistiek, eventueel met loonkostensubsidie",
                  2: "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij, drie dagen per week"}[idx]


# ---------------------------------------------------------------------------
# element texts: each returns a list of blocks
# blocks: ("p", text) ("bullets", [..]) ("table", header, rows) ("checks", [(bool,label)])
#         ("kv", [(k,v)]) ("sig", rows, note) ("cc_text", text, placeholder) ("hand_note", text)
# ---------------------------------------------------------------------------

PLACEHOLDERS = {"dots": "...", "ntb": "n.t.b.", "nog": "nog aanvullen", "volgt": "volgt na overleg",
                "tekst": "[tekst]", "invullen": "<invullen>", "word": "Klik of tik om tekst in te voeren."}

INSTR = {
    "uitstroombestemming": "Vermeld hier het verwachte uitstroomniveau/de verwachte uitstroombestemming (zie keuzelijst).",
    "onderbouwing": "Onderbouw de uitstroombestemming met gegevens uit het leerlingvolgsysteem, eventueel onderzoek en de schoolloopbaan. Gebruik minimaal drie meetmomenten.",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren in observeerbaar gedrag (leren, werkhouding, sociaal-emotioneel, thuis/medisch). Maximaal vijf.",
    "bevorderende_factoren": "Beschrijf hier de bevorderende (beschermende) factoren van de leerling en zijn omgeving.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'Deze leerling heeft ... nodig om ...'. Denk aan instructie, leertijd, materialen en feedback.",
    "ondersteuning": "Geef per doel aan welke ondersteuning wordt geboden, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Doorhalen wat niet van toepassing is.",
    "doelen": "Formuleer SMARTI-doelen voor de komende periode per ontwikkelingsgebied.",
    "adviezen_professionals": "Noem hier de adviezen uit onderzoeks- en behandelverslagen en geef aan wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling over het plan en wat daarmee is gedaan.",
    "evaluatie": "Vermeld hoe en wanneer het OPP met ouders en leerling wordt geëvalueerd.",
    "informatie_rechten": "Wijs ouders op hun instemmingsrecht en de mogelijkheden bij onenigheid.",
    "vaststelling": "Datum vaststelling en naam/functie van degene die het OPP namens het bevoegd gezag vaststelt.",
}

ZIE = {
    "uitstroombestemming": "Zie het advies van het onderzoeksbureau (bijlage 1).",
    "onderbouwing": "Zie bijlage 2 (overzicht toetsgegevens en onderzoeksverslag).",
    "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 3.",
    "bevorderende_factoren": "Zie groeidocument.",
    "ondersteuningsbehoefte": "Zie de onderwijsbehoeften in het groepsplan.",
    "ondersteuning": "Zie het groepsplan en het arrangement in bijlage 3.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage (rooster).",
    "doelen": "De doelen staan in het groepsplan van de groep.",
    "adviezen_professionals": "Zie verslag van het psychologisch onderzoek (in dossier).",
    "oogo": "Zie gespreksverslag in het leerlingdossier.",
    "inbreng_leerling": "Zie het leerlinggesprek in het leerlingvolgsysteem.",
    "evaluatie": "Zie de jaarplanning van de zorgcyclus.",
    "informatie_rechten": "Zie de schoolgids, hoofdstuk 7 (klachtenregeling).",
    "vaststelling": "Zie het overzicht in ParnasDossier.",
}


def gen_text(el, p):
    """Text about every child instead of this child."""
    return {
        "ondersteuningsbehoefte": f"Op {p.school} krijgen alle kinderen onderwijs dat aansluit bij hun onderwijsbehoeften. Leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke instructie volgens het directe-instructiemodel en een leerkracht die hen ziet.",
        "ondersteuning": "De leerling ontvangt de ondersteuning zoals beschreven in het schoolondersteuningsprofiel. Alle leerlingen werken in drie instructiegroepen (basis, verlengd, verdiept) en krijgen waar nodig extra hulp van de leerkracht.",
        "doelen": "Alle leerlingen werken aan de doelen van de methode. Wij streven ernaar dat iedere leerling zich optimaal ontwikkelt.",
        "bevorderende_factoren": "Kinderen ontwikkelen zich het best in een veilige, gestructureerde omgeving met betrokken ouders.",
        "evaluatie": "Op onze school worden alle plannen in de zorgcyclus twee keer per jaar geëvalueerd tijdens de groepsbesprekingen.",
        "informatie_rechten": "Heeft u een klacht? Dan kunt u terecht bij de klachtenregeling van de stichting.",
        "adviezen_professionals": "De school werkt samen met externe deskundigen en volgt hun adviezen waar mogelijk op.",
    }[el]


def ph_block(v):
    if v == "empty":
        return []
    if v in PLACEHOLDERS:
        return [("p", PLACEHOLDERS[v])]
    if v == "wordcc":
        return [("cc_text", PLACEHOLDERS["word"], True)]
    return None


def el_blocks(el, v, p, style=None):
    """Return blocks for element `el` in variant `v`."""
    b = ph_block(v)
    if b is not None:
        return b
    if v == "instr":
        return [("p", INSTR[el])]
    if v == "zie":
        return [("p", ZIE[el])]
    if v == "generiek":
        return [("p", gen_text(el, p))]
    f = globals()["e_" + el]
    return f(p, v, style)


def e_uitstroombestemming(p, v, style):
    if v == "unticked":
        return [("checks", [(False, o) for o in p.dest_opts])]
    if v == "ok_checks" or (style == "checks" and v.startswith("ok")):
        return [("checks", [(i == p.dest_idx, o) for i, o in enumerate(p.dest_opts)]),
                ("p", f"Toelichting: {p.dest}.")]
    if v == "hand_tick":
        return [("checks_hand", [(i == p.dest_idx, o) for i, o in enumerate(p.dest_opts)])]
    if v == "range_ok":
        return [("p", f"Wij verwachten dat {p.naam} uitstroomt naar {p.dest}. Bij de volgende evaluatie bekijken we of dit nog passend is.")]
    return [("p", f"Verwachte uitstroombestemming: {p.dest}.")]


def e_onderbouwing(p, v, style):
    st = p.st
    if st in ("po", "sbo"):
        t = (f"De toetsgegevens van de afgelopen drie jaar laten een stabiele maar trage groei zien. Rekenen-wiskunde: "
             f"functioneringsniveau eind groep 4 (leerrendement ca. 60%). Begrijpend lezen: niveau halverwege groep 4. "
             f"Technisch lezen: AVI-E4. In het intelligentieonderzoek van {d_long(p.onderzoek_date)} (WISC-V) "
             f"scoorde {p.naam} een TIQ van 82, met een relatief sterke verbale begripsfactor. "
             f"{p.naam} heeft groep 3 gedoubleerd. Met deze gegevens en de verwachte groei is {p.dest_opts[p.dest_idx]} het meest passend.")
    elif st == "so":
        t = (f"{p.naam} is in {p.intake_date.year - 2} op onze school geplaatst met een toelaatbaarheidsverklaring categorie laag. "
             f"Het didactisch niveau ligt voor rekenen op eind groep 3 en voor lezen op AVI-M4. Het psychodiagnostisch onderzoek "
             f"van {d_long(p.onderzoek_date)} laat een disharmonisch profiel zien (VBI 91, WGI 74). Gezien de ontwikkeling van de "
             f"afgelopen twee jaar en de behoefte aan een kleine, voorspelbare groep verwachten wij {p.dest}.")
    elif st == "vo":
        t = (f"{p.naam} heeft een basisschooladvies vmbo-kader/tl gekregen. De resultaten in leerjaar 1 en 2 liggen op "
             f"kader- tot tl-niveau (gemiddeld 6,4). De diagnostische toets rekenen (jan. {p.plan_date.year}) laat niveau 1F zien. "
             f"Uit het onderzoek naar ADHD ({d_long(p.onderzoek_date)}) blijkt dat de problemen vooral in planning en "
             f"concentratie liggen, niet in capaciteit.")
    elif st == "pro":
        t = (f"Het IQ-onderzoek bij de aanmelding (TIQ 72) en de didactische achterstand van ruim drie jaar gaven toegang tot "
             f"praktijkonderwijs. In de stages van het afgelopen jaar (kantine, groenbedrijf) kreeg {p.naam} "
             f"positieve beoordelingen op werktempo en betrouwbaarheid. Lezen ligt op niveau 1F, rekenen nog onder 1F.")
    else:
        t = (f"{p.naam} werkt op het niveau van eind groep 5 voor rekenen en eind groep 6 voor lezen. De stagebeoordelingen "
             f"(interne stage schoonmaak en externe stage bij een productiebedrijf) zijn voldoende tot goed op werkhouding. "
             f"Zelfstandigheid bij onverwachte veranderingen is nog beperkt. Het uitstroomprofiel sluit aan bij het advies van "
             f"de commissie voor de begeleiding van {d_long(p.onderzoek_date)}.")
    return [("p", t)]


def _factors(p):
    n = p.naam
    bel = {"Leren": f"{n} heeft moeite met het automatiseren van rekenfeiten tot 100 en leest traag (AVI-E4).",
           "Werkhouding": f"{n} raakt snel afgeleid door geluid in de klas en stopt met werken als een taak lang duurt.",
           "Sociaal-emotioneel": f"{n} is onzeker over eigen kunnen en vraagt zelden om hulp.",
           "Thuis / medisch": f"{n} slaapt slecht sinds de verhuizing; er is een lichte gehoorbeperking links."}
    bev = {"Leren": f"{n} heeft een goede woordenschat en vertelt beeldend.",
           "Werkhouding": f"{n} werkt goed met een duidelijk stappenplan en een time-timer.",
           "Sociaal-emotioneel": f"{n} is behulpzaam en geliefd bij klasgenoten.",
           "Thuis / medisch": "Ouders zijn zeer betrokken en oefenen thuis dagelijks met lezen."}
    if p.st in ("vo", "pro", "vso"):
        bel["Leren"] = f"{n} heeft moeite met begrijpend lezen van lange teksten en met plannen van huiswerk."
        bev["Leren"] = f"{n} leert goed van doen en voordoen; praktische vakken gaan goed."
    return bel, bev


def e_belemmerende_factoren(p, v, style):
    bel, _ = _factors(p)
    if style == "domains":
        return bel
    return [("bullets", list(bel.values()))]


def e_bevorderende_factoren(p, v, style):
    _, bev = _factors(p)
    if style == "domains":
        return bev
    return [("bullets", list(bev.values()))]


def e_ondersteuningsbehoefte(p, v, style):
    n = p.naam
    items = [f"{n} heeft verlengde instructie in een klein groepje nodig, met een voorbeeld vooraf.",
             f"{n} heeft een rustige werkplek en een koptelefoon nodig tijdens zelfstandig werken.",
             f"{n} heeft taken in kleine stappen nodig, met tussentijdse controle door de {p.mentor_rol}.",
             f"{n} heeft complimenten op inzet nodig om het vertrouwen in eigen kunnen te vergroten."]
    if v == "half":
        return [("bullets", items[:1] + ["..."])]
    return [("bullets", items)]


def _support_rows(p):
    st = p.st
    start = d_num(p.plan_date + dt.timedelta(days=7))
    if st in ("po", "sbo", "so"):
        return [["Extra leesinstructie (RALFI)", f"{p.rt} (onderwijsassistent)", "4x per week 20 min.", start],
                ["Rekenen: automatiseren met Bareka-materiaal", f"{p.mentor} ({p.mentor_rol})", "dagelijks 10 min.", start],
                ["Gesprekje over eigen doelen", f"{p.ib} ({p.ib_rol})", "1x per 3 weken", start]]
    if st in ("vo", "pro"):
        return [["Planningsbegeleiding huiswerk (trajectvoorziening)", f"{p.rt} (begeleider passend onderwijs)", "2x per week 30 min.", start],
                ["Coachgesprek mentor", f"{p.mentor} (mentor)", "1x per 2 weken", start],
                ["Remedial teaching rekenen", "J. Hofstede (RT'er)", "1x per week 45 min.", start]]
    return [["Job coaching op stageplaats", f"{p.rt} (stagebegeleider)", "1x per week bezoek", start],
            ["Training sociale vaardigheden op het werk", f"{p.extern} (gedragsdeskundige)", "1x per week 45 min.", start],
            ["Praktisch rekenen (geld, tijd)", f"{p.mentor} (mentor)", "3x per week", start]]


def e_ondersteuning(p, v, style):
    rows = _support_rows(p)
    hdr = ["Wat", "Door wie", "Hoe vaak", "Vanaf"]
    if v == "dots_cells":
        rows = [[r[0], "...", "...", "..."] for r in rows]
    if style == "text":
        return [("p", "; ".join(f"{r[0]}: {r[1]}, {r[2]}, vanaf {r[3]}" for r in rows) + ".")]
    return [("table", hdr, rows)]


def e_afwijkingen_onderwijsprogramma(p, v, style):
    if v == "na":
        return [("p", f"Geen afwijkingen: {p.naam} volgt het reguliere onderwijsprogramma van de groep, met de ondersteuning uit het handelingsdeel.")]
    if v == "na_checks":
        return [("checks", [(True, "Nee, geen afwijkingen van het onderwijsprogramma"), (False, "Ja, namelijk (zie toelichting)")])]
    if v == "unticked":
        return [("checks", [(False, "Nee, geen afwijkingen van het onderwijsprogramma"), (False, "Ja, namelijk:")])]
    if v == "ja_zie":
        return [("checks", [(False, "Nee"), (True, "Ja, zie bijlage")])]
    if p.st in ("vo", "pro"):
        t = (f"{p.naam} heeft vrijstelling voor de tweede moderne vreemde taal (Duits); in die uren (3 per week) werkt "
             f"{p.hij} in het leerplein aan Nederlands. Toetsen worden afgenomen met 20% extra tijd.")
    elif p.st == "vso":
        t = (f"Het lesrooster is aangepast: {p.naam} loopt twee dagen per week stage (di en do) in plaats van de "
             f"lessen burgerschap en lichamelijke opvoeding op die dagen. Rekenen volgt de leerroute 'praktisch rekenen'.")
    else:
        t = (f"Voor rekenen volgt {p.naam} een eigen leerlijn (leerroute 2 van het SWV) met eigen einddoelen op niveau "
             f"eind groep 6. Voor de overige vakken volgt {p.hij} het programma van de groep.")
    return [("p", t)]


def e_doelen(p, v, style):
    n = p.naam
    if v == "vaag":
        return [("bullets", [f"{n} gaat beter lezen.", f"{n} krijgt meer zelfvertrouwen.", f"{n} werkt zelfstandiger."])]
    e = d_long(p.eval_date)
    if p.st in ("po", "sbo", "so"):
        items = [f"Op {e} leest {n} een AVI-E5-tekst op beheersingsniveau (max. 2 fouten per 100 woorden).",
                 f"Op {e} beheerst {n} de tafels van 1 t/m 5 (20 sommen in 2 minuten, 90% goed).",
                 f"{n} vraagt in de instructie minstens 3x per dag zelf om hulp (geturfd door de {p.mentor_rol})."]
    elif p.st in ("vo", "pro"):
        items = [f"Vóór {e} plant {n} zelf het huiswerk in de digitale agenda; bij 8 van de 10 controles is de planning compleet.",
                 f"Vóór {e} haalt {n} voor de diagnostische rekentoets niveau 1F.",
                 f"{n} houdt het coachgesprek zelf bij in een logboek (minimaal 6 ingevulde gesprekken)."]
    else:
        items = [f"Vóór {e} reist {n} zelfstandig met de bus naar de stageplaats (5 van 5 keer op tijd).",
                 f"{n} meldt zich bij een probleem op het werk zelf bij de werkbegeleider (beoordeling stagebedrijf 'voldoende').",
                 f"Vóór {e} kan {n} met geld betalen en teruggeven tot € 20 (8 van 10 opdrachten goed)."]
    return [("bullets", items)]


def e_adviezen_professionals(p, v, style):
    if v == "kennis":
        return [("p", f"De adviezen van de jeugdarts en de fysiotherapeut zijn bekend bij de school.")]
    if p.st in ("so", "vso"):
        t = (f"Advies commissie voor de begeleiding ({d_long(p.onderzoek_date)}): de commissie adviseert het uitstroomprofiel zoals "
             f"hierboven beschreven en vraagt om extra aandacht voor zelfstandigheid en voorbereiding op de overgang. "
             f"Orthopedagoog {p.extern} adviseert visuele ondersteuning (dagritme, pictogrammen) en vaste overgangsmomenten. "
             f"De school neemt beide adviezen over: zie de doelen en de ondersteuning in het handelingsdeel.")
    else:
        t = (f"Orthopedagoog {p.extern} (Praktijk Leerkracht & Co, onderzoek van {d_long(p.onderzoek_date)}) adviseert: "
             f"instructie in kleine stappen, voorlezen van toetsen en een koptelefoon. De logopedist adviseert dagelijks "
             f"woordenschatoefeningen. De school voert deze adviezen uit via de ondersteuning hieronder; voorlezen van toetsen "
             f"gebeurt met de voorleessoftware.")
    return [("p", t)]


def e_oogo(p, v, style):
    if v == "toekomst":
        return [("p", "Het OPP wordt met ouders besproken tijdens het eerstvolgende oudergesprek.")]
    if v == "datum_leeg":
        return [("kv", [("Besproken met ouders op", "__-__-____"), ("Aanwezig", "")])]
    if p.adult:
        who = f"{p.full} (leerling, meerderjarig)"
        extra = f" Op verzoek van {p.naam} was ook {p.hij == 'hij' and 'zijn' or 'haar'} moeder aanwezig."
    elif p.curatele:
        who = f"{p.full} en {p.curator} (moeder en curator)"
        extra = ""
    else:
        who = f"ouders ({p.moeder} en {p.vader})"
        extra = ""
    return [("p", f"Het plan is op {d_long(p.oogo_date)} besproken met {who}, {p.mentor} ({p.mentor_rol}) en "
                  f"{p.ib} ({p.ib_rol}). De opmerkingen van ouders over de leesondersteuning thuis zijn verwerkt.{extra}")]


def e_inbreng_leerling(p, v, style):
    n = p.naam
    view = (f"{n} vertelde in het gesprek met de {p.mentor_rol} dat rekenen 'het moeilijkst' is en dat {p.hij} het fijn "
            f"vindt om in een klein groepje uitleg te krijgen. {p.Hij} wil graag 'niet altijd als laatste klaar zijn'.")
    eff = (f" Wat we daarmee doen: op verzoek van {n} krijgt {p.hij} de verlengde instructie aan de instructietafel in "
           f"plaats van buiten de klas, en het doel over vragen stellen is samen met {p.hem} geformuleerd.")
    if p.st in ("vo", "pro"):
        view = (f"{n} heeft het plan met de mentor doorgenomen. {p.Hij} zegt dat plannen 'het lastigste' is en dat {p.hij} "
                f"niet uit de les gehaald wil worden voor extra hulp, omdat klasgenoten dat dan zien.")
        eff = (f" Wat we daarmee doen: de planningsbegeleiding is op verzoek van {n} verplaatst naar het mentoruur en de "
               f"rekenbegeleiding vindt na het achtste uur plaats.")
    elif p.st == "vso":
        view = (f"{n} wil later 'met de handen werken en geld verdienen'. {p.Hij} vindt de stage het leukste deel van de week "
                f"en wil graag zelf met de bus reizen.")
        eff = (f" Wat we daarmee doen: het doel over zelfstandig reizen is op verzoek van {n} toegevoegd en de stagedag is "
               f"uitgebreid van één naar twee dagen.")
    if v == "zonder_effect":
        return [("p", view)]
    if v == "volgt":
        return [("p", f"Gesprek met {n} volgt.")]
    if v == "pre":
        return [("p", view)]
    return [("p", view + eff)]


def e_evaluatie(p, v, style):
    if v == "vaag":
        return [("p", "Het plan wordt regelmatig geëvalueerd en zo nodig bijgesteld.")]
    who = "ouders en " + p.naam if p.plan_date >= LAW_DATE else "ouders"
    if p.adult:
        who = p.naam
    return [("p", f"Tussenevaluatie in de week van {d_long(p.eval_date)} tijdens het oudergesprek met {who}; "
                  f"de doelen worden dan besproken aan de hand van de toetsgegevens en de observaties. "
                  f"Eindevaluatie en bijstelling aan het einde van het schooljaar (juni {p.eval_date.year if p.eval_date.month <= 7 else p.eval_date.year + 1}).")]


def e_informatie_rechten(p, v, style):
    if v == "alleen_vragen":
        return [("p", f"Heeft u vragen over dit plan, neem dan contact op met {p.ib}.")]
    who = "u" if not p.adult else "je"
    if p.adult:
        return [("p", "Je hebt als meerderjarige leerling instemmingsrecht op het handelingsdeel. Ben je het niet eens met het plan, "
                      "bespreek dat dan eerst met je mentor of de directie. Je kunt ook hulp vragen aan het ouder- en jeugdsteunpunt "
                      "of een onderwijsconsulent, of binnen zes weken na vaststelling een geschil voorleggen aan de "
                      "Geschillencommissie passend onderwijs.")]
    return [("p", "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Bent u het niet eens met het plan, dan gaan wij "
                  "eerst met u in gesprek. U kunt ook advies vragen bij het ouder- en jeugdsteunpunt van het samenwerkingsverband "
                  "of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de "
                  "Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")]


def e_vaststelling(p, v, style):
    if v == "datum_leeg":
        return [("kv", [("Vastgesteld op", "__-__-____"), ("Door", "______________________")])]
    return [("p", f"Dit ontwikkelingsperspectief is namens het bevoegd gezag vastgesteld op {d_long(p.plan_date)} door "
                  f"{p.dir}, {p.dir_rol}.")]


# --------------------------- consent ---------------------------------------

def consent_blocks(p, v, fmt):
    """Consent section. v decides what a reader sees."""
    cd = d_num(p.cons_date)
    pd = d_num(p.plan_date)
    par = f"{p.moeder} / {p.vader}"
    school = ("school", f"{p.dir} ({p.dir_rol})", pd, True)
    stmt = ("p", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel (de ondersteuning, doelen en afwijkingen) van dit ontwikkelingsperspectief.")
    if p.adult:
        stmt = ("p", f"{p.naam} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel.")
    if p.curatele:
        stmt = ("p", f"{p.naam} is meerderjarig en staat onder curatele; {p.curator} is curator en wettelijk vertegenwoordiger voor deze beslissing.")
    if v == "ok_sig":
        who = ("leerling", p.full, cd, True) if p.adult else (("curator", p.curator, cd, True) if p.curatele else ("ouder(s)/verzorger(s)", par, cd, True))
        return [stmt, ("checks", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]), ("sig", [who, school], None)]
    if v == "ok_hand":
        who = ("leerling", p.full, cd, True) if p.adult else ("ouder(s)/verzorger(s)", par, cd, True)
        return [stmt, ("checks_hand", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
                ("sig_hand", [who, school], None)]
    if v == "ok_esign":
        return [("p", f"Instemming handelingsdeel: digitaal ondertekend via het ouderportaal door {p.moeder} (ouder) op {cd} om 20:14 uur. "
                      f"Gekozen optie: 'Ik stem in met het handelingsdeel.' Verificatiecode: {p.r.randint(100000, 999999)}.")]
    if v == "ok_stated":
        return [("p", f"Ouders hebben in het gesprek van {d_long(p.cons_date)} ingestemd met het handelingsdeel. {p.moeder} heeft dit "
                      f"dezelfde dag per e-mail aan {p.ib} bevestigd; de e-mail is in het dossier opgenomen.")]
    if v == "ok_adult_esign":
        return [stmt, ("p", f"Ondertekend met ValidTeken door {p.full} (leerling) op {cd}, 10:32 uur: akkoord met het handelingsdeel.")]
    if v == "ok_cc":
        return [stmt, ("cc_checks", [(True, "Ik/wij stem(men) in met het handelingsdeel"), (False, "Ik/wij stem(men) niet in")]),
                ("sig", [("ouder(s)/verzorger(s)", par, cd, True), school], None)]
    if v == "voor_gezien":
        return [("p", "Voor gezien getekend door ouder(s)/verzorger(s):"),
                ("sig", [("ouder(s)/verzorger(s)", par, cd, True)], None)]
    if v == "onder_protest":
        return [stmt, ("sig", [("ouder(s)/verzorger(s)", par, cd, True), school],
                       "Opmerking ouders: getekend onder protest; wij zijn het niet eens met het inkorten van de leesbegeleiding.")]
    if v == "onder_protest_hand":
        return [stmt, ("sig_hand", [("ouder(s)/verzorger(s)", par, cd, True), school], "onder protest getekend")]
    if v == "geweigerd":
        return [stmt, ("checks", [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord")]),
                ("sig", [("ouder(s)/verzorger(s)", par, cd, True), school], None)]
    if v == "gedeeltelijk":
        return [stmt, ("checks", [(False, "Akkoord met het gehele handelingsdeel"),
                                  (True, "Akkoord met het handelingsdeel met uitzondering van: het aangepaste rooster (verkorte lestijd)")]),
                ("sig", [("ouder(s)/verzorger(s)", par, cd, True), school], None)]
    if v == "alleen_school":
        return [stmt, ("sig", [("ouder(s)/verzorger(s)", "", "", False), school], None)]
    if v == "lege_lijn":
        return [stmt, ("sig", [("ouder(s)/verzorger(s)", "", "", False), ("school", "", "", False)], None)]
    if v == "box_leeg":
        return [stmt, ("checks", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
                ("sig", [("ouder(s)/verzorger(s)", par, cd, True), school], None)]
    if v == "box_geen_sig":
        return [stmt, ("checks", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
                ("sig", [("ouder(s)/verzorger(s)", "", "", False), school], None)]
    if v == "geen_datum":
        return [stmt, ("sig", [("ouder(s)/verzorger(s)", par, "", True), school], None)]
    if v == "geen_datum_hand":
        return [stmt, ("sig_hand", [("ouder(s)/verzorger(s)", par, "", True), school], None)]
    if v == "ontvangst":
        return [("p", "Voor ontvangst getekend:"), ("sig", [("ouder(s)/verzorger(s)", par, cd, True)], None)]
    if v == "gelezen":
        return [("p", f"Status in ouderportaal: document gelezen door {p.moeder} op {cd} om 21:03 uur. Reactie: geen.")]
    if v == "ouders_niet_leerling":
        return [stmt, ("sig", [("ouder(s)", par, cd, True), ("leerling", "", "", False), school], None)]
    if v == "leerling_curatele":
        return [stmt, ("sig", [("leerling", p.full, cd, True), ("curator", "", "", False), school], None)]
    if v == "retour":
        return [("p", "Wilt u het bijgevoegde instemmingsformulier binnen twee weken ondertekend retourneren aan de intern begeleider?")]
    if v == "ok_curator":
        return [stmt, ("checks", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
                ("sig", [("curator", f"{p.curator} (curator)", cd, True), ("leerling (gezien)", p.full, cd, True), school], None)]
    if v in ("nog", "dots", "ntb"):
        return [("p", PLACEHOLDERS[v])]
    raise KeyError(v)


def avg_block(p):
    return [("h2", "Toestemming beeldmateriaal en gegevensdeling (AVG)"),
            ("checks", [(True, "Ik geef toestemming voor het delen van gegevens met het samenwerkingsverband"),
                        (True, "Ik geef toestemming voor foto's van mijn kind op de website")]),
            ("sig", [("ouder(s)/verzorger(s)", f"{p.moeder}", d_num(p.cons_date), True)], None)]
