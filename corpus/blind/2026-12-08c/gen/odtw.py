# -*- coding: utf-8 -*-
"""Minimal hand-written ODF text writer (deterministic zip) and two ODT layouts."""
import datetime as dt
import zipfile
from xml.sax.saxutils import escape as esc
from common import prepare, squiggle_png, domain_cells, DOMAINS
from content import dshort, dlong, INSTR, P

FIXED = (2025, 1, 1, 0, 0, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3"')

AUTO = '''<office:automatic-styles>
<number:date-style style:name="NDate"><number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Tinstr" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#2f5597"/></style:style>
<style:style style:name="Tph" style:family="text"><style:text-properties fo:color="#808080"/></style:style>
<style:style style:name="Thid" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="Twhite" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>
<style:style style:name="Tbox" style:family="text"><style:text-properties style:font-name="DejaVu Sans"/></style:style>
<style:style style:name="Tsmall" style:family="text"><style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
<style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="4.25cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080" fo:background-color="#dde6f2"/></style:style>
<style:style style:name="Fr" style:family="graphic"><style:graphic-properties fo:border="1pt solid #2f5597" fo:padding="0.2cm" fo:background-color="#eef3fa" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="FrImg" style:family="graphic"><style:graphic-properties style:wrap="none"/></style:style>
</office:automatic-styles>'''

STYLES = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#2f5597"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">@@HEADER@@</text:p></style:header>
<style:footer><text:p text:style-name="Footer">@@FOOTER@@ — pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>'''


class Odt:
    def __init__(self):
        self.body = []
        self.changes = []
        self.images = []
        self.n = 0
        self.header = ''
        self.footer = ''

    def nid(self):
        self.n += 1
        return self.n

    def span(self, text, kind='n'):
        if kind == 'n':
            return esc(text)
        if kind == 'ph':
            return f'<text:placeholder text:placeholder-type="text" text:description="invoerveld">&lt;{esc(text)}&gt;</text:placeholder>'
        if kind == 'del':
            cid = f"ct{self.nid()}"
            self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion><office:change-info><dc:creator>IB</dc:creator>'
                                f'<dc:date>2025-10-01T09:30:00</dc:date></office:change-info><text:p>{esc(text)}</text:p></text:deletion></text:changed-region>')
            return f'<text:change text:change-id="{cid}"/>'
        if kind == 'ins':
            cid = f"ct{self.nid()}"
            self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion><office:change-info><dc:creator>Mentor</dc:creator>'
                                f'<dc:date>2025-10-01T09:30:00</dc:date></office:change-info></text:insertion></text:changed-region>')
            return f'<text:change-start text:change-id="{cid}"/>{esc(text)}<text:change-end text:change-id="{cid}"/>'
        st = {'b': 'Tb', 'i': 'Ti', 'instr': 'Tinstr', 'hid': 'Thid', 'white': 'Twhite', 'box': 'Tbox', 'small': 'Tsmall'}[kind]
        return f'<text:span text:style-name="{st}">{esc(text)}</text:span>'

    def p(self, inner, style="Standard"):
        return f'<text:p text:style-name="{style}">{inner}</text:p>'

    def h(self, text, level=1):
        return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{esc(text)}</text:h>'

    def runs(self, runs):
        return ''.join(self.span(t, k) for t, k in runs)

    def annotation(self, text):
        return (f'<office:annotation><dc:creator>IB</dc:creator><dc:date>2025-10-01T09:30:00</dc:date>'
                f'<text:p>{esc(text)}</text:p></office:annotation>')

    def dropdown(self, opts, idx):
        sel = ' text:current-selected="true"'
        labs = ''.join(f'<text:label text:value="{esc(o)}"{sel if (idx or 0) == k else ""}/>' for k, o in enumerate(opts))
        return f'<text:drop-down text:name="Uitstroom">{labs}{esc(opts[idx or 0])}</text:drop-down>'

    def date(self, d):
        return f'<text:date style:data-style-name="NDate" text:date-value="{d.isoformat()}" text:fixed="true">{dshort(d)}</text:date>'

    def image(self, png, w="4cm", h="1.2cm"):
        name = f"Pictures/sig{len(self.images)+1}.png"
        self.images.append((name, png))
        return (f'<draw:frame draw:style-name="FrImg" draw:name="Handtekening{len(self.images)}" text:anchor-type="as-char" svg:width="{w}" svg:height="{h}">'
                f'<draw:image xlink:href="{name}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>')

    def textbox(self, inner, w="16cm"):
        i = self.nid()
        return (f'<text:p text:style-name="Standard"><draw:frame draw:style-name="Fr" draw:name="Kader{i}" text:anchor-type="paragraph" svg:width="{w}" draw:z-index="{i}">'
                f'<draw:text-box fo:min-height="1cm">{inner}</draw:text-box></draw:frame></text:p>')

    def table(self, rows, cols, header_rows=0):
        """rows: list of list of cell dicts(xml, span, covered)"""
        i = self.nid()
        cdef = ''.join(f'<table:table-column table:style-name="{c}"/>' for c in cols)
        out = [f'<table:table table:name="Tabel{i}" table:style-name="Tbl">{cdef}']
        for ri, row in enumerate(rows):
            if ri == 0 and header_rows:
                out.append('<table:table-header-rows>')
            out.append('<table:table-row>')
            for cell in row:
                if isinstance(cell, str):
                    cell = dict(xml=cell)
                if cell.get('covered'):
                    out.append('<table:covered-table-cell/>')
                    continue
                sp = f' table:number-columns-spanned="{cell["span"]}"' if cell.get('span', 1) > 1 else ''
                st = "CellH" if (ri < header_rows or cell.get('head')) else "Cell"
                out.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"{sp}>{cell.get("xml") or self.p("")}</table:table-cell>')
            out.append('</table:table-row>')
            if ri == header_rows - 1 and header_rows:
                out.append('</table:table-header-rows>')
        out.append('</table:table>')
        return ''.join(out)

    def toc(self, entries):
        body = ''.join(f'<text:p text:style-name="Contents_20_1">{esc(tl)}<text:tab/>{pg}</text:p>' for tl, pg in entries)
        return (f'<text:table-of-content text:style-name="Standard" text:protected="true" text:name="Inhoudsopgave1">'
                f'<text:table-of-content-source text:outline-level="2"><text:index-title-template>Inhoud</text:index-title-template></text:table-of-content-source>'
                f'<text:index-body><text:index-title text:name="Inhoudsopgave1_Head"><text:p text:style-name="Heading_20_2">Inhoud</text:p></text:index-title>'
                f'{body}</text:index-body></text:table-of-content>')

    def save(self, path, title="OPP"):
        tc = f'<text:tracked-changes text:track-changes="false">{"".join(self.changes)}</text:tracked-changes>' if self.changes else ''
        content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
                   f'<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'"/></office:font-face-decls>'
                   f'{AUTO}<office:body><office:text>{tc}{"".join(self.body)}</office:text></office:body></office:document-content>')
        styles = STYLES.replace('@@HEADER@@', esc(self.header)).replace('@@FOOTER@@', esc(self.footer))
        meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta><dc:title>{esc(title)}</dc:title>'
                f'<meta:creation-date>2025-01-01T00:00:00</meta:creation-date><dc:date>2025-01-01T00:00:00</dc:date></office:meta></office:document-meta>')
        settings = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings {NS} xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                    '<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item></config:config-item-set>'
                    '</office:settings></office:document-settings>')
        imgs = ''.join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="image/png"/>' for n, _ in self.images)
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
                    f'{imgs}</manifest:manifest>')
        with zipfile.ZipFile(path, 'w') as z:
            def w(name, data, comp=zipfile.ZIP_DEFLATED):
                zi = zipfile.ZipInfo(name, FIXED)
                zi.compress_type = comp
                z.writestr(zi, data)
            w('mimetype', 'application/vnd.oasis.opendocument.text', zipfile.ZIP_STORED)
            w('META-INF/manifest.xml', manifest)
            w('content.xml', content)
            w('styles.xml', styles)
            w('meta.xml', meta)
            w('settings.xml', settings)
            for n, data in self.images:
                w(n, data)


def sig_rows(o, rows, c):
    out = [[dict(xml=o.p(o.span(h, 'b'))) for h in ("Wie", "Naam", "Datum", "Handtekening")]]
    for r in rows:
        m = r['mark']
        if m == 'wg':
            s = o.p(o.span("w.g. " + r['name'].split(' - ')[0], 'i'))
        elif m in ('img', 'hand'):
            s = o.p(o.image(squiggle_png(c.name + r['role'])))
        else:
            s = o.p("")
        out.append([dict(xml=o.p(esc(r['role']))), dict(xml=o.p(esc(r['name']))), dict(xml=o.p(esc(r['date']))), dict(xml=s)])
    return o.table(out, ["TblC"] * 4, header_rows=1)


def oblocks(o, blocks, c):
    x = []
    for b in blocks:
        if b[0] == 'p':
            x.append(o.p(o.runs(b[1])))
        elif b[0] == 'checks':
            for lab, ch in b[1]:
                x.append(o.p(o.span("☒" if ch else "☐", 'box') + " " + esc(lab)))
        elif b[0] == 'dd':
            x.append(o.p(o.span(b[1] + ": ", 'b') + o.dropdown(b[2], b[3])))
        elif b[0] == 'sig':
            x.append(sig_rows(o, b[1], c))
        elif b[0] == 'comment':
            x.append(o.p(o.annotation(b[2]) + o.runs(b[1])))
    return ''.join(x)


def l4_groei(spec, c, path):
    """Groeidocument with the OPP as chapter 4: TOC, frame with text box, annotations, tracked changes, placeholders, date fields."""
    o = Odt()
    el = prepare(spec, c)
    ex = spec.get('extras', ())
    o.header = f"{c.school} — Groeidocument {c.name}"
    o.footer = f"{c.swv}"
    B = o.body
    B.append(o.p(esc("Groeidocument"), "Title"))
    B.append(o.p(o.span(f"{c.name} · {c.group} · {c.school}", 'b')))
    chapters = ["1 Gegevens", "2 Leerlingbeeld", "3 Onderwijsbehoeften", "4 Ontwikkelingsperspectief (OPP)", "5 Betrokkenen en afspraken", "6 Ondertekening"]
    toc_e = [(chapters[0], 1), (chapters[1], 2), (chapters[2], 2), (chapters[3], 3)]
    sub = {'uitstroombestemming': "4.1 Uitstroombestemming", 'onderbouwing': "4.2 Onderbouwing", 'doelen': "4.3 Doelen",
           'ondersteuning': "4.4 Ondersteuning (handelingsdeel)", 'afwijkingen_onderwijsprogramma': "4.5 Afwijkingen van het programma",
           'inbreng_leerling': "5.1 Stem van de leerling", 'oogo': "5.2 Overleg met ouders", 'adviezen_professionals': "5.3 Adviezen externe deskundigen",
           'evaluatie': "5.4 Evaluatie", 'vaststelling': "6.1 Vaststelling", 'instemming_ouders': "6.2 Instemming ouders", 'informatie_rechten': "6.3 Rechten van ouders"}
    for e, s in sub.items():
        if el[e][1] is not None or spec['v'].get(e) == 'toc_only':
            toc_e.append((s, 3 if s[0] == '4' else 4))
        if s.startswith("4.5"):
            toc_e.append((chapters[4], 4))
        if s.startswith("5.4"):
            toc_e.append((chapters[5], 5))
    B.append(o.toc(toc_e))
    B.append(o.h(chapters[0]))
    B.append(o.table([[dict(xml=o.p(o.span("Naam", 'b'))), dict(xml=o.p(esc(c.name)))],
                      [dict(xml=o.p(o.span("Geboortedatum", 'b'))), dict(xml=o.p(o.date(c.birth)))],
                      [dict(xml=o.p(o.span("Ouders/verzorgers", 'b'))), dict(xml=o.p(esc(c.parents if not c.adult else c.name + ' (meerderjarig)')))],
                      [dict(xml=o.p(o.span("Datum groeidocument", 'b'))), dict(xml=o.p(o.date(c.date_set - dt.timedelta(days=20))))],
                      [dict(xml=o.p(o.span("Telefoon", 'b'))), dict(xml=o.p(o.span("Klik hier om tekst in te voeren", 'ph')) if 'gegevens_placeholder' in ex else o.p("06-" + str(c.r.randint(10000000, 99999999))))]],
                     ["TblA", "TblB"]))
    B.append(o.h(chapters[1]))
    for e, lab in (('belemmerende_factoren', "Belemmerende factoren"), ('bevorderende_factoren', "Bevorderende en beschermende factoren")):
        st, bl = el[e]
        if bl is None:
            continue
        B.append(o.h(lab, 2))
        B.append(oblocks(o, bl, c))
    B.append(o.h(chapters[2]))
    st, bl = el['ondersteuningsbehoefte']
    if bl is not None:
        B.append(oblocks(o, bl, c))
    else:
        B.append(o.p(esc(f"Zie hoofdstuk 4.")))
    B.append(o.h(chapters[3]))
    for e in ('uitstroombestemming', 'onderbouwing', 'doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma'):
        st, bl = el[e]
        if bl is None:
            continue
        B.append(o.h(sub[e], 2))
        B.append(oblocks(o, bl, c))
        if e == 'ondersteuning' and 'ins_extra' in ex:
            B.append(o.p(o.span(f"Vanaf januari ook deelname aan de sova-training (8 bijeenkomsten).", 'ins')))
        if e == 'ondersteuning' and 'del_extra' in ex:
            B.append(o.p(o.span("Eenmaal per week begeleiding door de remedial teacher.", 'del')))
        if e == 'uitstroombestemming' and 'comment_extra' in ex:
            B.append(o.p(o.annotation("Bespreken met ouders of dit niet te laag is.") + esc("")))
    B.append(o.h(chapters[4]))
    for e in ('inbreng_leerling', 'oogo', 'adviezen_professionals', 'evaluatie'):
        st, bl = el[e]
        if bl is None:
            continue
        B.append(o.h(sub[e], 2))
        if e == 'inbreng_leerling':
            B.append(o.textbox(o.p(o.span("Dit vind ik zelf", 'b')) + (oblocks(o, bl, c) or o.p(""))))
        else:
            B.append(oblocks(o, bl, c))
    B.append(o.h(chapters[5]))
    for e in ('vaststelling', 'instemming_ouders', 'informatie_rechten'):
        st, bl = el[e]
        if bl is None:
            continue
        B.append(o.h(sub[e], 2))
        if e == 'vaststelling' and st == 'present':
            B.append(o.p(esc("Datum vaststelling: ") + o.date(c.date_set)))
        B.append(oblocks(o, bl, c))
    o.save(path, f"Groeidocument {c.name}")


def l5_beknopt(spec, c, path, blank=False):
    """'Beknopt OPP': one or two pages, two-column table with merged section rows and tick boxes as characters."""
    o = Odt()
    el = prepare(spec, c)
    o.header = (f"{c.school} · {c.place}" if not blank else "Beknopt OPP — format")
    o.footer = "Beknopt OPP"
    B = o.body
    B.append(o.p(esc("Beknopt ontwikkelingsperspectief"), "Title"))
    rows = []
    sect = lambda s: rows.append([dict(xml=o.p(o.span(s, 'b')), span=2, head=True), dict(covered=True)])
    kv = lambda k, inner: rows.append([dict(xml=o.p(o.span(k, 'b'))), dict(xml=inner or o.p(""))])
    sect("A. Leerling")
    kv("Naam", o.p("" if blank else esc(c.name)))
    kv("Groep/klas", o.p("" if blank else esc(c.group)))
    kv("Datum", o.p("" if blank else o.date(c.date_set)))
    sect("B. Perspectief")
    lab = {'uitstroombestemming': "Verwachte uitstroom", 'onderbouwing': "Waarom?", 'belemmerende_factoren': "Belemmerend",
           'bevorderende_factoren': "Bevorderend", 'ondersteuningsbehoefte': "Onderwijsbehoeften", 'doelen': "Doelen",
           'ondersteuning': "Aanpak (wat/wie/wanneer)", 'afwijkingen_onderwijsprogramma': "Afwijkingen programma",
           'adviezen_professionals': "Adviezen deskundigen", 'inbreng_leerling': "Mening leerling", 'oogo': "Besproken met ouders",
           'evaluatie': "Evaluatie", 'vaststelling': "Vastgesteld", 'instemming_ouders': "Instemming", 'informatie_rechten': "Rechten"}
    groups = [("B. Perspectief", ['uitstroombestemming', 'onderbouwing']),
              ("C. Leerlingbeeld", ['belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte']),
              ("D. Handelingsdeel", ['doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals']),
              ("E. Afspraken", ['inbreng_leerling', 'oogo', 'evaluatie', 'vaststelling', 'informatie_rechten'])]
    for gi, (g, es) in enumerate(groups):
        if gi:
            sect(g)
        for e in es:
            st, bl = el[e]
            if bl is None:
                continue
            kv(lab[e], oblocks(o, bl, c))
    B.append(o.table(rows, ["TblA", "TblB"]))
    st, bl = el['instemming_ouders']
    if bl is not None:
        B.append(o.h("F. Instemming ouders met het handelingsdeel", 2))
        B.append(oblocks(o, bl, c))
    o.save(path, "Beknopt OPP")


def leaflet(path):
    o = Odt()
    o.header = "Stichting Passend Leren Oosterbroek — informatie voor ouders"
    o.footer = "Folder OPP, versie 2025"
    B = o.body
    B.append(o.p(esc("Wat is een ontwikkelingsperspectiefplan?"), "Title"))
    B.append(o.textbox(o.p(o.span("In het kort: ", 'b') + esc("een OPP beschrijft wat uw kind nodig heeft en waar het naartoe werkt. U praat mee en u stemt in met het handelingsdeel."))))
    for h, txt in [
        ("Wanneer krijgt een kind een OPP?", "Als een leerling extra ondersteuning krijgt die verder gaat dan de basisondersteuning van de school, of als een leerling naar het speciaal (basis)onderwijs gaat."),
        ("Wat staat er in een OPP?", "De verwachte uitstroombestemming en de onderbouwing daarvan, de belemmerende en bevorderende factoren, de onderwijsbehoeften, de ondersteuning die de school biedt, de doelen en eventuele afwijkingen van het onderwijsprogramma. Ook de adviezen van deskundigen worden erin opgenomen."),
        ("Praat ik mee?", "Ja. De school moet het OPP met u bespreken voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook uw kind zelf horen."),
        ("Hoe vaak wordt het besproken?", "Minstens één keer per schooljaar evalueert de school het OPP met u en met uw kind."),
        ("Niet eens?", "Ga eerst in gesprek met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent of, binnen zes weken na vaststelling, de Geschillencommissie passend onderwijs.")]:
        B.append(o.h(h, 2))
        B.append(o.p(esc(txt)))
    B.append(o.table([[dict(xml=o.p(o.span("Contact", 'b')), span=2, head=True), dict(covered=True)],
                      [dict(xml=o.p("Ouder- en jeugdsteunpunt")), dict(xml=o.p("0800-0240 (gratis), ma-do 9-16 uur"))],
                      [dict(xml=o.p("E-mail")), dict(xml=o.p("ouders@passendleren-oosterbroek.example"))]], ["TblA", "TblB"]))
    o.save(path, "Folder OPP")
