"""PDF tables read from their drawing (see table_fixtures.py): cells with table, row, column and
headers as the DOCX reader gives them, and what the checker makes of them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import table_fixtures as tf
from click.testing import CliRunner
from scan_fixtures import needs_tesseract

from oppcheck.check import check_document
from oppcheck.cli import main
from oppcheck.extract import read_document
from oppcheck.model import BlockKind, Source
from oppcheck.ruleset import load_ruleset
from oppcheck.text import norm


def cells(doc) -> dict[tuple[int, int, int], object]:
    return {(b.location.table, b.location.row, b.location.column): b for b in doc.blocks
            if b.kind is BlockKind.TABLE_CELL}


def statuses(path: Path) -> dict[str, object]:
    result = check_document(read_document(str(path)), load_ruleset())
    return {e.id: e for e in result.elements}


def test_ruled_table_gives_cells_with_rows_columns_and_headers(tmp_path):
    doc = read_document(str(tf.ruled(tmp_path / "tabel.pdf")))
    got = cells(doc)
    assert got[(1, 1, 1)].text == "Onderdeel" and got[(1, 1, 3)].text == "Wie"
    goal = got[(1, 2, 2)]
    assert goal.text == "Noah leest eind juni een AVI-E5-tekst op instructieniveau."
    assert (goal.row_header, goal.col_header) == ("Doelen", "Toelichting")
    assert got[(1, 2, 3)].text == "leerkracht" and got[(1, 2, 3)].col_header == "Wie"
    # The text before the table stays a paragraph, and no table line is read twice.
    texts = [b.text for b in doc.blocks]
    assert sum("leerkracht" in t for t in texts) == 1
    intro = next(b for b in doc.blocks if b.text.startswith("Dit ontwikkelingsperspectiefplan"))
    assert intro.kind is BlockKind.PARAGRAPH


def test_wrapped_label_cell_is_one_label_and_merged_cell_is_one_cell(tmp_path):
    got = cells(read_document(str(tf.ruled(tmp_path / "tabel.pdf"))))
    # 'Afwijkingen van het' / 'onderwijsprogramma' wraps in its narrow cell: one label, its value beside it.
    assert got[(1, 3, 1)].text == "Afwijkingen van het onderwijsprogramma"
    assert got[(1, 3, 2)].text == "n.v.t." and got[(1, 3, 2)].row_header == "Afwijkingen van het onderwijsprogramma"
    # The last row's second cell spans two columns: one cell, nothing in column 3.
    assert got[(1, 4, 2)].text.startswith("Twee keer per jaar")
    assert (1, 4, 3) not in got


@pytest.mark.parametrize("repeat", [True, False])
def test_table_over_a_page_break_keeps_its_number_and_rows(tmp_path, repeat):
    doc = read_document(str(tf.long_table(tmp_path / "lang.pdf", repeat)))
    table = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert {b.location.page for b in table} == {1, 2}
    assert {b.location.table for b in table} == {1}
    first = [b for b in table if b.location.column == 1]
    # 61 rows (the header row once), numbered on over the page break.
    assert [b.text for b in first] == ["Week"] + [f"Week {i}" for i in range(1, 61)]
    assert [b.location.row for b in first] == list(range(1, 62))
    on_page_2 = next(b for b in table if b.location.page == 2 and b.location.column == 2)
    assert on_page_2.col_header == "Activiteit"


def test_row_cut_by_a_page_break_is_one_row(tmp_path):
    doc = read_document(str(tf.split_row(tmp_path / "knip.pdf")))
    got = cells(doc)
    rows = {(r, c): b.text for (_, r, c), b in got.items()}
    assert rows[(22, 1)] == "Begeleiding"
    care = rows[(22, 2)]
    assert care.count("oefent elke dag") == 40 and care.endswith("in een kleine groep.")
    assert (rows[(23, 1)], rows[(23, 2)]) == ("Evaluatie", "Twee keer per jaar.")
    assert got[(1, 23, 1)].location.page == 2 and (1, 24, 1) not in got


def test_signature_table_row_of_the_parents_is_signed_and_dated(tmp_path):
    signed = tf.signature(tmp_path / "getekend.pdf", ["Ouder(s)/verzorger(s)", "E. Koç", "10-11-2025", "w.g. E. Koç"])
    consent = statuses(signed)["instemming_ouders"]
    assert consent.status == "present"
    blank = tf.signature(tmp_path / "leeg.pdf", ["Ouder(s)/verzorger(s)", "E. Koç", "", ""])
    assert statuses(blank)["instemming_ouders"].status == "incomplete"


def test_signature_drawn_with_a_pen_in_the_parents_row(tmp_path):
    """A pen stroke (a drawn path, no text) in the parents' signature cell, in a row with their name and
    a date, is a signature (the message says it is a drawing to check); without a name it is for a
    person to check. A stroke in the school's row does not sign for the parents, and a blank date
    beside the parents' stroke is a gap anyone can read."""
    parents = tf.signature(tmp_path / "pen.pdf", ["Ouder(s)/verzorger(s)", "E. Koç", "10-11-2025", tf.pen_stroke()])
    consent = statuses(parents)["instemming_ouders"]
    assert consent.status == "present" and "tekening" in consent.message
    frame = tf.signature(tmp_path / "kader.pdf", ["Ouder(s)/verzorger(s)", "E. Koç", "10-11-2025", tf.sign_here_box()])
    assert statuses(frame)["instemming_ouders"].status == "incomplete"  # an empty rounded box is no signature
    nameless = tf.signature(tmp_path / "naamloos.pdf", ["Ouder(s)/verzorger(s)", "", "10-11-2025", tf.pen_stroke()])
    consent = statuses(nameless)["instemming_ouders"]
    assert consent.status == "unclear" and "kijk zelf" in consent.message
    school = tf.signature(
        tmp_path / "school.pdf",
        ["Ouder(s)/verzorger(s)", "E. Koç", "", ""],
        director_row=["Directeur", "K. de Haan", "10-11-2025", tf.pen_stroke()],
    )
    assert statuses(school)["instemming_ouders"].status == "incomplete"
    undated = tf.signature(tmp_path / "zonder-datum.pdf", ["Ouder(s)/verzorger(s)", "E. Koç", "", tf.pen_stroke()])
    consent = statuses(undated)["instemming_ouders"]
    assert consent.status == "incomplete" and "datum" in consent.message


def test_column_per_element_table_judges_each_column_on_its_own(tmp_path):
    both = statuses(tf.factors(tmp_path / "beide.pdf", promoting=True))
    assert both["belemmerende_factoren"].status == "present"
    assert both["bevorderende_factoren"].status == "present"
    # The finding names the column it read.
    assert both["bevorderende_factoren"].evidence[0].section == "Bevorderend"
    one = statuses(tf.factors(tmp_path / "een.pdf", promoting=False))
    assert one["belemmerende_factoren"].status == "present"
    assert one["bevorderende_factoren"].status != "present"


def test_extract_shows_pdf_table_cells_with_row_column_and_header(tmp_path):
    path = tf.ruled(tmp_path / "tabel.pdf")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    line = next(ln for ln in result.output.splitlines() if "AVI-E5" in ln)
    assert line.startswith("table_cell") and "t1[2,2]" in line and "header=Toelichting" in line


def test_table_without_lines_from_columns_aligned_over_several_rows(tmp_path):
    got = cells(read_document(str(tf.borderless(tmp_path / "los.pdf"))))
    assert [got[(1, r, 1)].text for r in range(1, 6)] == ["Toets", "Technisch lezen", "Begrijpend lezen",
                                                          "Rekenen", "Spelling"]
    score = got[(1, 2, 3)]
    assert (score.text, score.row_header, score.col_header) == ("DLE 20", "Technisch lezen", "Score")


def test_lines_with_gaps_that_do_not_line_up_stay_lines(tmp_path):
    """Lines with wide gaps whose parts do not start at the same places are no table: they stay lines
    with their parts apart (tabs), as before."""
    import pdf_fixtures as fx

    path = tmp_path / "los.pdf"
    c = fx._canvas(path)
    c.setFont("Helvetica", 10)
    for i, (a, b) in enumerate([(72, 250), (90, 300), (110, 350), (72, 400)]):
        c.drawString(a, 700 - 14 * i, f"Regel {i}")
        c.drawString(b, 700 - 14 * i, "waarde")
    c.save()
    doc = read_document(str(path))
    assert not [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [b.text for b in doc.blocks] == [f"Regel {i}\twaarde" for i in range(4)]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _exported(docx: Path, tmp_path: Path) -> Path:
    """The DOCX exported to PDF by LibreOffice, as a school would."""
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([_soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   capture_output=True, timeout=180, check=False)
    pdf = tmp_path / (docx.stem + ".pdf")
    if not pdf.exists():
        pytest.skip("LibreOffice did not export the document")
    return pdf


def _table(doc):
    return {(b.location.row, b.location.column): (norm(b.text), b.row_header, b.col_header)
            for b in doc.blocks if b.kind is BlockKind.TABLE_CELL and b.text}


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_word_table_exported_by_libreoffice_gives_the_same_cells(tmp_path):
    docx = tf.word_docx(tmp_path / "plan.docx")
    pdf = _exported(docx, tmp_path)
    assert _table(read_document(str(pdf))) == _table(read_document(str(docx)))
    # The checker judges the exported PDF as it judges the Word file.
    assert {k: e.status for k, e in statuses(pdf).items()} == {k: e.status for k, e in statuses(docx).items()}


@needs_tesseract
def test_scanned_table_gives_cells_from_the_word_boxes(tmp_path):
    source = tf.ruled(tmp_path / "tabel.pdf")
    doc = read_document(str(tf.scanned(tmp_path / "scan.pdf", source)))
    assert doc.ocr_pages == [1]
    got = cells(doc)
    assert all(b.source is Source.OCR for b in got.values())
    assert norm(got[(1, 1, 2)].text) == "toelichting"
    row = {c: norm(got[(1, 3, c)].text) for c in (1, 2, 3)}
    # The wrapped label is one cell, beside its value.
    assert row == {1: "afwijkingen van het onderwijsprogramma", 2: "n.v.t.", 3: "intern begeleider"}
    assert got[(1, 3, 2)].col_header == "Toelichting"


@needs_tesseract
def test_scanned_column_per_element_table_judges_each_column(tmp_path):
    source = tf.factors(tmp_path / "factoren.pdf", promoting=False)
    found = statuses(tf.scanned(tmp_path / "scan.pdf", source))
    assert found["belemmerende_factoren"].status == "present"
    assert found["belemmerende_factoren"].evidence[0].section == "Belemmerend"
    assert found["bevorderende_factoren"].status != "present"


def test_graph_paper_is_no_table_and_its_text_is_read(tmp_path):
    """A page ruled like graph paper (120 x 170 lines) with text on it: no table of 20,000 cells, and
    the text is read as lines."""
    import pdf_fixtures as fx

    path = tmp_path / "ruitjes.pdf"
    c = fx._canvas(path)
    c.setLineWidth(0.3)
    for i in range(120):
        c.line(20 + 4.5 * i, 20, 20 + 4.5 * i, 820)
    for j in range(170):
        c.line(20, 20 + 4.7 * j, 560, 20 + 4.7 * j)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "Ontwikkelingsperspectiefplan van Noah")
    c.save()
    doc = read_document(str(path))
    assert not [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert [b.text for b in doc.blocks] == ["Ontwikkelingsperspectiefplan van Noah"]


def test_value_beside_an_empty_cell_does_not_fill_it(tmp_path):
    """A table without lines whose label stands in the middle of its row: the first line of the value
    is printed beside nothing, right under the row above, whose value cell is empty. It starts a row
    of its own; it does not fill the empty cell above."""
    import pdf_fixtures as fx

    path = tmp_path / "midden.pdf"
    c = fx._canvas(path)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "Ontwikkelingsperspectiefplan (OPP)")
    c.setFont("Helvetica", 10)
    rows = [(736, "Onderdeel", "Beschrijving"), (712, "Belemmerende factoren", ""),
            (700, "", "Heeft twee goede vrienden in de klas;"),
            (688, "Bevorderende factoren", "werkt graag met de computer;"), (676, "", "is behulpzaam."),
            (652, "Doelen", "Noah leest eind juni een AVI-E5-tekst."),
            (628, "Evaluatie", "Twee keer per jaar met ouders en Noah.")]
    for y, label, value in rows:
        c.drawString(72, y, label)
        c.drawString(250, y, value)
    c.save()
    doc = read_document(str(path))
    empty = next(b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL and b.row_header == "Belemmerende factoren")
    assert empty.text == ""
    found = statuses(path)
    assert found["belemmerende_factoren"].status != "present"
    assert found["bevorderende_factoren"].status == "present"


def test_a_finding_from_a_cell_without_a_label_names_its_row(tmp_path):
    rows = [["Dag", "Afspraak"],
            ["Maandag", "Noah heeft baat bij korte instructies, een vaste plek in de klas en een dagplanning."],
            ["Dinsdag", "Gesprek met de leerkracht over de week."],
            ["Woensdag", "Vrij."]]
    path = tf.build(tmp_path / "week.pdf", [tf.heading("Ontwikkelingsperspectiefplan (OPP)"), tf.para(tf.INTRO),
                                            tf._table(rows, [120, 330])])
    needs = statuses(path)["ondersteuningsbehoefte"]
    assert needs.evidence[0].section == "Maandag"
    assert "heeft baat bij korte instructies" in needs.evidence[0].quote


def test_heading_followed_by_a_table_has_the_table_as_its_content(tmp_path):
    rows = [["Wat heeft Noah nodig?", "Hoe"],
            ["Korte instructies en een vaste plek", "Elke les, door de leerkracht"],
            ["Een dagplanning op tafel", "Dagelijks, met de intern begeleider besproken"]]
    path = tf.build(tmp_path / "behoeften.pdf", [tf.heading("Ontwikkelingsperspectiefplan (OPP)"), tf.para(tf.INTRO),
                                                 tf.heading("Onderwijsbehoeften"), tf._table(rows, [200, 250])])
    assert statuses(path)["ondersteuningsbehoefte"].status == "present"


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists(), reason="needs DejaVu Sans")
def test_boxes_in_a_cell_are_checkboxes_of_that_cell(tmp_path):
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    table = Table([["Vraag", "Antwoord"], ["Instemming ouders", "☒ akkoord ☐ niet akkoord"],
                   ["Gesprek gevoerd", "☐ ja"]], colWidths=[150, 250])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "DejaVu")]))
    doc = read_document(str(tf.build(tmp_path / "vakjes.pdf", [table])))
    boxes = [(b.text, b.checked, b.location.row, b.location.column, b.row_header)
             for b in doc.blocks if b.kind is BlockKind.CHECKBOX]
    assert boxes == [("akkoord", True, 2, 2, "Instemming ouders"), ("niet akkoord", False, 2, 2, "Instemming ouders"),
                     ("ja", False, 3, 2, "Gesprek gevoerd")]


@needs_tesseract
def test_scanned_table_rows_are_told_apart_by_their_drawn_lines(tmp_path):
    """Rows as close as the lines of a paragraph, two empty value cells in a row: the lines drawn
    between the rows keep 'Stimulerende factoren' and 'Handelingsadviezen' apart (two empty sections),
    where the text alone would read one wrapped label."""
    scan = tf.scanned(tmp_path / "scan.pdf", tf.empty_rows(tmp_path / "tabel.pdf"))
    got = cells(read_document(str(scan)))
    labels = [norm(got[(1, r, 1)].text) for r in range(1, 6)]
    assert labels[2:4] == ["stimulerende factoren", "handelingsadviezen"]
    assert got[(1, 3, 2)].text == got[(1, 4, 2)].text == ""
    found = statuses(scan)
    assert found["bevorderende_factoren"].status == "incomplete"
    assert found["adviezen_professionals"].status == "incomplete"


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_banded_word_table_without_borders_is_one_table(tmp_path):
    """Every other row shaded, no lines: the shaded rows and the rows between, above and below them
    are one table, as in Word."""
    docx = tf.banded_docx(tmp_path / "banden.docx")
    doc = read_document(str(_exported(docx, tmp_path)))
    assert _table(doc) == _table(read_document(str(docx)))
    assert {b.location.table for b in doc.blocks if b.kind is BlockKind.TABLE_CELL} == {1}
    assert doc.blocks[-1].text == "Tekst na de tabel." and doc.blocks[-1].kind is BlockKind.PARAGRAPH


def test_label_value_lines_between_section_rules_are_no_table_of_the_rules(tmp_path):
    doc = read_document(str(tf.section_rules(tmp_path / "regels.pdf")))
    for b in doc.blocks:  # each label keeps its own value; no cell holds several labels
        assert not ("Naam leerling" in b.text and "Geboortedatum" in b.text)
    value = next(b for b in doc.blocks if "12-04-2015" in b.text)
    assert value.text.replace("Geboortedatum", "").strip(" \t") == "12-04-2015" or value.row_header == "Geboortedatum"


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_word_table_with_horizontal_lines_only_gives_the_same_cells(tmp_path):
    docx = tf.horizontal_only_docx(tmp_path / "lijnen.docx")
    pdf = _exported(docx, tmp_path)
    assert _table(read_document(str(pdf))) == _table(read_document(str(docx)))
    found = statuses(pdf)
    assert found["bevorderende_factoren"].status == "present"
    assert found["belemmerende_factoren"].status != "present"


def test_hidden_text_in_a_table_cell_never_signs(tmp_path):
    """A parent's signature and date printed in white inside the signature table: a reader sees empty
    cells, so the table cells are empty and consent is not present."""
    hidden = tf.signature(tmp_path / "wit.pdf", ["Ouder(s)/verzorger(s)", "E. Koç",
                                                  '<font color="white">10-11-2025</font>',
                                                  '<font color="white">w.g. E. Koç</font>'])
    doc = read_document(str(hidden))
    parent_row = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL and b.location.row == 3]
    assert parent_row and all("w.g." not in b.text and "10-11-2025" not in b.text for b in parent_row)
    assert statuses(hidden)["instemming_ouders"].status != "present"


def test_a_header_row_alone_at_the_foot_of_a_page_keeps_its_rows_apart(tmp_path):
    doc = read_document(str(tf.header_at_page_foot(tmp_path / "kop-onderaan.pdf")))
    rows = {(r, c): b.text for (_, r, c), b in cells(doc).items()}
    assert rows[(1, 2)] == "Naam"
    assert (rows[(2, 1)], rows[(2, 2)], rows[(2, 3)]) == ("Ouder/verzorger", "mevr. E. Nijhof", "05-10-2025")
