"""Renderers for the block lists the layouts produce.

Block vocabulary (tuples):
  ('title', text) ('sub', text) ('h', text) ('p', text) ('i', text) ('hand', text)
  ('ticks', [(checked, label), ...])
  ('kv', [(label, value), ...])        value: str, or ('hand', str)
  ('table', header_list, rows)         rows: list of lists of str
  ('sign', [dict(role, name, sig, date), ...])  sig: 'hand' | 'typed' | 'image' | 'none'
  ('lines', n) ('stamp', line1, line2) ('pagebreak',) ('image', path, width_cm) ('space',)
Everything is deterministic: random choices come from a seeded random.Random passed in.
"""
import io, os, math, random, datetime, zipfile, re
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = '/usr/share/fonts/truetype/dejavu/'
LIB = '/usr/share/fonts/truetype/liberation/'
HANDFONTS = {
    'caveat': os.path.join(HERE, 'fonts', 'caveat-latin-400-normal.woff'),
    'kalam': os.path.join(HERE, 'fonts', 'kalam-latin-400-normal.woff'),
    'reenie': os.path.join(HERE, 'fonts', 'reenie-beanie-latin-400-normal.woff'),
    'apple': os.path.join(HERE, 'fonts', 'homemade-apple-latin-400-normal.woff'),
}
FIXED_DT = datetime.datetime(2026, 12, 7, 9, 0, 0)


def ticktext(checked):
    return '\u2612' if checked else '\u2610'


def item_text(v):
    if isinstance(v, tuple) and v and v[0] == 'hand':
        return v[1]
    if isinstance(v, (list, tuple)):
        return '\n'.join(item_text(x) for x in v)
    return v

# ---------------------------------------------------------------- TXT

def to_txt(blocks, path, width=88, footer=None):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            out += [b[1].upper(), '=' * min(width, len(b[1]))]
        elif k == 'sub':
            out.append(b[1])
        elif k == 'h':
            out += ['', b[1], '-' * min(width, len(b[1]))]
        elif k in ('p', 'i', 'hand'):
            for para in b[1].split('\n'):
                out += textwrap.wrap(para, width) or ['']
        elif k == 'ticks':
            out += ['[%s] %s' % ('x' if c else ' ', l) for c, l in b[1]]
        elif k == 'kv':
            for l, v in b[1]:
                v = item_text(v)
                lines = v.split('\n') if v else ['']
                out.append('%-30s %s' % (l + ':', lines[0]))
                out += [' ' * 31 + x for x in lines[1:]]
        elif k == 'table':
            out.append(' | '.join(b[1]))
            out.append('-' * width)
            for r in b[2]:
                out.append(' | '.join(item_text(x).replace('\n', ' / ') for x in r))
        elif k == 'sign':
            for s in b[1]:
                sig = {'hand': '(handtekening)', 'typed': s['name'], 'image': '(handtekening)', 'none': '______________'}[s['sig']]
                out.append('%s: %s   handtekening: %s   datum: %s' % (s['role'], s['name'] if s['sig'] != 'typed' else '', sig, s['date'] or '__________'))
        elif k == 'lines':
            out += ['_' * 60] * b[1]
        elif k == 'pagebreak':
            if footer:
                out += ['', footer]
            out.append('\f')
        elif k == 'space':
            out.append('')
    if footer:
        out += ['', footer]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')

# ---------------------------------------------------------------- DOCX

def _sdt_text(par, text, placeholder=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    if placeholder:
        ph = OxmlElement('w:showingPlcHdr')
        pr.append(ph)
    tag = OxmlElement('w:tag'); tag.set(qn('w:val'), 'veld'); pr.append(tag)
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r')
    if placeholder:
        rpr = OxmlElement('w:rPr'); col = OxmlElement('w:color'); col.set(qn('w:val'), '808080'); rpr.append(col); r.append(rpr)
    t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    content.append(r); sdt.append(content)
    par._p.append(sdt)


def _sdt_check(par, checked):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    cb = pr.makeelement('{%s}checkbox' % W14, {})
    ch = cb.makeelement('{%s}checked' % W14, {'{%s}val' % W14: '1' if checked else '0'})
    cb.append(ch)
    pr.append(cb)
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr'); f = OxmlElement('w:rFonts'); f.set(qn('w:ascii'), 'MS Gothic'); f.set(qn('w:hAnsi'), 'MS Gothic'); rpr.append(f); r.append(rpr)
    t = OxmlElement('w:t'); t.text = ticktext(checked); r.append(t)
    content.append(r); sdt.append(content)
    par._p.append(sdt)


def to_docx(blocks, path, footer=None, font='Calibri', controls=False, header=None):
    """controls=True: kv values and ticks become content controls (sdt); a value
    equal to the Word placeholder text is written as a showing-placeholder control."""
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = 'school'; cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.last_modified_by = 'school'; cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if footer:
        sec.footer.paragraphs[0].text = footer
    if header:
        sec.header.paragraphs[0].text = header
    for b in blocks:
        k = b[0]
        if k == 'title':
            doc.add_heading(b[1], level=0 if len(b[1]) < 40 else 1)
        elif k == 'sub':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(9)
        elif k == 'h':
            doc.add_heading(b[1], level=2)
        elif k in ('p', 'hand'):
            for para in b[1].split('\n'):
                doc.add_paragraph(para)
        elif k == 'i':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        elif k == 'ticks':
            for c, l in b[1]:
                p = doc.add_paragraph()
                if controls:
                    _sdt_check(p, c); p.add_run(' ' + l)
                else:
                    p.add_run(ticktext(c) + ' ' + l)
        elif k == 'kv':
            t = doc.add_table(rows=0, cols=2); t.style = 'Table Grid'
            for l, v in b[1]:
                row = t.add_row().cells
                row[0].text = l
                for par in row[0].paragraphs:
                    for r in par.runs: r.bold = True
                v = item_text(v)
                if controls:
                    par = row[1].paragraphs[0]
                    if v == 'Klik of tik om tekst in te voeren.':
                        _sdt_text(par, v, placeholder=True)
                    else:
                        _sdt_text(par, v)
                else:
                    row[1].text = v
                row[0].width = Cm(5.5); row[1].width = Cm(11)
            doc.add_paragraph()
        elif k == 'table':
            t = doc.add_table(rows=1, cols=len(b[1])); t.style = 'Table Grid'
            for i, hh in enumerate(b[1]):
                t.rows[0].cells[i].text = hh
                for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, x in enumerate(row):
                    cells[i].text = item_text(x)
            doc.add_paragraph()
        elif k == 'sign':
            t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
            for i, hh in enumerate(['Rol', 'Naam', 'Handtekening', 'Datum']):
                t.rows[0].cells[i].text = hh
            for s in b[1]:
                c = t.add_row().cells
                c[0].text = s['role']; c[1].text = s['name']; c[3].text = s['date'] or ''
                if s['sig'] == 'typed':
                    c[2].text = s.get('typed', s['name'])
                elif s['sig'] in ('image', 'hand'):
                    simg = signature_png(s['name'], s.get('seed', 1))
                    c[2].paragraphs[0].add_run().add_picture(simg, width=Cm(3.2))
                else:
                    c[2].text = ''
            doc.add_paragraph()
        elif k == 'lines':
            for _ in range(b[1]):
                doc.add_paragraph('_' * 70)
        elif k == 'pagebreak':
            doc.add_page_break()
        elif k == 'image':
            doc.add_picture(b[1], width=Cm(b[2]))
        elif k == 'space':
            doc.add_paragraph()
        elif k == 'stamp':
            pass
    doc.save(path)
    _fix_docx_zip(path)


def _fix_docx_zip(path):
    """Rewrite the zip with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 12, 7, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)

# ---------------------------------------------------------------- signatures / handwriting

def hand_font(name, size):
    return ImageFont.truetype(HANDFONTS[name], size)


def signature_png(name, seed, ink=(25, 35, 120)):
    """A signature imitated with a script font plus a flourish; returns a BytesIO PNG."""
    rng = random.Random(seed)
    img = Image.new('RGB', (520, 170), 'white')
    d = ImageDraw.Draw(img)
    f = hand_font('apple', 46)
    short = name.split()[0][0] + '. ' + name.split()[-1] if rng.random() < 0.5 else name.split()[-1]
    d.text((20, 30), short, font=f, fill=ink)
    pts = [(30 + i * 28, 130 + rng.randint(-14, 14)) for i in range(14)]
    d.line(pts, fill=ink, width=3, joint='curve')
    img = img.rotate(rng.uniform(-6, 6), fillcolor='white', resample=Image.BICUBIC)
    bio = io.BytesIO(); img.save(bio, 'PNG'); bio.seek(0)
    return bio

# ---------------------------------------------------------------- PDF direct (reportlab)

_RL = {}


def _rl_fonts():
    if _RL:
        return _RL
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont('DJ', DJ + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DJB', DJ + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DJI', DJ + 'DejaVuSans-Oblique.ttf'))
    pdfmetrics.registerFont(TTFont('SER', DJ + 'DejaVuSerif.ttf'))
    pdfmetrics.registerFont(TTFont('SERB', DJ + 'DejaVuSerif-Bold.ttf'))
    _RL['ok'] = True
    return _RL


def to_pdf(blocks, path, footer=None, serif=False, header=None, pagenum=True):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, Image as RLImage
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    base = 'SER' if serif else 'DJ'
    bold = 'SERB' if serif else 'DJB'
    S = ParagraphStyle('n', fontName=base, fontSize=9.5, leading=12.5, spaceAfter=3)
    SI = ParagraphStyle('i', parent=S, fontName='DJI', textColor=colors.grey)
    SH = ParagraphStyle('h', parent=S, fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    ST = ParagraphStyle('t', parent=S, fontName=bold, fontSize=16, leading=20, spaceAfter=6)
    SS = ParagraphStyle('s', parent=S, fontSize=8, textColor=colors.HexColor('#444444'))
    SC = ParagraphStyle('c', parent=S, fontSize=8.5, leading=11)

    def esc(t):
        return (t or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br/>')
    story = []
    for b in blocks:
        k = b[0]
        if k == 'title': story.append(Paragraph(esc(b[1]), ST))
        elif k == 'sub': story.append(Paragraph(esc(b[1]), SS))
        elif k == 'h': story.append(Paragraph(esc(b[1]), SH))
        elif k in ('p', 'hand'): story.append(Paragraph(esc(b[1]), S))
        elif k == 'i': story.append(Paragraph(esc(b[1]), SI))
        elif k == 'ticks':
            for c, l in b[1]:
                story.append(Paragraph(ticktext(c) + ' ' + esc(l), S))
        elif k == 'kv':
            data = [[Paragraph('<b>%s</b>' % esc(l), SC), Paragraph(esc(item_text(v)), SC)] for l, v in b[1]]
            t = Table(data, colWidths=[5 * cm, 11.5 * cm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eef2f7'))]))
            story += [t, Spacer(1, 6)]
        elif k == 'table':
            n = len(b[1]); w = 16.5 * cm / n
            data = [[Paragraph('<b>%s</b>' % esc(x), SC) for x in b[1]]] + [[Paragraph(esc(item_text(x)), SC) for x in r] for r in b[2]]
            t = Table(data, colWidths=[w] * n, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0'))]))
            story += [t, Spacer(1, 6)]
        elif k == 'sign':
            data = [[Paragraph('<b>%s</b>' % x, SC) for x in ('Rol', 'Naam', 'Handtekening', 'Datum')]]
            for s in b[1]:
                if s['sig'] in ('image', 'hand'):
                    sig = RLImage(signature_png(s['name'], s.get('seed', 1)), width=3.2 * cm, height=1.05 * cm)
                elif s['sig'] == 'typed':
                    sig = Paragraph(esc(s.get('typed', s['name'])), SC)
                else:
                    sig = Paragraph('', SC)
                data.append([Paragraph(esc(s['role']), SC), Paragraph(esc(s['name']), SC), sig, Paragraph(esc(s['date'] or ''), SC)])
            t = Table(data, colWidths=[4 * cm, 4.5 * cm, 4.5 * cm, 3.5 * cm], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            story += [t, Spacer(1, 6)]
        elif k == 'lines':
            for _ in range(b[1]): story.append(Paragraph('_' * 80, S))
        elif k == 'pagebreak': story.append(PageBreak())
        elif k == 'image':
            im = Image.open(b[1]); w, h = im.size
            story.append(RLImage(b[1], width=b[2] * cm, height=b[2] * cm * h / w))
        elif k == 'space': story.append(Spacer(1, 10))

    def onpage(canv, doc):
        canv.saveState(); canv.setFont('DJ', 7.5); canv.setFillColor(colors.grey)
        if footer:
            txt = footer.replace('{page}', str(doc.page))
            canv.drawString(2 * cm, 1.2 * cm, txt)
        elif pagenum:
            canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, 'pagina %d' % doc.page)
        if header:
            canv.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canv.restoreState()
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                          title='', author='', creator='', producer='')
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- paper pages (PIL)

W, H = 1240, 1754  # A4 at 150 dpi
INK = (25, 35, 120)
INK2 = (15, 15, 15)


class Paper:
    """Draws printed forms filled in by hand on A4 images."""

    def __init__(self, rng, hand='caveat', hand_size=34, typed='DejaVuSans', fax=None, stamp=None):
        self.rng = rng
        self.f = ImageFont.truetype(DJ + 'DejaVuSans.ttf', 21)
        self.fb = ImageFont.truetype(DJ + 'DejaVuSans-Bold.ttf', 23)
        self.ft = ImageFont.truetype(DJ + 'DejaVuSans-Bold.ttf', 34)
        self.fs = ImageFont.truetype(DJ + 'DejaVuSans.ttf', 16)
        self.hand = hand; self.hand_size = hand_size
        self.hf = hand_font(hand, hand_size)
        self.pages = []; self.fax = fax
        self.ink = INK if rng.random() < 0.7 else INK2
        self.new_page()

    def new_page(self):
        self.img = Image.new('RGB', (W, H), 'white'); self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img); self.y = 110; self.x0 = 120; self.x1 = W - 120

    def need(self, h):
        if self.y + h > H - 120:
            self.new_page()

    def wrap(self, text, font, width):
        lines = []
        for para in text.split('\n'):
            cur = ''
            for w in para.split(' '):
                t = (cur + ' ' + w).strip()
                if self.d.textlength(t, font=font) > width and cur:
                    lines.append(cur); cur = w
                else:
                    cur = t
            lines.append(cur)
        return lines

    def typed(self, text, font=None, gap=6, color=(0, 0, 0), x=None):
        font = font or self.f; x = x if x is not None else self.x0
        for ln in self.wrap(text, font, self.x1 - x):
            self.need(font.size + gap)
            self.d.text((x, self.y), ln, font=font, fill=color); self.y += font.size + gap

    def handtext(self, text, x=None, width=None, ruled=True):
        x = x if x is not None else self.x0 + 10
        width = width or (self.x1 - x)
        lh = int(self.hand_size * 1.35)
        for ln in self.wrap(text, self.hf, width - 20):
            self.need(lh)
            if ruled:
                self.d.line([(self.x0, self.y + lh - 6), (self.x1, self.y + lh - 6)], fill=(170, 170, 170), width=1)
            self._handline(x, self.y, ln)
            self.y += lh
        self.y += 4

    def _handline(self, x, y, ln):
        cx = x
        for w in ln.split(' '):
            dy = self.rng.randint(-2, 2)
            self.d.text((cx, y + dy), w, font=self.hf, fill=self.ink)
            cx += self.d.textlength(w + ' ', font=self.hf) + self.rng.randint(-1, 2)

    def blanklines(self, n):
        lh = int(self.hand_size * 1.35)
        for _ in range(n):
            self.need(lh)
            self.d.line([(self.x0, self.y + lh - 6), (self.x1, self.y + lh - 6)], fill=(170, 170, 170), width=1)
            self.y += lh
        self.y += 4

    def box(self, x, y, checked, mark='tick'):
        self.d.rectangle([x, y, x + 22, y + 22], outline=(0, 0, 0), width=2)
        if checked:
            r = self.rng
            if mark == 'tick':
                pts = [(x + 2 + r.randint(-2, 2), y + 10 + r.randint(-2, 2)), (x + 9, y + 22 + r.randint(-2, 3)),
                       (x + 30 + r.randint(-3, 3), y - 10 + r.randint(-3, 3))]
            else:
                pts = [(x + 1, y + 1), (x + 23, y + 23)]
                self.d.line([(x + 23, y + 1), (x + 1, y + 23)], fill=self.ink, width=4)
            self.d.line(pts, fill=self.ink, width=4, joint='curve')

    def ticks(self, opts, mark='tick'):
        for c, l in opts:
            self.need(36)
            self.box(self.x0 + 10, self.y + 2, c, mark)
            self.d.text((self.x0 + 48, self.y), l, font=self.f, fill=(0, 0, 0)); self.y += 36
        self.y += 4

    def heading(self, text):
        self.need(60); self.y += 12
        self.d.rectangle([self.x0 - 6, self.y - 4, self.x1, self.y + 30], fill=(225, 225, 225))
        self.d.text((self.x0, self.y), text, font=self.fb, fill=(0, 0, 0)); self.y += 42

    def kv(self, rows):
        for l, v in rows:
            self.need(44)
            self.d.text((self.x0, self.y + 8), l + ':', font=self.f, fill=(0, 0, 0))
            lx = self.x0 + 330
            self.d.line([(lx, self.y + 40), (self.x1, self.y + 40)], fill=(120, 120, 120), width=1)
            if isinstance(v, tuple) and v[0] == 'hand':
                self._handline(lx + 8, self.y - 2, v[1])
            elif v:
                self.d.text((lx + 8, self.y + 8), v, font=self.f, fill=(0, 0, 0))
            self.y += 48
        self.y += 6

    def sign(self, rows):
        for s in rows:
            self.need(150)
            self.d.text((self.x0, self.y), s['role'], font=self.fb, fill=(0, 0, 0)); self.y += 34
            self.d.text((self.x0, self.y + 10), 'Naam:', font=self.f, fill=(0, 0, 0))
            if s.get('name_hand', True) and s['name']:
                self._handline(self.x0 + 100, self.y - 4, s['name'])
            self.d.line([(self.x0 + 90, self.y + 42), (self.x0 + 520, self.y + 42)], fill=(120, 120, 120))
            self.d.text((self.x0 + 560, self.y + 10), 'Datum:', font=self.f, fill=(0, 0, 0))
            if s['date']:
                self._handline(self.x0 + 660, self.y - 4, s['date'])
            self.d.line([(self.x0 + 650, self.y + 42), (self.x1, self.y + 42)], fill=(120, 120, 120))
            self.y += 60
            self.d.text((self.x0, self.y + 30), 'Handtekening:', font=self.f, fill=(0, 0, 0))
            self.d.line([(self.x0 + 170, self.y + 70), (self.x0 + 620, self.y + 70)], fill=(120, 120, 120))
            if s['sig'] in ('hand', 'image'):
                simg = Image.open(signature_png(s['name'], s.get('seed', 1), ink=self.ink)).convert('L')
                simg = simg.resize((330, 108))
                mask = ImageOps.invert(simg).point(lambda p: 255 if p > 60 else 0)
                self.img.paste(Image.new('RGB', simg.size, self.ink), (self.x0 + 200, self.y - 20), mask)
            elif s['sig'] == 'typed':
                self.d.text((self.x0 + 200, self.y + 40), s.get('typed', s['name']), font=self.f, fill=(0, 0, 0))
            self.y += 100

    def stamp(self, l1, l2, color=(160, 30, 40)):
        st = Image.new('RGBA', (470, 150), (0, 0, 0, 0)); d = ImageDraw.Draw(st)
        d.rounded_rectangle([4, 4, 465, 145], radius=18, outline=color + (210,), width=5)
        f1 = ImageFont.truetype(DJ + 'DejaVuSans-Bold.ttf', 30 if len(l1) <= 22 else int(30 * 22 / len(l1))); f2 = ImageFont.truetype(DJ + 'DejaVuSans.ttf', 21)
        d.text((235, 52), l1, font=f1, fill=color + (210,), anchor='mm'); d.text((235, 104), l2, font=f2, fill=color + (200,), anchor='mm')
        st = st.rotate(self.rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
        # patchy ink
        a = np.array(st); noise = np.random.RandomState(self.rng.randint(0, 9999)).rand(*a.shape[:2])
        a[..., 3] = (a[..., 3] * (noise > 0.25)).astype(np.uint8); st = Image.fromarray(a)
        self.need(150)
        self.img.paste(st, (self.x1 - st.size[0] - 10, self.y - 40), st)
        self.y += 110

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == 'title':
                self.typed(b[1], self.ft, gap=10)
            elif k == 'sub':
                self.typed(b[1], self.fs, gap=4, color=(60, 60, 60))
            elif k == 'h':
                self.heading(b[1])
            elif k == 'p':
                self.typed(b[1])
            elif k == 'i':
                self.typed(b[1], self.fs, color=(90, 90, 90))
            elif k == 'hand':
                self.handtext(b[1])
            elif k == 'ticks':
                self.ticks(b[1], b[2] if len(b) > 2 else 'tick')
            elif k == 'kv':
                self.kv(b[1])
            elif k == 'table':
                self.typed(' | '.join(b[1]), self.fb)
                for r in b[2]:
                    self.typed(' | '.join(item_text(x) for x in r))
            elif k == 'sign':
                self.sign(b[1])
            elif k == 'lines':
                self.blanklines(b[1])
            elif k == 'stamp':
                self.stamp(b[1], b[2])
            elif k == 'pagebreak':
                self.new_page()
            elif k == 'space':
                self.y += 20
        return self.pages


def scan_effects(img, rng, skew=1.0, faint=0.0, noise=8, blur=0.5, dpi=150, fax=None, pageno=1, npages=1, gray=True):
    """img: RGB page. Returns a degraded page as L or RGB image."""
    if fax:
        d = ImageDraw.Draw(img)
        fm = ImageFont.truetype(DJ + 'DejaVuSansMono.ttf', 17)
        d.text((40, 22), fax % {'p': pageno, 'n': npages}, font=fm, fill=(0, 0, 0))
    im = img.convert('L') if gray else img
    if fax:
        # fax: 1-bit, coarse vertical resolution
        im = im.resize((W // 2 * 2 // 2, H // 2)).resize((W, H), Image.NEAREST)
        a = np.array(im).astype(np.float32)
        a += np.random.RandomState(rng.randint(0, 99999)).normal(0, 30, a.shape)
        im = Image.fromarray(((a > 150) * 255).astype(np.uint8))
    if faint:
        a = np.array(im).astype(np.float32)
        a = 255 - (255 - a) * (1 - faint)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8) if gray else np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-skew, skew)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=245 if gray else (245, 245, 245), expand=False)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        a = np.array(im).astype(np.float32)
        rs = np.random.RandomState(rng.randint(0, 99999))
        a += rs.normal(0, noise, a.shape)
        specks = rs.rand(*a.shape[:2]) < 0.0008
        if a.ndim == 3:
            a[specks] = 40
        else:
            a[specks] = 40
        # grey scanner edge
        a[:, :6] = a[:, :6] * 0.6
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if dpi != 150:
        im = im.resize((int(W * dpi / 150), int(H * dpi / 150)), Image.BILINEAR)
    return im


def pages_to_pdf(pages, path, dpi=150, quality=60):
    """Image-only PDF, one JPEG page per image."""
    ims = []
    for p in pages:
        bio = io.BytesIO(); p.convert('L' if p.mode == 'L' else 'RGB').save(bio, 'JPEG', quality=quality); bio.seek(0)
        ims.append(Image.open(bio))
    ims[0].save(path, 'PDF', save_all=True, append_images=ims[1:], resolution=dpi,
                creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer='ScanStation', title='scan')


def photo_effect(page, rng):
    """A phone photo of a paper page on a table: perspective, shadow, warm light."""
    bgw, bgh = 1500, 2000
    rs = np.random.RandomState(rng.randint(0, 9999))
    base = np.zeros((bgh, bgw, 3), np.float32)
    base[:] = (120, 92, 64)
    base += rs.normal(0, 10, (bgh, bgw, 1))
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))
    pg = page.convert('RGB').resize((1100, 1556))
    j = lambda: rng.randint(-45, 45)
    quad = [(200 + j(), 210 + j()), (1300 + j(), 190 + j()), (1320 + j(), 1790 + j()), (170 + j(), 1770 + j())]
    # find coefficients mapping output quad -> page rect
    def coeffs(pa, pb):
        m = []
        for p1, p2 in zip(pa, pb):
            m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
            m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
        A = np.array(m, dtype=np.float64); B = np.array(pb, dtype=np.float64).reshape(8)
        return np.linalg.solve(A, B).tolist()
    c = coeffs(quad, [(0, 0), (1100, 0), (1100, 1556), (0, 1556)])
    warped = pg.transform((bgw, bgh), Image.PERSPECTIVE, c, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', (1100, 1556), 255).transform((bgw, bgh), Image.PERSPECTIVE, c, Image.BILINEAR, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    a = np.array(bg).astype(np.float32)
    yy, xx = np.mgrid[0:bgh, 0:bgw]
    light = 1.0 - 0.28 * (xx / bgw) * (yy / bgh) - 0.1 * (rng.random())
    a *= light[..., None]
    a[..., 0] *= 1.03; a[..., 2] *= 0.92
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return im.resize((1275, 1700))
