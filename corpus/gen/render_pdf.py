"""PDF renderer (reportlab platypus); form layouts get real AcroForm fields, /Sig fields via pypdf."""
from __future__ import annotations

import io
import os
from xml.sax.saxutils import escape

from .blocks import Bullets, Check, Doc, Field, H, P, PageBreak, Sdt, Sig, SigRow, Table, Toc

DEJAVU = "/usr/share/fonts/truetype/dejavu"
_FONTS: dict[str, tuple[str, str, str]] = {}


def fonts(kind: str) -> tuple[str, str, str, bool]:
    """(regular, bold, italic, has_box_glyphs) for 'sans' | 'serif' | 'core'."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = {"sans": "DejaVuSans", "serif": "DejaVuSerif"}.get(kind)
    if base and os.path.exists(f"{DEJAVU}/{base}.ttf"):
        if base not in _FONTS:
            it = "Oblique" if base == "DejaVuSans" else "Italic"
            for suffix in ("", "-Bold", f"-{it}"):
                pdfmetrics.registerFont(TTFont(base + suffix, f"{DEJAVU}/{base}{suffix}.ttf"))
            _FONTS[base] = (base, base + "-Bold", f"{base}-{it}")
        return (*_FONTS[base], True)
    if kind == "serif":
        return "Times-Roman", "Times-Bold", "Times-Italic", False
    return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", False


def typed_mark(name: str, seed: int) -> str:
    """How a signed row shows in a PDF: the name in script, 'w.g. name' or 'getekend'."""
    k = seed % 4
    if not name or k == 3:
        return "getekend"
    return {0: name, 1: f"w.g. {name}", 2: f"(getekend) {name}"}[k]


def _styles(doc: Doc):
    from reportlab.lib.styles import ParagraphStyle

    reg, bold, ital, box = fonts(doc.font)
    s = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=reg, fontSize=10, leading=13, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=reg, fontSize=10, leading=13.5, spaceAfter=5),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=9, leading=11.5),
        "ph": ParagraphStyle("ph", fontName=ital, fontSize=10, leading=13.5, textColor="#808080", spaceAfter=5),
        "sig": ParagraphStyle("sig", fontName=ital, fontSize=12, leading=14, textColor="#1a237e"),
    }
    return s, reg, bold, ital, box


def _box(t: bool, glyphs: bool) -> str:
    if glyphs:
        return "\u2612" if t else "\u2610"
    return "[X]" if t else "[ ]"


_COUNTER = [0]


def _uid() -> int:
    _COUNTER[0] += 1
    return _COUNTER[0]


def _slug(s: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in latin1(s).lower()).strip("_")


def latin1(s: str) -> str:
    """AcroForm appearance streams in reportlab only take Latin-1."""
    import unicodedata

    table = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-",
             "\u2192": "->", "\u2026": "...", "\u0131": "i"}
    out = []
    for ch in s:
        ch = table.get(ch, ch)
        if len(ch) == 1 and ord(ch) > 255:
            ch = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1") or "?"
        out.append(ch)
    return "".join(out)


def _acro_check(prompt: str, options: list[tuple[str, bool]], name: str, st, reg: str):
    from reportlab.platypus import Flowable

    class CheckLine(Flowable):
        uid = _uid()

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 18

        def draw(self):
            c = self.canv
            c.setFont(reg, 10)
            c.drawString(0, 4, prompt)
            x = c.stringWidth(prompt, reg, 10) + 10
            for lab, t in options:
                c.acroForm.checkbox(name=f"{name}_{_slug(lab)}_{self.uid}", tooltip=latin1(lab), x=x, y=1, size=12, checked=t,
                                    buttonStyle="cross", borderWidth=1, relative=True)
                c.drawString(x + 16, 4, lab)
                x += 26 + c.stringWidth(lab, reg, 10)

    return CheckLine()


def _acro_field(label: str, value: str, name: str, reg: str, bold: str):
    from reportlab.platypus import Flowable

    lines = max(1, min(8, len(value) // 85 + 1))
    height = 16 + 12 * lines

    class FieldLine(Flowable):
        uid = _uid()

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, height + 16

        def draw(self):
            c = self.canv
            c.setFont(bold, 9)
            c.drawString(0, height + 4, label)
            c.acroForm.textfield(name=f"{name}_{self.uid}", tooltip=latin1(label), value=latin1(value), x=0, y=0,
                                 width=self.aw, height=height, fontName="Helvetica", fontSize=9, borderWidth=1,
                                 fieldFlags="multiline" if lines > 1 else "", relative=True)

    return FieldLine()


def _sig_slot(row: SigRow, slots: list):
    from reportlab.platypus import Flowable

    class SigSlot(Flowable):
        def wrap(self, aw, ah):
            return min(aw, 150), 34

        def draw(self):
            x, y = self.canv.absolutePosition(0, 0)
            slots.append((self.canv.getPageNumber(), (x, y, x + 150, y + 34), row))
            self.canv.setStrokeColorRGB(.6, .6, .6)
            self.canv.rect(0, 0, 150, 34)

    return SigSlot()


def _flowables(doc: Doc, slots: list) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, ListFlowable, ListItem, Paragraph, Spacer, TableStyle
    from reportlab.platypus import PageBreak as RLBreak
    from reportlab.platypus import Table as RLTable

    s, reg, bold, ital, box = _styles(doc)
    width = 17 * cm
    out = [Paragraph(escape(doc.title), s["title"])]
    if doc.subtitle:
        out.append(Paragraph(escape(doc.subtitle), s["sub"]))

    def table(rows, header=True, widths=None):
        n = max(len(r) for r in rows)
        widths = widths or [1] * n
        tot = sum(widths)
        data = [[c if not isinstance(c, str) else Paragraph(escape(c), s["cellb"] if (header and i == 0) else s["cell"])
                 for c in r] for i, r in enumerate(rows)]
        t = RLTable(data, colWidths=[width * w / tot for w in widths], repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), .5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")))
        t.setStyle(TableStyle(style))
        return t

    for b in doc.blocks:
        if isinstance(b, H):
            out.append(Paragraph(escape(b.text), s["h1" if b.level == 1 else "h2"]))
        elif isinstance(b, P):
            if not b.text and not b.label:
                out.append(Spacer(1, 8))
                continue
            txt = (f"<b>{escape(b.label)}:</b> " if b.label else "") + escape(b.text)
            out.append(Paragraph(txt, s["p"]))
        elif isinstance(b, Bullets):
            items = [ListItem(Paragraph(escape(x), s["p"]), leftIndent=14) for x in b.items]
            out.append(ListFlowable(items, bulletType="1" if b.numbered else "bullet", start=None if b.numbered else "•",
                                    bulletFontName=reg, bulletFontSize=9, leftIndent=14))
        elif isinstance(b, Table):
            out.append(table(b.rows, b.header, b.widths))
            out.append(Spacer(1, 6))
        elif isinstance(b, Check):
            if doc.acroform:
                out.append(_acro_check(b.prompt, b.options, b.name, s, reg))
            else:
                out.append(Paragraph(escape(b.prompt) + "&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(
                    f"{_box(t, box)} {escape(lab)}" for lab, t in b.options), s["p"]))
        elif isinstance(b, Field):
            if doc.acroform:
                out.append(_acro_field(b.label, b.value, b.name, reg, bold))
            else:
                out.append(Paragraph(f"<b>{escape(b.label)}:</b> " + (escape(b.value) or "_" * 30), s["p"]))
        elif isinstance(b, Sig):
            rows = [["Rol", "Naam", "Datum", "Handtekening"]]
            for r in b.rows:
                if r.mark == "typed":
                    mark = Paragraph(escape(typed_mark(r.name, doc.seed)), s["sig"])
                elif r.mark == "image" and doc.sig_png:
                    mark = Image(io.BytesIO(doc.sig_png), width=3.6 * cm, height=1.1 * cm)
                elif r.mark in ("sig_signed", "sig_unsigned") and doc.acroform:
                    mark = _sig_slot(r, slots)
                else:
                    mark = ""
                role = r.role + (f" ({r.remark})" if r.remark else "")
                rows.append([role, r.name, r.date, mark])
            if len(rows) > 1:
                out.append(table(rows, True, [3, 2.4, 1.6, 3]))
                out.append(Spacer(1, 6))
        elif isinstance(b, Sdt):
            if b.value is None:
                out.append(Paragraph(f"<b>{escape(b.alias)}:</b> <i>Klik of tik om tekst in te voeren.</i>", s["p"]))
            else:
                out.append(Paragraph(f"<b>{escape(b.alias)}:</b> {escape(b.value)}", s["p"]))
        elif isinstance(b, Toc):
            for i, e in enumerate(b.entries):
                ind = len(e) - len(e.lstrip())
                out.append(Paragraph(("&nbsp;" * ind * 2) + escape(e.strip()) + " " + "." * 20 + f" {i // 2 + 2}", s["p"]))
        elif isinstance(b, PageBreak):
            out.append(RLBreak())
    while isinstance(out[-1], Spacer):
        out.pop()
    return out


def _build(doc: Doc, total: int | None, slots: list) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    reg = fonts(doc.font)[0]
    pages = [0]

    def on_page(canv, _doc):
        pages[0] = canv.getPageNumber()
        canv.saveState()
        canv.setFont(reg, 8)
        canv.setFillColorRGB(.35, .35, .35)
        n = canv.getPageNumber()
        if doc.header:
            canv.drawString(2 * cm, A4[1] - 1.3 * cm, doc.header.format(page=n, pages=total or "?"))
        if doc.footer:
            canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, doc.footer.format(page=n, pages=total or "?"))
        canv.restoreState()

    buf = io.BytesIO()
    t = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          title=doc.title, author=doc.author, invariant=1, creator="Microsoft Word" if doc.font == "core" else "")
    t.build(_flowables(doc, slots), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), pages[0]


def _add_sig_fields(data: bytes, slots: list) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = w._root_object
    if "/AcroForm" not in root:
        root[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject()})
    form = root["/AcroForm"]
    if "/Fields" not in form:
        form[NameObject("/Fields")] = ArrayObject()
    for i, (pno, rect, row) in enumerate(slots):
        page = w.pages[pno - 1]
        field = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject(f"Handtekening_{i + 1}"),
            NameObject("/TU"): TextStringObject(row.role),
            NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
            NameObject("/F"): NumberObject(4), NameObject("/P"): page.indirect_reference,
        })
        if row.mark == "sig_signed":
            d = row.date.split("-")
            m = f"D:{d[2]}{d[1]}{d[0]}194200+01'00'" if len(d) == 3 else "D:20251003194200+01'00'"
            v = DictionaryObject({
                NameObject("/Type"): NameObject("/Sig"), NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
                NameObject("/Name"): TextStringObject(row.name), NameObject("/M"): TextStringObject(m),
                NameObject("/Reason"): TextStringObject("Akkoord handelingsdeel"),
                NameObject("/ByteRange"): ArrayObject([NumberObject(0)] * 4),
                NameObject("/Contents"): ByteStringObject(b"\x00" * 64),
            })
            field[NameObject("/V")] = w._add_object(v)
        ref = w._add_object(field)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        form["/Fields"].append(ref)
    form[NameObject("/SigFlags")] = NumberObject(3 if any(s[2].mark == "sig_signed" for s in slots) else 1)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def to_pdf(doc: Doc, path: str) -> None:
    _, total = _build(doc, None, [])
    slots: list = []
    data, _ = _build(doc, total, slots)
    if slots:
        data = _add_sig_fields(data, slots)
    with open(path, "wb") as f:
        f.write(data)


def to_scanned_pdf(doc: Doc, path: str, seed: int) -> None:
    """Render, rasterise (grey, slightly rotated, 110 dpi JPEG) and wrap as an image-only PDF."""
    import random

    import pypdfium2
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    r = random.Random(seed)
    _, total = _build(doc, None, [])
    data, _ = _build(doc, total, [])
    pdf = pypdfium2.PdfDocument(data)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for i in range(len(pdf)):
        img = pdf[i].render(scale=110 / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(r.uniform(-0.8, 0.8), resample=Image.BILINEAR, expand=False, fillcolor=255)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
