# -*- coding: utf-8 -*-
"""Minimal hand-written WordprocessingML writer (deterministic zip, no clock)."""
import zipfile
from xml.sax.saxutils import escape as _esc

FIXED = (2025, 1, 1, 0, 0, 0)
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14"')
CHANGE_DATE = "2025-10-01T09:30:00Z"


def esc(s):
    return _esc(s)


def t(s):
    return f'<w:t xml:space="preserve">{esc(s)}</w:t>'


def rpr(kind=None, bold=False, size=None, color=None, italic=False, font=None):
    x = []
    if font:
        x.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')
    if kind == 'ph':
        x.append('<w:rStyle w:val="PlaceholderText"/>')
    if bold or kind == 'b':
        x.append('<w:b/>')
    if italic or kind in ('i', 'instr'):
        x.append('<w:i/>')
    if kind == 'hid':
        x.append('<w:vanish/>')
    if kind == 'white':
        color = 'FFFFFF'
    if kind == 'instr':
        color = color or '2F5597'
    if color:
        x.append(f'<w:color w:val="{color}"/>')
    if size:
        x.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return f'<w:rPr>{"".join(x)}</w:rPr>' if x else ''


class Docx:
    def __init__(self):
        self.comments = []
        self.images = []  # (rid, name, bytes)
        self.ids = 100
        self.header = None
        self.footer = None
        self.cb = 'sdt'     # sdt | legacy | char
        self.fill = 'plain'  # sdt | legacy | plain
        self.landscape = False
        self.settings_extra = ''

    def nid(self):
        self.ids += 1
        return self.ids

    # ---------- runs
    def run(self, text, kind='n', **kw):
        if kind == 'del':
            return (f'<w:del w:id="{self.nid()}" w:author="IB" w:date="{CHANGE_DATE}"><w:r>{rpr()}'
                    f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')
        if kind == 'ins':
            return (f'<w:ins w:id="{self.nid()}" w:author="Mentor" w:date="{CHANGE_DATE}"><w:r>{rpr()}{t(text)}</w:r></w:ins>')
        if kind == 'ph' and self.fill == 'sdt':
            return self.sdt_text(None)
        if kind == 'ph' and self.fill == 'legacy':
            return self.formtext('')
        return f'<w:r>{rpr(kind, **kw)}{t(text)}</w:r>'

    def runs(self, runs, **kw):
        out = []
        for text, kind in runs:
            if kind == 'n' and self.fill == 'sdt' and text:
                out.append(self.sdt_text(text))
            elif kind == 'n' and self.fill == 'legacy' and kw.get('field'):
                out.append(self.formtext(text))
            else:
                out.append(self.run(text, kind))
        return ''.join(out)

    def sdt_text(self, text, alias="Tekst"):
        i = self.nid()
        if text is None:
            return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{i}"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
                    f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>{t("Klik of tik om tekst in te voeren.")}</w:r></w:sdtContent></w:sdt>')
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{i}"/><w:text w:multiLine="1"/></w:sdtPr>'
                f'<w:sdtContent><w:r>{t(text)}</w:r></w:sdtContent></w:sdt>')

    def sdt_date(self, iso, shown):
        i = self.nid()
        if iso is None:
            return (f'<w:sdt><w:sdtPr><w:id w:val="{i}"/><w:showingPlcHdr/><w:date><w:dateFormat w:val="d-M-yyyy"/><w:lid w:val="nl-NL"/>'
                    f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r>'
                    f'<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>{t("Klik of tik om een datum in te voeren.")}</w:r></w:sdtContent></w:sdt>')
        return (f'<w:sdt><w:sdtPr><w:id w:val="{i}"/><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d-M-yyyy"/><w:lid w:val="nl-NL"/>'
                f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r>{t(shown)}</w:r></w:sdtContent></w:sdt>')

    def sdt_dropdown(self, options, idx):
        i = self.nid()
        items = ''.join(f'<w:listItem w:displayText="{esc(o)}" w:value="{esc(o) if k else ""}"/>' for k, o in enumerate(options))
        if idx is None:
            return (f'<w:sdt><w:sdtPr><w:id w:val="{i}"/><w:showingPlcHdr/><w:dropDownList>{items}</w:dropDownList></w:sdtPr>'
                    f'<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>{t(options[0])}</w:r></w:sdtContent></w:sdt>')
        return (f'<w:sdt><w:sdtPr><w:id w:val="{i}"/><w:dropDownList w:lastValue="{esc(options[idx])}">{items}</w:dropDownList></w:sdtPr>'
                f'<w:sdtContent><w:r>{t(options[idx])}</w:r></w:sdtContent></w:sdt>')

    def formtext(self, value):
        i = self.nid()
        shown = value if value else '\u2002' * 5
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst{i}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                f'<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>{t(shown)}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def formdropdown(self, options, idx):
        i = self.nid()
        res = f'<w:result w:val="{idx}"/>' if idx else ''
        ents = ''.join(f'<w:listEntry w:val="{esc(o)}"/>' for o in options)
        return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Keuzelijst{i}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                f'<w:ddList>{res}{ents}</w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>{t(options[idx or 0])}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def checkbox(self, checked):
        i = self.nid()
        if self.cb == 'sdt':
            return (f'<w:sdt><w:sdtPr><w:id w:val="{i}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                    f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                    f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                    f'{t("☒" if checked else "☐")}</w:r></w:sdtContent></w:sdt>')
        if self.cb == 'legacy':
            return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje{i}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                    f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{"<w:checked/>" if checked else ""}</w:checkBox></w:ffData></w:fldChar></w:r>'
                    f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        return f'<w:r>{rpr(font="DejaVu Sans")}{t("☒" if checked else "☐")}</w:r>'

    # ---------- paragraphs
    def p(self, inner, style=None, jc=None, extra_ppr='', keep=False):
        ppr = ''
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if keep:
            ppr += '<w:keepNext/>'
        ppr += extra_ppr
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        return f'<w:p>{"<w:pPr>"+ppr+"</w:pPr>" if ppr else ""}{inner}</w:p>'

    def ptext(self, text, style=None, kind='n', **kw):
        return self.p(self.run(text, kind, **kw), style)

    def comment(self, inner_runs, ctext, author="IB"):
        cid = len(self.comments)
        self.comments.append((cid, author, ctext))
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner_runs}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def image(self, png, cx_emu, cy_emu, name="handtekening.png"):
        rid = f"rIdImg{len(self.images)+1}"
        self.images.append((rid, f"image{len(self.images)+1}.png", png))
        i = self.nid()
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx_emu}" cy="{cy_emu}"/>'
                f'<wp:docPr id="{i}" name="{name}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{i}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/>'
                f'<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx_emu}" cy="{cy_emu}"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    def textbox(self, inner_paras, width_pt=440, height_pt=90):
        i = self.nid()
        return self.p(f'<w:r><w:pict><v:shape id="Tekstvak{i}" o:spid="_x0000_s{i}" type="#_x0000_t202" '
                      f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#2F5597" strokeweight="1pt">'
                      f'<v:textbox><w:txbxContent>{inner_paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')

    def frame_p(self, inner, width_twips=3200):
        return self.p(inner, extra_ppr=(f'<w:framePr w:w="{width_twips}" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
                                         f'w:hAnchor="margin" w:xAlign="right" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="C00000"/>'
                                         f'<w:left w:val="single" w:sz="6" w:space="4" w:color="C00000"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="C00000"/>'
                                         f'<w:right w:val="single" w:sz="6" w:space="4" w:color="C00000"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FDEDEC"/>'))

    # ---------- tables
    def table(self, rows, widths, header_rows=0, shade_first_col=False, borders=True):
        """rows: list of rows; row: list of cells; cell: dict(xml=..., span=1, vmerge=None|'restart'|'cont', fill=None)"""
        grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/>'
             '<w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/>'
             '<w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>') if borders else ''
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for ri, row in enumerate(rows):
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri < header_rows else ''
            out.append(f'<w:tr>{trpr}')
            col = 0
            for ci, cell in enumerate(row):
                if isinstance(cell, str):
                    cell = dict(xml=cell)
                span = cell.get('span', 1)
                w = sum(widths[col:col+span])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if cell.get('vmerge') == 'restart':
                    tcpr += '<w:vMerge w:val="restart"/>'
                elif cell.get('vmerge') == 'cont':
                    tcpr += '<w:vMerge/>'
                fill = cell.get('fill') or ('D9E2F3' if ri < header_rows else ('F2F2F2' if shade_first_col and ci == 0 else None))
                if fill:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
                xml = cell.get('xml') or '<w:p/>'
                if not xml.rstrip().endswith('</w:p>'):
                    xml += '<w:p/>'
                out.append(f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{xml}</w:tc>')
                col += span
            out.append('</w:tr>')
        out.append('</w:tbl>')
        return ''.join(out)

    # ---------- save
    def save(self, path, body, title="OPP"):
        sect_w, sect_h = (16838, 11906) if self.landscape else (11906, 16838)
        orient = ' w:orient="landscape"' if self.landscape else ''
        hf = ''
        if self.header:
            hf += '<w:headerReference w:type="default" r:id="rIdHdr"/>'
        if self.footer:
            hf += '<w:footerReference w:type="default" r:id="rIdFtr"/>'
        sect = (f'<w:sectPr>{hf}<w:pgSz w:w="{sect_w}" w:h="{sect_h}"{orient}/><w:pgMar w:top="1300" w:right="1134" w:bottom="1300" '
                f'w:left="1134" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>')
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}{sect}</w:body></w:document>'
        rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        files = {}
        if self.header:
            rels.append('<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            files['word/header1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{self.header}</w:hdr>'
        if self.footer:
            rels.append('<Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            files['word/footer1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}>{self.footer}</w:ftr>'
        if self.comments:
            rels.append('<Relationship Id="rIdCmt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            cs = ''.join(f'<w:comment w:id="{cid}" w:author="{esc(a)}" w:date="{CHANGE_DATE}" w:initials="IB"><w:p><w:r>{t(x)}</w:r></w:p></w:comment>'
                         for cid, a, x in self.comments)
            files['word/comments.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>{cs}</w:comments>'
        for rid, name, data in self.images:
            rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{name}"/>')
            files[f'word/media/{name}'] = data
        ctx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' + ''.join(ct) + '</Types>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>Zorgteam</dc:creator>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            def w(name, data):
                zi = zipfile.ZipInfo(name, FIXED)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
            w('[Content_Types].xml', ctx)
            w('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
            w('docProps/core.xml', core)
            w('word/document.xml', doc)
            w('word/styles.xml', STYLES)
            w('word/settings.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}>{self.settings_extra}<w:defaultTabStop w:val="708"/><w:lang w:val="nl-NL"/></w:settings>')
            w('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')
            for k, v in sorted(files.items()):
                w(k, v)


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5597"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Klein"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>'''
