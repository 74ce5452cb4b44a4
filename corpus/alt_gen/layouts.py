"""Layouts (template families): each turns a Case into a Doc of neutral blocks."""

from __future__ import annotations

import random

from . import parts as X
from . import texts as T
from .case import Case, d, d_long
from .ir import Bullets, Doc, H, P, PageBreak, SigTable, Table, Toc

OPP_TITLES = [
    "Ontwikkelingsperspectiefplan (OPP)",
    "Ontwikkelingsperspectief",
    "OPP",
    "Ontwikkelingsperspectiefplan",
    "Ontwikkelingsperspectief (OPP) – perspectiefdeel en handelingsdeel",
]


def _hdr(c: Case, rng: random.Random) -> tuple[str, str]:
    h = rng.choice(
        [
            f"OPP – vertrouwelijk – {c.name}",
            f"{c.school} | Ontwikkelingsperspectief {c.pupil_first}",
            f"Vertrouwelijk: {c.name} ({d(c.birth)})",
            f"OPP {c.name} – {T.school_year(c)}",
        ]
    )
    f = rng.choice(
        [
            "pagina {page} van {pages}",
            "Vertrouwelijk – pagina {page}",
            "{page}/{pages}",
            f"{c.swv} – model OPP – pagina {{page}}",
        ]
    )
    return h, f


def _sec(blocks: list, title: str, body: list, level: int = 1) -> None:
    blocks.append(H(title, level))
    blocks.extend(body)


def _el(
    blocks: list, el: str, c: Case, rng: random.Random, title: str | None = None, level: int = 1, rich: bool = True
) -> None:
    """Append heading + body, or nothing when the element is missing (NA inbreng without text also nothing)."""
    b = X.body(el, c, rng, rich)
    if not b:
        return
    _sec(blocks, title or X.heading(el, rng, c), b, level)


# ---------------------------------------------------------------- 1. SWV model, numbered headings
def swv_numbered(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc(rng.choice(OPP_TITLES), header=h, footer=f, subtitle=f"Model {c.swv}")
    b = doc.blocks
    n = 1
    b.append(H(f"{n}. Gegevens"))
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    n += 1
    b.append(
        H(
            f"{n}. "
            + (
                rng.choice(["Onderbouwing", "Onderbouwing perspectief"])
                if X.st(c, "onderbouwing") != "missing"
                else rng.choice(["Beeld van de leerling", "Leerlingprofiel", "Analyse"])
            )
        )
    )
    sub = 1
    if X.st(c, "onderbouwing") != "missing":
        _sec(b, f"{n}.{sub} {X.heading('onderbouwing', rng, c)}", X.body("onderbouwing", c, rng), 2)
        sub += 1
    ft = X.factor_table(
        c,
        rng,
        rng.choice(
            [
                ("Belemmerend", "Bevorderend"),
                ("Belemmerende factoren", "Stimulerende factoren"),
                ("Wat maakt het lastiger", "Wat helpt"),
            ]
        ),
        domains=rng.random() < 0.4,
    )
    if ft:
        _sec(b, f"{n}.{sub} Belemmerende en bevorderende factoren", [ft], 2)
        sub += 1
    else:
        for el in ("belemmerende_factoren", "bevorderende_factoren"):
            if X.st(c, el) != "missing":
                _sec(b, f"{n}.{sub} {X.heading(el, rng)}", X.body(el, c, rng), 2)
                sub += 1
    if X.st(c, "ondersteuningsbehoefte") != "missing":
        _sec(b, f"{n}.{sub} {X.heading('ondersteuningsbehoefte', rng)}", X.body("ondersteuningsbehoefte", c, rng), 2)
    n += 1
    if X.st(c, "uitstroombestemming") != "missing":
        _sec(b, f"{n}. {X.heading('uitstroombestemming', rng)}", X.body("uitstroombestemming", c, rng))
        n += 1
    b.append(H(f"{n}. " + ("Handelingsdeel" if X.st(c, "ondersteuning") != "missing" else "Planperiode")))
    sub = 1
    for el in ("ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"):
        if X.body(el, c, random.Random(0)):
            _sec(b, f"{n}.{sub} {X.heading(el, rng)}", X.body(el, c, rng), 2)
            sub += 1
    n += 1
    if X.st(c, "adviezen_professionals") != "missing":
        _sec(b, f"{n}. {X.heading('adviezen_professionals', rng)}", X.body("adviezen_professionals", c, rng))
        n += 1
    if X.st(c, "oogo") != "missing" or X.body("inbreng_leerling", c, random.Random(0)):
        b.append(H(f"{n}. Betrokkenheid ouders en leerling"))
        sub = 1
        for el in ("oogo", "inbreng_leerling"):
            if X.body(el, c, random.Random(0)):
                _sec(b, f"{n}.{sub} {X.heading(el, rng)}", X.body(el, c, rng), 2)
                sub += 1
        n += 1
    if X.st(c, "evaluatie") != "missing":
        _sec(b, f"{n}. {X.heading('evaluatie', rng)}", X.body("evaluatie", c, rng))
        n += 1
    if X.st(c, "informatie_rechten") != "missing":
        _sec(b, f"{n}. {X.heading('informatie_rechten', rng)}", X.body("informatie_rechten", c, rng))
        n += 1
    b.append(H(f"{n}. Ondertekening"))
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, "table")
    if cb:
        b.extend(cb)
    else:
        b.append(SigTable(X.school_sigs(c, rng)))
    return doc


# ---------------------------------------------------------------- 2. LVS export (label: value, ParnasSys-like)
def lvs_export(c: Case, rng: random.Random) -> Doc:
    h = f"{c.school} - Leerlingdossier - {c.name}"
    doc = Doc(
        rng.choice(["Ontwikkelingsperspectief", "OPP (Ontwikkelingsperspectief)"]),
        header=h,
        footer="Afgedrukt uit het leerlingvolgsysteem - pagina {page} van {pages}",
    )
    b = doc.blocks
    for k, v in X.pupil_rows(c, rng, with_date=False):
        b.append(P(f"{k}: {v}"))
    vs = X.st(c, "vaststelling")
    if vs != "missing":
        b.append(
            P(
                f"{X.label('vaststelling', rng)}: "
                f"{d(c.set_date) if vs == 'present' else X.placeholder(c, 'vaststelling', rng)}"
            )
        )
        if vs == "present":
            b.append(P(f"Vastgesteld door: {c.staff['directeur']} (directeur)"))
    b.append(H("Verantwoording" if X.st(c, "onderbouwing") != "missing" else "Leerlinggegevens en analyse"))
    for el in (
        "onderbouwing",
        "belemmerende_factoren",
        "bevorderende_factoren",
        "ondersteuningsbehoefte",
        "uitstroombestemming",
        "adviezen_professionals",
    ):
        if X.st(c, el) != "missing":
            b.append(P(f"{X.label(el, rng)}: {X.value_text(el, c, rng)}"))
    b.append(H("Handelingsplan"))
    for el in ("doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"):
        if X.st(c, el) not in ("missing",):
            b.append(P(f"{X.label(el, rng)}: {X.value_text(el, c, rng)}"))
    for el in ("inbreng_leerling", "oogo"):
        if X.st(c, el) in ("present", "incomplete"):
            b.append(P(f"{X.label(el, rng)}: {X.value_text(el, c, rng)}"))
    if X.st(c, "evaluatie") != "missing":
        b.append(H("Evaluatie"))
        b.append(P(f"{X.label('evaluatie', rng)}: {X.value_text('evaluatie', c, rng)}"))
    if X.st(c, "informatie_rechten") != "missing":
        b.append(P(f"Informatie voor ouders: {X.value_text('informatie_rechten', c, rng)}"))
    cb = X.consent_blocks(c, rng, "lines")
    if cb:
        b.append(H("Handelingsdeel > Ondertekenen"))
        b.extend(cb)
    return doc


# ---------------------------------------------------------------- 3. ESIS export (Veld | Waarde tables per rubriek)
def esis_export(c: Case, rng: random.Random) -> Doc:
    doc = Doc(
        "ESIS – Leerlingbegeleiding – Ontwikkelingsperspectief",
        header=f"ESIS | {c.school} | {c.name} | lln.nr. {100000 + c.seed % 899999}",
        footer="Gegenereerd uit ESIS – vertrouwelijk – {page}/{pages}",
    )
    b = doc.blocks
    b.append(Table([["Veld", "Waarde"]] + X.pupil_rows(c, rng), header=True, label_col=True))
    rubrieken = [
        ("Rubriek: Perspectief", ["uitstroombestemming", "onderbouwing"]),
        ("Rubriek: Factoren", ["bevorderende_factoren", "belemmerende_factoren"]),
        (
            "Rubriek: Onderwijsbehoeften" if X.st(c, "ondersteuningsbehoefte") != "missing" else "Rubriek: Extern",
            ["ondersteuningsbehoefte", "adviezen_professionals"],
        ),
        (
            "Rubriek: Begeleiding" if X.st(c, "ondersteuning") != "missing" else "Rubriek: Planperiode",
            ["ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"],
        ),
        ("Rubriek: Betrokkenen", ["oogo", "inbreng_leerling"]),
        ("Rubriek: Evaluatie", ["evaluatie"]),
        ("Rubriek: Informatie", ["informatie_rechten"]),
    ]
    for title, els in rubrieken:
        rows = []
        for el in els:
            s = X.st(c, el)
            if s == "missing" or (s == "not_applicable" and el == "inbreng_leerling" and not c.adult):
                continue
            v = (
                X.value_text(el, c, rng)
                if not (s == "not_applicable" and el == "inbreng_leerling")
                else "n.v.t. (leerling meerderjarig, zelf partij)"
            )
            rows.append([X.label(el, rng), v])
        if rows:
            b.append(H(title, 2))
            b.append(Table(rows, header=False, label_col=True))
    cb = X.consent_blocks(c, rng, rng.choice(["lines", "checkbox"]))
    if cb:
        b.append(H("Rubriek: Akkoord", 2))
        b.extend(cb)
    if X.st(c, "vaststelling") == "present":
        b.append(P(f"Status: vastgesteld ({d(c.set_date)}, {c.staff['directeur']})"))
    elif X.st(c, "vaststelling") == "incomplete":
        b.append(P("Status: concept – datum vaststelling: "))
    return doc


# ---------------------------------------------------------------- 4. Somtoday export
def somtoday_export(c: Case, rng: random.Random) -> Doc:
    doc = Doc(
        f"Begeleiding › Ontwikkelingsperspectief › {c.name}", header=f"Somtoday – {c.school}", footer="Pagina {page}"
    )
    b = doc.blocks
    b.append(P(f"Leerling: {c.name} ({c.grade}) – geboren {d(c.birth)}"))
    b.append(P(f"Mentor: {c.staff['mentor']} – Zorgcoördinator: {c.staff['coord']}"))
    vs = X.st(c, "vaststelling")
    if vs == "present":
        b.append(
            P(
                f"Geldig van {d(c.set_date)} tot {d(c.set_date.replace(year=c.set_date.year + 1))} – "
                f"vastgesteld door {c.staff['directeur']} (teamleider/directie) op {d(c.set_date)}"
            )
        )
    elif vs == "incomplete":
        b.append(P("Geldig van  tot  – vastgesteld op: (nog niet vastgesteld)"))
    order = [
        "ondersteuningsbehoefte",
        "belemmerende_factoren",
        "bevorderende_factoren",
        "uitstroombestemming",
        "onderbouwing",
        "doelen",
        "ondersteuning",
        "afwijkingen_onderwijsprogramma",
        "adviezen_professionals",
        "inbreng_leerling",
        "oogo",
        "evaluatie",
        "informatie_rechten",
    ]
    for el in order:
        bl = X.body(el, c, rng, rich=rng.random() < 0.6)
        if bl:
            b.append(H(f"Onderdeel: {X.heading(el, rng)}", 2))
            b.extend(bl)
    s = X.st(c, "instemming_ouders")
    if s != "missing":
        b.append(H("Digitaal ondertekenen", 2))
        sub = c.sub["consent"]
        who = c.name if c.adult else c.parent
        if sub in ("signed", "portal", "statement", "ticked_dated", "both_parents", "gezien_akkoord"):
            b.append(P(f"Handelingsdeel – status: Ondertekend (akkoord) door {who} op {d(T.consent_date(c))}"))
        elif sub == "refused":
            b.append(P(f"Handelingsdeel – status: Niet akkoord ({who}, {d(T.consent_date(c))})"))
        elif sub == "gezien":
            b.append(P(f"Handelingsdeel – status: Gezien door {who} op {d(T.consent_date(c))} (geen akkoord gegeven)"))
        elif sub == "pupil_only":
            b.append(
                P(
                    f"Handelingsdeel – status: ondertekend door leerling {c.name} op {d(T.consent_date(c))}; "
                    "wacht op ondertekening ouder/verzorger"
                )
            )
        elif sub in ("ticked_nodate", "signed_nodate"):
            b.append(P(f"Handelingsdeel – status: akkoord ({who}) – datum: -"))
        else:
            b.append(P("Handelingsdeel – status: Wacht op ondertekening ouder/verzorger"))
    return doc


# ---------------------------------------------------------------- 5. Kindkans / Onderwijs Transparant groeidocument
def groeidocument(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc("Groeidocument", header=h, footer=f, subtitle=f"{c.swv} – Kindkans")
    b = doc.blocks
    parts = [
        "1. Gegevens van uw kind",
        "2. Informatie over uw kind, school en thuis",
        "3. De ondersteuningsbehoefte van uw kind",
        "4. Het ontwikkelingsperspectiefplan (OPP)",
        "5. Aanvraag arrangement / TLV",
        "6. Ondertekening",
    ]
    b.append(Toc(parts))
    b.append(PageBreak())
    b.append(H(parts[0]))
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    b.append(H(parts[1]))
    b.append(
        P(
            f"{c.pupil_first} woont met "
            f"{rng.choice(['moeder en een jongere broer', 'beide ouders en twee zussen', 'vader, in co-ouderschap'])}. "
            f"Op school is {c.hij} "
            f"{rng.choice(['vriendelijk en behulpzaam', 'stil en afwachtend', 'vaak druk en impulsief'])}."
        )
    )
    ft = X.factor_table(c, rng, ("Belemmerend", "Bevorderend"), domains=True)
    if ft:
        b.append(H("Factoren (kind, school, thuis)", 2))
        b.append(ft)
    else:
        for el in ("belemmerende_factoren", "bevorderende_factoren"):
            _el(b, el, c, rng, level=2)
    _el(b, "adviezen_professionals", c, rng, "Betrokken hulpverlening en adviezen", level=2)
    b.append(H(parts[2]))
    _el(b, "ondersteuningsbehoefte", c, rng, "Wat heeft uw kind nodig?", level=2)
    _el(b, "inbreng_leerling", c, rng, "Wat vindt uw kind zelf?", level=2)
    _el(b, "oogo", c, rng, "Visie van ouders / overleg", level=2)
    b.append(PageBreak())
    b.append(H(parts[3]))
    _el(b, "uitstroombestemming", c, rng, level=2)
    _el(b, "onderbouwing", c, rng, level=2)
    _el(b, "doelen", c, rng, level=2)
    _el(b, "ondersteuning", c, rng, "Inzet: wie doet wat, hoe vaak", level=2)
    _el(b, "afwijkingen_onderwijsprogramma", c, rng, level=2)
    _el(b, "evaluatie", c, rng, level=2)
    b.append(H(parts[4]))
    b.append(
        P(
            "Voor dit kind wordt geen toelaatbaarheidsverklaring aangevraagd. Er is een arrangement vanuit de "
            "basisondersteuning plus toegekend."
        )
    )
    _el(b, "informatie_rechten", c, rng, level=2)
    b.append(H(parts[5]))
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, rng.choice(["table", "checkbox"]))
    b.extend(cb)
    return doc


# ---------------------------------------------------------------- 6. letter to parents, running prose
def letter(c: Case, rng: random.Random) -> Doc:
    doc = Doc(c.school, header="", footer=rng.choice(["", "{page}"]))
    b = doc.blocks
    s = X.st
    n = c.pupil_first
    b.append(P(f"Aan de ouders/verzorgers van {c.name}" if not c.adult else f"Aan {c.name}"))
    b.append(P(f"Betreft: het ontwikkelingsperspectief van {n}" if rng.random() < 0.5 else "Betreft: OPP"))
    b.append(P("Beste ouders," if not c.adult else f"Beste {n},"))
    intro = (
        f"Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van {n} voor schooljaar {T.school_year(c)}. "
        f"In deze brief leggen wij uit wat wij verwachten en wat wij gaan doen."
        if not c.adult
        else f"Hierbij ontvang je jouw ontwikkelingsperspectiefplan (OPP) voor schooljaar {T.school_year(c)}. "
        f"Omdat je 18 bent, bespreken we het plan met jou en teken je zelf."
    )
    b.append(P(intro))
    para = []
    if s(c, "uitstroombestemming") == "present":
        v = T.uitstroom(c, rng)[0]
        para.append(
            rng.choice([f"Wij verwachten dat {n} na deze school naar {v} gaat.", f"Ons perspectief voor {n} is {v}."])
        )
    elif s(c, "uitstroombestemming") == "incomplete":
        para.append(f"Welke uitstroombestemming wij verwachten, vullen wij nog in: {T.placeholder(rng)}.")
    if s(c, "onderbouwing") == "present":
        para.append("Dat baseren we op het volgende. " + " ".join(T.onderbouwing(c, rng)))
    elif s(c, "onderbouwing") == "incomplete":
        para.append("De onderbouwing daarvan volgt.")
    if para:
        b.append(P(" ".join(para)))
    fp = []
    if s(c, "bevorderende_factoren") == "present":
        fp.append(f"Wat {n} helpt: " + ", ".join(x[0].lower() + x[1:] for x in T.factors(c, rng, "bevor")) + ".")
    elif s(c, "bevorderende_factoren") == "incomplete":
        fp.append(f"Wat {n} helpt: ...")
    if s(c, "belemmerende_factoren") == "present":
        fp.append(
            f"Wat het {n} moeilijker maakt: "
            + ", ".join(x[0].lower() + x[1:] for x in T.factors(c, rng, "belem"))
            + "."
        )
    elif s(c, "belemmerende_factoren") == "incomplete":
        fp.append(f"Wat het {n} moeilijker maakt: [nog aanvullen]")
    if fp:
        b.append(P(" ".join(fp)))
    if s(c, "ondersteuningsbehoefte") == "present":
        b.append(P(f"{n} heeft op school het volgende nodig: " + "; ".join(T.behoeften(c, rng)) + "."))
    elif s(c, "ondersteuningsbehoefte") == "incomplete":
        b.append(P(f"Wat {n} nodig heeft: (in te vullen door de leerkracht)"))
    if s(c, "adviezen_professionals") == "present":
        b.append(P("Wij hebben ook gekeken naar de adviezen van anderen. " + " ".join(T.adviezen(c, rng))))
    elif s(c, "adviezen_professionals") == "incomplete":
        b.append(P("Voor de adviezen van de psycholoog verwijzen wij naar het verslag."))
    if s(c, "ondersteuning") == "present":
        b.append(
            P(
                T.ondersteuning_prose(c, rng)
                + (" Zo werken we aan de doelen hieronder." if s(c, "doelen") == "present" else "")
            )
        )
    elif s(c, "ondersteuning") == "incomplete":
        b.append(P("Welke extra begeleiding " + n + " krijgt, spreken we nog af: " + T.placeholder(rng)))
    a = s(c, "afwijkingen_onderwijsprogramma")
    if a == "present":
        b.append(P(T.afwijkingen_present(c, rng)))
    elif a == "not_applicable":
        b.append(
            P(
                rng.choice(
                    [
                        f"{n} volgt het gewone programma; er zijn geen afwijkingen van het onderwijsprogramma.",
                        f"Van het reguliere onderwijsprogramma wordt voor {n} niet afgeweken.",
                    ]
                )
            )
        )
    elif a == "incomplete":
        b.append(P("Afwijkingen van het programma: ..."))
    if s(c, "doelen") == "present":
        b.append(P("De doelen voor de komende periode zijn:"))
        b.append(Bullets(T.doelen(c, rng)))
    elif s(c, "doelen") == "incomplete":
        b.append(P("De doelen: [doelen invullen]"))
    if s(c, "inbreng_leerling") == "present":
        b.append(P(" ".join(T.inbreng(c, rng))))
    elif s(c, "inbreng_leerling") == "incomplete":
        b.append(P(f"Wat {n} er zelf van vindt: ..."))
    if s(c, "oogo") == "present":
        b.append(P(rng.choice(["Zoals afgesproken: ", "Ter herinnering: ", ""]) + T.oogo_sentence(c, rng)))
    elif s(c, "oogo") == "incomplete":
        b.append(P("Wij bespraken dit plan met u op ... (datum)."))
    if s(c, "evaluatie") == "present":
        b.append(P(T.evaluatie_sentence(c, rng)))
    elif s(c, "evaluatie") == "incomplete":
        b.append(P("Wanneer wij het plan evalueren, laten wij u nog weten."))
    if s(c, "informatie_rechten") == "present":
        b.append(P(" ".join(T.rechten(c, rng))))
    elif s(c, "informatie_rechten") == "incomplete":
        b.append(P("U heeft instemmingsrecht op het handelingsdeel." if not c.adult else "Je hebt instemmingsrecht."))
    vs = s(c, "vaststelling")
    if vs == "present":
        b.append(P(f"De directeur heeft dit plan vastgesteld op {d_long(c.set_date)}."))
    elif vs == "incomplete":
        b.append(P("Dit plan is vastgesteld op ....................."))
    if s(c, "instemming_ouders") != "missing":
        b.append(
            P(
                "Wilt u het handelingsdeel ondertekenen en aan ons teruggeven?"
                if not c.adult
                else "Wil je het handelingsdeel ondertekenen?"
            )
        )
        b.extend(X.consent_blocks(c, rng, "lines"))
    b.append(P("Met vriendelijke groet,"))
    b.append(P(f"{c.staff['mentor']}, {'leerkracht' if c.school_type in ('po', 'sbo', 'so') else 'mentor'}"))
    return doc
