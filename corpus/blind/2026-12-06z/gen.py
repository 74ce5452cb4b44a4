# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06z. Run: ../../../venv/bin/python gen.py
No clock, fixed seeds; every name, school and place is invented."""
import os, sys, json, shutil, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from elements import EIDS, make_ctx, label, el, consent, dl, ds, OPTIONS_UITSTROOM
from layouts import LAYOUTS
import render as R
from nonopp import NONOPP, blank_A, blank_I
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

D = datetime.date
DOCS = [
 # id, profile, layout, fmt, date, overrides, extra
 ("po01", "po1", "A", "pdf-soffice", D(2025, 10, 14), {"instemming_ouders": "sig_typed", "inbreng_leerling": "own_words"}, {}),
 ("po02", "po2", "F", "odt", D(2025, 11, 3), {"instemming_ouders": "stated", "inbreng_leerling": "interview"}, {}),
 ("po03", "po1", "D", "pdf-rl", D(2024, 10, 21), {"instemming_ouders": "sig_image"}, {}),
 ("po04", "po2", "B", "docx", D(2025, 9, 29), {"inbreng_leerling": "generic", "evaluatie": "intent", "instemming_ouders": "sdt_unchecked", "informatie_rechten": "ref"}, {"checks": "sdt"}),
 ("po05", "po1", "H", "txt", D(2025, 12, 1), {"ondersteuning": "ref", "afwijkingen_onderwijsprogramma": "ref", "evaluatie": "date_only", "instemming_ouders": "school_only"}, {}),
 ("po06", "po2", "G", "pdf-rl", D(2026, 1, 19), {"inbreng_leerling": "noinfluence", "oogo": "missing", "instemming_ouders": "voor_gezien"}, {}),
 ("po07", "po1", "C", "pdf-soffice", D(2025, 10, 6), {"bevorderende_factoren": "empty", "evaluatie": "no_parents", "inbreng_leerling": "volgt"}, {}),
 ("po08", "po2", "E", "pdf-fillable", D(2026, 2, 9), {"instemming_ouders": "fillable_checked"}, {}),
 ("po09", "po1", "A", "scan", D(2025, 11, 17), {"inbreng_leerling": "heard_only", "instemming_ouders": "sig_image"}, {"accept_unclear": ["instemming_ouders"]}),
 ("sbo01", "sbo1", "A", "docx", D(2025, 10, 20), {"instemming_ouders": "legacy_checked"}, {"checks": "legacy"}),
 ("sbo02", "sbo2", "F", "txt", D(2025, 9, 15), {"instemming_ouders": "tick_akkoord"}, {}),
 ("sbo03", "sbo1", "D", "pdf-rl", D(2025, 11, 10), {"evaluatie": "not_held", "doelen": "instr", "instemming_ouders": "nodate"}, {}),
 ("sbo04", "sbo2", "C", "odt", D(2024, 9, 30), {"inbreng_leerling": "missing", "uitstroombestemming": "ntb", "onderbouwing": "ref"}, {"revised": D(2025, 10, 13)}),
 ("sbo05", "sbo1", "G", "txt", D(2026, 3, 2), {"adviezen_professionals": "ref", "instemming_ouders": "onder_protest"}, {}),
 ("sbo06", "sbo2", "B", "pdf-soffice", D(2025, 12, 8), {"onderbouwing": "cc", "belemmerende_factoren": "instr", "instemming_ouders": "avg_plus_blank"}, {}),
 ("so01", "so1", "D", "pdf-rl", D(2025, 10, 27), {"instemming_ouders": "digital"}, {}),
 ("so02", "so2", "C", "docx", D(2025, 11, 24), {"instemming_ouders": "sig_image"}, {}),
 ("so03", "so1", "A", "odt", D(2025, 3, 10), {"instemming_ouders": "sig_typed"}, {}),
 ("so04", "so2", "B", "docx", D(2025, 10, 1), {"adviezen_professionals": "cvb_volgt", "evaluatie": "intent", "inbreng_leerling": "signed_only", "instemming_ouders": "sdt_checked"}, {"checks": "sdt"}),
 ("so05", "so1", "H", "pdf-rl", D(2026, 1, 12), {"vaststelling": "nodate", "informatie_rechten": "missing", "instemming_ouders": "refused", "afwijkingen_onderwijsprogramma": "missing"}, {}),
 ("so06", "so2", "F", "pdf-soffice", D(2025, 9, 22), {"inbreng_leerling": "instr", "evaluatie": "date_only", "afwijkingen_onderwijsprogramma": "ref"}, {}),
 ("so07", "so1", "A", "scan", D(2025, 12, 15), {"instemming_ouders": "blank_line", "oogo": "planned"}, {"accept_unclear": ["instemming_ouders"]}),
 ("vo01", "vo1", "A", "pdf-soffice", D(2025, 10, 9), {"instemming_ouders": "sig_typed", "inbreng_leerling": "interview"}, {}),
 ("vo02", "vo2", "B", "odt", D(2025, 11, 6), {"instemming_ouders": "parents_and_pupil"}, {"age": 16}),
 ("vo03", "vo1", "C", "docx", D(2025, 6, 16), {"instemming_ouders": "tick_akkoord"}, {}),
 ("vo04", "vo2", "H", "txt", D(2025, 10, 2), {"evaluatie": "no_pupil", "instemming_ouders": "partial", "doelen": "ref"}, {"age": 16}),
 ("vo05", "vo1", "G", "pdf-rl", D(2025, 12, 11), {"inbreng_leerling": "noinfluence", "uitstroombestemming": "later", "onderbouwing": "missing"}, {}),
 ("vo06", "vo2", "D", "pdf-rl", D(2026, 1, 26), {"ondersteuning": "generic", "informatie_rechten": "partial", "instemming_ouders": "kennisgenomen"}, {"age": 17}),
 ("vo07", "vo1", "E", "docx", D(2025, 9, 8), {"evaluatie": "missing", "oogo": "dateonly_dots", "belemmerende_factoren": "dots", "instemming_ouders": "sig_image"}, {}),
 ("vo08", "vo2", "F", "scan", D(2025, 11, 20), {"instemming_ouders": "sig_image"}, {"age": 16, "accept_unclear": ["instemming_ouders"]}),
 ("pro01", "pro1", "I", "pdf-rl", D(2025, 10, 16), {"instemming_ouders": "tick_akkoord"}, {}),
 ("pro02", "pro2", "A", "docx", D(2025, 11, 13), {"instemming_ouders": "parents_and_pupil"}, {"age": 18}),
 ("pro03", "pro1", "F", "odt", D(2024, 11, 11), {"instemming_ouders": "sig_image"}, {}),
 ("pro04", "pro2", "B", "pdf-soffice", D(2026, 2, 2), {"evaluatie": "copied_prev", "adviezen_professionals": "missing", "instemming_ouders": "placeholder_name"}, {}),
 ("pro05", "pro1", "H", "txt", D(2025, 9, 25), {"inbreng_leerling": "generic", "afwijkingen_onderwijsprogramma": "unticked", "vaststelling": "placeholder"}, {}),
 ("pro06", "pro2", "G", "docx", D(2025, 12, 4), {"inbreng_leerling": "heard_only", "instemming_ouders": "school_only", "bevorderende_factoren": "ntb"}, {}),
 ("vso01", "vso1", "I", "pdf-soffice", D(2025, 10, 23), {"instemming_ouders": "parents_and_pupil"}, {}),
 ("vso02", "vso2", "I", "pdf-rl", D(2025, 11, 27), {"instemming_ouders": "curator", "inbreng_leerling": "interview"}, {"curatele": True}),
 ("vso03", "vso3", "D", "docx", D(2025, 10, 30), {"instemming_ouders": "adult_self"}, {"adult": True}),
 ("vso04", "vso1", "A", "odt", D(2025, 4, 14), {"instemming_ouders": "sig_typed"}, {}),
 ("vso05", "vso2", "I", "odt", D(2026, 1, 15), {"instemming_ouders": "curatele_self", "inbreng_leerling": "own_words"}, {"curatele": True}),
 ("vso06", "vso3", "B", "docx", D(2025, 9, 18), {"instemming_ouders": "adult_parents_only", "informatie_rechten": "ref"}, {"adult": True, "single": False}),
 ("vso07", "vso1", "H", "pdf-rl", D(2026, 2, 16), {"uitstroombestemming": "unticked", "onderbouwing": "dots", "evaluatie": "date_only", "inbreng_leerling": "volgt"}, {}),
 ("vso08", "vso2", "C", "pdf-soffice", D(2025, 12, 18), {"adviezen_professionals": "ref", "evaluatie": "no_parents", "instemming_ouders": "avg_only"}, {"age": 16}),
 ("vso09", "vso1", "F", "txt", D(2025, 12, 18), {"inbreng_leerling": "noinfluence", "belemmerende_factoren": "generic", "vaststelling": "missing"}, {"age": 16}),
 ("vso10", "vso3", "I", "scan", D(2025, 11, 3), {"instemming_ouders": "adult_self"}, {"adult": True, "accept_unclear": ["instemming_ouders"]}),
]

FOOTERS = {"H": "Afgedrukt uit LeerlingVolg Pro 7.4 door {ib} | vertrouwelijk | pagina {page}",
           "A": "{swv} — OPP — vertrouwelijk", "D": "Groeidocument {pname} — {sj}", "I": "OPP {school} — {sj}"}
STYLE = {"A": dict(font="Calibri", title_color="1F3864"), "B": dict(font="Arial", size=10), "C": dict(font="Verdana", size=9),
         "D": dict(rlfont="DV", title_color="#2E5E4E", h_color="#2E5E4E"), "E": dict(font="Arial", size=9.5),
         "F": dict(font="Georgia", title_color="7030A0", rlfont="DVS"), "G": dict(font="Times New Roman", size=11, rlfont="DVS", title_color="#000000", h_color="#000000"),
         "H": dict(rlfont="DV", size=8.5, title_color="#444444", h_color="#444444", th_bg="#EEEEEE", export=True),
         "I": dict(font="Calibri", rlfont="DV", title_color="C55A11", h_color="#C55A11")}

def variants(c, over):
    V = {}
    for e in EIDS:
        V[e] = "present"
    V["afwijkingen_onderwijsprogramma"] = "present" if c["pr"]["afwijking"] else "none"
    V["inbreng_leerling"] = "na" if (not c["post"] or c["adult"]) else "present"
    V.update(over)
    return V

def flatten(nodes):
    out = []
    for nd in nodes or []:
        k = nd[0]
        if k in ("p", "i", "cct", "small"): out.append(nd[1])
        elif k == "b": out.append(nd[1] + " " + nd[2])
        elif k == "ul": out += ["- " + x for x in nd[1]]
        elif k == "table": out += ["- " + ", ".join(r) for r in nd[2]]
        elif k == "checks": out.append("   ".join(("[X] " if on else "[ ] ") + l for l, on in nd[1]))
        elif k == "cc": out.append("")
    return "\n".join(out)

def latin(t):
    for a, b in [("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u2013", "-"), ("\u2014", "-"), ("\u2026", "...")]:
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")

def fillable_pdf(c, V, path):
    """Fillable PDF form (AcroForm) with filled values: beknopt OPP."""
    cv = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle("Beknopt OPP"); cv.setAuthor(c["school"])
    form = cv.acroForm
    y = [27.5 * cm]
    def newpage():
        cv.showPage(); y[0] = 27.5 * cm
    cv.setFont("DVB", 15); cv.drawString(2 * cm, y[0], "Beknopt OPP — invulformulier"); y[0] -= 0.6 * cm
    cv.setFont("DV", 9); cv.drawString(2 * cm, y[0], c["swv"]); y[0] -= 0.7 * cm
    cv.setFont("DV", 8); cv.drawString(2 * cm, y[0], "Vul het formulier digitaal in. Sla op als PDF en voeg toe aan het leerlingdossier."); y[0] -= 0.8 * cm
    fields = [("Naam leerling", c["pname"]), ("Geboortedatum", ds(c["dob"])), ("Groep", c["klas"]), ("School", c["school"] + ", " + c["plaats"]),
              ("Datum opgesteld", ds(c["plan"]))]
    for i, (lab, val) in enumerate(fields):
        cv.setFont("DVB", 8.5); cv.drawString(2 * cm, y[0], lab)
        form.textfield(name="f_meta_%d" % i, value=latin(val), x=6 * cm, y=y[0] - 0.15 * cm, width=11 * cm, height=0.55 * cm, fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y[0] -= 0.75 * cm
    items = [("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerende factoren"),
             ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
             ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
             ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling (wat vindt de leerling, wat doen we ermee)"),
             ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten ouders")]
    for e, lab in items:
        txt = latin(flatten(el(e, V[e], c)))
        import textwrap
        txt = "\n".join(w for l in txt.split("\n") for w in (textwrap.wrap(l, 118) or [""]))
        lines = max(1, len(txt.split("\n")))
        h = lines * 0.36 * cm + 0.3 * cm
        if y[0] - h < 2.5 * cm:
            newpage()
        cv.setFont("DVB", 8.5); cv.drawString(2 * cm, y[0], lab); y[0] -= 0.2 * cm
        form.textfield(name="f_" + e, value=txt, x=2 * cm, y=y[0] - h, width=17 * cm, height=h, fontName="Helvetica", fontSize=7.5,
                       fieldFlags="multiline", borderWidth=0.5)
        y[0] -= h + 0.55 * cm
    if y[0] < 7 * cm:
        newpage()
    cv.setFont("DVB", 10); cv.drawString(2 * cm, y[0], "Instemming handelingsdeel"); y[0] -= 0.7 * cm
    cv.setFont("DV", 8.5)
    chk = V["instemming_ouders"] == "fillable_checked"
    form.checkbox(name="c_akkoord", x=2 * cm, y=y[0] - 0.1 * cm, size=12, checked=chk, buttonStyle="cross", borderWidth=0.5)
    cv.drawString(2.7 * cm, y[0], "Ja, wij stemmen in met het handelingsdeel")
    form.checkbox(name="c_nietakkoord", x=11 * cm, y=y[0] - 0.1 * cm, size=12, checked=False, buttonStyle="cross", borderWidth=0.5)
    cv.drawString(11.7 * cm, y[0], "Nee, wij stemmen niet in"); y[0] -= 0.9 * cm
    for i, (lab, val) in enumerate([("Naam ouder/verzorger", c["ouder1"] if chk else ""), ("Datum", ds(c["sign_d"]) if chk else ""),
                                    ("Handtekening (getypte naam)", c["ouder1"] if chk else ""),
                                    ("Namens de school", c["directeur"] + ", directeur"), ("Datum", ds(c["vast"]))]):
        cv.drawString(2 * cm, y[0], lab)
        form.textfield(name="s_%d" % i, value=latin(val), x=9.5 * cm, y=y[0] - 0.15 * cm, width=8 * cm, height=0.55 * cm, fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y[0] -= 0.75 * cm
    cv.setFont("DV", 7); cv.drawString(2 * cm, 1.2 * cm, "Format beknopt OPP %s — versie 2025-2" % c["swv"])
    cv.save()

def render_nodes(nodes, fmt, out_base, opts, seed=0):
    """Write nodes in the given format. Returns the file name written."""
    d = os.path.dirname(out_base)
    if fmt == "docx":
        R.DocxR(opts).render(nodes, out_base + ".docx"); return out_base + ".docx"
    if fmt in ("pdf-soffice", "odt"):
        tmpd = os.path.join(R.tmpdir(), "conv"); os.makedirs(tmpd, exist_ok=True)
        src = os.path.join(tmpd, os.path.basename(out_base) + ".docx")
        R.DocxR(opts).render(nodes, src)
        ext = "pdf" if fmt == "pdf-soffice" else "odt"
        R.soffice_convert(src, ext, tmpd)
        shutil.copy(os.path.join(tmpd, os.path.basename(out_base) + "." + ext), out_base + "." + ext)
        return out_base + "." + ext
    if fmt == "pdf-rl":
        R.PdfR(opts).render(nodes, out_base + ".pdf"); return out_base + ".pdf"
    if fmt == "txt":
        R.TxtR(opts).render(nodes, out_base + ".txt"); return out_base + ".txt"
    if fmt == "scan":
        src = os.path.join(R.tmpdir(), os.path.basename(out_base) + "_src.pdf")
        R.PdfR(opts).render(nodes, src)
        R.make_scan(src, out_base + ".pdf", seed); return out_base + ".pdf"
    raise ValueError(fmt)

def main():
    docsdir = os.path.join(HERE, "docs")
    if os.path.exists(docsdir):
        shutil.rmtree(docsdir)
    os.makedirs(docsdir)
    labels = []
    for i, (did, prof, lay, fmt, date, over, extra) in enumerate(DOCS):
        spec = dict(id=did, profile=prof, date=date, **{k: v for k, v in extra.items() if k in ("age", "adult", "curatele", "revised", "single")})
        c = make_ctx(spec)
        V = variants(c, over)
        lname, lfun = LAYOUTS[lay]
        nodes = lfun(c, V) if fmt != "pdf-fillable" else None
        opts = dict(STYLE[lay]); opts["checks"] = extra.get("checks", "char")
        opts["title"] = "Ontwikkelingsperspectief %s" % c["pname"]; opts["author"] = c["ib"]
        if lay in FOOTERS:
            opts["footer"] = FOOTERS[lay].format(ib=c["ib"], swv=c["swv"], pname=c["pname"], sj=c["sj"], school=c["school"], page="{page}")
        base = os.path.join(docsdir, "%s-%s" % (did, lname))
        if fmt == "pdf-fillable":
            path = base + ".pdf"; fillable_pdf(c, V, path)
        else:
            path = render_nodes(nodes, fmt, base, opts, seed=1000 + i)
        els = {e: label(e, V[e]) for e in EIDS}
        labels.append({"file": os.path.relpath(path, HERE), "format": os.path.splitext(path)[1][1:], "layout": lname,
                       "school_type": c["type"], "scanned": fmt == "scan", "elements": els,
                       "accept_unclear": extra.get("accept_unclear", []),
                       "notes": note(did, c, V, fmt, lname, extra)})
        print(did, path)
    for j, (did, stype, fmt, lname, builder, notes, scanned) in enumerate(NONOPP + [("blank01", "none", "docx", "leeg-format-genummerd", blank_A, None, False),
                                                                                ("blank02", "vso", "odt", "leeg-format-vso-transitieplan", blank_I, None, False)]):
        nodes, els_override = builder()
        base = os.path.join(docsdir, "%s-%s" % (did, lname))
        opts = dict(font="Calibri", rlfont="DV", title="", author="", footer=None)
        path = render_nodes(nodes, fmt, base, opts, seed=5000 + j)
        els = {e: "missing" for e in EIDS}
        els.update(els_override or {})
        labels.append({"file": os.path.relpath(path, HERE), "format": os.path.splitext(path)[1][1:], "layout": lname, "school_type": stype,
                       "scanned": scanned, "elements": els, "accept_unclear": [],
                       "notes": notes or ("Blank OPP format (%s): headings/fields with instructions, empty lines and unticked boxes; elements with a heading or field are incomplete, elements without one are missing." % fmt)})
        print(did, path)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(R.tmpdir(), ignore_errors=True)
    head = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read()
    rows = ["| file | type | notes |", "|---|---|---|"]
    for d in labels:
        rows.append("| `%s` | %s | %s |" % (d["file"], d["school_type"], d["notes"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n")

NOTE_TXT = {
 "ref": "only a reference elsewhere", "instr": "format instruction left in", "generic": "text about every pupil, not this one",
 "empty": "heading with nothing under it", "dots": "placeholder '...'", "ntb": "placeholder 'n.t.b.'", "cc": "Word content control still showing its placeholder",
 "missing": "absent", "unticked": "options not ticked", "intent": "'wordt geëvalueerd' as intention only", "date_only": "evaluation: date only",
 "no_parents": "evaluation in the care team without parents", "not_held": "evaluation planned but not held, no new date",
 "copied_prev": "evaluation of a previous plan copied in", "no_pupil": "evaluation with parents only, pupil explicitly absent (post Aug 2025)",
 "noinfluence": "pupil's view without what it changed", "heard_only": "'is gehoord' without content", "volgt": "'volgt na overleg'",
 "signed_only": "pupil only co-signed, no view", "later": "'nog niet te bepalen'", "planned": "OOGO still to be planned",
 "dateonly_dots": "'besproken op: ....' left blank", "cvb_volgt": "advice of the commissie voor de begeleiding 'volgt'", "partial": "only partly there",
 "nodate": "no date", "placeholder": "placeholder '[datum]'",
}
CONSENT_NOTE = {
 "sig_typed": "consent signed (w.g. with names and date)", "sig_image": "consent with signature images, names and dates",
 "tick_akkoord": "consent box 'ja' ticked, signed and dated", "digital": "consent recorded digitally via ouderportaal with date",
 "stated": "consent stated by e-mail, recorded with date", "sdt_checked": "consent via checked Word content-control checkbox, name and date",
 "legacy_checked": "consent via checked legacy Word form checkbox (FORMCHECKBOX), name and date",
 "adult_self": "adult handelingsbekwaam pupil consents himself (signature, date)", "curator": "pupil under curatele; curator signs with date",
 "parents_and_pupil": "parents and pupil sign with date", "fillable_checked": "consent in AcroForm fields: checkbox checked, name and date filled",
 "present": "consent with signature images, names and dates", "voor_gezien": "consent signed 'voor gezien'", "kennisgenomen": "parents only 'kennis genomen'", "onder_protest": "signed 'onder protest'",
 "refused": "consent refused (box 'nee' ticked)", "partial": "partial consent", "school_only": "only the school signed",
 "blank_line": "blank signature lines", "unticked": "consent boxes unticked", "sdt_unchecked": "content-control consent boxes unticked, no date",
 "nodate": "signatures without a date", "adult_parents_only": "adult handelingsbekwaam pupil: only parents signed, pupil's line blank",
 "curatele_self": "pupil under curatele signs himself; curator line blank", "placeholder_name": "consent row '[naam ouder]' '[datum]'",
 "avg_plus_blank": "signed AVG/photo consent next to a blank OPP consent", "avg_only": "only an AVG/photo consent signed; no OPP consent at all",
}

def note(did, c, V, fmt, lname, extra):
    bits = ["%s, %s, %s (%s, %d jaar), plan %s" % (lname, fmt, c["type"], c["klas"], c["age"], ds(c["plan"]))]
    if c.get("revised"): bits.append("revised %s" % ds(c["revised"]))
    if c["adult"]: bits.append("meerderjarig en handelingsbekwaam")
    if c["curatele"]: bits.append("onder curatele")
    if not c["post"]: bits.append("set before 1 Aug 2025: inbreng n/a")
    bits.append(CONSENT_NOTE.get(V["instemming_ouders"], "consent " + V["instemming_ouders"]))
    gaps = []
    for e in EIDS:
        if e == "instemming_ouders": continue
        v = V[e]
        if v in ("present", "none", "na", "own_words", "interview"):
            continue
        gaps.append("%s: %s" % (e, NOTE_TXT.get(v, v)))
    if gaps: bits.append("gaps: " + "; ".join(gaps))
    else: bits.append("complete" if label("instemming_ouders", V["instemming_ouders"]) == "present" else "")
    if extra.get("accept_unclear"): bits.append("scan: handwritten signature, accept_unclear for consent")
    return ". ".join(b for b in bits if b)

if __name__ == "__main__":
    main()
