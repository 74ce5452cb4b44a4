# -*- coding: utf-8 -*-
"""Ten OPP layouts modelled on public formats (rebuilt, not copied) plus four non-OPP documents."""
from gen import (el_text, el_list, var, factor_cells, support_rows, consent_blocks, avg_blocks, consent_model,
                 fd, INSTR, oogo_full)

LAYOUT_NAMES = {
    "L1": "swv-deel-abcd",            # SWV po format in parts A (perspectief), B (behoeften), C (handelingsdeel), D
    "L2": "perspectief-handelingsdeel",  # vo/pro/vso: Deel 1 perspectiefdeel (OOGO) / Deel 2 handelingsdeel (instemming)
    "L3": "groeidocument-rubrieken",  # groeidocument A-K with the OPP as rubriek J
    "L4": "domeintabel",              # numbered plan with a domain table belemmerend | bevorderend
    "L5": "beknopt-opp",              # short two-column form
    "L6": "vraagkopjes",              # headings as questions
    "L7": "briefvorm",                # letter to parents with reply slip
    "L8": "systeemexport",            # print-out of a pupil administration system
    "L9": "pro-iop",                  # praktijkonderwijs IOP/OPP with uitstroomprofiel A/B/C
    "L10": "vso-cvb",                 # (v)so format with profile tick boxes and commissie voor de begeleiding
}


def sec(B, level, title, ctx, el, mode="para", hint=False, hint_text=None):
    """Heading + content for one element. Absent -> nothing at all."""
    v = var(ctx, el)
    if v == "absent":
        return
    B.append(("h", level, title))
    if hint:
        B.append(("p", hint_text or INSTR[el], "hint"))
    if v == "cc":
        B.append(("cc", "Klik of tik om tekst in te voeren."))
        return
    if mode == "bullets":
        items = el_list(ctx, el)
        if items:
            if len(items) == 1:
                B.append(("p", items[0], "normal"))
            else:
                B.append(("bullets", items))
    else:
        t = el_text(ctx, el)
        if t:
            for para in t.split("\n"):
                B.append(("p", para, "normal"))


def kvrow(rows, ctx, el, label, sep="\n"):
    t = el_text(ctx, el, sep)
    if t is None:
        return
    if var(ctx, el) == "cc":
        rows.append((label, ("cc", t)))
    else:
        rows.append((label, t))


def pupil_kv(ctx, extra=()):
    rows = [("Naam leerling", ctx["full"]), ("Geboortedatum", fd(ctx["bd"])),
            ("Groep/klas", ctx["klas"]), ("School", ctx["school"])]
    rows += list(extra)
    return rows


def factor_table(B, ctx, hdr=("Domein", "Belemmerende factoren", "Bevorderende factoren"), order="bb"):
    fb = factor_cells(ctx, "belemmerende_factoren")
    fv = factor_cells(ctx, "bevorderende_factoren")
    doms = []
    for d, _ in ctx["c"]["belem"] + ctx["c"]["bevord"]:
        if d not in doms:
            doms.append(d)
    cols = []
    if order == "bb":
        if fb is not None: cols.append((hdr[1], fb))
        if fv is not None: cols.append((hdr[2], fv))
    else:
        if fv is not None: cols.append((hdr[2], fv))
        if fb is not None: cols.append((hdr[1], fb))
    if not cols:
        return
    rows = [[d] + [c.get(d, "") if c is not None else "" for _, c in cols] for d in doms]
    # when a column only carries a placeholder, keep it in the first row only
    B.append(("table", [hdr[0]] + [h for h, _ in cols], rows))


def support_table(B, ctx, hdr=("Wat (aanpak/arrangement)", "Door wie", "Hoe vaak / hoe lang", "Vanaf / periode")):
    rows = support_rows(ctx)
    if rows is None:
        return False
    if var(ctx, "ondersteuning") == "empty":
        rows = [["", "", "", ""]]
    B.append(("table", list(hdr), rows))
    return True

# ============================================================================ L1

def L1(ctx):
    B = []
    post = ctx["post"]
    B.append(("title", "Ontwikkelingsperspectiefplan (OPP)"))
    B.append(("p", "Format %s – versie %s" % (ctx["swv"], "2025 (hoorrecht)" if post else "2023"), "small"))
    B.append(("p", "Vul alle onderdelen in. Onderdeel A en C worden door ouders ondertekend; bij onderdeel C hebben ouders instemmingsrecht.", "hint"))
    B.append(("h", 1, "Onderdeel A – Gegevens en ontwikkelingsperspectief"))
    B.append(("h", 2, "A1 Gegevens leerling"))
    B.append(("kv", pupil_kv(ctx, [("Leerkracht", ctx["mentor"]), ("Intern begeleider", ctx["ib"]),
                                   ("Datum opstellen", fd(ctx["Dc"] - __import__("datetime").timedelta(days=14)))])))
    sec(B, 2, "A2 Te verwachten uitstroombestemming", ctx, "uitstroombestemming", hint=True)
    sec(B, 2, "A3 Onderbouwing van de uitstroombestemming", ctx, "onderbouwing", "bullets", hint=True)
    sec(B, 2, "A4 Op overeenstemming gericht overleg met ouders", ctx, "oogo", hint=True,
        hint_text="Vermeld datum en deelnemers van het gesprek over het perspectiefdeel.")
    if var(ctx, "oogo") == "full":
        B.append(("p", "Ouders tekenen onderdeel A voor gezien.", "hint"))
        B.append(("sig", [dict(role="Ouder(s) – voor gezien", name=ctx["p1"], date=fd(ctx["oogo_d"]), signed=True, remark=None)]))
    B.append(("h", 1, "Onderdeel B – Onderwijs- en ondersteuningsbehoeften"))
    if var(ctx, "belemmerende_factoren") != "absent" or var(ctx, "bevorderende_factoren") != "absent":
        B.append(("h", 2, "B1 Bevorderende en belemmerende factoren"))
        B.append(("p", "Benoem per domein wat helpt en wat belemmert (leerling, onderwijs, thuis).", "hint"))
        factor_table(B, ctx, ("Domein", "Belemmerende factoren", "Bevorderende factoren"), order="vb")
    sec(B, 2, "B2 Onderwijsbehoeften", ctx, "ondersteuningsbehoefte", "bullets", hint=True)
    sec(B, 2, "B3 Adviezen externe deskundigen", ctx, "adviezen_professionals", "bullets", hint=True)
    B.append(("pagebreak",))
    B.append(("h", 1, "Onderdeel C – Handelingsdeel (instemmingsrecht ouders)"))
    sec(B, 2, "C1 Doelen voor de komende periode", ctx, "doelen", "bullets", hint=True)
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 2, "C2 Te bieden ondersteuning en begeleiding"))
        B.append(("p", INSTR["ondersteuning"], "hint"))
        support_table(B, ctx)
    sec(B, 2, "C3 Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma", hint=True)
    if post:
        sec(B, 2, "C4 Inbreng van de leerling", ctx, "inbreng_leerling", hint=True)
    sec(B, 2, "C5 Evaluatie", ctx, "evaluatie", hint=True)
    cb = consent_blocks(ctx)
    if cb:
        B.append(("h", 2, "C6 Ondertekening handelingsdeel"))
        B.append(("p", "Door ondertekening geven ouders aan of zij instemmen met het handelingsdeel (onderdeel C).", "hint"))
        B += cb
    B += avg_blocks(ctx)
    B.append(("h", 1, "Onderdeel D – Vaststelling en informatie voor ouders"))
    if var(ctx, "vaststelling") != "absent":
        B.append(("h", 2, "D1 Vaststelling"))
        t = el_text(ctx, "vaststelling")
        B.append(("kv", [("Vastgesteld door / datum", t)]))
    sec(B, 2, "D2 Uw rechten", ctx, "informatie_rechten")
    return B, dict(header=ctx["swv"] + " – OPP " + ctx["full"], footer="Format OPP %s – pagina {page}" % ctx["swv"].split(" (")[0],
                   doc_title="OPP " + ctx["full"])

# ============================================================================ L2

def L2(ctx, blank=False):
    B = []
    st = ctx["type"]
    B.append(("title", "Ontwikkelingsperspectief (OPP) schooljaar " + ctx["schoolyear"]))
    B.append(("p", ctx["school"] + " – Ondersteuningsteam", "small"))
    B.append(("h", 1, "Leerlinggegevens"))
    extra = [("Mentor", ctx["mentor"]), ("Zorgcoördinator", ctx["ib"])]
    if st == "vso":
        extra.append(("Meerderjarig", "ja" if ctx["adult"] else "nee"))
    B.append(("kv", pupil_kv(ctx, extra)))
    B.append(("h", 1, "DEEL 1 – PERSPECTIEFDEEL"))
    B.append(("p", "Over dit deel voert de school op overeenstemming gericht overleg met ouders (en leerling).", "italic"))
    rows = []
    kvrow(rows, ctx, "uitstroombestemming", "1.1 Uitstroombestemming" if st != "vso" else "1.1 Uitstroomprofiel")
    kvrow(rows, ctx, "onderbouwing", "1.2 Onderbouwing")
    if rows:
        B.append(("kv", rows))
    sec(B, 2, "1.3 Belemmerende factoren", ctx, "belemmerende_factoren", "bullets")
    sec(B, 2, "1.4 Bevorderende factoren", ctx, "bevorderende_factoren", "bullets")
    sec(B, 2, "1.5 Onderwijs- en ondersteuningsbehoeften", ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 2, "1.6 Adviezen van deskundigen" + (" (waaronder de commissie voor de begeleiding)" if st == "vso" else ""), ctx, "adviezen_professionals", "bullets")
    sec(B, 2, "1.7 Overleg met ouders", ctx, "oogo")
    B.append(("h", 1, "DEEL 2 – HANDELINGSDEEL"))
    B.append(("p", "Op dit deel hebben ouders instemmingsrecht" + (" (bij een meerderjarige, handelingsbekwame leerling: de leerling zelf)" if st in ("vso",) else "") + ".", "italic"))
    sec(B, 2, "2.1 Doelen", ctx, "doelen", "bullets")
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 2, "2.2 Ondersteuning en begeleiding"))
        support_table(B, ctx)
    sec(B, 2, "2.3 Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 2, "2.4 Inbreng van de leerling", ctx, "inbreng_leerling", "bullets")
    sec(B, 2, "2.5 Evaluatie", ctx, "evaluatie")
    cb = consent_blocks(ctx)
    if cb:
        B.append(("h", 2, "2.6 Instemming handelingsdeel"))
        B.append(("p", "Ondergetekende(n) verklaart/verklaren het volgende over het handelingsdeel van dit OPP:", "normal"))
        B += cb
    B += avg_blocks(ctx)
    if var(ctx, "vaststelling") != "absent" or var(ctx, "informatie_rechten") != "absent":
        B.append(("h", 1, "Vaststelling en rechten"))
    if var(ctx, "vaststelling") != "absent":
        B.append(("p", el_text(ctx, "vaststelling") or "Vastgesteld op: ", "normal"))
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("p", t, "small"))
    return B, dict(header=ctx["school"] + " | Vertrouwelijk", footer="OPP %s – %s – pagina {page}" % (ctx["full"], ctx["schoolyear"]),
                   doc_title="OPP " + ctx["full"], cc_checkboxes=True)

# ============================================================================ L3

def L3(ctx):
    B = []
    st = ctx["type"]
    B.append(("title", "Groeidocument"))
    B.append(("p", "%s – Groeidocument versie 4.1. Het ontwikkelingsperspectief (OPP) staat in rubriek J." % ctx["swv"], "small"))
    B.append(("h", 1, "A. Gegevens"))
    B.append(("kv", pupil_kv(ctx, [("Ouders/verzorgers", ctx["p1"] + (", " + ctx["p2"] if ctx["p2"] else "")),
                                   ("Intern begeleider", ctx["ib"]), ("Leerkracht/mentor", ctx["mentor"])])))
    B.append(("h", 1, "B. Aanleiding en hulpvraag"))
    B.append(("p", "Het ondersteuningsteam is gevraagd mee te denken over passende ondersteuning voor %s. "
                   "De school wil extra ondersteuning inzetten die buiten de basisondersteuning valt." % ctx["N"], "normal"))
    B.append(("h", 1, "C. Schoolloopbaan"))
    B.append(("p", "%s zit in %s. Er zijn geen doublures; %s volgt sinds de start van dit schooljaar het huidige aanbod." % (ctx["N"], ctx["klas"], ctx["tok"]["hij"]), "normal"))
    B.append(("h", 1, "E. Bevorderende en belemmerende factoren"))
    B.append(("p", "Toelichting: beschrijf per gebied wat helpend en wat belemmerend is.", "hint"))
    if var(ctx, "belemmerende_factoren") == "absent" and var(ctx, "bevorderende_factoren") == "absent":
        pass
    else:
        factor_table(B, ctx, ("Gebied", "Belemmerend", "Bevorderend"), order="vb")
    sec(B, 1, "F. Onderwijs- en ondersteuningsbehoeften", ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 1, "G. Adviezen externe deskundigen", ctx, "adviezen_professionals", "bullets")
    B.append(("h", 1, "H. Visie van ouders en kind"))
    B.append(("p", "Ouders: wij willen dat %s met plezier naar school gaat en zich veilig voelt." % ctx["N"], "normal"))
    v = var(ctx, "inbreng_leerling")
    if v != "absent":
        B.append(("h", 2, "H2. Wat vindt de leerling zelf? Wat is ermee gedaan?"))
        t = el_text(ctx, "inbreng_leerling")
        if t:
            B.append(("p", t, "normal"))
    sec(B, 1, "I. Verslag ondersteuningsteam / gesprek met ouders", ctx, "oogo")
    B.append(("h", 1, "J. Ontwikkelingsperspectief"))
    rows = []
    kvrow(rows, ctx, "uitstroombestemming", "J1 Verwachte uitstroombestemming")
    kvrow(rows, ctx, "onderbouwing", "J1 Onderbouwing")
    kvrow(rows, ctx, "doelen", "J1 Doelen komende periode")
    if rows:
        B.append(("kv", rows))
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 2, "J2 Handelingsdeel: ondersteuning"))
        support_table(B, ctx)
    sec(B, 2, "J2 Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 2, "J3 Evaluatie", ctx, "evaluatie")
    B.append(("h", 1, "K. Ondertekening"))
    cb = consent_blocks(ctx)
    if cb:
        B.append(("p", "Instemming ouders met het handelingsdeel (J2):", "bold"))
        B += cb
    B += avg_blocks(ctx)
    if var(ctx, "vaststelling") != "absent":
        B.append(("p", el_text(ctx, "vaststelling") or "Vastgesteld:", "normal"))
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("h", 2, "Informatie voor ouders"))
        if t:
            B.append(("p", t, "small"))
    return B, dict(header="Groeidocument " + ctx["full"], footer="Groeidocument – %s – vertrouwelijk – p. {page}" % ctx["swv"].split(" (")[0],
                   doc_title="Groeidocument " + ctx["full"])

# ============================================================================ L4

def L4(ctx):
    B = []
    B.append(("title", "Ontwikkelingsperspectief " + ctx["full"]))
    B.append(("kv", pupil_kv(ctx, [("Ouder(s)/verzorger(s)", ctx["p1"] + (" en " + ctx["p2"] if ctx["p2"] else "")),
                                   ("Opgesteld door", ctx["ib"]), ("Schooljaar", ctx["schoolyear"])])))
    if ctx["spec"].get("revised"):
        B.append(("p", "Oorspronkelijk vastgesteld op %s; geëvalueerd en bijgesteld op %s (zie paragraaf 9)." % (fd(ctx["D"]), fd(ctx["Dc"])), "bold"))
    B.append(("h", 1, "1. Uitstroomprofiel"))
    rows = []
    kvrow(rows, ctx, "uitstroombestemming", "Verwachte uitstroombestemming")
    kvrow(rows, ctx, "onderbouwing", "Onderbouwing")
    if rows:
        B.append(("kv", rows))
    if not (var(ctx, "belemmerende_factoren") == "absent" and var(ctx, "bevorderende_factoren") == "absent"):
        B.append(("h", 1, "2. Analyse per domein"))
        factor_table(B, ctx)
    sec(B, 1, "3. Onderwijs- en ondersteuningsbehoeften", ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 1, "4. Doelen (SMART)", ctx, "doelen", "bullets")
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 1, "5. Ondersteuning"))
        support_table(B, ctx)
    sec(B, 1, "6. Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 1, "7. Adviezen van deskundigen", ctx, "adviezen_professionals", "bullets")
    if var(ctx, "oogo") != "absent" or var(ctx, "inbreng_leerling") != "absent":
        B.append(("h", 1, "8. Betrokkenheid ouders en leerling"))
        sec(B, 2, "8a. Gesprek met ouders", ctx, "oogo")
        sec(B, 2, "8b. Inbreng van de leerling", ctx, "inbreng_leerling")
    sec(B, 1, "9. Evaluatie", ctx, "evaluatie")
    if ctx["spec"].get("revised"):
        B.append(("p", "Evaluatie %s: de doelen voor lezen zijn behaald; de doelen zijn bijgesteld en de ondersteuning is voortgezet. "
                       "Besproken met moeder en de leerkracht." % fd(ctx["Dc"]), "normal"))
    cb = consent_blocks(ctx)
    B.append(("h", 1, "10. Instemming en vaststelling"))
    B += cb
    B += avg_blocks(ctx)
    if var(ctx, "vaststelling") != "absent":
        B.append(("kv", [("Vaststelling", el_text(ctx, "vaststelling"))]))
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("p", t, "small"))
    return B, dict(footer="%s – OPP %s – blad {page}" % (ctx["school"], ctx["full"]), doc_title="OPP " + ctx["full"])

# ============================================================================ L5

def L5(ctx):
    B = []
    B.append(("title", "Beknopt OPP"))
    B.append(("p", "%s | %s" % (ctx["school"], ctx["swv"].split(" (")[0]), "small"))
    B.append(("kv", [("Naam", ctx["full"]), ("Geboortedatum", fd(ctx["bd"])), ("Groep/klas", ctx["klas"]),
                     ("Datum", fd(ctx["Dc"]))]))
    rows = []
    kvrow(rows, ctx, "uitstroombestemming", "Uitstroombestemming")
    kvrow(rows, ctx, "onderbouwing", "Onderbouwing uitstroom (toetsgegevens, capaciteiten)")
    kvrow(rows, ctx, "belemmerende_factoren", "Belemmerende factoren (leerling, onderwijs, thuis)")
    kvrow(rows, ctx, "bevorderende_factoren", "Bevorderende factoren")
    kvrow(rows, ctx, "ondersteuningsbehoefte", "Onderwijsbehoeften")
    kvrow(rows, ctx, "doelen", "Doelen komende periode")
    kvrow(rows, ctx, "ondersteuning", "Ondersteuning (wat – wie – hoe vaak – vanaf)")
    kvrow(rows, ctx, "afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma")
    kvrow(rows, ctx, "adviezen_professionals", "Adviezen deskundigen")
    kvrow(rows, ctx, "inbreng_leerling", "Mening leerling en wat ermee gedaan is")
    kvrow(rows, ctx, "oogo", "Besproken met ouders op / door")
    kvrow(rows, ctx, "evaluatie", "Evaluatie (wanneer, met wie)")
    kvrow(rows, ctx, "vaststelling", "Vaststelling (datum, door)")
    B.append(("kv", rows))
    cb = consent_blocks(ctx)
    if cb:
        B.append(("h", 2, "Instemming ouders met het handelingsdeel"))
        B += cb
    B += avg_blocks(ctx)
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("p", t, "small"))
    return B, dict(footer="Beknopt OPP – %s" % ctx["school"], doc_title="Beknopt OPP " + ctx["full"], cc_checkboxes=True)

# ============================================================================ L6

def L6(ctx):
    B = []
    N = ctx["N"]
    B.append(("title", "Het plan van %s" % N))
    B.append(("p", "Ontwikkelingsperspectief – %s – %s – schooljaar %s" % (ctx["school"], ctx["klas"], ctx["schoolyear"]), "small"))
    B.append(("kv", pupil_kv(ctx)))
    sec(B, 1, "Waar werken we naartoe?", ctx, "uitstroombestemming")
    sec(B, 1, "Waarom verwachten we dat?", ctx, "onderbouwing", "bullets")
    sec(B, 1, "Wat maakt het moeilijk voor %s?" % N, ctx, "belemmerende_factoren", "bullets")
    sec(B, 1, "Wat helpt %s?" % N, ctx, "bevorderende_factoren", "bullets")
    sec(B, 1, "Wat heeft %s nodig?" % N, ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 1, "Wat willen we bereiken?", ctx, "doelen", "bullets")
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 1, "Wat gaan we doen, en wie doet wat?"))
        support_table(B, ctx, ("Wat", "Wie", "Hoe vaak", "Wanneer"))
    sec(B, 1, "Wijkt het lesprogramma af?", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 1, "Wat zeggen deskundigen, en wat doen we daarmee?", ctx, "adviezen_professionals", "bullets")
    sec(B, 1, "Wat vindt %s zelf, en wat hebben we daarmee gedaan?" % N, ctx, "inbreng_leerling", "bullets")
    sec(B, 1, "Hoe hebben we dit met ouders besproken?", ctx, "oogo")
    sec(B, 1, "Wanneer kijken we of het werkt?", ctx, "evaluatie")
    cb = consent_blocks(ctx)
    if cb:
        B.append(("h", 1, "Gaan ouders akkoord met wat we gaan doen?"))
        B += cb
    B += avg_blocks(ctx)
    sec(B, 1, "Wat als u het er niet mee eens bent?", ctx, "informatie_rechten")
    sec(B, 1, "Wie heeft het plan vastgesteld?", ctx, "vaststelling")
    return B, dict(footer="Het plan van %s – %s" % (N, ctx["school"]), doc_title="Plan " + ctx["full"])

# ============================================================================ L7

def L7(ctx):
    B = []
    N = ctx["N"]
    hij, zijn = ctx["tok"]["hij"], ctx["tok"]["zijn"]
    B.append(("p", ctx["school"], "bold"))
    B.append(("p", "Schoolstraat %d, %s" % (ctx["rnd"].randint(2, 80), ctx["place"]), "small"))
    B.append(("p", "Aan de ouders/verzorgers van %s\n%s, %s" % (ctx["full"], ctx["place"], fd(ctx["Dc"], "long")), "normal"))
    B.append(("p", "Betreft: ontwikkelingsperspectief (OPP) van %s" % N, "bold"))
    B.append(("p", "Geachte ouders/verzorgers,", "normal"))
    t = el_text(ctx, "oogo")
    if t is not None:
        B.append(("p", (t if var(ctx, "oogo") != "full" else
                        "Op %s hebben wij met u gesproken over de ontwikkeling van %s en over wat %s nodig heeft. Aanwezig waren %s, %s (leerkracht/mentor) en %s. "
                        "U herkende het beeld dat wij beschreven en u kon zich vinden in de verwachte uitstroombestemming." %
                        (fd(ctx["oogo_d"], "long"), N, hij, ctx["p1"] + (" en " + ctx["p2"] if ctx["p2"] else ""), ctx["mentor"], ctx["ib"])), "normal"))
    B.append(("p", "In deze brief beschrijven wij het ontwikkelingsperspectief van %s. De onderdelen staan hieronder." % N + "", "normal"))
    sec(B, 2, "Verwachte uitstroombestemming", ctx, "uitstroombestemming")
    sec(B, 2, "Waarom wij dit verwachten", ctx, "onderbouwing", "bullets")
    sec(B, 2, "Wat het leren moeilijker maakt", ctx, "belemmerende_factoren", "bullets")
    sec(B, 2, "Wat %s helpt" % N, ctx, "bevorderende_factoren", "bullets")
    sec(B, 2, "Wat %s nodig heeft" % N, ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 2, "Onze doelen tot de volgende evaluatie", ctx, "doelen", "bullets")
    sec(B, 2, "Wat wij gaan doen (handelingsdeel)", ctx, "ondersteuning", "bullets")
    sec(B, 2, "Aanpassingen in het lesprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 2, "Adviezen van deskundigen", ctx, "adviezen_professionals", "bullets")
    sec(B, 2, "Wat %s er zelf van vindt" % N, ctx, "inbreng_leerling")
    sec(B, 2, "Evaluatie", ctx, "evaluatie")
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("p", t, "normal"))
    B.append(("p", "Wilt u het strookje hieronder ondertekend aan ons teruggeven? Met vriendelijke groet,", "normal"))
    if var(ctx, "vaststelling") != "absent":
        vt = el_text(ctx, "vaststelling")
        B.append(("p", "%s, directeur\n%s" % (ctx["dir"], vt if vt else ""), "normal"))
    else:
        B.append(("p", "%s, intern begeleider" % ctx["ib"], "normal"))
    cb = consent_blocks(ctx)
    if cb:
        B.append(("p", "- - - - - - - - - - - - - - - - - - - - knippen - - - - - - - - - - - - - - - - - - - -", "small"))
        B.append(("h", 2, "Antwoordstrook handelingsdeel OPP %s" % ctx["full"]))
        B += cb
    B += avg_blocks(ctx)
    return B, dict(doc_title="Brief OPP " + ctx["full"], footer=ctx["school"] + " – " + ctx["place"])

# ============================================================================ L8

def L8(ctx):
    B = []
    sysname = ctx["spec"].get("system", "EduDossier")
    B.append(("p", "%s  >  Leerlingen  >  %s  >  Begeleiding  >  Ontwikkelingsperspectief" % (sysname, ctx["full"]), "small"))
    B.append(("title", "Ontwikkelingsperspectief"))
    B.append(("kv", [("Leerling", "%s (%s)" % (ctx["full"], fd(ctx["bd"]))), ("Stamgroep/klas", ctx["klas"]),
                     ("Vestiging", ctx["school"]), ("Status", "Vastgesteld" if var(ctx, "vaststelling") == "full" else "Concept"),
                     ("Auteur", ctx["ib"])]))

    def dash(el, sep="\n"):
        t = el_text(ctx, el, sep)
        if t is None:
            return None
        return t if t else "-"
    for title, fields in [
        ("Perspectief", [("uitstroombestemming", "Uitstroombestemming" if ctx["type"] != "vso" else "Uitstroomprofiel"), ("onderbouwing", "Onderbouwing")]),
        ("Analyse", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                     ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
        ("Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma")]),
        ("Betrokkenen", [("adviezen_professionals", "Adviezen externen"), ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO ouders")]),
        ("Cyclus", [("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling")]),
    ]:
        rows = []
        for el, lab in fields:
            t = dash(el)
            if t is not None:
                rows.append((lab, t))
        if rows:
            B.append(("h", 2, title))
            B.append(("kv", rows))
    m = consent_model(ctx)
    if m is not None:
        B.append(("h", 2, "Instemming handelingsdeel"))
        st = {"akkoord": "Akkoord", "niet": "Niet akkoord", "partial": "Gedeeltelijk akkoord (" + (m["partial"] or "") + ")", None: "-"}[m["tick"]]
        rows = [("Status instemming", st)]
        for r in m["rows"]:
            if r["role"].startswith("Directeur") or r["role"] == "School":
                continue
            how = "digitaal ondertekend" if (r.get("remark") or "").startswith("digitaal") else ("ondertekend" if r["signed"] else "niet ondertekend")
            extra = (" – opmerking: " + r["remark"]) if r.get("remark") and not r["remark"].startswith("digitaal") else ""
            rows.append((r["role"], "%s – %s%s%s" % (r["name"] or "-", how, (" op " + r["date"]) if r["date"] else " (geen datum)", extra)))
        B.append(("kv", rows))
    B += avg_blocks(ctx)
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("h", 2, "Informatie ouders"))
        B.append(("p", t or "-", "normal"))
    pr = ctx["Dc"]
    return B, dict(footer="Afgedrukt door %s op %s 09:%02d – %s 7.4.2 – pagina {page}" % (ctx["ib"].split(". ")[-1].lower()[:6], fd(pr), ctx["rnd"].randint(0, 59), sysname),
                   doc_title="Ontwikkelingsperspectief", author=sysname)

# ============================================================================ L9

PRO_OPTS = [("A", "Arbeidsmatige dagbesteding / beschut werk"), ("B", "Arbeid (regulier werk, eventueel met ondersteuning)"),
            ("C", "Vervolgonderwijs (mbo entree / niveau 2), eventueel gecombineerd met werk")]


def L9(ctx):
    B = []
    N = ctx["N"]
    B.append(("title", "Individueel OntwikkelingsPlan (IOP) / OPP"))
    B.append(("p", "%s – praktijkonderwijs – schooljaar %s" % (ctx["school"], ctx["schoolyear"]), "small"))
    B.append(("h", 1, "1. Persoonlijke gegevens"))
    B.append(("kv", pupil_kv(ctx, [("Mentor", ctx["mentor"]), ("Stagecoördinator", ctx["ob"])])))
    B.append(("h", 1, "2. Mijn toekomst: uitstroomprofiel"))
    v = var(ctx, "uitstroombestemming")
    u = ctx["c"]["uitstroom"]
    letter = "A" if "profiel A" in u else ("C" if "profiel C" in u else "B")
    if v != "absent":
        B.append(("checks", [("%s. %s" % (k, lab), v == "full" and k == letter) for k, lab in PRO_OPTS]))
        t = el_text(ctx, "uitstroombestemming")
        B.append(("kv", [("Richting / beroep", t if v == "full" else (t or ""))]))
    sec(B, 2, "Onderbouwing", ctx, "onderbouwing", "bullets")
    sec(B, 1, "3. Mijn sterke kanten (bevorderende factoren)", ctx, "bevorderende_factoren", "bullets")
    sec(B, 1, "4. Waar ik moeite mee heb (belemmerende factoren)", ctx, "belemmerende_factoren", "bullets")
    sec(B, 1, "5. Wat ik nodig heb", ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 1, "6. Mijn leerdoelen", ctx, "doelen", "bullets")
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 1, "7. Ondersteuning, begeleiding en stage"))
        support_table(B, ctx, ("Wat", "Wie", "Hoe vaak", "Periode"))
    sec(B, 1, "8. Afwijkingen van het programma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 1, "9. Adviezen", ctx, "adviezen_professionals", "bullets")
    sec(B, 1, "10. Zo denk ik er zelf over", ctx, "inbreng_leerling", "bullets")
    sec(B, 1, "11. Gesprek met ouders", ctx, "oogo")
    sec(B, 1, "12. Evaluatie van mijn IOP", ctx, "evaluatie")
    cb = consent_blocks(ctx)
    if cb:
        B.append(("h", 1, "13. Handtekeningen"))
        B.append(("p", "Handtekening leerling: %s (gezien en besproken)" % ctx["full"], "normal"))
        B += cb
    B += avg_blocks(ctx)
    if var(ctx, "vaststelling") != "absent":
        B.append(("p", el_text(ctx, "vaststelling") or "Vastgesteld:", "normal"))
    t = el_text(ctx, "informatie_rechten")
    if t is not None:
        B.append(("p", t, "small"))
    return B, dict(footer="IOP/OPP %s – %s" % (N, ctx["school"]), doc_title="IOP " + ctx["full"], cc_checkboxes=True)

# ============================================================================ L10

VSO_OPTS = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]
SO_OPTS = ["Regulier voortgezet onderwijs", "Praktijkonderwijs", "VSO – vervolgonderwijs", "VSO – arbeidsmarktgericht", "VSO – dagbesteding"]


def L10(ctx):
    B = []
    st = ctx["type"]
    B.append(("title", "Ontwikkelingsperspectiefplan %s" % ("VSO" if st == "vso" else "SO")))
    B.append(("p", "%s – Expertisecentrum voor speciaal onderwijs – schooljaar %s" % (ctx["school"], ctx["schoolyear"]), "small"))
    B.append(("h", 1, "1. Gegevens"))
    extra = [("Mentor/groepsleerkracht", ctx["mentor"]), ("Gedragswetenschapper", ctx["ob"])]
    if st == "vso":
        extra += [("Leeftijd", "%d jaar" % ctx["age"]), ("Meerderjarig", "ja" if ctx["adult"] else "nee")]
        if ctx["adult"]:
            extra.append(("Wettelijke vertegenwoordiging", ("onder curatele; curator: " + ctx["curator"]) if ctx["curatele"]
                          else "geen; de leerling is handelingsbekwaam en beslist zelf"))
    B.append(("kv", pupil_kv(ctx, extra)))
    v = var(ctx, "uitstroombestemming")
    if v != "absent":
        B.append(("h", 1, "2. Uitstroomprofiel / uitstroombestemming"))
        u = ctx["c"]["uitstroom"]
        if st == "vso":
            prof = ctx["c"]["profile"]
            B.append(("checks", [(o, v == "full" and o.lower() == prof) for o in VSO_OPTS]))
        else:
            key = "VSO – vervolgonderwijs" if "vervolgonderwijs" in u else ("VSO – arbeidsmarktgericht" if "arbeidsmarkt" in u else
                   ("Praktijkonderwijs" if u.startswith("praktijk") else "Regulier voortgezet onderwijs"))
            B.append(("checks", [(o, v == "full" and o == key) for o in SO_OPTS]))
        t = el_text(ctx, "uitstroombestemming")
        B.append(("kv", [("Toelichting / uitstroombestemming", t)]))
    sec(B, 1, "3. Onderbouwing", ctx, "onderbouwing", "bullets")
    if not (var(ctx, "belemmerende_factoren") == "absent" and var(ctx, "bevorderende_factoren") == "absent"):
        B.append(("h", 1, "4. Belemmerende en bevorderende factoren"))
        factor_table(B, ctx, ("Gebied", "Belemmerend", "Bevorderend"))
    sec(B, 1, "5. Onderwijs- en ondersteuningsbehoeften", ctx, "ondersteuningsbehoefte", "bullets")
    sec(B, 1, "6. Leerroute en afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, 1, "7. Doelen", ctx, "doelen", "bullets")
    if var(ctx, "ondersteuning") != "absent":
        B.append(("h", 1, "8. Ondersteuning en zorg (handelingsdeel)"))
        support_table(B, ctx)
    sec(B, 1, "9. Advies van de commissie voor de begeleiding en andere deskundigen", ctx, "adviezen_professionals", "bullets")
    sec(B, 1, "10. Inbreng van de leerling", ctx, "inbreng_leerling", "bullets")
    sec(B, 1, "11. Overleg met ouders / wettelijk vertegenwoordiger", ctx, "oogo")
    sec(B, 1, "12. Evaluatie", ctx, "evaluatie")
    B.append(("h", 1, "13. Vaststelling en instemming"))
    if var(ctx, "vaststelling") != "absent":
        B.append(("p", el_text(ctx, "vaststelling") or "Vastgesteld op:", "normal"))
    if ctx["adult"] and not ctx["curatele"]:
        subj = "De leerling (meerderjarig)"
    elif ctx["curatele"]:
        subj = "De leerling en de curator"
    else:
        subj = "Ouder(s)/verzorger(s)"
    B += consent_blocks(ctx, subject=subj)
    B += avg_blocks(ctx)
    sec(B, 1, "14. Informatie over rechten", ctx, "informatie_rechten")
    return B, dict(header=ctx["school"] + " – vertrouwelijk", footer="OPP %s – %s – pagina {page}" % (ctx["full"], ctx["schoolyear"]),
                   doc_title="OPP " + ctx["full"])


LAYOUTS = {"L1": L1, "L2": L2, "L3": L3, "L4": L4, "L5": L5, "L6": L6, "L7": L7, "L8": L8, "L9": L9, "L10": L10}

# ============================================================================ non-OPP documents

def leaflet(spec):
    B = [("title", "Het ontwikkelingsperspectief (OPP): informatie voor ouders"),
         ("p", "Samenwerkingsverband Passend Onderwijs Kraaiendijk e.o. – folder voor ouders en verzorgers", "small"),
         ("h", 1, "Wat is een OPP?"),
         ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de school in de basisondersteuning biedt? Dan maakt de school "
               "een ontwikkelingsperspectiefplan, kortweg OPP. Ook in het speciaal (basis)onderwijs en het praktijkonderwijs heeft elke leerling een OPP.", "normal"),
         ("h", 1, "Wat staat erin?"),
         ("bullets", ["de te verwachten uitstroombestemming: naar welk type vervolgonderwijs of werk uw kind waarschijnlijk gaat;",
                      "de onderbouwing daarvan, met de belemmerende en bevorderende factoren;",
                      "wat uw kind nodig heeft en welke ondersteuning de school biedt (het handelingsdeel);",
                      "of uw kind afwijkt van het gewone lesprogramma, bijvoorbeeld met een eigen leerlijn;",
                      "de doelen en wanneer het plan wordt geëvalueerd."]),
         ("h", 1, "Wat is mijn rol als ouder?"),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. "
               "Sinds 1 augustus 2025 moet de school ook naar uw kind luisteren: de mening van uw kind komt in het plan.", "normal"),
         ("h", 1, "Niet eens met het OPP?"),
         ("p", "Praat eerst met de school. Komt u er samen niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent "
               "of de Geschillencommissie passend onderwijs (binnen zes weken na vaststelling).", "normal"),
         ("p", "Deze folder is een algemene uitleg en geen OPP van uw kind. Vragen? Bel 0500-123 456 (fictief).", "hint")]
    return B, dict(doc_title="Folder OPP", footer="Folder OPP – versie september 2025")


def newsletter(spec):
    B = [("title", "Nieuwsbrief OBS De Kwikstaart – december 2025"),
         ("h", 1, "Sinterklaas en kerst"),
         ("p", "Wat een mooi feest hebben we gehad! De kerstviering is op donderdag 18 december van 17.00 tot 18.30 uur.", "normal"),
         ("h", 1, "OPP-gesprekken in week 50"),
         ("p", "Voor een aantal kinderen met een ontwikkelingsperspectief (OPP) vinden in week 50 de evaluatiegesprekken plaats. "
               "De intern begeleider nodigt u persoonlijk uit. Uw kind is ook welkom bij (een deel van) het gesprek: wij vinden het "
               "belangrijk te horen wat uw kind zelf vindt.", "normal"),
         ("h", 1, "Luizencontrole"),
         ("p", "Na de kerstvakantie is er weer luizencontrole op maandag 5 januari.", "normal"),
         ("h", 1, "Uit de medezeggenschapsraad"),
         ("p", "De MR heeft ingestemd met het nieuwe schoolondersteuningsprofiel. U kunt het lezen op de website.", "normal"),
         ("h", 1, "Privacy"),
         ("p", "Heeft u het formulier over foto's op de website nog niet ingeleverd? Graag vóór 19 december.", "normal")]
    return B, dict(doc_title="Nieuwsbrief december", footer="OBS De Kwikstaart – Lindewijk")


def blank_format(spec):
    B = [("title", "Ontwikkelingsperspectief (OPP) schooljaar 20..-20.."),
         ("p", "FORMAT – in te vullen door de mentor en de zorgcoördinator. Verwijder de toelichtingen na het invullen.", "hint"),
         ("h", 1, "Leerlinggegevens"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Klas", ""), ("Mentor", ""), ("Zorgcoördinator", "")]),
         ("h", 1, "DEEL 1 – PERSPECTIEFDEEL")]
    for num, el, lab in [("1.1", "uitstroombestemming", "Uitstroombestemming"), ("1.2", "onderbouwing", "Onderbouwing"),
                         ("1.3", "belemmerende_factoren", "Belemmerende factoren"), ("1.4", "bevorderende_factoren", "Bevorderende factoren"),
                         ("1.5", "ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"), ("1.6", "adviezen_professionals", "Adviezen van deskundigen"),
                         ("1.7", "oogo", "Overleg met ouders")]:
        B += [("h", 2, num + " " + lab), ("p", INSTR[el], "hint"), ("cc", "Klik of tik om tekst in te voeren.")]
    B.append(("h", 1, "DEEL 2 – HANDELINGSDEEL"))
    for num, el, lab in [("2.1", "doelen", "Doelen"), ("2.2", "ondersteuning", "Ondersteuning en begeleiding"),
                         ("2.3", "afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
                         ("2.4", "inbreng_leerling", "Inbreng van de leerling"), ("2.5", "evaluatie", "Evaluatie")]:
        B += [("h", 2, num + " " + lab), ("p", INSTR[el], "hint"), ("cc", "Klik of tik om tekst in te voeren.")]
    B += [("h", 2, "2.6 Instemming handelingsdeel"),
          ("checks", [("Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel", False),
                      ("Ouder(s)/verzorger(s) gaan niet akkoord met het handelingsdeel", False)]),
          ("sig", [dict(role="Ouder/verzorger 1", name="", date="", signed=False, remark=None),
                   dict(role="Ouder/verzorger 2", name="", date="", signed=False, remark=None),
                   dict(role="Directeur (namens bevoegd gezag)", name="", date="", signed=False, remark=None)]),
          ("h", 1, "Vaststelling en rechten"), ("p", INSTR["vaststelling"], "hint"), ("p", INSTR["informatie_rechten"], "hint")]
    return B, dict(doc_title="Format OPP vo", footer="Format OPP – versie 2025 – pagina {page}", cc_checkboxes=True)


def invitation(spec):
    B = [("p", "Praktijkschool De Werkplaats – Heidelo", "bold"),
         ("p", "Heidelo, 3 november 2025", "normal"),
         ("p", "Beste ouders/verzorgers van Jurre,", "normal"),
         ("p", "Graag nodigen wij u en Jurre uit voor het IOP/OPP-gesprek op dinsdag 18 november 2025 om 15.30 uur in lokaal 12. "
               "In dit gesprek bespreken we de voortgang van de stage, de doelen voor de komende periode en het uitstroomprofiel. "
               "Jurre bereidt het gesprek voor met zijn mentor en vertelt zelf hoe het gaat.", "normal"),
         ("p", "Het nieuwe plan sturen wij u na het gesprek toe. U wordt dan gevraagd om in te stemmen met het handelingsdeel.", "normal"),
         ("p", "Kunt u niet? Laat het ons weten via de mentor.", "normal"),
         ("p", "Met vriendelijke groet,\ndhr. T. Bolwerk, mentor", "normal")]
    return B, dict(doc_title="Uitnodiging IOP-gesprek")


NONOPP = {"leaflet": leaflet, "newsletter": newsletter, "blank": blank_format, "invitation": invitation}
