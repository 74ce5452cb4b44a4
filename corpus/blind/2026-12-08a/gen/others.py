"""Documents that are not OPPs: a leaflet, a newsletter, an invitation letter."""
from content import fmt_date, add_days


def leaflet(ctx):
    p = ctx.p
    B = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
         ("sub", "Informatie voor ouders - %s" % p.swv),
         ("h1", "Voor wie?"),
         ("p", "Een OPP wordt opgesteld voor leerlingen die extra ondersteuning nodig hebben, bovenop de basisondersteuning "
               "van de school. Op het speciaal (basis)onderwijs en in het praktijkonderwijs heeft iedere leerling een OPP."),
         ("h1", "Wat staat erin?"),
         ("p", "In het OPP staat wat de te verwachten uitstroombestemming van uw kind is, met een onderbouwing. De school "
               "beschrijft de belemmerende en bevorderende factoren, de onderwijsbehoeften, de doelen en de ondersteuning die "
               "uw kind krijgt (het handelingsdeel). Ook staat erin of er wordt afgeweken van het onderwijsprogramma."),
         ("h1", "Wat is uw rol?"),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Met het "
               "handelingsdeel moet u instemmen. Sinds 1 augustus 2025 moet de school ook uw kind horen: wat vindt uw kind "
               "zelf belangrijk? Het OPP wordt minimaal één keer per jaar met u geëvalueerd."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. Kom u er samen niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt van het "
               "samenwerkingsverband of bij de onderwijsconsulenten. U kunt binnen zes weken na vaststelling naar de "
               "Geschillencommissie passend onderwijs."),
         ("table", ["Onderdeel", "Wat betekent het?"],
          [["Perspectiefdeel", "Het verwachte eindniveau en de onderbouwing. Hierover voert de school overleg met u."],
           ["Handelingsdeel", "De concrete ondersteuning en doelen. Hiermee moet u instemmen."],
           ["Evaluatie", "Minimaal jaarlijks, samen met u en uw kind."]]),
         ("p", "Meer weten? Bel het ouder- en jeugdsteunpunt: 0599-123 456 (ma t/m do 9.00-12.00 uur).")]
    return B, {"topbar": p.swv, "footer": "Ouderfolder OPP - uitgave september 2025", "band": "7030A0", "accent": "E4DFEC"}


def newsletter(ctx):
    p = ctx.p
    B = [("title", "Nieuwsbrief %s" % p.school), ("sub", "Nummer 3 - %s" % fmt_date(ctx.date, "long")),
         ("h1", "Van de directie"),
         ("p", "Beste ouders, het schooljaar is goed begonnen. De eerste weken stonden in het teken van de groepsvorming."),
         ("h1", "OPP-gesprekken"),
         ("p", "Voor leerlingen met een ontwikkelingsperspectief (OPP) plannen de intern begeleiders in oktober de gesprekken "
               "met ouders. In dat gesprek bespreken we het verwachte uitstroomniveau, de doelen en de ondersteuning. U "
               "ontvangt hiervoor een aparte uitnodiging. Vanaf dit schooljaar vragen we ook de mening van uw kind."),
         ("h1", "Studiedag"),
         ("p", "Op vrijdag 17 oktober zijn alle leerlingen vrij in verband met een studiedag over het jonge kind."),
         ("h1", "Toestemming foto's"),
         ("p", "Heeft u het AVG-formulier nog niet ingeleverd? Graag vóór 10 oktober bij de leerkracht."),
         ("h1", "Agenda"),
         ("table", ["Datum", "Activiteit"], [["6 okt", "Start Kinderboekenweek"], ["13-17 okt", "OPP-gesprekken"],
                                               ["17 okt", "Studiedag, alle leerlingen vrij"], ["20-24 okt", "Herfstvakantie"]])]
    return B, {"footer": "%s - %s" % (p.school, p.place)}


def invitation(ctx):
    p = ctx.p
    B = [("p", p.school + ", " + p.place), ("p", fmt_date(ctx.date, "long")),
         ("p", "Aan de ouders/verzorgers van %s" % p.name),
         ("p", "Onderwerp: uitnodiging gesprek over het ontwikkelingsperspectief"),
         ("p", "Beste ouders/verzorgers,"),
         ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectief (OPP) van %s op %s om 15.30 uur. "
               "In dit gesprek bespreken we het concept-OPP: het verwachte uitstroomperspectief, de ondersteuning en de doelen. "
               "Wij vragen %s vooraf wat %s zelf belangrijk vindt. Na het gesprek ontvangt u het plan ter instemming." % (
                   p.first, fmt_date(add_days(ctx.date, 14), "long"), p.first, p.hij)),
         ("p", "Kunt u niet op dit tijdstip? Neem dan contact op met %s, intern begeleider." % p.ib),
         ("p", "Met vriendelijke groet,"), ("p", "%s\nintern begeleider" % p.ib)]
    return B, {}


OTHERS = {"folder-ouders": leaflet, "nieuwsbrief": newsletter, "uitnodiging-oogo": invitation}
