# -*- coding: utf-8 -*-
"""Renderers: txt, md, docx (python-docx), pdf (reportlab), fillable pdf, scans."""
import io, os, re, random, textwrap, zipfile, datetime as dt
from xml.sax.saxutils import escape

FIXED = dt.datetime(2026, 12, 8, 9, 0, 0)
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTI = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf'


# ---------------------------------------------------------------- signatures
def scribble(seed, path):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new('L', (300, 90), 255)
    d = ImageDraw.Draw(im)
    x, y = 15, 50
    pts = [(x, y)]
    for i in range(r.randint(14, 22)):
        x += r.randint(6, 18)
        y = max(12, min(80, y + r.randint(-28, 28)))
        pts.append((x, y))
    d.line(pts, fill=20, width=3, joint='curve')
    d.line([(pts[0][0] + 5, 70), (pts[-1][0], 64 + r.randint(-6, 6))], fill=40, width=2)
    im.save(path)
    return path


# ---------------------------------------------------------------- text
def sigmark_txt(m):
    return {'wg': 'w.g.', 'blank': '______________________'}.get(m, '[handtekening]')


def render_txt(doc, path):
    out = []
    W = 96
    for b in doc['blocks']:
        t = b[0]
        if t == 'title':
            out += [b[1].upper(), '=' * len(b[1]), '']
        elif t == 'h':
            out += ['', b[2], ('=' if b[1] == 1 else '-') * len(b[2])]
        elif t in ('p', 'small'):
            out += textwrap.wrap(b[1], W) or ['']
        elif t == 'ul':
            for x in b[1]:
                out += textwrap.wrap(x, W, initial_indent='  - ', subsequent_indent='    ')
        elif t == 'kv':
            for a, c in b[1]:
                out += textwrap.wrap('%s: %s' % (a, c or ''), W, subsequent_indent='    ') or ['%s:' % a]
        elif t == 'field':
            lines = (b[2] or '').split('\n')
            out.append('%-22s %s' % (b[1] + ':', lines[0]))
            out += [' ' * 23 + x for x in lines[1:]]
        elif t == 'table':
            hdr, rows = b[1], b[2]
            if hdr is None and all(len(r) == 2 for r in rows):
                for a, c in rows:
                    out.append('%s:' % a)
                    for line in (c or '').split('\n'):
                        out += textwrap.wrap(line, W, initial_indent='    ', subsequent_indent='    ') or ['    ']
                    if not c:
                        out.append('    ')
            else:
                if hdr:
                    out.append(' | '.join(hdr))
                    out.append('-' * min(W, len(' | '.join(hdr)) + 10))
                for r in rows:
                    out.append(' | '.join((c or '').replace('\n', '; ') for c in r))
        elif t == 'checks':
            out += [('[X] ' if c else '[ ] ') + x for c, x in b[1]]
        elif t == 'sig':
            for r in b[1]:
                out.append('%s: %s   Datum: %s   Handtekening: %s%s' % (r[0], r[1] or '____________', r[2] or '__________', sigmark_txt(r[3]), ('   (' + r[4] + ')') if r[4] else ''))
        elif t == 'pagebreak':
            out += ['', '']
        out.append('') if t in ('p', 'ul', 'kv', 'table', 'checks', 'sig') else None
    if doc.get('footer'):
        out += ['', '-- ' + doc['footer'] + ' --']
    txt = '\n'.join(out)
    txt = re.sub(r'\n{3,}', '\n\n', txt).strip() + '\n'
    open(path, 'w', encoding='utf-8').write(txt)


def render_md(doc, path):
    out = []
    def cell(x):
        return (x or '').replace('|', '/').replace('\n', '<br>')
    for b in doc['blocks']:
        t = b[0]
        if t == 'title':
            out += ['# ' + b[1], '']
        elif t == 'h':
            out += ['#' * (b[1] + 1) + ' ' + b[2], '']
        elif t == 'p':
            out += [b[1], ''] if b[1] else []
        elif t == 'small':
            out += ['*' + b[1] + '*', '']
        elif t == 'ul':
            out += ['- ' + x for x in b[1]] + ['']
        elif t == 'kv':
            out += ['**%s:** %s  ' % (a, c or '') for a, c in b[1]] + ['']
        elif t == 'field':
            out += ['**%s:** %s' % (b[1], cell(b[2])), '']
        elif t == 'table':
            hdr, rows = b[1], b[2]
            n = max(len(r) for r in rows) if rows else len(hdr)
            h = hdr or ([''] * n)
            out.append('| ' + ' | '.join(cell(x) for x in h) + ' |')
            out.append('|' + '---|' * n)
            for r in rows:
                out.append('| ' + ' | '.join(cell(x) for x in r) + ' |')
            out.append('')
        elif t == 'checks':
            out += ['- [%s] %s' % ('x' if c else ' ', x) for c, x in b[1]] + ['']
        elif t == 'sig':
            out.append('| Rol | Naam | Datum | Handtekening |')
            out.append('|---|---|---|---|')
            for r in b[1]:
                out.append('| %s | %s | %s | %s |' % (r[0], r[1] or '', r[2] or '', (sigmark_txt(r[3]) if r[3] != 'blank' else '') + ((' (' + r[4] + ')') if r[4] else '')))
            out.append('')
        elif t == 'pagebreak':
            out += ['---', '']
    if doc.get('footer'):
        out += ['---', '*' + doc['footer'] + '*']
    open(path, 'w', encoding='utf-8').write('\n'.join(out).strip() + '\n')


# ---------------------------------------------------------------- docx
def _cc_checkbox(par, checked, label):
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    xml = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W, abs(hash(label)) % 100000 if False else (len(label) * 7919) % 99991, 1 if checked else 0, '☒' if checked else '☐')
    par._p.append(parse_xml(xml))
    par.add_run(' ' + label)


def _cc_text(par, text, placeholder):
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    xml = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/>%s<w:text/></w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (W, (len(text) * 104729) % 99991, ph, style, escape(text)))
    par._p.append(parse_xml(xml))


def _docx_blocks(d, container, blocks, opts, tmpdir, seedbase, in_cell=False):
    from docx.shared import Pt, Cm, RGBColor
    add_p = container.add_paragraph
    first = [in_cell]
    def para(text='', style=None):
        if first[0] and container.paragraphs and not container.paragraphs[0].text:
            first[0] = False
            p = container.paragraphs[0]
            if text:
                p.add_run(text)
            return p
        first[0] = False
        return add_p(text, style=style) if style else add_p(text)
    for i, b in enumerate(blocks):
        t = b[0]
        if t == 'title':
            d.add_heading(b[1], 0)
        elif t == 'h':
            d.add_heading(b[2], min(b[1], 3))
        elif t == 'p':
            para(b[1])
        elif t == 'small':
            if opts.get('cc') and 'Klik of tik' in b[1]:
                _cc_text(para(), b[1], True)
            else:
                r = para().add_run(b[1]); r.italic = True; r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif t == 'ul':
            for x in b[1]:
                if in_cell:
                    para('• ' + x)
                else:
                    para(x, style='List Bullet')
        elif t == 'kv':
            if in_cell:
                for a, c in b[1]:
                    p = para(); p.add_run(a + ': ').bold = True; p.add_run(c or '')
            else:
                tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
                for a, c in b[1]:
                    row = tb.add_row().cells
                    row[0].text = a; row[0].paragraphs[0].runs[0].bold = True
                    if opts.get('cc') and not c:
                        _cc_text(row[1].paragraphs[0], 'Klik of tik om tekst in te voeren.', True)
                    else:
                        row[1].text = c or ''
                d.add_paragraph()
        elif t == 'field':
            p = para(); p.add_run(b[1] + ': ').bold = True
            if opts.get('cc'):
                _cc_text(p, b[2] or 'Klik of tik om tekst in te voeren.', (not b[2]) or b[2].startswith('Klik of tik'))
            else:
                p.add_run(b[2] or '')
        elif t == 'table':
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else max(len(r) for r in rows)
            tb = (container if in_cell else d).add_table(rows=0, cols=ncol); tb.style = 'Table Grid'
            if hdr:
                cells = tb.add_row().cells
                for j, h in enumerate(hdr):
                    cells[j].text = h; cells[j].paragraphs[0].runs[0].bold = True
            for r in rows:
                cells = tb.add_row().cells
                for j, x in enumerate(r):
                    lines = (x or '').split('\n')
                    if opts.get('cc') and not x and j > 0:
                        _cc_text(cells[j].paragraphs[0], 'Klik of tik om tekst in te voeren.', True)
                        continue
                    cells[j].text = lines[0]
                    for ln in lines[1:]:
                        cells[j].add_paragraph(ln)
                    if hdr is None and j == 0 and cells[j].paragraphs[0].runs:
                        cells[j].paragraphs[0].runs[0].bold = True
            if not in_cell:
                d.add_paragraph()
        elif t == 'checks':
            for c, x in b[1]:
                p = para()
                if opts.get('cc'):
                    _cc_checkbox(p, c, x)
                else:
                    p.add_run(('☒ ' if c else '☐ ') + x)
        elif t == 'sig':
            tb = d.add_table(rows=1, cols=4); tb.style = 'Table Grid'
            for j, h in enumerate(['Rol', 'Naam', 'Datum', 'Handtekening']):
                tb.rows[0].cells[j].text = h
            for n, r in enumerate(b[1]):
                cells = tb.add_row().cells
                cells[0].text = r[0]; cells[1].text = r[1] or ''; cells[2].text = r[2] or ''
                if r[3] == 'img':
                    png = scribble(seedbase * 31 + n, os.path.join(tmpdir, 'sig_%d_%d.png' % (seedbase, n)))
                    cells[3].paragraphs[0].add_run().add_picture(png, width=Cm(3.2))
                elif r[3] == 'wg':
                    cells[3].text = 'w.g.'
                else:
                    cells[3].text = ''
                if r[4]:
                    cells[3].add_paragraph(r[4])
            d.add_paragraph()
        elif t == 'pagebreak':
            d.add_page_break()


def render_docx(doc, path, opts=None, tmpdir='/tmp', seed=1):
    import docx
    from docx.shared import Pt
    opts = opts or {}
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = doc.get('author', 'school'); cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = 'school'
    cp.title = doc.get('doctitle', '')
    _docx_blocks(d, d, doc['blocks'], opts, tmpdir, seed)
    if doc.get('footer'):
        fp = d.sections[0].footer.paragraphs[0]
        fp.text = doc['footer'] + ' - pagina '
        from docx.oxml import parse_xml
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        fp._p.append(parse_xml('<w:fldSimple %s w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % W))
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, 'w') as z:
        for i, data in items:
            if i.filename == 'meta.xml':
                data = re.sub(rb'(<meta:creation-date>|<dc:date>)[^<]*', rb'\g<1>2026-12-08T09:00:00', data)
                data = re.sub(rb'<meta:editing-duration>[^<]*', b'<meta:editing-duration>PT1M', data)
                data = re.sub(rb'<meta:generator>[^<]*', b'<meta:generator>LibreOffice', data)
            if i.filename in ('content.xml', 'styles.xml'):
                ids = {}
                def _rid(m):
                    ids.setdefault(m.group(1), b'list%d' % (900 + len(ids)))
                    return ids[m.group(1)]
                data = re.sub(rb'\b(list[0-9]{6,})\b', _rid, data)
            if i.filename == 'settings.xml':
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+', rb'\g<1>100000', data)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 12, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(path):
    """Fix LibreOffice timestamps/IDs without changing byte offsets."""
    data = open(path, 'rb').read()
    def fixdate(m):
        s = m.group(2)
        fx = b'D:20261208090000'
        if s.startswith(b'D:') and len(s) >= len(fx):
            return m.group(1) + fx + s[len(fx):]
        return m.group(0)
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()([^)]*)', fixdate, data)
    data = re.sub(rb'(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)', lambda m: m.group(1) + b'2026-12-08T09:00:00'[:len(m.group(2))].ljust(len(m.group(2)), b' ') if len(m.group(2)) >= 19 else m.group(0), data)
    data = re.sub(rb'/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]', lambda m: m.group(0).replace(m.group(1), b'A' * len(m.group(1))).replace(m.group(2), b'B' * len(m.group(2))), data)
    data = re.sub(rb'/DocChecksum /([0-9A-Fa-f]+)', lambda m: b'/DocChecksum /' + b'0' * len(m.group(1)), data)
    open(path, 'wb').write(data)


# ---------------------------------------------------------------- reportlab
_FONTS = [False]


def _fonts():
    if _FONTS[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', FONT)); pdfmetrics.registerFont(TTFont('DVB', FONTB)); pdfmetrics.registerFont(TTFont('DVI', FONTI))
    from reportlab.lib.fonts import addMapping
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
    _FONTS[0] = True


def render_pdf(doc, path, tmpdir='/tmp', seed=1, style='plain'):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    base = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle('s', parent=base, fontName='DVI', fontSize=8, textColor=colors.grey)
    cellst = ParagraphStyle('c', parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    cellb = ParagraphStyle('cb', parent=cellst, fontName='DVB')
    hs = {1: ParagraphStyle('h1', parent=base, fontName='DVB', fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor('#1f3b63') if style != 'plain' else colors.black),
          2: ParagraphStyle('h2', parent=base, fontName='DVB', fontSize=11, leading=14, spaceBefore=6),
          3: ParagraphStyle('h3', parent=base, fontName='DVB', fontSize=9.5, leading=12, spaceBefore=4)}
    title = ParagraphStyle('t', parent=base, fontName='DVB', fontSize=17, leading=21, spaceAfter=8)
    def P(x, s=base):
        return Paragraph(escape(x or '').replace('\n', '<br/>'), s)
    grid = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
    W = A4[0] - 4 * cm
    story = []
    for b in doc['blocks']:
        t = b[0]
        if t == 'title':
            story.append(P(b[1], title))
        elif t == 'h':
            story.append(P(b[2], hs[min(b[1], 3)]))
        elif t == 'p':
            story.append(P(b[1]) if b[1] else Spacer(1, 6))
        elif t == 'small':
            story.append(P(b[1], small))
        elif t == 'ul':
            for x in b[1]:
                story.append(Paragraph('• ' + escape(x), ParagraphStyle('ul', parent=base, leftIndent=12, firstLineIndent=-8, spaceAfter=1)))
            story.append(Spacer(1, 4))
        elif t == 'kv':
            tb = Table([[P(a, cellb), P(c, cellst)] for a, c in b[1]], colWidths=[W * 0.3, W * 0.7])
            tb.setStyle(grid); story += [tb, Spacer(1, 6)]
        elif t == 'field':
            tb = Table([[P(b[1], cellb), P(b[2], cellst)]], colWidths=[W * 0.25, W * 0.75])
            tb.setStyle(TableStyle([('LINEBELOW', (1, 0), (1, 0), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(tb)
        elif t == 'table':
            hdr, rows = b[1], b[2]
            n = len(hdr) if hdr else max(len(r) for r in rows)
            data = ([[P(h, cellb) for h in hdr]] if hdr else []) + [[P(x, cellb if (hdr is None and j == 0) else cellst) for j, x in enumerate(r)] for r in rows]
            cw = [W * 0.28, W * 0.72] if (hdr is None and n == 2) else [W / n] * n
            tb = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            st = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if hdr:
                st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0')))
            tb.setStyle(TableStyle(st)); story += [tb, Spacer(1, 6)]
        elif t == 'checks':
            for c, x in b[1]:
                story.append(P(('☒ ' if c else '☐ ') + x))
        elif t == 'sig':
            data = [[P('Rol', cellb), P('Naam', cellb), P('Datum', cellb), P('Handtekening', cellb)]]
            for n, r in enumerate(b[1]):
                if r[3] == 'img':
                    png = scribble(seed * 31 + n, os.path.join(tmpdir, 'rsig_%d_%d.png' % (seed, n)))
                    s = Image(png, width=3.3 * cm, height=1.0 * cm)
                    cellv = [s, P(r[4], cellst)] if r[4] else s
                elif r[3] == 'wg':
                    cellv = P('w.g.' + ((' - ' + r[4]) if r[4] else ''), cellst)
                else:
                    cellv = P(r[4] or '', cellst)
                data.append([P(r[0], cellst), P(r[1], cellst), P(r[2], cellst), cellv])
            tb = Table(data, colWidths=[W * 0.3, W * 0.25, W * 0.15, W * 0.3], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            tb.setStyle(grid); story += [tb, Spacer(1, 8)]
        elif t == 'pagebreak':
            story.append(PageBreak())
    foot = doc.get('footer')
    def onpage(c, d):
        if foot:
            c.saveState(); c.setFont('DV', 7.5)
            c.drawString(2 * cm, 1.2 * cm, '%s - pagina %d' % (foot, c.getPageNumber()))
            c.restoreState()
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                           title=doc.get('doctitle', ''), author='school', invariant=1)
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fillable form
def render_fillable(fields, path, title, subtitle, checks=(), sigs=()):
    """fields: list of (label, value, lines); checks: list of (label, checked); sigs: (label, value)."""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import black, white, HexColor
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    Wp, Hp = A4
    y = Hp - 60
    c.setFont('DVB', 15); c.drawString(50, y, title); y -= 18
    c.setFont('DV', 9); c.drawString(50, y, subtitle); y -= 22
    form = c.acroForm
    n = 0
    def newpage():
        nonlocal y
        c.showPage(); y = Hp - 60
    for lab, val, lines in fields:
        h = 14 * lines + 6
        if y - h - 16 < 60:
            newpage()
        c.setFont('DVB', 8.5); c.drawString(50, y, lab); y -= 4
        n += 1
        form.textfield(name='f%02d' % n, tooltip=lab, x=50, y=y - h, width=Wp - 100, height=h, value=val or '',
                       fontName='Helvetica', fontSize=8, borderColor=black, fillColor=white, textColor=black,
                       fieldFlags='multiline' if lines > 1 else '', borderWidth=0.5)
        y -= h + 14
    if checks:
        if y < 160:
            newpage()
        c.setFont('DVB', 10); c.drawString(50, y, 'Instemming handelingsdeel'); y -= 20
        for lab, on in checks:
            n += 1
            form.checkbox(name='c%02d' % n, tooltip=lab, x=50, y=y - 3, size=11, checked=bool(on), buttonStyle='cross', borderWidth=0.8)
            c.setFont('DV', 9); c.drawString(68, y, lab); y -= 18
    for lab, val in sigs:
        if y < 80:
            newpage()
        c.setFont('DVB', 8.5); c.drawString(50, y, lab); y -= 4
        n += 1
        form.textfield(name='s%02d' % n, tooltip=lab, x=50, y=y - 20, width=260, height=20, value=val or '', fontName='Helvetica', fontSize=9, borderWidth=0.5)
        y -= 34
    c.save()


# ---------------------------------------------------------------- scans
def make_scan(pdf_in, pdf_out, seed, tmpdir, dpi=150):
    import subprocess, glob
    import numpy as np
    from PIL import Image, ImageFilter
    pre = os.path.join(tmpdir, 'scan_%d' % seed)
    for f in glob.glob(pre + '*'):
        os.remove(f)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', pdf_in, pre], check=True)
    pages = sorted(glob.glob(pre + '*.png'))
    rng = np.random.RandomState(seed)
    out = []
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert('L')
        ang = float(rng.uniform(-1.3, 1.3))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rng.normal(0, 9, a.shape)
        # a few specks and a darker scanner edge
        for _ in range(60):
            y, x = rng.randint(0, a.shape[0]), rng.randint(0, a.shape[1])
            a[y:y + 2, x:x + 2] = 60
        a[:, :6] = 90
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        out.append(im)
    out[0].save(pdf_out, 'PDF', resolution=dpi, save_all=True, append_images=out[1:],
                creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer='ScanStation 3', title='Scan')
