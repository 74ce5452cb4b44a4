# -*- coding: utf-8 -*-
"""Deterministic generator for blind validation corpus round 61 (2026-12-08i).

Usage:  python gen.py [--build DIR]
Writes docs/ and labels.json next to this script. No clock, no network; all randomness is seeded per document.
Needs python-docx, odfpy, reportlab, pillow, numpy; soffice (LibreOffice) and pdftoppm on PATH.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import model  # noqa: E402
from model import Doc, labels, ELEMENTS  # noqa: E402
import layouts  # noqa: E402
import render  # noqa: E402
import forms  # noqa: E402
import nonopp  # noqa: E402

BUILD = os.path.abspath(sys.argv[sys.argv.index("--build") + 1]) if "--build" in sys.argv else \
    os.path.abspath(os.path.join(HERE, "..", "..", "..", "build"))
DOCS = os.path.join(HERE, "docs")

FMT_OUT = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "docx": "docx", "odt": "odt", "txt": "txt",
           "md": "md", "scan": "pdf", "scan-word": "pdf"}
FMT_DESC = {"pdf-word": "PDF exported from Word/DOCX by LibreOffice", "pdf": "PDF made directly (reportlab)",
            "pdf-form": "fillable PDF form (AcroForm), values in fields", "docx": "DOCX", "odt": "ODT",
            "txt": "plain text", "md": "markdown", "scan": "scan (image-only PDF, noise, skew)",
            "scan-word": "scan (image-only PDF of a Word export, noise, skew)"}

S = []


def add(**kw):
    S.append(kw)


# ---------------------------------------------------------------- specs (po)
add(id="po-lichtboei-opp-2025", seed=101, arch="po_dyslexie", layout="swv-numbered", fmt="pdf-word",
    set="2025-10-14", consent="signed", school="OBS De Lichtboei",
    notes="Complete first-year plan; evaluation moments planned.")
add(id="po-kwartelnest-groeidoc-bijstelling", seed=102, arch="po_dyslexie", layout="groeidocument", fmt="docx",
    set="2024-10-08", rev="2025-10-20", period=("2025-10-20", "2026-07-10"), evaldate="2025-06-24",
    school="CBS Het Kwartelnest", v={"evaluatie": "filled", "inbreng_leerling": "absent"}, consent="old_sig",
    notes="Second year: evaluation of June 2025 filled in, bijstelling of 20-10-2025 set; parents signed version 1 "
          "(2024) only, the line for version 2 is blank; no pupil's input although revised after 1-8-2025.")
add(id="po-overstap-vo-brief", seed=103, arch="po_ass_overstap", layout="letter", fmt="pdf", set="2025-11-03",
    v={"informatie_rechten": "partial"}, consent="stated", dstyle="nl",
    notes="Transfer plan po->vo in letter form; consent stated with date; rights paragraph only mentions the consent "
          "right, not where to go (incomplete); 'geen afwijkingen' stated.")
add(id="po-eigen-leerlijn-2023-verlopen", seed=104, arch="po_eigen_leerlijn", layout="two-column", fmt="docx",
    set="2023-09-25", period=("2023-09-25", "2024-07-05"),
    v={"inbreng_leerling": "absent", "adviezen_professionals": "ref:Zie verslag orthopedagoog SWV (bijlage 2)."},
    consent="signed",
    notes="Plan from 2023 whose period ended 5-7-2024 and that was never updated (expired; labels judge content). "
          "Advice only refers to an appendix. Pupil's input not yet required.")
add(id="po-beknopt-voor-gezien", seed=105, arch="po_dyslexie", layout="beknopt", fmt="pdf-word", set="2025-09-30",
    v={"inbreng_leerling": "view", "afwijkingen_onderwijsprogramma": "absent"}, consent="voor_gezien",
    notes="Short form; parent signed 'voor gezien'; pupil's view without what it changed; deviations (own "
          "spelling line is in the archetype) not mentioned at all.")
add(id="po-vragen-placeholders", seed=106, arch="po_eigen_leerlijn", layout="questions", fmt="txt", set="2026-01-15",
    v={"onderbouwing": "ph:n.t.b.", "doelen": "ph:nog aanvullen na groepsbespreking", "evaluatie": "ph:volgt na overleg",
       "informatie_rechten": "absent", "ondersteuning": "nvt_wrong"}, consent="blank_line",
    notes="Question headings; placeholders under onderbouwing, doelen, evaluatie; support 'n.v.t.' although support is the point of the plan; blank signature lines; no rights text.")
add(id="po-scan-2025-02", seed=107, arch="po_dyslexie", layout="swv-numbered", fmt="scan", set="2025-02-10",
    period=("2025-02-10", "2025-07-11"), v={"inbreng_leerling": "absent"}, consent="scan_signed",
    notes="Scanned complete plan set before 1-8-2025; handwritten signatures (image) in the scan.")
add(id="po-export-tweede-jaar", seed=108, arch="po_eigen_leerlijn", layout="system-export", fmt="pdf",
    set="2025-03-17", rev="2026-03-09", period=("2026-03-09", "2027-03-05"), evaldate="2026-02-23",
    v={"evaluatie": "filled", "informatie_rechten": "absent", "adviezen_professionals": "absent"}, consent="digital",
    notes="System export with page footers; year-2 revision of March 2026 with evaluation filled in; digital consent; "
          "no rights information and no field with external advice.")
add(id="po-vragen-voor-augustus-2025", seed=148, arch="po_dyslexie", layout="questions", fmt="docx",
    set="2025-05-13", period=("2025-05-13", "2026-07-10"), consent="signed",
    notes="Set 13-5-2025 and not revised since; runs into 2025-2026. It contains a pupil's view, but the hoorrecht "
          "rule was not in force when it was set, so inbreng_leerling is not_applicable by convention.")
add(id="po-domein-odt", seed=140, arch="po_eigen_leerlijn", layout="domain-table", fmt="odt", set="2025-10-21",
    consent="signed", notes="Complete plan, table per domain with belemmerend/bevorderend columns.")
add(id="po-beknopt-md-overstap", seed=143, arch="po_ass_overstap", layout="beknopt", fmt="md", set="2026-05-11",
    v={"doelen": "ref:zie bijlage (groepsplan groep 8)"}, consent="signed",
    notes="Short transfer plan in markdown; goals only refer to an appendix.")

# ---------------------------------------------------------------- sbo
add(id="sbo-domein-compleet", seed=109, arch="sbo_tos", layout="domain-table", fmt="docx", set="2025-11-12",
    consent="signed", notes="Complete sbo plan with domain table.")
add(id="sbo-onder-protest", seed=110, arch="sbo_gedrag", layout="swv-numbered", fmt="odt", set="2025-10-01",
    v={"bevorderende_factoren": "empty"}, consent="onder_protest",
    notes="Consent signed 'onder protest'; heading 'Bevorderende factoren' with nothing under it; 'geen afwijkingen' stated.")
add(id="sbo-evaluatie-leeg-2024", seed=111, arch="sbo_tos", layout="groeidocument", fmt="pdf-word", set="2024-11-05",
    period=("2024-11-05", "2025-07-11"), v={"evaluatie": "blank", "inbreng_leerling": "absent", "oogo": "absent"},
    consent="signed",
    notes="Groeidocument from 2024; evaluation chapter has only empty fields and no planned moment; no OOGO.")
add(id="sbo-bijstelling-hernieuwd", seed=112, arch="sbo_gedrag", layout="two-column", fmt="pdf", set="2024-09-20",
    rev="2025-09-25", period=("2025-09-25", "2026-07-10"), evaldate="2025-06-30", v={"evaluatie": "filled"},
    consent="renewed", notes="Second year; evaluation filled; bijstelling set; parents signed both versions. Complete.")
add(id="sbo-beknopt-instructies", seed=113, arch="sbo_tos", layout="beknopt", fmt="docx", set="2025-12-02",
    v={"ondersteuningsbehoefte": "ph:" + render.CC_PLACEHOLDER, "belemmerende_factoren": "instr"},
    consent="unticked", opts={"cc_checkbox": True},
    notes="Word form with content controls: one still shows 'Klik of tik om tekst in te voeren.'; format instruction "
          "left under belemmerende factoren; consent tick boxes (content controls) unticked, no signature.")
add(id="sbo-invulformulier", seed=141, arch="sbo_gedrag", layout="pdf-form", fmt="pdf-form", set="2026-03-02",
    consent="signed", notes="Fillable PDF form, all fields filled; consent box ticked, name/date/signature fields filled.")
add(id="sbo-nieuw-schooljaar-2026", seed=152, arch="sbo_tos", layout="swv-numbered", fmt="odt", set="2026-09-14",
    consent="signed", notes="Complete plan for school year 2026-2027.")
add(id="sbo-scan-domein", seed=153, arch="sbo_gedrag", layout="domain-table", fmt="scan-word", set="2025-11-26",
    consent="scan_signed", notes="Scan of a Word-exported complete plan with image signatures.")

# ---------------------------------------------------------------- so
add(id="so-ooievaar-compleet", seed=114, arch="so_cluster4", layout="vso-profile", fmt="pdf-word", set="2025-10-28",
    parent="pleegmoeder mevr. L. Ensink", parent2="pleegvader dhr. G. Ensink", consent="signed",
    notes="Complete so plan with CvB advice; foster parents.")
add(id="so-overstap-vso-groeidoc", seed=115, arch="so_zmlk_vso", layout="groeidocument", fmt="docx",
    set="2026-02-16", v={"informatie_rechten": "absent"}, consent="signed",
    notes="Transfer plan so->vso (change of school type); otherwise complete but no rights information.")
add(id="so-zonder-cvb-advies", seed=116, arch="so_cluster4", layout="two-column", fmt="odt", set="2025-09-15",
    v={"adviezen_professionals": "nocvb"}, consent="school_only",
    notes="so plan with only a therapist's advice and no advice of the commissie voor de begeleiding (incomplete in so); "
          "only the school signed.")
add(id="so-niet-akkoord", seed=117, arch="so_zmlk_vso", layout="swv-numbered", fmt="pdf", set="2025-11-20",
    consent="refused", notes="Parents ticked 'niet akkoord'; rest complete.")
add(id="so-scan-brief-bijstelling", seed=118, arch="so_cluster4", layout="letter", fmt="scan", set="2024-10-14",
    rev="2025-10-13", evaldate="2025-06-23", v={"evaluatie": "filled"}, consent="scan_signed",
    notes="Scanned letter with bijstelling (Oct 2025) after evaluation; reply slip with handwritten signatures.")
add(id="so-brief-txt", seed=139, arch="so_cluster4", layout="letter", fmt="txt", set="2025-11-05",
    v={"oogo": "nodate", "belemmerende_factoren": "absent"}, consent="signed",
    notes="Letter as plain text; OOGO only 'besproken met ouders' without date or participants; no hindering factors.")
add(id="so-vragen-md-doelen-ontbreken", seed=156, arch="so_cluster4", layout="questions", fmt="md",
    set="2026-03-23", v={"doelen": "absent", "ondersteuning": "ph:volgt na overleg met de behandelaar",
                         "vaststelling": "absent"}, consent="digital",
    notes="Markdown; no goals section; support 'volgt na overleg'; no vaststelling.")
add(id="so-domein-evaluatie-leeg", seed=145, arch="so_zmlk_vso", layout="domain-table", fmt="pdf-word",
    set="2025-12-15", v={"evaluatie": "blank"}, consent="blank_line",
    notes="Evaluation table present but empty with no planned moment; blank signature lines.")

# ---------------------------------------------------------------- vo
add(id="vo-export-compleet", seed=119, arch="vo_vmbo_adhd", layout="system-export", fmt="pdf-word", set="2025-10-06",
    consent="digital", notes="Complete system export with footers; digital consent; 'geen afwijkingen'.")
add(id="vo-verkort-rooster-deels-akkoord", seed=120, arch="vo_havo_angst", layout="swv-numbered", fmt="docx",
    set="2025-10-02", consent="partial", opts={"cc_all": True},
    notes="Reduced timetable described; parents agree except with the reduced timetable (partial consent). "
          "Text in rich-text content controls.")
add(id="vo-avg-zonder-opp-instemming", seed=121, arch="vo_vwo_ass", layout="domain-table", fmt="pdf",
    set="2025-12-01", v={"oogo": "absent"}, consent="avg_only",
    notes="Only an AVG/photo consent is signed; no consent to the handelingsdeel; no OOGO.")
add(id="vo-beknopt-2022-txt", seed=122, arch="vo_vmbo_adhd", layout="beknopt", fmt="txt", set="2022-10-10",
    period=("2022-10-10", "2023-07-07"), v={"evaluatie": "absent", "inbreng_leerling": "absent",
                                          "vaststelling": "absent", "ondersteuningsbehoefte": "absent"},
    consent="no_date",
    notes="Expired 2022-2023 plan; signed without date; no evaluation, no needs, no vaststelling line.")
add(id="vo-invulformulier-deels", seed=123, arch="vo_havo_angst", layout="pdf-form", fmt="pdf-form", set="2025-10-13",
    v={"doelen": "empty", "adviezen_professionals": "empty"}, consent="signed",
    notes="Fillable form with empty fields for goals and advice.")
add(id="vo-versie2-concept-ongetekend", seed=124, arch="vo_vwo_ass", layout="groeidocument", fmt="pdf-word",
    set="2024-11-04", rev="2025-11-17", evaldate="2025-06-26", v={"evaluatie": "filled", "vaststelling": "concept"},
    consent="old_sig",
    notes="Version 1 (2024) set and signed; version 2 of Nov 2025 is a concept: not set, not signed.")
add(id="vo-vragen-md", seed=125, arch="vo_vmbo_adhd", layout="questions", fmt="md", set="2026-04-20",
    v={"ondersteuning": "ref:Zie bijlage 1 (ondersteuningsarrangement)."}, consent="signed",
    notes="Markdown; support section only refers to an appendix.")
add(id="vo-brief-compleet", seed=126, arch="vo_vwo_ass", layout="letter", fmt="odt", set="2025-09-29",
    consent="signed", notes="Complete plan in letter form.")
add(id="vo-vragen-handtekening-beeld", seed=142, arch="vo_havo_angst", layout="questions", fmt="pdf",
    set="2024-09-16", rev="2025-09-08", evaldate="2025-07-01", v={"evaluatie": "filled"}, consent="image",
    notes="Second year; consent shown only as signature images with typed date (a person can see them).")
add(id="vo-scan-export-bijstelling", seed=147, arch="vo_vmbo_adhd", layout="system-export", fmt="scan",
    set="2024-10-07", rev="2025-10-30", evaldate="2025-06-19", v={"evaluatie": "filled"}, consent="scan_signed",
    notes="Scanned system export of a revised plan; handwritten signatures.")
add(id="vo-tweekolom-verlopen", seed=154, arch="vo_havo_angst", layout="two-column", fmt="docx", set="2024-09-16",
    period=("2024-09-16", "2025-07-11"), evaldate="2025-07-03", v={"evaluatie": "filled", "inbreng_leerling": "absent"},
    consent="signed", notes="Plan of 2024-2025, period expired; end evaluation of July 2025 filled in, no new plan.")

add(id="vo-alleen-handelingsdeel", seed=155, arch="vo_vwo_ass", layout="two-column", fmt="pdf-word",
    set="2025-11-24", v={"uitstroombestemming": "absent", "onderbouwing": "absent", "belemmerende_factoren": "absent",
                         "bevorderende_factoren": "absent"}, consent="signed",
    notes="Only the handelingsdeel was sent as 'OPP': no destination, no onderbouwing, no factors.")

# ---------------------------------------------------------------- pro
add(id="pro-compleet", seed=127, arch="pro_arbeid", layout="two-column", fmt="docx", set="2025-10-09",
    consent="signed", notes="Complete pro plan; 'geen afwijkingen'.")
add(id="pro-overstap-vanuit-vmbo", seed=128, arch="pro_overstap", layout="swv-numbered", fmt="pdf-word",
    set="2026-01-12", v={"bevorderende_factoren": "ph:...",
                         "adviezen_professionals": "ref:Zie toelaatbaarheidsverklaring en adviesverslag SWV.",
                         "vaststelling": "ph:Datum vaststelling: ..-..-....  door: ................"},
    consent="signed", notes="Change of school type vmbo->pro; bevorderende factoren '...'; advice only by reference.")
add(id="pro-scan-2025-03", seed=129, arch="pro_arbeid", layout="beknopt", fmt="scan", set="2025-03-03",
    period=("2025-03-03", "2025-07-11"), v={"inbreng_leerling": "absent"}, consent="scan_signed",
    notes="Scanned short form, set before 1-8-2025, handwritten signatures.")
add(id="pro-export-txt-bijstelling", seed=130, arch="pro_arbeid", layout="system-export", fmt="txt",
    set="2024-10-21", rev="2025-11-24", evaldate="2025-07-02", v={"evaluatie": "filled", "inbreng_leerling": "view"},
    consent="digital", notes="Text export of a revised plan; pupil's view without what it changed.")
add(id="pro-brief-tweede-jaar", seed=146, arch="pro_arbeid", layout="letter", fmt="docx", set="2025-06-02",
    rev="2026-06-01", period=("2026-06-01", "2027-07-09"), evaldate="2026-05-20",
    v={"evaluatie": "filled", "informatie_rechten": "ref"}, consent="stated",
    notes="Letter with bijstelling of June 2026; renewed consent stated with date; rights only via schoolgids.")

# ---------------------------------------------------------------- vso
add(id="vso-18-alleen-ouders-getekend", seed=131, arch="vso_arbeid_18", layout="vso-profile", fmt="pdf",
    set="2025-03-10", rev="2025-10-06", period=("2025-10-06", "2026-07-10"), evaldate="2025-06-25",
    birth="2007-07-19", adult="adult", v={"evaluatie": "filled"}, consent="adult_parents_only",
    notes="Pupil turned 18 between version 1 (Mar 2025) and the bijstelling (Oct 2025); the bijstelling is signed by "
          "the parents only, the pupil's line is blank.")
add(id="vso-18-tekent-zelf", seed=132, arch="vso_arbeid_18", layout="groeidocument", fmt="docx", set="2025-10-20",
    birth="2007-05-02", adult="adult", v={"inbreng_leerling": "absent"}, consent="adult_pupil",
    notes="Adult pupil (18, handelingsbekwaam) signs himself; complete.")
add(id="vso-curatele-compleet", seed=133, arch="vso_dagbesteding", layout="vso-profile", fmt="pdf-word",
    set="2025-11-18", birth="2006-03-14", adult="curatele", parent="mevr. H. Mulderij", consent="curator",
    notes="Pupil 19 under curatele; mother as curator consents; pupil's view recorded with what it changed.")
add(id="vso-curatele-zonder-inbreng", seed=134, arch="vso_dagbesteding", layout="two-column", fmt="odt",
    set="2026-02-02", birth="2006-08-30", adult="curatele", v={"inbreng_leerling": "absent", "evaluatie": "ph:n.t.b."},
    consent="curator", notes="Under curatele, so the pupil's input is still required: missing; evaluation 'n.t.b.'.")
add(id="vso-meerderjarig-vervolg", seed=135, arch="vso_vervolg_adult", layout="swv-numbered", fmt="docx",
    set="2025-10-14", birth="2006-12-02", adult="adult", consent="adult_pupil",
    notes="Adult handelingsbekwaam pupil consents himself; contains his wishes (inbreng not_applicable by convention).")
add(id="vso-profiel-niet-aangekruist", seed=136, arch="vso_arbeid_18", layout="vso-profile", fmt="docx",
    set="2025-12-08", birth="2009-04-11", v={"uitstroombestemming": "unticked", "onderbouwing": "ph:[tekst]"},
    consent="unticked",
    notes="None of the three profile boxes ticked (content-control tick boxes) and no text; onderbouwing '[tekst]'; "
          "consent boxes unticked.")
add(id="vso-invulformulier-leeg", seed=137, arch="vso_vervolg_adult", layout="pdf-form", fmt="pdf-form",
    set="2025-10-20", birth="2007-01-25", adult="adult", v={"inbreng_leerling": "absent"}, consent="form_empty",
    notes="Fillable form, adult pupil; consent fields left empty.")
add(id="vso-scan-verlopen-2023", seed=138, arch="vso_arbeid_18", layout="swv-numbered", fmt="scan", set="2023-06-12",
    period=("2023-08-28", "2024-07-12"), birth="2008-02-01", v={"inbreng_leerling": "absent"}, consent="scan_signed",
    notes="Scan of a 2023 plan, period ended July 2024; handwritten signatures.")
add(id="vso-export-hernieuwd", seed=144, arch="vso_arbeid_18", layout="system-export", fmt="docx", set="2024-10-28",
    rev="2025-10-27", evaldate="2025-06-27", birth="2009-09-30", v={"evaluatie": "filled"}, consent="renewed",
    notes="DOCX export with footer; second year, consent renewed for the bijstelling. Complete.")

# ---------------------------------------------------------------- non-OPP
add(id="folder-wat-is-een-opp", seed=149, kind="leaflet", layout="leaflet", fmt="pdf",
    notes="Leaflet for parents explaining the OPP (not a plan).")
add(id="nieuwsbrief-december", seed=150, kind="newsletter", layout="newsletter", fmt="pdf-word",
    notes="School newsletter with a paragraph about OPP meetings (not a plan).")
add(id="leeg-format-opp", seed=151, kind="blank", layout="blank-format", fmt="docx",
    notes="Blank SWV format with instructions; pre-printed rights text (present), all other headings empty.")


# ---------------------------------------------------------------- main
def build_one(spec):
    d = Doc(spec)
    out_ext = FMT_OUT[d.fmt]
    fname = "docs/%s.%s" % (d.id, out_ext)
    path = os.path.join(HERE, fname)
    if d.kind != "opp":
        blocks, meta = nonopp.blocks(d)
    else:
        blocks = layouts.LAYOUTS[d.layout](d) if d.layout != "pdf-form" else None
        meta = dict(title="OPP %s" % d.name, author=d.staff["ib"], footer=layouts.footer_for(d))
    meta.update(build=BUILD, id=d.id, seed=spec["seed"])
    opts = spec.get("opts", {})
    f = d.fmt
    if f == "pdf-form":
        forms.to_form(d, path, meta)
    elif f == "pdf":
        render.to_pdf(blocks, path, meta, opts)
    elif f == "docx":
        render.to_docx(blocks, path, meta, opts)
    elif f == "odt":
        render.to_odt(blocks, path, meta, opts)
    elif f in ("txt", "md"):
        txt = render.to_text(blocks, md=(f == "md"), footer=meta.get("footer") if d.layout == "system-export" else None)
        open(path, "w", encoding="utf-8").write(txt)
    elif f == "pdf-word":
        tmp = os.path.join(BUILD, d.id + ".docx")
        render.to_docx(blocks, tmp, meta, opts)
        render.soffice_pdf(tmp, path, BUILD)
    elif f == "scan":
        tmp = os.path.join(BUILD, d.id + "-src.pdf")
        render.to_pdf(blocks, tmp, meta, dict(opts, size=10.5))
        render.scan_pdf(tmp, path, BUILD, spec["seed"])
    elif f == "scan-word":
        tmp = os.path.join(BUILD, d.id + "-src.docx")
        render.to_docx(blocks, tmp, meta, opts)
        tmppdf = os.path.join(BUILD, d.id + "-src.pdf")
        render.soffice_pdf(tmp, tmppdf, BUILD)
        render.scan_pdf(tmppdf, path, BUILD, spec["seed"])
    # a text dump of every document for checking labels by eye (not part of the corpus)
    if blocks is not None:
        open(os.path.join(BUILD, "txt", d.id + ".txt"), "w", encoding="utf-8").write(render.to_text(blocks))
    L = labels(d) if d.kind == "opp" else nonopp.LABELS[d.kind]
    scanned = f.startswith("scan")
    acc = []
    if scanned or d.consent == "image":
        acc.append("instemming_ouders")
    if scanned and d.layout == "vso-profile":
        acc.append("uitstroombestemming")
    note = "%s; layout %s; %s. " % (FMT_DESC[f], d.layout, spec.get("notes", ""))
    if d.kind == "opp":
        note += "Type %s; set %s%s; consent: %s." % (
            d.type, d.set_date.isoformat(), ("; revised %s" % d.rev_date.isoformat()) if d.rev_date else "", d.consent)
    return {"file": fname, "format": out_ext, "layout": d.layout, "school_type": d.type, "scanned": scanned,
            "elements": {e: L[e] for e in ELEMENTS}, "accept_unclear": acc, "notes": note.strip()}


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(os.path.join(BUILD, "txt"), exist_ok=True)
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    ids = [s["id"] for s in S]
    assert len(ids) == len(set(ids)), "duplicate ids"
    seeds = [s["seed"] for s in S]
    assert len(seeds) == len(set(seeds)), "duplicate seeds"
    out = []
    for spec in S:
        out.append(build_one(spec))
        print("ok", spec["id"])
    out.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
