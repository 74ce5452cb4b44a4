# -*- coding: utf-8 -*-
"""Ten OPP layouts plus non-OPP documents. Each returns a list of blocks."""
from content import *
from render import flat

def els(ctx, ticks=False, sup_table=True, adv_table=False):
    return {"uitstroombestemming": uitstroom(ctx, ticks),
            "onderbouwing": simple(ctx, "onderbouwing", "onderb"),
            "belemmerende_factoren": simple(ctx, "belemmerende_factoren", "belem"),
            "bevorderende_factoren": simple(ctx, "bevorderende_factoren", "bevord"),
            "ondersteuningsbehoefte": simple(ctx, "ondersteuningsbehoefte", "behoefte"),
            "ondersteuning": ondersteuning(ctx, sup_table),
            "afwijkingen_onderwijsprogramma": afwijkingen(ctx),
            "doelen": simple(ctx, "doelen", "doelen"),
            "adviezen_professionals": adviezen(ctx, adv_table),
            "oogo": oogo(ctx), "inbreng_leerling": inbreng(ctx), "evaluatie": evaluatie(ctx),
            "informatie_rechten": rechten(ctx), "vaststelling": vaststelling(ctx), "instemming_ouders": consent(ctx)}

def pupil_rows(ctx, blank=False):
    d = ctx.d
    if blank:
        keys = ["Naam leerling", "Geboortedatum", "School", "Groep/klas", "Mentor", "Schooljaar", "Datum OPP"]
        return [[k, ""] for k in keys]
    rows = [["Naam leerling", "%s %s" % (d["first"], d["last"])], ["Geboortedatum", dshort(d["born"]) + " (%d jaar)" % d["age"]],
            ["School", "%s, %s" % (d["school"], d["place"])], ["Groep/klas", ctx.f(ctx.P["groep"])], ["Mentor / leerkracht", d["mentor"]],
            ["Schooljaar", d["sy"]]]
    if d["type"] in ("vso", "pro") and d["age"] >= 18:
        if d.get("curatele"):
            rows.append(["Meerderjarig", "ja; onder curatele, curator: %s (%s)" % (d["parent"], d["parent_role"].lower())])
        else:
            rows.append(["Meerderjarig", "ja; geen curatele, bewind of mentorschap voor onderwijszaken"])
    elif d["type"] == "vso" or d["type"] == "pro":
        rows.append(["Ouders/verzorgers", "%s (%s)" % (d["parent"], d["parent_role"].lower())])
    if d.get("revised"):
        rows.append(["Versie", "bijgestelde versie %s (oorspronkelijk OPP %s)" % (dshort(d["revised"]), dshort(d["vast"]))])
    return rows

def sec(out, title, blocks, hl="h2"):
    if blocks is None: return
    out.append((hl, title)); out += blocks

# A ------------------------------------------------------------------ numbered SWV format
def layout_A(ctx):
    d = ctx.d; E = els(ctx)
    out = [("small", "Samenwerkingsverband %s - format OPP versie %s" % (d["swv"], "2025" if d["post2025"] else "2023")),
           ("h1", "Ontwikkelingsperspectiefplan (OPP)"), ("h2", "1. Leerlinggegevens"), ("table", pupil_rows(ctx), False, [5, 12])]
    n = [2]
    def s(title, key_or_blocks):
        b = E[key_or_blocks] if isinstance(key_or_blocks, str) else key_or_blocks
        if b is None: return
        out.append(("h2", "%d. %s" % (n[0], title))); out.extend(b); n[0] += 1
    s("Te verwachten uitstroombestemming", "uitstroombestemming")
    s("Onderbouwing van de uitstroombestemming", "onderbouwing")
    fb = []
    if E["belemmerende_factoren"] is not None: fb += [("h3", "Belemmerende factoren")] + E["belemmerende_factoren"]
    if E["bevorderende_factoren"] is not None: fb += [("h3", "Bevorderende factoren")] + E["bevorderende_factoren"]
    s("Belemmerende en bevorderende factoren", fb)
    s("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte")
    s("Handelingsdeel: te bieden ondersteuning en begeleiding", "ondersteuning")
    s("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")
    s("Doelen voor de komende periode", "doelen")
    s("Adviezen van deskundigen", "adviezen_professionals")
    s("Inbreng van de leerling", "inbreng_leerling")
    s("Op overeenstemming gericht overleg met ouders", "oogo")
    s("Evaluatie", "evaluatie")
    fin = (E["vaststelling"] or []) + ([("h3", "Instemming met het handelingsdeel")] + E["instemming_ouders"] if E["instemming_ouders"] else []) \
          + ([("h3", "Uw rechten")] + E["informatie_rechten"] if E["informatie_rechten"] is not None else [])
    s("Vaststelling en ondertekening", fin)
    return out

# B ------------------------------------------------------------------ two-column table
def layout_B(ctx):
    d = ctx.d; E = els(ctx, sup_table=False)
    out = [("h1", "OPP - %s" % d["school"]), ("p", "Ontwikkelingsperspectiefplan schooljaar %s" % d["sy"]),
           ("table", pupil_rows(ctx), False, [5, 12])]
    rows = []
    for lab, k in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                   ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                   ("Ondersteuningsbehoeften", "ondersteuningsbehoefte"), ("Ondersteuning en begeleiding (handelingsdeel)", "ondersteuning"),
                   ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"),
                   ("Adviezen deskundigen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"),
                   ("Overleg met ouders (OOGO)", "oogo"), ("Evaluatiemomenten", "evaluatie"), ("Vaststelling", "vaststelling")]:
        if E[k] is None: continue
        rows.append([lab, E[k]])
    out.append(("table", rows, False, [5, 12]))
    if E["instemming_ouders"] is not None: out += [("h2", "Instemming handelingsdeel")] + E["instemming_ouders"]
    if E["informatie_rechten"] is not None: out += [("h3", "Niet eens?")] + E["informatie_rechten"]
    return out

# C ------------------------------------------------------------------ domain table belemmerend / bevorderend
DOMAINS = ["Leren en ontwikkeling", "Sociaal-emotioneel / gedrag", "Werkhouding en taakgerichtheid", "Thuissituatie en omgeving"]
def domain_col(ctx, e, key):
    v = ctx.v(e)
    if v == "omit": return None
    if v == "empty": return [[] for _ in DOMAINS]
    c = common(ctx, e)
    if c != "OK": return [c] + [[] for _ in DOMAINS[1:]]
    items = [ctx.f(x) for x in ctx.P[key]]
    col = [[] for _ in DOMAINS]
    for i, it in enumerate(items): col[min(i, len(DOMAINS) - 1) if i < 3 else 3].append(("p", it))
    return col

def layout_C(ctx):
    d = ctx.d; E = els(ctx, adv_table=True)
    out = [("h1", "Ontwikkelingsperspectief - %s %s" % (d["first"], d["last"])), ("p", "%s | %s | schooljaar %s" % (d["school"], d["place"], d["sy"])),
           ("table", pupil_rows(ctx), False, [5, 12])]
    sec(out, "Uitstroomprofiel", E["uitstroombestemming"])
    sec(out, "Onderbouwing", E["onderbouwing"])
    bel = domain_col(ctx, "belemmerende_factoren", "belem"); bev = domain_col(ctx, "bevorderende_factoren", "bevord")
    hdr = ["Domein"] + (["Belemmerend"] if bel is not None else []) + (["Bevorderend"] if bev is not None else [])
    rows = [hdr]
    for i, dm in enumerate(DOMAINS):
        rows.append([dm] + ([bel[i]] if bel is not None else []) + ([bev[i]] if bev is not None else []))
    out += [("h2", "Leerlingprofiel per domein"), ("table", rows, True, [4.2, 6.4, 6.4] if len(hdr) == 3 else [4.2, 12.8])]
    sec(out, "Onderwijsbehoeften", E["ondersteuningsbehoefte"])
    sec(out, "Handelingsdeel", E["ondersteuning"])
    sec(out, "Doelen", E["doelen"], "h3")
    sec(out, "Aanpassingen in het programma", E["afwijkingen_onderwijsprogramma"])
    sec(out, "Adviezen", E["adviezen_professionals"])
    sec(out, "Stem van de leerling", E["inbreng_leerling"])
    sec(out, "Gesprek met ouders", E["oogo"])
    sec(out, "Evaluatie", E["evaluatie"])
    out.append(("h2", "Ondertekening"))
    out += (E["vaststelling"] or []) + (E["instemming_ouders"] or []) + (E["informatie_rechten"] or [])
    return out

# D ------------------------------------------------------------------ groeidocument with OPP chapter
def layout_D(ctx):
    d = ctx.d; E = els(ctx)
    out = [("h1", "Groeidocument %s %s" % (d["first"], d["last"])), ("p", "%s - %s" % (d["school"], d["swv"])),
           ("h2", "Hoofdstuk 1 Gegevens"), ("table", pupil_rows(ctx), False, [5, 12]),
           ("h2", "Hoofdstuk 2 Schoolloopbaan"),
           ("table", [["Periode", "School", "Bijzonderheden"], ["%d-%d" % (d["born"].year + 4, d["born"].year + 8), "Basisschool De Meidoorn, %s" % d["place"], "doublure groep 3"],
                      ["%d-heden" % (d["born"].year + 8), d["school"], "instroom na aanmelding via het SWV"]], True, [3, 7, 7]),
           ("h2", "Hoofdstuk 3 Beeld van de leerling")]
    sec(out, "3.1 Belemmerende factoren", E["belemmerende_factoren"], "h3")
    sec(out, "3.2 Bevorderende factoren", E["bevorderende_factoren"], "h3")
    sec(out, "3.3 Onderwijsbehoeften", E["ondersteuningsbehoefte"], "h3")
    out.append(("h2", "Hoofdstuk 4 Ontwikkelingsperspectief"))
    sec(out, "4.1 Verwachte uitstroombestemming", E["uitstroombestemming"], "h3")
    sec(out, "4.2 Onderbouwing", E["onderbouwing"], "h3")
    sec(out, "4.3 Afwijkingen van het onderwijsprogramma", E["afwijkingen_onderwijsprogramma"], "h3")
    out.append(("h2", "Hoofdstuk 5 Handelingsdeel"))
    sec(out, "5.1 Doelen", E["doelen"], "h3")
    sec(out, "5.2 Ondersteuning en begeleiding", E["ondersteuning"], "h3")
    sec(out, "Hoofdstuk 6 Adviezen van betrokken deskundigen", E["adviezen_professionals"])
    sec(out, "Hoofdstuk 7 Stem van de leerling", E["inbreng_leerling"])
    sec(out, "Hoofdstuk 8 Evaluatie", E["evaluatie"])
    out.append(("h2", "Hoofdstuk 9 Overleg en ondertekening"))
    sec(out, "Overleg met ouders", E["oogo"], "h3")
    sec(out, "Vaststelling", E["vaststelling"], "h3")
    sec(out, "Instemming", E["instemming_ouders"], "h3")
    sec(out, "Informatie voor ouders", E["informatie_rechten"], "h3")
    return out

# E ------------------------------------------------------------------ short form with question headings
def layout_E(ctx):
    d = ctx.d; E = els(ctx, sup_table=False); n = d["first"]
    out = [("h1", "Beknopt OPP %s" % d["sy"]), ("p", "%s %s - %s - %s" % (d["first"], d["last"], ctx.f(ctx.P["groep"]), d["school"]))]
    for q, k in [("Waar gaat %s na deze school naartoe?" % n, "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
                 ("Wat maakt het leren moeilijk?", "belemmerende_factoren"), ("Wat helpt %s?" % n, "bevorderende_factoren"),
                 ("Wat heeft %s nodig?" % n, "ondersteuningsbehoefte"), ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning"),
                 ("Wijkt het programma af van dat van de groep?", "afwijkingen_onderwijsprogramma"), ("Aan welke doelen werken we?", "doelen"),
                 ("Wat adviseren deskundigen?", "adviezen_professionals"), ("Wat vindt %s zelf?" % n, "inbreng_leerling"),
                 ("Wanneer hebben we met ouders gesproken?", "oogo"), ("Wanneer kijken we terug?", "evaluatie"),
                 ("Wanneer is het plan vastgesteld?", "vaststelling")]:
        sec(out, q, E[k], "h3")
    sec(out, "Instemming", E["instemming_ouders"], "h2")
    sec(out, "Bent u het niet eens?", E["informatie_rechten"], "h3")
    return out

# F ------------------------------------------------------------------ letter
def layout_F(ctx):
    d = ctx.d; E = els(ctx, sup_table=False); n = d["first"]
    adult = d.get("adult_self")
    out = [("h2", d["school"]), ("small", "%s 12, %s  |  telefoon 0599-%06d" % (d["street"], d["place"], d["seed"] * 37 % 1000000)), ("p", ""),
           ("p", ("%s %s" % (d["first"], d["last"])) if adult else "Aan de ouders/verzorgers van %s %s" % (d["first"], d["last"])),
           ("p", "%s, %s" % (d["place"], dlong(d["letter_date"]))), ("pb", "Betreft:", "ontwikkelingsperspectiefplan (OPP) %s" % d["sy"]),
           ("p", ("Beste %s," % n) if adult else "Beste ouders/verzorgers,"),
           ("p", "Hierbij ontvang%s het ontwikkelingsperspectiefplan van %s. In deze brief staat wat wij verwachten en wat wij gaan doen." % ("t je" if adult else "t u", "jou" if adult else n))]
    for lead, k in [("Waar werken we naartoe?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
                    ("Wat maakt het moeilijk?", "belemmerende_factoren"), ("Wat gaat goed?", "bevorderende_factoren"),
                    ("Wat is er nodig?", "ondersteuningsbehoefte"), ("Wat gaan we doen?", "ondersteuning"),
                    ("Aanpassingen in het programma.", "afwijkingen_onderwijsprogramma"), ("Doelen.", "doelen"),
                    ("Adviezen.", "adviezen_professionals"), ("Wat %s zelf vindt." % n, "inbreng_leerling"),
                    ("Ons gesprek.", "oogo"), ("Evaluatie.", "evaluatie")]:
        b = E[k]
        if b is None: continue
        out.append(("h3", lead)); out += b
    if E["informatie_rechten"] is not None: out += [("h3", "Uw rechten." if not adult else "Jouw rechten.")] + E["informatie_rechten"]
    out += [("p", "Met vriendelijke groet,"), ("p", "%s, %s" % (d["director"], d["director_role"]))]
    if E["vaststelling"] is not None: out += E["vaststelling"]
    if E["instemming_ouders"] is not None:
        out += [("pagebreak",), ("h2", "Antwoordstrook - OPP %s %s" % (d["first"], d["last"]))] + E["instemming_ouders"]
    return out

# G ------------------------------------------------------------------ system export
def layout_G(ctx):
    d = ctx.d; E = els(ctx, sup_table=False)
    out = [("small", "KOMPAS Leerlingdossier 4.2 - export module OPP - %s" % d["school"]), ("h1", "OPP %s %s (lln.nr. %d)" % (d["first"], d["last"], 40000 + d["seed"] * 13))]
    out += [("field", k.upper(), v) for k, v in pupil_rows(ctx)]
    for lab, k in [("UITSTROOMBESTEMMING", "uitstroombestemming"), ("ONDERBOUWING UITSTROOM", "onderbouwing"),
                   ("BELEMMERENDE FACTOREN", "belemmerende_factoren"), ("BEVORDERENDE FACTOREN", "bevorderende_factoren"),
                   ("ONDERSTEUNINGSBEHOEFTEN", "ondersteuningsbehoefte"), ("HANDELINGSDEEL - ONDERSTEUNING", "ondersteuning"),
                   ("AFWIJKING ONDERWIJSPROGRAMMA", "afwijkingen_onderwijsprogramma"), ("DOELEN", "doelen"),
                   ("ADVIEZEN DESKUNDIGEN", "adviezen_professionals"), ("INBRENG LEERLING", "inbreng_leerling"),
                   ("OOGO", "oogo"), ("EVALUATIE", "evaluatie"), ("VASTSTELLING", "vaststelling"),
                   ("INSTEMMING HANDELINGSDEEL", "instemming_ouders"), ("INFORMATIE RECHTEN", "informatie_rechten")]:
        b = E[k]
        if b is None: continue
        out += [("h3", "[%s]" % lab)] + b
    return out

# H ------------------------------------------------------------------ praktijkonderwijs IOP/OPP
def layout_H(ctx, blank=False):
    d = ctx.d; E = els(ctx, ticks=True)
    out = [("small", "%s - Praktijkonderwijs" % d["school"]), ("h1", "IOP / Ontwikkelingsperspectief praktijkonderwijs"),
           ("p", "Individueel ontwikkelingsplan met ontwikkelingsperspectief en handelingsdeel (WVO 2020 art. 2.44)"),
           ("h2", "Mijn gegevens"), ("table", pupil_rows(ctx, blank), False, [5, 12])]
    sec(out, "Mijn uitstroomdoel", E["uitstroombestemming"])
    sec(out, "Waarom dit uitstroomdoel?", E["onderbouwing"])
    if not blank:
        out += [("h2", "Stages en certificaten tot nu toe"),
                ("table", [["Schooljaar", "Stage / certificaat"], ["leerjaar 1-2", "interne stages kantine, groen en techniek"],
                           ["leerjaar 2", "certificaat Veilig werken met handgereedschap"]], True, [4, 13])]
    sec(out, "Wat gaat goed? (sterke kanten)", E["bevorderende_factoren"])
    sec(out, "Wat vind ik moeilijk? (belemmeringen)", E["belemmerende_factoren"])
    sec(out, "Wat heb ik nodig?", E["ondersteuningsbehoefte"])
    sec(out, "Begeleiding en ondersteuning (handelingsdeel)", E["ondersteuning"])
    sec(out, "Afwijkingen in mijn rooster of programma", E["afwijkingen_onderwijsprogramma"])
    sec(out, "Mijn doelen voor dit half jaar", E["doelen"])
    sec(out, "Adviezen van deskundigen", E["adviezen_professionals"])
    sec(out, "Mijn mening en wat we ermee doen", E["inbreng_leerling"])
    sec(out, "Gesprek met ouders en leerling", E["oogo"])
    sec(out, "Evaluatie", E["evaluatie"])
    out.append(("h2", "Vaststelling en handtekeningen"))
    out += (E["vaststelling"] or []) + (E["instemming_ouders"] or [])
    sec(out, "Informatie over instemming en bezwaar", E["informatie_rechten"], "h3")
    return out

# I ------------------------------------------------------------------ vso with profile ticks and transition plan
def layout_I(ctx, blank=False):
    d = ctx.d; E = els(ctx, ticks=True, adv_table=True)
    out = [("small", "%s | %s" % (d["school"], d["swv"])), ("h1", "Ontwikkelingsperspectiefplan VSO/SO"),
           ("p", "Uitstroomprofiel, handelingsdeel en transitieplan"), ("table", pupil_rows(ctx, blank), False, [5, 12])]
    sec(out, "1 Uitstroomprofiel", E["uitstroombestemming"])
    sec(out, "2 Onderbouwing uitstroomprofiel", E["onderbouwing"])
    bel, bev = E["belemmerende_factoren"], E["bevorderende_factoren"]
    if bel is not None or bev is not None:
        hdr = (["Belemmerende factoren"] if bel is not None else []) + (["Bevorderende factoren"] if bev is not None else [])
        row = ([bel] if bel is not None else []) + ([bev] if bev is not None else [])
        out += [("h2", "3 Leerlingprofiel"), ("table", [hdr, row], True, [8.5, 8.5] if len(hdr) == 2 else [17])]
    sec(out, "4 Onderwijs- en ondersteuningsbehoeften", E["ondersteuningsbehoefte"])
    sec(out, "5 Advies commissie van begeleiding en deskundigen", E["adviezen_professionals"])
    tp = []
    if E["ondersteuning"] is not None: tp += [("h3", "6.1 Ondersteuning en begeleiding")] + E["ondersteuning"]
    if E["doelen"] is not None: tp += [("h3", "6.2 Doelen")] + E["doelen"]
    sec(out, "6 Transitieplan en handelingsdeel", tp)
    sec(out, "7 Afwijkingen van het onderwijsprogramma", E["afwijkingen_onderwijsprogramma"])
    sec(out, "8 Stem van de leerling", E["inbreng_leerling"])
    sec(out, "9 Op overeenstemming gericht overleg", E["oogo"])
    sec(out, "10 Evaluatie", E["evaluatie"])
    out.append(("h2", "11 Vaststelling en instemming"))
    out += (E["vaststelling"] or []) + (E["instemming_ouders"] or []) + (E["informatie_rechten"] or [])
    # docx content-control checkboxes for the profile ticks
    return [(b[0], b[1], "cc") if b[0] == "tick" else b for b in out]

# J ------------------------------------------------------------------ fillable PDF form
def layout_J(ctx):
    d = ctx.d; E = els(ctx, ticks=False, sup_table=False)
    out = [("h1", "Invulformulier OPP"), ("small", "%s - samenwerkingsverband %s" % (d["school"], d["swv"]))]
    out += [("field", k, v) for k, v in pupil_rows(ctx)]
    for lab, k in [("Verwachte uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                   ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                   ("Ondersteuningsbehoeften", "ondersteuningsbehoefte"), ("Ondersteuning (handelingsdeel)", "ondersteuning"),
                   ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"),
                   ("Adviezen van deskundigen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"),
                   ("Overleg met ouders (datum en aanwezigen)", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling (datum, door)", "vaststelling")]:
        b = E[k]
        if b is None: continue
        instr = [x for x in b if x[0] == "instr"]
        out += instr + [("field", lab, "\n".join(flat([x for x in b if x[0] != "instr"])))]
    if E["instemming_ouders"] is not None: out += [("h2", "Instemming handelingsdeel")] + E["instemming_ouders"]
    if E["informatie_rechten"] is not None: out += [("h3", "Informatie")] + E["informatie_rechten"]
    return out

LAYOUTS = {"A": ("swv-genummerd", layout_A), "B": ("tweekolom-tabel", layout_B), "C": ("domeintabel-belemmerend-bevorderend", layout_C),
           "D": ("groeidocument-opp-hoofdstuk", layout_D), "E": ("beknopt-opp-vraagkoppen", layout_E), "F": ("brief-met-antwoordstrook", layout_F),
           "G": ("systeemexport-kompas", layout_G), "H": ("pro-iop-opp", layout_H), "I": ("vso-uitstroomprofiel-transitieplan", layout_I),
           "J": ("invulformulier-pdf", layout_J)}

# ------------------------------------------------------------------ non-OPP documents
def folder():
    return [("h1", "Wat is een ontwikkelingsperspectiefplan (OPP)?"), ("small", "Informatie voor ouders - Samenwerkingsverband Dalmerland-Oost"),
            ("p", "Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In deze folder leest u wat erin staat en wat uw rechten zijn."),
            ("h2", "Wat staat er in een OPP?"),
            ("ul", ["De te verwachten uitstroombestemming: naar welk vervolgonderwijs, werk of dagbesteding uw kind waarschijnlijk gaat.",
                    "De onderbouwing daarvan: toetsgegevens, onderzoek en de ontwikkeling van uw kind.",
                    "De belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat helpt.",
                    "De ondersteuning en begeleiding die de school biedt (het handelingsdeel), en eventuele afwijkingen van het onderwijsprogramma.",
                    "Doelen en adviezen van deskundigen."]),
            ("h2", "Uw rol als ouder"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Met het handelingsdeel moet u instemmen. Vanaf 1 augustus 2025 wordt ook uw kind gehoord. Is uw kind 18 jaar of ouder in het vso, dan stemt het meestal zelf in."),
            ("h2", "Niet eens?"),
            ("p", "Praat eerst met de school. Kom u er niet uit, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt, bij Onderwijsconsulenten of binnen zes weken bij de Geschillencommissie passend onderwijs."),
            ("h2", "Evaluatie"), ("p", "Het OPP wordt minstens één keer per jaar met u en uw kind geëvalueerd."),
            ("small", "Deze folder is een uitgave van het ouder- en jeugdsteunpunt. Aan deze folder kunnen geen rechten worden ontleend.")]

def nieuwsbrief():
    return [("h1", "Nieuwsbrief VSO Het Baken - november 2025"), ("h2", "Van de directie"),
            ("p", "Beste ouders, verzorgers en leerlingen, de herfstvakantie ligt achter ons en in alle klassen zijn de OPP-gesprekken gevoerd. Dank voor uw komst! Wie nog geen handtekening heeft gezet onder het handelingsdeel, ontvangt deze week een herinnering van de mentor."),
            ("h2", "Stagemarkt 27 november"), ("p", "Op donderdag 27 november is de stagemarkt in de aula. Bedrijven uit Veenhuizerveld laten zien welke stages zij bieden in logistiek, groen, zorg en horeca. Leerlingen met uitstroomprofiel arbeidsmarkt zijn van harte welkom; ook leerlingen met profiel vervolgonderwijs kunnen kennismaken met mbo-opleidingen."),
            ("h2", "Commissie van begeleiding"), ("p", "De commissie van begeleiding vergadert dit schooljaar op 2 oktober, 5 februari en 11 juni. Zij adviseert over het uitstroomprofiel van alle nieuwe leerlingen."),
            ("h2", "Nieuw: leerlingenraad"), ("p", "Vanaf dit schooljaar hebben leerlingen een eigen stem in hun OPP. De leerlingenraad denkt mee over hoe wij dat goed kunnen doen. Aanmelden kan bij meneer Prins."),
            ("h2", "Agenda"), ("table", [["Datum", "Activiteit"], ["27-11-2025", "Stagemarkt"], ["05-12-2025", "Sinterklaas, les tot 12.00 uur"], ["19-12-2025", "Kerstontbijt"]], True, [4, 13])]

def groepsplan():
    return [("h1", "Groepsplan rekenen - groep Zeester (periode september - januari)"), ("p", "Leerkracht: mw. T. Oosting - SO De Wilgenhoek, Kerkbroek"),
            ("h2", "Beginsituatie groep"), ("p", "De groep bestaat uit 11 leerlingen die werken op de leerlijn rekenen ZML. Zes leerlingen werken aan tellen tot 20, vijf aan getalbegrip tot 100."),
            ("h2", "Instructiegroepen"), ("table", [["Groep", "Doel", "Aanpak"], ["Basis (6 lln.)", "Tellen en terugtellen tot 20", "dagelijks 20 min, met concreet materiaal"],
                                                    ["Verdiept (5 lln.)", "Getallen tot 100 ordenen", "3x per week 25 min, getallenlijn"]], True, [4, 6, 7]),
            ("h2", "Evaluatie groepsplan"), ("p", "De resultaten van het groepsplan worden eind januari besproken in de groepsbespreking met de intern begeleider.")]

def stageovereenkomst():
    return [("h1", "Stageovereenkomst praktijkonderwijs"), ("p", "Praktijkschool De Werkplaats, Holtewijk - stagebureau"),
            ("table", [["Stagiair", "Daan Hulshof"], ["Stagebedrijf", "Hoveniersbedrijf Groen & Zo, Kerkbroek"], ["Praktijkbegeleider", "dhr. K. Ten Have"],
                       ["Periode", "3 november 2025 t/m 26 juni 2026"], ["Stagedagen", "dinsdag en donderdag, 8.00 - 15.30 uur"], ["Stagedocent", "dhr. W. Peters"]], False, [5, 12]),
            ("h2", "Afspraken"), ("ul", ["De stagiair meldt zich bij ziekte vóór 8.00 uur bij het stagebedrijf én bij school.", "Het stagebedrijf zorgt voor een veilige werkplek en persoonlijke beschermingsmiddelen.",
                                         "Er is geen arbeidsovereenkomst; de stagiair ontvangt geen loon.", "De school is verzekerd voor wettelijke aansprakelijkheid van de stagiair."]),
            ("h2", "Handtekeningen"), ("p", "Voor akkoord: stagiair, ouder/verzorger, stagebedrijf en school, Holtewijk 28-10-2025 (w.g.)")]

def informatieavond():
    return [("h1", "Uitnodiging informatieavond 'Na het vso: werk, mbo of dagbesteding'"),
            ("p", "Datum: dinsdag 20 januari 2026, 19.30 - 21.00 uur, aula VSO De Horizonlaan, Dalmerzand."),
            ("p", "Voor ouders van leerlingen uit de bovenbouw. Uw kind is vanaf 16 jaar ook welkom."),
            ("h2", "Programma"), ("ul", ["19.30 Welkom en uitleg over de drie uitstroomprofielen (vervolgonderwijs, arbeidsmarkt, dagbesteding)",
                                        "19.50 Het transitieplan in het OPP: wat regelen we voor uw kind vóór het 18e jaar?",
                                        "20.15 Informatiemarkt: gemeente (Participatiewet, doelgroepregister), UWV, ROC Dalmerland, zorgaanbieders",
                                        "20.45 Meerderjarigheid: wie tekent het OPP als uw kind 18 wordt? Curatele, bewind en mentorschap"]),
            ("p", "Aanmelden via de mentor of het ouderportaal.")]
