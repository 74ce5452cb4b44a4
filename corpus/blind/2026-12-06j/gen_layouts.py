# -*- coding: utf-8 -*-
"""Ten layouts. Each returns dict(title, header, footer, blocks, style)."""
from gen_content import (ELEMENTS, HEAD, QUESTION, INSTRUCTION, VAGUE, SEEREF, PLACEHOLDERS,
                         present_text, consent_present, consent_gap, dlong, dshort, add)


def gap_blocks(el, kind, ctx, r):
    v = ctx["first"]
    if kind == "empty":
        return []
    if kind == "placeholder":
        return [("p", r.choice(PLACEHOLDERS))]
    if kind == "instruction":
        return [("pi", r.choice(INSTRUCTION[el]))]
    if kind == "vague":
        return [("p", r.choice(VAGUE[el]).format(v=v))]
    if kind == "seeref":
        return [("p", SEEREF[el])]
    if kind == "question":
        return [("p", QUESTION[el])]
    if kind == "ccplaceholder":
        return [("cc", "Klik of tik om tekst in te voeren.")]
    if kind == "dashes":
        return [("bullets", ["-", "-", "-"])]
    if kind == "unticked":
        opts = {"po": ["pro", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
                "sbo": ["pro", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo"],
                "vo": ["vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
                "pro": ["arbeid", "mbo entree", "dagbesteding"],
                "so": ["vso vervolgonderwijs", "vso arbeidsmarktgericht", "vso dagbesteding", "regulier vo"],
                "vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]}[ctx["st"]]
        return [("checks", [(o, False) for o in opts])]
    if kind == "unticked_yn":
        return [("checks", [("Ja, namelijk: ....................", False), ("Nee", False)])]
    if kind == "nvt_but_applies":
        return [("p", "n.v.t.")]
    if kind == "listed_only":
        return [("p", "Betrokken deskundigen: logopedist, GZ-psycholoog, jeugdarts.")]
    if kind == "nodate":
        return [("p", "Besproken met ouders op: ..................   Aanwezig: ..................")]
    if kind == "nvt":
        return [("p", "n.v.t.")]
    if kind == "view_only":
        return [("p", "%s vindt school \"wel oké\" en wil graag meer gym. %s vindt rekenen moeilijk." % (v, v))]
    if kind == "blankdate":
        return [("p", "Vastgesteld op: ____-____-________   door: ______________________")]
    if kind == "concept":
        return [("p", "CONCEPT – dit plan is nog niet vastgesteld.")]
    if kind == "whoonly":
        return [("p", "Vastgesteld door: %s (directeur)   Datum: " % ctx["director"])]
    raise KeyError((el, kind))


def body(el, spec, ctx, r):
    """Blocks under an element heading, or None if the element is to be left out."""
    state = spec["state"][el]
    if state == "present":
        if el == "instemming_ouders":
            return consent_present(ctx, r, spec["sigstyle"])
        b = present_text(el, ctx, r)
        if el == "ondersteuning" and ctx.get("rooster_row"):
            b = b + [("p", "Daarnaast: tot de herfstvakantie komt %s drie ochtenden per week naar school (aangepast rooster)." % ctx["first"])]
        return b
    if state == "na":
        if el == "afwijkingen_onderwijsprogramma":
            return [r.choice([("p", "Er zijn geen afwijkingen van het onderwijsprogramma; %s volgt het reguliere programma." % ctx["first"]),
                              ("checks", [("Nee, geen afwijkingen", True), ("Ja (toelichten)", False)])])]
        if el == "inbreng_leerling":
            if spec.get("na_inbreng_mode") == "omit":
                return None
            if ctx.get("adult"):
                return [("p", "%s is meerderjarig en heeft het plan zelf besproken en ondertekend." % ctx["first"])]
            return present_text(el, ctx, r)
        raise KeyError(el)
    if state in ("missing", "othersigned_missing") and el != "instemming_ouders":
        return None
    if state == "missing":
        return None
    if el == "instemming_ouders":
        return consent_gap(state, ctx, r)
    return gap_blocks(el, state, ctx, r)


CUR = {}


def hd(el, L, r):
    if el == "instemming_ouders" and CUR.get("state", {}).get(el) == "othersigned_missing":
        return "Overige toestemmingen"
    hs = HEAD[el]
    return hs[(L * 3 + r.randrange(2)) % len(hs)]


def flat(blocks, sep="\n"):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p", "pi", "cc"):
            out.append(b[1])
        elif t == "h2":
            out.append(b[1])
        elif t == "bullets":
            out.append(sep.join("• " + x for x in b[1]))
        elif t == "checks":
            out.append("   ".join(("☒ " if on else "☐ ") + lab for lab, on in b[1]))
        elif t == "table":
            out.append(sep.join(" | ".join(row) for row in b[1][1:]))
        elif t == "sig":
            for role, name, d, mark in b[1]:
                m = {"wg": "(w.g.)", "img": "(w.g.)", "digital": "digitaal ondertekend", "": "__________"}[mark]
                out.append("%s: %s   datum: %s   handtekening: %s" % (role, name or "__________", d or "____", m))
    return sep.join(out)


def pupil_table(ctx, extra=()):
    rows = [["Naam leerling", ctx["full"]], ["Geboortedatum", ctx["dob"]], ["School", (ctx["school"] + ", " + ctx["place"]) if ctx["school"] else ""],
            [ctx["grouplabel"], ctx["group"]]]
    rows += [list(x) for x in extra]
    return ("kv", rows)


def ordered(els, spec):
    return els


# ---------------------------------------------------------------- L1 numbered SWV format
def L1(spec, ctx, r):
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", ctx["swv"]), ("h1", "1. Gegevens"), pupil_table(ctx)]
    n = 2
    order = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
             "ondersteuningsbehoefte", "adviezen_professionals", "inbreng_leerling", "doelen", "ondersteuning",
             "afwijkingen_onderwijsprogramma", "evaluatie", "oogo", "vaststelling", "informatie_rechten", "instemming_ouders"]
    for el in order:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        B.append(("h1", "%d. %s" % (n, hd(el, 0, r))))
        B += b
        n += 1
    return dict(title="OPP %s" % ctx["full"], header=ctx["swv"], footer="OPP %s – versie %s" % (ctx["full"], dshort(ctx["date"])), blocks=B)


# ---------------------------------------------------------------- L2 two-column table
def L2(spec, ctx, r):
    rows = [["Onderdeel", "Invulling"]]
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "vaststelling", "informatie_rechten"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        rows.append([hd(el, 1, r), flat(b)])
    B = [("title", "Ontwikkelingsperspectief (OPP) – %s" % ctx["school"]), pupil_table(ctx), ("table", rows)]
    b = body("instemming_ouders", spec, ctx, r)
    if b is not None:
        B.append(("h1", hd("instemming_ouders", 1, r)))
        B += b
    return dict(title="OPP", header=ctx["school"], footer="Vertrouwelijk", blocks=B)


# ---------------------------------------------------------------- L3 domain table + handelingsdeel
def L3(spec, ctx, r):
    B = [("title", "OPP – Ontwikkelingsperspectief en handelingsdeel"), pupil_table(ctx),
         ("h1", "Deel 1 – Perspectief")]
    for el in ["uitstroombestemming", "onderbouwing"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 2, r))] + b
    domains = ["Leren / cognitief", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie / vrije tijd"]
    bel = body("belemmerende_factoren", spec, ctx, r)
    bev = body("bevorderende_factoren", spec, ctx, r)

    def spread(b):
        if b is None:
            return None
        if len(b) == 1 and b[0][0] == "bullets":
            items = b[0][1]
            return [items[i] if i < len(items) else "" for i in range(4)]
        if not b:
            return ["", "", "", ""]
        return [flat(b), "", "", ""]
    cb, cv = spread(bel), spread(bev)
    head = ["Domein"]
    if cb is not None:
        head.append("Belemmerend")
    if cv is not None:
        head.append("Bevorderend")
    if len(head) > 1:
        rows = [head]
        for i, d in enumerate(domains):
            row = [d]
            if cb is not None:
                row.append(cb[i])
            if cv is not None:
                row.append(cv[i])
            rows.append(row)
        B += [("h2", "Factoren per domein"), ("table", rows)]
    B.append(("h1", "Deel 2 – Handelingsdeel"))
    for el in ["ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "evaluatie", "oogo"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 2, r))] + b
    B.append(("h1", "Deel 3 – Vaststelling en instemming"))
    for el in ["vaststelling", "informatie_rechten", "instemming_ouders"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 2, r))] + b
    return dict(title="OPP", header="%s – %s" % (ctx["school"], ctx["place"]), footer="OPP %s" % ctx["full"], blocks=B)


# ---------------------------------------------------------------- L4 groeidocument with OPP chapter
def L4(spec, ctx, r):
    B = [("title", "Groeidocument"), ("p", "%s – %s" % (ctx["swv"], ctx["full"])),
         ("h1", "A. Gegevens"), pupil_table(ctx),
         ("h1", "B. Vraagstelling school"),
         ("p", "Hoe kunnen we %s helpen om tot leren te komen nu de achterstand bij rekenen groter wordt?" % ctx["first"]),
         ("h1", "C. Beeld van ouders"),
         ("p", "Ouders herkennen het beeld; thuis is %s na schooltijd vaak moe." % ctx["first"])]
    b = body("inbreng_leerling", spec, ctx, r)
    if b is not None:
        B += [("h1", "D. " + hd("inbreng_leerling", 3, r))] + b
    B.append(("h1", "E. Analyse"))
    for el in ["belemmerende_factoren", "bevorderende_factoren"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 3, r))] + b
    letter = ord("F")
    for el in ["ondersteuningsbehoefte", "adviezen_professionals"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h1", "%s. %s" % (chr(letter), hd(el, 3, r)))] + b
            letter += 1
    B.append(("h1", "%s. Ontwikkelingsperspectief (OPP)" % chr(letter)))
    letter += 1
    for el in ["uitstroombestemming", "onderbouwing", "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 3, r))] + b
    B.append(("h1", "%s. Afspraken en ondertekening" % chr(letter)))
    for el in ["oogo", "evaluatie", "vaststelling", "informatie_rechten", "instemming_ouders"]:
        b = body(el, spec, ctx, r)
        if b is not None:
            B += [("h2", hd(el, 3, r))] + b
    return dict(title="Groeidocument", header="Groeidocument – %s" % ctx["swv"], footer="Groeidocument %s" % ctx["full"], blocks=B)


# ---------------------------------------------------------------- L5 beknopt formulier (label: value)
def L5(spec, ctx, r):
    B = [("title", "Beknopt OPP"), ("field", "Naam leerling", ctx["full"]), ("field", "Geboortedatum", ctx["dob"]),
         ("field", "School / groep", "%s / %s" % (ctx["school"], ctx["group"]))]
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        if len(b) == 1 and b[0][0] == "checks":
            B.append(("h2", hd(el, 4, r)))
            B += b
        else:
            B.append(("field", hd(el, 4, r), flat(b, sep="; ")))
    b = body("instemming_ouders", spec, ctx, r)
    if b is not None:
        B.append(("h2", hd("instemming_ouders", 4, r)))
        B += b
    return dict(title="Beknopt OPP", header=ctx["school"], footer="Beknopt OPP – " + ctx["swv"], blocks=B)


# ---------------------------------------------------------------- L6 question headings (pupil friendly)
QH = {
    "uitstroombestemming": "Waar ga ik naartoe na deze school?",
    "onderbouwing": "Waarom denken we dat?",
    "belemmerende_factoren": "Wat vind ik lastig?",
    "bevorderende_factoren": "Waar ben ik goed in?",
    "ondersteuningsbehoefte": "Wat heb ik nodig?",
    "ondersteuning": "Wie helpt mij, hoe en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Is mijn rooster of programma anders dan dat van de klas?",
    "doelen": "Wat wil ik bereiken (en wanneer)?",
    "adviezen_professionals": "Wat zeggen de deskundigen?",
    "inbreng_leerling": "Wat wil ik zelf? En wat is daarmee gedaan?",
    "oogo": "Met wie is dit plan besproken?",
    "evaluatie": "Wanneer kijken we of het werkt?",
    "informatie_rechten": "Wat als mijn ouders het er niet mee eens zijn?",
    "vaststelling": "Wanneer is dit plan vastgesteld?",
    "instemming_ouders": "Handtekeningen",
}



def L6(spec, ctx, r):
    B = [("title", "Mijn ontwikkelingsperspectief"), ("p", "%s, %s – %s %s" % (ctx["full"], ctx["school"], ctx["grouplabel"].lower(), ctx["group"]))]
    for el in ["inbreng_leerling", "uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "oogo", "evaluatie", "vaststelling", "informatie_rechten", "instemming_ouders"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        B += [("h1", QH[el])] + b
    return dict(title="Mijn OPP", header=ctx["school"], footer="", blocks=B)


# ---------------------------------------------------------------- L7 letter style
LEAD = {
    "uitstroombestemming": "Wat verwachten wij na deze school?",
    "onderbouwing": "Waarop baseren wij dat?",
    "belemmerende_factoren": "Wat maakt het leren moeilijker?",
    "bevorderende_factoren": "Wat helpt?",
    "ondersteuningsbehoefte": "Wat heeft uw kind nodig?",
    "ondersteuning": "Wat gaan wij doen?",
    "afwijkingen_onderwijsprogramma": "Aanpassingen in het programma.",
    "doelen": "De doelen.",
    "adviezen_professionals": "Adviezen van anderen.",
    "inbreng_leerling": "Wat vindt uw kind er zelf van?",
    "oogo": "Ons gesprek.",
    "evaluatie": "Terugkijken.",
    "informatie_rechten": "Uw rechten.",
    "vaststelling": "Vaststelling.",
}


def L7(spec, ctx, r):
    B = [("p", "%s\n%s" % (ctx["school"], ctx["place"])), ("p", "%s, %s" % (ctx["place"], dlong(ctx["date"]))),
         ("p", "Betreft: ontwikkelingsperspectief van %s (geboren %s)" % (ctx["full"], ctx["dob"])),
         ("p", "Beste %s," % ctx["parents_txt"]),
         ("p", "In deze brief leest u het ontwikkelingsperspectief dat wij voor %s hebben opgesteld." % ctx["first"])]
    for el in ["oogo", "uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
               "ondersteuningsbehoefte", "inbreng_leerling", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "evaluatie", "vaststelling", "informatie_rechten"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        B.append(("lead", LEAD[el], b))
    B += [("p", "Met vriendelijke groet,"), ("p", "%s, %s\n%s, directeur" % (ctx["staff1"], ctx["role1"], ctx["director"]))]
    b = body("instemming_ouders", spec, ctx, r)
    if b is not None:
        B += [("hr",), ("h2", r.choice(["Antwoordstrook – graag ingevuld terug naar school", "Retourstrook"]))] + b
    return dict(title="Brief OPP", header="", footer="", blocks=B)


# ---------------------------------------------------------------- L8 system export
def L8(spec, ctx, r):
    codes = {"uitstroombestemming": "UIT", "onderbouwing": "OND", "belemmerende_factoren": "BEL", "bevorderende_factoren": "BEV",
             "ondersteuningsbehoefte": "OBH", "ondersteuning": "HDL", "afwijkingen_onderwijsprogramma": "AFW", "doelen": "DOE",
             "adviezen_professionals": "ADV", "oogo": "OGO", "inbreng_leerling": "LLN", "evaluatie": "EVA",
             "informatie_rechten": "RCH", "vaststelling": "VST", "instemming_ouders": "ONT"}
    B = [("title", "Leerlingdossier – Ontwikkelingsperspectief"),
         ("kv", [["Leerling", ctx["full"]], ["Leerlingnummer", ctx["llnr"]], ["Geboortedatum", ctx["dob"]],
                 ["Vestiging", ctx["school"]], ["Groep/klas", ctx["group"]], ["Documentstatus", spec.get("sysstatus", "Definitief")]])]
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
               "adviezen_professionals", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling",
               "oogo", "evaluatie", "vaststelling", "informatie_rechten", "instemming_ouders"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        B.append(("h2", "[%s] %s" % (codes[el], hd(el, 7, r))))
        B += b if b else [("p", "")]
    return dict(title="Export OPP", header="Leerlingvolg Online – module Zorg", 
                footer="Afgedrukt op %s door %s – vertrouwelijk" % (dshort(add(ctx["date"], 2)), ctx["staff4"]), blocks=B)


# ---------------------------------------------------------------- L9 vso uitstroomprofiel
def L9(spec, ctx, r):
    B = [("title", "OPP (V)SO"), ("p", "%s – %s" % (ctx["school"], ctx["place"])), pupil_table(ctx, [["Cluster", ctx["cluster"]]])]
    st = spec["state"]["uitstroombestemming"]
    B.append(("h1", hd("uitstroombestemming", 8, r)))
    if st == "present" and ctx["st"] == "vso":
        p = ctx["profile"]
        B.append(("checks", [("Vervolgonderwijs", p == "vervolgonderwijs"), ("Arbeidsmarktgericht", p == "arbeidsmarktgericht"),
                             ("Dagbesteding", p == "dagbesteding")]))
        B += body("uitstroombestemming", spec, ctx, r)
    else:
        b = body("uitstroombestemming", spec, ctx, r)
        if b is None:
            B.pop()
        else:
            B += b
    for el in ["onderbouwing", "adviezen_professionals", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning",
               "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]:
        b = body(el, spec, ctx, r)
        if b is None:
            continue
        B += [("h1", hd(el, 8, r))] + b
    return dict(title="OPP VSO", header=ctx["school"], footer="OPP %s – schooljaar %s" % (ctx["full"], ctx["sy"]), blocks=B, sdt=True)


# ---------------------------------------------------------------- L10 praktijkonderwijs OPP/IOP
def L10(spec, ctx, r):
    B = [("title", "OPP / IOP Praktijkonderwijs"), pupil_table(ctx, [["Leerroute", r.choice(["route arbeid", "route entree"])],
                                                                 ["Stage", r.choice(["interne stage keuken", "snuffelstage hovenier", "-"])]])]
    sections = [("Perspectief", ["uitstroombestemming", "onderbouwing", "afwijkingen_onderwijsprogramma"]),
                ("Wie ben ik?", ["inbreng_leerling", "bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte"]),
                ("Plan", ["doelen", "ondersteuning", "adviezen_professionals"]),
                ("Afspraken", ["oogo", "evaluatie", "vaststelling", "informatie_rechten", "instemming_ouders"])]
    for title, els in sections:
        B.append(("h1", title))
        for el in els:
            b = body(el, spec, ctx, r)
            if b is None:
                continue
            B += [("h2", hd(el, 9, r))] + b
    return dict(title="OPP/IOP", header=ctx["school"] + " – praktijkonderwijs", footer="IOP/OPP " + ctx["full"], blocks=B)


LAYOUTS = {"swv-genummerd": L1, "tweekoloms-tabel": L2, "domeintabel-handelingsdeel": L3, "groeidocument": L4,
           "beknopt-formulier": L5, "vraaggestuurd-leerling": L6, "briefvorm": L7, "systeemexport": L8,
           "vso-uitstroomprofiel": L9, "pro-opp-iop": L10}
