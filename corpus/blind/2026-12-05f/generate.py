# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set 2026-12-05f.
Run: /work/blind6/venv/bin/python generate.py   (needs soffice and pdftoppm on PATH)
All names, schools and places are invented."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_content import *          # noqa
from gen_layouts import *          # noqa
from gen_writers import *          # noqa
import gen_extra

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

# fmt: pdf-word (docx -> LibreOffice pdf), pdf (made directly), pdf-form (fillable), docx, odt, txt,
#      scan (direct pdf rendered to noisy skewed images), scan-word (word pdf -> images)
S = []


def spec(name, layout, fmt, school, date, consent="signed", gaps=None, note="", **kw):
    S.append(dict(name=name, layout=layout, fmt=fmt, school=school, date=date, consent=consent,
                  gaps=gaps or {}, note=note, **kw))


# ---- L1 swv-genummerd
spec("po-genummerd-volledig", "swv-genummerd", "pdf-word", "po", "2025-10-14", "signed", sigimg=True,
     note="complete plan; signatures are images with typed names and dates")
spec("vo-genummerd-voorgezien", "swv-genummerd", "docx", "vo", "2025-11-03", "voor_gezien",
     {"onderbouwing": "ref:Zie bijlage 2 (overzicht toetsresultaten).", "inbreng_leerling": "view_only"},
     "onderbouwing only 'zie bijlage'; parent signed 'voor gezien'; pupil's view without what it changed")
spec("sbo-genummerd-2024", "swv-genummerd", "odt", "sbo", "2024-11-05", "signed", {},
     "complete plan set before 1-8-2025: pupil's view not required (not in document)")
spec("vso-genummerd-meerderjarig", "swv-genummerd", "pdf", "vso", "2025-10-01", "adult_self", {}, age=19, adult=True,
     profile="arbeidsmarktgericht", note="adult pupil (19, handelingsbekwaam) consents himself; inbreng n.a.; complete")
spec("pro-genummerd-gaten", "swv-genummerd", "txt", "pro", "2026-02-10", "signed",
     {"evaluatie": "ph:n.t.b.", "afwijkingen_onderwijsprogramma": "missing", "informatie_rechten": "missing"},
     "evaluatie 'n.t.b.'; afwijkingen not mentioned at all; no information on rights")
spec("so-genummerd-scan", "swv-genummerd", "scan", "so", "2025-09-29", "signed", {},
     "scan of a complete plan with handwritten signatures; CvB advice present")
spec("po-genummerd-protest", "swv-genummerd", "pdf-word", "po", "2026-03-12", "onder_protest",
     {"doelen": "ph:Nog aanvullen na overleg met de leerkracht."},
     "consent signed 'onder protest'; doelen placeholder 'nog aanvullen'")

# ---- L2 tabel-twee-kolom
spec("vo-tabel-contentcontrols", "tabel-twee-kolom", "docx", "vo", "2025-09-22", "signed",
     {"bevorderende_factoren": "cc", "ondersteuningsbehoefte": "empty"}, cc=True,
     note="DOCX with content controls; bevorderende factoren still shows Word's placeholder; onderwijsbehoeften cell empty")
spec("so-tabel-weigering-2024", "tabel-twee-kolom", "pdf-word", "so", "2024-06-20", "refused", {},
     "plan before 1-8-2025; parent ticked 'niet akkoord' (consent refused)")
spec("vso-tabel-curatele", "tabel-twee-kolom", "docx", "vso", "2025-10-20", "curator", {}, age=18, curatele=True,
     profile="dagbesteding", note="18-year-old under curatele; curator (mother) consents; pupil's view present; complete")
spec("po-tabel-gaten", "tabel-twee-kolom", "odt", "po", "2025-12-01", "signed",
     {"oogo": "missing", "vaststelling": "ph:...", "adviezen_professionals": "ref:Zie verslag van de orthopedagoog in het dossier."},
     "no OOGO row; vaststelling '...'; adviezen only 'zie verslag'")
spec("pro-tabel-2024-gaten", "tabel-twee-kolom", "txt", "pro", "2024-10-10", "signed",
     {"ondersteuningsbehoefte": "missing", "oogo": "ph:nog plannen", "vaststelling": "missing"},
     "plan from before 1-8-2025, plain text (w.g. signatures); no onderwijsbehoeften; OOGO 'nog plannen'; no vaststelling")
spec("sbo-tabel-scan", "tabel-twee-kolom", "scan-word", "sbo", "2026-01-19", "blank",
     {"belemmerende_factoren": "empty"}, "scan; signature lines all blank; belemmerende factoren row empty")
spec("vso-tabel-dagbesteding", "tabel-twee-kolom", "pdf", "vso", "2026-04-08", "signed", {}, age=16,
     profile="dagbesteding", note="complete vso plan, profile dagbesteding, parents sign (pupil 16)")

# ---- L3 domeinen-tabel
spec("po-domeinen-volledig", "domeinen-tabel", "docx", "po", "2025-10-06", "signed", {},
     "complete; DOCX with tick-box content controls; factors per domain")
spec("sbo-domeinen-unticked", "domeinen-tabel", "pdf-word", "sbo", "2025-11-17", "unticked",
     {"bevorderende_factoren": "empty"}, "Bevorderend column empty in every domain; consent box not ticked (signed)")
spec("vo-domeinen-2023", "domeinen-tabel", "odt", "vo", "2023-11-28", "signed",
     {"afwijkingen_onderwijsprogramma": "na", "evaluatie": "missing"},
     "plan from 2023; 'geen afwijkingen' (n.a.); no evaluation arrangements")
spec("so-domeinen-geenadvies", "domeinen-tabel", "pdf", "so", "2026-05-11", "signed",
     {"adviezen_professionals": "missing"}, "so plan without any advice (no CvB advice)")
spec("vso-domeinen-scan", "domeinen-tabel", "scan", "vso", "2025-09-15", "nodate", {}, age=16,
     profile="arbeidsmarktgericht", note="scan; parent signature without date")
spec("pro-domeinen-gedeeltelijk", "domeinen-tabel", "docx", "pro", "2025-12-09", "partial", {},
     "partial consent (ticked 'gedeeltelijk akkoord')")
spec("vo-domeinen-zonderuitstroom", "domeinen-tabel", "pdf-word", "vo", "2026-09-28", "signed",
     {"uitstroombestemming": "missing", "ondersteuning": "ph:Volgt na overleg met de mentor."}, sigimg=True,
     note="no expected destination (only onderbouwing under 'Perspectief'); ondersteuning 'volgt na overleg'; signature images")

# ---- L4 groeidocument
spec("po-groei-volledig", "groeidocument", "pdf-word", "po", "2025-10-27", "signed", {},
     "complete groeidocument with OPP as deel 4 (w.g. signatures)")
spec("po-groei-2024", "groeidocument", "docx", "po", "2024-09-30", "school_only",
     {"uitstroombestemming": "ph:Volgt na overleg met ouders en VO-school."},
     "plan 2024; uitstroom 'volgt na overleg'; only school signed")
spec("sbo-groei-avg", "groeidocument", "odt", "sbo", "2026-02-02", "avg_only",
     {"informatie_rechten": "partial"},
     "AVG and photo consent signed, no consent to the handelingsdeel; rights info only says instemmingsrecht exists")
spec("so-groei-verwijzing", "groeidocument", "pdf", "so", "2025-11-24", "signed",
     {"inbreng_leerling": "view_only", "ondersteuning": "ref:Zie groepsplan en arrangement (bijlage 3)."},
     "pupil's view without effect; ondersteuning only 'zie groepsplan'")
spec("vo-groei-minimaal", "groeidocument", "txt", "vo", "2026-06-15", "signed",
     {"onderbouwing": "missing", "bevorderende_factoren": "missing", "adviezen_professionals": "missing",
      "evaluatie": "missing", "informatie_rechten": "missing", "afwijkingen_onderwijsprogramma": "missing"},
     "thin groeidocument as plain text: no onderbouwing, no bevorderende factoren, no advice, no evaluation, no rights, afwijkingen not mentioned")
spec("vso-groei-meerderjarig", "groeidocument", "pdf-word", "vso", "2026-03-30", "adult_self",
     {"oogo": "ph:Datum gesprek: ..."}, age=18, adult=True, profile="vervolgonderwijs",
     note="adult handelingsbekwaam pupil consents himself; OOGO placeholder")

# ---- L5 beknopt-opp
spec("po-beknopt-form", "beknopt-opp", "pdf-form", "po", "2025-11-11", "signed",
     {"informatie_rechten": "missing", "afwijkingen_onderwijsprogramma": "na", "adviezen_professionals": "missing"},
     "fillable PDF, filled in; no rights info, no external advice; 'geen afwijkingen'")
spec("vo-beknopt-form-leeg", "beknopt-opp", "pdf-form", "vo", "2025-10-16", "form_unchecked",
     {"onderbouwing": "empty", "doelen": "empty"}, "fillable PDF with onderbouwing and doelen fields empty; consent box unchecked, no date")
spec("sbo-beknopt-2024", "beknopt-opp", "docx", "sbo", "2024-12-02", "signed", {"informatie_rechten": "missing"},
     "short plan 2024; no rights info")
spec("pro-beknopt-volledig", "beknopt-opp", "pdf", "pro", "2026-10-05", "signed", {}, note="complete short form")
spec("so-beknopt-scan", "beknopt-opp", "scan", "so", "2025-09-08", "signed", {"evaluatie": "ph:..."},
     "scan; evaluation '...'; handwritten signature with date")
spec("vso-beknopt-profiel", "beknopt-opp", "odt", "vso", "2026-01-26", "signed",
     {"uitstroombestemming": "ph:☐ vervolgonderwijs   ☐ arbeidsmarktgericht   ☐ dagbesteding", "onderbouwing": "missing"},
     age=17, note="profile options left unticked; no onderbouwing")

# ---- L6 vragen-koppen
spec("po-vragen-volledig", "vragen-koppen", "docx", "po", "2026-04-20", "signed", {}, sigimg=True,
     note="complete; question headings; signature images in DOCX")
spec("vo-vragen-geeninbreng", "vragen-koppen", "pdf-word", "vo", "2025-12-15", "digital", {"inbreng_leerling": "missing"},
     "post-2025 plan without the pupil's view; digital consent")
spec("so-vragen-txt", "vragen-koppen", "txt", "so", "2025-10-13", "signed", {"onderbouwing": "ph:..."},
     "onderbouwing '...'")
spec("pro-vragen-2025voor", "vragen-koppen", "odt", "pro", "2025-06-30", "signed", {"inbreng_leerling": "na_shown"},
     "plan set 30-6-2025 (before 1-8-2025) that still records the pupil's view: labelled not_applicable")
spec("sbo-vragen-afwijking", "vragen-koppen", "pdf", "sbo", "2026-05-25", "signed",
     {"afwijkingen_onderwijsprogramma": "ph:nog invullen"}, "afwijkingen 'nog invullen'")
spec("vso-vragen-curatele-zelf", "vragen-koppen", "pdf-word", "vso", "2026-02-16", "curatele_pupil_only", {}, age=19,
     curatele=True, profile="arbeidsmarktgericht", note="pupil under curatele signed himself; curator line blank")

# ---- L7 brief
spec("po-brief-strook", "brief", "pdf-word", "po", "2025-11-20", "slip_signed", {},
     "letter with reply slip signed and dated (w.g.)")
spec("vo-brief-strookleeg", "brief", "docx", "vo", "2026-03-02", "slip_blank", {},
     "letter; reply slip not filled in")
spec("sbo-brief-telefonisch", "brief", "txt", "sbo", "2025-01-15", "stated", {"doelen": "missing"},
     "e-mail style letter 2025-01; consent given by phone, noted with date; no goals")
spec("vso-brief-meerderjarig", "brief", "odt", "vso", "2025-09-25", "adult_nodate", {}, age=18, adult=True,
     profile="vervolgonderwijs", note="letter to adult pupil; his signature without date")

# ---- L8 systeemexport
spec("vo-export-volledig", "systeemexport", "pdf", "vo", "2025-10-30", "digital", {}, note="complete system export with footer")
spec("po-export-concept", "systeemexport", "pdf", "po", "2026-01-12", "missing",
     {"belemmerende_factoren": "empty", "vaststelling": "empty"}, status="Concept",
     note="concept export: belemmerende factoren '-', vaststelling '-', no consent section")
spec("so-export-scan-2024", "systeemexport", "scan", "so", "2024-03-18", "signed", {},
     "scan of 2024 export; complete; handwritten signatures")
spec("pro-export-docx", "systeemexport", "docx", "pro", "2026-11-02", "signed",
     {"afwijkingen_onderwijsprogramma": "na", "inbreng_leerling": "ph:Volgt na gesprek met leerling."},
     "export to DOCX; 'geen afwijkingen'; pupil's view 'volgt'")
spec("vso-export-zieverslag", "systeemexport", "pdf-word", "vso", "2025-12-18", "signed",
     {"adviezen_professionals": "ref:Zie verslag commissie voor de begeleiding d.d. 04-12-2025."}, age=16,
     profile="arbeidsmarktgericht", note="advice only 'zie verslag CvB'")

# more instructions-left-in cases
spec("po-genummerd-instructies", "swv-genummerd", "docx", "po", "2026-06-22", "signed",
     {"bevorderende_factoren": "instr", "doelen": "instr", "evaluatie": "instr"},
     "format instructions left in for bevorderende factoren, doelen and evaluatie")
spec("vo-vragen-instructies", "vragen-koppen", "odt", "vo", "2025-09-30", "signed",
     {"ondersteuningsbehoefte": "instr", "informatie_rechten": "instr"},
     "instructions left in for onderwijsbehoeften and rechten")

# a plan set before 1-8-2025 but revised after it: the pupil's view is then required
spec("po-genummerd-bijgesteld", "swv-genummerd", "pdf-word", "po", "2024-10-01", "signed", {"inbreng_leerling": "missing"},
     revised="2025-10-15", note="set 01-10-2024, revised and set again 15-10-2025 without the pupil's view (required after revision)")
spec("sbo-domeinen-bijgesteld-2025", "domeinen-tabel", "txt", "sbo", "2024-11-20", "signed", {}, revised="2025-05-12",
     note="set 2024 and revised May 2025 (both before 1-8-2025): pupil's view not required; complete")

FMT_LABEL = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "scan-word": "pdf",
             "docx": "docx", "odt": "odt", "txt": "txt"}
EXT = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "scan-word": "pdf",
       "docx": "docx", "odt": "odt", "txt": "txt"}
SIGNED_KINDS = {"signed", "nodate", "voor_gezien", "onder_protest", "refused", "partial", "school_only", "unticked",
                "avg_only", "adult_self", "adult_nodate", "curator", "curatele_pupil_only", "slip_signed"}


def labels_for(s, c, k):
    el = {e: label_of(k.kind(e)) for e in ELEMENTS if e != "instemming_ouders"}
    el["instemming_ouders"] = CONSENT_LABEL[s["consent"]]
    return {e: el[e] for e in ELEMENTS}


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="blind6_")
    entries = []
    to_convert = []   # (docx_tmp, final_pdf, scan?)
    for i, s in enumerate(S):
        c = Ctx(i, s)
        k = K(c, s)
        blocks = LAYOUTS[s["layout"]](c, k, s)
        fmt = s["fmt"]
        fn = "%02d-%s.%s" % (i + 1, s["name"], EXT[fmt])
        out = os.path.join(DOCS, fn)
        sigimg = s.get("sigimg", fmt in ("pdf", "scan", "scan-word"))
        if fmt == "txt":
            write_txt(blocks, out)
        elif fmt == "odt":
            write_odt(blocks, out)
        elif fmt == "docx":
            write_docx(blocks, out, sigimg=sigimg, seed=i)
        elif fmt in ("pdf-word", "scan-word"):
            src = os.path.join(tmp, "%02d-%s.docx" % (i + 1, s["name"]))
            write_docx(blocks, src, sigimg=sigimg, seed=i, font=["Calibri", "Arial", "Verdana"][i % 3])
            to_convert.append((src, out, fmt == "scan-word", i))
        elif fmt == "pdf":
            write_pdf(blocks, out, sigimg=True, seed=i, serif=(i % 2 == 0))
        elif fmt == "pdf-form":
            write_pdf_form(blocks, out, filled=True)
        elif fmt == "scan":
            src = os.path.join(tmp, "src%02d.pdf" % (i + 1))
            write_pdf(blocks, src, sigimg=True, seed=i, serif=(i % 2 == 1))
            make_scan(src, out, i, tmp)
        labs = labels_for(s, c, k)
        acc = []
        if fmt.startswith("scan"):
            acc = ["instemming_ouders"]
        elif sigimg and fmt in ("pdf", "pdf-word", "docx") and s["consent"] in SIGNED_KINDS:
            acc = ["instemming_ouders"]
        entries.append({"file": "docs/" + fn, "format": FMT_LABEL[fmt], "layout": s["layout"], "school_type": s["school"],
                        "scanned": fmt.startswith("scan"), "elements": labs, "accept_unclear": acc,
                        "notes": "%s; %s; plan date %s%s. %s" % (s["layout"], fmt, s["date"],
                                                                 " (adult)" if s.get("adult") else (" (curatele)" if s.get("curatele") else ""),
                                                                 s["note"])})
    # LibreOffice conversion in one batch
    if to_convert:
        odir = os.path.join(tmp, "conv")
        os.makedirs(odir, exist_ok=True)
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", odir] + [t[0] for t in to_convert],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, out, scan, i in to_convert:
            pdf = os.path.join(odir, os.path.basename(src)[:-5] + ".pdf")
            if scan:
                make_scan(pdf, out, i, tmp)
            else:
                shutil.copy(pdf, out)
    # documents that are not OPPs, and a blank format
    entries += gen_extra.make(DOCS, len(S), tmp)
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    shutil.rmtree(tmp)
    print("documents:", len(entries))


if __name__ == "__main__":
    main()
