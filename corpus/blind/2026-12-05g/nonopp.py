# -*- coding: utf-8 -*-
"""Documents that are not OPPs: a leaflet, a newsletter and two blank formats."""
import os
from content import ELS, INSTR


def _lab(file, fmt, layout, status, notes, per=None):
    els = {e: status for e in ELS}
    if per:
        els.update(per)
    return {"file": "docs/" + file, "format": fmt, "layout": layout, "school_type": "none", "scanned": False,
            "elements": els, "accept_unclear": [], "notes": notes}


def leaflet(out):
    from render import fonts, esc
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    P = ParagraphStyle("p", fontName="DV", fontSize=10.5, leading=14.5, spaceAfter=5)
    H = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, textColor=colors.HexColor("#7a2e6b"))
    T = ParagraphStyle("t", fontName="DVB", fontSize=20, leading=24, textColor=colors.HexColor("#7a2e6b"))
    txt = [
        ("T", "Wat is een OPP? Informatie voor ouders"),
        ("P", "Uitgave van het Ouderpunt Passend Onderwijs Haakstede-Kelderum. Deze folder legt uit wat een "
              "ontwikkelingsperspectiefplan is. Het is geen plan voor uw kind."),
        ("H", "Voor wie?"),
        ("P", "Een school maakt een OPP als een leerling extra ondersteuning krijgt of een eigen leerroute volgt. "
              "Op het speciaal onderwijs heeft iedere leerling een OPP."),
        ("H", "Wat staat erin?"),
        ("P", "De school schrijft op welke uitstroombestemming zij verwacht (bijvoorbeeld vmbo, havo of een van de "
              "profielen in het vso) en waarom. Ook staat erin wat uw kind helpt en wat het lastig maakt, welke "
              "hulp de school geeft, welke doelen er zijn en of er wordt afgeweken van het gewone lesprogramma."),
        ("H", "Praat u mee?"),
        ("P", "Ja. De school moet het plan eerst met u bespreken. Voor het deel over de ondersteuning (het "
              "handelingsdeel) is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook naar uw kind "
              "luisteren en opschrijven wat het daarmee doet."),
        ("H", "Niet eens?"),
        ("P", "Praat eerst met de school. Lukt dat niet, dan kunt u terecht bij een onderwijsconsulent of bij de "
              "Geschillencommissie passend onderwijs. Let op: daarvoor geldt een termijn van zes weken."),
        ("H", "Meer weten?"),
        ("P", "Bel het Ouderpunt op werkdagen tussen 9 en 12 uur, of kom langs op het inloopspreekuur in de "
              "bibliotheek van Kelderum (elke eerste woensdag van de maand)."),
    ]
    story = []
    for k, t in txt:
        story.append(Paragraph(esc(t), {"T": T, "H": H, "P": P}[k]))
    SimpleDocTemplate(out, pagesize=A4, invariant=1, title="Folder OPP").build(story)


def newsletter(out):
    import docx
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Nieuwsbrief OBS De Zeilvis — december 2026"
    doc.add_heading("De Zeilvis Nieuws — nummer 4", 0)
    for h, t in [
        ("Van de directie", "Wat een drukke maand! De Sint is geweest, de kerstmarkt komt eraan en groep 8 heeft "
                            "het adviesgesprek gehad. Dank aan alle ouders die hebben geholpen."),
        ("Ouderavond passend onderwijs", "Op dinsdag 19 januari houden we een ouderavond over passend onderwijs. "
         "De intern begeleider vertelt hoe een ontwikkelingsperspectiefplan (OPP) tot stand komt, wat het "
         "handelingsdeel is en hoe leerlingen tegenwoordig zelf meepraten over hun plan. Aanmelden via de app."),
        ("Luizencontrole", "Na de kerstvakantie is er weer luizencontrole. Wilt u op maandag geen ingewikkelde "
                           "vlechten maken?"),
        ("Kerstviering", "Donderdag 17 december vieren we kerst in de kerk aan de Dorpsstraat. De kinderen nemen "
                         "een bord, beker en bestek mee."),
        ("Agenda", "21 december t/m 1 januari: kerstvakantie. 19 januari: ouderavond. 2 februari: studiedag, "
                   "alle kinderen vrij."),
    ]:
        doc.add_heading(h, 2)
        doc.add_paragraph(t)
    doc.save(out)


BLANK_HEADS = [("uitstroombestemming", "Te verwachten uitstroombestemming"),
               ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerende factoren"),
               ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Ondersteuningsbehoefte"),
               ("ondersteuning", "Ondersteuning en begeleiding (handelingsdeel)"),
               ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"), ("doelen", "Doelen"),
               ("adviezen_professionals", "Adviezen van deskundigen"), ("inbreng_leerling", "Inbreng van de leerling"),
               ("oogo", "Op overeenstemming gericht overleg"), ("evaluatie", "Evaluatie"),
               ("vaststelling", "Vaststelling"), ("instemming_ouders", "Instemming ouders"),
               ("informatie_rechten", "Informatie over rechten")]


def blank_docx(out):
    import docx
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "SWV Passend Onderwijs Kelderum — FORMAT OPP (leeg) — versie 2025-1"
    doc.add_heading("Format ontwikkelingsperspectiefplan", 0)
    doc.add_paragraph("Toelichting voor de school: vul dit format in na het groeigesprek. Verwijder de cursieve "
                      "toelichting voordat u het plan aan ouders geeft.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in ["Naam leerling", "Geboortedatum", "School", "Groep"]:
        c = t.add_row().cells
        c[0].text = k
    for i, (el, h) in enumerate(BLANK_HEADS, 1):
        doc.add_heading(f"{i}. {h}", 2)
        if el == "instemming_ouders":
            doc.add_paragraph("☐ akkoord met het handelingsdeel   ☐ niet akkoord")
            doc.add_paragraph("Handtekening ouder(s): ______________________   Datum: ____________")
        elif el == "afwijkingen_onderwijsprogramma":
            doc.add_paragraph("☐ geen afwijkingen   ☐ wel afwijkingen, namelijk: ...")
        else:
            doc.add_paragraph().add_run(INSTR[el]).italic = True
    doc.save(out)


def blank_odt(out):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    doc = OpenDocumentText()
    doc.text.addElement(P(text="Beknopt OPP — leeg sjabloon (kopiëren voor gebruik)"))
    doc.text.addElement(P(text="Naam: ..................   Groep: .....   Datum: ..-..-...."))
    for el, h in BLANK_HEADS:
        doc.text.addElement(H(outlinelevel=2, text=h))
        doc.text.addElement(P(text="..."))
    doc.save(out)


def build(docs, tmp, to_convert):
    leaflet(os.path.join(docs, "z01-folder-wat-is-een-opp.pdf"))
    newsletter(os.path.join(docs, "z02-nieuwsbrief.docx"))
    p = os.path.join(tmp, "z03-leeg-format.docx")
    blank_docx(p)
    to_convert.append(p)
    blank_odt(os.path.join(docs, "z04-leeg-sjabloon.odt"))
    return [
        _lab("z01-folder-wat-is-een-opp.pdf", "pdf", "leaflet", "not_applicable",
             "not an OPP: parents' leaflet that explains the elements and rights in general terms"),
        _lab("z02-nieuwsbrief.docx", "docx", "newsletter", "not_applicable",
             "not an OPP: school newsletter mentioning an OPP evening"),
        _lab("z03-leeg-format.pdf", "pdf", "blank-format", "incomplete",
             "blank SWV format (soffice PDF): every heading present with only instructions/blank lines/unticked boxes"),
        _lab("z04-leeg-sjabloon.odt", "odt", "blank-format", "incomplete",
             "blank short template (ODT): every heading with '...' only"),
    ]
