"""Make the two example plans in this folder (fictional pupil, fictional school).

    python examples/make_examples.py

opp-compleet.pdf     a complete plan (all required elements, signed consent with a date)
opp-onvolledig.docx  an incomplete plan (only 'gezien' signed, no pupil input, empty evaluation)
Needs reportlab and python-docx (installed with `pip install -e '.[test]'`).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

COMMON = [
    ("Gegevens", [("Naam leerling", "Sem de Graaf"), ("Groep", "groep 6"),
                  ("School", "Basisschool De Linde, Utrecht"), ("Schooljaar", "2025-2026")]),
    ("Verwachte uitstroombestemming",
     "Wij verwachten dat Sem na groep 8 uitstroomt naar vmbo-kader (kaderberoepsgerichte leerweg)."),
    ("Onderbouwing", "Deze verwachting is gebaseerd op de toetsgegevens van de laatste twee jaar (rekenen en "
                     "begrijpend lezen op niveau 1F niet gehaald), het intelligentieonderzoek van maart 2025 "
                     "(TIQ 84) en de ontwikkeling die Sem sinds groep 4 laat zien."),
    ("Belemmerende factoren", "Sem raakt snel afgeleid in een drukke klas. Hij heeft moeite met begrijpend lezen en "
                              "met plannen van zijn werk."),
    ("Bevorderende factoren", "Sem is gemotiveerd, sportief en werkt graag samen. Thuis krijgt hij veel steun."),
    ("Ondersteuningsbehoefte", "Sem heeft behoefte aan korte instructies, een rustige werkplek en visuele "
                               "ondersteuning bij nieuwe stof."),
    ("Te bieden ondersteuning (handelingsdeel)",
     "Vanaf 6 oktober 2025 krijgt Sem twee keer per week 30 minuten leesbegeleiding van de remedial teacher. "
     "De leerkracht geeft elke ochtend verlengde instructie rekenen in een klein groepje."),
    ("Afwijkingen van het onderwijsprogramma", "Sem volgt voor rekenen een eigen leerlijn op niveau 1F; voor de "
                                               "andere vakken volgt hij het reguliere programma."),
    ("Doelen", "Eind januari 2026 leest Sem een AVI-E5-tekst met hooguit drie fouten. In juni 2026 beheerst hij de "
               "tafels van 1 tot en met 10 (90% goed binnen 2 minuten)."),
    ("Adviezen van deskundigen", "De orthopedagoog (onderzoek maart 2025) adviseert korte instructiemomenten en het "
                                 "gebruik van een time-timer. De school neemt beide adviezen over."),
]
COMPLETE = COMMON + [
    ("Overleg met ouders", "Het plan is op 15 september 2025 besproken met moeder en vader, de leerkracht en de "
                           "intern begeleider. De wens van ouders om meer contact te hebben is overgenomen."),
    ("Inbreng van de leerling", "Sem vertelde dat hij graag met een koptelefoon werkt als het druk is. Daarom heeft "
                                "hij nu een stilteplek gekregen. Dit is op 16 september aan Sem uitgelegd."),
    ("Evaluatie", "We evalueren dit plan in februari en juni 2026 met u en Sem."),
    ("Uw rechten", "U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens, dan kunt u terecht bij "
                   "het ouder- en jeugdsteunpunt van het samenwerkingsverband, een onderwijsconsulent, of binnen "
                   "zes weken na de vaststelling bij de Geschillencommissie passend onderwijs."),
    ("Vaststelling", "Vastgesteld door de directeur, J. Bakker, op 22-09-2025."),
    ("Instemming met het handelingsdeel", [("[x] Akkoord   [ ] Niet akkoord", None),
                                           ("Handtekening ouder(s): w.g. P. de Graaf", "Datum: 22-09-2025"),
                                           ("Handtekening directeur: w.g. J. Bakker", "Datum: 22-09-2025")]),
]
INCOMPLETE = COMMON[:6] + [
    ("Te bieden ondersteuning (handelingsdeel)", "Nog in te vullen door de intern begeleider."),
    COMMON[7], COMMON[8],
    ("Adviezen van deskundigen", "Zie verslag van de orthopedagoog."),
    ("Overleg met ouders", "Het plan is op 15 september 2025 besproken met moeder en de leerkracht."),
    ("Evaluatie", "..."),
    ("Vaststelling", "Vastgesteld door de directeur op 22-09-2025."),
    ("Ondertekening", [("Ouder(s), voor gezien: w.g. P. de Graaf", "Datum: 22-09-2025"),
                       ("Directeur: w.g. J. Bakker", "Datum: 22-09-2025")]),
]


def make_pdf(path: Path, sections: list) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    story = [Paragraph("Ontwikkelingsperspectiefplan (OPP)", styles["Title"])]
    for number, (title, body) in enumerate(sections, start=1):
        story.append(Paragraph(f"{number}. {title}", styles["Heading2"]))
        if isinstance(body, str):
            story.append(Paragraph(body, styles["BodyText"]))
        else:
            rows = [[a, b or ""] for a, b in body]
            story.append(Table(rows, colWidths=[220, 220]) if all(b is not None for _, b in body)
                         else Paragraph("<br/>".join(f"{a}   {b or ''}" for a, b in body), styles["BodyText"]))
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="OPP", invariant=1).build(story)


def make_docx(path: Path, sections: list) -> None:
    import datetime

    import docx

    doc = docx.Document()
    doc.core_properties.created = datetime.datetime(2025, 9, 22)
    doc.add_heading("Ontwikkelingsperspectiefplan (OPP)", 0)
    for number, (title, body) in enumerate(sections, start=1):
        doc.add_heading(f"{number}. {title}", 1)
        if isinstance(body, str):
            doc.add_paragraph(body)
        else:
            for a, b in body:
                doc.add_paragraph(f"{a}   {b}" if b else a)
    doc.save(str(path))


if __name__ == "__main__":
    make_pdf(HERE / "opp-compleet.pdf", COMPLETE)
    make_docx(HERE / "opp-onvolledig.docx", INCOMPLETE)
    print("examples/opp-compleet.pdf, examples/opp-onvolledig.docx")
