"""The PDF reader, on PDFs built at test time (see pdf_fixtures.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pdf_fixtures as fx
import pytest
from click.testing import CliRunner

from oppcheck.cli import main
from oppcheck.errors import ReadError
from oppcheck.extract import ReadOptions, read_document
from oppcheck.model import BlockKind, Source
from oppcheck.text import norm


def read(path: Path, password: str | None = None, ocr: bool = True):
    return read_document(str(path), ReadOptions(password=password, ocr=ocr))


def headings(doc) -> list[tuple[str, int]]:
    return [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]


def block(doc, text: str):
    """The first block whose text starts with `text`."""
    return next(b for b in doc.blocks if b.text.startswith(text))


@pytest.fixture(scope="module")
def word_doc(tmp_path_factory):
    return read(fx.word_like(tmp_path_factory.mktemp("pdf") / "plan.pdf"))


@pytest.fixture(scope="module")
def form_doc(tmp_path_factory):
    return read(fx.acroform(tmp_path_factory.mktemp("pdf") / "formulier.pdf"))


# --- text, headings, paragraphs -------------------------------------------------------------------

def test_word_like_pdf_has_pages_and_headings_in_order(word_doc):
    assert word_doc.format == "pdf"
    assert word_doc.pages == 3
    assert [t for t, _ in headings(word_doc)] == [
        "Ontwikkelingsperspectiefplan", "1. Gegevens van de leerling", "2. Onderwijsbehoeften",
        "Sterke kanten", "3. Uitstroomprofiel", "3.1 Onderbouwing", "4. Ondertekening",
    ]


def test_heading_levels_follow_size_and_bold(word_doc):
    level = dict(headings(word_doc))
    assert level["Ontwikkelingsperspectiefplan"] == 1
    assert level["1. Gegevens van de leerling"] == level["4. Ondertekening"] == 2
    assert level["3.1 Onderbouwing"] == 3  # 12 pt, between 14 pt and body
    assert level["Sterke kanten"] == 4  # bold at body size: below every sized heading


def test_row_ending_in_a_large_signature_is_not_a_heading(word_doc):
    row = block(word_doc, "Directeur K. de Haan")
    assert row.kind is BlockKind.PARAGRAPH
    assert row.text.split() == ["Directeur", "K.", "de", "Haan", "30-12-2024", "K.", "de", "Haan"]


def test_bold_table_header_row_is_not_a_heading(word_doc):
    assert block(word_doc, "Toets").kind is BlockKind.PARAGRAPH


def test_wrapped_lines_form_one_paragraph_with_location(word_doc):
    para = block(word_doc, "Noah leert het best")
    assert para.kind is BlockKind.PARAGRAPH
    assert "vaste plek in de klas" in norm(para.text)  # the sentence crosses a line break
    assert "voortgang met noah en zijn ouders" in norm(para.text)
    assert para.location.page == 1
    assert para.location.line == 8
    assert para.source is Source.BODY


def test_rows_aligned_in_columns_become_table_cells_and_a_lone_row_keeps_its_cells_apart(word_doc):
    """Four label/value rows printed without lines, aligned in two columns: a table without lines.
    A single header row with nothing aligned under it stays a line with its cells apart (tabs)."""
    label = block(word_doc, "Geboortedatum")
    value = block(word_doc, "12-04-2015")
    assert label.kind is value.kind is BlockKind.TABLE_CELL
    assert (label.location.column, value.location.column) == (1, 2)
    assert label.location.row == value.location.row == 2
    assert value.row_header == "Geboortedatum"
    assert block(word_doc, "Naam leerling").text == "Naam leerling"
    assert block(word_doc, "Toets").text == "Toets\tScore\tNiveau"


def test_a_numbered_heading_with_a_tab_stays_a_heading(tmp_path):
    doc = read(fx.tab_numbered_heading(tmp_path / "tab.pdf"))
    assert headings(doc)[0] == ("2.\tOnderbouwing", 1)


def test_page_numbers_of_blocks(word_doc):
    assert block(word_doc, "3. Uitstroomprofiel").location.page == 2
    assert block(word_doc, "Datum:").location.page == 3
    assert "vmbo-kader" in block(word_doc, "Het verwachte uitstroomprofiel").text


def test_damaged_xref_is_repaired(tmp_path, word_doc):
    doc = read(fx.damaged_xref(tmp_path / "kapot.pdf"))
    assert [b.text for b in doc.blocks] == [b.text for b in word_doc.blocks]


def test_all_bold_body_is_not_all_headings(tmp_path):
    doc = read(fx.all_bold(tmp_path / "vet.pdf"))
    assert headings(doc) == [("Zorgplan", 1)]
    assert all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks[1:])


# --- images -----------------------------------------------------------------------------------------

def test_signature_image_follows_its_label(word_doc):
    kinds = [(b.kind, b.text) for b in word_doc.blocks if b.location.page == 3]
    label = kinds.index((BlockKind.PARAGRAPH, "Handtekening ouder:"))
    assert kinds[label + 1] == (BlockKind.IMAGE, "")
    image = next(b for b in word_doc.blocks if b.kind is BlockKind.IMAGE)
    assert image.location.line == block(word_doc, "Handtekening ouder:").location.line
    assert word_doc.image_only_pages == []


def test_image_only_page_is_listed_for_ocr(tmp_path):
    doc = read(fx.image_only(tmp_path / "scan.pdf"), ocr=False)  # detection only; OCR is tested elsewhere
    assert doc.pages == 2
    assert doc.image_only_pages == [2]
    assert doc.ocr_pages == []
    assert {b.location.page for b in doc.blocks} == {1}


def test_a_scanned_page_with_only_running_lines_as_text_is_listed_for_ocr(tmp_path):
    """A page-sized scan whose only text is the plan's running header and footer is read as a scan: its
    own text is in the image."""
    doc = read(fx.scanned_page_between_running_lines(tmp_path / "plan.pdf"), ocr=False)
    assert doc.image_only_pages == [2]


def test_a_page_with_body_text_over_a_page_sized_image_is_no_scan(tmp_path):
    doc = read(fx.scan_with_text_layer(tmp_path / "scan-ocr.pdf"), ocr=False)
    assert doc.image_only_pages == []


# --- checkbox glyphs --------------------------------------------------------------------------------

@pytest.mark.skipif(not fx.has_dejavu(), reason="needs DejaVu Sans for the box glyphs")
def test_checkbox_glyph_lines(tmp_path):
    doc = read(fx.checkbox_lines(tmp_path / "vakjes.pdf"))
    got = [(b.kind, b.text, b.checked) for b in doc.blocks]
    assert got == [
        (BlockKind.PARAGRAPH, "Ouders zijn het eens met het plan:", None),
        (BlockKind.CHECKBOX, "ja", True),
        (BlockKind.CHECKBOX, "nee", False),
        (BlockKind.CHECKBOX, "Gesprek gevoerd", False),
        (BlockKind.PARAGRAPH, "Gewone tekst zonder vakje.", None),
    ]
    assert doc.blocks[1].location.line == 1


@pytest.mark.skipif(not fx.has_dejavu(), reason="needs DejaVu Sans for the box glyphs")
def test_checkbox_glyphs_drawn_after_their_labels_are_read_where_they_stand(tmp_path):
    # A fallback font's glyphs come last in the content stream; read in stream order, the ticked
    # 'niet akkoord' would have become an unticked box before the whole line and a ticked empty one.
    doc = read(fx.checkbox_glyphs_drawn_last(tmp_path / "vakjes-achteraf.pdf"))
    got = [(b.kind, b.text, b.checked) for b in doc.blocks]
    assert got == [
        (BlockKind.PARAGRAPH, "Ouders gaan met het handelingsdeel:", None),
        (BlockKind.CHECKBOX, "akkoord", False),
        (BlockKind.CHECKBOX, "niet akkoord", True),
    ]


@pytest.mark.skipif(not fx.has_dejavu(), reason="needs DejaVu Sans for the box glyphs")
def test_checkbox_glyphs_drawn_first_in_a_table_cell_are_read_where_they_stand(tmp_path):
    # In a cell, read in stream order the ticked 'Akkoord' became a box labelled with the line before
    # and the unticked box took 'Akkoord ... Niet akkoord' and the parent's line below as its label.
    doc = read(fx.checkbox_glyphs_first_in_a_cell(tmp_path / "vakjes-in-cel.pdf"))
    boxes = [(b.text, b.checked) for b in doc.blocks if b.kind is BlockKind.CHECKBOX]
    assert boxes == [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]
    cells = [b.text for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert any(text.startswith("Ouder/verzorger: M. Brinkerink") for text in cells)


def test_values_stamped_after_the_labels_are_read_beside_their_labels(tmp_path):
    # A flattened, filled-in form draws every printed label first and every value after: in stream order
    # all values would follow the last label, and each section would look empty.
    doc = read(fx.stamped_form(tmp_path / "gestempeld.pdf"))
    texts = [b.text for b in doc.blocks]
    for label, value in fx.STAMPED_ROWS:
        at = texts.index(label)
        assert texts[at + 1] == value, (label, texts)


def test_an_x_typed_into_a_drawn_box_afterwards_ticks_it(tmp_path):
    doc = read(fx.typed_mark_in_drawn_box(tmp_path / "aangekruist.pdf", afterwards=True))
    assert [(b.kind, b.text, b.checked) for b in doc.blocks] == [
        (BlockKind.CHECKBOX, "Ouders stemmen in met het handelingsdeel", True),
        (BlockKind.CHECKBOX, "Ouders stemmen niet in met het handelingsdeel", False),
    ]


def test_a_second_column_of_running_text_stays_a_column(tmp_path):
    doc = read(fx.two_columns(tmp_path / "kolommen.pdf"))
    text = " ".join(b.text for b in doc.blocks)
    assert "herhaling elke dag. Ouders zijn welkom" in text or text.index("Ouders") > text.index("herhaling")
    assert "Wij werken in kleine groepen" in text


# --- AcroForm ---------------------------------------------------------------------------------------

def test_text_fields_give_values_and_labels(form_doc):
    fields = {b.name: b for b in form_doc.blocks if b.kind is BlockKind.FORM_FIELD}
    assert fields["naam_leerling"].value == "Noah de Vries"
    assert fields["naam_leerling"].text == "Naam van de leerling"  # the /TU tooltip
    assert fields["uitstroom"].text == "uitstroom"  # no tooltip: the field name
    assert fields["toelichting"].value == ""
    assert (fields["schoolsoort"].text, fields["schoolsoort"].value) == ("Schoolsoort", "so")
    assert fields["ouder.naam"].value == "Jan de Vries"  # the /FT is inherited from the parent
    assert all(f.source is Source.FORM and f.location.page == 1 for f in fields.values())


def test_form_field_follows_its_label_line(form_doc):
    texts = [b.text for b in form_doc.blocks]
    assert texts[texts.index("Naam leerling") + 1] == "Naam van de leerling"
    assert texts[texts.index("Uitstroomprofiel") + 1] == "uitstroom"
    # The caption printed beside a tick box that reads as its tooltip is read once, as the box with its
    # state: the printed words alone would read as a statement.
    captions = [b for b in form_doc.blocks if b.text == "Ouders zijn gehoord"]
    assert [b.kind for b in captions] == [BlockKind.CHECKBOX]
    assert captions[0].checked is True


def test_checkboxes_and_radio_group(form_doc):
    boxes = {b.text: b for b in form_doc.blocks if b.kind is BlockKind.CHECKBOX}
    assert boxes["Ouders zijn gehoord"].checked is True
    assert boxes["Leerling is gehoord"].checked is False
    assert boxes["Instemming: ja"].checked is True
    assert boxes["Instemming: nee"].checked is False
    assert boxes["Instemming: gedeeltelijk"].checked is False
    assert boxes["Instemming: ja"].value == "ja"
    assert boxes["Instemming: ja"].location.page == 2


def test_signed_and_unsigned_signature_fields(form_doc):
    sigs = {b.name: b for b in form_doc.blocks if b.kind is BlockKind.SIGNATURE}
    signed, unsigned = sigs["handtekening_ouder"], sigs["handtekening_directeur"]
    assert (signed.signed, signed.signer, signed.signed_date) == (True, "J. de Vries", "2026-03-12 10:15")
    assert unsigned.signed is False
    assert unsigned.signer is None
    assert signed.location.page == unsigned.location.page == 2
    assert {"acroform", "signature-fields:2", "signed-fields:1"} <= set(form_doc.notes)
    assert "changed-after-signing:handtekening_ouder" in form_doc.notes


def test_unsigned_form_reads_the_same_fields(tmp_path, form_doc):
    doc = read(fx.acroform(tmp_path / "leeg.pdf", signed=False))
    sigs = {b.name: b.signed for b in doc.blocks if b.kind is BlockKind.SIGNATURE}
    assert sigs == {"handtekening_ouder": False, "handtekening_directeur": False}
    assert {"signature-fields:2", "signed-fields:0"} <= set(doc.notes)

    def fields(d):
        return [(b.kind, b.text, b.value, b.checked, b.location.page)
                for b in d.blocks if b.kind is not BlockKind.SIGNATURE]

    assert fields(doc) == fields(form_doc)


def test_signature_kept_on_the_field_above_its_widget(tmp_path):
    doc = read(fx.signature_on_parent(tmp_path / "ondertekend.pdf"))
    sig = next(b for b in doc.blocks if b.kind is BlockKind.SIGNATURE)
    assert (sig.name, sig.signed, sig.signer, sig.signed_date) == ("ouders", True, "A. Jansen", "2026-04-01 12:00")
    assert sig.location.page == 1


def test_list_box_with_several_choices(tmp_path):
    doc = read(fx.list_box(tmp_path / "lijst.pdf", chosen=["rekenen", "spelling"]))
    field = next(b for b in doc.blocks if b.kind is BlockKind.FORM_FIELD)
    assert (field.name, field.value) == ("vakken", "rekenen, spelling")


def test_pypdf_is_only_imported_for_signed_forms(tmp_path):
    plain = fx.word_like(tmp_path / "plan.pdf")
    unsigned = fx.acroform(tmp_path / "leeg.pdf", signed=False)
    signed = fx.acroform(tmp_path / "formulier.pdf")
    code = (
        "import sys; from oppcheck.extract import read_document as r; "
        f"r({str(plain)!r}); r({str(unsigned)!r}); a = 'pypdf' in sys.modules; "
        f"r({str(signed)!r}); print(a, 'pypdf' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


# --- encryption and damage --------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_owner_password_only_opens_silently(tmp_path, algorithm):
    doc = read(fx.encrypted(tmp_path / "beveiligd.pdf", user_password="", algorithm=algorithm))
    assert headings(doc)[0] == ("Ontwikkelingsperspectiefplan", 1)
    assert "encrypted:owner-password-only" in doc.notes


def test_user_password_needed(tmp_path):
    path = fx.encrypted(tmp_path / "geheim.pdf", user_password="geheim")
    with pytest.raises(ReadError) as err:
        read(path)
    assert err.value.key == "password"
    with pytest.raises(ReadError) as err:
        read(path, password="fout")
    assert err.value.key == "wrong_password"
    doc = read(path, password="geheim")
    assert doc.pages == 3
    assert "encrypted:user-password" in doc.notes


@pytest.mark.parametrize("user_password", ["", "geheim"])
def test_encrypted_form_is_read(tmp_path, user_password):
    from pypdf import PdfReader, PdfWriter

    plain = fx.acroform(tmp_path / "formulier.pdf")
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password=user_password, owner_password="x", algorithm="AES-256")
    writer.write(str(tmp_path / "dicht.pdf"))
    doc = read(tmp_path / "dicht.pdf", password=user_password or None)
    assert any(b.kind is BlockKind.FORM_FIELD and b.value == "Noah de Vries" for b in doc.blocks)
    assert any(b.kind is BlockKind.SIGNATURE and b.signed for b in doc.blocks)


def test_truncated_pdf_is_corrupt(tmp_path):
    with pytest.raises(ReadError) as err:
        read(fx.truncated(tmp_path / "half.pdf"))
    assert err.value.key == "corrupt"


def test_pdf_header_with_garbage_is_corrupt(tmp_path):
    path = tmp_path / "rommel.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(ReadError) as err:
        read(path)
    assert err.value.key == "corrupt"


# --- through the command line -----------------------------------------------------------------------

def test_cli_extract_shows_form_values_states_and_signatures(tmp_path):
    path = fx.acroform(tmp_path / "formulier.pdf")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Noah de Vries" in out
    assert "checked" in out and "unchecked" in out
    assert "signed signer=J. de Vries" in out
    assert "unsigned" in out


def test_cli_extract_shows_image_only_pages(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(fx.image_only(tmp_path / "scan.pdf")), "--no-ocr"])
    assert result.exit_code == 0
    assert "image-only pages (need OCR): 2" in result.output


def test_cli_password_pdf_exits_2_with_one_dutch_sentence(tmp_path):
    path = fx.encrypted(tmp_path / "geheim.pdf", user_password="geheim")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "beveiligd met een wachtwoord" in lines[0]
    assert "Traceback" not in result.output
    ok = CliRunner().invoke(main, ["extract", str(path), "--password", "geheim"])
    assert ok.exit_code == 0
    assert "Ontwikkelingsperspectiefplan" in ok.output


def test_running_header_and_footer_are_marked(tmp_path):
    doc = read(fx.running_header(tmp_path / "kop.pdf"))
    sources = {(b.location.page, b.text): b.source for b in doc.blocks}
    for page in (1, 2, 3):
        assert sources[(page, "OPP Noah de Vries - schooljaar 2025-2026")] is Source.HEADER
        assert sources[(page, f"Pagina {page} van 3")] is Source.FOOTER
        assert sources[(page, f"{page}. Hoofdstuk")] is Source.BODY


def test_footer_that_looks_like_a_heading_is_a_running_footer(tmp_path):
    """A footer set as large as a heading recurs on every page: furniture, not a heading over what
    follows it. A heading that recurs with another number ('Bijlage 1', 'Bijlage 2') is the plan's."""
    doc = read(fx.large_running_footer(tmp_path / "voet.pdf"))
    sources = {(b.location.page, b.text): b.source for b in doc.blocks}
    for page in (1, 2, 3):
        assert sources[(page, "Het Kreekland | OPP Lisa G.")] is Source.FOOTER
        assert sources[(page, f"Bijlage {page}")] is Source.BODY


def test_a_heading_repeated_where_its_section_runs_on_is_no_running_header(tmp_path):
    """'Doelen' at the top of two of four pages is the goals' heading, not page furniture."""
    doc = read(fx.continued_heading(tmp_path / "doelen.pdf"))
    repeated = [b for b in doc.blocks if b.text == "Doelen"]
    assert [b.location.page for b in repeated] == [2, 3]
    assert all(b.source is Source.BODY and b.kind is BlockKind.HEADING for b in repeated)


def test_one_page_has_no_running_header(tmp_path):
    doc = read(fx.running_header(tmp_path / "kop.pdf", pages=1))
    assert all(b.source is Source.BODY for b in doc.blocks)


def test_bullets_are_list_items(tmp_path):
    doc = read(fx.running_header(tmp_path / "kop.pdf"))
    items = [b.text for b in doc.blocks if b.kind is BlockKind.LIST_ITEM and b.location.page == 1]
    assert items == ["• Lezen op niveau 6", "• Rekenen met hulpkaart"]


def test_page_sized_image_under_text_is_not_a_signature_image(tmp_path):
    doc = read(fx.scan_with_text_layer(tmp_path / "scan-ocr.pdf"))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]
    assert doc.image_only_pages == []
    assert "full-page-image-with-text:1" in doc.notes


def test_wrapped_heading_is_one_block(tmp_path):
    doc = read(fx.wrapped_heading(tmp_path / "kop.pdf"))
    assert len(headings(doc)) == 1
    text, level = headings(doc)[0]
    assert norm(text) == "5. onderbouwing van het verwachte uitstroomprofiel van de leerling"
    assert "\n" in text  # the line break is kept
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_large_line_where_one_sentence_ends_and_the_next_begins_is_no_heading(tmp_path):
    """'Rechten: u heeft instemmingsrecht. Bent u het' in larger type is running text, not a heading
    (as a heading it cut 'Bent u het niet eens, dan ...' in two, and the rest read as a refusal)."""
    doc = read(fx.sentence_in_large_type(tmp_path / "los.pdf"))
    assert headings(doc) == []


def test_line_end_hyphens_are_kept_as_printed(tmp_path):
    doc = read(fx.hyphenated(tmp_path / "afbreken.pdf"))
    assert len(doc.blocks) == 1
    text = doc.blocks[0].text
    assert "\ufffe" not in text and "\x02" not in text
    assert "orthopeda-\ngoog" in text
    assert "vmbo-\nkader" in text
    assert "orthopedagoog" in norm(text)


def test_a_date_wrapped_at_its_hyphen_is_still_the_consents_date(tmp_path):
    path = fx.wrapped_date_consent(tmp_path / "instemming.pdf")
    result = CliRunner().invoke(main, [str(path), "--format", "json", "--select", "instemming_ouders"])
    (consent,) = json.loads(result.stdout)["documents"][0]["elements"]
    assert consent["status"] == "present", consent["message"]


def test_one_unloadable_page_does_not_lose_the_others(tmp_path):
    doc = read(fx.broken_page(tmp_path / "pagina.pdf"))
    assert doc.pages == 3
    assert "unreadable-pages:2" in doc.notes
    assert {b.location.page for b in doc.blocks} == {1, 3}
    assert doc.image_only_pages == []


def test_a_broken_form_does_not_hide_the_text(tmp_path, monkeypatch):
    import oppcheck.extract.pdf_forms as forms

    def broken(*args):
        raise RecursionError("deep field tree")

    monkeypatch.setattr(forms, "page_widgets", broken)
    doc = read(fx.acroform(tmp_path / "formulier.pdf"))
    assert "acroform-unreadable" in doc.notes
    assert block(doc, "Naam leerling").location.page == 1
    assert not any(b.source is Source.FORM for b in doc.blocks)


def test_image_inside_a_form_xobject_is_found(tmp_path):
    doc = read(fx.image_in_form_xobject(tmp_path / "xobject.pdf"))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Handtekening ouder:"), (BlockKind.IMAGE, ""), (BlockKind.PARAGRAPH, "Datum: 12-03-2026"),
    ]


def test_a_name_in_italics_under_a_signature_label_is_its_value_not_a_heading(tmp_path):
    doc = read(fx.signature_in_italics(tmp_path / "getekend.pdf"))
    assert [text for text, _ in headings(doc)] == [
        "Ontwikkelingsperspectiefplan",
        "Instemming ouders met het handelingsdeel",
        "8. Aanvraag arrangement",
        "Toelichting bij de aanvraag",
    ]
    assert any("L. Mertensma" in b.text and b.kind is BlockKind.PARAGRAPH for b in doc.blocks)


def test_a_name_in_italics_under_the_signature_label_is_for_a_person_to_check(tmp_path):
    """The name stays in the consent part (it was a heading that ended it: 'plek leeg'); whether it is a
    signature set as a name or the name printed under the line, only the paper shows."""
    path = fx.signature_in_italics(tmp_path / "getekend.pdf")
    result = CliRunner().invoke(main, [str(path), "--format", "json", "--select", "instemming_ouders"])
    (consent,) = json.loads(result.stdout)["documents"][0]["elements"]
    assert consent["status"] == "unclear", consent["message"]


def test_the_short_last_line_of_a_paragraph_in_large_type_is_no_heading(tmp_path):
    """A pupil's words quoted in larger italic type: the short line that ends the paragraph is its last
    line, not a heading that would cut the part in two; a real heading in that size still is one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "citaat.pdf"
    c = Canvas(str(path), pagesize=A4)
    y = 800
    c.setFont("Helvetica", 10)
    for _ in range(12):
        c.drawString(72, y, "Owen werkt in het praktijklokaal goed mee en helpt andere leerlingen bij het opruimen.")
        y -= 14
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, y - 10, "Inbreng van de leerling")
    y -= 40
    c.setFont("Helvetica-Oblique", 14)
    c.drawString(72, y, "Ik vind rekenen echt moeilijk en ik schaam me als ik het weer niet snap.")
    c.drawString(72, y - 17, "In de werkplaats gaat het goed, daar wil ik later ook iets mee gaan doen,")
    c.drawString(72, y - 34, "zoals werken in de bouw.")
    y -= 60
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "Wat we daarmee doen: de rekenbegeleiding is voortaan in een kleine groep.")
    c.save()
    doc = read(path, ocr=False)
    assert any(t == "Inbreng van de leerling" for t, _ in headings(doc))
    assert not any("zoals werken in de bouw" in t for t, _ in headings(doc))
    assert "zoals werken in de bouw." in block(doc, "Ik vind rekenen").text


def test_tick_boxes_drawn_as_squares_are_read_ticked_or_not_where_they_stand(tmp_path):
    # A Word form's check box in a PDF from LibreOffice is a drawn square, a cross of two lines when
    # ticked: without it, 'ja, akkoord nee, niet akkoord' read as one line that refuses.
    doc = read(fx.drawn_tick_boxes(tmp_path / "getekende-vakjes.pdf"))
    got = [(b.text, b.checked) for b in doc.blocks if b.kind is BlockKind.CHECKBOX]
    assert got == [("ja, akkoord", True), ("nee, niet akkoord", False), ("Akkoord", False), ("Niet akkoord", True)]


def test_a_frame_drawn_last_is_read_under_its_heading(tmp_path):
    doc = read(fx.frame_drawn_last(tmp_path / "kader.pdf"))
    texts = [b.text.split("\n")[0] for b in doc.blocks]
    assert texts.index("9. Inbreng van de leerling") + 1 == texts.index(
        "Sem vertelde in het kindgesprek dat hij graag buiten de klas rekent."
    )
    assert texts[-1].startswith("We evalueren")


def test_a_frame_drawn_last_fills_its_part_of_the_plan(tmp_path):
    path = fx.frame_drawn_last(tmp_path / "kader.pdf")
    out = CliRunner().invoke(main, [str(path), "--type", "po", "--select", "inbreng_leerling", "--format", "json"])
    element = json.loads(out.output)["documents"][0]["elements"][0]
    assert element["status"] == "present", element["message"]


def test_a_form_field_under_a_label_of_several_pupil_fields_names_the_pupil(tmp_path):
    # 'Naam leerling / geboortedatum / groep' over a field named 'tf2': the form is filled in, not blank.
    path = fx.name_label_over_field(tmp_path / "formulier.pdf")
    out = CliRunner().invoke(main, [str(path), "--type", "po", "--select", "belemmerende_factoren", "--format", "json"])
    element = json.loads(out.output)["documents"][0]["elements"][0]
    assert element["status"] == "present", element["message"]


def test_a_drop_down_answered_niet_akkoord_refuses_the_consent_signed_under_it(tmp_path):
    path = fx.name_label_over_field(tmp_path / "formulier.pdf")
    out = CliRunner().invoke(main, [str(path), "--type", "po", "--select", "instemming_ouders", "--format", "json"])
    element = json.loads(out.output)["documents"][0]["elements"][0]
    assert element["status"] == "incomplete", element["message"]
    assert "Niet akkoord" in element["message"]


def test_an_x_typed_in_a_drawn_box_ticks_it(tmp_path):
    doc = read(fx.typed_mark_in_drawn_box(tmp_path / "kruisje.pdf"))
    got = [(b.text, b.checked) for b in doc.blocks if b.kind is BlockKind.CHECKBOX]
    assert got == [
        ("Ouders stemmen in met het handelingsdeel", True),
        ("Ouders stemmen niet in met het handelingsdeel", False),
    ]


def test_a_value_that_wraps_onto_the_next_line_is_read_whole(tmp_path):
    # The talk's date stands on the second printed line of the field: without it, 'no date'.
    path = fx.value_wrapped_over_lines(tmp_path / "export.pdf")
    out = CliRunner().invoke(main, [str(path), "--type", "so", "--select", "oogo", "--format", "json"])
    element = json.loads(out.output)["documents"][0]["elements"][0]
    assert element["status"] == "present", element["message"]
