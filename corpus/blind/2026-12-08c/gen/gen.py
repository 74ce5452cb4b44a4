# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-08c. Run: ../../../../venv/bin/python gen.py (from this folder).

No clock, no randomness beyond seeded random.Random per document id.
"""
import datetime as dt
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
BUILD = os.path.join(ROOT, "build")

from content import Ctx, ELEMENTS, rng_for
from common import prepare, labels
import layouts_docx as LD
import odtw as LO
import layouts_other as LX

D = dt.date
# id, layout, fmt, school type, date set, variants, extras, flags(adult/curatele), note
SPECS = [
    # ---------------- po
    ("po-01", "L1", "docx", "po", D(2025, 10, 13), {'instemming_ouders': 'img'}, ('hidden_instr', 'opmerkingen_placeholder', 'ins_extra'), {},
     "complete; hidden format instructions under every heading, empty 'Overige opmerkingen' content control, a pending tracked insertion; consent with a signature image"),
    ("po-02", "L1", "docx2pdf", "po", D(2025, 11, 4), {'uitstroombestemming': 'placeholder', 'inbreng_leerling': 'toc_only', 'instemming_ouders': 'blank_line',
                                                       'afwijkingen_onderwijsprogramma': 'absent'}, (), {},
     "destination only a grey placeholder; pupil's input listed in the table of contents but absent from the body; blank parent signature lines; deviations not mentioned"),
    ("po-03", "L2", "docx2pdf", "po", D(2025, 2, 3), {'inbreng_leerling': 'absent', 'instemming_ouders': 'checkbox'}, ('comment_extra', 'del_extra'), {},
     "complete plan set before 1-8-2025; comment on destination (not printed), a struck-through deleted sentence next to real support; ticked consent box with w.g."),
    ("po-04", "L3", "docx", "po", D(2025, 9, 22), {'uitstroombestemming': 'dd_unchosen', 'doelen': 'generic', 'instemming_ouders': 'unticked', 'evaluatie': 'empty'}, (), {},
     "legacy drop-down left on 'Kies een item.'; goals about all pupils; both consent boxes unticked; evaluation field empty"),
    ("po-05", "L4", "odt", "po", D(2026, 1, 19), {'ondersteuning': 'generic', 'bevorderende_factoren': 'hidden', 'inbreng_leerling': 'view_only',
                                                   'instemming_ouders': 'voor_gezien'}, ('comment_extra',), {},
     "support only the school's general approach; protective factors only in hidden text; pupil's view without what it changed; signed 'voor gezien'"),
    ("po-06", "L5", "odt2pdf", "po", D(2025, 10, 13), {'afwijkingen_onderwijsprogramma': 'none', 'instemming_ouders': 'wg'}, (), {},
     "complete short form; explicit 'no deviations'"),
    ("po-07", "L6", "txt", "po", D(2025, 5, 19), {'onderbouwing': 'ntb', 'adviezen_professionals': 'ref', 'instemming_ouders': 'onder_protest',
                                                   'informatie_rechten': 'absent', 'inbreng_leerling': 'absent'}, (), {},
     "plan before 1-8-2025; rationale a placeholder; advice only 'zie verslag'; consent signed under protest; no rights section"),
    ("po-08", "L7", "pdf", "po", D(2025, 11, 4), {'instemming_ouders': 'img'}, (), {},
     "complete letter; reply slip signed (drawn signature) with name and date"),
    ("po-09", "L8", "pdf", "po", D(2026, 3, 9), {'belemmerende_factoren': 'dots', 'oogo': 'nodate', 'vaststelling': 'placeholder', 'instemming_ouders': 'no_date'}, (), {},
     "hindering factors '...'; OOGO without date; set-date a grey placeholder; signature without date"),
    ("po-10", "L7", "scan", "po", D(2025, 9, 22), {'instemming_ouders': 'hand', 'doelen': 'ref', 'evaluatie': 'ntb'}, (), {},
     "scanned letter; goals only 'zie bijlage'; evaluation placeholder; signed reply slip (handwriting-like)"),
    ("po-11", "L1", "docx2pdf", "po", D(2025, 6, 30), {'afwijkingen_onderwijsprogramma': 'nvt_applies', 'adviezen_professionals': 'white',
                                                        'instemming_ouders': 'school_only', 'inbreng_leerling': 'absent'}, (), {},
     "plan before 1-8-2025; deviations 'n.v.t.' while the support section describes an own learning line and a shortened timetable; advice only in white text; signed by school only"),
    # ---------------- sbo
    ("sbo-01", "L2", "docx", "sbo", D(2025, 10, 13), {'instemming_ouders': 'digital'}, ('ins_extra', 'comment_extra'), {},
     "complete; pending tracked insertion and a comment; consent via the parent portal (digital signature record)"),
    ("sbo-02", "L1", "docx", "sbo", D(2025, 9, 22), {'ondersteuningsbehoefte': 'instruction', 'doelen': 'deleted', 'instemming_ouders': 'partial'}, (), {},
     "needs only the format's instruction; goals only as a tracked deletion; partial consent"),
    ("sbo-03", "L4", "odt2pdf", "sbo", D(2024, 11, 12), {'inbreng_leerling': 'absent', 'instemming_ouders': 'wg'}, ('ins_extra', 'comment_extra'), {},
     "complete groeidocument set before 1-8-2025; tracked insertion; comment"),
    ("sbo-04", "L5", "odt", "sbo", D(2025, 11, 4), {'uitstroombestemming': 'ref', 'belemmerende_factoren': 'generic', 'afwijkingen_onderwijsprogramma': 'unticked',
                                                     'instemming_ouders': 'refused'}, (), {},
     "destination only a reference; hindering factors about pupils in general; both deviation boxes unticked; consent refused"),
    ("sbo-05", "L8", "pdf", "sbo", D(2026, 1, 19), {'instemming_ouders': 'stated'}, (), {},
     "complete export; consent recorded as an e-mail statement with date"),
    ("sbo-06", "L6", "txt", "sbo", D(2025, 10, 13), {'instemming_ouders': 'wg', 'afwijkingen_onderwijsprogramma': 'none'}, (), {},
     "complete text export; explicit no deviations"),
    ("sbo-07", "L3", "docx2pdf", "sbo", D(2025, 3, 17), {'uitstroombestemming': 'dd_chosen', 'vaststelling': 'nodate', 'oogo': 'unticked',
                                                          'instemming_ouders': 'avg_only'}, (), {},
     "plan before 1-8-2025; destination chosen in a legacy drop-down; set-date blank; OOGO box unticked; only an AVG consent is signed"),
    ("sbo-08", "L5", "scan", "sbo", D(2025, 10, 27), {'instemming_ouders': 'blank_line', 'adviezen_professionals': 'absent'}, (), {},
     "scanned short form; parent signature lines blank; no expert advice"),
    # ---------------- so
    ("so-01", "L9", "docx", "so", D(2025, 10, 13), {'instemming_ouders': 'img'}, ('white_extra',), {},
     "complete perspectiefplan; hidden instructions; pupil's words in a text box; white 'concept' note; signature image"),
    ("so-02", "L9", "docx2pdf", "so", D(2025, 11, 24), {'adviezen_professionals': 'ref', 'inbreng_leerling': 'view_only', 'instemming_ouders': 'unticked',
                                                         'evaluatie': 'generic'}, (), {},
     "advice only 'zie verslag'; pupil's view in text box without what it changed; consent boxes unticked; evaluation generic"),
    ("so-03", "L1", "docx2pdf", "so", D(2026, 2, 2), {'instemming_ouders': 'wg'}, ('opmerkingen_placeholder', 'gegevens_placeholder'), {},
     "complete; empty content controls in non-element fields (phone, remarks)"),
    ("so-04", "L4", "odt", "so", D(2025, 9, 29), {'onderbouwing': 'deleted', 'doelen': 'placeholder', 'instemming_ouders': 'deleted', 'vaststelling': 'absent'}, (), {},
     "rationale only as tracked deletion; goals an ODF placeholder field; consent sentence deleted and blank signature; no set-date"),
    ("so-05", "L2", "docx2pdf", "so", D(2025, 5, 12), {'belemmerende_factoren': 'placeholder', 'bevorderende_factoren': 'absent', 'adviezen_professionals': 'generic',
                                                        'instemming_ouders': 'onder_protest', 'inbreng_leerling': 'absent'}, (), {},
     "plan before 1-8-2025; hindering-factor column only a placeholder; no helping-factor column; advice generic (no CvB); consent under protest"),
    ("so-06", "L7", "pdf", "so", D(2025, 12, 1), {'uitstroombestemming': 'instruction', 'ondersteuning': 'comment_only', 'instemming_ouders': 'comment_only'}, (), {},
     "destination only the format's instruction; support heading empty (content was in a comment, not printed); consent only a blank line"),
    ("so-07", "L8", "pdf", "so", D(2025, 9, 15), {'instemming_ouders': 'digital', 'evaluatie': 'white'}, (), {},
     "evaluation present only as white (invisible) text; otherwise complete, digital consent"),
    ("so-08", "L8", "scan", "so", D(2025, 2, 24), {'instemming_ouders': 'hand', 'inbreng_leerling': 'absent'}, (), {},
     "complete scanned export set before 1-8-2025; signed by hand"),
    # ---------------- vo
    ("vo-01", "L1", "docx", "vo", D(2025, 9, 22), {'instemming_ouders': 'stated'}, ('hidden_instr',), {},
     "complete; hidden instructions; consent recorded as statement with date"),
    ("vo-02", "L2", "docx", "vo", D(2025, 10, 20), {'onderbouwing': 'comment_only', 'ondersteuningsbehoefte': 'dots', 'inbreng_leerling': 'white',
                                                     'instemming_ouders': 'hidden'}, (), {},
     "rationale only in a comment; needs '...'; pupil's input in white text; consent only in hidden text with blank signature"),
    ("vo-03", "L3", "docx", "vo", D(2025, 11, 10), {'uitstroombestemming': 'dd_chosen', 'instemming_ouders': 'checkbox'}, (), {},
     "complete legacy form; destination chosen in drop-down; ticked legacy check box"),
    ("vo-04", "L5", "odt", "vo", D(2025, 6, 2), {'afwijkingen_onderwijsprogramma': 'none_ticked', 'instemming_ouders': 'wg', 'inbreng_leerling': 'absent'}, (), {},
     "complete short form before 1-8-2025; 'geen afwijkingen' ticked"),
    ("vo-05", "L6", "txt", "vo", D(2026, 1, 12), {'ondersteuning': 'ref', 'doelen': 'ntb', 'inbreng_leerling': 'empty', 'instemming_ouders': 'wg',
                                                   'informatie_rechten': 'ref'}, (), {},
     "support only a reference; goals placeholder; pupil question unanswered; rights only 'see school guide'"),
    ("vo-06", "L7", "pdf", "vo", D(2025, 10, 6), {'bevorderende_factoren': 'absent', 'afwijkingen_onderwijsprogramma': 'wel_empty', 'instemming_ouders': 'blank_line'}, (), {},
     "no helping factors; 'wel afwijkingen' ticked with nothing under it; reply slip unsigned"),
    ("vo-07", "L4", "odt2pdf", "vo", D(2025, 11, 17), {'evaluatie': 'absent', 'oogo': 'comment_only', 'instemming_ouders': 'white', 'belemmerende_factoren': 'instruction'}, (), {},
     "no evaluation; OOGO only in a comment; consent only white text; hindering factors only instruction"),
    ("vo-08", "L8", "pdf", "vo", D(2024, 12, 9), {'uitstroombestemming': 'generic', 'onderbouwing': 'absent', 'instemming_ouders': 'voor_gezien'}, (), {},
     "plan before 1-8-2025 (pupil view present but not required); destination generic; no rationale; 'voor gezien'"),
    ("vo-09", "L9", "docx", "vo", D(2025, 12, 15), {'adviezen_professionals': 'placeholder', 'vaststelling': 'ntb', 'instemming_ouders': 'stated'}, (), {},
     "advice a content-control placeholder; set-date 'n.t.b.'-like; consent stated"),
    # ---------------- pro
    ("pro-01", "L9", "docx2pdf", "pro", D(2025, 10, 13), {'uitstroombestemming': 'dd_chosen', 'instemming_ouders': 'wg'}, (), {},
     "complete; destination chosen in drop-down content control"),
    ("pro-02", "L9", "docx", "pro", D(2026, 2, 16), {'uitstroombestemming': 'dd_unchosen', 'inbreng_leerling': 'placeholder', 'instemming_ouders': 'no_date',
                                                      'afwijkingen_onderwijsprogramma': 'absent'}, (), {},
     "drop-down content control still 'Kies een item.'; pupil text box only placeholder; signature without date; deviations not mentioned"),
    ("pro-03", "L5", "odt2pdf", "pro", D(2025, 9, 8), {'ondersteuning': 'ntb', 'adviezen_professionals': 'dots', 'instemming_ouders': 'partial', 'vaststelling': 'nodate'}, (), {},
     "support placeholder; advice '...'; partial consent; no set-date"),
    ("pro-04", "L1", "docx", "pro", D(2024, 10, 7), {'instemming_ouders': 'checkbox'}, ('ins_extra',), {},
     "complete plan before 1-8-2025 (pupil view present, not required); ticked content-control box"),
    ("pro-05", "L6", "txt", "pro", D(2025, 10, 29), {'belemmerende_factoren': 'empty', 'bevorderende_factoren': 'empty', 'oogo': 'unticked',
                                                      'instemming_ouders': 'digital'}, (), {},
     "factor questions unanswered; OOGO box unticked; digital consent"),
    ("pro-06", "L7", "scan", "pro", D(2025, 11, 3), {'instemming_ouders': 'hand'}, (), {},
     "complete scanned letter signed by hand"),
    ("pro-07", "L4", "odt", "pro", D(2025, 9, 15), {'instemming_ouders': 'img', 'inbreng_leerling': 'view_only'}, (), {},
     "pupil's view in a frame without what it changed; otherwise complete"),
    # ---------------- vso
    ("vso-01", "L9", "docx", "vso", D(2025, 10, 6), {'instemming_ouders': 'adult'}, (), {'adult': True},
     "complete; adult pupil (handelingsbekwaam) consents himself; pupil-input rule not applicable"),
    ("vso-02", "L9", "docx2pdf", "vso", D(2025, 11, 17), {'instemming_ouders': 'parents_only_adult', 'evaluatie': 'ntb'}, (), {'adult': True},
     "adult pupil but only the parents signed; evaluation placeholder"),
    ("vso-03", "L1", "docx", "vso", D(2025, 10, 20), {'instemming_ouders': 'curator'}, (), {'curatele': True},
     "complete; adult pupil under curatele, curator consents; pupil heard"),
    ("vso-04", "L5", "odt", "vso", D(2026, 1, 26), {'instemming_ouders': 'pupil_only_curatele', 'inbreng_leerling': 'view_only', 'adviezen_professionals': 'ref'}, (), {'curatele': True},
     "pupil under curatele signs himself (no curator); pupil's view without effect; advice only reference"),
    ("vso-05", "L2", "docx2pdf", "vso", D(2025, 4, 14), {'uitstroombestemming': 'dots', 'afwijkingen_onderwijsprogramma': 'nvt_applies', 'adviezen_professionals': 'absent',
                                                         'instemming_ouders': 'wg', 'inbreng_leerling': 'absent'}, (), {},
     "plan before 1-8-2025; destination '...'; deviations 'n.v.t.' although the support row mentions own learning line and short days; no advice/CvB"),
    ("vso-06", "L8", "pdf", "vso", D(2025, 12, 8), {'onderbouwing': 'generic', 'ondersteuningsbehoefte': 'ref', 'inbreng_leerling': 'deleted', 'instemming_ouders': 'unticked'}, (), {},
     "rationale generic; needs only reference; pupil's input struck through; consent boxes unticked"),
    ("vso-07", "L6", "txt", "vso", D(2025, 9, 29), {'instemming_ouders': 'stated'}, (), {},
     "complete text export; consent stated by e-mail with date"),
    ("vso-08", "L1", "scan", "vso", D(2025, 10, 13), {'instemming_ouders': 'blank_line', 'evaluatie': 'absent', 'informatie_rechten': 'absent'}, (), {},
     "scan of a Word export; blank signature lines; no evaluation, no rights"),
    ("vso-09", "L7", "pdf", "vso", D(2026, 3, 2), {'instemming_ouders': 'adult'}, (), {'adult': True},
     "complete letter to an adult pupil who consents himself"),
]
OTHERS = [
    ("none-01", "folder", "odt2pdf", "none", "leaflet for parents explaining what an OPP is (not an OPP)"),
    ("none-02", "nieuwsbrief", "docx", "none", "school newsletter with an item about OPP talks (not an OPP)"),
    ("none-03", "avg", "pdf", "none", "signed AVG/photo consent form (not an OPP)"),
    ("blank-01", "L1", "docx", "po", "blank SWV format: all content controls empty; no pupil-input or rights sections"),
    ("blank-02", "L3", "docx", "vo", "blank legacy form: empty form fields, drop-down unchosen, boxes unticked"),
    ("blank-03", "L5", "odt", "sbo", "blank beknopt-OPP format"),
]
LAYOUT_NAMES = {"L1": "swv-genummerd (content controls, TOC, header/footer)", "L2": "domeintabel-liggend (merged cells, repeating header, nested table)",
                "L3": "legacy-formulier (FORMTEXT/FORMCHECKBOX/FORMDROPDOWN, frame, text box)", "L4": "groeidocument-odt (OPP as chapter 4, TOC, frame, annotations, tracked changes)",
                "L5": "beknopt-opp-odt (two-column form, merged section rows)", "L6": "vragen-tekstexport", "L7": "brief-met-antwoordstrook",
                "L8": "systeemexport-leerlingkompas", "L9": "perspectiefplan-vso-pro (drop-down control, text box, hidden instructions, nested table)",
                "folder": "folder-ouders", "nieuwsbrief": "nieuwsbrief", "avg": "avg-toestemmingsformulier"}


def render(layout, spec, c, path):
    {"L1": LD.l1_numbered, "L2": LD.l2_domain, "L3": LD.l3_legacy, "L9": LD.l9_vso, "L4": LO.l4_groei, "L5": LO.l5_beknopt,
     "L6": LX.l6_txt, "L7": LX.l7_letter, "L8": LX.l8_export}[layout](spec, c, path)


def src_ext(layout):
    return {"L1": "docx", "L2": "docx", "L3": "docx", "L9": "docx", "L4": "odt", "L5": "odt", "L7": "pdf", "L8": "pdf", "L6": "txt"}[layout]


def soffice_pdf(files):
    if not files:
        return
    env = dict(os.environ, SOURCE_DATE_EPOCH="1735689600", HOME=os.path.join(BUILD, "home"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", BUILD] + files, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_scan(src_pdf, out_pdf, key):
    import numpy as np
    from PIL import Image, ImageFilter
    r = rng_for(key)
    tmp = os.path.join(BUILD, key + "-scan")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, tmp], check=True)
    pages = []
    for i, f in enumerate(sorted(glob.glob(tmp + "*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        rs = np.random.RandomState(zlib_seed(key, i))
        a = a * 0.93 + 10 + rs.normal(0, 11, a.shape)
        speck = rs.random_sample(a.shape) < 0.0015
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.45)))
    import time
    fixed = time.gmtime(1735689600)
    pages[0].save(out_pdf, "PDF", save_all=True, append_images=pages[1:], resolution=110.0, creationDate=fixed, modDate=fixed,
                  title="scan", producer="scanner", creator="scanner")


def zlib_seed(key, i):
    import zlib
    return zlib.crc32(f"{key}:{i}".encode()) & 0x7fffffff


def main():
    shutil.rmtree(DOCS, ignore_errors=True)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    entries = []
    to_convert = []
    post = []  # (build pdf, final path) moves
    scans = []
    for sid, lay, fmt, st, date, v, extras, flags, note in SPECS:
        c = Ctx(sid, st, date, adult=flags.get('adult', False), curatele=flags.get('curatele', False))
        spec = {'v': v, 'extras': extras}
        el = prepare(spec, c)
        lab = labels(el)
        ext = src_ext(lay)
        if fmt in ("docx", "odt", "txt") or (fmt == "pdf" and ext == "pdf"):
            out = os.path.join(DOCS, f"{sid}.{ext}")
            render(lay, spec, c, out)
            final_fmt = ext
        elif fmt in ("docx2pdf", "odt2pdf"):
            src = os.path.join(BUILD, f"{sid}.{ext}")
            render(lay, spec, c, src)
            to_convert.append(src)
            post.append((os.path.join(BUILD, f"{sid}.pdf"), os.path.join(DOCS, f"{sid}.pdf")))
            final_fmt = "pdf"
        elif fmt == "scan":
            src = os.path.join(BUILD, f"{sid}-src.{ext}")
            render(lay, spec, c, src)
            if ext != "pdf":
                to_convert.append(src)
            scans.append((os.path.join(BUILD, f"{sid}-src.pdf"), os.path.join(DOCS, f"{sid}.pdf"), sid))
            final_fmt = "pdf"
        acc = ["instemming_ouders"] if fmt == "scan" else []
        fmt_note = {"docx": "DOCX", "odt": "ODT", "txt": "plain text", "pdf": "PDF made directly (reportlab)",
                    "docx2pdf": "PDF exported from DOCX by soffice", "odt2pdf": "PDF exported from ODT by soffice",
                    "scan": f"image-only scan of a {ext.upper()} rendering (noise, skew)"}[fmt]
        who = " Adult pupil (handelingsbekwaam)." if flags.get('adult') else " Adult pupil under curatele." if flags.get('curatele') else ""
        entries.append({"file": f"docs/{sid}.{final_fmt}", "format": final_fmt, "layout": LAYOUT_NAMES[lay], "school_type": st,
                        "scanned": fmt == "scan", "elements": lab, "accept_unclear": acc,
                        "notes": f"{fmt_note}; plan set {date.isoformat()}.{who} {note}."})
    # non-OPPs and blank formats
    for sid, lay, fmt, st, note in OTHERS:
        c = Ctx(sid, st if st != "none" else "po", D(2025, 10, 1))
        if sid == "none-01":
            src = os.path.join(BUILD, f"{sid}.odt")
            LO.leaflet(src)
            to_convert.append(src)
            post.append((os.path.join(BUILD, f"{sid}.pdf"), os.path.join(DOCS, f"{sid}.pdf")))
            ffmt = "pdf"
            lab = {e: "missing" for e in ELEMENTS}
        elif sid == "none-02":
            LD.newsletter(os.path.join(DOCS, f"{sid}.docx"))
            ffmt = "docx"
            lab = {e: "missing" for e in ELEMENTS}
        elif sid == "none-03":
            LX.avg_form(os.path.join(DOCS, f"{sid}.pdf"))
            ffmt = "pdf"
            lab = {e: "missing" for e in ELEMENTS}
        elif sid == "blank-01":
            LD.blank_l1(c, os.path.join(DOCS, f"{sid}.docx"))
            ffmt = "docx"
            lab = {e: "incomplete" for e in ELEMENTS}
            lab['inbreng_leerling'] = 'missing'
            lab['informatie_rechten'] = 'missing'
        elif sid == "blank-02":
            v = {e: 'placeholder' for e in ELEMENTS}
            v.update({'uitstroombestemming': 'dd_unchosen', 'afwijkingen_onderwijsprogramma': 'unticked', 'oogo': 'unticked',
                      'instemming_ouders': 'blank_form'})
            LD.l3_legacy({'v': v, 'extras': ()}, c, os.path.join(DOCS, f"{sid}.docx"), blank=True)
            ffmt = "docx"
            lab = {e: "incomplete" for e in ELEMENTS}
        elif sid == "blank-03":
            v = {e: 'empty' for e in ELEMENTS}
            v.update({'afwijkingen_onderwijsprogramma': 'unticked', 'instemming_ouders': 'blank_form'})
            LO.l5_beknopt({'v': v, 'extras': ()}, c, os.path.join(DOCS, f"{sid}.odt"), blank=True)
            ffmt = "odt"
            lab = {e: "incomplete" for e in ELEMENTS}
        entries.append({"file": f"docs/{sid}.{ffmt}", "format": ffmt, "layout": LAYOUT_NAMES[lay], "school_type": st, "scanned": False,
                        "elements": lab, "accept_unclear": [], "notes": note + "."})
    soffice_pdf(to_convert)
    for a, b in post:
        shutil.move(a, b)
    for src, out, key in scans:
        make_scan(src, out, key)
    entries.sort(key=lambda e: e["file"])
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    lines = [open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()]
    for e in entries:
        lines.append(f"- `{e['file']}` ({e['school_type']}, {e['layout'].split(' (')[0]}): {e['notes']}")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
