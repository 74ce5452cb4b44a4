# -*- coding: utf-8 -*-
"""Layouts: spec -> list of IR blocks plus header/footer."""
from gen_content import PROFILES
from gen_text import el_text, consent_blocks


def sec(B, heading, el, d, level="h2"):
    t = el_text(el, d)
    if t is None:
        return False
    B.append((level, heading))
    kind = d["v"].get(el, "ok")
    kind = kind[0] if isinstance(kind, tuple) else kind
    for p in t:
        B.append(("pi" if kind == "instr" else "p", p))
    return True


def gegevens(d):
    return [["Naam leerling", d["name"]], ["Geboortedatum", d["geb"]], ["School", f"{d['school']}, {d['plaats']}"],
            ["Groep/klas", d["groep"]], ["Mentor/leerkracht", d["mentor"]], [d["ibrol"].capitalize(), d["ib"]],
            ["Schooljaar", d["sj"]]]


def steun_table(d):
    P = PROFILES[d["profile"]]
    return ("table", [["Wat", "Door wie", "Hoe vaak", "Vanaf"]] + [[a.format(**d), b.format(**d), c, e.format(**d)] for a, b, c, e in P["steun"]], True)


def steun_sec(B, heading, d, level="h2"):
    kind = d["v"].get("ondersteuning", "ok")
    if kind == "ok" and d.get("steun_table", True):
        B.append((level, heading)); B.append(steun_table(d)); return
    sec(B, heading, "ondersteuning", d, level)


class Num:
    def __init__(self): self.n = 0
    def __call__(self, t): self.n += 1; return f"{self.n}. {t}"


def L_numbered(d):
    n = Num()
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("p", d["swv"]), ("h1", n("Gegevens leerling")), ("table", gegevens(d), False)]
    B.append(("h1", n("Beginsituatie")))
    sec(B, "Belemmerende factoren", "belemmerende_factoren", d)
    sec(B, "Bevorderende factoren", "bevorderende_factoren", d)
    sec(B, "Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", d)
    B.append(("h1", n("Ontwikkelingsperspectief")))
    sec(B, "Te verwachten uitstroombestemming", "uitstroombestemming", d)
    sec(B, "Onderbouwing", "onderbouwing", d)
    sec(B, n("Adviezen van deskundigen"), "adviezen_professionals", d, "h1")
    B.append(("h1", n("Handelingsdeel")))
    sec(B, "Doelen voor de komende periode", "doelen", d)
    steun_sec(B, "Ondersteuning en begeleiding", d)
    sec(B, "Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", d)
    sec(B, n("Inbreng van de leerling"), "inbreng_leerling", d, "h1")
    sec(B, n("Evaluatie"), "evaluatie", d, "h1")
    sec(B, n("Overleg met ouders (OOGO)"), "oogo", d, "h1")
    B.append(("h1", n("Vaststelling en ondertekening")))
    t = el_text("vaststelling", d)
    if t is not None:
        B += [("p", x) for x in t]
    B += consent_blocks(d)
    sec(B, n("Informatie voor ouders"), "informatie_rechten", d, "h1")
    return B


def L_twocol(d):
    rows = [["Onderdeel", "Invulling"]] + gegevens(d)
    for lab, el in [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroombestemming", "onderbouwing"),
                    ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuning en begeleiding (wat, wie, hoe vaak)", "ondersteuning"),
                    ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Adviezen externe deskundigen", "adviezen_professionals"),
                    ("Mening van de leerling", "inbreng_leerling"), ("Overleg met ouders", "oogo"), ("Evaluatiemomenten", "evaluatie"),
                    ("Vaststelling (datum, door)", "vaststelling")]:
        t = el_text(el, d)
        if t is not None:
            rows.append([lab, "\n".join(t)])
    B = [("title", f"OPP {d['name']}".strip()), ("p", f"{d['school']} – {d['swv']}"), ("table", rows, True)]
    B += consent_blocks(d)
    sec(B, "Rechten van ouders", "informatie_rechten", d)
    return B


def L_domain(d):
    P = PROFILES[d["profile"]]
    B = [("title", "Ontwikkelingsperspectief"), ("p", f"{d['school']}, {d['plaats']}"), ("table", gegevens(d), False),
         ("h1", "Belemmerende en bevorderende factoren")]
    doms = []
    for dom, _ in P["belem"] + P["bevord"]:
        if dom not in doms:
            doms.append(dom)
    cols = {}
    for el, key in (("belemmerende_factoren", "belem"), ("bevorderende_factoren", "bevord")):
        v = d["v"].get(el, "ok")
        if v == "ok":
            cols[el] = {dom: " ".join(t.format(**d) for dd, t in P[key] if dd == dom) for dom in doms}
        elif v == "missing":
            cols[el] = None
        else:
            t = el_text(el, d)
            cols[el] = {dom: (t[0] if (t and i == 0) else "") for i, dom in enumerate(doms)}
    hdr = ["Domein"] + [h for h, el in (("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren")) if cols[el] is not None]
    rows = [hdr] + [[dom] + [cols[el][dom] for el in ("belemmerende_factoren", "bevorderende_factoren") if cols[el] is not None] for dom in doms]
    B.append(("table", rows, True))
    sec(B, "Onderwijsbehoeften", "ondersteuningsbehoefte", d, "h1")
    B.append(("h1", "Perspectief"))
    prow = []
    for lab, el in (("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")):
        t = el_text(el, d)
        if t is not None:
            prow.append([lab, "\n".join(t)])
    B.append(("table", prow, False))
    sec(B, "Adviezen van deskundigen", "adviezen_professionals", d, "h1")
    B.append(("h1", "Handelingsdeel"))
    sec(B, "Doelen", "doelen", d)
    steun_sec(B, "Aanpak en ondersteuning", d)
    sec(B, "Afwijkingen van het programma", "afwijkingen_onderwijsprogramma", d)
    sec(B, "Stem van de leerling", "inbreng_leerling", d, "h1")
    sec(B, "Overleg met ouders", "oogo", d, "h1")
    sec(B, "Evaluatie", "evaluatie", d, "h1")
    sec(B, "Vaststelling", "vaststelling", d, "h1")
    B += consent_blocks(d)
    sec(B, "Niet eens met het OPP?", "informatie_rechten", d, "h1")
    return B


def L_groei(d):
    n = Num()
    B = [("title", "Groeidocument"), ("p", f"{d['name']} – {d['school']}, {d['plaats']} – {d['swv']}"),
         ("h1", n("Gegevens")), ("table", gegevens(d) + [["Ouders/verzorgers", ", ".join(d["ouders"])]], False),
         ("h1", n("Hulpvraag van de school")),
         ("p", f"De school vraagt het samenwerkingsverband om mee te denken over een passend aanbod voor {d['vn']} en om een arrangement voor extra begeleiding."),
         ("h1", n("Onderzoek en adviezen"))]
    t = el_text("adviezen_professionals", d)
    if t is not None:
        B.append(("h2", "Adviezen van externe deskundigen"))
        kind = d["v"].get("adviezen_professionals", "ok")
        B += [("pi" if kind == "instr" else "p", x) for x in t]
    else:
        B.append(("p", "Overzicht afgenomen toetsen: zie leerlingvolgsysteem."))
    B.append(("h1", n("Ontwikkelingsperspectief (OPP)")))
    sec(B, "Verwachte uitstroombestemming", "uitstroombestemming", d)
    sec(B, "Onderbouwing van het perspectief", "onderbouwing", d)
    sec(B, "Belemmerende factoren", "belemmerende_factoren", d)
    sec(B, "Bevorderende (beschermende) factoren", "bevorderende_factoren", d)
    sec(B, "Onderwijsbehoeften", "ondersteuningsbehoefte", d)
    B.append(("h1", n("Handelingsdeel")))
    sec(B, "Doelen", "doelen", d)
    steun_sec(B, "Te bieden ondersteuning en begeleiding", d)
    sec(B, "Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", d)
    B.append(("h1", n("Zienswijze ouders en leerling")))
    B.append(("h2", "Wat zeggen ouders?"))
    B.append(("p", "Ouders zien thuis dezelfde patronen als op school en willen graag dat de begeleiding wordt voortgezet."))
    sec(B, "Wat zegt de leerling?", "inbreng_leerling", d)
    B.append(("h1", n("Afspraken en evaluatie")))
    sec(B, "Op overeenstemming gericht overleg", "oogo", d)
    sec(B, "Evaluatie", "evaluatie", d)
    B.append(("h1", n("Vaststelling en ondertekening")))
    t = el_text("vaststelling", d)
    if t is not None:
        B += [("p", x) for x in t]
    B += consent_blocks(d)
    sec(B, n("Rechten van ouders"), "informatie_rechten", d, "h1")
    return B


def L_beknopt(d):
    B = [("title", "Beknopt OPP"), ("p", f"{d['school']} | {d['swv']}"),
         ("field", "Naam leerling", d["name"]), ("field", "Geboortedatum", d["geb"]), ("field", "Groep/klas", d["groep"])]
    for lab, el in [("Verwachte uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                    ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuning (wat/wie/hoe vaak)", "ondersteuning"),
                    ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Adviezen deskundigen", "adviezen_professionals"),
                    ("Inbreng leerling", "inbreng_leerling"), ("OOGO (datum, wie)", "oogo"), ("Evaluatie", "evaluatie"),
                    ("Vaststelling", "vaststelling"), ("Rechten ouders", "informatie_rechten")]:
        t = el_text(el, d)
        if t is None:
            continue
        kind = d["v"].get(el, "ok")
        kind = kind[0] if isinstance(kind, tuple) else kind
        val = "" if kind in ("empty",) or (kind == "ph" and d["v"][el][1:] == ("cc",)) else " ".join(t)
        B.append(("field", lab, val))
    B += consent_blocks(d)
    return B


def L_questions(d):
    vn = d["vn"]
    B = [("title", f"Ontwikkelingsperspectief van {vn}"), ("p", f"{d['school']}, {d['plaats']} – schooljaar {d['sj']}"), ("table", gegevens(d), False)]
    for q, el in [(f"Wat gaat goed bij {vn}?", "bevorderende_factoren"), (f"Wat maakt leren moeilijk voor {vn}?", "belemmerende_factoren"),
                  (f"Wat heeft {vn} nodig?", "ondersteuningsbehoefte"), (f"Waar werken we naartoe?", "uitstroombestemming"),
                  ("Waarom verwachten we dat?", "onderbouwing"), ("Wat zeggen deskundigen?", "adviezen_professionals"),
                  ("Welke doelen stellen we?", "doelen"), ("Welke hulp krijgt " + vn + "?", "ondersteuning"),
                  ("Wijkt het lesprogramma af?", "afwijkingen_onderwijsprogramma"), (f"Wat vindt {vn} zelf?", "inbreng_leerling"),
                  ("Hoe hebben we het plan met u besproken?", "oogo"), ("Wanneer kijken we terug?", "evaluatie")]:
        if el == "ondersteuning":
            steun_sec(B, q, d, "h1")
        else:
            sec(B, q, el, d, "h1")
    if el_text("vaststelling", d) is not None:
        sec(B, "Wanneer is het plan vastgesteld?", "vaststelling", d, "h1")
    cb = consent_blocks(d)
    if cb:
        B.append(("h1", "Gaat u akkoord?"))
        B += cb
    sec(B, "Wat als u het niet eens bent?", "informatie_rechten", d, "h1")
    return B


def L_letter(d):
    vn = d["vn"]
    B = [("title", d["school"]), ("p", f"Schoolstraat 12, {d['plaats']} · telefoon 0599-123456 · info@school.example"),
         ("p", f"Aan de ouders/verzorgers van {d['name']}\n{d['adres']}"), ("p", f"{d['plaats']}, {d['briefdatum']}"),
         ("pb", f"Betreft: ontwikkelingsperspectiefplan (OPP) van {d['name']}"), ("p", "Beste ouders/verzorgers,"),
         ("p", f"Hierbij ontvangt u het ontwikkelingsperspectief van {vn}. Wij hebben het plan in deze brief samengevat; wij lopen de onderdelen hieronder met u door.")]
    for lead, el in [("Wat gaat goed", "bevorderende_factoren"), ("Wat is lastig", "belemmerende_factoren"), (f"Wat {vn} nodig heeft", "ondersteuningsbehoefte"),
                     ("Het perspectief", "uitstroombestemming"), ("Waarom wij dit verwachten", "onderbouwing"), ("Adviezen van deskundigen", "adviezen_professionals"),
                     ("De doelen", "doelen"), ("De begeleiding", "ondersteuning"), ("Het lesprogramma", "afwijkingen_onderwijsprogramma"),
                     (f"Wat {vn} er zelf van vindt", "inbreng_leerling"), ("Ons gesprek", "oogo"), ("Evaluatie", "evaluatie"),
                     ("Vaststelling", "vaststelling"), ("Uw rechten", "informatie_rechten")]:
        t = el_text(el, d)
        if t is None:
            continue
        B.append(("pb", lead + ":"))
        kind = d["v"].get(el, "ok")
        kind = kind[0] if isinstance(kind, tuple) else kind
        B += [("pi" if kind == "instr" else "p", x) for x in (t or [""])]
    B += [("p", "Met vriendelijke groet,"), ("p", f"{d['mentor']}, mentor\n{d['ib']}, {d['ibrol']}")]
    B += consent_blocks(d)
    return B


def L_export(d):
    B = [("title", "LEERLINGDOSSIER – ONTWIKKELINGSPERSPECTIEF"),
         ("p", f"Export uit leerlingvolgsysteem · School: {d['school']} ({d['brin']}) · Leerling-ID {d['lid']}"),
         ("h2", "PERSONALIA"), ("p", f"Naam: {d['name']}\nGeboortedatum: {d['geb']}\nGroep/klas: {d['groep']}\nSchooljaar: {d['sj']}")]
    for lab, el in [("PERSPECTIEF – Uitstroombestemming", "uitstroombestemming"), ("PERSPECTIEF – Onderbouwing", "onderbouwing"),
                    ("FACTOREN – Belemmerend", "belemmerende_factoren"), ("FACTOREN – Bevorderend", "bevorderende_factoren"),
                    ("ONDERWIJSBEHOEFTEN", "ondersteuningsbehoefte"), ("HANDELINGSDEEL – Doelen", "doelen"),
                    ("HANDELINGSDEEL – Ondersteuning", "ondersteuning"), ("HANDELINGSDEEL – Afwijkingen programma", "afwijkingen_onderwijsprogramma"),
                    ("EXTERNE ADVIEZEN", "adviezen_professionals"), ("LEERLINGGESPREK (hoorrecht)", "inbreng_leerling"),
                    ("OUDERGESPREK (OOGO)", "oogo"), ("EVALUATIE", "evaluatie"), ("VASTSTELLING", "vaststelling"),
                    ("INFORMATIE RECHTEN OUDERS", "informatie_rechten")]:
        t = el_text(el, d)
        if t is None:
            continue
        B.append(("h2", lab))
        if t:
            B.append(("p", "\n".join((("- " + x) if len(t) > 1 else x) for x in t)))
        else:
            B.append(("p", "(leeg)"))
    cb = consent_blocks(d)
    if cb:
        B.append(("h2", "ONDERTEKENING"))
        B += cb
    return B


LAYOUTS = {"swv-numbered": L_numbered, "two-column-table": L_twocol, "domain-factor-table": L_domain, "groeidocument": L_groei,
           "beknopt-form": L_beknopt, "question-headings": L_questions, "letter": L_letter, "system-export": L_export}


# ----------------------------------------------------------------- non-OPP documents
def L_leaflet(d):
    return [("title", "Wat is een OPP? Informatie voor ouders"), ("p", d["swv"]),
            ("h2", "Waarom een ontwikkelingsperspectiefplan?"),
            ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan (OPP). Daarin staat de te verwachten uitstroombestemming, "
                  "met een onderbouwing, en de belemmerende en bevorderende factoren die daarbij een rol spelen."),
            ("h2", "Wat staat er in een OPP?"),
            ("p", "- de onderwijsbehoeften van uw kind\n- de doelen en de te bieden ondersteuning (het handelingsdeel)\n- eventuele afwijkingen van het onderwijsprogramma\n"
                  "- de adviezen van deskundigen\n- de mening van uw kind (sinds 1 augustus 2025 verplicht)"),
            ("h2", "Uw rol als ouder"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig: "
                  "u tekent 'akkoord' of 'niet akkoord'. Het plan wordt minstens één keer per jaar met u geëvalueerd."),
            ("h2", "Niet eens?"),
            ("p", "Praat eerst met de school. U kunt terecht bij het ouder- en jeugdsteunpunt, bij Onderwijsconsulenten of binnen zes weken bij de Geschillencommissie passend onderwijs."),
            ("table", [["Handtekening ouder", "Datum"], ["______________", "________"]], True),
            ("p", "(Voorbeeld van een handtekeningblok zoals u het in een OPP tegenkomt.)")]


def L_newsletter(d):
    return [("title", f"Nieuwsbrief {d['school']} – december"), ("h2", "Sinterklaas en kerst"),
            ("p", "Wat hebben we genoten van het sinterklaasfeest! De kerstviering is op donderdag 17 december om 17.00 uur."),
            ("h2", "Uit het zorgteam"),
            ("p", "Deze maand voeren we de evaluatiegesprekken over de ontwikkelingsperspectiefplannen (OPP). Ouders van leerlingen met een OPP krijgen een uitnodiging. "
                  "Vanaf dit schooljaar praten we ook met de leerling zelf over het plan. Heeft u vragen over instemming of over uw rechten, dan kunt u bij de intern begeleider terecht."),
            ("h2", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u op die dag geen gel in het haar doen?"),
            ("h2", "Agenda"), ("table", [["Datum", "Activiteit"], ["17 december", "Kerstviering"], ["18 december", "12.00 uur vrij"], ["5 januari", "Eerste schooldag"]], True)]
