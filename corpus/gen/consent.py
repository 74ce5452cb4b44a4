"""Consent (instemming) and signature blocks, driven by `Case.consent` and the vaststelling variant."""
from __future__ import annotations

from .blocks import Check, Field, P, Sig, SigRow
from .cases import Case, dates, fmt_date, role_of, short, sig_style
from .wording import rng


def _parent_names(c: Case) -> str:
    if c.adult:
        return c.pupil.full
    return short(c.mother) if rng(c, "pn").random() < .5 else f"{short(c.mother)} en {short(c.father)}"


def _party_role(c: Case) -> str:
    if c.adult:
        return rng(c, "pr").choice(["Leerling (meerderjarig en handelingsbekwaam)", "Handtekening leerling (18+)",
                                    "Leerling"])
    return rng(c, "pr").choice(["Ouder(s)/verzorger(s)", "Handtekening ouders", "Ouder/verzorger 1", "Ouders"])


def school_rows(c: Case) -> list[SigRow]:
    """Signature rows of the school; dated only when the vaststelling is present."""
    v = c.variants["vaststelling"]
    if v == "missing":
        return []
    d = fmt_date(dates(c)["vast"], sig_style(c)) if v == "present" else ""
    mark = "typed" if v == "present" else "none"
    rows = [SigRow("Directeur (namens het bevoegd gezag)", short(c.director), d, mark)]
    if rng(c, "sr").random() < .6:
        rows.append(SigRow(role_of(c.mentor).capitalize() or "Mentor", short(c.mentor), d, mark))
    if rng(c, "sr2").random() < .4:
        rows.append(SigRow("Intern begeleider" if c.primary else "Zorgcoördinator", short(c.ib), d, mark))
    return rows


def statement(c: Case) -> str:
    if c.adult:
        return rng(c, "st").choice([
            f"Ik, {c.pupil.full}, ben meerderjarig en handelingsbekwaam. Ik stem in met het handelingsdeel van dit plan.",
            "Ondergetekende (leerling, 18 jaar of ouder) gaat akkoord met het handelingsdeel."])
    return rng(c, "st").choice([
        "Ouders stemmen in met het handelingsdeel van dit ontwikkelingsperspectief.",
        "Ondergetekende(n) verklaart/verklaren akkoord te gaan met het handelingsdeel (de individuele begeleiding).",
        "Voor akkoord handelingsdeel:",
        "Wij gaan akkoord met de ondersteuning zoals beschreven in het handelingsdeel."])


def consent_blocks(c: Case, acro: bool = False) -> list:
    """Blocks for the consent/signature part (without heading)."""
    k = c.consent
    d = dates(c)
    cd = fmt_date(d["consent"], sig_style(c))
    who = _parent_names(c)
    role = _party_role(c)
    sch = school_rows(c)
    r = rng(c, "cb")
    if k == "none":
        return []
    if k == "signed":
        return [P(statement(c)), Sig([SigRow(role, who, cd, "typed")] + sch)]
    if k == "stated":
        return [P(f"{'Je hebt' if c.adult else 'U heeft'} op {fmt_date(d['consent'], 1)} per e-mail laten weten dat "
                  f"{'je' if c.adult else 'u'} instemt met het handelingsdeel van dit plan."), Sig(sch) if sch else P("")]
    if k == "portal":
        sysname = r.choice(["het ouderportaal", "ParnasSys Ouderportaal", "Somtoday (digitaal ondertekenen)", "Magister"])
        return [P(f"Akkoord gegeven via {sysname} door {who} op {cd} om {r.randint(8, 21)}:{r.randint(10, 59)}."),
                P("Status handelingsdeel: digitaal ondertekend (akkoord)."), Sig(sch) if sch else P("")]
    if k == "ticked":
        return [Check(statement(c).rstrip(":") + ":", [("akkoord", True), ("niet akkoord", False)], "akkoord"),
                Field("Naam", who, "naam_ouder"), Field("Datum", cd, "datum_ouder")] + ([Sig(sch)] if sch else [])
    if k == "sig_signed":
        return [Check("Akkoord met het handelingsdeel:", [("ja", True), ("nee", False)], "akkoord"),
                Sig([SigRow(role, who, fmt_date(d["consent"]), "sig_signed")] + sch)]
    if k == "wetink":
        return [P(statement(c)), Sig([SigRow(role, who, cd, "image")] + sch)]
    if k == "refused":
        if r.random() < .5:
            return [Check("Instemming met het handelingsdeel:", [("akkoord", False), ("niet akkoord", True)], "akkoord"),
                    Sig([SigRow(role, who, cd, "typed")] + sch)]
        return [P(r.choice(["Wij stemmen niet in met het handelingsdeel. Wij vinden de geboden hulp onvoldoende.",
                            "Ouders gaan niet akkoord met het handelingsdeel; zij willen eerst een second opinion."])),
                Sig([SigRow(role, who, cd, "typed", "niet akkoord")] + sch)]
    if k == "partial":
        return [P(statement(c)), P(r.choice(["Akkoord met uitzondering van de time-outplek (punt 3 van de afspraken).",
                                             "Wij gaan gedeeltelijk akkoord: niet met het verminderen van de lesuren.",
                                             "Akkoord, behalve met de afspraak over de laptop; die willen wij eerst bespreken."])),
                Sig([SigRow(role, who, cd, "typed", "deels akkoord")] + sch)]
    if k == "gezien":
        return [P(r.choice(["Voor gezien:", "Ouders hebben het plan gezien.", "Gezien door ouders:"])),
                Sig([SigRow(role + " – voor gezien", who, cd, "typed", "gezien")] + sch)]
    if k == "protest":
        return [P(statement(c)), Sig([SigRow(role, who, cd, "typed", "ondertekend onder protest")] + sch)]
    if k == "school_only":
        return [P("Ondertekening school:"), Sig(sch)]
    if k in ("blank", "template"):
        return [P(statement(c)), Sig([SigRow(role, "", "", "none")] + sch)]
    if k == "unticked":
        return [Check(statement(c).rstrip(":") + ":", [("akkoord", False), ("niet akkoord", False)], "akkoord"),
                Field("Naam", "", "naam_ouder"), Field("Datum", "", "datum_ouder"), Sig([SigRow(role, "", "", "none")] + sch)]
    if k == "sig_unsigned":
        return [P(statement(c)), Sig([SigRow(role, "", "", "sig_unsigned")] + sch)]
    if k == "meierij":
        oo = fmt_date(d["oogo"], sig_style(c))
        return [P("Onderdeel A – ouders tekenen dat zij het plan hebben gezien:"),
                Sig([SigRow(role + " – voor gezien", who, oo, "typed", "gezien")]),
                P("Onderdeel C (handelingsdeel) – ouders tekenen ten teken dat zij het eens zijn met dit deel:"),
                Sig([SigRow(role, who, cd, "typed", "akkoord")] + sch)]
    if k == "pupil_only":
        return [P("Ondertekening door de leerling en de school:"),
                Sig([SigRow("Leerling", c.pupil.full, cd, "typed")] + sch)]
    if k == "nodate":
        return [Check(statement(c).rstrip(":") + ":", [("akkoord", True), ("niet akkoord", False)], "akkoord"),
                Sig([SigRow(role, who, "", "typed")] + sch)]
    raise ValueError(k)


def consent_prose(c: Case) -> list:
    """Letter style: the consent paragraph(s) and signature lines."""
    k = c.consent
    if k == "none":
        return []
    lead = P(rng(c, "lead").choice(["Wilt u hieronder tekenen en het plan aan ons teruggeven?",
                                     "Hieronder is ruimte voor uw handtekening.",
                                     "Graag ontvangen wij dit plan ondertekend terug."]))
    if k in ("signed", "wetink", "sig_signed", "ticked", "nodate", "refused", "partial", "gezien", "protest",
             "blank", "unticked", "sig_unsigned", "template", "school_only"):
        return [lead] + consent_blocks(c)
    return consent_blocks(c)
