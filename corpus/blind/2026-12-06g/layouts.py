# -*- coding: utf-8 -*-
"""Nine OPP layouts plus three non-OPP documents, rendered to a small block language."""
from elements import *

ORDER = ELEMENTS


def header_kv(d, extra=()):
    p = d.p
    rows = [("Naam leerling", [p.name]), ("Geboortedatum", [dshort(p.born)]), ("School", [p.school + ", " + p.place]),
            ("Groep / leerjaar", [p.groep]), ("Schooljaar", [d.schooljaar()])]
    if d.revised:
        rows.append(("Bijgesteld", [dshort(d.revised)]))
    return [("kv", rows + list(extra))]


def flatten(bl):
    out = []
    for b in bl:
        t = b[0]
        if t in ("p", "sdt"):
            out.append(b[1])
        elif t == "bul":
            out += ["• " + x for x in b[1]]
        elif t == "tbl":
            for r in b[2]:
                out.append(" – ".join(x for x in r if x))
        elif t == "chk":
            out += [("☒ " if c else "☐ ") + x for c, x in b[1]]
        elif t == "sig":
            for r in b[1]:
                sig = r[3] if r[3] else "______________"
                if sig == "SCRIBBLE":
                    sig = "(handtekening)"
                out.append("%s: %s   datum: %s   handtekening: %s" % (r[0], r[1], r[2] or "________", sig))
        elif t == "kv":
            for k, v in b[1]:
                out.append("%s: %s" % (k, " ".join(v)))
        elif t == "pb":
            out.append(b[1] + " " + b[2])
    return out


def L_swv(d):
    p = d.p
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", p.swv + " — format OPP versie 2024")]
    B.append(("h1", "1. Gegevens leerling"))
    B += header_kv(d)
    n = 2
    for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten",
               "vaststelling", "instemming_ouders"]:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        B.append(("h1", "%d. %s" % (n, r[0])))
        B += r[1]
        n += 1
    B.append(("foot", "%s — OPP %s — vertrouwelijk" % (p.swv, p.name)))
    return B


def L_twokol(d):
    p = d.p
    B = [("title", "OPP — %s" % p.school), ("sub", "Ontwikkelingsperspectief en handelingsdeel")]
    B += [("h2", "Leerlinggegevens")] + header_kv(d)
    groups = [("Perspectief", ["uitstroombestemming", "onderbouwing"]),
              ("Beeld van de leerling", ["bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte", "adviezen_professionals"]),
              ("Plan", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]),
              ("Betrokkenheid ouders en leerling", ["inbreng_leerling", "oogo", "evaluatie", "informatie_rechten"]),
              ("Vaststelling en instemming", ["vaststelling", "instemming_ouders"])]
    for g, els in groups:
        rows = []
        for el in els:
            r = blocks(d, el)
            if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
                continue
            rows.append((r[0], flatten(r[1])))
        if rows:
            B += [("h2", g), ("kv", rows)]
    return B


DOMAIN_OF = {}
for t, dm in zip(BEL, ["Werkhouding", "Leren", "Sociaal-emotioneel", "Leren", "Sociaal-emotioneel", "Thuis en schoolloopbaan",
                      "Sociaal-emotioneel", "Thuis en schoolloopbaan", "Lichamelijk / medisch", "Werkhouding"]):
    DOMAIN_OF[t] = dm
for t, dm in zip(BEV, ["Werkhouding", "Leren", "Sociaal-emotioneel", "Thuis en schoolloopbaan", "Leren", "Werkhouding",
                      "Lichamelijk / medisch", "Sociaal-emotioneel", "Sociaal-emotioneel", "Leren"]):
    DOMAIN_OF[t] = dm
DOMAINS = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis en schoolloopbaan", "Lichamelijk / medisch"]


def dom(p, txt):
    for k, v in DOMAIN_OF.items():
        if S(p, k) == txt:
            return v
    return "Leren"


def L_domein(d):
    p = d.p
    B = [("title", "Ontwikkelingsperspectief %s" % p.name), ("sub", "%s — handelingsgericht werken" % p.school)]
    B += header_kv(d)
    # factor table per domain
    kb, kv_ = d.gaps.get("belemmerende_factoren"), d.gaps.get("bevorderende_factoren")
    bel = factors(p, "bel") if kb in (None, "ok") else []
    bev = factors(p, "bev") if kv_ in (None, "ok") else []
    hdr = ["Domein"]
    if kb != "missing":
        hdr.append("Belemmerend")
    if kv_ != "missing":
        hdr.append("Bevorderend")
    rows = []
    for i, dm in enumerate(DOMAINS):
        row = [dm]
        if kb != "missing":
            cell = "; ".join(x for x in bel if dom(p, x) == dm)
            if kb not in (None, "ok") and i == 0:
                g = blocks(d, "belemmerende_factoren")[1]
                cell = " ".join(flatten(g))
            row.append(cell)
        if kv_ != "missing":
            cell = "; ".join(x for x in bev if dom(p, x) == dm)
            if kv_ not in (None, "ok") and i == 0:
                g = blocks(d, "bevorderende_factoren")[1]
                cell = " ".join(flatten(g))
            row.append(cell)
        rows.append(row)
    if len(hdr) > 1:
        B += [("h1", "Beeld per domein: belemmerende en bevorderende factoren"), ("tbl", hdr, rows)]
    for el in ["ondersteuningsbehoefte", "uitstroombestemming", "onderbouwing", "adviezen_professionals", "doelen",
               "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo", "evaluatie",
               "vaststelling", "instemming_ouders", "informatie_rechten"]:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        B += [("h1", r[0])] + r[1]
    B.append(("foot", "OPP %s — %s — pagina's genummerd per sectie" % (p.first, p.school)))
    return B


def L_groei(d):
    p = d.p
    B = [("title", "Groeidocument"), ("sub", "%s | %s | %s" % (p.name, p.school, p.swv))]
    B += [("h1", "1 Gegevens")] + header_kv(d)
    B += [("h1", "2 Onderwijsgeschiedenis"),
          ("p", S(p, "{N} zat in groep 1 t/m 3 op een andere basisschool in %s. Na een doublure in groep 3 is {N} "
                     "overgestapt. Sinds %s is er een arrangement vanuit het samenwerkingsverband." % (p.place, "2023")))]
    B.append(("h1", "3 Beeld van de leerling: kansen en risico's"))
    for el in ["bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte"]:
        r = blocks(d, el)
        if r:
            B += [("h2", r[0])] + r[1]
    B.append(("h1", "4 Wat vinden ouders en leerling?" if (d.show_inbreng and blocks(d, "inbreng_leerling")) else "4 Wat vinden ouders?"))
    for el in ["inbreng_leerling", "oogo"]:
        r = blocks(d, el)
        if r and not (el == "inbreng_leerling" and not d.show_inbreng):
            B += [("h2", r[0])] + r[1]
    B.append(("h1", "5 Ontwikkelingsperspectief (OPP)"))
    for el in ["uitstroombestemming", "onderbouwing", "doelen", "afwijkingen_onderwijsprogramma"]:
        r = blocks(d, el)
        if r:
            B += [("h2", r[0])] + r[1]
    B.append(("h1", "6 Handelingsdeel"))
    for el in ["ondersteuning", "adviezen_professionals"]:
        r = blocks(d, el)
        if r:
            B += [("h2", r[0])] + r[1]
    B.append(("h1", "7 Afspraken, evaluatie en ondertekening"))
    for el in ["evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]:
        r = blocks(d, el)
        if r:
            B += [("h2", r[0])] + r[1]
    B.append(("foot", "Groeidocument %s — versie %s" % (p.name, d.schooljaar())))
    return B


def L_beknopt(d):
    p = d.p
    B = [("title", "Beknopt OPP"), ("sub", "%s — %s" % (p.school, p.place))]
    B += header_kv(d)
    rows = []
    for el in ORDER:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        if el in ("instemming_ouders",):
            continue
        rows.append((r[0], flatten(r[1])))
    B.append(("kv", rows))
    r = blocks(d, "instemming_ouders")
    if r:
        B += [("h2", r[0])] + r[1]
    return B


def L_vraag(d):
    p = d.p
    N = p.first
    Q = {"uitstroombestemming": "Waar werkt %s naartoe?" % N, "onderbouwing": "Waarom denken we dat?",
         "bevorderende_factoren": "Wat gaat goed? Wat helpt %s?" % N, "belemmerende_factoren": "Wat maakt het moeilijk?",
         "ondersteuningsbehoefte": "Wat heeft %s nodig?" % N, "doelen": "Wat willen we bereiken?",
         "ondersteuning": "Wat gaan we doen?", "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af?",
         "adviezen_professionals": "Wat zeggen deskundigen?", "inbreng_leerling": "Wat vindt %s zelf?" % N,
         "oogo": "Hoe hebben we dit met ouders besproken?", "evaluatie": "Wanneer kijken we terug?",
         "informatie_rechten": "Wat als u het er niet mee eens bent?", "vaststelling": "Wie heeft het plan vastgesteld?",
         "instemming_ouders": "Gaan ouders akkoord met het handelingsdeel?"}
    B = [("title", "Het plan van %s" % N), ("sub", "Ontwikkelingsperspectief | %s | schooljaar %s" % (p.school, d.schooljaar()))]
    B += header_kv(d)
    for el in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
               "ondersteuningsbehoefte", "inbreng_leerling", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        h = Q[el] if r[0] == d.heading(el) else r[0]
        B += [("h2", h)] + r[1]
    return B


def L_brief(d):
    p = d.p
    B = [("title", p.school), ("sub", "%s | Schoolstraat %d | %s" % (p.school, 3 + d.pidx, p.place)),
         ("p", "Aan de ouders/verzorgers van %s" % p.name if not d.adult else ("Aan %s (curator) en %s" % (p.mother, p.name) if d.curatele else "Aan %s" % p.name)),
         ("p", "Betreft: ontwikkelingsperspectiefplan %s, schooljaar %s" % (p.first, d.schooljaar())),
         ("p", "Geachte ouders/verzorgers," if not d.adult else ("Geachte mevrouw, beste %s," % p.first if d.curatele else "Beste %s," % p.first)),
         ("p", "Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van %s. Hieronder beschrijven we wat we "
               "verwachten, waarop we dat baseren en welke ondersteuning de school biedt." % p.first)]
    for el in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
               "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        B += [("h2", r[0])] + r[1]
    B += [("p", "Met vriendelijke groet,"), ("p", "%s, intern begeleider" % p.staff[1])]
    r = blocks(d, "instemming_ouders")
    if r:
        B += [("h2", "Strook retour — " + r[0])] + r[1]
    return B


def L_export(d):
    p = d.p
    sysn = ["LeerlingDossier 4.2", "EduVolg Online", "ZorgPlanner Onderwijs"][d.pidx % 3]
    B = [("mono", "%s :: export ontwikkelingsperspectief" % sysn), ("mono", "=" * 60)]
    for k, v in header_kv(d)[0][1]:
        B.append(("mono", "%-22s %s" % (k + ":", v[0])))
    B.append(("mono", "-" * 60))
    for el in ORDER:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        B.append(("mono", "[%s]" % r[0].upper()))
        lines = flatten(r[1])
        if not lines:
            B.append(("mono", "  (geen gegevens)") if d.pidx % 2 else ("mono", ""))
        for ln in lines:
            B.append(("mono", "  " + ln))
        B.append(("mono", ""))
    B.append(("foot", "%s | afgedrukt 01-12-2026 09:14 | gebruiker: ib-%s | vertrouwelijk" % (sysn, p.place.lower()[:6])))
    return B


def L_vso(d):
    p = d.p
    B = [("title", "OPP en transitieplan VSO"), ("sub", "%s | %s" % (p.school, p.swv))]
    B += header_kv(d, extra=[("Leeftijd", ["%d jaar" % (d.p.age or 16)])] + ([("Juridische status", ["meerderjarig, onder curatele (curator: moeder)"])] if d.curatele else []))
    order = ["uitstroombestemming", "onderbouwing", "inbreng_leerling", "bevorderende_factoren", "belemmerende_factoren",
             "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
             "adviezen_professionals", "oogo", "evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]
    titles = {"inbreng_leerling": "Mijn toekomst: wat vind ik zelf?"}
    for el in order:
        r = blocks(d, el)
        if r is None or (el == "inbreng_leerling" and not d.show_inbreng):
            continue
        h = titles.get(el, r[0]) if r[0] == d.heading(el) else r[0]
        B += [("h1", h)] + r[1]
        if el == "uitstroombestemming":
            B += [("h2", "Transitie: wonen, werken, vrije tijd"),
                  ("p", S(p, "Wonen: {N} woont thuis; oriëntatie op begeleid wonen na het 20e jaar. Vrije tijd: "
                             "zwemmen en de jongerensoos in %s." % p.place))]
    B.append(("foot", "%s — OPP/transitieplan — %s" % (p.school, p.name)))
    return B


LAYOUTS = {"swv-genummerd": L_swv, "tweekolom-formulier": L_twokol, "domeintabel": L_domein, "groeidocument": L_groei,
           "beknopt-opp": L_beknopt, "vraagkoppen": L_vraag, "briefvorm": L_brief, "systeemexport": L_export,
           "vso-transitieplan": L_vso}


# ---------------- not OPPs --------------------------------------------------------------------------------
def leaflet():
    return [("title", "Wat is een OPP?"), ("sub", "Informatie voor ouders — Samenwerkingsverband Zevenmeden"),
            ("p", "Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan (OPP). "
                  "In deze folder leest u wat daarin staat en wat uw rol is."),
            ("h2", "Wat staat er in een OPP?"),
            ("bul", ["de te verwachten uitstroombestemming: naar welk vervolgonderwijs of welke werkplek uw kind waarschijnlijk gaat",
                     "de onderbouwing daarvan", "de belemmerende en bevorderende factoren",
                     "de ondersteuning en begeleiding die de school biedt (het handelingsdeel)",
                     "eventuele afwijkingen van het onderwijsprogramma"]),
            ("h2", "Uw rol als ouder"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). "
                  "Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening "
                  "van uw kind vragen en vastleggen. Het OPP wordt minstens één keer per jaar met u geëvalueerd."),
            ("h2", "Niet eens met het OPP?"),
            ("p", "Ga eerst in gesprek met de school. Komt u er niet uit, dan kunt u het ouder- en jeugdsteunpunt bellen, "
                  "een onderwijsconsulent inschakelen of binnen zes weken naar de Geschillencommissie passend onderwijs."),
            ("p", "Vragen? Bel het ouder- en jeugdsteunpunt: 0123-456789 (ma t/m do, 9-12 uur).")]


def newsletter():
    return [("title", "Nieuwsbrief De Kompasroos — december 2026"), ("sub", "CBS De Kompasroos, Marwoude"),
            ("h2", "Sinterklaas en de kerstviering"),
            ("p", "Wat was het een gezellige sinterklaasviering! De kerstviering is op donderdag 17 december in de kerk aan de Brink."),
            ("h2", "Uit het zorgteam"),
            ("p", "In januari plannen we weer de gesprekken over de ontwikkelingsperspectiefplannen (OPP's). Ouders van "
                  "leerlingen met een OPP krijgen hiervoor een uitnodiging van de intern begeleider. We vragen ook de "
                  "leerlingen zelf wat zij van hun plan vinden."),
            ("h2", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole op maandag 4 januari."),
            ("h2", "Agenda"), ("bul", ["17 dec: kerstviering", "18 dec: 12.00 uur vrij", "4 jan: eerste schooldag"])]


def blank_format():
    """Empty school format; has fields for 12 elements and no field for inbreng, rechten and afwijkingen."""
    els = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
           "ondersteuningsbehoefte", "doelen", "ondersteuning", "adviezen_professionals", "oogo", "evaluatie",
           "vaststelling", "instemming_ouders"]
    B = [("title", "Format ontwikkelingsperspectiefplan"), ("sub", "Stichting Passend Leren Veenstreek — leeg format, versie 2023"),
         ("kv", [("Naam leerling", [""]), ("Geboortedatum", [""]), ("School", [""]), ("Groep", [""])])]
    for el in els:
        B.append(("h2", HEADINGS[el][0]))
        if el == "instemming_ouders":
            B += [("chk", [(False, "Ouders gaan akkoord met het handelingsdeel"), (False, "Ouders gaan niet akkoord")]),
                  ("sig", [["Ouder/verzorger", "", "", None], ["Directeur", "", "", None]])]
        elif el == "vaststelling":
            B.append(("line", "Datum vaststelling"))
        elif el == "oogo":
            B += [("line", "Datum gesprek met ouders"), ("line", "Aanwezig")]
        else:
            B.append(("p", INSTR[el]))
    return B, els
