# -*- coding: utf-8 -*-
"""Renderers: one per layout. Each takes (doc, path_without_ext) and writes the file(s)."""
import os
from content import (EIDS, nl_date, num_date, add_days, body_for, consent, consent_lines, present,
                     bel_domains, bev_domains, AVG_TEXT, CONSENT_TEXT, PLACEHOLDERS)

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable,
                                BaseDocTemplate, Frame, PageTemplate, FrameBreak)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config
rl_config.invariant = 1

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")

# ----------------------------------------------------------------------------- headings

STD = {"uitstroombestemming": "Te verwachten uitstroombestemming", "onderbouwing": "Onderbouwing van de uitstroombestemming",
       "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
       "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
       "ondersteuning": "Handelingsdeel: te bieden ondersteuning en begeleiding",
       "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "doelen": "Doelen voor de komende periode",
       "adviezen_professionals": "Adviezen van externe deskundigen", "oogo": "Op overeenstemming gericht overleg (OOGO)",
       "instemming_ouders": "Instemming met het handelingsdeel", "inbreng_leerling": "Inbreng van de leerling",
       "evaluatie": "Evaluatie", "informatie_rechten": "Informatie over uw rechten", "vaststelling": "Vaststelling"}
QUEST = {"uitstroombestemming": "Waar gaat {n} na deze school waarschijnlijk naartoe?",
         "onderbouwing": "Waarom verwachten we dat?", "belemmerende_factoren": "Wat maakt leren lastig voor {n}?",
         "bevorderende_factoren": "Wat helpt {n}? Waar is {hij} goed in?", "ondersteuningsbehoefte": "Wat heeft {n} nodig?",
         "ondersteuning": "Wat gaan we doen? (wat, wie, hoe vaak, vanaf wanneer)",
         "afwijkingen_onderwijsprogramma": "Volgt {n} hetzelfde lesprogramma als de groep?",
         "doelen": "Wat willen we de komende periode bereiken?", "adviezen_professionals": "Wat zeggen de deskundigen?",
         "oogo": "Hebben we het plan met u besproken?", "instemming_ouders": "Gaat u akkoord met de ondersteuning?",
         "inbreng_leerling": "Wat vindt {n} zelf?", "evaluatie": "Wanneer kijken we samen terug?",
         "informatie_rechten": "Wat als u het niet eens bent?", "vaststelling": "Wie heeft het plan vastgesteld en wanneer?"}
SHORT = {"uitstroombestemming": "Uitstroomprofiel / -niveau", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerend",
         "bevorderende_factoren": "Bevorderend", "ondersteuningsbehoefte": "Onderwijsbehoeften", "ondersteuning": "Aanpak en begeleiding",
         "afwijkingen_onderwijsprogramma": "Afwijking programma", "doelen": "Doelen", "adviezen_professionals": "Advies externen",
         "oogo": "Besproken met ouders", "instemming_ouders": "Instemming", "inbreng_leerling": "Mening leerling",
         "evaluatie": "Evaluatiemomenten", "informatie_rechten": "Rechten ouders", "vaststelling": "Vastgesteld"}

ORDER_A = EIDS
ORDER_B = ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals",
           "uitstroombestemming", "onderbouwing", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
           "inbreng_leerling", "oogo", "evaluatie", "vaststelling", "informatie_rechten", "instemming_ouders"]
ORDER_C = ["inbreng_leerling", "uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
           "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals",
           "evaluatie", "oogo", "vaststelling", "informatie_rechten", "instemming_ouders"]


def H(vocab, eid, p):
    return vocab[eid].format(n=p["first"], hij=p["hij"])


def sections(doc, vocab, order):
    """[(eid, heading, kind, payload)] ; omitted elements left out."""
    p, rng, d, V = doc["p"], doc["rng"], doc["d"], doc["v"]
    out = []
    for eid in order:
        v = V[eid]
        h = H(vocab, eid, p)
        if eid == "instemming_ouders":
            c = consent(v, p, d)
            if c["show"] or c["avg"]:
                out.append((eid, h if c["show"] else "Toestemming gegevensuitwisseling (AVG)", "consent", c))
            continue
        if v in ("M", "INHOST"):
            continue
        b = body_for(eid, v, p, rng, d, h)
        if b is None:
            continue
        out.append((eid, h, "text", b))
    return out


def pupil_rows(doc):
    p, d = doc["p"], doc["d"]
    rows = [("Naam leerling", p["name"]), ("Geboortedatum", num_date(p["dob"])), ("School", "%s, %s" % (p["school"], p["place"])),
            ("Groep/klas", p["klas"]), ("Mentor/leerkracht", p["mentor"]), ("Intern begeleider / zorgcoördinator", p["ib"]),
            ("Schooljaar", d["sy"])]
    if p["adult"]:
        rows.append(("Meerderjarig", "ja" + (" (onder curatele; curator: %s)" % p["curator"] if p["curatele"] else ", handelingsbekwaam")))
    return rows


def sign_txt(c, d):
    """plain-text signature rows"""
    rows = []
    if not c["show"]:
        return rows
    nm = c["name"] if c["name_filled"] else "______________________"
    rows.append("%s: %s" % (c["role"], nm))
    rows.append("Handtekening: %s" % (("w.g. " + c["name"]) if c["signed"] else "______________________"))
    rows.append("Datum: %s" % (num_date(c["date"]) if c["date"] else "____-____-________"))
    if c["remark"]:
        rows.append("Opmerking: %s" % c["remark"])
    rows.append("Namens de school: %s" % (("w.g. directie, " + num_date(c["school_date"])) if c["school_signed"] else "______________________"))
    return rows


# ============================================================================ DOCX helpers

def new_docx(doc, font="Calibri", size=10.5):
    D = Document()
    st = D.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    D.core_properties.author = doc["p"]["ib"]
    import datetime
    D.core_properties.created = datetime.datetime(2026, 1, 1)
    D.core_properties.modified = datetime.datetime(2026, 1, 1)
    D.core_properties.revision = 1
    for s in D.sections:
        s.left_margin = s.right_margin = Cm(2)
    return D


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor)
    tcPr.append(sh)


def docx_consent(D, c, boxes=True):
    if c["avg"]:
        D.add_paragraph(AVG_TEXT)
        t = D.add_table(rows=1, cols=2); t.style = "Table Grid"
        t.cell(0, 0).text = "Handtekening ouder: "
        r = t.cell(0, 0).paragraphs[0].add_run(doc_sig(c)); r.italic = True; r.font.name = "Liberation Serif"; r.font.size = Pt(14)
        t.cell(0, 1).text = "Datum: %s" % num_date(c["date"] or (2026, 1, 1))
    if not c["show"]:
        return
    D.add_paragraph("De ouder(s)/verzorger(s) verklaren hierbij:" if "Ouder" in c["role"] else "Ondergetekende verklaart:")
    if boxes:
        for ln in consent_lines(c):
            D.add_paragraph(ln)
    if c["remark"]:
        r = D.add_paragraph().add_run("Opmerking: " + c["remark"]); r.italic = True
    t = D.add_table(rows=3, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = c["role"]; t.cell(0, 1).text = "School (directeur)"
    t.cell(1, 0).text = "Naam: " + (c["name"] if c["name_filled"] else "")
    t.cell(1, 1).text = "Naam: directie"
    p0 = t.cell(2, 0).paragraphs[0]; p0.add_run("Handtekening: ")
    if c["signed"]:
        r = p0.add_run(doc_sig(c)); r.italic = True; r.font.name = "Liberation Serif"; r.font.size = Pt(15)
    p0.add_run("\nDatum: " + (num_date(c["date"]) if c["date"] else ""))
    p1 = t.cell(2, 1).paragraphs[0]; p1.add_run("Handtekening: ")
    if c["school_signed"]:
        r = p1.add_run("J.v.d. Ruit"); r.italic = True; r.font.name = "Liberation Serif"; r.font.size = Pt(15)
    p1.add_run("\nDatum: " + (num_date(c["school_date"]) if c["school_signed"] else ""))


def doc_sig(c):
    parts = c["name"].replace("mr. ", "").split()
    return parts[0][0] + ". " + " ".join(parts[1:3]).split("(")[0].strip()


def add_sdt(par, text, placeholder=False, tag="veld"):
    """inline plain-text content control inside paragraph par"""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if placeholder:
        sp = OxmlElement("w:showingPlcHdr"); pr.append(sp)
    tx = OxmlElement("w:text"); tx.set(qn("w:multiLine"), "1"); pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr"); c = OxmlElement("w:color"); c.set(qn("w:val"), "808080"); rpr.append(c); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    content.append(r); sdt.append(content)
    par._p.append(sdt)


def add_checkbox_sdt(par, checked, label):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox")
    ch = OxmlElement("w14:checked"); ch.set(qn("w14:val"), "1" if checked else "0"); cb.append(ch)
    cs = OxmlElement("w14:checkedState"); cs.set(qn("w14:val"), "2612"); cs.set(qn("w14:font"), "MS Gothic"); cb.append(cs)
    us = OxmlElement("w14:uncheckedState"); us.set(qn("w14:val"), "2610"); us.set(qn("w14:font"), "MS Gothic"); cb.append(us)
    pr.append(cb); sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "\u2612" if checked else "\u2610"; r.append(t)
    content.append(r); sdt.append(content)
    par._p.append(sdt)
    par.add_run(" " + label + "   ")


# ============================================================================ L1 numbered SWV plan (docx)

def L1_numbered(doc, out):
    p, d = doc["p"], doc["d"]
    D = new_docx(doc)
    h = D.add_paragraph(); r = h.add_run(p["swv"]); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x44, 0x66, 0x88)
    D.add_heading("Ontwikkelingsperspectiefplan (OPP)", 0)
    t = D.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
    for k, v in pupil_rows(doc):
        row = t.add_row().cells; row[0].text = k; row[1].text = v
    secs = sections(doc, STD, ORDER_A)
    for i, (eid, hd, kind, pl) in enumerate(secs, 1):
        D.add_heading("%d. %s" % (i, hd), 2)
        if kind == "consent":
            docx_consent(D, pl)
        elif pl:
            for para in pl.split("\n"):
                D.add_paragraph(para)
    f = D.sections[0].footer.paragraphs[0]; f.text = "OPP %s - format %s - versie 2.3" % (p["name"], p["swv"])
    D.save(out + ".docx")


# ============================================================================ L3 domain table (docx -> odt)

def L3_domains(doc, out):
    p, d, V = doc["p"], doc["d"], doc["v"]
    D = new_docx(doc, "Liberation Sans", 10)
    D.add_heading("OPP %s - %s" % (p["name"], p["school"]), 1)
    D.add_paragraph("Schooljaar %s  |  %s  |  geboren %s" % (d["sy"], p["klas"], num_date(p["dob"])))
    D.add_heading("Deel A - Ontwikkelingsperspectief", 2)
    first = sections(doc, STD, ["uitstroombestemming", "onderbouwing"])
    for eid, hd, kind, pl in first:
        D.add_paragraph().add_run(hd).bold = True
        D.add_paragraph(pl)
    # factor table
    D.add_paragraph().add_run("Factoren per domein").bold = True
    vb, vv = V["belemmerende_factoren"], V["bevorderende_factoren"]
    cols = [("Belemmerend", vb, bel_domains(p), "belemmerende_factoren"), ("Bevorderend", vv, bev_domains(p), "bevorderende_factoren")]
    cols = [c for c in cols if c[1] != "M"]
    t = D.add_table(rows=1, cols=1 + len(cols)); t.style = "Table Grid"
    t.cell(0, 0).text = "Domein"
    for j, c in enumerate(cols, 1):
        t.cell(0, j).text = c[0]; shade(t.cell(0, j), "D9E2F3")
    for dom in ["Leren", "Sociaal-emotioneel", "Werkhouding", "Thuis/omgeving"]:
        row = t.add_row().cells; row[0].text = dom
        for j, (lab, v, texts, eid) in enumerate(cols, 1):
            if v == "P":
                row[j].text = texts[dom]
            elif v == "E":
                row[j].text = ""
            elif v == "PH":
                row[j].text = "..."
            elif v == "VAGUE":
                row[j].text = {"Leren": "aandachtspunt", "Sociaal-emotioneel": "gaat wisselend",
                               "Werkhouding": "kan beter", "Thuis/omgeving": "-"}[dom] if lab == "Belemmerend" else \
                    {"Leren": "positief", "Sociaal-emotioneel": "fijne leerling", "Werkhouding": "goed",
                     "Thuis/omgeving": "-"}[dom]
            elif v == "INS":
                row[j].text = "(invullen)"
            else:
                row[j].text = body_for(eid, v, p, doc["rng"], d, lab) if dom == "Leren" else ""
    D.add_heading("Deel B - Handelingsdeel", 2)
    rest = sections(doc, STD, ["ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
                               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "vaststelling",
                               "informatie_rechten", "instemming_ouders"])
    for eid, hd, kind, pl in rest:
        D.add_paragraph().add_run(hd).bold = True
        if kind == "consent":
            docx_consent(D, pl)
        else:
            D.add_paragraph(pl)
    D.save(out + ".docx")


# ============================================================================ L5 content controls (docx)

def L5_sdt(doc, out, blank=False):
    p, d, V = doc["p"], doc["d"], doc["v"]
    D = new_docx(doc, "Calibri", 10)
    D.add_heading("Format OPP  - %s" % ("basisondersteuning en extra ondersteuning" if not blank else "versie 2025"), 1)
    D.add_paragraph("Dit format is in te vullen door de school in overleg met ouders en leerling. Grijze velden zijn invulvelden.").italic = True
    for k, v in pupil_rows(doc):
        par = D.add_paragraph(); par.add_run(k + ": ").bold = True
        add_sdt(par, "Klik of tik om tekst in te voeren." if blank else v, placeholder=blank, tag=k)
    order = [e for e in ORDER_B]
    for eid in order:
        v = V[eid]
        hd = STD[eid]
        if eid == "instemming_ouders":
            c = consent(v, p, d)
            if not (c["show"] or c["avg"]):
                continue
            D.add_heading(hd if c["show"] else "Toestemming gegevensuitwisseling (AVG)", 2)
            if c["avg"]:
                D.add_paragraph(AVG_TEXT)
                par = D.add_paragraph(); add_checkbox_sdt(par, True, "Ja, ik geef toestemming")
                par = D.add_paragraph("Naam: "); add_sdt(par, c["name"], tag="avg_naam")
                par = D.add_paragraph("Datum: "); add_sdt(par, num_date(c["sign"] if "sign" in c else d["sign"]), tag="avg_datum")
                continue
            par = D.add_paragraph()
            for k in ("akkoord", "niet", "gezien"):
                add_checkbox_sdt(par, c["choice"] == k and not blank, CONSENT_TEXT[k])
            for lab, val, ph in [("Naam %s" % c["role"].lower(), c["name"] if c["name_filled"] else "", not c["name_filled"]),
                                 ("Handtekening", ("/getekend/ " + c["name"]) if c["signed"] else "", not c["signed"]),
                                 ("Datum", num_date(c["date"]) if c["date"] else "", not c["date"]),
                                 ("Opmerking", c["remark"], not c["remark"]),
                                 ("Namens school", ("/getekend/ directie %s" % num_date(c["school_date"])) if c["school_signed"] else "", not c["school_signed"])]:
                par = D.add_paragraph(lab + ": ")
                add_sdt(par, val if not (ph or blank) else "Klik of tik om tekst in te voeren.", placeholder=ph or blank, tag=lab)
            continue
        if eid == "afwijkingen_onderwijsprogramma" and v in ("P", "NA", "E"):
            D.add_heading(hd, 2)
            par = D.add_paragraph()
            add_checkbox_sdt(par, v == "P" and not blank, "Ja, namelijk:")
            add_checkbox_sdt(par, v == "NA" and not blank, "Nee, geen afwijkingen")
            if v == "P" and not blank:
                add_sdt(D.add_paragraph(), present(eid, p, doc["rng"], d), tag=eid)
            continue
        if v in ("M", "INHOST"):
            continue
        if blank:
            D.add_heading(hd, 2)
            add_sdt(D.add_paragraph(), "Klik of tik om tekst in te voeren.", placeholder=True, tag=eid)
            continue
        b = body_for(eid, v, p, doc["rng"], d, hd)
        if b is None:
            continue
        D.add_heading(hd, 2)
        if v == "E":
            add_sdt(D.add_paragraph(), "Klik of tik om tekst in te voeren.", placeholder=True, tag=eid)
        else:
            add_sdt(D.add_paragraph(), b, placeholder=(b == "Klik of tik om tekst in te voeren."), tag=eid)
    D.save(out + ".docx")


# ============================================================================ L7 question headings (docx->odt, md, txt)

def L7_questions_text(doc, md=False):
    p, d = doc["p"], doc["d"]
    L = []
    if md:
        L += ["# Ons plan voor %s" % p["first"], "", "*Ontwikkelingsperspectief - %s - schooljaar %s*" % (p["school"], d["sy"]), ""]
    else:
        L += ["ONS PLAN VOOR %s (ontwikkelingsperspectief)" % p["first"].upper(), "%s - schooljaar %s" % (p["school"], d["sy"]), ""]
    L.append("Over %s: %s jaar, %s, mentor %s." % (p["name"], p["age"], p["klas"], p["mentor"]))
    L.append("")
    for eid, hd, kind, pl in sections(doc, QUEST, ORDER_C):
        L.append(("## " + hd) if md else hd.upper())
        if not md:
            L.append("-" * min(len(hd), 60))
        if kind == "consent":
            if pl["avg"]:
                L.append(AVG_TEXT); L.append("[x] ja   [ ] nee    w.g. %s, %s" % (pl["name"], num_date(d["sign"])))
            if pl["show"]:
                for ln in consent_lines(pl, box=("[x]", "[ ]")):
                    L.append(("- " if md else "") + ln)
                L += sign_txt(pl, d)
        else:
            L.append(pl)
        L.append("")
    return "\n".join(L) + "\n"


def L7_questions_docx(doc, out):
    p, d = doc["p"], doc["d"]
    D = new_docx(doc, "Liberation Sans", 11)
    D.add_heading("Ons plan voor %s" % p["first"], 0)
    D.add_paragraph("Ontwikkelingsperspectief - %s - schooljaar %s" % (p["school"], d["sy"]))
    D.add_paragraph("Over %s: %s jaar, %s, mentor %s." % (p["name"], p["age"], p["klas"], p["mentor"]))
    for eid, hd, kind, pl in sections(doc, QUEST, ORDER_C):
        hp = D.add_paragraph(); r = hp.add_run(hd); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x1F, 0x6F, 0x3F)
        if kind == "consent":
            docx_consent(D, pl)
        else:
            D.add_paragraph(pl)
    D.save(out + ".docx")


# ============================================================================ L8 groeidocument with OPP chapter

def L8_groei(doc, out):
    p, d = doc["p"], doc["d"]
    D = new_docx(doc, "Cambria", 10.5)
    D.add_heading("Groeidocument", 0)
    D.add_paragraph("%s  -  %s  -  %s" % (p["name"], p["school"], d["sy"]))
    D.add_heading("1. Gegevens", 1)
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in pupil_rows(doc):
        row = t.add_row().cells; row[0].text = k; row[1].text = v
    D.add_heading("2. Ontwikkelingsgeschiedenis en schoolloopbaan", 1)
    D.add_paragraph("%s is op vierjarige leeftijd ingestroomd. In groep 3 is gestart met extra leesbegeleiding. "
                    "Er is contact geweest met het wijkteam over opvoedondersteuning (afgerond)." % p["first"])
    D.add_heading("3. Gespreksverslagen", 1)
    D.add_paragraph("Kindgesprekken en oudergesprekken worden in het leerlingvolgsysteem vastgelegd.")
    D.add_heading("4. Ontwikkelingsperspectiefplan", 1)
    secs = sections(doc, STD, ORDER_A)
    for i, (eid, hd, kind, pl) in enumerate(secs, 1):
        D.add_heading("4.%d %s" % (i, hd), 2)
        if kind == "consent":
            docx_consent(D, pl)
        else:
            D.add_paragraph(pl)
    D.add_heading("5. Bijlagen", 1)
    D.add_paragraph("Bijlage 1: toetsoverzicht LVS\nBijlage 2: verslag psychologisch onderzoek\nBijlage 3: logopedisch verslag")
    D.save(out + ".docx")


# ============================================================================ L11 beknopt OPP (one-page table, docx)

def L11_short(doc, out):
    p, d = doc["p"], doc["d"]
    D = new_docx(doc, "Arial", 9)
    D.add_heading("Beknopt OPP", 1)
    D.add_paragraph("%s | %s | %s | schooljaar %s" % (p["name"], p["school"], p["klas"], d["sy"]))
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    secs = sections(doc, SHORT, ORDER_A)
    for eid, hd, kind, pl in secs:
        row = t.add_row().cells
        row[0].text = hd; shade(row[0], "EDEDED")
        if kind == "consent":
            c = pl
            txt = []
            if c["avg"]:
                txt.append(AVG_TEXT + " - getekend %s" % num_date(d["sign"]))
            if c["show"]:
                txt += consent_lines(c) + sign_txt(c, d)
            row[1].text = "\n".join(txt)
        else:
            row[1].text = pl
    D.save(out + ".docx")


# ============================================================================ reportlab helpers

class Scribble(Flowable):
    def __init__(self, seed, w=5 * cm, h=1.2 * cm):
        Flowable.__init__(self); self.seed = seed; self.width = w; self.height = h

    def draw(self):
        draw_scribble(self.canv, 0, 0, self.seed)


def draw_scribble(c, x, y, seed, w=4.5 * cm):
    import random
    r = random.Random(seed)
    c.saveState(); c.setStrokeColor(colors.Color(0.05, 0.1, 0.45)); c.setLineWidth(1.1)
    pth = c.beginPath(); px, py = x, y + 10; pth.moveTo(px, py)
    for i in range(7):
        nx = px + w / 7
        pth.curveTo(px + r.uniform(-5, 15), py + r.uniform(5, 22), nx + r.uniform(-15, 5), py + r.uniform(-12, 5), nx, y + r.uniform(4, 16))
        px = nx; py = y + 10
    c.drawPath(pth, stroke=1, fill=0)
    c.restoreState()


STY = {
    "n": ParagraphStyle("n", fontName="DV", fontSize=9, leading=12),
    "s": ParagraphStyle("s", fontName="DV", fontSize=8, leading=10),
    "b": ParagraphStyle("b", fontName="DVB", fontSize=9, leading=12),
    "h": ParagraphStyle("h", fontName="DVB", fontSize=14, leading=18, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3),
    "ser": ParagraphStyle("ser", fontName="DVS", fontSize=10.5, leading=14.5, spaceAfter=6),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def rl_consent_flow(c, d, seed, sty):
    out = []
    if c["avg"]:
        out.append(Paragraph(esc(AVG_TEXT), sty))
        out.append(Table([[Scribble(seed + 7), Paragraph("Datum: %s" % num_date(d["sign"]), sty)]], colWidths=[6 * cm, 6 * cm]))
    if not c["show"]:
        return out
    for ln in consent_lines(c):
        out.append(Paragraph('<font name="DV">%s</font>%s' % (ln[0], esc(ln[1:])), sty))
    if c["remark"]:
        out.append(Paragraph("<i>Opmerking ouder: %s</i>" % esc(c["remark"]), sty))
    sigp = Scribble(seed) if c["signed"] else Paragraph("<br/>______________________", sty)
    sigs = Scribble(seed + 1) if c["school_signed"] else Paragraph("<br/>______________________", sty)
    data = [[Paragraph("<b>%s</b>" % esc(c["role"]), sty), Paragraph("<b>Namens de school</b>", sty)],
            [Paragraph("Naam: %s" % (esc(c["name"]) if c["name_filled"] else "____________"), sty), Paragraph("Naam: %s" % "directie", sty)],
            [sigp, sigs],
            [Paragraph("Datum: %s" % (num_date(c["date"]) if c["date"] else "__________"), sty),
             Paragraph("Datum: %s" % (num_date(c["school_date"]) if c["school_signed"] else "__________"), sty)]]
    out.append(Table(data, colWidths=[7.5 * cm, 7.5 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return out


# ============================================================================ L2 two-column PDF table

def L2_twocol(doc, out):
    p, d = doc["p"], doc["d"]
    S = STY
    story = [Paragraph("Ontwikkelingsperspectief", S["h"]),
             Paragraph("%s - %s" % (esc(p["school"]), esc(p["swv"])), S["s"]), Spacer(1, 6)]
    rows = [[Paragraph("<b>%s</b>" % esc(k), S["s"]), Paragraph(esc(v), S["n"])] for k, v in pupil_rows(doc)]
    for eid, hd, kind, pl in sections(doc, STD, ORDER_B):
        if kind == "consent":
            rows.append([Paragraph("<b>%s</b>" % esc(hd), S["s"]), rl_consent_flow(pl, d, doc["seed"], S["n"])])
        else:
            rows.append([Paragraph("<b>%s</b>" % esc(hd), S["s"]), Paragraph(esc(pl), S["n"])])
    t = Table(rows, colWidths=[4.6 * cm, 12.4 * cm], repeatRows=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.9, 0.93, 0.97))]))
    story.append(t)
    SimpleDocTemplate(out + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, title="OPP", author="").build(story)


# ============================================================================ L9 system export with footer

def L9_export(doc, out):
    p, d = doc["p"], doc["d"]
    S = STY
    pid = "LL-%06d" % (doc["seed"] * 37 % 999999)

    def deco(c, docobj):
        c.saveState()
        c.setFillColor(colors.Color(0.15, 0.3, 0.5)); c.rect(0, A4[1] - 1.3 * cm, A4[0], 1.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(2 * cm, A4[1] - 0.85 * cm, "LeerlingVolg Plus  |  Dossier  >  OPP")
        c.setFillColor(colors.black); c.setFont("DV", 7)
        c.drawString(2 * cm, 1 * cm, "Afgedrukt door %s op %s  -  %s  -  leerlingnr %s" % (p["ib"], num_date(add_days(d["plan"], 2)), p["school"], pid))
        c.drawRightString(A4[0] - 2 * cm, 1 * cm, "pagina %d" % docobj.page)
        c.restoreState()
    story = [Paragraph("Ontwikkelingsperspectiefplan - %s" % esc(p["name"]), S["h"])]
    kv = [[Paragraph(esc(k), S["s"]), Paragraph(esc(v), S["s"])] for k, v in pupil_rows(doc)]
    story.append(Table(kv, colWidths=[5 * cm, 11 * cm], style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    for eid, hd, kind, pl in sections(doc, STD, ORDER_A):
        story.append(Paragraph(esc(hd.upper()), ParagraphStyle("x", parent=S["b"], fontSize=8.5, textColor=colors.Color(0.15, 0.3, 0.5), spaceBefore=8)))
        if kind == "consent":
            story += rl_consent_flow(pl, d, doc["seed"], S["n"])
        else:
            story.append(Paragraph(esc(pl) if pl else "<font color='#999999'>(geen gegevens)</font>", S["n"]))
    SimpleDocTemplate(out + ".pdf", pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm).build(story, onFirstPage=deco, onLaterPages=deco)


# ============================================================================ L10 letter-style plan

def L10_letter(doc, out):
    p, d = doc["p"], doc["d"]
    S = STY
    addressee = p["name"] if (p["adult"] and not p["curatele"]) else ("Fam. %s" % p["last"])
    story = [Paragraph("<b>%s</b><br/>Schoolstraat 12<br/>%s" % (esc(p["school"]), p["place"]), S["n"]), Spacer(1, 18),
             Paragraph("%s<br/>%s %d<br/>%s" % (esc(addressee), ["Lindelaan", "Dijkweg", "Molenerf"][doc["seed"] % 3], doc["seed"] % 90 + 1, p["place"]), S["n"]),
             Spacer(1, 18), Paragraph("%s, %s" % (p["place"], nl_date(add_days(d["plan"], 1))), S["n"]), Spacer(1, 6),
             Paragraph("<b>Betreft: ontwikkelingsperspectief van %s</b>" % esc(p["name"]), S["n"]), Spacer(1, 10),
             Paragraph("Beste %s," % ("%s" % p["first"] if addressee == p["name"] else "ouders/verzorgers van " + p["first"]), S["ser"]),
             Paragraph("Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP). Hieronder leest u per onderdeel wat wij hebben afgesproken.", S["ser"])]
    for eid, hd, kind, pl in sections(doc, STD, ORDER_B):
        if kind == "consent":
            story.append(Paragraph("<b>%s.</b> Wij vragen u hieronder aan te geven of u instemt met het handelingsdeel." % esc(hd), S["ser"]))
            story += rl_consent_flow(pl, d, doc["seed"], S["ser"])
        else:
            story.append(Paragraph("<b>%s.</b> %s" % (esc(hd), esc(pl)), S["ser"]))
    story.append(Paragraph("Met vriendelijke groet,<br/><br/>%s, mentor<br/>%s, intern begeleider" % (esc(p["mentor"]), esc(p["ib"])), S["ser"]))
    SimpleDocTemplate(out + ".pdf", pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm).build(story)


# ============================================================================ L4 fillable PDF form

def L4_form(doc, out, blank=False, lacks=()):
    p, d, V = doc["p"], doc["d"], doc["v"]
    c = rl_canvas.Canvas(out + ".pdf", pagesize=A4)
    c.setTitle("Invulformulier OPP")
    W, Hh = A4
    af = c.acroForm
    y = [Hh - 2 * cm]
    page = [1]

    def newpage():
        c.setFont("DV", 7); c.drawRightString(W - 2 * cm, 1 * cm, "Invulformulier OPP %s - blad %d" % (p["swv"] if not blank else "", page[0]))
        c.showPage(); page[0] += 1; y[0] = Hh - 2 * cm

    def need(h):
        if y[0] - h < 2 * cm:
            newpage()

    c.setFont("DVB", 15); c.drawString(2 * cm, y[0], "Invulformulier Ontwikkelingsperspectief"); y[0] -= 16
    c.setFont("DV", 8); c.drawString(2 * cm, y[0], "Vul alle velden in. Het formulier kan digitaal worden ingevuld en ondertekend."); y[0] -= 22
    fno = [0]

    def field(label, value, h=14, multiline=False):
        if multiline:
            from reportlab.lib.utils import simpleSplit
            lines = simpleSplit(value or "", "Helvetica", 8, W - 4 * cm - 8) if (value and not blank) else [""]
            value = "\n".join(lines)
            h = max(h, 10 * len(lines) + 6, 22)
        need(h + 14)
        c.setFont("DVB", 8.5); c.drawString(2 * cm, y[0], label); y[0] -= (h + 3)
        fno[0] += 1
        af.textfield(name="f%02d_%s" % (fno[0], label[:20].replace(" ", "_")), value="" if blank else (value or ""),
                     x=2 * cm, y=y[0], width=W - 4 * cm, height=h, fontName="Helvetica", fontSize=8 if multiline else 9,
                     borderColor=colors.Color(0.5, 0.5, 0.6), fillColor=colors.Color(0.92, 0.95, 1),
                     fieldFlags="multiline" if multiline else "", borderWidth=0.6)
        y[0] -= 10

    def check(name, label, checked, x):
        af.checkbox(name=name, x=x, y=y[0] - 2, size=10, checked=checked and not blank, buttonStyle="cross",
                    borderColor=colors.black, fillColor=colors.white)
        c.setFont("DV", 8.5); c.drawString(x + 14, y[0], label)

    for k, v in pupil_rows(doc):
        field(k, v)
    for eid in ORDER_A:
        v = V[eid]
        lab = STD[eid]
        if eid in lacks:
            continue
        if eid == "instemming_ouders":
            cs = consent(v, p, d)
            need(150)
            c.setFont("DVB", 10); c.drawString(2 * cm, y[0], lab if (cs["show"] or blank) else "Toestemming gegevensuitwisseling (AVG)"); y[0] -= 16
            if cs["avg"]:
                check("avg", "Toestemming gegevensuitwisseling met SWV en jeugdarts (AVG)", True, 2 * cm); y[0] -= 16
            if not cs["show"] and not blank:
                continue
            for i, k in enumerate(("akkoord", "niet", "gezien")):
                check("inst_%s" % k, CONSENT_TEXT[k], cs["choice"] == k, 2 * cm); y[0] -= 15
            field("Naam ondertekenaar (%s)" % cs["role"].lower(), cs["name"] if cs["name_filled"] else "")
            field("Datum ondertekening", num_date(cs["date"]) if cs["date"] else "")
            field("Opmerking", cs["remark"])
            need(40)
            c.setFont("DVB", 8.5); c.drawString(2 * cm, y[0], "Handtekening"); c.drawString(11 * cm, y[0], "Handtekening school")
            y[0] -= 30
            c.line(2 * cm, y[0], 8 * cm, y[0]); c.line(11 * cm, y[0], 17 * cm, y[0])
            if cs["signed"] and not blank:
                draw_scribble(c, 2.3 * cm, y[0], doc["seed"])
            if cs["school_signed"] and not blank:
                draw_scribble(c, 11.3 * cm, y[0], doc["seed"] + 1)
            y[0] -= 16
            continue
        if eid == "afwijkingen_onderwijsprogramma" and v in ("P", "NA", "E"):
            need(50)
            c.setFont("DVB", 8.5); c.drawString(2 * cm, y[0], lab); y[0] -= 14
            check("afw_ja", "Ja (toelichting hieronder)", v == "P", 2 * cm); check("afw_nee", "Nee", v == "NA", 9 * cm); y[0] -= 6
            field("Toelichting afwijkingen", present(eid, p, doc["rng"], d) if v == "P" else "", h=30, multiline=True)
            continue
        if v in ("M", "INHOST"):
            continue
        b = body_for(eid, v, p, doc["rng"], d, lab)
        if b is None:
            continue
        field(lab, b, multiline=True)
    c.setFont("DV", 7); c.drawRightString(W - 2 * cm, 1 * cm, "Invulformulier OPP - blad %d" % page[0])
    c.save()


# ============================================================================ L6 e-mail with plan pasted

def L6_email(doc, out):
    p, d, V = doc["p"], doc["d"], doc["v"]
    rng = doc["rng"]
    dom = p["school"].lower().replace(" ", "").replace("'", "")[:18] + ".nl"
    mentor_mail = p["mentor"].split()[-1].lower() + "@" + dom
    c = consent(V["instemming_ouders"], p, d)
    parent_mail = p["mother"].split()[0].lower() + "." + p["last"].replace(" ", "").lower() + "@mailbox-fictief.nl"
    reply = None
    if V["instemming_ouders"] in ("P", "C_GEZIEN", "C_PROTEST", "C_REFUSED", "C_PARTIAL", "C_NODATE"):
        txt = {"P": "Hierbij geef ik (ook namens mijn man) akkoord op het handelingsdeel van het OPP, zoals besproken.",
               "C_GEZIEN": "Ik heb het plan gelezen. Voor gezien.",
               "C_PROTEST": "Ik stem in met het handelingsdeel, maar onder protest: wij vinden de begeleiding te weinig.",
               "C_REFUSED": "Wij gaan niet akkoord met dit plan. Wij willen eerst een second opinion.",
               "C_PARTIAL": "Akkoord met de remedial teaching en de koptelefoon, NIET akkoord met de eigen leerlijn rekenen.",
               "C_NODATE": "Akkoord."}[V["instemming_ouders"]]
        reply = txt
    L = []
    if reply:
        L += ["From: %s <%s>" % (p["mother"], parent_mail), "To: %s <%s>" % (p["mentor"], mentor_mail),
              "Subject: RE: OPP %s" % p["first"]]
        if V["instemming_ouders"] != "C_NODATE":
            L.append("Date: %s 19:42" % num_date(d["sign"]))
        L += ["", reply, "", "Groet,", p["mother"], "", "-----Oorspronkelijk bericht-----"]
        q = "> "
    else:
        q = ""
    hdr = ["From: %s <%s>" % (p["mentor"], mentor_mail), "To: %s <%s>" % (p["mother"], parent_mail),
           "Date: %s 16:05" % num_date(add_days(d["plan"], 1)), "Subject: OPP %s" % p["first"], "",
           "Beste %s," % p["mother"].split()[0], "",
           "Zoals afgesproken stuur ik hierbij het OPP van %s. Ik heb de tekst uit ons systeem hieronder geplakt, "
           "omdat de bijlage vorige keer niet te openen was." % p["first"], ""]
    body = ["=" * 60, "ONTWIKKELINGSPERSPECTIEF %s  (%s, %s)" % (p["name"].upper(), p["school"], d["sy"]), "=" * 60]
    for eid, hd, kind, pl in sections(doc, STD, ORDER_A):
        if kind == "consent":
            continue
        body += ["", "* %s *" % hd, pl]
    body += ["", "=" * 60, ""]
    if reply is None and c["show"]:
        body += ["Instemming handelingsdeel:"] + consent_lines(c, box=("[X]", "[ ]")) + sign_txt(c, d) + [""]
    if c["avg"]:
        body += ["Het AVG-toestemmingsformulier heeft u op %s al getekend retour gestuurd, dank daarvoor." % num_date(d["sign"]), ""]
    tail = ["Met vriendelijke groet,", p["mentor"], "mentor %s" % p["klas"], p["school"]]
    for ln in hdr + body + tail:
        L.append((q + ln) if q else ln)
    with open(out + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
