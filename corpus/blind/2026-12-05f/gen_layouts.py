# -*- coding: utf-8 -*-
"""Layouts: each turns (ctx, spec) into a list of blocks (a small intermediate representation).
Blocks:
 ("title", text) ("sub", text) ("h", level, text) ("p", text) ("kv", [(label, value)], cc:bool)
 ("table", header_row_or_None, rows) ("checks", [(label, ticked)]) ("sig", [rowdict]) ("footer", text)
 ("pagebreak",)
Signature rowdict: role, name, date, mark ('sig' | None), note
"""
from gen_content import *


class K:
    """Looks up the gap kind and the shown text of an element for one document."""

    def __init__(self, c, spec):
        self.c, self.spec = c, spec
        self.gaps = dict(spec.get("gaps", {}))
        # the pupil's view: rule not in force before 1 Aug 2025, nor for an adult handelingsbekwaam pupil
        if "inbreng_leerling" not in self.gaps and (not c.post or (c.adult and not c.curatele)):
            self.gaps["inbreng_leerling"] = "na"

    def kind(self, el):
        return self.gaps.get(el, "present")

    def t(self, el):
        return gap_text(self.kind(el), el, self.c)

    def has(self, el):
        return self.t(el) is not None


def header_kv(c, extra=()):
    rows = [("Naam leerling", c.name), ("Geboortedatum", nl(c.birth)), ("School", "%s, %s" % (c.school, c.place)),
            ("Groep / klas", c.groep), ("Schooljaar", c.sj)]
    if c.curatele:
        rows.append(("Wettelijk vertegenwoordiger", "%s (curator; %s staat sinds %s onder curatele)" %
                     (c.mother, c.fn, nl(c.birth.replace(year=c.birth.year + 18)))))
    elif c.adult:
        rows.append(("Meerderjarig", "ja (%d jaar); %s is handelingsbekwaam en beslist zelf over het handelingsdeel" % (c.age, c.fn)))
    else:
        rows.append(("Ouders / verzorgers", "%s, %s" % (c.mother, c.father)))
    if c.revised:
        rows.append(("Bijgesteld", "%s (na evaluatie met ouders)" % nl(c.revised)))
    rows += list(extra)
    return rows


def consent_section(B, c, spec, heading, level=2):
    """Consent part under the layout's own heading; an AVG-only block keeps its own heading."""
    kind = spec["consent"]
    cb = consent_blocks(c, kind)
    if not cb:
        return
    if kind != "avg_only":
        B.append(("h", level, heading))
    B.extend(cb)


def consent_blocks(c, kind, style="std"):
    """Blocks for the consent part. Returns [] for 'missing'."""
    P, S = c.mother, c.sign_date
    par_role = "Ouder/verzorger"
    B = []
    stm = "Instemming van ouder(s)/verzorger(s) met het handelingsdeel (de te bieden ondersteuning en begeleiding):"
    school_row = {"role": "Namens de school", "name": c.dir, "date": nl(S), "mark": "sig"}
    if kind == "missing":
        return []
    if kind == "avg_only":
        return [("h", 2, "Toestemmingen"),
                ("checks", [("Ouders geven toestemming voor het uitwisselen van gegevens met het samenwerkingsverband en de jeugdarts (AVG)", True)]),
                ("checks", [("Ouders geven toestemming voor het gebruik van foto's van hun kind op de website en in de nieuwsbrief", True)]),
                ("sig", [{"role": par_role, "name": P, "date": nl(S), "mark": "sig"}])]
    if kind == "digital":
        return [("p", "Instemming handelingsdeel: AKKOORD. Digitaal bevestigd door %s via het ouderportaal op %s om 19:42 uur." % (P, nl(S)))]
    if kind == "stated":
        return [("p", "Instemming handelingsdeel: moeder (%s) heeft op %s telefonisch aan de %s laten weten dat zij instemt "
                      "met het handelingsdeel. Genoteerd in het leerlingdossier door %s op dezelfde dag." % (P, nl(S), c.rolib, c.ib))]
    if kind in ("slip_signed", "slip_blank"):
        ok = kind == "slip_signed"
        return [("h", 2, "Antwoordstrook (graag binnen twee weken terug naar school)"),
                ("p", "Ondergetekende, ouder/verzorger van %s (%s):" % (c.name, c.groep)),
                ("checks", [("stemt in met het handelingsdeel van het OPP", ok), ("stemt niet in met het handelingsdeel", False)]),
                ("sig", [{"role": par_role, "name": P if ok else "", "date": nl(S) if ok else "", "mark": "sig" if ok else None}])]
    if kind in ("adult_self", "adult_nodate"):
        return [("p", "Ik, %s, ben meerderjarig en stem in met het handelingsdeel van mijn ontwikkelingsperspectiefplan." % c.name),
                ("checks", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", [{"role": "Leerling", "name": c.name, "date": nl(S) if kind == "adult_self" else "", "mark": "sig"},
                         school_row])]
    if kind in ("curator", "curatele_pupil_only"):
        cur = kind == "curator"
        return [("p", "%s is meerderjarig en staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de "
                      "wettelijk vertegenwoordiger (curator)." % c.fn),
                ("checks", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", [{"role": "Wettelijk vertegenwoordiger (curator)", "name": P if cur else "", "date": nl(S) if cur else "", "mark": "sig" if cur else None},
                         {"role": "Leerling (gelezen)", "name": c.name, "date": nl(S), "mark": "sig"},
                         school_row])]
    B.append(("p", stm))
    if kind in ("signed", "scribble", "nodate"):
        B.append(("checks", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]))
        B.append(("sig", [{"role": par_role, "name": P, "date": "" if kind == "nodate" else nl(S), "mark": "sig"}, school_row]))
    elif kind == "voor_gezien":
        B.append(("sig", [{"role": par_role, "name": P, "date": nl(S), "mark": "sig", "note": "voor gezien"}, school_row]))
    elif kind == "onder_protest":
        B.append(("checks", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]))
        B.append(("sig", [{"role": par_role, "name": P, "date": nl(S), "mark": "sig", "note": "getekend onder protest"}, school_row]))
        B.append(("p", "Opmerking ouders: wij tekenen onder protest; wij zijn het niet eens met het verminderen van de "
                       "begeleidingsuren ten opzichte van vorig jaar. Zie onze e-mail van %s." % nl(S)))
    elif kind == "refused":
        B.append(("checks", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", True)]))
        B.append(("sig", [{"role": par_role, "name": P, "date": nl(S), "mark": "sig"}, school_row]))
        B.append(("p", "Toelichting ouders: wij willen eerst de uitkomst van het onderzoek door de GGZ afwachten."))
    elif kind == "partial":
        B.append(("checks", [("Akkoord met het handelingsdeel", False),
                             ("Gedeeltelijk akkoord, namelijk niet met: de inzet van de time-outruimte en het verkorte rooster", True),
                             ("Niet akkoord", False)]))
        B.append(("sig", [{"role": par_role, "name": P, "date": nl(S), "mark": "sig"}, school_row]))
    elif kind == "school_only":
        B.append(("checks", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]))
        B.append(("sig", [{"role": par_role, "name": "", "date": "", "mark": None}, school_row]))
    elif kind == "blank":
        B.append(("checks", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]))
        B.append(("sig", [{"role": par_role, "name": "", "date": "", "mark": None},
                          {"role": "Namens de school", "name": "", "date": "", "mark": None}]))
    elif kind in ("unticked", "form_unchecked"):
        B.append(("checks", [("Ik stem in met het handelingsdeel", False), ("Ik stem niet in met het handelingsdeel", False)]))
        B.append(("sig", [{"role": par_role, "name": P, "date": nl(S) if kind == "unticked" else "", "mark": "sig" if kind == "unticked" else None}, school_row]))
    else:
        raise ValueError(kind)
    return B


def opt(blocks, k, el, label, level=2):
    """Append heading + text for an element unless it is missing."""
    t = k.t(el)
    if t is None:
        return
    blocks.append(("h", level, label))
    blocks.append(("p", t))


# ---------------------------------------------------------------- L1 numbered SWV format
def L_numbered(c, k, spec):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", "Format %s — versie 2024" % c.swv)]
    sec = [0]

    def H(t):
        sec[0] += 1
        B.append(("h", 1, "%d. %s" % (sec[0], t)))
        return sec[0]
    H("Gegevens leerling")
    B.append(("kv", header_kv(c, [("Opgesteld door", "%s (%s)" % (c.ib, c.rolib))]), False))
    if k.has("uitstroombestemming") or k.has("onderbouwing"):
        n = H("Ontwikkelingsperspectief")
        opt(B, k, "uitstroombestemming", "%d.1 Te verwachten uitstroombestemming" % n)
        opt(B, k, "onderbouwing", "%d.2 Onderbouwing van de uitstroombestemming" % n)
    n = H("Belemmerende en bevorderende factoren")
    opt(B, k, "belemmerende_factoren", "%d.1 Belemmerende factoren" % n)
    opt(B, k, "bevorderende_factoren", "%d.2 Bevorderende factoren" % n)
    if k.has("ondersteuningsbehoefte"):
        H("Onderwijs- en ondersteuningsbehoeften")
        B.append(("p", k.t("ondersteuningsbehoefte")))
    if k.has("adviezen_professionals"):
        H("Adviezen van deskundigen")
        B.append(("p", k.t("adviezen_professionals")))
    n = H("Handelingsdeel")
    B.append(("p", "Dit deel beschrijft de individuele ondersteuning die de school de komende periode biedt."))
    opt(B, k, "doelen", "%d.1 Doelen voor de komende periode" % n)
    opt(B, k, "ondersteuning", "%d.2 Te bieden ondersteuning en begeleiding" % n)
    opt(B, k, "afwijkingen_onderwijsprogramma", "%d.3 Afwijkingen van het onderwijsprogramma" % n)
    if k.has("inbreng_leerling"):
        H("Inbreng van de leerling")
        B.append(("p", k.t("inbreng_leerling")))
    if k.has("oogo"):
        H("Overleg met ouders")
        B.append(("p", k.t("oogo")))
    if k.has("evaluatie"):
        H("Evaluatie")
        B.append(("p", k.t("evaluatie")))
    H("Vaststelling en instemming")
    if k.has("vaststelling"):
        B.append(("h", 2, "Vaststelling"))
        B.append(("p", k.t("vaststelling")))
    consent_section(B, c, spec, "Instemming handelingsdeel")
    if k.has("informatie_rechten"):
        H("Informatie voor ouders")
        B.append(("p", k.t("informatie_rechten")))
    return B


# ---------------------------------------------------------------- L2 two-column table
L2_LABELS = [("uitstroombestemming", "Uitstroomniveau / -bestemming"), ("onderbouwing", "Onderbouwing uitstroom"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen komende periode"),
             ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak)"),
             ("afwijkingen_onderwijsprogramma", "Aanpassingen in het onderwijsprogramma"),
             ("adviezen_professionals", "Adviezen externe deskundigen"), ("inbreng_leerling", "Mening van de leerling"),
             ("oogo", "Gesprek met ouders"), ("evaluatie", "Evaluatiemomenten"),
             ("informatie_rechten", "Rechten van ouders"), ("vaststelling", "Vastgesteld")]


def L_twocol(c, k, spec):
    B = [("title", "OPP %s" % c.school), ("sub", "Ontwikkelingsperspectiefplan schooljaar %s" % c.sj)]
    B.append(("kv", header_kv(c), False))
    B.append(("h", 1, "Ontwikkelingsperspectief en handelingsdeel"))
    rows = []
    for el, lab in L2_LABELS:
        t = k.t(el)
        if t is not None:
            rows.append((lab, t))
    B.append(("kv", rows, spec.get("cc", False)))
    consent_section(B, c, spec, "Ondertekening", 1)
    return B


# ---------------------------------------------------------------- L3 table per domain
def L_domains(c, k, spec):
    B = [("title", "Ontwikkelingsperspectief"), ("sub", "%s — %s" % (c.school, c.swv))]
    B.append(("kv", header_kv(c, [("Datum", nl(c.date))]), False))
    B.append(("h", 1, "A. Perspectief"))
    rows = []
    for el, lab in [("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Onderbouwing")]:
        if k.has(el):
            rows.append((lab, k.t(el)))
    if rows:
        B.append(("kv", rows, False))
    B.append(("h", 1, "B. Analyse per domein"))
    hb, hv = k.has("belemmerende_factoren"), k.has("bevorderende_factoren")
    hdr = ["Domein"] + (["Belemmerend"] if hb else []) + (["Bevorderend"] if hv else [])
    trs = []
    for key, lab in DOMAINS:
        r = [lab]
        for el, src, on in (("belemmerende_factoren", belem_dom(c), hb), ("bevorderende_factoren", bevor_dom(c), hv)):
            if not on:
                continue
            kd = k.kind(el)
            r.append(src[key] if kd == "present" else (k.t(el) if key == "leren" else ""))
        trs.append(r)
    B.append(("table", hdr, trs))
    if k.has("ondersteuningsbehoefte"):
        B.append(("h", 2, "Onderwijsbehoeften"))
        B.append(("p", k.t("ondersteuningsbehoefte")))
    if k.has("adviezen_professionals"):
        B.append(("h", 2, "Adviezen deskundigen"))
        B.append(("p", k.t("adviezen_professionals")))
    B.append(("h", 1, "C. Handelingsdeel"))
    if k.kind("doelen") == "present" and k.kind("ondersteuning") == "present":
        ond = [l[2:] for l in ondersteuning(c).split("\n")]
        gl = doelen(c)
        trs = [[gl[i] if i < len(gl) else "", ond[i] if i < len(ond) else ""] for i in range(max(len(gl), len(ond)))]
        B.append(("table", ["Doel", "Ondersteuning / aanpak (wie, wat, hoe vaak)"], trs))
    else:
        rows = []
        for el, lab in [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning / aanpak")]:
            if k.has(el):
                rows.append((lab, k.t(el)))
        B.append(("kv", rows, False))
    rows = []
    for el, lab in [("afwijkingen_onderwijsprogramma", "Afwijking van het programma"),
                    ("inbreng_leerling", "Wat vindt de leerling ervan?"), ("oogo", "Besproken met ouders"),
                    ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling")]:
        if k.has(el):
            rows.append((lab, k.t(el)))
    B.append(("kv", rows, False))
    consent_section(B, c, spec, "D. Instemming ouders met het handelingsdeel", 1)
    if k.has("informatie_rechten"):
        B.append(("h", 2, "Niet eens?"))
        B.append(("p", k.t("informatie_rechten")))
    return B


# ---------------------------------------------------------------- L4 groeidocument
def L_groei(c, k, spec):
    B = [("title", "Groeidocument"), ("sub", c.swv)]
    B.append(("h", 1, "Deel 1 Gegevens van de leerling"))
    B.append(("kv", header_kv(c, [("Ingevuld door", "%s, %s" % (c.ib, c.rolib))]), False))
    B.append(("h", 1, "Deel 2 Informatie over de leerling, school en thuis"))
    opt(B, k, "bevorderende_factoren", "2.1 Wat gaat goed? (bevorderende factoren)")
    opt(B, k, "belemmerende_factoren", "2.2 Wat maakt het moeilijk? (belemmerende factoren)")
    opt(B, k, "adviezen_professionals", "2.3 Onderzoek, verslagen en adviezen van deskundigen")
    B.append(("h", 2, "2.4 Visie van ouders"))
    B.append(("p", "Ouders zien thuis dat %s na schooltijd erg moe is. Zij willen vooral dat %s met plezier naar school gaat." % (c.fn, c.hij)))
    opt(B, k, "inbreng_leerling", "2.5 Visie van de leerling")
    t = k.t("ondersteuningsbehoefte")
    if t is not None:
        B.append(("h", 1, "Deel 3 Ondersteuningsbehoefte"))
        B.append(("p", t))
    B.append(("pagebreak",))
    B.append(("h", 1, "Deel 4 Ontwikkelingsperspectiefplan (OPP)"))
    opt(B, k, "uitstroombestemming", "4.1 Uitstroomperspectief")
    opt(B, k, "onderbouwing", "4.2 Onderbouwing")
    opt(B, k, "doelen", "4.3 Doelen (handelingsdeel)")
    opt(B, k, "ondersteuning", "4.4 Aanbod en arrangement (handelingsdeel)")
    opt(B, k, "afwijkingen_onderwijsprogramma", "4.5 Afwijkingen van het onderwijsprogramma")
    opt(B, k, "evaluatie", "4.6 Evaluatie")
    opt(B, k, "oogo", "4.7 Overleg met ouders")
    consent_section(B, c, spec, "4.8 Instemming ouders")
    opt(B, k, "vaststelling", "4.9 Vaststelling")
    if k.has("informatie_rechten"):
        B.append(("h", 1, "Bijlage: informatie voor ouders"))
        B.append(("p", k.t("informatie_rechten")))
    return B


# ---------------------------------------------------------------- L5 beknopt OPP
def L_short(c, k, spec):
    B = [("title", "Beknopt OPP"), ("sub", "%s | schooljaar %s" % (c.school, c.sj))]
    rows = [("Leerling", "%s (%s), geb. %s" % (c.name, c.groep, nl(c.birth)))]
    if c.curatele or c.adult:
        rows.append(header_kv(c)[5])
    else:
        rows.append(("Ouders", "%s / %s" % (c.mother, c.father)))
    for el, lab in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Waarom"),
                    ("bevorderende_factoren", "Sterk / helpend"), ("belemmerende_factoren", "Belemmerend"),
                    ("ondersteuningsbehoefte", "Nodig"), ("ondersteuning", "Extra ondersteuning"),
                    ("afwijkingen_onderwijsprogramma", "Afwijking programma"), ("doelen", "Doelen"),
                    ("adviezen_professionals", "Advies extern"), ("inbreng_leerling", "Mening leerling"),
                    ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"),
                    ("vaststelling", "Vastgesteld (datum, door)"), ("informatie_rechten", "Niet eens?")]:
        t = k.t(el)
        if t is not None:
            rows.append((lab, t))
    B.append(("kv", rows, spec.get("cc", False)))
    consent_section(B, c, spec, "Instemming handelingsdeel")
    return B


# ---------------------------------------------------------------- L6 question headings
def L_questions(c, k, spec):
    f = c.fn
    B = [("title", "Ontwikkelingsperspectief van %s" % f), ("sub", "%s — %s" % (c.school, c.sj))]
    B.append(("h", 2, "Over %s" % f))
    B.append(("kv", header_kv(c), False))
    for el, q in [("uitstroombestemming", "Welk vervolg verwachten we na deze school?"),
                  ("onderbouwing", "Waarom verwachten we dat?"),
                  ("belemmerende_factoren", "Wat maakt leren moeilijk voor %s?" % f),
                  ("bevorderende_factoren", "Wat helpt %s?" % f),
                  ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % f),
                  ("doelen", "Wat willen we de komende periode bereiken?"),
                  ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?"),
                  ("afwijkingen_onderwijsprogramma", "Wijkt het programma af van dat van de klas?"),
                  ("adviezen_professionals", "Wat adviseren deskundigen, en wat doen we daarmee?"),
                  ("inbreng_leerling", "Wat vindt %s zelf, en wat hebben we daarmee gedaan?" % f),
                  ("oogo", "Wanneer en met wie is dit plan besproken?"),
                  ("evaluatie", "Wanneer kijken we samen of het werkt?"),
                  ("vaststelling", "Wie heeft het plan vastgesteld, en wanneer?"),
                  ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")]:
        opt(B, k, el, q)
    consent_section(B, c, spec, "Gaat u akkoord met de ondersteuning (handelingsdeel)?")
    return B


# ---------------------------------------------------------------- L7 letter
def L_letter(c, k, spec):
    adult = c.adult and not c.curatele
    aan = c.name if adult else "de ouders/verzorgers van %s" % c.name
    B = [("title", c.school), ("sub", "Schoolstraat %d, %s  |  administratie@%s.example.nl" % (10 + c.i, c.place, c.school.split()[-1].lower()))]
    B.append(("p", "Aan %s\n\n%s, %s\n\nBetreft: ontwikkelingsperspectiefplan (OPP) %s" % (aan, c.place, nl_long(c.date), c.sj)))
    B.append(("p", ("Beste %s," % c.fn) if adult else "Beste ouders/verzorgers,"))
    B.append(("p", "Hierbij ontvang%s het ontwikkelingsperspectiefplan van %s. Hieronder zetten we de belangrijkste punten op een rij." %
              ("t u" if not adult else " je", "jou" if adult else c.fn)))
    for el, lead in [("oogo", "Ons gesprek"), ("uitstroombestemming", "Verwachte uitstroombestemming"),
                     ("onderbouwing", "Waarom we dit verwachten"), ("bevorderende_factoren", "Wat goed gaat en helpt"),
                     ("belemmerende_factoren", "Wat het leren belemmert"), ("ondersteuningsbehoefte", "Wat nodig is"),
                     ("doelen", "Doelen"), ("ondersteuning", "De ondersteuning die we bieden"),
                     ("afwijkingen_onderwijsprogramma", "Aanpassingen in het programma"),
                     ("adviezen_professionals", "Adviezen van deskundigen"),
                     ("inbreng_leerling", "Wat %s zelf vindt" % c.fn), ("evaluatie", "Evaluatie"),
                     ("vaststelling", "Vaststelling"), ("informatie_rechten", "Niet eens?")]:
        t = k.t(el)
        if t is None:
            continue
        B.append(("h", 3, lead))
        B.append(("p", t))
    B.append(("p", "Met vriendelijke groet,\n\n%s, %s\n%s, directeur" % (c.ib, c.rolib, c.dir)))
    cb = consent_blocks(c, spec["consent"])
    if cb:
        B.append(("pagebreak",))
        if not spec["consent"].startswith("slip") and spec["consent"] != "avg_only":
            B.append(("h", 2, "Instemming handelingsdeel"))
        B += cb
    return B


# ---------------------------------------------------------------- L8 system export
def L_export(c, k, spec):
    sysname = "EduDossier 7.3"
    B = [("sub", "%s  >  Leerlingen  >  %s  >  Plannen  >  OPP" % (sysname, c.name)),
         ("title", "Ontwikkelingsperspectief (OPP)")]
    status = spec.get("status", "Vastgesteld")
    B.append(("kv", [("Leerling", "%s (lln.nr %d)" % (c.name, 40210 + c.i * 37)), ("Geboortedatum", nl(c.birth)),
                     ("Groep/klas", c.groep), ("School", c.school), ("Planperiode", c.sj), ("Status plan", status),
                     ("Eigenaar", c.ib)], False))

    def fld(el):
        t = k.t(el)
        if t is None:
            return None
        return t if t.strip() else "-"
    for sect, els in [("Perspectief", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")]),
                      ("Leerlingkenmerken", [("belemmerende_factoren", "Belemmerende factoren"),
                                             ("bevorderende_factoren", "Bevorderende factoren"),
                                             ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
                      ("Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
                                          ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma")]),
                      ("Betrokkenen", [("adviezen_professionals", "Adviezen externen"), ("inbreng_leerling", "Inbreng leerling"),
                                       ("oogo", "Overleg ouders")]),
                      ("Procedure", [("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
                                     ("informatie_rechten", "Informatie ouders")])]:
        rows = [(lab, fld(el)) for el, lab in els if fld(el) is not None]
        if rows:
            B.append(("h", 2, sect))
            B.append(("kv", rows, False))
    consent_section(B, c, spec, "Instemming")
    B.append(("footer", "Afgedrukt door %s op %s 09:14 — %s — vertrouwelijk" % (c.ib, nl(c.sign_date), sysname)))
    return B


LAYOUTS = {"swv-genummerd": L_numbered, "tabel-twee-kolom": L_twocol, "domeinen-tabel": L_domains,
           "groeidocument": L_groei, "beknopt-opp": L_short, "vragen-koppen": L_questions,
           "brief": L_letter, "systeemexport": L_export}
