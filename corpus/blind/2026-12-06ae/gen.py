# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06ae. Run with the venv python:
    /work/blind43/venv/bin/python gen.py
Fixed seeds, no clock. Needs soffice and pdftoppm on PATH."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import *
from gen_elements import Ctx, ELEMENTS, labels_for, IMAGE_CONSENT
from gen_layouts import LAYOUTS, D_leaflet, D_newsletter, D_avgform, D_tlvform
from gen_render import render_docx, render_pdf, render_txt, pdf_to_scan

DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "build")  # /work/blind43/build

SPECS = []


def S(id, st, profile, layout, fmt, date, consent, gaps=None, extras=(), note="", **kw):
    d = dict(id=id, st=st, profile=profile, layout=layout, fmt=fmt, date=date, consent=consent,
             gaps=gaps or {}, extras=list(extras), note=note, seed=1000 + int(id[1:]) * 17)
    d.update(kw)
    SPECS.append(d)


U, O, B_, V, N, SU, A, D, X, G, L, E, R, F = ("uitstroombestemming", "onderbouwing", "belemmerende_factoren",
    "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling")

# ---------------- complete plans
S("d01", "po", "po_a", "swv-genummerd", "pdf-word", (2025, 10, 14), "sig_table_full", extras=["avg_swv"],
  note="complete; multi-row signature table (both parents ticked 'ja', dated, signature images) plus signed AVG consent")
S("d02", "pro", "pro_a", "matrix-handelingsdeel", "pdf-word", (2025, 9, 23), "scanpage",
  note="complete; consent only on a scanned signature page (image) at the end, parents signed and dated")
S("d05", "sbo", "sbo_a", "domeintabel", "pdf-word", (2025, 11, 18), "digital", extras=["foto"],
  note="complete; digital signature stamp from parent portal, both parents 'akkoord'; photo consent next to it")
S("d06", "po", "po_b", "brief", "txt", (2025, 11, 26), "digital",
  note="complete letter-style plan as plain text; 'geen afwijkingen' stated (not_applicable); digital stamp")
S("d09", "so", "so_c4", "vso-profiel", "pdf-word", (2025, 9, 30), "wg", extras=["medicatie"],
  note="complete so plan incl. commissie voor de begeleiding; consent recorded as 'w.g.' with dates; medication consent")
S("d10", "vo", "vo_a", "domeintabel", "docx", (2025, 10, 15), "sig_table_full", sdt=True,
  note="complete; DOCX with real checkbox content controls; no deviations stated (not_applicable)")
S("d13", "vo", "vo_b", "matrix-handelingsdeel", "pdf-word", (2025, 10, 28), "email", extras=["avg_swv"],
  note="complete long vo plan; consent via quoted e-mail from mother (both parents agree), with date")
S("d14", "vso", "vso_dag", "beknopt", "pdf", (2025, 10, 1), "curator", curatele=True, age_add=1,
  note="complete short vso plan, pupil 19 under curatele: curator (mother) signs 'ja' with date; pupil heard (inbreng present)")
S("d17", "pro", "pro_a", "systeem-export", "pdf", (2025, 12, 2), "digital",
  note="complete system export with footers; digital stamp")
S("d18", "sbo", "sbo_a", "vragen", "pdf", (2024, 6, 18), "sig_table_full", revised=(2025, 10, 8),
  note="plan set June 2024 but evaluated and revised 8 Oct 2025 -> pupil input required and present; re-signed after revision")
S("d21", "vso", "vso_vv", "vso-profiel", "pdf", (2025, 10, 9), "adult_self", adult=True,
  note="complete; adult handelingsbekwaam pupil signs himself (inbreng not_applicable)")
S("d22", "po", "po_a", "systeem-export", "pdf-word", (2025, 12, 9), "sig_table_gezag",
  note="complete; mother signed, father's row 'n.v.t. – geen ouderlijk gezag'")
S("d25", "vso", "vso_arb", "groeidocument", "pdf-word", (2025, 11, 12), "sig_table_full",
  note="complete groeidocument with OPP chapter; vso minor pupil, parents sign in table")
S("d29", "po", "po_b", "vragen", "docx", (2024, 11, 5), "wg",
  note="complete plan set Nov 2024 (before 1 Aug 2025): inbreng not_applicable; 'w.g.' consent; no deviations stated")
S("d33", "sbo", "sbo_a", "brief", "pdf-word", (2025, 10, 20), "email", gaps={X: "ref_attached"},
  note="complete letter plan; adviezen only by reference to bijlage 2 which IS attached with the advice (present); e-mail consent")
S("d37", "vo", "vo_a", "groeidocument", "odt", (2025, 1, 21), "stated",
  note="complete, set Jan 2025 (inbreng not_applicable); consent stated by phone with date, recorded in dossier")
S("d41", "so", "so_c3", "swv-genummerd", "scan", (2025, 10, 7), "sig_table_full",
  note="complete so plan, scanned (image-only PDF, skew + noise)")
# ---------------- plans with gaps
S("d03", "po", "po_a", "swv-genummerd", "pdf-word", (2025, 10, 21), "voor_gezien", gaps={L: "nochange"}, extras=["avg_swv"],
  note="parents signed 'voor gezien' (not consent) while AVG consent is signed; pupil view without what it changed")
S("d04", "sbo", "sbo_a", "domeintabel", "pdf-word", (2025, 11, 11), "none", gaps={G: "omit", R: "omit"}, extras=["avg_swv", "foto"],
  note="no consent on the plan at all, only signed AVG and photo consents; no OOGO, no rights info")
S("d07", "so", "so_c4", "vso-profiel", "scan", (2025, 10, 2), "school_only", gaps={X: "no_cvb", E: "ph"},
  note="scan; only school signed (parent rows empty, unticked); external advice but no commissie voor de begeleiding; evaluation placeholder")
S("d08", "vo", "vo_a", "matrix-handelingsdeel", "pdf-word", (2025, 11, 6), "digital_pending", gaps={D: "vague", A: "nvt_contradicted"}, rooster=True,
  note="digital stamp only 'sent, awaiting signature'; vague goals; 'geen afwijkingen' while a reduced timetable is described")
S("d11", "pro", "pro_a", "groeidocument", "pdf-word", (2025, 10, 30), "wg_school_only", gaps={U: "unticked", O: "ref", F: "nodate"},
  note="w.g. only for school staff, parents' line blank; destination options none ticked; onderbouwing only a reference; vaststelling without date")
S("d12", "vso", "vso_vv", "vso-profiel", "pdf-word", (2025, 9, 16), "adult_parents_only", adult=True, gaps={SU: "generic"},
  note="adult handelingsbekwaam pupil: parents signed but the pupil (the party) did not; support described only generically")
S("d15", "vso", "vso_arb", "groeidocument", "docx", (2025, 11, 20), "curatele_pupil_only", curatele=True, age_add=2, gaps={L: "ph"},
  note="pupil under curatele signed himself, curator row empty; pupil input placeholder")
S("d16", "po", "po_b", "vragen", "pdf-word", (2025, 10, 13), "blank_line", gaps={B_: "instr", V: "instr", N: "instr"},
  note="format instructions left in for both factor lists and needs; blank signature lines")
S("d19", "sbo", "sbo_a", "swv-genummerd", "odt", (2025, 12, 1), "unticked", gaps={X: "ref", G: "unticked"},
  note="signature and date present but neither 'akkoord' nor 'niet akkoord' ticked; advice only 'zie verslag'; OOGO boxes unticked")
S("d20", "vo", "vo_b", "systeem-export", "pdf", (2025, 10, 22), "no_date", gaps={F: "ph", L: "empty"},
  note="parents signed without date; vaststelling placeholder; pupil-input field empty")
S("d23", "pro", "pro_a", "beknopt", "docx", (2025, 11, 3), "refused", sdt=True, gaps={A: "unticked", D: "ph", SU: "ph", R: "partial"},
  note="consent refused ('nee' ticked); deviations ja/nee unticked; goals and support placeholders; rights only partly")
S("d24", "so", "so_c3", "domeintabel", "pdf-word", (2025, 10, 27), "partial", gaps={V: "empty", N: "generic"},
  note="partial consent ('gedeeltelijk'); bevorderend column empty; needs written for every child")
S("d26", "po", "po_a", "groeidocument", "pdf-word", (2025, 9, 25), "email_noncommittal", gaps={O: "generic", G: "ph"},
  note="quoted parent e-mail only acknowledges receipt; onderbouwing generic; OOGO placeholder")
S("d27", "vso", "vso_dag", "beknopt", "txt", (2025, 10, 29), "onder_protest", age_add=-2, gaps={U: "ph", O: "omit"},
  note="signed 'onder protest'; destination placeholder; no onderbouwing")
S("d28", "vo", "vo_a", "vragen", "docx", (2025, 11, 13), "sig_table_full", sdt=True, gaps={L: "plchdr", E: "plchdr"}, extras=["tlv"],
  note="Word content-control placeholders 'Klik of tik om tekst in te voeren.' for pupil input and evaluation; consent genuine; TLV consent next to it")
S("d30", "sbo", "sbo_a", "systeem-export", "pdf-word", (2025, 10, 6), "digital", gaps={F: "omit", R: "omit", E: "omit"},
  note="no vaststelling, rights or evaluation; consent genuine (digital)")
S("d31", "po", "po_b", "beknopt", "pdf", (2025, 11, 24), "none", gaps={X: "omit", A: "omit", L: "nochange"}, extras=["medicatie"],
  note="only a signed medication consent, no consent on the plan; no advice; deviations silent; pupil view without effect")
S("d32", "so", "so_c4", "brief", "pdf", (2025, 10, 16), "wg", gaps={D: "generic", SU: "ref"},
  note="goals generic (for every pupil); support only a reference to groepsplan; consent w.g. genuine")
S("d34", "pro", "pro_a", "swv-genummerd", "pdf-word", (2025, 11, 19), "scanpage_school_only", gaps={U: "generic", B_: "ph"},
  note="scanned signature page with only school signatures; destination generic; belemmerend placeholder")
S("d35", "vo", "vo_b", "brief", "txt", (2025, 10, 10), "email", gaps={G: "omit", X: "omit", R: "partial"},
  note="no OOGO, no advice; rights partial; e-mail consent genuine")
S("d36", "vso", "vso_arb", "matrix-handelingsdeel", "pdf-word", (2025, 10, 23), "sig_table_full", gaps={U: "unticked", L: "generic"},
  note="three vso profiles listed, none ticked; pupil input generic; consent genuine")
S("d38", "po", "po_a", "domeintabel", "odt", (2025, 11, 10), "blank_line", gaps={D: "instr", SU: "instr"},
  note="handelingsdeel holds only the format's instructions; blank signature lines")
S("d39", "sbo", "sbo_a", "groeidocument", "scan", (2025, 10, 3), "voor_gezien", gaps={E: "generic", A: "ref"},
  note="scan; 'voor gezien'; evaluation 'volgens zorgcyclus'; deviations 'ja, zie bijlage' (not attached)")
S("d40", "so", "so_c4", "vragen", "txt", (2025, 11, 27), "digital", gaps={F: "nodate", X: "ph"},
  note="vaststelling without date; advice placeholder (no commissie advice); digital consent genuine")
S("d42", "vo", "vo_a", "swv-genummerd", "pdf", (2024, 10, 8), "school_only", gaps={E: "empty"}, extras=["avg_swv", "foto"],
  note="plan of Oct 2024 (inbreng not_applicable); school-only signatures next to signed AVG/photo consents; evaluation heading empty")
S("d43", "pro", "pro_a", "vragen", "pdf-word", (2025, 10, 1), "wg", gaps={N: "empty", V: "generic", O: "ph"},
  note="needs heading empty; bevorderend generic; onderbouwing 'volgt na overleg'-type placeholder; w.g. consent genuine")
S("d44", "vso", "vso_arb", "systeem-export", "docx", (2025, 11, 5), "sig_table_full", gaps={U: "ref", A: "nvt", R: "ref"},
  note="destination only 'zie transitieplan'; explicit no deviations; rights only via website reference")
S("d45", "po", "po_b", "beknopt", "scan", (2024, 9, 17), "blank_line", gaps={U: "ph"},
  note="scan of plan from Sept 2024 (inbreng not_applicable); destination placeholder; blank signature lines")
S("d46", "sbo", "sbo_a", "brief", "docx", (2025, 10, 9), "no_date", gaps={G: "generic"},
  note="letter plan; signatures without date; OOGO only generic sentence")
# ---------------- blank formats (non-filled)
BLANK_GAPS = {U: "instr", O: "instr", B_: "instr", V: "instr", N: "empty", SU: "empty", A: "instr", D: "empty",
              X: "instr", G: "instr", L: "instr", E: "instr", R: "omit", F: "instr"}
S("d49", "po", "po_a", "swv-genummerd", "docx", (2025, 8, 20), "blank_line", gaps=dict(BLANK_GAPS), blank=True,
  note="blank SWV format with instructions and empty tables; no rights paragraph in the format")
BG2 = dict(BLANK_GAPS); BG2.update({U: "unticked", R: "instr", A: "empty"})
S("d50", "vso", "vso_arb", "vso-profiel", "pdf-word", (2025, 8, 20), "blank_line", gaps=BG2, blank=True,
  note="blank vso format exported to PDF: profiles unticked, headings with instructions or nothing")
NONOPP = [("d47", "leaflet", "pdf", D_leaflet, "parents' leaflet explaining what an OPP is (mentions all elements generically)"),
          ("d48", "nieuwsbrief", "docx", D_newsletter, "school newsletter mentioning OPP evaluations and photo consent"),
          ("d51", "avg-toestemmingsformulier", "pdf-word", D_avgform, "AVG/photo/medication consent form, signed - not an OPP"),
          ("d52", "tlv-aanvraag", "odt", D_tlvform, "TLV request form with parents' consent to the TLV request; OPP not included")]

LAYOUT_OF = {s["id"]: s["layout"] for s in SPECS}


def soffice(paths, fmt, outdir):
    if not paths:
        return
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir] + paths, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    imgdir = os.path.join(BUILD, "img")
    os.makedirs(imgdir)
    entries = []
    to_pdf, to_odt, scans = [], [], []
    for s in SPECS:
        ctx = Ctx(s, imgdir)
        doc = LAYOUTS[s["layout"]](ctx)
        fmt = s["fmt"]
        base = f"{s['id']}-{s['st']}"
        sdt = s.get("sdt", False)
        if fmt in ("pdf-word", "odt") or (fmt == "scan" and s["layout"] not in ("beknopt",)):
            p = os.path.join(BUILD, base + ".docx")
            render_docx(doc, p, sdt=sdt)
            if fmt == "odt":
                to_odt.append(p)
            else:
                to_pdf.append(p)
            if fmt == "scan":
                scans.append((s, os.path.join(BUILD, base + ".pdf")))
        elif fmt == "scan":
            p = os.path.join(BUILD, base + ".pdf")
            render_pdf(doc, p)
            scans.append((s, p))
        elif fmt == "pdf":
            render_pdf(doc, os.path.join(DOCS, base + ".pdf"))
        elif fmt == "docx":
            render_docx(doc, os.path.join(DOCS, base + ".docx"), sdt=sdt)
        elif fmt == "txt":
            render_txt(doc, os.path.join(DOCS, base + ".txt"))
        ext = {"pdf-word": "pdf", "scan": "pdf"}.get(fmt, fmt)
        labels = labels_for(ctx)
        unclear = []
        if s["consent"] in IMAGE_CONSENT:
            unclear.append("instemming_ouders")
        if fmt == "scan":
            unclear = ["instemming_ouders", "vaststelling"]
            if s["layout"] in ("vso-profiel", "beknopt", "systeem-export"):
                unclear.append("uitstroombestemming")
            if s["layout"] == "beknopt":
                unclear.append("afwijkingen_onderwijsprogramma")
        entries.append(dict(file=f"docs/{base}.{ext}", format=ext, layout=s["layout"], school_type=s["st"],
                            scanned=(fmt == "scan"), elements=labels, accept_unclear=sorted(set(unclear)),
                            notes=f"{s['layout']} / {fmt}; plan date {dshort(s['date'])}; {s['note']}"))
    for (id_, lay, fmt, fn, note) in NONOPP:
        doc = fn(int(id_[1:]))
        base = f"{id_}-none"
        if fmt == "pdf":
            render_pdf(doc, os.path.join(DOCS, base + ".pdf"))
        elif fmt == "docx":
            render_docx(doc, os.path.join(DOCS, base + ".docx"))
        else:
            p = os.path.join(BUILD, base + ".docx")
            render_docx(doc, p)
            (to_odt if fmt == "odt" else to_pdf).append(p)
        ext = {"pdf-word": "pdf"}.get(fmt, fmt)
        entries.append(dict(file=f"docs/{base}.{ext}", format=ext, layout=lay, school_type="none", scanned=False,
                            elements={e: "missing" for e in ELEMENTS}, accept_unclear=[],
                            notes=f"not an OPP: {note} ({fmt}); every element missing"))
    # conversions
    pdf_out = os.path.join(BUILD, "pdf")
    os.makedirs(pdf_out)
    soffice(to_pdf, "pdf:writer_pdf_Export", pdf_out)
    soffice(to_odt, "odt", DOCS)
    scan_ids = {s["id"] for s, _ in scans}
    for p in to_pdf:
        b = os.path.basename(p)[:-5]
        src = os.path.join(pdf_out, b + ".pdf")
        if b.split("-")[0] in scan_ids:
            shutil.copy(src, os.path.join(BUILD, b + ".pdf"))
        else:
            shutil.copy(src, os.path.join(DOCS, b + ".pdf"))
    for s, src in scans:
        base = f"{s['id']}-{s['st']}"
        pdf_to_scan(src, os.path.join(DOCS, base + ".pdf"), s["seed"], BUILD)
    entries.sort(key=lambda e: e["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    rows = [f"| {e['file']} | {e['school_type']} | {e['layout']} | {e['format']}{' (scan)' if e['scanned'] else ''} | {e['notes']} |"
            for e in entries]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n")
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
