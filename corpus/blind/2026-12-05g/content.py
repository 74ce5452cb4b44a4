# -*- coding: utf-8 -*-
"""Invented text for the blind OPP set. All names, schools and places are fictitious."""
import datetime as dt

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MAAND[d.month-1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")


def plus(d, days):
    return d + dt.timedelta(days=days)


UITSTROOM = {
    "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
           "vmbo kaderberoepsgerichte leerweg", "havo", "vmbo gemengde/theoretische leerweg"],
    "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo",
            "vmbo kaderberoepsgerichte leerweg met lwoo"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)",
           "vso, uitstroomprofiel arbeidsmarktgericht",
           "regulier vmbo kader met een arrangement"],
    "vo": ["vmbo-kader diploma (afdeling Zorg & Welzijn), daarna mbo niveau 3",
           "havo-diploma", "vmbo-tl diploma met doorstroom naar mbo niveau 4"],
    "pro": ["arbeidsmarkt: betaald werk in de logistiek, eventueel met loonkostensubsidie",
            "mbo Entree-opleiding (niveau 1) en daarna werk in de horeca"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: (beschut) werk in de groenvoorziening",
            "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Entree/Dienstverlening)"],
}

ONDERBOUWING = {
    "po": "{n} scoort op de methode-onafhankelijke toetsen van {y} stabiel rond het niveau van eind groep {g1} "
          "voor begrijpend lezen en eind groep {g2} voor rekenen. Het intelligentieonderzoek (WISC-V, "
          "afgenomen in {y0}) gaf een totaal IQ van {iq}, met een zwakker werkgeheugen. De leerrendementen "
          "liggen al twee jaar rond {lr}%. Gezien deze gegevens en de ontwikkeling tot nu toe verwachten wij "
          "deze uitstroom.",
    "sbo": "Bij instroom op de sbo-school (groep 5) lag {n} ruim twee jaar achter. Sindsdien is de groei per "
           "jaar ongeveer {lr}% van een gemiddelde leerling. Het onderzoek van de orthopedagoog ({y0}) toont "
           "een TIQ van {iq}. Leesniveau nu AVI M{g1}, rekenen op niveau eind groep {g2}. Dit past bij de "
           "verwachte uitstroom.",
    "so": "Het cognitieve profiel (TIQ {iq}, WISC-V {y0}), de leerresultaten (lezen niveau groep {g1}, rekenen "
          "groep {g2}) en de sociaal-emotionele ontwikkeling maken deze bestemming haalbaar, mits de "
          "structuur van een kleine groep blijft.",
    "vo": "Op basis van de cijfers van leerjaar 2 (gemiddeld 6,4 voor de kernvakken), het advies van de "
          "basisschool en de resultaten van de diagnostische toets (lezen op niveau 2F) is deze uitstroom "
          "realistisch. Het leerrendement in de onderbouw is voldoende ({lr}%).",
    "pro": "{n} heeft een TIQ van {iq} (onderzoek {y0}) en leerrendementen rond {lr}%. Op de stage in "
           "het magazijn van een tuincentrum laat {n} zien dat praktische taken met een vaste volgorde goed "
           "lukken. De stagebegeleider en de mentor achten deze uitstroom haalbaar.",
    "vso": "Op grond van het intelligentieonderzoek (TIQ {iq}, {y0}), de ervaringen op de interne en externe "
           "stages en de zelfstandigheid die {n} laat zien, past dit uitstroomprofiel. Het niveau van lezen "
           "en rekenen ligt rond eind groep {g1}.",
}

FACT_BEL = [("Leren", "zwak werkgeheugen; raakt het overzicht kwijt bij lange instructies"),
            ("Werkhouding", "snel afgeleid in een drukke klas; begint moeilijk aan een taak"),
            ("Sociaal-emotioneel", "faalangst bij toetsen; trekt zich terug bij conflicten"),
            ("Thuis / omgeving", "veel wisselingen in de thuissituatie het afgelopen jaar")]
FACT_BEV = [("Leren", "leert goed met concreet materiaal en voorbeelden"),
            ("Werkhouding", "is gemotiveerd voor praktische opdrachten en wil graag helpen"),
            ("Sociaal-emotioneel", "heeft twee goede vrienden in de groep; is eerlijk en open"),
            ("Thuis / omgeving", "betrokken ouders en een sportclub waar het goed gaat")]

BEHOEFTE = ("{n} heeft behoefte aan: korte instructie in kleine stappen met een voorbeeld; een vaste plek "
            "dichtbij de leerkracht; vooraf weten wat er die dag gebeurt; extra tijd bij toetsen; "
            "positieve feedback op inzet. De school kan hierin voorzien binnen de groep met "
            "ondersteuning van de intern begeleider.")

ONDERSTEUNING = [
    ("Extra lees- en spellingsinstructie", "remedial teacher {rt}", "2x per week 30 minuten", "{start}"),
    ("Verlengde instructie rekenen in een kleine groep", "groepsleerkracht / mentor", "dagelijks 15 minuten", "{start}"),
    ("Coachgesprek over plannen en werkhouding", "intern begeleider / zorgcoördinator", "1x per twee weken", "{start}"),
]

AFWIJKING = ("{n} volgt voor rekenen een eigen leerlijn (doel: niveau 1F aan het eind van de schoolperiode) "
             "en krijgt vrijstelling voor het vak {vak}. De vrijgekomen tijd wordt gebruikt voor "
             "extra oefenen met lezen.")
GEEN_AFWIJKING = "Er zijn geen afwijkingen van het onderwijsprogramma; {n} volgt het reguliere programma van de groep."

DOELEN = [
    "Eind {m1}: {n} leest een tekst op AVI-niveau {avi} met maximaal 2 fouten per 100 woorden.",
    "Eind {m1}: {n} maakt de tafels 1 t/m 10 binnen 3 minuten met 90% goed.",
    "Eind {m2}: {n} vraagt in minstens 4 van de 5 lessen zelf om hulp als iets niet lukt (observatie mentor).",
]

ADVIES = ("{ortho} (orthopedagoog, rapport van {d_ortho}) adviseert: instructie in kleine stappen, een "
          "visueel dagprogramma en het inzetten van een koptelefoon bij zelfstandig werken. De school neemt "
          "deze adviezen over: het dagprogramma hangt op de tafel van {n} en de koptelefoon ligt in de klas.")
ADVIES_CVB = ("Advies commissie voor de begeleiding ({d_cvb}): de commissie adviseert de huidige "
              "uitstroombestemming vast te houden en de stage-uren vanaf het volgende half jaar uit te breiden. "
              "De school volgt dit advies.")

OOGO = ("Het ontwikkelingsperspectief is op {d_oogo} besproken met {ouders} (op overeenstemming gericht overleg). "
        "Aanwezig waren ook {mentor} en de intern begeleider. De wens van ouders om meer aandacht te geven aan "
        "het plannen van huiswerk is in het handelingsdeel opgenomen.")

INBRENG = ("Gesprek met {n} op {d_ll}: {n} vertelt dat het in de klas soms te druk is en dat {hij} het fijn "
           "vindt om met een koptelefoon te werken. {N2} wil later graag '{wens}'. Wat we daarmee doen: "
           "de koptelefoon is opgenomen bij de ondersteuning en het doel over om hulp vragen is samen met {n} "
           "geformuleerd.")
INBRENG_NOEFFECT = ("Wat vindt {n} zelf? {n} zegt: 'Ik vind rekenen stom en ik wil later {wens}.' "
                    "{N2} vindt de juf aardig.")

EVAL = ("Het OPP wordt minimaal twee keer per schooljaar geëvalueerd met ouders{enll}: een tussenevaluatie "
        "in {ev1} en een eindevaluatie in {ev2}. Daarbij bekijken we of de doelen zijn gehaald en of de "
        "uitstroombestemming nog klopt.")

RECHTEN = ("Ouders hebben instemmingsrecht op het handelingsdeel van dit plan. Zonder instemming voert de "
           "school alleen het deel uit waarmee wel is ingestemd. Bent u het niet eens met het plan, bespreek dit "
           "dan eerst met de school. U kunt ook hulp vragen bij het Ouder- en Jeugdsteunpunt of een "
           "onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de "
           "Geschillencommissie passend onderwijs.")
RECHTEN_PART = "Heeft u vragen over dit plan? Neem dan contact op met de intern begeleider van de school."

PLACEHOLDERS = {"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "volgt na overleg",
                "tekst": "[tekst]", "zie_bijlage": "Zie bijlage.", "nvt": "n.v.t."}

INSTR = {
    "uitstroombestemming": "Geef hier de verwachte uitstroombestemming aan (VO-type of uitstroomprofiel).",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, IQ en schoolloopbaan.",
    "belemmerende_factoren": "Noem hier de belemmerende factoren per domein.",
    "bevorderende_factoren": "Noem hier de bevorderende factoren (kansen, sterke kanten).",
    "ondersteuningsbehoefte": "Beschrijf de onderwijs- en ondersteuningsbehoeften van de leerling.",
    "ondersteuning": "Beschrijf wat de school biedt: wat, door wie, hoe vaak, vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Vermeld hier eventuele afwijkingen van het onderwijsprogramma.",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Vermeld adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vul in wanneer en met wie het OOGO heeft plaatsgevonden.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat ermee gedaan is.",
    "evaluatie": "Geef aan wanneer en hoe het plan wordt geëvalueerd.",
    "informatie_rechten": "Informeer ouders over hun rechten.",
    "vaststelling": "Datum vaststelling en naam/functie van degene die vaststelt.",
}

LETTER_INTRO = {
    "uitstroombestemming": "Wij verwachten dat {n} zal uitstromen naar:",
    "onderbouwing": "Waarom verwachten wij dat?",
    "bevorderende_factoren": "Wat {n} helpt:",
    "belemmerende_factoren": "Wat {n} belemmert:",
}

# ---- wording variants per voice: 0 formal (swv), 1 terse (forms, exports), 2 warm (groeidocument, questions, vso)
VOICE = {"swv-numbered": 0, "factor-table": 1, "groeidocument": 2, "question-headings": 2, "beknopt-form": 1,
         "system-export": 1, "letter": 3, "fillable-form": 0, "vso-transitie": 2}

V_BEHOEFTE = [
    BEHOEFTE,
    "- korte, visueel ondersteunde instructie\n- vaste werkplek, weinig prikkels\n- dagplanning vooraf\n"
    "- toetsen met verlengde tijd\n- complimenten op inzet. Haalbaar binnen de basisondersteuning + arrangement.",
    "Wat heeft {n} nodig om te groeien? Iemand die het voordoet voordat {hij} zelf begint, een rustig plekje "
    "als het te veel wordt, een dagritme dat {hij} van tevoren kent en wat meer tijd bij toetsen. De groep "
    "en de begeleider zorgen daar samen voor.",
    "Uw kind heeft vooral behoefte aan korte uitleg met een voorbeeld, een vaste plek vooraan, duidelijkheid "
    "over het dagprogramma en extra tijd bij toetsen. Dat kunnen wij in de klas bieden, met hulp van de "
    "intern begeleider.",
]
V_BEL = [FACT_BEL,
         [("Leren", "werkgeheugen zwak (WISC-V), lange opdrachten lukken niet"),
          ("Werkhouding", "taakaanpak traag, afleidbaar"),
          ("Sociaal-emotioneel", "faalangst, vermijdt toetsen"),
          ("Thuis / omgeving", "verhuizing + scheiding ouders in 2025")],
         [("Leren", "als er veel tegelijk wordt uitgelegd, raak ik de draad kwijt"),
          ("Werkhouding", "in een drukke klas kan ik moeilijk beginnen"),
          ("Sociaal-emotioneel", "ik word zenuwachtig van toetsen en ruzies"),
          ("Thuis / omgeving", "thuis is er veel veranderd het afgelopen jaar")],
         FACT_BEL]
V_BEV = [FACT_BEV,
         [("Leren", "sterk visueel, leert van concreet materiaal"),
          ("Werkhouding", "gemotiveerd bij praktische taken"),
          ("Sociaal-emotioneel", "stabiele vriendschappen, open"),
          ("Thuis / omgeving", "ouders betrokken; voetbalclub 2x per week")],
         [("Leren", "ik snap het snel als ik het zie of mag doen"),
          ("Werkhouding", "ik help graag anderen en werk hard als het praktisch is"),
          ("Sociaal-emotioneel", "ik heb goede vrienden en zeg eerlijk wat ik vind"),
          ("Thuis / omgeving", "mijn ouders denken mee en ik zit op een club die ik leuk vind")],
         FACT_BEV]
V_DOELEN = [DOELEN,
            ["Lezen: AVI {avi} beheersing eind {m1} (DMT/AVI-toets).", "Rekenen: tafels 1-10 in 3 min, 90% correct, eind {m1}.",
             "Werkhouding: vraagt zelf hulp in 4/5 lessen, eind {m2} (observatielijst)."],
            ["Voor {m1} kan {n} een boek op AVI {avi} lezen met hooguit 2 fouten per 100 woorden; we toetsen dat met de AVI-kaart.",
             "Voor {m1} kent {n} de tafels tot en met 10 (binnen 3 minuten, 90% goed).",
             "Voor {m2} vraagt {n} in vier van de vijf lessen zelf om hulp als het niet lukt; de mentor houdt dat bij."],
            DOELEN]
V_EVAL = [EVAL,
          "Tussenevaluatie {ev1}, eindevaluatie {ev2}; met ouders{enll}. Cyclus: minimaal 1x per schooljaar.",
          "We kijken samen terug in {ev1} en nog een keer in {ev2}. Dan praten ouders{enll}, de mentor en de "
          "begeleider over wat gelukt is en of het plan moet veranderen.",
          "Wij nodigen u{enll} in {ev1} en {ev2} uit om het plan samen te evalueren."]
V_OOGO = [OOGO,
          "OOGO gevoerd op {d_oogo} met {ouders}, mentor ({mentor}) en IB. Inbreng ouders: meer aandacht voor plannen "
          "huiswerk -> opgenomen in handelingsdeel.",
          "Op {d_oogo} zaten we met {ouders} aan tafel om dit plan samen te maken, samen met {mentor}. Ouders "
          "vroegen om meer hulp bij het plannen van huiswerk; dat hebben we toegevoegd.",
          "Op {d_oogo} hebben wij het plan met u besproken ({ouders}, {mentor} en de intern begeleider). Uw "
          "vraag om meer hulp bij het plannen van huiswerk hebben wij in het plan verwerkt."]
V_INBRENG = [INBRENG,
             "Leerlinggesprek {d_ll}: wil minder drukte, koptelefoon helpt; wens later: '{wens}'. Verwerkt: "
             "koptelefoon in ondersteuning, doel 3 samen met {n} opgesteld.",
             "Ik vind het in de klas vaak te druk. Met een koptelefoon kan ik beter werken. Later wil ik {wens}. "
             "(Opgeschreven met {n} op {d_ll}.) Wat is ermee gedaan: de koptelefoon staat nu bij de begeleiding "
             "en het doel over hulp vragen hebben we samen bedacht.",
             "Wij hebben op {d_ll} ook met {n} zelf gesproken. {n} gaf aan dat het in de klas vaak te druk is en dat "
             "een koptelefoon helpt; later wil {hij} graag '{wens}'. Daarom staat de koptelefoon nu in het plan en "
             "heeft {n} het doel over hulp vragen zelf mee bedacht."]
V_ADVIES = [ADVIES,
            "{ortho}, orthopedagoog ({d_ortho}): kleine stappen, visueel dagprogramma, koptelefoon. Opvolging: alle "
            "drie ingevoerd per {start}.",
            "{ortho} (orthopedagoog) heeft {n} op {d_ortho} onderzocht. Het advies: uitleg in kleine stapjes, een "
            "dagprogramma met plaatjes en een koptelefoon bij zelfstandig werken. Dat doen we nu allemaal.",
            ADVIES]
V_RECHTEN = [RECHTEN,
             "Ouders: instemmingsrecht handelingsdeel. Geschil: eerst school; daarna onderwijsconsulent / "
             "Geschillencommissie passend onderwijs (binnen 6 weken na vaststelling).",
             "Jullie mogen als ouders instemmen met het handelingsdeel, of niet. Zijn jullie het niet eens? Praat "
             "eerst met ons. Een onderwijsconsulent of het Ouder- en Jeugdsteunpunt kan helpen, en binnen zes weken "
             "na de vaststelling kunnen jullie naar de Geschillencommissie passend onderwijs.",
             "U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan, dan kunt u dat "
             "eerst met ons bespreken. U kunt ook een onderwijsconsulent inschakelen of binnen zes weken na de "
             "vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs."]
V_AFW = [AFWIJKING,
         "Eigen leerlijn rekenen (eindniveau 1F); vrijstelling {vak}; vrijgekomen uren: extra lezen.",
         "{n} werkt bij rekenen in een eigen leerlijn (doel: 1F) en hoeft geen {vak} te volgen. In die uren "
         "oefent {n} extra met lezen.",
         "Uw kind volgt voor rekenen een eigen leerlijn (einddoel 1F) en krijgt vrijstelling voor {vak}; in die "
         "tijd wordt extra gelezen."]
V_GEEN = [GEEN_AFWIJKING, "Geen afwijkingen van het onderwijsprogramma.",
          "Nee, {n} volgt hetzelfde programma als de rest van de groep; er wordt niet afgeweken.",
          "Uw kind volgt het gewone programma; er zijn geen afwijkingen."]


def mo(d):
    return f"{MAAND[d.month-1]} {d.year}"


ONDERBOUWING_KORT = ("Toetsen LVS {y}: begrijpend lezen niveau eind gr. {g1}, rekenen eind gr. {g2}; "
                     "WISC-V ({y0}) TIQ {iq}; leerrendement ca. {lr}%. Schoolloopbaan: 1x gedoubleerd (gr. 4). "
                     "Conclusie: uitstroom zoals hierboven haalbaar.")
