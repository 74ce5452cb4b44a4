# -*- coding: utf-8 -*-
"""Layouts: each returns (blocks, meta) for one document."""
from content import (EL, body, dlong, dshort, addm, other_consent_block, MAAND, pick, BELEM, BEVOR)

LEAD = {
    "uitstroombestemming": "Verwachte uitstroom", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren", "ondersteuningsbehoefte": "Wat heeft {n} nodig", "ondersteuning": "Ondersteuning",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het programma", "doelen": "Doelen", "adviezen_professionals": "Adviezen",
    "oogo": "Gesprek met ouders", "instemming_ouders": "Instemming ouders", "inbreng_leerling": "Mening van {n}",
    "evaluatie": "Evaluatie", "informatie_rechten": "Uw rechten", "vaststelling": "Vastgesteld",
}
PRESENTISH = {"p", "na", "vague", "partial", "no_change", "only_logo", "no_date", "concept", "nvt_but"}


class Ctx:
    def __init__(self, ctx, K, rng):
        self.c, self.K, self.rng = ctx, K, rng

    def parts(self, el, style="table"):
        return body(el, self.K[el], self.c, self.rng, style)

    def text(self, el, style="table"):
        p = self.parts(el, style)
        if p is None:
            return None
        from render import parts_text
        return parts_text(p)

    def prose(self, el):
        """sentence(s) for prose layouts, with a lead-in for gap kinds; None if missing."""
        k = self.K[el]
        p = self.parts(el, "prose")
        if p is None:
            return None
        from render import parts_text
        t = parts_text(p)
        if k in PRESENTISH and el not in ("instemming_ouders",):
            return t
        return f"{LEAD[el].format(**self.c)}: {t}".rstrip()

    def consent_blocks(self, label_style=None):
        k = self.K["instemming_ouders"]
        if k == "other_consent":
            parts = other_consent_block(self.c)
        else:
            parts = self.parts("instemming_ouders")
        if parts is None:
            return []
        out = []
        for p in parts:
            if isinstance(p, tuple):
                out.append(("sig", p[1]))
            else:
                out.append(("p", p))
        return out


def gegevens_rows(c):
    return [["Naam leerling", c["fn"]], ["Geboortedatum", c["dob"]], ["Groep / klas", c["grp"]],
            ["School", f"{c['school']}, {c['place']}"], ["Intern begeleider / zorgcoördinator", c["ib"]]]


def add_sigs_school(c, signed=True):
    return []


# ------------------------------------------------------------------ 1 verhalend (prose)
def verhalend(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = []
    B.append(("title", rng.choice([f"Ontwikkelingsperspectief {c['fn']}", f"OPP van {n} – {c['grp']}", f"Plan voor {c['fn']}"])))
    B.append(("small", f"{c['school']}, {c['place']} · opgesteld door {c['lk']}, leerkracht {c['grp']} · {dlong(c['dwrite'])}"))
    intro = (f"{n} is {c['age']} jaar en zit in {c['grp']}. Onze school is klein: {c['grp']} is een combinatiegroep van {c['groepsgrootte']} kinderen. "
             f"Ik schrijf dit plan omdat {n} op een aantal gebieden duidelijk achterblijft bij de groep en meer nodig heeft dan de ondersteuning die we alle kinderen bieden.")
    if c["st"] in ("vo", "pro", "vso"):
        intro = (f"{n} is {c['age']} jaar en zit in {c['grp']}. Als mentor schrijf ik dit plan samen met de zorgcoördinator, {c['ib']}.")
    if c.get("adult"):
        intro += f" {n} is meerderjarig en beslist zelf over dit plan."
    if c.get("curatele"):
        intro += f" {n} is meerderjarig en staat onder curatele; {c['curator']} is curator en beslist namens {c['hem']}."
    B.append(("p", intro))
    heads = v.get("heads", False)
    seq = [
        ("Hoe gaat het met {n}?", ["belemmerende_factoren", "bevorderende_factoren"]),
        (None, ["ondersteuningsbehoefte"]),
        ("Waar werken we naartoe?", ["uitstroombestemming", "onderbouwing"]),
        ("Wat gaan we doen?", ["ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"]),
        (None, ["adviezen_professionals"]),
        (None, ["inbreng_leerling"]),
        ("Afspraken", ["oogo", "evaluatie"]),
        (None, ["informatie_rechten"]),
    ]
    for h, els in seq:
        if heads and h:
            B.append(("h2", h.format(**c)))
        txt = [X.prose(e) for e in els]
        txt = [t for t in txt if t is not None]
        for t in txt:
            if t.endswith(":"):
                B.append(("p", "**" + t + "**"))
            else:
                B.append(("p", t))
    if heads:
        B.append(("h2", "Ondertekening"))
    B += X.consent_blocks()
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    B.append(("small", f"Met vriendelijke groet, {c['lk']}"))
    meta = dict(doctitle=f"OPP {c['fn']}", author=c["lk"], docx_headings=heads, odt_headings=heads, font="DVS" if v.get("serif") else "DV")
    return B, meta


# ------------------------------------------------------------------ 2 beknopt (one page)
def beknopt(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = [("title", v.get("title", "Beknopt ontwikkelingsperspectief (OPP)")),
         ("small", f"{c['swv']} · formulier OPP-kort, versie 2024")]
    B.append(("table", [["Leerling", c["fn"], "Geb.datum", c["dob"]], ["School", c["school"], "Groep", c["grp"]]],
              {"widths": [0.15, 0.4, 0.15, 0.3]}))
    rows = []
    labels = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen komende periode"),
              ("ondersteuning", "Ondersteuning (wat/wie/wanneer)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
              ("adviezen_professionals", "Advies deskundigen" if c["st"] not in ("so", "vso") else "Advies CvB / deskundigen"),
              ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Overleg ouders (OOGO)"), ("evaluatie", "Evaluatie")]
    for el, lab in labels:
        t = X.text(el)
        if t is None:
            continue
        rows.append([lab, t])
    B.append(("table", rows, {"labelcol": True, "widths": [0.27, 0.73]}))
    ri = X.text("informatie_rechten")
    if ri is not None:
        B.append(("small", ri))
    B.append(("h2", "Instemming handelingsdeel"))
    B += X.consent_blocks()
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    meta = dict(doctitle="OPP-kort", fontsize=7.6, author=c["ib"], color="#7a1f1f", thead="#f4cccc")
    return B, meta


# ------------------------------------------------------------------ 3 groepsplan met ingebed OPP
def groepsplan(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    vak = v.get("vak", "rekenen")
    B = [("title", f"Groepsplan {vak} – {c['grp']} – blok 2"), ("small", f"{c['school']} · leerkracht {c['lk']} · periode {MAAND[c['dset'].month-1]} – {MAAND[addm(c['dset'],3).month-1]} {addm(c['dset'],3).year}")]
    B.append(("h1", "1. Beginsituatie van de groep"))
    B.append(("p", f"De groep telt {c['groepsgrootte']} leerlingen. Na de M-toetsen blijkt dat de groep als geheel goed vooruitgaat bij {vak}; "
                   f"bij vier leerlingen is de groei kleiner dan verwacht. In de groep is het na de pauze vaak onrustig; we starten de middag daarom met een korte rustoefening."))
    B.append(("h1", "2. Groepsdoelen"))
    B.append(("p", f"Alle leerlingen beheersen aan het eind van het blok de doelen van blok 2 van de methode (minimaal 80% op de bloktoets). "
                   f"Alle leerlingen hebben behoefte aan duidelijke instructie en een voorspelbare les."))
    B.append(("h1", "3. Instructiegroepen"))
    B.append(("table", [["Groep", "Leerlingen", "Aanpak", "Evaluatie"],
                        ["Verkorte instructie", "Amber, Jurre, Senna, Ties", "Na de basisinstructie zelfstandig verder, verrijking met Rekentijger", "bloktoets"],
                        ["Basisinstructie", "12 leerlingen", "Instructie volgens het directe instructiemodel, 15 minuten", "bloktoets"],
                        ["Verlengde instructie", f"Kyano, Mees, Sofie, {n}", "Extra instructie aan de instructietafel, inoefenen met materiaal", "bloktoets + observatie"]],
              {"header": True, "widths": [0.2, 0.25, 0.35, 0.2]}))
    B.append(("h1", f"4. Individueel ontwikkelingsperspectief {c['fn']}"))
    B.append(("p", f"Voor {n} is een ontwikkelingsperspectief opgesteld. Dit deel van het groepsplan geldt als het OPP van {n}."))
    subs = [("uitstroombestemming", "4.1 Uitstroombestemming"), ("onderbouwing", "4.2 Onderbouwing"),
            ("belemmerende_factoren", "4.3 Belemmerende factoren"), ("bevorderende_factoren", "4.4 Bevorderende factoren"),
            ("ondersteuningsbehoefte", "4.5 Onderwijsbehoeften van " + n), ("afwijkingen_onderwijsprogramma", "4.6 Afwijkingen van het programma"),
            ("doelen", "4.7 Doelen"), ("ondersteuning", "4.8 Ondersteuning"), ("adviezen_professionals", "4.9 Adviezen van deskundigen"),
            ("inbreng_leerling", f"4.10 Wat vindt {n} zelf?"), ("oogo", "4.11 Overleg met ouders"), ("evaluatie", "4.12 Evaluatie"),
            ("informatie_rechten", "4.13 Informatie voor ouders")]
    for el, h in subs:
        t = X.text(el)
        if t is None:
            continue
        B.append(("h2", h)); B.append(("p", t) if t else ("p", ""))
    B.append(("h1", "5. Ondertekening OPP " + n))
    B += X.consent_blocks()
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    B.append(("h1", "6. Evaluatie groepsplan"))
    B.append(("p", "De evaluatie van het groepsplan vindt plaats in de groepsbespreking met de intern begeleider na de bloktoets."))
    return B, dict(doctitle="Groepsplan", author=c["lk"])


# ------------------------------------------------------------------ 4 system export leerlingdossier
def export(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    sysname = v.get("sys", "LeerlingLijn")
    B = [("title", f"Leerlingdossier – {c['fn']}")]
    B.append(("table", [["Leerlingnummer", str(100000 + c["seed"] * 37)], ["Naam", c["fn"]], ["Geboortedatum", c["dob"]],
                        ["Groep", c["grp"]], ["School", c["school"]], ["Zorgniveau", "niveau 3 – extra ondersteuning (OPP)"]], {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h1", "Logboek"))
    lg = [["Datum", "Auteur", "Notitie"],
          [dshort(addm(c["dset"], -4)), c["lk"], "Leerlingbespreking: groei rekenen blijft achter, IB'er kijkt mee."],
          [dshort(addm(c["dset"], -2)), c["ib"], "Groepsbespreking: voorstel OPP op te stellen."]]
    if v.get("ll_log"):
        lg.append([dshort(addm(c["dset"], -1)), c["lk"], v["ll_log"].format(**c)])
    if K["oogo"] in ("p",):
        lg.append([dshort(c["doogo"]), c["ib"], "Gesprek ouders over concept-OPP, zie tab OPP."])
    B.append(("table", lg, {"header": True, "widths": [0.15, 0.2, 0.65]}))
    B.append(("h1", "Toetsresultaten (LVS)"))
    B.append(("table", [["Toets", "M-vorig jaar", "E-vorig jaar", "M-dit jaar"],
                        ["Rekenen-Wiskunde", "V", "V", "V-"], ["Begrijpend lezen", "IV", "IV", "V"], ["DMT", "V", "IV", "IV"]], {"header": True}))
    B.append(("pagebreak",))
    B.append(("h1", "Tab: Ontwikkelingsperspectief"))
    flds = [("uitstroombestemming", "Uitstroomprofiel"), ("onderbouwing", "Onderbouwing uitstroomprofiel"),
            ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
            ("doelen", "Doelen"), ("ondersteuning", "Handelingsdeel / ondersteuning"), ("adviezen_professionals", "Externe adviezen"),
            ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO"), ("evaluatie", "Evaluatiemomenten"), ("informatie_rechten", "Rechten ouders"),
            ("vaststelling", "Vaststelling")]
    rows = []
    for el, lab in flds:
        t = X.text(el)
        if t is None:
            continue
        rows.append([lab, t if t else ""])
    B.append(("table", rows, {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h2", "Instemming ouders"))
    B += X.consent_blocks()
    meta = dict(header=f"{sysname} · Leerlingdossier · VERTROUWELIJK", footer=f"Afgedrukt uit {sysname} door {c['ib']} op {dshort(c['dprint'])} – pagina {{page}}",
                doctitle="Leerlingdossier", fontsize=9, creator=sysname, color="#333333", thead="#e7e6e6")
    return B, meta


# ------------------------------------------------------------------ 5 SWV groeidocument, genummerde delen
def groeidocument(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    so = c["st"] in ("so", "vso")
    B = [("title", f"Groeidocument {c['swv']}"), ("small", "Ontwikkelingsperspectiefplan en handelingsdeel · format " + v.get("fmtver", "2025-1"))]
    if c.get("revised"):
        B.append(("p", f"Versiebeheer: eerste versie vastgesteld {dshort(c['dset'])}; bijgesteld na tussenevaluatie op {dshort(c['revised'])} (doelen en ondersteuning aangepast)."))
    def part(title, items):
        B.append(("h1", title))
        rows = []
        for el, lab in items:
            t = X.text(el)
            if t is None:
                continue
            rows.append([lab, t])
        if rows:
            B.append(("table", rows, {"labelcol": True, "widths": [0.3, 0.7], "cc_text": v.get("cc_text", False)}))
    B.append(("h1", "Deel 1 – Gegevens"))
    B.append(("table", gegevens_rows(c) + [["Ouders/verzorgers", c["ouders"]]], {"labelcol": True, "widths": [0.3, 0.7]}))
    part("Deel 2 – Beeld van de leerling", [("belemmerende_factoren", "2.1 Belemmerende factoren"), ("bevorderende_factoren", "2.2 Bevorderende factoren")])
    part("Deel 3 – Onderwijs- en ondersteuningsbehoeften", [("ondersteuningsbehoefte", "3.1 Wat heeft deze leerling nodig?")])
    part("Deel 4 – Ontwikkelingsperspectief", [("uitstroombestemming", "4.1 Te verwachten uitstroombestemming"), ("onderbouwing", "4.2 Onderbouwing"),
                                                ("afwijkingen_onderwijsprogramma", "4.3 Afwijkingen van het onderwijsprogramma")])
    part("Deel 5 – Handelingsdeel", [("doelen", "5.1 Doelen"), ("ondersteuning", "5.2 Ondersteuning en begeleiding")])
    part("Deel 6 – " + ("Advies commissie voor de begeleiding en deskundigen" if so else "Betrokken deskundigen en adviezen"), [("adviezen_professionals", "6.1 Adviezen")])
    part("Deel 7 – Stem van de leerling", [("inbreng_leerling", "7.1 Inbreng leerling")])
    part("Deel 8 – Ouders en evaluatie", [("oogo", "8.1 Op overeenstemming gericht overleg"), ("evaluatie", "8.2 Evaluatie")])
    B.append(("h1", "Deel 9 – Ondertekening"))
    B.append(("h2", "9.1 Instemming handelingsdeel"))
    B += X.consent_blocks()
    vs = X.text("vaststelling")
    if vs is not None:
        B.append(("h2", "9.2 Vaststelling")); B.append(("p", vs))
    ri = X.text("informatie_rechten")
    if ri is not None:
        B.append(("h2", "9.3 Informatie over rechten")); B.append(("p", ri))
    meta = dict(doctitle="Groeidocument", author=c["ib"], cc=v.get("cc", False), footer=f"{c['swv']} · groeidocument · {c['fn']}",
                color="#0b5394")
    return B, meta


# ------------------------------------------------------------------ 6 domeintabel
NEEDS = ["instructie in kleine stappen en controle of de opdracht begrepen is; concreet materiaal bij rekenen",
         "een dagplanning met pictogrammen en een time-timer bij zelfstandig werken",
         "een vaste werkplek met weinig prikkels en een vast aanspreekpunt in de klas",
         "korte lijnen tussen school en ouders (wekelijks bericht via de app)"]
NEEDS_V = ["opdrachten stap voor stap op een werkkaart en een vaste begeleider",
           "een planner die elke maandag met de mentor wordt doorgenomen",
           "een rustige plek om even af te koelen en een vast aanspreekpunt",
           "vooraf bericht bij roosterwijzigingen en afstemming met ouders/woonvorm"]

def domeintabel(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = [("title", "Ontwikkelingsperspectiefplan"), ("small", f"{c['school']} · {c['place']}")]
    B.append(("table", gegevens_rows(c), {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h1", "A. Beeld van de leerling per domein"))
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis en omgeving"]
    cols = [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoefte")]
    colvals = []
    for el, lab in cols:
        k = K[el]
        if k == "missing":
            continue
        if k == "p":
            if el == "belemmerende_factoren":
                vals = pick(rng, BELEM, 4, c)
            elif el == "bevorderende_factoren":
                vals = pick(rng, [b for b in BEVOR if c["st"] in ("po", "sbo", "so") or ("combinatiegroep" not in b and "MAB" not in b)], 4, c)
            else:
                vals = NEEDS_V if c["st"] in ("vo", "pro", "vso") else NEEDS
        else:
            t = X.text(el)
            vals = [t, "", "", ""] if k not in ("ph", "ph:...") else [t] * 4
            if k.startswith("ph"):
                vals = [t] * 4
        colvals.append((lab, vals))
    rows = [["Domein"] + [lab for lab, _ in colvals]]
    for i, d in enumerate(doms):
        rows.append([d] + [vals[i] for _, vals in colvals])
    B.append(("table", rows, {"header": True}))
    secs = [("B. Uitstroombestemming", "uitstroombestemming"), ("C. Onderbouwing", "onderbouwing"),
            ("D. Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("E. Doelen", "doelen"),
            ("F. Ondersteuning (handelingsdeel)", "ondersteuning"), ("G. Adviezen van deskundigen", "adviezen_professionals"),
            ("H. Inbreng van de leerling", "inbreng_leerling"), ("I. Overleg met ouders", "oogo"), ("J. Evaluatie", "evaluatie")]
    for h, el in secs:
        t = X.text(el)
        if t is None:
            continue
        B.append(("h1", h)); B.append(("p", t))
    B.append(("h1", "K. Ondertekening"))
    B += X.consent_blocks()
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    ri = X.text("informatie_rechten")
    if ri is not None:
        B.append(("small", ri))
    return B, dict(doctitle="OPP", author=c["ib"], color="#38761d", thead="#d9ead3")


# ------------------------------------------------------------------ 7 vraagkoppen
def vraagkoppen(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = [("title", f"Het plan van {n}"), ("p", f"{c['school']} · {c['grp']} · datum plan: {dshort(c['dwrite'])}")]
    qs = [("uitstroombestemming", "Waar gaat {n} na deze school naartoe?"), ("onderbouwing", "Waarom verwachten we dat?"),
          ("belemmerende_factoren", "Wat maakt het leren lastig?"), ("bevorderende_factoren", "Wat helpt {n}?"),
          ("ondersteuningsbehoefte", "Wat heeft {n} nodig?"), ("doelen", "Wat willen we bereiken?"),
          ("ondersteuning", "Wat gaan we doen, wie doet het en wanneer?"), ("afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?"),
          ("adviezen_professionals", "Wat adviseren deskundigen?"), ("inbreng_leerling", "Wat vindt {n} zelf?"),
          ("oogo", "Hoe hebben we dit met ouders besproken?"), ("evaluatie", "Wanneer kijken we samen terug?")]
    for el, q in qs:
        t = X.text(el)
        if t is None:
            continue
        B.append(("h2", q.format(**c))); B.append(("p", t))
    B.append(("h2", "Gaan ouders akkoord met wat we gaan doen?"))
    B += X.consent_blocks()
    ri = X.text("informatie_rechten")
    if ri is not None:
        B.append(("h2", "Wat als u het niet eens bent?")); B.append(("p", ri))
    vs = X.text("vaststelling")
    if vs is not None:
        B.append(("h2", "Wie heeft het plan vastgesteld?")); B.append(("p", vs))
    return B, dict(doctitle=f"Plan {n}", author=c["lk"], color="#b45f06")


# ------------------------------------------------------------------ 8 brief aan ouders met plan
def brief(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = [("title", c["school"]), ("small", f"{c['straat']} · {c['place']} · info@{c['mail']}.nl")]
    B.append(("p", f"Aan {c['ouders']}\n{c['adres_ouders']}"))
    B.append(("p", f"{c['place']}, {dlong(c['dwrite'])}"))
    B.append(("p", f"**Betreft: het ontwikkelingsperspectief van {n}**"))
    B.append(("p", f"Beste {c['aanhef']},"))
    B.append(("p", f"Zoals beloofd stuur ik u hierbij het ontwikkelingsperspectief van {n}. In deze brief staat het plan; wij vragen u de strook onderaan terug te geven."))
    for el in ["belemmerende_factoren", "bevorderende_factoren", "uitstroombestemming", "onderbouwing", "ondersteuningsbehoefte",
               "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie",
               "informatie_rechten"]:
        t = X.prose(el)
        if t is None:
            continue
        B.append(("p", t))
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    B.append(("p", f"Met vriendelijke groet,\n\n{c['dir']}\ndirecteur {c['school']}"))
    B.append(("p", "- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -"))
    B.append(("h2", f"Retourstrook OPP {c['fn']}"))
    B += X.consent_blocks()
    return B, dict(doctitle="Brief OPP", author=c["dir"], font="DVS", color="#000000")


# ------------------------------------------------------------------ 9 leerlingdossier met OPP als hoofdstuk
def dossier(c, K, rng, v):
    X = Ctx(c, K, rng); n = c["n"]
    B = [("title", f"Leerlingdossier {c['fn']}"), ("small", f"{c['school']} · bijgewerkt {dshort(c['dwrite'])}")]
    B.append(("h1", "1. Personalia"))
    B.append(("table", gegevens_rows(c) + [["Ouders/verzorgers" if not c.get("curatele") else "Wettelijk vertegenwoordiger", c["ouders"] if not c.get("curatele") else c["curator"] + " (curator)"]],
              {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h1", "2. Schoolloopbaan"))
    B.append(("table", [["Schooljaar", "School / groep", "Bijzonderheden"],
                        ["2021-2022", c["prev"], "doublure na groep 3" if c["st"] in ("po", "sbo", "so") else "—"],
                        ["2023-2024", c["school"], "instroom"],
                        ["2024-2025", c["school"], "extra ondersteuning vanaf januari"]], {"header": True}))
    B.append(("h1", "3. Gespreksverslagen"))
    B.append(("p", f"Startgesprek {dlong(addm(c['dset'], -2))}: kennismaking met de leerkracht/mentor; afspraken over huiswerk en de communicatie via de app."))
    B.append(("h1", "4. Ontwikkelingsperspectief"))
    subs = [("uitstroombestemming", "4.1 Uitstroombestemming"), ("onderbouwing", "4.2 Onderbouwing"),
            ("belemmerende_factoren", "4.3 Belemmerende factoren"), ("bevorderende_factoren", "4.4 Bevorderende factoren"),
            ("ondersteuningsbehoefte", "4.5 Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "4.6 Afwijkingen"),
            ("doelen", "4.7 Doelen"), ("ondersteuning", "4.8 Ondersteuning"), ("adviezen_professionals", "4.9 Adviezen"),
            ("inbreng_leerling", f"4.10 Inbreng van {n}"), ("oogo", "4.11 Overleg"), ("evaluatie", "4.12 Evaluatie"),
            ("informatie_rechten", "4.13 Rechten")]
    for el, h in subs:
        t = X.text(el)
        if t is None:
            continue
        B.append(("h2", h)); B.append(("p", t))
    B.append(("h2", "4.14 Instemming en vaststelling"))
    B += X.consent_blocks()
    vs = X.prose("vaststelling")
    if vs is not None:
        B.append(("p", vs))
    B.append(("h1", "5. Bijlagen"))
    B.append(("p", "Toetsoverzicht LVS; rapporten vorig schooljaar."))
    return B, dict(doctitle="Leerlingdossier", author=c["ib"], footer=f"Leerlingdossier {c['fn']} – vertrouwelijk")


LAYOUTS = dict(verhalend=verhalend, beknopt=beknopt, groepsplan=groepsplan, export=export, groeidocument=groeidocument,
               domeintabel=domeintabel, vraagkoppen=vraagkoppen, brief=brief, dossier=dossier)
