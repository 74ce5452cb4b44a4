# -*- coding: utf-8 -*-
"""Nine OPP layouts (node builders). Each takes (c, V) with V the element variants."""
from elements import el, consent, dl, ds, EIDS

SUBL = {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerende factoren",
        "bevorderende_factoren": "Bevorderende factoren", "ondersteuningsbehoefte": "Onderwijsbehoeften",
        "ondersteuning": "Te bieden ondersteuning en begeleiding", "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
        "doelen": "Doelen", "adviezen_professionals": "Adviezen van deskundigen", "oogo": "Overleg met ouders",
        "inbreng_leerling": "Inbreng van de leerling", "evaluatie": "Evaluatie", "informatie_rechten": "Informatie over uw rechten",
        "vaststelling": "Vaststelling"}

def staff_label(c):
    return "Mentor" if c["type"] in ("vo", "pro", "vso") else "Leerkracht"

def meta(c, extra=()):
    rows = [("Naam leerling", c["pname"]), ("Geboortedatum", ds(c["dob"])), ("Groep / klas", c["klas"]), ("School", "%s, %s" % (c["school"], c["plaats"])),
            ("Schooljaar", c["sj"]), ("Datum opgesteld", ds(c["plan"])), (staff_label(c), c["mentor"] if c["type"] in ("vo", "pro", "vso") else c["lk"]),
            ("Opgesteld door", "%s (%s)" % (c["ib"], "ondersteuningscoördinator" if c["type"] in ("vo", "pro", "vso") else "intern begeleider"))]
    return [("kv", rows + list(extra))]

def revision(c):
    if not c.get("revised"):
        return []
    return [("h", 2, "Bijstelling " + ds(c["revised"])),
            ("p", "Na de jaarevaluatie van juni 2025 is het plan op %s bijgesteld: het doel voor begrijpend lezen is aangepast (nieuw doel: 3 van de 5 vragen goed bij een tekst van groep 4-niveau) en de training in de kleine kring loopt door tot de kerstvakantie. De bijstelling is besproken met %s op %s." % (dl(c["revised"]), c["ouders_names"], dl(c["revised"])))]

def section(title, eids, c, V, sub="b", hl=1):
    parts = []
    for e in eids:
        nd = el(e, V[e], c)
        if nd is None:
            continue
        parts.append((e, nd))
    if not parts:
        return []
    out = [("h", hl, title)]
    for e, nd in parts:
        if len(eids) > 1:
            out.append(("h", 2, SUBL[e]) if sub == "h2" else ("b", SUBL[e] + ":", ""))
        out += nd
    return out

def consent_sec(title, c, V, hl=1):
    var = V["instemming_ouders"]
    nd = consent(var, c, school_dated=(V["vaststelling"] == "present"))
    if nd is None:
        return []
    return [("h", hl, "Toestemmingen" if var == "avg_only" else title)] + nd

# ---------------------------------------------------------------- A: numbered SWV format
def layout_A(c, V):
    out = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("subtitle", c["swv"] + " — format OPP versie 2025")] + meta(c)
    secs = [("Ontwikkelingsperspectief", ["uitstroombestemming", "onderbouwing"]),
            ("Belemmerende en bevorderende factoren", ["belemmerende_factoren", "bevorderende_factoren"]),
            ("Onderwijs- en ondersteuningsbehoeften", ["ondersteuningsbehoefte"]),
            ("Handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]),
            ("Adviezen van deskundigen", ["adviezen_professionals"]),
            ("Inbreng van de leerling (hoorrecht)", ["inbreng_leerling"]),
            ("Op overeenstemming gericht overleg met ouders", ["oogo"]),
            ("Evaluatie", ["evaluatie"])]
    i = 1
    for t, e in secs:
        s = section("%d. %s" % (i, t), e, c, V, sub="h2")
        if s:
            out += s; i += 1
    out += revision(c)
    s = consent_sec("%d. Instemming handelingsdeel" % i, c, V)
    if s: out += s; i += 1
    s = section("%d. Vaststelling" % i, ["vaststelling"], c, V)
    if s: out += s; i += 1
    s = section("%d. Informatie voor ouders" % i, ["informatie_rechten"], c, V)
    out += s
    return out

# ---------------------------------------------------------------- B: two-column table
def layout_B(c, V):
    out = [("title", "OPP — %s" % c["school"]), ("subtitle", "Ontwikkelingsperspectief %s, schooljaar %s" % (c["pname"], c["sj"]))] + meta(c)
    rows = []
    labels = [("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen komende periode"),
              ("ondersteuning", "Ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf)"),
              ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("adviezen_professionals", "Adviezen externe deskundigen"),
              ("inbreng_leerling", "Wat vindt de leerling zelf?"), ("oogo", "Gesprek met ouders (OOGO)"), ("evaluatie", "Evaluatie"),
              ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten van ouders")]
    for e, lab in labels:
        nd = el(e, V[e], c)
        if nd is None:
            continue
        rows.append((lab, nd))
    out += [("h", 1, "Ontwikkelingsperspectief en handelingsdeel"), ("kv", rows)]
    out += revision(c)
    out += consent_sec("Ondertekening", c, V)
    return out

# ---------------------------------------------------------------- C: domain table
def _col(e, V, c, idx):
    var = V[e]
    rows = c["pr"]["domains"]
    if var == "missing":
        return None
    if var == "present":
        return [r[idx] for r in rows]
    if var == "empty":
        return ["" for r in rows]
    nd = el(e, var, c)
    txt = nd[0][1] if nd else ""
    return [txt] + ["" for r in rows[1:]]

def layout_C(c, V):
    out = [("title", "Ontwikkelingsperspectief"), ("subtitle", "%s | %s | %s" % (c["school"], c["pname"], c["klas"]))] + meta(c)
    cols = [("belemmerende_factoren", "Belemmerend", 1), ("bevorderende_factoren", "Bevorderend", 2), ("ondersteuningsbehoefte", "Onderwijsbehoefte", 3)]
    header = ["Domein"]; colsdata = []
    for e, lab, idx in cols:
        cd = _col(e, V, c, idx)
        if cd is not None:
            header.append(lab); colsdata.append(cd)
    rows = []
    for i, d in enumerate(c["pr"]["domains"]):
        rows.append([d[0]] + [cd[i] for cd in colsdata])
    out += [("h", 1, "1. Beeld van de leerling per domein"), ("table", header, rows)]
    out += section("2. Perspectief", ["uitstroombestemming", "onderbouwing"], c, V, sub="b")
    out += section("3. Handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"], c, V, sub="b")
    out += section("4. Adviezen", ["adviezen_professionals"], c, V)
    out += section("5. Stem van de leerling", ["inbreng_leerling"], c, V)
    out += section("6. Ouders", ["oogo"], c, V)
    out += section("7. Evaluatie", ["evaluatie"], c, V)
    out += revision(c)
    out += consent_sec("8. Handtekeningen", c, V)
    out += section("Vaststelling", ["vaststelling"], c, V, hl=2)
    nd = el("informatie_rechten", V["informatie_rechten"], c)
    if nd is not None:
        out += [("small", "Rechten van ouders: " + (nd[0][1] if nd else ""))]
    return out

# ---------------------------------------------------------------- D: groeidocument with OPP chapter
def layout_D(c, V):
    out = [("title", "Groeidocument"), ("subtitle", "%s — %s — %s" % (c["pname"], c["school"], c["swv"]))]
    out += [("h", 1, "A. Gegevens leerling en school")] + meta(c, extra=[("Ouders/verzorgers", c["ouders_names"])])
    out += [("h", 2, "Schoolloopbaan"), ("table", ["Schooljaar", "Groep/klas", "School", "Bijzonderheden"],
            [["%d-%d" % (int(c["sj"][:4]) - 2, int(c["sj"][:4]) - 1), "—", c["school"], "start ondersteuning"],
             ["%d-%d" % (int(c["sj"][:4]) - 1, int(c["sj"][:4])), "—", c["school"], "onderzoek / MDO"],
             [c["sj"], c["klas"], c["school"], "OPP"]])]
    out += [("h", 1, "B. Beeld van de leerling")]
    for e, t in [("bevorderende_factoren", "Wat gaat goed? (stimulerende factoren)"), ("belemmerende_factoren", "Wat is lastig? (belemmerende factoren)"),
                 ("ondersteuningsbehoefte", "Wat heeft deze leerling nodig? (onderwijsbehoeften)")]:
        out += section(t, [e], c, V, hl=2)
    out += [("h", 1, "C. Ontwikkelingsperspectief (OPP)")]
    out += section("Uitstroombestemming", ["uitstroombestemming"], c, V, hl=2)
    out += section("Onderbouwing", ["onderbouwing"], c, V, hl=2)
    out += [("h", 1, "D. Handelingsdeel")]
    for e in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]:
        out += section(SUBL[e], [e], c, V, hl=2)
    out += section("E. Wie denken er mee? (adviezen)", ["adviezen_professionals"], c, V)
    s1 = section("Ouders", ["oogo"], c, V, hl=2); s2 = section("Leerling", ["inbreng_leerling"], c, V, hl=2)
    if s1 or s2:
        out += [("h", 1, "F. Betrokkenheid ouders en leerling")] + s1 + s2
    out += section("G. Evaluatie", ["evaluatie"], c, V)
    out += revision(c)
    out += consent_sec("H. Instemming en ondertekening", c, V)
    out += section("Vaststelling", ["vaststelling"], c, V, hl=2)
    out += section("Bezwaar en geschillen", ["informatie_rechten"], c, V, hl=2)
    return out

# ---------------------------------------------------------------- E: beknopt OPP
def layout_E(c, V):
    out = [("title", "Beknopt OPP"), ("subtitle", "%s • %s • %s" % (c["pname"], c["klas"], c["school"]))]
    out += [("kv", [("Geboortedatum", ds(c["dob"])), ("Datum", ds(c["plan"])), ("Schooljaar", c["sj"])])]
    rows = []
    for e, lab in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Waarom?"), ("belemmerende_factoren", "Belemmerend"),
                   ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Nodig"), ("doelen", "Doelen"),
                   ("ondersteuning", "Aanpak"), ("afwijkingen_onderwijsprogramma", "Afwijkingen"), ("adviezen_professionals", "Advies deskundigen"),
                   ("inbreng_leerling", "Leerling zelf"), ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vastgesteld"),
                   ("informatie_rechten", "Niet eens?")]:
        nd = el(e, V[e], c)
        if nd is None:
            continue
        rows.append((lab, nd))
    out += [("kv", rows)]
    out += consent_sec("Instemming", c, V, hl=2)
    return out

# ---------------------------------------------------------------- F: question headings
def layout_F(c, V):
    n = c["n"]
    out = [("title", "Het plan van %s" % n), ("subtitle", "Ontwikkelingsperspectief • %s • %s • %s" % (c["school"], c["klas"], c["sj"]))] + meta(c)
    qs = [("Waar werken we naartoe?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
          ("Wat zit %s in de weg?" % n, "belemmerende_factoren"), ("Wat helpt %s?" % n, "bevorderende_factoren"),
          ("Wat heeft %s nodig?" % n, "ondersteuningsbehoefte"), ("Wat willen we bereiken?", "doelen"),
          ("Wat gaan we doen?", "ondersteuning"), ("Wijkt het programma af?", "afwijkingen_onderwijsprogramma"),
          ("Wat zeggen deskundigen?", "adviezen_professionals"), ("Wat vind ik zelf?", "inbreng_leerling"),
          ("Wat vinden mijn ouders?", "oogo"), ("Hoe kijken we terug?", "evaluatie")]
    for q, e in qs:
        out += section(q, [e], c, V)
    out += revision(c)
    out += consent_sec("Wie zetten er een handtekening?", c, V)
    out += section("Wanneer is het plan vastgesteld?", ["vaststelling"], c, V)
    out += section("Wat als je het niet eens bent?", ["informatie_rechten"], c, V)
    return out

# ---------------------------------------------------------------- G: letter
def layout_G(c, V):
    n = c["n"]
    addr = "Aan %s\nvan %s\nKorte Wal %d\n%s" % (("de ouders" if c["ouder2"] else "mevrouw") if not c["pleeg"] else "de pleegouders", c["pname"], 10 + len(n), c["plaats"])
    out = [("title", c["school"]), ("small", "%s • Schoolpad 4 • %s • telefoon 0499-555 210" % (c["school"], c["plaats"]))]
    out += [("p", l) for l in addr.split("\n")]
    out += [("p", "%s, %s" % (c["plaats"], dl(c["plan"]))), ("b", "Betreft:", "ontwikkelingsperspectief van %s (%s, geboren %s)" % (c["pname"], c["klas"], ds(c["dob"])))]
    out += [("p", "Beste %s," % ("ouders" if c["ouder2"] else "mevrouw " + c["achternaam"])),
            ("p", "Hierbij ontvangt u het ontwikkelingsperspectief van %s voor schooljaar %s. In deze brief staat wat wij verwachten, waarom, en welke ondersteuning %s krijgt." % (n, c["sj"], n))]
    for t, e in [("Wat verwachten wij?", "uitstroombestemming"), ("Waarom?", "onderbouwing"), ("Wat maakt het moeilijk?", "belemmerende_factoren"),
                 ("Wat helpt?", "bevorderende_factoren"), ("Wat heeft %s nodig?" % n, "ondersteuningsbehoefte"),
                 ("Welke doelen?", "doelen"), ("Welke ondersteuning?", "ondersteuning"), ("Aanpassingen in het programma", "afwijkingen_onderwijsprogramma"),
                 ("Adviezen", "adviezen_professionals"), ("Wat zegt %s zelf?" % n, "inbreng_leerling"), ("Ons gesprek", "oogo"),
                 ("Evaluatie", "evaluatie"), ("Uw rechten", "informatie_rechten"), ("Vaststelling", "vaststelling")]:
        out += section(t, [e], c, V, hl=2)
    out += revision(c)
    out += [("p", "Met vriendelijke groet,"), ("p", "%s, directeur" % c["directeur"]), ("p", "%s, %s" % (c["ib"], "ondersteuningscoördinator" if c["type"] in ("vo", "pro", "vso") else "intern begeleider"))]
    s = consent_sec("Antwoordstrook — terug naar school", c, V, hl=2)
    if s:
        out += [("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")] + s
    return out

# ---------------------------------------------------------------- H: system export
def layout_H(c, V):
    out = [("title", "LeerlingVolg Pro — Rapport: Ontwikkelingsperspectief"), ("small", "Leerling: %s | Stamnr. %d | %s | %s" % (c["pname"], 40000 + len(c["pname"]) * 137, c["klas"], c["school"]))]
    out += [("kv", [("Status plan", "Actief"), ("Begindatum OPP", ds(c["plan"])), ("Einddatum OPP", ds(c["ev2"])), ("Registratie BRON", "ja")])]
    tabs = [("Tab: Perspectief", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
            ("Tab: Leerlingbeeld", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"), ("Onderwijsbehoeften", "ondersteuningsbehoefte")]),
            ("Tab: Handelingsdeel", [("Doelen", "doelen"), ("Interventies", "ondersteuning"), ("Afwijkingen programma", "afwijkingen_onderwijsprogramma")]),
            ("Tab: Betrokkenen", [("Adviezen externen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"), ("OOGO ouders", "oogo")]),
            ("Tab: Evaluatie en vaststelling", [("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"), ("Rechten ouders", "informatie_rechten")])]
    for t, fields in tabs:
        rows = []
        for lab, e in fields:
            nd = el(e, V[e], c)
            if nd is None:
                continue
            rows.append((lab, nd))
        if rows:
            out += [("h", 1, t), ("kv", rows)]
    out += revision(c)
    out += consent_sec("Tab: Ondertekening", c, V)
    return out

# ---------------------------------------------------------------- I: vso / pro transitieplan
def layout_I(c, V):
    n = c["n"]
    out = [("title", "Ontwikkelingsperspectiefplan %s" % ("VSO" if c["type"] == "vso" else "PrO")), ("subtitle", "met transitieplan • %s • %s" % (c["school"], c["sj"]))] + meta(c, extra=[("Leeftijd", "%d jaar" % c["age"])])
    out += section("1. Mijn toekomst: uitstroombestemming", ["uitstroombestemming"], c, V)
    out += section("2. Waarom dit profiel?", ["onderbouwing"], c, V)
    out += section("3. Wat kan ik al, wat is moeilijk?", ["bevorderende_factoren", "belemmerende_factoren"], c, V, sub="h2")
    out += section("4. Wat heb ik nodig?", ["ondersteuningsbehoefte"], c, V)
    out += section("5. Mijn verhaal", ["inbreng_leerling"], c, V)
    out += section("6. Transitieplan en handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"], c, V, sub="h2")
    out += section("7. Advies commissie voor de begeleiding en deskundigen", ["adviezen_professionals"], c, V)
    out += section("8. Overleg", ["oogo"], c, V)
    out += section("9. Evaluatie", ["evaluatie"], c, V)
    out += revision(c)
    out += consent_sec("10. Instemming handelingsdeel", c, V)
    out += section("11. Vaststelling", ["vaststelling"], c, V)
    out += section("12. Rechten", ["informatie_rechten"], c, V)
    return out

LAYOUTS = {"A": ("swv-genummerd", layout_A), "B": ("tweekolom-tabel", layout_B), "C": ("domeintabel", layout_C),
           "D": ("groeidocument-met-opp", layout_D), "E": ("beknopt-opp", layout_E), "F": ("vraagkoppen", layout_F),
           "G": ("briefvorm", layout_G), "H": ("systeemexport", layout_H), "I": ("vso-pro-transitieplan", layout_I)}
