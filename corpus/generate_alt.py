#!/usr/bin/env python3
"""Generate the ALTERNATIVE labelled OPP corpus (independent of corpus/generate.py).

Other template families, wordings, section orders and table shapes than the development corpus, to test
whether oppcheck generalises. Labels come from the case model, never from the rendered text.

usage: .venv/bin/python corpus/generate_alt.py [--out corpus/alt] [--seed 20251]

Pipeline: alt_gen/case.py (pupil, school, status per element, consent sub-variant) -> alt_gen/layouts*.py
(template family -> neutral blocks of alt_gen/ir.py) -> alt_gen/render_*.py (pdf/docx/odt/txt/md).
SPECS below lists the hand-picked cases (consent traps, pre-2025 plans, complete plans, templates, non-OPPs);
N_RANDOM more cases spread the remaining layouts over the least-used formats and school types.
Output is byte-identical for the same seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from alt_gen.case import ELEMENTS, Case, assign_variants, new_case, set_date_style  # noqa: E402
from alt_gen.layouts2 import build  # noqa: E402
from alt_gen.render_docx import render_docx  # noqa: E402
from alt_gen.render_odt import render_odt  # noqa: E402
from alt_gen.render_pdf import render_pdf  # noqa: E402
from alt_gen.render_text import render_md, render_txt  # noqa: E402

PRESENT_SUBS = {
    "signed",
    "portal",
    "ticked_dated",
    "statement",
    "image",
    "sig_signed",
    "gezien_akkoord",
    "both_parents",
}
DATE_STYLE_POOL = ["dash"] * 11 + ["short"] * 3 + ["slash"] * 3 + ["dot"] * 2 + ["iso"]
POST = [
    dt.date(2025, 9, 12),
    dt.date(2025, 9, 26),
    dt.date(2025, 10, 3),
    dt.date(2025, 10, 17),
    dt.date(2025, 11, 7),
    dt.date(2025, 11, 21),
    dt.date(2025, 12, 5),
    dt.date(2026, 1, 16),
    dt.date(2026, 2, 6),
    dt.date(2026, 3, 13),
]
PRE = [dt.date(2024, 10, 4), dt.date(2024, 11, 15), dt.date(2025, 3, 21), dt.date(2025, 6, 6)]
ANY_FMT = ["pdf", "docx", "odt", "txt", "md"]
COMPAT = {
    "swv-numbered": (ANY_FMT, ["po", "sbo", "so", "vo", "pro", "vso"]),
    "lvs-export": (["pdf", "txt"], ["po", "sbo", "so"]),
    "esis-export": (["pdf", "txt", "docx"], ["po", "vo", "sbo"]),
    "somtoday-export": (["pdf", "txt", "md"], ["vo", "pro", "vso"]),
    "groeidocument-kindkans": (["docx", "pdf", "odt"], ["po", "sbo", "vo"]),
    "letter-prose": (ANY_FMT, ["po", "sbo", "so", "vo", "pro", "vso"]),
    "pdf-acroform": (["pdf"], ["po", "sbo", "vo", "vso", "so", "pro"]),
    "docx-content-controls": (["docx"], ["po", "sbo", "vo", "so", "pro"]),
    "vso-transitieplan": (["pdf", "docx", "odt", "md"], ["vso"]),
    "vo-mentorplan": (["docx", "md", "pdf", "odt"], ["vo", "pro"]),
    "pro-iop": (["odt", "pdf", "docx", "txt"], ["pro"]),
    "so-cvb": (["pdf", "docx", "odt"], ["so"]),
    "beknopt-opp": (["md", "txt", "docx", "odt"], ["po", "sbo", "vo", "pro"]),
    "english-ilp": (["md", "txt", "pdf"], ["vo", "po"]),
    "onderdelen-abcd": (["pdf", "docx", "odt", "txt"], ["po", "sbo"]),
    "op-opp-planperiode": (["pdf", "docx", "txt", "md", "odt"], ["po", "sbo", "so"]),
    "groeidocument-transparant": (["docx", "pdf", "odt", "md"], ["po", "sbo", "vo", "so"]),
    "gespreksverslag": (["docx", "txt", "md", "odt", "pdf"], ["po", "sbo", "vo", "pro", "vso", "so"]),
}

# Explicit cases: (layout, format, school type, options). Options: consent sub-variant, adult, pre (date before
# 1-8-2025), forced element statuses, note.
SPECS: list[tuple[str, str, str, dict]] = [
    # --- consent: the tricky cases
    ("swv-numbered", "pdf", "po", dict(consent="refused", note="'niet akkoord' ticked, signed and dated")),
    ("letter-prose", "docx", "sbo", dict(consent="partial", note="'akkoord met uitzondering van' (partial consent)")),
    ("groeidocument-kindkans", "odt", "po", dict(consent="gezien", note="parents signed 'voor gezien' only")),
    ("so-cvb", "pdf", "so", dict(consent="protest", note="signed 'onder protest'")),
    ("vo-mentorplan", "docx", "vo", dict(consent="school_only", note="only school signatures (directeur/IB/mentor)")),
    ("beknopt-opp", "md", "po", dict(consent="blank_line", note="blank parent signature line")),
    ("pdf-acroform", "pdf", "vo", dict(consent="unticked", note="AcroForm: 'akkoord' box unticked, /Sig unsigned")),
    ("pdf-acroform", "pdf", "po", dict(consent="sig_unsigned", note="AcroForm: parent /Sig field unsigned, no date")),
    ("pdf-acroform", "pdf", "sbo", dict(consent="ticked_nodate", note="AcroForm: 'akkoord' ticked but date empty")),
    (
        "pdf-acroform",
        "pdf",
        "vso",
        dict(consent="sig_signed", adult=True, note="AcroForm: adult pupil signed /Sig (/Name, /M) and ticked akkoord"),
    ),
    ("pdf-acroform", "pdf", "po", dict(consent="sig_signed", note="AcroForm: parent /Sig signed with /Name and /M")),
    ("pdf-acroform", "pdf", "so", dict(consent="gezien", note="AcroForm: 'gezien' ticked, signed")),
    ("somtoday-export", "txt", "vo", dict(consent="portal", note="Somtoday digitally signed status with date")),
    ("swv-numbered", "pdf", "po", dict(consent="image", note="wet-ink signature image next to parents' label")),
    ("docx-content-controls", "docx", "so", dict(consent="image", note="wet-ink signature picture in signature table")),
    ("esis-export", "txt", "vo", dict(consent="ticked_dated", note="akkoord ticked with name and date")),
    ("lvs-export", "pdf", "po", dict(consent="signed", note="ParnasSys-style 'Handelingsdeel > Ondertekenen'")),
    ("pro-iop", "odt", "pro", dict(consent="statement", note="consent stated with date in text")),
    ("english-ilp", "md", "vo", dict(consent="refused", note="consent refused, English-tinted headings")),
    ("docx-content-controls", "docx", "sbo", dict(consent="unticked", note="w14/legacy checkbox unticked, empty sdt")),
    ("docx-content-controls", "docx", "vo", dict(consent="ticked_nodate", note="akkoord ticked, date sdt placeholder")),
    ("groeidocument-kindkans", "docx", "po", dict(consent="signed")),
    (
        "vso-transitieplan",
        "pdf",
        "vso",
        dict(consent="signed", adult=True, note="adult pupil consents and signs himself"),
    ),
    ("vso-transitieplan", "odt", "vso", dict(consent="gezien", note="minor vso pupil, parents 'gezien' only")),
    ("vso-transitieplan", "docx", "vso", dict(consent="portal", adult=True, note="adult pupil, digital consent")),
    ("letter-prose", "txt", "po", dict(consent="school_only")),
    ("so-cvb", "docx", "so", dict(consent="signed")),
    ("swv-numbered", "odt", "sbo", dict(consent="protest")),
    ("beknopt-opp", "txt", "vo", dict(consent="partial")),
    (
        "letter-prose",
        "pdf",
        "vso",
        dict(consent="refused", adult=True, note="adult pupil ticks 'niet akkoord' and explains ('ik stem niet in')"),
    ),
    ("somtoday-export", "md", "pro", dict(consent="gezien")),
    (
        "swv-numbered",
        "docx",
        "vo",
        dict(consent=None, force={"instemming_ouders": "missing"}, note="no consent section"),
    ),
    (
        "letter-prose",
        "odt",
        "po",
        dict(consent=None, force={"instemming_ouders": "missing"}, note="no consent section"),
    ),
    (
        "onderdelen-abcd",
        "pdf",
        "po",
        dict(
            consent="blank_line",
            force={"oogo": "present"},
            note="part A signed 'voor gezien', consent lines on part C left blank",
        ),
    ),
    (
        "onderdelen-abcd",
        "docx",
        "sbo",
        dict(consent="signed", force={"oogo": "present"}, note="part A 'gezien', part C signed and dated"),
    ),
    ("onderdelen-abcd", "odt", "po", dict(consent="gezien", note="only 'voor gezien' signatures")),
    ("op-opp-planperiode", "docx", "po", dict(consent="gezien_akkoord", note="'voor gezien en akkoord' = consent")),
    ("op-opp-planperiode", "txt", "so", dict(consent="signed")),
    ("op-opp-planperiode", "md", "sbo", dict(consent="unticked")),
    ("groeidocument-transparant", "docx", "po", dict(consent="ticked_dated")),
    ("groeidocument-transparant", "pdf", "vo", dict(consent="partial")),
    ("gespreksverslag", "txt", "vo", dict(consent="signed", force={"oogo": "present"})),
    ("gespreksverslag", "docx", "pro", dict(consent="blank_line")),
    ("gespreksverslag", "md", "vso", dict(consent="signed", adult=True)),
    (
        "swv-numbered",
        "docx",
        "vo",
        dict(consent="signed_nodate", note="parent signed, date cell empty (school rows dated)"),
    ),
    ("vo-mentorplan", "pdf", "vo", dict(consent="pupil_only", note="minor pupil signed, parent line blank")),
    ("vso-transitieplan", "odt", "vso", dict(consent="pupil_only", note="minor vso pupil signed, parent line blank")),
    ("so-cvb", "odt", "so", dict(consent="both_parents", note="both parents signed and dated")),
    ("letter-prose", "md", "sbo", dict(consent="signed_nodate")),
    # --- plans set before 1-8-2025 (hoorrecht not yet in force)
    ("swv-numbered", "docx", "po", dict(pre=True)),
    ("lvs-export", "txt", "sbo", dict(pre=True)),
    ("vo-mentorplan", "md", "vo", dict(pre=True)),
    ("so-cvb", "odt", "so", dict(pre=True)),
    ("groeidocument-kindkans", "pdf", "po", dict(pre=True)),
    # --- almost complete plans (false alarm material)
    ("swv-numbered", "pdf", "vo", dict(force={e: "present" for e in ELEMENTS}, consent="signed", note="complete plan")),
    ("pro-iop", "pdf", "pro", dict(force={e: "present" for e in ELEMENTS}, consent="signed", note="complete plan")),
    (
        "esis-export",
        "pdf",
        "po",
        dict(force={e: "present" for e in ELEMENTS}, consent="ticked_dated", note="complete plan"),
    ),
    # --- afwijkingen explicitly not applicable vs silent
    ("beknopt-opp", "docx", "sbo", dict(force={"afwijkingen_onderwijsprogramma": "not_applicable"})),
    ("vo-mentorplan", "odt", "pro", dict(force={"afwijkingen_onderwijsprogramma": "not_applicable"})),
    ("english-ilp", "txt", "po", dict(force={"afwijkingen_onderwijsprogramma": "incomplete"})),
    # --- special documents
    ("empty-template", "docx", "po", dict(kind="template")),
    ("empty-template", "pdf", "vo", dict(kind="template")),
    ("empty-template", "odt", "sbo", dict(kind="template")),
    ("non-opp-newsletter", "txt", "none", dict(kind="newsletter")),
    ("non-opp-rapport", "pdf", "po", dict(kind="rapport")),
    ("non-opp-newsletter", "md", "none", dict(kind="newsletter")),
]
N_RANDOM = 48


def plan(rng: random.Random) -> list[tuple[str, str, str, dict]]:
    """The explicit SPECS plus N_RANDOM cases; each random case takes its layout's least-used format and school type."""
    specs = list(SPECS)
    fmt_n = {f: sum(1 for s in specs if s[1] == f) for f in ANY_FMT}
    type_n = {t: sum(1 for s in specs if s[2] == t) for t in ["po", "sbo", "so", "vo", "pro", "vso"]}
    layouts = sorted(COMPAT)
    for i in range(N_RANDOM):
        lay = layouts[i % len(layouts)]
        fmts, types = COMPAT[lay]
        fmt = min(fmts, key=lambda f: (fmt_n[f], rng.random()))
        stype = min(types, key=lambda t: (type_n[t], rng.random()))
        fmt_n[fmt] += 1
        type_n[stype] += 1
        specs.append((lay, fmt, stype, dict(adult=(stype == "vso" and rng.random() < 0.5), pre=rng.random() < 0.12)))
    return specs


def make_case(i: int, spec: tuple[str, str, str, dict], seed: int) -> Case:
    lay, fmt, stype, opt = spec
    rng = random.Random(seed * 1000 + i)
    kind = opt.get("kind", "opp")
    date = rng.choice(PRE if opt.get("pre") else POST)
    c = new_case(
        f"alt-{i + 1:03d}", lay, fmt, stype if stype != "none" else "po", rng, date, adult=opt.get("adult", False)
    )
    c.school_type = stype
    c.kind = kind
    if kind != "opp":
        status = "incomplete" if kind == "template" else "missing"
        c.variants = {e: status for e in ELEMENTS}
        c.notes = {
            "template": "empty template: all headings, nothing filled in",
            "newsletter": "not an OPP (school newsletter)",
            "rapport": "not an OPP (school report with 'gezien' line)",
        }[kind]
        return c
    forced = dict(opt.get("force", {}))
    sub = opt.get("consent")
    if sub:
        c.sub["consent"] = sub
        forced["instemming_ouders"] = "present" if sub in PRESENT_SUBS else "incomplete"
    assign_variants(c, rng, forced)
    if sub == "image":
        c.accept_unclear = ["instemming_ouders"]
    notes = [opt.get("note", "")]
    if c.variants["instemming_ouders"] != "missing":
        notes.append(f"consent={c.sub.get('consent')}")
    if c.set_date < dt.date(2025, 8, 1):
        notes.append("set before 1-8-2025: inbreng not_applicable")
    if c.adult:
        notes.append("adult vso pupil is the party")
    c.notes = "; ".join(n for n in notes if n)
    return c


def render(c: Case, path: str, seed: int) -> None:
    rng = random.Random(seed * 7919 + int(c.doc_id[-3:]))
    set_date_style(random.Random(c.seed).choice(DATE_STYLE_POOL))
    doc = build(c, rng)
    r2 = random.Random(seed * 104729 + int(c.doc_id[-3:]))
    if c.fmt == "pdf":
        render_pdf(doc, r2, path)
    elif c.fmt == "docx":
        render_docx(doc, r2, path)
    elif c.fmt == "odt":
        render_odt(doc, r2, path)
    elif c.fmt == "txt":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render_txt(doc, r2))
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render_md(doc, r2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "alt"))
    ap.add_argument("--seed", type=int, default=20251)
    a = ap.parse_args()
    docs_dir = os.path.join(a.out, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    entries = []
    for i, spec in enumerate(plan(random.Random(a.seed))):
        c = make_case(i, spec, a.seed)
        name = f"{c.doc_id}-{c.school_type}-{c.layout}.{c.fmt}"
        render(c, os.path.join(docs_dir, name), a.seed)
        e = {
            "file": f"docs/{name}",
            "format": c.fmt,
            "layout": c.layout,
            "school_type": c.school_type,
            "scanned": False,
            "elements": c.labels(),
        }
        if c.accept_unclear:
            e["accept_unclear"] = c.accept_unclear
        e["notes"] = c.notes
        entries.append(e)
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": entries}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(entries)} documents to {a.out}")


if __name__ == "__main__":
    main()
