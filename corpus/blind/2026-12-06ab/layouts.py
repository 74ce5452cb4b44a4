# -*- coding: utf-8 -*-
"""Layouts modelled on the structure of public OPP formats (samenwerkingsverband Word format with
onderdelen A-D, digital groeidocument with the OPP as deel 4, praktijkonderwijs OPP-in-IOP, SO/VSO
format with CvB advice and uitstroomprofiel, VO question-heading format, beknopt OPP with a domain
table, letter, LVS export). Wording is paraphrased and every name is invented."""
from content import element_text, ELEMENTS
from consent import consent_blocks


class B:
    def __init__(self, c, modes):
        self.c, self.modes, self.out = c, modes, []
        self.txt = {e: element_text(e, modes[e], c) for e in ELEMENTS if e != "instemming_ouders"}
        if getattr(c, "extra_onderb", None) and self.txt["onderbouwing"]:
            self.txt["onderbouwing"] = self.txt["onderbouwing"] + [c.extra_onderb]

    def t(self, e):
        return self.txt[e]

    def sect(self, heading, e, level="h"):
        x = self.txt[e]
        if x is None:
            return
        self.out.append((level, heading))
        for p in x:
            self.out.append(("p", p))
        if not x:
            self.out.append(("p", ""))

    def kv(self, pairs):
        rows = []
        for label, e in pairs:
            if isinstance(e, tuple):           # literal value
                rows.append((label, e[0]))
                continue
            x = self.txt[e]
            if x is None:
                continue
            rows.append((label, "\n".join(x)))
        if rows:
            self.out.append(("kv", rows))

    def consent(self, title="Instemming handelingsdeel"):
        b = consent_blocks(self.modes["instemming_ouders"], self.c, title)
        if b:
            self.out.extend(b)

    def add(self, *blocks):
        self.out.extend(blocks)


def personalia(c, extra=()):
    if getattr(c, "blank", False):
        return ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Datum", "")])
    rows = [("Naam leerling", c.name), ("Geboortedatum", c.d(c.birth)), ("School", "%s, %s" % (c.school, c.place)), ("Groep/klas", c.group)]
    rows += list(extra)
    if c.revised:
        rows.append(("Bijgesteld", "%s (na evaluatie met ouders en leerling)" % c.d(c.revised)))
    return ("kv", rows)


def L_swv_abcd(c, m):
    b = B(c, m)
    b.add(("title", "Ontwikkelingsperspectief (OPP)"), ("p", "Format %s, versie 2024-1. Onderdeel A en C worden door ouders ondertekend." % c.swv))
    b.add(("h", "Onderdeel A – Gegevens"), personalia(c, [("Intern begeleider", c.ib), ("Datum opstellen", c.d(c.date_set)), ("Schooljaar", c.schoolyear())]))
    b.add(("p", "Ouders hebben kennisgenomen van de gegevens in onderdeel A en B (voor gezien):"),
          ("kv", [("Handtekening ouder (voor gezien)", "" if getattr(c, "blank", False) else "{{SIG}}"), ("Datum", "" if getattr(c, "blank", False) else c.d(c.shift(c.date_set, -2)))]))
    b.add(("h", "Onderdeel B – Analyse en ontwikkelingsperspectief"))
    b.kv([("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
          ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen externe deskundigen", "adviezen_professionals"),
          ("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroombestemming", "onderbouwing")])
    b.add(("h", "Onderdeel C – Handelingsdeel"))
    b.kv([("Doelen komende periode", "doelen"), ("Te bieden ondersteuning en begeleiding", "ondersteuning"),
          ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Inbreng van de leerling", "inbreng_leerling"),
          ("Evaluatie", "evaluatie"), ("Overleg met ouders (OOGO)", "oogo")])
    b.consent("Instemming ouders met onderdeel C")
    b.add(("h", "Onderdeel D – Arrangement (in te vullen door de ondersteuningsmanager)"))
    arr = "" if getattr(c, "blank", False) else "Licht arrangement, 12 weken, %d uur per week begeleiding" % c.rng.choice([2, 3, 4])
    b.kv([("Arrangement", (arr,)),
          ("Informatie voor ouders", "informatie_rechten"), ("Vaststelling", "vaststelling")])
    return b.out, "%s – OPP %s – vertrouwelijk" % (c.school, c.name)


def L_groeidocument(c, m):
    b = B(c, m)
    b.add(("title", "Groeidocument"), ("p", "%s – %s" % (c.swv, c.school)))
    b.add(("h", "Deel 1 – Gegevens van de leerling"), personalia(c, [("Ouder(s)/verzorger(s)", "%s, %s" % (c.mother, c.father)), ("Intern begeleider", c.ib)]))
    b.add(("h", "Deel 2 – Informatie over de leerling, school en thuis"))
    b.sect("Wat gaat goed? (bevorderende factoren)", "bevorderende_factoren", "h2")
    b.sect("Wat is lastig? (belemmerende factoren)", "belemmerende_factoren", "h2")
    b.sect("Hoe denk jij erover? (inbreng van de leerling)", "inbreng_leerling", "h2")
    b.add(("h", "Deel 3 – Ondersteuningsbehoefte"))
    b.sect("Wat heeft de leerling nodig?", "ondersteuningsbehoefte", "h2")
    b.sect("Adviezen van deskundigen", "adviezen_professionals", "h2")
    b.add(("h", "Deel 4 – Ontwikkelingsperspectiefplan"))
    b.kv([("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"), ("Doelen", "doelen"),
          ("Aanbod en begeleiding", "ondersteuning"), ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
          ("Evaluatiemomenten", "evaluatie")])
    b.add(("h", "Afspraken en ondertekening"))
    b.sect("Gesprek met ouders", "oogo", "h2")
    b.consent("Instemming met het handelingsdeel")
    b.sect("Uw rechten als ouder", "informatie_rechten", "h2")
    b.sect("Vaststelling", "vaststelling", "h2")
    return b.out, "Groeidocument %s | export %s | vertrouwelijk" % (c.name, c.d(c.shift(c.date_set, 10)))


def L_pro_iop(c, m):
    b = B(c, m)
    b.add(("title", "Ontwikkelingsperspectief en IOP – Praktijkonderwijs"), personalia(c, [("Mentor", c.mentor), ("Datum", c.d(c.date_set))]))
    x = b.t("uitstroombestemming")
    if x is not None:
        b.add(("h", "1. Uitstroomprofiel"))
        if m["uitstroombestemming"] == "P":
            d = c.dest
            opt = "B" if "regulier" in d or "logistiek" in d else ("C" if "entree" in d.lower() else "B")
            lines = ["%s A: arbeidsmatige dagbesteding / beschut werk" % ("☐"), "%s B: regulier werk" % ("☒" if opt == "B" else "☐"),
                     "%s C: vervolgopleiding (mbo 1/2), eventueel met werk" % ("☒" if opt == "C" else "☐"), "Toelichting: " + d]
            for l in lines:
                b.add(("p", l))
        else:
            for p in x:
                b.add(("p", p))
            if not x:
                b.add(("p", ""))
    b.sect("2. Onderbouwing", "onderbouwing")
    b.add(("h", "3. Factoren"))
    b.kv([("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren")])
    b.sect("4. Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte")
    b.sect("5. Mijn leerdoelen (IOP)", "doelen")
    b.sect("6. Begeleiding op school en in de stage", "ondersteuning")
    b.sect("7. Afwijkingen van het programma", "afwijkingen_onderwijsprogramma")
    b.sect("8. Adviezen van deskundigen", "adviezen_professionals")
    b.sect("9. Mijn mening", "inbreng_leerling")
    b.sect("10. IOP-gesprekken en evaluatie", "evaluatie")
    b.sect("11. Gesprek met ouders", "oogo")
    b.consent("12. Ondertekening handelingsdeel")
    b.sect("Wat als u het niet eens bent?", "informatie_rechten")
    b.sect("Vastgesteld", "vaststelling")
    return b.out, "%s | OPP-IOP | %s" % (c.school, c.schoolyear())


def L_so_vso_cvb(c, m):
    b = B(c, m)
    b.add(("title", "Ontwikkelingsperspectiefplan %s" % ("VSO" if c.stype == "vso" else "SO")),
          personalia(c, [("Leeftijd bij vaststelling", "%d jaar" % c.age), ("Leerroute", c.rng.choice(["leerroute 2", "leerroute 3", "leerroute arbeid"]))] +
                     ([("Juridische status", "meerderjarig, handelingsbekwaam")] if c.adult else []) +
                     ([("Juridische status", "meerderjarig, onder curatele (curator: moeder)")] if c.curatele else [])))
    b.sect("1. Uitstroomprofiel en bestemming", "uitstroombestemming")
    b.sect("2. Onderbouwing", "onderbouwing")
    b.add(("h", "3. Leerlingkenmerken"))
    rows = []
    bel, bev = b.t("belemmerende_factoren"), b.t("bevorderende_factoren")
    hdr = ["Domein"] + (["Belemmerend"] if bel is not None else []) + (["Bevorderend"] if bev is not None else [])
    doms = ["Cognitief / leren", "Sociaal-emotioneel", "Thuis / omgeving"]
    for i, dname in enumerate(doms):
        row = [dname]
        for lst in (bel, bev):
            if lst is None:
                continue
            if len(lst) >= 3:
                row.append(lst[i].lstrip("- "))
            elif i == 0 and lst:
                row.append(" ".join(lst))
            else:
                row.append("")
        rows.append(row)
    if len(hdr) > 1:
        b.add(("grid", hdr, rows))
    b.sect("4. Onderwijsbehoeften", "ondersteuningsbehoefte")
    b.sect("5. Advies Commissie voor de Begeleiding en externe deskundigen", "adviezen_professionals")
    b.sect("6. Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")
    b.sect("7. Doelen", "doelen")
    b.sect("8. Begeleiding en zorg", "ondersteuning")
    b.sect("9. Stem van de leerling", "inbreng_leerling")
    b.sect("10. OPP-gesprek", "oogo")
    b.sect("11. Evaluatie", "evaluatie")
    b.consent("12. Instemming handelingsdeel")
    b.sect("13. Rechten en bezwaar", "informatie_rechten")
    b.sect("14. Vaststelling", "vaststelling")
    return b.out, "%s – ontwikkelingsperspectiefplan – %s" % (c.school, c.name)


def L_vo_vragen(c, m):
    b = B(c, m)
    b.add(("title", "OPP – ontwikkelingsperspectiefplan"), ("p", "%s | %s" % (c.school, c.swv)),
          personalia(c, [("Mentor", c.mentor), ("Zorgcoördinator", c.ib), ("Datum", c.d(c.date_set))]))
    for q, e in [("Waar werken we naartoe?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
                 ("Wat zit in de weg?", "belemmerende_factoren"), ("Wat helpt?", "bevorderende_factoren"),
                 ("Wat heeft deze leerling nodig?", "ondersteuningsbehoefte"), ("Wat gaan we doen, wie doet het en wanneer?", "ondersteuning"),
                 ("Wijkt het programma af?", "afwijkingen_onderwijsprogramma"), ("Welke doelen spreken we af?", "doelen"),
                 ("Wat adviseren deskundigen?", "adviezen_professionals"), ("Wat vindt de leerling zelf, en wat doen we daarmee?", "inbreng_leerling"),
                 ("Hoe is het plan met ouders besproken?", "oogo"), ("Wanneer kijken we samen terug?", "evaluatie")]:
        b.sect(q, e)
    b.consent("Gaat u akkoord met het handelingsdeel?")
    b.sect("Wat als u het niet eens bent?", "informatie_rechten")
    b.sect("Wie heeft het plan vastgesteld?", "vaststelling")
    return b.out, "OPP %s – %s – pagina-opmaak sjabloon VO-2025" % (c.name, c.school)


def L_beknopt(c, m):
    b = B(c, m)
    b.add(("title", "Beknopt OPP"), personalia(c, [("Datum", c.d(c.date_set))]))
    bel, bev = b.t("belemmerende_factoren"), b.t("bevorderende_factoren")
    hdr = ["Domein"] + (["Belemmerend"] if bel is not None else []) + (["Bevorderend"] if bev is not None else [])
    rows = []
    for i, dname in enumerate(["Leren", "Werkhouding / taakaanpak", "Sociaal-emotioneel", "Thuis"]):
        row = [dname]
        for lst in (bel, bev):
            if lst is None:
                continue
            if len(lst) >= 3:
                row.append(lst[i].lstrip("- ") if i < 3 else "")
            elif i == 0 and lst:
                row.append(" ".join(lst))
            else:
                row.append("")
        rows.append(row)
    if len(hdr) > 1:
        b.add(("h", "Factoren per domein"), ("grid", hdr, rows))
    b.add(("h", "Perspectief en aanpak"))
    b.kv([("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"), ("Onderwijsbehoeften", "ondersteuningsbehoefte"),
          ("Ondersteuning (wat/wie/wanneer)", "ondersteuning"), ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"),
          ("Adviezen deskundigen", "adviezen_professionals"), ("Mening leerling", "inbreng_leerling"), ("Besproken met ouders", "oogo"),
          ("Evaluatie", "evaluatie"), ("Rechten ouders", "informatie_rechten"), ("Vastgesteld", "vaststelling")])
    b.consent("Ondertekening")
    return b.out, "Beknopt OPP – %s" % c.school


def L_brief(c, m):
    b = B(c, m)
    b.add(("p", "%s\n%s\n\n%s, %s" % (c.school, c.place, c.place, c.d(c.shift(c.date_set, 1), True))),
          ("p", "Aan de ouders/verzorgers van %s" % c.name if not c.adult else "Aan %s" % c.name),
          ("p", "Betreft: ontwikkelingsperspectief %s" % c.schoolyear()),
          ("p", "Beste %s," % ("ouders/verzorgers" if not c.adult else c.first)),
          ("p", "Hierbij ontvangt u het ontwikkelingsperspectief (OPP) dat wij voor %s hebben opgesteld. Hieronder vatten wij het plan samen." % ("u" if c.adult else c.first)))
    for lab, e in [("Verwachte uitstroom", "uitstroombestemming"), ("Waarom wij dit verwachten", "onderbouwing"),
                   ("Wat het leren moeilijk maakt", "belemmerende_factoren"), ("Wat helpt", "bevorderende_factoren"),
                   ("Wat %s nodig heeft" % c.first, "ondersteuningsbehoefte"), ("De ondersteuning", "ondersteuning"),
                   ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma"), ("De doelen", "doelen"),
                   ("Adviezen van deskundigen", "adviezen_professionals"), ("Wat %s zelf vindt" % c.first, "inbreng_leerling"),
                   ("Ons gesprek", "oogo"), ("Evaluatie", "evaluatie"), ("Uw rechten", "informatie_rechten")]:
        b.sect(lab, e, "h2")
    b.sect("Vaststelling", "vaststelling", "h2")
    b.add(("p", "Met vriendelijke groet,\n\n%s\n%s" % (c.mentor, c.school)))
    b.consent("Antwoordstrook: instemming handelingsdeel")
    return b.out, None


def L_lvs(c, m):
    b = B(c, m)
    sysname = c.rng.choice(["ParnasSys", "Magister", "Somtoday", "ESIS"])
    b.add(("title", "Ontwikkelingsperspectief – %s" % c.name), ("p", "Bron: %s, module Begeleiding > OPP" % sysname),
          ("kv", [("Leerling", c.name), ("Geboortedatum", c.d(c.birth)), ("Groep/klas", c.group), ("School", c.school), ("Datum plan", c.d(c.date_set))]))
    pairs = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"), ("Belemmerende factoren", "belemmerende_factoren"),
             ("Bevorderende factoren", "bevorderende_factoren"), ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Ondersteuning", "ondersteuning"),
             ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"), ("Adviezen externen", "adviezen_professionals"),
             ("Inbreng leerling", "inbreng_leerling"), ("Overleg ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Informatie ouders", "informatie_rechten"),
             ("Vaststelling", "vaststelling")]
    for lab, e in pairs:
        b.sect(lab, e, "h2")
    b.consent("Instemming handelingsdeel")
    return b.out, "Afgedrukt uit %s op %s door %s" % (sysname, c.d(c.shift(c.date_set, 12)), c.ib)


LAYOUTS = {"swv-onderdelen-abcd": L_swv_abcd, "groeidocument-deel4": L_groeidocument, "pro-opp-in-iop": L_pro_iop,
           "so-vso-cvb": L_so_vso_cvb, "vo-vraagkoppen": L_vo_vragen, "beknopt-domeintabel": L_beknopt,
           "brief": L_brief, "lvs-export": L_lvs}
