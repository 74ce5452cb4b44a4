# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP set 2026-12-06aa.

Run:  ../../../../venv/bin/python build.py   (from this folder)
Writes ../docs/*, ../labels.json and ../NOTES.generated.md. Fixed seeds, no clock.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as K  # noqa: E402
import render as R  # noqa: E402
from docs_spec import DOCS  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "docs")

FIRST_M = ["Daan", "Sem", "Milan", "Ayoub", "Bram", "Jesse", "Thijs", "Ravi", "Jayden", "Finn", "Youssef", "Luuk", "Stijn", "Mees"]
FIRST_F = ["Noor", "Yara", "Fenna", "Lieke", "Sanne", "Tess", "Elif", "Lotte", "Mila", "Senna", "Amira", "Isa", "Jolien", "Roos"]
SUR = ["de Wit", "Verhoef", "Kraaijeveld", "Hoekstra", "El Amrani", "van Dalen", "Brouwer", "Veenstra", "Koster",
       "Ouwerkerk", "Yıldız", "Schuurman", "Tjoa", "van der Heijden", "Bosman", "Lagerwey", "Dijkhuis", "Nauta"]
STAFF = ["mw. A. Postma", "dhr. R. Teunissen", "mw. K. Ozturk", "dhr. B. Lamers", "mw. J. Wessels", "dhr. P. Faber",
         "mw. S. Groenveld", "dhr. M. Aydin", "mw. H. Renes", "mw. E. Zwart", "dhr. T. Holleman", "mw. L. Vink"]
PROF = ["drs. I. Kamphuis", "M. Rijkens MSc", "dr. W. Stam", "C. de Graaf", "N. Bouzid MSc"]
PLACES = ["Ommerveld", "Lindewaard", "Hazelbroek", "Zuiderhaven", "Bremhorst", "Kreekrijk", "Esdonk", "Wielsloot"]
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Kompas", "Basisschool De Regenboogvis", "IKC De Linde"],
    "sbo": ["SBO De Kompasroos", "SBO Het Speelwerk", "SBO De Springplank"],
    "so": ["SO De Zandloper", "SO Het Baken", "SO De Kei"],
    "vo": ["Het Lindeland College", "Esdonk Lyceum", "Scholengemeenschap De Wielen"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Kreekrijk"],
    "vso": ["VSO De Boeg", "VSO Het Anker", "VSO De Brug"],
}
QUOTES = [("Ik wil niet steeds uit de klas gehaald worden, dan mis ik wat de anderen doen.",
           "de extra hulp wordt zoveel mogelijk in de klas gegeven in plaats van erbuiten."),
          ("Met koptelefoon op kan ik beter werken.",
           "een koptelefoon is opgenomen bij de ondersteuning tijdens zelfstandig werken."),
          ("Ik wil later met dieren werken.",
           "begrijpend lezen wordt voortaan geoefend met teksten over dieren."),
          ("Ik schaam me als iedereen ziet dat ik andere boeken heb.",
           "de extra oefenstof wordt gegeven in hetzelfde boek als de klas, met aangepaste opgaven."),
          ("Ik vind de vrijdagmiddag te lang.",
           "de vrijdagmiddag wordt voortaan ingevuld met korte praktische opdrachten."),
          ("Ik wil zelf bepalen wanneer ik naar de rustplek ga.",
           "er is een time-outkaart afgesproken die de leerling zelf mag gebruiken.")]

ST = {"P": "present", "I": "incomplete", "N": "not_applicable", "M": "missing"}


def status(v):
    return ST[v[0]]


def mkctx(d):
    r = random.Random(d["seed"])
    t = d["type"]
    fem = r.random() < 0.5
    name = r.choice(FIRST_F if fem else FIRST_M)
    sur = r.choice(SUR)
    c = {"type": t, "name": name, "fullname": f"{name} {sur}", "hij": "zij" if fem else "hij",
         "hij_en": "she" if fem else "he", "hem_haar": "haar" if fem else "zijn"}
    pf = r.choice(["Marieke", "Fatima", "Ingrid", "Sandra", "Nicole", "Hatice", "Petra"])
    c["parent"] = d.get("parent") or f"{pf[0]}. {sur}"
    c["parents_desc"] = r.choice(["moeder", "beide ouders", "vader en moeder", "moeder en stiefvader", "de pleegouders"])
    if d.get("parents_desc"):
        c["parents_desc"] = d["parents_desc"]
    c["parents_desc_en"] = {"moeder": "the mother", "beide ouders": "both parents", "vader en moeder": "both parents",
                            "moeder en stiefvader": "the mother and stepfather", "de pleegouders": "the foster parents"}.get(c["parents_desc"], "the parents")
    st = r.sample(STAFF, 4)
    c["mentor"], c["ib"], c["dir"], c["oa"] = st[0], st[1], st[2], st[3].split(" ", 1)[1]
    c["role_mentor"] = "groepsleerkracht" if t in ("po", "sbo", "so") else "mentor"
    c["prof"] = r.choice(PROF)
    c["school"] = r.choice(SCHOOLS[t]) if t in SCHOOLS else "-"
    c["place"] = r.choice(PLACES)
    c["swv"] = f"Samenwerkingsverband Passend Onderwijs {r.choice(PLACES)}-{r.choice(['Oost', 'West', 'Noord', 'Zuid'])}"
    c["iq"] = d.get("iq") or {"po": 86, "sbo": 78, "so": 84, "vo": 92, "pro": 68, "vso": 58}.get(t, 85) + r.randint(-4, 4)
    c["dl"] = r.choice([40, 44, 48, 50, 54, 57])
    date = d["date"]
    c["date"] = date
    c["iqyear"] = str(date[0] - 1)
    c["oogo"] = K.addd(date, -10)
    c["signdate"] = K.addd(date, -3)
    c["start"] = K.addd(date, 7)
    c["evalmid"] = K.addd(date, 120)
    c["evalyear"] = K.addd(date, 250)
    if c["evalyear"][1] in (7, 8):
        c["evalyear"] = (c["evalyear"][0], 6, 18)
    c["oldversion"] = K.addd(date, -400)
    dests = K.DEST.get(t, K.DEST["po"])
    c["dest"] = d.get("dest") or dests[d["seed"] % len(dests)]
    c["dest_en"] = d.get("dest_en", "")
    q = QUOTES[d["seed"] % len(QUOTES)]
    c["quote"], c["effect"] = q
    c["age"] = d.get("age")
    y = date[0] if date[1] >= 8 else date[0] - 1
    c["schooljaar"] = f"{y}-{y+1}"
    byear = {"po": 9, "sbo": 10, "so": 8, "vo": 13, "pro": 14, "vso": 16}.get(t, 10)
    if c["age"]:
        byear = c["age"]
    c["birth"] = (date[0] - byear - 1, r.randint(1, 12), r.randint(1, 28))
    c["klas"] = {"po": "groep 6", "sbo": "groep 7 (stamgroep Uilen)", "so": "groep SO-4", "vo": "2 vmbo-kader",
                 "pro": "leerjaar 2", "vso": "VSO-3 (examen/uitstroomgroep)"}.get(t, "-")
    if d.get("klas"):
        c["klas"] = d["klas"]
    return c


def variants(d):
    v = {e: "P" for e in K.E}
    t = d["type"]
    after = tuple(d.get("revised", d["date"])) >= (2025, 8, 1)
    if d.get("adult"):
        v["inbreng_leerling"] = "N_adult"
        v["instemming_ouders"] = "P_adult"
        v["oogo"] = "P_adult"
        v["informatie_rechten"] = "P_adult"
    elif not after:
        v["inbreng_leerling"] = "N"
    if t == "vso":
        v["onderbouwing"] = "P_vso"
        v["doelen"] = "P_vso"
    if t == "pro":
        v["onderbouwing"] = "P_pro"
    v.update(d.get("v", {}))
    return v


# ------------------------------------------------------------------ layouts
NUM_H = {
    "uitstroombestemming": "2.1 Verwachte uitstroombestemming", "onderbouwing": "2.2 Onderbouwing",
    "belemmerende_factoren": "3.1 Belemmerende factoren", "bevorderende_factoren": "3.2 Bevorderende factoren",
    "ondersteuningsbehoefte": "4. Onderwijs- en ondersteuningsbehoeften",
    "adviezen_professionals": "5. Adviezen van deskundigen",
    "doelen": "6.1 Doelen voor de komende periode", "ondersteuning": "6.2 Te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "6.3 Afwijkingen van het onderwijsprogramma", "evaluatie": "6.4 Evaluatie",
    "inbreng_leerling": "7. Inbreng van de leerling", "oogo": "8. Op overeenstemming gericht overleg met ouders",
    "instemming_ouders": "9. Instemming ouders met het handelingsdeel", "informatie_rechten": "10. Uw rechten als ouder",
    "vaststelling": "11. Vaststelling"}

PLAIN_H = {
    "uitstroombestemming": "Verwachte uitstroombestemming", "onderbouwing": "Onderbouwing uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Adviezen van deskundigen",
    "doelen": "Doelen", "ondersteuning": "Ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf)",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "evaluatie": "Evaluatie",
    "inbreng_leerling": "Inbreng van de leerling", "oogo": "Overleg met ouders (OOGO)",
    "instemming_ouders": "Instemming met het handelingsdeel", "informatie_rechten": "Informatie over uw rechten",
    "vaststelling": "Vaststelling"}

EN_H = {
    "uitstroombestemming": "Expected destination (uitstroombestemming)", "onderbouwing": "Rationale for the destination",
    "belemmerende_factoren": "Barriers to learning", "bevorderende_factoren": "Strengths and protective factors",
    "ondersteuningsbehoefte": "Support needs", "adviezen_professionals": "Specialist advice",
    "doelen": "Targets", "ondersteuning": "Support provided (action plan)",
    "afwijkingen_onderwijsprogramma": "Changes to the curriculum", "evaluatie": "Review",
    "inbreng_leerling": "Pupil voice", "oogo": "Consultation with parents (OOGO)",
    "instemming_ouders": "Parent consent to the action plan", "informatie_rechten": "Your rights",
    "vaststelling": "Adoption of the plan"}

PERSP = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals"]
HAND = ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]
PROC = ["inbreng_leerling", "oogo", "instemming_ouders", "informatie_rechten", "vaststelling"]


def info_kv(c, d, en=False):
    if en:
        rows = [("Pupil", c["fullname"]), ("Date of birth", K.dshort(c["birth"])), ("Class", d.get("klas_en", "Year 9 (international stream)")),
                ("School", c["school"] + " - International Department"), ("School year", c["schooljaar"])]
    else:
        rows = [("Naam leerling", c["fullname"]), ("Geboortedatum", K.dshort(c["birth"])), ("Groep/klas", c["klas"]),
                ("School", f"{c['school']}, {c['place']}"), ("Schooljaar", c["schooljaar"]),
                ("Opgesteld door", f"{c['ib']} ({'intern begeleider' if c['type'] in ('po','sbo') else 'ondersteuningscoördinator'})")]
    if d.get("revised"):
        rows.append(("Bijgesteld" if not en else "Revised", K.dshort(tuple(d["revised"]))))
    if d.get("version"):
        rows.append(("Version" if en else "Versie", d["version"]))
    return [("kv", rows)]


def section(out, h, eb, e, lvl="h1"):
    if eb.get(e) is None:
        return
    out.append((lvl, h))
    out.extend(eb[e])


def addendum(out, c, d, eb, v, en=False):
    if v["ondersteuning"] == "P_bijlage":
        out += [("pb",), ("h1", "Addendum bij het OPP - te bieden ondersteuning" if not en else "Addendum - support provided"),
                ("p", f"Behorend bij het ontwikkelingsperspectief van {c['fullname']}, schooljaar {c['schooljaar']}."),
                ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], K._support_rows(c))]
    if v["ondersteuning"] == "I_ref" and d["layout"] in ("groeidocument", "swv-genummerd"):
        out += [("pb",), ("h1", ("Bijlage 4" if d["layout"] == "groeidocument" else "Bijlage 1") + " - Contactgegevens"),
                ("table", ["Wie", "Rol", "Telefoon"], [[c["ib"], "intern begeleider", "0599-123456"],
                                                     [c["mentor"], c["role_mentor"], "0599-123457"]])]
    if v["instemming_ouders"] == "M_avg":
        out += [("h1", "Toestemming gegevensuitwisseling (AVG)"),
                ("p", f"Ik geef toestemming om gegevens van {c['name']} te delen met het {c['swv']} en de "
                      f"schoolarts, en om foto's van {c['name']} te gebruiken in de schoolgids."),
                ("ticks", [("ja", True), ("nee", False)]),
                ("sig", [("Ouder/verzorger", c["parent"], K.dshort(c["signdate"]), True)])]


def L_numbered(d, c, eb, v):
    out = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
           ("small", f"Format {c['swv']}, versie 2024"), ("h1", "1. Gegevens leerling")] + info_kv(c, d)
    if any(eb.get(e) is not None for e in ["uitstroombestemming", "onderbouwing"]):
        out.append(("h1", "2. Perspectief"))
    section(out, NUM_H["uitstroombestemming"], eb, "uitstroombestemming", "h2")
    section(out, NUM_H["onderbouwing"], eb, "onderbouwing", "h2")
    out.append(("h1", "3. Belemmerende en bevorderende factoren"))
    section(out, NUM_H["belemmerende_factoren"], eb, "belemmerende_factoren", "h2")
    section(out, NUM_H["bevorderende_factoren"], eb, "bevorderende_factoren", "h2")
    for e in ["ondersteuningsbehoefte", "adviezen_professionals"]:
        section(out, NUM_H[e], eb, e)
    out.append(("h1", "6. Handelingsdeel"))
    for e in HAND:
        section(out, NUM_H[e], eb, e, "h2")
    for e in ["inbreng_leerling", "oogo", "instemming_ouders", "informatie_rechten", "vaststelling"]:
        section(out, NUM_H[e], eb, e)
    addendum(out, c, d, eb, v)
    return out


def L_twocol(d, c, eb, v):
    out = [("title", f"OPP {c['fullname']}"), ("p", f"{c['school']} | {c['place']}")]
    out += info_kv(c, d)
    rows = []
    for e in K.E:
        if eb.get(e) is None:
            continue
        if e == "instemming_ouders":
            continue
        rows.append((PLAIN_H[e], eb[e] if eb[e] else ""))
    out.append(("kv", rows))
    if eb.get("instemming_ouders") is not None:
        out += [("h2", "Instemming met het handelingsdeel")] + eb["instemming_ouders"]
    addendum(out, c, d, eb, v)
    return out


DOMAINS = ["Leren (cognitief)", "Taakgerichtheid en werkhouding", "Sociaal-emotioneel", "Thuissituatie"]
DOM_B = ["zwak werkgeheugen; traag automatiseren van rekenfeiten", "moeite met starten en plannen; snel afgeleid",
         "faalangst bij toetsen, trekt zich terug", "weinig rust thuis om te oefenen"]
DOM_G = ["goed visueel geheugen; sterk in praktische opdrachten", "werkt goed met een dagplanning en timer",
         "behulpzaam, heeft twee vaste vriendjes/vriendinnetjes", "ouders zijn betrokken en komen op afspraken"]


def L_domain(d, c, eb, v):
    out = [("title", "Ontwikkelingsperspectief - domeinoverzicht"), ("small", c["swv"])] + info_kv(c, d)
    out.append(("h1", "A. Uitstroomperspectief"))
    section(out, "Uitstroombestemming", eb, "uitstroombestemming", "h2")
    section(out, "Onderbouwing", eb, "onderbouwing", "h2")
    out.append(("h1", "B. Analyse per domein"))
    vb, vg = v["belemmerende_factoren"], v["bevorderende_factoren"]

    def cell(var, txt):
        if var.startswith("P"):
            return txt
        if var == "I_placeholder":
            return "..."
        if var == "I_todo":
            return "nog aanvullen"
        if var == "I_generic":
            return "veilig klimaat en vaste structuur op school"
        return ""
    hdr = ["Domein"] + (["Belemmerend"] if not vb.startswith("M") else []) + (["Bevorderend"] if not vg.startswith("M") else [])
    rows = []
    for i, dm in enumerate(DOMAINS):
        row = [dm]
        if not vb.startswith("M"):
            row.append(cell(vb, DOM_B[i]))
        if not vg.startswith("M"):
            row.append(cell(vg, DOM_G[i]))
        rows.append(row)
    out.append(("table", hdr, rows))
    out.append(("h1", "C. Onderwijsbehoeften en adviezen"))
    section(out, "Wat heeft de leerling nodig?", eb, "ondersteuningsbehoefte", "h2")
    section(out, "Adviezen van deskundigen", eb, "adviezen_professionals", "h2")
    out.append(("h1", "D. Handelingsdeel"))
    for e in HAND:
        section(out, PLAIN_H[e], eb, e, "h2")
    out.append(("h1", "E. Procedure"))
    for e in PROC:
        section(out, PLAIN_H[e], eb, e, "h2")
    addendum(out, c, d, eb, v)
    return out


def L_groei(d, c, eb, v):
    n = c["name"]
    out = [("title", f"Groeidocument {c['fullname']}"), ("small", f"{c['school']} - {c['swv']}"),
           ("h1", "1. Gegevens")] + info_kv(c, d)
    out += [("h1", "2. Schoolloopbaan"),
            ("p", f"{n} zit sinds groep 1 op {c['school']}. Groep 3 is gedoubleerd vanwege een trage start van het "
                  f"leesproces. In groep 5 is {c['hij']} aangemeld bij het ondersteuningsteam."),
            ("h1", "3. Gezinssituatie en medische gegevens"),
            ("p", f"{n} woont met {c['parents_desc']} en een jongere broer in {c['place']}. Medisch: geen "
                  f"bijzonderheden; bril sinds 2023."),
            ("h1", "4. Hulpvraag van school en ouders"),
            ("p", "School: hoe kunnen we het leerrendement verhogen? Ouders: hoe voorkomen we dat de motivatie afneemt?"),
            ("pb",), ("h1", "5. Ontwikkelingsperspectief (perspectiefdeel)")]
    for e in PERSP:
        section(out, PLAIN_H[e], eb, e, "h2")
    out += [("h2", "Ouders hebben het perspectiefdeel besproken (handtekening voor gezien)"),
            ("sig", [("Ouder/verzorger", c["parent"], K.dshort(c["oogo"]), True)])]
    out += [("h1", "6. Overleg en procedure")]
    for e in ["oogo", "inbreng_leerling", "informatie_rechten", "vaststelling"]:
        section(out, PLAIN_H[e], eb, e, "h2")
    out += [("h1", "7. Verslaglegging contactmomenten"),
            ("table", ["Datum", "Met wie", "Onderwerp"],
             [[K.dshort(K.addd(c["date"], -60)), "ouders", "kennismaking nieuw schooljaar"],
              [K.dshort(K.addd(c["date"], -35)), "ondersteuningsteam", "aanmelding groeidocument"]])]
    hand_in = [e for e in HAND + ["instemming_ouders"] if eb.get(e) is not None]
    out += [("pb",), ("h1", "Bijlage 2 - Overzicht eerdere interventies"),
            ("p", "2023-2024: RT technisch lezen (8 weken); 2024-2025: Rots & Water-training in de groep.")]
    if hand_in:
        out += [("pb",), ("h1", "Bijlage 3 - Handelingsdeel"),
                ("p", f"Periode: {K.dshort(c['start'])} tot {K.dshort(c['evalyear'])}. Dit deel hoort bij hoofdstuk 5.")]
        for e in hand_in:
            section(out, PLAIN_H[e], eb, e, "h2")
    addendum(out, c, d, eb, v)
    return out


def L_stapled(d, c, eb, v):
    hdr = f"OPP {c['fullname']} - {c['school']}"
    out = [("title", "DEEL A - PERSPECTIEFDEEL"), ("small", hdr + " - Deel A, blad 1 van 2")] + info_kv(c, d)
    for e in PERSP:
        section(out, PLAIN_H[e], eb, e, "h2")
    for e in ["oogo", "informatie_rechten", "vaststelling"]:
        section(out, PLAIN_H[e], eb, e, "h2")
    out += [("h2", "Ondertekening deel A (perspectiefdeel besproken)"),
            ("sig", [("Ouder/verzorger", c["parent"], K.dshort(c["oogo"]), True),
                     ("School", c["ib"], K.dshort(c["oogo"]), True)])]
    out += [("pb",), ("title", "DEEL B - HANDELINGSDEEL"),
            ("small", f"{hdr} - Deel B, blad 1 van 1 - {d.get('version') or 'versie 1'}"),
            ("p", f"Periode: {K.dshort(c['start'])} t/m {K.dshort(c['evalyear'])}")]
    for e in HAND + ["inbreng_leerling", "instemming_ouders"]:
        section(out, PLAIN_H[e], eb, e, "h2")
    addendum(out, c, d, eb, v)
    return out


Q_H = {
    "uitstroombestemming": "Waar gaat {n} na deze school naartoe?", "onderbouwing": "Waarom verwachten we dat?",
    "belemmerende_factoren": "Wat maakt leren moeilijk voor {n}?", "bevorderende_factoren": "Wat helpt {n}? Wat gaat goed?",
    "ondersteuningsbehoefte": "Wat heeft {n} nodig?", "ondersteuning": "Welke hulp krijgt {n}, van wie en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af van dat van de klas?",
    "doelen": "Wat willen we bereiken, en wanneer?", "adviezen_professionals": "Wat adviseren deskundigen?",
    "inbreng_leerling": "Wat vindt {n} zelf?", "oogo": "Met wie is dit plan besproken?",
    "evaluatie": "Wanneer kijken we samen terug?", "informatie_rechten": "Wat als u het niet eens bent?",
    "instemming_ouders": "Gaat u akkoord met het handelingsdeel?", "vaststelling": "Wie heeft het plan vastgesteld, en wanneer?"}


def L_questions(d, c, eb, v):
    out = [("title", f"Het plan van {c['name']}"), ("p", f"{c['school']}, {c['place']} - schooljaar {c['schooljaar']}"),
           ("p", f"Ontwikkelingsperspectief van {c['fullname']}, {c['klas']}, geboren {K.dshort(c['birth'])}.")]
    order = ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
             "ondersteuningsbehoefte", "adviezen_professionals", "inbreng_leerling", "doelen", "ondersteuning",
             "afwijkingen_onderwijsprogramma", "evaluatie", "oogo", "informatie_rechten", "instemming_ouders", "vaststelling"]
    for e in order:
        section(out, Q_H[e].format(n=c["name"]), eb, e, "h2")
    addendum(out, c, d, eb, v)
    return out


def L_letter(d, c, eb, v):
    n = c["name"]
    out = [("p", c["school"]), ("p", f"Postbus 31, {c['place']}"), ("p", ""),
           ("p", f"Aan de ouders/verzorgers van {c['fullname']}"), ("p", f"{c['place']}, {K.dlong(c['date'])}" if v['vaststelling'].startswith('P') else c['place']),
           ("p", f"Betreft: ontwikkelingsperspectief van {n} ({c['klas']})"), ("p", ""),
           ("p", f"Beste ouders/verzorgers,"),
           ("p", f"In deze brief leest u het ontwikkelingsperspectief dat wij voor {n} hebben opgesteld. "
                 f"We zetten de afspraken hieronder op een rij.")]
    for e in PERSP + ["inbreng_leerling"] + HAND + ["oogo", "informatie_rechten"]:
        section(out, PLAIN_H[e], eb, e, "h2")
    out += [("p", "Met vriendelijke groet,"), ("p", f"{c['dir']}, directeur"), ("p", f"{c['ib']}")]
    section(out, "Vaststelling", eb, "vaststelling", "h2")
    if eb.get("instemming_ouders") is not None:
        out += [("p", "- - - - - - - - - - knip hier - - - - - - - - - -"),
                ("h2", f"Retourstrook instemming handelingsdeel - {c['fullname']}")] + eb["instemming_ouders"]
    addendum(out, c, d, eb, v)
    return out


SYS_H = {e: e.upper().replace("_", " ") for e in K.E}


def L_export(d, c, eb, v):
    out = [("small", f"LeerlingDossier+ | Export OPP | leerling-ID {40000 + d['seed'] * 37} | {c['school']}"),
           ("title", "Ontwikkelingsperspectief"), ("kv", [("Leerling", c["fullname"]), ("Klas", c["klas"]),
                                                         ("Schooljaar", c["schooljaar"]), ("Status OPP", d.get("sysstatus", "Actief"))])]
    labels = {"uitstroombestemming": "Uitstroomprofiel / bestemming", "onderbouwing": "Onderbouwing uitstroom",
              "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Stimulerende factoren",
              "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Externe adviezen",
              "doelen": "Doelen (SMART)", "ondersteuning": "Interventies / ondersteuning",
              "afwijkingen_onderwijsprogramma": "Afwijkingen onderwijsprogramma", "evaluatie": "Evaluatiemomenten",
              "inbreng_leerling": "Inbreng leerling", "oogo": "OOGO ouders", "instemming_ouders": "Instemming handelingsdeel",
              "informatie_rechten": "Rechten ouders", "vaststelling": "Vaststelling"}
    for e in K.E:
        section(out, "Veld: " + labels[e], eb, e, "h2")
    addendum(out, c, d, eb, v)
    out.append(("footer", f"Afgedrukt uit LeerlingDossier+ door {c['ib']} - pagina {{page}}"))
    return out


def L_short(d, c, eb, v):
    out = [("title", "Beknopt OPP"), ("small", f"{c['swv']} - in te vullen door de school"),
           ("field", "Naam leerling", c["fullname"]), ("field", "Geboortedatum", K.dshort(c["birth"])),
           ("field", "School / groep", f"{c['school']} / {c['klas']}")]
    for e in K.E:
        if eb.get(e) is None:
            continue
        out.append(("h2", PLAIN_H[e]))
        for b in eb[e]:
            if b[0] == "p" and b[1] == "Klik of tik om tekst in te voeren.":
                out.append(("cc", b[1]))
            else:
                out.append(b)
    addendum(out, c, d, eb, v)
    return out


def L_paper(d, c, eb, v):
    out = [("title", "OPP - formulier (papieren versie)"),
           ("small", f"{c['swv']} - invullen in blokletters, s.v.p. duidelijk schrijven"),
           ("h2", "Naam leerling"), ("p", c["fullname"]), ("h2", "School en groep"), ("p", f"{c['school']}, {c['klas']}")]
    for e in K.E:
        if eb.get(e) is None:
            continue
        out.append(("h2", PLAIN_H[e]))
        if e == "informatie_rechten":  # preprinted on the paper form
            out.extend(("small", x[1]) if x[0] == "p" else x for x in eb[e])
        else:
            out.extend(eb[e])
    return out


def L_english(d, c, eb, v):
    out = [("title", "Development Perspective Plan (Ontwikkelingsperspectief, OPP)"),
           ("small", f"{c['school']} - International Department - {c['swv']}")] + info_kv(c, d, en=True)
    for i, e in enumerate(["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                           "ondersteuningsbehoefte", "adviezen_professionals", "doelen", "ondersteuning",
                           "afwijkingen_onderwijsprogramma", "evaluatie", "inbreng_leerling", "oogo",
                           "informatie_rechten", "vaststelling", "instemming_ouders"]):
        section(out, EN_H[e], eb, e, "h1")
    return out


LAYOUTS = {"swv-genummerd": L_numbered, "tweekolom": L_twocol, "domeintabel": L_domain, "groeidocument": L_groei,
           "geniet-tweedelig": L_stapled, "vragen": L_questions, "briefvorm": L_letter, "systeemexport": L_export,
           "beknopt-formulier": L_short, "papierformulier": L_paper, "international-en": L_english}


# ------------------------------------------------------------------ non-OPP documents
def nonopp(d):
    k = d["kind"]
    if k == "folder":
        return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
                ("p", "Een folder voor ouders van het Samenwerkingsverband Passend Onderwijs Hazelbroek-Noord."),
                ("h1", "Voor wie?"), ("p", "Voor leerlingen die meer ondersteuning nodig hebben dan de school standaard biedt."),
                ("h1", "Wat staat erin?"),
                ("p", "In het OPP staat de verwachte uitstroombestemming van uw kind en de onderbouwing daarvan, de "
                      "belemmerende en bevorderende factoren, de ondersteuning die de school biedt en eventuele "
                      "afwijkingen van het onderwijsprogramma. Het deel over de ondersteuning heet het handelingsdeel."),
                ("h1", "Uw rol"),
                ("p", "De school bespreekt het plan met u (op overeenstemming gericht overleg). Op het handelingsdeel "
                      "heeft u instemmingsrecht. Sinds 1 augustus 2025 wordt ook uw kind gehoord. Het plan wordt "
                      "ieder jaar geëvalueerd."),
                ("h1", "Niet eens?"),
                ("p", "Praat eerst met de school. U kunt hulp vragen aan een onderwijsconsulent of binnen zes weken naar "
                      "de Geschillencommissie passend onderwijs."),
                ("small", "Deze folder is geen ontwikkelingsperspectief. Aan deze tekst kunnen geen rechten worden ontleend.")]
    if k == "newsletter":
        return [("title", "Nieuwsbrief De Wilgenhoek - november"),
                ("h1", "Oudergesprekken"), ("p", "In de week van 17 november zijn de oudergesprekken. Voor leerlingen met "
                                                  "een OPP plant de intern begeleider een apart gesprek om het plan te bespreken."),
                ("h1", "Sint Maarten"), ("p", "Op 11 november lopen we met lampionnen door de wijk. Groep 1-2 maakt de lampionnen op school."),
                ("h1", "Toestemming foto's"), ("p", "Heeft u het AVG-formulier nog niet ingeleverd? Lever het dan in bij de leerkracht."),
                ("h1", "Agenda"), ("table", ["Datum", "Wat"], [["11 nov", "Sint Maarten"], ["17-21 nov", "oudergesprekken"], ["5 dec", "Sinterklaas, continurooster"]])]
    if k == "avg":
        return [("title", "Toestemmingsformulier onderzoek en gegevensuitwisseling"),
                ("p", "Het ondersteuningsteam van SBO De Springplank wil een psychologisch onderzoek laten doen bij uw kind "
                      "en de gegevens delen met het samenwerkingsverband."),
                ("field", "Naam leerling", "Luuk Bosman"), ("field", "Groep", "groep 5"),
                ("ticks", [("Ik geef toestemming voor het onderzoek", True), ("Ik geef toestemming voor het delen van gegevens met het samenwerkingsverband", True)]),
                ("sig", [("Ouder/verzorger", "P. Bosman", "02-10-2025", True)])]
    raise KeyError(k)


def blank(d):
    """An empty format: headings, instructions, unticked options, empty signature lines."""
    if d["kind"] == "blank-numbered":
        c = {"swv": "Samenwerkingsverband Passend Onderwijs Esdonk-West"}
        out = [("title", "Ontwikkelingsperspectiefplan (OPP) - FORMAT"), ("small", f"Format {c['swv']}, versie 2025"),
               ("h1", "1. Gegevens leerling"),
               ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep/klas", ""), ("School", ""), ("Schooljaar", "")]),
               ("h1", "2. Perspectief"), ("h2", NUM_H["uitstroombestemming"]),
               ("ticks", [("praktijkonderwijs", False), ("vmbo-b", False), ("vmbo-k", False), ("vmbo-gt", False), ("havo", False), ("vwo", False)]),
               ("h2", NUM_H["onderbouwing"]), ("p", "[Onderbouw de uitstroombestemming met toetsgegevens, DLE, leerrendement en onderzoeksgegevens.]"),
               ("table", ["Vakgebied", "DL", "DLE", "LR", "Verwacht eindniveau"], [["Technisch lezen", "", "", "", ""], ["Begrijpend lezen", "", "", "", ""], ["Rekenen", "", "", "", ""]]),
               ("h1", "3. Belemmerende en bevorderende factoren"), ("h2", NUM_H["belemmerende_factoren"]), ("p", "..."),
               ("h2", NUM_H["bevorderende_factoren"]), ("p", "..."),
               ("h1", NUM_H["ondersteuningsbehoefte"]), ("p", "[Wat heeft de leerling nodig?]"),
               ("h1", NUM_H["adviezen_professionals"]), ("p", "[Noem het advies en wat de school ermee doet.]"),
               ("h1", "6. Handelingsdeel"), ("h2", NUM_H["doelen"]),
               ("table", ["Doel", "Meetbaar criterium", "Wanneer"], [["1.", "", ""], ["2.", "", ""]]),
               ("h2", NUM_H["ondersteuning"]), ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]]),
               ("h2", NUM_H["afwijkingen_onderwijsprogramma"]), ("ticks", [("ja, namelijk: ....................", False), ("nee", False)]),
               ("h2", NUM_H["evaluatie"]), ("field", "Evaluatiedatum", "..-..-...."),
               ("h1", NUM_H["inbreng_leerling"]), ("p", "(Beschrijf hoe de leerling heeft meegedacht en wat dat heeft veranderd aan het plan.)"),
               ("h1", NUM_H["oogo"]), ("field", "Besproken met ouders op", "..-..-...."), ("field", "Aanwezig", "..."),
               ("h1", NUM_H["instemming_ouders"]),
               ("ticks", [("Ik ga akkoord met het handelingsdeel", False), ("Ik ga niet akkoord met het handelingsdeel", False)]),
               ("sig", [("Ouder/verzorger", "", "", False), ("Ouder/verzorger", "", "", False)]),
               ("h1", NUM_H["informatie_rechten"]),
               ("p", "[Standaardtekst van het samenwerkingsverband invoegen: instemmingsrecht, ouder- en jeugdsteunpunt, onderwijsconsulent, Geschillencommissie.]"),
               ("h1", NUM_H["vaststelling"]), ("field", "Datum vaststelling", "__-__-______"), ("field", "Vastgesteld door", "")]
        return out
    if d["kind"] == "blank-short":
        ph = "Klik of tik om tekst in te voeren."
        out = [("title", "Beknopt OPP"), ("small", "Samenwerkingsverband Passend Onderwijs Wielsloot-Zuid - in te vullen door de school"),
               ("field", "Naam leerling", ""), ("field", "Geboortedatum", ""), ("field", "School / groep", "")]
        for e in K.E:
            out.append(("h2", PLAIN_H[e]))
            if e == "afwijkingen_onderwijsprogramma":
                out.append(("ticks", [("ja", False), ("nee", False)]))
            if e == "instemming_ouders":
                out.append(("ticks", [("Ik ga akkoord met het handelingsdeel", False), ("Ik ga niet akkoord", False)]))
                out.append(("field", "Handtekening ouder", ""))
                out.append(("field", "Datum", ""))
                continue
            if e == "informatie_rechten":
                out.append(("cc", ph))
                continue
            out.append(("cc", ph))
        return out
    raise KeyError(d["kind"])


# ------------------------------------------------------------------ writing
def write(d, blocks):
    fmt, lay = d["fmt"], d.get("layout", "")
    base = os.path.join(OUT, d["id"])
    footer = None
    bl = []
    for b in blocks:
        if b[0] == "footer":
            footer = b[1]
        else:
            bl.append(b)
    style = d.get("sig", "wg")
    seed = d["seed"]
    if fmt == "docx":
        R.write_docx(bl + ([("footer", footer.replace(" - pagina {page}", ""))] if footer else []), base + ".docx",
                     style=style, cc=d.get("cc", False), seed=seed)
        return d["id"] + ".docx", "docx"
    if fmt == "pdf-word":
        tmpdir = os.path.join(OUT, ".w")
        os.makedirs(tmpdir, exist_ok=True)
        p = os.path.join(tmpdir, d["id"] + ".docx")
        R.write_docx(bl + ([("footer", footer.replace(" - pagina {page}", ""))] if footer else []), p,
                     style=style, cc=d.get("cc", False), seed=seed)
        R.docx_to_pdf(p, OUT)
        return d["id"] + ".pdf", "pdf"
    if fmt == "odt":
        R.write_odt(bl, base + ".odt", style=style)
        return d["id"] + ".odt", "odt"
    if fmt == "txt":
        R.write_txt(bl + ([("footer", footer.replace("{page}", "1"))] if footer else []), base + ".txt", style=style)
        return d["id"] + ".txt", "txt"
    if fmt == "pdf":
        R.write_pdf(bl, base + ".pdf", footer=footer, style=style, seed=seed)
        return d["id"] + ".pdf", "pdf"
    if fmt == "pdf-form":
        fields = []
        for b in bl:
            if b[0] == "title":
                title = b[1]
            elif b[0] == "small":
                sub = b[1]
            elif b[0] in ("h1", "h2"):
                fields.append(("head", b[1], None))
            elif b[0] == "field":
                fields.append(("text", b[1], b[2]))
            elif b[0] == "ticks":
                for lab, ok in b[1]:
                    fields.append(("check", lab, ok))
            elif b[0] == "sig":
                for role, nm, dt, s in b[1]:
                    fields.append(("text", f"{role} - naam", nm))
                    fields.append(("text", f"{role} - handtekening", ("w.g. " + nm) if s else ""))
                    fields.append(("text", f"{role} - datum", dt))
            else:
                fields.append(("multi", "", "\n".join(R.flat([b]))))
        # merge heading + following multi into one labelled field
        merged = []
        for f in fields:
            if f[0] == "multi" and merged and merged[-1][0] == "head":
                h = merged.pop()
                merged.append(("multi", h[1], f[2]))
            elif f[0] == "multi" and merged and merged[-1][0] == "multi":
                h = merged.pop()
                merged.append(("multi", h[1], h[2] + "\n" + f[2]))
            else:
                merged.append(f)
        R.write_fillable(merged, base + ".pdf", title, sub)
        return d["id"] + ".pdf", "pdf"
    if fmt == "scan-hand":
        s = R.Scan(seed, hand=True)
        s.blocks(bl)
        s.save(base + ".pdf", footer=footer)
        return d["id"] + ".pdf", "pdf"
    if fmt == "scan-print":
        tmp = base + "_src.pdf"
        R.write_pdf(bl, tmp, footer=footer, style="wg", seed=seed)
        R.pdf_to_scan(tmp, base + ".pdf", seed)
        os.remove(tmp)
        return d["id"] + ".pdf", "pdf"
    raise KeyError(fmt)


def main():
    import shutil
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    notes = []
    for d in DOCS:
        if d.get("kind"):
            blocks = nonopp(d) if not d["kind"].startswith("blank") else blank(d)
            lab = dict(d["labels"])
            vv = {}
        else:
            c = mkctx(d)
            vv = variants(d)
            eb = {}
            for e in K.E:
                x = vv[e]
                if x.startswith("M"):
                    eb[e] = None
                    continue
                if d["layout"] == "international-en":
                    blk = K.en(e, x, c)
                else:
                    blk = K.BUILD[e](x, c)
                if x.startswith("N") and not blk:
                    eb[e] = None
                else:
                    eb[e] = blk
            blocks = LAYOUTS[d["layout"]](d, c, eb, vv)
            lab = {e: status(vv[e]) for e in K.E}
        fname, fmt = write(d, blocks)
        acc = list(d.get("accept_unclear", []))
        labels.append({"file": "docs/" + fname, "format": fmt, "layout": d.get("layout", d.get("kind")),
                       "school_type": d["type"], "scanned": d["fmt"].startswith("scan"), "elements": lab,
                       "accept_unclear": acc, "notes": d["note"]})
        gaps = {e: x for e, x in vv.items() if not x.startswith("P")}
        notes.append((fname, d.get("layout", d.get("kind")), d["fmt"], d["type"], d["note"], gaps))
        print("wrote", fname, file=sys.stderr)
    shutil.rmtree(os.path.join(OUT, ".w"), ignore_errors=True)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    head = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.head.md"), encoding="utf-8").read()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head)
        f.write("| file | layout | format | type | note | variants that are not plain `present` |\n|---|---|---|---|---|---|\n")
        for fn, lay, fm, t, note, gaps in notes:
            g = ", ".join(f"{e}={x}" for e, x in gaps.items())
            f.write(f"| {fn} | {lay} | {fm} | {t} | {note} | {g} |\n")


if __name__ == "__main__":
    main()
