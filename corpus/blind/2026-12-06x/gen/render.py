# -*- coding: utf-8 -*-
import os, re, io, zipfile, random, subprocess, datetime as dt
from PIL import Image, ImageDraw, ImageFilter
import numpy as np
from layouts import WORDPH

# ------------------------------------------------------------ signature scribble
def signature_png(path, seed):
    r = random.Random(seed)
    W, H = 420, 130
    im = Image.new('RGBA', (W, H), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    ink = (20, 30, 110, 255) if r.random() < 0.7 else (10, 10, 10, 255)
    x, y = 20, H * 0.6
    pts = []
    for i in range(r.randint(5, 8)):
        # loops of a signature
        cx = x + r.uniform(25, 55); amp = r.uniform(20, 50)
        for t in np.linspace(0, 2 * np.pi, 30):
            pts.append((cx + np.cos(t) * r.uniform(10, 22) + t * 6, y - np.sin(t) * amp * 0.6 + r.uniform(-2, 2)))
        x = cx + r.uniform(5, 25)
    for a, b in zip(pts, pts[1:]):
        dr.line([a, b], fill=ink, width=3)
    dr.line([(30, H * 0.78), (x + 20, H * 0.7 + r.uniform(-8, 8))], fill=ink, width=2)
    im.save(path)
    return path

# ------------------------------------------------------------ DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.enum.text import WD_ALIGN_PARAGRAPH

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

def sdt_checkbox(checked, sid):
    g = '☒' if checked else '☐'
    return parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                     f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')

def sdt_placeholder(text, sid):
    return parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{sid}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')

class DocxR:
    def __init__(self, spec, sigdir):
        self.spec = spec; self.sdt = spec.get('sdt', False); self.sid = 1000; self.sigdir = sigdir; self.nsig = 0

    def sigfile(self):
        self.nsig += 1
        return signature_png(os.path.join(self.sigdir, f"{self.spec['id']}-sig{self.nsig}.png"), f"{self.spec['seed']}-{self.nsig}")

    def add_text(self, p, text, size=None, color=None, bold=False):
        lines = text.split('\n')
        for li, line in enumerate(lines):
            if li > 0: p.add_run().add_break()
            if self.sdt and line.strip() == WORDPH:
                self.sid += 1; p._p.append(sdt_placeholder(WORDPH, self.sid)); continue
            parts = re.split('(☐|☒)', line) if self.sdt else [line]
            for part in parts:
                if part in ('☐', '☒') and self.sdt:
                    self.sid += 1; p._p.append(sdt_checkbox(part == '☒', self.sid)); continue
                if part == '': continue
                if 'SIG' in part:
                    pre, post = part.split('SIG', 1)
                    if pre: p.add_run(pre)
                    p.add_run().add_picture(self.sigfile(), width=Cm(3.6))
                    if post: r = p.add_run(post); r.italic = True
                    continue
                r = p.add_run(part)
                if size: r.font.size = Pt(size)
                if color: r.font.color.rgb = RGBColor.from_string(color)
                if bold: r.bold = True

    def shade(self, cell, fill):
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    def render(self, doc, path):
        d = Document()
        sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
        st = d.styles['Normal']; st.font.name = doc.get('font', 'Arial'); st.font.size = Pt(9.5 if doc.get('small_body') else 10.5)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), doc.get('font', 'Arial'))
        for hs in ('Heading 1', 'Heading 2', 'Title'):
            d.styles[hs].font.name = doc.get('font', 'Arial')
        fill = self.spec.get('fill', 'D9E2F3')
        for b in doc['blocks']:
            k = b[0]
            if k == 'title': d.add_heading(b[1], level=0)
            elif k == 'subtitle': p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
            elif k == 'h1': d.add_heading(b[1], level=1)
            elif k == 'h2': d.add_heading(b[1], level=2)
            elif k == 'p': self.add_text(d.add_paragraph(), b[1])
            elif k == 'small': self.add_text(d.add_paragraph(), b[1], size=8, color='555555')
            elif k == 'bullets':
                for it in b[1]: self.add_text(d.add_paragraph(style='List Bullet'), it)
            elif k == 'pb': d.add_page_break()
            elif k == 'table':
                rows, o = b[1], b[2]
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
                widths = o.get('widths') or [1.0 / ncol] * ncol
                t.autofit = False
                for j in range(ncol): t.columns[j].width = Cm(16.5 * widths[j])
                for i, row in enumerate(rows):
                    for j in range(ncol):
                        cell = t.cell(i, j); cell.width = Cm(16.5 * widths[j])
                        txt = row[j] if j < len(row) else ''
                        hdr = (o.get('header') and i == 0) or (o.get('header_span') and i == 0)
                        self.add_text(cell.paragraphs[0], txt, bold=hdr or (o.get('shade_first') and j == 0))
                        if hdr or (o.get('shade_first') and j == 0): self.shade(cell, fill)
                    if o.get('header_span') and i == 0 and ncol == 2:
                        a = t.cell(0, 0).merge(t.cell(0, 1))
                d.add_paragraph()
        if doc.get('footer'):
            fp = sec.footer.paragraphs[0]; r = fp.add_run(doc['footer'] + ' '); r.font.size = Pt(8)
            if doc['footer'].endswith('pagina'):
                fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        cp = d.core_properties
        fixed = dt.datetime(2025, 1, 1, 9, 0, 0)
        cp.author = self.spec.get('author', 'Gebruiker'); cp.last_modified_by = cp.author; cp.created = fixed; cp.modified = fixed; cp.revision = 1
        cp.title = 'OPP' if self.spec['school_type'] != 'none' else ''
        bio = io.BytesIO(); d.save(bio)
        normalize_zip(bio.getvalue(), path)

def normalize_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))

# ------------------------------------------------------------ PDF direct
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
LS = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', LS + 'LiberationSerif-Regular.ttf')); pdfmetrics.registerFont(TTFont('LSB', LS + 'LiberationSerif-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def render_pdf(spec, doc, path, sigdir):
    body = 'DV'; size = 9 if doc.get('small_body') else 9.5
    stl = dict(
        title=ParagraphStyle('t', fontName='DVB', fontSize=16, leading=20, spaceAfter=6, textColor=colors.HexColor(spec.get('accent', '#1F3864'))),
        subtitle=ParagraphStyle('s', fontName='DVI', fontSize=10, leading=13, spaceAfter=8),
        h1=ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, textColor=colors.HexColor(spec.get('accent', '#1F3864'))),
        h2=ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3),
        p=ParagraphStyle('p', fontName=body, fontSize=size, leading=size * 1.35, spaceAfter=4),
        small=ParagraphStyle('sm', fontName=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor('#444444'), spaceAfter=4),
        cell=ParagraphStyle('c', fontName=body, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        cellb=ParagraphStyle('cb', fontName='DVB', fontSize=size - 0.5, leading=(size - 0.5) * 1.3))
    nsig = [0]
    def cellflow(txt, bold=False):
        if 'SIG' in txt:
            nsig[0] += 1
            f = signature_png(os.path.join(sigdir, f"{spec['id']}-sig{nsig[0]}.png"), f"{spec['seed']}-{nsig[0]}")
            pre, post = txt.split('SIG', 1)
            out = []
            if pre: out.append(Paragraph(esc(pre), stl['cell']))
            out.append(RLImage(f, width=3.6 * cm, height=3.6 * cm * 130 / 420))
            if post.strip(): out.append(Paragraph('<i>' + esc(post.strip()) + '</i>', stl['cell']))
            return out
        return Paragraph(esc(txt).replace('\n', '<br/>'), stl['cellb' if bold else 'cell'])
    fl = []
    accent = colors.HexColor(spec.get('fillhex', '#D9E2F3'))
    for b in doc['blocks']:
        k = b[0]
        if k in ('title', 'subtitle', 'h1', 'h2', 'p', 'small'):
            fl.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), stl[k]))
        elif k == 'bullets':
            for it in b[1]: fl.append(Paragraph(esc(it), stl['p'], bulletText='•'))
        elif k == 'pb': fl.append(PageBreak())
        elif k == 'table':
            rows, o = b[1], b[2]; ncol = max(len(r) for r in rows)
            widths = [w * 16.8 * cm for w in (o.get('widths') or [1.0 / ncol] * ncol)]
            data = []
            for i, row in enumerate(rows):
                hdr = (o.get('header') or o.get('header_span')) and i == 0
                data.append([cellflow(row[j] if j < len(row) else '', bold=hdr or (o.get('shade_first') and j == 0)) for j in range(ncol)])
            t = Table(data, colWidths=widths, repeatRows=1 if o.get('header') else 0)
            ts = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if o.get('header') or o.get('header_span'): ts.append(('BACKGROUND', (0, 0), (-1, 0), accent))
            if o.get('header_span') and ncol == 2: ts.append(('SPAN', (0, 0), (1, 0)))
            if o.get('shade_first'): ts.append(('BACKGROUND', (0, 0), (0, -1), accent))
            t.setStyle(TableStyle(ts)); fl.append(t); fl.append(Spacer(1, 6))
    footer = doc.get('footer')
    def onpage(canv, d_):
        if footer:
            canv.setFont('DV', 7.5)
            txt = footer + (f" {d_.page}" if footer.endswith('pagina') else '')
            canv.drawString(2 * cm, 1.2 * cm, txt)
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                           title=spec.get('pdftitle', ''), author=spec.get('author', ''), creator='', producer='')
    sd.build(fl, onFirstPage=onpage, onLaterPages=onpage)

# ------------------------------------------------------------ TXT
def render_txt(spec, doc, path):
    out = []
    for b in doc['blocks']:
        k = b[0]
        if k == 'title': out += [b[1].upper(), '=' * len(b[1]), '']
        elif k == 'subtitle': out += [b[1], '']
        elif k == 'h1': out += ['', b[1], '-' * len(b[1])]
        elif k == 'h2': out += ['', b[1]]
        elif k in ('p', 'small'): out += [b[1].replace('SIG', '[handtekening]'), '']
        elif k == 'bullets': out += ['- ' + x for x in b[1]] + ['']
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows)
            if ncol == 2 and not b[2].get('header'):
                for r_ in rows:
                    a, v = r_[0], (r_[1] if len(r_) > 1 else '')
                    v = v.replace('SIG', '/w.g./')
                    if '\n' in v: out += [f"{a}:"] + ['    ' + x for x in v.split('\n')]
                    else: out += [f"{a}: {v}".rstrip()]
            else:
                for r_ in rows: out.append(' | '.join(x.replace('\n', ' / ') for x in r_))
            out.append('')
    if doc.get('footer'): out += ['', '-- ' + doc['footer'].replace(' – pagina', '').replace(' · pagina', '')]
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')

# ------------------------------------------------------------ fillable form
from reportlab.pdfgen import canvas as rlcanvas
def render_form(spec, fields, path, title, sub):
    """fields: list of ('text', label, value, lines) | ('check', label, [(optlabel, checked)]) | ('head', text)"""
    c = rlcanvas.Canvas(path, pagesize=A4); c.setTitle(title); c.setAuthor(''); c.setCreator(''); c.setProducer('')
    form = c.acroForm
    W, H = A4; y = H - 2 * cm; n = [0]
    def newpage():
        nonlocal y
        c.showPage(); y = H - 2 * cm
    c.setFont('DVB', 15); c.drawString(2 * cm, y, title); y -= 16
    c.setFont('DV', 8.5); c.drawString(2 * cm, y, sub); y -= 20
    for f in fields:
        if f[0] == 'head':
            if y < 4 * cm: newpage()
            c.setFont('DVB', 10.5); c.drawString(2 * cm, y, f[1]); y -= 16; continue
        if f[0] == 'text':
            _, label, val, lines = f
            h = 13 * lines + 6
            if y - h < 2.5 * cm: newpage()
            c.setFont('DV', 8.5); c.drawString(2 * cm, y, label); y -= 4
            n[0] += 1
            if lines > 1 and val:
                import textwrap
                val = "\n".join(textwrap.fill(par, 118) for par in val.split("\n"))
                lines = max(lines, val.count("\n") + 1); h = 10 * lines + 6
                if y - h < 2.5 * cm: newpage(); c.setFont('DV', 8.5); c.drawString(2 * cm, y, label); y -= 4
            form.textfield(name=f"f{n[0]}", tooltip=label, x=2 * cm, y=y - h, width=17 * cm, height=h, value=val or '',
                           fontName='Helvetica', fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor('#EEF3FB'),
                           fieldFlags='multiline' if lines > 1 else '', borderWidth=0.5)
            y -= h + 12; continue
        if f[0] == 'check':
            _, label, opts = f
            if y < 4 * cm: newpage()
            c.setFont('DV', 8.5); c.drawString(2 * cm, y, label); y -= 15
            for ol, ch in opts:
                n[0] += 1
                form.checkbox(name=f"c{n[0]}", tooltip=ol, x=2.2 * cm, y=y - 3, size=10, checked=ch, buttonStyle='cross', borderWidth=0.5)
                c.setFont('DV', 8.5); c.drawString(2.8 * cm, y - 1, ol); y -= 14
            y -= 6
    c.save()

# ------------------------------------------------------------ scans
def make_scan(pdf_in, pdf_out, seed, tmpdir, dpi=100):
    r = random.Random(seed)
    base = os.path.join(tmpdir, 'pg')
    for f in os.listdir(tmpdir):
        if f.startswith('pg'): os.remove(os.path.join(tmpdir, f))
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', pdf_in, base], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith('pg'))
    ims = []
    rng = np.random.default_rng(abs(hash_seed(seed)))
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmpdir, f)).convert('L')
        ang = r.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 9, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = rng.uniform(0, 90, speck.sum())
        # grey edge from the scanner lid
        a[:, :r.randint(4, 12)] *= 0.55
        a = np.clip(a, 0, 255).astype(np.uint8)
        ims.append(Image.fromarray(a, 'L'))
    ims[0].save(pdf_out, save_all=True, append_images=ims[1:], resolution=dpi, quality=72)

def hash_seed(s):
    h = 0
    for ch in str(s): h = (h * 131 + ord(ch)) % (2 ** 31)
    return h
