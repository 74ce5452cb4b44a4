#!/usr/bin/env python3
"""Deterministic generator for blind validation set 2026-12-08s (round 71).

Usage:  python generate.py [CORPUS_DIR] [BUILD_DIR]
Fixed seeds, no clock. Requires python-docx, reportlab, odfpy, pillow, numpy; soffice and pdftoppm.
Everything (pupils, schools, places, samenwerkingsverbanden, people) is invented.
"""
import datetime as dt
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import make_ctx, content, dlong, SWV  # noqa: E402
from layouts import ELEMENTS, status_of, consent_status_note  # noqa: E402
from templates import LAYOUTS, BEKNOPT_ROWS, terse  # noqa: E402
import writers as W  # noqa: E402
import nonopp  # noqa: E402

D = dt.date
CUTOFF = D(2025, 8, 1)

# id, school type, layout, format, date set, mode overrides, options
# formats: pdf-lo (docx -> soffice pdf), pdf-rl (direct pdf), pdf-form (fillable AcroForm), docx, docx-cc
#          (content controls), odt, txt, md, scan (pdf of noisy skewed page images)
SPECS = [
    # ---------------- po
    ("po-01", "po", "groeidocument-4-delen", "pdf-lo", D(2025, 10, 14), {}, {}),
    ("po-02", "po", "vraagkoppen-voor-ouders", "docx", D(2025, 11, 20), {"inbreng_leerling": "nochange", "evaluatie": "vague"}, {}),
    ("po-03", "po", "lvs-export-footer", "pdf-rl", D(2024, 11, 5), {"doelen": "empty", "instemming_ouders": "school_only"}, {"sys": "ZorgDossier Online"}),
    ("po-04", "po", "brief-aan-ouders", "pdf-lo", D(2026, 1, 19), {}, {}),
    ("po-05", "po", "kindgesprek-opp", "odt", D(2025, 9, 30), {"ondersteuning": "vague", "afwijkingen_onderwijsprogramma": "miss", "instemming_ouders": "nodate"}, {}),
    ("po-06", "po", "domeintabel-belemmerend-bevorderend", "scan", D(2025, 12, 2), {"afwijkingen_onderwijsprogramma": "none"}, {}),
    ("po-07", "po", "beknopt-opp", "pdf-form", D(2026, 2, 10), {"adviezen_professionals": "zie", "instemming_ouders": "unticked"}, {}),
    ("po-08", "po", "groeiformulier-cycli", "docx", D(2024, 10, 1), {"inbreng_leerling": "miss", "informatie_rechten": "miss"}, {"revised": D(2025, 10, 15)}),
    ("po-09", "po", "ib-notitie-bullets", "md", D(2025, 10, 8), {"oogo": "vague", "vaststelling": "miss", "instemming_ouders": "miss"}, {}),
    ("po-10", "po", "beknopt-opp", "docx-cc", D(2026, 3, 3), {"onderbouwing": "cc_empty", "doelen": "cc_empty", "instemming_ouders": "unticked"}, {}),
    ("po-11", "po", "groeidocument-4-delen", "pdf-lo", D(2025, 6, 12), {"afwijkingen_onderwijsprogramma": "none"}, {}),
    ("po-12", "po", "vraagkoppen-voor-ouders", "txt", D(2026, 9, 29), {"bevorderende_factoren": "miss", "instemming_ouders": "gezien"}, {}),
    # ---------------- sbo
    ("sbo-01", "sbo", "kindgesprek-opp", "pdf-lo", D(2025, 11, 11), {}, {}),
    ("sbo-02", "sbo", "groeidocument-4-delen", "docx", D(2025, 9, 16), {"belemmerende_factoren": "instr", "bevorderende_factoren": "instr", "uitstroombestemming": "dots", "instemming_ouders": "protest"}, {}),
    ("sbo-03", "sbo", "lvs-export-footer", "pdf-rl", D(2026, 1, 27), {"inbreng_leerling": "miss", "evaluatie": "ntb", "instemming_ouders": "ok_digital"}, {"sys": "LeerlingPlanner"}),
    ("sbo-04", "sbo", "domeintabel-belemmerend-bevorderend", "odt", D(2024, 3, 12), {"adviezen_professionals": "vague", "instemming_ouders": "refused"}, {}),
    ("sbo-05", "sbo", "brief-aan-ouders", "scan", D(2025, 10, 21), {}, {"serif": True}),
    ("sbo-06", "sbo", "vraagkoppen-voor-ouders", "pdf-rl", D(2026, 5, 18), {"afwijkingen_onderwijsprogramma": "zie", "ondersteuningsbehoefte": "miss", "informatie_rechten": "vague"}, {}),
    # ---------------- so
    ("so-01", "so", "so-leerroute", "pdf-lo", D(2025, 10, 2), {}, {}),
    ("so-02", "so", "vso-uitstroomprofiel-cvb", "docx", D(2025, 12, 9), {"adviezen_professionals": "miss", "instemming_ouders": "partial"}, {}),
    ("so-03", "so", "so-leerroute", "scan", D(2023, 11, 20), {"doelen": "empty"}, {}),
    ("so-04", "so", "domeintabel-belemmerend-bevorderend", "odt", D(2026, 2, 24), {"oogo": "volgt", "adviezen_professionals": "zie"}, {}),
    ("so-05", "so", "beknopt-opp", "pdf-form", D(2025, 9, 9), {}, {}),
    ("so-06", "so", "groeiformulier-cycli", "pdf-lo", D(2026, 4, 14), {"vaststelling": "dots", "evaluatie": "empty"}, {}),
    # ---------------- vo
    ("vo-01", "vo", "swv-vo-genummerd", "pdf-lo", D(2025, 10, 28), {}, {}),
    ("vo-02", "vo", "swv-vo-genummerd", "docx", D(2024, 12, 10), {"inbreng_leerling": "na_shown"}, {}),
    ("vo-03", "vo", "beknopt-opp", "pdf-rl", D(2025, 11, 4), {"inbreng_leerling": "nochange", "instemming_ouders": "blank", "informatie_rechten": "miss"}, {}),
    ("vo-04", "vo", "brief-aan-ouders", "docx", D(2026, 1, 13), {"afwijkingen_onderwijsprogramma": "miss", "instemming_ouders": "avg_only"}, {}),
    ("vo-05", "vo", "lvs-export-footer", "pdf-rl", D(2025, 9, 23), {"instemming_ouders": "ok_digital"}, {"sys": "Magnus Leerlingzorg"}),
    ("vo-06", "vo", "vraagkoppen-voor-ouders", "odt", D(2025, 12, 15), {"uitstroombestemming": "vague", "onderbouwing": "miss", "doelen": "vague"}, {}),
    ("vo-07", "vo", "domeintabel-belemmerend-bevorderend", "scan", D(2026, 3, 10), {"instemming_ouders": "gezien"}, {}),
    ("vo-08", "vo", "groeiformulier-cycli", "md", D(2025, 10, 7), {"instemming_ouders": "ok_stated"}, {}),
    ("vo-09", "vo", "beknopt-opp", "docx-cc", D(2025, 11, 25), {"ondersteuning": "cc_empty", "inbreng_leerling": "cc_empty", "evaluatie": "cc_empty"}, {}),
    ("vo-10", "vo", "swv-vo-genummerd", "txt", D(2026, 6, 2), {"belemmerende_factoren": "nogaanvullen", "afwijkingen_onderwijsprogramma": "none", "instemming_ouders": "refused"}, {}),
    ("vo-11", "vo", "ib-notitie-bullets", "txt", D(2024, 5, 14), {"evaluatie": "miss", "informatie_rechten": "miss", "instemming_ouders": "ok_stated"}, {}),
    # ---------------- pro
    ("pro-01", "pro", "pro-iop-met-opp", "pdf-lo", D(2025, 10, 9), {}, {}),
    ("pro-02", "pro", "pro-iop-met-opp", "docx", D(2025, 9, 18), {"uitstroombestemming": "unticked", "instemming_ouders": "nodate"}, {}),
    ("pro-03", "pro", "pro-iop-met-opp", "scan", D(2024, 9, 26), {}, {}),
    ("pro-04", "pro", "brief-aan-ouders", "odt", D(2026, 2, 3), {"adviezen_professionals": "miss", "oogo": "miss", "inbreng_leerling": "nochange"}, {}),
    ("pro-05", "pro", "lvs-export-footer", "pdf-rl", D(2025, 11, 18), {"doelen": "tekst", "vaststelling": "miss", "instemming_ouders": "school_only"}, {"sys": "LeerlingPlanner"}),
    # ---------------- vso
    ("vso-01", "vso", "vso-uitstroomprofiel-cvb", "pdf-lo", D(2025, 10, 16), {}, {"age": 16}),
    ("vso-02", "vso", "vso-uitstroomprofiel-cvb", "docx", D(2025, 11, 6), {"instemming_ouders": "ok_adult", "inbreng_leerling": "na"}, {"age": 19, "who": "adult", "legal": "meerderjarig en handelingsbekwaam; tekent zelf"}),
    ("vso-03", "vso", "vso-uitstroomprofiel-cvb", "pdf-lo", D(2026, 1, 22), {"instemming_ouders": "ok_curator"}, {"age": 20, "who": "curator", "legal": "meerderjarig, onder curatele; curator: moeder"}),
    ("vso-04", "vso", "vso-uitstroomprofiel-cvb", "odt", D(2025, 12, 4), {"instemming_ouders": "parents_for_adult", "inbreng_leerling": "na", "evaluatie": "vague"}, {"age": 18, "who": "adult", "legal": "meerderjarig en handelingsbekwaam"}),
    ("vso-05", "vso", "so-leerroute", "scan", D(2026, 3, 31), {"adviezen_professionals": "vague"}, {"age": 15}),
    ("vso-06", "vso", "vso-uitstroomprofiel-cvb", "pdf-rl", D(2024, 10, 30), {"uitstroombestemming": "unticked"}, {"age": 17}),
]
NONOPP = [
    ("none-01", "folder-ouders-wat-is-een-opp", "pdf-rl"),
    ("none-02", "nieuwsbrief-school", "pdf-lo"),
    ("none-03", "leeg-format-swv-vo", "docx"),
    ("none-04", "uitnodiging-opp-gesprek", "txt"),
]
EXT = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "docx-cc": "docx",
       "odt": "odt", "txt": "txt", "md": "md"}
GAP_NOTES = {"empty": "heading with nothing under it", "dots": "placeholder '...'", "ntb": "placeholder 'n.t.b.'",
             "nogaanvullen": "placeholder 'nog aanvullen'", "volgt": "placeholder 'volgt na overleg'",
             "tekst": "placeholder '[tekst]'", "instr": "format instruction left in", "zie": "only refers elsewhere",
             "vague": "too vague / partial", "cc_empty": "empty Word content control (placeholder text)",
             "unticked": "options unticked", "nochange": "pupil view without what it changed",
             "miss": "left out", "none": "explicit 'geen afwijkingen' (n/a)", "na": "not applicable",
             "na_shown": "pupil view shown although the plan predates 1-8-2025 (n/a)"}


def modes_for(stype, d_set, over, opts):
    M = {e: "ok" for e in ELEMENTS}
    revised = opts.get("revised")
    last = revised or d_set
    if last < CUTOFF:
        M["inbreng_leerling"] = "na"
    M.update(over)
    return M


def to_cc(blocks):
    """Turn the beknopt form into Word content controls (docx-cc format)."""
    out = []
    for b in blocks:
        if b[0] == "kv" and len(b[1]) > 6:
            for lab, val in b[1]:
                out.append(("cc", lab + ":", None if val in ("", W.CC_PLACEHOLDER) else val))
        elif b[0] == "checks" and not b[2]:
            for lab, t in b[1]:
                out.append(("cccheck", lab, t))
        else:
            out.append(b)
    return out


def write_form_pdf(path, c, C, M, o, title="Beknopt OPP"):
    """Fillable AcroForm PDF (values typed in fields, check boxes for consent)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    W._rl_fonts()
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle("")
    form = cv.acroForm
    y = [A4[1] - 2 * cm]

    def newpage_if(h):
        if y[0] - h < 2 * cm:
            cv.showPage()
            y[0] = A4[1] - 2 * cm

    cv.setFont("DVB", 15)
    cv.drawString(2 * cm, y[0], title)
    y[0] -= 0.6 * cm
    cv.setFont("DV", 7.5)
    cv.drawString(2 * cm, y[0], f"{c['swv']} – invulformulier (velden zijn invulbaar)")
    y[0] -= 0.8 * cm
    rows = [("Naam leerling", c["full"]), ("Geboortedatum", c["birth"]), ("School", c["school"]),
            ("Groep/klas", c["groep"]), ("Schooljaar", c["sy"])]
    for el, lab in BEKNOPT_ROWS:
        t = terse(el, c, C, M)
        if t is None:
            continue
        rows.append((lab, t))
    import textwrap

    def latin(v):
        v = v.replace("\u2013", "-").replace("\u20ac", "EUR").replace("\u2612", "[x]").replace("\u2610", "[ ]")
        v = v.replace("\u2018", "'").replace("\u2019", "'").replace("\u0131", "i")
        return v.encode("latin-1", "replace").decode("latin-1")

    for i, (lab, val) in enumerate(rows):
        val = "\n".join(w for part in latin(val).split("\n") for w in (textwrap.wrap(part, 88) or [""]))
        lines = max(1, len(val.split("\n")))
        h = max(0.7 * cm, lines * 0.36 * cm + 0.2 * cm)
        newpage_if(h + 0.3 * cm)
        cv.setFont("DVB", 8)
        cv.drawString(2 * cm, y[0] - 0.45 * cm, lab[:34])
        form.textfield(name=f"f{i:02d}", value=val, x=7.2 * cm, y=y[0] - h, width=11.8 * cm, height=h,
                       fontName="Helvetica", fontSize=7, borderWidth=0.5, fieldFlags="multiline" if lines > 1 else "",
                       forceBorder=True)
        y[0] -= h + 0.15 * cm
    m = M["instemming_ouders"]
    if m not in ("miss",):
        newpage_if(4 * cm)
        y[0] -= 0.4 * cm
        cv.setFont("DVB", 10)
        cv.drawString(2 * cm, y[0], "Instemming ouders met het handelingsdeel")
        y[0] -= 0.7 * cm
        ticked = m in ("ok", "ok_sig", "nodate")
        cv.setFont("DV", 8.5)
        form.checkbox(name="akkoord", x=2 * cm, y=y[0] - 0.1 * cm, size=11, checked=ticked, buttonStyle="cross")
        cv.drawString(2.6 * cm, y[0], "Ouder(s) gaan akkoord met het handelingsdeel")
        y[0] -= 0.55 * cm
        form.checkbox(name="nietakkoord", x=2 * cm, y=y[0] - 0.1 * cm, size=11, checked=(m == "refused"), buttonStyle="cross")
        cv.drawString(2.6 * cm, y[0], "Ouder(s) gaan niet akkoord")
        y[0] -= 0.8 * cm
        signed = m in ("ok", "ok_sig", "refused")
        for lab, val in (("Naam ouder", c["mom"] if signed or m == "nodate" else ""),
                         ("Datum", c["d_sign_n"] if signed else ""),
                         ("Handtekening (typ naam)", c["mom"] if signed or m == "nodate" else "")):
            cv.drawString(2 * cm, y[0], lab)
            form.textfield(name="sig_" + lab.split()[0].lower(), value=latin(val), x=7.2 * cm, y=y[0] - 0.15 * cm, width=7 * cm,
                           height=0.55 * cm, fontName="Helvetica", fontSize=8, borderWidth=0.5, forceBorder=True)
            y[0] -= 0.75 * cm
    if M["informatie_rechten"] != "miss":
        cv.setFont("DV", 6.8)
        from reportlab.lib.utils import simpleSplit
        txt = terse("informatie_rechten", c, C, M) or ""
        for line in simpleSplit("Rechten: " + txt, "DV", 6.8, 17 * cm):
            newpage_if(0.4 * cm)
            cv.drawString(2 * cm, y[0], line)
            y[0] -= 0.3 * cm
    cv.save()


def render(fmt, blocks, out, build, seed, o):
    base = os.path.splitext(os.path.basename(out))[0]
    if fmt in ("docx", "docx-cc"):
        W.write_docx(to_cc(blocks) if fmt == "docx-cc" else blocks, out)
    elif fmt == "pdf-lo":
        src = os.path.join(build, base + ".docx")
        W.write_docx(blocks, src, font=o.get("font", "Calibri"))
        pdf = W.soffice_pdf(src, build)
        shutil.copy(pdf, out)
    elif fmt == "pdf-rl":
        W.write_pdf(blocks, out, serif=o.get("serif", False), seed=seed, accent=o.get("accent", "#1f4e79"))
    elif fmt == "scan":
        clean = os.path.join(build, base + "-clean.pdf")
        W.write_pdf(blocks, clean, handwriting=True, serif=o.get("serif", False), seed=seed, accent="#333333")
        W.scan_pdf(clean, out, os.path.join(build, base + "-pages"), seed, angle=0.4 + (seed % 7) / 10)
    elif fmt == "odt":
        W.write_odt(blocks, out)
    elif fmt == "txt":
        W.write_txt(blocks, out)
    elif fmt == "md":
        W.write_txt(blocks, out, md=True)
    else:
        raise ValueError(fmt)


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    build = sys.argv[2] if len(sys.argv) > 2 else "/work/blind72/build"
    docs_dir = os.path.join(corpus, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    os.makedirs(build, exist_ok=True)
    labels = []
    for i, (did, stype, layout, fmt, d_set, over, opts) in enumerate(SPECS):
        seed = 71000 + i * 37
        rng = random.Random(seed)
        c = make_ctx(rng, stype, d_set, age=opts.get("age"))
        C = content(rng, c)
        who = opts.get("who", "ouders")
        if who == "adult":
            C["oogo"] = c.f("Op {d_oogo_l} is het ontwikkelingsperspectief besproken met {n} zelf (meerderjarig), de mentor {mentor} en de gedragswetenschapper; op verzoek van {n} was ook {zijn} moeder ({mom}) aanwezig. {n} kon zich vinden in het uitstroomprofiel.")
            C["rechten"] = C["rechten"].replace("Ouders hebben", c.f("{n} heeft als meerderjarige, handelingsbekwame leerling zelf")).replace("uw instemming", "jouw instemming").replace("Bent u", "Ben je").replace("U kunt", "Je kunt").replace("kunt u", "kun je")
        if who == "curator":
            C["oogo"] = c.f("Op {d_oogo_l} is het ontwikkelingsperspectief besproken met {mom} (moeder en curator), {n} en de mentor {mentor}. De curator kon zich vinden in het uitstroomprofiel.")
        M = modes_for(stype, d_set, over, opts)
        if "revised" in opts:
            c["revised"] = opts["revised"]
        blocks = LAYOUTS[layout](c, C, M, opts)
        fn = f"docs/{did}.{EXT[fmt]}"
        out = os.path.join(corpus, fn)
        if fmt == "pdf-form":
            write_form_pdf(out, c, C, M, opts)
        else:
            render(fmt, blocks, out, build, seed, opts)
        el = {e: status_of(M[e]) for e in ELEMENTS}
        gaps = [f"{e}: {GAP_NOTES.get(M[e], consent_status_note(M[e]) if e == 'instemming_ouders' else M[e])}"
                for e in ELEMENTS if M[e] not in ("ok",) and not (e == "inbreng_leerling" and M[e] == "na" and not over.get(e))]
        if M["instemming_ouders"] != "ok" and M["instemming_ouders"].startswith("ok"):
            pass
        acc = []
        if fmt == "scan":
            acc = ["instemming_ouders"]
        note_bits = [f"layout {layout}", f"format {fmt}", f"{stype}", f"vastgesteld {d_set.isoformat()}"]
        if opts.get("revised"):
            note_bits.append(f"bijgesteld {opts['revised'].isoformat()} (after 1-8-2025, so pupil input required)")
        if M["inbreng_leerling"] == "na" and not over.get("inbreng_leerling"):
            note_bits.append("plan before 1-8-2025: inbreng_leerling n/a")
        if who == "adult":
            note_bits.append("adult pupil, handelingsbekwaam: the pupil is the consenting party, inbreng n/a")
        if who == "curator":
            note_bits.append("adult pupil under curatele: curator consents; pupil input still required")
        if fmt == "scan":
            note_bits.append("scan: handwritten signature(s), judged from the image")
        real = [g for g, e in zip(gaps, [e for e in ELEMENTS if M[e] not in ("ok",) and not (e == "inbreng_leerling" and M[e] == "na" and not over.get(e))]) if status_of(M[e]) in ("incomplete", "missing")]
        other = [g for g in gaps if g not in real]
        notes = "; ".join(note_bits) + ". Gaps: " + ("; ".join(real) if real else "none (complete plan)")
        if other:
            notes += ". Deliberate non-gap variants: " + "; ".join(other)
        labels.append({"file": fn, "format": EXT[fmt], "layout": layout, "school_type": stype,
                       "scanned": fmt == "scan", "elements": el, "accept_unclear": acc, "notes": notes})
        print(did, fmt, layout, "ok")
    for did, layout, fmt in NONOPP:
        blocks = nonopp.build(layout)
        fn = f"docs/{did}.{EXT[fmt]}"
        render(fmt, blocks, os.path.join(corpus, fn), build, 1, {})
        labels.append({"file": fn, "format": EXT[fmt], "layout": layout, "school_type": "none", "scanned": False,
                       "elements": {e: "not_applicable" for e in ELEMENTS}, "accept_unclear": [],
                       "notes": f"not an OPP ({layout}, {fmt}); every element not_applicable by convention"})
        print(did, fmt, layout, "ok")
    with open(os.path.join(corpus, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
