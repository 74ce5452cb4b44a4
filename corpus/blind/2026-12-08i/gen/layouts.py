# -*- coding: utf-8 -*-
"""Layouts: turn a resolved Doc into a list of blocks (format-independent).

Blocks: ("title",t) ("sub",t) ("h1",t) ("h2",t) ("p",t) ("pi",t) ("b",t) ("bul",[t]) ("num",[t])
("kv",[(k,v)]) ("tbl",header|None,rows,widths) ("chk",[(bool,t)]) ("sig",[dict]) ("cc",label,placeholder)
("ccchk",[(bool,t)]) ("pb",) ("sp",) ("img",path)
"""
import content as C
from model import fd

PROFILES = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]


# ------------------------------------------------------------------ element content
def uitstroom_profile(d):
    u = d.arch["uitstroom_short"]
    for p in PROFILES:
        if p in d.arch["uitstroom"] or p in u:
            return p
    return None


def full_text(d, el):
    """Plain text (possibly multi-line) of the full variant."""
    A = d.A
    if el == "uitstroombestemming":
        return A("uitstroom")[0].upper() + A("uitstroom")[1:] + "."
    if el == "onderbouwing":
        return A("onderbouwing")
    if el == "belemmerende_factoren":
        return "\n".join("- " + x[1] for x in A("belemmerend"))
    if el == "bevorderende_factoren":
        return "\n".join("- " + x[1] for x in A("bevorderend"))
    if el == "ondersteuningsbehoefte":
        return "%s heeft nodig:\n" % d.first + "\n".join("- " + x for x in A("behoefte"))
    if el == "ondersteuning":
        return "\n".join("- %s (%s; %s)" % x for x in A("ondersteuning"))
    if el == "afwijkingen_onderwijsprogramma":
        a = A("afwijkingen")
        if d.var(el) == "nvt" or a is None:
            return "Geen afwijkingen van het onderwijsprogramma; %s volgt het reguliere programma." % d.first
        return a
    if el == "doelen":
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(A("doelen")))
    if el == "adviezen_professionals":
        if d.var(el) == "nocvb":
            return nocvb_text(d)
        return A("adviezen")
    if el == "oogo":
        return oogo_text(d)
    if el == "inbreng_leerling":
        if d.var(el) == "view":
            return A("inbreng_view")
        return A("inbreng_view") + "\n" + "Wat hebben we ermee gedaan? " + A("inbreng_effect")
    if el == "evaluatie":
        return eval_text(d)
    if el == "informatie_rechten":
        return rights_text(d)
    if el == "vaststelling":
        return vast_text(d)
    raise KeyError(el)


def nocvb_text(d):
    # advice of an external professional only; no advice of the commissie voor de begeleiding
    return d.t("De behandelaar van {n} (mevr. {psy}) adviseert een voorspelbare aanpak en afstemming met thuis. "
               "De school neemt dit advies over in het handelingsdeel.")


def who_parents(d):
    if d.parent2:
        return "%s en %s" % (d.parent, d.parent2)
    return d.parent


def oogo_text(d):
    v = d.var("oogo")
    if v == "nodate":
        return "Het plan is met ouders besproken."
    with_pupil = "" if d.type in ("po", "sbo", "so") and d.cur_date.year < 2025 else " en %s zelf" % d.first
    if d.adult in ("adult",):
        who = "%s (meerderjarig)%s" % (d.first, ", op %s verzoek samen met %s" % ("zijn" if d.male else "haar", d.parent))
    elif d.adult == "curatele":
        who = "%s (curator) en %s" % (d.parent, d.first)
    else:
        who = who_parents(d) + with_pupil
    return ("Het ontwikkelingsperspectief is op %s besproken met %s, door %s (%s) en %s (%s). "
            "Afspraken uit dit overleg zijn verwerkt in het handelingsdeel." % (
                d.date(d.oogo_date, "nl"), who, d.staff["mentor"], d.mentor_role, d.staff["ib"], d.ib_role))


def eval_text(d):
    v = d.var("evaluatie")
    s = d.cur_date
    sy = s.year if s.month >= 8 else s.year - 1
    whom = "ouders en %s" % d.first if d.cur_date >= C_HOOR() else "ouders"
    if d.adult == "adult":
        whom = d.first + " (en op %s verzoek ouders)" % ("zijn" if d.male else "haar")
    plan = ("Het OPP wordt ten minste eenmaal per schooljaar met %s geëvalueerd. Tussenevaluatie: %s %d; "
            "eindevaluatie en bijstelling: %s %d, in een gesprek met %s en %s." % (
                whom, "februari" if s.month < 12 else "maart", sy + 1, "juni", sy + 1, d.mentor_role, d.ib_role))
    if v == "filled":
        return ("Evaluatie vorige periode (%s, met %s): " % (d.date(d.eval_prev_date()), whom) + d.A("eval_prev") +
                "\n" + plan)
    return plan


def C_HOOR():
    from model import HOORRECHT
    return HOORRECHT


def rights_text(d):
    v = d.var("informatie_rechten")
    if v == "partial":
        return C.RIGHTS_PARTIAL
    if v == "ref":
        return C.RIGHTS_REF
    return d.t(C.RIGHTS_FULL_ADULT if d.adult == "adult" else C.RIGHTS_FULL)


def vast_text(d):
    v = d.var("vaststelling")
    if v == "concept":
        return ("Versie 1 vastgesteld op %s door %s (%s). Bijstelling (versie 2): CONCEPT – nog niet vastgesteld." % (
            d.date(d.set_date), d.staff["dir"], d.dir_role))
    if d.rev_date:
        return ("Versie 1 vastgesteld op %s; bijstelling vastgesteld op %s door %s, %s, namens het bevoegd gezag." % (
            d.date(d.set_date), d.date(d.rev_date), d.staff["dir"], d.dir_role))
    return "Vastgesteld op %s door %s, %s, namens het bevoegd gezag." % (d.date(d.set_date), d.staff["dir"], d.dir_role)


LISTY = {"belemmerende_factoren": "belemmerend", "bevorderende_factoren": "bevorderend",
         "ondersteuningsbehoefte": "behoefte", "doelen": "doelen"}


def prose_text(d, el):
    """One-paragraph version of an element (letters, short forms)."""
    g = d.gap(el)
    if g is not None:
        return g
    if el in LISTY:
        items = d.A(LISTY[el])
        items = [x[1] if isinstance(x, tuple) else x for x in items]
        return "; ".join(x.rstrip(".") for x in items) + "."
    if el == "ondersteuning":
        return "; ".join("%s (%s, %s)" % x for x in d.A("ondersteuning")) + "."
    return full_text(d, el).replace("\n", " ")


def el_text(d, el):
    """Text of an element in its variant ('' for empty)."""
    g = d.gap(el)
    if g is not None:
        return g
    return full_text(d, el)


def el_blocks(d, el, style="rich"):
    """Blocks under a heading for the element; [] means heading with nothing below."""
    g = d.gap(el)
    if g is not None:
        if g == "":
            return []
        return [("pi" if d.var(el) == "instr" else "p", g)]
    A = d.A
    if style == "rich":
        if el == "belemmerende_factoren":
            return [("bul", [x[1] for x in A("belemmerend")])]
        if el == "bevorderende_factoren":
            return [("bul", [x[1] for x in A("bevorderend")])]
        if el == "ondersteuningsbehoefte":
            return [("p", "%s heeft nodig:" % d.first), ("bul", A("behoefte"))]
        if el == "ondersteuning":
            return [("tbl", ["Ondersteuning", "Door wie", "Frequentie / vanaf"], [list(x) for x in A("ondersteuning")],
                     [0.5, 0.25, 0.25])]
        if el == "doelen":
            return [("num", A("doelen"))]
        if el == "inbreng_leerling" and d.var(el) != "view":
            return [("p", A("inbreng_view")), ("p", "Wat hebben we met de inbreng gedaan? " + A("inbreng_effect"))]
        if el == "evaluatie" and d.var(el) == "filled":
            t = eval_text(d).split("\n")
            return [("p", t[0]), ("p", t[1])]
    return [("p", x) for x in full_text(d, el).split("\n")] if style == "lines" else [("p", full_text(d, el))]


def shown(d, el):
    return d.var(el) != "absent"


# ------------------------------------------------------------------ consent
def sigrow(role, name, date, mark):
    return dict(role=role, name=name, date=date, mark=mark)


def consent_blocks(d, head="Instemming met het handelingsdeel"):
    k = d.consent
    sd = d.date(d.sign_date)
    dd = d.date(d.cur_date)
    par = d.parent
    school = sigrow("Namens de school", "%s, %s" % (d.staff["dir"], d.dir_role), dd, "w.g.")
    out = []
    if k in ("absent",):
        return []
    if k == "avg_only":
        return [("h2", "Toestemming gebruik gegevens en beeldmateriaal (AVG)"),
                ("p", "Ondergetekende geeft toestemming voor het delen van gegevens met het samenwerkingsverband en "
                      "voor het gebruik van foto's van %s in de schoolgids en op de website." % d.first),
                ("chk", [(True, "Ja, ik geef toestemming voor het delen van gegevens met het SWV"),
                         (True, "Ja, foto's mogen gebruikt worden")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g.")])]
    out.append(("h2", head))
    intro = ("Met mijn handtekening geef ik aan in te stemmen met het handelingsdeel van het ontwikkelingsperspectief "
             "van %s." % d.first)
    if k == "signed":
        out += [("p", intro), ("chk", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g."), school])]
    elif k == "digital":
        out += [("p", "Instemming handelingsdeel: akkoord. Digitaal ondertekend door %s op %s om 19.42 uur via het "
                      "ouderportaal." % (par, sd))]
    elif k == "stated":
        out += [("p", "%s heeft op %s in het gesprek met de %s ingestemd met het handelingsdeel; de instemming is "
                      "dezelfde dag per e-mail bevestigd." % (par, sd, d.ib_role))]
    elif k == "renewed":
        out += [("p", intro),
                ("sig", [sigrow("Ouder/verzorger – versie 1", par, d.date(d.set_date + _days(5)), "w.g."),
                         sigrow("Ouder/verzorger – bijstelling (versie 2)", par, sd, "w.g."), school])]
    elif k == "old_sig":
        out += [("p", intro),
                ("sig", [sigrow("Ouder/verzorger – versie 1", par, d.date(d.set_date + _days(8)), "w.g."),
                         sigrow("Ouder/verzorger – bijstelling (versie 2)", "", "", "blank"),
                         sigrow("Namens de school – versie 2", "", "", "blank")])]
    elif k in ("image", "scan_signed"):
        out += [("p", intro), ("chk", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "image"), sigrow("Namens de school", d.staff["dir"], dd, "image")])]
    elif k == "adult_pupil":
        out += [("p", "%s is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel." % d.first),
                ("chk", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [sigrow("Leerling (18+)", d.name, sd, "w.g."), school])]
    elif k == "adult_parents_only":
        out += [("p", intro), ("chk", [(True, "akkoord met het handelingsdeel")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g."), sigrow("Leerling", d.name, "", "blank"), school])]
    elif k == "curator":
        out += [("p", "%s staat onder curatele. De curator (%s) stemt namens %s in met het handelingsdeel." % (
            d.first, par, d.first)),
                ("chk", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [sigrow("Curator", par, sd, "w.g."), school])]
    elif k == "voor_gezien":
        out += [("p", intro), ("sig", [sigrow("Ouder/verzorger", par + " (voor gezien)", sd, "w.g. – voor gezien"), school]),
                ("p", "Opmerking ouder: 'Getekend voor gezien, wij willen eerst het verslag van de psycholoog afwachten.'")]
    elif k == "onder_protest":
        out += [("p", intro), ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g. (onder protest)"), school]),
                ("p", "Opmerking ouder: 'Ik teken onder protest. Ik ben het niet eens met de verkorting van de "
                      "begeleidingstijd en wil dit met het samenwerkingsverband bespreken.'")]
    elif k == "refused":
        out += [("p", intro), ("chk", [(False, "akkoord met het handelingsdeel"), (True, "niet akkoord met het handelingsdeel")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g."), school]),
                ("p", "Toelichting ouders: wij vinden dat de ondersteuning te beperkt is en willen een onderzoek naar "
                      "een andere school. Het overleg wordt voortgezet.")]
    elif k == "partial":
        out += [("p", intro), ("chk", [(False, "akkoord met het gehele handelingsdeel"),
                                       (True, "akkoord, met uitzondering van het verkorte lesrooster (onderdeel afwijkingen)")]),
                ("sig", [sigrow("Ouder/verzorger", par, sd, "w.g."), school])]
    elif k == "school_only":
        out += [("p", intro), ("sig", [sigrow("Ouder/verzorger", "", "", "blank"), school])]
    elif k == "blank_line":
        out += [("p", intro), ("sig", [sigrow("Ouder/verzorger", "", "", "blank"), sigrow("Namens de school", "", "", "blank")])]
    elif k == "unticked":
        out += [("chk", [(False, "Ik ga akkoord met het handelingsdeel"), (False, "Ik ga niet akkoord")]),
                ("sig", [sigrow("Ouder/verzorger", par, "", "blank")])]
    elif k == "no_date":
        out += [("p", intro), ("chk", [(True, "akkoord met het handelingsdeel")]),
                ("sig", [sigrow("Ouder/verzorger", par, "", "w.g."), sigrow("Namens de school", d.staff["dir"], "", "w.g.")])]
    else:
        raise KeyError(k)
    return out


def _days(n):
    import datetime as dt
    return dt.timedelta(days=n)


def pupil_kv(d, extra=()):
    rows = [("Naam leerling", d.name), ("Geboortedatum", d.date(d.birth)), ("School", "%s, %s" % (d.school, d.place)),
            ("Groep/klas", d.arch["klas"]), ("Ouder(s)/verzorger(s)", who_parents(d))]
    rows += list(extra)
    rows.append(("Looptijd plan", "%s t/m %s" % (d.date(d.period[0]), d.date(d.period[1]))))
    return rows


def version_table(d):
    if not d.rev_date:
        return []
    rows = [["1", d.date(d.set_date), "vastgesteld", "eerste OPP"]]
    st = "concept" if d.var("vaststelling") == "concept" else "vastgesteld"
    rows.append(["2", d.date(d.rev_date), st, "bijstelling na evaluatie"])
    return [("tbl", ["Versie", "Datum", "Status", "Omschrijving"], rows, [0.12, 0.22, 0.22, 0.44])]


def bijstelling_blocks(d, head="Bijstelling"):
    if not d.rev_date:
        return []
    return [("h2", "%s d.d. %s" % (head, d.date(d.rev_date))), ("p", d.A("bijstelling"))]


# ------------------------------------------------------------------ layouts
HEAD_NUM = {
    "uitstroombestemming": "Te verwachten uitstroombestemming",
    "onderbouwing": "Onderbouwing van de uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen voor de komende periode",
    "adviezen_professionals": "Adviezen van deskundigen",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "oogo": "Op overeenstemming gericht overleg (OOGO)",
    "informatie_rechten": "Informatie over uw rechten",
    "vaststelling": "Vaststelling",
}


def L_swv_numbered(d):
    B = [("sub", d.swv), ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("p", "Schooljaar %d-%d" % (d.period[0].year if d.period[0].month >= 8 else d.period[0].year - 1,
                                      (d.period[0].year if d.period[0].month >= 8 else d.period[0].year - 1) + 1))]
    B += version_table(d)
    groups = [
        ("Gegevens leerling", None),
        ("Beeld van de leerling", ["belemmerende_factoren", "bevorderende_factoren"]),
        ("Onderwijs- en ondersteuningsbehoeften", ["ondersteuningsbehoefte"]),
        ("Ontwikkelingsperspectief", ["uitstroombestemming", "onderbouwing"]),
        ("Adviezen van deskundigen", ["adviezen_professionals"]),
        ("Handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]),
        ("Inbreng van de leerling", ["inbreng_leerling"]),
        ("Evaluatie", ["evaluatie"]),
        ("Overleg met ouders", ["oogo"]),
        ("Vaststelling en instemming", ["vaststelling", "informatie_rechten", "CONSENT"]),
    ]
    n = 0
    for title, els in groups:
        if els is None:
            n += 1
            B += [("h1", "%d. %s" % (n, title)), ("kv", pupil_kv(d))]
            continue
        els_shown = [e for e in els if e == "CONSENT" or shown(d, e)]
        if not els_shown or (els_shown == ["CONSENT"] and d.consent in ("absent",)):
            continue
        n += 1
        B.append(("h1", "%d. %s" % (n, title)))
        m = 0
        for e in els_shown:
            if e == "CONSENT":
                B += consent_blocks(d)
                continue
            if len(els_shown) > 1:
                m += 1
                B.append(("h2", "%d.%d %s" % (n, m, HEAD_NUM[e])))
            B += el_blocks(d, e)
        if title == "Evaluatie":
            B += bijstelling_blocks(d)
    return B


def L_two_col(d):
    B = [("title", "Ontwikkelingsperspectief – %s" % d.school),
         ("p", "%s | %s | Looptijd %s – %s" % (d.name, d.arch["klas"], d.date(d.period[0]), d.date(d.period[1])))]
    B += version_table(d)
    rows = [("Naam", d.name), ("Geboortedatum", d.date(d.birth)), ("Ouders/verzorgers", who_parents(d))]
    order = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
             ("Bevorderende factoren", "bevorderende_factoren"), ("Belemmerende factoren", "belemmerende_factoren"),
             ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen externe deskundigen", "adviezen_professionals"),
             ("Doelen", "doelen"), ("Ondersteuning (wat, wie, hoe vaak)", "ondersteuning"),
             ("Afwijking onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
             ("Mening van de leerling", "inbreng_leerling"), ("Evaluatie", "evaluatie"),
             ("Besproken met ouders", "oogo"), ("Rechten ouders", "informatie_rechten"),
             ("Vastgesteld", "vaststelling")]
    for lab, e in order:
        if shown(d, e):
            rows.append((lab, el_text(d, e)))
    if d.rev_date:
        rows.append(("Bijstelling %s" % d.date(d.rev_date), d.A("bijstelling")))
    B.append(("kv", rows))
    B += consent_blocks(d, "Ondertekening handelingsdeel")
    return B


def L_domain_table(d):
    B = [("title", "Ontwikkelingsperspectief"), ("sub", "%s – %s" % (d.school, d.swv)),
         ("kv", pupil_kv(d))]
    B += version_table(d)
    B.append(("h1", "Beeld van de leerling: belemmerend en bevorderend per domein"))
    bel, bev = d.A("belemmerend"), d.A("bevorderend")
    sb, sv = shown(d, "belemmerende_factoren"), shown(d, "bevorderende_factoren")
    gb, gv = d.gap("belemmerende_factoren"), d.gap("bevorderende_factoren")
    header = ["Domein"] + (["Belemmerend"] if sb else []) + (["Bevorderend"] if sv else [])
    rows = []
    for i, (key, name) in enumerate(C.DOMAINS):
        r = [name]
        if sb:
            r.append(("; ".join(x[1] for x in bel if x[0] == key)) if gb is None else (gb if i == 0 else ""))
        if sv:
            r.append(("; ".join(x[1] for x in bev if x[0] == key)) if gv is None else (gv if i == 0 else ""))
        rows.append(r)
    B.append(("tbl", header, rows, [0.24] + [0.76 / (len(header) - 1)] * (len(header) - 1)))
    if shown(d, "ondersteuningsbehoefte"):
        B += [("h1", "Onderwijsbehoeften")] + el_blocks(d, "ondersteuningsbehoefte")
    B.append(("h1", "Perspectief"))
    for e, h in (("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    if shown(d, "adviezen_professionals"):
        B += [("h1", "Adviezen van externe deskundigen")] + el_blocks(d, "adviezen_professionals")
    B.append(("h1", "Handelingsdeel"))
    for e, h in (("doelen", "Doelen"), ("ondersteuning", "Aanpak en ondersteuning"),
                 ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    if shown(d, "inbreng_leerling"):
        B += [("h1", "Stem van de leerling")] + el_blocks(d, "inbreng_leerling")
    if shown(d, "evaluatie"):
        B.append(("h1", "Evaluatie"))
        if d.var("evaluatie") == "blank":
            B.append(("tbl", ["Evaluatiemoment", "Datum", "Aanwezig", "Bevindingen"],
                      [["Tussenevaluatie", "", "", ""], ["Eindevaluatie", "", "", ""]], [0.22, 0.16, 0.22, 0.4]))
        else:
            B += el_blocks(d, "evaluatie")
            if d.var("evaluatie") == "planned":
                B.append(("tbl", ["Evaluatiemoment", "Datum", "Aanwezig", "Bevindingen"],
                          [["Tussenevaluatie", "", "", ""], ["Eindevaluatie", "", "", ""]], [0.22, 0.16, 0.22, 0.4]))
    B += bijstelling_blocks(d)
    if shown(d, "oogo"):
        B += [("h1", "Overleg met ouders")] + el_blocks(d, "oogo")
    B.append(("h1", "Vaststelling en ondertekening"))
    for e in ("vaststelling", "informatie_rechten"):
        if shown(d, e):
            B += el_blocks(d, e)
    B += consent_blocks(d)
    return B


def L_groeidocument(d):
    B = [("sub", d.swv), ("title", "Groeidocument"), ("p", "%s – %s – %s" % (d.name, d.school, d.arch["klas"]))]
    B += version_table(d)
    B += [("h1", "1 Basisgegevens"), ("kv", pupil_kv(d, [("Betrokken externen", "zie hoofdstuk 6.3")])),
          ("h1", "2 Hulpvraag van school, ouders en leerling"),
          ("p", "Hoe kunnen wij %s zo begeleiden dat %s zich optimaal ontwikkelt richting het verwachte "
                "uitstroomniveau?" % (d.first, "hij" if d.male else "zij")),
          ("h1", "3 Beeld van de leerling")]
    if shown(d, "bevorderende_factoren"):
        B += [("h2", "3.1 Stimulerende factoren")] + el_blocks(d, "bevorderende_factoren")
    if shown(d, "belemmerende_factoren"):
        B += [("h2", "3.2 Belemmerende factoren")] + el_blocks(d, "belemmerende_factoren")
    if shown(d, "ondersteuningsbehoefte"):
        B += [("h1", "4 Onderwijsbehoeften")] + el_blocks(d, "ondersteuningsbehoefte")
    B.append(("h1", "5 Ontwikkelingsperspectief (OPP)"))
    for e, h in (("uitstroombestemming", "5.1 Uitstroomprofiel"), ("onderbouwing", "5.2 Onderbouwing"),
                 ("afwijkingen_onderwijsprogramma", "5.3 Afwijkingen van het onderwijsprogramma")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    B.append(("h1", "6 Handelingsdeel"))
    for e, h in (("doelen", "6.1 Doelen"), ("ondersteuning", "6.2 Aanbod en ondersteuning"),
                 ("adviezen_professionals", "6.3 Adviezen externe deskundigen")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    if shown(d, "inbreng_leerling"):
        B += [("h1", "7 Stem van de leerling")] + el_blocks(d, "inbreng_leerling")
    B.append(("h1", "8 Evaluaties en bijstellingen"))
    if shown(d, "evaluatie"):
        if d.var("evaluatie") == "blank":
            B += [("kv", [("Datum evaluatie", ""), ("Aanwezig", ""), ("Bevindingen", ""), ("Vervolg", "")])]
        else:
            B += el_blocks(d, "evaluatie")
    B += bijstelling_blocks(d)
    B.append(("h1", "9 Afspraken met ouders en ondertekening"))
    for e, h in (("oogo", "Overleg"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Als u het niet eens bent")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    B += consent_blocks(d, "Ondertekening handelingsdeel")
    return B


def L_beknopt(d):
    B = [("title", "Beknopt OPP"), ("sub", "%s · %s" % (d.school, d.place))]
    rows = [("Leerling", "%s (%s)" % (d.name, d.date(d.birth))), ("Klas/groep", d.arch["klas"]),
            ("Periode", "%s – %s" % (d.date(d.period[0]), d.date(d.period[1])))]
    if d.rev_date:
        rows.append(("Versie", "bijstelling van %s (versie 1: %s)" % (d.date(d.rev_date), d.date(d.set_date))))
    order = [("Uitstroom", "uitstroombestemming"), ("Waarom", "onderbouwing"), ("Sterk", "bevorderende_factoren"),
             ("Lastig", "belemmerende_factoren"), ("Nodig", "ondersteuningsbehoefte"), ("Aanpak", "ondersteuning"),
             ("Afwijkend programma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"),
             ("Advies externen", "adviezen_professionals"), ("Leerling zegt", "inbreng_leerling"),
             ("Evaluatie", "evaluatie"), ("OOGO", "oogo"), ("Rechten", "informatie_rechten"),
             ("Vastgesteld", "vaststelling")]
    for lab, e in order:
        if shown(d, e):
            rows.append((lab, prose_text(d, e)))
    B.append(("kv", rows))
    B += consent_blocks(d, "Handtekening voor akkoord handelingsdeel")
    return B


Q = [("Waar gaat %s na deze school naartoe?", "uitstroombestemming"),
     ("Waarom verwachten we dat?", "onderbouwing"),
     ("Wat gaat goed? Wat helpt %s?", "bevorderende_factoren"),
     ("Wat maakt het leren moeilijk?", "belemmerende_factoren"),
     ("Wat heeft %s nodig?", "ondersteuningsbehoefte"),
     ("Welke doelen willen we halen?", "doelen"),
     ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning"),
     ("Wijkt het lesprogramma af?", "afwijkingen_onderwijsprogramma"),
     ("Wat zeggen deskundigen?", "adviezen_professionals"),
     ("Wat vindt %s zelf?", "inbreng_leerling"),
     ("Wanneer kijken we of het werkt?", "evaluatie"),
     ("Met wie is dit plan besproken?", "oogo"),
     ("Wat als u het er niet mee eens bent?", "informatie_rechten"),
     ("Wie heeft het plan vastgesteld?", "vaststelling")]


def L_questions(d):
    B = [("title", "Het plan van %s" % d.first), ("sub", "Ontwikkelingsperspectief – %s" % d.school),
         ("kv", pupil_kv(d))]
    B += version_table(d)
    for q, e in Q:
        if shown(d, e):
            B += [("h1", q % d.first if "%s" in q else q)] + el_blocks(d, e)
    B += bijstelling_blocks(d, "Wat is er veranderd? Bijstelling")
    B += consent_blocks(d, "Gaat u akkoord met het handelingsdeel?")
    return B


def L_letter(d):
    B = [("b", d.school), ("p", "Postbus %d, %s" % (1000 + d.s["seed"] * 7, d.place)), ("sp",),
         ("p", "Aan %s\nouder(s)/verzorger(s) van %s" % (who_parents(d) if d.adult != "adult" else d.name, d.first)),
         ("p", "%s, %s" % (d.place, d.date(d.cur_date, "nl"))),
         ("b", "Betreft: ontwikkelingsperspectief van %s (%s)" % (d.name, d.arch["klas"])), ("sp",),
         ("p", "Beste %s," % ("ouders" if d.adult != "adult" else d.first)),
         ("p", "Naar aanleiding van ons gesprek sturen wij u het ontwikkelingsperspectief (OPP) van %s. In deze brief "
               "vatten wij het plan samen; het handelingsdeel staat in de tabel verderop." % d.first)]
    if d.rev_date:
        B.append(("p", "Dit is een bijgestelde versie. " + d.A("bijstelling")))
    lead = {"uitstroombestemming": "Wij verwachten dat %s uitstroomt naar: " % d.first,
            "onderbouwing": "Dit verwachten wij omdat: ",
            "bevorderende_factoren": "Wat %s helpt: " % d.first,
            "belemmerende_factoren": "Wat het leren moeilijker maakt: ",
            "ondersteuningsbehoefte": "Wat %s nodig heeft: " % d.first,
            "adviezen_professionals": "Adviezen van deskundigen: ",
            "afwijkingen_onderwijsprogramma": "Over het lesprogramma: ",
            "inbreng_leerling": "Wat %s zelf vindt: " % d.first,
            "oogo": "Overleg: ", "evaluatie": "Evaluatie: ", "informatie_rechten": "Uw rechten: ",
            "vaststelling": "Vaststelling: "}
    for e in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
              "ondersteuningsbehoefte", "adviezen_professionals", "afwijkingen_onderwijsprogramma",
              "inbreng_leerling", "oogo", "evaluatie"]:
        if shown(d, e):
            B.append(("p", lead[e] + prose_text(d, e)))
    B.append(("h2", "Handelingsdeel"))
    if shown(d, "doelen"):
        B += [("b", "Doelen")] + el_blocks(d, "doelen")
    if shown(d, "ondersteuning"):
        B += [("b", "Ondersteuning")] + el_blocks(d, "ondersteuning")
    for e in ("informatie_rechten", "vaststelling"):
        if shown(d, e):
            B.append(("p", lead[e] + el_text(d, e)))
    B += [("p", "Met vriendelijke groet,"), ("p", "%s, %s\n%s, %s" % (d.staff["ib"], d.ib_role, d.staff["dir"], d.dir_role)),
          ("pb",), ("b", "Antwoordstrook – graag ondertekend retour")]
    B += consent_blocks(d, "Antwoordstrook instemming handelingsdeel")
    return B


def L_system_export(d):
    rid = 400000 + d.s["seed"] * 131
    B = [("b", "Kompasnet LVS – Export leerlingdossier"), ("p", "Rapport: OPP (sjabloon OPP-%s v4)  Record-ID: %d" % (
        d.type.upper(), rid)),
         ("kv", [("Leerling", d.name), ("Leerlingnummer", str(rid // 3)), ("Geboortedatum", d.date(d.birth, "iso")),
                 ("Vestiging", "%s (%s)" % (d.school, d.place)), ("Stamgroep/klas", d.arch["klas"]),
                 ("Planstatus", "bijgesteld" if d.rev_date else "actief"),
                 ("Startdatum plan", d.date(d.period[0], "iso")), ("Einddatum plan", d.date(d.period[1], "iso"))])]
    if d.rev_date:
        B.append(("p", "Historie: versie 1 %s vastgesteld; versie 2 %s %s." % (
            d.date(d.set_date, "iso"), d.date(d.rev_date, "iso"),
            "concept" if d.var("vaststelling") == "concept" else "vastgesteld")))
    fields = [("OPP.Uitstroom", "uitstroombestemming"), ("OPP.Uitstroom.Onderbouwing", "onderbouwing"),
              ("Leerlingbeeld.Belemmerend", "belemmerende_factoren"),
              ("Leerlingbeeld.Bevorderend", "bevorderende_factoren"),
              ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Handelingsdeel.Doelen", "doelen"),
              ("Handelingsdeel.Interventies", "ondersteuning"),
              ("Handelingsdeel.AfwijkingProgramma", "afwijkingen_onderwijsprogramma"),
              ("Extern.Adviezen", "adviezen_professionals"), ("Leerling.Inbreng", "inbreng_leerling"),
              ("Evaluatie.Planning", "evaluatie"), ("Ouders.OOGO", "oogo"), ("Ouders.Rechten", "informatie_rechten"),
              ("Plan.Vaststelling", "vaststelling")]
    for f, e in fields:
        if shown(d, e):
            B += [("b", "[%s]" % f)] + el_blocks(d, e, "lines")
    if d.rev_date:
        B += [("b", "[Plan.Bijstelling %s]" % d.date(d.rev_date, "iso")), ("p", d.A("bijstelling"))]
    cb = consent_blocks(d, "[Handelingsdeel.Instemming]")
    B += cb
    return B


def L_vso_profile(d):
    so = d.type == "so"
    B = [("sub", d.school), ("title", "Ontwikkelingsperspectief %s" % ("SO" if so else "VSO")),
         ("kv", pupil_kv(d, [("Leeftijd bij vaststelling", "%d jaar" % _age(d))] +
                         ([("Juridische status", "meerderjarig, onder curatele (curator: %s)" % d.parent)]
                          if d.adult == "curatele" else []) +
                         ([("Juridische status", "meerderjarig en handelingsbekwaam")] if d.adult == "adult" else [])))]
    B += version_table(d)
    B.append(("h1", "A. Uitstroomprofiel"))
    v = d.var("uitstroombestemming")
    prof = uitstroom_profile(d)
    if so:
        if shown(d, "uitstroombestemming"):
            B += el_blocks(d, "uitstroombestemming")
    elif v == "unticked":
        B.append(("ccchk", [(False, p) for p in PROFILES]))
    elif v != "absent":
        B.append(("ccchk", [(p == prof and v not in ("empty",) and d.gap("uitstroombestemming") is None, p)
                            for p in PROFILES]))
        g = d.gap("uitstroombestemming")
        B.append(("p", "Toelichting: " + (g if g is not None else d.A("uitstroom"))))
    if shown(d, "onderbouwing"):
        B += [("h2", "Onderbouwing")] + el_blocks(d, "onderbouwing")
    B.append(("h1", "B. Leerlingkenmerken"))
    for e, h in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Beschermende factoren"),
                 ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    if shown(d, "adviezen_professionals"):
        B += [("h1", "C. Advies commissie voor de begeleiding en externe deskundigen")] + el_blocks(d, "adviezen_professionals")
    B.append(("h1", "D. Handelingsdeel%s" % ("" if so else " / transitieplan")))
    for e, h in (("doelen", "Doelen"), ("ondersteuning", "Ondersteuning en begeleiding"),
                 ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma")):
        if shown(d, e):
            B += [("h2", h)] + el_blocks(d, e)
    if shown(d, "inbreng_leerling"):
        B += [("h1", "E. Wat wil %s zelf?" % d.first)] + el_blocks(d, "inbreng_leerling")
    if shown(d, "evaluatie"):
        B += [("h1", "F. Evaluatie")] + el_blocks(d, "evaluatie")
    B += bijstelling_blocks(d)
    B.append(("h1", "G. Overleg, vaststelling en instemming"))
    for e in ("oogo", "vaststelling", "informatie_rechten"):
        if shown(d, e):
            B += el_blocks(d, e)
    B += consent_blocks(d)
    return B


def _age(d):
    from model import age_on
    return age_on(d.birth, d.cur_date)


LAYOUTS = {"swv-numbered": L_swv_numbered, "two-column": L_two_col, "domain-table": L_domain_table,
           "groeidocument": L_groeidocument, "beknopt": L_beknopt, "questions": L_questions, "letter": L_letter,
           "system-export": L_system_export, "vso-profile": L_vso_profile}


def footer_for(d):
    if d.kind != "opp":
        return d.s.get("footer", "")
    if d.layout == "system-export":
        return "Kompasnet LVS · afgedrukt %s 14:02 door %s · vertrouwelijk" % (
            fd(d.cur_date + _days(10), "iso"), d.staff["ib"].replace(". ", ".").lower())
    if d.layout == "groeidocument":
        return "Groeidocument versie 3.2 – %s" % d.swv
    return "OPP %s – vertrouwelijk" % d.name
