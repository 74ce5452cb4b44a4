# -*- coding: utf-8 -*-
"""Element texts and consent blocks -> IR blocks. IR block kinds:
("title",t) ("h1",t) ("h2",t) ("p",t) ("pb",t) bold ("pi",t) italic/instruction
("table", rows, header) ("pagebreak",) ("field", label, value) ("cbox", label, checked)
Cells may contain the token {SIG} (a signature mark)."""
from gen_content import PROFILES

QUOTES = {
 "dyslexie": ("Ik wil niet meer hardop voorlezen in de klas, en ik vind het fijn als ik de toets mag laten voorlezen.",
              "Op haar verzoek leest zij niet meer onvoorbereid hardop voor; teksten krijgt zij een dag eerder mee. De voorleessoftware is toegevoegd aan het handelingsdeel."),
 "ass": ("Het is te druk in de aula. Ik wil in de pauze ergens anders kunnen zitten.",
         "Er is een vaste pauzeplek in het ondersteuningslokaal afgesproken; dit staat nu in het handelingsdeel."),
 "adhd": ("Ik wil liever niet dat de hele klas ziet dat ik een beloningskaart heb.",
          "De beloningskaart zit nu in zijn la in plaats van op het bord; de afspraak is opgenomen bij de ondersteuning."),
 "tos": ("Ik vind het fijn als de juf het ook met plaatjes laat zien.",
         "Pictogrammen bij instructies zijn als vaste afspraak in het plan opgenomen."),
 "zml": ("Ik wil in de kas werken, niet in de keuken.",
         "De interne stage is verplaatst van de keuken naar het magazijn en de kas; het uitstroomdoel is daarop aangepast."),
 "angst": ("Ik wil eerst weer de ochtenden komen en dan pas de middagen. Niet alles tegelijk.",
           "Het opbouwrooster is met haar samen opgesteld en begint met de ochtenden, zoals zij voorstelde."),
 "lich": ("Ik wil met de schoolreis mee, ook als het ver is.",
          "Er is aangepast vervoer voor excursies geregeld en dit is als doel opgenomen."),
 "gedrag": ("Als ik boos ben wil ik even naar buiten, niet naar de gang.",
            "In het signaleringsplan staat nu bij 'oranje' een rondje over het schoolplein met de vaste begeleider."),
 "pro": ("Ik wil bij een hovenier stage lopen, niet in de supermarkt.",
         "De stageplek is gewijzigd naar hoveniersbedrijf Groenrijk; het VCA-doel is op zijn verzoek toegevoegd."),
}

PH = {"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "overleg": "volgt na overleg", "tekst": "[tekst]",
      "cc": "Klik of tik om tekst in te voeren."}

INSTR = {
 "uitstroombestemming": "[Vermeld hier het te verwachten uitstroomniveau/-profiel. Zie de handleiding van het SWV, paragraaf 3.]",
 "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, capaciteitenonderzoek en schoolloopbaan.]",
 "belemmerende_factoren": "[Beschrijf hier de belemmerende factoren op het gebied van leren, werkhouding, sociaal-emotioneel en thuis. Verwijder deze tekst na invullen.]",
 "bevorderende_factoren": "[Beschrijf hier de bevorderende factoren: wat gaat goed, wat zijn de sterke kanten van de leerling?]",
 "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig om ...'.]",
 "ondersteuning": "[Beschrijf per doel de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.]",
 "afwijkingen_onderwijsprogramma": "[Geef aan of er wordt afgeweken van het reguliere onderwijsprogramma (eigen leerlijn, vrijstelling, aangepaste lestijd).]",
 "doelen": "[Formuleer SMARTI-doelen voor de komende periode.]",
 "adviezen_professionals": "[Noem de adviezen van externe deskundigen en geef aan wat de school ermee doet.]",
 "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg met ouders.]",
 "inbreng_leerling": "[Beschrijf wat de leerling zelf vindt en wat daarmee in het plan is gedaan.]",
 "evaluatie": "[Vul de data van de evaluatiemomenten in.]",
 "informatie_rechten": "[Neem hier de standaardtekst over rechten van ouders op.]",
 "vaststelling": "[Datum vaststelling en naam van de directeur.]",
}

REF = {
 "adviezen_professionals": "Zie het verslag van het psychologisch onderzoek (bijlage 2).",
 "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 2.",
 "ondersteuning": "Zie het groepsplan van de groep (bijlage 3).",
 "onderbouwing": "Zie bijlage 1 (overzicht toetsresultaten).",
 "informatie_rechten": "Zie de schoolgids, hoofdstuk 'Passend onderwijs'.",
 "doelen": "Zie het groepsplan.",
 "evaluatie": "Volgens de zorgcyclus van de school (zie schoolondersteuningsprofiel).",
 "uitstroombestemming": "Zie bijlage 1.",
 "bevorderende_factoren": "Zie het verslag van de orthopedagoog (bijlage).",
 "ondersteuningsbehoefte": "Zie het verslag van de ambulant begeleider.",
}


def fmt(s, d):
    return s.format(**d)


def ok_text(el, d):
    P = PROFILES[d["profile"]]
    vn = d["vn"]
    if el == "uitstroombestemming":
        return [P["uit"][d["type"]] if d["type"] in P["uit"] else list(P["uit"].values())[0]]
    if el == "onderbouwing":
        return [fmt(P["onderb"], d)]
    if el == "belemmerende_factoren":
        return [fmt(t, d) for _, t in P["belem"]]
    if el == "bevorderende_factoren":
        return [fmt(t, d) for _, t in P["bevord"]]
    if el == "ondersteuningsbehoefte":
        return [f"{vn} heeft nodig: " + "; ".join(P["behoefte"]) + "."]
    if el == "ondersteuning":
        return [fmt(f"{a} – {b}, {c}, vanaf {e}.", d) for a, b, c, e in P["steun"]]
    if el == "afwijkingen_onderwijsprogramma":
        a = P["afwijking"]
        return [fmt(a, d)] if a else ["Er zijn geen afwijkingen van het onderwijsprogramma; " + vn + " volgt het reguliere programma."]
    if el == "doelen":
        return [fmt(t, d) for t in P["doelen"]]
    if el == "adviezen_professionals":
        return [fmt(P["advies"], d)]
    if el == "oogo":
        who = " en ".join(d["ouders"])
        extra = f" en {vn} zelf" if d.get("pupil_at_oogo") else ""
        return [f"Het ontwikkelingsperspectief is op {d['oogo']} besproken met {who}{extra} (op overeenstemming gericht overleg). "
                f"Aanwezig namens school: {d['mentor']} (mentor) en {d['ib']} ({d['ibrol']}). Ouders herkennen het beeld; hun aanvullingen over de thuissituatie zijn verwerkt."]
    if el == "inbreng_leerling":
        q, eff = QUOTES[d["profile"]]
        return [f"Gesprek met {vn} op {d['gesprek']} ({d['mentor']}). {vn} zegt: \u201c{q}\u201d", "Wat hebben we hiermee gedaan: " + eff]
    if el == "evaluatie":
        met = "ouders en " + vn if d["post"] else "ouders"
        return [f"Het OPP wordt minimaal eenmaal per schooljaar met {met} geëvalueerd. Tussenevaluatie: {d['ev1']}; jaarevaluatie en bijstelling: {d['ev2']}. "
                "Bij de evaluatie bekijken we of de doelen zijn behaald en of het uitstroomperspectief nog passend is."]
    if el == "informatie_rechten":
        return ["Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Zonder uw instemming voert de school het handelingsdeel niet uit. "
                "Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de intern begeleider of de directeur. "
                f"U kunt ook advies vragen aan het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of aan Onderwijsconsulenten. "
                "Binnen zes weken na de vaststelling kunt u een geschil over het OPP voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."]
    if el == "vaststelling":
        return [f"Vastgesteld op {d['vast']} door {d['dir']}, directeur {d['school']}."]
    raise KeyError(el)


def el_text(el, d):
    """Return list of paragraph strings, or None when the element is left out."""
    v = d["v"].get(el, "ok")
    kind, arg = ((v + (None,))[:2] if isinstance(v, tuple) else (v, None))
    if kind in ("missing", "na_omit"):
        return None
    if kind == "ok":
        return ok_text(el, d)
    if kind == "empty":
        return []
    if kind == "ph":
        return [PH[arg or "dots"]]
    if kind == "instr":
        return [INSTR[el]]
    if kind == "ref":
        return [REF[el]]
    if kind == "na":  # afwijkingen: explicit none
        return ["Geen afwijkingen van het onderwijsprogramma." if not arg else arg]
    if kind == "na_show":  # pre-2025 pupil view shown anyway
        return ok_text(el, d)
    if kind == "noeffect":
        q, _ = QUOTES[d["profile"]]
        return [f"{d['vn']} is gevraagd wat hij/zij ervan vindt. {d['vn']} zegt: \u201c{q}\u201d"]
    if kind == "partial":
        return ["Heeft u vragen over dit plan, neem dan contact op met de mentor of de intern begeleider."]
    if kind == "nodate":
        return [f"Vastgesteld door {d['dir']}, directeur. Datum: ..."]
    if kind == "oogo_nodate":
        return ["Besproken met ouders op: ..."]
    if kind == "vague":
        return ["Goed leren lezen.", "Beter gedrag in de klas.", "Meer zelfvertrouwen."]
    if kind == "text":
        return [arg]
    raise KeyError(v)


def label_of(el, d):
    if el in d.get("labels", {}):
        return d["labels"][el]
    v = d["v"].get(el, "ok")
    kind = v[0] if isinstance(v, tuple) else v
    if el == "inbreng_leerling" and d.get("inbreng_na"):
        return "not_applicable"
    if el == "instemming_ouders":
        return d["consent_label"]
    if el == "afwijkingen_onderwijsprogramma" and kind == "ok":
        a = PROFILES[d["profile"]]["afwijking"]
        if a is None or a.startswith("Geen"):
            return "not_applicable"
    return {"ok": "present", "missing": "missing", "na": "not_applicable", "na_omit": "not_applicable",
            "na_show": "not_applicable"}.get(kind, "incomplete")


# ------------------------------------------------------------------ consent blocks
CONSENT = {  # variant -> label
 "rows_signed": "present", "cols_signed": "present", "tick_akkoord": "present", "tick_none": "incomplete",
 "tick_niet": "incomplete", "slip_filled": "present", "slip_blank": "incomplete", "voor_gezien": "incomplete",
 "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete", "condition": "incomplete",
 "remark": "present", "no_date": "incomplete", "name_nosig": "incomplete", "next_page": "present",
 "school_only": "incomplete", "blank_line": "incomplete", "avg_only": "missing", "digital": "present",
 "stated": "present", "adult_self": "present", "adult_parents_only": "incomplete", "curator": "present",
 "curatele_self": "incomplete", "form_checked": "present", "form_unchecked": "incomplete",
 "sdt_checked": "present", "sdt_unchecked": "incomplete", "voor_akkoord": "present", "missing": "missing",
}


def consent_blocks(d):
    c = d["consent"]
    vn, S = d["vn"], "{SIG}"
    o = d["ouders"]
    dt = d["sigdate"]
    sch = [d["dir"] + " (directeur)", dt, S]
    B = []
    head = ("h2", d.get("consent_head", "Instemming ouders met het handelingsdeel"))
    intro = ("p", "Ondergetekenden verklaren dat zij het ontwikkelingsperspectiefplan hebben besproken en gaan akkoord met het handelingsdeel (de te bieden ondersteuning en begeleiding).")
    if c == "missing":
        return []
    if c == "rows_signed":
        return [head, intro, ("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", o[0], dt, S]] +
                                  ([["Ouder/verzorger", o[1], dt, S]] if len(o) > 1 else []) + [["School", *sch]], True)]
    if c == "cols_signed":
        hdr = ["", "Ouder/verzorger 1", "Ouder/verzorger 2" if len(o) > 1 else "", "Namens de school"]
        return [head, intro, ("table", [hdr, ["Naam", o[0], o[1] if len(o) > 1 else "", d["dir"]],
                                        ["Datum", dt, dt if len(o) > 1 else "", dt], ["Handtekening", S, S if len(o) > 1 else "", S]], True)]
    if c in ("tick_akkoord", "tick_none", "tick_niet"):
        a, n = {"tick_akkoord": (True, False), "tick_none": (False, False), "tick_niet": (False, True)}[c]
        rows = [["Naam ouder/verzorger", o[0]], ["Datum", dt], ["Handtekening", S]]
        return [head, ("p", "Ouders geven aan (aankruisen wat van toepassing is):"),
                ("cbox", "Wij gaan akkoord met het handelingsdeel van het OPP.", a),
                ("cbox", "Wij gaan niet akkoord met het handelingsdeel van het OPP.", n), ("table", rows, False),
                ("table", [["Namens de school", d["dir"]], ["Datum", dt], ["Handtekening", S]], False)]
    if c == "slip_filled" or c == "slip_blank":
        filled = c == "slip_filled"
        return [("pagebreak",), ("h2", "Antwoordstrook – graag vóór " + d["retour"] + " terug naar school"),
                ("p", f"Betreft: ontwikkelingsperspectiefplan van {d['name']}, {d['groep']}."),
                ("cbox", "Ik ga akkoord met het handelingsdeel van het OPP.", filled),
                ("cbox", "Ik ga niet akkoord en wil graag een gesprek.", False),
                ("table", [["Naam ouder/verzorger", o[0] if filled else ""], ["Datum", dt if filled else ""],
                           ["Handtekening", S if filled else ""]], False)]
    if c in ("voor_gezien", "onder_protest", "voor_akkoord"):
        word = {"voor_gezien": "Voor gezien", "onder_protest": "Onder protest getekend", "voor_akkoord": "Voor akkoord"}[c]
        B = [head, ("p", "Handtekening ouders:"), ("table", [["", "Naam", "Datum", "Handtekening"],
             [word, o[0], dt, S], ["Namens school", d["dir"], dt, S]], True)]
        if c == "onder_protest":
            B.append(("p", "Opmerking ouders: wij zijn het niet eens met het verwachte uitstroomniveau en met het aantal uren begeleiding."))
        if c == "voor_gezien":
            B.append(("p", "Toelichting ouders: wij hebben het plan ontvangen en willen er nog over nadenken."))
        return B
    if c == "refused":
        return [head, ("p", f"Ouders hebben het plan besproken op {d['oogo']}. Ouders geven geen instemming met het handelingsdeel. "
                             "Reden: zij willen dat de remedial teaching op school blijft en niet wordt vervangen door begeleiding in de groep."),
                ("table", [["Naam ouder", o[0]], ["Datum", dt], ["Handtekening", S], ["Akkoord", "nee"]], False)]
    if c == "partial":
        return [head, intro, ("p", "Ouders gaan akkoord met het handelingsdeel, met uitzondering van de aanpassing van het rooster / de afwijking van het programma. "
                                    "Daarmee gaan ouders niet akkoord; hierover volgt een nieuw gesprek."),
                ("table", [["Ouder/verzorger", o[0], dt, S], ["School", *sch]], False)]
    if c == "condition":
        return [head, intro, ("p", "Akkoord, op voorwaarde dat de logopedie op school doorgaat na de kerstvakantie. Als dat niet zo is, trekken wij onze instemming in."),
                ("table", [["Ouder/verzorger", o[0], dt, S], ["School", *sch]], False)]
    if c == "remark":
        return [head, intro, ("table", [["Ouder/verzorger", o[0], dt, S]] + ([["Ouder/verzorger", o[1], dt, S]] if len(o) > 1 else []) + [["School", *sch]], False),
                ("p", "Opmerking ouders (bij akkoord): wij vinden het fijn dat de mentor ons elke twee weken mailt hoe het gaat.")]
    if c == "no_date":
        return [head, intro, ("table", [["", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", o[0], "", S], ["School", d["dir"], "", S]], True)]
    if c == "name_nosig":
        return [head, intro, ("table", [["", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", o[0], dt, ""], ["School", d["dir"], dt, S]], True)]
    if c == "next_page":
        return [head, intro, ("p", "De handtekeningen staan op de volgende pagina."), ("pagebreak",), ("h2", "Ondertekening (vervolg)"),
                ("table", [["Rol", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", o[0], dt, S]] +
                 ([["Ouder/verzorger", o[1], dt, S]] if len(o) > 1 else []) + [["School", *sch]], True)]
    if c == "school_only":
        return [head, intro, ("table", [["", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", "", "", ""],
                                        ["Ouder/verzorger", "", "", ""], ["School", *sch]], True)]
    if c == "blank_line":
        return [head, intro, ("p", "Handtekening ouder/verzorger: ______________________    Datum: ____________"),
                ("p", "Naam: ______________________")]
    if c == "avg_only":
        return [("h2", "Toestemming gegevensuitwisseling (AVG)"),
                ("p", f"Ouders geven toestemming om gegevens van {vn} te delen met het samenwerkingsverband en de ambulante dienst ten behoeve van de aanvraag van ondersteuning."),
                ("table", [["Naam ouder", o[0]], ["Datum", dt], ["Handtekening", S]], False),
                ("h2", "Toestemming foto's en video"),
                ("cbox", "Wel toestemming voor foto's op de website", True), ("cbox", "Geen toestemming", False)]
    if c == "digital":
        return [head, ("p", f"Instemming handelingsdeel: akkoord. Digitaal ondertekend door {o[0]} via het ouderportaal op {dt} om 20:14 uur (verificatiecode 7Q4-KD2)."),
                ("p", f"Ondertekend namens de school door {d['dir']} op {dt}.")]
    if c == "stated":
        return [head, ("p", f"Moeder ({o[0]}) heeft op {dt} per e-mail laten weten in te stemmen met het handelingsdeel. De e-mail is opgenomen in het leerlingdossier. "
                             "Vader heeft op dezelfde datum telefonisch ingestemd (gespreksnotitie in dossier).")]
    if c == "adult_self":
        return [("h2", "Instemming met het handelingsdeel (meerderjarige leerling)"),
                ("p", f"{vn} is op {d['achttien']} 18 jaar geworden en is handelingsbekwaam. {vn} stemt zelf in met het handelingsdeel. Ouders zijn met toestemming van {vn} bij het gesprek geweest."),
                ("table", [["", "Naam", "Datum", "Handtekening"], ["Leerling", d["name"], dt, S], ["School", *sch]], True)]
    if c == "adult_parents_only":
        return [head, ("p", f"{vn} is meerderjarig (18 jaar sinds {d['achttien']}) en handelingsbekwaam; er is geen curatele of mentorschap."),
                intro, ("table", [["", "Naam", "Datum", "Handtekening"], ["Ouder/verzorger", o[0], dt, S]] +
                               ([["Ouder/verzorger", o[1], dt, S]] if len(o) > 1 else []) + [["Leerling", d["name"], "", ""], ["School", *sch]], True)]
    if c == "curator":
        return [("h2", "Instemming met het handelingsdeel"),
                ("p", f"{vn} is meerderjarig en staat onder curatele (beschikking kantonrechter {d['curdatum']}); curator is moeder, {o[0]}. "
                      f"De curator stemt in met het handelingsdeel. {vn} is bij het gesprek geweest en heeft zijn mening gegeven (zie inbreng leerling)."),
                ("table", [["", "Naam", "Datum", "Handtekening"], ["Curator", o[0], dt, S], ["School", *sch]], True)]
    if c == "curatele_self":
        return [("h2", "Instemming met het handelingsdeel"),
                ("p", f"{vn} is meerderjarig en staat onder curatele (curator: {o[0]})."),
                ("table", [["", "Naam", "Datum", "Handtekening"], ["Leerling", d["name"], dt, S], ["Curator", o[0], "", ""], ["School", *sch]], True)]
    if c in ("form_checked", "form_unchecked", "sdt_checked", "sdt_unchecked"):
        chk = c.endswith("_checked")
        return [head, ("cbox", "Ouder(s) gaan akkoord met het handelingsdeel", chk),
                ("cbox", "Ouder(s) gaan niet akkoord met het handelingsdeel", False),
                ("field", "Naam ouder/verzorger", o[0] if chk else ""), ("field", "Datum", dt if chk else ""),
                ("field", "Namens school", d["dir"]), ("field", "Datum school", dt)]
    raise KeyError(c)
