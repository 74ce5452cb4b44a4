# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set 2026-12-06f.

Run:  ../venv/bin/python generate.py      (from this folder; needs soffice and pdftoppm)
Writes docs/ and labels.json.  All names, schools and places are invented.
"""
import json, os, re, shutil, subprocess, sys, datetime, random, glob, tempfile
from content import ELEMENTS, NL_NAMES, P, BASE, RIGHTS_TEXT, RIGHTS_TEXT_ADULT
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "PM", "- nog in te vullen door ib -"]
INSTR = {
    "uitstroombestemming": "[Vul hier de te verwachten uitstroombestemming in: het vo-type (bijv. vmbo-kader, havo) of in het vso het uitstroomprofiel.]",
    "onderbouwing": "<Onderbouw de uitstroombestemming met toetsgegevens, het leerrendement, intelligentiegegevens en de schoolloopbaan.>",
    "belemmerende_factoren": "Noem hier de belemmerende factoren (kind, onderwijs, thuis). Gebruik korte zinnen.",
    "bevorderende_factoren": "Noem hier de bevorderende/beschermende factoren. Denk aan sterke kanten en interesses.",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften als: '... heeft nodig dat ...']",
    "ondersteuning": "Beschrijf concreet welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "[Geef aan of en waar wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Verwijder wat niet van toepassing is.]",
    "doelen": "[Doelen SMART formuleren: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden.]",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "[Datum gesprek en aanwezigen invullen]",
    "inbreng_leerling": "[Beschrijf hier de inbreng van de leerling en wat daarmee gedaan is.]",
    "evaluatie": "[Geef aan wanneer en met wie het OPP geëvalueerd wordt.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen invoegen]",
    "vaststelling": "[Datum vaststelling en naam directeur]",
}
REF = {
    "uitstroombestemming": "Zie het groeidocument, bijlage 1.",
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie het groeidocument (hoofdstuk 3).",
    "bevorderende_factoren": "Zie bijlage 3.",
    "ondersteuningsbehoefte": "Zie het verslag van de consultatie.",
    "ondersteuning": "Zie het handelingsplan (apart document).",
    "afwijkingen_onderwijsprogramma": "Zie het aangepaste rooster in de bijlage.",
    "doelen": "Zie het groepsplan / handelingsplan voor de doelen.",
    "adviezen_professionals": "Zie het verslag van het psychologisch onderzoek (bijlage 4).",
    "oogo": "Zie gespreksverslag in het leerlingdossier.",
    "inbreng_leerling": "Zie het leerlinggesprek in het dossier.",
    "evaluatie": "Volgens de zorgcyclus van de school (zie schoolondersteuningsprofiel).",
    "informatie_rechten": "Zie de schoolgids en de website van het samenwerkingsverband.",
    "vaststelling": "Zie het handtekeningenblad.",
}
VAGUE = {
    "doelen": "{first} gaat vooruit met lezen en rekenen en voelt zich fijn in de groep. We werken aan zelfvertrouwen.",
    "evaluatie": "Het plan wordt regelmatig bekeken.",
    "oogo": "Het plan is met ouders besproken.",
    "inbreng_leerling": "Gesprek met {first}: {first} vertelt dat {hij} het meestal fijn vindt op school, maar dat sommige lessen moeilijk zijn. {first} wil graag dat het beter gaat.",
    "adviezen_professionals": "Er is een onderzoek gedaan door een psycholoog; de adviezen staan in het verslag.",
    "ondersteuning": "{first} krijgt extra hulp waar nodig.",
}

STATUS_OF_MODE = {"ok": "present", "miss": "missing", "na": "not_applicable"}
CONSENT_PRESENT = {"c_ok", "c_adult", "c_curator", "c_verbal"}


def shift_years(t, n):
    if not n:
        return t
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + n), t)


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s-%s-%s" % (d, m, y)


class Doc:
    def __init__(self, spec):
        self.s = spec
        self.pk = spec["persona"]
        self.p = dict(P[self.pk])
        self.plan = spec["plan_date"]
        y, m, _ = map(int, self.plan.split("-"))
        start = y if m >= 8 else y - 1
        self.shift = spec.get("shift", start - 2025)
        self.oogo_date = dmy(spec.get("oogo_date", self._minus(self.plan, 9)))
        self.modes = spec.get("modes", {})
        self.p["oogo_date"] = self.oogo_date
        self.p["plan_date"] = dmy(self.plan)
        self.p["schooljaar"] = "%d-%d" % (start, start + 1)
        self.p["sig_date"] = dmy(spec.get("sig_date", self._minus(self.plan, 2)))

    @staticmethod
    def _minus(iso, days):
        d = datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)
        return d.isoformat()

    def f(self, t):
        return shift_years(t, self.shift).format(**self.p)

    def mode(self, el):
        return self.modes.get(el, "c_ok" if el == "instemming_ouders" else "ok")

    def content(self, el):
        if el == "informatie_rechten":
            return R_TEXT(self)
        if el == "vaststelling":
            return {"text": self.f("Het ontwikkelingsperspectief is vastgesteld op {plan_date} door {director}, namens het bevoegd gezag ({board})."
                                   + (" " + self.s["revised"] if self.s.get("revised") else "")), "who": self.p["director"], "when": self.p["plan_date"]}
        if el == "instemming_ouders":
            return {"text": "", "who": "", "when": ""}
        c = BASE[self.pk][el]
        t = c["text"]
        t = [self.f(x) for x in t] if isinstance(t, list) else self.f(t)
        return {"text": t, "who": self.f(c["who"]), "when": self.f(c["when"])}

    # string form of an element (for table cells and form fields); None = leave out
    def text(self, el, joiner="\n"):
        m = self.mode(el)
        if m == "miss":
            return None
        if m == "empty":
            return ""
        if m == "ph":
            return PH[(ELEMENTS.index(el) + len(self.s["file"])) % len(PH)]
        if m == "instr":
            return INSTR[el]
        if m == "ref":
            return REF[el]
        if m == "vague":
            return self.f(VAGUE[el])
        if m == "noeffect":
            return self.f(VAGUE["inbreng_leerling"])
        if m == "nodate" and el == "vaststelling":
            return self.f("Vastgesteld door: {director}\nDatum vaststelling: ..................")
        if m == "refonly_summary":   # refers to the handelingsplan but also gives the content
            c = self.content(el)["text"]
            c = " ".join(c) if isinstance(c, list) else c
            return "Uitgewerkt in het handelingsplan (bijlage). Samengevat: " + c
        t = self.content(el)["text"]
        if isinstance(t, list):
            if joiner == "\n":
                return "\n".join("\u2022 " + x for x in t)
            return " ".join(t)
        return t

    def blocks(self, el):
        m = self.mode(el)
        if m == "miss":
            return None
        if m in ("ok",) and el not in ("informatie_rechten", "vaststelling"):
            t = self.content(el)["text"]
            return [("ul", t)] if isinstance(t, list) else [("p", t)]
        t = self.text(el)
        if t == "":
            return []
        return [("p", x) for x in t.split("\n")]

    # consent section ------------------------------------------------------------------
    def consent(self, short=False):
        m = self.mode("instemming_ouders")
        p = self.p
        who = "Ouder/verzorger 1" if p.get("parent2") else "Ouder/verzorger"
        if self.pk == "vso_adult":
            who = "Leerling (meerderjarig)"
        date = p["sig_date"]
        school = ("Namens de school", p["director"], date, True)
        par = [(who, p["parent1"], date, True)] + ([("Ouder/verzorger 2", p["parent2"], date, True)] if p.get("parent2") else [])
        lead = ("Ondergetekenden verklaren dat het ontwikkelingsperspectief met hen is besproken (op overeenstemming gericht overleg) "
                "en dat zij instemmen met het handelingsdeel (de te bieden ondersteuning en begeleiding).")
        if self.mode("oogo") != "ok":
            lead = "Ondergetekenden stemmen in met het handelingsdeel (de te bieden ondersteuning en begeleiding)."
        opts = lambda a, b: [("check", [(a, "Akkoord met het handelingsdeel"), (b, "Niet akkoord met het handelingsdeel")])]
        if m == "miss":
            return None
        if m == "c_ok":
            return [("p", lead)] + opts(True, False) + [("sig", par + [school])]
        if m == "c_verbal":
            return [("p", "De ouders hebben in het gesprek van %s mondeling ingestemd met het handelingsdeel. De intern begeleider heeft dit op %s vastgelegd; ouders hebben de instemming per e-mail van %s bevestigd." % (self.oogo_date, self.oogo_date, p["sig_date"]))]
        if m == "c_adult":
            return [("p", "%s is meerderjarig en handelingsbekwaam en beslist zelf. Hij/zij stemt in met het handelingsdeel." % p["first"])] + opts(True, False) + \
                [("sig", [("Leerling", "%s %s" % (p["first"], p["last"]), date, True), school])]
        if m == "c_curator":
            return [("p", "%s staat onder curatele. De curator, %s, stemt namens haar in met het handelingsdeel." % (p["first"], p["parent1"]))] + opts(True, False) + \
                [("sig", [("Curator", p["parent1"], date, True), ("Leerling (gezien)", "%s %s" % (p["first"], p["last"]), date, True), school])]
        if m == "c_pupil_only":
            return [("p", "Instemming handelingsdeel door de leerling:")] + opts(True, False) + \
                [("sig", [("Leerling", "%s %s" % (p["first"], p["last"]), date, True), ("Curator", None, None, False), school])]
        if m == "c_gezien":
            return [("p", lead)] + opts(False, False) + [("p", "Door ouders bij de handtekening geschreven: \"Voor gezien, niet voor akkoord.\""), ("sig", par + [school])]
        if m == "c_protest":
            return [("p", lead)] + opts(True, False) + [("p", "Toegevoegd door ouders: \"Getekend onder protest. Wij zijn het niet eens met de verkorte schooldag en de uitstroomverwachting.\""), ("sig", par + [school])]
        if m == "c_refused":
            return [("p", lead)] + opts(False, True) + [("p", "Toelichting ouders: wij willen geen begeleiding buiten de groep; we zijn het niet eens met het handelingsdeel."), ("sig", par + [school])]
        if m == "c_partial":
            return [("p", lead)] + [("check", [(False, "Akkoord met het gehele handelingsdeel"), (True, "Akkoord met het handelingsdeel, met uitzondering van de onderdelen hieronder"), (False, "Niet akkoord")])] + \
                [("p", "Uitzondering: ouders stemmen niet in met de begeleiding buiten de klas en met de aanpassing van het rooster."), ("sig", par + [school])]
        if m == "c_school":
            return [("p", "Ondertekening")] + [("sig", [school, ("Intern begeleider / zorgcoördinator", p["ib"], date, True)])]
        if m == "c_blank":
            return [("p", lead)] + opts(False, False) + [("sig", [(r, None, None, False) for r, *_ in par] + [school])]
        if m == "c_untick":
            return [("p", lead)] + opts(False, False) + [("sig", [(r, n, None, False) for r, n, *_ in par] + [school])]
        if m == "c_nodate":
            return [("p", lead)] + opts(True, False) + [("sig", [(r, n, None, s) for r, n, d, s in par] + [school])]
        if m == "c_other":
            return ["OTHER"]
        if m in ("ph", "instr", "empty"):
            t = self.text("instemming_ouders") if m != "empty" else ""
            return [("p", t)] if t else []
        raise ValueError(m)

    def other_consent(self):
        p = self.p
        return [("h2", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                ("p", "Ouders geven toestemming voor het delen van de gegevens in dit dossier met het samenwerkingsverband en de jeugdarts, en voor het gebruik van foto's op de schoolwebsite."),
                ("check", [(True, "Ja, toestemming gegevensuitwisseling"), (True, "Ja, toestemming beeldmateriaal")]),
                ("sig", [("Ouder/verzorger", p["parent1"], p["sig_date"], True)])]

    def consent_section(self, title="Instemming ouders met het handelingsdeel"):
        c = self.consent()
        if c is None:
            return []
        if c == ["OTHER"]:
            return self.other_consent()
        return [("h2", title)] + c

    # labels ---------------------------------------------------------------------------
    def labels(self):
        out = {}
        for el in ELEMENTS:
            m = self.mode(el)
            if el == "instemming_ouders":
                st = "present" if m in CONSENT_PRESENT else ("missing" if m in ("miss", "c_other") else "incomplete")
            elif m == "refonly_summary":
                st = "present"
            else:
                st = STATUS_OF_MODE.get(m, "incomplete")
            out[el] = st
        # no deviations stated explicitly
        if self.pk in ("sbo", "vo_vmbo", "pro", "vso_adult") and self.mode("afwijkingen_onderwijsprogramma") == "ok":
            out["afwijkingen_onderwijsprogramma"] = "not_applicable"
        # hoorrecht not yet in force / adult pupil is the party himself
        latest = self.s.get("revised_date", self.plan)
        if latest < "2025-08-01" or self.pk == "vso_adult":
            out["inbreng_leerling"] = "not_applicable"
        for el, st in self.s.get("label_override", {}).items():
            out[el] = st
        return out


def R_TEXT(doc):
    t = RIGHTS_TEXT_ADULT if doc.pk == "vso_adult" else RIGHTS_TEXT
    return {"text": t, "who": "", "when": ""}


# =============================================================== layouts
def pupil_kv(d, extra=()):
    p = d.p
    rows = [["Naam leerling", "%s %s" % (p["first"], p["last"])], ["Geboortedatum", p["dob"]],
            ["Groep / klas", p["klas"]], ["School", "%s, %s" % (p["school"], p["place"])],
            ["Schooljaar", p["schooljaar"]]]
    rows += [list(x) for x in extra]
    return ("table", rows, {"boldfirst": True, "widths": [0.3, 0.7]})


def sec(d, el, heading, level="h1"):
    b = d.blocks(el)
    if b is None:
        return []
    return [(level, heading)] + b


def L_tabel_liggend(d):
    p = d.p
    ir = [("title", "Ontwikkelingsperspectiefplan"), ("p", "%s - %s" % (p["school"], p["swv"])), pupil_kv(d)]
    rows = [["Onderdeel", "Beschrijving", "Wie", "Wanneer"]]
    for el in ELEMENTS:
        if el == "instemming_ouders":
            continue
        t = d.text(el)
        if t is None:
            continue
        c = d.content(el) if d.mode(el) == "ok" else {"who": "", "when": ""}
        rows.append([NL_NAMES[el], t, c.get("who", ""), c.get("when", "")])
    ir.append(("table", rows, {"header": True, "widths": [0.18, 0.56, 0.14, 0.12], "boldfirst": True}))
    ir += d.consent_section("Ondertekening handelingsdeel")
    return dict(ir=ir, land=True, footer="OPP %s %s - vertrouwelijk" % (p["first"], p["last"]))


def L_gespreksverslag(d):
    p = d.p
    oogo_ok = d.mode("oogo") == "ok"
    ir = [("title", "Gespreksverslag OPP-bespreking"),
          ("table", [["Leerling", "%s %s (%s)" % (p["first"], p["last"], p["klas"])],
                     ["Datum gesprek", d.oogo_date if oogo_ok else (d.text("oogo") or "")],
                     ["Aanwezig", ("%s; %s; %s" % (p["parents"], p["mentor"], p["ib"])) if oogo_ok else ""],
                     ["Verslag", p["ib"]]], {"boldfirst": True, "widths": [0.25, 0.75]}),
          ("h1", "1. Opening"),
          ("p", "Doel van het gesprek: het ontwikkelingsperspectiefplan van %s bespreken en afspraken maken voor dit schooljaar." % p["first"])]
    if oogo_ok:
        ir.append(("p", d.text("oogo")))
    n = 2
    groups = [("Hoe gaat het met %s?" % p["first"], [("bevorderende_factoren", "Wat gaat goed"), ("belemmerende_factoren", "Wat is lastig")]),
              ("Wat heeft %s nodig?" % p["first"], [("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Wat zeggen deskundigen")]),
              ("Perspectief", [("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Waarom deze verwachting")]),
              ("Wat zegt %s zelf?" % p["first"], [("inbreng_leerling", "Inbreng van %s" % p["first"])]),
              ("Afspraken (handelingsdeel)", [("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Aanpassingen in het programma"), ("doelen", "Doelen")]),
              ("Vervolg", [("evaluatie", "Evaluatie"), ("informatie_rechten", "Uw rechten")])]
    for g, els in groups:
        inner = []
        for el, h in els:
            inner += sec(d, el, h, "h2")
        if inner:
            ir.append(("h1", "%d. %s" % (n, g))); n += 1; ir += inner
    ir.append(("h1", "%d. Instemming en vaststelling" % n))
    c = d.consent_section("Instemming")
    ir += c
    ir += sec(d, "vaststelling", "Vaststelling", "h2")
    return dict(ir=ir, footer="Gespreksverslag OPP - %s" % p["school"])


def L_bestuur(d, blank=False):
    p = d.p
    cover = [("title", p["board"]), ("p", ""), ("title", "Ontwikkelingsperspectiefplan (OPP)"),
             ("p", "Leerling: %s %s" % (p["first"], p["last"]) if not blank else "Leerling: ........................................"),
             ("p", "School: %s, %s" % (p["school"], p["place"]) if not blank else "School: ........................................"),
             ("p", "Schooljaar: %s" % p["schooljaar"] if not blank else "Schooljaar: 20..-20.."),
             ("small", "Format OPP versie 3.2 - vastgesteld door het college van bestuur. Vertrouwelijk: niet aan derden verstrekken zonder toestemming van ouders."),
             ("pb",)]
    chapters = [("1", "Leerlinggegevens", []),
                ("2", "Ontwikkelingsperspectief", [("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing")]),
                ("3", "Beeld van de leerling", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")]),
                ("4", "Handelingsdeel", [("ondersteuning", "Ondersteuning en begeleiding"), ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"), ("doelen", "Doelen")]),
                ("5", "Adviezen van deskundigen", [("adviezen_professionals", "Adviezen en wat de school ermee doet")]),
                ("6", "Overleg, inbreng en evaluatie", [("oogo", "Op overeenstemming gericht overleg met ouders"), ("inbreng_leerling", "Inbreng van de leerling"), ("evaluatie", "Evaluatie")]),
                ("7", "Vaststelling", [("vaststelling", "Vaststelling door de school")])]
    toc = [("h1", "Inhoud")]
    lines = []
    for num, t, els in chapters:
        lines.append("%s  %s" % (num, t))
        for i, (el, h) in enumerate(els):
            if d.mode(el) != "miss":
                lines.append("   %s.%d  %s" % (num, i + 1, h))
    lines += ["Bijlage 1  Instemmingsformulier handelingsdeel", "Bijlage 2  Toetsoverzicht"]
    toc += [("p", x) for x in lines] + [("pb",)]
    body = []
    for num, t, els in chapters:
        body.append(("h1", "%s %s" % (num, t)))
        if num == "1":
            body.append(pupil_kv(d, [("Samenwerkingsverband", p["swv"]), ("Mentor / leerkracht", p["mentor"]), ("Intern begeleider", p["ib"])]) if not blank
                        else ("table", [["Naam leerling", ""], ["Geboortedatum", ""], ["Groep / klas", ""], ["Intern begeleider", ""]], {"boldfirst": True, "widths": [0.3, 0.7]}))
        for i, (el, h) in enumerate(els):
            body += sec(d, el, "%s.%d %s" % (num, i + 1, h), "h2")
    body += [("pb",), ("h1", "Bijlage 1 Instemmingsformulier handelingsdeel")]
    body += sec(d, "informatie_rechten", "Uw rechten als ouder", "h2")
    body += d.consent_section("Instemming")
    if not blank:
        body += [("pb",), ("h1", "Bijlage 2 Toetsoverzicht"),
                 ("table", [["Toets", "Afname", "Score / niveau"], ["Rekenen-Wiskunde", "M (midden)", "zie onderbouwing"],
                            ["Begrijpend lezen", "M (midden)", "zie onderbouwing"], ["Technisch lezen (AVI/DMT)", "M en E", "zie onderbouwing"]],
                  {"header": True})]
    return dict(ir=cover + toc + body, footer="%s - OPP format v3.2 - pagina {page}" % p["board"])


def L_tlv(d):
    p = d.p
    ir = [("title", "Ontwikkelingsperspectiefplan %s" % p["school"]),
          ("table", [["Leerling", "%s %s, geb. %s" % (p["first"], p["last"], p["dob"])], ["Groep", p["klas"]],
                     ["Toelaatbaarheidsverklaring", "TLV %s, categorie %s, nr. TLV-%s-0%d, geldig t/m 31-07-%d" % (
                         "SO" if p["type"] == "so" else "VSO", "laag" if d.pk != "so_zml" else "midden", d.plan[:4], 300 + len(d.s["file"]), int(d.plan[:4]) + 2)],
                     ["Afgegeven door", p["swv"]], ["Commissie voor de begeleiding", p["ib"]]], {"boldfirst": True, "widths": [0.3, 0.7]})]
    ir += sec(d, "uitstroombestemming", "A. Uitstroomprofiel en uitstroombestemming")
    ir += sec(d, "onderbouwing", "B. Onderbouwing")
    bel, bev = d.text("belemmerende_factoren"), d.text("bevorderende_factoren")
    cols = [(h, t) for h, t in (("Belemmerende factoren", bel), ("Beschermende factoren", bev)) if t is not None]
    if cols:
        ir += [("h1", "C. Belemmerende en beschermende factoren"), ("table", [[h for h, _ in cols], [t for _, t in cols]], {"header": True})]
    ir += sec(d, "ondersteuningsbehoefte", "D. Onderwijsbehoeften")
    ir += sec(d, "adviezen_professionals", "E. Advies commissie voor de begeleiding en andere deskundigen")
    hd = [("F. Handelingsdeel", None), ("Ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen")]
    ir.append(("h1", hd[0][0]))
    for h, el in hd[1:]:
        ir += sec(d, el, h, "h2")
    ir += sec(d, "inbreng_leerling", "G. Wat vindt %s zelf?" % p["first"])
    ir += sec(d, "oogo", "H. Overleg met ouders")
    ir += sec(d, "evaluatie", "I. Evaluatie")
    ir += sec(d, "informatie_rechten", "J. Rechten van ouders")
    ir += sec(d, "vaststelling", "K. Vaststelling")
    ir += d.consent_section("L. Instemming ouders")
    return dict(ir=ir, header="%s | OPP | vertrouwelijk" % p["school"])


def L_transitie(d):
    p = d.p
    prof = {"vso_arbeid": 1, "vso_adult": 0, "vso_curatele": 2}.get(d.pk, 1)
    m = d.mode("uitstroombestemming")
    ir = [("title", "OPP en transitieplan"), pupil_kv(d, [("Mentor", p["mentor"])]),
          ("h1", "Deel 1 - Ontwikkelingsperspectief")]
    if m != "miss":
        ir.append(("h2", "Uitstroomprofiel"))
        ir.append(("check", [(m == "ok" and prof == i, x) for i, x in enumerate(["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"])]))
        ir.append(("p", "Uitstroombestemming: " + (d.text("uitstroombestemming") or "")))
    for el in ["onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals",
               "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten"]:
        ir += sec(d, el, NL_NAMES[el], "h2")
    ir.append(("h1", "Deel 2 - Transitieplan"))
    tr = BASE[d.pk]["transitie"]["text"]
    ir.append(("table", [["Levensgebied", "Stand van zaken en afspraken"]] + [[x.split(":")[0], d.f(":".join(x.split(":")[1:]).strip())] for x in tr], {"header": True, "widths": [0.25, 0.75]}))
    ir.append(("h1", "Deel 3 - Vaststelling en instemming"))
    ir += sec(d, "vaststelling", "Vaststelling", "h2")
    ir += d.consent_section("Instemming met het handelingsdeel")
    return dict(ir=ir, footer="%s - OPP/transitieplan %s - pagina {page}" % (p["school"], p["schooljaar"]))


def L_beknopt(d):
    p = d.p
    rows = [["Leerling", "%s %s, %s" % (p["first"], p["last"], p["klas"])], ["School", p["school"]]]
    for el, lab in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Onderbouwing"), ("bevorderende_factoren", "Sterk"),
                    ("belemmerende_factoren", "Belemmerend"), ("ondersteuningsbehoefte", "Heeft nodig"), ("ondersteuning", "Aanpak (handelingsplan)"),
                    ("doelen", "Doelen"), ("afwijkingen_onderwijsprogramma", "Afwijkend programma"), ("adviezen_professionals", "Externe adviezen"),
                    ("inbreng_leerling", "Mening leerling"), ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"),
                    ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vastgesteld")]:
        t = d.text(el, joiner="; ")
        if t is not None:
            rows.append([lab, t])
    ir = [("title", "Beknopt OPP"), ("small", "Dit beknopte OPP hoort bij het handelingsplan van %s. Het handelingsplan is een apart document." % p["first"]),
          ("table", rows, {"boldfirst": True, "widths": [0.25, 0.75]})]
    ir += d.consent_section("Handtekeningen")
    return dict(ir=ir)


def L_proza(d):
    p = d.p
    j = lambda el: d.text(el, joiner="; ")
    ir = [("title", "OPP %s %s" % (p["first"], p["last"])),
          ("p", "%s, %s. Opgesteld door %s, schooljaar %s." % (p["school"], p["klas"], p["mentor"], p["schooljaar"]))]
    para = []
    for el, lead in [("bevorderende_factoren", "Wat goed gaat bij %s: " % p["first"]), ("belemmerende_factoren", "Wat het leren moeilijker maakt: "),
                     ("ondersteuningsbehoefte", "")]:
        t = j(el)
        if t is not None:
            para.append(lead + t + ("" if t.endswith(".") or not t else "."))
    ir += [("h1", "Hoe gaat het nu")] + [("p", x) for x in para]
    ir.append(("h1", "Wat we verwachten"))
    for el, lead in [("uitstroombestemming", ""), ("onderbouwing", "")]:
        t = j(el)
        if t is not None:
            ir.append(("p", lead + t))
    ir.append(("h1", "Wat we gaan doen"))
    for el, lead in [("ondersteuning", "Dit jaar doen we het volgende: "), ("afwijkingen_onderwijsprogramma", ""), ("doelen", "Wat we willen bereiken: "),
                     ("adviezen_professionals", "Adviezen van anderen: ")]:
        t = j(el)
        if t is not None:
            ir.append(("p", (lead + t).strip()))
    ir.append(("h1", "Afspraken"))
    for el, lead in [("inbreng_leerling", "Wat %s er zelf van vindt: " % p["first"]), ("oogo", ""), ("evaluatie", "Evaluatie: "),
                     ("informatie_rechten", ""), ("vaststelling", "")]:
        t = j(el)
        if t is not None:
            ir.append(("p", (lead + t).strip()))
    c = d.consent()
    if c == ["OTHER"]:
        ir += d.other_consent()
    elif c:
        ir += c
    return dict(ir=ir)


def L_vragen(d):
    p = d.p
    q = [("uitstroombestemming", "Naar welke school gaat %s waarschijnlijk na deze school?" % p["first"]),
         ("onderbouwing", "Waarom verwachten we dat?"),
         ("bevorderende_factoren", "Wat gaat goed? Waar is %s sterk in?" % p["first"]),
         ("belemmerende_factoren", "Wat maakt leren moeilijk?"),
         ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % p["first"]),
         ("ondersteuning", "Welke hulp krijgt %s, van wie en hoe vaak?" % p["first"]),
         ("afwijkingen_onderwijsprogramma", "Volgt %s een ander programma dan de groep?" % p["first"]),
         ("doelen", "Wat willen we bereiken, en wanneer?"),
         ("adviezen_professionals", "Wat adviseren deskundigen, en wat doen we daarmee?"),
         ("inbreng_leerling", "Wat vindt %s zelf, en wat hebben we daarmee gedaan?" % p["first"]),
         ("oogo", "Wanneer hebben we dit met u besproken?"),
         ("evaluatie", "Wanneer kijken we samen of het werkt?"),
         ("informatie_rechten", "Wat kunt u doen als u het er niet mee eens bent?"),
         ("vaststelling", "Wanneer is dit plan vastgesteld, en door wie?")]
    ir = [("title", "Ontwikkelingsperspectief van %s" % p["first"]), pupil_kv(d)]
    for el, h in q:
        ir += sec(d, el, h, "h2")
    ir += d.consent_section("Gaat u akkoord met de hulp (het handelingsdeel)?")
    return dict(ir=ir, footer="%s - %s" % (p["school"], p["place"]))


def L_domeinen(d):
    p = d.p
    doms = ["Leren en ontwikkeling", "Werkhouding en taakgedrag", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]

    def spread(el):
        m = d.mode(el)
        if m == "miss":
            return None
        if m == "ok":
            items = d.content(el)["text"]
            items = items if isinstance(items, list) else [items]
            cells = [[] for _ in doms]
            for i, x in enumerate(items):
                cells[i % len(doms)].append(x)
            return ["\n".join(c) for c in cells]
        t = d.text(el)
        return [t] + [""] * (len(doms) - 1)
    bel, bev = spread("belemmerende_factoren"), spread("bevorderende_factoren")
    hdr, cols = ["Domein"], []
    if bel is not None:
        hdr.append("Belemmerend"); cols.append(bel)
    if bev is not None:
        hdr.append("Bevorderend"); cols.append(bev)
    rows = [hdr] + [[dm] + [c[i] for c in cols] for i, dm in enumerate(doms)]
    ir = [("title", "OPP - %s %s" % (p["first"], p["last"])), pupil_kv(d), ("h1", "1. Beeld per domein"),
          ("table", rows, {"header": True, "boldfirst": True})]
    n = 2
    for el in ["ondersteuningsbehoefte", "uitstroombestemming", "onderbouwing", "adviezen_professionals", "ondersteuning",
               "afwijkingen_onderwijsprogramma", "doelen", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        s = sec(d, el, "%d. %s" % (n, NL_NAMES[el]))
        if s:
            ir += s; n += 1
    ir += d.consent_section("%d. Instemming" % n)
    return dict(ir=ir, footer="%s | %s" % (p["swv"], p["school"]))


def L_export(d):
    p = d.p
    F = {"uitstroombestemming": "Uitstroomniveau (verwacht)", "onderbouwing": "Onderbouwing uitstroom",
         "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Stimulerende factoren",
         "ondersteuningsbehoefte": "Onderwijsbehoeften", "ondersteuning": "Ondersteuningsaanbod",
         "afwijkingen_onderwijsprogramma": "Afwijkend programma", "doelen": "Doelen (tussen- en einddoelen)",
         "adviezen_professionals": "Externe adviezen", "oogo": "OOGO (datum/aanwezigen)", "inbreng_leerling": "Stem van de leerling",
         "evaluatie": "Evaluatiemomenten", "informatie_rechten": "Informatie ouders", "vaststelling": "Vastgesteld (datum/door)"}
    ir = [("p", "KlasVolg 7.4  |  Module: Ontwikkelingsperspectief  |  Afdruk %s 08:14" % dmy(d.s.get("print_date", d.plan))),
          ("title", "ONTWIKKELINGSPERSPECTIEF"),
          ("table", [["Leerling-ID", str(204000 + 17 * len(d.s["file"]))], ["Leerling", "%s, %s" % (p["last"], p["first"])],
                     ["Geboortedatum", p["dob"]], ["Groep/klas", p["klas"]], ["Vestiging", "%s (%s)" % (p["school"], p["place"])]], {"boldfirst": True, "widths": [0.3, 0.7]})]
    for grp, els in [("PERSPECTIEF", ["uitstroombestemming", "onderbouwing"]),
                     ("BEELD", ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals"]),
                     ("HANDELINGSDEEL", ["ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"]),
                     ("PROCEDURE", ["oogo", "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"])]:
        rows = []
        for el in els:
            t = d.text(el)
            if t is not None:
                rows.append([F[el], t if t else "-"])
        if rows:
            ir += [("h1", grp), ("table", rows, {"boldfirst": True, "widths": [0.3, 0.7]})]
    c = d.consent()
    if c is not None:
        ir.append(("h1", "INSTEMMING HANDELINGSDEEL" if c != ["OTHER"] else "TOESTEMMINGEN"))
        ir += (d.other_consent()[1:] if c == ["OTHER"] else c)
    return dict(ir=ir, footer="KlasVolg 7.4 | %s | gebruiker: %s | pagina {page}" % (p["school"], p["ib"].split(" (")[0]))


def L_brief(d):
    p = d.p
    j = lambda el: d.text(el, joiner="; ")
    ir = [("p", p["school"]), ("p", "%s" % p["place"]), ("p", ""),
          ("p", "Aan %s" % p["parents"]), ("p", "%s, %s" % (p["place"], dmy(d.plan))),
          ("p", "Betreft: het ontwikkelingsperspectiefplan van %s" % p["first"]), ("p", "Beste ouders,")]
    oo = j("oogo")
    if oo is not None:
        ir.append(("p", "Hartelijk dank voor het gesprek. " + oo))
    ir.append(("p", "In deze brief zetten wij de afspraken op een rij."))
    for el, h in [("uitstroombestemming", "Wat verwachten wij?"), ("onderbouwing", "Waarom?"), ("bevorderende_factoren", "Wat gaat goed"),
                  ("belemmerende_factoren", "Wat is moeilijk"), ("ondersteuningsbehoefte", "Wat %s nodig heeft" % p["first"]),
                  ("ondersteuning", "Wat de school doet"), ("afwijkingen_onderwijsprogramma", "Aanpassingen in het lesprogramma"),
                  ("doelen", "Doelen"), ("adviezen_professionals", "Adviezen van deskundigen"), ("inbreng_leerling", "De mening van %s" % p["first"]),
                  ("evaluatie", "Hoe verder"), ("informatie_rechten", "Uw rechten")]:
        ir += sec(d, el, h, "h2")
    vs = j("vaststelling")
    if vs is not None:
        ir.append(("p", vs))
    ir += [("p", "Met vriendelijke groet,"), ("p", "%s, directeur\n%s" % (p["director"], p["ib"]))]
    c = d.consent()
    if c is not None:
        ir += [("pb",), ("h1", "Antwoordstrook - graag ondertekend terug naar school")]
        ir += d.other_consent() if c == ["OTHER"] else c
    return dict(ir=ir)


def L_groei(d):
    p = d.p
    ir = [("title", "Groeidocument %s %s" % (p["first"], p["last"])), ("small", "Versie %s - %s" % (p["schooljaar"], p["swv"])),
          ("h1", "1 Gegevens"), pupil_kv(d, [("Betrokken hulpverlening", "zie hoofdstuk 2")]),
          ("h1", "2 Wat is er al gedaan"),
          ("p", "Sinds groep 3/klas 1 zijn er groeps- en handelingsplannen ingezet, er is een consultatie met het samenwerkingsverband geweest en er is extern onderzoek gedaan. De resultaten staan hieronder samengevat."),
          ("h1", "3 Beeld van de leerling")]
    ir += sec(d, "bevorderende_factoren", "3.1 Stimulerende factoren", "h2")
    ir += sec(d, "belemmerende_factoren", "3.2 Belemmerende factoren", "h2")
    ir += sec(d, "ondersteuningsbehoefte", "3.3 Onderwijsbehoeften", "h2")
    ir += sec(d, "adviezen_professionals", "3.4 Adviezen van deskundigen", "h2")
    ir.append(("h1", "4 Ontwikkelingsperspectief (OPP)"))
    ir += sec(d, "uitstroombestemming", "4.1 Uitstroombestemming", "h2")
    ir += sec(d, "onderbouwing", "4.2 Onderbouwing", "h2")
    ir += sec(d, "doelen", "4.3 Doelen", "h2")
    ir.append(("h1", "5 Arrangement en handelingsdeel"))
    ir += sec(d, "ondersteuning", "5.1 Ondersteuning: wat, wie, hoe vaak", "h2")
    ir += sec(d, "afwijkingen_onderwijsprogramma", "5.2 Afwijkingen van het onderwijsprogramma", "h2")
    ir.append(("h1", "6 Betrokkenheid en afspraken"))
    ir += sec(d, "inbreng_leerling", "6.1 Inbreng van de leerling", "h2")
    ir += sec(d, "oogo", "6.2 Gesprek met ouders", "h2")
    ir += sec(d, "evaluatie", "6.3 Evaluatie", "h2")
    ir += sec(d, "informatie_rechten", "6.4 Rechten van ouders", "h2")
    ir.append(("h1", "7 Vaststelling en handtekeningen"))
    ir += sec(d, "vaststelling", "7.1 Vaststelling", "h2")
    ir += d.consent_section("7.2 Instemming")
    return dict(ir=ir, footer="Groeidocument %s - %s" % (p["swv"], p["schooljaar"]))


def L_formulier(d, blank=False, absent=()):
    p = d.p
    ir = [("title", "Formulier ontwikkelingsperspectief"), ("small", "%s - invulbaar formulier" % p["swv"])]
    for lab, v in [("Naam leerling", "%s %s" % (p["first"], p["last"])), ("Geboortedatum", p["dob"]), ("School", p["school"]), ("Groep/klas", p["klas"])]:
        ir.append(("field", lab, "" if blank else v, False))
    for el in ELEMENTS:
        if el in absent:
            continue
        if el == "instemming_ouders":
            if blank:
                ir += [("cbfield", "Ouders stemmen in met het handelingsdeel", False), ("cbfield", "Ouders stemmen niet in met het handelingsdeel", False),
                       ("field", "Naam ouder", "", False), ("field", "Datum", "", False), ("field", "Handtekening ouder", "", False)]
                continue
            c = d.consent()
            if c is None:
                continue
            if c == ["OTHER"]:
                c = d.other_consent()[1:]
            for b in c:
                if b[0] == "check":
                    ir += [("cbfield", l, x) for x, l in b[1]]
                elif b[0] == "sig":
                    for role, name, date, signed in b[1]:
                        nm, dt, hand = R.sig_text(role, name, date, signed)
                        ir += [("field", "%s - naam" % role, name or "", False), ("field", "%s - datum" % role, date or "", False),
                               ("field", "%s - handtekening" % role, ("w.g. " + name) if signed and name else "", False)]
                else:
                    ir.append(b)
            continue
        t = "" if blank else d.text(el)
        if t is None:
            continue
        ir.append(("field", NL_NAMES[el], t, True))
    return dict(ir=ir)


LAYOUTS = {"tabel-liggend": L_tabel_liggend, "gespreksverslag": L_gespreksverslag, "bestuur-sjabloon": L_bestuur,
           "tlv-cvb": L_tlv, "vso-transitieplan": L_transitie, "beknopt-handelingsplan": L_beknopt, "leerkracht-proza": L_proza,
           "vragen": L_vragen, "domeintabel": L_domeinen, "lvs-export": L_export, "brief": L_brief, "groeidocument": L_groei,
           "invulformulier": L_formulier}


# =============================================================== non-OPP documents
def folder_ir():
    return [("title", "Wat is een OPP?"), ("p", "Informatie voor ouders - Samenwerkingsverband Vlasmeer PO 41-02"),
            ("h1", "Waarom een ontwikkelingsperspectief?"),
            ("p", "Heeft uw kind extra ondersteuning nodig, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat wat de school verwacht over de uitstroombestemming van uw kind, waarom de school dat verwacht, en welke hulp uw kind krijgt."),
            ("h1", "Wat staat erin?"),
            ("ul", ["De verwachte uitstroombestemming en de onderbouwing daarvan.", "Belemmerende en bevorderende factoren.",
                    "De ondersteuning en begeleiding (het handelingsdeel).", "Eventuele afwijkingen van het onderwijsprogramma.",
                    "Hoe en wanneer het plan geëvalueerd wordt."]),
            ("h1", "Wat is uw rol?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en in het plan opnemen."),
            ("h1", "Niet eens?"),
            ("p", "Praat eerst met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt (telefoon 0800-0000000, fictief) of bij de Onderwijsconsulenten. Een geschil kunt u binnen zes weken voorleggen aan de Geschillencommissie passend onderwijs."),
            ("small", "Deze folder is een algemene uitleg en geen ontwikkelingsperspectiefplan. Uitgave december 2025.")]


def nieuwsbrief_ir():
    return [("title", "Nieuwsbrief De Vlonder - november 2025"), ("h1", "Van de directie"),
            ("p", "Beste ouders, de herfst is begonnen en de groepen werken hard aan het thema 'Seizoenen'. Op 12 december is de kerstviering in de Dorpskerk van Kraaiendijk."),
            ("h1", "Ondersteuning op school"),
            ("p", "Dit schooljaar werken wij met een nieuw format voor het ontwikkelingsperspectiefplan (OPP). Ouders van leerlingen met een OPP worden in januari uitgenodigd voor de evaluatie. Heeft u vragen, neem dan contact op met onze intern begeleider, mevrouw Oostveen."),
            ("h1", "Agenda"), ("table", [["Datum", "Activiteit"], ["5 december", "Sinterklaas"], ["12 december", "Kerstviering"], ["22 december", "Kerstvakantie t/m 2 januari"]], {"header": True}),
            ("h1", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders. Dank aan alle vrijwilligers!")]


# =============================================================== document specs
S = []


def doc(file, persona, layout, fmt, plan_date, notes, modes=None, **kw):
    S.append(dict(file=file, persona=persona, layout=layout, fmt=fmt, plan_date=plan_date, notes=notes, modes=modes or {}, **kw))


# complete plans (false-alarm checks)
doc("po-daan-tabel-liggend.pdf", "po_reken", "tabel-liggend", "pdf-word", "2025-10-06", "complete plan, landscape table one row per element; Wie/Wanneer columns")
doc("po-sara-plusklas-bestuur.docx", "po_plus", "bestuur-sjabloon", "docx", "2025-10-13", "complete plusklas plan in board template with cover, toc and consent as bijlage 1")
doc("so-lucas-tlv.pdf", "so_ass", "tlv-cvb", "pdf", "2025-10-01", "complete so plan with TLV block and CvB advice; verkorte schooldag described")
doc("vso-anouk-transitie.odt", "vso_arbeid", "vso-transitieplan", "odt", "2025-10-20", "complete vso arbeidsmarktgericht plan with transitieplan; profile ticked")
doc("vso-ruben-adult-transitie.pdf", "vso_adult", "vso-transitieplan", "pdf-word", "2025-09-29", "complete; adult pupil consents himself, inbreng n/a (he is the party), 'geen afwijkingen'",
    modes={"instemming_ouders": "c_adult"})
doc("vso-mirte-curatele-groei.docx", "vso_curatele", "groeidocument", "docx", "2025-11-03", "complete; pupil under curatele, mother as curator consents; inbreng required and present",
    modes={"instemming_ouders": "c_curator"})
doc("vo-tim-export.txt", "vo_vmbo", "lvs-export", "txt", "2025-11-10", "complete system export, 'Geen afwijkingen' (n/a)")
doc("pro-kevin-vragen.md", "pro", "vragen", "md", "2025-10-27", "complete; question headings; afwijkingen 'n.v.t. - volgt het gewone programma' is n/a")
doc("po-milan-brief.pdf", "po_taal", "brief", "pdf", "2025-10-09", "complete letter-style plan with antwoordstrook; consent stated verbally and confirmed by e-mail with dates",
    modes={"instemming_ouders": "c_verbal"})
doc("sbo-jesse-domeinen.odt", "sbo", "domeintabel", "odt", "2025-09-22", "complete; factors spread in a domain table; 'Geen afwijkingen' (n/a)")
doc("vo-ilse-gesprek.docx", "vo_havo", "gespreksverslag", "docx", "2025-10-16", "complete plan inside a conversation report")
doc("so-fenna-proza.txt", "so_zml", "leerkracht-proza", "txt", "2025-11-12", "complete, written as plain prose with few headings")
doc("po-daan-beknopt-samenvatting.pdf", "po_reken", "beknopt-handelingsplan", "pdf", "2025-10-06",
    "short form referring to a separate handelingsplan but also summarising support and goals (present)",
    modes={"ondersteuning": "refonly_summary", "doelen": "refonly_summary"})
doc("po-sara-pre2025-vragen.docx", "po_plus", "vragen", "docx", "2025-03-17", "complete plan set before 1 Aug 2025 without pupil section: inbreng n/a",
    modes={"inbreng_leerling": "miss"})
doc("sbo-jesse-pre2025-tabel.odt", "sbo", "tabel-liggend", "odt", "2024-10-14", "complete plan of 2024 (before hoorrecht), pupil section present but n/a")

# gaps
doc("po-daan-bestuur-gaten.pdf", "po_reken", "bestuur-sjabloon", "pdf-word", "2025-11-17",
    "board template: empty heading for onderbouwing, instructions left in for doelen, consent signed 'voor gezien'",
    modes={"onderbouwing": "empty", "doelen": "instr", "instemming_ouders": "c_gezien"})
doc("po-milan-tabel-ph.docx", "po_taal", "tabel-liggend", "docx", "2025-09-30",
    "landscape table: placeholders in bevorderende factoren and evaluatie; ondersteuningsbehoefte row left out; consent unticked, no dates",
    modes={"bevorderende_factoren": "ph", "evaluatie": "ph", "ondersteuningsbehoefte": "miss", "instemming_ouders": "c_untick"})
doc("sbo-jesse-gesprek-protest.pdf", "sbo", "gespreksverslag", "pdf", "2025-10-28",
    "conversation report; consent signed 'onder protest'; pupil view without what it changed; no rights info",
    modes={"instemming_ouders": "c_protest", "inbreng_leerling": "noeffect", "informatie_rechten": "miss"})
doc("so-lucas-tlv-weigering.docx", "so_ass", "tlv-cvb", "docx", "2025-11-05",
    "so TLV plan; consent refused ('niet akkoord' ticked); CvB advice only 'zie verslag'",
    modes={"instemming_ouders": "c_refused", "adviezen_professionals": "ref"})
doc("vso-anouk-transitie-gaten.pdf", "vso_arbeid", "vso-transitieplan", "pdf-word", "2025-11-24",
    "vso: profile boxes unticked and destination empty; doelen placeholder; vaststelling without date",
    modes={"uitstroombestemming": "empty", "doelen": "ph", "vaststelling": "nodate"})
doc("vso-mirte-curatele-leerling-tekent.pdf", "vso_curatele", "tlv-cvb", "pdf", "2025-12-01",
    "pupil under curatele signs herself, curator line blank: consent incomplete; otherwise complete",
    modes={"instemming_ouders": "c_pupil_only"})
doc("vo-ilse-beknopt-ref.docx", "vo_havo", "beknopt-handelingsplan", "docx", "2025-10-30",
    "short form: support and goals only 'zie handelingsplan'; afwijkingen silent; consent only signed by school",
    modes={"ondersteuning": "ref", "doelen": "ref", "afwijkingen_onderwijsprogramma": "miss", "instemming_ouders": "c_school"})
doc("vo-tim-export-leeg.pdf", "vo_vmbo", "lvs-export", "pdf", "2026-01-19",
    "system export with empty fields ('-') for belemmerende factoren and adviezen; inbreng field missing entirely; oogo vague",
    modes={"belemmerende_factoren": "empty", "adviezen_professionals": "empty", "inbreng_leerling": "miss", "oogo": "vague"})
doc("pro-kevin-groei-avg.odt", "pro", "groeidocument", "odt", "2025-12-08",
    "groeidocument: only an AVG/photo consent is signed, no consent to the handelingsdeel; onderbouwing refers to bijlage",
    modes={"instemming_ouders": "c_other", "onderbouwing": "ref"})
doc("po-sara-brief-partial.docx", "po_plus", "brief", "docx", "2025-11-14",
    "letter: consent partial (exception for plusklas); evaluatie missing; belemmerende factoren 'nog aanvullen'",
    modes={"instemming_ouders": "c_partial", "evaluatie": "miss", "belemmerende_factoren": "ph"})
doc("so-fenna-vragen-blanco-handtekening.pdf", "so_zml", "vragen", "pdf-word", "2026-02-02",
    "question form: blank parent signature line; uitstroom 'volgt na overleg'; ondersteuningsbehoefte instructions left",
    modes={"instemming_ouders": "c_blank", "uitstroombestemming": "ph", "ondersteuningsbehoefte": "instr"})
doc("sbo-jesse-proza-nodate.txt", "sbo", "leerkracht-proza", "txt", "2026-03-09",
    "prose: consent signed without a date; no adviezen; doelen vague; vaststelling missing",
    modes={"instemming_ouders": "c_nodate", "adviezen_professionals": "miss", "doelen": "vague", "vaststelling": "miss"})
doc("vo-ilse-domeinen-gaten.pdf", "vo_havo", "domeintabel", "pdf", "2025-12-15",
    "domain table: bevorderende column missing entirely; ondersteuning vague; informatie rechten 'zie schoolgids'; pupil section missing",
    modes={"bevorderende_factoren": "miss", "ondersteuning": "vague", "informatie_rechten": "ref", "inbreng_leerling": "miss"})
doc("po-milan-gesprek-oogo.md", "po_taal", "gespreksverslag", "md", "2025-10-02",
    "conversation report with date/attendees not filled in (oogo placeholder); onderbouwing missing; uitstroom present",
    modes={"oogo": "ph", "onderbouwing": "miss"})
doc("po-daan-proza-revised.docx", "po_reken", "leerkracht-proza", "docx", "2025-05-19",
    "plan set May 2025 but revised Oct 2025 (after 1 Aug 2025): pupil input required and missing",
    modes={"inbreng_leerling": "miss"}, revised="Na de evaluatie bijgesteld op 08-10-2025 (nieuwe doelen en RT-rooster).", revised_date="2025-10-08", shift=0)
doc("po-daan-pre2025-noconsent.pdf", "po_reken", "vragen", "pdf", "2025-06-23",
    "plan of June 2025 (pupil part n/a); consent section missing altogether; evaluatie 'n.t.b.'",
    modes={"instemming_ouders": "miss", "evaluatie": "ph", "inbreng_leerling": "miss"})
doc("vso-ruben-adult-gesprek.odt", "vso_adult", "gespreksverslag", "odt", "2025-10-23",
    "adult vso pupil; his own signature blank line; bevorderende factoren empty heading; afwijkingen silent",
    modes={"instemming_ouders": "c_blank", "bevorderende_factoren": "empty", "afwijkingen_onderwijsprogramma": "miss"},
    label_override={})
doc("pro-kevin-tabel-instructies.pdf", "pro", "tabel-liggend", "pdf-word", "2026-09-28",
    "landscape table, school year 2026-2027: instructions left in for belemmerend, ondersteuning and adviezen; inbreng placeholder",
    modes={"belemmerende_factoren": "instr", "ondersteuning": "instr", "adviezen_professionals": "instr", "inbreng_leerling": "ph"})
doc("so-lucas-beknopt-gaten.txt", "so_ass", "beknopt-handelingsplan", "txt", "2026-10-05",
    "short form, 2026-2027: ondersteuning only refers to the handelingsplan; uitstroom placeholder; rights missing; vaststelling placeholder",
    modes={"ondersteuning": "ref", "uitstroombestemming": "ph", "informatie_rechten": "miss", "vaststelling": "ph"})
doc("vo-tim-bestuur-weigering.odt", "vo_vmbo", "bestuur-sjabloon", "odt", "2026-02-16",
    "board template: consent refused; inbreng without what changed; evaluatie vague",
    modes={"instemming_ouders": "c_refused", "inbreng_leerling": "noeffect", "evaluatie": "vague"})

# forms
doc("po-daan-formulier-invulbaar.pdf", "po_reken", "invulformulier", "pdf-form", "2025-11-20",
    "fillable PDF form, filled in; consent checkbox ticked and names/dates typed", )
doc("vo-ilse-formulier-invulbaar-gaten.pdf", "vo_havo", "invulformulier", "pdf-form", "2026-01-12",
    "fillable PDF form: consent boxes unticked, fields for support and goals empty",
    modes={"instemming_ouders": "c_untick", "ondersteuning": "empty", "doelen": "empty"})
doc("sbo-jesse-formulier-cc.docx", "sbo", "invulformulier", "docx-controls", "2025-10-10",
    "DOCX with content controls and checkbox controls; all filled, consent ticked")
doc("so-fenna-formulier-cc-gaten.docx", "so_zml", "invulformulier", "docx-controls", "2025-12-03",
    "DOCX content controls: adviezen and oogo controls still showing placeholder; consent ticked but no date",
    modes={"adviezen_professionals": "empty", "oogo": "empty", "instemming_ouders": "c_nodate"})

# scans
doc("po-milan-scan.pdf", "po_taal", "bestuur-sjabloon", "scan", "2025-10-09", "scan of a signed board-template plan, handwritten signatures", scan=True)
doc("vso-anouk-scan-gezien.pdf", "vso_arbeid", "tlv-cvb", "scan", "2025-11-18",
    "scan: parents wrote 'voor gezien' with signature; doelen placeholder", scan=True,
    modes={"instemming_ouders": "c_gezien", "doelen": "ph"})
doc("pro-kevin-scan-blanco-handtekening.pdf", "pro", "brief", "scan", "2025-12-11",
    "scan of letter-style plan; antwoordstrook unsigned (blank lines); onderbouwing missing", scan=True,
    modes={"instemming_ouders": "c_blank", "onderbouwing": "miss"})
doc("sbo-jesse-scan-groei.pdf", "sbo", "groeidocument", "scan", "2025-10-01", "scan of complete groeidocument with signatures", scan=True)

# more variety
doc("vso-mirte-curatele-export.md", "vso_curatele", "lvs-export", "md", "2026-10-12",
    "markdown export 2026-2027, curator consent; bevorderende factoren placeholder; evaluatie missing",
    modes={"instemming_ouders": "c_curator", "bevorderende_factoren": "ph", "evaluatie": "miss"})
doc("po-sara-groei-pre2025.odt", "po_plus", "groeidocument", "odt", "2024-11-11",
    "groeidocument from 2024: complete; pupil section n/a (before 1 Aug 2025)", modes={"inbreng_leerling": "miss"})
doc("vo-tim-brief-school.pdf", "vo_vmbo", "brief", "pdf-word", "2025-12-02",
    "letter: antwoordstrook only signed by the school; adviezen 'zie verslag'",
    modes={"instemming_ouders": "c_school", "adviezen_professionals": "vague"})

doc("po-daan-groei-gaten.pdf", "po_reken", "groeidocument", "pdf-word", "2026-01-26",
    "groeidocument: uitstroombestemming, belemmerende factoren and oogo left out altogether; vaststelling only 'zie handtekeningenblad'",
    modes={"uitstroombestemming": "miss", "belemmerende_factoren": "miss", "oogo": "miss", "vaststelling": "ref"})
doc("pro-kevin-formulier-cc-protest.docx", "pro", "invulformulier", "docx-controls", "2026-03-02",
    "content-control form: doelen field absent, evaluatie 'PM'-style placeholder, consent signed under protest",
    modes={"doelen": "miss", "evaluatie": "ph", "instemming_ouders": "c_protest"})
doc("vso-anouk-beknopt.md", "vso_arbeid", "beknopt-handelingsplan", "md", "2026-02-09",
    "short form (vso): support refers to handelingsplan but summarises it; no CvB/expert advice; pupil view without effect; vaststelling missing",
    modes={"ondersteuning": "refonly_summary", "adviezen_professionals": "miss", "inbreng_leerling": "noeffect", "vaststelling": "miss"})
doc("so-fenna-export-gaten.txt", "so_zml", "lvs-export", "txt", "2026-11-16",
    "system export 2026-2027: ondersteuning field absent, onderbouwing empty, rights empty, ondersteuningsbehoefte 'zie verslag'",
    modes={"ondersteuning": "miss", "onderbouwing": "empty", "informatie_rechten": "empty", "ondersteuningsbehoefte": "ref"})

# not OPPs
S.append(dict(file="folder-wat-is-een-opp.pdf", special="folder", fmt="pdf", school_type="none", layout="ouderfolder",
              notes="leaflet for parents explaining the OPP; not a plan: every element missing"))
S.append(dict(file="nieuwsbrief-nov-2025.docx", special="nieuwsbrief", fmt="docx", school_type="none", layout="nieuwsbrief",
              notes="school newsletter mentioning OPPs; every element missing"))
S.append(dict(file="blanco-format-bestuur.docx", special="blank_bestuur", fmt="docx", school_type="none", layout="bestuur-sjabloon (blanco)",
              notes="blank board template with instructions: every element heading present, content empty/instructions -> incomplete"))
S.append(dict(file="blanco-formulier-invulbaar.pdf", special="blank_form", fmt="pdf-form", school_type="none", layout="invulformulier (blanco)",
              notes="blank fillable form of an older version without fields for pupil input and rights: those missing, the rest incomplete"))


# =============================================================== build
def soffice(paths, outdir):
    prof = os.path.join(os.path.dirname(HERE), "lo_profile")
    subprocess.run(["nice", "soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_scan(src_pdf, out_pdf, seed):
    import numpy as np
    from PIL import Image
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from reportlab.lib.pagesizes import A4
    tmp = tempfile.mkdtemp(dir=os.path.dirname(HERE))
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, os.path.join(tmp, "pg")], check=True)
    rng = np.random.default_rng(seed)
    c = canvas.Canvas(out_pdf, pagesize=A4, invariant=1)
    c.setTitle("Scan"); c.setAuthor("Scanner MFP-3120"); c.setCreator("ScanStation")
    for i, f in enumerate(sorted(glob.glob(os.path.join(tmp, "pg*.png")))):
        im = Image.open(f).convert("L")
        ang = float(rng.uniform(-1.6, 1.6))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rng.normal(0, 14, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        buf = os.path.join(tmp, "p%d.jpg" % i)
        im.save(buf, "JPEG", quality=55)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1]); c.showPage()
    c.save()
    shutil.rmtree(tmp)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    work = os.path.join(os.path.dirname(HERE), "build_tmp")
    shutil.rmtree(work, ignore_errors=True); os.makedirs(work)
    labels, to_convert = [], []
    for i, s in enumerate(S):
        out = os.path.join(DOCS, s["file"])
        fmt = s["fmt"]
        if "special" in s:
            sp = s["special"]
            if sp == "folder":
                R.to_pdf(folder_ir(), out, title_meta="Folder OPP")
                els = {e: "missing" for e in ELEMENTS}
            elif sp == "nieuwsbrief":
                R.to_docx(nieuwsbrief_ir(), out, title_meta="Nieuwsbrief")
                els = {e: "missing" for e in ELEMENTS}
            elif sp == "blank_bestuur":
                d = Doc(dict(file=s["file"], persona="po_reken", plan_date="2025-09-01", modes={e: "instr" for e in ELEMENTS}))
                d.modes["instemming_ouders"] = "c_blank"
                lay = L_bestuur(d, blank=True)
                R.to_docx(lay["ir"], out, footer=lay["footer"].replace(" - pagina {page}", ""), title_meta="Format OPP")
                els = {e: "incomplete" for e in ELEMENTS}
            elif sp == "blank_form":
                d = Doc(dict(file=s["file"], persona="po_reken", plan_date="2025-09-01", modes={}))
                lay = L_formulier(d, blank=True, absent=("inbreng_leerling", "informatie_rechten"))
                R.to_pdf(lay["ir"], out, form=True, seed=i + 1, title_meta="Formulier OPP")
                els = {e: "incomplete" for e in ELEMENTS}
                els["inbreng_leerling"] = "missing"; els["informatie_rechten"] = "missing"
            labels.append(dict(file="docs/" + s["file"], format="pdf" if fmt.startswith("pdf") else fmt, layout=s["layout"],
                               school_type="none", scanned=False, elements=els, accept_unclear=[], notes=s["notes"]))
            continue
        d = Doc(s)
        lay = LAYOUTS[s["layout"]](d)
        ir = lay["ir"]
        footer, header, land = lay.get("footer"), lay.get("header"), lay.get("land", False)
        title = "OPP %s %s" % (d.p["first"], d.p["last"])
        if fmt == "pdf":
            R.to_pdf(ir, out, land=land, footer=footer, header=header, seed=i + 1, title_meta=title)
        elif fmt == "pdf-form":
            R.to_pdf(ir, out, form=True, footer=footer, seed=i + 1, title_meta=title)
        elif fmt == "scan":
            src = os.path.join(work, "scan_src_%d.pdf" % i)
            R.to_pdf(ir, src, land=False, footer=footer, header=header, scribbles=True, seed=i + 1, title_meta=title)
            make_scan(src, out, seed=1000 + i)
        elif fmt in ("docx", "docx-controls"):
            R.to_docx(ir, out, land=land, footer=(footer or "").replace(" - pagina {page}", "").replace(" | pagina {page}", "") or None,
                      header=header, controls=(fmt == "docx-controls"), title_meta=title)
        elif fmt == "pdf-word":
            src = os.path.join(work, os.path.splitext(s["file"])[0] + ".docx")
            R.to_docx(ir, src, land=land, footer=(footer or "").replace(" - pagina {page}", "").replace(" | pagina {page}", "") or None,
                      header=header, title_meta=title)
            to_convert.append(src)
        elif fmt == "odt":
            R.to_odt(ir, out, footer=(footer or "").replace(" - pagina {page}", "").replace(" | pagina {page}", "") or None)
        elif fmt in ("txt", "md"):
            open(out, "w", encoding="utf-8").write(R.to_txt(ir, md=(fmt == "md")))
        fmt_label = {"pdf-word": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx-controls": "docx"}.get(fmt, fmt)
        acc = ["instemming_ouders", "vaststelling"] if fmt == "scan" else []
        labels.append(dict(file="docs/" + s["file"], format=fmt_label, layout=s["layout"] + {"pdf-word": " (Word->PDF)", "pdf-form": " (fillable PDF)",
                                                                                               "scan": " (scan)", "docx-controls": " (content controls)"}.get(fmt, ""),
                           school_type=P[s["persona"]]["type"], scanned=(fmt == "scan"), elements=d.labels(), accept_unclear=acc,
                           notes=s["notes"] + "; plan date %s" % s["plan_date"]))
    if to_convert:
        soffice(to_convert, work)
        for src in to_convert:
            pdf = os.path.splitext(src)[0] + ".pdf"
            R.fix_soffice_pdf(pdf)
            shutil.copy(pdf, os.path.join(DOCS, os.path.basename(pdf)))
    shutil.rmtree(work)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": labels}, fh, ensure_ascii=False, indent=1)
    print("documents:", len(labels))


if __name__ == "__main__":
    main()
