# -*- coding: utf-8 -*-
"""Content for the blind OPP set: schools, pupils, element texts and gap texts.
Everything is invented. Deterministic (no clock, fixed seeds)."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

def dnum(d): return d.strftime("%d-%m-%Y")
def dlong(d): return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
def dslash(d): return "%d/%d/%s" % (d.day, d.month, str(d.year)[2:])

SCHOOLS = {
 "po": dict(name="OBS De Klimboom", place="Veendrecht", ib="Marloes Terpstra", dir="Henk Oosterbeek",
            swv="Samenwerkingsverband Passend Onderwijs Veendrecht-Zuid"),
 "sbo": dict(name="SBO De Wegwijzer", place="Lindenhoeve", ib="Karin Bosveld", dir="Yusuf Demirtas",
             swv="SWV Lindenhoeve e.o."),
 "c4": dict(name="Kompas College, school voor so en vso (cluster 4)", short="Kompas College", place="Brakelveen",
            ib="drs. P. Achterberg", dir="M. Vlietstra", cvb="Commissie voor de Begeleiding Kompas College"),
 "vo": dict(name="Erasmushof College", place="Nieuw-Dalum", ib="J. van Wijngaarden (ondersteuningscoördinator)",
            dir="mw. drs. A. Kooistra", mentor="dhr. R. Pelgrim"),
 "pro": dict(name="Praktijkschool De Werkplaats", place="Hollenburg", ib="Sanne Blokhuis", dir="Ruud Hartog"),
}

# pupils: first, last, hij/zij, parent names
PUPILS = [("Daan", "Verhoeven", "hij", "Inge Verhoeven", "Marco Verhoeven"),
 ("Lotte", "Brinkman", "zij", "Petra Brinkman", "Erik Brinkman"),
 ("Sem", "Oudejans", "hij", "Fatma Oudejans-Yilmaz", "Rob Oudejans"),
 ("Noor", "El Idrissi", "zij", "Samira El Idrissi", "Karim El Idrissi"),
 ("Mees", "Holtkamp", "hij", "Anouk Holtkamp", ""),
 ("Yara", "de Groot-Mulder", "zij", "Linda Mulder", "Jeroen de Groot"),
 ("Finn", "Zwartjes", "hij", "Monique Zwartjes", "Dennis Zwartjes"),
 ("Saar", "Veldkamp", "zij", "Ellen Veldkamp", ""),
 ("Bram", "Kuipers", "hij", "Nicole Kuipers", "Wouter Kuipers"),
 ("Amira", "Haddou", "zij", "Latifa Haddou", "Said Haddou"),
 ("Jesse", "van Dongen", "hij", "Marieke van Dongen", "Patrick van Dongen"),
 ("Fleur", "Reijnders", "zij", "Sandra Reijnders", "Bas Reijnders"),
 ("Luuk", "Tervoort", "hij", "Chantal Tervoort", ""),
 ("Isa", "Wiersma", "zij", "Hanneke Wiersma", "Sietse Wiersma"),
 ("Milan", "Bakkali", "hij", "Nadia Bakkali", "Omar Bakkali"),
 ("Evi", "Sluiter", "zij", "Judith Sluiter", "Mark Sluiter"),
 ("Thijs", "Ravenhorst", "hij", "Esther Ravenhorst", "Gerrit Ravenhorst"),
 ("Zoë", "Kamphuis", "zij", "Ria Kamphuis", ""),
 ("Ruben", "Mertens", "hij", "Kim Mertens", "Stefan Mertens"),
 ("Lina", "Çelik", "zij", "Ayşe Çelik", "Mehmet Çelik"),
 ("Gijs", "Hoogland", "hij", "Wendy Hoogland", "Arjan Hoogland"),
 ("Jada", "Pinas", "zij", "Romy Pinas", ""),
 ("Stijn", "Wolters", "hij", "Carla Wolters", "Hans Wolters"),
 ("Nina", "Brouwer", "zij", "Femke Brouwer", "Tom Brouwer"),
 ("Kian", "Rahimi", "hij", "Leila Rahimi", "Reza Rahimi"),
 ("Tess", "Vonk", "zij", "Marjolein Vonk", "Peter Vonk"),
 ("Owen", "Dijkhuizen", "hij", "Sylvia Dijkhuizen", ""),
 ("Maud", "Ter Horst", "zij", "Annemiek ter Horst", "Frank ter Horst"),
 ("Jayden", "Koster", "hij", "Priscilla Koster", "Dave Koster"),
 ("Liv", "Hendriks", "zij", "Joyce Hendriks", "Rik Hendriks"),
]

def mid(c):
    m = (c["vast"] + dt.timedelta(days=100))
    return "september %d" % m.year if m.month in (7, 8) else "%s %d" % (MONTHS[m.month - 1], m.year)

def hem(ctx): return "hem" if ctx["hij"] == "hij" else "haar"
def zijn(ctx): return "zijn" if ctx["hij"] == "hij" else "haar"
def Hij(ctx): return ctx["hij"].capitalize()

# ---------------------------------------------------------------- present texts, per school
def text(school, el, c):
    n = c["first"]; h = c["hij"]; H = Hij(c); z = zijn(c); hm = hem(c)
    dest = c["dest"]
    if school == "po":
        return {
         "uitstroombestemming": f"Wij verwachten dat {n} na groep 8 zal uitstromen naar {dest}.",
         "onderbouwing": f"Deze verwachting baseren wij op de toetsgegevens van de afgelopen drie jaar. Bij begrijpend lezen en rekenen laat {n} een vaardigheidsgroei zien die past bij ongeveer een half jaar vertraging per schooljaar; bij spelling ligt {h} op niveau. Het intelligentieonderzoek (WISC-V, {c['yr']-1}) liet een totaal-IQ van 91 zien met een zwakker werkgeheugen. Ook {z} werkhouding en de ontwikkeling in de afgelopen periode ondersteunen deze verwachting.",
         "belemmerende_factoren": f"{n} raakt snel afgeleid in de drukke klas en heeft moeite om een taak zelfstandig te starten. Het werkgeheugen is zwak, waardoor meerstappige opdrachten lastig zijn. Thuis is er sinds vorig jaar een zorgelijke situatie rond de gezondheid van opa, wat veel van {hm} vraagt.",
         "bevorderende_factoren": f"{n} is sociaal sterk, behulpzaam en geliefd bij klasgenoten. {H} is gemotiveerd als de stof praktisch is en reageert goed op complimenten. Ouders zijn zeer betrokken en oefenen thuis met lezen.",
         "ondersteuningsbehoefte": f"{n} heeft een leerkracht nodig die instructie in kleine stappen geeft en controleert of {h} de opdracht begrepen heeft. {H} heeft behoefte aan een rustige werkplek en een visueel dagschema.",
         "ondersteuning": f"{n} krijgt vier keer per week verlengde instructie rekenen in de instructiegroep van de leerkracht (groep {c['groep']}). Op dinsdag en donderdag werkt de onderwijsassistent 30 minuten met {hm} aan begrijpend lezen. De intern begeleider ({c['ib']}) volgt de voortgang elke zes weken. Deze ondersteuning start direct na vaststelling van dit plan.",
         "afwijkingen_onderwijsprogramma": f"Voor rekenen volgt {n} vanaf groep 6 een eigen leerlijn; de einddoelen van groep 8 worden voor rekenen niet volledig behaald (verwacht eindniveau 1F). Voor de overige vakken volgt {h} het reguliere programma.",
         "doelen": f"Rekenen: aan het eind van dit schooljaar beheerst {n} de tafels 1 t/m 10 geautomatiseerd (90% goed binnen 3 seconden) en haalt {h} op de midden-toets minimaal de vaardigheidsscore die hoort bij eind groep {c['groep']-1}. Begrijpend lezen: {n} kan bij een tekst van AVI-niveau E{c['groep']-2} de hoofdgedachte in één zin benoemen (4 van de 5 keer).",
         "adviezen_professionals": f"De orthopedagoog van het samenwerkingsverband (mw. T. Harmsen) adviseerde in haar verslag van {dlong(c['advdate'])} om opdrachten op te knippen en visueel te ondersteunen en om het werkgeheugen te ontlasten met hulpkaarten. Dit advies hebben wij verwerkt in de ondersteuning hierboven. De logopedist adviseert geen verdere behandeling.",
         "oogo": f"Wij hebben dit plan op {dlong(c['oogo'])} met u besproken. Aanwezig waren {c['p1']}{' en ' + c['p2'] if c['p2'] else ''}, de leerkracht en de intern begeleider. Uw opmerkingen over het huiswerk hebben wij in het plan verwerkt.",
         "inbreng_leerling": f"Op {dlong(c['oogo'] - dt.timedelta(days=6))} heeft de intern begeleider met {n} gepraat. {n} vertelde dat {h} het fijn vindt om in het groepje bij de juf te werken, maar het vervelend vindt dat {h} dan de pauze-opdracht mist. Daarom is de verlengde instructie verplaatst naar direct na de kleine pauze. Ook wilde {n} zelf een time-timer op tafel; die staat nu in het plan.",
         "evaluatie": f"Wij evalueren dit plan met u en met {n} in {mid(c)} en opnieuw aan het eind van het schooljaar (juni {c['yr']+1 if c['vast'].month>=8 else c['yr']}). Daarbij bekijken wij de toetsresultaten en of de doelen gehaald zijn.",
         "informatie_rechten": "U heeft instemmingsrecht op het handelingsdeel van dit plan. Bent u het er niet mee eens, dan gaan wij graag eerst met u in gesprek. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een verzoek indienen bij de Geschillencommissie passend onderwijs.",
         "vaststelling": f"Dit ontwikkelingsperspectief is vastgesteld op {dlong(c['vast'])} door {c['dir']}, directeur, na overleg met ouders.",
        }[el]
    if school == "sbo":
        return {
         "uitstroombestemming": dest,
         "onderbouwing": f"Leerrendement laatste 2 jaar: rekenen 55%, begrijpend lezen 60%, technisch lezen 80%. Drempelonderzoek/NIO {c['yr']-1}: TIQ 84. Vertraging ontstaan na wisseling van school in groep 4. Sociaal-emotioneel stabiel sinds plaatsing op sbo.",
         "belemmerende_factoren": [("Leren", "zwak werkgeheugen; tempo laag bij rekenen", "goede technische leesvaardigheid"),
                                   ("Werkhouding", "snel afgeleid, stopt bij tegenslag", "wil graag, vraagt hulp"),
                                   ("Sociaal-emotioneel", "faalangst bij toetsen", "veilig in de groep, vrienden"),
                                   ("Thuissituatie", "twee huishoudens, wisselende routines", "betrokken ouders, oma als steun")],
         "ondersteuningsbehoefte": f"{n} heeft nodig: korte instructie + directe feedback; vooraf weten wat er komt (dagplanning); toetsen in een rustige ruimte; iemand die {hm} aanmoedigt door te zetten.",
         "ondersteuning": f"Rekenen: 3x per week 20 min. in instructietafel (groepsleerkracht). Faalangstreductietraining 'Ik kan het!' 8 bijeenkomsten door schoolmaatschappelijk werk, start {dnum(c['vast'] + dt.timedelta(days=14))}. Toetsen met verlengde tijd in de stilteruimte. IB bespreekt voortgang in de groepsbespreking (3x per jaar).",
         "afwijkingen_onderwijsprogramma": "Rekenen: eigen leerlijn (Maatwerk rekenen), uitstroom op niveau 1F. Engels: vrijstelling in verband met extra tijd voor rekenen.",
         "doelen": f"Rek: {n} beheerst bewerkingen t/m 100 met overschrijding (score ≥ 80% op methodetoets blok 4). BL: past 2 leesstrategieën zelfstandig toe (observatie lkr, jan). SEO: doet mee aan alle toetsen zonder vooraf af te haken (registratie, periode tot maart).",
         "adviezen_professionals": f"Orthopedagoog (dhr. L. Wessels, verslag {dslash(c['advdate'])}): instructie visueel ondersteunen, werkgeheugen ontlasten, faalangst aanpakken. Overgenomen: visuele stappenplannen, training faalangst. Fysiotherapeut: geen advies voor school.",
         "oogo": f"Besproken met {c['p1']}{' en ' + c['p2'] if c['p2'] else ''} op {dnum(c['oogo'])} (lkr, IB). Ouders vroegen extra aandacht voor huiswerk; afgesproken: geen huiswerk rekenen.",
         "inbreng_leerling": f"Gesprek met {n} ({dnum(c['oogo'] - dt.timedelta(days=3))}): \"Ik vind toetsen eng, als iedereen klaar is voel ik me dom.\" {n} wil liever in de stilteruimte toetsen maken. Gevolg: toetsafname in stilteruimte opgenomen bij ondersteuning.",
         "evaluatie": f"Tussenevaluatie met ouders en {n}: {dnum(c['vast'] + dt.timedelta(days=120))}. Eindevaluatie: juni (groepsbespreking + gesprek ouders).",
         "informatie_rechten": "Ouders hebben instemmingsrecht op het handelingsdeel. Niet eens? Bespreek dit eerst met de IB'er. Ook mogelijk: klachtenregeling bestuur, onderwijsconsulenten, Geschillencommissie passend onderwijs (binnen 6 weken na vaststelling).",
         "vaststelling": f"Vastgesteld {dnum(c['vast'])} — {c['dir']} (directeur)",
        }[el]
    if school == "c4":
        return {
         "uitstroombestemming": dest,
         "onderbouwing": c.get("onderb", f"Didactisch niveau (DLE) rekenen en lezen ca. 1,5 jaar achter; IQ-onderzoek {c['yr']-2}: TIQ 96, disharmonisch profiel. ASS en ADHD gediagnosticeerd. Vorige school: 2x schorsing. Ontwikkeling afgelopen jaar positief (minder incidenten)."),
         "belemmerende_factoren": "prikkelgevoelig; wisselingen/onverwachte veranderingen leiden tot escalatie; lage frustratietolerantie; wantrouwen naar volwassenen; slaapproblemen.",
         "bevorderende_factoren": "intelligent; sterke interesse in techniek en computers; eerlijk; goede band met mentor; moeder zeer betrokken.",
         "ondersteuningsbehoefte": "voorspelbare dag; vaste mentor; aankondigen van veranderingen; plek om zich terug te trekken; korte opdrachten met duidelijk eindpunt.",
         "ondersteuning": f"klas met max. 10 lln + onderwijsassistent; 1x p/w gesprek mentor ({c.get('mentor','dhr. F. Jonker')}); prikkelarme werkplek; time-in ruimte bij oplopende spanning (max 15 min); 1x p/2w behandeling door GGZ-behandelaar op school; start per {dnum(c['vast'])}.",
         "afwijkingen_onderwijsprogramma": "lesurenreductie: ma en vr tot 12.30 uur (20 uur p/w), afbouw gepland; vrijstelling MVT-Duits.",
         "doelen": "1) kan bij een aangekondigde verandering binnen 5 min. weer aan het werk (4 van 5 keer, registratie mentor); 2) rekenen: niveau 1F afgerond vóór juni; " + ("3) gaat 2x per week mee naar de gymles zonder incident (registratie vakleerkracht)." if c.get("afw") == "nvt" else "3) lesuren: van 20 naar 24 uur per week vóór de meivakantie."),
         "adviezen_professionals": f"CvB {dnum(c['advdate'])}: voorspelbaarheid vergroten{', vaste time-in afspraken' if c.get('afw') == 'nvt' else ', lesuren stapsgewijs uitbreiden'}. GGZ (Karakter-Noord, behandelaar): psycho-educatie en signaleringsplan. Verwerkt in ondersteuning en doelen.",
         "oogo": f"{dnum(c['oogo'])} OOGO met {c['party_oogo']} en mentor; afspraken lesuren en terugtrekplek besproken; aangepast n.a.v. overleg.",
         "inbreng_leerling": f"gesprek mentor met {n} {dnum(c['oogo'] - dt.timedelta(days=4))}: wil niet apart van de klas werken; wil wel koptelefoon. Aangepast: koptelefoon toegestaan, terugtrekplek alleen op eigen verzoek.",
         "evaluatie": f"evaluatie 2x per schooljaar met {c['party_oogo']}{'' if (c.get('adult') or 'leerling' in c['party_oogo']) else ' en leerling'}; eerstvolgende {dnum(c['vast'] + dt.timedelta(days=140))}; CvB jaarlijks.",
         "informatie_rechten": "Instemmingsrecht handelingsdeel (WEC art. 41a). Bij geen overeenstemming: gesprek directie; onderwijsconsulent; Geschillencommissie passend onderwijs binnen 6 weken na vaststelling.",
         "vaststelling": f"vastgesteld {dnum(c['vast'])} door {c['dir']} (directeur) na advies CvB",
        }[el]
    if school == "vo":
        return {
         "uitstroombestemming": dest,
         "onderbouwing": f"Overgangsrapport leerjaar {c['groep']-1}: voldoende voor alle vakken behalve wiskunde (5,2). Schooladvies basisschool: {c['advies_po']}. Cognitieve capaciteiten passen bij dit niveau (NIO {c['yr']-3}). Belemmering zit vooral in planning en concentratie, niet in niveau.",
         "belemmerende_factoren": f"ADHD (gediagnosticeerd); moeite met plannen en organiseren; vergeet spullen en opdrachten; verzuim in periode 2 ({c['verzuim']} lesuren).",
         "bevorderende_factoren": f"Slim en nieuwsgierig; goed in gesprek; sport 3x per week (voetbal); ouders en mentor hebben goed contact.",
         "ondersteuningsbehoefte": f"{n} heeft structuur nodig bij plannen van huiswerk en toetsen, een vast aanspreekpunt en een rustige plek bij toetsen.",
         "ondersteuning": f"Wekelijks 30 min. coaching door de ondersteuningscoördinator (plannen, agenda); toetsen in het toetslokaal met 20% extra tijd; mentor checkt elke maandag de weekplanning; start {dnum(c['vast'] + dt.timedelta(days=7))}.",
         "afwijkingen_onderwijsprogramma": "Geen. " + n + " volgt het volledige programma van " + c["niveau"] + ".",
         "doelen": f"1. Aan het eind van periode 3 heeft {n} minstens 4 van de 5 weken een complete weekplanning in Magister. 2. Verzuim: maximaal 4 ongeoorloofde lesuren per periode. 3. Wiskunde: gemiddelde ≥ 5,5 aan het eind van het schooljaar.",
         "adviezen_professionals": f"Advies kinder- en jeugdpsychiater (dr. E. Nauta, {dslash(c['advdate'])}): externe structuur bieden, korte feedbacklussen. Overgenomen in de coaching en de weekcheck door de mentor.",
         "oogo": f"Het plan is op {dnum(c['oogo'])} besproken met {c['p1']}, {n} en de mentor ({c['mentor']}). Ouders vroegen om extra tijd bij toetsen; dit is opgenomen.",
         "inbreng_leerling": f"{n} geeft aan: 'Ik wil zelf mijn planning maken, niet dat de mentor het voor me doet.' Daarom maakt {n} de planning zelf en controleert de mentor alleen op maandag.",
         "evaluatie": f"Evaluatie met ouders en {n} na de rapportvergadering van periode 2 en aan het eind van het schooljaar.",
         "informatie_rechten": "Ouders hebben instemmingsrecht op het handelingsdeel. Bij onenigheid: eerst gesprek met de ondersteuningscoördinator; daarna kunnen ouders terecht bij de onderwijsconsulenten of binnen zes weken bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).",
         "vaststelling": f"{dnum(c['vast'])}, {c['dir']} (rector)",
        }[el]
    if school == "pro":
        return {
         "uitstroombestemming": f"Ik ga na school werken. De school verwacht: {dest}.",
         "onderbouwing": f"{n} doet het goed op de stage bij {c['stage']} (beoordeling stagebegeleider: goed). Rekenen en taal op niveau 1F in ontwikkeling. IQ-onderzoek ({c['yr']-4}): TIQ 72. {n} werkt zelfstandig in de praktijkvakken.",
         "belemmerende_factoren": f"Ik vind lezen moeilijk. Ik word snel boos als iemand mij uitlacht. (School: {n} heeft moeite met lange instructies en met kritiek van medeleerlingen; soms te laat op stage.)",
         "bevorderende_factoren": f"Ik kan goed met mijn handen werken. Ik ben altijd op tijd op school. Mijn stagebaas is blij met mij. (School: harde werker, vriendelijk naar klanten.)",
         "ondersteuningsbehoefte": f"Ik heb nodig dat ze het voordoen in plaats van lang uitleggen. Ik wil een vast iemand op stage die ik iets kan vragen.",
         "ondersteuning": f"Jobcoach ({c['ib']}) bezoekt de stage 1x per 2 weken. Taal/rekenen: 2 uur per week in de steunles (dinsdag en donderdag). Mentor voert elke week een kort gesprek over de stage. Vanaf {dnum(c['vast'])}.",
         "afwijkingen_onderwijsprogramma": "Ik werk 2 dagen per week op stage in plaats van in de les (afgesproken programma: 3 dagen school, 2 dagen stage). Geen Engels vanaf leerjaar 3.",
         "doelen": f"Ik wil eind dit schooljaar mijn branchecertificaat {c['cert']} halen. Ik wil 10 weken achter elkaar op tijd zijn op mijn stage. Ik wil rekenen 1F afronden (toets in mei).",
         "adviezen_professionals": f"De jeugdarts (GGD, {dslash(c['advdate'])}) adviseert om de werkdagen niet langer dan 6 uur te maken vanwege vermoeidheid. Dit is overgenomen: stagedagen van 9.00 tot 15.00 uur.",
         "oogo": f"Mijn plan is besproken op {dnum(c['oogo'])} met mijn {('moeder' if c['p1_mother'] else 'vader')}, mijn mentor en mij.",
         "inbreng_leerling": f"Ik wil liever in de groenvoorziening werken dan in de keuken. Ik wil niet dat de jobcoach elke week komt, om de week is genoeg. (School: de stage is daarom gewisseld naar {c['stage']} en de jobcoach komt om de week.)",
         "evaluatie": f"We kijken in {mid(c)} en aan het eind van het schooljaar samen met mijn ouders of het plan goed gaat.",
         "informatie_rechten": "Ouders moeten instemmen met het handelingsdeel. Zijn jullie het niet eens? Praat dan eerst met de mentor of de directeur. Je kunt ook hulp vragen bij een onderwijsconsulent. Binnen 6 weken kun je naar de Geschillencommissie passend onderwijs.",
         "vaststelling": f"Vastgesteld door de directeur, {c['dir']}, op {dnum(c['vast'])}.",
        }[el]

# bevorderend for sbo is in the domain table; provide a flat version for non-table renders
def sbo_flat(rows, col):
    return "; ".join("%s: %s" % (r[0], r[col]) for r in rows if r[col])

# ------------------------------------------------------------- gap texts
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "……………………", "NOG INVULLEN", "xxx", "<invullen>"]

INSTRUCTIONS = {
 "uitstroombestemming": "Vul hier de verwachte uitstroombestemming in (bijv. vmbo-bb, vmbo-kb, praktijkonderwijs).",
 "onderbouwing": "Geef hier aan waarop de verwachte uitstroom is gebaseerd: toetsgegevens, IQ, leerrendement, schoolloopbaan.",
 "belemmerende_factoren": "Noteer de factoren die het onderwijsproces van de leerling belemmeren (leerling, school, thuis).",
 "bevorderende_factoren": "Beschrijf hier de bevorderende factoren / sterke kanten van de leerling en de omgeving.",
 "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften in de vorm: 'Deze leerling heeft ... nodig om ...'.",
 "ondersteuning": "Beschrijf wat, door wie, hoe vaak en vanaf wanneer. Denk aan arrangement, extra instructie, externe hulp.",
 "afwijkingen_onderwijsprogramma": "Indien van toepassing: beschrijf de afwijkingen van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
 "doelen": "Formuleer SMART-doelen voor de komende periode per ontwikkelingsgebied.",
 "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en hoe de school deze heeft verwerkt.",
 "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
 "inbreng_leerling": "Beschrijf hier de mening van de leerling over het plan en wat ermee gedaan is.",
 "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd (minimaal 1x per schooljaar).",
 "informatie_rechten": "Informeer ouders over het instemmingsrecht en de mogelijkheden bij onenigheid.",
 "vaststelling": "Datum vaststelling en naam van degene die het plan vaststelt.",
}

VAGUE = {
 "uitstroombestemming": ["Passend vervolgonderwijs.", "Voortgezet onderwijs, niveau nog niet bekend.", "Zo hoog mogelijk, afhankelijk van de ontwikkeling."],
 "onderbouwing": ["Op basis van de gegevens die bekend zijn.", "Zie het leerlingvolgsysteem.", "Deze verwachting sluit aan bij het beeld van de leerling."],
 "belemmerende_factoren": ["Er zijn enkele factoren die het leren soms lastig maken.", "Zie ondersteuningsbehoefte."],
 "bevorderende_factoren": ["Heeft ook zeker sterke kanten.", "Diverse positieve punten."],
 "ondersteuningsbehoefte": ["Extra ondersteuning waar nodig.", "Heeft behoefte aan begeleiding."],
 "ondersteuning": ["De leerling krijgt extra begeleiding op maat.", "Ondersteuning wordt geboden volgens het ondersteuningsprofiel van de school.", "Indien nodig extra hulp."],
 "afwijkingen_onderwijsprogramma": ["Mogelijk aangepast programma.", "In overleg."],
 "doelen": ["Beter leren rekenen en lezen.", "Verder ontwikkelen op alle gebieden.", "Lekker in zijn/haar vel zitten en groeien."],
 "adviezen_professionals": ["Adviezen zijn meegenomen.", "Er is contact met externe hulpverlening."],
 "oogo": ["Het plan is met ouders besproken.", "Ouders zijn op de hoogte gebracht."],
 "inbreng_leerling": ["De leerling is gehoord.", "Met de leerling is gesproken."],
 "evaluatie": ["Het plan wordt regelmatig geëvalueerd.", "Evaluatie vindt plaats wanneer nodig."],
 "informatie_rechten": ["Bij vragen kunt u contact opnemen met de school.", "Voor vragen kunt u terecht bij de mentor."],
 "vaststelling": ["Vastgesteld door de school."],
}

ZIEBIJLAGE = {
 "adviezen_professionals": ["Zie verslag psychologisch onderzoek (bijlage 3).", "Zie bijlage: advies CvB.", "zie verslag orthopedagoog in dossier"],
 "onderbouwing": ["Zie bijlage 1 (toetsoverzicht).", "Zie leerlingdossier."],
 "ondersteuning": ["Zie groepsplan.", "Zie bijlage 'arrangement'."],
 "doelen": ["Zie groepsplan rekenen en lezen.", "Zie handelingsplan (bijlage 2)."],
 "belemmerende_factoren": ["Zie verslag onderzoek."],
 "bevorderende_factoren": ["Zie groeidocument vorig jaar."],
 "ondersteuningsbehoefte": ["Zie onderwijsbehoeften in het groepsoverzicht."],
 "evaluatie": ["Zie jaarplanning zorg."],
 "informatie_rechten": ["Zie de schoolgids.", "Zie www.kompascollege-fictief.nl/klachten"],
 "uitstroombestemming": ["Zie bijlage (advies VO).", ],
 "oogo": ["Zie gespreksverslag."],
 "inbreng_leerling": ["Zie leerlinggesprek in het dossier."],
}

QUESTIONS = {
 "uitstroombestemming": "Wat is de verwachte uitstroombestemming?",
 "onderbouwing": "Waarop is deze verwachting gebaseerd?",
 "belemmerende_factoren": "Welke factoren belemmeren de ontwikkeling?",
 "bevorderende_factoren": "Welke factoren bevorderen de ontwikkeling?",
 "ondersteuningsbehoefte": "Wat heeft deze leerling nodig?",
 "ondersteuning": "Welke ondersteuning wordt geboden?",
 "doelen": "Aan welke doelen wordt gewerkt?",
 "adviezen_professionals": "Welke adviezen gaven deskundigen?",
 "oogo": "Is het plan met ouders besproken?",
 "inbreng_leerling": "Wat vindt de leerling zelf?",
 "evaluatie": "Wanneer wordt het plan geëvalueerd?",
 "informatie_rechten": "Welke rechten hebben ouders?",
 "afwijkingen_onderwijsprogramma": "Wijkt het programma af van het reguliere programma?",
}
REPEAT = {
 "ondersteuningsbehoefte": "{n} heeft ondersteuning nodig bij {z} ontwikkeling.",
 "doelen": "Er wordt gewerkt aan doelen voor {n}.",
 "ondersteuning": "{n} krijgt de ondersteuning die nodig is.",
 "evaluatie": "Het plan wordt geëvalueerd.",
 "inbreng_leerling": "{n} heeft verteld wat {h} ervan vindt.",
 "bevorderende_factoren": "Er zijn factoren die de ontwikkeling van {n} bevorderen.",
 "belemmerende_factoren": "Er zijn factoren die de ontwikkeling van {n} belemmeren.",
 "onderbouwing": "De verwachting is gebaseerd op de ontwikkeling van {n}.",
 "oogo": "Het plan is met ouders besproken.",
 "adviezen_professionals": "Deskundigen hebben adviezen gegeven.",
 "informatie_rechten": "Ouders hebben rechten.",
 "uitstroombestemming": "De verwachte uitstroombestemming is de uitstroombestemming die past bij {n}.",
}

INBRENG_NO_EFFECT = {
 "po": "{n} zegt dat {h} het leuk vindt op school en graag met de juf werkt.",
 "sbo": "Gesprek met {n}: vindt rekenen moeilijk, gym leuk.",
 "c4": "mening leerling: 'school is saai'.",
 "vo": "{n} is het eens met het plan.",
 "pro": "Ik vind het wel goed zo.",
}
