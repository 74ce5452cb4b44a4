# -*- coding: utf-8 -*-
"""Layouts: turn (ctx, variants) into a list of neutral blocks (the IR).

Block types:
  ('title', s) ('sub', s) ('h1', s) ('h2', s) ('p', s) ('i', s)  -- i = instruction text of the format
  ('ul', [s]) ('table', header|None, rows, widths|None) ('check', [(bool, s)])
  ('sig', [(role, name, date|None, signed_bool)]) ('pb',)
"""
import content as C
from content import dlong, dshort

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

LISTY = {"belemmerende_factoren": C.belemmerend, "bevorderende_factoren": C.bevorderend,
         "ondersteuningsbehoefte": C.behoefte, "doelen": C.doelen}
PROSE = {"uitstroombestemming": C.uitstroom, "onderbouwing": C.onderbouwing,
         "ondersteuning": C.ondersteuning_text, "afwijkingen_onderwijsprogramma": C.afwijkingen,
         "adviezen_professionals": C.adviezen, "oogo": C.oogo, "inbreng_leerling": C.inbreng,
         "evaluatie": C.evaluatie, "informatie_rechten": C.rechten, "vaststelling": C.vaststelling}


class B:
    """Builder for one document: knows ctx and the variant per element."""

    def __init__(self, ctx, V):
        self.c = ctx
        self.V = V

    def v(self, el):
        return self.V.get(el, "ok")

    def absent(self, el):
        return self.v(el) in ("absent", "na_silent")

    # --- raw values
    def gap(self, el):
        v = self.v(el)
        if v == "ph":
            return C.placeholder(self.c, el)
        if v == "instr":
            return C.INSTR[el]
        if v == "ref":
            return C.REF[el]
        if v == "empty":
            return ""
        return None

    def items(self, el):
        """list of strings, [] for empty, None for absent"""
        v = self.v(el)
        if self.absent(el):
            return None
        g = self.gap(el)
        if g is not None:
            return [g] if g else []
        if el == "doelen" and v == "vague":
            return C.doelen_vague(self.c)
        if el in LISTY:
            return LISTY[el](self.c)
        return [self.text(el)]

    def text(self, el):
        """one string; '' for empty; None for absent"""
        v = self.v(el)
        if self.absent(el):
            return None
        g = self.gap(el)
        if g is not None:
            return g
        if el == "afwijkingen_onderwijsprogramma" and v == "geen":
            return C.afwijkingen_geen(self.c)
        if el == "inbreng_leerling" and v == "noeffect":
            return C.inbreng_noeffect(self.c)
        if el == "inbreng_leerling" and v == "na_adult":
            return (f"{self.c['N']} is meerderjarig en handelingsbekwaam en is daarmee zelf gesprekspartner en "
                    f"ondertekenaar van dit plan (zie overleg en instemming).")
        if el == "informatie_rechten" and self.c.get("adult") and not self.c.get("curatele"):
            return C.rechten_adult(self.c)
        if el == "vaststelling" and self.c.get("revised"):
            return (C.vaststelling(self.c) + f" Bijgesteld op {dlong(self.c['revised'])} na de evaluatie, "
                    f"door {self.c['coord']} ({C.role(self.c, 'coord')}).")
        if el == "doelen" and v == "vague":
            return " ".join(C.doelen_vague(self.c))
        if el in LISTY:
            return " ".join(LISTY[el](self.c))
        return PROSE[el](self.c)

    def blocks(self, el, title=None, level="h2", mode="p"):
        """heading + body; [] when absent"""
        if self.absent(el):
            return []
        out = [(level, title)] if title else []
        v = self.v(el)
        if v == "instr":
            out.append(("i", self.gap(el)))
            return out
        if v == "empty":
            return out
        if el == "ondersteuning" and v == "ok" and mode == "table":
            out.append(("table", ["Wat", "Wie", "Hoe vaak / hoe lang", "Vanaf"],
                        [list(r) for r in C.ondersteuning_rows(self.c)], [0.38, 0.26, 0.2, 0.16]))
            return out
        if mode == "ul" and (el in LISTY) and v in ("ok", "vague"):
            out.append(("ul", self.items(el)))
            return out
        out.append(("p", self.text(el)))
        return out

    def cell(self, el):
        """value for a kv table cell ('' empty); None when absent"""
        if self.absent(el):
            return None
        if el in LISTY and self.v(el) in ("ok", "vague"):
            return "\n".join("- " + s for s in self.items(el))
        return self.text(el)

    def kv(self, pairs):
        rows = []
        for label, el in pairs:
            if el is None:
                continue
            if isinstance(el, str) and el in ELEMENTS:
                val = self.cell(el)
                if val is None:
                    continue
                rows.append([label, val])
            else:
                rows.append([label, el[0]])
        return ("table", None, rows, [0.32, 0.68])

    # --- consent
    def signer(self):
        c = self.c
        if c.get("curatele"):
            if self.v("instemming_ouders") == "wrongsigner":
                return ("leerling", c["full"])
            return ("curator", f"{c['curator']} (curator)")
        if c.get("adult"):
            if self.v("instemming_ouders") == "wrongsigner":
                return ("ouder(s)", c["parents"])
            return ("leerling (meerderjarig)", c["full"])
        return ("ouder(s)/verzorger(s)", c["parents"])

    def consent(self, style="form", title="Instemming met het handelingsdeel", level="h2"):
        c = self.c
        v = self.v("instemming_ouders")
        if v == "absent":
            return []
        srole, sname = self.signer()
        school = (C.role(c, "head"), c["head"])
        ds, dset = c["d_sign"], c["d_set"]
        out = [(level, title)] if title else []
        lead = {"letter": "Wilt u onderstaand strookje ondertekend aan de school teruggeven?",
                }.get(style)
        if lead:
            out.append(("p", lead))
        akk = "Ik/wij ga(an) akkoord met het handelingsdeel van het ontwikkelingsperspectief" if not c.get("adult") or c.get("curatele") else "Ik ga akkoord met het handelingsdeel van mijn ontwikkelingsperspectief"
        nakk = "Ik/wij ga(an) niet akkoord met het handelingsdeel" if not c.get("adult") or c.get("curatele") else "Ik ga niet akkoord met het handelingsdeel"
        if v in ("signed", "wrongsigner"):
            out += [("check", [(True, akk), (False, nakk)]),
                    ("sig", [(srole, sname, ds, True), (school[0], school[1], dset, True)])]
        elif v == "stated":
            out.append(("p", f"{sname[0].upper() + sname[1:]} heeft/hebben op {dlong(ds)} per e-mail aan "
                             f"{c['coord']} laten weten in te stemmen met het handelingsdeel van dit plan. De e-mail "
                             f"is opgeslagen in het leerlingdossier."))
            out.append(("sig", [(school[0], school[1], dset, True)]))
        elif v == "gezien":
            out += [("p", "Ondertekening ouders (voor gezien):"),
                    ("sig", [(srole + ', voor gezien', sname, ds, True), (school[0], school[1], dset, True)])]
        elif v == "protest":
            out += [("check", [(True, akk), (False, nakk)]),
                    ("sig", [(srole, sname, ds, True), (school[0], school[1], dset, True)]),
                    ("p", "Opmerking ouders bij ondertekening: 'Getekend onder protest. Wij vinden dat er te weinig "
                          "begeleiding wordt ingezet en hebben contact gezocht met een onderwijsconsulent.'")]
        elif v == "refused":
            out += [("check", [(False, akk), (True, nakk)]),
                    ("p", "Toelichting: wij zijn het niet eens met het afbouwen van de ambulante begeleiding en "
                          "het verkorte rooster."),
                    ("sig", [(srole, sname, ds, True), (school[0], school[1], dset, True)])]
        elif v == "partial":
            out += [("check", [(True, akk + " (gedeeltelijk, zie toelichting)"), (False, nakk)]),
                    ("p", "Toelichting: ouders stemmen in met de begeleiding bij plannen en de toetsafspraken, "
                          "maar niet met de time-outvoorziening buiten de klas. Over dat onderdeel volgt een "
                          "nieuw gesprek."),
                    ("sig", [(srole, sname, ds, True), (school[0], school[1], dset, True)])]
        elif v == "school_only":
            out += [("check", [(False, akk), (False, nakk)]),
                    ("sig", [(srole, sname, None, False), (school[0], school[1], dset, True)])]
        elif v == "blank":
            out += [("check", [(False, akk), (False, nakk)]),
                    ("sig", [(srole, sname, None, False), (school[0], school[1], None, False)])]
        elif v == "unticked":
            out += [("check", [(False, akk), (False, nakk)]),
                    ("sig", [(srole, sname, ds, True), (school[0], school[1], dset, True)])]
        elif v == "nodate":
            out += [("check", [(True, akk), (False, nakk)]),
                    ("sig", [(srole, sname, None, True), (school[0], school[1], None, True)])]
        elif v == "avg_only":
            out = [(level, "Toestemming ouders")] if title else []
            out += [("check", [(True, "Wij geven toestemming om gegevens van ons kind te delen met het "
                                     "samenwerkingsverband en de jeugdarts (AVG)."),
                               (True, "Wij geven toestemming voor het gebruik van foto's van ons kind in de "
                                      "schoolgids en op de website.")]),
                    ("sig", [(srole, sname, ds, True)])]
        return out


def header_kv(b, extra=()):
    c = b.c
    rows = [["Naam leerling", c["full"]], ["Geboortedatum", dshort(c["birth"])],
            ["School", f"{c['school']}, {c['place']}"], ["Groep / klas", c["grp"]],
            ["Schooljaar", c["sj"]]]
    if c.get("adult"):
        rows.append(["Leeftijd", f"{c['age']} jaar (meerderjarig)"])
    if c.get("curatele"):
        rows.append(["Wettelijk vertegenwoordiger", f"{c['curator']}, curator (onder curatele gesteld door de "
                                                     f"kantonrechter; ook voor beslissingen over onderwijs)"])
    elif c.get("adult"):
        rows.append(["Handelingsbekwaam", f"ja; {c['N']} is zelf partij bij dit plan"])
    else:
        rows.append(["Ouders / verzorgers", c["parents"]])
    rows.append([C.role(c, "teacher").capitalize(), c["teacher"]])
    rows.append([C.role(c, "coord").capitalize(), c["coord"]])
    rows += [list(x) for x in extra]
    return ("table", None, rows, [0.32, 0.68])


# =========================================================== layouts

def L_swv_abcd(b):
    """Samenwerkingsverband PO format with Onderdeel A-D (like many SWV Word formats)."""
    c = b.c
    out = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", f"Format {c['swv']} – versie 2025"),
           ("h1", "Onderdeel A – Gegevens leerling en school"), header_kv(b)]
    out += [("h1", "Onderdeel B – Analyse")]
    bel, bev = b.items("belemmerende_factoren"), b.items("bevorderende_factoren")
    if bel is not None or bev is not None:
        out.append(("h2", "Bevorderende en belemmerende factoren"))
        if b.v("belemmerende_factoren") == "instr":
            out.append(("i", C.INSTR["belemmerende_factoren"]))
            bel = []
        if b.v("bevorderende_factoren") == "instr":
            out.append(("i", C.INSTR["bevorderende_factoren"]))
            bev = []
        hdr = ["Domein"] + (["Bevorderend"] if bev is not None else []) + (["Belemmerend"] if bel is not None else [])
        rows = []
        for i, d in enumerate(C.DOMAINS):
            r = [d]
            for lst in ([bev] if bev is not None else []) + ([bel] if bel is not None else []):
                r.append(lst[i] if len(lst) == 4 else (lst[0] if (lst and i == 0) else ""))
            rows.append(r)
        out.append(("table", hdr, rows, None))
    out += b.blocks("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften", mode="ul")
    out += b.blocks("adviezen_professionals", "Adviezen externe deskundigen")
    out += [("h1", "Onderdeel C – Ontwikkelingsperspectief")]
    out.append(b.kv([("Te verwachten uitstroombestemming", "uitstroombestemming"),
                     ("Onderbouwing", "onderbouwing")]))
    out += b.blocks("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma")
    out += b.blocks("doelen", "Doelen voor de komende periode", mode="ul")
    out += [("h2", "Handelingsdeel: te bieden ondersteuning")] + b.blocks("ondersteuning", None, mode="table")
    out += b.blocks("evaluatie", "Evaluatie")
    out += b.blocks("oogo", "Op overeenstemming gericht overleg met ouders")
    out += b.blocks("inbreng_leerling", "Inbreng van de leerling")
    out += b.consent("form", "Ondertekening handelingsdeel (instemming)")
    out += b.blocks("vaststelling", "Vaststelling")
    out += b.blocks("informatie_rechten", "Niet eens met dit plan?")
    if c.get("with_d"):
        out += [("h1", "Onderdeel D – Arrangement"),
                ("p", f"Arrangement toegekend door {c['swv']} voor de periode {c['sj']}: ambulante begeleiding "
                      f"(40 uur) en middelen voor remedial teaching.")]
    return out


def L_vo_twopart(b):
    """VO: Deel 1 perspectief (OOGO) and Deel 2 handelingsdeel (instemming), numbered sections."""
    c = b.c
    out = [("title", f"Ontwikkelingsperspectief – {c['school']}"),
           ("sub", f"Deel 1: perspectiefdeel (op overeenstemming gericht overleg) · Deel 2: handelingsdeel (instemming)"),
           ("h1", "1. Gegevens"), header_kv(b)]
    out += [("h1", "DEEL 1 – PERSPECTIEF")]
    out += b.blocks("uitstroombestemming", "2.1 Verwachte uitstroombestemming")
    out += b.blocks("onderbouwing", "2.2 Onderbouwing")
    out += [("h2", "3. Factoren")]
    out += b.blocks("belemmerende_factoren", "3.1 Belemmerende factoren", level="h2", mode="ul")
    out += b.blocks("bevorderende_factoren", "3.2 Bevorderende factoren", level="h2", mode="ul")
    out += b.blocks("ondersteuningsbehoefte", "4. Onderwijs- en ondersteuningsbehoeften", mode="ul")
    out += b.blocks("adviezen_professionals", "5. Adviezen van deskundigen")
    out += b.blocks("oogo", "6. Overleg met ouders en leerling")
    out += [("pb",), ("h1", "DEEL 2 – HANDELINGSDEEL")]
    out += b.blocks("doelen", "7. Doelen", mode="ul")
    out += b.blocks("ondersteuning", "8. Ondersteuning en begeleiding", mode="table")
    out += b.blocks("afwijkingen_onderwijsprogramma", "9. Afwijkingen van het onderwijsprogramma")
    out += b.blocks("inbreng_leerling", "10. Wat vindt de leerling?")
    out += b.blocks("evaluatie", "11. Evaluatie")
    out += b.consent("form", "12. Instemming handelingsdeel")
    out += b.blocks("vaststelling", "13. Vaststelling")
    out += b.blocks("informatie_rechten", "Informatie voor ouders")
    return out


def L_domain_table(b):
    """Table per domain with belemmerend / bevorderend / onderwijsbehoefte columns."""
    c = b.c
    out = [("title", "OPP – ontwikkelingsperspectiefplan"), ("sub", f"{c['school']} · {c['sj']}"),
           header_kv(b), ("h1", "Beeld van de leerling per domein")]
    cols = [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
            ("ondersteuningsbehoefte", "Onderwijsbehoefte")]
    present_cols = [(el, h) for el, h in cols if not b.absent(el)]
    for el, h in present_cols:
        if b.v(el) == "instr":
            out.append(("i", f"{h}: " + C.INSTR[el]))
    hdr = ["Domein"] + [h for _, h in present_cols]
    rows = []
    for i, d in enumerate(C.DOMAINS):
        r = [d]
        for el, _ in present_cols:
            lst = b.items(el)
            if b.v(el) == "instr":
                lst = []
            if len(lst) == 4:
                r.append(lst[i])
            elif b.v(el) == "ph":
                r.append(lst[0])
            else:
                r.append(lst[0] if (lst and i == 0) else "")
        rows.append(r)
    out.append(("table", hdr, rows, None))
    out.append(("h1", "Perspectief"))
    out.append(b.kv([("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                     ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
                     ("Adviezen deskundigen", "adviezen_professionals")]))
    out.append(("h1", "Handelingsdeel"))
    out += b.blocks("doelen", "Doelen", mode="ul")
    out += b.blocks("ondersteuning", "Aanbod en begeleiding", mode="table")
    out.append(b.kv([("Evaluatie", "evaluatie"), ("Overleg met ouders (OOGO)", "oogo"),
                     ("Inbreng leerling", "inbreng_leerling"), ("Vaststelling", "vaststelling")]))
    out += b.consent("form", "Handtekeningen")
    out += b.blocks("informatie_rechten", "Rechten van ouders")
    return out


def L_groeidoc_export(b):
    """Digital groeidocument, exported from an online system; OPP is chapter 4."""
    c = b.c
    out = [("title", f"Groeidocument {c['full']}"),
           ("sub", f"{c['swv']} · status: vastgesteld · versie 3"),
           ("h1", "1 Gegevens"), header_kv(b, [("Dossiernummer", f"GD-{c['rng'].randint(10000, 99999)}")])]
    out += [("h1", "2 Beeld van de leerling: school en thuis")]
    out += b.blocks("bevorderende_factoren", "2.1 Stimulerende factoren", mode="ul")
    out += b.blocks("belemmerende_factoren", "2.2 Belemmerende factoren", mode="ul")
    out += b.blocks("adviezen_professionals", "2.3 Onderzoek en adviezen van deskundigen")
    out += [("h1", "3 Ondersteuningsbehoeften")] + b.blocks("ondersteuningsbehoefte", None, mode="ul")
    out += [("h1", "4 Ontwikkelingsperspectiefplan")]
    out.append(b.kv([("4.1 Uitstroombestemming", "uitstroombestemming"), ("4.2 Onderbouwing", "onderbouwing"),
                     ("4.3 Afwijkingen programma", "afwijkingen_onderwijsprogramma")]))
    out += b.blocks("doelen", "4.4 Doelen", mode="ul")
    out += b.blocks("ondersteuning", "4.5 Aanbod (handelingsdeel)", mode="table")
    out += b.blocks("evaluatie", "4.6 Evaluatie")
    out += [("h1", "5 Visie van ouders en leerling")]
    out += b.blocks("inbreng_leerling", "5.1 Visie leerling")
    out += b.blocks("oogo", "5.2 Gesprek met ouders")
    out += [("h1", "6 Akkoord en vaststelling")]
    out += b.consent("form", "6.1 Instemming handelingsdeel")
    out += b.blocks("vaststelling", "6.2 Vaststelling")
    out += b.blocks("informatie_rechten", "6.3 Informatie over uw rechten")
    return out


def L_beknopt(b):
    """Short 'beknopt OPP' form: one big two-column table plus tick boxes."""
    c = b.c
    out = [("title", "Beknopt OPP"), ("sub", f"{c['school']} – {c['place']}"), header_kv(b)]
    out.append(b.kv([("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                     ("Belemmerende factoren", "belemmerende_factoren"),
                     ("Bevorderende factoren", "bevorderende_factoren"),
                     ("Onderwijsbehoeften", "ondersteuningsbehoefte"),
                     ("Doelen", "doelen"), ("Ondersteuning (wat/wie/hoe vaak/vanaf)", "ondersteuning"),
                     ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"),
                     ("Adviezen deskundigen", "adviezen_professionals"),
                     ("Mening leerling en wat ermee is gedaan", "inbreng_leerling"),
                     ("Gesprek ouders (datum, wie)", "oogo"), ("Evaluatie", "evaluatie"),
                     ("Vastgesteld (datum, door)", "vaststelling")]))
    out += b.consent("form", "Instemming")
    out += b.blocks("informatie_rechten", "Niet eens?", level="h2")
    return out


def L_questions(b):
    """Plain-language plan with question headings."""
    c = b.c
    N = c["N"]
    out = [("title", f"Het plan van {N}"), ("sub", f"Ontwikkelingsperspectief {c['sj']} · {c['school']}"),
           header_kv(b)]
    out += b.blocks("uitstroombestemming", f"Waar werken we naartoe na deze school?")
    out += b.blocks("onderbouwing", "Waarom verwachten we dat?")
    out += b.blocks("bevorderende_factoren", f"Wat gaat goed en wat helpt {N}?", mode="ul")
    out += b.blocks("belemmerende_factoren", f"Wat maakt het lastig?", mode="ul")
    out += b.blocks("ondersteuningsbehoefte", f"Wat heeft {N} nodig?", mode="ul")
    out += b.blocks("doelen", "Wat willen we bereiken?", mode="ul")
    out += b.blocks("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?", mode="table")
    out += b.blocks("afwijkingen_onderwijsprogramma", f"Volgt {N} het gewone programma?")
    out += b.blocks("adviezen_professionals", "Wat zeggen deskundigen en wat doen we daarmee?")
    out += b.blocks("inbreng_leerling", f"Wat vindt {N} zelf?")
    out += b.blocks("oogo", "Hoe hebben we dit plan met u besproken?")
    out += b.blocks("evaluatie", "Wanneer kijken we samen terug?")
    out += b.consent("form", "Gaat u akkoord met wat we gaan doen?")
    out += b.blocks("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")
    out += b.blocks("vaststelling", "Wie heeft dit plan vastgesteld?")
    return out


def L_letter(b):
    """Letter to the parents with the plan in running prose and a reply slip."""
    c = b.c
    N = c["N"]
    adult = c.get("adult") and not c.get("curatele")
    to = f"Aan {c['full']}" if adult else (f"Aan {c['curator']}, curator van {c['full']}" if c.get("curatele") else f"Aan de ouders/verzorgers van {c['full']}")
    out = [("title", c["school"]), ("sub", f"{c['place']}, {dlong(c['d_set'])}"),
           ("p", to), ("p", f"Betreft: ontwikkelingsperspectiefplan {c['sj']}"),
           ("p", "Beste " + (N if adult else "ouders/verzorgers") + ","),
           ("p", f"Met deze brief ontvangt u het ontwikkelingsperspectief (OPP) van {N}. Hieronder leest u wat "
                 f"we verwachten, waarom, en welke extra ondersteuning de school biedt.")]

    def para(el, lead):
        t = b.text(el)
        if t is None:
            return []
        v = b.v(el)
        if v == "instr":
            return [("i", t)]
        if v == "empty":
            return [("p", lead)]
        if el in LISTY and v in ("ok", "vague"):
            return [("p", lead), ("ul", b.items(el))]
        return [("p", f"{lead} {t}")]

    out += para("uitstroombestemming", "Wij verwachten dat de uitstroombestemming van " + N + " wordt:")
    out += para("onderbouwing", "Waarom denken wij dat?")
    out += para("bevorderende_factoren", f"Wat helpt {N}:")
    out += para("belemmerende_factoren", f"Wat {N} belemmert:")
    out += para("ondersteuningsbehoefte", f"Wat {N} nodig heeft:")
    out += para("adviezen_professionals", "Adviezen van deskundigen:")
    out += para("doelen", "De doelen voor de komende periode:")
    t = b.text("ondersteuning")
    if t is not None:
        if b.v("ondersteuning") == "ok":
            out += [("p", "De school biedt de volgende ondersteuning (handelingsdeel):"),
                    ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in C.ondersteuning_rows(c)], None)]
        else:
            out += para("ondersteuning", "De school biedt de volgende ondersteuning (handelingsdeel):")
    out += para("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma:")
    out += para("inbreng_leerling", f"Wat {N} zelf vindt:")
    out += para("oogo", "Ons gesprek:")
    out += para("evaluatie", "Evaluatie:")
    out += para("informatie_rechten", "Uw rechten:")
    out += para("vaststelling", "Vaststelling:")
    out += [("p", "Met vriendelijke groet,"), ("p", f"{c['coord']}, {C.role(c,'coord')}")]
    out += [("pb",)] + b.consent("letter", "Strookje retour – instemming handelingsdeel")
    return out


def L_prose(b):
    """Long narrative report written by a behavioural scientist."""
    c = b.c
    N = c["N"]
    out = [("title", f"Ontwikkelingsperspectief {N} {c['last']}"),
           ("sub", f"{c['school']}, {c['place']} – opgesteld door {c['expert']}, {C.role(c,'expert')}"),
           ("h1", "Aanleiding"),
           ("p", f"{N} ({dshort(c['birth'])}) zit in {c['grp']}. Omdat {N} meer ondersteuning nodig heeft dan de "
                 f"basisondersteuning, is dit ontwikkelingsperspectief opgesteld. Het bouwt voort op de "
                 f"gesprekken van het afgelopen jaar en op het dossier.")]
    out.append(("h1", "Beeld van " + N))
    for el, lead in [("bevorderende_factoren", f"Er is veel dat {N} helpt."),
                     ("belemmerende_factoren", "Tegelijk zijn er factoren die het leren belemmeren."),
                     ("ondersteuningsbehoefte", f"Wat heeft {N} dan nodig?")]:
        t = b.text(el)
        if t is None:
            continue
        if b.v(el) == "instr":
            out.append(("i", t))
        else:
            out.append(("p", (lead + " " + t).strip()))
    out += b.blocks("adviezen_professionals", "Onderzoek en adviezen")
    out.append(("h1", "Perspectief"))
    for el, lead in [("uitstroombestemming", "De verwachte uitstroombestemming is:"),
                     ("onderbouwing", "Wij onderbouwen dit als volgt."),
                     ("afwijkingen_onderwijsprogramma", "Over het programma:")]:
        t = b.text(el)
        if t is None:
            continue
        out.append(("i", t) if b.v(el) == "instr" else ("p", f"{lead} {t}"))
    out.append(("h1", "Aanpak"))
    out += b.blocks("doelen", "Doelen", mode="p")
    out += b.blocks("ondersteuning", "Ondersteuning", mode="p")
    out += b.blocks("inbreng_leerling", f"De stem van {N}")
    out += b.blocks("oogo", "Overleg")
    out += b.blocks("evaluatie", "Evaluatie")
    out += b.blocks("vaststelling", "Vaststelling")
    out += b.consent("form", "Instemming handelingsdeel")
    out += b.blocks("informatie_rechten", "Uw rechten")
    return out


def L_vso_profile(b):
    """(V)SO school format with uitstroomprofiel tick boxes and CvB advice."""
    c = b.c
    t = c["type"]
    out = [("title", "Ontwikkelingsperspectief (OPP) " + ("VSO" if t == "vso" else "SO")),
           ("sub", f"{c['school']} · {c['place']} · schooljaar {c['sj']}"), header_kv(b)]
    out.append(("h1", "A. Uitstroomprofiel"))
    v = b.v("uitstroombestemming")
    if not b.absent("uitstroombestemming"):
        if t == "vso":
            prof = C.vso_profile(c) if v == "ok" else None
            out.append(("check", [(prof == "vervolgonderwijs", "Vervolgonderwijs"),
                                  (prof == "arbeidsmarktgericht", "Arbeidsmarktgericht"),
                                  (prof == "dagbesteding", "Dagbesteding")]))
        else:
            u = C.uitstroom(c) if v == "ok" else ""
            out.append(("check", [("vso" in u, "Voortgezet speciaal onderwijs"),
                                  ("vmbo" in u, "Regulier vo (vmbo)"), (False, "Praktijkonderwijs"),
                                  (False, "Speciaal basisonderwijs")]))
        out += b.blocks("uitstroombestemming", "Omschrijving uitstroombestemming", level="h2")
    out += b.blocks("onderbouwing", "Onderbouwing")
    out.append(("h1", "B. Leerling in beeld"))
    out += b.blocks("belemmerende_factoren", "Belemmerende factoren", mode="ul")
    out += b.blocks("bevorderende_factoren", "Beschermende / bevorderende factoren", mode="ul")
    out += b.blocks("ondersteuningsbehoefte", "Onderwijsbehoeften", mode="ul")
    out += b.blocks("adviezen_professionals", "Advies commissie voor de begeleiding en andere deskundigen")
    out.append(("h1", "C. Handelingsdeel"))
    out += b.blocks("doelen", "Doelen (leerlijnen, stage, zelfredzaamheid)", mode="ul")
    out += b.blocks("ondersteuning", "Ondersteuning en begeleiding", mode="table")
    out += b.blocks("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma")
    out.append(("h1", "D. Overleg, inbreng en instemming"))
    out += b.blocks("oogo", "Op overeenstemming gericht overleg")
    out += b.blocks("inbreng_leerling", "Inbreng van de leerling")
    out += b.blocks("evaluatie", "Evaluatie")
    out += b.consent("form", "Instemming handelingsdeel")
    out += b.blocks("vaststelling", "Vaststelling")
    out += b.blocks("informatie_rechten", "Informatie over rechten")
    return out


def L_pro_iop(b):
    """Praktijkonderwijs: individueel ontwikkelingsplan that doubles as OPP; pupil-centred wording."""
    c = b.c
    N = c["N"]
    out = [("title", "IOP / OPP Praktijkonderwijs"), ("sub", f"{c['school']} · {c['sj']}"), header_kv(b)]
    out.append(("h1", "1. Mijn toekomst"))
    out.append(b.kv([("Uitstroomprofiel", "uitstroombestemming"), ("Waarom dit profiel?", "onderbouwing")]))
    out.append(("h1", "2. Wie ben ik?"))
    out += b.blocks("bevorderende_factoren", "Wat ik goed kan", mode="ul")
    out += b.blocks("belemmerende_factoren", "Wat ik moeilijk vind", mode="ul")
    out += b.blocks("ondersteuningsbehoefte", "Wat ik nodig heb", mode="ul")
    out.append(("h1", "3. Mijn doelen en begeleiding"))
    out += b.blocks("doelen", "Mijn doelen dit jaar", mode="ul")
    out += b.blocks("ondersteuning", "Begeleiding op school en op stage", mode="table")
    out += b.blocks("afwijkingen_onderwijsprogramma", "Rooster en programma")
    out += b.blocks("adviezen_professionals", "Adviezen (orthopedagoog, jeugdarts, anderen)")
    out.append(("h1", "4. Afspraken"))
    out += b.blocks("inbreng_leerling", "Wat ik zelf heb ingebracht")
    out += b.blocks("oogo", "Gesprek met ouders")
    out += b.blocks("evaluatie", "Evaluatie")
    out += b.blocks("vaststelling", "Vastgesteld")
    out += b.consent("form", "Handtekeningen (instemming handelingsdeel)")
    out += b.blocks("informatie_rechten", "Niet eens met het plan?")
    return out


def L_bullets(b):
    """Terse notes, bullet lists (plain text / markdown as mailed by a coordinator)."""
    c = b.c
    out = [("title", f"OPP {c['full']} – {c['grp']} – sj {c['sj']}"),
           ("p", f"School: {c['school']} ({c['place']}). Ouders: {c['parents'] if not c.get('adult') else '-'}. "
                 f"Mentor/lk: {c['teacher']}. Coörd.: {c['coord']}.")]
    for el, h in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Onderbouwing"),
                  ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
                  ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
                  ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak/vanaf)"),
                  ("afwijkingen_onderwijsprogramma", "Afwijkingen"), ("adviezen_professionals", "Adviezen"),
                  ("inbreng_leerling", "Leerling zelf"), ("oogo", "OOGO"), ("evaluatie", "Evaluatie"),
                  ("vaststelling", "Vastgesteld"), ("informatie_rechten", "Rechten ouders")]:
        if b.absent(el):
            continue
        out.append(("h2", h))
        if b.v(el) == "empty":
            continue
        if el == "ondersteuning" and b.v(el) == "ok":
            out.append(("ul", [f"{a} – {w} – {f} – vanaf {d}" for a, w, f, d in C.ondersteuning_rows(c)]))
        elif el in LISTY and b.v(el) in ("ok", "vague"):
            out.append(("ul", b.items(el)))
        else:
            out.append(("ul", [b.text(el)]))
    out += b.consent("form", "Instemming")
    return out


# ---------------------------------------------------------- non-OPPs

def L_leaflet(c):
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
            ("sub", f"Informatie voor ouders – {c['swv']}"),
            ("h2", "Voor wie?"),
            ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een "
                  "ontwikkelingsperspectiefplan. Ook alle leerlingen in het speciaal onderwijs en het "
                  "praktijkonderwijs hebben een OPP."),
            ("h2", "Wat staat erin?"),
            ("ul", ["de verwachte uitstroombestemming van uw kind en waarom de school dat verwacht;",
                    "wat uw kind helpt en wat het lastig maakt (bevorderende en belemmerende factoren);",
                    "de ondersteuning die de school biedt: wat, door wie en hoe vaak (het handelingsdeel);",
                    "eventuele afwijkingen van het gewone programma;",
                    "wanneer het plan met u en uw kind wordt geëvalueerd."]),
            ("h2", "Wat is uw rol?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Met het handelingsdeel moet u "
                  "instemmen. Sinds 1 augustus 2025 moet de school ook uw kind zelf horen en in het plan zetten "
                  "wat uw kind ervan vindt."),
            ("h2", "Niet eens?"),
            ("p", "Bespreek het eerst met de school. Het ouder- en jeugdsteunpunt en de onderwijsconsulenten helpen "
                  "gratis. U kunt ook naar de Geschillencommissie passend onderwijs."),
            ("p", f"Vragen? Bel het ouder- en jeugdsteunpunt van {c['swv']}, 0{c['rng'].randint(100,999)}-"
                  f"{c['rng'].randint(100000,999999)}, of kijk op onze website.")]


def L_newsletter(c):
    return [("title", f"Nieuwsbrief {c['school']}"), ("sub", f"Nummer 4 · {dlong(c['d_set'])}"),
            ("h2", "Van de directie"),
            ("p", "Wat fijn dat zoveel ouders op de informatieavond waren! De herfstvakantie staat voor de deur."),
            ("h2", "Zorg en ondersteuning"),
            ("p", f"Onze intern begeleider {c['coord']} houdt in november weer OPP-gesprekken met ouders van "
                  f"leerlingen die extra ondersteuning krijgen. U ontvangt daarvoor een uitnodiging. Sinds dit "
                  f"schooljaar praten de kinderen zelf ook mee over hun plan."),
            ("h2", "Agenda"),
            ("table", ["Datum", "Activiteit"], [["14 november", "Studiedag – alle leerlingen vrij"],
                                                ["5 december", "Sinterklaasviering, school uit om 12.00 uur"],
                                                ["19 december", "Kerstdiner"]], [0.3, 0.7]),
            ("h2", "Luizencontrole"),
            ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u geen gel in het haar doen?")]


def L_blank(c):
    rows = [[lab, ""] for lab in ["Naam leerling", "Geboortedatum", "School", "Groep / klas", "Ouders / verzorgers"]]
    out = [("title", "Format ontwikkelingsperspectiefplan (OPP)"), ("sub", f"{c['swv']} – leeg format, versie 2025-2026"),
           ("i", "Instructie: vul alle grijze velden in. Verwijder deze instructieteksten voordat u het OPP met ouders bespreekt."),
           ("table", None, rows, [0.32, 0.68])]
    for el, h in [("uitstroombestemming", "1. Uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
                  ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "5. Onderwijsbehoeften"), ("doelen", "6. Doelen"),
                  ("ondersteuning", "7. Ondersteuning (handelingsdeel)"),
                  ("afwijkingen_onderwijsprogramma", "8. Afwijkingen van het programma"),
                  ("adviezen_professionals", "9. Adviezen deskundigen"), ("inbreng_leerling", "10. Inbreng leerling"),
                  ("oogo", "11. Overleg met ouders"), ("evaluatie", "12. Evaluatie"),
                  ("vaststelling", "13. Vaststelling")]:
        out += [("h2", h), ("i", C.INSTR[el])]
    out += [("h2", "14. Instemming handelingsdeel"),
            ("check", [(False, "Ouders gaan akkoord met het handelingsdeel"), (False, "Ouders gaan niet akkoord")]),
            ("sig", [("ouder(s)/verzorger(s)", "", None, False), ("directeur", "", None, False)])]
    return out


LAYOUTS = {"swv-onderdelen-abcd": L_swv_abcd, "vo-perspectief-handelingsdeel": L_vo_twopart,
           "domeintabel": L_domain_table, "groeidocument-export": L_groeidoc_export,
           "beknopt-opp-formulier": L_beknopt, "vraagkoppen": L_questions, "brief-aan-ouders": L_letter,
           "verhalend-verslag": L_prose, "so-vso-profielformat": L_vso_profile, "pro-iop": L_pro_iop,
           "notities-opsomming": L_bullets}
NONOPP = {"folder-ouders": L_leaflet, "nieuwsbrief": L_newsletter, "leeg-format": L_blank}
