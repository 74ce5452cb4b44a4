# -*- coding: utf-8 -*-
"""Element bodies per variant, and the label each variant gets."""
from content import ISSUES, fmt_date, add

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren",
            "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
            "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals",
            "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

# variant -> label.  Anything not listed is "incomplete".
LABEL = {"ok": "present", "na": "not_applicable", "missing": "missing",
         "avg_only": "missing", "na_pre": "not_applicable", "na_adult": "not_applicable",
         "ok_pre": "not_applicable", "adult_ok": "present", "curator_ok": "present",
         "scan_signed": "present", "ok_vaststelling_sig": "present"}


def label_of(variant):
    if variant in LABEL:
        return LABEL[variant]
    if variant.startswith("ok") or variant == "revised":
        return "present"
    return "incomplete"


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "PM"]


def F(P, s):
    return s.format(**P)


def body(el, v, P):
    """Return a list of items for element el in variant v, or None when the
    section is absent from the document."""
    I = ISSUES[P["issue"]]
    if v in ("missing", "na_pre", "na_adult", "avg_only"):
        return None
    if v == "empty":
        return []
    if v.startswith("ph:"):
        return [v[3:]]
    if v.startswith("instr:"):
        return [("instr", v[6:])]
    if v.startswith("sdt:"):
        return [("sdt", v[4:] or "Klik of tik om tekst in te voeren.")]
    if v.startswith("ref:"):
        return [F(P, v[4:])]
    f = globals()["b_" + el]
    return f(v, P, I)


def b_uitstroombestemming(v, P, I):
    if v == "ok":
        if P.get("uit_checks"):
            return [("checks", [(o, o == P["uit_check"]) for o in P["uit_checks"]]),
                    F(P, "Toelichting: {uit}.")]
        return [F(P, "Verwachte uitstroombestemming: {uit}.")]
    if v == "unticked":
        return [("checks", [(o, False) for o in P["uit_checks"]])]
    if v == "vague":
        return ["Uitstroomniveau wordt later bepaald, afhankelijk van de ontwikkeling."]
    raise KeyError(v)


def b_onderbouwing(v, P, I):
    if v == "ok":
        return [F(P, I["ob"])]
    raise KeyError(v)


def b_belemmerende_factoren(v, P, I):
    if v == "ok":
        return [("bullets", [F(P, x) for x in I["bel"]])]
    raise KeyError(v)


def b_bevorderende_factoren(v, P, I):
    if v == "ok":
        return [("bullets", [F(P, x) for x in I["bev"]])]
    raise KeyError(v)


def b_ondersteuningsbehoefte(v, P, I):
    if v == "ok":
        return [F(P, "{naam} heeft nodig:"), ("bullets", [F(P, x) for x in I["beh"]])]
    raise KeyError(v)


def ond_rows(P, I):
    return [tuple(F(P, c) for c in r) for r in I["ond"]]


def b_ondersteuning(v, P, I):
    if v == "ok":
        return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], ond_rows(P, I))]
    if v == "ok_text":
        return [F(P, "; ".join("%s (%s, %s, vanaf %s)" % r for r in ond_rows(P, I))) + "."]
    if v == "vague":
        return [F(P, "{naam} krijgt extra begeleiding waar dat nodig is. De mentor houdt een oogje in het zeil en docenten houden rekening met {hem}.")]
    raise KeyError(v)


def b_afwijkingen_onderwijsprogramma(v, P, I):
    if v == "ok":
        return [F(P, P.get("afw_text") or I["afw"])]
    if v == "na":
        return [F(P, P.get("afw_na") or "Geen afwijkingen van het onderwijsprogramma.")]
    if v == "unticked":
        return [("checks", [("ja, namelijk: ....................", False), ("nee", False)])]
    raise KeyError(v)


def b_doelen(v, P, I):
    if v == "ok":
        return [("bullets", [F(P, x) for x in I["doel"]])]
    if v == "vague":
        return [("bullets", [F(P, "{naam} voelt zich prettiger op school."),
                              F(P, "{naam} gaat vooruit in de vakken waar het moeilijk gaat."),
                              "Werkhouding verbeteren."])]
    raise KeyError(v)


def b_adviezen_professionals(v, P, I):
    if v == "ok":
        return [F(P, I["adv"])]
    raise KeyError(v)


def b_oogo(v, P, I):
    if v == "ok":
        return [F(P, "Het ontwikkelingsperspectief is op {oogo_date} besproken met {ouders} en {naam}. Namens school waren aanwezig: {mentor} (mentor) en {zoco} ({zoco_rol}). De ouders hebben hun wensen ingebracht; zij herkennen zich in het uitstroomprofiel en de afspraken. Van het gesprek is een verslag gemaakt.")]
    if v == "ok_adult":
        return [F(P, "Het ontwikkelingsperspectief is op {oogo_date} besproken met {naam} zelf (meerderjarig) en, op {zijn} verzoek, met {ouders}. Namens school: {mentor} (mentor) en {zoco} ({zoco_rol}).")]
    if v == "partial":
        return ["Besproken met ouders: ja"]
    raise KeyError(v)


def sig_parent(P, signed=True, date=True, hand=None):
    return (P["ouder_rol"], P["ouder1"], P["inst_date"] if date else "",
            (hand or P.get("sig_word", "w.g.")) if signed else "")


def b_instemming_ouders(v, P, I):
    intro = ("Ouder(s)/verzorger(s) verklaren kennis te hebben genomen van het OPP en "
             "geven wel/geen instemming met het handelingsdeel (de te bieden ondersteuning).")
    intro = P.get("inst_intro", intro)
    ak = "Akkoord met het handelingsdeel"
    nak = "Niet akkoord met het handelingsdeel"
    if v == "ok":
        return [intro, ("checks", [(ak, True), (nak, False)]), ("sig", [sig_parent(P)])]
    if v == "ok_digital":
        return [intro, F(P, "Instemming gegeven door {ouder1} via het ouderportaal op {inst_date} (digitaal ondertekend).")]
    if v == "scan_signed":
        return [intro, ("checks", [(ak, True), (nak, False)]), ("sig", [sig_parent(P, hand="SCRIBBLE")])]
    if v == "scan_blank":
        return [intro, ("checks", [(ak, False), (nak, False)]), ("sig", [sig_parent(P, signed=False, date=False)])]
    if v == "voor_gezien":
        return [intro, ("checks", [(ak, False), (nak, False)]),
                ("sig", [(P["ouder_rol"], P["ouder1"], P["inst_date"], "w.g. - 'voor gezien'")]),
                "Opmerking ouder: voor gezien getekend."]
    if v == "onder_protest":
        return [intro, ("checks", [(ak, True), (nak, False)]), ("sig", [sig_parent(P)]),
                F(P, "Opmerking ouders: getekend onder protest. Wij zijn het niet eens met {protest}.")]
    if v == "refused":
        return [intro, ("checks", [(ak, False), (nak, True)]), ("sig", [sig_parent(P)]),
                F(P, "Toelichting ouders: wij stemmen niet in; {protest} past niet bij wat {naam} nodig heeft.")]
    if v == "partial":
        return [intro, ("checks", [(ak, False), ("Gedeeltelijk akkoord", True), (nak, False)]), ("sig", [sig_parent(P)]),
                F(P, "Ouders stemmen in met het handelingsdeel, met uitzondering van {protest}.")]
    if v == "school_only":
        return [intro, ("checks", [(ak, False), (nak, False)]),
                ("sig", [("Namens de school", P["zoco"], P["inst_date"], "w.g."),
                         (P["ouder_rol"], "", "", "")])]
    if v == "blank_line":
        return [intro, ("sig", [(P["ouder_rol"], "", "", "")])]
    if v == "unticked":
        return [intro, ("checks", [(ak, False), (nak, False)]),
                ("sig", [(P["ouder_rol"], P["ouder1"], "", "")])]
    if v == "no_date":
        return [intro, ("checks", [(ak, True), (nak, False)]), ("sig", [sig_parent(P, date=False)])]
    if v == "avg_only":
        return None  # the AVG consent is added by the layout as an extra section
    if v == "adult_ok":
        return [F(P, "{naam} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."),
                ("checks", [(ak, True), (nak, False)]),
                ("sig", [("Leerling", P["fullname"], P["inst_date"], "w.g.")])]
    if v == "adult_parents":
        return [intro, ("checks", [(ak, True), (nak, False)]), ("sig", [sig_parent(P)])]
    if v == "curator_ok":
        return [F(P, "{naam} staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de curator, {ouder1}. {naam} is zelf ook gehoord (zie inbreng leerling)."),
                ("checks", [(ak, True), (nak, False)]),
                ("sig", [("Curator", P["ouder1"], P["inst_date"], "w.g.")])]
    raise KeyError(v)


def b_inbreng_leerling(v, P, I):
    view, change = I["inb"]
    if v in ("ok", "ok_pre"):
        return [F(P, view), F(P, change)]
    if v == "no_effect":
        return [F(P, view)]
    raise KeyError(v)


def b_evaluatie(v, P, I):
    if v == "ok":
        return [F(P, "Tussenevaluatie op {eval1} en eindevaluatie op {eval2}, met {naam}, {ouders_kort}, mentor en {zoco_rol}. We bekijken per doel of het is behaald en stellen het handelingsdeel zo nodig bij. Het OPP wordt minimaal een keer per schooljaar geëvalueerd.")]
    if v == "ok_short":
        return [F(P, "Evaluatie met ouders en mentor op {eval1} en aan het eind van het schooljaar ({eval2}).")]
    if v == "vague":
        return ["Het OPP wordt regelmatig geëvalueerd en waar nodig bijgesteld."]
    raise KeyError(v)


RIGHTS = ("U heeft als ouder instemmingsrecht op het handelingsdeel: zonder uw instemming voert de school "
          "dit deel niet uit. Bent u het niet eens met het OPP, bespreek dit dan eerst met de {zoco_rol}. "
          "U kunt ook advies vragen bij het ouder- en jeugdsteunpunt van {swv} of bij een onderwijsconsulent. "
          "Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")


def b_informatie_rechten(v, P, I):
    if v == "ok":
        return [F(P, P.get("rights", RIGHTS))]
    if v == "partial":
        return ["U heeft als ouder instemmingsrecht op het handelingsdeel."]
    raise KeyError(v)


def b_vaststelling(v, P, I):
    if v == "ok":
        return [F(P, "Het OPP is vastgesteld op {vast_date} door {dir_naam}, {dir_rol}, namens het bevoegd gezag."),
                ("sig", [("Namens de school", P["dir_naam"], P["vast_date"], "w.g.")])]
    if v == "ok_text":
        return [F(P, "Vastgesteld op {vast_date} door {dir_naam} ({dir_rol}).")]
    if v == "revised":
        return [F(P, "Eerste vaststelling op {vast0_date} door {dir_naam} ({dir_rol}). Bijgesteld en opnieuw vastgesteld op {vast_date} door {dir_naam}.")]
    if v == "scan_signed":
        return [F(P, "Vastgesteld door {dir_naam}, {dir_rol}."), ("sig", [("Namens de school", P["dir_naam"], P["vast_date"], "SCRIBBLE")])]
    if v == "no_date":
        return [("sig", [("Vastgesteld door (namens de school)", P["dir_naam"] + ", " + P["dir_rol"], "", "")])]
    raise KeyError(v)
