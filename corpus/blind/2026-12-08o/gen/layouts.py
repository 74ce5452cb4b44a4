# -*- coding: utf-8 -*-
"""Layouts: a case + per-element contents -> a neutral document (list of blocks)."""
from content import long_date, short_date, plus, school_year, OTHER_CONSENT, MONTHS

FACTORS = ("belemmerende_factoren", "bevorderende_factoren")


def staff_role(case):
    return "leerkracht" if case.stype in ("po", "sbo", "so") else "mentor"


def ib_role(case):
    return "intern begeleider" if case.stype in ("po", "sbo") else "zorgcoördinator"


def el_blocks(el, ct, case, table_support=True):
    """Blocks for the body of one element; None when absent."""
    if ct.kind == "absent":
        return None
    if ct.kind == "empty":
        return []
    if ct.kind == "text":
        return [("pi" if ct.extra.get("instr") else "p", p) for p in ct.paras]
    if el in FACTORS:
        return [("bullets", ["%s: %s" % (dm, tx) for dm, tx in ct.pairs])]
    if el == "ondersteuning":
        if table_support:
            return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in ct.rows], [0.42, 0.25, 0.17, 0.16])]
        return [("bullets", ["%s — %s, %s, vanaf %s" % r for r in ct.rows])]
    if el == "doelen":
        return [("bullets", ct.paras)]
    return [("p", p) for p in ct.paras]


def el_text(el, ct, case, sep="\n"):
    """Content as a single string (for table cells / form fields); None when absent."""
    if ct.kind == "absent":
        return None
    if ct.kind == "empty":
        return ""
    if ct.kind == "text":
        return sep.join(ct.paras)
    if el in FACTORS:
        return sep.join("%s: %s" % p for p in ct.pairs)
    if el == "ondersteuning":
        return sep.join("%s — %s, %s, vanaf %s" % r for r in ct.rows)
    return sep.join(ct.paras)


def section(title, el, C, case, level="h1", table_support=True):
    b = el_blocks(el, C[el], case, table_support)
    if b is None:
        return []
    return [(level, title)] + b


def consent_blocks(K, case, C, with_boxes=True, heading=None, level="h1", school_row=True):
    out = []
    if K.kind == "absent":
        other = K.extra.get("other")
        if other:
            t, s = OTHER_CONSENT[other]
            out += [(level, t), ("p", s),
                    ("sig", [dict(role=r, name=nm, date=short_date(case.consent_date), signed=True, note="") for r, nm in case.signers])]
        return out
    if heading:
        out.append((level, heading))
    if K.kind == "empty":
        return out
    ex = K.extra
    out.append(("p", ex["stmt"]))
    if with_boxes:
        out.append(("checks", ex["boxes"]))
    if ex.get("remark"):
        out.append(("p", "Opmerking ouders: " + ex["remark"]))
    if ex.get("portal"):
        out.append(("p", ex["portal"]))
        sigs = []
    else:
        sigs = [dict(role=r, name=nm, date=short_date(dt_) if dt_ else "", signed=sg, note=nt) for r, nm, dt_, sg, nt in ex["signers"]]
    if school_row and C["vaststelling"].kind == "full":
        sigs.append(dict(role="Namens de school (directeur)", name=case.director, date=short_date(case.date), signed=True, note=""))
    if sigs:
        out.append(("sig", sigs))
    return out


def personalia(case, extra=()):
    rows = [("Naam leerling", case.name), ("Geboortedatum", short_date(case.birth)),
            ("School", "%s, %s" % (case.school, case.place)), ("Groep / klas", case.group),
            ("Samenwerkingsverband", case.swv),
            ("Leerkracht / mentor", case.teacher), ("IB / zorgcoördinator", case.ib),
            ("Schooljaar", school_year(case.date)), ("Datum opgesteld", long_date(plus(case.oogo_date, -3)))]
    if case.stype == "vso" and case.adult:
        rows.insert(2, ("Meerderjarig", "ja (%d jaar)%s" % (case.age, "; onder curatele (curator: %s)" % case.mother if case.curatele else "")))
    if case.revised:
        rows.append(("Bijgesteld", long_date(case.revised)))
    return [("kv", rows + list(extra))]


def uitstroom_checks(case, ct):
    """Tick-box list of destinations; ticked according to content."""
    if case.stype == "vso":
        opts = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]
    elif case.stype == "pro":
        opts = ["Arbeid", "Arbeid met ondersteuning / beschut werk", "mbo entree (niveau 1)", "Dagbesteding"]
    elif case.stype == "vo":
        opts = ["vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo", "mbo"]
    else:
        opts = ["Praktijkonderwijs", "vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "vso"]
    dest = case.dest.lower()
    ticked = set()
    if ct.kind == "full":
        for o in opts:
            ol = o.lower()
            key = {"vmbo-b": "basisberoeps", "vmbo-k": "kader", "vmbo-basis": "basis", "vmbo-kader": "kader",
                   "arbeidsmarktgericht": "arbeidsmarkt", "arbeid": "arbeid:", "arbeid met ondersteuning / beschut werk": "beschut",
                   "mbo entree (niveau 1)": "entree", "vervolgonderwijs": "vervolgonderwijs", "praktijkonderwijs": "praktijkonderwijs"}.get(ol, ol)
            if key in dest:
                ticked.add(o)
        if case.stype == "vo" and "mbo" in dest:
            ticked.discard("mbo")
    return [("checks", [(o in ticked, o) for o in opts])]


# ================================================================ L1: numbered SWV format
def L_numbered(case, C, K, o):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("subtitle", case.swv + " — format OPP versie %s" % o.get("fmtver", "2025.1"))]
    B += [("h1", "1. Gegevens leerling en school")] + personalia(case)
    secs = []
    secs.append(("Ontwikkelingsperspectief", [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing van de uitstroombestemming", "onderbouwing")]))
    secs.append(("Belemmerende en bevorderende factoren", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren")]))
    secs.append(("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte"))
    secs.append(("Adviezen van deskundigen", "adviezen_professionals"))
    secs.append(("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"))
    secs.append(("Handelingsdeel", [("Doelen voor de komende periode", "doelen"), ("Te bieden ondersteuning en begeleiding", "ondersteuning")]))
    secs.append(("Inbreng van de leerling", "inbreng_leerling"))
    secs.append(("Evaluatie", "evaluatie"))
    secs.append(("Op overeenstemming gericht overleg (OOGO)", "oogo"))
    secs.append(("Informatie over uw rechten", "informatie_rechten"))
    n = 2
    for title, spec in secs:
        if isinstance(spec, str):
            s = section("%d. %s" % (n, title), spec, C, case)
            if s:
                B += s
                n += 1
        else:
            sub = []
            m = 1
            for t2, el in spec:
                s = section("%d.%d %s" % (n, m, t2), el, C, case, level="h2")
                if s:
                    sub += s
                    m += 1
            if sub:
                B += [("h1", "%d. %s" % (n, title))] + sub
                n += 1
    B.append(("h1", "%d. Vaststelling en ondertekening" % n))
    vb = el_blocks("vaststelling", C["vaststelling"], case)
    if vb is not None:
        B += [("h2", "Vaststelling")] + vb
    B += consent_blocks(K, case, C, heading="Instemming met het handelingsdeel", level="h2")
    return dict(title="OPP %s" % case.name, blocks=B, footer="OPP %s — %s — pagina {page} van {pages}" % (case.name, case.school),
                author=case.ib)


# ================================================================ L2: table per domain
def L_domain(case, C, K, o):
    B = [("title", "OPP — %s" % case.school), ("subtitle", "Ontwikkelingsperspectief en handelingsdeel, schooljaar %s" % school_year(case.date))]
    B += personalia(case)
    B.append(("h1", "A. Ontwikkelingsperspectief"))
    rows = []
    for lab, el in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]:
        t = el_text(el, C[el], case)
        if t is not None:
            rows.append((lab, t))
    if rows:
        B.append(("kv", rows))
    # factor table
    bel, bev = C["belemmerende_factoren"], C["bevorderende_factoren"]
    if bel.kind != "absent" or bev.kind != "absent":
        B.append(("h1", "B. Factoren per domein"))
        domains = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / omgeving"]
        fulls = bel if bel.kind == "full" else (bev if bev.kind == "full" else None)
        if fulls is not None:
            domains = [dm for dm, _ in fulls.pairs]
        hdr = ["Domein"]
        cols = []
        for ct, name in [(bel, "Belemmerend"), (bev, "Bevorderend")]:
            if ct.kind == "absent":
                continue
            hdr.append(name)
            if ct.kind == "full":
                cols.append([tx for _, tx in ct.pairs])
            elif ct.kind == "text":
                cols.append([" ".join(ct.paras)] + [""] * (len(domains) - 1))
            else:
                cols.append([""] * len(domains))
        rows = [[dm] + [c[i] for c in cols] for i, dm in enumerate(domains)]
        B.append(("table", hdr, rows, [0.2] + [0.8 / len(cols)] * len(cols)))
    s = section("C. Onderwijsbehoeften", "ondersteuningsbehoefte", C, case)
    B += s
    s = section("D. Afwijkingen van het programma", "afwijkingen_onderwijsprogramma", C, case)
    B += s
    # handelingsdeel table
    dl, on = C["doelen"], C["ondersteuning"]
    if dl.kind != "absent" or on.kind != "absent":
        B.append(("h1", "E. Handelingsdeel"))
        hdr, rows = [], []
        nrow = 3
        gcol = None
        if dl.kind != "absent":
            hdr.append("Doel")
            gcol = dl.paras if dl.kind in ("full", "text") else []
        scol = None
        if on.kind != "absent":
            hdr += ["Aanpak / ondersteuning", "Wie", "Hoe vaak / vanaf"]
        for i in range(nrow):
            r = []
            if dl.kind != "absent":
                r.append(gcol[i] if gcol and i < len(gcol) else "")
            if on.kind == "full":
                a = on.rows[i]
                r += [a[0], a[1], "%s, vanaf %s" % (a[2], a[3])]
            elif on.kind == "text":
                r += [on.paras[0] if i == 0 else "", "", ""]
            elif on.kind == "empty":
                r += ["", "", ""]
            rows.append(r)
        w = [0.34, 0.28, 0.19, 0.19] if len(hdr) == 4 else None
        B.append(("table", hdr, rows, w))
    B += section("F. Adviezen externe deskundigen", "adviezen_professionals", C, case)
    B += section("G. Stem van de leerling", "inbreng_leerling", C, case)
    B += section("H. Evaluatie", "evaluatie", C, case)
    B += section("I. Overleg met ouders", "oogo", C, case)
    B += section("J. Rechten van ouders", "informatie_rechten", C, case)
    B.append(("h1", "K. Vaststelling en instemming"))
    vb = el_blocks("vaststelling", C["vaststelling"], case)
    if vb:
        B += vb
    elif vb == []:
        B += [("p", "Vastgesteld op:"), ("p", "Door:")]
    B += consent_blocks(K, case, C)
    return dict(title="OPP %s" % case.name, blocks=B, header="%s — vertrouwelijk" % case.school,
                footer="Pagina {page} van {pages}", author=case.ib)


# ================================================================ L3: groeidocument with OPP chapter
def L_groei(case, C, K, o):
    n = case.first
    B = [("title", "Groeidocument %s" % case.name), ("subtitle", "%s — het ontwikkelingsperspectief (OPP) is hoofdstuk 5 van dit groeidocument" % case.swv)]
    B += [("h1", "1. Gegevens")] + personalia(case)
    B += [("h1", "2. Schoolloopbaan en hulpvraag"),
          ("p", "%s zit sinds %d op %s. %s" % (n, case.date.year - 2, case.school,
                                               "Eerder is ondersteuning geboden binnen de basisondersteuning (verlengde instructie, RT in groep 4 en 5)." if case.stype in ("po", "sbo", "so") else "In de onderbouw kreeg %s begeleiding vanuit het ondersteuningsteam." % n)),
          ("p", "Hulpvraag van de school: hoe kunnen we %s zo begeleiden dat %s tot leren komt en zich veilig voelt?" % (n, case.hij))]
    bel, bev = C["belemmerende_factoren"], C["bevorderende_factoren"]
    if bel.kind != "absent" or bev.kind != "absent":
        B.append(("h1", "3. Wat zien we? Belemmerende en bevorderende factoren"))
        hdr, cols = [], []
        for ct, name, el in [(bel, "Belemmerende factoren", "belemmerende_factoren"), (bev, "Bevorderende factoren", "bevorderende_factoren")]:
            if ct.kind == "absent":
                continue
            hdr.append(name)
            cols.append(el_text(el, ct, case, sep="\n\n"))
        B.append(("table", hdr, [cols]))
    B += section("4. Onderwijsbehoeften", "ondersteuningsbehoefte", C, case)
    B.append(("h1", "5. Ontwikkelingsperspectief (OPP)"))
    B += section("5.1 Verwachte uitstroombestemming", "uitstroombestemming", C, case, level="h2")
    B += section("5.2 Onderbouwing", "onderbouwing", C, case, level="h2")
    B += section("5.3 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", C, case, level="h2")
    hd = section("6.1 Doelen", "doelen", C, case, level="h2") + section("6.2 Ondersteuning: wat, wie, hoe vaak", "ondersteuning", C, case, level="h2")
    if hd:
        B += [("h1", "6. Handelingsdeel")] + hd
    B += section("7. Externe deskundigen en hun adviezen", "adviezen_professionals", C, case)
    sub = section("8.1 Gesprek met ouders (OOGO)", "oogo", C, case, level="h2") + section("8.2 Wat vindt %s zelf?" % n, "inbreng_leerling", C, case, level="h2")
    if sub:
        B += [("h1", "8. Betrokkenheid van ouders en leerling")] + sub
    B += section("9. Evaluatie en bijstelling", "evaluatie", C, case)
    B += section("10. Rechten van ouders", "informatie_rechten", C, case)
    B.append(("h1", "11. Vaststelling en ondertekening"))
    vb = el_blocks("vaststelling", C["vaststelling"], case)
    if vb:
        B += vb
    B += consent_blocks(K, case, C, heading="Instemming handelingsdeel (hoofdstuk 6)", level="h2")
    return dict(title="Groeidocument %s" % case.name, blocks=B, footer="Groeidocument %s — %s — {page}/{pages}" % (case.name, case.swv.split(" (")[0]),
                author=case.ib, accent="#2e5e4e")


# ================================================================ L4: beknopt OPP (docx content controls or fillable pdf)
BEKNOPT = [("Verwachte uitstroombestemming", "uitstroombestemming", 2), ("Onderbouwing", "onderbouwing", 4),
           ("Belemmerende factoren", "belemmerende_factoren", 4), ("Bevorderende factoren", "bevorderende_factoren", 4),
           ("Onderwijsbehoeften", "ondersteuningsbehoefte", 3), ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma", 2),
           ("Doelen (SMART)", "doelen", 4), ("Ondersteuning (wat, wie, hoe vaak, vanaf)", "ondersteuning", 4),
           ("Adviezen deskundigen", "adviezen_professionals", 3), ("Mening van de leerling en wat we ermee doen", "inbreng_leerling", 3),
           ("OOGO: datum en aanwezigen", "oogo", 2), ("Evaluatie: wanneer en met wie", "evaluatie", 2),
           ("Rechten ouders", "informatie_rechten", 3), ("Vastgesteld (datum, naam)", "vaststelling", 1)]


def L_beknopt_docx(case, C, K, o):
    B = [("title", "Beknopt OPP"), ("subtitle", "%s — %s" % (case.school, case.swv))]
    B += personalia(case)
    for lab, el, _ in BEKNOPT:
        ct = C[el]
        if ct.kind == "absent":
            continue
        if el == "uitstroombestemming" and o.get("ticks"):
            B.append(("h2", lab))
            B += uitstroom_checks(case, ct)
            if ct.kind == "full":
                B.append(("sdt", "Toelichting", ct.paras[0], False))
            continue
        if el == "afwijkingen_onderwijsprogramma" and o.get("ticks"):
            B.append(("h2", lab))
            full = ct.kind == "full"
            nvt = ct.extra.get("nvt")
            B.append(("checks", [(bool(nvt), "Geen afwijkingen"), (full and "leerlijn" in ct.paras[0], "Eigen leerlijn"),
                                 (full and "vrijstelling" in ct.paras[0].lower(), "Vrijstelling vak(ken)"),
                                 (full and "rooster" in ct.paras[0].lower(), "Aangepaste onderwijstijd")]))
            if full:
                B.append(("sdt", "Toelichting", ct.paras[0], False))
            continue
        txt = el_text(el, ct, case)
        ph = (ct.kind == "empty") or (ct.kind == "text" and ct.paras == ["Klik of tik om tekst in te voeren."])
        B.append(("sdt", lab, txt, ph))
    B += consent_blocks(K, case, C, heading="Instemming ouders met het handelingsdeel", level="h2")
    return dict(title="Beknopt OPP %s" % case.name, blocks=B, footer="Beknopt OPP — %s — {page}" % case.swv.split(" (")[0],
                author=case.ib, docx_checkbox_sdt=bool(o.get("ticks")))


def form_beknopt(case, C, K, o, blank=False):
    F = []
    if not blank:
        pers = [("naam", "Naam leerling", case.name), ("geb", "Geboortedatum", short_date(case.birth)),
                ("school", "School en groep/klas", "%s, %s — %s" % (case.school, case.place, case.group)),
                ("opgesteld", "Datum opgesteld / opgesteld door", "%s / %s" % (short_date(plus(case.oogo_date, -3)), case.ib))]
        if case.stype == "vso" and case.adult:
            pers.append(("meerderjarig", "Meerderjarig", "ja"))
    else:
        pers = [("naam", "Naam leerling", ""), ("geb", "Geboortedatum", ""), ("school", "School en groep/klas", ""),
                ("opgesteld", "Datum opgesteld / opgesteld door", "")]
    F.append(("h", "Gegevens"))
    F += [("text", a, b, c, 1) for a, b, c in pers]
    F.append(("h", "Ontwikkelingsperspectief en handelingsdeel"))
    if blank:
        F.append(("note", "Vul alle velden in. Het handelingsdeel (doelen en ondersteuning) vraagt instemming van ouders."))
    for lab, el, lines in BEKNOPT:
        if el == "vaststelling":
            continue
        ct = C[el] if C else None
        if ct is not None and ct.kind == "absent":
            continue
        if el == "uitstroombestemming" and o.get("ticks"):
            F.append(("note", lab + ":"))
            for tk, opt in uitstroom_checks(case, ct)[0][1] if not blank else [(False, x) for x in ["Praktijkonderwijs", "vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "vso"]]:
                F.append(("check", "uit_" + opt.replace(" ", "_").replace("/", "_"), opt, tk))
            F.append(("text", "uit_toel", "Toelichting uitstroombestemming", "" if blank or ct.kind != "full" else ct.paras[0], 2))
            continue
        val = "" if blank else el_text(el, ct, case, sep="\n")
        F.append(("text", el, lab, val, lines))
    F.append(("h", "Vaststelling en instemming"))
    F.append(("text", "vaststelling", "Vastgesteld door (naam, functie) en datum",
              "" if blank else el_text("vaststelling", C["vaststelling"], case), 1))
    if blank or K.kind == "empty":
        F += [("check", "akkoord", "Ouders gaan akkoord met het handelingsdeel", False),
              ("check", "nietakkoord", "Ouders gaan niet akkoord met het handelingsdeel", False),
              ("text", "ouder_naam", "Naam ouder(s)/verzorger(s)", "", 1), ("text", "ouder_datum", "Datum", "", 1),
              ("text", "ouder_hand", "Handtekening (typ naam bij digitale ondertekening)", "", 1)]
    elif K.kind == "consent":
        ex = K.extra
        F += [("check", "akkoord", ex["boxes"][0][1], ex["boxes"][0][0]), ("check", "nietakkoord", ex["boxes"][1][1], ex["boxes"][1][0])]
        r, nm, dt_, sg, nt = ex["signers"][0]
        F += [("text", "ouder_naam", "Naam %s" % r.lower(), nm, 1), ("text", "ouder_datum", "Datum", short_date(dt_) if dt_ else "", 1),
              ("text", "ouder_hand", "Handtekening (typ naam bij digitale ondertekening)", (nm + (" (" + nt + ")" if nt else "")) if sg else "", 1)]
        if ex.get("remark"):
            F.append(("text", "opm", "Opmerking ouders", ex["remark"], 2))
    return dict(title="Beknopt OPP" if not blank else "Beknopt OPP — format", subtitle=(case.swv if case else "Samenwerkingsverband Passend Onderwijs") + " — invulformulier",
                fields=F, footer="Beknopt OPP (invulbaar PDF) — pagina {page}", author="")


# ================================================================ L5: question headings
def L_questions(case, C, K, o):
    n = case.first
    B = [("title", "Het plan van %s" % n), ("subtitle", "Ontwikkelingsperspectief (OPP) — %s, %s" % (case.school, case.place))]
    B += personalia(case)
    Q = [("Waar werken we naartoe? (verwachte uitstroombestemming)", "uitstroombestemming"),
         ("Waarom verwachten we dat?", "onderbouwing"),
         ("Wat maakt het lastig voor %s?" % n, "belemmerende_factoren"),
         ("Wat gaat goed? Waar is %s sterk in?" % n, "bevorderende_factoren"),
         ("Wat heeft %s nodig?" % n, "ondersteuningsbehoefte"),
         ("Wat zeggen de deskundigen?", "adviezen_professionals"),
         ("Wijkt het programma af van dat van de groep?", "afwijkingen_onderwijsprogramma"),
         ("Wat willen we bereiken? (doelen)", "doelen"),
         ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning"),
         ("Wat vindt %s er zelf van?" % n, "inbreng_leerling"),
         ("Hoe hebben we dit plan met u besproken?", "oogo"),
         ("Wanneer kijken we samen terug?", "evaluatie"),
         ("Wat kunt u doen als u het er niet mee eens bent?", "informatie_rechten"),
         ("Wie heeft dit plan vastgesteld?", "vaststelling")]
    for q, el in Q:
        B += section(q, el, C, case, table_support=o.get("tables", True))
    B += consent_blocks(K, case, C, heading="Gaat u akkoord met het handelingsdeel?")
    return dict(title="OPP %s" % case.name, blocks=B, footer="%s — OPP %s" % (case.school, n), author=case.teacher)


# ================================================================ L6: letter
def L_letter(case, C, K, o):
    n, h = case.first, case.hij
    B = [("letterhead", [case.school, "Schoolstraat %d, %s" % (case.rng.randint(2, 90), case.place), "tel. 0%d-%06d" % (case.rng.randint(100, 599), case.rng.randint(100000, 999999))])]
    addressee = "Aan de ouders/verzorgers van %s" % case.name if not (case.stype == "vso" and case.adult and not case.curatele) else "Aan %s" % case.name
    B += [("p", addressee), ("p", "%s, %s" % (case.place, long_date(plus(case.date, 1)))),
          ("p", "Betreft: ontwikkelingsperspectief (OPP) van %s, schooljaar %s" % (n, school_year(case.date))),
          ("p", "Beste ouders/verzorgers," if "ouders" in addressee else "Beste %s," % n),
          ("p", "Met deze brief ontvangt u het ontwikkelingsperspectief van %s. Hieronder leest u wat we verwachten, waarom, "
                "en welke ondersteuning %s krijgt." % (n, h))]

    def para(lead, el):
        ct = C[el]
        if ct.kind == "absent":
            return []
        if ct.kind == "empty":
            return [("h2", lead)]
        return [("h2", lead)] + el_blocks(el, ct, case, table_support=o.get("tables", True))

    B += para("Wat we verwachten", "uitstroombestemming")
    B += para("Waarom we dat verwachten", "onderbouwing")
    B += para("Wat het leren moeilijker maakt", "belemmerende_factoren")
    B += para("Wat %s helpt" % n, "bevorderende_factoren")
    B += para("Wat %s nodig heeft" % n, "ondersteuningsbehoefte")
    B += para("Het advies van deskundigen", "adviezen_professionals")
    B += para("Aanpassingen in het programma", "afwijkingen_onderwijsprogramma")
    B += para("Onze doelen", "doelen")
    B += para("De ondersteuning (handelingsdeel)", "ondersteuning")
    B += para("Wat %s zelf zei" % n, "inbreng_leerling")
    B += para("Ons gesprek", "oogo")
    B += para("Terugkijken", "evaluatie")
    B += para("Uw rechten", "informatie_rechten")
    vb = el_blocks("vaststelling", C["vaststelling"], case)
    if vb is not None:
        B += [("h2", "Vaststelling")] + vb
    B += [("p", "Met vriendelijke groet,"), ("p", "%s, directeur\n%s, %s" % (case.director, case.ib, ib_role(case)))]
    B.append(("pb",))
    B += consent_blocks(K, case, C, heading="Antwoordstrook — graag ondertekend retour aan de %s" % ib_role(case))
    return dict(title="Brief OPP %s" % case.name, blocks=B, author=case.director, font="serif")


# ================================================================ L7: system export
def L_export(case, C, K, o):
    sysname = o.get("sysname", "Kompas LVS")
    B = [("title", "Ontwikkelingsperspectief"), ("small", "%s — export dossier leerling %s (leerlingnr. %d)" % (sysname, case.name, 100000 + case.rng.randint(0, 899999)))]
    B.append(("bar", "Leerling"))
    B += personalia(case)

    def fld(lab, el):
        ct = C[el]
        if ct.kind == "absent":
            return None
        if ct.kind == "empty":
            return (lab, "—")
        return (lab, el_text(el, ct, case))

    groups = [("Perspectief", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
              ("Leerlingkenmerken", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                                     ("Onderwijsbehoeften", "ondersteuningsbehoefte")]),
              ("Programma", [("Afwijking onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
              ("Handelingsdeel", [("Doelen", "doelen"), ("Ondersteuning", "ondersteuning")]),
              ("Betrokkenen", [("Adviezen externen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"),
                               ("OOGO ouders", "oogo")]),
              ("Cyclus", [("Evaluatie", "evaluatie"), ("Informatie rechten", "informatie_rechten"), ("Vaststelling", "vaststelling")])]
    for g, fields in groups:
        rows = [r for r in (fld(a, b) for a, b in fields) if r]
        if rows:
            B += [("bar", g), ("kv", rows)]
    cb = consent_blocks(K, case, C, heading="Instemming handelingsdeel", level="h2")
    if cb:
        B.append(("bar", "Ondertekening"))
        B += cb
    printed = plus(case.date, o.get("print_offset", 21))
    return dict(title="Export OPP %s" % case.name, blocks=B,
                footer="%s 8.3 — afgedrukt door %s op %s 10:14 — pagina {page} van {pages}" % (sysname, case.ib, short_date(printed)),
                author=sysname, barcolor="#5b6770", creator=sysname + " rapportage")


LAYOUTS = {"numbered": L_numbered, "domain": L_domain, "groei": L_groei, "beknopt": L_beknopt_docx,
           "questions": L_questions, "letter": L_letter, "export": L_export}
