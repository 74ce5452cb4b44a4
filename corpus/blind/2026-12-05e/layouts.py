# -*- coding: utf-8 -*-
"""Layouts: turn (ctx, get) into a list of blocks (an intermediate representation).
get(el) returns None (element not in the document), a str / Instr / list (its body),
or for instemming_ouders a list of consent lines."""
from content import dlong, dnum, Instr, add_days

# block kinds: title, sub, h1, h2, p, bullets, kv, table, consent, header, footer, pb


def body_blocks(v):
    if isinstance(v, list):
        return [("bullets", v)]
    return [("p", v)]


def gegevens_kv(c, extra=()):
    rows = [("Naam leerling", c["name"]), ("Geboortedatum", dnum(c["dob"])), ("School", c["school"]),
            ("Groep/klas", c["groep"]), ("Schooljaar", c["sj"]), ("Mentor/leerkracht", c["mentor"]),
            ("Intern begeleider / zorgcoördinator", c["ib"])]
    if c["type"] != "vso" or not c["adult"]:
        rows.append(("Ouders/verzorgers", "%s en %s" % (c["mother"], c["father"])))
    else:
        rows.append(("Wettelijk vertegenwoordiger", c["curator"] + " (vader, curator)" if c["curatele"] else
                     "geen (leerling is meerderjarig en handelingsbekwaam)"))
    rows += list(extra)
    return ("kv", rows)


ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "afwijkingen_onderwijsprogramma", "doelen",
         "ondersteuning", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten",
         "instemming_ouders", "vaststelling"]

H_NUM = {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing van de uitstroombestemming",
         "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
         "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
         "adviezen_professionals": "Adviezen van externe deskundigen",
         "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
         "doelen": "Doelen voor de komende periode",
         "ondersteuning": "Handelingsdeel: ondersteuning en begeleiding",
         "inbreng_leerling": "Inbreng van de leerling", "oogo": "Overleg met ouders (OOGO)",
         "evaluatie": "Evaluatie", "informatie_rechten": "Uw rechten als ouder",
         "instemming_ouders": "Instemming met het handelingsdeel", "vaststelling": "Vaststelling"}


def L_numbered(c, get, o):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", c["swv"] + " \u2014 format OPP versie 2024.2"),
         ("h1", "1. Gegevens leerling"), gegevens_kv(c)]
    n = 2
    for el in ORDER:
        v = get(el)
        if v is None:
            continue
        B.append(("h1", "%d. %s" % (n, H_NUM[el])))
        n += 1
        if el == "instemming_ouders":
            B.append(("consent", v))
        else:
            B += body_blocks(v)
    B.append(("footer", "OPP %s \u2014 %s" % (c["name"], c["school"])))
    return B


H_TWO = {"uitstroombestemming": "Te verwachten uitstroombestemming", "onderbouwing": "Onderbouwing",
         "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Stimulerende factoren",
         "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Advies deskundigen",
         "afwijkingen_onderwijsprogramma": "Afwijkingen onderwijsprogramma", "doelen": "Doelen (SMART)",
         "ondersteuning": "Individuele begeleiding (handelingsdeel)", "inbreng_leerling": "Stem van de leerling",
         "oogo": "Overleg met ouders", "evaluatie": "Evaluatiemomenten", "informatie_rechten": "Informatie over rechten",
         "vaststelling": "Vaststelling OPP"}


def L_twocol(c, get, o):
    B = [("title", "OPP \u2014 %s" % c["school"].split(",")[0]), ("sub", "Ontwikkelingsperspectief schooljaar %s" % c["sj"]),
         ("h2", "Leerlinggegevens"), gegevens_kv(c), ("h2", "Ontwikkelingsperspectief en handelingsdeel")]
    rows = []
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        v = get(el)
        if v is None:
            continue
        rows.append((H_TWO[el], v))
    B.append(("kv", rows))
    v = get("instemming_ouders")
    if v is not None:
        B += [("h2", "Ondertekening handelingsdeel"), ("consent", v)]
    return B


DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en omgeving"]


def L_domain(c, get, o):
    B = [("title", "Ontwikkelingsperspectief"), ("sub", "%s | %s" % (c["school"], c["swv"])),
         gegevens_kv(c), ("h1", "A. Perspectief")]
    kv = []
    for el, lab in (("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        v = get(el)
        if v is not None:
            kv.append((lab, v))
    if kv:
        B.append(("kv", kv))
    B.append(("h1", "B. Analyse per domein"))
    cols = [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
            ("ondersteuningsbehoefte", "Onderwijsbehoefte")]
    cols = [(el, lab, get(el)) for el, lab in cols if get(el) is not None]
    headers = ["Domein"] + [lab for _, lab, _ in cols]
    rows = []
    for i, dom in enumerate(DOMAINS[:3]):
        r = [dom]
        for el, lab, v in cols:
            if isinstance(v, list):
                r.append(v[i] if i < len(v) else "")
            elif isinstance(v, Instr):
                r.append(v if i == 0 else "")
            else:
                r.append(v)
        rows.append(r)
    B.append(("table", headers, rows))
    B.append(("h1", "C. Handelingsdeel"))
    for el in ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals",
               "inbreng_leerling", "evaluatie"]:
        v = get(el)
        if v is None:
            continue
        B.append(("h2", H_NUM[el]))
        B += body_blocks(v)
    B.append(("h1", "D. Ouders en ondertekening"))
    for el in ["oogo", "informatie_rechten", "instemming_ouders", "vaststelling"]:
        v = get(el)
        if v is None:
            continue
        B.append(("h2", H_NUM[el]))
        B += [("consent", v)] if el == "instemming_ouders" else body_blocks(v)
    return B


def L_groei(c, get, o):
    B = [("title", "Groeidocument"), ("sub", "%s \u2014 %s" % (c["name"], c["school"])),
         ("h1", "1 Inleiding"),
         ("p", "Dit groeidocument volgt %s door de schoolloopbaan heen. Het wordt gebruikt bij de aanvraag van "
               "arrangementen bij het samenwerkingsverband. Hoofdstuk 4 en 5 vormen samen het "
               "ontwikkelingsperspectief (OPP); hoofdstuk 5 is het handelingsdeel." % c["first"]),
         ("h1", "2 Gegevens"), gegevens_kv(c, [("Eerdere scholen", "geen" if c["type"] == "po" else "basisschool in " + c["place"])]),
         ("h1", "3 Beeld van de leerling")]
    for el, h in (("belemmerende_factoren", "3.1 Belemmerende factoren"),
                  ("bevorderende_factoren", "3.2 Beschermende factoren en sterke kanten"),
                  ("ondersteuningsbehoefte", "3.3 Onderwijsbehoeften"),
                  ("adviezen_professionals", "3.4 Gegevens en adviezen externe deskundigen")):
        v = get(el)
        if v is not None:
            B += [("h2", h)] + body_blocks(v)
    B.append(("h1", "4 Ontwikkelingsperspectief"))
    for el, h in (("uitstroombestemming", "4.1 Verwachte uitstroombestemming"),
                  ("onderbouwing", "4.2 Onderbouwing"),
                  ("afwijkingen_onderwijsprogramma", "4.3 Afwijkingen van het onderwijsprogramma"),
                  ("inbreng_leerling", "4.4 Wat vindt de leerling zelf?")):
        v = get(el)
        if v is not None:
            B += [("h2", h)] + body_blocks(v)
    B.append(("h1", "5 Handelingsdeel"))
    for el, h in (("doelen", "5.1 Doelen"), ("ondersteuning", "5.2 Ondersteuning: wat, wie, hoe vaak"),
                  ("evaluatie", "5.3 Evaluatie")):
        v = get(el)
        if v is not None:
            B += [("h2", h)] + body_blocks(v)
    B.append(("h1", "6 Ouders"))
    for el, h in (("oogo", "6.1 Op overeenstemming gericht overleg"), ("informatie_rechten", "6.2 Rechten van ouders"),
                  ("instemming_ouders", "6.3 Instemming handelingsdeel")):
        v = get(el)
        if v is not None:
            B += [("h2", h)] + ([("consent", v)] if el == "instemming_ouders" else body_blocks(v))
    v = get("vaststelling")
    if v is not None:
        B += [("h1", "7 Vaststelling")] + body_blocks(v)
    B.append(("footer", "Groeidocument %s \u2014 vertrouwelijk" % c["name"]))
    return B


H_SHORT = {"uitstroombestemming": "Uitstroom", "onderbouwing": "Waarom deze uitstroom",
           "belemmerende_factoren": "Belemmerend", "bevorderende_factoren": "Bevorderend",
           "ondersteuningsbehoefte": "Heeft nodig", "adviezen_professionals": "Advies extern",
           "afwijkingen_onderwijsprogramma": "Afwijkingen programma", "doelen": "Doelen",
           "ondersteuning": "Ondersteuning (wie/wat/wanneer)", "inbreng_leerling": "Mening leerling",
           "oogo": "Besproken met ouders", "evaluatie": "Evaluatie", "informatie_rechten": "Rechten ouders",
           "vaststelling": "Vastgesteld"}


def L_short(c, get, o):
    B = [("title", "Beknopt OPP"), ("sub", c["school"] + " \u2014 " + c["sj"]),
         ("kv", [("Leerling", c["name"]), ("Geboortedatum", dnum(c["dob"])), ("Groep", c["groep"])])]
    rows = []
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        v = get(el)
        if v is None:
            continue
        if isinstance(v, list):
            v = "; ".join(x.rstrip(".") for x in v) + "."
        rows.append((H_SHORT[el], v))
    B.append(("kv", rows))
    v = get("instemming_ouders")
    if v is not None:
        B += [("h2", "Akkoord handelingsdeel"), ("consent", v)]
    return B


def H_Q(c):
    f = c["first"]
    return {"uitstroombestemming": "Waar gaat %s naartoe na deze school?" % f,
            "onderbouwing": "Waarom verwachten we dat?",
            "belemmerende_factoren": "Wat maakt het leren moeilijk voor %s?" % f,
            "bevorderende_factoren": "Wat helpt %s?" % f,
            "ondersteuningsbehoefte": "Wat heeft %s nodig?" % f,
            "adviezen_professionals": "Wat adviseren deskundigen?",
            "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af van dat van de groep?",
            "doelen": "Wat willen we de komende periode bereiken?",
            "ondersteuning": "Welke hulp krijgt %s, van wie en hoe vaak?" % f,
            "inbreng_leerling": "Wat vindt %s zelf, en wat hebben we daarmee gedaan?" % f,
            "oogo": "Hebben we het plan samen besproken?",
            "evaluatie": "Wanneer kijken we samen terug?",
            "informatie_rechten": "Wat als u het niet eens bent met het plan?",
            "instemming_ouders": "Gaat u akkoord met het handelingsdeel?",
            "vaststelling": "Wie heeft het plan vastgesteld, en wanneer?"}


def L_questions(c, get, o):
    HQ = H_Q(c)
    B = [("title", "Het plan van %s" % c["first"]), ("sub", "Ontwikkelingsperspectief (OPP) \u2014 %s, schooljaar %s" % (c["school"], c["sj"])),
         gegevens_kv(c)]
    for el in ORDER:
        v = get(el)
        if v is None:
            continue
        B.append(("h2", HQ[el]))
        B += [("consent", v)] if el == "instemming_ouders" else body_blocks(v)
    return B


LEAD = {"uitstroombestemming": "Verwachte uitstroom.", "onderbouwing": "Waarom wij dit verwachten.",
        "belemmerende_factoren": "Wat het moeilijk maakt.", "bevorderende_factoren": "Wat goed gaat en helpt.",
        "ondersteuningsbehoefte": "Wat %s nodig heeft.", "adviezen_professionals": "Adviezen van deskundigen.",
        "afwijkingen_onderwijsprogramma": "Aanpassingen in het lesprogramma.", "doelen": "Doelen.",
        "ondersteuning": "De extra ondersteuning.", "inbreng_leerling": "De mening van %s.",
        "oogo": "Ons gesprek.", "evaluatie": "Evaluatie.", "informatie_rechten": "Als u het niet eens bent.",
        "vaststelling": "Vaststelling."}


def L_letter(c, get, o):
    adult = c["adult"] and not c["curatele"]
    aan = ("Aan %s" % c["name"]) if adult else ("Aan de ouders/verzorgers van %s" % c["name"])
    B = [("sub", c["school"].split(",")[0] + "\nPostbus %d, %s" % (1000 + len(c["name"]) * 7, c["place"])),
         ("p", aan + "\n" + c["place"] + ", " + dlong(add_days(c["date"], 1))),
         ("p", "Betreft: ontwikkelingsperspectiefplan (OPP) %s" % c["name"]),
         ("p", ("Beste %s," % c["first"]) if adult else ("Geachte heer/mevrouw %s," % c["last"])),
         ("p", "Hierbij ontvangt %s het ontwikkelingsperspectiefplan. Hieronder leest %s "
               "wat wij verwachten, wat %s nodig heeft en welke ondersteuning de school biedt." %
          (("je", "je", "je") if adult else ("u", "u", c["first"])))]
    for el in ORDER:
        v = get(el)
        if v is None or el == "instemming_ouders":
            continue
        lead = LEAD[el].replace("%s", c["first"])
        if isinstance(v, list):
            B.append(("lead", lead, ""))
            B.append(("bullets", v))
        else:
            B.append(("lead", lead, v))
    B.append(("p", "Met vriendelijke groet,\n\n%s, mentor\n%s, intern begeleider" % (c["mentor"], c["ib"])))
    v = get("instemming_ouders")
    if v is not None:
        B += [("pb",), ("h2", "Strook retour \u2014 instemming met het handelingsdeel van het OPP van %s" % c["name"]),
              ("consent", v)]
    return B


H_SYS = {"uitstroombestemming": "Verwachte uitstroombestemming", "onderbouwing": "Onderbouwing uitstroom",
         "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
         "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Extern advies",
         "afwijkingen_onderwijsprogramma": "Aanpassingen programma", "doelen": "Doelen",
         "ondersteuning": "Ondersteuning (handelingsdeel)", "inbreng_leerling": "Gesprek met leerling",
         "oogo": "Gesprek ouders (OOGO)", "evaluatie": "Evaluatie", "informatie_rechten": "Rechten ouders",
         "instemming_ouders": "Instemming", "vaststelling": "Status OPP"}


def L_system(c, get, o):
    lln = 40000 + sum(map(ord, c["name"])) * 7 % 9000
    B = [("header", "LeerlingDossier Online \u2022 Export Ontwikkelingsperspectief \u2022 lln.nr. %d" % lln),
         ("title", "ONTWIKKELINGSPERSPECTIEF %s" % c["name"].upper()),
         ("kv", [("Leerling", "%s (%s)" % (c["name"], dnum(c["dob"]))), ("Vestiging", c["school"]),
                 ("Groep", c["groep"]), ("Schooljaar", c["sj"]), ("Auteur", c["ib"])])]
    sections = [("PERSPECTIEF", ["uitstroombestemming", "onderbouwing"]),
                ("ANALYSE", ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals"]),
                ("HANDELINGSDEEL", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]),
                ("BETROKKENEN", ["inbreng_leerling", "oogo", "informatie_rechten", "instemming_ouders", "vaststelling"])]
    for sec, els in sections:
        B.append(("h2", sec))
        for el in els:
            v = get(el)
            if v is None:
                continue
            if el == "instemming_ouders":
                B += [("p", H_SYS[el] + ":"), ("consent", v)]
            else:
                B.append(("kv", [(H_SYS[el], v)]))
    B.append(("footer", "Afgedrukt door %s op %s \u2022 LeerlingDossier Online 7.4 \u2022 vertrouwelijk" %
              (c["ib"], dnum(add_days(c["date"], 12)))))
    return B


LAYOUTS = {"swv-genummerd": L_numbered, "twee-kolommen": L_twocol, "domeintabel": L_domain,
           "groeidocument": L_groei, "beknopt": L_short, "vraagkoppen": L_questions, "briefvorm": L_letter,
           "systeemexport": L_system}
