"""DOCX renderer: python-docx plus injected XML (content controls, w14/legacy checkboxes, PAGE fields)."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from xml.sax.saxutils import escape

from .ir import Bullets, Check, Doc, Field, H, P, PageBreak, Sig, SigTable, Table, Toc
from .scribble import scribble_png

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = f'xmlns:w="{W}" xmlns:w14="{W14}"'


def _xml(s: str):
    from docx.oxml import parse_xml

    return parse_xml(s)


def _run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _sdt_inline(tag: str, alias: str, value: str | None, placeholder: str) -> str:
    plc = "<w:showingPlcHdr/>" if value is None else ""
    txt = placeholder if value is None else value
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if value is None else ""
    return (
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag)}"/>{plc}'
        f'<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(txt)}</w:t>'
        f"</w:r></w:sdtContent></w:sdt>"
    )


def _w14_box(checked: bool, tag: str) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {NS}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _legacy_box(checked: bool, name: str) -> str:
    return (
        f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
        f"{'<w:checked/>' if checked else ''}</w:checkBox></w:ffData></w:fldChar></w:r>"
        f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r><w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _add_field_runs(par, template: str) -> None:
    """Header/footer text with {page}/{pages} replaced by PAGE/NUMPAGES fields."""
    import re

    parts = re.split(r"(\{page\}|\{pages\})", template)
    for part in parts:
        if part in ("{page}", "{pages}"):
            instr = "PAGE" if part == "{page}" else "NUMPAGES"
            par._p.append(_xml(f'<w:fldSimple {NS} w:instr=" {instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        elif part:
            par.add_run(part)


def render_docx(doc: Doc, rng: random.Random, path: str) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    d = Document()
    use_styles = rng.random() < 0.65
    box_kind = rng.choice(["w14", "legacy", "glyph"])
    cp = d.core_properties
    cp.title = doc.meta_title or doc.title
    cp.author = doc.author or "Intern begeleider"
    cp.created = cp.modified = dt.datetime(2025, 9, 1, 12, 0, 0)
    cp.last_modified_by = "school"
    sec = d.sections[0]
    if doc.header:
        _add_field_runs(sec.header.paragraphs[0], doc.header)
    if doc.footer:
        _add_field_runs(sec.footer.paragraphs[0], doc.footer)

    def heading(text: str, level: int) -> None:
        if use_styles:
            d.add_heading(text, level)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(14 if level <= 1 else 12)

    heading(doc.title, 0 if use_styles else 1)
    if doc.subtitle:
        d.add_paragraph(doc.subtitle)
    for b in doc.blocks:
        if isinstance(b, H):
            heading(b.text, b.level)
        elif isinstance(b, P):
            p = d.add_paragraph()
            r = p.add_run(b.text)
            r.bold, r.italic = b.bold, b.italic
        elif isinstance(b, Bullets):
            for it in b.items:
                style = "List Number" if b.numbered else "List Bullet"
                d.add_paragraph(it, style=style)
        elif isinstance(b, Table):
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if (b.header and i == 0) or (b.label_col and j == 0):
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif isinstance(b, Check):
            p = d.add_paragraph()
            if box_kind == "w14" or b.form and box_kind == "glyph":
                p._p.append(_xml(_w14_box(b.checked, b.name or "check")))
            elif box_kind == "legacy":
                for el in _xml(f"<w:p {NS}>{_legacy_box(b.checked, b.name or 'Selectievakje')}</w:p>"):
                    p._p.append(el)
            else:
                p.add_run("☒" if b.checked else "☐")
            p.add_run(" " + b.label)
        elif isinstance(b, Field):
            p = d.add_paragraph()
            p.add_run(b.label + ": ").bold = True
            if b.kind == "sdt":
                p._p.append(_xml(_sdt_inline(b.name or b.label, b.label, b.value, b.placeholder)))
            else:
                p.add_run(b.value if b.value is not None else "………………")
        elif isinstance(b, Sig):
            p = d.add_paragraph()
            p.add_run(f"{b.role}: {b.name or '____________'}   Datum: {b.date or '________'}   Handtekening: ")
            if b.image:
                p.add_run().add_picture(io.BytesIO(scribble_png(sum(map(ord, b.name)) % 1000)), width=Cm(3.5))
            elif b.signed_by:
                p.add_run(f"w.g. {b.signed_by}")
            else:
                p.add_run("____________________")
        elif isinstance(b, SigTable):
            t = d.add_table(rows=len(b.sigs) + 1, cols=len(b.cols))
            t.style = "Table Grid"
            for j, h in enumerate(b.cols):
                t.cell(0, j).text = h
            for i, s in enumerate(b.sigs, start=1):
                t.cell(i, 0).text = s.role
                t.cell(i, 1).text = s.name
                t.cell(i, 2).text = s.date
                cell = t.cell(i, 3)
                if s.image:
                    cell.paragraphs[0].add_run().add_picture(
                        io.BytesIO(scribble_png(i * 7 + len(s.name))), width=Cm(3.2)
                    )
                elif s.signed_by:
                    cell.text = (rng.choice(["w.g. ", "", "getekend "]) + s.signed_by).strip()
                    if s.remark:
                        cell.text += f" ({s.remark})"
            d.add_paragraph()
        elif isinstance(b, Toc):
            inner = "".join(
                f'<w:p><w:r><w:t xml:space="preserve">{escape(e)}</w:t></w:r><w:r><w:tab/></w:r>'
                f"<w:r><w:t>{i + 2}</w:t></w:r></w:p>"
                for i, e in enumerate(b.entries)
            )
            d.element.body.append(
                _xml(
                    f'<w:sdt {NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                    f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
                    f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(b.title)}</w:t></w:r></w:p>"
                    f"{inner}</w:sdtContent></w:sdt>"
                )
            )
        elif isinstance(b, PageBreak):
            d.add_page_break()
    # sectPr must stay last in the body
    body = d.element.body
    sp = body.find(f"{{{W}}}sectPr")
    if sp is not None:
        body.remove(sp)
        body.append(sp)
    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data: bytes, path: str, first: str | None = None) -> None:
    """Rewrite a zip with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    with zipfile.ZipFile(path, "w") as out:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 9, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(n))
