"""The DOCX reader: what a user sees in `oppcheck extract` for Word documents."""

from __future__ import annotations

import time
import zipfile

import pytest
from office_fixtures import (
    docx_with_body,
    inline_sdt,
    legacy_checkbox,
    legacy_dropdown,
    patch_zip,
    rich_docx,
    run,
    w14_checkbox,
    zip_bomb_docx,
)

from oppcheck.errors import ReadError
from oppcheck.extract import read_document
from oppcheck.model import BlockKind as K
from oppcheck.model import Source


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    path = rich_docx(tmp_path_factory.mktemp("docx") / "opp.docx")
    return read_document(str(path))


def _all_text(doc) -> str:
    return "\n".join(f"{b.text}\n{b.value or ''}" for b in doc.blocks)


def test_body_reads_every_piece_once_in_document_order(rich):
    body = [(b.kind, b.text) for b in rich.blocks if b.source is Source.BODY]
    assert body == [
        (K.HEADING, "1. Gegevens leerling"),
        (K.PARAGRAPH, "Naam: Daan de Vries"),
        (K.FORM_FIELD, ""),
        (K.FORM_FIELD, "12-03-2014"),
        (K.FORM_FIELD, ""),
        (K.HEADING, "Onderwijsbehoeften"),
        (K.PARAGRAPH, "Het verwachte uitstroomprofiel is vmbo-kader."),
        (K.PARAGRAPH, "Zie kader"),
        (K.PARAGRAPH, "Dit plan is besproken"),
        (K.PARAGRAPH, "Evaluatie in februari."),
        (K.LIST_ITEM, "Lezen op niveau"),
        (K.HEADING, "2. Instemming"),
        (K.CHECKBOX, "Akkoord met het handelingsdeel"),
        (K.CHECKBOX, "Niet akkoord"),
        (K.CHECKBOX, "Extra verlof"),
        (K.CHECKBOX, "Ontheffing"),
        (K.PARAGRAPH, "Instemming:"),
        (K.CHECKBOX, "ja"),
        (K.CHECKBOX, "nee"),
        (K.PARAGRAPH, "Evaluatiedatum: 28-01-2026"),
        (K.HEADING, "Handtekeningen"),
        (K.TABLE_CELL, "Rol"),
        (K.TABLE_CELL, "Naam"),
        (K.TABLE_CELL, "Handtekening"),
        (K.TABLE_CELL, "Ouder"),
        (K.TABLE_CELL, "Mevr. Jansen"),
        (K.IMAGE, ""),
        (K.TABLE_CELL, "Directeur"),
        (K.TABLE_CELL, "Dhr. Pieters"),
        (K.TABLE_CELL, "Toetsen:"),
        (K.TABLE_CELL, "Binnen A"),
        (K.TABLE_CELL, "Binnen B"),
        (K.TABLE_CELL, "getekend"),
        (K.SIGNATURE, "Henk Smit, Vader"),
    ]


def test_placeholder_and_deleted_text_never_shown(rich):
    text = _all_text(rich)
    assert "Klik" not in text  # placeholder text of empty content controls
    assert "havo" not in text  # tracked deletion
    assert text.count("Tekst in kader") == 1  # text box: DrawingML choice read, VML fallback skipped
    texts = [b.text for b in rich.blocks]
    box = rich.blocks[texts.index("Tekst in kader")]
    assert box.source is Source.TEXT_BOX and texts[texts.index("Tekst in kader") - 1] == "Zie kader"
    assert rich.tracked_changes is True


def test_content_controls_carry_name_and_value(rich):
    fields = {b.name: b.value for b in rich.blocks if b.kind is K.FORM_FIELD}
    assert fields == {"Uitstroomprofiel": "", "Geboortedatum": "12-03-2014", "Toelichting": ""}


def test_checkbox_states_from_w14_legacy_and_glyphs(rich):
    boxes = [(b.text, b.checked) for b in rich.blocks if b.kind is K.CHECKBOX]
    assert boxes == [
        ("Akkoord met het handelingsdeel", True),
        ("Niet akkoord", False),
        ("Extra verlof", True),
        ("Ontheffing", False),
        ("ja", True),
        ("nee", False),
    ]


def test_headings_levels_and_paths(rich):
    heads = [(b.text, b.level, b.location.heading_path) for b in rich.blocks if b.kind is K.HEADING]
    assert heads == [
        ("1. Gegevens leerling", 1, ()),
        ("Onderwijsbehoeften", 2, ("1. Gegevens leerling",)),  # bold-only line under a level-1 heading
        ("2. Instemming", 1, ()),
        ("Handtekeningen", 2, ("2. Instemming",)),
    ]
    pieters = next(b for b in rich.blocks if b.text == "Dhr. Pieters")
    assert pieters.location.heading_path == ("2. Instemming", "Handtekeningen")


def test_table_cells_merged_nested_and_headers(rich):
    cells = {b.text: b for b in rich.blocks if b.kind in (K.TABLE_CELL, K.IMAGE)}
    pieters = cells["Dhr. Pieters"]  # spans columns 2 and 3: one block
    assert (pieters.location.table, pieters.location.row, pieters.location.column) == (1, 3, 2)
    assert (pieters.row_header, pieters.col_header) == ("Directeur", "Naam")
    toetsen = cells["Toetsen:"]  # its row's first cell is the vertical continuation of "Directeur"
    assert (toetsen.location.row, toetsen.row_header) == (4, "Directeur")
    assert cells["getekend"].location.column == 3
    inner = cells["Binnen B"]
    assert (inner.location.table, inner.location.row, inner.location.column) == (2, 1, 2)
    assert [b.text for b in rich.blocks].count("Directeur") == 1
    image = next(b for b in rich.blocks if b.kind is K.IMAGE)
    assert (image.location.table, image.location.row, image.location.column) == (1, 2, 3)
    assert (image.row_header, image.col_header) == ("Ouder", "Handtekening")


def test_signature_line_is_unsigned_with_suggested_signer(rich):
    sig = next(b for b in rich.blocks if b.kind is K.SIGNATURE)
    assert (sig.signed, sig.signer) == (False, "Henk Smit")


def test_header_footer_footnote_comment_sources(rich):
    by_source = {(b.source, b.text) for b in rich.blocks if b.source not in (Source.BODY, Source.TEXT_BOX)}
    assert by_source == {
        (Source.HEADER, "OPP – vertrouwelijk"),
        (Source.FOOTER, "Pagina 1"),  # the PAGE field result in w:fldSimple
        (Source.FOOTNOTE, "Besproken met ouders op 12-09-2025."),
        (Source.COMMENT, "Opmerking van IB"),
    }
    assert rich.blocks[0].source is Source.HEADER
    assert all(b.source is not Source.COMMENT for b in rich.body_blocks())
    comment = next(b for b in rich.blocks if b.source is Source.COMMENT)
    assert comment.name == "IB"


def test_digitally_signed_package_marks_signature_line_signed(tmp_path):
    path = rich_docx(tmp_path / "signed.docx")
    sig_xml = (b'<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><Object><SignatureProperties>'
               b'<SignatureProperty><SignatureTime xmlns="http://schemas.openxmlformats.org/package/2006/'
               b'digital-signature"><Format>YYYY-MM-DDThh:mm:ssTZD</Format><Value>2025-09-20T10:00:00Z</Value>'
               b"</SignatureTime></SignatureProperty></SignatureProperties></Object></Signature>")
    path.write_bytes(patch_zip(path.read_bytes(), add={"_xmlsignatures/sig1.xml": sig_xml}))
    sig = next(b for b in read_document(str(path)).blocks if b.kind is K.SIGNATURE)
    assert (sig.signed, sig.signed_date) == (True, "2025-09-20T10:00:00Z")


def test_run_content_tabs_breaks_hyphens_hidden_and_symbols(tmp_path):
    body = (
        "<w:p>" + run("Ortho") + "<w:r><w:softHyphen/></w:r>" + run("pedagoog")
        + "<w:r><w:tab/></w:r>" + run("sociaal") + "<w:r><w:noBreakHyphen/></w:r>" + run("emotioneel")
        + "<w:r><w:br/></w:r>" + run("regel twee")
        + run(" verborgen", "<w:rPr><w:vanish/></w:rPr>") + "</w:p>"
        + '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>' + run(" gezien") + "</w:p>"
    )
    doc = read_document(str(docx_with_body(tmp_path / "runs.docx", body)))
    assert doc.blocks[0].text == "Orthopedagoog\tsociaal-emotioneel\nregel twee"
    assert (doc.blocks[1].kind, doc.blocks[1].text, doc.blocks[1].checked) == (K.CHECKBOX, "gezien", True)
    assert doc.tracked_changes is False


def test_checkbox_in_table_takes_label_from_row(tmp_path):
    def row(label: str, box: str) -> str:
        return (f"<w:tr><w:tc><w:p>{run(label)}</w:p></w:tc>"
                f"<w:tc><w:p>{box}</w:p></w:tc></w:tr>")

    body = ("<w:tbl>" + row("Ouders gaan akkoord", w14_checkbox(True))
            + row("Ouders gaan niet akkoord", legacy_checkbox(None, default=True)) + "</w:tbl>")
    doc = read_document(str(docx_with_body(tmp_path / "t.docx", body)))
    boxes = [(b.text, b.checked, b.location.row) for b in doc.blocks if b.kind is K.CHECKBOX]
    assert boxes == [("Ouders gaan akkoord", True, 1), ("Ouders gaan niet akkoord", True, 2)]
    assert [b.text for b in doc.blocks].count("☒") == 0


def test_heading_styles_resolved_through_styles_xml(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Ontwikkelingsperspectief", style="Title")
    d.add_paragraph("Onderbouwing", style="Heading 2")
    path = tmp_path / "h.docx"
    d.save(str(path))
    # A Dutch Word file: style id "Kop1" whose name is the built-in "heading 1".
    styles = ('<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="Eigen kop"/>'
              '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style></w:styles>')
    data = patch_zip(path.read_bytes(), edit={"word/styles.xml": ("</w:styles>", styles)})
    extra = (f'<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr>{run("Uitstroomprofiel")}</w:p>'
             f'<w:p><w:pPr><w:pStyle w:val="Eigen"/></w:pPr>{run("Eigen kop")}</w:p>'
             f'<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>{run("Met outline")}</w:p>'
             f"<w:p>{run('Gewone tekst.')}</w:p></w:body>")
    path.write_bytes(patch_zip(data, edit={"word/document.xml": ("<w:sectPr", extra.replace("</w:body>", "")
                                                                + "<w:sectPr")}))
    doc = read_document(str(path))
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (K.HEADING, "Ontwikkelingsperspectief", 1),
        (K.HEADING, "Onderbouwing", 2),
        (K.HEADING, "Uitstroomprofiel", 1),
        (K.HEADING, "Eigen kop", 3),
        (K.HEADING, "Met outline", 2),
        (K.PARAGRAPH, "Gewone tekst.", None),
    ]


def test_zip_bomb_rejected_before_inflating(tmp_path):
    path = zip_bomb_docx(tmp_path / "bomb.docx", megabytes=200)
    assert path.stat().st_size < 1_000_000
    start = time.perf_counter()
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "too_complex"
    assert time.perf_counter() - start < 1.0


def test_high_compression_ratio_rejected(tmp_path):
    path = zip_bomb_docx(tmp_path / "ratio.docx", megabytes=5)  # under the size limit, ratio ~1000
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "too_complex"


def _docx_with_document_xml(tmp_path, xml: str):
    path = docx_with_body(tmp_path / "base.docx", "")
    out = tmp_path / "hostile.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = xml.encode() if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
    return out


W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_xxe_is_refused_and_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-123")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           f"<w:document {W_DECL}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(ReadError) as err:
        read_document(str(_docx_with_document_xml(tmp_path, xml)))
    assert err.value.key == "too_complex"
    assert "GEHEIM" not in str(err.value.params)


def test_billion_laughs_is_refused(tmp_path):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{ents}]><w:document {W_DECL}><w:body><w:p><w:r>'
           "<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    start = time.perf_counter()
    with pytest.raises(ReadError):
        read_document(str(_docx_with_document_xml(tmp_path, xml)))
    assert time.perf_counter() - start < 1.0


def test_missing_document_part_is_a_read_error(tmp_path):
    path = tmp_path / "leeg.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("_rels/.rels", "<Relationships/>")
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "corrupt"


def test_malformed_xml_is_corrupt(tmp_path):
    with pytest.raises(ReadError) as err:
        read_document(str(_docx_with_document_xml(tmp_path, f"<w:document {W_DECL}><w:body><w:p>")))
    assert err.value.key == "corrupt"


def test_truncated_docx_is_corrupt(tmp_path):
    path = rich_docx(tmp_path / "full.docx")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ReadError) as err:
        read_document(str(cut))
    assert err.value.key in ("corrupt", "unsupported")


def test_cli_extract_shows_blocks(tmp_path):
    from click.testing import CliRunner

    from oppcheck.cli import main

    path = rich_docx(tmp_path / "opp.docx")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "format=docx" in lines[0]
    assert any(line.startswith("checkbox") and "unchecked" in line and "Niet akkoord" in line for line in lines)
    assert any(line.startswith("form_field") and "name=Uitstroomprofiel" in line for line in lines)
    assert "Klik" not in result.output


def test_table_of_contents_entries_are_marked(tmp_path):
    toc = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText>'
           '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("Uitstroomprofiel") + "<w:r><w:tab/></w:r>"
           + run("2") + "</w:p><w:p>" + run("Ondertekening") + "<w:r><w:tab/></w:r>" + run("5")
           + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p><w:p>' + run("Daarna gewone tekst.") + "</w:p>")
    doc = read_document(str(docx_with_body(tmp_path / "toc.docx", toc)))
    assert [(b.kind, b.text, b.name) for b in doc.blocks] == [
        (K.PARAGRAPH, "Uitstroomprofiel\t2", "toc"),
        (K.PARAGRAPH, "Ondertekening\t5", "toc"),
        (K.PARAGRAPH, "Daarna gewone tekst.", None),
    ]


def test_placeholder_recognised_without_showing_placeholder_flag(tmp_path):
    # After a round trip through other software w:showingPlcHdr may be gone; the placeholder style
    # or Word's standard sentence still tells that nothing was filled in.
    styled = run("Typ hier de naam", '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>')
    body = ("<w:tbl><w:tr>"
            f"<w:tc><w:p>{run('Uitstroomprofiel')}</w:p></w:tc>"
            f"<w:tc><w:p>{inline_sdt('Profiel', 'Klik of tik om tekst in te voeren.')}</w:p></w:tc></w:tr>"
            f"<w:tr><w:tc><w:p>{run('Naam ouder')}</w:p></w:tc>"
            f'<w:tc><w:p><w:sdt><w:sdtPr><w:alias w:val="Ouder"/></w:sdtPr><w:sdtContent>{styled}'
            "</w:sdtContent></w:sdt></w:p></w:tc></w:tr></w:tbl>")
    path = docx_with_body(tmp_path / "plc.docx", body)
    style = ('<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
             "</w:style></w:styles>")
    path.write_bytes(patch_zip(path.read_bytes(), edit={"word/styles.xml": ("</w:styles>", style)}))
    doc = read_document(str(path))
    values = [(b.text, b.name, b.value, b.row_header) for b in doc.blocks if b.location.column == 2]
    assert values == [("", "Profiel", "", "Uitstroomprofiel"), ("", "Ouder", "", "Naam ouder")]


def test_text_box_in_header_stays_header_text(tmp_path):
    import docx
    from office_fixtures import text_box, xml_elements

    d = docx.Document()
    header = d.sections[0].header.paragraphs[0]
    for el in xml_elements(text_box("Vertrouwelijk")):
        header._p.append(el)
    d.add_paragraph("Tekst.")
    path = tmp_path / "hdr.docx"
    d.save(str(path))
    doc = read_document(str(path))
    assert [(b.source, b.text) for b in doc.blocks] == [(Source.HEADER, "Vertrouwelijk"), (Source.BODY, "Tekst.")]


def test_strict_open_xml_reads_like_transitional(tmp_path, rich):
    path = rich_docx(tmp_path / "gewoon.docx")
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(strict, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main"))
    doc = read_document(str(strict))
    assert [(b.kind, b.text) for b in doc.blocks] == [(b.kind, b.text) for b in rich.blocks]


def test_placeholder_sentence_left_by_other_software_reads_empty(tmp_path):
    # LibreOffice turns content controls into FILLIN fields whose result is the placeholder sentence.
    fillin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> FILLIN "" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("Klik of tik om tekst in te voeren.")
              + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = f"<w:p>{fillin}</w:p><w:p>{run('Naam ouder: ')}{fillin}</w:p>"
    doc = read_document(str(docx_with_body(tmp_path / "lo.docx", body)))
    assert [(b.kind, b.text, b.value) for b in doc.blocks] == [
        (K.FORM_FIELD, "", ""), (K.PARAGRAPH, "Naam ouder:", None)]


def test_moved_text_read_once_and_flagged(tmp_path):
    body = (f'<w:p><w:moveFrom w:id="1" w:author="IB">{run("Verplaatst")}</w:moveFrom>{run("Eerste.")}</w:p>'
            f'<w:p>{run("Tweede. ")}<w:moveTo w:id="2" w:author="IB">{run("Verplaatst")}</w:moveTo></w:p>')
    doc = read_document(str(docx_with_body(tmp_path / "move.docx", body)))
    assert [b.text for b in doc.blocks] == ["Eerste.", "Tweede. Verplaatst"]
    assert doc.tracked_changes is True


def test_same_header_on_first_and_other_pages_appears_once(tmp_path):
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "OPP Daan"
    section.first_page_header.paragraphs[0].text = "OPP Daan"
    section.first_page_footer.paragraphs[0].text = "Eerste pagina"
    d.add_paragraph("Tekst.")
    path = tmp_path / "kop.docx"
    d.save(str(path))
    doc = read_document(str(path))
    assert [(b.source, b.text) for b in doc.blocks] == [
        (Source.HEADER, "OPP Daan"), (Source.BODY, "Tekst."), (Source.FOOTER, "Eerste pagina")]


def test_member_larger_than_its_directory_claims_is_never_inflated_whole():
    from office_fixtures import lying_zip

    from oppcheck.extract.safezip import SafeZip

    data = lying_zip("word/document.xml", b"\x00" * (60 * 1024 * 1024), declared_size=1000)
    start = time.perf_counter()
    with pytest.raises(ReadError) as err:
        SafeZip(data).read("word/document.xml")
    assert err.value.key == "corrupt"  # the read stops at the claimed size; the checksum then fails
    assert time.perf_counter() - start < 1.0


def test_checkbox_labels_before_the_boxes(tmp_path):
    body = f"<w:p>{run('Akkoord ')}{w14_checkbox(True)}{run(' Niet akkoord ')}{legacy_checkbox(False)}</w:p>"
    doc = read_document(str(docx_with_body(tmp_path / "voor.docx", body)))
    assert [(b.text, b.checked) for b in doc.blocks] == [("Akkoord", True), ("Niet akkoord", False)]


def test_damaged_deflate_data_is_corrupt(tmp_path):
    path = docx_with_body(tmp_path / "ok.docx", f"<w:p>{run('Tekst')}</w:p>")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] = 0xFF  # an invalid deflate block type
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "corrupt"


def _lines_in_one_paragraph(*lines: str) -> str:
    """One Word paragraph whose lines are separated by soft line breaks (Shift+Enter)."""
    return "<w:p>" + "<w:r><w:br/></w:r>".join(run(line) for line in lines) + "</w:p>"


def _consent_cell_docx(tmp_path, signature: str):
    cell = _lines_in_one_paragraph(
        "☒ Akkoord met het handelingsdeel",
        "☐ Niet akkoord met het handelingsdeel",
        "☐ Voor gezien",
        "Ouder/verzorger: Hatice van Drimmelen",
        f"Handtekening: {signature}".rstrip(),
        "Datum: 11-10-2026",
        "Namens de school: w.g. directie, 06-10-2026",
    )
    body = (
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + run("Ontwikkelingsperspectief van Fenna") + "</w:p>"
        + "<w:tbl><w:tr><w:tc><w:p>" + run("Instemming") + f"</w:p></w:tc><w:tc>{cell}</w:tc></w:tr></w:tbl>"
    )
    return docx_with_body(tmp_path / "instemming.docx", body)


def test_a_line_of_tick_boxes_ends_at_its_line_break(tmp_path):
    doc = read_document(str(_consent_cell_docx(tmp_path, "w.g. Hatice van Drimmelen")))
    boxes = [(b.text, b.checked) for b in doc.blocks if b.kind is K.CHECKBOX]
    assert boxes == [
        ("Akkoord met het handelingsdeel", True),
        ("Niet akkoord met het handelingsdeel", False),
        ("Voor gezien", False),
    ]
    (cell,) = [b for b in doc.blocks if b.kind is K.TABLE_CELL and "Handtekening" in b.text]
    assert cell.text.startswith("Ouder/verzorger: Hatice van Drimmelen\nHandtekening: w.g.")


@pytest.mark.parametrize(("signature", "status"), [("w.g. Hatice van Drimmelen", "present"), ("", "incomplete")])
def test_a_signature_block_in_one_cell_is_read_line_by_line(tmp_path, signature, status):
    from oppcheck.check import check_document
    from oppcheck.ruleset import load_ruleset

    doc = read_document(str(_consent_cell_docx(tmp_path, signature)))
    (consent,) = [e for e in check_document(doc, load_ruleset()).elements if e.id == "instemming_ouders"]
    assert consent.status == status, consent.message


def test_the_schools_dated_cell_does_not_date_or_sign_for_the_parent(tmp_path):
    """A table with a column per party: the parent signed without a date, the school's cell holds its
    own signature and date on two lines. That is no dated consent of the parent."""
    from oppcheck.check import check_document
    from oppcheck.ruleset import load_ruleset

    def row(left: str, right: str) -> str:
        return f"<w:tr><w:tc>{left}</w:tc><w:tc>{right}</w:tc></w:tr>"

    body = (
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + run("Ontwikkelingsperspectief van Fenna") + "</w:p>"
        + "<w:p>" + run("Instemming met het handelingsdeel") + "</w:p>"
        + "<w:p>" + run("☒ Akkoord met het handelingsdeel") + "</w:p>"
        + "<w:tbl>"
        + row(f"<w:p>{run('Ouder/verzorger')}</w:p>", f"<w:p>{run('School (directeur)')}</w:p>")
        + row(f"<w:p>{run('Naam: Anja Stuivenga')}</w:p>", f"<w:p>{run('Naam: directie')}</w:p>")
        + row(
            f"<w:p>{run('Handtekening: A. Stuivenga')}</w:p>",
            _lines_in_one_paragraph("Handtekening: J. van de Ruit", "Datum: 11-02-2025"),
        )
        + row(f"<w:p>{run('Datum:')}</w:p>", "<w:p/>")
        + "</w:tbl>"
    )
    doc = read_document(str(docx_with_body(tmp_path / "zonder-datum.docx", body)))
    (consent,) = [e for e in check_document(doc, load_ruleset()).elements if e.id == "instemming_ouders"]
    assert consent.status == "incomplete", consent.message


@pytest.mark.parametrize(("strike", "status"), [(True, "present"), (False, "incomplete")])
def test_struck_through_options_are_read_as_not_chosen(tmp_path, strike, status):
    from oppcheck.check import check_document
    from oppcheck.ruleset import load_ruleset

    props = "<w:rPr><w:strike/></w:rPr>" if strike else ""
    struck = '<w:r>' + props + '<w:t xml:space="preserve">{}</w:t></w:r>'
    body = (
        "<w:p>" + run("Ontwikkelingsperspectief van Saar, VSO De Horst") + "</w:p>"
        + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + run("Te verwachten uitstroombestemming") + "</w:p>"
        + "<w:p>" + run("Doorhalen wat niet van toepassing is: ") + struck.format("vervolgonderwijs")
        + run(" / arbeidsmarkt / ") + struck.format("dagbesteding") + "</w:p>"
    )
    doc = read_document(str(docx_with_body(tmp_path / "doorgehaald.docx", body)))
    assert "dagbesteding" not in doc.blocks[2].text if strike else "dagbesteding" in doc.blocks[2].text
    results = check_document(doc, load_ruleset()).elements
    (destination,) = [e for e in results if e.id == "uitstroombestemming"]
    assert destination.status == status, destination.message


def test_a_legacy_drop_down_shows_its_chosen_entry_or_its_prompt(tmp_path):
    entries = ["- kies -", "akkoord", "niet akkoord"]
    chosen = f"<w:p>{run('Ouders gaan met het handelingsdeel: ')}{legacy_dropdown(entries, 2)}</w:p>"
    left = f"<w:p>{run('Ouders gaan met het handelingsdeel: ')}{legacy_dropdown(entries, None)}</w:p>"
    doc = read_document(str(docx_with_body(tmp_path / "keuze.docx", chosen + left)))
    assert [b.text for b in doc.blocks] == [
        "Ouders gaan met het handelingsdeel: niet akkoord",
        "Ouders gaan met het handelingsdeel: - kies -",
    ]
