# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-08p (round 68).

Run:  /work/blind69/venv/bin/python gen.py
Writes docs/ and labels.json next to this file; intermediates go to /work/blind69/build.
No clock is read; every random choice is seeded from the document id.
"""
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C            # noqa: E402
import layouts as LY           # noqa: E402
import render as R             # noqa: E402

BUILD = Path("/work/blind69/build")
DOCS = HERE / "docs"
CUTOFF = (2025, 8, 1)
E = LY.ELEMENTS

# --------------------------------------------------------------------------- specs
# fmt: txt | md | docx | docx-sdt | odt | pdf (reportlab) | pdf-word (docx->soffice) | pdf-odt (odt->soffice)
#      | pdf-form (fillable) | scan (reportlab -> image -> pdf)
# V: element -> variant; default 'ok'. Variants: ok empty ph instr ref absent geen vague noeffect na_adult
#    consent: signed stated gezien protest refused partial school_only blank unticked nodate avg_only wrongsigner
S = []


def D(id, type, layout, fmt, date, V=None, note="", **kw):
    v = {"instemming_ouders": "signed"}
    v.update(V or {})
    S.append(dict(id=id, type=type, layout=layout, fmt=fmt, date=date, V=v, note=note, **kw))


# ---- po
D("01", "po", "swv-onderdelen-abcd", "pdf-word", (2025, 10, 14), with_d=True, note="complete plan")
D("02", "po", "swv-onderdelen-abcd", "docx", (2025, 11, 3), {"instemming_ouders": "gezien", "inbreng_leerling": "noeffect"},
  note="parents signed 'voor gezien'; pupil's view quoted without what it changed")
D("03", "po", "vraagkoppen", "pdf", (2026, 1, 20), {"afwijkingen_onderwijsprogramma": "geen"},
  note="complete; explicit 'geen afwijkingen'")
D("04", "po", "brief-aan-ouders", "docx", (2025, 9, 30),
  {"evaluatie": "ph", "informatie_rechten": "absent", "instemming_ouders": "blank"},
  note="letter; evaluation a placeholder; no rights info; reply slip blank")
D("05", "po", "domeintabel", "odt", (2024, 11, 12),
  {"inbreng_leerling": "absent", "afwijkingen_onderwijsprogramma": "absent", "adviezen_professionals": "ref"},
  note="plan before 1-8-2025; silent on deviations; advice only 'zie verslag'")
D("06", "po", "beknopt-opp-formulier", "pdf-form", (2025, 12, 2), {"doelen": "empty", "onderbouwing": "ph"},
  note="fillable form; goals field empty; onderbouwing placeholder")
D("07", "po", "groeidocument-export", "pdf", (2026, 2, 10), footer=True, sigmode="digital",
  note="complete; system export with footer, digital consent")
D("08", "po", "notities-opsomming", "txt", (2025, 10, 1),
  {"oogo": "absent", "vaststelling": "ph", "instemming_ouders": "nodate"},
  note="terse notes; no OOGO; vaststelling placeholder; signatures without date")
D("09", "po", "swv-onderdelen-abcd", "scan", (2025, 6, 16),
  {"belemmerende_factoren": "instr", "inbreng_leerling": "absent"},
  note="scan of pre-2025 plan; belemmerende factoren only the format's instruction; handwritten signatures")
D("10", "po", "verhalend-verslag", "md", (2026, 3, 5),
  {"bevorderende_factoren": "absent", "ondersteuning": "ref"},
  note="prose; no bevorderende factoren; support only refers to groepsplan/arrangement")
D("11", "po", "vo-perspectief-handelingsdeel", "docx-sdt", (2025, 10, 20),
  {"uitstroombestemming": "instr", "instemming_ouders": "unticked"},
  note="DOCX with content controls; uitstroom still the instruction; consent boxes unticked though signed")
D("12", "po", "vraagkoppen", "docx", (2025, 3, 18), {"inbreng_leerling": "absent"}, revised=(2025, 11, 4),
  note="set before, revised after 1-8-2025 -> pupil's input required but absent")
D("13", "po", "domeintabel", "pdf-word", (2026, 4, 14), {"instemming_ouders": "avg_only"},
  note="AVG/photo consent signed; no consent to the handelingsdeel")
D("14", "po", "brief-aan-ouders", "pdf", (2024, 9, 26), {"inbreng_leerling": "absent"},
  note="complete letter-style plan from before 1-8-2025")
D("15", "po", "vo-perspectief-handelingsdeel", "pdf-word", (2026, 5, 18), note="complete")
D("16", "po", "notities-opsomming", "md", (2025, 11, 24), {"doelen": "vague", "instemming_ouders": "stated"},
  note="goals vague only; consent by e-mail stated")
D("17", "po", "beknopt-opp-formulier", "docx", (2025, 10, 9),
  {"oogo": "absent", "inbreng_leerling": "absent", "evaluatie": "absent", "informatie_rechten": "absent",
   "adviezen_professionals": "absent", "instemming_ouders": "absent"},
  note="old-style minimal short form: perspective and support only; no OOGO, pupil, evaluation, rights, advice or consent")

# ---- vo
D("20", "vo", "vo-perspectief-handelingsdeel", "pdf-word", (2025, 10, 8), note="complete (vrijstelling/opbouwrooster)")
D("21", "vo", "vo-perspectief-handelingsdeel", "docx", (2025, 11, 17), {"instemming_ouders": "protest", "doelen": "vague"},
  note="signed onder protest; goals vague")
D("22", "vo", "beknopt-opp-formulier", "pdf", (2026, 1, 12), {"afwijkingen_onderwijsprogramma": "geen"}, note="complete")
D("23", "vo", "groeidocument-export", "pdf", (2025, 12, 9),
  {"adviezen_professionals": "absent", "informatie_rechten": "ref"}, footer=True, sigmode="digital",
  note="export; no expert advice; rights only 'zie schoolgids'")
D("24", "vo", "vraagkoppen", "md", (2026, 2, 2), {"evaluatie": "instr", "instemming_ouders": "partial"},
  note="evaluation still instruction text; partial consent")
D("25", "vo", "brief-aan-ouders", "odt", (2025, 9, 25), {"instemming_ouders": "refused"},
  note="letter; consent refused (niet akkoord ticked)")
D("26", "vo", "notities-opsomming", "txt", (2024, 10, 30), {"uitstroombestemming": "ph", "inbreng_leerling": "absent"},
  note="pre-2025 notes; uitstroom 'n.t.b.'-type placeholder")
D("27", "vo", "beknopt-opp-formulier", "pdf-form", (2025, 11, 5),
  {"ondersteuningsbehoefte": "empty", "vaststelling": "empty", "instemming_ouders": "blank"},
  note="fillable form; empty fields; blank signature fields")
D("28", "vo", "vo-perspectief-handelingsdeel", "scan", (2026, 1, 28), {"afwijkingen_onderwijsprogramma": "geen"},
  note="scan, complete, handwritten signatures")
D("29", "vo", "domeintabel", "docx", (2026, 3, 10), note="complete")
D("30", "vo", "verhalend-verslag", "pdf-word", (2025, 10, 22), {"oogo": "ph", "onderbouwing": "absent"},
  note="prose; OOGO placeholder; no onderbouwing")
D("31", "vo", "vo-perspectief-handelingsdeel", "pdf-word", (2025, 5, 20),
  note="complete pre-2025 plan that nonetheless includes the pupil's view (labelled not_applicable by convention)")
D("32", "vo", "beknopt-opp-formulier", "txt", (2026, 5, 11),
  {"belemmerende_factoren": "ph", "bevorderende_factoren": "ph", "instemming_ouders": "school_only"},
  note="factors placeholders; only the school signed")
D("33", "vo", "brief-aan-ouders", "docx", (2026, 6, 1), {"instemming_ouders": "stated"},
  note="complete letter; consent by e-mail stated")
D("34", "vo", "groeidocument-export", "pdf-odt", (2025, 10, 29),
  {"ondersteuning": "ph", "oogo": "ref", "informatie_rechten": "absent"}, footer=True,
  note="ODT->PDF export; support 'volgt'-type placeholder; OOGO only 'zie gespreksverslag'")
D("35", "vo", "notities-opsomming", "txt", (2026, 3, 2),
  {"onderbouwing": "absent", "afwijkingen_onderwijsprogramma": "absent", "adviezen_professionals": "absent",
   "vaststelling": "absent", "informatie_rechten": "absent", "instemming_ouders": "absent"},
  note="mentor's e-mail-style notes; many elements simply not there; no consent section")
D("36", "vo", "brief-aan-ouders", "scan", (2025, 11, 12), {"instemming_ouders": "refused"},
  note="scanned letter; reply slip returned with 'niet akkoord' ticked and handwritten signature")

# ---- sbo
D("40", "sbo", "swv-onderdelen-abcd", "pdf-word", (2025, 10, 27), note="complete")
D("41", "sbo", "domeintabel", "docx", (2026, 2, 16), {"afwijkingen_onderwijsprogramma": "ph", "evaluatie": "absent"},
  note="deviations 'nog aanvullen'-type; no evaluation")
D("42", "sbo", "verhalend-verslag", "odt", (2025, 9, 15), {"instemming_ouders": "stated", "informatie_rechten": "absent"},
  note="prose; consent stated (e-mail); no rights info")
D("43", "sbo", "vraagkoppen", "pdf-form", (2026, 3, 23), {"inbreng_leerling": "noeffect", "doelen": "ph"},
  note="form; pupil's view without effect; goals placeholder")
D("44", "sbo", "beknopt-opp-formulier", "scan", (2025, 4, 8), {"ondersteuning": "empty", "inbreng_leerling": "absent"},
  note="scan of pre-2025 short form; support field empty")
D("45", "sbo", "groeidocument-export", "md", (2025, 11, 26), footer=True, sigmode="digital", note="complete")

# ---- so
D("50", "so", "so-vso-profielformat", "pdf-word", (2025, 10, 6), note="complete with CvB advice")
D("51", "so", "verhalend-verslag", "docx", (2026, 1, 19), {"adviezen_professionals": "ref", "oogo": "absent"},
  note="advice only 'zie verslag'; no OOGO")
D("52", "so", "domeintabel", "pdf", (2024, 11, 25), {"inbreng_leerling": "absent", "evaluatie": "ph"},
  note="pre-2025; evaluation placeholder")
D("53", "so", "brief-aan-ouders", "txt", (2025, 12, 15), {"instemming_ouders": "gezien", "vaststelling": "absent"},
  note="letter as plain text; 'voor gezien'; no vaststelling")
D("54", "so", "vraagkoppen", "odt", (2026, 4, 1), {"afwijkingen_onderwijsprogramma": "geen"}, note="complete")
D("55", "so", "beknopt-opp-formulier", "pdf-word", (2025, 11, 20),
  {"inbreng_leerling": "absent", "informatie_rechten": "absent", "evaluatie": "empty", "instemming_ouders": "absent"},
  note="short form after 1-8-2025 without pupil's view, rights or consent; evaluation row empty")

# ---- vso
D("60", "vso", "so-vso-profielformat", "pdf-word", (2025, 10, 13), age=17, note="complete, pupil 17")
D("61", "vso", "so-vso-profielformat", "docx", (2025, 11, 10), {"inbreng_leerling": "na_adult"}, age=18, adult=True,
  note="adult pupil, handelingsbekwaam, signs himself; complete")
D("62", "vso", "verhalend-verslag", "pdf", (2026, 1, 26), age=19, adult=True, curatele=True,
  note="adult under curatele; curator signs; pupil's view present; complete")
D("63", "vso", "beknopt-opp-formulier", "odt", (2025, 12, 1), {"inbreng_leerling": "na_adult", "instemming_ouders": "wrongsigner"},
  age=18, adult=True, note="adult handelingsbekwaam pupil; only parents signed")
D("64", "vso", "so-vso-profielformat", "scan", (2025, 9, 29), {"onderbouwing": "empty"}, age=16,
  note="scan; onderbouwing heading empty; handwritten signatures")
D("65", "vso", "notities-opsomming", "md", (2026, 2, 23),
  {"uitstroombestemming": "ph", "afwijkingen_onderwijsprogramma": "absent"}, age=17,
  note="profile 'volgt na overleg'-type placeholder; silent on deviations")
D("66", "vso", "groeidocument-export", "pdf", (2025, 3, 10), {"inbreng_leerling": "absent", "instemming_ouders": "wrongsigner"},
  age=19, adult=True, curatele=True, footer=True, note="pre-2025; under curatele but pupil signed instead of curator")
D("67", "vso", "so-vso-profielformat", "pdf-form", (2026, 5, 4),
  {"adviezen_professionals": "instr", "evaluatie": "ref"}, age=16, vso_profile_text=
  "dagbesteding: arbeidsmatige dagbesteding in de boerderijwinkel van zorgboerderij De Hooiberg, drie dagen per week",
  note="fillable; dagbesteding profile; CvB advice still instruction; evaluation 'zie jaarplanning'")

# ---- pro
D("70", "pro", "pro-iop", "pdf-word", (2025, 10, 16), note="complete")
D("71", "pro", "pro-iop", "docx", (2026, 2, 9),
  {"afwijkingen_onderwijsprogramma": "geen", "adviezen_professionals": "absent", "evaluatie": "ref"},
  note="no advice section; evaluation only refers to jaarplanning")
D("72", "pro", "vraagkoppen", "txt", (2025, 11, 19), {"instemming_ouders": "partial"}, note="partial consent")
D("73", "pro", "brief-aan-ouders", "pdf", (2024, 12, 4), {"inbreng_leerling": "absent"}, note="pre-2025 letter; complete")
D("74", "pro", "beknopt-opp-formulier", "pdf-form", (2026, 4, 20), note="fillable form; complete")
D("75", "pro", "pro-iop", "scan", (2026, 1, 14), note="scan; complete; handwritten signatures")
D("76", "pro", "domeintabel", "pdf-odt", (2025, 9, 22), {"doelen": "absent", "oogo": "empty", "inbreng_leerling": "instr"},
  note="no goals; OOGO row empty; pupil row still instruction")

# ---- not OPPs
D("90", "none", "folder-ouders", "pdf", (2025, 9, 1), note="leaflet for parents about the OPP (not a plan)")
D("91", "none", "nieuwsbrief", "docx", (2025, 10, 31), note="school newsletter mentioning OPP talks (not a plan)")
D("92", "none", "leeg-format", "docx-sdt", (2025, 8, 20), note="blank OPP format with instructions (not a plan)")

# --------------------------------------------------------------------------- labels

INC = {"empty", "ph", "instr", "ref", "vague", "noeffect", "gezien", "protest", "refused", "partial",
       "school_only", "blank", "unticked", "nodate", "wrongsigner"}


def label(spec, ctx):
    if spec["type"] == "none":
        if spec["layout"] == "leeg-format":
            st = {e: "incomplete" for e in E}
            st["informatie_rechten"] = "missing"
            return st
        return {e: "not_applicable" for e in E}
    out = {}
    pre = ctx["pre2025"] and not ctx.get("revised_after")
    for e in E:
        v = spec["V"].get(e, "ok" if e != "instemming_ouders" else "signed")
        if e == "inbreng_leerling" and (pre or (ctx.get("adult") and not ctx.get("curatele"))):
            out[e] = "not_applicable"
            continue
        if v in ("ok", "signed", "stated"):
            out[e] = "present"
        elif v == "geen":
            out[e] = "not_applicable"
        elif v in ("absent", "avg_only"):
            out[e] = "missing"
        elif v in INC:
            out[e] = "incomplete"
        else:
            raise ValueError(v)
    return out


EXT = {"txt": "txt", "md": "md", "docx": "docx", "docx-sdt": "docx", "odt": "odt", "pdf": "pdf",
       "pdf-word": "pdf", "pdf-odt": "pdf", "pdf-form": "pdf", "scan": "pdf"}
FMT = {"txt": "txt", "md": "md", "docx": "docx", "docx-sdt": "docx", "odt": "odt"}
SHORT = {"swv-onderdelen-abcd": "swv", "vo-perspectief-handelingsdeel": "tweedelig", "domeintabel": "domein",
         "groeidocument-export": "groeidoc", "beknopt-opp-formulier": "beknopt", "vraagkoppen": "vragen",
         "brief-aan-ouders": "brief", "verhalend-verslag": "verslag", "so-vso-profielformat": "profiel",
         "pro-iop": "iop", "notities-opsomming": "notities", "folder-ouders": "folder", "nieuwsbrief": "nieuwsbrief",
         "leeg-format": "format"}
FMTNOTE = {"txt": "plain text", "md": "markdown", "docx": "DOCX", "docx-sdt": "DOCX with content controls and checkbox controls",
           "odt": "ODT", "pdf": "PDF made directly (reportlab)", "pdf-word": "PDF exported from Word-format via LibreOffice",
           "pdf-odt": "PDF exported from ODT via LibreOffice", "pdf-form": "fillable PDF form (AcroForm fields filled)",
           "scan": "scanned PDF (image only, noise, slight skew)"}


def normalise(path):
    """make outputs byte-stable: fixed zip timestamps and document dates, fixed PDF dates and ids"""
    import re
    import zipfile
    import io
    if path.suffix in (".docx", ".odt"):
        zin = zipfile.ZipFile(path)
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
        zin.close()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zout:
            for info, data in items:
                if info.filename in ("meta.xml", "docProps/core.xml"):
                    data = re.sub(rb"(<(meta:creation-date|dc:date|dcterms:created|dcterms:modified)[^>]*>)[^<]*",
                                  rb"\g<1>2026-01-01T00:00:00Z" if info.filename.endswith("core.xml") else rb"\g<1>2026-01-01T00:00:00",
                                  data)
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                zi.external_attr = info.external_attr
                zout.writestr(zi, data)
        path.write_bytes(buf.getvalue())
    elif path.suffix == ".pdf":
        b = path.read_bytes()
        b = re.sub(rb"D:\d{14}", b"D:20260101000000", b)
        b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
        b = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", b"2026-01-01T00:00:00", b)
        b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + re.sub(rb"[0-9a-fA-F]", b"0", m.group(0)[5:]), b)
        b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                   lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), b)
        path.write_bytes(b)


def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    for sub in ("word", "odt", "scanpdf", "pdfout"):
        d = BUILD / sub
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    entries = []
    to_convert = []
    for spec in S:
        ctx = C.make_ctx(spec, seed=f"blind69-{spec['id']}")
        ctx["pre2025"] = spec["date"] < CUTOFF
        if spec.get("revised"):
            ctx["revised_after"] = spec["revised"] >= CUTOFF
            rv = spec["revised"]
            ctx["d_oogo"] = C.adddays(rv, -9)
            ctx["d_sign"] = C.adddays(rv, 6)
            ctx["d_eval1"], ctx["d_eval2"] = C.eval_dates(rv)
            y, m, _ = rv
            sy = y if m >= 8 else y - 1
            ctx["sj"] = f"{sy}-{sy+1}"
        if spec["type"] == "none":
            blocks = LY.NONOPP[spec["layout"]](ctx)
        else:
            b = LY.B(ctx, spec["V"])
            blocks = LY.LAYOUTS[spec["layout"]](b)
        name = f"{spec['id']}-{spec['type']}-{SHORT[spec['layout']]}.{EXT[spec['fmt']]}"
        dst = DOCS / name
        footer = None
        if spec.get("footer"):
            footer = f"Groeidocument-online · afgedrukt {C.dshort(spec['date'])} · vertrouwelijk · {ctx['full']}"
        sm = spec.get("sigmode", "wg")
        f = spec["fmt"]
        if f in ("txt", "md"):
            dst.write_text(R.render_text(blocks, md=(f == "md"), footer=footer, sigmode=sm), encoding="utf-8")
        elif f in ("docx", "docx-sdt"):
            R.render_docx(blocks, dst, footer=footer, sdt=(f == "docx-sdt"), sigmode=sm)
        elif f == "odt":
            R.render_odt(blocks, dst, footer=footer, sigmode=sm)
        elif f == "pdf":
            R.render_pdf(blocks, dst, footer=footer, sigmode=sm, header=ctx["school"] if spec["id"] in ("62",) else None)
        elif f == "pdf-form":
            R.render_fillable(blocks, dst, sigmode=sm)
        elif f == "pdf-word":
            src = BUILD / "word" / (dst.stem + ".docx")
            R.render_docx(blocks, src, footer=footer, sigmode=sm, font="Arial")
            to_convert.append((src, dst))
        elif f == "pdf-odt":
            src = BUILD / "odt" / (dst.stem + ".odt")
            R.render_odt(blocks, src, footer=footer, sigmode=sm)
            to_convert.append((src, dst))
        elif f == "scan":
            src = BUILD / "scanpdf" / (dst.stem + ".pdf")
            R.render_pdf(blocks, src, footer=footer, scribble=True, seed=int(spec["id"]))
            R.make_scan(src, dst, seed=int(spec["id"]), workdir=BUILD / "pages")
        labels = label(spec, ctx)
        acc = []
        if f == "scan":
            acc = ["instemming_ouders"]
        notes = f"layout {spec['layout']}; {FMTNOTE[f]}; " + spec["note"]
        if spec["type"] != "none":
            notes += f"; plan date {C.dshort(spec['date'])}"
            if spec.get("revised"):
                notes += f", revised {C.dshort(spec['revised'])}"
        entries.append({"file": f"docs/{name}", "format": FMT.get(f, "pdf"), "layout": spec["layout"],
                        "school_type": spec["type"], "scanned": f == "scan", "elements": labels,
                        "accept_unclear": acc, "notes": notes})
    # batch conversions through LibreOffice
    R.soffice_to_pdf([s for s, _ in to_convert], BUILD / "pdfout")
    for src, dst in to_convert:
        shutil.copy(BUILD / "pdfout" / (src.stem + ".pdf"), dst)
    for f in sorted(DOCS.iterdir()):
        normalise(f)
    (HERE / "labels.json").write_text(json.dumps({"version": 1, "docs": entries}, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
