# -*- coding: utf-8 -*-
"""Layout builders: Plan -> (blocks, header, footer). Ten OPP layouts and three non-OPP documents."""
from content import DOMAINS, INSTRUCTIONS, d_nl
from plans import ELEMENTS

GAP_BODY = ("empty", "ph", "instr", "zie", "sdt_empty")


def body_or_gap(P, el, full_blocks_fn, label=None):
    st = P.state(el)
    if st == "empty":
        return []
    if st == "sdt_empty":
        return [("sdt", (label or "Invullen") + ":", None)]
    if st in ("ph", "instr", "zie"):
        return [("p", P.gap_text(el))]
    return full_blocks_fn()


def sec(P, el, heading, fn, level="h1", label=None):
    if not P.has(el):
        return []
    return [(level, heading)] + body_or_gap(P, el, fn, label)


def default_body(P, el):
    """Block rendering of an element's full (or partial) content."""
    st = P.state(el)
    if el == "belemmerende_factoren":
        return [("bullets", [t for _, t in P.belem()])]
    if el == "bevorderende_factoren":
        return [("bullets", [t for _, t in P.bevord()])]
    if el == "ondersteuningsbehoefte":
        return [("p", "%s heeft nodig:" % P.vn), ("bullets", P.behoeften())]
    if el == "ondersteuning":
        if st == "vague":
            return [("p", P.ondersteuning_vague())]
        return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf / periode"], P.ondersteuning_rows())]
    if el == "doelen":
        return [("bullets", P.doelen())]
    if el == "adviezen_professionals":
        if st == "partial":
            return [("p", P.adviezen_partial())]
        return [("table", ["Deskundige", "Advies", "Wat doet de school ermee?"], [list(a) for a in P.adviezen()])]
    return [("p", P.T(el))]


def consent_blocks(P, heading="Instemming met het handelingsdeel", level="h1", with_perm=True):
    c = P.consent()
    out = []
    perm = P.permissions() if with_perm else None
    if c["include"]:
        out.append((level, heading))
        if c["intro"]:
            out.append(("p", c["intro"]))
        if c["checks"]:
            out.append(("checks", c["checks"], False))
        for n in c["notes"]:
            out.append(("p", n))
        if c["sig"]:
            out.append(("sig", c["sig"]))
    if perm:
        out.append((level, "Overige toestemmingen"))
        out.append(("checks", perm["checks"], False))
        out.append(("sig", perm["sig"]))
    return out


def vast_blocks(P, heading="Vaststelling", level="h1"):
    return sec(P, "vaststelling", heading, lambda: [("p", P.vaststelling())], level)


def pupil_kv(P, extra=()):
    s = P.s
    rows = [("Naam leerling", P.naam), ("Geboortedatum", P.d(s["pupil"]["geb"])), ("School", "%s, %s" % (s["school"], s["place"])),
            (s.get("groep_label", "Groep/klas"), s["groep"])]
    rows += list(extra)
    return ("kv", rows)


def title_date_line(P):
    return "Datum opgesteld: %s%s" % (P.d(P.s.get("opgesteld", P.oogo_date)),
                                      ("  |  Bijgesteld: %s" % P.d(P.revised)) if P.revised else "")


# ---------------------------------------------------------------------------
def L_swv_genummerd(P):
    s = P.s
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("sub", "%s  -  format OPP schooljaar %d-%d" % (s["swv"], P.sy, P.sy + 1))]
    n = [0]

    def H(t):
        n[0] += 1
        return "%d. %s" % (n[0], t)
    B += [("h1", H("Gegevens")), pupil_kv(P, [("Datum opgesteld", P.d(s.get("opgesteld", P.oogo_date))),
                                                 ("Opgesteld door", s.get("ib", "mw. C. Lanting") + " (intern begeleider)")] +
                                               ([("Datum bijstelling", P.d(P.revised))] if P.revised else []))]
    if P.has("belemmerende_factoren") or P.has("bevorderende_factoren"):
        B.append(("h1", H("Beeld van de leerling")))
        B += sec(P, "belemmerende_factoren", "Belemmerende factoren", lambda: default_body(P, "belemmerende_factoren"), "h2")
        B += sec(P, "bevorderende_factoren", "Bevorderende factoren", lambda: default_body(P, "bevorderende_factoren"), "h2")
    B += sec(P, "ondersteuningsbehoefte", H("Onderwijs- en ondersteuningsbehoeften"), lambda: default_body(P, "ondersteuningsbehoefte"))
    B += sec(P, "adviezen_professionals", H("Adviezen van deskundigen"), lambda: default_body(P, "adviezen_professionals"))
    if P.has("uitstroombestemming") or P.has("onderbouwing"):
        B.append(("h1", H("Ontwikkelingsperspectief")))
        B += sec(P, "uitstroombestemming", "Te verwachten uitstroombestemming", lambda: [("p", P.uitstroom())], "h2")
        B += sec(P, "onderbouwing", "Onderbouwing", lambda: [("p", P.onderbouwing())], "h2")
    B.append(("h1", H("Handelingsdeel")))
    B += sec(P, "doelen", "Doelen voor de komende periode", lambda: default_body(P, "doelen"), "h2")
    B += sec(P, "ondersteuning", "Te bieden ondersteuning en begeleiding", lambda: default_body(P, "ondersteuning"), "h2")
    B += sec(P, "afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma",
             lambda: afw_body(P), "h2")
    B += sec(P, "inbreng_leerling", H("Inbreng van de leerling"), lambda: [("p", P.inbreng())])
    if P.has("oogo") or P.has("evaluatie"):
        B.append(("h1", H("Overleg met ouders en evaluatie")))
        B += sec(P, "oogo", "Op overeenstemming gericht overleg", lambda: [("p", P.oogo())], "h2")
        B += sec(P, "evaluatie", "Evaluatie", lambda: [("p", P.evaluatie())], "h2")
    B.append(("h1", H("Instemming en vaststelling")))
    B += sec(P, "informatie_rechten", "Uw rechten als ouder", lambda: [("p", P.rechten())], "h2")
    B += consent_blocks(P, "Instemming ouders met het handelingsdeel", "h2")
    B += vast_blocks(P, "Vaststelling", "h2")
    return B, None, s.get("footer")


def afw_body(P, ticks=False):
    st = P.state("afwijkingen_onderwijsprogramma")
    if st == "unticked":
        return [("checks", [(False, "geen afwijkingen"), (False, "wel afwijkingen, namelijk:")], False)]
    if P.afw_is_none():
        if ticks:
            return [("checks", [(True, "geen afwijkingen"), (False, "wel afwijkingen, namelijk:")], False)]
        return [("p", P.afw_none_sentence())]
    if ticks:
        return [("checks", [(False, "geen afwijkingen"), (True, "wel afwijkingen, namelijk:")], False), ("p", P.afw_text())]
    return [("p", P.afw_text())]


# ---------------------------------------------------------------------------
def L_twee_kolommen(P):
    s = P.s
    B = [("title", "OPP %s" % P.naam), ("sub", "%s  |  %s" % (s["school"], title_date_line(P)))]
    rows = [("Naam", P.naam), ("Geboortedatum", P.d(s["pupil"]["geb"])), (s.get("groep_label", "Groep"), s["groep"]),
            ("School / locatie", "%s, %s" % (s["school"], s["place"]))]
    labels = [("uitstroombestemming", "Uitstroomprofiel"), ("onderbouwing", "Onderbouwing uitstroomprofiel"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Stimulerende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Begeleiding (wat, wie, hoe vaak)"),
              ("afwijkingen_onderwijsprogramma", "Afwijking van het onderwijsprogramma"), ("doelen", "Doelen komende periode"),
              ("adviezen_professionals", "Advies externe deskundigen"), ("inbreng_leerling", "Stem van de leerling"),
              ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatiemomenten"), ("informatie_rechten", "Uw rechten")]
    for el, lab in labels:
        if not P.has(el):
            continue
        t = P.T(el)
        if t is None:
            t = "Klik of tik om tekst in te voeren."
        if el == "afwijkingen_onderwijsprogramma" and P.state(el) == "unticked":
            t = "\u2610 nee   \u2610 ja, namelijk: "
        rows.append((lab, t if t is not None else ""))
    B.append(("kv", rows))
    B += consent_blocks(P, "Ondertekening ouders")
    if P.has("vaststelling"):
        B += [("h1", "Vastgesteld"), ("p", P.T("vaststelling") or "")]
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_domeintabel(P):
    s = P.s
    B = [("title", "Ontwikkelingsperspectief"), ("sub", s["swv"]), pupil_kv(P, [("Datum", title_date_line(P).split(": ", 1)[1])])]
    B += [("h1", "1  Perspectief")]
    B += sec(P, "uitstroombestemming", "Verwachte uitstroombestemming", lambda: [("p", P.uitstroom())], "h2")
    B += sec(P, "onderbouwing", "Onderbouwing", lambda: [("p", P.onderbouwing())], "h2")
    B += [("h1", "2  Belemmerende en bevorderende factoren per domein")]
    be = {}
    for dm, t in P.belem():
        be.setdefault(dm, []).append(t)
    bv = {}
    for dm, t in P.bevord():
        bv.setdefault(dm, []).append(t)
    beh = P.behoeften()
    domains = [d for d in DOMAINS if d in be or d in bv]
    bh = {d: [] for d in domains}
    for i, t in enumerate(beh):
        bh[domains[i % len(domains)]].append(t)

    def cell(el, lst):
        st = P.state(el)
        if st == "full":
            return "\n".join(lst) if lst else "-"
        if st == "empty":
            return ""
        if st in ("ph", "instr", "zie"):
            return P.gap_text(el) if lst or st != "instr" else ""
        return ""
    cols = []
    if P.has("belemmerende_factoren"):
        cols.append(("Belemmerend", "belemmerende_factoren", be))
    if P.has("bevorderende_factoren"):
        cols.append(("Bevorderend", "bevorderende_factoren", bv))
    if P.has("ondersteuningsbehoefte"):
        cols.append(("Onderwijsbehoefte", "ondersteuningsbehoefte", bh))
    for d in domains:
        B.append(("h2", d))
        B.append(("table", [c[0] for c in cols], [[cell(el, m.get(d, [])) for _, el, m in cols]]))
    B += [("h1", "3  Handelingsdeel")]
    B += sec(P, "doelen", "Doelen", lambda: default_body(P, "doelen"), "h2")
    B += sec(P, "ondersteuning", "Ondersteuning", lambda: default_body(P, "ondersteuning"), "h2")
    B += sec(P, "afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma", lambda: afw_body(P), "h2")
    B += sec(P, "adviezen_professionals", "Adviezen deskundigen", lambda: default_body(P, "adviezen_professionals"), "h2")
    B += [("h1", "4  Betrokkenheid en afspraken")]
    B += sec(P, "inbreng_leerling", "Inbreng leerling", lambda: [("p", P.inbreng())], "h2")
    B += sec(P, "oogo", "Gesprek met ouders", lambda: [("p", P.oogo())], "h2")
    B += sec(P, "evaluatie", "Evaluatie", lambda: [("p", P.evaluatie())], "h2")
    B += sec(P, "informatie_rechten", "Niet eens?", lambda: [("p", P.rechten())], "h2")
    B += consent_blocks(P, "5  Instemming")
    B += vast_blocks(P, "6  Vaststelling")
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_groeidocument(P):
    s = P.s
    B = [("title", "Groeidocument %s" % P.naam), ("sub", "%s  -  %s" % (s["swv"], title_date_line(P))),
         ("h1", "Hoofdstuk 1  Gegevens"), pupil_kv(P, [("Betrokken professionals", s.get("profs", "IB, ambulant begeleider SWV, schoolmaatschappelijk werk"))]),
         ("h1", "Hoofdstuk 2  Beeld van de leerling")]
    B += sec(P, "bevorderende_factoren", "2.1 Wat gaat goed? (bevorderende factoren)", lambda: default_body(P, "bevorderende_factoren"), "h2")
    B += sec(P, "belemmerende_factoren", "2.2 Wat belemmert? (belemmerende factoren)", lambda: default_body(P, "belemmerende_factoren"), "h2")
    B += sec(P, "ondersteuningsbehoefte", "2.3 Onderwijs- en ondersteuningsbehoeften", lambda: default_body(P, "ondersteuningsbehoefte"), "h2")
    B += [("h1", "Hoofdstuk 3  Wat is er al gedaan?"),
          ("p", P.f("In de afgelopen twee jaar heeft {vn} extra instructie in de groep gehad en is de ondersteuning besproken in het ondersteuningsteam."))]
    B += sec(P, "adviezen_professionals", "3.1 Adviezen van deskundigen", lambda: default_body(P, "adviezen_professionals"), "h2")
    B += [("h1", "Hoofdstuk 4  Ontwikkelingsperspectiefplan (OPP)")]
    B += sec(P, "uitstroombestemming", "4.1 Uitstroombestemming", lambda: [("p", P.uitstroom())], "h2")
    B += sec(P, "onderbouwing", "4.2 Onderbouwing", lambda: [("p", P.onderbouwing())], "h2")
    B += sec(P, "doelen", "4.3 Doelen (handelingsdeel)", lambda: default_body(P, "doelen"), "h2")
    B += sec(P, "ondersteuning", "4.4 Ondersteuning (handelingsdeel)", lambda: default_body(P, "ondersteuning"), "h2")
    B += sec(P, "afwijkingen_onderwijsprogramma", "4.5 Afwijkingen van het programma", lambda: afw_body(P), "h2")
    B += [("h1", "Hoofdstuk 5  Ouders en leerling")]
    B += sec(P, "oogo", "5.1 Overleg met ouders", lambda: [("p", P.oogo())], "h2")
    B += sec(P, "inbreng_leerling", "5.2 Wat vindt de leerling?", lambda: [("p", P.inbreng())], "h2")
    B += sec(P, "evaluatie", "Hoofdstuk 6  Evaluatie", lambda: [("p", P.evaluatie())], "h1")
    B += [("h1", "Hoofdstuk 7  Aanvraag arrangement / toelaatbaarheidsverklaring"), ("p", "n.v.t.: er wordt op dit moment geen arrangement of TLV aangevraagd.")]
    B += [("h1", "Hoofdstuk 8  Ondertekening")]
    B += sec(P, "informatie_rechten", "8.1 Informatie voor ouders", lambda: [("p", P.rechten())], "h2")
    B += consent_blocks(P, "8.2 Instemming handelingsdeel", "h2")
    B += vast_blocks(P, "8.3 Vaststelling door het bevoegd gezag", "h2")
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_beknopt(P):
    s = P.s
    B = [("title", "Beknopt OPP"), ("kv", [("Leerling", "%s (%s)" % (P.naam, P.d(s["pupil"]["geb"]))),
                                           ("School / groep", "%s, %s" % (s["school"], s["groep"])),
                                           ("Datum", title_date_line(P).split(": ", 1)[1])])]
    kv = []
    for el, lab in (("uitstroombestemming", "Uitstroomverwachting"), ("onderbouwing", "Waarom?")):
        if P.has(el):
            kv.append((lab, P.T(el) or ""))
    if kv:
        B.append(("kv", kv))
    cols = []
    if P.has("belemmerende_factoren"):
        cols.append(("Belemmerend", P.T("belemmerende_factoren")))
    if P.has("bevorderende_factoren"):
        cols.append(("Bevorderend", P.T("bevorderende_factoren")))
    if cols:
        B.append(("table", [c[0] for c in cols], [[c[1] or "" for c in cols]]))
    B += sec(P, "ondersteuningsbehoefte", "Wat heeft %s nodig?" % P.vn, lambda: [("bullets", P.behoeften())], "h2")
    B += sec(P, "ondersteuning", "Aanpak", lambda: default_body(P, "ondersteuning"), "h2")
    B += sec(P, "afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma?", lambda: afw_body(P, ticks=True), "h2")
    B += sec(P, "doelen", "Doelen", lambda: default_body(P, "doelen"), "h2")
    B += sec(P, "adviezen_professionals", "Advies deskundigen", lambda: [("bullets", P.adviezen_lines())] if P.state("adviezen_professionals") == "full" else [("p", P.adviezen_partial())], "h2")
    kv = []
    for el, lab in (("oogo", "Besproken met ouders"), ("inbreng_leerling", "%s zegt zelf" % P.vn), ("evaluatie", "Evaluatie"),
                    ("informatie_rechten", "Niet eens?")):
        if P.has(el):
            kv.append((lab, P.T(el) or ""))
    B.append(("kv", kv))
    B += consent_blocks(P, "Akkoord ouders", "h2")
    if P.has("vaststelling"):
        B += [("p", P.T("vaststelling") or "Vastgesteld:")]
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_vraagkoppen(P):
    s = P.s
    vn = P.vn
    B = [("title", "Het plan voor %s" % vn), ("sub", "Ontwikkelingsperspectief  |  %s  |  %s" % (s["school"], title_date_line(P))),
         pupil_kv(P)]
    B += sec(P, "uitstroombestemming", "Waar werken we naartoe?", lambda: [("p", P.uitstroom())])
    B += sec(P, "onderbouwing", "Waarom verwachten we dat?", lambda: [("p", P.onderbouwing())])
    B += sec(P, "bevorderende_factoren", "Wat gaat goed en helpt %s?" % vn, lambda: default_body(P, "bevorderende_factoren"))
    B += sec(P, "belemmerende_factoren", "Wat maakt het moeilijk?", lambda: default_body(P, "belemmerende_factoren"))
    B += sec(P, "ondersteuningsbehoefte", "Wat heeft %s nodig?" % vn, lambda: default_body(P, "ondersteuningsbehoefte"))
    B += sec(P, "adviezen_professionals", "Wat adviseren deskundigen?", lambda: default_body(P, "adviezen_professionals"))
    B += sec(P, "doelen", "Wat willen we bereiken?", lambda: default_body(P, "doelen"))
    B += sec(P, "ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?", lambda: default_body(P, "ondersteuning"))
    B += sec(P, "afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?", lambda: afw_body(P))
    B += sec(P, "inbreng_leerling", "Wat vindt %s er zelf van?" % vn, lambda: [("p", P.inbreng())])
    B += sec(P, "oogo", "Hoe hebben we dit met u besproken?", lambda: [("p", P.oogo())])
    B += sec(P, "evaluatie", "Wanneer kijken we samen terug?", lambda: [("p", P.evaluatie())])
    B += sec(P, "informatie_rechten", "Wat kunt u doen als u het er niet mee eens bent?", lambda: [("p", P.rechten())])
    B += consent_blocks(P, "Gaat u akkoord met de ondersteuning?")
    B += vast_blocks(P, "Wie heeft het plan vastgesteld?")
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_briefvorm(P):
    s = P.s
    vn = P.vn
    hij, zijn = P.pron["hij"], P.pron["zijn"]
    addressee = s.get("aan", "Aan de ouders van %s" % P.naam)
    B = [("p", "%s\n%s\nPostbus 1%03d, %s" % (s["school"], s["swv"], len(P.an) * 7, s["place"])),
         ("p", "%s\n%s" % (addressee, s.get("adres", "Lindeweg 14, %s" % s["place"]))),
         ("p", "%s, %s" % (s["place"], P.d(s.get("briefdatum", P.vast), "long"))),
         ("p", "Betreft: ontwikkelingsperspectief van %s (geboren %s, %s)" % (P.naam, P.d(s["pupil"]["geb"]), s["groep"])),
         ("p", s.get("aanhef", "Beste ouders,"))]
    if P.has("oogo"):
        st = P.state("oogo")
        if st == "full":
            B.append(("p", "Hartelijk dank voor het gesprek. " + P.oogo() + " In deze brief leest u het plan dat wij samen hebben besproken."))
        elif st == "partial":
            B.append(("p", "Hartelijk dank voor het gesprek. In deze brief leest u het plan voor %s." % vn))
        else:
            B.append(("p", "Gesprek met ouders: " + (P.gap_text("oogo") or "")))
    else:
        B.append(("p", "In deze brief leest u het ontwikkelingsperspectief dat de school voor %s heeft opgesteld." % vn))
    if P.has("uitstroombestemming"):
        B.append(("p", "Wij verwachten dat %s na deze school uitstroomt naar: %s" % (vn, P.T("uitstroombestemming") or "")))
    if P.has("onderbouwing"):
        B.append(("p", "Waarom verwachten wij dat? " + (P.T("onderbouwing") or "")))
    if P.has("belemmerende_factoren"):
        st = P.state("belemmerende_factoren")
        B.append(("p", "Wat het leren voor %s moeilijker maakt:" % vn))
        B += [("bullets", [t for _, t in P.belem()])] if st == "full" else ([("p", P.gap_text("belemmerende_factoren"))] if P.gap_text("belemmerende_factoren") else [])
    if P.has("bevorderende_factoren"):
        st = P.state("bevorderende_factoren")
        B.append(("p", "Wat %s helpt:" % vn))
        B += [("bullets", [t for _, t in P.bevord()])] if st == "full" else ([("p", P.gap_text("bevorderende_factoren"))] if P.gap_text("bevorderende_factoren") else [])
    if P.has("ondersteuningsbehoefte"):
        B.append(("p", "Wat %s nodig heeft:" % vn))
        B += [("bullets", P.behoeften())] if P.state("ondersteuningsbehoefte") == "full" else [("p", P.gap_text("ondersteuningsbehoefte") or "")]
    if P.has("adviezen_professionals"):
        if P.state("adviezen_professionals") == "full":
            B.append(("p", "Wij hebben de adviezen van deskundigen meegenomen:"))
            B.append(("bullets", P.adviezen_lines()))
        else:
            B.append(("p", "Adviezen van deskundigen: " + (P.T("adviezen_professionals") or "")))
    if P.has("ondersteuning"):
        B.append(("p", "Dit gaan wij doen (handelingsdeel):"))
        B += body_or_gap(P, "ondersteuning", lambda: default_body(P, "ondersteuning"))
    if P.has("doelen"):
        B.append(("p", "Hieraan kunnen wij zien of het werkt (doelen):"))
        B += body_or_gap(P, "doelen", lambda: default_body(P, "doelen"))
    if P.has("afwijkingen_onderwijsprogramma"):
        B.append(("p", "Afwijkingen van het lesprogramma: " + (P.T("afwijkingen_onderwijsprogramma") or "")))
    if P.has("inbreng_leerling"):
        B.append(("p", "Wat %s er zelf van vindt: %s" % (vn, P.T("inbreng_leerling") or "")))
    if P.has("evaluatie"):
        B.append(("p", "Evaluatie: " + (P.T("evaluatie") or "")))
    if P.has("informatie_rechten"):
        B.append(("p", P.T("informatie_rechten") or ""))
    if P.has("vaststelling"):
        if P.state("vaststelling") == "full":
            B.append(("p", "Het bestuur heeft dit ontwikkelingsperspectief op %s vastgesteld." % P.d(P.vast, "long")))
        else:
            B.append(("p", "Datum vaststelling: " + (P.gap_text("vaststelling") or "............")))
    B.append(("p", "Met vriendelijke groet,\n\n%s\ndirecteur" % P.dir_name()))
    c = P.consent()
    if c["include"] or P.permissions():
        B.append(("pb",))
        B.append(("h1", "Antwoordstrook - graag binnen twee weken terug naar school"))
        B += [b for b in consent_blocks(P, "Instemming handelingsdeel", "h2")]
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_systeemexport(P):
    s = P.s
    sysname = s.get("sysname", "Kompasdossier")
    B = [("sub", "%s  >  Leerlingdossier  >  Ontwikkelingsperspectief  >  Afdrukweergave" % sysname),
         ("title", "Ontwikkelingsperspectief"),
         ("kv", [("Leerling", "%s, %s" % (P.an, P.vn)), ("Leerlingnummer", s.get("llnr", "4%06d" % (len(P.naam) * 3917))),
                 ("Geboortedatum", P.d(s["pupil"]["geb"], "iso")), ("Groep/klas", s["groep"]), ("Schooljaar", "%d-%d" % (P.sy, P.sy + 1)),
                 ("Status document", s.get("docstatus", "Definitief"))] +
                ([("Laatste bijstelling", P.d(P.revised, "iso") + " (versie 2, na evaluatiegesprek)")] if P.revised else []))]

    def fld(el):
        if not P.has(el):
            return None
        t = P.T(el) or ""
        if P.state(el) == "empty":
            return s.get("empty_mark", "")
        return t
    groups = [("Perspectief", [("uitstroombestemming", "Uitstroomprofiel"), ("onderbouwing", "Onderbouwing uitstroomprofiel")]),
              ("Leerlingkenmerken", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                                     ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
              ("Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
                                  ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma")]),
              ("Betrokkenen", [("adviezen_professionals", "Advies externe deskundigen"), ("oogo", "OOGO ouders (datum, deelnemers)"),
                               ("inbreng_leerling", "Inbreng leerling"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Informatie rechten ouders")])]
    for g, flds in groups:
        rows = []
        for el, lab in flds:
            v = fld(el)
            if v is None:
                continue
            if el == "afwijkingen_onderwijsprogramma" and P.state(el) == "unticked":
                v = "[ ] Nee  [ ] Ja"
            rows.append((lab + ":", v))
        if rows:
            B += [("h1", g), ("kv", rows)]
    B += consent_blocks(P, "Instemming handelingsdeel")
    if P.has("vaststelling"):
        st = P.state("vaststelling")
        if st == "full":
            B += [("h1", "Vaststelling"), ("kv", [("Vastgesteld door:", "%s (directeur)" % P.dir_name()), ("Datum vaststelling:", P.d(P.vast, "iso"))])]
        elif st == "partial":
            B += [("h1", "Vaststelling"), ("kv", [("Vastgesteld door:", "%s (directeur)" % P.dir_name()), ("Datum vaststelling:", "")])]
        else:
            B += [("h1", "Vaststelling"), ("kv", [("Vastgesteld door:", P.gap_text("vaststelling") or ""), ("Datum vaststelling:", P.gap_text("vaststelling") or "")])]
    footer = s.get("footer", "Afgedrukt uit %s door %s op %s  -  vertrouwelijk  -  pagina {page}" % (sysname, s.get("ib", "mw. C. Lanting"), P.d(add_print(P), "iso")))
    return B, "%s | %s" % (sysname, s["school"]), footer


def add_print(P):
    from plans import add_days
    return add_days(P.vast, 1)


# ---------------------------------------------------------------------------
PROFILES = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]


def L_vso(P):
    s = P.s
    a = P.a["uitstroom"].lower()
    prof = "Dagbesteding" if "dagbesteding" in a else ("Arbeidsmarktgericht" if "arbeidsmarkt" in a else "Vervolgonderwijs")
    B = [("title", "Ontwikkelingsperspectiefplan VSO"), ("sub", "%s  -  %s" % (s["school"], title_date_line(P))), pupil_kv(P)]
    if P.has("uitstroombestemming"):
        B.append(("h1", "1. Uitstroomprofiel"))
        st = P.state("uitstroombestemming")
        if st == "unticked":
            B.append(("checks", [(False, p) for p in PROFILES], True))
            B.append(("p", "Concreet: "))
        elif st == "full":
            B.append(("checks", [(p == prof, p) for p in PROFILES], True))
            B.append(("p", "Concreet: " + P.uitstroom()))
        else:
            B.append(("checks", [(False, p) for p in PROFILES], True))
            B += body_or_gap(P, "uitstroombestemming", lambda: [])
    B += sec(P, "onderbouwing", "2. Onderbouwing", lambda: [("p", P.onderbouwing())])
    if P.has("belemmerende_factoren") or P.has("bevorderende_factoren"):
        B.append(("h1", "3. Ondersteuningsprofiel"))
        B += sec(P, "belemmerende_factoren", "Belemmerende factoren", lambda: default_body(P, "belemmerende_factoren"), "h2")
        B += sec(P, "bevorderende_factoren", "Beschermende en bevorderende factoren", lambda: default_body(P, "bevorderende_factoren"), "h2")
    B += sec(P, "ondersteuningsbehoefte", "4. Onderwijsbehoeften", lambda: default_body(P, "ondersteuningsbehoefte"))
    B += sec(P, "adviezen_professionals", "5. Advies commissie voor de begeleiding en deskundigen", lambda: default_body(P, "adviezen_professionals"))
    B.append(("h1", "6. Handelingsdeel / transitieplan"))
    B += sec(P, "doelen", "Doelen", lambda: default_body(P, "doelen"), "h2")
    B += sec(P, "ondersteuning", "Ondersteuning", lambda: default_body(P, "ondersteuning"), "h2")
    B += sec(P, "afwijkingen_onderwijsprogramma", "Afwijkingen programma", lambda: afw_body(P), "h2")
    B += sec(P, "inbreng_leerling", "7. Inbreng van %s (hoorrecht)" % P.vn, lambda: [("p", P.inbreng())])
    B += sec(P, "oogo", "8. Overleg", lambda: [("p", P.oogo())])
    B += sec(P, "evaluatie", "9. Evaluatie", lambda: [("p", P.evaluatie())])
    B += sec(P, "informatie_rechten", "10. Rechten", lambda: [("p", P.rechten())])
    B += consent_blocks(P, "11. Instemming handelingsdeel")
    B += vast_blocks(P, "12. Vaststelling")
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
def L_invulformulier(P, sdt=False):
    """Form layout: every element is a field. sdt=True -> Word content controls; else kv (AcroForm fields in pdf-form)."""
    s = P.s
    B = [("title", s.get("form_title", "Formulier ontwikkelingsperspectief")), ("sub", "%s - versie %d" % (s["swv"], P.sy)),
         ("h1", "A. Leerling")]
    B.append(("kv", [("Naam leerling", P.naam), ("Geboortedatum", P.d(s["pupil"]["geb"])), ("School", s["school"]),
                     ("Groep/klas", s["groep"]), ("Datum gesprek", P.d(P.oogo_date))]))
    sections = [("B. Perspectief", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")]),
                ("C. Leerling in beeld", [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                                          ("ondersteuningsbehoefte", "Onderwijsbehoeften")]),
                ("D. Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak/vanaf)"),
                                       ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
                                       ("adviezen_professionals", "Adviezen deskundigen")]),
                ("E. Betrokkenheid", [("oogo", "Overleg ouders"), ("inbreng_leerling", "Inbreng leerling"), ("evaluatie", "Evaluatie"),
                                      ("informatie_rechten", "Rechten ouders")])]
    for title, flds in sections:
        rows = []
        for el, lab in flds:
            if not P.has(el):
                continue
            st = P.state(el)
            v = P.T(el)
            if st == "sdt_empty":
                v = None
            if el == "afwijkingen_onderwijsprogramma" and st == "unticked":
                v = None
            rows.append((lab, v))
        if not rows:
            continue
        B.append(("h1", title))
        if sdt:
            for lab, v in rows:
                B.append(("sdt", lab + ":", v))
        else:
            B.append(("kv", [(lab, v or "") for lab, v in rows]))
        if P.state("afwijkingen_onderwijsprogramma") == "unticked" and title.startswith("D"):
            B.append(("checks", [(False, "Geen afwijkingen"), (False, "Wel afwijkingen (toelichten)")], True))
    B += consent_blocks(P, "F. Instemming ouders")
    if P.has("vaststelling"):
        st = P.state("vaststelling")
        B.append(("h1", "G. Vaststelling"))
        if sdt:
            B.append(("sdt", "Vastgesteld (naam, datum):", None if st in ("sdt_empty", "empty") else P.T("vaststelling")))
        else:
            B.append(("kv", [("Vastgesteld", P.T("vaststelling") or "")]))
    return B, None, s.get("footer")


# ---------------------------------------------------------------------------
# Non-OPP documents
# ---------------------------------------------------------------------------
def N_folder(s):
    B = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
         ("sub", "Informatie voor ouders  -  %s" % s["swv"]),
         ("p", "Heeft uw kind extra ondersteuning nodig? Dan maakt de school samen met u een ontwikkelingsperspectiefplan, "
               "kortweg OPP. In deze folder leest u wat erin staat en wat uw rechten zijn."),
         ("h1", "Wat staat er in een OPP?"),
         ("bullets", ["de te verwachten uitstroombestemming: naar welke vorm van vervolgonderwijs of werk uw kind waarschijnlijk gaat;",
                      "de onderbouwing daarvan (toetsen, ontwikkeling, onderzoeken);",
                      "de belemmerende en bevorderende factoren: wat maakt het leren moeilijker en wat helpt;",
                      "de onderwijsbehoeften en de ondersteuning die de school biedt (het handelingsdeel);",
                      "eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn;",
                      "doelen en wanneer het plan wordt geëvalueerd."]),
         ("h1", "Wat is uw rol?"),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het "
               "handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook uw kind zelf horen; wat uw kind "
               "vindt en wat de school daarmee doet, staat in het plan."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. Komt u er niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een "
               "onderwijsconsulent of de Geschillencommissie passend onderwijs (binnen zes weken na vaststelling)."),
         ("h1", "Meer weten?"),
         ("p", "Bel het ouder- en jeugdsteunpunt van %s: 0900-%s (ma-do 9-16 uur)." % (s["swv"], "1234567"[::-1]))]
    return B, None, "%s  |  folder OPP voor ouders  |  versie %s" % (s["swv"], s.get("versie", "2025-2"))


def N_nieuwsbrief(s):
    B = [("title", "Nieuwsbrief %s - %s" % (s["school"], s.get("nr", "nr. 4, november 2025"))),
         ("h1", "Van de directeur"),
         ("p", "Beste ouders, de herfstvakantie ligt achter ons en de groepen zijn weer volop aan het werk. In deze nieuwsbrief leest u "
               "over de OPP-gesprekken, de fotograaf en de nieuwe schoolapp."),
         ("h1", "OPP-gesprekken in november"),
         ("p", "Voor een aantal kinderen heeft de school een ontwikkelingsperspectiefplan. In november nodigen de intern begeleiders "
               "de ouders van deze kinderen uit voor het OPP-gesprek. Vanaf dit schooljaar vragen wij ook uw kind naar zijn of haar "
               "mening; dat is wettelijk verplicht sinds 1 augustus 2025. De uitnodiging komt via de schoolapp."),
         ("h1", "Schoolfotograaf"),
         ("p", "Op 18 november komt de schoolfotograaf. Heeft u nog geen toestemming gegeven voor het gebruik van foto's? U kunt dit "
               "regelen in de schoolapp onder 'Toestemmingen'."),
         ("checks", [(False, "Ja, foto's van mijn kind mogen in de schoolgids"), (False, "Nee, liever niet")], False),
         ("h1", "Agenda"),
         ("table", ["Datum", "Activiteit"], [["18 november", "Schoolfotograaf"], ["24-28 november", "OPP-gesprekken"],
                                             ["5 december", "Sinterklaasviering, 's middags vrij"]])]
    return B, None, None


def N_leegformat(s):
    B = [("title", "Format ontwikkelingsperspectiefplan (OPP)"),
         ("sub", "%s  -  versie %s. Verwijder de grijze instructieteksten na het invullen." % (s["swv"], s.get("versie", "augustus 2025"))),
         ("h1", "1. Gegevens"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Datum opgesteld", "")])]
    order = [("uitstroombestemming", "2. Te verwachten uitstroombestemming"), ("onderbouwing", "3. Onderbouwing"),
             ("belemmerende_factoren", "4. Belemmerende factoren"), ("bevorderende_factoren", "5. Bevorderende factoren"),
             ("ondersteuningsbehoefte", "6. Onderwijs- en ondersteuningsbehoeften"), ("ondersteuning", "7. Te bieden ondersteuning"),
             ("afwijkingen_onderwijsprogramma", "8. Afwijkingen van het onderwijsprogramma"), ("doelen", "9. Doelen"),
             ("adviezen_professionals", "10. Adviezen van deskundigen"), ("inbreng_leerling", "11. Inbreng van de leerling"),
             ("oogo", "12. Op overeenstemming gericht overleg"), ("evaluatie", "13. Evaluatie"),
             ("informatie_rechten", "14. Informatie over rechten")]
    for el, h in order:
        B.append(("h1", h))
        if el == "afwijkingen_onderwijsprogramma":
            B.append(("checks", [(False, "geen afwijkingen"), (False, "wel, namelijk: ...")], False))
        B.append(("p", "[" + INSTRUCTIONS[el] + "]"))
    B += [("h1", "15. Instemming en vaststelling"),
          ("checks", [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord")], False),
          ("sig", [dict(role="Ouder 1", name="", date="", mark=None, choice=""), dict(role="Ouder 2", name="", date="", mark=None, choice=""),
                   dict(role="Directeur (vaststelling)", name="", date="", mark=None, choice="")])]
    return B, None, "Format OPP %s" % s["swv"]
