# -*- coding: utf-8 -*-
"""Document model: element bodies, consent blocks and the nine layouts."""
import datetime as dt
from gen_content import *

SYN = {
    "uitstroombestemming": ["Te verwachten uitstroombestemming", "Uitstroomperspectief", "Verwachte uitstroom",
                            "Ontwikkelingsperspectief (uitstroombestemming)"],
    "onderbouwing": ["Onderbouwing van de uitstroombestemming", "Onderbouwing", "Waarop baseren we dit?",
                     "Argumenten voor het perspectief"],
    "belemmerende_factoren": ["Belemmerende factoren", "Belemmerend", "Wat maakt het moeilijk?", "Risicofactoren"],
    "bevorderende_factoren": ["Bevorderende factoren", "Stimulerende factoren", "Wat helpt? (sterke kanten)",
                              "Beschermende factoren"],
    "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoefte", "Wat heeft de leerling nodig?",
                               "Onderwijs- en ondersteuningsbehoeften"],
    "ondersteuning": ["Handelingsdeel: te bieden ondersteuning", "Ondersteuning en begeleiding", "Wat gaat de school doen?",
                      "Individuele begeleiding (handelingsdeel)"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Afwijkingen van het reguliere programma",
                                       "Wordt er afgeweken van het programma?", "Aangepast programma"],
    "doelen": ["Doelen", "Doelen voor de komende periode", "Waar werken we aan?", "Tussendoelen"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Wat adviseren deskundigen?",
                               "Betrokken professionals en adviezen"],
    "oogo": ["Overleg met ouders (OOGO)", "Op overeenstemming gericht overleg", "Wanneer is het plan besproken?",
             "Bespreking met ouders"],
    "inbreng_leerling": ["Inbreng van de leerling", "Stem van de leerling", "Wat vindt de leerling zelf?",
                         "Gesprek met de leerling"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Wanneer kijken we terug?", "Evaluatie en bijstelling"],
    "informatie_rechten": ["Informatie over uw rechten", "Rechten van ouders", "Wat als u het niet eens bent?",
                           "Instemmingsrecht en geschillen"],
    "vaststelling": ["Vaststelling", "Vaststelling door het bevoegd gezag", "Wanneer is het plan vastgesteld?",
                     "Vaststelling OPP"],
}


def heading(e, layout_idx):
    return SYN[e][layout_idx % 4]


def gap_blocks(spec, e, kind):
    """Body for an incomplete element."""
    if kind == "empty":
        return []
    if kind == "ph":
        return [("p", spec["rng"].choice(PLACEHOLDERS))]
    if kind == "instr":
        return [("p", "[" + INSTRUCTIONS.get(e, "Invullen.") + "]")]
    if kind == "zie":
        return [("p", spec["rng"].choice(["Zie bijlage 2.", "Zie verslag in het leerlingdossier.",
                                         "Zie groepsplan.", "Zie bijlage."]))]
    return [("p", "...")]


def elem_blocks(spec, e):
    """Return list of blocks for element body, or None if missing (no heading at all)."""
    st, kind = spec["el"][e]
    p, d, staff = spec["p"], spec["date"], spec["staff"]
    sty = spec["type"]
    v = spec["v"]
    if e == "instemming_ouders":
        raise ValueError
    if st in ("missing", "omit_na"):
        return None
    if st == "incomplete" and kind in ("empty", "ph", "instr", "zie"):
        return gap_blocks(spec, e, kind)
    if e == "uitstroombestemming":
        if sty == "vso":
            prof = uitstroom_text(sty, p, v)
            ticks = [(kind != "unticked" and prof.split(":")[0].endswith(x), "uitstroomprofiel " + x)
                     for x in ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]]
            out = [("checks", ticks)]
            if kind != "unticked":
                out.append(("p", prof[0].upper() + prof[1:] + "."))
            return out
        return [("p", uitstroom_text(sty, p, v))]
    if e == "onderbouwing":
        return [("p", onderbouwing_text(sty, p, v))]
    if e in ("belemmerende_factoren", "bevorderende_factoren"):
        bel, bev = factors(sty, p, v)
        rows = bel if e == "belemmerende_factoren" else bev
        return [("list", [f"{a}: {b}" for a, b in rows])]
    if e == "ondersteuningsbehoefte":
        return [("list", behoefte_text(sty, p, v))]
    if e == "ondersteuning":
        rows = ondersteuning_rows(sty, p, v, staff)
        if kind == "partial":  # who / how often left open
            rows = [(a, "...", "n.t.b.", "") for a, b, c, dd in rows]
        return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], rows)]
    if e == "afwijkingen_onderwijsprogramma":
        if st == "not_applicable":
            return [("checks", [(True, "Nee, er zijn geen afwijkingen van het onderwijsprogramma"),
                                (False, "Ja, namelijk:")])] if spec["v"] % 2 else \
                [("p", "Geen afwijkingen: " + p["first"] + " volgt het volledige programma van de groep/klas.")]
        if kind == "ja_only":
            return [("checks", [(False, "Nee, geen afwijkingen"), (True, "Ja, namelijk:")]), ("p", "")]
        return [("p", afwijkingen_text(sty, p, v))]
    if e == "doelen":
        return [("list", doelen_rows(sty, p, v))]
    if e == "adviezen_professionals":
        return [("p", adviezen_text(sty, p, v, d))]
    if e == "oogo":
        if kind == "date_blank":
            return [("kv", [("Datum gesprek met ouders", "...................."),
                            ("Aanwezig", "....................")])]
        return [("p", oogo_text(sty, p, d, spec["parents"], staff, spec.get("adult", False)))]
    if e == "inbreng_leerling":
        if st == "not_applicable":
            if kind == "na_adult":
                return [("p", f"{p['first']} is meerderjarig en beslist zelf mee over dit plan; zie het gesprek "
                              f"onder OOGO en de ondertekening.")]
            return [("p", f"{p['first']} vertelde in het kindgesprek dat {p['hij']} het fijn vindt om in een rustig "
                          f"hoekje te werken.")]
        return [("p", inbreng_text(sty, p, d, full=(kind != "no_influence")))]
    if e == "evaluatie":
        return [("p", evaluatie_text(sty, p, d, spec["post"]))]
    if e == "informatie_rechten":
        return [("p", rechten_text(sty, p))]
    if e == "vaststelling":
        if kind == "blank_fields":
            return [("kv", [("Datum vaststelling", ".........."), ("Namens het bevoegd gezag", "..........")])]
        return [("p", vaststelling_text(d, staff, spec["school"]))]
    return [("p", "?")]


# ---------------------------------------------------------------- consent
def W(name):
    return "w.g. " + name


def consent_blocks(spec):
    """Consent section blocks (heading included). Variants decide the truth (given or not)."""
    c = spec["consent"]
    p, d, staff = spec["p"], spec["date"], spec["staff"]
    par = spec["parents"]
    sd = d + dt.timedelta(days=spec["rng"].randint(0, 6))
    sds = dshort(sd)
    dir_ = staff[3]
    school_date = dshort(d) if spec["el"]["vaststelling"][0] == "present" else ""
    pupil = p["first"] + " " + p["last"]
    H = ("h", spec.get("consent_head", "Ondertekening"), 2)
    hdr = ["Rol", "Naam", "Datum", "Handtekening"]
    school_row = ["School (directeur)", dir_, school_date, W(dir_)]
    leer_row = ["Leerling", pupil, "", ""]
    if spec["type"] in ("vo", "pro") and c in ("sig_full",):
        leer_row = ["Leerling (gezien)", pupil, sds, W(pupil)]
    o1 = ["Ouder/verzorger 1", par[0], sds, W(par[0])]
    o2 = ["Ouder/verzorger 2", par[1] if len(par) > 1 else "", sds if len(par) > 1 else "",
          W(par[1]) if len(par) > 1 else ""]
    decl = (f"Ondergetekenden verklaren in te stemmen met het handelingsdeel van het ontwikkelingsperspectiefplan "
            f"van {pupil} (versie {dshort(d)}).")
    if c == "sig_full":
        return [H, ("p", decl), ("sig", hdr, [school_row, o1, o2, leer_row])]
    if c == "sig_one_parent":
        o2 = ["Ouder/verzorger 2", "n.v.t. (eenhoofdig gezag)", "", ""]
        return [H, ("p", decl), ("sig", hdr, [school_row, o1, o2])]
    if c == "tick_agree":
        return [("h", "Instemming handelingsdeel", 2),
                ("checks", [(True, "Ouders stemmen in met het handelingsdeel"),
                            (False, "Ouders stemmen niet in met het handelingsdeel")]),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, W(par[0])],
                                                                ["School", dir_, school_date, W(dir_)]])]
    if c == "cc_agree":  # docx content control
        return [("h", "Instemming ouders", 2),
                ("ccchecks", [(True, "Ik/wij stemmen in met het handelingsdeel"),
                              (False, "Ik/wij stemmen niet in met het handelingsdeel")]),
                ("kv", [("Naam ouder", par[0]), ("Datum", sds), ("Handtekening", W(par[0]))])]
    if c == "portal_ok":
        ts = sd.strftime("%d-%m-%Y") + " 20:14"
        return [("h", "Digitale instemming", 2),
                ("p", f"Dit OPP is op {dshort(d)} via het ouderportaal (Klasloket) aan ouders aangeboden ter instemming."),
                ("kv", [("Status handelingsdeel", "AKKOORD"), ("Akkoord gegeven door", f"{par[0]} (ouder)"),
                        ("Tijdstip", ts), ("Verificatie", "ingelogd met DigiD/ouderaccount")])]
    if c == "form_page":
        return [("pb",), ("title", "Instemmingsformulier handelingsdeel OPP"),
                ("kv", [("Leerling", pupil), ("Geboortedatum", p["dob"]), ("School", spec["school"]),
                        ("Versie OPP", dshort(d))]),
                ("p", f"Hierbij verklaren ondergetekenden dat zij instemmen met het handelingsdeel van het OPP van "
                      f"{pupil}. Zij zijn gewezen op hun rechten (zie het plan)."),
                ("sig", ["", "Naam", "Plaats en datum", "Handtekening"],
                 [["Ouder 1", par[0], f"{spec['place']}, {sds}", W(par[0])],
                  ["Ouder 2", par[1] if len(par) > 1 else "n.v.t.", f"{spec['place']}, {sds}" if len(par) > 1 else "",
                   W(par[1]) if len(par) > 1 else ""]])]
    if c == "prose_ok":
        return [("h", "Instemming", 2),
                ("p", f"Op {dlong(sd)} hebben {' en '.join(par)} ingestemd met het handelingsdeel van dit "
                      f"ontwikkelingsperspectiefplan. De ondertekende instemmingsverklaring is opgenomen in het "
                      f"leerlingdossier.")]
    if c == "email_ok":
        return [("h", "Instemming ouders", 2),
                ("p", f"Instemming ontvangen per e-mail van {par[0]} op {dlong(sd)}: \u201cWij hebben het plan "
                      f"gelezen en gaan akkoord met het handelingsdeel.\u201d (e-mail bewaard in het dossier)")]
    if c == "adult_self":
        return [("h", "Ondertekening", 2),
                ("p", f"{pupil} is meerderjarig (geboren {p['dob']}) en handelingsbekwaam en stemt zelf in met het "
                      f"handelingsdeel. Ouders hebben het plan op verzoek van {p['first']} ter informatie ontvangen."),
                ("sig", hdr, [["Leerling (meerderjarig)", pupil, sds, W(pupil)], school_row])]
    if c == "curator_ok":
        return [("h", "Ondertekening", 2),
                ("p", f"{pupil} is meerderjarig en staat onder curatele. Curator: {par[0]}. De curator stemt in met "
                      f"het handelingsdeel."),
                ("sig", hdr, [["Curator", par[0], sds, W(par[0])], ["Leerling (gezien)", pupil, sds, W(pupil)],
                              school_row])]
    if c == "scan_signed":
        return [H, ("p", decl), ("sig", hdr, [school_row[:3] + ["§SIG§"], o1[:3] + ["§SIG§"],
                                              o2[:3] + (["§SIG§"] if len(par) > 1 else [""])])]
    # ---------------- not given
    if c == "voor_gezien":
        return [("h", "Handtekeningen", 2),
                ("p", "Voor gezien door ouders:"),
                ("sig", ["", "Naam", "Datum", "Handtekening"],
                 [["Ouder(s) - voor gezien", " / ".join(par), sds, W(par[0])], ["School", dir_, school_date, W(dir_)]])]
    if c == "onder_protest":
        return [H, ("p", decl), ("sig", hdr, [school_row, ["Ouder/verzorger 1", par[0], sds, W(par[0]) + " (onder protest)"],
                                              o2 if len(par) > 1 else ["Ouder/verzorger 2", "", "", ""]]),
                ("p", "Opmerking ouders: wij tekenen onder protest; wij zijn het niet eens met het verminderen van de uren begeleiding.")]
    if c == "school_only":
        return [H, ("p", decl), ("sig", hdr, [school_row, ["Ouder/verzorger 1", par[0], "", ""],
                                              ["Ouder/verzorger 2", par[1] if len(par) > 1 else "", "", ""]])]
    if c == "unticked":
        return [("h", "Instemming handelingsdeel", 2),
                ("checks", [(False, "Ouders stemmen in met het handelingsdeel"),
                            (False, "Ouders stemmen niet in met het handelingsdeel")]),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, ""],
                                                                ["School", dir_, school_date, W(dir_)]])]
    if c == "refused":
        return [("h", "Instemming handelingsdeel", 2),
                ("checks", [(False, "Ouders stemmen in met het handelingsdeel"),
                            (True, "Ouders stemmen niet in met het handelingsdeel")]),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, W(par[0])],
                                                                ["School", dir_, school_date, W(dir_)]])]
    if c == "cc_unticked":
        return [("h", "Instemming ouders", 2),
                ("ccchecks", [(False, "Ik/wij stemmen in met het handelingsdeel"),
                              (False, "Ik/wij stemmen niet in met het handelingsdeel")]),
                ("kv", [("Naam ouder", par[0]), ("Datum", sds), ("Handtekening", W(par[0]))])]
    if c == "avg_only":
        return [("h", "Toestemmingen", 2),
                ("checks", [(True, "Ouders geven toestemming voor het delen van gegevens met het samenwerkingsverband (AVG)"),
                            (True, "Ouders geven toestemming voor het gebruik van foto's van hun kind op de website")]),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, W(par[0])]]),
                ("h", "Instemming handelingsdeel", 3),
                ("kv", [("Handtekening ouder(s)", ""), ("Datum", "")])]
    if c == "avg_nohd":  # missing: there is no consent to the handelingsdeel at all
        return [("h", "Toestemming gegevensuitwisseling", 2),
                ("p", f"Ouders geven toestemming om dit plan en de onderliggende verslagen te delen met het "
                      f"samenwerkingsverband en de jeugdarts (AVG)."),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, W(par[0])]])]
    if c == "partial":
        return [("h", "Instemming handelingsdeel", 2),
                ("checks", [(False, "Ouders stemmen in met het gehele handelingsdeel"),
                            (True, "Ouders stemmen in met het handelingsdeel, met uitzondering van:")]),
                ("p", "de inzet van de prikkelarme ruimte buiten de klas en het verkorte rooster op vrijdag."),
                ("sig", ["", "Naam", "Datum", "Handtekening"], [["Ouder(s)", " / ".join(par), sds, W(par[0])]])]
    if c == "last_year":
        old = d - dt.timedelta(days=365)
        return [("h", "Ondertekening", 2),
                ("p", f"Ondergetekenden verklaren in te stemmen met het handelingsdeel van het OPP schooljaar "
                      f"{old.year if old.month >= 8 else old.year - 1}-{(old.year if old.month >= 8 else old.year - 1) + 1} "
                      f"(versie {dshort(old)})."),
                ("sig", hdr, [["School (directeur)", dir_, dshort(old), W(dir_)],
                              ["Ouder/verzorger 1", par[0], dshort(old + dt.timedelta(days=5)), W(par[0])]]),
                ("p", f"Bijgesteld op {dshort(d)}: doelen en ondersteuning geactualiseerd (nieuwe versie)."
                      if spec["el"]["vaststelling"][0] == "present" else "Doelen en ondersteuning zijn geactualiseerd (nieuwe versie).")]
    if c == "blank_line":
        return [("h", "Handtekening ouders", 2), ("p", decl),
                ("p", "Naam: ______________________    Datum: ____________"),
                ("p", "Handtekening: ______________________")]
    if c == "no_date":
        return [H, ("p", decl), ("sig", hdr, [school_row, ["Ouder/verzorger 1", par[0], "", W(par[0])],
                                              ["Ouder/verzorger 2", par[1] if len(par) > 1 else "", "",
                                               W(par[1]) if len(par) > 1 else ""]])]
    if c == "portal_read":
        return [("h", "Digitale instemming", 2),
                ("p", f"Dit OPP is op {dshort(d)} via het ouderportaal (Klasloket) aan ouders aangeboden ter instemming."),
                ("kv", [("Status handelingsdeel", "GELEZEN"), ("Geopend door", f"{par[0]} (ouder)"),
                        ("Tijdstip", sds + " 07:52"), ("Akkoord gegeven", "-")])]
    if c == "portal_pending":
        return [("h", "Digitale instemming", 2),
                ("kv", [("Verzonden ter instemming", sds), ("Status", "Wacht op reactie ouder(s)"),
                        ("Herinnering verstuurd", dshort(sd + dt.timedelta(days=7)))])]
    if c == "prose_pending":
        return [("h", "Instemming", 2),
                ("p", f"Ouders hebben het plan op {dlong(sd)} meegekregen en willen er nog over nadenken. De "
                      f"instemming met het handelingsdeel volgt.")]
    if c == "curatele_self":
        return [("h", "Ondertekening", 2),
                ("p", f"{pupil} is meerderjarig; sinds het voorjaar staat {p['first']} onder curatele (curator: "
                      f"{par[0]})."),
                ("sig", hdr, [["Leerling", pupil, sds, W(pupil)], ["Curator", par[0], "", ""], school_row])]
    if c == "adult_parents":
        return [("h", "Ondertekening", 2),
                ("p", f"{pupil} is meerderjarig en handelingsbekwaam."),
                ("sig", hdr, [["Ouder/verzorger", par[0], sds, W(par[0])], ["Leerling", pupil, "", ""], school_row])]
    if c == "perspectief_only":
        return [("h", "Ondertekening", 2),
                ("sig", ["Onderdeel", "Naam ouder", "Datum", "Handtekening"],
                 [["Deel A - ontwikkelingsperspectief (OOGO, voor gezien)", par[0], sds, W(par[0])],
                  ["Deel B - handelingsdeel (instemming)", par[0], "", ""]])]
    if c == "scan_blank":
        return [H, ("p", decl), ("sig", hdr, [school_row[:3] + ["§SIG§"], ["Ouder/verzorger 1", par[0], "", ""],
                                              ["Ouder/verzorger 2", par[1] if len(par) > 1 else "", "", ""]])]
    if c == "none":
        return []
    raise ValueError(c)


CONSENT_STATUS = {
    "sig_full": "present", "sig_one_parent": "present", "tick_agree": "present", "cc_agree": "present",
    "portal_ok": "present", "form_page": "present", "prose_ok": "present", "email_ok": "present",
    "adult_self": "present", "curator_ok": "present", "scan_signed": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "school_only": "incomplete",
    "unticked": "incomplete", "refused": "incomplete", "cc_unticked": "incomplete", "avg_only": "incomplete",
    "avg_nohd": "missing", "partial": "incomplete", "last_year": "incomplete", "blank_line": "incomplete",
    "no_date": "incomplete", "portal_read": "incomplete", "portal_pending": "incomplete",
    "prose_pending": "incomplete", "curatele_self": "incomplete", "adult_parents": "incomplete",
    "perspectief_only": "incomplete", "scan_blank": "incomplete", "none": "missing",
}
