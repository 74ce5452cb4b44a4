"""Layouts: turn a document spec into a list of blocks for the renderers.

Blocks:
  ('title', text) ('meta', [(label, value), ...]) ('h', level, text) ('items', [items])
  ('table', header or None, [[cell_items, ...], ...], widths)  cell_items: list of items
  ('footer', text)   running footer (system exports)
"""
from content import ELEMENTS, DOMAINS, DOMAIN_FULL, items, INSTR, SCHOOLS

HEAD_NUM = {
    "uitstroombestemming": "Te verwachten uitstroombestemming",
    "onderbouwing": "Onderbouwing van de uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen voor de komende periode",
    "adviezen_professionals": "Adviezen van deskundigen",
    "oogo": "Op overeenstemming gericht overleg met ouders",
    "instemming_ouders": "Instemming ouders met het handelingsdeel",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "informatie_rechten": "Informatie over uw rechten",
    "vaststelling": "Vaststelling",
}
HEAD_2COL = {
    "uitstroombestemming": "Uitstroomprofiel / -bestemming",
    "onderbouwing": "Onderbouwing",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Stimulerende factoren",
    "ondersteuningsbehoefte": "Onderwijsbehoeften",
    "ondersteuning": "Handelingsdeel: ondersteuning (wat, wie, hoe vaak, vanaf)",
    "afwijkingen_onderwijsprogramma": "Afwijking van het onderwijsprogramma",
    "doelen": "Doelen",
    "adviezen_professionals": "Advies externe deskundigen",
    "oogo": "OOGO (datum, aanwezigen)",
    "instemming_ouders": "Ondertekening handelingsdeel",
    "inbreng_leerling": "Stem van de leerling",
    "evaluatie": "Evaluatiemomenten",
    "informatie_rechten": "Als u het niet eens bent",
    "vaststelling": "Datum vaststelling / vastgesteld door",
}
HEAD_Q = {
    "uitstroombestemming": "Waar gaat {n} na deze school naartoe?",
    "onderbouwing": "Waarom verwachten we dat?",
    "belemmerende_factoren": "Wat maakt het leren lastig voor {n}?",
    "bevorderende_factoren": "Wat gaat goed en waar is {n} sterk in?",
    "ondersteuningsbehoefte": "Wat heeft {n} nodig?",
    "ondersteuning": "Welke hulp krijgt {n}, van wie en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af van dat van de klas?",
    "doelen": "Waar werken we de komende periode aan?",
    "adviezen_professionals": "Wat adviseren deskundigen?",
    "oogo": "Hoe hebben we met u overlegd?",
    "instemming_ouders": "Gaat u akkoord met het handelingsdeel?",
    "inbreng_leerling": "Wat vindt {n} zelf, en wat doen we daarmee?",
    "evaluatie": "Wanneer kijken we samen terug?",
    "informatie_rechten": "Wat kunt u doen als u het niet eens bent?",
    "vaststelling": "Wie heeft het plan vastgesteld en wanneer?",
}
HEAD_EXPORT = {k: v.upper() for k, v in {
    "uitstroombestemming": "Uitstroom verwacht", "onderbouwing": "Onderbouwing uitstroom",
    "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Beschermende factoren",
    "ondersteuningsbehoefte": "Onderwijsbehoeften", "ondersteuning": "Interventies / begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkend programma", "doelen": "Doelen",
    "adviezen_professionals": "Externe adviezen", "oogo": "Overleg ouders",
    "instemming_ouders": "Instemming handelingsdeel", "inbreng_leerling": "Inbreng leerling",
    "evaluatie": "Evaluatie", "informatie_rechten": "Rechten ouders", "vaststelling": "Vaststelling"}.items()}
LETTER_LEAD = {
    "uitstroombestemming": "Verwachte uitstroom.", "onderbouwing": "Waarom deze verwachting?",
    "belemmerende_factoren": "Wat het lastig maakt.", "bevorderende_factoren": "Wat helpt.",
    "ondersteuningsbehoefte": "Wat uw kind nodig heeft.", "ondersteuning": "De ondersteuning.",
    "afwijkingen_onderwijsprogramma": "Het lesprogramma.", "doelen": "De doelen.",
    "adviezen_professionals": "Adviezen van deskundigen.", "oogo": "Ons gesprek met u.",
    "instemming_ouders": "Uw instemming.", "inbreng_leerling": "De mening van uw kind.",
    "evaluatie": "Evaluatie.", "informatie_rechten": "Uw rechten.", "vaststelling": "Vaststelling.",
}

ORDER = ELEMENTS


def meta(s):
    school, place, swv = SCHOOLS[s["type"]]
    rows = [("Naam leerling", s["fullname"]), ("Geboortedatum", s["birth"]), ("School", "%s, %s" % (school, place)),
            ("Groep/klas", s["klas"]), ("Samenwerkingsverband", swv), ("Datum opgesteld", s["made_date"])]
    if s.get("revised"):
        rows.append(("Laatst bijgesteld", s["revised"]))
    if s.get("valid_until"):
        rows.append(("Geldig tot", s["valid_until"]))
    if s.get("adult"):
        rows.append(("Meerderjarig", "ja" + (" (onder curatele)" if s.get("curatele") else ", handelingsbekwaam")))
    return rows


def el(s, eid):
    it = items(s, eid, s["modes"][eid])
    if it is not None and s.get("cc"):
        out = []
        for x in it:
            if x[0] == "p":
                out.append(("cc", x[1]))
            elif x[0] == "chk":
                out.append(("cchk", x[1]))
            else:
                out.append(x)
        it = out
    return it


def build(s):
    lay = s["layout"]
    f = globals()["lay_" + lay.replace("-", "_")]
    blocks = f(s)
    if s.get("revision_log"):
        blocks += [("h", 2, "Versiebeheer"), ("table", ["Versie", "Datum", "Wijziging"], s["revision_log"], None)]
    return blocks


def title(s, t):
    return [("title", t), ("meta", meta(s))]


def lay_swv_numbered(s):
    b = title(s, s.get("title", "Ontwikkelingsperspectiefplan (OPP)"))
    if s.get("intro_instr"):
        b.append(("items", [("i", "Toelichting bij dit format: vul alle onderdelen in. Het handelingsdeel (hoofdstuk 6 t/m 8) "
                                  "vraagt instemming van ouders. Verwijder deze toelichting voor het versturen.")]))
    i = 1
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        b.append(("h", 1, "%d. %s" % (i, HEAD_NUM[eid])))
        b.append(("items", it))
        i += 1
    return b


def lay_vso_profile(s):
    s = dict(s, profile_ticks=True)
    return lay_swv_numbered(dict(s, title=s.get("title", "Ontwikkelingsperspectief VSO")))


def lay_two_column(s):
    b = title(s, s.get("title", "OPP - ontwikkelingsperspectief"))
    rows = []
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        rows.append([[("p", HEAD_2COL[eid])], it])
    b.append(("table", ["Onderdeel", "Invulling"], rows, [0.3, 0.7]))
    return b


def lay_domain_table(s):
    b = title(s, s.get("title", "Ontwikkelingsperspectief - beeld van de leerling per domein"))
    dom_cols = [e for e in DOMAIN_FULL if s["modes"][e] != "absent"]
    b.append(("h", 1, "Uitstroom"))
    for eid in ["uitstroombestemming", "onderbouwing"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 2, HEAD_NUM[eid]), ("items", it)]
    b.append(("h", 1, "Beeld van de leerling"))
    heads = {"belemmerende_factoren": "Belemmerend", "bevorderende_factoren": "Bevorderend",
             "ondersteuningsbehoefte": "Onderwijsbehoeften"}
    rows = []
    for d in DOMAINS:
        row = [[("p", d)]]
        for e in dom_cols:
            m = s["modes"][e]
            if m in ("full", "other_pupil"):
                src = DOMAIN_FULL[e](dict(s, first=s["other"]) if m == "other_pupil" else s)
                txt = src[d]
                if m == "other_pupil":
                    txt = "Bij %s zien we: %s" % (s["other"], txt[0].lower() + txt[1:])
                row.append([("p", txt)])
            elif m == "empty":
                row.append([])
            elif m == "instr":
                row.append([("i", INSTR[e])] if d == DOMAINS[0] else [])
            else:
                row.append(items(s, e, m) if d == DOMAINS[0] else [])
        rows.append(row)
    b.append(("table", ["Domein"] + [heads[e] for e in dom_cols], rows, None))
    b.append(("h", 1, "Handelingsdeel"))
    for eid in ORDER:
        if eid in DOMAIN_FULL or eid in ("uitstroombestemming", "onderbouwing"):
            continue
        it = el(s, eid)
        if it is None:
            continue
        b += [("h", 2, HEAD_NUM[eid]), ("items", it)]
    return b


def lay_groeidocument(s):
    n = s["first"]
    b = title(s, "Groeidocument %s" % s["fullname"])
    b += [("h", 1, "1. Hulpvraag van school, ouders en leerling"),
          ("items", [("p", "Hoe kunnen we %s helpen om met plezier tot leren te komen, nu de achterstand bij rekenen groter wordt?" % n)]),
          ("h", 1, "2. Schoolloopbaan"),
          ("items", [("p", "Sinds groep 1 op deze school (of: sinds de brugklas). Eerdere ondersteuning: RT rekenen en een "
                           "arrangement van het samenwerkingsverband in het vorige schooljaar.")]),
          ("h", 1, "3. Beeld van de leerling")]
    for eid in ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 2, HEAD_NUM[eid]), ("items", it)]
    b.append(("h", 1, "4. Ontwikkelingsperspectief (OPP)"))
    b.append(("h", 2, "Deel A - Perspectief"))
    for eid in ["uitstroombestemming", "onderbouwing", "adviezen_professionals"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 3, HEAD_NUM[eid]), ("items", it)]
    b.append(("h", 2, "Deel B - Handelingsdeel"))
    for eid in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 3, HEAD_NUM[eid]), ("items", it)]
    b.append(("h", 1, "5. Betrokkenheid ouders en leerling"))
    for eid in ["oogo", "inbreng_leerling", "informatie_rechten"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 2, HEAD_NUM[eid]), ("items", it)]
    b.append(("h", 1, "6. Ondertekening"))
    for eid in ["instemming_ouders", "vaststelling"]:
        it = el(s, eid)
        if it is not None:
            b += [("h", 2, HEAD_NUM[eid]), ("items", it)]
    return b


def lay_beknopt(s):
    b = title(s, "Beknopt OPP")
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        b += [("h", 3, HEAD_2COL[eid]), ("items", it)]
    return b


def lay_questions(s):
    n = s["first"]
    b = title(s, "Het plan voor %s" % n)
    b.append(("items", [("p", "In dit ontwikkelingsperspectief beantwoorden we samen met u en %s de belangrijkste vragen." % n)]))
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        b += [("h", 2, HEAD_Q[eid].format(n=n)), ("items", it)]
    return b


def lay_letter(s):
    school, place, swv = SCHOOLS[s["type"]]
    n = s["first"]
    b = [("title", school), ("items", [("p", place), ("p", "Aan de ouders/verzorgers van %s" % s["fullname"]),
                                        ("p", "%s, %s" % (place, s["made_date"])),
                                        ("p", "Betreft: ontwikkelingsperspectief van %s (geboren %s, %s)" % (n, s["birth"], s["klas"])),
                                        ("p", "Beste ouders/verzorgers,"),
                                        ("p", "Zoals besproken stuurt de school u hierbij het ontwikkelingsperspectief (OPP) van %s. "
                                              "Hieronder leest u wat wij verwachten en welke ondersteuning %s krijgt." % (n, n))])]
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        lead = LETTER_LEAD[eid]
        if it and it[0][0] == "p":
            it = [("p", "**%s** %s" % (lead, it[0][1]))] + it[1:]
        else:
            it = [("p", "**%s**" % lead)] + it
        b.append(("items", it))
    b.append(("items", [("p", "Met vriendelijke groet,"), ("p", "%s, intern begeleider" % s.get("ib", "M. van Dorsten"))]))
    return b


def lay_system_export(s):
    b = [("title", "ParVolg LVS - Export ontwikkelingsperspectief"),
         ("meta", meta(s) + [("Leerlingnummer", s["lln"]), ("Status document", s.get("doc_status", "Definitief"))])]
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        b += [("h", 3, HEAD_EXPORT[eid]), ("items", it if it else [("p", "")])]
    b.append(("footer", "ParVolg LVS v7.2 | %s | Afgedrukt door: %s | Vertrouwelijk" % (SCHOOLS[s["type"]][0], s.get("ib", "M. van Dorsten"))))
    return b


def lay_fillable(s):
    # rendered by the fillable-PDF renderer: list of fields
    fields = []
    for eid in ORDER:
        it = el(s, eid)
        if it is None:
            continue
        fields.append((eid, HEAD_2COL[eid], it))
    return [("title", s.get("title", "OPP-formulier (invulbaar)")), ("meta", meta(s)), ("fields", fields)]
