"""PDF renderer: reportlab platypus (invariant), AcroForm text fields/checkboxes, /Sig fields added with pypdf."""

from __future__ import annotations

import io
import os
import random
from xml.sax.saxutils import escape

from .ir import Bullets, Check, Doc, Field, H, P, PageBreak, Sig, SigTable, Table, Toc
from .scribble import scribble_png

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_FONTS: dict[str, str] = {}


def _fonts() -> dict[str, str]:
    if _FONTS:
        return _FONTS
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf")):
        for name, f in (
            ("DV", "DejaVuSans.ttf"),
            ("DV-B", "DejaVuSans-Bold.ttf"),
            ("DV-I", "DejaVuSans-Oblique.ttf"),
            ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, f)))
        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DV-B")
        addMapping("DV", 0, 1, "DV-I")
        addMapping("DV", 1, 1, "DV-BI")
        _FONTS.update(normal="DV", bold="DV-B", italic="DV-I", glyphs="yes")
    else:  # pragma: no cover - fallback without DejaVu
        _FONTS.update(normal="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", glyphs="")
    return _FONTS


def _t(s: str) -> str:
    f = _fonts()
    if not f["glyphs"]:
        s = s.replace("☒", "[X]").replace("☐", "[ ]").replace("ı", "i")
    return escape(s)


def _latin1(s: str) -> str:
    """AcroForm appearance streams use WinAnsi: map the few non-Latin-1 characters we write."""
    for a, b in (
        ("–", "-"),
        ("—", "-"),
        ("ı", "i"),
        ("…", "..."),
        ("‘", "'"),
        ("’", "'"),
        ("“", '"'),
        ("”", '"'),
        ("›", ">"),
        ("☒", "X"),
        ("☐", "_"),
    ):
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def render_pdf(doc: Doc, rng: random.Random, path: str) -> None:
    style = {
        "hstyle": rng.choice(["big", "band", "caps"]),
        "size": rng.choice([9.5, 10, 10.5, 11]),
        "box": rng.choice([("☒", "☐"), ("[X]", "[ ]"), ("X", "_")]),
    }
    sigs: list[dict] = []
    data, pages = _build(doc, style, sigs, None)
    sigs.clear()
    data, _ = _build(doc, style, sigs, pages)
    if sigs:
        data = _add_sig_fields(data, sigs)
    with open(path, "wb") as fh:
        fh.write(data)


def _build(doc: Doc, st: dict, sigs: list[dict], total: int | None) -> tuple[bytes, int]:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import PageBreak as RLPageBreak
    from reportlab.platypus import Table as RLTable

    f = _fonts()
    size = st["size"]
    body = ParagraphStyle("b", fontName=f["normal"], fontSize=size, leading=size * 1.35, spaceAfter=4)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=f["bold"])
    title = ParagraphStyle(
        "t", parent=body, fontName=f["bold"], fontSize=size + 7, leading=(size + 7) * 1.3, spaceAfter=8
    )
    hs = {
        1: ParagraphStyle(
            "h1",
            parent=body,
            fontName=f["bold"],
            fontSize=size + (4 if st["hstyle"] == "big" else 1),
            leading=(size + 5) * 1.3,
            spaceBefore=10,
            spaceAfter=4,
            backColor=colors.HexColor("#dde6f0") if st["hstyle"] == "band" else None,
        ),
        2: ParagraphStyle(
            "h2",
            parent=body,
            fontName=f["bold"],
            fontSize=size + (2 if st["hstyle"] == "big" else 0),
            leading=(size + 3) * 1.3,
            spaceBefore=6,
            spaceAfter=3,
        ),
    }

    class FormField(Flowable):
        def __init__(self, kind: str, name: str, value, width: float, height: float, extra: dict | None = None):
            super().__init__()
            self.kind, self.name, self.value, self.width, self.height = kind, name, value, width, height
            self.extra = extra or {}

        def wrap(self, aw, ah):
            return self.width, self.height

        def draw(self):
            c = self.canv
            if self.kind == "text":
                c.acroForm.textfield(
                    name=self.name,
                    value=_latin1(self.value or ""),
                    x=0,
                    y=0,
                    width=self.width,
                    height=self.height,
                    relative=True,
                    fontName="Helvetica",
                    fontSize=8,
                    borderWidth=0.5,
                    fieldFlags="multiline" if self.height > 20 else "",
                )
            elif self.kind == "check":
                c.acroForm.checkbox(
                    name=self.name,
                    checked=bool(self.value),
                    x=0,
                    y=0,
                    size=11,
                    relative=True,
                    buttonStyle="cross",
                    borderWidth=0.8,
                )
            elif self.kind == "sig":
                c.setStrokeColor(colors.grey)
                c.rect(0, 0, self.width, self.height)
                x, y = c.absolutePosition(0, 0)
                sigs.append(dict(self.extra, page=c.getPageNumber() - 1, rect=[x, y, x + self.width, y + self.height]))

    def para(text: str, sty=body):
        return Paragraph(_t(text), sty)

    story = [para(doc.title, title)]
    if doc.subtitle:
        story.append(para(doc.subtitle))
    width = A4[0] - 4 * cm
    box = st["box"]
    nfield = [0]
    for b in doc.blocks:
        if isinstance(b, H):
            t = b.text.upper() if st["hstyle"] == "caps" and b.level == 1 else b.text
            story.append(para(t, hs[min(b.level, 2)]))
        elif isinstance(b, P):
            sty = body
            if b.italic:
                sty = ParagraphStyle("i", parent=body, fontName=f["italic"])
            story.append(para(b.text, sty) if b.text else Spacer(1, size))
        elif isinstance(b, Bullets):
            for i, it in enumerate(b.items):
                story.append(
                    Paragraph(
                        _t(it),
                        ParagraphStyle("li", parent=body, leftIndent=14, bulletIndent=4),
                        bulletText=f"{i + 1}." if b.numbered else "•",
                    )
                )
        elif isinstance(b, Table):
            ncol = len(b.rows[0])
            ws = (
                [width * w for w in b.widths]
                if b.widths
                else ([width * 0.32, width * 0.68] if (b.label_col and ncol == 2) else [width / ncol] * ncol)
            )
            rows = [
                [
                    Paragraph(_t(x), cellb if ((b.header and i == 0) or (b.label_col and j == 0)) else cell)
                    for j, x in enumerate(r)
                ]
                for i, r in enumerate(b.rows)
            ]
            t = RLTable(rows, colWidths=ws, repeatRows=1 if b.header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b.header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(ts))
            story += [t, Spacer(1, 6)]
        elif isinstance(b, Check):
            if b.form:
                nfield[0] += 1
                t = RLTable(
                    [[FormField("check", b.name or f"check{nfield[0]}", b.checked, 12, 12), para(b.label)]],
                    colWidths=[18, width - 18],
                )
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(t)
            else:
                story.append(para(f"{box[0] if b.checked else box[1]}  {b.label}"))
        elif isinstance(b, Field):
            nfield[0] += 1
            if b.kind == "text":
                lines = max(1, min(8, len(b.value or "") // 95 + 1))
                story.append(para(b.label, cellb))
                story.append(FormField("text", b.name or f"veld{nfield[0]}", b.value, width, 12 + 11 * lines))
                story.append(Spacer(1, 5))
            else:
                story.append(para(f"{b.label}: {b.value if b.value is not None else b.placeholder}"))
        elif isinstance(b, Sig):
            lead = f"{b.role}: {b.name or '______________'}   Datum: {b.date or '__________'}"
            if b.pdf_field:
                lead = f"{b.role}"
                nfield[0] += 1
                story.append(para(lead + "   Handtekening:"))
                story.append(
                    FormField(
                        "sig",
                        "",
                        None,
                        170,
                        40,
                        dict(
                            name=f"Handtekening_{nfield[0]}",
                            signed_by=b.signed_by,
                            date=b.signed_date or b.date,
                            remark=b.remark,
                        ),
                    )
                )
                story.append(Spacer(1, 6))
            elif b.image:
                img = Image(io.BytesIO(scribble_png(len(b.name))), width=3.6 * cm, height=1.1 * cm)
                t = RLTable([[para(lead + "   Handtekening:"), img]], colWidths=[width - 4 * cm, 4 * cm])
                story.append(t)
            else:
                hand = f"w.g. {b.signed_by}" if b.signed_by else "____________________"
                story.append(para(f"{lead}   Handtekening: {hand}"))
        elif isinstance(b, SigTable):
            rows = [[Paragraph(_t(h), cellb) for h in b.cols]]
            for s in b.sigs:
                if s.image:
                    hand = Image(io.BytesIO(scribble_png(len(s.name) + 3)), width=3.2 * cm, height=1.0 * cm)
                elif s.signed_by:
                    hand = Paragraph(_t(f"w.g. {s.signed_by}" + (f" ({s.remark})" if s.remark else "")), cell)
                else:
                    hand = Paragraph("", cell)
                rows.append(
                    [Paragraph(_t(s.role), cell), Paragraph(_t(s.name), cell), Paragraph(_t(s.date), cell), hand]
                )
            t = RLTable(
                rows,
                colWidths=[width * 0.27, width * 0.27, width * 0.16, width * 0.30],
                rowHeights=[None] + [1.2 * cm] * len(b.sigs),
            )
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif isinstance(b, Toc):
            story.append(para(b.title, hs[1]))
            for i, e in enumerate(b.entries):
                story.append(para(f"{e} {'.' * max(4, 70 - len(e))} {i + 2}"))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())

    def deco(canvas, _doc):
        canvas.saveState()
        canvas.setFont(f["normal"], 8)
        fmt = {"page": canvas.getPageNumber(), "pages": total or 99}
        if doc.header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, doc.header.format(**fmt))
        if doc.footer:
            canvas.drawRightString(A4[0] - 2 * cm, 1.0 * cm, doc.footer.format(**fmt))
        canvas.restoreState()

    buf = io.BytesIO()
    sdt = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=doc.meta_title or doc.title,
        author=doc.author or "school",
        creator="Microsoft Word",
        invariant=1,
    )
    sdt.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue(), sdt.page


def _dmy(text: str) -> tuple[str, str, str]:
    """Day, month, year from a numeric date in any of the corpus' styles."""
    import re

    a, b, c = re.findall(r"\d+", text)[:3]
    if len(a) == 4:
        a, c = c, a
    return f"{int(a):02d}", f"{int(b):02d}", c


def _add_sig_fields(data: bytes, sigs: list[dict]) -> bytes:
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
    if hasattr(form, "get_object"):
        form = form.get_object()
    fields = form.get("/Fields")
    if fields is None:
        fields = ArrayObject()
        form[NameObject("/Fields")] = fields
    any_signed = False
    for s in sigs:
        page = w.pages[s["page"]]
        annot = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject(s["name"]),
                NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in s["rect"]]),
                NameObject("/P"): page.indirect_reference,
            }
        )
        if s.get("signed_by"):
            any_signed = True
            dd, mm, yy = _dmy(s.get("date") or "01-10-2025")
            v = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Sig"),
                    NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                    NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
                    NameObject("/Name"): TextStringObject(s["signed_by"]),
                    NameObject("/M"): TextStringObject(f"D:{yy}{mm}{dd}120000+02'00'"),
                    NameObject("/Reason"): TextStringObject(s.get("remark") or "Akkoord"),
                    NameObject("/ByteRange"): ArrayObject([NumberObject(0)] * 4),
                    NameObject("/Contents"): ByteStringObject(b"\x00" * 64),
                }
            )
            annot[NameObject("/V")] = w._add_object(v)
        ref = w._add_object(annot)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        fields.append(ref)
    if any_signed:
        form[NameObject("/SigFlags")] = NumberObject(3)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
