# -*- coding: utf-8 -*-
"""Layouts: each turns a context c and element variants V into a list of blocks.
Block kinds: ('title',t) ('h',lvl,t) ('p',t) ('bul',[t]) ('table',rows,header) ('kv',[(k,v)])
('pb',) ('footer',t) ('cc',alias,text,is_placeholder) ('sigimg',seed,caption)"""
import datetime as dt
from content import text_for, d_nl, d_num, FACTORS, CUTOFF

X, O = "☒", "☐"


def paras(blocks, ps, bullets=False):
    if ps is None:
        return
    if not ps:
        blocks.append(("p", ""))
        return
    if bullets and len(ps) > 1:
        blocks.append(("bul", ps))
    else:
        for p in ps:
            blocks.append(("p", p))


def joined(ps):
    if ps is None:
        return None
    return " ".join(ps)


def signer(c):
    if c.get("adult"):
        return c["full"], "leerling (meerderjarig)"
    if c.get("curatele"):
        return c["curator"], "curator / wettelijk vertegenwoordiger"
    return c["ouder1"], "ouder/verzorger"


# ---------------------------------------------------------------------------------------------
def consent(var, c, style="table", img=False):
    """Consent section blocks. style: table | tick | digital | letter."""
    B = []
    nm, rol = signer(c)
    sd = d_num(c["sign"])
    vv = c.get("vast_var", "ok")
    school = (c["dir"], "directeur", d_num(c["date"]) if vv == "ok" else "", "w.g. " + c["dir"])
    wg = "w.g. " + nm
    if var == "absent":
        return B
    if var == "avgonly":
        B.append(("h", 2, "Toestemming beeldmateriaal (AVG)"))
        B.append(("p", f"{X} Ik geef toestemming voor het gebruik van foto's en video's van mijn kind op de schoolwebsite en in de nieuwsbrief."))
        B.append(("table", [["Naam", "Datum", "Handtekening"], [nm, sd, wg]], True))
        return B
    if var == "digital":
        B.append(("p", f"Instemming handelingsdeel: digitaal akkoord gegeven door {nm} ({rol}) via het ouderportaal op {sd} om 20:14 uur. Verificatiecode 7F3K-22QA."))
        return B
    if var == "letter":
        B.append(("p", f"Hierbij verklaar ik, {nm}, {rol} van {c['full']}, dat ik het ontwikkelingsperspectief heb ontvangen en besproken en dat ik instem met het handelingsdeel (de te bieden ondersteuning en begeleiding)."))
        B.append(("p", f"Plaats en datum: {c['town']}, {d_nl(c['sign'])}"))
        B.append(("p", "Handtekening: " + wg))
        return B
    if style == "ccbox":
        a = var in ("sig", "tick", "nodate", "protest", "voorgezien", "partial")
        B.append(("ccbox", a, "Ouder(s) gaan akkoord met het handelingsdeel"))
        B.append(("ccbox", var == "refused", "Ouder(s) gaan niet akkoord met het handelingsdeel"))
        filled = var not in ("unticked", "blank", "schoolonly")
        B.append(("kv", [("Naam " + rol, nm if filled else ""), ("Datum", sd if filled and var != "nodate" else ""),
                         ("Handtekening", wg if filled else "")]))
        return B
    if style == "tick" or var in ("tick", "unticked", "refused") and style != "table":
        a = X if var in ("tick", "sig", "sigimg", "protest", "voorgezien", "nodate", "partial") else O
        n = X if var == "refused" else O
        B.append(("p", f"{a} Ik ga akkoord met het handelingsdeel van het OPP"))
        B.append(("p", f"{n} Ik ga niet akkoord met het handelingsdeel van het OPP"))
        if var == "partial":
            B.append(("p", "Toelichting: akkoord met de extra begeleiding, NIET akkoord met de vrijstelling / het aangepaste rooster."))
        if var == "protest":
            B.append(("p", "Opmerking ouder: getekend onder protest, wij zijn het niet eens met de verwachte uitstroom."))
        if var == "voorgezien":
            B.append(("p", "Opmerking ouder: voor gezien."))
        if var in ("unticked", "blank", "schoolonly"):
            B.append(("kv", [("Naam " + rol, ""), ("Datum", ""), ("Handtekening", "")]))
        else:
            B.append(("kv", [("Naam " + rol, nm), ("Datum", "" if var == "nodate" else sd), ("Handtekening", wg)]))
            if img:
                B.append(("sigimg", c["i"], nm))
        return B
    # table style
    rows = [["Naam", "Rol", "Datum", "Handtekening"]]
    if var in ("sig", "tick", "sigimg"):
        rows.append([nm, rol, sd, "" if img else wg])
    elif var == "voorgezien":
        rows.append([nm, rol, sd, wg + " (voor gezien)"])
    elif var == "protest":
        rows.append([nm, rol, sd, wg + " - onder protest"])
    elif var == "refused":
        rows.append([nm, rol, sd, "niet getekend: ouders gaan niet akkoord"])
    elif var == "partial":
        rows.append([nm, rol, sd, wg + " *"])
    elif var in ("schoolonly", "blank", "unticked"):
        rows.append(["", rol, "", ""])
    elif var == "nodate":
        rows.append([nm, rol, "", wg])
    elif var == "wrongparty":
        rows.append([c["ouder1"], "ouder", sd, "w.g. " + c["ouder1"]])
        rows.append([c["full"], "leerling (meerderjarig)", "", ""])
    if var != "blank" and (vv != "absent" or var == "schoolonly"):
        rows.append(list(school))
    B.append(("p", "Voor akkoord met het handelingsdeel:"))
    B.append(("table", rows, True))
    if img and var in ("sig", "sigimg"):
        B.append(("sigimg", c["i"], nm))
    if var == "partial":
        B.append(("p", "* Ouders stemmen in met de begeleiding in de groep, maar niet met de vrijstelling voor Engels/Frans."))
    return B


# ---------------------------------------------------------------------------------------------
def head_data(c):
    return [("Naam leerling", c["full"]), ("Geboortedatum", d_num(c["dob"])), ("School", c["school"]),
            ("Groep/klas", c["groep"]), ("Mentor/leerkracht", c["mentor"]),
            ("Intern begeleider / zorgcoördinator", c["ib"])]


def L_numbered(c, V):
    """A: swv-numbered sections."""
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("p", f"{c['swv']} - format OPP versie 2025"), ("kv", head_data(c))]
    secs = [("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing van de uitstroombestemming"),
            ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"), ("adviezen_professionals", "Adviezen van deskundigen"),
            ("inbreng_leerling", "Inbreng van de leerling"), ("doelen", "Doelen voor de komende periode"),
            ("ondersteuning", "Handelingsdeel: te bieden ondersteuning en begeleiding"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
            ("evaluatie", "Evaluatie"), ("oogo", "Overleg met ouders (OOGO)")]
    n = 0
    for el, h in secs:
        ps = text_for(el, V[el], c)
        if ps is None:
            continue
        n += 1
        B.append(("h", 1, f"{n}. {h}"))
        paras(B, ps, bullets=True)
    n += 1
    B.append(("h", 1, f"{n}. Vaststelling en ondertekening"))
    paras(B, text_for("vaststelling", V["vaststelling"], c))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "table"), img=c.get("img", False))
    ps = text_for("informatie_rechten", V["informatie_rechten"], c)
    if ps is not None:
        B.append(("h", 2, "Uw rechten als ouder"))
        paras(B, ps)
    B.append(("footer", f"OPP {c['full']} - {c['school']} - vertrouwelijk"))
    return B


def factor_table(c, V):
    vb, vv = V["belemmerende_factoren"], V["bevorderende_factoren"]
    cols = ["Domein"]
    if vb != "absent":
        cols.append("Belemmerende factoren")
    if vv != "absent":
        cols.append("Bevorderende factoren")
    rows = [cols]
    for k, (d, b, v) in enumerate(c["factors"][:c["nf"]]):
        r = [d]
        for var, txt, el in ((vb, b, "belemmerende_factoren"), (vv, v, "bevorderende_factoren")):
            if var == "absent":
                continue
            if var == "ok":
                r.append(txt)
            elif var == "empty":
                r.append("")
            else:
                r.append(text_for(el, var, c)[0] if k == 0 else "")
        rows.append(r)
    return rows


def L_domain(c, V, blank=False):
    """B: per-domain table with belemmerend / bevorderend columns, tick boxes."""
    B = [("title", "OPP - Ontwikkelingsperspectief"), ("p", "School en plaats: ..........................." if blank else c["school"] + ", " + c["town"])]
    if blank:
        B.append(("kv", [(k, "") for k, _ in head_data(c)]))
    else:
        B.append(("kv", head_data(c)))
    B.append(("h", 1, "Deel A - Perspectief"))
    rows = [["Verwachte uitstroombestemming", joined(text_for("uitstroombestemming", V["uitstroombestemming"], c))],
            ["Onderbouwing", joined(text_for("onderbouwing", V["onderbouwing"], c))]]
    B.append(("table", [r for r in rows if r[1] is not None], False))
    B.append(("h", 1, "Deel B - Beeld van de leerling per domein"))
    B.append(("table", factor_table(c, V), True))
    ps = text_for("ondersteuningsbehoefte", V["ondersteuningsbehoefte"], c)
    if ps is not None:
        B.append(("h", 2, "Onderwijsbehoeften"))
        paras(B, ps)
    ps = text_for("adviezen_professionals", V["adviezen_professionals"], c)
    if ps is not None:
        B.append(("h", 2, "Adviezen externe deskundigen"))
        paras(B, ps, True)
    B.append(("h", 1, "Deel C - Handelingsdeel"))
    for el, h in (("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf wanneer)")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            B.append(("h", 2, h))
            paras(B, ps, True)
    va = V["afwijkingen_onderwijsprogramma"]
    if va != "absent":
        B.append(("h", 2, "Afwijking van het onderwijsprogramma"))
        if va == "geen":
            B.append(("p", f"{X} Nee, geen afwijkingen    {O} Ja, namelijk:"))
        elif va == "ok":
            B.append(("p", f"{O} Nee    {X} Ja, namelijk:"))
            B.append(("p", text_for("afwijkingen_onderwijsprogramma", "ok", c)[0]))
        else:
            B.append(("p", f"{O} Nee    {O} Ja, namelijk: " + joined(text_for("afwijkingen_onderwijsprogramma", va, c))))
    ps = text_for("inbreng_leerling", V["inbreng_leerling"], c)
    if ps is not None:
        B.append(("h", 2, "Wat vindt de leerling zelf?"))
        paras(B, ps)
    B.append(("h", 1, "Deel D - Afspraken en ondertekening"))
    kv = []
    for el, k in (("oogo", "OOGO met ouders (datum, aanwezigen)"), ("evaluatie", "Evaluatie (wanneer, met wie)"),
                  ("vaststelling", "Vastgesteld (datum, door)")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            kv.append((k, joined(ps)))
    B.append(("kv", kv))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "tick"), img=c.get("img", False))
    ps = text_for("informatie_rechten", V["informatie_rechten"], c)
    if ps is not None:
        B.append(("p", "Informatie over rechten van ouders: " + joined(ps)))
    return B


def L_groei(c, V):
    """C: groeidocument with the OPP as chapter 4."""
    B = [("title", f"Groeidocument {c['full']}"), ("p", f"{c['swv']} - groeidocument, versie {c['date'].year}")]
    B.append(("h", 1, "1. Gegevens"))
    B.append(("kv", head_data(c) + [("Ouders/verzorgers", c["ouders"]), ("Woonplaats", c["town"])]))
    B.append(("h", 1, "2. Hulpvraag en voorgeschiedenis"))
    B.append(("p", f"{c['vn']} zit sinds {c['start'].year - 3} op {c['school']}. In het afgelopen jaar is de zorg over de leervorderingen en de werkhouding toegenomen. De hulpvraag van school is: hoe kunnen wij {c['vn']} zo begeleiden dat {c['hij']} weer groei laat zien?"))
    B.append(("h", 1, "3. Beeld van de leerling"))
    B.append(("h", 2, "3.1 Stimulerende en belemmerende factoren"))
    rows = factor_table(c, V)
    B.append(("table", rows, True))
    ps = text_for("ondersteuningsbehoefte", V["ondersteuningsbehoefte"], c)
    if ps is not None:
        B.append(("h", 2, "3.2 Onderwijsbehoeften"))
        paras(B, ps)
    ps = text_for("adviezen_professionals", V["adviezen_professionals"], c)
    if ps is not None:
        B.append(("h", 2, "3.3 Wat adviseren de deskundigen?"))
        paras(B, ps, True)
    B.append(("pb",))
    B.append(("h", 1, "4. Ontwikkelingsperspectief (OPP)"))
    for el, h in (("uitstroombestemming", "4.1 Uitstroomperspectief"), ("onderbouwing", "4.2 Onderbouwing"),
                  ("doelen", "4.3 Doelen"), ("ondersteuning", "4.4 Handelingsdeel: ondersteuning"),
                  ("afwijkingen_onderwijsprogramma", "4.5 Afwijkingen van het onderwijsprogramma"),
                  ("inbreng_leerling", "4.6 Stem van de leerling")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            B.append(("h", 2, h))
            paras(B, ps, True)
    B.append(("h", 1, "5. Afspraken"))
    for el, h in (("oogo", "5.1 Gesprek met ouders"), ("evaluatie", "5.2 Evaluatie"),
                  ("vaststelling", "5.3 Vaststelling"), ("informatie_rechten", "5.4 Rechten van ouders")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            B.append(("h", 2, h))
            paras(B, ps)
    B.append(("h", 1, "6. Ondertekening"))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "table"), img=c.get("img", False))
    B.append(("footer", f"Groeidocument {c['swv']} | {c['full']}"))
    return B


def L_vso(c, V):
    """D: so/vso plan with uitstroomprofiel and bestemming."""
    t = "VSO" if c["stype"] == "vso" else "SO"
    B = [("title", f"Ontwikkelingsperspectief {t}"), ("p", f"{c['school']} - school voor {'voortgezet ' if t == 'VSO' else ''}speciaal onderwijs, {c['town']}")]
    hd = head_data(c)
    if c.get("adult"):
        hd.append(("Meerderjarig", f"ja (18+), handelingsbekwaam; {c['vn']} beslist zelf over dit plan"))
    if c.get("curatele"):
        hd.append(("Wettelijke vertegenwoordiging", f"{c['vn']} is meerderjarig en staat onder curatele; curator: {c['curator']}"))
    B.append(("kv", hd))
    vu = V["uitstroombestemming"]
    B.append(("h", 1, "1. Uitstroomprofiel en bestemming"))
    if vu == "ok" and c["stype"] == "vso":
        prof = c["dest"].split(":")[0]
        for p in ("vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"):
            B.append(("p", f"{X if p in prof else O} Uitstroomprofiel {p}"))
        B.append(("p", "Bestemming: " + c["dest"].split(":", 1)[1].strip()))
    else:
        if c["stype"] == "vso":
            for p in ("vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"):
                B.append(("p", f"{O} Uitstroomprofiel {p}"))
        ps = text_for("uitstroombestemming", vu, c)
        if ps is not None:
            B.append(("p", "Bestemming: " + joined(ps)))
    for el, h in (("onderbouwing", "2. Onderbouwing"), ("belemmerende_factoren", "3. Belemmerende factoren"),
                  ("bevorderende_factoren", "4. Bevorderende / beschermende factoren"),
                  ("ondersteuningsbehoefte", "5. Onderwijs- en ondersteuningsbehoeften"),
                  ("adviezen_professionals", "6. Advies commissie voor de begeleiding en deskundigen"),
                  ("doelen", "7. Doelen (leergebied, zelfredzaamheid, arbeid)"),
                  ("ondersteuning", "8. Handelingsdeel"),
                  ("afwijkingen_onderwijsprogramma", "9. Afwijkingen van het programma / onderwijstijd"),
                  ("inbreng_leerling", "10. Wat wil ik zelf? (inbreng leerling)"),
                  ("oogo", "11. Overleg"), ("evaluatie", "12. Evaluatie")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            B.append(("h", 1, h))
            paras(B, ps, True)
    B.append(("h", 1, "13. Vaststelling en instemming"))
    paras(B, text_for("vaststelling", V["vaststelling"], c))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "table"), img=c.get("img", False))
    ps = text_for("informatie_rechten", V["informatie_rechten"], c)
    if ps is not None:
        B.append(("p", joined(ps)))
    return B


def L_pro(c, V):
    """E: praktijkonderwijs individueel ontwikkelingsplan (IOP) with OPP part."""
    B = [("title", "Individueel Ontwikkelingsplan / OPP praktijkonderwijs"), ("p", c["school"] + " | " + c["town"]),
         ("kv", head_data(c) + [("Stageplek", c.get("stage", "interne stage kantine"))])]
    B.append(("h", 1, "Mijn toekomst"))
    ps = text_for("uitstroombestemming", V["uitstroombestemming"], c)
    if ps is not None:
        B.append(("p", "Uitstroomperspectief: " + joined(ps)))
    ps = text_for("onderbouwing", V["onderbouwing"], c)
    if ps is not None:
        B.append(("p", "Waarom verwachten we dit? " + joined(ps)))
    ps = text_for("inbreng_leerling", V["inbreng_leerling"], c)
    if ps is not None:
        B.append(("h", 2, "Dit vind ik zelf"))
        paras(B, ps)
    B.append(("h", 1, "Wat gaat goed en wat is lastig?"))
    rows = [["", "Wat helpt (bevorderend)", "Wat is lastig (belemmerend)"]]
    vb, vv = V["belemmerende_factoren"], V["bevorderende_factoren"]
    for k, (d, b, v) in enumerate(c["factors"][:c["nf"]]):
        def cell(var, txt, el):
            if var == "ok":
                return txt
            if var in ("empty", "absent"):
                return ""
            return text_for(el, var, c)[0] if k == 0 else ""
        rows.append([d, cell(vv, v, "bevorderende_factoren"), cell(vb, b, "belemmerende_factoren")])
    if vb == "absent":
        rows = [r[:2] for r in rows]
    if vv == "absent":
        rows = [[r[0]] + r[2:] for r in rows]
    B.append(("table", rows, True))
    for el, h in (("ondersteuningsbehoefte", "Wat heb ik nodig?"), ("doelen", "Mijn doelen (school, stage, wonen, vrije tijd)"),
                  ("ondersteuning", "Begeleiding (handelingsdeel)"), ("afwijkingen_onderwijsprogramma", "Aanpassingen in mijn programma"),
                  ("adviezen_professionals", "Adviezen van deskundigen"), ("oogo", "Besproken met ouders"),
                  ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten")):
        ps = text_for(el, V[el], c)
        if ps is not None:
            B.append(("h", 2, h))
            paras(B, ps, True)
    B.append(("h", 1, "Handtekeningen"))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "table"), img=c.get("img", False))
    return B


def L_prose(c, V):
    """F: mentor writes the plan as a letter in running prose."""
    def s(el, pre="", post=""):
        ps = text_for(el, V[el], c)
        if ps is None:
            return ""
        if not ps:
            return pre.strip() + " " + post
        return pre + " ".join(ps) + post
    B = [("p", c["school"]), ("p", f"{c['town']}, {d_nl(c['date'])}"), ("p", f"Aan {c['ouders']}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan van {c['full']} ({c['groep']})"), ("p", "Beste ouders,")]
    B.append(("p", f"Zoals besproken stuur ik u hierbij het ontwikkelingsperspectief van {c['vn']}. Ik heb het plan als brief geschreven, zodat het goed leesbaar is."))
    p1 = s("uitstroombestemming", f"Wij verwachten dat {c['vn']} na onze school uitstroomt naar: ", ".")
    p1 += " " + s("onderbouwing", "Waarom verwachten wij dit? ")
    B.append(("p", p1.strip()))
    bel = text_for("belemmerende_factoren", V["belemmerende_factoren"], c)
    bev = text_for("bevorderende_factoren", V["bevorderende_factoren"], c)
    if bev is not None:
        B.append(("p", (f"Wat goed gaat en {c['vn']} helpt: " + " ".join(bev)) if bev else "Wat goed gaat en helpt:"))
    if bel is not None:
        B.append(("p", (f"Wat het leren moeilijker maakt: " + " ".join(bel)) if bel else "Wat het leren moeilijker maakt:"))
    for el, pre in (("ondersteuningsbehoefte", ""), ("adviezen_professionals", "Van de deskundigen hebben we de volgende adviezen gekregen. "),
                    ("inbreng_leerling", f"Ook {c['vn']} zelf hebben we gevraagd. "),
                    ("doelen", "Voor de komende periode werken we aan deze doelen: "),
                    ("ondersteuning", "Concreet bieden wij de volgende ondersteuning: "),
                    ("afwijkingen_onderwijsprogramma", ""), ("oogo", ""), ("evaluatie", ""), ("informatie_rechten", ""),
                    ("vaststelling", "")):
        t = s(el, pre)
        if t:
            B.append(("p", t))
    B.append(("p", f"Met vriendelijke groet,\n{c['mentor']}, mentor"))
    cs = consent(V["instemming_ouders"], c, c.get("cstyle", "letter"), img=c.get("img", False))
    if cs:
        B.append(("p", "- - - - - - - - - - knip hier - - - - - - - - - - strookje terug naar school - - - - - - - - - -"))
        B += cs
    return B


def L_export(c, V):
    """H: system export, key/value lines, footers."""
    B = [("title", "LeerlingVolg Pro - export ontwikkelingsperspectief"),
         ("p", f"Export {d_num(c['date'] + dt.timedelta(days=3))} 08:31 | gebruiker: {c['ib'].split()[-1].lower()}01 | record OPP-{1000 + c['i']}")]
    B.append(("kv", [("Leerling", c["full"]), ("Leerlingnummer", str(48000 + 37 * c["i"])), ("Geboortedatum", d_num(c["dob"])),
                     ("Vestiging", c["school"]), ("Groep/klas", c["groep"])]))
    flds = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom"),
            ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
            ("ondersteuning", "Ondersteuning (handelingsdeel)"), ("afwijkingen_onderwijsprogramma", "Afwijking programma"),
            ("adviezen_professionals", "Advies externen"), ("inbreng_leerling", "Inbreng leerling"),
            ("oogo", "OOGO"), ("evaluatie", "Evaluatiemoment"), ("vaststelling", "Vastgesteld")]
    for el, k in flds:
        ps = text_for(el, V[el], c)
        if ps is None:
            continue
        B.append(("h", 2, k))
        if not ps:
            B.append(("p", "-"))
        else:
            paras(B, ps, True)
    B.append(("h", 2, "Instemming handelingsdeel"))
    cs = consent(V["instemming_ouders"], c, c.get("cstyle", "digital"), img=False)
    if not cs:
        B.append(("p", "Status: geen registratie"))
    B += cs
    ps = text_for("informatie_rechten", V["informatie_rechten"], c)
    if ps is not None:
        B.append(("h", 2, "Informatie ouders"))
        paras(B, ps)
    B.append(("footer", f"LeerlingVolg Pro 7.4.2 - afgedrukt door {c['ib']} - vertrouwelijk"))
    return B


def L_questions(c, V):
    """I: question headings."""
    B = [("title", f"OPP van {c['full']}"), ("p", f"{c['school']}, {c['groep']} - schooljaar {c['date'].year if c['date'].month >= 8 else c['date'].year - 1}-{(c['date'].year if c['date'].month >= 8 else c['date'].year - 1) + 1}")]
    qs = [("uitstroombestemming", f"Waar gaat {c['vn']} naartoe na deze school?"), ("onderbouwing", "Waarom denken we dat?"),
          ("bevorderende_factoren", f"Wat gaat goed bij {c['vn']}?"), ("belemmerende_factoren", "Wat maakt het lastig?"),
          ("ondersteuningsbehoefte", f"Wat heeft {c['vn']} nodig?"), ("inbreng_leerling", f"Wat zegt {c['vn']} zelf?"),
          ("doelen", "Wat willen we bereiken?"), ("ondersteuning", "Wie doet wat, en hoe vaak?"),
          ("afwijkingen_onderwijsprogramma", f"Wijkt het programma van {c['vn']} af?"),
          ("adviezen_professionals", "Wat zeggen de deskundigen?"), ("oogo", "Wanneer hebben we het plan met u besproken?"),
          ("evaluatie", "Wanneer kijken we of het werkt?"), ("informatie_rechten", "Wat als u het er niet mee eens bent?"),
          ("vaststelling", "Wanneer is het plan vastgesteld?")]
    for el, q in qs:
        ps = text_for(el, V[el], c)
        if ps is None:
            continue
        B.append(("h", 2, q))
        paras(B, ps, True)
    B.append(("h", 2, "Gaat u akkoord met het handelingsdeel?"))
    B += consent(V["instemming_ouders"], c, c.get("cstyle", "tick"), img=False)
    return B


LAYOUTS = {"swv-genummerd": L_numbered, "domeintabel": L_domain, "groeidocument": L_groei,
           "vso-profiel": L_vso, "pro-iop": L_pro, "mentorbrief-proza": L_prose, "systeemexport": L_export,
           "vraagkoppen": L_questions}


def leaflet(c):
    return [("title", "Wat is een OPP? Informatie voor ouders"), ("p", f"{c['swv']}"),
            ("h", 2, "Waarom een ontwikkelingsperspectief?"),
            ("p", "Sommige kinderen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat wat de verwachte uitstroombestemming is, met een onderbouwing, welke belemmerende en bevorderende factoren er zijn en welke ondersteuning uw kind krijgt."),
            ("h", 2, "Wat is uw rol?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen."),
            ("h", 2, "Niet eens met het plan?"),
            ("p", "Ga eerst in gesprek met de school. Het ouder- en jeugdsteunpunt en de onderwijsconsulenten helpen u gratis. Binnen zes weken kunt u naar de Geschillencommissie passend onderwijs."),
            ("h", 2, "Evaluatie"), ("p", "De school evalueert het OPP minimaal één keer per jaar met u."),
            ("p", "Meer weten? Bel het steunpunt: 0599-123456 (invented).")]


def newsletter(c):
    return [("title", f"Nieuwsbrief {c['school']} - december {c['date'].year}"),
            ("h", 2, "Sinterklaas"), ("p", "Wat een feest was het op 5 december! Alle groepen hebben genoten van de pieten op het schoolplein."),
            ("h", 2, "Nieuws van de intern begeleider"),
            ("p", f"Voor een aantal leerlingen stellen wij dit jaar een ontwikkelingsperspectief (OPP) op. Ouders van deze leerlingen worden door {c['ib']} uitgenodigd voor een gesprek. Vragen over passend onderwijs? Loop gerust binnen op dinsdagochtend."),
            ("h", 2, "Agenda"), ("bul", ["18 december: kerstdiner", "19 december: studiedag, alle leerlingen vrij", "5 januari: eerste schooldag"]),
            ("h", 2, "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen.")]
