"""Layouts with parts A-D (consent on part C only) and a planperiode plan with per-subject tables."""

from __future__ import annotations

import random

from . import parts as X
from . import texts as T
from .case import Case, d, d_long
from .ir import Doc, H, P, PageBreak, Sig, SigTable, Table
from .layouts import _el, _hdr


def meierij_abcd(c: Case, rng: random.Random) -> Doc:
    """Parts A (gegevens, perspectief; parents sign 'gezien'), B, C (handelingsdeel; consent), D (arrangement)."""
    h, f = _hdr(c, rng)
    doc = Doc("Ontwikkelingsperspectief – onderdelen A t/m D", header=h, footer=f)
    b = doc.blocks
    b.append(H("Onderdeel A – Gegevens en perspectief"))
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    _el(b, "uitstroombestemming", c, rng, level=2)
    _el(b, "onderbouwing", c, rng, level=2)
    ft = X.factor_table(c, rng, ("Belemmerende factoren", "Stimulerende factoren"), domains=rng.random() < 0.5)
    if ft:
        b.append(H("Belemmerende en stimulerende factoren", 2))
        b.append(ft)
    else:
        _el(b, "belemmerende_factoren", c, rng, level=2)
        _el(b, "bevorderende_factoren", c, rng, level=2)
    if X.st(c, "oogo") == "present" and X.st(c, "instemming_ouders") == "missing":
        b.append(P(f"Onderdeel A is besproken met ouders op {d(T.oogo_date(c))}."))
    elif X.st(c, "oogo") == "present":
        od = d(T.oogo_date(c))
        b.append(
            P(
                f"Onderdeel A is besproken met ouders op {od}. Ouders tekenen voor gezien (geen instemming vereist "
                f"voor dit onderdeel)."
            )
        )
        b.append(SigTable([Sig("Ouder(s) – voor gezien", c.parent, od, signed_by=c.parent)]))
    elif X.st(c, "oogo") == "incomplete":
        b.append(P("Onderdeel A besproken met ouders op: ............"))
    b.append(PageBreak())
    b.append(
        H(
            "Onderdeel B – "
            + (
                "Onderwijsbehoeften en adviezen"
                if "missing" not in (X.st(c, "ondersteuningsbehoefte"), X.st(c, "adviezen_professionals"))
                else "Leerling"
            )
        )
    )
    _el(b, "ondersteuningsbehoefte", c, rng, level=2)
    _el(b, "adviezen_professionals", c, rng, level=2)
    _el(b, "inbreng_leerling", c, rng, level=2)
    b.append(PageBreak())
    b.append(H("Onderdeel C – " + ("Handelingsdeel" if X.st(c, "ondersteuning") != "missing" else "Doelen")))
    _el(b, "doelen", c, rng, level=2)
    _el(b, "ondersteuning", c, rng, "Individuele begeleiding (wat, wie, hoe vaak)", level=2)
    _el(b, "afwijkingen_onderwijsprogramma", c, rng, level=2)
    _el(b, "evaluatie", c, rng, level=2)
    cb = X.consent_blocks(c, rng, "table")
    if cb:
        b.append(H("Instemming onderdeel C", 2))
        b.append(
            P(
                "Ouders moeten instemmen met dit onderdeel. Zij tekenen ten teken dat zij het eens zijn met dit deel."
                if not c.adult
                else "De meerderjarige leerling tekent zelf voor instemming met dit deel."
            )
        )
        b.extend(cb)
    b.append(PageBreak())
    b.append(H("Onderdeel D – Arrangementsgesprek"))
    b.append(
        P(
            f"Het arrangement is besproken met de ondersteuningsmanager van {c.swv}. Toegekend: "
            + rng.choice(
                [
                    "arrangement licht (8 uur onderwijsassistent per week)",
                    "plusarrangement lezen",
                    "geen extra middelen nodig",
                ]
            )
            + "."
        )
    )
    b.append(SigTable([Sig("Ondersteuningsmanager SWV", c.staff["coord"], "", signed_by=c.staff["coord"])]))
    _el(b, "informatie_rechten", c, rng)
    vs = X.st(c, "vaststelling")
    if vs != "missing":
        b.append(H("Vaststelling"))
        b.append(P(X.value_text("vaststelling", c, rng)))
    return doc


SUBJECTS = {
    "Technisch lezen": (
        "{n} leest eind {m} een AVI-E5 tekst op beheersingsniveau (nu: AVI-M5).",
        "RALFI-lezen met de remedial teacher – 2x per week 30 min",
    ),
    "Begrijpend lezen": (
        "{n} beantwoordt bij een informatieve tekst 4 van de 5 vragen goed (methodetoets, {m}).",
        "Voorlezen van de tekst vooraf en woordweb – leerkracht – bij elke les",
    ),
    "Rekenen": (
        "{n} beheerst in {m} de tafels van 1 t/m 10 (90% goed binnen 3 seconden).",
        "Verlengde instructie in groepje van 4 – leerkracht – 4x per week 20 min",
    ),
    "Spelling": (
        "{n} scoort in {m} voor spelling minimaal een IV (was: V).",
        "Dagelijks 10 minuten inoefenen op de computer (Bouw!) – onderwijsassistent",
    ),
    "Sociaal-emotioneel": (
        "{n} vraagt binnen zes weken zelf om hulp met de hulpkaart, minimaal 3 keer per dag.",
        "Faalangstreductietraining – IB en schoolmaatschappelijk werk – 8 bijeenkomsten",
    ),
    "Werkhouding": (
        "{n} werkt in {m} 15 minuten zelfstandig aan een taak met de time-timer.",
        "Werken met dagplanning en time-timer – leerkracht – dagelijks",
    ),
}


def planperiode(c: Case, rng: random.Random) -> Doc:
    """ParnasSys-like: OP (long term) + OPP for one planperiode with per-subject goal/approach table."""
    h, f = _hdr(c, rng)
    doc = Doc(f"OP en OPP {c.name}", header=h, footer=f, subtitle="OP lange termijn – OPP per planperiode")
    b = doc.blocks
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    b.append(H("Deel 1: OP (ontwikkelingsperspectief lange termijn)"))
    s_u = X.st(c, "uitstroombestemming")
    if s_u != "missing":
        b.append(P(f"Verwacht uitstroomprofiel: {X.value_text('uitstroombestemming', c, rng)}"))
    if X.st(c, "onderbouwing") == "present":
        b.append(H("Huidig didactisch niveau en verantwoording", 2))
        b.append(Table(T.scores(c, rng)))
        b.append(P(T.onderbouwing(c, rng)[1]))
    elif X.st(c, "onderbouwing") == "incomplete":
        b.append(H("Huidig didactisch niveau en verantwoording", 2))
        b.append(
            Table(
                [
                    ["Vakgebied", "DLE / niveau", "Leerrendement"],
                    ["Rekenen", "", ""],
                    ["Begrijpend lezen", "", ""],
                    ["Spelling", "", ""],
                ]
            )
        )
    ft = X.factor_table(c, rng, ("Belemmerende factoren", "Stimulerende factoren"))
    if ft:
        b.append(H("Stimulerende en belemmerende factoren", 2))
        b.append(ft)
    else:
        _el(b, "belemmerende_factoren", c, rng, level=2)
        _el(b, "bevorderende_factoren", c, rng, level=2)
    _el(b, "ondersteuningsbehoefte", c, rng, level=2)
    _el(b, "adviezen_professionals", c, rng, level=2)
    start = c.set_date
    b.append(H(f"Deel 2: OPP planperiode {d(start)} t/m {d(T.eval_dates(c)[1])}"))
    sd, so = X.st(c, "doelen"), X.st(c, "ondersteuning")
    subjects = rng.sample(sorted(SUBJECTS), 3)
    month = d_long(T.eval_dates(c)[0]).split(" ", 1)[1]
    if sd != "missing" or so != "missing":
        cols = (
            ["Vakgebied"]
            + (["Doel (SMART)"] if sd != "missing" else [])
            + (["Aanpak / wie / hoe vaak"] if so != "missing" else [])
        )
        rows = [cols]
        for i, sub in enumerate(subjects):
            goal, aanpak = SUBJECTS[sub]
            row = [sub]
            if sd != "missing":
                row.append(goal.format(n=c.pupil_first, m=month) if sd == "present" else ("..." if i == 0 else ""))
            if so != "missing":
                row.append(aanpak if so == "present" else "")
            rows.append(row)
        b.append(Table(rows))
    _el(b, "afwijkingen_onderwijsprogramma", c, rng, "Beredeneerd aangepast leerstofaanbod / afwijkingen", level=2)
    _el(b, "inbreng_leerling", c, rng, level=2)
    _el(b, "oogo", c, rng, level=2)
    if X.st(c, "evaluatie") != "missing":
        b.append(H("Deel 3: Evaluatie", 1))
        b.append(P(X.value_text("evaluatie", c, rng)))
        if sd == "present":
            b.append(
                Table(
                    [["Doel", "Behaald", "Deels", "Niet behaald", "Vervolg"]] + [[s, "", "", "", ""] for s in subjects]
                )
            )
    _el(b, "informatie_rechten", c, rng)
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, rng.choice(["lines", "table"]))
    if cb:
        b.append(H("Ondertekenen handelingsdeel"))
        b.extend(cb)
    return doc
