# -*- coding: utf-8 -*-
"""Documents around OPPs that are not OPPs (all elements `missing`)."""

def verzuimmelding(c):
    return [("title", "Verzuimmelding leerplicht"),
            ("p", "Melding aan: Regionaal Bureau Leerplicht Haarsloot e.o."),
            ("kv", [("School", "Veldmaas College, locatie Beemdweg, Veldmaas"), ("Melder", "mevr. R. Slingerland, verzuimcoördinator"),
                    ("Leerling", "Jasmijn Hofstede, geb. 14-03-2011, havo 3"), ("Ouders/verzorgers", "dhr. P. Hofstede (vader, bij wie zij woont); mevr. A. Kroes (moeder)"),
                    ("Soort verzuim", "☐ ongeoorloofd verzuim   ☒ langdurig ziekteverzuim / dreigend thuiszitten   ☐ luxe verzuim"),
                    ("Periode", "12-01-2026 t/m heden (6 weken aaneengesloten)"),
                    ("Aantal gemiste uren", "168 lesuren"),
                    ("Acties school", "Gesprekken met vader en moeder (19-01, 02-02), huisbezoek mentor (26-01), aanmelding jeugdarts (verzuimspreekuur 03-02). "
                                      "Een ontwikkelingsperspectiefplan met aangepast rooster is in voorbereiding en wordt besproken met ouders."),
                    ("Betrokken hulpverlening", "Lindehof kinder- en jeugd-GGZ (intake gepland)"),
                    ("Verzoek aan leerplicht", "Deelname aan de thuiszitterstafel van het samenwerkingsverband.")]),
            ("p", "Ouders zijn geïnformeerd over deze melding op 23-02-2026."),
            ("sig", [("verzuimcoördinator", "R. Slingerland", "23-02-2026", "w.g. R. Slingerland")])], \
           dict(footer="Verzuimmelding – vertrouwelijk – gegevens worden verwerkt conform de AVG", header="DUO-verzuimregister: meldingsnr. 2026-0412")

def thuiszitterstafel(c):
    return [("title", "Verslag thuiszitterstafel"), ("p", "Samenwerkingsverband VO Haarsloot – Veldmaas, overleg van 10 maart 2026"),
            ("kv", [("Aanwezig", "voorzitter (SWV), leerplichtambtenaar, jeugdarts GGD, ondersteuningscoördinator Veldmaas College, "
                                 "moeder, vader, consulent Ouder- en Jeugdsteunpunt, gedragswetenschapper Lindehof"),
                    ("Jongere", "J.H. (15 jaar), havo 3, thuis sinds 12 januari 2026"),
                    ("Notulist", "secretariaat SWV")]),
            ("h1", "1. Situatie"),
            ("p", "Jongere is sinds januari niet op school. Er is sprake van depressieve klachten; de intake bij Lindehof heeft plaatsgevonden, behandeling start in april. "
                  "Ouders (gescheiden) zijn beiden aanwezig en willen samen optrekken."),
            ("h1", "2. Bespreking"),
            ("p", "De jeugdarts adviseert een opbouw van 8 uur per week. School geeft aan een OPP op te stellen met een opbouwrooster en online lessen. "
                  "Moeder vraagt om een vaste contactpersoon. Het Ouder- en Jeugdsteunpunt wijst ouders op hun instemmingsrecht op het handelingsdeel."),
            ("h1", "3. Afspraken"),
            ("table", [["Afspraak", "Wie", "Wanneer"],
                       ["OPP met opbouwrooster opstellen en bespreken met ouders en jongere", "ondersteuningscoördinator", "voor 1 april"],
                       ["Vrijstelling/aanpassing onderwijstijd afstemmen", "leerplichtambtenaar", "voor 1 april"],
                       ["Start behandeling", "Lindehof", "april"],
                       ["Terugkoppeling aan de thuiszitterstafel", "voorzitter", "12 mei 2026"]]),
            ("p", "Volgende bespreking: 12 mei 2026.")], dict(footer="Verslag thuiszitterstafel – niet verspreiden buiten de betrokkenen", header="")

def brief_rooster(c):
    return [("letterhead", "OBS De Vlinderhof\nPluimgracht 12\n1234 AB Broekhaven"),
            ("p", "Aan de ouders van Milan Verhoef"), ("p", "Broekhaven, 6 oktober 2025"),
            ("p", "Betreft: tijdelijk aangepast rooster"),
            ("p", "Beste ouders,"),
            ("p", "Zoals besproken in ons gesprek van 2 oktober gaat Milan vanaf maandag 13 oktober tijdelijk naar school volgens een aangepast rooster: "
                  "iedere ochtend van 8.30 tot 12.00 uur. Op woensdag blijft hij de hele ochtend. Dit rooster duurt maximaal zes weken. "
                  "De leerplichtambtenaar van de gemeente Broekhaven is hiervan op de hoogte gebracht."),
            ("p", "In de komende weken stellen wij samen met u en het jeugdteam een ontwikkelingsperspectiefplan (OPP) op. Daarin beschrijven we welke ondersteuning Milan krijgt "
                  "en hoe we het rooster weer opbouwen. U ontvangt het concept vóór het volgende gesprek; u heeft instemmingsrecht op het handelingsdeel."),
            ("p", "Heeft u vragen, neem dan contact op met juf Anouk of met mij."),
            ("p", "Met vriendelijke groet,"), ("p", "Y. Kramer, intern begeleider")], dict(footer="OBS De Vlinderhof – onderdeel van Stichting Primair Onderwijs Broekhaven-Lindewijk", header="")

def folder(c):
    return [("title", "Wat is een OPP?"), ("p", "Informatie voor ouders – Ouder- en Jeugdsteunpunt Samenwerkingsverband Passend Onderwijs Broekhaven-Lindewijk"),
            ("h1", "Waarom een ontwikkelingsperspectiefplan?"),
            ("p", "Heeft uw kind extra ondersteuning nodig, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat welke uitstroombestemming de school verwacht, "
                  "waarom, wat uw kind belemmert en helpt, en welke ondersteuning de school biedt."),
            ("h1", "Wat staat er in een OPP?"),
            ("ul", ["de te verwachten uitstroombestemming en de onderbouwing daarvan", "belemmerende en bevorderende factoren",
                    "het handelingsdeel: doelen, ondersteuning en eventuele afwijkingen van het programma", "de mening van uw kind (sinds 1 augustus 2025 verplicht)",
                    "wanneer het plan wordt geëvalueerd"]),
            ("h1", "Uw rechten"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). U heeft instemmingsrecht op het handelingsdeel. "
                  "Bent u het niet eens, dan kunt u binnen zes weken na vaststelling naar de Geschillencommissie passend onderwijs. "
                  "Ook een onderwijsconsulent kan gratis helpen."),
            ("h1", "Contact"), ("p", "Ouder- en Jeugdsteunpunt: spreekuur dinsdag en donderdag 9.00-12.00 uur, ouderpunt@swv-broekhaven.example")], \
           dict(footer="Folder 'Wat is een OPP?' – uitgave 2025", header="")

def nieuwsbrief(c):
    return [("title", "Nieuwsbrief SBO De Boomgaard – november 2025"),
            ("h2", "Van de directie"), ("p", "Wat fijn dat zoveel ouders op de ouderavond waren! We hebben gesproken over de nieuwe plannen voor het schoolplein."),
            ("h2", "OPP-gesprekken"), ("p", "In de weken van 17 en 24 november vinden de OPP-gesprekken plaats. U ontvangt vooraf het concept-OPP van uw kind. "
                   "Sinds dit schooljaar vragen we ook de kinderen zelf wat zij van hun plan vinden; uw kind vult daarvoor met de leerkracht een 'ik-blad' in."),
            ("h2", "Zorgboerderij"), ("p", "Een aantal leerlingen gaat op vrijdag naar Zorgboerderij 't Klaverhof. In december mogen alle groepen een kijkje nemen."),
            ("h2", "Agenda"), ("ul", ["21 november: studiedag, alle leerlingen vrij", "5 december: Sinterklaasviering", "19 december: kerstdiner"])], dict(footer="", header="")

def vrijstelling(c):
    return [("letterhead", "Gemeente Haarsloot\nAfdeling Leerplicht\nPostbus 120, Haarsloot"),
            ("p", "Aan: mevr. L. Dekker (curator) en mevr. N. Dekker"), ("p", "Haarsloot, 3 september 2025"),
            ("p", "Onderwerp: gedeeltelijke vrijstelling van geregeld schoolbezoek – besluit"),
            ("p", "Geachte mevrouw Dekker,"),
            ("p", "Naar aanleiding van het verzoek van VSO De Steiger besluit ik, op grond van artikel 11 onder g van de Leerplichtwet 1969 (gewichtige omstandigheden) "
                  "en in overleg met de jeugdarts, dat Noor twee dagen per week (donderdag en vrijdag) is vrijgesteld van geregeld schoolbezoek, "
                  "voor de duur van dit schooljaar, ten behoeve van dagbesteding op Zorgboerderij 't Klaverhof."),
            ("p", "De school legt de afspraken vast in het ontwikkelingsperspectiefplan. Dit besluit wordt na zes maanden geëvalueerd."),
            ("p", "Bezwaar: binnen zes weken na dagtekening kunt u bezwaar maken bij het college van burgemeester en wethouders."),
            ("p", "Met vriendelijke groet,"), ("p", "namens de leerplichtambtenaar, F. Overdijk")], dict(footer="Kenmerk LP/2025/0893", header="")

def mdo(c):
    return [("title", "Verslag multidisciplinair overleg (MDO)"),
            ("kv", [("Leerling", "Kees Brouwer, groep Oranje"), ("Datum", "14-10-2025"),
                    ("Aanwezig", "leerkracht, gedragsspecialist, groepsleider De Duinen, gezinsvoogd, moeder, schoolarts")]),
            ("h2", "Bespreekpunten"),
            ("ul", ["Incidenten sinds de zomer: 6, waarvan 2 fysiek; meeste op maandag na het weekendbezoek.", "Moeder vraagt of het korter rooster kan stoppen.",
                    "Gezinsvoogd: rechtbank verlengt OTS met een jaar."]),
            ("h2", "Afspraken"),
            ("ul", ["School stelt het OPP bij en bespreekt dit met ouders op 28-10.", "Groepsleider stuurt het signaleringsplan naar school.", "Volgende MDO: 13-01-2026."]),
            ("p", "Verslag: gedragsspecialist")], dict(footer="SO De Kaap – MDO-verslag", header="")

def avg(c):
    return [("title", "Toestemmingsformulier gegevensdeling en beeldmateriaal"),
            ("p", "CBS Het Kompas, Lindewijk – schooljaar 2025-2026"),
            ("kv", [("Naam leerling", "Fleur van Dalen"), ("Groep", "5")]),
            ("p", "Wij vragen uw toestemming voor het delen van gegevens met externe partners en voor het gebruik van beeldmateriaal."),
            ("check", [(True, "Ik geef toestemming om gegevens te delen met het jeugdteam in het kader van de ondersteuning"),
                       (True, "Ik geef toestemming voor foto's in de schoolgids"), (False, "Ik geef toestemming voor foto's op sociale media")]),
            ("sig", [("ouder/verzorger", "mevr. S. van Dalen", "08-09-2025", "w.g. S. van Dalen")])], dict(footer="Toestemming AVG – bewaartermijn 1 schooljaar", header="")

NONOPP = {"verzuimmelding": verzuimmelding, "thuiszitterstafel-verslag": thuiszitterstafel, "brief-aangepast-rooster": brief_rooster,
          "ouderfolder": folder, "nieuwsbrief": nieuwsbrief, "vrijstellingsbesluit": vrijstelling, "mdo-verslag": mdo, "avg-toestemming": avg}
