"""Layouts: turn a Case into a neutral Doc (blocks), each in the style of a real template family."""
from __future__ import annotations

from .blocks import Bullets, Check, Doc, Field, H, P, PageBreak, Sdt, Table, Toc
from .cases import Case, dates, fmt_date, role_of, school_year, short
from .consent import consent_blocks, consent_prose
from .wording import (
    advice,
    destination,
    deviations,
    eval_text,
    factors,
    goals,
    heading,
    inbreng_text,
    na_text,
    needs,
    oogo_text,
    placeholder,
    present_advice,
    present_eval,
    present_factors,
    present_goals,
    present_needs,
    present_onderbouwing,
    present_oogo,
    present_support,
    present_uitstroom,
    prose_factors,
    prose_onderbouwing,
    prose_support,
    prose_uitstroom,
    rights_text,
    rng,
    score_table,
    support_rows,
    vast_text,
)

ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
         "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "instemming_ouders", "vaststelling"]


def st(c: Case, el: str) -> str:
    return c.variants[el]


def part_title(c: Case, words: list[tuple[str, str]], fallback: str) -> str:
    """'Overleg, evaluatie en ondertekening' from the words whose element is not missing."""
    ws = [w for w, el in words if st(c, el) != "missing"]
    text = fallback if not ws else ws[0] if len(ws) == 1 else ", ".join(ws[:-1]) + " en " + ws[-1]
    return text[0].upper() + text[1:]


def content(c: Case, el: str) -> list:
    """Body blocks of one element in section style (no heading); [] when missing."""
    v = st(c, el)
    if v == "missing":
        return []
    if v == "incomplete":
        if el == "instemming_ouders":
            return consent_blocks(c)
        return [P(placeholder(c, el))]
    if v == "not_applicable":
        if el == "afwijkingen_onderwijsprogramma":
            return [P(na_text(c))]
        return pre2025_pupil(c)
    return {
        "uitstroombestemming": present_uitstroom, "onderbouwing": present_onderbouwing,
        "belemmerende_factoren": lambda c: present_factors(c, "bel"),
        "bevorderende_factoren": lambda c: present_factors(c, "bev"),
        "ondersteuningsbehoefte": present_needs, "ondersteuning": present_support,
        "afwijkingen_onderwijsprogramma": lambda c: [P(x) for x in deviations(c)],
        "doelen": present_goals, "adviezen_professionals": present_advice, "oogo": present_oogo,
        "instemming_ouders": consent_blocks,
        "inbreng_leerling": lambda c: [P(x) for x in inbreng_text(c)],
        "evaluatie": present_eval, "informatie_rechten": lambda c: [P(rights_text(c))],
        "vaststelling": lambda c: [P(vast_text(c))],
    }[el](c)


def pre2025_pupil(c: Case) -> list:
    """inbreng_leerling not_applicable: usually nothing; sometimes an old-style pupil paragraph."""
    if c.adult or c.kind != "opp" or rng(c, "pre").random() < .7:
        return []
    return [P(f"{c.pupil.first} vindt het fijn om extra hulp te krijgen bij lezen.")]


def has(c: Case, el: str) -> bool:
    return st(c, el) != "missing" and bool(content(c, el) or st(c, el) == "incomplete")


def header_footer(c: Case, kind: str) -> tuple[str, str]:
    r = rng(c, "hf")
    n = c.pupil.full
    if kind == "swv":
        return (r.choice([f"OPP {n} – vertrouwelijk", f"Ontwikkelingsperspectief {n}", f"{c.school} | OPP {c.pupil.first}"]),
                r.choice(["pagina {page} van {pages}", "OPP – vertrouwelijk – pagina {page} van {pages}", "{page}/{pages}"]))
    if kind == "lv":
        sysname = r.choice(["ParnasSys", "ESIS", "Somtoday", "Magister"])
        return (f"{sysname} – Ontwikkelingsperspectief – {n} ({c.grade})",
                r.choice(["Afgedrukt op 28-11-2026 – pagina {page} van {pages}", "Pagina {page} van {pages}",
                          f"{c.school} – vertrouwelijk – blad {{page}}"]))
    return "", ""


def gegevens_table(c: Case) -> Table:
    r = rng(c, "geg")
    rows = [["Naam leerling", c.pupil.full], ["Geboortedatum", fmt_date(c.birth)], ["Groep / leerjaar", c.grade],
            ["School", f"{c.school}, {c.place}"]]
    if not c.adult:
        rows.append(["Ouders/verzorgers", f"{short(c.mother)}, {short(c.father)}"])
    rows += [["Mentor / leerkracht", short(c.mentor)], ["Intern begeleider / zorgcoördinator", short(c.ib)]]
    if r.random() < .5:
        rows.append(["Samenwerkingsverband", c.swv])
    if st(c, "vaststelling") == "present" and c.vast and r.random() < .5:
        rows.append(["Schooljaar", school_year(c.vast)])
    return Table(rows, header=False, widths=[1, 2])


# --------------------------------------------------------------------------- layout 1: SWV numbered

def factor_table(c: Case) -> list:
    bel, bev = st(c, "belemmerende_factoren"), st(c, "bevorderende_factoren")
    cols = [k for k, v in (("bel", bel), ("bev", bev)) if v != "missing"]
    if not cols:
        return []
    r = rng(c, "ft")
    names = {"bel": r.choice(["Belemmerende factoren", "Belemmerend"]),
             "bev": r.choice(["Bevorderende factoren", "Bevorderend", "Stimulerende factoren"])}
    items = {k: (factors(c, k) if st(c, {"bel": "belemmerende_factoren", "bev": "bevorderende_factoren"}[k]) == "present"
                 else []) for k in cols}
    cats = ["Cognitief", "Sociaal-emotioneel", "Werkhouding", "Thuissituatie"]
    rows = [["Domein"] + [names[k] for k in cols]]
    for i, cat in enumerate(cats):
        rows.append([cat] + [(items[k][i] if i < len(items[k]) else "") for k in cols])
    for k in cols:  # incomplete column: maybe one placeholder cell
        if not items[k] and r.random() < .5:
            rows[1][1 + cols.index(k)] = r.choice(["...", "nog invullen", "[tekst]"])
    return [Table(rows, widths=[1] + [2] * len(cols))]


def swv_numbered(c: Case) -> Doc:
    r = rng(c, "swv")
    hd, ft = header_footer(c, "swv")
    doc = Doc(title=r.choice(["Ontwikkelingsperspectiefplan (OPP)", "Ontwikkelingsperspectief", "OPP – ontwikkelingsperspectiefplan"]),
              subtitle=f"{c.swv} – model OPP {('PO' if c.primary else 'VO')}", header=hd, footer=ft, author=c.school)
    b = doc.blocks
    n = [0]

    def sec(title: str) -> None:
        n[0] += 1
        b.append(H(f"{n[0]}. {title}"))

    sec(r.choice(["Gegevens", "Gegevens leerling", "Persoonsgegevens"]))
    b.append(gegevens_table(c))
    for el in ["uitstroombestemming", "onderbouwing"]:
        if has(c, el):
            sec(heading(c, el))
            b.extend(content(c, el))
    ft_blocks = factor_table(c)
    if ft_blocks:
        both = "missing" not in (st(c, "belemmerende_factoren"), st(c, "bevorderende_factoren"))
        sec(r.choice(["Bevorderende en belemmerende factoren", "Belemmerende en bevorderende factoren"]) if both
            else "Factoren die van invloed zijn op het onderwijs")
        b.extend(ft_blocks)
    for el in ["ondersteuningsbehoefte", "adviezen_professionals", "doelen"]:
        if has(c, el):
            sec(heading(c, el))
            b.extend(content(c, el))
    if has(c, "ondersteuning"):
        sec(r.choice(["Handelingsdeel", "Te bieden ondersteuning en begeleiding", "Handelingsdeel (individuele begeleiding)"]))
        b.extend(content(c, "ondersteuning"))
        if has(c, "afwijkingen_onderwijsprogramma"):
            b.append(H(heading(c, "afwijkingen_onderwijsprogramma"), 2))
            b.extend(content(c, "afwijkingen_onderwijsprogramma"))
    elif has(c, "afwijkingen_onderwijsprogramma"):
        sec(heading(c, "afwijkingen_onderwijsprogramma"))
        b.extend(content(c, "afwijkingen_onderwijsprogramma"))
    for el in ["inbreng_leerling", "oogo", "evaluatie", "informatie_rechten"]:
        if has(c, el):
            sec(heading(c, el))
            b.extend(content(c, el))
    if has(c, "instemming_ouders") or st(c, "vaststelling") != "missing":
        if not has(c, "instemming_ouders"):
            sec("Vaststelling")
        elif st(c, "vaststelling") == "missing":
            sec(r.choice(["Ondertekening", "Handtekeningen"]))
        else:
            sec(r.choice(["Ondertekening", "Instemming en vaststelling", "Handtekeningen"]))
        if st(c, "vaststelling") == "present":
            b.append(P(vast_text(c)))
        elif st(c, "vaststelling") == "incomplete":
            b.append(P(placeholder(c, "vaststelling"), label="Datum vaststelling"))
        if has(c, "instemming_ouders"):
            b.extend(consent_blocks(c))
    return doc


# --------------------------------------------------------------------------- layout 2: label/value export

def lv_value(c: Case, el: str) -> str:
    v = st(c, el)
    if v == "incomplete":
        return placeholder(c, el)
    if v == "not_applicable":
        return na_text(c) if el == "afwijkingen_onderwijsprogramma" else ""
    return {
        "uitstroombestemming": lambda: destination(c),
        "onderbouwing": lambda: prose_onderbouwing(c),
        "belemmerende_factoren": lambda: "; ".join(factors(c, "bel")),
        "bevorderende_factoren": lambda: "; ".join(factors(c, "bev")),
        "ondersteuningsbehoefte": lambda: "; ".join(needs(c)),
        "ondersteuning": lambda: prose_support(c),
        "afwijkingen_onderwijsprogramma": lambda: " ".join(deviations(c)),
        "doelen": lambda: " | ".join(goals(c)),
        "adviezen_professionals": lambda: " ".join(advice(c)),
        "oogo": lambda: oogo_text(c),
        "inbreng_leerling": lambda: " ".join(inbreng_text(c)),
        "evaluatie": lambda: eval_text(c),
        "informatie_rechten": lambda: rights_text(c),
        "vaststelling": lambda: fmt_date(c.vast),
    }[el]()


LV_LABELS = {
    "uitstroombestemming": ["Uitstroomprofiel", "Verwacht uitstroomniveau", "Uitstroombestemming", "Ambitieniveau / uitstroom"],
    "onderbouwing": ["Onderbouwing", "Verantwoording", "Huidige situatie"],
    "belemmerende_factoren": ["Belemmerende factoren", "Belemmerend"],
    "bevorderende_factoren": ["Stimulerende factoren", "Bevorderende factoren"],
    "ondersteuningsbehoefte": ["Ondersteuningsbehoefte", "Onderwijsbehoeften"],
    "ondersteuning": ["Handelingsplan / aanpak", "Te bieden ondersteuning", "Arrangement"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen onderwijsprogramma", "Aangepast leerstofaanbod"],
    "doelen": ["Doelen", "Leerdoelen planperiode"],
    "adviezen_professionals": ["Adviezen deskundigen", "Externe adviezen"],
    "oogo": ["Bespreking met ouders", "Overleg ouders (OOGO)"],
    "inbreng_leerling": ["Inbreng leerling", "Mening leerling (hoorrecht)"],
    "evaluatie": ["Evaluatiemomenten", "Evaluatie"],
    "informatie_rechten": ["Informatie rechten ouders", "Rechten"],
    "vaststelling": ["Datum vaststelling", "Vastgesteld op"],
}


def label_value(c: Case) -> Doc:
    r = rng(c, "lv")
    hd, ft = header_footer(c, "lv")
    doc = Doc(title=r.choice(["Ontwikkelingsperspectief (OPP)", "OPP – planperiode " + (school_year(c.vast) if c.vast else ""),
                              "Leerlingdossier: ontwikkelingsperspectief"]),
              header=hd, footer=ft, author=r.choice(["ParnasSys", "ESIS", "Somtoday"]), font=r.choice(["core", "sans"]))
    b = doc.blocks
    b += [P(c.pupil.full, label="Leerling"), P(fmt_date(c.birth), label="Geboortedatum"), P(c.grade, label="Groep"),
          P(c.school, label="School"), P(short(c.mentor), label="Leerkracht/mentor")]
    groups = [("Verantwoording" if st(c, "onderbouwing") != "missing" else "Beeld van de leerling", ["onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                                  "ondersteuningsbehoefte", "adviezen_professionals", "uitstroombestemming"]),
              ("Handelingsplan", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling"]),
              (" en ".join(t for t, e in (("Overleg", "oogo"), ("evaluatie", "evaluatie"), ("rechten", "informatie_rechten"))
                           if st(c, e) != "missing").capitalize(), ["oogo", "evaluatie", "informatie_rechten"])]
    for g, els in groups:
        present = [el for el in els if st(c, el) != "missing" and not (st(c, el) == "not_applicable" and el == "inbreng_leerling")]
        if not present:
            continue
        if g == "Handelingsplan" and st(c, "ondersteuning") == "missing":
            g = "Planning"
        b.append(H(g))
        for el in present:
            lab = rng(c, "lvl" + el).choice(LV_LABELS[el])
            b.append(P(lv_value(c, el), label=lab))
            if el == "onderbouwing" and st(c, el) == "present" and r.random() < .5:
                b.append(score_table(c))
    if st(c, "vaststelling") == "present":
        b.append(P(fmt_date(c.vast), label=rng(c, "lvv").choice(LV_LABELS["vaststelling"])))
        b.append(P(short(c.director) + " (directeur)", label="Vastgesteld door"))
    elif st(c, "vaststelling") == "incomplete":
        b.append(P("", label="Datum vaststelling"))
    if has(c, "instemming_ouders"):
        b.append(H(r.choice(["Ondertekenen", "Handelingsdeel > Ondertekenen", "Instemming"])))
        b.extend(consent_blocks(c))
    return doc


# --------------------------------------------------------------------------- layout 3: letter

def letter(c: Case) -> Doc:
    r = rng(c, "let")
    d = dates(c)
    n = c.pupil.first
    doc = Doc(title=c.school, subtitle=f"{c.place}", author=c.school, font=r.choice(["serif", "sans", "core"]))
    b = doc.blocks
    b.append(P(f"Aan {c.mother} en {c.father}" if not c.adult else f"Aan {c.pupil.full}"))
    b.append(P(f"Betreft: ontwikkelingsperspectief van {c.pupil.full}, {c.grade}", label=""))
    b.append(P(f"Beste ouders van {n}," if not c.adult else f"Beste {n},"))
    b.append(P(f"In deze brief beschrijven wij het ontwikkelingsperspectief (OPP) van {n}: wat wij verwachten, "
               f"waarom, en welke extra hulp {n} op school krijgt."))

    def say(el: str, present_text: str, lead: str) -> None:
        v = st(c, el)
        if v == "missing":
            return
        if v == "incomplete":
            b.append(P(f"{lead}: {placeholder(c, el)}"))
        elif v == "not_applicable":
            if el == "afwijkingen_onderwijsprogramma":
                b.append(P(r.choice([f"{n} volgt het gewone programma van de groep; we wijken nergens van af.",
                                     "Afwijkingen van het onderwijsprogramma: niet van toepassing.",
                                     "Er zijn geen afwijkingen van het lesprogramma."])))
            else:
                b.extend(pre2025_pupil(c))
        else:
            b.append(P(present_text))

    say("uitstroombestemming", prose_uitstroom(c) if st(c, "uitstroombestemming") == "present" else "", "Verwachte uitstroom")
    say("onderbouwing", prose_onderbouwing(c), "Onderbouwing")
    say("belemmerende_factoren", prose_factors(c, "bel"), "Belemmerende factoren")
    say("bevorderende_factoren", prose_factors(c, "bev"), "Bevorderende factoren")
    say("ondersteuningsbehoefte", f"{n} heeft vooral behoefte aan " + ", ".join(needs(c)) + ".", "Wat " + n + " nodig heeft")
    say("adviezen_professionals", " ".join(advice(c)), "Adviezen van deskundigen")
    say("ondersteuning", prose_support(c), "De extra ondersteuning")
    say("afwijkingen_onderwijsprogramma", " ".join(deviations(c)), "Afwijkingen van het programma")
    say("doelen", "Onze doelen voor de komende periode: " + " ".join(goals(c)), "Doelen")
    say("inbreng_leerling", " ".join(inbreng_text(c)), f"Wat {n} zelf vindt")
    say("oogo", oogo_text(c), "Gesprek met ouders")
    say("evaluatie", eval_text(c), "Evaluatie")
    say("informatie_rechten", rights_text(c), "Uw rechten")
    if st(c, "vaststelling") == "present":
        b.append(P(vast_text(c)))
    elif st(c, "vaststelling") == "incomplete":
        b.append(P(rng(c, "lvs").choice(["Dit plan is vastgesteld op .......... door ..........",
                                          "Datum vaststelling: [datum]", "Vastgesteld op: __-__-____"])))
    b.append(P(r.choice(["Met vriendelijke groet,", "Hartelijke groet,"])))
    b.append(P(f"{short(c.mentor)}, {role_of(c.mentor)}" + (f" en {short(c.ib)}, intern begeleider" if r.random() < .5 else "")))
    if has(c, "instemming_ouders"):
        b.extend(consent_prose(c))
    del d
    return doc


# --------------------------------------------------------------------------- layout 4: form with checkboxes

def form(c: Case) -> Doc:
    r = rng(c, "form")
    doc = Doc(title=r.choice(["Formulier ontwikkelingsperspectiefplan", "OPP-formulier", "Invulformulier OPP"]),
              subtitle=f"{c.school} – schooljaar {school_year(c.vast or dates(c)['vast'])}", acroform=True,
              header=f"OPP-formulier {c.pupil.full}", footer="pagina {page} van {pages}", author=c.school)
    b = doc.blocks
    b += [Field("Naam leerling", c.pupil.full, "naam"), Field("Geboortedatum", fmt_date(c.birth), "geboortedatum"),
          Field("Groep/klas", c.grade, "groep"), Field("School", c.school, "school")]
    for el in ORDER:
        if el in ("instemming_ouders", "vaststelling"):
            continue
        v = st(c, el)
        if v == "missing" or (v == "not_applicable" and el == "inbreng_leerling"):
            continue
        title = heading(c, el)
        if el == "afwijkingen_onderwijsprogramma":
            b.append(H(title, 2))
            if v == "not_applicable":
                b.append(Check("Wordt er afgeweken van het onderwijsprogramma?", [("nee", True), ("ja, namelijk:", False)], "afw"))
            elif v == "present":
                b.append(Check("Wordt er afgeweken van het onderwijsprogramma?", [("nee", False), ("ja, namelijk:", True)], "afw"))
                b.append(Field("Toelichting afwijkingen", " ".join(deviations(c)), "afw_toel"))
            else:
                b.append(Check("Wordt er afgeweken van het onderwijsprogramma?", [("nee", False), ("ja, namelijk:", False)], "afw"))
                b.append(Field("Toelichting afwijkingen", "", "afw_toel"))
            continue
        val = lv_value(c, el) if v == "present" else ("" if r.random() < .6 else placeholder(c, el))
        b.append(Field(title, val, el[:12]))
    if has(c, "instemming_ouders"):
        b.append(H(r.choice(["Vaststelling en instemming", "Ondertekening"]) if st(c, "vaststelling") != "missing"
                   else "Ondertekening", 2))
    elif st(c, "vaststelling") != "missing":
        b.append(H("Vaststelling", 2))
    if st(c, "vaststelling") == "present":
        b.append(Field("Datum vaststelling", fmt_date(c.vast), "datum_vaststelling"))
        b.append(Field("Vastgesteld door (naam, functie)", short(c.director) + ", directeur", "vastgesteld_door"))
    elif st(c, "vaststelling") == "incomplete":
        b.append(Field("Datum vaststelling", "", "datum_vaststelling"))
        b.append(Field("Vastgesteld door (naam, functie)", r.choice(["", short(c.director) + ", directeur"]), "vastgesteld_door"))
    if has(c, "instemming_ouders"):
        b.extend(consent_blocks(c, acro=True))
    return doc


# --------------------------------------------------------------------------- layout 5: DOCX content controls

SDT_TAGS = {"uitstroombestemming": "Uitstroom", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerend",
            "bevorderende_factoren": "Bevorderend", "ondersteuningsbehoefte": "Onderwijsbehoefte",
            "ondersteuning": "Handelingsdeel", "afwijkingen_onderwijsprogramma": "Afwijkingen", "doelen": "Doelen",
            "adviezen_professionals": "Adviezen", "oogo": "OverlegOuders", "inbreng_leerling": "InbrengLeerling",
            "evaluatie": "Evaluatie", "informatie_rechten": "Rechten", "vaststelling": "DatumVaststelling"}


def sdt_form(c: Case) -> Doc:
    r = rng(c, "sdt")
    doc = Doc(title="Ontwikkelingsperspectiefplan", subtitle=f"{c.swv} – format OPP (versie 2025)",
              header=f"OPP | {c.pupil.full} | vertrouwelijk", footer="Pagina {page}", author=c.swv)
    b = doc.blocks
    b += [Sdt("Naam", "Naam leerling", c.pupil.full), Sdt("Geboortedatum", "Geboortedatum", fmt_date(c.birth)),
          Sdt("Groep", "Groep", c.grade), Sdt("School", "School", c.school)]
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        v = st(c, el)
        if v == "missing" or (v == "not_applicable" and el == "inbreng_leerling"):
            continue
        title = heading(c, el)
        b.append(H(title, 2))
        if v == "incomplete":
            ph = placeholder(c, el)
            b.append(Sdt(SDT_TAGS[el], title, None if r.random() < .7 or not ph else ph, block=True))
        elif el == "vaststelling":
            b.append(Sdt(SDT_TAGS[el], "Datum vaststelling", fmt_date(c.vast)))
            b.append(Sdt("VastgesteldDoor", "Vastgesteld door", short(c.director) + " (directeur)"))
        else:
            b.append(Sdt(SDT_TAGS[el], title, lv_value(c, el), block=True))
    if has(c, "instemming_ouders"):
        b.append(H(heading(c, "instemming_ouders"), 2))
        b.extend(consent_blocks(c))
    return doc


# --------------------------------------------------------------------------- layout 6: VSO, adult pupil

def vso_adult(c: Case) -> Doc:
    r = rng(c, "vso")
    hd = f"OPP {c.pupil.full} – {c.school}"
    doc = Doc(title="Ontwikkelingsperspectiefplan VSO", subtitle=r.choice(["Meerderjarige leerling", "Leerling 18+"]),
              header=hd, footer="OPP – vertrouwelijk – pagina {page} van {pages}", author=c.school)
    b = doc.blocks
    b.append(gegevens_table(c))
    b.append(P(f"{c.pupil.first} is meerderjarig en handelingsbekwaam en beslist daarom zelf over dit plan. "
               f"{c.pupil.first} heeft aangegeven dat {c.his} ouders op de hoogte mogen blijven."))
    b.append(H("Deel 1 – Perspectief" if st(c, "uitstroombestemming") != "missing" else "Deel 1 – Beeld van de leerling"))
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "adviezen_professionals"]:
        if has(c, el):
            b.append(H(heading(c, el), 2))
            b.extend(content(c, el))
    b.append(H("Deel 2 – Handelingsdeel" if st(c, "ondersteuning") != "missing" else
               "Deel 2 – Doelen en programma" if st(c, "doelen") != "missing" else "Deel 2 – Programma"))
    for el in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]:
        if has(c, el):
            b.append(H(heading(c, el), 2))
            b.extend(content(c, el))
    b.append(H("Deel 3 – " + part_title(c, [("overleg", "oogo"), ("evaluatie", "evaluatie"), ("ondertekening", "instemming_ouders")],
                                       "afsluiting")))
    for el in ["oogo", "evaluatie", "informatie_rechten"]:
        if has(c, el):
            b.append(H(heading(c, el), 2))
            b.extend(content(c, el))
    if st(c, "vaststelling") != "missing":
        b.append(H(heading(c, "vaststelling"), 2))
        b.extend(content(c, "vaststelling"))
    if has(c, "instemming_ouders"):
        b.append(H(heading(c, "instemming_ouders"), 2))
        b.extend(consent_blocks(c))
    return doc


# --------------------------------------------------------------------------- layout 7: groeidocument

def groeidocument(c: Case) -> Doc:
    r = rng(c, "gd")
    doc = Doc(title=f"Groeidocument {c.pupil.full}", subtitle=f"{c.swv} – {r.choice(['Kindkans', 'Onderwijs Transparant', 'groeidocument PO'])}",
              header=f"Groeidocument – {c.pupil.full}", footer="{page}", author=c.swv)
    parts = ["1. Gegevens van het kind", "2. Informatie over het kind, school en thuis",
             "3. De ondersteuningsbehoefte" if st(c, "ondersteuningsbehoefte") != "missing" else "3. Onderzoek",
             "4. Het ontwikkelingsperspectiefplan (OPP)",
             "5. Aanvraag arrangement" if st(c, "ondersteuning") == "present" else "5. Contact"]
    doc.blocks.append(Toc(parts + ["Bijlagen"]))
    doc.blocks.append(PageBreak())
    b = doc.blocks
    b.append(H(parts[0]))
    b.append(gegevens_table(c))
    b.append(H(parts[1]))
    b.append(H("2.1 Gezinssituatie", 2))
    b.append(P(r.choice([f"{c.pupil.first} woont met moeder en een jongere broer in {c.place}. Vader woont in de buurt; er is regelmatig contact.",
                         f"{c.pupil.first} is de oudste van drie kinderen. Beide ouders werken. Oma helpt met opvang."])))
    b.append(H("2.2 Medische gegevens", 2))
    b.append(P(r.choice(["Geen bijzonderheden.", "Astma; gebruikt een puffer bij inspanning.", "Draagt een bril (sinds 2023)."])))
    for el in ["onderbouwing", "belemmerende_factoren", "bevorderende_factoren"]:
        if has(c, el):
            b.append(H(heading(c, el), 2))
            b.extend(content(c, el))
    b.append(H(parts[2]))
    if has(c, "ondersteuningsbehoefte"):
        b.extend(content(c, "ondersteuningsbehoefte"))
    if has(c, "adviezen_professionals"):
        b.append(H(heading(c, "adviezen_professionals"), 2))
        b.extend(content(c, "adviezen_professionals"))
    b.append(PageBreak())
    b.append(H(parts[3]))
    for el in ["uitstroombestemming", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling",
               "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        if has(c, el):
            b.append(H(heading(c, el), 2))
            b.extend(content(c, el))
    b.append(H(parts[4]))
    if st(c, "ondersteuning") == "present":
        b.append(P(r.choice(["Gevraagd arrangement: ambulante begeleiding cluster 4, 2 uur per week, voor de duur van een jaar.",
                             "Aanvraag: extra middelen voor een onderwijsassistent (arrangement licht)."])))
    else:
        b.append(P(f"Contactpersoon school: {short(c.ib)}, telefoon 0{r.randint(10, 99)}-{r.randint(1000000, 9999999)}."))
    if has(c, "instemming_ouders"):
        b.append(H(heading(c, "instemming_ouders"), 2))
        b.extend(consent_blocks(c))
    return doc


# --------------------------------------------------------------------------- layout 8: handreiking model with TOC

def toc_model(c: Case) -> Doc:
    r = rng(c, "toc")
    parts = {"A": "Deel A – Perspectiefdeel" if st(c, "uitstroombestemming") != "missing" else "Deel A – Beeld van de leerling",
             "B": "Deel B – Handelingsdeel" if st(c, "ondersteuning") != "missing" else
                  "Deel B – Doelen" if st(c, "doelen") != "missing" else "Deel B – Programma",
             "C": "Deel C – " + part_title(c, [("evaluatie", "evaluatie"), ("ondertekening", "instemming_ouders")],
                                           "overige gegevens")}
    plan = {"A": ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                  "ondersteuningsbehoefte", "adviezen_professionals"],
            "B": ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling"],
            "C": ["oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]}
    entries = []
    for k, els in plan.items():
        entries.append(parts[k])
        entries += [f"   {heading(c, el)}" for el in els if has(c, el)]
    doc = Doc(title=r.choice(["Ontwikkelingsperspectief", "OPP volgens de handreiking", "Ontwikkelingsperspectiefplan"]),
              subtitle=f"{c.pupil.full} – {c.school}", header=f"OPP {c.pupil.first} {c.pupil.last[:1]}.",
              footer="Pagina {page} van {pages}", author=c.school, font=r.choice(["serif", "sans"]))
    b = doc.blocks
    b.append(H("Inhoud"))
    b.append(Toc(entries))
    b.append(PageBreak())
    b.append(H("Gegevens"))
    b.append(gegevens_table(c))
    for k, els in plan.items():
        b.append(H(parts[k]))
        for i, el in enumerate(e for e in els if has(c, e)):
            b.append(H(f"{k}{i + 1}. {heading(c, el)}", 2))
            b.extend(content(c, el))
            if el == "onderbouwing" and st(c, el) == "present" and r.random() < .5:
                b.append(P("Zie ook de toetsgegevens in de bijlage."))
    b.append(PageBreak())
    b.append(H("Bijlage – leerlingvolgsysteem"))
    b.append(P("Overzicht van de toetsen van de afgelopen twee jaar (leerlingvolgsysteem), voor zover beschikbaar."))
    return doc


# --------------------------------------------------------------------------- empty template / not an OPP

def template(c: Case) -> Doc:
    r = rng(c, "tpl")
    doc = Doc(title="Format ontwikkelingsperspectiefplan (OPP)", subtitle=f"{c.swv} – leeg format, versie 2025-2026",
              header="Format OPP", footer="pagina {page} van {pages}", author=c.swv)
    b = doc.blocks
    b.append(Table([["Naam leerling", ""], ["Geboortedatum", ""], ["Groep", ""], ["School", ""]], header=False, widths=[1, 2]))
    for i, el in enumerate([e for e in ORDER if e not in ("instemming_ouders", "vaststelling")]):
        b.append(H(f"{i + 1}. {heading(c, el)}"))
        b.append(P(r.choice(["", "...", "[tekst]", "Klik of tik om tekst in te voeren."])))
    b.append(H("Vaststelling"))
    b.append(P("", label="Datum vaststelling"))
    b.append(H(heading(c, "instemming_ouders")))
    b.extend(consent_blocks(c))
    return doc


def not_opp(c: Case) -> Doc:
    r = rng(c, "nopp")
    if c.sub.get("kind") == "rapport":
        doc = Doc(title=f"Rapport {c.pupil.full}", subtitle=f"{c.school} – {c.grade} – eerste rapport", author=c.school)
        doc.blocks += [Table([["Vak", "Cijfer / beoordeling"], ["Lezen", "7,5"], ["Taal", "6,8"], ["Spelling", "6,0"],
                              ["Rekenen", "5,9"], ["Wereldoriëntatie", "7,2"], ["Gym", "goed"], ["Muziek", "voldoende"]]),
                       H("Opmerkingen van de leerkracht", 2),
                       P(f"{c.pupil.first} heeft hard gewerkt dit halfjaar. {c.he.capitalize()} is vrolijk en behulpzaam. "
                         f"Bij rekenen mag {c.he} nog wat rustiger werken en zijn sommen controleren."),
                       H("Werkhouding", 2), P("Zelfstandigheid: voldoende. Concentratie: matig. Samenwerken: goed."),
                       P("Handtekening ouder: ____________________")]
        return doc
    doc = Doc(title=f"Nieuwsbrief {c.school}", subtitle=r.choice(["oktober", "november", "maart"]) + " – nummer 3", author=c.school,
              header=f"Nieuwsbrief {c.school}", footer="{page}")
    doc.blocks += [H("Van de directie"),
                   P("Beste ouders en verzorgers, de herfstvakantie staat weer voor de deur. In deze nieuwsbrief leest u meer over "
                     "de schoolreis, de nieuwe speeltoestellen en de luizencontrole."),
                   H("Schoolreis"), P("Op donderdag gaan de groepen 3 tot en met 6 naar het Openluchtmuseum. Vergeet uw kind geen lunchpakket mee te geven."),
                   H("Luizencontrole"), P("Na elke vakantie controleren de luizenouders alle kinderen. Heeft uw kind luizen? Dan belt de leerkracht u."),
                   H("Medezeggenschapsraad"), P("De MR zoekt een nieuwe ouder. Heeft u interesse? Mail naar de voorzitter."),
                   H("Agenda"), Table([["Datum", "Activiteit"], ["14 oktober", "Studiedag, alle kinderen vrij"], ["21 oktober", "Kijkavond"],
                                       ["5 november", "Rapportgesprekken"]])]
    return doc


LAYOUTS = {"swv-numbered": swv_numbered, "label-value-export": label_value, "letter": letter, "form-checkbox": form,
           "docx-content-controls": sdt_form, "vso-adult": vso_adult, "groeidocument": groeidocument,
           "toc-handreiking": toc_model, "empty-template": template, "not-opp": not_opp}

__all__ = ["LAYOUTS", "Bullets", "Check", "Field", "support_rows", "goals"]


# --------------------------------------------------------------------------- layout 9: one big two-column table

def two_column(c: Case) -> Doc:
    r = rng(c, "2col")
    doc = Doc(title=r.choice(["Ontwikkelingsperspectief", "OPP", "Ontwikkelingsperspectiefplan (OPP) – format school"]),
              subtitle=f"{c.school} – {c.place}", header=f"{c.pupil.full} – {c.grade}",
              footer=r.choice(["{page}", "Pagina {page} van {pages}"]), author=c.school, font=r.choice(["core", "sans"]))
    rows = [["Naam", c.pupil.full], ["Geboortedatum", fmt_date(c.birth)], ["Groep/klas", c.grade]]
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        v = st(c, el)
        if v == "missing" or (v == "not_applicable" and el == "inbreng_leerling"):
            continue
        label = heading(c, el) if el != "vaststelling" else "Datum vaststelling / door"
        if v == "incomplete":
            val = "" if r.random() < .5 else placeholder(c, el)
        elif el == "vaststelling":
            val = f"{fmt_date(c.vast)} – {short(c.director)}, directeur"
        else:
            val = lv_value(c, el)
        rows.append([label, val])
    doc.blocks.append(Table(rows, header=False, widths=[1, 2.6]))
    if has(c, "instemming_ouders"):
        doc.blocks.append(H(heading(c, "instemming_ouders"), 2))
        doc.blocks.extend(consent_blocks(c))
    return doc


LAYOUTS["two-column-table"] = two_column
