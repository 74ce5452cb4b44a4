# -*- coding: utf-8 -*-
"""Layouts: turn a pupil + element variants into a list of blocks."""
from gen_content import (el_blocks, consent_blocks, avg_block, d_num, d_long, ELEMENTS, LAW_DATE)

H = {  # headings per layout
    "swv": {"uitstroombestemming": "2.1 Te verwachten uitstroombestemming", "onderbouwing": "2.2 Onderbouwing",
            "belemmerende_factoren": "3.1 Belemmerende factoren", "bevorderende_factoren": "3.2 Bevorderende factoren",
            "ondersteuningsbehoefte": "4. Onderwijs- en ondersteuningsbehoeften",
            "adviezen_professionals": "5. Adviezen van deskundigen", "doelen": "6.1 Doelen voor de komende periode",
            "ondersteuning": "6.2 Te bieden ondersteuning en begeleiding",
            "afwijkingen_onderwijsprogramma": "6.3 Afwijkingen van het onderwijsprogramma",
            "inbreng_leerling": "7. Inbreng van de leerling", "evaluatie": "8. Evaluatie",
            "oogo": "9. Overleg met ouders", "vaststelling": "10.1 Vaststelling",
            "instemming_ouders": "10.2 Instemming met het handelingsdeel", "informatie_rechten": "11. Informatie voor ouders"},
}


def sec(var, el, p, style=None):
    v = var.get(el, "ok")
    if v == "miss":
        return None
    if el == "instemming_ouders":
        return consent_blocks(p, v, None)
    return el_blocks(el, v, p, style)


def header_kv(p, extra=()):
    rows = [("Naam leerling", p.full), ("Geboortedatum", d_num(p.dob)), ("School", f"{p.school}, {p.plaats}"),
            ("Groep/klas", p.klas), ("Opgesteld door", f"{p.ib} ({p.ib_rol})"),
            ("Schooljaar", f"{p.plan_date.year}-{p.plan_date.year + 1}" if p.plan_date.month >= 8 else f"{p.plan_date.year - 1}-{p.plan_date.year}")]
    if p.adult or p.curatele:
        rows.insert(2, ("Leeftijd", f"{p.age} jaar (meerderjarig)"))
    return [("kv", rows + list(extra))]


def add(out, heading, blocks, level="h2"):
    if blocks is None:
        return
    out.append((level, heading))
    out.extend(blocks)


# ---------------- L1 swv-genummerd ---------------------------------------
def L_swv(p, var, opts):
    h = H["swv"]
    out = [("meta", p.swv), ("title", "Ontwikkelingsperspectiefplan (OPP)"), ("h1", "1. Gegevens leerling")]
    out += header_kv(p)
    out.append(("h1", "2. Perspectief"))
    for el in ["uitstroombestemming", "onderbouwing"]:
        add(out, h[el], sec(var, el, p, opts.get("u_style")))
    out.append(("h1", "3. Belemmerende en bevorderende factoren"))
    for el in ["belemmerende_factoren", "bevorderende_factoren"]:
        add(out, h[el], sec(var, el, p))
    add(out, h["ondersteuningsbehoefte"], sec(var, "ondersteuningsbehoefte", p), "h1")
    add(out, h["adviezen_professionals"], sec(var, "adviezen_professionals", p), "h1")
    if opts.get("pb"):
        out.append(("pagebreak",))
    out.append(("h1", "6. Handelingsdeel"))
    for el in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]:
        add(out, h[el], sec(var, el, p))
    for el in ["inbreng_leerling", "evaluatie", "oogo"]:
        add(out, h[el], sec(var, el, p), "h1")
    if opts.get("pb2"):
        out.append(("pagebreak",))
    out.append(("h1", "10. Vaststelling en instemming"))
    add(out, h["vaststelling"], sec(var, "vaststelling", p))
    add(out, h["instemming_ouders"], sec(var, "instemming_ouders", p))
    if opts.get("avg"):
        out += avg_block(p)
    add(out, h["informatie_rechten"], sec(var, "informatie_rechten", p), "h1")
    return out


# ---------------- L2 domeintabel -----------------------------------------
def L_domein(p, var, opts):
    out = [("title", "ONTWIKKELINGSPERSPECTIEF"), ("meta", f"{p.school} - {p.plaats}")]
    out += header_kv(p)
    u = sec(var, "uitstroombestemming", p)
    o = sec(var, "onderbouwing", p)
    out.append(("h1", "Uitstroomperspectief"))
    rows = []
    from gen_layouts_flat import flat
    if u is not None:
        rows.append(("Te verwachten uitstroombestemming", flat(u)))
    if o is not None:
        rows.append(("Onderbouwing", flat(o)))
    out.append(("kv", rows))
    out.append(("h1", "Analyse per domein"))
    vb, vv = var.get("belemmerende_factoren", "ok"), var.get("bevorderende_factoren", "ok")
    from gen_content import _factors, PLACEHOLDERS, INSTR
    bel, bev = _factors(p)

    def col(v, d, el):
        if v.startswith("ok"):
            return d
        if v == "empty":
            return {k: "" for k in d}
        if v == "instr":
            return {k: (INSTR[el] if i == 0 else "") for i, k in enumerate(d)}
        if v in PLACEHOLDERS:
            return {k: PLACEHOLDERS[v] for k in d}
        raise KeyError(v)
    hdr = ["Domein"]
    cols = []
    if vb != "miss":
        hdr.append("Belemmerend")
        cols.append(col(vb, bel, "belemmerende_factoren"))
    if vv != "miss":
        hdr.append("Bevorderend")
        cols.append(col(vv, bev, "bevorderende_factoren"))
    out.append(("table", hdr, [[k] + [c[k] for c in cols] for k in bel]))
    add(out, "Onderwijsbehoeften", sec(var, "ondersteuningsbehoefte", p), "h1")
    add(out, "Adviezen externe deskundigen", sec(var, "adviezen_professionals", p), "h1")
    if opts.get("pb"):
        out.append(("pagebreak",))
    out.append(("h1", "Handelingsdeel"))
    add(out, "Doelen", sec(var, "doelen", p))
    add(out, "Ondersteuning en begeleiding", sec(var, "ondersteuning", p))
    add(out, "Afwijkingen van het programma", sec(var, "afwijkingen_onderwijsprogramma", p))
    add(out, "Wat vindt de leerling zelf?", sec(var, "inbreng_leerling", p), "h1")
    add(out, "Evaluatie", sec(var, "evaluatie", p), "h1")
    if opts.get("pb2"):
        out.append(("pagebreak",))
    out.append(("h1", "Overleg, vaststelling en instemming"))
    add(out, "Overleg met ouders", sec(var, "oogo", p))
    add(out, "Vaststelling", sec(var, "vaststelling", p))
    add(out, "Instemming ouders", sec(var, "instemming_ouders", p))
    if opts.get("avg"):
        out += avg_block(p)
    add(out, "Uw rechten", sec(var, "informatie_rechten", p))
    return out


# ---------------- L3 groeidocument (OPP as one chapter) ------------------
def L_groei(p, var, opts):
    out = [("meta", p.swv), ("title", f"Groeidocument {p.full}"),
           ("p", "Het groeidocument volgt de ontwikkeling van de leerling. Hoofdstuk 6 en 7 vormen samen het ontwikkelingsperspectief (OPP).")]
    out.append(("h1", "1. Gegevens"))
    out += header_kv(p)
    add(out, "2. Dit ben ik (inbreng van de leerling)", sec(var, "inbreng_leerling", p), "h1")
    out.append(("h1", "3. Wat gaat goed en wat is lastig?"))
    add(out, "Wat gaat goed (bevorderend)", sec(var, "bevorderende_factoren", p))
    add(out, "Wat is lastig (belemmerend)", sec(var, "belemmerende_factoren", p))
    add(out, "4. Wat heb ik nodig?", sec(var, "ondersteuningsbehoefte", p), "h1")
    add(out, "5. Onderzoek en adviezen", sec(var, "adviezen_professionals", p), "h1")
    if opts.get("pb"):
        out.append(("pagebreak",))
    out.append(("h1", "6. Ontwikkelingsperspectief"))
    add(out, "Verwachte uitstroombestemming", sec(var, "uitstroombestemming", p, opts.get("u_style")))
    add(out, "Onderbouwing", sec(var, "onderbouwing", p))
    add(out, "Afwijkingen van het onderwijsprogramma", sec(var, "afwijkingen_onderwijsprogramma", p))
    out.append(("h1", "7. Plan van aanpak (handelingsdeel)"))
    add(out, "Doelen", sec(var, "doelen", p))
    add(out, "Ondersteuning", sec(var, "ondersteuning", p))
    add(out, "8. Evaluatie", sec(var, "evaluatie", p), "h1")
    if opts.get("pb2"):
        out.append(("pagebreak",))
    out.append(("h1", "9. Afspraken en ondertekening"))
    add(out, "Gesprek met ouders", sec(var, "oogo", p))
    add(out, "Vaststelling", sec(var, "vaststelling", p))
    add(out, "Instemming handelingsdeel", sec(var, "instemming_ouders", p))
    if opts.get("avg"):
        out += avg_block(p)
    add(out, "Niet eens?", sec(var, "informatie_rechten", p))
    return out


# ---------------- L4 beknopt (two-column table) -------------------------
def L_beknopt(p, var, opts):
    from gen_layouts_flat import flat
    out = [("title", "Beknopt OPP"), ("meta", f"{p.school} | {p.swv}")]
    out += header_kv(p)
    labels = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen deskundigen"),
              ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak/vanaf)"),
              ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("inbreng_leerling", "Mening leerling"),
              ("evaluatie", "Evaluatie"), ("oogo", "Besproken met ouders"), ("vaststelling", "Vastgesteld"),
              ("informatie_rechten", "Rechten ouders")]
    rows = []
    for el, lab in labels:
        b = sec(var, el, p, "text")
        if b is not None:
            rows.append((lab, flat(b)))
    out.append(("kv", rows))
    c = sec(var, "instemming_ouders", p)
    if c is not None:
        out.append(("h2", "Instemming handelingsdeel"))
        out += c
    if opts.get("avg"):
        out += avg_block(p)
    return out


# ---------------- L5 vraaggestuurd --------------------------------------
def L_vraag(p, var, opts):
    n = p.naam
    out = [("title", f"Het plan van {n}"), ("meta", "Ontwikkelingsperspectief - " + p.school)]
    out += header_kv(p)
    Q = [("uitstroombestemming", f"Wat verwachten we dat {n} na deze school gaat doen?"),
         ("onderbouwing", "Waarom verwachten we dat?"),
         ("belemmerende_factoren", f"Wat maakt leren lastig voor {n}?"),
         ("bevorderende_factoren", f"Wat helpt {n}?"),
         ("ondersteuningsbehoefte", f"Wat heeft {n} nodig?"),
         ("adviezen_professionals", "Wat zeggen deskundigen?"),
         ("PB", None),
         ("doelen", "Aan welke doelen werken we?"),
         ("ondersteuning", f"Welke hulp krijgt {n}, van wie en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het programma af van dat van de groep?"),
         ("inbreng_leerling", f"Wat vindt {n} zelf, en wat hebben we daarmee gedaan?"),
         ("evaluatie", "Wanneer kijken we samen hoe het gaat?"),
         ("PB2", None),
         ("oogo", "Hoe hebben we dit samen besproken?"),
         ("vaststelling", "Wie heeft het plan vastgesteld?"),
         ("instemming_ouders", "Gaat u akkoord met het handelingsdeel?"),
         ("informatie_rechten", "Wat als u het er niet mee eens bent?")]
    for el, q in Q:
        if el == "PB":
            if opts.get("pb"):
                out.append(("pagebreak",))
            continue
        if el == "PB2":
            if opts.get("pb2"):
                out.append(("pagebreak",))
            continue
        add(out, q, sec(var, el, p, opts.get("u_style") if el == "uitstroombestemming" else None), "h1")
        if el == "instemming_ouders" and opts.get("avg"):
            out += avg_block(p)
    return out


# ---------------- L6 briefvorm ------------------------------------------
def L_brief(p, var, opts):
    from gen_layouts_flat import flat
    out = [("meta", f"{p.school}\n{p.plaats}"), ("p", f"Aan de ouders/verzorgers van {p.full}"),
           ("p", f"{p.plaats}, {d_long(p.plan_date)}"),
           ("p", f"Betreft: ontwikkelingsperspectief van {p.full}, {p.klas}"),
           ("p", "Geachte ouders/verzorgers,"),
           ("p", f"In deze brief leggen wij het ontwikkelingsperspectief (OPP) van {p.naam} vast, zoals wij dat samen "
                 f"hebben voorbereid. Per onderdeel leest u wat wij verwachten en afspreken.")]
    order = [("uitstroombestemming", "Verwachte uitstroom."), ("onderbouwing", "Waarom?"),
             ("belemmerende_factoren", "Wat belemmert."), ("bevorderende_factoren", "Wat helpt."),
             ("ondersteuningsbehoefte", f"Wat {p.naam} nodig heeft."), ("adviezen_professionals", "Adviezen."),
             ("doelen", "Doelen."), ("ondersteuning", "Ondersteuning."),
             ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma."),
             ("inbreng_leerling", f"De mening van {p.naam}."), ("evaluatie", "Evaluatie."),
             ("oogo", "Ons gesprek."), ("vaststelling", "Vaststelling."), ("informatie_rechten", "Niet eens?")]
    for el, lab in order:
        b = sec(var, el, p, "text")
        if b is None:
            continue
        if any(x[0] in ("table", "checks", "kv", "cc_text") for x in b):
            out.append(("lp", lab, ""))
            out += b
        else:
            out.append(("lp", lab, flat(b)))
    out += [("p", "Met vriendelijke groet,"), ("p", f"{p.ib}, {p.ib_rol}")]
    if opts.get("pb2"):
        out.append(("pagebreak",))
    c = sec(var, "instemming_ouders", p)
    if c is not None:
        out.append(("h2", "Strook instemming handelingsdeel"))
        out += [("p", f"Leerling: {p.full}")] + c
    if opts.get("avg"):
        out += avg_block(p)
    return out


# ---------------- L7 systeem-export --------------------------------------
def L_export(p, var, opts):
    from gen_layouts_flat import flat
    sysname = opts.get("sys", "KlasVolg 7.4")
    out = [("meta", f"{sysname}  |  Rapport: Ontwikkelingsperspectief (OPP)  |  Leerling {p.r.randint(100000, 999999)}"),
           ("title", f"OPP - {p.full}")]
    out += header_kv(p)
    groups = [("[Perspectief]", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom")]),
              ("[Leerlingkenmerken]", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Stimulerende factoren"),
                                       ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
              ("[Extern]", [("adviezen_professionals", "Adviezen externen")]),
              ("[Handelingsdeel]", [("doelen", "Doelen"), ("ondersteuning", "Begeleiding"),
                                    ("afwijkingen_onderwijsprogramma", "Afwijking programma")]),
              ("[Betrokkenen]", [("inbreng_leerling", "Stem van de leerling"), ("oogo", "OOGO"),
                                 ("evaluatie", "Evaluatiemoment"), ("informatie_rechten", "Informatie rechten"),
                                 ("vaststelling", "Vaststelling")])]
    for g, items in groups:
        out.append(("h2", g))
        rows = []
        for el, lab in items:
            b = sec(var, el, p, "text")
            if b is not None:
                rows.append((lab, flat(b) if flat(b) else "(leeg)" if opts.get("leeg_marker") else ""))
        out.append(("kv", rows))
    c = sec(var, "instemming_ouders", p)
    if c is not None:
        out.append(("h2", "[Instemming]"))
        out += c
    out.append(("footer", f"{sysname} | Afgedrukt {d_num(p.cons_date)} door {p.ib.lower().replace('. ', '.')} | vertrouwelijk"))
    return out


# ---------------- L8 vso-profiel ------------------------------------------
def L_vso(p, var, opts):
    out = [("meta", f"{p.school} | voortgezet speciaal onderwijs"), ("title", "Ontwikkelingsperspectiefplan VSO")]
    out += header_kv(p, [("Wettelijk vertegenwoordiger", p.curator + " (curator)")] if p.curatele else [])
    out.append(("h1", "A. Uitstroomprofiel"))
    add(out, "Uitstroomprofiel en -bestemming", sec(var, "uitstroombestemming", p, "checks"))
    add(out, "Onderbouwing", sec(var, "onderbouwing", p))
    add(out, "Advies commissie voor de begeleiding en deskundigen", sec(var, "adviezen_professionals", p))
    out.append(("h1", "B. Leerlingbeeld"))
    add(out, "Belemmerende factoren", sec(var, "belemmerende_factoren", p))
    add(out, "Beschermende factoren", sec(var, "bevorderende_factoren", p))
    add(out, "Ondersteuningsbehoeften", sec(var, "ondersteuningsbehoefte", p))
    if opts.get("pb"):
        out.append(("pagebreak",))
    out.append(("h1", "C. Handelingsdeel"))
    add(out, "Doelen (transitie, werk, wonen, vrije tijd)", sec(var, "doelen", p))
    add(out, "Begeleiding", sec(var, "ondersteuning", p))
    add(out, "Afwijkingen van het onderwijsprogramma", sec(var, "afwijkingen_onderwijsprogramma", p))
    out.append(("h1", "D. Betrokkenheid en afspraken"))
    add(out, f"Wat vindt {p.naam} zelf?", sec(var, "inbreng_leerling", p))
    add(out, "Op overeenstemming gericht overleg", sec(var, "oogo", p))
    add(out, "Evaluatie", sec(var, "evaluatie", p))
    if opts.get("pb2"):
        out.append(("pagebreak",))
    add(out, "Vaststelling", sec(var, "vaststelling", p))
    add(out, "Instemming handelingsdeel", sec(var, "instemming_ouders", p))
    if opts.get("avg"):
        out += avg_block(p)
    add(out, "Rechten", sec(var, "informatie_rechten", p))
    return out


# ---------------- L9 pieces ------------------------------------------------
def L_perspectiefdeel(p, var, opts):
    out = [("meta", f"{p.school} - {p.plaats}"), ("title", "OPP deel 1: Perspectiefdeel"),
           ("p", "Dit is deel 1 van het ontwikkelingsperspectief. Deel 2 (handelingsdeel) is een apart document.")]
    out += header_kv(p)
    add(out, "1. Uitstroombestemming", sec(var, "uitstroombestemming", p), "h1")
    add(out, "2. Onderbouwing", sec(var, "onderbouwing", p), "h1")
    add(out, "3. Belemmerende factoren", sec(var, "belemmerende_factoren", p), "h1")
    add(out, "4. Bevorderende factoren", sec(var, "bevorderende_factoren", p), "h1")
    add(out, "5. Onderwijsbehoeften", sec(var, "ondersteuningsbehoefte", p), "h1")
    add(out, "6. Adviezen", sec(var, "adviezen_professionals", p), "h1")
    add(out, "7. Besproken met ouders", sec(var, "oogo", p), "h1")
    return out


def L_handelingsdeel(p, var, opts):
    out = [("meta", f"{p.school} - {p.plaats}"), ("title", "OPP deel 2: Handelingsdeel"),
           ("p", f"Handelingsdeel bij het ontwikkelingsperspectief van {p.full}. Het perspectiefdeel is een apart document.")]
    out += header_kv(p)
    add(out, "Onderwijsbehoeften", sec(var, "ondersteuningsbehoefte", p), "h1")
    add(out, "Doelen", sec(var, "doelen", p), "h1")
    add(out, "Ondersteuning", sec(var, "ondersteuning", p), "h1")
    add(out, "Afwijkingen", sec(var, "afwijkingen_onderwijsprogramma", p), "h1")
    add(out, "Inbreng leerling", sec(var, "inbreng_leerling", p), "h1")
    add(out, "Evaluatie", sec(var, "evaluatie", p), "h1")
    add(out, "Instemming", sec(var, "instemming_ouders", p), "h1")
    if opts.get("avg"):
        out += avg_block(p)
    add(out, "Informatie", sec(var, "informatie_rechten", p), "h1")
    return out


def L_ondertekening(p, var, opts):
    out = [("meta", f"{p.school}"), ("title", opts.get("annex_title", "Bijlage 4 - Ondertekening OPP")),
           ("kv", [("Leerling", p.full), ("Geboortedatum", d_num(p.dob)), ("Groep/klas", p.klas)])]
    add(out, "Overleg", sec(var, "oogo", p), "h2")
    add(out, "Vaststelling", sec(var, "vaststelling", p), "h2")
    add(out, "Instemming handelingsdeel", sec(var, "instemming_ouders", p), "h2")
    if opts.get("avg"):
        out += avg_block(p)
    return out


LAYOUTS = {"swv-genummerd": L_swv, "domeintabel": L_domein, "groeidocument": L_groei, "beknopt-tabel": L_beknopt,
           "vraaggestuurd": L_vraag, "briefvorm-plan": L_brief, "systeem-export": L_export, "vso-profiel": L_vso,
           "perspectiefdeel": L_perspectiefdeel, "handelingsdeel": L_handelingsdeel,
           "ondertekeningsbijlage": L_ondertekening}
