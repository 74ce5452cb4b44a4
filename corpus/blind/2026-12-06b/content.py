# -*- coding: utf-8 -*-
"""Invented Dutch OPP content, element variants and the labelling rule.
Everything here (names, schools, places) is invented."""
import datetime as dt

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"]


def d_nl(d):
    return f"{d.day} {MAAND[d.month-1]} {d.year}"


def d_num(d):
    return d.strftime("%d-%m-%Y")


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen",
                "PM", "……………………………"]

INSTR = {
    "uitstroombestemming": "Geef hier de verwachte uitstroombestemming aan (bijv. vmbo-bb, vmbo-kb, vmbo-tl, havo, vwo, praktijkonderwijs). Verwijder deze tekst na invullen.",
    "onderbouwing": "<Onderbouw de verwachte uitstroom met gegevens uit het leerlingvolgsysteem, intelligentieonderzoek en de schoolloopbaan.>",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren (leerling, school, thuis).",
    "bevorderende_factoren": "Beschrijf hier de bevorderende factoren / sterke kanten van de leerling.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'Deze leerling heeft ... nodig om ...'.",
    "ondersteuning": "Vul hier de te bieden ondersteuning in: wat, door wie, hoe vaak, vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of en op welke onderdelen wordt afgeweken van het reguliere onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg (OOGO) met ouders.",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling (wat vindt de leerling zelf?) en hoe deze is meegenomen.",
    "evaluatie": "Geef aan wanneer en met wie het OPP wordt geëvalueerd.",
    "informatie_rechten": "Hier de standaardtekst over rechten van ouders invoegen.",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}

REFS = {
    "uitstroombestemming": "Zie het groeidocument, hoofdstuk 2.",
    "onderbouwing": "Zie bijlage 1 (overzicht LVS-gegevens).",
    "belemmerende_factoren": "Zie bijlage 2 (verslag psychologisch onderzoek).",
    "bevorderende_factoren": "Zie bijlage 2.",
    "ondersteuningsbehoefte": "Zie het groeidocument.",
    "ondersteuning": "Zie het handelingsplan in de bijlage.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage (rooster).",
    "doelen": "De doelen staan in het groepsplan (zie bijlage).",
    "adviezen_professionals": "Zie verslag van de orthopedagoog (bijlage 3).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie leerlinggesprek in ParnasPlus-dossier.",
    "evaluatie": "Volgens de zorgkalender van de school.",
    "informatie_rechten": "Zie de schoolgids.",
    "vaststelling": "Zie dossier.",
}

VAGUE = {
    "evaluatie": "Het OPP wordt regelmatig besproken.",
    "doelen": "Beter gaan lezen. Meer zelfvertrouwen krijgen. Fijner in de klas zitten.",
    "ondersteuning": "Extra begeleiding waar nodig.",
    "oogo": "Ouders zijn op de hoogte.",
}

# ----------------------------------------------------------------------------------------------
# per school type: destination, reasoning
DEST = {
    "po": [("vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
            "De vaardigheidsscores voor begrijpend lezen en rekenen liggen sinds groep 5 rond niveau E/V (functioneringsniveau eind groep 5 in groep 7). Het intelligentieonderzoek (WISC-V, {y1}) laat een totaal-IQ van 82 zien met een zwakke verwerkingssnelheid. De leerrendementen over de afgelopen twee jaar liggen tussen 50 en 60%."),
           ("vmbo-kaderberoepsgerichte leerweg",
            "Het leerrendement voor rekenen ligt stabiel op 70%, voor begrijpend lezen op 65%. Technisch lezen is op niveau. Uit het NIO-onderzoek ({y1}) blijkt een gemiddelde capaciteit met een duidelijk sterkere praktische kant. De school verwacht daarom uitstroom naar vmbo-kader."),
           ("havo",
            "{vn} scoort op de methodeonafhankelijke toetsen voor rekenen en taal bovengemiddeld (I/II-scores). De ontwikkeling wordt belemmerd door de sociaal-emotionele problematiek, niet door cognitieve beperkingen. Het intelligentieonderzoek van {y1} (totaal-IQ 121) ondersteunt een havo-verwachting.")],
    "sbo": [("praktijkonderwijs",
             "{vn} functioneert voor rekenen op eind-groep-4-niveau en voor begrijpend lezen op medio-groep-4-niveau (leerrendement onder 50%). Het intelligentieonderzoek ({y1}, WISC-V) geeft een totaal-IQ van 71. Op grond van deze gegevens en de ontwikkeling sinds de instroom in het sbo verwacht de school uitstroom naar praktijkonderwijs."),
            ("vmbo basisberoepsgerichte leerweg met lwoo",
             "Sinds de overstap naar het sbo laat {vn} een stabiele groei zien met een leerrendement van 60-65% op rekenen en spelling. Begrijpend lezen blijft achter (functioneringsniveau eind groep 5). Het onderzoek van de orthopedagoog ({y1}) laat een beneden gemiddelde intelligentie zien (TIQ 84).")],
    "so": [("vso, uitstroomprofiel vervolgonderwijs (richting vmbo-basis/entree)",
            "{vn} zit sinds groep 4 op onze school. De cognitieve ontwikkeling is gemiddeld (TIQ 92, {y1}); de leerresultaten liggen op niveau eind groep 5 bij een leeftijdsverwachting van eind groep 7. De gedragsproblematiek vraagt om een kleine, gestructureerde setting. Daarom verwacht de school uitstroom naar het vso met profiel vervolgonderwijs."),
           ("vmbo-theoretische leerweg (regulier, met ondersteuning)",
            "De resultaten op de LVS-toetsen liggen op of boven het landelijk gemiddelde. {vn} heeft in twee jaar SO geleerd de eigen prikkelverwerking te reguleren. De commissie voor de begeleiding acht terugplaatsing naar regulier onderwijs na groep 8 haalbaar.")],
    "vo": [("havo-diploma; daarna hbo",
            "{vn} heeft de onderbouw havo zonder doubleren doorlopen; de cijfers voor de kernvakken liggen tussen 6,2 en 7,4. De verzuimproblematiek is sinds de aanpassing van het rooster afgenomen. Het psychodiagnostisch onderzoek ({y1}) toont een gemiddelde tot bovengemiddelde intelligentie."),
           ("vmbo-theoretische leerweg (diploma), daarna mbo niveau 4",
            "In leerjaar 1 en 2 heeft {vn} voldoende resultaten behaald in de tl-stroom (gemiddeld 6,4). De Cito-volgtoets vmbo van {y1} laat niveau tl zien voor Nederlands en wiskunde. Planning en faalangst zijn de belangrijkste risico's.")],
    "pro": [("arbeid: betaald werk in de logistiek of groenvoorziening, met een Entree-opleiding (mbo niveau 1) naast het werk",
             "{vn} functioneert op de basisvaardigheden rond niveau groep 5-6 (IQ 68, {y1}). In de praktijkvakken en de interne stage (kantine, magazijn) laat {vn} een goede werkhouding en toenemende zelfstandigheid zien. De stagebegeleider beoordeelt de arbeidsvaardigheden als voldoende voor een externe stage."),
            ("vervolgonderwijs: mbo Entree-opleiding (niveau 1), richting horeca",
             "{vn} haalt de branchecertificaten voor horeca en voedselveiligheid naar verwachting in leerjaar 4. De rekenvaardigheid ligt rond 1F. De motivatie voor koken is hoog en de externe stage bij een restaurant verloopt goed.")],
    "vso": [("uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening, eventueel beschut werk",
             "{vn} werkt twee dagen per week op een stageplek bij een hoveniersbedrijf. De stagebeoordelingen laten een stijgende lijn zien in werktempo en samenwerken. Cognitief functioneert {vn} op een laag niveau (TIQ 61, {y1}), praktische vaardigheden zijn relatief sterk."),
            ("uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
             "{vn} heeft veel begeleiding nodig bij alle dagelijkse taken; het ontwikkelingsniveau ligt rond 4 tot 6 jaar (SEO-onderzoek {y1}). Bij eenvoudige, herhaalde taken met dieren is {vn} geconcentreerd en tevreden. De commissie voor de begeleiding adviseert het profiel dagbesteding."),
            ("uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Dienstverlening)",
             "{vn} behaalt in het vso de examens vmbo-basis voor Nederlands en rekenen (2F). De stage in een supermarkt is positief beoordeeld. Door de autismespectrumstoornis heeft {vn} bij overgangen veel voorbereiding nodig, maar het niveau maakt mbo 2 haalbaar.")],
}

FACTORS_B = [  # second bank (domein, belemmerend, bevorderend)
    ("Taal en communicatie", "Beperkte woordenschat (Nederlands is de tweede taal); begrijpt meervoudige opdrachten vaak niet.",
     "Spreekt thuis twee talen; vertelt graag en met veel fantasie."),
    ("Concentratie en taakaanpak", "Diagnose ADHD (2023); kan zich maximaal 10 minuten op een taak richten.",
     "Werkt goed met een time-timer en korte, afgebakende taken; reageert goed op beloning."),
    ("Relatie met volwassenen", "Wantrouwig tegenover nieuwe volwassenen; heeft tijd nodig om te wennen aan invallers.",
     "Heeft een goede band met de eigen leerkracht en de conciërge."),
    ("Motoriek", "Fijne motoriek zwak: schrijven kost veel energie.",
     "Typt snel op de laptop; is sterk in techniek en bouwen."),
    ("Gezin en omgeving", "Lange reistijd met taxivervoer (70 minuten per dag).",
     "Opa en oma helpen dagelijks met huiswerk; er is hulp van een gezinscoach."),
]

FACTORS = [  # (domein, belemmerend, bevorderend)
    ("Leren / cognitief", "Zwak werkgeheugen; heeft moeite met begrijpend lezen en verhaalsommen.",
     "Goed technisch lezer; leert goed van concrete voorbeelden en herhaling."),
    ("Werkhouding", "Raakt snel afgeleid; stopt met werken bij een onduidelijke opdracht.",
     "Gemotiveerd bij praktische opdrachten; werkt goed met een duidelijke planning op papier."),
    ("Sociaal-emotioneel", "Faalangst bij toetsen; trekt zich terug bij conflicten in de groep.",
     "Behulpzaam en vriendelijk; heeft twee vaste vrienden in de klas."),
    ("Lichamelijk / zintuiglijk", "Snel vermoeid na de middagpauze; gevoelig voor geluid.",
     "Sport twee keer per week bij de voetbalvereniging; dit geeft rust."),
    ("Thuissituatie", "Ouders zijn recent gescheiden; er is onrust rond de wisseling tussen twee huizen.",
     "Ouders zijn zeer betrokken en werken goed samen met school."),
]

NEEDS = ["instructie in kleine stappen, met een voorbeeld vooraf (voordoen - samen doen - zelf doen)",
         "een voorspelbare dag: een dagplanning op de tafel en vooraankondiging van veranderingen",
         "een vaste aanspreekpersoon bij wie {hij} terecht kan als het te veel wordt",
         "extra tijd bij toetsen en toetsen in een rustige ruimte",
         "complimenten op inzet, niet alleen op resultaat"]


def support(c):
    t = c["stype"]
    if t in ("po", "sbo"):
        return [f"Twee keer per week 30 minuten extra instructie voor begrijpend lezen door de remedial teacher ({c['rt']}), in een groepje van drie, vanaf {d_nl(c['start'])}.",
                f"Dagelijks pre-teaching rekenen (10 minuten) door de groepsleerkracht ({c['mentor']}).",
                f"Eén keer per twee weken een gesprek van 15 minuten met de intern begeleider ({c['ib']}) over hoe het gaat in de groep.",
                "Gebruik van een time-outplek in de gang, met een time-timer (maximaal 10 minuten)."]
    if t == "so":
        return [f"Dagelijks een start- en eindgesprek van 5 minuten met de groepsleerkracht ({c['mentor']}).",
                "Een prikkelarme werkplek met koptelefoon; zelfstandig werken aan een eigen tafel.",
                f"Wekelijks een uur sociale-vaardigheidstraining door de gedragsspecialist ({c['ib']}), vanaf {d_nl(c['start'])}.",
                "Eén keer per week speltherapie via de jeugd-GGZ, onder schooltijd, op school."]
    if t == "vo":
        return [f"Wekelijks een mentorgesprek van 20 minuten met {c['mentor']} over planning en welbevinden.",
                f"Begeleiding door de ondersteuningscoördinator ({c['ib']}) bij het maken van een studieplanner, eens per twee weken.",
                "Toetsen in het stiltelokaal met 20% extra tijd; gebruik van een laptop met voorleessoftware.",
                "Een time-outkaart waarmee de leerling de les mag verlaten naar het ondersteuningslokaal."]
    if t == "pro":
        return [f"Wekelijkse coaching door de stagebegeleider ({c['ib']}) op de stageplek en op school.",
                f"Individuele begeleiding bij rekenen (2 x 45 minuten per week) door {c['mentor']}.",
                "Jobcoaching vanuit de gemeente tijdens de externe stage, vanaf " + d_nl(c['start']) + ".",
                "Training sociale vaardigheden op de werkvloer in een groep van zes leerlingen, 10 weken."]
    return [f"Dagelijkse begeleiding op de stageplek door een werkbegeleider; wekelijks bezoek van de stagedocent ({c['ib']}).",
            f"Twee keer per week individuele lessen zelfredzaamheid (reizen, geld) door {c['mentor']}, vanaf {d_nl(c['start'])}.",
            "Gebruik van een picto-dagschema en een timer; vaste werkplek in een kleine groep.",
            "Overleg met de ambulant begeleider van de zorgaanbieder eens per zes weken."]


def deviations(c):
    t = c["stype"]
    if t in ("po", "sbo", "so"):
        return f"{c['vn']} volgt voor rekenen een eigen leerlijn met einddoel niveau eind groep 6 (1F). Voor Engels krijgt {c['vn']} vrijstelling; die uren worden gebruikt voor extra rekeninstructie."
    if t == "vo":
        return f"{c['vn']} volgt een aangepast rooster: de eerste twee uur op maandag vervallen (verlof voor therapie). Voor Frans is vrijstelling verleend; daarvoor in de plaats volgt {c['vn']} extra begeleiding Nederlands."
    if t == "pro":
        return f"{c['vn']} volgt in plaats van het theoretische vak Burgerschap een extra dagdeel stage. Voor rekenen wordt gewerkt aan eigen doelen op niveau 1F."
    return f"{c['vn']} volgt een eigen leerlijn voor taal en rekenen (functioneel niveau) en heeft een verkort rooster: vier dagen van 9.00 tot 14.00 uur, goedgekeurd door de Inspectie (ontheffing onderwijstijd tot 1 augustus {c['date'].year + 1})."


def goals(c):
    t = c["stype"]
    e = d_nl(c["eval"])
    if t in ("po", "sbo", "so"):
        return [f"Begrijpend lezen: {c['vn']} past bij een tekst van niveau groep 5 zelfstandig drie leesstrategieën toe (voorspellen, vragen stellen, samenvatten); gemeten met de methodetoets, vóór {e}.",
                f"Rekenen: {c['vn']} beheerst de tafels 1 t/m 10 geautomatiseerd (binnen 3 seconden per som, 90% goed), vóór {e}.",
                f"Gedrag: {c['vn']} vraagt in minimaal 4 van de 5 lessen zelf om hulp met de hulpkaart in plaats van te stoppen met werken (observatie leerkracht)."]
    if t == "vo":
        return [f"{c['vn']} houdt wekelijks een studieplanner bij en levert 90% van de opdrachten op tijd in (controle mentor, tot {e}).",
                f"Het verzuim daalt tot maximaal 2 uur per maand (registratie Magister) vóór {e}.",
                f"{c['vn']} haalt voor wiskunde een gemiddelde van minimaal 6,0 in de komende rapportperiode."]
    if t == "pro":
        return [f"{c['vn']} komt vier weken achter elkaar op tijd op de stageplek (stagelogboek), vóór {e}.",
                f"{c['vn']} behaalt het branchecertificaat 'Basis Voedselveiligheid' vóór {e}.",
                f"Rekenen: {c['vn']} kan zelfstandig een kassabon controleren en wisselgeld teruggeven tot 50 euro."]
    return [f"{c['vn']} reist vóór {e} zelfstandig met de bus van huis naar de stageplek (traject met reistrainer).",
            f"{c['vn']} voert drie vaste werktaken uit met een picto-stappenplan zonder hulp (observatie werkbegeleider).",
            f"{c['vn']} geeft bij spanning zelf aan een pauze nodig te hebben (in 8 van de 10 situaties)."]


def advice(c):
    t = c["stype"]
    if t in ("so", "vso"):
        return [f"De commissie voor de begeleiding heeft op {d_nl(c['cvb'])} geadviseerd over dit ontwikkelingsperspectief. Advies: handhaven van het uitstroomprofiel; de nadruk leggen op zelfredzaamheid en arbeidsvaardigheden; over een jaar opnieuw bezien of de stage kan worden uitgebreid. De school neemt dit advies over.",
                f"De orthopedagoog ({c['ortho']}) adviseert een vaste dagstructuur met visuele ondersteuning; dit is verwerkt in de ondersteuning hierboven."]
    return [f"Psychologisch onderzoek door {c['ortho']}, orthopedagoog-generalist ({d_nl(c['cvb'])}): advies om instructie te verkorten en visueel te ondersteunen, en faalangst te behandelen. De school verwerkt dit in de dagelijkse instructie; ouders zijn verwezen naar de huisarts voor een faalangsttraining.",
            f"De logopedist adviseert bij nieuwe woorden steeds een plaatje te gebruiken. De groepsleerkracht doet dit bij de woordenschatlessen."]


def oogo_txt(c):
    who = c["ouders"] if not c.get("adult") else f"{c['vn']} zelf (meerderjarig)"
    return (f"Het op overeenstemming gericht overleg vond plaats op {d_nl(c['oogo'])} met {who}, "
            f"{c['mentor']} en {c['ib']}. Het conceptplan is vooraf aan " + (c['vn'] if c.get('adult') else "ouders") + " toegestuurd; de aanvullingen over de thuissituatie zijn in het plan verwerkt.")


def pupil_txt(c):
    return (f"Gesprek met {c['vn']} op {d_nl(c['oogo'] - dt.timedelta(days=5))} met {c['mentor']}. {c['vn']} zegt: \"{c['quote']}\" "
            f"Wat we ermee doen: {c['change']}")


def pupil_viewonly(c):
    return f"{c['vn']} is gevraagd wat {c['hij']} zelf vindt. {c['vn']} zegt: \"{c['quote']}\""


def eval_txt(c):
    who = "ouders en " + c["vn"] if c["date"] >= CUTOFF else "ouders"
    if c.get("adult"):
        who = c["vn"]
    return (f"Het OPP wordt geëvalueerd op {d_nl(c['eval'])} met {who}, de mentor/leerkracht en de intern begeleider; "
            f"daarna minimaal één keer per schooljaar. Tussentijds wordt de voortgang besproken in de groepsbespreking.")


def rights_txt(c):
    if c.get("adult"):
        return ("Omdat je 18 jaar bent en zelf beslist, heb jij instemmingsrecht op het handelingsdeel van dit OPP. "
                "Ben je het niet eens met het plan, ga dan eerst in gesprek met de directeur. Je kunt ook advies vragen bij "
                "het ouder- en jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na vaststelling kun je een geschil "
                "voorleggen aan de Geschillencommissie passend onderwijs.")
    return ("Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met het plan, "
            "dan kunt u eerst in gesprek gaan met de directeur. U kunt ook advies vragen bij het ouder- en jeugdsteunpunt "
            "van het samenwerkingsverband of een onderwijsconsulent inschakelen. Binnen zes weken na vaststelling van het "
            "OPP kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")


def vast_txt(c):
    return f"Vastgesteld door {c['dir']}, directeur, op {d_nl(c['date'])}."


def base_text(el, c):
    """Full ('ok') content for element el, list of paragraphs."""
    if el == "uitstroombestemming":
        return [c["dest"]]
    if el == "onderbouwing":
        return [c["onderb"]]
    if el == "belemmerende_factoren":
        return [f"{d}: {b}" for d, b, _ in c["factors"][:c["nf"]]]
    if el == "bevorderende_factoren":
        return [f"{d}: {v}" for d, _, v in c["factors"][:c["nf"]]]
    if el == "ondersteuningsbehoefte":
        return [f"{c['vn']} heeft nodig: " + "; ".join(n.format(**c) for n in NEEDS[:4]) + "."]
    if el == "ondersteuning":
        return support(c)
    if el == "afwijkingen_onderwijsprogramma":
        return [deviations(c)]
    if el == "doelen":
        return goals(c)
    if el == "adviezen_professionals":
        return advice(c)
    if el == "oogo":
        return [oogo_txt(c)]
    if el == "inbreng_leerling":
        return [pupil_txt(c)]
    if el == "evaluatie":
        return [eval_txt(c)]
    if el == "informatie_rechten":
        return [rights_txt(c)]
    if el == "vaststelling":
        return [vast_txt(c)]
    raise KeyError(el)


def text_for(el, var, c):
    """Paragraphs for an element variant, or None when the element is left out."""
    if var == "absent" or var is None:
        return None
    if var == "ok":
        return base_text(el, c)
    if var == "empty":
        return []
    if var == "ph":
        return [PLACEHOLDERS[c["i"] % len(PLACEHOLDERS)]]
    if var == "instr":
        return [INSTR[el]]
    if var == "ref":
        return [REFS[el]]
    if var == "vague":
        return [VAGUE[el]]
    if var == "geen":
        return ["Geen afwijkingen: " + c["vn"] + " volgt het reguliere programma van de groep."]
    if var == "viewonly":
        return [pupil_viewonly(c)]
    if var == "nodate":  # vaststelling without a date
        return [f"Vastgesteld door {c['dir']}, directeur. Datum: ........"]
    raise KeyError(var)


LABEL = {"ok": "present", "empty": "incomplete", "ph": "incomplete", "instr": "incomplete",
         "ref": "incomplete", "vague": "incomplete", "geen": "not_applicable", "viewonly": "incomplete",
         "nodate": "incomplete", "absent": "missing"}
CONSENT_OK = {"sig", "tick", "digital", "letter", "sigimg"}
CONSENT_INC = {"voorgezien", "protest", "refused", "partial", "schoolonly", "blank", "unticked",
               "nodate", "wrongparty"}
CONSENT_MISS = {"absent", "avgonly"}


def label(c, V):
    out = {}
    for el in ELS:
        v = V[el]
        if el == "instemming_ouders":
            out[el] = "present" if v in CONSENT_OK else "incomplete" if v in CONSENT_INC else "missing"
            continue
        if el == "inbreng_leerling":
            last = max(c["date"], c.get("revised") or c["date"])
            if last < CUTOFF or (c["stype"] == "vso" and c.get("adult")):
                out[el] = "not_applicable"
                continue
        out[el] = LABEL[v]
    return out
