"""ODT renderer: hand-written content.xml / styles.xml / meta.xml / manifest, mimetype stored first."""
from __future__ import annotations

import random
import re
import zipfile
from xml.sax.saxutils import escape

from .blocks import Bullets, Check, Doc, Field, H, P, PageBreak, Sdt, Sig, Table, Toc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3"')
DATE = (2026, 1, 5, 9, 0, 0)


def _e(s: str) -> str:
    return escape(s)


def _paged(template: str) -> str:
    out = []
    for part in re.split(r"(\{page\}|\{pages\})", template):
        if part == "{page}":
            out.append('<text:page-number text:select-page="current">1</text:page-number>')
        elif part == "{pages}":
            out.append("<text:page-count>1</text:page-count>")
        elif part:
            out.append(_e(part))
    return "".join(out)


def _styles(doc: Doc) -> str:
    font = "Liberation Serif" if doc.font == "serif" else "Liberation Sans"
    head = f'<style:header><text:p text:style-name="Header">{_paged(doc.header)}</text:p></style:header>' if doc.header else ""
    foot = f'<style:footer><text:p text:style-name="Footer">{_paged(doc.footer)}</text:p></style:footer>' if doc.footer else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:font-face-decls/>'
            f'<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" '
            f'fo:font-size="10.5pt"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph"/>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
            'style:default-outline-level="1"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
            'style:default-outline-level="2"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt" '
            'fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Header" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
            '<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>'
            '<style:text-properties fo:font-size="8pt"/></style:style>'
            '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
            'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
            f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{head}{foot}'
            '</style:master-page></office:master-styles></office:document-styles>')


def _table(rows: list[list[str]], header: bool, name: str) -> str:
    n = max(len(r) for r in rows)
    out = [f'<table:table table:name="{name}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{n}"/>']
    for i, r in enumerate(rows):
        row_xml = "".join(f'<table:table-cell table:style-name="Cell" office:value-type="string">{c}</table:table-cell>' for c in r)
        if header and i == 0:
            out.append(f"<table:table-header-rows><table:table-row>{row_xml}</table:table-row></table:table-header-rows>")
        else:
            out.append(f"<table:table-row>{row_xml}</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def _cellp(text: str, bold: bool = False) -> str:
    if bold:
        return f'<text:p><text:span text:style-name="B">{_e(text)}</text:span></text:p>'
    return f"<text:p>{_e(text)}</text:p>"


def to_odt(doc: Doc, path: str) -> None:
    r = random.Random(doc.seed)
    manual = r.random() < .3
    body: list[str] = [f'<text:p text:style-name="Title">{_e(doc.title)}</text:p>']
    if doc.subtitle:
        body.append(f"<text:p>{_e(doc.subtitle)}</text:p>")
    pictures: dict[str, bytes] = {}
    tno = 0
    for b in doc.blocks:
        if isinstance(b, H):
            if manual:
                body.append(f'<text:p><text:span text:style-name="B">{_e(b.text)}</text:span></text:p>')
            else:
                body.append(f'<text:h text:style-name="Heading_20_{b.level}" text:outline-level="{b.level}">{_e(b.text)}</text:h>')
        elif isinstance(b, P):
            lab = f'<text:span text:style-name="B">{_e(b.label)}:</text:span> ' if b.label else ""
            body.append(f"<text:p>{lab}{_e(b.text)}</text:p>")
        elif isinstance(b, Bullets):
            items = "".join(f"<text:list-item><text:p>{_e(x)}</text:p></text:list-item>" for x in b.items)
            body.append(f"<text:list>{items}</text:list>")
        elif isinstance(b, Table):
            tno += 1
            rows = [[_cellp(c, b.header and i == 0) for c in row] for i, row in enumerate(b.rows)]
            body.append(_table(rows, b.header, f"Tabel{tno}"))
        elif isinstance(b, Check):
            opts = "    ".join(f"{'☒' if t else '☐'} {_e(lab)}" for lab, t in b.options)
            body.append(f"<text:p>{_e(b.prompt)}  {opts}</text:p>")
        elif isinstance(b, Field):
            body.append(f'<text:p><text:span text:style-name="B">{_e(b.label)}:</text:span> {_e(b.value) or "_" * 30}</text:p>')
        elif isinstance(b, Sdt):
            val = (_e(b.value) if b.value is not None else
                   f'<text:placeholder text:placeholder-type="text" text:description="{_e(b.alias)}">&lt;{_e(b.alias)}&gt;</text:placeholder>')
            body.append(f'<text:p><text:span text:style-name="B">{_e(b.alias)}:</text:span> {val}</text:p>')
        elif isinstance(b, Sig):
            tno += 1
            rows = [[_cellp(x, True) for x in ("Rol", "Naam", "Datum", "Handtekening")]]
            for row in b.rows:
                if row.mark == "typed":
                    mark = f'<text:p><text:span text:style-name="I">{_e(row.name or "getekend")}</text:span></text:p>'
                elif row.mark == "image" and doc.sig_png:
                    name = f"Pictures/handtekening{len(pictures) + 1}.png"
                    pictures[name] = doc.sig_png
                    mark = (f'<text:p><draw:frame draw:name="Handtekening{len(pictures)}" text:anchor-type="as-char" '
                            f'svg:width="3.5cm" svg:height="1.07cm"><draw:image xlink:href="{name}" xlink:type="simple" '
                            f'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>')
                elif row.mark == "sig_signed":
                    mark = _cellp(f"digitaal ondertekend door {row.name}")
                else:
                    mark = "<text:p/>"
                rows.append([_cellp(row.role + (f" ({row.remark})" if row.remark else "")), _cellp(row.name),
                             _cellp(row.date), mark])
            if len(rows) > 1:
                body.append(_table(rows, True, f"Tabel{tno}"))
        elif isinstance(b, Toc):
            entries = "".join(f"<text:p>{_e(e.strip())}\t{i // 2 + 2}</text:p>" for i, e in enumerate(b.entries))
            body.append(f'<text:table-of-content text:name="Inhoudsopgave1"><text:table-of-content-source text:outline-level="2"/>'
                        f"<text:index-body><text:index-title><text:p>Inhoudsopgave</text:p></text:index-title>{entries}"
                        f"</text:index-body></text:table-of-content>")
        elif isinstance(b, PageBreak):
            body.append('<text:p text:style-name="PB"/>')
    auto = ('<office:automatic-styles><style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/>'
            '</style:style><style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" '
            'fo:color="#1a237e"/></style:style><style:style style:name="PB" style:family="paragraph">'
            '<style:paragraph-properties fo:break-before="page"/></style:style><style:style style:name="Tbl" style:family="table">'
            '<style:table-properties style:width="17cm" table:align="margins"/></style:style><style:style style:name="Cell" '
            'style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080" fo:padding="0.1cm"/>'
            '</style:style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{auto}<office:body><office:text>'
               + "".join(body) + "</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><dc:title>{_e(doc.title)}</dc:title>'
            f'<meta:initial-creator>{_e(doc.author)}</meta:initial-creator><meta:creation-date>2026-01-05T09:00:00</meta:creation-date>'
            '<meta:generator>LibreOffice/7.4</meta:generator></office:meta></office:document-meta>')
    pics = "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="image/png"/>' for n in pictures)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                f'<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>{pics}</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", DATE), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        for name, data in [("content.xml", content), ("styles.xml", _styles(doc)), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)] + list(pictures.items()):
            z.writestr(zipfile.ZipInfo(name, DATE), data, zipfile.ZIP_DEFLATED)
