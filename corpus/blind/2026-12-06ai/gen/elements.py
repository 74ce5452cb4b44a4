"""Text of every element for every variant. E(el, variant, p, form=False) -> list of blocks, or None (leave out).

Label of a variant: see LABEL below; gen.py applies the date / adult overrides for inbreng_leerling.
"""
from content import dlong, dshort, fmt

PRESENT = {"ok", "ref_present", "sig_ok", "sig_img_only", "portal", "email", "esign", "tick_ok", "adult_ok",
           "curator_ok", "described", "verbal_minutes"}
NA = {"none", "none_tick"}
MISSING = {"missing", "avg_only", "aanmelding_only"}


def label_of(var):
    if var in PRESENT:
        return "present"
    if var in NA:
        return "not_applicable"
    if var in MISSING:
        return "missing"
    return "incomplete"


def p_(t, st=None):
    return ("p", t, st) if st else ("p", t)


def consenter(p):
    if p.adult:
        return ("Leerling (meerderjarig)", p.name)
    if p.curatele:
        return ("Curator", p.curator)
    return ("Ouder/verzorger", p.mother)


def E(el, var, p, form=False):
    N = p.first
    if var == "missing" or var is None:
        return None
    if var == "empty":
        return [("field", "Toelichting", None, "text", None)] if form else []
    PH = {"placeholder": ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "…………"]}
    if var == "placeholder":
        return [p_(p.rnd.choice(PH["placeholder"]))]
    if var == "default_field":
        kind = "dropdown" if el in ("uitstroombestemming",) else "text"
        return [("field", "Invullen", None, kind, ["Kies een item.", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo", "praktijkonderwijs"])]

    f = globals().get("el_" + el)
    return f(var, p, form)


# ---------------------------------------------------------------------------------------------------
def el_uitstroombestemming(var, p, form):
    if p.stype == "vso":
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        if var == "ok":
            if form:
                return [("field", "Uitstroomprofiel", p.profile, "dropdown", ["Kies een item."] + opts),
                        ("field", "Toelichting bestemming", p.uit_detail, "text", None)]
            return [("check", [(o, o == p.profile) for o in opts], "glyph"), p_(p.uit_detail)]
        if var == "unticked":
            return [("check", [(o, False) for o in opts], "glyph"), p_("Toelichting: ")]
        if var == "instruction":
            return [p_("[Kies het uitstroomprofiel: vervolgonderwijs, arbeidsmarktgericht of dagbesteding, en beschrijf de beoogde plek.]", "i")]
    else:
        opts = (["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"] if p.stype in ("po", "sbo", "so")
                else ["arbeid", "Entree (mbo-1)", "mbo-2", "mbo-3/4", "hbo", "wo"])
        if var == "ok":
            if form:
                return [("field", "Verwachte uitstroombestemming", p.uitstroom, "text", None)]
            return [p_(p.uitstroom)]
        if var == "unticked":
            return [("check", [(o, False) for o in opts], "glyph")]
        if var == "instruction":
            return [p_("<Vul hier de te verwachten uitstroombestemming in (schooltype VO / arbeid / dagbesteding).>", "i")]
    if var == "not_yet":
        return [p_(f"Nog niet te bepalen; {p.first} is hiervoor nog te jong. We bekijken dit opnieuw in het volgende schooljaar.")]
    raise KeyError(var)


def el_onderbouwing(var, p, form):
    if var == "ok":
        return [("field", "Onderbouwing", p.onderbouwing, "text", None)] if form else [p_(p.onderbouwing)]
    if var == "ref_absent":
        return [p_("Zie bijlage 3 (overzicht toetsgegevens LVS en intelligentieonderzoek).")]
    if var == "ref_present":
        return [p_("De onderbouwing staat in deel 2, paragraaf 2.2 ‘Leerontwikkeling en toetsgegevens’ van dit groeidocument.")]
    if var == "instruction":
        return [p_("Onderbouw de uitstroombestemming met gegevens over intelligentie, leerrendement, DLE’s en de ontwikkeling over de afgelopen jaren. Verwijs niet alleen naar bijlagen.", "i")]
    raise KeyError(var)


def _factor_text(items):
    return "\n".join(f"{d}: {t}" for d, t in items)


def el_belemmerende_factoren(var, p, form):
    if var == "ok":
        return [("field", "Belemmerende factoren", _factor_text(p.belem), "text", None)] if form else [p_(_factor_text(p.belem))]
    if var == "generic":
        return [p_("Belemmerende factoren kunnen zijn: concentratieproblemen, faalangst, een taalachterstand, problemen in de thuissituatie of een zwakke werkhouding.")]
    if var == "instruction":
        return [p_("Beschrijf per domein (leren, werkhouding, sociaal-emotioneel, thuis) wat de ontwikkeling belemmert. Gebruik concrete voorbeelden.", "i")]
    raise KeyError(var)


def el_bevorderende_factoren(var, p, form):
    if var == "ok":
        return [("field", "Bevorderende factoren", _factor_text(p.bevord), "text", None)] if form else [p_(_factor_text(p.bevord))]
    if var == "generic":
        return [p_("Onze school biedt een veilig pedagogisch klimaat, een vast team en korte lijnen met ouders. Alle leerlingen profiteren van de rustige, gestructureerde aanpak.")]
    if var == "instruction":
        return [p_("Noem hier de sterke kanten en beschermende factoren van de leerling (stimulerende factoren).", "i")]
    raise KeyError(var)


def el_ondersteuningsbehoefte(var, p, form):
    N = p.first
    if var == "ok":
        t = f"{N} heeft nodig:\n" + "\n".join("- " + n for n in p.needs)
        return [("field", "Onderwijsbehoeften", t, "text", None)] if form else [p_(t)]
    if var == "generic":
        return [p_("Alle leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke instructie, een voorspelbare dag en een leerkracht die vertrouwen heeft in hun kunnen.")]
    if var == "instruction":
        return [p_("Formuleer de onderwijsbehoeften volgens HGW: ‘Deze leerling heeft … nodig om …’. Maximaal vijf.", "i")]
    raise KeyError(var)


def support_rows(p):
    rows = [list(r) for r in p.support]
    if p.hidden_deviation:
        rows.append(list(p.hidden_deviation))
    return rows


def el_ondersteuning(var, p, form):
    N = p.first
    if var == "ok":
        rows = support_rows(p)
        if form:
            return [("field", "Te bieden ondersteuning", "\n".join(f"{a} – {b}, {c}, {d}" for a, b, c, d in rows), "text", None)]
        return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf / periode"], rows)]
    if var == "generic":
        return [p_(f"{N} krijgt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel (SOP) van de school.")]
    if var == "ref_absent":
        return [p_("De ondersteuning is uitgewerkt in het handelingsplan (apart document, zie bijlage).")]
    if var == "partial_table":
        rows = [[r[0], "n.t.b.", "n.t.b.", "..."] for r in p.support[:3]]
        return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf / periode"], rows)]
    if var == "instruction":
        return [p_("Vul in: welke ondersteuning, door wie, hoe vaak en vanaf wanneer. Sluit aan bij de onderwijsbehoeften.", "i"),
                ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf / periode"], [["", "", "", ""], ["", "", "", ""]])]
    raise KeyError(var)


DEVIATIONS = {
    "po": "Eigen leerlijn rekenen vanaf groep 6 (einddoel niveau 1F, leerroute 2); {N} doet bij rekenen niet mee met de methodetoetsen van de groep maar met de toetsen van de eigen leerlijn.",
    "sbo": "Eigen leerlijn rekenen en begrijpend lezen (leerroute 2 van het SBO, uitstroomniveau praktijkonderwijs). Geen Engels in groep 7 en 8; die tijd gaat naar technisch lezen.",
    "so": "Onderwijstijd: {N} gaat de eerste zes weken 4 ochtenden per week naar school (ontheffing onderwijstijd, in overleg met leerplicht), daarna opbouw naar volledige dagen.",
    "vo": "Vrijstelling voor de tweede moderne vreemde taal (Duits) vanwege de ernstige dyslexie; in die uren volgt {N} extra Nederlands in het ondersteuningslokaal.",
    "pro": "Aangepast rooster: 3 dagen school en 2 dagen stage vanaf leerjaar 3; {N} volgt geen lessen Engels.",
    "vso": "Individuele leerlijn voor lezen en rekenen (CED leerroute 2); het rooster omvat 2 dagdelen interne stage in plaats van de lessen mens & maatschappij.",
}


def el_afwijkingen_onderwijsprogramma(var, p, form):
    N = p.first
    if var == "described":
        t = fmt(DEVIATIONS[p.stype], p)
        return [("field", "Afwijkingen", t, "text", None)] if form else [p_(t)]
    if var == "none":
        return [p_(f"Geen afwijkingen: {N} volgt het reguliere onderwijsprogramma van {p.grp}.")]
    if var == "none_tick":
        return [("check", [("Nee, er wordt niet afgeweken van het onderwijsprogramma", True), ("Ja, namelijk:", False)], "glyph")]
    if var == "unticked":
        return [("check", [("Nee", False), ("Ja, namelijk: ………………………………", False)], "glyph")]
    if var == "nvt_wrong":
        return [p_("n.v.t.")]
    if var == "instruction":
        return [p_("Beschrijf of en hoe wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vervangende doelen, vrijstelling, aangepaste onderwijstijd).", "i")]
    raise KeyError(var)


def el_doelen(var, p, form):
    if var == "ok":
        if form:
            return [("field", "Doelen", "\n".join(f"{g} (meten: {m})" for g, m in p.goals), "text", None)]
        return [("table", ["Doel (wat kan de leerling over een half jaar)", "Hoe en wanneer gemeten"], [list(g) for g in p.goals])]
    if var == "vague":
        N = p.first
        return [p_(f"- {N} gaat beter lezen.\n- {N} krijgt meer zelfvertrouwen.\n- {N} werkt beter samen met anderen.")]
    if var == "ref_absent":
        return [p_("Zie de doelen in het groepsplan en het handelingsdeel (apart document).")]
    if var == "instruction":
        return [p_("Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode.", "i"),
                ("table", ["Doel", "Hoe en wanneer gemeten"], [["", ""], ["", ""]])]
    raise KeyError(var)


def el_adviezen_professionals(var, p, form):
    role, who, org, adv, does = p.prof
    cvb = ""
    if p.stype in ("so", "vso"):
        cvb = (f"\nAdvies commissie voor de begeleiding ({dlong(p.plan_date - __import__('datetime').timedelta(days=20))}): "
               f"de commissie adviseert het OPP vast te stellen zoals voorgesteld, met extra aandacht voor de overgang naar de stage/volgende groep. "
               f"De commissie adviseert een evaluatie na drie maanden; dat is overgenomen.")
    if var == "ok":
        t = f"Advies {role} ({who}, {org}, verslag {p.profdate}): {adv}.\nWat de school ermee doet: {does}{cvb}"
        return [("field", "Adviezen deskundigen", t, "text", None)] if form else [p_(t)]
    if var == "zie_verslag":
        return [p_(f"Zie het verslag van de {role} ({org}) in het leerlingdossier.")]
    if var == "ref_present":
        return [p_(f"Het advies van de {role} staat in bijlage 2 (onderzoeksverslag, in dit document opgenomen). "
                   f"De school neemt het advies over: {does}{cvb}")]
    if var == "ref_absent":
        return [p_(f"Adviezen: zie bijlage 4 (verslag {role}).")]
    if var == "no_cvb":
        return [p_(f"Advies {role} ({who}, {org}, verslag {p.profdate}): {adv}.\nWat de school ermee doet: {does}\n"
                   "Advies commissie voor de begeleiding: volgt.")]
    raise KeyError(var)


def el_oogo(var, p, form):
    N = p.first
    if p.adult:
        who = f"{N} zelf (meerderjarig); op {N}s verzoek was ook moeder ({p.mother}) aanwezig"
    elif p.curatele:
        who = f"de curator ({p.curator}) en {N}"
    else:
        who = f"moeder ({p.mother}) en vader ({p.father})"
    if var == "ok":
        t = (f"Op {dlong(p.oogo_date)} is het ontwikkelingsperspectief besproken met {who}. Aanwezig van school: {p.mentor} "
             f"(mentor/leerkracht) en {p.ib} (intern begeleider/zorgcoördinator). Het beeld werd herkend; op verzoek van thuis is "
             f"de coachgesprekken toegevoegd aan de ondersteuning.")
        return [("field", "Gesprek met ouders (OOGO)", t, "text", None)] if form else [p_(t)]
    if var == "invited":
        return [p_(f"Ouders worden uitgenodigd voor een gesprek over dit ontwikkelingsperspectief.")]
    if var == "date_only_blank":
        return [("kv", [("Datum gesprek", ""), ("Aanwezig", ""), ("Inbreng ouders", "")])]
    if var == "verbal_minutes":
        t = (f"Verslag gesprek {dshort(p.oogo_date)} – aanwezig: {who}, {p.mentor}, {p.ib}. Besproken: het OPP en het "
             f"handelingsdeel. Ouders vragen om wekelijks een kort bericht via de app; afgesproken.")
        return [p_(t)]
    raise KeyError(var)


def el_inbreng_leerling(var, p, form):
    N = p.first
    q, eff = p.view
    if var == "ok":
        t = f"Gesprek met {N} op {dlong(p.oogo_date - __import__('datetime').timedelta(days=3))} (mentor): {q}\nWat we ermee doen: {eff}"
        return [("field", "Inbreng leerling", t, "text", None)] if form else [p_(t)]
    if var == "view_only":
        return [p_(f"{N} vertelt: {q}")]
    if var == "generic":
        return [p_("Leerlingen worden bij ons op school altijd betrokken bij hun eigen ontwikkeling en bij hun doelen.")]
    if var == "instruction":
        return [p_("Beschrijf de mening van de leerling over het OPP en wat daarmee gedaan is (verplicht vanaf 1 augustus 2025).", "i")]
    raise KeyError(var)


def el_evaluatie(var, p, form):
    N = p.first
    party = "de leerling (meerderjarig)" if p.adult else ("de curator en " + N if p.curatele else f"ouders en {N}")
    if var == "ok":
        t = (f"Tussenevaluatie op {dlong(p.eval_mid)} met {party}, mentor en IB: doelen en ondersteuning worden besproken en zo nodig bijgesteld. "
             f"Jaarlijkse evaluatie van het hele OPP (perspectief- en handelingsdeel) uiterlijk {dlong(p.eval_year)}.")
        return [("field", "Evaluatie", t, "text", None)] if form else [p_(t)]
    if var == "no_parents":
        return [p_(f"Het OPP van {N} wordt twee keer per jaar geëvalueerd in de groepsbespreking (leerkracht en intern begeleider).")]
    if var == "vague":
        return [p_("Het OPP wordt regelmatig geëvalueerd en waar nodig bijgesteld.")]
    if var == "blank_dates":
        return [("kv", [("Tussenevaluatie (datum)", ""), ("Jaarevaluatie (datum)", ""), ("Met wie", "")])]
    raise KeyError(var)


def el_informatie_rechten(var, p, form):
    if var == "ok":
        t = ("U heeft instemmingsrecht op het handelingsdeel: zonder uw instemming voert de school dat deel niet uit. Bent u het niet eens "
             "met (een deel van) het OPP, bespreek dat dan eerst met de school. U kunt ook hulp vragen aan het ouder- en jeugdsteunpunt "
             f"van het {p.swv} of aan een onderwijsconsulent. Binnen zes weken nadat het OPP is vastgesteld kunt u een geschil voorleggen "
             "aan de Geschillencommissie passend onderwijs.")
        if p.adult:
            t = t.replace("U heeft", "Jij hebt als meerderjarige leerling").replace("uw instemming", "jouw instemming").replace("Bent u", "Ben je").replace("U kunt", "Je kunt").replace("kunt u", "kun je")
        return [p_(t, "small" if p.rights_small else None)]
    if var == "ref_absent":
        return [p_("Voor informatie over uw rechten en de klachtenregeling verwijzen wij naar de schoolgids.")]
    raise KeyError(var)


def el_vaststelling(var, p, form):
    if var == "ok":
        return [p_(f"Dit ontwikkelingsperspectief is vastgesteld op {dlong(p.plan_date)} door {p.director}, directeur {p.school}."),
                ("sig", [dict(role="Namens de school (directeur)", name=p.director, date=dshort(p.plan_date), signed=True, key="dir")])]
    if var == "placeholder_fields":
        return [("kv", [("Datum vaststelling", "..-..-...."), ("Vastgesteld door", "[naam directeur]")])]
    if var == "concept":
        return [p_("CONCEPT – dit OPP is nog niet vastgesteld. Datum vaststelling volgt na het gesprek met ouders.", "b")]
    if var == "form_default":
        return [("field", "Datum vaststelling", None, "text", None), ("field", "Vastgesteld door", None, "text", None)]
    raise KeyError(var)


# ------------------------------------------------------------------------ consent
def consent_blocks(var, p, school_sig=True):
    """Returns blocks for the consent section (instemming met het handelingsdeel)."""
    role, who = consenter(p)
    cd = dshort(p.consent_date)
    sch = dict(role="Namens de school", name=p.ib, date=dshort(p.plan_date), signed=True, key="ib")
    if p.blank:
        school_sig = False
        who = None
    st_ok = [("check", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)], "glyph")]
    statement = p_(f"Ondergetekende verklaart in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.")
    S = lambda **k: ("sig", [dict(role=role, name=who, date=cd, signed=True, key="c1", **k)] + ([sch] if school_sig else []))
    if var == "sig_ok":
        return [statement, S()]
    if var == "tick_ok":
        return st_ok + [S()]
    if var == "adult_ok":
        return [p_(f"{p.first} is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel."), st_ok[0], S()]
    if var == "curator_ok":
        return [p_(f"{p.first} staat onder curatele; de curator stemt in namens {p.first}."), statement, S()]
    if var == "sig_img_only":
        return [statement, ("sig", [dict(role=role, name=None, date=cd, signed=True, key="c1")] + ([sch] if school_sig else []))]
    if var == "portal":
        return [p_(f"Instemming handelingsdeel: akkoord gegeven door {who} via het ouderportaal op {cd} om 19:42 "
                   f"(registratie in het leerlingvolgsysteem, kenmerk OP-{p.seed:05d}).")]
    if var == "email":
        return [p_(f"{who} heeft per e-mail van {dlong(p.consent_date)} laten weten in te stemmen met het handelingsdeel "
                   f"(‘Wij gaan akkoord met het handelingsdeel zoals besproken.’). De e-mail is opgenomen in het dossier.")]
    if var == "esign":
        return [statement, ("sig", [dict(role=role, name=who, date=cd, signed=False, key="c1",
                                          stamp=f"Digitaal ondertekend door {who} op {cd} 20:13 via SignFlow (verificatiecode {p.seed * 7919 % 100000:05d}-NL)")]
                            + ([sch] if school_sig else []))]
    if var == "voor_gezien":
        return [p_("Voor gezien:", "b"), S()]
    if var == "onder_protest":
        return [statement, S(), p_(f"Handgeschreven bij de handtekening: ‘onder protest getekend, wij zijn het niet eens met de verminderde onderwijstijd’.", "i")]
    if var == "refused":
        return [("check", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", True)], "glyph"),
                p_(f"Toelichting ouders: wij willen eerst een second opinion van de orthopedagoog."), S()]
    if var == "partial":
        return [("check", [("Akkoord met het handelingsdeel", False), ("Gedeeltelijk akkoord", True), ("Niet akkoord", False)], "glyph"),
                p_("Ouders gaan akkoord met de leesbegeleiding, niet met het aangepaste rooster."), S()]
    if var == "school_only":
        return [statement, ("sig", [dict(role="Intern begeleider", name=p.ib, date=dshort(p.plan_date), signed=True, key="ib"),
                                    dict(role="Directeur", name=p.director, date=dshort(p.plan_date), signed=True, key="dir")])]
    if var == "blank":
        return [statement, ("sig", [dict(role=role, name=None, date=None, signed=False, key="c1")] + ([sch] if school_sig else []))]
    if var == "unticked":
        return [("check", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)], "glyph"),
                ("sig", [dict(role=role, name=who, date=None, signed=False, key="c1")] + ([sch] if school_sig else []))]
    if var == "no_date":
        return [statement, ("sig", [dict(role=role, name=who, date=None, signed=True, key="c1")] + ([sch] if school_sig else []))]
    if var == "date_only":
        return [statement, ("sig", [dict(role=role, name=None, date=cd, signed=False, key="c1")] + ([sch] if school_sig else []))]
    if var == "pending":
        return [p_(f"Instemming met het handelingsdeel is gevraagd op {dlong(p.consent_date)}; de reactie van ouders volgt.")]
    if var == "adult_parents_only":
        return [statement, ("sig", [dict(role="Ouder/verzorger", name=p.mother, date=cd, signed=True, key="c1"), sch])]
    if var == "curatele_pupil_only":
        return [statement, ("sig", [dict(role="Leerling", name=p.name, date=cd, signed=True, key="c1"), sch])]
    if var == "ref_elsewhere":
        return [p_("Handtekening ouders: zie het getekende exemplaar op school.")]
    raise KeyError(var)


def avg_block(p):
    return [("h", 2, "Toestemming gegevensuitwisseling (AVG)"),
            p_(f"Ouders geven toestemming om gegevens uit dit dossier te delen met het {p.swv} en met de schoolarts."),
            ("check", [("Ja", True), ("Nee", False)], "glyph"),
            ("sig", [dict(role="Ouder/verzorger", name=p.mother, date=dshort(p.consent_date), signed=True, key="avg")])]
