# -*- coding: utf-8 -*-
"""Text library for the blind set. All names, schools, places and systems are invented."""

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

INCOMPLETE_VARIANTS = {"empty", "ph", "vague", "ref", "instr", "repeat", "nvt_wrong", "partial",
                       "wronghead"}
CONSENT_INCOMPLETE = {"gezien", "protest", "refused", "partialc", "schoolonly", "blankline",
                      "unticked", "nodate", "parents_for_adult", "typedname"}


def fmt_date(d):
    return d.strftime("%d-%m-%Y")


def full_text(el, p):
    """Real content for element el for pupil profile p (dict)."""
    n = p["first"]
    hij = p["hij"]
    zijn = p["zijn"]
    st = p["type"]
    d = p["date"]
    dd = fmt_date(d)
    if el == "uitstroombestemming":
        return p["dest"]
    if el == "onderbouwing":
        return p["onderb"]
    if el == "belemmerende_factoren":
        return "; ".join(p["belem"]) + "."
    if el == "bevorderende_factoren":
        return "; ".join(p["bevor"]) + "."
    if el == "ondersteuningsbehoefte":
        return p["behoefte"]
    if el == "ondersteuning":
        return p["steun"]
    if el == "afwijkingen_onderwijsprogramma":
        return p.get("afw") or "Geen afwijkingen: %s volgt het reguliere programma van %s leerjaar." % (n, zijn)
    if el == "doelen":
        return p["doelen"]
    if el == "adviezen_professionals":
        return p["advies"]
    if el == "oogo":
        return ("Het ontwikkelingsperspectief is op %s besproken met %s (op overeenstemming gericht overleg). "
                "Aanwezig: %s. De opmerkingen zijn verwerkt in paragraaf ondersteuning."
                % (fmt_date(p["oogo_date"]), p["party_long"], p["oogo_who"]))
    if el == "inbreng_leerling":
        return p["inbreng"]
    if el == "evaluatie":
        with_pupil = " en %s zelf" % n if p["post2025"] and not (p["adult"] and not p["curatele"]) else ""
        return ("Tussenevaluatie in week %d en eindevaluatie op %s met %s%s, mentor en zorgcoördinator. "
                "We bespreken dan per doel of het gehaald is en stellen het plan zo nodig bij. Daarna minimaal één keer per schooljaar."
                % (p["evalweek"], fmt_date(p["evaldate"]), p["party_short"], with_pupil))
    if el == "informatie_rechten":
        return ("Voor het handelingsdeel (de ondersteuning) is instemming nodig. Bent u het niet eens met het plan, "
                "bespreek dit eerst met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt van het "
                "samenwerkingsverband of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u "
                "een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    if el == "vaststelling":
        return "Vastgesteld op %s door %s, %s." % (dd, p["director"], p["director_role"])
    raise KeyError(el)


VAGUE = {
    "uitstroombestemming": "Een passende vervolgplek die zo goed mogelijk aansluit bij de mogelijkheden en wensen van {n}.",
    "onderbouwing": "Op basis van alle beschikbare gegevens en de ervaringen van het team is dit de meest passende verwachting.",
    "belemmerende_factoren": "Er zijn factoren die het leren van {n} op dit moment kunnen bemoeilijken; daar hebben we aandacht voor.",
    "bevorderende_factoren": "{n} heeft duidelijk sterke kanten die we in de begeleiding zoveel mogelijk benutten.",
    "ondersteuningsbehoefte": "{n} heeft behoefte aan een passende aanpak die aansluit bij wat {hij} nodig heeft.",
    "ondersteuning": "{n} krijgt de ondersteuning en begeleiding die nodig is, afgestemd op {zijn} behoeften en in overleg met betrokkenen.",
    "afwijkingen_onderwijsprogramma": "Waar nodig wordt het programma aangepast.",
    "doelen": "{n} gaat zich verder ontwikkelen op alle gebieden en werkt aan {zijn} zelfstandigheid.",
    "adviezen_professionals": "De adviezen van de betrokken deskundigen worden zoveel mogelijk meegenomen.",
    "oogo": "Het plan is met alle betrokkenen besproken.",
    "inbreng_leerling": "Met {n} is gesproken over het plan.",
    "evaluatie": "Het plan wordt regelmatig bekeken en waar nodig bijgesteld.",
    "informatie_rechten": "Heeft u vragen over dit plan, dan kunt u contact opnemen met de mentor.",
    "vaststelling": "Vastgesteld door de directie.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "xxx", "PM"]

REFS = {
    "uitstroombestemming": "Zie bijlage 2 (overzicht uitstroom).",
    "onderbouwing": "Zie toetsoverzicht in het leerlingvolgsysteem.",
    "belemmerende_factoren": "Zie groeidocument vorig schooljaar.",
    "bevorderende_factoren": "Zie bijlage.",
    "ondersteuningsbehoefte": "Zie het verslag van de intake.",
    "ondersteuning": "Zie handelingsplan in bijlage 3.",
    "afwijkingen_onderwijsprogramma": "Zie rooster in bijlage.",
    "doelen": "Zie bijlage 1 (doelenblad).",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage).",
    "oogo": "Zie gespreksverslag.",
    "inbreng_leerling": "Zie leerlinggesprek in het dossier.",
    "evaluatie": "Volgens de jaarplanning van de school.",
    "informatie_rechten": "Zie schoolgids.",
    "vaststelling": "Zie voorblad.",
}

INSTR = {
    "uitstroombestemming": "[Vul hier de te verwachten uitstroombestemming in, bijv. vmbo-bb/kb, havo, profiel]",
    "onderbouwing": "<Onderbouw de uitstroombestemming met toetsgegevens, ontwikkeling en schoolloopbaan>",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren (leerling, school, thuis).",
    "bevorderende_factoren": "Beschrijf hier de bevorderende factoren / sterke kanten.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: ... heeft nodig dat ...",
    "ondersteuning": "[Wat, wie, hoe vaak, vanaf wanneer]",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noem hier adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Datum OOGO en aanwezigen invullen.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd.",
    "informatie_rechten": "Tekst over rechten van ouders invoegen.",
    "vaststelling": "Datum vaststelling: dd-mm-jjjj",
}

PARTIAL = {
    "ondersteuning": "{n} krijgt extra begeleiding van de remedial teacher.",
    "doelen": "Rekenen: beter worden in breuken. Werkhouding: beter plannen.",
    "evaluatie": "Het plan wordt geëvalueerd.",
    "informatie_rechten": "Ouders hebben instemmingsrecht op het handelingsdeel.",
    "adviezen_professionals": "Er is onderzoek gedaan door een orthopedagoog.",
    "oogo": "Besproken met ouders.",
    "inbreng_leerling": "{n} vindt het fijn dat {hij} extra hulp krijgt en is tevreden met het plan.",
    "onderbouwing": "Uit de gesprekken blijkt dat dit past.",
    "vaststelling": "Datum: {dd}",
}


def gap_text(el, var, p, heading):
    n = p["first"]
    fmtd = dict(n=n, hij=p["hij"], zijn=p["zijn"], dd=fmt_date(p["date"]))
    if var == "empty":
        return ""
    if var == "ph":
        return PLACEHOLDERS[p["seedint"] % len(PLACEHOLDERS)]
    if var == "vague":
        return VAGUE[el].format(**fmtd)
    if var == "ref":
        return REFS[el]
    if var == "instr":
        return INSTR[el]
    if var == "repeat":
        return "%s van %s." % (heading, n)
    if var == "nvt_wrong":
        return "n.v.t."
    if var == "partial":
        return PARTIAL[el].format(**fmtd)
    raise KeyError(var)


def consent_lines(var, p):
    """Return (lines, label) for the consent part. lines are strings; '__SIG__' marks a drawn signature in scans."""
    who = p["consent_party"]  # e.g. 'ouder/verzorger', 'leerling (meerderjarig)', 'curator'
    dd = fmt_date(p["consent_date"])
    sd = fmt_date(p["date"])
    school = "%s (%s)" % (p["director"], p["director_role"])
    L = []
    intro = "Instemming met het handelingsdeel (de te bieden ondersteuning en begeleiding)"
    if var == "signed":
        L = [intro, "[X] %s stemt in met het handelingsdeel" % p["consent_name"],
             "[ ] %s stemt niet in" % p["consent_name"],
             "Naam %s: %s" % (who, p["consent_name"]), "Handtekening: " + p["sigtext"], "Datum: " + dd,
             "Namens de school: %s, %s" % (school, sd)]
        return L, "present"
    if var == "signed_statement":
        return ["%s heeft op %s schriftelijk ingestemd met het handelingsdeel (instemmingsformulier getekend "
                "en ontvangen op %s)." % (p["consent_name"], dd, dd)], "present"
    if var == "gezien":
        return [intro, "Naam %s: %s" % (who, p["consent_name"]), "Handtekening: " + p["sigtext"] + "   (voor gezien)",
                "Datum: " + dd], "incomplete"
    if var == "protest":
        return [intro, "Naam %s: %s" % (who, p["consent_name"]),
                "Handtekening: " + p["sigtext"] + "  -- getekend onder protest, niet eens met de uren begeleiding", "Datum: " + dd], "incomplete"
    if var == "refused":
        return [intro, "[ ] akkoord", "[X] niet akkoord", "Toelichting: %s is het niet eens met de verwijzing naar de trajectvoorziening." % p["consent_name"],
                "Naam %s: %s" % (who, p["consent_name"]), "Datum: " + dd], "incomplete"
    if var == "partialc":
        return [intro, "%s stemt in met de begeleiding door de remedial teacher, maar niet met het aangepaste rooster." % p["consent_name"],
                "Handtekening: " + p["sigtext"], "Datum: " + dd], "incomplete"
    if var == "schoolonly":
        return [intro, "Handtekening school: %s   Datum: %s" % (school, sd),
                "Handtekening %s: " % who, "Datum:"], "incomplete"
    if var == "blankline":
        return [intro, "Naam %s: ______________________" % who, "Handtekening: ______________________",
                "Datum: ____-____-________"], "incomplete"
    if var == "unticked":
        return [intro, "[ ] Ik ga akkoord met het handelingsdeel", "[ ] Ik ga niet akkoord met het handelingsdeel",
                "Naam %s: %s" % (who, p["consent_name"]), "Datum: " + dd], "incomplete"
    if var == "nodate":
        return [intro, "[X] akkoord", "Naam %s: %s" % (who, p["consent_name"]), "Handtekening: " + p["sigtext"],
                "Datum: "], "incomplete"
    if var == "typedname":
        # looks signed (name typed on the line) but 'handtekening' is empty and no date
        return [intro, "%s: %s" % (who[0].upper() + who[1:], p["consent_name"]), "Handtekening: (origineel volgt per post)",
                "Datum: ........"], "incomplete"
    if var == "parents_for_adult":
        return [intro, "[X] akkoord", "Naam ouders: %s" % p["parents_name"], "Handtekening: " + p["sigtext"],
                "Datum: " + dd, "Handtekening leerling: ", "Datum:"], "incomplete"
    if var == "avg_only":
        return ["Toestemming AVG / beeldmateriaal",
                "[X] Ik geef toestemming voor het delen van gegevens met het samenwerkingsverband en de jeugdarts",
                "[X] Ik geef toestemming voor het gebruik van foto's op de website",
                "Naam %s: %s" % (who, p["consent_name"]), "Handtekening: " + p["sigtext"], "Datum: " + dd], "missing"
    if var == "empty":
        return [intro], "incomplete"
    if var == "omit":
        return [], "missing"
    raise KeyError(var)
