"""ODT renderer: hand-written OpenDocument XML in a zip (mimetype first, stored)."""

from __future__ import annotations

import random
import re
import zipfile
from xml.sax.saxutils import escape

from .ir import Bullets, Check, Doc, Field, H, P, PageBreak, Sig, SigTable, Table, Toc
from .scribble import scribble_png

NSDECL = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def _e(t: str) -> str:
    return escape(t)


def _hf(template: str) -> str:
    out = []
    for part in re.split(r"(\{page\}|\{pages\})", template):
        if part == "{page}":
            out.append('<text:page-number text:select-page="current">1</text:page-number>')
        elif part == "{pages}":
            out.append("<text:page-count>1</text:page-count>")
        else:
            out.append(_e(part))
    return "".join(out)


def render_odt(doc: Doc, rng: random.Random, path: str) -> None:
    use_h = rng.random() < 0.7
    box = rng.choice([("☒", "☐"), ("[X]", "[  ]"), ("■", "□")])
    body: list[str] = []
    images: dict[str, bytes] = {}
    tcount = [0]

    def p(text: str, style: str = "Standard") -> str:
        return f'<text:p text:style-name="{style}">{_e(text)}</text:p>'

    def heading(text: str, level: int) -> None:
        if use_h:
            body.append(
                f'<text:h text:style-name="Heading_20_{min(level, 3)}" text:outline-level="{level}">{_e(text)}</text:h>'
            )
        else:
            body.append(
                f'<text:p text:style-name="Standard"><text:span text:style-name="B">{_e(text)}</text:span></text:p>'
            )

    def image(seed: int) -> str:
        name = f"Pictures/sig{len(images) + 1}.png"
        images[name] = scribble_png(seed)
        return (
            f'<draw:frame draw:name="Handtekening{len(images)}" text:anchor-type="as-char" svg:width="3.5cm" '
            f'svg:height="1.1cm"><draw:image xlink:href="{name}" xlink:type="simple" xlink:show="embed" '
            f'xlink:actuate="onLoad"/></draw:frame>'
        )

    def table(rows: list[list[str]], header: bool, label_col: bool, cells_xml: list[list[str]] | None = None) -> None:
        tcount[0] += 1
        x = [
            f'<table:table table:name="Tabel{tcount[0]}">'
            f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
        ]
        for i, r in enumerate(rows):
            x.append("<table:table-row>")
            for j, cell in enumerate(r):
                bold = (header and i == 0) or (label_col and j == 0)
                inner = (
                    cells_xml[i][j]
                    if cells_xml and cells_xml[i][j]
                    else (
                        '<text:p text:style-name="Standard">'
                        f'<text:span text:style-name="B">{_e(cell)}</text:span></text:p>'
                        if bold and cell
                        else p(cell)
                    )
                )
                x.append(f'<table:table-cell office:value-type="string">{inner}</table:table-cell>')
            x.append("</table:table-row>")
        x.append("</table:table>")
        body.append("".join(x))

    heading(doc.title, 1)
    if doc.subtitle:
        body.append(p(doc.subtitle))
    for b in doc.blocks:
        if isinstance(b, H):
            heading(b.text, b.level + (1 if use_h else 0))
        elif isinstance(b, P):
            body.append(p(b.text))
        elif isinstance(b, Bullets):
            body.append(
                "<text:list>" + "".join(f"<text:list-item>{p(i)}</text:list-item>" for i in b.items) + "</text:list>"
            )
        elif isinstance(b, Table):
            table(b.rows, b.header, b.label_col)
        elif isinstance(b, Check):
            body.append(p(f"{box[0] if b.checked else box[1]} {b.label}"))
        elif isinstance(b, Field):
            body.append(p(f"{b.label}: {b.value if b.value is not None else '...'}"))
        elif isinstance(b, Sig):
            hand = image(len(b.name)) if b.image else _e(f"w.g. {b.signed_by}" if b.signed_by else "________________")
            lead = f"{b.role}: {b.name or '____________'}   Datum: {b.date or '________'}   Handtekening: "
            body.append(f'<text:p text:style-name="Standard">{_e(lead)}{hand}</text:p>')
        elif isinstance(b, SigTable):
            rows = [list(b.cols)]
            xml: list[list[str]] = [[""] * len(b.cols)]
            for s in b.sigs:
                hand = ""
                hx = ""
                if s.image:
                    hx = f'<text:p text:style-name="Standard">{image(len(s.name) + 3)}</text:p>'
                elif s.signed_by:
                    hand = f"w.g. {s.signed_by}" + (f" ({s.remark})" if s.remark else "")
                rows.append([s.role, s.name, s.date, hand])
                xml.append(["", "", "", hx])
            table(rows, True, False, xml)
        elif isinstance(b, Toc):
            ents = "".join(
                f'<text:p text:style-name="Contents_20_1">{_e(e)}<text:tab/>{i + 2}</text:p>'
                for i, e in enumerate(b.entries)
            )
            body.append(
                f'<text:table-of-content text:name="Inhoudsopgave1"><text:table-of-content-source '
                f'text:outline-level="2"/><text:index-body><text:index-title text:name="Inhoud">'
                f"{p(b.title)}</text:index-title>{ents}</text:index-body></text:table-of-content>"
            )
        elif isinstance(b, PageBreak):
            body.append('<text:p text:style-name="PB"/>')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NSDECL} office:version="1.3">'
        '<office:automatic-styles><style:style style:name="PB" style:family="paragraph" '
        'style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>'
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    hdr = f"<style:header><text:p>{_hf(doc.header)}</text:p></style:header>" if doc.header else ""
    ftr = f"<style:footer><text:p>{_hf(doc.footer)}</text:p></style:footer>" if doc.footer else ""
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NSDECL} office:version="1.3">'
        '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
        + "".join(
            f'<style:style style:name="Heading_20_{i}" style:display-name="Heading {i}" style:family="paragraph" '
            f'style:default-outline-level="{i}"><style:text-properties fo:font-size="{18 - 2 * i}pt" '
            f'fo:font-weight="bold"/></style:style>'
            for i in (1, 2, 3)
        )
        + '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
        'fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>'
        f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{hdr}{ftr}'
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NSDECL} office:version="1.3"><office:meta>'
        f"<dc:title>{_e(doc.title)}</dc:title><meta:generator>LibreOffice/7.6</meta:generator>"
        "<dc:date>2025-09-01T12:00:00</dc:date></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        + "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="image/png"/>' for n in images)
        + "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:

        def put(name: str, data: bytes | str, stored: bool = False) -> None:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

        put("mimetype", "application/vnd.oasis.opendocument.text", stored=True)
        put("content.xml", content)
        put("styles.xml", styles)
        put("meta.xml", meta)
        for n, data in images.items():
            put(n, data, stored=True)
        put("META-INF/manifest.xml", manifest)
