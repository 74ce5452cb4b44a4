"""Build DOCX and ODT test documents at test time.

DOCX: python-docx for the skeleton (styles, tables, header, comments, pictures) plus injected
WordprocessingML for what python-docx cannot write (content controls, checkboxes, fields, text
boxes, tracked changes, footnotes, signature lines). ODT: zipfile with hand-written XML.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def png_bytes() -> bytes:
    """A valid 2x2 grey PNG (a stand-in for a signature scribble)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80\x80" for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def xml_elements(fragment: str):
    """Parse a WordprocessingML fragment (any number of elements) into lxml elements."""
    from lxml import etree

    return list(etree.fromstring(f"<root {_DECL}>{fragment}</root>"))


def add_xml(doc, fragment: str) -> None:
    """Append raw body elements to a python-docx Document, before the section properties."""
    body = doc.element.body
    for el in xml_elements(fragment):
        body.sectPr.addprevious(el)


def run(text: str, extra: str = "") -> str:
    return f'<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def w14_checkbox(checked: bool, tag: str = "cb") -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent>{run(glyph)}</w:sdtContent></w:sdt>"
    )


def legacy_checkbox(checked: bool | None, default: bool = False) -> str:
    state = "" if checked is None else ("<w:checked/>" if checked else '<w:checked w:val="0"/>')
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje1"/><w:enabled/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(default)}"/>{state}</w:checkBox></w:ffData>'
        '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def legacy_dropdown(entries: list[str], chosen: int | None) -> str:
    """A Word 97-2003 drop-down field (FORMDROPDOWN); `chosen`: the entry picked, None for none (Word
    then shows the first)."""
    result = "" if chosen is None else f'<w:result w:val="{chosen}"/>'
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Keuzelijst1"/><w:enabled/>'
        f"<w:ddList>{result}{items}</w:ddList></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def form_text(name: str, value: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:textInput/>'
        '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(value)}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def inline_sdt(alias: str, text: str, placeholder: bool = False) -> str:
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>{plc}<w:text/></w:sdtPr>'
        f"<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>"
    )


def text_box(text: str) -> str:
    """A run holding a DrawingML text box with its VML fallback copy, as Word writes it."""
    content = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="7" name="Tekstvak 1"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def signature_line(signer: str, title: str) -> str:
    return (
        '<w:p><w:r><w:pict><v:shape id="sig1" style="width:192pt;height:96pt">'
        '<v:imagedata r:id="rIdMissing" o:title=""/>'
        '<o:signatureline v:ext="edit" id="{00000000-0000-0000-0000-000000000001}" '
        f'provid="{{00000000-0000-0000-0000-000000000000}}" o:suggestedsigner="{signer}" '
        f'o:suggestedsigner2="{title}" issignatureline="t"/></v:shape></w:pict></w:r></w:p>'
    )


FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_DECL}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    f'{run(" Besproken met ouders op 12-09-2025.")}</w:p></w:footnote></w:footnotes>'
)


def add_footnotes(data: bytes, footnotes_xml: str = FOOTNOTES) -> bytes:
    """Add a footnotes part (python-docx cannot write one) to a saved DOCX."""
    rel = ('<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/footnotes" Target="footnotes.xml"/>')
    override = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.footnotes+xml"/>')
    return patch_zip(
        data,
        add={"word/footnotes.xml": footnotes_xml.encode()},
        edit={"word/_rels/document.xml.rels": ("</Relationships>", rel + "</Relationships>"),
              "[Content_Types].xml": ("</Types>", override + "</Types>")},
    )


def patch_zip(data: bytes, add: dict[str, bytes] | None = None,
              edit: dict[str, tuple[str, str]] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """Copy a zip, adding members, replacing text in members and dropping members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            body = src.read(info.filename)
            if edit and info.filename in edit:
                old, new = edit[info.filename]
                body = body.decode("utf-8").replace(old, new, 1).encode("utf-8")
            dst.writestr(info.filename, body)
        for name, body in (add or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def rich_docx(path: Path) -> Path:
    """A DOCX with every feature the reader must handle, in a known order (see test_extract_docx)."""
    import docx

    doc = docx.Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "OPP – vertrouwelijk"
    footer = section.footer.paragraphs[0]
    footer.text = "Pagina "
    for el in xml_elements(f'<w:fldSimple w:instr=" PAGE ">{run("1")}</w:fldSimple>'):
        footer._p.append(el)

    doc.add_heading("1. Gegevens leerling", 1)
    add_xml(doc, f"<w:p>{run('Naam: ')}{inline_sdt('Naam leerling', 'Daan de Vries')}</w:p>")
    add_xml(doc, f"<w:p>{inline_sdt('Uitstroomprofiel', 'Klik of tik om tekst in te voeren.', True)}</w:p>")
    add_xml(doc, '<w:sdt><w:sdtPr><w:alias w:val="Geboortedatum"/><w:date/></w:sdtPr><w:sdtContent>'
                 f"<w:p>{run('12-03-2014')}</w:p></w:sdtContent></w:sdt>")
    add_xml(doc, '<w:sdt><w:sdtPr><w:alias w:val="Toelichting"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                 f"<w:p>{run('Klik hier om tekst in te voeren.')}</w:p></w:sdtContent></w:sdt>")
    doc.add_paragraph().add_run("Onderwijsbehoeften").bold = True
    add_xml(doc, f"<w:p>{run('Het verwachte uitstroomprofiel is ')}"
                 f'<w:ins w:id="1" w:author="IB">{run("vmbo-kader")}</w:ins>'
                 '<w:del w:id="2" w:author="IB"><w:r><w:delText>havo</w:delText>'
                 f"</w:r></w:del>{run('.')}</w:p>")
    add_xml(doc, f"<w:p>{run('Zie kader')}{text_box('Tekst in kader')}</w:p>")
    add_xml(doc, f'<w:p>{run("Dit plan is besproken")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    para = doc.add_paragraph()
    commented = para.add_run("Evaluatie in februari.")
    doc.add_comment(commented, text="Opmerking van IB", author="IB")
    doc.add_paragraph("Lezen op niveau", style="List Bullet")

    doc.add_heading("2. Instemming", 1)
    add_xml(doc, f"<w:p>{w14_checkbox(True, 'akkoord')}{run(' Akkoord met het handelingsdeel')}</w:p>")
    add_xml(doc, f"<w:p>{w14_checkbox(False, 'niet_akkoord')}{run(' Niet akkoord')}</w:p>")
    add_xml(doc, f"<w:p>{legacy_checkbox(True)}{run(' Extra verlof')}</w:p>")
    add_xml(doc, f"<w:p>{legacy_checkbox(None, default=False)}{run(' Ontheffing')}</w:p>")
    add_xml(doc, f"<w:p>{run('Instemming: ☒ ja ☐ nee')}</w:p>")
    add_xml(doc, f"<w:p>{run('Evaluatiedatum: ')}{form_text('evaluatiedatum', '28-01-2026')}</w:p>")

    doc.add_heading("Handtekeningen", 2)
    table = doc.add_table(rows=4, cols=3)
    for c, text in enumerate(("Rol", "Naam", "Handtekening")):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Ouder"
    table.cell(1, 1).text = "Mevr. Jansen"
    table.cell(1, 2).paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes()))
    merged = table.cell(2, 1).merge(table.cell(2, 2))
    merged.text = "Dhr. Pieters"
    director = table.cell(2, 0).merge(table.cell(3, 0))
    director.text = "Directeur"
    inner_cell = table.cell(3, 1)
    inner_cell.text = "Toetsen:"
    inner = inner_cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Binnen A"
    inner.cell(0, 1).text = "Binnen B"
    table.cell(3, 2).text = "getekend"
    add_xml(doc, signature_line("Henk Smit", "Vader"))

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(add_footnotes(buf.getvalue()))
    return path


def docx_with_body(path: Path, fragment: str) -> Path:
    """A DOCX whose body is python-docx's default plus the given raw fragment."""
    import docx

    doc = docx.Document()
    add_xml(doc, fragment)
    doc.save(str(path))
    return path


# -- ODT -------------------------------------------------------------------------------------------

ODT_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "field": "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}
_ODT_DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())

ODT_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_DECL} office:version="1.3">'
    '<office:styles><style:style style:name="Kopje" style:family="paragraph">'
    '<style:text-properties fo:font-weight="bold"/></style:style></office:styles>'
    '<office:master-styles><style:master-page style:name="Standard">'
    "<style:header><text:p>OPP – vertrouwelijk – Daan</text:p></style:header>"
    '<style:footer><text:p>Pagina <text:page-number text:select-page="current">1</text:page-number></text:p>'
    "</style:footer></style:master-page></office:master-styles></office:document-styles>"
)

ODT_BODY = """
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>IB</dc:creator>
  </office:change-info><text:p>havo</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>IB</dc:creator>
  </office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">1. Gegevens leerling</text:h>
<text:p>Naam: Daan de Vries</text:p>
<text:p text:style-name="Kopje">Onderwijsbehoeften</text:p>
<text:p>Het verwachte uitstroomprofiel is <text:change text:change-id="ct1"/><text:change-start
 text:change-id="ct2"/>vmbo-kader<text:change-end text:change-id="ct2"/>.</text:p>
<text:p>Orthopeda&#173;goog<text:s text:c="2"/>Jansen<text:tab/>tel<text:line-break/>0612345678</text:p>
<text:p>Zie kader<draw:frame draw:name="Kader1"><draw:text-box><text:p>Tekst in kader</text:p>
 </draw:text-box></draw:frame></text:p>
<text:p>Dit plan is besproken<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
 <text:note-body><text:p>Besproken met ouders op 12-09-2025.</text:p></text:note-body></text:note></text:p>
<text:p><office:annotation><dc:creator>IB</dc:creator><dc:date>2025-09-01T10:00:00</dc:date>
 <text:p>Opmerking van IB</text:p></office:annotation>Evaluatie in februari.</text:p>
<text:list><text:list-item><text:p>Lezen op niveau</text:p><text:list><text:list-item>
 <text:p>Begrijpend lezen</text:p></text:list-item></text:list></text:list-item></text:list>
<text:h text:outline-level="1">2. Instemming</text:h>
<text:p><loext:content-control loext:checkbox="true" loext:checked="true" loext:checked-state="☒"
 loext:unchecked-state="☐">☒</loext:content-control> Akkoord met het handelingsdeel</text:p>
<text:p><loext:content-control loext:checkbox="true" loext:checked="false">☐</loext:content-control>
 Niet akkoord</text:p>
<text:p><field:fieldmark text:name="verlof" field:type="vnd.oasis.opendocument.field.FORMCHECKBOX">
 <field:param field:name="Checkbox_Checked" field:value="true"/></field:fieldmark> Extra verlof</text:p>
<text:p>Instemming: ☒ ja ☐ nee</text:p>
<text:p>Uitstroomprofiel: <loext:content-control loext:showing-place-holder="true" loext:alias="Profiel">Klik
 hier om tekst in te voeren.</loext:content-control></text:p>
<text:h text:outline-level="2">Handtekeningen</text:h>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>
 <table:table-row><table:table-cell><text:p>Rol</text:p></table:table-cell><table:table-cell><text:p>Naam
 </text:p></table:table-cell><table:table-cell><text:p>Handtekening</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>Ouder</text:p></table:table-cell><table:table-cell>
 <text:p>Mevr. Jansen</text:p></table:table-cell><table:table-cell><text:p><draw:frame draw:name="Scribble">
 <draw:image xlink:href="Pictures/sig.png"/></draw:frame></text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Directeur</text:p>
 </table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Dhr. Pieters</text:p>
 </table:table-cell><table:covered-table-cell/></table:table-row>
 <table:table-row><table:covered-table-cell/><table:table-cell><text:p>Toetsen:</text:p>
 <table:table><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell>
 <text:p>Binnen A</text:p></table:table-cell><table:table-cell><text:p>Binnen B</text:p></table:table-cell>
 </table:table-row></table:table></table:table-cell><table:table-cell><text:p>getekend</text:p>
 </table:table-cell></table:table-row>
</table:table>
"""


def odt_bytes(body: str = ODT_BODY, styles: str = ODT_STYLES, extra: dict[str, bytes] | None = None) -> bytes:
    """An ODT package: mimetype stored first, then content.xml, styles.xml and a manifest."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_DECL} office:version="1.3">'
        '<office:automatic-styles><style:style style:name="P9" style:family="paragraph">'
        '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("Pictures/sig.png", png_bytes())
        for name, data in (extra or {}).items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_bomb_docx(path: Path, megabytes: int = 200) -> Path:
    """A DOCX whose word/document.xml inflates to `megabytes` MB of zeros (the file stays small)."""
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def lying_zip(name: str, payload: bytes, declared_size: int) -> bytes:
    """A one-member zip whose directory claims `declared_size` bytes for a deflated `payload`."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = comp.compress(payload) + comp.flush()
    encoded = name.encode()
    fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, zlib.crc32(payload), len(data), declared_size)
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + data
    central = (b"PK\x01\x02" + struct.pack("<H", 20) + fields
               + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, 0) + encoded)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end
