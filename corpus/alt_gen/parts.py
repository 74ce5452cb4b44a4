"""Reusable pieces: element bodies, consent blocks, signature rows, pupil data."""

from __future__ import annotations

import random

from . import texts as T
from .case import Case, d
from .ir import Bullets, Check, P, Sig, SigTable, Table

SIGNED_PREFIX = ["w.g.", "getekend:", "(getekend)", ""]


def st(c: Case, el: str) -> str:
    return c.variants[el]


def heading(el: str, rng: random.Random, c: Case | None = None) -> str:
    """A synonym heading; onderbouwing headings never name the destination when the destination is missing."""
    pool = T.HEADINGS[el]
    if c is not None and el == "onderbouwing" and st(c, "uitstroombestemming") == "missing":
        pool = [h for h in pool if "uitstroom" not in h.lower()]
    return rng.choice(pool)


def label(el: str, rng: random.Random) -> str:
    return rng.choice(T.LABELS[el])


def placeholder(c: Case, el: str, rng: random.Random) -> str:
    allow_nvt = el != "afwijkingen_onderwijsprogramma"
    if el == "adviezen_professionals" and rng.random() < 0.6:
        return rng.choice(
            [
                "zie verslag",
                "Zie verslag psycholoog (bijlage).",
                "zie onderzoeksverslag in dossier",
                "Advies: zie bijlage",
            ]
        )
    if el == "vaststelling":
        return rng.choice(["__-__-____", "..-..-20..", "", "datum: ...", "[datum]"])
    if el == "inbreng_leerling" and rng.random() < 0.5:
        return rng.choice(
            ["De leerling is nog niet gehoord.", "Gesprek met leerling: nog plannen", "[mening leerling]"]
        )
    if el == "evaluatie" and rng.random() < 0.5:
        return rng.choice(["Evaluatiedatum: nader te bepalen", "Evaluatie: ..-..-....", "datum volgt"])
    if el == "oogo":
        return rng.choice(["Datum gesprek met ouders: ...", "", "[datum en aanwezigen]", "nog plannen"])
    return T.placeholder(rng, allow_nvt)


def value_text(el: str, c: Case, rng: random.Random) -> str:
    """One-string value for label:value exports and two-column tables (status must not be missing)."""
    s = st(c, el)
    if s == "incomplete":
        return placeholder(c, el, rng)
    if s == "not_applicable":
        if el == "afwijkingen_onderwijsprogramma":
            return T.afwijkingen_na(c, rng)
        return ""
    if el == "uitstroombestemming":
        return T.uitstroom(c, rng)[0]
    if el == "onderbouwing":
        return " ".join(T.onderbouwing(c, rng))
    if el == "belemmerende_factoren":
        return "; ".join(T.factors(c, rng, "belem"))
    if el == "bevorderende_factoren":
        return "; ".join(T.factors(c, rng, "bevor"))
    if el == "ondersteuningsbehoefte":
        return "; ".join(T.behoeften(c, rng))
    if el == "ondersteuning":
        return T.ondersteuning_prose(c, rng)
    if el == "afwijkingen_onderwijsprogramma":
        return T.afwijkingen_present(c, rng)
    if el == "doelen":
        return " ".join(f"({i + 1}) {g}" for i, g in enumerate(T.doelen(c, rng)))
    if el == "adviezen_professionals":
        return " ".join(T.adviezen(c, rng))
    if el == "oogo":
        return T.oogo_sentence(c, rng)
    if el == "inbreng_leerling":
        return " ".join(T.inbreng(c, rng))
    if el == "evaluatie":
        return T.evaluatie_sentence(c, rng)
    if el == "informatie_rechten":
        return " ".join(T.rechten(c, rng))
    if el == "vaststelling":
        return T.vaststelling_sentence(c, rng)
    raise KeyError(el)


def body(el: str, c: Case, rng: random.Random, rich: bool = True) -> list:
    """Blocks under a heading. Empty list only for missing."""
    s = st(c, el)
    if s == "missing":
        return []
    if s == "incomplete":
        ph = placeholder(c, el, rng)
        if el == "ondersteuning" and rich and rng.random() < 0.5:
            return [Table([["Wat", "Wie", "Hoe vaak", "Vanaf"], ["", "", "", ""], ["", "", "", ""]])]
        if (
            el in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "doelen")
            and rich
            and rng.random() < 0.4
        ):
            return [Bullets(["...", "...", "..."] if ph in ("", "-") else [ph, ph])]
        return [P(ph)]
    if s == "not_applicable":
        if el == "afwijkingen_onderwijsprogramma":
            return [P(T.afwijkingen_na(c, rng))]
        if el == "inbreng_leerling" and c.adult:
            return [
                P(
                    f"Niet van toepassing: {c.pupil_first} is meerderjarig en handelingsbekwaam en is zelf "
                    f"gesprekspartner bij dit OPP."
                )
            ]
        return []
    if not rich:
        return [P(value_text(el, c, rng))]
    if el == "uitstroombestemming":
        return [P(T.uitstroom(c, rng)[1])]
    if el == "onderbouwing":
        out = [P(x) for x in T.onderbouwing(c, rng)]
        if rng.random() < 0.5:
            out.append(Table(T.scores(c, rng)))
        return out
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        return [Bullets(T.factors(c, rng, "belem" if el.startswith("belem") else "bevor"))]
    if el == "ondersteuningsbehoefte":
        return [Bullets(T.behoeften(c, rng))]
    if el == "ondersteuning":
        if rng.random() < 0.6:
            return [Table(T.ondersteuning_rows(c, rng))]
        return [P(T.ondersteuning_prose(c, rng))]
    if el == "doelen":
        return [Bullets(T.doelen(c, rng), numbered=rng.random() < 0.5)]
    if el == "adviezen_professionals":
        return [P(x) for x in T.adviezen(c, rng)]
    if el == "inbreng_leerling":
        return [P(x) for x in T.inbreng(c, rng)]
    if el == "informatie_rechten":
        return [P(x) for x in T.rechten(c, rng)]
    return [P(value_text(el, c, rng))]


def factor_table(
    c: Case,
    rng: random.Random,
    cols: tuple[str, str] = ("Belemmerende factoren", "Bevorderende factoren"),
    domains: bool = False,
) -> Table | None:
    """Two-column belemmerend | bevorderend table; None when both are missing."""
    sb, sv = st(c, "belemmerende_factoren"), st(c, "bevorderende_factoren")
    if sb == "missing" and sv == "missing":
        return None
    if sb == "missing" or sv == "missing":
        return None  # caller uses separate sections then
    left = T.factors(c, rng, "belem") if sb == "present" else [""] * 3
    right = T.factors(c, rng, "bevor") if sv == "present" else [""] * 3
    if sb == "incomplete" and rng.random() < 0.5:
        left = ["..."] + [""] * 2
    if sv == "incomplete" and rng.random() < 0.5:
        right = ["nog invullen"] + [""] * 2
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    if domains:
        rows = [["Domein", cols[0], cols[1]]]
        doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis", "Overig"]
        for i in range(n):
            rows.append([doms[i % len(doms)], left[i], right[i]])
        return Table(rows)
    return Table([list(cols)] + [[a, b] for a, b in zip(left, right, strict=True)])


def pupil_rows(c: Case, rng: random.Random, with_date: bool = True) -> list[list[str]]:
    rows = [
        ["Naam leerling", c.name],
        ["Geboortedatum", d(c.birth)],
        ["School", c.school],
        ["Groep / leerjaar", c.grade],
        ["Schooljaar", T.school_year(c)],
    ]
    if rng.random() < 0.5:
        rows.append(["Samenwerkingsverband", c.swv])
    rows.append(["Intern begeleider / zorgcoördinator", c.staff["ib"]])
    if with_date:
        vs = st(c, "vaststelling")
        if vs == "present":
            rows.append([rng.choice(["Datum vaststelling", "Vastgesteld op", "Ingangsdatum"]), d(c.set_date)])
        elif vs == "incomplete":
            rows.append(["Datum vaststelling", placeholder(c, "vaststelling", rng)])
    return rows


def signed_text(name: str, rng: random.Random) -> str:
    pre = rng.choice(SIGNED_PREFIX)
    return f"{pre} {name}".strip()


def parent_role(c: Case, rng: random.Random) -> str:
    if c.adult:
        return rng.choice(["Leerling (meerderjarig)", "Handtekening leerling", "Leerling"])
    return rng.choice(["Ouder(s)/verzorger(s)", "Handtekening ouders", "Ouder / verzorger", "Ouders"])


def school_sigs(c: Case, rng: random.Random, signed: bool = True) -> list[Sig]:
    """School-side signature rows; dated (with the directeur) only when vaststelling is present."""
    vs = st(c, "vaststelling")
    sigs = []
    if vs == "present":
        sigs.append(Sig("Directeur", c.staff["directeur"], d(c.set_date), signed_by=c.staff["directeur"]))
    elif vs == "incomplete":
        sigs.append(Sig("Directeur", c.staff["directeur"], "", None))
    sigs.append(
        Sig(
            rng.choice(["Intern begeleider", "Zorgcoördinator", "Mentor"]),
            c.staff["ib"],
            "",
            signed_by=c.staff["ib"] if signed else None,
        )
    )
    return sigs


def consent_blocks(c: Case, rng: random.Random, mode: str = "table") -> list:
    """Consent evidence (or its absence) per sub-variant. mode: table | lines | checkbox | prose."""
    s = st(c, "instemming_ouders")
    if s == "missing":
        return []
    sub = c.sub.get("consent", "signed")
    cd = d(T.consent_date(c))
    who = c.name if c.adult else c.parent
    role = parent_role(c, rng)
    party = "De leerling" if c.adult else "Ouder(s)/verzorger(s)"
    stmt = rng.choice(
        [
            f"{party} gaan akkoord met het handelingsdeel van dit OPP.",
            "Ondergetekende(n) stem(t)(men) in met het handelingsdeel (de individuele begeleiding).",
            "Voor akkoord handelingsdeel:",
            f"{party} verklaren in te stemmen met de te bieden ondersteuning zoals beschreven in dit plan.",
        ]
    )
    if c.adult:
        stmt = rng.choice(
            [
                "Ik ga akkoord met het handelingsdeel van mijn OPP.",
                "De leerling (meerderjarig en handelingsbekwaam) stemt in met het handelingsdeel.",
            ]
        )
    out: list = []
    if sub == "portal":
        return [
            P(
                f"Akkoord gegeven via het ouderportaal op {cd} door {who} (digitaal ondertekend)."
                if rng.random() < 0.5
                else f"Status ondertekening: Digitaal ondertekend door {who} op {cd} (Somtoday ouderportaal) – akkoord."
            )
        ]
    if sub == "statement":
        return [
            P(
                f"Op {cd} {'heeft ' + c.pupil_first if c.adult else 'hebben ouders'} ingestemd met het handelingsdeel; "
                f"de ondertekende versie is opgenomen in het dossier (getekend {cd})."
            )
        ]
    if sub in ("ticked_dated", "ticked_nodate", "unticked", "refused") or (mode == "checkbox" and sub == "signed"):
        ak = sub in ("ticked_dated", "ticked_nodate", "signed", "image")
        nak = sub == "refused"
        out.append(
            P(
                "Instemming leerling met het handelingsdeel:"
                if c.adult
                else rng.choice(
                    [
                        "Instemming ouder(s)/verzorger(s) met het handelingsdeel:",
                        "Ouders gaan wel / niet akkoord met het handelingsdeel (aankruisen):",
                        "Akkoordverklaring handelingsdeel",
                    ]
                )
            )
        )
        out.append(Check("Akkoord met het handelingsdeel", ak, "akkoord"))
        out.append(Check("Niet akkoord", nak, "niet_akkoord"))
        if sub == "refused":
            out.append(
                P(
                    "Toelichting leerling: ik stem niet in met het handelingsdeel; ik wil geen stage "
                    "in de groenvoorziening."
                    if c.adult
                    else "Toelichting ouders: wij stemmen niet in met het handelingsdeel, omdat de begeleiding te "
                    "weinig uren bevat."
                )
            )
        if sub == "unticked":
            out.append(P("Naam: ____________________   Datum: ___________   Handtekening: ____________"))
        else:
            date = "" if sub == "ticked_nodate" else cd
            out.append(P(f"Naam: {who}   Datum: {date or '___________'}   Handtekening: {signed_text(who, rng)}"))
        return out
    # table / lines / prose modes for the remaining sub-variants
    parents: list[Sig]
    remark = ""
    if sub == "signed":
        parents = [Sig(role, who, cd, signed_by=who)]
    elif sub == "image":
        parents = [Sig(role, who, cd, signed_by=None, image=True)]
    elif sub == "partial":
        parents = [Sig(role, who, cd, signed_by=who)]
        remark = rng.choice(
            [
                "Akkoord met uitzondering van de time-out afspraak.",
                "Wij gaan akkoord met het handelingsdeel, met uitzondering van de onderwijstijd (punt 4).",
            ]
        )
    elif sub == "gezien_akkoord":
        parents = [Sig(role + " – voor gezien en akkoord", who, cd, signed_by=who)]
        stmt = "Voor gezien en akkoord (handelingsdeel):"
    elif sub == "gezien":
        parents = [Sig(role + " (voor gezien)", who, cd, signed_by=who)]
        stmt = rng.choice(["Voor gezien:", "Ouders hebben het OPP gezien.", "Gezien door ouders:"])
    elif sub == "protest":
        parents = [Sig(role, who, cd, signed_by=who, remark="ondertekend onder protest")]
        remark = "Ondertekend onder protest."
    elif sub == "signed_nodate":
        parents = [Sig(role, who, "", signed_by=who)]
    elif sub == "both_parents":
        parents = [
            Sig("Ouder/verzorger 1", "mevrouw " + c.pupil_last, cd, signed_by="mevrouw " + c.pupil_last),
            Sig("Ouder/verzorger 2", "meneer " + c.pupil_last, cd, signed_by="meneer " + c.pupil_last),
        ]
    elif sub == "pupil_only":
        parents = [Sig("Leerling", c.name, cd, signed_by=c.name), Sig(role, "", "", None)]
    elif sub == "school_only":
        parents = []
    elif sub == "blank_line":
        parents = [Sig(role, "", "", None)]
    else:
        parents = [Sig(role, who, "", None)]
    if mode == "lines":
        out.append(P(stmt))
        for sp in parents:
            hand = signed_text(sp.signed_by, rng) if sp.signed_by else "______________________"
            out.append(
                P(
                    f"{sp.role}: {sp.name or '______________________'}    Datum: {sp.date or '____________'}    "
                    f"Handtekening: {hand}"
                )
            )
            if sp.image:
                out.append(sp)
        for s2 in school_sigs(c, rng):
            if s2.date or s2.signed_by:
                out.append(
                    P(
                        f"{s2.role}: {s2.name}    Datum: {s2.date or '____________'}    "
                        f"Handtekening: {signed_text(s2.signed_by, rng) if s2.signed_by else '______________'}"
                    )
                )
        if remark:
            out.append(P(remark, italic=True))
        return out
    sigs = parents + school_sigs(c, rng)
    if sub == "school_only":
        sigs += [Sig("Mentor", c.staff["mentor"], "", signed_by=c.staff["mentor"])]
    out.append(P(stmt))
    out.append(SigTable(sigs))
    if remark:
        out.append(P(remark, italic=True))
    return out
