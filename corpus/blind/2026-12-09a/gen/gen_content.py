# -*- coding: utf-8 -*-
"""Element texts and layouts for the blind set 2026-12-09a (round 78).

Every name, school, place and organisation is invented.
A layout turns one document spec (dict `d`) into a list of neutral blocks:
  ("title", t) ("sub", t) ("kv", [(k, v)]) ("h1", t) ("h2", t) ("p", t) ("i", t)
  ("ul", [..]) ("table", header|None, rows) ("checks", [(bool, label)])
  ("sig", [[role, name, date, signed(bool)]]) ("cc", t) ("footer", t) ("pb",)
"""

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def dlong(iso):
    y, m, dd = iso.split("-")
    return "%d %s %s" % (int(dd), MONTHS[int(m) - 1], y)


def dnum(iso):
    y, m, dd = iso.split("-")
    return "%s-%s-%s" % (dd, m, y)


def addays(iso, n):
    import datetime
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)).isoformat()


PH = {"...": "...", "ntb": "n.t.b.", "aanv": "nog aanvullen", "volgt": "volgt na overleg",
      "tekst": "[tekst]", "invul": "nog invullen"}


def ph_text(d, el):
    opts = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "…………"]
    return opts[(sum(map(ord, el)) + d["seed"]) % len(opts)]


INSTR = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau in (bijv. vmbo-bb, vmbo-kb, pro, havo).",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, intelligentiegegevens en leerrendement. Verwijs naar het dossier.",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren (max. 5 punten; denk aan leren, werkhouding, sociaal-emotioneel, thuissituatie).",
    "bevorderende_factoren": "Beschrijf hier de stimulerende/beschermende factoren van de leerling en zijn omgeving.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'Deze leerling heeft ... nodig om ...'.",
    "ondersteuning": "Geef aan welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.",
    "doelen": "Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode.",
    "adviezen_professionals": "Noem de adviezen van externe deskundigen en geef aan wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf vindt en wat daarmee is gedaan (hoorrecht).",
    "evaluatie": "Geef aan wanneer en met wie het OPP wordt geëvalueerd.",
    "vaststelling": "Datum vaststelling en naam van degene die namens het bevoegd gezag vaststelt.",
    "informatie_rechten": "Standaardtekst over instemmingsrecht en geschillen hier invoegen.",
}

REF = {
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht LVS en onderzoeksverslag).",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek in het dossier.",
    "doelen": "De doelen staan in het groepsplan van groep {grp} (zie bijlage).",
    "informatie_rechten": "Voor informatie over uw rechten: zie de schoolgids.",
    "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 3.",
    "ondersteuning": "Zie handelingsplan in bijlage 1.",
}


def P(d):
    return d["pupil"]


# ------------------------------------------------------------------ present texts
def present(el, d):
    p = P(d)
    n = p["first"]
    hij = p["hij"]
    zijn = p["zijn"]
    st = d["st"]
    sd = d["date"]
    if el == "uitstroombestemming":
        return [d["dest"]]
    if el == "onderbouwing":
        return d["onderbouwing"]
    if el == "belemmerende_factoren":
        return [("ul", d["belem"])]
    if el == "bevorderende_factoren":
        return [("ul", d["bevord"])]
    if el == "ondersteuningsbehoefte":
        return [("ul", ["%s heeft %s" % (n, x) for x in d["behoefte"]])]
    if el == "ondersteuning":
        return [("ul", d["support"])]
    if el == "afwijkingen_onderwijsprogramma":
        if d["afw"] == "geen":
            return ["Er zijn geen afwijkingen van het reguliere onderwijsprogramma; %s volgt het programma van %s groep/klas." % (n, zijn)]
        return d["afw_text"]
    if el == "doelen":
        return [("ul", d["goals"])]
    if el == "adviezen_professionals":
        return d["advice"]
    if el == "oogo":
        return ["Het ontwikkelingsperspectief is op %s besproken met %s. Aanwezig: %s. %s" % (
            dlong(d["oogo_date"]), d["oogo_with"], d["oogo_present"], d.get("oogo_extra", ""))]
    if el == "inbreng_leerling":
        return d["inbreng"]
    if el == "evaluatie":
        return ["Het OPP wordt geëvalueerd op %s met %s%s, en daarna minimaal eenmaal per schooljaar. Tussentijds bespreken we de voortgang bij de rapportgesprekken." % (
            dlong(d["eval_date"]), d["eval_with"], "" if d.get("adult") else " en " + n)]
    if el == "informatie_rechten":
        who = "U (of, als u 18 jaar of ouder en handelingsbekwaam bent: jij zelf)" if st in ("vso",) else "U"
        return ["%s heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met %s. U kunt ook gratis advies vragen bij het Ouder- en Jeugdsteunpunt van %s of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs." % (who, d["contact"], d["swv"])]
    if el == "vaststelling":
        return ["Vastgesteld op %s door %s, %s, namens het bevoegd gezag (%s)." % (dlong(sd), d["director"], d["director_role"], d["board"])]
    raise KeyError(el)


def content(el, d):
    """blocks under the element heading; None = element absent; [] = heading with nothing."""
    k = d["kind"].get(el, "ok")
    if el == "afwijkingen_onderwijsprogramma" and d["afw"] == "silent":
        return None
    if el == "inbreng_leerling" and d.get("no_inbreng_section"):
        return None
    if k in ("missing", "avg_only"):
        return None
    if k == "ok":
        return present(el, d)
    if k == "empty":
        return []
    if k == "ph":
        return [ph_text(d, el)]
    if k == "instr":
        return [("i", INSTR[el])]
    if k == "cc":
        return [("cc", "Klik of tik om tekst in te voeren.")]
    if k == "ref":
        return [REF[el].format(grp=P(d)["grp"])]
    if k == "vague":
        if el == "ondersteuning":
            return ["%s krijgt extra begeleiding waar dat nodig is. We houden goed in de gaten hoe het gaat." % P(d)["first"]]
        if el == "doelen":
            return [("ul", ["%s gaat beter lezen." % P(d)["first"], "Meer zelfvertrouwen krijgen.", "Beter leren plannen."])]
    if k == "noeffect":
        return [d["inbreng"][0]]
    if k == "onlyheard":
        return ["De leerling is gehoord."]
    if k == "noCvB":
        return [d["advice"][0]]
    if k == "untick":
        if d["st"] in ("vso", "so"):
            return [("checks", [(False, "vervolgonderwijs"), (False, "arbeidsmarktgericht"), (False, "dagbesteding")])]
        return [("checks", [(False, "praktijkonderwijs"), (False, "vmbo basisberoepsgerichte leerweg"), (False, "vmbo kaderberoepsgerichte leerweg"), (False, "vmbo gemengde/theoretische leerweg"), (False, "havo/vwo")])]
    raise KeyError((el, k))


# ------------------------------------------------------------------ consent
def consent(d, style="table"):
    """Blocks for the consent part (instemming handelingsdeel)."""
    k = d["kind"].get("instemming_ouders", "ok")
    p = P(d)
    sd = d["date"]
    cdate = dnum(addays(sd, 5))
    parent = d["parent_name"]
    school = d["sign_school"]
    out = []
    who = "ouder(s)/verzorger(s)"
    if d.get("adult"):
        who = "leerling (meerderjarig)"
    if d.get("curatele"):
        who = "curator / wettelijk vertegenwoordiger"
    first_signer = ("Leerling" if d.get("adult") else ("Curator" if d.get("curatele") else "Ouder/verzorger"))
    first_name = (p["full"] if d.get("adult") else parent)
    if k == "missing":
        return []
    if k == "avg_only":
        out.append(("h2", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"))
        out.append(("p", "Ondergetekende geeft toestemming voor het delen van gegevens met het samenwerkingsverband en voor het gebruik van foto's van %s op de website en in de nieuwsbrief." % p["first"]))
        out.append(("checks", [(True, "ja, akkoord met gegevensuitwisseling"), (True, "ja, akkoord met foto's")]))
        out.append(("sig", [["Ouder/verzorger", parent, cdate, True]]))
        return out
    if k == "stated":
        out.append(("p", "Ouders hebben in het gesprek van %s mondeling ingestemd met het handelingsdeel (ondersteuning en doelen). Deze instemming is vastgelegd in het gespreksverslag en per e-mail aan ouders bevestigd op %s; ouders hebben dezelfde dag per e-mail bevestigd dat zij akkoord zijn." % (dlong(d["oogo_date"]), dlong(addays(d["oogo_date"], 2)))))
        return out
    intro = "Ondergetekende(n) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en:"
    opts = {
        "ok": [(True, "in te stemmen met het handelingsdeel"), (False, "niet in te stemmen met het handelingsdeel")],
        "refused": [(False, "in te stemmen met het handelingsdeel"), (True, "niet in te stemmen met het handelingsdeel")],
        "untick": [(False, "in te stemmen met het handelingsdeel"), (False, "niet in te stemmen met het handelingsdeel")],
    }
    rows_school = [["School", school, dnum(sd) if d["kind"].get("vaststelling", "ok") == "ok" else "", True]]
    tick = {"ok": "ok", "nodate": "ok", "refused": "refused", "untick": "untick", "blank": "untick",
            "school_only": "untick", "vg": "untick", "protest": "ok", "partial": "ok", "wrong_party": "ok",
            "pupil_only": "ok"}
    if k in tick:
        out.append(("p", intro))
        out.append(("checks", opts[tick[k]]))
    if k == "vg":
        out.append(("p", "Handtekening ouder(s) voor gezien: %s" % parent))
        out.append(("sig", [["Ouder/verzorger (voor gezien)", parent, cdate, True]] + rows_school))
        return out
    if k == "protest":
        out.append(("p", "Opmerking ouders: \"Wij tekenen onder protest. Wij vinden dat %s meer uren begeleiding nodig heeft dan nu in het plan staat.\"" % p["first"]))
        out.append(("sig", [["Ouder/verzorger (onder protest)", parent, cdate, True]] + rows_school))
        return out
    if k == "partial":
        out.append(("p", "Toelichting ouders: wij stemmen in met de begeleiding door de ambulant begeleider, maar NIET met het verkorte lesrooster (afwijking onderwijsprogramma). Over dat deel willen wij opnieuw in gesprek."))
        out.append(("sig", [["Ouder/verzorger (gedeeltelijk akkoord)", parent, cdate, True]] + rows_school))
        return out
    if k == "refused":
        out.append(("p", "Toelichting ouders: wij zijn het niet eens met de uitstroombestemming en de geplande ondersteuning."))
    if k == "ok" or k == "refused" or k == "untick":
        out.append(("sig", [[first_signer, first_name, cdate, True]] + rows_school))
        return out
    if k == "nodate":
        out.append(("sig", [[first_signer, first_name, "", True]] + rows_school))
        return out
    if k == "blank":
        out.append(("sig", [[first_signer, "", "", False]] + rows_school))
        return out
    if k == "school_only":
        out.append(("sig", rows_school))
        return out
    if k == "wrong_party":  # adult pupil, but only parents sign
        out.append(("sig", [["Ouder/verzorger", parent, cdate, True]] + rows_school))
        return out
    if k == "pupil_only":  # pupil under curatele signs, curator line empty
        out.append(("sig", [["Leerling", p["full"], cdate, True], ["Curator / wettelijk vertegenwoordiger", "", "", False]] + rows_school))
        return out
    if k == "curator_ok":
        out.append(("p", intro))
        out.append(("checks", opts["ok"]))
        out.append(("sig", [["Curator (%s)" % d["curator_rel"], parent, cdate, True], ["Leerling (gehoord, tekent mee)", p["full"], cdate, True]] + rows_school))
        return out
    raise KeyError(k)


# ------------------------------------------------------------------ helpers for layouts
def section(blocks, head, el, d, level="h2"):
    c = content(el, d)
    if c is None:
        return
    blocks.append((level, head))
    for x in c:
        blocks.append(x if isinstance(x, tuple) else ("p", x))


def flat(el, d):
    """content as plain text for table cells; None if absent"""
    c = content(el, d)
    if c is None:
        return None
    out = []
    for x in c:
        if isinstance(x, str):
            out.append(x)
        elif x[0] == "ul":
            out.extend("- " + y for y in x[1])
        elif x[0] == "checks":
            out.extend(("☒ " if b else "☐ ") + l for b, l in x[1])
        else:
            out.append(x[1])
    return "\n".join(out)


def meta(d, extra=()):
    p = P(d)
    rows = [("Naam leerling", p["full"]), ("Geboortedatum", p["birth"]), (d.get("grp_label", "Groep"), p["grp"]),
            ("School", "%s, %s" % (d["school"], d["place"])), ("Samenwerkingsverband", d["swv"])]
    return [("kv", rows + list(extra))]


ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
         "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
         "informatie_rechten", "vaststelling"]


# ------------------------------------------------------------------ layouts
def L_swv_numbered(d):
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", "%s – format %s" % (d["swv"], d["fmt_year"]))]
    b += meta(d, [("Datum opstellen", dnum(d["date"])), ("Intern begeleider / zorgcoördinator", d["ib"])])
    heads = [("1. Te verwachten uitstroombestemming", "uitstroombestemming"),
             ("2. Onderbouwing van de uitstroombestemming", "onderbouwing"),
             ("3. Belemmerende factoren", "belemmerende_factoren"),
             ("4. Bevorderende factoren", "bevorderende_factoren"),
             ("5. Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte"),
             ("6. Doelen voor de komende periode", "doelen"),
             ("7. Ondersteuning en begeleiding (handelingsdeel)", "ondersteuning"),
             ("8. Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
             ("9. Adviezen van deskundigen", "adviezen_professionals"),
             ("10. Inbreng van de leerling", "inbreng_leerling"),
             ("11. Overleg met ouders", "oogo"),
             ("12. Evaluatie", "evaluatie"),
             ("13. Informatie over uw rechten", "informatie_rechten"),
             ("14. Vaststelling", "vaststelling")]
    for h, el in heads:
        section(b, h, el, d)
    c = consent(d)
    if c:
        b.append(("h2", "15. Instemming met het handelingsdeel"))
        b += c
    b.append(("footer", "%s – OPP %s – vertrouwelijk" % (d["school"], P(d)["full"])))
    return b


def L_two_column(d):
    b = [("title", "OPP – %s" % d["school"]), ("sub", "Ontwikkelingsperspectief schooljaar %s" % d["sy"])]
    b += meta(d)
    heads = [("Uitstroomprofiel / verwachte uitstroom", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
             ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
             ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Afwijkend programma", "afwijkingen_onderwijsprogramma"),
             ("Doelen", "doelen"), ("Begeleiding (wat, wie, hoe vaak)", "ondersteuning"),
             ("Adviezen externen", "adviezen_professionals"), ("Stem van de leerling", "inbreng_leerling"),
             ("Gesprek met ouders", "oogo"), ("Evaluatiemoment", "evaluatie"), ("Rechten ouders", "informatie_rechten"),
             ("Vastgesteld", "vaststelling")]
    rows = []
    for h, el in heads:
        t = flat(el, d)
        if t is not None:
            rows.append([h, t])
    b.append(("table", ["Onderdeel", "Invulling"], rows))
    c = consent(d)
    if c:
        b.append(("h2", "Akkoord handelingsdeel"))
        b += c
    return b


DOMAINS = ["Leren / didactisch", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]


def L_domain_table(d):
    b = [("title", "Ontwikkelingsperspectief"), ("sub", "%s | %s" % (d["school"], d["swv"]))]
    b += meta(d, [("Datum", dnum(d["date"]))])
    section(b, "Verwachte uitstroombestemming", "uitstroombestemming", d, "h1")
    section(b, "Onderbouwing", "onderbouwing", d, "h2")
    b.append(("h1", "Beeld van de leerling per domein"))
    kb, kv = d["kind"].get("belemmerende_factoren", "ok"), d["kind"].get("bevorderende_factoren", "ok")
    header = ["Domein"]
    if kb != "missing":
        header.append("Belemmerend")
    if kv != "missing":
        header.append("Bevorderend")
    rows = []
    for i, dom in enumerate(DOMAINS):
        r = [dom]
        for k, lst, el in ((kb, d["belem"], "belemmerende_factoren"), (kv, d["bevord"], "bevorderende_factoren")):
            if k == "missing":
                continue
            if k == "ok":
                r.append(lst[i] if i < len(lst) else "-")
            elif k == "empty":
                r.append("")
            elif k == "ph":
                r.append(ph_text(d, el))
            elif k == "instr":
                r.append(INSTR[el] if i == 0 else "")
        rows.append(r)
    b.append(("table", header, rows))
    section(b, "Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", d, "h1")
    section(b, "Doelen", "doelen", d, "h1")
    section(b, "Handelingsdeel: ondersteuning", "ondersteuning", d, "h1")
    section(b, "Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma", d, "h2")
    section(b, "Adviezen deskundigen", "adviezen_professionals", d, "h1")
    section(b, "Wat vindt de leerling zelf?", "inbreng_leerling", d, "h1")
    section(b, "Overleg met ouders", "oogo", d, "h1")
    section(b, "Evaluatie", "evaluatie", d, "h1")
    section(b, "Vaststelling", "vaststelling", d, "h1")
    c = consent(d)
    if c:
        b.append(("h1", "Ondertekening"))
        b += c
    section(b, "Bezwaar en geschillen", "informatie_rechten", d, "h2")
    return b


def L_groeidocument(d):
    p = P(d)
    b = [("title", "Groeidocument %s" % p["full"]), ("sub", "%s – versie %s" % (d["swv"], dnum(d["date"])))]
    b += [("h1", "1. Gegevens")] + meta(d)
    b += [("h1", "2. Hulpvraag van school"), ("p", d["hulpvraag"])]
    b += [("h1", "3. Beeld van de leerling")]
    section(b, "3.1 Wat belemmert het leren?", "belemmerende_factoren", d, "h2")
    section(b, "3.2 Wat helpt (sterke kanten)?", "bevorderende_factoren", d, "h2")
    section(b, "3.3 Onderzoek en adviezen", "adviezen_professionals", d, "h2")
    b += [("h1", "4. Visie van ouders"), ("p", d["visie_ouders"])]
    section(b, "4a. Visie van de leerling", "inbreng_leerling", d, "h2")
    b += [("pb",), ("h1", "5. Ontwikkelingsperspectief (OPP)")]
    section(b, "5.1 Uitstroombestemming", "uitstroombestemming", d, "h2")
    section(b, "5.2 Onderbouwing", "onderbouwing", d, "h2")
    section(b, "5.3 Onderwijsbehoeften", "ondersteuningsbehoefte", d, "h2")
    section(b, "5.4 Doelen", "doelen", d, "h2")
    section(b, "5.5 Handelingsdeel: inzet en aanpak", "ondersteuning", d, "h2")
    section(b, "5.6 Aanpassingen in het onderwijsprogramma", "afwijkingen_onderwijsprogramma", d, "h2")
    b += [("h1", "6. Afspraken en ondertekening")]
    section(b, "6.1 Overleg", "oogo", d, "h2")
    section(b, "6.2 Evaluatie", "evaluatie", d, "h2")
    section(b, "6.3 Vaststelling", "vaststelling", d, "h2")
    c = consent(d)
    if c:
        b.append(("h2", "6.4 Instemming ouders met handelingsdeel"))
        b += c
    section(b, "6.5 Niet eens?", "informatie_rechten", d, "h2")
    b.append(("footer", "Groeidocument – gegenereerd uit het digitale dossier van %s" % d["swv"]))
    return b


def L_question(d):
    p = P(d)
    n = p["first"]
    b = [("title", "Het plan van %s" % n), ("sub", "Ontwikkelingsperspectief – %s – %s" % (d["school"], dlong(d["date"])))]
    b += meta(d)
    qs = [("Waar gaat %s naartoe na deze school?" % n, "uitstroombestemming"),
          ("Waarom verwachten we dat?", "onderbouwing"),
          ("Wat gaat goed? Wat helpt %s?" % n, "bevorderende_factoren"),
          ("Waar loopt %s tegenaan?" % n, "belemmerende_factoren"),
          ("Wat heeft %s nodig?" % n, "ondersteuningsbehoefte"),
          ("Wat willen we bereiken?", "doelen"),
          ("Wat gaan we doen, wie doet wat en hoe vaak?", "ondersteuning"),
          ("Doet %s mee met het gewone programma?" % n, "afwijkingen_onderwijsprogramma"),
          ("Wat zeggen deskundigen?", "adviezen_professionals"),
          ("Wat vindt %s er zelf van?" % n, "inbreng_leerling"),
          ("Hoe hebben we dit met u besproken?", "oogo"),
          ("Wanneer kijken we samen hoe het gaat?", "evaluatie"),
          ("Wie heeft het plan vastgesteld?", "vaststelling"),
          ("Wat als u het er niet mee eens bent?", "informatie_rechten")]
    for q, el in qs:
        section(b, q, el, d)
    c = consent(d)
    if c:
        b.append(("h2", "Gaat u akkoord met wat we gaan doen (handelingsdeel)?"))
        b += c
    return b


def L_letter(d):
    """Prose letter. Gaps become sentences with placeholders; missing = sentence absent."""
    p = P(d)
    n = p["first"]
    b = [("p", d["school"]), ("p", d["school_addr"]), ("p", ""), ("p", "Aan %s" % d["addressee"]),
         ("p", "%s, %s" % (d["place"], dlong(d["date"]))), ("p", "Betreft: ontwikkelingsperspectief van %s (geb. %s)" % (p["full"], p["birth"])),
         ("p", "Beste %s," % d["salutation"])]
    b.append(("p", ("Zoals besproken stuurt de school u hierbij" if d["kind"].get("oogo", "ok") == "ok" else "Hierbij ontvangt u") + " het ontwikkelingsperspectiefplan (OPP) van %s. In deze brief leest u wat wij verwachten, waarom, en wat wij de komende periode gaan doen." % n))

    def say(el, lead, head):
        c = content(el, d)
        if c is None:
            return
        b.append(("h2", head))
        if c == []:
            c = ["…"]
        first = True
        for x in c:
            if isinstance(x, str):
                b.append(("p", (lead + " " + x) if first and lead else x))
            else:
                if first and lead:
                    b.append(("p", lead))
                b.append(x)
            first = False
    say("uitstroombestemming", "Wij verwachten dat %s na deze school uitstroomt naar:" % n, "Verwachte uitstroom")
    say("onderbouwing", "", "Waarom wij dat verwachten")
    say("bevorderende_factoren", "Wat %s helpt:" % n, "Sterke kanten")
    say("belemmerende_factoren", "Wat het leren van %s lastig maakt:" % n, "Wat lastig is")
    say("ondersteuningsbehoefte", "", "Wat %s nodig heeft" % n)
    say("doelen", "Voor de komende periode werken we aan deze doelen:", "Doelen")
    say("ondersteuning", "Dit gaan wij doen:", "Onze aanpak")
    say("afwijkingen_onderwijsprogramma", "", "Aanpassingen in het programma")
    say("adviezen_professionals", "", "Adviezen van deskundigen")
    say("inbreng_leerling", "", "Wat %s zelf zegt" % n)
    say("oogo", "", "Ons gesprek")
    say("evaluatie", "", "Evaluatie")
    say("informatie_rechten", "", "Uw rechten")
    say("vaststelling", "", "Vaststelling")
    c = consent(d)
    if c:
        b.append(("h2", "Instemming"))
        b.append(("p", "Wij vragen u het strookje hieronder te ondertekenen en binnen twee weken terug te geven aan de groepsleerkracht/mentor."))
        b += c
    b += [("p", "Met vriendelijke groet,"), ("p", "%s\n%s" % (d["director"], d["director_role"]))]
    return b


def L_beknopt(d):
    p = P(d)
    b = [("title", "Beknopt OPP"), ("sub", "%s – %s" % (d["swv"], d["school"]))]
    b += [("kv", [("Leerling", p["full"]), ("Geboortedatum", p["birth"]), (d.get("grp_label", "Groep"), p["grp"]),
                  ("Startdatum plan", dnum(d["date"])), ("Ingevuld door", d["ib"])])]
    rows = []
    for lab, el in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                    ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte")]:
        t = flat(el, d)
        if t is not None:
            rows.append([lab, t])
    b.append(("table", ["Perspectief", ""], rows))
    rows = []
    for lab, el in [("Doelen (komende 6 mnd)", "doelen"), ("Ondersteuning (wat/wie/hoe vaak)", "ondersteuning"),
                    ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Adviezen deskundigen", "adviezen_professionals"),
                    ("Inbreng leerling", "inbreng_leerling"), ("OOGO ouders", "oogo"), ("Evaluatie", "evaluatie"),
                    ("Vaststelling", "vaststelling"), ("Rechten", "informatie_rechten")]:
        t = flat(el, d)
        if t is not None:
            rows.append([lab, t])
    b.append(("table", ["Handelingsdeel", ""], rows))
    c = consent(d)
    if c:
        b.append(("h2", "Instemming ouders"))
        b += c
    return b


def L_beknopt_cc(d):
    """Word form with content controls: every field is an sdt; gaps keep the placeholder text."""
    p = P(d)
    b = [("title", "OPP-formulier (Word)"), ("sub", "%s – %s" % (d["school"], d["swv"]))]
    b += meta(d)
    for lab, el in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                    ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                    ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"),
                    ("Ondersteuning en begeleiding", "ondersteuning"), ("Afwijking onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
                    ("Adviezen deskundigen", "adviezen_professionals"), ("Mening van de leerling en wat we ermee doen", "inbreng_leerling"),
                    ("Overleg met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"),
                    ("Informatie voor ouders", "informatie_rechten")]:
        c = content(el, d)
        if c is None:
            continue
        b.append(("h2", lab))
        for x in c:
            if isinstance(x, str):
                b.append(("ccf", x))
            else:
                b.append(x)
    c = consent(d)
    if c:
        b.append(("h2", "Instemming handelingsdeel"))
        b += c
    return b


def L_parnassys(d):
    p = P(d)
    b = [("header", "ParnasSys – Leerling > Ontwikkelingsperspectief > Afdrukken"),
         ("title", "Ontwikkelingsperspectief"), ("kv", [("Leerling", p["full"]), ("Geboortedatum", p["birth"]), ("Groep", p["grp"]),
         ("School", d["school"]), ("Periode", "%s t/m %s" % (dnum(d["date"]), dnum(d["eval_date"]))), ("Status", "Vastgesteld" if d["kind"].get("vaststelling", "ok") == "ok" else "Concept")])]
    b.append(("h1", "Verantwoording"))
    section(b, "Stimulerende factoren", "bevorderende_factoren", d)
    section(b, "Belemmerende factoren", "belemmerende_factoren", d)
    section(b, "Ondersteuningsbehoefte", "ondersteuningsbehoefte", d)
    section(b, "Ambitieniveau en verwacht uitstroomprofiel", "uitstroombestemming", d)
    section(b, "Onderbouwing uitstroomprofiel", "onderbouwing", d)
    section(b, "Adviezen externe deskundigen", "adviezen_professionals", d)
    b.append(("h1", "Handelingsplan"))
    section(b, "Doelen", "doelen", d)
    section(b, "Aanpak / ondersteuning", "ondersteuning", d)
    section(b, "Afwijkingen van het programma", "afwijkingen_onderwijsprogramma", d)
    section(b, "Hoorrecht leerling", "inbreng_leerling", d)
    b.append(("h1", "Evaluatie en afspraken"))
    section(b, "Evaluatie", "evaluatie", d)
    section(b, "Gesprek met ouders", "oogo", d)
    section(b, "Vaststelling", "vaststelling", d)
    section(b, "Informatie ouders", "informatie_rechten", d)
    c = consent(d)
    if c:
        b.append(("h2", "Handtekeningen"))
        b += c
    b.append(("footer", "Afgedrukt uit ParnasSys door %s – %s" % (d["ib"], d["school"])))
    return b


def L_vo_export(d, system):
    p = P(d)
    b = [("header", "%s | Leerlingdossier | Begeleiding | OPP" % system),
         ("title", "OPP %s" % p["full"]),
         ("kv", [("Leerlingnummer", str(100000 + d["seed"] * 37)), ("Naam", p["full"]), ("Geboortedatum", p["birth"]),
                 ("Klas", p["grp"]), ("Mentor", d["mentor"]), ("Zorgcoördinator", d["ib"]), ("Locatie", "%s, %s" % (d["school"], d["place"])),
                 ("Datum OPP", dnum(d["date"]))])]
    items = [("Verwacht uitstroomniveau / diploma", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
             ("Belemmerende factoren", "belemmerende_factoren"), ("Beschermende factoren", "bevorderende_factoren"),
             ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuningsaanbod", "ondersteuning"),
             ("Aanpassingen programma (vrijstelling, rooster)", "afwijkingen_onderwijsprogramma"),
             ("Externe adviezen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"),
             ("OOGO", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"), ("Rechten ouders/leerling", "informatie_rechten")]
    for h, el in items:
        section(b, h, el, d)
    c = consent(d)
    if c:
        b.append(("h2", "Instemming handelingsdeel"))
        b += c
    b.append(("footer", "Export %s – %s – pagina-opmaak standaard" % (system, d["school"])))
    return b


def L_magister(d):
    return L_vo_export(d, "Magister")


def L_somtoday(d):
    return L_vo_export(d, "Somtoday")


def L_esis(d):
    p = P(d)
    b = [("header", "ESIS – Leerlingvolgsysteem – Rapport: Ontwikkelingsperspectief"),
         ("title", "Ontwikkelingsperspectief (OPP)")]
    b += meta(d, [("Datum", dnum(d["date"]))])
    rows = []
    for h, el in [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                  ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                  ("Ondersteuningsbehoeften", "ondersteuningsbehoefte")]:
        t = flat(el, d)
        if t is not None:
            rows.append([h, t])
    b.append(("h1", "A. Perspectief"))
    b.append(("table", ["Veld", "Waarde"], rows))
    b.append(("h1", "B. Handelingsdeel"))
    for h, el in [("B1 Doelen", "doelen"), ("B2 Ondersteuning", "ondersteuning"), ("B3 Afwijkingen", "afwijkingen_onderwijsprogramma"),
                  ("B4 Adviezen", "adviezen_professionals"), ("B5 Inbreng leerling", "inbreng_leerling")]:
        section(b, h, el, d)
    b.append(("h1", "C. Procedure"))
    for h, el in [("C1 OOGO", "oogo"), ("C2 Evaluatie", "evaluatie"), ("C3 Vaststelling", "vaststelling"), ("C4 Rechten", "informatie_rechten")]:
        section(b, h, el, d)
    c = consent(d)
    if c:
        b.append(("h2", "C5 Instemming"))
        b += c
    b.append(("footer", "ESIS rapportage – %s" % d["school"]))
    return b


def L_cvb(d):
    """so/vso format with uitstroomprofiel, CvB and leerlijnen."""
    p = P(d)
    b = [("title", "Ontwikkelingsperspectiefplan %s" % ("SO" if d["st"] == "so" else "VSO")),
         ("sub", "%s – %s" % (d["school"], d["cluster"]))]
    b += meta(d, [("Leeftijd", "%d jaar" % p["age"]), ("Datum", dnum(d["date"]))] + ([("Juridische status", d["legal"])] if d.get("legal") else []))
    b.append(("h1", "Deel 1 – Perspectief"))
    section(b, "Uitstroomprofiel en -bestemming", "uitstroombestemming", d)
    section(b, "Onderbouwing (incl. leerrendement)", "onderbouwing", d)
    section(b, "Belemmerende factoren", "belemmerende_factoren", d)
    section(b, "Bevorderende factoren", "bevorderende_factoren", d)
    section(b, "Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", d)
    section(b, "Advies Commissie voor de Begeleiding en overige deskundigen", "adviezen_professionals", d)
    b.append(("h1", "Deel 2 – Handelingsdeel"))
    section(b, "Leerlijnen en doelen", "doelen", d)
    section(b, "Ondersteuning, begeleiding, zorg", "ondersteuning", d)
    section(b, "Afwijkingen (eigen leerlijn, stage, rooster)", "afwijkingen_onderwijsprogramma", d)
    section(b, "Inbreng van de leerling", "inbreng_leerling", d)
    b.append(("h1", "Deel 3 – Procedure"))
    section(b, "Op overeenstemming gericht overleg", "oogo", d)
    section(b, "Evaluatie", "evaluatie", d)
    section(b, "Vaststelling", "vaststelling", d)
    section(b, "Informatie over rechten", "informatie_rechten", d)
    c = consent(d)
    if c:
        b.append(("h2", "Instemming handelingsdeel (%s)" % ("leerling" if d.get("adult") else "curator" if d.get("curatele") else "ouders")))
        b += c
    return b


def L_pro(d):
    p = P(d)
    b = [("title", "IOP / Ontwikkelingsperspectief praktijkonderwijs"), ("sub", d["school"])]
    b += meta(d, [("Stage", d.get("stage", "-"))])
    section(b, "Uitstroombestemming (arbeid / vervolgonderwijs)", "uitstroombestemming", d, "h1")
    section(b, "Onderbouwing", "onderbouwing", d)
    section(b, "Wat helpt", "bevorderende_factoren", d)
    section(b, "Wat belemmert", "belemmerende_factoren", d)
    section(b, "Onderwijsbehoeften", "ondersteuningsbehoefte", d)
    b.append(("h1", "Individueel ontwikkelingsplan (handelingsdeel)"))
    rows = []
    for h, el in [("Doelen arbeid, wonen, burgerschap, vrije tijd", "doelen"), ("Begeleiding", "ondersteuning"),
                  ("Programma / stage-uren", "afwijkingen_onderwijsprogramma")]:
        t = flat(el, d)
        if t is not None:
            rows.append([h, t])
    b.append(("table", None, rows))
    section(b, "Adviezen (jobcoach, orthopedagoog)", "adviezen_professionals", d)
    section(b, "Mijn mening (leerling)", "inbreng_leerling", d)
    section(b, "Gesprek ouders", "oogo", d)
    section(b, "Evaluatie", "evaluatie", d)
    section(b, "Vaststelling", "vaststelling", d)
    section(b, "Uw rechten", "informatie_rechten", d)
    c = consent(d)
    if c:
        b.append(("h2", "Instemming"))
        b += c
    return b


def L_plain(d):
    """plain-text export from an intranet form (txt/md)."""
    return L_question(d) if d.get("plain_style") == "q" else L_swv_numbered(d)


LAYOUTS = {"swv-numbered": L_swv_numbered, "two-column-table": L_two_column, "domain-table": L_domain_table,
           "groeidocument": L_groeidocument, "question-headings": L_question, "letter": L_letter,
           "beknopt-opp": L_beknopt, "word-form-contentcontrols": L_beknopt_cc, "parnassys-export": L_parnassys,
           "magister-export": L_magister, "somtoday-export": L_somtoday, "esis-export": L_esis,
           "so-vso-cvb": L_cvb, "pro-iop": L_pro}
