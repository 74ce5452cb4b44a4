#!/usr/bin/env python3
"""Deterministic generator for blind set 2026-12-05j. Run with the venv python from this folder:
   nice ../venv/bin/python gen.py
Writes docs/ and labels.json. soffice is called once (batch) for docx/odt -> pdf; scans use pdftoppm."""
import json, os, random, subprocess, shutil, glob, datetime
from profiles import PROFILES, FIRST, LAST
import layouts as L

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_build")
ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
TYPE_LONG = {"po": "basisonderwijs", "sbo": "speciaal basisonderwijs", "so": "speciaal onderwijs (so)",
             "vo": "voortgezet onderwijs", "pro": "praktijkonderwijs", "vso": "voortgezet speciaal onderwijs"}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

# id, layout, out-format, profile, plan date, consent kind, gaps {element: state}, note
SPECS = [
 ("A01", "A", "pdf-soffice", "po_lezen", "2025-10-14", "given", {}, "complete plan"),
 ("A02", "A", "pdf-soffice", "vo_angst", "2025-11-03", "protest", {"inbreng_leerling": "noeffect", "vaststelling": "instr"}, "consent signed onder protest; pupil's view without what it changed; template instruction left in vaststelling"),
 ("A03", "A", "docx", "sbo_taal", "2024-11-20", "given", {"informatie_rechten": "miss", "evaluatie": "ph"}, "pre-Aug-2025 plan; no rights section; evaluation placeholder"),
 ("A04", "A", "pdf-soffice", "so_autisme", "2025-09-30", "schoolonly", {"adviezen_professionals": "seeverslag", "doelen": "vague"}, "consent signed only by the school; advice only 'zie verslag'; vague goals"),
 ("A05", "A", "pdf-soffice", "vso_adult", "2025-10-08", "adult", {"oogo": "miss"}, "adult pupil signs himself (inbreng n/a); explicit no deviations; no OOGO"),
 ("A06", "A", "docx", "po_gedrag", "2025-03-12", "voorgezien", {"afwijkingen_onderwijsprogramma": "miss", "oogo": "instr"}, "pre-Aug-2025; parent signed 'voor gezien'; silence on deviations; template instruction left in OOGO"),
 ("S01", "A", "scan", "pro_werk", "2025-10-21", "given", {"onderbouwing": "empty"}, "scan of layout A; onderbouwing heading empty"),
 ("B01", "B", "odt", "po_gedrag", "2025-11-12", "given", {}, "complete plan, parent letter; no deviations stated"),
 ("B02", "B", "pdf-soffice-odt", "sbo_taal", "2025-10-02", "unticked", {"belemmerende_factoren": "ph", "inbreng_leerling": "miss"}, "consent boxes unticked, no signature; factors placeholder; no pupil input after Aug 2025"),
 ("B03", "B", "odt", "po_lezen", "2025-01-20", "avg_only", {"oogo": "ph"}, "pre-Aug-2025; only photo consent signed, no OPP consent; OOGO placeholder"),
 ("B04", "B", "pdf-soffice-odt", "vo_angst", "2025-09-25", "stated", {"doelen": "miss", "evaluatie": "miss"}, "consent stated with date (e-mail); no goals, no evaluation"),
 ("B05", "B", "odt", "so_autisme", "2025-10-28", "refused", {"ondersteuning": "partial", "uitstroombestemming": "instr"}, "consent refused (box 'niet eens' ticked); support without who/how often; instruction left in destination"),
 ("B06", "B", "pdf-soffice-odt", "pro_werk", "2025-12-01", "nodate", {"bevorderende_factoren": "miss", "adviezen_professionals": "miss", "informatie_rechten": "ref"}, "signature without date; no positive factors, no advice; rights section only refers to an earlier report"),
 ("C01", "C", "docx", "vo_angst", "2025-10-10", "given", {}, "complete; content controls and tick boxes"),
 ("C02", "C", "docx", "po_lezen", "2025-11-05", "partial", {"onderbouwing": "instr", "vaststelling": "empty"}, "partial consent; Word placeholder text in onderbouwing; vaststelling empty"),
 ("C03", "C", "docx", "vso_curatele", "2025-10-15", "curatele_self", {}, "pupil under curatele signed himself, curator line empty"),
 ("C04", "C", "docx", "sbo_taal", "2024-10-01", "blank", {"ondersteuningsbehoefte": "ref"}, "pre-Aug-2025; blank signature lines; needs 'zie bijlage'"),
 ("C05", "C", "pdf-soffice", "pro_werk", "2025-09-18", "voorgezien", {"afwijkingen_onderwijsprogramma": "ph", "doelen": "empty"}, "'voor gezien'; deviations placeholder; goals empty"),
 ("C06", "C", "docx", "vso_vervolg", "2025-11-20", "given", {"oogo": "empty", "informatie_rechten": "miss", "uitstroombestemming": "ph"}, "OOGO empty; no rights; destination placeholder"),
 ("D01", "D", "pdf", "so_autisme", "2025-10-06", "given", {}, "complete, domain tables"),
 ("D02", "D", "pdf", "vo_angst", "2024-12-09", "given", {"belemmerende_factoren": "empty"}, "pre-Aug-2025; belemmerend column empty"),
 ("D03", "D", "pdf", "po_gedrag", "2025-10-20", "schoolonly", {"bevorderende_factoren": "ph"}, "only school signed; bevorderend n.t.b.; explicit n.v.t. deviations"),
 ("D04", "D", "pdf", "vso_curatele", "2025-11-10", "curator", {"adviezen_professionals": "seeverslag"}, "curator consents for pupil under curatele; advice 'zie verslag'"),
 ("D05", "D", "pdf", "pro_werk", "2025-08-28", "protest", {"ondersteuning": "partial", "vaststelling": "miss"}, "onder protest; support table without who/how often; no vaststelling"),
 ("D06", "D", "pdf", "sbo_taal", "2025-09-09", "given", {"inbreng_leerling": "noeffect", "oogo": "ph", "evaluatie": "instr"}, "pupil view without effect; OOGO n.t.b.; evaluation instruction"),
 ("S02", "D", "scan", "po_lezen", "2025-10-01", "nodate", {"informatie_rechten": "miss"}, "scan of layout D; signature without date; no rights"),
 ("E01", "E", "pdf-soffice", "sbo_taal", "2025-11-17", "given", {}, "complete groeidocument"),
 ("E02", "E", "odt", "po_lezen", "2025-09-22", "refused", {"uitstroombestemming": "miss", "onderbouwing": "miss", "informatie_rechten": "ph"}, "consent refused; no destination and no onderbouwing; rights placeholder"),
 ("E03", "E", "pdf-soffice", "so_autisme", "2025-02-11", "given", {"ondersteuningsbehoefte": "instr", "adviezen_professionals": "ref"}, "pre-Aug-2025; needs = template instruction; advice refers to annex"),
 ("E04", "E", "odt", "po_gedrag", "2025-10-09", "avg_only", {"belemmerende_factoren": "ref"}, "AVG consent signed, OPP consent missing; factors 'zie bijlage'"),
 ("E05", "E", "pdf-soffice", "vso_vervolg", "2025-10-30", "given", {"doelen": "ph", "afwijkingen_onderwijsprogramma": "miss"}, "goals placeholder; silence on deviations"),
 ("E06", "E", "pdf-soffice-odt", "vo_angst", "2025-11-24", "blank", {"evaluatie": "empty", "inbreng_leerling": "instr"}, "blank signature lines; evaluation empty; pupil part instruction"),
 ("F01", "F", "txt", "pro_werk", "2025-10-13", "given", {}, "complete system export"),
 ("F02", "F", "pdf-mono", "po_lezen", "2025-09-15", "voorgezien", {"ondersteuning": "ph", "inbreng_leerling": "noeffect"}, "voor gezien; handelingsdeel <leeg>; pupil view without effect"),
 ("F03", "F", "txt", "vso_adult", "2025-11-04", "adult", {"evaluatie": "ph", "informatie_rechten": "instr"}, "adult pupil consents; evaluation <leeg>; rights field holds the system's field instruction"),
 ("F04", "F", "pdf-mono", "sbo_taal", "2025-06-02", "unticked", {"doelen": "vague", "adviezen_professionals": "ref"}, "pre-Aug-2025; unticked consent; vague goals; advice 'zie document'"),
 ("F05", "F", "txt", "so_autisme", "2025-12-02", "schoolonly", {"uitstroombestemming": "empty", "onderbouwing": "ph", "belemmerende_factoren": "empty"}, "only school signed; destination, onderbouwing, factors empty"),
 ("G01", "G", "pdf-form", "po_gedrag", "2025-10-27", "given", {}, "complete fillable form"),
 ("G02", "G", "pdf-form", "vo_angst", "2025-11-13", "blank", {"oogo": "empty", "inbreng_leerling": "ph"}, "consent fields blank; OOGO empty; pupil placeholder"),
 ("G03", "G", "pdf-form", "sbo_taal", "2025-09-29", "refused", {"afwijkingen_onderwijsprogramma": "instr", "bevorderende_factoren": "empty"}, "refused; deviations instruction text; bevorderend empty"),
 ("G04", "G", "pdf-form", "pro_werk", "2025-03-24", "nodate", {"oogo": "ph", "doelen": "vague"}, "pre-Aug-2025; no date on consent; OOGO placeholder; vague goals"),
 ("G05", "G", "pdf-form", "so_autisme", "2025-10-16", "unticked", {"ondersteuning": "ref", "evaluatie": "miss"}, "unticked box; support 'zie bijlage'; no evaluation"),
 ("H01", "H", "odt", "vso_vervolg", "2025-10-22", "given", {}, "complete narrative"),
 ("H02", "H", "txt", "vso_curatele", "2025-09-11", "curator", {"belemmerende_factoren": "miss", "ondersteuningsbehoefte": "miss"}, "curator consents; no belemmerende factoren, no needs"),
 ("H03", "H", "pdf", "po_lezen", "2025-11-26", "partial", {"adviezen_professionals": "seeverslag", "oogo": "miss"}, "partial consent; advice only reference; no OOGO"),
 ("H04", "H", "txt", "vso_adult", "2025-01-15", "adult", {"doelen": "miss", "evaluatie": "ph"}, "pre-Aug-2025 adult pupil; no goals; evaluation '...'"),
 ("H05", "H", "pdf-soffice-odt", "so_autisme", "2025-10-03", "stated", {"inbreng_leerling": "noeffect", "vaststelling": "empty"}, "consent stated with date; pupil view without effect; 'Vastgesteld:' empty"),
 ("S03", "H", "scan", "vo_angst", "2025-11-06", "protest", {"ondersteuningsbehoefte": "ph"}, "scan of narrative; onder protest; needs '...'"),
]

ADULTS = {"vso_adult"}
DIRECTORS = ["M. Brinkhorst", "drs. E. Vlasblom", "R. Oude Wesselink", "H. Tjoelker", "C. Amerongen-Pas", "J. Wijnbergh"]
MENTORS = ["juf Sanne Hovius", "meester Bas Ridderhof", "mevr. K. Ploeger (ib)", "dhr. T. Gerritsma (mentor)",
           "mw. L. Achterberg", "Anouk Veldhuis (zorgcoördinator)", "P. Doornbosch"]


def dnl(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month-1]} {d.year}", d


def make_pupil(i, spec):
    sid, lay, fmt, prof, date, ck, gaps, note = spec
    r = random.Random(1000 + i)
    P = dict(PROFILES[prof])
    first = FIRST[i % len(FIRST)]
    last = LAST[(i * 7) % len(LAST)]
    P['first'], P['name'] = first, f"{first} {last}"
    age = {"po": 10, "sbo": 9, "so": 11, "vo": 14, "pro": 15, "vso": 19 if prof in ADULTS or prof == 'vso_curatele' else 16}[P['type']]
    ds, d = dnl(date)
    by = d.year - age
    P['dob'] = f"{r.randint(1,28):02d}-{r.randint(1,12):02d}-{by}"
    P['date'] = ds if i % 3 else d.strftime("%d-%m-%Y")
    P['after'] = d >= datetime.date(2025, 8, 1) and prof not in ADULTS
    P['oogo_date'] = (d - datetime.timedelta(days=r.randint(6, 20))).strftime("%d-%m-%Y")
    P['sigdate'] = (d + datetime.timedelta(days=r.randint(0, 9))).strftime("%d-%m-%Y")
    ey = d.year + 1 if d.month >= 8 else d.year
    P['eval'] = r.choice([f"februari en juni {ey}", f"januari {ey} (tussenevaluatie) en juni {ey}", f"maart {ey} en aan het eind van het schooljaar"])
    P['parent'] = r.choice(["mevrouw", "de heer", "mw.", "dhr."]) + " " + last
    P['mentor'] = MENTORS[i % len(MENTORS)]
    P['director'] = DIRECTORS[i % len(DIRECTORS)]
    P['curator'] = f"mw. I. {last} (zus)"
    if prof in ADULTS:
        P['parent'] = f"{P['name']} (leerling, 19 jaar)"
    if prof == 'vso_curatele':
        P['parent'] = P['curator']
    P['type_long'] = TYPE_LONG[P['type']]
    P['seed'] = i
    S = dict(gaps)
    S['consent'] = ck
    pre = d < datetime.date(2025, 8, 1)
    if pre or prof in ADULTS:
        S['inbreng_leerling'] = 'miss'   # not rendered; label n/a
    if P['afw'] is None:
        st = S.get('afwijkingen_onderwijsprogramma', 'ok')
        if st == 'ok':
            S['afwijkingen_onderwijsprogramma'] = 'none'
        P['afw'] = "-"   # never rendered as content
    return P, S, pre


def labels_for(P, S, pre, prof):
    lab = {}
    for el in ELEMENTS:
        if el == 'instemming_ouders':
            ck = S['consent']
            lab[el] = 'present' if ck in ('given', 'stated', 'adult', 'curator') else ('missing' if ck in ('avg_only', 'miss') else 'incomplete')
            continue
        if el == 'inbreng_leerling' and (pre or prof in ADULTS):
            lab[el] = 'not_applicable'
            continue
        st = S.get(el, 'ok')
        lab[el] = {'ok': 'present', 'miss': 'missing', 'none': 'not_applicable'}.get(st, 'incomplete')
    return lab


# ------------------------------------------------------------------ renderers
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _sdt_text(par, value, placeholder="Klik of tik om tekst in te voeren.", tag="veld"):
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    a = OxmlElement('w:alias'); a.set(qn('w:val'), tag); pr.append(a)
    t = OxmlElement('w:tag'); t.set(qn('w:val'), tag); pr.append(t)
    if not value:
        pr.append(OxmlElement('w:showingPlcHdr'))
    pr.append(OxmlElement('w:text'))
    sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r')
    tt = OxmlElement('w:t'); tt.text = value or placeholder
    tt.set(qn('xml:space'), 'preserve')
    r.append(tt); content.append(r); sdt.append(content)
    par._p.append(sdt)


def _sdt_check(par, checked, label):
    sdt = OxmlElement('w:sdt')
    pr = OxmlElement('w:sdtPr')
    cb = OxmlElement('w14:checkbox')
    c = OxmlElement('w14:checked'); c.set(qn('w14:val'), '1' if checked else '0'); cb.append(c)
    cs = OxmlElement('w14:checkedState'); cs.set(qn('w14:val'), '2612'); cs.set(qn('w14:font'), 'MS Gothic'); cb.append(cs)
    us = OxmlElement('w14:uncheckedState'); us.set(qn('w14:val'), '2610'); us.set(qn('w14:font'), 'MS Gothic'); cb.append(us)
    pr.append(cb); sdt.append(pr)
    content = OxmlElement('w:sdtContent')
    r = OxmlElement('w:r'); tt = OxmlElement('w:t'); tt.text = '☒' if checked else '☐'; r.append(tt)
    content.append(r); sdt.append(content)
    par._p.append(sdt)
    par.add_run(" " + label)


def to_docx(blocks, path):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
    ftab = None
    for bl in blocks:
        k = bl[0]
        if k != 'field':
            ftab = None
        if k == 'title':
            doc.add_heading(bl[1], 0)
        elif k == 'h':
            doc.add_heading(bl[1], 1)
        elif k == 'h2':
            doc.add_heading(bl[1], 2)
        elif k == 'p':
            doc.add_paragraph(bl[1])
        elif k == 'bul':
            for it in bl[1]:
                doc.add_paragraph(it, style='List Bullet')
        elif k == 'table':
            rows = bl[1]
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows)); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if bl[2] and i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        elif k == 'field':
            if ftab is None:
                ftab = doc.add_table(rows=0, cols=2); ftab.style = 'Table Grid'
            row = ftab.add_row().cells
            row[0].text = bl[1]
            row[0].paragraphs[0].runs[0].bold = True
            _sdt_text(row[1].paragraphs[0], bl[2], tag=bl[1][:30])
        elif k == 'check':
            for lab, c in bl[1]:
                _sdt_check(doc.add_paragraph(), c, lab)
        elif k == 'sig':
            t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
            for j, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.cell(0, j).text = h
            for role, name, date, sg in bl[1]:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text = role, name, date
                c[3].text = "(w.g.)" if sg else ""
        elif k == 'mono':
            for ln in bl[1]:
                doc.add_paragraph(ln)
    doc.save(path)


def to_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P as TP
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph"); hs.addElement(TextProperties(fontsize="14pt", fontweight="bold")); doc.styles.addElement(hs)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); doc.styles.addElement(h2)
    ts = Style(name="Title", family="paragraph"); ts.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(ts)
    cs = Style(name="cell", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cs)

    def table(rows):
        n = max(len(r) for r in rows)
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        for r in rows:
            tr = TableRow()
            for j in range(n):
                tc = TableCell(stylename=cs)
                tc.addElement(TP(text=r[j] if j < len(r) else ""))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    for bl in blocks:
        k = bl[0]
        if k == 'title':
            doc.text.addElement(TP(stylename=ts, text=bl[1]))
        elif k in ('h', 'h2'):
            doc.text.addElement(H(outlinelevel=1 if k == 'h' else 2, stylename=hs if k == 'h' else h2, text=bl[1]))
        elif k == 'p':
            doc.text.addElement(TP(text=bl[1]))
        elif k == 'bul':
            for it in bl[1]:
                doc.text.addElement(TP(text="• " + it))
        elif k == 'table':
            table(bl[1])
        elif k == 'field':
            doc.text.addElement(TP(text=f"{bl[1]}: {bl[2]}"))
        elif k == 'check':
            for lab, c in bl[1]:
                doc.text.addElement(TP(text=("☒ " if c else "☐ ") + lab))
        elif k == 'sig':
            table([["", "Naam", "Datum", "Handtekening"]] + [[r, n, d, "(w.g.)" if s else "......................"] for r, n, d, s in bl[1]])
        elif k == 'mono':
            for ln in bl[1]:
                doc.text.addElement(TP(text=ln))
    doc.save(path)


def to_txt(blocks, path):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == 'title':
            out += [bl[1].upper(), "=" * len(bl[1]), ""]
        elif k in ('h', 'h2'):
            out += ["", bl[1], "-" * len(bl[1])]
        elif k == 'p':
            out += [bl[1], ""]
        elif k == 'bul':
            out += ["  - " + it for it in bl[1]] + [""]
        elif k == 'table':
            out += [" | ".join(r) for r in bl[1]] + [""]
        elif k == 'field':
            out += [f"{bl[1]}: {bl[2]}"]
        elif k == 'check':
            out += [("[x] " if c else "[ ] ") + lab for lab, c in bl[1]]
        elif k == 'sig':
            for r, n, d, s in bl[1]:
                out.append(f"{r}: {n or '____________________'}   datum: {d or '__________'}   handtekening: {'(w.g.)' if s else '____________'}")
            out.append("")
        elif k == 'mono':
            out += bl[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RTable, TableStyle, Preformatted
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(blocks, path, footer=None, hand=False):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=12, spaceBefore=8, textColor=colors.HexColor("#1b3a5c"))
    h2 = ParagraphStyle("h2", parent=h1, fontSize=10.5)
    ti = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    mono = ParagraphStyle("m", parent=body, fontName="DVM", fontSize=7.6, leading=9.5)
    st = []
    for bl in blocks:
        k = bl[0]
        if k == 'title':
            st.append(Paragraph(esc(bl[1]), ti))
        elif k == 'h':
            st.append(Paragraph(esc(bl[1]), h1))
        elif k == 'h2':
            st.append(Paragraph(esc(bl[1]), h2))
        elif k == 'p':
            st.append(Paragraph(esc(bl[1]), body))
        elif k == 'bul':
            for it in bl[1]:
                st.append(Paragraph("• " + esc(it), body))
        elif k in ('table', 'sig'):
            if k == 'sig':
                rows = [["Rol", "Naam", "Datum", "Handtekening"]] + [[r, n, d, ("<i>" + esc(n.split()[-1] if n else "") + "</i>" if hand else "(w.g.)") if s else ""] for r, n, d, s in bl[1]]
                hdr = True
            else:
                rows, hdr = bl[1], bl[2]
            n = max(len(r) for r in rows)
            data = [[Paragraph(c if (k == 'sig' and j == 3) else esc(c), cell) for j, c in enumerate(r + [""] * (n - len(r)))] for r in rows]
            t = RTable(data, colWidths=[(17 * 28.35) / n] * n)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")))
            if k == 'sig':
                style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]))
                t = RTable(data, colWidths=[(17 * 28.35) / n] * n, rowHeights=[None] + [28] * (len(rows) - 1))
            t.setStyle(TableStyle(style))
            st.append(t); st.append(Spacer(1, 6))
        elif k == 'field':
            st.append(Paragraph(f"<b>{esc(bl[1])}:</b> {esc(bl[2])}", body))
        elif k == 'check':
            for lab, c in bl[1]:
                st.append(Paragraph(("☒ " if c else "☐ ") + esc(lab), body))
        elif k == 'mono':
            st.append(Preformatted("\n".join(bl[1]), mono))

    def fo(canvas, doc):
        if footer:
            canvas.setFont("DV", 7); canvas.drawString(2 * 28.35, 1.2 * 28.35, footer)
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * 28.35, rightMargin=2 * 28.35, topMargin=2 * 28.35,
                      bottomMargin=2 * 28.35).build(st, onFirstPage=fo, onLaterPages=fo)


def to_form(P, S, path):
    from reportlab.pdfgen import canvas
    F, C = L.layout_G_fields(P, S)
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    c.setFont("DVB", 14); c.drawString(50, H - 50, "Beknopt OPP – invulformulier")
    c.setFont("DV", 8); c.drawString(50, H - 64, "Samenwerkingsverband Kwartelstreek · formulier 7b · digitaal invullen, daarna afdrukken en laten ondertekenen")
    y = H - 90
    form = c.acroForm
    for name, lab, val, multi in F:
        hgt = 44 if multi else 16
        if y - hgt - 14 < 60:
            c.showPage(); y = H - 60
        c.setFont("DVB", 8.5); c.drawString(50, y, lab)
        y -= 4
        form.textfield(name=name, tooltip=lab, x=50, y=y - hgt, width=495, height=hgt, value=val, fontName="Helvetica",
                       fontSize=7.5, borderColor=colors.grey, fillColor=colors.HexColor("#f3f6fa"),
                       fieldFlags="multiline" if multi else "", forceBorder=True)
        y -= hgt + 12
    for name, lab, chk in C:
        if y < 80:
            c.showPage(); y = H - 60
        form.checkbox(name=name, tooltip=lab, x=50, y=y - 12, size=12, checked=chk, buttonStyle="check", borderColor=colors.black, fillColor=colors.white)
        c.setFont("DV", 9); c.drawString(68, y - 9, lab)
        y -= 22
    c.setFont("DV", 7); c.drawString(50, 30, "formulier 7b – versie 2025 – pagina's: zie kop")
    c.save()
    # ask viewers to rebuild field appearances so multiline values wrap
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    w = PdfWriter(clone_from=PdfReader(path))
    w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(path, "wb") as f:
        w.write(f)


def scanify(pdf, out, seed):
    from PIL import Image, ImageFilter
    r = random.Random(seed)
    d = os.path.join(TMP, f"scan{seed}")
    os.makedirs(d, exist_ok=True)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", pdf, os.path.join(d, "p")], check=True)
    pages = []
    for f in sorted(glob.glob(os.path.join(d, "p*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=True, fillcolor=235)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 60):
            x, y = r.randrange(w), r.randrange(h)
            px[x, y] = r.choice([40, 90, 200, 225])
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("RGB"))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=110)


def main():
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(DOCS); os.makedirs(TMP)
    entries, soffice_jobs, scan_jobs = [], [], []
    names = {"A": "swv-genummerd", "B": "ouderbrief-vragen", "C": "veldentabel-contentcontrols", "D": "domeintabel",
             "E": "groeidocument-hoofdstuk", "F": "systeemexport", "G": "beknopt-invulformulier", "H": "doorlopende-tekst"}
    for i, spec in enumerate(SPECS):
        sid, lay, fmt, prof, date, ck, gaps, note = spec
        P, S, pre = make_pupil(i, spec)
        lab = labels_for(P, S, pre, prof)
        base = f"{sid.lower()}-{P['type']}-{names[lay]}"
        blocks = None if lay == 'G' else getattr(L, f"layout_{lay}")(P, S)
        hand = fmt == 'scan'
        if fmt == 'pdf-soffice' or (fmt == 'scan' and lay == 'A'):
            to_docx(blocks, os.path.join(TMP, base + ".docx")); soffice_jobs.append(os.path.join(TMP, base + ".docx"))
            final, ff = base + ".pdf", "pdf"
        elif fmt == 'pdf-soffice-odt':
            to_odt(blocks, os.path.join(TMP, base + ".odt")); soffice_jobs.append(os.path.join(TMP, base + ".odt"))
            final, ff = base + ".pdf", "pdf"
        elif fmt == 'docx':
            to_docx(blocks, os.path.join(DOCS, base + ".docx")); final, ff = base + ".docx", "docx"
        elif fmt == 'odt':
            to_odt(blocks, os.path.join(DOCS, base + ".odt")); final, ff = base + ".odt", "odt"
        elif fmt == 'txt':
            to_txt(blocks, os.path.join(DOCS, base + ".txt")); final, ff = base + ".txt", "txt"
        elif fmt == 'pdf-mono':
            to_pdf(blocks, os.path.join(DOCS, base + ".pdf")); final, ff = base + ".pdf", "pdf"
        elif fmt == 'pdf':
            to_pdf(blocks, os.path.join(DOCS, base + ".pdf"),
                   footer=f"{P['school']} · OPP {P['name']} · vertrouwelijk" if lay == 'D' else None); final, ff = base + ".pdf", "pdf"
        elif fmt == 'pdf-form':
            to_form(P, S, os.path.join(DOCS, base + ".pdf")); final, ff = base + ".pdf", "pdf"
        if fmt == 'scan':
            final, ff = base + "-scan.pdf", "pdf"
            if lay != 'A':
                to_pdf(blocks, os.path.join(TMP, base + ".pdf"), hand=True)
            scan_jobs.append((os.path.join(TMP, base + ".pdf"), os.path.join(DOCS, final), i))
        e = {"file": "docs/" + final, "format": ff, "layout": names[lay] + ("-scan" if fmt == 'scan' else ""),
             "school_type": P['type'], "scanned": fmt == 'scan', "elements": lab,
             "accept_unclear": ["instemming_ouders", "vaststelling"] if fmt == 'scan' else [],
             "notes": f"{names[lay]}; source {fmt}; plan set {date}{' (before 1 Aug 2025)' if pre else ''}; consent: {ck}; gaps: {note}"}
        entries.append(e)
    # non-OPP documents
    to_pdf(L.leaflet(), os.path.join(DOCS, "n01-none-folder-wat-is-een-opp.pdf"))
    entries.append({"file": "docs/n01-none-folder-wat-is-een-opp.pdf", "format": "pdf", "layout": "folder-ouders", "school_type": "none",
                    "scanned": False, "elements": {el: "missing" for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "not an OPP: leaflet for parents explaining what an OPP contains (all elements missing)"})
    to_docx(L.newsletter(), os.path.join(TMP, "n02-none-nieuwsbrief.docx")); soffice_jobs.append(os.path.join(TMP, "n02-none-nieuwsbrief.docx"))
    entries.append({"file": "docs/n02-none-nieuwsbrief.pdf", "format": "pdf", "layout": "nieuwsbrief", "school_type": "none",
                    "scanned": False, "elements": {el: "missing" for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "not an OPP: school newsletter mentioning OPPs and pupil input (all elements missing)"})
    blankS = {el: 'empty' for el in ELEMENTS}
    blankS['informatie_rechten'] = 'miss'
    blankS['consent'] = 'given'
    P0, _, _ = make_pupil(0, SPECS[0])
    P0['afw'] = "x"
    to_docx(L.layout_C(P0, blankS, blank=True), os.path.join(DOCS, "n03-none-leeg-format.docx"))
    bl = {el: "incomplete" for el in ELEMENTS}
    bl['informatie_rechten'] = 'missing'
    entries.append({"file": "docs/n03-none-leeg-format.docx", "format": "docx", "layout": "veldentabel-contentcontrols-leeg", "school_type": "none",
                    "scanned": False, "elements": bl, "accept_unclear": [],
                    "notes": "not an OPP: blank format of the field-table layout; every field present but empty (Word placeholder), no rights field (missing); consent boxes unticked"})
    # one soffice batch call
    if soffice_jobs:
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP] + soffice_jobs,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for j in soffice_jobs:
            b = os.path.splitext(os.path.basename(j))[0]
            if not any(s[0] == os.path.join(TMP, b + ".pdf") for s in scan_jobs):
                shutil.copy(os.path.join(TMP, b + ".pdf"), os.path.join(DOCS, b + ".pdf"))
    for src, out, seed in scan_jobs:
        scanify(src, out, seed)
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
