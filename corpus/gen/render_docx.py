"""DOCX renderer (python-docx plus injected WordprocessingML for fields, checkboxes and content controls)."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
from xml.sax.saxutils import escape

from .blocks import Bullets, Check, Doc, Field, H, P, PageBreak, Sdt, Sig, Table, Toc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Klik of tik om tekst in te voeren."


def _xml(s: str):
    from docx.oxml import parse_xml
    return parse_xml(s)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def _field_runs(instr: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>{_t(result)}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _header_para(paragraph, template: str, align: str) -> None:
    parts = re.split(r"(\{page\}|\{pages\})", template)
    xml = []
    for part in parts:
        if part == "{page}":
            xml.append(_field_runs("PAGE", "1"))
        elif part == "{pages}":
            xml.append(_field_runs("NUMPAGES", "1"))
        elif part:
            xml.append(f"<w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>{_t(part)}</w:r>")
    for el in _xml(f"<w:p {W}>{''.join(xml)}</w:p>"):
        paragraph._p.append(el)
    paragraph._p.get_or_add_pPr().append(_xml(f'<w:jc {W} w:val="{align}"/>'))


class _R:
    def __init__(self, doc: Doc):
        r = random.Random(doc.seed)
        self.manual_headings = r.random() < .3
        self.check_kind = r.choice(["glyph", "w14", "legacy"])
        self.next_id = 1000 + r.randrange(1000)


def _check_xml(label: str, ticked: bool, kind: str, name: str, uid: int) -> str:
    if kind == "w14":
        return (f'<w:sdt {W} {W14}><w:sdtPr><w:alias w:val="{escape(label)}"/><w:tag w:val="{escape(name)}"/><w:id w:val="{uid}"/>'
                f'<w14:checkbox><w14:checked w14:val="{1 if ticked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                f'<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                f'<w:t>{"☒" if ticked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
    if kind == "legacy":
        return (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje{uid % 100}"/><w:enabled/>'
                f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
                f'{"<w:checked/>" if ticked else ""}</w:checkBox></w:ffData></w:fldChar></w:r>'
                f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')
    return f'<w:r {W}><w:t>{"☒" if ticked else "☐"}</w:t></w:r>'


def _sdt_block(tag: str, alias: str, value: str | None, uid: int) -> str:
    ph = value is None
    text = PLACEHOLDER if ph else value
    rpr = '<w:rPr><w:rStyle w:val="Tekstvantijdelijkeaanduiding"/><w:color w:val="808080"/></w:rPr>' if ph else ""
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{uid}"/>'
            f'{"<w:showingPlcHdr/>" if ph else ""}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
            f'<w:p><w:r>{rpr}{_t(text)}</w:r></w:p></w:sdtContent></w:sdt>')


def to_docx(doc: Doc, path: str) -> None:
    import docx
    from docx.shared import Cm, Pt, RGBColor

    R = _R(doc)
    d = docx.Document()
    d.core_properties.author = doc.author
    d.core_properties.title = doc.title
    d.core_properties.created = dt.datetime(2026, 1, 5, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 5, 9, 0, 0)
    d.core_properties.last_modified_by = doc.author
    st = d.styles["Normal"]
    st.font.name = "Calibri" if doc.font != "serif" else "Cambria"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.header:
        _header_para(sec.header.paragraphs[0], doc.header, "left")
    if doc.footer:
        _header_para(sec.footer.paragraphs[0], doc.footer, "right")
    body = d.element.body

    def add_xml(xml: str) -> None:
        body.sectPr.addprevious(_xml(xml))

    def heading(text: str, level: int) -> None:
        if R.manual_headings:
            p = d.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(14 if level == 0 else 12 if level == 1 else 11)
        else:
            d.add_heading(text, level)

    heading(doc.title, 0)
    if doc.subtitle:
        d.add_paragraph(doc.subtitle)

    def table(rows: list[list], header: bool):
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                if callable(val):
                    val(cell)
                else:
                    cell.text = val
                    if header and i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        return t

    for b in doc.blocks:
        if isinstance(b, H):
            heading(b.text, b.level)
        elif isinstance(b, P):
            p = d.add_paragraph()
            if b.label:
                p.add_run(b.label + ": ").bold = True
            p.add_run(b.text)
        elif isinstance(b, Bullets):
            for it in b.items:
                d.add_paragraph(it, style="List Number" if b.numbered else "List Bullet")
        elif isinstance(b, Table):
            table(b.rows, b.header)
            d.add_paragraph()
        elif isinstance(b, Check):
            xml = [f"<w:r>{_t(b.prompt + '  ')}</w:r>"]
            for lab, t in b.options:
                R.next_id += 1
                xml.append(_check_xml(lab, t, R.check_kind, f"{b.name}_{lab}", R.next_id))
                xml.append(f"<w:r>{_t(' ' + lab + '    ')}</w:r>")
            add_xml(f"<w:p {W} {W14}>{''.join(xml)}</w:p>")
        elif isinstance(b, Field):
            p = d.add_paragraph()
            p.add_run(b.label + ": ").bold = True
            p.add_run(b.value or "_" * 30)
        elif isinstance(b, Sig):
            rows: list[list] = [["Rol", "Naam", "Datum", "Handtekening"]]
            for r in b.rows:
                def mark(cell, r=r):
                    run = cell.paragraphs[0].add_run()
                    if r.mark == "typed":
                        run.text = r.name or "getekend"
                        run.italic = True
                        run.font.name = "Segoe Script"
                        run.font.color.rgb = RGBColor(0x1A, 0x23, 0x7E)
                    elif r.mark == "image" and doc.sig_png:
                        run.add_picture(io.BytesIO(doc.sig_png), width=Cm(3.5))
                    elif r.mark == "sig_signed":
                        run.text = f"digitaal ondertekend door {r.name}"
                rows.append([r.role + (f" ({r.remark})" if r.remark else ""), r.name, r.date, mark])
            if len(rows) > 1:
                table(rows, True)
                d.add_paragraph()
        elif isinstance(b, Sdt):
            R.next_id += 1
            if b.block:
                add_xml(_sdt_block(b.tag, b.alias, b.value, R.next_id))
            else:
                inner = _sdt_block(b.tag, b.alias, b.value, R.next_id)
                inner = inner.replace("<w:p>", "").replace("</w:p>", "").replace(f"<w:sdt {W}>", "<w:sdt>")
                add_xml(f'<w:p {W}><w:r><w:rPr><w:b/></w:rPr>{_t(b.alias + ": ")}</w:r>{inner}</w:p>')
        elif isinstance(b, Toc):
            n = len(b.entries)
            for i, e in enumerate(b.entries):
                pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
                       '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
                post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == n - 1 else ""
                ind = 400 if e.startswith(" ") else 0
                add_xml(f'<w:p {W}><w:pPr><w:ind w:left="{ind}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
                        f'</w:pPr>{pre}<w:r>{_t(e.strip())}</w:r><w:r><w:tab/>{_t(str(i // 2 + 2))}</w:r>{post}</w:p>')
        elif isinstance(b, PageBreak):
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data: bytes, path: str) -> None:
    """Rewrite the package with fixed timestamps so that output is byte-identical between runs."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 5, 9, 0, 0)), src.read(info.filename),
                         zipfile.ZIP_DEFLATED)
