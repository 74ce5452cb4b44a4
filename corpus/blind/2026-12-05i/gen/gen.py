#!/usr/bin/env python3
"""Deterministic generator of the blind set. Run: nice ../../venv/bin/python gen.py  (from gen/)."""
import datetime as dt, json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import make_pupil
from layouts import LAYOUTS, leaflet, newsletter, blank_format, BLANK_FIELDS, var
import render

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
            "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
            "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]
D = dt.date
E = {"uit": "uitstroombestemming", "ond": "onderbouwing", "bel": "belemmerende_factoren", "bev": "bevorderende_factoren",
     "beh": "ondersteuningsbehoefte", "ost": "ondersteuning", "afw": "afwijkingen_onderwijsprogramma", "doel": "doelen",
     "adv": "adviezen_professionals", "oogo": "oogo", "inst": "instemming_ouders", "inb": "inbreng_leerling", "eval": "evaluatie",
     "rech": "informatie_rechten", "vast": "vaststelling"}

# (layout, fmt, school_type, plan date, overrides, extra)
SPEC = [
 ("swv-genummerd", "pdfw", "po", D(2025,10,14), {}, {}),
 ("swv-genummerd", "docx", "po", D(2025,5,20), {"inb": "omit"}, {"revised": D(2025,11,4)}),
 ("swv-genummerd", "pdfw", "sbo", D(2026,1,20), {"bel": "empty", "inst": "gezien"}, {}),
 ("swv-genummerd", "docx", "vo", D(2025,11,3), {"afw": "omit", "inb": "noeffect", "inst": "nodate"}, {}),
 ("swv-genummerd", "scan", "po", D(2025,9,29), {"ond": "ref"}, {}),
 ("swv-genummerd", "pdfw", "vo", D(2026,9,28), {"doel": "instr", "eval": "instr", "rech": "omit", "inst": "school"}, {}),
 ("swv-genummerd", "docx", "sbo", D(2024,10,8), {"afw": "na", "adv": "ref_partial", "inst": "refused"}, {}),
 ("groeidocument", "odt", "po", D(2025,11,17), {"afw": "na"}, {}),
 ("groeidocument", "pdfw", "sbo", D(2026,3,9), {"uit": "ph", "ond": "ph", "inst": "protest"}, {}),
 ("groeidocument", "odt", "so", D(2025,6,30), {"oogo": "omit", "inst": "blank", "eval": "omit"}, {}),
 ("groeidocument", "pdfw", "po", D(2026,6,15), {"inb": "omit", "ost": "ref", "inst": "omit_avg"}, {}),
 ("groeidocument", "odt", "sbo", D(2025,10,6), {"bev": "omit", "doel": "empty", "vast": "nowho"}, {}),
 ("groeidocument", "pdfw", "so", D(2026,10,12), {}, {}),
 ("groeidocument", "odt", "po", D(2025,8,1), {"adv": "omit", "afw": "empty"}, {}),
 ("beknopt-formulier", "form", "po", D(2025,9,22), {}, {}),
 ("beknopt-formulier", "form", "vo", D(2026,2,2), {"beh": "ph", "ost": "ph", "inst": "unticked"}, {}),
 ("beknopt-formulier", "docxcc", "sbo", D(2025,12,8), {"rech": "empty", "eval": "empty", "afw": "na"}, {}),
 ("beknopt-formulier", "docxcc", "vo", D(2025,2,11), {"uit": "empty", "inst": "partial"}, {}),
 ("beknopt-formulier", "form", "po", D(2026,11,2), {"oogo": "ph", "inb": "noeffect", "vast": "ph", "inst": "blank"}, {}),
 ("beknopt-formulier", "docxcc", "po", D(2026,5,11), {"adv": "ph", "bel": "instr", "bev": "instr"}, {}),
 ("vragen-gewone-taal", "txt", "po", D(2025,10,27), {"afw": "na"}, {}),
 ("vragen-gewone-taal", "pdf", "vo", D(2026,1,12), {"beh": "omit", "rech": "omit", "inst": "gezien"}, {}),
 ("vragen-gewone-taal", "txt", "pro", D(2025,11,24), {"doel": "ph", "adv": "ref_partial"}, {}),
 ("vragen-gewone-taal", "pdf", "po", D(2025,7,31), {"ond": "omit", "inst": "school"}, {}),
 ("vragen-gewone-taal", "txt", "vo", D(2026,4,20), {"uit": "omit", "ond": "omit"}, {}),
 ("vragen-gewone-taal", "pdf", "pro", D(2026,9,14), {"eval": "ph", "oogo": "oogo_planned", "inst": "blank"}, {}),
 ("brief-ouders", "docx", "po", D(2025,10,20), {}, {}),
 ("brief-ouders", "pdfw", "sbo", D(2026,2,16), {"afw": "omit", "bel": "omit", "inst": "refused"}, {}),
 ("brief-ouders", "odt", "vo", D(2025,3,17), {"doel": "omit"}, {}),
 ("brief-ouders", "scan", "po", D(2026,3,23), {"inb": "noeffect"}, {}),
 ("brief-ouders", "docx", "vo", D(2025,11,10), {"ost": "omit", "doel": "omit", "rech": "omit", "inst": "nodate"}, {}),
 ("brief-ouders", "pdfw", "po", D(2026,10,5), {"vast": "omit", "oogo": "omit", "inst": "partial"}, {}),
 ("las-export", "pdf", "vo", D(2025,10,2), {}, {}),
 ("las-export", "txt", "po", D(2026,1,26), {"ond": "empty", "adv": "empty", "inb": "empty", "inst": "nodate"}, {}),
 ("las-export", "pdf", "pro", D(2025,12,1), {"bel": "ph", "bev": "ph", "inst": "unticked"}, {}),
 ("las-export", "txt", "vo", D(2024,11,26), {"vast": "nowho", "eval": "ph", "afw": "na"}, {}),
 ("las-export", "pdf", "po", D(2026,6,1), {"beh": "empty", "ost": "instr", "inst": "omit_avg"}, {}),
 ("las-export", "pdf", "sbo", D(2026,9,21), {"doel": "ref", "rech": "ref"}, {}),
 ("so-vso-uitstroomprofiel", "docx", "vso", D(2025,10,13), {"inst": "adult_self"}, {"adult": True}),
 ("so-vso-uitstroomprofiel", "pdfw", "vso", D(2026,2,9), {"inst": "curator"}, {"curatele": True}),
 ("so-vso-uitstroomprofiel", "odt", "vso", D(2025,11,17), {"inst": "curatele_self"}, {"curatele": True}),
 ("so-vso-uitstroomprofiel", "scan", "so", D(2025,9,15), {"adv": "ref_partial", "inst": "nodate"}, {}),
 ("so-vso-uitstroomprofiel", "docx", "so", D(2025,4,14), {"uit": "ph", "inst": "protest"}, {}),
 ("so-vso-uitstroomprofiel", "pdfw", "vso", D(2026,10,19), {"adv": "omit", "inb": "omit", "inst": "school"}, {}),
 ("so-vso-uitstroomprofiel", "odt", "so", D(2026,5,25), {"beh": "ref", "eval": "omit"}, {}),
 ("pro-iop", "docx", "pro", D(2025,10,6), {}, {}),
 ("pro-iop", "pdf", "pro", D(2026,2,23), {"afw": "omit", "vast": "nodate", "inst": "gezien"}, {}),
 ("pro-iop", "docx", "vso", D(2025,6,10), {"inst": "adult_self", "rech": "omit"}, {"adult": True}),
 ("pro-iop", "pdf", "pro", D(2026,11,16), {"ond": "instr", "inb": "noeffect", "oogo": "ph", "inst": "omit"}, {}),
 ("vragen-gewone-taal", "pdf", "sbo", D(2026,3,2), {"bel": "ref", "bev": "empty", "oogo": "omit", "inst": "refused"}, {}),
 ("las-export", "txt", "pro", D(2025,9,8), {"uit": "instr", "afw": "ph", "vast": "omit", "inst": "omit"}, {}),
 ("pro-iop", "docx", "pro", D(2025,1,20), {"beh": "instr", "eval": "ref", "inst": "blank"}, {}),
]
CURATORS = ["mr. H. Zwiers-Bontekoe", "dhr. G. Landzaat"]

def status(v):
    if v in ("ok", "adult_self", "curator"): return "present"
    if v == "na": return "not_applicable"
    if v in ("omit", "omit_avg"): return "missing"
    return "incomplete"

VNAME = {"empty": "kop zonder inhoud", "ph": "placeholder", "instr": "instructietekst format blijven staan", "ref": "alleen verwijzing (zie bijlage)",
         "ref_partial": "'zie verslag' zonder advies", "omit": "ontbreekt", "noeffect": "mening leerling zonder wat ermee gedaan is",
         "oogo_planned": "gesprek 'wordt nog gepland'", "nowho": "alleen datum, niet door wie", "nodate": "datum leeg", "na": "expliciet geen afwijkingen",
         "gezien": "getekend 'voor gezien'", "protest": "getekend onder protest", "refused": "niet akkoord", "partial": "gedeeltelijk akkoord",
         "school": "alleen school getekend", "unticked": "ouder getekend maar geen vakje aangekruist", "blank": "lege handtekeningregels",
         "omit_avg": "geen OPP-instemming, wel getekende AVG/beeldtoestemming", "adult_self": "meerderjarige leerling tekent zelf",
         "curator": "curator tekent (leerling onder curatele)", "curatele_self": "leerling onder curatele tekent zelf, curatorregel leeg"}

def main():
    if os.path.isdir(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="blind9_")
    entries, to_convert = [], []
    for i, (lay, fmt, st, date, ov, extra) in enumerate(SPEC, 1):
        p = make_pupil(i, st, date, seed=9000 + i)
        p.update(extra)
        if p.get("curatele"): p["curator"] = CURATORS[i % 2]
        p["post"] = date >= D(2025, 8, 1) or bool(p.get("revised") and p["revised"] >= D(2025, 8, 1))
        s = {E[k]: v for k, v in ov.items()}
        doc = LAYOUTS[lay](p, s)
        base = f"{i:02d}-{st}-{lay}"
        if fmt in ("docx", "docxcc"):
            if fmt == "docx": doc["cc"] = False
            fn = base + ".docx"; render.to_docx(doc, os.path.join(DOCS, fn)); lf = "docx"
        elif fmt == "pdfw":
            doc["cc"] = False; fn = base + ".pdf"; render.to_docx(doc, os.path.join(tmp, base + ".docx")); to_convert.append(base); lf = "pdf"
        elif fmt == "odt":
            fn = base + ".odt"; render.to_odt(doc, os.path.join(DOCS, fn)); lf = "odt"
        elif fmt == "txt":
            fn = base + ".txt"; render.to_txt(doc, os.path.join(DOCS, fn)); lf = "txt"
        elif fmt == "pdf":
            fn = base + ".pdf"; render.to_pdf(doc, os.path.join(DOCS, fn)); lf = "pdf"
        elif fmt == "form":
            fn = base + ".pdf"; render.to_form(doc, os.path.join(DOCS, fn)); lf = "pdf"
        elif fmt == "scan":
            fn = base + "-scan.pdf"; src = os.path.join(tmp, base + "-src.pdf"); render.to_pdf(doc, src, scan=True)
            render.scan_pdf(src, os.path.join(DOCS, fn), 9000 + i, tmp); lf = "pdf"
        els = {}
        for el in ELEMENTS:
            v = var(s, el, p) if el != "instemming_ouders" else s.get(el, "ok")
            els[el] = status(v)
        if not p["post"] or p.get("adult"):
            els["inbreng_leerling"] = "not_applicable"
        gaps = [f"{el}: {VNAME[v]}" for el, v in s.items() if v != "ok"]
        when = f"plan {date.isoformat()}" + (f", bijgesteld {p['revised'].isoformat()}" if p.get("revised") else "") + (" (na 1-8-2025: inbreng vereist)" if p["post"] else " (voor 1-8-2025: inbreng n.v.t.)")
        who = " meerderjarige leerling;" if p.get("adult") else (" leerling onder curatele;" if p.get("curatele") else "")
        fmtname = {"pdfw": "PDF uit Word via soffice", "docx": "DOCX (tabellen, ☐/☒)", "docxcc": "DOCX met content controls (tekst + aankruisvakken)",
                   "odt": "ODT", "txt": "platte tekst", "pdf": "PDF direct (reportlab)", "form": "invulbaar PDF-formulier (AcroForm)", "scan": "scan (beeld-PDF, ruis, scheef)"}[fmt]
        e = {"file": "docs/" + fn, "format": lf, "layout": lay, "school_type": st, "scanned": fmt == "scan", "elements": els,
             "accept_unclear": ["instemming_ouders"] if fmt == "scan" else [],
             "notes": f"{lay}; {fmtname}; {when};{who} " + ("gaten: " + "; ".join(gaps) if gaps else "volledig plan")}
        entries.append(e)
    # non-OPP documents
    n = len(SPEC)
    render.to_pdf(leaflet(), os.path.join(DOCS, f"{n+1:02d}-none-folder-wat-is-een-opp.pdf"))
    entries.append({"file": f"docs/{n+1:02d}-none-folder-wat-is-een-opp.pdf", "format": "pdf", "layout": "folder-ouders", "school_type": "none",
                    "scanned": False, "elements": {el: "missing" for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "geen OPP: algemene folder voor ouders over wat een OPP is; noemt de elementen maar bevat geen plan; alles missing"})
    nl = newsletter(); nl["cc"] = False
    render.to_docx(nl, os.path.join(DOCS, f"{n+2:02d}-none-nieuwsbrief.docx"))
    entries.append({"file": f"docs/{n+2:02d}-none-nieuwsbrief.docx", "format": "docx", "layout": "nieuwsbrief", "school_type": "none",
                    "scanned": False, "elements": {el: "missing" for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "geen OPP: nieuwsbrief met een bericht over OPP-evaluaties; alles missing"})
    render.to_form(blank_format(), os.path.join(DOCS, f"{n+3:02d}-none-leeg-format-beknopt-opp.pdf"))
    entries.append({"file": f"docs/{n+3:02d}-none-leeg-format-beknopt-opp.pdf", "format": "pdf", "layout": "beknopt-formulier (leeg)", "school_type": "none",
                    "scanned": False, "elements": {el: ("incomplete" if el in BLANK_FIELDS else "missing") for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "geen OPP: leeg invulbaar format (oude versie zonder velden voor inbreng leerling en rechten); velden die er zijn incomplete, de rest missing"})
    if to_convert:
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + [os.path.join(tmp, b + ".docx") for b in to_convert],
                       check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    print(len(entries), "documents")

if __name__ == "__main__":
    main()
