"""Format writers for the blind OPP corpus (round 70, 2026-12-08r).
Every writer takes a list of abstract blocks and writes one file. Deterministic: no clock, fixed seeds."""
import os, zipfile, subprocess, shutil, random, datetime, glob
from xml.sax.saxutils import escape

FIXED_DT = datetime.datetime(2026, 12, 1, 12, 0, 0)
FIXED_ZIP = (2026, 12, 1, 12, 0, 0)
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'


def box(b):
    return '\u2612' if b else '\u2610'


def fix_zip(path):
    """Rewrite a zip container (docx/odt) with fixed timestamps, keeping entry order."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w') as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, FIXED_ZIP)
            ni.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    os.replace(tmp, path)


def squiggle_png(path, seed, w=360, h=90):
    """A handwritten-looking signature scribble (image only, no text)."""
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new('RGB', (w, h), 'white')
    d = ImageDraw.Draw(im)
    pts = []
    x = 10
    while x < w - 20:
        pts.append((x, h / 2 + r.uniform(-28, 28)))
        x += r.uniform(8, 22)
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=(20, 30, 110), width=3)
    d.line([(pts[0][0] + 5, h - 18), (pts[-1][0], h - 22 + r.uniform(-6, 6))], fill=(20, 30, 110), width=2)
    im.save(path)
    return path


# ---------------------------------------------------------------- DOCX
def write_docx(blocks, path, build, sig_style='wg', sdt_checks=False, font='Calibri'):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = 'Ondersteuningsteam'
    cp.last_modified_by = 'Ondersteuningsteam'
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def add_check(par, checked, label):
        if sdt_checks:
            xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                   '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr>'
                   '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls('w'), W14, 1 if checked else 0, box(checked))
            par._p.append(parse_xml(xml))
            par.add_run(' ' + label + '   ')
        else:
            par.add_run(box(checked) + ' ' + label + '   ')

    def add_sdt_text(par, value, placeholder, alias):
        if value:
            xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:text w:multiLine="1"/></w:sdtPr>'
                   '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
                nsdecls('w'), escape(alias, {'"': '&quot;'}), escape(alias, {'"': '&quot;'}), escape(value))
        else:
            xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
                   '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
                nsdecls('w'), escape(alias, {'"': '&quot;'}), escape(alias, {'"': '&quot;'}), escape(placeholder))
        par._p.append(parse_xml(xml))

    def fill_cell(cell, text, bold=False):
        cell.text = ''
        lines = str(text).split('\n')
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            run = p.add_run(ln)
            run.bold = bold
            run.font.size = Pt(9)

    sigcount = [0]
    for b in blocks:
        k = b[0]
        if k == 'title':
            doc.add_heading(b[1], 0)
        elif k == 'sub':
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
        elif k == 'h':
            doc.add_heading(b[2], b[1])
        elif k == 'p':
            for para in b[1].split('\n\n'):
                doc.add_paragraph(para)
        elif k == 'ul':
            for it in b[1]:
                doc.add_paragraph(it, style='List Bullet')
        elif k in ('table', 'kv'):
            if k == 'kv':
                header, rows = None, b[1]
            else:
                header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = 'Table Grid'
            if header:
                cells = t.add_row().cells
                for c, h in zip(cells, header):
                    fill_cell(c, h, bold=True)
            for row in rows:
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, row)):
                    fill_cell(c, v, bold=(k == 'kv' and j == 0))
            doc.add_paragraph()
        elif k == 'checks':
            p = doc.add_paragraph()
            for checked, label in b[1]:
                add_check(p, checked, label)
        elif k == 'sdt':
            p = doc.add_paragraph()
            r = p.add_run(b[1] + ' '); r.bold = True
            add_sdt_text(p, b[2], b[3], b[1])
        elif k == 'sig':
            t = doc.add_table(rows=1, cols=4)
            t.style = 'Table Grid'
            for c, h in zip(t.rows[0].cells, ['', 'Naam', 'Datum', 'Handtekening']):
                fill_cell(c, h, bold=True)
            for role, name, date, mark in b[1]:
                cells = t.add_row().cells
                fill_cell(cells[0], role, bold=True)
                fill_cell(cells[1], name)
                fill_cell(cells[2], date)
                if mark == 'sig':
                    if sig_style == 'img':
                        sigcount[0] += 1
                        png = squiggle_png(os.path.join(build, 'sig_%s_%d.png' % (os.path.basename(path), sigcount[0])), name + str(sigcount[0]))
                        cells[3].paragraphs[0].add_run().add_picture(png, width=Cm(3.2))
                    else:
                        fill_cell(cells[3], 'w.g. ' + name)
                else:
                    fill_cell(cells[3], mark)
            doc.add_paragraph()
        elif k == 'pb':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'footer':
            sec.footer.paragraphs[0].text = b[1]
        elif k == 'header':
            sec.header.paragraphs[0].text = b[1]
        elif k == 'small':
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------- ODT
def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    doc.meta.childNodes[:] = []
    hs = {}
    for lvl, size in ((0, '18pt'), (1, '14pt'), (2, '12pt'), (3, '11pt')):
        s = Style(name='Heading_%d' % lvl, family='paragraph', displayname='Heading %d' % max(lvl, 1))
        s.addElement(TextProperties(fontsize=size, fontweight='bold'))
        s.addElement(ParagraphProperties(margintop='0.25cm', marginbottom='0.15cm'))
        doc.styles.addElement(s)
        hs[lvl] = s
    bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
    small = Style(name='Small', family='paragraph'); small.addElement(TextProperties(fontsize='8pt', color='#555555')); doc.automaticstyles.addElement(small)
    cellst = Style(name='Cell', family='table-cell'); cellst.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.08cm')); doc.automaticstyles.addElement(cellst)
    tcount = [0]

    def table(header, rows, kv=False):
        tcount[0] += 1
        ncol = len(header) if header else len(rows[0])
        t = Table(name='Tabel%d' % tcount[0])
        for _ in range(ncol):
            t.addElement(TableColumn())
        allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
        for r, ish in allrows:
            tr = TableRow()
            for j, v in enumerate(r):
                tc = TableCell(stylename=cellst, valuetype='string')
                for ln in str(v).split('\n'):
                    p = P()
                    if ish or (kv and j == 0):
                        p.addElement(Span(stylename=bold, text=ln))
                    else:
                        p.addText(ln)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())

    footer = None
    for b in blocks:
        k = b[0]
        if k == 'title':
            doc.text.addElement(H(outlinelevel=1, stylename=hs[0], text=b[1]))
        elif k == 'sub':
            doc.text.addElement(P(text=b[1]))
        elif k == 'h':
            doc.text.addElement(H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2]))
        elif k == 'p':
            for para in b[1].split('\n\n'):
                doc.text.addElement(P(text=para))
        elif k == 'ul':
            for it in b[1]:
                doc.text.addElement(P(text='\u2022 ' + it))
        elif k == 'table':
            table(b[1], b[2])
        elif k == 'kv':
            table(None, b[1], kv=True)
        elif k == 'checks':
            doc.text.addElement(P(text='   '.join(box(c) + ' ' + l for c, l in b[1])))
        elif k == 'sdt':
            doc.text.addElement(P(text=b[1] + ' ' + (b[2] or b[3])))
        elif k == 'sig':
            table(['', 'Naam', 'Datum', 'Handtekening'],
                  [[r, n, d, ('w.g. ' + n if m == 'sig' else m)] for r, n, d, m in b[1]])
        elif k == 'footer':
            footer = b[1]
        elif k == 'small':
            doc.text.addElement(P(stylename=small, text=b[1]))
    if footer:
        doc.text.addElement(P(stylename=small, text=footer))
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------- TXT / MD
def _wrap(s, width=92, indent=''):
    import textwrap
    out = []
    for para in str(s).split('\n'):
        if not para.strip():
            out.append('')
            continue
        out.extend(textwrap.wrap(para, width, initial_indent=indent, subsequent_indent=indent) or [''])
    return out


def write_txt(blocks, path, table_style='blocks'):
    L = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == 'title':
            L += [b[1].upper(), '=' * len(b[1]), '']
        elif k == 'sub':
            L += _wrap(b[1]) + ['']
        elif k == 'h':
            t = b[2]
            L += [t, ('-' if b[1] > 1 else '=') * len(t)] if b[1] <= 2 else [t]
        elif k == 'p':
            L += _wrap(b[1]) + ['']
        elif k == 'small':
            L += _wrap(b[1]) + ['']
        elif k == 'ul':
            for it in b[1]:
                L += _wrap('- ' + it)
            L.append('')
        elif k == 'kv':
            for kk, v in b[1]:
                vl = str(v).split('\n')
                L.append('%-34s %s' % (kk + ':', vl[0]))
                for x in vl[1:]:
                    L.append(' ' * 35 + x)
            L.append('')
        elif k == 'table':
            header, rows = b[1], b[2]
            if table_style == 'pipe':
                if header:
                    L.append(' | '.join(header))
                    L.append('-+-'.join('-' * len(h) for h in header))
                for r in rows:
                    L.append(' | '.join(str(v).replace('\n', '; ') for v in r))
            else:
                for i, r in enumerate(rows):
                    for h, v in zip(header or [''] * len(r), r):
                        L += _wrap('%s: %s' % (h, str(v).replace('\n', '; ')) if h else str(v), indent='  ')
                    L.append('')
            L.append('')
        elif k == 'checks':
            L.append('   '.join('[%s] %s' % ('X' if c else ' ', l) for c, l in b[1]))
            L.append('')
        elif k == 'sdt':
            L += _wrap(b[1] + ' ' + (b[2] or b[3])) + ['']
        elif k == 'sig':
            for r, n, d, m in b[1]:
                L.append('%s: %s   Datum: %s   Handtekening: %s' % (r, n or '____________', d or '__-__-____', ('w.g. ' + n) if m == 'sig' else (m or '____________')))
            L.append('')
        elif k == 'pb':
            L.append('\f')
        elif k == 'footer':
            footer = b[1]
    if footer:
        L += ['', footer]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L).rstrip() + '\n')


def write_md(blocks, path):
    L = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == 'title':
            L += ['# ' + b[1], '']
        elif k == 'sub':
            L += ['*' + b[1] + '*', '']
        elif k == 'h':
            L += ['#' * (b[1] + 1) + ' ' + b[2], '']
        elif k in ('p', 'small'):
            L += [b[1], '']
        elif k == 'ul':
            L += ['- ' + it for it in b[1]] + ['']
        elif k in ('table', 'kv', 'sig'):
            if k == 'kv':
                header, rows = ['Onderdeel', 'Invulling'], b[1]
            elif k == 'sig':
                header = ['', 'Naam', 'Datum', 'Handtekening']
                rows = [[r, n, d, ('w.g. ' + n) if m == 'sig' else m] for r, n, d, m in b[1]]
            else:
                header, rows = b[1], b[2]
            if header is None:
                header = [''] * len(rows[0])
            L.append('| ' + ' | '.join(header) + ' |')
            L.append('|' + '|'.join('---' for _ in header) + '|')
            for r in rows:
                L.append('| ' + ' | '.join(str(v).replace('\n', '<br>') for v in r) + ' |')
            L.append('')
        elif k == 'checks':
            L += ['- [%s] %s' % ('x' if c else ' ', l) for c, l in b[1]] + ['']
        elif k == 'sdt':
            L += ['**%s** %s' % (b[1], b[2] or b[3]), '']
        elif k == 'footer':
            footer = b[1]
    if footer:
        L += ['---', footer]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L).rstrip() + '\n')


# ---------------------------------------------------------------- PDF (reportlab, made directly)
_fonts = [False]


def _reg():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', DEJAVU))
    pdfmetrics.registerFont(TTFont('DVB', DEJAVU_B))
    from reportlab.lib.fonts import addMapping
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DV'); addMapping('DV', 1, 1, 'DVB')
    _fonts[0] = True


def write_pdf(blocks, path, build, sig_style='img', serif=False):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image
    base = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=4)
    cellst = ParagraphStyle('c', parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle('cb', parent=cellst, fontName='DVB')
    hst = {0: ParagraphStyle('t', parent=base, fontName='DVB', fontSize=16, leading=20, spaceAfter=8),
           1: ParagraphStyle('h1', parent=base, fontName='DVB', fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor('#1f3a5f')),
           2: ParagraphStyle('h2', parent=base, fontName='DVB', fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
           3: ParagraphStyle('h3', parent=base, fontName='DVB', fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=2)}
    small = ParagraphStyle('s', parent=base, fontSize=7.5, textColor=colors.HexColor('#555555'))
    E = lambda s: escape(str(s)).replace('\n', '<br/>')
    story = []
    footer = [None]
    header = [None]
    W = A4[0] - 4 * cm
    sigc = [0]

    def tbl(data, head=True, kv=False, colw=None):
        rows = []
        for i, r in enumerate(data):
            rows.append([Paragraph(E(v), cellb if (head and i == 0) or (kv and j == 0) else cellst) if not hasattr(v, 'wrap') else v for j, v in enumerate(r)])
        n = len(data[0])
        if colw is None:
            colw = [W * 0.32, W * 0.68] if kv else [W / n] * n
        t = Table(rows, colWidths=colw, repeatRows=1 if head else 0)
        sty = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
        if head:
            sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0')))
        if kv:
            sty.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eeeeee')))
        t.setStyle(TableStyle(sty))
        story.append(t)
        story.append(Spacer(1, 6))

    for b in blocks:
        k = b[0]
        if k == 'title':
            story.append(Paragraph(E(b[1]), hst[0]))
        elif k == 'sub':
            story.append(Paragraph('<i>%s</i>' % E(b[1]), base))
        elif k == 'h':
            story.append(Paragraph(E(b[2]), hst[min(b[1], 3)]))
        elif k == 'p':
            for para in b[1].split('\n\n'):
                story.append(Paragraph(E(para), base))
        elif k == 'small':
            story.append(Paragraph(E(b[1]), small))
        elif k == 'ul':
            for it in b[1]:
                story.append(Paragraph('\u2022 ' + E(it), ParagraphStyle('li', parent=base, leftIndent=12, firstLineIndent=-8)))
        elif k == 'table':
            tbl(([b[1]] if b[1] else []) + [list(r) for r in b[2]], head=bool(b[1]), colw=b[3] and [W * x for x in b[3]] if len(b) > 3 else None)
        elif k == 'kv':
            tbl([list(r) for r in b[1]], head=False, kv=True)
        elif k == 'checks':
            story.append(Paragraph('&nbsp;&nbsp;&nbsp;'.join(box(c) + ' ' + E(l) for c, l in b[1]), base))
        elif k == 'sdt':
            story.append(Paragraph('<b>%s</b> %s' % (E(b[1]), E(b[2] or b[3])), base))
        elif k == 'sig':
            data = [['', 'Naam', 'Datum', 'Handtekening']]
            for r, n, d, m in b[1]:
                if m == 'sig' and sig_style == 'img':
                    sigc[0] += 1
                    png = squiggle_png(os.path.join(build, 'sig_%s_%d.png' % (os.path.basename(path), sigc[0])), n + str(sigc[0]))
                    cellv = Image(png, width=3.2 * cm, height=0.8 * cm)
                elif m == 'sig':
                    cellv = 'w.g. ' + n
                else:
                    cellv = m
                data.append([r, n, d, cellv])
            tbl(data, head=True, colw=[W * 0.3, W * 0.28, W * 0.16, W * 0.26])
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'footer':
            footer[0] = b[1]
        elif k == 'header':
            header[0] = b[1]

    def onpage(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        if footer[0]:
            c.drawString(2 * cm, 1.2 * cm, footer[0])
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, 'pagina %d' % d.page)
        if header[0]:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header[0])
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            invariant=1, title='', author='', creator='', producer='')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- PDF exported from Word/Writer
def docx_to_pdf(docx_path, pdf_path, build):
    outdir = os.path.join(build, 'soffice_out')
    os.makedirs(outdir, exist_ok=True)
    prof = 'file://' + os.path.join(build, 'lo_profile')
    subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
    shutil.move(produced, pdf_path)


# ---------------------------------------------------------------- Fillable PDF form (AcroForm)
_MAP = {'\u2022': '-', '\u2013': '-', '\u2014': '-', '\u2610': '[ ]', '\u2612': '[X]', '\u0131': 'i', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"'}


def _san(s):
    if not isinstance(s, str):
        return s
    s = ''.join(_MAP.get(ch, ch) for ch in s)
    return s.encode('latin-1', 'replace').decode('latin-1')


def _san_block(b):
    def rec(x):
        if isinstance(x, str):
            return _san(x)
        if isinstance(x, (list, tuple)):
            return type(x)(rec(y) for y in x)
        return x
    return rec(b)


def write_form(blocks, path, title_font='Helvetica-Bold'):
    """Blocks are drawn as a form: labels printed, answers in AcroForm text fields / check boxes."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.units import cm
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('')
    blocks = [_san_block(b) for b in blocks]
    W, H = A4
    X0, X1 = 2 * cm, W - 2 * cm
    y = [H - 2 * cm]
    fid = [0]
    footer = [None]

    def newpage():
        if footer[0]:
            c.setFont('Helvetica', 7); c.drawString(X0, 1.2 * cm, footer[0])
        c.showPage()
        y[0] = H - 2 * cm

    def need(h):
        if y[0] - h < 2 * cm:
            newpage()

    def text(s, font='Helvetica', size=9, indent=0):
        for ln in simpleSplit(s, font, size, X1 - X0 - indent):
            need(size + 3)
            c.setFont(font, size)
            c.drawString(X0 + indent, y[0] - size, ln)
            y[0] -= size + 3

    def field(x, w, value, minlines=1, label=''):
        lines = []
        for para in str(value).split('\n'):
            lines += simpleSplit(para, 'Helvetica', 8.5, w - 6) or ['']
        n = max(minlines, len(lines))
        h = n * 10.5 + 6
        fid[0] += 1
        return h, dict(name='f%03d_%s' % (fid[0], ''.join(ch for ch in label if ch.isalnum())[:24]), tooltip=label or 'veld',
                       x=x, width=w, height=h, value='\n'.join(lines) if value else '', fontName='Helvetica', fontSize=8.5,
                       fieldFlags='multiline' if n > 1 else '', borderWidth=0.6, borderColor=None, fillColor=None, textColor=None, forceBorder=True)

    def put(fd, ytop):
        fd = dict(fd)
        fd['y'] = ytop - fd['height']
        for kk in ('borderColor', 'fillColor', 'textColor'):
            fd.pop(kk)
        c.acroForm.textfield(**fd)

    for b in blocks:
        k = b[0]
        if k == 'title':
            text(b[1], title_font, 15); y[0] -= 6
        elif k == 'sub':
            text(b[1], 'Helvetica-Oblique', 8.5); y[0] -= 4
        elif k == 'h':
            y[0] -= 6; text(b[2], 'Helvetica-Bold', 11 if b[1] <= 1 else 10); y[0] -= 2
        elif k in ('p', 'small'):
            text(b[1], 'Helvetica', 8.5 if k == 'p' else 7.5); y[0] -= 3
        elif k == 'ul':
            for it in b[1]:
                text('- ' + it, indent=8)
        elif k == 'kv':
            for kk, v in b[1]:
                h, fd = field(X0 + 5.2 * cm, X1 - X0 - 5.2 * cm, v, minlines=1 if len(str(v)) < 60 else 3, label=kk)
                need(h + 4)
                c.setFont('Helvetica-Bold', 8.5)
                for i, ln in enumerate(simpleSplit(kk, 'Helvetica-Bold', 8.5, 5 * cm)):
                    c.drawString(X0, y[0] - 10 - i * 10, ln)
                put(fd, y[0]); y[0] -= h + 4
        elif k == 'table':
            header, rows = b[1], b[2]
            n = len(header)
            cw = (X1 - X0) / n
            need(14)
            c.setFont('Helvetica-Bold', 8.5)
            for j, hd in enumerate(header):
                c.drawString(X0 + j * cw + 2, y[0] - 10, hd)
            y[0] -= 14
            for r in rows:
                fds = [field(X0 + j * cw, cw - 2, v, minlines=2, label=header[j]) for j, v in enumerate(r)]
                h = max(x[0] for x in fds)
                need(h + 3)
                for hh, fd in fds:
                    fd['height'] = h
                    put(fd, y[0])
                y[0] -= h + 3
            y[0] -= 4
        elif k == 'checks':
            x = X0
            need(16)
            for checked, label in b[1]:
                fid[0] += 1
                w = c.stringWidth(label, 'Helvetica', 8.5) + 26
                if x + w > X1:
                    x = X0; y[0] -= 15; need(16)
                c.acroForm.checkbox(name='cb%03d' % fid[0], tooltip=label, x=x, y=y[0] - 12, size=11, checked=bool(checked), buttonStyle='cross', borderWidth=0.6)
                c.setFont('Helvetica', 8.5)
                c.drawString(x + 15, y[0] - 10, label)
                x += w
            y[0] -= 18
        elif k == 'sdt':
            h, fd = field(X0 + 5.2 * cm, X1 - X0 - 5.2 * cm, b[2] or '', minlines=2, label=b[1])
            need(h + 4); c.setFont('Helvetica-Bold', 8.5); c.drawString(X0, y[0] - 10, b[1]); put(fd, y[0]); y[0] -= h + 4
        elif k == 'sig':
            cw = (X1 - X0) / 4
            need(14)
            c.setFont('Helvetica-Bold', 8.5)
            for j, hd in enumerate(['', 'Naam', 'Datum', 'Handtekening']):
                c.drawString(X0 + j * cw + 2, y[0] - 10, hd)
            y[0] -= 14
            for r, n, d, m in b[1]:
                need(22)
                c.setFont('Helvetica-Bold', 8.5); c.drawString(X0, y[0] - 11, r)
                for j, v in enumerate([n, d, ('%s (digitaal ondertekend)' % n) if m == 'sig' else m]):
                    h, fd = field(X0 + (j + 1) * cw, cw - 3, v, label='%s %s' % (r, ['naam', 'datum', 'handtekening'][j]))
                    fd['height'] = 17
                    put(fd, y[0])
                y[0] -= 21
            y[0] -= 4
        elif k == 'pb':
            newpage()
        elif k == 'footer':
            footer[0] = b[1]
    if footer[0]:
        c.setFont('Helvetica', 7); c.drawString(X0, 1.2 * cm, footer[0])
    c.save()


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, build, seed, dpi=110):
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    tmpd = os.path.join(build, 'scan_%d' % seed)
    shutil.rmtree(tmpd, ignore_errors=True)
    os.makedirs(tmpd)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', src_pdf, os.path.join(tmpd, 'p')], check=True)
    pages = []
    for f in sorted(glob.glob(os.path.join(tmpd, 'p*.png'))):
        im = Image.open(f).convert('L')
        im = im.rotate(r.uniform(-1.8, 1.8), resample=Image.BICUBIC, fillcolor=250, expand=False)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 11, a.shape)
        specks = rng.random(a.shape) < 0.0015
        a[specks] = rng.uniform(20, 120, specks.sum())
        # darker band as from a copier edge
        a[:, :6] -= 60
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, 'L').filter(ImageFilter.GaussianBlur(0.55))
        pages.append(im)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi, creationDate="D:20261201120000Z", modDate="D:20261201120000Z", producer='scanner')
