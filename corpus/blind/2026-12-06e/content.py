# -*- coding: utf-8 -*-
"""Invented content for the blind OPP set: pupils, schools, element texts, gap texts."""
import datetime as dt

E = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
     "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
     "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
     "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"]


def lang(d):
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


def kort(d):
    return d.strftime("%d-%m-%Y")


def plus(d, days):
    return d + dt.timedelta(days=days)


SCHOOLS = {
    "po": ("OBS De Wilgenhoek", "Kreekhoven", "Stichting Openbaar Onderwijs Kreekland"),
    "sbo": ("SBO De Kraanvogel", "Oudewaarde", "Stichting Passaat Onderwijs"),
    "so": ("De Zandmere, school voor speciaal onderwijs", "Heiligerlo", "Stichting Trajectum Zuid"),
    "vo": ("Sint-Odulphuscollege", "Brakelveen", "Vereniging Ons Voortgezet Onderwijs Brakelland"),
    "pro": ("Praktijkschool Het Ambacht", "Dalmerveen", "Stichting Praktijkonderwijs Dalmerland"),
    "vso": ("Het Lichtschip, vso", "Kortenmeer", "Stichting Trajectum Zuid"),
}
SWV = "Samenwerkingsverband Passend Onderwijs Kreekland-Oost"
SWV_VO = "Samenwerkingsverband VO Brakelland en Omstreken"


def school(doc):
    return SCHOOLS[doc.st]


def T(doc, el):
    """Present-status text for an element (one or more paragraphs)."""
    p = doc.p
    vn, hij, zijn, hem = p["vn"], p["hij"], p["zijn"], p["hem"]
    Hij = hij.capitalize()
    st = doc.st
    d = doc.date
    ev1 = plus(d, 120)
    ev2 = plus(d, 240)
    if ev2.month in (7, 8):  # no evaluation in the summer holiday
        ev2 = dt.date(ev2.year, 6, 20)
    if el == "uitstroombestemming":
        return {
            "po": "Verwachte uitstroombestemming: vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo).",
            "sbo": "Verwachte uitstroombestemming: praktijkonderwijs.",
            "so": "Verwachte uitstroombestemming: vso, uitstroomprofiel vervolgonderwijs (vmbo-kader niveau).",
            "vo": "Verwachte uitstroombestemming: vmbo-tl diploma, daarna mbo niveau 4.",
            "pro": "Verwachte uitstroombestemming: arbeid, betaald werk in de groenvoorziening met een branchecertificaat (eventueel via entree-opleiding).",
            "vso": {"arbeid": "Uitstroomprofiel: arbeidsmarktgericht. Verwachte bestemming: werk in de logistiek (magazijn) met loonkostensubsidie.",
                    "dagbesteding": "Uitstroomprofiel: dagbesteding. Verwachte bestemming: arbeidsmatige dagbesteding bij een zorgboerderij.",
                    "vervolg": "Uitstroomprofiel: vervolgonderwijs. Verwachte bestemming: vmbo-tl diploma (staatsexamen), daarna mbo niveau 3."}[doc.profile],
        }[st]
    if el == "onderbouwing":
        return {
            "po": f"{vn} heeft op rekenen en begrijpend lezen een leerrendement van ongeveer 60%. De didactische leeftijdsequivalenten liggen rond eind groep 5 (DLE rekenen 28, begrijpend lezen 30). Uit het psychologisch onderzoek (WISC-V, maart 2024) blijkt een totaal IQ van 84 met een zwakker verwerkingstempo. Op grond van deze gegevens en {zijn} ontwikkeling sinds groep 4 verwachten wij eindniveau 1F voor rekenen en taal, wat past bij vmbo-basis met lwoo.",
            "sbo": f"De leerresultaten van {vn} liggen op rekenen en lezen op het niveau van halverwege groep 5 (DLE 25-27). Het intelligentieonderzoek (november 2023) gaf een TIQ van 72. De ontwikkeling over de afgelopen drie jaar is stabiel maar langzaam. Dit past bij het profiel van praktijkonderwijs.",
            "so": f"{vn} laat op de methodeonafhankelijke toetsen een groei zien van ongeveer een half jaar per schooljaar. Het IQ ligt in het gemiddelde gebied (TIQ 97). De gedragsproblematiek (ASS) vraagt blijvend een kleine, voorspelbare setting. Cognitief is vmbo-kader haalbaar; vanwege de ondersteuningsbehoefte verwachten wij dat {hij} dit in het vso behaalt.",
            "vo": f"{vn} behaalde in leerjaar 2 voldoende resultaten op tl-niveau (gemiddeld 6,4). De cijfers voor Nederlands en Engels zijn wisselend door dyslexie, maar met de faciliteiten voldoende. Het advies van de basisschool was vmbo-tl/havo; de ontwikkeling tot nu toe bevestigt vmbo-tl.",
            "pro": f"{vn} werkt goed met {zijn} handen en haalde in de interne stage bij de groenploeg een goede beoordeling. Het IQ (TIQ 74, 2022) en de leerachterstand van meer dan drie jaar passen bij praktijkonderwijs. De werknemersvaardigheden groeien; daarom verwachten wij uitstroom naar werk.",
            "vso": f"{vn} ontwikkelt zich volgens de leerroute die bij dit profiel hoort. De resultaten op de leerlijnen, de stage-evaluaties van het afgelopen jaar en het intelligentieonderzoek (TIQ 68, 2021) onderbouwen dit profiel. De commissie voor de begeleiding heeft dit in haar advies bevestigd.",
        }[st]
    if el == "belemmerende_factoren":
        return {
            "po": ["Leren: zwak werkgeheugen, traag werktempo", "Sociaal-emotioneel: faalangst bij toetsen", "Thuis: weinig ondersteuning bij huiswerk door taalbarrière"],
            "sbo": ["Leren: moeite met abstracte begrippen en automatiseren", "Werkhouding: snel afgeleid in de groep", "Gezondheid: vermoeidheid door slaapproblemen"],
            "so": ["Gedrag: snel overprikkeld, boze uitbarstingen bij veranderingen", "Sociaal: moeite met samenwerken", "Leren: vermijdt schrijftaken"],
            "vo": ["Leren: dyslexie, langzaam lezen", "Werkhouding: plannen en organiseren van huiswerk", "Sociaal-emotioneel: onzeker in nieuwe groepen"],
            "pro": ["Leren: leest op AVI-E4 niveau, beperkte rekenvaardigheid", "Werkhouding: haakt af als taken lang duren", "Thuis: onregelmatig dagritme"],
            "vso": ["Communicatie: beperkt taalbegrip bij lange instructies", "Zelfstandigheid: heeft sturing nodig bij het starten van taken", "Sociaal: wordt snel beïnvloed door anderen"],
        }[st]
    if el == "bevorderende_factoren":
        return {
            "po": ["Gemotiveerd en behulpzaam", "Goed in praktische opdrachten en tekenen", "Betrokken ouders"],
            "sbo": ["Vrolijk en open naar volwassenen", "Sportief, speelt in een voetbalteam", "Werkt goed met concrete materialen"],
            "so": ["Sterk in techniek en computers", "Houdt zich goed aan duidelijke afspraken", "Heeft een vaste vertrouwenspersoon op school"],
            "vo": ["Goed mondeling taalgebruik", "Doorzetter, wil graag naar het mbo", "Steun van ouders en oudere zus"],
            "pro": ["Handig en nauwkeurig in praktijkvakken", "Komt op tijd en is gemotiveerd voor stage", "Goede band met de stagebegeleider"],
            "vso": ["Vriendelijk en behulpzaam", "Werkt graag met de handen en houdt van routine", "Ouders en woonbegeleiding werken goed samen met school"],
        }[st]
    if el == "ondersteuningsbehoefte":
        return {
            "po": f"{vn} heeft baat bij verlengde instructie in een kleine groep, opdrachten in kleine stappen, extra tijd bij toetsen en positieve bevestiging.",
            "sbo": f"{vn} heeft een leerkracht nodig die veel herhaalt, concreet materiaal gebruikt en korte werkblokken aanbiedt. {Hij} heeft een rustige werkplek nodig.",
            "so": f"{vn} heeft een voorspelbare dag nodig met een dagschema, voorbereiding op veranderingen en een vaste plek om tot rust te komen.",
            "vo": f"{vn} heeft voorleessoftware, extra tijd bij toetsen (20%) en hulp bij het plannen van huiswerk nodig.",
            "pro": f"{vn} heeft korte, visueel ondersteunde instructies nodig en een vaste begeleider tijdens de stage.",
            "vso": f"{vn} heeft korte instructies met pictogrammen nodig, een vaste structuur en begeleiding op de stageplek.",
        }[st]
    if el == "ondersteuning":
        return {
            "po": [("Verlengde instructie rekenen", "groepsleerkracht", "4x per week 15 min", kort(d)), ("Remedial teaching lezen", "mevr. H. Dijkgraaf (RT)", "2x per week 30 min", kort(plus(d, 14))), ("Faalangsttraining", "schoolmaatschappelijk werk", "8 bijeenkomsten", kort(plus(d, 30)))],
            "sbo": [("Rekenen met concreet materiaal in subgroep", "leerkracht", "dagelijks", kort(d)), ("Begeleiding motoriek", "kinderfysiotherapeut", "1x per week", kort(plus(d, 7))), ("Werkplek met koptelefoon", "leerkracht", "doorlopend", kort(d))],
            "so": [("Dagschema en voorbereiding op wijzigingen", "groepsleerkracht", "dagelijks", kort(d)), ("Time-out plek met afspraken", "onderwijsassistent", "doorlopend", kort(d)), ("Sociale vaardigheidstraining", "gedragswetenschapper", "1x per week 45 min", kort(plus(d, 21)))],
            "vo": [("Faciliteiten dyslexie (extra tijd, voorleessoftware)", "mentor / examensecretaris", "alle toetsen", kort(d)), ("Plancoaching", "ondersteuningscoördinator", "1x per week 20 min", kort(plus(d, 7))), ("Huiswerkklas", "onderwijsassistent", "3x per week", kort(plus(d, 7)))],
            "pro": [("Stagebegeleiding", "stagecoördinator dhr. R. Olthof", "1x per 2 weken bezoek", kort(d)), ("Leesondersteuning", "taalcoach", "2x per week 30 min", kort(plus(d, 10))), ("Training werknemersvaardigheden", "mentor", "1x per week", kort(d))],
            "vso": [("Begeleiding op de stageplek", "jobcoach", "wekelijks", kort(d)), ("Training zelfstandig reizen", "onderwijsassistent", "2x per week", kort(plus(d, 14))), ("Communicatie met pictogrammen", "mentor", "dagelijks", kort(d))],
        }[st]
    if el == "afwijkingen_onderwijsprogramma":
        return {
            "po": f"{vn} volgt voor rekenen vanaf groep 6 een eigen leerlijn met als einddoel niveau 1F. Voor Engels is {hij} vrijgesteld van de toetsen.",
            "sbo": f"{vn} volgt voor rekenen en spelling een eigen leerlijn (einddoel eind groep 6). Er is geen Engels.",
            "so": f"{vn} heeft een aangepast rooster: op woensdag en vrijdag tot 12.00 uur (vermindering van 6 uur onderwijstijd per week), met toestemming van de inspectie tot de herfstvakantie.",
            "vo": f"{vn} is vrijgesteld van het vak Duits; in die uren volgt {hij} extra ondersteuning Nederlands.",
            "pro": f"{vn} volgt voor Nederlands en rekenen een individuele leerlijn op referentieniveau 1F; in leerjaar 3 een verlengde stage in plaats van de lessen cultuur.",
            "vso": f"{vn} volgt de leerroute behorend bij het profiel; Engels en aardrijkskunde vervallen, daarvoor in de plaats komt extra stage (8 uur per week).",
        }[st]
    if el == "doelen":
        return {
            "po": [f"In {MAAND[ev1.month-1]} {ev1.year} beheerst {vn} de tafels 1 t/m 10 (90% goed binnen 3 seconden).", f"Aan het eind van het schooljaar leest {vn} een tekst op AVI-M6 niveau.", f"{vn} maakt toetsen zonder paniek en gebruikt daarbij de geoefende stappen uit de training."],
            "sbo": [f"{vn} rekent optellen en aftrekken tot 100 met 80% goed (toets {MAAND[ev1.month-1]}).", f"{vn} werkt 15 minuten zelfstandig aan een taak zonder hulp te vragen.", f"{vn} leest AVI-E5 beheersing aan het eind van het schooljaar."],
            "so": [f"{vn} kondigt zelf aan wanneer {hij} de rustplek nodig heeft (4 van de 5 keer).", f"{vn} werkt 2x per week samen met een klasgenoot aan een opdracht.", f"{vn} schrijft in {MAAND[ev2.month-1]} een tekst van 10 zinnen op de computer."],
            "vo": [f"{vn} gebruikt bij elke toets de voorleessoftware.", f"{vn} houdt zelf een weekplanning bij in de agenda-app (gecontroleerd 1x per week).", f"{vn} haalt voor Nederlands en Engels minimaal een 5,5 gemiddeld aan het eind van het schooljaar."],
            "pro": [f"{vn} haalt het certificaat 'Medewerker groen' voor {MAAND[ev2.month-1]} {ev2.year}.", f"{vn} reist zelfstandig met de bus naar de stage.", f"{vn} leest werkinstructies op de stage zelfstandig (niveau 1F lezen)."],
            "vso": [f"{vn} werkt 2 uur achter elkaar zelfstandig op de stageplek.", f"{vn} reist zelfstandig van huis naar school.", f"{vn} vraagt op de juiste manier om hulp bij een nieuwe taak."],
        }[st]
    if el == "adviezen_professionals":
        return {
            "po": f"Orthopedagoog drs. M. van Rossum (onderzoek maart 2024) adviseert instructie in kleine stappen en een faalangsttraining. De school heeft beide adviezen overgenomen (zie handelingsdeel).",
            "sbo": f"De kinderfysiotherapeut adviseert wekelijkse oefentherapie voor de fijne motoriek; dit wordt op school gegeven. De jeugdarts (GGD) adviseert aandacht voor het slaapritme; dit is met ouders besproken.",
            "so": f"De commissie voor de begeleiding adviseert (vergadering {lang(plus(d,-14))}) het aangepaste rooster tot de herfstvakantie af te bouwen en de sociale vaardigheidstraining voort te zetten. De behandelaar van de GGZ adviseert een vaste time-out plek. De school neemt deze adviezen over.",
            "vo": f"De dyslexieverklaring van het behandelcentrum (2021) adviseert voorleessoftware en extra tijd. De school volgt dit advies; de faciliteiten staan in het handelingsdeel.",
            "pro": f"De schoolmaatschappelijk werker adviseert contact met het wijkteam over het dagritme thuis. De school heeft dit met ouders afgesproken; het wijkteam is in oktober gestart.",
            "vso": f"De commissie voor de begeleiding adviseert ({lang(plus(d,-10))}) het gekozen uitstroomprofiel en uitbreiding van de stage. De jobcoach adviseert een vaste werkplek. De school neemt deze adviezen over.",
        }[st]
    if el == "oogo":
        who = doc.parent_desc()
        return f"Het ontwikkelingsperspectief is op {lang(doc.oogo_date)} besproken met {who}, de mentor/leerkracht en de intern begeleider. Het doel van het gesprek was overeenstemming over het plan; " + ("de opmerkingen zijn verwerkt." if doc.adult_party else "de opmerkingen van ouders zijn verwerkt.")
    if el == "inbreng_leerling":
        q = QUOTES[doc.n % len(QUOTES)]
        return f"{vn} is gesproken op {lang(plus(doc.oogo_date,-7))} door de mentor. {Hij} zei: \"{q[0]}\" Wat we daarmee doen: {q[1].format(vn=vn, zijn=zijn, hij=hij)}"
    if el == "evaluatie":
        who = "ouders en leerling" if (doc.date >= CUTOFF) else "ouders"
        if doc.adult_party:
            who = f"{vn} (en, als {hij} dat wil, {zijn} ouders)"
        return f"Het OPP wordt minimaal twee keer per schooljaar met {who} geëvalueerd: in {MAAND[ev1.month-1]} {ev1.year} (tussenevaluatie) en in {MAAND[ev2.month-1]} {ev2.year} (eindevaluatie). Daarbij wordt bekeken of de doelen zijn gehaald en of de uitstroombestemming nog klopt."
    if el == "informatie_rechten" and doc.adult_party:
        return ("Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel van je OPP. Ben je het niet eens met het OPP, bespreek dit dan eerst met je mentor of de directeur. "
                "Je kunt ook advies vragen aan het ouder- en jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent. "
                "Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    if el == "informatie_rechten":
        return ("Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Bent u het niet eens met het OPP, bespreek dit dan eerst met de school. "
                "U kunt ook advies vragen aan het ouder- en jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent. "
                "Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    if el == "vaststelling":
        return f"Vastgesteld op {lang(doc.date)} door {doc.director}, directeur."
    raise KeyError(el)


QUOTES = [
    ("Ik wil graag leren hoe ik het zelf kan plannen en ik wil minder vaak uit de klas.", "de begeleiding vindt waar mogelijk in de klas plaats en het doel over zelf plannen is op verzoek van {vn} toegevoegd."),
    ("In de grote groep is het te druk, ik kan me dan niet concentreren.", "{vn} krijgt bij zelfstandig werken een vaste plek aan de rustige tafel; dit staat nu in het handelingsdeel."),
    ("Ik wil later iets met auto's of met dieren doen.", "bij de stage- en loopbaanoriëntatie kiezen we voor een snuffelstage die daarbij past."),
    ("Ik vind het stom dat ik steeds apart moet, de anderen lachen dan.", "de extra hulp vindt voortaan plaats tijdens het zelfstandig werken, zodat {vn} niet midden in de les de klas uit moet."),
    ("Als ik het van tevoren weet, gaat het beter.", "de mentor stuurt op vrijdag het rooster van de volgende week naar {vn} en {zijn} ouders; dit is toegevoegd aan de ondersteuning."),
]

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "........................"]

INSTR = {
    "uitstroombestemming": "<Vul hier de verwachte uitstroombestemming in: vo-type of vso-profiel>",
    "onderbouwing": "Beschrijf hier waarom deze bestemming verwacht wordt (toetsgegevens, onderzoek, schoolloopbaan).",
    "belemmerende_factoren": "[Noem per domein de factoren die de ontwikkeling belemmeren]",
    "bevorderende_factoren": "[Noem per domein de factoren die de ontwikkeling bevorderen]",
    "ondersteuningsbehoefte": "Omschrijf wat deze leerling nodig heeft (instructie, aanpak, omgeving).",
    "ondersteuning": "Vermeld hier: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepaste lestijd).",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noem hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Datum gesprek en aanwezigen invullen.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Vul de evaluatiemomenten in.",
    "informatie_rechten": "Tekst over rechten van ouders invoegen.",
    "vaststelling": "Datum en naam invullen.",
}

REF = {
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
    "adviezen_professionals": "Zie verslag psycholoog in het dossier.",
    "ondersteuning": "Zie groepsplan.",
    "belemmerende_factoren": "Zie het groeidocument van vorig jaar.",
    "informatie_rechten": "Zie de website van het samenwerkingsverband.",
    "doelen": "Zie bijlage: doelenoverzicht.",
    "evaluatie": "Zie jaarplanning.",
}


def gap(doc, el, variant, i=0):
    """Text for an incomplete element."""
    vn = doc.p["vn"]
    if variant == "empty":
        return ""
    if variant == "ph":
        return PH[(E.index(el) + i + len(doc.id)) % len(PH)]
    if variant.startswith("ph:"):
        return variant[3:]
    if variant == "instr":
        return INSTR[el]
    if variant == "ref":
        return REF[el]
    if variant == "internal":  # evaluatie without parents
        return "Het OPP wordt twee keer per jaar geëvalueerd in het ondersteuningsteam van de school."
    if variant == "noeffect":  # pupil's view, no influence recorded
        return f"{vn} geeft aan dat {doc.p['hij']} het fijn vindt op school en graag met {doc.p['zijn']} vrienden in de klas blijft."
    if variant == "nodate":  # vaststelling without date
        return f"Vastgesteld door: {doc.director}, directeur. Datum: ..."
    if variant == "oogo_blank":
        return "Besproken met ouders op: ........ Aanwezig: ........"
    if variant == "vague":
        return f"{vn} gaat vooruit op alle gebieden en voelt zich prettig."
    raise KeyError(variant)
