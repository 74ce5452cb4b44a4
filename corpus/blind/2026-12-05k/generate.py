# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP set. Run: ../venv/bin/python generate.py"""
import os, json, shutil, subprocess, datetime as dt
from gen_content import ELS, profile, dlong, dshort
from gen_layouts import LAYOUTS, LAYOUT_NAMES, layout_B, layout_E, label_of, code_of
from gen_writers import w_docx, w_odt, w_txt, w_pdf, w_form, scanify

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, BUILD = os.path.join(HERE, "docs"), os.path.join(HERE, "build")
D = dt.date

# fmt: pdfw = docx -> pdf with soffice; pdf = made directly (reportlab); form = fillable pdf;
#      docx / docxcc (content controls + checkbox controls) / odt / txt / scan (image-only pdf)
SPECS = [
 # --- A: swv-genummerd
 dict(id="a01-po-volledig", L="A", fmt="pdfw", school_type="po", date=D(2025, 10, 7), note="volledig plan, instemming gegeven"),
 dict(id="a02-sbo-voorgezien", L="A", fmt="docx", school_type="sbo", date=D(2025, 3, 11), var={"afwijkingen_onderwijsprogramma": "NA", "evaluatie": "PH"}, consent="C_GEZIEN", note="plan voor 1-8-2025; 'voor gezien' getekend; evaluatie alleen placeholder; expliciet geen afwijkingen"),
 dict(id="a03-vo-protest", L="A", fmt="pdfw", school_type="vo", date=D(2025, 11, 18), var={"inbreng_leerling": "PART", "adviezen_professionals": "ZB"}, consent="C_PROTEST", note="inbreng zonder wat het veranderde; advies alleen 'zie verslag'; getekend onder protest"),
 dict(id="a04-vso-meerderjarig", L="A", fmt="docx", school_type="vso", profiel="arbeidsmarktgericht", adult=True, date=D(2026, 2, 3), consent="C_ADULT", var={"inbreng_leerling": "NA"}, note="meerderjarige handelingsbekwame leerling tekent zelf; volledig"),
 dict(id="a05-so-zonderdatum", L="A", fmt="pdfw", school_type="so", date=D(2024, 11, 26), var={"onderbouwing": "E", "informatie_rechten": "M"}, consent="C_NODATE", note="plan 2024; lege kop onderbouwing; geen rechteninformatie; handtekening zonder datum"),
 dict(id="a06-vso-curatele-scan", L="A", fmt="scan", school_type="vso", profiel="dagbesteding", curatele=True, date=D(2025, 12, 9), var={"doelen": "PART"}, consent="C_CURATELE_SELF", note="scan; leerling onder curatele tekent zelf, curatorregel leeg; vage doelen"),
 dict(id="a07-po-formatinstructies", L="A", fmt="docx", school_type="po", date=D(2026, 9, 29), var={"bevorderende_factoren": "INS", "ondersteuningsbehoefte": "INS", "oogo": "PART"}, consent="C_GIVEN", note="instructies van het format blijven staan bij bevorderend en behoeften; OOGO zonder datum/wie"),
 # --- B: twee-kolom-kort
 dict(id="b01-po-inhoudsbesturing", L="B", fmt="docxcc", school_type="po", date=D(2025, 9, 30), var={"ondersteuningsbehoefte": "INS", "afwijkingen_onderwijsprogramma": "NA"}, consent="C_UNTICKED", note="inhoudsbesturingselementen; behoeften toont Word-placeholder; instemmingsvakjes niet aangevinkt (wel getekend)"),
 dict(id="b02-vo-voor2025", L="B", fmt="pdfw", school_type="vo", date=D(2024, 10, 1), note="volledig plan van voor 1-8-2025 (geen hoorrecht vereist)"),
 dict(id="b03-pro-nogvaststellen", L="B", fmt="docxcc", school_type="pro", date=D(2025, 10, 21), var={"oogo": "PART", "vaststelling": "PH"}, consent="C_GIVEN", note="OOGO zonder datum/deelnemers; vaststelling placeholder"),
 dict(id="b04-sbo-blancoregel", L="B", fmt="pdfw", school_type="sbo", date=D(2026, 1, 13), var={"belemmerende_factoren": "M", "evaluatie": "M"}, consent="C_BLANK", note="geen belemmerende factoren en geen evaluatie; lege handtekeningregels"),
 dict(id="b05-so-alleenschool", L="B", fmt="docx", school_type="so", date=D(2025, 11, 4), var={"adviezen_professionals": "PART", "inbreng_leerling": "E"}, consent="C_SCHOOL", note="alleen school getekend; advies CvB genoemd zonder inhoud; lege regel stem leerling"),
 dict(id="b06-vo-volledig", L="B", fmt="docxcc", school_type="vo", date=D(2026, 3, 10), var={"afwijkingen_onderwijsprogramma": "NA"}, note="volledig; geen afwijkingen"),
 # --- C: domeintabel
 dict(id="c01-po-volledig", L="C", fmt="odt", school_type="po", date=D(2025, 9, 16), note="volledig"),
 dict(id="c02-so-weigering", L="C", fmt="pdf", school_type="so", date=D(2025, 10, 28), var={"bevorderende_factoren": "E"}, consent="C_REFUSED", note="kolom bevorderend leeg; ouders niet akkoord"),
 dict(id="c03-vo-stilte", L="C", fmt="odt", school_type="vo", date=D(2025, 2, 4), var={"ondersteuningsbehoefte": "M", "afwijkingen_onderwijsprogramma": "M"}, note="plan voor 1-8-2025; geen onderwijsbehoeften; niets over afwijkingen"),
 dict(id="c04-vso-gedeeltelijk", L="C", fmt="pdf", school_type="vso", profiel="dagbesteding", date=D(2026, 4, 14), var={"doelen": "PH"}, consent="C_PARTIAL", note="doelen placeholder; gedeeltelijke instemming"),
 dict(id="c05-pro-bijgesteld", L="C", fmt="pdf", school_type="pro", date=D(2025, 5, 20), revised=D(2025, 10, 14), var={"inbreng_leerling": "M"}, note="vastgesteld voor, bijgesteld na 1-8-2025 zonder inbreng leerling"),
 dict(id="c06-sbo-avg", L="C", fmt="odt", school_type="sbo", date=D(2025, 12, 2), var={"belemmerende_factoren": "PH", "informatie_rechten": "PART"}, consent="C_AVG", note="AVG/fototoestemming getekend, geen OPP-instemming; belemmerend '...'; rechten alleen 'bel de ib'er'"),
 # --- D: groeidocument
 dict(id="d01-po-volledig", L="D", fmt="pdf", school_type="po", date=D(2025, 11, 25), note="volledig groeidocument"),
 dict(id="d02-sbo-voorgezien", L="D", fmt="pdf", school_type="sbo", date=D(2026, 5, 19), var={"onderbouwing": "PART", "afwijkingen_onderwijsprogramma": "PH"}, consent="C_GEZIEN", note="onderbouwing zonder gegevens; afwijkingen placeholder; voor gezien"),
 dict(id="d03-so-scan", L="D", fmt="scan", school_type="so", date=D(2025, 9, 23), note="scan van volledig plan"),
 dict(id="d04-vso-18plus", L="D", fmt="pdf", school_type="vso", profiel="vervolgonderwijs", adult=True, date=D(2025, 10, 9), var={"inbreng_leerling": "NA", "evaluatie": "PH", "informatie_rechten": "M"}, consent="C_ADULT", note="meerderjarige tekent zelf; evaluatie placeholder; geen rechten"),
 dict(id="d05-vo-protest", L="D", fmt="pdf", school_type="vo", date=D(2024, 6, 18), var={"ondersteuning": "ZB", "oogo": "M"}, consent="C_PROTEST", note="plan 2024; ondersteuning 'zie groepsplan'; geen OOGO; onder protest"),
 dict(id="d06-pro-geenvaststelling", L="D", fmt="pdf", school_type="pro", date=D(2026, 10, 6), var={"uitstroombestemming": "E", "vaststelling": "M"}, note="lege kop perspectief; geen vaststellingsdatum (wel overlegdatum)"),
 # --- E: beknopt-formulier (fillable pdf)
 dict(id="e01-po-formulier-volledig", L="E", fmt="form", school_type="po", date=D(2025, 10, 14), var={"afwijkingen_onderwijsprogramma": "NA"}, note="volledig ingevuld formulier; vinkje geen afwijking"),
 dict(id="e02-vo-formulier-leeg", L="E", fmt="form", school_type="vo", date=D(2026, 1, 27), var={"inbreng_leerling": "PART", "doelen": "E"}, consent="C_UNTICKED", note="doelenveld leeg; inbreng zonder effect; akkoord-vakje niet aangevinkt"),
 dict(id="e03-so-formulier-2024", L="E", fmt="form", school_type="so", date=D(2024, 9, 10), var={"adviezen_professionals": "E", "afwijkingen_onderwijsprogramma": "E"}, consent="C_NODATE", note="plan 2024; adviesveld leeg; vakje geen afwijking niet aangevinkt en afwijkingsveld leeg; datum bij handtekening leeg"),
 dict(id="e04-sbo-formulier", L="E", fmt="form", school_type="sbo", date=D(2025, 11, 11), var={"ondersteuning": "PH", "oogo": "E", "uitstroombestemming": "PART"}, note="uitstroom zonder niveau; begeleiding placeholder; overlegveld leeg"),
 dict(id="e05-vso-curator", L="E", fmt="form", school_type="vso", profiel="arbeidsmarktgericht", curatele=True, date=D(2026, 6, 2), var={"afwijkingen_onderwijsprogramma": "NA"}, consent="C_CURATOR", note="leerling onder curatele; curator stemt in; volledig"),
 # --- F: vraagkoppen
 dict(id="f01-po-volledig", L="F", fmt="odt", school_type="po", date=D(2026, 2, 24), note="volledig"),
 dict(id="f02-sbo-weigering", L="F", fmt="txt", school_type="sbo", date=D(2025, 9, 9), var={"bevorderende_factoren": "M"}, consent="C_REFUSED", note="geen bevorderende factoren; ouders niet akkoord"),
 dict(id="f03-vo-ntb", L="F", fmt="txt", school_type="vo", date=D(2025, 10, 2), var={"inbreng_leerling": "M", "uitstroombestemming": "PH"}, note="uitstroom 'n.t.b.'-achtig; geen inbreng leerling"),
 dict(id="f04-pro-alleenschool", L="F", fmt="odt", school_type="pro", date=D(2026, 4, 21), var={"adviezen_professionals": "M"}, consent="C_SCHOOL", note="geen adviezen; alleen school getekend"),
 dict(id="f05-po-scan-2024", L="F", fmt="scan", school_type="po", date=D(2024, 3, 5), note="scan van volledig plan uit 2024"),
 # --- G: briefvorm
 dict(id="g01-po-brief", L="G", fmt="pdfw", school_type="po", date=D(2025, 12, 16), note="volledig, briefvorm met antwoordstrook"),
 dict(id="g02-vo-brief-2025", L="G", fmt="txt", school_type="vo", date=D(2025, 4, 15), var={"ondersteuningsbehoefte": "INS"}, consent="C_BLANK", note="plan voor 1-8-2025; instructietekst bij behoeften; lege antwoordstrook"),
 dict(id="g03-so-brief", L="G", fmt="pdfw", school_type="so", date=D(2026, 3, 3), var={"afwijkingen_onderwijsprogramma": "M", "evaluatie": "PART"}, note="niets over afwijkingen; evaluatie zonder moment"),
 dict(id="g04-sbo-brief-avg", L="G", fmt="pdfw", school_type="sbo", date=D(2025, 10, 30), var={"oogo": "ZB"}, consent="C_AVG", note="OOGO 'zie gespreksverslag'; alleen AVG-toestemming getekend"),
 # --- H: systeemexport
 dict(id="h01-vo-export", L="H", fmt="pdf", school_type="vo", date=D(2025, 9, 25), var={"afwijkingen_onderwijsprogramma": "NA"}, note="volledig; geen afwijking"),
 dict(id="h02-po-export-leeg", L="H", fmt="txt", school_type="po", date=D(2026, 5, 12), var={"bevorderende_factoren": "E", "inbreng_leerling": "E"}, consent="C_NODATE", note="[leeg] bij stimulerend en hoorrecht; datum instemming leeg"),
 dict(id="h03-vso-export", L="H", fmt="pdf", school_type="vso", profiel="vervolgonderwijs", date=D(2025, 11, 20), var={"onderbouwing": "M", "vaststelling": "INS"}, consent="C_GEZIEN", note="geen onderbouwing; instructie bij vaststelling; voor gezien"),
 dict(id="h04-pro-export-2025", L="H", fmt="txt", school_type="pro", date=D(2025, 6, 24), note="volledig plan van voor 1-8-2025"),
 dict(id="h05-so-export", L="H", fmt="pdf", school_type="so", date=D(2026, 11, 3), var={"ondersteuning": "PART", "doelen": "ZB", "informatie_rechten": "ZB"}, consent="C_GIVEN", note="interventies zonder wie/hoe vaak; doelen 'zie groepsplan'; rechten alleen 'zie schoolgids'"),
]

FOOT = {"A": lambda p: "Format OPP %s - versie 2024-2" % p["swv"],
        "D": lambda p: "Groeidocument %s - pagina {p}" % p["naam"],
        "H": lambda p: "Geëxporteerd uit Klasvolg LVS 4.2 op 05-12-2026 door %s  |  pagina {p}  |  vertrouwelijk" % p["ib"],
        "E": lambda p: "Beknopt OPP %s - invulformulier" % p["swv"]}

def render(spec):
    p = profile(spec)
    L, fmt, i = spec["L"], spec["fmt"], spec["id"]
    foot = FOOT[L](p) if L in FOOT else None
    if L == "E":
        out = os.path.join(DOCS, i + ".pdf"); w_form(layout_E(spec, p), out, foot); return out, "pdf"
    blocks = layout_B(spec, p, cc=(fmt == "docxcc")) if L == "B" else LAYOUTS[L](spec, p)
    if fmt in ("docx", "docxcc"):
        out = os.path.join(DOCS, i + ".docx"); w_docx(blocks, out, foot and foot.replace(" - pagina {p}", "").replace("  |  pagina {p}", ""), sdt=(fmt == "docxcc")); return out, "docx"
    if fmt == "odt":
        out = os.path.join(DOCS, i + ".odt"); w_odt(blocks, out, foot and foot.replace(" - pagina {p}", "")); return out, "odt"
    if fmt == "txt":
        out = os.path.join(DOCS, i + ".txt"); w_txt(blocks, out, "md" if L == "F" else "plain", foot and foot.replace("  |  pagina {p}", "")); return out, "txt"
    if fmt == "pdf":
        out = os.path.join(DOCS, i + ".pdf"); w_pdf(blocks, out, foot, header=("vertrouwelijk" if L == "D" else None)); return out, "pdf"
    if fmt == "pdfw":
        w_docx(blocks, os.path.join(BUILD, "w", i + ".docx"), foot); return os.path.join(DOCS, i + ".pdf"), "pdf"
    if fmt == "scan":
        src = os.path.join(BUILD, "scan_src", i + ".pdf")
        if L == "A":
            w_docx(blocks, os.path.join(BUILD, "w", i + ".docx"), foot)  # converted by soffice, then scanned
        else:
            w_pdf(blocks, src, foot, base=10)
        return os.path.join(DOCS, i + ".pdf"), "pdf"
    raise ValueError(fmt)

# ------------------------------------------------------------------ documents that are not OPPs
def non_opps():
    out = []
    leaflet = [("title", "Wat is een OPP?"), ("p", "Informatie voor ouders - SWV Samen Sterk Grootemeer"),
        ("h", 1, "Waarom een ontwikkelingsperspectief?"),
        ("p", "Heeft uw kind meer ondersteuning nodig dan de school gewoonlijk biedt? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat wat de school van uw kind verwacht en welke hulp uw kind krijgt."),
        ("h", 1, "Wat staat erin?"),
        ("bl", ["de verwachte uitstroombestemming: naar welke school of welk werk uw kind waarschijnlijk gaat, en waarom de school dat denkt",
                "wat het leren van uw kind makkelijker en moeilijker maakt",
                "het handelingsdeel: welke begeleiding uw kind krijgt, wie die geeft en hoe vaak",
                "eventuele afwijkingen van het gewone lesprogramma",
                "wat uw kind er zelf van vindt (sinds 1 augustus 2025 verplicht)"]),
        ("h", 1, "Uw rol als ouder"),
        ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. Met het handelingsdeel moet u instemmen. Bent u het er niet mee eens, dan kunt u een onderwijsconsulent inschakelen of naar de Geschillencommissie passend onderwijs."),
        ("h", 1, "Meer weten?"), ("p", "Loop binnen bij de intern begeleider van de school van uw kind of kijk op de website van het samenwerkingsverband.")]
    f = os.path.join(DOCS, "n01-folder-wat-is-een-opp.pdf"); w_pdf(leaflet, f, "Folder ouders, uitgave najaar 2025")
    out.append(dict(file=f, format="pdf", layout="folder-ouders", st="none", lab={e: "missing" for e in ELS}, note="folder voor ouders over het OPP; geen plan"))
    news = [("title", "Nieuwsbrief De Wilgenhoek - december 2025"),
        ("h", 2, "Sinterklaas was er weer!"), ("p", "Op 5 december bezocht de Sint onze school. De groepen 5 tot en met 8 maakten prachtige surprises."),
        ("h", 2, "Nieuwe intern begeleider"), ("p", "Vanaf januari is mevr. Boerema onze nieuwe intern begeleider. Zij is onder meer het aanspreekpunt voor ouders van kinderen met een ontwikkelingsperspectief (OPP). Wilt u kennismaken? Haar deur staat op dinsdag open."),
        ("h", 2, "Oudergesprekken"), ("p", "In week 6 zijn de rapportgesprekken. U ontvangt de uitnodiging via de ouderapp."),
        ("h", 2, "Kalender"), ("table", ["Datum", "Activiteit"], [["19-12-2025", "Kerstviering, 's middags vrij"], ["22-12 t/m 2-1", "Kerstvakantie"], ["15-01-2026", "Studiedag, alle leerlingen vrij"]])]
    w_docx(news, os.path.join(BUILD, "w", "n02-nieuwsbrief-december.docx"))
    out.append(dict(file=os.path.join(DOCS, "n02-nieuwsbrief-december.pdf"), format="pdf", layout="nieuwsbrief", st="none", lab={e: "missing" for e in ELS}, note="nieuwsbrief die het OPP alleen noemt"))
    # blank format: layout A with every part empty (headings only), no rights section
    blank = dict(id="n03-leeg-format", L="A", school_type="po", date=D(2025, 8, 20),
                 var={e: "E" for e in ELS if e not in ("instemming_ouders",)}, consent="C_BLANK")
    blank["var"]["informatie_rechten"] = "M"
    p = profile(blank)
    for k in ("naam", "vn", "school", "klas", "ib", "plaats"):
        p[k] = ""
    p["geb"] = None
    blocks = []
    from gen_layouts import layout_A
    import gen_content
    bl = layout_A(blank, dict(p, geb=D(2000, 1, 1)))
    # strip filled-in pupil data from the blank format
    for b in bl:
        if b[0] == "kv":
            b = ("kv", [(k, "") for k, _ in b[1]])
        if b[0] == "title":
            b = ("title", "Ontwikkelingsperspectiefplan - format (leeg)")
        if b[0] == "p" and b[1].startswith(" heeft meer"):
            b = ("pi", "Beschrijf kort de aanleiding voor dit OPP.")
        if b[0] == "sig":
            b = ("sig", [(k, None) for k, _ in b[1]])
        blocks.append(b)
    f = os.path.join(DOCS, "n03-leeg-format.docx"); w_docx(blocks, f, "Format OPP - versie 2025-1")
    lab = {e: "incomplete" for e in ELS}
    lab["informatie_rechten"] = "missing"
    out.append(dict(file=f, format="docx", layout="leeg-format (swv-genummerd)", st="none", lab=lab, note="leeg format: alle koppen zonder inhoud, lege handtekeningregels, geen rechtenparagraaf"))
    return out

def main():
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(BUILD, ignore_errors=True)
    for d in (DOCS, os.path.join(BUILD, "w"), os.path.join(BUILD, "scan_src"), os.path.join(BUILD, "tmp")):
        os.makedirs(d, exist_ok=True)
    entries = []
    for s in SPECS:
        out, fmt = render(s)
        lab = {e: label_of(s, e) for e in ELS}
        entries.append(dict(spec=s, file=out, format=fmt, lab=lab))
    extra = non_opps()
    # one soffice batch for all Word documents that become PDF
    wdir = os.path.join(BUILD, "w")
    docxs = sorted(os.path.join(wdir, f) for f in os.listdir(wdir))
    subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.join(BUILD, "pdfw")] + docxs,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in docxs:
        b = os.path.splitext(os.path.basename(f))[0]
        src = os.path.join(BUILD, "pdfw", b + ".pdf")
        if "scan" in b:
            shutil.copy(src, os.path.join(BUILD, "scan_src", b + ".pdf"))
        else:
            shutil.copy(src, os.path.join(DOCS, b + ".pdf"))
    for k, s in enumerate(SPECS):
        if s["fmt"] == "scan":
            scanify(os.path.join(BUILD, "scan_src", s["id"] + ".pdf"), os.path.join(DOCS, s["id"] + ".pdf"), 100 + k, os.path.join(BUILD, "tmp"))
    docs = []
    fmtname = {"pdfw": "pdf uit Word (soffice)", "pdf": "pdf direct (reportlab)", "form": "invulbare pdf (AcroForm)", "docx": "docx",
               "docxcc": "docx met inhoudsbesturingselementen en selectievakjes", "odt": "odt", "txt": "platte tekst", "scan": "scan (beeld-pdf)"}
    for e in entries:
        s = e["spec"]
        acc = []
        if s["fmt"] == "scan":
            acc = ["instemming_ouders", "vaststelling"]
        docs.append({"file": os.path.relpath(e["file"], HERE), "format": e["format"], "layout": LAYOUT_NAMES[s["L"]],
                     "school_type": s["school_type"], "scanned": s["fmt"] == "scan", "elements": e["lab"],
                     "accept_unclear": acc, "notes": "%s; %s; vastgesteld %s%s. %s" % (LAYOUT_NAMES[s["L"]], fmtname[s["fmt"]], dshort(s["date"]),
                      (", bijgesteld " + dshort(s["revised"])) if s.get("revised") else "", s["note"])})
    for x in extra:
        docs.append({"file": os.path.relpath(x["file"], HERE), "format": x["format"], "layout": x["layout"], "school_type": x["st"],
                     "scanned": False, "elements": x["lab"], "accept_unclear": [], "notes": x["note"]})
    json.dump({"version": 1, "docs": docs}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(docs), "documents")

if __name__ == "__main__":
    main()
