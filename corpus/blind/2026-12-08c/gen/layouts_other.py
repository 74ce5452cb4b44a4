# -*- coding: utf-8 -*-
"""Direct PDFs (reportlab), plain-text exports, scans."""
import random
from xml.sax.saxutils import escape as esc
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, KeepTogether)
from common import prepare
from content import dshort, dlong, INSTR

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

S = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=13)
SB = ParagraphStyle("b", parent=S, fontName="DVB")
SH = ParagraphStyle("h", parent=S, fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#1f3864"))
ST = ParagraphStyle("t", parent=S, fontName="DVB", fontSize=17, leading=22, spaceAfter=6, textColor=colors.HexColor("#1f3864"))
SS = ParagraphStyle("s", parent=S, fontSize=7.5, leading=9, textColor=colors.HexColor("#595959"))


class Squiggle(Flowable):
    def __init__(self, seed, w=5 * cm, h=1.3 * cm):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        r = random.Random(self.seed)
        cv = self.canv
        cv.setStrokeColor(colors.HexColor("#1a237e"))
        cv.setLineWidth(1.2)
        p = cv.beginPath()
        x, y = 4, self.height / 2
        p.moveTo(x, y)
        for _ in range(7):
            p.curveTo(x + r.uniform(4, 10), y + r.uniform(6, 16), x + r.uniform(10, 16), y - r.uniform(6, 16), x + r.uniform(16, 22), y + r.uniform(-4, 4))
            x += 19
        cv.drawPath(p, stroke=1, fill=0)
        cv.line(6, 4, x - 10, 7)


def rl_runs(runs):
    out = []
    for t, k in runs:
        t = esc(t)
        if k == 'b':
            out.append(f"<b>{t}</b>")
        elif k in ('i',):
            out.append(f"<i>{t}</i>")
        elif k == 'instr':
            out.append(f'<i><font color="#2f5597">{t}</font></i>')
        elif k == 'ph':
            out.append(f'<font color="#808080">{t}</font>')
        elif k == 'white':
            out.append(f'<font color="#ffffff">{t}</font>')
        elif k == 'del':
            out.append(f'<strike><font color="#c00000">{t}</font></strike>')
        elif k == 'ins':
            out.append(f'<u><font color="#1f6f1f">{t}</font></u>')
        elif k == 'hid':
            continue  # hidden text does not appear in a printed PDF
        else:
            out.append(t)
    return ''.join(out)


def rl_blocks(blocks, c, width=17 * cm):
    fl = []
    for b in blocks:
        if b[0] == 'p':
            fl.append(Paragraph(rl_runs(b[1]) or "&nbsp;", S))
        elif b[0] == 'checks':
            for lab, ch in b[1]:
                fl.append(Paragraph(("☒ " if ch else "☐ ") + esc(lab), S))
        elif b[0] == 'dd':
            opt = b[2][b[3] or 0]
            fl.append(Paragraph(f"<b>{esc(b[1])}:</b> " + (f'<font color="#808080">{esc(opt)}</font>' if b[3] is None else esc(opt)), S))
        elif b[0] == 'sig':
            data = [[Paragraph("<b>Wie</b>", S), Paragraph("<b>Naam</b>", S), Paragraph("<b>Datum</b>", S), Paragraph("<b>Handtekening</b>", S)]]
            for r in b[1]:
                m = r['mark']
                sig = (Paragraph(f"<i>w.g. {esc(r['name'].split(' - ')[0])}</i>", S) if m == 'wg' else
                       Squiggle(c.name + r['role'], 4 * cm, 1.1 * cm) if m in ('img', 'hand') else Paragraph("", S))
                data.append([Paragraph(esc(r['role']), S), Paragraph(esc(r['name']), S), Paragraph(esc(r['date']) or "", S), sig])
            t = Table(data, colWidths=[width * .3, width * .28, width * .14, width * .28], rowHeights=[None] + [1.25 * cm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f2"))]))
            fl.append(t)
        elif b[0] == 'comment':
            fl.append(Paragraph(rl_runs(b[1]) or "&nbsp;", S))  # comments are not printed
    return fl


def _build(path, story, onpage, title):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title=title, author="", creator="", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


LETTER_Q = [('uitstroombestemming', "Waar verwachten wij dat {n} na onze school naartoe gaat?"),
            ('onderbouwing', "Waarom verwachten wij dat?"),
            ('belemmerende_factoren', "Wat maakt het leren voor {n} moeilijker?"),
            ('bevorderende_factoren', "Wat helpt {n}?"),
            ('ondersteuningsbehoefte', "Wat heeft {n} nodig?"),
            ('doelen', "Waar werken we de komende periode aan?"),
            ('ondersteuning', "Welke extra begeleiding krijgt {n}?"),
            ('afwijkingen_onderwijsprogramma', "Wijkt het lesprogramma af?"),
            ('adviezen_professionals', "Wat adviseren de deskundigen?"),
            ('inbreng_leerling', "Wat vindt {n} zelf?"),
            ('oogo', "Ons gesprek met u"),
            ('evaluatie', "Wanneer kijken we samen terug?"),
            ('vaststelling', "Vaststelling"),
            ('informatie_rechten', "Uw rechten")]


def l7_letter(spec, c, path):
    """Letter to the parents with the plan in question-headed paragraphs and a reply slip for consent."""
    el = prepare(spec, c)
    n = c.first
    st = [Paragraph(f"<b>{esc(c.school)}</b>", ParagraphStyle("lh", parent=S, fontSize=13, leading=16, textColor=colors.HexColor("#7b2c2c"))),
          Paragraph(f"Kerkpad {c.r.randint(1,40)} · {esc(c.place)} · info@{c.school.split()[-1].lower()}.example", SS), Spacer(1, 14),
          Paragraph(f"Aan de ouders/verzorgers van {esc(c.name)}" if not c.adult else f"Aan {esc(c.name)}", S),
          Paragraph(f"{esc(c.place)}, {dlong(c.date_set)}", S), Spacer(1, 8),
          Paragraph(f"<b>Betreft: ontwikkelingsperspectiefplan van {esc(c.name)}</b>", S), Spacer(1, 6),
          Paragraph("Geachte heer, mevrouw," if not c.adult else f"Beste {esc(n)},", S), Spacer(1, 4),
          Paragraph(f"Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van {esc(n)}. Hieronder leest u wat wij verwachten en "
                    f"wat wij samen gaan doen.", S)]
    for e, q in LETTER_Q:
        s, bl = el[e]
        if bl is None:
            continue
        st.append(Paragraph(esc(q.format(n=n)), SH))
        st += rl_blocks(bl, c)
    st.append(Spacer(1, 8))
    st.append(Paragraph("Met vriendelijke groet,", S))
    st.append(Paragraph(f"{esc(c.ib)}, intern begeleider", S))
    s, bl = el['instemming_ouders']
    if bl is not None:
        st.append(Spacer(1, 10))
        st.append(Paragraph("- - - - - - - - - - - - - - - - - - - - knippen - - - - - - - - - - - - - - - - - - - -", SS))
        st.append(KeepTogether([Paragraph("Antwoordstrook: instemming met het handelingsdeel", SH)] + rl_blocks(bl, c)))

    def onpage(cv, doc):
        cv.saveState()
        cv.setFont("DV", 7.5)
        cv.setFillColor(colors.HexColor("#595959"))
        cv.drawString(2 * cm, 1.2 * cm, f"{c.school} · OPP {c.name}")
        cv.drawRightString(19 * cm, 1.2 * cm, f"blad {doc.page}")
        cv.restoreState()
    _build(path, st, onpage, f"OPP {c.name}")


EXPORT_LAB = [('uitstroombestemming', "Uitstroomprofiel / bestemming"), ('onderbouwing', "Onderbouwing"),
              ('belemmerende_factoren', "Belemmerende factoren"), ('bevorderende_factoren', "Bevorderende factoren"),
              ('ondersteuningsbehoefte', "Ondersteuningsbehoeften"), ('ondersteuning', "Ondersteuningsaanbod"),
              ('afwijkingen_onderwijsprogramma', "Afwijkend programma"), ('doelen', "Doelen"),
              ('adviezen_professionals', "Externe adviezen"), ('inbreng_leerling', "Inbreng leerling"),
              ('oogo', "OOGO"), ('evaluatie', "Evaluatie"), ('informatie_rechten', "Informatie rechten"),
              ('vaststelling', "Vaststelling"), ('instemming_ouders', "Ondertekening")]


def l8_export(spec, c, path):
    """Export from an (invented) pupil-administration system: grey section bars, label/value grid, system footer."""
    el = prepare(spec, c)
    W = 17 * cm
    bar = lambda s: Table([[Paragraph(f"<b>{esc(s)}</b>", ParagraphStyle("bar", parent=S, textColor=colors.white))]], colWidths=[W],
                          style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#44546a"))]))
    st = [Paragraph("OPP — Ontwikkelingsperspectief", ST),
          Table([[Paragraph("<b>Leerling</b>", S), Paragraph(esc(c.name), S), Paragraph("<b>Leerlingnr.</b>", S), Paragraph(str(c.r.randint(20000, 99999)), S)],
                 [Paragraph("<b>Geboortedatum</b>", S), Paragraph(dshort(c.birth), S), Paragraph("<b>Groep/klas</b>", S), Paragraph(esc(c.group), S)],
                 [Paragraph("<b>School</b>", S), Paragraph(esc(c.school), S), Paragraph("<b>Status plan</b>", S), Paragraph("Actief" if spec['v'].get('vaststelling', 'present') == 'present' else "Concept", S)]],
                colWidths=[W * .2, W * .35, W * .18, W * .27], style=TableStyle([("GRID", (0, 0), (-1, -1), .3, colors.lightgrey)])),
          Spacer(1, 6)]
    for e, lab in EXPORT_LAB:
        s, bl = el[e]
        if bl is None:
            continue
        st.append(Spacer(1, 5))
        st.append(bar(lab))
        fl = rl_blocks(bl, c) or [Paragraph("–", S)]
        st += fl

    def onpage(cv, doc):
        cv.saveState()
        cv.setFont("DV", 7)
        cv.setFillColor(colors.HexColor("#595959"))
        cv.drawString(2 * cm, 1.1 * cm, f"Export LeerlingKompas 7.4 · {c.school} · document OPP-{c.date_set.year}-{c.r.randint(100,999)}")
        cv.drawRightString(19 * cm, 1.1 * cm, f"pagina {doc.page}")
        cv.drawString(2 * cm, 28.4 * cm, "VERTROUWELIJK — persoonsgegevens")
        cv.restoreState()
    _build(path, st, onpage, "OPP export")


def avg_form(path):
    st = [Paragraph("Toestemmingsformulier beeldmateriaal en gegevensuitwisseling", ST),
          Paragraph("Basisschool De Wilgenhof · Grevenhoek", SS), Spacer(1, 10),
          Paragraph("Met dit formulier geeft u toestemming voor het gebruik van foto's en video's van uw kind en voor het uitwisselen van "
                    "gegevens met externe partners (bijvoorbeeld de jeugdarts of de logopedist). U kunt uw toestemming altijd intrekken.", S), Spacer(1, 8)]
    for lab, ch in [("Foto's in de schoolgids en op de website", True), ("Foto's in de nieuwsbrief", True), ("Video-opnamen voor begeleiding van leerkrachten", False),
                    ("Uitwisseling van gegevens met de jeugdarts", True)]:
        st.append(Paragraph(("☒ " if ch else "☐ ") + esc(lab), S))
    st.append(Spacer(1, 10))
    st += rl_blocks([('sig', [dict(role="Ouder/verzorger", name="mw. H. Tjeerdsma", date="02-09-2025", mark="img")])], type("C", (), {"name": "avg"})())
    _build(path, st, lambda cv, d: None, "Toestemming AVG")


# ---------------- plain text --------------------------------------------------
TXT_Q = [('uitstroombestemming', "Wat is de verwachte uitstroombestemming?"), ('onderbouwing', "Waarop is die verwachting gebaseerd?"),
         ('belemmerende_factoren', "Welke factoren belemmeren de ontwikkeling?"), ('bevorderende_factoren', "Welke factoren bevorderen de ontwikkeling?"),
         ('ondersteuningsbehoefte', "Wat heeft de leerling nodig?"), ('doelen', "Welke doelen staan centraal?"),
         ('ondersteuning', "Welke ondersteuning biedt de school (wat, wie, hoe vaak)?"),
         ('afwijkingen_onderwijsprogramma', "Wordt afgeweken van het onderwijsprogramma?"),
         ('adviezen_professionals', "Welke adviezen gaven externe deskundigen?"), ('inbreng_leerling', "Wat vindt de leerling zelf?"),
         ('oogo', "Wanneer en met wie is het plan besproken?"), ('evaluatie', "Wanneer wordt het plan geëvalueerd?"),
         ('vaststelling', "Wanneer en door wie is het plan vastgesteld?"), ('instemming_ouders', "Instemming met het handelingsdeel"),
         ('informatie_rechten', "Welke rechten hebben ouders?")]


def txt_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == 'p':
            s = ''.join(t for t, k in b[1] if k not in ('hid', 'white', 'del'))
            if any(k == 'ph' for _, k in b[1]):
                s = ''.join("[" + t + "]" if k == 'ph' else t for t, k in b[1] if k not in ('hid', 'white', 'del'))
            out.append(s)
        elif b[0] == 'checks':
            out += [("[X] " if ch else "[ ] ") + lab for lab, ch in b[1]]
        elif b[0] == 'dd':
            out.append(f"{b[1]}: {b[2][b[3] or 0]}")
        elif b[0] == 'sig':
            for r in b[1]:
                m = {'wg': 'w.g.', 'img': '(handtekening)', 'hand': '(handtekening)'}.get(r['mark'], '________________')
                out.append(f"{r['role']}: {r['name'] or '________________'}   datum: {r['date'] or '__-__-____'}   handtekening: {m}")
        elif b[0] == 'comment':
            out.append(''.join(t for t, k in b[1]))
    return out


def l6_txt(spec, c, path):
    """Plain-text export with question headings and a system footer per 'page'."""
    el = prepare(spec, c)
    L = [f"ONTWIKKELINGSPERSPECTIEF — {c.name.upper()}", f"School: {c.school}, {c.place}", f"Groep/klas: {c.group}    Geboren: {dshort(c.birth)}",
         f"Samenwerkingsverband: {c.swv}", "=" * 72, ""]
    k = 0
    for e, q in TXT_Q:
        s, bl = el[e]
        if bl is None:
            continue
        k += 1
        L.append(f"{k}. {q}")
        body = txt_blocks(bl)
        L += ["   " + x for x in body] if body else ["   "]
        L.append("")
        if k in (5, 10):
            L += ["-" * 72, f"OPP {c.name} | afgedrukt uit LeerlingKompas | pagina {k//5} ", "-" * 72, ""]
    L += ["-" * 72, f"OPP {c.name} | afgedrukt uit LeerlingKompas | einde document", ""]
    open(path, "w", encoding="utf-8").write("\n".join(L))
