# -*- coding: utf-8 -*-
"""Canvas-drawn layouts: a fillable AcroForm (L4) and a form whose values are stamped over a pre-drawn grid in a
second pass (L8, so that the text order in the file differs from the visual order)."""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from blocks import rl_fonts, signature_png
from content import DOMAINS, Gap, dshort, dlong, add_days
from layouts import txt, V, is_gap, pupil_rows, afw_ticks, schooljaar, adult

PW, PH = A4
M = 1.5 * cm


def wrap(text, font, size, width):
    out = []
    for para in str(text).split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w) if line else w
            if stringWidth(t, font, size) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def latin(s):
    s = str(s)
    for a, b in (("\u2022", "-"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"), ("\u2018", "'"), ("\u2019", "'")):
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def form_rows(pl, blank=False):
    """Rows of a form: (kind, ...)."""
    R = []
    R.append(("sec", "1. Gegevens"))
    for a, b in pupil_rows(pl):
        R.append(("kv", a, "" if blank else b, 1))
    R.append(("sec", "2. Ontwikkelingsperspectief"))
    for lab, e in [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]:
        t = txt(pl, e)
        if t is not None:
            R.append(("kv", lab, t, 2))
    be, bv = V(pl, "belemmerende_factoren"), V(pl, "bevorderende_factoren")
    if be is not None or bv is not None:
        R.append(("sec", "3. Belemmerende en bevorderende factoren"))
        R.append(("hdr3", "Domein", "Belemmerende factoren" if be is not None else "", "Bevorderende factoren" if bv is not None else ""))
        doms = [d for d in DOMAINS if (isinstance(be, dict) and d in be) or (isinstance(bv, dict) and d in bv)] or ["leren", "werk", "soc", "thuis"]
        for d in doms:
            R.append(("kv3", DOMAINS[d], None if be is None else (be.get(d, "") if isinstance(be, dict) else str(be)),
                      None if bv is None else (bv.get(d, "") if isinstance(bv, dict) else str(bv))))
    R.append(("sec", "4. Onderwijsbehoeften en handelingsdeel"))
    for lab, e in [("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen (SMART)", "doelen"),
                   ("Ondersteuning: wat, wie, hoe vaak, vanaf", "ondersteuning")]:
        t = txt(pl, e)
        if t is not None:
            R.append(("kv", lab, t, 3))
    at = afw_ticks(pl)
    if at:
        R.append(("checks", "Afwijkingen van het onderwijsprogramma", [(c.label, c.checked) for c in at[0]]))
        R.append(("kv", "Toelichting afwijkingen", at[1], 2))
    t = txt(pl, "adviezen_professionals")
    if t is not None:
        R.append(("kv", "Adviezen van deskundigen en wat de school ermee doet", t, 3))
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        R.append(("sec", "5. Inbreng van de leerling"))
        if is_gap(ib):
            R.append(("kv", "Mening van de leerling", str(ib), 2))
            R.append(("kv", "Wat is ermee gedaan?", str(ib), 2))
        else:
            R.append(("kv", "Mening van de leerling", ib[0], 2))
            R.append(("kv", "Wat is ermee gedaan?", ib[1] or "", 2))
    R.append(("sec", "6. Overleg, evaluatie en rechten"))
    for lab, e in [("Overleg met ouders (OOGO)", "oogo"), ("Evaluatie", "evaluatie"), ("Informatie over rechten", "informatie_rechten")]:
        t = txt(pl, e)
        if t is not None:
            R.append(("kv", lab, t, 2))
    vs = V(pl, "vaststelling")
    if vs is not None:
        R.append(("sec", "7. Vaststelling"))
        if vs.get("concept"):
            R.append(("kv", "Status", "CONCEPT", 1))
        who, d = vs.get("who"), vs.get("date")
        R.append(("kv", "Vastgesteld door (naam, functie)", "" if who is None else (str(who) if is_gap(who) else "%s, directeur" % who), 1))
        R.append(("kv", "Datum vaststelling", "" if d is None else (str(d) if is_gap(d) else dshort(d)), 1))
    if pl.get("other_consent"):
        R.append(("sec", "Toestemming beeldmateriaal (AVG)"))
        R.append(("checks", "Toestemming foto's en video's", [("ja", True), ("nee", False)]))
        R.append(("sig", "Ouder(s)", pl["parents"], dshort(add_days(pl["date"], 2)), True, "", "avg"))
    c = pl["consent"]
    if c is not None:
        R.append(("sec", "8. Instemming met het handelingsdeel"))
        o = c["options"]
        R.append(("checks", "Keuze", [("akkoord", o["akkoord"]), ("niet akkoord", o["niet"]), ("gedeeltelijk akkoord", o["deels"])]))
        if c["statement"]:
            R.append(("kv", "Toelichting", c["statement"], 2))
        for s in c["signers"]:
            st = bool(c["statement"]) and not s["role"].startswith("Namens")
            R.append(("sig", s["role"], "" if (c["image_only"] and not s["role"].startswith("Namens")) else s["name"],
                      "" if st else (dshort(s["date"]) if s["date"] else ""), s["signed"] and not st, s["remark"], s["role"][:6]))
    return R


class FormCanvas:
    def __init__(self, path, pl, mode, title, sigdir, blank=False):
        rl_fonts()
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("" if blank else pl["ib"])
        self.c.setCreator("Formulierbouwer 4.2" if mode == "acro" else "OPP-printmodule")
        self.pl, self.mode, self.title, self.sigdir, self.blank = pl, mode, title, sigdir, blank
        self.font, self.fb = ("Helvetica", "Helvetica-Bold") if mode == "acro" else ("LS", "LSB")
        self.fs = 8
        self.page = 0
        self.stamps = []  # for overlay: second-pass draws of the current page
        self.nfield = 0

    def newpage(self):
        if self.page:
            self.flush()
            self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont(self.fb, 13 if self.page == 1 else 9)
        if self.page == 1:
            c.drawString(M, PH - M - 10, self.title)
            c.setFont(self.font, 8)
            c.drawString(M, PH - M - 24, self.pl["swv"] if not self.blank else "Samenwerkingsverband \u2013 format OPP")
            self.y = PH - M - 38
        else:
            c.drawString(M, PH - M - 8, self.title + " (vervolg)")
            self.y = PH - M - 20
        c.setFont(self.font, 7)
        c.drawString(M, M - 18, "Formulier OPP \u2013 versie 2025.2")
        c.drawRightString(PW - M, M - 18, "pagina %d" % self.page)

    def flush(self):
        for f in self.stamps:
            f()
        self.stamps = []

    def need(self, h):
        if self.y - h < M:
            self.newpage()

    def value(self, x, y, w, h, text, lines, label="veld"):
        """A value area: AcroForm text field or an overlay stamp."""
        c = self.c
        self.nfield += 1
        import re
        name = "%s_%03d" % (re.sub(r"[^A-Za-z0-9]+", "_", latin(label)).strip("_")[:40], self.nfield)
        if self.mode == "acro":
            c.acroForm.textfield(name=name, value=latin("\n".join(lines)) if text else "", x=x, y=y, width=w, height=h,
                                 fontName="Helvetica", fontSize=self.fs, borderWidth=0.6, borderColor=colors.HexColor("#777777"),
                                 fillColor=colors.HexColor("#F3F6FA"), textColor=colors.black,
                                 fieldFlags="multiline" if h > 16 else "", relative=False, tooltip=latin(label))
        else:
            c.setStrokeColor(colors.HexColor("#555555"))
            c.rect(x, y, w, h)

            def stamp(lines=lines, x=x, y=y, h=h):
                c.setFont(self.font, self.fs)
                yy = y + h - self.fs - 2
                for ln in lines:
                    c.drawString(x + 3, yy, ln)
                    yy -= self.fs * 1.25
            if text:
                self.stamps.append(stamp)

    def checkbox(self, x, y, checked, label):
        c = self.c
        self.nfield += 1
        if self.mode == "acro":
            c.acroForm.checkbox(name="vink_%03d" % self.nfield, checked=bool(checked), x=x, y=y, size=9, buttonStyle="cross",
                                borderWidth=0.6, relative=False, tooltip=latin(label))
        else:
            c.rect(x, y, 9, 9)
            if checked:
                def st(x=x, y=y):
                    c.setFont(self.fb, 9)
                    c.drawString(x + 1.5, y + 1.5, "X")
                self.stamps.append(st)
        c.setFont(self.font, self.fs)
        c.drawString(x + 12, y + 1, label)
        return stringWidth(label, self.font, self.fs) + 24

    def run(self, rows):
        c = self.c
        self.newpage()
        W = PW - 2 * M
        lw = 0.3 * W
        for r in rows:
            k = r[0]
            if k == "sec":
                self.need(40)
                self.y -= 6
                c.setFillColor(colors.HexColor("#C9D7E8"))
                c.rect(M, self.y - 14, W, 14, fill=1, stroke=0)
                c.setFillColor(colors.black)
                c.setFont(self.fb, 9)
                c.drawString(M + 3, self.y - 10.5, r[1])
                self.y -= 16
            elif k == "kv":
                lab, val, minl = r[1], r[2], r[3]
                lines = wrap(val, self.font, self.fs, W - lw - 8) if val else []
                llines = wrap(lab, self.fb, self.fs, lw - 6)
                n = max(len(lines), len(llines), minl)
                h = n * self.fs * 1.25 + 6
                if h > self.y - M:
                    # split long values over pages
                    while lines:
                        self.need(self.fs * 1.25 * 3 + 6)
                        cap = int((self.y - M - 6) / (self.fs * 1.25))
                        part, lines = lines[:cap], lines[cap:]
                        hh = len(part) * self.fs * 1.25 + 6
                        self._kv(lab, part, hh, lw, W)
                    continue
                self.need(h)
                self._kv(lab, lines if val else [], h, lw, W, text=bool(val))
            elif k == "hdr3":
                self.need(16)
                cw = [0.22 * W, 0.39 * W, 0.39 * W]
                x = M
                c.setFont(self.fb, self.fs)
                for i, t in enumerate(r[1:]):
                    c.setFillColor(colors.HexColor("#E7E7E7"))
                    c.rect(x, self.y - 13, cw[i], 13, fill=1, stroke=1)
                    c.setFillColor(colors.black)
                    c.drawString(x + 3, self.y - 9.5, t)
                    x += cw[i]
                self.y -= 13
            elif k == "kv3":
                cw = [0.22 * W, 0.39 * W, 0.39 * W]
                ls = [wrap(r[1], self.fb, self.fs, cw[0] - 6)] + [wrap(t, self.font, self.fs, cw[i + 1] - 8) if t else [] for i, t in enumerate(r[2:])]
                h = max(2, max(len(x) for x in ls)) * self.fs * 1.25 + 6
                self.need(h)
                c.setFillColor(colors.HexColor("#E7E7E7"))
                c.rect(M, self.y - h, cw[0], h, fill=1, stroke=1)
                c.setFillColor(colors.black)
                c.setFont(self.fb, self.fs)
                yy = self.y - self.fs - 2
                for ln in ls[0]:
                    c.drawString(M + 3, yy, ln)
                    yy -= self.fs * 1.25
                x = M + cw[0]
                for i in (1, 2):
                    if r[i + 1] is None:
                        c.setFont(self.font, 7)
                        c.rect(x, self.y - h, cw[i], h)
                        c.drawString(x + 3, self.y - 10, "(vervallen)")
                    else:
                        self.value(x, self.y - h, cw[i], h, r[i + 1], ls[i], label="%s - %s" % (r[1], ("Belemmerend", "Bevorderend")[i - 1]))
                    x += cw[i]
                self.y -= h
            elif k == "checks":
                self.need(16)
                c.setFont(self.fb, self.fs)
                for j, ln in enumerate(wrap(r[1], self.fb, self.fs, lw - 6)[:2]):
                    c.drawString(M + 3, self.y - 10 - j * 9, ln)
                x = M + lw
                y = self.y - 12
                for lab, ch in r[2]:
                    wneed = stringWidth(lab, self.font, self.fs) + 24
                    if x + wneed > PW - M:
                        x = M + lw
                        y -= 13
                    x += self.checkbox(x, y, ch, lab)
                self.y = y - 8
            elif k == "sig":
                role, name, date, signed, remark, tag = r[1:]
                h = 34
                self.need(h + 4)
                c.setFont(self.fb, self.fs)
                c.drawString(M + 3, self.y - 10, role)
                cw = [0.3 * W, 0.25 * W, 0.15 * W, 0.30 * W]
                x = M + cw[0]
                labs = ["Naam", "Datum", "Handtekening"]
                vals = [name, date, ""]
                for i in range(3):
                    c.setFont(self.font, 6.5)
                    c.drawString(x + 2, self.y - 7, labs[i])
                    if i == 2:
                        c.setStrokeColor(colors.HexColor("#777777"))
                        c.rect(x, self.y - h, cw[i + 1], h - 9)
                    else:
                        self.value(x, self.y - h, cw[i + 1], h - 9, vals[i], [vals[i]] if vals[i] else [], label="%s - %s" % (role, labs[i]))
                    x += cw[i + 1]
                sx = M + cw[0] + cw[1] + cw[2]
                if signed:
                    p = signature_png(self.pl["id"] + tag, os.path.join(self.sigdir, "sig_%s.png" % (self.pl["id"] + tag)))
                    yy = self.y - h
                    if self.mode == "acro":
                        c.drawImage(p, sx + 8, yy + 2, width=2.6 * cm, height=0.75 * cm, mask="auto")
                    else:
                        self.stamps.append(lambda p=p, sx=sx, yy=yy: c.drawImage(p, sx + 8, yy + 2, width=2.6 * cm, height=0.75 * cm, mask="auto"))
                if remark:
                    rx, ry = sx + 4, self.y - h - 9
                    if self.mode == "acro":
                        c.setFont("Helvetica-Oblique", 8)
                        c.drawString(rx, ry, remark)
                    else:
                        def st(rx=rx, ry=ry, remark=remark):
                            c.setFont("LSI", 8)
                            c.drawString(rx, ry, remark)
                        self.stamps.append(st)
                    self.y -= 10
                self.y -= h + 4
        self.flush()
        self.c.save()

    def _kv(self, lab, lines, h, lw, W, text=True):
        c = self.c
        c.setFillColor(colors.HexColor("#E7E7E7"))
        c.rect(M, self.y - h, lw, h, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.setFont(self.fb, self.fs)
        yy = self.y - self.fs - 2
        for ln in wrap(lab, self.fb, self.fs, lw - 6):
            c.drawString(M + 3, yy, ln)
            yy -= self.fs * 1.25
        self.value(M + lw, self.y - h, W - lw, h, text and bool(lines), lines, label=lab)
        self.y -= h


def render_form(pl, path, mode, sigdir, title=None, blank=False):
    rows = form_rows(pl, blank=blank)
    FormCanvas(path, pl, mode, title or "Ontwikkelingsperspectiefplan (OPP)", sigdir, blank=blank).run(rows)
