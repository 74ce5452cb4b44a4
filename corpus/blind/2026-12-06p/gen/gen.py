# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06p. Run: VENV/bin/python gen/gen.py (from the set folder)."""
import json, os, random, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *
from layouts import LAYOUTS, V
import writers as W

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(OUT, "docs")
PH = "Klik of tik om tekst in te voeren."

# id, type, age, profile, adult, layout, fmt, date, update, gaps, extra
S = [
 # ---------------- complete plans
 ("c01", "vso", 16, "arbeid", None, "domeintabel-lang", "pdfw", (2025, 10, 7), True, {}, {}),
 ("c02", "vso", 19, "dagb", "bekwaam", "vso-jaarbijstelling", "docx", (2025, 11, 12), True, {}, {}),
 ("c03", "vso", 17, "vervolg", None, "lvs-export", "pdf", (2026, 2, 3), False, {}, {}),
 ("c04", "pro", 16, "arbeid", None, "pro-iop", "pdfw", (2025, 10, 20), False, {}, {}),
 ("c05", "pro", 17, "entree", None, "pro-iop", "odt", (2024, 11, 5), False, {}, {}),
 ("c06", "vo", 14, None, None, "groeidocument", "pdfw", (2025, 12, 1), False, {"afwijkingen_onderwijsprogramma": "N"}, {}),
 ("c07", "vo", 15, None, None, "swv-genummerd", "docx", (2026, 3, 16), False, {}, {}),
 ("c08", "so", 6, None, None, "so-vragen-zorg", "pdfw", (2025, 10, 1), False, {}, {}),
 ("c09", "so", 8, None, None, "domeintabel-lang", "pdf", (2026, 1, 20), True, {}, {}),
 ("c10", "po", 10, None, None, "beknopt-opp", "txt", (2025, 11, 25), False, {"afwijkingen_onderwijsprogramma": "N"}, {}),
 ("c11", "sbo", 11, None, None, "swv-genummerd", "md", (2025, 5, 12), False, {}, {}),
 ("c12", "vso", 20, "dagb", "curatele", "vso-jaarbijstelling", "pdfw", (2026, 9, 29), True, {}, {}),
 ("c13", "po", 11, None, None, "briefvorm", "scan", (2026, 10, 5), False, {}, {}),
 ("c14", "vso", 16, "arbeid", None, "invulformulier", "form", (2025, 10, 30), False, {}, {}),
 ("c15", "pro", 16, "arbeid", None, "lvs-export", "txt", (2026, 10, 12), False, {}, {}),
 ("c16", "vso", 17, "dagb", None, "vso-jaarbijstelling", "scan", (2025, 11, 3), True, {}, {}),
 ("c17", "vo", 13, None, None, "lvs-export", "pdf", (2024, 12, 10), False, {"afwijkingen_onderwijsprogramma": "N"}, {}),
 ("c18", "sbo", 9, None, None, "groeidocument", "odt", (2025, 9, 22), False, {}, {"sig": "§IMG§"}),
 ("c19", "vso", 18, "arbeid", "bekwaam", "domeintabel-lang", "docx", (2026, 10, 8), True, {}, {}),
 # ---------------- plans with gaps
 ("g01", "vso", 16, "arbeid", None, "domeintabel-lang", "pdfw", (2025, 10, 14), True, {"bevorderende_factoren": "I:empty", "instemming_ouders": "I:voorgezien"}, {}),
 ("g02", "vso", 15, "dagb", None, "domeintabel-lang", "docx", (2026, 1, 12), False, {"adviezen_professionals": "I:ref", "evaluatie": "M"}, {}),
 ("g03", "vso", 18, "vervolg", "bekwaam", "vso-jaarbijstelling", "pdfw", (2025, 10, 6), True, {"instemming_ouders": "I:wrongparty", "informatie_rechten": "M"}, {}),
 ("g04", "vso", 19, "dagb", "curatele", "domeintabel-lang", "pdf", (2025, 11, 18), True, {"instemming_ouders": "I:wrongparty", "inbreng_leerling": "I:noeffect"}, {}),
 ("g05", "vso", 17, "arbeid", None, "vso-jaarbijstelling", "docx", (2026, 9, 21), True, {"uitstroombestemming": "I:unticked", "doelen": "I:vague"}, {}),
 ("g06", "vso", 16, "dagb", None, "lvs-export", "txt", (2025, 12, 2), False, {"ondersteuning": "I:vague", "oogo": "M"}, {}),
 ("g07", "vso", 17, "arbeid", None, "invulformulier", "form", (2026, 2, 9), False, {"inbreng_leerling": "I:empty", "vaststelling": "I:nodate"}, {}),
 ("g08", "vso", 16, "arbeid", None, "vso-jaarbijstelling", "scan", (2025, 10, 27), True, {"instemming_ouders": "I:blank", "afwijkingen_onderwijsprogramma": "M"}, {}),
 ("g09", "pro", 15, "arbeid", None, "pro-iop", "pdfw", (2025, 10, 8), False, {"afwijkingen_onderwijsprogramma": "I:ref", "belemmerende_factoren": "I:instr"}, {}),
 ("g10", "pro", 16, "entree", None, "pro-iop", "docx", (2026, 10, 1), False, {"instemming_ouders": "I:protest", "evaluatie": "I:ph"}, {}),
 ("g11", "pro", 17, "arbeid", None, "lvs-export", "pdf", (2025, 11, 10), False, {"onderbouwing": "M", "informatie_rechten": "I:vague"}, {}),
 ("g12", "pro", 16, "dagb", None, "beknopt-opp", "md", (2026, 1, 26), False, {"doelen": "I:ph", "ondersteuningsbehoefte": "M"}, {}),
 ("g13", "pro", 17, "arbeid", None, "briefvorm", "odt", (2025, 9, 29), False, {"vaststelling": "I:nodate", "adviezen_professionals": "M"}, {}),
 ("g14", "vo", 14, None, None, "groeidocument", "pdfw", (2025, 10, 13), False, {"inbreng_leerling": "M", "onderbouwing": "I:vague"}, {}),
 ("g15", "vo", 15, None, None, "groeidocument", "docx", (2026, 9, 28), False, {"ondersteuningsbehoefte": "I:sdt", "instemming_ouders": "I:unticked"}, {}),
 ("g16", "vo", 13, None, None, "swv-genummerd", "pdf", (2025, 11, 3), False, {"vaststelling": "M", "bevorderende_factoren": "M"}, {}),
 ("g17", "vo", 16, None, None, "swv-genummerd", "odt", (2026, 3, 2), False, {"afwijkingen_onderwijsprogramma": "I:vague", "oogo": "I:vague"}, {}),
 ("g18", "vo", 14, None, None, "lvs-export", "docx", (2025, 12, 15), False, {"instemming_ouders": "I:schoolonly", "evaluatie": "I:vague"}, {}),
 ("g19", "vo", 13, None, None, "beknopt-opp", "txt", (2024, 10, 14), False, {"adviezen_professionals": "I:ref", "doelen": "I:vague"}, {}),
 ("g20", "vo", 15, None, None, "briefvorm", "pdfw", (2026, 10, 19), False, {"informatie_rechten": "M", "uitstroombestemming": "I:vague"}, {}),
 ("g21", "so", 7, None, None, "so-vragen-zorg", "docx", (2025, 11, 4), False, {"inbreng_leerling": "I:sdt", "adviezen_professionals": "I:empty"}, {}),
 ("g22", "so", 5, None, None, "so-vragen-zorg", "scan", (2026, 1, 14), False, {"onderbouwing": "I:ref", "instemming_ouders": "I:nodate"}, {}),
 ("g23", "so", 9, None, None, "domeintabel-lang", "pdfw", (2025, 10, 20), True, {"ondersteuningsbehoefte": "I:ph", "vaststelling": "I:noname"}, {}),
 ("g24", "so", 10, None, None, "invulformulier", "form", (2025, 3, 10), False, {"belemmerende_factoren": "I:empty", "instemming_ouders": "I:refused"}, {}),
 ("g25", "sbo", 10, None, None, "swv-genummerd", "docx", (2025, 10, 6), False, {"onderbouwing": "I:instr", "instemming_ouders": "I:partial"}, {}),
 ("g26", "sbo", 11, None, None, "beknopt-opp", "pdf", (2026, 2, 16), False, {"evaluatie": "M", "uitstroombestemming": "M"}, {}),
 ("g27", "sbo", 9, None, None, "briefvorm", "txt", (2025, 12, 8), False, {"ondersteuning": "I:ph", "bevorderende_factoren": "I:vague"}, {}),
 ("g28", "po", 10, None, None, "swv-genummerd", "pdfw", (2025, 11, 17), False, {"doelen": "M", "informatie_rechten": "I:vague"}, {}),
 ("g29", "po", 9, None, None, "groeidocument", "md", (2026, 10, 26), False, {"instemming_ouders": "M", "belemmerende_factoren": "I:ref"}, {"decoy": True}),
 ("g30", "po", 11, None, None, "lvs-export", "odt", (2025, 10, 2), False, {"afwijkingen_onderwijsprogramma": "I:ph", "ondersteuningsbehoefte": "I:vague", "vaststelling": "I:ph"}, {}),
 ("g31", "po", 8, None, None, "beknopt-opp", "docx", (2026, 1, 19), False, {"ondersteuning": "M", "oogo": "M"}, {}),
 ("g32", "vso", 19, "arbeid", "bekwaam", "briefvorm", "docx", (2026, 9, 14), True, {"uitstroombestemming": "M", "evaluatie": "I:ph"}, {}),
 ("g33", "vso", 17, "dagb", None, "lvs-export", "pdf", (2026, 11, 2), False, {"instemming_ouders": "M", "adviezen_professionals": "I:vague", "belemmerende_factoren": "M"}, {}),
 ("g34", "vso", 16, "vervolg", None, "lvs-export", "md", (2025, 8, 25), False, {"inbreng_leerling": "M", "vaststelling": "M"}, {}),
 ("g35", "pro", 16, "arbeid", None, "invulformulier", "form", (2026, 10, 14), True, {"ondersteuning": "I:ph", "doelen": "I:empty"}, {}),
 ("g36", "vso", 17, "arbeid", None, "domeintabel-lang", "odt", (2026, 11, 9), True, {"instemming_ouders": "I:nodate", "oogo": "I:vague", "afwijkingen_onderwijsprogramma": "M"}, {}),
]


def status(code):
    if code == "P": return "present"
    if code == "M": return "missing"
    if code == "N": return "not_applicable"
    return "incomplete"


GAPDESC = {"I:empty": "heading/field left empty", "I:ph": "placeholder", "I:instr": "template instruction left in",
           "I:ref": "only a reference elsewhere", "I:vague": "vague/partial content", "I:unticked": "options not ticked",
           "I:voorgezien": "signed 'voor gezien'", "I:protest": "signed under protest", "I:refused": "consent refused",
           "I:partial": "partial consent", "I:schoolonly": "only school signed", "I:blank": "blank signature lines",
           "I:nodate": "no date", "I:noname": "no name and no date", "I:wrongparty": "signed by the wrong party",
           "I:noeffect": "pupil's view without what it changed", "I:sdt": "Word content-control placeholder",
           "M": "absent", "N": "explicitly no deviations"}


def prep(blocks, docx=False):
    out = []
    for b in blocks:
        if b[0] == "p" and b[1] == "§SDTP§" and not docx:
            out.append(("p", PH))
        elif b[0] == "kv":
            out.append(("kv", [(l, PH if v == "§SDTP§" else v) for l, v in b[1]]))
        else:
            out.append(b)
    return out


def render(blocks, footer, header, fmt, base, seed, layout):
    if layout == "invulformulier":
        path = base + ".pdf"
        W.write_form_pdf(blocks, path, footer=footer, seed=seed)
        return path, "pdf"
    if fmt == "docx":
        W.write_docx(prep(blocks, True), base + ".docx", footer, header, seed); return base + ".docx", "docx"
    if fmt in ("pdfw", "odt"):
        tmp = tempfile.mkdtemp(prefix="b28")
        src = os.path.join(tmp, os.path.basename(base) + ".docx")
        W.write_docx(prep(blocks, True), src, footer, header, seed)
        W.soffice_convert(src, "pdf" if fmt == "pdfw" else "odt", DOCS)
        shutil.rmtree(tmp)
        ext = "pdf" if fmt == "pdfw" else "odt"
        return base + "." + ext, ext
    if fmt == "pdf":
        W.write_pdf(prep(blocks), base + ".pdf", footer, header, seed); return base + ".pdf", "pdf"
    if fmt == "scan":
        tmp = base + ".tmp.pdf"
        W.write_pdf(prep(blocks), tmp, footer, header, seed)
        W.make_scan(tmp, base + ".pdf", seed); os.remove(tmp)
        return base + ".pdf", "pdf"
    if fmt in ("txt", "md"):
        open(base + "." + fmt, "w", encoding="utf-8").write(W.to_text(prep(blocks), md=(fmt == "md"), footer=footer))
        return base + "." + fmt, fmt
    raise ValueError(fmt)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    labels = []
    for i, (did, st, age, prof, adult, lay, fmt, date, upd, gaps, extra) in enumerate(S):
        rng = random.Random(1000 + i)
        p = make_pupil(rng, st, age, prof, adult)
        spec = {"gaps": dict(gaps), "date": date, "update": upd}
        spec.update(extra)
        if fmt == "scan":
            spec["sig"] = "§IMG§"
        v = V(p, spec, rng)
        blocks, footer, header = LAYOUTS[lay](p, v)
        fname = f"{did}-{st}-{lay}"
        path, f2 = render(blocks, footer, header, fmt, os.path.join(DOCS, fname), 1000 + i, lay)
        el = {}
        for e in ELEMENTS:
            c = spec["gaps"].get(e, "P")
            s = status(c)
            if e == "inbreng_leerling":
                if lay == "groeidocument" and c == "M":
                    s = "incomplete"  # chapter heading for the pupil's view exists, only the format's remark under it
                if date < (2025, 8, 1) or (st == "vso" and adult == "bekwaam"):
                    s = "not_applicable"
            el[e] = s
        acc = ["instemming_ouders"] if (fmt == "scan" or spec.get("sig") == "§IMG§") else []
        gapnotes = "; ".join(f"{e}: {GAPDESC.get(c, c)}" for e, c in gaps.items()) or "complete plan"
        who = {"bekwaam": "; pupil 18+ handelingsbekwaam (consents himself, inbreng n/a)",
               "curatele": "; pupil 18+ under curatele (curator consents)"}.get(adult, "")
        notes = (f"layout {lay}; format {fmt}; plan set {date[0]}-{date[1]:02d}-{date[2]:02d}"
                 f"{' (before 1 Aug 2025: inbreng n/a)' if date < (2025, 8, 1) else ''}"
                 f"{'; yearly update with evaluation of last year' if upd else ''}{who}"
                 f"{'; signatures are images' if acc else ''}{'; signed AVG/photo consent next to missing OPP consent' if extra.get('decoy') else ''}. Gaps: {gapnotes}")
        labels.append({"file": "docs/" + os.path.basename(path), "format": f2, "layout": lay, "school_type": st,
                       "scanned": fmt == "scan", "elements": el, "accept_unclear": acc, "notes": notes})
    import nonopp
    labels += nonopp.build(DOCS)
    json.dump({"version": 1, "docs": labels}, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
