# -*- coding: utf-8 -*-
"""Ten layouts. Each takes (p, S) with S[el] = body list or None (section left out) and returns blocks."""
from content import fmt, factors_b, factors_v


def gegevens(p):
    rows = [("Naam leerling", [p["name"]]), ("Geboortedatum", [fmt(p["birth"])]), ("School", [f"{p['school']}, {p['place']}"]),
            ("Groep/klas", [p["group"]]), ("Mentor/leerkracht", [p["mentor"]]), ("IB/zorgcoördinator", [p["ib"]]),
            ("Datum plan", [fmt(p["date"])])]
    if p.get("revised"):
        rows.append(("Laatst bijgesteld", [fmt(p["revised"])]))
    if p.get("adult") == "curatele":
        rows.append(("Wettelijk vertegenwoordiger", [f"{p['mother']}, curator (curatele uitgesproken door de kantonrechter)"]))
    if p.get("adult") == "bekwaam":
        rows.append(("Bijzonderheden", [f"{p['first']} is meerderjarig en handelingsbekwaam."]))
    return rows


def sec(blocks, head, body, lvl="h2"):
    if body is None:
        return
    blocks.append((lvl, head))
    blocks.extend(body)


# 1 -------------------------------------------------------------- numbered sections (SWV model)
def numbered(p, S):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("p", f"{p['swv']} — model OPP, versie 2024"),
         ("h1", "1. Gegevens"), ("kv", gegevens(p))]
    B.append(("h1", "2. Uitstroombestemming"))
    sec(B, "2.1 Verwachte uitstroombestemming", S["uitstroombestemming"])
    sec(B, "2.2 Onderbouwing", S["onderbouwing"])
    B.append(("h1", "3. Belemmerende en bevorderende factoren"))
    sec(B, "3.1 Belemmerende factoren", S["belemmerende_factoren"])
    sec(B, "3.2 Bevorderende factoren", S["bevorderende_factoren"])
    sec(B, "4. Onderwijs- en ondersteuningsbehoeften", S["ondersteuningsbehoefte"], "h1")
    B.append(("h1", "5. Handelingsdeel"))
    sec(B, "5.1 Ondersteuning en begeleiding", S["ondersteuning"])
    sec(B, "5.2 Afwijkingen van het onderwijsprogramma", S["afwijkingen_onderwijsprogramma"])
    sec(B, "5.3 Doelen komende periode", S["doelen"])
    sec(B, "6. Adviezen van deskundigen", S["adviezen_professionals"], "h1")
    sec(B, "7. Inbreng van de leerling", S["inbreng_leerling"], "h1")
    sec(B, "8. Overleg met ouders (OOGO)", S["oogo"], "h1")
    sec(B, "9. Evaluatie", S["evaluatie"], "h1")
    B.append(("h1", "10. Vaststelling en instemming"))
    sec(B, "10.1 Vaststelling", S["vaststelling"])
    sec(B, "10.2 Instemming handelingsdeel", S["instemming_ouders"])
    sec(B, "10.3 Uw rechten", S["informatie_rechten"])
    return B


# 2 -------------------------------------------------------------- one two-column table
TWO = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
       ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
       ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak)"),
       ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("doelen", "Doelen"),
       ("adviezen_professionals", "Advies externe deskundigen"), ("inbreng_leerling", "Mening leerling"),
       ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vastgesteld"),
       ("instemming_ouders", "Instemming ouders"), ("informatie_rechten", "Rechten ouders")]


def twocol(p, S):
    rows = gegevens(p) + [(lab, S[el]) for el, lab in TWO if S[el] is not None]
    return [("title", f"OPP {p['name']}"), ("p", p["school"]), ("kv", rows)]


# 3 -------------------------------------------------------------- domain table belemmerend/bevorderend
def domain(p, S):
    B = [("title", "Ontwikkelingsperspectief"), ("p", f"{p['school']} • {p['place']}"), ("kv", gegevens(p)),
         ("h1", "A. Leerlingbeeld per domein")]
    fb, fv = S["belemmerende_factoren"], S["bevorderende_factoren"]
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis"]
    def col(body, pairs):
        if body is None:
            return None
        if body and body == [f"{a}: {b}." for a, b in pairs]:
            d = dict(pairs)
            return [d.get(x, "") for x in doms]
        if not body:
            return [""] * 4
        txt = body[0] if isinstance(body[0], str) else ""
        return [txt] + [""] * 3
    cb, cv = col(fb, factors_b(p)), col(fv, factors_v(p))
    head = ["Domein"] + (["Belemmerend"] if cb else []) + (["Bevorderend"] if cv else [])
    rows = []
    for i, d in enumerate(doms):
        rows.append([d] + ([cb[i]] if cb else []) + ([cv[i]] if cv else []))
    B.append(("table", head, rows))
    sec(B, "Onderwijsbehoeften", S["ondersteuningsbehoefte"])
    B.append(("h1", "B. Perspectief"))
    sec(B, "Uitstroombestemming", S["uitstroombestemming"])
    sec(B, "Onderbouwing", S["onderbouwing"])
    sec(B, "Adviezen externen", S["adviezen_professionals"])
    B.append(("h1", "C. Handelingsdeel"))
    sec(B, "Doelen", S["doelen"])
    sec(B, "Aanpak en begeleiding", S["ondersteuning"])
    sec(B, "Afwijkend programma", S["afwijkingen_onderwijsprogramma"])
    B.append(("h1", "D. Betrokkenheid en afspraken"))
    sec(B, "Stem van de leerling", S["inbreng_leerling"])
    sec(B, "Gesprek met ouders", S["oogo"])
    sec(B, "Evaluatiemomenten", S["evaluatie"])
    sec(B, "Vaststelling", S["vaststelling"])
    sec(B, "Instemming", S["instemming_ouders"])
    sec(B, "Rechten en bezwaar", S["informatie_rechten"])
    return B


# 4 -------------------------------------------------------------- question headings
def questions(p, S):
    n = p["first"]
    Q = [("uitstroombestemming", f"Naar welke school of welk werk gaat {n} waarschijnlijk na deze school?"),
         ("onderbouwing", "Waarom denken we dat?"), ("belemmerende_factoren", f"Wat maakt leren moeilijk voor {n}?"),
         ("bevorderende_factoren", f"Wat helpt {n}?"), ("ondersteuningsbehoefte", f"Wat heeft {n} nodig?"),
         ("doelen", "Wat willen we bereiken?"), ("ondersteuning", "Wat doen we, wie doet het en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?"),
         ("adviezen_professionals", "Wat adviseren deskundigen?"), ("inbreng_leerling", f"Wat vindt {n} zelf?"),
         ("oogo", "Wanneer hebben we dit met u besproken?"), ("evaluatie", "Wanneer kijken we samen terug?"),
         ("vaststelling", "Wanneer is dit plan vastgesteld?"), ("instemming_ouders", "Gaat u akkoord met het handelingsdeel?"),
         ("informatie_rechten", "Wat als u het niet eens bent?")]
    B = [("title", f"Ons plan voor {p['name']}"), ("p", f"{p['school']}, {p['group']}. Geboren {fmt(p['birth'])}. Plan van {fmt(p['date'])}.")]
    if p.get("adult") == "curatele":
        B.append(("p", f"Wettelijk vertegenwoordiger: {p['mother']} (curator)."))
    for el, q in Q:
        sec(B, q, S[el], "h1")
    return B


# 5 -------------------------------------------------------------- letter
def letter(p, S):
    aan = "Beste " + p["first"] if p.get("adult") == "bekwaam" else f"Beste ouders/verzorgers van {p['first']}"
    B = [("p", p["school"]), ("p", f"{p['place']}, {fmt(p['date'])}"), ("p", "Betreft: ontwikkelingsperspectiefplan"),
         ("p", aan + ","), ("p", f"Hierbij ontvangt u het ontwikkelingsperspectiefplan van {p['name']} ({p['group']}, geboren {fmt(p['birth'])}).")]
    leads = [("oogo", "Ons gesprek."), ("inbreng_leerling", f"Wat {p['first']} zelf zei."),
             ("uitstroombestemming", "Waar gaat het naartoe?"), ("onderbouwing", "Waarom?"),
             ("belemmerende_factoren", "Wat lastig is."), ("bevorderende_factoren", "Wat goed gaat."),
             ("ondersteuningsbehoefte", f"Wat {p['first']} nodig heeft."), ("doelen", "Onze doelen."),
             ("ondersteuning", "Wat wij doen."), ("afwijkingen_onderwijsprogramma", "Programma."),
             ("adviezen_professionals", "Advies van deskundigen."), ("evaluatie", "Terugkijken."),
             ("informatie_rechten", "Uw rechten."), ("vaststelling", "Vaststelling.")]
    for el, lead in leads:
        body = S[el]
        if body is None:
            continue
        if not body:
            B.append(("bp", lead, ""))
            continue
        first = body[0]
        if isinstance(first, str):
            B.append(("bp", lead, first))
            B.extend(body[1:])
        else:
            B.append(("bp", lead, ""))
            B.extend(body)
    B += [("p", "Met vriendelijke groet,"), ("p", f"{p['director']}, directeur"), ("p", f"{p['mentor']}, mentor/leerkracht")]
    if S["instemming_ouders"] is not None:
        B += [("pb",), ("h1", "Antwoordstrook — graag ondertekend retour"), ("p", f"OPP van {p['name']}, plan van {fmt(p['date'])}")]
        B.extend(S["instemming_ouders"])
    return B


# 6 -------------------------------------------------------------- system export
EXP = [("uitstroombestemming", "Uitstroom.Bestemming"), ("onderbouwing", "Uitstroom.Onderbouwing"),
       ("belemmerende_factoren", "Factoren.Belemmerend"), ("bevorderende_factoren", "Factoren.Bevorderend"),
       ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Handelingsdeel.Begeleiding"),
       ("afwijkingen_onderwijsprogramma", "Handelingsdeel.AfwijkingProgramma"), ("doelen", "Handelingsdeel.Doelen"),
       ("adviezen_professionals", "Externe.Adviezen"), ("inbreng_leerling", "Leerling.Inbreng"),
       ("oogo", "Ouders.Overleg"), ("evaluatie", "Evaluatie.Planning"), ("vaststelling", "Plan.Vaststelling"),
       ("instemming_ouders", "Ouders.Instemming"), ("informatie_rechten", "Ouders.InformatieRechten")]


def export(p, S):
    rows = [("Leerling", [f"{p['name']} (lln.nr {40000 + p['idx'] * 37})"]), ("Geb.datum", [fmt(p["birth"])]),
            ("Vestiging", [p["school"]]), ("Groep", [p["group"]]), ("Document", ["OPP"]), ("Status", ["definitief"]),
            ("Aangemaakt", [fmt(p["date"])])]
    if p.get("revised"):
        rows.append(("Gewijzigd", [fmt(p["revised"])]))
    if p.get("adult"):
        rows.append(("Meerderjarig", ["ja" + (" — onder curatele, curator: " + p["mother"] if p["adult"] == "curatele" else "")]))
    rows += [(lab, S[el]) for el, lab in EXP if S[el] is not None]
    return [("title", "LeerlingDossier Online — export OPP"), ("kv", rows),
            ("footer", f"Export LeerlingDossier Online 7.4 | {p['school']} | afgedrukt {fmt(p['date'])} | pagina {{page}}")]


# 9 -------------------------------------------------------------- groeidocument with OPP as chapter
def groei(p, S):
    B = [("title", "Groeidocument"), ("p", f"{p['swv']}"), ("h1", "1. Leerlinggegevens"), ("kv", gegevens(p)),
         ("h1", "2. Onderwijsgeschiedenis"),
         ("p", f"Kleuterperiode verlengd; vanaf groep 3 extra ondersteuning. Eerdere plannen: groeidocument {p['date'].year - 1}."),
         ("h1", "3. Beeld van de leerling")]
    sec(B, "3.1 Wat belemmert", S["belemmerende_factoren"])
    sec(B, "3.2 Wat helpt / sterke kanten", S["bevorderende_factoren"])
    sec(B, "3.3 Onderwijs- en ondersteuningsbehoeften", S["ondersteuningsbehoefte"])
    sec(B, "3.4 Onderzoek en advies", S["adviezen_professionals"])
    B.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    sec(B, "4.1 Uitstroombestemming", S["uitstroombestemming"])
    sec(B, "4.2 Onderbouwing", S["onderbouwing"])
    sec(B, "4.3 Doelen", S["doelen"])
    sec(B, "4.4 Handelingsdeel: ondersteuning", S["ondersteuning"])
    sec(B, "4.5 Afwijkingen", S["afwijkingen_onderwijsprogramma"])
    B.append(("h1", "5. Betrokkenheid"))
    sec(B, "5.1 Gesprek met leerling", S["inbreng_leerling"])
    sec(B, "5.2 Gesprek met ouders", S["oogo"])
    sec(B, "5.3 Evaluatie", S["evaluatie"])
    B.append(("h1", "6. Ondertekening"))
    sec(B, "6.1 Vaststelling door school", S["vaststelling"])
    sec(B, "6.2 Instemming ouders", S["instemming_ouders"])
    sec(B, "6.3 Informatie voor ouders", S["informatie_rechten"])
    return B


# 10 ------------------------------------------------------------- beknopt OPP
BK = [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Waarom"), ("belemmerende_factoren", "Belemmerend"),
      ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Behoeften"), ("doelen", "Doelen"),
      ("ondersteuning", "Aanpak"), ("afwijkingen_onderwijsprogramma", "Afwijking"),
      ("adviezen_professionals", "Advies"), ("inbreng_leerling", "Leerling"), ("oogo", "OOGO"),
      ("evaluatie", "Evaluatie"), ("vaststelling", "Vastgesteld"), ("informatie_rechten", "Rechten")]


def beknopt(p, S):
    rows = [("Leerling", [f"{p['name']}, {fmt(p['birth'])}, {p['group']}"])] + \
           [(lab, S[el]) for el, lab in BK if S[el] is not None]
    B = [("title", "Beknopt OPP"), ("p", f"{p['school']} — schooljaar {p['date'].year if p['date'].month >= 8 else p['date'].year - 1}-"
                                          f"{(p['date'].year if p['date'].month >= 8 else p['date'].year - 1) + 1}"), ("kv", rows)]
    if S["instemming_ouders"] is not None:
        B.append(("h2", "Handtekening voor instemming"))
        B.extend(S["instemming_ouders"])
    return B


LAYOUTS = {"swv-genummerd": numbered, "tweekoloms-tabel": twocol, "domeintabel": domain, "vraagkoppen": questions,
           "briefvorm": letter, "systeemexport": export, "groeidocument": groei, "beknopt-opp": beknopt}
