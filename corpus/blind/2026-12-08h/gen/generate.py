# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP corpus, round 60 (2026-12-08h).

Usage:  python generate.py            (from this folder, with the venv's python)
Writes ../docs/*, ../labels.json. Intermediate files go to /work/blind61/build.
Needs: python-docx, reportlab, pillow, numpy; LibreOffice (soffice) and poppler (pdftoppm) on PATH.
"""
import json
import os
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blocks import to_docx, to_rl, to_html, to_text, normalize_zip  # noqa: E402
from canvas_layouts import render_form  # noqa: E402
from content import ELEMENTS  # noqa: E402
from layouts import LAYOUTS  # noqa: E402
from nonopp import leaflet, newsletter, blank_plan  # noqa: E402
from plan import build  # noqa: E402

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
BUILD = os.environ.get("BLIND_BUILD", "/work/blind61/build")
SIGS = os.path.join(BUILD, "sig")

# fmt: how the file is produced. pdf-lo = DOCX exported by LibreOffice; pdf-rl = reportlab platypus;
# pdf-html = HTML page 'printed' to PDF by LibreOffice; pdf-acro = fillable AcroForm; pdf-overlay = values stamped
# over a pre-drawn form grid; scan:<fmt> = that PDF rendered to images with noise and skew.
D = []


def d(id, layout, fmt, type, profile, date, uit, **kw):
    kw.update(id=id, layout=layout, fmt=fmt, type=type, profile=profile, date=date, uit=uit)
    D.append(kw)


d("b01", "twocol", "pdf-lo", "po", "A", "2025-10-14", "vmbo gemengde/theoretische leerweg (gl/tl)",
  note="complete plan")
d("b02", "domain", "pdf-rl", "po", "H", "2024-11-05", "havo/vwo", v={"ncols": 2},
  note="complete plan set before 1 Aug 2025: no pupil section, inbreng not applicable")
d("b03", "split", "pdf-rl", "sbo", "C", "2025-09-30", "praktijkonderwijs", consent="voor_gezien",
  note="parents signed with 'voor gezien', akkoord box not ticked")
d("b04", "acro", "pdf-acro", "so", "E", "2025-11-03", "regulier vo: vmbo basisberoepsgerichte leerweg met leerwegondersteuning",
  note="complete plan in a filled fillable form; advice of the commissie voor de begeleiding included")
d("b05", "beknopt", "docx", "vo", "A", "2025-10-01", "havo", v={"cc": True}, seed="b05",
  st={"ondersteuning": "word", "doelen": "word"}, consent="unticked",
  note="content controls; support and goals still show Word's placeholder 'Klik of tik om tekst in te voeren.'; consent box unticked, no signature")
d("b06", "beknopt", "pdf-lo", "vo", "A", "2025-10-01", "havo", v={"cc": True}, seed="b05",
  st={"ondersteuning": "word", "doelen": "word"}, consent="unticked",
  note="PDF export of b05 (same plan, same gaps)")
d("b07", "groei", "odt", "pro", "F", "2025-09-15", "arbeid: medewerker horeca/bedrijfskantine (regulier werk met jobcoach)",
  st={"afwijkingen_onderwijsprogramma": "none"}, note="complete groeidocument with OPP chapter; explicit 'geen afwijkingen'")
d("b08", "groei", "pdf-lo", "pro", "C", "2024-06-20", "mbo entree (niveau 1), daarna arbeid in de logistiek",
  afwijking="Eigen leerlijn rekenen en taal op 1F-niveau volgens het leerplan praktijkonderwijs; {naam} volgt geen examenprogramma.",   st={"adviezen_professionals": "zie", "informatie_rechten": "missing"},
  note="plan of June 2024; advice only 'zie verslag'; no information on rights")
d("b09", "domain", "pdf-lo", "vso", "B", "2025-10-20", "profiel vervolgonderwijs: mbo niveau 2 (ICT-beheer)", v={"ncols": 3},
  adult="bekwaam", age=19, consent="adult_self", afwijking="Aangepast programma: één dag per week interne stage in de ICT-werkplaats van de school in plaats van theorievakken.",
  note="adult (19), handelingsbekwaam pupil signs himself; inbreng not applicable; three-column domain tables")
d("b10", "twocol", "docx", "vso", "F", "2025-11-10", "profiel dagbesteding: arbeidsmatige dagbesteding", adult="curatele", age=18,
  consent="curatele_pupil_only", curator="mr. W. Hazeleger",
  note="pupil (18) under curatele signed himself; the curator's line is blank -> consent incomplete; inbreng applies and is present")
d("b11", "acro", "pdf-acro", "vso", "F", "2026-01-12", "profiel arbeidsmarktgericht: beschut werk in de groenvoorziening",
  adult="curatele", age=19, consent="curatele_curator", curator="mw. mr. J. Oosterwolde",
  note="pupil under curatele; curator signed and dated; complete")
d("b12", "export", "pdf-html", "sbo", "D", "2025-12-02", "vmbo basisberoepsgerichte leerweg met lwoo",
  st={"oogo": "partial", "evaluatie": "missing", "informatie_rechten": "missing"},
  note="system export printed to PDF; OOGO date left as '...'; no evaluation, no rights")
d("b13", "export", "txt", "po", "E", "2023-10-10", "vmbo kaderberoepsgerichte leerweg",
  note="plain-text system export of a complete 2023 plan; inbreng not applicable")
d("b14", "overlay", "pdf-overlay", "so", "D", "2025-10-08", "vso cluster 4, profiel vervolgonderwijs (vmbo-kader)",
  consent="refused", st={"inbreng_leerling": "partial", "oogo": "dots"},
  note="values stamped over a form grid; consent refused ('niet akkoord' ticked); pupil's view without what it changed; OOGO '...'")
d("b15", "letter", "pdf-lo", "vo", "G", "2025-09-25", "havo-diploma (profiel Cultuur en Maatschappij)", consent="onder_protest",
  note="letter with summary tables and a reply slip; parents signed 'onder protest'; reduced timetable described")
d("b16", "split", "docx", "po", "C", "2025-11-20", "vmbo basisberoepsgerichte leerweg met lwoo",
  st={"afwijkingen_onderwijsprogramma": "aanvullen", "evaluatie": "partial"},
  note="long handelingsdeel table with repeated header row; deviations 'nog aanvullen' although an own learning line is implied; evaluation date n.t.b.")
d("b17", "twocol", "scan:pdf-lo", "sbo", "D", "2025-10-28", "vmbo kaderberoepsgerichte leerweg", accept=["instemming_ouders"],
  note="scan of a complete plan; signature only as handwriting")
d("b18", "domain", "scan:pdf-rl", "vo", "B", "2024-09-18", "vmbo theoretische leerweg", v={"ncols": 2},
  st={"bevorderende_factoren": "empty"}, accept=["instemming_ouders"],
  note="scan; 2024 plan; every 'Bevorderend' cell of the domain tables left empty")
d("b23", "acro", "pdf-acro", "po", "A", "2025-10-06", "havo",
  st={"ondersteuning": "empty", "doelen": "empty", "evaluatie": "empty", "inbreng_leerling": "empty"}, consent="unticked", vast="nodate",
  note="fillable form only half filled: support, goals, evaluation and pupil's view fields empty; consent box unticked; no date of vaststelling")
d("b24", "split", "pdf-rl", "vso", "B", "2025-10-02", "profiel arbeidsmarktgericht: orderpicker in de logistiek met begeleiding", age=16,
  afwijking="Aangepast programma: één dag per week interne stage in de schoolwerkplaats in plaats van theorievakken.",
  note="complete vso plan; long table split over pages with repeated header")
d("b25", "beknopt", "pdf-lo", "vso", "F", "2025-08-28", "profiel dagbesteding: activerende dagbesteding op een zorgboerderij", age=17,
  consent="school_only", note="short form; only the school signed, parents' line blank")
d("b26", "groei", "pdf-lo", "so", "B", "2025-03-11", "vso cluster 4, profiel vervolgonderwijs (vmbo-tl)", revised="2025-09-30",
  st={"afwijkingen_onderwijsprogramma": "none", "inbreng_leerling": "missing"},
  note="set March 2025 but revised 30 Sep 2025: pupil's input required and absent")
d("b27", "overlay", "pdf-overlay", "pro", "C", "2025-11-05", "-", st={"uitstroombestemming": "ntb", "onderbouwing": "missing", "evaluatie": "xx"},
  afwijking="Eigen leerlijn rekenen en taal op 1F-niveau volgens het leerplan praktijkonderwijs; {naam} volgt geen examenprogramma.",   note="destination 'n.t.b.', no onderbouwing; evaluation 'xx'")
d("b28", "twocol", "odt", "vo", "A", "2025-12-10", "voortgezet onderwijs (niveau nog niet bekend)", st={"uitstroombestemming": "short"},
  uit_short="Voortgezet onderwijs (niveau nog niet bekend)", consent="no_date", vast="nodate",
  note="destination without a level; parents' signature without date; vaststelling names the director but has no date")
d("b29", "domain", "docx", "po", "A", "2025-10-30", "havo", v={"ncols": 3},
  st={"ondersteuningsbehoefte": "instr", "doelen": "instr"}, consent="other_consent",
  note="format instructions left in the needs column and the goals; AVG/photo consent signed but no consent to the handelingsdeel")
d("b30", "letter", "docx", "sbo", "C", "2025-09-12", "praktijkonderwijs", note="complete letter-style plan with reply slip (signed)")
d("b31", "acro", "scan:pdf-acro", "so", "E", "2024-10-01", "regulier vo: vmbo basisberoepsgerichte leerweg met lwoo",
  accept=["instemming_ouders", "afwijkingen_onderwijsprogramma"], note="scan of a printed, filled form; 2024 plan; ticks only readable on the image")
d("b32", "export", "pdf-html", "vso", "G", "2025-11-18", "profiel vervolgonderwijs: mbo niveau 2 (zorg en welzijn)", age=17,
  note="complete vso plan, system export printed to PDF")
d("b33", "groei", "odt", "vo", "D", "2025-10-06", "vmbo kaderberoepsgerichte leerweg", st={"belemmerende_factoren": "seeother"},
  note="OPP chapter refers to chapter 2 for the factors, which does contain them (present); complete")
d("b34", "beknopt", "pdf-rl", "po", "H", "2025-09-08", "vwo",
  st={"onderbouwing": "empty", "adviezen_professionals": "empty", "informatie_rechten": "missing"}, consent="blank",
  note="label cells with empty value cells (onderbouwing, advice); no rights; all signature lines blank")
d("b35", "domain", "odt", "sbo", "D", "2026-02-02", "vmbo basisberoepsgerichte leerweg", v={"ncols": 2}, consent="partial", vast="concept",
  st={"doelen": "vague"}, note="consent 'gedeeltelijk akkoord'; goals vague and not checkable; marked CONCEPT, not yet set")
d("b36", "acro", "pdf-acro", "vo", "G", "2025-10-16", "vwo (atheneum)", consent="unticked", st={"doelen": "brackets"},
  note="fillable form; goals field '[tekst]'; consent box unticked and signature field empty")
d("b37", "twocol", "pdf-rl", "pro", "F", "2024-03-14", "arbeid: medewerker bedrijfskantine (regulier werk met jobcoach)",
  st={"afwijkingen_onderwijsprogramma": "none"}, note="complete 2024 plan; inbreng not applicable")
d("b38", "letter", "pdf-rl", "vso", "F", "2025-10-27", "profiel arbeidsmarktgericht: medewerker keuken in een zorginstelling",
  adult="bekwaam", age=20, consent="adult_parents_only",
  note="adult handelingsbekwaam pupil (20): only the parents signed, the pupil's own line is blank -> consent incomplete")
d("b39", "split", "docx", "so", "E", "2025-12-15", "regulier vo: vmbo kaderberoepsgerichte leerweg",
  note="complete; explicit 'geen afwijkingen'; header row repeated")
d("b40", "beknopt", "scan:pdf-lo", "po", "C", "2025-10-09", "vmbo basisberoepsgerichte leerweg met lwoo", v={"cc": True},
  st={"evaluatie": "volgt"}, accept=["instemming_ouders"], note="scan; evaluation 'volgt na overleg'")
d("b41", "overlay", "pdf-overlay", "vo", "B", "2025-09-19", "havo", st={"adviezen_professionals": "zie", "ondersteuning": "partial"},
  note="values stamped after the grid; advice only 'zie verslag'; support rows without who/how often/from when")
d("b42", "acro", "pdf-acro", "sbo", "D", "2024-12-12", "vmbo kaderberoepsgerichte leerweg", note="complete filled form, 2024 plan")
d("b43", "export", "txt", "pro", "C", "2025-11-26", "mbo entree, daarna werk in de detailhandel",
  afwijking="Eigen leerlijn rekenen en taal op 1F-niveau volgens het leerplan praktijkonderwijs; {naam} volgt geen examenprogramma.",   st={"oogo": "missing"}, consent="missing", vast="missing", note="text export without OOGO, without any consent and without vaststelling (status 'Open')")
d("b44", "domain", "docx", "so", "D", "2025-10-13", "vso cluster 4, profiel vervolgonderwijs (vmbo-kader)", v={"ncols": 3},
  st={"bevorderende_factoren": "ntb"}, note="three-column domain tables; all 'Bevorderend' cells 'n.t.b.'")
d("b45", "twocol", "pdf-lo", "vso", "G", "2026-03-02", "profiel vervolgonderwijs: vmbo-tl diploma, daarna mbo niveau 4", age=17,
  note="complete vso plan")
d("b46", "letter", "pdf-rl", "po", "E", "2025-11-11", "vmbo kaderberoepsgerichte leerweg", st={"ondersteuningsbehoefte": "missing"},
  note="letter without a needs section")
d("b47", "split", "pdf-rl", "vo", "G", "2024-05-21", "havo", revised="2025-11-04",
  note="set May 2024, revised Nov 2025 with pupil's view and what changed; complete")
d("b48", "overlay", "scan:pdf-overlay", "sbo", "D", "2025-10-22", "vmbo basisberoepsgerichte leerweg", consent="voor_gezien",
  accept=["instemming_ouders", "afwijkingen_onderwijsprogramma"], note="scan; consent 'voor gezien'")
d("b49", "groei", "docx", "po", "A", "2025-09-29", "vmbo gemengde/theoretische leerweg (gl/tl)", consent="image_only",
  accept=["instemming_ouders"], note="parents' consent is a signature image with date, no typed name; present")
d("b50", "domain", "pdf-rl", "vo", "A", "2025-10-03", "havo", v={"ncols": 2}, note="complete; table per domain")
d("b51", "beknopt", "odt", "so", "B", "2025-11-27", "vso cluster 4, profiel vervolgonderwijs (havo)",
  st={"afwijkingen_onderwijsprogramma": "none"}, note="complete short form")
d("b52", "export", "md", "vso", "B", "2025-09-09", "profiel arbeidsmarktgericht: productiemedewerker metaal", age=16,
  afwijking="Aangepast programma: twee dagen per week stage bij een metaalbedrijf in plaats van lessen.",
  st={"informatie_rechten": "zie"}, note="markdown export; rights only 'zie de schoolgids'")
d("b53", "split", "scan:pdf-rl", "pro", "F", "2025-12-01", "arbeid: medewerker groenvoorziening", st={"afwijkingen_onderwijsprogramma": "none"},
  accept=["instemming_ouders"], note="scan of a complete plan")

# extra gaps, spread over the elements (merged into the specs above)
EXTRA = {
    "b03": ({"doelen": "aanvullen"}, None),
    "b08": ({"uitstroombestemming": "missing"}, "plan of June 2024 without a destination; advice only 'zie verslag'; no information on rights"),
    "b10": ({"belemmerende_factoren": "volgt"}, None),
    "b13": ({"belemmerende_factoren": "zie", "afwijkingen_onderwijsprogramma": "missing"},
            "plain-text system export of a 2023 plan; hindering factors only 'zie bijlage 2'; deviations not mentioned; inbreng not applicable"),
    "b15": ({"inbreng_leerling": "zie"}, None),
    "b16": ({"bevorderende_factoren": "missing"}, None),
    "b17": ({"afwijkingen_onderwijsprogramma": "missing"}, "scan; deviations not mentioned at all; signature only as handwriting"),
    "b25": ({"inbreng_leerling": "missing"}, None),
    "b26": ({"belemmerende_factoren": "zie"}, None),
    "b29": ({"informatie_rechten": "missing"}, None),
    "b32": ({"uitstroombestemming": "missing", "informatie_rechten": "dots"}, "vso system export printed to PDF without a destination field; rights '...'"),
    "b35": ({"afwijkingen_onderwijsprogramma": "missing"}, None),
    "b36": ({"onderbouwing": "instr"}, None),
    "b37": ({"belemmerende_factoren": "instr"}, "2024 plan; instruction text left in the hindering-factors cell; vaststelling 'nog invullen'; inbreng not applicable"),
    "b39": ({"adviezen_professionals": "missing", "ondersteuningsbehoefte": "dots"}, "so plan without any advice (no commissie voor de begeleiding); needs '...'; explicit 'geen afwijkingen'"),
    "b40": ({"afwijkingen_onderwijsprogramma": "unticked"}, None),
    "b42": ({"belemmerende_factoren": "empty", "afwijkingen_onderwijsprogramma": "unticked"}, "filled form of 2024 with the Belemmerend fields and the deviation boxes left empty"),
    "b46": ({"afwijkingen_onderwijsprogramma": "missing", "adviezen_professionals": "zie"}, None),
    "b48": ({"belemmerende_factoren": "ntb"}, None),
    "b49": ({"oogo": "missing", "evaluatie": "missing"}, None),
    "b52": ({"doelen": "dots"}, None),
    "b12": ({"doelen": "missing"}, None),
    "b41": ({"belemmerende_factoren": "missing"}, None),
    "b44": ({"uitstroombestemming": "volgt", "ondersteuning": "missing"}, None),
}
EXTRA_VAST = {"b37": "placeholder"}
EXTRA_ACCEPT = {"b40": ["afwijkingen_onderwijsprogramma"]}
for _s in D:
    if _s["id"] in EXTRA:
        st_, note_ = EXTRA[_s["id"]]
        _s.setdefault("st", {}).update(st_)
        if note_:
            _s["note"] = note_
    if _s["id"] in EXTRA_VAST:
        _s["vast"] = EXTRA_VAST[_s["id"]]
    if _s["id"] in EXTRA_ACCEPT:
        _s["accept"] = _s.get("accept", []) + EXTRA_ACCEPT[_s["id"]]

NONOPP = [
    dict(id="b19", kind="leaflet", fmt="pdf-rl", note="leaflet for parents explaining what an OPP is (not an OPP)"),
    dict(id="b20", kind="newsletter", fmt="pdf-lo", note="school newsletter mentioning the OPP (not an OPP)"),
    dict(id="b21", kind="blank-beknopt", fmt="docx", note="blank 'beknopt OPP' format with content controls and instructions (not an OPP)"),
    dict(id="b22", kind="blank-acro", fmt="pdf-acro", note="blank fillable OPP form, all fields empty (not an OPP)"),
]

LAYOUT_NAMES = {"twocol": "twocol-numbered", "domain": "domain-table", "split": "handelingsdeel-split", "acro": "fillable-form",
                "beknopt": "beknopt-form", "groei": "groeidocument", "export": "system-export", "overlay": "overlay-form",
                "letter": "letter-table"}


def soffice(files, target, outdir):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(BUILD, "lohome"))
    for i in range(0, len(files), 12):
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", target, "--outdir", outdir] + files[i:i + 12],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scanify(pdf, out, seed):
    tmp = os.path.join(BUILD, "scan", os.path.basename(out)[:-4])
    os.makedirs(os.path.dirname(tmp), exist_ok=True)
    for f in os.listdir(os.path.dirname(tmp)):
        if f.startswith(os.path.basename(tmp) + "-"):
            os.remove(os.path.join(os.path.dirname(tmp), f))
    subprocess.run(["pdftoppm", "-r", "130", "-gray", "-png", pdf, tmp], check=True)
    pages = sorted(f for f in os.listdir(os.path.dirname(tmp)) if f.startswith(os.path.basename(tmp) + "-"))
    rng = np.random.default_rng(seed)
    ims = []
    for f in pages:
        im = Image.open(os.path.join(os.path.dirname(tmp), f)).convert("L")
        ang = float(rng.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rng.normal(0, 9, a.shape)
        sp = rng.random(a.shape)
        a[sp < 0.0015] = 40
        a[sp > 0.9985] = 255
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        ims.append(im)
    import datetime
    import time
    fixed = time.strptime("2026-01-05 09:00:00", "%Y-%m-%d %H:%M:%S")
    ims[0].save(out, save_all=True, append_images=ims[1:], resolution=130, creationDate=fixed, modDate=fixed, producer="ScanStation 2")


def fix_pdf_dates(path):
    """Same-length replacement of LibreOffice's creation date and document ID (keeps xref offsets valid)."""
    import re
    b = open(path, "rb").read()

    def dt(m):
        v = m.group(2)
        fixed = b"20260105090000" + b"+01'00'"
        return m.group(1) + (fixed[:len(v)] if len(v) <= len(fixed) else v) + b")"
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)", dt, b)
    b = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"B61" + b"0" * 29 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, b)
    open(path, "wb").write(b)


def fix_odt_meta(path):
    import re
    import zipfile as zf
    with zf.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for n, data in items:
        if n == "meta.xml":
            data = re.sub(rb"(<meta:creation-date>)[^<]*(<)", rb"\g<1>2026-01-05T09:00:00\g<2>", data)
            data = re.sub(rb"(<dc:date>)[^<]*(<)", rb"\g<1>2026-01-05T09:00:00\g<2>", data)
            data = re.sub(rb"(<meta:editing-duration>)[^<]*(<)", rb"\g<1>PT0S\g<2>", data)
        if n == "settings.xml":
            data = re.sub(rb'(config:name="(?:Rsid|RsidRoot)" config:type="int">)[0-9]+(<)', rb"\g<1>610061\g<2>", data)
        out.append((n, data))
    with zf.ZipFile(path, "w") as z:
        for n, data in out:
            zi = zf.ZipInfo(n, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zf.ZIP_STORED if n == "mimetype" else zf.ZIP_DEFLATED
            z.writestr(zi, data)


def out_ext(fmt):
    base = fmt.split(":")[-1]
    return {"docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}.get(base, "pdf")


def main():
    for p in (DOCS, BUILD, SIGS, os.path.join(BUILD, "lo")):
        os.makedirs(p, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    to_lo_pdf, to_lo_odt, to_lo_html, scans, records = [], [], [], [], []
    plans = {}
    for spec in D:
        pl = build(spec)
        plans[spec["id"]] = pl
        lay = spec["layout"]
        fmt = spec["fmt"]
        base = fmt.split(":")[-1]
        stem = "%s-%s-%s" % (spec["id"], spec["type"], LAYOUT_NAMES[lay])
        final = os.path.join(DOCS, stem + "." + out_ext(fmt))
        target = final if not fmt.startswith("scan:") else os.path.join(BUILD, stem + "-clean.pdf")
        if lay in ("acro", "overlay"):
            render_form(pl, target, "acro" if lay == "acro" else "overlay", SIGS)
        else:
            blocks, meta = LAYOUTS[lay](pl, spec.get("v", {}))
            if base == "docx":
                to_docx(blocks, target, meta, SIGS)
            elif base in ("pdf-lo", "odt"):
                src = os.path.join(BUILD, "lo", (stem + "-clean" if fmt.startswith("scan:") else stem) + ".docx")
                to_docx(blocks, src, meta, SIGS)
                (to_lo_odt if base == "odt" else to_lo_pdf).append((src, target))
            elif base == "pdf-rl":
                to_rl(blocks, target, meta, SIGS)
            elif base == "pdf-html":
                src = os.path.join(BUILD, "lo", stem + ".html")
                to_html(blocks, src, meta, SIGS)
                to_lo_html.append((src, target))
            elif base in ("txt", "md"):
                to_text(blocks, target, meta, md=(base == "md"))
        if fmt.startswith("scan:"):
            scans.append((target, final, int(spec["id"][1:])))
        records.append((spec, pl, final))
    # non-OPPs
    nrec = []
    for n in NONOPP:
        stem = "%s-none-%s" % (n["id"], n["kind"])
        final = os.path.join(DOCS, stem + "." + out_ext(n["fmt"]))
        if n["kind"] == "leaflet":
            b, m = leaflet()
            to_rl(b, final, m, SIGS)
        elif n["kind"] == "newsletter":
            b, m = newsletter()
            src = os.path.join(BUILD, "lo", stem + ".docx")
            to_docx(b, src, m, SIGS)
            to_lo_pdf.append((src, final))
        elif n["kind"] == "blank-beknopt":
            bp = blank_plan(plans["b05"], instructions=True)
            b, m = LAYOUTS["beknopt"](bp, {"cc": True})
            m["author"] = ""
            to_docx(b, final, m, SIGS)
        elif n["kind"] == "blank-acro":
            bp = blank_plan(plans["b23"], instructions=False)
            render_form(bp, final, "acro", SIGS, title="Ontwikkelingsperspectiefplan (OPP) \u2013 invulformulier", blank=True)
        nrec.append((n, final))
    # LibreOffice conversions
    outdir = os.path.join(BUILD, "lo", "out")
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    soffice([s for s, _ in to_lo_pdf], "pdf:writer_pdf_Export", outdir)
    soffice([s for s, _ in to_lo_odt], "odt", outdir)
    soffice([s for s, _ in to_lo_html], "pdf:writer_web_pdf_Export", outdir)
    for src, target in to_lo_pdf + to_lo_html + to_lo_odt:
        ext = os.path.splitext(target)[1]
        produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ext)
        shutil.copyfile(produced, target)
        if ext == ".odt":
            fix_odt_meta(target)
        else:
            fix_pdf_dates(target)
    for clean, final, seed in scans:
        scanify(clean, final, seed)
    # labels
    docs = []
    for spec, pl, final in records:
        fmt = spec["fmt"]
        entry = {"file": "docs/" + os.path.basename(final), "format": out_ext(fmt),
                 "layout": LAYOUT_NAMES[spec["layout"]], "school_type": spec["type"], "scanned": fmt.startswith("scan:"),
                 "elements": pl["labels"], "accept_unclear": spec.get("accept", []),
                 "notes": "%s; producer %s; plan %s%s%s. %s" % (
                     LAYOUT_NAMES[spec["layout"]], fmt, spec["date"],
                     (", revised " + spec["revised"]) if spec.get("revised") else "",
                     ", pupil %s (%d)" % (spec["adult"], pl["age"]) if spec.get("adult") else "",
                     spec.get("note", ""))}
        gaps = ["%s=%s" % (e, s) for e, s in pl["states"].items() if s not in ("present", "none", "na")]
        if pl["consent_variant"] != "signed":
            gaps.append("consent=%s" % pl["consent_variant"])
        if pl["vast_variant"] != "present":
            gaps.append("vaststelling=%s" % pl["vast_variant"])
        if gaps:
            entry["notes"] += " Gaps on purpose: " + ", ".join(gaps) + "."
        docs.append(entry)
    for n, final in nrec:
        docs.append({"file": "docs/" + os.path.basename(final), "format": out_ext(n["fmt"]), "layout": n["kind"],
                     "school_type": "none", "scanned": False, "elements": {e: "not_applicable" for e in ELEMENTS},
                     "accept_unclear": [], "notes": "producer %s. %s" % (n["fmt"], n["note"])})
    docs.sort(key=lambda x: x["file"])
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": docs}, f, ensure_ascii=False, indent=1)
    write_readme(docs)
    print("documents:", len(docs))




README_HEAD = """# Blind validation set, round 60 (2026-12-08h)

A labelled corpus of {n} invented Dutch documents: {nopp} OPPs (ontwikkelingsperspectiefplannen) and {nnon} documents
that are not an OPP. Theme of this round: **PDF tables and forms**. Plans whose content sits in tables laid out by
different PDF producers (LibreOffice export of DOCX, LibreOffice 'print' of an HTML system page, reportlab platypus
tables, a canvas form whose values are stamped over a pre-drawn grid, fillable AcroForms), two- and three-column
tables, a table per domain with belemmerend/bevorderend columns, long tables split across pages with a repeated header
row, merged section rows, label cells left of empty value cells, tick boxes and signatures inside table cells, Word
content controls (text and check boxes) and DOCX/ODT/TXT/MD versions.

Every name, school, place, samenwerkingsverband and organisation is invented. Written without seeing the checker,
its rules, corpora or tests.

## Files
- `docs/` the documents; `labels.json` the labels (format: corpus-format.md, version 1).
- `generator/` the deterministic generator (`python generator/generate.py`; fixed seeds, no clock). Needs python-docx,
  reportlab, pillow, numpy, LibreOffice (`soffice`) and poppler (`pdftoppm`). Text content, DOCX/ODT zips and reportlab
  PDFs are reproducible; PDFs written by LibreOffice carry LibreOffice's own creation date / document ID.
  - `content.py` invented profiles (pupil pictures) and texts; `plan.py` a document spec -> resolved plan + labels;
    `layouts.py` table layouts; `canvas_layouts.py` fillable form and overlay form; `blocks.py` DOCX / PDF / HTML / text
    back ends; `nonopp.py` the non-OPPs; `generate.py` the list of documents, conversions, scans, labels, this README.

## Layouts
| layout | what it looks like |
|---|---|
| twocol-numbered | numbered sections as merged, shaded header rows of one long two-column table (label cell left, value right); consent as tick boxes + a Rol/Naam/Datum/Handtekening table |
| domain-table | 4-column pupil data grid; then one small table per domain (merged domain title row, columns Belemmerend / Bevorderend, optionally a third column Onderwijsbehoefte); goals table, support table (wat/wie/hoe vaak/vanaf), tick boxes for deviations, advice table (deskundige/advies/wat doet de school) |
| handelingsdeel-split | data table, a Domein/Belemmerend/Bevorderend table, then one long 5-column handelingsdeel table (Nr/Onderdeel/Omschrijving/Wie/Wanneer) with merged section rows A-G that runs over pages with its header row repeated |
| fillable-form | AcroForm PDF: grey label cells with text fields next to them (values live in the fields, not in the page text), check boxes, signature boxes with a signature image; some fields empty |
| beknopt-form | short 'beknopt OPP' form: one two-column table of label cells and value cells; in the DOCX variants the values are Word content controls (empty ones show Word's placeholder 'Klik of tik om tekst in te voeren.') and the tick boxes are Word check-box controls |
| groeidocument | groeidocument with version table; the OPP is chapter 4; factors sit in chapter 2 in a Domein/Stimulerend/Belemmerend table |
| system-export | print of a pupil-administration system page (label/value rows, print header and footer): HTML printed to PDF by LibreOffice, or a TXT / Markdown export |
| overlay-form | canvas-drawn form in which all labels and grid lines are drawn first and all values (and the X in ticked boxes, signatures) are stamped afterwards, so the text order in the file differs from the visual order; three-column factor grid |
| letter-table | letter to the parents (or the adult pupil) with summary tables and a reply slip with tick boxes and a signature table |
| leaflet / newsletter / blank-beknopt / blank-acro | not an OPP |

## Label conventions (what a careful parents' adviser would conclude from what a reader can see)
- `present`: the element is there with real content. `incomplete`: a heading/label/field with nothing, a placeholder
  (`...`, `n.t.b.`, `nog aanvullen`, `volgt na overleg`, `[tekst]`, `xx`, Word's 'Klik of tik om tekst in te voeren.'),
  the format's own instruction left in, only a reference to something not included ('zie bijlage 2', 'zie verslag',
  'zie groepsplan', 'zie de schoolgids'), or only part of what the element needs (see below). `missing`: nothing in the
  document. `not_applicable`: see below. Truth is never `unclear`.
- A reference to another chapter **of the same document** that does contain the content counts as present (b33).
- uitstroombestemming: a destination without level or profile ('voortgezet onderwijs (niveau nog niet bekend)') is
  incomplete. A range inside one stream ('vmbo gl/tl', 'havo/vwo') counts as present.
- ondersteuning: rows with only 'what' and the who / how often / from when cells empty are incomplete.
- doelen: goals that cannot be checked ('Beter leren lezen', 'Meer zelfvertrouwen') are incomplete.
- adviezen_professionals: 'zie verslag' without the advice is incomplete; in so/vso the present cases always include
  the commissie voor de begeleiding.
- afwijkingen_onderwijsprogramma: described deviation = present; an explicit 'geen afwijkingen' (sentence or ticked
  box) = not_applicable; tick boxes with none ticked and an empty explanation, or a placeholder = incomplete; no
  mention at all = missing.
- oogo: 'Besproken met ouders op: ...' or '...' = incomplete.
- evaluatie: 'Datum: n.t.b.', 'volgt na overleg', 'xx' or an empty field = incomplete.
- inbreng_leerling: required when the plan was set or last revised on/after 1 August 2025. not_applicable when the plan
  was set and last revised before that date (whether or not a pupil section is shown) and for a vso pupil who is
  meerderjarig and handelingsbekwaam (b09, b38). A pupil under curatele (b10, b11) is not himself the party, so his
  input is required. The pupil's view without what it changed = incomplete. b26 was set in March 2025 but revised on
  30 September 2025 (version table), so its missing pupil section is `missing`; b47 was set in 2024 and revised in
  November 2025 with the pupil's view, so `present`.
- instemming_ouders: present = the right party agreed (ticked akkoord where the form has the box) and signed with a
  date, or the plan states the consent and its date (e-mail). incomplete = 'voor gezien', 'onder protest', refused
  ('niet akkoord' ticked), partial ('gedeeltelijk akkoord'), only the school signed, all lines blank, akkoord box
  unticked without signature, signature without date, the wrong party (adult handelingsbekwaam pupil whose parents
  signed but who did not sign himself, b38; pupil under curatele who signed but the curator did not, b10). A signed
  AVG/photo consent with no consent to the handelingsdeel = missing (b29). No consent section at all = missing.
  Where the parents' signature is only an image (no typed name) or only handwriting in a scan, the element is listed
  in `accept_unclear`.
- vaststelling: present = the date the school set the plan and by whom. 'Vastgesteld door' without a date, 'nog
  invullen', or a plan marked CONCEPT = incomplete; in those documents the school's signature line also has no date,
  so no other date can stand in for it. No vaststelling at all = missing. A letter's own date is not used as the
  vaststelling; letters state it in a sentence.
- informatie_rechten: present only if consent right and where to go (school, steunpunt/onderwijsconsulent,
  Geschillencommissie within six weeks) are explained; 'zie de schoolgids' = incomplete.
- Not an OPP (leaflet, newsletter, blank format, blank fillable form): every element `not_applicable`, school_type
  `none`. The blank formats have no pupil, no school and no dates; they are templates, not a deficient plan.
- Scans (`scanned: true`): page images without a text layer, slight skew and noise. Elements that depend on a
  handwritten signature or on a tick box that is only visible in the image are in `accept_unclear`.
"""


def write_readme(docs):
    from collections import Counter
    st = Counter()
    per_el = {e: Counter() for e in ELEMENTS}
    for d_ in docs:
        for e, s in d_["elements"].items():
            st[s] += 1
            per_el[e][s] += 1
    nnon = sum(1 for d_ in docs if d_["school_type"] == "none")
    out = [README_HEAD.format(n=len(docs), nopp=len(docs) - nnon, nnon=nnon)]
    out.append("## Counts\n")
    out.append("Formats: " + ", ".join("%s %d" % kv for kv in sorted(Counter(d_["format"] for d_ in docs).items())) +
               "; scanned: %d.\n" % sum(d_["scanned"] for d_ in docs))
    out.append("Producers: " + ", ".join("%s %d" % kv for kv in sorted(Counter(d_["notes"].split("producer ")[1].split(";")[0].split(".")[0] for d_ in docs).items())) + ".\n")
    out.append("School types: " + ", ".join("%s %d" % kv for kv in sorted(Counter(d_["school_type"] for d_ in docs).items())) + ".\n")
    out.append("Layouts: " + ", ".join("%s %d" % kv for kv in sorted(Counter(d_["layout"] for d_ in docs).items())) + ".\n")
    out.append("Labels over all (document, element) pairs: " + ", ".join("%s %d" % kv for kv in sorted(st.items())) + ".\n")
    out.append("| element | present | incomplete | missing | not_applicable |\n|---|---|---|---|---|")
    for e in ELEMENTS:
        c = per_el[e]
        out.append("| %s | %d | %d | %d | %d |" % (e, c["present"], c["incomplete"], c["missing"], c["not_applicable"]))
    out.append("\n## Documents\n")
    out.append("| file | type | format | notes |\n|---|---|---|---|")
    for d_ in docs:
        out.append("| %s | %s | %s%s | %s |" % (d_["file"], d_["school_type"], d_["format"], " (scan)" if d_["scanned"] else "",
                                               d_["notes"].replace("|", "/")))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
