# -*- coding: utf-8 -*-
"""House styles. Each layout turns a document context into a list of abstract blocks:
("title",t) ("sub",t) ("h1",t) ("h2",t) ("p",t) ("lp",lead,t) ("kv",[(label,value)]) ("grid",hdr,rows)
("checks",label,[(t,bool)]) ("sign",hdr,rows) ("ctrl",label,value,is_placeholder) ("pb",) ("small",t)
plus doc-level header/footer passed separately."""
from content import E, Checks, Goals, as_text, d, dlong, my
import datetime as dt


def blocks_for(v):
    if v is None:
        return []
    if isinstance(v, Checks):
        return [("checks", v.label, v.opts)]
    if isinstance(v, Goals):
        return [("grid", ["Doel", "Criterium (wanneer gehaald?)", "Termijn"], [list(r) for r in v.rows])]
    if v == "":
        return []
    out, bullets = [], []
    for line in v.split("\n"):
        out.append(("p", line))
    return out


# ------------------------------------------------------------------ consent
def consent(c, style="table"):
    k = c["consent"]
    nm, p1, p2 = c["nm"], c["p1"], c.get("p2")
    cd = c["cdate"]
    school = (c["dir"] + " (directeur)", d(c["vdate"]), "w.g. " + c["dir"].split(" ", 1)[1]) if c["vkind"] == "present" else None
    hdr = ["Rol", "Naam", "Datum", "Handtekening"]
    stmt = "Ondergetekende(n) verklaart/verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."
    out = []
    out_note = None
    if k == "missing":
        return []
    if k == "avg_only":
        out.append(("h2", "Toestemming gegevensuitwisseling en beeldmateriaal (AVG)"))
        out.append(("checks", "", [(f"Ouders geven toestemming om gegevens van {nm} te delen met het samenwerkingsverband en de jeugdarts.", True),
                                   (f"Ouders geven toestemming voor het gebruik van foto's van {nm} op de website en in de nieuwsbrief.", True)]))
        out.append(("sign", hdr, [["Ouder", p1, d(cd), "w.g. " + p1.split(" ", 1)[1]]]))
        return out
    opts_ok = [("Akkoord met het handelingsdeel", True), ("Niet akkoord met het handelingsdeel", False)]
    rows = []
    sig = lambda n: "w.g. " + n.split(" ", 1)[1]
    if k in ("full", "squiggle"):
        mark = (lambda n: "~SQUIGGLE~") if k == "squiggle" else sig
        rows = [["Ouder/verzorger", p1, d(cd), mark(p1)]] + ([["Ouder/verzorger", p2, d(cd), mark(p2)]] if p2 else [])
        checks = opts_ok
    elif k == "squiggle_nodate":
        rows = [["Ouder/verzorger", p1, "", "~SQUIGGLE~"]]
        checks = opts_ok
    elif k == "voor_gezien":
        rows = [["Ouder/verzorger", p1, d(cd), "voor gezien, " + sig(p1)]]
        checks = [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", False)]
        stmt = "Handtekening ouders:"
    elif k == "onder_protest":
        rows = [["Ouder/verzorger", p1, d(cd), sig(p1) + " (getekend onder protest)"]]
        checks = opts_ok
        out_note = f"Opmerking ouders: wij tekenen onder protest. Wij vinden twee keer per week begeleiding te weinig en willen dat {nm} ook hulp krijgt bij lezen."
    elif k == "refused":
        rows = [["Ouder/verzorger", p1, d(cd), sig(p1)]] + ([["Ouder/verzorger", p2, d(cd), sig(p2)]] if p2 else [])
        checks = [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", True)]
        out_note = f"Toelichting ouders: wij zijn het niet eens met de verwachte uitstroom en vinden de geboden begeleiding te weinig."
    elif k == "partial":
        rows = [["Ouder/verzorger", p1, d(cd), sig(p1)]]
        checks = [("Akkoord met het hele handelingsdeel", False), ("Akkoord met een deel van het handelingsdeel (zie toelichting)", True),
                  ("Niet akkoord", False)]
        out_note = "Toelichting ouders: akkoord met de begeleiding en de doelen, niet akkoord met de afwijking van het onderwijsprogramma (aangepast rooster)."
    elif k == "school_only":
        rows = [["Ouder/verzorger", p1, "", ""]] + ([["Ouder/verzorger", p2, "", ""]] if p2 else [])
        checks = [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", False)]
        school = (c["dir"] + " (directeur)", d(c["vdate"]), sig(c["dir"]))
    elif k == "blank":
        rows = [["Ouder/verzorger", p1, "", ""]] + ([["Ouder/verzorger", p2 or "", "", ""]])
        checks = None
    elif k == "unticked":
        rows = [["Ouder/verzorger", "", "", ""]]
        checks = [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", False)]
    elif k == "nodate":
        rows = [["Ouder/verzorger", p1, "", sig(p1)]] + ([["Ouder/verzorger", p2, "", sig(p2)]] if p2 else [])
        checks = opts_ok
    elif k in ("adult_self", "adult_self_sq"):
        rows = [["Leerling (meerderjarig)", c["full"], d(cd), "~SQUIGGLE~" if k.endswith("_sq") else sig("x " + c["full"])]]
        checks = [("Ik stem in met het handelingsdeel", True), ("Ik stem niet in met het handelingsdeel", False)]
        stmt = f"{nm} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."
    elif k == "adult_parents":
        rows = [["Leerling (meerderjarig)", c["full"], "", ""], ["Ouder", p1, d(cd), sig(p1)]]
        checks = [("Akkoord met het handelingsdeel", True), ("Niet akkoord met het handelingsdeel", False)]
        stmt = "Handtekening voor akkoord handelingsdeel (ouders/verzorgers):"
    elif k == "curator":
        rows = [["Curator (wettelijk vertegenwoordiger)", c["cur"], d(cd), sig(c["cur"])], ["Leerling (gezien)", c["full"], d(cd), "gezien, " + sig("x " + c["full"])]]
        checks = [("De curator stemt namens de leerling in met het handelingsdeel", True), ("Niet akkoord", False)]
        stmt = f"{nm} is meerderjarig en staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de curator."
    elif k == "curatele_pupil_only":
        rows = [["Leerling", c["full"], d(cd), sig("x " + c["full"])], ["Curator", c["cur"], "", ""]]
        checks = [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]
        stmt = f"{nm} is 18 jaar en tekent zelf voor akkoord met het handelingsdeel."
    else:
        raise KeyError(k)
    title = {"table": "Instemming met het handelingsdeel"}.get(style, "Instemming met het handelingsdeel")
    out.append(("h2", title))
    out.append(("p", stmt))
    if checks:
        out.append(("checks", "", checks))
    if school:
        rows = rows + [["Namens de school", school[0], school[1], school[2]]]
    out.append(("sign", hdr, rows))
    if out_note:
        out.append(("p", out_note))
    return out


def pupil_kv(c, extra=()):
    rows = [("Naam leerling", c["full"]), ("Geboortedatum", d(c["dob"])), ("School", c["school"]),
            ("Groep/klas", c["group"])]
    if c.get("adult"):
        rows.append(("Meerderjarig", "ja, handelingsbekwaam"))
    if c.get("curatele"):
        rows.append(("Wettelijke vertegenwoordiging", f"onder curatele; curator: {c['cur']}"))
    else:
        rows.append(("Ouders/verzorgers", c["p1"] + (", " + c["p2"] if c.get("p2") else "")))
    rows += [("Mentor/leerkracht", c["mentor"]), ("Intern begeleider / zorgcoördinator", c["ib"]), ("Schooljaar", c["sj"])]
    if c.get("revised"):
        rows.append(("Laatst bijgesteld", d(c["revised"])))
    return [("kv", rows + list(extra))]


def V(c, el):
    return c["content"][el]


# ------------------------------------------------------------------ A: SWV numbered sections
def layout_A(c, title="Ontwikkelingsperspectiefplan (OPP)"):
    b = [("sub", c["swv"]), ("title", title), ("p", f"{c['school']}, {c['place']}")]
    n = [0]

    def H1(t):
        n[0] += 1
        sub[0] = 0
        b.append(("h1", f"{n[0]}. {t}"))

    sub = [0]

    def H2(t, el):
        v = V(c, el)
        if v is None:
            return
        sub[0] += 1
        b.append(("h2", f"{n[0]}.{sub[0]} {t}"))
        b.extend(blocks_for(v))

    H1("Gegevens leerling")
    b.extend(pupil_kv(c))
    if any(V(c, e) is not None for e in ["uitstroombestemming", "onderbouwing"]):
        H1("Ontwikkelingsperspectief")
        H2("Te verwachten uitstroombestemming", "uitstroombestemming")
        H2("Onderbouwing van de uitstroombestemming", "onderbouwing")
    H1("Belemmerende en bevorderende factoren")
    H2("Belemmerende factoren", "belemmerende_factoren")
    H2("Bevorderende factoren", "bevorderende_factoren")
    H2("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte")
    H1("Handelingsdeel")
    H2("Doelen voor de komende periode", "doelen")
    H2("Te bieden ondersteuning en begeleiding", "ondersteuning")
    H2("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")
    if V(c, "adviezen_professionals") is not None:
        H1("Adviezen van deskundigen")
        b.extend(blocks_for(V(c, "adviezen_professionals")))
    if V(c, "inbreng_leerling") is not None:
        H1("Inbreng van de leerling")
        b.extend(blocks_for(V(c, "inbreng_leerling")))
    if V(c, "evaluatie") is not None:
        H1("Evaluatie")
        b.extend(blocks_for(V(c, "evaluatie")))
    H1("Ouders en vaststelling")
    H2("Op overeenstemming gericht overleg", "oogo")
    H2("Vaststelling", "vaststelling")
    cb = consent(c)
    b.extend([("h2", f"{n[0]}.{sub[0] + 1} " + x[1]) if x[0] == "h2" else x for x in cb])
    if V(c, "informatie_rechten") is not None:
        H1("Als u het niet eens bent")
        b.extend(blocks_for(V(c, "informatie_rechten")))
    return b


# ------------------------------------------------------------------ B: two-column tables
def layout_B(c):
    b = [("title", "OPP – ontwikkelingsperspectief"), ("sub", c["school"] + " | " + c["swv"])]
    b.append(("h1", "Leerling"))
    b.extend(pupil_kv(c))
    secs = [("Perspectief", [("Verwacht uitstroomniveau", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
            ("Beeld van de leerling", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                                       ("Onderwijsbehoeften", "ondersteuningsbehoefte")]),
            ("Handelingsdeel", [("Doelen komende periode", "doelen"), ("Ondersteuning (wat, wie, hoe vaak, vanaf)", "ondersteuning"),
                                ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
            ("Betrokkenen", [("Advies externe deskundigen", "adviezen_professionals"), ("Mening van de leerling", "inbreng_leerling"),
                             ("OOGO met ouders", "oogo")]),
            ("Afspraken", [("Evaluatiemomenten", "evaluatie"), ("Vaststelling", "vaststelling"), ("Rechten van ouders", "informatie_rechten")])]
    for t, items in secs:
        rows = [(lab, V(c, el)) for lab, el in items if V(c, el) is not None]
        if rows:
            b.append(("h1", t))
            b.append(("kv", rows))
    b.extend(consent(c))
    return b


# ------------------------------------------------------------------ C: table per domain
def layout_C(c):
    b = [("title", "Ontwikkelingsperspectief"), ("sub", f"{c['school']} – {c['place']}")]
    b.extend(pupil_kv(c))
    b.append(("h1", "A. Perspectief"))
    rows = [(lab, V(c, el)) for lab, el in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")] if V(c, el) is not None]
    if rows:
        b.append(("kv", rows))
    bel, bev = V(c, "belemmerende_factoren"), V(c, "bevorderende_factoren")
    if bel is not None or bev is not None:
        b.append(("h1", "B. Belemmerende en bevorderende factoren per domein"))
        T = c["T"]
        doms = []
        for dm, _ in T["belem"] + T["bevord"]:
            if dm not in doms:
                doms.append(dm)
        bmap, vmap = dict(T["belem"]), dict(T["bevord"])
        hdr = ["Domein"] + (["Belemmerend"] if bel is not None else []) + (["Bevorderend"] if bev is not None else [])
        grid = []
        for dm in doms:
            r = [dm]
            if bel is not None:
                r.append(bmap.get(dm, "-") if c["kinds"]["belemmerende_factoren"] == "present" else (bel if dm == doms[0] else ""))
            if bev is not None:
                r.append(vmap.get(dm, "-") if c["kinds"]["bevorderende_factoren"] == "present" else (bev if dm == doms[0] else ""))
            grid.append(r)
        b.append(("grid", hdr, grid))
    if V(c, "ondersteuningsbehoefte") is not None:
        b.append(("h1", "C. Onderwijsbehoeften"))
        b.extend(blocks_for(V(c, "ondersteuningsbehoefte")))
    b.append(("h1", "D. Handelingsdeel"))
    for lab, el in [("Doelen", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    b.append(("h1", "E. Betrokkenen en afspraken"))
    for lab, el in [("Adviezen externe deskundigen", "adviezen_professionals"), ("Wat vindt de leerling zelf?", "inbreng_leerling"),
                    ("OOGO", "oogo"), ("Evaluatie", "evaluatie"), ("Rechten van ouders", "informatie_rechten"), ("Vaststelling", "vaststelling")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    b.extend(consent(c))
    return b


# ------------------------------------------------------------------ D: groeidocument with OPP chapter
def layout_D(c, with_opp=True):
    b = [("title", "Groeidocument"), ("sub", c["swv"] + " – versie 2025"), ("h1", "Deel A – Gegevens")]
    b.extend(pupil_kv(c))
    b.append(("h1", "Deel B – Hulpvraag en beeld van de leerling"))
    b.append(("p", f"Hulpvraag school: hoe kunnen we {c['nm']} zo begeleiden dat {c['hij']} tot leren komt en zich veilig voelt?"))
    if not with_opp:
        T = c["T"]
        b.append(("h2", "Observaties"))
        b.append(("p", f"{c['nm']} is in de klas rustig en werkt mee als de opdracht duidelijk is. In de pauzes zoekt {c['hij']} vooral jongere kinderen op."))
        b.append(("h2", "Toetsgegevens"))
        b.append(("grid", ["Toets", "Moment", "Score"], [["Rekenen-Wiskunde", "M6", "IV"], ["Begrijpend lezen", "M6", "V"], ["Technisch lezen (DMT)", "E6", "IV"]]))
        b.append(("h1", "Deel C – Aanpak in de groep"))
        b.append(("p", "De leerkracht biedt verlengde instructie volgens het groepsplan. De intern begeleider bespreekt de voortgang in de groepsbespreking van maart."))
        b.append(("h1", "Deel D – Betrokkenheid ouders"))
        b.append(("p", "Ouders zijn geïnformeerd over het groeidocument en herkennen het beeld."))
        b.append(("small", "Dit groeidocument bevat (nog) geen ontwikkelingsperspectief. Een OPP wordt zo nodig als apart document opgesteld."))
        return b
    for lab, el in [("Stimulerende factoren", "bevorderende_factoren"), ("Belemmerende factoren", "belemmerende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    b.append(("h1", "Deel C – Ontwikkelingsperspectief (OPP)"))
    for lab, el in [("Verwachte uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    b.append(("h1", "Deel D – Handelingsdeel / arrangement"))
    for lab, el in [("Doelen", "doelen"), ("Ondersteuning: wat, wie, hoe vaak", "ondersteuning"), ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    if V(c, "adviezen_professionals") is not None:
        b.append(("h1", "Deel E – Betrokken deskundigen en hun adviezen"))
        b.extend(blocks_for(V(c, "adviezen_professionals")))
    b.append(("h1", "Deel F – Ouders en leerling"))
    for lab, el in [("Overleg met ouders (OOGO)", "oogo"), ("Stem van de leerling", "inbreng_leerling")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    b.extend(consent(c))
    if V(c, "informatie_rechten") is not None:
        b.append(("h2", "Niet eens?"))
        b.extend(blocks_for(V(c, "informatie_rechten")))
    b.append(("h1", "Deel G – Evaluatie en vaststelling"))
    for lab, el in [("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")]:
        if V(c, el) is not None:
            b.append(("h2", lab))
            b.extend(blocks_for(V(c, el)))
    return b


# ------------------------------------------------------------------ E: beknopt OPP form
def layout_E(c):
    b = [("title", "Beknopt OPP"), ("sub", c["school"] + " – formulier ontwikkelingsperspectief (1 schooljaar)")]
    b.append(("kv", [("Leerling", c["full"]), ("Geboortedatum", d(c["dob"])), ("Groep/klas", c["group"]), ("Schooljaar", c["sj"])]))
    u = V(c, "uitstroombestemming")
    if u is not None:
        b.append(("h2", "1. Uitstroombestemming"))
        if isinstance(u, Checks):
            b.append(("checks", u.label, u.opts))
        else:
            b.append(("ctrl", "Uitstroombestemming", u, u.startswith("Klik")))
    num = 2
    for lab, el in [("Onderbouwing", "onderbouwing"), ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
                    ("Wat heeft de leerling nodig?", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuning (wie/wat/hoe vaak)", "ondersteuning"),
                    ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Adviezen deskundigen", "adviezen_professionals"),
                    ("Inbreng leerling", "inbreng_leerling"), ("Evaluatie", "evaluatie")]:
        v = V(c, el)
        if v is None:
            continue
        b.append(("h2", f"{num}. {lab}"))
        num += 1
        if isinstance(v, Checks):
            b.append(("checks", v.label, v.opts))
        else:
            tv = as_text(v)
            b.append(("ctrl", lab, tv, tv.startswith("Klik")))
    o = V(c, "oogo")
    if o is not None:
        b.append(("h2", f"{num}. Overleg met ouders"))
        num += 1
        b.extend(blocks_for(o) if isinstance(o, Checks) else [("ctrl", "OOGO", o, False)])
    v = V(c, "vaststelling")
    if v is not None:
        b.append(("h2", f"{num}. Vaststelling"))
        num += 1
        b.append(("ctrl", "Vaststelling", v, False))
    b.extend(consent(c))
    if V(c, "informatie_rechten") is not None:
        b.append(("small", as_text(V(c, "informatie_rechten"))))
    return b


# ------------------------------------------------------------------ F: question headings
def layout_F(c):
    nm = c["nm"]
    b = [("title", f"Ontwikkelingsperspectief van {c['full']}"), ("sub", f"{c['school']} · {c['group']} · schooljaar {c['sj']}")]
    b.extend(pupil_kv(c))
    Q = [("Waar werken we naartoe?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
         (f"Wat maakt het lastig voor {nm}?", "belemmerende_factoren"), (f"Wat helpt {nm}?", "bevorderende_factoren"),
         (f"Wat heeft {nm} nodig?", "ondersteuningsbehoefte"), ("Wat willen we bereiken?", "doelen"),
         ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning"), ("Wijkt het lesprogramma af?", "afwijkingen_onderwijsprogramma"),
         ("Wat zeggen deskundigen, en wat doen we daarmee?", "adviezen_professionals"),
         (f"Wat vindt {nm} zelf, en wat hebben we daarmee gedaan?", "inbreng_leerling"),
         ("Hebben we dit samen met ouders besproken?", "oogo"), ("Hoe en wanneer kijken we terug?", "evaluatie"),
         ("Wie heeft dit plan vastgesteld?", "vaststelling")]
    for q, el in Q:
        v = V(c, el)
        if v is None:
            continue
        b.append(("h2", q))
        b.extend(blocks_for(v))
    cb = consent(c)
    if cb:
        cb[0] = ("h2", "Gaan ouders akkoord met het handelingsdeel?" if not c.get("adult") else "Ga je akkoord met het handelingsdeel?")
    b.extend(cb)
    if V(c, "informatie_rechten") is not None:
        b.append(("h2", "Wat als u het niet eens bent?"))
        b.extend(blocks_for(V(c, "informatie_rechten")))
    return b


# ------------------------------------------------------------------ G: letter-style plan
def layout_G(c):
    nm = c["nm"]
    sur = c["full"].split(" ", 1)[1]
    b = [("sub", f"{c['school']} · Schoolstraat 14 · {c['place']}"),
         ("p", f"{c['place']}, {dlong(c['vdate'] if c['vkind'] == 'present' else c['oogo'] + dt.timedelta(days=3))}"),
         ("p", f"Aan {('de ouders van ' + nm) if not c.get('adult') else c['full']}" + (f" / {c['cur']} (curator)" if c.get('curatele') else "")),
         ("p", f"Betreft: ontwikkelingsperspectiefplan van {c['full']} ({c['group']})"),
         ("p", f"Geachte {'familie ' + sur if not c.get('adult') else c['full']},"),
         ("p", f"Met deze brief leggen wij het ontwikkelingsperspectief van {nm} vast. Hieronder leest u wat wij verwachten, wat {nm} nodig heeft en wat wij "
               f"gaan doen.")]
    L = [("Waar gaat " + nm + " na deze school naartoe? ", "uitstroombestemming"), ("Waarom denken wij dat? ", "onderbouwing"),
         ("Wat het leren moeilijker maakt. ", "belemmerende_factoren"), ("Wat " + nm + " helpt. ", "bevorderende_factoren"),
         ("Wat " + nm + " nodig heeft. ", "ondersteuningsbehoefte"), ("Onze doelen. ", "doelen"), ("Wat wij bieden. ", "ondersteuning"),
         ("Aanpassingen in het programma. ", "afwijkingen_onderwijsprogramma"), ("Adviezen van deskundigen. ", "adviezen_professionals"),
         ("Wat " + nm + " zelf zegt. ", "inbreng_leerling"), ("Ons gesprek met u. ", "oogo"), ("Evaluatie. ", "evaluatie"),
         ("Uw rechten. ", "informatie_rechten")]
    for lead, el in L:
        v = V(c, el)
        if v is None:
            continue
        if isinstance(v, (Checks, Goals)):
            b.append(("lp", lead, ""))
            b.extend(blocks_for(v))
        else:
            lines = v.split("\n") if v else [""]
            b.append(("lp", lead, lines[0]))
            b.extend(("p", l) for l in lines[1:])
    v = V(c, "vaststelling")
    b.append(("p", "Met vriendelijke groet,"))
    if v is not None:
        b.append(("p", v))
    b.append(("p", f"{c['dir']}, directeur          {c['mentor']}, {'leerkracht' if c['st'] in ('po', 'sbo', 'so') else 'mentor'}"))
    cb = consent(c)
    if cb:
        b.append(("pb",))
        b.append(("h1", "Strookje retour: instemming handelingsdeel"))
        b.extend(cb[1:])
    return b


# ------------------------------------------------------------------ H: system export
def layout_H(c, title="OPP"):
    b = [("small", f"LeerlingVolg Online 8.4 · Export · {c['school']} · Leerling-ID {c['lid']}"), ("title", f"{title} {c['full']}")]
    b.append(("kv", [("Leerling", c["full"]), ("Geb.datum", d(c["dob"])), ("Groep", c["group"]), ("Schooljaar", c["sj"]),
                     ("Status document", "Definitief" if c["vkind"] == "present" else "Concept")] +
                    ([("Laatst bijgesteld", d(c["revised"]))] if c.get("revised") else [])))
    F = [("UITSTROOMPROFIEL", "uitstroombestemming"), ("ONDERBOUWING UITSTROOMPROFIEL", "onderbouwing"),
         ("BELEMMERENDE FACTOREN", "belemmerende_factoren"), ("BEVORDERENDE FACTOREN", "bevorderende_factoren"),
         ("ONDERWIJSBEHOEFTEN", "ondersteuningsbehoefte"), ("DOELEN", "doelen"), ("AANBOD / ONDERSTEUNING", "ondersteuning"),
         ("AFWIJKINGEN ONDERWIJSPROGRAMMA", "afwijkingen_onderwijsprogramma"), ("ADVIEZEN EXTERNEN", "adviezen_professionals"),
         ("INBRENG LEERLING", "inbreng_leerling"), ("OOGO", "oogo"), ("EVALUATIE", "evaluatie"),
         ("RECHTEN OUDERS", "informatie_rechten"), ("VASTSTELLING", "vaststelling")]
    for lab, el in F:
        v = V(c, el)
        if v is None:
            continue
        b.append(("h2", lab))
        if v == "":
            b.append(("p", "—"))  # exports print a dash for an empty field
            continue
        b.extend(blocks_for(v))
    cb = consent(c)
    if cb:
        cb[0] = ("h2", "INSTEMMING HANDELINGSDEEL")
    b.extend(cb)
    return b


# ------------------------------------------------------------------ I: TLV application
def layout_I(c, with_opp=True):
    nm = c["nm"]
    to = {"po": "speciaal basisonderwijs", "sbo": "speciaal onderwijs", "so": "voortgezet speciaal onderwijs",
          "vo": "voortgezet speciaal onderwijs", "vso": "voortgezet speciaal onderwijs (verlenging)", "pro": "voortgezet speciaal onderwijs"}[c["st"]]
    b = [("sub", c["swv"]), ("title", "Aanvraag toelaatbaarheidsverklaring (TLV)"), ("h1", "Deel 1 – Aanvraag")]
    b.append(("kv", [("Aanvragende school", c["school"]), ("Leerling", c["full"]), ("Geboortedatum", d(c["dob"])),
                     ("Aangevraagd", f"TLV {to}, categorie laag"), ("Gewenste duur", "tot 1 augustus 2028"),
                     ("Datum aanvraag", d(c["oogo"] + dt.timedelta(days=20))),
                     ("Deskundigenadvies 1", f"{c['ortho']}, orthopedagoog-generalist"),
                     ("Deskundigenadvies 2", "mw. drs. I. Wolthuis, kinder- en jeugdpsychiater (Kind-en-Jeugdteam Kreekland)")]))
    b.append(("h2", "Waarom is deze plaatsing nodig?"))
    b.append(("p", f"Ondanks de extra ondersteuning op de huidige school (zie OPP) komt {nm} onvoldoende tot ontwikkeling. De school kan de "
                   f"benodigde ondersteuning niet langer bieden binnen de groep."))
    b.append(("h2", "Bijlagen"))
    if with_opp:
        b.append(("p", "- Deel 2: ontwikkelingsperspectiefplan (hieronder opgenomen)\n- Verslag MDO\n- Onderzoeksverslag"))
        b.append(("pb",))
        b.append(("h1", "Deel 2 – Ontwikkelingsperspectiefplan"))
        inner = layout_A(c, title="Ontwikkelingsperspectiefplan (bijlage bij TLV-aanvraag)")
        b.extend([x for x in inner if x[0] not in ("title", "sub")])
    else:
        b.append(("checks", "", [("Ontwikkelingsperspectiefplan (verplicht)", False), ("Verslag MDO", True), ("Onderzoeksverslag", True)]))
        b.append(("p", "Het OPP wordt nagezonden zodra het met ouders is besproken."))
        b.append(("h2", "Ondertekening aanvraag"))
        b.append(("sign", ["Rol", "Naam", "Datum", "Handtekening"], [["Directeur", c["dir"], d(c["oogo"] + dt.timedelta(days=20)), "w.g."],
                                                                     ["Ouder (voor gezien aanvraag)", c["p1"], d(c["oogo"] + dt.timedelta(days=21)), "w.g."]]))
    return b


LAYOUTS = {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D, "E": layout_E, "F": layout_F, "G": layout_G, "H": layout_H, "I": layout_I}
LAYOUT_NAMES = {"A": "swv-genummerd", "B": "twee-kolommen", "C": "domeintabel", "D": "groeidocument-opp-hoofdstuk", "E": "beknopt-opp-formulier",
                "F": "vraagkoppen", "G": "briefvorm", "H": "systeemexport", "I": "tlv-aanvraag-met-opp"}
