# -*- coding: utf-8 -*-
"""Documents that are not OPPs: a leaflet, a newsletter, a blank format."""
from model import ELEMENTS
import content as C

NA = {e: "not_applicable" for e in ELEMENTS}
BLANK = {e: "incomplete" for e in ELEMENTS}
BLANK["informatie_rechten"] = "present"  # the format's pre-printed rights text is real content
LABELS = {"leaflet": NA, "newsletter": NA, "blank": BLANK}

SWV = "Samenwerkingsverband Passend Onderwijs Kadelo-Wiekerdijk"


def blocks(d):
    k = d.kind
    if k == "leaflet":
        B = [("sub", SWV), ("title", "Het ontwikkelingsperspectief (OPP): informatie voor ouders"),
             ("h1", "Wat is een OPP?"),
             ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een "
                   "ontwikkelingsperspectiefplan, kortweg OPP. Ook voor alle leerlingen in het speciaal (basis)onderwijs, "
                   "het voortgezet speciaal onderwijs en het praktijkonderwijs wordt een OPP gemaakt."),
             ("h1", "Wat staat erin?"),
             ("bul", ["de verwachte uitstroombestemming: naar welke school of welk soort werk uw kind waarschijnlijk gaat",
                      "de onderbouwing daarvan, met de factoren die het leren belemmeren en bevorderen",
                      "het handelingsdeel: welke extra ondersteuning uw kind krijgt, door wie en hoe vaak",
                      "eventuele afwijkingen van het gewone lesprogramma",
                      "wanneer het plan met u en uw kind wordt geëvalueerd"]),
             ("h1", "Uw rol als ouder"),
             ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. Met het handelingsdeel moet u "
                   "instemmen. Sinds 1 augustus 2025 moet de school ook uw kind horen en opschrijven wat uw kind vindt."),
             ("h1", "Niet eens met het plan?"),
             ("p", "Praat eerst met de school. U kunt ook terecht bij ons ouder- en jeugdsteunpunt (0512-555 019, "
                   "op werkdagen) of bij een onderwijsconsulent. Binnen zes weken kunt u naar de Geschillencommissie "
                   "passend onderwijs."),
             ("h1", "Meer weten?"), ("p", "Kijk op de website van het samenwerkingsverband of vraag de intern begeleider "
                                         "of zorgcoördinator van de school van uw kind.")]
        return B, dict(title="Folder OPP voor ouders", author="SWV Kadelo-Wiekerdijk",
                       footer="Folder ouders – versie september 2025")
    if k == "newsletter":
        B = [("title", "Nieuwsbrief De Zeilmeeuw – december 2025"),
             ("h1", "Van de directie"),
             ("p", "Beste ouders, wat was het een drukke en gezellige maand! Sinterklaas heeft ons bezocht en de groepen "
                   "7 en 8 hebben prachtige surprises gemaakt."),
             ("h1", "Gesprekken over ontwikkelingsperspectieven"),
             ("p", "In januari evalueren wij de ontwikkelingsperspectiefplannen (OPP's) van de leerlingen die extra "
                   "ondersteuning krijgen. De ouders van deze leerlingen krijgen een uitnodiging van de intern "
                   "begeleider. Nieuw dit jaar: ook de kinderen zelf worden gehoord en mogen meepraten over hun plan."),
             ("h1", "Studiedag"), ("p", "Op woensdag 14 januari zijn alle kinderen vrij in verband met een studiedag."),
             ("h1", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u op maandag geen "
                                           "ingewikkelde kapsels maken?"),
             ("h1", "Agenda"), ("tbl", ["Datum", "Activiteit"],
                                [["19 december", "Kerstviering, 17.00–19.00 uur"],
                                 ["22 december t/m 2 januari", "Kerstvakantie"],
                                 ["14 januari", "Studiedag, kinderen vrij"],
                                 ["19–30 januari", "Evaluatiegesprekken OPP"]], [0.35, 0.65])]
        return B, dict(title="Nieuwsbrief december", author="Daltonschool De Zeilmeeuw",
                       footer="Daltonschool De Zeilmeeuw · Kadelo")
    if k == "blank":
        I = C.INSTRUCTIONS
        B = [("sub", SWV), ("title", "Format ontwikkelingsperspectiefplan (OPP) – versie 2025"),
             ("pi", "Toelichting: dit format is vastgesteld door het samenwerkingsverband. Vul alle onderdelen in. "
                    "Grijze teksten verwijderen voor het versturen naar ouders."),
             ("h1", "1. Gegevens leerling"),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""),
                     ("Ouder(s)/verzorger(s)", ""), ("Looptijd plan", "")]),
             ("h1", "2. Beeld van de leerling"),
             ("tbl", ["Domein", "Belemmerend", "Bevorderend"], [[n, "", ""] for _, n in C.DOMAINS], [0.3, 0.35, 0.35]),
             ("h1", "3. Onderwijs- en ondersteuningsbehoeften"), ("pi", I["ondersteuningsbehoefte"]),
             ("h1", "4. Ontwikkelingsperspectief"), ("h2", "4.1 Uitstroombestemming"), ("pi", I["uitstroombestemming"]),
             ("h2", "4.2 Onderbouwing"), ("pi", I["onderbouwing"]),
             ("h1", "5. Adviezen externe deskundigen"), ("pi", I["adviezen_professionals"]),
             ("h1", "6. Handelingsdeel"), ("h2", "6.1 Doelen"), ("pi", I["doelen"]),
             ("h2", "6.2 Ondersteuning"), ("tbl", ["Ondersteuning", "Door wie", "Frequentie / vanaf"], [["", "", ""]] * 3,
                                           [0.5, 0.25, 0.25]),
             ("h2", "6.3 Afwijkingen van het onderwijsprogramma"), ("pi", I["afwijkingen_onderwijsprogramma"]),
             ("h1", "7. Inbreng van de leerling"), ("pi", I["inbreng_leerling"]),
             ("h1", "8. Evaluatie"), ("kv", [("Datum tussenevaluatie", ""), ("Datum eindevaluatie", "")]),
             ("h1", "9. Overleg met ouders"), ("kv", [("Datum OOGO", ""), ("Aanwezig", "")]),
             ("h1", "10. Vaststelling en instemming"), ("kv", [("Datum vaststelling", ""), ("Vastgesteld door", "")]),
             ("p", C.RIGHTS_FULL.replace("{swv}", SWV)),
             ("chk", [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord met het handelingsdeel")]),
             ("sig", [dict(role="Ouder/verzorger", name="", date="", mark="blank"),
                      dict(role="Namens de school", name="", date="", mark="blank")])]
        return B, dict(title="Format OPP 2025", author="SWV Kadelo-Wiekerdijk", footer="Format OPP SWV – versie 2025")
    raise KeyError(k)
