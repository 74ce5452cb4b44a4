# -*- coding: utf-8 -*-
"""Deterministic generator of blind set 2026-12-05e.
Run: ../venv/bin/python gen.py   (needs soffice, pdftoppm; uses fixed seeds)"""
import datetime, json, os, random, shutil, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import (ELS, SHORT, make_ctx, present_text, gap_text, consent_lines, CONSENT_STATUS, avg_block,
                     Instr, dnum, dlong, CUTOFF, add_days)
from layouts import LAYOUTS
import render

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_build")
D = datetime.date

# id, layout, fmt, school type, plan date, overrides, flags
# fmt: docx | wordpdf (docx exported to pdf by LibreOffice) | pdf (made directly) | form (fillable pdf)
#      | odt | txt | md | scan-word | scan-pdf (rendered to images, noise, skew)
SPECS = [
    (1, "swv-genummerd", "wordpdf", "po", D(2025, 10, 2), "afw=na", {}),
    (2, "swv-genummerd", "docx", "sbo", D(2025, 11, 12), "bel=empty,inst=voor_gezien", {}),
    (3, "swv-genummerd", "odt", "vo", D(2024, 11, 5), "afw=missing,info=missing", {}),
    (4, "swv-genummerd", "scan-word", "so", D(2026, 2, 10), "obh=ntb", {}),
    (5, "swv-genummerd", "pdf", "pro", D(2026, 9, 28), "doel=aanvullen,inbr=view_only", {}),
    (6, "swv-genummerd", "docx", "vso", D(2025, 10, 20), "", {"adult": True, "profile": "arbeid"}),
    (7, "twee-kolommen", "docx", "po", D(2025, 9, 30), "ond=instr,eval=instr,inst=unticked", {"cc": True}),
    (8, "twee-kolommen", "wordpdf", "vo", D(2026, 10, 6), "", {}),
    (9, "twee-kolommen", "odt", "sbo", D(2025, 5, 14), "adv=bijlage,inst=refused", {}),
    (10, "twee-kolommen", "pdf", "vso", D(2026, 3, 3), "info=bijlage", {"curatele": True, "profile": "dagbesteding"}),
    (11, "twee-kolommen", "scan-pdf", "pro", D(2025, 1, 20), "vast=vast_blank", {}),
    (12, "twee-kolommen", "docx", "so", D(2026, 11, 2), "afw=missing,adv=missing,inst=school_only", {}),
    (13, "domeintabel", "wordpdf", "sbo", D(2025, 10, 15), "", {}),
    (14, "domeintabel", "docx", "po", D(2026, 1, 19), "bev=empty,ub=overleg", {}),
    (15, "domeintabel", "odt", "so", D(2024, 9, 26), "obh=missing,inst=blank_line", {}),
    (16, "domeintabel", "pdf", "vo", D(2026, 6, 8), "inbr=missing,eval=missing", {}),
    (17, "domeintabel", "scan-word", "vso", D(2025, 12, 1), "", {"profile": "arbeid"}),
    (18, "domeintabel", "docx", "pro", D(2026, 10, 12), "ost=bijlage,inst=missing", {"avg": True, "cc": True}),
    (19, "groeidocument", "wordpdf", "po", D(2025, 11, 3), "inst=partial", {}),
    (20, "groeidocument", "docx", "so", D(2026, 2, 23), "", {}),
    (21, "groeidocument", "odt", "sbo", D(2026, 9, 21), "oogo=dots,doel=dots", {}),
    (22, "groeidocument", "pdf", "vo", D(2025, 6, 10), "", {}),
    (23, "groeidocument", "scan-pdf", "vso", D(2026, 4, 14), "inst=no_date", {"profile": "dagbesteding"}),
    (24, "groeidocument", "docx", "pro", D(2025, 10, 27), "adv=bijlage,afw=ntb", {}),
    (25, "beknopt", "form", "po", D(2025, 10, 9), "", {}),
    (26, "beknopt", "form", "vo", D(2026, 3, 16), "ost=empty,inst=unticked,info=missing", {}),
    (27, "beknopt", "txt", "sbo", D(2025, 12, 8), "bel=dots,bev=dots,vast=ntb", {}),
    (28, "beknopt", "docx", "so", D(2025, 2, 11), "afw=na,inst=voor_gezien", {}),
    (29, "beknopt", "form", "vso", D(2026, 10, 1), "inst=adult_parent_only", {"adult": True, "profile": "vervolgonderwijs"}),
    (30, "beknopt", "txt", "pro", D(2026, 5, 18), "", {}),
    (31, "vraagkoppen", "md", "po", D(2026, 10, 14), "", {}),
    (32, "vraagkoppen", "pdf", "sbo", D(2026, 1, 12), "inbr=view_only,eval=ntb", {}),
    (33, "vraagkoppen", "md", "vo", D(2025, 9, 15), "ub=missing,ond=missing,inst=onder_protest", {}),
    (34, "vraagkoppen", "wordpdf", "so", D(2025, 11, 24), "obh=instr,afw=missing", {}),
    (35, "vraagkoppen", "docx", "vso", D(2026, 6, 29), "info=missing", {"profile": "vervolgonderwijs", "cc": True}),
    (36, "briefvorm", "wordpdf", "po", D(2026, 2, 2), "", {}),
    (37, "briefvorm", "pdf", "vo", D(2024, 12, 9), "oogo=missing", {}),
    (38, "briefvorm", "docx", "sbo", D(2026, 9, 8), "doel=bijlage,inst=school_only", {}),
    (39, "briefvorm", "odt", "vso", D(2025, 11, 17), "afw=present,eval=missing", {"adult": True, "profile": "arbeid"}),
    (40, "briefvorm", "scan-word", "pro", D(2026, 3, 30), "", {}),
    (41, "systeemexport", "pdf", "vo", D(2025, 10, 30), "", {}),
    (42, "systeemexport", "txt", "po", D(2026, 11, 9), "inbr=overleg,adv=missing", {}),
    (43, "systeemexport", "pdf", "so", D(2025, 4, 7), "vast=missing,bev=missing", {}),
    (44, "systeemexport", "txt", "vso", D(2026, 9, 14), "inst=curatele_pupil_only", {"curatele": True, "profile": "arbeid"}),
    (45, "systeemexport", "scan-pdf", "sbo", D(2026, 5, 11), "ost=dots", {}),
    (46, "systeemexport", "docx", "pro", D(2025, 9, 22), "", {}),
    (47, "swv-genummerd", "md", "vo", D(2026, 11, 16), "adv=missing,oogo=overleg,inst=missing", {"avg": True}),
    (48, "vraagkoppen", "odt", "pro", D(2025, 3, 24), "doel=instr,inst=digital", {}),
    (49, "twee-kolommen", "txt", "po", D(2026, 4, 20), "inbr=instr,vast=missing", {}),
    (50, "domeintabel", "md", "vo", D(2025, 8, 28), "ond=bijlage,info=bijlage", {}),
    (54, "beknopt", "docx", "po", D(2026, 2, 16), "inbr=nvt,afw=nvt", {}),
    (55, "swv-genummerd", "wordpdf", "sbo", D(2025, 5, 12), "inbr=missing", {"revised": D(2025, 10, 6)}),
    (56, "twee-kolommen", "scan-word", "vo", D(2026, 11, 23), "inst=onder_protest,eval=bijlage", {}),
    (57, "systeemexport", "docx", "po", D(2025, 12, 15), "ond=aanvullen,inst=digital", {}),
    (58, "groeidocument", "txt", "so", D(2026, 10, 19), "ub=empty,info=missing", {}),
    (59, "briefvorm", "md", "pro", D(2025, 10, 13), "ost=aanvullen,bel=missing,inst=blank_line", {}),
    (60, "domeintabel", "scan-pdf", "po", D(2025, 11, 10), "bel=ntb,inst=refused", {}),
]


def status_of(el, var):
    if var == "nvt":  # "n.v.t." is a real answer only for deviations; elsewhere a placeholder
        return "not_applicable" if el == "afwijkingen_onderwijsprogramma" else "incomplete"
    if el == "instemming_ouders":
        if var == "missing":
            return "missing"
        return CONSENT_STATUS.get(var, "incomplete")
    return {"present": "present", "na": "not_applicable", "missing": "missing"}.get(var, "incomplete")


def build_doc(spec):
    i, layout, fmt, stype, date, ov, fl = spec
    rng = random.Random(1000 + i)
    c = make_ctx(rng, stype, date, fl.get("profile"), fl.get("adult", False), fl.get("curatele", False))
    if fl.get("revised"):
        c["post"] = fl["revised"] >= CUTOFF
    var = {el: "present" for el in ELS}
    var["afwijkingen_onderwijsprogramma"] = rng.choice(["present", "na"])
    var["instemming_ouders"] = rng.choice(["signed", "signed", "digital"]) if fmt not in ("form",) else "signed"
    if c["adult"] and not c["curatele"]:
        var["instemming_ouders"] = "adult_signed"
    if c["curatele"]:
        var["instemming_ouders"] = "curator_signed"
    if not c["post"] or (c["adult"] and not c["curatele"]):
        var["inbreng_leerling"] = "na"
    for kv in filter(None, ov.split(",")):
        k, v = kv.split("=")
        var[SHORT[k]] = v
    if fmt.startswith("scan") and var["instemming_ouders"] == "digital":
        var["instemming_ouders"] = "signed"
    assert not (var["inbreng_leerling"] == "na" and c["post"] and not (c["adult"] and not c["curatele"]))

    def get(el):
        v = var[el]
        if v == "missing":
            return None
        if el == "instemming_ouders":
            cc = dict(c, date=fl["revised"]) if fl.get("revised") else c
            lines = consent_lines(v, cc, rng)
            return lines
        if v == "present":
            t = present_text(el, c, random.Random(i * 100 + ELS.index(el)))
            if el == "vaststelling" and fl.get("revised"):
                t += " Bijgesteld na de tussenevaluatie op %s door %s (intern begeleider) en opnieuw vastgesteld door de directeur op %s." % (
                    dlong(fl["revised"]), c["ib"], dlong(add_days(fl["revised"], 3)))
            return t
        if v == "na":
            if el == "inbreng_leerling":
                return None
            return "Geen afwijkingen: %s volgt het reguliere programma van de groep." % c["first"]
        return gap_text(el, v, c, rng)

    blocks = LAYOUTS[layout](c, get, fl)
    if fl.get("avg"):
        blocks += [("h2", "Toestemmingen"), ("consent", avg_block(c, rng))]
    labels = {el: status_of(el, var[el]) for el in ELS}
    gaps = ["%s=%s" % (el, var[el]) for el in ELS if var[el] not in ("present", "na") and not
            (el == "afwijkingen_onderwijsprogramma" and var[el] == "nvt") and not (el == "instemming_ouders" and var[el] in CONSENT_STATUS)]
    who = ("vso, meerderjarig en handelingsbekwaam; " if c["adult"] and not c["curatele"] else "") + \
          ("vso, onder curatele (vader curator); " if c["curatele"] else "")
    note = "%s; plan %s%s (%s 1-8-2025); %sconsent=%s; gaps: %s" % (
        c["name"], dnum(date), (", revised " + dnum(fl["revised"])) if fl.get("revised") else "",
        "na" if c["post"] else "voor", who, var["instemming_ouders"],
        ", ".join(gaps) or "none (complete)")
    if var["afwijkingen_onderwijsprogramma"] in ("na", "nvt"):
        note += "; afwijkingen: plan states none (%s) -> not_applicable" % ("'n.v.t.'" if var["afwijkingen_onderwijsprogramma"] == "nvt" else "'Geen afwijkingen'")
    if var["inbreng_leerling"] == "na":
        note += "; inbreng not_applicable (%s)" % ("adult pupil" if c["post"] else "plan set before 1-8-2025, no section")
    if fl.get("avg"):
        note += "; signed AVG/photo consent present but no consent to the handelingsdeel"
    return c, blocks, labels, note


def word_export(docx_paths):
    if not docx_paths:
        return
    subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP] + docx_paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scanify(src_pdf, dst_pdf, seed):
    from PIL import Image, ImageFilter, ImageChops
    import random as R
    r = R.Random(seed)
    pref = os.path.join(TMP, "scan%d" % seed)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pref], check=True)
    pages = []
    for p in sorted(glob.glob(pref + "*.png")):
        im = Image.open(p).convert("L")
        ang = r.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise(im.size, r.uniform(18, 30))
        im = ImageChops.multiply(im, noise.point(lambda v: 255 if v > 60 else 200))
        im = Image.blend(im, noise, 0.06).filter(ImageFilter.GaussianBlur(0.5))
        # slight grey cast and shift like a copier
        im = im.point(lambda v: int(v * 0.94 + 8))
        pages.append(im.convert("RGB"))
    pages[0].save(dst_pdf, "PDF", resolution=110.0, save_all=True, append_images=pages[1:])


def fname(i, c, ext):
    import unicodedata
    asc = lambda x: unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()
    c = dict(c, first=asc(c["first"]), last=asc(c["last"]))
    return "%02d_OPP_%s_%s_%s.%s" % (i, c["first"], c["last"].replace(" ", "").replace("-", ""), c["date"].isoformat(), ext)


def main():
    for d in (DOCS, TMP):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    entries = []
    to_export = []   # (docx path, final path, scan?)
    for spec in SPECS:
        i, layout, fmt, stype = spec[:4]
        fl = spec[6]
        c, blocks, labels, note = build_doc(spec)
        opts = {"cc": fl.get("cc", False), "title": "OPP " + c["name"]}
        if layout == "systeemexport":
            opts.update(size=8.5, accent="#333333", shade="#e6e6e6")
        if layout == "briefvorm":
            opts.update(accent="#6b2a1e")
        ext = {"docx": "docx", "wordpdf": "pdf", "pdf": "pdf", "form": "pdf", "odt": "odt", "txt": "txt",
               "md": "md", "scan-word": "pdf", "scan-pdf": "pdf"}[fmt]
        out = os.path.join(DOCS, fname(i, c, ext))
        if fmt == "docx":
            render.render_docx(blocks, out, opts)
        elif fmt == "odt":
            render.render_odt(blocks, out, opts)
        elif fmt == "txt":
            render.render_txt(blocks, out, opts)
        elif fmt == "md":
            render.render_md(blocks, out, opts)
        elif fmt == "pdf":
            render.render_pdf(blocks, out, opts)
        elif fmt == "form":
            render.render_form(blocks, out, opts)
        elif fmt in ("wordpdf", "scan-word"):
            tmpd = os.path.join(TMP, "w%02d.docx" % i)
            render.render_docx(blocks, tmpd, opts)
            to_export.append((tmpd, out, fmt == "scan-word", i))
        elif fmt == "scan-pdf":
            tmpp = os.path.join(TMP, "p%02d.pdf" % i)
            render.render_pdf(blocks, tmpp, opts)
            scanify(tmpp, out, i)
        scanned = fmt.startswith("scan")
        fmtlabel = {"md": "md", "txt": "txt", "docx": "docx", "odt": "odt"}.get(ext, "pdf")
        fdesc = {"wordpdf": "PDF exported from Word (LibreOffice)", "pdf": "PDF made directly (reportlab)",
                 "form": "fillable PDF form (AcroForm fields, checkboxes)", "docx": "DOCX" + (" with content controls and checkbox controls" if fl.get("cc") else ""),
                 "odt": "ODT", "txt": "plain text", "md": "markdown", "scan-word": "scan (Word-export rendered to images, noise, skew)",
                 "scan-pdf": "scan (PDF rendered to images, noise, skew)"}[fmt]
        entries.append({"file": "docs/" + os.path.basename(out), "format": fmtlabel, "layout": layout,
                        "school_type": stype, "scanned": scanned, "elements": labels,
                        "accept_unclear": ["instemming_ouders"] if scanned and labels["instemming_ouders"] != "missing" else [],
                        "notes": "%s; %s" % (fdesc, note)})
    word_export([t[0] for t in to_export])
    for tmpd, out, scan, i in to_export:
        pdf = tmpd[:-5] + ".pdf"
        if scan:
            scanify(pdf, out, i)
        else:
            shutil.copy(pdf, out)
    import nonopp
    entries += nonopp.build(DOCS, TMP)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
