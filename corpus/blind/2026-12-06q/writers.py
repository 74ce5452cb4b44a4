import os, random
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable
from reportlab.lib import colors
from xml.sax.saxutils import escape

BOX = {"\x01": "☐ ", "\x02": "☒ "}
def ptxt(s):
    return (BOX[s[0]] + s[1:]) if s and s[0] in BOX else s

# ---------- DOCX ----------
def _sdt_text(par, text):
    sdt = OxmlElement('w:sdt'); pr = OxmlElement('w:sdtPr'); al = OxmlElement('w:alias'); al.set(qn('w:val'), 'Invulveld'); pr.append(al)
    pr.append(OxmlElement('w:text')); sdt.append(pr); c = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t); c.append(r); sdt.append(c); par._p.append(sdt)

def _sdt_check(par, checked, label):
    sdt = OxmlElement('w:sdt'); pr = OxmlElement('w:sdtPr')
    cb = OxmlElement('w14:checkbox'); ch = OxmlElement('w14:checked'); ch.set(qn('w14:val'), '1' if checked else '0'); cb.append(ch); pr.append(cb); sdt.append(pr)
    c = OxmlElement('w:sdtContent'); r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '☒' if checked else '☐'; r.append(t); c.append(r); sdt.append(c); par._p.append(sdt)
    par.add_run(' ' + label)

def _para(container, s, controls):
    par = container.add_paragraph()
    if s and s[0] in BOX:
        if controls: _sdt_check(par, s[0] == "\x02", s[1:])
        else: par.add_run(ptxt(s))
    elif controls: _sdt_text(par, s)
    else: par.add_run(s)
    return par

def write_docx(blocks, path, header=None, footer=None, controls=False):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    if header: d.sections[0].header.paragraphs[0].text = header
    if footer: d.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == 'title': d.add_heading(b[1], 0)
        elif k == 'h1': d.add_heading(b[1], 1)
        elif k == 'h2': d.add_heading(b[1], 2)
        elif k == 'p':
            for s in b[1]: _para(d, s, False)
        elif k == 'bul':
            for s in b[1]: d.add_paragraph(ptxt(s), style='List Bullet')
        elif k == 'field':
            par = d.add_paragraph(); rr = par.add_run(b[1]); rr.bold = True
            for s in b[2]: _para(d, s, controls)
        elif k == 'table':
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j in range(ncol):
                    v = r[j] if j < len(r) else []
                    if isinstance(v, str): v = [v]
                    cells[j].text = ''
                    for n, s in enumerate(v):
                        if n == 0:
                            cp = cells[j].paragraphs[0]
                            if controls and j > 0:
                                if s and s[0] in BOX: _sdt_check(cp, s[0] == "\x02", s[1:])
                                else: _sdt_text(cp, s)
                            else: cp.add_run(ptxt(s)).bold = (j == 0 or (b[2] and i == 0))
                        else: _para(cells[j], s, controls and j > 0)
            d.add_paragraph()
        elif k == 'sp': d.add_paragraph()
    d.core_properties.author = 'school'
    import datetime; d.core_properties.created = datetime.datetime(2026,1,1); d.core_properties.modified = datetime.datetime(2026,1,1)
    d.save(path)

# ---------- PDF (reportlab) ----------
class Scribble(Flowable):
    def __init__(self, seed): super().__init__(); self.seed = seed; self.width = 120; self.height = 22
    def draw(self):
        r = random.Random(self.seed); c = self.canv; c.setLineWidth(1.1); x, y = 0, 8
        p = c.beginPath(); p.moveTo(x, y)
        for i in range(7):
            p.curveTo(x+r.uniform(3,10), y+r.uniform(5,14), x+r.uniform(8,16), y-r.uniform(4,10), x+r.uniform(14,20), y+r.uniform(-3,3)); x += 16
        c.drawPath(p)

def write_pdf(blocks, path, header=None, footer=None, scan=False, seed=0):
    ss = getSampleStyleSheet(); body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=10, leading=13)
    bold = ParagraphStyle('bb', parent=body, fontName='Helvetica-Bold')
    def P(s, st=body):
        s = ptxt(s); s = s.replace('☐', '[  ]').replace('☒', '[X]')
        if '{SIG}' in s:
            return [Paragraph(escape(s.replace('{SIG}', '')), st), Scribble(seed)]
        return [Paragraph(escape(s), st)]
    fl = []
    for b in blocks:
        k = b[0]
        if k == 'title': fl += [Paragraph(escape(b[1]), ss['Title'])]
        elif k == 'h1': fl += [Paragraph(escape(b[1]), ss['Heading2'])]
        elif k == 'h2': fl += [Paragraph(escape(b[1]), ss['Heading3'])]
        elif k in ('p', 'bul'):
            for s in b[1]: fl += P(('• ' if k == 'bul' else '') + s)
        elif k == 'field':
            fl += [Paragraph(escape(b[1]), bold)]
            for s in b[2]: fl += P(s)
            fl += [Spacer(1, 4)]
        elif k == 'table':
            data = []
            for i, r in enumerate(b[1]):
                row = []
                for j, v in enumerate(r):
                    if isinstance(v, str): v = [v]
                    cell = []
                    for s in v: cell += P(s, bold if (j == 0 or (b[2] and i == 0)) else body)
                    row.append(cell)
                data.append(row)
            ncol = max(len(r) for r in data); w = 480
            cw = [140] + [(w-140)/(ncol-1)]*(ncol-1) if ncol > 1 else [w]
            t = Table(data, colWidths=cw); t.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
            fl += [t, Spacer(1, 8)]
        elif k == 'sp': fl += [Spacer(1, 8)]
    def onpage(c, d):
        c.saveState(); c.setFont('Helvetica', 8)
        if header: c.drawString(50, A4[1]-30, header)
        if footer: c.drawString(50, 25, footer.replace('{page}', str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=50, bottomMargin=50, invariant=1, title='', author='')
    doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)

# ---------- text ----------
def write_text(blocks, path, md=False, header=None, footer=None):
    out = []
    if header: out += [header, '']
    for b in blocks:
        k = b[0]
        if k == 'title': out += [('# ' if md else '') + b[1], '' if md else '=' * len(b[1]), '']
        elif k == 'h1': out += [('## ' if md else '') + b[1], ''] if md else [b[1].upper(), '']
        elif k == 'h2': out += [('### ' if md else '') + b[1], '']
        elif k == 'p': out += [ptxt(s).replace('{SIG}', '') for s in b[1]] + ['']
        elif k == 'bul': out += [('- ' if md else '* ') + ptxt(s) for s in b[1]] + ['']
        elif k == 'field': out += [b[1]] + ['    ' + ptxt(s).replace('{SIG}', '') for s in b[2]] + ['']
        elif k == 'table':
            for r in b[1]:
                cells = [' / '.join(ptxt(x) for x in (v if isinstance(v, list) else [v])) for v in r]
                out.append(('| ' + ' | '.join(cells) + ' |') if md else '  '.join(c.ljust(28) for c in cells).rstrip())
                if md and r is b[1][0]: out.append('|' + '---|' * len(cells))
            out.append('')
    if footer: out += ['', footer.replace('{page}', '1')]
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')

# ---------- fillable PDF form ----------
def _lat(s):
    for a, b in (("\u2014", "-"), ("\u2013", "-"), ("\u20ac", "EUR"), ("\u2018", "'"), ("\u2019", "'"), ("\u00eb", "\u00eb")):
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")

def write_form_pdf(title, meta, fields, path):
    """fields: list of (label, [paragraphs]); check paragraphs become checkboxes."""
    from reportlab.pdfgen import canvas
    import textwrap
    c = canvas.Canvas(path, pagesize=A4, invariant=1); W, H = A4; y = H - 50
    c.setFont('Helvetica-Bold', 14); c.drawString(50, y, title); y -= 24
    form = c.acroForm; n = 0
    def newpage():
        nonlocal y; c.showPage(); y = H - 50
    for k, v in meta:
        c.setFont('Helvetica', 9); c.drawString(50, y, k)
        form.textfield(name=f'meta{n}', value=_lat(v), x=180, y=y-4, width=360, height=14, fontSize=9, borderWidth=0.5); n += 1; y -= 18
    y -= 8
    for label, paras in fields:
        texts = [s for s in paras if not (s and s[0] in BOX)]; checks = [s for s in paras if s and s[0] in BOX]
        val = '\n'.join(texts); lines = sum(max(1, len(textwrap.wrap(t, 95))) for t in texts) if texts else 1
        h = 12 * lines + 6; need = 16 + h + 16 * len(checks) + 10
        if y - need < 50: newpage()
        c.setFont('Helvetica-Bold', 9.5); c.drawString(50, y, _lat(label)); y -= 4
        if texts or not checks:
            wrapped = '\n'.join('\n'.join(textwrap.wrap(t, 95)) or ' ' for t in texts) if texts else ''
            form.textfield(name=f'f{n}', value=_lat(wrapped), x=50, y=y-h, width=495, height=h, fontSize=8.5, borderWidth=0.5,
                           fieldFlags='multiline'); n += 1; y -= h + 4
        for s in checks:
            form.checkbox(name=f'cb{n}', x=52, y=y-14, size=11, checked=(s[0] == "\x02"), buttonStyle='cross', borderWidth=0.5); n += 1
            c.setFont('Helvetica', 9); c.drawString(70, y-12, _lat(s[1:])); y -= 16
        y -= 10
    c.save()
