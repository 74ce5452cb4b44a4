# -*- coding: utf-8 -*-
"""Three documents that are not OPPs: a leaflet for parents, a school newsletter, a blank format."""
import os
from gen_content import ELEMENTS
from gen_writers import write_pdf, write_docx, write_pdf_form

LEAFLET = [
    ("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
    ("sub", "Informatie voor ouders — Samenwerkingsverband Passend Onderwijs Vaartland"),
    ("h", 2, "Voor wie is een OPP?"),
    ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan stelt de school een "
          "ontwikkelingsperspectiefplan op. Dat geldt ook voor alle leerlingen in het speciaal (basis)onderwijs en het "
          "praktijkonderwijs."),
    ("h", 2, "Wat staat erin?"),
    ("p", "- de verwachte uitstroombestemming: naar welk vervolgonderwijs of werk uw kind waarschijnlijk gaat;\n"
          "- de onderbouwing daarvan;\n- wat uw kind belemmert en wat helpt (belemmerende en bevorderende factoren);\n"
          "- welke ondersteuning de school biedt: het handelingsdeel;\n- eventuele afwijkingen van het onderwijsprogramma;\n"
          "- de mening van uw kind."),
    ("h", 2, "Wat is uw rol?"),
    ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. "
          "Het plan wordt minstens één keer per jaar met u geëvalueerd."),
    ("h", 2, "Niet eens?"),
    ("p", "Ga eerst in gesprek met de school. Komt u er niet uit, dan kunt u contact opnemen met het Ouder- en "
          "Jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs (binnen zes weken)."),
    ("p", "Meer weten? Bel ons steunpunt: 0900-123 45 67 (lokaal tarief) of kijk op de website van het samenwerkingsverband."),
]

NEWS = [
    ("title", "Nieuwsbrief De Regenboogtuin — december 2026"),
    ("sub", "Basisschool De Regenboogtuin, Ravensloot"),
    ("h", 2, "Van de directie"),
    ("p", "Beste ouders, de decembermaand staat weer voor de deur. Op vrijdag 4 december vierden we Sinterklaas met de hele school."),
    ("h", 2, "Oudergesprekken en OPP-evaluaties"),
    ("p", "In de week van 18 januari vinden de oudergesprekken plaats. Voor leerlingen met een ontwikkelingsperspectiefplan (OPP) "
          "plannen de intern begeleider en de leerkracht in die week ook de tussentijdse evaluatie. U ontvangt hiervoor een aparte "
          "uitnodiging. Vanaf dit schooljaar nodigen we ook uw kind uit om een deel van het gesprek bij te wonen."),
    ("h", 2, "Kerstviering"),
    ("p", "Op donderdag 17 december is de kerstviering van 17.00 tot 19.00 uur. Vrijdag 18 december zijn alle leerlingen om 12.00 uur vrij."),
    ("h", 2, "Agenda"),
    ("table", ["Datum", "Activiteit"], [["17 december", "Kerstviering"], ["21 dec - 1 jan", "Kerstvakantie"],
                                        ["18-22 januari", "Oudergesprekken en OPP-evaluaties"], ["29 januari", "Studiedag, leerlingen vrij"]]),
]


def blank_format():
    rows = [("Naam leerling", ""), ("Geboortedatum", ""), ("School / groep", ""), ("Datum", ""),
            ("Uitstroomperspectief", ""), ("Onderbouwing uitstroomperspectief", ""), ("Belemmerende factoren", ""),
            ("Bevorderende factoren", ""), ("Onderwijsbehoeften", ""), ("Doelen", ""),
            ("Ondersteuning (wat, wie, hoe vaak, vanaf wanneer)", ""), ("Afwijkingen van het onderwijsprogramma", ""),
            ("Evaluatie (data)", ""), ("Besproken met ouders op", ""), ("Vastgesteld op / door", "")]
    return [("title", "Format OPP (leeg)"), ("sub", "Samenwerkingsverband VO Brakendijk-Ravensloot — format 2025-2026"),
            ("p", "Vul alle velden in. Gebruik zo nodig een extra blad."),
            ("kv", rows, False),
            ("h", 2, "Instemming ouders met het handelingsdeel"),
            ("checks", [("Akkoord", False), ("Niet akkoord", False)]),
            ("sig", [{"role": "Ouder/verzorger", "name": "", "date": "", "mark": None},
                     {"role": "Namens de school", "name": "", "date": "", "mark": None}])]


BLANK_IN = {"uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie", "oogo",
            "vaststelling", "instemming_ouders"}


def make(DOCS, n0, tmp):
    out = []
    f1 = "%02d-folder-wat-is-een-opp.pdf" % (n0 + 1)
    write_pdf(LEAFLET, os.path.join(DOCS, f1), sigimg=False)
    out.append({"file": "docs/" + f1, "format": "pdf", "layout": "folder-ouders", "school_type": "none", "scanned": False,
                "elements": {e: "missing" for e in ELEMENTS}, "accept_unclear": [],
                "notes": "not an OPP: information leaflet for parents that names all OPP parts in general terms"})
    f2 = "%02d-nieuwsbrief-december.docx" % (n0 + 2)
    write_docx(NEWS, os.path.join(DOCS, f2))
    out.append({"file": "docs/" + f2, "format": "docx", "layout": "nieuwsbrief", "school_type": "none", "scanned": False,
                "elements": {e: "missing" for e in ELEMENTS}, "accept_unclear": [],
                "notes": "not an OPP: school newsletter mentioning OPP evaluations"})
    f3 = "%02d-leeg-format-opp.pdf" % (n0 + 3)
    write_pdf_form(blank_format(), os.path.join(DOCS, f3), filled=False)
    out.append({"file": "docs/" + f3, "format": "pdf", "layout": "leeg-format", "school_type": "none", "scanned": False,
                "elements": {e: ("incomplete" if e in BLANK_IN else "missing") for e in ELEMENTS}, "accept_unclear": [],
                "notes": "blank fillable PDF format: fields in the format labelled incomplete; adviezen, inbreng leerling and "
                         "rechten have no field (missing)"})
    return out
