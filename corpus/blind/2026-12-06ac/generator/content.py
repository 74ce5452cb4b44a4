"""Content banks: invented pupils, schools and places; element texts per school type."""
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

def dlong(d):
    y, m, dd = d
    return "%d %s %d" % (dd, MONTHS[m - 1], y)

def dnum(d):
    y, m, dd = d
    return "%02d-%02d-%d" % (dd, m, y)

def after_law(d):
    return d >= (2025, 8, 1)

def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)

SCHOOLS = {
    "po": [("OBS De Wilgenhoek", "Haverdonk"), ("CBS Het Zeilschip", "Brinkeveen"), ("Basisschool De Klaproos", "Lindeloo"),
           ("Daltonschool Het Lage Veld", "Moerkerken")],
    "sbo": [("SBO De Vlonder", "Wolderwijk"), ("SBO Het Startblok", "Espeldijk")],
    "so": [("SO De Meander", "Nieuw-Akkerum"), ("Mytylschool De Tjalk (so)", "Haverdonk")],
    "vo": [("Lindecollege", "Lindeloo"), ("Het Espelcollege, locatie Dijkstraat", "Espeldijk"), ("Brinkeveen Lyceum", "Brinkeveen")],
    "pro": [("Praktijkschool De Werkplaats", "Wolderwijk"), ("Praktijkcollege Akkerum", "Nieuw-Akkerum")],
    "vso": [("VSO De Meander", "Nieuw-Akkerum"), ("VSO Het Baken", "Moerkerken")],
}
SWV = "Samenwerkingsverband Passend Onderwijs Lee en Linde"

PUPILS = [  # (roepnaam, achternaam, m/v)
    ("Daan", "Koolhoven", "m"), ("Mila", "Verbrugge", "v"), ("Jesse", "Ouwerkerk", "m"), ("Noor", "el Haddouti", "v"),
    ("Sem", "Brandsma", "m"), ("Lieke", "Tuinstra", "v"), ("Bram", "Hoekveld", "m"), ("Yara", "Demirtaş", "v"),
    ("Luuk", "van Ommeren", "m"), ("Fenna", "Zwanenburg", "v"), ("Milan", "Roozendaal", "m"), ("Isa", "Kampstra", "v"),
    ("Thijs", "Meulenbelt", "m"), ("Sara", "Lindeboom", "v"), ("Ayoub", "Benali", "m"), ("Evi", "Stoffels", "v"),
    ("Ruben", "Dijkgraaf", "m"), ("Julia", "Wassink", "v"), ("Finn", "Oudendijk", "m"), ("Zoë", "Harkema", "v"),
    ("Kevin", "Lamberts", "m"), ("Amira", "Yilmaz-Bos", "v"), ("Tom", "Scheepbouwer", "m"), ("Roos", "Hendrikse", "v"),
    ("Niels", "Boekhorst", "m"), ("Lotte", "Vermeulen-Kaya", "v"), ("Stijn", "Oosterhuis", "m"), ("Anouk", "Pietersma", "v"),
    ("Dex", "Wolters", "m"), ("Nina", "Groeneveld", "v"), ("Jayden", "Markus", "m"), ("Elif", "Aksoy", "v"),
]
STAFF = ["A. Verbeek", "M. de Wolf", "J. Smit-Koster", "H. Bouwhuis", "R. Nauta", "E. van Dam", "S. Kloosterman",
         "T. Ramdin", "P. Wesselink", "K. de Graaf", "L. Hofstede", "W. Bakkenes", "D. Visscher", "I. Mulder"]
PARENTS = ["mevrouw {a}", "de heer {a}", "mevrouw {a} en de heer {a}"]

# Per school type: a profile. {n} name, {hij}/{Hij}/{zijn}/{hem} pronouns.
PROFILES = {
"po": dict(
    grade="groep 6", age=9,
    uitstroom="vmbo kaderberoepsgerichte of gemengde leerweg",
    uitstroom_opts=["praktijkonderwijs", "vmbo basis", "vmbo kader", "vmbo gl/tl", "havo", "vwo"], uitstroom_tick=[2, 3],
    onderbouwing="De resultaten van {n} op de methodeonafhankelijke toetsen liggen voor begrijpend lezen en rekenen al twee jaar op niveau IV-V (DLE begrijpend lezen 32 bij DL 46, rekenen DLE 35). Het intelligentieonderzoek (WISC-V, maart 2025) laat een gemiddeld totaal-IQ van 92 zien, met een zwakkere verwerkingssnelheid. {n} heeft groep 4 gedoubleerd. Op grond van deze gegevens en de groei van het afgelopen jaar verwachten wij uitstroom naar vmbo kader/gl.",
    bel={"Leren": "Rekenen en spelling zijn zwak geautomatiseerd; leest langzaam (AVI-E4 in groep 6).",
         "Werkhouding": "Raakt snel afgeleid bij langere zelfstandige opdrachten.",
         "Sociaal-emotioneel": "Faalangst bij toetsen; zegt vaak 'dat kan ik toch niet'.",
         "Thuissituatie": "Het gezin heeft dit jaar een verhuizing en een scheiding meegemaakt."},
    bev={"Leren": "Goed mondeling taalbegrip; leert veel van uitleg met plaatjes en materiaal.",
         "Werkhouding": "Wil graag en vraagt om hulp als de leerkracht in de buurt is.",
         "Sociaal-emotioneel": "Geliefd in de groep, heeft twee vaste vriendjes.",
         "Thuissituatie": "Beide ouders zijn betrokken en lezen thuis dagelijks tien minuten met {hem}."},
    behoefte="{n} heeft behoefte aan korte, concrete instructie met een voorbeeld vooraf, aan verlengde instructie bij rekenen, aan extra tijd bij toetsen en aan een leerkracht die {hem} complimenteert op inzet in plaats van op resultaat.",
    ondersteuning="Vanaf 1 oktober 2025 krijgt {n} drie keer per week 20 minuten verlengde instructie rekenen van de groepsleerkracht aan de instructietafel. Twee keer per week leest {hij} 15 minuten met de onderwijsassistent (RALFI-lezen). Eens per twee weken heeft {hij} een kort gesprek met de intern begeleider over hoe het gaat met toetsen.",
    afw="{n} volgt voor rekenen vanaf groep 6 een eigen leerlijn met als einddoel referentieniveau 1F; de doelen van groep 7 worden gespreid over groep 7 en 8. Bij toetsen krijgt {hij} extra tijd en mag {hij} een rekenkaart gebruiken.",
    doelen=["Eind januari 2026 leest {n} een tekst op AVI-E5-niveau binnen de tijdsnorm.",
            "Eind januari 2026 kent {n} de tafels 1 t/m 10 (antwoord binnen 3 seconden, 90% goed).",
            "Voor de zomervakantie 2026 maakt {n} de rekentoets in twee delen, met de afgesproken faalangstkaart, zonder de klas te verlaten."],
    doelen_vague=["{n} gaat vooruit met lezen.", "{n} krijgt meer zelfvertrouwen.", "We werken aan rekenen."],
    advies="De orthopedagoog van het samenwerkingsverband, drs. L. Kooistra, adviseerde in haar verslag van 12 juni 2025 om rekenen visueel te ondersteunen en de toetsdruk te verlagen. De school neemt dit over: {n} werkt met rekenkaarten en maakt toetsen in kleinere delen.",
    view="{n} zegt: 'Ik vind rekenen moeilijk als het snel moet. Ik werk liever aan de tafel bij juf dan alleen.'",
    effect="Daarom is de verlengde instructie aan de instructietafel ingepland en mag {n} zelf kiezen wanneer {hij} de time-timer gebruikt.",
),
"sbo": dict(
    grade="groep 7 (bovenbouw)", age=11,
    uitstroom="vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
    uitstroom_opts=["praktijkonderwijs", "vmbo basis (met lwoo)", "vmbo kader (met lwoo)", "vmbo gl/tl", "havo"], uitstroom_tick=[1],
    onderbouwing="{n} zit sinds groep 5 op onze school. De toetsresultaten laten voor technisch lezen en rekenen een DLE van rond 30 zien bij een DL van 50; de leerrendementsverwachting ligt rond 60%. Uit het onderzoek van maart 2025 komt een totaal-IQ van 84 en de diagnose ADHD. De groei is het afgelopen jaar stabiel. Dit past bij uitstroom naar vmbo basis met lwoo.",
    bel={"Leren": "Rekenen en begrijpend lezen blijven ongeveer twee jaar achter.",
         "Werkhouding": "Moeite met concentratie en met beginnen aan een taak; werkt snel en slordig.",
         "Sociaal-emotioneel": "Reageert fel bij conflicten op het plein.",
         "Fysiek/medisch": "ADHD; gebruikt medicatie die rond 14.00 uur uitgewerkt raakt."},
    bev={"Leren": "Sterk in praktische opdrachten en techniek.",
         "Werkhouding": "Werkt goed met een duidelijke dagplanning en een timer.",
         "Sociaal-emotioneel": "Behulpzaam naar jongere kinderen; staat open voor afspraken.",
         "Fysiek/medisch": "Goede samenwerking tussen ouders, school en kinderarts."},
    behoefte="{n} heeft een voorspelbare dag nodig, taken in kleine stappen met een timer, een vaste werkplek aan de zijkant van de klas, een korte beweegpauze na elk blok en een volwassene die bij conflicten op tijd ingrijpt.",
    ondersteuning="Vanaf 1 oktober 2025 werkt {n} met een dagtaak op het bord en een timer (groepsleerkracht, dagelijks). Vier keer per week krijgt {hij} 20 minuten rekeninstructie in het subgroepje van meester Rik. Op dinsdag en donderdag oefent {hij} 30 minuten met de gedragsspecialist (Rots en Water, 10 weken). Na elke pauze checkt de leerkracht kort in bij {hem}.",
    afw="{n} werkt voor rekenen en begrijpend lezen op een eigen leerlijn (doelen eind groep 6, uitstroomniveau 1F). Voor Engels is {hij} vrijgesteld van de schriftelijke toetsen.",
    doelen=["In februari 2026 beheerst {n} de doelen van blok 4 (rekenen, eigen leerlijn) voor minimaal 80%.",
            "Eind januari 2026 begint {n} bij 4 van de 5 zelfstandige taken binnen twee minuten, zonder herhaalde aansporing.",
            "Voor de meivakantie 2026 lost {n} een conflict op het plein op met het stappenplan, zonder fysiek te worden (gemeten met de pleinlijst)."],
    doelen_vague=["{n} werkt beter zelfstandig.", "{n} wordt rustiger.", "Rekenen verbetert."],
    advies="De kinderpsychiater (GGZ Leeoever, dr. K. Mol) adviseert in haar brief van 3 juli 2025 om zware leertaken in de ochtend te plannen en beweegpauzes in te bouwen. De school volgt dit advies: rekenen en lezen staan voor de pauze en {n} heeft na elk blok een beweegpauze.",
    view="{n} vertelt: 'Na de lunch kan ik me niet meer goed concentreren. Ik wil graag een koptelefoon.'",
    effect="Daarom plannen we de moeilijkste taken in de ochtend en krijgt {n} een koptelefoon bij zelfstandig werken.",
),
"so": dict(
    grade="groep Blauw (so, bovenbouw)", age=10,
    uitstroom="vso, uitstroomprofiel arbeidsmarktgericht",
    uitstroom_opts=["vso profiel vervolgonderwijs", "vso profiel arbeidsmarktgericht", "vso profiel dagbesteding", "praktijkonderwijs", "vmbo"], uitstroom_tick=[1],
    onderbouwing="{n} heeft een IQ van 58 (WPPSI/WISC, 2023 en 2025) en functioneert didactisch op het niveau van eind groep 3. De leerlijnen van het CED (ZML) laten een geleidelijke maar stabiele groei zien. {n} werkt graag praktisch en kan met structuur steeds zelfstandiger werken. Daarom verwachten we dat {n} uitstroomt naar het vso, profiel arbeidsmarktgericht.",
    bel={"Leren": "Lezen en rekenen gaan langzaam; abstracte begrippen zijn moeilijk.",
         "Communicatie": "Spreekt in korte zinnen en begrijpt lange instructies niet.",
         "Sociaal-emotioneel": "Wordt onrustig bij veranderingen in het dagprogramma.",
         "Lichamelijk": "Motorisch onhandig; vermoeid aan het eind van de dag."},
    bev={"Leren": "Onthoudt routines goed en leert door voordoen en nadoen.",
         "Communicatie": "Gebruikt pictogrammen goed en vraagt om hulp met een kaartje.",
         "Sociaal-emotioneel": "Vrolijk en sociaal; zoekt contact met klasgenoten.",
         "Lichamelijk": "Beweegt graag; fietst zelfstandig op het schoolplein."},
    behoefte="{n} heeft behoefte aan een dagritme met pictogrammen, aan korte instructies met voordoen, aan vooraf aangekondigde veranderingen en aan rustmomenten in de middag.",
    ondersteuning="Vanaf 1 november 2025 krijgt {n} dagelijks individuele instructie (15 minuten) van de onderwijsassistent bij lezen. De logopedist van school werkt één keer per week 30 minuten met {hem} aan taalbegrip. De leerkracht bespreekt elke ochtend het dagprogramma met pictogrammen. Op woensdag en vrijdag heeft {n} om 13.30 uur een rustmoment in de prikkelarme ruimte.",
    afw="{n} werkt op de ZML-leerlijnen (niveau 2 lezen, niveau 3 rekenen) en niet op de kerndoelen van het reguliere po.",
    doelen=["In maart 2026 leest {n} 20 klankzuivere woorden van drie letters zonder fouten.",
            "In maart 2026 telt {n} tot 50 en splitst {hij} getallen tot 10 met materiaal.",
            "Voor de zomer 2026 ruimt {n} na de kring zelfstandig de tafel op met de pictokaart (4 van de 5 dagen)."],
    doelen_vague=["{n} ontwikkelt zich op alle gebieden.", "{n} gaat vooruit met lezen."],
    advies="De commissie voor de begeleiding heeft het OPP op 7 oktober 2025 besproken en adviseert het uitstroomprofiel arbeidsmarktgericht en het rustmoment in de middag. De logopedist (S. Brouwer) adviseert visuele ondersteuning bij instructie; dit is in het plan opgenomen.",
    advies_nocvb="De logopedist (S. Brouwer) adviseert visuele ondersteuning bij instructie en korte zinnen. De school neemt dit over in de dagelijkse instructie.",
    view="{n} heeft met de leerkracht en de pictokaarten aangegeven wat {hij} fijn vindt: 'buiten werken' en 'rustig plekje'. Moeilijk vindt {hij} 'lawaai'.",
    effect="Daarom is het rustmoment in de prikkelarme ruimte opgenomen en krijgt {n} bij praktijklessen buitentaken.",
),
"vo": dict(
    grade="klas 3 havo", age=15,
    uitstroom="havo-diploma, met doorstroom naar het hbo",
    uitstroom_opts=["vmbo-tl diploma", "havo-diploma", "vwo-diploma", "nog niet te bepalen"], uitstroom_tick=[1],
    onderbouwing="{n} heeft in klas 1 en 2 voor alle vakken voldoendes gehaald (gemiddeld 6,8); het advies van de basisschool was havo/vwo. De capaciteitentest (NIO, klas 1) gaf een bovengemiddeld niveau. {n} heeft een diagnose autismespectrumstoornis. De achterstand bij Duits en de planning van huiswerk belemmeren {hem}, maar met begeleiding zijn de resultaten stabiel. Daarom verwachten we een havo-diploma.",
    bel={"Leren": "Plannen en organiseren van huiswerk en toetsweken lukt niet zelfstandig.",
         "Werkhouding": "Raakt overprikkeld in drukke lokalen en aula.",
         "Sociaal-emotioneel": "Weinig contact met klasgenoten; trekt zich terug in pauzes.",
         "Thuissituatie": "Veel spanning thuis rond huiswerk."},
    bev={"Leren": "Sterk in wiskunde, biologie en geschiedenis; goed geheugen voor feiten.",
         "Werkhouding": "Nauwkeurig, houdt zich aan afspraken als die duidelijk zijn.",
         "Sociaal-emotioneel": "Heeft een vriend in de klas en zit bij de schaakclub.",
         "Thuissituatie": "Ouders zijn betrokken en hebben wekelijks contact met de mentor."},
    behoefte="{n} heeft behoefte aan een vaste weekplanning, aan duidelijke afspraken vooraf over toetsen, aan een rustige plek in pauzes en aan een vaste contactpersoon op school.",
    ondersteuning="Vanaf 15 november 2025 heeft {n} elke maandag het 1e uur een planningsgesprek met de ondersteuningscoördinator (mevr. Nauta). In de toetsweek maakt {hij} toetsen in het stiltelokaal met 20% extra tijd. In pauzes mag {hij} naar het Rustpunt (begeleid door de onderwijsassistent). De mentor belt ouders om de twee weken.",
    afw="Er zijn geen afwijkingen: {n} volgt het volledige programma van havo 3.",
    afw_is_none=True,
    doelen=["Eind periode 2 (februari 2026) levert {n} 90% van het huiswerk op tijd in, gecontroleerd in de weekplanning.",
            "In de toetsweek van april 2026 maakt {n} alle toetsen op de geplande momenten.",
            "Eind schooljaar staat {n} voor Duits minimaal een 5,5."],
    doelen_vague=["{n} leert beter plannen.", "{n} voelt zich prettig op school."],
    advies="De GZ-psycholoog van Autismeteam Linde (drs. P. Hamstra) adviseert in haar rapport van 2 mei 2025 een vaste contactpersoon en een prikkelarme plek in pauzes. School volgt dit: de ondersteuningscoördinator is contactpersoon en {n} kan naar het Rustpunt.",
    view="{n} zegt in het gesprek: 'De aula is te druk. Ik wil in de pauze ergens rustig zitten. En ik wil het zelf zeggen als ik hulp nodig heb, niet dat iedereen het ziet.'",
    effect="Daarom gaat {n} in pauzes naar het Rustpunt en is afgesproken dat {hij} een kaartje aan de docent laat zien in plaats van hulp te vragen in de klas.",
),
"pro": dict(
    grade="leerjaar 3", age=15,
    uitstroom="arbeid: werk in de groenvoorziening (hovenier), eventueel via de entreeopleiding (mbo niveau 1)",
    uitstroom_opts=["arbeid", "arbeid met scholing (entree)", "mbo niveau 2", "dagbesteding"], uitstroom_tick=[0, 1],
    onderbouwing="{n} heeft een IQ van 74 en een didactisch niveau van eind groep 5 voor lezen en rekenen. In de interne stage op het schoolterrein en de stage bij Groenbedrijf Lindeloo scoort {hij} goed op werknemersvaardigheden. Op grond hiervan verwachten we uitstroom naar arbeid in de groenvoorziening.",
    bel={"Leren": "Rekenen met geld en meten blijft moeilijk; leest op AVI-M6.",
         "Werkhouding": "Komt vaak te laat; haakt af als een taak lang duurt.",
         "Sociaal-emotioneel": "Laat zich makkelijk meenemen door klasgenoten.",
         "Thuissituatie": "Weinig structuur in de ochtend."},
    bev={"Leren": "Leert goed door doen; onthoudt werkinstructies na voordoen.",
         "Werkhouding": "Werkt buiten hard en nauwkeurig; wordt door stagebegeleider geprezen.",
         "Sociaal-emotioneel": "Vriendelijk naar collega's en klanten.",
         "Thuissituatie": "Oudere broer werkt als hovenier en is een voorbeeld."},
    behoefte="{n} heeft behoefte aan praktische opdrachten, aan een vaste stagebegeleider, aan afspraken over op tijd komen en aan rekenen dat gekoppeld is aan het werk.",
    ondersteuning="Vanaf 1 oktober 2025 heeft {n} elke week een coachgesprek (20 minuten) met de mentor. Rekenen krijgt {hij} twee keer per week in het groepje 'werkrekenen' (meten, geld). De stagedocent bezoekt de stageplek één keer per drie weken. Bij te laat komen belt de mentor dezelfde dag naar huis.",
    afw="Er zijn geen afwijkingen van het programma van het praktijkonderwijs.",
    afw_is_none=True,
    doelen=["Eind januari 2026 is {n} per week hoogstens één keer te laat.",
            "In maart 2026 haalt {n} het certificaat 'Werken met de bosmaaier' (branchecertificaat).",
            "In juni 2026 rekent {n} met geld tot € 100 (afrekenen en wisselgeld) met 80% goed."],
    doelen_vague=["{n} werkt aan {zijn} werkhouding.", "Stage loopt goed."],
    advies="De stagebegeleider van Groenbedrijf Lindeloo (mevr. J. Vos) adviseert in haar beoordeling van juni 2025 om {n} in de tweede helft van het jaar twee dagen per week stage te laten lopen. De school neemt dit advies over vanaf februari 2026.",
    view="{n} zegt: 'Ik wil hovenier worden. Op school rekenen vind ik stom, maar meten in de tuin gaat wel.'",
    effect="Daarom is rekenen gekoppeld aan meten en geld op de stage, en is de stage uitgebreid naar twee dagen per week.",
),
"vso": dict(
    grade="VSO-bovenbouw, groep 4", age=16,
    uitstroom="uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicken) bij een reguliere werkgever, met begeleiding van een jobcoach",
    uitstroom_opts=["profiel vervolgonderwijs", "profiel arbeidsmarktgericht", "profiel dagbesteding"], uitstroom_tick=[1],
    onderbouwing="{n} heeft een IQ van 66 en functioneert op het niveau van eind groep 4. De stage bij Distributiecentrum Akkerum (sinds maart 2025, 2 dagen) is positief beoordeeld; {n} werkt nauwkeurig met scanner en picklijst. De Arbeidscompetentielijst laat voldoende werknemersvaardigheden zien. Daarom verwachten we uitstroom naar werk in de logistiek.",
    bel={"Leren": "Leest en rekent op het niveau van groep 4; moeite met abstracte instructies.",
         "Werkhouding": "Raakt van slag bij onverwachte veranderingen in rooster of taak.",
         "Sociaal-emotioneel": "Durft geen hulp te vragen aan onbekende volwassenen.",
         "Fysiek/medisch": "Epilepsie, goed ingesteld op medicatie."},
    bev={"Leren": "Leert goed van voordoen; gebruikt picklijsten met plaatjes zelfstandig.",
         "Werkhouding": "Betrouwbaar en op tijd; werkt graag met de handen.",
         "Sociaal-emotioneel": "Prettig in de omgang, vertrouwt de stagebegeleider.",
         "Fysiek/medisch": "Goede conditie; fietst zelfstandig naar de stage."},
    behoefte="{n} heeft een vaste stagebegeleider nodig, werkinstructies met plaatjes, een vooraf aangekondigd rooster en oefening in het vragen om hulp.",
    ondersteuning="Vanaf 1 oktober 2025 loopt {n} twee dagen per week stage bij Distributiecentrum Akkerum, begeleid door de stagedocent (bezoek elke twee weken). Op school oefent {hij} één uur per week sociale vaardigheden met de gedragsspecialist. De jobcoach van het UWV-traject sluit vanaf januari 2026 aan bij de stagegesprekken.",
    afw="{n} volgt het uitstroomprofiel arbeidsmarktgericht: twee dagen stage in plaats van lessen, en praktijkvakken in plaats van de theoretische vakken.",
    doelen=["In februari 2026 vraagt {n} op de stage zelf om hulp bij een onbekende taak (3 van de 4 keer, volgens stagebegeleider).",
            "In april 2026 haalt {n} het certificaat 'Orderpicker' (praktijkverklaring).",
            "Eind schooljaar reist {n} zelfstandig met de bus naar de stage."],
    doelen_vague=["{n} werkt aan zelfstandigheid.", "Stage verder uitbouwen."],
    advies="De commissie voor de begeleiding heeft op 30 september 2025 geadviseerd het profiel arbeidsmarktgericht vast te houden en de stage uit te breiden. De neuroloog (brief 14 april 2025) adviseert een vaste rustpauze na vier uur werken; die is in de stageafspraken opgenomen.",
    advies_nocvb="De neuroloog (brief 14 april 2025) adviseert een vaste rustpauze na vier uur werken; die is in de stageafspraken opgenomen.",
    view="{n} vertelt: 'Ik wil werken in het magazijn, net als op mijn stage. Ik wil zelf met de bus leren gaan.'",
    effect="Daarom is het doel zelfstandig reizen toegevoegd en oefent de stagedocent in januari de busroute met {n}.",
),
"vso_dag": dict(
    grade="VSO, groep Rood", age=18,
    uitstroom="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (kinderboerderij of kringloopwinkel)",
    uitstroom_opts=["profiel vervolgonderwijs", "profiel arbeidsmarktgericht", "profiel dagbesteding"], uitstroom_tick=[2],
    onderbouwing="{n} heeft een ernstige verstandelijke beperking (IQ circa 40) en heeft veel begeleiding nodig bij praktische taken. Het werken bij de schoolkinderboerderij gaat met begeleiding goed. Daarom verwachten we uitstroom naar arbeidsmatige dagbesteding.",
    bel={"Leren": "Leest niet; herkent een aantal pictogrammen.",
         "Communicatie": "Spreekt in losse woorden; begrijpt korte zinnen.",
         "Sociaal-emotioneel": "Raakt overstuur bij drukte en lawaai.",
         "Lichamelijk": "Snel vermoeid; heeft hulp nodig bij verzorging."},
    bev={"Leren": "Leert routines door herhaling.",
         "Communicatie": "Gebruikt een communicatiemap met foto's.",
         "Sociaal-emotioneel": "Geniet van dieren en van vaste begeleiders.",
         "Lichamelijk": "Loopt graag en is buiten rustiger."},
    behoefte="{n} heeft een vaste begeleider nodig, een voorspelbaar dagprogramma met foto's, een rustige werkplek en veel herhaling.",
    ondersteuning="Vanaf 1 oktober 2025 werkt {n} drie ochtenden per week op de schoolkinderboerderij met een vaste onderwijsassistent (1 op 2). De logopedist breidt zijn communicatiemap uit (eens per twee weken). De mentor stemt elke vrijdag af met de woongroep.",
    afw="{n} volgt de leerroute dagbesteding: de lesuren bestaan grotendeels uit arbeidsmatige activiteiten in plaats van theoretische vakken.",
    doelen=["In maart 2026 voert {n} de taak 'hokken verschonen' uit met de fotokaart en hoogstens twee aanwijzingen.",
            "In juni 2026 gebruikt {n} de communicatiemap om aan te geven dat {hij} pauze wil (4 van de 5 dagen)."],
    doelen_vague=["{n} wordt zelfstandiger."],
    advies="De commissie voor de begeleiding heeft op 16 september 2025 geadviseerd het profiel dagbesteding te volgen. De AVG-arts adviseert een vaste rustpauze na de lunch; deze is opgenomen.",
    advies_nocvb="De AVG-arts adviseert een vaste rustpauze na de lunch; deze is opgenomen.",
    view="{n} heeft met de communicatiemap laten zien dat {hij} de kinderboerderij 'fijn' vindt en de kantine 'te hard'.",
    effect="Daarom werkt {n} drie ochtenden op de kinderboerderij en luncht {hij} in het kleine lokaal.",
),
}

RIGHTS = ("Het handelingsdeel van dit plan (de ondersteuning en begeleiding) voeren wij pas uit als u ermee instemt. "
          "Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de intern begeleider of de directeur. "
          "U kunt ook gratis advies vragen aan een onderwijsconsulent of aan het ouder- en jeugdsteunpunt van het {swv}. "
          "Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
RIGHTS_ADULT = ("Het handelingsdeel voeren wij pas uit als jij (je bent meerderjarig) ermee instemt. Ben je het niet eens, bespreek dit dan met je mentor of de directeur. "
                "Je kunt gratis advies vragen aan een onderwijsconsulent. Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
