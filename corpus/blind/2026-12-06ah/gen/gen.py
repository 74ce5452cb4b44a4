# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP corpus 2026-12-06ah.

Run:  /work/blind46/venv/bin/python gen.py
Writes docs/ and labels.json next to this file. No clock, no network; every random choice is seeded
from the document id (crc32). soffice is used for the 'PDF from Word' documents.
"""
import os, sys, json, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_common import *
from gen_content import ELEMENTS, make_ctx, element
from gen_layouts import LAYOUTS, NONOPP, L3_form
from gen_render import to_docx, to_odt, to_txt, to_pdf, to_pdf_word, to_scan, to_fillable_pdf

DOCS = os.path.join(HERE, "docs")
WORK = os.path.join(HERE, "_build")

SHORT = {"swv-genummerd": "genummerd", "domeintabel": "domeintabel", "beknopt-formulier": "beknopt", "groeidocument": "groeidoc",
         "vraagkoppen": "vragen", "briefvorm": "brief", "lvs-export": "export", "cyclus-versiebeheer": "cyclus",
         "vso-perspectiefplan": "vsoplan"}
EXT = {"pdf-word": "pdf", "pdf": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "scan": "pdf", "scan-word": "pdf", "pdf-form": "pdf"}


def S(n, layout, fmt, st, scen, consent, note="", **kw):
    d = {"n": n, "layout": layout, "fmt": fmt, "st": st, "scen": scen, "consent": consent, "note": note, "gaps": {}}
    for k, v in kw.items():
        if k in ELEMENTS:
            d["gaps"][k] = v
        else:
            d[k] = v
    return d


L1, L2, L3, L4, L5, L6, L7, L8, L9 = ("swv-genummerd", "domeintabel", "beknopt-formulier", "groeidocument", "vraagkoppen",
                                      "briefvorm", "lvs-export", "cyclus-versiebeheer", "vso-perspectiefplan")
SPECS = [
    # ---------------------------------------------------------------- complete plans
    S(1, L1, "pdf-word", "po", "new25", "ok_sig", "complete; handwritten-style signature image with name and date"),
    S(2, L5, "txt", "po", "pre25", "ok_tick", "complete plan of spring 2025: pupil's view is written down but the rule was not yet in force (not_applicable)"),
    S(3, L2, "docx", "sbo", "new25", "ok_portal", "complete; consent given digitally via the parent portal (timestamp, reference)"),
    S(4, L8, "pdf-word", "sbo", "rev25", "ok_sig", "complete second-year plan, revised with a new date; consent renewed for the new version; evaluation table with held periods; OOGO as meeting notes", oogo="notes"),
    S(5, L4, "odt", "so", "new25", "ok_email", "complete; consent recorded as a quoted e-mail with date; commissie voor de begeleiding advice"),
    S(6, L6, "pdf", "so", "new26", "ok_sig", "complete letter-style plan; consent on the return slip with signature image"),
    S(7, L7, "pdf", "vo", "new25", "ok_portal", "complete system export with footers"),
    S(8, L3, "docx", "vo", "new25", "ok_tick", "complete beknopt form with filled content controls; 'geen afwijkingen' (not_applicable)", afwijkingen_onderwijsprogramma="geen"),
    S(9, L1, "docx", "pro", "rev25", "ok_both_sig", "complete revised plan; two-column signature table parent + school with 'w.g.'"),
    S(10, L5, "pdf", "pro", "new25", "ok_stated", "complete; both parents 'w.g.' with date"),
    S(11, L9, "pdf-word", "vso", "new25", "ok_adult", "complete; adult pupil, handelingsbekwaam, signs himself; pupil's view present but not_applicable (pupil is the party)", adult=True),
    S(12, L9, "docx", "vso", "new25", "ok_curator", "complete; adult pupil under curatele, curator consents; pupil's view required and present", curatele=True),
    S(13, L8, "odt", "vso", "rev25", "ok_sig", "complete; dagbesteding profile; revised with renewed consent; evaluation table", dest=1),
    S(14, L6, "scan", "po", "new25", "ok_sig", "complete; scanned letter with signature image (consent accept_unclear)"),
    S(15, L4, "pdf-word", "vo", "rev_pre", "ok_sig", "complete; revised March 2025 (before 1 Aug 2025) so pupil's input not_applicable; evaluation table"),
    S(16, L3, "pdf-form", "sbo", "new25", "ok_tick", "complete fillable PDF form (values in form fields, ticked AcroForm boxes)"),
    S(17, L7, "txt", "so", "new25", "ok_email", "complete text export with page breaks"),
    S(18, L8, "scan-word", "pro", "rev25", "ok_sig", "complete scanned revised plan, renewed consent with signature (accept_unclear)"),
    S(19, L4, "docx", "po", "new26", "ok_portal", "complete groeidocument; OOGO recorded as meeting notes", oogo="notes"),
    # ---------------------------------------------------------------- plans with gaps
    S(20, L1, "pdf-word", "po", "new25", "voor_gezien", "belemmerende: only the format's bracketed instruction; pupil's view without what it changed; consent signed 'voor gezien'",
      belemmerende_factoren="instr", inbreng_leerling="view_only"),
    S(21, L2, "docx", "po", "new25", "no_date", "uitstroom 'n.t.b.'; onderbouwing only 'zie bijlage 1'; signature image without date",
      uitstroombestemming="ntb", onderbouwing="zie"),
    S(22, L3, "docx", "po", "new25", "unticked", "Word content controls still showing placeholder for onderwijsbehoeften, doelen and date of vaststelling; uitstroom options none ticked; consent boxes unticked",
      ondersteuningsbehoefte="wordph", doelen="wordph", vaststelling="wordph", uitstroombestemming="unticked"),
    S(23, L8, "odt", "po", "rev25", "old_version", "revised plan (new date, handelingsdeel changed) but the only signature is dated at the first version; version table has no consent for the current version; no pupil input",
      inbreng_leerling="missing", current_consent_col="—"),
    S(24, L7, "txt", "po", "pre24", "ok_portal", "plan of Oct 2024 exported Dec 2025: both evaluations of 2024-2025 not held; rights only 'zie schoolgids'",
      evaluatie="never_held", informatie_rechten="zie", print_date=(2025, 12, 9)),
    S(25, L5, "docx", "po", "new25", "school_only", "ondersteuning is text about every pupil (directe instructie); OOGO only 'wordt gepland'; signed by school only",
      ondersteuning="generic", oogo="planned"),
    S(26, L1, "docx", "sbo", "new25", "protest", "ondersteuning mentions reduced timetable but afwijkingen says 'n.v.t.'; advice only 'zie verslag psycholoog'; consent 'onder protest'",
      afwijkingen_onderwijsprogramma="nvt", adviezen_professionals="zie", reduced_hours_in_support=True),
    S(27, L4, "pdf-word", "sbo", "rev25", "old_version", "second-year groeidocument: evaluations of 2024-2025 never held; signature explicitly belongs to version 1; OOGO in meeting notes",
      oogo="notes", evaluatie="never_held", old_version_explicit=True),
    S(28, L6, "docx", "sbo", "new25", "refused", "consent slip ticked 'niet akkoord'; rights only mention the consent right, not where to go",
      informatie_rechten="partial"),
    S(29, L7, "pdf", "sbo", "new25", "pending_esign", "no bevorderende factoren; doelen generic; e-signature sent but not signed",
      bevorderende_factoren="missing", doelen="generic"),
    S(30, L2, "pdf", "so", "new25", "partial", "belemmerend column empty; no advice at all (so: commissie voor de begeleiding required); consent partial (not the timetable)",
      belemmerende_factoren="empty", adviezen_professionals="missing"),
    S(31, L3, "pdf-form", "so", "new25", "blank_line", "fillable form: vaststelling '...'; OOGO date field empty; consent lines blank",
      vaststelling="dots", oogo="datephold"),
    S(32, L8, "pdf-word", "so", "rev25", "old_version", "revised plan, signature dated at the earlier version (version table consent column empty for current version); pupil's view without what it changed",
      inbreng_leerling="view_only", current_consent_col=""),
    S(33, L5, "txt", "so", "pre25", "avg_only", "no section on deviations; evaluatie 'volgens de zorgcyclus'; only an AVG/photo consent is signed, no consent to the handelingsdeel",
      afwijkingen_onderwijsprogramma="missing", evaluatie="generic"),
    S(34, L1, "pdf-word", "vo", "new25", "name_typed", "uitstroom 'Volgt na overleg.'; onderbouwing heading empty; consent has typed name but blank signature and date",
      uitstroombestemming="volgt", onderbouwing="empty"),
    S(35, L4, "odt", "vo", "new25", "ok_sig", "doelen and ondersteuning only refer to other documents; pupil's input 'Nog aanvullen.'",
      doelen="zie", ondersteuning="zie", inbreng_leerling="nog"),
    S(36, L6, "scan", "vo", "new25", "voor_gezien", "scanned letter; onderwijsbehoeften 'Nog aanvullen.'; consent signed with 'Voor gezien.'",
      ondersteuningsbehoefte="nog"),
    S(37, L2, "docx", "vo", "new25", "ok_portal", "bevorderende column is text about all pupils; no rights section; no vaststelling",
      bevorderende_factoren="generic", informatie_rechten="missing", vaststelling="missing", fill_all_cells=True),
    S(38, L3, "odt", "vo", "pre25", "avg_plus_blank", "ondersteuning '...'; evaluation 'n.t.b.'; AVG consent signed, consent to handelingsdeel blank",
      ondersteuning="dots", evaluatie="ntb"),
    S(39, L1, "odt", "pro", "new25", "ok_email", "uitstroom is generic text about all pupils of the school; doelen '...'",
      uitstroombestemming="generic", doelen="dots"),
    S(40, L4, "pdf-word", "pro", "rev25", "old_version", "revised groeidocument, consent dated at first version; advice only 'zie verslag'; OOGO notes",
      oogo="notes", adviezen_professionals="zie"),
    S(41, L5, "pdf", "pro", "new25", "no_date", "pupil's view without effect; rights 'zie schoolgids'; signature without date",
      inbreng_leerling="view_only", informatie_rechten="zie"),
    S(42, L8, "docx", "pro", "pre24", "ok_sig", "plan of Oct 2024 printed Dec 2025: evaluations never held; no section on deviations",
      evaluatie="never_held", afwijkingen_onderwijsprogramma="missing", print_date=(2025, 12, 2)),
    S(43, L9, "docx", "vso", "new25", "parents_sign_adult", "adult handelingsbekwaam pupil, but the parents signed the consent",
      adult=True),
    S(44, L9, "pdf-word", "vso", "new25", "curatele_pupil_signs", "pupil under curatele signs himself, curator line blank; no pupil input section",
      curatele=True, inbreng_leerling="missing"),
    S(45, L9, "odt", "vso", "new25", "ok_tick", "uitstroomprofiel boxes none ticked; onderbouwing is the format's instruction without brackets",
      uitstroombestemming="unticked", onderbouwing="instr", instr_plain=True),
    S(46, L3, "pdf-form", "vso", "new25", "school_only", "fillable form: no advice (commissie voor de begeleiding); only school filled the signature table",
      adviezen_professionals="missing"),
    S(47, L8, "pdf-word", "vso", "rev25", "old_version", "third-year plan: evaluations never held; consent from the earlier version",
      evaluatie="never_held", current_consent_col="zie versie 1"),
    S(48, L1, "txt", "vso", "new25", "pending_esign", "OOGO date/attendees blank; vaststelling 'Volgt na overleg.'; e-signature pending",
      oogo="datephold", vaststelling="volgt"),
    S(49, L6, "pdf", "so", "new26", "ok_sig", "ondersteuning 'Volgt na overleg.'; 'geen afwijkingen' (not_applicable); evaluation 'n.t.b.'",
      ondersteuning="volgt", afwijkingen_onderwijsprogramma="geen", evaluatie="ntb"),
    S(50, L2, "scan", "po", "new25", "unticked", "scanned domain table; doelen heading empty; consent boxes unticked",
      doelen="empty"),
    S(51, L5, "pdf-word", "sbo", "new26", "ok_tick", "pupil 'was niet aanwezig' (no view); OOGO only 'zie gespreksverslag'",
      inbreng_leerling="absent", oogo="zie"),
    S(52, L8, "docx", "vo", "rev26", "ok_portal", "belemmerende '[tekst]'; vaststelling date '__-__-20__'",
      belemmerende_factoren="xx", vaststelling="datephold"),
]
NON = [
    dict(n=53, kind="uitnodiging-evaluatie", fmt="pdf", st="po", eval_date=(2026, 2, 10), letter_date=(2026, 1, 20),
         note="invitation to an OPP evaluation meeting; not an OPP"),
    dict(n=54, kind="gespreksverslag-evaluatie", fmt="docx", st="sbo", eval_date=(2026, 2, 12),
         note="minutes of an evaluation meeting; not an OPP"),
    dict(n=55, kind="brief-schoolwissel", fmt="odt", st="vo", letter_date=(2025, 12, 1), last_day=(2025, 12, 19),
         new_school="VSO Het Anker in Sluisdam", note="letter announcing a change of school; not an OPP"),
    dict(n=56, kind="evaluatieformulier-leeg", fmt="docx", st="so", note="blank evaluation form: evaluation, goals and pupil's view fields empty (incomplete), rest missing"),
    dict(n=57, kind="blanco-opp-format", fmt="pdf-word", st="none", note="blank OPP format with instructions: every element incomplete"),
    dict(n=58, kind="folder-ouders", fmt="pdf", st="none", note="leaflet for parents on what an OPP is; not an OPP"),
    dict(n=59, kind="nieuwsbrief", fmt="txt", st="po", month=9, year=2025, note="school newsletter mentioning OPPs; not an OPP"),
    dict(n=60, kind="uitnodiging-evaluatie", fmt="scan", st="vso", eval_date=(2026, 3, 4), letter_date=(2026, 2, 9),
         note="scanned invitation to an evaluation meeting; not an OPP"),
]

PDF_STYLES = {"swv-genummerd": {"accent": "#1f4e79"}, "domeintabel": {"accent": "#2e6b30", "headbg": "#e3efe3"},
              "beknopt-formulier": {"accent": "#7a1f1f", "headbg": "#f3e3e3"}, "groeidocument": {"accent": "#5b2c83", "headbg": "#ece3f3"},
              "vraagkoppen": {"accent": "#b35900", "font": "DejaVuSerif", "size": 10}, "briefvorm": {"accent": "#000000", "font": "DejaVuSerif", "size": 10},
              "lvs-export": {"accent": "#333333", "font": "DejaVu", "size": 8.5, "headbg": "#eeeeee"},
              "cyclus-versiebeheer": {"accent": "#004d66", "headbg": "#d9eef5"}, "vso-perspectiefplan": {"accent": "#8a5a00", "headbg": "#f5ead6"}}
DOCX_STYLES = {"briefvorm": {"font": "Cambria", "size": 11}, "lvs-export": {"font": "Arial", "size": 9},
               "vraagkoppen": {"font": "Georgia", "size": 10.5}}


def render(ir, fmt, path, layout, n):
    ps = PDF_STYLES.get(layout, {})
    ds = DOCX_STYLES.get(layout, {})
    if fmt == "docx":
        to_docx(ir, path, dict(ds, sdt_checks=(layout == "beknopt-formulier")))
    elif fmt == "odt":
        to_odt(ir, path)
    elif fmt == "txt":
        to_txt(ir, path, pages=(layout == "lvs-export"))
    elif fmt == "pdf":
        to_pdf(ir, path, ps)
    elif fmt == "pdf-word":
        to_pdf_word(ir, path, WORK, ds)
    elif fmt == "scan":
        to_scan(ir, path, WORK, seed=1000 + n, style=ps)
    elif fmt == "scan-word":
        to_scan(ir, path, WORK, seed=1000 + n, style=ds, from_word=True)
    else:
        raise ValueError(fmt)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(DOCS); os.makedirs(WORK)
    out = []
    for sp in SPECS:
        sp = dict(sp)
        sp["id"] = f"d{sp['n']:02d}"
        sp["_workdir"] = WORK
        c = make_ctx(sp)
        E = {}
        for el in ELEMENTS:
            if el == "instemming_ouders":
                v = sp["consent"]
            else:
                v = sp["gaps"].get(el)
                if v is None:
                    v = {"evaluatie": "table" if c.revised else "text"}.get(el, "ok")
            E[el] = element(c, el, v, sp)
        fname = f"{sp['n']:02d}-{sp['st']}-{SHORT[sp['layout']]}.{EXT[sp['fmt']]}"
        path = os.path.join(DOCS, fname)
        if sp["fmt"] == "pdf-form":
            to_fillable_pdf(L3_form(c, E, sp), path)
        else:
            ir = LAYOUTS[sp["layout"]](c, E, sp)
            render(ir, sp["fmt"], path, sp["layout"], sp["n"])
        labels = {el: E[el]["status"] for el in ELEMENTS}
        scanned = sp["fmt"].startswith("scan")
        acc = []
        if scanned and E["instemming_ouders"]["show"]:
            acc.append("instemming_ouders")   # signature / tick state only a person can judge on the image
        fmt_out = {"pdf-word": "pdf", "pdf-form": "pdf", "scan": "pdf", "scan-word": "pdf"}.get(sp["fmt"], sp["fmt"])
        out.append({"file": "docs/" + fname, "format": fmt_out, "layout": sp["layout"], "school_type": sp["st"],
                    "scanned": scanned, "elements": labels, "accept_unclear": acc,
                    "notes": f"[{sp['fmt']}; plan set {dnum(c.date)}{'; first version ' + dnum(c.first_date) if c.revised else ''}] " + sp["note"]})
        print(fname, flush=True)
    for sp in NON:
        sp = dict(sp)
        sp["id"] = f"d{sp['n']:02d}"
        sp["scen"] = "new25"
        c = make_ctx(dict(sp, st=sp["st"] if sp["st"] != "none" else "po"))
        ir = NONOPP[sp["kind"]](c, sp)
        fname = f"{sp['n']:02d}-{sp['st']}-{sp['kind']}.{EXT[sp['fmt']]}"
        path = os.path.join(DOCS, fname)
        render(ir, sp["fmt"], path, sp["kind"], sp["n"])
        labels = {el: "missing" for el in ELEMENTS}
        if sp["kind"] == "evaluatieformulier-leeg":
            for el in ("evaluatie", "doelen", "inbreng_leerling"):
                labels[el] = "incomplete"
        if sp["kind"] == "blanco-opp-format":
            labels = {el: "incomplete" for el in ELEMENTS}
        scanned = sp["fmt"].startswith("scan")
        fmt_out = {"pdf-word": "pdf", "scan": "pdf"}.get(sp["fmt"], sp["fmt"])
        out.append({"file": "docs/" + fname, "format": fmt_out, "layout": sp["kind"], "school_type": sp["st"],
                    "scanned": scanned, "elements": labels, "accept_unclear": [],
                    "notes": f"[{sp['fmt']}] " + sp["note"]})
        print(fname, flush=True)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": out}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(WORK)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read())
        f.write("\n## Documents\n\n| file | school | layout | format | note |\n|---|---|---|---|---|\n")
        for d in out:
            f.write(f"| {d['file']} | {d['school_type']} | {d['layout']} | {d['format']}{' (scan)' if d['scanned'] else ''} | {d['notes']} |\n")


if __name__ == "__main__":
    main()
