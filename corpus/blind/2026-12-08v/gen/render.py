"""Renderers for the blind corpus 2026-12-08v.

A document is a list of blocks:
  ('title', text) ('h1', text) ('h2', text) ('p', text) ('small', text)
  ('bullets', [text, ...])
  ('table', rows, {'header': bool, 'widths': [..]})   rows = list of list of str
  ('kv', [(key, value), ...])                           two-column table, key bold
  ('check', [(label, ticked), ...], {'cc': bool})       tick boxes
  ('cc', text, is_placeholder)                          Word content control
  ('sig', [(role, name, date, state)])                  state: 'signed' | 'blank' | 'wg'
  ('pagebreak',)
meta: {'header': str|None, 'footer': str|None, 'title': str, 'page_of': bool}
All output is deterministic (fixed dates, fixed zip timestamps, fixed PDF ids).
"""
import os, re, io, zipfile, subprocess, shutil, hashlib, random

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
import datetime as _dt

FIXED_DT = _dt.datetime(2026, 12, 8, 9, 0, 0)
SIGN_MARK = "_" * 26   # a line that will carry a drawn signature in scans
BLANK_LINE = "_" * 22  # a line left blank

def box(t):
    return "\u2612" if t else "\u2610"

# ---------------------------------------------------------------- plain text / md
def to_text(blocks, meta, md=False):
    out = []
    if meta.get('header'):
        out.append(meta['header']); out.append("")
    for b in blocks:
        k = b[0]
        if k == 'title':
            out.append(("# " if md else "") + b[1]); out.append("" if md else "=" * min(len(b[1]), 70))
        elif k == 'h1':
            out.append(""); out.append(("## " + b[1]) if md else b[1].upper()); out.append("" if md else "-" * min(len(b[1]), 70))
        elif k == 'h2':
            out.append(""); out.append(("### " + b[1]) if md else b[1])
        elif k in ('p', 'small'):
            out.append(b[1]); out.append("")
        elif k == 'cc':
            out.append(b[1]); out.append("")
        elif k == 'bullets':
            for t in b[1]:
                out.append(("- " if md else "  * ") + t)
            out.append("")
        elif k == 'table':
            rows = b[1]
            if md:
                ncol = max(len(r) for r in rows)
                for i, r in enumerate(rows):
                    r = list(r) + [""] * (ncol - len(r))
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
                    if i == 0:
                        out.append("|" + "---|" * ncol)
            else:
                for r in rows:
                    out.append("  " + " | ".join(c.replace("\n", " ") for c in r))
            out.append("")
        elif k == 'kv':
            for key, val in b[1]:
                out.append(("**%s:** %s" % (key, val)) if md else ("%s: %s" % (key, val)))
            out.append("")
        elif k == 'check':
            for lab, t in b[1]:
                out.append(("[x] " if t else "[ ] ") + lab)
            out.append("")
        elif k == 'sig':
            for role, name, date, state in b[1]:
                s = {'signed': 'w.g.', 'wg': 'w.g.', 'blank': BLANK_LINE}[state]
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (role, name or BLANK_LINE, date or "__-__-____", s))
            out.append("")
        elif k == 'pagebreak':
            out.append("")
    if meta.get('footer'):
        out.append(""); out.append(meta['footer'].replace("{page}", "1").replace("{pages}", "1"))
    return "\n".join(out).rstrip() + "\n"

# ---------------------------------------------------------------- docx
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def _add_sdt_text(paragraph, text, placeholder):
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    if placeholder:
        pr.append(OxmlElement('w:showingPlcHdr'))
    pr.append(OxmlElement('w:text'))
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r')
    if placeholder:
        rpr = OxmlElement('w:rPr'); col = OxmlElement('w:color'); col.set(qn('w:val'), '808080'); rpr.append(col); r.append(rpr)
    t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t)
    content.append(r); sdt.append(content)
    paragraph._p.append(sdt)

W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
def _add_sdt_checkbox(paragraph, ticked):
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="%s">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W14, 1 if ticked else 0, box(ticked))
    paragraph._p.append(parse_xml(xml))

def _fill_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold

def to_docx(blocks, meta, path, sigimg=None):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = meta.get('font', 'Calibri'); st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = meta.get('author', 'school'); cp.title = meta.get('title', ''); cp.created = FIXED_DT; cp.modified = FIXED_DT
    cp.last_modified_by = meta.get('author', 'school'); cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get('header'):
        sec.header.paragraphs[0].text = meta['header']
    if meta.get('footer'):
        fp = sec.footer.paragraphs[0]
        txt = meta['footer']
        if '{page}' in txt:
            pre, rest = txt.split('{page}', 1)
            fp.add_run(pre)
            _field(fp, 'PAGE')
            if '{pages}' in rest:
                mid, post = rest.split('{pages}', 1)
                fp.add_run(mid); _field(fp, 'NUMPAGES'); fp.add_run(post)
            else:
                fp.add_run(rest)
        else:
            fp.text = txt
    for b in blocks:
        k = b[0]
        if k == 'title':
            h = doc.add_heading(b[1], level=0)
        elif k == 'h1':
            doc.add_heading(b[1], level=1)
        elif k == 'h2':
            doc.add_heading(b[1], level=2)
        elif k == 'p':
            doc.add_paragraph(b[1])
        elif k == 'small':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8.5); r.italic = True
        elif k == 'cc':
            p = doc.add_paragraph(); _add_sdt_text(p, b[1], b[2])
        elif k == 'bullets':
            for t in b[1]:
                doc.add_paragraph(t, style='List Bullet')
        elif k == 'table':
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j in range(ncol):
                    c = t.cell(i, j)
                    _fill_cell(c, r[j] if j < len(r) else "", bold=(opt.get('header') and i == 0))
                    if opt.get('header') and i == 0:
                        _shade(c, 'D9E2F3')
            doc.add_paragraph()
        elif k == 'kv':
            t = doc.add_table(rows=len(b[1]), cols=2); t.style = 'Table Grid'
            for i, (key, val) in enumerate(b[1]):
                _fill_cell(t.cell(i, 0), key, bold=True); _shade(t.cell(i, 0), 'F2F2F2')
                _fill_cell(t.cell(i, 1), val)
                t.cell(i, 0).width = Cm(5.5); t.cell(i, 1).width = Cm(11)
            doc.add_paragraph()
        elif k == 'check':
            cc = (b[2] if len(b) > 2 else {}).get('cc', False)
            for lab, tk in b[1]:
                p = doc.add_paragraph()
                if cc:
                    _add_sdt_checkbox(p, tk); p.add_run(" " + lab)
                else:
                    p.add_run(box(tk) + " " + lab)
        elif k == 'sig':
            t = doc.add_table(rows=1 + len(b[1]), cols=4); t.style = 'Table Grid'
            for j, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                _fill_cell(t.cell(0, j), h, bold=True); _shade(t.cell(0, j), 'F2F2F2')
            for i, (role, name, date, state) in enumerate(b[1], start=1):
                _fill_cell(t.cell(i, 0), role); _fill_cell(t.cell(i, 1), name or "")
                _fill_cell(t.cell(i, 2), date or "")
                if state == 'signed' and sigimg:
                    t.cell(i, 3).paragraphs[0].add_run().add_picture(sigimg, width=Cm(3.2))
                elif state in ('signed', 'wg'):
                    _fill_cell(t.cell(i, 3), "w.g.")
                else:
                    _fill_cell(t.cell(i, 3), "")
            doc.add_paragraph()
        elif k == 'pagebreak':
            doc.add_page_break()
    doc.save(path)
    normalise_zip(path)

def _field(p, code):
    r = p.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate'); r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run(); f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end'); r4._r.append(f3)

def normalise_zip(path, meta_fix=False):
    """Rewrite a zip container with fixed timestamps (and fixed dates in ODF meta)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in items]
    if 'mimetype' in names:
        items.sort(key=lambda x: 0 if x[0] == 'mimetype' else 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for n, data in items:
            if meta_fix and n == 'meta.xml':
                s = data.decode('utf-8')
                s = re.sub(r'(<meta:creation-date>)[^<]*', r'\g<1>2026-12-08T09:00:00', s)
                s = re.sub(r'(<dc:date>)[^<]*', r'\g<1>2026-12-08T09:00:00', s)
                s = re.sub(r'(<meta:editing-duration>)[^<]*', r'\g<1>PT0S', s)
                s = re.sub(r'<meta:generator>[^<]*</meta:generator>', '<meta:generator>LibreOffice</meta:generator>', s)
                data = s.encode('utf-8')
            if meta_fix and n in ('content.xml', 'styles.xml', 'settings.xml'):
                s = data.decode('utf-8')
                ids = {}
                def lid(m):
                    ids.setdefault(m.group(1), "list%d" % (100 + len(ids)))
                    return 'xml:id="%s"' % ids[m.group(1)]
                s = re.sub(r'xml:id="(list\d+)"', lid, s)
                s = re.sub(r'(text:continue-list=")(list\d+)', lambda m: m.group(1) + ids.get(m.group(2), m.group(2)), s)
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r'\g<1>0', s)
                s = re.sub(r'(officeooo:rsid|officeooo:paragraph-rsid)="[0-9a-f]+"', r'\1="00000000"', s)
                data = s.encode('utf-8')
            zi = zipfile.ZipInfo(n, date_time=(2026, 12, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if n == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- soffice conversion
def soffice_convert(src, fmt, outdir, profile_dir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=file://' + profile_dir, '--headless', '--convert-to', fmt, '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt.split(':')[0])
    if fmt.startswith('pdf'):
        fix_pdf_bytes(out)
    elif fmt.startswith('odt'):
        normalise_zip(out, meta_fix=True)
    return out

def fix_pdf_bytes(path):
    """Same-length replacement of dates and document id so that re-runs give identical bytes."""
    with open(path, 'rb') as f:
        data = f.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:\d{14})", lambda m: m.group(1) + b"D:20261208090000", data)
    digest = hashlib.md5(os.path.basename(path).encode()).hexdigest().upper().encode()
    def idsub(m):
        h = m.group(1)
        rep = (digest * 4)[:len(h)]
        return m.group(0).replace(h, rep)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", idsub, data)
    data = re.sub(rb"(/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]+)>", lambda m: m.group(1) + (digest * 4)[:len(m.group(2))] + b">", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + (digest * 4)[:len(m.group(2))], data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*", rb"\g<1>2026-12-08T09:00:00+01:00", data)
    with open(path, 'wb') as f:
        f.write(data)

# ---------------------------------------------------------------- reportlab direct PDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

_FONTS = False
def _fonts():
    global _FONTS
    if _FONTS:
        return
    d = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', d + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', d + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DVI', d + 'DejaVuSans-Oblique.ttf'))
    from reportlab.lib.fonts import addMapping
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
    _FONTS = True

def _styles(base='DV', size=9.5):
    ss = getSampleStyleSheet()
    st = {
        'title': ParagraphStyle('t', parent=ss['Title'], fontName='DVB', fontSize=16, leading=20, alignment=0, spaceAfter=8),
        'h1': ParagraphStyle('h1', parent=ss['Heading2'], fontName='DVB', fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, textColor=colors.HexColor('#1F3864')),
        'h2': ParagraphStyle('h2', parent=ss['Heading3'], fontName='DVB', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
        'p': ParagraphStyle('p', parent=ss['Normal'], fontName=base, fontSize=size, leading=size * 1.35, spaceAfter=4),
        'small': ParagraphStyle('s', parent=ss['Normal'], fontName='DVI', fontSize=7.5, leading=9.5, spaceAfter=4),
        'cell': ParagraphStyle('c', parent=ss['Normal'], fontName=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        'cellb': ParagraphStyle('cb', parent=ss['Normal'], fontName='DVB', fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
    }
    return st

def _para(text, style):
    return Paragraph(escape(text).replace("\n", "<br/>"), style)

def to_pdf_direct(blocks, meta, path, scan_marks=False):
    _fonts()
    st = _styles(size=meta.get('size', 9.5))
    W = A4[0] - 4 * cm
    flow = []
    for b in blocks:
        k = b[0]
        if k in ('title', 'h1', 'h2', 'p', 'small'):
            flow.append(_para(b[1], st[k]))
        elif k == 'cc':
            flow.append(_para(b[1], st['p']))
        elif k == 'bullets':
            for t in b[1]:
                flow.append(Paragraph("\u2022 " + escape(t), ParagraphStyle('b', parent=st['p'], leftIndent=12, firstLineIndent=-8)))
        elif k in ('table', 'kv'):
            if k == 'kv':
                rows = [[_para(a, st['cellb']), _para(v, st['cell'])] for a, v in b[1]]
                widths = [W * 0.32, W * 0.68]; header = False
            else:
                opt = b[2] if len(b) > 2 else {}
                ncol = max(len(r) for r in b[1]); header = opt.get('header', False)
                rows = [[_para(r[j] if j < len(r) else "", st['cellb'] if (header and i == 0) else st['cell']) for j in range(ncol)] for i, r in enumerate(b[1])]
                widths = [W * w for w in opt['widths']] if opt.get('widths') else [W / ncol] * ncol
            t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
            sty = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if k == 'kv':
                sty.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2')))
            if header:
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3')))
            t.setStyle(TableStyle(sty)); flow.append(t); flow.append(Spacer(1, 6))
        elif k == 'check':
            for lab, tk in b[1]:
                flow.append(_para(box(tk) + " " + lab, st['p']))
        elif k == 'sig':
            rows = [[_para(h, st['cellb']) for h in ["Rol", "Naam", "Datum", "Handtekening"]]]
            for role, name, date, state in b[1]:
                if scan_marks:
                    s = SIGN_MARK if state in ('signed', 'wg') else BLANK_LINE
                else:
                    s = "w.g." if state in ('signed', 'wg') else ""
                rows.append([_para(role, st['cell']), _para(name or "", st['cell']), _para(date or "", st['cell']), _para(s, st['cell'])])
            t = Table(rows, colWidths=[W * 0.25, W * 0.3, W * 0.17, W * 0.28], rowHeights=[None] + [28] * len(b[1]))
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'BOTTOM'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#F2F2F2'))]))
            flow.append(KeepTogether([t])); flow.append(Spacer(1, 6))
        elif k == 'pagebreak':
            flow.append(PageBreak())

    header = meta.get('header'); footer = meta.get('footer')
    class Doc(SimpleDocTemplate):
        pass
    def on_page(canv, doc):
        canv.saveState(); canv.setFont('DV', 7.5)
        if header:
            canv.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canv.drawString(2 * cm, 1.1 * cm, footer.replace("{page}", str(doc.page)).replace(" van {pages}", "").replace("/{pages}", ""))
        canv.restoreState()
    d = Doc(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
            title=meta.get('title', ''), author=meta.get('author', ''), invariant=1, creator=meta.get('creator', 'reportlab'))
    d.build(flow, onFirstPage=on_page, onLaterPages=on_page)

# ---------------------------------------------------------------- fillable PDF form
from reportlab.pdfgen import canvas as rl_canvas

def to_pdf_form(fields, meta, path):
    """fields: list of ('section', title) | ('text', label, value, lines) | ('checks', label, [(opt, ticked)]) | ('note', text)."""
    _fonts()
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(meta.get('title', '')); c.setAuthor(meta.get('author', '')); c.setCreator(meta.get('creator', 'formulier'))
    W, H = A4
    x0 = 2 * cm; y = H - 2 * cm; page = [1]
    form = c.acroForm
    def foot():
        c.setFont('DV', 7.5)
        if meta.get('footer'):
            c.drawString(x0, 1.1 * cm, meta['footer'].replace('{page}', str(page[0])).replace(' van {pages}', ''))
    def newpage():
        nonlocal y
        foot(); c.showPage(); page[0] += 1; y = H - 2 * cm
    c.setFont('DVB', 14); c.drawString(x0, y, meta.get('title', '')); y -= 16
    if meta.get('subtitle'):
        c.setFont('DV', 9); c.drawString(x0, y, meta['subtitle']); y -= 14
    n = 0
    for f in fields:
        kind = f[0]
        if kind == 'section':
            if y < 5 * cm: newpage()
            y -= 8; c.setFont('DVB', 11); c.setFillColor(colors.HexColor('#1F3864')); c.drawString(x0, y, f[1]); c.setFillColor(colors.black); y -= 14
        elif kind == 'note':
            c.setFont('DVI', 7.5)
            for line in _wrap(f[1], 120):
                if y < 2.5 * cm: newpage()
                c.drawString(x0, y, line); y -= 9.5
            y -= 3
        elif kind == 'text':
            label, value, lines = f[1], f[2], f[3]
            wrapped = []
            for para in (value or "").split("\n"):
                wrapped += _wrap(para, 104) or [""]
            value = "\n".join(wrapped) if value else ""
            if len(wrapped) > 1:
                lines = max(lines, len(wrapped))
            h = 11 * lines + 6
            if y - h - 12 < 2.2 * cm: newpage()
            c.setFont('DVB', 8.5); c.drawString(x0, y, label); y -= 3
            n += 1
            form.textfield(name='veld%02d' % n, tooltip=label, x=x0, y=y - h, width=W - 4 * cm, height=h, value=value or "",
                           fontName='Helvetica', fontSize=8.5, borderWidth=0.6, borderColor=colors.grey, fillColor=colors.HexColor('#F4F7FB'),
                           fieldFlags='multiline' if lines > 1 else '', forceBorder=True)
            y -= h + 12
        elif kind == 'checks':
            if y < 3.5 * cm: newpage()
            c.setFont('DVB', 8.5); c.drawString(x0, y, f[1]); y -= 14
            for opt, tk in f[2]:
                if y < 2.2 * cm: newpage()
                n += 1
                form.checkbox(name='vink%02d' % n, tooltip=opt, x=x0, y=y - 3, size=10, checked=tk, buttonStyle='cross', borderWidth=0.6)
                c.setFont('DV', 8.5); c.drawString(x0 + 16, y - 1, opt); y -= 14
            y -= 4
    foot(); c.save()

def _wrap(text, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur: lines.append(cur)
    return lines

# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, seed, workdir, dpi=150):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter
    os.makedirs(workdir, exist_ok=True)
    base = os.path.join(workdir, 'pg')
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png', src_pdf, base], check=True)
    # signature positions from the text layer
    bbox = subprocess.run(['pdftotext', '-bbox', src_pdf, '-'], check=True, capture_output=True, text=True).stdout
    marks = {}
    pg = 0
    for line in bbox.splitlines():
        if '<page ' in line:
            pg += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(_+)</word>', line)
        if m and len(m.group(5)) == len(SIGN_MARK):
            marks.setdefault(pg, []).append(tuple(float(m.group(i)) for i in range(1, 5)))
    rng = random.Random(seed); nrng = np.random.default_rng(seed)
    pages = sorted(f for f in os.listdir(workdir) if f.startswith('pg') and f.endswith('.png'))
    imgs = []
    for i, fn in enumerate(pages, start=1):
        im = Image.open(os.path.join(workdir, fn)).convert('L')
        d = ImageDraw.Draw(im)
        s = dpi / 72.0
        for (x0, y0, x1, y1) in marks.get(i, []):
            # white out the underscores, draw a pen scribble
            d.rectangle([x0 * s, y0 * s - 2, x1 * s, y1 * s + 2], fill=255)
            pts = []
            X0, X1 = x0 * s + 4, x0 * s + (x1 - x0) * s * rng.uniform(0.55, 0.9)
            yb = y1 * s - 2
            nseg = rng.randint(7, 12)
            for k in range(nseg + 1):
                x = X0 + (X1 - X0) * k / nseg
                yv = yb - rng.uniform(0, 14) if k % 2 else yb - rng.uniform(0, 5)
                pts.append((x, yv))
            d.line(pts, fill=rng.randint(20, 70), width=2, joint='curve')
            d.line([(X0 + 6, yb + 2), (X1 + 8, yb - 3)], fill=60, width=1)
        ang = rng.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
        arr = np.asarray(im).astype(np.float32)
        arr = arr * rng.uniform(0.93, 0.98) + nrng.normal(0, 9, arr.shape)
        speck = nrng.random(arr.shape) < 0.0009
        arr[speck] = nrng.uniform(0, 90, speck.sum())
        # faint gray band like a copier edge
        arr[:, :int(arr.shape[1] * 0.012)] *= 0.75
        arr = np.clip(arr, 0, 255).astype('uint8')
        im = Image.fromarray(arr, 'L').filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(im)
    import time as _time
    fixed = _time.strptime("20261208090000", "%Y%m%d%H%M%S")
    imgs[0].save(out_pdf, 'PDF', resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed,
                 producer='Scanner', creator='Scanner')
    shutil.rmtree(workdir)
