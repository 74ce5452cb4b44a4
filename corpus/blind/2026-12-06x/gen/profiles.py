# -*- coding: utf-8 -*-
"""Pupil profiles (all invented). Placeholders: {v} first name, {hij}/{Hij}/{zijn}/{Zijn}/{hem}."""

P = {}

P['po_rekenen'] = dict(
 type='po', klas='groep 7', uitstroom='vmbo-kader (kaderberoepsgerichte leerweg)',
 onderbouwing="{v} heeft in groep 3 en 4 de rekenbasis onvoldoende verworven. Op de LVS-toetsen rekenen-wiskunde scoort {hij} sinds M5 een V (laatste meting M7: functioneringsniveau eind groep 5, DLE 28 bij DL 45). Begrijpend lezen: III, technisch lezen: II. Uit het capaciteitenonderzoek (WISC-V, maart 2025) blijkt een TIQ van 88 met een zwak werkgeheugen (WGI 79). Gezien de groei van gemiddeld 0,6 DLE per maand verwachten wij uitstroom naar vmbo-kader, mogelijk met leerwegondersteuning.",
 belem=[('Leren',"Zwak werkgeheugen; het automatiseren van tafels en basisbewerkingen lukt onvoldoende."),('Werkhouding',"Raakt snel ontmoedigd bij rekentaken en stopt dan met werken."),('Sociaal-emotioneel',"Vergelijkt zich met klasgenoten en zegt 'ik ben dom in rekenen'.")],
 bevord=[('Leren',"Goede mondelinge taalvaardigheid en een ruime woordenschat."),('Werkhouding',"Werkt gemotiveerd als de taak haalbaar is en er een duidelijk einddoel is."),('Thuis/omgeving',"Ouders zijn betrokken en oefenen dagelijks tien minuten tafels."),('Sociaal-emotioneel',"Is behulpzaam en geliefd in de groep.")],
 behoefte=["{v} heeft behoefte aan verlengde instructie in een kleine groep, met concreet materiaal en het drieslagmodel (concreet - schematisch - abstract).","{v} heeft behoefte aan korte, haalbare doelen zodat {hij} succes ervaart.","{v} heeft behoefte aan een rekenkaart en een rekenmachine bij toepassingsopgaven."],
 ondersteuning=[("Verlengde instructie rekenen in subgroep (eigen leerlijn)","leerkracht groep 7","4 x per week 20 minuten"),("Automatiseren met Maatwerk en Rekentuin","onderwijsassistent","2 x per week 15 minuten"),("Coachgesprek over zelfbeeld en inzet","intern begeleider","1 x per 3 weken")],
 afwijking="{v} volgt voor rekenen-wiskunde een eigen leerlijn op het niveau van eind groep 5. Het einddoel voor rekenen aan het eind van groep 8 is niveau eind groep 6 (referentieniveau 1F wordt niet volledig gehaald). Voor de overige vakken volgt {v} het programma van groep 7.",
 afw_hint="Voor rekenen werkt {v} in een eigen leerlijn op niveau eind groep 5.",
 doelen=[("{v} beheerst de tafels 1 t/m 10 geautomatiseerd (binnen 3 seconden per som).","februari 2026 - Tempotoets Automatiseren"),("{v} scoort op de LVS-toets rekenen M6-niveau (DLE +5 ten opzichte van nu).","juni 2026 - LVS E7"),("{v} vraagt zelf om hulp als {hij} vastloopt in plaats van te stoppen (in 4 van de 5 rekenlessen).","januari 2026 - observatie leerkracht")],
 adviezen="Uit het psychologisch onderzoek door drs. M. Verkerk, orthopedagoog-generalist bij Praktijk De Ommelanden (maart 2025), komt het advies de instructie visueel te ondersteunen, rekenstrategieën expliciet aan te leren en het automatiseren in kleine stappen te oefenen. De school neemt dit over: de verlengde instructie volgt het drieslagmodel en {v} krijgt dagelijks een korte automatiseringsoefening.",
 leerling=("In het kindgesprek zei {v}: 'Ik snap het wel als juf het met blokjes laat zien, maar niet als het alleen in het boek staat. En ik wil niet steeds apart aan de instructietafel zitten.'","Daarom werkt {v} met concreet materiaal en krijgt {hij} de verlengde instructie in het rekencircuit op het leerplein in plaats van apart aan de instructietafel. {v} kiest zelf welk automatiseringsspel {hij} speelt."),
)

P['po_dyslexie'] = dict(
 type='po', klas='groep 5', uitstroom='vmbo-gt (gemengde/theoretische leerweg), mogelijk havo',
 onderbouwing="{v} heeft een ernstige, enkelvoudige dyslexie (dyslexieverklaring maart 2025, Leerpunt Dyslexiezorg). Technisch lezen (DMT): V, AVI-niveau M3. Spelling: V. Rekenen-wiskunde: II en begrijpend lezen bij voorlezen: I. Het niet-talige redeneren is gemiddeld tot bovengemiddeld. Het lage leestempo zal in het vo een rem blijven; daarom verwachten wij vmbo-gt, met havo als mogelijkheid als compenserende software goed ingezet wordt.",
 belem=[('Leren',"Zeer laag leestempo en veel spellingsfouten; lange teksten kosten {hem} veel energie."),('Sociaal-emotioneel',"Schaamt zich voor hardop lezen en heeft buikpijn op dagen met een dictee."),('Werkhouding',"Is aan het eind van de ochtend vermoeid en haakt dan af.")],
 bevord=[('Leren',"Sterk in rekenen en in begrijpend luisteren; onthoudt verhalen goed."),('Sociaal-emotioneel',"Heeft een vaste vriendengroep en sport bij de plaatselijke voetbalclub."),('Thuis/omgeving',"Ouders lezen dagelijks samen met {v} en volgen de dyslexiebehandeling trouw.")],
 behoefte=["{v} heeft behoefte aan teksten die worden voorgelezen (Kurzweil) bij zaakvakken en begrijpend lezen.","{v} heeft behoefte aan een vaste afspraak dat {hij} niet onvoorbereid hardop hoeft te lezen.","{v} heeft behoefte aan beoordeling van spelling alleen op de geoefende categorieën."],
 ondersteuning=[("Dyslexiebehandeling (vergoed, buiten schooltijd op school)","behandelaar Leerpunt Dyslexiezorg","1 x per week 45 minuten"),("Voorbereid lezen en RALFI-lezen","onderwijsassistent","3 x per week 15 minuten"),("Gebruik Kurzweil bij zaakvakken en toetsen","leerkracht","dagelijks")],
 afwijking=None,
 doelen=[("{v} leest AVI E4 op beheersingsniveau.","juni 2026 - AVI-afname"),("{v} scoort op de DMT-kaart 3 minimaal 35 woorden per minuut.","februari 2026"),("{v} maakt zelfstandig gebruik van Kurzweil bij de zaakvakken (vijf van de vijf lessen).","december 2025 - observatie")],
 adviezen="De dyslexiebehandelaar (mw. L. Okkerse, GZ-psycholoog, Leerpunt Dyslexiezorg) adviseert in het verslag van maart 2025: dagelijks voorbereid lezen, extra tijd bij toetsen (25%) en spelling aanbieden per categorie. De school voert alle drie de adviezen uit; de extra tijd is vastgelegd in de dyslexiepas van {v}.",
 leerling=("{v} zegt: 'Ik wil het boek van de klas ook kunnen lezen, dus dan wil ik het eerst thuis luisteren.'","Daarom krijgt {v} het klassenleesboek vooraf als luisterboek mee naar huis; dit is als afspraak in het handelingsdeel opgenomen."),
)

P['po_adhd'] = dict(
 type='po', klas='groep 6', uitstroom='havo',
 onderbouwing="{v} heeft de diagnose ADHD (gecombineerd beeld, kinderpsychiater 2024). De LVS-resultaten liggen op of boven het landelijk gemiddelde (rekenen I, begrijpend lezen II, spelling III). De ontwikkeling is stabiel. Het gedrag en de concentratie bepalen of {v} {zijn} mogelijkheden benut; met de huidige begeleiding verwachten wij uitstroom naar havo.",
 belem=[('Werkhouding',"Korte spanningsboog; raakt na ongeveer tien minuten zelfstandig werken afgeleid."),('Sociaal-emotioneel',"Reageert impulsief bij conflicten op het plein, met name in de grote pauze."),('Medisch/lichamelijk',"Gebruikt medicatie; in de middag neemt de werking af.")],
 bevord=[('Leren',"Leert snel en denkt creatief mee bij techniek en wereldoriëntatie."),('Sociaal-emotioneel',"Is eerlijk en kan na een conflict goed reflecteren als {hij} tot rust is gekomen."),('Thuis/omgeving',"Goede samenwerking tussen ouders, school en de kinderpsychiater.")],
 behoefte=["{v} heeft behoefte aan korte werkblokken (maximaal 10 minuten) met een timer en een beweegmoment daartussen.","{v} heeft behoefte aan een vaste plek vooraan met weinig prikkels.","{v} heeft behoefte aan een vooraf afgesproken time-outplek en een volwassene die het plein-moment voorbespreekt."],
 ondersteuning=[("Werken met Time Timer en taakkaart","leerkracht groep 6","dagelijks"),("Pleincoaching in de grote pauze","pleinwacht / onderwijsassistent","dagelijks"),("Training 'Stop, denk, doe' in kleine groep","intern begeleider","1 x per week 30 minuten, 10 weken")],
 afwijking=None,
 doelen=[("{v} werkt drie werkblokken van 10 minuten achter elkaar zelfstandig af (4 van de 5 dagen).","januari 2026 - registratie taakkaart"),("Het aantal incidenten in de grote pauze daalt van gemiddeld 3 naar hooguit 1 per week.","maart 2026 - incidentenregistratie"),("{v} behoudt op het LVS rekenen en begrijpend lezen minimaal niveau II.","juni 2026")],
 adviezen="De kinderpsychiater (dr. F. Hoekstra, Kinder- en Jeugdpsychiatrie Waterland) adviseert structuur, beweegpauzes en het voorbespreken van ongestructureerde momenten. De jeugdarts heeft geadviseerd de medicatietijden af te stemmen met school; ouders en school hebben de middagdosis verschoven naar 12.15 uur.",
 leerling=("{v} gaf in het gesprek aan dat {hij} de timer 'kinderachtig' vindt als die op {zijn} tafel staat, maar wel wil weten hoelang {hij} nog moet werken.","Daarom hangt de timer nu op het bord voor de hele groep en heeft {v} alleen een kleine taakkaart op tafel."),
)

P['po_nt2'] = dict(
 type='po', klas='groep 5', uitstroom='vmbo-kader',
 onderbouwing="{v} woont sinds september 2023 in Nederland en kwam na een jaar in de taalklas op onze school. Thuis wordt Tigrinya gesproken. Woordenschat (LVS): V; begrijpend lezen: V; technisch lezen: III; rekenen (getalbegrip): II. De niet-verbale intelligentie (SON-R, 2025) is gemiddeld. De taalachterstand neemt per meetmoment af (groei 1,2 DLE per maand bij technisch lezen). Wij verwachten uitstroom naar vmbo-kader; dit stellen wij bij als de taalgroei doorzet.",
 belem=[('Leren',"Beperkte Nederlandse woordenschat, waardoor instructie en verhaalsommen vaak niet begrepen worden."),('Thuis/omgeving',"Ouders spreken weinig Nederlands en kunnen niet helpen met huiswerk."),('Sociaal-emotioneel',"Spreekt in de groep weinig uit angst fouten te maken.")],
 bevord=[('Leren',"Goed rekeninzicht en een sterk visueel geheugen."),('Werkhouding',"Zeer gemotiveerd, werkt hard en vraagt om extra werk."),('Sociaal-emotioneel',"Heeft een maatje in de klas dat ook Tigrinya spreekt.")],
 behoefte=["{v} heeft behoefte aan pre-teaching van de woorden van de week met plaatjes.","{v} heeft behoefte aan instructie met visuele ondersteuning en controle of de opdracht begrepen is.","{v} heeft behoefte aan veilige momenten om Nederlands te spreken in een klein groepje."],
 ondersteuning=[("NT2-programma 'Taalwerk' in de taalgroep (vervangt deels begrijpend lezen en wereldoriëntatie)","NT2-leerkracht","4 uur per week"),("Pre-teaching woordenschat","onderwijsassistent","3 x per week 15 minuten"),("Inzet tolk bij oudergesprekken","intern begeleider","bij elk gesprek")],
 afwijking="{v} volgt 4 uur per week het NT2-programma in de taalgroep in plaats van een deel van de lessen begrijpend lezen en wereldoriëntatie. Voor begrijpend lezen werkt {v} met een eigen leerlijn op niveau M4.",
 afw_hint="{v} zit 4 uur per week in de NT2-taalgroep.",
 doelen=[("{v} kent 80% van de 400 woorden van de Basiswoordenlijst (thema's 1-12).","maart 2026 - woordtoets"),("{v} scoort op begrijpend lezen minimaal een IV.","juni 2026 - LVS"),("{v} stelt in de kring minstens één vraag per dag.","december 2025 - observatie")],
 adviezen="De NT2-specialist van het samenwerkingsverband (mw. H. Zijlstra) adviseert in haar verslag (juni 2025) intensieve woordenschatinstructie volgens de viertakt en het gebruik van de thuistaal als brug. De school past de viertakt toe en {v} mag aantekeningen in de eigen taal maken.",
 leerling=("{v} vertelde (met tolk) dat {hij} het fijn vindt in de taalgroep, maar dat {hij} gym en techniek niet wil missen.","De taalgroep is daarom zo ingeroosterd dat {v} geen gym en techniek mist."),
)

P['po_ass'] = dict(
 type='po', klas='groep 7', uitstroom='havo/vwo',
 onderbouwing="{v} heeft een autismespectrumstoornis (diagnose 2022). De cognitieve capaciteiten zijn bovengemiddeld (WISC-V TIQ 118, 2024). LVS: rekenen I+, spelling I, begrijpend lezen II. De leerresultaten passen bij havo/vwo; het functioneren in nieuwe en drukke situaties is de onzekere factor.",
 belem=[('Sociaal-emotioneel',"Raakt overprikkeld bij onverwachte veranderingen, zoals een invaller of een uitje."),('Werkhouding',"Moeite met plannen van weektaken en het starten van open opdrachten."),('Sociaal-emotioneel',"Samenwerken in groepjes leidt vaak tot conflicten.")],
 bevord=[('Leren',"Uitstekend geheugen en grote kennis van natuur en techniek."),('Werkhouding',"Werkt nauwkeurig en houdt van duidelijke regels."),('Thuis/omgeving',"Ouders bereiden veranderingen thuis goed voor als school die tijdig meldt.")],
 behoefte=["{v} heeft behoefte aan voorspelbaarheid: een dagplanning op tafel en tijdige melding van veranderingen.","{v} heeft behoefte aan een prikkelarme werkplek en een afgesproken rustplek.","{v} heeft behoefte aan samenwerkingsopdrachten met vaste rollen."],
 ondersteuning=[("Dagplanning met pictogrammen en weekplanner","leerkracht","dagelijks"),("Begeleiding door ambulant begeleider autisme (coaching leerkracht en {v})","ambulant begeleider Expertisecentrum De Kempen","1 x per 2 weken"),("Rustplek op de gang met koptelefoon","leerkracht","naar behoefte")],
 afwijking=None,
 doelen=[("{v} plant met de weekplanner zelfstandig de weektaak en rondt die in 4 van de 5 weken af.","februari 2026"),("{v} gebruikt bij spanning zelf de rustplek, zonder boosheid in de klas (max. 1 incident per maand).","april 2026"),("{v} werkt in een groepje van drie met een vaste rol aan het wereldoriëntatieproject.","juni 2026")],
 adviezen="De ambulant begeleider (dhr. K. Veldkamp) adviseert in zijn verslag van september 2025 visuele structuur en vaste rollen bij samenwerken. De school heeft dit opgenomen in het handelingsdeel.",
 leerling=("{v} zei: 'Ik wil op de rustplek kunnen zonder dat ik het eerst aan de juf hoef te vragen.'","Afgesproken is dat {v} een kaartje op tafel legt en dan zelf naar de rustplek mag."),
)

P['po_meerbegaafd'] = dict(
 type='po', klas='groep 5', uitstroom='vwo',
 onderbouwing="{v} scoort op alle LVS-toetsen ruim boven het niveau van de groep (rekenen en begrijpend lezen I+, functioneringsniveau eind groep 7). Het intelligentieonderzoek (2024) toont een TIQ van 134. Er is sprake van onderpresteren bij schrijven en werkhouding. Wij verwachten uitstroom naar vwo.",
 belem=[('Werkhouding',"Heeft weinig leerstrategieën ontwikkeld omdat leren tot nu toe vanzelf ging; geeft snel op bij uitdaging."),('Sociaal-emotioneel',"Voelt zich 'anders' en sluit zich soms af van leeftijdsgenoten."),('Leren',"Motoriek en handschrift blijven achter.")],
 bevord=[('Leren',"Snelle denker met brede interesse."),('Sociaal-emotioneel',"Vindt aansluiting in de plusklas bij ontwikkelingsgelijken."),('Thuis/omgeving',"Stimulerende thuisomgeving.")],
 behoefte=["{v} heeft behoefte aan compacten van de basisstof en verrijking die echte uitdaging biedt.","{v} heeft behoefte aan het leren omgaan met fouten en doorzetten.","{v} heeft behoefte aan contact met ontwikkelingsgelijken."],
 ondersteuning=[("Compacten rekenen en taal; verrijking met Pittige Plustorens","leerkracht","dagelijks"),("Plusklas van het bestuur","plusklasleerkracht","1 ochtend per week"),("Coaching leren leren","intern begeleider","1 x per 2 weken")],
 afwijking="{v} volgt bij rekenen en taal een gecompacte leerlijn (50% van de basisstof) en gaat één ochtend per week naar de plusklas buiten de eigen groep.",
 afw_hint="{v} gaat één ochtend per week naar de plusklas.",
 doelen=[("{v} maakt in de plusklas een onderzoeksproject af en presenteert het.","maart 2026"),("{v} gebruikt bij moeilijke opdrachten zelfstandig twee aangeleerde strategieën (observatie).","juni 2026"),("Het handschrift van {v} is leesbaar voor anderen (beoordeling schrijfmethode).","juni 2026")],
 adviezen="De onderzoeker (drs. P. Brandsma, Bureau Begaafd) adviseert compacten en verrijken en aandacht voor mindset. De school volgt dit advies; de plusklas is aangevraagd en toegekend.",
 leerling=("{v} wil graag 'een eigen onderzoek over vulkanen' doen.","Het plusklasproject van {v} gaat over vulkanen."),
)

P['po_zwak'] = dict(
 type='po', klas='groep 7', uitstroom='praktijkonderwijs',
 onderbouwing="Uit het psychologisch onderzoek (2025) blijkt een TIQ van 72. Op alle LVS-toetsen scoort {v} een V; het functioneringsniveau ligt rond eind groep 4/begin groep 5 en de groei is beperkt (DLE-groei 0,4 per maand). De leerachterstand is bij rekenen en begrijpend lezen groter dan 50%. Op basis van intelligentie en leerachterstand verwachten wij uitstroom naar praktijkonderwijs.",
 belem=[('Leren',"Trage informatieverwerking; abstracte stof wordt niet begrepen."),('Sociaal-emotioneel',"Is beïnvloedbaar en wordt door oudere kinderen soms meegetrokken."),('Thuis/omgeving',"Wisselende thuissituatie (ouders gescheiden, co-ouderschap).")],
 bevord=[('Werkhouding',"Werkt graag met de handen; is secuur bij praktische taken."),('Sociaal-emotioneel',"Vriendelijk en behulpzaam."),('Thuis/omgeving',"Beide ouders zijn betrokken en komen samen naar gesprekken.")],
 behoefte=["{v} heeft behoefte aan leerstof in kleine stappen met veel herhaling en concreet materiaal.","{v} heeft behoefte aan praktische, levensechte opdrachten.","{v} heeft behoefte aan een duidelijke volwassene die toezicht houdt op vrije momenten."],
 ondersteuning=[("Eigen leerlijn rekenen en begrijpend lezen (Leerlijnen Projectenbank)","leerkracht","dagelijks"),("Extra leestijd met onderwijsassistent","onderwijsassistent","4 x per week 15 minuten"),("Sova-training 'Nee zeggen'","schoolmaatschappelijk werker","8 bijeenkomsten")],
 afwijking="{v} volgt voor rekenen en begrijpend lezen een eigen leerlijn; einddoel groep 8: niveau eind groep 5 (rekenen) en eind groep 5 (begrijpend lezen).",
 afw_hint="Voor rekenen en begrijpend lezen werkt {v} met een eigen leerlijn.",
 doelen=[("{v} kan klokkijken tot op 5 minuten nauwkeurig (analoog en digitaal).","maart 2026"),("{v} leest AVI M5 op instructieniveau.","juni 2026"),("{v} zegt in rollenspel 'nee' tegen een ongewenst voorstel (4 van de 5 situaties).","februari 2026")],
 adviezen="De orthopedagoog van het samenwerkingsverband (mw. drs. I. Kuipers) adviseert een eigen leerlijn en een tijdige oriëntatie op praktijkonderwijs. De school heeft de eigen leerlijn opgesteld en plant in groep 8 een bezoek aan twee praktijkscholen.",
 leerling=("{v} vindt rekenen met geld 'het leukste' en wil later 'bij de tuincentrum werken'.","De rekendoelen zijn gekoppeld aan geld en klokkijken; in de praktijkopdrachten mag {v} de schooltuin onderhouden."),
)

P['vo_vmbok'] = dict(
 type='vo', klas='vmbo-kader 2', uitstroom='vmbo-kader diploma, daarna mbo niveau 3 (richting zorg en welzijn)',
 onderbouwing="{v} stroomde in met een kaderadvies. De cijfers in klas 1 en 2 liggen rond het gemiddelde van de klas (gemiddeld 6,3), met onvoldoendes voor Engels en Duits. Dyslexie (verklaring 2021) en faalangst (vragenlijst PMT-K, hoog) verklaren de lagere resultaten bij talen. De praktijkvakken gaan goed. Wij verwachten dat {v} het kaderdiploma haalt.",
 belem=[('Leren',"Dyslexie; vooral het leren van woordjes en lezen van lange teksten kost veel tijd."),('Sociaal-emotioneel',"Faalangst bij schriftelijke toetsen; blokkeert bij tijdsdruk."),('Werkhouding',"Plant huiswerk pas op het laatste moment.")],
 bevord=[('Leren',"Goed in praktijkvakken en in rekenen."),('Sociaal-emotioneel',"Sociaal vaardig, heeft een vaste vriendengroep."),('Thuis/omgeving',"Moeder ondersteunt bij plannen.")],
 behoefte=["{v} heeft behoefte aan toetsen in vergroot lettertype met 20% extra tijd in een rustig lokaal.","{v} heeft behoefte aan hulp bij het plannen van toetsweken.","{v} heeft behoefte aan faalangstreductie."],
 ondersteuning=[("Faalangstreductietraining","ondersteuningscoördinator","8 bijeenkomsten vanaf november"),("Plannen van de week met de mentor","mentor","1 x per week 15 minuten"),("Toetsen in het stiltelokaal met extra tijd en ReadSpeaker","examensecretaris / docenten","bij elke toets")],
 afwijking="{v} heeft ontheffing voor het vak Duits (besluit directie, september 2025); in die uren volgt {v} extra Nederlands en Engels in het leerplein.",
 afw_hint="{v} heeft ontheffing voor Duits.",
 doelen=[("{v} haalt voor Engels aan het eind van het schooljaar minimaal een 5,8 gemiddeld.","juni 2026"),("{v} maakt voor elke toetsweek zelf een planning en bespreekt die met de mentor.","elke toetsweek"),("De score op de faalangstvragenlijst daalt naar 'gemiddeld'.","april 2026")],
 adviezen="De dyslexiebehandelaar adviseerde in 2021 ReadSpeaker en extra tijd; de schoolpsycholoog (dhr. R. Aalders, GZ-psycholoog) adviseert in 2025 een faalangsttraining en toetsen in een rustige ruimte. Beide adviezen worden uitgevoerd.",
 leerling=("{v} zegt dat {hij} de toetsen in het stiltelokaal prettig vindt, maar niet alle toetsen daar wil maken 'omdat dan iedereen het ziet'.","Afgesproken is dat {v} alleen de toetsen in de toetsweek in het stiltelokaal maakt; de overige toetsen maakt {hij} in de klas op een plek achterin."),
)

P['vo_havo_ass'] = dict(
 type='vo', klas='havo 3', uitstroom='havo-diploma (profiel Natuur en Techniek), daarna hbo',
 onderbouwing="{v} functioneert cognitief op havo-niveau (cijfergemiddelde 6,9; bètavakken 7,5 of hoger). {Zijn} autisme (ASS, diagnose 2019) zorgt voor uitval bij drukte en onverwachte roosterwijzigingen; in klas 2 verzuimde {hij} 11%. Met de huidige aanpassingen verwachten wij dat {v} het havodiploma haalt.",
 belem=[('Sociaal-emotioneel',"Overprikkeling in drukke gangen en aula; vermijdt de pauzes."),('Werkhouding',"Moeite met plannen van grote opdrachten (profielwerkstuk, praktische opdrachten)."),('Leren',"Moeite met open schrijfopdrachten bij Nederlands.")],
 bevord=[('Leren',"Uitblinker in wiskunde en natuurkunde."),('Werkhouding',"Zeer trouw in het maken van huiswerk als de opdracht duidelijk is."),('Thuis/omgeving',"Betrokken ouders; vader werkt in de ICT en helpt met structuur.")],
 behoefte=["{v} heeft behoefte aan een vaste pauzeruimte (stiltelokaal) en eerder de les mogen verlaten.","{v} heeft behoefte aan opdrachten opgedeeld in stappen met tussendeadlines.","{v} heeft behoefte aan tijdige informatie over roosterwijzigingen."],
 ondersteuning=[("Coaching door de autismecoach","autismecoach (ondersteuningsteam)","1 x per week 30 minuten"),("Time-outkaart en pauzeruimte","mentor / alle docenten","dagelijks"),("Stappenplan bij praktische opdrachten","vakdocent Nederlands","bij elke opdracht")],
 afwijking=None,
 doelen=[("{v} levert de praktische opdrachten van periode 2 op tijd in volgens het stappenplan.","februari 2026"),("Het verzuim van {v} blijft onder de 5%.","doorlopend, evaluatie april 2026"),("{v} behaalt voor Nederlands schrijfvaardigheid minimaal een 6.","juni 2026")],
 adviezen="De behandelaar van {v} (mw. drs. E. Baars, Autismecentrum Noord) adviseert vaste pauzeplekken en een vast aanspreekpunt. De school heeft de autismecoach als vast aanspreekpunt aangewezen.",
 leerling=("{v} gaf aan dat {hij} de pauzes liever in het stiltelokaal doorbrengt, 'maar niet alleen'.","Er is een pauzegroep van vier leerlingen in het stiltelokaal gestart, waaraan {v} deelneemt."),
)

P['vo_vwo_angst'] = dict(
 type='vo', klas='vwo 4', uitstroom='vwo-diploma (profiel Cultuur en Maatschappij), daarna wo',
 onderbouwing="{v} haalde in de onderbouw gemiddeld een 7,2. Sinds maart 2025 is er sprake van een angststoornis met schoolverzuim (43% in het laatste kwartaal van klas 3). De cognitieve mogelijkheden passen bij vwo; de resultaten in de periodes dat {v} naar school kwam bleven voldoende. Wij verwachten dat {v} het vwo afrondt, mogelijk met een verlengd traject (spreiding over vier jaar bovenbouw).",
 belem=[('Sociaal-emotioneel',"Angststoornis; paniekaanvallen bij grote groepen en mondelinge presentaties."),('Werkhouding',"Achterstand door verzuim; overzicht kwijt."),('Medisch/lichamelijk',"Slaapproblemen.")],
 bevord=[('Leren',"Sterk taalvaardig en zeer leergierig."),('Thuis/omgeving',"Ouders en behandelaar werken goed samen met school."),('Werkhouding',"Werkt thuis zelfstandig en zorgvuldig.")],
 behoefte=["{v} heeft behoefte aan een geleidelijke opbouw van de aanwezigheid op school.","{v} heeft behoefte aan een vast aanspreekpunt en een veilige plek in school.","{v} heeft behoefte aan alternatieve toetsvormen voor mondelinge presentaties."],
 ondersteuning=[("Opbouwschema aanwezigheid (start 60%, opbouw per 4 weken)","zorgcoördinator en mentor","wekelijks overleg"),("Presentaties in kleine setting of op video","vakdocenten","bij elke presentatie"),("Afstemming met behandelaar (GGZ)","zorgcoördinator","1 x per 6 weken")],
 afwijking="Tijdelijk verminderd rooster: {v} volgt tot de kerstvakantie 60% van de lessen (de kernvakken); de overige vakken volgt {v} via opdrachten. Vrijstelling lichamelijke opvoeding tot 1 februari 2026 (vervangende opdracht).",
 afw_hint="{v} volgt tot de kerstvakantie 60% van de lessen.",
 doelen=[("{v} is in januari 2026 80% van de lessen aanwezig.","januari 2026 - verzuimregistratie"),("{v} haalt de achterstand bij geschiedenis en Frans in (alle PTA-onderdelen periode 1 ingehaald).","maart 2026"),("{v} houdt één presentatie voor een groep van vijf klasgenoten.","mei 2026")],
 adviezen="De behandelaar (mw. dr. S. Nauta, GGZ Rivierenland, cognitieve gedragstherapie) adviseert geleidelijke blootstelling en geen volledige vrijstelling van presentaties. De leerplichtambtenaar adviseert het opbouwschema schriftelijk vast te leggen. De school neemt beide adviezen over (zie opbouwschema hieronder).",
 leerling=("{v} wil 'niet als zielig gezien worden' en liever zelf aan docenten vertellen wat er speelt.","{v} heeft zelf een korte brief aan de docenten geschreven; de mentor heeft die verspreid in plaats van een zorgmail."),
)

P['vo_vmbobb'] = dict(
 type='vo', klas='vmbo-basis 1 (lwoo)', uitstroom='vmbo-basis diploma, daarna mbo niveau 2',
 onderbouwing="{v} kwam binnen met een basisadvies en een aanwijzing leerwegondersteuning (IQ 82, leerachterstand lezen 1,5 jaar). Na het eerste rapport staat {v} gemiddeld 6,0; rekenen 5,4. De praktijkvakken gaan goed (7,5). Op basis van de resultaten en de ontwikkeling verwachten wij het basisdiploma en doorstroom naar mbo niveau 2.",
 belem=[('Leren',"Leesachterstand; begrijpt opdrachten vaak niet zonder uitleg."),('Werkhouding',"Vergeet spullen en huiswerk."),('Thuis/omgeving',"Gezin in een ingewikkelde periode (verhuizing, jeugdhulp betrokken).")],
 bevord=[('Leren',"Vaardig met de handen, sterk in techniek."),('Sociaal-emotioneel',"Opgewekt en sociaal."),('Werkhouding',"Komt afspraken na als die kort en duidelijk zijn.")],
 behoefte=["{v} heeft behoefte aan korte, concrete opdrachten met voorbeelden.","{v} heeft behoefte aan een vaste check van de agenda aan het eind van de dag.","{v} heeft behoefte aan extra rekenlessen in een kleine groep."],
 ondersteuning=[("Rekenen in de lwoo-groep","rekendocent","2 extra uur per week"),("Agendacheck","mentor","dagelijks, laatste uur"),("Overleg met jeugdhulp (gezinscoach)","ondersteuningscoördinator","1 x per 6 weken")],
 afwijking=None,
 doelen=[("{v} heeft op het rapport van periode 3 voor rekenen minimaal een 5,8.","april 2026"),("{v} heeft in 9 van de 10 schooldagen de juiste spullen bij zich.","januari 2026"),("{v} leest op niveau 1F (toets Diataal).","juni 2026")],
 adviezen="De gezinscoach (Jeugdteam Noordoost) adviseert om afspraken met {v} op papier mee naar huis te geven. De school doet dit via het weekoverzicht.",
 leerling=("{v} vertelde dat de extra rekenlessen 'saai' zijn als het alleen sommen maken is.","De rekendocent werkt in de lwoo-groep nu met praktijkopdrachten uit de techniekles."),
)

P['vo_vmbogt_adhd'] = dict(
 type='vo', klas='vmbo-gt 3', uitstroom='vmbo-gt diploma, daarna mbo niveau 4 (ICT)',
 onderbouwing="{v} heeft ADHD en haalt wisselende resultaten (gemiddeld 6,1; wiskunde 7,3, Nederlands 5,2). De resultaten in de eerste twee jaar en het advies van de docentenvergadering wijzen op het gt-diploma; de motivatie voor ICT is groot.",
 belem=[('Werkhouding',"Concentratieproblemen in de middag; werk wordt niet afgemaakt."),('Sociaal-emotioneel',"Conflicten met docenten bij correctie."),('Thuis/omgeving',"Veel gamen tot laat in de avond.")],
 bevord=[('Leren',"Sterk in wiskunde en informatica."),('Sociaal-emotioneel',"Humoristisch en populair in de klas."),('Werkhouding',"Werkt goed met korte deadlines en directe feedback.")],
 behoefte=["{v} heeft behoefte aan korte opdrachten met directe feedback.","{v} heeft behoefte aan een vaste coach met wie {hij} conflicten kan nabespreken.","{v} heeft behoefte aan een afspraak over beeldschermtijd thuis (met ouders)."],
 ondersteuning=[("Coaching (plannen en gedrag)","coach leerlingbegeleiding","1 x per week"),("Opdrachten opgeknipt in blokken van 15 minuten","docenten","dagelijks"),("Driegesprek ouders-{v}-mentor","mentor","1 x per 6 weken")],
 afwijking=None,
 doelen=[("{v} maakt in 80% van de lessen het opgegeven werk af.","februari 2026"),("Het aantal verwijderingen uit de les daalt naar 0 per maand.","april 2026"),("{v} staat voor Nederlands gemiddeld minimaal een 5,8.","juni 2026")],
 adviezen="De kinderarts (dr. G. Wessels) adviseert medicatie op schooldagen en structuur; de school volgt het advies over korte opdrachten. Het advies van het jeugdteam over beeldschermtijd is met ouders besproken.",
 leerling=("{v} wil dat docenten 'gewoon rustig zeggen wat er fout is en niet voor de hele klas'.","Alle docenten zijn gevraagd correcties bij {v} individueel en rustig te geven; dit staat in de docentenkaart."),
)

P['vo_havo_chron'] = dict(
 type='vo', klas='havo 4', uitstroom='havo-diploma (profiel Economie en Maatschappij), daarna hbo',
 onderbouwing="{v} heeft diabetes type 1 en epilepsie, met in het vorige schooljaar 28 dagen ziekteverzuim. De resultaten zijn voldoende tot goed (gemiddeld 6,8). De verwachting is dat {v} het havodiploma haalt, met spreiding van het examenprogramma.",
 belem=[('Medisch/lichamelijk',"Wisselende bloedsuikers en vermoeidheid; aanvallen na slaaptekort."),('Werkhouding',"Achterstand bij afwezigheid."),('Sociaal-emotioneel',"Zorgen over de toekomst en de examens.")],
 bevord=[('Leren',"Leert snel en zelfstandig."),('Sociaal-emotioneel',"Open over de ziekte, klasgenoten weten wat te doen bij een aanval."),('Thuis/omgeving',"Goede begeleiding door het ziekenhuis en ouders.")],
 behoefte=["{v} heeft behoefte aan de mogelijkheid tot rust en eten tijdens lessen en toetsen.","{v} heeft behoefte aan een gespreid PTA.","{v} heeft behoefte aan een vast aanspreekpunt bij achterstand."],
 ondersteuning=[("Medisch handelingsprotocol (diabetes en epilepsie)","BHV / mentor","doorlopend"),("Inhaalplanning na verzuim","decaan en mentor","binnen 1 week na terugkeer"),("Gespreid examenprogramma havo 4-5-6","examencommissie","vanaf schooljaar 2025-2026")],
 afwijking="Het examenprogramma wordt gespreid over drie jaar (havo 4, 5 en 6); het PTA is hierop aangepast (besluit examencommissie september 2025).",
 afw_hint="Het PTA van {v} is gespreid.",
 doelen=[("{v} heeft alle PTA-onderdelen van havo 4 volgens de aangepaste planning afgerond.","juli 2026"),("Het ziekteverzuim wordt binnen één week ingehaald volgens de inhaalplanning.","doorlopend, evaluatie maart 2026"),("{v} kent de eigen signalen van een dreigende hypo en meldt die tijdig.","december 2025")],
 adviezen="De kinderarts-endocrinoloog (dr. A. Tuinstra, Ziekenhuis Gelre-Oost) en de neuroloog adviseren rustmomenten en toestemming voor eten in de les. De school heeft het medisch handelingsprotocol samen met de diabetesverpleegkundige opgesteld.",
 leerling=("{v} wil 'geen uitzonderingspositie' en alleen spreiding voor vakken waar dat echt nodig is.","De spreiding geldt daarom alleen voor drie vakken; de overige vakken volgt {v} regulier."),
)

P['sbo_gedrag'] = dict(
 type='sbo', klas='groep 6 (middenbouw B)', uitstroom='vmbo-basis/kader met leerwegondersteuning',
 onderbouwing="{v} kwam in groep 5 van de basisschool naar ons sbo vanwege gedrag en leerachterstanden. TIQ 85 (WISC-V, 2024). LVS: rekenen V (niveau M4), technisch lezen IV, spelling V. Groei in het laatste halfjaar: 0,7 DLE per maand. Het gedrag is sinds de plaatsing verbeterd. Wij verwachten uitstroom naar vmbo-basis/kader met lwoo.",
 belem=[('Sociaal-emotioneel',"Reageert fysiek als {hij} zich aangevallen voelt."),('Leren',"Leerachterstand van ruim een jaar bij rekenen en spelling."),('Thuis/omgeving',"Onrustige thuissituatie; jeugdhulp betrokken.")],
 bevord=[('Sociaal-emotioneel',"Zoekt na een conflict zelf contact om het goed te maken."),('Leren',"Goed in sport en muziek."),('Werkhouding',"Doet erg zijn best bij één-op-één-instructie.")],
 behoefte=["{v} heeft behoefte aan een vaste structuur en voorspelbare volwassenen.","{v} heeft behoefte aan het leren herkennen van boosheid (signaleringsplan).","{v} heeft behoefte aan instructie in een kleine groep."],
 ondersteuning=[("Signaleringsplan en time-out","groepsleerkracht","dagelijks"),("Agressieregulatietraining","gedragsspecialist","1 x per week, 12 weken"),("Rekenen in niveaugroep M4","onderwijsassistent","4 x per week")],
 afwijking="{v} volgt voor rekenen een eigen leerlijn met als einddoel niveau 1F-route (eind groep 6).",
 afw_hint="Voor rekenen werkt {v} met een eigen leerlijn.",
 doelen=[("{v} gebruikt het signaleringsplan zelf: bij 'oranje' vraagt {hij} een time-out (8 van de 10 keer).","maart 2026"),("{v} scoort op de LVS-toets rekenen M5-niveau.","juni 2026"),("Geen fysieke incidenten in 6 aaneengesloten weken.","april 2026")],
 adviezen="De commissie van begeleiding (advies 10 september 2025) adviseert het signaleringsplan en de agressieregulatietraining; de GZ-psycholoog van het jeugdteam adviseert ouders en school hetzelfde signaleringsplan te gebruiken. Beide adviezen zijn overgenomen.",
 leerling=("{v} zei dat {hij} 'de time-out op de gang' niet fijn vindt 'want dan ziet iedereen het'.","De time-outplek is verplaatst naar de rustige hoek in de bibliotheek."),
)

P['so_cluster4'] = dict(
 type='so', klas='groep Ster (so, cluster 4)', uitstroom='vso, uitstroomprofiel vervolgonderwijs (richting vmbo-kader)',
 onderbouwing="{v} (10 jaar) heeft een hechtingsstoornis en ADHD. TIQ 96. De leerresultaten liggen op M5-niveau bij rekenen en lezen (achterstand circa 1 jaar). Door {zijn} gedragsproblemen is een reguliere setting nog niet haalbaar. Wij verwachten doorstroom naar het vso met profiel vervolgonderwijs (vmbo-kader).",
 belem=[('Sociaal-emotioneel',"Wantrouwen naar volwassenen; test grenzen bij nieuwe leerkrachten."),('Werkhouding',"Korte concentratie."),('Thuis/omgeving',"Woont sinds 2024 in een gezinshuis.")],
 bevord=[('Sociaal-emotioneel',"Bouwt een goede band op met de vaste leerkracht."),('Leren',"Goed in rekenen als {hij} rustig is."),('Thuis/omgeving',"Gezinshuisouders zijn zeer betrokken.")],
 behoefte=["{v} heeft behoefte aan een vaste, voorspelbare volwassene en een kleine groep (max. 12 leerlingen).","{v} heeft behoefte aan een consequente aanpak die op school en in het gezinshuis gelijk is.","{v} heeft behoefte aan korte werkopdrachten afgewisseld met beweging."],
 ondersteuning=[("Vaste mentor en dagstart één-op-één","groepsleerkracht","dagelijks 10 minuten"),("Gedragsbehandeling in samenwerking met Jeugdzorg De Rietvoorn","gedragswetenschapper","1 x per 2 weken"),("Beweegpauzes","vakleerkracht bewegingsonderwijs","3 x per dag")],
 afwijking=None,
 doelen=[("{v} volgt de dagstart en begint zelfstandig aan de eerste taak (4 van de 5 dagen).","januari 2026"),("{v} haalt op rekenen niveau M6.","juli 2026"),("{v} accepteert een invalleerkracht zonder escalatie.","april 2026")],
 adviezen="De commissie voor de begeleiding heeft op 2 oktober 2025 geadviseerd het uitstroomprofiel vervolgonderwijs aan te houden en de samenwerking met het gezinshuis vast te leggen. De orthopedagoog van Jeugdzorg De Rietvoorn adviseert de consequente aanpak. De school heeft beide adviezen in het handelingsdeel verwerkt.",
 leerling=("{v} wil 'niet steeds nieuwe juffen'.","Het team beperkt de wisselingen: alleen twee vaste invallers komen in de groep en {v} krijgt een foto van de invaller vooraf."),
)

P['so_zmlk'] = dict(
 type='so', klas='groep Bosuil (so, zmlk)', uitstroom='vso, uitstroomprofiel dagbesteding (taakgerichte dagbesteding)',
 onderbouwing="{v} (11 jaar) heeft een verstandelijke beperking (IQ circa 45) en syndroom van Down. {Hij} functioneert op het niveau van een kind van ongeveer 4 jaar (ontwikkelingsprofiel, 2025). Gezien de ontwikkelingsleeftijd en het leertempo verwachten wij uitstroom naar het vso met uitstroomprofiel dagbesteding.",
 belem=[('Leren',"Beperkte taalbegrip en spraak; communiceert met gebaren (NmG)."),('Medisch/lichamelijk',"Hartafwijking; snel vermoeid."),('Werkhouding',"Heeft moeite met overgangen tussen activiteiten.")],
 bevord=[('Sociaal-emotioneel',"Vrolijk en sociaal, zoekt contact met anderen."),('Leren',"Leert goed door imitatie en herhaling."),('Thuis/omgeving',"Ouders gebruiken thuis dezelfde gebaren en picto's.")],
 behoefte=["{v} heeft behoefte aan een visueel dagprogramma met picto's.","{v} heeft behoefte aan ondersteuning met gebaren.","{v} heeft behoefte aan rustmomenten door de dag."],
 ondersteuning=[("Logopedie (communicatie en gebaren)","logopedist school","2 x per week 30 minuten"),("Fysiotherapie (grove motoriek)","fysiotherapeut","1 x per week"),("Dagprogramma met picto's en overgangsobject","groepsleerkracht","dagelijks")],
 afwijking="{v} volgt de leerlijnen van het zml-onderwijs (CED Leerlijnen, niveau 2-3) in plaats van het reguliere so-programma; het aanbod is gericht op zelfredzaamheid en communicatie.",
 afw_hint="{v} volgt de zml-leerlijnen.",
 doelen=[("{v} gebruikt 20 gebaren van NmG spontaan in de groep.","juni 2026"),("{v} trekt zelf jas en schoenen aan (met klittenband).","maart 2026"),("{v} maakt de overgang van buitenspel naar binnen met alleen een picto-aanwijzing.","januari 2026")],
 adviezen="De commissie voor de begeleiding adviseert (16 september 2025) de zml-leerlijnen en de uitstroom dagbesteding. De logopedist adviseert het gebruik van NmG door alle medewerkers; het team volgt daarvoor een cursus.",
 leerling=("Met picto's heeft {v} aangegeven wat {hij} het liefst doet: muziek en de zandtafel.","Muziek en de zandtafel worden ingezet als beloning na de werkmomenten."),
)

P['pro'] = dict(
 type='pro', klas='pro leerjaar 2', uitstroom='arbeid: werk in de groenvoorziening (entree-opleiding/branchecertificaat Groen)',
 onderbouwing="{v} (14 jaar) heeft een IQ van 70 en een leerachterstand van meer dan drie jaar. In de praktijkvakken groen en techniek scoort {v} goed (beoordeling stage-oriëntatie: 'goed'). {Zijn} interesse en werkhouding passen bij werk in de groenvoorziening.",
 belem=[('Leren',"Leest en rekent op niveau groep 4-5."),('Sociaal-emotioneel',"Weinig zelfvertrouwen in nieuwe situaties."),('Thuis/omgeving',"Woont bij grootouders.")],
 bevord=[('Werkhouding',"Werkt nauwkeurig en betrouwbaar."),('Leren',"Goed ruimtelijk inzicht."),('Thuis/omgeving',"Grootouders zeer betrokken.")],
 behoefte=["{v} heeft behoefte aan voordoen-nadoen bij nieuwe taken.","{v} heeft behoefte aan succeservaringen om zelfvertrouwen op te bouwen.","{v} heeft behoefte aan rekenen en taal in praktische contexten."],
 ondersteuning=[("Interne stage in de schooltuin","praktijkdocent groen","2 dagdelen per week"),("Taal en rekenen in de praktijk","mentor","dagelijks"),("Training sociale vaardigheden","schoolmaatschappelijk werker","1 x per week")],
 afwijking=None,
 doelen=[("{v} voert zelfstandig het snoeiwerk in de schooltuin uit volgens de werkkaart.","maart 2026"),("{v} rekent met geld tot 100 euro bij het kassatraject.","juni 2026"),("{v} stelt zich voor aan een nieuwe stagebegeleider.","juni 2026")],
 adviezen="De orthopedagoog van de school (mw. J. Terpstra) adviseert het traject branchecertificaat Groen. De school heeft {v} aangemeld voor dit traject.",
 leerling=("{v} wil 'buiten werken, niet in een fabriek'.","De stages worden alleen buiten gezocht: schooltuin en een hoveniersbedrijf."),
)

P['vso_adult'] = dict(
 type='vso', klas='vso arbeid, eindfase', uitstroom='uitstroomprofiel arbeidsmarktgericht: betaald werk in de logistiek (orderpicker)',
 onderbouwing="{v} (18 jaar) volgt het uitstroomprofiel arbeidsmarktgericht. De stage bij Distributiecentrum Hoogveld verloopt goed (beoordeling 'voldoende tot goed'); {v} haalde het certificaat heftruck en VCA-basis. Op basis van de stages en de werkhouding verwachten wij uitstroom naar betaald werk in de logistiek, met jobcoaching.",
 belem=[('Sociaal-emotioneel',"Raakt van slag bij kritiek van leidinggevenden."),('Leren',"Leest op niveau 1F niet volledig; werkinstructies moeten visueel zijn."),('Thuis/omgeving',"Woont sinds kort zelfstandig (begeleid wonen).")],
 bevord=[('Werkhouding',"Punctueel en betrouwbaar."),('Leren',"Goed in werken met de handscanner."),('Sociaal-emotioneel',"Gemotiveerd om eigen geld te verdienen.")],
 behoefte=["{v} heeft behoefte aan visuele werkinstructies.","{v} heeft behoefte aan een vaste werkbegeleider op de stageplek.","{v} heeft behoefte aan training in omgaan met feedback."],
 ondersteuning=[("Stage 3 dagen per week bij Distributiecentrum Hoogveld","stagedocent","wekelijks stagebezoek"),("Training omgaan met feedback","schoolmaatschappelijk werker","8 bijeenkomsten"),("Aanvraag jobcoach via UWV","stagecoördinator","vóór 1 maart 2026")],
 afwijking=None,
 doelen=[("{v} werkt zelfstandig 6 uur per dag op de stageplek.","februari 2026"),("{v} reageert rustig op feedback (beoordeling werkbegeleider 'voldoende').","april 2026"),("Er is een arbeidscontract of een plaatsing via de jobcoach.","juli 2026")],
 adviezen="De commissie voor de begeleiding adviseert (23 september 2025) de uitstroom arbeidsmarktgericht met jobcoaching. De arbeidsdeskundige van het UWV adviseert de indicatie banenafspraak aan te vragen; de stagecoördinator begeleidt de aanvraag.",
 leerling=None,
)

P['vso_curatele'] = dict(
 type='vso', klas='vso dagbesteding, groep 4', uitstroom='uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (kinderboerderij De Hoeve)',
 onderbouwing="{v} (19 jaar) heeft een matige verstandelijke beperking (IQ 48) en staat sinds de achttiende verjaardag onder curatele; moeder is curator. Tijdens de interne en externe stages (kinderboerderij, kringloopwinkel) functioneerde {v} het best bij dierverzorging met begeleiding. Wij verwachten uitstroom naar arbeidsmatige dagbesteding.",
 belem=[('Leren',"Leest niet; communiceert in korte zinnen."),('Sociaal-emotioneel',"Raakt angstig in drukke ruimtes."),('Medisch/lichamelijk',"Epilepsie (goed ingesteld).")],
 bevord=[('Werkhouding',"Zorgzaam met dieren en houdt het werk vol."),('Sociaal-emotioneel',"Vrolijk en vriendelijk."),('Thuis/omgeving',"Moeder en de woonbegeleiding werken goed samen.")],
 behoefte=["{v} heeft behoefte aan een vaste begeleider en een vaste volgorde van taken.","{v} heeft behoefte aan een rustige werkplek.","{v} heeft behoefte aan picto's bij werkopdrachten."],
 ondersteuning=[("Stage dierverzorging kinderboerderij De Hoeve","stagebegeleider vso","2 dagen per week, begeleid"),("Praktijkgerichte zelfredzaamheid (reizen met begeleiding)","mentor","1 x per week"),("Overdracht naar zorgaanbieder dagbesteding","stagecoördinator","voorjaar 2026")],
 afwijking=None,
 doelen=[("{v} voert de ochtendroutine bij de geiten uit met alleen een pictokaart.","februari 2026"),("{v} reist met begeleiding op afstand (telefoon) met de bus naar de stage.","mei 2026"),("Er is een plaats bij een dagbestedingsaanbieder vanaf augustus 2026.","juni 2026")],
 adviezen="De commissie voor de begeleiding adviseert (30 september 2025) het profiel dagbesteding en een warme overdracht. De arts voor verstandelijk gehandicapten adviseert over rust bij vermoeidheid (epilepsie); dit staat in het medisch protocol.",
 leerling=("{v} heeft met picto's en in het gesprek met de mentor laten weten dat {hij} 'bij de geiten' wil werken en niet in de kringloopwinkel.","De stage in de kringloopwinkel is gestopt; de stage op de kinderboerderij is uitgebreid naar twee dagen."),
)

P['vso_vervolg'] = dict(
 type='vso', klas='vso vervolgonderwijs, leerjaar 3', uitstroom='uitstroomprofiel vervolgonderwijs: vmbo-basis diploma (staatsexamen), daarna mbo niveau 2',
 onderbouwing="{v} (15 jaar) volgt in het vso het programma vmbo-basis en haalt voldoendes voor alle examenvakken (gemiddeld 6,4). {Zijn} gedragsproblemen (ODD) zijn afgenomen. Wij verwachten het vmbo-basis diploma via het staatsexamen en doorstroom naar mbo niveau 2 (motorvoertuigentechniek).",
 belem=[('Sociaal-emotioneel',"Verzet tegen gezag bij onduidelijke regels."),('Werkhouding',"Stelt schoolwerk uit."),('Thuis/omgeving',"Vader langdurig ziek.")],
 bevord=[('Leren',"Technisch sterk."),('Werkhouding',"Doorzetter bij praktijkwerk."),('Sociaal-emotioneel',"Goede band met de mentor.")],
 behoefte=["{v} heeft behoefte aan duidelijke, uitgelegde regels.","{v} heeft behoefte aan een examenplanning in kleine stappen.","{v} heeft behoefte aan praktijkgericht leren."],
 ondersteuning=[("Examentraining en planning","mentor","1 x per week"),("Agressieregulatie (vervolg)","gedragswetenschapper","1 x per 2 weken"),("Snuffelstage mbo motorvoertuigen","stagecoördinator","voorjaar 2026")],
 afwijking=None,
 doelen=[("{v} haalt de schoolexamens voor Nederlands en wiskunde volgens de planning.","juni 2026"),("Geen schorsingen in het schooljaar.","juli 2026"),("{v} kiest na de snuffelstage een mbo-opleiding.","april 2026")],
 adviezen="De commissie voor de begeleiding adviseert (7 oktober 2025) het profiel vervolgonderwijs en examinering via het staatsexamen. De school heeft {v} aangemeld voor het staatsexamen 2027.",
 leerling=("{v} wil 'niet nog een jaar langer' op school blijven.","De examenplanning is zo gemaakt dat {v} in één keer examen doet in 2027."),
)
