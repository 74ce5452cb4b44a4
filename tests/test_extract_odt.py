"""The ODT reader: what a user sees in `oppcheck extract` for LibreOffice documents."""

from __future__ import annotations

import zipfile

import pytest
from office_fixtures import ODT_STYLES, odt_bytes

from oppcheck.errors import ReadError
from oppcheck.extract import read_document
from oppcheck.model import BlockKind as K
from oppcheck.model import Source


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    path = tmp_path_factory.mktemp("odt") / "opp.odt"
    path.write_bytes(odt_bytes())
    return read_document(str(path))


def _read(tmp_path, body: str, **kw):
    path = tmp_path / "doc.odt"
    path.write_bytes(odt_bytes(body, **kw))
    return read_document(str(path))


def test_body_in_order_with_kinds(rich):
    assert rich.format == "odt"
    body = [(b.kind, b.text) for b in rich.blocks if b.source in (Source.BODY, Source.TEXT_BOX)]
    assert body == [
        (K.HEADING, "1. Gegevens leerling"),
        (K.PARAGRAPH, "Naam: Daan de Vries"),
        (K.HEADING, "Onderwijsbehoeften"),
        (K.PARAGRAPH, "Het verwachte uitstroomprofiel is vmbo-kader."),
        (K.PARAGRAPH, "Orthopedagoog  Jansen\ttel\n0612345678"),
        (K.PARAGRAPH, "Zie kader"),
        (K.PARAGRAPH, "Tekst in kader"),
        (K.PARAGRAPH, "Dit plan is besproken"),
        (K.PARAGRAPH, "Evaluatie in februari."),
        (K.LIST_ITEM, "Lezen op niveau"),
        (K.LIST_ITEM, "Begrijpend lezen"),
        (K.HEADING, "2. Instemming"),
        (K.CHECKBOX, "Akkoord met het handelingsdeel"),
        (K.CHECKBOX, "Niet akkoord"),
        (K.CHECKBOX, "Extra verlof"),
        (K.PARAGRAPH, "Instemming:"),
        (K.CHECKBOX, "ja"),
        (K.CHECKBOX, "nee"),
        (K.PARAGRAPH, "Uitstroomprofiel:"),
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
    ]


def test_tracked_deletion_and_placeholder_hidden(rich):
    text = "\n".join(b.text for b in rich.blocks)
    assert "havo" not in text
    assert "Klik" not in text
    assert text.count("Tekst in kader") == 1
    assert rich.tracked_changes is True


def test_checkbox_states(rich):
    boxes = [(b.text, b.checked) for b in rich.blocks if b.kind is K.CHECKBOX]
    assert boxes == [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False), ("Extra verlof", True),
                     ("ja", True), ("nee", False)]


def test_headings_and_paths(rich):
    heads = [(b.text, b.level, b.location.heading_path) for b in rich.blocks if b.kind is K.HEADING]
    assert heads == [
        ("1. Gegevens leerling", 1, ()),
        ("Onderwijsbehoeften", 2, ("1. Gegevens leerling",)),  # bold paragraph style, short line
        ("2. Instemming", 1, ()),
        ("Handtekeningen", 2, ("2. Instemming",)),
    ]


def test_header_footer_from_styles_footnote_and_comment(rich):
    others = [(b.source, b.text) for b in rich.blocks if b.source not in (Source.BODY, Source.TEXT_BOX)]
    assert others == [
        (Source.HEADER, "OPP – vertrouwelijk – Daan"),
        (Source.FOOTER, "Pagina 1"),
        (Source.FOOTNOTE, "Besproken met ouders op 12-09-2025."),
        (Source.COMMENT, "Opmerking van IB"),
    ]
    assert next(b for b in rich.blocks if b.source is Source.COMMENT).name == "IB"
    assert all(b.source is not Source.COMMENT for b in rich.body_blocks())


def test_table_merges_nested_and_image(rich):
    cells = {b.text: b for b in rich.blocks if b.kind is K.TABLE_CELL}
    pieters = cells["Dhr. Pieters"]
    assert (pieters.location.row, pieters.location.column, pieters.row_header) == (3, 2, "Directeur")
    toetsen = cells["Toetsen:"]
    assert (toetsen.location.row, toetsen.location.column, toetsen.row_header) == (4, 2, "Directeur")
    assert cells["getekend"].location.column == 3
    assert cells["Binnen B"].location.table == 2
    image = next(b for b in rich.blocks if b.kind is K.IMAGE)
    assert (image.location.row, image.location.column, image.row_header) == (2, 3, "Ouder")


def test_content_control_value_and_form_field(tmp_path):
    body = ('<text:p><loext:content-control loext:alias="Uitstroomprofiel">vmbo-kader</loext:content-control>'
            '</text:p><text:p><loext:content-control loext:alias="Datum" loext:showing-place-holder="true">'
            "Kies een datum</loext:content-control></text:p>")
    doc = _read(tmp_path, body)
    assert [(b.kind, b.name, b.value) for b in doc.blocks if b.source is Source.BODY] == [
        (K.FORM_FIELD, "Uitstroomprofiel", "vmbo-kader"),
        (K.FORM_FIELD, "Datum", ""),
    ]


def test_signature_line_and_digital_signature(tmp_path):
    body = ('<text:p><draw:frame draw:name="Handtekening"><draw:image xlink:href="Pictures/sig.png">'
            '<loext:signatureline loext:id="x" loext:suggested-signer-name="Henk Smit" '
            'loext:suggested-signer-title="Vader"/></draw:image></draw:frame></text:p>')
    doc = _read(tmp_path, body)
    sig = [b for b in doc.blocks if b.kind in (K.SIGNATURE, K.IMAGE)]
    assert [(b.kind, b.signed, b.signer) for b in sig] == [(K.SIGNATURE, False, "Henk Smit")]
    signature = (b'<document-signatures xmlns="urn:oasis:names:tc:opendocument:xmlns:digitalsignature:1.0">'
                 b'<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><Object><SignatureProperties>'
                 b'<SignatureProperty><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2025-09-20T10:00:00'
                 b"</dc:date></SignatureProperty></SignatureProperties></Object></Signature></document-signatures>")
    doc = _read(tmp_path, body, extra={"META-INF/documentsignatures.xml": signature})
    sig = next(b for b in doc.blocks if b.kind is K.SIGNATURE)
    assert (sig.signed, sig.signed_date) == (True, "2025-09-20T10:00:00")


def test_header_shared_by_master_pages_appears_once(tmp_path):
    styles = ODT_STYLES.replace(
        "</office:master-styles>",
        '<style:master-page style:name="Tweede"><style:header><text:p>OPP – vertrouwelijk – Daan</text:p>'
        "</style:header></style:master-page></office:master-styles>",
    )
    doc = _read(tmp_path, "<text:p>Tekst.</text:p>", styles=styles)
    assert [b.text for b in doc.blocks if b.source is Source.HEADER] == ["OPP – vertrouwelijk – Daan"]


def test_dtd_in_content_is_refused(tmp_path):
    path = tmp_path / "xxe.odt"
    path.write_bytes(odt_bytes())
    data = path.read_bytes()
    out = tmp_path / "hostile.odt"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "content.xml":
                body = body.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
            dst.writestr(info, body)
    assert data
    with pytest.raises(ReadError) as err:
        read_document(str(out))
    assert err.value.key == "too_complex"


def test_missing_content_is_a_read_error(tmp_path):
    path = tmp_path / "leeg.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("styles.xml", ODT_STYLES)
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "corrupt"


def test_table_of_contents_and_form_checkbox(tmp_path):
    body = ('<office:forms><form:form><form:checkbox form:id="c1" form:label="Akkoord" '
            'form:current-state="checked"/></form:form></office:forms>'
            '<text:table-of-content><text:index-body><text:p>Uitstroomprofiel<text:tab/>2</text:p>'
            '</text:index-body></text:table-of-content>'
            '<text:p><draw:control draw:control="c1"/></text:p>')
    doc = _read(tmp_path, body.replace("<office:forms>", '<office:forms xmlns:form="urn:oasis:names:tc:'
                                       'opendocument:xmlns:form:1.0">'))
    body_blocks = [(b.kind, b.text, b.name, b.checked) for b in doc.blocks if b.source is Source.BODY]
    assert body_blocks == [
        (K.PARAGRAPH, "Uitstroomprofiel\t2", "toc", None),
        (K.CHECKBOX, "Akkoord", None, True),
    ]


def test_unfilled_placeholder_field_reads_empty(tmp_path):
    body = ('<text:p>Naam ouder: <text:placeholder text:placeholder-type="text" text:description="Ouder">'
            "&lt;naam&gt;</text:placeholder></text:p>")
    doc = _read(tmp_path, body)
    assert [b.text for b in doc.blocks if b.source is Source.BODY] == ["Naam ouder:"]


def test_fill_in_field_value_and_placeholder_sentence(tmp_path):
    body = ('<text:p><text:text-input text:description="Profiel">vmbo-kader</text:text-input></text:p>'
            '<text:p><text:text-input text:description="">Klik of tik om tekst in te voeren.</text:text-input>'
            "</text:p>")
    doc = _read(tmp_path, body)
    fields = [(b.kind, b.name, b.value) for b in doc.blocks if b.source is Source.BODY]
    assert fields == [(K.FORM_FIELD, "Profiel", "vmbo-kader"), (K.FORM_FIELD, None, "")]


def test_title_and_outline_styles_make_headings(tmp_path):
    styles = ODT_STYLES.replace(
        "</office:styles>",
        '<style:style style:name="Title" style:family="paragraph"/>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
        'style:default-outline-level="2"/></office:styles>',
    )
    body = ('<text:p text:style-name="Title">Ontwikkelingsperspectief</text:p>'
            '<text:p text:style-name="Heading_20_2">Onderbouwing</text:p><text:p>Gewone tekst.</text:p>')
    doc = _read(tmp_path, body, styles=styles)
    assert [(b.kind, b.text, b.level) for b in doc.blocks if b.source is Source.BODY] == [
        (K.HEADING, "Ontwikkelingsperspectief", 1),
        (K.HEADING, "Onderbouwing", 2),
        (K.PARAGRAPH, "Gewone tekst.", None),
    ]
