"""Eight OPP layouts and four non-OPP documents, as lists of neutral blocks.

Block types: ("title", t) ("sub", t) ("h1", t) ("h2", t) ("p", t) ("i", t: template instruction, italic)
("kv", [(k, v)]) ("table", header|None, rows) ("checks", label, [(opt, ticked)]) ("sig", who, signed, date)
("pb",) page break. A value "§SIG§" in a table cell means a handwritten signature.
"""
from content import Content, INSTR
from model import fmt_date, school_year, MONTHS

TICK = {True: "☒", False: "☐"}


def paras(lst):
    return [("p", x) for x in lst]


def section(head, lst, level="h1", instr=None):
    """None -> nothing; [] -> heading only (instr shown if template keeps it)."""
    if lst is None:
        return []
    out = [(level, head)]
    out += paras(lst)
    return out


def consent_blocks(k, c, style="table", options=True):
    """Render consent dict k into blocks."""
    if k is None:
        return []
    out = []
    if k["mode"] == "avg_only":
        out.append(("h2", "Toestemming gegevensuitwisseling (AVG) en beeldmateriaal"))
        out.append(("p", "Ondergetekende geeft toestemming voor het delen van de gegevens in dit dossier met het samenwerkingsverband en de betrokken jeugdhulp, en voor het gebruik van foto's van de leerling in de schoolgids en op de website."))
        out.append(("checks", "", [("toestemming gegevensuitwisseling", True), ("toestemming foto's/video", True)]))
        for who, s, d in k["avg"]:
            out.append(("table", ["Naam", "Handtekening", "Datum"], [[who, "§SIG§" if s else "", d]]))
        return out
    if options and k["tick"] is not None:
        t = k["tick"]
        opts = [("akkoord met het handelingsdeel", t == "akkoord"),
                ("niet akkoord met het handelingsdeel", t == "niet"),
                ("gedeeltelijk akkoord (zie toelichting)", t == "deels"),
                ("voor gezien", t == "gezien")]
        if t == "protest":
            opts[0] = ("akkoord met het handelingsdeel", False)
        out.append(("checks", "Ouders/verzorgers:" if not (c.adult or c.curatele) else "Instemming:", opts))
    if k["note"]:
        out.append(("p", k["note"]))
    if style == "table":
        rows = [[w, "§SIG§" if s else "", d] for w, s, d in k["lines"]]
        if rows:
            out.append(("table", ["Naam", "Handtekening", "Datum"], rows))
        elif k["mode"] == "empty":
            out.append(("table", ["Naam", "Handtekening", "Datum"], [["", "", ""], ["", "", ""]]))
    else:
        for w, s, d in k["lines"]:
            out.append(("sig", w, s, d))
    return out


def factors_text(f):
    if f is None:
        return None
    return [(f"{d}: {t}" if d else t) for d, t in f]


def support_rows(s):
    if s is None:
        return None
    if isinstance(s, list):
        return s
    return s


# ------------------------------------------------------------------ A: SWV numbered format
def layout_swv(c):
    k = Content(c)
    new = c.set_date.year * 100 + c.set_date.month >= 202508
    b = [("sub", f"{c.swv} – format ontwikkelingsperspectief, versie {'2025-1 (incl. hoorrecht)' if new else '2023'}"),
         ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("h1", "1. Gegevens"),
         ("kv", [("Naam leerling", c.name), ("Geboortedatum", c.d(c.birth)), ("School", f"{c.school}, {c.place}"),
                 ("Groep/klas", {"po": "groep 6", "sbo": "groep 7 (stamgroep Uil)", "vo": "klas 2 vmbo-kader", "so": "groep Beer",
                                 "pro": "leerjaar 2", "vso": "VSO-4"}[c.st]),
                 ("Intern begeleider / zorgcoördinator", c.ib), ("Schooljaar", school_year(c.set_date))])]
    b += section("2. Ondersteuningsbehoeften", k.behoefte())
    bel, bev = factors_text(k.factors("bel")), factors_text(k.factors("bev"))
    if bel is not None or bev is not None:
        b.append(("h1", "3. Bevorderende en belemmerende factoren"))
        b += section("3.1 Bevorderende factoren", bev, "h2")
        b += section("3.2 Belemmerende factoren", bel, "h2")
    b += section("4. Adviezen van externe deskundigen", k.adviezen())
    u = k.uitstroom()
    b.append(("h1", "5. Ontwikkelingsperspectief"))
    if u["value"] is not None:
        b.append(("h2", "5.1 Verwachte uitstroombestemming"))
        b += paras(u["value"])
    b += section("5.2 Onderbouwing", k.onderbouwing(), "h2")
    d = k.doelen()
    if d is not None:
        b.append(("h1", "6. Doelen voor de komende periode"))
        b += [("p", f"• {x}" + (f" ({y}, {z})" if y else "")) for x, y, z in d]
    b.append(("h1", "7. Handelingsdeel"))
    s = k.ondersteuning()
    if s is not None:
        b.append(("h2", "7.1 Ondersteuning en begeleiding"))
        if isinstance(s, dict):
            if s["rows"] and s["rows"][0][1]:
                b.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in s["rows"]]))
            else:
                b += paras(s["text"])
        else:
            b += paras(s)
    b += section("7.2 Afwijkingen van het onderwijsprogramma", k.afwijkingen(), "h2")
    n = 8
    if new:
        ib = k.inbreng()
        b += section(f"{n}. Inbreng van de leerling (hoorrecht)", ib if ib is not None else None)
        if ib is not None:
            n += 1
    b += section(f"{n}. Overleg met ouders", k.oogo()); n += 1
    b += section(f"{n}. Evaluatie", k.evaluatie()); n += 1
    kk = k.consent()
    r = k.rechten()
    if kk is not None or r is not None:
        b.append(("h1", f"{n}. Instemming handelingsdeel en ondertekening")); n += 1
        if r is not None:
            b += paras(r) if r else [("p", "")]
        b += consent_blocks(kk, c)
    v = k.vaststelling()
    b += section(f"{n}. Vaststelling", v)
    return {"blocks": b, "footer": f"{c.swv} | OPP {c.name} | vertrouwelijk", "font": "serif"}


# ------------------------------------------------------------------ B: domain table (VO/PrO style)
def layout_domain(c):
    k = Content(c)
    n = c.first
    b = [("title", f"OPP – {c.school}"),
         ("kv", [("Leerling", c.name), ("Geboren", c.d(c.birth)), ("Klas / mentor" if c.st != "sbo" else "Groep / leerkracht", f"{ {'vo': '2B', 'pro': 'PrO 2', 'sbo': 'groep 8 (bovenbouw)'}[c.st] } / {c.mentor if c.st != 'sbo' else c.teacher}"),
                 ("Zorgcoördinator" if c.st != "sbo" else "Intern begeleider", c.ib), ("Periode", f"schooljaar {school_year(c.set_date)}")]),
         ("h1", "A. Beeld van de leerling per domein")]
    bel, bev = k.factors("bel"), k.factors("bev")
    beh = k.behoefte()
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / medisch"]
    header = ["Domein"]
    if bel is not None:
        header.append("Belemmerend")
    if bev is not None:
        header.append("Bevorderend")
    rows = []
    for i, dname in enumerate(doms):
        row = [dname]
        for f in (bel, bev):
            if f is None:
                continue
            if len(f) == 1 and f[0][0] == "":
                row.append(f[0][1] if i == 0 else "")
            else:
                row.append(next((t for dd, t in f if dd == dname), ""))
        rows.append(row)
    b.append(("table", header, rows))
    b.append(("h2", "Onderwijsbehoeften (wat heeft " + n + " nodig?)"))
    if beh is not None:
        b += paras(beh) if beh else [("p", "")]
    u = k.uitstroom()
    b.append(("h1", "B. Perspectief"))
    kv = []
    if u["value"] is not None:
        kv.append(("Uitstroomprofiel", " ".join(u["value"])))
    ob = k.onderbouwing()
    if ob is not None:
        kv.append(("Onderbouwing", " ".join(ob)))
    b.append(("kv", kv))
    b.append(("h1", "C. Handelingsdeel"))
    s = k.ondersteuning()
    if s is not None:
        if isinstance(s, dict) and s["rows"]:
            b.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Start"], [list(r) for r in s["rows"]]))
        else:
            b.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Start"], [[" ".join(s if isinstance(s, list) else s["text"]), "", "", ""]]))
    a = k.afwijkingen()
    if a is not None:
        b.append(("h2", "Aanpassingen in het programma"))
        b += paras(a)
    d = k.doelen()
    if d is not None:
        b.append(("h2", "Doelen"))
        b.append(("table", ["Doel", "Meetbaar aan", "Evaluatie"], [list(x) for x in d] if d else [["", "", ""]]))
    b += section("D. Externe deskundigen", k.adviezen())
    ib = k.inbreng()
    if ib is not None:
        b += section("E. Stem van de leerling", ib)
    o = k.oogo()
    e = k.evaluatie()
    if o is not None or e is not None:
        b.append(("h1", "F. Overleg en evaluatie"))
        if o is not None:
            b.append(("kv", [("OOGO met ouders", " ".join(o) if o else "")]))
        if e is not None:
            b.append(("kv", [("Evaluatie", " ".join(e) if e else "")]))
    b.append(("h1", "G. Ondertekening"))
    r = k.rechten()
    if r is not None:
        b += paras(r)
    b += consent_blocks(k.consent(), c)
    v = k.vaststelling()
    if v is not None:
        b.append(("kv", [("Vaststelling", " ".join(v) if v else "")]))
    return {"blocks": b, "footer": f"{c.school} – OPP {c.first} – pagina {{page}}", "font": "sans"}


# ------------------------------------------------------------------ C: groeidocument, OPP as a chapter
def layout_groei(c):
    k = Content(c)
    n = c.first
    b = [("title", "Groeidocument"),
         ("sub", f"{c.name} – {c.school} – {c.swv}"),
         ("p", "Het groeidocument volgt de leerling over meerdere jaren. Hoofdstuk 5 en 6 vormen samen het ontwikkelingsperspectief (OPP); hoofdstuk 6 is het handelingsdeel waarop ouders instemmingsrecht hebben."),
         ("h1", "1 Gegevens leerling"),
         ("kv", [("Naam", c.name), ("Geboortedatum", c.d(c.birth)), ("Groep", "7" if c.st == "po" else ("Merel" if c.st == "so" else "6/7")),
                 ("Leerkracht", c.teacher), ("IB", c.ib), ("Schoolloopbaan", "kleuterverlenging; sinds groep 5 op deze school" if c.st != "so" else "instroom SO in 2023 vanuit een reguliere basisschool")]),
         ("h1", "2 Wat is de vraag?"),
         ("p", f"Wat heeft {n} nodig om zich verder te ontwikkelen, en welke plek past daarbij na deze school?"),
         ("h1", "3 Beeld van het kind")]
    bel, bev = k.factors("bel"), k.factors("bev")
    hdr, cols = [], []
    if bev is not None:
        hdr.append("Stimulerende factoren"); cols.append(factors_text(bev))
    if bel is not None:
        hdr.append("Belemmerende factoren"); cols.append(factors_text(bel))
    if hdr:
        m = max([len(x) for x in cols] + [1])
        rows = [[(col[i] if i < len(col) else "") for col in cols] for i in range(m)]
        b.append(("table", hdr, rows))
    b += section("4 Onderwijsbehoeften", k.behoefte())
    b.append(("h1", "5 Ontwikkelingsperspectief"))
    u = k.uitstroom()
    if u["value"] is not None or u["mode"] == "unticked":
        b.append(("h2", "5.1 Verwachte uitstroom"))
        if u["mode"] == "unticked":
            b.append(("checks", "Uitstroomniveau:", u["options"]))
        else:
            b += paras(u["value"])
    ob = k.onderbouwing()
    if ob is not None:
        b.append(("h2", "5.2 Onderbouwing"))
        b.append(("table", ["Toets / bron", "Resultaat"], [["Leerrendement rekenen", f"{k.le}%"], ["Leerrendement begrijpend lezen", f"{k.le - 3}%"], ["DLE spelling (laatste meting)", "31"]] if c.modes["onderbouwing"] == "present" else [["", ""]]))
        b += paras(ob)
    d = k.doelen()
    if d is not None:
        b.append(("h2", "5.3 Doelen (lange en korte termijn)"))
        b += [("p", f"– {x}" + (f"; meten: {y}; wanneer: {z}" if y else "")) for x, y, z in d]
    b.append(("h1", "6 Handelingsdeel"))
    s = k.ondersteuning()
    if s is not None:
        b.append(("h2", "6.1 Wat bieden we?"))
        if isinstance(s, dict) and s["rows"] and s["rows"][0][1]:
            b.append(("table", ["Aanbod", "Door", "Frequentie", "Start"], [list(r) for r in s["rows"]]))
        else:
            b += paras(s if isinstance(s, list) else s["text"])
    b += section("6.2 Afwijkingen van het programma", k.afwijkingen(), "h2")
    b += section("7 Betrokken deskundigen en hun adviezen", k.adviezen())
    o, ib = k.oogo(), k.inbreng()
    if o is not None or ib is not None:
        b.append(("h1", "8 Gesprekken met ouders en kind"))
        b += section("8.1 Ouders", o, "h2")
        b += section(f"8.2 {n}", ib, "h2")
    b += section("9 Evaluatie", k.evaluatie())
    b.append(("h1", "10 Ondertekening"))
    v = k.vaststelling()
    if v is not None:
        b += paras(v) if v else [("p", "Vastgesteld op: ")]
    b += consent_blocks(k.consent(), c)
    r = k.rechten()
    if r is not None:
        b.append(("h2", "Niet eens?"))
        b += paras(r)
    return {"blocks": b, "footer": f"Groeidocument {c.name} – {c.school}", "font": "sans"}


# ------------------------------------------------------------------ D: beknopt OPP (one table)
def layout_short(c):
    k = Content(c)
    n = c.first
    rows = [("Naam / geboortedatum", f"{c.name}, {c.d(c.birth)}"),
            ("School / groep", f"{c.school}, {'groep 5' if c.st == 'po' else 'klas 3 vmbo-tl'}"),
            ("Schooljaar", school_year(c.set_date))]

    def add(label, v, join=" "):
        if v is None:
            return
        rows.append((label, join.join(x.rstrip(".") if join == "; " else x for x in v) if v else ""))
    u = k.uitstroom()
    if u["mode"] == "unticked":
        rows.append(("Verwachte uitstroom", "  ".join(f"{TICK[t]} {o}" for o, t in u["options"])))
    else:
        add("Verwachte uitstroom", u["value"])
    add("Onderbouwing", k.onderbouwing())
    add("Sterke kanten", factors_text(k.factors("bev")), "; ")
    add("Belemmeringen", factors_text(k.factors("bel")), "; ")
    add(f"Wat heeft {n} nodig?", k.behoefte())
    s = k.ondersteuning()
    if s is not None:
        if isinstance(s, dict):
            rows.append(("Ondersteuning (wat, wie, hoe vaak, vanaf)", "; ".join(", ".join(x for x in r if x) for r in s["rows"]) if s["rows"][0][1] else " ".join(s["text"] or [s["rows"][0][0]])))
        else:
            add("Ondersteuning (wat, wie, hoe vaak, vanaf)", s)
    add("Afwijking programma", k.afwijkingen())
    d = k.doelen()
    if d is not None:
        rows.append(("Doelen", " / ".join(x + (f" ({y}, {z})" if y else "") for x, y, z in d)))
    add("Externe adviezen", k.adviezen())
    add("Besproken met ouders", k.oogo())
    add(f"Wat vindt {n} zelf?", k.inbreng())
    add("Evaluatie", k.evaluatie())
    add("Rechten ouders", k.rechten())
    add("Vastgesteld (datum, door)", k.vaststelling())
    b = [("title", "Beknopt OPP"), ("sub", f"{c.school} · {c.place}"), ("kv", rows), ("h2", "Instemming handelingsdeel")]
    b += consent_blocks(k.consent(), c)
    return {"blocks": b, "footer": "Beknopt OPP – format 2024", "font": "sans", "rows": rows, "consent": k.consent(), "content": k}


# ------------------------------------------------------------------ E: question headings
def layout_questions(c):
    k = Content(c)
    n = c.first
    nxt = {"po": "de basisschool", "sbo": "het sbo", "so": "het so", "vso": "school", "vo": "school", "pro": "school"}[c.st]
    b = [("title", f"Het plan van {n}"),
         ("sub", f"Ontwikkelingsperspectief {school_year(c.set_date)} – {c.school}, {c.place}"),
         ("p", f"{c.name}, geboren {c.d(c.birth)}. Opgesteld door {c.ib} en {c.teacher}.")]
    u = k.uitstroom()
    b += section(f"Waar gaat {n} naartoe na {nxt}?", u["value"] if u["mode"] != "unticked" else [])
    b += section("Waarom denken we dat?", k.onderbouwing())
    b += section(f"Waar is {n} goed in en wat helpt?", factors_text(k.factors("bev")))
    b += section("Wat maakt het moeilijk?", factors_text(k.factors("bel")))
    b += section(f"Wat heeft {n} nodig?", k.behoefte())
    s = k.ondersteuning()
    if s is not None:
        b.append(("h1", "Welke hulp krijgt " + n + ", van wie en hoe vaak?"))
        if isinstance(s, dict):
            if s["rows"][0][1]:
                b += [("p", f"• {w} – {wie}, {f}, vanaf {v}") for w, wie, f, v in s["rows"]]
            else:
                b += paras(s["text"])
        else:
            b += paras(s)
    b += section(f"Doet {n} een ander programma dan de groep?", k.afwijkingen())
    d = k.doelen()
    if d is not None:
        b.append(("h1", "Wat willen we bereiken?"))
        b += [("p", f"• {x}" + (f" – we zien het aan: {y}; {z}" if y else "")) for x, y, z in d]
    b += section("Wat zeggen deskundigen?", k.adviezen())
    ib = k.inbreng()
    b += section(f"Wat zegt {n} zelf?", ib)
    b += section("Hoe hebben we dit samen besproken?", k.oogo())
    b += section("Wanneer kijken we terug?", k.evaluatie())
    b += section("Wat als u het er niet mee eens bent?", k.rechten())
    kk = k.consent()
    if kk is not None:
        b.append(("h1", "Akkoord?"))
        b += consent_blocks(kk, c, style="lines")
    b += section("Wie heeft het plan vastgesteld?", k.vaststelling())
    return {"blocks": b, "footer": "", "font": "sans"}


# ------------------------------------------------------------------ F: letter style
def layout_letter(c):
    k = Content(c)
    n = c.first
    parent = "Aan de curator en " + c.first if c.curatele else ("Aan " + c.name if c.adult else f"Aan de ouders/verzorgers van {n}")
    b = [("sub", f"{c.school} · Schoolstraat {c.r.randint(2, 80)} · {c.place}"),
         ("p", parent),
         ("p", f"{c.place}, {fmt_date(c.set_date, 0)}"),
         ("p", f"Betreft: ontwikkelingsperspectief van {c.name} (geb. {c.d(c.birth)})"),
         ("p", "Beste ouders," if not (c.adult or c.curatele) else f"Beste {n}," if c.adult else "Geachte heer Velthuis, beste " + n + ","),
         ("p", f"Zoals besproken sturen wij u het ontwikkelingsperspectief (OPP) van {n} voor het schooljaar {school_year(c.set_date)}. "
               "In deze brief vatten wij het plan samen.")]

    def para(lead, lst, join=" "):
        if lst is None:
            return []
        if not lst:
            return [("p", f"{lead}")]
        return [("p", f"{lead} {join.join(x.rstrip('.') if join == '; ' else x for x in lst)}")]
    u = k.uitstroom()
    b += para("Waar werken we naartoe? Wij verwachten voor " + n + " de volgende uitstroombestemming:", u["value"])
    b += para("Waarom?", k.onderbouwing())
    bev, bel = factors_text(k.factors("bev")), factors_text(k.factors("bel"))
    b += para("Wat gaat goed:", bev, "; ")
    b += para("Wat het leren lastig maakt:", bel, "; ")
    b += para(f"Wat {n} nodig heeft:", k.behoefte())
    s = k.ondersteuning()
    if s is not None:
        if isinstance(s, dict):
            if s["rows"][0][1]:
                b.append(("p", "De school biedt de volgende ondersteuning (handelingsdeel):"))
                b += [("p", f"– {w}: {wie}, {f}, met ingang van {v}.") for w, wie, f, v in s["rows"]]
            else:
                b += paras(s["text"])
        else:
            b += para("Ondersteuning:", s)
    b += para("Onderwijsprogramma:", k.afwijkingen())
    d = k.doelen()
    if d is not None:
        b.append(("p", "De doelen voor de komende periode:" + ("" if d else " ")))
        b += [("p", f"– {x}" + (f" (meten: {y}; {z})" if y else "")) for x, y, z in d]
    b += para("Adviezen van deskundigen:", k.adviezen())
    b += para(f"Wat vindt {n} er zelf van?", k.inbreng())
    b += para("Ons gesprek:", k.oogo())
    b += para("Evaluatie:", k.evaluatie())
    b += para("Uw rechten:", k.rechten())
    b += para("Vaststelling:", k.vaststelling())
    b += [("p", "Met vriendelijke groet,"), ("p", f"{c.director}\ndirecteur {c.school}"), ("p", f"{c.ib}, intern begeleider / zorgcoördinator")]
    kk = k.consent()
    if kk is not None:
        b.append(("h2", "Antwoordstrook – graag ondertekend retour"))
        if kk["mode"] != "avg_only":
            b.append(("p", f"Ondergetekende heeft het OPP van {n} ontvangen en besproken."))
        b += consent_blocks(kk, c, style="lines")
    return {"blocks": b, "footer": "", "font": "serif"}


# ------------------------------------------------------------------ G: LVS export
def layout_export(c):
    k = Content(c)
    n = c.first
    L = "(leeg)"

    def val(v, join=" "):
        if v is None:
            return None
        return join.join(v) if v else L
    rev = f" – herzien {c.d(c.revised)}" if c.revised else ""
    b = [("sub", "Leerlinggids 5 · Export · Ontwikkelingsperspectief"),
         ("title", f"OPP {c.name} ({c.st.upper() if c.st != 'pro' else 'PrO'}){rev}"),
         ("kv", [("Leerlingnummer", str(100000 + c.r.randint(0, 899999))), ("Geboortedatum", c.d(c.birth, 1)), ("Instelling", c.school),
                 ("Plaats", c.place), ("Ingangsdatum OPP", c.d(c.set_date, 1) if c.modes["vaststelling"] not in ("absent",) else c.d(c.oogo_date, 1)),
                 ("Einddatum OPP", c.d(c.set_date.replace(year=c.set_date.year + 1), 1)), ("Eigenaar", c.ib)])]
    fields = []
    u = k.uitstroom()
    fields.append(("Perspectief > Uitstroomniveau", val(u["value"])))
    fields.append(("Perspectief > Onderbouwing", val(k.onderbouwing())))
    fields.append(("Leerlingkenmerken > Belemmerende factoren", val(factors_text(k.factors("bel")), " | ")))
    fields.append(("Leerlingkenmerken > Stimulerende factoren", val(factors_text(k.factors("bev")), " | ")))
    fields.append(("Onderwijsbehoeften", val(k.behoefte(), " | ")))
    fields.append(("Programma > Afwijkingen", val(k.afwijkingen())))
    fields.append(("Externe adviezen", val(k.adviezen())))
    fields.append(("Leerlingperspectief", val(k.inbreng())))
    b.append(("kv", [(a, v) for a, v in fields if v is not None]))
    s = k.ondersteuning()
    if s is not None:
        b.append(("h2", "Interventies (handelingsdeel)"))
        if isinstance(s, dict):
            b.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Startdatum"], [list(r) for r in s["rows"]]))
        else:
            b.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Startdatum"], [[s[0] if s else L, "", "", ""]]))
    d = k.doelen()
    if d is not None:
        b.append(("h2", "Doelen"))
        b.append(("table", ["Doel", "Criterium", "Streefdatum", "Status"], [[x, y or "-", z or "-", "actief"] for x, y, z in d] or [[L, "", "", ""]]))
    o = k.oogo()
    gesprekken = []
    if c.revised:
        gesprekken.append([c.d(c.set_date, 1), "OPP-gesprek", "ouders, IB", "Eerste OPP besproken; ouders akkoord."])
        gesprekken.append([c.d(c.revised, 1), "Evaluatie/bijstelling", "ouders, leerkracht, IB", "Doelen bijgesteld; RT verlengd."])
    if o is not None:
        gesprekken.append([c.d(c.oogo_date, 1) if c.modes["oogo"] == "present" else "", "OOGO ouders", "ouders, mentor, zorgco" if c.modes["oogo"] == "present" else "", " ".join(o) if o else L])
    if gesprekken:
        b.append(("h2", "Gesprekken"))
        b.append(("table", ["Datum", "Type", "Deelnemers", "Verslag"], gesprekken))
    e = k.evaluatie()
    rr = k.rechten()
    ff = []
    if e is not None:
        ff.append(("Evaluatiemomenten", val(e)))
    if rr is not None:
        ff.append(("Informatie ouders", val(rr)))
    kk = k.consent()
    if kk is not None and kk["mode"] not in ("avg_only",):
        t = kk["tick"]
        akk = {"akkoord": "Ja", "niet": "Nee", "deels": "Gedeeltelijk", "gezien": "Voor gezien", "protest": "Ja (onder protest)", "none": L, None: L}[t]
        if kk["mode"] == "no_date":
            akk = "Ja"
        ff.append(("Akkoord ouders handelingsdeel", akk))
        if kk["mode"] == "digital" or kk["mode"] == "signed":
            ff.append(("Akkoord gegeven door / op", kk["note"] or f"{kk['lines'][0][0]}, {kk['lines'][0][2]}"))
        elif kk["mode"] == "no_date":
            ff.append(("Akkoord gegeven door / op", f"{kk['lines'][0][0]}, {L}"))
        elif kk["note"]:
            ff.append(("Toelichting ouders", kk["note"]))
    elif kk is not None:
        ff.append(("Toestemming AVG (gegevensuitwisseling)", f"Ja – {kk['avg'][0][0]}, {kk['avg'][0][2]}"))
    v = k.vaststelling()
    if v is not None:
        ff.append(("Vaststelling", val(v)))
    b.append(("kv", ff))
    if c.fmt == "scan" and kk is not None and kk["lines"]:
        b.append(("table", ["Naam", "Handtekening", "Datum"], [[w, "§SIG§" if s_ else "", d_] for w, s_, d_ in kk["lines"]]))
    return {"blocks": b, "footer": f"Afgedrukt uit Leerlinggids 5 door {c.ib.lower().replace('. ', '.')} op {c.d(c.set_date, 1)} 14:{c.r.randint(10, 59)} · Vertrouwelijk · pagina {{page}}",
            "font": "mono"}


# ------------------------------------------------------------------ H: SO/VSO format with profile and CvB
def layout_sovso(c):
    k = Content(c)
    n = c.first
    u = k.uitstroom()
    b = [("sub", f"{c.school} · expertisecentrum {c.place}"),
         ("title", "Ontwikkelingsperspectief (OPP) SO/VSO"),
         ("kv", [("Naam", c.name), ("Geboortedatum", c.d(c.birth)), ("Leeftijd", f"{c.age} jaar"),
                 ("Groep/mentor", f"{'VSO' if c.st == 'vso' else 'SO'}-{c.r.randint(1, 6)} / {c.mentor}"),
                 ("TLV", f"categorie laag, geldig tot 31-07-{c.set_date.year + 2}"),
                 ("Wettelijk vertegenwoordiger", c.curator if c.curatele else ("n.v.t. (meerderjarig, handelingsbekwaam)" if c.adult else "ouders"))]),
         ("h1", "1. Uitstroomprofiel")]
    if u["mode"] in ("present", "unticked"):
        b.append(("checks", "Profiel:" if c.st == "vso" else "Verwachte vervolgplek:", u["options"] if c.st == "vso" else u["options"]))
        if u["mode"] == "present":
            b.append(("p", "Toelichting: " + u["value"][0]))
    elif u["value"] is not None:
        b += paras(u["value"]) if u["value"] else []
    b += section("2. Onderbouwing", k.onderbouwing())
    bel, bev = k.factors("bel"), k.factors("bev")
    b.append(("h1", "3. Belemmerende en beschermende factoren"))
    if bev is not None:
        b.append(("h2", "Beschermende factoren / sterke kanten"))
        b += paras(factors_text(bev))
    if bel is not None:
        b.append(("h2", "Belemmerende factoren"))
        b += paras(factors_text(bel))
    b += section("4. Onderwijs- en ondersteuningsbehoeften", k.behoefte())
    b += section("5. Advies Commissie van Begeleiding en andere deskundigen", k.adviezen())
    b += section("6. Leerlijnen en afwijkingen van het programma", k.afwijkingen())
    d = k.doelen()
    if d is not None:
        b.append(("h1", "7. Doelen"))
        if d and d[0][1]:
            b.append(("table", ["Doel", "Hoe meten we het", "Wanneer"], [list(x) for x in d]))
        else:
            b += [("p", x) for x, _, _ in d]
    s = k.ondersteuning()
    if s is not None:
        b.append(("h1", "8. Handelingsdeel: ondersteuning en begeleiding"))
        if isinstance(s, dict):
            if s["rows"][0][1]:
                b.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in s["rows"]]))
            else:
                b += paras(s["text"])
        else:
            b += [("ctrl", x) if x.startswith("Klik") else ("p", x) for x in s]
    b += section(f"9. Wat vindt {n} zelf?", k.inbreng())
    b += section("10. Overleg", k.oogo())
    b += section("11. Evaluatie", k.evaluatie())
    b.append(("h1", "12. Instemming en vaststelling"))
    r = k.rechten()
    if r is not None:
        b += paras(r)
    b += consent_blocks(k.consent(), c)
    v = k.vaststelling()
    if v is not None:
        b += paras(v)
    return {"blocks": b, "footer": f"OPP {c.name} · {c.school}", "font": "sans"}


LAYOUTS = {"swv-genummerd": layout_swv, "domeintabel": layout_domain, "groeidocument": layout_groei,
           "beknopt-opp": layout_short, "vraagkoppen": layout_questions, "briefvorm": layout_letter,
           "systeemexport": layout_export, "so-vso-profiel": layout_sovso}


# ------------------------------------------------------------------ non-OPP documents
def doc_leaflet():
    b = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
         ("sub", "Informatie voor ouders – Samenwerkingsverband Passend Onderwijs Lindeweerd-Oost"),
         ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de school standaard biedt? Dan maakt de school een ontwikkelingsperspectief, kortweg OPP. In deze folder leest u wat erin staat en wat uw rol is."),
         ("h1", "Wat staat er in een OPP?"),
         ("p", "• De verwachte uitstroombestemming: naar welk type vervolgonderwijs of werk uw kind waarschijnlijk gaat."),
         ("p", "• De onderbouwing daarvan, met de belemmerende en bevorderende factoren: wat maakt leren moeilijk, en wat helpt juist?"),
         ("p", "• Wat uw kind nodig heeft, en welke ondersteuning de school biedt: wat, door wie, hoe vaak."),
         ("p", "• Of uw kind afwijkt van het gewone programma, bijvoorbeeld een eigen leerlijn."),
         ("p", "• Doelen, adviezen van deskundigen, en wanneer het plan wordt geëvalueerd (minstens één keer per jaar)."),
         ("h1", "Wat is uw rol?"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Met het handelingsdeel moet u instemmen. Sinds 1 augustus 2025 moet de school ook uw kind zelf horen: wat vindt uw kind van het plan?"),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. U kunt ook terecht bij ons ouder- en jeugdsteunpunt, bij een onderwijsconsulent of bij de Geschillencommissie passend onderwijs (binnen zes weken)."),
         ("p", "Ouder- en jeugdsteunpunt: ma–do 9.00–12.00 uur, telefoon 0000-123 456 (fictief)")]
    return {"blocks": b, "footer": "Folder ouders – versie 2025", "font": "sans"}


def doc_newsletter():
    b = [("title", "Nieuwsbrief De Vlinderboom – december 2026"),
         ("h1", "Sinterklaas is weer vertrokken"),
         ("p", "Wat een feest was het op 5 december! Dank aan de ouderraad voor de versiering en de pepernoten."),
         ("h1", "OPP-gesprekken in januari"),
         ("p", "Voor een aantal kinderen heeft de school een ontwikkelingsperspectief (OPP). In januari nodigen we de ouders van deze kinderen uit voor het evaluatiegesprek. Nieuw sinds vorig schooljaar: ook de kinderen zelf praten mee over hun plan (hoorrecht). De intern begeleider, juf Annelies, stuurt de uitnodigingen voor de kerstvakantie."),
         ("h1", "Studiedag"),
         ("p", "Op woensdag 20 januari zijn alle kinderen vrij in verband met een studiedag."),
         ("h1", "Luizencontrole"),
         ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op maandag geen ingewikkelde vlechten maken?"),
         ("h1", "Agenda"),
         ("table", ["Datum", "Wat"], [["18 december", "Kerstdiner"], ["19 dec – 3 jan", "Kerstvakantie"], ["20 januari", "Studiedag"]])]
    return {"blocks": b, "footer": "IKC De Vlinderboom · Ravenswaarde", "font": "sans"}


def doc_blank_format():
    b = [("sub", "SWV Passend Onderwijs Lindeweerd-Oost (PO) – format ontwikkelingsperspectief, versie 2025-1 (incl. hoorrecht)"),
         ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("h1", "1. Gegevens"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep", ""), ("Intern begeleider", ""), ("Schooljaar", "")])]
    for h, e in [("2. Ondersteuningsbehoeften", "ondersteuningsbehoefte"), ("3.1 Bevorderende factoren", "bevorderende_factoren"),
                 ("3.2 Belemmerende factoren", "belemmerende_factoren"), ("4. Adviezen van externe deskundigen", "adviezen_professionals"),
                 ("5.1 Verwachte uitstroombestemming", "uitstroombestemming"), ("5.2 Onderbouwing", "onderbouwing"),
                 ("6. Doelen voor de komende periode", "doelen"), ("7.1 Ondersteuning en begeleiding", "ondersteuning"),
                 ("7.2 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
                 ("8. Inbreng van de leerling (hoorrecht)", "inbreng_leerling"), ("9. Overleg met ouders", "oogo"),
                 ("10. Evaluatie", "evaluatie")]:
        b.append(("h1" if not h[1] == "." or h[2] == " " else "h2", h))
        b.append(("i", INSTR[e]))
        b.append(("p", ""))
    b.append(("h1", "11. Instemming handelingsdeel en ondertekening"))
    b.append(("i", INSTR["informatie_rechten"]))
    b.append(("checks", "Ouders/verzorgers:", [("akkoord met het handelingsdeel", False), ("niet akkoord", False), ("gedeeltelijk akkoord", False)]))
    b.append(("table", ["Naam", "Handtekening", "Datum"], [["", "", ""], ["", "", ""], ["namens de school", "", ""]]))
    b.append(("h1", "12. Vaststelling"))
    b.append(("kv", [("Datum vaststelling", ""), ("Door (naam, functie)", "")]))
    return {"blocks": b, "footer": "Format OPP SWV Lindeweerd-Oost – leeg", "font": "serif"}


def doc_invitation():
    b = [("p", "CBS De Zaaier · Aldersum"),
         ("p", "Aldersum, 2 oktober 2026"),
         ("p", "Betreft: uitnodiging gesprek over het ontwikkelingsperspectief"),
         ("p", "Beste ouders/verzorgers van Jesse,"),
         ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectief (OPP) van Jesse. Het concept sturen we u een week van tevoren toe. In het gesprek bespreken we het verwachte uitstroomniveau, de ondersteuning die we willen bieden en de doelen. Jesse is van harte welkom om het eerste deel van het gesprek aan te sluiten, zodat we ook horen wat hij zelf belangrijk vindt."),
         ("p", "Datum: dinsdag 13 oktober 2026, 15.15 uur, in het kantoor van de IB'er."),
         ("p", "Kunt u niet? Laat het ons dan weten, dan zoeken we een ander moment."),
         ("p", "Met vriendelijke groet,"),
         ("p", "W. Zeegers, intern begeleider")]
    return {"blocks": b, "footer": "", "font": "serif"}
