# -*- coding: utf-8 -*-
"""Layouts: turn a spec + case into an abstract document (title, header/footer, sections of blocks)."""
from content import (ELEMENTS, CUTOFF, element_blocks, factors, d_num, d_long, add_days, avg_blocks,
                     FIELD_LABEL, INSTR, REFER, ondersteuning_rows, doelen_rows)


def variant_of(spec, c, el):
    g = spec.get("gaps", {})
    if el in g:
        return g[el]
    if el == "afwijkingen_onderwijsprogramma":
        return spec.get("afw", "none")
    if el == "inbreng_leerling":
        last = c.revised or c.plan
        if last < CUTOFF:
            return "omit"
        if c.adult and not c.curatele:
            return "adult_party"
    if el == "instemming_ouders":
        return spec.get("consent", "signed")
    return "present"


def combined_factor_table(c, spec, dash="-"):
    vb = variant_of(spec, c, "belemmerende_factoren")
    vp = variant_of(spec, c, "bevorderende_factoren")
    rows = factors(c)
    cols = []
    for el, v, idx, name in (("belemmerende_factoren", vb, 1, "Belemmerend"), ("bevorderende_factoren", vp, 2, "Bevorderend")):
        if v == "missing":
            continue
        if v == "present":
            cells = [r[idx] for r in rows]
        else:
            if v == "empty":
                first = dash
            elif v.startswith("ph:"):
                first = v[3:]
            elif v == "instr":
                first = INSTR[el]
            elif v == "refer":
                first = REFER[el]
            else:
                raise ValueError(v)
            cells = [first] + [dash] * (len(rows) - 1)
        cols.append((name, cells))
    if not cols:
        return None
    header = ["Domein"] + [n for n, _ in cols]
    trows = [tuple([rows[i][0]] + [cells[i] for _, cells in cols]) for i in range(len(rows))]
    return [("table", header, trows)]


def eb(c, spec, el, style):
    v = variant_of(spec, c, el)
    if el == "instemming_ouders" and v == "avg_only":
        return avg_blocks(c)
    return element_blocks(c, el, v, style, spec)


def sec(h, blocks, level=1):
    return {"h": h, "blocks": blocks, "level": level}


def common_meta(c, spec, dash="-"):
    rows = [("Naam leerling", c.full), ("Geboortedatum", d_num(c.dob)), ("Groep / leerjaar", c.grade),
            ("School", "%s, %s" % (c.school, c.place)), ("Bevoegd gezag", c.board), ("Samenwerkingsverband", c.swv),
            (c.teacher_title.capitalize(), c.teacher), (c.coord_title.capitalize(), c.ib)]
    if c.curatele:
        rows.append(("Wettelijk vertegenwoordiger", "%s (curator)" % c.curator))
    elif c.adult:
        rows.append(("Meerderjarig", "ja (%d jaar), handelingsbekwaam" % c.age))
    return rows


def build_sections(c, spec, plan, style, dash="-"):
    """plan: list of (heading, [elements or special tokens], level)."""
    out = []
    for item in plan:
        h, els = item[0], item[1]
        lvl = item[2] if len(item) > 2 else 1
        if els == "__group__":
            out.append(sec(h, [], lvl))
            continue
        blocks = []
        any_el = False
        for el in els:
            if el == "__factors__":
                b = combined_factor_table(c, spec, dash)
            else:
                b = eb(c, spec, el, style)
            if b is None:
                continue
            any_el = True
            avg = el == "instemming_ouders" and variant_of(spec, c, el) == "avg_only"
            if len(els) > 1 and el != "__factors__" and not avg and (
                    not b or b[0][0] != "kv" or el in ("belemmerende_factoren", "bevorderende_factoren")):
                blocks.append(("h3", FIELD_LABEL[el]))
            blocks.extend(b)
        if any_el:
            out.append(sec(h, blocks, lvl))
    return out


# ------------------------------------------------------------------ layouts

def layout_las(c, spec):
    """KlasVolg pupil-administration export (po/sbo): label/value tables, status line, running header/footer."""
    concept = variant_of(spec, c, "vaststelling") == "concept"
    doc = {"title": "Ontwikkelingsperspectief (OPP)", "subtitle": "%s - %s" % (c.full, c.grade),
           "header": "KlasVolg  |  %s  |  Leerlingdossier %s" % (c.school, c.full), "header_r": "VERTROUWELIJK",
           "footer": "Afgedrukt door %s op %s  -  KlasVolg 8.14" % (c.ib, d_num(spec["print"])),
           "pagefmt": "Pagina {p} van {n}"}
    doc["status"] = [("Status", "Concept" if concept else "Vastgesteld"),
                     ("Planperiode", "%s t/m %s" % (d_num(c.plan), d_num(c.eval2))),
                     ("Versie", "2" if c.revised else "1"), ("Laatst gewijzigd", d_num(c.revised or c.plan))]
    meta = common_meta(c, spec) + [("BSN", "-"), ("Arrangement SWV", spec.get("arr", "-")), ("Medicatie", "-")]
    secs = [sec("Leerlinggegevens", [("kv", meta)])]
    if c.revised:
        secs.append(sec("Versiegeschiedenis", [("table", ["Versie", "Datum", "Actie", "Door"],
                        [("1", d_num(c.plan), "Vastgesteld", c.director),
                         ("2", d_num(c.revised), "Bijgesteld na evaluatie", c.ib)])]))
    secs += build_sections(c, spec, [
        ("Uitstroomperspectief", ["uitstroombestemming", "onderbouwing"]),
        ("Belemmerende en bevorderende factoren", ["__factors__"]),
        ("Onderwijsbehoeften", ["ondersteuningsbehoefte"]),
        ("Afwijkingen van het onderwijsprogramma", ["afwijkingen_onderwijsprogramma"]),
        ("Doelen", ["doelen"]),
        ("Handelingsdeel - ondersteuning", ["ondersteuning"]),
        ("Adviezen externen", ["adviezen_professionals"]),
        ("Leerlinggesprek", ["inbreng_leerling"]),
        ("Gesprekken met ouders", ["oogo"]),
        ("Evaluatie", ["evaluatie"]),
        ("Ouderportaal - instemming handelingsdeel", ["instemming_ouders"]),
        ("Vaststelling", ["vaststelling"]),
        ("Informatie voor ouders", ["informatie_rechten"]),
    ], "fields")
    doc["sections"] = secs
    return doc


def logbook(c, spec):
    v = variant_of(spec, c, "instemming_ouders")
    p = c.revised or c.plan
    rows = [
        (d_num(add_days(p, -60)), "Dossier aangemaakt", c.ib),
        (d_num(add_days(p, -58)), "Leerlinggegevens geïmporteerd uit administratiesysteem", "systeem"),
        (d_num(add_days(p, -45)), "Bijlage toegevoegd: verslag psychologisch onderzoek", c.ib),
        (d_num(add_days(p, -40)), "Bijlage toegevoegd: toetsoverzicht", c.ib),
        (d_num(add_days(p, -35)), "Concept-OPP aangemaakt", c.ib),
        (d_num(add_days(p, -30)), "Ouders uitgenodigd voor gesprek", c.ib),
    ]
    if variant_of(spec, c, "inbreng_leerling") not in ("missing", "omit", "adult_party"):
        rows.append((d_num(c.view), "Leerlinggesprek vastgelegd", c.teacher))
    if variant_of(spec, c, "oogo") == "present":
        rows.append((d_num(c.oogo), "Gesprek met ouders vastgelegd", c.ib))
    rows.append((d_num(add_days(p, -6)), "Concept gedeeld met ouders via ouderportaal", c.ib))
    if v in ("portal_ok", "signed", "present"):
        rows.append((d_num(c.consent), "Ouder 1 heeft akkoord gegeven (ouderportaal)", c.parent1))
    elif v == "portal_pending":
        rows.append((d_num(add_days(p, -4)), "Herinnering verstuurd aan ouders", "systeem"))
    elif v == "portal_seen":
        rows.append((d_num(c.consent), "Document geopend door ouder 1", c.parent1))
    if variant_of(spec, c, "vaststelling") != "concept":
        rows.append((d_num(p), "Status gewijzigd: concept -> vastgesteld", c.director))
    for i in range(spec.get("extra_log", 8)):
        rows.append((d_num(add_days(p, 2 + i * 3)), ["Notitie toegevoegd", "Document bekeken", "Bijlage gedownload",
                                                     "Notitie gewijzigd"][i % 4], [c.ib, c.teacher, c.external][i % 3]))
    return rows


def layout_swv(c, spec):
    """Kindloket samenwerkingsverband portal export: numbered sections, long tables, digital consent, logbook."""
    concept = variant_of(spec, c, "vaststelling") == "concept"
    num = "KL-%d-%04d" % (c.plan.year, spec["seed"] * 37 % 10000)
    doc = {"title": "Ontwikkelingsperspectiefplan", "subtitle": "Kindloket - %s" % c.swv,
           "header": "Kindloket  |  Dossier %s  |  %s (%s)" % (num, c.full, d_num(c.dob)), "header_r": c.school,
           "footer": "Geëxporteerd uit Kindloket op %s door %s" % (d_num(spec["print"]), c.ib),
           "pagefmt": "pagina {p}/{n}", "numbered": True}
    doc["status"] = [("Status document", "Concept - nog niet vastgesteld" if concept else "Vastgesteld"),
                     ("Soort", "OPP bij arrangement (extra ondersteuning)" if c.stype in ("po", "vo") else "OPP"),
                     ("Dossiernummer", num)]
    meta = common_meta(c, spec) + [("Telefoon ouder 2", "-"), ("Toelaatbaarheidsverklaring", spec.get("tlv", "-"))]
    secs = [sec("Gegevens leerling en school", [("kv", meta)])]
    secs.append(sec("Onderwijsbehoeften en factoren", "", 1))
    secs[-1]["blocks"] = []
    secs += build_sections(c, spec, [
        ("Bevorderende factoren", ["bevorderende_factoren"], 2),
        ("Belemmerende factoren", ["belemmerende_factoren"], 2),
        ("Onderwijs- en ondersteuningsbehoeften", ["ondersteuningsbehoefte"], 2),
        ("Ontwikkelingsperspectief", "__group__", 1),
        ("Uitstroombestemming", ["uitstroombestemming"], 2),
        ("Onderbouwing", ["onderbouwing"], 2),
        ("Handelingsdeel", "__group__", 1),
        ("Doelen", ["doelen"], 2),
        ("Ondersteuning en begeleiding", ["ondersteuning"], 2),
        ("Afwijkingen van het onderwijsprogramma", ["afwijkingen_onderwijsprogramma"], 2),
        ("Betrokkenen en adviezen", "__group__", 1),
        ("Adviezen deskundigen", ["adviezen_professionals"], 2),
        ("Inbreng leerling", ["inbreng_leerling"], 2),
        ("Overleg en instemming", "__group__", 1),
        ("Op overeenstemming gericht overleg", ["oogo"], 2),
        ("Digitale instemming handelingsdeel", ["instemming_ouders"], 2),
        ("Evaluatie", ["evaluatie"], 1),
        ("Vaststelling", ["vaststelling"], 1),
        ("Rechten van ouders", ["informatie_rechten"], 1),
    ], "fields")
    secs.append(sec("Bijlage: dossierlogboek", [("table", ["Datum", "Gebeurtenis", "Gebruiker"], logbook(c, spec))], 1))
    doc["sections"] = secs
    return doc


def layout_vo(c, spec):
    """Mentora VO administration export (vo/pro/vso): two-column label tables, blank empty fields."""
    concept = variant_of(spec, c, "vaststelling") == "concept"
    doc = {"title": "Ontwikkelingsperspectief", "subtitle": "Mentora - Begeleiding > OPP > %s" % c.full,
           "header": "%s  -  Mentora export" % c.school, "header_r": "Leerling %s" % c.full,
           "footer": "Dit document is gegenereerd door Mentora op %s." % d_num(spec["print"]),
           "pagefmt": "Pagina {p}", "kv_labels_left": True}
    doc["status"] = [("Status", "Concept" if concept else "Definitief"), ("Schooljaar", "%d-%d" % (
        c.plan.year if c.plan.month >= 8 else c.plan.year - 1, (c.plan.year if c.plan.month >= 8 else c.plan.year - 1) + 1))]
    meta = common_meta(c, spec) + [("Leerweg / profiel", spec.get("leerweg", "")), ("Lwoo-indicatie", "")]
    secs = [sec("Leerlinggegevens", [("kv", meta)])]
    secs += build_sections(c, spec, [
        ("Perspectief", ["uitstroombestemming", "onderbouwing"]),
        ("Leerlingprofiel", ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"]),
        ("Handelingsdeel", ["doelen", "ondersteuning", "afwijkingen_onderwijsprogramma"]),
        ("Adviezen", ["adviezen_professionals"]),
        ("Leerlingparticipatie", ["inbreng_leerling"]),
        ("Ouderbetrokkenheid", ["oogo", "instemming_ouders"]),
        ("Evaluatie en vaststelling", ["evaluatie", "vaststelling"]),
        ("Rechten", ["informatie_rechten"]),
    ], "fields", dash="")
    # subheadings per element inside group sections (Mentora prints the field name above tables)
    doc["sections"] = secs
    doc["dash"] = ""
    return doc


def layout_groei(c, spec):
    """Groeidocument with the OPP as chapters 4-8 (narrative, domain table)."""
    doc = {"title": "Groeidocument %s" % c.full, "subtitle": "%s, %s - schooljaar %d-%d" % (
        c.school, c.place, c.plan.year if c.plan.month >= 8 else c.plan.year - 1,
        (c.plan.year if c.plan.month >= 8 else c.plan.year - 1) + 1),
        "header": "Groeidocument - %s" % c.full, "header_r": c.school, "footer": c.swv,
        "pagefmt": "{p}", "numbered": True}
    meta = common_meta(c, spec)
    secs = [sec("Gegevens", [("kv", meta)])]
    secs.append(sec("Beeld van %s" % c.first, [("p", "%s is een %s die graag buiten speelt en veel weet van dieren. "
                                                      "Hieronder staan per domein de belemmerende en bevorderende factoren."
                                                      % (c.first, "meisje" if c.female else "jongen"))]))
    ft = combined_factor_table(c, spec, dash="")
    if ft:
        secs[-1]["blocks"] += ft
    secs += build_sections(c, spec, [
        ("Onderwijsbehoeften", ["ondersteuningsbehoefte"], 1),
        ("Ontwikkelingsperspectief", "__group__", 1),
        ("Uitstroombestemming", ["uitstroombestemming"], 2),
        ("Onderbouwing", ["onderbouwing"], 2),
        ("Adviezen van deskundigen", ["adviezen_professionals"], 2),
        ("Handelingsdeel", "__group__", 1),
        ("Doelen", ["doelen"], 2),
        ("Ondersteuning en begeleiding", ["ondersteuning"], 2),
        ("Afwijkingen van het onderwijsprogramma", ["afwijkingen_onderwijsprogramma"], 2),
        ("De stem van %s" % c.first, ["inbreng_leerling"], 1),
        ("Evaluatie", ["evaluatie"], 1),
        ("Overleg, instemming en vaststelling", "__group__", 1),
        ("Overleg met ouders", ["oogo"], 2),
        ("Instemming handelingsdeel", ["instemming_ouders"], 2),
        ("Vaststelling", ["vaststelling"], 2),
        ("Als u het niet eens bent", ["informatie_rechten"], 1),
    ], "prose", dash="")
    doc["sections"] = secs
    return doc


def layout_beknopt(c, spec):
    """Short 'beknopt OPP' form (fillable PDF or DOCX with content controls)."""
    doc = {"title": "Beknopt OPP", "subtitle": "%s - %s" % (c.swv, "formulier versie 2025-1"),
           "header": "Beknopt ontwikkelingsperspectief", "header_r": c.school,
           "footer": "Formulier %s" % c.swv.split("(")[0].strip(), "pagefmt": "blad {p} van {n}"}
    meta = [("Naam leerling", c.full), ("Geboortedatum", d_num(c.dob)), ("Groep/klas", c.grade),
            ("School", c.school), ("Contactpersoon school", "%s (%s)" % (c.ib, c.coord_title))]
    if c.curatele:
        meta.append(("Curator", c.curator))
    secs = [sec("1. Gegevens", [("kv", meta)])]
    secs += build_sections(c, spec, [
        ("2. Uitstroombestemming", ["uitstroombestemming"]),
        ("3. Onderbouwing", ["onderbouwing"]),
        ("4. Belemmerende factoren", ["belemmerende_factoren"]),
        ("5. Bevorderende factoren", ["bevorderende_factoren"]),
        ("6. Onderwijsbehoeften", ["ondersteuningsbehoefte"]),
        ("7. Doelen", ["doelen"]),
        ("8. Ondersteuning (wat, wie, hoe vaak, vanaf)", ["ondersteuning"]),
        ("9. Afwijkingen onderwijsprogramma", ["afwijkingen_onderwijsprogramma"]),
        ("10. Adviezen deskundigen", ["adviezen_professionals"]),
        ("11. Mening van de leerling", ["inbreng_leerling"]),
        ("12. Overleg met ouders", ["oogo"]),
        ("13. Evaluatie", ["evaluatie"]),
        ("14. Instemming", ["instemming_ouders"]),
        ("15. Vaststelling", ["vaststelling"]),
        ("16. Rechten", ["informatie_rechten"]),
    ], "prose")
    doc["sections"] = secs
    return doc


def layout_vraag(c, spec):
    """Question headings (plain text / markdown)."""
    N = c.first
    doc = {"title": "Ontwikkelingsperspectief van %s" % c.full,
           "subtitle": "%s, %s - %s" % (c.school, c.place, c.grade), "header": None, "footer": None}
    meta = common_meta(c, spec)
    secs = [sec("Wie is %s?" % N, [("kv", meta)])]
    secs += build_sections(c, spec, [
        ("Waar werken we naartoe?", ["uitstroombestemming"]),
        ("Waarom verwachten we dat?", ["onderbouwing"]),
        ("Wat helpt %s?" % N, ["bevorderende_factoren"]),
        ("Wat maakt het moeilijk?", ["belemmerende_factoren"]),
        ("Wat heeft %s nodig?" % N, ["ondersteuningsbehoefte"]),
        ("Wat willen we bereiken?", ["doelen"]),
        ("Wat gaan we doen, wie doet het en hoe vaak?", ["ondersteuning"]),
        ("Wijkt het lesprogramma af?", ["afwijkingen_onderwijsprogramma"]),
        ("Wat zeggen deskundigen?", ["adviezen_professionals"]),
        ("Wat vindt %s zelf?" % N, ["inbreng_leerling"]),
        ("Hoe hebben we samen overlegd?", ["oogo"]),
        ("Gaan de ouders akkoord?", ["instemming_ouders"]),
        ("Wanneer kijken we terug?", ["evaluatie"]),
        ("Wat als u het niet eens bent?", ["informatie_rechten"]),
        ("Wie heeft het plan vastgesteld?", ["vaststelling"]),
    ], "prose")
    doc["sections"] = secs
    return doc


LETTER_LEADS = {
    "uitstroombestemming": "Waar werken we naartoe?",
    "onderbouwing": "Waarom verwachten we dat?",
    "bevorderende_factoren": "Wat gaat goed en helpt %s?",
    "belemmerende_factoren": "Wat maakt het leren moeilijk?",
    "ondersteuningsbehoefte": "Wat heeft %s nodig?",
    "doelen": "De doelen voor de komende periode:",
    "ondersteuning": "De ondersteuning die de school biedt:",
    "afwijkingen_onderwijsprogramma": "Het lesprogramma:",
    "adviezen_professionals": "Adviezen van deskundigen:",
    "inbreng_leerling": "Wat %s zelf vindt:",
    "oogo": "Ons gesprek:",
    "evaluatie": "Evaluatie:",
    "informatie_rechten": "Uw rechten:",
    "vaststelling": "Vaststelling:",
}


def layout_brief(c, spec):
    """Letter-style plan sent to the parents, with a reply slip for consent."""
    N = c.first
    adult_self = c.adult and not c.curatele
    salute = ("Beste %s," % N) if adult_self else ("Beste %s en %s," % (c.parent1, c.parent2))
    doc = {"title": None, "letter": True,
           "letterhead": ["%s" % c.school, "Schoolstraat %d, %s" % (10 + spec["seed"] % 80, c.place),
                          "", "Aan de ouders/verzorgers van %s" % c.full if not adult_self else "Aan %s" % c.full,
                          "", "%s, %s" % (c.place, d_long(add_days(c.plan, 1))),
                          "Betreft: ontwikkelingsperspectief (OPP) van %s, %s" % (c.full, c.grade)],
           "header": None, "footer": "%s  -  %s" % (c.school, c.board), "pagefmt": "{p}"}
    intro = [("p", salute),
             ("p", "Hierbij ontvangt u het ontwikkelingsperspectief van %s. In deze brief zetten we de belangrijkste "
                   "afspraken op een rij." % N)]
    secs = [sec(None, intro)]
    order = ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren",
             "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
             "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]
    for el in order:
        b = eb(c, spec, el, "prose")
        if b is None:
            continue
        lead = LETTER_LEADS[el]
        if "%s" in lead:
            lead = lead % N
        # turn tables into bullet lines in a letter
        nb = []
        for blk in b:
            if blk[0] == "table":
                nb.append(("bullets", [" - ".join(r) for r in blk[2]]))
            else:
                nb.append(blk)
        secs.append(sec(lead, nb, 3))
    secs.append(sec(None, [("p", "Met vriendelijke groet,"), ("p", "%s, %s\n%s, directeur" % (c.ib, c.coord_title, c.director))]))
    cb = eb(c, spec, "instemming_ouders", "prose")
    if cb is not None:
        title = "Antwoordstrook - instemming handelingsdeel OPP %s" % c.full
        if spec.get("consent") == "letter_stated":
            title = "Instemming"
        secs.append(sec(title, cb, 1))
    doc["sections"] = secs
    return doc


def layout_dom(c, spec):
    """(V)SO domain plan: profile tick boxes, domain table, long handelingsdeel tables, CvB advice."""
    doc = {"title": "Ontwikkelingsperspectiefplan", "subtitle": "%s - %s" % (c.school, c.full),
           "header": "OPP %s  |  %s" % (c.full, c.school), "header_r": "schooljaar %d-%d" % (
               c.plan.year if c.plan.month >= 8 else c.plan.year - 1, (c.plan.year if c.plan.month >= 8 else c.plan.year - 1) + 1),
           "footer": "%s - %s" % (c.board, "vertrouwelijk"), "pagefmt": "Pagina {p} van {n}", "numbered": True}
    meta = common_meta(c, spec)
    secs = [sec("Gegevens", [("kv", meta)])]
    v = variant_of(spec, c, "uitstroombestemming")
    if c.stype == "vso" and v == "present":
        ub = [("check", [(c.profile == p, p) for p in ("vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding")]),
              ("p", "Toelichting: %s." % c.dest)]
    else:
        ub = eb(c, spec, "uitstroombestemming", "prose")
    if ub is not None:
        secs.append(sec("Uitstroomprofiel en -bestemming", ub))
    secs += build_sections(c, spec, [
        ("Onderbouwing", ["onderbouwing"]),
        ("Belemmerende en bevorderende factoren per domein", ["__factors__"]),
        ("Onderwijsbehoeften", ["ondersteuningsbehoefte"]),
        ("Advies commissie voor de begeleiding en deskundigen", ["adviezen_professionals"]),
        ("Handelingsdeel", "__group__"),
        ("Doelen per domein", ["doelen"], 2),
        ("Ondersteuning en begeleiding", ["ondersteuning"], 2),
        ("Afwijkingen van het onderwijsprogramma", ["afwijkingen_onderwijsprogramma"], 2),
        ("Stem van de leerling", ["inbreng_leerling"]),
        ("Overleg", ["oogo"]),
        ("Instemming handelingsdeel", ["instemming_ouders"]),
        ("Evaluatie", ["evaluatie"]),
        ("Vaststelling", ["vaststelling"]),
        ("Informatie over rechten", ["informatie_rechten"]),
    ], "prose")
    doc["sections"] = secs
    return doc


LAYOUTS = {"las-export": layout_las, "swv-portal-export": layout_swv, "vo-lvs-export": layout_vo,
           "groeidocument": layout_groei, "beknopt-opp": layout_beknopt, "vraaggestuurd": layout_vraag,
           "brief-ouders": layout_brief, "vso-domeinplan": layout_dom}
