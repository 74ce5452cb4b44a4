# -*- coding: utf-8 -*-
"""Element bodies: turn (case, mode) into abstract blocks, and map modes to labels."""
from content import S

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

# generic modes -> label
MODE_LABEL = {
    "present": "present", "omit": "missing", "empty": "incomplete", "ph": "incomplete",
    "instr": "incomplete", "ref": "incomplete", "vague": "incomplete", "see_report": "incomplete",
    "view_only": "incomplete", "nvt": "not_applicable", "nvt_wrong": "incomplete",
    "unticked": "incomplete", "cc_placeholder": "incomplete", "no_date": "incomplete",
    "blank": "incomplete",
    # consent
    "signed": "present", "digital": "present", "adult_self": "present", "curatele_curator": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete",
    "partial_consent": "incomplete", "school_only": "incomplete", "blank_line": "incomplete",
    "unticked_box": "incomplete", "sig_no_date": "incomplete", "request_only": "incomplete",
    "adult_parents_only": "incomplete", "curatele_pupil_only": "incomplete", "avg_only": "missing",
}

INSTR = {
    "uitstroombestemming": "Geef hier het verwachte uitstroomniveau aan (bijv. pro, vmbo-bb, vmbo-kb, vmbo-gt, havo, vwo; vso: vervolgonderwijs / arbeidsmarkt / dagbesteding) en licht dit kort toe.",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, intelligentiegegevens, leerrendement en schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren in de leerling, het onderwijs en de thuissituatie.",
    "bevorderende_factoren": "Beschrijf hier de bevorderende (beschermende) factoren. Denk aan sterke kanten, interesses en steun thuis.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft behoefte aan ...' (instructie, leertijd, materialen, feedback, omgeving).",
    "ondersteuning": "Vul per onderdeel in: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Beschrijf eventuele afwijkingen van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster) of vul 'geen' in.",
    "doelen": "Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode (specifiek, meetbaar, haalbaar, tijdgebonden).",
    "adviezen_professionals": "Vermeld de adviezen van externe deskundigen (en in het (v)so van de commissie voor de begeleiding) en wat de school ermee doet.",
    "oogo": "Noteer datum, aanwezigen en uitkomst van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hoe de leerling is gehoord, wat de leerling heeft ingebracht en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en hoe het OPP met ouders en leerling wordt geëvalueerd.",
    "informatie_rechten": "[Standaardtekst instemmingsrecht en geschillenregeling hier invoegen]",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
    "instemming_ouders": "Laat ouders hier tekenen voor akkoord met het handelingsdeel.",
}

REFS = {
    "uitstroombestemming": "Zie perspectiefdeel in bijlage 1.",
    "onderbouwing": "Zie bijlage 2 (onderzoeksverslag en toetsoverzicht).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 3 (bijlage).",
    "bevorderende_factoren": "Zie groeidocument, hoofdstuk 3 (bijlage).",
    "ondersteuningsbehoefte": "Zie bijlage: onderwijsbehoeften uit het groepsplan.",
    "ondersteuning": "Zie groepsplan periode 1 (bijlage).",
    "doelen": "Zie bijlage 3 (doelenoverzicht).",
    "evaluatie": "Zie de zorgkalender van de school.",
    "informatie_rechten": "Voor informatie over instemming en bezwaar: zie de schoolgids.",
    "oogo": "Zie gespreksverslag (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage leerlijnen.",
}

AFW_NONE_PROFILES = {"po_ass", "vo_havo_ass", "pro_arbeid", "pro_entree"}


def mode(c, eid):
    return c["modes"].get(eid, "present")


def label_for(c, eid):
    m = mode(c, eid)
    if eid == "inbreng_leerling" and c.get("inbreng_na"):
        return "not_applicable"
    if eid == "afwijkingen_onderwijsprogramma" and m == "present" and c["profile"] in AFW_NONE_PROFILES:
        return "not_applicable"
    return MODE_LABEL[m]


def placeholder(c, eid):
    ph = c.get("ph", {}).get(eid)
    if ph:
        return ph
    return c.r.choice(["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM"])


def generic_gap(c, eid, m):
    """Blocks for the generic gap modes, or None."""
    if m == "empty":
        return []
    if m == "blank":
        return [("p", "")]
    if m == "ph":
        return [("p", placeholder(c, eid))]
    if m == "instr":
        return [("pi", INSTR[eid])]
    if m == "ref":
        return [("p", REFS[eid])]
    if m == "cc_placeholder":
        return [("cc", "Klik of tik om tekst in te voeren.", True)]
    return None


def support_rows(c):
    rows = [[S(c, a), S(c, b), S(c, f), S(c, v)] for a, b, f, v in c.P["support"]]
    if mode(c, "afwijkingen_onderwijsprogramma") == "nvt_wrong":
        rows.insert(0, [S(c, c.P["afw"][0]), "leerkracht / IB", "dagelijks", "hele schooljaar"])
    return rows


def _keep(c, items):
    """Sentences starting with '@' name the destination; drop them when the destination itself is not given,
    so that the document really lacks a destination."""
    dest = mode(c, "uitstroombestemming") == "present"
    return [x[1:] if x.startswith("@") else x for x in items if dest or not x.startswith("@")]


def body(c, eid):
    """Return the list of blocks for element eid according to its mode."""
    m = mode(c, eid)
    P = c.P
    g = generic_gap(c, eid, m)
    if g is not None:
        return g
    if m == "omit":
        return None
    if eid == "uitstroombestemming":
        return [("p", S(c, P["uitstroom"][0].upper() + P["uitstroom"][1:] + "."))]
    if eid == "onderbouwing":
        return [("p", " ".join(S(c, x) for x in _keep(c, P["onderbouwing"])))]
    if eid == "belemmerende_factoren":
        return [("ul", [S(c, t) for _, t in P["factors_b"]])]
    if eid == "bevorderende_factoren":
        return [("ul", [S(c, t) for _, t in P["factors_p"]])]
    if eid == "ondersteuningsbehoefte":
        return [("p", S(c, "{n} heeft behoefte aan:")), ("ul", [S(c, t) for t in P["needs"]])]
    if eid == "ondersteuning":
        if m == "vague":
            return [("p", S(c, "{n} krijgt extra begeleiding binnen de groep waar dat nodig en mogelijk is. "
                              "Ook wordt gekeken naar ondersteuning vanuit het samenwerkingsverband."))]
        return [("table", [["Wat", "Wie", "Hoe vaak / omvang", "Periode"]] + support_rows(c), {"header": True})]
    if eid == "afwijkingen_onderwijsprogramma":
        if m == "nvt":
            return [("p", "Geen afwijkingen van het reguliere onderwijsprogramma.")]
        if m == "nvt_wrong":
            return [("p", "n.v.t.")]
        return [("p", S(c, x)) for x in P["afw"]]
    if eid == "doelen":
        if m == "vague":
            return [("ul", [S(c, "{n} gaat met plezier naar school."), S(c, "{n} krijgt meer zelfvertrouwen."),
                            "Verbeteren van de resultaten."])]
        return [("ul", [S(c, x) for x in P["goals"]])]
    if eid == "adviezen_professionals":
        if m == "see_report":
            return [("p", S(c, P["see_report"]))]
        return [("p", S(c, x)) for x in _keep(c, P["advice"])]
    if eid == "oogo":
        if c.get("adult"):
            t = ("Het OPP is op {od} besproken met {n} zelf ({leeftijd} jaar), in aanwezigheid van mentor {mentor} en "
                 "(op verzoek van {n}) moeder. {n} herkent zich in het beeld en heeft ingestemd met de doelen; "
                 "op {zijn} verzoek is de stageplek aangepast.")
        elif c.get("curatele"):
            t = ("Het OPP is op {od} besproken met {n} en {zijn} curator ({cur}), met mentor {mentor} en gedragswetenschapper {other}. "
                 "Het beeld wordt herkend; de curator vroeg om een maandelijks telefonisch contact, dat is afgesproken.")
        else:
            t = ("Het OPP is op {od} besproken met {par}, samen met {wie}. Ouders herkennen het beeld. Op verzoek van ouders "
                 "is afgesproken dat zij elke periode een korte terugkoppeling per mail krijgen.")
        return [("p", S(c, t).replace("{od}", c.D(c.oogo_date)).replace("{par}", c.parents)
                 .replace("{wie}", "mentor " + c.mentor if c.type in ("vo", "pro", "vso") else "de leerkracht en IB'er " + c.ib)
                 .replace("{leeftijd}", str(c.age)).replace("{cur}", c.mother))]
    if eid == "inbreng_leerling":
        head = S(c, "Op {pt} heeft {mentor} met {n} gesproken over het plan (met de 'Hoe denk jij erover?'-kaart).").replace("{pt}", c.D(c.pupil_talk))
        quote = S(c, "{n}: \u201c" + P["quote"] + "\u201d")
        if P["quote"].startswith("("):
            quote = S(c, P["quote"])
        out = [("p", head), ("p", quote)]
        if m == "view_only":
            return out
        out.append(("p", "Wat we hiermee doen: " + S(c, P["changed"])))
        return out
    if eid == "evaluatie":
        import datetime as _dt
        if c.get("adult"):
            who = "met {n}"
        elif c.get("curatele"):
            who = "met {n} en de curator"
        elif c.date >= _dt.date(2025, 8, 1):
            who = "met ouders en {n}"
        else:
            who = "met ouders"
        t = ("Het OPP wordt minimaal één keer per schooljaar geëvalueerd " + who + ". Tussenevaluatie: {e1}; "
             "eindevaluatie en bijstelling: {e2}. We bespreken dan of de doelen zijn gehaald en of de ondersteuning passend is.")
        return [("p", S(c, t))]
    if eid == "informatie_rechten":
        party = "u als ouder" if not c.get("adult") else "jij als meerderjarige leerling"
        t = ("Voor het handelingsdeel (de te bieden ondersteuning en begeleiding) heeft " + party + " instemmingsrecht: "
             "de school vraagt daarvoor uw/jouw handtekening. Bent u het niet eens met (een deel van) het OPP, bespreek dit "
             "dan eerst met de school. U kunt ook advies vragen bij het ouder- en jeugdsteunpunt van " + c.swv + " of bij "
             "een onderwijsconsulent (gratis). Binnen zes weken na vaststelling kunt u een geschil over het OPP voorleggen "
             "aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")
        return [("p", t)]
    if eid == "vaststelling":
        if m == "no_date":
            return [("p", "Vastgesteld door: %s, directeur" % c.director), ("p", "Datum vaststelling: ____________")]
        return [("p", "Het OPP is vastgesteld door %s (directeur) op %s." % (c.director, c.D(c.date)))]
    if eid == "instemming_ouders":
        return consent_blocks(c, m)
    raise KeyError(eid)


def _sig(role, name, date, signed):
    return {"role": role, "name": name, "date": date, "signed": signed}


def consent_blocks(c, m):
    """Consent section. Returns blocks; for avg_only returns a different-kind consent."""
    if m == "present":
        m = "signed"
    sd = c.D(c.sign_date)
    akk = "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel (te bieden ondersteuning en begeleiding)"
    niet = "Ouder(s)/verzorger(s) gaan niet akkoord met het handelingsdeel"
    school_row = _sig("Namens de school", c.director, sd, True)
    show_school = mode(c, "vaststelling") == "present"
    par1 = _sig("Ouder/verzorger 1", c.mother, sd, True)
    par2 = _sig("Ouder/verzorger 2", c.father, sd, True)
    blocks = []
    rows = []
    if m == "signed":
        blocks.append(("checks", [(True, akk), (False, niet)]))
        rows = [par1, par2]
    elif m == "digital":
        blocks.append(("p", "Ouders hebben op %s via het ouderportaal digitaal ingestemd met het handelingsdeel "
                            "(akkoord gegeven door %s)." % (sd, c.mother)))
    elif m == "voor_gezien":
        blocks.append(("checks", [(False, akk), (False, niet)]))
        blocks.append(("p", "Opmerking ouder(s): voor gezien."))
        rows = [_sig("Ouder/verzorger", c.mother + " (voor gezien)", sd, True)]
    elif m == "onder_protest":
        blocks.append(("checks", [(True, akk), (False, niet)]))
        blocks.append(("p", "Opmerking ouder(s): getekend onder protest. Wij vinden dat %s meer begeleiding nodig heeft "
                            "dan nu is opgenomen." % c.first))
        rows = [par1, par2]
    elif m == "refused":
        blocks.append(("checks", [(False, akk), (True, niet)]))
        blocks.append(("p", "Toelichting ouders: wij zijn het niet eens met het handelingsdeel; wij willen eerst een "
                            "second opinion."))
        rows = [par1]
    elif m == "partial_consent":
        blocks.append(("checks", [(True, "Ouders gaan akkoord met het handelingsdeel, met uitzondering van:"),
                                  (False, niet)]))
        blocks.append(("p", "Uitzondering: ouders gaan niet akkoord met de vermindering van lestijd / het aangepaste "
                            "rooster. De overige ondersteuning is akkoord."))
        rows = [par1, par2]
    elif m == "school_only":
        blocks.append(("checks", [(False, akk), (False, niet)]))
        rows = [_sig("Ouder/verzorger 1", c.mother, "", False), _sig("Ouder/verzorger 2", c.father, "", False)]
        show_school = True
    elif m == "blank_line":
        blocks.append(("p", "Voor akkoord handelingsdeel:"))
        rows = [_sig("Ouder/verzorger", "", "", False), _sig("Ouder/verzorger", "", "", False)]
        show_school = False
    elif m == "unticked_box":
        blocks.append(("checks", [(False, akk), (False, niet)]))
        rows = [_sig("Ouder/verzorger", c.mother, "", False)]
        show_school = False
    elif m == "sig_no_date":
        blocks.append(("checks", [(True, akk), (False, niet)]))
        rows = [_sig("Ouder/verzorger 1", c.mother, "", True), _sig("Ouder/verzorger 2", c.father, "", True)]
    elif m == "request_only":
        blocks.append(("p", "Wilt u het handelingsdeel ondertekenen en binnen twee weken aan de mentor/leerkracht "
                            "teruggeven? Pas daarna kunnen wij de ondersteuning definitief inzetten."))
        return blocks
    elif m == "adult_self":
        blocks.append(("p", "%s is meerderjarig en handelingsbekwaam en geeft daarom zelf instemming." % c.first))
        blocks.append(("checks", [(True, "Ik ga akkoord met het handelingsdeel"), (False, "Ik ga niet akkoord")]))
        rows = [_sig("Leerling (meerderjarig)", c.full, sd, True)]
    elif m == "adult_parents_only":
        blocks.append(("checks", [(True, akk), (False, niet)]))
        rows = [par1, par2, _sig("Leerling (18+)", c.full, "", False)]
    elif m == "curatele_curator":
        blocks.append(("p", "%s staat onder curatele; curator is %s (moeder). De curator geeft instemming; %s heeft "
                            "het plan ook besproken en mee ondertekend." % (c.first, c.mother, c.first)))
        blocks.append(("checks", [(True, "De curator gaat akkoord met het handelingsdeel"), (False, "Niet akkoord")]))
        rows = [_sig("Curator", c.mother, sd, True), _sig("Leerling", c.full, sd, True)]
    elif m == "curatele_pupil_only":
        blocks.append(("p", "%s staat onder curatele (curator: %s)." % (c.first, c.mother)))
        blocks.append(("checks", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]))
        rows = [_sig("Leerling", c.full, sd, True), _sig("Curator", c.mother, "", False)]
    elif m == "avg_only":
        blocks.append(("checks", [(True, "Ouders geven toestemming voor het uitwisselen van gegevens met het "
                                        "samenwerkingsverband en de jeugdarts (AVG)"),
                                  (True, "Ouders geven toestemming voor het gebruik van foto's en video's van hun kind "
                                         "in de schoolgids en op de website")]))
        rows = [par1]
        blocks.append(("sig", rows))
        return blocks
    else:
        raise KeyError(m)
    if show_school and m not in ("digital",):
        rows = rows + [school_row]
    if rows:
        blocks.append(("sig", rows))
    return blocks


def flat(blocks):
    """Flatten blocks into plain text (for table cells and form fields)."""
    if blocks is None:
        return ""
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p", "pi"):
            out.append(b[1])
        elif t == "cc":
            out.append(b[1])
        elif t == "ul":
            out.extend("- " + x for x in b[1])
        elif t == "checks":
            out.extend(("[x] " if on else "[ ] ") + lab for on, lab in b[1])
        elif t == "table":
            rows = b[1]
            hdr = b[2].get("header")
            for i, r in enumerate(rows):
                if hdr and i == 0:
                    continue
                out.append("- " + r[0] + " (" + ", ".join(x for x in r[1:] if x) + ")")
        elif t == "sig":
            for s in b[1]:
                out.append("%s: %s  datum: %s  handtekening: %s" % (
                    s["role"], s["name"] or "__________", s["date"] or "__________",
                    "(getekend)" if s["signed"] else "__________"))
    return "\n".join(out)
