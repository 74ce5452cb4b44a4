"""The plain-text and Markdown reader."""

from __future__ import annotations

import time

from oppcheck.extract import read_document
from oppcheck.extract.plaintext import decode, numbered_heading_level
from oppcheck.model import BlockKind as K


def _read(tmp_path, data: bytes, name: str = "opp.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(str(path))


def _kinds(doc):
    return [(b.kind, b.text) for b in doc.blocks]


def test_encodings_are_decoded(tmp_path):
    text = "Het plan is geëvalueerd met de coördinator.\n"
    assert _read(tmp_path, text.encode("cp1252")).blocks[0].text == text.strip()
    assert _read(tmp_path, text.encode("utf-16")).blocks[0].text == text.strip()  # with BOM
    assert _read(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8")).blocks[0].text == text.strip()
    assert _read(tmp_path, text.encode("utf-8")).blocks[0].text == text.strip()


def test_undecodable_bytes_never_crash():
    assert decode(b"abc \x81\x8d def") == "abc \ufffd\ufffd def"


def test_markdown_structure(tmp_path):
    md = """# Ontwikkelingsperspectiefplan

## Gegevens leerling
Naam: Daan de Vries
Geboortedatum: 12-03-2014

## Onderbouwing
Wij verwachten dat Daan na groep 8
naar het vmbo-kader gaat.

- lezen op niveau M6
* rekenen
1) spelling

Instemming
- [x] akkoord
- [ ] niet akkoord
Ouders: ☒ gezien ☐ akkoord

| Vak | Niveau | Akkoord |
|-----|:------:|---------|
| Lezen | M5 | ☒ |
| Rekenen | | |
"""
    doc = _read(tmp_path, md.encode(), "opp.md")
    assert doc.format == "md"
    assert _kinds(doc) == [
        (K.HEADING, "Ontwikkelingsperspectiefplan"),
        (K.HEADING, "Gegevens leerling"),
        (K.PARAGRAPH, "Naam: Daan de Vries"),
        (K.PARAGRAPH, "Geboortedatum: 12-03-2014"),
        (K.HEADING, "Onderbouwing"),
        (K.PARAGRAPH, "Wij verwachten dat Daan na groep 8\nnaar het vmbo-kader gaat."),
        (K.LIST_ITEM, "lezen op niveau M6"),
        (K.LIST_ITEM, "rekenen"),
        (K.LIST_ITEM, "spelling"),
        (K.PARAGRAPH, "Instemming"),
        (K.CHECKBOX, "akkoord"),
        (K.CHECKBOX, "niet akkoord"),
        (K.PARAGRAPH, "Ouders:"),
        (K.CHECKBOX, "gezien"),
        (K.CHECKBOX, "akkoord"),
        (K.TABLE_CELL, "Vak"),
        (K.TABLE_CELL, "Niveau"),
        (K.TABLE_CELL, "Akkoord"),
        (K.TABLE_CELL, "Lezen"),
        (K.TABLE_CELL, "M5"),
        (K.CHECKBOX, "Lezen"),  # a box alone in a cell takes its label from the row
        (K.TABLE_CELL, "Rekenen"),
        (K.TABLE_CELL, ""),
        (K.TABLE_CELL, ""),
    ]
    levels = [b.level for b in doc.blocks if b.kind is K.HEADING]
    assert levels == [1, 2, 2]
    checks = [b.checked for b in doc.blocks if b.kind is K.CHECKBOX]
    assert checks == [True, False, True, False, True]
    empty = doc.blocks[-1]
    assert (empty.location.table, empty.location.row, empty.location.column) == (1, 3, 3)
    assert (empty.row_header, empty.col_header) == ("Rekenen", "Akkoord")
    naam = doc.blocks[2]
    assert naam.location.line == 4
    assert naam.location.heading_path == ("Ontwikkelingsperspectiefplan", "Gegevens leerling")


def test_numbered_and_capital_headings_in_plain_text(tmp_path):
    txt = """ONTWIKKELINGSPERSPECTIEFPLAN
3. Uitstroombestemming
De verwachte uitstroombestemming is vmbo-kader.
3.2 Doelen
1. Daan leest aan het eind van het jaar op niveau M6.
"""
    doc = _read(tmp_path, txt.encode())
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (K.HEADING, "ONTWIKKELINGSPERSPECTIEFPLAN", 1),
        (K.HEADING, "3. Uitstroombestemming", 1),
        (K.PARAGRAPH, "De verwachte uitstroombestemming is vmbo-kader.", None),
        (K.HEADING, "3.2 Doelen", 2),
        (K.LIST_ITEM, "Daan leest aan het eind van het jaar op niveau M6.", None),
    ]
    assert [b.location.heading_path for b in doc.blocks if b.kind is K.HEADING] == [
        (), (), ("3. Uitstroombestemming",)]
    # Capitals and '3.' are both level 1: the numbered heading replaces the title in the path.
    assert doc.blocks[4].location.heading_path == ("3. Uitstroombestemming", "3.2 Doelen")


def test_an_e_mail_quoting_the_plan_is_read_without_its_quote_marks(tmp_path):
    """A parent's reply with the plan quoted under it ('> 3.2 Doelen'): the quoted lines are read as the
    plan they show, headings and lists included (the marks made every part a paragraph)."""
    txt = """Van: ouders
Wij gaan akkoord met het handelingsdeel.

Op 3 oktober 2025 schreef de school:
> Beste ouders,
>
> 3.2 Doelen
> - Daan leest aan het eind van het jaar op niveau M6.
>> Eerder bericht
"""
    doc = _read(tmp_path, txt.encode())
    assert (K.HEADING, "3.2 Doelen") in _kinds(doc)
    assert (K.LIST_ITEM, "Daan leest aan het eind van het jaar op niveau M6.") in _kinds(doc)
    assert not any(b.text.startswith(">") for b in doc.blocks)
    # One line that starts with '>' is no quoted e-mail: it stays as written.
    doc = _read(tmp_path, b"Leeftijd\n> 18 jaar: de leerling beslist zelf.\n")
    assert any(b.text.startswith("> 18 jaar") for b in doc.blocks)


def test_a_table_cell_broken_over_lines_loses_no_row(tmp_path):
    """A Markdown table whose cell runs on over list lines ('| Aanpak | - Stagebegeleiding ...' /
    '- Leesbegeleiding ... |'): the rows after it are still read (they were dropped without a word)."""
    md = """| Onderdeel | Invulling |
|---|---|
| **Aanpak** | - Stagebegeleiding door de stagecoördinator, 1x per 3 weken
- Leesbegeleiding door de onderwijsassistent, 2x per week |
| **Evaluatie** | Tussenevaluatie in februari 2026 met ouders en Ruben. |
| **Datum vaststelling** | 26-01-2026 |
"""
    doc = _read(tmp_path, md.encode(), "opp.md")
    texts = [b.text for b in doc.blocks]
    assert "Tussenevaluatie in februari 2026 met ouders en Ruben." in texts
    assert "26-01-2026" in texts


def test_numbered_heading_rules():
    assert numbered_heading_level("4.1.2 Sociaal-emotionele ontwikkeling") == 3
    assert numbered_heading_level("12.09.2025 gesprek met ouders") is None
    assert numbered_heading_level("1. Wij gaan akkoord met dit plan.") is None
    assert numbered_heading_level("10.30 uur overleg") is None
    # A part and its sub-part before the colon that ends the title; a label with its value is no title.
    assert numbered_heading_level("4.4 Handelingsdeel: ondersteuning:") == 2
    assert numbered_heading_level("4.4 Handelingsdeel: zie bijlage") is None


def test_fifty_megabyte_single_line_is_linear(tmp_path):
    data = b"leerling " * (50 * 1024 * 1024 // 9)
    start = time.perf_counter()
    doc = _read(tmp_path, data)
    assert time.perf_counter() - start < 10
    assert max(len(b.text) for b in doc.blocks) <= 20_000
    assert sum(len(b.text) for b in doc.blocks) > 49 * 1024 * 1024


def test_markdown_bold_lines_and_emphasis(tmp_path):
    md = ("## Gegevens\n*SWV Midden – model OPP*\n\n**Onderwijsbehoeften**\n"
          "**Naam:** Daan, zie [de website](https://school.example)\n\n| | |\n|---|---|\n| School | De Brug |\n")
    doc = _read(tmp_path, md.encode(), "opp.md")
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (K.HEADING, "Gegevens", 2),
        (K.PARAGRAPH, "SWV Midden – model OPP", None),
        (K.HEADING, "Onderwijsbehoeften", 3),
        (K.PARAGRAPH, "Naam: Daan, zie de website", None),
        (K.TABLE_CELL, "School", None),  # the empty header row gives no blocks and no column headers
        (K.TABLE_CELL, "De Brug", None),
    ]
    assert (doc.blocks[-1].row_header, doc.blocks[-1].col_header) == ("School", None)
    # In a .txt file the stars are what the reader sees.
    assert _read(tmp_path, b"**Naam:** Daan\n").blocks[0].text == "**Naam:** Daan"


def test_table_of_contents_lines_are_not_headings(tmp_path):
    txt = "Inhoud\n3. Uitstroombestemming ........ 4\n3.2 Doelen\t5\n\n3. Uitstroombestemming\nvmbo-kader.\n"
    doc = _read(tmp_path, txt.encode())
    assert [(b.kind, b.name) for b in doc.blocks] == [
        (K.PARAGRAPH, None), (K.PARAGRAPH, "toc"), (K.PARAGRAPH, "toc"), (K.HEADING, None), (K.PARAGRAPH, None)]


def test_plain_text_export_layout(tmp_path):
    txt = """ONTWIKKELINGSPERSPECTIEFPLAN (OPP)
==================================

4. Factoren
-----------

Domein             | Belemmerend                        | Bevorderend
-------------------+------------------------------------+-------------
Cognitief          | zwak werkgeheugen; instructies van | sterk in praktische opdrachten
                   | meer dan twee stappen vergeten     |
Werkhouding        | snel afgeleid                      | dagplanning

5. Wat heeft Zoë nodig?
-----------------------
- hulp bij het plannen van huiswerk als zij vastloopt
   (observatie mentor).
Ouders zijn gehoord over het concept (gesprek met de leerkracht en
de intern begeleider). Zij willen aandacht voor rekenen;
dat is toegevoegd.
"""
    doc = _read(tmp_path, txt.encode())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (K.HEADING, "ONTWIKKELINGSPERSPECTIEFPLAN (OPP)"),
        (K.HEADING, "4. Factoren"),
        (K.TABLE_CELL, "Domein"),
        (K.TABLE_CELL, "Belemmerend"),
        (K.TABLE_CELL, "Bevorderend"),
        (K.TABLE_CELL, "Cognitief"),
        (K.TABLE_CELL, "zwak werkgeheugen; instructies van meer dan twee stappen vergeten"),
        (K.TABLE_CELL, "sterk in praktische opdrachten"),
        (K.TABLE_CELL, "Werkhouding"),
        (K.TABLE_CELL, "snel afgeleid"),
        (K.TABLE_CELL, "dagplanning"),
        (K.HEADING, "5. Wat heeft Zoë nodig?"),
        (K.LIST_ITEM, "hulp bij het plannen van huiswerk als zij vastloopt\n(observatie mentor)."),
        (K.PARAGRAPH, "Ouders zijn gehoord over het concept (gesprek met de leerkracht en\nde intern begeleider). "
                      "Zij willen aandacht voor rekenen;\ndat is toegevoegd."),
    ]
    cell = doc.blocks[6]
    assert (cell.location.row, cell.location.column, cell.row_header, cell.col_header) == (
        2, 2, "Cognitief", "Belemmerend")


def test_labels_before_their_boxes(tmp_path):
    doc = _read(tmp_path, "Akkoord ☒ Niet akkoord ☐\nOuders: ☐ akkoord ☒ niet akkoord\nGezien ☒\n".encode())
    assert [(b.kind, b.text, b.checked) for b in doc.blocks] == [
        (K.CHECKBOX, "Akkoord", True),
        (K.CHECKBOX, "Niet akkoord", False),
        (K.PARAGRAPH, "Ouders:", None),
        (K.CHECKBOX, "akkoord", False),
        (K.CHECKBOX, "niet akkoord", True),
        (K.CHECKBOX, "Gezien", True),
    ]


def test_two_column_text_table_with_wrapped_cells(tmp_path):
    """'Label | value' lines whose value wraps onto lines with an empty first cell ('     | more'):
    one table, each wrapped value joined to its own row, an empty value cell kept empty."""
    txt = ("Naam                  | Mohammed Bakker\n"
           "Onderbouwing          | Dat baseren we op de toetsen:\n"
           "                      | hij groeit bij rekenen langzamer dan gemiddeld.\n"
           "Belemmerend           |\n"
           "Ondersteuning         | mentorgesprek, wekelijks 15 minuten,\n"
           "                      | door de mentor.\n")
    doc = _read(tmp_path, txt.encode())
    cells = [(b.location.row, b.location.column, b.text) for b in doc.blocks]
    assert all(b.kind is K.TABLE_CELL and b.location.table == 1 for b in doc.blocks)
    assert (2, 2, "Dat baseren we op de toetsen: hij groeit bij rekenen langzamer dan gemiddeld.") in cells
    assert (4, 2, "mentorgesprek, wekelijks 15 minuten, door de mentor.") in cells
    assert not any(row == 3 and col == 2 and text for row, col, text in cells)


def test_a_plain_rule_under_a_header_row_separates_it_from_the_rows(tmp_path):
    """'Wat | Wie | Hoe vaak' over '--------' is a table's header row, not a title underlined."""
    text = (
        "Te bieden ondersteuning\n\n"
        "Wat | Wie | Hoe vaak\n"
        "------------------------------\n"
        "Leesinstructie | leesspecialist | 2x per week\n"
        "Pauzeplek | mentor | dagelijks\n\n"
        "Titel\n-----\nGewone tekst.\n"
    )
    doc = _read(tmp_path, text.encode())
    cells = [b for b in doc.blocks if b.kind is K.TABLE_CELL]
    assert [c.text for c in cells[:3]] == ["Wat", "Wie", "Hoe vaak"]
    assert [c.location.row for c in cells] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert cells[3].col_header == "Wat"
    assert (K.HEADING, "Titel") in _kinds(doc)  # a title underlined outside a table stays a heading


def test_an_unframed_table_whose_header_starts_with_an_empty_corner_cell(tmp_path):
    """' | Naam | Datum | Handtekening' over unframed rows: the empty corner cell is kept, so every
    value stands under its own header ('w.g.' under 'Handtekening')."""
    text = (
        "Instemming ouders met het handelingsdeel\n\n"
        " | Naam | Datum | Handtekening\n"
        "Ouder/verzorger 1 | mevr. J. Haverkort | 16-01-2026 | w.g.\n"
        "Namens de school | dhr. P. Nijenhuis | 13-01-2026 | w.g.\n"
    )
    doc = _read(tmp_path, text.encode())
    cells = {(b.location.row, b.location.column): b for b in doc.blocks if b.kind is K.TABLE_CELL}
    assert cells[(1, 4)].text == "Handtekening"
    assert cells[(2, 4)].text == "w.g." and cells[(2, 4)].col_header == "Handtekening"
    assert cells[(2, 3)].col_header == "Datum"


def test_a_title_underlined_with_dots_is_a_heading_a_fill_in_line_under_a_label_is_not(tmp_path):
    """A system export underlines its parts with a run of one character as long as the title
    ('[OPP-03] Belemmerende factoren' / '..............................'); a long dotted line under a
    short label is a place to write, not an underline."""
    text = (
        "[OPP-03] Belemmerende factoren\n"
        "..............................\n"
        "Angstklachten en paniek in drukke ruimtes.\n"
        "\n"
        "Toelichting\n"
        "..................................................\n"
    )
    doc = _read(tmp_path, text.encode())
    assert (K.HEADING, "[OPP-03] Belemmerende factoren") in _kinds(doc)
    assert not any(b.kind is K.HEADING and b.text == "Toelichting" for b in doc.blocks)


def test_a_table_set_out_with_spaces_is_read_as_a_table(tmp_path):
    text = (
        "Ondertekening voor akkoord met het handelingsdeel\n"
        "              Ouder/verzorger 1   Ouder/verzorger 2  Namens de school\n"
        "Naam          J. Bakker (moeder)  P. Bakker (vader)  mevr. A. Verhoeven\n"
        "Datum         1-10-2025           1-10-2025          1-10-2025\n"
        "Handtekening  w.g.                w.g.               w.g.\n"
    )
    doc = _read(tmp_path, text.encode())
    cells = [(b.location.row, b.location.column, b.text) for b in doc.blocks if b.kind is K.TABLE_CELL]
    assert (1, 2, "Ouder/verzorger 1") in cells
    assert (1, 4, "Namens de school") in cells
    assert (2, 3, "P. Bakker (vader)") in cells
    assert (2, 4, "mevr. A. Verhoeven") in cells
    assert (4, 2, "w.g.") in cells
    assert doc.blocks[0].kind is K.PARAGRAPH


def test_label_and_value_lines_set_out_with_spaces_stay_lines(tmp_path):
    # Two parts a line are a label and its value, not a table.
    text = "Naam leerling      Sem de Vries\nGeboortedatum      12-03-2015\n"
    doc = _read(tmp_path, text.encode())
    assert [b.kind for b in doc.blocks] == [K.PARAGRAPH, K.PARAGRAPH]


def test_a_short_label_line_over_a_value_in_lower_case_is_a_paragraph_of_its_own(tmp_path):
    lines = ["Belemmerend", "zwak werkgeheugen; verwerkingssnelheid laag", "Hoe vaak", "4x per week"]
    doc = _read(tmp_path, "\n".join(lines).encode())
    assert [b.text for b in doc.blocks] == lines


def test_a_hard_wrapped_sentence_stays_one_paragraph(tmp_path):
    text = "De leerling werkt in een kleine groep aan het lezen van\nteksten op zijn eigen niveau.\n"
    doc = _read(tmp_path, text.encode())
    assert [b.text for b in doc.blocks] == [text.strip()]


def test_a_sentence_wrapped_after_three_words_stays_one_paragraph(tmp_path):
    doc = _read(tmp_path, b"Ouders gaan niet\nakkoord met het handelingsdeel.\n")
    assert [b.text for b in doc.blocks] == ["Ouders gaan niet\nakkoord met het handelingsdeel."]


def test_a_label_value_with_a_hanging_indent_stays_one_paragraph(tmp_path):
    # A system's text export: the label's value wraps onto indented lines, whatever they start with
    # (a capital, a name's initial, a number ending a sentence).
    lines = [
        "Extra ondersteuning (wat/wie/hoe vaak): Gesprek over plannen: mentor",
        "    M. Hofstede, 1x per week 15 minuten. Rekenen met de RT-er: 2x per week, IQ van",
        "    85. De leerkracht begeleidt de instructie.",
        "Doelen:",
        "    1. Jesse vraagt hulp met de vraagkaart.",
        "    - Bij rekenen werkt hij met een stappenplan.",
    ]
    doc = _read(tmp_path, "\n".join(lines).encode())
    first = doc.blocks[0]
    assert first.kind is K.PARAGRAPH
    assert "M. Hofstede" in first.text and "85. De leerkracht begeleidt" in first.text
    assert [b.kind for b in doc.blocks[1:]] == [K.PARAGRAPH, K.LIST_ITEM, K.LIST_ITEM]


def test_an_indented_label_under_a_label_value_line_is_a_field_of_its_own(tmp_path):
    # A field indented under the one before ('    Instemming ouders: ...') is no wrapped rest of it.
    lines = [
        "Ondersteuning: Bram krijgt extra leesinstructie van de onderwijsassistent, 2x per week.",
        "    Instemming ouders: ouders gaan niet akkoord met het handelingsdeel.",
        "    Handtekening ouder: w.g. A. Terpstra",
    ]
    doc = _read(tmp_path, "\n".join(lines).encode())
    assert [b.text for b in doc.blocks] == [line.strip() for line in lines]


def test_markdown_joins_a_short_line_with_the_next(tmp_path):
    doc = _read(tmp_path, b"Belemmerend\nzwak werkgeheugen\n", name="opp.md")
    assert len(doc.blocks) == 1
