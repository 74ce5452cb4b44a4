# -*- coding: utf-8 -*-
"""Documents that are not filled-in OPPs: leaflet, newsletter, general letter, two blank formats."""
import os, random, datetime as dt
from gen_layouts import *
from gen_render import *


def allmissing():
    return {e: "missing" for e in ELEMENTS}


def extra_docs(DOCS, TMP):
    out = []
    # 1 leaflet (reportlab pdf)
    L = [("title", "Wat is een OPP? Informatie voor ouders"),
         ("p", "Samenwerkingsverband Passend Onderwijs Lingebroek"),
         ("p", "Heeft uw kind extra ondersteuning nodig? Dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. "
               "Hierin staat wat de school verwacht over de uitstroombestemming van uw kind en waarop die verwachting "
               "gebaseerd is, welke belemmerende en bevorderende factoren er zijn en welke ondersteuning de school biedt."),
         ("h", "Wat staat er in een OPP?", 2),
         ("list", ["de te verwachten uitstroombestemming en de onderbouwing daarvan",
                   "belemmerende en bevorderende factoren", "de onderwijsbehoeften en doelen",
                   "het handelingsdeel: de ondersteuning die de school biedt",
                   "eventuele afwijkingen van het onderwijsprogramma",
                   "de mening van uw kind (sinds 1 augustus 2025 verplicht)"]),
         ("h", "Uw rechten", 2),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. U heeft instemmingsrecht op het "
               "handelingsdeel. Het OPP wordt minstens één keer per jaar met u geëvalueerd. Bent u het niet eens? "
               "Neem contact op met het ouder- en jeugdsteunpunt of met de Geschillencommissie passend onderwijs."),
         ("p", "Meer weten? Bel het ouder- en jeugdsteunpunt: 0345 - 000 000.")]
    to_pdf(L, os.path.join(DOCS, "x01-folder-wat-is-een-opp.pdf"))
    out.append({"file": "docs/x01-folder-wat-is-een-opp.pdf", "format": "pdf", "layout": "folder-ouders",
                "school_type": "none", "scanned": False, "elements": allmissing(), "accept_unclear": [],
                "notes": "not an OPP: leaflet of an invented samenwerkingsverband explaining what an OPP contains; all missing"})
    # 2 newsletter (docx)
    N = [("title", "Nieuwsbrief De Wilgenhoek - december"), ("h", "Agenda", 2),
         ("list", ["12 december: kerstviering", "19 december: studiedag, alle kinderen vrij", "8 januari: ouderavond groep 8"]),
         ("h", "Nieuw: leerlingen praten mee over hun OPP", 2),
         ("p", "Sinds 1 augustus 2025 moeten scholen leerlingen met een ontwikkelingsperspectiefplan vragen naar hun "
               "mening. Onze intern begeleider voert daarom met elk kind met een OPP een kindgesprek voordat het plan "
               "met ouders wordt besproken. Ouders blijven instemmen met het handelingsdeel; de evaluatie doen we "
               "voortaan samen met uw kind."),
         ("h", "Luizencontrole", 2), ("p", "Na elke vakantie controleren de luizenouders alle kinderen.")]
    to_docx(N, os.path.join(DOCS, "x02-nieuwsbrief-december.docx"))
    out.append({"file": "docs/x02-nieuwsbrief-december.docx", "format": "docx", "layout": "nieuwsbrief",
                "school_type": "none", "scanned": False, "elements": allmissing(), "accept_unclear": [],
                "notes": "not an OPP: school newsletter with an item on OPPs in general; all missing"})
    # 3 general letter (txt)
    T = [("p", "VSO Het Kompas, Brakelum"), ("p", "Aan alle ouders en verzorgers"),
         ("p", "Betreft: nieuwe werkwijze ondertekening OPP via het ouderportaal"),
         ("p", "Beste ouders en verzorgers,"),
         ("p", "Vanaf dit schooljaar kunt u het handelingsdeel van het OPP van uw kind digitaal ondertekenen via het "
               "ouderportaal. U ontvangt een bericht zodra het plan klaarstaat. Met de knop 'Akkoord' stemt u in; met "
               "'Niet akkoord' geeft u aan dat u het niet eens bent, waarna de mentor contact met u opneemt. Alleen "
               "'gelezen' is geen instemming. Is uw kind 18 jaar of ouder en handelingsbekwaam, dan tekent uw kind zelf."),
         ("p", "Met vriendelijke groet,"), ("p", "De directie")]
    to_txt(T, os.path.join(DOCS, "x03-brief-digitaal-ondertekenen.txt"))
    out.append({"file": "docs/x03-brief-digitaal-ondertekenen.txt", "format": "txt", "layout": "brief-algemeen",
                "school_type": "none", "scanned": False, "elements": allmissing(), "accept_unclear": [],
                "notes": "not an OPP: general letter to all parents about signing OPPs via the portal; all missing"})
    # 4/5 blank formats
    for k, (lay, fmt, st) in enumerate([("swv-genummerd", "odt", "po"), ("beknopt-opp", "pdf-form", "vo")]):
        p = {"first": "", "last": "", "hij": "hij/zij", "zijn": "zijn/haar", "dob": ""}
        el = {e: ("incomplete", "empty") for e in ELEMENTS}
        if k == 0:
            el["informatie_rechten"] = ("missing", "omit")
        else:
            el["inbreng_leerling"] = ("missing", "omit")
            el["oogo"] = ("incomplete", "date_blank")
            el["vaststelling"] = ("incomplete", "blank_fields")
        el["instemming_ouders"] = ("incomplete", "blank_line")
        spec = {"idx": 90 + k, "type": st, "p": p, "date": dt.date(2026, 9, 1), "post": True, "sy": "20..-20..",
                "school": "........", "group": "....", "place": "", "staff": ["", "", "", "", ""], "v": 1, "rng": random.Random(5 + k),
                "parents": ["", ""], "consent": "blank_line", "fmt": fmt, "layout": lay, "adult": False,
                "curatele": False, "swv": "Format OPP - Samenwerkingsverband De Vijf Dorpen", "el": el}
        blocks = LAYOUTS[lay](spec)
        stem = f"x0{4+k}-leeg-format-{lay}"
        if fmt == "odt":
            to_docx(blocks, os.path.join(TMP, stem + ".docx")); f = stem + ".odt"; ff = "odt"
        else:
            to_fillable(blocks, os.path.join(DOCS, stem + ".pdf")); f = stem + ".pdf"; ff = "pdf"
        out.append({"file": "docs/" + f, "format": ff, "layout": lay + " (leeg format)", "school_type": "none",
                    "scanned": False, "elements": {e: el[e][0] for e in ELEMENTS}, "accept_unclear": [],
                    "notes": "blank format, no pupil filled in: incomplete where a heading/field exists, missing where "
                             "the format has no field"})
    return out
