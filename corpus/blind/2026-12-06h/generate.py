#!/usr/bin/env python3
"""Deterministic generator for a blind validation set of Dutch OPPs.

Run with the venv python:  /work/blind19/venv/bin/python generate.py
Writes docs/ and labels.json next to this script. All names, schools and places are invented.
"""
import io, json, os, random, re, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SEED = 190612

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

# ---------------------------------------------------------------- names and places (invented)
FIRST = [("Sem", "hij", "zijn"), ("Noor", "zij", "haar"), ("Daan", "hij", "zijn"), ("Fenna", "zij", "haar"),
         ("Milan", "hij", "zijn"), ("Isa", "zij", "haar"), ("Joep", "hij", "zijn"), ("Liv", "zij", "haar"),
         ("Ravi", "hij", "zijn"), ("Yara", "zij", "haar"), ("Tijn", "hij", "zijn"), ("Sanne", "zij", "haar"),
         ("Bram", "hij", "zijn"), ("Elif", "zij", "haar"), ("Jesse", "hij", "zijn"), ("Mila", "zij", "haar"),
         ("Thijmen", "hij", "zijn"), ("Amira", "zij", "haar"), ("Lucas", "hij", "zijn"), ("Roos", "zij", "haar")]
LAST = ["Verhoeckx", "Brinkerink", "van Dommelen", "Oostergetel", "Kleinjan", "de Wilde-Smit", "Haverkamp",
        "Tjoa", "Stegeman", "Bouwhuis", "Rozendaal", "El Idrissi", "Wessels", "Schuttevaer", "Kooijmans",
        "van Esch", "Liefting", "Ploeg", "Demir", "Vreugdenhil"]
PLACES = ["Oosterveld", "Haarwijk", "Brederode aan Zee", "Lindenhoven", "Maaskerk", "Westerbroek",
          "Ravenstede", "Duinlo", "Heuvelrade", "Zandmeer"]
SCHOOLS = {
    "po": ["OBS De Klimboom", "CBS Het Kompas", "Daltonschool De Wingerd", "RK Basisschool Sint Joris"],
    "sbo": ["SBO De Ruimte", "SBO Het Baken", "Speciale basisschool De Horizon"],
    "so": ["SO De Zeearend (cluster 4)", "Mytylschool De Brug", "SO Het Anker"],
    "vo": ["Stedelijk Lyceum Haarwijk", "Vakcollege Westerbroek", "Scholengemeenschap De Linde"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Maaskerk", "PrO Zandmeer"],
    "vso": ["VSO De Overstap", "VSO Het Palet", "Kompaan VSO Lindenhoven"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Rivierenland-Oost", "SWV PO De Zandmeren",
       "Samenwerkingsverband VO Kust & Duin", "Stichting Passend Leren Heuvelrade"]
STAFF = ["mevr. A. Kortekaas (ib)", "dhr. P. Zwanenburg (mentor)", "mevr. S. Bakir (orthopedagoog)",
         "dhr. W. Mulder (zorgcoördinator)", "mevr. R. Lenferink (leerkracht)", "mevr. J. Ooms (intern begeleider)"]
DIRECTORS = ["J.H. Brouwer", "M. Tielemans", "K. van der Ven", "S. Hoekstra", "D. Ramdin"]


def ddate(d):
    y, m, dd = d
    return "%d-%d-%d" % (dd, m, y)


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def ldate(d):
    y, m, dd = d
    return "%d %s %d" % (dd, MONTHS[m - 1], y)


def addd(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)

# ---------------------------------------------------------------- headings per element (varied)
HEAD = {
    "uitstroombestemming": ["Te verwachten uitstroombestemming", "Uitstroomperspectief", "Verwacht uitstroomniveau",
                            "Ontwikkelingsperspectief", "Waar werken we naartoe?", "Uitstroomprofiel en bestemming"],
    "onderbouwing": ["Onderbouwing", "Onderbouwing van het perspectief", "Waarom verwachten we dit?",
                     "Argumentatie", "Onderbouwing (toetsgegevens, ontwikkeling, schoolloopbaan)"],
    "belemmerende_factoren": ["Belemmerende factoren", "Wat maakt het lastig?", "Belemmerend",
                              "Risicofactoren", "Belemmerende factoren (kind en omgeving)"],
    "bevorderende_factoren": ["Bevorderende factoren", "Stimulerende factoren", "Sterke kanten",
                              "Wat helpt?", "Beschermende en bevorderende factoren"],
    "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoefte", "Wat heeft {n} nodig?",
                               "Hulpvraag en onderwijsbehoeften", "Onderwijs- en ondersteuningsbehoeften"],
    "ondersteuning": ["Handelingsdeel: te bieden ondersteuning", "Afspraken en aanpak", "Wat gaan we doen, wie en wanneer?",
                      "Plan van aanpak", "Inzet extra ondersteuning", "Begeleiding en ondersteuning"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Aangepast programma / eigen leerlijn",
                                       "Wijkt het programma af van de groep?", "Ontheffingen en aanpassingen"],
    "doelen": ["Doelen", "Doelen voor deze periode", "Wat willen we bereiken?", "Leer- en ontwikkeldoelen",
               "Streefdoelen tot de evaluatie"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Advies CvB en deskundigen",
                               "Betrokken deskundigen en hun advies", "Wat zeggen de deskundigen?"],
    "oogo": ["Overleg met ouders", "Op overeenstemming gericht overleg (OOGO)", "Gesprek met ouders",
             "Hoe is dit plan tot stand gekomen?"],
    "instemming_ouders": ["Instemming handelingsdeel", "Ondertekening", "Akkoordverklaring",
                          "Handtekening ouders/verzorgers", "Instemming"],
    "inbreng_leerling": ["Inbreng van de leerling", "Wat vind ik er zelf van?", "Mening van de leerling",
                         "Het gesprek met {n}", "Stem van de leerling"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Wanneer kijken we terug?", "Evaluatie en bijstelling"],
    "informatie_rechten": ["Informatie voor ouders", "Uw rechten als ouder", "Niet eens met dit plan?",
                           "Bezwaar en geschillen", "Wat als u het er niet mee eens bent?"],
    "vaststelling": ["Vaststelling", "Vastgesteld", "Datum vaststelling", "Vaststelling door het bevoegd gezag"],
}
QUESTION = {
    "uitstroombestemming": "Naar welk type vervolgonderwijs of welke bestemming stroomt {n} naar verwachting uit?",
    "onderbouwing": "Waarop is het verwachte uitstroomniveau van {n} gebaseerd?",
    "belemmerende_factoren": "Welke factoren belemmeren de ontwikkeling van {n}?",
    "bevorderende_factoren": "Welke factoren bevorderen de ontwikkeling van {n}?",
    "ondersteuningsbehoefte": "Wat heeft {n} nodig om tot leren te komen?",
    "ondersteuning": "Welke ondersteuning krijgt {n}, van wie en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Wijkt het onderwijsprogramma van {n} af van het reguliere programma?",
    "doelen": "Welke doelen werkt {n} aan in de komende periode?",
    "adviezen_professionals": "Welke adviezen hebben deskundigen gegeven en wat doet de school ermee?",
    "oogo": "Wanneer en met wie is dit plan besproken?",
    "inbreng_leerling": "Wat vindt {n} zelf en wat is daarmee gedaan?",
    "evaluatie": "Wanneer en hoe wordt dit plan geëvalueerd?",
    "informatie_rechten": "Waar kunnen ouders terecht als zij het niet eens zijn?",
    "vaststelling": "Wanneer en door wie is het plan vastgesteld?",
}
INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in, bijv. vmbo-bb/kb/gt, havo, vwo, pro; vso: profiel]",
    "onderbouwing": "Toelichting: onderbouw de uitstroombestemming met LVS-gegevens, leerrendementen, capaciteitenonderzoek en schoolloopbaan.",
    "belemmerende_factoren": "<Beschrijf de factoren die de ontwikkeling belemmeren op het gebied van leren, werkhouding, sociaal-emotioneel en thuis.>",
    "bevorderende_factoren": "Instructie: noem minimaal drie bevorderende factoren (kindfactoren en omgevingsfactoren).",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: \"{n} heeft ... nodig om ...\"",
    "ondersteuning": "[Beschrijf wat er extra geboden wordt, door wie, hoe vaak en vanaf wanneer. Dit deel valt onder het instemmingsrecht.]",
    "afwijkingen_onderwijsprogramma": "Geef aan of er sprake is van een eigen leerlijn, vervangende doelen, vrijstelling of aangepaste onderwijstijd.",
    "doelen": "[SMART geformuleerde doelen invullen per vak- of ontwikkelingsgebied]",
    "adviezen_professionals": "Noem hier de adviezen uit onderzoeksverslagen en van externe deskundigen.",
    "oogo": "[datum gesprek en aanwezigen invullen]",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling (hoorrecht) en wat daarmee gedaan is.",
    "evaluatie": "Vul de geplande evaluatiedata in (minimaal één keer per schooljaar).",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen]",
    "vaststelling": "[Datum vaststelling en naam directeur invullen]",
}
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen door mentor", "xxx",
                "……………………………………", "PM"]
REFER = ["Zie bijlage 2.", "Zie verslag van het onderzoek (bijlage).", "Zie OPP vorig schooljaar.",
         "Zie LVS-overzicht in de bijlage.", "Zie het vorige OPP.", "Zie dossier."]
VAGUE = {
    "uitstroombestemming": "We kijken samen wat het beste past bij {n}.",
    "onderbouwing": "Dit sluit aan bij wat we in de klas zien.",
    "belemmerende_factoren": "{N} heeft het soms lastig.",
    "bevorderende_factoren": "{N} is een fijne leerling.",
    "ondersteuningsbehoefte": "{N} heeft extra ondersteuning nodig.",
    "ondersteuning": "{N} krijgt extra begeleiding waar dat nodig is.",
    "doelen": "{N} gaat vooruit op alle gebieden en voelt zich goed in de klas.",
    "adviezen_professionals": "Er zijn adviezen gegeven; die nemen we mee.",
    "oogo": "Ouders zijn op de hoogte.",
    "inbreng_leerling": "{N} is het ermee eens.",
    "evaluatie": "Het plan wordt regelmatig geëvalueerd.",
    "informatie_rechten": "Met vragen kunt u altijd bij ons terecht.",
    "vaststelling": "Dit plan is vastgesteld.",
}

# ---------------------------------------------------------------- real content banks


def content_present(el, d, r):
    n, hij, zijn = d["name"], d["hij"], d["zijn"]
    Hij = hij.capitalize()
    st = d["type"]
    if el == "uitstroombestemming":
        return [d["uitstroom"]]
    if el == "onderbouwing":
        base = {
            "po": "LVS (midden groep %d): begrijpend lezen E%d, rekenen M%d; leerrendement rekenen 65%%, spelling 80%%. "
                  "Intelligentieonderzoek (WISC-V, %s): TIQ 88, geen disharmonisch profiel. "
                  "%s heeft groep 3 gedoubleerd; sindsdien een stabiele, maar langzamere groei." % (
                      r.choice([6, 7]), r.choice([4, 5]), r.choice([4, 5]), r.choice(["2024", "2025"]), Hij),
            "sbo": "Didactische leeftijdsequivalenten liggen 1,5 tot 2 jaar achter; leerrendementen 55-70%%. "
                   "NIO-onderzoek (%s): TIQ 78. %s kwam in groep 5 naar het sbo na een arrangement op de basisschool." % (
                       r.choice(["2024", "2025"]), Hij),
            "so": "Cognitief gemiddeld (TIQ 97), maar %s functioneert door gedrags- en prikkelverwerkingsproblemen "
                  "onder %s niveau. Toetsresultaten rekenen en lezen op niveau eind groep 6. De laatste twee jaar "
                  "stijgende lijn in taakgerichtheid." % (hij, zijn),
            "vo": "Rapportcijfers vorig leerjaar gemiddeld 6,8; toetsresultaten (Cito VAS) op %s-niveau. Door de diagnose ASS "
                  "en schooluitval in leerjaar 1 loopt %s achter in planning, niet in niveau." % (d["uitstroom"].split("-diploma")[0].split(" diploma")[0], hij),
            "pro": "Capaciteitenonderzoek bij aanmelding: TIQ 72; lezen AVI E5, rekenen niveau groep 6. "
                   "Op de interne stage laat %s goede arbeidsvaardigheden zien (beoordeling stagebedrijf: voldoende tot goed)." % hij,
            "vso": ("Cognitieve capaciteiten beneden gemiddeld (TIQ 84, 2024). Functioneringsniveau rekenen en lezen eind groep 7; "
                    "examenresultaten vmbo-kader (schoolexamens) voldoende. %s volgt de lessen zonder grote uitval." % Hij)
                   if "vervolgonderwijs" in d["uitstroom"] else
                   ("Cognitieve capaciteiten in het zeer moeilijk lerende gebied (TIQ 52, 2023); ADL-vaardigheden met begeleiding. "
                    "%s werkt taakgericht bij korte, herhalende taken in de schoolkantine." % Hij)
                   if "dagbesteding" in d["uitstroom"] else
                   ("Cognitieve capaciteiten in het zwakbegaafde gebied (TIQ 68, 2023). Functioneringsniveau rekenen en "
                    "lezen eind groep 5. Op de externe stage werkt %s 2 dagdelen zelfstandig; de stagebeoordeling "
                    "ondersteunt het gekozen profiel." % hij),
        }[st]
        return [base]
    if el == "belemmerende_factoren":
        return [r.choice(["Korte spanningsboog (ca. 10 minuten), snel afgeleid door geluid.",
                          "Faalangst bij toetsen; klapt dicht bij tijdsdruk.",
                          "Zwak werkgeheugen; vergeet instructies met meerdere stappen.",
                          "Diagnose ASS: moeite met onverwachte veranderingen in het rooster."]),
                r.choice(["Leesachterstand van ongeveer anderhalf jaar.",
                          "Thuis weinig ruimte en rust voor huiswerk (gezin met vijf kinderen).",
                          "Verzuim door somatische klachten (vooral op maandag).",
                          "Conflicten met klasgenoten in vrije situaties (pauze, gymles)."])]
    if el == "bevorderende_factoren":
        return [r.choice(["Gemotiveerd en werkt graag met de handen.", "Sterk in mondelinge taal en woordenschat.",
                          "Hulpvaardig naar klasgenoten; heeft twee goede vrienden in de groep.",
                          "Goed visueel geheugen; leert goed met plaatjes en schema's."]),
                r.choice(["Betrokken ouders die thuis de afspraken ondersteunen.",
                          "Goede band met de mentor.", "Sport twee keer per week (voetbal), geeft structuur.",
                          "Reageert goed op complimenten en duidelijke afspraken."])]
    if el == "ondersteuningsbehoefte":
        return ["%s heeft instructie in kleine stappen nodig, met voordoen en hardop denken." % n,
                "%s heeft een voorspelbare dagstructuur nodig (dagplanning op tafel) en tijdig bericht bij wijzigingen." % n,
                "%s heeft een leerkracht nodig die %s helpt te starten met een taak en halverwege controleert." % (n, r.choice(["hem", "haar"]) if hij == "zij" and False else ("hem" if hij == "hij" else "haar"))]
    if el == "ondersteuning":
        return ["Verlengde instructie rekenen in de instructiegroep, 4x per week 20 minuten, door %s, vanaf %s." % (
                    r.choice(["de leerkracht", "de mentor", "de onderwijsassistent"]), ldate(d["date"])),
                "Eén keer per week 30 minuten individuele begeleiding door %s (executieve functies, plannen)." % r.choice(STAFF),
                "Gebruik van een koptelefoon en een eigen werkplek bij zelfstandig werken; inzet dagplanning (dagelijks, mentor)."]
    if el == "afwijkingen_onderwijsprogramma":
        return [r.choice(["Voor rekenen werkt %s op een eigen leerlijn (niveau groep 5), met vervangende einddoelen." % n,
                          "Aangepast rooster: %s volgt 4 dagen per week onderwijs (vrijdag vrij); toestemming onderwijstijd aangevraagd." % n,
                          "Vrijstelling voor de tweede moderne vreemde taal (Duits); in plaats daarvan extra ondersteuning Nederlands."])]
    if el == "doelen" and st in ("vso", "pro"):
        return ["Stage: %s werkt eind periode 2 twee dagdelen per week zelfstandig op de stageplek (beoordeling stagebegeleider: voldoende)." % n,
                "Zelfredzaamheid: %s reist vóór de kerstvakantie zelfstandig met het openbaar vervoer naar school (5 van de 5 dagen)." % n,
                "Rekenen: %s rekent met geld tot € 50 en kan wisselgeld controleren (toets eind januari, 80%% goed)." % n]
    if el == "doelen":
        return ["Rekenen: eind januari beheerst %s de tafels 1 t/m 10 (90%% goed op de tafeltoets)." % n,
                "Lezen: bij de volgende LVS-meting AVI-niveau M5 beheersen.",
                "Werkhouding: %s werkt bij zelfstandig werken 15 minuten zonder hulp aan een taak (observatie mentor, 3 van de 4 keer)." % n]
    if el == "adviezen_professionals":
        extra = ""
        if st in ("so", "vso"):
            extra = "Advies commissie voor de begeleiding (%s): %s. De school neemt dit over in het handelingsdeel." % (
                ldate(addd(d["date"], -21)), r.choice(["uitstroomprofiel handhaven, stage uitbreiden naar 3 dagdelen",
                                                        "inzet gedragsspecialist voortzetten en evalueren na 6 maanden"]))
        return [r.choice(["Orthopedagoog (onderzoeksverslag %s): visuele ondersteuning en korte instructies; de school past dit toe bij alle vakken." % d["date"][0],
                          "Logopedist: werken aan woordenschat met de woordweb-methode; de leerkracht herhaalt de woorden in de groep.",
                          "Jeugdarts: rustmomenten inbouwen; er is een rustplek ingericht op de gang."])] + ([extra] if extra else [])
    if el == "oogo" and d["adult"]:
        return ["Het plan is op %s besproken met %s zelf en, op %s verzoek, met %s. %s wilde meer stage-uren; dat is opgenomen in het handelingsdeel." % (
            ldate(addd(d["date"], -7)), d["full"], zijn, d["guardian"], n)]
    if el == "informatie_rechten" and d["adult"]:
        return ["Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Ben je het er niet mee eens, praat dan eerst "
                "met je mentor of de directie. Je kunt ook terecht bij een onderwijsconsulent of het ouder- en jeugdsteunpunt, en binnen "
                "zes weken na vaststelling bij de Geschillencommissie passend onderwijs."]
    if el == "oogo":
        return ["Het ontwikkelingsperspectief is op %s besproken met %s, %s en %s. Ouders konden hun inbreng geven; "
                "hun wens voor extra leesbegeleiding is opgenomen in het handelingsdeel." % (
                    ldate(addd(d["date"], -7)), "moeder" if r.random() < .5 else "beide ouders", r.choice(STAFF), r.choice(STAFF))]
    if el == "inbreng_leerling":
        return [r.choice(["%s vertelde dat %s het liefst in een rustig hoekje werkt. Daarom is een vaste werkplek bij het raam afgesproken." % (n, hij),
                          "%s wil graag stage lopen bij een dierenwinkel. Dit is meegenomen: de stage start in periode 2." % n,
                          "%s gaf aan dat de koptelefoon helpt maar dat %s zich schaamt in de klas; afgesproken is dat meer leerlingen er een mogen gebruiken." % (n, hij)])]
    if el == "evaluatie":
        return ["Tussenevaluatie op %s, jaarlijkse evaluatie met ouders en %s op %s. Bij de evaluatie kijken we of de doelen gehaald zijn en stellen we het plan bij." % (
            ldate(addd(d["date"], 90)), n, ldate(addd(d["date"], 200)))]
    if el == "informatie_rechten":
        return ["Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens, dan gaat u eerst in gesprek met de school. "
                "U kunt ook advies vragen bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of een onderwijsconsulent. "
                "Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs."]
    if el == "vaststelling":
        return ["Vastgesteld op %s door %s, directeur, namens het bevoegd gezag." % (ldate(d["date"]), d["director"])]
    raise KeyError(el)


def fmt(s, d):
    return s.replace("{n}", d["name"]).replace("{N}", d["name"])


def gap_blocks(el, kind, d, r):
    """Blocks for a gap of this kind (not for consent; see consent_blocks)."""
    if kind == "empty":
        return []
    if kind == "placeholder":
        return [("p", r.choice(PLACEHOLDERS))]
    if kind == "instruction":
        return [("i", fmt(INSTR[el], d))]
    if kind == "zie_bijlage":
        return [("p", r.choice(REFER))]
    if kind == "question_only":
        return [("p", fmt(QUESTION[el], d))]
    if kind == "vague":
        return [("p", fmt(VAGUE[el], d))]
    if kind == "unticked":
        if el == "uitstroombestemming":
            opts = {"vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
                    "pro": ["arbeid", "entreeopleiding", "dagbesteding"],
                    "so": ["sbo", "vso", "regulier vo"]}.get(d["type"], ["vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo", "pro"])
            return [("check", [(o, False) for o in opts])]
        if el == "afwijkingen_onderwijsprogramma":
            return [("check", [("ja, namelijk: ......", False), ("nee", False)])]
        if el == "evaluatie":
            return [("check", [("na 3 maanden", False), ("na 6 maanden", False), ("eind schooljaar", False)])]
        if el == "oogo":
            return [("check", [("OPP besproken met ouders", False), ("ouders uitgenodigd", False)])]
    if kind == "view_no_effect":
        return [("p", "%s zegt: \"Ik vind het fijn als ik niet de hele dag in de klas hoef te zitten.\"" % d["name"])]
    if kind == "not_heard":
        return [("p", "%s was niet bij het gesprek aanwezig." % d["name"])]
    if kind == "planned_only":
        return [("p", "Het gesprek met ouders wordt nog gepland.")]
    if kind == "nvt_but_applies":
        return [("p", "n.v.t.")]
    if kind == "bare_nvt":
        return [("p", "nvt")]
    if kind == "concept":
        return [("p", "CONCEPT – nog niet vastgesteld. Datum vaststelling: ......")]
    if kind == "no_date":
        return [("p", "Vastgesteld door de directie.")]
    if kind == "partial_rights":
        return [("p", "Ouders hebben instemmingsrecht op het handelingsdeel.")]
    if kind == "school_intern":
        return [("p", "Het OPP is besproken in het ondersteuningsteam van de school op %s." % ldate(addd(d["date"], -10)))]
    if kind == "date_only":
        return [("p", "Vaststelling: %s" % ddate(d["date"]))]
    raise KeyError((el, kind))


GAP_KINDS = {
    "uitstroombestemming": ["placeholder", "instruction", "unticked", "vague", "empty", "missing"],
    "onderbouwing": ["zie_bijlage", "question_only", "vague", "placeholder", "missing", "empty"],
    "belemmerende_factoren": ["instruction", "empty", "placeholder", "vague", "missing", "zie_bijlage"],
    "bevorderende_factoren": ["missing", "vague", "placeholder", "instruction", "empty"],
    "ondersteuningsbehoefte": ["question_only", "vague", "instruction", "missing", "placeholder"],
    "ondersteuning": ["vague", "instruction", "zie_bijlage", "placeholder", "missing", "empty"],
    "afwijkingen_onderwijsprogramma": ["missing", "unticked", "nvt_but_applies", "placeholder", "instruction"],
    "doelen": ["vague", "instruction", "placeholder", "question_only", "missing", "empty"],
    "adviezen_professionals": ["zie_bijlage", "vague", "missing", "placeholder", "empty"],
    "oogo": ["planned_only", "instruction", "unticked", "vague", "missing", "school_intern"],
    "instemming_ouders": ["voor_gezien", "onder_protest", "refused", "partial", "school_only", "blank_line",
                          "unticked_box", "sig_no_date", "date_no_sig", "printed_name_no_sig", "other_consent", "missing"],
    "inbreng_leerling": ["view_no_effect", "placeholder", "instruction", "empty", "missing", "not_heard", "vague"],
    "evaluatie": ["placeholder", "unticked", "vague", "missing", "instruction"],
    "informatie_rechten": ["missing", "partial_rights", "instruction", "vague"],
    "vaststelling": ["concept", "placeholder", "no_date", "instruction", "missing"],
}


def label_for(kind):
    if kind in ("missing", "other_consent"):
        return "missing"
    return "incomplete"

# ---------------------------------------------------------------- consent


def consent_blocks(kind, d, r):
    """Consent (instemming) block; kind None = present."""
    par = d["consent_party"]  # text naming who consents
    pname = d["parent_name"]
    dt = ddate(addd(d["date"], r.choice([0, 1, 3])))
    intro = r.choice(["Door ondertekening geven %s aan in te stemmen met de afspraken in het handelingsdeel." % par,
                      "Instemmingsverklaring: ondergetekende(n) gaat/gaan akkoord met de te bieden ondersteuning en begeleiding.",
                      "%s verklaart/verklaren in te stemmen met het handelingsdeel van dit OPP." % par.capitalize(),
                      "Hierbij geef ik / geven wij toestemming voor de ondersteuning zoals beschreven in het handelingsdeel.",
                      "Instemming met het handelingsdeel (de beschreven ondersteuning en begeleiding):"])
    sig = lambda who, name, date, signed: ("sig", {"who": who, "name": name, "date": date, "signed": signed})
    set_ok = "vaststelling" not in d["spec"]
    school = sig(r.choice(["Namens de school", "Directeur", "Namens het bevoegd gezag"]), d["director"],
                 ddate(d["date"]) if set_ok else "", set_ok)
    yes, no = r.choice([("akkoord", "niet akkoord"), ("Ik ga akkoord met het handelingsdeel", "Ik ga niet akkoord"),
                        ("ja, ik stem in", "nee, ik stem niet in"), ("instemming", "geen instemming")])
    B = []
    if kind is None or kind == "wrong_party":
        B = [("p", intro), ("check", [(yes, True), (no, False)]),
             sig(par.capitalize() if kind is None else "Ouder(s)/verzorger(s)", pname if kind is None else d["guardian"], dt, True), school]
    elif kind == "voor_gezien":
        B = [("p", "Voor gezien en besproken:"), ("check", [("gezien", True), ("akkoord met het handelingsdeel", False)]),
             sig(par.capitalize(), pname, dt, True), school]
    elif kind == "onder_protest":
        B = [("p", intro), ("check", [(yes, True), (no, False)]),
             ("p", "Opmerking ouders: getekend onder protest, wij zijn het niet eens met het aantal uren begeleiding."),
             sig(par.capitalize(), pname, dt, True), school]
    elif kind == "refused":
        B = [("p", intro), ("check", [(yes, False), (no, True)]),
             ("p", "Toelichting: ouders willen eerst een second opinion."), sig(par.capitalize(), pname, dt, True), school]
    elif kind == "partial":
        B = [("p", intro), ("check", [(yes, False), ("gedeeltelijk akkoord", True), (no, False)]),
             ("p", "Ouders gaan akkoord met de leesbegeleiding, niet met het aangepaste rooster."),
             sig(par.capitalize(), pname, dt, True), school]
    elif kind == "school_only":
        B = [("p", intro), school]
    elif kind == "blank_line":
        B = [("p", intro), sig(par.capitalize(), "", "", False), school]
    elif kind == "unticked_box":
        B = [("p", intro), ("check", [(yes, False), (no, False)]), sig(par.capitalize(), pname, "", False)]
    elif kind == "sig_no_date":
        B = [("p", intro), ("check", [(yes, True), (no, False)]), sig(par.capitalize(), pname, "", True)]
    elif kind == "date_no_sig":
        B = [("p", intro), sig(par.capitalize(), "", dt, False), school]
    elif kind == "printed_name_no_sig":
        B = [("p", intro), sig(par.capitalize(), pname, "", False), school]
    elif kind == "curatele_self":
        B = [("p", "Ik ga akkoord met de ondersteuning in het handelingsdeel."),
             ("check", [(yes, True), (no, False)]), sig("Leerling", d["full"], dt, True), school]
    return B


def other_consent_blocks(d, r):
    return [("h2", r.choice(["Toestemming beeldmateriaal", "Toestemming gegevensuitwisseling (AVG)"])),
            ("p", "Ouders geven toestemming om gegevens te delen met het samenwerkingsverband en de jeugdarts."),
            ("check", [("ja", True), ("nee", False)]),
            ("sig", {"who": "Ouder(s)/verzorger(s)", "name": d["parent_name"], "date": ddate(d["date"]), "signed": True})]

# ---------------------------------------------------------------- element blocks for a document


def present_blocks(el, d, r, checks=False):
    if el == "afwijkingen_onderwijsprogramma" and d["spec"].get(el) == "na":
        txt = r.choice(["Er zijn geen afwijkingen van het reguliere onderwijsprogramma.",
                        "n.v.t.: %s volgt het volledige programma van de groep." % d["name"],
                        "Geen: geen eigen leerlijn, geen vrijstellingen, volledige onderwijstijd."])
        if checks:
            return [("check", [("ja, namelijk: ", False), ("nee", True)]), ("p", txt)]
        return [("p", txt)]
    if el == "inbreng_leerling" and d["inbreng_na_reason"] and el not in d["spec"]:
        if d["inbreng_na_reason"] == "adult":
            return [("p", "%s is meerderjarig en handelingsbekwaam en is zelf gesprekspartner bij dit plan." % d["name"])]
    if el == "uitstroombestemming" and checks and d["type"] in ("vso", "pro"):
        txt = content_present(el, d, r)[0]
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        key = "vervolgonderwijs" if "entree" in txt else next((o for o in opts if o in txt), "arbeidsmarktgericht")
        return [("check", [(o, o == key) for o in opts]), ("p", "Toelichting: " + txt)]
    return [("p", s) for s in content_present(el, d, r)]


def elem_blocks(el, d, r, checks=False):
    """None if the element is absent; else a list of blocks."""
    kind = d["spec"].get(el)
    if el == "instemming_ouders":
        if kind in ("missing",):
            return None
        if kind == "other_consent":
            return None
        return consent_blocks(kind, d, r)
    if kind is None or kind == "na":
        if el == "inbreng_leerling" and d["inbreng_na_reason"] == "pre" and not d["pre_has_inbreng"]:
            return None
        return present_blocks(el, d, r, checks)
    if kind == "missing":
        return None
    return gap_blocks(el, kind, d, r)


def btext(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "i"):
            out.append(b[1])
        elif b[0] == "check":
            out.append("   ".join(("☒ " if t else "☐ ") + l for l, t in b[1]))
        elif b[0] == "sig":
            s = b[1]
            out.append("%s: %s  datum: %s  handtekening: %s" % (s["who"], s["name"] or "__________", s["date"] or "______",
                                                            "(getekend)" if s["signed"] else "____________"))
    return "\n".join(out)


def gegevens(d):
    rows = [("Naam leerling", d["full"]), ("Geboortedatum", d["dob"]), (d["grade_label"], d["grade"]),
            ("School", d["school"] + ", " + d["place"]), ("Samenwerkingsverband", d["swv"]),
            ("Schooljaar", d["schoolyear"]), ("Opgesteld door", d["author"])]
    if d["adult"]:
        rows.append(("Juridische status", "meerderjarig (%d jaar), handelingsbekwaam" % d["age"]))
    if d["curatele"]:
        rows.append(("Juridische status", "meerderjarig (%d jaar), onder curatele; curator: %s" % (d["age"], d["parent_name"])))
    if d["spec"].get("afwijkingen_onderwijsprogramma") == "nvt_but_applies":
        rows.append(("Onderwijstijd", "aangepast rooster: 3 dagen per week (12 uur), sinds de herfstvakantie"))
    if d.get("revised"):
        rows.append(("Bijgesteld", "na evaluatie op %s" % ldate(d["revised"])))
    return rows


def extra_gegevens(d):
    return [("p", "%s: %s" % (k, v)) for k, v in gegevens(d)[7:]]


def H(el, d, r):
    return fmt(r.choice(HEAD[el]), d)


ORDER_STD = ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
             "ondersteuningsbehoefte", "adviezen_professionals", "doelen", "ondersteuning",
             "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten",
             "vaststelling", "instemming_ouders"]


def tail_other_consent(d, r, B):
    if d["spec"].get("instemming_ouders") == "other_consent":
        B += other_consent_blocks(d, r)


def L_swv_numbered(d, r):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("p", d["swv"]), ("h1", "1. Gegevens"),
         ("table", gegevens(d), False)]
    n = 2
    for el in ORDER_STD:
        bl = elem_blocks(el, d, r)
        if bl is None:
            continue
        B.append(("h1", "%d. %s" % (n, H(el, d, r))))
        B += bl
        n += 1
    tail_other_consent(d, r, B)
    return B


def L_two_column(d, r):
    B = [("title", "OPP %s – %s" % (d["full"], d["schoolyear"])), ("table", gegevens(d), False)]
    rows = []
    for el in ORDER_STD:
        if el in ("instemming_ouders", "vaststelling"):
            continue
        bl = elem_blocks(el, d, r)
        if bl is None:
            continue
        rows.append((H(el, d, r), btext(bl)))
    B += [("h1", "Ontwikkelingsperspectief en handelingsdeel"), ("table", rows, True)]
    for el in ("vaststelling", "instemming_ouders"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    tail_other_consent(d, r, B)
    return B


DOMAINS = ["Leren (taal, lezen, rekenen)", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]


def L_domain_table(d, r):
    B = [("title", "Ontwikkelingsperspectief"), ("p", d["school"] + " · " + d["place"]), ("table", gegevens(d), False)]
    for el in ("uitstroombestemming", "onderbouwing"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h1", H(el, d, r))] + bl
    bel = elem_blocks("belemmerende_factoren", d, r)
    bev = elem_blocks("bevorderende_factoren", d, r)
    if bel is not None or bev is not None:
        B.append(("h1", "Beeld van de leerling per domein"))
        hdr = ["Domein"] + (["Bevorderend"] if bev is not None else []) + (["Belemmerend"] if bel is not None else [])
        rows = [hdr]
        belp = [b[1] for b in bel if b[0] in ("p", "i")] if bel else []
        bevp = [b[1] for b in bev if b[0] in ("p", "i")] if bev else []
        for i, dom in enumerate(DOMAINS):
            row = [dom]
            if bev is not None:
                row.append(bevp[i] if i < len(bevp) else "")
            if bel is not None:
                row.append(belp[i] if i < len(belp) else "")
            rows.append(row)
        B.append(("table", rows, True))
    for el in ("ondersteuningsbehoefte", "adviezen_professionals", "afwijkingen_onderwijsprogramma"):
        bl = elem_blocks(el, d, r, checks=True)
        if bl is not None:
            B += [("h1", H(el, d, r))] + bl
    doel = elem_blocks("doelen", d, r)
    ond = elem_blocks("ondersteuning", d, r)
    if doel is not None or ond is not None:
        B.append(("h1", "Handelingsdeel"))
        hdr = (["Doel"] if doel is not None else []) + (["Aanpak / wie / hoe vaak"] if ond is not None else [])
        dp = [b[1] for b in doel if b[0] in ("p", "i")] if doel else []
        op = [b[1] for b in ond if b[0] in ("p", "i")] if ond else []
        rows = [hdr]
        for i in range(max(len(dp), len(op), 1)):
            row = []
            if doel is not None:
                row.append(dp[i] if i < len(dp) else "")
            if ond is not None:
                row.append(op[i] if i < len(op) else "")
            rows.append(row)
        B.append(("table", rows, True))
    for el in ("inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"):
        bl = elem_blocks(el, d, r, checks=True)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    tail_other_consent(d, r, B)
    return B


def L_groeidocument(d, r):
    B = [("title", "Groeidocument"), ("p", "%s · %s" % (d["swv"], d["schoolyear"])),
         ("h1", "Hoofdstuk 1 – Gegevens"), ("table", gegevens(d), False),
         ("h1", "Hoofdstuk 2 – Schoolloopbaan"),
         ("p", "%s zit sinds %d op deze school. Eerdere ondersteuning: arrangement lezen vanuit het samenwerkingsverband." % (d["name"], d["date"][0] - 2)),
         ("h1", "Hoofdstuk 3 – Beeld van de leerling")]
    for el in ("bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    B.append(("h1", "Hoofdstuk 4 – Ontwikkelingsperspectief (OPP)"))
    for el in ("uitstroombestemming", "onderbouwing", "adviezen_professionals", "afwijkingen_onderwijsprogramma"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    B.append(("h1", "Hoofdstuk 5 – Handelingsdeel"))
    for el in ("doelen", "ondersteuning", "evaluatie"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    B.append(("h1", "Hoofdstuk 6 – Betrokkenheid en ondertekening"))
    for el in ("inbreng_leerling", "oogo", "informatie_rechten", "vaststelling", "instemming_ouders"):
        bl = elem_blocks(el, d, r)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    tail_other_consent(d, r, B)
    return B


def L_beknopt(d, r):
    B = [("title", "Beknopt OPP"), ("p", "%s | %s | %s %s" % (d["full"], d["school"], d["grade_label"], d["grade"]))] + extra_gegevens(d)
    short = {"uitstroombestemming": "Uitstroom", "onderbouwing": "Waarom", "belemmerende_factoren": "Belemmerend",
             "bevorderende_factoren": "Bevorderend", "ondersteuningsbehoefte": "Behoeften", "ondersteuning": "Aanpak",
             "afwijkingen_onderwijsprogramma": "Afwijkend programma", "doelen": "Doelen",
             "adviezen_professionals": "Advies extern", "oogo": "Besproken", "inbreng_leerling": "Leerling zelf",
             "evaluatie": "Evaluatie", "informatie_rechten": "Rechten", "vaststelling": "Vastgesteld"}
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        bl = elem_blocks(el, d, r, checks=True)
        if bl is None:
            continue
        B.append(("kv", short[el], btext(bl)))
    bl = elem_blocks("instemming_ouders", d, r)
    if bl is not None:
        B += [("h2", H("instemming_ouders", d, r))] + bl
    tail_other_consent(d, r, B)
    return B


def L_questions(d, r):
    B = [("title", "Ontwikkelingsperspectief van %s" % d["name"]), ("table", gegevens(d), False)]
    for el in ORDER_STD:
        bl = elem_blocks(el, d, r)
        if bl is None:
            continue
        h = fmt(QUESTION.get(el, "Stemt u in met het handelingsdeel?"), d)
        B += [("h2", h)] + bl
    tail_other_consent(d, r, B)
    return B


def L_letter(d, r):
    B = [("p", "%s\n%s" % (d["school"], d["place"])), ("p", "%s, %s" % (d["place"], ldate(d["date"]))),
         ("p", "Betreft: ontwikkelingsperspectief van %s" % d["name"])] + extra_gegevens(d) + [
         ("p", "Geachte %s," % ("heer/mevrouw " + d["last"] if not d["adult"] else d["full"]))]
    lead = {"uitstroombestemming": "Wij verwachten dat %s uitstroomt naar: " % d["name"],
            "onderbouwing": "Wij baseren dit op het volgende. ",
            "belemmerende_factoren": "Wat het leren lastig maakt: ",
            "bevorderende_factoren": "Wat %s helpt: " % d["name"],
            "ondersteuningsbehoefte": "Wat %s nodig heeft: " % d["name"],
            "adviezen_professionals": "De adviezen van deskundigen: ",
            "doelen": "Voor de komende periode hebben we deze doelen afgesproken: ",
            "ondersteuning": "Concreet gaan we het volgende doen: ",
            "afwijkingen_onderwijsprogramma": "Over het lesprogramma: ",
            "inbreng_leerling": "Wat %s er zelf van vindt: " % d["name"],
            "oogo": "Over ons overleg: ",
            "evaluatie": "Evaluatie: ",
            "informatie_rechten": "Uw rechten: ",
            "vaststelling": ""}
    for el in ORDER_STD:
        if el == "instemming_ouders":
            continue
        bl = elem_blocks(el, d, r)
        if bl is None:
            continue
        txt = btext(bl).replace("\n", " ")
        B.append(("p", lead[el] + txt))
    B.append(("p", "Met vriendelijke groet,\n\n%s\n%s" % (d["author"], d["school"])))
    bl = elem_blocks("instemming_ouders", d, r)
    if bl is not None:
        B += [("h2", "Strook retour – " + H("instemming_ouders", d, r))] + bl
    tail_other_consent(d, r, B)
    return B


def L_export(d, r):
    B = [("p", "LeerlingVolg Online · Export ontwikkelingsperspectief · leerlingnr %d" % d["lnr"]),
         ("title", "OPP – %s" % d["full"])]
    for k, v in gegevens(d):
        B.append(("kv", k, v))
    path = {"uitstroombestemming": "Perspectief > Uitstroom", "onderbouwing": "Perspectief > Onderbouwing",
            "belemmerende_factoren": "Analyse > Belemmerende factoren", "bevorderende_factoren": "Analyse > Bevorderende factoren",
            "ondersteuningsbehoefte": "Analyse > Onderwijsbehoeften", "adviezen_professionals": "Analyse > Adviezen externen",
            "doelen": "Handelingsdeel > Doelen", "ondersteuning": "Handelingsdeel > Ondersteuning",
            "afwijkingen_onderwijsprogramma": "Handelingsdeel > Afwijkingen programma",
            "inbreng_leerling": "Betrokkenen > Inbreng leerling", "oogo": "Betrokkenen > OOGO",
            "evaluatie": "Cyclus > Evaluatie", "informatie_rechten": "Informatie > Rechten ouders",
            "vaststelling": "Cyclus > Vaststelling"}
    for el in ORDER_STD:
        if el == "instemming_ouders":
            continue
        bl = elem_blocks(el, d, r)
        if bl is None:
            continue
        B.append(("h2", path[el]))
        B += bl if bl else [("p", "")]
    bl = elem_blocks("instemming_ouders", d, r)
    if bl is not None:
        B += [("h2", "Betrokkenen > Instemming handelingsdeel")] + bl
    tail_other_consent(d, r, B)
    B.append(("footer", "Afgedrukt door %s op %s · LeerlingVolg Online v7.3 · vertrouwelijk" % (d["author"], ddate(addd(d["date"], 2)))))
    return B


def L_vso_ab(d, r):
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", d["school"]), ("table", gegevens(d), False),
         ("h1", "Deel A – Perspectiefdeel")]
    for el in ("uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
               "ondersteuningsbehoefte", "adviezen_professionals"):
        bl = elem_blocks(el, d, r, checks=True)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    B.append(("h1", "Deel B – Handelingsdeel (instemmingsrecht)"))
    for el in ("doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"):
        bl = elem_blocks(el, d, r, checks=True)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    B.append(("h1", "Deel C – Overleg, inbreng en ondertekening"))
    for el in ("inbreng_leerling", "oogo", "informatie_rechten", "vaststelling", "instemming_ouders"):
        bl = elem_blocks(el, d, r, checks=True)
        if bl is not None:
            B += [("h2", H(el, d, r))] + bl
    tail_other_consent(d, r, B)
    return B


LAYOUTS = {"swv-genummerd": L_swv_numbered, "tweekoloms-tabel": L_two_column, "domeintabel": L_domain_table,
           "groeidocument": L_groeidocument, "beknopt-opp": L_beknopt, "vraagkoppen": L_questions,
           "briefvorm": L_letter, "systeemexport": L_export, "deel-a-b-c": L_vso_ab}

# ---------------------------------------------------------------- signature image


def scribble_png(seed, w=360, h=90):
    from PIL import Image, ImageDraw
    rr = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    x, y = 10, h // 2
    pts = [(x, y)]
    for _ in range(28):
        x += rr.randint(6, 14)
        y = max(8, min(h - 8, y + rr.randint(-28, 28)))
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(pts[2][0], h - 15), (pts[-1][0], h - 22)], fill=(20, 30, 110), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()

# ---------------------------------------------------------------- DOCX


def w14_checkbox(par, checked):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
           '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (1 if checked else 0, "☒" if checked else "☐"))
    par._p.append(parse_xml(xml))


def w_text_control(par, text, placeholder):
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr>'
           '<w:alias w:val="Invulveld"/>%s<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
           '</w:sdtContent></w:sdt>' % ("<w:showingPlcHdr/>" if placeholder else "",
                                       '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else "", escape(text)))
    par._p.append(parse_xml(xml))


def render_docx(B, d, path):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    doc = docx.Document()
    cp = doc.core_properties
    import datetime
    cp.author = d.get("author", "school")
    cp.created = cp.modified = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.last_modified_by = "school"
    cp.revision = 1
    cc = d.get("cc", False)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in B:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "h1":
            doc.add_heading(b[1], 1)
        elif t == "h2":
            doc.add_heading(b[1], 2)
        elif t == "p":
            if cc and b[1] in PLACEHOLDERS:
                w_text_control(doc.add_paragraph(), "Klik of tik om tekst in te voeren.", True)
            elif cc and len(b[1]) > 40 and (hash_stable(b[1]) % 3 == 0):
                w_text_control(doc.add_paragraph(), b[1], False)
            else:
                doc.add_paragraph(b[1])
        elif t == "i":
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            run.italic = True
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
        elif t == "kv":
            p = doc.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif t == "check":
            p = doc.add_paragraph()
            for lab, on in b[1]:
                if cc:
                    w14_checkbox(p, on)
                    p.add_run(" " + lab + "    ")
                else:
                    p.add_run(("☒ " if on else "☐ ") + lab + "    ")
        elif t == "sig":
            s = b[1]
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            c = tb.rows[0].cells
            c[0].text = s["who"]
            c[1].text = "Naam: " + (s["name"] or "")
            c[2].text = "Datum: " + (s["date"] or "")
            c[3].text = "Handtekening:"
            if s["signed"]:
                c[3].paragraphs[0].add_run().add_picture(io.BytesIO(scribble_png(hash_stable(s["name"] + s["who"]))), width=Cm(3.2))
            doc.add_paragraph()
        elif t == "table":
            rows, hdr = b[1], b[2]
            ncol = max(len(x) for x in rows)
            tb = doc.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = tb.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
                    if (hdr and i == 0) or (not hdr and j == 0) or (hdr and j == 0 and ncol == 2):
                        for rn in cells[j].paragraphs[0].runs:
                            rn.bold = True
            doc.add_paragraph()
        elif t == "footer":
            doc.sections[0].footer.paragraphs[0].text = b[1]
        elif t == "pagebreak":
            doc.add_page_break()
    doc.save(path)
    fix_zip(path)


def hash_stable(s):
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def fix_zip(path):
    """Rewrite a zip with fixed timestamps (deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)

# ---------------------------------------------------------------- ODT


def render_odt(B, d, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H as OH, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    it = Style(name="Instr", family="paragraph")
    it.addElement(TextProperties(fontstyle="italic", color="#1f4e9a"))
    doc.automaticstyles.addElement(it)
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(txt, style=None):
        for line in txt.split("\n"):
            doc.text.addElement(P(text=line, stylename=style) if style else P(text=line))
    tn = 0
    for b in B:
        t = b[0]
        if t == "title":
            doc.text.addElement(OH(outlinelevel=1, text=b[1]))
        elif t == "h1":
            doc.text.addElement(OH(outlinelevel=2, text=b[1]))
        elif t == "h2":
            doc.text.addElement(OH(outlinelevel=3, text=b[1]))
        elif t == "p":
            para(b[1])
        elif t == "i":
            para(b[1], it)
        elif t == "kv":
            para("%s: %s" % (b[1], b[2]))
        elif t == "check":
            para("   ".join(("☒ " if on else "☐ ") + lab for lab, on in b[1]))
        elif t == "sig":
            s = b[1]
            sigtxt = ("w.g. " + s["name"]) if s["signed"] else "______________________"
            para("%s\nNaam: %s\nDatum: %s\nHandtekening: %s" % (s["who"], s["name"] or "______________", s["date"] or "__-__-____", sigtxt))
        elif t == "table":
            rows = b[1]
            ncol = max(len(x) for x in rows)
            tn += 1
            tab = Table(name="Tabel%d" % tn)
            tab.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in rows:
                tr = TableRow()
                for j in range(ncol):
                    tc = TableCell()
                    v = row[j] if j < len(row) else ""
                    for line in (v.split("\n") if v else [""]):
                        tc.addElement(P(text=line))
                    tr.addElement(tc)
                tab.addElement(tr)
            doc.text.addElement(tab)
        elif t == "footer":
            para(b[1])
    doc.save(path)
    fix_zip(path)

# ---------------------------------------------------------------- plain text / markdown


def render_text(B, d, path, md=False):
    out = []
    for b in B:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), "" if md else "=" * len(b[1]), ""]
        elif t == "h1":
            out += ["## " + b[1] if md else b[1], "" if md else "-" * len(b[1])]
        elif t == "h2":
            out += ["### " + b[1] if md else b[1] + ":"]
        elif t in ("p", "i"):
            out += [("_%s_" % b[1]) if (md and t == "i") else b[1], ""]
        elif t == "kv":
            out += [("**%s:** %s" % (b[1], b[2])) if md else "%-22s %s" % (b[1] + ":", b[2])]
        elif t == "check":
            out += ["   ".join(("[x] " if on else "[ ] ") + lab for lab, on in b[1]), ""]
        elif t == "sig":
            s = b[1]
            out += ["%s" % s["who"], "  Naam:         %s" % (s["name"] or "________________"),
                    "  Datum:        %s" % (s["date"] or "__-__-____"),
                    "  Handtekening: %s" % (("digitaal ondertekend (" + s["name"] + ")") if s["signed"] else "________________"), ""]
        elif t == "table":
            rows, hdr = b[1], b[2]
            if md:
                ncol = max(len(x) for x in rows)
                rr = [list(x) + [""] * (ncol - len(x)) for x in rows]
                if not hdr:
                    rr = [[""] * ncol] + rr
                out.append("| " + " | ".join(rr[0]) + " |")
                out.append("|" + "---|" * ncol)
                for x in rr[1:]:
                    out.append("| " + " | ".join(c.replace("\n", "<br>") for c in x) + " |")
            else:
                for x in rows:
                    out.append("  " + " | ".join(c.replace("\n", " / ") for c in x))
            out.append("")
        elif t == "footer":
            out += ["", "-" * 60, b[1]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

# ---------------------------------------------------------------- PDF (reportlab)
FONT_OK = False


def fonts():
    global FONT_OK
    if FONT_OK:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
    FONT_OK = True


def render_pdf(B, d, path):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape as E
    S = {"title": ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
         "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4,
                              textColor=colors.HexColor("#123c69")),
         "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
         "p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3),
         "i": ParagraphStyle("i", fontName="DVI", fontSize=9, leading=12, textColor=colors.HexColor("#1f4e9a")),
         "c": ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)}
    footer = [b[1] for b in B if b[0] == "footer"]
    story = []
    for b in B:
        t = b[0]
        if t in ("title", "h1", "h2"):
            story.append(Paragraph(E(b[1]), S[t]))
        elif t in ("p", "i"):
            story.append(Paragraph(E(b[1]).replace("\n", "<br/>"), S[t]))
        elif t == "kv":
            story.append(Paragraph("<b>%s:</b> %s" % (E(b[1]), E(b[2]).replace("\n", "<br/>")), S["p"]))
        elif t == "check":
            story.append(Paragraph("&nbsp;&nbsp;&nbsp;".join(("☒ " if on else "☐ ") + E(l) for l, on in b[1]), S["p"]))
        elif t == "sig":
            s = b[1]
            sigcell = RLImage(io.BytesIO(scribble_png(hash_stable(s["name"] + s["who"]))), width=3.6 * cm, height=0.9 * cm) if s["signed"] else Paragraph("", S["c"])
            tb = Table([[Paragraph("<b>%s</b>" % E(s["who"]), S["c"]), Paragraph("Naam: " + E(s["name"]), S["c"]),
                         Paragraph("Datum: " + E(s["date"]), S["c"]), sigcell],
                        ["", "", "", Paragraph("handtekening", S["c"])]],
                       colWidths=[4 * cm, 4.5 * cm, 3.2 * cm, 4.5 * cm])
            tb.setStyle(TableStyle([("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            rows, hdr = b[1], b[2]
            ncol = max(len(x) for x in rows)
            data = [[Paragraph(E(row[j] if j < len(row) else "").replace("\n", "<br/>"), S["c"]) for j in range(ncol)] for row in rows]
            w = 16.5 * cm
            cw = [w * 0.3] + [w * 0.7 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [w]
            tb = Table(data, colWidths=cw)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            else:
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, 6)]

    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer[0])
        c.drawRightString(19 * cm, 1.2 * cm, "pagina %d" % doc.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, invariant=1, title="OPP", author=d.get("school", ""))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fillable PDF form


def latin(s):
    for a, b in (("–", "-"), ("…", "..."), ("☒", "[x]"), ("☐", "[ ]"), ("“", '"'), ("”", '"'), ("’", "'")):
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def render_form(B, d, path):
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("OPP invulformulier")
    W, Ht = A4
    y = [Ht - 2 * cm]
    fid = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            c.setFont("DV", 7)
            c.drawRightString(W - 2 * cm, 1.2 * cm, "Invulformulier OPP – %s" % d["swv"])
            c.showPage()
            y[0] = Ht - 2 * cm

    def label(txt, font="DVB", size=9.5):
        import textwrap
        for line in textwrap.wrap(txt, 100) or [""]:
            need(16)
            c.setFont(font, size)
            c.drawString(2 * cm, y[0], line)
            y[0] -= size + 5

    def field(value, lines=1):
        value = latin(value)
        need(lines * 12 + 8)
        fid[0] += 1
        h = lines * 12 + 4
        c.acroForm.textfield(name="f%03d" % fid[0], value=value, x=2 * cm, y=y[0] - h + 8, width=W - 4 * cm, height=h,
                             fontName="Helvetica", fontSize=8.5, borderWidth=0.6,
                             fieldFlags="multiline" if lines > 1 else "")
        y[0] -= h + 6

    def box(on, lab, x):
        fid[0] += 1
        c.acroForm.checkbox(name="cb%03d" % fid[0], x=x, y=y[0] - 2, size=10, checked=on, buttonStyle="cross", borderWidth=0.6)
        c.setFont("DV", 8.5)
        c.drawString(x + 13, y[0], lab)
        return x + 20 + c.stringWidth(lab, "DV", 8.5)

    pending = []
    for b in B:
        t = b[0]
        if t == "title":
            need(24)
            c.setFont("DVB", 15)
            c.drawString(2 * cm, y[0], b[1][:70])
            y[0] -= 24
        elif t in ("h1", "h2"):
            label(b[1], "DVB", 11 if t == "h1" else 9.5)
        elif t in ("p", "i"):
            txt = b[1] if t == "p" else b[1]
            n = max(1, min(8, len(txt) // 95 + 1 + txt.count("\n")))
            field(txt, n if n > 1 else 1)
        elif t == "kv":
            label(b[1], "DVB", 9)
            n = max(1, min(8, len(b[2]) // 95 + 1 + b[2].count("\n")))
            field(b[2], n)
        elif t == "check":
            need(16)
            x = 2 * cm
            for lab, on in b[1]:
                x = box(on, lab, x)
            y[0] -= 16
        elif t == "sig":
            s = b[1]
            label(s["who"], "DVB", 9)
            fid[0] += 1
            need(40)
            c.setFont("DV", 8)
            c.drawString(2 * cm, y[0], "Naam")
            c.acroForm.textfield(name="naam%03d" % fid[0], value=latin(s["name"]), x=3.2 * cm, y=y[0] - 4, width=5 * cm, height=14, fontSize=8.5, borderWidth=0.6)
            c.drawString(8.6 * cm, y[0], "Datum")
            c.acroForm.textfield(name="datum%03d" % fid[0], value=latin(s["date"]), x=10 * cm, y=y[0] - 4, width=3 * cm, height=14, fontSize=8.5, borderWidth=0.6)
            c.drawString(13.4 * cm, y[0], "Handtekening")
            c.line(15.4 * cm, y[0] - 4, W - 2 * cm, y[0] - 4)
            if s["signed"]:
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(io.BytesIO(scribble_png(hash_stable(s["name"] + s["who"])))), 15.5 * cm, y[0] - 4, width=3 * cm, height=0.8 * cm)
            y[0] -= 30
        elif t == "table":
            for row in b[1]:
                if len(row) == 2:
                    label(row[0], "DVB", 8.5)
                    n = max(1, min(8, len(row[1]) // 95 + 1 + row[1].count("\n")))
                    field(row[1], n)
                else:
                    label(" | ".join(row)[:110], "DV", 8.5)
        elif t == "footer":
            pending.append(b[1])
    c.setFont("DV", 7)
    c.drawRightString(W - 2 * cm, 1.2 * cm, "Invulformulier OPP – %s" % d["swv"])
    c.save()

# ---------------------------------------------------------------- soffice / scans / determinism


def scrub_pdf(path):
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}([+\-Z][0-9']*)?", lambda m: b"D:20260101000000" + b"0" * (len(m.group(0)) - 16), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"(<xmp:CreateDate>|<xmp:ModifyDate>|<xmp:MetadataDate>)[^<]*", lambda m: m.group(1) + b"2026-01-01T00:00:00" + b" " * max(0, len(m.group(0)) - len(m.group(1)) - 19), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-f\-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    open(path, "wb").write(data)


def soffice_pdf(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo_blind19_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def make_scan(src_pdf, out_pdf, seed):
    from PIL import Image, ImageFilter
    rr = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="scan_blind19_")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for fn in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        im = im.rotate(rr.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=True, fillcolor=235)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 60):
            x, y = rr.randrange(w), rr.randrange(h)
            px[x, y] = rr.choice([60, 120, 200])
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im.convert("RGB"))
    pages[0].save(out_pdf, "PDF", resolution=110, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)

# ---------------------------------------------------------------- non-OPP documents


def leaflet_blocks():
    return [("title", "Wat is een OPP? Informatie voor ouders"), ("p", "Stichting Passend Leren Heuvelrade – ouderfolder"),
            ("h1", "Waarom een ontwikkelingsperspectiefplan?"),
            ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een "
                  "ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat wat de school verwacht over de uitstroom van uw kind, "
                  "welke factoren het leren bevorderen of belemmeren en welke ondersteuning de school gaat bieden."),
            ("h1", "Wat mag u verwachten?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Over het handelingsdeel heeft u instemmingsrecht. "
                  "Het plan wordt minstens één keer per jaar met u geëvalueerd. Vanaf augustus 2025 wordt ook uw kind zelf gehoord."),
            ("h1", "Niet eens?"),
            ("p", "Praat eerst met de school. Komt u er niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een "
                  "onderwijsconsulent of de Geschillencommissie passend onderwijs."),
            ("h2", "Meer weten?"), ("p", "Bel het steunpunt op werkdagen tussen 9 en 12 uur of kijk op onze website.")]


def newsletter_blocks():
    return [("title", "Nieuwsbrief OBS De Klimboom – november 2025"), ("h1", "Van de directie"),
            ("p", "De herfstvakantie is voorbij en we zijn weer volop aan het werk. De nieuwe speeltoestellen zijn geplaatst."),
            ("h1", "Oudergesprekken en ontwikkelingsperspectieven"),
            ("p", "In week 47 vinden de oudergesprekken plaats. Voor leerlingen met een ontwikkelingsperspectiefplan (OPP) "
                  "nodigt de intern begeleider ouders apart uit om het plan te bespreken. Ook de kinderen zelf worden gevraagd wat "
                  "zij belangrijk vinden."),
            ("h1", "Agenda"), ("table", [("Datum", "Activiteit"), ("18 november", "Studiedag – kinderen vrij"),
                                         ("5 december", "Sinterklaasviering, continurooster tot 12.00 uur"),
                                         ("19 december", "Kerstdiner")], True),
            ("h1", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Dank aan alle hulpouders!")]


def blank_format_blocks(form=False):
    d = {"name": "[naam leerling]"}
    B = [("title", "Format ontwikkelingsperspectiefplan (OPP)"), ("p", "Versie 2025 – in te vullen door de intern begeleider"),
         ("table", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep", ""), ("School", ""), ("Schooljaar", "")], False)]
    for el, instr in [("uitstroombestemming", True), ("onderbouwing", True), ("belemmerende_factoren", False),
                      ("bevorderende_factoren", False), ("ondersteuningsbehoefte", True), ("doelen", True),
                      ("ondersteuning", True), ("adviezen_professionals", False), ("oogo", False), ("evaluatie", True),
                      ("vaststelling", False)]:
        B.append(("h2", fmt(HEAD[el][0], d)))
        if instr and not form:
            B.append(("i", fmt(INSTR[el], d)))
        else:
            B.append(("p", ""))
    B += [("h2", "Akkoord ouders met het handelingsdeel"), ("check", [("akkoord", False), ("niet akkoord", False)]),
          ("sig", {"who": "Ouder(s)/verzorger(s)", "name": "", "date": "", "signed": False}),
          ("sig", {"who": "Directeur", "name": "", "date": "", "signed": False})]
    return B
# blank format: present fields -> incomplete; no field for afwijkingen, inbreng_leerling, informatie_rechten -> missing
BLANK_MISSING = {"afwijkingen_onderwijsprogramma", "inbreng_leerling", "informatie_rechten"}

# ---------------------------------------------------------------- document specs

TYPES = ["po", "sbo", "so", "vo", "pro", "vso"]
LAYOUT_NAMES = list(LAYOUTS)
FORMATS = ["pdf-lo", "pdf-rl", "docx", "odt", "txt", "pdf-form", "md", "docx-cc"]
SCAN_IDX = {5, 13, 22, 31, 40, 47}
N_OPP = 51


def build_specs():
    r = random.Random(SEED)
    gap_ptr = {el: r.randrange(len(GAP_KINDS[el])) for el in ELEMENTS}
    el_order = ELEMENTS[:]
    r.shuffle(el_order)
    elp = 0
    docs = []
    revised_done = False
    r2 = random.Random(SEED + 1)
    lay_list = (LAYOUT_NAMES * 6)[:N_OPP]
    r2.shuffle(lay_list)
    fmt_list = (FORMATS * 7)[:N_OPP]
    r2.shuffle(fmt_list)
    for i in range(N_OPP):
        st = TYPES[i % 6]
        lay = lay_list[i]
        fmtk = "scan" if i in SCAN_IDX else fmt_list[i]
        fn, hij, zijn = FIRST[(i * 7) % len(FIRST)]
        last = LAST[(i * 3 + 1) % len(LAST)]
        pre = r.random() < 0.33 and st != "vso" or (st == "vso" and i in (23,)) or i == 8
        if pre:
            date = (r.choice([2023, 2024, 2024, 2025]), r.randint(1, 12), r.randint(1, 27))
            if date[0] == 2025 and date[1] > 6:
                date = (2025, r.randint(2, 6), date[2])
            if date[0] == 2023 and date[1] < 9:
                date = (2023, r.randint(9, 12), date[2])
        else:
            date = (r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 27))
            if date[0] == 2025 and date[1] < 9:
                date = (2025, r.randint(9, 12), date[2])
            if date[0] == 2026 and date[1] > 11:
                date = (2026, r.randint(1, 11), date[2])
        adult = st == "vso" and i in (11, 29, 41)
        curatele = st == "vso" and i in (17, 35)
        if st in ("po", "sbo", "so"):
            age, grade_label, grade = r.randint(8, 12), "Groep", str(r.randint(4, 8))
        elif st in ("vo", "pro"):
            age, grade_label, grade = r.randint(12, 16), "Leerjaar", str(r.randint(1, 4))
        else:
            age, grade_label, grade = r.randint(13, 17), "Leerjaar / groep", "VSO " + r.choice(["onderbouw", "bovenbouw"])
        if adult or curatele:
            age = r.randint(18, 20)
            grade = "VSO bovenbouw (schoolverlaters)"
        guardian = "%s %s" % (r.choice(["mevr. E.", "dhr. R.", "mevr. T.", "dhr. H."]), last)
        d = dict(idx=i, type=st, layout=lay, fmt=fmtk, name=fn, hij=hij, zijn=zijn, last=last, full=fn + " " + last,
                 date=date, pre=pre, adult=adult, curatele=curatele, age=age, grade_label=grade_label, grade=grade,
                 dob="%d-%d-%d" % (r.randint(1, 28), r.randint(1, 12), date[0] - age),
                 school=SCHOOLS[st][i % len(SCHOOLS[st])], place=PLACES[i % len(PLACES)], swv=SWV[i % len(SWV)],
                 author=r.choice(STAFF), director=r.choice(DIRECTORS), lnr=40000 + i * 37, guardian=guardian,
                 cc=(fmtk == "docx-cc"))
        d["uitstroom"] = r.choice({
            "po": ["vmbo basis- en kaderberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "vmbo-kader",
                   "vmbo-kader/gemengde leerweg"],
            "sbo": ["vmbo-basis met lwoo", "praktijkonderwijs", "vmbo-kader met lwoo"],
            "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)", "vmbo-tl (regulier, met extra ondersteuning)",
                   "vso, uitstroomprofiel vervolgonderwijs (havo)"],
            "vo": ["havo-diploma, daarna hbo", "vmbo-gt diploma, vervolg mbo niveau 4", "vwo-diploma"],
            "pro": ["arbeidsmarkt: werk in de groenvoorziening met branchecertificaat",
                    "entreeopleiding (mbo-1), daarna werk in de logistiek",
                    "betaald werk in de horeca (keukenhulp) met praktijkverklaring"],
            "vso": ["uitstroomprofiel arbeidsmarktgericht: beschut werk in een leerwerkbedrijf",
                    "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (taakgericht)",
                    "uitstroomprofiel vervolgonderwijs: vmbo-kader diploma, daarna mbo-2"]}[st])
        d["schoolyear"] = "%d-%d" % ((date[0], date[0] + 1) if date[1] >= 8 else (date[0] - 1, date[0]))
        if adult:
            d["parent_name"], d["consent_party"] = d["full"], "de leerling (meerderjarig)"
        elif curatele:
            d["parent_name"], d["consent_party"] = guardian + " (curator)", "de curator"
        else:
            d["parent_name"] = guardian
            d["consent_party"] = r.choice(["ouder(s)/verzorger(s)", "de ouders", "ouder/verzorger"])
        if pre and not revised_done and st == "so":
            d["revised"] = (2025, 10, 14)
            revised_done = True
        d["inbreng_na_reason"] = "adult" if adult else ("pre" if pre and not d.get("revised") else None)
        d["pre_has_inbreng"] = r.random() < 0.4
        spec = {}
        if r.random() < 0.5:
            spec["afwijkingen_onderwijsprogramma"] = "na"
        complete = (i % 3 == 0)
        if not complete:
            k = r.choice([1, 2, 2, 3, 3, 4, 5])
            tries = 0
            while k > 0 and tries < 40:
                tries += 1
                el = el_order[elp % len(el_order)]
                elp += 1
                if el in spec and spec[el] != "na":
                    continue
                if el == "inbreng_leerling" and d["inbreng_na_reason"]:
                    continue
                kinds = GAP_KINDS[el]
                kind = kinds[gap_ptr[el] % len(kinds)]
                gap_ptr[el] += 1
                spec[el] = kind
                k -= 1
        if spec.get("afwijkingen_onderwijsprogramma") == "nvt_but_applies" and d["fmt"] == "pdf-form":
            spec["afwijkingen_onderwijsprogramma"] = "placeholder"
        forced = {1: "refused", 7: "partial", 14: "school_only", 19: "blank_line", 26: "unticked_box",
                  4: "voor_gezien", 10: "onder_protest", 22: "sig_no_date"}
        if i in forced and not complete:
            spec["instemming_ouders"] = forced[i]
        if i == 41:
            spec["instemming_ouders"] = "wrong_party"
        if i == 35:
            spec["instemming_ouders"] = "curatele_self"
        d["spec"] = spec
        d["complete"] = complete
        docs.append(d)
    return docs


def labels_for(d):
    out = {}
    for el in ELEMENTS:
        k = d["spec"].get(el)
        if k == "na":
            out[el] = "not_applicable"
        elif k in ("wrong_party", "curatele_self"):
            out[el] = "incomplete"
        elif k is not None:
            out[el] = label_for(k)
        elif el == "inbreng_leerling" and d["inbreng_na_reason"]:
            out[el] = "not_applicable"
        else:
            out[el] = "present"
    return out


def notes_for(d):
    bits = []
    gaps = {el: k for el, k in d["spec"].items() if k != "na"}
    bits.append("complete" if not gaps else "gaps: " + ", ".join("%s=%s" % (e, k) for e, k in gaps.items()))
    bits.append("plan set %s%s" % (ddate(d["date"]), " (before 1-8-2025)" if d["pre"] else ""))
    if d.get("revised"):
        bits.append("set before 1-8-2025 but revised %s, so inbreng applies" % ddate(d["revised"]))
    if d["inbreng_na_reason"] == "pre" and d["pre_has_inbreng"]:
        bits.append("pupil's view given although not yet required")
    if d["adult"]:
        bits.append("adult handelingsbekwaam pupil is the consenting party")
    if d["curatele"]:
        bits.append("adult pupil under curatele: the curator is the consenting party, pupil still heard")
    if d["spec"].get("afwijkingen_onderwijsprogramma") == "na":
        bits.append("explicit 'geen afwijkingen'")
    if d["spec"].get("afwijkingen_onderwijsprogramma") == "nvt_but_applies":
        bits.append("afwijkingen says n.v.t. but gegevens show reduced timetable")
    if d["spec"].get("instemming_ouders") == "other_consent":
        bits.append("only an AVG/photo consent is signed")
    if d["spec"].get("instemming_ouders") == "wrong_party":
        bits.append("parents signed for an adult handelingsbekwaam pupil; pupil did not consent")
    if d["spec"].get("instemming_ouders") == "curatele_self":
        bits.append("pupil under curatele signed himself; curator did not")
    if d["fmt"] == "docx-cc":
        bits.append("docx with content controls (w14 checkboxes, placeholder text controls)")
    if d["fmt"] == "pdf-form":
        bits.append("content lives in AcroForm field values")
    return "; ".join(bits)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    specs = build_specs()
    labels = []
    tmp = tempfile.mkdtemp(prefix="gen_blind19_")
    for d in specs:
        r = random.Random(SEED * 1000 + d["idx"])
        B = LAYOUTS[d["layout"]](d, r)
        base = "%02d-%s-%s" % (d["idx"] + 1, d["type"], d["layout"])
        f = d["fmt"]
        if f == "pdf-lo":
            src = os.path.join(tmp, base + ".docx")
            render_docx(B, d, src)
            soffice_pdf(src, DOCS)
            out, fmtname = base + ".pdf", "pdf"
            scrub_pdf(os.path.join(DOCS, out))
        elif f == "pdf-rl":
            out, fmtname = base + ".pdf", "pdf"
            render_pdf(B, d, os.path.join(DOCS, out))
        elif f in ("docx", "docx-cc"):
            out, fmtname = base + ".docx", "docx"
            render_docx(B, d, os.path.join(DOCS, out))
        elif f == "odt":
            out, fmtname = base + ".odt", "odt"
            render_odt(B, d, os.path.join(DOCS, out))
        elif f == "txt":
            out, fmtname = base + ".txt", "txt"
            render_text(B, d, os.path.join(DOCS, out))
        elif f == "md":
            out, fmtname = base + ".md", "md"
            render_text(B, d, os.path.join(DOCS, out), md=True)
        elif f == "pdf-form":
            out, fmtname = base + "-formulier.pdf", "pdf"
            render_form(B, d, os.path.join(DOCS, out))
        elif f == "scan":
            src = os.path.join(tmp, base + ".pdf")
            render_pdf(B, d, src)
            out, fmtname = base + "-scan.pdf", "pdf"
            make_scan(src, os.path.join(DOCS, out), SEED + d["idx"])
            scrub_pdf(os.path.join(DOCS, out))
        el = labels_for(d)
        acc = []
        if f == "scan":
            acc = [e for e in ("instemming_ouders", "vaststelling") if el[e] in ("present", "incomplete")]
        labels.append({"file": "docs/" + out, "format": fmtname,
                       "layout": d["layout"] + ({"pdf-form": " (invulformulier)", "docx-cc": " (inhoudsbesturingselementen)",
                                                  "pdf-lo": " (Word-export)", "scan": " (scan)"}.get(f, "")),
                       "school_type": d["type"], "scanned": f == "scan", "elements": el, "accept_unclear": acc,
                       "notes": notes_for(d) + "; render=" + f})
    # non-OPP documents
    nd = {"school": "x", "author": "x", "swv": "Stichting Passend Leren Heuvelrade", "cc": False}
    allmiss = {e: "missing" for e in ELEMENTS}
    render_pdf(leaflet_blocks(), nd, os.path.join(DOCS, "90-none-folder-ouders.pdf"))
    labels.append({"file": "docs/90-none-folder-ouders.pdf", "format": "pdf", "layout": "ouderfolder", "school_type": "none",
                   "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                   "notes": "not an OPP: parents' leaflet explaining the OPP; mentions every element in general terms; all missing"})
    render_docx(newsletter_blocks(), nd, os.path.join(DOCS, "91-none-nieuwsbrief.docx"))
    labels.append({"file": "docs/91-none-nieuwsbrief.docx", "format": "docx", "layout": "nieuwsbrief", "school_type": "none",
                   "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                   "notes": "not an OPP: school newsletter mentioning OPP meetings; all missing"})
    bl = {e: ("missing" if e in BLANK_MISSING else "incomplete") for e in ELEMENTS}
    render_docx(blank_format_blocks(), nd, os.path.join(DOCS, "92-sbo-leeg-format.docx"))
    labels.append({"file": "docs/92-sbo-leeg-format.docx", "format": "docx", "layout": "leeg format", "school_type": "sbo",
                   "scanned": False, "elements": dict(bl), "accept_unclear": [],
                   "notes": "blank format with instructions; fields present -> incomplete; no field for afwijkingen, inbreng_leerling, informatie_rechten -> missing"})
    nd2 = dict(nd, swv="SWV PO De Zandmeren")
    render_form(blank_format_blocks(form=True), nd2, os.path.join(DOCS, "93-vso-leeg-invulformulier.pdf"))
    labels.append({"file": "docs/93-vso-leeg-invulformulier.pdf", "format": "pdf", "layout": "leeg format (invulformulier)",
                   "school_type": "vso", "scanned": False, "elements": dict(bl), "accept_unclear": [],
                   "notes": "blank fillable PDF form, all fields empty; same field set as 92"})
    shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print("wrote", len(labels), "documents")


if __name__ == "__main__":
    main()
