"""Layouts: each turns (ctx, content, modes) into blocks.

Modes per element:
  ok            real content                       -> present
  none          explicit 'geen afwijkingen'        -> not_applicable
  na            rule not applicable (not rendered) -> not_applicable
  na_shown      rule n/a but a pupil view is shown -> not_applicable
  miss          section left out entirely          -> missing
  avg_only      (consent) only an AVG/photo consent is signed -> missing
  empty dots ntb nogaanvullen volgt tekst instr zie vague cc_empty unticked nochange
  gezien protest refused partial school_only blank unticked nodate parents_for_adult   -> incomplete
"""
from writers import CC_PLACEHOLDER

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]


def status_of(mode):
    if mode == "ok" or mode.startswith("ok_"):
        return "present"
    if mode in ("none", "na", "na_shown"):
        return "not_applicable"
    if mode in ("miss", "avg_only"):
        return "missing"
    return "incomplete"


INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in (vo-type / uitstroomprofiel). Wees zo concreet mogelijk.]",
    "onderbouwing": "Geef hier aan op grond van welke gegevens (toetsresultaten, onderzoek, ontwikkeling, schoolloopbaan) de uitstroombestemming wordt verwacht.",
    "belemmerende_factoren": "<Noem hier de factoren die de ontwikkeling belemmeren: kind, onderwijs, thuis.>",
    "bevorderende_factoren": "<Noem hier de bevorderende / beschermende factoren.>",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft ... nodig om ...'.",
    "ondersteuning": "[Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "Beschrijf hier eventuele afwijkingen van het onderwijsprogramma (eigen leerlijn, vrijstellingen, aangepast rooster). Indien niet van toepassing: vermeld dit expliciet.",
    "doelen": "[Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode.]",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg met ouders invullen.]",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling over het plan en wat daarmee is gedaan (verplicht vanaf 1 augustus 2025).",
    "evaluatie": "[Geef aan wanneer en met wie het plan wordt geëvalueerd.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen.]",
    "vaststelling": "[Datum vaststelling en naam directeur invullen.]",
}
ZIE = {
    "uitstroombestemming": "Zie onderwijskundig rapport (bijlage 1).",
    "onderbouwing": "Zie bijlage 2: toetsoverzicht en onderzoeksverslag.",
    "belemmerende_factoren": "Zie groeidocument, deel 2.",
    "bevorderende_factoren": "Zie groeidocument, deel 2.",
    "ondersteuningsbehoefte": "Zie het groepsplan.",
    "ondersteuning": "Zie de arrangementsaanvraag bij het samenwerkingsverband (bijlage 4).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage.",
    "doelen": "Zie groepsplan rekenen en lezen (bijlage 3).",
    "adviezen_professionals": "Zie verslag van het psychologisch onderzoek in het dossier.",
    "oogo": "Zie gespreksverslag in het leerlingdossier.",
    "inbreng_leerling": "Zie verslag kindgesprek (bijlage).",
    "evaluatie": "Volgens de ondersteuningscyclus van de school, zie schoolgids.",
    "informatie_rechten": "Zie schoolgids.",
    "vaststelling": "Zie ondertekening.",
}
VAGUE = {
    "uitstroombestemming": "Nog niet te bepalen; afhankelijk van de verdere ontwikkeling.",
    "onderbouwing": "Op basis van de toetsgegevens.",
    "ondersteuning": "Extra begeleiding in de klas waar dat nodig is.",
    "doelen": "{n} gaat vooruit met rekenen en lezen en voelt zich prettig in de groep.",
    "adviezen_professionals": "Er is onderzoek gedaan door een psycholoog; de adviezen worden meegenomen.",
    "oogo": "Ouders zijn op de hoogte gebracht van het plan.",
    "evaluatie": "Het plan wordt geëvalueerd.",
    "informatie_rechten": "Heeft u vragen, neem dan contact op met de school.",
    "vaststelling": "Datum vaststelling: ..........",
    "ondersteuningsbehoefte": "{n} heeft extra aandacht nodig.",
    "belemmerende_factoren": "Concentratie.",
    "bevorderende_factoren": "Leuke jongen/meid.",
    "afwijkingen_onderwijsprogramma": "Mogelijk eigen leerlijn, nog bespreken.",
}
PH = {"dots": "...", "ntb": "n.t.b.", "nogaanvullen": "nog aanvullen", "volgt": "volgt na overleg",
      "tekst": "[tekst]", "xx": "xxx", "cc_empty": CC_PLACEHOLDER}


def gap(el, mode, c):
    if mode == "empty":
        return []
    if mode in PH:
        return [("p", PH[mode])]
    if mode == "instr":
        return [("small", INSTR[el])]
    if mode == "zie":
        return [("p", ZIE[el])]
    if mode == "vague":
        return [("p", c.f(VAGUE[el]))]
    raise ValueError((el, mode))


def gap_text(el, mode, c):
    b = gap(el, mode, c)
    return b[0][1] if b else ""


# ------------------------------------------------------------------ ok content
def ok(el, c, C, M, style="prose"):
    f = c.f
    if el == "uitstroombestemming":
        if style == "checks":
            return [("checks", [(o, i == C["uit_sel"]) for i, o in enumerate(C["uit_opts"])], False),
                    ("p", "Toelichting: " + C["uit"] + C["uit_extra"] + ".")]
        return [("p", C["uit"][0].upper() + C["uit"][1:] + C["uit_extra"] + ".")]
    if el in ("onderbouwing", "ondersteuningsbehoefte", "adviezen_professionals"):
        key = {"onderbouwing": "onderb", "ondersteuningsbehoefte": "obeh", "adviezen_professionals": "adv"}[el]
        if style == "bullets":
            return [("bullets", C[key])]
        return [("p", " ".join(C[key]))]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        d = C["bel_dom" if el.startswith("bel") else "bev_dom"]
        if style == "bullets":
            return [("bullets", [f"{k}: {v}" for k, v in d.items()])]
        if style == "table":
            return [("table", ["Gebied", "Factor"], [[k, v] for k, v in d.items()])]
        return [("p", " ".join(d.values()))]
    if el == "ondersteuning":
        if style in ("table", "checks"):
            return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [list(r) for r in C["onderst"]])]
        if style == "bullets":
            return [("bullets", [f"{a} – {b}, {h}, vanaf {v}" for a, b, h, v in C["onderst"]])]
        return [("p", " ".join(f"{a}: door {b}, {h}, vanaf {v}." for a, b, h, v in C["onderst"]))]
    if el == "afwijkingen_onderwijsprogramma":
        if M[el] == "none":
            return [("p", f("Er zijn geen afwijkingen van het onderwijsprogramma: {n} volgt het reguliere programma van {zijn} groep/klas."))]
        return [("p", C["afw"])]
    if el == "doelen":
        if style in ("table", "checks"):
            return [("table", ["Gebied", "Doel", "Meetbaar / criterium", "Evaluatie"], [list(r) for r in C["doelen"]])]
        if style == "bullets":
            return [("bullets", [f"{a}: {b} ({cr}; evaluatie {w})" for a, b, cr, w in C["doelen"]])]
        return [("p", " ".join(f"{a}: {b}; dit meten we met: {cr} (evaluatie {w})." for a, b, cr, w in C["doelen"]))]
    if el == "oogo":
        return [("p", C["oogo"])]
    if el == "inbreng_leerling":
        out = [("p", C["inbreng_view"])]
        if M[el] != "nochange":
            out.append(("p", C["inbreng_change"]))
        return out
    if el == "evaluatie":
        return [("p", C["eval"])]
    if el == "informatie_rechten":
        return [("p", C["rechten"])]
    if el == "vaststelling":
        return [("p", C["vast"])]
    raise ValueError(el)


def body(el, c, C, M, style="prose"):
    m = M[el]
    if m in ("miss", "na", "avg_only"):
        return []
    if status_of(m) in ("present", "not_applicable") or m == "nochange":
        return ok(el, c, C, M, style)
    if m == "unticked" and el == "uitstroombestemming":
        return [("checks", [(o, False) for o in C["uit_opts"]], False)]
    return gap(el, m, c)


def sec(el, heading, c, C, M, level=2, style="prose", pre=None):
    if M[el] in ("miss", "na", "avg_only"):
        return []
    out = [("h", level, heading)]
    if pre:
        out.append(("small", pre))
    return out + body(el, c, C, M, style)


def text_of(el, c, C, M):
    """Terse single string for table cells / form fields."""
    m = M[el]
    if m in ("miss", "na", "avg_only"):
        return None
    if m == "empty" or m == "unticked":
        return ""
    bl = body(el, c, C, M, "prose")
    parts = []
    for b in bl:
        if b[0] in ("p", "small"):
            parts.append(b[1])
        elif b[0] == "bullets":
            parts += b[1]
        elif b[0] == "checks":
            parts.append("  ".join(("\u2612 " if t else "\u2610 ") + l for l, t in b[1]))
    return "\n".join(parts)


# ------------------------------------------------------------------ consent
def consent(c, M, style="sig", who="ouders"):
    """Consent to the handelingsdeel. Returns blocks (possibly with a heading-less body)."""
    m = M["instemming_ouders"]
    f = c.f
    par = "Ouder/verzorger" if who == "ouders" else ("Leerling (meerderjarig)" if who == "adult" else "Curator / wettelijk vertegenwoordiger")
    pname = c["mom"] if who != "adult" else c["full"]
    if who == "curator":
        pname = c["mom"] + " (curator)"
    school = ("Namens de school", c["dir"], c["d_set_n"], "wg")
    if m in ("miss", "avg_only"):
        return []
    if m == "ok_stated":
        return [("p", f("Ouders hebben op {d_sign_l} per e-mail aan de intern begeleider laten weten in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief. De e-mail is opgenomen in het dossier."))]
    boxes = {
        "ok": [("Ik ga akkoord met het handelingsdeel", True), ("Ik ga niet akkoord met het handelingsdeel", False)],
        "ok_adult": [("Ik ga akkoord met het handelingsdeel", True), ("Ik ga niet akkoord met het handelingsdeel", False)],
        "ok_curator": [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)],
        "refused": [("Ik ga akkoord met het handelingsdeel", False), ("Ik ga niet akkoord met het handelingsdeel", True)],
        "unticked": [("Ik ga akkoord met het handelingsdeel", False), ("Ik ga niet akkoord met het handelingsdeel", False)],
    }
    out = []
    if style == "sig":
        out.append(("p", "Ondertekening handelingsdeel (ondersteuning en begeleiding)." if who != "adult" else f("Ondertekening handelingsdeel door {n} (meerderjarige leerling).")))
    if m in boxes:
        out.append(("checks", boxes[m], False))
    elif m in ("gezien", "protest", "partial", "school_only", "blank", "nodate", "parents_for_adult", "ok_sig"):
        out.append(("checks", [("Ik ga akkoord met het handelingsdeel", m in ("nodate", "parents_for_adult", "ok_sig")),
                                ("Ik ga niet akkoord met het handelingsdeel", False)], False))
    if m == "gezien":
        out.append(("p", "Opmerking ouder: Voor gezien."))
    if m == "protest":
        out.append(("p", "Opmerking ouder: Getekend onder protest. Wij vinden dat de begeleiding uren tekortschiet en zijn het niet eens met de ingekorte lestijd."))
    if m == "partial":
        out.append(("p", f("Opmerking ouder: Akkoord met de begeleiding door de onderwijsassistent en de toetsfaciliteiten, NIET akkoord met het aangepaste rooster / de afwijking van het programma.")))
    if m == "refused":
        out.append(("p", "Toelichting ouders: wij willen eerst een second opinion over de uitstroombestemming."))
    # signature lines
    if m == "ok_digital":
        out.append(("checks", boxes["ok"], False))
        sigs = [(par, pname, c["d_sign_n"], "digital"), school]
    elif m in ("ok", "ok_adult", "ok_curator", "ok_sig", "gezien", "protest", "partial", "refused"):
        sigs = [(par, pname, c["d_sign_n"], "signed"), school]
    elif m == "nodate":
        sigs = [(par, pname, None, "signed"), school]
    elif m == "school_only":
        sigs = [school, (par, "", None, "blank")]
    elif m in ("blank", "unticked"):
        sigs = [(par, "", None, "blank"), ("Namens de school", "", None, "blank")]
    elif m == "parents_for_adult":
        sigs = [("Ouder/verzorger", c["mom"], c["d_sign_n"], "signed"), ("Leerling", "", None, "blank"), school]
    else:
        raise ValueError(m)
    if style == "sig" or style == "form":
        out.append(("sig", sigs))
    return out


def consent_status_note(m):
    return {"ok": "signed and dated", "ok_stated": "consent stated by e-mail with date", "ok_adult": "adult pupil signed",
            "ok_curator": "curator signed", "ok_sig": "signed", "ok_digital": "digital consent via ouderportaal with date",
            "gezien": "signed 'voor gezien'", "protest": "signed 'onder protest'", "refused": "ticked 'niet akkoord'",
            "partial": "partial consent", "school_only": "only school signed", "blank": "blank signature lines",
            "unticked": "boxes unticked, lines blank", "nodate": "signature without date",
            "miss": "no consent section", "avg_only": "only an AVG/photo consent is signed, no OPP consent",
            "parents_for_adult": "parent signed for an adult pupil; pupil line blank"}[m]


def avg_block(c):
    return [("h", 2, "Toestemming gegevensuitwisseling (AVG) en beeldmateriaal"),
            ("p", c.f("Ouders geven toestemming om gegevens van {n} te delen met het samenwerkingsverband en de jeugdarts, en voor het gebruik van foto's in de nieuwsbrief.")),
            ("checks", [("Toestemming gegevensuitwisseling", True), ("Toestemming foto's/video", True)], True),
            ("sig", [("Ouder/verzorger", c["mom"], c["d_sign_n"], "signed")])]


def pupil_header(c, extra=()):
    rows = [("Naam leerling", c["full"]), ("Geboortedatum", c["birth"]), ("School", f"{c['school']}, {c['place']}"),
            ("Groep / klas", c["groep"]), ("Schooljaar", c["sy"])]
    return [("kv", rows + list(extra))]
