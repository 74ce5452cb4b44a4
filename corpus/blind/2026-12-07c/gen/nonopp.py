# -*- coding: utf-8 -*-
"""Documents that are not plans, blank formats, and jongerenversies."""

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
       "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
       "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]


def all_missing():
    return {e: "missing" for e in ELS}


def sop():
    return [
        ("header", "Schoolondersteuningsprofiel 2025-2029 – Basisschool De Wilgenhoek"),
        ("title", "Schoolondersteuningsprofiel 2025-2029"), ("sub", "Basisschool De Wilgenhoek, Oosterlaren – vastgesteld door het bevoegd gezag na advies van de MR"),
        ("h1", "1. Inleiding"),
        ("p", "In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning onze school kan bieden. Iedere school in het "
              "Samenwerkingsverband Passend Primair Lage Venen stelt minimaal eens per vier jaar een SOP op."),
        ("h1", "2. Basisondersteuning"),
        ("bul", ["Handelingsgericht werken met groepsoverzichten en drie instructieniveaus.",
                 "Een intern begeleider (0,6 fte) en een leesspecialist.",
                 "Een dyslexieprotocol en een protocol medisch handelen.",
                 "Een anti-pestprogramma (Kanjertraining)."]),
        ("h1", "3. Extra ondersteuning"),
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning stellen wij een ontwikkelingsperspectiefplan (OPP) op. "
              "In het OPP staan de te verwachten uitstroombestemming, de onderbouwing daarvan en de belemmerende en bevorderende factoren. "
              "Ouders hebben instemmingsrecht op het handelingsdeel. Het OPP wordt minimaal jaarlijks met ouders en leerling geëvalueerd."),
        ("table", ["Ondersteuningsvraag", "Wat wij bieden", "Grenzen"],
         [["Leesproblemen/dyslexie", "Intensieve leesbegeleiding, voorleessoftware", "Geen individuele behandeling onder schooltijd"],
          ["Gedrag", "Kanjertraining, time-outplek, consultatie gedragsspecialist SWV", "Structureel fysiek geweld"],
          ["Slechtziendheid/slechthorendheid", "Samenwerking met ambulante dienst cluster 1/2, aangepast materiaal", "Geen gebarentaal in de groep"],
          ["Meer- en hoogbegaafdheid", "Plusgroep 1 ochtend per week", "Geen voltijds plusklas"]]),
        ("h1", "4. Ambities"),
        ("p", "In de periode 2025-2029 willen wij de inbreng van leerlingen bij hun eigen ontwikkeling versterken (kindgesprekken vanaf groep 3)."),
        ("h1", "5. Contact"), ("p", "Vragen over ondersteuning: intern begeleider mw. S. Kuipers-Alkema, ib@dewilgenhoek.example."),
    ]


def web():
    return [
        ("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
        ("p", "Samenwerkingsverband VO Rivierenvlakte > Ouders > Ondersteuning > Het OPP"),
        ("p", "Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. "
              "Op deze pagina leest u wat erin staat en wat uw rechten zijn."),
        ("h1", "Wat staat er in een OPP?"),
        ("bul", ["De te verwachten uitstroombestemming: naar welke vorm van vervolgonderwijs, werk of dagbesteding uw kind waarschijnlijk gaat.",
                 "De onderbouwing van die bestemming.",
                 "De belemmerende en bevorderende factoren.",
                 "Het handelingsdeel: welke ondersteuning en begeleiding uw kind krijgt, en eventuele afwijkingen van het onderwijsprogramma.",
                 "Sinds 1 augustus 2025: de inbreng van uw kind zelf (hoorrecht)."]),
        ("h1", "Wat zijn uw rechten?"),
        ("p", "De school voert met u op overeenstemming gericht overleg voordat het OPP wordt vastgesteld. Voor het handelingsdeel is uw "
              "instemming nodig. Bent u het niet eens? Neem contact op met het Ouder- en Jeugdsteunpunt (0800-OUDERS, fictief nummer) of met een "
              "onderwijsconsulent. U kunt binnen zes weken naar de Geschillencommissie passend onderwijs."),
        ("h1", "Hoe vaak wordt het OPP besproken?"),
        ("p", "Minimaal één keer per schooljaar evalueert de school het OPP met u en met uw kind."),
        ("h1", "Downloads"),
        ("bul", ["Format OPP VO (docx)", "Format beknopt OPP (pdf)", "Folder 'Het OPP in gewone taal' (pdf)"]),
        ("p", "Laatst bijgewerkt: 3 september 2025"),
    ]


def besluit():
    return [
        ("title", "Besluit toekenning arrangement"), ("sub", "Samenwerkingsverband VO Rivierenvlakte – Commissie Arrangementen"),
        ("kv", [("Kenmerk", "SWV-RV/ARR/2025-117"), ("Datum besluit", "4 november 2025"), ("Leerling", "L.M. (initialen i.v.m. privacy), geboren 2011"),
                ("Aanvragende school", "Veltman Lyceum, Haulerwijk-Oost"), ("Arrangement", "Plusvoorziening De Brug, 3 dagen per week"),
                ("Looptijd", "1 november 2025 tot en met 31 juli 2026"), ("Bekostiging", "Uit de ondersteuningsmiddelen van het samenwerkingsverband")]),
        ("h1", "Overwegingen"),
        ("p", "De commissie heeft kennisgenomen van de aanvraag, het groeidocument en het ontwikkelingsperspectiefplan dat de school heeft "
              "aangeleverd. De commissie is van oordeel dat de ondersteuningsbehoefte de basisondersteuning van de school overstijgt."),
        ("h1", "Besluit"),
        ("p", "De commissie kent het arrangement toe onder de voorwaarde dat de school het OPP binnen zes weken na de start bijstelt en "
              "het arrangement tussentijds evalueert."),
        ("h1", "Bezwaar"),
        ("p", "Tegen dit besluit kan het bevoegd gezag binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband."),
        ("p", "Namens de commissie,\n\ndhr. drs. K. Welling, voorzitter"),
    ]


def verwijzing():
    return [
        ("p", "Scholengemeenschap De Ossenwaard\nPostbus 412\nDalfsen-West"),
        ("p", "Aan: Reboundvoorziening De Kering, t.a.v. de intakecoördinator"),
        ("p", "Dalfsen-West, 19 november 2025"),
        ("p", "Betreft: verwijzing van B.K., leerling vmbo-kader 2"),
        ("p", "Geachte intakecoördinator,"),
        ("p", "Hierbij verwijzen wij B.K. naar uw voorziening. B. is sinds september meerdere keren uit de les verwijderd en is twee keer "
              "geschorst. Ouders zijn op de hoogte van deze verwijzing en willen graag meewerken aan een intakegesprek."),
        ("p", "Wij vragen u te onderzoeken of een tijdelijke plaatsing van 12 weken mogelijk is. Het ontwikkelingsperspectiefplan stellen wij "
              "na de intake samen met u en de ouders op."),
        ("p", "Bijlagen: verzuimoverzicht, verslag zorgadviesteam 12 november 2025."),
        ("p", "Met vriendelijke groet,\n\nmw. H. Nijenhuis, zorgcoördinator"),
    ]


def checklist():
    items = ["Gegevens leerling en betrokkenen ingevuld", "Te verwachten uitstroombestemming ingevuld", "Onderbouwing uitstroom (LVS, onderzoek)",
             "Belemmerende factoren", "Bevorderende factoren", "Onderwijs- en ondersteuningsbehoeften", "Handelingsdeel: wat, wie, hoe vaak, vanaf wanneer",
             "Afwijkingen onderwijsprogramma beschreven of 'geen'", "SMART-doelen", "Adviezen externe deskundigen verwerkt",
             "OOGO met ouders: datum en deelnemers", "Inbreng leerling + wat ermee gedaan is (vanaf 1-8-2025)",
             "Evaluatiemoment gepland (min. 1x per jaar)", "Informatie over instemmingsrecht en geschillen", "Datum vaststelling en handtekening directeur",
             "Handtekening ouders (instemming handelingsdeel)", "OPP geregistreerd in BRON/ROD binnen 4 weken"]
    return [
        ("title", "Checklist OPP compleet?"), ("sub", "Voor intern begeleiders – SBO Het Scharnier – versie september 2025"),
        ("p", "Gebruik deze lijst voordat je een OPP ter vaststelling aan de directeur geeft. Kruis aan wat in orde is."),
        ("ccbox", [(False, it) for it in items]),
        ("h1", "Aandachtspunten"),
        ("bul", ["'Zie bijlage' is geen inhoud: neem de kern over in het OPP.", "Een handtekening 'voor gezien' is geen instemming.",
                 "Meerderjarige vso-leerling: leerling tekent zelf, tenzij curatele of mentorschap."]),
        ("kv", [("Leerling", ""), ("Gecontroleerd door", ""), ("Datum", "")]),
    ]


def folder():
    return [
        ("title", "Het OPP: wat betekent dat voor u en uw kind?"), ("sub", "Informatie voor ouders – Samenwerkingsverband Passend Primair Lage Venen"),
        ("h1", "Waarom een OPP?"),
        ("p", "Sommige kinderen hebben meer ondersteuning nodig dan een school standaard biedt. Dan maakt de school een ontwikkelingsperspectief "
              "(OPP). Daarin staat wat uw kind nodig heeft en waar het naartoe werkt."),
        ("h1", "Wat moet erin staan?"),
        ("bul", ["Waar uw kind na de basisschool waarschijnlijk naartoe gaat, en waarom.", "Wat het leren moeilijk maakt en wat helpt.",
                 "Welke hulp uw kind krijgt.", "Wat uw kind er zelf van vindt."]),
        ("h1", "Wat mag u?"),
        ("p", "U praat mee voordat het OPP klaar is. Voor het handelingsdeel vraagt de school uw instemming. U hoeft niet direct te tekenen; "
              "neem de tijd en stel vragen. Bent u het niet eens, dan kunt u hulp vragen bij het Ouder- en Jeugdsteunpunt."),
        ("h1", "Voorbeeld van een doel"),
        ("i", "'Eind maart kan Pim de tafels van 1 tot en met 5 opzeggen binnen één minuut.' (voorbeeld, geen echte leerling)"),
        ("p", "Meer informatie: www.passendprimair-lagevenen.example/ouders"),
    ]


def nieuwsbrief():
    return [
        ("title", "Nieuwsbrief IKC De Zandloper – december 2025"),
        ("h1", "Agenda"), ("bul", ["5 december: Sinterklaasviering", "18 december: kerstdiner", "22 december t/m 2 januari: kerstvakantie"]),
        ("h1", "Nieuw: uw kind praat mee over het OPP"),
        ("p", "Sinds 1 augustus 2025 hebben leerlingen het recht om gehoord te worden over hun ontwikkelingsperspectiefplan. Bij ons doen de "
              "leerkrachten dat met een kindgesprek. In het OPP schrijven we op wat uw kind heeft gezegd en wat we daarmee doen. Heeft uw kind "
              "een OPP? Dan nodigen wij u en uw kind in januari uit voor de evaluatie."),
        ("h1", "Van de MR"), ("p", "De MR heeft ingestemd met het nieuwe schoolondersteuningsprofiel."),
        ("h1", "Luizencontrole"), ("p", "Na de kerstvakantie is er op maandag 5 januari luizencontrole."),
    ]


def intake():
    return [
        ("title", "Intakeverslag eerste opvang nieuwkomers"), ("sub", "Nieuwkomersvoorziening IKC Het Palet – Maasdriel-Noord"),
        ("kv", [("Leerling", "R.A. (9 jaar)"), ("Datum intake", "14 oktober 2025"), ("Aanwezig", "moeder, tolk Arabisch, NT2-leerkracht, intern begeleider"),
                ("Land van herkomst", "Syrië"), ("Eerdere scholing", "ca. 2 jaar, onderbroken"), ("Thuistaal", "Arabisch")]),
        ("h1", "Gesprek"),
        ("p", "Moeder vertelt dat R. graag naar school gaat en in het kamp in Libanon les had in een tent. R. kan haar naam schrijven in het "
              "Arabisch en tellen tot 100. Zij heeft last van hoofdpijn; de jeugdarts wordt ingeschakeld."),
        ("h1", "Afspraken"),
        ("bul", ["Start in de nieuwkomersgroep op 20 oktober 2025.", "Na zes weken volgt een eerste observatie; daarna stelt de school een OPP op.",
                 "Toetsing NNI in december."]),
        ("p", "Verslag: mw. R. Terpstra, NT2-leerkracht"),
    ]


def blank1():
    B = [("header", "Samenwerkingsverband Passend Primair Lage Venen – format OPP (versie 3.1, 2024)"),
         ("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", "Samenwerkingsverband Passend Primair Lage Venen"),
         ("h1", "1. Gegevens"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep", ""), ("Ouders/verzorgers", ""), ("Datum OPP", "")]),
         ("h1", "2. Beeld van de leerling"),
         ("h2", "2.1 Belemmerende factoren"), ("i", "Noem hier de belemmerende factoren (maximaal 5)."),
         ("h2", "2.2 Bevorderende factoren"), ("i", "Wat helpt deze leerling?"),
         ("h2", "2.3 Onderwijs- en ondersteuningsbehoeften"), ("i", "Beschrijf wat de leerling nodig heeft."),
         ("h1", "3. Adviezen van deskundigen"), ("i", "Vermeld adviezen en wat de school ermee doet."),
         ("h1", "4. Ontwikkelingsperspectief"),
         ("h2", "4.1 Te verwachten uitstroombestemming"),
         ("checks", [(False, "praktijkonderwijs"), (False, "vmbo-basis"), (False, "vmbo-kader"), (False, "vmbo-gt"), (False, "havo"), (False, "vwo"), (False, "(v)so, profiel: ........")]),
         ("h2", "4.2 Onderbouwing"), ("i", "Onderbouw met LVS-gegevens, onderzoek en schoolloopbaan."),
         ("h1", "5. Handelingsdeel"),
         ("h2", "5.1 Doelen"), ("i", "Formuleer SMART-doelen."),
         ("h2", "5.2 Ondersteuning en begeleiding"), ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]]),
         ("h2", "5.3 Afwijkingen van het onderwijsprogramma"), ("checks", [(False, "Geen afwijkingen"), (False, "Wel afwijkingen, namelijk:")]),
         ("h1", "6. Inbreng van de leerling"), ("i", "Wat vindt de leerling en wat is daarmee gedaan?"),
         ("h1", "7. Overleg met ouders"), ("kv", [("Datum gesprek", ""), ("Aanwezig", "")]),
         ("h1", "8. Evaluatie"), ("kv", [("Datum evaluatie", "")]),
         ("h1", "9. Vaststelling en instemming"), ("kv", [("Datum vaststelling", ""), ("Vastgesteld door", "")]),
         ("p", "Met ondertekening verklaren ouders in te stemmen met het handelingsdeel."),
         ("sig", [("Ouder/verzorger 1", "", "", None), ("Ouder/verzorger 2", "", "", None), ("Namens de school", "", "", None)])]
    L = {e: "incomplete" for e in ELS}
    L["informatie_rechten"] = "missing"
    return B, L


def blank2():
    B = [("title", "Beknopt OPP"), ("sub", "Samenwerkingsverband VO Rivierenvlakte – invulformulier"),
         ("kv", [("Leerling", ""), ("Geboortedatum", ""), ("School / klas", ""), ("Datum", "")]),
         ("h1", "1. Perspectief"), ("kv", [("Uitstroombestemming", ""), ("Onderbouwing (kort)", "")]),
         ("h1", "2. Beeld"), ("kv", [("Belemmerend", ""), ("Bevorderend", ""), ("Wat heeft de leerling nodig?", "")]),
         ("h1", "3. Handelingsdeel"), ("kv", [("Doelen", ""), ("Ondersteuning", ""), ("Evaluatie", "")]),
         ("h1", "4. Vaststelling en instemming"), ("kv", [("Vastgesteld (datum, door)", "")]),
         ("checks", [(False, "Ouder(s) stemmen in met het handelingsdeel."), (False, "Ouder(s) stemmen niet in.")]),
         ("sig", [("Ouder/verzorger", "", "", None), ("Namens de school", "", "", None)])]
    L = {e: "missing" for e in ELS}
    for e in ("uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
              "doelen", "ondersteuning", "evaluatie", "vaststelling", "instemming_ouders"):
        L[e] = "incomplete"
    return B, L


BUILD = dict(sop=sop, web=web, besluit=besluit, verwijzing=verwijzing, checklist=checklist, folder=folder, nieuwsbrief=nieuwsbrief, intake=intake)


def build(spec):
    k = spec["nonopp"]
    if k in ("blank1", "blank2"):
        B, L = (blank1 if k == "blank1" else blank2)()
        return B, L, "none"
    return BUILD[k](), all_missing(), "none"


# ------------------------------------------------------------------ jongerenversie
def jongeren(d, spec, F, consent_blocks, lang, kort, appendix=False):
    if d.arch == "pro":
        B = [("title", "Mijn plan"), ("sub", "Jongerenversie van mijn ontwikkelingsperspectief – %s" % d.school),
             ("p", "Dit is mijn plan in gewone taal. Ik heb het samen met mijn mentor %s gemaakt op %s. Mijn ouders hebben het officiële plan gekregen."
              % (d.mentor, lang(d.date))),
             ("h1", "Wie ben ik?"), ("p", "Ik ben %s. Ik ben %d jaar. Ik zit in leerjaar 3 en ik loop stage bij een groothandel." % (d.roep, d.age)),
             ("h1", "Waar ben ik goed in?"), ("bul", ["Ik werk precies.", "Ik ben altijd op tijd.", "Ik wil graag werken en geld verdienen."]),
             ("h1", "Wat vind ik lastig?"), ("bul", ["Lange teksten lezen.", "Als er op stage iets anders gaat dan gepland, schrik ik.",
                                                  "Ik durf niet goed vragen te stellen."]),
             ("h1", "Wat heb ik nodig?"), ("p", "Uitleg met foto's. Eén vaste begeleider op mijn stage. Dat ze het een dag van tevoren zeggen als er iets verandert."),
             ("h1", "Waar werk ik naartoe?"), ("p", "Na school ga ik werken in een magazijn, als orderpicker."),
             ("h1", "Waarom denken we dat?"), ("p", "Op mijn stage gaat het goed. Mijn werkbegeleider zegt dat ik netjes en precies werk. "
                                                    "Lezen is moeilijk voor mij, maar met foto's lukt het werk wel."),
             ("h1", "Mijn doelen"), ("bul", ["In januari stel ik op stage elke dag zelf minstens één vraag.",
                                            "In maart heb ik mijn certificaat orderpicken.",
                                            "In juni werk ik een hele dag zelf met de foto-instructie."]),
             ("h1", "Wie helpt mij?"), ("bul", ["Meneer Valkema (stagebegeleider) belt elke week met mijn stage.",
                                               "De jobcoach oefent elke week met mij hoe ik iets vraag.",
                                               "De praktijkdocent helpt mij met het certificaat in lesblok 2 en 3."]),
             ("h1", "Wat heb ik zelf gezegd?"), ("p", "Ik wil later in het magazijn werken en niet in de winkel. Daarom mag ik langer in het magazijn "
                                                      "stage lopen en hoef ik niet naar de winkel."),
             ("h1", "Wanneer kijken we hoe het gaat?"), ("p", "In januari praten we met mij en mijn ouders over mijn doelen. Aan het eind van het jaar "
                                                               "maken we samen een nieuw plan."),
             ("h1", "Ben ik het er niet mee eens?"), ("p", "Dan zeg ik dat tegen mijn mentor.")]
        L = {e: "missing" for e in ELS}
        for e in ("uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
                  "ondersteuning", "doelen", "inbreng_leerling", "evaluatie"):
            L[e] = "present"
        L["informatie_rechten"] = "incomplete"
        return B, L
    # vo_plus appendix, je-vorm
    n = d.roep
    B = [("title", "Jouw plan in het kort (jongerenversie)"),
         ("p", "%s, dit is jouw OPP in gewone taal. Het officiële plan staat hiervoor." % n),
         ("h2", "Waar werk je naartoe?"), ("p", "Je gaat voor je havodiploma."),
         ("h2", "Wat gaat goed?"), ("p", "Je bent goed in talen en geschiedenis. Je hebt twee goede vriendinnen in de klas."),
         ("h2", "Wat is lastig?"), ("p", "Drukke ruimtes maken je angstig, en je hebt lessen gemist bij Frans en scheikunde."),
         ("h2", "Wat gaan we doen?"), ("p", "Je bent drie dagen in De Brug en twee dagen in je eigen klas. Elke week praat je met je coach. "
                                            "Elke zes weken kijken we of je meer uren in de klas kunt zijn."),
         ("h2", "Wat heb jij gezegd?"), ("p", "Je wilde eerst terug naar geschiedenis en Engels. Daarom begint je schema met die lessen."),
         ("h2", "Wanneer kijken we terug?"), ("p", "In januari praten we met jou en je ouders over hoe het gaat.")]
    return B, None
