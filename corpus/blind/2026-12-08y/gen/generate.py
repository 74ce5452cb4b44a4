# -*- coding: utf-8 -*-
"""Deterministic generator for blind corpus round 77 (2026-12-08y).
Run: /work/blind78/venv/bin/python generate.py   (needs soffice and pdftoppm on PATH)."""
import os, sys, json, shutil, datetime as dt, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import Builder, LAYOUTS, NONOPP, labels_for, ELEMENTS
import render

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
BUILD = "/work/blind78/build"
D = dt.date

# fmt: docx | docx-cc | pdf-word (docx -> soffice) | pdf (reportlab) | pdf-form (AcroForm) | odt (docx -> soffice) | txt | md | scan
SPECS = [
 # ---------------- po
 dict(id="po-01", type="po", layout="swv-numbered", fmt="pdf-word", date=D(2025, 10, 14), note="complete plan"),
 dict(id="po-02", type="po", layout="domain-table", fmt="docx", date=D(2025, 11, 3), modes={"onderbouwing": "ph", "evaluatie": "ph", "informatie_rechten": "miss"},
      ph={"onderbouwing": "n.t.b.", "evaluatie": "volgt na overleg"}, consent="nodate", note="onderbouwing 'n.t.b.'; evaluatie 'volgt na overleg'; no rights info; parent signature without date"),
 dict(id="po-03", type="po", layout="letter", fmt="pdf", date=D(2024, 11, 20), modes={"inbreng_leerling": "miss", "afwijkingen_onderwijsprogramma": "na"},
      note="pre-Aug-2025 letter; pupil's view absent (not yet required); explicit 'geen afwijkingen'; otherwise complete"),
 dict(id="po-04", type="po", layout="question-headings", fmt="md", date=D(2025, 9, 22), modes={"inbreng_leerling": "noeffect", "doelen": "vague"}, consent="gezien",
      note="pupil quoted but nothing said about what it changed; goals vague (not checkable); consent signed 'voor gezien'"),
 dict(id="po-05", type="po", layout="system-export", fmt="pdf-word", date=D(2026, 1, 19), modes={"adviezen_professionals": "ref", "afwijkingen_onderwijsprogramma": "miss"}, consent="blank",
      note="advice only 'zie verslag psychologisch onderzoek'; silence on deviations; blank parent signature line, no box ticked"),
 dict(id="po-06", type="po", layout="beknopt-form", fmt="pdf-form", date=D(2025, 12, 1), modes={"belemmerende_factoren": "empty", "informatie_rechten": "miss"}, consent="unticked",
      note="fillable PDF form (values in AcroForm fields); 'Belemmerend' field empty; consent checkbox unticked though name/date/w.g. filled; no rights text"),
 dict(id="po-07", type="po", layout="groeidocument", fmt="docx", date=D(2026, 2, 10), modes={"oogo": "ph"}, ph={"oogo": "Gesprek met ouders gepland, datum volgt."},
      note="groeidocument with OPP as Deel 4; OOGO section only a placeholder ('datum volgt')"),
 dict(id="po-08", type="po", layout="handelingsdeel-table", fmt="odt", date=D(2025, 10, 1),
      modes={"uitstroombestemming": "ref", "onderbouwing": "miss", "belemmerende_factoren": "miss", "bevorderende_factoren": "miss", "informatie_rechten": "miss"},
      note="only the handelingsdeel was sent: destination only 'zie perspectiefdeel', no onderbouwing, no factors, no rights"),
 dict(id="po-09", type="po", layout="swv-numbered", fmt="scan", date=D(2025, 11, 25), unclear=["instemming_ouders"],
      note="scan (noise, skew) of a complete plan; signatures are handwritten squiggles only"),
 dict(id="po-10", type="po", layout="letter", fmt="txt", date=D(2026, 3, 5), consent="refused",
      note="letter with reply slip; parents ticked 'niet akkoord'"),
 dict(id="po-11", type="po", layout="swv-numbered", fmt="docx-cc", date=D(2023, 10, 9), modes={"ondersteuningsbehoefte": "ccph", "doelen": "ccph", "inbreng_leerling": "miss"},
      note="DOCX with content controls; two controls still show Word's placeholder 'Klik of tik om tekst in te voeren.'; plan of 2023 (pupil input not yet required)"),
 dict(id="po-12", type="po", layout="swv-numbered", fmt="pdf", date=D(2024, 10, 8), revised=D(2025, 10, 13), modes={"inbreng_leerling": "miss"},
      note="set in 2024 but revised in Oct 2025: pupil's input now required and absent"),
 # ---------------- sbo
 dict(id="sbo-01", type="sbo", layout="domain-table", fmt="pdf-word", date=D(2025, 10, 7), note="complete plan, table per domain"),
 dict(id="sbo-02", type="sbo", layout="groeidocument", fmt="pdf", date=D(2025, 6, 12), note="complete; set June 2025 (before the pupil-input rule) although a pupil conversation is included"),
 dict(id="sbo-03", type="sbo", layout="question-headings", fmt="docx", date=D(2025, 11, 18), consent="protest", note="question headings; parent signed 'onder protest'"),
 dict(id="sbo-04", type="sbo", layout="system-export", fmt="scan", date=D(2026, 1, 27), modes={"vaststelling": "instr"}, consent="school_only", unclear=["instemming_ouders"],
      note="scan of LAS export; vaststelling still the format text 'dd-mm-jjjj'; only school staff signed"),
 dict(id="sbo-05", type="sbo", layout="beknopt-form", fmt="txt", date=D(2025, 9, 30), modes={"adviezen_professionals": "miss", "oogo": "miss"},
      note="short form as plain text; no advice, no record of the talk with parents"),
 # ---------------- so
 dict(id="so-01", type="so", layout="so-vso-profile", fmt="pdf-word", date=D(2025, 10, 20), note="complete so plan with CvB advice"),
 dict(id="so-02", type="so", layout="swv-numbered", fmt="odt", date=D(2024, 9, 30), modes={"adviezen_professionals": "miss", "inbreng_leerling": "miss"},
      note="pre-2025 so plan; advice of the commissie voor de begeleiding absent"),
 dict(id="so-03", type="so", layout="letter", fmt="docx", date=D(2026, 2, 2), modes={"inbreng_leerling": "noeffect"}, consent="partial",
      note="letter; pupil's view without effect; parents consent only partly"),
 dict(id="so-04", type="so", layout="beknopt-form", fmt="pdf-form", date=D(2025, 11, 11), modes={"uitstroombestemming": "ph"}, ph={"uitstroombestemming": "..."},
      note="fillable form; destination field '...'; rest filled, consent ticked and signed"),
 # ---------------- vo
 dict(id="vo-01", type="vo", layout="swv-numbered", fmt="docx", date=D(2025, 10, 2), note="complete vo plan"),
 dict(id="vo-02", type="vo", layout="domain-table", fmt="pdf-word", date=D(2024, 10, 10), modes={"afwijkingen_onderwijsprogramma": "na", "inbreng_leerling": "miss", "informatie_rechten": "miss"},
      note="2024 plan; explicit no deviations; no rights info"),
 dict(id="vo-03", type="vo", layout="question-headings", fmt="pdf", date=D(2025, 12, 15), modes={"onderbouwing": "ref", "adviezen_professionals": "ref"}, consent="avg_only",
      note="onderbouwing and advice only refer to attachments; a signed AVG/photo consent but no consent to the handelingsdeel"),
 dict(id="vo-04", type="vo", layout="system-export", fmt="txt", date=D(2026, 1, 8), modes={"doelen": "instr", "evaluatie": "miss"}, consent="nodate",
      note="text export; goals field still holds the format instruction; no evaluation; signature without date"),
 dict(id="vo-05", type="vo", layout="groeidocument", fmt="odt", date=D(2025, 9, 15), note="complete groeidocument (ODT)"),
 dict(id="vo-06", type="vo", layout="letter", fmt="md", date=D(2025, 10, 28), note="complete letter-style plan with deviation (exemption French)"),
 dict(id="vo-07", type="vo", layout="handelingsdeel-table", fmt="docx", date=D(2026, 3, 20), modes={"bevorderende_factoren": "miss", "ondersteuning": "partial", "uitstroombestemming": "miss", "onderbouwing": "miss"}, consent="blank",
      note="handelingsdeel only; no destination, no strengths; support without who/how often; blank signature"),
 dict(id="vo-08", type="vo", layout="beknopt-form", fmt="scan", date=D(2025, 10, 9), modes={"afwijkingen_onderwijsprogramma": "empty"}, unclear=["instemming_ouders"],
      note="scan of short form; deviations row empty; signed by hand"),
 dict(id="vo-09", type="vo", layout="swv-numbered", fmt="pdf", date=D(2026, 4, 14), modes={"vaststelling": "miss"}, consent="refused",
      note="no vaststelling section; parents refused consent"),
 dict(id="vo-10", type="vo", layout="domain-table", fmt="docx-cc", date=D(2025, 11, 24), modes={"inbreng_leerling": "ccph", "informatie_rechten": "ccph"}, consent="unticked",
      note="DOCX with content controls and checkbox controls; pupil-view and rights controls show Word placeholder; consent checkbox control unticked"),
 dict(id="vo-11", type="vo", layout="question-headings", fmt="pdf-word", date=D(2026, 5, 11), note="complete question-heading plan"),
 dict(id="vo-12", type="vo", layout="handelingsdeel-table", fmt="pdf", date=D(2025, 9, 8), modes={"uitstroombestemming": "ok", "onderbouwing": "ok"}, note="complete handelingsdeel-table plan incl. perspective lines"),
 # ---------------- pro
 dict(id="pro-01", type="pro", layout="pro-iop", fmt="pdf-word", date=D(2025, 10, 16), note="complete pro IOP/OPP"),
 dict(id="pro-02", type="pro", layout="pro-iop", fmt="docx", date=D(2025, 12, 3), modes={"onderbouwing": "empty", "belemmerende_factoren": "ph"}, ph={"belemmerende_factoren": "nog aanvullen"}, consent="gezien",
      note="heading 'Waarom denken we dat?' with nothing under it; 'nog aanvullen'; signed 'voor gezien'"),
 dict(id="pro-03", type="pro", layout="system-export", fmt="pdf", date=D(2025, 2, 11), modes={"inbreng_leerling": "miss"}, consent="school_only",
      note="pre-2025 export; only school signed"),
 dict(id="pro-04", type="pro", layout="letter", fmt="odt", date=D(2026, 1, 26), modes={"evaluatie": "ph"}, ph={"evaluatie": "n.t.b."},
      note="letter (ODT); evaluation 'n.t.b.'"),
 # ---------------- vso
 dict(id="vso-01", type="vso", layout="so-vso-profile", fmt="pdf-word", date=D(2025, 10, 30), adult=True, profile="arbeid",
      note="adult pupil (meerderjarig, handelingsbekwaam) signs himself; pupil input n/a; complete"),
 dict(id="vso-02", type="vso", layout="so-vso-profile", fmt="docx", date=D(2025, 11, 5), curatele=True, age=18, profile="dagbesteding",
      note="18-year-old under curatele; curator (mother) signs; pupil's view present; complete"),
 dict(id="vso-03", type="vso", layout="swv-numbered", fmt="pdf", date=D(2026, 2, 16), curatele=True, age=20, profile="arbeid", consent="curatele_self",
      note="pupil under curatele (stated in header) signed the consent himself; curator did not sign"),
 dict(id="vso-04", type="vso", layout="so-vso-profile", fmt="scan", date=D(2025, 12, 9), profile="dagbesteding", modes={"adviezen_professionals": "ref"}, unclear=["instemming_ouders"],
      note="scan; advice only 'zie verslag'; signatures by hand"),
 dict(id="vso-05", type="vso", layout="groeidocument", fmt="txt", date=D(2024, 11, 4), modes={"uitstroombestemming": "instr", "inbreng_leerling": "miss"}, profile="vervolg",
      note="pre-2025 groeidocument (txt); destination is the format's instruction"),
 dict(id="vso-06", type="vso", layout="letter", fmt="pdf", date=D(2026, 3, 2), adult=True, age=19, profile="vervolg", consent="adult_parents",
      note="adult handelingsbekwaam pupil, but only a parent signed the consent"),
 dict(id="vso-07", type="vso", layout="question-headings", fmt="odt", date=D(2025, 9, 29), profile="arbeid", modes={"informatie_rechten": "ref"},
      note="16-year-old; rights only 'zie schoolgids'"),
 dict(id="vso-08", type="vso", layout="so-vso-profile", fmt="pdf", date=D(2026, 6, 1), profile="vervolg", modes={"uitstroombestemming": "instr", "afwijkingen_onderwijsprogramma": "na"},
      note="three profile options all unticked with the instruction 'Kies het uitstroomprofiel'; explicit no deviations"),
 # ---------------- not OPPs
 dict(id="none-01", type="none", layout="leaflet", fmt="pdf", date=D(2025, 9, 1), note="parents' leaflet about what an OPP is (not a plan)"),
 dict(id="none-02", type="none", layout="newsletter", fmt="docx", date=D(2025, 12, 1), note="school newsletter mentioning OPPs"),
 dict(id="none-03", type="none", layout="blank-format", fmt="docx", date=D(2025, 8, 20), note="blank SWV format: headings with instruction texts, empty signature lines"),
]

EXT = {"docx": "docx", "docx-cc": "docx", "pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}
FMT = {"docx": "docx", "docx-cc": "docx", "pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}

def name_for(s):
    return "%s-%s.%s" % (s["id"], s["layout"], EXT[s["fmt"]])

def blocks_for(s):
    if s["layout"] in NONOPP: return NONOPP[s["layout"]](s)
    b = Builder(s)
    bl = LAYOUTS[s["layout"]](b)
    if s.get("curatele"):
        c = b.c
        bl.insert(2, ("p", "Let op: %s is %d jaar en staat onder curatele; %s is curator." % (c.n, c.age, c.mother)))
    if s.get("adult"):
        c = b.c
        bl.insert(2, ("p", "%s is %d jaar, meerderjarig en handelingsbekwaam." % (c.n, c.age)))
    return bl

def main():
    if os.path.isdir(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS); os.makedirs(BUILD, exist_ok=True)
    out = []
    for s in SPECS:
        fn = name_for(s); dst = os.path.join(DOCS, fn); bl = blocks_for(s); f = s["fmt"]
        tmp = os.path.join(BUILD, s["id"]); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        if f in ("docx", "docx-cc"): render.write_docx(bl, dst, cc=(f == "docx-cc"))
        elif f in ("pdf-word", "odt"):
            src = os.path.join(tmp, os.path.splitext(fn)[0] + ".docx"); render.write_docx(bl, src)
            res = render.soffice(src, "pdf" if f == "pdf-word" else "odt", tmp); shutil.copy(res, dst)
        elif f == "pdf": render.write_pdf(bl, dst)
        elif f == "pdf-form": render.write_form(bl, dst)
        elif f == "txt": render.write_txt(bl, dst)
        elif f == "md": render.write_txt(bl, dst, md=True)
        elif f == "scan":
            src = os.path.join(tmp, "clean.pdf"); render.write_pdf(bl, src, squiggle=True, seed=zlib.crc32(s["id"].encode()) % 1000)
            render.make_scan(src, dst, zlib.crc32(s["id"].encode()), tmp)
        lab = labels_for(s)
        out.append({"file": "docs/" + fn, "format": FMT[f], "layout": s["layout"] + ("" if f not in ("pdf-form", "docx-cc", "pdf-word", "scan") else " (" + f + ")"),
                    "school_type": s["type"], "scanned": f == "scan", "elements": lab, "accept_unclear": s.get("unclear", []),
                    "plan_date": s["date"].isoformat(), "notes": s["note"]})
        print(fn, file=sys.stderr)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": out}, fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
