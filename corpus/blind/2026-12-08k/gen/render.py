# -*- coding: utf-8 -*-
"""Renderers: abstract document -> PDF (reportlab), fillable PDF, DOCX (python-docx), TXT/MD."""
import io
import random
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

BOX_ON, BOX_OFF = "\u2612", "\u2610"


# ------------------------------------------------------------------ reportlab
class Scribble(Flowable):
    """A 'handwritten' signature: random strokes, deterministic per seed."""

    def __init__(self, seed, w=38 * mm, h=9 * mm):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(0.9)
        p = c.beginPath()
        x, y = 2, self.height * 0.4
        p.moveTo(x, y)
        for _ in range(r.randint(5, 8)):
            nx = x + r.uniform(8, 16)
            p.curveTo(x + r.uniform(0, 6), y + r.uniform(-6, 14), nx - r.uniform(0, 6), y + r.uniform(-10, 10),
                      nx, self.height * r.uniform(0.15, 0.8))
            x = nx
            y = self.height * r.uniform(0.2, 0.7)
        c.drawPath(p, stroke=1, fill=0)
        c.line(4, 2, x * 0.8, 3 + r.uniform(-1, 1))


def rl_styles(serif=False, base=9.2):
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    return {
        "title": ParagraphStyle("t", fontName=fb, fontSize=16, leading=20, spaceAfter=4),
        "subtitle": ParagraphStyle("st", fontName=f, fontSize=10, leading=13, textColor=colors.HexColor("#444444"), spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName=fb, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#123a63")),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName=fb, fontSize=base, leading=base * 1.3, spaceBefore=5, spaceAfter=1),
        "p": ParagraphStyle("p", fontName=f, fontSize=base, leading=base * 1.35, spaceAfter=4, alignment=TA_LEFT),
        "cell": ParagraphStyle("c", fontName=f, fontSize=base - 0.8, leading=(base - 0.8) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=base - 0.8, leading=(base - 0.8) * 1.3),
        "instr": ParagraphStyle("i", fontName="DVI", fontSize=base, leading=base * 1.35, textColor=colors.HexColor("#777777")),
        "small": ParagraphStyle("s", fontName=f, fontSize=7.5, leading=9),
    }


def _P(t, st):
    return Paragraph(escape(t).replace("\n", "<br/>"), st)


def rl_blocks(blocks, S, W, seed, dash="-"):
    out = []
    k = 0
    for b in blocks:
        k += 1
        kind = b[0]
        if kind == "p":
            out.append(_P(b[1], S["p"]))
        elif kind == "instr":
            out.append(_P(b[1], S["instr"]))
        elif kind == "h3":
            out.append(_P(b[1], S["h3"]))
        elif kind == "bullets":
            for it in b[1]:
                out.append(Paragraph("\u2022 " + escape(it), ParagraphStyle("b", parent=S["p"], leftIndent=10, firstLineIndent=-8, spaceAfter=1)))
            out.append(Spacer(1, 3))
        elif kind == "kv":
            data = [[_P(l, S["cellb"]), _P(v if v != "" else dash, S["cell"])] for l, v in b[1]]
            t = Table(data, colWidths=[W * 0.32, W * 0.68])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif kind == "table":
            header, rows = b[1], b[2]
            n = len(header)
            data = [[_P(h, S["cellb"]) for h in header]] + [[_P(x if x != "" else dash, S["cell"]) for x in r] for r in rows]
            if n == 4:
                cw = [W * 0.36, W * 0.26, W * 0.22, W * 0.16]
            elif n == 3:
                cw = [W * 0.22, W * 0.56, W * 0.22] if header[0] in ("Gebied", "Datum") else [W * 0.22, W * 0.39, W * 0.39]
            else:
                cw = [W / n] * n
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif kind == "check":
            for on, txt in b[1]:
                out.append(Paragraph('<font name="DV">%s</font> %s' % (BOX_ON if on else BOX_OFF, escape(txt)), S["p"]))
        elif kind == "sig":
            data = [[_P("Rol", S["cellb"]), _P("Naam", S["cellb"]), _P("Datum", S["cellb"]), _P("Handtekening", S["cellb"])]]
            for i, (role, name, date, signed) in enumerate(b[1]):
                data.append([_P(role, S["cell"]), _P(name or "", S["cell"]), _P(date or "", S["cell"]),
                             Scribble(seed * 100 + k * 10 + i) if signed else ""])
            t = Table(data, colWidths=[W * 0.28, W * 0.27, W * 0.17, W * 0.28], rowHeights=[None] + [12 * mm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            out.append(t)
            out.append(Spacer(1, 4))
        else:
            raise ValueError(kind)
    return out


def render_pdf(doc, path, seed, serif=False):
    S = rl_styles(serif)
    W = A4[0] - 40 * mm
    story = []
    dash = doc.get("dash", "-")
    if doc.get("letter"):
        for line in doc["letterhead"]:
            story.append(_P(line, S["p"]) if line else Spacer(1, 6))
        story.append(Spacer(1, 8))
    if doc.get("title"):
        story.append(_P(doc["title"], S["title"]))
    if doc.get("subtitle"):
        story.append(_P(doc["subtitle"], S["subtitle"]))
    if doc.get("status"):
        line = "   |   ".join("%s: %s" % kv for kv in doc["status"])
        t = Table([[_P(line, S["cellb"])]], colWidths=[W])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#123a63")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f7fb"))]))
        story += [t, Spacer(1, 6)]
    n1 = n2 = 0
    for s in doc["sections"]:
        h = s["h"]
        lvl = s.get("level", 1)
        if h is not None:
            if doc.get("numbered") and lvl == 1:
                n1 += 1
                n2 = 0
                h = "%d. %s" % (n1, h)
            elif doc.get("numbered") and lvl == 2:
                n2 += 1
                h = "%d.%d %s" % (n1, n2, h)
            hp = _P(h, S["h1" if lvl == 1 else ("h2" if lvl == 2 else "h3")])
            body = rl_blocks(s["blocks"], S, W, seed + n1 * 7 + n2, dash)
            if body and len(body) <= 2:
                story.append(KeepTogether([hp] + body))
            else:
                story.append(hp)
                story += body
        else:
            story += rl_blocks(s["blocks"], S, W, seed, dash)

    header, header_r, footer, pagefmt = doc.get("header"), doc.get("header_r"), doc.get("footer"), doc.get("pagefmt")

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._deco(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _deco(self, n):
            p = self._pageNumber
            self.setFont("DV", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            if header:
                self.drawString(20 * mm, A4[1] - 12 * mm, header)
                if header_r:
                    self.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, header_r)
                self.setStrokeColor(colors.HexColor("#999999"))
                self.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
            if footer:
                self.line(20 * mm, 14 * mm, A4[0] - 20 * mm, 14 * mm)
                self.drawString(20 * mm, 10 * mm, footer)
            if pagefmt:
                self.drawRightString(A4[0] - 20 * mm, 10 * mm, pagefmt.format(p=p, n=n))

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=doc.get("title") or "Brief", author=doc.get("author", ""),
                          invariant=1)
    d.build(story, canvasmaker=NumberedCanvas)


# ------------------------------------------------------------------ fillable PDF form
def blocks_to_text(blocks, dash="-"):
    lines = []
    for b in blocks:
        k = b[0]
        if k in ("p", "instr", "h3"):
            lines.append(b[1])
        elif k == "bullets":
            lines += ["- " + x for x in b[1]]
        elif k == "kv":
            lines += ["%s: %s" % (l, v if v != "" else dash) for l, v in b[1]]
        elif k == "table":
            lines += ["- " + " | ".join(x if x else dash for x in r) for r in b[2]]
        elif k == "check":
            lines += ["[%s] %s" % ("x" if on else " ", t) for on, t in b[1]]
        elif k == "sig":
            for role, name, date, signed in b[1]:
                lines.append("%s: %s  datum: %s  handtekening: %s" % (role, name or "__________", date or "________",
                                                                    "(getekend)" if signed else "______________"))
    return "\n".join(lines)


def render_form(doc, path, seed):
    """Fillable AcroForm: a multi-line text field per section, real check boxes for consent."""
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc["title"])
    form = c.acroForm
    W, H = A4
    page = [1]
    y = [H - 25 * mm]

    def deco():
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, H - 12 * mm, doc["header"])
        c.drawRightString(W - 20 * mm, H - 12 * mm, doc["header_r"])
        c.drawString(20 * mm, 10 * mm, doc["footer"])
        c.drawRightString(W - 20 * mm, 10 * mm, "blad %d" % page[0])

    def need(h):
        if y[0] - h < 20 * mm:
            deco()
            c.showPage()
            page[0] += 1
            y[0] = H - 25 * mm

    c.setFont("DVB", 15)
    c.drawString(20 * mm, y[0], doc["title"])
    y[0] -= 7 * mm
    c.setFont("DV", 9)
    c.drawString(20 * mm, y[0], doc["subtitle"])
    y[0] -= 9 * mm
    fid = 0
    for s in doc["sections"]:
        need(30 * mm)
        c.setFont("DVB", 10)
        c.drawString(20 * mm, y[0], s["h"])
        y[0] -= 3 * mm
        blocks = s["blocks"]
        if s["h"].startswith("1."):
            for l, v in blocks[0][1]:
                need(9 * mm)
                c.setFont("DV", 8.5)
                c.drawString(20 * mm, y[0] - 5 * mm, l)
                fid += 1
                form.textfield(name="f%02d_%s" % (fid, l.split()[0].lower()), value=v, x=70 * mm, y=y[0] - 7 * mm,
                               width=110 * mm, height=6 * mm, fontName="Helvetica", fontSize=8, borderWidth=0.5)
                y[0] -= 8 * mm
            y[0] -= 3 * mm
            continue
        checks = [b for b in blocks if b[0] == "check"]
        sigs = [b for b in blocks if b[0] == "sig"]
        rest = [b for b in blocks if b[0] not in ("check", "sig")]
        if rest or not (checks or sigs):
            txt = blocks_to_text(rest)
            nlines = max(2, min(14, sum(1 + len(l) // 105 for l in txt.split("\n")) if txt else 2))
            h = nlines * 4.2 * mm + 2 * mm
            need(h + 4 * mm)
            fid += 1
            form.textfield(name="f%02d_sectie" % fid, value=txt.replace("\u2612", "[x]").replace("\u2610", "[ ]"),
                           x=20 * mm, y=y[0] - h - 1 * mm, width=W - 40 * mm, height=h, fontName="Helvetica",
                           fontSize=7.5, borderWidth=0.5, fieldFlags="multiline")
            y[0] -= h + 5 * mm
        for b in checks:
            for on, t in b[1]:
                need(7 * mm)
                fid += 1
                form.checkbox(name="cb%02d" % fid, x=20 * mm, y=y[0] - 5 * mm, size=4 * mm, checked=on,
                              buttonStyle="cross", borderWidth=0.6)
                c.setFont("DV", 8.5)
                c.drawString(26 * mm, y[0] - 4.2 * mm, t)
                y[0] -= 6.5 * mm
        for b in sigs:
            for role, name, date, signed in b[1]:
                need(9 * mm)
                c.setFont("DV", 8.5)
                c.drawString(20 * mm, y[0] - 5 * mm, role)
                fid += 1
                form.textfield(name="f%02d_naam" % fid, value=name or "", x=62 * mm, y=y[0] - 7 * mm, width=48 * mm,
                               height=6 * mm, fontName="Helvetica", fontSize=8, borderWidth=0.5)
                fid += 1
                form.textfield(name="f%02d_datum" % fid, value=date or "", x=112 * mm, y=y[0] - 7 * mm, width=24 * mm,
                               height=6 * mm, fontName="Helvetica", fontSize=8, borderWidth=0.5)
                fid += 1
                form.textfield(name="f%02d_handtekening" % fid,
                               value=("digitaal ondertekend: %s" % name) if signed else "",
                               x=138 * mm, y=y[0] - 7 * mm, width=52 * mm, height=6 * mm, fontName="Helvetica",
                               fontSize=7, borderWidth=0.5)
                y[0] -= 8 * mm
        y[0] -= 3 * mm
    deco()
    c.showPage()
    c.save()


# ------------------------------------------------------------------ text / markdown
def render_text(doc, path, md=False):
    L = []
    dash = doc.get("dash", "-")
    if doc.get("letter"):
        L += doc["letterhead"] + [""]
    if doc.get("title"):
        L += ["# " + doc["title"] if md else doc["title"].upper(), ""]
        if not md:
            L[-2:-1] = [doc["title"].upper(), "=" * len(doc["title"])]
    if doc.get("subtitle"):
        L += [doc["subtitle"], ""]
    if doc.get("status"):
        L += ["  |  ".join("%s: %s" % kv for kv in doc["status"]), ""]
    n1 = 0
    for s in doc["sections"]:
        h = s["h"]
        lvl = s.get("level", 1)
        if h:
            if md:
                L.append("#" * (lvl + 1) + " " + h)
            else:
                if lvl == 1:
                    L += [h, "-" * len(h)]
                else:
                    L.append(h)
            if md:
                L.append("")
        for b in s["blocks"]:
            k = b[0]
            if k == "p":
                L.append(b[1])
                L.append("")
            elif k == "instr":
                L.append(("_%s_" % b[1]) if md else b[1])
                L.append("")
            elif k == "h3":
                L.append(("**%s**" % b[1]) if md else b[1] + ":")
            elif k == "bullets":
                L += ["- " + x for x in b[1]]
                L.append("")
            elif k == "kv":
                if md:
                    L += ["| | |", "|---|---|"] + ["| %s | %s |" % (l, v if v else dash) for l, v in b[1]]
                else:
                    L += ["%s: %s" % (l, v if v else dash) for l, v in b[1]]
                L.append("")
            elif k == "table":
                if md:
                    L += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                    L += ["| " + " | ".join(x if x else dash for x in r) + " |" for r in b[2]]
                else:
                    L.append(" | ".join(b[1]))
                    L += [" | ".join(x if x else dash for x in r) for r in b[2]]
                L.append("")
            elif k == "check":
                L += ["[%s] %s" % ("x" if on else " ", t) for on, t in b[1]]
                L.append("")
            elif k == "sig":
                for role, name, date, signed in b[1]:
                    if signed:
                        L.append("%s: %s - datum: %s - handtekening: (getekend)" % (role, name, date or "________"))
                    else:
                        L.append("%s: %s - datum: %s - handtekening: ____________________" % (role, name or "____________________", date or "________"))
                L.append("")
        if not s["blocks"]:
            L.append("")
    if doc.get("footer") and not md:
        L += ["", "-- " + doc["footer"] + " --"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")
