# -*- coding: utf-8 -*-
"""Layouts: each turns a document spec into a list of blocks (an intermediate form that the
backends in gen_render.py write to DOCX, PDF, TXT)."""
from gen_content import content, consent, avg_block, lang, kort, ELEMENTS


def factor_blocks(blocks, table=False):
    out = []
    for b in blocks:
        if b[0] == "factors":
            rows = b[1]
            out.append(("bullets", [f"{d}: {t}" if t else f"{d}:" for d, t in rows]))
        else:
            out.append(b)
    return out


class Ctx:
    def __init__(self, spec):
        self.s = spec
        self.p = spec["p"]
        self.V = spec["V"]
        self.L = spec["layout"]
        self.unclear = False

    def E(self, el):
        v = self.V[el]
        if el == "instemming_ouders":
            b, u = consent(v, self.p, self.L)
            self.unclear = self.unclear or u
            return b
        return factor_blocks(content(el, v, self.p, self.L))

    def has(self, el):
        return self.V[el] not in ("absent", "silent", "avg_only")

    def sec(self, out, level, title, el):
        if not self.has(el):
            return
        out.append(("h%d" % level, title))
        out.extend(self.E(el))


def meta_rows(c, with_date=True):
    p = c.p
    rows = [("Naam leerling", p.naam), ("Geboortedatum", kort(p.birth)), ("School", f"{p.school}, {p.place}"),
            ("Groep/klas" if p.st in ("po", "sbo", "so") else "Klas/leerjaar", p.klas), ("Schooljaar", p.schooljaar),
            (p.lkrol.capitalize(), p.lk), (p.ibrol.capitalize(), p.ib)]
    if with_date and c.V["vaststelling"] == "ok":
        rows.append(("Datum OPP", kort(p.vast)))
    return rows


# ------------------------------------------------------------------ L1 numbered SWV format
def L1(c):
    p = c.p
    o = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", p.swv), ("kv", meta_rows(c))]
    o.append(("h1", "1. Belemmerende en bevorderende factoren"))
    c.sec(o, 2, "1.1 Belemmerende factoren", "belemmerende_factoren")
    c.sec(o, 2, "1.2 Bevorderende factoren", "bevorderende_factoren")
    c.sec(o, 1, "2. Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte")
    c.sec(o, 1, "3. Adviezen van deskundigen", "adviezen_professionals")
    o.append(("h1", "4. Uitstroomperspectief"))
    c.sec(o, 2, "4.1 Te verwachten uitstroombestemming", "uitstroombestemming")
    c.sec(o, 2, "4.2 Onderbouwing", "onderbouwing")
    c.sec(o, 1, "5. Doelen voor de komende periode", "doelen")
    o.append(("h1", "6. Handelingsdeel"))
    c.sec(o, 2, "6.1 Ondersteuning en begeleiding", "ondersteuning")
    c.sec(o, 2, "6.2 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")
    c.sec(o, 1, "7. Inbreng van de leerling", "inbreng_leerling")
    c.sec(o, 1, "8. Overleg met ouders", "oogo")
    c.sec(o, 1, "9. Evaluatie", "evaluatie")
    o.append(("h1", "10. Vaststelling en ondertekening"))
    c.sec(o, 2, "Vaststelling", "vaststelling")
    c.sec(o, 2, "Uw rechten als ouder", "informatie_rechten")
    c.sec(o, 2, "Instemming ouders met het handelingsdeel", "instemming_ouders")
    if c.V["instemming_ouders"] == "avg_only" or c.s.get("avg"):
        o.append(("h2", "Overige toestemmingen"))
        o.extend(avg_block(p))
    o.append(("footer", f"OPP-format {p.swv.split('(')[0].strip()} – versie 2024.2"))
    return o


# ------------------------------------------------------------------ L2 beknopt OPP (2-col table)
def L2(c):
    p = c.p
    o = [("title", "Beknopt OPP"), ("sub", f"{p.school} – {p.swv}")]
    rows = [("Naam leerling", [("p", p.naam)]), ("Geboortedatum", [("p", kort(p.birth))]),
            ("Groep/klas", [("p", p.klas)])]
    order = [("Belemmerende factoren", "belemmerende_factoren"), ("Stimulerende factoren", "bevorderende_factoren"),
             ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Uitstroombestemming", "uitstroombestemming"),
             ("Onderbouwing uitstroom", "onderbouwing"), ("Doelen (SMART)", "doelen"),
             ("Ondersteuning: wat, wie, hoe vaak", "ondersteuning"),
             ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma"),
             ("Adviezen externen", "adviezen_professionals"), ("Mening van de leerling", "inbreng_leerling"),
             ("Gesprek met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")]
    for lab, el in order:
        if c.has(el):
            rows.append((lab, c.E(el)))
    o.append(("formtable", rows))
    c.sec(o, 2, "Instemming handelingsdeel", "instemming_ouders")
    if c.V["instemming_ouders"] == "avg_only" or c.s.get("avg"):
        o.extend(avg_block(p))
    c.sec(o, 2, "Niet eens?", "informatie_rechten")
    return o


# ------------------------------------------------------------------ L3 domain table (pdf direct)
def L3(c):
    p = c.p
    o = [("title", f"OPP {p.naam}"), ("sub", f"{p.school} · {p.place} · ontwikkelingsperspectief {p.schooljaar}"),
         ("kv", meta_rows(c))]
    o.append(("h1", "Factoren per domein"))
    vb, vf = c.V["belemmerende_factoren"], c.V["bevorderende_factoren"]
    from gen_content import content as C
    b = C("belemmerende_factoren", vb, p, "L3")
    f = C("bevorderende_factoren", vf, p, "L3")
    if b and b[0][0] == "factors" and f and f[0][0] == "factors":
        rows = [(d, t1, t2) for (d, t1), (_, t2) in zip(b[0][1], f[0][1])]
        o.append(("table", ["Domein", "Belemmerend", "Bevorderend"], rows))
    else:
        o.append(("h2", "Belemmerend")); o.extend(factor_blocks(b))
        o.append(("h2", "Bevorderend")); o.extend(factor_blocks(f))
    c.sec(o, 1, "Onderwijsbehoeften", "ondersteuningsbehoefte")
    o.append(("h1", "Perspectief"))
    c.sec(o, 2, "Uitstroombestemming", "uitstroombestemming")
    c.sec(o, 2, "Onderbouwing", "onderbouwing")
    c.sec(o, 1, "Doelen", "doelen")
    c.sec(o, 1, "Ondersteuning (handelingsdeel)", "ondersteuning")
    c.sec(o, 1, "Aanpassingen in het programma", "afwijkingen_onderwijsprogramma")
    c.sec(o, 1, "Deskundigen", "adviezen_professionals")
    c.sec(o, 1, "De stem van de leerling", "inbreng_leerling")
    c.sec(o, 1, "Afstemming met ouders", "oogo")
    c.sec(o, 1, "Evaluatiemomenten", "evaluatie")
    c.sec(o, 1, "Vaststelling", "vaststelling")
    c.sec(o, 1, "Ondertekening handelingsdeel", "instemming_ouders")
    c.sec(o, 1, "Bezwaar en geschillen", "informatie_rechten")
    return o


# ------------------------------------------------------------------ L4 groeidocument, OPP as chapter
def L4(c):
    p = c.p
    o = [("title", "Groeidocument"), ("sub", f"{p.naam} – {p.school} – {p.swv}"), ("kv", meta_rows(c))]
    o.append(("h1", "1. Schoolloopbaan"))
    o.append(("p", f"{p.first} zit sinds {p.vast.year - 3} op {p.school}. Eerdere school: basisschool in {p.place}. "
                   f"Er is sinds {p.vast.year - 2} een groepsplan met extra aandacht voor lezen."))
    o.append(("h1", "2. Gezinssituatie en hulpverlening"))
    o.append(("p", f"{p.first} woont met moeder en een jongere broer in {p.place}. Er is contact met het wijkteam."))
    o.append(("h1", "3. Hulpvraag"))
    o.append(("p", f"Hoe kunnen we {p.first} zo begeleiden dat {p.hij} tot leren komt en het verwachte niveau haalt?"))
    o.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    c.sec(o, 2, "4.1 Belemmerende factoren", "belemmerende_factoren")
    c.sec(o, 2, "4.2 Beschermende factoren", "bevorderende_factoren")
    c.sec(o, 2, "4.3 Onderwijsbehoeften", "ondersteuningsbehoefte")
    c.sec(o, 2, "4.4 Te verwachten uitstroombestemming", "uitstroombestemming")
    c.sec(o, 2, "4.5 Onderbouwing", "onderbouwing")
    c.sec(o, 2, "4.6 Doelen", "doelen")
    c.sec(o, 2, "4.7 Adviezen betrokken deskundigen", "adviezen_professionals")
    o.append(("h1", "5. Handelingsdeel"))
    c.sec(o, 2, "5.1 Arrangement: ondersteuning en begeleiding", "ondersteuning")
    c.sec(o, 2, "5.2 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")
    o.append(("h1", "6. Ouders en leerling"))
    c.sec(o, 2, "6.1 Op overeenstemming gericht overleg", "oogo")
    c.sec(o, 2, "6.2 Gesprek met de leerling", "inbreng_leerling")
    o.append(("h1", "7. Evaluatie, vaststelling en instemming"))
    c.sec(o, 2, "7.1 Evaluatie", "evaluatie")
    c.sec(o, 2, "7.2 Vaststelling", "vaststelling")
    c.sec(o, 2, "7.3 Instemming met het handelingsdeel", "instemming_ouders")
    c.sec(o, 2, "7.4 Informatie over uw rechten", "informatie_rechten")
    if c.V["instemming_ouders"] == "avg_only" or c.s.get("avg"):
        o.append(("h2", "7.5 Toestemming gegevensdeling"))
        o.extend(avg_block(p))
    return o


# ------------------------------------------------------------------ L5 question headings
def L5(c):
    p = c.p
    n = p.first
    o = [("title", f"Ontwikkelingsperspectief van {n}"), ("sub", f"{p.school} ({p.place}) – schooljaar {p.schooljaar}"),
         ("kv", meta_rows(c))]
    c.sec(o, 1, f"Waar gaat {n} na deze school naartoe?", "uitstroombestemming")
    c.sec(o, 1, "Waarom denken we dat?", "onderbouwing")
    c.sec(o, 1, f"Wat maakt het leren moeilijk voor {n}?", "belemmerende_factoren")
    c.sec(o, 1, f"Wat helpt {n}? Waar is {p.hij} goed in?", "bevorderende_factoren")
    c.sec(o, 1, f"Wat heeft {n} nodig?", "ondersteuningsbehoefte")
    c.sec(o, 1, "Wat doen we extra, wie doet het en hoe vaak?", "ondersteuning")
    c.sec(o, 1, "Wijkt het lesprogramma af?", "afwijkingen_onderwijsprogramma")
    c.sec(o, 1, "Wat willen we bereiken, en wanneer?", "doelen")
    c.sec(o, 1, "Wat zeggen de deskundigen?", "adviezen_professionals")
    c.sec(o, 1, f"Wat vindt {n} zelf?", "inbreng_leerling")
    c.sec(o, 1, "Hebben we het plan met u besproken?", "oogo")
    c.sec(o, 1, "Wanneer kijken we samen terug?", "evaluatie")
    c.sec(o, 1, "Wie heeft het plan vastgesteld?", "vaststelling")
    c.sec(o, 1, "Gaat u akkoord met het handelingsdeel?", "instemming_ouders")
    c.sec(o, 1, "Wat kunt u doen als u het niet eens bent?", "informatie_rechten")
    return o


# ------------------------------------------------------------------ L6 letter-style plan
def L6(c):
    p = c.p
    n = p.first
    o = [("letterhead", [p.school, f"Schoolstraat {p.r.randint(2, 90)}", f"{p.r.randint(1000, 9999)} {chr(65+p.r.randint(0,25))}{chr(65+p.r.randint(0,25))} {p.place}"]),
         ("p", f"Aan de ouders/verzorgers van {p.naam}"),
         ("p", f"{p.place}, {lang(p.vast) if c.V['vaststelling'] == 'ok' else 'schooljaar ' + p.schooljaar}"),
         ("p", f"Betreft: ontwikkelingsperspectief (OPP) van {n}, {p.klas}"),
         ("p", "Geachte ouders/verzorgers,"),
         ("p", f"Hierbij ontvangt u het ontwikkelingsperspectief van {n}. In deze brief leest u wat wij verwachten, "
               f"waarom, en welke extra ondersteuning {n} krijgt.")]
    c.sec(o, 2, "Wat verwachten wij na deze school?", "uitstroombestemming")
    c.sec(o, 2, "Waarop baseren we dat?", "onderbouwing")
    c.sec(o, 2, f"Wat {n} belemmert", "belemmerende_factoren")
    c.sec(o, 2, f"Wat {n} helpt", "bevorderende_factoren")
    c.sec(o, 2, f"Wat {n} nodig heeft", "ondersteuningsbehoefte")
    c.sec(o, 2, "Onze ondersteuning", "ondersteuning")
    c.sec(o, 2, "Aanpassingen in het lesprogramma", "afwijkingen_onderwijsprogramma")
    c.sec(o, 2, "De doelen", "doelen")
    c.sec(o, 2, "Adviezen van deskundigen", "adviezen_professionals")
    c.sec(o, 2, f"Wat {n} er zelf van vindt", "inbreng_leerling")
    c.sec(o, 2, "Ons gesprek met u", "oogo")
    c.sec(o, 2, "Evaluatie", "evaluatie")
    c.sec(o, 2, "Uw rechten", "informatie_rechten")
    c.sec(o, 2, "Vaststelling", "vaststelling")
    o.append(("p", "Met vriendelijke groet,"))
    o.append(("p", f"{p.lk}, {p.lkrol}\n{p.ib}, {p.ibrol}"))
    if c.has("instemming_ouders"):
        o.append(("pagebreak",))
        o.append(("h1", f"Antwoordstrook – graag vóór {lang(p.vast.__class__.fromordinal(p.vast.toordinal() + 14))} retour"))
        o.extend(c.E("instemming_ouders"))
    if c.V["instemming_ouders"] == "avg_only" or c.s.get("avg"):
        o.append(("pagebreak",)); o.append(("h1", "Antwoordstrook toestemmingen"))
        o.extend(avg_block(p))
    return o


# ------------------------------------------------------------------ L7 system export
def L7(c):
    p = c.p
    o = [("sysheader", f"LVO Leerlingvolgsysteem  >  {p.school}  >  Leerlingen  >  {p.naam}  >  Ontwikkelingsperspectief"),
         ("title", "Ontwikkelingsperspectief"), ("kv", meta_rows(c) + [("Status", "Definitief" if c.V["vaststelling"] == "ok" else "Concept")])]
    grp = [("Perspectief", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroombestemming", "onderbouwing")]),
           ("Analyse", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                        ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen deskundigen", "adviezen_professionals")]),
           ("Plan", [("Doelen", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"),
                     ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
           ("Betrokkenen", [("Inbreng leerling", "inbreng_leerling"), ("OOGO ouders", "oogo"),
                            ("Instemming handelingsdeel", "instemming_ouders"), ("Informatie rechten ouders", "informatie_rechten")]),
           ("Cyclus", [("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")])]
    for g, items in grp:
        o.append(("h1", g))
        for lab, el in items:
            c.sec(o, 2, lab + ":", el)
    user = p.ib.split()[-1].lower()
    o.append(("footer", f"Afgedrukt op {kort(p.sign)} door {user}@lvo – LVO Leerlingvolgsysteem 7.4 – vertrouwelijk"))
    return o


# ------------------------------------------------------------------ L8 vso/pro transition plan with content controls
def L8(c):
    p = c.p
    o = [("title", "Ontwikkelingsperspectief en transitieplan"), ("sub", f"{p.school} – {p.swv}"), ("kv", meta_rows(c))]
    o.append(("h1", "A. Uitstroomprofiel"))
    c.sec(o, 2, "Verwacht uitstroomprofiel", "uitstroombestemming")
    c.sec(o, 2, "Onderbouwing (leerroute, stage, onderzoek)", "onderbouwing")
    o.append(("h1", "B. Beeld van de leerling"))
    c.sec(o, 2, "Belemmerende factoren", "belemmerende_factoren")
    c.sec(o, 2, "Sterke kanten en bevorderende factoren", "bevorderende_factoren")
    c.sec(o, 2, "Ondersteuningsbehoeften", "ondersteuningsbehoefte")
    c.sec(o, 2, "Advies commissie voor de begeleiding en andere deskundigen", "adviezen_professionals")
    o.append(("h1", "C. Handelingsdeel"))
    c.sec(o, 2, "Doelen dit schooljaar", "doelen")
    c.sec(o, 2, "Begeleiding en ondersteuning", "ondersteuning")
    c.sec(o, 2, "Afwijkingen (leerroute, rooster, vrijstelling)", "afwijkingen_onderwijsprogramma")
    o.append(("h1", "D. Betrokkenheid"))
    c.sec(o, 2, "Wensen en inbreng leerling", "inbreng_leerling")
    c.sec(o, 2, "Overleg met ouders/verzorgers of met de meerderjarige leerling", "oogo")
    c.sec(o, 2, "Evaluatie", "evaluatie")
    o.append(("h1", "E. Vaststelling en instemming"))
    c.sec(o, 2, "Vaststelling", "vaststelling")
    c.sec(o, 2, "Instemming handelingsdeel", "instemming_ouders")
    c.sec(o, 2, "Rechten en geschillen", "informatie_rechten")
    o.append(("footer", "Format OPP VSO/PrO – samenwerkingsverband – pagina-indeling A4"))
    return o


LAYOUTS = {"L1": L1, "L2": L2, "L3": L3, "L4": L4, "L5": L5, "L6": L6, "L7": L7, "L8": L8}
LAYOUT_NAMES = {"L1": "swv-genummerd", "L2": "beknopt-opp-tabel", "L3": "domeintabel", "L4": "groeidocument-hoofdstuk",
                "L5": "vraagkoppen", "L6": "brief-aan-ouders", "L7": "systeemexport-lvo", "L8": "vso-pro-transitieplan",
                "L9": "invulformulier-pdf", "N1": "folder-ouders", "N2": "nieuwsbrief", "N3": "uitnodiging-gesprek",
                "B1": "leeg-format-swv-genummerd", "B2": "leeg-format-vso-transitie"}
