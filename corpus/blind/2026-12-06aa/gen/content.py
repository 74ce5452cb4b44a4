# -*- coding: utf-8 -*-
"""Element content for the blind OPP set: text per element, status and variant.

Every function returns a list of blocks:
  ("p", text) | ("table", header|None, rows) | ("ticks", [(label, checked)])
  ("field", label, value) | ("sig", [(role, name, date, signed)]) | ("small", text)
Variants whose name starts with P give a `present` element, I `incomplete`,
N `not_applicable`, M `missing` (the caller drops the element).
All names, schools and places are invented.
"""

E = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
     "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
     "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
     "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def dshort(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def den(d):
    y, m, dd = d
    return f"{dd} {MONTHS_EN[m-1]} {y}"


def addd(d, days):
    """Add days to a (y, m, d) date without the clock."""
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


# ---------------------------------------------------------------- destinations per school type
DEST = {
    "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
           "vmbo kaderberoepsgerichte leerweg",
           "vmbo gemengde/theoretische leerweg",
           "praktijkonderwijs"],
    "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo",
            "vmbo kaderberoepsgerichte leerweg"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (richting vmbo-kader)",
           "vso, uitstroomprofiel arbeidsmarktgericht",
           "praktijkonderwijs met ambulante begeleiding"],
    "vo": ["vmbo-kaderdiploma (profiel Zorg en Welzijn), daarna mbo niveau 3",
           "havodiploma, daarna hbo",
           "vmbo-gt-diploma, daarna mbo niveau 4 (ICT)",
           "vmbo-basisdiploma (Bouwen, Wonen en Interieur), daarna mbo niveau 2"],
    "pro": ["arbeidsmarkt: regulier werk in de groenvoorziening, met branchecertificaat en Entree-diploma",
            "arbeidsmarkt: werk als medewerker logistiek (orderpicker) met loonkostensubsidie",
            "mbo Entree-opleiding (niveau 1), richting horeca"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: werk als medewerker magazijn bij een reguliere werkgever, met jobcoach",
            "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Dienstverlening)",
            "uitstroomprofiel dagbesteding: belevingsgerichte dagbesteding in een activiteitencentrum"],
}


def C(ctx, key):
    return ctx[key]


# ---------------------------------------------------------------- element builders (Dutch)

def uitstroombestemming(v, c):
    n = c["name"]
    d = c["dest"]
    if v == "P":
        return [("p", f"Verwachte uitstroombestemming: {d}.")]
    if v == "P_field":
        return [("field", "Uitstroombestemming", d)]
    if v == "P_refniv":
        return [("p", f"Verwacht eindniveau eind groep 8: technisch lezen 2F, begrijpend lezen 1F, "
                      f"taalverzorging 1F, rekenen 1F (niet 1S). Daarbij past als uitstroombestemming: {d}.")]
    if v == "P_vso_tick":
        profs = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        sel = [p for p in profs if p in d][0]
        return [("ticks", [(p, p == sel) for p in profs]),
                ("p", f"Toelichting: {d}.")]
    if v == "I_refniv_only":
        return [("p", "Verwacht eindniveau: technisch lezen 2F, begrijpend lezen 1F, taalverzorging 1F, "
                      "rekenen onder 1F.")]
    if v == "I_groep_only":
        return [("p", f"{n} zal naar verwachting uitstromen op eindniveau groep 6 voor rekenen en "
                      "begin groep 7 voor begrijpend lezen.")]
    if v == "I_leerjaar_only":
        return [("p", "Verwachte eindniveau: rekenen en Engels op het niveau van leerjaar 2 vmbo-basis; "
                      "Nederlands leerjaar 3.")]
    if v == "I_placeholder":
        return [("p", "Uitstroombestemming: n.t.b. (na afname NIO in groep 8)")]
    if v == "I_untick":
        return [("ticks", [("vervolgonderwijs", False), ("arbeidsmarktgericht", False),
                           ("dagbesteding", False)]),
                ("p", "Toelichting: ...")]
    if v == "I_instr":
        return [("p", "[Vul hier het uitstroomniveau in: praktijkonderwijs / vmbo-b / vmbo-k / vmbo-gt / "
                      "havo / vwo. Kies één niveau.]")]
    if v == "I_ref":
        return [("p", "Zie perspectiefdeel in het groeidocument (hoofdstuk 2).")]
    raise KeyError(v)


def onderbouwing(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        return [("p", f"Op de methodeonafhankelijke toetsen van januari en juni scoort {n} voor rekenen en "
                      f"begrijpend lezen op niveau V, voor technisch lezen op niveau III. Het leerrendement "
                      f"rekenen over de afgelopen twee jaar is 55%, voor begrijpend lezen 60%. Uit het "
                      f"intelligentieonderzoek ({c['iqyear']}, WISC-V) komt een totaal-IQ van {c['iq']} "
                      f"(90%-betrouwbaarheidsinterval {c['iq']-5}-{c['iq']+6}); het werkgeheugen is zwak. "
                      f"Met deze groei en dit profiel verwachten wij dat {z} het genoemde niveau haalt; "
                      f"een hoger niveau is gezien de vertraging van ruim twee jaar niet haalbaar.")]
    if v == "P_table":
        return [("p", "Onderbouwing op grond van toetsgegevens (DL = didactische leeftijd in maanden, "
                      "DLE = didactische leeftijdsequivalent, LR = leerrendement):"),
                ("table", ["Vakgebied", "DL", "DLE", "LR", "Verwacht eindniveau"],
                 [["Technisch lezen", str(c["dl"]), str(c["dl"] - 12), f"{int(100*(c['dl']-12)/c['dl'])}%", "1F"],
                  ["Begrijpend lezen", str(c["dl"]), str(c["dl"] - 20), f"{int(100*(c['dl']-20)/c['dl'])}%", "onder 1F"],
                  ["Spelling", str(c["dl"]), str(c["dl"] - 14), f"{int(100*(c['dl']-14)/c['dl'])}%", "1F"],
                  ["Rekenen-wiskunde", str(c["dl"]), str(c["dl"] - 22), f"{int(100*(c['dl']-22)/c['dl'])}%", "onder 1F"]]),
                ("table", ["Onderzoek", "Datum", "Uitkomst"],
                 [["WISC-V", c["iqyear"], f"TIQ {c['iq']} (range {c['iq']-6}-{c['iq']+5}), VBI 88, WGI 74"],
                  ["Sociaal-emotioneel (ZIEN!)", c["iqyear"], "welbevinden en betrokkenheid voldoende"]]),
                ("p", f"Met een leerrendement onder de 75% op de hoofdvakken en een IQ in de range "
                      f"{c['iq']-6}-{c['iq']+5} past de genoemde uitstroombestemming bij {n}.")]
    if v == "P_table_bare":
        # scores only, no closing sentence: a table of this child's test results is itself an onderbouwing
        return [("table", ["Toets", "Afname", "Score", "DLE", "LR"],
                 [["Rekenen-Wiskunde M", "jan", "V", str(c["dl"] - 21), "58%"],
                  ["Begrijpend lezen M", "jan", "IV", str(c["dl"] - 15), "70%"],
                  ["DMT", "jan", "III", str(c["dl"] - 9), "82%"],
                  ["IQ (NIO)", c["iqyear"], f"{c['iq']}", "-", "-"]])]
    if v == "P_vso":
        return [("p", f"{n} werkt op de leerlijnen van het vso op het niveau van ongeveer eind groep 5. "
                      f"Tijdens de interne stage in de kantine en de externe snuffelstage bij een "
                      f"tuincentrum werkte {z} zelfstandig aan korte, vaste taken en hield {z} een halve dag vol. "
                      f"Het psychodiagnostisch onderzoek ({c['iqyear']}) geeft een TIQ van {c['iq']}. "
                      f"Daarom is het gekozen profiel haalbaar; het profiel vervolgonderwijs is gezien "
                      f"het tempo van leren niet realistisch.")]
    if v == "P_pro":
        return [("p", f"{n} heeft een IQ van {c['iq']} (NIO, {c['iqyear']}) en een leerachterstand van "
                      f"meer dan drie jaar op rekenen en lezen (DLE rekenen {c['dl']-30} bij DL {c['dl']}). "
                      f"In de praktijklessen groen laat {z} zien dat {z} met een vaste werkvolgorde zelfstandig "
                      f"kan werken; de stagebegeleider beoordeelt werkhouding en tempo als voldoende voor "
                      f"regulier werk met begeleiding.")]
    if v == "I_vague":
        return [("p", f"Gezien de ontwikkeling van {n} tot nu toe verwachten wij dat dit de passende "
                      f"uitstroombestemming is.")]
    if v == "I_generic":
        return [("p", "De uitstroombestemming wordt bij alle leerlingen onderbouwd met gegevens uit het "
                      "leerlingvolgsysteem en het drempelonderzoek.")]
    if v == "I_ref":
        return [("p", "Zie het toetsoverzicht in het leerlingvolgsysteem.")]
    if v == "I_placeholder":
        return [("p", "Onderbouwing: nog aanvullen na de M-toetsen.")]
    if v == "I_heading":
        return []
    if v == "I_table_empty":
        return [("table", ["Vakgebied", "DL", "DLE", "LR", "Verwacht eindniveau"],
                 [["Technisch lezen", "", "", "", ""], ["Begrijpend lezen", "", "", "", ""],
                  ["Spelling", "", "", "", ""], ["Rekenen-wiskunde", "", "", "", ""]])]
    raise KeyError(v)


def belemmerende_factoren(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        return [("p", f"{n} heeft een zwak werkgeheugen en raakt snel de draad kwijt bij instructies met "
                      f"meerdere stappen. Bij toetsen is er faalangst; {z} stopt dan met werken. "
                      f"Thuis is er sinds de scheiding van de ouders weinig rust om te lezen.")]
    if v == "P_list":
        return [("p", "- trage verwerkingssnelheid (WISC-V VSI 76)"),
                ("p", "- moeite met plannen en starten van een taak"),
                ("p", f"- snel overprikkeld in grote groepen; {z} trekt zich dan terug")]
    if v == "I_placeholder":
        return [("p", "...")]
    if v == "I_todo":
        return [("p", "nog aanvullen (IB)")]
    if v == "I_heading":
        return []
    if v == "I_instr":
        return [("p", "Beschrijf de factoren die de ontwikkeling van de leerling belemmeren "
                      "(leerling, onderwijs, thuis).")]
    raise KeyError(v)


def bevorderende_factoren(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        return [("p", f"{n} is gemotiveerd en vraagt hulp als {z} vastloopt. Praktisch werken gaat goed. "
                      f"De ouders zijn betrokken en oefenen thuis met lezen. {n} voetbalt bij een club "
                      f"en heeft daar vrienden.")]
    if v == "P_list":
        return [("p", "- sterk in praktisch en visueel werk"),
                ("p", "- behulpzaam en sociaal in kleine groepjes"),
                ("p", "- werkt goed met een vaste dagplanning")]
    if v == "I_generic":
        return [("p", "Onze school biedt een veilig pedagogisch klimaat, kleine groepen en een vaste "
                      "dagstructuur voor alle leerlingen.")]
    if v == "I_placeholder":
        return [("p", "n.t.b.")]
    if v == "I_heading":
        return []
    raise KeyError(v)


def ondersteuningsbehoefte(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        return [("p", f"{n} heeft nodig: een leerkracht die de instructie in kleine stappen aanbiedt en "
                      f"controleert of {z} de opdracht begrepen heeft; extra leertijd voor rekenen; een "
                      f"rustige werkplek; vooraf weten wat er gaat gebeuren. De school kan hierin voorzien "
                      f"met de verlengde instructie in de eigen groep en de inzet van de onderwijsassistent.")]
    if v == "P_list":
        return [("p", f"{n} heeft behoefte aan:"),
                ("p", "- korte opdrachten met een duidelijke start en eind"),
                ("p", "- een vaste begeleider bij overgangsmomenten"),
                ("p", "- visuele ondersteuning (pictogrammen, dagschema)"),
                ("p", "Deze behoeften kunnen binnen de groep worden geboden met de extra inzet hieronder.")]
    if v == "I_instr":
        return [("p", "[Beschrijf hier wat de leerling nodig heeft op het gebied van instructie, leertijd, "
                      "materialen, begeleiding en de fysieke omgeving.]")]
    if v == "I_generic":
        return [("p", "Elk kind heeft behoefte aan een veilige leeromgeving, duidelijke afspraken en een "
                      "leerkracht die vertrouwen geeft.")]
    if v == "I_placeholder":
        return [("p", "Klik of tik om tekst in te voeren.")]
    raise KeyError(v)


def _support_rows(c):
    t = c["type"]
    if t in ("po", "sbo", "so"):
        return [["Pre-teaching rekenen (tafels, splitsen)", "onderwijsassistent mw. " + c["oa"], "3x per week 20 min", dshort(c["start"])],
                ["Leesbegeleiding met RALFI-aanpak", "remedial teacher", "2x per week 30 min", dshort(c["start"])],
                ["Time-out plek en vaste check-in bij binnenkomst", "groepsleerkracht", "dagelijks", dshort(c["start"])]]
    if t in ("vo", "pro"):
        return [["Coaching op planning en huiswerk", "mentor " + c["mentor"], "1x per week 30 min", dshort(c["start"])],
                ["Steunles rekenen in kleine groep", "rekendocent", "2x per week", dshort(c["start"])],
                ["Toetsen in aparte ruimte met verlengde tijd", "ondersteuningscoördinator", "bij alle toetsen", dshort(c["start"])]]
    return [["Begeleiding op de stageplek door jobcoach", "stagedocent " + c["mentor"], "wekelijks bezoek", dshort(c["start"])],
            ["Training sociale vaardigheden", "gedragsdeskundige", "1x per week 45 min", dshort(c["start"])],
            ["Persoonlijke planning met pictogrammen", "klassenassistent", "dagelijks", dshort(c["start"])]]


def ondersteuning(v, c):
    n = c["name"]
    if v == "P":
        return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], _support_rows(c))]
    if v == "P_prose":
        r = _support_rows(c)
        return [("p", f"{n} krijgt: " + "; ".join(f"{a.lower()} door {b}, {h}, vanaf {s}" for a, b, h, s in r) + ".")]
    if v == "P_bijlage":  # the table is in an addendum that the layout places at the end
        return [("p", "De te bieden ondersteuning staat in het addendum aan het einde van dit document.")]
    if v == "I_ref":
        return [("p", "Zie bijlage 2 (individueel handelingsplan).")]
    if v == "I_generic":
        return [("p", "Alle leerlingen in de groep werken volgens het directe instructiemodel; wie het nodig "
                      "heeft krijgt verlengde instructie aan de instructietafel.")]
    if v == "I_partial":
        return [("p", f"{n} krijgt extra hulp bij rekenen en lezen.")]
    if v == "I_table_empty":
        return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"],
                 [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]])]
    if v == "I_volgt":
        return [("p", "Volgt na overleg met het samenwerkingsverband (arrangement aangevraagd).")]
    raise KeyError(v)


def afwijkingen_onderwijsprogramma(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        if c["type"] in ("vo", "pro"):
            return [("p", f"{n} heeft vrijstelling voor Frans; die uren worden besteed aan extra Nederlands. "
                          f"Voor wiskunde volgt {z} een eigen leerlijn op het niveau van leerjaar 1.")]
        if c["type"] == "vso":
            return [("p", f"{n} volgt een verkort rooster van 20 uur per week (tot de kerstvakantie), "
                          f"daarna opbouw naar 25 uur. Voor rekenen werkt {z} op de leerlijn 'rekenen voor het werk'.")]
        return [("p", f"Voor rekenen volgt {n} een eigen leerlijn (einddoel eind groep 6). Het onderdeel "
                      f"breuken en verhoudingen uit groep 7-8 vervalt. Voor de andere vakken volgt {z} het "
                      f"programma van de groep.")]
    if v == "N":
        return [("p", "Er zijn geen afwijkingen van het onderwijsprogramma; de leerling volgt het reguliere programma.")]
    if v == "N_tick":
        return [("ticks", [("ja, namelijk:", False), ("nee, geen afwijkingen", True)])]
    if v == "I_untick":
        return [("ticks", [("ja, namelijk: ..................", False), ("nee", False)])]
    if v == "I_ref":
        return [("p", "Ja, zie bijlage.")]
    if v == "I_heading":
        return []
    raise KeyError(v)


def doelen(v, c):
    n = c["name"]
    e = dlong(c["evalmid"])
    if v == "P":
        return [("table", ["Doel", "Meetbaar criterium", "Wanneer"],
                 [[f"{n} kent de tafels 1 t/m 5", "90% goed op de tafeltoets", e],
                  [f"{n} leest AVI-E5 op beheersingsniveau", "AVI-afname door de leerkracht", e],
                  [f"{n} meldt zich bij spanning bij de leerkracht", "minder dan 2 incidenten per maand", e]])]
    if v == "P_prose":
        return [("p", f"Doel 1: op {e} plant {n} zelf het huiswerk in de agenda voor een week, 4 van de 5 weken. "
                      f"Doel 2: {n} haalt voor rekenen 1F een voldoende op de diagnostische toets van {e}. "
                      f"Doel 3: {n} werkt 20 minuten zelfstandig zonder hulp te vragen.")]
    if v == "P_vso":
        return [("p", f"Doel 1: {n} werkt op de stage 3 uur achter elkaar met één korte pauze (voor {e}). "
                      f"Doel 2: {n} reist zelfstandig met de bus naar de stage (na 6 weken oefenen). "
                      f"Doel 3: {n} vraagt zelf om hulp bij een nieuwe taak.")]
    if v == "I_vague":
        return [("p", f"{n} gaat vooruit met rekenen en lezen en voelt zich fijn in de groep.")]
    if v == "I_placeholder":
        return [("p", "Doelen worden na de eerste zes weken vastgesteld.")]
    if v == "I_table_empty":
        return [("table", ["Doel", "Meetbaar criterium", "Wanneer"], [["1.", "", ""], ["2.", "", ""], ["3.", "", ""]])]
    raise KeyError(v)


def adviezen_professionals(v, c):
    n = c["name"]
    if v == "P":
        if c["type"] == "so":
            return [("p", f"Advies Commissie voor de Begeleiding (vergadering {dlong(addd(c['date'], -14))}): de commissie "
                          f"onderschrijft de verwachte uitstroombestemming en adviseert om {n} twee keer per week in een "
                          f"kleine groep te laten werken aan begrijpend lezen. De school neemt dit over in het handelingsdeel."),
                    ("p", f"Advies logopedist (mw. {c['prof']}): korte zinnen en visuele ondersteuning; dit is "
                          f"opgenomen in de ondersteuningsbehoefte.")]
        if c["type"] == "vso":
            return [("p", f"Advies Commissie voor de Begeleiding (vergadering {dlong(addd(c['date'], -14))}): de commissie "
                          f"onderschrijft het gekozen profiel en adviseert de stage eerst intern te starten. "
                          f"De school neemt dit advies over: de interne stage start in week 41."),
                    ("p", f"Advies logopedist (mw. {c['prof']}): korte zinnen en visuele ondersteuning; dit is "
                          f"opgenomen in de ondersteuningsbehoefte.")]
        return [("p", f"Orthopedagoog {c['prof']} (verslag {c['iqyear']}) adviseert instructie in kleine stappen, "
                      f"een vaste werkplek en het inzetten van een rekenkaart. De school volgt dit advies; de "
                      f"rekenkaart wordt vanaf de start van dit plan gebruikt. De jeugdarts adviseert daarnaast "
                      f"om het gehoor te laten testen; ouders maken hiervoor een afspraak.")]
    if v == "I_ref":
        return [("p", "Zie verslag psychologisch onderzoek in de bijlage.")]
    if v == "I_noCvB":  # so/vso: only a logopedist, nothing from the commissie voor de begeleiding
        return [("p", f"Logopedist mw. {c['prof']} adviseert korte zinnen en visuele ondersteuning.")]
    if v == "I_placeholder":
        return [("p", "Advies deskundigen: ...")]
    if v == "I_nowhat":
        return [("p", f"Er is een onderzoek gedaan door orthopedagoog {c['prof']}. Het advies wordt besproken in het "
                      f"volgende ondersteuningsteam.")]
    raise KeyError(v)


def oogo(v, c):
    od = c["oogo"]
    if v == "P":
        return [("p", f"Het plan is op {dlong(od)} besproken met {c['parents_desc']}, de {c['role_mentor']} "
                      f"({c['mentor']}) en de intern begeleider ({c['ib']}). Wensen van de ouders zijn "
                      f"verwerkt in de doelen.")]
    if v == "P_field":
        return [("field", "Besproken met ouders (OOGO) op", dshort(od)),
                ("field", "Aanwezig", f"{c['parents_desc']}, {c['mentor']}, {c['ib']}")]
    if v == "P_adult":
        return [("p", f"Het plan is op {dlong(od)} besproken met {c['name']} zelf (meerderjarig) en, op "
                      f"{c['hem_haar']} verzoek, {c['hem_haar']} moeder, de mentor ({c['mentor']}) en de "
                      f"stagecoördinator.")]
    if v == "I_placeholder":
        return [("field", "Besproken met ouders op", "..-..-...."), ("field", "Aanwezig", "...")]
    if v == "I_planned":
        return [("p", "Het gesprek met ouders wordt nog gepland.")]
    raise KeyError(v)


def instemming_ouders(v, c):
    pn = c["parent"]
    sd = c["signdate"]
    if v == "P":
        return [("p", "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel van dit ontwikkelingsperspectief."),
                ("sig", [("Ouder/verzorger", pn, dshort(sd), True), ("Namens de school", c["dir"], dshort(sd), True)])]
    if v == "P_tick":
        return [("ticks", [("Ik ga akkoord met het handelingsdeel", True),
                           ("Ik ga niet akkoord met het handelingsdeel", False)]),
                ("sig", [("Naam ouder", pn, dshort(sd), True)])]
    if v == "P_email":
        return [("p", f"Instemming: de ouders hebben op {dlong(sd)} per e-mail aan de intern begeleider laten weten "
                      f"in te stemmen met het handelingsdeel (e-mail van {pn}, opgenomen in het dossier).")]
    if v == "P_digital":
        return [("p", f"Digitaal ondertekend via het ouderportaal door {pn} op {dshort(sd)} om 19:42 uur. "
                      f"Keuze ouder: 'Ik stem in met het handelingsdeel'.")]
    if v == "P_wg":
        return [("p", f"Voor akkoord handelingsdeel: w.g. {pn}, {dshort(sd)}.")]
    if v == "P_adult":
        return [("p", f"{c['name']} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."),
                ("ticks", [("Ik stem in met het handelingsdeel", True)]),
                ("sig", [("Leerling", c["fullname"], dshort(sd), True)])]
    if v == "P_curator":
        return [("p", f"{c['name']} staat onder curatele. Instemming namens de leerling door de curator."),
                ("sig", [("Curator", pn, dshort(sd), True)])]
    if v == "I_voorgezien":
        return [("p", "Handtekening ouder(s) voor gezien:"),
                ("sig", [("Ouder/verzorger", pn, dshort(sd), True)])]
    if v == "I_protest":
        return [("p", "Ouder tekent onder protest; ouders vinden het aantal uren begeleiding te laag."),
                ("sig", [("Ouder/verzorger", pn, dshort(sd), True)])]
    if v == "I_refused":
        return [("ticks", [("Ik ga akkoord met het handelingsdeel", False),
                           ("Ik ga niet akkoord met het handelingsdeel", True)]),
                ("sig", [("Naam ouder", pn, dshort(sd), True)])]
    if v == "I_partial":
        return [("p", "Ouders stemmen in met het handelingsdeel, met uitzondering van het verkorte rooster; "
                      "daarover volgt een nieuw gesprek."),
                ("sig", [("Ouder/verzorger", pn, dshort(sd), True)])]
    if v == "I_schoolonly":
        return [("p", "Akkoord handelingsdeel:"),
                ("sig", [("Directeur", c["dir"], dshort(sd), True), ("Ouder/verzorger", "", "", False)])]
    if v == "I_blank":
        return [("p", "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel."),
                ("sig", [("Ouder/verzorger", "", "", False), ("Ouder/verzorger", "", "", False)])]
    if v == "I_untick":
        return [("ticks", [("Ik ga akkoord met het handelingsdeel", False),
                           ("Ik ga niet akkoord met het handelingsdeel", False)]),
                ("sig", [("Naam ouder", pn, "", False)])]
    if v == "I_nodate":
        return [("p", "Ouder(s) gaan akkoord met het handelingsdeel."),
                ("sig", [("Ouder/verzorger", pn, "", True)])]
    if v == "I_volgt":
        return [("p", "Instemming ouders: volgt (plan is per e-mail verstuurd, nog geen reactie).")]
    if v == "I_wrongsigner_adult":  # meerderjarige, handelingsbekwame leerling; only the mother signed
        return [("p", "Akkoord met het handelingsdeel:"),
                ("sig", [("Ouder/verzorger", pn, dshort(sd), True), ("Leerling", c["fullname"], "", False)])]
    if v == "I_curatele_pupil":  # pupil under curatele signed himself, curator did not
        return [("p", f"{c['name']} is 19 jaar en staat onder curatele."),
                ("sig", [("Leerling", c["fullname"], dshort(sd), True), ("Curator", "", "", False)])]
    if v == "I_oldversion":
        od = c["oldversion"]
        return [("p", f"Ouders hebben ingestemd met het handelingsdeel versie 1 van {dlong(od)} "
                      f"(handtekening in dossier). Dit is versie 2: de ondersteuning is bij de bijstelling "
                      f"gewijzigd (nieuwe leesaanpak en extra begeleiding).")]
    if v == "I_persp_only":  # theme: perspectiefdeel signed, handelingsdeel block blank
        return [("p", "Handelingsdeel - akkoord ouders:"),
                ("sig", [("Ouder/verzorger", "", "", False)])]
    raise KeyError(v)


def inbreng_leerling(v, c):
    n, z = c["name"], c["hij"]
    if v == "P":
        return [("p", f"Gesprek met {n} op {dlong(addd(c['oogo'], -5))}: '{c['quote']}' "
                      f"Wat we daarmee doen: {c['effect']}")]
    if v == "P_young":
        return [("p", f"Met {n} is met praatplaten besproken wat goed gaat en wat lastig is. {n} koos het plaatje "
                      f"'rustig plekje' als iets dat helpt. Daarom is een vaste rustige werkplek in het plan opgenomen.")]
    if v == "I_nochange":
        return [("p", f"{n} geeft aan: '{c['quote']}'")]
    if v == "I_heard":
        return [("p", f"{n} is gehoord.")]
    if v == "I_placeholder":
        return [("p", "Mening van de leerling: nog invullen")]
    if v == "I_instr":
        return [("p", "(Beschrijf hier hoe de leerling heeft meegedacht en wat dat heeft veranderd aan het plan.)")]
    if v.startswith("N"):
        if v == "N_pre_present":   # before 1 Aug 2025 the pupil's view was there anyway
            return [("p", f"{n} vindt het fijn om met een vaste begeleider te werken.")]
        return []
    raise KeyError(v)


def evaluatie(v, c):
    if v == "P":
        return [("p", f"Tussenevaluatie op {dlong(c['evalmid'])} met ouders, {c['name']} en de {c['role_mentor']}; "
                      f"jaarlijkse evaluatie en bijstelling in {MONTHS[c['evalyear'][1]-1]} {c['evalyear'][0]} "
                      f"in een gesprek met ouders, leerling en intern begeleider.")]
    if v == "P_field":
        return [("field", "Evaluatie met ouders en leerling", f"{dshort(c['evalmid'])} (tussentijds) en {dshort(c['evalyear'])} (jaarlijks)")]
    if v == "I_placeholder":
        return [("field", "Evaluatiedatum", "n.t.b.")]
    if v == "I_vague":
        return [("p", "Het plan wordt geëvalueerd.")]
    if v == "I_heading":
        return []
    raise KeyError(v)


def informatie_rechten(v, c):
    if v == "P_adult":
        return [("p", "Je bent meerderjarig: jij hebt zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens "
                      "met het plan, bespreek het dan eerst met je mentor of de directeur. Je kunt ook een "
                      f"onderwijsconsulent inschakelen of het ouder- en jeugdsteunpunt van {c['swv']}. Binnen zes weken "
                      "na vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if v == "P":
        return [("p", "U heeft als ouder instemmingsrecht op het handelingsdeel: zonder uw instemming wordt dat deel "
                      "niet uitgevoerd. Bent u het niet eens met het plan, bespreek dit dan eerst met de school. "
                      f"U kunt ook hulp vragen aan het ouder- en jeugdsteunpunt van {c['swv']} of aan een "
                      "onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de "
                      "Geschillencommissie passend onderwijs.")]
    if v == "I_partial":
        return [("p", "Heeft u vragen over dit plan? Neem dan contact op met de intern begeleider.")]
    if v == "I_ref":
        return [("p", "Zie de schoolgids voor de klachtenregeling.")]
    raise KeyError(v)


def vaststelling(v, c):
    if v == "P":
        return [("p", f"Vastgesteld door de directeur, {c['dir']}, op {dlong(c['date'])}.")]
    if v == "P_field":
        return [("field", "Datum vaststelling", dshort(c["date"])), ("field", "Vastgesteld door", f"{c['dir']} (directeur)")]
    if v == "I_placeholder":
        return [("field", "Datum vaststelling", "__-__-______"), ("field", "Vastgesteld door", "directeur")]
    if v == "I_nodate":
        return [("p", f"Vastgesteld door de directeur, {c['dir']}.")]
    if v == "I_concept":
        return [("p", "CONCEPT - nog niet vastgesteld. Vaststelling na instemming ouders.")]
    raise KeyError(v)


BUILD = {k: globals()[k] for k in E}


# ---------------------------------------------------------------- English builders (international departments)

def en(elem, v, c):
    n, z = c["name"], c["hij_en"]
    if elem == "uitstroombestemming":
        if v == "P":
            return [("p", f"Expected destination after this school: {c['dest_en']}.")]
        if v == "I_refniv_only":
            return [("p", "Expected end level: reading 2F, mathematics 1F (Dutch reference levels).")]
        if v == "I_placeholder":
            return [("p", "Expected destination: to be decided (tbd).")]
    if elem == "onderbouwing":
        if v == "P":
            return [("p", f"{n} joined the Dutch system in year 7 and scores at CEFR B1 in Dutch. Cognitive "
                          f"assessment ({c['iqyear']}, WISC-V UK) gives a full-scale IQ of {c['iq']}; mathematics "
                          f"and English are at age level, Dutch language is about two years behind. This fits "
                          f"the expected destination.")]
        if v == "P_table":
            return [("table", ["Area", "Test", "Result"],
                     [["Mathematics", "CAT4 (Oct)", "stanine 5"], ["English reading", "NGRT", "SAS 98"],
                      ["Dutch", "Diataal", "A2+ / B1"], ["Cognitive", f"WISC-V UK {c['iqyear']}", f"FSIQ {c['iq']}"]]),
                    ("p", "These results support the expected destination.")]
        if v == "I_vague":
            return [("p", f"Based on {n}'s progress so far we expect this destination to be appropriate.")]
    if elem == "belemmerende_factoren":
        if v == "P":
            return [("p", f"Limited Dutch vocabulary; slow processing speed; {n} becomes anxious in tests and "
                          f"avoids asking for help.")]
        if v == "I_placeholder":
            return [("p", "...")]
    if elem == "bevorderende_factoren":
        if v == "P":
            return [("p", f"Strong in English and mathematics, motivated, supportive parents, plays in the school band.")]
        if v == "I_generic":
            return [("p", "Our school offers small classes and a caring international community.")]
    if elem == "ondersteuningsbehoefte":
        if v == "P":
            return [("p", f"{n} needs instructions given in English and Dutch, extra time in tests, a quiet place "
                          f"to work and a regular check-in with one adult.")]
        if v == "I_instr":
            return [("p", "[Describe the pupil's needs: instruction, time, materials, support, environment.]")]
    if elem == "ondersteuning":
        if v == "P":
            return [("table", ["What", "Who", "How often", "From"],
                     [["Dutch as an additional language (small group)", "EAL teacher", "3 x 50 min per week", dshort(c["start"])],
                      ["Study-skills coaching", "mentor " + c["mentor"], "weekly, 30 min", dshort(c["start"])],
                      ["Exam access arrangements (25% extra time)", "SENCo", "all tests", dshort(c["start"])]])]
        if v == "I_ref":
            return [("p", "See Appendix B (Individual Education Plan).")]
    if elem == "afwijkingen_onderwijsprogramma":
        if v == "P":
            return [("p", f"{n} is exempt from French; these lessons are used for Dutch support.")]
        if v == "N":
            return [("p", "No deviations from the curriculum: the pupil follows the regular programme.")]
    if elem == "doelen":
        if v == "P":
            return [("p", f"By {den(c['evalmid'])}: (1) {n} reaches Dutch reading level B1 on the Diataal test; "
                          f"(2) {n} plans homework in the planner every week (checked by the mentor); "
                          f"(3) {n} asks for help at least once per lesson when stuck.")]
        if v == "I_vague":
            return [("p", f"{n} will make good progress and feel happy at school.")]
    if elem == "adviezen_professionals":
        if v == "P":
            return [("p", f"Educational psychologist {c['prof']} ({c['iqyear']}) advised extra time and reduced "
                          f"language load in tests; the school applies both from the start of this plan.")]
        if v == "I_ref":
            return [("p", "See psychologist's report (attached separately).")]
    if elem == "oogo":
        if v == "P":
            return [("p", f"This plan was discussed with {c['parents_desc_en']} on {den(c['oogo'])} "
                          f"(consultation aimed at agreement, 'OOGO'), with the mentor and the SENCo.")]
        if v == "I_placeholder":
            return [("field", "Meeting with parents on", "..../..../........")]
    if elem == "instemming_ouders":
        sd = c["signdate"]
        if v == "P":
            return [("p", "Parent consent to the action plan (handelingsdeel):"),
                    ("ticks", [("I agree with the action plan", True), ("I do not agree", False)]),
                    ("sig", [("Parent/carer", c["parent"], dshort(sd), True)])]
        if v == "I_voorgezien":
            return [("p", "Signed by parent as 'seen, not agreed':"),
                    ("sig", [("Parent/carer", c["parent"], dshort(sd), True)])]
        if v == "I_oldversion":
            return [("p", f"Parents consented to the action plan version 1 of {den(c['oldversion'])}. "
                          f"This revised action plan (version 2) has not yet been signed.")]
        if v == "I_blank":
            return [("sig", [("Parent/carer", "", "", False)])]
    if elem == "inbreng_leerling":
        if v == "P":
            return [("p", f"Pupil voice: {n} said: 'I understand more when the teacher writes the steps on the board.' "
                          f"Because of this the teachers give written step plans in maths and science.")]
        if v == "I_nochange":
            return [("p", f"Pupil voice: {n} would like more time for tests.")]
        if v.startswith("N"):
            return []
    if elem == "evaluatie":
        if v == "P":
            return [("p", f"Review with parents and {n} on {den(c['evalmid'])} and an annual review in "
                          f"{MONTHS_EN[c['evalyear'][1]-1]} {c['evalyear'][0]}.")]
        if v == "I_placeholder":
            return [("field", "Review date", "tbc")]
    if elem == "informatie_rechten":
        if v == "P":
            return [("p", "Parents have the right to consent to the action plan (handelingsdeel). If you disagree, "
                          "talk to the school first; you can also contact an onderwijsconsulent or the parent "
                          f"support point of {c['swv']}. Within six weeks after adoption you may submit a dispute to "
                          "the Geschillencommissie passend onderwijs.")]
        if v == "I_partial":
            return [("p", "Questions? Please contact the SENCo.")]
    if elem == "vaststelling":
        if v == "P":
            return [("p", f"Adopted by the head of the international department, {c['dir']}, on {den(c['date'])}.")]
        if v == "I_placeholder":
            return [("field", "Date adopted", "dd/mm/yyyy")]
    raise KeyError((elem, v))
