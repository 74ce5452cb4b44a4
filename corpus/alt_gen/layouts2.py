"""More layouts: forms, content controls, VSO, VO mentor plan, PrO IOP, SO with CvB, short and English-tinted plans,
an empty template and two non-OPP documents."""

from __future__ import annotations

import random

from . import parts as X
from . import texts as T
from .case import Case, d, d_long
from .ir import Check, Doc, Field, H, P, PageBreak, Sig, SigTable, Table, Toc
from .layouts import _el, _hdr, _sec

FORM_ORDER = [
    "uitstroombestemming",
    "onderbouwing",
    "belemmerende_factoren",
    "bevorderende_factoren",
    "ondersteuningsbehoefte",
    "ondersteuning",
    "afwijkingen_onderwijsprogramma",
    "doelen",
    "adviezen_professionals",
    "oogo",
    "inbreng_leerling",
    "evaluatie",
    "informatie_rechten",
]


def _field_blocks(c: Case, rng: random.Random, kind: str, heading_level: int = 2) -> list:
    out = []
    for i, el in enumerate(FORM_ORDER):
        s = X.st(c, el)
        if s == "missing" or (s == "not_applicable" and el == "inbreng_leerling" and not c.adult):
            continue
        if s == "not_applicable" and el == "inbreng_leerling":
            val = "n.v.t. – leerling is meerderjarig"
        elif s == "incomplete":
            val = None
        else:
            val = X.value_text(el, c, rng)
        out.append(H(X.heading(el, rng), heading_level))
        out.append(Field(X.label(el, rng), val, f"veld_{i + 1:02d}_{el[:12]}", kind=kind))
    return out


# ---------------------------------------------------------------- 7. PDF AcroForm
def pdf_form(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc("Invulformulier ontwikkelingsperspectief", header=h, footer=f, subtitle=c.swv)
    b = doc.blocks
    b.append(Table(X.pupil_rows(c, rng, with_date=False), header=False, label_col=True))
    b.extend(_field_blocks(c, rng, "text"))
    vs = X.st(c, "vaststelling")
    b.append(H("Vaststelling en instemming" if vs != "missing" else "Instemming", 2))
    if vs == "present":
        b.append(Field("Datum vaststelling", d(c.set_date), "datum_vaststelling"))
        b.append(Field("Vastgesteld door (directeur)", c.staff["directeur"], "vastgesteld_door"))
    elif vs == "incomplete":
        b.append(Field("Datum vaststelling", None, "datum_vaststelling"))
    s = X.st(c, "instemming_ouders")
    if s != "missing":
        sub = c.sub["consent"]
        sub = {
            "portal": "signed",
            "statement": "signed",
            "image": "signed",
            "both_parents": "signed",
            "gezien_akkoord": "signed",
            "signed_nodate": "ticked_nodate",
            "pupil_only": "blank_line",
        }.get(sub, sub)
        who = c.name if c.adult else c.parent
        cd = d(T.consent_date(c))
        b.append(
            P("Handelingsdeel – instemming " + ("leerling (meerderjarig)" if c.adult else "ouder(s)/verzorger(s)"))
        )
        b.append(
            Check(
                "Akkoord",
                sub in ("signed", "ticked_dated", "ticked_nodate", "sig_signed", "partial"),
                "akkoord",
                form=True,
            )
        )
        b.append(Check("Niet akkoord", sub == "refused", "niet_akkoord", form=True))
        b.append(Check("Gezien", sub == "gezien", "gezien", form=True))
        dated = sub not in ("ticked_nodate", "unticked", "blank_line", "sig_unsigned", "school_only")
        b.append(
            Field(
                "Naam ouder/verzorger" if not c.adult else "Naam leerling",
                who if sub not in ("blank_line", "school_only", "unticked") else None,
                "naam_ouder",
            )
        )
        b.append(Field("Datum", cd if dated else None, "datum_ouder"))
        if sub == "partial":
            b.append(Field("Opmerking", "akkoord met uitzondering van de afspraak over de time-out", "opmerking"))
        signed = sub in ("signed", "sig_signed", "refused", "gezien", "partial", "protest", "ticked_dated")
        if sub != "school_only":
            b.append(
                Sig(
                    "Handtekening " + ("leerling" if c.adult else "ouder"),
                    who,
                    cd,
                    signed_by=who if signed else None,
                    signed_date=cd if signed else "",
                    pdf_field=True,
                    remark="onder protest" if sub == "protest" else "",
                )
            )
        if sub == "protest":
            b.append(Field("Opmerking", "ondertekend onder protest", "opmerking"))
    if vs == "present":
        b.append(
            Sig(
                "Handtekening directeur",
                c.staff["directeur"],
                d(c.set_date),
                signed_by=c.staff["directeur"],
                signed_date=d(c.set_date),
                pdf_field=True,
            )
        )
    else:
        b.append(Sig("Handtekening intern begeleider", c.staff["ib"], "", signed_by=None, pdf_field=True))
    return doc


# ---------------------------------------------------------------- 8. DOCX content controls
def docx_sdt(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc("Ontwikkelingsperspectiefplan", header=h, footer=f, subtitle=f"Sjabloon {c.swv} (versie 2025)")
    b = doc.blocks
    b.append(H("Gegevens leerling", 1))
    for k, v in X.pupil_rows(c, rng, with_date=False):
        b.append(Field(k, v, k.lower().replace(" ", "_").replace("/", ""), kind="sdt"))
    b.append(H("Perspectief en plan", 1))
    b.extend(_field_blocks(c, rng, "sdt"))
    vs = X.st(c, "vaststelling")
    if vs != "missing":
        b.append(H("Vaststelling", 1))
    if vs == "present":
        b.append(Field("Datum vaststelling", d(c.set_date), "datum_vaststelling", kind="sdt"))
        b.append(Field("Vastgesteld door", f"{c.staff['directeur']}, directeur", "vastgesteld_door", kind="sdt"))
    elif vs == "incomplete":
        b.append(Field("Datum vaststelling", None, "datum_vaststelling", kind="sdt"))
        b.append(Field("Vastgesteld door", None, "vastgesteld_door", kind="sdt"))
    s = X.st(c, "instemming_ouders")
    if s != "missing":
        b.append(H("Instemming handelingsdeel", 1))
        sub = c.sub["consent"]
        who = c.name if c.adult else c.parent
        cd = d(T.consent_date(c))
        if sub in ("signed", "ticked_dated", "ticked_nodate", "unticked", "refused"):
            b.append(
                P(
                    "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel:"
                    if not c.adult
                    else "De leerling stemt in met het handelingsdeel:"
                )
            )
            b.append(Check("akkoord", sub in ("signed", "ticked_dated", "ticked_nodate"), "akkoord", form=True))
            b.append(Check("niet akkoord", sub == "refused", "niet_akkoord", form=True))
            b.append(Field("Naam", who if sub != "unticked" else None, "naam_ouder", kind="sdt"))
            b.append(
                Field("Datum", cd if sub in ("signed", "ticked_dated", "refused") else None, "datum_ouder", kind="sdt")
            )
        else:
            b.extend(X.consent_blocks(c, rng, "table"))
    return doc


# ---------------------------------------------------------------- 9. VSO transition plan (often adult pupil)
def vso_plan(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc(
        rng.choice(
            [
                "OPP en transitieplan VSO",
                "Ontwikkelingsperspectief VSO – uitstroomprofiel"
                if X.st(c, "uitstroombestemming") != "missing"
                else "Ontwikkelingsperspectief VSO",
            ]
        ),
        header=h,
        footer=f,
    )
    b = doc.blocks
    rows = X.pupil_rows(c, rng)
    if c.adult:
        rows.append(
            ["Meerderjarig", f"ja – {c.pupil_first} is meerderjarig en handelingsbekwaam en is zelf partij bij dit OPP"]
        )
    b.append(Table(rows, header=False, label_col=True))
    _el(
        b,
        "uitstroombestemming",
        c,
        rng,
        rng.choice(
            [
                "Uitstroomprofiel",
                "Mijn toekomst: werk, leren of dagbesteding",
                "Uitstroomprofiel (vervolgonderwijs / arbeidsmarktgericht / dagbesteding)",
            ]
        ),
    )
    _el(b, "onderbouwing", c, rng, "Onderbouwing profielkeuze")
    _el(b, "adviezen_professionals", c, rng, "Advies commissie voor de begeleiding en andere deskundigen")
    ft = X.factor_table(c, rng, ("Belemmerende factoren", "Bevorderende factoren"))
    if ft:
        _sec(b, "Factoren", [ft])
    else:
        _el(b, "belemmerende_factoren", c, rng)
        _el(b, "bevorderende_factoren", c, rng)
    _el(b, "ondersteuningsbehoefte", c, rng)
    _el(
        b,
        "doelen",
        c,
        rng,
        rng.choice(["Doelen (arbeidsvaardigheden en zelfredzaamheid)", "Leerdoelen en stagedoelen"]),
    )
    _el(b, "ondersteuning", c, rng, "Begeleiding op school en stage")
    _el(b, "afwijkingen_onderwijsprogramma", c, rng)
    _el(b, "inbreng_leerling", c, rng)
    _el(b, "oogo", c, rng, "Overleg" if c.adult else None)
    _el(b, "evaluatie", c, rng)
    _el(b, "informatie_rechten", c, rng)
    b.append(H("Ondertekening"))
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, "table")
    b.extend(cb if cb else [SigTable(X.school_sigs(c, rng))])
    return doc


# ---------------------------------------------------------------- 10. VO mentor plan (labels in the first column)
def vo_mentorplan(c: Case, rng: random.Random) -> Doc:
    doc = Doc(
        rng.choice(["Mentorplan / OPP", "OPP – leerling met extra ondersteuning (VO)"]),
        header=f"{c.school} – ondersteuningsteam",
        footer="pagina {page}",
    )
    b = doc.blocks
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    groups = [
        ("A. Perspectief", ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren"]),
        ("B. Wat heeft de leerling nodig", ["ondersteuningsbehoefte", "adviezen_professionals"]),
        (
            "C. Handelingsdeel" if X.st(c, "ondersteuning") != "missing" else "C. Planperiode",
            ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"],
        ),
        ("D. Afstemming", ["inbreng_leerling", "oogo", "evaluatie", "informatie_rechten"]),
    ]
    for title, els in groups:
        rows = [["Onderdeel", "Invulling"]]
        for el in els:
            s = X.st(c, el)
            if s == "missing" or (el == "inbreng_leerling" and s == "not_applicable"):
                continue
            rows.append([X.heading(el, rng), X.value_text(el, c, rng)])
        if len(rows) > 1:
            b.append(H(title))
            b.append(Table(rows, header=True, label_col=True, widths=[0.3, 0.7]))
    b.append(H("E. Handtekeningen"))
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, "table")
    b.extend(cb if cb else [SigTable(X.school_sigs(c, rng))])
    return doc


# ---------------------------------------------------------------- 11. Praktijkonderwijs IOP
def pro_iop(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc("IOP – Individueel OntwikkelingsPlan (geldt als ontwikkelingsperspectief)", header=h, footer=f)
    b = doc.blocks
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    b.append(H("Deel 1 – Mijn plan (leerling)"))
    _el(b, "uitstroombestemming", c, rng, "Mijn toekomst: welk werk ga ik doen?", level=2)
    if X.st(c, "bevorderende_factoren") != "missing":
        _sec(b, "Dit kan ik goed", X.body("bevorderende_factoren", c, rng), 2)
    if X.st(c, "belemmerende_factoren") != "missing":
        _sec(b, "Hier moet ik op letten", X.body("belemmerende_factoren", c, rng), 2)
    _el(b, "inbreng_leerling", c, rng, "Wat vind ik zelf van mijn plan?", level=2)
    b.append(
        H(
            "Deel 2 – "
            + (
                "Onderbouwing en handelingsdeel (school)"
                if X.st(c, "onderbouwing") != "missing" and X.st(c, "ondersteuning") != "missing"
                else "Schooldeel"
            )
        )
    )
    _el(b, "onderbouwing", c, rng, level=2)
    _el(b, "ondersteuningsbehoefte", c, rng, level=2)
    _el(b, "doelen", c, rng, "Leerdoelen (praktijk, theorie, burgerschap, stage)", level=2)
    _el(b, "ondersteuning", c, rng, "Hoe de school mij helpt", level=2)
    _el(b, "afwijkingen_onderwijsprogramma", c, rng, level=2)
    _el(b, "adviezen_professionals", c, rng, level=2)
    b.append(H("Deel 3 – Afspraken"))
    _el(b, "oogo", c, rng, level=2)
    _el(b, "evaluatie", c, rng, level=2)
    _el(b, "informatie_rechten", c, rng, level=2)
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    b.extend(X.consent_blocks(c, rng, rng.choice(["table", "lines"])))
    return doc


# ---------------------------------------------------------------- 12. SO plan with commissie voor de begeleiding
def so_cvb(c: Case, rng: random.Random) -> Doc:
    h, f = _hdr(c, rng)
    doc = Doc(
        "Ontwikkelingsperspectief (SO)",
        header=h,
        footer=f,
        subtitle="Leerroute en uitstroomprofiel" if X.st(c, "uitstroombestemming") != "missing" else "",
    )
    b = doc.blocks
    b.append(Table(X.pupil_rows(c, rng), header=False, label_col=True))
    letters = iter("ABCDEFGHIJKLMNOP")
    if X.st(c, "adviezen_professionals") != "missing":
        _sec(
            b, f"{next(letters)}. Advies van de commissie voor de begeleiding", X.body("adviezen_professionals", c, rng)
        )
    if X.st(c, "uitstroombestemming") != "missing":
        _sec(b, f"{next(letters)}. Leerroute en verwacht uitstroomprofiel", X.body("uitstroombestemming", c, rng))
    if X.st(c, "onderbouwing") != "missing":
        _sec(b, f"{next(letters)}. Cognitieve leerling kenmerken en leeropbrengsten", X.body("onderbouwing", c, rng))
    for el in (
        "bevorderende_factoren",
        "belemmerende_factoren",
        "ondersteuningsbehoefte",
        "doelen",
        "ondersteuning",
        "afwijkingen_onderwijsprogramma",
        "inbreng_leerling",
        "oogo",
        "evaluatie",
        "informatie_rechten",
    ):
        bl = X.body(el, c, rng)
        if bl:
            _sec(b, f"{next(letters)}. {X.heading(el, rng)}", bl)
    _sec(
        b,
        f"{next(letters)}. "
        + ("Vaststelling en ondertekening" if X.st(c, "vaststelling") != "missing" else "Ondertekening"),
        [],
    )
    if X.st(c, "vaststelling") != "missing":
        b.append(P(X.value_text("vaststelling", c, rng)))
    cb = X.consent_blocks(c, rng, "table")
    b.extend(cb if cb else [SigTable(X.school_sigs(c, rng))])
    return doc


# ---------------------------------------------------------------- 13. Beknopt OPP (one two-column table)
def beknopt(c: Case, rng: random.Random) -> Doc:
    doc = Doc("Beknopt OPP", header="", footer="")
    b = doc.blocks
    rows = [["Leerling", f"{c.name}, {c.grade}, {c.school}"]]
    for el in FORM_ORDER:
        s = X.st(c, el)
        if s == "missing" or (el == "inbreng_leerling" and s == "not_applicable"):
            continue
        rows.append([X.label(el, rng), X.value_text(el, c, rng)])
    vs = X.st(c, "vaststelling")
    if vs != "missing":
        rows.append(["Vastgesteld", X.value_text("vaststelling", c, rng)])
    b.append(Table(rows, header=False, label_col=True, widths=[0.28, 0.72]))
    b.extend(X.consent_blocks(c, rng, "lines"))
    return doc


# ---------------------------------------------------------------- 14. English-influenced wording
EN = {
    "uitstroombestemming": "Expected outcome / uitstroomprofiel",
    "onderbouwing": "Rationale (onderbouwing)",
    "belemmerende_factoren": "Barriers (belemmerend)",
    "bevorderende_factoren": "Strengths",
    "ondersteuningsbehoefte": "Support needs",
    "ondersteuning": "Action plan – support & begeleiding",
    "afwijkingen_onderwijsprogramma": "Curriculum adjustments",
    "doelen": "Learning goals (SMART)",
    "adviezen_professionals": "Specialist advice",
    "oogo": "Parent meeting",
    "inbreng_leerling": "Student voice",
    "evaluatie": "Review dates",
    "informatie_rechten": "Your rights as parent",
}


def english(c: Case, rng: random.Random) -> Doc:
    doc = Doc(
        "Individual Learning Plan / OPP",
        header=f"ILP {c.name} – confidential",
        footer="page {page} of {pages}",
        subtitle=f"{c.school} (tweetalig onderwijs)",
    )
    b = doc.blocks
    b.append(
        Table(
            [
                ["Student", c.name],
                ["Date of birth", d(c.birth)],
                ["Year / grade", c.grade],
                ["Case manager", c.staff["coord"]],
            ],
            header=False,
            label_col=True,
        )
    )
    for el in FORM_ORDER:
        _el(b, el, c, rng, EN[el])
    b.append(H("Sign-off"))
    vs = X.st(c, "vaststelling")
    if vs == "present":
        b.append(P(f"Plan finalised (vastgesteld) on {d(c.set_date)} by {c.staff['directeur']}, principal."))
    elif vs == "incomplete":
        b.append(P("Plan finalised on: TBD"))
    b.extend(X.consent_blocks(c, rng, "table"))
    return doc


# ---------------------------------------------------------------- 15. Empty template
def empty_template(c: Case, rng: random.Random) -> Doc:
    doc = Doc(
        "Format ontwikkelingsperspectiefplan (OPP)",
        header=f"{c.swv} – format OPP versie 2025-2026",
        footer="pagina {page} van {pages}",
    )
    b = doc.blocks
    b.append(
        Table(
            [["Naam leerling", ""], ["Geboortedatum", ""], ["Groep", ""], ["School", ""], ["Datum vaststelling", ""]],
            header=False,
            label_col=True,
        )
    )
    b.append(H("1. Uitstroombestemming"))
    b.append(P("Verwachte uitstroombestemming: ..........................."))
    b.append(H("2. Onderbouwing"))
    b.append(P("[tekst]"))
    b.append(H("3. Bevorderende en belemmerende factoren"))
    b.append(Table([["Bevorderend", "Belemmerend"], ["", ""], ["", ""], ["", ""]]))
    b.append(H("4. Ondersteuningsbehoefte"))
    b.append(P("[tekst]"))
    b.append(H("5. Handelingsdeel"))
    b.append(Table([["Doel", "Aanpak", "Wie", "Frequentie"], ["", "", "", ""], ["", "", "", ""]]))
    b.append(H("6. Afwijkingen van het onderwijsprogramma"))
    b.append(P(""))
    b.append(H("7. Adviezen externe deskundigen"))
    b.append(P("[tekst]"))
    b.append(H("8. Inbreng van de leerling"))
    b.append(P("[tekst]"))
    b.append(H("9. Overleg met ouders (OOGO)"))
    b.append(P("Datum gesprek: ..............  Aanwezig: .............."))
    b.append(H("10. Evaluatie"))
    b.append(P("Evaluatiedatum: .............."))
    b.append(H("11. Rechten van ouders"))
    b.append(P("[tekst]"))
    b.append(H("12. Ondertekening"))
    b.append(P("Ouders stemmen in met het handelingsdeel:"))
    b.append(Check("akkoord", False))
    b.append(Check("niet akkoord", False))
    b.append(SigTable([Sig("Ouder(s)/verzorger(s)"), Sig("Directeur"), Sig("Intern begeleider")]))
    return doc


# ---------------------------------------------------------------- 16/17. Not an OPP
def newsletter(c: Case, rng: random.Random) -> Doc:
    doc = Doc(f"Nieuwsbrief {c.school} – {d_long(c.set_date).split(' ', 1)[1]}", header="", footer="")
    b = doc.blocks
    b.append(H("Van de directie"))
    b.append(
        P(
            "Beste ouders, de eerste weken van het schooljaar zitten erop. De kinderen zijn goed gestart en we "
            "zijn blij met de nieuwe collega's in groep 3 en 6."
        )
    )
    b.append(H("Oudergesprekken"))
    b.append(
        P(
            "In de week van 6 oktober zijn de startgesprekken. U kunt zich inschrijven via het ouderportaal. "
            "Heeft uw kind extra ondersteuning nodig, dan neemt de intern begeleider contact met u op."
        )
    )
    b.append(H("Studiedag"))
    b.append(P("Op vrijdag 17 oktober zijn alle kinderen vrij in verband met een studiedag over passend onderwijs."))
    b.append(H("Schoolfotograaf"))
    b.append(P("De schoolfotograaf komt op 21 oktober. Broertjes en zusjes kunnen samen op de foto."))
    b.append(H("Agenda"))
    b.append(
        Table(
            [
                ["Datum", "Activiteit"],
                ["06-10", "Start startgesprekken"],
                ["17-10", "Studiedag"],
                ["20-10 t/m 24-10", "Herfstvakantie"],
            ]
        )
    )
    return doc


def rapport(c: Case, rng: random.Random) -> Doc:
    doc = Doc(f"Rapport {c.name} – {c.grade}", header=c.school, footer="")
    b = doc.blocks
    b.append(P(f"Schooljaar {T.school_year(c)} – eerste rapport"))
    b.append(
        Table(
            [
                ["Vak", "Cijfer/beoordeling"],
                ["Lezen", "voldoende"],
                ["Taal", "ruim voldoende"],
                ["Rekenen", "matig"],
                ["Wereldoriëntatie", "goed"],
                ["Gym", "goed"],
            ]
        )
    )
    b.append(H("Werkhouding en gedrag"))
    b.append(P(f"{c.pupil_first} werkt netjes en is behulpzaam. Het zelfstandig werken mag nog wat sneller."))
    b.append(H("Opmerking leerkracht"))
    b.append(P(f"Een fijn rapport, {c.pupil_first}! Blijf zo doorgaan."))
    b.append(H("Handtekening"))
    b.append(P(f"Leerkracht: {c.staff['mentor']}        Gezien door ouder/verzorger: ______________________"))
    return doc


LAYOUTS = {
    "swv-numbered": "layouts.swv_numbered",
    "lvs-export": "layouts.lvs_export",
    "esis-export": "layouts.esis_export",
    "somtoday-export": "layouts.somtoday_export",
    "groeidocument-kindkans": "layouts.groeidocument",
    "letter-prose": "layouts.letter",
    "pdf-acroform": "layouts2.pdf_form",
    "docx-content-controls": "layouts2.docx_sdt",
    "vso-transitieplan": "layouts2.vso_plan",
    "vo-mentorplan": "layouts2.vo_mentorplan",
    "pro-iop": "layouts2.pro_iop",
    "so-cvb": "layouts2.so_cvb",
    "beknopt-opp": "layouts2.beknopt",
    "english-ilp": "layouts2.english",
    "empty-template": "layouts2.empty_template",
    "non-opp-newsletter": "layouts2.newsletter",
    "non-opp-rapport": "layouts2.rapport",
    "onderdelen-abcd": "layouts3.meierij_abcd",
    "op-opp-planperiode": "layouts3.planperiode",
    "groeidocument-transparant": "layouts4.transparant",
    "gespreksverslag": "layouts4.gespreksverslag",
}


def build(c: Case, rng: random.Random) -> Doc:
    from . import layouts, layouts2, layouts3, layouts4

    mods = {"layouts": layouts, "layouts2": layouts2, "layouts3": layouts3, "layouts4": layouts4}
    mod, fn = LAYOUTS[c.layout].split(".")
    doc = getattr(mods[mod], fn)(c, rng)
    if c.layout in ("swv-numbered", "so-cvb", "vso-transitieplan", "pro-iop") and rng.random() < 0.35:
        entries = [b.text for b in doc.blocks if isinstance(b, H) and b.level == 1]
        doc.blocks[:0] = [Toc(entries, title=rng.choice(["Inhoud", "Inhoudsopgave"])), PageBreak()]
    return doc
