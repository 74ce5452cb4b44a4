# -*- coding: utf-8 -*-
"""Eight OPP layouts and three non-OPP documents, each building a render model."""
import datetime as dt
import __main__ as G
from content import dlong, dshort, SWV, OJS


def flat(blocks, sep=" "):
    out = []
    for b in blocks or []:
        if b[0] in ("p", "small", "sdt"):
            out.append(b[1])
        elif b[0] == "bullets":
            out.append(" ".join(x if x.endswith(".") else x + ";" for x in b[1]).rstrip(";"))
        elif b[0] == "table":
            out.append("; ".join(" – ".join(r) for r in b[1][1:]))
    return sep.join(out)


def sec(c, e, head, lvl=2):
    b = G.body(c, e)
    if b is None:
        return []
    return [("h", lvl, head)] + b


def consent_blocks(c, head="Instemming met het handelingsdeel", lvl=2):
    tb, rows = G.consent(c)
    if tb is None:
        return []
    if tb == "avg":
        return [("h", lvl, "Toestemming AVG en beeldmateriaal")] + rows_avg_tb(c) + [("sig", rows)]
    return [("h", lvl, head)] + tb + [("sig", rows)]


def rows_avg(c):
    tb, rows = G.consent(c)
    return rows_avg_tb(c) + [("sig", rows)]


def rows_avg_tb(c):
    return [("p", f"Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG): ouders geven toestemming voor het delen van gegevens van {c.n} met het samenwerkingsverband en voor foto's in de nieuwsbrief."),
            ("check", [(True, "Ja, toestemming foto's schoolgids/nieuwsbrief"), (True, "Ja, toestemming gegevensuitwisseling met het samenwerkingsverband")])]


def gegevens(c):
    rows = [["Naam leerling", c.full], ["Geboortedatum", dshort(c.dob)], ["School", f"{c.school}, {c.place}"],
            ["Groep/klas", c.P["grade"]], ["Mentor/leerkracht", c.mentor], ["Intern begeleider / zorgcoördinator", c.ib]]
    if c.stype in ("so", "vso"):
        rows.append(["Toelaatbaarheidsverklaring", f"categorie laag, geldig t/m 31-07-{c.date.year + 2}"])
    if c.adult:
        rows.append(["Meerderjarig", "ja, handelingsbekwaam"])
    if c.curatele:
        rows.append(["Meerderjarig", f"ja; onder curatele gesteld (curator: {c.mother})"])
    return rows


# ---------------------------------------------------------------- 1 swv-genummerd
def swv_numbered(c):
    B = [("small", f"Format OPP {SWV} – versie 2024-2"), ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("h", 1, "1. Gegevens"), ("table", gegevens(c), {"widths": [5.5, 11]})]
    order = [("ondersteuningsbehoefte", "2. Onderwijsbehoeften"), ("belemmerende_factoren", "3.1 Belemmerende factoren"),
             ("bevorderende_factoren", "3.2 Bevorderende factoren"), ("uitstroombestemming", "4.1 Verwachte uitstroombestemming"),
             ("onderbouwing", "4.2 Onderbouwing"), ("adviezen_professionals", "5. Adviezen van deskundigen"),
             ("doelen", "6.1 Doelen"), ("ondersteuning", "6.2 Ondersteuning en begeleiding (handelingsdeel)"),
             ("afwijkingen_onderwijsprogramma", "6.3 Afwijkingen van het onderwijsprogramma"),
             ("inbreng_leerling", "7. Inbreng van de leerling"), ("oogo", "8. Op overeenstemming gericht overleg"),
             ("evaluatie", "9. Evaluatie"), ("vaststelling", "10. Vaststelling")]
    for e, h in order:
        if h.startswith("3.1"):
            B.append(("h", 1, "3. Belemmerende en bevorderende factoren"))
        if h.startswith("4.1"):
            B.append(("h", 1, "4. Ontwikkelingsperspectief"))
        if h.startswith("6.1"):
            B.append(("h", 1, "6. Handelingsdeel"))
        lvl = 2 if "." in h.split(" ")[0][:-1] else 1
        B += sec(c, e, h, lvl)
    B += consent_blocks(c, "11. Instemming ouders", 1)
    B += sec(c, "informatie_rechten", "12. Informatie over uw rechten", 1)
    return {"blocks": B, "footer": f"OPP {c.full} – {c.school} – pagina {{page}} van {{pages}}", "doctitle": "OPP"}


# ---------------------------------------------------------------- 2 beknopt tweekolom
def beknopt_tweekolom(c):
    L = [("Naam", c.full), ("Geboortedatum", dshort(c.dob)), ("School / groep", f"{c.school} / {c.P['grade']}")]
    labels = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak)"),
              ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("adviezen_professionals", "Adviezen externen"),
              ("inbreng_leerling", "Mening leerling"), ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"),
              ("vaststelling", "Vastgesteld (datum/door)"), ("informatie_rechten", "Rechten ouders")]
    for e, lab in labels:
        b = G.body(c, e)
        if b is None:
            continue
        L.append((lab, flat(b)))
    B = [("title", "Beknopt OPP"), ("small", f"{c.school} – {c.place}"), ("table", [list(x) for x in L], {"widths": [4.5, 12], "label_col": True})]
    B += consent_blocks(c, "Ondertekening", 2)
    return {"blocks": B, "doctitle": "Beknopt OPP"}


# ---------------------------------------------------------------- 3 domeintabel
DOMAINS = ["Leren en cognitie", "Werkhouding en taakaanpak", "Sociaal-emotioneel en gedrag", "Thuis en vrije tijd"]


def domeintabel(c):
    B = [("title", f"OPP {c.full}"), ("p", f"{c.school}, {c.place} – {c.P['grade']} – geboren {dshort(c.dob)}"),
         ("h", 1, "A. Beeld van de leerling per domein")]
    cols = []
    nd = max(len(c.P[k]) for k in ("belem", "bevor", "behoefte"))
    DOM = DOMAINS[:min(nd, len(DOMAINS))]
    for e, key, name in (("belemmerende_factoren", "belem", "Belemmerend"), ("bevorderende_factoren", "bevor", "Bevorderend"),
                         ("ondersteuningsbehoefte", "behoefte", "Onderwijsbehoefte")):
        k = c.V[e]
        if k == "omit":
            continue
        items = [G.F(c, x) for x in c.P[key]]
        if k == "ok":
            vals = [items[i::len(DOM)] for i in range(len(DOM))]
            vals = ["; ".join(v) for v in vals]
        elif k == "empty":
            vals = [""] * len(DOM)
        else:
            vals = [flat(G.gapblocks(c, e, k))] + [""] * (len(DOM) - 1)
        cols.append((name, vals))
    for i, d in enumerate(DOM):
        B.append(("h", 3, f"Domein: {d}"))
        B.append(("table", [[n for n, _ in cols], [v[i] for _, v in cols]], {"header": True}))
    B.append(("h", 1, "B. Perspectief"))
    rows = []
    for e, lab in (("uitstroombestemming", "Uitstroomprofiel / bestemming"), ("onderbouwing", "Onderbouwing")):
        b = G.body(c, e)
        if b is not None:
            rows.append([lab, flat(b)])
    if rows:
        B.append(("table", rows, {"widths": [4.5, 12], "label_col": True}))
    B.append(("h", 1, "C. Handelingsdeel"))
    B += sec(c, "doelen", "Doelen", 2) + sec(c, "ondersteuning", "Ondersteuning", 2) + sec(c, "afwijkingen_onderwijsprogramma", "Afwijkingen van het programma", 2)
    B.append(("h", 1, "D. Betrokkenen"))
    B += sec(c, "adviezen_professionals", "Advies commissie voor de begeleiding en deskundigen", 2)
    B += sec(c, "inbreng_leerling", "Stem van de leerling", 2) + sec(c, "oogo", "Overleg met ouders", 2)
    B += sec(c, "evaluatie", "Evaluatie", 2)
    B.append(("h", 1, "E. Vaststelling en instemming"))
    B += (G.body(c, "vaststelling") or [])
    B += consent_blocks(c, "Instemming handelingsdeel", 2)
    B += sec(c, "informatie_rechten", "Niet eens?", 2)
    return {"blocks": B, "header": f"{c.school} – ontwikkelingsperspectief", "footer": "Vertrouwelijk – pagina {page} van {pages}", "color": "#7b2c00"}


# ---------------------------------------------------------------- 4 groeidocument
def groeidocument(c):
    B = [("title", f"Groeidocument {c.full}"), ("small", f"{SWV} – groeidocument, in te zetten bij arrangementen en toelaatbaarheid"),
         ("h", 1, "1. Personalia"), ("table", gegevens(c) + [["Ouders/verzorgers", f"{c.mother}, {c.father}"]], {"widths": [5.5, 11], "label_col": True}),
         ("h", 1, "2. Schoolloopbaan"),
         ("table", [["Schooljaar", "School", "Groep/klas", "Bijzonderheden"],
                    [f"{c.date.year-3}-{c.date.year-2}", "vorige school", "-", "extra begeleiding in de klas"],
                    [f"{c.date.year-2}-{c.date.year-1}", c.school, "-", "instroom na verhuizing"],
                    [f"{c.date.year-1}-{c.date.year}", c.school, c.P["grade"], "start OPP"]], {"header": True}),
         ("h", 1, "3. Onderzoeksgegevens en adviezen")]
    B += sec(c, "adviezen_professionals", "3.1 Adviezen van deskundigen", 2)
    B += [("h", 2, "3.2 Medische gegevens"), ("p", "Geen bijzonderheden bekend bij de jeugdarts, behalve wat bij de belemmerende factoren staat.")]
    B += [("h", 1, "4. Gesprekken")]
    B += sec(c, "oogo", "4.1 Gesprek met ouders", 2)
    B += sec(c, "inbreng_leerling", "4.2 Gesprek met de leerling", 2)
    B += [("h", 1, "5. Ontwikkelingsperspectief (OPP)")]
    B += sec(c, "uitstroombestemming", "5.1 Uitstroombestemming", 2) + sec(c, "onderbouwing", "5.2 Onderbouwing", 2)
    bel, bev = G.body(c, "belemmerende_factoren"), G.body(c, "bevorderende_factoren")
    if bel is not None or bev is not None:
        hdr, row = [], []
        if bel is not None:
            hdr.append("Belemmerende factoren"); row.append(flat(bel, "\n") if c.V["belemmerende_factoren"] != "ok" else "\n".join(G.F(c, x) for x in c.P["belem"]))
        if bev is not None:
            hdr.append("Bevorderende factoren"); row.append(flat(bev, "\n") if c.V["bevorderende_factoren"] != "ok" else "\n".join(G.F(c, x) for x in c.P["bevor"]))
        B += [("h", 2, "5.3 Factoren"), ("table", [hdr, row], {"header": True})]
    B += sec(c, "ondersteuningsbehoefte", "5.4 Onderwijsbehoeften", 2)
    B += [("h", 1, "6. Handelingsdeel")]
    B += sec(c, "doelen", "6.1 Doelen", 2) + sec(c, "ondersteuning", "6.2 Aanpak en begeleiding", 2) + sec(c, "afwijkingen_onderwijsprogramma", "6.3 Afwijkingen", 2)
    B += [("h", 1, "7. Arrangement"), ("p", f"Het samenwerkingsverband kent een arrangement toe van 4 uur begeleiding per week voor de periode {dshort(c.date)} tot 31-07-{c.date.year + 1}. Contactpersoon: consulent passend onderwijs.")]
    B += sec(c, "evaluatie", "8. Evaluatie", 1)
    B += [("h", 1, "9. Ondertekening")] + (G.body(c, "vaststelling") or [])
    B += consent_blocks(c, "9.1 Instemming ouders met het handelingsdeel", 2)
    B += sec(c, "informatie_rechten", "9.2 Rechten", 2)
    B += [("h", 1, "10. Logboek"), ("table", [["Datum", "Wat", "Wie"], [dshort(c.date - dt.timedelta(days=60)), "aanmelding bij ondersteuningsteam", c.ib],
                                             [dshort(c.date - dt.timedelta(days=20)), "observatie in de klas", "consulent SWV"]], {"header": True})]
    return {"blocks": B, "footer": f"Groeidocument {c.full} | versie {dshort(c.eff)} | pagina {{page}} van {{pages}}", "color": "#2e7d32"}


# ---------------------------------------------------------------- 5 brief aan ouders
def brief(c):
    tit = "meneer en mevrouw " + c.last if not c.adult else c.n
    B = [("p", f"{c.school}"), ("small", f"Schoolstraat 12, {c.place} – telefoon 0599-123456"), ("p", ""),
         ("p", f"Aan {'de ouders/verzorgers van ' + c.full if not c.adult else c.full}"),
         ("p", f"{c.place}, {dlong(c.date + dt.timedelta(days=1))}"), ("p", f"Betreft: ontwikkelingsperspectiefplan van {c.n}"),
         ("p", f"Beste {tit},"),
         ("p", f"Zoals besproken sturen wij u het ontwikkelingsperspectiefplan (OPP) van {c.n}. In deze brief leest u wat wij verwachten, wat {c.n} nodig heeft en wat wij gaan doen.")]
    leads = [("uitstroombestemming", "Waar werken we naartoe?"), ("onderbouwing", "Waarom verwachten we dat?"),
             ("bevorderende_factoren", "Wat gaat goed?"), ("belemmerende_factoren", "Wat maakt het moeilijk?"),
             ("ondersteuningsbehoefte", "Wat heeft " + c.n + " nodig?"), ("doelen", "Onze doelen"), ("ondersteuning", "Wat doet de school?"),
             ("afwijkingen_onderwijsprogramma", "Anders dan het gewone programma"), ("adviezen_professionals", "Wat adviseren deskundigen?"),
             ("inbreng_leerling", "Wat vindt " + c.n + " zelf?"), ("oogo", "Ons gesprek"), ("evaluatie", "Hoe verder?"),
             ("vaststelling", "Vaststelling"), ("informatie_rechten", "Bent u het niet eens?")]
    for e, h in leads:
        B += sec(c, e, h, 3)
    B += [("p", "Met vriendelijke groet,"), ("p", f"{c.mentor}, mentor"), ("p", f"{c.ib}, intern begeleider")]
    cb = consent_blocks(c, "Strookje: terugsturen aan de mentor", 3)
    if cb:
        B += [("pb",)] + cb
    return {"blocks": B, "font": "serif"}


# ---------------------------------------------------------------- 6 invulformulier (fillable)
def formulier(c):
    B = [("title", "OPP – invulformulier"), ("small", f"{SWV} | digitaal invulbaar formulier"),
         ("field", "Naam leerling", c.full), ("field", "Geboortedatum", dshort(c.dob)), ("field", "School en groep", f"{c.school}, {c.P['grade']}")]
    labs = [("uitstroombestemming", "Verwachte uitstroombestemming", 2), ("onderbouwing", "Onderbouwing", 4),
            ("belemmerende_factoren", "Belemmerende factoren", 3), ("bevorderende_factoren", "Bevorderende factoren", 3),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften", 3), ("doelen", "Doelen", 4), ("ondersteuning", "Ondersteuning: wat, wie, hoe vaak", 4),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", 2), ("adviezen_professionals", "Adviezen deskundigen", 3),
            ("inbreng_leerling", "Inbreng leerling en wat ermee gedaan is", 3), ("oogo", "OOGO: datum en deelnemers", 2),
            ("evaluatie", "Evaluatiemomenten", 2), ("vaststelling", "Vastgesteld op / door", 1)]
    for e, lab, n in labs:
        b = G.body(c, e)
        if b is None:
            continue
        v = flat(b)
        if v.startswith("[") and c.V[e] == "instr":
            B.append(("small", v)); v = ""
        B.append(("field", lab, v, n))
    r = G.body(c, "informatie_rechten")
    if r is not None:
        B += [("h", 2, "Uw rechten")] + r
    tb, rows = G.consent(c)
    if tb == "avg":
        B += [("h", 2, "Toestemming AVG")] + [("box", True, "Toestemming foto's en gegevensuitwisseling"), ("field", "Naam ouder", c.mother), ("field", "Datum", rows[0][2])]
    elif tb is not None:
        B.append(("h", 2, "Instemming handelingsdeel"))
        checks = [x for x in tb if x[0] == "check"][0][1]
        for ch, lab in checks:
            B.append(("box", ch, lab))
        for role, name, date, signed, remark in rows:
            B.append(("field", f"{role}: naam", name if signed or c.consent not in ("blank",) and name else ""))
            B.append(("field", f"{role}: datum", date))
            B.append(("field", f"{role}: handtekening / opmerking", ("getekend" if signed else "") + ((" – " + remark) if remark else "")))
    return {"blocks": B, "footer": "Formulier OPP SWV Vliet en Veen – pagina {page}"}


# ---------------------------------------------------------------- 7 systeemexport
def systeemexport(c):
    status = c.d.get("status", "Definitief")
    B = [("p", f"Leerling: {c.full}   Leerlingnummer: {abs(hash(c.id)) % 900000 + 100000}   Geb.: {dshort(c.dob)}"),
         ("table", [["Documenttype", "Ontwikkelingsperspectief (OPP)"], ["Status", status], ["Groep/klas", c.P["grade"]],
                    ["Aangemaakt door", c.ib], ["Laatst gewijzigd", dshort(c.eff + dt.timedelta(days=3))]], {"widths": [4.5, 12], "label_col": True})]
    tabs = [("Perspectief", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom")]),
            ("Leerlingbeeld", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                               ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
            ("Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma")]),
            ("Betrokkenen", [("adviezen_professionals", "Advies externen"), ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO ouders")]),
            ("Evaluatie en vaststelling", [("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Informatie ouders")])]
    for tab, fields in tabs:
        rows = []
        for e, lab in fields:
            b = G.body(c, e)
            if b is None:
                continue
            v = flat(b)
            rows.append([lab, v if v.strip() else "-"])
        if rows:
            B += [("h", 2, f"Tabblad: {tab}"), ("table", rows, {"widths": [4.5, 12], "label_col": True})]
    B += consent_blocks(c, "Tabblad: Ondertekening", 2)
    return {"blocks": B, "header": f"Kompasnet LVS  |  {c.school}  |  Export ontwikkelingsperspectief",
            "footer": f"Afgedrukt door {c.ib} op {dshort(c.eff + dt.timedelta(days=5))}  –  pagina {{page}} van {{pages}}  –  vertrouwelijk", "color": "#333333"}


# ---------------------------------------------------------------- 8 vraagkoppen
def vraagkoppen(c):
    n = c.n
    B = [("title", f"Het plan van {n}"), ("p", f"Ontwikkelingsperspectief – {c.school} – schooljaar {c.date.year if c.date.month >= 8 else c.date.year - 1}-{(c.date.year if c.date.month >= 8 else c.date.year - 1) + 1}"),
         ("table", [["Naam", c.full], ["Geboren", dshort(c.dob)], ["Groep", c.P["grade"]]], {"widths": [4, 12.5]})]
    qs = [("bevorderende_factoren", "Wat gaat goed?"), ("belemmerende_factoren", "Wat is lastig?"), ("ondersteuningsbehoefte", f"Wat heeft {n} nodig?"),
          ("inbreng_leerling", f"Wat vindt {n} zelf?"), ("uitstroombestemming", f"Waar gaat {n} na deze school naartoe?"),
          ("onderbouwing", "Waarom denken we dat?"), ("doelen", "Wat willen we bereiken?"), ("ondersteuning", "Wat gaan we doen, wie doet wat?"),
          ("afwijkingen_onderwijsprogramma", f"Wat is er anders aan het programma van {n}?"), ("adviezen_professionals", "Wat zeggen de deskundigen?"),
          ("oogo", "Hebben we het samen besproken?"), ("evaluatie", "Wanneer kijken we terug?"), ("vaststelling", "Wie heeft het plan vastgesteld?"),
          ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")]
    for e, q in qs:
        B += sec(c, e, q, 2)
    B += consent_blocks(c, "Gaat u akkoord met wat we gaan doen?", 2)
    return {"blocks": B, "color": "#6a1b9a"}


LAYOUTS = {"swv-genummerd": swv_numbered, "beknopt-tweekolom": beknopt_tweekolom, "domeintabel": domeintabel,
           "groeidocument": groeidocument, "brief-ouders": brief, "invulformulier": formulier,
           "systeemexport": systeemexport, "vraagkoppen": vraagkoppen}


# ---------------------------------------------------------------- non-OPP
def folder(d):
    B = [("title", "Wat is een ontwikkelingsperspectiefplan?"), ("p", f"Informatie voor ouders – {SWV}"),
         ("h", 2, "Waarom een OPP?"), ("p", "Heeft uw kind meer ondersteuning nodig dan de school gewoonlijk biedt, dan maakt de school een ontwikkelingsperspectiefplan (OPP). Daarin staat welke uitstroombestemming de school verwacht, waarom, welke belemmerende en bevorderende factoren er zijn en welke ondersteuning uw kind krijgt."),
         ("h", 2, "Wat staat erin?"), ("bullets", ["de verwachte uitstroombestemming en de onderbouwing daarvan", "belemmerende en bevorderende factoren", "het handelingsdeel: doelen en ondersteuning", "eventuele afwijkingen van het onderwijsprogramma", "de mening van uw kind (sinds 1 augustus 2025 verplicht)"]),
         ("h", 2, "Uw rol"), ("p", "De school bespreekt het OPP met u in een op overeenstemming gericht overleg. Voor het handelingsdeel is uw instemming nodig. Het OPP wordt ieder schooljaar geëvalueerd."),
         ("h", 2, "Niet eens?"), ("p", f"Praat eerst met de school. Het {OJS} denkt met u mee, net als de onderwijsconsulenten. Binnen zes weken na vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
         ("small", "Deze folder is geen OPP. Aan deze tekst kunnen geen rechten worden ontleend.")]
    return {"blocks": B, "color": "#00695c"}


def nieuwsbrief(d):
    B = [("title", "Nieuwsbrief De Wilgenhoek – december"), ("h", 2, "Van de directie"),
         ("p", "De eerste maanden van het schooljaar zitten erop. In alle groepen is hard gewerkt aan het nieuwe leesproject."),
         ("h", 2, "Gesprekken over ontwikkelingsperspectieven"), ("p", "Voor leerlingen met een OPP plannen de intern begeleiders in januari de evaluatiegesprekken. U krijgt hiervoor een uitnodiging. Sinds dit schooljaar praten de kinderen zelf ook mee."),
         ("h", 2, "Kerstviering"), ("p", "Op donderdag 17 december is de kerstviering van 17.00 tot 18.30 uur. Ouders zijn welkom op het plein."),
         ("h", 2, "Luizencontrole"), ("p", "Na de vakantie is er weer luizencontrole. Wilt u geen gel in het haar doen op maandag 5 januari?"),
         ("h", 2, "Agenda"), ("table", [["Datum", "Activiteit"], ["17-12", "Kerstviering"], ["18-12", "Studiedag, alle leerlingen vrij"], ["05-01", "Eerste schooldag"]], {"header": True})]
    return {"blocks": B, "footer": "OBS De Wilgenhoek – Veenhaven – pagina {page}"}


def leeg_format(d):
    B = [("small", f"Format OPP {SWV} – versie 2025-1 (leeg)"), ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("table", [["Naam leerling", ""], ["Geboortedatum", ""], ["School", ""], ["Groep/klas", ""]], {"widths": [5.5, 11]})]
    for e in G.EL:
        if e == "instemming_ouders":
            continue
        B += [("h", 2, G.HEAD[e]), ("p", G.INSTR.get(e, "[invullen]"))]
    B += [("h", 2, "Instemming ouders"), ("check", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
          ("sig", [("Ouder/verzorger 1", "", "", False, ""), ("Ouder/verzorger 2", "", "", False, ""), ("Directeur", "", "", False, "")])]
    return {"blocks": B}


NONOPP = {"folder-ouders": folder, "nieuwsbrief": nieuwsbrief, "leeg-format": leeg_format}
