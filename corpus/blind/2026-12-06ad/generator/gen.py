# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06ad (so/vso/pro theme). Fixed seeds, no clock.
Run:  /work/blind42/venv/bin/python gen.py   (writes ../docs, ../labels.json, ../README.md)"""
import os, sys, json, random, datetime, shutil
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from content import ELEMENTS, Ctx, label, dshort, dlong
from layouts import LAYOUTS, folder, nieuwsbrief, groepsplan, stageovereenkomst, informatieavond, layout_H, layout_I
from render import render_docx, render_odt, render_pdf, render_pdf_form, render_txt, make_scan, soffice_convert

ROOT = os.path.dirname(HERE); DOCS = os.path.join(ROOT, "docs")
BUILD = "/work/blind42/build"; ASSETS = os.path.join(BUILD, "assets")
D = datetime.date

SCHOOLS = {
 "po": [("Basisschool De Klimboom", "Dalmerzand", "mw. A. Terpstra", "directeur"), ("OBS Het Zonnespoor", "Rijsterhoven", "dhr. G. Wennink", "directeur")],
 "sbo": [("SBO Het Kompasblad", "Holtewijk", "mw. drs. R. Lohuis", "directeur")],
 "so": [("SO De Wilgenhoek", "Kerkbroek", "dhr. M. Brinkhuis", "directeur"), ("Mytylschool De Vlonder", "Veenhuizerveld", "mw. L. Wiersma", "directeur-bestuurder")],
 "vo": [("Dalmer College", "Dalmerzand", "dhr. drs. P. van Oort", "teamleider onderbouw"), ("Rijsterlyceum", "Rijsterhoven", "mw. E. Nijhof", "afdelingsleider havo")],
 "pro": [("Praktijkschool De Werkplaats", "Holtewijk", "dhr. J. Grootenhuis", "directeur"), ("Praktijkonderwijs Het Ambacht", "Kerkbroek", "mw. S. Akkerman", "locatiedirecteur")],
 "vso": [("VSO Het Baken", "Veenhuizerveld", "mw. drs. I. Reinders", "directeur"), ("VSO De Horizonlaan", "Dalmerzand", "dhr. H. Scholtens", "directeur"),
         ("VSO Leerroute Werk 't Ankerveld", "Rijsterhoven", "mw. C. Bolhuis", "teamleider bovenbouw")],
}
SWV = {"po": "PO Dalmerland-Oost", "sbo": "PO Dalmerland-Oost", "so": "PO Dalmerland-Oost", "vo": "VO Dalmerland", "pro": "VO Dalmerland", "vso": "VO Dalmerland"}
FIRST_M = ["Jesse", "Daan", "Milan", "Sem", "Luuk", "Thijs", "Bram", "Noah", "Ruben", "Joep", "Stijn", "Mats", "Yusuf", "Kevin", "Rik", "Dex", "Ilias", "Jelle", "Teun", "Wout"]
FIRST_F = ["Noor", "Lieke", "Sanne", "Fenna", "Amira", "Isa", "Jade", "Roos", "Maud", "Yara", "Tess", "Lotte", "Eline", "Selin", "Nina", "Femke", "Demi", "Kiki", "Lara", "Zoë"]
LAST = ["Veldkamp", "Bakhuis", "Oosterhof", "Hulshof", "Kremer", "Tijhuis", "Wolterink", "Brouwers", "Lammerink", "Evers", "Nijenhuis", "Ter Horst",
        "Schepers", "Koopman", "Dijkstra", "Bolding", "Mulderij", "Haverkamp", "El Amrani", "Yilmaz", "Siemonsma", "Zwiers", "Groeneveld", "Kamphuis",
        "Hesselink", "Brink", "Oldenhof", "Pauwels", "Rutgers", "Veenstra"]
MENTORS = ["mw. K. de Jong", "dhr. R. Prins", "mw. T. Oosting", "dhr. B. Hazeleger", "mw. Y. Smits", "dhr. N. Vermeulen", "mw. B. Vos", "dhr. W. Peters"]

DOCS_SPEC = []
def mk(id, typ, prof, lay, fmt, consent, vast, age, v=None, **kw):
    DOCS_SPEC.append(dict(id=id, type=typ, profile=prof, layout=lay, fmt=fmt, consent=consent, vast=D(*vast), age=age, v=v or {}, **kw))

# ------------------------------------------------------------ complete and correct plans
mk("vso-01", "vso", "vso1", "I", "pdf_docx", "adult", (2025, 10, 9), 18, adult_self=True)
mk("vso-02", "vso", "vso2", "A", "docx", "sig", (2025, 10, 2), 17)
mk("vso-03", "vso", "vso3", "D", "odt", "curator", (2025, 10, 16), 19, curatele=True)
mk("vso-04", "vso", "vso4", "G", "txt", "adult_digital", (2025, 10, 7), 18, adult_self=True)
mk("vso-05", "vso", "vso5", "B", "docx", "both", (2025, 9, 25), 16)
mk("vso-06", "vso", "vso2", "F", "pdf", "stated", (2025, 11, 4), 16)
mk("pro-01", "pro", "pro1", "H", "docx", "tick", (2025, 10, 14), 15)
mk("pro-02", "pro", "pro2", "H", "pdf_docx", "wg", (2025, 10, 21), 16)
mk("pro-03", "pro", "pro3", "E", "txt", "wg", (2025, 9, 30), 17)
mk("pro-04", "pro", "pro1", "J", "pdf_form", "tick", (2026, 1, 20), 15)
mk("so-01", "so", "so1", "C", "pdf", "sig", (2025, 10, 1), 11)
mk("so-02", "so", "so2", "I", "odt", "digital", (2025, 10, 8), 11)
mk("so-03", "so", "so3", "A", "scan_docx", "scan_sig", (2025, 9, 24), 10)
mk("po-01", "po", "po1", "B", "pdf_docx", "sig", (2025, 10, 13), 10)
mk("po-02", "po", "po2", "A", "docx", "tick", (2024, 10, 3), 9)
mk("sbo-01", "sbo", "sbo1", "D", "pdf_docx", "stated", (2025, 10, 6), 11)
mk("vo-01", "vo", "vo1", "G", "pdf", "digital", (2025, 9, 29), 13)
mk("vo-02", "vo", "vo2", "F", "docx", "sig", (2025, 9, 18), 15)
# ------------------------------------------------------------ plans with gaps
mk("vso-07", "vso", "vso1", "I", "docx", "wrong_party", (2025, 10, 10), 19, adult_self=True, v={"adviezen_professionals": "no_cvb"})
mk("vso-08", "vso", "vso3", "D", "pdf_docx", "pupil_only_curatele", (2025, 11, 12), 18, curatele=True, v={"inbreng_leerling": "noeffect"})
mk("vso-09", "vso", "vso2", "I", "odt", "gezien", (2025, 10, 23), 17, v={"uitstroombestemming": "unticked", "doelen": "vague"})
mk("vso-10", "vso", "vso4", "A", "pdf_docx", "nodate", (2025, 10, 28), 18, adult_self=True, v={"evaluatie": "ph1", "informatie_rechten": "omit"})
mk("vso-11", "vso", "vso5", "B", "odt", "protest", (2025, 11, 6), 17, v={"ondersteuning": "generic", "inbreng_leerling": "generic"})
mk("vso-12", "vso", "vso2", "C", "pdf", "sig", (2024, 10, 10), 17, revised=D(2025, 11, 13), v={"inbreng_leerling": "omit", "afwijkingen_onderwijsprogramma": "omit"})
mk("vso-13", "vso", "vso1", "F", "pdf_docx", "avg_only", (2025, 9, 16), 17, v={"adviezen_professionals": "ref"})
mk("vso-14", "vso", "vso4", "I", "scan_docx", "refused", (2025, 10, 30), 19, adult_self=True, v={"onderbouwing": "ref"}, refused_adult=True)
mk("vso-15", "vso", "vso3", "B", "docx_cc", "cc_date", (2026, 2, 3), 20, curatele=True, v={"uitstroombestemming": "cc_ph", "vaststelling": "cc_ph", "doelen": "cc_ph"})
mk("vso-16", "vso", "vso5", "G", "txt", "school_only", (2025, 12, 2), 16, v={"belemmerende_factoren": "empty", "oogo": "planned"})
mk("pro-05", "pro", "pro2", "H", "docx", "blank", (2025, 11, 18), 16, v={"doelen": "instruction"})
mk("pro-06", "pro", "pro3", "E", "docx", "partial", (2025, 10, 20), 17, v={"afwijkingen_onderwijsprogramma": "nvt_but_applies"})
mk("pro-07", "pro", "pro1", "J", "pdf_form", "unticked", (2024, 9, 26), 14, v={"evaluatie": "omit"})
mk("pro-08", "pro", "pro2", "H", "scan_docx", "scan_sig", (2025, 11, 25), 16, v={"ondersteuningsbehoefte": "generic", "inbreng_leerling": "noeffect"})
mk("pro-09", "pro", "pro3", "A", "odt", "ref", (2025, 10, 2), 17, v={"uitstroombestemming": "nog_niet", "onderbouwing": "empty"})
mk("pro-10", "pro", "pro1", "F", "pdf", "digital", (2025, 10, 15), 15, v={"ondersteuning": "ref", "informatie_rechten": "partial"})
mk("pro-11", "pro", "pro2", "C", "docx", "sig", (2025, 9, 9), 16, v={"belemmerende_factoren": "ph0", "bevorderende_factoren": "ph0", "oogo": "omit"})
mk("so-04", "so", "so1", "I", "docx", "unticked", (2025, 10, 27), 11, v={"adviezen_professionals": "no_cvb"})
mk("so-05", "so", "so2", "D", "odt", "gezien", (2025, 3, 12), 10, v={"vaststelling": "nodate_who"})
mk("so-06", "so", "so3", "E", "txt", "wg", (2025, 11, 10), 11, v={"doelen": "ref", "ondersteuning": "vague", "inbreng_leerling": "omit"})
mk("so-07", "so", "so1", "C", "scan_pdf", "blank", (2025, 12, 9), 12, v={"uitstroombestemming": "ph3"})
mk("so-08", "so", "so2", "G", "pdf", "digital", (2026, 1, 13), 12, v={"onderbouwing": "generic", "evaluatie": "empty", "afwijkingen_onderwijsprogramma": "ph2"})
mk("po-03", "po", "po1", "F", "docx", "nodate", (2025, 11, 3), 10, v={"inbreng_leerling": "noeffect"})
mk("po-04", "po", "po2", "C", "pdf", "school_only", (2025, 8, 28), 9, v={"bevorderende_factoren": "omit"})
mk("po-05", "po", "po1", "E", "txt", "avg_only", (2025, 7, 10), 10, v={"afwijkingen_onderwijsprogramma": "omit"})
mk("sbo-02", "sbo", "sbo2", "B", "docx", "refused", (2025, 10, 29), 11, v={"onderbouwing": "instruction"})
mk("sbo-03", "sbo", "sbo1", "J", "pdf_form", "sig", (2025, 11, 20), 11, v={"uitstroombestemming": "omit", "adviezen_professionals": "ref"})
mk("sbo-04", "sbo", "sbo2", "A", "scan_docx", "scan_sig", (2025, 10, 22), 12, v={"evaluatie": "ph1", "oogo": "generic"})
mk("vo-03", "vo", "vo1", "A", "docx", "partial", (2025, 10, 16), 14, v={"informatie_rechten": "omit"})
mk("vo-04", "vo", "vo2", "D", "odt", "digital", (2025, 9, 22), 15, v={"afwijkingen_onderwijsprogramma": "nvt_but_applies", "inbreng_leerling": "generic"})
mk("vo-05", "vo", "vo1", "G", "txt", "stated_nodate", (2026, 2, 10), 13, v={"ondersteuningsbehoefte": "empty", "doelen": "vague"})
# ------------------------------------------------------------ blank formats
ALL_EMPTY = {e: "empty" for e in ELEMENTS}
mk("blank-vso", "vso", "vso2", "I", "docx", "blank", (2025, 8, 1), 17, v=dict(ALL_EMPTY, uitstroombestemming="unticked", onderbouwing="instruction", doelen="instruction", evaluatie="instruction", vaststelling="date_blank"), blank=True)
mk("blank-pro", "pro", "pro1", "H", "odt", "blank", (2025, 8, 1), 15, v=dict(ALL_EMPTY, uitstroombestemming="unticked", ondersteuning="instruction", informatie_rechten="instruction", vaststelling="instruction"), blank=True)
# ------------------------------------------------------------ not OPPs
NONOPP = [("folder-opp-ouders", "pdf", "folder", folder, "leaflet for parents about what an OPP is (mentions every element in general terms)"),
          ("nieuwsbrief-vso", "docx", "nieuwsbrief", nieuwsbrief, "school newsletter mentioning OPP talks, signatures, CvB, stages"),
          ("groepsplan-rekenen", "odt", "groepsplan", groepsplan, "group plan for a whole class, no individual pupil"),
          ("stageovereenkomst-pro", "pdf_docx", "stageovereenkomst", stageovereenkomst, "internship agreement of a pro pupil, signed w.g."),
          ("uitnodiging-infoavond", "txt", "uitnodiging", informatieavond, "invitation to an information evening on vso transition")]

def fill(d, i):
    r = random.Random(1000 + i * 7919)
    d["seed"] = 42 + i
    d["g"] = r.choice("mf")
    d["first"] = r.choice(FIRST_M if d["g"] == "m" else FIRST_F)
    d["last"] = LAST[(i * 11 + 3) % len(LAST)]
    sc = SCHOOLS[d["type"]][i % len(SCHOOLS[d["type"]])]
    d["school"], d["place"], d["director"], d["director_role"] = sc
    d["swv"] = SWV[d["type"]]
    d["street"] = r.choice(["Lindelaan", "Schoolstraat", "Esweg", "Kanaalweg", "Marktplein"])
    d["mentor"] = MENTORS[i % len(MENTORS)]
    v = d["vast"]
    d["born"] = v - datetime.timedelta(days=int(365.25 * d["age"]) + r.randint(20, 330))
    d["age"] = v.year - d["born"].year - ((v.month, v.day) < (d["born"].month, d["born"].day))
    sy0 = v.year if v.month >= 8 else v.year - 1
    d["sy"] = "%d-%d" % (sy0, sy0 + 1)
    last = max(v, d.get("revised") or v)
    d["post2025"] = last >= D(2025, 8, 1)
    d["oogo_date"] = last - datetime.timedelta(days=8)
    d["cdate"] = last + datetime.timedelta(days=r.randint(3, 12))
    d["letter_date"] = last + datetime.timedelta(days=1)
    from content import MONTHS
    def plus(m):
        mm = last.month - 1 + m
        return "%s %d" % (MONTHS[mm % 12], last.year + mm // 12)
    d["eval1"], d["eval2"] = plus(4), plus(8)
    pl = d["last"]
    d["parent"] = r.choice(["mw. %s. %s" % (r.choice("AEHJMST"), pl), "dhr. %s. %s" % (r.choice("BDJKPRW"), pl)])
    d["parent_role"] = "Moeder" if d["parent"].startswith("mw") else "Vader"
    d["code"] = "%04X-%04X" % (r.randint(0, 65535), r.randint(0, 65535))
    n = d["first"]
    if d.get("adult_self"):
        d["parties_oogo"] = "%s zelf, %s (%s, op verzoek van %s aanwezig) en mentor %s" % (n, d["parent"], d["parent_role"].lower(), n, d["mentor"])
    elif d["post2025"]:
        d["parties_oogo"] = "%s (%s), %s en mentor %s" % (d["parent"], d["parent_role"].lower(), n, d["mentor"])
    else:
        d["parties_oogo"] = "%s (%s) en mentor %s" % (d["parent"], d["parent_role"].lower(), d["mentor"])
    if d.get("curatele"):
        d["parent_role"] = "Moeder" if d["parent"].startswith("mw") else "Vader"
    return d

GAPTXT = {"omit": "left out", "empty": "heading with nothing under it", "cc_ph": "Word content-control placeholder 'Klik of tik om tekst in te voeren.'",
          "instruction": "template instruction left in", "ref": "only a reference elsewhere", "generic": "text about every pupil, not this one",
          "unticked": "profile options all unticked", "nog_niet": "'nog niet te bepalen, volgt na onderzoek'", "vague": "vague / not checkable",
          "noeffect": "pupil's view without what it changed", "nvt_but_applies": "'n.v.t.' while the plan itself shows stage days / reduced timetable",
          "no_cvb": "advice of external professionals only, no commissie van begeleiding (so/vso)", "planned": "'gesprek wordt gepland'",
          "partial": "only the consent right, not where to go", "nodate_who": "director named, date line blank", "date_blank": "date cell blank",
          "ph0": "placeholder '...'", "ph1": "placeholder 'n.t.b.'", "ph2": "placeholder 'nog aanvullen'", "ph3": "placeholder 'volgt na overleg'"}
CONSTXT = {"sig": "parent signature image with name and date", "digital": "digital signature via ouderportaal with date and code",
           "wg": "'w.g.' with name and date", "stated": "consent stated by e-mail on a given date, recorded by school", "tick": "ticked 'akkoord' + name, date, signature",
           "adult": "adult pupil signs himself (name, date, signature)", "adult_digital": "adult pupil signs digitally via leerlingportaal", "curator": "curator (parent) signs for pupil under curatele",
           "both": "parent and 16+ pupil both sign", "scan_sig": "handwritten signature and handwritten date on the scan",
           "gezien": "signed 'voor gezien'", "protest": "signed 'onder protest'", "refused": "'niet akkoord' ticked and signed", "partial": "agreed except one part",
           "school_only": "only the school signed; parent line blank", "blank": "blank signature lines", "unticked": "both boxes unticked, no signature/date",
           "nodate": "signature without date", "ref": "'zie apart instemmingsformulier'", "wrong_party": "adult pupil (19, not under curatele) but only the parent signed",
           "pupil_only_curatele": "pupil under curatele signed alone; curator did not", "cc_date": "signature, but the date is the Word placeholder",
           "avg_only": "only an AVG/photo consent signed; no consent to the handelingsdeel", "stated_nodate": "'ouders zijn akkoord (mondeling)' without date"}
FMTNAME = {"docx": "docx", "docx_cc": "docx", "odt": "odt", "txt": "txt", "pdf": "pdf", "pdf_docx": "pdf", "pdf_form": "pdf", "scan_docx": "pdf", "scan_pdf": "pdf"}
FMTDESC = {"docx": "DOCX", "docx_cc": "DOCX with content controls", "odt": "ODT", "txt": "plain text", "pdf": "PDF made directly (reportlab)",
           "pdf_docx": "PDF exported from Word format via soffice", "pdf_form": "fillable PDF form (AcroForm, values filled in)",
           "scan_docx": "scan (image-only PDF, noise + skew) of a soffice export", "scan_pdf": "scan (image-only PDF, noise + skew) of a direct PDF"}

def write(blocks, fmt, stem, footer=None, cc=False):
    """Returns final file name (relative to DOCS)."""
    if fmt in ("docx", "docx_cc"):
        p = os.path.join(DOCS, stem + ".docx"); render_docx(blocks, p, footer=footer, cc_cells=(fmt == "docx_cc")); return stem + ".docx", None
    if fmt == "odt":
        p = os.path.join(DOCS, stem + ".odt"); render_odt(blocks, p, footer=footer); return stem + ".odt", None
    if fmt == "txt":
        p = os.path.join(DOCS, stem + ".txt"); render_txt(blocks, p, footer=footer); return stem + ".txt", None
    if fmt == "pdf":
        p = os.path.join(DOCS, stem + ".pdf"); render_pdf(blocks, p, footer=footer); return stem + ".pdf", None
    if fmt == "pdf_form":
        p = os.path.join(DOCS, stem + ".pdf"); render_pdf_form(blocks, p, footer=footer); return stem + ".pdf", None
    if fmt in ("pdf_docx", "scan_docx"):
        p = os.path.join(BUILD, "src", stem + ".docx"); render_docx(blocks, p, footer=footer); return stem + ".pdf", p
    if fmt == "scan_pdf":
        p = os.path.join(BUILD, "src", stem + ".pdf"); render_pdf(blocks, p, footer=footer); return stem + ".pdf", p
    raise ValueError(fmt)

def main():
    for p in (DOCS, BUILD):
        if os.path.exists(p): shutil.rmtree(p)
    for p in (DOCS, ASSETS, os.path.join(BUILD, "src"), os.path.join(BUILD, "pdf"), os.path.join(BUILD, "scan")):
        os.makedirs(p)
    entries = []; to_convert = []; scans = []
    for i, d in enumerate(DOCS_SPEC):
        fill(d, i)
        ctx = Ctx(d, ASSETS)
        lname, lfun = LAYOUTS[d["layout"]]
        if d.get("blank"):
            blocks = (layout_I if d["layout"] == "I" else layout_H)(ctx, blank=True)
        else:
            blocks = lfun(ctx)
        footer = None
        if d["layout"] == "G":
            footer = "Afgedrukt uit KOMPAS Leerlingdossier door %s - %s - vertrouwelijk - pagina {page}" % (d["mentor"], dshort(d["letter_date"]))
            if d["fmt"] != "pdf": footer = footer.replace(" - pagina {page}", "")
        elif d["layout"] == "A":
            footer = "OPP %s %s - format SWV %s" % (d["first"], d["last"], d["swv"])
        stem = "%s_%s" % (d["id"], lname.split("-")[0])
        fname, src = write(blocks, d["fmt"], stem, footer=footer)
        if d["fmt"] == "pdf_docx": to_convert.append((src, fname, False))
        if d["fmt"] == "scan_docx": to_convert.append((src, fname, True))
        if d["fmt"] == "scan_pdf": scans.append((src, fname, d["seed"]))
        labels = {e: label(d, e) for e in ELEMENTS}
        gaps = ["%s: %s" % (e, GAPTXT.get(v, v)) for e, v in d["v"].items() if not (d.get("blank"))]
        note = "%s; %s; %s %s, age %d%s%s; plan set %s%s. Consent: %s." % (
            lname, FMTDESC[d["fmt"]], d["type"], d["profile"], d["age"], ", adult consenting himself" if d.get("adult_self") else "",
            ", under curatele" if d.get("curatele") else "", dshort(d["vast"]), (", revised " + dshort(d["revised"])) if d.get("revised") else "",
            CONSTXT[d["consent"]])
        if d.get("blank"):
            note = "BLANK FORMAT (%s, %s): headings and instructions only; every element incomplete." % (lname, FMTDESC[d["fmt"]])
        elif gaps:
            note += " Gaps: " + "; ".join(gaps) + "."
        else:
            note += " Complete and correct." if all(labels[e] in ("present", "not_applicable") for e in ELEMENTS) else ""
        if not d["post2025"] and not d.get("blank"): note += " Set before 1-8-2025: pupil input not applicable."
        entry = {"file": "docs/" + fname, "format": FMTNAME[d["fmt"]], "layout": lname, "school_type": d["type"],
                 "scanned": d["fmt"].startswith("scan"), "elements": labels, "accept_unclear": [], "notes": note}
        if entry["scanned"]:
            entry["accept_unclear"] = ["instemming_ouders"]
        entries.append(entry)
    for stem, fmt, lay, fun, desc in NONOPP:
        fname, src = write(fun(), fmt, stem)
        if fmt == "pdf_docx": to_convert.append((src, fname, False))
        entries.append({"file": "docs/" + fname, "format": FMTNAME[fmt], "layout": "niet-opp-" + lay, "school_type": "none", "scanned": False,
                        "elements": {e: "missing" for e in ELEMENTS}, "accept_unclear": [], "notes": "NOT AN OPP: " + desc + "; every element missing."})
    # soffice conversion
    soffice_convert([s for s, _, _ in to_convert], os.path.join(BUILD, "pdf"))
    for src, fname, is_scan in to_convert:
        pdf = os.path.join(BUILD, "pdf", os.path.basename(src)[:-5] + ".pdf")
        if is_scan: scans.append((pdf, fname, sum(map(ord, fname)) % 997))
        else: shutil.copy(pdf, os.path.join(DOCS, fname))
    for src, fname, seed in scans:
        make_scan(src, os.path.join(DOCS, fname), seed, os.path.join(BUILD, "scan"))
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    from readme_text import HEAD
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(HEAD)
        for e in entries:
            f.write("- `%s` (%s, %s): %s\n" % (e["file"], e["school_type"], e["layout"], e["notes"]))
    print(len(entries), "documents")

if __name__ == "__main__":
    main()
