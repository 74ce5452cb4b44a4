# -*- coding: utf-8 -*-
"""Blind validation set, round 65 (2026-12-08m): generator.

Run:  /work/blind66/venv/bin/python generate.py
Deterministic: fixed seeds per document, no clock. Writes docs/ and labels.json next to this folder,
intermediate files under /work/blind66/build."""
import datetime as dt
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import Profile, build, ELEMENTS, dnum, dlong  # noqa: E402
import layouts as LY  # noqa: E402
import writers as W  # noqa: E402
import nonopp  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
DOCS = os.path.join(CORPUS, "docs")
BUILD = "/work/blind66/build"

D = dt.date


def spec(id, stype, theme, layout, fmt, date, v=None, notes="", adult=False, curatele=False, revised=None, lkw=None, gender=None,
         accept_unclear=None):
    return dict(id=id, stype=stype, theme=theme, layout=layout, fmt=fmt, date=date, v=v or {}, notes=notes, adult=adult,
                curatele=curatele, revised=revised, lkw=lkw or {}, gender=gender, accept_unclear=accept_unclear or [])


SPECS = [
    # ------------------------------------------------------------------ po (basisschool)
    spec("01", "po", "lezen", "swv-numbered", "pdf-lo", D(2025, 10, 14), {}, "complete plan; numbered SWV format; table for goals and support"),
    spec("02", "po", "rekenen", "questions", "docx", D(2025, 11, 3),
         {"inbreng_leerling": "view_only", "instemming_ouders": "no_date", "afwijkingen_onderwijsprogramma": "empty"},
         "question headings; pupil's view without what it changed; parent signed without date; heading 'Wijkt het onderwijsprogramma af?' with nothing under it"),
    spec("03", "po", "adhd", "letter", "pdf-rl", D(2025, 9, 29),
         {"instemming_ouders": "stated", "evaluatie": "vague", "informatie_rechten": "absent"},
         "plan written as a letter to the parents; consent stated (e-mail with date); evaluation without when; no information on rights"),
    spec("04", "po", "taal", "groeidocument", "pdf-lo", D(2024, 11, 12), {},
         "groeidocument with the OPP as chapter 4; plan set before 1 Aug 2025 (pupil's view present but rule not in force); complete"),
    spec("05", "po", "gedrag", "beknopt-cc", "docx", D(2026, 1, 19),
         {"doelen": "ccph", "adviezen_professionals": "ccph", "instemming_ouders": "unticked"},
         "Word form with content controls; goals and advice left as 'Klik of tik om tekst in te voeren.'; consent check boxes unticked"),
    spec("06", "po", "lezen", "system-export", "pdf-rl", D(2026, 3, 2),
         {"uitstroombestemming": "dash", "onderbouwing": "ref", "inbreng_leerling": "absent", "instemming_ouders": "digital",
          "evaluatie": "bracket"},
         "school-system export with footer and page numbers; destination field '-'; onderbouwing only 'zie OPP-trap'; no pupil input; evaluation '[tekst]'; digital consent via portal"),
    spec("07", "po", "cognitief", "domain-table", "odt", D(2025, 12, 8), {"instemming_ouders": "avg_only"},
         "table per domain belemmerend/bevorderend; own learning line; only an AVG/photo consent signed, no consent to the handelingsdeel"),
    spec("08", "po", "ass", "questions", "txt", D(2024, 3, 18),
         {"evaluatie": "absent", "instemming_ouders": "voor_gezien", "inbreng_leerling": "absent"},
         "plain text question format; plan of March 2024 (pupil input not yet required); no evaluation; parents signed 'voor gezien'",
         gender="m"),
    spec("09", "po", "rekenen", "swv-numbered", "scan-lo", D(2025, 10, 27), {"instemming_ouders": "image_sig"},
         "scan of a signed numbered plan (noise, skew); handwritten signature image; otherwise complete",
         accept_unclear=["instemming_ouders"]),
    spec("10", "po", "lezen", "beknopt", "pdf-form", D(2026, 2, 10),
         {"ondersteuning": "vague", "oogo": "nodate", "vaststelling": "nodate", "doelen": "instr"},
         "fillable PDF form (beknopt OPP); support without who/how often; 'besproken met ouders' without date; vaststelling without date; goals field holds the format's instruction"),
    # ------------------------------------------------------------------ sbo
    spec("11", "sbo", "cognitief", "domain-table", "pdf-lo", D(2025, 10, 6), {}, "complete sbo plan with domain table"),
    spec("12", "sbo", "gedrag", "swv-numbered", "docx", D(2025, 9, 15),
         {"belemmerende_factoren": "empty", "instemming_ouders": "onder_protest", "adviezen_professionals": "ref"},
         "numbered format; 'Belemmerende factoren' heading with nothing under it; advice only 'zie verslag'; signed 'onder protest'"),
    spec("13", "sbo", "taal", "groeidocument", "odt", D(2024, 10, 1),
         {"inbreng_leerling": "absent"},
         "groeidocument set in Oct 2024 but revised after evaluation in Oct 2025: pupil input now required and absent", revised=D(2025, 10, 20)),
    spec("14", "sbo", "adhd", "questions", "pdf-rl", D(2026, 4, 13),
         {"uitstroombestemming": "instr", "bevorderende_factoren": "absent", "instemming_ouders": "tick_ok"},
         "question headings; destination still holds the format's instruction; no helping factors; consent ticked with name and date"),
    spec("15", "sbo", "rekenen", "system-export", "txt", D(2025, 6, 10),
         {"vaststelling": "absent", "instemming_ouders": "school_only"},
         "text export from a school system, June 2025 (before the pupil-input rule); no vaststelling; only the school signed"),
    spec("16", "sbo", "lezen", "letter", "docx", D(2025, 11, 24),
         {"doelen": "vague", "instemming_ouders": "partial"},
         "letter to the parents with reply slip; vague goals ('gaat vooruit'); parents agree except one part"),
    spec("17", "sbo", "cognitief", "beknopt", "pdf-lo", D(2025, 1, 20), {"inbreng_leerling": "absent"},
         "short beknopt OPP, January 2025; complete for its date"),
    spec("18", "sbo", "gedrag", "domain-table", "scan-rl", D(2025, 12, 15),
         {"ondersteuningsbehoefte": "absent", "instemming_ouders": "blank_line"},
         "scan; no section on needs; parents' signature line left blank", accept_unclear=["instemming_ouders"]),
    # ------------------------------------------------------------------ so
    spec("19", "so", "zml", "so-cvb", "pdf-lo", D(2025, 10, 1), {}, "so (zml) with perspectief-/handelingsdeel and CvB advice; complete"),
    spec("20", "so", "ass", "so-cvb", "docx", D(2025, 11, 10),
         {"adviezen_professionals": "nocvb", "inbreng_leerling": "notpresent", "evaluatie": "biennial", "ondersteuningsbehoefte": "instr"},
         "so plan with only the psychologist's advice, no CvB advice; 'pupil was not present'; evaluation once per two years; needs field holds instruction"),
    spec("21", "so", "taal", "domain-table", "odt", D(2024, 12, 9),
         {"instemming_ouders": "refused", "oogo": "absent"},
         "so cluster 2, Dec 2024; consent refused (box 'niet akkoord'); no OOGO"),
    spec("22", "so", "lg", "questions", "pdf-rl", D(2026, 1, 26), {"instemming_ouders": "digital"},
         "so cluster 3, question format; complete; consent digitally via portal"),
    spec("23", "so", "gedrag", "system-export", "pdf-lo", D(2025, 9, 8),
         {"onderbouwing": "ntb", "doelen": "dots", "evaluatie": "empty"},
         "system export; onderbouwing 'n.t.b.'; goals '...'; empty evaluation field"),
    spec("24", "so", "zml", "groeidocument", "scan-lo", D(2025, 3, 17),
         {"instemming_ouders": "image_sig", "informatie_rechten": "absent"},
         "scanned groeidocument, March 2025; handwritten signature; nothing on rights", accept_unclear=["instemming_ouders"]),
    spec("25", "so", "ass", "letter", "txt", D(2026, 5, 11),
         {"afwijkingen_onderwijsprogramma": "absent", "vaststelling": "nodate", "doelen": "ref", "instemming_ouders": "blank_line"},
         "letter as plain text; goals only 'zie bijlage'; no date of vaststelling; reply slip blank"),
    # ------------------------------------------------------------------ vo
    spec("26", "vo", "angst", "prose-long", "pdf-lo", D(2025, 10, 20), {}, "long prose plan under headings; reduced timetable described; complete"),
    spec("27", "vo", "ass", "prose-long", "docx", D(2025, 12, 1),
         {"inbreng_leerling": "view_only", "informatie_rechten": "partial", "instemming_ouders": "no_date", "doelen": "nader"},
         "long prose plan; pupil's view without effect; only 'vragen? bel de mentor'; goals 'nader in te vullen door mentor'; signature without date"),
    spec("28", "vo", "vo-dyslexie", "beknopt", "pdf-form", D(2026, 2, 16),
         {"afwijkingen_onderwijsprogramma": "unticked", "adviezen_professionals": "absent", "instemming_ouders": "unticked"},
         "fillable PDF form; deviations ja/nee both unticked; no advice; consent boxes unticked"),
    spec("29", "vo", "vo-adhd", "system-export", "pdf-rl", D(2024, 9, 23),
         {"evaluatie": "ntb", "instemming_ouders": "tick_ok", "ondersteuning": "ref"},
         "system export Sept 2024; evaluation 'n.t.b.'; support only 'zie groepsplan'; consent ticked"),
    spec("30", "vo", "lg", "questions", "odt", D(2025, 9, 22), {}, "question format in ODT; complete"),
    spec("31", "vo", "vo-adhd", "letter", "pdf-lo", D(2025, 11, 17),
         {"uitstroombestemming": "absent", "onderbouwing": "absent", "instemming_ouders": "refused"},
         "letter; says nothing about the expected destination; parents refuse on the reply slip"),
    spec("32", "vo", "angst", "beknopt-cc", "docx", D(2026, 3, 23),
         {"belemmerende_factoren": "ccph", "bevorderende_factoren": "ccph", "instemming_ouders": "tick_ok"},
         "Word content-control form; both factor fields still show the placeholder; consent check box ticked with name and date"),
    spec("33", "vo", "vo-dyslexie", "swv-numbered", "md", D(2025, 10, 13),
         {"oogo": "planned", "evaluatie": "absent", "bevorderende_factoren": "instr"},
         "numbered vo format as markdown; OOGO 'nog gepland'; no evaluation; helping factors hold instruction"),
    # ------------------------------------------------------------------ pro
    spec("34", "pro", "pro-stage", "pro-iop", "pdf-lo", D(2025, 10, 8), {}, "IOP/OPP with pupil's own part; complete"),
    spec("35", "pro", "vso-arbeid", "pro-iop", "docx", D(2025, 11, 26),
         {"inbreng_leerling": "view_only", "doelen": "nogaanvullen", "instemming_ouders": "voor_gezien"},
         "IOP/OPP; pupil's wish without what it changed; goals 'nog aanvullen'; 'voor gezien'"),
    spec("36", "pro", "pro-stage", "beknopt", "txt", D(2024, 10, 14), {},
         "beknopt plan as text, Oct 2024; complete (pupil's view present, rule not yet in force)"),
    spec("37", "pro", "cognitief", "questions", "pdf-rl", D(2026, 1, 12),
         {"afwijkingen_onderwijsprogramma": "absent", "adviezen_professionals": "volgt", "instemming_ouders": "avg_blank"},
         "question format; own learning line exists in the profile but no section on deviations; advice 'volgt na overleg'; AVG consent signed next to a blank OPP consent"),
    spec("38", "pro", "pro-stage", "system-export", "odt", D(2025, 9, 1),
         {"onderbouwing": "ref", "belemmerende_factoren": "dash", "afwijkingen_onderwijsprogramma": "instr"},
         "system export in ODT; onderbouwing only a reference; hindering factors '-'; deviations field holds instruction"),
    spec("39", "pro", "pro-stage", "pro-iop", "scan-rl", D(2026, 2, 23), {"instemming_ouders": "image_sig"},
         "scanned IOP/OPP with handwritten signature; complete", accept_unclear=["instemming_ouders"]),
    spec("40", "pro", "vso-arbeid", "letter", "pdf-lo", D(2025, 8, 25),
         {"oogo": "nodate", "informatie_rechten": "absent", "vaststelling": "ntb", "instemming_ouders": "signed"},
         "letter; 'met ouders besproken' without date; no rights; vaststelling 'n.t.b.'"),
    # ------------------------------------------------------------------ vso
    spec("41", "vso", "zml", "vso-profile", "pdf-lo", D(2025, 10, 15), {}, "vso dagbesteding, profile tick boxes, CvB advice; complete"),
    spec("42", "vso", "ass", "vso-profile", "docx", D(2025, 11, 5),
         {"instemming_ouders": "adult_self", "inbreng_leerling": "absent"},
         "adult pupil (18+, handelingsbekwaam) signs himself; pupil-input element not applicable", adult=True),
    spec("43", "vso", "cognitief", "vso-profile", "pdf-rl", D(2026, 1, 7), {"instemming_ouders": "curator"},
         "adult pupil under curatele: mother as curator consents; pupil's view recorded", adult=True, curatele=True),
    spec("44", "vso", "vso-arbeid", "vso-profile", "odt", D(2025, 9, 17),
         {"instemming_ouders": "adult_parents_only", "inbreng_leerling": "absent"},
         "adult handelingsbekwaam pupil, but only the parents signed the consent", adult=True),
    spec("45", "vso", "lg", "vso-profile", "pdf-lo", D(2024, 11, 25),
         {"uitstroombestemming": "unticked", "adviezen_professionals": "nocvb", "informatie_rechten": "empty"},
         "vso Nov 2024; none of the three profiles ticked; no CvB advice (only revalidation); rights heading empty"),
    spec("46", "vso", "zml", "groeidocument", "txt", D(2025, 12, 10),
         {"ondersteuning": "ntb", "instemming_ouders": "school_only", "vaststelling": "xxx"},
         "groeidocument as text; support 'n.t.b.'; only school signed; vaststelling 'xxx'"),
    spec("47", "vso", "vso-arbeid", "system-export", "scan-lo", D(2026, 4, 20), {"instemming_ouders": "image_sig"},
         "scanned system export; complete; handwritten signature", accept_unclear=["instemming_ouders"]),
    spec("48", "vso", "cognitief", "questions", "docx", D(2025, 10, 29),
         {"instemming_ouders": "curatele_self", "inbreng_leerling": "absent"},
         "pupil under curatele signed himself, curator did not; no pupil's view (required: he is not himself the party)",
         adult=True, curatele=True),
]

FMT_EXT = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "scan-lo": "pdf", "scan-rl": "pdf", "docx": "docx", "odt": "odt",
           "txt": "txt", "md": "md"}


def filename(s, P):
    ext = FMT_EXT[s["fmt"]]
    styles = ["OPP_%s_%s", "OPP %s %s", "opp-%s-%s", "Ontwikkelingsperspectief_%s_%s"]
    st = styles[int(s["id"]) % len(styles)]
    nm = st % (P.first, P.last.replace(" ", "_") if "_" in st else (P.last.replace(" ", "-") if st.startswith("opp-") else P.last))
    nm = nm.replace(" ", "_") if st.startswith("OPP_") or st.startswith("Ontw") else nm
    return "%s_%s.%s" % (s["id"], nm, ext)


def render_layout(s, P, E, sigimg):
    lay = s["layout"]
    if lay == "beknopt-cc":
        return LY.beknopt(P, E, title="OPP — beknopt format", cc=True)
    if lay == "letter":
        return LY.letter(P, E, sigimg=sigimg)
    if lay == "system-export":
        sysname = {"po": "Edukompas", "sbo": "Edukompas", "so": "LeerlingLijn", "vso": "LeerlingLijn", "vo": "Leerplein", "pro": "Leerplein"}[P.stype]
        return LY.system_export(P, E, system=sysname)
    if lay in ("vso-profile", "so-cvb"):
        return LY.LAYOUTS[lay](P, E, sigimg=sigimg)
    return LY.LAYOUTS[lay](P, E)


def fmt_label(fmt):
    return {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "scan-lo": "pdf", "scan-rl": "pdf"}.get(fmt, fmt)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    os.makedirs(BUILD, exist_ok=True)
    lo_dir = os.path.join(BUILD, "lo")
    if os.path.isdir(lo_dir):
        shutil.rmtree(lo_dir)
    os.makedirs(lo_dir)
    labels = []
    lo_jobs = []   # (docx path, final target, scan?, seed)
    for s in SPECS:
        seed = 6500 + int(s["id"])
        P = Profile(seed, s["stype"], s["theme"], s["date"], adult=s["adult"], curatele=s["curatele"], revised=s["revised"],
                    gender=s["gender"])
        E, L = build(P, s["v"])
        sigimg = None
        if s["v"].get("instemming_ouders") == "image_sig":
            sigimg = W.signature_png(os.path.join(BUILD, "sig%s.png" % s["id"]), seed)
        blocks, opts = render_layout(s, P, E, sigimg)
        fn = filename(s, P)
        target = os.path.join(DOCS, fn)
        fmt = s["fmt"]
        if fmt == "docx":
            W.to_docx(blocks, opts, target)
        elif fmt == "odt":
            W.to_odt(blocks, opts, target)
        elif fmt == "txt":
            W.to_txt(blocks, opts, target)
        elif fmt == "md":
            W.to_txt(blocks, opts, target, md=True)
        elif fmt == "pdf-rl":
            W.to_pdf(blocks, opts, target, base_size=[10, 9.5, 10.5][int(s["id"]) % 3])
        elif fmt == "pdf-form":
            W.to_pdf_form(blocks, opts, target)
        elif fmt == "scan-rl":
            base = os.path.join(BUILD, "scanbase%s.pdf" % s["id"])
            W.to_pdf(blocks, opts, base)
            W.scan_pdf(base, target, seed)
        elif fmt in ("pdf-lo", "scan-lo"):
            src = os.path.join(lo_dir, os.path.splitext(fn)[0] + ".docx")
            W.to_docx(blocks, opts, src)
            lo_jobs.append((src, target, fmt == "scan-lo", seed))
        labels.append({"file": "docs/" + fn, "format": fmt_label(fmt), "layout": s["layout"], "school_type": s["stype"],
                       "scanned": fmt.startswith("scan"), "elements": {e: L[e] for e in ELEMENTS},
                       "accept_unclear": s["accept_unclear"],
                       "notes": "%s; plan set %s%s%s. %s" % (
                           fmt, dnum(s["date"]), (", revised %s" % dnum(s["revised"])) if s["revised"] else "",
                           (", adult pupil" + (" under curatele" if s["curatele"] else "")) if s["adult"] else "", s["notes"])})
    # non-OPP documents
    for item in nonopp.make(DOCS, BUILD, lo_dir):
        if item.get("lo"):
            lo_jobs.append((item["lo"], os.path.join(DOCS, item["file"]), False, 0))
        labels.append({"file": "docs/" + item["file"], "format": item["format"], "layout": item["layout"], "school_type": "none",
                       "scanned": False, "elements": item["elements"], "accept_unclear": [], "notes": item["notes"]})
    # LibreOffice conversions, one call
    if lo_jobs:
        import subprocess
        subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % BUILD, "--headless", "--convert-to", "pdf",
                        "--outdir", lo_dir] + [j[0] for j in lo_jobs], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900)
        from pypdf import PdfReader, PdfWriter
        for src, target, scan, seed in lo_jobs:
            pdf = os.path.splitext(src)[0] + ".pdf"
            r = PdfReader(pdf)
            w = PdfWriter()
            for p in r.pages:
                w.add_page(p)
            w.add_metadata({"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/CreationDate": "D:20250101000000",
                            "/Title": "OPP"})
            fixed = pdf + ".fixed.pdf"
            with open(fixed, "wb") as f:
                w.write(f)
            if scan:
                W.scan_pdf(fixed, target, seed)
            else:
                shutil.copy(fixed, target)
    labels.sort(key=lambda d: d["file"])
    with open(os.path.join(CORPUS, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print("wrote %d documents" % len(labels))


if __name__ == "__main__":
    main()
