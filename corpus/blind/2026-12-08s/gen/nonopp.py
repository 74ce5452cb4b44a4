"""Documents that are not OPPs (leaflet, newsletter, blank format, invitation). All invented."""
from layouts import INSTR


def build(kind):
    if kind == "folder-ouders-wat-is-een-opp":
        return [
            ("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
            ("small", "Informatie voor ouders en verzorgers · Samenwerkingsverband Passend Onderwijs De Veenlanden · uitgave 2025"),
            ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de school aan alle kinderen biedt? Dan stelt de school een ontwikkelingsperspectiefplan op, kortweg OPP. In deze folder leest u wat daarin staat en wat uw rol is."),
            ("h", 1, "Wat staat er in een OPP?"),
            ("bullets", ["De te verwachten uitstroombestemming: naar welk type vervolgonderwijs (of werk of dagbesteding) uw kind naar verwachting gaat.",
                         "De onderbouwing daarvan, met de belemmerende en bevorderende factoren die het onderwijs aan uw kind beïnvloeden.",
                         "Het handelingsdeel: welke ondersteuning en begeleiding de school biedt, en eventuele afwijkingen van het onderwijsprogramma.",
                         "Doelen voor de komende periode en wanneer die worden geëvalueerd."]),
            ("h", 1, "Wat is uw rol als ouder?"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig: zonder uw handtekening mag de school die ondersteuning niet zomaar uitvoeren. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en vastleggen wat daarmee is gedaan."),
            ("h", 1, "Niet eens met het plan?"),
            ("p", "Praat eerst met de leerkracht of intern begeleider. Komt u er samen niet uit, dan kunt u contact opnemen met ons ouder- en jeugdsteunpunt (0599-000 000, op werkdagen) of met een onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
            ("h", 1, "Voorbeeld van een tijdlijn"),
            ("table", ["Wanneer", "Wat"], [["Week 1", "Gesprek met ouders en kind over het concept"], ["Binnen 6 weken", "School stelt het OPP vast"],
                                          ["Na vaststelling", "Ouders tekenen voor instemming met het handelingsdeel"], ["Minstens 1x per jaar", "Evaluatie met ouders en kind"]]),
            ("small", "Deze folder is geen ontwikkelingsperspectief en bevat geen afspraken over uw kind."),
        ]
    if kind == "nieuwsbrief-school":
        return [
            ("title", "Nieuwsbrief obs De Klimroos – december"),
            ("p", "Beste ouders en verzorgers,"),
            ("h", 1, "Sinterklaas en kerst"),
            ("p", "Wat was het een gezellig feest! Dank aan de ouderraad voor de versiering. Het kerstdiner is op donderdag 18 december van 17.00 tot 18.30 uur."),
            ("h", 1, "Uit het ondersteuningsteam"),
            ("p", "In januari starten de OPP-gesprekken voor leerlingen met een ontwikkelingsperspectief. U ontvangt hiervoor een persoonlijke uitnodiging. Tijdens het gesprek evalueren we de doelen en kijken we samen met u en uw kind naar de ondersteuning. Sinds dit schooljaar vragen we ook altijd wat uw kind er zelf van vindt."),
            ("p", "Heeft u vragen over passend onderwijs? Onze intern begeleider mw. A. Postma is bereikbaar op maandag en donderdag."),
            ("h", 1, "Luizencontrole"),
            ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u de vlechten en staarten achterwege laten op woensdag 7 januari?"),
            ("h", 1, "Agenda"),
            ("table", ["Datum", "Activiteit"], [["18 dec", "Kerstdiner"], ["19 dec", "Vrij vanaf 12.00 uur"], ["5 jan", "Eerste schooldag"],
                                               ["13 jan", "Studiedag, alle kinderen vrij"]]),
        ]
    if kind == "leeg-format-swv-vo":
        B = [("title", "Ontwikkelingsperspectief [naam leerling]"),
             ("p", "Format ontwikkelingsperspectief Samenwerkingsverband VO Holsterdijk en omstreken. Versie 2025-2026. Verwijder de instructies (cursief) voordat u het document aan ouders geeft."),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Klas", ""), ("Mentor", ""), ("Ondersteuningscoördinator", "")])]
        heads = [("uitstroombestemming", "2. Te verwachten uitstroombestemming"), ("onderbouwing", "3. Onderbouwing"),
                 ("belemmerende_factoren", "4.1 Belemmerende factoren"), ("bevorderende_factoren", "4.2 Bevorderende factoren"),
                 ("ondersteuningsbehoefte", "5. Onderwijs- en ondersteuningsbehoeften"), ("adviezen_professionals", "6. Adviezen van deskundigen"),
                 ("doelen", "7.1 Doelen"), ("ondersteuning", "7.2 Ondersteuning en begeleiding"),
                 ("afwijkingen_onderwijsprogramma", "7.3 Afwijkingen van het onderwijsprogramma"), ("inbreng_leerling", "8. Inbreng van de leerling"),
                 ("oogo", "9. Op overeenstemming gericht overleg"), ("evaluatie", "10. Evaluatie"), ("vaststelling", "11. Vaststelling")]
        for el, h in heads:
            B += [("h", 1, h), ("small", INSTR[el])]
        B += [("h", 1, "12. Instemming ouders met het handelingsdeel"),
              ("checks", [("Akkoord", False), ("Niet akkoord", False)], True),
              ("sig", [("Ouder/verzorger", "", None, "blank"), ("Namens de school", "", None, "blank")]),
              ("h", 1, "13. Als u het niet eens bent"), ("small", INSTR["informatie_rechten"])]
        return B
    if kind == "uitnodiging-opp-gesprek":
        return [
            ("p", "Veenmarke College\nafdeling leerlingondersteuning"),
            ("p", "Aan de ouders/verzorgers van Sem Brinkhuis, klas 2K"),
            ("p", "Veenmarke, 3 november 2025"),
            ("p", "Betreft: uitnodiging gesprek ontwikkelingsperspectief"),
            ("p", "Beste ouders/verzorgers,"),
            ("p", "Graag nodigen wij u en Sem uit voor een gesprek over het ontwikkelingsperspectief (OPP) op dinsdag 11 november 2025 om 15.30 uur, lokaal B1.04. Bij het gesprek zijn de mentor en de ondersteuningscoördinator aanwezig. Het concept-OPP ontvangt u een week van tevoren per e-mail. We bespreken dan samen de verwachte uitstroom, de doelen en de ondersteuning. Wilt u Sem vragen alvast na te denken over wat hem helpt in de les?"),
            ("p", "Kunt u niet op dit tijdstip? Laat het ons dan weten via de mentor."),
            ("p", "Met vriendelijke groet,\n\ndhr. T. Vreugdenhil\nondersteuningscoördinator"),
        ]
    raise ValueError(kind)
