"""Invented pupils, schools and plan text; element content per gap variant; labels.

Every name, school, place and samenwerkingsverband here is invented.
"""
import random, datetime

ELEMENTS = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren',
            'ondersteuningsbehoefte', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'doelen',
            'adviezen_professionals', 'oogo', 'instemming_ouders', 'inbreng_leerling', 'evaluatie',
            'informatie_rechten', 'vaststelling']

CUTOFF = datetime.date(2025, 8, 1)
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

FIRST_M = ['Daan', 'Sem', 'Milan', 'Ravi', 'Jelte', 'Noud', 'Yusuf', 'Bram', 'Kasper', 'Ilias', 'Teun', 'Mees', 'Olaf', 'Jurre', 'Senna']
FIRST_F = ['Lotte', 'Fenna', 'Noor', 'Ilse', 'Yara', 'Mirthe', 'Saar', 'Amira', 'Jolien', 'Elin', 'Femke', 'Roos', 'Zoë', 'Hafsa', 'Tess']
LAST = ['van Dorsselaer', 'Kwakernaat', 'Hoogeboom', 'Stellingwerf', 'Brinkhorst', 'Oudejans', 'Terpstra', 'el Amrani', 'Veltkamp',
        'Zijlmans', 'de Groot-Hamer', 'Bosgraaf', 'Wielenga', 'Rademakers', 'Pijnacker', 'Kuipersma', 'Lindeboom', 'Haverkort']
PLACES = ['Brakkenveen', 'Oudewiel', 'Holtermeer', 'Lindenveld', 'Veenhuizerloo', 'Zandhorst-Oost', 'Meerkerkdam', 'Ravenswaal']
STAFF = ['mevr. A. Tuinstra', 'dhr. P. Groenewoud', 'mevr. K. Brandsma', 'dhr. H. Koopmanschap', 'mevr. S. Vredevoogd',
         'mevr. L. Achterberg', 'dhr. R. Nieuwkerk', 'mevr. D. Hofstede']

SCHOOLS = {
    'po': ['OBS De Klimophoeve', 'CBS Het Zaailand', 'Daltonschool De Steigerpaal', 'IKC De Wadloper', 'RK basisschool Sint Ludger-Noord'],
    'sbo': ['SBO De Vlonder', 'SBO Het Tij', 'Speciale basisschool De Ankerplaats'],
    'so': ['SO De Meerval (cluster 4)', 'Mytylschool SO Lindenveld (cluster 3)', 'SO Het Baken-Zuid (cluster 3)'],
    'vo': ['Oosterdijkcollege', 'Scholengemeenschap Brakkenveen-Noord', 'Lyceum Ter Heyde-Oudewiel', 'Veenlandcollege vmbo'],
    'pro': ['Praktijkschool Hoeverveld', 'Praktijkcollege De Houtwerf'],
    'vso': ['VSO De Meerval (cluster 4)', 'VSO Het Baken-Zuid (cluster 3)', 'VSO Praktijkroute Lindenveld'],
}
SWV = {'po': 'Samenwerkingsverband Passend Primair Onderwijs Brakkenveen e.o.', 'sbo': 'Samenwerkingsverband Passend Primair Onderwijs Brakkenveen e.o.',
       'so': 'Samenwerkingsverband PO Holtermeer-Lindenveld', 'vo': 'Samenwerkingsverband VO Oudewiel en omstreken',
       'pro': 'Samenwerkingsverband VO Oudewiel en omstreken', 'vso': 'Samenwerkingsverband VO Holtermeer-Lindenveld'}


def fmt(d, style=0):
    if style == 0:
        return d.strftime('%d-%m-%Y')
    if style == 1:
        return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    return d.strftime('%d/%m/%Y')


# --------------------------------------------------------------- profiles per school type
PROFILES = {
 'po': [
  dict(uit='vmbo-kaderberoepsgerichte leerweg, mogelijk met leerwegondersteuning (lwoo)',
       ond='Het functioneringsniveau op begrijpend lezen ligt rond eind groep 5 (DLE 28 in groep {groep}), rekenen rond medio groep 6. '
           'Uit het psychologisch onderzoek (WISC-V, maart {ty}) komt een totaal-IQ van 86 met een zwakker werkgeheugen. '
           'De leerrendementen van de afgelopen twee jaar liggen stabiel rond 70%. Op grond hiervan verwachten wij kader met lwoo.',
       fac=[('Leren', 'Zwak werkgeheugen; vergeet instructie snel; leestempo laag (AVI M5).', 'Leert goed met concreet materiaal en voorbeelden.'),
            ('Werkhouding', 'Raakt snel afgeleid in de klas, vooral bij zelfstandig werken.', 'Wil graag goed doen, vraagt om hulp als het lastig wordt.'),
            ('Sociaal-emotioneel', 'Faalangst bij toetsen.', 'Heeft een vaste vriendengroep, is behulpzaam.'),
            ('Thuis', 'Ouders spreken thuis weinig Nederlands.', 'Betrokken ouders die elke afspraak nakomen.')],
       beh=['{naam} heeft verlengde instructie nodig in een klein groepje, met een stappenplan op de tafel.',
            '{naam} heeft korte opdrachten nodig met een duidelijk eindpunt en een time-timer.',
            '{naam} heeft bij toetsen meer tijd en rust nodig (aparte ruimte).'],
       sup=['Verlengde instructie rekenen en begrijpend lezen door de groepsleerkracht, 4x per week 15 minuten, vanaf {start}.',
            'Remedial teaching lezen door de onderwijsassistent (mevr. J. Kolkman), 2x per week 30 minuten buiten de groep, vanaf {start}.',
            'Begeleiding bij faalangst: 6 sessies faalangstreductietraining door de schoolmaatschappelijk werker, vanaf november.'],
       afw='{naam} werkt voor rekenen op een eigen leerlijn (referentieniveau 1F als einddoel) en volgt niet de methodetoetsen van groep {groep}; voor rekenen gelden vervangende doelen uit de leerlijn van het SWV.',
       doel=['Eind januari: {naam} beheerst de tafels 1 t/m 10 (90% goed op de tafeltoets binnen 3 minuten).',
             'Eind juni: {naam} leest AVI E5 met voldoende tempo en nauwkeurigheid.',
             'Eind juni: {naam} maakt een zelfstandige taak van 20 minuten af zonder hulp (observatie leerkracht, 4 van de 5 keer).'],
       adv=['Orthopedagoog (dr. M. Salverda, Praktijk Leerwaarde, verslag maart {ty}): instructie in kleine stappen, visuele ondersteuning, faalangsttraining. De school heeft de adviezen overgenomen in het handelingsdeel (stappenplan, aparte toetsruimte, training).',
            'Logopedist (mevr. T. Hendriksma): woordenschatuitbreiding met thematische woordclusters; dit wordt in de RT-lessen gedaan.']),
  dict(uit='havo/vwo (advies verwacht: havo)',
       ond='{naam} scoort op alle LVS-toetsen op I-niveau (hoog), met een versneld leerrendement. Een intelligentieonderzoek (juni {ty}) gaf een TIQ van 131. '
           'De verwachting is havo; vwo is mogelijk als de werkhouding en planning verbeteren. De school baseert dit op de resultaten van groep 5 t/m {groep} en op het onderzoek.',
       fac=[('Leren', 'Onderpresteert bij herhalingsstof; heeft moeite met plannen van langere taken.', 'Denkt snel en abstract; grote algemene kennis.'),
            ('Sociaal-emotioneel', 'Voelt zich anders dan klasgenoten; trekt zich terug in de pauze.', 'Heeft aansluiting bij de plusklas; zelfreflectief.'),
            ('Werkhouding', 'Stelt uit, begint laat aan werk.', 'Zeer gemotiveerd bij uitdagende projecten.')],
       beh=['{naam} heeft compacten van de basisstof en verrijking op eigen niveau nodig.',
            '{naam} heeft hulp nodig bij het plannen van weektaken (leren leren).'],
       sup=['Compacten en verrijken in de groep door de leerkracht; verrijkingsmap wekelijks besproken (10 minuten op maandag), vanaf {start}.',
            'Plusklas op donderdagochtend (2 uur) bij meester R. Nieuwkerk, vanaf {start}.',
            'Executieve-functietraining (plannen) door de IB\'er, 8 bijeenkomsten van 30 minuten, vanaf oktober.'],
       afw='Vrijstelling van de herhalingslessen rekenen en spelling; in die tijd werkt {naam} aan verrijkingsstof (compacten volgens het protocol hoogbegaafdheid).',
       doel=['Eind maart: {naam} plant een weektaak zelfstandig in de planner en rondt 80% op tijd af.',
             'Eind juni: {naam} presenteert een onderzoeksproject in de plusklas (beoordeeld met de rubric).'],
       adv=['GZ-psycholoog (drs. E. Koning, Centrum Denkkracht): aanbod op niveau en begeleiding bij executieve functies; het compacten en de plantraining zijn hierop gebaseerd.']),
  dict(uit='praktijkonderwijs (mogelijk vmbo-basis met lwoo)',
       ond='Uit het onderzoek door de orthopedagoog van het SWV (NIO, mei {ty}) komt een TIQ van 72. De didactische leeftijdsequivalenten liggen op alle gebieden 2,5 tot 3 jaar achter (leerachterstand > 50%). '
           'Met deze gegevens en het verloop sinds groep 4 verwachten wij praktijkonderwijs.',
       fac=[('Leren', 'Laag leertempo; begrijpt abstracte uitleg niet.', 'Praktisch ingesteld, leert door te doen.'),
            ('Taal', 'Beperkte woordenschat.', 'Vertelt graag en duidelijk over eigen ervaringen.'),
            ('Sociaal', 'Wordt snel boos bij onrecht; conflicten op het plein.', 'Sportief, zit op voetbal, heeft een goede band met de meester.')],
       beh=['{naam} heeft leerstof nodig op eigen niveau met veel herhaling.',
            '{naam} heeft vaste afspraken en een vast aanspreekpunt nodig voor het pleinspel.'],
       sup=['Rekenen en lezen op eigen leerlijn met begeleiding door de onderwijsassistent, dagelijks 30 minuten, vanaf {start}.',
            'Pleinafspraken met een vaste pleinwacht (meester Bas) en een dagelijks evaluatiemoment van 5 minuten, vanaf {start}.'],
       afw='Eigen leerlijn voor rekenen en taal (uitstroomniveau praktijkonderwijs); {naam} doet niet mee met de methodetoetsen van groep {groep}.',
       doel=['Eind februari: {naam} kan bedragen tot € 20 betalen en teruggeven (praktijkopdracht winkeltje, 4 van 5 goed).',
             'Eind juni: {naam} leest een eenvoudige tekst op AVI M4 met begrip (3 van 4 vragen goed).'],
       adv=['Orthopedagoog SWV (mevr. drs. F. Algra, verslag mei {ty}): eigen leerlijnen en praktisch aanbod; aanmelden voor praktijkonderwijs in groep 8. De school volgt dit advies.']),
 ],
 'sbo': [
  dict(uit='vmbo-basisberoepsgerichte leerweg met lwoo',
       ond='De leerling functioneert op rekenen en lezen op het niveau van eind groep 5 (leerachterstand ongeveer 40%). TIQ 79 (WISC-V, {ty}). De leervorderingen van het laatste jaar zijn stabiel. Verwachting: vmbo-basis met lwoo.',
       fac=[('Cognitief', 'Zwakke verwerkingssnelheid.', 'Goed in ruimtelijk inzicht en techniek.'),
            ('Sociaal-emotioneel', 'Weinig zelfvertrouwen na de jaren in het regulier onderwijs.', 'Voelt zich veilig in de kleine groep van het sbo.'),
            ('Gezin', 'Veel wisselingen in de thuissituatie (verhuizing).', 'Oma is een stabiele factor en haalt {naam} dagelijks op.')],
       beh=['{naam} heeft een kleine groep en een voorspelbare dagstructuur nodig.', '{naam} heeft succeservaringen nodig met praktische opdrachten.'],
       sup=['Dagelijkse instructie in de kleine groep (12 leerlingen) met dagritmekaarten, door de groepsleerkracht, vanaf {start}.',
            'Techniekles op woensdag met de vakleerkracht (1 uur per week), vanaf {start}.', 'Wekelijks mentorgesprek van 10 minuten met de leerkracht.'],
       afw='Eigen leerlijn begrijpend lezen en rekenen (niveau eind groep 6 als einddoel).',
       doel=['Eind december: {naam} rekent vlot tot 1000 (plus- en minsommen, 85% goed).', 'Eind juni: {naam} vertelt in het kringgesprek één keer per week iets over een eigen succes.'],
       adv=['Commissie van begeleiding SBO: plaatsing en aanpak voortzetten. Kinderfysiotherapeut: fijne motoriek oefenen; dit gebeurt 1x per week in de klas.']),
  dict(uit='praktijkonderwijs',
       ond='Uit het onderzoek (SON-R, {ty}) komt een TIQ van 68. De leerachterstand is meer dan 50% op begrijpend lezen en rekenen. De leerling ontwikkelt zich vooral praktisch. Verwachting: praktijkonderwijs.',
       fac=[('Leren', 'Kan zich niet lang concentreren; vergeet veel.', 'Zeer praktisch, helpt graag bij klusjes.'),
            ('Communicatie', 'Begrijpt lange zinnen niet.', 'Vraagt hulp als iets niet lukt.')],
       beh=['{naam} heeft korte instructies met pictogrammen nodig.', '{naam} heeft praktische leeractiviteiten nodig.'],
       sup=['Pictogrammenroosters en korte instructies door de leerkracht, dagelijks, vanaf {start}.', 'Praktijkmiddag (koken en tuin) op vrijdag met de onderwijsassistent, vanaf {start}.'],
       afw='Eigen leerlijn op alle vakken (leerlijnen ZML-niveau voor rekenen).',
       doel=['Eind maart: {naam} kan met een pictogrammenrecept zelfstandig een tosti maken.', 'Eind juni: {naam} klokkijken op hele en halve uren (9 van 10 goed).'],
       adv=['Orthopedagoog (mevr. N. Dijkhuis): werken met visuele ondersteuning en praktijkopdrachten; dit staat in het handelingsdeel.']),
 ],
 'so': [
  dict(uit='vso, profiel arbeidsmarktgericht',
       ond='{naam} heeft een licht verstandelijke beperking (TIQ 66) en een autismespectrumstoornis. De schoolresultaten liggen op het niveau van eind groep 4. Praktische vaardigheden en zelfstandigheid groeien. Op grond hiervan en het advies van de commissie voor de begeleiding verwachten wij vso arbeidsmarktgericht.',
       fac=[('Cognitief', 'Traag informatieverwerkingstempo.', 'Goed geheugen voor routines.'),
            ('Sociaal-emotioneel', 'Raakt overprikkeld bij onverwachte veranderingen.', 'Heeft een goede band met de vaste leerkracht.'),
            ('Medisch', 'Epilepsie (goed ingesteld op medicatie).', 'Ouders en school werken goed samen met de neuroloog.')],
       beh=['{naam} heeft een voorspelbare omgeving en visuele dagplanning nodig.', '{naam} heeft vooraankondiging bij veranderingen nodig.'],
       sup=['Visuele dagplanning en vooraankondiging door de groepsleerkracht, dagelijks, vanaf {start}.',
            'Prikkelarme werkplek en 2 vaste rustmomenten per dag (10 minuten) in de time-in-ruimte, vanaf {start}.',
            'Sociale vaardigheidstraining in een groepje door de gedragsdeskundige, 1x per week 45 minuten.'],
       afw='{naam} volgt de leerroutes van het SO op niveau (leerroute 2); het programma heeft minder cognitieve uren en meer praktijk.',
       doel=['Eind januari: {naam} gebruikt zelfstandig de dagplanning bij binnenkomst (4 van 5 dagen).', 'Eind juni: {naam} vraagt zelf om een rustmoment als het te druk wordt (observatie, 3x per week).'],
       adv=['Commissie voor de begeleiding (besluit {cvb}): uitstroomprofiel arbeidsmarktgericht passend; vooraankondiging en rustmomenten opnemen. Dit is overgenomen.',
            'Neuroloog (via ouders): bij aanval protocol volgen; het protocol hangt in de klas.']),
  dict(uit='regulier vmbo-basisberoepsgerichte leerweg (vervolgonderwijs)',
       ond='{naam} heeft ernstige gedragsproblemen (ADHD en ODD) maar leert op gemiddeld niveau: DLE rekenen en lezen passend bij groep {groep}. TIQ 94. Het gedrag is in twee jaar sterk verbeterd. Verwachting: vmbo-basis/kader, eventueel eerst via vso.',
       fac=[('Gedrag', 'Impulsief; reageert fysiek bij frustratie.', 'Kan goed reflecteren na een incident.'),
            ('Leren', 'Snel gefrustreerd bij schrijfopdrachten.', 'Goed in rekenen en techniek.'),
            ('Omgeving', 'Jeugdhulp is pas net gestart.', 'Ouders werken actief mee aan het gedragsplan.')],
       beh=['{naam} heeft duidelijke grenzen en een beloningssysteem nodig.', '{naam} heeft een time-out plek en een vaste begeleider nodig.'],
       sup=['Gedragsplan met beloningskaart, dagelijks geëvalueerd met de leerkracht, vanaf {start}.', 'Vaste begeleider (dhr. Koopmanschap) voor het uitstapprotocol; maximaal 15 minuten time-out.'],
       afw='geen',
       doel=['Eind december: maximaal 1 time-out per week (gedragsregistratie).', 'Eind juni: {naam} maakt schrijfopdrachten van 15 minuten af (4 van 5 keer).'],
       adv=['Commissie voor de begeleiding ({cvb}): doorgaan met gedragsplan, in groep 8 onderzoek naar vervolgonderwijs. Behandelaar jeugdhulp (Kompasgroep): thuis dezelfde beloningskaart. De school stemt wekelijks af.']),
 ],
 'vo': [
  dict(uit='mbo niveau 3 (na vmbo-kader)',
       ond='{naam} zit in leerjaar {groep} vmbo-kader met lwoo. De cijfers voor de praktijkvakken zijn ruim voldoende (7,2 gemiddeld), de theorievakken rond 5,5. Dyslexieverklaring aanwezig. Verwachting: diploma kader en daarna mbo niveau 3.',
       fac=[('Leren', 'Dyslexie: traag lezen, veel spelfouten.', 'Sterk in praktische vakken (Zorg & Welzijn).'),
            ('Werkhouding', 'Vergeet huiswerk, planning slecht.', 'Komt altijd op tijd, wil graag slagen.'),
            ('Sociaal-emotioneel', 'Onzeker in nieuwe groepen.', 'Goede vriendengroep in de klas.')],
       beh=['{naam} heeft voorleessoftware en extra tijd nodig bij toetsen.', '{naam} heeft wekelijkse hulp bij plannen nodig.'],
       sup=['Voorleessoftware (Kurzweil) en 20% extra toetstijd, vanaf {start}.', 'Wekelijks 20 minuten planningsgesprek met de mentor (dhr. Groenewoud) op dinsdag.',
            'Huiswerkbegeleiding in het steunpunt, 2 middagen per week, vanaf {start}.'],
       afw='Vrijstelling van de tweede moderne vreemde taal (Duits) vanwege dyslexie; daarvoor extra uur Nederlands in het steunpunt.',
       doel=['Voor de kerstvakantie: {naam} gebruikt de planner elke week en levert 90% van de opdrachten op tijd in.', 'Eind schooljaar: gemiddeld 6,0 voor Nederlands.'],
       adv=['Dyslexiespecialist (Leespunt Oudewiel, verslag {ty}): compenserende middelen en extra tijd. Dit is overgenomen.']),
  dict(uit='havo, daarna hbo',
       ond='{naam} heeft de overstap van de mavo naar havo 4 gemaakt. Resultaten in havo 4: gemiddeld 6,4. Door ASS en angstklachten was er veel verzuim in leerjaar 3. Verwachting: havodiploma, zo nodig met een verlengde route.',
       fac=[('Psychisch', 'Angstklachten, vooral bij presentaties.', 'Behandeling loopt, klachten nemen af.'),
            ('Leren', 'Moeite met open opdrachten zonder structuur.', 'Sterk analytisch, goed in wiskunde en natuurkunde.'),
            ('School', 'Veel lesuitval maakt onrustig.', 'Heeft een vertrouwenspersoon op school.')],
       beh=['{naam} heeft voorspelbaarheid nodig (roosterwijzigingen vooraf).', '{naam} heeft een alternatief voor mondelinge presentaties nodig.'],
       sup=['Roosterwijzigingen worden door de mentor een dag vooraf per app doorgegeven.', 'Presentaties mogen in kleine groep of als video (afspraak in PTA-bijlage), vanaf {start}.',
            'Tweewekelijks gesprek met de ondersteuningscoördinator (mevr. Vredevoogd), 30 minuten.'],
       afw='geen',
       doel=['Eind periode 2: verzuim onder 5%.', 'Eind schooljaar: overgang naar havo 5 zonder tekorten voor de kernvakken.'],
       adv=['GZ-psycholoog (GGZ Veenland): angst stapsgewijs afbouwen; geen vrijstellingen maar alternatieve vormen. De school heeft de presentatie-afspraak hierop gebaseerd.']),
 ],
 'pro': [
  dict(uit='arbeid: betaald werk in de groenvoorziening, eventueel met entree-opleiding (mbo niveau 1)',
       ond='{naam} zit in leerjaar {groep} van het praktijkonderwijs. Stages bij een hoveniersbedrijf verlopen goed (beoordeling 4 van 5 werknemersvaardigheden voldoende). Het lees- en rekenniveau is 1F-min. Verwachting: werk in de groenvoorziening, eventueel via entree.',
       fac=[('Werknemersvaardigheden', 'Te laat komen na het weekend.', 'Werkt hard, zorgvuldig met gereedschap.'),
            ('Leren', 'Rekenniveau laag (breuken, geld).', 'Leert snel door voordoen.'),
            ('Thuis', 'Weinig toezicht in het weekend.', 'Broer werkt al in de groenvoorziening en is een voorbeeld.')],
       beh=['{naam} heeft praktijkgericht leren met een vaste stagebegeleider nodig.', '{naam} heeft hulp nodig bij rekenen met geld.'],
       sup=['Interne stage groen (2 dagen per week) met begeleiding door dhr. Nieuwkerk, vanaf {start}.', 'Rekenen met geld in kleine groep, 2x per week 30 minuten.',
            'Jobcoach bij de externe stage vanaf februari (1x per 2 weken bezoek).'],
       afw='geen',
       doel=['Eind januari: {naam} is 4 weken achter elkaar op tijd bij de stage.', 'Eind juni: certificaat Groenonderhoud (branchecertificaat) gehaald.'],
       adv=['Arbeidsdeskundige UWV (gesprek {ty}): {naam} valt niet in het doelgroepregister; regulier werk met jobcoach is haalbaar. School neemt dit op in het stageplan.']),
  dict(uit='entree-opleiding (mbo niveau 1) richting logistiek',
       ond='{naam} haalt de praktijkcertificaten Heftruck en Magazijn. Lezen 1F, rekenen net onder 1F. Zij wil graag verder leren. Verwachting: entree logistiek, met doorstroom naar niveau 2 als dat lukt.',
       fac=[('Leren', 'Taalniveau beperkt de theorie.', 'Doorzetter, haalt certificaten.'),
            ('Sociaal', 'Laat zich makkelijk meeslepen door anderen.', 'Goede relatie met mentor.')],
       beh=['{naam} heeft extra oefening met vaktaal nodig.', '{naam} heeft begeleiding nodig bij keuzes in de groep.'],
       sup=['Vaktaal logistiek met de taalcoach, 1x per week 45 minuten, vanaf {start}.', 'Mentorgesprek elke 2 weken (mevr. Hofstede).'],
       afw='geen',
       doel=['Eind maart: {naam} kent 40 vakwoorden logistiek (toets 80% goed).', 'Eind juni: toelating entree logistiek bij het ROC Oudewiel.'],
       adv=['Orthopedagoog praktijkschool: taalondersteuning voortzetten; wordt uitgevoerd door de taalcoach.']),
 ],
 'vso': [
  dict(uit='dagbesteding (arbeidsmatige dagbesteding)', profile='dagbesteding',
       ond='{naam} heeft een ernstig verstandelijke beperking (ontwikkelingsleeftijd ongeveer 4 jaar) en heeft veel ondersteuning nodig bij ADL. Stages bij Zorgboerderij De Kiekendief verliepen goed. Uitstroomprofiel: dagbesteding, arbeidsmatig.',
       fac=[('Communicatie', 'Spreekt in korte zinnen, begrijpt weinig.', 'Reageert goed op pictogrammen en gebaren.'),
            ('Zelfredzaamheid', 'Hulp nodig bij aankleden en eten.', 'Wil zelf dingen doen.'),
            ('Gedrag', 'Schreeuwt bij onverwachte geluiden.', 'Rustig bij dieren en buiten.')],
       beh=['{naam} heeft een vaste begeleider en pictogrammen nodig.', '{naam} heeft een rustige werkplek buiten nodig.'],
       sup=['Stage op de zorgboerderij 1 dag per week met begeleiding van de stagedocent, vanaf {start}.', 'ADL-training dagelijks 20 minuten door de klassenassistent.'],
       afw='{naam} volgt het uitstroomprofiel dagbesteding; geen examenvakken, het programma bestaat uit praktijk en zelfredzaamheid.',
       doel=['Eind maart: {naam} trekt zelfstandig zijn jas aan en hangt hem op (4 van 5 keer).', 'Eind juni: {naam} voert op de boerderij een taak van 20 minuten uit met één pictogramkaart.'],
       adv=['Commissie voor de begeleiding ({cvb}): profiel dagbesteding, aanvraag Wlz-indicatie in gang zetten. Logopedist: gebaren ondersteunen; dit doet het team dagelijks.']),
  dict(uit='vervolgonderwijs: mbo niveau 2 (Mbo College Oudewiel, ICT-support)', profile='vervolgonderwijs',
       ond='{naam} volgt in het vso de examenroute vmbo-tl (theoretische leerweg) en heeft deelcertificaten Nederlands en wiskunde gehaald. ASS en angst maken grote groepen moeilijk. Uitstroomprofiel vervolgonderwijs, mbo niveau 2 in een kleine klas.',
       fac=[('Psychisch', 'Snel overprikkeld in grote groepen.', 'Weet zelf wanneer een pauze nodig is.'),
            ('Leren', 'Plannen en overzicht houden.', 'Goed in ICT, zeer precies.'),
            ('Omgeving', 'Lange reistijd met taxi.', 'Ondersteunend gezin.')],
       beh=['{naam} heeft een kleine groep en een vaste plek nodig.', '{naam} heeft hulp nodig bij de overstap naar het mbo.'],
       sup=['Examentraining in een groep van 8, 3 uur per week, vanaf {start}.', 'Overstapbegeleiding door de trajectbegeleider (mevr. Achterberg), 1x per maand, inclusief meeloopdagen mbo.'],
       afw='Gespreid examen over twee schooljaren (deelcertificaten).',
       doel=['Eind januari: deelcertificaat Engels gehaald.', 'Eind juni: aangemeld en intakegesprek gedaan bij het mbo.'],
       adv=['Commissie voor de begeleiding ({cvb}): profiel vervolgonderwijs, gespreid examen toegestaan. Ambulant begeleider ASS: overstap goed voorbereiden. Beide adviezen zijn verwerkt.']),
  dict(uit='arbeidsmarktgericht: werk in de schoonmaak of facilitaire dienst (beschut werk of regulier met loonkostensubsidie)', profile='arbeidsmarktgericht',
       ond='{naam} heeft een licht verstandelijke beperking (TIQ 61). Op stages bij de facilitaire dienst van het ziekenhuis werkt {naam} nauwkeurig maar langzaam. Uitstroomprofiel arbeidsmarktgericht; de verwachting is beschut werk of regulier werk met loonkostensubsidie.',
       fac=[('Werk', 'Werktempo laag; raakt in paniek bij drukte.', 'Nauwkeurig, betrouwbaar, altijd aanwezig.'),
            ('Zelfstandigheid', 'Reizen met het OV nog niet zelfstandig.', 'Leert routes goed met oefening.'),
            ('Netwerk', 'Weinig contacten buiten school.', 'Sportclub (zwemmen) 2x per week.')],
       beh=['{naam} heeft een vaste werkplek en duidelijke taakkaarten nodig.', '{naam} heeft een OV-training nodig.'],
       sup=['Stage facilitaire dienst 3 dagen per week met jobcoach (1x per week bezoek), vanaf {start}.', 'OV-training met de stagebegeleider, 6 keer, vanaf oktober.'],
       afw='Programma volgens uitstroomprofiel arbeidsmarktgericht: 60% van de tijd stage, geen examenvakken; branchecertificaat Schoonmaak.',
       doel=['Eind december: {naam} reist zelfstandig met de bus naar de stage.', 'Eind juni: branchecertificaat Schoonmaak behaald.'],
       adv=['Commissie voor de begeleiding ({cvb}): profiel arbeidsmarktgericht, aanvraag beschut werk voorbereiden. Dit is in het stageplan opgenomen.']),
 ],
}

GENERIC = {
    'ondersteuning': 'Alle leerlingen op onze school krijgen ondersteuning volgens het schoolondersteuningsprofiel. Binnen de basisondersteuning bieden wij differentiatie in drie niveaus.',
    'ondersteuningsbehoefte': 'Leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke instructie en een leerkracht die hen ziet.',
    'doelen': 'Alle leerlingen werken aan de kerndoelen. Wij streven ernaar dat iedere leerling zich optimaal ontwikkelt.',
    'belemmerende_factoren': 'Factoren die het leren kunnen belemmeren zijn bijvoorbeeld concentratieproblemen, een zwak werkgeheugen of problemen thuis.',
    'bevorderende_factoren': 'Iedere leerling heeft sterke kanten; deze nemen wij mee in ons onderwijs.',
    'evaluatie': 'De school evalueert de ondersteuning van alle leerlingen twee keer per jaar in de groepsbespreking.',
    'onderbouwing': 'De uitstroombestemming wordt vastgesteld op basis van de gegevens uit het leerlingvolgsysteem.',
    'adviezen_professionals': 'Waar nodig schakelen wij externe deskundigen in. Hun adviezen worden besproken in het ondersteuningsteam.',
    'inbreng_leerling': 'Leerlingen worden op onze school altijd betrokken bij hun eigen ontwikkeling.',
    'informatie_rechten': 'Voor klachten verwijzen wij naar de klachtenregeling op onze website.',
    'oogo': 'Ouders worden op onze school altijd betrokken bij het opstellen van een OPP.',
}
INSTRUCTION = {
    'uitstroombestemming': '<Vul hier de verwachte uitstroombestemming in, bijv. vmbo-bb/kb/gl/tl, havo, vwo, praktijkonderwijs.>',
    'onderbouwing': '[Onderbouw de uitstroombestemming met toetsgegevens, IQ-gegevens en ontwikkeling. Verwijs naar het LVS.]',
    'belemmerende_factoren': 'Beschrijf hier de belemmerende factoren per domein (leren, werkhouding, sociaal-emotioneel, thuis).',
    'bevorderende_factoren': 'Beschrijf hier de bevorderende (beschermende) factoren; denk aan sterke kanten en interesses.',
    'ondersteuningsbehoefte': 'Formuleer de onderwijsbehoeften als: "Deze leerling heeft ... nodig om ..."',
    'ondersteuning': 'Beschrijf welke ondersteuning, door wie, hoe vaak en vanaf wanneer. Gebruik zo nodig de tabel in bijlage A.',
    'afwijkingen_onderwijsprogramma': 'Geef aan of er wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster). Doorhalen wat niet van toepassing is.',
    'doelen': 'Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).',
    'adviezen_professionals': 'Noem de adviezen van externe deskundigen en wat de school ermee doet.',
    'oogo': 'Vermeld de datum van het op overeenstemming gericht overleg en de aanwezigen.',
    'inbreng_leerling': 'Beschrijf hier de mening van de leerling over het plan en wat daarmee is gedaan (hoorrecht vanaf 1-8-2025).',
    'evaluatie': 'Vermeld de evaluatiemomenten (minimaal 1x per jaar).',
    'informatie_rechten': 'Neem hier de standaardtekst over de rechten van ouders op (zie handleiding SWV, paragraaf 4).',
    'vaststelling': 'Datum vaststelling en naam/functie van degene die het OPP vaststelt invullen.',
}
PLACEHOLDERS = ['...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', 'xxx', 'n.t.b. (IB)', '…………', 'wordt aangevuld na MDO']
REFS = {
    'uitstroombestemming': 'Zie het groeidocument, paragraaf 2.',
    'onderbouwing': 'Zie bijlage 2 (psychologisch onderzoek) en het LVS-overzicht.',
    'belemmerende_factoren': 'Zie groeidocument hoofdstuk 3.',
    'bevorderende_factoren': 'Zie groeidocument hoofdstuk 3.',
    'ondersteuningsbehoefte': 'Zie het groepsplan van groep {groep}.',
    'ondersteuning': 'Zie het handelingsplan in ParnaLeer (tabblad Ondersteuning).',
    'afwijkingen_onderwijsprogramma': 'Zie bijlage 4.',
    'doelen': 'Zie het groepsplan rekenen en lezen.',
    'adviezen_professionals': 'Zie verslag orthopedagoog (bijlage).',
    'oogo': 'Zie gespreksverslag in het dossier.',
    'inbreng_leerling': 'Zie het leerlinggesprek in het dossier.',
    'evaluatie': 'Volgens de jaarplanning van de school.',
    'informatie_rechten': 'Zie de schoolgids.',
    'vaststelling': 'Zie de notulen van het ondersteuningsteam.',
}


def make_ctx(rng, st, plan_date, profile=None, adult=False, curatele=False, sex=None):
    prof = PROFILES[st][profile if profile is not None else rng.randrange(len(PROFILES[st]))]
    sex = sex or rng.choice('mf')
    first = rng.choice(FIRST_M if sex == 'm' else FIRST_F)
    last = rng.choice(LAST)
    school = rng.choice(SCHOOLS[st]); place = rng.choice(PLACES)
    age = {'po': rng.choice([9, 10, 11]), 'sbo': rng.choice([10, 11]), 'so': rng.choice([9, 10, 11]), 'vo': rng.choice([13, 14, 15]),
           'pro': rng.choice([14, 15, 16]), 'vso': rng.choice([15, 16, 17])}[st]
    if adult or curatele:
        age = rng.choice([18, 19])
    groep = {'po': age - 3, 'sbo': age - 3, 'so': age - 3, 'vo': age - 11, 'pro': age - 11, 'vso': age - 11}[st]
    if st in ('vo', 'pro', 'vso'):
        groep = min(max(groep, 1), 4 if st != 'vso' else 6)
    birth = datetime.date(plan_date.year - age - (1 if plan_date.month < 6 else 0), rng.randint(1, 12), rng.randint(1, 28))
    oogo = plan_date - datetime.timedelta(days=rng.choice([7, 9, 14, 16, 21]))
    consent = plan_date + datetime.timedelta(days=rng.choice([0, 2, 5, 8]))
    start = plan_date + datetime.timedelta(days=rng.choice([3, 7, 10]))
    ev1 = plan_date + datetime.timedelta(days=120)
    ib = rng.choice(STAFF); dir_ = rng.choice([s for s in STAFF if s != ib]); mentor = rng.choice([s for s in STAFF if s not in (ib, dir_)])
    ty = plan_date.year - 1 if plan_date.month < 8 else plan_date.year
    c = dict(st=st, prof=prof, naam=first, achternaam=last, volledig=first + ' ' + last, sex=sex, hij='hij' if sex == 'm' else 'zij',
             zijn='zijn' if sex == 'm' else 'haar', school=school, place=place, swv=SWV[st], age=age, groep=groep, birth=birth,
             plan=plan_date, oogo=oogo, consent=consent, start=fmt(start, 1), ev1=ev1, ib=ib, dir=dir_, mentor=mentor, ty=ty,
             cvb=fmt(plan_date - datetime.timedelta(days=30)), adult=adult, curatele=curatele,
             ouder1='%s %s' % (rng.choice(['M.', 'J.', 'S.', 'R.', 'H.']), last),
             ouder2='%s %s' % (rng.choice(['A.', 'E.', 'K.', 'N.']), rng.choice(LAST)),
             curator='mr. W. Zandbergen (curator)',
             schooljaar='%d-%d' % ((plan_date.year, plan_date.year + 1) if plan_date.month >= 8 else (plan_date.year - 1, plan_date.year)))
    c['post'] = plan_date >= CUTOFF
    return c


def F(s, c):
    return s.format(**c)


def content(el, var, c, rng):
    """Items for one element: list of str or ('ticks', [...]). None = section absent."""
    p = c['prof']
    if var == 'absent':
        return None
    if var == 'empty':
        return []
    if var == 'placeholder':
        return [rng.choice(PLACEHOLDERS)]
    if var == 'instruction':
        return [('i', INSTRUCTION[el])]
    if var == 'ref':
        return [F(REFS[el], c)]
    if var == 'generic':
        return [GENERIC[el]]
    if el == 'uitstroombestemming':
        if var == 'unticked':
            return [('ticks', [(False, x) for x in ['vmbo-bb', 'vmbo-kb', 'vmbo-gl/tl', 'havo', 'vwo', 'praktijkonderwijs']])]
        if var == 'ticked':
            opts = ['vmbo-bb', 'vmbo-kb', 'vmbo-gl/tl', 'havo', 'vwo', 'praktijkonderwijs']
            key = {'vmbo-kaderberoepsgerichte': 'vmbo-kb', 'havo/vwo': 'havo', 'praktijkonderwijs': 'praktijkonderwijs', 'vmbo-basis': 'vmbo-bb'}
            tick = next((v for k, v in key.items() if p['uit'].startswith(k)), 'vmbo-kb')
            return [('ticks', [(x == tick, x) for x in opts])]
        if var == 'vso_profile_only_blank':
            return [('ticks', [(False, 'vervolgonderwijs'), (False, 'arbeidsmarktgericht'), (False, 'dagbesteding')])]
        if var == 'vso_ticked':
            return [('ticks', [(p.get('profile') == x, x) for x in ('vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding')]), F(p['uit'], c)]
        return [F(p['uit'], c)]
    if el == 'onderbouwing':
        if var == 'short':  # only the destination repeated
            return ['Past het beste bij %s.' % c['naam']]
        return [F(p['ond'], c)]
    if el in ('belemmerende_factoren', 'bevorderende_factoren'):
        i = 1 if el == 'belemmerende_factoren' else 2
        return ['%s: %s' % (d[0], F(d[i], c)) for d in p['fac']]
    if el == 'ondersteuningsbehoefte':
        return [F(x, c) for x in p['beh']]
    if el == 'ondersteuning':
        if var == 'vague':
            return ['Extra ondersteuning waar nodig.']
        return [F(x, c) for x in p['sup']]
    if el == 'afwijkingen_onderwijsprogramma':
        if var == 'none' or p['afw'] == 'geen' and var == 'ok':
            return [rng.choice(['Er zijn geen afwijkingen van het onderwijsprogramma.', 'Geen afwijkingen: %s volgt het reguliere programma van de groep.' % c['naam'],
                                'Niet van toepassing: er wordt niet afgeweken van het onderwijsprogramma.'])]
        if var == 'none_ticked':
            return [('ticks', [(True, 'Er wordt niet afgeweken van het onderwijsprogramma'), (False, 'Er wordt afgeweken, namelijk:')])]
        if var == 'unticked':
            return [('ticks', [(False, 'Er wordt niet afgeweken van het onderwijsprogramma'), (False, 'Er wordt afgeweken, namelijk: ..................')])]
        return [F(p['afw'], c)]
    if el == 'doelen':
        if var == 'vague':
            return ['%s gaat vooruit met rekenen en lezen.' % c['naam'], 'Lekker in %s vel zitten.' % c['zijn']]
        return [F(x, c) for x in p['doel']]
    if el == 'adviezen_professionals':
        if var == 'no_cvb':
            return [x for x in (F(a, c) for a in p['adv']) if 'ommissie' not in x] or ['Logopedist: gebaren blijven gebruiken.']
        return [F(x, c) for x in p['adv']]
    if el == 'oogo':
        who = 'ouders (%s%s)' % (c['ouder1'], ' en ' + c['ouder2'] if rng.random() < 0.4 else '')
        if c['adult']:
            who = '%s zelf (meerderjarig), op %s verzoek samen met moeder' % (c['naam'], c['zijn'])
        if c['curatele']:
            who = 'de curator (%s), moeder en %s' % (c['curator'], c['naam'])
        if var == 'unticked':
            return [('ticks', [(False, 'Het OPP is besproken met ouders/verzorgers op: ..........'), (False, 'Ouders waren niet aanwezig')])]
        if var == 'nodate':
            return ['Het OPP is met de ouders besproken.']
        return ['Op %s is het OPP besproken met %s, de mentor/leerkracht (%s) en de intern begeleider (%s). De opmerkingen van ouders zijn verwerkt (o.a. %s).' % (
            fmt(c['oogo'], 1), who, c['mentor'], c['ib'], rng.choice(['extra oefenen thuis', 'het tijdstip van de RT', 'de afstemming met jeugdhulp', 'de formulering van het doel over werkhouding']))]
    if el == 'inbreng_leerling':
        view = rng.choice(['%s zegt: "Ik wil graag dat ik het even rustig kan doen als het te druk is."' % c['naam'],
                           '%s vertelt dat %s het fijn vindt om in het kleine groepje te werken, maar niet elke dag uit de klas wil.' % (c['naam'], c['hij']),
                           '%s wil later "iets met dieren of buiten" doen en vindt stage het leukste van school.' % c['naam'],
                           'In het leerlinggesprek gaf %s aan dat %s toetsen eng vindt en liever meer tijd heeft.' % (c['naam'], c['hij'])])
        if var == 'noimpact':
            return [view]
        impact = rng.choice(['Daarom is in het handelingsdeel een vast rustmoment opgenomen en is de RT teruggebracht naar 2x per week.',
                             'Dit is meegenomen: het doel over de werkhouding is samen met %s opgesteld en de extra toetstijd is toegevoegd.' % c['naam'],
                             'Op verzoek van %s wordt het doel over de stage als eerste geëvalueerd; de planning is daarop aangepast.' % c['naam']])
        return [view, impact]
    if el == 'evaluatie':
        if var == 'nowhen':
            return ['Het OPP wordt regelmatig geëvalueerd.']
        if var == 'unticked':
            return [('ticks', [(False, 'Tussenevaluatie (datum: ........)'), (False, 'Eindevaluatie (datum: ........)')])]
        who = 'ouders' + (' en %s' % c['naam'] if c['post'] else '')
        if c['adult']:
            who = c['naam'] + ' (en ouders als ' + c['hij'] + ' dat wil)'
        return ['Tussenevaluatie met %s in de week van %s; jaarlijkse evaluatie en bijstelling in juni %d. Bij de evaluatie wordt gekeken of de doelen zijn gehaald en of de uitstroombestemming nog past.' % (
            who, fmt(c['ev1'], 1), c['ev1'].year if c['ev1'].month <= 6 else c['ev1'].year + 1)]
    if el == 'informatie_rechten':
        if var == 'partial':
            return ['Heeft u vragen over dit OPP? Neem dan contact op met de intern begeleider.']
        party = 'U' if not c['adult'] else 'Jij'
        return [rng.choice([
            '%s heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met het OPP, bespreek dit dan eerst met de school. U kunt ook hulp vragen bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (GPO).' % party,
            'Ouders moeten instemmen met het handelingsdeel. Bij onenigheid: gesprek met de directeur, daarna gratis advies van de onderwijsconsulenten; een geschil over het OPP kan binnen 6 weken na vaststelling bij de Geschillencommissie passend onderwijs worden ingediend (www.onderwijsgeschillen.nl).'])]
    if el == 'vaststelling':
        if var == 'nodate':
            return ['Vastgesteld door: %s, directeur' % c['dir'], 'Datum vaststelling: ..................']
        if var == 'nowho':
            return ['Vastgesteld door: ..................', 'Datum: ..................']
        return ['Vastgesteld door %s (directeur) op %s.' % (c['dir'], fmt(c['plan'], 1))]
    raise ValueError(el + ' ' + var)


# --------------------------------------------------------------- consent
def consent_blocks(var, c, rng, seed):
    """Blocks for the consent (instemming handelingsdeel) part. Returns (blocks, label, sig_is_image)."""
    d = fmt(c['consent'], rng.choice([0, 1, 2])) if var != 'nodate' else ''
    school = dict(role='School (%s, directeur)' % c['dir'], name=c['dir'].split(' ', 1)[1], sig='image', date=fmt(c['plan']), seed=seed + 7)
    par1 = dict(role='Ouder/verzorger 1', name=c['ouder1'], sig='image', date=d, seed=seed)
    par2 = dict(role='Ouder/verzorger 2', name=c['ouder2'], sig='none', date='', seed=seed + 1)
    intro = ('p', 'Ondergetekende(n) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en stemmen in met het handelingsdeel (de te bieden ondersteuning).')
    opts = lambda a, b, g=False: ('ticks', [(a, 'Akkoord met het handelingsdeel'), (b, 'Niet akkoord met het handelingsdeel'), (g, 'Voor gezien (kennisgenomen)')])
    if var == 'absent':
        return [], 'missing', False
    if var == 'signed':
        return [('h', 'Instemming handelingsdeel'), intro, opts(True, False), ('sign', [par1, school])], 'present', True
    if var == 'signed_two':
        p2 = dict(par2, sig='image', date=d)
        return [('h', 'Ondertekening'), intro, ('sign', [par1, p2, school])], 'present', True
    if var == 'email':
        return [('h', 'Instemming ouders'), ('p', 'Ouders (%s) hebben op %s per e-mail laten weten in te stemmen met het handelingsdeel van dit OPP. De e-mail is opgeslagen in het leerlingdossier.' % (c['ouder1'], fmt(c['consent'], 1)))], 'present', False
    if var == 'portal':
        return [('h', 'Ondertekening'), ('p', 'Digitaal ondertekend via het ouderportaal.'),
                ('kv', [('Ouder/verzorger', '%s - akkoord met handelingsdeel' % c['ouder1']), ('Ondertekend op', '%s %02d:%02d' % (fmt(c['consent']), rng.randint(8, 21), rng.randint(0, 59))),
                        ('School', '%s - vastgesteld %s' % (c['dir'], fmt(c['plan'])))])], 'present', False
    if var == 'verbal':
        return [('h', 'Instemming'), ('p', 'In het gesprek van %s hebben beide ouders mondeling ingestemd met het handelingsdeel. Dit is dezelfde dag per brief aan ouders bevestigd. Vastgelegd door %s (IB).' % (fmt(c['consent'], 1), c['ib']))], 'present', False
    if var == 'typed':
        p = dict(par1, sig='typed', typed='w.g. ' + c['ouder1'])
        return [('h', 'Handtekeningen'), intro, opts(True, False), ('sign', [p, dict(school, sig='typed', typed='w.g. ' + school['name'])])], 'present', False
    if var == 'gezien':
        return [('h', 'Ondertekening'), intro, opts(False, False, True), ('sign', [par1, school])], 'incomplete', True
    if var == 'gezien_text':
        p = dict(par1, sig='image')
        return [('h', 'Handtekening ouders (voor gezien)'), ('p', 'Voor gezien getekend door ouders; ouders willen eerst het advies van de onderwijsconsulent afwachten.'), ('sign', [p, school])], 'incomplete', True
    if var == 'protest':
        return [('h', 'Instemming handelingsdeel'), intro, opts(True, False), ('p', 'Opmerking ouders: "Getekend onder protest. Wij vinden dat de RT te weinig uren heeft."'), ('sign', [par1, school])], 'incomplete', True
    if var == 'refused':
        return [('h', 'Instemming handelingsdeel'), intro, opts(False, True), ('p', 'Toelichting ouders: wij gaan niet akkoord met de eigen leerlijn rekenen.'), ('sign', [par1, school])], 'incomplete', True
    if var == 'partial':
        return [('h', 'Instemming handelingsdeel'), ('p', 'Ouders stemmen in met de onderdelen 1 en 2 van het handelingsdeel. Met onderdeel 3 (ondersteuning buiten de groep) stemmen ouders niet in; hierover volgt een nieuw gesprek.'), ('sign', [par1, school])], 'incomplete', True
    if var == 'school_only':
        p = dict(par1, sig='none', date='')
        return [('h', 'Ondertekening'), intro, opts(False, False), ('sign', [school, p])], 'incomplete', True
    if var == 'blank':
        p = dict(par1, sig='none', date=''); p2 = dict(par2)
        return [('h', 'Handtekening ouders/verzorgers'), intro, ('sign', [p, p2])], 'incomplete', False
    if var == 'unticked':
        return [('h', 'Instemming'), intro, opts(False, False), ('sign', [par1, school])], 'incomplete', True
    if var == 'nodate':
        p = dict(par1, date='')
        return [('h', 'Instemming handelingsdeel'), intro, opts(True, False), ('sign', [p])], 'incomplete', True
    if var == 'avg_only':
        return [('h', 'Toestemming gegevensuitwisseling (AVG)'), ('p', 'Ouders geven toestemming om gegevens van %s te delen met het samenwerkingsverband en de jeugdarts.' % c['naam']),
                ('ticks', [(True, 'Ja, ik geef toestemming')]), ('sign', [par1])], 'missing', True
    if var == 'avg_plus_blank':
        p = dict(par1, sig='none', date='')
        return [('h', 'Toestemming AVG'), ('p', 'Ouders geven toestemming voor het delen van dit OPP met het samenwerkingsverband.'), ('ticks', [(True, 'Ja')]), ('sign', [par1]),
                ('h', 'Instemming handelingsdeel'), intro, ('sign', [p])], 'incomplete', True
    if var == 'adult_self':
        pupil = dict(role='Leerling (meerderjarig)', name=c['volledig'], sig='image', date=d, seed=seed + 3)
        return [('h', 'Instemming handelingsdeel'), ('p', '%s is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel.' % c['volledig']), opts(True, False), ('sign', [pupil, school])], 'present', True
    if var == 'adult_parents_only':
        return [('h', 'Instemming handelingsdeel'), intro, opts(True, False), ('sign', [par1, school])], 'incomplete', True
    if var == 'curator':
        cur = dict(role='Curator / wettelijk vertegenwoordiger', name=c['curator'].replace(' (curator)', ''), sig='image', date=d, seed=seed + 4)
        return [('h', 'Instemming handelingsdeel'), ('p', '%s staat onder curatele. De curator stemt namens %s in met het handelingsdeel.' % (c['naam'], c['naam'] if c['sex'] == 'f' else 'hem')), opts(True, False), ('sign', [cur, school])], 'present', True
    if var == 'curatele_pupil_only':
        pupil = dict(role='Leerling', name=c['volledig'], sig='image', date=d, seed=seed + 3)
        return [('h', 'Instemming handelingsdeel'), ('p', '%s is 18 jaar en tekent zelf voor akkoord.' % c['naam']), opts(True, False), ('sign', [pupil, school])], 'incomplete', True
    raise ValueError(var)


def label_for(el, var, c):
    if el == 'inbreng_leerling' and (c is not None) and (c.get('adult') or not c.get('post_rev', c['post'])):
        return 'not_applicable'
    if var in ('ok', 'ticked', 'vso_ticked'):
        if el == 'afwijkingen_onderwijsprogramma' and c['prof']['afw'] == 'geen':
            return 'not_applicable'
        return 'present'
    if var in ('none', 'none_ticked'):
        return 'not_applicable'
    if var == 'absent':
        return 'missing'
    return 'incomplete'
