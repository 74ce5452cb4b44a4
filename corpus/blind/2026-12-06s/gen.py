# -*- coding: utf-8 -*-
"""Deterministic generator for the blind set 2026-12-06s. Run: ../venv/bin/python gen.py"""
import zlib, datetime as dt, json, os, random, subprocess, shutil, sys
from content import *
from profiles import make_profile, fmt, SYSTEMS

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_build")
AUG25 = dt.date(2025, 8, 1)

DEFAULT_HEADINGS = {
    "uitstroombestemming": "Te verwachten uitstroombestemming",
    "onderbouwing": "Onderbouwing uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning en begeleiding (handelingsdeel)",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen voor de komende periode",
    "adviezen_professionals": "Adviezen van deskundigen",
    "oogo": "Op overeenstemming gericht overleg (OOGO)",
    "instemming_ouders": "Instemming handelingsdeel",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "informatie_rechten": "Informatie over rechten",
    "vaststelling": "Vaststelling",
}


# ---------------------------------------------------------------- resolve a spec into texts + labels
def resolve(spec):
    p = spec["p"]
    ov = spec.get("ov", {})
    texts, labels = {}, {}
    for el in ELEMENTS:
        var = ov.get(el, "full")
        if el == "instemming_ouders":
            if var == "full":
                var = "signed"
            lines, lab = consent_lines(var, p)
            texts[el] = lines if var != "omit" else None
            labels[el] = lab
            continue
        if el == "inbreng_leerling":
            not_req = (not p["post2025"]) or (p["type"] == "vso" and p["adult"] and not p["curatele"])
            if var == "full" and not_req:
                var = "omit"  # older plans / adult vso pupil: no pupil section by default
            if not_req:
                labels[el] = "not_applicable"
            if var == "full_keep":
                var = "full"
        if el == "afwijkingen_onderwijsprogramma" and var == "full":
            labels[el] = "present" if p.get("afw") and not p["afw"].startswith("Geen") else "not_applicable"
        if var == "na":
            texts[el] = "Geen afwijkingen: %s volgt het volledige reguliere programma." % p["first"] \
                if el == "afwijkingen_onderwijsprogramma" else "n.v.t."
            labels.setdefault(el, "not_applicable")
            continue
        if var == "full":
            texts[el] = full_text(el, p)
            labels.setdefault(el, "present")
        elif var == "omit":
            texts[el] = None
            labels.setdefault(el, "missing")
        else:
            texts[el] = ("__GAP__", var)
            labels.setdefault(el, "incomplete")
    mis = spec.get("misplace")
    if mis:
        src, dst = mis
        texts[dst] = full_text(src, p)
        texts[src] = None
        labels[src] = "present"  # content is in the document, just under the wrong heading
        labels[dst] = "incomplete" if labels[dst] != "not_applicable" else labels[dst]
    if spec.get("labels_force"):
        labels.update(spec["labels_force"])
    return texts, labels


def body(texts, el, heading, p):
    t = texts[el]
    if isinstance(t, tuple):
        return gap_text(el, t[1], p, heading)
    return t


# ---------------------------------------------------------------- layouts -> blocks
# block kinds: ("title",t) ("sub",t) ("h",t) ("p",t) ("kv",[(k,v)]) ("table",hdr,rows) ("lines",[..]) ("sdt",label,val) ("pb",)

def pupil_kv(p, extra=()):
    if p.get("blank"):
        return [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Klas / groep", ""), ("Mentor", ""), ("Datum plan", "")]
    rows = [("Naam leerling", p["name"]), ("Geboortedatum", fmt(p["birth"])), ("School", p["school"]),
            ("Klas / groep", p["grade"]), ("Mentor", p["mentor"])]
    if p["adult"]:
        rows.append(("Meerderjarig", "ja" + (" - onder curatele (curator: mr. E. Baalbergen)" if p["curatele"] else ", handelingsbekwaam")))
    if p.get("revised"):
        rows.append(("Laatst bijgesteld", fmt(p["revised"]) + " (na tussenevaluatie)"))
    return rows + list(extra)


def sections_generic(texts, p, order, headings, numbered=False, start=1):
    B = []
    k = start
    for el in order:
        t = texts[el]
        if t is None:
            continue
        h = headings[el]
        hh = ("%d. %s" % (k, h)) if numbered else h
        k += 1
        B.append(("h", hh))
        if el == "instemming_ouders":
            B.append(("lines", t[1:] if t and t[0].startswith("Instemming") else t))
        else:
            B.append(("p", body(texts, el, h, p)))
    return B


def L_swv_numbered(texts, p, spec):
    H = dict(DEFAULT_HEADINGS)
    B = [("title", "Ontwikkelingsperspectiefplan"), ("sub", p["swv"] + " - format OPP %s, versie 2024-2" % {"po": "po/sbo", "sbo": "po/sbo"}.get(p["type"], "vo")),
         ("h", "0. Gegevens"), ("kv", pupil_kv(p, [("Datum plan", fmt(p["date"]))]))]
    order = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
             "ondersteuningsbehoefte", "adviezen_professionals", "ondersteuning", "afwijkingen_onderwijsprogramma",
             "doelen", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]
    B += sections_generic(texts, p, order, H, numbered=True)
    return B


def L_domain_table(texts, p, spec):
    B = [("title", "OPP - Ontwikkelingsperspectief"), ("sub", p["school"]), ("kv", pupil_kv(p))]
    # domain table: split belemmerend / bevorderend over domains
    bel = texts["belemmerende_factoren"]
    bev = texts["bevorderende_factoren"]
    domains = ["Leren en ontwikkeling", "Sociaal-emotioneel / gedrag", "Thuissituatie en netwerk"]
    if bel is not None or bev is not None:
        B.append(("h", "Belemmerende en bevorderende factoren per domein"))
        rows = []
        for i, d in enumerate(domains):
            def cell(t, key, el):
                if t is None:
                    return "-"
                if isinstance(t, tuple):
                    return gap_text(el, t[1], p, "Belemmerend") if i == 0 else ""
                return p[key][i] if i < len(p[key]) else ""
            rows.append([d, cell(bel, "belem", "belemmerende_factoren"), cell(bev, "bevor", "bevorderende_factoren")])
        B.append(("table", ["Domein", "Belemmerend", "Bevorderend"], rows))
    H = dict(DEFAULT_HEADINGS)
    H["ondersteuningsbehoefte"] = "Onderwijsbehoeften (wat heeft de leerling nodig?)"
    order = ["ondersteuningsbehoefte", "uitstroombestemming", "onderbouwing", "doelen", "ondersteuning",
             "afwijkingen_onderwijsprogramma", "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie",
             "vaststelling", "instemming_ouders", "informatie_rechten"]
    B += sections_generic(texts, p, order, H)
    return B


def L_questions(texts, p, spec):
    H = {
        "uitstroombestemming": "Waar gaat %s na deze school naartoe?" % p["first"],
        "onderbouwing": "Waarom verwachten we dat?",
        "belemmerende_factoren": "Wat maakt het leren moeilijk?",
        "bevorderende_factoren": "Wat gaat goed / waar is %s sterk in?" % p["first"],
        "ondersteuningsbehoefte": "Wat heeft %s nodig?" % p["first"],
        "ondersteuning": "Welke hulp krijgt %s, van wie en hoe vaak?" % p["first"],
        "afwijkingen_onderwijsprogramma": "Wijkt het programma af van dat van de klas?",
        "doelen": "Waar werken we aan (doelen)?",
        "adviezen_professionals": "Wat adviseren deskundigen en wat doen we daarmee?",
        "oogo": "Met wie is het plan besproken?",
        "instemming_ouders": "Gaat u akkoord met de hulp (handelingsdeel)?",
        "inbreng_leerling": "Wat vindt %s zelf?" % p["first"],
        "evaluatie": "Wanneer kijken we samen terug?",
        "informatie_rechten": "Wat kunt u doen als u het niet eens bent?",
        "vaststelling": "Wanneer is het plan vastgesteld en door wie?",
    }
    B = [("title", "Ontwikkelingsperspectief van %s" % p["name"]), ("sub", "%s - %s" % (p["school"], p["grade"])),
         ("p", "Geboortedatum: %s. Datum plan: %s. Mentor: %s." % (fmt(p["birth"]), fmt(p["date"]), p["mentor"]))]
    order = ["bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte", "uitstroombestemming",
             "onderbouwing", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals",
             "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "instemming_ouders", "vaststelling"]
    B += sections_generic(texts, p, order, H)
    return B


def L_export(texts, p, spec):
    """Pupil-administration export: system field labels, empty fields shown as <leeg>."""
    F = {
        "uitstroombestemming": "OPP.Uitstroomprofiel / verwachte uitstroom",
        "onderbouwing": "OPP.Onderbouwing_uitstroom",
        "belemmerende_factoren": "OPP.Factoren.Belemmerend",
        "bevorderende_factoren": "OPP.Factoren.Bevorderend",
        "ondersteuningsbehoefte": "OPP.Onderwijsbehoeften",
        "ondersteuning": "OPP.Handelingsdeel.Ondersteuning",
        "afwijkingen_onderwijsprogramma": "OPP.Afwijking_programma",
        "doelen": "OPP.Handelingsdeel.Doelen",
        "adviezen_professionals": "OPP.Externe_adviezen",
        "oogo": "OPP.OOGO_datum_aanwezigen",
        "instemming_ouders": "OPP.Instemming",
        "inbreng_leerling": "OPP.Inbreng_leerling",
        "evaluatie": "OPP.Evaluatiemomenten",
        "informatie_rechten": "OPP.Info_rechten",
        "vaststelling": "OPP.Vastgesteld_op_door",
    }
    B = [("sub", "Leerlingkaart > Zorg > OPP   [%s]" % p["system"]),
         ("kv", [("LL.Naam", p["name"]), ("LL.Geboortedatum", fmt(p["birth"])), ("LL.Stamgroep", p["grade"]),
                 ("LL.Instelling", p["school"]), ("Dossier.Status", "definitief" if texts["vaststelling"] else "concept"),
                 ("Dossier.Ingangsdatum", fmt(p["date"]))] +
          ([("LL.Meerderjarig", "J" + (" (curatele)" if p["curatele"] else ""))] if p["adult"] else []))]
    order = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
             "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
             "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "vaststelling", "instemming_ouders",
             "informatie_rechten"]
    rows = []
    for el in order:
        t = texts[el]
        if t is None:
            continue
        if el == "instemming_ouders":
            v = " | ".join(t[1:] if t and t[0].startswith("Instemming") else t)
        else:
            v = body(texts, el, F[el], p)
        rows.append((F[el], v if v else "<leeg>"))
    B.append(("kv", rows))
    return B


def L_groei(texts, p, spec):
    """Groeidocument with chapters; OPP is chapter 4; fields as content controls."""
    B = [("title", "Groeidocument"), ("sub", "%s | %s" % (p["swv"], p["school"])),
         ("h", "1. Personalia"), ("kv", pupil_kv(p)),
         ("h", "2. Schoolloopbaan"), ("p", "Instroom %s; eerdere scholen: basisschool De Vlonder, Ootkerk. Geen doublures." % (p["date"].year - 2)),
         ("h", "3. Betrokken partijen"), ("p", "Jeugdteam, jeugdarts GGD Vlietstreek, ambulant begeleider SWV."),
         ("h", "4. Ontwikkelingsperspectief (OPP)")]
    H = dict(DEFAULT_HEADINGS)
    order = ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
             "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals"]
    for i, el in enumerate(order):
        t = texts[el]
        if t is None:
            continue
        v = body(texts, el, H[el], p)
        B.append(("sdt", "4.%d %s" % (i + 1, H[el]), v))
    B.append(("h", "5. Betrokkenheid ouders en leerling"))
    for el in ["oogo", "inbreng_leerling"]:
        if texts[el] is not None:
            B.append(("sdt", H[el], body(texts, el, H[el], p)))
    B.append(("h", "6. Evaluatie, vaststelling en instemming"))
    for el in ["evaluatie", "vaststelling", "informatie_rechten"]:
        if texts[el] is not None:
            B.append(("sdt", H[el], body(texts, el, H[el], p)))
    if texts["instemming_ouders"] is not None:
        B.append(("h", H["instemming_ouders"]))
        B.append(("lines", texts["instemming_ouders"]))
    return B


def L_letter(texts, p, spec):
    s = lambda el: body(texts, el, DEFAULT_HEADINGS[el], p)
    aan = "Aan %s" % (p["name"] if p["adult"] and not p["curatele"] else ("mr. E. Baalbergen, curator van " + p["name"] if p["curatele"] else "de ouders van " + p["name"]))
    B = [("p", p["school"]), ("p", aan), ("p", "%s, %s" % (p["school"].split(", ")[-1], fmt(p["date"] + dt.timedelta(days=1)))),
         ("p", "Betreft: ontwikkelingsperspectief %s" % p["name"]),
         ("p", "Geachte %s," % ("heer/mevrouw" if not (p["adult"] and not p["curatele"]) else p["first"])),
         ("p", "Hierbij ontvangt u het ontwikkelingsperspectief zoals dat met u is doorgenomen. Hieronder vatten we de afspraken samen.")]
    for el, lead in [("uitstroombestemming", "Wij verwachten de volgende uitstroombestemming: "),
                     ("onderbouwing", "Dit baseren wij op het volgende. "),
                     ("bevorderende_factoren", "Wat goed gaat: "), ("belemmerende_factoren", "Wat het leren belemmert: "),
                     ("ondersteuningsbehoefte", "Wat nodig is: "), ("ondersteuning", "Wat de school doet: "),
                     ("afwijkingen_onderwijsprogramma", "Over het programma: "), ("doelen", "Afgesproken doelen: "),
                     ("adviezen_professionals", "Adviezen van deskundigen: "), ("inbreng_leerling", "De inbreng van %s: " % p["first"]),
                     ("oogo", "Overleg: "), ("evaluatie", "Evaluatie: "), ("informatie_rechten", "Uw rechten: "),
                     ("vaststelling", "")]:
        if texts[el] is None:
            continue
        B.append(("p", lead + (s(el) or "")))
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", "%s, %s" % (p["director"], p["director_role"])))
    if texts["instemming_ouders"] is not None:
        B.append(("h", "Strookje retour - " + DEFAULT_HEADINGS["instemming_ouders"]))
        B.append(("lines", texts["instemming_ouders"]))
    return B


def L_vso_profile(texts, p, spec):
    profs = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
    d = texts["uitstroombestemming"]
    B = [("title", "Ontwikkelingsperspectiefplan VSO"), ("sub", p["school"]), ("kv", pupil_kv(p, [("Datum", fmt(p["date"]))]))]
    if d is not None:
        B.append(("h", "Uitstroomprofiel"))
        if isinstance(d, tuple):
            ticks = ["[ ] " + x for x in profs]
            B.append(("lines", ticks))
            B.append(("p", "Toelichting: " + body(texts, "uitstroombestemming", "Uitstroomprofiel", p)))
        else:
            ticks = [("[X] " if x in d else "[ ] ") + x for x in profs]
            B.append(("lines", ticks))
            B.append(("p", "Toelichting: " + d))
    H = dict(DEFAULT_HEADINGS)
    H["adviezen_professionals"] = "Advies commissie voor de begeleiding en andere deskundigen"
    H["instemming_ouders"] = "Instemming handelingsdeel (ouders of meerderjarige leerling)"
    order = ["onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
             "adviezen_professionals", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
             "inbreng_leerling", "oogo", "evaluatie", "vaststelling", "instemming_ouders", "informatie_rechten"]
    B += sections_generic(texts, p, order, H)
    return B


def L_pro_iop(texts, p, spec):
    B = [("title", "Individueel ontwikkelingsplan (IOP) / OPP"), ("sub", p["school"] + (" - praktijkonderwijs" if p["type"] == "pro" else "")),
         ("kv", pupil_kv(p, [("Fase", p["grade"]), ("Datum", fmt(p["date"]))]))]
    H = dict(DEFAULT_HEADINGS)
    H["uitstroombestemming"] = "Uitstroomperspectief (arbeid / dagbesteding / vervolgopleiding)"
    rows = []
    for el in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte"]:
        if texts[el] is not None:
            rows.append((H[el], body(texts, el, H[el], p)))
    B.append(("h", "Deel A - Perspectief"))
    B.append(("kv", rows))
    B.append(("h", "Deel B - Handelingsdeel"))
    rows = []
    for el in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals"]:
        if texts[el] is not None:
            rows.append((H[el], body(texts, el, H[el], p)))
    B.append(("table", ["Onderdeel", "Inhoud"], [list(r) for r in rows]))
    B += sections_generic(texts, p, ["inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"], H)
    return B


def L_beknopt(texts, p, spec):
    """Short form; rendered as fillable PDF (fields) by the form renderer."""
    F = [("Naam leerling", p["name"]), ("Geboortedatum", fmt(p["birth"])), ("School / klas", p["school"] + " / " + p["grade"])]
    H = {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing",
         "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
         "ondersteuningsbehoefte": "Onderwijsbehoeften", "doelen": "Doelen", "ondersteuning": "Ondersteuning (wat/wie/hoe vaak)",
         "afwijkingen_onderwijsprogramma": "Afwijkingen programma", "adviezen_professionals": "Adviezen deskundigen",
         "inbreng_leerling": "Inbreng leerling", "oogo": "OOGO (datum, aanwezigen)", "evaluatie": "Evaluatie",
         "informatie_rechten": "Rechten ouders", "vaststelling": "Vastgesteld (datum, door)"}
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        if texts[el] is not None:
            F.append((H[el], body(texts, el, H[el], p) or ""))
    return [("form", F, texts["instemming_ouders"])]


LAYOUTS = {"swv-numbered": L_swv_numbered, "domain-table": L_domain_table, "question-headings": L_questions,
           "lvs-export": L_export, "groeidocument": L_groei, "letter": L_letter, "vso-profile": L_vso_profile,
           "pro-iop": L_pro_iop, "beknopt-form": L_beknopt}


# ---------------------------------------------------------------- renderers
def chk(s):
    return s.replace("[X]", "\u2612").replace("[ ]", "\u2610")


def render_docx(B, path, header=None, footer=None, ticks=True, sdt=True):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer + "  pagina "
        # PAGE field
        fp._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    tk = chk if ticks else (lambda s: s)
    for b in B:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "sub":
            d.add_paragraph(b[1]).runs[0].italic = True
        elif k == "h":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(tk(b[1]))
        elif k == "lines":
            for ln in b[1]:
                d.add_paragraph(tk(ln))
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, v in b[1]:
                c = t.add_row().cells; c[0].text = a; c[1].text = tk(v)
                c[0].paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1])); t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = v
            d.add_paragraph("")
        elif k == "sdt":
            pl = d.add_paragraph(); rr = pl.add_run(b[1]); rr.bold = True
            val = b[2]
            if sdt:
                from xml.sax.saxutils import escape
                showing = '<w:showingPlcHdr/>' if not val else ''
                txt = escape(val) if val else "Klik of tik om tekst in te voeren."
                xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                       '<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="opp_%d"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
                       '<w:sdtContent><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
                       % (escape(b[1]), zlib.crc32(b[1].encode()) % 9999, showing, txt))
                d.element.body.append(parse_xml(xml))
                # keep sectPr last
                body = d.element.body; sp = body.find(qn("w:sectPr"))
                if sp is not None:
                    body.remove(sp); body.append(sp)
            else:
                d.add_paragraph(val)
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = "school"; cp.last_modified_by = "school"; cp.title = "OPP"
    cp.created = cp.modified = dt.datetime(2026, 12, 6, 9, 0, 0); cp.revision = 1
    d.save(path)
    fix_zip(path)


def fix_zip(path):
    """Rewrite a zip container with fixed timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 12, 6, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_pdf(B, path, header=None, footer_fn=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape
    font = "Helvetica"; bold = "Helvetica-Bold"
    for f, fb in [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")]:
        if os.path.exists(f):
            pdfmetrics.registerFont(TTFont("DV", f)); pdfmetrics.registerFont(TTFont("DVB", fb)); font, bold = "DV", "DVB"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = bold if s.name.startswith(("Heading", "Title")) else font
    N = ss["Normal"]; N.fontSize = 9.5; N.leading = 12
    E = lambda s: escape(s)
    story = []
    for b in B:
        k = b[0]
        if k == "title": story.append(Paragraph(E(b[1]), ss["Title"]))
        elif k == "sub": story.append(Paragraph("<i>%s</i>" % E(b[1]), N))
        elif k == "h": story += [Spacer(1, 4), Paragraph(E(b[1]), ss["Heading3"])]
        elif k == "p": story.append(Paragraph(E(b[1]) if b[1] else "&nbsp;", N))
        elif k == "lines":
            for ln in b[1]: story.append(Paragraph(E(ln), N))
        elif k in ("kv", "table"):
            rows = [list(r) for r in b[1]] if k == "kv" else [b[1]] + b[2]
            data = [[Paragraph(E(c), N) for c in r] for r in rows]
            w = [150, 330] if len(rows[0]) == 2 else [120, 180, 180]
            t = Table(data, colWidths=w)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "sdt":
            story += [Paragraph("<b>%s</b>" % E(b[1]), N), Paragraph(E(b[2]) or "&nbsp;", N)]

    def deco(c, doc):
        c.saveState(); c.setFont(font, 7.5)
        if header: c.drawString(40, A4[1] - 28, header)
        if footer_fn: c.drawString(40, 22, footer_fn(doc.page))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=50, bottomMargin=45, leftMargin=50, rightMargin=50,
                            title="OPP", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_text(B, md=False, header=None, footer=None):
    out = []
    if header: out.append(header); out.append("")
    for b in B:
        k = b[0]
        if k == "title": out.append(("# " if md else "") + b[1] + ("" if md else "\n" + "=" * len(b[1])))
        elif k == "sub": out.append(("_%s_" % b[1]) if md else b[1])
        elif k == "h": out.append("\n" + (("## " if md else "") + b[1]) + ("" if md else "\n" + "-" * len(b[1])))
        elif k == "p": out.append(b[1])
        elif k == "lines": out += [("- " if md else "") + l for l in b[1]]
        elif k == "kv":
            if md:
                out += ["| Veld | Waarde |", "|---|---|"] + ["| %s | %s |" % (a, v) for a, v in b[1]]
            else:
                out += ["%-34s: %s" % (a, v) for a, v in b[1]]
        elif k == "table":
            if md:
                out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])] + ["| " + " | ".join(r) + " |" for r in b[2]]
            else:
                out += [" | ".join(b[1])] + [" | ".join(r) for r in b[2]]
        elif k == "sdt": out += [b[1] + ":", b[2]]
        out.append("")
    if footer: out += ["", footer]
    return "\n".join(out) + "\n"


def render_form_pdf(B, path, title, blank=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    fields, consent = B[0][1], B[0][2]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    W, H = A4
    y = H - 50
    c.setFont("Helvetica-Bold", 14); c.drawString(40, y, title); y -= 18
    c.setFont("Helvetica", 8); c.drawString(40, y, "Beknopt OPP - invulformulier (digitaal invullen en opslaan)"); y -= 20
    form = c.acroForm
    for i, (lab, val) in enumerate(fields):
        hgt = 16 if len(val) < 70 else (34 if len(val) < 220 else 58)
        if y - hgt < 60:
            c.showPage(); y = H - 50
        c.setFont("Helvetica-Bold", 8.5); c.drawString(40, y, lab); y -= hgt + 2
        form.textfield(name="f%02d_%s" % (i, "".join(ch for ch in lab if ch.isalnum())[:20]), value=("" if blank else val),
                       x=40, y=y, width=515, height=hgt, fontSize=7, borderWidth=0.5,
                       fieldFlags="multiline" if hgt > 16 else "", forceBorder=True)
        y -= 10
    if consent is not None:
        if y < 200:
            c.showPage(); y = H - 50
        c.setFont("Helvetica-Bold", 9); c.drawString(40, y, "Instemming handelingsdeel"); y -= 16
        c.setFont("Helvetica", 8.5)
        for ln in consent[1:] if consent and consent[0].startswith("Instemming") else consent:
            if ln.startswith("[X]") or ln.startswith("[ ]"):
                form.checkbox(name="cb%d" % int(y), x=40, y=y - 3, size=10, checked=ln.startswith("[X]") and not blank, buttonStyle="cross")
                c.drawString(56, y, ln[4:])
            else:
                c.drawString(40, y, ln)
            y -= 15
    c.save()
    # regenerate wrapped appearance streams for multiline fields (as a PDF viewer would after filling in)
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path); w = PdfWriter(clone_from=r)
    vals = {k: v.get("/V") for k, v in r.get_fields().items() if v.get("/FT") == "/Tx" and v.get("/V")}
    if vals:
        for page in w.pages:
            w.update_page_form_field_values(page, vals, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w.write(path)


def soffice_convert(paths, fmt_to, outdir):
    if not paths:
        return
    cmd = ["nice", "soffice", "--headless", "-env:UserInstallation=file://%s/lo_profile" % TMP, "--convert-to", fmt_to, "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def scan_pdf(src_pdf, dst_pdf, seed, sig=None):
    """Render pages to images, add noise/skew, save as image-only PDF."""
    from PIL import Image, ImageFilter, ImageDraw
    rng = random.Random(seed)
    pre = os.path.join(TMP, "scan_%d" % seed)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pre], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith("scan_%d-" % seed) and f.endswith(".png"))
    loc = None
    if sig:
        import re
        bb = subprocess.run(["pdftotext", "-bbox", src_pdf, "-"], capture_output=True, text=True).stdout
        pg = -1
        for line in bb.splitlines():
            if "<page " in line:
                pg += 1
            m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">Handtekening:<', line)
            if m:
                loc = (pg, float(m.group(3)), float(m.group(2)))
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(TMP, f)).convert("L")
        w, h = im.size
        if sig and loc and loc[0] == len(imgs):
            dr = ImageDraw.Draw(im)
            sc = 110 / 72.0
            x0, y0 = int((loc[1] + 15) * sc), int(loc[2] * sc)
            pts = [(x0 + k * 5, y0 + 6 + int(7 * ((-1) ** k)) + rng.randint(-3, 3)) for k in range(26)]
            dr.line(pts, fill=25, width=2)
        rnd = random.Random(seed + len(imgs))
        noise = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
        im = Image.blend(im, noise, 0.10)
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    imgs[0].save(dst_pdf, "PDF", resolution=110, save_all=True, append_images=imgs[1:], producer="Scanner")
    import re
    raw = open(dst_pdf, "rb").read()
    raw = re.sub(rb"\(D:\d{14}Z\)", b"(D:20261206000000Z)", raw)  # same length: xref offsets stay valid
    open(dst_pdf, "wb").write(raw)


# ---------------------------------------------------------------- the documents
D = dt.date
SPECS = []


def add(name, layout, fmt_, stype, date, var=0, adult=False, cur=False, ov=None, mis=None, scan=False,
        revised=None, notes="", force=None, sig=False):
    SPECS.append(dict(name=name, layout=layout, fmt=fmt_, stype=stype, date=date, var=var, adult=adult, cur=cur,
                      ov=ov or {}, misplace=mis, scan=scan, revised=revised, notes=notes, labels_force=force, sig=sig))


# complete plans (every element present or not_applicable)
add("c01", "swv-numbered", "docx", "vo", D(2025, 10, 14), 0, notes="complete")
add("c02", "swv-numbered", "pdf-word", "vo", D(2025, 3, 11), 1, notes="complete; before 1-8-2025, no pupil section")
add("c03", "lvs-export", "pdf", "vo", D(2025, 11, 3), 2, notes="complete system export")
add("c04", "lvs-export", "txt", "vso", D(2026, 1, 20), 0, notes="complete txt export")
add("c05", "domain-table", "odt", "vo", D(2025, 9, 29), 1, notes="complete")
add("c06", "question-headings", "md", "pro", D(2025, 10, 2), 0, notes="complete")
add("c07", "vso-profile", "docx", "vso", D(2025, 11, 18), 1, adult=True, notes="complete; adult pupil (19) consents himself; inbreng not_applicable")
add("c08", "vso-profile", "pdf", "vso", D(2026, 2, 9), 0, adult=True, cur=True, notes="complete; adult under curatele, curator consents, pupil view required and present", ov={"inbreng_leerling": "full_keep"})
add("c09", "groeidocument", "docx", "vo", D(2025, 12, 1), 0, notes="complete; fields in content controls")
add("c10", "letter", "pdf-word", "vo", D(2026, 3, 16), 2, ov={"instemming_ouders": "signed_statement"}, notes="complete letter; consent stated in text with date")
add("c11", "pro-iop", "pdf", "pro", D(2025, 5, 20), 0, notes="complete; before 1-8-2025")
add("c12", "beknopt-form", "pdf-form", "vo", D(2025, 10, 21), 0, notes="complete fillable form")
add("c13", "question-headings", "pdf", "vso", D(2024, 11, 5), 2, notes="complete; before 1-8-2025 (vso vervolgonderwijs)")
add("c14", "domain-table", "docx", "so", D(2025, 9, 15), 0, notes="complete so plan")
add("c15", "swv-numbered", "odt", "po", D(2025, 11, 25), 0, notes="complete po plan")
add("c16", "pro-iop", "docx", "sbo", D(2026, 1, 12), 0, notes="complete sbo plan in an iop-style layout")
add("c17", "swv-numbered", "pdf-word", "vo", D(2025, 10, 30), 1, adult=True, notes="complete; vo pupil 19, consents himself; view included", ov={"inbreng_leerling": "full_keep"}, scan=True, sig=True)
add("c18", "lvs-export", "pdf", "pro", D(2026, 4, 7), 0, notes="complete export, scanned", scan=True)
add("c19", "vso-profile", "pdf-word", "vso", D(2025, 2, 3), 1, notes="complete; before 1-8-2025, dagbesteding")

# gaps
add("g01", "swv-numbered", "docx", "vo", D(2025, 11, 10), 2, ov={"doelen": "vague", "instemming_ouders": "typedname"}, notes="vague goals; consent looks signed but no signature/date")
add("g02", "swv-numbered", "pdf-word", "vo", D(2026, 2, 2), 0, ov={"inbreng_leerling": "partial", "evaluatie": "partial"}, notes="pupil view without what it changed; evaluation without when/who")
add("g03", "swv-numbered", "odt", "vo", D(2025, 9, 22), 1, ov={"ondersteuning": "ref", "informatie_rechten": "omit", "afwijkingen_onderwijsprogramma": "omit"}, notes="support only 'zie bijlage'; rights and deviations absent")
add("g04", "lvs-export", "pdf", "vo", D(2025, 10, 6), 0, ov={"onderbouwing": "empty", "oogo": "empty", "instemming_ouders": "empty"}, notes="export with <leeg> fields")
add("g05", "lvs-export", "txt", "vo", D(2026, 5, 11), 1, ov={"uitstroombestemming": "vague", "vaststelling": "vague"}, notes="destination vague; set by directie without date")
add("g06", "lvs-export", "pdf", "vso", D(2025, 12, 15), 2, ov={"adviezen_professionals": "nvt_wrong", "inbreng_leerling": "ph"}, notes="vso: commissie advice 'n.v.t.'; pupil placeholder")
add("g07", "lvs-export", "txt", "pro", D(2025, 4, 14), 0, ov={"doelen": "ph", "instemming_ouders": "schoolonly"}, notes="before 1-8-2025; goals placeholder; consent signed by school only")
add("g08", "domain-table", "docx", "vo", D(2025, 11, 24), 0, ov={"bevorderende_factoren": "empty", "ondersteuningsbehoefte": "repeat"}, notes="bevorderend column empty; needs only repeat heading")
add("g09", "domain-table", "odt", "vo", D(2026, 3, 2), 2, ov={"instemming_ouders": "gezien", "evaluatie": "omit"}, notes="consent 'voor gezien'; no evaluation")
add("g10", "domain-table", "pdf-word", "vso", D(2025, 10, 13), 0, mis=("ondersteuning", "doelen"), notes="support text under the goals heading, no goals; no support heading")
add("g11", "question-headings", "md", "vo", D(2025, 9, 8), 1, ov={"inbreng_leerling": "omit", "oogo": "partial"}, notes="after 1-8-2025 but no pupil section; OOGO without date/who")
add("g12", "question-headings", "odt", "vo", D(2026, 1, 26), 2, ov={"instemming_ouders": "protest", "adviezen_professionals": "ref"}, notes="signed 'onder protest'; advice only 'zie verslag'")
add("g13", "question-headings", "pdf", "pro", D(2025, 11, 4), 0, ov={"ondersteuning": "vague", "doelen": "vague", "onderbouwing": "vague"}, notes="three vague sections that sound filled")
add("g14", "beknopt-form", "pdf-form", "vo", D(2025, 12, 8), 1, ov={"doelen": "empty", "inbreng_leerling": "empty", "instemming_ouders": "unticked"}, notes="form: empty fields, unticked consent boxes")
add("g15", "beknopt-form", "pdf-form", "vo", D(2025, 6, 2), 2, ov={"onderbouwing": "instr", "instemming_ouders": "nodate"}, notes="before 1-8-2025; form instruction left in; signature without date")
add("g16", "beknopt-form", "pdf-form", "pro", D(2026, 4, 20), 0, ov={"informatie_rechten": "partial", "afwijkingen_onderwijsprogramma": "omit", "oogo": "omit"}, notes="rights partial; deviation field and OOGO absent")
add("g17", "groeidocument", "docx", "vo", D(2025, 10, 27), 1, ov={"ondersteuning": "empty", "belemmerende_factoren": "empty"}, notes="content controls still showing placeholder text")
add("g18", "groeidocument", "pdf-word", "vo", D(2026, 2, 23), 2, ov={"instemming_ouders": "avg_only", "informatie_rechten": "omit"}, notes="only AVG/photo consent signed; OPP consent missing")
add("g19", "groeidocument", "docx", "so", D(2025, 11, 17), 0, ov={"adviezen_professionals": "partial", "uitstroombestemming": "ph"}, notes="so: research mentioned without advice; destination placeholder")
add("g20", "letter", "pdf-word", "vo", D(2025, 10, 20), 0, ov={"evaluatie": "vague", "informatie_rechten": "partial", "inbreng_leerling": "partial"}, notes="letter; vague evaluation; rights partial; view without effect")
add("g21", "letter", "txt", "vso", D(2026, 1, 5), 0, adult=True, ov={"instemming_ouders": "parents_for_adult"}, notes="adult handelingsbekwaam vso pupil; only parents signed")
add("g22", "letter", "pdf-word", "pro", D(2025, 9, 16), 0, ov={"doelen": "partial", "ondersteuning": "partial"}, notes="goals not checkable; support without frequency/start")
add("g23", "vso-profile", "docx", "vso", D(2025, 10, 9), 2, ov={"uitstroombestemming": "vague", "instemming_ouders": "refused"}, notes="profile boxes unticked with vague text; consent refused")
add("g24", "vso-profile", "pdf", "vso", D(2026, 3, 30), 0, adult=True, cur=True, ov={"inbreng_leerling": "omit", "oogo": "vague"}, notes="pupil under curatele: own view required but absent; OOGO vague")
add("g25", "vso-profile", "docx", "vso", D(2025, 1, 21), 1, ov={"adviezen_professionals": "omit", "instemming_ouders": "blankline"}, notes="before 1-8-2025; no commissie advice; blank signature lines")
add("g26", "pro-iop", "pdf", "pro", D(2025, 10, 28), 0, ov={"belemmerende_factoren": "ref", "bevorderende_factoren": "ref", "instemming_ouders": "partialc"}, notes="factors only refer elsewhere; partial consent")
add("g27", "pro-iop", "docx", "pro", D(2026, 6, 8), 0, mis=("uitstroombestemming", "onderbouwing"), ov={"evaluatie": "ph"}, notes="destination stated under onderbouwing heading; no reasoning; evaluation placeholder")
add("g28", "swv-numbered", "docx", "vo", D(2025, 3, 3), 0, revised=D(2025, 10, 6), ov={"inbreng_leerling": "omit"}, notes="set before but revised after 1-8-2025; no pupil view")
add("g29", "swv-numbered", "pdf-word", "vo", D(2025, 12, 1), 1, ov={"vaststelling": "omit", "oogo": "ref"}, notes="no vaststelling; OOGO only 'zie gespreksverslag'", scan=True)
add("g30", "domain-table", "pdf-word", "vo", D(2026, 2, 16), 0, ov={"instemming_ouders": "nodate", "doelen": "instr"}, notes="scan; signature without date; template instruction in goals", scan=True, sig=True)
add("g31", "lvs-export", "pdf", "vso", D(2025, 11, 12), 1, ov={"uitstroombestemming": "ph", "ondersteuningsbehoefte": "empty"}, notes="scanned export with placeholders", scan=True)
add("g32", "question-headings", "md", "vso", D(2026, 4, 13), 0, adult=True, ov={"ondersteuning": "repeat", "evaluatie": "instr"}, notes="adult vso pupil; support repeats its heading; evaluation instruction")
add("g33", "letter", "txt", "vo", D(2024, 12, 9), 1, ov={"onderbouwing": "omit", "informatie_rechten": "omit"}, notes="before 1-8-2025; reasoning and rights absent")
add("g34", "groeidocument", "docx", "vo", D(2026, 5, 4), 2, ov={"inbreng_leerling": "nvt_wrong", "ondersteuningsbehoefte": "vague"}, notes="pupil view 'n.v.t.' after 1-8-2025; needs vague")
add("g35", "vso-profile", "pdf-word", "vso", D(2026, 9, 21), 2, adult=True, ov={"instemming_ouders": "typedname", "afwijkingen_onderwijsprogramma": "omit"}, notes="adult pupil; consent line with name but not signed")
add("g36", "pro-iop", "pdf", "sbo", D(2025, 10, 1), 0, ov={"uitstroombestemming": "instr", "vaststelling": "ph"}, notes="sbo; template instruction; vaststelling placeholder")


# ---------------------------------------------------------------- documents that are not OPPs
def leaflet_blocks():
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"), ("sub", "Informatie voor ouders - SWV Passend Onderwijs Harsveld-Weldam"),
            ("p", "Sommige leerlingen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP."),
            ("h", "Wat staat er in een OPP?"),
            ("lines", ["- de verwachte uitstroombestemming en waarom de school die verwacht;",
                       "- wat uw kind helpt en wat het lastig maakt;",
                       "- welke ondersteuning de school biedt en welke doelen daarbij horen;",
                       "- wanneer het plan met u wordt geëvalueerd."]),
            ("h", "Wat is uw rol?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het deel over de ondersteuning (het handelingsdeel) vraagt de school uw instemming. "
                  "Sinds 1 augustus 2025 moet de school ook uw kind zelf horen."),
            ("h", "Niet eens?"),
            ("p", "Praat eerst met de school. Kom u er niet uit, dan kunt u contact opnemen met het ouder- en jeugdsteunpunt of een onderwijsconsulent."),
            ("p", "Deze folder is geen OPP. Vragen? Bel het ouderloket: 0570 - 00 00 00 (ma t/m do).")]


def newsletter_blocks():
    return [("title", "Baken Bericht - nieuwsbrief november 2025"), ("sub", "Scholengemeenschap Het Zuiderbaken, Vlietdorp"),
            ("h", "Van de directie"), ("p", "De eerste periode zit erop. Dank aan alle ouders die bij de mentoravonden waren."),
            ("h", "Ondersteuning en OPP-gesprekken"),
            ("p", "In de weken 47 en 48 worden de ontwikkelingsperspectieven van leerlingen met extra ondersteuning geëvalueerd. "
                  "De zorgcoördinator nodigt u per e-mail uit. Leerlingen zijn vanaf dit schooljaar zelf ook bij het gesprek."),
            ("h", "Sportdag"), ("p", "Op vrijdag 12 december is de sportdag voor leerjaar 1 en 2 in sporthal De Wieken."),
            ("h", "Agenda"), ("kv", [("24-11", "Rapportvergadering"), ("12-12", "Sportdag"), ("19-12", "Kerstviering, lessen tot 12.00 uur")])]


NONOPP = [
    dict(name="n_leaflet", kind="leaflet", fmt="pdf", layout="ouderfolder", stype="none", notes="leaflet for parents about what an OPP is; not an OPP"),
    dict(name="n_newsletter", kind="newsletter", fmt="pdf-word", layout="nieuwsbrief", stype="none", notes="school newsletter mentioning OPP evaluations; not an OPP"),
    dict(name="n_blank_swv", kind="blank", fmt="docx", layout="swv-numbered", stype="vo", notes="blank SWV format: every heading present, nothing filled in"),
    dict(name="n_blank_form", kind="blankform", fmt="pdf-form", layout="beknopt-form", stype="vo", notes="blank fillable short form; lacks OOGO, rights and deviation fields"),
]


# ---------------------------------------------------------------- main
def main():
    import reportlab.rl_config
    reportlab.rl_config.invariant = 1
    random.seed(31)
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(DOCS); os.makedirs(TMP)
    allspecs = SPECS + NONOPP
    order = list(range(len(allspecs)))
    random.Random(20261206).shuffle(order)
    numbering = {allspecs[j]["name"]: k + 1 for k, j in enumerate(order)}
    entries = []
    conv = {"pdf-word": [], "odt": []}
    scans = []
    for i, s in enumerate(allspecs):
        num = numbering[s["name"]]
        base = "doc%02d" % num
        ext = {"docx": "docx", "pdf-word": "pdf", "odt": "odt", "pdf": "pdf", "pdf-form": "pdf", "txt": "txt", "md": "md"}[s["fmt"]]
        header = footer = None
        blank_form = False
        if "kind" in s:
            p = make_profile(40 + i, "vo", D(2025, 9, 1))
            if s["kind"] == "leaflet":
                B = leaflet_blocks(); labels = {e: "missing" for e in ELEMENTS}
            elif s["kind"] == "newsletter":
                B = newsletter_blocks(); labels = {e: "missing" for e in ELEMENTS}
                footer = "Nieuwsbrief 2025-03 | Het Zuiderbaken"
            else:
                p["blank"] = True
                if s["kind"] == "blank":
                    ov = {e: "empty" for e in ELEMENTS}; ov["instemming_ouders"] = "blankline"
                    spec = dict(p=p, ov=ov)
                    texts, labels = resolve(spec)
                    B = L_swv_numbered(texts, p, spec)
                    B[1] = ("sub", p["swv"] + " - format OPP vo, versie 2025-1 (leeg)")
                    footer = "Format OPP %s | versie 2025-1 | vastgesteld in het OPO 30-06-2025" % p["swv"]
                else:
                    ov = {e: "empty" for e in ELEMENTS}
                    for e in ["oogo", "informatie_rechten", "afwijkingen_onderwijsprogramma"]:
                        ov[e] = "omit"
                    ov["instemming_ouders"] = "unticked"
                    spec = dict(p=p, ov=ov)
                    texts, labels = resolve(spec)
                    texts["instemming_ouders"] = ["Instemming", "[ ] Ik ga akkoord met het handelingsdeel", "[ ] Ik ga niet akkoord",
                                                  "Naam ouder/verzorger: ____________________", "Handtekening: ____________________", "Datum: __________"]
                    B = L_beknopt(texts, p, spec); blank_form = True
        else:
            p = make_profile(i, s["stype"], s["date"], s["var"], s["adult"], s["cur"], s["revised"])
            if s["sig"]:
                p["sigtext"] = ""
            spec = dict(p=p, ov=s["ov"], misplace=s["misplace"], labels_force=s["labels_force"])
            texts, labels = resolve(spec)
            B = LAYOUTS[s["layout"]](texts, p, spec)
            pd = p["date"] + dt.timedelta(days=12 + i % 9)
            if s["layout"] == "lvs-export":
                header = "%s | Afgedrukt op %s %02d:%02d door %s | OPP versie %d" % (p["system"], fmt(pd), 8 + i % 9, (i * 7) % 60, p["mentor"], 2 + i % 4)
                footer = "Vertrouwelijk - leerlingdossier %s - rapport OPP_Export_v%d.rpt" % (p["name"], 3 + i % 2)
            elif s["layout"] in ("swv-numbered", "domain-table"):
                footer = "Format OPP %s | versie 2024-2 | geprint %s" % (p["swv"], fmt(pd))
            elif s["layout"] == "groeidocument":
                header = "Groeidocument v3.1 - vertrouwelijk - %s" % p["name"]
                footer = "Geëxporteerd uit %s op %s" % (p["system"], fmt(pd))
            elif s["layout"] in ("vso-profile", "pro-iop"):
                footer = "%s | %s | documentversie %d.%d" % (p["school"], fmt(pd), 1 + i % 3, i % 5)
        # ---- render
        out = os.path.join(DOCS, base + "." + ext)
        target = out if not s.get("scan") else os.path.join(TMP, base + "_src.pdf")
        f = s["fmt"]
        if f == "docx":
            render_docx(B, out, header, footer, sdt=(s["layout"] == "groeidocument"))
        elif f in ("pdf-word", "odt"):
            src = os.path.join(TMP, base + ".docx")
            render_docx(B, src, header, footer, sdt=(s["layout"] == "groeidocument"))
            conv[f].append((src, base, s.get("scan")))
        elif f == "pdf":
            ffn = (lambda n, footer=footer: "%s | pagina %d" % (footer, n)) if footer else (lambda n: "pagina %d" % n)
            render_pdf(B, target, header, ffn)
        elif f == "pdf-form":
            render_form_pdf(B, out, "Beknopt OPP" + ("" if blank_form else " - " + p["name"]), blank=blank_form)
        elif f in ("txt", "md"):
            hd = header
            ft = (footer + " | pagina 1 van 1") if footer else None
            open(out, "w", encoding="utf-8").write(render_text(B, md=(f == "md"), header=hd, footer=ft))
        if s.get("scan"):
            scans.append((base, s))
        fmt_label = {"docx": "docx", "pdf-word": "pdf", "odt": "odt", "pdf": "pdf", "pdf-form": "pdf", "txt": "txt", "md": "md"}[f]
        how = {"docx": "DOCX", "pdf-word": "PDF exported from Word-format via LibreOffice", "odt": "ODT via LibreOffice",
               "pdf": "PDF made directly (reportlab)", "pdf-form": "fillable PDF form (AcroForm)", "txt": "plain text", "md": "markdown"}[f]
        e = {"file": "docs/%s.%s" % (base, ext), "format": fmt_label, "layout": s["layout"], "school_type": s["stype"],
             "scanned": bool(s.get("scan")), "elements": {el: labels[el] for el in ELEMENTS},
             "accept_unclear": ["instemming_ouders"] if s.get("scan") else [],
             "notes": "%s; %s%s%s" % (s["layout"], how, "; scanned (image-only PDF, noise, skew)" if s.get("scan") else "", "; " + s["notes"])}
        if "kind" not in s:
            e["notes"] += "; plan date %s%s" % (fmt(s["date"]), (", revised " + fmt(s["revised"])) if s["revised"] else "")
        entries.append(e)
    # ---- LibreOffice conversions (batched)
    pdfs = [c[0] for c in conv["pdf-word"]]
    soffice_convert([x for x in pdfs], "pdf", TMP)
    for src, base, sc in conv["pdf-word"]:
        built = os.path.join(TMP, base + ".pdf")
        if sc:
            shutil.move(built, os.path.join(TMP, base + "_src.pdf"))
        else:
            shutil.move(built, os.path.join(DOCS, base + ".pdf"))
    soffice_convert([c[0] for c in conv["odt"]], "odt", TMP)
    for src, base, sc in conv["odt"]:
        shutil.move(os.path.join(TMP, base + ".odt"), os.path.join(DOCS, base + ".odt"))
    # ---- scans
    for base, s in scans:
        scan_pdf(os.path.join(TMP, base + "_src.pdf"), os.path.join(DOCS, base + ".pdf"), seed=int(base[3:]) * 101, sig=s.get("sig"))
    entries.sort(key=lambda e: e["file"])
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
