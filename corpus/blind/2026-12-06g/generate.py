# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set 2026-12-06g.

Usage: ../venv/bin/python generate.py     (needs python-docx, reportlab, Pillow, pypdf; soffice and pdftoppm)
Writes docs/ and labels.json next to this script. All pupils, schools, staff and places are invented.
"""
import os, sys, json, shutil, subprocess, random, glob
from datetime import date as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS
from elements import Doc, labels_for, blocks, gapstatus
from layouts import LAYOUTS, flatten, leaflet, newsletter, blank_format, header_kv
import writers as W

DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "_build")

# id, layout, fmt, school type, date, gaps, options
SPECS = [
    (1, "swv-genummerd", "pdfw", "po", D(2025, 10, 14), {}, {}),
    (2, "swv-genummerd", "docx", "po", D(2025, 11, 20), {"bevorderende_factoren": "empty", "instemming_ouders": "voor_gezien", "inbreng_leerling": "noeffect"}, {}),
    (3, "swv-genummerd", "pdf", "sbo", D(2025, 3, 12), {"adviezen_professionals": "ref", "evaluatie": "ph:n.t.b."}, {"show_inbreng": False}),
    (4, "swv-genummerd", "odt", "vo", D(2026, 2, 5), {"uitstroombestemming": "missing", "informatie_rechten": "missing", "instemming_ouders": "school_only"}, {}),
    (5, "swv-genummerd", "scan", "so", D(2025, 10, 1), {}, {"handwritten": True}),
    (6, "swv-genummerd", "pdfw", "pro", D(2025, 9, 25), {"afwijkingen_onderwijsprogramma": "missing", "doelen": "vague", "oogo": "nodate"}, {}),
    (7, "tweekolom-formulier", "docx", "sbo", D(2025, 10, 21), {"afwijkingen_onderwijsprogramma": "na"}, {"sdtchk": True, "sigstyle": "check"}),
    (8, "tweekolom-formulier", "pdfw", "po", D(2026, 1, 15), {"ondersteuningsbehoefte": "sdt", "onderbouwing": "sdt", "instemming_ouders": "untick"}, {}),
    (9, "tweekolom-formulier", "docx", "vo", D(2025, 6, 20), {"belemmerende_factoren": "instr", "vaststelling": "nodate", "instemming_ouders": "nodate"}, {"show_inbreng": False}),
    (10, "tweekolom-formulier", "odt", "so", D(2025, 11, 4), {"adviezen_professionals": "missing", "evaluatie": "empty", "inbreng_leerling": "ph:nog aanvullen"}, {}),
    (11, "tweekolom-formulier", "txt", "pro", D(2026, 3, 10), {"ondersteuning": "ref", "informatie_rechten": "ref"}, {}),
    (12, "tweekolom-formulier", "pdf", "vso", D(2025, 10, 9), {}, {"adult": True, "age": 18}),
    (13, "domeintabel", "pdfw", "po", D(2025, 10, 30), {}, {"inbrengstyle": "table"}),
    (14, "domeintabel", "docx", "sbo", D(2025, 11, 12), {"bevorderende_factoren": "missing", "ondersteuning": "empty", "oogo": "missing"}, {}),
    (15, "domeintabel", "pdf", "so", D(2024, 10, 15), {"instemming_ouders": "refused", "onderbouwing": "ph:..."}, {"show_inbreng": False}),
    (16, "domeintabel", "odt", "po", D(2026, 2, 11), {"belemmerende_factoren": "ph:nog invullen", "doelen": "missing", "instemming_ouders": "partial"}, {"sigstyle": "check"}),
    (17, "domeintabel", "scan", "sbo", D(2025, 12, 3), {"instemming_ouders": "blank_line", "vaststelling": "missing"}, {"handwritten": True}),
    (18, "domeintabel", "pdfw", "vo", D(2025, 9, 18), {"afwijkingen_onderwijsprogramma": "na", "inbreng_leerling": "noeffect", "evaluatie": "instr"}, {}),
    (19, "groeidocument", "pdfw", "po", D(2025, 11, 26), {}, {"inbrengstyle": "ik"}),
    (20, "groeidocument", "docx", "so", D(2026, 1, 20), {"uitstroombestemming": "ref", "adviezen_professionals": "ref", "instemming_ouders": "onder_protest"}, {}),
    (21, "groeidocument", "pdf", "sbo", D(2025, 2, 4), {"inbreng_leerling": "missing"}, {"revised": D(2025, 10, 7)}),
    (22, "groeidocument", "odt", "vo", D(2025, 10, 2), {"onderbouwing": "missing", "ondersteuningsbehoefte": "missing", "informatie_rechten": "ph:volgt"}, {}),
    (23, "groeidocument", "txt", "po", D(2025, 5, 14), {}, {}),
    (24, "groeidocument", "md", "pro", D(2025, 12, 10), {"doelen": "instr", "instemming_ouders": "other_consent", "vaststelling": "ph:..."}, {}),
    (25, "beknopt-opp", "pdfw", "po", D(2025, 10, 6), {"afwijkingen_onderwijsprogramma": "missing", "adviezen_professionals": "missing", "informatie_rechten": "missing"}, {}),
    (26, "beknopt-opp", "docx", "sbo", D(2026, 3, 3), {"afwijkingen_onderwijsprogramma": "na"}, {"sigstyle": "check", "sdtchk": True}),
    (27, "beknopt-opp", "pdf", "vo", D(2025, 11, 18), {"uitstroombestemming": "untick", "evaluatie": "missing", "inbreng_leerling": "ph:..."}, {}),
    (28, "beknopt-opp", "scan", "po", D(2025, 6, 2), {"onderbouwing": "missing", "oogo": "nodate"}, {"handwritten": True, "sigstyle": "check"}),
    (29, "beknopt-opp", "txt", "so", D(2025, 10, 28), {"vaststelling": "missing", "afwijkingen_onderwijsprogramma": "na"}, {"sigstyle": "digital"}),
    (30, "vraagkoppen", "pdfw", "po", D(2025, 12, 1), {}, {"inbrengstyle": "table"}),
    (31, "vraagkoppen", "docx", "sbo", D(2026, 1, 27), {"ondersteuningsbehoefte": "ph:volgt na overleg", "doelen": "ph:...", "instemming_ouders": "blank_line"}, {}),
    (32, "vraagkoppen", "pdf", "so", D(2025, 10, 16), {"uitstroombestemming": "empty", "oogo": "ph:n.t.b."}, {"inbrengstyle": "picto"}),
    (33, "vraagkoppen", "md", "vo", D(2025, 11, 5), {"inbreng_leerling": "missing", "informatie_rechten": "empty", "ondersteuning": "missing"}, {}),
    (34, "vraagkoppen", "odt", "pro", D(2026, 2, 24), {"afwijkingen_onderwijsprogramma": "na"}, {"inbrengstyle": "ik", "sigstyle": "digital"}),
    (35, "briefvorm", "pdfw", "po", D(2025, 10, 23), {}, {"sigstyle": "check"}),
    (36, "briefvorm", "docx", "vso", D(2025, 11, 13), {}, {"adult": True, "curatele": True, "age": 19}),
    (37, "briefvorm", "pdf", "vo", D(2025, 4, 8), {"instemming_ouders": "missing", "oogo": "missing"}, {"show_inbreng": False}),
    (38, "briefvorm", "scan", "pro", D(2025, 10, 15), {"instemming_ouders": "nodate", "adviezen_professionals": "ph:nog aanvullen"}, {"handwritten": True}),
    (39, "briefvorm", "txt", "sbo", D(2026, 1, 22), {"ondersteuning": "ph:volgt na overleg", "evaluatie": "ref", "inbreng_leerling": "noeffect"}, {}),
    (40, "systeemexport", "txt", "po", D(2025, 10, 10), {}, {"sigstyle": "digital"}),
    (41, "systeemexport", "pdf", "sbo", D(2025, 11, 25), {"bevorderende_factoren": "empty", "afwijkingen_onderwijsprogramma": "empty", "adviezen_professionals": "empty", "oogo": "empty"}, {}),
    (42, "systeemexport", "docx", "vo", D(2026, 1, 13), {"belemmerende_factoren": "missing", "uitstroombestemming": "ph:n.t.b."}, {"sigstyle": "digital"}),
    (43, "systeemexport", "pdfw", "so", D(2025, 3, 27), {"vaststelling": "missing", "evaluatie": "ph:..."}, {"sigstyle": "digital"}),
    (44, "vso-transitieplan", "pdfw", "vso", D(2025, 10, 20), {}, {"inbrengstyle": "ik", "age": 17}),
    (45, "vso-transitieplan", "docx", "vso", D(2025, 12, 8), {"instemming_ouders": "voor_gezien", "uitstroombestemming": "untick"}, {"adult": True, "age": 18}),
    (46, "vso-transitieplan", "pdf", "vso", D(2025, 5, 20), {"afwijkingen_onderwijsprogramma": "ref", "instemming_ouders": "partial"}, {"show_inbreng": False, "age": 16}),
    (47, "vso-transitieplan", "scan", "vso", D(2026, 2, 17), {}, {"adult": True, "curatele": True, "age": 20, "handwritten": True}),
    (48, "pdf-formulier", "form", "po", D(2025, 11, 10), {}, {}),
    (49, "pdf-formulier", "form", "vso", D(2025, 10, 29), {"doelen": "empty", "oogo": "empty", "instemming_ouders": "untick"}, {"adult": True, "age": 19}),
    (50, "pdf-formulier", "form", "sbo", D(2026, 4, 14), {"onderbouwing": "empty", "bevorderende_factoren": "ph:...", "informatie_rechten": "missing", "instemming_ouders": "nodate"}, {}),
    (51, "pdf-formulier", "form", "vo", D(2025, 6, 10), {}, {"show_inbreng": False}),
    (52, "domeintabel", "docx", "pro", D(2025, 9, 30), {"bevorderende_factoren": "ref", "ondersteuningsbehoefte": "instr", "vaststelling": "nodate"}, {"sdtchk": True, "sigstyle": "check"}),
    (53, "groeidocument", "pdfw", "vso", D(2026, 3, 17), {"inbreng_leerling": "noeffect", "belemmerende_factoren": "empty", "evaluatie": "missing"}, {"age": 17}),
    (54, "swv-genummerd", "txt", "so", D(2025, 11, 27), {"ondersteuning": "missing", "doelen": "ref", "instemming_ouders": "untick"}, {"inbrengstyle": "picto"}),
    (55, "vraagkoppen", "md", "po", D(2026, 5, 19), {}, {"inbrengstyle": "ik", "sigstyle": "check"}),
]

GAPNAMES = {"empty": "heading/field with nothing under it", "instr": "format instruction left in", "sdt": "Word content-control placeholder left in",
            "ref": "only a reference elsewhere", "untick": "options/boxes left unticked", "vague": "goals vague, not checkable",
            "nodate": "no date", "noeffect": "pupil's view without what it changed", "missing": "absent",
            "na": "explicitly 'geen afwijkingen' / n.v.t.", "voor_gezien": "signed 'voor gezien'", "onder_protest": "signed 'onder protest'",
            "refused": "consent refused (niet akkoord ticked)", "partial": "partial consent", "school_only": "only school signed",
            "blank_line": "blank signature line", "other_consent": "only an AVG/photo consent is signed, no consent to the handelingsdeel"}


def gapdesc(g):
    out = []
    for el, k in g.items():
        if k.startswith("ph"):
            out.append("%s: placeholder '%s'" % (el, k.split(":", 1)[1] if ":" in k else "..."))
        else:
            out.append("%s: %s" % (el, GAPNAMES.get(k, k)))
    return "; ".join(out)


def form_fields(d):
    p = d.p
    F = [("heading", "1. Gegevens leerling", "")]
    for k, v in header_kv(d)[0][1]:
        F.append(("text", k, v[0]))
    F.append(("heading", "2. Ontwikkelingsperspectief en handelingsdeel", ""))
    for el in ELEMENTS:
        if el == "inbreng_leerling" and not d.show_inbreng:
            continue
        r = blocks(d, el)
        if r is None:
            continue
        h, bl = r
        if any(b[0] in ("chk", "sig") for b in bl):
            F.append(("heading", h, ""))
            for b in bl:
                if b[0] == "chk":
                    for c, x in b[1]:
                        F.append(("check", x, c))
                elif b[0] == "sig":
                    for row in b[1]:
                        s = row[3] or ""
                        F.append(("text", "Naam %s" % row[0].lower(), row[1]))
                        F.append(("text", "Handtekening %s" % row[0].lower(), "" if not s else ("digitaal ondertekend" if s == "SCRIBBLE" else s)))
                        F.append(("text", "Datum %s" % row[0].lower(), row[2] or ""))
                else:
                    F.append(("text", "Toelichting" if el != "instemming_ouders" else "Verklaring", "\n".join(flatten([b]))))
        else:
            F.append(("text", h, "\n".join(flatten(bl))))
    return F


def render(d, spec_fmt, path_noext):
    B = LAYOUTS[d.layout](d) if d.layout in LAYOUTS else None
    title = "OPP %s" % d.p.name
    if spec_fmt in ("docx", "pdfw", "odt"):
        out = path_noext + ".docx"
        W.write_docx(B, out, sdt_checkboxes=d.sdtchk, font=["Calibri", "Arial", "Verdana"][d.pidx % 3], title=title)
        return out
    if spec_fmt == "pdf":
        W.write_pdf(B, path_noext + ".pdf", serif=(d.pidx % 2 == 0), title=title, seed=d.pidx)
        return path_noext + ".pdf"
    if spec_fmt == "scan":
        W.write_pdf(B, path_noext + ".clean.pdf", serif=(d.pidx % 2 == 0), title=title, seed=d.pidx)
        return path_noext + ".clean.pdf"
    if spec_fmt in ("txt", "md"):
        W.write_txt(B, path_noext + "." + spec_fmt, md=(spec_fmt == "md"))
        return path_noext + "." + spec_fmt
    if spec_fmt == "form":
        W.write_form(form_fields(d), path_noext + ".pdf", title="Ontwikkelingsperspectiefplan — %s" % d.p.name,
                     sub="%s | %s | invulbaar formulier" % (d.p.school, d.p.swv), seed=d.pidx)
        return path_noext + ".pdf"
    raise ValueError(spec_fmt)


def soffice(files, fmt, outdir):
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    for i in range(0, len(files), 8):
        subprocess.run(["nice", "soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                        "--outdir", outdir] + files[i:i + 8], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_pdf(path, title):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject, ArrayObject
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    w.metadata = None
    w.add_metadata({"/Title": title, "/Author": "school", "/Creator": "Writer", "/Producer": "LibreOffice",
                    "/CreationDate": "D:20261206040000+00'00'", "/ModDate": "D:20261206040000+00'00'"})
    w._ID = ArrayObject([ByteStringObject(b"blind18-2026-12-06g"), ByteStringObject(b"blind18-2026-12-06g")])
    with open(path, "wb") as f:
        w.write(f)


def make_scan(clean_pdf, out_pdf, seed):
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    tmp = clean_pdf[:-4]
    subprocess.run(["nice", "pdftoppm", "-r", "120", "-gray", "-png", clean_pdf, tmp], check=True)
    pages = sorted(glob.glob(tmp + "-*.png"))
    c = canvas.Canvas(out_pdf, pagesize=A4, invariant=1)
    c.setTitle("scan")
    c.setCreator("Scanner MFP-2210")
    r = random.Random(seed)
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert("L")
        ang = r.uniform(-1.6, 1.6) or 0.7
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        w, h = im.size
        noise = Image.frombytes("L", (w, h), random.Random(seed * 10 + i).randbytes(w * h))
        noise = noise.point(lambda v: 0 if v < 1 else (255 if v > 253 else 128))
        mask = noise.point(lambda v: 255 if v != 128 else 0)
        im.paste(noise, (0, 0), mask)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.point(lambda v: min(255, int(v * 0.93 + 14)))
        jp = "%s-%d.jpg" % (tmp, i)
        im.save(jp, "JPEG", quality=55)
        c.drawImage(jp, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def main():
    shutil.rmtree(DOCS, ignore_errors=True)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    entries = []
    to_pdf, to_odt = [], []
    post = []
    for (n, layout, fmt, st, dt, gaps, opt) in SPECS:
        d = Doc(n, layout, fmt, st, n, dt, gaps=gaps, revised=opt.get("revised"), adult=opt.get("adult", False),
                curatele=opt.get("curatele", False), sigstyle=opt.get("sigstyle", "table"),
                inbrengstyle=opt.get("inbrengstyle", "quote"), handwritten=opt.get("handwritten", False),
                age=opt.get("age"), show_inbreng=opt.get("show_inbreng", not (opt.get("adult") and not opt.get("curatele"))),
                vsz="kv" if n % 3 == 0 else "p")
        d.sdtchk = opt.get("sdtchk", False)
        stem = "opp-%02d-%s-%s" % (n, st, layout)
        ext = {"pdfw": "pdf", "scan": "pdf", "form": "pdf"}.get(fmt, fmt)
        final = os.path.join(DOCS, stem + "." + ext)
        if fmt in ("docx",):
            render(d, fmt, os.path.join(DOCS, stem))
        elif fmt in ("pdfw", "odt"):
            src = render(d, fmt, os.path.join(BUILD, stem))
            (to_pdf if fmt == "pdfw" else to_odt).append(src)
            post.append((fmt, os.path.join(BUILD, stem + "." + ext), final, d))
        elif fmt == "scan":
            clean = render(d, fmt, os.path.join(BUILD, stem))
            make_scan(clean, final, n)
        else:
            render(d, fmt, os.path.join(DOCS, stem))
        lab = labels_for(d)
        notes = "%s layout, %s%s. Plan set %s%s. " % (layout, {"pdfw": "PDF exported from Word via LibreOffice", "pdf": "PDF made directly",
                                                             "form": "fillable PDF form (AcroForm, fields prefilled)", "docx": "DOCX",
                                                             "odt": "ODT (converted from DOCX by LibreOffice)", "txt": "plain text",
                                                             "md": "markdown", "scan": "scan (rendered, noise + skew, image-only PDF)"}[fmt],
                                                   " with Word content-control tick boxes" if d.sdtchk else "",
                                                   dt.isoformat(), ", revised %s" % d.revised.isoformat() if d.revised else "")
        if d.adult:
            notes += "Pupil is %d, %s. " % (d.p.age, "meerderjarig onder curatele: curator consents, pupil heard" if d.curatele else "meerderjarig en handelingsbekwaam: consents himself/herself, inbreng n/a")
        if lab["inbreng_leerling"] == "not_applicable" and not d.adult:
            notes += "Set before 1 Aug 2025: inbreng n/a%s. " % (" (a pupil section is there anyway)" if d.show_inbreng and "inbreng_leerling" not in gaps else "")
        notes += ("Gaps: " + gapdesc(gaps) + ".") if gaps else "Complete plan, no gaps made on purpose."
        if d.sigstyle == "digital" and lab["instemming_ouders"] == "present":
            notes += " Consent recorded as digital approval in the parent portal."
        if fmt == "scan":
            notes += " Handwritten signatures drawn as scribbles."
        entries.append({"file": "docs/" + os.path.basename(final), "format": "pdf" if ext == "pdf" else ext, "layout": layout,
                        "school_type": st, "scanned": fmt == "scan", "elements": lab,
                        "accept_unclear": ["instemming_ouders"] if fmt == "scan" else [], "notes": notes})
    if to_pdf:
        soffice(to_pdf, "pdf", BUILD)
    if to_odt:
        soffice(to_odt, "odt", BUILD)
    for fmt, built, final, d in post:
        shutil.copy(built, final)
        if fmt == "pdfw":
            fix_pdf(final, "OPP %s" % d.p.name)
        else:
            W.fix_zip(final, patch=W.odt_patch)
    # not OPPs
    allmiss = {e: "missing" for e in ELEMENTS}
    W.write_pdf(leaflet(), os.path.join(DOCS, "info-01-folder-wat-is-een-opp.pdf"), title="Wat is een OPP?")
    entries.append({"file": "docs/info-01-folder-wat-is-een-opp.pdf", "format": "pdf", "layout": "ouderfolder", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "Not an OPP: leaflet for parents explaining what an OPP contains and parents' rights. All elements missing by convention."})
    W.write_docx(newsletter(), os.path.join(DOCS, "info-02-nieuwsbrief-december.docx"), title="Nieuwsbrief")
    entries.append({"file": "docs/info-02-nieuwsbrief-december.docx", "format": "docx", "layout": "nieuwsbrief", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "Not an OPP: school newsletter that mentions OPP talks. All elements missing by convention."})
    B, has = blank_format()
    W.write_docx(B, os.path.join(BUILD, "info-03-leeg-format-opp.docx"), title="Format OPP")
    soffice([os.path.join(BUILD, "info-03-leeg-format-opp.docx")], "pdf", BUILD)
    shutil.copy(os.path.join(BUILD, "info-03-leeg-format-opp.pdf"), os.path.join(DOCS, "info-03-leeg-format-opp.pdf"))
    fix_pdf(os.path.join(DOCS, "info-03-leeg-format-opp.pdf"), "Format OPP")
    entries.append({"file": "docs/info-03-leeg-format-opp.pdf", "format": "pdf", "layout": "leeg-format", "school_type": "none",
                    "scanned": False, "elements": {e: ("incomplete" if e in has else "missing") for e in ELEMENTS}, "accept_unclear": [],
                    "notes": "Not a filled OPP: blank format (PDF from Word). Elements with a heading/field in the format are incomplete; "
                             "inbreng_leerling, afwijkingen_onderwijsprogramma and informatie_rechten have no field and are missing."})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
