"""Layouts: Ctx -> (blocks, meta). Missing elements are left out entirely."""
import datetime as dt, random
from content import present, consent_blocks, flat, dlong, dshort, DEST_OPTS, DEST_TICK, DEST, BELEM, BEVOR, pick, INSTR, MONTHS

def has(c, el): return c.gaps.get(el) not in ("missing",)

def personalia(c):
    rows = [["Naam leerling", f"{c.name} {c.surname}"], ["Geboortedatum", dshort(c.birth)],
            ["School", f"{c.school}, {c.place}"], ["Groep / leerjaar", c.groep],
            ["Leerkracht / mentor", c.teacher], ["Intern begeleider / zorgcoördinator", c.ib],
            ["Samenwerkingsverband", c.swv]]
    if c.curatele: rows.append(["Wettelijk vertegenwoordiger", c.curator])
    return ("table", None, rows)

def inbreng_old(c, style="narr"):
    """Old plans: sometimes have a pupil paragraph anyway (label stays not_applicable)."""
    return present("inbreng_leerling", c, style)

# --------------------------------------------------------------- L1 numbered SWV template
def L_swv_numbered(c):
    B = [("h", 1, "Ontwikkelingsperspectiefplan (OPP)"), ("p", f"{c.swv} — format OPP, versie 2024-2"), personalia(c)]
    secs = [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
            ("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte"),
            ("Adviezen van deskundigen", "adviezen_professionals"),
            ("Te verwachten uitstroombestemming", "uitstroombestemming"),
            ("Onderbouwing van de uitstroombestemming", "onderbouwing"),
            ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
            ("Doelen voor de komende periode", "doelen"),
            ("Te bieden ondersteuning en begeleiding (handelingsdeel)", "ondersteuning"),
            ("Inbreng van de leerling", "inbreng_leerling"),
            ("Op overeenstemming gericht overleg met ouders", "oogo"),
            ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")]
    i = 0
    for title, el in secs:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old and c.rng.random() < 0.5: continue
        i += 1
        B.append(("h", 2, f"{i}. {title}")); B += present(el, c)
    cb = consent_blocks(c, "table")
    if cb:
        i += 1; B.append(("h", 2, f"{i}. Instemming ouders met het handelingsdeel")); B += cb
    if has(c, "informatie_rechten"):
        i += 1; B.append(("h", 2, f"{i}. Wat als u het niet eens bent?")); B += present("informatie_rechten", c)
    return B, {"footer": f"OPP {c.name} {c.surname} — {c.swv}", "title": "Ontwikkelingsperspectiefplan"}

# --------------------------------------------------------------- L2 sbo domain table
DOMAINS = ["Leren (didactisch)", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuis en vrije tijd"]
def L_domain_table(c):
    B = [("h", 1, f"Ontwikkelingsperspectief — {c.school}"),
         ("kv", "Leerling", f"{c.name} {c.surname}"), ("kv", "Geboortedatum", dshort(c.birth)),
         ("kv", "Groep", c.groep), ("kv", "Leerkracht", c.teacher), ("kv", "Intern begeleider", c.ib)]
    bel = pick(c, BELEM, 4, 1); bev = pick(c, BEVOR, 4, 2)
    gb, gv = c.gaps.get("belemmerende_factoren"), c.gaps.get("bevorderende_factoren")
    def col(items, g, el):
        if g in ("empty", "missing"): return [""] * 4
        if g == "placeholder": return [c.placeholder] + [""] * 3
        if g == "instruction": return [INSTR[el]] + [""] * 3
        return items
    bl, bv = col(bel, gb, "belemmerende_factoren"), col(bev, gv, "bevorderende_factoren")
    B.append(("h", 2, "Beeld van de leerling per domein"))
    B.append(("table", ["Domein", "Belemmerende factoren", "Bevorderende factoren"], [[d, bl[i], bv[i]] for i, d in enumerate(DOMAINS)]))
    if has(c, "ondersteuningsbehoefte"):
        B.append(("h", 2, "Onderwijsbehoeften")); B += present("ondersteuningsbehoefte", c, "bullet")
    if has(c, "uitstroombestemming"):
        B.append(("h", 2, "Ontwikkelingsperspectief"))
        opts = DEST_OPTS[c.type]; ti = DEST_TICK[c.type][c.dest_i]
        if c.gaps.get("uitstroombestemming") == "unticked":
            B.append(("ticks", [(o, False) for o in opts]))
        elif c.gaps.get("uitstroombestemming"):
            B.append(("kv", "Verwachte uitstroombestemming", flat(present("uitstroombestemming", c)) or ""))
        else:
            B.append(("ticks", [(o, i == ti) for i, o in enumerate(opts)]))
            B.append(("kv", "Uitstroombestemming", DEST[c.type][c.dest_i]))
    if has(c, "onderbouwing"):
        B.append(("kv", "Onderbouwing", flat(present("onderbouwing", c))))
    if has(c, "doelen") or has(c, "ondersteuning"):
        B.append(("h", 2, "Handelingsdeel"))
        dl = present("doelen", c) if has(c, "doelen") else []
        ol = present("ondersteuning", c) if has(c, "ondersteuning") else []
        goals = dl[0][1] if dl and dl[0][0] == "ul" else ([dl[0][1]] if dl else [])
        sup = ol[0][1] if ol and ol[0][0] == "ul" else ([ol[0][1]] if ol else [])
        n = max(len(goals), len(sup), 1)
        goals += [""] * (n - len(goals)); sup += [""] * (n - len(sup))
        hdr = (["Doel"] if has(c, "doelen") else []) + (["Aanpak en ondersteuning (wie, wat, hoe vaak, vanaf)"] if has(c, "ondersteuning") else [])
        rows = [([goals[i]] if has(c, "doelen") else []) + ([sup[i]] if has(c, "ondersteuning") else []) for i in range(n)]
        B.append(("table", hdr, rows))
    for t, el, st in [("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", "narr"),
                      ("Adviezen externe deskundigen", "adviezen_professionals", "narr"),
                      ("Wat vindt de leerling zelf?", "inbreng_leerling", "narr"),
                      ("Overleg met ouders", "oogo", "narr"), ("Evaluatie", "evaluatie", "narr")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 2, t)); B += present(el, c, st)
    B.append(("h", 2, "Ondertekening"))
    if has(c, "vaststelling"): B += present("vaststelling", c)
    B += consent_blocks(c, "gezien")
    if has(c, "informatie_rechten"): B += present("informatie_rechten", c)
    return B, {"sdt": True, "footer": "Format OPP sbo — domeinen", "title": "OPP"}

# --------------------------------------------------------------- L3 groeidocument chapter
def L_groeidocument(c):
    B = [("h", 1, f"Groeidocument {c.name} {c.surname}"), ("p", f"{c.school} · {c.swv}"),
         ("h", 2, "1 Gegevens"), personalia(c),
         ("h", 2, "2 Hulpvraag en voorgeschiedenis"),
         ("p", f"{c.name} kwam in {c.date.year - 2} bij ons in beeld. De hulpvraag van school: hoe bieden we {c.name} passend onderwijs zodat {c.hij} zich blijft ontwikkelen? De hulpvraag van ouders: hoe kunnen we thuis helpen?")]
    if has(c, "belemmerende_factoren"):
        B.append(("h", 3, "2.1 Wat belemmert?")); B += present("belemmerende_factoren", c)
    if has(c, "bevorderende_factoren"):
        B.append(("h", 3, "2.2 Wat helpt?")); B += present("bevorderende_factoren", c)
    B.append(("h", 2, "3 Verslaglegging overleg"))
    log = [[dshort(c.report_date), "Onderzoek afgerond en besproken in het ondersteuningsteam"],
           [dshort(c.report_date + dt.timedelta(days=30)), "MDO met ambulant begeleider"]]
    B.append(("table", ["Datum", "Activiteit"], log))
    if has(c, "adviezen_professionals"):
        B.append(("h", 3, "3.1 Adviezen van deskundigen")); B += present("adviezen_professionals", c)
    if has(c, "oogo"):
        B.append(("h", 3, "3.2 Gesprek met ouders over het OPP")); B += present("oogo", c)
    B.append(("h", 2, "4 Ontwikkelingsperspectief"))
    B.append(("p", "Dit hoofdstuk vormt samen met hoofdstuk 5 het ontwikkelingsperspectiefplan (OPP)."))
    for t, el in [("4.1 Uitstroombestemming", "uitstroombestemming"), ("4.2 Onderbouwing", "onderbouwing"),
                  ("4.3 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")]:
        if has(c, el): B.append(("h", 3, t)); B += present(el, c)
    B.append(("h", 2, "5 Handelingsdeel"))
    for t, el in [("5.1 Onderwijsbehoeften", "ondersteuningsbehoefte"), ("5.2 Doelen", "doelen"),
                  ("5.3 Ondersteuning", "ondersteuning"), ("5.4 Stem van de leerling", "inbreng_leerling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 3, t)); B += present(el, c, "bullet" if el == "ondersteuningsbehoefte" else "narr")
    B.append(("h", 2, "6 Evaluatie en ondertekening"))
    if has(c, "evaluatie"): B += present("evaluatie", c)
    if has(c, "vaststelling"): B += present("vaststelling", c)
    B += consent_blocks(c, "table")
    if has(c, "informatie_rechten"):
        B.append(("h", 3, "Uw rechten")); B += present("informatie_rechten", c)
    return B, {"footer": f"Groeidocument {c.name} {c.surname} — vertrouwelijk", "title": "Groeidocument"}

# --------------------------------------------------------------- L4 beknopt OPP (po, two pages)
def L_beknopt(c):
    B = [("h", 1, "Beknopt OPP basisonderwijs"),
         ("table", None, [["Leerling", f"{c.name} {c.surname}", "Geb.datum", dshort(c.birth)],
                          ["School", c.school, "Groep", c.groep]])]
    rows = []
    for lab, el in [("Verwachte uitstroom", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                    ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"),
                    ("Advies deskundigen", "adviezen_professionals")]:
        if has(c, el): rows.append([lab, flat(present(el, c, "bullet"))])
    B.append(("h", 2, "A. Perspectief")); B.append(("table", None, rows))
    B.append(("h", 2, "B. Handelingsdeel"))
    rows = []
    for lab, el in [("Doelen", "doelen"), ("Ondersteuning (wie/wat/hoe vaak)", "ondersteuning"),
                    ("Mening van de leerling", "inbreng_leerling"), ("Besproken met ouders", "oogo"),
                    ("Evaluatie", "evaluatie"), ("Vastgesteld", "vaststelling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        rows.append([lab, flat(present(el, c, "bullet"))])
    B.append(("table", None, rows))
    cb = consent_blocks(c, "gezien")
    if cb: B.append(("h", 2, "C. Instemming")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 3, "Niet eens?")); B += present("informatie_rechten", c)
    return B, {"footer": f"Beknopt OPP — {c.swv} — pagina {{page}}", "colw": {2: [120, 362], 4: [80, 170, 70, 162]}, "fs": 9}

def F_beknopt(c, blank=False):
    """fillable PDF form"""
    v = (lambda el, st="bullet": "" if blank else (flat(present(el, c, st)) if has(c, el) else ""))
    F = [("title", "Beknopt OPP basisonderwijs (invulformulier)"),
         ("text", "naam", "Naam leerling", "" if blank else f"{c.name} {c.surname}", 16),
         ("text", "school", "School / groep", "" if blank else f"{c.school} — {c.groep}", 16),
         ("label", "Verwachte uitstroombestemming")]
    opts = DEST_OPTS["po"]; ti = DEST_TICK["po"][c.dest_i]
    for i, o in enumerate(opts):
        F.append(("check", f"uitstroom_{i}", o, (not blank) and c.gaps.get("uitstroombestemming") != "unticked" and i == ti))
    F.append(("text", "onderbouwing", "Onderbouwing", v("onderbouwing"), 44))
    F.append(("text", "belemmerend", "Belemmerende factoren", v("belemmerende_factoren"), 44))
    F.append(("text", "bevorderend", "Bevorderende factoren", v("bevorderende_factoren"), 44))
    F.append(("text", "behoeften", "Onderwijsbehoeften", v("ondersteuningsbehoefte"), 44))
    F.append(("text", "afwijkingen", "Afwijkingen van het onderwijsprogramma", v("afwijkingen_onderwijsprogramma"), 26))
    F.append(("text", "advies", "Adviezen deskundigen", v("adviezen_professionals"), 40))
    F.append(("text", "doelen", "Doelen", v("doelen"), 54))
    F.append(("text", "ondersteuning", "Ondersteuning: wat, wie, hoe vaak, vanaf wanneer", v("ondersteuning"), 54))
    F.append(("text", "leerling", "Inbreng van de leerling en wat daarmee is gedaan", v("inbreng_leerling"), 40))
    F.append(("text", "oogo", "Besproken met ouders (datum, wie)", v("oogo"), 30))
    F.append(("text", "evaluatie", "Evaluatiemomenten", v("evaluatie"), 26))
    F.append(("text", "vaststelling", "Vastgesteld (datum, door)", v("vaststelling"), 16))
    F.append(("label", "Instemming ouders met het handelingsdeel"))
    g = c.gaps.get("instemming_ouders", "ok")
    ok = (not blank) and g == "ok"
    F.append(("check", "akkoord", "Ouders gaan akkoord met het handelingsdeel", ok))
    F.append(("check", "nietakkoord", "Ouders gaan niet akkoord", False))
    F.append(("text", "ouder_naam", "Naam ouder", "" if blank else c.parent1, 16))
    F.append(("text", "ouder_datum", "Datum ondertekening ouder", "" if blank else dshort(c.sign_date), 16))
    F.append(("text", "ouder_handtekening", "Handtekening ouder (digitaal: typ volledige naam)", "" if blank else c.parent1, 16))
    F.append(("text", "opmerkingen", "Opmerkingen ouders", "", 26))
    if not blank and has(c, "informatie_rechten"):
        F.append(("label", "Niet eens met het plan?"))
        F.append(("para", flat(present("informatie_rechten", c))))
    return F, {"footer": "Invulformulier beknopt OPP — versie 2025 — samenwerkingsverband", "title": "Beknopt OPP"}

# --------------------------------------------------------------- L5 docx from IB with typed remarks
def L_ib_remarks(c):
    ibn = c.ib.split()[-1]
    B = [("p", f"CONCEPT — opmerkingen van de ib'er ({c.ib}) staan in het geel. Graag verwerken vóór het gesprek met ouders."),
         ("h", 1, f"OPP {c.name} {c.surname}"), personalia(c)]
    good = ["[IB: prima zo.]", "[IB: formulering iets aangepast, zo akkoord.]", "[IB: dit klopt, heb ik gecheckt in het dossier.]",
            "[IB: mooi concreet!]", "[IB: spelling aangepast]"]
    bad = {"placeholder": f"[IB {ibn}: dit moet nog aangevuld worden voor het naar ouders gaat!]",
           "instruction": f"[IB {ibn}: de instructietekst van het format staat er nog, graag invullen]",
           "empty": f"[IB {ibn}: hier ontbreekt nog tekst]", "nvt_wrong": f"[IB {ibn}: klopt dit? {c.hij} heeft toch een verkort rooster?]"}
    r = random.Random(c.spec["seed"] + 5)
    for t, el in [("Wat belemmert de ontwikkeling?", "belemmerende_factoren"), ("Wat bevordert de ontwikkeling?", "bevorderende_factoren"),
                  ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Uitstroombestemming", "uitstroombestemming"),
                  ("Onderbouwing", "onderbouwing"), ("Adviezen externe deskundigen", "adviezen_professionals"),
                  ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma"),
                  ("Doelen", "doelen"), ("Ondersteuning", "ondersteuning"), ("Inbreng leerling", "inbreng_leerling"),
                  ("Gesprek met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling")]:
        if not has(c, el): continue
        B.append(("h", 2, t))
        body = present(el, c)
        if el == "doelen" and not c.gaps.get(el) and body and body[0][0] == "ul":
            B.append(("strike", "Sem leest beter aan het eind van het jaar.".replace("Sem", c.name), body[0][1][0]))
            B.append(("ul", body[0][1][1:]))
        else:
            B += body
        g = c.gaps.get(el)
        if g in bad: B.append(("remark", bad[g]))
        elif r.random() < 0.45: B.append(("remark", r.choice(good)))
    cb = consent_blocks(c, "table")
    if cb: B.append(("h", 2, "Instemming")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 2, "Informatie voor ouders")); B += present("informatie_rechten", c)
    return B, {"header": f"{c.school} — concept OPP", "author": c.ib}

# --------------------------------------------------------------- L6 question headings
def L_questions(c):
    n = c.name
    B = [("h", 1, f"Het plan van {n}"), ("p", f"Ontwikkelingsperspectiefplan · {c.school} · {c.groep}"),
         ("h", 2, f"Wie is {n}?"),
         ("p", f"{n} {c.surname} (geboren {dshort(c.birth)}) zit in {c.groep}. {c.Hij} is een vrolijke leerling die graag buiten speelt.")]
    for t, el in [("Wat gaat goed?", "bevorderende_factoren"), (f"Wat vindt {n} lastig?", "belemmerende_factoren"),
                  (f"Wat heeft {n} nodig?", "ondersteuningsbehoefte"), (f"Waar gaat {n} na deze school naartoe?", "uitstroombestemming"),
                  ("Waarom denken we dat?", "onderbouwing"), ("Wat willen we bereiken?", "doelen"),
                  ("Wat gaan we doen?", "ondersteuning"), (f"Doet {n} iets anders dan de groep?", "afwijkingen_onderwijsprogramma"),
                  ("Wat zeggen deskundigen?", "adviezen_professionals"), (f"Wat vindt {n} zelf?", "inbreng_leerling"),
                  ("Hebben we dit samen besproken?", "oogo"), ("Wanneer kijken we terug?", "evaluatie"),
                  ("Wie heeft het plan vastgesteld?", "vaststelling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 2, t)); B += present(el, c, "bullet")
    cb = consent_blocks(c, "gezien")
    if cb: B.append(("h", 2, "Gaat u akkoord?")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 2, "Bent u het niet eens?")); B += present("informatie_rechten", c)
    return B, {"title": f"Het plan van {n}"}

# --------------------------------------------------------------- L7 evaluation form revising last year's plan
def L_evaluatie(c):
    n = c.name; prev = c.date.replace(year=c.date.year - 1)
    B = [("h", 1, "Evaluatie en bijstelling ontwikkelingsperspectief"),
         ("table", None, [["Leerling", f"{n} {c.surname}"], ["School", c.school], ["Oorspronkelijk OPP vastgesteld", dlong(prev)],
                          ["Datum evaluatie / bijstelling", dlong(c.date - dt.timedelta(days=3))]]),
         ("h", 2, "1. Evaluatie doelen vorige periode"),
         ("table", ["Doel vorig plan", "Behaald?", "Toelichting"],
          [[f"{n} werkt 15 minuten zelfstandig", "ja", "lukt bijna altijd met de timer"],
           [f"{n} beheerst de leerstof van blok 3 rekenen", "deels", "optellen ja, aftrekken met lenen nog niet"],
           [f"{n} vraagt zelf om hulp", "nee", "wacht nog vaak tot de leerkracht langskomt"]])]
    if has(c, "uitstroombestemming"):
        B.append(("h", 2, "2. Bijgesteld ontwikkelingsperspectief"))
        body = present("uitstroombestemming", c)
        if not c.gaps.get("uitstroombestemming"):
            body = [("p", f"Het perspectief blijft ongewijzigd: {DEST[c.type][c.dest_i]}.")]
        elif c.gaps.get("uitstroombestemming") == "placeholder":
            body = [("p", "Bijstelling uitstroombestemming: volgt na overleg met de commissie voor de begeleiding.")]
        B += body
    if has(c, "onderbouwing"): B.append(("h", 3, "Onderbouwing")); B += present("onderbouwing", c)
    B.append(("h", 2, "3. Actueel beeld"))
    for t, el in [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                  ("Onderwijsbehoeften", "ondersteuningsbehoefte")]:
        if has(c, el): B.append(("h", 3, t)); B += present(el, c, "bullet")
    B.append(("h", 2, "4. Plan voor de komende periode"))
    for t, el in [("Nieuwe doelen", "doelen"), ("Ondersteuning", "ondersteuning"), ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
                  ("Adviezen deskundigen", "adviezen_professionals"), ("Inbreng van de leerling bij de evaluatie", "inbreng_leerling"),
                  ("Evaluatiegesprek met ouders", "oogo"), ("Volgende evaluatie", "evaluatie"), ("Vaststelling bijgesteld plan", "vaststelling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 3, t)); B += present(el, c)
    cb = consent_blocks(c, "gezien")
    if cb: B.append(("h", 2, "5. Instemming met het bijgestelde handelingsdeel")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 3, "Rechten van ouders")); B += present("informatie_rechten", c)
    return B, {"footer": "Evaluatieformulier OPP", "title": "Evaluatie OPP"}

# --------------------------------------------------------------- L8 vso letter (adult pupil / curatele)
def L_vso_letter(c):
    n = c.name
    if c.curatele:
        aanhef = f"Beste {n}, geachte {c.curator.replace(' (curator)', '')},"
        intro = f"Hierbij ontvangen jullie het ontwikkelingsperspectiefplan van {n}. Omdat {n} onder curatele staat, vragen wij de curator om instemming met het handelingsdeel. We hebben {n} zelf natuurlijk ook gevraagd wat {c.hij} ervan vindt."
    else:
        aanhef = f"Beste {n},"
        intro = f"Je bent nu {c.age} jaar. Daarom bespreken we je ontwikkelingsperspectiefplan met jou, en teken jij zelf voor het handelingsdeel. Je ouders mogen meelezen als jij dat wilt."
    B = [("p", f"{c.school}\nPostbus 1{c.rng.randint(100,999)}\n{c.place}"), ("p", f"{c.place}, {dlong(c.date)}"),
         ("p", f"Betreft: jouw ontwikkelingsperspectiefplan (OPP) schooljaar {c.date.year if c.date.month >= 8 else c.date.year - 1}-{(c.date.year if c.date.month >= 8 else c.date.year - 1) + 1}"),
         ("p", aanhef), ("p", intro)]
    for t, el in [("Waar werk je naartoe?", "uitstroombestemming"), ("Waarom denken we dat?", "onderbouwing"),
                  ("Wat houdt je tegen?", "belemmerende_factoren"), ("Waar ben je sterk in?", "bevorderende_factoren"),
                  ("Wat heb je nodig?", "ondersteuningsbehoefte"), ("Wat doet school?", "ondersteuning"),
                  ("Je rooster", "afwijkingen_onderwijsprogramma"), ("Je doelen", "doelen"),
                  ("Advies van de commissie voor de begeleiding", "adviezen_professionals"),
                  ("Wat jij zelf hebt gezegd", "inbreng_leerling"), ("Ons gesprek", "oogo"), ("Wanneer kijken we terug?", "evaluatie"),
                  ("Als je het niet eens bent", "informatie_rechten")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and (c.old or not c.curatele):
            continue
        B.append(("h", 3, t)); B += present(el, c)
    if has(c, "vaststelling"): B += present("vaststelling", c)
    B.append(("p", f"Met vriendelijke groet,\n\n{c.director}\ndirecteur {c.school}"))
    cb = consent_blocks(c, "table")
    if cb: B.append(("pb",)); B.append(("h", 2, "Strookje: instemming handelingsdeel")); B += cb
    return B, {"title": "Brief OPP", "font": "Georgia"}

# --------------------------------------------------------------- L9 pro terse bullets
def L_pro(c):
    n = c.name
    B = [("h", 1, f"IOP/OPP {n} {c.surname}"), ("p", f"{c.school} · praktijkonderwijs · {c.groep} · mentor {c.teacher}"),
         ("kv", "Geboren", dshort(c.birth)), ("kv", "Stagecoördinator", c.ab)]
    for t, el in [("Perspectief", "uitstroombestemming"), ("Waarom", "onderbouwing"), ("Lastig", "belemmerende_factoren"),
                  ("Sterk", "bevorderende_factoren"), ("Nodig", "ondersteuningsbehoefte"), ("Doelen (arbeid, wonen, vrije tijd)", "doelen"),
                  ("Begeleiding", "ondersteuning"), ("Rooster / programma", "afwijkingen_onderwijsprogramma"), ("Advies", "adviezen_professionals"),
                  (f"{n} zegt", "inbreng_leerling"), ("Besproken met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vastgesteld", "vaststelling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 2, t)); B += present(el, c, "bullet")
    cb = consent_blocks(c, "table")
    if cb: B.append(("h", 2, "Akkoord ouders")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 2, "Rechten")); B += present("informatie_rechten", c, "bullet")
    return B, {"title": "IOP/OPP"}

# --------------------------------------------------------------- L10 system export
def L_export(c):
    n = c.name
    B = [("h", 1, "ONTWIKKELINGSPERSPECTIEF"), personalia(c)]
    def tab(title, items):
        rows = []
        for lab, el in items:
            if not has(c, el): continue
            if el == "inbreng_leerling" and c.old: continue
            rows.append([lab, flat(present(el, c, "bullet"))])
        if rows: B.append(("h", 2, title)); B.append(("table", ["Rubriek", "Inhoud"], rows))
    tab("BEELD", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                  ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen deskundigen", "adviezen_professionals")])
    tab("PERSPECTIEF", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                        ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma")])
    tab("HANDELINGSDEEL", [("Doelen", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"), ("Inbreng leerling", "inbreng_leerling")])
    tab("PROCEDURE", [("OOGO", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"), ("Informatie ouders", "informatie_rechten")])
    cb = consent_blocks(c, "table")
    if cb: B.append(("h", 2, "ONDERTEKENING (na printen ondertekenen en retour school)")); B += cb
    return B, {"header": f"LeerlingDossier Online · Export OPP · {c.school}",
               "footer": f"Afgedrukt door {c.ib} · pagina {{page}} · Vertrouwelijk", "colw": {2: [130, 352], 4: [120, 120, 140, 102]},
               "hbg": None, "thbg": None}

# --------------------------------------------------------------- L11 vo English-mixed jargon
def L_english(c):
    n = c.name
    B = [("h", 1, f"OPP / Individual Learning Plan — {n} {c.surname}"),
         ("p", f"{c.school} · {c.groep} · mentor {c.teacher} · zorgcoördinator {c.ib}"),
         ("h", 2, "Student profile"), ("p", f"{n} ({dshort(c.birth)}) is a bright, social student; the challenge is executive functioning.")]
    for t, el in [("Strengths (bevorderende factoren)", "bevorderende_factoren"), ("Barriers (belemmerende factoren)", "belemmerende_factoren"),
                  ("Support needs", "ondersteuningsbehoefte"), ("Exit profile (uitstroombestemming)", "uitstroombestemming"),
                  ("Rationale", "onderbouwing"), ("Learning goals", "doelen"), ("Interventions & support", "ondersteuning"),
                  ("Curriculum adjustments (afwijkingen)", "afwijkingen_onderwijsprogramma"), ("External advice", "adviezen_professionals"),
                  ("Student voice", "inbreng_leerling"), ("Parent meeting (OOGO)", "oogo"), ("Review cycle", "evaluatie"),
                  ("Sign-off by school", "vaststelling")]:
        if not has(c, el): continue
        if el == "inbreng_leerling" and c.old: continue
        B.append(("h", 2, t)); B += present(el, c, "eng")
    cb = consent_blocks(c, "table")
    if cb: B.append(("h", 2, "Parent consent (instemming handelingsdeel)")); B += cb
    if has(c, "informatie_rechten"): B.append(("h", 2, "Your rights as a parent")); B += present("informatie_rechten", c)
    return B, {"title": "ILP"}

LAYOUTS = {"swv-numbered": L_swv_numbered, "sbo-domain-table": L_domain_table, "groeidocument-chapter": L_groeidocument,
           "beknopt-opp-po": L_beknopt, "ib-concept-remarks": L_ib_remarks, "question-headings": L_questions,
           "evaluatie-bijstelling": L_evaluatie, "vso-letter": L_vso_letter, "pro-terse": L_pro,
           "system-export": L_export, "vo-english-jargon": L_english}
