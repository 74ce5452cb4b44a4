# -*- coding: utf-8 -*-
"""Content banks for the blind OPP set 2026-12-08e. All names, schools and places are invented."""
import datetime as dt
import random

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def dshort(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


SCHOOLS = {
    "po": [("OBS De Kwikstaart", "Oosterwijde"), ("CBS Het Palet", "Lemmerbroek"), ("IKC De Wilgenhoek", "Vlietmonde")],
    "sbo": [("SBO De Schakel-Noord", "Kampervaart"), ("SBO Het Kompasveld", "Haarsteeg aan de Vliet")],
    "so": [("SO De Regenboogtuin", "Drieborg"), ("Mytylschool De Sprong", "Westerlee-Ambacht")],
    "vo": [("Lindeborg College", "Oosterwijde"), ("Scholengemeenschap Vlietmonde", "Vlietmonde"),
           ("Het Baken Lyceum", "Kampervaart"), ("Veenhoven Vmbo", "Veenhoven")],
    "pro": [("Praktijkschool De Werkplaats", "Veenhoven"), ("Praktijkcollege Drieborg", "Drieborg")],
    "vso": [("VSO De Horizonzijde", "Westerlee-Ambacht"), ("VSO Het Vaarwater", "Lemmerbroek"),
            ("Vso-afdeling De Kiem (cluster 2)", "Haarsteeg aan de Vliet")],
}
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Vlietland 28-14",
       "sbo": "Samenwerkingsverband Passend Primair Onderwijs Vlietland 28-14",
       "so": "Samenwerkingsverband Passend Primair Onderwijs Vlietland 28-14",
       "vo": "Samenwerkingsverband VO Vlietland-Oost 31-92",
       "pro": "Samenwerkingsverband VO Vlietland-Oost 31-92",
       "vso": "Samenwerkingsverband VO Vlietland-Oost 31-92"}

BOYS = ["Daan", "Sem", "Milan", "Luuk", "Jesse", "Mohamed", "Thijs", "Ruben", "Bram", "Noah", "Ilias", "Joep",
        "Stijn", "Kevin", "Youssef", "Tim", "Gijs", "Dylan", "Nordin", "Sven", "Jayden", "Wessel", "Mees"]
GIRLS = ["Lotte", "Sara", "Noor", "Fenna", "Amira", "Jasmijn", "Iris", "Zoë", "Lieke", "Yara", "Demi", "Femke",
         "Ilse", "Selin", "Maud", "Esmee", "Romy", "Nina", "Sanne", "Aya", "Merel"]
SURN = ["de Wilde", "Brouwer", "Kaptein", "van Rijswijk", "El Ouardi", "Hoekstra", "Verbeek", "Nijland", "Smulders",
        "van der Velde", "Postma", "Çelik", "Roelofs", "Dijkman", "Terpstra", "Wagenaar", "van Loon", "Baksteen",
        "Mulder-Keizer", "Haverkamp", "Oudshoorn", "Bouali", "Kuipers", "Lammers", "Stoop", "Tromp", "Vink"]
STAFF = ["mw. A. Hofman", "dhr. R. de Groot", "mw. S. Aydin", "dhr. P. Kooistra", "mw. L. van Dam", "dhr. T. Meijer",
         "mw. E. Jonker", "dhr. B. Hendriks", "mw. F. Bakker", "mw. N. Rutgers", "dhr. K. Schouten", "mw. M. Lodewijks"]


def pupil(st, age, sex, seed, date, klas=""):
    r = random.Random(seed * 7919 + 13)
    first = r.choice(BOYS if sex == "m" else GIRLS)
    last = r.choice(SURN)
    school, place = SCHOOLS[st][seed % len(SCHOOLS[st])]
    if st == "vo" and klas:
        pool = [s for s in SCHOOLS["vo"] if ("Lyceum" in s[0] or "Scholengemeenschap" in s[0])] if ("havo" in klas or "vwo" in klas) \
            else [s for s in SCHOOLS["vo"] if ("Vmbo" in s[0] or "College" in s[0])]
        school, place = pool[seed % len(pool)]
    bd = date - dt.timedelta(days=int(age * 365.25) + r.randint(20, 300))
    staff = r.sample(STAFF, 6)
    mother = r.choice(["mw. " + r.choice(["J.", "K.", "H.", "D.", "S.", "M."]) + " " + last,
                       "mw. " + r.choice(["A.", "R.", "W."]) + " " + r.choice(SURN)])
    father = "dhr. " + r.choice(["P.", "M.", "J.", "H.", "E."]) + " " + last
    return dict(first=first, last=last, name=f"{first} {last}", school=school, place=place, birth=bd,
                hij="hij" if sex == "m" else "zij", Hij="Hij" if sex == "m" else "Zij",
                zijn="zijn" if sex == "m" else "haar", hem="hem" if sex == "m" else "haar",
                mentor=staff[0], zorg=staff[1], dir=staff[2], coach=staff[3], extra=staff[4], gedrag=staff[5],
                mother=mother, father=father, sex=sex)


# ---------------------------------------------------------------- profiles
PROF = {
    "ass": dict(
        diag="autismespectrumstoornis (ASS, diagnose 2021)",
        belem=["Raakt overprikkeld in drukke situaties (aula, wisselende lokalen, gymzaal); sluit zich dan af of loopt weg.",
               "Onverwachte veranderingen in het rooster leiden tot paniek en uitval voor de rest van de dag.",
               "Moeite met plannen van meerdere taken tegelijk; begint niet zelfstandig aan huiswerk.",
               "Vraagt geen hulp wanneer {hij} vastloopt."],
        bevord=["Sterk in feitelijke kennis en in taken met een duidelijke structuur en een vaste volgorde.",
                "Betrouwbaar en nauwkeurig; houdt zich aan afspraken die vooraf duidelijk zijn gemaakt.",
                "Ouders zijn betrokken en houden thuis dezelfde structuur aan.",
                "Grote interesse in techniek en computers, wat {hem} motiveert."],
        behoefte=["een voorspelbaar rooster en vooraf aangekondigde wijzigingen (uiterlijk de dag ervoor)",
                  "een vaste prikkelarme werkplek en een time-outkaart",
                  "hulp bij plannen: de week vooruit doorlopen met een vaste begeleider",
                  "expliciete uitleg van sociale situaties en groepsopdrachten met vaste rollen"],
        steun=[("wekelijks coachgesprek (planning en welbevinden)", "coach", "elke maandag het 1e uur, 30 minuten"),
               ("gebruik van de stilteruimte met time-outkaart", "mentor", "dagelijks indien nodig, maximaal 15 minuten per keer"),
               ("roosterwijzigingen persoonlijk doorgeven via app aan leerling en ouders", "mentor", "bij elke wijziging, uiterlijk 16.00 uur de dag ervoor")],
        advies=("GZ-psycholoog mw. drs. H. Vermaat (Autismepunt Vlietland)", "12 mei 2025",
                "adviseert voorspelbaarheid, een vaste aanspreekpersoon en het vermijden van onaangekondigde groepswisselingen",
                "De school heeft een vaste coach aangewezen en geeft roosterwijzigingen vooraf door; groepswisselingen worden vooraf besproken."),
        inbreng=("Ik wil wel naar school maar de pauze is echt te druk. Ik wil een plek waar ik mag eten zonder dat iedereen langsloopt.",
                 "Op verzoek van {first} mag {hij} de pauzes in het stiltelokaal doorbrengen; dit staat als afspraak in het handelingsdeel."),
    ),
    "adhd": dict(
        diag="ADHD (gecombineerd beeld), medicatie via huisarts",
        belem=["Snel afgeleid tijdens zelfstandig werken; maakt opdrachten vaak niet af.",
               "Impulsief in reacties naar klasgenoten, wat tot conflicten leidt in onrustige lessen.",
               "Vergeet spullen en huiswerk; agenda wordt niet bijgehouden.",
               "Werkt wisselend: na het vierde lesuur neemt de concentratie sterk af."],
        bevord=["Enthousiast, sociaal en behulpzaam; heeft veel vrienden in de klas.",
                "Goed in praktische en sportieve vakken; laat daar doorzettingsvermogen zien.",
                "Reageert goed op directe, positieve feedback van een vaste docent.",
                "Medicatie is goed ingesteld sinds voorjaar 2025."],
        behoefte=["korte opdrachten met tussentijdse controlemomenten",
                  "een vaste plek vooraan, weg van het raam en de deur",
                  "beweegmomenten tussendoor (bijvoorbeeld materiaal ophalen)",
                  "dagelijkse controle van de agenda door een volwassene"],
        steun=[("huiswerkklas met begeleiding bij plannen", "extra", "dinsdag en donderdag 8e uur"),
               ("dagstart: agenda en spullen controleren", "mentor", "dagelijks 5 minuten voor het 1e uur"),
               ("gebruik van een koptelefoon en timer bij zelfstandig werken", "mentor", "in alle lessen")],
        advies=("kinder- en jeugdpsychiater dr. O. Hamstra (Jeugd-GGZ De Dijkpoort)", "3 maart 2025",
                "adviseert korte taken met directe feedback en een vast overdrachtsmoment tussen school en thuis",
                "De school werkt met een dagkaart die dagelijks mee naar huis gaat; docenten geven korte opdrachten met een timer."),
        inbreng=("Ik vind het stom dat ik altijd vooraan moet zitten. Achterin let ik ook op als ik een koptelefoon mag.",
                 "Na overleg is afgesproken dat {first} in de lessen met zelfstandig werken achterin aan de zijkant mag zitten met koptelefoon; bij instructie zit {hij} vooraan."),
    ),
    "dyslexie": dict(
        diag="ernstige enkelvoudige dyslexie (dyslexieverklaring 2019) en faalangst",
        belem=["Leestempo en spelling liggen ruim onder het niveau van de klas (AVI-niveau E5, spelling onder gemiddeld).",
               "Toetsen met veel tekst kosten {hem} zo veel tijd dat {hij} ze niet afkrijgt.",
               "Faalangst bij mondelinge beurten en toetsen; slaapt slecht in toetsweken."],
        bevord=["Goed begrijpend vermogen wanneer teksten worden voorgelezen.",
                "Sterk in wiskunde en biologie.",
                "Gemotiveerd en vraagt zelf om hulp bij de mentor.",
                "Gebruikt voorleessoftware thuis al zelfstandig."],
        behoefte=["toetsen in vergroot lettertype en digitaal met voorleessoftware",
                  "25% extra tijd bij toetsen",
                  "spelfouten niet meerekenen bij niet-talen",
                  "voorbereiding op mondelinge beurten met vooraf bekende vragen"],
        steun=[("toetsen digitaal met voorleessoftware en 25% extra tijd", "zorg", "bij alle toetsen"),
               ("faalangstreductietraining in een kleine groep", "extra", "8 bijeenkomsten van 45 minuten, op woensdag het 5e uur"),
               ("tussentijds gesprek over toetsplanning", "mentor", "elke twee weken, 15 minuten")],
        advies=("orthopedagoog-generalist mw. M. Oldenhof (Leerpunt Vlietmonde)", "21 november 2024",
                "adviseert auditieve ondersteuning bij alle teksten en gerichte faalangstbegeleiding",
                "Alle toetsen worden digitaal aangeboden met voorleessoftware; de faalangsttraining is ingepland."),
        inbreng=("Ik wil niet dat ik apart moet zitten bij toetsen, dan ziet iedereen het. Ik wil wel meer tijd.",
                 "{first} maakt toetsen in het gewone lokaal met laptop en koptelefoon; alleen bij centrale toetsweken gebruikt {hij} het extra-tijdlokaal."),
    ),
    "lvb": dict(
        diag="zwakbegaafdheid tot licht verstandelijke beperking (TIQ 72, WISC-V 2023)",
        belem=["Begrijpt mondelinge instructies met meerdere stappen niet; heeft tijd nodig om te verwerken.",
               "Overschat zichzelf in nieuwe situaties en laat zich makkelijk meeslepen door anderen.",
               "Rekenen en geld: niveau eind groep 5; moeite met klokkijken en plannen van reistijd.",
               "Wisselende thuissituatie; er is een gezinsvoogd betrokken."],
        bevord=["Werkt graag met de handen en is nauwkeurig in praktische taken.",
                "Vriendelijk naar volwassenen en collega's op de stage; wordt gewaardeerd om inzet.",
                "Reist sinds dit jaar zelfstandig met de bus naar school.",
                "Heeft een goede band met de mentor."],
        behoefte=["instructie in kleine stappen, voordoen en laten nadoen",
                  "visuele ondersteuning (pictogrammen, stappenkaarten) bij praktijktaken",
                  "een vaste begeleider die ook de stageplek kent",
                  "hulp bij het herkennen van situaties waarin misbruik van {hem} gemaakt wordt"],
        steun=[("training sociale weerbaarheid in een groepje van vier", "gedrag", "wekelijks op vrijdag, 45 minuten, 10 weken"),
               ("stappenkaarten voor praktijklessen en stage", "mentor", "doorlopend"),
               ("stagebezoek en driegesprek met stagebegeleider", "coach", "eens per drie weken")],
        advies=("gedragswetenschapper drs. K. Veldkamp (Cliëntondersteuning Vlietland)", "9 juni 2025",
                "adviseert een praktijkgerichte route met veel herhaling en begeleiding bij sociale weerbaarheid",
                "De school biedt de weerbaarheidstraining aan en werkt met stappenkaarten op de stage."),
        inbreng=("Ik wil bij de dieren werken, niet in de keuken. In de keuken is het te heet en te druk.",
                 "De stage bij de kinderboerderij is op verzoek van {first} verlengd en de keukenstage is vervallen."),
    ),
    "angst": dict(
        diag="angststoornis met schoolvermijding; behandeling bij Jeugd-GGZ sinds 2024",
        belem=["Verzuimde in het vorige schooljaar 38% van de lessen door angst.",
               "Lichamelijke klachten (buikpijn, hoofdpijn) op maandagen en voor toetsen.",
               "Durft niet te spreken in de groep; vermijdt groepsopdrachten."],
        bevord=["Cognitief sterk: cijfers voor de gevolgde vakken zijn voldoende tot goed.",
                "Gemotiveerd om het diploma te halen; werkt thuis zelfstandig.",
                "Behandelaar en school werken samen; ouders steunen de opbouw."],
        behoefte=["een opbouwrooster met haalbare stappen",
                  "een veilige plek en vaste persoon bij binnenkomst",
                  "afstemming tussen behandelaar, school en thuis",
                  "schriftelijke in plaats van mondelinge presentaties zolang de opbouw loopt"],
        steun=[("ontvangst bij binnenkomst door vaste begeleider", "coach", "dagelijks om 8.15 uur"),
               ("opbouwrooster (zie afwijkingen) met evaluatie per vier weken", "zorg", "elke vier weken"),
               ("overleg met behandelaar", "zorg", "eens per zes weken")],
        advies=("behandelaar mw. R. Tjoe (Jeugd-GGZ De Dijkpoort)", "30 juni 2025",
                "adviseert geleidelijke opbouw van de aanwezigheid en een vaste veilige persoon op school",
                "De school heeft het opbouwrooster met de behandelaar afgestemd en een vaste coach aangewezen."),
        inbreng=("Ik wil eerst de vakken doen die ik leuk vind, dan durf ik daarna ook de rest.",
                 "Het opbouwrooster begint op verzoek van {first} met biologie en tekenen."),
    ),
    "tos": dict(
        diag="taalontwikkelingsstoornis (TOS), auditieve verwerking zwak",
        belem=["Begrijpt lange mondelinge instructies en abstracte taal niet.",
               "Woordvinding is moeizaam; raakt gefrustreerd als {hij} niet begrepen wordt.",
               "Begrijpend lezen ligt twee jaar achter."],
        bevord=["Visueel sterk; leert goed met schema's en plaatjes.",
                "Doorzetter; vraagt om herhaling als {hij} iets niet snapt.",
                "Ouders oefenen thuis met de woordenschatlijsten."],
        behoefte=["instructie met visuele ondersteuning en controle of de opdracht begrepen is",
                  "woordenschatonderwijs bij elk nieuw thema",
                  "extra verwerkingstijd bij mondelinge vragen"],
        steun=[("logopedie op school", "extra", "wekelijks 30 minuten op dinsdag"),
               ("pre-teaching woordenschat per thema", "mentor", "maandag, 20 minuten"),
               ("visueel dagprogramma in de klas", "mentor", "dagelijks")],
        advies=("logopedist mw. C. Brandsma (Taalhuis Vlietland-Oost)", "14 april 2025",
                "adviseert pre-teaching van woordenschat en korte visueel ondersteunde instructie",
                "De leerkracht geeft pre-teaching op maandag; instructies worden visueel ondersteund."),
        inbreng=("Ik snap het beter als de docent het op het bord tekent.",
                 "De leerkracht of docent tekent bij rekenen en zaakvakken de stappen op het bord; dit is als afspraak opgenomen."),
    ),
    "cp": dict(
        diag="cerebrale parese (spastische diplegie), rolstoelgebruik buiten de klas",
        belem=["Snel vermoeid; na de middag neemt het werktempo sterk af.",
               "Fijne motoriek beperkt: schrijven gaat langzaam.",
               "Afhankelijk van hulp bij toiletgang en verplaatsing tussen gebouwen."],
        bevord=["Goede cognitieve capaciteiten; leert snel.",
                "Sociaal vaardig en humoristisch.",
                "Werkt vaardig met laptop en spraakherkenning."],
        behoefte=["een laptop met spraakherkenning voor schriftelijk werk",
                  "rustmomenten in het rooster",
                  "hulp bij ADL door een vaste assistent"],
        steun=[("ADL-ondersteuning door onderwijsassistent", "extra", "dagelijks, op vaste momenten"),
               ("fysiotherapie op school", "coach", "tweemaal per week 30 minuten"),
               ("rustmoment in de rustruimte", "mentor", "dagelijks na de lunch, 20 minuten")],
        advies=("revalidatiearts dr. E. Sahin (Revalidatiecentrum Het Anker)", "2 februari 2025",
                "adviseert een belastbaarheidsschema met rustmomenten en aangepaste schrijftaken",
                "De school heeft rustmomenten in het rooster gezet en laat schriftelijk werk op de laptop maken."),
        inbreng=("Ik wil niet dat de assistent de hele tijd naast me zit in de klas.",
                 "De assistent zit niet meer naast {first} in de les, maar komt op vaste momenten en wanneer {hij} de knop gebruikt."),
    ),
    "zml": dict(
        diag="matige verstandelijke beperking (ontwikkelingsleeftijd ca. 5-6 jaar) en epilepsie",
        belem=["Communiceert met korte zinnen en pictogrammen; begrijpt complexe taal niet.",
               "Epileptische aanvallen (gemiddeld twee per maand) met daarna vermoeidheid.",
               "Heeft één-op-éénbegeleiding nodig bij nieuwe taken."],
        bevord=["Vrolijk en gemotiveerd bij vaste taken.",
                "Herkent de dagstructuur aan de hand van het dagritmebord.",
                "Sterke band met de vaste groepsleerkracht en het gezin."],
        behoefte=["vaste dagstructuur met pictogrammen",
                  "een medisch handelingsprotocol bij aanvallen",
                  "oefenen van arbeidsmatige taken op een vaste plek"],
        steun=[("arbeidstraining in de schoolkantine (tafels dekken, afwas)", "coach", "drie ochtenden per week"),
               ("uitvoering medisch protocol epilepsie", "extra", "bij elke aanval, volgens protocol van de neuroloog"),
               ("communicatie met pictogrammen en gebaren", "mentor", "doorlopend")],
        advies=("neuroloog dr. W. Kramer (Ziekenhuis Vlietmonde) en de commissie voor de begeleiding", "18 september 2025",
                "adviseren een rustig dagprogramma met vaste rustmomenten en training van arbeidsmatige taken",
                "De school heeft de rustmomenten ingepland en de arbeidstraining vormgegeven in de kantine."),
        inbreng=("(met pictogrammen): fijn = afwassen, koken; niet fijn = bus, hard geluid.",
                 "Afwassen en koken zijn als eerste werktaken gekozen; het vervoer wordt met de vervoerder besproken (vaste chauffeur)."),
    ),
}

# level / destination per doc
DEST = {
    "po": {"kader": "vmbo kaderberoepsgerichte leerweg, mogelijk met lwoo",
           "basis": "vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
           "havo": "havo", "pro": "praktijkonderwijs"},
    "sbo": {"basis": "vmbo basisberoepsgerichte leerweg met lwoo", "pro": "praktijkonderwijs"},
    "so": {"arbeid": "vso, uitstroomprofiel arbeidsmarkt", "vervolg": "vso, uitstroomprofiel vervolgonderwijs (vmbo-basis)"},
}

TESTS = {
    "po": "Uit de methodeonafhankelijke toetsen (leerlingvolgsysteem) blijkt een leerrendement van ca. 60% bij rekenen en begrijpend lezen over de afgelopen twee jaar. Het intelligentieonderzoek ({test}) gaf een TIQ van {iq}.",
    "vo": "De rapportcijfers van het afgelopen jaar (gemiddeld {cijfer}), de resultaten op de methodeonafhankelijke toetsen (Nederlands en rekenen op niveau {niv}) en het capaciteitenonderzoek ({test}, TIQ {iq}) wijzen op dit niveau.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "Nog in te vullen door mentor",
                "xxx", "Wordt aangevuld na het MDO", "- nog invullen -", "N.T.B. (mentor)"]

INSTR = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau in (vo: schoolsoort/leerweg; vso: uitstroomprofiel). Kies één optie.",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, ontwikkeling en schoolloopbaan. Verwijs naar de bronnen.",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren (leren, gedrag, sociaal-emotioneel, thuis). Maximaal vijf punten.",
    "bevorderende_factoren": "Beschrijf hier de sterke kanten en beschermende factoren van de leerling en zijn omgeving.",
    "ondersteuningsbehoefte": "Formuleer wat deze leerling nodig heeft, in de vorm: 'Deze leerling heeft ... nodig om ...'.",
    "ondersteuning": "Beschrijf per onderdeel: wat, door wie, hoe vaak en vanaf wanneer. Gebruik de tabel hieronder.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo niet: vermeld 'geen afwijkingen'.",
    "doelen": "Formuleer 2-4 SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    "adviezen_professionals": "Noem de adviezen van externe deskundigen en wat de school ermee doet. Vermeld naam, functie en datum van het advies.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders/verzorgers.",
    "inbreng_leerling": "Beschrijf de mening van de leerling over het plan en wat er met zijn inbreng is gedaan.",
    "evaluatie": "Vermeld de geplande evaluatiemomenten (minimaal één keer per schooljaar) en wie daarbij aanwezig zijn.",
    "informatie_rechten": "Standaardtekst over instemmingsrecht en geschillen invoegen (zie handboek zorg, bijlage 4).",
    "vaststelling": "Datum vaststelling en naam/functie van degene die het OPP namens het bevoegd gezag vaststelt.",
}

REFS = {
    "onderbouwing": "Zie het verslag van het psychologisch onderzoek in de bijlage.",
    "belemmerende_factoren": "Zie onderzoeksverslag (bijlage 1).",
    "bevorderende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "ondersteuningsbehoefte": "Zie het groeidocument.",
    "ondersteuning": "Zie het handelingsplan in het leerlingvolgsysteem (tabblad Begeleiding).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage rooster.",
    "doelen": "Zie het groepsplan van de klas.",
    "adviezen_professionals": "Zie verslag.",
    "oogo": "Zie gespreksverslag in het dossier.",
    "evaluatie": "Volgens de zorgkalender van de school (zie schoolgids).",
    "informatie_rechten": "Zie de schoolgids, hoofdstuk 'Passend onderwijs'.",
    "uitstroombestemming": "Zie het advies van de CvB.",
    "inbreng_leerling": "Zie het leerlinggesprek in Magister.",
    "vaststelling": "Zie het verslag van de CvB.",
}

GENERIC = {
    "uitstroombestemming": {"vso": "Het vso kent drie uitstroomprofielen: vervolgonderwijs, arbeidsmarktgericht en dagbesteding. Alle leerlingen worden voorbereid op een zo zelfstandig mogelijke plek in de maatschappij.",
                            "default": "Onze school streeft ernaar dat iedere leerling uitstroomt op het hoogst haalbare niveau."},
    "belemmerende_factoren": "Kinderen met een OPP hebben vaak te maken met leer-, gedrags- of sociaal-emotionele problemen die hun ontwikkeling belemmeren. Wij brengen deze factoren voor ieder kind in kaart bij de start van het schooljaar.",
    "bevorderende_factoren": "Op onze school werken wij vanuit de sterke kanten van alle leerlingen. Iedere leerling heeft talenten en die zetten wij in.",
    "ondersteuning": "Alle leerlingen op onze school krijgen een mentor en een stagebegeleider. Daarnaast is er voor iedereen huiswerkbegeleiding en een vertrouwenspersoon. De ondersteuning is beschreven in het schoolondersteuningsprofiel.",
    "doelen": "Alle leerlingen met lwoo werken aan de doelen van het reguliere vmbo-programma. Wij streven ernaar dat iedere leerling zijn diploma haalt. De kerndoelen en examenprogramma's vormen de basis.",
    "ondersteuningsbehoefte": "Leerlingen op onze school hebben behoefte aan structuur, duidelijkheid en een veilig klimaat.",
}


def steun_lines(p, prof, start):
    out = []
    for what, who, freq in PROF[prof]["steun"]:
        out.append(f"{what[0].upper()}{what[1:]}: door {p[who]}; {freq}; vanaf {dlong(start)}.")
    return out
