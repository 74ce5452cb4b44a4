# -*- coding: utf-8 -*-
"""Render IR blocks to DOCX, PDF (reportlab), fillable PDF, TXT, scan."""
import os, random, subprocess, datetime
from xml.sax.saxutils import escape
from gen_layouts import SCR

FONT = '/usr/share/fonts/truetype/dejavu/'


# ------------------------------------------------------------------ DOCX
def to_docx(blocks, meta, path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = Document()
    cp = d.core_properties
    cp.author = 'school'
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = 'school'
    st = d.styles['Normal']
    st.font.name = 'Liberation Serif' if meta.get('serif') else 'Liberation Sans'
    st.font.size = Pt(10)
    sdt = meta.get('sdt')

    def add_run(par, text):
        if text.startswith('§CC§'):
            x = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                          f'<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{escape(text[4:])}</w:t></w:r></w:sdtContent></w:sdt>')
            par._p.append(x)
        else:
            lines = text.split('\n')
            for i, l in enumerate(lines):
                r = par.add_run(l)
                if i < len(lines) - 1:
                    r.add_break()

    def add_check(par, checked, label):
        if sdt:
            x = parse_xml(f'<w:sdt {nsdecls("w")} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
                          f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                          f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
                          f'<w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
            par._p.append(x)
            par.add_run(' ' + label)
        else:
            par.add_run(('☒ ' if checked else '☐ ') + label)

    for b in blocks:
        k = b[0]
        if k == 'title':
            d.add_heading(b[1], 0)
        elif k == 'sub':
            p = d.add_paragraph()
            add_run(p, b[1])
        elif k == 'h1':
            d.add_heading(b[1], 1)
        elif k == 'h2':
            d.add_heading(b[1], 2)
        elif k == 'p':
            add_run(d.add_paragraph(), b[1])
        elif k == 'bullets':
            for t in b[1]:
                add_run(d.add_paragraph(style='List Bullet'), t)
        elif k == 'line':
            d.add_paragraph('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -')
        elif k == 'checks':
            for c, l in b[1]:
                add_check(d.add_paragraph(), c, l)
        elif k == 'kv':
            t = d.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for lab, v in b[1]:
                r = t.add_row().cells
                r[0].text = ''
                r[0].paragraphs[0].add_run(lab).bold = True
                add_run(r[1].paragraphs[0], v or '')
            d.add_paragraph()
        elif k in ('table', 'sigs'):
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = 'Table Grid'
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    add_run(cells[i].paragraphs[0], '' if v == SCR else (v or ''))
            d.add_paragraph()
        elif k == 'pb':
            d.add_page_break()
    if meta.get('footer'):
        d.sections[0].footer.paragraphs[0].text = meta['footer'].replace('{page}', '').strip(' -')
    d.save(path)


# ------------------------------------------------------------------ PDF (reportlab)
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if 'DV' in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont('DV', FONT + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', FONT + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVS', FONT + 'DejaVuSerif.ttf'))
    pdfmetrics.registerFont(TTFont('DVSB', FONT + 'DejaVuSerif-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVM', FONT + 'DejaVuSansMono.ttf'))


def to_pdf(blocks, meta, path, seed=0):
    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    serif = meta.get('serif')
    f, fb = ('DVS', 'DVSB') if serif else ('DV', 'DVB')
    if meta.get('export'):
        f, fb = 'DV', 'DVB'
    S = {'p': ParagraphStyle('p', fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4),
         'title': ParagraphStyle('t', fontName=fb, fontSize=15, leading=19, spaceAfter=6),
         'sub': ParagraphStyle('s', fontName=f, fontSize=8.5, leading=11, textColor=colors.HexColor('#444444'), spaceAfter=6),
         'h1': ParagraphStyle('h1', fontName=fb, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
         'h2': ParagraphStyle('h2', fontName=fb, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
         'cell': ParagraphStyle('c', fontName=f, fontSize=8.5, leading=11),
         'cellb': ParagraphStyle('cb', fontName=fb, fontSize=8.5, leading=11)}
    rnd = random.Random(seed)

    class Scribble(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 35 * mm, 9 * mm
            self.pts = [(rnd.uniform(0, 1), rnd.uniform(0.1, 0.9)) for _ in range(7)]

        def draw(self):
            c = self.canv
            c.setStrokeColor(colors.HexColor('#1a2a6c'))
            c.setLineWidth(0.9)
            pth = c.beginPath()
            x0 = 2
            pth.moveTo(x0, self.height * 0.4)
            for i in range(0, 6, 2):
                a, b = self.pts[i], self.pts[i + 1]
                pth.curveTo(x0 + (i + a[0]) * 14, self.height * a[1], x0 + (i + 1 + b[0]) * 14, self.height * (1 - b[1]),
                            x0 + (i + 2) * 14 + 4, self.height * rnd.uniform(0.2, 0.8))
            c.drawPath(pth)

    def P(t, s='p'):
        t = escape(t or '').replace('\n', '<br/>')
        if t.startswith('§CC§'):
            t = '<font color="#888888">' + t[4:] + '</font>'
        return Paragraph(t, S[s])

    story = []
    W = A4[0] - 40 * mm
    grid = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8eef4'))])
    for b in blocks:
        k = b[0]
        if k in ('title', 'sub', 'h1', 'h2', 'p'):
            story.append(P(b[1], k))
        elif k == 'bullets':
            for t in b[1]:
                story.append(P('• ' + t))
        elif k == 'line':
            story.append(P('- ' * 60, 'sub'))
        elif k == 'checks':
            for c, l in b[1]:
                story.append(P(('☒ ' if c else '☐ ') + l))
        elif k == 'kv':
            rows = [[P(a, 'cellb'), P(v or '', 'cell')] for a, v in b[1]]
            if rows:
                t = Table(rows, colWidths=[W * 0.3, W * 0.7])
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f2f2f2'))]))
                story += [t, Spacer(1, 5)]
        elif k in ('table', 'sigs'):
            hdr, rows = b[1], b[2]
            data = [[P(h, 'cellb') for h in hdr]]
            for r in rows:
                data.append([Scribble() if v == SCR else P(v or '', 'cell') for v in r])
            n = len(hdr)
            if k == 'sigs':
                cw = [W * 0.22, W * 0.28, W * 0.32, W * 0.18]
            elif n == 2:
                cw = [W * 0.3, W * 0.7]
            else:
                cw = [W / n] * n
            t = Table(data, colWidths=cw, rowHeights=None if k == 'table' else [None] + [13 * mm] * len(rows))
            t.setStyle(grid)
            story += [t, Spacer(1, 6)]
    footer = meta.get('footer', '')

    def onpage(c, doc):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(20 * mm, 10 * mm, footer.replace('{page}', str(doc.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title='', author='', creator='', producer='')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable PDF form
def to_form_pdf(blocks, meta, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    import textwrap
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    y = H - 20 * mm
    fid = [0]
    form = c.acroForm

    def newpage():
        nonlocal y
        c.setFont('DV', 7)
        c.drawString(20 * mm, 10 * mm, meta.get('footer', '').replace('{page}', str(c.getPageNumber())))
        c.showPage()
        y = H - 20 * mm

    def need(h):
        if y - h < 20 * mm:
            newpage()

    def field(value, x, w, h, multi=True):
        fid[0] += 1
        lat = (value or '').replace('’', "'").replace('€', 'EUR').replace('‑', '-')
        lat = lat.encode('latin-1', 'replace').decode('latin-1')
        form.textfield(name=f"veld{fid[0]}", value=lat, x=x, y=y - h, width=w, height=h, fontName='Helvetica', fontSize=8,
                       borderColor=colors.grey, fillColor=colors.HexColor('#eef3fb'), textColor=colors.black,
                       fieldFlags='multiline' if multi else '', borderWidth=0.5)

    for b in blocks:
        k = b[0]
        if k in ('title', 'h1', 'h2', 'sub', 'p'):
            size = {'title': 15, 'h1': 12, 'h2': 10.5}.get(k, 9)
            fn = 'DVB' if k in ('title', 'h1', 'h2') else 'DV'
            lines = []
            for para in b[1].split('\n'):
                lines += textwrap.wrap(para, int(170 * 9 / size / 1.0 * 0.58)) or ['']
            need(len(lines) * size * 1.3 + 4)
            c.setFont(fn, size)
            for l in lines:
                y -= size * 1.3
                c.drawString(20 * mm, y, l)
            y -= 4
        elif k == 'checks':
            for ch, l in b[1]:
                need(14)
                fid[0] += 1
                form.checkbox(name=f"vink{fid[0]}", x=22 * mm, y=y - 11, size=10, checked=ch, buttonStyle='cross',
                              borderColor=colors.black, fillColor=colors.white)
                c.setFont('DV', 9)
                c.drawString(22 * mm + 14, y - 9, l)
                y -= 15
            y -= 3
        elif k in ('kv',):
            for lab, v in b[1]:
                wl = []
                for para in (v or '').split('\n'):
                    wl += textwrap.wrap(para, 78) or ['']
                v = '\n'.join(wl) if v else ''
                nl = max(1, len(wl))
                h = max(14, nl * 9.6 + 5)
                need(h + 4)
                c.setFont('DVB', 8.5)
                for i, l in enumerate(textwrap.wrap(lab, 28)):
                    c.drawString(20 * mm, y - 10 - i * 10, l)
                field(v, 68 * mm, 122 * mm, h, multi=True)
                y -= h + 4
        elif k in ('sigs', 'table'):
            hdr, rows = b[1], b[2]
            need(14 + 22 * len(rows))
            c.setFont('DVB', 8.5)
            xs = [20 * mm, 58 * mm, 100 * mm, 150 * mm]
            for i, h_ in enumerate(hdr[:4]):
                c.drawString(xs[i], y - 10, h_)
            y -= 14
            for r in rows:
                c.setFont('DV', 8.5)
                c.drawString(xs[0], y - 12, r[0])
                for i in (1, 2, 3):
                    field('' if r[i] == SCR else r[i], xs[i], (xs[i + 1] if i < 3 else 190 * mm) - xs[i] - 3, 16, multi=False)
                y -= 22
        elif k == 'bullets':
            for t in b[1]:
                need(12)
                c.setFont('DV', 9)
                for l in textwrap.wrap('• ' + t, 100):
                    y -= 11
                    c.drawString(20 * mm, y, l)
    c.setFont('DV', 7)
    c.drawString(20 * mm, 10 * mm, meta.get('footer', '').replace('{page}', str(c.getPageNumber())))
    c.showPage()
    c.save()


# ------------------------------------------------------------------ TXT
def to_txt(blocks, meta, path):
    out = []
    exp = meta.get('export')
    pg = [1]
    for b in blocks:
        k = b[0]
        if k == 'title':
            out += [b[1].upper() if not exp else b[1], '=' * len(b[1]), '']
        elif k == 'sub':
            out += [b[1], '']
        elif k == 'h1':
            out += ['', b[1], '-' * len(b[1])]
        elif k == 'h2':
            out += ['', b[1] if not exp else f"== {b[1]} =="]
        elif k == 'p':
            out += [b[1].replace('§CC§', ''), '']
        elif k == 'bullets':
            out += ['  * ' + t for t in b[1]] + ['']
        elif k == 'line':
            out += ['', '-' * 60 + ' knip hier ' + '-' * 10, '']
        elif k == 'checks':
            out += [('[X] ' if c else '[ ] ') + l for c, l in b[1]] + ['']
        elif k == 'kv':
            for lab, v in b[1]:
                v = (v or '').replace('§CC§', '')
                if exp:
                    out.append(f"{lab:<34}: {v.splitlines()[0] if v else ''}")
                    for extra in v.splitlines()[1:]:
                        out.append(' ' * 36 + extra)
                else:
                    out.append(f"{lab}: {v}")
            out.append('')
        elif k in ('table', 'sigs'):
            hdr, rows = b[1], b[2]
            out.append(' | '.join(hdr))
            for r in rows:
                out.append(' | '.join(('' if v == SCR else (v or '_' * 14)) if k == 'sigs' else (v or '') for v in r))
            out.append('')
    if meta.get('footer'):
        out += ['', meta['footer'].replace('{page}', '1')]
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out).rstrip() + '\n')


# ------------------------------------------------------------------ scan
def to_scan(blocks, meta, path, seed, tmp):
    from PIL import Image, ImageFilter
    import numpy as np, glob
    src = os.path.join(tmp, os.path.basename(path) + '.src.pdf')
    to_pdf(blocks, meta, src, seed)
    stem = os.path.join(tmp, os.path.basename(path) + '_pg')
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', src, stem], check=True)
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    pages = []
    for f in sorted(glob.glob(stem + '*.png')):
        im = Image.open(f).convert('L')
        im = im.rotate(rnd.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 11, a.shape)
        speck = rng.random(a.shape) < 0.0008
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert('RGB'))
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150.0)
