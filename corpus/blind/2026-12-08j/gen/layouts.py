# -*- coding: utf-8 -*-
"""Layouts: turn a case into abstract blocks. Each layout is modelled on a kind of real public format
(numbered samenwerkingsverband format, two-column Word table, domain table, groeidocument, beknopt OPP,
question headings, letter, LVS export, Onderdeel A-D, vso/pro uitstroomprofiel format, pasted e-mail)."""
from content import S
from elements import body, flat, mode


def pupil_kv(c, keys=None, date_key=True):
    kv = [("Naam leerling", c.full), ("Geboortedatum", c.D(c.birth)), ("School", c.school + ", " + c.place),
          ("Groep / klas", c.groep), ("Schooljaar", c.sy)]
    if c.type in ("po", "sbo", "vo"):
        kv.append(("Samenwerkingsverband", c.swv))
    if c.type in ("vo", "pro", "vso"):
        kv.append(("Mentor", c.mentor))
    else:
        kv.append(("Leerkracht / IB'er", c.mentor + " / " + c.ib))
    if c.get("adult"):
        kv.append(("Bijzonderheden", "%s is %d jaar (meerderjarig, handelingsbekwaam)" % (c.first, c.age)))
    if c.get("curatele"):
        kv.append(("Bijzonderheden", "%s is %d jaar en staat onder curatele (curator: %s)" % (c.first, c.age, c.mother)))
    else:
        kv.append(("Ouders / verzorgers", c.parents))
    if c.get("revised"):
        kv.append(("Eerste vaststelling / bijstelling", "%s / bijgesteld %s" % (c.D(c.first_set), c.D(c.date))))
    return kv


def sec(out, heading, c, eid, level="h1", alt_heading=None):
    b = body(c, eid)
    if b is None:
        return
    if eid == "instemming_ouders" and mode(c, eid) == "avg_only":
        heading = alt_heading or "Toestemming gegevensuitwisseling en beeldmateriaal (AVG)"
    out.append((level, heading))
    out.extend(b)


def factors_by_domain(c, which):
    key = "factors_b" if which == "b" else "factors_p"
    d = {}
    for dom, t in c.P[key]:
        d.setdefault(dom, []).append(S(c, t))
    return d


DOMAINS = [("leren", "Leren en ontwikkeling"), ("werkhouding", "Werkhouding en taakaanpak"),
           ("sociaal", "Sociaal-emotioneel / gedrag"), ("lichamelijk", "Lichamelijk en medisch"),
           ("thuis", "Thuissituatie")]


# 1 -----------------------------------------------------------------------------------------
def swv_numbered(c):
    o = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", c.swv if c.type not in ("so", "vso") else c.board)]
    o.append(("h1", "1. Gegevens leerling"))
    o.append(("kv", pupil_kv(c)))
    n = [2]

    def h(t):
        s = "%d. %s" % (n[0], t)
        n[0] += 1
        return s
    for eid, t in [("uitstroombestemming", "Te verwachten uitstroombestemming"),
                   ("onderbouwing", "Onderbouwing van de uitstroombestemming"),
                   ("belemmerende_factoren", "Belemmerende factoren"),
                   ("bevorderende_factoren", "Bevorderende factoren"),
                   ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"),
                   ("adviezen_professionals", "Adviezen van deskundigen" if c.type not in ("so", "vso") else "Advies commissie voor de begeleiding en andere deskundigen"),
                   ("doelen", "Doelen voor deze periode"),
                   ("ondersteuning", "Handelingsdeel: te bieden ondersteuning en begeleiding"),
                   ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
                   ("inbreng_leerling", "Inbreng van de leerling"),
                   ("oogo", "Overleg met ouders (op overeenstemming gericht overleg)"),
                   ("evaluatie", "Evaluatie"),
                   ("informatie_rechten", "Informatie voor ouders over instemming en geschillen"),
                   ("vaststelling", "Vaststelling"),
                   ("instemming_ouders", "Ondertekening / instemming handelingsdeel")]:
        if body(c, eid) is None:
            continue
        sec(o, h(t), c, eid)
    return dict(blocks=o, footer="OPP %s - %s" % (c.full, c.sy))


# 2 -----------------------------------------------------------------------------------------
def two_column(c):
    o = [("title", "OPP " + c.full), ("sub", c.school + " | " + c.place)]
    rows = [[k, v] for k, v in pupil_kv(c)]
    spec = [("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
            ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen (komende periode)"),
            ("ondersteuning", "Ondersteuning en begeleiding (wat, wie, hoe vaak)"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
            ("adviezen_professionals", "Adviezen externe deskundigen"),
            ("inbreng_leerling", "Wat vindt de leerling?"), ("oogo", "Gesprek met ouders"),
            ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten van ouders"),
            ("vaststelling", "Vastgesteld")]
    for eid, lab in spec:
        b = body(c, eid)
        if b is None:
            continue
        rows.append([lab, flat(b)])
    o.append(("table", rows, {"header": False, "widths": [0.3, 0.7], "boldcol0": True}))
    b = body(c, "instemming_ouders")
    if b is not None:
        o.append(("h2", "Instemming handelingsdeel" if mode(c, "instemming_ouders") != "avg_only" else "Toestemming AVG"))
        o.extend(b)
    return dict(blocks=o, footer=None)


# 3 -----------------------------------------------------------------------------------------
def domain_table(c):
    o = [("title", "Ontwikkelingsperspectief"), ("sub", "%s - %s - schooljaar %s" % (c.full, c.school, c.sy))]
    o.append(("kv", pupil_kv(c)))
    sec(o, "Te verwachten uitstroombestemming", c, "uitstroombestemming", "h2")
    sec(o, "Onderbouwing", c, "onderbouwing", "h2")
    # domain table
    mb, mp, mn = mode(c, "belemmerende_factoren"), mode(c, "bevorderende_factoren"), mode(c, "ondersteuningsbehoefte")
    cols = ["Domein"]
    if mb != "omit":
        cols.append("Belemmerend")
    if mp != "omit":
        cols.append("Bevorderend")
    if mn != "omit":
        cols.append("Onderwijsbehoeften")
    fb, fp = factors_by_domain(c, "b"), factors_by_domain(c, "p")
    needs = [S(c, x) for x in c.P["needs"]]
    rows = [cols]
    for i, (dk, dn) in enumerate(DOMAINS):
        r = [dn]
        if mb != "omit":
            r.append("\n".join("- " + x for x in fb.get(dk, [])) if mb == "present" else "")
        if mp != "omit":
            r.append("\n".join("- " + x for x in fp.get(dk, [])) if mp == "present" else "")
        if mn != "omit":
            r.append("- " + needs[i] if (mn == "present" and i < len(needs)) else "")
        rows.append(r)
    # gap text for the columns with instructions / placeholders in the first row
    for eid, m in (("belemmerende_factoren", mb), ("bevorderende_factoren", mp), ("ondersteuningsbehoefte", mn)):
        if m in ("instr", "ph", "ref"):
            ci = cols.index({"belemmerende_factoren": "Belemmerend", "bevorderende_factoren": "Bevorderend",
                             "ondersteuningsbehoefte": "Onderwijsbehoeften"}[eid])
            rows[1][ci] = flat(body(c, eid))
    if mn == "present" and len(needs) > len(DOMAINS):
        rows[-1][-1] += "\n" + "\n".join("- " + x for x in needs[len(DOMAINS):])
    o.append(("h2", "Analyse per domein"))
    o.append(("table", rows, {"header": True}))
    sec(o, "Adviezen van deskundigen", c, "adviezen_professionals", "h2")
    sec(o, "Doelen", c, "doelen", "h2")
    sec(o, "Handelingsdeel", c, "ondersteuning", "h2")
    sec(o, "Afwijkingen van het programma", c, "afwijkingen_onderwijsprogramma", "h2")
    sec(o, "Stem van de leerling", c, "inbreng_leerling", "h2")
    sec(o, "Afstemming met ouders", c, "oogo", "h2")
    sec(o, "Evaluatie", c, "evaluatie", "h2")
    sec(o, "Vaststelling", c, "vaststelling", "h2")
    sec(o, "Instemming ouders", c, "instemming_ouders", "h2")
    sec(o, "Uw rechten", c, "informatie_rechten", "h2")
    return dict(blocks=o, footer=None)


# 4 -----------------------------------------------------------------------------------------
def groeidocument(c):
    o = [("title", "Groeidocument"), ("sub", "%s | %s | versie %s" % (c.swv if c.type not in ("so", "vso") else c.board, c.school, c.D(c.date) if mode(c, 'vaststelling') == 'present' else c.sy))]
    o.append(("h1", "Deel 1 - Gegevens"))
    o.append(("kv", pupil_kv(c)))
    o.append(("h1", "Deel 2 - Beeld van de leerling"))
    o.append(("p", S(c, "{n} zit in {groep}. Hieronder de factoren in de leerling, het onderwijs en de opvoeding.")))
    sec(o, "2.1 Stimulerende factoren (wat helpt)", c, "bevorderende_factoren", "h2")
    sec(o, "2.2 Belemmerende factoren (wat maakt het moeilijk)", c, "belemmerende_factoren", "h2")
    b = body(c, "ondersteuningsbehoefte")
    if b is not None:
        o.append(("h1", "Deel 3 - Onderwijs- en ondersteuningsbehoeften"))
        o.extend(b)
    else:
        o.append(("h1", "Deel 3 - Deskundigen"))
    sec(o, "3.1 Adviezen van betrokken deskundigen", c, "adviezen_professionals", "h2")
    sec(o, "Deel 4 - Hoe denk jij erover? (inbreng leerling)", c, "inbreng_leerling", "h1")
    o.append(("h1", "Deel 5 - Ontwikkelingsperspectief (OPP)"))
    sec(o, "5.1 Verwachte uitstroombestemming", c, "uitstroombestemming", "h2")
    sec(o, "5.2 Onderbouwing", c, "onderbouwing", "h2")
    sec(o, "5.3 Doelen", c, "doelen", "h2")
    sec(o, "5.4 Afwijkingen van het onderwijsprogramma", c, "afwijkingen_onderwijsprogramma", "h2")
    b = body(c, "ondersteuning")
    if b is not None:
        o.append(("h1", "Deel 6 - Handelingsdeel"))
        o.extend(b)
    o.append(("h1", "Deel 7 - Gesprekken en afspraken"))
    sec(o, "7.1 Overleg met ouders", c, "oogo", "h2")
    sec(o, "7.2 Evaluatie", c, "evaluatie", "h2")
    sec(o, "7.3 Vaststelling", c, "vaststelling", "h2")
    sec(o, "7.4 Instemming ouders met het handelingsdeel", c, "instemming_ouders", "h2")
    sec(o, "7.5 Wat als u het niet eens bent?", c, "informatie_rechten", "h2")
    return dict(blocks=o, footer="Groeidocument %s - vertrouwelijk" % c.full)


# 5 -----------------------------------------------------------------------------------------
def beknopt(c):
    o = [("title", "Beknopt OPP"), ("sub", "%s - %s" % (c.school, c.sy))]
    rows = [["Leerling", "%s (%s), %s" % (c.full, c.D(c.birth), c.groep)]]
    if c.get("adult") or c.get("curatele"):
        rows.append(["Bijzonderheden", [v for k, v in pupil_kv(c) if k == "Bijzonderheden"][0]])
    for eid, lab in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Waarom"),
                     ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
                     ("ondersteuningsbehoefte", "Behoeften"), ("doelen", "Doelen"),
                     ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen"),
                     ("adviezen_professionals", "Adviezen"), ("inbreng_leerling", "Leerling"),
                     ("oogo", "Ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten"),
                     ("vaststelling", "Vastgesteld")]:
        b = body(c, eid)
        if b is None:
            continue
        if eid == "uitstroombestemming" and mode(c, eid) == "present":
            rows.append([lab, c.P["uitstroom_short"] + " (" + c.P["uitstroom"] + ")"])
            continue
        rows.append([lab, flat(b)])
    o.append(("table", rows, {"header": False, "widths": [0.2, 0.8], "boldcol0": True, "small": True}))
    b = body(c, "instemming_ouders")
    if b is not None:
        o.append(("h2", "Akkoord handelingsdeel" if mode(c, "instemming_ouders") != "avg_only" else "Toestemming AVG / beeldmateriaal"))
        o.extend(b)
    return dict(blocks=o, footer=None)


# 6 -----------------------------------------------------------------------------------------
def question_headings(c):
    n = c.first
    o = [("title", "Het plan van %s" % n), ("sub", "Ontwikkelingsperspectief %s - %s" % (c.school, c.sy))]
    o.append(("kv", pupil_kv(c)))
    for eid, q in [("uitstroombestemming", "Waar gaat %s na deze school naartoe?" % n),
                   ("onderbouwing", "Waarom verwachten we dat?"),
                   ("bevorderende_factoren", "Wat gaat goed en wat helpt %s?" % n),
                   ("belemmerende_factoren", "Wat maakt het moeilijk?"),
                   ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % n),
                   ("doelen", "Waar werken we aan?"),
                   ("ondersteuning", "Wie doet wat, en hoe vaak?"),
                   ("afwijkingen_onderwijsprogramma", "Wijkt het programma af van dat van de klas?"),
                   ("adviezen_professionals", "Wat zeggen deskundigen?"),
                   ("inbreng_leerling", "Wat vindt %s zelf?" % n),
                   ("oogo", "Hoe is het plan met u besproken?"),
                   ("evaluatie", "Wanneer kijken we of het werkt?"),
                   ("vaststelling", "Wanneer is het plan vastgesteld?"),
                   ("instemming_ouders", "Gaat u akkoord met de ondersteuning?"),
                   ("informatie_rechten", "Wat kunt u doen als u het er niet mee eens bent?")]:
        sec(o, q, c, eid, "h2")
    return dict(blocks=o, footer=None)


# 7 -----------------------------------------------------------------------------------------
def letter(c):
    n = c.first
    o = [("title", c.school), ("sub", "%s  |  %s  |  administratie@%s.example.nl" % (c.board, c.place, c.place.lower().replace(" ", "").replace("-", "")))]
    o.append(("p", "Aan de ouders/verzorgers van %s\n%s" % (c.full, c.parents) if not c.get("adult") else "Aan %s" % c.full))
    o.append(("p", "%s, %s" % (c.place, c.D(c.sign_date - __import__('datetime').timedelta(days=3)))))
    o.append(("p", "Betreft: ontwikkelingsperspectiefplan van %s (%s), schooljaar %s" % (n, c.groep, c.sy)))
    o.append(("p", "Beste ouders/verzorgers," if not c.get("adult") else "Beste %s," % n))
    o.append(("p", "Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van %s. In deze brief "
                   "vatten we het plan samen; de onderdelen staan hieronder per kopje." % n))
    for eid, t in [("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Waarop baseren wij dit?"),
                   ("bevorderende_factoren", "Sterke kanten"), ("belemmerende_factoren", "Wat belemmert"),
                   ("ondersteuningsbehoefte", "Wat %s nodig heeft" % n), ("doelen", "Doelen"),
                   ("ondersteuning", "Ondersteuning die wij bieden"),
                   ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma"),
                   ("adviezen_professionals", "Adviezen van deskundigen"),
                   ("inbreng_leerling", "Wat %s zelf vindt" % n), ("oogo", "Ons gesprek"),
                   ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
                   ("informatie_rechten", "Uw rechten")]:
        sec(o, t, c, eid, "h2")
    o.append(("p", "Met vriendelijke groet,\n\n%s, mentor/leerkracht\n%s, intern begeleider / zorgcoördinator" % (c.mentor, c.ib)))
    b = body(c, "instemming_ouders")
    if b is not None:
        o.append(("hr",))
        o.append(("h2", "Antwoordstrook - graag ingevuld retour" if mode(c, "instemming_ouders") != "avg_only" else "Antwoordstrook toestemming AVG"))
        o.append(("p", "Naam leerling: %s" % c.full))
        o.extend(b)
    return dict(blocks=o, footer=None)


# 8 -----------------------------------------------------------------------------------------
def system_export(c):
    sysname = c.r.choice(["Kompaswerk LVS", "LeerlingDossier Online", "ZorgRegie 4.2"])
    o = [("title", "OPP-export: %s" % c.full),
         ("sub", "Bron: %s  |  Leerlingnr. %06d  |  Status: %s" % (sysname, c.r.randint(100000, 999999),
                                                                   "Definitief" if mode(c, "vaststelling") == "present" else "Concept"))]
    o.append(("kv", [("Veld: Leerling", c.full), ("Veld: Geboortedatum", c.D(c.birth)), ("Veld: Instelling", c.school),
                     ("Veld: Groep/Klas", c.groep), ("Veld: Schooljaar", c.sy)] +
              ([("Veld: Meerderjarig", "ja, handelingsbekwaam")] if c.get("adult") else []) +
              ([("Veld: Wettelijk vertegenwoordiger", "curator: " + c.mother)] if c.get("curatele") else [])))
    codes = [("uitstroombestemming", "OPP-01 Uitstroombestemming"), ("onderbouwing", "OPP-02 Onderbouwing uitstroom"),
             ("belemmerende_factoren", "OPP-03 Belemmerende factoren"), ("bevorderende_factoren", "OPP-04 Bevorderende factoren"),
             ("ondersteuningsbehoefte", "OPP-05 Ondersteuningsbehoeften"), ("doelen", "OPP-06 Doelen"),
             ("ondersteuning", "OPP-07 Handelingsdeel / interventies"),
             ("afwijkingen_onderwijsprogramma", "OPP-08 Afwijkingen programma"),
             ("adviezen_professionals", "OPP-09 Externe adviezen" if c.type not in ("so", "vso") else "OPP-09 Advies CvB / extern"),
             ("inbreng_leerling", "OPP-10 Inbreng leerling"), ("oogo", "OPP-11 OOGO ouders"),
             ("evaluatie", "OPP-12 Evaluatiemomenten"), ("informatie_rechten", "OPP-13 Informatie rechten"),
             ("vaststelling", "OPP-14 Vaststelling"), ("instemming_ouders", "OPP-15 Instemming handelingsdeel")]
    for eid, t in codes:
        b = body(c, eid)
        if b is None:
            continue
        if eid == "instemming_ouders" and mode(c, eid) == "avg_only":
            t = "ALG-03 Toestemming AVG/beeld"
        o.append(("h2", "[" + t + "]"))
        if not b:
            o.append(("p", "<leeg>" if c.r.random() < 0.0 else ""))
        o.extend(b)
    return dict(blocks=o, footer="Geëxporteerd uit %s door %s - vertrouwelijk - afdrukdatum %s" % (
        sysname, c.ib, c.D(c.date if mode(c, 'vaststelling') == 'present' else c.oogo_date)), pagenum=True)


# 9 -----------------------------------------------------------------------------------------
def part_abcd(c):
    o = [("title", "Ontwikkelingsperspectief - %s" % c.full), ("sub", c.swv if c.type not in ("so", "vso") else c.board)]
    o.append(("h1", "Onderdeel A - Gegevens en perspectief"))
    o.append(("kv", pupil_kv(c)))
    sec(o, "A1. Uitstroomverwachting", c, "uitstroombestemming", "h2")
    sec(o, "A2. Onderbouwing", c, "onderbouwing", "h2")
    sec(o, "A3. Overleg met ouders over het perspectief", c, "oogo", "h2")
    o.append(("h1", "Onderdeel B - Analyse"))
    sec(o, "B1. Bevorderende factoren", c, "bevorderende_factoren", "h2")
    sec(o, "B2. Belemmerende factoren", c, "belemmerende_factoren", "h2")
    sec(o, "B3. Onderwijsbehoeften", c, "ondersteuningsbehoefte", "h2")
    sec(o, "B4. Adviezen externen", c, "adviezen_professionals", "h2")
    sec(o, "B5. Inbreng leerling", c, "inbreng_leerling", "h2")
    o.append(("h1", "Onderdeel C - Handelingsdeel (instemming ouders vereist)"))
    sec(o, "C1. Doelen", c, "doelen", "h2")
    sec(o, "C2. Ondersteuning en begeleiding", c, "ondersteuning", "h2")
    sec(o, "C3. Afwijkingen van het onderwijsprogramma", c, "afwijkingen_onderwijsprogramma", "h2")
    sec(o, "C4. Ondertekening handelingsdeel", c, "instemming_ouders", "h2")
    sec(o, "C5. Instemmingsrecht en geschillen", c, "informatie_rechten", "h2")
    o.append(("h1", "Onderdeel D - Evaluatie en vaststelling"))
    sec(o, "D1. Evaluatie", c, "evaluatie", "h2")
    sec(o, "D2. Vaststelling door de school", c, "vaststelling", "h2")
    return dict(blocks=o, footer=None)


# 10 ----------------------------------------------------------------------------------------
def profile_form(c):
    """vso / pro format with uitstroomprofiel tick boxes and transition domains."""
    o = [("title", "Ontwikkelingsperspectiefplan"), ("sub", "%s - %s" % (c.school, c.board))]
    o.append(("kv", pupil_kv(c)))
    o.append(("h1", "1. Uitstroomprofiel"))
    m = mode(c, "uitstroombestemming")
    if c.type == "vso":
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
    else:
        opts = ["arbeid", "arbeid met ondersteuning / beschut werk", "mbo entree (niveau 1)", "mbo niveau 2"]
    prof = c.P.get("profile")
    if c.type == "pro":
        prof = "mbo entree (niveau 1)" if c.profile == "pro_entree" else "arbeid met ondersteuning / beschut werk"
    if m == "omit":
        pass
    elif m == "unticked":
        o.append(("checks", [(False, x) for x in opts]))
        o.append(("p", "Toelichting: "))
    elif m == "present":
        o.append(("checks", [(x == prof, x) for x in opts]))
        o.append(("p", "Toelichting: " + c.P["uitstroom"] + "."))
    else:
        o.append(("checks", [(False, x) for x in opts]))
        o.extend(body(c, "uitstroombestemming"))
    sec(o, "2. Onderbouwing uitstroomprofiel", c, "onderbouwing")
    sec(o, "3. Belemmerende factoren", c, "belemmerende_factoren")
    sec(o, "4. Bevorderende factoren", c, "bevorderende_factoren")
    sec(o, "5. Ondersteuningsbehoeften", c, "ondersteuningsbehoefte")
    sec(o, "6. Advies commissie voor de begeleiding / deskundigen" if c.type == "vso" else "6. Adviezen deskundigen", c, "adviezen_professionals")
    sec(o, "7. Doelen (werk, wonen, vrije tijd, burgerschap, leren)", c, "doelen")
    sec(o, "8. Ondersteuning en begeleiding", c, "ondersteuning")
    sec(o, "9. Afwijkingen van het onderwijsprogramma", c, "afwijkingen_onderwijsprogramma")
    sec(o, "10. Inbreng van de leerling", c, "inbreng_leerling")
    sec(o, "11. Overleg (OOGO)", c, "oogo")
    sec(o, "12. Evaluatie", c, "evaluatie")
    sec(o, "13. Vaststelling", c, "vaststelling")
    sec(o, "14. Instemming handelingsdeel", c, "instemming_ouders")
    sec(o, "15. Rechten en geschillen", c, "informatie_rechten")
    return dict(blocks=o, footer="%s - OPP %s" % (c.school, c.full))


# 11 ----------------------------------------------------------------------------------------
def email(c):
    """Plain text pasted from an e-mail; the plan follows in loose paragraphs."""
    n = c.first
    dom = c.school.lower().replace(" ", "").replace("'", "")[:16]
    lines = ["Van: %s <%s@%s.example.nl>" % (c.mentor.split(" ", 1)[1], "mentor", dom),
             "Aan: %s" % ("ouders " + c.sur if not c.get("adult") else c.full),
             "Onderwerp: OPP %s" % n, ""]
    o = [("p", "\n".join(lines))]
    o.append(("p", ("Beste ouders van %s," % n) if not c.get("adult") else "Beste %s," % n))
    o.append(("p", "Hierbij stuur ik jullie het OPP. Ik heb het even in de mail geplakt omdat de bijlage "
                   "niet lukte. Hieronder staat alles per onderdeel."))
    for eid, t in [("uitstroombestemming", "UITSTROOM"), ("onderbouwing", "ONDERBOUWING"),
                   ("belemmerende_factoren", "BELEMMEREND"), ("bevorderende_factoren", "BEVORDEREND"),
                   ("ondersteuningsbehoefte", "ONDERWIJSBEHOEFTEN"), ("doelen", "DOELEN"),
                   ("ondersteuning", "ONDERSTEUNING (HANDELINGSDEEL)"),
                   ("afwijkingen_onderwijsprogramma", "AFWIJKINGEN PROGRAMMA"),
                   ("adviezen_professionals", "ADVIEZEN"), ("inbreng_leerling", "WAT %s ZELF ZEGT" % n.upper()),
                   ("oogo", "GESPREK"), ("evaluatie", "EVALUATIE"), ("vaststelling", "VASTSTELLING"),
                   ("informatie_rechten", "RECHTEN"), ("instemming_ouders", "AKKOORD")]:
        b = body(c, eid)
        if b is None:
            continue
        if eid == "instemming_ouders" and mode(c, eid) == "avg_only":
            t = "TOESTEMMING AVG"
        o.append(("p", t + ":\n" + flat(b)))
    o.append(("p", "Groetjes,\n%s\n%s\n\nVerzonden vanaf mijn iPad" % (c.mentor, c.school)))
    return dict(blocks=o, footer=None)


LAYOUTS = {"swv-numbered": swv_numbered, "two-column-table": two_column, "domain-table": domain_table,
           "groeidocument": groeidocument, "beknopt-opp": beknopt, "question-headings": question_headings,
           "letter-style": letter, "system-export": system_export, "onderdeel-abcd": part_abcd,
           "uitstroomprofiel-form": profile_form, "email-plaintext": email}
