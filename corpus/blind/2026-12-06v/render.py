"""Renderers: DOCX (python-docx), PDF (reportlab), fillable PDF form (reportlab acroform), TXT, scans."""
import re, os, subprocess, random, math
from pathlib import Path
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

BUILD = Path(__file__).resolve().parent / '_build'
TOK = re.compile(r'\[\[(SIG|INI|HX):(\d+)\]\]')


# ---------- hand-made marks ----------
def mark_png(kind, n):
    BUILD.mkdir(exist_ok=True)
    p = BUILD / f"{kind.lower()}_{n}.png"
    if p.exists():
        return str(p)
    r = random.Random(n * 7 + len(kind))
    if kind == 'HX':
        im = Image.new('RGB', (60, 60), 'white'); d = ImageDraw.Draw(im)
        d.rectangle([8, 8, 52, 52], outline='black', width=2)
        d.line([(12 + r.randint(-3, 3), 12), (50, 50 + r.randint(-4, 2))], fill=(20, 30, 120), width=4)
        d.line([(50 + r.randint(-3, 2), 10), (10, 52)], fill=(20, 30, 120), width=4)
        im.save(p); return str(p)
    W, H = (300, 90) if kind == 'SIG' else (110, 60)
    im = Image.new('RGB', (W, H), 'white'); d = ImageDraw.Draw(im)
    x, y = 10, H // 2 + r.randint(-8, 8)
    pts = [(x, y)]
    steps = 28 if kind == 'SIG' else 10
    for i in range(steps):
        x += (W - 20) / steps
        y = H / 2 + math.sin(i * r.uniform(0.8, 1.9)) * r.uniform(8, H / 2.6) + r.randint(-5, 5)
        pts.append((x, y))
    d.line(pts, fill=(15, 25, 110), width=3, joint='curve')
    if kind == 'SIG':
        d.line([(20, H - 18), (W - 40, H - 22 + r.randint(-6, 6))], fill=(15, 25, 110), width=2)
    im.save(p)
    return str(p)


def split_tokens(text):
    out, pos = [], 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            out.append(('t', text[pos:m.start()]))
        out.append(('img', m.group(1), int(m.group(2))))
        pos = m.end()
    if pos < len(text):
        out.append(('t', text[pos:]))
    return out


def flat_lines(item, txt=False):
    """Lines for an item in plain contexts."""
    k = item[0]
    box = (lambda b: '[x]' if b else '[ ]') if txt else (lambda b: '☒' if b else '☐')
    if k == 'p':
        return [item[1]]
    if k == 'bullets':
        return ['- ' + b for b in item[1]]
    if k == 'domains':
        return [f"- {d}: {t}" for d, t in item[1]]
    if k == 'kv':
        return [f"{a}: {b}" for a, b in item[1]]
    if k in ('checks', 'ccbox'):
        return [f"{box(b)} {l}" for b, l in item[1]]
    if k == 'cc':
        return [item[1]]
    if k in ('table', 'sig'):
        return [' | '.join(item[1])] + [' | '.join(r) for r in item[2]]
    raise ValueError(k)


# ---------- TXT ----------
def render_txt(blocks, path, footer=None):
    L = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            L += [b[1].upper(), '=' * len(b[1])]
        elif k == 'sub':
            L += [b[1], '']
        elif k == 'h':
            L += ['', b[2], ('-' if b[1] > 1 else '=') * len(b[2])] if b[1] < 3 else ['', b[2] + ':']
        elif k == 'pagebreak':
            L += ['', '-' * 60, '']
        elif k == 'twocol':
            for lab, items in b[1]:
                L.append(f"{lab}:")
                for it in items:
                    L += ['    ' + x for x in flat_lines(it, True)]
                L.append('')
        elif k == 'domaintable':
            for row in b[2]:
                L.append(f"* {row[0]}")
                for h, v in zip(b[1][1:], row[1:]):
                    L.append(f"    {h}: {v}")
        elif k == 'table' or k == 'sig':
            L += ['  ' + x for x in flat_lines(b, True)]
        else:
            L += flat_lines(b, True)
    text = '\n'.join(L)
    text = TOK.sub('', text)
    if footer:
        text += '\n\n' + footer.replace('{page}', '1').replace('{pages}', '1') + '\n'
    Path(path).write_text(text + '\n', encoding='utf-8')


# ---------- DOCX ----------
from docx import Document
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.enum.text import WD_BREAK

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def d_rich(par, text, bold=False, italic=False):
    for part in split_tokens(text):
        if part[0] == 't':
            run = par.add_run(part[1]); run.bold = bold; run.italic = italic
        else:
            h = {'SIG': 1.2, 'INI': 0.8, 'HX': 0.5}[part[1]]
            par.add_run().add_picture(mark_png(part[1], part[2]), height=Cm(h))


def d_ccbox(par, checked, label):
    ch = '☒' if checked else '☐'
    xml = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))
    par.add_run(' ' + label)


def d_cc(par, text):
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr>'
           f'<w:color w:val="808080"/></w:rPr><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def d_table(cont, header, rows, widths=None):
    t = cont.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    for i, h in enumerate(header):
        p = t.rows[0].cells[i].paragraphs[0]; d_rich(p, h, bold=True)
    for r_, row in enumerate(rows):
        for i, v in enumerate(row):
            d_rich(t.rows[r_ + 1].cells[i].paragraphs[0], v)
    return t


def d_item(cont, it, first=None):
    k = it[0]
    par = lambda: first.pop() if first else cont.add_paragraph()
    if k == 'p':
        d_rich(par(), it[1])
    elif k == 'bullets':
        for b in it[1]:
            d_rich(par(), '• ' + b)
    elif k == 'domains':
        for d, t in it[1]:
            p = par(); d_rich(p, d + ': ', bold=True); d_rich(p, t)
    elif k == 'kv':
        if isinstance(cont, Document().__class__):
            t = cont.add_table(rows=len(it[1]), cols=2); t.style = 'Table Grid'
            for i, (a, b) in enumerate(it[1]):
                d_rich(t.rows[i].cells[0].paragraphs[0], a, bold=True); d_rich(t.rows[i].cells[1].paragraphs[0], b)
        else:
            for a, b in it[1]:
                p = par(); d_rich(p, a + ': ', bold=True); d_rich(p, b)
    elif k == 'checks':
        for b, l in it[1]:
            d_rich(par(), ('☒ ' if b else '☐ ') + l)
    elif k == 'ccbox':
        for b, l in it[1]:
            d_ccbox(par(), b, l)
    elif k == 'cc':
        d_cc(par(), it[1])
    elif k in ('table', 'sig'):
        d_table(cont, it[1], it[2])
        if k == 'sig' and not isinstance(cont, Document().__class__):
            pass
    else:
        raise ValueError(k)


def add_page_field(par, instr):
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def render_docx(blocks, path, footer=None, paraaf=None, font='Calibri', size=10.5):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
    for b in blocks:
        k = b[0]
        if k == 'title':
            doc.add_heading(b[1], 0)
        elif k == 'sub':
            p = doc.add_paragraph(); d_rich(p, b[1], italic=True)
        elif k == 'h':
            doc.add_heading(b[2], min(b[1], 3))
        elif k == 'pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'twocol':
            t = doc.add_table(rows=len(b[1]), cols=2); t.style = 'Table Grid'
            for i, (lab, items) in enumerate(b[1]):
                d_rich(t.rows[i].cells[0].paragraphs[0], lab, bold=True)
                cell = t.rows[i].cells[1]
                first = [cell.paragraphs[0]]
                for it in items:
                    d_item(cell, it, first)
                t.rows[i].cells[0].width = Cm(4.5); cell.width = Cm(12)
        elif k == 'domaintable':
            d_table(doc, b[1], b[2])
        else:
            d_item(doc, b)
    if footer or paraaf:
        fp = sec.footer.paragraphs[0]
        if footer:
            pre, _, rest = footer.partition('{page}')
            mid, _, post = rest.partition('{pages}')
            fp.add_run(pre); add_page_field(fp, 'PAGE'); fp.add_run(mid); add_page_field(fp, 'NUMPAGES'); fp.add_run(post)
        if paraaf:
            d_rich(fp, '   ' + paraaf)
    doc.save(path)


# ---------- reportlab PDF ----------
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import ImageReader

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DSB', FD + 'DejaVuSerif-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
registerFontFamily('DS', normal='DS', bold='DSB', italic='DS', boldItalic='DSB')


def esc(s):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    def img(m):
        h = {'SIG': 30, 'INI': 18, 'HX': 12}[m.group(1)]
        w = {'SIG': 100, 'INI': 33, 'HX': 12}[m.group(1)]
        return f'<img src="{mark_png(m.group(1), int(m.group(2)))}" width="{w}" height="{h}" valign="middle"/>'
    return TOK.sub(img, s)


def rl_styles(serif=False, base=9.5):
    f, fb = ('DS', 'DSB') if serif else ('DV', 'DVB')
    return {'n': ParagraphStyle('n', fontName=f, fontSize=base, leading=base * 1.35, spaceAfter=3),
            'cell': ParagraphStyle('c', fontName=f, fontSize=base - 1, leading=(base - 1) * 1.3),
            'cellb': ParagraphStyle('cb', fontName=fb, fontSize=base - 1, leading=(base - 1) * 1.3),
            'title': ParagraphStyle('t', fontName=fb, fontSize=17, leading=21, spaceAfter=4),
            'sub': ParagraphStyle('s', fontName=f, fontSize=base, leading=base * 1.3, textColor=colors.HexColor('#555555'), spaceAfter=8),
            1: ParagraphStyle('h1', fontName=fb, fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor('#1f3f6e')),
            2: ParagraphStyle('h2', fontName=fb, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
            3: ParagraphStyle('h3', fontName=fb, fontSize=base, leading=base * 1.3, spaceBefore=5, spaceAfter=1)}


def rl_item(it, S, incell=False):
    k = it[0]
    st = S['cell'] if incell else S['n']
    if k in ('table', 'sig'):
        hdr = [Paragraph(esc(h), S['cellb']) for h in it[1]]
        rows = [[Paragraph(esc(v), S['cell']) for v in r] for r in it[2]]
        n = len(it[1])
        total = (11.5 if incell else 16.5) * cm
        if k == 'sig':
            w = [total * x for x in (0.24, 0.3, 0.17, 0.29)]
        else:
            w = [total / n] * n
        t = Table([hdr] + rows, colWidths=w, repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8eef6')),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('MINROWHEIGHT', (0, 1), (-1, -1), 24 if k == 'sig' else 0)]))
        return [t]
    if k == 'kv' and not incell:
        t = Table([[Paragraph(esc(a), S['cellb']), Paragraph(esc(b), S['cell'])] for a, b in it[1]], colWidths=[5.5 * cm, 11 * cm])
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        return [t]
    if k == 'cc':
        return [Paragraph(f'<font color="#888888">{esc(it[1])}</font>', st)]
    return [Paragraph(esc(x), st) for x in flat_lines(it)]


def make_canvas(footer, paraaf, font='DV'):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont(font, 7.5); self.setFillColor(colors.HexColor('#444444'))
                if footer:
                    self.drawString(2 * cm, 1.2 * cm, footer.replace('{page}', str(self._pageNumber)).replace('{pages}', str(n)))
                if paraaf:
                    m = TOK.search(paraaf)
                    self.drawString(14.2 * cm, 1.9 * cm, 'Paraaf ouder(s):')
                    if m:
                        self.drawImage(mark_png(m.group(1), int(m.group(2))), 16.6 * cm, 1.6 * cm, width=1.6 * cm, height=0.9 * cm)
                    else:
                        self.line(16.6 * cm, 1.85 * cm, 18.6 * cm, 1.85 * cm)
                super().showPage()
            super().save()
    return NC


def render_pdf(blocks, path, footer=None, paraaf=None, serif=False, base=9.5):
    S = rl_styles(serif, base)
    story = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            story.append(Paragraph(esc(b[1]), S['title']))
        elif k == 'sub':
            story.append(Paragraph(esc(b[1]), S['sub']))
        elif k == 'h':
            story.append(Paragraph(esc(b[2]), S[min(b[1], 3)]))
        elif k == 'pagebreak':
            story.append(PageBreak())
        elif k == 'twocol':
            data = []
            for lab, items in b[1]:
                cell = []
                for it in items:
                    cell += rl_item(it, S, incell=True)
                data.append([Paragraph(esc(lab), S['cellb']), cell or ''])
            t = Table(data, colWidths=[4.5 * cm, 12 * cm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f1f1f1'))]))
            story.append(t)
        elif k == 'domaintable':
            story += rl_item(('table', b[1], b[2]), S)
        else:
            story += rl_item(b, S)
        if k in ('table', 'sig', 'kv', 'domaintable'):
            story.append(Spacer(1, 5))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2.6 * cm,
                            title='', author='', creator='', producer='')
    doc.build(story, canvasmaker=make_canvas(footer, paraaf))


# ---------- fillable form ----------
def render_form(blocks, path, footer=None):
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.lib.colors import black, white, HexColor
    c = Canvas(str(path), pagesize=A4)
    c.setTitle('')
    W, H = A4
    y = [H - 2 * cm]
    fn = [0]
    form = c.acroForm

    def need(h):
        if y[0] - h < 2.2 * cm:
            if footer:
                c.setFont('DV', 7); c.drawString(2 * cm, 1.2 * cm, footer.replace('{page}', str(c.getPageNumber())).replace(' van {pages}', ''))
            c.showPage(); y[0] = H - 2 * cm

    def wrap(text, width, font='DV', size=8.5):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(text, font, size, width)

    def lat(v):
        v = v.replace('≥', '>=').replace('…', '...').replace('–', '-').replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'")
        return v.encode('latin-1', 'replace').decode('latin-1')

    def field(value, h=None, width=16.5 * cm, x=2 * cm):
        value = lat(value)
        lines = wrap(value or ' ', width - 8, 'Helvetica', 8) if value else ['']
        h = h or max(16, 10 * len(lines) + 8)
        if len(lines) > 1:
            value = '\n'.join(lines)
        need(h + 4)
        fn[0] += 1
        form.textfield(name=f'f{fn[0]}', value=value, x=x, y=y[0] - h, width=width, height=h, fontName='Helvetica', fontSize=8,
                       borderColor=HexColor('#777777'), fillColor=HexColor('#eef3fb'), textColor=black, forceBorder=True,
                       fieldFlags='multiline' if len(lines) > 1 else '', borderWidth=0.6)
        y[0] -= h + 5

    def label(text, font='DVB', size=9, gap=13):
        for ln in wrap(text, 16.5 * cm, font, size):
            need(gap); c.setFont(font, size); c.drawString(2 * cm, y[0] - size, ln); y[0] -= gap

    for b in blocks:
        k = b[0]
        if k == 'title':
            label(b[1], 'DVB', 15, 20)
        elif k == 'sub':
            label(b[1], 'DV', 9, 14)
        elif k == 'h':
            y[0] -= 4; label(b[2], 'DVB', 10 if b[1] < 3 else 9, 14)
        elif k == 'p':
            field(b[1].replace('\n', ' '))
        elif k == 'kv':
            for a, v in b[1]:
                need(18); c.setFont('DV', 8.5); c.drawString(2 * cm, y[0] - 12, a)
                field(v, 15, 11 * cm, 7.5 * cm); y[0] += 1
        elif k in ('checks', 'ccbox'):
            for val, lab in b[1]:
                need(16); fn[0] += 1
                form.checkbox(name=f'cb{fn[0]}', x=2 * cm, y=y[0] - 13, size=11, checked=val, buttonStyle='cross', borderWidth=0.8)
                c.setFont('DV', 8.5); c.drawString(2 * cm + 16, y[0] - 11, lab); y[0] -= 16
        elif k in ('table', 'sig'):
            n = len(b[1]); cw = 16.5 * cm / n
            need(14); c.setFont('DVB', 8)
            for i, h in enumerate(b[1]):
                c.drawString(2 * cm + i * cw, y[0] - 10, h)
            y[0] -= 14
            for row in b[2]:
                hrow = 30 if k == 'sig' else 16
                need(hrow + 3)
                for i, v in enumerate(row):
                    m = TOK.search(v)
                    if m:
                        c.drawImage(mark_png(m.group(1), int(m.group(2))), 2 * cm + i * cw, y[0] - hrow, width=3 * cm, height=hrow - 2)
                    else:
                        fn[0] += 1
                        form.textfield(name=f't{fn[0]}', value=lat(v), x=2 * cm + i * cw, y=y[0] - hrow + 4, width=cw - 6, height=hrow - 6,
                                       fontName='Helvetica', fontSize=7.5, borderColor=HexColor('#777777'), fillColor=HexColor('#eef3fb'),
                                       forceBorder=True, borderWidth=0.6)
                y[0] -= hrow + 2
        elif k == 'domains':
            for d_, t in b[1]:
                field(f"{d_}: {t}")
        elif k == 'bullets':
            field('; '.join(b[1]))
        elif k == 'cc':
            field('')
        elif k == 'pagebreak':
            y[0] = 0; need(100)
    if footer:
        c.setFont('DV', 7); c.drawString(2 * cm, 1.2 * cm, footer.replace('{page}', str(c.getPageNumber())).replace(' van {pages}', ''))
    c.save()


# ---------- scans ----------
def make_scan(src_pdf, out_pdf, seed, dpi=110):
    tmp = BUILD / f"scan_{seed}"
    tmp.mkdir(parents=True, exist_ok=True)
    for f in tmp.glob('*'):
        f.unlink()
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', str(src_pdf), str(tmp / 'p')], check=True)
    rs = np.random.RandomState(seed)
    pages = []
    for f in sorted(tmp.glob('p*.png')):
        im = Image.open(f).convert('L')
        ang = rs.uniform(-1.2, 1.2)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rs.normal(0, 9, a.shape)
        # speckles
        sp = rs.random_sample(a.shape) < 0.0008
        a[sp] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, 'L').filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im)
    import datetime
    import time
    fixed = time.strptime('2026-12-06 09:00', '%Y-%m-%d %H:%M')
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi, creationDate=fixed, modDate=fixed, producer='Scanner')
