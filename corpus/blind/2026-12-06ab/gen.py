#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06ab. Run: ../../../venv/bin/python gen.py
Fixed seeds, no clock: every date is written into the specs below."""
import json, os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import Ctx, ELEMENTS
from layouts import LAYOUTS
import render
import nonopp

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
CUTOFF = (2025, 8, 1)

# id, layout, format, school type, date set, mode overrides, options, note
# formats: docx | pdf-soffice (Word->PDF via LibreOffice) | odt (via LibreOffice) | pdf-rl (PDF made directly)
#          | pdf-form (fillable AcroForm) | txt | scan (image-only PDF of a Word->PDF rendering)
SPECS = [
 # ---- complete plans
 (1, "swv-onderdelen-abcd", "docx", "po", (2025, 10, 14), {"afwijkingen_onderwijsprogramma": "NA", "instemming_ouders": "P:img"}, {}, "complete; onderdeel A carries a 'voor gezien' signature, real consent in C with drawn signature"),
 (2, "groeidocument-deel4", "pdf-rl", "po", (2025, 11, 3), {"instemming_ouders": "P:digital"}, {}, "complete; consent as digital signature line from ouderportaal"),
 (3, "swv-onderdelen-abcd", "pdf-soffice", "sbo", (2026, 2, 10), {"instemming_ouders": "P:tick"}, {}, "complete; ticked akkoord box + drawn signature"),
 (4, "so-vso-cvb", "odt", "so", (2025, 9, 30), {"instemming_ouders": "P:img"}, {}, "complete; CvB advice present"),
 (5, "so-vso-cvb", "pdf-soffice", "vso", (2026, 3, 12), {"instemming_ouders": "P:adult", "inbreng_leerling": "NA:stmt"}, {"adult": True}, "complete; adult handelingsbekwaam pupil signs himself; inbreng n/a (pupil is the party)"),
 (6, "vo-vraagkoppen", "docx", "vo", (2025, 10, 21), {"afwijkingen_onderwijsprogramma": "NA", "instemming_ouders": "P:wg"}, {}, "complete; consent 'w.g.' with date; explicit no deviations"),
 (7, "brief", "txt", "vo", (2026, 1, 15), {"instemming_ouders": "P:stated"}, {}, "complete letter; consent stated with date and e-mail confirmation"),
 (8, "pro-opp-in-iop", "docx", "pro", (2025, 9, 25), {"instemming_ouders": "P:tick"}, {}, "complete; uitstroomprofiel ticked with toelichting"),
 (9, "vo-vraagkoppen", "pdf-form", "pro", (2026, 4, 8), {"instemming_ouders": "P:wg"}, {}, "complete; fillable PDF form, values in form fields"),
 (10, "lvs-export", "txt", "po", (2025, 3, 11), {"inbreng_leerling": "NA", "instemming_ouders": "P:wg"}, {}, "complete pre-August-2025 plan; no pupil section (n/a by date)"),
 (11, "so-vso-cvb", "odt", "vso", (2025, 11, 20), {"instemming_ouders": "P:curator"}, {"curatele": True}, "complete; adult pupil under curatele: curator consents, pupil heard"),
 (12, "beknopt-domeintabel", "pdf-rl", "sbo", (2024, 11, 5), {"inbreng_leerling": "NA:shown", "instemming_ouders": "P:img"}, {}, "complete pre-2025 short form; has a pupil view but the rule was not yet in force (n/a)"),
 (13, "beknopt-domeintabel", "pdf-rl", "vo", (2026, 9, 29), {"afwijkingen_onderwijsprogramma": "NA", "instemming_ouders": "P:img"}, {}, "complete short form with domain table"),
 (14, "groeidocument-deel4", "txt", "so", (2026, 10, 6), {"instemming_ouders": "P:digital"}, {}, "complete groeidocument text export; CvB advice"),
 (15, "pro-opp-in-iop", "odt", "pro", (2025, 6, 10), {"instemming_ouders": "P:img"}, {"revised": (2025, 11, 4)}, "complete; set June 2025 but revised Nov 2025 so pupil input required and present"),
 (16, "brief", "pdf-rl", "vso", (2026, 5, 19), {"instemming_ouders": "P:stated"}, {}, "complete letter-style vso plan incl. CvB advice; consent stated with date"),
 (17, "vo-vraagkoppen", "scan", "vo", (2025, 12, 2), {"instemming_ouders": "P:img"}, {}, "complete, scanned (image-only, skew+noise); drawn signature"),
 (18, "swv-onderdelen-abcd", "scan", "po", (2026, 1, 20), {"instemming_ouders": "P:img"}, {}, "complete, scanned; voor-gezien signature in A and consent signature in C"),
 # ---- plans with gaps
 (19, "swv-onderdelen-abcd", "docx", "po", (2025, 11, 12), {"instemming_ouders": "I:gezien", "doelen": "I:ref"}, {}, "consent in C signed 'voor gezien'; goals only 'zie groepsplan'"),
 (20, "groeidocument-deel4", "pdf-rl", "po", (2025, 10, 1), {"inbreng_leerling": "I:partial", "evaluatie": "I:ph", "instemming_ouders": "P:img"}, {}, "pupil view without what it changed; evaluation placeholder"),
 (21, "beknopt-domeintabel", "pdf-rl", "po", (2026, 2, 3), {"afwijkingen_onderwijsprogramma": "M", "informatie_rechten": "M", "vaststelling": "I:partial", "instemming_ouders": "P:img"}, {}, "silent on deviations; no rights info; vaststelling without date"),
 (22, "lvs-export", "txt", "po", (2025, 9, 18), {"onderbouwing": "I:blank", "ondersteuning": "I:gen", "instemming_ouders": "I:pending"}, {}, "empty onderbouwing heading; support text about all pupils; digital signature pending"),
 (23, "brief", "pdf-rl", "po", (2026, 3, 9), {"instemming_ouders": "M:avg", "adviezen_professionals": "I:ref", "uitstroombestemming": "I:partial"}, {}, "only AVG/photo consent signed, no OPP consent; advice only 'zie verslag'; destination 'voortgezet onderwijs'"),
 (24, "swv-onderdelen-abcd", "pdf-soffice", "sbo", (2025, 10, 28), {"instemming_ouders": "I:blankline", "inbreng_leerling": "I:guide", "oogo": "I:future"}, {}, "blank signature line with printed name; pupil field holds format guidance; OOGO 'volgt'"),
 (25, "groeidocument-deel4", "txt", "sbo", (2026, 1, 27), {"belemmerende_factoren": "I:ph", "afwijkingen_onderwijsprogramma": "I:untick", "evaluatie": "M", "instemming_ouders": "P:digital"}, {}, "placeholder factors; unticked deviation options; no evaluation"),
 (26, "beknopt-domeintabel", "pdf-rl", "sbo", (2025, 5, 20), {"inbreng_leerling": "NA", "instemming_ouders": "I:nodate", "doelen": "I:partial", "informatie_rechten": "M"}, {}, "pre-2025; signature without date; vague goals; no rights info"),
 (27, "lvs-export", "pdf-rl", "sbo", (2025, 12, 8), {"afwijkingen_onderwijsprogramma": "I:nvt", "ondersteuningsbehoefte": "I:gen", "instemming_ouders": "P:wg"}, {"extra_onderb": "Sinds groep 6 werkt {f} voor rekenen op een eigen leerlijn met als einddoel niveau E6."}, "deviations 'n.v.t.' while onderbouwing says own learning line; generic needs"),
 (28, "so-vso-cvb", "pdf-soffice", "so", (2026, 1, 13), {"adviezen_professionals": "I:partial", "instemming_ouders": "I:schoolonly", "bevorderende_factoren": "M"}, {}, "advice mentions a test only, no CvB advice; only school signed; no positive factors column"),
 (29, "so-vso-cvb", "odt", "so", (2025, 10, 9), {"uitstroombestemming": "I:untick", "onderbouwing": "I:guide", "instemming_ouders": "I:refused"}, {}, "destination options unticked; onderbouwing is format guidance; consent refused"),
 (30, "lvs-export", "txt", "so", (2024, 10, 15), {"inbreng_leerling": "NA", "instemming_ouders": "I:ref", "evaluatie": "I:gen", "vaststelling": "M"}, {}, "pre-2025; consent 'zie getekend exemplaar'; evaluation generic; no vaststelling"),
 (31, "groeidocument-deel4", "pdf-rl", "so", (2026, 6, 2), {"ondersteuning": "I:partial", "doelen": "I:cc", "informatie_rechten": "I:ref", "instemming_ouders": "P:img"}, {}, "support without who/how often/from when; goals = Word placeholder text; rights 'zie schoolgids'"),
 (32, "vo-vraagkoppen", "docx", "vo", (2025, 11, 25), {"doelen": "I:cc", "ondersteuningsbehoefte": "I:cc", "instemming_ouders": "I:untick"}, {}, "two content controls left on placeholder; consent boxes unticked, no signature"),
 (33, "vo-vraagkoppen", "pdf-soffice", "vo", (2026, 2, 17), {"inbreng_leerling": "M", "instemming_ouders": "I:protest", "adviezen_professionals": "M"}, {}, "no pupil input after Aug 2025; signed 'onder protest'; no advice section"),
 (34, "brief", "txt", "vo", (2025, 10, 7), {"instemming_ouders": "I:partial", "oogo": "I:partial", "evaluatie": "I:partial"}, {}, "partial consent; OOGO without when/who; evaluation without when/how"),
 (35, "beknopt-domeintabel", "pdf-rl", "vo", (2026, 10, 13), {"belemmerende_factoren": "I:blank", "bevorderende_factoren": "I:blank", "uitstroombestemming": "I:ph", "instemming_ouders": "P:img"}, {}, "domain table with empty columns; destination placeholder"),
 (36, "lvs-export", "pdf-rl", "vo", (2025, 12, 15), {"instemming_ouders": "I:later", "vaststelling": "I:ph", "inbreng_leerling": "I:nvt"}, {}, "parents 'tekenen later'; vaststelling placeholder; pupil input 'n.v.t.' although required"),
 (37, "vo-vraagkoppen", "pdf-form", "vo", (2026, 3, 24), {"instemming_ouders": "I:untick_signed", "doelen": "I:guide", "afwijkingen_onderwijsprogramma": "M"}, {}, "fillable form: signed but neither box ticked; goals field holds guidance; no deviations question"),
 (38, "pro-opp-in-iop", "docx", "pro", (2025, 10, 2), {"uitstroombestemming": "I:untick", "onderbouwing": "I:ref", "instemming_ouders": "I:gezien"}, {}, "uitstroomprofiel boxes unticked; onderbouwing 'zie'; signed voor gezien"),
 (39, "pro-opp-in-iop", "odt", "pro", (2026, 1, 21), {"ondersteuning": "I:guide", "evaluatie": "I:untick", "instemming_ouders": "M", "informatie_rechten": "M"}, {}, "support = guidance; evaluation boxes unticked; no consent section, no rights"),
 (40, "pro-opp-in-iop", "pdf-form", "pro", (2025, 11, 6), {"instemming_ouders": "I:blankline", "inbreng_leerling": "I:blank", "oogo": "M"}, {}, "fillable form; blank signature field; empty pupil field; no OOGO"),
 (41, "beknopt-domeintabel", "pdf-rl", "pro", (2026, 4, 14), {"adviezen_professionals": "I:ref", "vaststelling": "I:partial", "belemmerende_factoren": "M", "instemming_ouders": "P:tick"}, {}, "advice only reference; vaststelling without date; only positive factors column"),
 (42, "so-vso-cvb", "pdf-soffice", "vso", (2025, 12, 3), {"instemming_ouders": "I:wrongparty", "inbreng_leerling": "NA:stmt"}, {"adult": True}, "adult handelingsbekwaam pupil: mother signed, pupil's own line empty"),
 (43, "so-vso-cvb", "odt", "vso", (2026, 2, 24), {"uitstroombestemming": "I:untick", "ondersteuningsbehoefte": "I:gen", "oogo": "I:future", "instemming_ouders": "P:img"}, {}, "vso profile boxes unticked; generic needs; OOGO 'nog te plannen'"),
 (44, "brief", "pdf-rl", "vso", (2025, 4, 22), {"inbreng_leerling": "NA", "adviezen_professionals": "I:partial", "evaluatie": "M", "informatie_rechten": "I:partial", "instemming_ouders": "P:img"}, {}, "pre-2025 letter; no CvB advice (only mention of a test); no evaluation; rights without where to go"),
 (45, "so-vso-cvb", "txt", "vso", (2026, 9, 15), {"instemming_ouders": "I:wrongparty"}, {"curatele": True}, "pupil under curatele signed himself, curator line empty"),
 (46, "so-vso-cvb", "scan", "vso", (2026, 1, 8), {"instemming_ouders": "I:nodate", "afwijkingen_onderwijsprogramma": "M", "doelen": "I:ph"}, {}, "scan; signature without date; no deviations section; goals placeholder"),
 (47, "swv-onderdelen-abcd", "scan", "po", (2025, 11, 18), {"instemming_ouders": "I:gezien", "ondersteuning": "I:partial"}, {}, "scan; consent 'voor gezien'; support without who/when"),
 (48, "so-vso-cvb", "scan", "so", (2025, 10, 20), {"instemming_ouders": "P:img", "onderbouwing": "I:blank"}, {}, "scan; signed consent; empty onderbouwing heading"),
 (49, "swv-onderdelen-abcd", "docx", "sbo", (2026, 5, 12), {"vaststelling": "I:cc", "adviezen_professionals": "I:cc", "afwijkingen_onderwijsprogramma": "NA", "instemming_ouders": "P:img"}, {}, "signed; vaststelling and advice are content controls on placeholder"),
 (50, "lvs-export", "txt", "po", (2026, 11, 10), {"informatie_rechten": "I:gen", "inbreng_leerling": "I:ph", "instemming_ouders": "P:digital"}, {}, "rights text not informative; pupil input placeholder"),
]

NONOPP = [
 (51, "folder-ouders", "pdf-rl", "leaflet for parents 'Wat is een OPP?' describing all parts in general terms"),
 (52, "nieuwsbrief", "docx", "school newsletter mentioning OPP-gesprekken and evaluations"),
 (53, "leeg-format-abcd", "docx", "blank SWV format A-D: all fields empty or guidance, boxes unticked"),
 (54, "leeg-format-vraagkoppen", "pdf-soffice", "blank older VO format (no pupil or rights section), headings with guidance/empty"),
 (55, "sop-uittreksel", "txt", "excerpt of a schoolondersteuningsprofiel about OPPs"),
 (56, "uitnodiging-oppgesprek", "odt", "invitation letter to an OPP conversation"),
]


def status(mode):
    if mode.startswith("NA"):
        return "not_applicable"
    return {"P": "present", "I": "incomplete", "M": "missing"}[mode[0]]


def build_modes(date, over, opts):
    modes = {e: "P" for e in ELEMENTS}
    rev = opts.get("revised")
    pre = date < CUTOFF and (rev is None or rev < CUTOFF)
    if pre:
        modes["inbreng_leerling"] = "NA"
    if opts.get("adult"):
        modes["inbreng_leerling"] = "NA:stmt"
    modes.update(over)
    return modes


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="blind40_")
    labels = []
    to_pdf, to_odt, scans = [], [], []
    for (n, layout, fmt, st, date, over, opts, note) in SPECS:
        seed = 20261206 * 100 + n
        c = Ctx(seed, st, date, revised=opts.get("revised"), adult=opts.get("adult", False), curatele=opts.get("curatele", False))
        if "extra_onderb" in opts:
            c.extra_onderb = opts["extra_onderb"].format(f=c.first)
        modes = build_modes(date, over, opts)
        blocks, footer = LAYOUTS[layout](c, modes)
        sig = render.sig_png(seed, os.path.join(tmp, "sig%d.png" % n))
        stem = "d%02d-%s-%s" % (n, st, layout)
        ext = {"docx": "docx", "pdf-soffice": "pdf", "odt": "odt", "pdf-rl": "pdf", "pdf-form": "pdf", "txt": "txt", "scan": "pdf"}[fmt]
        fname = stem + "." + ext
        if fmt == "txt":
            render.to_txt(blocks, footer, os.path.join(DOCS, fname))
        elif fmt == "pdf-rl":
            render.to_pdf(blocks, footer, os.path.join(DOCS, fname), sig, seed)
        elif fmt == "pdf-form":
            render.to_pdf_form(blocks, footer, os.path.join(DOCS, fname), sig)
        elif fmt == "docx":
            render.to_docx(blocks, footer, os.path.join(DOCS, fname), sig)
        else:
            src = os.path.join(tmp, stem + ".docx")
            render.to_docx(blocks, footer, src, sig)
            if fmt == "pdf-soffice":
                to_pdf.append(src)
            elif fmt == "odt":
                to_odt.append(src)
            elif fmt == "scan":
                scans.append((src, fname, seed))
        unclear = ["instemming_ouders"] if fmt == "scan" else []
        labels.append({"file": "docs/" + fname, "format": "pdf" if ext == "pdf" else ext, "layout": layout + ("" if fmt != "scan" else " (scan)"),
                       "school_type": st, "scanned": fmt == "scan", "elements": {e: status(modes[e]) for e in ELEMENTS},
                       "accept_unclear": unclear,
                       "notes": "%s, %s; plan set %s%s. %s" % (layout, fmt, c.d(date), (", revised " + c.d(opts["revised"])) if opts.get("revised") else "", note)})
    for (n, kind, fmt, note) in NONOPP:
        seed = 20261206 * 100 + n
        res = nonopp.build(kind, seed)
        blocks, footer, modes = res
        sig = render.sig_png(seed, os.path.join(tmp, "sig%d.png" % n))
        stem = "d%02d-none-%s" % (n, kind)
        ext = {"docx": "docx", "pdf-soffice": "pdf", "odt": "odt", "pdf-rl": "pdf", "txt": "txt"}[fmt]
        fname = stem + "." + ext
        if fmt == "txt":
            render.to_txt(blocks, footer, os.path.join(DOCS, fname))
        elif fmt == "pdf-rl":
            render.to_pdf(blocks, footer, os.path.join(DOCS, fname), sig, seed, accent=(0.45, 0.1, 0.35))
        elif fmt == "docx":
            render.to_docx(blocks, footer, os.path.join(DOCS, fname), sig)
        else:
            src = os.path.join(tmp, stem + ".docx")
            render.to_docx(blocks, footer, src, sig)
            (to_pdf if fmt == "pdf-soffice" else to_odt).append(src)
        labels.append({"file": "docs/" + fname, "format": "pdf" if ext == "pdf" else ext, "layout": kind, "school_type": "none", "scanned": False,
                       "elements": {e: status(modes[e]) for e in ELEMENTS}, "accept_unclear": [], "notes": "%s, %s. %s" % (kind, fmt, note)})
    render.soffice_convert(to_pdf, "pdf", DOCS)
    render.soffice_convert(to_odt, "odt", DOCS)
    render.soffice_convert([s[0] for s in scans], "pdf", tmp)
    for src, fname, seed in scans:
        render.to_scan(os.path.join(tmp, os.path.basename(src)[:-5] + ".pdf"), os.path.join(DOCS, fname), seed, tmp)
    shutil.rmtree(tmp)
    for l in labels:
        assert os.path.exists(os.path.join(HERE, l["file"])), l["file"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
