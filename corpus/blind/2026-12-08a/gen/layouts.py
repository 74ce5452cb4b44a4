"""Layouts: each builds a block list (see render.py) from a document spec and an invented pupil."""
import random
import textwrap
import content as C
from content import fmt_date, add_days, schoolyear

AUG2025 = (2025, 8, 1)

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

CC_TXT = "[[CC:Klik of tik om tekst in te voeren.]]"


class Ctx:
    def __init__(self, spec, p):
        self.s = spec
        self.p = p
        self.v = spec.get("v", {})
        self.r = random.Random(spec["seed"] * 7 + 3)
        self.date = spec["date"]
        self.oogo_date = add_days(self.date, -self.r.choice([6, 8, 9, 13]))
        self.talk_date = add_days(self.date, -self.r.choice([15, 19, 22]))
        self.sign_date = add_days(self.date, self.r.choice([0, 1, 3, 5]))
        self.start = add_days(self.date, self.r.choice([0, 3, 7]))

    def var(self, el):
        return self.v.get(el, "ok")

    def ph(self):
        return self.r.choice(C.PLACEHOLDERS)

    # ---- generic body of an element (list of paragraphs) or None when missing
    def body(self, el):
        v = self.var(el)
        p = self.p
        if v == "miss":
            return None
        if v == "empty":
            return []
        if v == "ph":
            return [self.s.get("phtext", {}).get(el) or self.ph()]
        if v == "instr":
            return [C.INSTR[el]]
        if v == "cc":
            return [CC_TXT]
        if v == "ref":
            return [C.REFS[el]]
        if v == "gen":
            return [C.GENERIC[el]]
        if v == "na":
            return [self.r.choice(["Geen afwijkingen: %s volgt het reguliere onderwijsprogramma van de groep." % p.first,
                                   "Niet van toepassing; er wordt niet afgeweken van het onderwijsprogramma.",
                                   "Er zijn geen afwijkingen van het reguliere programma."])]
        if v == "noeffect":
            return C.inbreng(p, self.talk_date, with_effect=False)
        if v == "wrongname":
            other = "Sem" if p.first != "Sem" else "Noor"
            txt = C.inbreng(p, self.talk_date)
            return [t.replace(p.first, other) for t in txt]
        if v == "old":
            y = self.date[0] - (0 if self.date[1] >= 8 else 1)
            if el == "evaluatie":
                return ["Tussenevaluatie: februari %d met ouders en leerkracht. Eindevaluatie: juni %d." % (y, y)]
            if el == "oogo":
                return ["Besproken met ouders op %s." % fmt_date((y - 1, 10, self.r.randint(2, 25)), "long")]
            if el == "doelen":
                return ["Doelen schooljaar %d-%d (overgenomen):" % (y - 1, y),
                        "- %s beheerst de tafels van 1 t/m 5 (voor de kerstvakantie %d)." % (p.first, y - 1),
                        "- %s leest op AVI-niveau M%d (juni %d)." % (p.first, max(3, p.group - 1), y)]
        if v == "partial":
            if el == "ondersteuning":
                return ["%s krijgt extra begeleiding bij rekenen en plannen." % p.first]
            if el == "afwijkingen_onderwijsprogramma":
                return ["Ja, %s volgt voor rekenen een eigen leerlijn. (uitwerking volgt)" % p.first]
            if el == "adviezen_professionals":
                return ["Er is onderzoek gedaan door de orthopedagoog (%s). Het verslag is met ouders besproken." % p.ortho]
            if el == "evaluatie":
                return ["Het OPP wordt geëvalueerd; de datum wordt nog gepland."]
        # ---- ok
        return self.full(el)

    def full(self, el):
        p = self.p
        if el == "uitstroombestemming":
            return [p._uit]
        if el == "onderbouwing":
            return C.onderbouwing(p)
        if el == "belemmerende_factoren":
            return ["%s: %s" % (d, b) for d, b, _ in C.factors(p)]
        if el == "bevorderende_factoren":
            return ["%s: %s" % (d, g) for d, _, g in C.factors(p)]
        if el == "ondersteuningsbehoefte":
            return C.behoefte(p)
        if el == "ondersteuning":
            return ["%s - %s - %s - %s" % tuple(r) for r in C.ondersteuning_rows(p, self.start)]
        if el == "afwijkingen_onderwijsprogramma":
            return C.afwijkingen(p)
        if el == "doelen":
            return ["%s: %s (%s)" % tuple(r) for r in C.doelen(p, self.start)]
        if el == "adviezen_professionals":
            return C.adviezen(p)
        if el == "oogo":
            return C.oogo(p, self.oogo_date)
        if el == "inbreng_leerling":
            return C.inbreng(p, self.talk_date)
        if el == "evaluatie":
            return C.evaluatie(p, self.start)
        if el == "informatie_rechten":
            return C.rechten(p)
        if el == "vaststelling":
            return ["Vastgesteld op %s door %s, directeur %s." % (fmt_date(self.date, "long"), p.director, p.school)]
        raise KeyError(el)

    def text(self, el, sep="\n"):
        b = self.body(el)
        return None if b is None else sep.join(b)

    # ---- structured pieces
    def factor_rows(self):
        """rows (domain, belemmerend, bevorderend); None column when that element is missing."""
        vb, vg = self.var("belemmerende_factoren"), self.var("bevorderende_factoren")
        rows = []
        for i, (d, b, g) in enumerate(C.factors(self.p)):
            def cell(v, el, full):
                if v == "ok":
                    return full
                if v == "miss":
                    return None
                if v == "empty":
                    return ""
                if v in ("gen", "ref", "instr"):
                    return self.body(el)[0] if i == 0 else ""
                if v == "cc":
                    return CC_TXT
                return self.ph() if i < 2 else ""
            rows.append((d, cell(vb, "belemmerende_factoren", b), cell(vg, "bevorderende_factoren", g)))
        return rows

    def support_rows(self):
        v = self.var("ondersteuning")
        if v == "ok":
            return C.ondersteuning_rows(self.p, self.start)
        if v == "miss":
            return None
        if v == "partial":
            return [[r[0], "", "", ""] for r in C.ondersteuning_rows(self.p, self.start)[:3]]
        if v == "cc":
            return [[CC_TXT, CC_TXT, CC_TXT, CC_TXT]]
        b = self.body("ondersteuning")
        return [[b[0] if b else "", "", "", ""], ["", "", "", ""]]

    def goal_rows(self):
        v = self.var("doelen")
        if v == "ok":
            return C.doelen(self.p, self.start)
        if v == "miss":
            return None
        if v == "old":
            b = self.body("doelen")
            return [["Rekenen", b[1][2:], "voor de kerstvakantie %d" % (self.date[0] - 1)],
                    ["Lezen", b[2][2:], "juni %d" % (self.date[0] - (0 if self.date[1] >= 8 else 1))]]
        if v == "cc":
            return [["Domein", CC_TXT, CC_TXT]]
        b = self.body("doelen")
        return [["", b[0] if b else "", ""], ["", "", ""]]

    # ---- consent
    def consent(self, heading="Instemming handelingsdeel", level="h1", intro=True):
        st = self.s.get("consent", "wg")
        p = self.p
        d = fmt_date(self.sign_date)
        dir_row = ("Namens de school", p.director + " (directeur)", d, "wg")
        out = []
        if st == "none":
            return out
        if st == "avg_only":
            out.append((level, "Toestemming gegevens en beeldmateriaal"))
            out.append(("checks", [(True, "Wij geven toestemming om gegevens van ons kind te delen met het samenwerkingsverband (AVG)"),
                                   (True, "Wij geven toestemming voor het gebruik van foto's van ons kind op de website en in de nieuwsbrief")]))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "wg")]))
            return out
        out.append((level, heading))
        parents_intro = ("Ondergetekende(n), ouder(s)/verzorger(s) van %s, verklaren kennis te hebben genomen van het "
                         "ontwikkelingsperspectiefplan en stemmen in met het handelingsdeel." % p.name)
        if st == "wg":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger 1", p.mother, d, "wg"), ("Ouder/verzorger 2", p.father, d, "wg"), dir_row]))
        elif st == "scribble":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "scribble"), ("Namens de school", p.ib + " (IB)", d, "scribble")]))
        elif st == "tick_sig":
            out.append(("checks", [(True, "Ik/wij ga(an) akkoord met het handelingsdeel van het OPP"),
                                   (False, "Ik/wij ga(an) niet akkoord met het handelingsdeel"),
                                   (False, "Ik/wij ga(an) gedeeltelijk akkoord, namelijk: ...........................")]))
            out.append(("sig", [("Ouder/verzorger", p.father, d, "scribble"), dir_row]))
        elif st == "digital":
            out.append(("p", "Instemming handelingsdeel: akkoord. Digitaal ondertekend via het ouderportaal door %s op %s om 20:41 "
                             "(verificatiecode %s)." % (p.mother, d, "7F3K-%02dQD" % (self.s["seed"] % 97))))
            out.append(("p", "Vastgelegd door %s (intern begeleider/ondersteuningscoördinator)." % p.ib))
        elif st == "email":
            out.append(("p", "Ouders (%s en %s) hebben op %s per e-mail aan de intern begeleider laten weten dat zij instemmen "
                             "met het handelingsdeel van dit OPP. De e-mail is opgeslagen in het leerlingdossier." % (
                                 p.mother, p.father, fmt_date(self.sign_date, "long"))))
        elif st == "adult":
            out.append(("p", "%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel." % p.first))
            out.append(("checks", [(True, "Ik ga akkoord met het handelingsdeel"), (False, "Ik ga niet akkoord met het handelingsdeel")]))
            out.append(("sig", [("Leerling", p.name, d, "wg"), dir_row]))
        elif st == "curator":
            out.append(("p", "%s staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de curator." % p.first))
            out.append(("sig", [("Leerling (voor gezien)", p.name, d, "wg"), ("Curator", p.curator, d, "wg"), dir_row]))
        elif st == "pupil_only_curatele":
            out.append(("p", "Handtekening leerling (18+) voor akkoord:"))
            out.append(("sig", [("Leerling", p.name, d, "wg"), ("Curator", "", "", "blank"), dir_row]))
        elif st == "gezien":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "voor gezien, w.g. " + p.mother), dir_row]))
        elif st == "protest":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger", p.father, d, "w.g. %s - onder protest" % p.father), dir_row]))
            out.append(("p", "Opmerking ouders: wij tekenen onder protest omdat de RT-uren zijn verminderd ten opzichte van vorig jaar."))
        elif st == "refused":
            out.append(("checks", [(False, "Ik/wij ga(an) akkoord met het handelingsdeel van het OPP"),
                                   (True, "Ik/wij ga(an) niet akkoord met het handelingsdeel")]))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "wg"), dir_row]))
        elif st == "partial":
            out.append(("checks", [(False, "Akkoord met het handelingsdeel"),
                                   (False, "Niet akkoord met het handelingsdeel"),
                                   (True, "Gedeeltelijk akkoord, namelijk: niet met het gebruik van de time-out-plek buiten de klas")]))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "wg"), ("Ouder/verzorger", p.father, d, "wg"), dir_row]))
        elif st == "school_only":
            out.append(("sig", [("Directeur", p.director, d, "wg"), ("Intern begeleider / zorgcoördinator", p.ib, d, "wg")]))
        elif st == "blank":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger 1", p.mother, d, "blank"), ("Ouder/verzorger 2", p.father, d, "blank"), dir_row]))
        elif st == "unticked":
            out.append(("checks", [(False, "Ik/wij ga(an) akkoord met het handelingsdeel van het OPP"),
                                   (False, "Ik/wij ga(an) niet akkoord met het handelingsdeel")]))
            out.append(("sig", [("Ouder/verzorger", p.mother, d, "wg"), dir_row]))
        elif st == "nodate":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger 1", p.mother, "", "wg"), ("Ouder/verzorger 2", p.father, "", "wg"), dir_row]))
        elif st == "ph":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger", "...", "..-..-....", "blank"), ("Namens de school", "...", "..-..-....", "blank")]))
        elif st == "scan_blank":
            if intro:
                out.append(("p", parents_intro))
            out.append(("sig", [("Ouder/verzorger", p.mother, "", "blank"), ("Namens de school", p.ib, d, "scribble")]))
        else:
            raise KeyError(st)
        return out


def add_sec(blocks, ctx, el, heading, level="h1", as_list=False):
    b = ctx.body(el)
    if b is None:
        return
    blocks.append((level, heading))
    for s in b:
        blocks.append(("p", s))


def kvrow(rows, ctx, el, label):
    t = ctx.text(el)
    if t is not None:
        rows.append((label, t))


def header_kv(ctx, extra=()):
    p = ctx.p
    rows = [("Naam leerling", p.name), ("Geboortedatum", p.birth), ("School", p.school + ", " + p.place),
            ("Groep/klas", p.klas), ("Schooljaar", schoolyear(ctx.date))]
    rows += list(extra)
    return rows


def uitstroom_checks(ctx):
    """VSO/SO profile tick boxes."""
    v = ctx.var("uitstroombestemming")
    prof = C.vso_profile(ctx.p)
    opts = [("vervolgonderwijs", "Vervolgonderwijs"), ("arbeidsmarktgericht", "Arbeidsmarktgericht"),
            ("dagbesteding", "Dagbesteding")]
    if v in ("unticked", "empty", "ph", "instr", "cc"):
        return [(False, l) for _, l in opts], ("" if v in ("unticked", "empty") else ctx.body("uitstroombestemming")[0])
    return [(k == prof, l) for k, l in opts], ctx.p._uit


# =========================================================================== layouts
def L_swv_format(ctx):
    """A: SWV 'OPP format' in Word, numbered chapters, domain table, handelingsdeel table."""
    p = ctx.p
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("sub", "Format %s - versie %s" % (p.swv, ctx.s.get("fmtver", "2025.1")))]
    B.append(("h1", "1. Gegevens leerling en school"))
    B.append(("kv", header_kv(ctx, [("Opgesteld door", "%s (intern begeleider)" % p.ib),
                                    ("Leerkracht/mentor", p.teacher)])))
    if ctx.var("uitstroombestemming") != "miss" or ctx.var("onderbouwing") != "miss":
        B.append(("h1", "2. Uitstroomperspectief"))
        rows = []
        kvrow(rows, ctx, "uitstroombestemming", "Verwachte uitstroombestemming")
        kvrow(rows, ctx, "onderbouwing", "Onderbouwing")
        B.append(("kv", rows))
    fr = ctx.factor_rows()
    B.append(("h1", "3. Belemmerende en bevorderende factoren"))
    hdr = ["Domein"] + (["Belemmerende factoren"] if fr[0][1] is not None else []) + (["Bevorderende factoren"] if fr[0][2] is not None else [])
    B.append(("table", hdr, [[x for x in r if x is not None] for r in fr]))
    add_sec(B, ctx, "ondersteuningsbehoefte", "4. Onderwijs- en ondersteuningsbehoeften")
    add_sec(B, ctx, "adviezen_professionals", "5. Adviezen van deskundigen")
    B.append(("h1", "6. Handelingsdeel"))
    g = ctx.goal_rows()
    if g is not None:
        B.append(("h2", "6.1 Doelen voor de komende periode"))
        B.append(("table", ["Domein", "Doel", "Wanneer behaald"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("h2", "6.2 Te bieden ondersteuning en begeleiding"))
        B.append(("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], s))
    add_sec(B, ctx, "afwijkingen_onderwijsprogramma", "6.3 Afwijkingen van het onderwijsprogramma", "h2")
    add_sec(B, ctx, "inbreng_leerling", "7. Inbreng van de leerling")
    add_sec(B, ctx, "oogo", "8. Overleg met ouders (OOGO)")
    add_sec(B, ctx, "evaluatie", "9. Evaluatie")
    add_sec(B, ctx, "informatie_rechten", "10. Informatie voor ouders")
    vs = ctx.body("vaststelling")
    B += ctx.consent("11. Ondertekening en instemming")
    if vs is not None:
        B.append(("p", "Vaststelling: " + " ".join(vs) if ctx.var("vaststelling") != "ok" else vs[0]))
    return B, {"footer": "%s | OPP %s | %s" % (p.swv, p.name, schoolyear(ctx.date)), "accent": "DEEAF6"}


def L_groeidocument(ctx):
    """B: groeidocument; the OPP is one chapter, ondertekening at the end."""
    p = ctx.p
    B = [("title", "Groeidocument"), ("sub", "%s  -  inclusief ontwikkelingsperspectief (OPP)" % p.swv)]
    B.append(("kv", header_kv(ctx, [("Ouders/verzorgers", "%s en %s" % (p.mother, p.father)),
                                    ("Betrokken professionals", "%s (IB), %s (orthopedagoog SWV)" % (p.ib, p.ortho))])))
    B.append(("h1", "Deel 1  Wie is %s?" % p.first))
    B.append(("p", "%s is een vriendelijke leerling die graag helpt in de klas. %s houdt van tekenen en buitenspelen." % (p.first, p.Hij)))
    add_sec(B, ctx, "inbreng_leerling", "Wat vindt %s zelf?" % p.first, "h2")
    B.append(("h2", "Wat vinden ouders?"))
    B.append(("p", "Ouders zien dat %s thuis veel moeite heeft met huiswerk en willen graag dat %s meer zelfvertrouwen krijgt." % (p.first, p.hij)))
    B.append(("h1", "Deel 2  Wat zit mee, wat zit tegen?"))
    fr = ctx.factor_rows()
    hdr = ["Gebied"] + (["Wat zit tegen (belemmerend)"] if fr[0][1] is not None else []) + (["Wat zit mee (bevorderend)"] if fr[0][2] is not None else [])
    B.append(("table", hdr, [[x for x in r if x is not None] for r in fr]))
    add_sec(B, ctx, "adviezen_professionals", "Adviezen van deskundigen", "h2")
    add_sec(B, ctx, "ondersteuningsbehoefte", "Wat heeft %s nodig?" % p.first, "h2")
    B.append(("h1", "Deel 3  Ontwikkelingsperspectief"))
    rows = []
    kvrow(rows, ctx, "uitstroombestemming", "Verwacht uitstroomniveau (einde basisschool)")
    kvrow(rows, ctx, "onderbouwing", "Onderbouwing")
    kvrow(rows, ctx, "afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma")
    if rows:
        B.append(("kv", rows))
    B.append(("h1", "Deel 4  Handelingsdeel"))
    g = ctx.goal_rows()
    if g is not None:
        B.append(("h2", "Doelen"))
        B.append(("table", ["Gebied", "Doel", "Termijn"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("h2", "Aanpak en ondersteuning"))
        B.append(("table", ["Wat", "Wie", "Hoe vaak", "Start"], s))
    add_sec(B, ctx, "evaluatie", "Evaluatie", "h2")
    B.append(("h1", "Deel 5  Afspraken en ondertekening"))
    add_sec(B, ctx, "oogo", "Gesprek met ouders", "h2")
    add_sec(B, ctx, "informatie_rechten", "Uw rechten als ouder", "h2")
    B += ctx.consent("Instemming handelingsdeel", "h2")
    vs = ctx.text("vaststelling", " ")
    if vs is not None:
        B.append(("kv", [("Vaststelling OPP", vs)]))
    return B, {"header": "Groeidocument %s - vertrouwelijk" % p.name, "accent": "E2EFDA"}


def L_perspectief_handeling(ctx):
    """C: Deel A perspectiefdeel / Deel B handelingsdeel, instemmingsformulier on a separate page."""
    p = ctx.p
    vso = p.stype in ("so", "vso")
    B = [("title", "Ontwikkelingsperspectief %s" % p.name), ("sub", "%s  |  %s  |  schooljaar %s" % (p.school, p.place, schoolyear(ctx.date)))]
    B.append(("kv", header_kv(ctx, [("Mentor", p.teacher), ("Zorgcoördinator", p.ib)])))
    B.append(("h1", "Deel A - Perspectiefdeel"))
    if vso and ctx.var("uitstroombestemming") not in ("miss", "ok"):
        checks, txt = uitstroom_checks(ctx)
        B.append(("h2", "A1. Uitstroomprofiel"))
        B.append(("checks", checks))
        if txt:
            B.append(("p", txt))
    else:
        add_sec(B, ctx, "uitstroombestemming", "A1. Te verwachten uitstroombestemming", "h2")
    add_sec(B, ctx, "onderbouwing", "A2. Onderbouwing", "h2")
    add_sec(B, ctx, "belemmerende_factoren", "A3. Belemmerende factoren", "h2")
    add_sec(B, ctx, "bevorderende_factoren", "A4. Bevorderende factoren", "h2")
    add_sec(B, ctx, "adviezen_professionals", "A5. Adviezen" + (" (o.a. commissie voor de begeleiding)" if vso else ""), "h2")
    add_sec(B, ctx, "oogo", "A6. Op overeenstemming gericht overleg", "h2")
    B.append(("h1", "Deel B - Handelingsdeel"))
    add_sec(B, ctx, "ondersteuningsbehoefte", "B1. Onderwijsbehoeften", "h2")
    g = ctx.goal_rows()
    if g is not None:
        B.append(("h2", "B2. Doelen"))
        B.append(("table", ["Gebied", "Doel", "Termijn"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("h2", "B3. Ondersteuning en begeleiding"))
        B.append(("table", ["Wat", "Door wie", "Frequentie", "Vanaf"], s))
    add_sec(B, ctx, "afwijkingen_onderwijsprogramma", "B4. Afwijkingen van het programma", "h2")
    add_sec(B, ctx, "inbreng_leerling", "B5. Inbreng van de leerling", "h2")
    add_sec(B, ctx, "evaluatie", "B6. Evaluatie", "h2")
    B.append(("pb",))
    B.append(("title", "Instemmingsformulier handelingsdeel"))
    add_sec(B, ctx, "informatie_rechten", "Uw rechten", "h2")
    B += ctx.consent("Ondertekening", "h2")
    vs = ctx.text("vaststelling", " ")
    if vs is not None:
        B.append(("h2", "Vaststelling door de school"))
        B.append(("p", vs))
    return B, {"footer": "OPP %s - %s - pagina's vertrouwelijk" % (p.name, p.school), "accent": "FCE4D6"}


def _export_common(ctx, labels):
    """Blocks for system exports: label/value rows per section."""
    p = ctx.p
    B = []
    for sec, items in labels:
        rows = []
        for el, lab in items:
            if el.startswith("#"):
                rows.append((lab, el[1:]))
                continue
            kvrow(rows, ctx, el, lab)
        if rows:
            B.append(("h1", sec))
            B.append(("kv", rows))
    return B


def L_export_po(ctx):
    """D: ParnasSys-style LVS export (PDF made directly)."""
    p = ctx.p
    B = [("title", "OPP - %s" % p.name),
         ("sub", "Leerling %s  |  %s  |  %s  |  Groep: %s" % (p.name, p.birth, p.school, p.klas))]
    B += _export_common(ctx, [
        ("Uitstroomprofiel", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")]),
        ("Stimulerende en belemmerende factoren", [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Stimulerend")]),
        ("Onderwijsbehoeften", [("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
        ("Externe adviezen", [("adviezen_professionals", "Advies")]),
    ])
    B.append(("h1", "Handelingsdeel"))
    g = ctx.goal_rows()
    if g is not None:
        B.append(("table", ["Vakgebied", "Doel", "Einddatum"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Startdatum"], s))
    B += _export_common(ctx, [
        ("Programma", [("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma")]),
        ("Betrokkenheid", [("inbreng_leerling", "Inbreng leerling"), ("oogo", "Overleg ouders")]),
        ("Evaluatie", [("evaluatie", "Evaluatiemomenten")]),
        ("Informatie", [("informatie_rechten", "Rechten ouders")]),
    ])
    B += ctx.consent("Ondertekening")
    vs = ctx.text("vaststelling", " ")
    if vs is not None:
        B.append(("kv", [("Status", "Vastgesteld" if ctx.var("vaststelling") == "ok" else "Concept"), ("Vaststelling", vs)]))
    pr = fmt_date(add_days(ctx.date, 2))
    return B, {"topbar": C.SYSTEMS["parna"], "footer": "Afgedrukt op %s door %s - %s" % (pr, p.ib, p.school),
               "pagefmt": "pagina %d", "band_headings": True, "accent": "EDEDED", "band": "2F5597",
               "meta_creator": C.SYSTEMS["parna"], "meta_title": "OPP " + p.name}


def L_export_vo(ctx):
    """E: Magister-style VO export with leerlingnummer, logboek; PDF made directly."""
    p = ctx.p
    lln = 100000 + ctx.s["seed"] * 37 % 89999
    B = [("title", "Ontwikkelingsperspectief"),
         ("kv", [("Leerling", "%s (%d)" % (p.name, lln)), ("Klas", p.klas), ("Mentor", p.teacher),
                 ("Ondersteuningscoördinator", p.ib), ("Periode", schoolyear(ctx.date))])]
    B += _export_common(ctx, [
        ("Perspectief", [("uitstroombestemming", "Uitstroomperspectief"), ("onderbouwing", "Onderbouwing")]),
        ("Leerlingkenmerken", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Beschermende factoren"),
                               ("ondersteuningsbehoefte", "Ondersteuningsbehoefte")]),
        ("Adviezen", [("adviezen_professionals", "Adviezen externen")]),
    ])
    g = ctx.goal_rows()
    if g is not None:
        B.append(("h1", "Doelen"))
        B.append(("table", ["Domein", "Doel", "Termijn"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("h1", "Ondersteuning"))
        B.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], s))
    B += _export_common(ctx, [
        ("Programma", [("afwijkingen_onderwijsprogramma", "Aanpassingen onderwijsprogramma")]),
        ("Inbreng", [("inbreng_leerling", "Leerlinggesprek")]),
        ("Overleg", [("oogo", "Gesprek ouders/leerling")]),
        ("Evaluatie", [("evaluatie", "Evaluatie")]),
        ("Rechten", [("informatie_rechten", "Instemmingsrecht en geschillen")]),
    ])
    B += ctx.consent("Instemming")
    vs = ctx.text("vaststelling", " ")
    log = [[fmt_date(ctx.oogo_date), p.ib, "OPP aangemaakt (kopie vorig schooljaar)"]]
    if vs is not None:
        log.append([fmt_date(ctx.date), p.director, "Status gewijzigd: " + ("vastgesteld" if ctx.var("vaststelling") == "ok" else "concept")])
        B.append(("h1", "Vaststelling"))
        B.append(("p", vs))
    B.append(("h1", "Logboek"))
    B.append(("table", ["Datum", "Gebruiker", "Actie"], log))
    return B, {"header": "%s - %s" % (C.SYSTEMS["mag"], p.school), "footer": "Vertrouwelijk - niet verspreiden",
               "pagefmt": "%d", "accent": "DDEBF7", "band": "203864", "pdf_font": "LS",
               "meta_creator": C.SYSTEMS["mag"], "meta_title": "Ontwikkelingsperspectief"}


def L_export_so(ctx):
    """F: ESIS-style SO/VSO export with profile tick boxes and CvB block."""
    p = ctx.p
    B = [("title", "Ontwikkelingsperspectiefplan"),
         ("kv", header_kv(ctx, [("Leeftijd", "%d jaar" % p.age) ]))]
    B.append(("h1", "Uitstroomprofiel"))
    if ctx.var("uitstroombestemming") != "miss":
        checks, txt = uitstroom_checks(ctx)
        if p.stype == "so" and ctx.var("uitstroombestemming") == "ok":
            B.append(("p", "Verwachte uitstroom na het SO: " + txt))
        else:
            B.append(("checks", checks))
            B.append(("kv", [("Toelichting / bestemming", txt)]))
    B += _export_common(ctx, [
        ("Onderbouwing", [("onderbouwing", "Onderbouwing uitstroomprofiel")]),
        ("Factoren", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren")]),
        ("Onderwijsbehoeften", [("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")]),
        ("Commissie voor de begeleiding", [("adviezen_professionals", "Advies CvB en deskundigen")]),
        ("Onderwijsprogramma", [("afwijkingen_onderwijsprogramma", "Afwijkingen")]),
    ])
    g = ctx.goal_rows()
    if g is not None:
        B.append(("h1", "Doelen (leerlijnen)"))
        B.append(("table", ["Leergebied", "Doel", "Termijn"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("h1", "Begeleiding en ondersteuning"))
        B.append(("table", ["Wat", "Wie", "Frequentie", "Vanaf"], s))
    B += _export_common(ctx, [
        ("Leerling", [("inbreng_leerling", "Inbreng leerling")]),
        ("Overleg", [("oogo", "OOGO")]),
        ("Evaluatie", [("evaluatie", "Evaluatiemomenten")]),
        ("Informatie", [("informatie_rechten", "Rechten")]),
    ])
    B += ctx.consent("Instemming handelingsdeel")
    vs = ctx.text("vaststelling", " ")
    if vs is not None:
        B.append(("kv", [("Vaststelling", vs)]))
    return B, {"topbar": C.SYSTEMS["esis"] + "  -  " + p.school, "footer": "Export %s" % fmt_date(add_days(ctx.date, 1)),
               "pagefmt": "blad %d", "accent": "E7E6E6", "band": "375623",
               "meta_creator": C.SYSTEMS["esis"]}


def L_beknopt(ctx):
    """G: short 'beknopt OPP' with question headings."""
    p = ctx.p
    B = [("title", "Beknopt OPP"), ("p", "%s, %s, %s - %s" % (p.name, p.klas, p.school, fmt_date(ctx.date)))]
    Q = [("uitstroombestemming", "Waar gaat %s na deze school naartoe?" % p.first),
         ("onderbouwing", "Waarom verwachten we dat?"),
         ("belemmerende_factoren", "Wat maakt het lastig?"),
         ("bevorderende_factoren", "Wat helpt?"),
         ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % p.first),
         ("doelen", "Wat willen we bereiken?"),
         ("ondersteuning", "Wat doen we daarvoor, wie en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het programma af?"),
         ("adviezen_professionals", "Wat adviseren deskundigen?"),
         ("inbreng_leerling", "Wat zegt %s zelf?" % p.first),
         ("oogo", "Wanneer hebben we dit met ouders besproken?"),
         ("evaluatie", "Wanneer kijken we of het werkt?"),
         ("informatie_rechten", "Wat als u het er niet mee eens bent?")]
    for el, q in Q:
        add_sec(B, ctx, el, q, "h2")
    B += ctx.consent("Akkoord ouders", "h2", intro=False)
    add_sec(B, ctx, "vaststelling", "Vastgesteld", "h2")
    return B, {"footer": p.school, "accent": "FFF2CC"}


def L_brief(ctx):
    """H: letter-style plan."""
    p = ctx.p
    B = [("p", p.school), ("p", "%s, %s" % (p.place, fmt_date(ctx.date, "long"))),
         ("p", "Aan de ouders/verzorgers van %s" % p.name),
         ("p", "Betreft: ontwikkelingsperspectief (OPP) van %s, %s" % (p.first, p.klas)),
         ("p", "Beste %s en %s," % (p.mother.split()[0], p.father.split()[0])),
         ("p", "Zoals besproken stellen wij voor %s een ontwikkelingsperspectief op. In deze brief leest u wat wij "
               "verwachten, waarom, en welke ondersteuning %s krijgt." % (p.first, p.hij))]
    seq = [("oogo", None), ("uitstroombestemming", "Wat verwachten wij?"), ("onderbouwing", None),
           ("belemmerende_factoren", "Wat zit %s in de weg?" % p.first), ("bevorderende_factoren", "Wat helpt %s?" % p.first),
           ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % p.first), ("adviezen_professionals", "Adviezen"),
           ("doelen", "Doelen"), ("ondersteuning", "Wat doet de school?"), ("afwijkingen_onderwijsprogramma", None),
           ("inbreng_leerling", "Wat vindt %s zelf?" % p.first), ("evaluatie", "Hoe verder?"),
           ("informatie_rechten", "Uw rechten")]
    for el, head in seq:
        b = ctx.body(el)
        if b is None:
            continue
        if head:
            B.append(("h2", head))
        for s in b:
            B.append(("p", s))
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", "%s, intern begeleider\n%s, directeur" % (p.ib, p.director)))
    add_sec(B, ctx, "vaststelling", "Vaststelling", "h2")
    B += ctx.consent("Strook: instemming handelingsdeel (terug naar school)", "h2")
    return B, {"accent": "F2F2F2"}


def L_school_so(ctx):
    """I: SO/VSO school's own Word format with content controls and tick boxes."""
    p = ctx.p
    B = [("title", "OPP %s" % p.school), ("sub", "Ontwikkelingsperspectiefplan - %s - %s" % (p.name, schoolyear(ctx.date)))]
    B.append(("kv", header_kv(ctx, [("Arrangement", "%s" % ctx.r.choice(["basisarrangement", "intensief arrangement", "extra begeleidingsarrangement"])),
                                    ("Gedragswetenschapper", p.ortho)])))
    B.append(("h1", "1 Uitstroomprofiel"))
    if ctx.var("uitstroombestemming") != "miss":
        checks, txt = uitstroom_checks(ctx)
        B.append(("checks", checks))
        if ctx.var("uitstroombestemming") == "cc":
            B.append(("cc", "Klik of tik om tekst in te voeren."))
        elif txt:
            B.append(("p", "Verwachte bestemming: " + txt))
    add_sec(B, ctx, "onderbouwing", "2 Onderbouwing")
    fr = ctx.factor_rows()
    B.append(("h1", "3 Factoren"))
    hdr = ["Domein"] + (["Belemmerend"] if fr[0][1] is not None else []) + (["Bevorderend"] if fr[0][2] is not None else [])
    B.append(("table", hdr, [[x for x in r if x is not None] for r in fr]))
    add_sec(B, ctx, "adviezen_professionals", "4 Advies commissie voor de begeleiding en andere deskundigen")
    add_sec(B, ctx, "ondersteuningsbehoefte", "5 Onderwijsbehoeften")
    B.append(("h1", "6 Handelingsdeel"))
    g = ctx.goal_rows()
    if g is not None:
        B.append(("table", ["Leergebied", "Doel", "Termijn"], g))
    s = ctx.support_rows()
    if s is not None:
        B.append(("table", ["Ondersteuning", "Wie", "Hoe vaak", "Vanaf"], s))
    v = ctx.var("afwijkingen_onderwijsprogramma")
    if v != "miss":
        B.append(("h2", "Afwijkingen van het onderwijsprogramma"))
        if v == "unticked":
            B.append(("checks", [(False, "Nee, geen afwijkingen"), (False, "Ja, namelijk (beschrijf hieronder)")]))
        elif v == "na":
            B.append(("checks", [(True, "Nee, geen afwijkingen"), (False, "Ja, namelijk (beschrijf hieronder)")]))
        elif v == "ok":
            B.append(("checks", [(False, "Nee, geen afwijkingen"), (True, "Ja, namelijk (beschrijf hieronder)")]))
            B += [("p", x) for x in ctx.body("afwijkingen_onderwijsprogramma")]
        else:
            B.append(("checks", [(False, "Nee, geen afwijkingen"), (True, "Ja, namelijk (beschrijf hieronder)")]))
            B += [("p", x) for x in ctx.body("afwijkingen_onderwijsprogramma")]
    add_sec(B, ctx, "inbreng_leerling", "7 Inbreng leerling")
    add_sec(B, ctx, "oogo", "8 Overleg met ouders/verzorgers")
    add_sec(B, ctx, "evaluatie", "9 Evaluatie")
    add_sec(B, ctx, "informatie_rechten", "10 Rechten en bezwaar")
    B += ctx.consent("11 Instemming handelingsdeel")
    vs = ctx.body("vaststelling")
    if vs is not None:
        B.append(("h1", "12 Vaststelling"))
        for x in vs:
            B.append(("p", x))
    return B, {"footer": "%s - OPP-format SO/VSO" % p.school, "accent": "E4DFEC"}


def form_fields(ctx):
    """J: fillable PDF form (AcroForm)."""
    p = ctx.p
    F = [("text", "Naam leerling", p.name, 0.6), ("text", "Groep / school", "%s, %s" % (p.klas, p.school), 0.6),
         ("section", "Ontwikkelingsperspectief", None, 0)]
    def t(el, lab, h=1.6):
        v = ctx.text(el)
        if v is None:
            return
        v = v.replace("[[CC:", "").replace("]]", "")
        lines = []
        for para in v.split("\n"):
            lines += textwrap.wrap(para, 112) or [""]
        h = max(h if len(lines) <= 1 else 0.7, 0.36 * len(lines) + 0.3)
        F.append(("text", lab, "\n".join(lines), h))
    t("uitstroombestemming", "Te verwachten uitstroombestemming", 0.7)
    t("onderbouwing", "Onderbouwing", 2.2)
    t("belemmerende_factoren", "Belemmerende factoren", 2.2)
    t("bevorderende_factoren", "Bevorderende factoren", 2.2)
    t("ondersteuningsbehoefte", "Onderwijsbehoeften", 2.0)
    t("adviezen_professionals", "Adviezen deskundigen", 1.8)
    F.append(("section", "Handelingsdeel", None, 0))
    t("doelen", "Doelen", 2.0)
    t("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf)", 2.2)
    t("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma", 1.0)
    t("inbreng_leerling", "Inbreng leerling", 1.8)
    F.append(("section", "Overleg, evaluatie en instemming", None, 0))
    t("oogo", "Besproken met ouders (datum, aanwezigen)", 1.2)
    t("evaluatie", "Evaluatie", 1.2)
    t("informatie_rechten", "Informatie over rechten", 1.6)
    st = ctx.s.get("consent")
    d = fmt_date(ctx.sign_date)
    if st == "wg":
        F += [("check", "Instemming handelingsdeel", True, 0), ("text", "Naam ouder(s)", "%s en %s" % (p.mother, p.father), 0.6),
              ("text", "Datum instemming", d, 0.6), ("text", "Handtekening ouder(s)", "w.g. %s / w.g. %s" % (p.mother, p.father), 0.6)]
    elif st == "unticked":
        F += [("check", "Instemming handelingsdeel", False, 0), ("text", "Naam ouder(s)", p.mother, 0.6),
              ("text", "Datum instemming", "", 0.6), ("text", "Handtekening ouder(s)", "", 0.6)]
    t("vaststelling", "Vaststelling (datum, naam directeur)", 0.7)
    return F, {"form_title": "OPP-formulier %s" % p.swv.split(" ")[-1], "form_sub": p.swv + " - invulbaar formulier",
               "footer": p.swv, "check_labels": {"Instemming handelingsdeel": "Ouders stemmen in met het handelingsdeel"},
               "meta_title": "OPP formulier"}


LAYOUTS = {
    "swv-opp-format": L_swv_format,
    "groeidocument": L_groeidocument,
    "perspectiefdeel-handelingsdeel": L_perspectief_handeling,
    "lvs-export-po": L_export_po,
    "lvs-export-vo": L_export_vo,
    "zvs-export-so-vso": L_export_so,
    "beknopt-opp": L_beknopt,
    "brief-opp": L_brief,
    "so-vso-schoolformat": L_school_so,
}
