# -*- coding: utf-8 -*-
"""Layouts: turn a Doc into a list of blocks.
Blocks: ("title",t) ("sub",t) ("h",lvl,t) ("p",t) ("bullets",[..]) ("table",rows,header)
        ("checks",[(label,bool)]) ("field",label,value,multiline) ("pb",) ("small",t)
A table cell "~sig~" is a handwritten signature (drawn squiggle / '(handtekening)')."""
from content import T, gap, lang, kort, plus, SCHOOLS, SWV, SWV_VO, CUTOFF, MAAND

SIG = "~sig~"
DOMAINS = ["Leren", "Werkhouding en gedrag", "Sociaal-emotioneel en thuis"]


def get(doc, el, i=0):
    """('present', content) | ('gap', text) | ('missing', None) | ('na', text)"""
    if doc.kind == "blank":
        if doc.ov.get(el) == "missing":
            return ("missing", None)
        return ("gap", doc.ov.get(el + ":blank", ""))
    mode, var = doc.show(el)
    if mode == "missing":
        return ("missing", None)
    if mode == "na":
        return ("na", None)
    if mode == "gap":
        if var == "unticked":
            return ("gap", "")
        return ("gap", gap(doc, el, var, i))
    return ("present", T(doc, el))


def as_text(c):
    if isinstance(c, list):
        if c and isinstance(c[0], tuple):
            return "; ".join(f"{a} ({b}, {h}, vanaf {v})" for a, b, h, v in c)
        return "; ".join(c)
    return c


NA_TXT = {"afwijkingen_onderwijsprogramma": "Geen afwijkingen: de leerling volgt het reguliere onderwijsprogramma van de groep/klas."}


def sec(B, doc, el, heading, lvl=2, mode="p", na_text=None):
    k, c = get(doc, el)
    if k == "missing":
        return
    if heading:
        B.append(("h", lvl, heading))
    if k == "na":
        B.append(("p", na_text or NA_TXT.get(el, "n.v.t.")))
        return
    if k == "gap":
        if c:
            B.append(("p", c))
        elif mode == "table" and el == "ondersteuning":
            B.append(("table", [["Wat", "Wie", "Hoe vaak", "Vanaf"], ["", "", "", ""], ["", "", "", ""]], True))
        return
    if mode == "bullets" and isinstance(c, list):
        B.append(("bullets", c))
    elif mode == "table" and el == "ondersteuning":
        B.append(("table", [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [list(r) for r in c], True))
    else:
        B.append(("p", as_text(c)))


def afw(doc):
    k, c = get(doc, "afwijkingen_onderwijsprogramma")
    if doc.afw == "na" and k == "na":
        return ("na", None)
    return (k, c)


def school_lines(doc):
    if doc.st == "none":
        return ("", "", "")
    return SCHOOLS[doc.st]


def pupil_table(doc, extra=()):
    s, place, bestuur = school_lines(doc)
    p = doc.p
    blank = doc.kind == "blank"
    rows = [["Naam leerling", "" if blank else p["naam"]],
            ["Geboortedatum", "" if blank else kort(p["geb"])],
            ["School", "" if blank else f"{s}, {place}"],
            ["Groep / klas", "" if blank else {"po": "groep 6", "sbo": "groep Uilen (bovenbouw)", "so": "groep SO-3", "vo": "klas 2 vmbo-tl", "pro": "leerjaar 3", "vso": "klas VSO-4"}[doc.st]]]
    rows += [list(r) for r in extra]
    return ("table", rows, False)


def parent_rows(doc):
    return [["Ouder/verzorger", doc.mother], ["Ouder/verzorger", doc.father]]


# ---------------------------------------------------------------- consent
def consent_blocks(doc, style):
    """Blocks for the consent part, by style and variant."""
    v = doc.consent
    B = []
    if doc.kind == "blank":
        if style in ("formfield",):
            B.append(("checks", [("Ouders gaan akkoord met het handelingsdeel", False), ("Ouders gaan niet akkoord", False)]))
            B.append(("field", "Naam ouder/verzorger", "", False))
            B.append(("field", "Datum", "", False))
            return B
        B.append(("p", "Ouders/verzorgers verklaren in te stemmen met het handelingsdeel van dit OPP."))
        B.append(("table", [["", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger 1", "", "", ""], ["Ouder/verzorger 2", "", "", ""], ["Namens de school", "", "", ""]], True))
        return B
    if v == "missing":
        return B
    d = doc.date
    sd = kort(plus(d, 3))
    vn = doc.p["vn"]
    vs_ok = get(doc, "vaststelling")[0] == "present"
    school_d = kort(d) if vs_ok else ""  # the school's own date appears only where the plan shows its vaststelling
    if v == "other_only":
        if style == "portal":
            B.append(("h", 3, "Toestemmingen"))
            B.append(("table", [["Toestemming", "Status", "Datum", "Door"],
                                ["Gegevensuitwisseling (AVG) met samenwerkingsverband", "Akkoord", kort(plus(d, -200)), doc.mother],
                                ["Gebruik beeldmateriaal", "Akkoord", kort(plus(d, -200)), doc.mother]], True))
        else:
            B.append(("h", 3, "Toestemming gegevensuitwisseling (AVG)"))
            B.append(("checks", [("Ouders geven toestemming om gegevens uit te wisselen met het samenwerkingsverband en externe deskundigen", True),
                                 ("Ouders geven toestemming voor het gebruik van foto's op de website", True)]))
            B.append(("p", f"Naam ouder: {doc.mother}    Datum: {sd}"))
        return B
    if style == "portal":
        status = {"present": f"Akkoord (digitaal gegeven via ouderportaal) op {sd} 19:42 door {doc.mother}",
                  "pending": "In afwachting van reactie ouders (verzonden " + sd + ")"}.get(v)
        if v == "present" or v == "pending":
            B.append(("h", 3, "Instemming handelingsdeel"))
            B.append(("table", [["Instemming ouders handelingsdeel", status], ["Verzonden aan", doc.mother]], False))
        return B
    if style == "curator":
        B.append(("h", 3, "Instemming met het handelingsdeel"))
        B.append(("p", f"{vn} is meerderjarig en staat onder curatele. De curator stemt namens {doc.p['hem']} in met het handelingsdeel. {vn} heeft het plan ook zelf besproken en ondertekend voor gezien."))
        B.append(("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Curator", doc.curator, sd, SIG],
                            ["Leerling (voor gezien)", doc.p["naam"], sd, SIG], ["Namens de school", doc.director, school_d, SIG]], True))
        return B
    if style == "pupil18":
        B.append(("h", 3, "Instemming met het handelingsdeel"))
        if v == "present":
            B.append(("p", f"{vn} is 18 jaar en handelingsbekwaam en beslist daarom zelf over het handelingsdeel."))
            B.append(("checks", [("Ik ga akkoord met het handelingsdeel van mijn OPP", True), ("Ik ga niet akkoord", False)]))
            B.append(("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Leerling", doc.p["naam"], sd, SIG], ["Namens de school", doc.director, school_d, SIG]], True))
        elif v == "refused":
            B.append(("p", f"{vn} is 18 jaar en handelingsbekwaam en beslist daarom zelf over het handelingsdeel."))
            B.append(("checks", [("Ik ga akkoord met het handelingsdeel van mijn OPP", False), ("Ik ga niet akkoord", True)]))
            B.append(("p", "Toelichting: ik wil niet naar een stage in een magazijn, ik wil in de keuken werken."))
            B.append(("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Leerling", doc.p["naam"], sd, SIG], ["Namens de school", doc.director, school_d, SIG]], True))
        elif v == "pupil_only_curatele":
            B.append(("checks", [("Ik ga akkoord met het handelingsdeel van mijn OPP", True), ("Ik ga niet akkoord", False)]))
            B.append(("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Leerling", doc.p["naam"], sd, SIG],
                                ["Curator / wettelijk vertegenwoordiger", "", "", ""], ["Namens de school", doc.director, school_d, SIG]], True))
        return B
    if style in ("tickbox", "formfield", "sdtcheck"):
        B.append(("h", 3, "Instemming ouders met het handelingsdeel"))
        ticked = {"present": (True, False), "unticked": (False, False), "refused": (False, True)}.get(v, (False, False))
        B.append(("checks", [("Ouders gaan akkoord met het handelingsdeel van het OPP", ticked[0]),
                             ("Ouders gaan niet akkoord met het handelingsdeel van het OPP", ticked[1])]))
        filled = v == "present"
        B.append(("field", "Naam ouder/verzorger", doc.mother if filled else "", False))
        B.append(("field", "Datum", sd if filled else "", False))
        return B
    if style == "replyslip":
        B.append(("pb",))
        B.append(("p", "- - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - -"))
        B.append(("h", 3, f"Antwoordstrook OPP {doc.p['naam']} (graag binnen twee weken terug naar school)"))
        B.append(("p", f"Ondergetekende, ouder/verzorger van {doc.p['naam']}:"))
        tick = {"present": (True, False, False), "refused": (False, True, False), "partial": (False, False, True)}.get(v, (False, False, False))
        B.append(("checks", [("gaat akkoord met het handelingsdeel van het ontwikkelingsperspectiefplan", tick[0]),
                             ("gaat niet akkoord met het handelingsdeel", tick[1]),
                             ("gaat gedeeltelijk akkoord, namelijk:", tick[2])]))
        if v == "partial":
            B.append(("p", "Akkoord met de begeleiding en de doelen, NIET akkoord met het aangepaste rooster (verkorte schooldagen)."))
        if v == "refused":
            B.append(("p", "Toelichting: wij willen eerst een gesprek met de directeur over de uitstroombestemming."))
        if v == "slip_blank":
            B.append(("table", [["Naam", ""], ["Datum", ""], ["Handtekening", ""]], False))
        else:
            B.append(("table", [["Naam", doc.mother], ["Datum", sd], ["Handtekening", SIG]], False))
        return B
    # sigtable / separate
    if style == "separate":
        B.append(("pb",))
        B.append(("h", 2, "Instemmingsformulier handelingsdeel ontwikkelingsperspectief"))
        B.append(("p", f"Leerling: {doc.p['naam']}, geboortedatum {kort(doc.p['geb'])}." + (f" Plan vastgesteld op {school_d}." if vs_ok else "")))
    else:
        B.append(("h", 3, "Instemming ouders met het handelingsdeel"))
    intro = {"voor_gezien": "Ondertekening:", "onder_protest": "Ondertekening:"}.get(v, "Ouders/verzorgers verklaren in te stemmen met het handelingsdeel van dit OPP.")
    B.append(("p", intro))
    hdr = ["", "Naam", "Datum", "Handtekening"]
    school = ["Namens de school", doc.director, school_d, SIG]
    if v in ("present", "voor_gezien", "onder_protest"):
        rows = [hdr, ["Ouder/verzorger 1", doc.mother, sd, SIG], ["Ouder/verzorger 2", doc.father, sd, SIG], school]
    elif v == "school_only":
        rows = [hdr, ["Ouder/verzorger 1", "", "", ""], ["Ouder/verzorger 2", "", "", ""], school]
    elif v == "blank_line":
        rows = [hdr, ["Ouder/verzorger 1", "", "", ""], ["Ouder/verzorger 2", "", "", ""], ["Namens de school", "", "", ""]]
    elif v == "no_date":
        rows = [hdr, ["Ouder/verzorger 1", doc.mother, "", SIG], school]
    else:
        rows = [hdr, ["Ouder/verzorger 1", doc.mother, sd, SIG], school]
    B.append(("table", rows, True))
    if v == "voor_gezien":
        B.append(("p", "Handgeschreven bij de handtekening van de ouders: \"voor gezien\"."))
    if v == "onder_protest":
        B.append(("p", "Opmerking ouders: wij tekenen onder protest. Wij zijn het niet eens met het uitstroomprofiel dagbesteding en willen dat arbeid wordt onderzocht."))
    return B


# ---------------------------------------------------------------- layouts
def factor_rows(doc):
    kb, cb = get(doc, "belemmerende_factoren")
    kv, cv = get(doc, "bevorderende_factoren")
    hdr = ["Domein"]
    if kb != "missing":
        hdr.append("Belemmerende factoren")
    if kv != "missing":
        hdr.append("Bevorderende factoren")
    rows = [hdr]
    for i, dom in enumerate(DOMAINS):
        r = [dom]
        if kb != "missing":
            r.append(cb[i].split(": ", 1)[1] if kb == "present" else (cb if i == 0 else ""))
        if kv != "missing":
            r.append(cv[i] if kv == "present" else (cv if i == 0 else ""))
        rows.append(r)
    return rows


def L_groeidocument(doc):
    B = []
    vn = doc.p["vn"]
    B.append(("title", "Groeidocument"))
    B.append(("sub", f"{SWV_VO if doc.st in ('vo','pro') else SWV} — Deel C: Ontwikkelingsperspectiefplan (OPP)"))
    if doc.kind == "blank":
        B.append(("small", "Instructie: vul alle onderdelen in. Het handelingsdeel (hoofdstuk 6) vraagt instemming van ouders."))
    B.append(("h", 2, "1. Gegevens leerling en school"))
    B.append(pupil_table(doc, [["Datum opstellen", "" if doc.kind == "blank" else kort(plus(doc.date, -21))], ["Ingevuld door", "" if doc.kind == "blank" else "intern begeleider mevr. L. Akkerman"]]))
    B.append(("h", 2, "2. Beeld van de leerling: belemmerende en bevorderende factoren"))
    B.append(("table", factor_rows(doc), True))
    sec(B, doc, "ondersteuningsbehoefte", "3. Onderwijs- en ondersteuningsbehoeften")
    B.append(("h", 2, "4. Ontwikkelingsperspectief"))
    sec(B, doc, "uitstroombestemming", "4.1 Te verwachten uitstroombestemming", 3)
    sec(B, doc, "onderbouwing", "4.2 Onderbouwing", 3)
    sec(B, doc, "adviezen_professionals", "5. Adviezen van deskundigen")
    B.append(("h", 2, "6. Handelingsdeel"))
    sec(B, doc, "doelen", "6.1 Doelen voor de komende periode", 3, "bullets")
    sec(B, doc, "ondersteuning", "6.2 Te bieden ondersteuning en begeleiding", 3, "table")
    sec(B, doc, "afwijkingen_onderwijsprogramma", "6.3 Afwijkingen van het onderwijsprogramma", 3)
    sec(B, doc, "inbreng_leerling", f"7. Inbreng van de leerling" + ("" if doc.kind == "blank" else f": wat vindt {vn} zelf?"))
    sec(B, doc, "evaluatie", "8. Evaluatie")
    B.append(("h", 2, "9. Overleg met ouders en instemming"))
    sec(B, doc, "oogo", "9.1 Op overeenstemming gericht overleg", 3)
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    sec(B, doc, "informatie_rechten", "9.3 Niet eens met het OPP?", 3)
    sec(B, doc, "vaststelling", "10. Vaststelling")
    doc.footer = "Groeidocument " + (SWV_VO if doc.st in ('vo', 'pro') else SWV) + " — format 2025-2026 versie 3"
    return B


def L_vso(doc):
    B = []
    vn = doc.p["vn"]
    s, place, bestuur = school_lines(doc)
    B.append(("title", f"Ontwikkelingsperspectiefplan VSO"))
    B.append(("sub", f"{s}, {place} — {bestuur}"))
    B.append(pupil_table(doc, [["Leeftijd", f"{doc.age} jaar"] ] + ([["Wettelijke vertegenwoordiging", f"curatele; curator: {doc.curator}"]] if doc.curatele else [])))
    B.append(("h", 2, "A. Uitstroomprofiel en leerroute"))
    k, c = get(doc, "uitstroombestemming")
    if k == "present":
        prof = {"arbeid": 1, "dagbesteding": 2, "vervolg": 0}[doc.profile]
        B.append(("checks", [("Vervolgonderwijs", prof == 0), ("Arbeidsmarktgericht", prof == 1), ("Dagbesteding", prof == 2)]))
        B.append(("field", "Toelichting uitstroombestemming", c, True))
    elif k == "gap":
        B.append(("checks", [("Vervolgonderwijs", False), ("Arbeidsmarktgericht", False), ("Dagbesteding", False)]))
        B.append(("field", "Toelichting uitstroombestemming", c, True))
    lr = {"arbeid": "Leerroute 2 (arbeid)", "dagbesteding": "Leerroute 1 (dagbesteding)", "vervolg": "Leerroute 3 (diplomagericht)"}[doc.profile]
    B.append(("field", "Leerroute", lr if k == "present" else "", False))
    k, c = get(doc, "onderbouwing")
    if k != "missing":
        B.append(("field", "Onderbouwing uitstroomprofiel", c, True))
    B.append(("h", 2, "B. Leerlingbeeld"))
    for el, lab in [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren (sterke kanten)"), ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")]:
        k, c = get(doc, el)
        if k != "missing":
            B.append(("field", lab, as_text(c) if k == "present" else c, True))
    B.append(("h", 2, "C. Advies commissie voor de begeleiding en andere deskundigen"))
    k, c = get(doc, "adviezen_professionals")
    if k != "missing":
        B.append(("field", "Advies", c, True))
    B.append(("h", 2, "D. Handelingsdeel"))
    k, c = get(doc, "doelen")
    if k != "missing":
        B.append(("field", "Doelen (leerlijnen, stage, zelfstandigheid)", as_text(c) if k == "present" else c, True))
    sec(B, doc, "ondersteuning", "Ondersteuning en begeleiding", 3, "table")
    k, c = afw(doc)
    if k == "na":
        B.append(("field", "Afwijkingen van het onderwijsprogramma", "Geen", False))
    elif k != "missing":
        B.append(("field", "Afwijkingen van het onderwijsprogramma", c, True))
    B.append(("h", 2, "E. Betrokkenheid"))
    if doc.adult_party:
        B.append(("p", f"{vn} is meerderjarig en handelingsbekwaam. {vn} is zelf gesprekspartner; de ouders zijn met {doc.p['zijn']} toestemming betrokken."))
    k, c = get(doc, "inbreng_leerling")
    if k != "missing":
        B.append(("field", f"Wat vindt {vn} zelf en wat hebben we daarmee gedaan?", c, True))
    k, c = get(doc, "oogo")
    if k != "missing":
        B.append(("field", "Overleg over het plan (datum, aanwezigen)", c, True))
    k, c = get(doc, "evaluatie")
    if k != "missing":
        B.append(("field", "Evaluatie", c, True))
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    sec(B, doc, "informatie_rechten", "Bezwaar en geschillen", 3)
    k, c = get(doc, "vaststelling")
    if k != "missing":
        B.append(("field", "Vaststelling", c, False))
    doc.footer = f"OPP VSO {doc.p['naam']} — vertrouwelijk"
    return B


def L_pro(doc):
    B = []
    vn = doc.p["vn"]
    s, place, bestuur = school_lines(doc)
    B.append(("title", "Individueel Ontwikkelingsplan (IOP)"))
    B.append(("sub", f"{s} te {place} — praktijkonderwijs. Dit IOP bevat het ontwikkelingsperspectief (OPP)."))
    B.append(pupil_table(doc, [["Mentor", "dhr. K. Voskuilen"], ["Stage", "Hoveniersbedrijf Groenrijk, Dalmerveen (2 dagen per week)"]]))
    B.append(("h", 2, "Deel 1 Wie ben ik?"))
    B.append(("p", f"{vn} is een rustige leerling die het liefst buiten werkt. {doc.p['hij'].capitalize()} woont met moeder en twee broers in Dalmerveen."))
    sec(B, doc, "bevorderende_factoren", "Waar ben ik goed in? (bevorderende factoren)", 3, "bullets")
    sec(B, doc, "belemmerende_factoren", "Wat vind ik moeilijk? (belemmerende factoren)", 3, "bullets")
    sec(B, doc, "inbreng_leerling", "Mijn eigen mening over mijn plan", 3)
    B.append(("h", 2, "Deel 2 Ontwikkelingsperspectief"))
    sec(B, doc, "uitstroombestemming", "Uitstroombestemming", 3)
    sec(B, doc, "onderbouwing", "Onderbouwing", 3)
    sec(B, doc, "adviezen_professionals", "Adviezen van deskundigen", 3)
    B.append(("h", 2, "Deel 3 Handelingsdeel"))
    sec(B, doc, "ondersteuningsbehoefte", "Wat heb ik nodig?", 3)
    sec(B, doc, "doelen", "Mijn doelen dit schooljaar", 3, "bullets")
    sec(B, doc, "ondersteuning", "Begeleiding op school en op stage", 3, "table")
    sec(B, doc, "afwijkingen_onderwijsprogramma", "Afwijkingen van het programma", 3)
    B.append(("h", 2, "Deel 4 Afspraken met ouders"))
    sec(B, doc, "oogo", "Gesprek over het plan", 3)
    sec(B, doc, "evaluatie", "Evaluatie", 3)
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    sec(B, doc, "informatie_rechten", "Rechten van ouders", 3)
    sec(B, doc, "vaststelling", "Vaststelling", 3)
    doc.footer = f"IOP {s} — schooljaar {doc.date.year if doc.date.month>=8 else doc.date.year-1}-{(doc.date.year if doc.date.month>=8 else doc.date.year-1)+1}"
    return B


def L_export(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    vn = doc.p["vn"]
    B.append(("title", "Edurix LVS — Rapportage: Ontwikkelingsperspectief"))
    B.append(("sub", f"Export {kort(plus(doc.date, 5))} 08:15 | {s} ({place}) | Leerling-ID 40{doc.n:02d}73{doc.n*7%10}"))
    B.append(("table", [["Leerling", doc.p["naam"]], ["Geboortedatum", kort(doc.p["geb"])], ["Groep/klas", {"po": "6B", "sbo": "Bovenbouw 2", "so": "SO-B3", "vo": "2T3", "pro": "PRO-3", "vso": "VSO-5A"}[doc.st]],
                        ["Zorgniveau", "4 (OPP)"], ["Status OPP", "Vastgesteld" if get(doc, "vaststelling")[0] == "present" else "Concept"]], False))
    rows = [["Veld", "Waarde"]]

    def f(el, lab):
        k, c = get(doc, el)
        if k == "missing":
            return
        if k == "na":
            rows.append([lab, "Geen"])
            return
        rows.append([lab, as_text(c)])
    f("uitstroombestemming", "OPP.Uitstroombestemming")
    f("onderbouwing", "OPP.Onderbouwing")
    f("belemmerende_factoren", "OPP.BelemmerendeFactoren")
    f("bevorderende_factoren", "OPP.BevorderendeFactoren")
    f("ondersteuningsbehoefte", "OPP.Onderwijsbehoeften")
    f("adviezen_professionals", "OPP.AdviesDeskundigen")
    B.append(("h", 2, "Ontwikkelingsperspectief"))
    B.append(("table", rows, True))
    B.append(("h", 2, "Handelingsdeel"))
    rows = [["Veld", "Waarde"]]
    f("doelen", "HD.Doelen")
    f("ondersteuning", "HD.Ondersteuning")
    if doc.afw == "na":
        rows.append(["HD.AfwijkingProgramma", "Geen"])
    else:
        f("afwijkingen_onderwijsprogramma", "HD.AfwijkingProgramma")
    f("inbreng_leerling", "HD.InbrengLeerling")
    f("evaluatie", "HD.Evaluatie")
    B.append(("table", rows, True))
    B.append(("h", 2, "Overleg en instemming"))
    rows = [["Veld", "Waarde"]]
    f("oogo", "Overleg.OuderGesprek")
    f("informatie_rechten", "Overleg.InformatieRechten")
    f("vaststelling", "Overleg.Vaststelling")
    B.append(("table", rows, True))
    B += consent_blocks(doc, doc.cstyle or "portal")
    doc.footer = f"Edurix LVS v8.4.2 — afgedrukt op {kort(plus(doc.date, 5))} door ib-{doc.n:02d} — vertrouwelijk, niet verspreiden"
    return B


def L_beknopt(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    B.append(("title", "Beknopt OPP"))
    B.append(("sub", f"{s or '[naam school]'} — ontwikkelingsperspectief in één oogopslag"))
    blank = doc.kind == "blank"
    B.append(("field", "Naam leerling", "" if blank else doc.p["naam"], False))
    B.append(("field", "Geboortedatum", "" if blank else kort(doc.p["geb"]), False))
    items = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
             ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak)"),
             ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("doelen", "Doelen"),
             ("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Mening leerling + wat ermee gedaan"),
             ("oogo", "Besproken met ouders (datum, wie)"), ("evaluatie", "Evaluatie met ouders"),
             ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vastgesteld (datum, door)")]
    for el, lab in items:
        k, c = get(doc, el)
        if el == "afwijkingen_onderwijsprogramma" and doc.afw == "na" and k == "na":
            B.append(("field", lab, "geen", False))
            continue
        if k == "missing":
            continue
        B.append(("field", lab, as_text(c) if k == "present" else c, True))
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    doc.footer = "Beknopt OPP — model " + (SWV_VO if doc.st in ("vo", "pro") else SWV)
    return B


def L_brief(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    p = doc.p
    vn = p["vn"]
    B.append(("p", f"{s}\nPostbus 1{doc.n:02d}4\n{place}"))
    if doc.adult_party:
        B.append(("p", f"Aan {p['naam']}\nLindelaan {doc.n+3}\n{place}"))
    else:
        B.append(("p", f"Aan de ouders/verzorgers van {p['naam']}\nLindelaan {doc.n+3}\n{place}"))
    B.append(("p", f"{place}, {lang(plus(doc.date, 1))}\nBetreft: ontwikkelingsperspectiefplan (OPP) van {vn if not doc.adult_party else 'jou'}"))
    B.append(("p", "Beste " + (vn if doc.adult_party else "ouders/verzorgers") + ","))
    you = "jij" if doc.adult_party else "u"
    k, c = get(doc, "oogo")
    if k == "present":
        B.append(("p", c.replace("Het ontwikkelingsperspectief is", f"Zoals {you} weet, hebben we het ontwikkelingsperspectief") .replace("besproken met", "besproken met") .replace("; de opmerkingen", ". De opmerkingen")))
    elif k == "gap":
        B.append(("p", c))
    B.append(("p", f"In deze brief vatten we het plan samen. {'Je' if doc.adult_party else 'U'} vindt de afspraken hieronder."))
    k, c = get(doc, "uitstroombestemming")
    k2, c2 = get(doc, "onderbouwing")
    if k != "missing":
        B.append(("p", (c if k == "present" else "Uitstroombestemming: " + c) + (" " + c2 if k2 == "present" else (" Onderbouwing: " + c2 if k2 == "gap" else ""))))
    kb, cb = get(doc, "belemmerende_factoren")
    kv, cv = get(doc, "bevorderende_factoren")
    if kv != "missing":
        B.append(("p", f"Wat goed gaat en {vn} helpt: " + (", ".join(x.lower() for x in cv) + "." if kv == "present" else cv)))
    if kb != "missing":
        B.append(("p", f"Wat {vn} belemmert: " + ("; ".join(x.lower() for x in cb) + "." if kb == "present" else cb)))
    k, c = get(doc, "ondersteuningsbehoefte")
    if k != "missing":
        B.append(("p", (c if k == "present" else "Onderwijsbehoeften: " + c)))
    k, c = get(doc, "adviezen_professionals")
    if k != "missing":
        B.append(("p", "Adviezen: " + c))
    B.append(("p", "Het handelingsdeel: wat gaan we doen?"))
    k, c = get(doc, "doelen")
    if k == "present":
        B.append(("bullets", c))
    elif k == "gap":
        B.append(("p", "Doelen: " + c))
    sec(B, doc, "ondersteuning", None, 3, "table")
    k, c = afw(doc)
    if k == "na":
        B.append(("p", f"{vn} volgt het gewone programma; er zijn geen afwijkingen."))
    elif k != "missing":
        B.append(("p", c))
    k, c = get(doc, "inbreng_leerling")
    if k != "missing":
        B.append(("p", c))
    k, c = get(doc, "evaluatie")
    if k != "missing":
        B.append(("p", c))
    k, c = get(doc, "informatie_rechten")
    if k != "missing":
        if doc.adult_party and k == "present":
            c = c.replace("Ouders hebben", "Je hebt als meerderjarige leerling zelf").replace("bespreek dit dan", "bespreek dit dan").replace("U kunt", "Je kunt").replace("kunt u", "kun je").replace("Bent u", "Ben je")
        B.append(("p", c))
    if doc.adult_party:
        B.append(("p", f"Wil je het handelingsdeel ondertekenen en het onderste deel voor {lang(plus(doc.date, 15))} inleveren bij je mentor?"))
    else:
        B.append(("p", f"Wij vragen u het antwoordstrookje voor {lang(plus(doc.date, 15))} in te leveren."))
    k, c = get(doc, "vaststelling")
    B.append(("p", "Met vriendelijke groet,\n\n" + doc.director + "\ndirecteur"))
    if k == "present":
        B.append(("p", f"Het plan is door de directeur vastgesteld op {lang(doc.date)}."))
    elif k == "gap":
        B.append(("p", c))
    B += consent_blocks(doc, doc.cstyle or "replyslip")
    doc.footer = f"{s} | {place} | www.{s.split()[-1].lower().strip(',')}-school.nl"
    return B


def L_genummerd(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    p = doc.p
    vn = p["vn"]
    B.append(("title", f"Ontwikkelingsperspectiefplan {p['naam']}"))
    B.append(("sub", f"{s}, {place}"))
    par = [0]

    def P(el, lead):
        k, c = get(doc, el)
        if el == "afwijkingen_onderwijsprogramma":
            k, c = afw(doc)
            if k == "na":
                par[0] += 1
                B.append(("p", f"{par[0]}. {lead} Er zijn geen afwijkingen van het onderwijsprogramma."))
                return
        if k == "missing":
            return
        par[0] += 1
        txt = as_text(c) if k == "present" else c
        B.append(("p", f"{par[0]}. {lead} {txt}".rstrip()))
    par[0] += 1
    B.append(("p", f"{par[0]}. Dit plan gaat over {p['naam']}, geboren op {lang(p['geb'])}, leerling van {s}."))
    if doc.revised:
        B.append(("p", f"Oorspronkelijk vastgesteld op {lang(doc.date)}; herzien op {lang(doc.revised)} na de tussenevaluatie."))
    P("uitstroombestemming", "Uitstroom.")
    P("onderbouwing", "Waarom deze verwachting.")
    P("belemmerende_factoren", "Wat het leren belemmert:")
    P("bevorderende_factoren", "Wat het leren bevordert:")
    P("ondersteuningsbehoefte", "Wat de leerling nodig heeft.")
    P("adviezen_professionals", "Adviezen van deskundigen.")
    P("doelen", "Doelen voor de komende periode:")
    P("ondersteuning", "De school biedt de volgende ondersteuning:")
    P("afwijkingen_onderwijsprogramma", "Onderwijsprogramma.")
    P("inbreng_leerling", f"Inbreng van {vn}.")
    P("oogo", "Overleg met ouders.")
    P("evaluatie", "Evaluatie.")
    P("informatie_rechten", "Rechten van ouders.")
    P("vaststelling", "Vaststelling.")
    if doc.revised and get(doc, "vaststelling")[0] == "present":
        B.append(("p", f"De herziene versie is vastgesteld op {lang(doc.revised)} door {doc.director}."))
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    doc.footer = f"OPP {p['naam']} — pagina-opmaak {s}"
    return B


def L_vragen(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    p = doc.p
    vn = p["vn"]
    B.append(("title", f"Het OPP van {vn}"))
    B.append(("sub", f"{s} — {place}"))
    B.append(pupil_table(doc))
    sec(B, doc, "uitstroombestemming", f"Waar gaat {vn} na deze school naartoe?", 2)
    sec(B, doc, "onderbouwing", "Waarom denken we dat?", 2)
    sec(B, doc, "bevorderende_factoren", f"Wat helpt {vn}?", 2, "bullets")
    sec(B, doc, "belemmerende_factoren", f"Wat maakt leren moeilijk voor {vn}?", 2, "bullets")
    sec(B, doc, "ondersteuningsbehoefte", f"Wat heeft {vn} nodig?", 2)
    sec(B, doc, "adviezen_professionals", "Wat adviseren deskundigen, en wat doen we ermee?", 2)
    sec(B, doc, "doelen", "Wat willen we bereiken?", 2, "bullets")
    sec(B, doc, "ondersteuning", "Wie helpt, hoe vaak en vanaf wanneer?", 2, "table")
    sec(B, doc, "afwijkingen_onderwijsprogramma", f"Wijkt het programma van {vn} af?", 2,
        na_text=f"Nee. {vn} volgt het programma van de groep.")
    sec(B, doc, "inbreng_leerling", f"Wat vindt {vn} zelf?", 2)
    sec(B, doc, "oogo", "Wanneer hebben we het plan samen besproken?", 2)
    sec(B, doc, "evaluatie", "Wanneer kijken we samen terug?", 2)
    if doc.consent not in ("missing", "other_only"):
        B.append(("h", 2, "Gaat u akkoord?"))
    B += consent_blocks(doc, doc.cstyle or "tickbox")
    sec(B, doc, "informatie_rechten", "Wat als u het er niet mee eens bent?", 2)
    sec(B, doc, "vaststelling", "Wanneer is het plan vastgesteld?", 2)
    doc.footer = f"OPP {p['naam']}"
    return B


def L_domeinen(doc):
    B = []
    s, place, bestuur = school_lines(doc)
    p = doc.p
    B.append(("title", "Ontwikkelingsperspectief (OPP)"))
    B.append(("sub", f"{s}, {place} — format {SWV}"))
    B.append(pupil_table(doc))
    B.append(("h", 2, "Analyse per domein"))
    kb, cb = get(doc, "belemmerende_factoren")
    kv, cv = get(doc, "bevorderende_factoren")
    for i, dom in enumerate(DOMAINS):
        B.append(("h", 3, dom))
        rows = [["Belemmerend", "Bevorderend"]]
        b = cb[i].split(": ", 1)[1] if kb == "present" else (cb if (kb == "gap" and i == 0) else "")
        v = cv[i] if kv == "present" else (cv if (kv == "gap" and i == 0) else "")
        rows.append([b, v])
        B.append(("table", rows, True))
    sec(B, doc, "ondersteuningsbehoefte", "Onderwijsbehoeften", 2)
    sec(B, doc, "adviezen_professionals", "Adviezen deskundigen" + (" / commissie voor de begeleiding" if doc.st in ("so", "vso") else ""), 2)
    B.append(("h", 2, "Perspectief"))
    if doc.st == "vso":
        k, c = get(doc, "uitstroombestemming")
        if k == "present":
            prof = {"arbeid": 1, "dagbesteding": 2, "vervolg": 0}[doc.profile]
            B.append(("checks", [("Vervolgonderwijs", prof == 0), ("Arbeidsmarktgericht", prof == 1), ("Dagbesteding", prof == 2)]))
            B.append(("p", c))
    else:
        sec(B, doc, "uitstroombestemming", "Uitstroombestemming", 3)
    sec(B, doc, "onderbouwing", "Onderbouwing", 3)
    B.append(("h", 2, "Handelingsdeel"))
    sec(B, doc, "doelen", "Doelen", 3, "bullets")
    sec(B, doc, "ondersteuning", "Aanpak en begeleiding", 3, "table")
    sec(B, doc, "afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", 3)
    sec(B, doc, "inbreng_leerling", "Inbreng leerling", 3)
    B.append(("h", 2, "Ouders"))
    sec(B, doc, "oogo", "Op overeenstemming gericht overleg", 3)
    sec(B, doc, "evaluatie", "Evaluatie", 3)
    B += consent_blocks(doc, doc.cstyle or "sigtable")
    sec(B, doc, "informatie_rechten", "Informatie over rechten", 3)
    sec(B, doc, "vaststelling", "Vaststelling", 3)
    doc.footer = f"OPP {p['naam']} — {s}"
    return B


def L_folder(doc):
    B = [("title", "Wat is een OPP?"), ("sub", f"Informatie voor ouders — {SWV}")]
    B.append(("p", "Heeft uw kind extra ondersteuning nodig? Dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. In deze folder leest u wat dat is en wat uw rol is."))
    B.append(("h", 2, "Wat staat er in een OPP?"))
    B.append(("bullets", ["de te verwachten uitstroombestemming van uw kind en de onderbouwing daarvan;",
                          "de belemmerende en bevorderende factoren;",
                          "welke ondersteuning en begeleiding de school biedt (het handelingsdeel);",
                          "eventuele afwijkingen van het onderwijsprogramma;",
                          "de mening van uw kind over het plan."]))
    B.append(("h", 2, "Uw rol als ouder"))
    B.append(("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Het OPP wordt minstens één keer per schooljaar met u en uw kind geëvalueerd."))
    B.append(("h", 2, "Niet eens?"))
    B.append(("p", "Neem eerst contact op met de school. Het ouder- en jeugdsteunpunt van het samenwerkingsverband denkt met u mee. Komt u er niet uit, dan kunt u binnen zes weken na de vaststelling terecht bij de Geschillencommissie passend onderwijs of een onderwijsconsulent inschakelen."))
    B.append(("small", f"Ouder- en jeugdsteunpunt {SWV}, Havenkade 12, Kreekhoven — folder versie september 2025"))
    doc.footer = SWV
    return B


def L_nieuwsbrief(doc):
    B = [("title", "Wilgenhoek Wijzer — nieuwsbrief oktober 2025"), ("sub", "OBS De Wilgenhoek, Kreekhoven")]
    B.append(("h", 2, "Van de directie"))
    B.append(("p", "De herfstvakantie staat voor de deur. In de afgelopen weken hebben we met veel ouders gesproken tijdens de startgesprekken. Dank voor uw betrokkenheid!"))
    B.append(("h", 2, "Nieuw: de leerling praat mee over het OPP"))
    B.append(("p", "Sinds 1 augustus 2025 hebben leerlingen met een ontwikkelingsperspectiefplan (OPP) hoorrecht: de school vraagt uw kind naar zijn of haar mening over het plan en schrijft op wat daarmee is gedaan. Onze intern begeleider, mevr. L. Akkerman, neemt contact op met de ouders van leerlingen met een OPP om de evaluatie te plannen."))
    B.append(("h", 2, "Agenda"))
    B.append(("table", [["Datum", "Activiteit"], ["17 oktober", "Studiedag, alle leerlingen vrij"], ["20-24 oktober", "Herfstvakantie"], ["5 november", "Schoolfotograaf"], ["14 november", "Inloopochtend OPP en passend onderwijs voor ouders"]], True))
    B.append(("h", 2, "Toestemming foto's"))
    B.append(("p", "Heeft u het formulier voor het gebruik van beeldmateriaal nog niet ingeleverd? Graag voor 1 november."))
    B.append(("h", 2, "Uit de medezeggenschapsraad"))
    B.append(("p", "De MR heeft ingestemd met het schoolondersteuningsprofiel 2025-2029. Het profiel staat op de website."))
    doc.footer = "Wilgenhoek Wijzer — jaargang 12, nummer 3"
    return B


LAYOUTS = {"swv-groeidocument": L_groeidocument, "vso-profiel": L_vso, "pro-iop": L_pro, "lvs-export": L_export,
           "beknopt": L_beknopt, "brief": L_brief, "genummerd": L_genummerd, "vragen": L_vragen,
           "domeintabel": L_domeinen, "folder": L_folder, "nieuwsbrief": L_nieuwsbrief}


def render(doc):
    doc.footer = ""
    return LAYOUTS[doc.layout](doc)
