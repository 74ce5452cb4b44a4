#!/usr/bin/env python3
"""Deterministic generator of the blind OPP validation set 2026-12-08a.

Run:  /work/blind54/venv/bin/python generator/gen.py   (from the corpus folder or anywhere)
No clock, no network; every random choice comes from the fixed seed of each document.
(PDFs made by LibreOffice and Pillow carry their own creation timestamps in metadata; the text and layout do not vary.)
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C
import layouts as L
import render as R
import others as O

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
WORK = os.path.join(ROOT, ".build")

E = L.ELEMENTS

# ----------------------------------------------------------------------------- specs
# fmt: docx | pdfw (Word->PDF via soffice) | pdf (made directly) | odt | txt | form (AcroForm) |
#      scanw (Word->PDF->scan) | scanp (direct PDF->scan)
S = []


def d(id, t, layout, fmt, date, v=None, consent="wg", note="", **kw):
    S.append(dict(id=id, t=t, layout=layout, fmt=fmt, date=date, v=v or {}, consent=consent, note=note,
                  seed=1000 + len(S) * 17, **kw))


# ---- po (13)
d("po01", "po", "swv-opp-format", "docx", (2025, 10, 14), {}, "wg", "complete plan in the SWV Word format, own learning line described")
d("po02", "po", "swv-opp-format", "pdfw", (2025, 11, 4), {"onderbouwing": "ref", "evaluatie": "partial", "afwijkingen_onderwijsprogramma": "na"},
  "school_only", "signature page for the school only; onderbouwing only refers to the research report; evaluation 'nog gepland'")
d("po03", "po", "groeidocument", "docx", (2025, 10, 2), {"afwijkingen_onderwijsprogramma": "na"}, "tick_sig",
  "complete groeidocument; consent by ticked box plus inserted signature image")
d("po04", "po", "groeidocument", "pdfw", (2026, 10, 6), {"inbreng_leerling": "noeffect", "doelen": "old"}, "blank",
  "goals copied from last school year; pupil's view without what it changed; parents' signature cells empty")
d("po05", "po", "groeidocument", "odt", (2025, 3, 18), {"inbreng_leerling": "miss", "afwijkingen_onderwijsprogramma": "miss"}, "wg",
  "plan set before 1 Aug 2025 (pupil input not yet required); nothing said about deviations from the programme")
d("po06", "po", "lvs-export-po", "pdf", (2025, 11, 20), {}, "digital", "complete LVS export; consent signed digitally in the parent portal")
d("po07", "po", "lvs-export-po", "pdf", (2026, 9, 29),
  {"bevorderende_factoren": "ph", "ondersteuningsbehoefte": "gen", "informatie_rechten": "ref", "afwijkingen_onderwijsprogramma": "miss"},
  "nodate", "stimulating factors placeholder; needs are generic school text; rights only 'zie schoolgids'; signatures without date")
d("po08", "po", "lvs-export-po", "scanp", (2025, 10, 9), {}, "scribble", "scan of a complete LVS export, handwritten signatures")
d("po09", "po", "beknopt-opp", "txt", (2025, 12, 1),
  {"adviezen_professionals": "miss", "afwijkingen_onderwijsprogramma": "miss", "informatie_rechten": "miss", "evaluatie": "ph"},
  "gezien", "short form; evaluation placeholder; parent signed 'voor gezien'")
d("po10", "po", "brief-opp", "pdfw", (2026, 10, 20), {}, "blank",
  "letter to parents; the return slip for consent is not yet signed (as the parents receive it)")
d("po11", "po", "fillable-form", "form", (2025, 10, 28), {}, "wg", "fillable PDF form, all fields filled, consent box ticked")
d("po12", "po", "swv-opp-format", "odt", (2024, 11, 12), {"ondersteuning": "partial", "oogo": "ph", "inbreng_leerling": "miss"}, "unticked",
  "old plan (2024); support only 'what' without who/how often/from when; OOGO placeholder; consent boxes unticked")
d("po13", "po", "fillable-form", "form", (2026, 10, 13), {"doelen": "empty", "inbreng_leerling": "ph", "vaststelling": "empty"}, "unticked",
  "fillable form half filled: goals and vaststelling fields empty, consent box unticked and no signature")
# ---- sbo (5)
d("sbo01", "sbo", "groeidocument", "docx", (2025, 9, 30), {}, "email", "complete; consent given by e-mail, with date, recorded in the plan")
d("sbo02", "sbo", "lvs-export-po", "pdf", (2026, 10, 1), {"adviezen_professionals": "ref", "afwijkingen_onderwijsprogramma": "na"}, "protest",
  "advice only 'zie verslag psycholoog'; parents signed under protest")
d("sbo03", "sbo", "swv-opp-format", "pdfw", (2025, 2, 11), {"inbreng_leerling": "miss", "adviezen_professionals": "ref"}, "wg",
  "plan set before 1 Aug 2025; advice of professionals only referred to")
d("sbo04", "sbo", "perspectiefdeel-handelingsdeel", "docx", (2026, 11, 10),
  {"bevorderende_factoren": "miss", "ondersteuningsbehoefte": "cc", "oogo": "old"}, "wg",
  "no stimulating factors; needs left as Word content control placeholder; OOGO sentence copied from last year's plan")
d("sbo05", "sbo", "groeidocument", "scanw", (2025, 10, 21), {"evaluatie": "old"}, "scan_blank",
  "scan; evaluation dates from last school year; parent's signature cell empty (school signed by hand)")
# ---- vo (12)
d("vo01", "vo", "swv-opp-format", "docx", (2025, 10, 7), {}, "wg", "complete VO plan in SWV format")
d("vo02", "vo", "lvs-export-vo", "pdf", (2025, 11, 11), {"afwijkingen_onderwijsprogramma": "na"}, "digital", "complete system export, digital consent")
d("vo03", "vo", "lvs-export-vo", "pdf", (2026, 10, 15),
  {"onderbouwing": "gen", "doelen": "ph", "inbreng_leerling": "wrongname", "informatie_rechten": "miss"}, "school_only",
  "generic onderbouwing; goals placeholder; pupil section copied from another pupil's plan (other name); only school signed")
d("vo04", "vo", "perspectiefdeel-handelingsdeel", "odt", (2025, 10, 30), {}, "wg", "complete ODT plan")
d("vo05", "vo", "perspectiefdeel-handelingsdeel", "docx", (2026, 9, 24),
  {"afwijkingen_onderwijsprogramma": "partial", "adviezen_professionals": "partial", "evaluatie": "miss"}, "refused",
  "deviation announced but not worked out; advice mentioned without content; no evaluation; parents ticked 'niet akkoord'")
d("vo06", "vo", "beknopt-opp", "txt", (2026, 10, 5), {"vaststelling": "ph"}, "email", "short plan; consent by e-mail; vaststelling placeholder")
d("vo07", "vo", "brief-opp", "pdfw", (2025, 12, 9), {"doelen": "gen", "inbreng_leerling": "miss"}, "blank",
  "letter; goals generic; no pupil input in a plan set after 1 Aug 2025; return slip unsigned")
d("vo08", "vo", "lvs-export-vo", "scanp", (2026, 10, 27), {}, "tick_sig", "scan of complete export; ticked box and handwritten signature")
d("vo09", "vo", "swv-opp-format", "pdfw", (2025, 5, 20), {"vaststelling": "ph", "ondersteuning": "ref", "inbreng_leerling": "miss"}, "wg",
  "plan before 1 Aug 2025; support only refers to the group plan; vaststelling date placeholder")
d("vo10", "vo", "perspectiefdeel-handelingsdeel", "pdfw", (2026, 11, 17), {}, "tick_sig", "complete; Word with inserted signature image, exported to PDF")
d("vo11", "vo", "lvs-export-vo", "pdf", (2025, 1, 28), {"belemmerende_factoren": "ph", "inbreng_leerling": "miss"}, "avg_only",
  "plan before 1 Aug 2025; hindering factors placeholder; only an AVG/photo consent signed, no consent to the handelingsdeel")
d("vo12", "vo", "beknopt-opp", "docx", (2026, 10, 9), {"uitstroombestemming": "instr", "onderbouwing": "instr", "vaststelling": "miss"}, "ph",
  "format instructions left in for destination and onderbouwing; signature lines with placeholders; no vaststelling")
# ---- pro (5)
d("pro01", "pro", "perspectiefdeel-handelingsdeel", "docx", (2025, 10, 16), {}, "wg", "complete praktijkonderwijs plan")
d("pro02", "pro", "lvs-export-vo", "pdf", (2026, 9, 22), {"oogo": "old"}, "digital", "export; OOGO line copied from last year's plan")
d("pro03", "pro", "beknopt-opp", "txt", (2025, 11, 5), {"ondersteuningsbehoefte": "ref", "doelen": "ref"}, "partial",
  "needs and goals only refer elsewhere; consent partial")
d("pro04", "pro", "lvs-export-vo", "pdf", (2026, 11, 3), {"oogo": "miss", "evaluatie": "ph"}, "nodate",
  "no OOGO recorded; evaluation placeholder; signatures without date")
d("pro05", "pro", "perspectiefdeel-handelingsdeel", "scanw", (2025, 10, 1), {"adviezen_professionals": "ref"}, "scribble",
  "scan; advice only 'zie verslag'; handwritten signatures")
# ---- so (7)
d("so01", "so", "zvs-export-so-vso", "pdf", (2025, 10, 23), {}, "wg", "complete SO export with CvB advice")
d("so02", "so", "so-vso-schoolformat", "docx", (2026, 10, 8), {"uitstroombestemming": "unticked", "afwijkingen_onderwijsprogramma": "unticked"}, "wg",
  "no profile ticked and no destination; deviations question unticked")
d("so03", "so", "so-vso-schoolformat", "docx", (2025, 11, 13), {"afwijkingen_onderwijsprogramma": "na"}, "tick_sig",
  "complete; 'geen afwijkingen' ticked; signature image")
d("so04", "so", "perspectiefdeel-handelingsdeel", "odt", (2026, 9, 17), {"adviezen_professionals": "partial"}, "gezien",
  "no advice of the CvB (only that research was done); parents signed 'voor gezien'")
d("so05", "so", "zvs-export-so-vso", "scanp", (2025, 10, 15), {}, "scribble", "scan of complete SO export")
d("so06", "so", "so-vso-schoolformat", "pdfw", (2026, 10, 29), {"onderbouwing": "cc", "ondersteuning": "cc"}, "blank",
  "content-control placeholders for onderbouwing and support exported to PDF; parents' signature cells empty")
d("so07", "so", "groeidocument", "pdfw", (2025, 4, 8), {"inbreng_leerling": "miss", "informatie_rechten": "ref"}, "wg",
  "plan before 1 Aug 2025; rights only via the school guide")
# ---- vso (9)
d("vso01", "vso", "zvs-export-so-vso", "pdf", (2025, 10, 20), {}, "wg", "complete VSO export")
d("vso02", "vso", "zvs-export-so-vso", "pdf", (2026, 10, 12), {}, "adult", "adult pupil (19), consents himself/herself; complete", adult=True)
d("vso03", "vso", "so-vso-schoolformat", "docx", (2025, 11, 25), {}, "pupil_only_curatele",
  "adult pupil under curatele: only the pupil signed, the curator's line is empty", curatele=True)
d("vso04", "vso", "so-vso-schoolformat", "docx", (2026, 9, 30), {}, "curator", "adult pupil under curatele; curator signed; complete", curatele=True)
d("vso05", "vso", "perspectiefdeel-handelingsdeel", "pdfw", (2026, 10, 19), {"uitstroombestemming": "unticked", "evaluatie": "ref"}, "school_only",
  "profile boxes all unticked; evaluation only refers elsewhere; school-only signatures")
d("vso06", "vso", "zvs-export-so-vso", "scanp", (2026, 11, 24), {"inbreng_leerling": "noeffect"}, "scan_blank",
  "scan; pupil's view without effect; parent signature cell empty")
d("vso07", "vso", "so-vso-schoolformat", "odt", (2025, 10, 6), {}, "wg", "complete ODT, profile ticked as characters")
d("vso08", "vso", "perspectiefdeel-handelingsdeel", "txt", (2026, 10, 26), {"informatie_rechten": "gen"}, "adult",
  "adult pupil consents; rights paragraph is general text only", adult=True)
d("vso09", "vso", "zvs-export-so-vso", "pdf", (2025, 6, 24), {"evaluatie": "partial"}, "wg",
  "plan before 1 Aug 2025 (pupil section present but not required); evaluation without date")
# ---- not OPPs / blank formats (5)
d("x01", "none", "folder-ouders", "pdf", (2025, 9, 1), note="leaflet for parents: what is an OPP (not an OPP)", other=True)
d("x02", "none", "nieuwsbrief", "pdfw", (2025, 10, 3), note="school newsletter mentioning OPP talks (not an OPP)", other=True)
d("x03", "none", "uitnodiging-oogo", "txt", (2026, 9, 15), note="invitation letter for an OPP meeting (not an OPP)", other=True)
BLANK_A = {e: "instr" for e in E}
BLANK_A.update({"belemmerende_factoren": "empty", "bevorderende_factoren": "empty", "ondersteuning": "empty", "doelen": "empty"})
d("x04", "po", "swv-opp-format", "docx", (2025, 8, 25), BLANK_A, "ph", "blank SWV format with its instructions", blank=True)
BLANK_I = {e: "cc" for e in E}
BLANK_I.update({"uitstroombestemming": "unticked", "afwijkingen_onderwijsprogramma": "unticked", "belemmerende_factoren": "empty",
                "bevorderende_factoren": "empty"})
d("x05", "vso", "so-vso-schoolformat", "docx", (2025, 8, 25), BLANK_I, "ph", "blank SO/VSO school format with content controls", blank=True)


# ----------------------------------------------------------------------------- labels
CONSENT_STATUS = {"wg": "present", "scribble": "present", "tick_sig": "present", "digital": "present", "email": "present",
                  "adult": "present", "curator": "present",
                  "gezien": "incomplete", "protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
                  "school_only": "incomplete", "blank": "incomplete", "unticked": "incomplete", "nodate": "incomplete",
                  "ph": "incomplete", "pupil_only_curatele": "incomplete", "scan_blank": "incomplete",
                  "none": "missing", "avg_only": "missing"}
CONSENT_DESC = {"wg": "signed 'w.g.' by parents and school with date", "scribble": "signature images with date",
                "tick_sig": "'akkoord' ticked, signature image, date", "digital": "digital signature in parent portal with date",
                "email": "consent stated by e-mail with date", "adult": "adult pupil signs himself/herself",
                "curator": "curator signs for pupil under curatele", "gezien": "'voor gezien'", "protest": "'onder protest'",
                "refused": "'niet akkoord' ticked", "partial": "'gedeeltelijk akkoord' ticked", "school_only": "only school signed",
                "blank": "parents' signature cell empty", "unticked": "akkoord/niet akkoord both unticked",
                "nodate": "signatures without date", "ph": "placeholder name/date, no signature",
                "pupil_only_curatele": "only the pupil under curatele signed, curator line empty",
                "scan_blank": "parent's signature cell empty in a scan", "none": "no consent section",
                "avg_only": "only AVG/photo consent signed"}
VAR_DESC = {"empty": "heading with nothing under it", "ph": "placeholder", "instr": "format instruction left in",
            "cc": "Word content-control placeholder", "ref": "only refers elsewhere", "gen": "generic text, not about this pupil",
            "old": "copied from last year's plan", "noeffect": "pupil's view without what it changed",
            "wrongname": "copied from another pupil's plan", "partial": "only partly there", "unticked": "no option ticked",
            "miss": "absent", "na": "explicit 'geen afwijkingen'"}


def old_plan(s):
    return s["date"] < L.AUG2025


def labels_for(s):
    if s.get("other"):
        return {e: "missing" for e in E}
    out = {}
    for e in E:
        v = s["v"].get(e, "ok")
        if e == "instemming_ouders":
            out[e] = CONSENT_STATUS[s["consent"]]
            continue
        if e == "inbreng_leerling" and not s.get("blank") and (old_plan(s) or s.get("adult")):
            out[e] = "not_applicable"
            continue
        out[e] = {"ok": "present", "miss": "missing", "na": "not_applicable"}.get(v, "incomplete")
    return out


def accept_unclear(s):
    acc = []
    scanned = s["fmt"].startswith("scan")
    if s.get("other"):
        return acc
    if s["consent"] in ("scribble", "tick_sig", "scan_blank") or (scanned and s["consent"] not in ("none", "avg_only")):
        acc.append("instemming_ouders")
    return acc


# ----------------------------------------------------------------------------- build
FMT_EXT = {"docx": "docx", "pdfw": "pdf", "pdf": "pdf", "odt": "odt", "txt": "txt", "form": "pdf", "scanw": "pdf", "scanp": "pdf"}


def make_pupil(s):
    p = C.Pupil(s["seed"], s["t"] if s["t"] != "none" else "po", s["date"], adult=s.get("adult") or s.get("curatele"))
    p.adult = bool(s.get("adult"))
    p.curatele = bool(s.get("curatele"))
    p._uit = C.uitstroom(p)
    if s.get("blank"):
        p.name = "[naam leerling]"
        p.first = "de leerling"
        p.birth = ""
        p.klas = ""
        p.mother = p.father = ""
    return p


def build(s):
    ext = FMT_EXT[s["fmt"]]
    fname = "%s-%s.%s" % (s["id"], s["layout"], ext)
    out = os.path.join(DOCS, fname)
    p = make_pupil(s)
    ctx = L.Ctx(s, p)
    if s.get("blank"):
        ctx.date = s["date"]
    if s.get("other"):
        blocks, style = O.OTHERS[s["layout"]](ctx)
    elif s["layout"] == "fillable-form":
        fields, style = L.form_fields(ctx)
        R.render_pdf_form(fields, out, style)
        return fname
    else:
        blocks, style = L.LAYOUTS[s["layout"]](ctx)
        if s.get("blank"):
            blocks = [b if b[0] != "kv" or b[1][0][0] != "Naam leerling" else
                      ("kv", [(k, "") for k, _ in b[1]]) for b in blocks]
            style = dict(style)
            style["footer"] = "Format OPP - versie augustus 2025"
    f = s["fmt"]
    stem = os.path.join(WORK, s["id"])
    if f == "docx":
        R.render_docx(blocks, out, style)
    elif f == "odt":
        R.render_odt(blocks, out, style)
    elif f == "txt":
        R.render_txt(blocks, out, style)
    elif f == "pdf":
        R.render_pdf(blocks, out, style)
    elif f == "pdfw":
        R.render_docx(blocks, stem + ".docx", style)
        R.docx_to_pdf(stem + ".docx", out, WORK)
    elif f == "scanw":
        R.render_docx(blocks, stem + ".docx", style)
        R.docx_to_pdf(stem + ".docx", stem + ".pdf", WORK)
        R.scan_pdf(stem + ".pdf", out, s["seed"], WORK)
    elif f == "scanp":
        R.render_pdf(blocks, stem + ".pdf", style)
        R.scan_pdf(stem + ".pdf", out, s["seed"], WORK)
    return fname


def note_for(s):
    if s.get("other"):
        return s["note"]
    parts = [s["note"]]
    gaps = ["%s: %s" % (e, VAR_DESC[v]) for e, v in s["v"].items() if v != "ok"]
    if gaps and not s.get("blank"):
        parts.append("made on purpose: " + "; ".join(gaps))
    parts.append("consent: " + CONSENT_DESC[s["consent"]])
    parts.append("plan date %s" % C.fmt_date(s["date"]))
    return ". ".join(parts)


def main():
    only = sys.argv[1:]
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    docs = []
    for s in S:
        if only and s["id"] not in only:
            continue
        fname = build(s)
        fmt = {"docx": "docx", "odt": "odt", "txt": "txt"}.get(FMT_EXT[s["fmt"]], "pdf")
        docs.append({"file": "docs/" + fname, "format": fmt, "layout": s["layout"], "school_type": s["t"],
                     "scanned": s["fmt"].startswith("scan"), "elements": labels_for(s),
                     "accept_unclear": accept_unclear(s), "notes": note_for(s)})
        print("ok", fname)
    if not only:
        with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "docs": docs}, fh, ensure_ascii=False, indent=1)
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
