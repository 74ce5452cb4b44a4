# -*- coding: utf-8 -*-
"""Deterministic generator of a blind OPP validation set. Run: ../venv/bin/python gen.py"""
import os, sys, json, random, shutil, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *
import render as R

HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "docs")
SIGMARK = {"po": "w.g.", "sbo": "(getekend)", "c4": "ondertekend (digitaal)", "vo": "digitaal akkoord via ouderportaal", "pro": "getekend"}

# ------------------------------------------------------------------ headings per layout
H = {
 "po-brief": dict(uitstroombestemming="Waar gaat {n} naartoe na de basisschool?", onderbouwing="Waarom verwachten wij dit?",
   belemmerende_factoren="Wat maakt het leren lastig?", bevorderende_factoren="Wat helpt {n}?", ondersteuningsbehoefte="Wat heeft {n} nodig?",
   ondersteuning="Wat gaan wij doen?", afwijkingen_onderwijsprogramma="Volgt {n} het gewone programma?", doelen="Waar werken we naartoe?",
   adviezen_professionals="Wat zeggen de deskundigen?", oogo="Ons gesprek met u", inbreng_leerling="Wat vindt {n} er zelf van?",
   evaluatie="Wanneer kijken we terug?", informatie_rechten="Uw rechten als ouder", vaststelling="Vaststelling", consent="Uw instemming"),
 "po-genummerd": dict(uitstroombestemming="3.1 Verwachte uitstroombestemming", onderbouwing="3.2 Onderbouwing",
   belemmerende_factoren="4.1 Belemmerende factoren", bevorderende_factoren="4.2 Beschermende factoren", ondersteuningsbehoefte="5.1 Onderwijsbehoeften",
   ondersteuning="5.2 Individuele begeleiding en ondersteuning", afwijkingen_onderwijsprogramma="5.3 Afwijkingen van het onderwijsprogramma",
   doelen="5.4 Doelen komende periode", adviezen_professionals="6. Adviezen van externe deskundigen", oogo="7.1 Overleg met ouders",
   inbreng_leerling="7.2 De mening van {n}", evaluatie="8. Evaluatie", informatie_rechten="9. Informatie voor ouders", vaststelling="10. Vaststelling",
   consent="11. Instemming met het handelingsdeel"),
 "sbo-domeintabel": dict(uitstroombestemming="Verwachte uitstroom", onderbouwing="Onderbouwing uitstroom", factors="Belemmerende en bevorderende factoren",
   ondersteuningsbehoefte="Onderwijsbehoeften", ondersteuning="Aanbod / arrangement", afwijkingen_onderwijsprogramma="Aangepast programma",
   doelen="Doelen (SMART)", adviezen_professionals="Adviezen externen", oogo="Afstemming met ouders", inbreng_leerling="Stem van de leerling",
   evaluatie="Evaluatiemomenten", informatie_rechten="Rechten ouders", vaststelling="Vastgesteld", consent="Ondertekening handelingsdeel"),
 "sbo-groeidocument": dict(uitstroombestemming="Uitstroomprofiel", onderbouwing="Argumentatie", belemmerende_factoren="Belemmerend",
   bevorderende_factoren="Stimulerend", ondersteuningsbehoefte="Wat heeft {n} nodig?", ondersteuning="Arrangement",
   afwijkingen_onderwijsprogramma="Afwijkingen in leerstof en rooster", doelen="Leerdoelen", adviezen_professionals="6. Adviezen van deskundigen",
   oogo="Ouders", inbreng_leerling="Leerling", evaluatie="8. Evaluatieplanning", informatie_rechten="Bezwaar en geschillen",
   vaststelling="Vaststelling", consent="Instemming"),
 "c4-export": dict(uitstroombestemming="Uitstroomprofiel", onderbouwing="Onderbouwing", belemmerende_factoren="Belemmerend",
   bevorderende_factoren="Beschermend", ondersteuningsbehoefte="Ondersteuningsbehoeften", ondersteuning="Ondersteuningsaanbod",
   afwijkingen_onderwijsprogramma="Afwijking programma", doelen="Doelen", adviezen_professionals="Advies CvB / externen", oogo="OOGO",
   inbreng_leerling="Visie leerling", evaluatie="Evaluatie", informatie_rechten="Rechten", vaststelling="Vaststelling", consent="Instemming"),
 "c4-vso-profiel": dict(uitstroombestemming="Uitstroomprofiel", onderbouwing="Onderbouwing van het profiel", belemmerende_factoren="Risicofactoren",
   bevorderende_factoren="Beschermende factoren", ondersteuningsbehoefte="Wat heb ik nodig?", ondersteuning="Begeleiding en ondersteuning op school",
   afwijkingen_onderwijsprogramma="Aangepast onderwijsprogramma", doelen="Doelen transitieperiode",
   adviezen_professionals="Advies Commissie voor de Begeleiding en externe deskundigen", oogo="Overleg", inbreng_leerling="Eigen visie van de leerling",
   evaluatie="Evaluatie", informatie_rechten="Rechten en bezwaar", vaststelling="Vaststelling", consent="Instemming handelingsdeel"),
 "vo-beknopt": dict(uitstroombestemming="Uitstroomniveau", onderbouwing="Waarom dit niveau", belemmerende_factoren="Wat belemmert",
   bevorderende_factoren="Wat helpt", ondersteuningsbehoefte="Wat heeft de leerling nodig", ondersteuning="Extra ondersteuning (wie/wat/wanneer)",
   afwijkingen_onderwijsprogramma="Afwijkend programma", doelen="Doelen", adviezen_professionals="Advies externen", oogo="Besproken met ouders",
   inbreng_leerling="Inbreng leerling", evaluatie="Evaluatie", informatie_rechten="Informatie voor ouders", vaststelling="Vastgesteld op/door",
   consent="Akkoordverklaring"),
 "vo-formulier": dict(uitstroombestemming="A1 Verwachte uitstroombestemming", onderbouwing="A2 Onderbouwing", belemmerende_factoren="B1 Belemmerende factoren",
   bevorderende_factoren="B2 Bevorderende factoren", ondersteuningsbehoefte="C1 Ondersteuningsbehoeften",
   ondersteuning="C2 Ondersteuning (wat, wie, frequentie, startdatum)", afwijkingen_onderwijsprogramma="C3 Afwijkingen van het programma",
   doelen="C4 Doelen", adviezen_professionals="D1 Adviezen deskundigen", oogo="E1 Datum en deelnemers overleg met ouders",
   inbreng_leerling="E2 Inbreng van de leerling", evaluatie="F1 Evaluatie", informatie_rechten="G1 Rechten van ouders",
   vaststelling="H1 Datum vaststelling / door", consent="I Instemming ouders/verzorgers"),
 "pro-ikvragen": dict(uitstroombestemming="Waar wil ik naartoe?", onderbouwing="Waarom denkt school dat dit past?", belemmerende_factoren="Wat vind ik moeilijk?",
   bevorderende_factoren="Waar ben ik goed in?", ondersteuningsbehoefte="Wat heb ik nodig?", ondersteuning="Wie helpt mij en hoe?",
   afwijkingen_onderwijsprogramma="Doe ik iets anders dan het gewone programma?", doelen="Wat wil ik bereiken?",
   adviezen_professionals="Wat zeggen de deskundigen?", oogo="Met wie is mijn plan besproken?", inbreng_leerling="Wat vind ik zelf van mijn plan?",
   evaluatie="Wanneer kijken we of het goed gaat?", informatie_rechten="Wat als mijn ouders het er niet mee eens zijn?",
   vaststelling="Wie heeft het plan vastgesteld?", consent="Handtekeningen"),
}
SCHOOL_OF = {"po-brief": "po", "po-genummerd": "po", "sbo-domeintabel": "sbo", "sbo-groeidocument": "sbo", "c4-export": "c4",
             "c4-vso-profiel": "c4", "vo-beknopt": "vo", "vo-formulier": "vo", "pro-ikvragen": "pro"}
NVT = {"po": "Er zijn geen afwijkingen: {n} volgt op alle vakgebieden het programma van de groep.",
       "sbo": "n.v.t. — volgt de reguliere sbo-leerlijnen, geen vrijstellingen of aangepast rooster.",
       "c4": "geen afwijkingen; volledig rooster, alle vakken.",
       "vo": "Geen. {n} volgt het volledige programma van {niveau}.",
       "pro": "Nee, ik volg het gewone programma van de school (geen afwijkingen)."}
DEST = {"po": ["vmbo-kader", "vmbo basis/kader met lwoo", "vmbo-tl/havo", "praktijkonderwijs"],
        "sbo": ["vmbo-basis met lwoo", "praktijkonderwijs", "vmbo-kader (lwoo)"],
        "so": ["regulier vo, vmbo-kader", "vso, profiel vervolgonderwijs (vmbo-tl)"],
        "vso": ["vervolgonderwijs: mbo niveau 2, ICT-medewerker", "arbeidsmarktgericht: begeleid werk in de logistiek (orderpicker)",
                "dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij"],
        "vo": [("vmbo-tl diploma", "vmbo-tl", "vmbo-gt"), ("havo-diploma", "havo", "havo/vwo"), ("vmbo-kader diploma", "vmbo-kader", "vmbo-k")],
        "pro": ["arbeid: medewerker groenvoorziening", "arbeid: medewerker hoveniersbedrijf (eventueel via entreeopleiding)", "arbeid: medewerker groen en recreatie bij de gemeente"]}

class Doc:
    pass

def gap_text(el, g, c, rng, school):
    n = c["first"]
    if g == "placeholder": return rng.choice(PLACEHOLDERS)
    if g == "instructions": return INSTRUCTIONS[el]
    if g == "vague": return rng.choice(VAGUE[el])
    if g == "zie_bijlage": return rng.choice(ZIEBIJLAGE[el])
    if g == "repeat": return QUESTIONS.get(el, "") + " " + REPEAT[el].format(n=n, h=c["hij"], z=zijn(c))
    if g == "empty": return ""
    if g == "no_effect": return INBRENG_NO_EFFECT[school].format(n=n, h=c["hij"])
    if g == "last_year":
        y0 = c["vast"].year if c["vast"].month >= 8 else c["vast"].year - 1
        if el == "evaluatie":
            return "Evaluatiemomenten: %s en %s (tussentijds en eindevaluatie met ouders)." % (dnum(dt.date(y0, 2, 12)), dnum(dt.date(y0, 6, 18)))
        if el == "oogo":
            return "Besproken met ouders op %s (mentor en IB)." % dnum(c["vast"] - dt.timedelta(days=371))
    if g == "concept": return "CONCEPT — nog niet vastgesteld. Datum vaststelling: __-__-____"
    raise ValueError((el, g))

def body(d, el):
    """str content, '' for empty, None for absent."""
    g = d.gaps.get(el); c = d.c; school = d.school
    if g == "absent": return None
    if g: return gap_text(el, g, c, d.rng, school)
    if el == "afwijkingen_onderwijsprogramma" and c["afw"] == "nvt":
        return NVT[school].format(n=c["first"], niveau=c.get("niveau", ""))
    if el == "inbreng_leerling" and c["inbreng_omit"]:
        return None
    if school == "sbo" and el in ("belemmerende_factoren", "bevorderende_factoren"):
        rows = text("sbo", "belemmerende_factoren", c)
        return sbo_flat(rows, 1 if el.startswith("belem") else 2)
    t = text(school, el, c)
    if school == "c4" and c.get("adult") and el == "oogo":
        t = t.replace("OOGO met", "overleg met")
    return t

def consent(d, layout):
    """Return list of blocks for the consent section (without heading), or None if absent."""
    g = d.gaps.get("instemming_ouders"); c = d.c; s = d.school
    if g == "absent": return None
    mark = "~" if d.scan else SIGMARK[s]
    signdate = dnum(c["vast"] + dt.timedelta(days=c["signdelay"]))
    if g == "blank_form":
        opts = {"sbo": ["Wij stemmen in met het handelingsdeel", "Wij stemmen niet in", "Wij stemmen in, met uitzondering van: ……"],
                "vo": ["akkoord te gaan met het handelingsdeel van dit OPP", "niet akkoord te gaan met het handelingsdeel"]}.get(s, ["akkoord", "niet akkoord"])
        return [("p", "Instemming ouder(s)/verzorger(s) met het handelingsdeel:"), ("checks", [(o, False) for o in opts]),
                ("sig", [("Ouder/verzorger", "", "", ""), ("Ouder/verzorger", "", "", "")], ["", "Naam", "Handtekening", "Datum"])]
    if g == "other_consent":
        return [("h", {"po": "Toestemming foto's en video", "sbo": "Toestemming gegevensuitwisseling (AVG)", "c4": "Toestemming AVG",
                       "vo": "Toestemming gebruik beeldmateriaal", "pro": "Toestemming foto's op de website"}[s], 2),
                ("p", {"po": "Ondergetekenden geven wel/geen toestemming voor het plaatsen van foto's van hun kind in de schoolgids en op de website.",
                       "sbo": "Ouders geven toestemming om gegevens uit dit document te delen met het samenwerkingsverband en de schoolarts.",
                       "c4": "toestemming uitwisseling gegevens met GGZ-behandelaar en CvB: ja",
                       "vo": "Ouders geven toestemming voor het gebruik van foto's en video van hun kind voor schoolcommunicatie.",
                       "pro": "Mijn ouders en ik vinden het goed dat er foto's van mijn stage op de website komen."}[s]),
                ("sig", [("Ouder/verzorger", c["p1"], mark, signdate)])]
    # statement / options per school
    adult = c.get("adult"); cur = c.get("curatele")
    party_label = "Leerling (18+)" if adult else ("Curator" if cur else "Ouder/verzorger")
    stmt = {"po": "Ondergetekenden verklaren dat zij instemmen met het handelingsdeel van dit ontwikkelingsperspectief (ondersteuning, afwijkingen en doelen).",
            "sbo": "Instemming ouders/verzorgers met het handelingsdeel:",
            "c4": ("Instemming van de meerderjarige leerling met het handelingsdeel:" if adult else "Instemming met het handelingsdeel (ouders/wettelijk vertegenwoordiger):"),
            "vo": "Ouder(s)/verzorger(s) verklaren:",
            "pro": "Mijn ouders en ik zijn het eens met de afspraken in het handelingsdeel (wie helpt mij, wat wil ik bereiken)."}[s]
    opts = None
    if s == "sbo":
        opts = [["Wij stemmen in met het handelingsdeel van het OPP", True], ["Wij stemmen niet in met het handelingsdeel", False],
                ["Wij stemmen in, met uitzondering van: ……………………", False]]
    elif s == "vo":
        opts = [["akkoord te gaan met het handelingsdeel van dit OPP", True], ["niet akkoord te gaan met het handelingsdeel", False]]
    elif s == "c4":
        opts = [["akkoord", True], ["niet akkoord", False], ["gedeeltelijk akkoord", False]]
    if adult:
        rows = [[party_label, c["first"] + " " + c["last"], mark, signdate]]
    elif cur:
        rows = [["Curator (wettelijk vertegenwoordiger)", c["curator"], mark, signdate]]
    else:
        rows = [["Ouder/verzorger", c["p1"], mark, signdate]]
        if c["p2"]: rows.append(["Ouder/verzorger", c["p2"], mark, signdate])
    if s == "pro": rows.insert(0, ["Leerling", c["first"] + " " + c["last"], mark, signdate])
    extra = []
    if g == "voor_gezien":
        for r in rows:
            if r[0] != "Leerling": r[2] = ("voor gezien " + mark) if mark != "~" else "~"
        if mark == "~": extra.append(("p", "Bij handtekening ouder bijgeschreven: \"voor gezien\""))
    elif g == "onder_protest":
        extra.append(("p", "Opmerking ouders: wij tekenen onder protest; wij zijn het niet eens met het aantal uren ondersteuning."))
    elif g == "refused":
        if opts:
            for o in opts: o[1] = False
            opts[1][1] = True
        else:
            extra.append(("p", "Ouders hebben in het gesprek aangegeven niet in te stemmen met het handelingsdeel."))
    elif g == "partial":
        if opts:
            for o in opts: o[1] = False
            if s == "sbo": opts[2] = ["Wij stemmen in, met uitzondering van: de faalangsttraining buiten de klas", True]
            elif s == "c4": opts[2][1] = True; extra.append(("p", "niet akkoord met lesurenreductie"))
            else: opts.append(["gedeeltelijk akkoord, namelijk niet met: het toetsen in het toetslokaal", True])
        else:
            extra.append(("p", "Akkoord, behalve met de verlengde instructie buiten de klas; daarover volgt nog een gesprek."))
    elif g == "school_only":
        rows = [["Namens de school", d.sch.get("ib"), mark, signdate]]
    elif g == "blank_line":
        for r in rows: r[2] = ""; r[3] = ""
    elif g == "unticked":
        if opts:
            for o in opts: o[1] = False
        else:
            opts = [["Ik/wij stem(men) in met het handelingsdeel", False], ["Ik/wij stem(men) niet in", False]]
    elif g == "no_date":
        for r in rows: r[3] = ""
    elif g == "date_no_sig":
        for r in rows: r[2] = ""
    elif g == "last_year":
        for r in rows: r[3] = dnum(c["vast"] - dt.timedelta(days=364 - c["signdelay"]))
    elif g == "wrong_party":
        if adult:
            rows = [["Ouder/verzorger", c["p1"], mark, signdate]]
        elif cur:
            rows = [["Leerling", c["first"] + " " + c["last"], mark, signdate]]
    out = [("p", stmt)]
    if opts: out.append(("checks", [tuple(o) for o in opts]))
    out += extra
    out.append(("sig", [tuple(r) for r in rows], ["", "Naam", "Handtekening", "Datum"] if s != "pro" else ["Wie", "Naam", "Handtekening", "Datum"]))
    return out

def vast_text(d):
    return body(d, "vaststelling")

# ------------------------------------------------------------------ layouts
ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
         "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "inbreng_leerling",
         "evaluatie", "informatie_rechten", "vaststelling"]

def hd(d, el): return H[d.layout][el].format(n=d.c["first"])

def sections(d, els, lvl=1, blank_marker=None):
    out = []
    for el in els:
        b = body(d, el)
        if b is None: continue
        out.append(("h", hd(d, el), lvl))
        if b: out.append(("p", b))
        elif blank_marker: out.append(("p", blank_marker))
    return out

def cons_section(d, lvl=1, head=True):
    cb = consent(d, d.layout)
    if cb is None: return []
    if cb[0][0] == "h":  # other consent replaces heading
        return [("h", cb[0][1], lvl)] + cb[1:]
    return ([("h", hd(d, "consent"), lvl)] if head else []) + cb

def pupil_meta(d):
    c = d.c
    if d.blank:
        return [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep/klas", ""), ("School", d.sch["name"]), ("Schooljaar", "")]
    extra = [("Bijgesteld op", dnum(c["revised"]) + " (na tussenevaluatie)")] if c.get("revised") else []
    return extra + [("Naam leerling", c["first"] + " " + c["last"]), ("Geboortedatum", dnum(c["born"])),
            ("Groep/klas", c["klas"]), ("School", d.sch["name"] + ", " + d.sch["place"]), ("Schooljaar", c["sj"])]

def L_po_brief(d):
    c = d.c; n = c["first"]
    B = [("header", "%s  |  %s" % (d.sch["name"], d.sch["place"])), ("title", "Ontwikkelingsperspectief van %s %s" % (n, c["last"])),
         ("p", "%s, %s" % (d.sch["place"], dlong(c["vast"] - dt.timedelta(days=2)))),
         ("p", "Beste %s," % (c["p1"] + (" en " + c["p2"] if c["p2"] else ""))),
         ("p", "Zoals besproken ontvangt u hierbij het ontwikkelingsperspectief (OPP) van %s uit groep %d. In deze brief leest u wat wij van %s verwachten, "
               "waarom, en hoe wij %s de komende periode gaan helpen. Het deel over de ondersteuning en de doelen is het handelingsdeel; daarvoor vragen wij uw instemming." % (n, c["groep"], n, hem(c)))]
    B += sections(d, ORDER[:-1], 2)
    v = vast_text(d)
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", "%s, intern begeleider, namens het team van groep %d" % (d.sch["ib"], c["groep"])))
    if v is not None:
        B += [("h", hd(d, "vaststelling"), 2)] + ([("p", v)] if v else [])
    B += cons_section(d, 2)
    return B

def L_po_genummerd(d):
    c = d.c
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("h", "1. Gegevens leerling", 1), ("kv", pupil_meta(d)),
         ("h", "2. Aanleiding", 1),
         ("p", "%s ontwikkelt zich op meerdere vakgebieden langzamer dan de groep. Na twee groepsplanperiodes met extra ondersteuning blijft de achterstand groeien. "
               "Daarom is in overleg met ouders besloten een ontwikkelingsperspectief op te stellen. %s zit sinds groep 1 op onze school en heeft groep 4 gedoubleerd." % (c["first"], Hij(c)))]
    B += sections(d, ORDER[:-1], 1)
    v = vast_text(d)
    if v is not None: B += [("h", hd(d, "vaststelling"), 1)] + ([("p", v)] if v else [])
    B += cons_section(d, 1)
    B.append(("footer", "OBS De Klimboom — OPP %s %s — pagina {page}" % (c["first"], c["last"][0] + ".")))
    return B

def L_sbo_domein(d):
    c = d.c
    B = [("title", "OPP  —  %s" % d.sch["name"]), ("kv", pupil_meta(d) + [("Versie", d.c.get("versie", "OPP-format 2025"))])]
    kv1 = []
    for el in ["uitstroombestemming", "onderbouwing"]:
        b = body(d, el)
        if b is not None: kv1.append((hd(d, el), b))
    B.append(("kv", kv1))
    gb, gv = d.gaps.get("belemmerende_factoren"), d.gaps.get("bevorderende_factoren")
    rows = text("sbo", "belemmerende_factoren", c)
    cols = ["Domein"]; idx = []
    if gb != "absent": cols.append("Belemmerend"); idx.append((1, gb, "belemmerende_factoren"))
    if gv != "absent": cols.append("Bevorderend"); idx.append((2, gv, "bevorderende_factoren"))
    if len(cols) > 1:
        trows = []
        for ri, r in enumerate(rows):
            row = [r[0]]
            for col, g, el in idx:
                if not g: row.append(r[col])
                elif g == "empty": row.append("")
                else: row.append(gap_text(el, g, c, d.rng, "sbo") if ri == 0 else "")
            trows.append(row)
        B += [("h", hd(d, "factors"), 2), ("table", cols, trows)]
    kv2 = []
    for el in ["ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo",
               "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]:
        if d.c.get("old_template") and el in ("inbreng_leerling", "informatie_rechten"): continue
        b = body(d, el)
        if b is not None: kv2.append((hd(d, el), b))
    B += [("h", "Handelingsdeel", 2), ("kv", kv2)]
    B += cons_section(d, 2)
    return B

def L_sbo_groei(d):
    c = d.c; n = c["first"]
    B = [("title", "Groeidocument %s %s" % (n, c["last"])), ("p", "%s — %s" % (d.sch["name"], d.sch["swv"])),
         ("h", "1. Gegevens", 1), ("kv", pupil_meta(d)),
         ("h", "2. Hulpvraag", 1), ("p", "Hoe kunnen wij %s helpen om met minder spanning tot leren te komen en %s niveau bij rekenen te verhogen?" % (n, zijn(c))),
         ("h", "3. Beeld van %s" % n, 1), ("p", "%s is een vriendelijke leerling die graag buiten speelt en veel weet van dieren. In de klas is %s stil en vraagt weinig hulp." % (n, c["hij"])),
         ("h", "4. Ontwikkelingsperspectief", 1)]
    B += sections(d, ORDER[0:4], 2)
    B.append(("h", "5. Handelingsdeel", 1))
    B += sections(d, ["ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"], 2)
    B += sections(d, ["adviezen_professionals"], 1)
    B.append(("h", "7. Betrokkenheid", 1))
    B += sections(d, ["oogo", "inbreng_leerling"], 2)
    B += sections(d, ["evaluatie"], 1)
    B.append(("h", "9. Afspraken en ondertekening", 1))
    B += sections(d, ["informatie_rechten", "vaststelling"], 2)
    B += cons_section(d, 2)
    B.append(("footer", "Groeidocument SWV Lindenhoeve e.o. — versie 4.2"))
    return B

def L_c4_export(d):
    c = d.c
    B = [("header", "Kompasnet LVS — export leerlingdossier"), ("title", "OPP %s %s (%s)" % (c["first"], c["last"], d.stype.upper())),
         ("kv", [("leerling", c["first"] + " " + c["last"]), ("geb.datum", dnum(c["born"])), ("groep", c["klas"]), ("schooljaar", c["sj"]),
                 ("mentor", c.get("mentor", "dhr. F. Jonker")), ("status", "definitief" if d.gaps.get("vaststelling") != "concept" else "concept")])]
    kv = []
    for el in ORDER:
        b = body(d, el)
        if b is None: continue
        kv.append((hd(d, el), b))
    B += [("h", "OPP-gegevens", 2), ("kv", kv)]
    B += cons_section(d, 2)
    B.append(("footer", "Afgedrukt uit Kompasnet LVS door p.achterberg — %s — pag. {page}" % dnum(c["vast"] + dt.timedelta(days=c["signdelay"] + 1))))
    return B

def L_c4_vso(d):
    c = d.c; n = c["first"]
    B = [("title", "Ontwikkelingsperspectiefplan VSO — %s %s" % (n, c["last"])),
         ("kv", pupil_meta(d) + [("Leeftijd bij vaststelling", "%d jaar" % c["age"])] +
          ([("Juridische status", "meerderjarig, handelingsbekwaam")] if c.get("adult") else []) +
          ([("Juridische status", "meerderjarig, onder curatele (curator: %s)" % c["curator"])] if c.get("curatele") else []))]
    g = d.gaps.get("uitstroombestemming")
    if g != "absent":
        B.append(("h", hd(d, "uitstroombestemming"), 1))
        prof = c["dest"].split(":")[0]
        if g == "unticked":
            B.append(("checks", [("Vervolgonderwijs", False), ("Arbeidsmarktgericht", False), ("Dagbesteding", False)]))
            B.append(("p", "Toelichting: "))
        elif g:
            B.append(("checks", [("Vervolgonderwijs", False), ("Arbeidsmarktgericht", False), ("Dagbesteding", False)]))
            B.append(("p", gap_text("uitstroombestemming", g, c, d.rng, "c4")))
        else:
            B.append(("checks", [("Vervolgonderwijs", prof == "vervolgonderwijs"), ("Arbeidsmarktgericht", prof == "arbeidsmarktgericht"), ("Dagbesteding", prof == "dagbesteding")]))
            B.append(("p", "Toelichting: " + c["dest"].split(": ")[1]))
    B += sections(d, ORDER[1:], 1)
    B += cons_section(d, 1)
    return B

def L_vo_beknopt(d):
    c = d.c
    B = [("title", "Beknopt OPP"), ("p", "%s, %s — ondersteuningsteam" % (d.sch["name"], d.sch["place"])), ("kv", pupil_meta(d) + [("Mentor", d.sch["mentor"])])]
    kv = []
    for el in ORDER:
        b = body(d, el)
        if b is None: continue
        kv.append((hd(d, el), b))
    B += [("kv", kv)]
    B += cons_section(d, 2)
    return B

def L_vo_form(d):
    c = d.c; blank = d.blank
    B = [("title", "Ontwikkelingsperspectief — formulier"),
         ("p", "Erasmushof College. Vul alle velden in. Het handelingsdeel (C2 t/m C4) wordt pas uitgevoerd na instemming van ouders."),
         ("field", "Naam leerling", "" if blank else c["first"] + " " + c["last"]), ("field", "Klas", "" if blank else c["klas"]),
         ("field", "Schooljaar", "" if blank else c["sj"]), ("field", "Mentor", "" if blank else d.sch["mentor"])]
    for el in ORDER:
        g = d.gaps.get(el)
        if g == "absent": continue
        if el in ("uitstroombestemming", "onderbouwing") and el == "uitstroombestemming":
            B.append(("h", hd(d, el)))
            lv = c.get("niveau")
            opts = ["vmbo-basis", "vmbo-kader", "vmbo-tl", "havo", "vwo"]
            if g in ("unticked", "empty"):
                B.append(("checks", [(o, False) for o in opts])); B.append(("field", "Toelichting", ""))
            elif g:
                B.append(("checks", [(o, False) for o in opts])); B.append(("field", "Toelichting", gap_text(el, g, c, d.rng, "vo")))
            else:
                B.append(("checks", [(o, o == lv) for o in opts])); B.append(("field", "Toelichting", c["dest"]))
            continue
        if el == "vaststelling": B.append(("h", "H Vaststelling"))
        if el == "uitstroombestemming": continue
        b = body(d, el)
        if b is None: continue
        B.append(("field", hd(d, el), b, "multi"))
    # consent as fields
    gi = d.gaps.get("instemming_ouders")
    if gi != "absent":
        cb = consent(d, d.layout)
        if cb[0][0] == "h":
            B.append(("h", cb[0][1])); B.append(("p", cb[1][1]))
            B.append(("field", "Naam", c["p1"])); B.append(("field", "Datum", cb[2][1][0][3])); B.append(("field", "Handtekening", R.sigtext(cb[2][1][0][2])))
        else:
            B.append(("h", hd(d, "consent")))
            for blk in cb:
                if blk[0] == "p": B.append(blk)
                elif blk[0] == "checks": B.append(blk)
                elif blk[0] == "sig":
                    for role, name, sig, date in blk[1]:
                        B.append(("field", "Naam " + role.lower(), name)); B.append(("field", "Datum", date)); B.append(("field", "Handtekening / akkoord", R.sigtext(sig)))
    B.append(("footer", "Formulier OPP Erasmushof College v2025.2"))
    return B

def L_pro(d):
    c = d.c; n = c["first"]
    B = [("title", "Mijn ontwikkelingsperspectief"), ("p", "Dit is het plan van %s %s, %s, %s. Schooljaar %s." % (n, c["last"], c["klas"], d.sch["name"], c["sj"]))]
    B += sections(d, ORDER, 1)
    B += cons_section(d, 1)
    return B

LAYOUTS = {"po-brief": L_po_brief, "po-genummerd": L_po_genummerd, "sbo-domeintabel": L_sbo_domein, "sbo-groeidocument": L_sbo_groei,
           "c4-export": L_c4_export, "c4-vso-profiel": L_c4_vso, "vo-beknopt": L_vo_beknopt, "vo-formulier": L_vo_form, "pro-ikvragen": L_pro}
STYLE = {"po-brief": dict(serif=True, heading="bold", font="Cambria", author="M. Terpstra"),
         "po-genummerd": dict(heading="heading", author="IB Klimboom"),
         "sbo-domeintabel": dict(heading="bold", thcolor="#d9ead3", author="kbosveld"),
         "sbo-groeidocument": dict(heading="heading", hcolor="#2e5e1e", author="SWV Lindenhoeve"),
         "c4-export": dict(size=8.5, heading="bold-caps", author="Kompasnet"),
         "c4-vso-profiel": dict(heading="heading", font="Arial", author="Kompas College"),
         "vo-beknopt": dict(heading="bold", author="zorgcoordinatie"),
         "vo-formulier": dict(heading="bold", sdt=True, author="Erasmushof"),
         "pro-ikvragen": dict(heading="heading", size=11, font="Verdana", hcolor="#b45f06", author="De Werkplaats")}

# ------------------------------------------------------------------ specs
GK = {
 "uitstroombestemming": ["absent", "empty", "placeholder", "vague", "instructions", "repeat"],
 "onderbouwing": ["absent", "empty", "placeholder", "vague", "zie_bijlage", "instructions", "repeat"],
 "belemmerende_factoren": ["absent", "empty", "placeholder", "vague", "instructions", "repeat", "zie_bijlage"],
 "bevorderende_factoren": ["absent", "empty", "placeholder", "vague", "instructions", "repeat", "zie_bijlage"],
 "ondersteuningsbehoefte": ["absent", "empty", "placeholder", "vague", "instructions", "repeat", "zie_bijlage"],
 "ondersteuning": ["absent", "empty", "placeholder", "vague", "zie_bijlage", "instructions", "repeat"],
 "afwijkingen_onderwijsprogramma": ["absent", "empty", "placeholder", "instructions", "vague"],
 "doelen": ["absent", "empty", "placeholder", "vague", "zie_bijlage", "instructions", "repeat"],
 "adviezen_professionals": ["absent", "empty", "zie_bijlage", "zie_bijlage", "vague", "placeholder", "repeat"],
 "oogo": ["absent", "empty", "vague", "last_year", "placeholder", "zie_bijlage"],
 "instemming_ouders": ["voor_gezien", "onder_protest", "refused", "partial", "school_only", "blank_line", "unticked", "no_date",
                       "date_no_sig", "other_consent", "last_year", "absent"],
 "inbreng_leerling": ["absent", "empty", "no_effect", "no_effect", "vague", "placeholder", "instructions", "repeat"],
 "evaluatie": ["absent", "empty", "vague", "last_year", "placeholder", "repeat"],
 "informatie_rechten": ["absent", "absent", "vague", "zie_bijlage", "instructions", "empty"],
 "vaststelling": ["absent", "empty", "placeholder", "concept"],
}
PLAN = [  # layout, school_type, formats
 ("po-brief", "po", ["docx", "pdf-lo", "txt", "scan", "docx", "pdf-lo"]),
 ("po-genummerd", "po", ["pdf", "odt", "md", "pdf", "odt", "docx"]),
 ("sbo-domeintabel", "sbo", ["docx", "pdf-lo", "odt", "scan", "docx", "pdf-lo"]),
 ("sbo-groeidocument", "sbo", ["pdf", "docx", "txt", "pdf", "docx"]),
 ("c4-export", "so", ["pdf", "txt", "scan", "pdf", "txt", "pdf"]),
 ("c4-vso-profiel", "vso", ["docx", "pdf-lo", "odt", "docx", "pdf-lo", "odt"]),
 ("vo-beknopt", "vo", ["docx", "pdf", "md", "docx", "pdf", "md"]),
 ("vo-formulier", "vo", ["fillable", "docx", "fillable", "docx", "fillable", "docx"]),
 ("pro-ikvragen", "pro", ["pdf-lo", "docx", "odt", "txt", "scan", "pdf-lo", "docx"]),
]
OLD_DATES = [dt.date(2024, 10, 8), dt.date(2024, 11, 19), dt.date(2025, 2, 11), dt.date(2025, 5, 20), dt.date(2025, 6, 24)]
NEW_DATES = [dt.date(2025, 9, 30), dt.date(2025, 10, 14), dt.date(2025, 11, 25), dt.date(2026, 1, 20), dt.date(2026, 3, 10),
             dt.date(2026, 6, 16), dt.date(2026, 10, 6), dt.date(2026, 11, 3)]

def make_ctx(rng, stype, school, pi, vast):
    f, l, hij, p1, p2 = PUPILS[pi]
    c = dict(first=f, last=l, hij=hij, p1=p1, p2=p2, vast=vast, yr=vast.year)
    c["oogo"] = vast - dt.timedelta(days=rng.randint(7, 21))
    c["advdate"] = vast - dt.timedelta(days=rng.randint(60, 200))
    c["signdelay"] = rng.randint(2, 12)
    sy = vast.year if vast.month >= 8 else vast.year - 1
    c["sj"] = "%d-%d" % (sy, sy + 1)
    c["ib"] = SCHOOLS[school]["ib"]; c["dir"] = SCHOOLS[school]["dir"]
    age = {"po": rng.randint(9, 11), "sbo": rng.randint(9, 12), "so": rng.randint(8, 11), "vso": rng.randint(15, 17),
           "vo": rng.randint(13, 15), "pro": rng.randint(14, 16)}[stype]
    c["age"] = age; c["born"] = dt.date(vast.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    c["groep"] = {"po": rng.randint(6, 8), "sbo": rng.randint(6, 8)}.get(stype, rng.randint(2, 3))
    c["klas"] = {"po": "groep %d" % c["groep"], "sbo": "groep %d (De Uilen)" % c["groep"], "so": "so-groep Orion (bovenbouw)",
                 "vso": "vso %d (%s)" % (rng.randint(3, 5), "stroom arbeid"), "vo": "%d%s" % (c["groep"], rng.choice(["B", "C", "K", "H2"])),
                 "pro": "leerjaar %d (stagegroep)" % rng.randint(3, 4)}[stype]
    if stype == "vo":
        dd = rng.choice(DEST["vo"]); c["dest"] = dd[0]; c["niveau"] = dd[1]; c["klas"] = "%d %s" % (c["groep"], dd[2])
        c["advies_po"] = dd[1]; c["verzuim"] = rng.randint(9, 22); c["mentor"] = SCHOOLS["vo"]["mentor"]
    else:
        c["dest"] = rng.choice(DEST[stype])
    c["stage"] = rng.choice(["Hoveniersbedrijf Groenrijk", "Tuincentrum De Linde", "gemeentelijke groendienst Hollenburg"])
    c["cert"] = rng.choice(["Medewerker groen", "Schoonmaak (SVS)", "Heftruck"])
    c["p1_mother"] = True
    c["party_oogo"] = "ouders"
    return c

def build_docs():
    rng = random.Random(20261206)
    deck = []; docs = []; pupil_i = 0
    kindpos = {el: 0 for el in GK}
    kinds = {el: rng.sample(GK[el], len(GK[el])) for el in GK}
    def next_el(exclude):
        for _ in range(200):
            if not deck:
                deck.extend(rng.sample(ELEMENTS, len(ELEMENTS)))
            el = deck.pop()
            if el not in exclude: return el
            deck.insert(0, el)
        return None
    num = 0
    for layout, stype, fmts in PLAN:
        school = SCHOOL_OF[layout]
        allowed = [i for i in range(len(fmts)) if not (layout == "c4-vso-profiel" and i in (3, 4))]
        complete = set(rng.sample(allowed, 2))
        for i, fmt in enumerate(fmts):
            num += 1
            d = Doc(); d.layout = layout; d.school = school; d.stype = stype; d.fmt = fmt; d.scan = fmt == "scan"; d.blank = False
            d.sch = SCHOOLS[school]; d.rng = random.Random(1000 + num); d.num = num
            st = stype
            if layout == "c4-export" and i in (3, 5): st = "vso"
            d.stype = st
            old = (num % 3 == 1)
            vast = rng.choice(OLD_DATES if old else NEW_DATES)
            c = make_ctx(rng, st, school, pupil_i % len(PUPILS), vast); pupil_i += 7
            d.c = c; d.gaps = {}
            c["afw"] = "nvt" if (school == "vo" or rng.random() < 0.3) else "present"
            if school == "c4" and c["afw"] == "nvt" and st == "vso": pass
            # vso specials
            if layout == "c4-vso-profiel":
                c["vast"] = vast = NEW_DATES[(i + 2) % len(NEW_DATES)] if i != 5 else OLD_DATES[3]
                c["oogo"] = vast - dt.timedelta(days=12); sy = vast.year if vast.month >= 8 else vast.year - 1
                c["sj"] = "%d-%d" % (sy, sy + 1)
                if i in (0, 3):
                    c["adult"] = True; c["age"] = 18 + (i == 3); c["party_oogo"] = c["first"] + " (18+) en, met zijn/haar toestemming, ouders"
                if i in (1, 4):
                    c["curatele"] = True; c["age"] = 18; c["curator"] = "mr. B. Hofstede"; c["party_oogo"] = "curator, leerling en moeder"
                if i in (2, 5): c["age"] = 16
                c["born"] = dt.date(vast.year - c["age"] - 1, 9, 14)
            if layout == "c4-export" and st == "vso":
                c["klas"] = "vso 4 (stroom vervolgonderwijs)"; c["dest"] = rng.choice(DEST["vso"])
            if school == "c4" and st == "so":
                c["dest"] = rng.choice(DEST["so"])
            # revised plan (set before cutoff, revised after)
            if layout == "po-genummerd" and i == 4:
                c["vast"] = dt.date(2025, 3, 11); c["revised"] = dt.date(2025, 11, 18); c["sj"] = "2024-2025, bijgesteld in 2025-2026"
                c["oogo"] = dt.date(2025, 2, 27)
            vast = c["vast"]
            required = (vast >= CUTOFF or c.get("revised")) and not c.get("adult")
            d.inbreng_na = not required
            c["inbreng_omit"] = (not required) and rng.random() < 0.5
            if i in complete and not c.get("revised"):
                d.complete = True
            else:
                d.complete = False
                k = rng.choice([1, 2, 2, 3, 3, 4])
                excl = set()
                if d.inbreng_na: excl.add("inbreng_leerling")
                if c.get("revised"):
                    d.gaps["inbreng_leerling"] = "absent"; excl.add("inbreng_leerling"); k -= 1
                if layout == "c4-vso-profiel" and i in (3, 4):
                    d.gaps["instemming_ouders"] = "wrong_party"; excl.add("instemming_ouders"); k -= 1
                for _ in range(max(k, 0)):
                    el = next_el(excl | set(d.gaps))
                    if el is None: break
                    opts = list(kinds[el])
                    if el == "uitstroombestemming" and layout in ("c4-vso-profiel", "vo-formulier"): opts = opts + ["unticked"]
                    g = opts[kindpos[el] % len(opts)]; kindpos[el] += 1
                    if g == "zie_bijlage" and el not in ZIEBIJLAGE: g = "vague"
                    if g == "repeat" and el not in REPEAT: g = "placeholder"
                    d.gaps[el] = g
            if layout == "sbo-domeintabel" and i == 4:
                c["versie"] = "OPP-format 2023 (oud)"; d.complete = False
                for el in ("informatie_rechten",): d.gaps[el] = "absent"
                if not d.inbreng_na: d.gaps["inbreng_leerling"] = "absent"
                else: c["inbreng_omit"] = True
            docs.append(d)
    # make sure every kind of consent gap occurs at least once, spread over layouts and formats
    used = {d.gaps.get("instemming_ouders") for d in docs}
    todo = [k for k in GK["instemming_ouders"] if k not in used]
    elig = [d for d in docs if not d.complete and "instemming_ouders" not in d.gaps and not d.c.get("adult") and not d.c.get("curatele")]
    elig = elig[::3] + elig[1::3] + elig[2::3]
    for d, k in zip(elig, todo):
        d.gaps["instemming_ouders"] = k
    return docs

def label(d):
    out = {}
    for el in ELEMENTS:
        g = d.gaps.get(el)
        if el == "inbreng_leerling" and not d.blank and d.inbreng_na:
            out[el] = "not_applicable"; continue
        if g in ("absent", "other_consent"): out[el] = "missing"
        elif g: out[el] = "incomplete"
        elif el == "afwijkingen_onderwijsprogramma" and d.c.get("afw") == "nvt": out[el] = "not_applicable"
        elif el == "inbreng_leerling" and d.c.get("inbreng_omit"): out[el] = "missing"
        else: out[el] = "present"
    return out

# ------------------------------------------------------------------ non-OPP documents
def leaflet():
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"), ("p", "Informatie voor ouders — Samenwerkingsverband Passend Onderwijs Veendrecht-Zuid"),
            ("h", "Waarom een OPP?", 2), ("p", "Heeft uw kind extra ondersteuning nodig die verder gaat dan wat de school iedere leerling biedt? Dan stelt de school een ontwikkelingsperspectiefplan op. "
              "Daarin staat onder meer de verwachte uitstroombestemming, de onderbouwing daarvan en de belemmerende en bevorderende factoren."),
            ("h", "Wat staat er in?", 2), ("bullets", ["de te verwachten uitstroombestemming en waarom de school dat verwacht;", "wat uw kind nodig heeft (ondersteuningsbehoefte);",
              "de ondersteuning en begeleiding: wat, door wie en hoe vaak;", "eventuele afwijkingen van het onderwijsprogramma;", "doelen voor de komende periode;",
              "adviezen van deskundigen;", "wat uw kind er zelf van vindt (sinds 1 augustus 2025 verplicht)."]),
            ("h", "Uw rol als ouder", 2), ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. "
              "Het plan wordt minstens één keer per schooljaar met u geëvalueerd."),
            ("h", "Niet eens?", 2), ("p", "Ga eerst in gesprek met de school. U kunt ook het Ouder- en Jeugdsteunpunt of een onderwijsconsulent inschakelen, en binnen zes weken na de vaststelling "
              "naar de Geschillencommissie passend onderwijs."),
            ("footer", "Folder OPP voor ouders — uitgave 2025")]

def newsletter():
    return [("title", "Klimboom Kompas — nieuwsbrief november 2025"), ("h", "Van de directie", 1),
            ("p", "Beste ouders, de herfstvakantie ligt achter ons en de groepen 7 en 8 zijn druk met de voorbereiding van de musical."),
            ("h", "Nieuw: leerlinggesprekken bij het OPP", 1),
            ("p", "Sinds dit schooljaar praten wij met iedere leerling die een ontwikkelingsperspectief (OPP) heeft over zijn of haar plan, voordat wij het met u bespreken. "
                  "Wat uw kind zegt, nemen wij mee in de doelen en de ondersteuning. Heeft uw kind een OPP? Dan ontvangt u binnenkort een uitnodiging van de intern begeleider."),
            ("h", "Agenda", 1), ("bullets", ["12 november: studiedag, alle leerlingen vrij", "5 december: Sinterklaasviering tot 12.00 uur", "19 december: kerstdiner"]),
            ("h", "Luizenpluis", 1), ("p", "Na iedere vakantie controleren de luizenouders alle kinderen. Wilt u geen vlechtjes of gel in het haar doen op maandag?")]

def blank_doc(layout, stype, num):
    d = Doc(); d.layout = layout; d.school = SCHOOL_OF[layout]; d.stype = stype; d.scan = False; d.blank = True
    d.sch = SCHOOLS[d.school]; d.rng = random.Random(num); d.num = num; d.complete = False
    c = dict(first="", last="", hij="hij", p1="", p2="", vast=dt.date(2025, 9, 1), yr=2025, oogo=dt.date(2025, 9, 1), advdate=dt.date(2025, 6, 1), signdelay=0,
             sj="", ib="", dir="", age=0, advies_po="", verzuim=0, mentor="", stage="", cert="", p1_mother=True, party_oogo="", born=dt.date(2000, 1, 1), groep=0, klas="", dest="", afw="present", inbreng_omit=False, niveau="")
    d.c = c; d.inbreng_na = False
    d.gaps = {el: "empty" for el in ELEMENTS}
    d.gaps["instemming_ouders"] = "blank_form"
    return d

# ------------------------------------------------------------------ main
def fmt_of(f): return {"pdf-lo": "pdf", "scan": "pdf", "fillable": "pdf"}.get(f, f)

def main():
    if os.path.isdir(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = os.path.join(HERE, "_tmp"); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    docs = build_docs()
    entries = []; lo_pdf = []; lo_odt = []
    for d in docs:
        blocks = LAYOUTS[d.layout](d)
        ext = {"pdf": "pdf", "pdf-lo": "pdf", "scan": "pdf", "fillable": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}[d.fmt]
        base = "%02d-%s-%s" % (d.num, d.layout.split("-")[0], d.c["last"].lower().replace(" ", "").replace("ç", "c").replace("ë", "e"))
        path = os.path.join(DOCS, base + "." + ext); style = STYLE[d.layout]
        if d.fmt == "pdf": R.to_pdf(blocks, path, style, d.num)
        elif d.fmt == "scan": R.to_scan(blocks, path, style, d.num)
        elif d.fmt == "fillable": R.to_fillable(blocks, path, style)
        elif d.fmt == "docx": R.to_docx(blocks, path, style)
        elif d.fmt in ("txt", "md"): open(path, "w", encoding="utf-8").write(R.to_txt(blocks, md=d.fmt == "md"))
        elif d.fmt in ("pdf-lo", "odt"):
            st = dict(style); st["sdt"] = False
            src = os.path.join(tmp, base + ".docx"); R.to_docx(blocks, src, st)
            (lo_pdf if d.fmt == "pdf-lo" else lo_odt).append(src)
        d.path = path
        entries.append(d)
    if lo_pdf: R.soffice(lo_pdf, "pdf", DOCS)
    if lo_odt: R.soffice(lo_odt, "odt", DOCS)
    for fn in os.listdir(DOCS):
        p = os.path.join(DOCS, fn)
        if fn.endswith(".pdf"): R.normalise_pdf(p)
        if fn.endswith(".odt"): R.fix_zip(p, meta_fix=True)
    # non-OPP documents
    n = len(docs)
    extra = []
    p = os.path.join(DOCS, "%02d-folder-ouders-opp.pdf" % (n + 1)); R.to_pdf(leaflet(), p, dict(hcolor="#0b5394"), 1); R.normalise_pdf(p)
    extra.append(dict(file=p, format="pdf", layout="folder-ouders (geen OPP)", school_type="none", notes="Leaflet for parents about what an OPP is; not an OPP: every element missing."))
    p = os.path.join(DOCS, "%02d-nieuwsbrief-klimboom.docx" % (n + 2)); R.to_docx(newsletter(), p, dict(heading="heading"))
    extra.append(dict(file=p, format="docx", layout="nieuwsbrief (geen OPP)", school_type="none", notes="School newsletter mentioning OPP and pupil conversations; not an OPP: every element missing."))
    labels = []
    for d in entries:
        el = label(d)
        gaps = ", ".join("%s=%s" % kv for kv in sorted(d.gaps.items()))
        note = "%s; %s; plan %s%s; %s%s%s" % (d.layout, d.fmt, dnum(d.c["vast"]), (" revised " + dnum(d.c["revised"])) if d.c.get("revised") else "",
              ("complete" if not d.gaps else "gaps: " + gaps), "; afwijkingen explicitly none" if d.c.get("afw") == "nvt" else "",
              "; inbreng n/a (" + ("adult pupil" if d.c.get("adult") else "plan before 1-8-2025") + ")" if d.inbreng_na else "")
        if d.c.get("curatele"): note += "; pupil 18, under curatele (curator consents)"
        if d.c.get("adult"): note += "; pupil adult and handelingsbekwaam (pupil consents)"
        if d.c.get("inbreng_omit") and not d.inbreng_na: note += "; no pupil section at all"
        labels.append({"file": os.path.relpath(d.path, HERE), "format": fmt_of(d.fmt), "layout": d.layout, "school_type": d.stype,
                       "scanned": d.scan, "elements": el, "accept_unclear": ["instemming_ouders"] if d.scan else [], "notes": note})
    # blank formats
    for k, (layout, stype, fmt) in enumerate([("vo-formulier", "vo", "fillable"), ("sbo-domeintabel", "sbo", "odt")]):
        d = blank_doc(layout, stype, n + 3 + k)
        if layout == "sbo-domeintabel":
            d.c["versie"] = "OPP-format 2023"; d.gaps["informatie_rechten"] = "absent"; d.gaps["inbreng_leerling"] = "absent"
        blocks = LAYOUTS[layout](d)
        base = "%02d-leeg-format-%s" % (d.num, layout)
        if fmt == "fillable":
            p = os.path.join(DOCS, base + ".pdf"); R.to_fillable(blocks, p, STYLE[layout]); R.normalise_pdf(p)
        else:
            src = os.path.join(tmp, base + ".docx"); st = dict(STYLE[layout]); R.to_docx(blocks, src, st)
            R.soffice([src], "odt", DOCS); p = os.path.join(DOCS, base + ".odt"); R.fix_zip(p, meta_fix=True)
        labels.append({"file": os.path.relpath(p, HERE), "format": "pdf" if fmt == "fillable" else "odt", "layout": layout + " (leeg format)",
                       "school_type": stype, "scanned": False, "elements": label(d), "accept_unclear": [],
                       "notes": "Blank template, nothing filled in: fields that exist are incomplete, elements without a field are missing" +
                                (" (2023 version has no pupil section and no rights section)" if layout.startswith("sbo") else "") + "."})
    for e in extra:
        labels.append({"file": os.path.relpath(e["file"], HERE), "format": e["format"], "layout": e["layout"], "school_type": e["school_type"],
                       "scanned": False, "elements": {el: "missing" for el in ELEMENTS}, "accept_unclear": [], "notes": e["notes"]})
    labels.sort(key=lambda x: x["file"])
    json.dump({"version": 1, "docs": labels}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    shutil.rmtree(tmp)
    print(len(labels), "documents")

if __name__ == "__main__":
    main()
