# -*- coding: utf-8 -*-
"""Nine OPP layouts (A-I). Each returns (blocks, meta). Blocks are renderer-neutral."""
import datetime as dt

import content as C
from gen import (AVG_TEXT, consent, content, flat, long, mode_of, num, seed)

LAYOUT_NAMES = {
    "A": "swv-genummerd (numbered sections of a samenwerkingsverband format)",
    "B": "tweekoloms-tabel (one two-column table: label | content)",
    "C": "domeintabel (factors per domain with belemmerend/bevorderend columns, handelingsdeel tables)",
    "D": "groeidocument (OPP as chapter 4-5 of a groeidocument)",
    "E": "beknopt-opp (short one/two-page form)",
    "F": "vraagkoppen (question headings)",
    "G": "briefvorm (letter to parents/pupil with reply slip)",
    "H": "systeemexport (export from a pupil-tracking system, field codes, header/footer)",
    "I": "vso-pro-profiel (vso/pro plan with profile tick boxes and transitieplan)",
}


class Ctx:
    def __init__(self, spec, c, cc=False):
        self.spec, self.c, self.cc = spec, c, cc

    def items(self, el):
        return content(self.spec, self.c, el)

    def mode(self, el):
        return mode_of(self.spec, el)

    def blocks(self, el):
        """content items -> blocks; None if absent"""
        it = self.items(el)
        if it is None:
            return None
        if self.cc:
            txt = flat(it)
            return [("cc", txt, self.mode(el) in ("cc_placeholder",) or txt == "")]
        out = []
        for x in it:
            if isinstance(x, str):
                out.append(("p", x))
            elif x[0] == "bullets":
                out.append(("bullets", x[1]))
            elif x[0] == "table":
                out.append(("table", x[1], x[2], [0.42, 0.26, 0.17, 0.15]))
            elif x[0] == "guid":
                out.append(("guid", x[1]))
        return out

    def cell(self, el):
        it = self.items(el)
        if it is None:
            return None
        txt = flat(it)
        if self.cc:
            return ("cc", txt, self.mode(el) == "cc_placeholder" or txt == "")
        return txt


def personalia(c, extra=()):
    rows = [("Naam leerling", c["full"]), ("Geboortedatum", num(c["birth"])), ("Groep / klas", c["klas"]),
            ("School", f"{c['school']}, {c['place']}"), ("Samenwerkingsverband", c["swv"]),
            ("Opgesteld door", c["coord"])]
    return [("kv", rows + list(extra))]


def consent_blocks(X, heading_fn):
    R = consent(X.spec, X.c)
    out = []
    if R["none"]:
        out += heading_fn("Toestemming AVG en beeldmateriaal")
        out += [("p", AVG_TEXT), ("checks", [["Ja, wij geven toestemming", True], ["Nee, wij geven geen toestemming", False]]),
                ("sig", R["signers"])]
        return out
    out += heading_fn(None)
    out += [("p", R["stmt"]), ("checks", R["opts"]), ("sig", R["signers"])]
    if R["note"]:
        out.append(("p", R["note"]))
    return out


def sec(blocks, head, body, level="h1"):
    if body is None:
        return
    blocks.append((level, head))
    blocks.extend(body)


# ------------------------------------------------------------------ A
def layout_A(X):
    c = X.c
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("subtitle", f"{c['swv']} – format OPP {'2025-2026' if c['date'] >= dt.date(2025, 8, 1) else '2023'}")]
    n = [0]

    def H(t):
        n[0] += 1
        return f"{n[0]}. {t}"
    def secA(t, body):
        if body is not None:
            b.append(("h1", H(t)))
            b.extend(body)
    b += [("h1", H("Gegevens leerling en school"))] + personalia(c, [("Datum OPP", num(c["date"]))] +
                                                           ([("Datum bijstelling", num(c["revised"]))] if c["revised"] else []))
    secA("Onderwijs- en ondersteuningsbehoeften", X.blocks("ondersteuningsbehoefte"))
    bel, bev = X.blocks("belemmerende_factoren"), X.blocks("bevorderende_factoren")
    if bel is not None or bev is not None:
        k = H("Belemmerende en bevorderende factoren")
        b.append(("h1", k))
        sec(b, f"{n[0]}a. Belemmerende factoren", bel, "h2")
        sec(b, f"{n[0]}b. Bevorderende factoren", bev, "h2")
    ub, on = X.blocks("uitstroombestemming"), X.blocks("onderbouwing")
    b.append(("h1", H("Ontwikkelingsperspectief")))
    sec(b, f"{n[0]}a. Te verwachten uitstroombestemming", ub, "h2")
    sec(b, f"{n[0]}b. Onderbouwing van de uitstroombestemming", on, "h2")
    secA("Adviezen van deskundigen" + (" en commissie voor de begeleiding" if c["type"] in ("so", "vso") else ""),
         X.blocks("adviezen_professionals"))
    b.append(("h1", H("Handelingsdeel")))
    sec(b, f"{n[0]}a. Doelen voor de komende periode", X.blocks("doelen"), "h2")
    sec(b, f"{n[0]}b. Ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf)", X.blocks("ondersteuning"), "h2")
    sec(b, f"{n[0]}c. Afwijkingen van het onderwijsprogramma", X.blocks("afwijkingen_onderwijsprogramma"), "h2")
    if X.items("inbreng_leerling") is not None:
        secA("Inbreng van de leerling", X.blocks("inbreng_leerling"))
    secA("Op overeenstemming gericht overleg (OOGO)", X.blocks("oogo"))
    secA("Evaluatie", X.blocks("evaluatie"))
    b += consent_blocks(X, lambda t: [("h1", H(t or "Instemming met het handelingsdeel"))])
    secA("Vaststelling", X.blocks("vaststelling"))
    secA("Informatie voor ouders", X.blocks("informatie_rechten"))
    return b, {"footer": f"OPP {c['full']} – {c['school']}"}


# ------------------------------------------------------------------ B
def layout_B(X):
    c = X.c
    b = [("title", f"Ontwikkelingsperspectief – {c['school']}"), ("subtitle", f"Schooljaar {sy(c['date'])}")]
    b += personalia(c, [("Datum", num(c["date"]))])
    rows = []
    for lab, el in [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroombestemming", "onderbouwing"),
                    ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Ondersteuning (wat / wie / hoe vaak / vanaf)", "ondersteuning"),
                    ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Doelen komende periode", "doelen"),
                    ("Adviezen deskundigen", "adviezen_professionals"), ("Mening van de leerling en wat ermee gedaan is", "inbreng_leerling"),
                    ("Overleg met ouders (OOGO)", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")]:
        v = X.cell(el)
        if v is not None:
            rows.append((lab, v))
    b.append(("kv", rows))
    b += consent_blocks(X, lambda t: [("h1", t or "Ondertekening")])
    r = X.blocks("informatie_rechten")
    if r is not None:
        b += [("h2", "Uw rechten")] + r
    return b, {"footer": f"{c['school']} · OPP {c['last']}"}


def sy(dd):
    y = dd.year if dd.month >= 8 else dd.year - 1
    return f"{y}-{y + 1}"


# ------------------------------------------------------------------ C
def factor_table(X):
    c = X.c
    a = c["arch"]
    doms = [f[0] for f in a["factors"]]
    cols = {}
    for el, idx in (("belemmerende_factoren", 1), ("bevorderende_factoren", 2)):
        m = X.mode(el)
        if m == "absent":
            cols[el] = None
        elif m == "ok":
            cols[el] = [f[idx].format(**{k: v for k, v in c.items() if isinstance(v, str)}) for f in a["factors"]]
        elif m == "dashes":
            cols[el] = ["-"] * len(doms)
        else:
            cols[el] = [flat(X.items(el)) or ""] + [""] * (len(doms) - 1)
    header = ["Domein"] + [h for h, el in (("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren")) if cols[el] is not None]
    rows = []
    for i, dmn in enumerate(doms):
        r = [dmn]
        for el in ("belemmerende_factoren", "bevorderende_factoren"):
            if cols[el] is not None:
                r.append(cols[el][i])
        rows.append(r)
    w = [0.2, 0.4, 0.4] if len(header) == 3 else [0.25, 0.75]
    return ("table", header, rows, w)


def layout_C(X):
    c = X.c
    b = [("title", "Ontwikkelingsperspectiefplan"), ("subtitle", f"{c['school']} · {c['place']} · schooljaar {sy(c['date'])}")]
    vm = X.mode("vaststelling")
    b += personalia(c, [] if vm == "absent" else [("Datum vaststelling", num(c["date"]) if vm == "ok" else "")])
    sec(b, "Onderwijsbehoeften", X.blocks("ondersteuningsbehoefte"))
    b += [("h1", "Belemmerende en bevorderende factoren per domein"), factor_table(X)]
    kv = []
    for lab, el in (("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")):
        v = X.cell(el)
        if v is not None:
            kv.append((lab, v))
    b += [("h1", "Perspectief"), ("kv", kv)]
    b.append(("h1", "Handelingsdeel"))
    sec(b, "Doelen", X.blocks("doelen"), "h2")
    sec(b, "Ondersteuning", X.blocks("ondersteuning"), "h2")
    sec(b, "Afwijkingen van het onderwijsprogramma", X.blocks("afwijkingen_onderwijsprogramma"), "h2")
    sec(b, "Adviezen externe deskundigen", X.blocks("adviezen_professionals"))
    if X.items("inbreng_leerling") is not None:
        sec(b, f"{c['n']} aan het woord", X.blocks("inbreng_leerling"))
    kv = []
    for lab, el in (("Overleg met ouders (OOGO): datum en aanwezigen", "oogo"), ("Evaluatie: wanneer en met wie", "evaluatie")):
        v = X.cell(el)
        if v is not None:
            kv.append((lab, v))
    b += [("h1", "Overleg en evaluatie"), ("kv", kv)]
    b += consent_blocks(X, lambda t: [("h1", t or "Ondertekening handelingsdeel")])
    v = X.blocks("vaststelling")
    if v is not None:
        b += [("h2", "Vaststelling")] + v
    r = X.blocks("informatie_rechten")
    if r is not None:
        b += [("small", flat(X.items("informatie_rechten")))]
    return b, {"footer": f"OPP {c['full']} · vertrouwelijk"}


# ------------------------------------------------------------------ D
def layout_D(X):
    c = X.c
    b = [("title", "Groeidocument"), ("subtitle", f"{c['swv']} · {c['school']}")]
    b += [("h1", "1. Leerlinggegevens")] + personalia(c)
    b += [("h1", "2. Hulpvraag en leerlingbeeld"),
          ("p", f"Hulpvraag van school: hoe kunnen we {c['n']} zo begeleiden dat {c['hij']} zich op {c['zijn']} niveau blijft ontwikkelen?")]
    sec(b, "2.1 Belemmerende factoren", X.blocks("belemmerende_factoren"), "h2")
    sec(b, "2.2 Bevorderende factoren (sterke kanten)", X.blocks("bevorderende_factoren"), "h2")
    sec(b, "2.3 Onderwijsbehoeften", X.blocks("ondersteuningsbehoefte"), "h2")
    sec(b, "3. Betrokken deskundigen en adviezen", X.blocks("adviezen_professionals"))
    b.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    sec(b, "4.1 Te verwachten uitstroombestemming", X.blocks("uitstroombestemming"), "h2")
    sec(b, "4.2 Onderbouwing", X.blocks("onderbouwing"), "h2")
    sec(b, "4.3 Doelen", X.blocks("doelen"), "h2")
    b.append(("h1", "5. Arrangement / handelingsdeel"))
    sec(b, "5.1 Ondersteuning", X.blocks("ondersteuning"), "h2")
    sec(b, "5.2 Afwijkingen van het onderwijsprogramma", X.blocks("afwijkingen_onderwijsprogramma"), "h2")
    b.append(("h1", "6. Gesprekken"))
    sec(b, "6.1 Gesprek met ouders", X.blocks("oogo"), "h2")
    if X.items("inbreng_leerling") is not None:
        sec(b, "6.2 Gesprek met de leerling", X.blocks("inbreng_leerling"), "h2")
    sec(b, "7. Evaluatie en vervolg", X.blocks("evaluatie"))
    b += consent_blocks(X, lambda t: [("h1", "8. " + (t or "Ondertekening (instemming handelingsdeel)"))])
    v = X.blocks("vaststelling")
    if v is not None:
        b += [("h2", "Vaststelling")] + v
    r = X.blocks("informatie_rechten")
    if r is not None:
        b += [("h2", "Niet eens?")] + r
    return b, {"footer": f"Groeidocument {c['full']} · versie {num(c['date'])}"}


# ------------------------------------------------------------------ E
def layout_E(X):
    c = X.c
    b = [("title", "Beknopt OPP"), ("subtitle", f"{c['school']} – {c['place']}")]
    b += [("kv", [("Leerling", c["full"]), ("Geboren", num(c["birth"])), ("Groep/klas", c["klas"]), ("Schooljaar", sy(c["date"]))])]
    rows = []
    for lab, el in [("Uitstroomverwachting", "uitstroombestemming"), ("Waarop gebaseerd", "onderbouwing"),
                    ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Aanpak: wat, wie, wanneer", "ondersteuning"),
                    ("Afwijkend programma", "afwijkingen_onderwijsprogramma"), ("Doelen komende periode", "doelen"),
                    ("Adviezen externen", "adviezen_professionals"), ("Mening leerling", "inbreng_leerling"),
                    ("Besproken met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vastgesteld", "vaststelling")]:
        v = X.cell(el)
        if v is not None:
            rows.append((lab, v))
    b.append(("kv", rows))
    b += consent_blocks(X, lambda t: [("h2", t or "Akkoord handelingsdeel")])
    r = X.items("informatie_rechten")
    if r is not None:
        b.append(("small", flat(r)))
    return b, {"footer": "Beknopt OPP · model SWV"}


# ------------------------------------------------------------------ F
def layout_F(X):
    c = X.c
    n = c["n"]
    b = [("title", f"Het plan voor {n}"), ("subtitle", f"Ontwikkelingsperspectief · {c['school']} · {long(c['date'])}")]
    b += personalia(c)
    for q, el in [(f"Waar gaat {n} naartoe na deze school?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
                  (f"Wat maakt het leren lastig voor {n}?", "belemmerende_factoren"), (f"Wat helpt {n}?", "bevorderende_factoren"),
                  (f"Wat heeft {n} nodig?", "ondersteuningsbehoefte"), (f"Welke hulp krijgt {n}, van wie en hoe vaak?", "ondersteuning"),
                  ("Wijkt het programma af van dat van de klas?", "afwijkingen_onderwijsprogramma"),
                  ("Wat willen we bereiken?", "doelen"), ("Wat zeggen de deskundigen?", "adviezen_professionals"),
                  (f"Wat vindt {n} zelf, en wat hebben we daarmee gedaan?", "inbreng_leerling"),
                  ("Hoe hebben we met u overlegd?", "oogo"), ("Wanneer kijken we samen terug?", "evaluatie")]:
        sec(b, q, X.blocks(el), "h2")
    b += consent_blocks(X, lambda t: [("h2", t or "Gaat u akkoord met de hulp (het handelingsdeel)?")])
    sec(b, "Wie heeft het plan vastgesteld?", X.blocks("vaststelling"), "h2")
    sec(b, "Wat kunt u doen als u het niet eens bent?", X.blocks("informatie_rechten"), "h2")
    return b, {"footer": f"Plan {n} · {c['school']}"}


# ------------------------------------------------------------------ G
def layout_G(X):
    c = X.c
    adult = c["adult"] and not c["curatele"]
    b = [("letterhead", f"{c['school']}\nPostbus {100 + seed(c['school']) % 800}, {1000 + seed(c['place']) % 8999} AB {c['place']}\ntel. 0{seed(c['school']) % 900 + 100}-{seed(c['full']) % 899999 + 100000}")]
    addr = c["full"] if adult else f"De ouders/verzorgers van {c['full']}"
    b.append(("p", f"{addr}\n{pick_street(c)}\n{c['place']}"))
    b.append(("p", f"{c['place']}, {long(c['date'])}"))
    b.append(("p", f"Betreft: ontwikkelingsperspectiefplan van {c['full']}, {c['klas']}"))
    b.append(("p", f"Beste {c['n']}," if adult else "Geachte ouders/verzorgers,"))
    b.append(("p", f"In deze brief leest u het ontwikkelingsperspectiefplan (OPP) van {c['n']}. Hieronder staat wat wij verwachten, "
                   f"wat {c['n']} nodig heeft en welke hulp de school biedt." if not adult else
              "In deze brief lees je je ontwikkelingsperspectiefplan (OPP): wat we verwachten, wat je nodig hebt en welke hulp de school biedt."))
    for q, el in [("Verwachte uitstroombestemming", "uitstroombestemming"), ("Waarom wij dit verwachten", "onderbouwing"),
                  ("Wat het moeilijk maakt", "belemmerende_factoren"), ("Wat goed gaat en helpt", "bevorderende_factoren"),
                  (f"Wat {c['n']} nodig heeft", "ondersteuningsbehoefte"), ("De hulp die wij bieden", "ondersteuning"),
                  ("Afwijkingen van het gewone programma", "afwijkingen_onderwijsprogramma"), ("Doelen tot de volgende evaluatie", "doelen"),
                  ("Adviezen van deskundigen", "adviezen_professionals"), (f"Wat {c['n']} er zelf van vindt", "inbreng_leerling"),
                  ("Ons gesprek", "oogo"), ("Evaluatie", "evaluatie"), ("Uw rechten" if not adult else "Jouw rechten", "informatie_rechten")]:
        sec(b, q, X.blocks(el), "h2")
    sec(b, "Vaststelling", X.blocks("vaststelling"), "h2")
    b.append(("p", "Met vriendelijke groet,"))
    b.append(("p", f"{c['dir']}\n{c['dirrole']}, {c['school']}"))
    b.append(("rule",))
    b += consent_blocks(X, lambda t: [("h2", t or f"Antwoordstrook – instemming handelingsdeel OPP {c['full']}")])
    return b, {"footer": f"{c['school']} · {c['place']}"}


def pick_street(c):
    streets = ["Lindelaan", "Kerkstraat", "Molenweg", "Dijkgraafstraat", "Populierenhof", "Zuiderkade", "Beukenrode"]
    return f"{streets[seed(c['full']) % len(streets)]} {seed(c['full'] + 's') % 140 + 1}"


# ------------------------------------------------------------------ H
def layout_H(X):
    c = X.c
    ini = c["coord"].split("(")[0].strip().split()[-1].lower()
    b = [("export", f"LeerlingDossier Online 7.3 · Export ontwikkelingsperspectief · {c['school']} (BRIN {seed(c['school']) % 90 + 10}{chr(65 + seed(c['place']) % 26)}{chr(65 + seed(c['full']) % 26)})")]
    b.append(("title", f"OPP – {c['last']}, {c['n']}"))
    st = "Vastgesteld" if X.mode("vaststelling") == "ok" else "Concept"
    b.append(("kv", [("Leerlingnummer", str(100000 + seed(c['full']) % 899999)), ("Geboortedatum", num(c["birth"])), ("Groep/klas", c["klas"]),
                     ("Status document", st), ("Type", "OPP (handelingsdeel + perspectief)")]))
    codes = [("OPP-01", "Uitstroombestemming", "uitstroombestemming"), ("OPP-02", "Onderbouwing uitstroombestemming", "onderbouwing"),
             ("OPP-03", "Belemmerende factoren", "belemmerende_factoren"), ("OPP-04", "Bevorderende factoren", "bevorderende_factoren"),
             ("OPP-05", "Onderwijsbehoeften", "ondersteuningsbehoefte"), ("OPP-06", "Ondersteuning / begeleiding", "ondersteuning"),
             ("OPP-07", "Afwijking onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("OPP-08", "Doelen", "doelen"),
             ("OPP-09", "Adviezen externen", "adviezen_professionals"), ("OPP-10", "Inbreng leerling", "inbreng_leerling"),
             ("OPP-11", "OOGO ouders", "oogo"), ("OPP-12", "Evaluatiemomenten", "evaluatie")]
    for code, lab, el in codes:
        sec(b, f"[{code}] {lab}", X.blocks(el), "h2")
    b += consent_blocks(X, lambda t: [("h2", "[OPP-13] " + (t or "Instemming handelingsdeel"))])
    sec(b, "[OPP-14] Vaststelling", X.blocks("vaststelling"), "h2")
    sec(b, "[OPP-15] Informatie rechten ouders", X.blocks("informatie_rechten"), "h2")
    printed = num(c["date"] + dt.timedelta(days=2))
    return b, {"footer": f"Afgedrukt op {printed} door gebruiker {ini} · LeerlingDossier Online · vertrouwelijk", "pagenum": True,
               "header": f"{c['school']} – OPP {c['full']}"}


# ------------------------------------------------------------------ I
PROFILE = {"vso_arbeid": 1, "vso_vervolg": 0, "vso_dagbesteding": 2, "pro_groen": 1, "pro_beschut": 1}


def layout_I(X):
    c = X.c
    kind = "Praktijkonderwijs" if c["type"] == "pro" else "Voortgezet speciaal onderwijs"
    b = [("title", "Ontwikkelingsperspectief en transitieplan"), ("subtitle", f"{kind} · {c['school']}, {c['place']}")]
    extra = [("Datum", num(c["date"]))]
    if c["adult"]:
        extra.append(("Meerderjarig", "ja" + (" – onder curatele (curator: moeder)" if c["curatele"] else " – handelingsbekwaam")))
    b += personalia(c, extra)
    b.append(("h1", "1. Uitstroomprofiel"))
    m = X.mode("uitstroombestemming")
    p = PROFILE.get(c["arch"] and X.spec["arch"], 1)
    opts = [["Vervolgonderwijs", False], ["Arbeidsmarktgericht", False], ["Dagbesteding", False]]
    if m == "ok":
        opts[p][1] = True
    b.append(("checks", opts))
    v = X.cell("uitstroombestemming")
    if v is not None:
        b.append(("kv", [("Beoogde vervolgplek", v)]))
    sec(b, "2. Onderbouwing", X.blocks("onderbouwing"))
    bel, bev = X.cell("belemmerende_factoren"), X.cell("bevorderende_factoren")
    b.append(("h1", "3. Belemmerende en bevorderende factoren"))
    hdr, row = [], []
    if bel is not None:
        hdr.append("Belemmerend"); row.append(bel)
    if bev is not None:
        hdr.append("Bevorderend"); row.append(bev)
    if hdr:
        b.append(("table", hdr, [row], [1.0 / len(hdr)] * len(hdr)))
    sec(b, "4. Ondersteuningsbehoeften", X.blocks("ondersteuningsbehoefte"))
    sec(b, "5. Adviezen commissie voor de begeleiding en deskundigen", X.blocks("adviezen_professionals"))
    b.append(("h1", "6. Handelingsdeel / transitieplan"))
    sec(b, "6.1 Doelen", X.blocks("doelen"), "h2")
    sec(b, "6.2 Ondersteuning en begeleiding", X.blocks("ondersteuning"), "h2")
    sec(b, "6.3 Afwijkingen van het onderwijsprogramma", X.blocks("afwijkingen_onderwijsprogramma"), "h2")
    if X.items("inbreng_leerling") is not None:
        sec(b, "7. Stem van de leerling", X.blocks("inbreng_leerling"))
    sec(b, "8. Overleg (OOGO)", X.blocks("oogo"))
    sec(b, "9. Evaluatie", X.blocks("evaluatie"))
    b += consent_blocks(X, lambda t: [("h1", "10. " + (t or "Instemming handelingsdeel"))])
    sec(b, "11. Vaststelling", X.blocks("vaststelling"))
    sec(b, "12. Rechten", X.blocks("informatie_rechten"))
    return b, {"footer": f"OPP/transitieplan {c['full']}"}


LAYOUTS = {k: globals()["layout_" + k] for k in "ABCDEFGHI"}
