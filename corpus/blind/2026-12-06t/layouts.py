# -*- coding: utf-8 -*-
"""Nine layouts of groeidocumenten / arrangement requests with the OPP as one chapter."""
import datetime as dt
from content import *
from render import flat


def eb(eid, st, p):
    return element_blocks(eid, st[eid], p)


def sec(out, lvl, heading, eid, st, p):
    bl = eb(eid, st, p)
    if bl is None:
        return
    out.append(("h", lvl, heading))
    out.extend(bl)


def consent_block(st, p, extras):
    s = st["instemming_ouders"]
    out = []
    if s not in ("missing", "avg_only", "tlv_only"):
        out.append(("lines", consent_lines(s, p)))
    if "avg" in extras or s == "avg_only":
        out.append(("lines", avg_lines(p)))
    if "tlv" in extras or s == "tlv_only":
        out.append(("lines", tlv_consent_lines(p)))
    return out


def personalia(p):
    rows = [("Naam leerling", p.name), ("Geboortedatum", dshort(p.birth)), ("School", p.school), ("Groep/klas", p.klas),
            ("Ouders/verzorgers", f"{p.mother}, {p.father}"), ("Intern begeleider", p.ib), ("Samenwerkingsverband", p.swv)]
    if p.curatele:
        rows.insert(2, ("Juridische status", f"meerderjarig; sinds {dshort(p.birth.replace(year=p.birth.year + 18))} onder curatele, curator: {p.mother} (moeder)"))
    elif p.adult:
        rows.insert(2, ("Juridische status", "meerderjarig en handelingsbekwaam; geen mentorschap of curatele"))
    return [("kv", rows)]


def gesprekken(p, st):
    out = list(minutes_intake(p))
    if st["evaluatie"] == "minutes_only" or p.r.random() < 0.6:
        out += old_evaluation(p)
    return out


# ---- L1: groeidocument met genummerde hoofdstukken ----
def L1(p, st, ex):
    o = [("h", 1, "1. Gegevens van de leerling")] + personalia(p)
    o += [("h", 1, "2. Schoolloopbaan en ontwikkeling")] + history(p)
    o += [("h", 1, "3. Toets- en onderzoeksgegevens")] + scores_table(p)
    o += [("h", 1, "4. Gesprekken en consultaties")] + gesprekken(p, st) + external_advice_note(p)
    o += [("h", 1, "5. Ontwikkelingsperspectief")]
    sec(o, 2, "5.1 Verwachte uitstroombestemming", "uitstroombestemming", st, p)
    sec(o, 2, "5.2 Onderbouwing", "onderbouwing", st, p)
    sec(o, 2, "5.3 Belemmerende factoren", "belemmerende_factoren", st, p)
    sec(o, 2, "5.4 Bevorderende factoren", "bevorderende_factoren", st, p)
    sec(o, 2, "5.5 Onderwijsbehoeften", "ondersteuningsbehoefte", st, p)
    sec(o, 2, "5.6 Adviezen van deskundigen", "adviezen_professionals", st, p)
    o += [("h", 1, "6. Handelingsdeel")]
    sec(o, 2, "6.1 Doelen voor dit schooljaar", "doelen", st, p)
    sec(o, 2, "6.2 Ondersteuning en begeleiding", "ondersteuning", st, p)
    sec(o, 2, "6.3 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", st, p)
    sec(o, 2, "6.4 Inbreng van de leerling", "inbreng_leerling", st, p)
    o += [("h", 1, "7. Overleg, evaluatie en vaststelling")]
    sec(o, 2, "7.1 Op overeenstemming gericht overleg", "oogo", st, p)
    sec(o, 2, "7.2 Evaluatie", "evaluatie", st, p)
    sec(o, 2, "7.3 Informatie voor ouders over hun rechten", "informatie_rechten", st, p)
    sec(o, 2, "7.4 Vaststelling", "vaststelling", st, p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "7.5 Instemming ouders met het handelingsdeel")]
    o += consent_block({**st, "instemming_ouders": st["instemming_ouders"]}, p, [])
    if "noarr" not in ex:
        o += [("h", 1, "8. Aanvraag arrangement")] + arrangement_request(p, tlv="tlv" in ex)
    if "avg" in ex or "tlv" in ex:
        o += [("h", 1, "Bijlage: toestemmingen")]
        o += consent_block({**st, "instemming_ouders": "missing"}, p, ex)
    return f"Groeidocument {p.name}", o


# ---- L2: TLV-aanvraag SWV, deel A-D in tweekoloms tabellen ----
def L2(p, st, ex):
    o = [("p", f"{p.swv} — Aanvraag toelaatbaarheidsverklaring / arrangement"), ("h", 1, "Deel A — Aanvraag")]
    o += arrangement_request(p, tlv=True) + personalia(p)
    o += [("h", 1, "Deel B — Groeidocument")]
    rows = [("Schoolloopbaan", history(p)), ("Gesprekken met ouders", minutes_intake(p))]
    for eid, lab in (("bevorderende_factoren", "Bevorderende factoren"), ("belemmerende_factoren", "Belemmerende factoren"),
                     ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externe deskundigen")):
        bl = eb(eid, st, p)
        if bl is not None:
            rows.append((lab, bl))
    o += [("kv", rows), ("h", 2, "Toetsgegevens")] + scores_table(p)
    if st["evaluatie"] == "minutes_only":
        o += [("h", 2, "Eerdere evaluaties")] + old_evaluation(p)
    o += [("h", 1, "Deel C — Ontwikkelingsperspectiefplan")]
    rows = []
    for eid, lab in (("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("doelen", "Doelen"),
                     ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
                     ("inbreng_leerling", "Stem van de leerling"), ("evaluatie", "Evaluatiemomenten"), ("oogo", "OOGO met ouders"),
                     ("vaststelling", "Vastgesteld (datum, door)")):
        bl = eb(eid, st, p)
        if bl is not None:
            rows.append((lab, bl))
    o += [("kv", rows)]
    o += [("h", 1, "Deel D — Ondertekening")]
    sec(o, 2, "Rechten van ouders", "informatie_rechten", st, p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "Instemming handelingsdeel OPP")]
    o += consent_block(st, p, ex + ["tlv"])
    return f"Aanvraag TLV — {p.name}", o


# ---- L3: domeintabel (belemmerend / bevorderend / onderwijsbehoefte) ----
def L3(p, st, ex):
    o = personalia(p)
    o += [("h", 1, "Schoolgeschiedenis")] + history(p) + [("h", 1, "Resultaten")] + scores_table(p)
    o += [("h", 1, "Beeld van de leerling per domein")]
    cols = [("belemmerende_factoren", "Belemmerend", dom_belem), ("bevorderende_factoren", "Bevorderend", dom_bevord),
            ("ondersteuningsbehoefte", "Onderwijsbehoefte", dom_behoefte)]
    cols = [c for c in cols if st[c[0]] != "missing"]
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuissituatie"]
    rows = [["Domein"] + [c[1] for c in cols]]
    for dname in doms:
        r = [dname]
        for eid, lab, fn in cols:
            s = st[eid]
            if s == "present":
                r.append(fn(p)[dname])
            elif s == "empty":
                r.append("")
            elif s == "placeholder":
                r.append("...")
            elif s == "vague":
                r.append("zie observaties" if dname != "Leren" else "aandachtspunt")
            else:
                raise KeyError(s)
        rows.append(r)
    o += [("table", rows, True)]
    o += [("h", 1, "Overleg en consultatie")] + minutes_intake(p) + external_advice_note(p)
    o += [("h", 1, "Ontwikkelingsperspectief")]
    sec(o, 2, "Uitstroomprofiel", "uitstroombestemming", st, p)
    sec(o, 2, "Onderbouwing uitstroomprofiel", "onderbouwing", st, p)
    sec(o, 2, "Advies commissie / deskundigen", "adviezen_professionals", st, p)
    o += [("h", 1, "Handelingsdeel")]
    sec(o, 2, "Doelen", "doelen", st, p)
    sec(o, 2, "Aanpak en begeleiding", "ondersteuning", st, p)
    sec(o, 2, "Aanpassingen in het programma", "afwijkingen_onderwijsprogramma", st, p)
    sec(o, 2, "Wat vindt de leerling zelf?", "inbreng_leerling", st, p)
    o += [("h", 1, "Procedure")]
    sec(o, 2, "OOGO", "oogo", st, p)
    sec(o, 2, "Evaluatie", "evaluatie", st, p)
    if st["evaluatie"] == "minutes_only":
        o += [("h", 2, "Terugblik vorig plan")] + old_evaluation(p)
    sec(o, 2, "Vaststelling", "vaststelling", st, p)
    sec(o, 2, "Uw rechten", "informatie_rechten", st, p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "Handtekening voor instemming")]
    o += consent_block(st, p, ex)
    return f"Groeidocument en OPP — {p.name}", o


# ---- L4: vraaggestuurd arrangementformulier ----
def L4(p, st, ex):
    f = p.first
    o = [("p", f"Aanvraag ondersteuningsarrangement bij {p.swv}. Dit formulier bevat het groeidocument en het ontwikkelingsperspectief van de leerling.")]
    o += [("h", 1, "A. Over de aanvraag")] + arrangement_request(p, tlv="tlv" in ex) + personalia(p)
    o += [("h", 1, "B. Wat weten we al?")]
    o += [("h", 2, f"Hoe verliep de schoolloopbaan van {f}?")] + history(p)
    o += [("h", 2, "Welke toetsgegevens zijn er?")] + scores_table(p)
    o += [("h", 2, "Welke gesprekken zijn er gevoerd?")] + gesprekken(p, st)
    o += [("h", 1, "C. Het ontwikkelingsperspectief")]
    Q = [("uitstroombestemming", f"Waar gaat {f} na deze school naartoe, denken we?"),
         ("onderbouwing", "Waarom verwachten we dat?"),
         ("belemmerende_factoren", f"Wat zit {f} in de weg?"),
         ("bevorderende_factoren", f"Wat helpt {f}?"),
         ("ondersteuningsbehoefte", f"Wat heeft {f} nodig?"),
         ("adviezen_professionals", "Wat adviseren deskundigen, en wat doen wij daarmee?"),
         ("doelen", "Wat willen we dit jaar bereiken?"),
         ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?"),
         ("inbreng_leerling", f"Wat vindt {f} zelf, en wat hebben we daarmee gedaan?"),
         ("oogo", "Wanneer en met wie is dit plan besproken?"),
         ("evaluatie", "Wanneer kijken we samen terug?"),
         ("vaststelling", "Wie heeft het plan vastgesteld, en wanneer?"),
         ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")]
    for eid, q in Q:
        sec(o, 2, q, eid, st, p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "Gaan ouders akkoord met het handelingsdeel?")]
    o += consent_block(st, p, ex)
    return f"Arrangementaanvraag {p.name}", o


# ---- L5: systeemexport met veldnamen ----
def L5(p, st, ex):
    o = [("kv", [("Leerling", f"{p.last}, {p.first}"), ("Leerlingnummer", str(100000 + p.r.randint(0, 89999))), ("Geb.datum", dshort(p.birth)),
                 ("School", p.school), ("Groep", p.klas), ("Dossierhouder", p.ib)])]
    o += [("h", 1, "Tabblad Leerlingkaart — Schoolloopbaan")] + history(p)
    o += [("h", 1, "Tabblad Leerlingkaart — Notities")] + minutes_intake(p)
    o += [("h", 1, "Tabblad Toetsen")] + scores_table(p)
    o += [("h", 1, "Tabblad Zorg — Ontwikkelingsperspectief")]
    F = [("uitstroombestemming", "Veld: Uitstroombestemming"), ("onderbouwing", "Veld: Onderbouwing bestemming"),
         ("belemmerende_factoren", "Veld: Belemmerende factoren"), ("bevorderende_factoren", "Veld: Bevorderende factoren"),
         ("ondersteuningsbehoefte", "Veld: Onderwijsbehoeften"), ("adviezen_professionals", "Veld: Externe adviezen"),
         ("doelen", "Veld: Doelen"), ("ondersteuning", "Veld: Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Veld: Afwijking programma"),
         ("inbreng_leerling", "Veld: Inbreng leerling"), ("oogo", "Veld: OOGO"), ("evaluatie", "Veld: Evaluatie"),
         ("informatie_rechten", "Veld: Rechten ouders"), ("vaststelling", "Veld: Vaststelling")]
    for eid, lab in F:
        sec(o, 3, lab, eid, st, p)
    if st["evaluatie"] == "minutes_only":
        o += [("h", 1, "Tabblad Zorg — Afgesloten plannen")] + old_evaluation(p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 3, "Veld: Instemming")]
    o += consent_block(st, p, ex)
    return f"Export leerlingdossier — {p.name}", o


# ---- L6: brief aan ouders met het OPP als hoofdstuk ----
def L6(p, st, ex):
    f = p.first
    o = [("p", f"{p.school}"), ("p", f"{p.place}, {dlong(p.plan_date)}"), ("p", f"Betreft: groeidocument en ontwikkelingsperspectief van {f}"),
         ("p", f"Beste {p.mother[6:]} en {p.father[5:]},"),
         ("p", f"Zoals besproken sturen wij u het groeidocument van {f}. Eerst vatten we de schoolgeschiedenis en de gesprekken van dit jaar samen; daarna volgt het ontwikkelingsperspectiefplan.")]
    o += [("h", 1, "Wat er tot nu toe gebeurde")] + history(p) + minutes_intake(p) + external_advice_note(p)
    o += [("h", 1, f"Het ontwikkelingsperspectief van {f}")]
    lead = {"uitstroombestemming": "Waar we naartoe werken.", "onderbouwing": "Waarom we dat denken.",
            "belemmerende_factoren": "Wat het lastig maakt.", "bevorderende_factoren": f"Waar {f} sterk in is.",
            "ondersteuningsbehoefte": f"Wat {f} nodig heeft.", "adviezen_professionals": "Wat deskundigen adviseren.",
            "doelen": "Onze doelen.", "ondersteuning": "Wat de school doet.", "afwijkingen_onderwijsprogramma": "Het lesprogramma.",
            "inbreng_leerling": f"Wat {f} er zelf van vindt.", "oogo": "Ons overleg met u.", "evaluatie": "Terugkijken.",
            "informatie_rechten": "Uw rechten.", "vaststelling": "Vaststelling."}
    for eid in ELEMENTS:
        if eid == "instemming_ouders":
            continue
        bl = eb(eid, st, p)
        if bl is None:
            continue
        o.append(("h", 3, lead[eid]))
        o.extend(bl)
    o += [("p", f"Wij vragen u het handelingsdeel te ondertekenen en binnen twee weken terug te sturen."), ("p", "Met vriendelijke groet,"), ("p", f"{p.ib}, intern begeleider")]
    o += consent_block(st, p, ex)
    return None, o


# ---- L7: MDO-logboek (markdown/tekst) ----
def L7(p, st, ex):
    d0 = p.plan_date
    o = [("p", f"Dossier {p.name} — {p.school} — {p.klas}")]
    o += [("h", 1, f"Logboek")]
    o += [("h", 2, f"{dshort(d0 - dt.timedelta(days=150))} — signalering leerkracht")] + [("p", f"{p.teacher} meldt dat {p.first} bij rekenen achterblijft en vaak huilend thuiskomt.")]
    o += [("h", 2, f"{dshort(d0 - dt.timedelta(days=120))} — gesprek ouders")] + minutes_intake(p)[:2]
    o += [("h", 2, f"{dshort(d0 - dt.timedelta(days=70))} — MDO met SWV")] + external_advice_note(p)
    if st["evaluatie"] == "minutes_only" or "oldeval" in ex:
        o += [("h", 2, "Evaluatie vorig handelingsplan")] + old_evaluation(p)
    o += [("h", 2, "Toetsen")] + scores_table(p)
    o += [("h", 1, "OPP")]
    for eid, lab in (("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerend"),
                     ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"),
                     ("adviezen_professionals", "Adviezen"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
                     ("afwijkingen_onderwijsprogramma", "Afwijkingen"), ("inbreng_leerling", "Inbreng leerling"),
                     ("oogo", "OOGO"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten"), ("vaststelling", "Vaststelling")):
        sec(o, 2, lab, eid, st, p)
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "Instemming")]
    o += consent_block(st, p, ex)
    return None, o


# ---- L8: HGW-cyclus met inhoudsbesturingselementen (docx) ----
def L8(p, st, ex):
    o = personalia(p)
    o += [("h", 1, "Stap 1 — Waarnemen: gegevens verzamelen")] + history(p) + scores_table(p) + minutes_intake(p)
    o += [("h", 1, "Stap 2 — Begrijpen: het kind in beeld")]
    o += cc_fields(p, st, [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                           ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externen")])
    o += [("h", 1, "Stap 3 — Plannen: ontwikkelingsperspectief")]
    o += cc_fields(p, st, [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("doelen", "Doelen"),
                           ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
                           ("inbreng_leerling", "Inbreng leerling")])
    o += [("h", 1, "Stap 4 — Realiseren en evalueren")]
    if st["evaluatie"] == "minutes_only":
        o += old_evaluation(p)
    o += cc_fields(p, st, [("evaluatie", "Evaluatie"), ("oogo", "OOGO ouders"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten ouders")])
    if st["instemming_ouders"] not in ("missing", "avg_only", "tlv_only"):
        o += [("h", 2, "Instemming")]
    o += consent_block(st, p, ex)
    return f"Groeidocument (HGW) — {p.name}", o


def cc_fields(p, st, pairs):
    o = []
    for eid, lab in pairs:
        s = st[eid]
        if s in ("missing", "moved", "minutes_only") or (s == "na" and eid == "inbreng_leerling" and not p.adult):
            continue
        if s == "empty":
            o.append(("cc", lab, None))
            continue
        bl = eb(eid, st, p)
        o.append(("cc", lab, flat(bl)))
    return o


# ---- L9: beknopt OPP als invulbaar PDF-formulier (fields only; rendered in gen.py) ----
L9_FIELDS = [("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak)"),
             ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("adviezen_professionals", "Adviezen deskundigen"),
             ("oogo", "Besproken met ouders (datum, wie)"), ("evaluatie", "Evaluatie (wanneer, hoe)"), ("vaststelling", "Vastgesteld (datum, door)"),
             ("inbreng_leerling", "Inbreng leerling"), ("informatie_rechten", "Rechten ouders")]

LAYOUTS = {"L1": L1, "L2": L2, "L3": L3, "L4": L4, "L5": L5, "L6": L6, "L7": L7, "L8": L8}
LAYOUT_NAMES = {"L1": "gd-genummerde-hoofdstukken", "L2": "swv-tlv-aanvraag-delen-A-D", "L3": "gd-domeintabel",
                "L4": "arrangement-vraagkoppen", "L5": "systeemexport-velden", "L6": "brief-ouders-met-opp",
                "L7": "mdo-logboek", "L8": "hgw-cyclus-inhoudsbesturing", "L9": "beknopt-opp-invulformulier"}
