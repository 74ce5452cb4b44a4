# -*- coding: utf-8 -*-
"""Build an intermediate block list (IR) for each layout.
Blocks: ('title',t) ('sub',t) ('h',t,level) ('p',t) ('ul',[t]) ('table',rows,opts) ('check',[(bool,label)],opts)
        ('sig',rows) ('kv',[(k,v)]) ('pb',) ('space',)"""
import datetime as dt
from content import PLACEHOLDERS, INSTRUCTIONS, REFER, RECHTEN, RECHTEN_ADULT

def d(x):
    return x.strftime("%d-%m-%Y")

def dl(x):
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"][x.month - 1]
    return f"{x.day} {m} {x.year}"

def fill(ctx, s):
    return s.format(N=ctx["first"], hij=ctx["hij"], Hij=ctx["hij"].capitalize(), zijn=ctx["zijn"],
                    Zijn=ctx["zijn"].capitalize(), hem=ctx["hem"])


class Doc:
    def __init__(self, ctx):
        self.ctx = ctx
        self.g = ctx["gaps"]
        self.rng = ctx["rng"]

    def gap(self, el):
        return self.g.get(el)

    def ph(self):
        return self.rng.choice(PLACEHOLDERS)

    def gap_blocks(self, el):
        """Blocks for a gapped element (heading kept). None means: leave element out entirely."""
        k = self.gap(el)
        if k == "omit":
            return None
        if k == "empty":
            return []
        if k == "placeholder":
            return [("p", self.ph())]
        if k == "instructions":
            return [("p", INSTRUCTIONS[el])]
        if k == "refer":
            return [("p", REFER[el])]
        raise KeyError(k)

    # ---- present contents per element -------------------------------------------------
    def text(self, el, form="prose"):
        """Return blocks for el (present or gap). None = omitted."""
        c, P = self.ctx, self.ctx["P"]
        k = self.gap(el)
        if k in ("omit", "empty", "placeholder", "instructions", "refer"):
            return self.gap_blocks(el)
        f = lambda s: fill(c, s)
        if el == "uitstroombestemming":
            if k == "unticked":
                return [("check", [(False, o) for o in P["opts"]], {})]
            if form == "check":
                return [("check", [(i == P["opt"], o) for i, o in enumerate(P["opts"])], {}), ("p", "Toelichting: " + f(P["uitstroom"]))]
            return [("p", f(P["uitstroom"]))]
        if el == "onderbouwing":
            t = f(P["onderbouwing"])
            if self.gap("uitstroombestemming"):
                # the destination itself is the gap: do not let the last sentence of the reasoning name it
                t = t.rsplit(". ", 1)[0] + "."
            return [("p", t)]
        if el in ("belemmerende_factoren", "bevorderende_factoren"):
            items = P["belem"] if el.startswith("belem") else P["bevord"]
            if form == "bullets":
                return [("ul", [f(f"{a}: {b}") for a, b in items])]
            return [("p", " ".join(f(b) for a, b in items))]
        if el == "ondersteuningsbehoefte":
            items = [f(x) for x in P["behoefte"]]
            if form == "bullets":
                return [("p", f"{c['first']} heeft nodig:"), ("ul", items)]
            return [("p", f"{c['first']} heeft nodig: " + "; ".join(items) + ".")]
        if el == "ondersteuning":
            if k == "vague":
                return [("p", f"{c['first']} krijgt extra ondersteuning en begeleiding in en buiten de klas, afhankelijk van wat nodig is.")]
            start = d(c["start"])
            if form == "table":
                rows = [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [[f(a), b, e, start] for a, b, e in P["steun"]]
                return [("table", rows, {"header": True})]
            return [("ul", [f(f"{a} — door {b}, {e}, vanaf {start}.") for a, b, e in P["steun"]])]
        if el == "afwijkingen_onderwijsprogramma":
            if k == "unticked":
                return [("check", [(False, "Er zijn geen afwijkingen van het onderwijsprogramma"),
                                   (False, "Er wordt afgeweken van het onderwijsprogramma, namelijk:")], {})]
            if P["afwijking"] is None or P["afwijking"].startswith("Geen"):
                txt = f(P["afwijking"]) if P["afwijking"] else "Geen afwijkingen: het reguliere onderwijsprogramma wordt gevolgd."
                if form == "check":
                    return [("check", [(True, "Er zijn geen afwijkingen van het onderwijsprogramma"),
                                       (False, "Er wordt afgeweken van het onderwijsprogramma, namelijk:")], {})]
                return [("p", txt)]
            if form == "check":
                return [("check", [(False, "Er zijn geen afwijkingen van het onderwijsprogramma"),
                                   (True, "Er wordt afgeweken van het onderwijsprogramma, namelijk:")], {}),
                        ("p", f(P["afwijking"]))]
            return [("p", f(P["afwijking"]))]
        if el == "doelen":
            items = [f(x) for x in P["doelen"]]
            if form == "table":
                return [("table", [["Nr.", "Doel (eind periode)"]] + [[str(i + 1), x] for i, x in enumerate(items)], {"header": True})]
            return [("ul", items)]
        if el == "adviezen_professionals":
            if self.gap("uitstroombestemming") and P.get("adviezen_nodest"):
                return [("p", f(P["adviezen_nodest"]))]
            return [("p", f(P["adviezen"]))]
        if el == "oogo":
            if k == "date_blank":
                return [("p", "Besproken met ouders op: ____-____-________   met: ______________________")]
            who = c["oogo_who"]
            return [("p", f"Dit ontwikkelingsperspectief is op {dl(c['oogo'])} besproken met {who}. "
                          f"Het gesprek was gericht op overeenstemming over de inhoud van het plan voordat het werd vastgesteld.")]
        if el == "inbreng_leerling":
            v, ch = P["inbreng"]
            if k == "view_only":
                return [("p", f(v))]
            if form == "two":
                return [("table", [["Wat vindt de leerling zelf?", f(v)], ["Wat hebben we daarmee gedaan?", f(ch)]], {})]
            return [("p", f(v) + " " + f(ch))]
        if el == "evaluatie":
            who = "de leerling, ouders" if not c["adult"] else "de leerling"
            if not c["post2025"]:
                who = "ouders"
            return [("p", f"Het plan wordt tussentijds geëvalueerd op {d(c['eval1'])} en aan het eind van de periode op "
                          f"{d(c['eval2'])}, in een gesprek met {who}, de {c['contact_role']} en {c['mentor_role']}. We bekijken of de doelen "
                          f"zijn behaald en stellen het handelingsdeel zo nodig bij. Het ontwikkelingsperspectief wordt minstens "
                          f"één keer per schooljaar met {('ouders' if not c['adult'] else 'de leerling')} geëvalueerd.")]
        if el == "informatie_rechten":
            t = RECHTEN_ADULT if c["adult"] else RECHTEN
            if c["curatele"]:
                t = ("De curator van " + c["first"] + " heeft namens " + c["first"] + " instemmingsrecht op het handelingsdeel. " +
                     RECHTEN.split(". ", 1)[1].replace("Bent u", "Is de curator of zijn de ouders").replace("bespreek dit dan", "bespreek dit dan"))
            return [("p", t.format(contact="de " + c["contact_role"] + " (" + c["contact"] + ")"))]
        if el == "vaststelling":
            if k == "date_blank":
                return [("p", "Vastgesteld door het bevoegd gezag op: ...-...-20..  (naam directeur: ...)")]
            t = f"Vastgesteld op {d(c['date'])} door {c['director']}, directeur, namens het bevoegd gezag."
            if c.get("revised"):
                t += f" Bijgesteld na evaluatie op {d(c['revised'])}."
            return [("p", t)]
        raise KeyError(el)

    # ---- consent ----------------------------------------------------------------------
    def consent(self, style):
        c = self.ctx
        v = c["consent"]
        if v == "none":
            return None
        party = c["party"]          # list of (role, name)
        sd = d(c["cdate"])
        school = [("Directeur", c["director"]), (c["contact_role"].capitalize(), c["contact"])]
        blocks = []
        intro = ("Instemming met het handelingsdeel" if not c["adult"] else "Instemming leerling met het handelingsdeel")
        if v == "other_kind":
            blocks.append(("h", "Toestemming gegevensuitwisseling en beeldmateriaal", 2))
            blocks.append(("p", "Ondergetekende(n) geven toestemming voor het uitwisselen van gegevens met het samenwerkingsverband "
                                "en de jeugdarts (AVG) en voor het gebruik van foto's van hun kind in de schoolgids."))
            blocks.append(("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, sd, True] for r, n in party]))
            return blocks
        if style == "tick":
            blocks.append(("h", intro, 2))
            if v == "given":
                blocks += [("check", [(True, "Ik/wij ga(an) akkoord met het handelingsdeel van dit ontwikkelingsperspectief"),
                                      (False, "Ik/wij ga(an) niet akkoord")], {}),
                           ("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, sd, True] for r, n in party])]
            elif v == "refused":
                blocks += [("check", [(False, "Ik/wij ga(an) akkoord met het handelingsdeel van dit ontwikkelingsperspectief"),
                                      (True, "Ik/wij ga(an) niet akkoord")], {}),
                           ("p", "Toelichting ouders: wij willen dat de begeleiding buiten de klas blijft zoals vorig jaar."),
                           ("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, sd, True] for r, n in party])]
            elif v == "unticked":
                blocks += [("check", [(False, "Ik/wij ga(an) akkoord met het handelingsdeel van dit ontwikkelingsperspectief"),
                                      (False, "Ik/wij ga(an) niet akkoord")], {}),
                           ("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, "", False] for r, n in party])]
            else:
                return self.consent("sigtable")
            return blocks
        if style == "akkoordline":
            blocks.append(("h", intro, 2))
            who = " en ".join(n for r, n in party)
            if v == "given":
                blocks.append(("p", f"Voor akkoord (handelingsdeel): {who}, {'ouders' if len(party) > 1 else party[0][0].lower()}"))
                blocks.append(("sigline", f"Datum: {sd}", True))
            elif v == "voor_gezien":
                blocks.append(("p", f"Voor gezien: {who}"))
                blocks.append(("sigline", f"Datum: {sd}", True))
            elif v == "no_date":
                blocks.append(("p", f"Voor akkoord (handelingsdeel): {who}"))
                blocks.append(("sigline", "Datum: ", True))
            elif v == "blank_line":
                blocks.append(("p", "Voor akkoord ouder(s)/verzorger(s): ________________________________"))
                blocks.append(("p", "Datum: ____________"))
            else:
                return self.consent("sigtable")
            blocks.append(("p", f"Voor de school: {c['director']}, directeur, {sd}"))
            return blocks
        if style == "letter":
            if v == "given":
                blocks.append(("p", f"Verklaring: Hierbij verklaren ondergetekenden, {' en '.join(n for r, n in party)}, dat zij instemmen met het "
                                    f"handelingsdeel van het ontwikkelingsperspectief van {c['full']} zoals hierboven beschreven."))
                blocks.append(("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, sd, True] for r, n in party]))
                return blocks
            if v == "onder_protest":
                blocks.append(("p", "Verklaring ouders: wij tekenen dit plan onder protest. Wij zijn het niet eens met het stoppen "
                                    "van de begeleiding door de ambulant begeleider na de kerstvakantie."))
                blocks.append(("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r, sd, True] for r, n in party]))
                return blocks
            return self.consent("sigtable")
        if style == "export":
            blocks.append(("h", "Instemming handelingsdeel", 2))
            if v == "given":
                blocks.append(("kv", [("Status instemming", "Akkoord"),
                                      ("Ingestemd door", f"{party[0][1]} ({party[0][0].lower()})"),
                                      ("Datum/tijd", f"{sd} 19:42 via ouderportaal (digitaal ondertekend)"),
                                      ("Opmerking ouder", "Fijn dat de toetsen voorgelezen worden.")]))
            elif v == "partial":
                blocks.append(("kv", [("Status instemming", "Gedeeltelijk akkoord"),
                                      ("Ingestemd door", f"{party[0][1]} ({party[0][0].lower()})"),
                                      ("Datum/tijd", f"{sd} 21:05 via ouderportaal"),
                                      ("Opmerking ouder", "Akkoord met onderdeel 1 en 2 van de ondersteuning, NIET akkoord met onderdeel 3.")]))
            elif v == "school_only":
                blocks.append(("kv", [("Status instemming", "Verstuurd naar ouders — nog geen reactie"),
                                      ("Ondertekend school", f"{c['director']} op {sd}")]))
            else:
                return self.consent("sigtable")
            return blocks
        # default: signature table
        blocks.append(("h", intro if style != "groei" else "Ondertekening Deel C – handelingsdeel", 2))
        hdr = [["Naam", "Rol", "Datum", "Handtekening"]]
        if c["adult"] and not c["curatele"]:
            blocks.append(("p", f"{c['first']} is meerderjarig en handelingsbekwaam en beslist zelf over instemming met het handelingsdeel."))
        if c["curatele"]:
            blocks.append(("p", f"{c['first']} is meerderjarig en staat onder curatele; de curator beslist over instemming."))
        txt = "Ondergetekenden stemmen in met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit ontwikkelingsperspectief."
        if v == "given":
            blocks.append(("p", txt))
            rows = [[n, r, sd, True] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
        elif v == "voor_gezien":
            blocks.append(("p", "Ouders hebben het plan ontvangen en ondertekenen voor gezien."))
            rows = [[n, r + " (voor gezien)", sd, True] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
        elif v == "onder_protest":
            blocks.append(("p", txt))
            rows = [[n, r, sd, True] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
            blocks.append(("sig", hdr + rows))
            blocks.append(("p", "Aantekening ouders bij ondertekening: getekend onder protest, wij zijn het niet eens met het verminderen van de begeleiding."))
            return blocks
        elif v == "refused":
            blocks.append(("p", txt))
            rows = [[n, r, sd, True] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
            blocks.append(("sig", hdr + rows))
            blocks.append(("p", "Ouders stemmen NIET in met het handelingsdeel. Er volgt een nieuw gesprek."))
            return blocks
        elif v == "partial":
            blocks.append(("p", txt))
            rows = [[n, r, sd, True] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
            blocks.append(("sig", hdr + rows))
            blocks.append(("p", "Ouders stemmen in met de ondersteuning, met uitzondering van de time-out/rustplek buiten het lokaal; daarmee gaan zij niet akkoord."))
            return blocks
        elif v in ("school_only", "blank_line"):
            blocks.append(("p", txt))
            rows = [[n if v == "school_only" else "", r, "", False] for r, n in party] + [[s[1], s[0], sd, True] for s in school]
        elif v == "no_date":
            blocks.append(("p", txt))
            rows = [[n, r, "", True] for r, n in party] + [[school[0][1], school[0][0], "", True]]
        elif v == "wrong_party":
            blocks.append(("p", txt))
            rows = [[c["full"], "Leerling", sd, True], ["", "Curator", "", False], [school[0][1], school[0][0], sd, True]]
        elif v == "unticked":
            blocks.append(("check", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")], {}))
            rows = [[n, r, sd, False] for r, n in party] + [[school[0][1], school[0][0], sd, True]]
        else:
            raise KeyError(v)
        blocks.append(("sig", hdr + rows))
        return blocks


def head_block(c):
    return ("kv", [("Naam leerling", c["full"]), ("Geboortedatum", d(c["dob"])), ("School", f"{c['school']}, {c['place']}"),
                   (c["group_label"], c["group"]), ("Ouder(s)/verzorger(s)" if not c["adult"] else "Ouder(s) (leerling is meerderjarig)", ", ".join(n for r, n in c["parents"])),
                   ("Datum opstellen", d(c["date"]))])


def sec(doc, blocks, title, el, form="prose", level=1):
    b = doc.text(el, form)
    if b is None:
        return False
    blocks.append(("h", title, level))
    blocks.extend(b)
    return True


# ---------------------------------------------------------------------------------------------
def L_numbered(c):
    doc = Doc(c)
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", c["swv"] + " – format OPP versie 2024")]
    B.append(("h", "1. Gegevens", 1)); B.append(head_block(c))
    items = [("Te verwachten uitstroombestemming", "uitstroombestemming", "prose"),
             ("Onderbouwing van de uitstroombestemming", "onderbouwing", "prose"),
             ("Belemmerende factoren", "belemmerende_factoren", "bullets"),
             ("Bevorderende factoren", "bevorderende_factoren", "bullets"),
             ("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", "bullets"),
             ("Adviezen van deskundigen", "adviezen_professionals", "prose"),
             ("Handelingsdeel: te bieden ondersteuning en begeleiding", "ondersteuning", "bullets"),
             ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", "prose"),
             ("Doelen voor de komende periode", "doelen", "bullets"),
             ("Inbreng van de leerling", "inbreng_leerling", "prose"),
             ("Evaluatie", "evaluatie", "prose"),
             ("Overleg met ouders", "oogo", "prose"),
             ("Uw rechten als ouder", "informatie_rechten", "prose"),
             ("Vaststelling", "vaststelling", "prose")]
    n = 2
    for t, el, form in items:
        if sec(doc, B, f"{n}. {t}", el, form):
            n += 1
    cb = doc.consent(c.get("cstyle", "sigtable"))
    if cb:
        cb[0] = ("h", f"{n}. {cb[0][1]}", 1) if cb[0][0] == "h" else cb[0]
        B += cb
    return B, {"footer": f"OPP {c['full']} – {c['school']} – vertrouwelijk"}


def L_twocol(c):
    doc = Doc(c)
    B = [("title", "Ontwikkelingsperspectief"), ("sub", f"{c['school']} · {c['place']}")]
    B.append(head_block(c))

    def rows_for(pairs):
        rows = []
        extra = []
        for label, el, form in pairs:
            b = doc.text(el, form)
            if b is None:
                continue
            if not b:
                rows.append([label, ""])
                continue
            if any(x[0] in ("table", "check") for x in b):
                extra.append((label, b))
                continue
            txt = "\n".join(x[1] if x[0] == "p" else "\n".join("• " + i for i in x[1]) for x in b)
            rows.append([label, txt])
        return rows, extra

    B.append(("h", "A. Verantwoording (perspectiefdeel)", 1))
    rows, extra = rows_for([("Uitstroombestemming", "uitstroombestemming", "prose"), ("Onderbouwing", "onderbouwing", "prose"),
                            ("Belemmerende factoren", "belemmerende_factoren", "bullets"),
                            ("Stimulerende factoren", "bevorderende_factoren", "bullets"),
                            ("Ondersteuningsbehoefte", "ondersteuningsbehoefte", "bullets"),
                            ("Adviezen externe deskundigen", "adviezen_professionals", "prose")])
    B.append(("table", rows, {"label_col": True}))
    for label, b in extra:
        B.append(("h", label, 2)); B += b
    B.append(("h", "B. Handelingsplan (handelingsdeel)", 1))
    rows, extra = rows_for([("Te bieden ondersteuning", "ondersteuning", "bullets"),
                            ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma", "prose"),
                            ("Doelen", "doelen", "bullets"),
                            ("Inbreng leerling", "inbreng_leerling", "prose")])
    B.append(("table", rows, {"label_col": True}))
    for label, b in extra:
        B.append(("h", label, 2)); B += b
    B.append(("h", "C. Evaluatie en afspraken", 1))
    rows, extra = rows_for([("Evaluatie", "evaluatie", "prose"), ("Overleg met ouders (OOGO)", "oogo", "prose"),
                            ("Informatie voor ouders", "informatie_rechten", "prose"), ("Vaststelling", "vaststelling", "prose")])
    B.append(("table", rows, {"label_col": True}))
    for label, b in extra:
        B.append(("h", label, 2)); B += b
    cb = doc.consent(c.get("cstyle", "tick"))
    if cb:
        B += cb
    return B, {"footer": f"{c['school']} – OPP {c['first']} – schooljaar {c['sy']}"}


def L_domain(c):
    doc = Doc(c)
    P = c["P"]
    B = [("title", f"OPP – {c['full']}"), ("sub", f"{c['school']}, {c['place']} | schooljaar {c['sy']}"), head_block(c)]
    B.append(("h", "Perspectief", 1))
    sec(doc, B, "Uitstroombestemming", "uitstroombestemming", "check" if c.get("uitstroom_check") else "prose", 2)
    sec(doc, B, "Onderbouwing", "onderbouwing", "prose", 2)
    gb, gv = doc.gap("belemmerende_factoren"), doc.gap("bevorderende_factoren")
    if not (gb == "omit" and gv == "omit"):
        B.append(("h", "Belemmerende en bevorderende factoren per domein", 1))
        doms = []
        for a, b in (P["belem"] if gb != "omit" else []) + (P["bevord"] if gv != "omit" else []):
            if a not in doms:
                doms.append(a)
        hdr = ["Domein"] + (["Belemmerend"] if gb != "omit" else []) + (["Bevorderend"] if gv != "omit" else [])
        rows = [hdr]
        for dm in doms:
            r = [dm]
            for el, g, items in (("belemmerende_factoren", gb, P["belem"]), ("bevorderende_factoren", gv, P["bevord"])):
                if g == "omit":
                    continue
                if g is None:
                    r.append(" ".join(fill(c, b) for a, b in items if a == dm))
                elif g == "empty":
                    r.append("")
                elif g == "placeholder":
                    r.append(doc.ph())
                elif g == "instructions":
                    r.append("[invullen]")
                elif g == "refer":
                    r.append("zie bijlage")
            rows.append(r)
        B.append(("table", rows, {"header": True}))
    sec(doc, B, "Wat heeft de leerling nodig? (onderwijsbehoeften)", "ondersteuningsbehoefte", "bullets", 1)
    sec(doc, B, "Adviezen deskundigen", "adviezen_professionals", "prose", 1)
    B.append(("h", "Handelingsdeel", 1))
    sec(doc, B, "Ondersteuning en begeleiding", "ondersteuning", "table", 2)
    sec(doc, B, "Afwijkingen van het programma", "afwijkingen_onderwijsprogramma", "check", 2)
    sec(doc, B, "Doelen", "doelen", "table", 2)
    sec(doc, B, "Stem van de leerling", "inbreng_leerling", "two", 2)
    sec(doc, B, "Evaluatie", "evaluatie", "prose", 2)
    B.append(("h", "Afspraken en ondertekening", 1))
    sec(doc, B, "Overleg met ouders", "oogo", "prose", 2)
    sec(doc, B, "Niet eens met het plan?", "informatie_rechten", "prose", 2)
    sec(doc, B, "Vaststelling", "vaststelling", "prose", 2)
    cb = doc.consent(c.get("cstyle", "akkoordline"))
    if cb:
        B += cb
    return B, {"footer": f"Ontwikkelingsperspectief {c['full']} – {c['school']}"}


def L_groei(c):
    doc = Doc(c)
    B = [("title", "Groeidocument"), ("sub", f"{c['swv']} – aanvraag en ontwikkelingsperspectief"), ]
    B.append(("h", "Deel A – Gegevens en toestemming", 1)); B.append(head_block(c))
    B.append(("p", "Ouders hebben deel A van het groeidocument gelezen en zijn op de hoogte van de aanvraag bij het samenwerkingsverband."))
    sd = d(c["oogo"])
    B.append(("sig", [["Naam", "Rol", "Datum", "Handtekening"]] + [[n, r + " – deel A voor gezien", sd, True] for r, n in c["parents"][:1]]))
    B.append(("h", "Deel B – Beeld van de leerling", 1))
    B.append(("p", f"Schoolloopbaan: {c['first']} zit sinds groep 1 op {c['school']}. In groep 4 is een groepsplan met "
                   f"intensieve aanpak gestart; in 2024 is een arrangement van het samenwerkingsverband toegekend."))
    sec(doc, B, "B1. Belemmerende factoren", "belemmerende_factoren", "bullets", 2)
    sec(doc, B, "B2. Bevorderende factoren", "bevorderende_factoren", "bullets", 2)
    sec(doc, B, "B3. Onderwijsbehoeften", "ondersteuningsbehoefte", "bullets", 2)
    sec(doc, B, "B4. Adviezen van deskundigen", "adviezen_professionals", "prose", 2)
    sec(doc, B, "B5. Wat vindt de leerling zelf?", "inbreng_leerling", "two", 2)
    B.append(("h", "Deel C – Ontwikkelingsperspectief (OPP)", 1))
    B.append(("p", "C1. Perspectiefdeel"))
    sec(doc, B, "Verwachte uitstroombestemming", "uitstroombestemming", "check", 2)
    sec(doc, B, "Onderbouwing", "onderbouwing", "prose", 2)
    B.append(("p", "C2. Handelingsdeel"))
    sec(doc, B, "Doelen", "doelen", "bullets", 2)
    sec(doc, B, "Ondersteuning: wat, wie, hoe vaak, vanaf", "ondersteuning", "table", 2)
    sec(doc, B, "Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", "check", 2)
    sec(doc, B, "Overleg met ouders (OOGO)", "oogo", "prose", 2)
    sec(doc, B, "Vaststelling", "vaststelling", "prose", 2)
    sec(doc, B, "Informatie over instemming en geschillen", "informatie_rechten", "prose", 2)
    cb = doc.consent(c.get("cstyle", "groei"))
    if cb:
        B += cb
    B.append(("h", "Deel D – Evaluatie", 1))
    b = doc.text("evaluatie")
    if b is not None:
        B += b
    else:
        B.append(("p", "Evaluatieverslagen worden hier na afloop van de periode toegevoegd."))
    return B, {"footer": f"Groeidocument {c['full']} – {c['swv']}"}


def L_beknopt(c):
    doc = Doc(c)
    B = [("title", "Beknopt OPP"), ("sub", f"{c['school']} – {c['place']}"), head_block(c)]
    sec(doc, B, "Uitstroombestemming (aankruisen)", "uitstroombestemming", "check", 2)
    sec(doc, B, "Waarom?", "onderbouwing", "prose", 2)
    sec(doc, B, "Belemmerend", "belemmerende_factoren", "prose", 2)
    sec(doc, B, "Bevorderend", "bevorderende_factoren", "prose", 2)
    sec(doc, B, "Onderwijsbehoeften", "ondersteuningsbehoefte", "prose", 2)
    sec(doc, B, "Ondersteuning (wat/wie/hoe vaak)", "ondersteuning", "bullets", 2)
    sec(doc, B, "Afwijkingen programma", "afwijkingen_onderwijsprogramma", "check", 2)
    sec(doc, B, "Doelen", "doelen", "bullets", 2)
    sec(doc, B, "Advies deskundigen", "adviezen_professionals", "prose", 2)
    sec(doc, B, "Leerling over dit plan", "inbreng_leerling", "prose", 2)
    sec(doc, B, "Evaluatie", "evaluatie", "prose", 2)
    sec(doc, B, "Besproken met ouders", "oogo", "prose", 2)
    sec(doc, B, "Rechten ouders", "informatie_rechten", "prose", 2)
    sec(doc, B, "Vastgesteld", "vaststelling", "prose", 2)
    cb = doc.consent(c.get("cstyle", "tick"))
    if cb:
        B += cb
    return B, {}


def L_questions(c):
    doc = Doc(c)
    N = c["first"]
    B = [("title", f"Het plan van {N}"), ("sub", f"Ontwikkelingsperspectief – {c['school']}"), head_block(c)]
    for t, el, form in [(f"Waar werken we naartoe?", "uitstroombestemming", "prose"),
                        ("Waarom verwachten we dat?", "onderbouwing", "prose"),
                        (f"Wat maakt het moeilijk voor {N}?", "belemmerende_factoren", "bullets"),
                        (f"Wat helpt {N}? Waar is {N} goed in?", "bevorderende_factoren", "bullets"),
                        (f"Wat heeft {N} nodig?", "ondersteuningsbehoefte", "bullets"),
                        ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning", "table"),
                        ("Is er iets anders in het lesprogramma?", "afwijkingen_onderwijsprogramma", "prose"),
                        ("Wat willen we bereiken?", "doelen", "bullets"),
                        ("Wat zeggen deskundigen?", "adviezen_professionals", "prose"),
                        (f"Wat vindt {N} zelf, en wat hebben we daarmee gedaan?", "inbreng_leerling", "prose"),
                        ("Wanneer kijken we samen terug?", "evaluatie", "prose"),
                        ("Met wie is dit plan besproken?", "oogo", "prose"),
                        ("Wat kunt u doen als u het er niet mee eens bent?", "informatie_rechten", "prose"),
                        ("Wie heeft het plan vastgesteld?", "vaststelling", "prose")]:
        sec(doc, B, t, el, form, 1)
    cb = doc.consent(c.get("cstyle", "akkoordline"))
    if cb:
        cb[0] = ("h", "Gaat u akkoord met wat we gaan doen (handelingsdeel)?", 1) if cb[0][0] == "h" else cb[0]
        B += cb
    return B, {}


def L_letter(c):
    doc = Doc(c)
    N = c["first"]
    P = c["P"]
    B = [("sub", f"{c['school']}\nPostbus 1{c['seed'] % 900 + 100}\n{c['place']}"), ("space",),
         ("p", f"Aan de ouders/verzorgers van {c['full']}" if not c["adult"] else f"Aan {c['full']}"),
         ("p", f"{c['place']}, {dl(c['date'])}"), ("p", "Betreft: ontwikkelingsperspectief en handelingsdeel"), ("space",),
         ("p", "Geachte ouders/verzorgers," if not c["adult"] else f"Beste {N},")]
    g = doc.gap
    def para(el, lead):
        b = doc.text(el, "prose")
        if b is None:
            return
        txt = " ".join(x[1] if x[0] == "p" else " ".join(x[1]) for x in b if x[0] in ("p", "ul"))
        if not b:
            txt = ""
        B.append(("p", (lead + (" " + txt if txt else "")).strip()))
        for x in b:
            if x[0] in ("table", "check"):
                B.append(x)
    oo = doc.text("oogo")
    if oo:
        B.append(("p", "Naar aanleiding van ons gesprek sturen wij u het ontwikkelingsperspectief. " + oo[0][1]))
    elif oo == []:
        B.append(("p", "Naar aanleiding van ons gesprek sturen wij u het ontwikkelingsperspectief."))
    B.append(("h", "Perspectief", 2))
    para("uitstroombestemming", f"Wij verwachten dat {N} uitstroomt naar:")
    para("onderbouwing", "Wij baseren dit op het volgende.")
    para("belemmerende_factoren", f"Wat het leren van {N} belemmert:")
    para("bevorderende_factoren", f"Wat {N} helpt:")
    para("ondersteuningsbehoefte", "")
    para("adviezen_professionals", "Adviezen van deskundigen:")
    B.append(("h", "Handelingsdeel", 2))
    b = doc.text("ondersteuning", "bullets")
    if b is not None:
        B.append(("p", "De school biedt de volgende ondersteuning:")); B += b
    para("afwijkingen_onderwijsprogramma", "Onderwijsprogramma:")
    b = doc.text("doelen", "bullets")
    if b is not None:
        B.append(("p", "Doelen voor deze periode:")); B += b
    para("inbreng_leerling", f"Inbreng van {N}:")
    para("evaluatie", "")
    para("informatie_rechten", "")
    para("vaststelling", "")
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", f"{c['contact']}, {c['contact_role']}\n{c['director']}, directeur"))
    cb = doc.consent(c.get("cstyle", "letter"))
    if cb:
        B.append(("p", "- - - - - - - - - - - - - - - - knipstrook, retour aan school - - - - - - - - - - - - - - - -"))
        B += cb
    return B, {}


def L_export(c):
    doc = Doc(c)
    B = [("sub", f"LEERLINGDOSSIER KOMPAS 7 · Rapportage: Ontwikkelingsperspectief (OPP) · {c['school']}"),
         ("kv", [("Leerling", c["full"]), ("Leerlingnummer", str(100000 + c['seed'] * 37)), ("Geboortedatum", d(c["dob"])),
                 (c["group_label"], c["group"]), ("OPP-periode", f"{d(c['start'])} t/m {d(c['eval2'])}"),
                 ("Status OPP", "Vastgesteld" if doc.gap("vaststelling") is None else "Concept"),
                 ("Ondersteuningsniveau", "Extra ondersteuning (arrangement SWV)")])]
    def kv(label, el, form="prose"):
        b = doc.text(el, form)
        if b is None:
            return
        B.append(("h", label, 2))
        if not b:
            B.append(("kv", [("Omschrijving", "")]))
        B.extend(b)
    kv("Uitstroombestemming", "uitstroombestemming")
    kv("Onderbouwing uitstroombestemming", "onderbouwing")
    kv("Belemmerende factoren", "belemmerende_factoren", "bullets")
    kv("Stimulerende factoren", "bevorderende_factoren", "bullets")
    kv("Ondersteuningsbehoeften", "ondersteuningsbehoefte", "bullets")
    kv("Adviezen externen", "adviezen_professionals")
    kv("Handelingsdeel – aanpak", "ondersteuning", "table")
    kv("Aangepast programma", "afwijkingen_onderwijsprogramma")
    kv("Doelen", "doelen", "table")
    kv("Inbreng leerling (hoorrecht)", "inbreng_leerling", "two")
    kv("Evaluatiemomenten", "evaluatie")
    kv("OOGO", "oogo")
    kv("Informatie ouders", "informatie_rechten")
    kv("Vaststelling", "vaststelling")
    cb = doc.consent(c.get("cstyle", "export"))
    if cb:
        B += cb
    return B, {"footer": f"Afgedrukt door {c['contact']} op {d(c['printed'])} · Leerlingdossier Kompas 7.3 · Vertrouwelijk"}


def L_vso(c):
    doc = Doc(c)
    B = [("title", "Ontwikkelingsperspectiefplan VSO/PrO"), ("sub", f"{c['school']} · {c['place']} · {c['swv']}"), head_block(c)]
    B.append(("h", "DEEL 1 – PERSPECTIEFDEEL", 1))
    sec(doc, B, "1.1 Uitstroomprofiel en uitstroombestemming", "uitstroombestemming", "check", 2)
    sec(doc, B, "1.2 Onderbouwing", "onderbouwing", "prose", 2)
    sec(doc, B, "1.3 Belemmerende factoren", "belemmerende_factoren", "bullets", 2)
    sec(doc, B, "1.4 Bevorderende (beschermende) factoren", "bevorderende_factoren", "bullets", 2)
    sec(doc, B, "1.5 Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", "bullets", 2)
    sec(doc, B, "1.6 Advies commissie voor de begeleiding en andere deskundigen", "adviezen_professionals", "prose", 2)
    B.append(("h", "DEEL 2 – HANDELINGSDEEL", 1))
    sec(doc, B, "2.1 Doelen per vormingsgebied", "doelen", "table", 2)
    sec(doc, B, "2.2 Ondersteuning en begeleiding", "ondersteuning", "table", 2)
    sec(doc, B, "2.3 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", "prose", 2)
    sec(doc, B, "2.4 Inbreng leerling", "inbreng_leerling", "two", 2)
    sec(doc, B, "2.5 Evaluatie", "evaluatie", "prose", 2)
    B.append(("h", "DEEL 3 – OVERLEG, VASTSTELLING EN INSTEMMING", 1))
    sec(doc, B, "3.1 Op overeenstemming gericht overleg", "oogo", "prose", 2)
    sec(doc, B, "3.2 Vaststelling", "vaststelling", "prose", 2)
    sec(doc, B, "3.3 Rechten", "informatie_rechten", "prose", 2)
    cb = doc.consent(c.get("cstyle", "sigtable"))
    if cb:
        B += cb
    return B, {"footer": f"OPP {c['full']} · {c['school']} · versie {d(c['date'])}"}


LAYOUTS = {"swv-numbered": L_numbered, "two-column": L_twocol, "domain-table": L_domain, "groeidocument": L_groei,
           "beknopt": L_beknopt, "question-headings": L_questions, "letter": L_letter, "system-export": L_export,
           "vso-pro-perspectief": L_vso}
