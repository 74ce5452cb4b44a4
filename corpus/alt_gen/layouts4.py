"""Layouts with horizontal (header-row) tables and a meeting-report style OPP."""

from __future__ import annotations

import random

from . import parts as X
from . import texts as T
from .case import Case, d
from .ir import Bullets, Doc, H, P, Sig, SigTable, Table, Toc
from .layouts import _el, _hdr


def transparant(c: Case, rng: random.Random) -> Doc:
    """Onderwijs Transparant-like groeidocument: Deel A-D, values in rows under a header row."""
    h, f = _hdr(c, rng)
    doc = Doc(
        "Groeidocument – Ontwikkelingsperspectief", header=h, footer=f, subtitle=f"{c.swv} | Onderwijs Transparant"
    )
    b = doc.blocks
    parts = [
        "Deel A: Startgegevens",
        "Deel B: Ontwikkelingsperspectief",
        "Deel C: Ondersteuningsplan",
        "Deel D: Afspraken",
    ]
    b.append(Toc(parts, title="Inhoudsopgave"))
    b.append(H(parts[0]))
    rows = X.pupil_rows(c, rng)
    b.append(Table([[r[0] for r in rows[:4]], [r[1] for r in rows[:4]]]))
    if len(rows) > 4:
        b.append(Table([[r[0] for r in rows[4:]], [r[1] for r in rows[4:]]]))
    b.append(H(parts[1]))
    head, vals = [], []
    for el in ("uitstroombestemming", "onderbouwing"):
        if X.st(c, el) != "missing":
            head.append(X.label(el, rng))
            vals.append(X.value_text(el, c, rng))
    if head:
        b.append(Table([head, vals]))
    head, vals = [], []
    for el in ("bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte"):
        if X.st(c, el) != "missing":
            head.append(X.heading(el, rng))
            vals.append(X.value_text(el, c, rng))
    if head:
        b.append(Table([head, vals]))
    _el(b, "adviezen_professionals", c, rng, level=2)
    b.append(H(parts[2]))
    sd, so = X.st(c, "doelen"), X.st(c, "ondersteuning")
    if sd != "missing" or so != "missing":
        cols = (["Doel"] if sd != "missing" else []) + (
            ["Ondersteuning / interventie", "Wie", "Frequentie"] if so != "missing" else []
        )
        goals = T.doelen(c, rng) if sd == "present" else ["", "", ""]
        sup = T.ondersteuning_rows(c, rng)[1:] if so == "present" else [["", "", "", ""]] * 3
        rows2 = [cols]
        for i in range(3):
            r = ([goals[i] if i < len(goals) else ""] if sd != "missing" else []) + (
                sup[i % len(sup)][:3] if so != "missing" else []
            )
            rows2.append(r)
        if sd == "incomplete":
            rows2[1][0] = rng.choice(["...", "[doel]", "n.t.b."])
        b.append(Table(rows2))
    _el(b, "afwijkingen_onderwijsprogramma", c, rng, level=2)
    b.append(H(parts[3]))
    head, vals = [], []
    for el in ("inbreng_leerling", "oogo", "evaluatie"):
        s = X.st(c, el)
        if s in ("present", "incomplete"):
            head.append(X.heading(el, rng))
            vals.append(X.value_text(el, c, rng))
    if head:
        b.append(Table([head, vals]))
    _el(b, "informatie_rechten", c, rng, level=2)
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    b.extend(X.consent_blocks(c, rng, rng.choice(["table", "checkbox"])))
    return doc


def gespreksverslag(c: Case, rng: random.Random) -> Doc:
    """Minutes of the OPP meeting that double as the plan: Aanwezig / Besproken / Afspraken."""
    title = (
        rng.choice(["Verslag OPP-gesprek", "Verslag bespreking ontwikkelingsperspectief"])
        if X.st(c, "oogo") != "missing"
        else "Ontwikkelingsperspectief – samenvatting en afspraken"
    )
    doc = Doc(title, header=f"{c.school} – vertrouwelijk", footer="{page}")
    b = doc.blocks
    b.append(P(f"Leerling: {c.name}, {c.grade}"))
    if X.st(c, "oogo") == "present":
        od = T.oogo_date(c)
        who = "de leerling" if c.adult else rng.choice(["moeder", "vader en moeder", "beide ouders", "ouders"])
        b.append(P(f"Datum gesprek: {d(od)}"))
        b.append(P(f"Aanwezig: {who}, {c.staff['mentor']} (mentor/leerkracht), {c.staff['ib']} (IB)"))
        b.append(P("Onderwerp: het concept-OPP samen bespreken en afspraken maken over de begeleiding."))
    elif X.st(c, "oogo") == "incomplete":
        b.append(P("Datum gesprek: ..........   Aanwezig: .........."))
    b.append(H("1. Besproken"))
    items = []
    for el, lead in (
        ("uitstroombestemming", "Perspectief"),
        ("onderbouwing", "Waarom dit perspectief"),
        ("bevorderende_factoren", "Wat goed gaat"),
        ("belemmerende_factoren", "Wat lastig is"),
        ("ondersteuningsbehoefte", "Wat heeft de leerling nodig"),
        ("adviezen_professionals", "Adviezen van externen"),
        ("inbreng_leerling", "Wat de leerling zelf inbracht"),
    ):
        s = X.st(c, el)
        if s == "missing" or (s == "not_applicable" and el == "inbreng_leerling"):
            continue
        items.append(f"{lead}: {X.value_text(el, c, rng)}")
    b.append(Bullets(items))
    b.append(H("2. Afspraken"))
    items = []
    for el, lead in (
        ("ondersteuning", "Begeleiding"),
        ("doelen", "Doelen"),
        ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
        ("evaluatie", "Evaluatie"),
    ):
        if X.st(c, el) != "missing":
            items.append(f"{lead}: {X.value_text(el, c, rng)}")
    if items:
        b.append(Bullets(items, numbered=True))
    _el(b, "informatie_rechten", c, rng, "3. Goed om te weten")
    b.append(H("4. Vaststelling en ondertekening" if X.st(c, "vaststelling") != "missing" else "4. Ondertekening"))
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, "lines")
    b.extend(cb if cb else [SigTable([Sig("Verslaglegger", c.staff["mentor"], "", signed_by=c.staff["mentor"])])])
    return doc
