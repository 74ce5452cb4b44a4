# -*- coding: utf-8 -*-
"""Element texts for the blind set. Every name, school and place is invented."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)


def d(x):
    return x.strftime("%d-%m-%Y")


def dl(x):
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"][x.month - 1]
    return f"{x.day} {m} {x.year}"


HEADINGS = {
    "uitstroombestemming": ["Verwachte uitstroombestemming", "Te verwachten uitstroom", "Uitstroomperspectief",
                            "Waar gaat {n} naartoe na deze school?", "Ontwikkelingsperspectief",
                            "Perspectief na deze school"],
    "onderbouwing": ["Onderbouwing", "Waarom verwachten we dit?", "Argumentatie", "Onderbouwing van het perspectief",
                     "Toelichting op het perspectief", "Waarop baseren we dit?"],
    "belemmerende_factoren": ["Belemmerende factoren", "Wat maakt leren lastig?", "Risicofactoren",
                              "Belemmerend", "Aandachtspunten", "Wat staat de ontwikkeling in de weg?"],
    "bevorderende_factoren": ["Bevorderende factoren", "Sterke kanten", "Wat helpt {n}?", "Beschermende factoren",
                              "Stimulerende factoren", "Talenten en kansen"],
    "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoefte", "Wat heeft {n} nodig?",
                               "Behoeften van de leerling", "Onderwijs- en ondersteuningsbehoeften",
                               "Dit heeft {n} nodig van de school"],
    "ondersteuning": ["Handelingsdeel", "Te bieden ondersteuning", "Begeleiding en ondersteuning",
                      "Wat doet de school?", "Inzet en arrangement", "Afspraken over de begeleiding"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Aangepast programma",
                                       "Vrijstellingen en aangepast rooster", "Afwijkend programma",
                                       "Eigen leerlijn / vrijstellingen", "Onderwijstijd en programma"],
    "doelen": ["Doelen", "Doelen voor de komende periode", "Wat willen we bereiken?", "Tussendoelen",
               "Leer- en ontwikkeldoelen", "Doelen tot de volgende evaluatie"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Advies deskundigen",
                               "Wat zeggen de specialisten?", "Inbreng externe partners", "Advies en onderzoek"],
    "oogo": ["Op overeenstemming gericht overleg", "OOGO", "Overleg met ouders", "Gesprek met ouders",
             "Besproken met", "Totstandkoming van dit plan"],
    "instemming_ouders": ["Instemming handelingsdeel", "Ondertekening", "Akkoord ouders", "Handtekeningen",
                          "Instemming", "Verklaring van instemming"],
    "inbreng_leerling": ["Inbreng van de leerling", "Wat vindt {n} zelf?", "Stem van de leerling",
                         "Leerlinggesprek", "Mijn mening", "Zo kijkt {n} er zelf tegenaan"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Wanneer kijken we terug?", "Planning evaluatie",
                  "Evaluatie en bijstelling", "Volgende bespreking"],
    "informatie_rechten": ["Uw rechten als ouder", "Niet eens?", "Informatie voor ouders", "Bezwaar en geschillen",
                           "Wat als u het niet eens bent?", "Rechten en klachten"],
    "vaststelling": ["Vaststelling", "Vastgesteld", "Datum vaststelling", "Vaststelling door de school",
                     "Formele vaststelling", "Vaststelling en versie"],
}

QUESTIONS = {  # used for the 'repeat' gap: the text only repeats the heading's question
    "uitstroombestemming": "Welke uitstroombestemming wordt verwacht voor deze leerling?",
    "onderbouwing": "Waarop is de verwachte uitstroombestemming gebaseerd?",
    "belemmerende_factoren": "Welke factoren belemmeren de ontwikkeling van de leerling?",
    "bevorderende_factoren": "Welke factoren bevorderen de ontwikkeling van de leerling?",
    "ondersteuningsbehoefte": "Wat heeft de leerling nodig om zich te ontwikkelen?",
    "ondersteuning": "Welke ondersteuning biedt de school, door wie en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Wijkt het onderwijsprogramma af van het reguliere programma?",
    "doelen": "Welke doelen stellen we voor de komende periode?",
    "adviezen_professionals": "Welke adviezen hebben externe deskundigen gegeven?",
    "oogo": "Is het plan besproken met de ouders?",
    "inbreng_leerling": "Wat vindt de leerling zelf van het plan?",
    "evaluatie": "Wanneer en hoe wordt het plan geëvalueerd?",
    "informatie_rechten": "Wat kunnen ouders doen als zij het niet eens zijn?",
    "vaststelling": "Wanneer is het plan vastgesteld?",
}

INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in, bijv. vmbo-bb/kb/gt, havo, vwo of praktijkonderwijs.]",
    "onderbouwing": "Beschrijf hier op basis van toetsgegevens, IQ en ontwikkeling waarom deze uitstroom verwacht wordt.",
    "belemmerende_factoren": "Noteer hier de belemmerende factoren per domein (leren, werkhouding, sociaal-emotioneel, thuis).",
    "bevorderende_factoren": "<Benoem minimaal drie bevorderende factoren / sterke kanten van de leerling>",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft nodig: instructie/opdrachten/feedback die ...'",
    "ondersteuning": "Beschrijf wat, door wie, hoe vaak en vanaf wanneer. (Invullen door IB/zorgcoördinator)",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (vrijstelling, eigen leerlijn, minder uren). Doorhalen wat niet van toepassing is.",
    "doelen": "Formuleer SMART-doelen per vakgebied/domein voor de komende periode.",
    "adviezen_professionals": "Neem hier de adviezen op uit verslagen van externe deskundigen en geef aan wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee in het plan is gedaan (verplicht vanaf 1-8-2025).",
    "evaluatie": "Geef de data van de evaluatiemomenten aan (minimaal 1x per schooljaar).",
    "informatie_rechten": "Tekst over bezwaarmogelijkheden hier invoegen (standaardtekst swv).",
    "vaststelling": "Datum en naam directeur invullen na ondertekening.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen", "xxx",
                "n.t.b. (na onderzoek)", "volgt"]

BIJLAGE = ["Zie bijlage 2.", "Zie verslag in het dossier.", "Zie bijgevoegd onderzoeksverslag.",
           "Zie groeidocument, tabblad 3.", "Zie eerder OPP (2024).", "Zie bijlage (verslag psycholoog)."]

VAGUE = {
    "uitstroombestemming": "Een passende plek in het voortgezet onderwijs.",
    "onderbouwing": "Op basis van wat we in de klas zien.",
    "belemmerende_factoren": "Er zijn wat zorgen over de ontwikkeling.",
    "bevorderende_factoren": "Een leuke leerling.",
    "ondersteuningsbehoefte": "Extra aandacht waar nodig.",
    "ondersteuning": "De leerling krijgt de begeleiding die nodig is.",
    "afwijkingen_onderwijsprogramma": "Waar nodig passen we het programma aan.",
    "doelen": "Beter gaan lezen en rekenen en lekker in zijn vel zitten.",
    "adviezen_professionals": "De adviezen van de externe partners worden meegenomen.",
    "oogo": "Ouders worden op de hoogte gehouden.",
    "inbreng_leerling": "De leerling is gehoord.",
    "evaluatie": "Het plan wordt regelmatig geëvalueerd.",
    "informatie_rechten": "Bij vragen kunt u altijd bij ons terecht.",
    "vaststelling": "Vastgesteld door de school.",
}


def dest(ctx):
    t = ctx["type"]
    return ctx.get("dest") or {"po": "vmbo basis-/kaderberoepsgerichte leerweg (bb/kb), met LWOO",
                               "sbo": "praktijkonderwijs",
                               "so": "vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)",
                               "vo": "vmbo gemengde/theoretische leerweg, daarna mbo niveau 3-4",
                               "pro": "arbeid: betaald werk in de groenvoorziening (uitstroom richting arbeid)",
                               "vso": "uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (magazijn)"}[t]


def present_text(el, ctx, rng):
    n, hij, zijn = ctx["n"], ctx["hij"], ctx["zijn"]
    t = ctx["type"]
    if el == "uitstroombestemming":
        return rng.choice([f"Verwachte uitstroom: {dest(ctx)}.",
                           f"Wij verwachten dat {n} uitstroomt naar {dest(ctx)}.",
                           f"{dest(ctx)[0].upper()}{dest(ctx)[1:]}."])
    if el == "onderbouwing":
        if t in ("po", "sbo", "so"):
            return (f"{n} heeft een totaal-IQ van {ctx.get('iq', 84)} (WISC-V, {ctx.get('iqdate', 'maart 2024')}). "
                    f"De leerrendementen voor begrijpend lezen en rekenen liggen rond de {ctx.get('lr', 60)}%; "
                    f"{n} functioneert voor rekenen op eind groep 5-niveau en voor technisch lezen op M6 (DLE 38). "
                    f"De groei van het afgelopen jaar past bij dit perspectief.")
        if t == "vo":
            return (f"Cijfers klas 2: gemiddeld 6,4 voor de kernvakken; NT2-toets en Diataal laten een taalachterstand zien, "
                    f"maar het werkgeheugen en het abstract denken zijn gemiddeld (onderzoek orthopedagoog, september 2024). "
                    f"Het advies van de basisschool was vmbo-tl/havo.")
        return (f"{n} werkt sinds twee jaar op de stage-afdeling en haalde de branchecertificaten heftruck en "
                f"VCA-basis. De stagebeoordelingen zijn voldoende tot goed; rekenen en lezen liggen op 1F-niveau. "
                f"Werkgevers geven aan dat {hij} met een vaste werkplek en duidelijke instructie zelfstandig kan werken.")
    if el == "belemmerende_factoren":
        return rng.choice([
            f"Snel afgeleid bij drukte; moeite met plannen en het starten van taken; faalangst bij toetsen; "
            f"diagnose ADHD (2023); wisselende schoolgang door ziekenhuisbezoeken.",
            f"Zwakke auditieve verwerking en een beperkte woordenschat; {n} haakt af bij lange instructies. "
            f"Thuis is de situatie onrustig sinds de scheiding van de ouders.",
            f"Dyslexie (verklaring 2022); trage verwerkingssnelheid; {n} raakt snel overprikkeld in grote groepen "
            f"en reageert dan met boosheid."])
    if el == "bevorderende_factoren":
        return rng.choice([
            f"{n} is gemotiveerd, behulpzaam en werkt graag met de handen. Ouders zijn betrokken en "
            f"ondersteunen thuis met lezen. Goede relatie met de mentor.",
            f"Sterk in praktische en creatieve opdrachten; doorzetter; sport twee keer per week bij de "
            f"voetbalclub; een stabiel netwerk van grootouders.",
            f"Goed visueel geheugen, vriendelijk in de omgang, neemt adviezen aan; betrokken ouders en "
            f"een vaste vriend in de klas."])
    if el == "ondersteuningsbehoefte":
        return rng.choice([
            f"{n} heeft nodig: korte, visueel ondersteunde instructie; een vaste werkplek met weinig prikkels; "
            f"een dagplanning op de tafel; vooraf weten wat er gaat gebeuren; complimenten bij inzet.",
            f"{n} heeft een leerkracht nodig die {hem(ctx)} helpt bij het plannen van taken, verlengde instructie "
            f"bij rekenen, opdrachten in kleine stappen en de mogelijkheid om zich even terug te trekken."])
    if el == "ondersteuning":
        return (lambda a: a[0] if t in ("po", "sbo", "so") else a[1])([
            f"- Verlengde instructie rekenen, 4x per week 20 minuten, door de groepsleerkracht (vanaf {ctx['start']}).\n"
            f"- Remedial teaching lezen, 2x per week 30 minuten, door de RT-er (mw. {ctx['rt']}).\n"
            f"- Wekelijks kort gesprek met de intern begeleider over de planning.\n"
            f"- Time-out-plek in de gang, met afspraak via een pictokaart.",
            f"Arrangement 'Plus' vanaf {ctx['start']}: 3 uur per week begeleiding door de ambulant begeleider "
            f"({ctx['rt']}), dagelijkse check-in/check-out met de mentor, extra toetstijd (25%) en voorleessoftware."])
    if el == "afwijkingen_onderwijsprogramma":
        return rng.choice([
            f"{n} volgt voor rekenen een eigen leerlijn (eindniveau 1F) en heeft vrijstelling voor Frans.",
            f"Aangepast rooster: {n} is op woensdag vrij (reductie onderwijstijd 4 uur per week, met "
            f"toestemming van de inspectie tot {d(ctx['eval2'])}). Voor rekenen werkt {hij} met een eigen leerlijn.",
            (f"Vrijstelling voor de tweede moderne vreemde taal; in plaats daarvan extra praktijkuren (3 uur)." if t in ("vo", "pro", "vso")
             else f"{n} volgt voor begrijpend lezen de leerlijn van groep 5 in plaats van groep 6 (eigen leerlijn, eindniveau 1F).")])
    if el == "doelen":
        return (lambda a: a[0] if t in ("po", "sbo", "so") else a[1])([
            f"1. Eind januari leest {n} AVI-E5 met 95% nauwkeurigheid (toets AVI).\n"
            f"2. {n} beheerst de tafels 1 t/m 10 binnen 3 seconden per som (gecontroleerd in maart).\n"
            f"3. {n} start binnen 2 minuten zelfstandig aan een taak, 4 van de 5 dagen (observatie leerkracht).",
            f"- Voor de volgende evaluatie houdt {n} een planner bij en levert {hij} 80% van het huiswerk op tijd in.\n"
            f"- {n} haalt voor rekenen een voldoende op niveau 1F (toets in april).\n"
            f"- {n} vraagt zelf om een time-out als {hij} boos wordt, in plaats van weg te lopen (minder dan 1 incident per week)."])
    if el == "adviezen_professionals":
        return rng.choice([
            f"Orthopedagoog {ctx['ortho']} (onderzoek {ctx.get('ondzdate', 'oktober 2024')}) adviseert korte instructie "
            f"met visuele ondersteuning en een vaste dagstructuur. De school neemt dit over in het handelingsdeel "
            f"(dagplanning, pictokaarten).",
            f"Logopedist: werken aan woordenschat met een vaste woordenlijst; de school zet dit in tijdens de "
            f"RT-momenten. Jeugdarts: let op vermoeidheid; daarom een rustmoment na de lunch."])
    if el == "oogo":
        return rng.choice([
            f"Het plan is op {dl(ctx['oogo'])} besproken met {ctx['ouders']}, de mentor en de intern begeleider "
            f"({ctx['ib']}). De ouders hebben aanvullingen gegeven over de thuissituatie; die zijn verwerkt.",
            f"Op overeenstemming gericht overleg: {d(ctx['oogo'])}, aanwezig: {ctx['ouders']}, {ctx['ib']} (IB), "
            f"leerkracht."])
    if el == "inbreng_leerling":
        return rng.choice([
            f"{n} zegt zelf: 'Ik wil niet steeds uit de klas, liever hulp bij mijn tafel.' Daarom is de RT "
            f"voor een deel in de klas gepland.",
            f"In het leerlinggesprek ({d(ctx['oogo'])}) gaf {n} aan dat {hij} de time-outplek fijn vindt maar "
            f"dat anderen het zien. Afgesproken is dat {hij} een eigen signaal (kaartje) gebruikt."])
    if el == "evaluatie":
        return rng.choice([
            f"Tussenevaluatie met ouders en {n} op {d(ctx['eval1'])}; jaarlijkse evaluatie en bijstelling van het "
            f"OPP op {d(ctx['eval2'])}.",
            f"Het OPP wordt twee keer per jaar geëvalueerd in een gesprek met ouders, leerling en mentor: "
            f"in {dl(ctx['eval1']).split(' ', 1)[1]} en in {dl(ctx['eval2']).split(' ', 1)[1]}."])
    if el == "informatie_rechten":
        return rng.choice([
            "U beslist mee: zonder uw instemming met het handelingsdeel voeren wij dat deel niet uit. Bent u het "
            "niet eens, bespreek dit dan eerst met de school. U kunt ook hulp vragen aan het ouder- en "
            "jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil "
            "voorleggen aan de Geschillencommissie passend onderwijs.",
            "Ouders hebben instemmingsrecht op het handelingsdeel. Bij onenigheid kunt u terecht bij de directeur, "
            "het ouder- en jeugdsteunpunt van het samenwerkingsverband, de onderwijsconsulenten of (binnen 6 weken) "
            "de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."])
    if el == "vaststelling":
        return rng.choice([
            f"Vastgesteld op {d(ctx['date'])} door {ctx['dir']}, directeur.",
            f"Dit ontwikkelingsperspectief is op {dl(ctx['date'])} vastgesteld door de directie ({ctx['dir']})."])
    raise KeyError(el)


def hem(ctx):
    return "hem" if ctx["hij"] == "hij" else "haar"


def gap_text(el, kind, ctx, rng):
    """text for a gap variant; None means: heading present, nothing under it"""
    if kind == "empty":
        return None
    if kind == "ph":
        return rng.choice(PLACEHOLDERS)
    if kind == "instr":
        return INSTR[el]
    if kind == "bijlage":
        return rng.choice(BIJLAGE)
    if kind == "repeat":
        return QUESTIONS[el]
    if kind == "vague":
        return VAGUE[el]
    if kind == "no_effect":  # pupil view without what it changed
        who = "de juf" if ctx["type"] in ("po", "sbo", "so") else "de mentor"
        return f"{ctx['n']} geeft aan dat {ctx['hij']} het fijn vindt op school en {who} aardig vindt."
    if kind == "nvt_wrong":
        return "n.v.t."
    if kind == "oogo_nodate":
        return "Ouders zijn geïnformeerd over het plan."
    if kind == "vast_nodate":
        return "Vastgesteld op: __-__-____ door: ____________"
    if kind == "vast_concept":
        return "CONCEPT - nog niet vastgesteld"
    raise KeyError(kind)
