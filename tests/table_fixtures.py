"""PDFs with tables, built at test time with reportlab's platypus (ruled, merged, wrapped, running over
a page break, signature and column-per-element tables), and Word-like DOCX tables made with
python-docx for a LibreOffice export."""

from __future__ import annotations

from pathlib import Path

INTRO = ("Dit ontwikkelingsperspectiefplan (OPP) beschrijft de ondersteuning die Noah krijgt. Het plan is "
         "met de ouders besproken.")


def _styles():
    from reportlab.lib.styles import getSampleStyleSheet

    sheet = getSampleStyleSheet()
    return sheet["Heading2"], sheet["BodyText"]


def _table(rows, widths, grid=True, spans=(), repeat=0, header=True):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    _, body = _styles()
    data = [[Paragraph(c, body) if isinstance(c, str) else c for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=repeat)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    style += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(style))
    return table


def build(path: Path, story: list) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def heading(text: str):
    from reportlab.platypus import Paragraph

    return Paragraph(text, _styles()[0])


def para(text: str):
    from reportlab.platypus import Paragraph

    return Paragraph(text, _styles()[1])


def ruled(path: Path) -> Path:
    """A ruled table with a header row, a cell merged over two columns and a label cell that wraps."""
    rows = [["Onderdeel", "Toelichting", "Wie"],
            ["Doelen", "Noah leest eind juni een AVI-E5-tekst op instructieniveau.", "leerkracht"],
            ["Afwijkingen van het onderwijsprogramma", "n.v.t.", "intern begeleider"],
            ["Evaluatie", "Twee keer per jaar met ouders en Noah, eerst op 12-02-2026.", ""]]
    spans = [((1, 3), (2, 3))]
    rows[3][2] = ""
    return build(path, [heading("Plan van aanpak"), para(INTRO),
                        _table(rows, [120, 250, 100], spans=spans)])


def long_table(path: Path, repeat: bool) -> Path:
    """A table of 60 rows that runs over a page break (with or without its header row repeated)."""
    rows = [["Week", "Activiteit", "Uitvoerder"]]
    rows += [[f"Week {i}", f"Oefenen met lezen en rekenen, ronde {i}", "leerkracht"] for i in range(1, 61)]
    return build(path, [heading("Planning"), para(INTRO), _table(rows, [80, 280, 110], repeat=1 if repeat else 0)])


def pen_stroke():
    """A signature drawn with a pen in a PDF editor: one stroked path of curves, no text."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics.shapes import Path as StrokePath
    from reportlab.lib import colors

    stroke = StrokePath(strokeColor=colors.HexColor("#1a2a6c"), strokeWidth=1.2, fillColor=None)
    stroke.moveTo(4, 6)
    stroke.curveTo(20, 26, 30, -4, 46, 16)
    stroke.curveTo(60, 30, 72, 0, 96, 12)
    drawing = Drawing(100, 24)
    drawing.add(stroke)
    return drawing


def signature(path: Path, parent_row: list, director_row: list | None = None) -> Path:
    """A short plan whose consent part is a signature table: Rol | Naam | Datum | Handtekening."""
    rows = [["Rol", "Naam", "Datum", "Handtekening"],
            director_row or ["Directeur", "K. de Haan", "10-11-2025", "w.g. K. de Haan"],
            parent_row]
    return build(path, [
        heading("Ontwikkelingsperspectiefplan (OPP)"), para(INTRO),
        heading("Ondertekening"),
        para("Met hun handtekening geven de ouders aan dat zij instemmen met het handelingsdeel van dit OPP."),
        _table(rows, [130, 110, 80, 130]),
    ])


def factors(path: Path, promoting: bool) -> Path:
    """Belemmerende and bevorderende factoren in one table, a column each; the second may be empty."""
    rows = [["Domein", "Belemmerend", "Bevorderend"],
            ["Leren", "Leest traag en raadt woorden; vergeet instructies van meer dan twee stappen.",
             "Intelligent en creatief; werkt graag met de computer." if promoting else ""],
            ["Sociaal-emotioneel", "Angstklachten bij toetsen en bij veranderingen in het rooster.",
             "Heeft twee goede vrienden in de klas." if promoting else ""]]
    return build(path, [heading("Ontwikkelingsperspectiefplan (OPP)"), para(INTRO),
                        heading("Belemmerende en bevorderende factoren"), _table(rows, [110, 180, 180])])


def borderless(path: Path) -> Path:
    """A table without any lines: three columns aligned over five rows."""
    rows = [["Toets", "Afname", "Score"], ["Technisch lezen", "jan. 2025", "DLE 20"],
            ["Begrijpend lezen", "jan. 2025", "137"], ["Rekenen", "jun. 2025", "DLE 35"],
            ["Spelling", "jun. 2025", "122"]]
    return build(path, [heading("Toetsgegevens"), para(INTRO), _table(rows, [160, 120, 120], grid=False, header=False)])


def word_docx(path: Path) -> Path:
    """A Word-like DOCX: a table with a header row, a merged cell, a wrapped label and a signature row."""
    import docx

    document = docx.Document()
    document.add_heading("Ontwikkelingsperspectiefplan", 1)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=5, cols=3)
    table.style = "Table Grid"
    cells = [["Onderdeel", "Toelichting", "Wie"],
             ["Doelen", "Noah leest eind juni een AVI-E5-tekst op instructieniveau en vraagt zelf om hulp.",
              "leerkracht"],
             ["Afwijkingen van het onderwijsprogramma", "n.v.t.", "intern begeleider"],
             ["Evaluatie", "Twee keer per jaar met ouders en Noah.", ""],
             ["Ouder(s)/verzorger(s)", "E. Koç", "10-11-2025"]]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(3, 1).merge(table.cell(3, 2))
    table.cell(3, 1).text = "Twee keer per jaar met ouders en Noah."
    table.columns[0].width = 1_100_000
    for row in table.rows:
        row.cells[0].width = 1_100_000
    document.save(str(path))
    return path


def scanned(path: Path, source: Path, dpi: int = 200) -> Path:
    """`source` printed and scanned: its pages as JPEG images (turned half a degree, speckled) in an
    image-only PDF (see scan_fixtures.page_images)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    from scan_fixtures import page_images

    c = Canvas(str(path), pagesize=A4, invariant=1)
    for img in page_images(source, dpi):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return path


def split_row(path: Path) -> Path:
    """A table whose long row is cut in two by the page break (the rest of its cells on the next page)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    _, body = _styles()
    long_text = " ".join(["de leerling oefent elke dag met lezen en rekenen in een kleine groep"] * 40) + "."
    rows = [["Onderdeel", "Afspraken"]] + [[f"Onderdeel {i}", f"Afspraak {i}."] for i in range(1, 21)]
    rows.append(["Begeleiding", long_text])
    rows.append(["Evaluatie", "Twee keer per jaar."])
    from reportlab.platypus import Paragraph

    data = [[Paragraph(c, body) for c in row] for row in rows]
    table = Table(data, colWidths=[120, 330], splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return build(path, [heading("Afspraken"), table])


def empty_rows(path: Path) -> Path:
    """A ruled table, its rows as close as the lines of a paragraph, with two rows in a row whose value
    cells are empty."""
    from reportlab.platypus import TableStyle

    rows = [["Onderdeel", "Toelichting"], ["Leren", "Leest traag en raadt woorden."],
            ["Stimulerende factoren", ""], ["Handelingsadviezen", ""],
            ["Evaluatie", "Twee keer per jaar met ouders en Noah."]]
    table = _table(rows, [130, 300])
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return build(path, [heading("Ontwikkelingsperspectiefplan (OPP)"), para(INTRO), table])


def banded_docx(path: Path) -> Path:
    """A Word table without borders whose header and every other row are shaded (a banded style); its
    first body row and its last row are not."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("Toetsgegevens", 1)
    table = document.add_table(rows=6, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            row_text = ["Toets", "Afname", "Score"] if r == 0 else [f"Toets nummer {r}", "jan. 2025", str(100 + r)]
            cell.text = row_text[c]
            if r in (0, 2, 4):
                fill = "D9E2F3" if r == 0 else "EEEEEE"
                cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))
    document.add_paragraph("Tekst na de tabel.")
    document.save(str(path))
    return path


def horizontal_only_docx(path: Path) -> Path:
    """A Word table drawn with horizontal lines only (top, bottom and between the rows), wrapped cells,
    and a row whose value cells are empty."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("Ontwikkelingsperspectiefplan (OPP)", 1)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=4, cols=3)
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/>'
        '<w:insideH w:val="single" w:sz="4"/></w:tblBorders>'))
    rows = [["Onderdeel", "Toelichting", "Wie"],
            ["Bevorderende factoren", "Noah is behulpzaam en creatief; hij werkt graag met de computer en heeft "
             "twee goede vrienden in de klas.", "mentor"],
            ["Belemmerende factoren", "", ""],
            ["Doelen", "Noah leest eind juni een AVI-E5-tekst op instructieniveau.", "leerkracht"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Tekst na de tabel.")
    document.save(str(path))
    return path


def section_rules(path: Path) -> Path:
    """Label/value lines between full-width section rules: no table of the rules."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 790, "Ontwikkelingsperspectiefplan (OPP)")
    c.setFont("Helvetica", 10)
    blocks = [[("Naam leerling", "Noah de Vries"), ("Geboortedatum", "12-04-2015"), ("Groep", "6")],
              [("School", "De Regenboog"), ("Plaats", "Utrecht"), ("Schooljaar", "2025-2026")],
              [("Mentor", "A. Jansen"), ("Intern begeleider", "B. de Wit"), ("Datum", "12-03-2026")]]
    y = 770
    for block in blocks:
        c.line(72, y, 520, y)
        y -= 16
        for label, value in block:
            c.drawString(76, y, label)
            c.drawString(250, y, value)
            y -= 14
        y -= 6
    c.line(72, y, 520, y)
    c.save()
    return path


def sign_here_box():
    """An empty rounded 'sign here' box: a closed curved frame, no signature."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    drawing = Drawing(100, 24)
    drawing.add(Rect(2, 2, 96, 20, rx=6, ry=6, strokeColor=colors.black, strokeWidth=0.8, fillColor=None))
    return drawing


def header_at_page_foot(path: Path) -> Path:
    """A signature table whose header row ends page 1 and whose rows start page 2: the parents' row
    ('Ouder/verzorger | mevr. E. Nijhof | 05-10-2025 | w.g.') is a row of its own, not the rest of the header."""
    from reportlab.platypus import Spacer

    rows = [["", "Naam", "Datum", "Handtekening"],
            ["Ouder/verzorger", "mevr. E. Nijhof", "05-10-2025", "w.g. E. Nijhof"],
            ["Namens de school", "K. Hoekstra", "09-10-2025", "w.g. K. Hoekstra"]]
    table = _table(rows, [110, 130, 90, 120])
    story = [heading("Ontwikkelingsperspectief"), Spacer(1, 600), heading("Instemming handelingsdeel"), table]
    return build(path, story)
