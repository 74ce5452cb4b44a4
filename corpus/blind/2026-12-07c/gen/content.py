# -*- coding: utf-8 -*-
"""Invented pupils, schools and element texts for the blind set.
Every name, school, institution and place here is invented."""

# ---------------------------------------------------------------- persons
# roep, achternaam, geslacht (m/v), geboortedatum, ouder1, ouder2
PERSONS = {
    "p01": ("Sem", "Verhoeckx", "m", "2014-03-11", "mw. L. Verhoeckx-Baarda", "dhr. R. Verhoeckx"),
    "p02": ("Noor", "Tjallema", "v", "2015-07-02", "mw. A. Tjallema", "dhr. J. Tjallema"),
    "p03": ("Lieke", "Brandsema", "v", "2016-01-23", "mw. S. Brandsema", "dhr. P. Brandsema"),
    "p04": ("Milan", "Oudejans", "m", "2017-05-14", "mw. K. Oudejans", None),
    "p05": ("Yara", "Haddad", "v", "2015-09-30", "dhr. K. Haddad", "mw. R. Haddad"),
    "p06": ("Jesse", "Kroeze", "m", "2013-11-19", "mw. D. Kroeze", "dhr. T. Kroeze"),
    "p07": ("Fenna", "Wielinga", "v", "2016-04-08", "mw. M. Wielinga", "dhr. E. Wielinga"),
    "p08": ("Ayoub", "El Ouali", "m", "2014-12-02", "dhr. M. El Ouali", "mw. F. El Ouali"),
    "p09": ("Tess", "Lamberink", "v", "2014-02-17", "mw. H. Lamberink", None),
    "p10": ("Bram", "Hofstede", "m", "2014-06-25", "mw. C. Hofstede", "dhr. W. Hofstede"),
    "p11": ("Hamid", "Rahimi", "m", "2010-08-04", "mw. Z. Rahimi", None),
    "p12": ("Luca", "Dijkgraaf", "m", "2010-01-29", "mw. I. Dijkgraaf", "dhr. G. Dijkgraaf"),
    "p13": ("Sanne", "Ploeger", "v", "2011-10-12", "mw. B. Ploeger", "dhr. N. Ploeger"),
    "p14": ("Mees", "Roelofsen", "m", "2011-04-03", "mw. J. Roelofsen", "dhr. K. Roelofsen"),
    "p15": ("Daan", "Veldkamp", "m", "2009-05-21", "mw. E. Veldkamp", "dhr. H. Veldkamp"),
    "p16": ("Kevin", "Meulenbelt", "m", "2007-02-09", "mw. T. Meulenbelt", "dhr. A. Meulenbelt"),
    "p17": ("Robin", "Schuttelaar", "m", "2009-06-15", "mw. G. Schuttelaar", "dhr. F. Schuttelaar"),
    "p18": ("Ilse", "Kamminga", "v", "2009-09-09", "mw. W. Kamminga", "dhr. R. Kamminga"),
    "p19": ("Zoë", "Van der Ploeg", "v", "2015-02-14", "mw. N. van der Ploeg", "dhr. O. van der Ploeg"),
    "p20": ("Thijs", "Ankersmit", "m", "2014-08-30", "mw. R. Ankersmit", None),
    "p21": ("Amira", "Bensaid", "v", "2016-10-05", "mw. L. Bensaid", "dhr. Y. Bensaid"),
    "p22": ("Olaf", "Smedinga", "m", "2012-12-12", "mw. P. Smedinga", "dhr. D. Smedinga"),
    "p23": ("Evi", "Gerritsma", "v", "2015-06-06", "mw. A. Gerritsma", "dhr. B. Gerritsma"),
    "p24": ("Nikolai", "Petrenko", "m", "2010-03-18", "mw. O. Petrenko", None),
    "p25": ("Jasmijn", "Tuinstra", "v", "2010-11-11", "mw. K. Tuinstra", "dhr. M. Tuinstra"),
    "p26": ("Sven", "Kolthof", "m", "2009-12-01", "mw. D. Kolthof", "dhr. S. Kolthof"),
    "p27": ("Femke", "Ruiters", "v", "2011-04-27", "mw. J. Ruiters", "dhr. L. Ruiters"),
    "p28": ("Rayan", "Azzouzi", "m", "2007-09-03", "mw. S. Azzouzi", "dhr. H. Azzouzi"),
    "p29": ("Marloes", "Bijleveld", "v", "2006-01-20", "mw. E. Bijleveld", "dhr. J. Bijleveld"),
    "p30": ("Kai", "Lenstra", "m", "2009-07-07", "mw. R. Lenstra", "dhr. A. Lenstra"),
    "p31": ("Bo", "Heeringa", "v", "2014-01-15", "mw. C. Heeringa", "dhr. T. Heeringa"),
    "p32": ("Ties", "Wolters", "m", "2015-03-03", "mw. I. Wolters", "dhr. P. Wolters"),
    "p33": ("Selin", "Yıldız", "v", "2015-05-19", "mw. E. Yıldız", "dhr. M. Yıldız"),
    "p34": ("Jort", "Hilbrands", "m", "2013-02-22", "mw. G. Hilbrands", "dhr. K. Hilbrands"),
    "p35": ("Lotte", "Bakkenes", "v", "2011-10-10", "mw. M. Bakkenes", None),
    "p36": ("Gijs", "Overdiep", "m", "2007-11-28", "mw. A. Overdiep", "dhr. R. Overdiep"),
    "p37": ("Wessel", "Pronk", "m", "2010-02-02", "mw. H. Pronk", "dhr. L. Pronk"),
    "p38": ("Rama", "Al-Khatib", "v", "2015-08-21", "mw. H. Al-Khatib", "dhr. O. Al-Khatib"),
    "p39": ("Lana", "Haj Ali", "v", "2016-02-09", "mw. S. Haj Ali", None),
    "p40": ("Jelte", "Hoekstra", "m", "2014-09-17", "mw. A. Hoekstra", "dhr. S. Hoekstra"),
    "p41": ("Farid", "Noori", "m", "2010-04-12", "mw. S. Noori", None),
    "p42": ("Samir", "Haidari", "m", "2009-06-30", "mw. N. Haidari", None),
    "p43": ("Stijn", "Koopmans", "m", "2010-05-05", "mw. E. Koopmans", "dhr. R. Koopmans"),
    "p44": ("Joris", "Wennekes", "m", "2011-01-26", "mw. T. Wennekes", "dhr. B. Wennekes"),
    "p45": ("Niels", "Jurriëns", "m", "2009-03-14", "mw. F. Jurriëns", "dhr. G. Jurriëns"),
    "p46": ("Timo", "Brugman", "m", "2009-08-08", "mw. L. Brugman", None),
    "p47": ("Ricardo", "Mendes", "m", "2009-01-31", "mw. C. Mendes", "dhr. P. Mendes"),
    "p48": ("Naomi", "Zwart", "v", "2006-05-02", "mw. J. Zwart", None),
    "p49": ("Floor", "Meijering", "v", "2015-04-04", "mw. K. Meijering", "dhr. D. Meijering"),
    "p50": ("Ruben", "Slagter", "m", "2013-03-27", "mw. P. Slagter", "dhr. A. Slagter"),
}

# ---------------------------------------------------------------- schools
SCHOOLS = {
    "po1": ("Basisschool De Wilgenhoek", "Oosterlaren", "po"),
    "po2": ("OBS Het Klaverveld", "Haulerwijk-Oost", "po"),
    "po3": ("CBS De Regenboogbrug", "Veldhuizen aan de Dommel", "po"),
    "po4": ("IKC De Zandloper", "Westerbroek", "po"),
    "po5": ("Nieuwkomersgroep IKC Het Palet", "Maasdriel-Noord", "po"),
    "sbo1": ("SBO De Vlonder", "Oosterlaren", "sbo"),
    "sbo2": ("SBO Het Scharnier", "Wijkerbroek", "sbo"),
    "so1": ("SO De Klankkast (cluster 2)", "Hoogeloon-Noord", "so"),
    "so2": ("Zichtlijn school voor slechtziende en blinde leerlingen, afdeling SO", "Huizen-Bergakker", "so"),
    "so3": ("SO De Windwijzer (cluster 4)", "Dalfsen-West", "so"),
    "vo1": ("Het Meerwijck College", "Wijkerbroek", "vo"),
    "vo2": ("ISK Het Anker", "Maasdriel-Noord", "vo"),
    "vo3": ("Veltman Lyceum", "Haulerwijk-Oost", "vo"),
    "vo4": ("Scholengemeenschap De Ossenwaard", "Dalfsen-West", "vo"),
    "pro1": ("Praktijkschool De Werkplaats", "Oosterlaren", "pro"),
    "vso1": ("VSO De Sprong", "Dalfsen-West", "vso"),
    "vso2": ("VSO De Klankkast, afdeling voortgezet", "Hoogeloon-Noord", "vso"),
    "vso3": ("VSO Het Hoefijzer (ZML)", "Wijkerbroek", "vso"),
}
SWV = {
    "po": "Samenwerkingsverband Passend Primair Lage Venen",
    "sbo": "Samenwerkingsverband Passend Primair Lage Venen",
    "vo": "Samenwerkingsverband VO Rivierenvlakte",
    "pro": "Samenwerkingsverband VO Rivierenvlakte",
    "so": "Samenwerkingsverband Passend Primair Lage Venen",
    "vso": "Samenwerkingsverband VO Rivierenvlakte",
}
STAFF = ["mw. drs. E. Hoogterp", "dhr. M. Lindeboom", "mw. S. Kuipers-Alkema", "dhr. J. Doornbos",
         "mw. R. Terpstra", "dhr. H. Zwiers", "mw. A. de Graaf-Nijhof", "dhr. P. Valkema",
         "mw. C. Mulderij", "dhr. W. Sinnige", "mw. L. Oomkes", "dhr. T. Brouwersma"]

AB_VIS = "Zichtlijn Expertisecentrum voor visuele beperkingen (ambulante dienst)"
AB_AUD = "Expertisecentrum De Klankkast, ambulante dienstverlening cluster 2"

# ---------------------------------------------------------------- archetypes
# Texts use {n} (roepnaam), {hij}/{Hij}/{zijn}/{Zijn}/{hem}.
A = {}

A["po_rekenen"] = dict(
    klas="groep 7",
    uitstroom="vmbo-kader (met leerwegondersteuning)",
    po_opts=["praktijkonderwijs", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo"], po_pick=2,
    onderbouwing="Op rekenen ligt {n} ongeveer anderhalf jaar achter (Cito/LVS rekenen-wiskunde M6: V, functioneringsniveau eind groep 5). "
    "Technisch lezen en spelling liggen op niveau (IV en III). Het intelligentieonderzoek van maart 2025 (WISC-V, TIQ 91, "
    "werkgeheugen zwak) past bij dit beeld. De leerrendementsverwachting voor rekenen is 60%, voor taal en lezen 85%. "
    "Daarom verwachten we een uitstroom naar vmbo-kader, met leerwegondersteuning voor rekenen.",
    belem=[("Leren", "Zwak werkgeheugen: {n} vergeet tussenstappen bij meerstappige sommen."),
           ("Leren", "Automatisering van de tafels en splitsingen tot 100 is nog niet voldoende."),
           ("Sociaal-emotioneel", "Faalangst bij rekentoetsen; {hij} klapt dicht bij tijdsdruk."),
           ("Thuis", "Ouders geven aan thuis weinig te kunnen helpen met rekenhuiswerk.")],
    bevord=[("Leren", "Goede technische leesvaardigheid en een rijke woordenschat."),
            ("Werkhouding", "Gemotiveerd en doorzettend als de opdracht haalbaar is."),
            ("Sociaal-emotioneel", "Sterke band met de leerkracht; durft hulp te vragen in de kleine groep."),
            ("Thuis", "Betrokken ouders die wekelijks met school contact hebben.")],
    behoefte="{n} heeft behoefte aan rekeninstructie in kleine stappen met concreet materiaal en een stappenkaart, "
    "aan extra inoefentijd voor de tafels, aan toetsen zonder tijdsdruk en aan een leerkracht die succes zichtbaar maakt.",
    ondersteuning=[("Verlengde instructie rekenen in de instructietafel (eigen leerlijn)", "groepsleerkracht", "4x per week 20 min", "sept. 2025"),
                   ("Remediërende rekenbegeleiding (Met Sprongen Vooruit)", "remedial teacher mw. Oomkes", "2x per week 30 min", "okt. 2025"),
                   ("Gebruik rekenkaart en tafelkaart bij toetsen", "groepsleerkracht", "bij alle rekenlessen", "direct"),
                   ("Oefenen tafels met Rekentuin thuis", "ouders", "3x per week 10 min", "okt. 2025")],
    afw="Voor rekenen-wiskunde volgt {n} vanaf groep 6 een eigen leerlijn op het niveau van eind groep 5; "
    "de einddoelen zijn bijgesteld naar referentieniveau 1F. Voor alle andere vakken volgt {hij} het programma van de groep.",
    doelen=["Eind januari 2026 kent {n} de tafels 1 t/m 10 door elkaar binnen 3 seconden per som (90% goed, tafeltoets).",
            "Eind maart 2026 lost {n} optel- en aftreksommen tot 1000 met tientaloverschrijding zelfstandig op met de stappenkaart (80% goed op de methodetoets).",
            "Eind juni 2026 behaalt {n} op de Cito M/E-toets rekenen een vaardigheidsgroei van minimaal 10 punten."],
    adviezen="De orthopedagoog van het samenwerkingsverband (dhr. Valkema, onderzoek maart 2025) adviseert: instructie in kleine stappen, "
    "visuele ondersteuning, geen tijdsdruk en het aanbod richten op 1F. De school volgt dit advies met de eigen leerlijn en de stappenkaart; "
    "het advies om dyscalculie-onderzoek te doen is niet overgenomen omdat de achterstand verklaard wordt door het zwakke werkgeheugen.",
    inbreng=("{n} zegt: 'Ik vind het niet erg om in het groepje te zitten, maar ik wil niet dat iedereen ziet dat ik een ander boek heb.'",
             "Daarom werkt {n} met dezelfde kaft als de groep en krijgt {hij} de instructie aan de instructietafel in plaats van op de gang."),
)

A["po_ass"] = dict(
    klas="groep 6",
    uitstroom="havo",
    po_opts=["vmbo-basis/kader", "vmbo-gt", "havo", "vwo"], po_pick=2,
    onderbouwing="{n} scoort op alle leergebieden op of boven het gemiddelde (begrijpend lezen I, rekenen II, spelling II). "
    "Uit het psychologisch onderzoek (2024) blijkt een gemiddeld tot bovengemiddeld niveau (TIQ 112). De belemmeringen liggen "
    "in de sociale communicatie en de prikkelverwerking, niet in het leervermogen. We verwachten daarom uitstroom naar havo.",
    belem=[("Sociaal-emotioneel", "Autismespectrumstoornis (diagnose 2023): moeite met onverwachte veranderingen en groepsopdrachten."),
           ("Zintuiglijk", "Snel overprikkeld door geluid in de klas; gaat dan hard praten of loopt weg."),
           ("Werkhouding", "Begint moeilijk aan open opdrachten zonder duidelijk eindproduct.")],
    bevord=[("Leren", "Sterk in rekenen en in feitenkennis; leest veel."),
            ("Werkhouding", "Werkt nauwkeurig als de taak duidelijk is."),
            ("Thuis", "Ouders en school werken nauw samen; vaste overdracht via schriftje."),
            ("Sociaal-emotioneel", "Heeft één vaste vriendin in de klas.")],
    behoefte="{n} heeft behoefte aan voorspelbaarheid (dagplanning op de tafel, vooraf aankondigen van veranderingen), "
    "een prikkelarme werkplek, een vaste maatje bij groepswerk en duidelijke afspraken over wanneer een taak af is.",
    ondersteuning=[("Visueel dagprogramma en aankondiging van veranderingen", "groepsleerkracht", "dagelijks", "sept. 2025"),
                   ("Prikkelarme werkplek en koptelefoon bij zelfstandig werken", "groepsleerkracht", "dagelijks", "sept. 2025"),
                   ("Begeleiding sociale vaardigheden (Ik en de ander)", "onderwijsassistent dhr. Sinnige", "1x per week 45 min", "okt. 2025"),
                   ("Consultatie autismespecialist samenwerkingsverband", "mw. Mulderij", "4x per schooljaar", "okt. 2025")],
    afw=None,
    doelen=["Voor de kerstvakantie 2025 gebruikt {n} bij overprikkeling zelf de time-out-kaart in plaats van weg te lopen (in 4 van de 5 gevallen, turflijst leerkracht).",
            "Eind maart 2026 werkt {n} bij groepsopdrachten 20 minuten samen met haar maatje zonder tussenkomst van de leerkracht.",
            "Eind schooljaar 2025-2026 houdt {n} haar niveau op begrijpend lezen en rekenen vast (minimaal II)."],
    adviezen="De behandelaar van Kinder- en Jeugdpsychiatrie Lage Venen (mw. Kuipers-Alkema) adviseert vaste structuur, het voorbereiden "
    "van overgangen en een rustige plek. De autismespecialist van het samenwerkingsverband adviseert de time-out-kaart. Beide adviezen zijn "
    "overgenomen in het handelingsdeel.",
    inbreng=("{n} heeft in het kindgesprek verteld dat de koptelefoon helpt, maar dat ze het fijn vindt om die zelf te mogen pakken.",
             "Daarom ligt de koptelefoon voortaan in haar la en bepaalt ze zelf wanneer ze hem opzet; dat staat zo in het handelingsdeel."),
)

A["po_visueel_ab"] = dict(
    klas="groep 5",
    uitstroom="havo/vwo",
    po_opts=["vmbo", "havo", "havo/vwo", "vwo"], po_pick=2,
    onderbouwing="{n} heeft een visus van 0,2 (oogaandoening: albinisme, nystagmus). Haar leerresultaten liggen op of boven het landelijk gemiddelde "
    "(DMT I, rekenen I, begrijpend lezen II). Met vergroot materiaal en extra tijd laat ze dezelfde leerontwikkeling zien als haar klasgenoten. "
    "Op grond hiervan verwachten school en ambulant begeleider uitstroom naar havo/vwo.",
    belem=[("Zintuiglijk", "Slechtziendheid (visus 0,2); kan het digibord vanaf haar plaats niet lezen."),
           ("Werkhouding", "Wordt sneller moe door het inspannende kijken; na 11 uur daalt het werktempo."),
           ("Fysiek", "Verblinding bij fel zonlicht; gym buiten is lastig.")],
    bevord=[("Leren", "Goed auditief geheugen; onthoudt uitleg snel."),
            ("Sociaal-emotioneel", "Vrolijk, sociaal, vraagt zelf om hulp."),
            ("Hulpmiddelen", "Kan goed overweg met de iPad met vergroting en de beeldschermloep.")],
    behoefte="{n} heeft behoefte aan vergroot lesmateriaal (minimaal 18 pt), een eigen scherm waarop het digibord wordt gespiegeld, "
    "een plaats met de rug naar het raam, extra verwerkingstijd en korte pauzes om de ogen te laten rusten.",
    ondersteuning=[("Aangepast (vergroot) lesmateriaal en toetsen", "ambulant begeleider Zichtlijn i.s.m. groepsleerkracht", "per blok", "sept. 2025"),
                   ("Ambulante begeleiding: observatie, advies leerkracht, training hulpmiddelen", "ambulant begeleider mw. De Graaf-Nijhof (Zichtlijn)", "1x per 3 weken", "sept. 2025"),
                   ("Spiegeling digibord op iPad", "groepsleerkracht", "dagelijks", "sept. 2025"),
                   ("Oefenen typevaardigheid (blind typen)", "onderwijsassistent", "2x per week 15 min", "jan. 2026")],
    afw=None,
    doelen=["Eind december 2025 gebruikt {n} zelfstandig de spiegeling op de iPad bij iedere instructie aan het digibord (observatie AB).",
            "Eind april 2026 typt {n} 60 aanslagen per minuut met 10 vingers (typcursus, niveau 4 afgerond).",
            "Eind schooljaar leest {n} op de DMT minimaal op niveau II met vergroot materiaal."],
    adviezen="De ambulant begeleider van Zichtlijn adviseert (verslag 12 september 2025) vergroting naar 18 pt, een vaste plek met de rug naar het raam "
    "en het aanleren van blind typen in groep 5. De oogarts adviseert een zonneklep bij buitengym. Alle adviezen zijn opgenomen in het handelingsdeel.",
    inbreng=("{n} zegt dat ze het vervelend vindt dat haar boeken zo groot en dik zijn.",
             "Samen met {n} is afgesproken dat ze haar boeken zoveel mogelijk op de iPad krijgt in plaats van op papier."),
)

A["po_auditief_ab"] = dict(
    klas="groep 4",
    uitstroom="vmbo-gt",
    po_opts=["vmbo-basis/kader", "vmbo-gt", "havo", "vwo"], po_pick=1,
    onderbouwing="{n} heeft een taalontwikkelingsstoornis (TOS), vastgesteld door het Audiologisch Centrum (2023), en een licht gehoorverlies links. "
    "De woordenschat (passief) ligt ruim een jaar achter; rekenen ligt op niveau (II). Technisch lezen komt langzaam op gang (DMT V). "
    "Gezien het niet-talige niveau (SON-R 2025: gemiddeld) en de trage taalontwikkeling verwachten we uitstroom naar vmbo-gt.",
    belem=[("Taal/communicatie", "Begrijpt lange, samengestelde instructies niet; mist informatie in groepsgesprekken."),
           ("Auditief", "Licht gehoorverlies links; rumoer in de klas maakt verstaan moeilijk."),
           ("Sociaal-emotioneel", "Wordt snel boos als {hij} niet begrepen wordt.")],
    bevord=[("Leren", "Rekenen op niveau; goed visueel geheugen."),
            ("Werkhouding", "Harde werker, vraagt na als {hij} iets niet snapt (met pictokaart)."),
            ("Thuis", "Ouders oefenen dagelijks woorden met de woordkaarten.")],
    behoefte="{n} heeft behoefte aan korte, visueel ondersteunde instructies, het voorbewerken van nieuwe woorden (pre-teaching), "
    "een plaats vooraan met het goede oor naar de leerkracht, een ringleiding bij de instructie en controle of de opdracht begrepen is.",
    ondersteuning=[("Pre-teaching woordenschat (nieuwe woorden van de week)", "onderwijsassistent", "2x per week 20 min", "sept. 2025"),
                   ("Ambulante begeleiding cluster 2: leerkrachtbegeleiding en taalbegeleiding {n}", "ambulant begeleider dhr. Zwiers (De Klankkast)", "1x per 2 weken 60 min", "sept. 2025"),
                   ("Gebruik soundfield/ringleiding tijdens instructie", "groepsleerkracht", "dagelijks", "sept. 2025"),
                   ("Logopedie (buiten school, via zorgverzekering)", "logopediepraktijk De Tongval", "1x per week", "lopend")],
    afw=None,
    doelen=["Eind januari 2026 kent {n} 80% van de aangeboden woorden uit thema 3 en 4 van de methode (woordtoets pre-teaching).",
            "Eind maart 2026 voert {n} een instructie van twee stappen zelfstandig uit zonder herhaling (observatie leerkracht, 4 van 5 keer).",
            "Eind schooljaar leest {n} AVI-M4 (DMT-niveau minimaal IV)."],
    adviezen="De ambulant begeleider van De Klankkast adviseert (verslag 2 september 2025) pre-teaching, visualisatie met pictogrammen en een soundfieldsysteem. "
    "De logopedist adviseert dagelijks 10 minuten woordenschatoefening thuis. De school heeft het soundfieldsysteem aangeschaft en de pre-teaching ingeroosterd.",
    inbreng=("{n} heeft met de ambulant begeleider een tekening gemaakt van wat helpt: 'Juf moet naar mij kijken als ze praat.'",
             "Daarom staat in het handelingsdeel dat de leerkracht bij instructie naar {n} gericht praat en {n} vooraan zit."),
)

A["po_nieuwkomer"] = dict(
    klas="nieuwkomersgroep (leeftijd groep 6)",
    uitstroom="vmbo-kader/gt (na doorstroom naar de reguliere groep 7)",
    po_opts=["praktijkonderwijs", "vmbo-basis", "vmbo-kader/gt", "havo/vwo"], po_pick=2,
    onderbouwing="{n} is in maart 2025 vanuit Syrië in Nederland gekomen en heeft in het land van herkomst ongeveer drie jaar onderwijs gevolgd. "
    "Zij leert snel Nederlands: na acht maanden beheerst zij ruim 1.200 woorden (woordenschattoets NT2: 1.240) en leest zij AVI-E3. "
    "Rekenen ligt, met vertaalde opgaven, op het niveau van eind groep 5. De niet-talige intelligentietest (NNI, juni 2025) geeft een "
    "gemiddeld niveau. Op grond van haar leersnelheid in het Nederlands en het rekenniveau verwachten we na de overstap naar groep 7 "
    "een uitstroom naar vmbo-kader/gt. Het perspectief wordt bijgesteld als de taalontwikkeling sneller of langzamer gaat.",
    belem=[("Taal", "Nederlands als tweede taal; schoolse taal (begrippen bij wereldoriëntatie) nog nauwelijks bekend."),
           ("Schoolloopbaan", "Onderbroken schoolloopbaan (ca. 1,5 jaar geen onderwijs tijdens de vlucht)."),
           ("Sociaal-emotioneel", "Schrikt van harde geluiden; soms moe door slecht slapen in de opvanglocatie.")],
    bevord=[("Leren", "Zeer gemotiveerd, leert snel nieuwe woorden; kan goed lezen en schrijven in het Arabisch."),
            ("Sociaal", "Maakt makkelijk contact; helpt nieuwe kinderen in de groep."),
            ("Thuis", "Ouders hechten veel waarde aan onderwijs; vader volgt zelf een taalcursus.")],
    behoefte="{n} heeft behoefte aan intensief NT2-onderwijs met veel visuele ondersteuning, gebruik van de thuistaal als steun, "
    "een rustige en voorspelbare schooldag en een geleidelijke overstap naar de reguliere groep.",
    ondersteuning=[("NT2-onderwijs in de nieuwkomersgroep (methode Horen, zien en schrijven)", "NT2-leerkracht mw. Terpstra", "dagelijks 2 uur", "mei 2025"),
                   ("Meedraaien in reguliere groep 6 bij gym, muziek en rekenen", "leerkracht groep 6", "3 ochtenden per week", "jan. 2026"),
                   ("Tolk (Arabisch) bij oudergesprekken", "tolkencentrum", "bij ieder gesprek", "lopend"),
                   ("Contact met de jeugdverpleegkundige over slapen", "intern begeleider", "6-wekelijks", "okt. 2025")],
    afw="{n} volgt een eigen leerlijn NT2 in plaats van het reguliere taalprogramma van groep 6. Voor wereldoriëntatie en "
    "begrijpend lezen gelden aangepaste doelen tot de overstap naar de reguliere groep.",
    doelen=["Eind maart 2026 beheerst {n} 2.000 woorden (woordenschattoets NT2).",
            "Eind juni 2026 leest {n} AVI-M5 met begrip van eenvoudige zakelijke teksten.",
            "Na de zomervakantie 2026 stroomt {n} volledig door naar groep 7 van IKC Het Palet."],
    adviezen="De jeugdverpleegkundige (GGD) adviseert een vaste rustmoment na de lunch. De NT2-specialist van het samenwerkingsverband "
    "adviseert de thuistaal actief in te zetten (tweetalig woordenboek, Arabische leesboeken). Beide adviezen zijn overgenomen.",
    inbreng=("{n} wil graag bij haar vriendin in groep 6 zitten en zegt dat ze rekenen 'makkelijk' vindt.",
             "Daarom draait zij sinds januari drie ochtenden mee in groep 6, te beginnen met rekenen."),
)

A["sbo_werkgeheugen"] = dict(
    klas="groep 8 (bovenbouwgroep 'De Uilen')",
    uitstroom="vmbo-basis met leerwegondersteuning",
    po_opts=["praktijkonderwijs", "vmbo-basis (lwoo)", "vmbo-kader", "vmbo-gt"], po_pick=1,
    onderbouwing="{n} functioneert op rekenen op eind groep 5 (DLE 25) en op begrijpend lezen op eind groep 5 (DLE 26); technisch lezen "
    "ligt op AVI-E6. Het intelligentieonderzoek (2024) geeft een TIQ van 82 met een zwak werkgeheugen. De leerrendementen van de afgelopen "
    "twee jaar (rekenen 55%, begrijpend lezen 60%) wijzen op uitstroom naar vmbo-basis met leerwegondersteuning; praktijkonderwijs is "
    "besproken maar past niet bij zijn technisch leesniveau.",
    belem=[("Leren", "Zwak werkgeheugen; verliest de draad bij lange teksten en meerstappige opdrachten."),
           ("Werkhouding", "Laag werktempo en snel afgeleid."),
           ("Sociaal-emotioneel", "Negatief zelfbeeld ten aanzien van leren ('ik ben dom').")],
    bevord=[("Praktisch", "Sterk in praktische en technische taken; helpt graag de conciërge."),
            ("Sociaal", "Goed in de groep, geliefd bij klasgenoten."),
            ("Thuis", "Ouders stimuleren hobby's (fietsen repareren) en denken mee.")],
    behoefte="{n} heeft behoefte aan opdrachten in kleine stappen, visuele ondersteuning (stappenplannen), korte werkperiodes met "
    "beweegmomenten, en positieve feedback op inzet om zijn zelfbeeld te versterken.",
    ondersteuning=[("Instructie in subgroep op eigen leerlijn rekenen en begrijpend lezen", "groepsleerkracht", "dagelijks", "aug. 2025"),
                   ("Werken met time-timer en stappenplan", "groepsleerkracht", "dagelijks", "aug. 2025"),
                   ("Training 'Ik kan het!' (zelfbeeld)", "schoolmaatschappelijk werker", "8 bijeenkomsten", "okt. 2025"),
                   ("Voorbereiding overstap VO: meeloopdag en warme overdracht", "intern begeleider", "voorjaar 2026", "feb. 2026")],
    afw="{n} werkt voor rekenen en begrijpend lezen op een eigen leerlijn (eindniveau 1F, niveau eind groep 6). Dit is lager dan het "
    "programma van groep 8.",
    doelen=["Eind januari 2026 maakt {n} breuken- en procentensommen op niveau M6 met 75% goed (methodetoets eigen leerlijn).",
            "Eind april 2026 past {n} bij begrijpend lezen zelfstandig de stappen van het leesplan toe (observatie, 4 van 5 teksten).",
            "Voor de meivakantie 2026 noemt {n} in een gesprek drie dingen waar hij goed in is (zelfbeeldvragenlijst, score verbeterd t.o.v. september)."],
    adviezen="De orthopedagoog van SBO De Vlonder (onderzoek 2024) adviseert een eigen leerlijn met eindniveau 1F en aandacht voor het zelfbeeld. "
    "De schoolmaatschappelijk werker adviseert de training 'Ik kan het!'. Beide zijn opgenomen.",
    inbreng=("{n} zegt dat hij 'later iets met motoren' wil en dat hij bang is dat hij op de middelbare school verdwaalt.",
             "Daarom is een extra meeloopdag op een vmbo-school met de richting mobiliteit gepland en krijgt hij een plattegrond en een maatje in de brugklas."),
)

A["sbo_taal"] = dict(
    year=2024,
    klas="groep 6",
    uitstroom="vmbo-kader",
    po_opts=["praktijkonderwijs", "vmbo-basis", "vmbo-kader", "vmbo-gt"], po_pick=2,
    onderbouwing="{n} heeft ernstige dyslexie (verklaring 2024) en een achterstand in spelling (DLE 14 in groep 6). Rekenen ligt op "
    "niveau eind groep 5. Het capaciteitenonderzoek (2024, TIQ 94) laat een gemiddeld niveau zien. Met compenserende middelen verwachten "
    "we uitstroom naar vmbo-kader.",
    belem=[("Leren", "Ernstige dyslexie: technisch lezen AVI-E4, spelling ver onder niveau."),
           ("Werkhouding", "Vermijdt lees- en schrijftaken; snel moe."),
           ("Sociaal-emotioneel", "Schaamt zich om hardop te lezen.")],
    bevord=[("Leren", "Goed mondeling taalbegrip; vertelt uitgebreid."),
            ("Sociaal", "Creatief en behulpzaam."),
            ("Thuis", "Ouders lezen dagelijks samen met {hem}.")],
    behoefte="{n} heeft behoefte aan compenserende middelen (voorleessoftware, gesproken boeken), dagelijkse intensieve leesinstructie "
    "en een veilige omgeving waarin {hij} niet hardop hoeft voor te lezen voor de groep.",
    ondersteuning=[("Intensieve leesinstructie (RALFI-lezen)", "leesspecialist", "4x per week 20 min", "okt. 2024"),
                   ("Voorleessoftware bij zaakvakken en toetsen", "groepsleerkracht", "dagelijks", "okt. 2024"),
                   ("Spellingaanpak met beperkte woordpakketten", "groepsleerkracht", "dagelijks", "jan. 2025")],
    afw="Voor spelling volgt {n} een eigen leerlijn (aangepaste woordpakketten, einddoel niveau eind groep 6).",
    doelen=["Eind juni 2025 leest {n} AVI-M5 (DMT minimaal 40 woorden per minuut op kaart 3).",
            "Eind juni 2025 schrijft {n} 80% van de woorden uit categorie 1 t/m 6 correct (dictee).",
            "Voor de meivakantie gebruikt {n} zelfstandig de voorleessoftware bij zaakvaktoetsen."],
    adviezen="Het dyslexie-instituut De Letterboog adviseert (behandelverslag december 2024) compenserende software en voortzetting "
    "van de RALFI-aanpak op school. De school heeft beide adviezen overgenomen.",
    inbreng=("{n} wil niet meer voorlezen in de kring.",
             "Afgesproken is dat {hij} alleen voorleest aan de leesspecialist."),
)

A["so_cl2"] = dict(
    klas="SO-groep 7 (taal-spraakgroep)",
    uitstroom="vmbo-kader (regulier voortgezet onderwijs met ambulante begeleiding cluster 2)",
    po_opts=["vso", "vmbo-basis/kader", "vmbo-gt", "havo"], po_pick=1,
    onderbouwing="{n} is doof en heeft sinds het tweede levensjaar een cochleair implantaat (CI) rechts. De communicatie verloopt in "
    "gesproken Nederlands met ondersteuning van NmG-gebaren. Rekenen ligt op niveau eind groep 6 (DLE 46); begrijpend lezen op eind groep 5 "
    "(DLE 36). Het niet-verbale leervermogen is gemiddeld (SON-R, 2024). De taalachterstand is kleiner geworden (woordenschat van -2 SD naar -1,3 SD). "
    "Op grond hiervan verwachten we uitstroom naar vmbo-kader in het reguliere VO met ambulante begeleiding.",
    belem=[("Auditief", "Doof, CI rechts: verstaan in rumoer en groepsgesprekken is zeer moeilijk."),
           ("Taal/communicatie", "Woordenschat en zinsbegrip lopen achter; figuurlijk taalgebruik wordt letterlijk opgevat."),
           ("Sociaal-emotioneel", "Vermoeidheid aan het eind van de dag (luistermoeheid).")],
    bevord=[("Leren", "Goed visueel-ruimtelijk inzicht; rekenen is een sterk vak."),
            ("Communicatie", "Gebruikt gebaren en spraak goed naast elkaar; durft te vragen."),
            ("Thuis", "Ouders volgen een NmG-cursus en oefenen woorden thuis.")],
    behoefte="{n} heeft behoefte aan een kleine groep met goede akoestiek, visuele ondersteuning bij alle instructie, "
    "gerichte woordenschatuitbreiding, gebruik van de FM-apparatuur en rustmomenten om luistermoeheid op te vangen.",
    ondersteuning=[("Onderwijs in kleine taal-spraakgroep (9 leerlingen) met FM-apparatuur", "groepsleerkracht", "dagelijks", "aug. 2025"),
                   ("Individuele logopedie (taalbegrip en zinsbouw)", "logopedist mw. Kuipers-Alkema", "2x per week 30 min", "sept. 2025"),
                   ("Auditieve training met CI", "audiologisch medewerker", "1x per week 30 min", "sept. 2025"),
                   ("Voorbereiding overstap VO (oriëntatie, proefplaatsing)", "intern begeleider", "vanaf jan. 2026", "jan. 2026")],
    afw="{n} volgt voor Engels een aangepast programma (alleen mondelinge basiswoordenschat, geen schriftelijke toetsen). "
    "Voor Nederlands gelden aangepaste tussendoelen (taalleerlijn cluster 2).",
    doelen=["Eind januari 2026 gebruikt {n} 150 nieuwe schoolse woorden uit de woordenlijst actief in een zin (logopedische toets).",
            "Eind maart 2026 haalt {n} bij begrijpend lezen DLE 42 (methodeonafhankelijke toets).",
            "Eind juni 2026 vraagt {n} zelfstandig om herhaling of uitleg als {hij} iets niet verstaan heeft (observatie, 4 van 5 momenten)."],
    adviezen="De commissie voor de begeleiding heeft op 30 september 2025 geadviseerd het uitstroomperspectief vmbo-kader te handhaven, "
    "de logopedie op twee keer per week te houden en in januari te starten met de voorbereiding van de overstap. Het Audiologisch Centrum "
    "adviseert de FM-apparatuur bij alle instructie. De school heeft deze adviezen overgenomen.",
    inbreng=("{n} vertelde met ondersteuning van gebaren dat {hij} naar 'een gewone school met een technieklokaal' wil.",
             "Daarom is in de oriëntatie op het VO een vmbo-school met de richting Bouwen, wonen en interieur opgenomen."),
)

A["so_cl1"] = dict(
    klas="SO-groep 6",
    uitstroom="havo",
    po_opts=["vmbo-gt", "havo", "vwo"], po_pick=1,
    onderbouwing="{n} is blind (lichtperceptie) en leest en schrijft braille. De leerresultaten liggen op niveau: rekenen III, begrijpend "
    "lezen II (aangepaste, auditieve afname), braillesnelheid volgens norm voor blinde leerlingen. Het leervermogen is bovengemiddeld (verbaal). "
    "We verwachten uitstroom naar havo, in het reguliere VO met ambulante begeleiding of op een VO-afdeling van Zichtlijn.",
    belem=[("Visueel", "Blind; alle lesstof moet in braille of digitaal toegankelijk worden gemaakt."),
           ("Mobiliteit", "Zelfstandige oriëntatie in nieuwe gebouwen is nog beperkt."),
           ("Werkhouding", "Langzamer werktempo door tastend lezen.")],
    bevord=[("Leren", "Zeer goed auditief geheugen en taalgevoel."),
            ("Sociaal-emotioneel", "Zelfbewust, kan goed aangeven wat {hij} nodig heeft."),
            ("Hulpmiddelen", "Werkt vaardig met brailleleesregel en schermlezer.")],
    behoefte="{n} heeft behoefte aan lesmateriaal in braille of toegankelijk digitaal formaat, extra tijd (circa 50%), "
    "training in oriëntatie en mobiliteit en verdere training met de schermlezer ter voorbereiding op het VO.",
    ondersteuning=[("Aanpassing lesmateriaal in braille en digitaal", "mediatheek Zichtlijn", "doorlopend", "aug. 2025"),
                   ("Training oriëntatie en mobiliteit", "O&M-specialist dhr. Brouwersma", "1x per week 45 min", "sept. 2025"),
                   ("ICT-training schermlezer en typen", "ICT-trainer", "1x per week 30 min", "okt. 2025")],
    afw="Voor tekenen en handvaardigheid volgt {n} een aangepast programma (tactiel werken); bij gymnastiek gelden aangepaste doelen "
    "(geen balspelen met kleine ballen).",
    doelen=["Eind januari 2026 loopt {n} zelfstandig met de taststok van het klaslokaal naar de gymzaal en de bibliotheek (O&M-observatie).",
            "Eind april 2026 leest {n} 70 woorden per minuut in braille (braillesnelheidstoets).",
            "Eind juni 2026 maakt {n} een werkstuk met de schermlezer zonder hulp van de leerkracht."],
    adviezen="De commissie voor de begeleiding adviseerde op 7 oktober 2025 de O&M-training te intensiveren naar wekelijks en de "
    "ICT-training te starten. De oogarts heeft geen nieuwe adviezen. De adviezen zijn in het handelingsdeel verwerkt.",
    inbreng=("{n} zegt dat {hij} het liefst zelf naar de gymzaal wil lopen 'zoals de anderen'.",
             "Het doel voor oriëntatie en mobiliteit is daarom op de route naar de gymzaal gericht."),
)

A["so_cl4"] = dict(
    klas="SO-groep 'De Storm' (groep 5/6)",
    uitstroom="vso, profiel vervolgonderwijs (vmbo-basis/kader)",
    po_opts=["vso dagbesteding", "vso arbeidsmarktgericht", "vso vervolgonderwijs", "regulier vo"], po_pick=2,
    onderbouwing="{n} heeft ADHD en een hechtingsproblematiek (diagnose 2024). De leerresultaten liggen ongeveer een jaar achter "
    "(rekenen DLE 30, begrijpend lezen DLE 28). Het leervermogen is gemiddeld (WISC-V 2024, TIQ 96). Door de gedragsproblematiek "
    "is een overstap naar het reguliere VO op dit moment niet realistisch; we verwachten uitstroom naar het vso, profiel vervolgonderwijs.",
    belem=[("Gedrag", "Impulsief; reageert fysiek bij conflicten op het plein."),
           ("Werkhouding", "Korte concentratieboog (ca. 10 minuten)."),
           ("Thuis", "Onrustige thuissituatie; jeugdhulp betrokken.")],
    bevord=[("Leren", "Leert snel bij praktische en beweeglijke opdrachten."),
            ("Sociaal", "Heeft een goede band met de groepsleerkracht en de onderwijsassistent."),
            ("Interesse", "Sportief; voetbalt bij een vereniging.")],
    behoefte="{n} heeft behoefte aan een voorspelbare structuur met duidelijke regels, korte taken met beweegmomenten, een vaste "
    "volwassene om op terug te vallen en begeleiding bij conflicten op het plein.",
    ondersteuning=[("Dagstart en dagafsluiting met mentor", "groepsleerkracht", "dagelijks", "aug. 2025"),
                   ("Begeleide pauzes met de gedragsspecialist", "gedragsspecialist", "dagelijks", "aug. 2025"),
                   ("Agressieregulatietraining", "jeugdhulp (in school)", "1x per week", "okt. 2025")],
    afw=None,
    doelen=["Eind december 2025 loopt {n} bij een conflict op het plein weg naar de afgesproken plek (3 van 4 keer, registratie).",
            "Eind maart 2026 werkt {n} 15 minuten zelfstandig aan een taak (observatie).",
            "Eind juni 2026 haalt {n} bij rekenen DLE 36."],
    adviezen="De commissie voor de begeleiding heeft op 23 september 2025 geadviseerd de begeleide pauzes voort te zetten en de agressieregulatietraining "
    "in school te laten plaatsvinden. De jeugdhulpverlener adviseert een vaste overdracht met het gezin. Deze adviezen zijn overgenomen.",
    inbreng=("{n} zegt dat het buitenspelen 'altijd misgaat' en dat {hij} liever met een bal speelt dan met tikkertje.",
             "Daarom is een begeleid voetbalveldje in de pauze afgesproken."),
)

A["vo_isk"] = dict(
    klas="ISK, taalniveaugroep 2",
    uitstroom="vmbo-kader (leerjaar 3), daarna mbo niveau 2/3",
    vo_opts=["entree/mbo niveau 1", "praktijkonderwijs", "vmbo-basis/kader", "vmbo-gt", "havo"], vo_pick=2,
    onderbouwing="{n} kwam in januari 2025 uit Afghanistan naar Nederland; hij heeft daar vijf jaar basisonderwijs gevolgd. Het taalniveau "
    "Nederlands is na tien maanden ISK: luisteren A2, lezen A2, spreken A1+, schrijven A1 (ERK, toetsen oktober 2025). Rekenen ligt op 1F. "
    "De niet-verbale capaciteitentest (NNI, februari 2025) geeft een gemiddeld niveau. Op grond van de taalgroei (ruim één ERK-niveau per "
    "jaar) en het rekenniveau verwachten we dat hij na twee jaar ISK kan instromen in vmbo-kader leerjaar 3.",
    belem=[("Taal", "Beperkte beheersing Nederlands, vooral schrijven (A1)."),
           ("Schoolloopbaan", "Vanaf 12 jaar geen onderwijs gevolgd; weinig ervaring met zelfstandig leren."),
           ("Welbevinden", "Woont zonder vader; zorgen over familie in het land van herkomst.")],
    bevord=[("Motivatie", "Zeer gemotiveerd; wil automonteur worden."),
            ("Leren", "Goed in rekenen en praktische vakken; spreekt Dari en Engels."),
            ("Sociaal", "Goed contact met klasgenoten en mentor.")],
    behoefte="{n} heeft behoefte aan intensief NT2-onderwijs op zijn taalniveau, extra schrijfoefening, oriëntatie op beroepen in "
    "de techniek en een vaste mentor bij wie hij zijn zorgen kwijt kan.",
    ondersteuning=[("NT2-onderwijs in taalniveaugroep 2", "NT2-docenten", "16 uur per week", "jan. 2025"),
                   ("Schrijfondersteuning (schrijfmaatje)", "vrijwilliger via taalhuis", "1x per week 1 uur", "nov. 2025"),
                   ("Loopbaanoriëntatie: snuffelstage autotechniek", "LOB-coördinator", "1 week in maart 2026", "mrt. 2026"),
                   ("Mentorgesprekken welbevinden", "mentor mw. Terpstra", "1x per 2 weken", "sept. 2025")],
    afw="{n} volgt het ISK-programma in plaats van het reguliere programma: het accent ligt op Nederlands als tweede taal; vakken als Frans "
    "en Duits worden niet gegeven.",
    doelen=["Eind maart 2026 schrijft {n} een korte brief of e-mail op niveau A2 (schrijftoets ERK).",
            "Eind juni 2026 leest {n} op niveau A2+/B1 (leestoets ISK).",
            "Voor de zomer 2026 heeft {n} een snuffelstage in de autotechniek gedaan en een verslag gemaakt."],
    adviezen="De orthopedagoog van het samenwerkingsverband adviseert (oktober 2025) de uitstroom naar vmbo-kader na twee jaar ISK te "
    "heroverwegen bij de evaluatie in juni. De jeugdarts adviseert aandacht voor slaap en spanning. De school neemt beide adviezen mee "
    "in de mentorgesprekken en de evaluatie.",
    inbreng=("{n} zegt: 'Ik wil sneller naar een gewone school, ik wil monteur worden.'",
             "Daarom is de snuffelstage naar voren gehaald en wordt in juni bekeken of een eerdere overstap kan."),
)

A["vo_rebound"] = dict(
    klas="vmbo-gt 3 (tijdelijk in Reboundvoorziening De Kering)",
    uitstroom="vmbo-gt (theoretische leerweg), diploma; daarna mbo niveau 4",
    vo_opts=["vmbo-basis", "vmbo-kader", "vmbo-gt", "havo"], vo_pick=2,
    onderbouwing="{n} haalde tot en met leerjaar 2 voldoendes op gt-niveau (gemiddeld 6,4) en de capaciteiten zijn gemiddeld (NIO 2022). "
    "De problemen zijn in leerjaar 3 ontstaan door verzuim en conflicten, niet door het leervermogen. Bij terugkeer naar de school verwachten "
    "we dat {hij} het gt-diploma kan halen.",
    belem=[("Gedrag", "Conflicten met docenten; twee schorsingen in oktober 2025."),
           ("Verzuim", "Ongeoorloofd verzuim van 46 uur in het eerste kwartaal."),
           ("Omgeving", "Negatieve vriendengroep buiten school.")],
    bevord=[("Leren", "Cognitief voldoende voor gt; goede cijfers voor wiskunde."),
            ("Relatie", "Goede band met de begeleider van De Kering en met zijn oom."),
            ("Motivatie", "Wil zijn diploma halen en daarna de opleiding ICT-beheer volgen.")],
    behoefte="{n} heeft behoefte aan een tijdelijk kleine, rustige leeromgeving, een vaste begeleider, duidelijke afspraken over "
    "aanwezigheid en een goed voorbereide terugkeer naar de eigen klas.",
    ondersteuning=[("Plaatsing in Reboundvoorziening De Kering (12 weken, 4 dagen per week)", "begeleiders De Kering", "4 dagen per week", "1 dec. 2025"),
                   ("Eén dag per week les op de eigen school (wiskunde, Nederlands, Engels)", "mentor dhr. Doornbos", "1 dag per week", "1 dec. 2025"),
                   ("Gesprekken met de leerplichtambtenaar", "leerplicht gemeente", "maandelijks", "dec. 2025"),
                   ("Terugkeergesprek en terugkeerplan", "zorgcoördinator", "week 10 van de plaatsing", "feb. 2026")],
    afw="Tijdens de plaatsing in De Kering volgt {n} een aangepast programma: kernvakken en het examenprofiel worden via opdrachten van de "
    "eigen school bijgehouden; praktische vakken (LO, kunstvakken) vervallen tijdelijk.",
    doelen=["Tijdens de plaatsing is {n} minimaal 95% aanwezig (registratie De Kering).",
            "Eind januari 2026 heeft {n} de achterstallige opdrachten van wiskunde en Nederlands ingeleverd.",
            "Uiterlijk 1 maart 2026 is {n} volledig terug in zijn klas met een terugkeerplan."],
    adviezen="De begeleider van De Kering adviseert een geleidelijke terugkeer (eerst 2, dan 4, dan 5 dagen). De jeugdhulpverlener "
    "van het wijkteam adviseert afspraken over schermgebruik thuis. De school neemt de geleidelijke terugkeer over in het terugkeerplan.",
    inbreng=("{n} zegt dat {hij} niet terug wil naar dezelfde klas 'omdat het daar altijd misgaat met meneer X'.",
             "Daarom wordt bij de terugkeer bekeken of {hij} in een parallelklas kan instromen; dat is in het terugkeerplan opgenomen."),
)

A["vo_plus"] = dict(
    klas="havo 3 (deels in de Plusvoorziening De Brug)",
    uitstroom="havo",
    vo_opts=["vmbo-gt", "havo", "vwo"], vo_pick=1,
    onderbouwing="{n} haalt voldoende resultaten op havoniveau (gemiddeld 6,8 in havo 2) en het advies van de basisschool was havo/vwo. "
    "Sinds het voorjaar van 2025 is er sprake van een angststoornis met schoolverzuim. De cognitieve capaciteiten zijn niet het probleem; "
    "bij herstel van de aanwezigheid verwachten we dat {n} het havodiploma haalt.",
    belem=[("Welbevinden", "Angststoornis (diagnose GGZ, juni 2025); paniekaanvallen in drukke ruimtes."),
           ("Aanwezigheid", "Verzuim opgelopen tot 40% in het voorjaar van 2025."),
           ("Leren", "Achterstand bij Frans en scheikunde door gemiste lessen.")],
    bevord=[("Leren", "Goede resultaten bij talen en geschiedenis."),
            ("Hulp", "In behandeling bij de GGZ; ouders zeer betrokken."),
            ("Sociaal", "Twee goede vriendinnen in de klas.")],
    behoefte="{n} heeft behoefte aan een rustige werkplek buiten de drukke klas, een opbouwschema voor aanwezigheid, een vaste "
    "coach, afstemming met de behandelaar en flexibiliteit bij toetsen (uitstel, aparte ruimte).",
    ondersteuning=[("Onderwijs in de Plusvoorziening De Brug (kleine groep, 8 leerlingen)", "docenten en coach De Brug", "3 dagen per week", "sept. 2025"),
                   ("Lessen in de eigen klas volgens opbouwschema", "mentor mw. Oomkes", "2 dagen per week, oplopend", "sept. 2025"),
                   ("Coachgesprekken", "coach De Brug dhr. Lindeboom", "1x per week", "sept. 2025"),
                   ("Afstemming met GGZ-behandelaar", "zorgcoördinator", "1x per 6 weken", "okt. 2025")],
    afw="{n} volgt tijdelijk een verkort rooster (22 lesuren in plaats van 32) en krijgt vrijstelling voor het praktische deel van "
    "lichamelijke opvoeding; zij maakt een vervangende theorieopdracht. Het rooster wordt elke zes weken opgebouwd.",
    doelen=["Eind december 2025 is {n} 80% van de geroosterde uren aanwezig (registratie).",
            "Eind maart 2026 volgt {n} 3 dagen per week lessen in de eigen klas.",
            "Eind juni 2026 heeft {n} de achterstand bij Frans en scheikunde ingehaald (toetsen voldoende)."],
    adviezen="De GGZ-behandelaar (Psychologenpraktijk Het Verschil) adviseert een geleidelijke blootstelling aan de klas en vaste "
    "ontsnappingsmogelijkheden (time-outkaart). De school heeft het opbouwschema hierop afgestemd.",
    inbreng=("{n} wil graag eerst terug naar de lessen van haar favoriete vakken (geschiedenis en Engels).",
             "Het opbouwschema begint daarom met die lessen."),
)

A["vo_visueel_ab"] = dict(
    klas="vwo 4",
    uitstroom="vwo (profiel Cultuur en Maatschappij)",
    vo_opts=["havo", "vwo"], vo_pick=1,
    onderbouwing="{n} is ernstig slechtziend (visus 0,1, gezichtsveldbeperking). {Zijn} resultaten in de onderbouw waren goed (gemiddeld 7,2), "
    "met aangepast materiaal en verlengde toetstijd. De ambulant begeleider en de mentor verwachten dat {hij} het vwo-diploma haalt.",
    belem=[("Visueel", "Visus 0,1 en kokerzien; leest langzaam, ook met vergroting."),
           ("Vermoeidheid", "Raakt oververmoeid bij lange toetsdagen."),
           ("Mobiliteit", "Oriëntatie in het nieuwe gebouw van de bovenbouw nog onzeker.")],
    bevord=[("Leren", "Sterk taalgevoel; goed in talen en geschiedenis."),
            ("Hulpmiddelen", "Werkt zelfstandig met laptop, vergrotingssoftware en spraak."),
            ("Sociaal-emotioneel", "Kan goed voor zichzelf opkomen.")],
    behoefte="{n} heeft behoefte aan digitaal lesmateriaal, toetsen in vergroot formaat of digitaal met 30% extra tijd, een vaste "
    "plaats vooraan en spreiding van toetsen in de toetsweek.",
    ondersteuning=[("Ambulante begeleiding cluster 1 (coaching {n}, advies docenten)", "ambulant begeleider mw. Hoogterp (Zichtlijn)", "1x per 4 weken", "sept. 2025"),
                   ("Digitaal lesmateriaal via de mediatheek", "mediatheek Zichtlijn / teamleider", "per periode", "sept. 2025"),
                   ("Aangepast toetsrooster (max. 2 toetsen per dag)", "examensecretaris", "iedere toetsweek", "okt. 2025")],
    afw="{n} krijgt vrijstelling voor de praktische onderdelen balsporten bij LO; deze worden vervangen door een aangepast programma "
    "(fitness, zwemmen). Voor het PTA zijn de afwijkingen vastgelegd in het examenreglement (aangepaste examens).",
    doelen=["In iedere toetsweek van 2025-2026 maakt {n} zijn toetsen volgens het aangepaste rooster zonder uitval.",
            "Eind januari 2026 vraagt {n} zelf bij iedere docent het digitale materiaal op (evaluatie mentor en AB).",
            "Eind schooljaar zit {n} bij alle vakken op een voortschrijdend gemiddelde van minimaal 6,0."],
    adviezen="De ambulant begeleider van Zichtlijn adviseert (verslag september 2025) een aangepast toetsrooster en een training "
    "oriëntatie in het nieuwe gebouw. De oogarts bevestigt de visus. De school heeft het toetsrooster aangepast; de O&M-training is gepland.",
    inbreng=("{n} vindt het vervelend dat docenten in de klas vragen of hij het 'wel kan zien'.",
             "Afgesproken is dat docenten dit na de les vragen; de AB bespreekt dit in het team."),
)

A["vo_auditief_ab"] = dict(
    klas="vmbo-gt 2",
    uitstroom="vmbo-gt (gemengde/theoretische leerweg)",
    vo_opts=["vmbo-basis", "vmbo-kader", "vmbo-gt", "havo"], vo_pick=2,
    onderbouwing="{n} is ernstig slechthorend en draagt twee hoortoestellen met een solo-apparaat. {Zijn} cijfers in leerjaar 1 waren "
    "voldoende op gt-niveau (gemiddeld 6,5), met uitzondering van Engels (luistervaardigheid). Het advies van de basisschool was vmbo-gt. "
    "We verwachten dat {hij} met ambulante begeleiding het gt-diploma haalt.",
    belem=[("Auditief", "Ernstig slechthorend; mist informatie bij klassengesprekken en luistertoetsen."),
           ("Taal", "Kleinere woordenschat, vooral bij vaktaal."),
           ("Vermoeidheid", "Luistermoeheid aan het eind van lange dagen.")],
    bevord=[("Leren", "Goed in wiskunde en techniek."),
            ("Werkhouding", "Planmatig en zelfstandig."),
            ("Communicatie", "Gebruikt het solo-apparaat consequent en zegt het als iets niet werkt.")],
    behoefte="{n} heeft behoefte aan het gebruik van het solo-apparaat door alle docenten, ondertiteling bij video's, aangepaste "
    "luistertoetsen (met transcriptie of in een aparte ruimte) en het voorbewerken van vaktaal.",
    ondersteuning=[("Ambulante begeleiding cluster 2 (coaching, advies team)", "ambulant begeleider dhr. Zwiers (De Klankkast)", "1x per 3 weken", "sept. 2025"),
                   ("Luistertoetsen Engels met aangepaste afname", "docent Engels", "bij iedere luistertoets", "okt. 2025"),
                   ("Vaktaallijsten per periode", "vakdocenten", "begin iedere periode", "sept. 2025")],
    afw=None,
    doelen=["Eind periode 2 haalt {n} voor Engels een 5,5 of hoger met aangepaste luistertoetsen.",
            "Eind schooljaar gebruiken alle vakdocenten het solo-apparaat (checklist AB, 100%).",
            "Eind maart 2026 kent {n} 80% van de vaktaalwoorden van biologie en economie (woordtoets)."],
    adviezen="De ambulant begeleider van De Klankkast adviseert (verslag 24 september 2025) teamvoorlichting over het solo-apparaat en "
    "aangepaste luistertoetsen. Het Audiologisch Centrum adviseert een rustige plaats weg van de ventilatie. De school voert de "
    "teamvoorlichting op 6 oktober uit en past de toetsen aan.",
    inbreng=("{n} zegt dat ondertiteling het meeste helpt en dat hij niet apart wil zitten bij toetsen als het niet nodig is.",
             "Daarom is afgesproken dat alleen luistertoetsen in een aparte ruimte worden afgenomen."),
)

A["pro"] = dict(
    klas="praktijkonderwijs, leerjaar 3 (stagefase)",
    uitstroom="arbeid: medewerker logistiek (orderpicker) via een leerwerkplek, met de branchecertificaten Logistiek",
    vo_opts=["arbeid", "arbeid met scholing (entree)", "dagbesteding"], vo_pick=0,
    onderbouwing="{n} heeft een TIQ van 72 (WISC-V 2022) en leest op AVI-E5. Op zijn interne stage in het magazijn en de eerste externe "
    "stage bij een groothandel laat hij zien dat hij routinematig werk nauwkeurig uitvoert. De stagebeoordelingen zijn voldoende tot goed. "
    "Daarom verwachten we uitstroom naar arbeid als medewerker logistiek.",
    belem=[("Leren", "Beperkt begrip van geschreven instructies."),
           ("Werkhouding", "Raakt in paniek bij onverwachte veranderingen in het werk."),
           ("Sociaal", "Durft op stage weinig te vragen.")],
    bevord=[("Praktisch", "Nauwkeurig, betrouwbaar en altijd op tijd."),
            ("Motivatie", "Wil graag werken en geld verdienen."),
            ("Thuis", "Ouders steunen de stage en brengen hem naar het werk.")],
    behoefte="{n} heeft behoefte aan werkinstructies met foto's, een vaste werkbegeleider op stage, voorbereiding op veranderingen "
    "en oefenen met vragen stellen.",
    ondersteuning=[("Externe stage groothandel (2 dagen per week)", "stagebegeleider dhr. Valkema", "wekelijks contact", "sept. 2025"),
                   ("Training sociale vaardigheden op de werkvloer", "jobcoach", "1x per week", "okt. 2025"),
                   ("Branchecertificaat orderpicken en heftruck", "praktijkdocent", "lesblok 2 en 3", "nov. 2025")],
    afw=None,
    doelen=["Eind januari 2026 stelt {n} op stage minimaal één keer per dag zelf een vraag aan zijn werkbegeleider (stagebeoordeling).",
            "Eind maart 2026 heeft {n} het branchecertificaat orderpicken behaald.",
            "Eind juni 2026 werkt {n} een hele dag zelfstandig volgens de foto-instructie (beoordeling werkbegeleider)."],
    adviezen="De jobcoach (UWV-traject) adviseert werkinstructies met foto's en een vaste werkbegeleider. De orthopedagoog adviseert "
    "veranderingen een dag van tevoren aan te kondigen. Beide adviezen zijn met het stagebedrijf afgesproken.",
    inbreng=("{n} wil later in het magazijn van de groothandel werken, 'niet in de winkel'.",
             "Daarom is de stageplaats in het magazijn verlengd in plaats van te rouleren naar de winkel."),
)

A["vso_arbeid_adult"] = dict(
    klas="VSO, uitstroomprofiel arbeid, laatste schooljaar",
    uitstroom="arbeidsmarktgericht: werken als medewerker groenvoorziening bij hoveniersbedrijf, met loonkostensubsidie",
    vso_pick=1,
    onderbouwing="{n} werkt sinds twee jaar succesvol op stage bij een hoveniersbedrijf (beoordeling 'goed'); hij heeft het branchecertificaat "
    "groen behaald. Zijn leerniveau (rekenen en taal op 1F-niveau, TIQ 68) past bij eenvoudig uitvoerend werk. Werkgever en jobcoach "
    "zien mogelijkheden voor een dienstverband met loonkostensubsidie.",
    belem=[("Zelfstandigheid", "Moeite met plannen en met geldzaken."),
           ("Sociaal", "Wordt snel beïnvloed door anderen."),
           ("Vervoer", "Kan nog niet zelfstandig met het openbaar vervoer reizen.")],
    bevord=[("Werk", "Harde werker, goed in fysiek werk, zeer gemotiveerd."),
            ("Netwerk", "Steunend netwerk (ouders, broer); goede band met de werkgever."),
            ("Leren", "Leert goed door voordoen en nadoen.")],
    behoefte="{n} heeft behoefte aan een goede overdracht naar werkgever en jobcoach, training in zelfstandig reizen en steun bij "
    "het regelen van geldzaken en uitkering/loonkostensubsidie.",
    ondersteuning=[("Stage bij hoveniersbedrijf (3 dagen per week), overgaand in proefplaatsing", "stagebegeleider mw. Mulderij", "wekelijks", "aug. 2025"),
                   ("Reistraining openbaar vervoer", "reistrainer via gemeente", "10 sessies", "okt. 2025"),
                   ("Regelen loonkostensubsidie en baanafspraak", "trajectbegeleider en UWV", "voor 1 april 2026", "nov. 2025")],
    afw=None,
    doelen=["Eind december 2025 reist {n} zelfstandig met de bus naar het stagebedrijf.",
            "Voor 1 april 2026 is de aanvraag loonkostensubsidie ingediend en is de baanafspraak geregistreerd.",
            "Per 1 juli 2026 heeft {n} een arbeidscontract bij het hoveniersbedrijf."],
    adviezen="De commissie voor de begeleiding adviseerde op 14 oktober 2025 het traject naar een dienstverband voort te zetten en de "
    "nazorg na uitstroom vast te leggen. De jobcoach adviseert de reistraining. Beide adviezen zijn overgenomen.",
    inbreng=("{n} wil na school 'gewoon werken' en niet naar dagbesteding.",
             "Daarom is gekozen voor een proefplaatsing en niet voor een dagbestedingsplek."),
)

A["vso_curatele"] = dict(
    klas="VSO-ZML, groep 'Bovenbouw 3'",
    uitstroom="dagbesteding: arbeidsmatige dagbesteding (kwekerij van zorgboerderij De Hoge Akker), 4 dagen per week",
    vso_pick=2,
    onderbouwing="{n} heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd circa 5 jaar) en epilepsie. Op de interne "
    "werkplek en de stage bij de zorgboerderij laat zij zien dat zij met begeleiding eenvoudige taken (potten vullen, water geven) kan "
    "uitvoeren. Betaald werk is niet haalbaar; arbeidsmatige dagbesteding sluit aan bij wat zij kan en graag doet.",
    belem=[("Cognitief", "Ernstige verstandelijke beperking; begrijpt alleen korte, concrete taal."),
           ("Medisch", "Epilepsie, aanvallen ca. 2x per maand."),
           ("Communicatie", "Spreekt in korte zinnen; gebruikt picto's.")],
    bevord=[("Welbevinden", "Vrolijk en werkt graag buiten."),
            ("Netwerk", "Betrokken curator (zus) en woonbegeleiders."),
            ("Vaardigheden", "Volgt een picto-dagschema zelfstandig.")],
    behoefte="{n} heeft behoefte aan een vaste begeleider, een picto-dagschema, een rustige werkplek buiten en een medisch protocol "
    "voor epilepsie dat ook op de dagbestedingsplek bekend is.",
    ondersteuning=[("Stage zorgboerderij De Hoge Akker (2 dagen per week)", "stagebegeleider en begeleider zorgboerderij", "wekelijks", "sept. 2025"),
                   ("Training dagelijkse vaardigheden (brood smeren, jas aan)", "onderwijsassistent", "dagelijks", "aug. 2025"),
                   ("Overdracht medisch protocol naar de dagbesteding", "schoolverpleegkundige", "voor 1 maart 2026", "jan. 2026")],
    afw="{n} volgt geen vakken maar een individueel programma gericht op zelfredzaamheid en arbeidsmatige vaardigheden "
    "(leerlijnen ZML, niveau uitstroomprofiel dagbesteding).",
    doelen=["Eind januari 2026 vult {n} zelfstandig 20 potten met aarde volgens het picto-stappenplan.",
            "Eind april 2026 trekt {n} zelf haar werkkleding aan (met 1 verbale aanwijzing).",
            "Voor 1 juni 2026 is de overstap naar de dagbesteding geregeld (indicatie Wlz en plaatsing)."],
    adviezen="De commissie voor de begeleiding adviseerde op 21 oktober 2025 uitstroom naar arbeidsmatige dagbesteding en een "
    "overdrachtsgesprek met de zorgboerderij. De neuroloog adviseert het epilepsieprotocol mee te geven. Dit is opgenomen.",
    inbreng=("{n} heeft met picto's laten zien dat ze het liefst 'bij de planten' werkt en niet in de keuken.",
             "Daarom is de stage gericht op de kwekerij en niet op de keuken van de zorgboerderij."),
)

A["vso_vervolg"] = dict(
    year=2024,
    klas="VSO cluster 2, leerjaar 4 (vmbo-kader, examenjaar)",
    uitstroom="vervolgonderwijs: mbo niveau 3, opleiding Medewerker ICT",
    vso_pick=0,
    onderbouwing="{n} is slechthorend met een taalontwikkelingsstoornis. Hij doet in 2025 examen op vmbo-kaderniveau (profiel PIE) en "
    "staat voor alle vakken voldoende. Zijn interesse en stage (ICT-helpdesk) passen bij de opleiding Medewerker ICT op niveau 3.",
    belem=[("Communicatie", "Moeite met begrijpen van mondelinge instructies in groepen."),
           ("Taal", "Beperkte schriftelijke taalvaardigheid (Nederlands 2F nog niet gehaald)."),
           ("Overgang", "Onzeker over de grote mbo-school.")],
    bevord=[("Leren", "Goed in techniek en ICT."),
            ("Werkhouding", "Zelfstandig en betrouwbaar op stage."),
            ("Thuis", "Ouders begeleiden de overstap actief.")],
    behoefte="{n} heeft behoefte aan een warme overdracht naar het mbo, hulpmiddelen (solo-apparatuur) en extra tijd bij examens.",
    ondersteuning=[("Examentraining met verlengde tijd", "mentor", "wekelijks", "sept. 2024"),
                   ("Intake en meeloopdag mbo met AB", "ambulant begeleider", "voorjaar 2025", "jan. 2025"),
                   ("Overdracht naar mbo (incl. aanvraag extra ondersteuning)", "zorgcoördinator", "mei 2025", "mei 2025")],
    afw=None,
    doelen=["Juni 2025 behaalt {n} het vmbo-kaderdiploma.",
            "Voor 1 april 2025 is {n} aangemeld bij de mbo-opleiding Medewerker ICT.",
            "Voor 1 juni 2025 is de overdracht naar het mbo afgerond."],
    adviezen="De commissie voor de begeleiding adviseerde op 5 november 2024 de verlengde examentijd aan te vragen en de overstap "
    "naar het mbo met ambulante begeleiding te laten verlopen. Beide adviezen zijn overgenomen.",
    inbreng=("{n} wil naar het mbo in de stad waar zijn broer ook studeert.", "De aanmelding is daarom bij die mbo-school gedaan."),
)

VSO_PROFILES = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
