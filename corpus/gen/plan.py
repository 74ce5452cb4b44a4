"""The corpus plan: which layout x format x school type, and the element variants of every case."""
from __future__ import annotations

import random

from .cases import CONSENT, ELEMENTS, PARENT_SPOKE, SCHOOL_TYPES, Case, new_case

# (layout, {format: count})
MIX = [
    ("swv-numbered", {"pdf": 8, "docx": 5, "odt": 4, "txt": 2, "md": 3}),
    ("label-value-export", {"pdf": 6, "docx": 2, "odt": 2, "txt": 4, "md": 2}),
    ("letter", {"pdf": 4, "docx": 4, "odt": 3, "txt": 2, "md": 3}),
    ("form-checkbox", {"pdf": 8, "docx": 3, "odt": 2, "txt": 1}),
    ("docx-content-controls", {"docx": 8}),
    ("vso-adult", {"pdf": 3, "docx": 2, "odt": 2, "txt": 1, "md": 2}),
    ("groeidocument", {"pdf": 3, "docx": 2, "odt": 2, "md": 1, "txt": 1}),
    ("toc-handreiking", {"pdf": 3, "docx": 2, "odt": 2, "txt": 1}),
    ("two-column-table", {"docx": 5, "pdf": 4, "odt": 2, "md": 2, "txt": 1}),
]
CONSENT_PRESENT = ["signed", "portal", "ticked", "wetink", "signed", "meierij", "portal", "stated", "sig_signed"]
CONSENT_GAP = ["refused", "partial", "gezien", "protest", "school_only", "blank", "unticked", "nodate", "sig_unsigned",
               "none", "pupil_only", "none", "refused", "gezien"]
FORM_PDF_CONSENT = ["sig_signed", "sig_unsigned", "ticked", "unticked", "refused", "nodate", "sig_signed", "sig_unsigned",
                    "gezien"]
# element -> (p_present, p_incomplete, p_missing, p_not_applicable)
P_STATUS = {el: (.62, .2, .18, 0) for el in ELEMENTS}
P_STATUS["afwijkingen_onderwijsprogramma"] = (.4, .15, .15, .3)
P_STATUS["informatie_rechten"] = (.45, .2, .35, 0)
P_STATUS["adviezen_professionals"] = (.6, .25, .15, 0)
P_STATUS["vaststelling"] = (.65, .2, .15, 0)


def _pick(r: random.Random, probs: tuple[float, float, float, float]) -> str:
    x = r.random()
    for status, p in zip(("present", "incomplete", "missing", "not_applicable"), probs, strict=True):
        if x < p:
            return status
        x -= p
    return "present"


def _consent_ok(k: str, layout: str, fmt: str, school_type: str) -> bool:
    if k.startswith("sig_"):
        return layout == "form-checkbox" and fmt == "pdf"
    if k == "wetink":
        return fmt in ("pdf", "docx", "odt") and layout != "form-checkbox"
    if k == "stated":
        return layout in ("letter", "label-value-export")
    if k == "pupil_only":
        return school_type in ("vo", "pro", "vso") and layout != "vso-adult"
    if k == "meierij":
        return layout != "vso-adult"
    return True


def choose_variants(c: Case, r: random.Random, consent: str, perfect: bool = False) -> None:
    c.consent = consent
    for el in ELEMENTS:
        if el == "instemming_ouders":
            c.variants[el] = CONSENT[consent]
        elif c.variants.get(el) == "not_applicable" and el == "inbreng_leerling":
            pass
        elif perfect:
            c.variants[el] = "present"
        else:
            c.variants[el] = _pick(r, P_STATUS[el])
    if perfect and r.random() < .5:
        c.variants["afwijkingen_onderwijsprogramma"] = "not_applicable"
    # the parents' own statement on the plan is evidence of an overleg: keep oogo present then
    if consent in PARENT_SPOKE:
        c.variants["oogo"] = "present"
    elif not perfect:
        c.variants["oogo"] = _pick(r, (.4, .3, .3, 0))
    if consent == "school_only" and c.variants["vaststelling"] == "missing":
        c.variants["vaststelling"] = "present"
    if c.pre2025:
        c.variants["vaststelling"] = "present"
    if consent == "wetink":
        c.accept_unclear.append("instemming_ouders")


def build(seed: int) -> list[Case]:
    r = random.Random(seed)
    cases: list[Case] = []
    cp, cg, fp = 0, 0, 0
    i = 0
    for layout, fmts in MIX:
        for fmt, n in fmts.items():
            for _ in range(n):
                i += 1
                adult = layout == "vso-adult"
                st = "vso" if adult else SCHOOL_TYPES[i % 6]
                pre = not adult and r.random() < .18
                c = new_case(r, f"{i:03d}-{st}-{layout}", layout, fmt, st, pre2025=pre, adult=adult)
                perfect = r.random() < .1
                if layout == "form-checkbox" and fmt == "pdf":
                    k = FORM_PDF_CONSENT[fp % len(FORM_PDF_CONSENT)]
                    fp += 1
                    perfect = perfect and CONSENT[k] == "present"
                for _ in range(0 if layout == "form-checkbox" and fmt == "pdf" else 40):
                    if perfect or r.random() < .58:
                        k = CONSENT_PRESENT[cp % len(CONSENT_PRESENT)]
                        cp += 1
                    else:
                        k = CONSENT_GAP[cg % len(CONSENT_GAP)]
                        cg += 1
                    if _consent_ok(k, layout, fmt, st):
                        break
                choose_variants(c, r, k, perfect)
                c.notes.append(f"consent variant: {k}")
                if pre:
                    c.notes.append("plan set before 1-8-2025")
                if adult:
                    c.notes.append("adult vso pupil is the party")
                if perfect:
                    c.notes.append("complete plan")
                cases.append(c)
    # plans in which the parents never reacted: OOGO is the element under test
    for (layout, fmt, st), k, oogo in zip(
            [("swv-numbered", "docx", "po"), ("label-value-export", "txt", "sbo"), ("toc-handreiking", "pdf", "so"),
             ("two-column-table", "odt", "vo"), ("letter", "md", "pro"), ("groeidocument", "pdf", "po"),
             ("docx-content-controls", "docx", "vso"), ("swv-numbered", "pdf", "pro")],
            ["none", "blank", "school_only", "pupil_only", "unticked", "none", "blank", "pupil_only"],
            ["missing", "incomplete", "missing", "incomplete", "missing", "incomplete", "missing", "present"], strict=True):
        i += 1
        c = new_case(r, f"{i:03d}-{st}-{layout}", layout, fmt, st)
        choose_variants(c, r, k)
        c.variants["oogo"] = oogo
        c.notes.append(f"consent variant: {k}")
        cases.append(c)
    # scanned copies (image-only PDF): a signed plan that was printed, signed and scanned
    for layout, st, k in (("swv-numbered", "po", "wetink"), ("letter", "sbo", "signed"), ("two-column-table", "vo", "refused"),
                          ("label-value-export", "so", "blank")):
        i += 1
        c = new_case(r, f"{i:03d}-{st}-{layout}-scan", layout, "pdf", st)
        choose_variants(c, r, k)
        c.scanned = True
        # A signature cannot be seen on a scan, nor can a blank signature line be told from a signed one.
        if "instemming_ouders" not in c.accept_unclear:
            c.accept_unclear.append("instemming_ouders")
        c.notes += [f"consent variant: {k}", "scanned (image-only PDF, no text layer)"]
        cases.append(c)
    # special documents
    for fmt, st in (("docx", "po"), ("pdf", "vo"), ("odt", "sbo")):
        i += 1
        c = new_case(r, f"{i:03d}-{st}-empty-template", "empty-template", fmt, st)
        c.kind, c.vast = "template", None
        c.consent = "template"
        c.variants = {el: "incomplete" for el in ELEMENTS}
        c.notes.append("empty template: every heading present, nothing filled in")
        cases.append(c)
    for fmt, st, kind in (("pdf", "po", "nieuwsbrief"), ("docx", "sbo", "rapport"), ("txt", "vo", "nieuwsbrief")):
        i += 1
        c = new_case(r, f"{i:03d}-{st}-not-opp", "not-opp", fmt, st)
        c.kind, c.sub["kind"] = "not_opp", kind
        c.consent = "none"
        c.variants = {el: "missing" for el in ELEMENTS}
        c.notes.append(f"not an OPP ({kind})")
        cases.append(c)
    return cases
