# -*- coding: utf-8 -*-
"""Layouts: each returns a list of abstract blocks.
Blocks: ('title',t) ('h',lvl,t) ('p',t) ('pi',t) italic ('bl',[..]) ('table',header,rows)
('kv',[(k,v)]) ('check',[(bool,label)]) ('cc',label,value,is_placeholder) ('sig',[(label,value)])"""
import datetime as dt
from gen_content import dlong, dshort

CUTOFF = dt.date(2025, 8, 1)

def cap(s):
    return s[:1].upper() + s[1:]

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen (mentor)", "xxx"]
INSTR = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau of de verwachte bestemming in.",
    "onderbouwing": "Onderbouw het perspectief met toetsgegevens, onderzoeksgegevens en de ontwikkeling tot nu toe.",
    "belemmerende_factoren": "Noem de factoren die de ontwikkeling van de leerling belemmeren.",
    "bevorderende_factoren": "Noem de factoren die de ontwikkeling van de leerling bevorderen.",
    "ondersteuningsbehoefte": "Beschrijf wat deze leerling nodig heeft (instructie, omgeving, begeleiding).",
    "ondersteuning": "Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of en waar wordt afgeweken van het reguliere onderwijsprogramma.",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Vermeld de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het overleg met ouders.",
    "inbreng_leerling": "Beschrijf de mening van de leerling en wat daarmee in het plan is gedaan.",
    "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd.",
    "informatie_rechten": "Informeer ouders over hun rechten.",
    "vaststelling": "Datum vaststelling en naam van de directeur invullen.",
}
ZB = {
    "onderbouwing": "Zie de toetsoverzichten in de bijlage.",
    "ondersteuning": "Zie het groepsplan van de klas (bijlage 2).",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "doelen": "Zie het groepsplan.",
    "belemmerende_factoren": "Zie het onderzoeksverslag in de bijlage.",
    "ondersteuningsbehoefte": "Zie leerlingprofiel (bijlage 1).",
    "evaluatie": "Volgens de cyclus van de school (zie schoolgids).",
    "informatie_rechten": "Zie schoolgids.",
}
def PART(el, p):
    return {
        "uitstroombestemming": "Voortgezet onderwijs; het niveau is nog niet te bepalen.",
        "onderbouwing": "Op basis van de toetsgegevens en het beeld van de leerkracht.",
        "ondersteuning": "Extra hulp bij de basisvakken.",
        "doelen": "%s gaat beter lezen en krijgt meer zelfvertrouwen." % p["vn"],
        "adviezen_professionals": "Er is advies gegeven door %s." % p["advies"][0],
        "oogo": "Het plan is met ouders besproken.",
        "inbreng_leerling": "%s is gevraagd naar %s mening. %s %s." % (p["vn"], p["zijn"], p["Hij"], p["inbreng"][0]),
        "evaluatie": "Het plan wordt geëvalueerd.",
        "informatie_rechten": "Heeft u vragen over dit plan? Neem dan contact op met %s, intern begeleider." % p["ib"],
        "vaststelling": None,
    }[el]

def inbreng_na(spec):
    last = spec.get("revised") or spec["date"]
    return spec.get("adult") or last < CUTOFF

def code_of(spec, el):
    if el == "instemming_ouders":
        return spec.get("consent", "C_GIVEN")
    c = spec.get("var", {}).get(el, "P")
    if el == "inbreng_leerling" and inbreng_na(spec) and c == "P":
        return "NA"
    return c

def label_of(spec, el):
    c = code_of(spec, el)
    if el == "inbreng_leerling" and inbreng_na(spec):
        return "not_applicable"
    if el == "instemming_ouders":
        return {"C_GIVEN": "present", "C_ADULT": "present", "C_CURATOR": "present",
                "C_AVG": "missing", "M": "missing"}.get(c, "incomplete")
    return {"P": "present", "M": "missing", "NA": "not_applicable"}.get(c, "incomplete")

def variant(spec, el, p, wrap=lambda s: ("pi", s)):
    c = code_of(spec, el)
    if c == "E":
        return []
    if c == "PH":
        return [("p", PH[(len(spec["id"]) + ELSIDX(el)) % len(PH)])]
    if c == "INS":
        return [wrap(INSTR[el])]
    if c == "ZB":
        return [("p", ZB[el])]
    if c == "PART":
        t = PART(el, p)
        return [("p", t)] if t else []
    raise ValueError(c)

def ELSIDX(el):
    from gen_content import ELS
    return ELS.index(el)

def sec(B, spec, el, heads, present, p, na=None, wrap=lambda s: ("pi", s)):
    """heads: list of heading blocks; present: fn -> blocks"""
    c = code_of(spec, el)
    if c == "M":
        return
    if c == "NA" and na is None:
        return  # section not in this (older) format
    B.extend(heads)
    if c == "P":
        B.extend(present())
    elif c == "NA":
        B.extend(na)
    else:
        B.extend(variant(spec, el, p, wrap))

# ---------------------------------------------------------------- consent
def consent(spec, p, style):
    """Returns blocks for the consent part (without heading), by consent code."""
    c = spec.get("consent", "C_GIVEN")
    d = p["cons_d"]
    school = [("Namens de school", p["dir"] + ", directeur"), ("Handtekening", "w.g."), ("Datum", dshort(p["date"]))]
    if code_of(spec, "vaststelling") != "P":
        school = [("Namens de school", p["mentor"] + ", mentor"), ("Handtekening", "w.g.")]
    if style == "A":
        stmt = "Ouder(s)/verzorger(s) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en stemmen in met het handelingsdeel:"
        yes, no = "ja, wij stemmen in met het handelingsdeel", "nee, wij stemmen niet in"
    elif style == "G":
        stmt = "Antwoordstrook - graag ondertekend retour aan de mentor."
        yes, no = "Ik ga / wij gaan akkoord met de afspraken in het handelingsdeel", "Ik ga / wij gaan niet akkoord"
    else:
        stmt = "Instemming met het handelingsdeel (art. 40a WPO / 41a WEC / 2.44 WVO 2020)"
        yes, no = "akkoord", "niet akkoord"
    ouder = [("Naam ouder/verzorger", p["ouder"])]
    B = [("p", stmt)]
    if c == "C_GIVEN":
        B += [("check", [(True, yes), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(d))] + school)]
    elif c == "C_GEZIEN":
        B += [("check", [(False, yes), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"] + "  (voor gezien)"), ("Datum", dshort(d))] + school),
              ("p", "Opmerking ouder: voor gezien getekend, wij willen eerst nog een gesprek met de ib'er.")]
    elif c == "C_PROTEST":
        B += [("check", [(True, yes), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(d))] + school),
              ("p", "Opmerking ouder: getekend onder protest. Wij vinden de begeleiding te weinig en overwegen een klacht.")]
    elif c == "C_REFUSED":
        B += [("check", [(False, yes), (True, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(d))] + school),
              ("p", "Toelichting ouder: wij gaan niet akkoord. Wij willen niet dat %s voor de begeleiding uit de klas wordt gehaald en vragen eerst een second opinion." % p["vn"])]
    elif c == "C_PARTIAL":
        B += [("check", [(True, yes + " - gedeeltelijk"), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(d))] + school),
              ("p", "Ouders stemmen in met de doelen en de begeleiding, maar niet met de afwijking van het programma (punt 3). Daarover volgt een nieuw gesprek.")]
    elif c == "C_SCHOOL":
        B += [("check", [(False, yes), (False, no)]), ("sig", [("Naam ouder/verzorger", None), ("Handtekening ouder", None), ("Datum", None)] + school)]
    elif c == "C_UNTICKED":
        B += [("check", [(False, yes), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(d))] + school)]
    elif c == "C_BLANK":
        B += [("check", [(False, yes), (False, no)]), ("sig", [("Naam ouder/verzorger", None), ("Handtekening", None), ("Datum", None), ("Namens de school", None), ("Handtekening", None), ("Datum", None)])]
    elif c == "C_NODATE":
        B += [("check", [(True, yes), (False, no)]), ("sig", ouder + [("Handtekening", "w.g. " + p["ouder"]), ("Datum", None)] + school)]
    elif c == "C_ADULT":
        B = [("p", "%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel." % p["naam"]),
             ("check", [(True, "ik stem in met het handelingsdeel"), (False, "ik stem niet in")]),
             ("sig", [("Naam leerling", p["naam"]), ("Handtekening", "w.g. " + p["naam"]), ("Datum", dshort(d))] + school)]
    elif c == "C_CURATELE_SELF":
        B = [("p", "%s is meerderjarig. Voor %s is curatele uitgesproken; curator is %s." % (p["naam"], p["hem"], p["ouder2"])),
             ("check", [(True, "ik stem in met het handelingsdeel"), (False, "ik stem niet in")]),
             ("sig", [("Naam leerling", p["naam"]), ("Handtekening", "w.g. " + p["naam"]), ("Datum", dshort(d)),
                      ("Naam curator", None), ("Handtekening curator", None), ("Datum", None)] + school)]
    elif c == "C_CURATOR":
        B = [("p", "%s is meerderjarig en staat onder curatele. De curator, %s, beslist over het handelingsdeel." % (p["naam"], p["ouder2"])),
             ("check", [(True, "de curator stemt in met het handelingsdeel"), (False, "de curator stemt niet in")]),
             ("sig", [("Naam curator", p["ouder2"]), ("Handtekening", "w.g. " + p["ouder2"]), ("Datum", dshort(d)),
                      ("Gezien door leerling", "w.g. " + p["naam"])] + school)]
    else:
        raise ValueError(c)
    return B

def avg_blocks(p):
    return [("h", 2, "Toestemming gebruik beeldmateriaal en gegevens (AVG)"),
            ("p", "Ouders geven toestemming voor het gebruik van foto's van %s op de website en in de nieuwsbrief, en voor het delen van gegevens met de schoolfotograaf." % p["vn"]),
            ("check", [(True, "wel toestemming"), (False, "geen toestemming")]),
            ("sig", [("Naam ouder", p["ouder"]), ("Handtekening", "w.g. " + p["ouder"]), ("Datum", dshort(p["cons_d"]))])]

def consent_sec(B, spec, p, heads, style):
    c = spec.get("consent", "C_GIVEN")
    if c == "M":
        return
    if c == "C_AVG":
        B.extend(avg_blocks(p))
        return
    B.extend(heads)
    B.extend(consent(spec, p, style))

def rights_present_std(p):
    return ("Ouders moeten instemmen met het handelingsdeel; zonder instemming voert de school dit deel niet uit. "
            "Bent u het niet eens met het plan, bespreek dit dan eerst met de school. U kunt ook hulp vragen aan het "
            "ouder- en jeugdsteunpunt of een onderwijsconsulent (gratis). Binnen zes weken na vaststelling kunt u het "
            "geschil voorleggen aan de Geschillencommissie passend onderwijs.")

def adv(p):
    a = p["advies"]
    return a

# ---------------------------------------------------------------- A: SWV numbered, formal prose
def layout_A(spec, p):
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", p["swv"] + " - format OPP versie 2024-2"),
         ("h", 1, "1. Gegevens van de leerling"),
         ("kv", [("Naam", p["naam"]), ("Geboortedatum", dshort(p["geb"])), ("School", p["school"] + ", " + p["plaats"]),
                 ("Groep/klas", p["klas"]), ("Intern begeleider", p["ib"])]),
         ("h", 1, "2. Aanleiding"),
         ("p", "%s heeft meer ondersteuning nodig dan de basisondersteuning van de school biedt. Daarom is dit ontwikkelingsperspectief opgesteld." % p["vn"]),
         ("h", 1, "3. Uitstroomperspectief")]
    sec(B, spec, "uitstroombestemming", [("h", 2, "3.1 Verwachte uitstroombestemming")],
        lambda: [("p", "Wij verwachten dat %s uitstroomt naar: %s." % (p["vn"], p["dest"]))], p)
    sec(B, spec, "onderbouwing", [("h", 2, "3.2 Onderbouwing van het perspectief")],
        lambda: [("p", "Dit perspectief baseren wij op de volgende gegevens: %s. Gezien deze ontwikkeling achten wij het perspectief haalbaar en passend." % p["onder"])], p)
    B.append(("h", 1, "4. Beeld van de leerling"))
    sec(B, spec, "belemmerende_factoren", [("h", 2, "4.1 Belemmerende factoren")],
        lambda: [("p", "Belemmerend voor de ontwikkeling van %s zijn: %s." % (p["vn"], "; ".join(p["bel"])))], p)
    sec(B, spec, "bevorderende_factoren", [("h", 2, "4.2 Bevorderende factoren")],
        lambda: [("p", "In positieve zin valt op: %s. Hierop bouwen wij in de begeleiding voort." % "; ".join(p["bev"]))], p)
    sec(B, spec, "ondersteuningsbehoefte", [("h", 2, "4.3 Onderwijs- en ondersteuningsbehoeften")],
        lambda: [("p", "%s heeft behoefte aan: %s. De school kan hierin voorzien met de ondersteuning uit hoofdstuk 5." % (p["vn"], "; ".join(p["beh"])))], p)
    B.append(("h", 1, "5. Handelingsdeel"))
    sec(B, spec, "doelen", [("h", 2, "5.1 Doelen voor deze periode")],
        lambda: [("p", "Aan het eind van deze periode geldt: " + "; ".join("%s %s" % (p["vn"], d) for d in p["doelen"]) + ".")], p)
    sec(B, spec, "ondersteuning", [("h", 2, "5.2 Ondersteuning en begeleiding")],
        lambda: [("p", " ".join("%s verzorgt %s, %s, %s." % (cap(s[1]), s[0], s[2], s[3]) for s in p["steun"]))], p)
    sec(B, spec, "afwijkingen_onderwijsprogramma", [("h", 2, "5.3 Afwijkingen van het reguliere programma")],
        lambda: [("p", "Voor %s geldt %s. Deze afwijking is met ouders besproken." % (p["vn"], p["afw"]))], p,
        na=[("p", "Er wordt niet afgeweken van het reguliere onderwijsprogramma.")])
    a = adv(p)
    sec(B, spec, "adviezen_professionals", [("h", 1, "6. Adviezen van externe deskundigen")],
        lambda: [("p", "Advies van %s: %s. De school doet hiermee het volgende: %s." % (a[0], a[1], a[2]))], p)
    sec(B, spec, "inbreng_leerling", [("h", 1, "7. Inbreng van de leerling")],
        lambda: [("p", "In een gesprek met de mentor op %s gaf %s aan: %s %s. Dit heeft het plan als volgt beïnvloed: %s." % (dlong(p["oogo_d"]), p["vn"], p["hij"], p["inbreng"][0], p["inbreng"][1]))], p,
        na=[("p", "Niet van toepassing: %s is meerderjarig en is zelf partij bij dit plan." % p["vn"])] if spec.get("adult") else None)
    sec(B, spec, "oogo", [("h", 1, "8. Overleg met ouders (OOGO)")],
        lambda: [("p", "Het ontwikkelingsperspectief is op %s besproken met %s en %s (ouders), %s (mentor) en %s (intern begeleider). Hun opmerkingen zijn in dit plan verwerkt." % (dlong(p["oogo_d"]), p["ouder"], p["ouder2"], p["mentor"], p["ib"]))] if not spec.get("adult") else
        [("p", "Het plan is op %s besproken met %s zelf, in aanwezigheid van %s (mentor)." % (dlong(p["oogo_d"]), p["naam"], p["mentor"]))], p)
    sec(B, spec, "evaluatie", [("h", 1, "9. Evaluatie en bijstelling")],
        lambda: [("p", "Het plan wordt tussentijds geëvalueerd op %s en jaarlijks bijgesteld (uiterlijk %s), samen met ouders en %s." % (dlong(p["eval_d"]), dlong(p["eval_d2"]), p["vn"]))], p)
    sec(B, spec, "vaststelling", [("h", 1, "10. Vaststelling")],
        lambda: [("p", "Dit ontwikkelingsperspectief is vastgesteld op %s door %s, directeur." % (dlong(p["date"]), p["dir"]))]
        + ([("p", "Bijgesteld op %s na de evaluatie." % dlong(spec["revised"]))] if spec.get("revised") else []), p)
    consent_sec(B, spec, p, [("h", 1, "11. Instemming met het handelingsdeel")], "A")
    sec(B, spec, "informatie_rechten", [("h", 1, "12. Uw rechten als ouder")],
        lambda: [("p", rights_present_std(p))], p)
    return B

# ---------------------------------------------------------------- B: two-column table, terse notes, content controls
def layout_B(spec, p, cc=False):
    rows = []  # (label, el or None, value-fn)
    def add(label, el, fn, na=None):
        c = code_of(spec, el)
        if c == "M" or (c == "NA" and na is None):
            return
        if c == "P":
            rows.append((label, fn(), False))
        elif c == "NA":
            rows.append((label, na, False))
        elif c == "E":
            rows.append((label, "", False))
        elif c == "INS" and cc:
            rows.append((label, "Klik of tik om tekst in te voeren.", True))
        else:
            v = variant(spec, el, p)
            rows.append((label, v[0][1] if v else "", False))
    a = adv(p)
    add("Verwacht uitstroomniveau", "uitstroombestemming", lambda: p["dest"])
    add("Waarom dit niveau?", "onderbouwing", lambda: p["onder"])
    add("Wat belemmert", "belemmerende_factoren", lambda: " / ".join(p["bel"]))
    add("Wat helpt", "bevorderende_factoren", lambda: " / ".join(p["bev"]))
    add("Wat heeft de lln. nodig", "ondersteuningsbehoefte", lambda: " / ".join(p["beh"]))
    add("Doelen komende periode", "doelen", lambda: " | ".join(p["doelen"]))
    add("Afspraken ondersteuning (wat/wie/hoe vaak/vanaf)", "ondersteuning", lambda: " | ".join("%s - %s - %s - %s" % s for s in p["steun"]))
    add("Aangepast programma", "afwijkingen_onderwijsprogramma", lambda: p["afw"], na="nee, volgt het reguliere programma")
    add("Advies externen + wat doen we ermee", "adviezen_professionals", lambda: "%s: %s -> %s" % a)
    add("Stem van de leerling", "inbreng_leerling", lambda: "%s; aangepast: %s" % (p["inbreng"][0], p["inbreng"][1]),
        na="n.v.t. (lln. 18+, tekent zelf)" if spec.get("adult") else None)
    add("Gesprek met ouders", "oogo", lambda: "%s - aanwezig: ouders (%s), mentor %s, ib %s" % (dshort(p["oogo_d"]), p["ouder"], p["mentor"], p["ib"]))
    add("Evaluatiemoment", "evaluatie", lambda: "%s met ouders en lln.; jaarlijkse bijstelling vóór %s" % (dshort(p["eval_d"]), dshort(p["eval_d2"])))
    add("Vastgesteld door / op", "vaststelling", lambda: "%s (directeur), %s" % (p["dir"], dshort(p["date"])) + (" - bijgesteld %s" % dshort(spec["revised"]) if spec.get("revised") else ""))
    add("Bezwaar / vragen", "informatie_rechten", lambda: "Instemming ouders nodig voor handelingsdeel. Oneens? Eerst school; daarna onderwijsconsulent of ouder- en jeugdsteunpunt; Geschillencommissie passend onderwijs binnen 6 weken.")
    B = [("title", "OPP in het kort - %s" % p["school"]),
         ("kv", [("Leerling", p["naam"]), ("Geb.", dshort(p["geb"])), ("Klas", p["klas"]), ("Schooljaar", "%d-%d" % ((p["date"].year, p["date"].year + 1) if p["date"].month >= 8 else (p["date"].year - 1, p["date"].year)))])]
    if cc:
        B.append(("h", 2, "Onderdelen"))
        for lab, val, ph in rows:
            B.append(("cc", lab, val, ph))
    else:
        B.append(("table", ["Onderdeel", "Invulling"], [(l, v) for l, v, _ in rows]))
    consent_sec(B, spec, p, [("h", 2, "Akkoord ouders handelingsdeel")], "B")
    return B

# ---------------------------------------------------------------- C: domain table belemmerend/bevorderend
def layout_C(spec, p):
    B = [("title", "Ontwikkelingsperspectief (OPP) - %s" % p["naam"]),
         ("kv", [("School", p["school"]), ("Plaats", p["plaats"]), ("Geboren", dlong(p["geb"])), ("Groep", p["klas"])]),
         ("h", 1, "A. Perspectief")]
    sec(B, spec, "uitstroombestemming", [("h", 2, "Uitstroomprofiel")], lambda: [("p", p["dest"])], p)
    sec(B, spec, "onderbouwing", [("h", 2, "Argumentatie")], lambda: [("p", "Gebaseerd op: " + p["onder"] + ".")], p)
    B.append(("h", 1, "B. Analyse per domein"))
    cb, cv = code_of(spec, "belemmerende_factoren"), code_of(spec, "bevorderende_factoren")
    doms = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel"]
    def cell(code, el, i, items):
        if code == "P":
            return cap(items[i])
        if code == "E":
            return ""
        return variant(spec, el, p)[0][1] if i == 0 else ""
    header = ["Domein"] + (["Belemmerend"] if cb != "M" else []) + (["Bevorderend"] if cv != "M" else [])
    rows = []
    for i, dname in enumerate(doms):
        r = [dname]
        if cb != "M": r.append(cell(cb, "belemmerende_factoren", i, p["bel"]))
        if cv != "M": r.append(cell(cv, "bevorderende_factoren", i, p["bev"]))
        rows.append(r)
    B.append(("table", header, rows))
    sec(B, spec, "ondersteuningsbehoefte", [("h", 2, "Onderwijsbehoeften")], lambda: [("bl", [b[0].upper() + b[1:] for b in p["beh"]])], p)
    a = adv(p)
    sec(B, spec, "adviezen_professionals", [("h", 2, "Inbreng deskundigen")],
        lambda: [("table", ["Deskundige", "Advies", "Uitvoering door school"], [list(a)])], p)
    B.append(("h", 1, "C. Handelingsdeel"))
    sec(B, spec, "doelen", [("h", 2, "Doelen (SMART)")], lambda: [("bl", ["%s %s" % (p["vn"], d) for d in p["doelen"]])], p)
    sec(B, spec, "ondersteuning", [("h", 2, "Aanpak")],
        lambda: [("table", ["Aanpak", "Wie", "Hoe vaak", "Vanaf"], [list(s) for s in p["steun"]])], p)
    sec(B, spec, "afwijkingen_onderwijsprogramma", [("h", 2, "Aanpassing programma")], lambda: [("p", cap(p["afw"]) + ".")], p,
        na=[("p", "Geen: het programma van de groep wordt gevolgd.")])
    sec(B, spec, "inbreng_leerling", [("h", 2, "Wat vindt de leerling?")],
        lambda: [("p", "%s %s. Verwerkt in dit plan: %s." % (p["vn"], p["inbreng"][0], p["inbreng"][1]))], p)
    B.append(("h", 1, "D. Procedure"))
    sec(B, spec, "oogo", [("h", 2, "Overleg ouders")], lambda: [("p", "Overleg op %s met %s en %s; school: %s, %s." % (dshort(p["oogo_d"]), p["ouder"], p["ouder2"], p["ib"], p["mentor"]))], p)
    sec(B, spec, "evaluatie", [("h", 2, "Evaluatie")], lambda: [("p", "Tussenevaluatie %s; jaarevaluatie %s (ouders, leerling en school)." % (dshort(p["eval_d"]), dshort(p["eval_d2"])))], p)
    sec(B, spec, "vaststelling", [("h", 2, "Vaststelling")], lambda: [("p", "Vastgesteld %s, %s (directie)." % (dshort(p["date"]), p["dir"]))] +
        ([("p", "Bijgesteld %s." % dshort(spec["revised"]))] if spec.get("revised") else []), p)
    consent_sec(B, spec, p, [("h", 2, "Instemming handelingsdeel")], "C")
    sec(B, spec, "informatie_rechten", [("h", 2, "Niet eens?")],
        lambda: [("p", "Zonder uw instemming voeren wij het handelingsdeel niet uit. Komen we er samen niet uit, dan kunt u terecht bij een onderwijsconsulent of het ouder- en jeugdsteunpunt, en binnen 6 weken bij de Geschillencommissie passend onderwijs.")], p)
    return B

# ---------------------------------------------------------------- D: groeidocument, OPP as chapter
def layout_D(spec, p):
    B = [("title", "Groeidocument"), ("p", "%s  |  %s  |  vertrouwelijk" % (p["school"], p["swv"])),
         ("h", 1, "1 Basisgegevens"), ("kv", [("Leerling", p["naam"]), ("Geboortedatum", dshort(p["geb"])), ("Groep/leerjaar", p["klas"]), ("Contactpersoon school", p["ib"])]),
         ("h", 1, "2 Schoolhistorie"), ("p", "%s zit sinds groep 1 op deze school. In %s is een onderzoek gedaan naar leren en gedrag." % (p["vn"], p["klas"])),
         ("h", 1, "3 Toets- en onderzoeksgegevens"), ("p", "Zie het overzicht uit het leerlingvolgsysteem hieronder."),
         ("table", ["Toets", "M", "E"], [["Rekenen", "III", "IV"], ["Begrijpend lezen", "IV", "IV"], ["Spelling", "II", "III"]]),
         ("h", 1, "4 Ontwikkelingsperspectief")]
    sec(B, spec, "uitstroombestemming", [("h", 2, "4a Perspectief")], lambda: [("p", "Verwachte uitstroom: %s." % p["dest"])], p)
    sec(B, spec, "onderbouwing", [("h", 2, "4b Motivering")], lambda: [("p", "Motivering: %s." % p["onder"])], p)
    B.append(("h", 1, "5 Analyse"))
    sec(B, spec, "belemmerende_factoren", [("h", 2, "5a Risicofactoren (belemmerend)")], lambda: [("bl", p["bel"])], p)
    sec(B, spec, "bevorderende_factoren", [("h", 2, "5b Beschermende factoren")], lambda: [("bl", p["bev"])], p)
    sec(B, spec, "ondersteuningsbehoefte", [("h", 1, "6 Wat heeft %s nodig?" % p["vn"])], lambda: [("bl", p["beh"])], p)
    B.append(("h", 1, "7 Handelingsdeel"))
    sec(B, spec, "doelen", [("h", 2, "7a Streefdoelen")], lambda: [("bl", p["doelen"])], p)
    sec(B, spec, "ondersteuning", [("h", 2, "7b Begeleidingsafspraken")], lambda: [("bl", ["%s: %s, %s (%s)" % (s[1], s[0], s[2], s[3]) for s in p["steun"]])], p)
    sec(B, spec, "afwijkingen_onderwijsprogramma", [("h", 2, "7c Aanpassingen in het lesprogramma")], lambda: [("bl", [p["afw"]])], p,
        na=[("p", "Niet van toepassing; geen aanpassingen in het lesprogramma.")])
    a = adv(p)
    sec(B, spec, "adviezen_professionals", [("h", 1, "8 Externe betrokkenen en hun adviezen")],
        lambda: [("bl", ["Betrokken: " + a[0], "Advies: " + a[1], "Wat de school ermee doet: " + a[2]])], p)
    sec(B, spec, "inbreng_leerling", [("h", 1, "9 Wat vindt %s er zelf van?" % p["vn"])],
        lambda: [("bl", ["%s %s" % (p["Hij"], p["inbreng"][0]), "Wat we daarmee doen: " + p["inbreng"][1]])], p,
        na=[("p", "%s is 18 jaar en handelingsbekwaam; %s is zelf gesprekspartner en ondertekent het plan." % (p["vn"], p["hij"]))] if spec.get("adult") else None)
    sec(B, spec, "oogo", [("h", 1, "10 Afstemming met ouders")],
        lambda: [("p", "Gesprek gevoerd op %s. Aanwezig: %s, %s, %s." % (dlong(p["oogo_d"]), p["ouder"] if not spec.get("adult") else p["naam"] + " (leerling, 18 jaar)", p["ib"], p["mentor"]))], p)
    sec(B, spec, "evaluatie", [("h", 1, "11 Cyclus en evaluatie")],
        lambda: [("bl", ["Tussenevaluatie: " + dlong(p["eval_d"]), "Jaarlijkse evaluatie met ouders en leerling: " + dlong(p["eval_d2"])])], p)
    B.append(("h", 1, "12 Ondertekening"))
    sec(B, spec, "vaststelling", [], lambda: [("kv", [("OPP vastgesteld op", dlong(p["date"])), ("Door", p["dir"] + " (directeur)")] +
        ([("Laatste bijstelling", dlong(spec["revised"]))] if spec.get("revised") else []))], p)
    consent_sec(B, spec, p, [("h", 2, "Instemming handelingsdeel (hoofdstuk 7)")], "D")
    sec(B, spec, "informatie_rechten", [("h", 2, "Als u het niet eens bent")],
        lambda: [("p", rights_present_std(p))], p)
    return B

# ---------------------------------------------------------------- F: question headings, warm tone
def layout_F(spec, p):
    vn = p["vn"]
    B = [("title", "Het plan voor %s" % vn),
         ("p", "Ontwikkelingsperspectief van %s, %s, %s (%s)." % (p["naam"], p["klas"], p["school"], p["plaats"]))]
    sec(B, spec, "uitstroombestemming", [("h", 2, "Waar gaat %s naartoe na deze school?" % vn)], lambda: [("p", "We verwachten: %s." % p["dest"])], p)
    sec(B, spec, "onderbouwing", [("h", 2, "Waarom denken we dat?")], lambda: [("p", "Dat zien we aan het volgende: %s." % p["onder"])], p)
    sec(B, spec, "belemmerende_factoren", [("h", 2, "Wat maakt het lastig?")], lambda: [("bl", p["bel"])], p)
    sec(B, spec, "bevorderende_factoren", [("h", 2, "Waar is %s goed in en wat helpt?" % vn)], lambda: [("bl", p["bev"])], p)
    sec(B, spec, "ondersteuningsbehoefte", [("h", 2, "Wat heeft %s nodig om te leren?" % vn)], lambda: [("p", "Om goed te kunnen leren heeft %s nodig: %s." % (vn, ", ".join(p["beh"])))], p)
    sec(B, spec, "ondersteuning", [("h", 2, "Hoe gaan we helpen?")], lambda: [("bl", ["%s geeft %s, %s, %s." % (cap(s[1]), s[0], s[2], s[3]) for s in p["steun"]])], p)
    sec(B, spec, "afwijkingen_onderwijsprogramma", [("h", 2, "Is het lesprogramma anders dan voor de klas?")], lambda: [("p", "Ja: %s." % p["afw"])], p,
        na=[("p", "Nee, %s volgt hetzelfde programma als de klas." % vn)])
    sec(B, spec, "doelen", [("h", 2, "Wat willen we bereiken?")], lambda: [("bl", ["%s %s" % (vn, d) for d in p["doelen"]])], p)
    a = adv(p)
    sec(B, spec, "adviezen_professionals", [("h", 2, "Wat zeggen de deskundigen?")], lambda: [("p", "%s adviseert: %s. Op school betekent dat: %s." % (cap(a[0]), a[1], a[2]))], p)
    sec(B, spec, "inbreng_leerling", [("h", 2, "Wat zegt %s zelf?" % vn)], lambda: [("p", "%s %s. Daarom: %s." % (vn, p["inbreng"][0], p["inbreng"][1]))], p)
    sec(B, spec, "oogo", [("h", 2, "Hebben we het samen besproken?")], lambda: [("p", "Ja, op %s met %s, %s en %s." % (dlong(p["oogo_d"]), p["ouder"], p["mentor"], p["ib"]))], p)
    sec(B, spec, "evaluatie", [("h", 2, "Wanneer kijken we terug?")], lambda: [("p", "Rond %s kijken we samen met u en %s hoe het gaat; elk jaar (vóór %s) stellen we het plan opnieuw vast." % (dlong(p["eval_d"]), vn, dlong(p["eval_d2"])))], p)
    sec(B, spec, "vaststelling", [("h", 2, "Wie heeft het plan vastgesteld?")], lambda: [("p", "%s, directeur, op %s." % (cap(p["dir"]), dlong(p["date"])))], p)
    consent_sec(B, spec, p, [("h", 2, "Gaat u akkoord?")], "F")
    sec(B, spec, "informatie_rechten", [("h", 2, "En als u het er niet mee eens bent?")],
        lambda: [("p", "Het handelingsdeel gaat alleen door als u ermee instemt. Praat eerst met ons. Lukt dat niet, dan helpt een onderwijsconsulent of het ouder- en jeugdsteunpunt u verder. U kunt binnen zes weken ook naar de Geschillencommissie passend onderwijs.")], p)
    return B

# ---------------------------------------------------------------- G: letter style
def layout_G(spec, p):
    vn = p["vn"]
    B = [("p", p["school"]), ("p", ("%s, %s" % (p["plaats"], dlong(p["date"]))) if code_of(spec, "vaststelling") == "P" else p["plaats"]),
         ("p", "Aan de ouders/verzorgers van %s" % p["naam"]),
         ("p", "Betreft: ontwikkelingsperspectief van %s" % vn),
         ("p", "Beste ouders/verzorgers,"),
         ("p", "Zoals besproken ontvangt u hierbij het ontwikkelingsperspectief van %s. In deze brief zetten wij op een rij wat wij verwachten en wat wij gaan doen." % vn)]
    H = lambda t: [("h", 2, t)]
    sec(B, spec, "uitstroombestemming", H("Ons verwachtingsbeeld"), lambda: [("p", "Na deze school verwachten wij voor %s de volgende bestemming: %s." % (vn, p["dest"]))], p)
    sec(B, spec, "onderbouwing", H("Waar wij dat op baseren"), lambda: [("p", "Wij baseren ons op %s." % p["onder"])], p)
    sec(B, spec, "belemmerende_factoren", H("Wat het leren moeilijker maakt"), lambda: [("p", "Het leren van %s wordt lastiger door het volgende: %s." % (vn, ", ".join(p["bel"][:-1]) + " en " + p["bel"][-1]))], p)
    sec(B, spec, "bevorderende_factoren", H("Wat meehelpt"), lambda: [("p", "Gelukkig zien wij ook veel wat helpt: %s." % ", ".join(p["bev"]))], p)
    sec(B, spec, "ondersteuningsbehoefte", H("Wat %s van ons nodig heeft" % vn), lambda: [("p", "%s is gebaat bij %s." % (vn, ", ".join(p["beh"])))], p)
    sec(B, spec, "doelen", H("Wat wij willen bereiken"), lambda: [("p", "Samen met u hebben wij de volgende doelen gekozen: " + "; ".join(p["doelen"]) + ".")], p)
    sec(B, spec, "ondersteuning", H("Hoe wij dat aanpakken"), lambda: [("p", " ".join("Vanaf %s krijgt %s %s van %s (%s)." % (s[3].replace("vanaf ", ""), vn, s[0], s[1], s[2]) for s in p["steun"]))], p)
    sec(B, spec, "afwijkingen_onderwijsprogramma", H("Aanpassingen in het programma"), lambda: [("p", "Daarnaast is afgesproken: %s." % p["afw"])], p,
        na=[("p", "%s volgt verder het gewone programma van de klas; er zijn geen afwijkingen." % vn)])
    a = adv(p)
    sec(B, spec, "adviezen_professionals", H("Advies van buiten de school"), lambda: [("p", "Wij hebben advies gekregen van %s: %s. Dat nemen wij over: %s." % (a[0], a[1], a[2]))], p)
    sec(B, spec, "inbreng_leerling", H("Wat %s zelf vindt" % vn), lambda: [("p", "Wij hebben ook met %s zelf gepraat. %s %s. Dat hebben wij meegenomen: %s." % (vn, p["Hij"], p["inbreng"][0], p["inbreng"][1]))], p)
    sec(B, spec, "oogo", H("Ons gesprek"), lambda: [("p", "Wij hebben dit plan op %s met u besproken (aanwezig: %s, %s en %s)." % (dlong(p["oogo_d"]), p["ouder"], p["mentor"], p["ib"]))], p)
    sec(B, spec, "evaluatie", H("Hoe verder"), lambda: [("p", "Op %s nodigen wij u en %s uit om te bespreken hoe het gaat; één keer per jaar stellen wij het plan bij." % (dlong(p["eval_d"]), vn))], p)
    sec(B, spec, "informatie_rechten", H("Uw instemming en uw rechten"), lambda: [("p", "Voor de afspraken over de begeleiding (het handelingsdeel) hebben wij uw instemming nodig. Bent u het ergens niet mee eens, laat het ons weten. Komen wij er niet uit, dan kunt u gratis advies vragen bij het ouder- en jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken de Geschillencommissie passend onderwijs inschakelen.")], p)
    B.append(("p", "Met vriendelijke groet,"))
    sec(B, spec, "vaststelling", [], lambda: [("p", "%s, directeur - het ontwikkelingsperspectief is vastgesteld op %s" % (p["dir"], dlong(p["date"])))], p)
    if code_of(spec, "vaststelling") != "P":
        B.append(("p", "%s, mentor" % p["mentor"]))
    consent_sec(B, spec, p, [("h", 2, "Strook retour")], "G")
    return B

# ---------------------------------------------------------------- H: system export
def layout_H(spec, p):
    kv = [("Leerling", "%s (%s)" % (p["naam"], dshort(p["geb"]))), ("Instelling", p["school"] + ", " + p["plaats"]), ("Groep/klas", p["klas"]), ("Dossierhouder", p["ib"])]
    B = [("title", "OPP - export"), ("kv", kv)]
    def f(el, lab, fn, na=None):
        c = code_of(spec, el)
        if c == "M" or (c == "NA" and na is None):
            return
        if c == "P": v = fn()
        elif c == "NA": v = na
        elif c == "E": v = "[leeg]"
        else:
            vb = variant(spec, el, p, wrap=lambda s: ("p", "<" + s + ">"))
            v = vb[0][1] if vb else "[leeg]"
        B.append(("h", 2, lab))
        B.append(("p", v))
    a = adv(p)
    f("uitstroombestemming", "UITSTROOMBESTEMMING (VERWACHT)", lambda: p["dest"])
    f("onderbouwing", "ONDERBOUWING UITSTROOM", lambda: p["onder"])
    f("belemmerende_factoren", "FACTOREN - BELEMMEREND", lambda: "; ".join(p["bel"]))
    f("bevorderende_factoren", "FACTOREN - STIMULEREND", lambda: "; ".join(p["bev"]))
    f("ondersteuningsbehoefte", "ONDERWIJSBEHOEFTEN", lambda: "; ".join(p["beh"]))
    f("doelen", "DOELEN HANDELINGSDEEL", lambda: "; ".join("(%d) %s" % (i + 1, d) for i, d in enumerate(p["doelen"])))
    f("ondersteuning", "INTERVENTIES", lambda: "; ".join("%s [uitvoerder: %s; frequentie: %s; start: %s]" % s for s in p["steun"]))
    f("afwijkingen_onderwijsprogramma", "AFWIJKING ONDERWIJSPROGRAMMA", lambda: p["afw"], na="Geen afwijking")
    f("adviezen_professionals", "EXTERNE ADVIEZEN", lambda: "Bron: %s. Advies: %s. Opvolging school: %s." % a)
    f("inbreng_leerling", "HOORRECHT LEERLING", lambda: "Mening: %s. Effect op plan: %s." % p["inbreng"])
    f("oogo", "OOGO", lambda: "Datum: %s; deelnemers: %s, %s, %s" % (dshort(p["oogo_d"]), p["ouder"], p["mentor"], p["ib"]))
    f("evaluatie", "EVALUATIE", lambda: "Gepland: %s (tussentijds), %s (jaarlijks, met ouders en leerling)" % (dshort(p["eval_d"]), dshort(p["eval_d2"])))
    f("vaststelling", "VASTSTELLING", lambda: "Datum: %s; door: %s" % (dshort(p["date"]), p["dir"]) + ("; bijgesteld: %s" % dshort(spec["revised"]) if spec.get("revised") else ""))
    consent_sec(B, spec, p, [("h", 2, "ONDERTEKENING HANDELINGSDEEL")], "H")
    f("informatie_rechten", "INFORMATIE VOOR OUDERS", lambda: "U heeft instemmingsrecht op het handelingsdeel. Bij onenigheid: school, onderwijsconsulent, ouder- en jeugdsteunpunt; Geschillencommissie passend onderwijs (termijn 6 weken na vaststelling).")
    return B

# ---------------------------------------------------------------- E: short fillable form (fields)
def layout_E(spec, p):
    """returns list of ('field', label, value, lines) ('cb', label, checked) ('static', text) ('head', text)"""
    F = [("head", "Beknopt OPP - %s" % p["swv"]), ("field", "Naam leerling", p["naam"], 1), ("field", "School / groep", "%s / %s" % (p["school"], p["klas"]), 1)]
    def fld(el, lab, fn, lines=2, na=None):
        c = code_of(spec, el)
        if c == "M" or (c == "NA" and na is None):
            return
        if c == "P": v = fn()
        elif c == "NA": v = na
        elif c == "E": v = ""
        else:
            vb = variant(spec, el, p, wrap=lambda s: ("p", s))
            v = vb[0][1] if vb else ""
        F.append(("field", lab, v, lines))
    a = adv(p)
    fld("uitstroombestemming", "Uitstroomniveau", lambda: p["dest"], 1)
    fld("onderbouwing", "Onderbouwing", lambda: p["onder"], 3)
    fld("bevorderende_factoren", "Stimulerende factoren", lambda: ", ".join(p["bev"]))
    fld("belemmerende_factoren", "Belemmerende factoren", lambda: ", ".join(p["bel"]))
    fld("ondersteuningsbehoefte", "Onderwijsbehoeften", lambda: ", ".join(p["beh"]))
    fld("doelen", "Doelen", lambda: "; ".join(p["doelen"]), 3)
    fld("ondersteuning", "Begeleiding (wat / wie / hoe vaak / vanaf)", lambda: "; ".join("%s / %s / %s / %s" % s for s in p["steun"]), 3)
    ca = code_of(spec, "afwijkingen_onderwijsprogramma")
    if ca == "NA":
        F.append(("cb", "Geen afwijking van het onderwijsprogramma", True))
    elif ca == "P":
        F.append(("cb", "Geen afwijking van het onderwijsprogramma", False)); F.append(("field", "Afwijking, namelijk", p["afw"], 1))
    elif ca == "E":
        F.append(("cb", "Geen afwijking van het onderwijsprogramma", False)); F.append(("field", "Afwijking, namelijk", "", 1))
    fld("adviezen_professionals", "Advies deskundigen en opvolging", lambda: "%s: %s. Opvolging: %s." % a, 2)
    fld("inbreng_leerling", "Mening leerling en wat ermee gedaan is", lambda: "%s %s. Gevolg: %s." % (p["vn"], p["inbreng"][0], p["inbreng"][1]), 2)
    fld("oogo", "Overleg ouders (datum, aanwezigen)", lambda: "%s; %s, %s" % (dshort(p["oogo_d"]), p["ouder"], p["ib"]), 1)
    fld("evaluatie", "Evaluatie (datum, met wie)", lambda: "%s met ouders en leerling" % dshort(p["eval_d"]), 1)
    fld("vaststelling", "Vastgesteld op / door", lambda: "%s / %s" % (dshort(p["date"]), p["dir"]), 1)
    c = spec.get("consent", "C_GIVEN")
    if c not in ("M", "C_AVG"):
        F.append(("head", "Instemming handelingsdeel"))
        who = "Ouder/verzorger"
        name = p["ouder"]
        if c == "C_CURATOR": who, name = "Curator", p["ouder2"]
        if c == "C_ADULT": who, name = "Leerling (18+)", p["naam"]
        F.append(("cb", "Akkoord met het handelingsdeel", c in ("C_GIVEN", "C_CURATOR", "C_ADULT", "C_NODATE", "C_PROTEST")))
        F.append(("cb", "Niet akkoord", c == "C_REFUSED"))
        if c in ("C_SCHOOL", "C_BLANK"):
            F += [("field", "Naam " + who.lower(), "", 1), ("field", "Handtekening " + who.lower(), "", 1), ("field", "Datum", "", 1)]
        else:
            F += [("field", "Naam " + who.lower(), name, 1), ("field", "Handtekening " + who.lower(), "w.g. " + name, 1),
                  ("field", "Datum", "" if c == "C_NODATE" else dshort(p["cons_d"]), 1)]
        if c == "C_PROTEST":
            F.append(("field", "Opmerking", "onder protest getekend", 1))
        F.append(("field", "Handtekening school", "" if c == "C_BLANK" else "w.g. " + p["dir"], 1))
    elif c == "C_AVG":
        F.append(("head", "Toestemming foto's en video (AVG)"))
        F += [("cb", "Ik geef toestemming voor foto's op de website", True), ("field", "Handtekening ouder", "w.g. " + p["ouder"], 1), ("field", "Datum", dshort(p["cons_d"]), 1)]
    if code_of(spec, "informatie_rechten") == "P":
        F.append(("static", "Instemming van ouders is nodig voor het handelingsdeel. Niet eens? Bespreek het met school; hulp: onderwijsconsulent of ouder- en jeugdsteunpunt; binnen 6 weken: Geschillencommissie passend onderwijs."))
    elif code_of(spec, "informatie_rechten") != "M":
        vb = variant(spec, "informatie_rechten", p, wrap=lambda s: ("p", s))
        F.append(("static", "Rechten ouders: " + (vb[0][1] if vb else "")))
    return F

LAYOUTS = {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D, "F": layout_F, "G": layout_G, "H": layout_H}
LAYOUT_NAMES = {"A": "swv-genummerd", "B": "twee-kolom-kort", "C": "domeintabel", "D": "groeidocument",
                "E": "beknopt-formulier", "F": "vraagkoppen", "G": "briefvorm", "H": "systeemexport"}
