# -*- coding: utf-8 -*-
"""Build the blind OPP corpus, round 63 (2026-12-08k).

Usage:  /work/blind64/venv/bin/python gen/build.py
Deterministic: fixed seeds per document, no clock. Needs soffice (LibreOffice) and pdftoppm (poppler).
Writes docs/ and labels.json next to this gen/ folder; intermediate files go to /work/blind64/build.
"""
import datetime as dt
import glob
import json
import os
import random
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS, make_case, label_for, d_num, add_days  # noqa: E402
from layouts import LAYOUTS, variant_of  # noqa: E402
from render import render_pdf, render_form, render_text  # noqa: E402
from render_docx import render_docx  # noqa: E402
import nonopp  # noqa: E402

CORPUS = os.path.dirname(HERE)
DOCS = os.path.join(CORPUS, "docs")
BUILD = os.environ.get("OPP_BUILD_DIR", "/work/blind64/build")
D = dt.date

# fmt: pdf (made directly), pdf-lo (DOCX exported to PDF by LibreOffice), pdf-form (fillable AcroForm),
#      docx, docx-cc (content controls + tick boxes), odt (DOCX -> ODT by LibreOffice), txt, md,
#      scan (pdf rendered to images, noise + skew, image-only PDF); scan_src says how the original was made.
SPECS = [
    # ---------------- po
    dict(id="po-01", layout="las-export", fmt="pdf", stype="po", date=D(2025, 10, 14), consent="portal_ok", afw="present",
         note="complete plan; consent recorded in parent portal"),
    dict(id="po-02", layout="las-export", fmt="pdf", stype="po", date=D(2025, 11, 20), consent="portal_pending",
         gaps={"evaluatie": "empty"}, note="parents have not reacted in the portal; evaluation field printed as '-'"),
    dict(id="po-03", layout="las-export", fmt="pdf", stype="po", date=D(2025, 3, 18), consent="portal_ok", afw="nvt",
         gaps={"adviezen_professionals": "refer"}, note="plan set before 1-8-2025 (no pupil section); advice only 'zie verslag'; afwijkingen 'n.v.t.'"),
    dict(id="po-04", layout="las-export", fmt="pdf", stype="po", date=D(2025, 2, 11), revised=D(2025, 10, 7),
         consent="portal_ok", afw="present", gaps={"inbreng_leerling": "missing"},
         note="set Feb 2025 but revised Oct 2025 (version table): pupil's view required and absent"),
    dict(id="po-05", layout="groeidocument", fmt="docx", stype="po", date=D(2025, 9, 30), afw="present",
         note="complete groeidocument, signed by both parents and school"),
    dict(id="po-06", layout="groeidocument", fmt="pdf-lo", stype="po", date=D(2025, 12, 9), consent="voor_gezien",
         gaps={"bevorderende_factoren": "empty", "afwijkingen_onderwijsprogramma": "missing"},
         note="Bevorderend column left blank in domain table; no afwijkingen section at all; signed 'voor gezien'"),
    dict(id="po-07", layout="vraaggestuurd", fmt="md", stype="po", date=D(2026, 1, 26),
         gaps={"inbreng_leerling": "no_effect", "informatie_rechten": "missing"},
         note="pupil quoted but nothing on what it changed; no rights information"),
    dict(id="po-08", layout="beknopt-opp", fmt="pdf-form", stype="po", date=D(2025, 10, 2), afw="nvt", consent="unticked",
         gaps={"onderbouwing": "ph:nog aanvullen"}, note="fillable form; onderbouwing 'nog aanvullen'; consent boxes unticked, no signature"),
    dict(id="po-09", layout="brief-ouders", fmt="txt", stype="po", date=D(2025, 11, 4), consent="blank_line",
         note="letter with reply slip not yet signed (blank lines)"),
    dict(id="po-10", layout="groeidocument", fmt="scan", scan_src="pdf-lo", stype="po", date=D(2026, 2, 10), afw="present",
         note="scan of a complete signed groeidocument; signatures only as handwriting", unclear=["instemming_ouders"]),
    # ---------------- sbo
    dict(id="sbo-01", layout="las-export", fmt="pdf", stype="sbo", date=D(2025, 9, 16), consent="portal_ok", afw="present",
         rows=10, note="complete; long support table (10 rows) runs over a page break", arr="-"),
    dict(id="sbo-02", layout="swv-portal-export", fmt="pdf", stype="sbo", date=D(2025, 10, 28), consent="portal_pending",
         afw="present", gaps={"vaststelling": "concept", "oogo": "ph:volgt na overleg"},
         note="portal export with 'Status: concept', 'Vastgesteld op: -'; OOGO 'volgt na overleg'; parents not reacted"),
    dict(id="sbo-03", layout="groeidocument", fmt="odt", stype="sbo", date=D(2024, 11, 12), consent="onder_protest",
         afw="present", note="plan from 2024 (pupil view not yet required); consent signed 'onder protest'"),
    dict(id="sbo-04", layout="beknopt-opp", fmt="docx-cc", stype="sbo", date=D(2025, 10, 21), afw="present",
         gaps={"doelen": "instr"}, note="DOCX with content controls; goals control still shows the template instruction (placeholder)"),
    dict(id="sbo-05", layout="vraaggestuurd", fmt="txt", stype="sbo", date=D(2026, 3, 3),
         note="complete plain-text plan with question headings"),
    dict(id="sbo-06", layout="swv-portal-export", fmt="pdf", stype="sbo", date=D(2026, 1, 13), consent="school_only",
         gaps={"ondersteuning": "refer", "belemmerende_factoren": "instr"},
         note="support only 'zie groepsplan'; belemmerende factoren = template instruction; only the school signed"),
    dict(id="sbo-07", layout="las-export", fmt="docx", stype="sbo", date=D(2025, 11, 11), consent="portal_seen", afw="nvt",
         gaps={"evaluatie": "missing"}, note="DOCX export of the LAS plan; no evaluation section; portal says 'gelezen', no akkoord"),
    # ---------------- so
    dict(id="so-01", layout="vso-domeinplan", fmt="pdf", stype="so", date=D(2025, 10, 6), afw="present", rows=8,
         note="complete domain plan with advice of the commissie voor de begeleiding; long goal table"),
    dict(id="so-02", layout="vso-domeinplan", fmt="pdf", stype="so", date=D(2025, 12, 15), consent="refused", afw="present",
         gaps={"adviezen_professionals": "missing"}, note="no advice section (no CvB advice); parents ticked 'niet akkoord'"),
    dict(id="so-03", layout="groeidocument", fmt="docx", stype="so", date=D(2025, 9, 22), afw="present",
         gaps={"uitstroombestemming": "ph:n.t.b."}, note="destination 'n.t.b.' while onderbouwing is written"),
    dict(id="so-04", layout="swv-portal-export", fmt="pdf", stype="so", date=D(2025, 5, 20), consent="portal_ok",
         gaps={"inbreng_leerling": "present"},
         note="set May 2025, before the hoorrecht: pupil section present but label not_applicable by convention"),
    dict(id="so-05", layout="beknopt-opp", fmt="pdf-form", stype="so", date=D(2026, 2, 24),
         gaps={"ondersteuningsbehoefte": "empty", "evaluatie": "vague"},
         note="fillable form: needs field empty; evaluation 'op een nog te bepalen moment'"),
    dict(id="so-06", layout="vso-domeinplan", fmt="scan", scan_src="pdf", stype="so", date=D(2025, 11, 17), afw="present",
         note="scan of a complete plan; consent by handwritten signature", unclear=["instemming_ouders"]),
    dict(id="so-07", layout="brief-ouders", fmt="pdf", stype="so", date=D(2026, 4, 14), consent="no_date",
         gaps={"oogo": "missing"}, note="letter-style plan; no account of the meeting with parents; signatures without date"),
    # ---------------- vo
    dict(id="vo-01", layout="vo-lvs-export", fmt="docx", stype="vo", date=D(2025, 10, 9), afw="present", consent="signed",
         note="complete DOCX export, two-column tables"),
    dict(id="vo-02", layout="vo-lvs-export", fmt="pdf-lo", stype="vo", date=D(2025, 11, 25), consent="portal_ok",
         gaps={"afwijkingen_onderwijsprogramma": "empty"},
         note="afwijkingen field printed blank (empty cell): cannot tell 'none' from 'not filled in'"),
    dict(id="vo-03", layout="vo-lvs-export", fmt="odt", stype="vo", date=D(2026, 1, 19), consent="partial",
         gaps={"bevorderende_factoren": "missing", "doelen": "ph:..."},
         note="ODT export; no bevorderende factoren; goals '...'; partial consent"),
    dict(id="vo-04", layout="swv-portal-export", fmt="pdf", stype="vo", date=D(2025, 12, 2), consent="portal_ok", afw="present",
         rows=10, extra_log=30, note="complete portal export; support table and logbook run over pages"),
    dict(id="vo-05", layout="vraaggestuurd", fmt="md", stype="vo", date=D(2025, 9, 29), consent="blank_line",
         gaps={"onderbouwing": "missing"}, note="no 'why' section; blank signature lines"),
    dict(id="vo-06", layout="vo-lvs-export", fmt="pdf-lo", stype="vo", date=D(2024, 10, 15), consent="signed", afw="nvt",
         note="complete plan from 2024 (pupil view not yet required, not in document)"),
    dict(id="vo-07", layout="beknopt-opp", fmt="docx-cc", stype="vo", date=D(2026, 5, 12), afw="present",
         note="complete DOCX with filled content controls and ticked check boxes"),
    dict(id="vo-08", layout="vo-lvs-export", fmt="docx", stype="vo", date=D(2025, 10, 30), consent="avg_only",
         gaps={"informatie_rechten": "refer"},
         note="only an AVG/photo consent is signed, no consent on the handelingsdeel; rights 'zie schoolgids'"),
    dict(id="vo-09", layout="vo-lvs-export", fmt="scan", scan_src="pdf-lo", stype="vo", date=D(2026, 3, 17),
         consent="school_only", afw="present",
         note="scan; only the school's signature, parents' boxes unticked and lines blank", unclear=["instemming_ouders"]),
    dict(id="vo-10", layout="swv-portal-export", fmt="pdf", stype="vo", date=D(2025, 6, 10), revised=D(2025, 11, 18),
         consent="portal_ok", note="set June 2025, revised Nov 2025 with pupil's view: complete"),
    # ---------------- pro
    dict(id="pro-01", layout="vo-lvs-export", fmt="pdf-lo", stype="pro", date=D(2025, 10, 13), consent="portal_ok", afw="present",
         note="complete praktijkonderwijs plan"),
    dict(id="pro-02", layout="vo-lvs-export", fmt="docx", stype="pro", date=D(2025, 11, 3), consent="signed",
         gaps={"uitstroombestemming": "instr", "evaluatie": "empty"},
         note="destination field still holds the template instruction; evaluation field blank"),
    dict(id="pro-03", layout="swv-portal-export", fmt="pdf", stype="pro", date=D(2026, 2, 2), consent="portal_pending",
         afw="present", gaps={"doelen": "missing"}, note="no goals section; parents not reacted in portal"),
    dict(id="pro-04", layout="brief-ouders", fmt="odt", stype="pro", date=D(2025, 10, 20), consent="letter_stated",
         note="complete letter-style plan; consent stated with date (signed form in file)"),
    dict(id="pro-05", layout="beknopt-opp", fmt="pdf-form", stype="pro", date=D(2025, 4, 8), afw="present",
         gaps={"ondersteuning": "ph:volgt na overleg"}, note="fillable form from April 2025; support 'volgt na overleg'"),
    dict(id="pro-06", layout="vraaggestuurd", fmt="txt", stype="pro", date=D(2026, 6, 9),
         gaps={"adviezen_professionals": "refer", "inbreng_leerling": "no_effect"},
         note="advice only 'zie verslag'; pupil quoted without what it changed"),
    dict(id="pro-07", layout="groeidocument", fmt="docx", stype="pro", date=D(2025, 12, 1), afw="present",
         gaps={"vaststelling": "missing"}, note="no vaststelling section or date anywhere"),
    # ---------------- vso
    dict(id="vso-01", layout="vso-domeinplan", fmt="pdf", stype="vso", date=D(2025, 10, 27), age=19, adult=True,
         profile="arbeidsmarktgericht", consent="adult_self", afw="present",
         note="adult (19), handelingsbekwaam, consents himself: complete; pupil-view rule not applicable"),
    dict(id="vso-02", layout="vso-domeinplan", fmt="pdf", stype="vso", date=D(2026, 1, 12), age=20, adult=True, curatele=True,
         profile="dagbesteding", consent="curator", afw="present",
         note="adult under curatele: curator consents, pupil's view present: complete"),
    dict(id="vso-03", layout="vo-lvs-export", fmt="docx", stype="vso", date=D(2025, 11, 10), age=16, consent="signed",
         afw="present", gaps={"uitstroombestemming": "unticked"}, note="profile check boxes all unticked"),
    dict(id="vso-04", layout="swv-portal-export", fmt="pdf", stype="vso", date=D(2025, 12, 8), age=18, adult=True,
         profile="vervolgonderwijs", consent="parents_for_adult",
         note="adult (18) handelingsbekwaam pupil, but only the parents signed: consent of the right party missing"),
    dict(id="vso-05", layout="vso-domeinplan", fmt="docx", stype="vso", date=D(2026, 2, 16), age=17, consent="no_date",
         afw="present", profile="arbeidsmarktgericht", note="DOCX; signatures without date"),
    dict(id="vso-06", layout="vo-lvs-export", fmt="odt", stype="vso", date=D(2025, 1, 27), age=16, consent="signed",
         afw="present", gaps={"adviezen_professionals": "refer"}, note="plan from Jan 2025; advice only a reference"),
    dict(id="vso-07", layout="vso-domeinplan", fmt="scan", scan_src="pdf", stype="vso", date=D(2026, 4, 20), age=17,
         profile="vervolgonderwijs", afw="present", note="scan of a complete plan", unclear=["instemming_ouders"]),
    dict(id="vso-08", layout="beknopt-opp", fmt="docx-cc", stype="vso", date=D(2025, 9, 15), age=16, profile="dagbesteding",
         note="complete DOCX with content controls"),
    dict(id="vso-09", layout="swv-portal-export", fmt="pdf", stype="vso", date=D(2026, 3, 30), age=17, consent="portal_ok",
         afw="present", gaps={"informatie_rechten": "missing", "vaststelling": "concept"},
         note="portal export still 'Status: concept'; no rights section"),
]


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def lo_convert(files, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir] + files)


def scan(src_pdf, out_pdf, seed):
    tmp = os.path.join(BUILD, "scan", os.path.basename(out_pdf)[:-4])
    os.makedirs(tmp, exist_ok=True)
    for f in glob.glob(tmp + "/*"):
        os.remove(f)
    run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, tmp + "/p"])
    rng = np.random.default_rng(seed)
    pages = []
    for f in sorted(glob.glob(tmp + "/p*.png")):
        im = Image.open(f).convert("L")
        ang = float(rng.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BILINEAR, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 11, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = rng.uniform(0, 120, speck.sum())
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    fixed = dt.datetime(2026, 12, 8, 9, 0, 0).timetuple()
    pages[0].save(out_pdf, "PDF", resolution=110.0, save_all=True, append_images=pages[1:],
                  creationDate=fixed, modDate=fixed, title="Scan", producer="scanner")


def normalize_zip(path):
    """Rewrite a DOCX/ODT zip with fixed entry timestamps (keeps order and compression; mimetype first)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 8, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            if info.filename == "content.xml":
                import re
                ids = {}
                data = re.sub(rb'xml:id="list\d+"', lambda m: b'xml:id="list%d"' % ids.setdefault(m.group(0), 1000 + len(ids)), data)
            if info.filename == "settings.xml":
                import re
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>540843", data)
            if info.filename == "meta.xml":
                import re
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", b"2026-12-08T09:00:00", data)
                data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>LibreOffice</meta:generator>", data)
            z.writestr(ni, data)


def normalize_pdf(path):
    """Fix the metadata dates and document ID of a LibreOffice-made PDF."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    w.add_metadata({"/CreationDate": "D:20261208090000", "/ModDate": "D:20261208090000", "/Producer": "LibreOffice 7.4"})
    fid = ByteStringObject(bytes.fromhex("6f70702d626c696e642d36332d303030"))
    w._ID = ArrayObject([fid, fid])
    with open(path, "wb") as f:
        w.write(f)


FORMAT_OF = {"pdf": "pdf", "pdf-lo": "pdf", "pdf-form": "pdf", "docx": "docx", "docx-cc": "docx", "odt": "odt",
             "txt": "txt", "md": "md", "scan": "pdf"}
EXT = FORMAT_OF


def main():
    os.makedirs(DOCS, exist_ok=True)
    for f in glob.glob(DOCS + "/*"):
        os.remove(f)
    for sub in ("docx", "lo-pdf", "lo-odt", "pdf"):
        shutil.rmtree(os.path.join(BUILD, sub), ignore_errors=True)
        os.makedirs(os.path.join(BUILD, sub))
    entries = []
    to_pdf, to_odt = [], []
    post = []  # (kind, src, dst, seed)
    for i, spec in enumerate(SPECS):
        spec["seed"] = 6300 + i * 17
        rng = random.Random(spec["seed"])
        c = make_case(spec, rng)
        spec["print"] = add_days(c.revised or c.plan, rng.randint(3, 40))
        doc = LAYOUTS[spec["layout"]](c, spec)
        fmt = spec["fmt"]
        base = "%s-%s" % (spec["id"], spec["layout"])
        dst = os.path.join(DOCS, base + "." + EXT[fmt])
        src_fmt = spec.get("scan_src", fmt)
        if src_fmt == "pdf":
            target = dst if fmt == "pdf" else os.path.join(BUILD, "pdf", base + ".pdf")
            render_pdf(doc, target, spec["seed"], serif=spec["layout"] == "brief-ouders")
            if fmt == "scan":
                post.append(("scan", target, dst, spec["seed"]))
        elif src_fmt == "pdf-form":
            render_form(doc, dst, spec["seed"])
        elif src_fmt in ("docx", "docx-cc"):
            render_docx(doc, dst, spec["seed"], cc=(src_fmt == "docx-cc"))
        elif src_fmt in ("pdf-lo", "odt"):
            tmp = os.path.join(BUILD, "docx", base + ".docx")
            render_docx(doc, tmp, spec["seed"])
            (to_pdf if src_fmt == "pdf-lo" else to_odt).append(tmp)
            if fmt == "scan":
                post.append(("scan", os.path.join(BUILD, "lo-pdf", base + ".pdf"), dst, spec["seed"]))
            else:
                post.append(("copy", os.path.join(BUILD, "lo-pdf" if src_fmt == "pdf-lo" else "lo-odt",
                                                  base + "." + EXT[src_fmt]), dst, 0))
        elif src_fmt in ("txt", "md"):
            render_text(doc, dst, md=(src_fmt == "md"))
        else:
            raise ValueError(fmt)
        labels = {el: label_for(el, variant_of(spec, c, el), c) for el in ELEMENTS}
        gaps = ", ".join("%s=%s" % kv for kv in sorted(spec.get("gaps", {}).items()))
        fmt_desc = {"pdf": "PDF made directly", "pdf-lo": "PDF exported from DOCX by LibreOffice",
                    "pdf-form": "fillable PDF form (AcroForm fields)", "docx": "DOCX", "docx-cc": "DOCX with content controls",
                    "odt": "ODT (DOCX converted by LibreOffice)", "txt": "plain text", "md": "markdown",
                    "scan": "scanned image-only PDF (source: %s)" % spec.get("scan_src")}[fmt]
        note = "%s; %s; plan %s%s; consent variant %s; afwijkingen %s%s. %s" % (
            spec["layout"], fmt_desc, d_num(c.plan), (", revised " + d_num(c.revised)) if c.revised else "",
            variant_of(spec, c, "instemming_ouders"), variant_of(spec, c, "afwijkingen_onderwijsprogramma"),
            ("; gaps: " + gaps) if gaps else "", spec["note"])
        if c.stype == "vso":
            note += " (pupil age %d%s)" % (c.age, ", under curatele" if c.curatele else "")
        entries.append({"file": "docs/" + os.path.basename(dst), "format": FORMAT_OF[fmt], "layout": spec["layout"],
                        "school_type": c.stype, "scanned": fmt == "scan", "elements": labels,
                        "accept_unclear": spec.get("unclear", []), "notes": note})
    # LibreOffice conversions in two batches
    if to_pdf:
        lo_convert(to_pdf, "pdf", os.path.join(BUILD, "lo-pdf"))
    if to_odt:
        lo_convert(to_odt, "odt", os.path.join(BUILD, "lo-odt"))
    for kind, src, dst, seed in post:
        if kind == "copy":
            shutil.copyfile(src, dst)
            if dst.endswith(".pdf"):
                normalize_pdf(dst)
        else:
            scan(src, dst, seed)
    # documents that are not OPPs
    entries += nonopp.build_all(DOCS, BUILD)
    for f in sorted(glob.glob(DOCS + "/*.docx") + glob.glob(DOCS + "/*.odt")):
        normalize_zip(f)
    data = {"version": 1, "docs": entries}
    with open(os.path.join(CORPUS, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    print("documents:", len(entries))


if __name__ == "__main__":
    main()
