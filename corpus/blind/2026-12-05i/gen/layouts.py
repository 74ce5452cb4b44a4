"""Eight OPP layouts plus three non-OPP documents, each producing the block model of render.py."""
from content import body, lang, kort, plus, MAANDEN

def var(s, el, p):
    if el in s: return s[el]
    if el == "inbreng_leerling" and (not p["post"] or p.get("adult")): return "omit"
    return "ok"

def sec(B, head, el, s, p, voice="formal", level="h2"):
    b = body(el, p, var(s, el, p), voice)
    if b is None: return
    B.append((level, head))
    for x in b: B.append(("li", x[1]) if isinstance(x, tuple) else ("p", x))

def val(el, s, p, voice="formal"):
    b = body(el, p, var(s, el, p), voice)
    if b is None: return None
    return "\n".join(("- " + x[1]) if isinstance(x, tuple) else x for x in b)

def kvrow(rows, key, el, s, p, voice="field"):
    v = val(el, s, p, voice)
    if v is not None: rows.append((key, v))

# ------------------------------------------------------------------ consent
def consent(p, v, labels):
    """labels = (akkoord, niet akkoord, gedeeltelijk). Returns (checks, notes, sign) or None."""
    ak, nak, ged = labels
    d_par = kort(plus(p["date"], 3)); d_sch = kort(p["date"])
    par, sch = p["ouder1"], p["dir"]
    ck = lambda a=False, b=False, c=False, cg="": [(a, ak), (b, nak), (c, ged + cg)]
    if v == "omit" or v == "omit_avg": return None
    if v == "ok": return ck(True), [], [("Ouder/verzorger", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "gezien": return ck(), ["Opmerking ouder bij ondertekening: voor gezien."], [("Ouder/verzorger (voor gezien)", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "protest": return ck(), [f"Ouders tekenen onder protest: zij vinden dat de begeleiding van {p['first']} te laat start en te weinig uren omvat."], [("Ouder/verzorger", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "refused": return ck(b=True), [f"Toelichting ouders: wij zijn het niet eens met de verwachte uitstroombestemming en de geboden ondersteuning."], [("Ouder/verzorger", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "partial": return ck(c=True, cg=": wel met de extra instructie, niet met de aanpassing van het programma"), [], [("Ouder/verzorger", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "school": return ck(), [], [("Ouder/verzorger", par, False, ""), ("School (directeur)", sch, True, d_sch)]
    if v == "unticked": return ck(), [], [("Ouder/verzorger", par, True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "blank": return ck(), [], [("Ouder/verzorger", par, False, ""), ("School (directeur)", sch, False, "")]
    if v == "nodate": return ck(True), [], [("Ouder/verzorger", par, True, ""), ("School (directeur)", sch, True, d_sch)]
    if v == "adult_self": return ck(True), [f"{p['first']} is meerderjarig en handelingsbekwaam en tekent zelf voor instemming."], [("Leerling (18+)", p["name"], True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "curator": return ck(True), [f"{p['first']} staat onder curatele; de curator stemt namens {p['hem']} in."], [("Curator", p["curator"], True, d_par), ("Leerling (voor gezien)", p["name"], True, d_par), ("School (directeur)", sch, True, d_sch)]
    if v == "curatele_self": return ck(True), [], [("Leerling", p["name"], True, d_par), ("Curator", p["curator"], False, ""), ("School (directeur)", sch, True, d_sch)]
    raise KeyError(v)

def avg_block(p):
    return [("h2", "Toestemming beeldmateriaal en gegevensuitwisseling (AVG)"),
            ("p", f"Ouders geven toestemming voor het gebruik van foto's en video's van {p['first']} in de schoolgids, op de website en in de ouderapp, en voor het delen van gegevens met de ambulant begeleider."),
            ("checks", [(True, "Foto's/video's in schoolgids en op website"), (True, "Foto's in de ouderapp"), (False, "Foto's op sociale media")]),
            ("sign", [("Ouder/verzorger", p["ouder1"], True, kort(plus(p["date"], 2)))])]

def add_consent(B, p, s, head, intro, labels, level="h2"):
    v = s.get("instemming_ouders", "ok")
    if v == "omit_avg":
        B += avg_block(p); return
    c = consent(p, v, labels)
    if c is None: return
    checks, notes, sign = c
    B.append((level, head))
    if intro: B.append(("p", intro))
    B.append(("checks", checks))
    for n in notes: B.append(("p", n))
    B.append(("sign", sign))

def pupil_kv(p, extra=()):
    rows = [("Naam leerling", p["name"]), ("Geboortedatum", kort(p["birth"])), ("School", f"{p['school']}, {p['plaats']}"),
            ("Groep/klas", p["groep"])]
    if p.get("adult"): rows.append(("Meerderjarig", "ja; handelingsbekwaam, geen curatele of mentorschap"))
    if p.get("curatele"): rows.append(("Wettelijk vertegenwoordiger", f"{p['curator']}, curator (curatele uitgesproken door de rechtbank)"))
    if not p.get("adult") and not p.get("curatele"): rows.append(("Ouders/verzorgers", f"{p['ouder1']}" + (f", {p['ouder2']}" if p['idx'] % 3 else "")))
    return rows + list(extra)

DOMEINEN = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]

def factor_table(p, s):
    vb, vv = var(s, "belemmerende_factoren", p), var(s, "bevorderende_factoren", p)
    cols = ["Domein"]
    if vb != "omit": cols.append("Belemmerend")
    if vv != "omit": cols.append("Bevorderend")
    def cells(el, v, items):
        if v == "ok": return [items[i] if i < len(items) else "" for i in range(4)]
        b = body(el, p, v)
        return [(b[0] if b else "")] + [""] * 3
    cb = cells("belemmerende_factoren", vb, p["belem"]); cv = cells("bevorderende_factoren", vv, p["bevor"])
    rows = []
    for i, d in enumerate(DOMEINEN):
        r = [d]
        if vb != "omit": r.append(cb[i])
        if vv != "omit": r.append(cv[i])
        rows.append(r)
    return ("table", cols, rows)

# ------------------------------------------------------------------ L1 swv-genummerd
def L_swv(p, s):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("sub", "Samenwerkingsverband Passend Onderwijs Lindevaart – format OPP po/vo, versie augustus 2025"),
         ("h1", "1. Gegevens leerling en school"), ("kv", pupil_kv(p, [("Datum opstellen OPP", kort(p["date"])),
                                                                      ("Intern begeleider / zorgcoördinator", p["ib"])])),
         ("h1", "2. Ontwikkelingsperspectief")]
    sec(B, "2.1 Te verwachten uitstroombestemming", "uitstroombestemming", s, p)
    sec(B, "2.2 Onderbouwing van de uitstroombestemming", "onderbouwing", s, p)
    B += [("h1", "3. Belemmerende en bevorderende factoren"), ("p", "Per domein is aangegeven wat de ontwikkeling belemmert en wat haar bevordert."), factor_table(p, s)]
    sec(B, "4. Onderwijsbehoeften", "ondersteuningsbehoefte", s, p, level="h1")
    B.append(("h1", "5. Handelingsdeel"))
    sec(B, "5.1 Te bieden ondersteuning en begeleiding", "ondersteuning", s, p)
    sec(B, "5.2 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", s, p)
    sec(B, "5.3 Doelen voor de komende periode", "doelen", s, p)
    sec(B, "6. Adviezen van externe deskundigen", "adviezen_professionals", s, p, level="h1")
    B.append(("h1", "7. Betrokkenheid ouders en leerling"))
    sec(B, "7.1 Op overeenstemming gericht overleg", "oogo", s, p)
    sec(B, "7.2 Inbreng van de leerling", "inbreng_leerling", s, p)
    sec(B, "8. Evaluatie", "evaluatie", s, p, level="h1")
    sec(B, "9. Rechten van ouders", "informatie_rechten", s, p, level="h1")
    B.append(("h1", "10. Vaststelling en ondertekening"))
    sec(B, "10.1 Vaststelling door het bevoegd gezag", "vaststelling", s, p)
    add_consent(B, p, s, "10.2 Instemming met het handelingsdeel",
                "Ondergetekende(n), ouder(s)/verzorger(s), verklaren het OPP te hebben ontvangen en besproken en gaan:",
                ("akkoord met het handelingsdeel (hoofdstuk 5)", "niet akkoord met het handelingsdeel", "gedeeltelijk akkoord"))
    return dict(blocks=B, footer=f"OPP {p['name']} – SWV Lindevaart – vertrouwelijk", meta_title=f"OPP {p['name']}")

# ------------------------------------------------------------------ L2 groeidocument
def L_groei(p, s):
    n = p["first"]
    B = [("title", f"Groeidocument {p['name']}"), ("sub", f"{p['school']} · {p['plaats']} · {p['groep']} · bijgewerkt {lang(plus(p['date'], 1))}"),
         ("h1", "Hoofdstuk 1  Aanleiding"),
         ("p", f"Dit groeidocument volgt de ontwikkeling van {n} sinds de aanmelding bij het ondersteuningsteam. "
               f"De hulpvraag van school: hoe sluiten we beter aan bij {n}? De hulpvraag van ouders: hoe voorkomen we dat {p['hij']} vastloopt?"),
         ("kv", pupil_kv(p)),
         ("h1", f"Hoofdstuk 2  Wie is {n}?")]
    sec(B, f"Wat helpt {n}?", "bevorderende_factoren", s, p, "groei")
    sec(B, "Wat maakt leren lastig?", "belemmerende_factoren", s, p, "groei")
    sec(B, "Hoofdstuk 3  Onderwijsbehoeften", "ondersteuningsbehoefte", s, p, "groei", level="h1")
    sec(B, "Hoofdstuk 4  Onderzoek en adviezen", "adviezen_professionals", s, p, "groei", level="h1")
    B.append(("h1", "Hoofdstuk 5  Ontwikkelingsperspectief (OPP)"))
    B.append(("p", "Dit hoofdstuk is het ontwikkelingsperspectiefplan. Paragraaf 5.3 t/m 5.5 vormen het handelingsdeel."))
    sec(B, "5.1 Perspectief na deze school", "uitstroombestemming", s, p, "groei")
    sec(B, "5.2 Waarop baseren we dit perspectief?", "onderbouwing", s, p, "groei")
    sec(B, "5.3 Aanpak en begeleiding", "ondersteuning", s, p, "groei")
    sec(B, "5.4 Aangepast programma", "afwijkingen_onderwijsprogramma", s, p, "groei")
    sec(B, "5.5 Leerdoelen", "doelen", s, p, "groei")
    B.append(("h1", "Hoofdstuk 6  Afspraken en ondertekening"))
    sec(B, "Gesprek met ouders", "oogo", s, p, "groei")
    sec(B, f"Stem van {n}", "inbreng_leerling", s, p, "groei")
    sec(B, "Wanneer kijken we terug?", "evaluatie", s, p, "groei")
    sec(B, "Wat als u het niet eens bent?", "informatie_rechten", s, p, "groei")
    sec(B, "Vaststelling", "vaststelling", s, p, "groei")
    add_consent(B, p, s, "Ondertekening", "Met ondertekening geven ouders aan of zij instemmen met het handelingsdeel (5.3 t/m 5.5).",
                ("Wij stemmen in met het handelingsdeel", "Wij stemmen niet in", "Wij stemmen gedeeltelijk in"))
    return dict(blocks=B, bold_heads=True, font="Arial", meta_title="Groeidocument")

# ------------------------------------------------------------------ L3 beknopt OPP (form)
def L_beknopt(p, s, blank=False):
    rows = [("Naam", p["name"]), ("Geboortedatum", kort(p["birth"])), ("School / groep", f"{p['school']} / {p['groep']}")]
    R = []
    kvrow(R, "Uitstroomniveau (verwacht)", "uitstroombestemming", s, p)
    kvrow(R, "Onderbouwing (toetsen, IQ, verloop)", "onderbouwing", s, p)
    kvrow(R, "Belemmerend", "belemmerende_factoren", s, p)
    kvrow(R, "Bevorderend", "bevorderende_factoren", s, p)
    kvrow(R, "Onderwijsbehoeften", "ondersteuningsbehoefte", s, p)
    kvrow(R, "Ondersteuning (wat/wie/hoe vaak/vanaf)", "ondersteuning", s, p)
    kvrow(R, "Afwijkend programma", "afwijkingen_onderwijsprogramma", s, p)
    kvrow(R, "Doelen", "doelen", s, p)
    kvrow(R, "Advies externe deskundige(n)", "adviezen_professionals", s, p)
    kvrow(R, "Besproken met ouders (datum, wie)", "oogo", s, p)
    kvrow(R, "Mening leerling + wat ermee gedaan", "inbreng_leerling", s, p)
    kvrow(R, "Evaluatiemomenten", "evaluatie", s, p)
    kvrow(R, "Informatie rechten ouders", "informatie_rechten", s, p)
    kvrow(R, "Vastgesteld (datum, door)", "vaststelling", s, p)
    B = [("title", "Beknopt OPP"), ("sub", "Invulformulier ontwikkelingsperspectief – één A4 waar mogelijk"),
         ("kv", rows), ("kv", R)]
    add_consent(B, p, s, "Instemming handelingsdeel", "Ouders/verzorgers (aankruisen wat van toepassing is):",
                ("akkoord", "niet akkoord", "deels akkoord"))
    return dict(blocks=B, meta_title="Beknopt OPP", cc=True)

# ------------------------------------------------------------------ L4 question headings
def L_vragen(p, s):
    n = p["first"]
    B = [("title", f"Het plan voor {n}"), ("sub", f"Ontwikkelingsperspectief in gewone taal – {p['school']}"),
         ("h2", f"Over wie gaat dit plan?"), ("p", f"{p['name']}, geboren {lang(p['birth'])}, zit in {p['groep']}.")]
    sec(B, f"Waar gaat {n} na deze school waarschijnlijk naartoe?", "uitstroombestemming", s, p, "plain")
    sec(B, "Waarom denken we dat?", "onderbouwing", s, p, "plain")
    sec(B, "Wat gaat goed?", "bevorderende_factoren", s, p, "plain")
    sec(B, "Wat is lastig?", "belemmerende_factoren", s, p, "plain")
    sec(B, f"Wat heeft {n} nodig om te leren?", "ondersteuningsbehoefte", s, p, "plain")
    sec(B, f"Welke hulp krijgt {n}, van wie en hoe vaak?", "ondersteuning", s, p, "plain")
    sec(B, f"Krijgt {n} ander lesprogramma dan de klas?", "afwijkingen_onderwijsprogramma", s, p, "plain")
    sec(B, "Wat willen we bereiken?", "doelen", s, p, "plain")
    sec(B, "Wat zeggen de deskundigen?", "adviezen_professionals", s, p, "plain")
    sec(B, f"Wat vindt {n} er zelf van?", "inbreng_leerling", s, p, "plain")
    sec(B, "Hebben we dit samen besproken?", "oogo", s, p, "plain")
    sec(B, "Wanneer praten we weer?", "evaluatie", s, p, "plain")
    sec(B, "Niet eens met het plan? Dit kunt u doen", "informatie_rechten", s, p, "plain")
    sec(B, "Wie heeft het plan vastgesteld?", "vaststelling", s, p, "plain")
    add_consent(B, p, s, "Bent u het eens met de hulp in dit plan?", "Kruis aan en zet uw handtekening.",
                ("Ja, ik ben het eens", "Nee, ik ben het niet eens", "Voor een deel"))
    return dict(blocks=B, meta_title=f"Plan {n}")

# ------------------------------------------------------------------ L5 letter to parents
def L_brief(p, s):
    n = p["first"]
    B = [("title", p["school"]), ("small", f"Postbus {100 + p['idx']}, {p['plaats']} · tel. 0{p['idx']%9+1}12-{345600 + p['idx']} · info@{p['school'].split()[-1].lower()}.nl"),
         ("p", f"Aan de ouders/verzorgers van {p['name']}"),
         ("p", f"{p['plaats']}, {lang(plus(p['date'], 1))}"),
         ("p", f"Betreft: het ontwikkelingsperspectief van {n}"),
         ("p", "Beste ouders/verzorgers,"),
         ("p", f"Zoals besproken sturen wij u het ontwikkelingsperspectief van uw {p['zoon']}. In deze brief leest u wat wij verwachten en wat wij gaan doen.")]
    sec(B, "Wat verwachten we?", "uitstroombestemming", s, p, "letter")
    sec(B, "Hoe komen we daarbij?", "onderbouwing", s, p, "letter")
    sec(B, f"Waar {n} tegenaan loopt", "belemmerende_factoren", s, p, "letter")
    sec(B, f"Waar {n} sterk in is", "bevorderende_factoren", s, p, "letter")
    sec(B, f"Wat {n} van ons nodig heeft", "ondersteuningsbehoefte", s, p, "letter")
    sec(B, "Wat wij gaan doen", "ondersteuning", s, p, "letter")
    sec(B, "Anders dan het gewone programma", "afwijkingen_onderwijsprogramma", s, p, "letter")
    sec(B, "Waar we naartoe werken", "doelen", s, p, "letter")
    sec(B, "Advies van buiten de school", "adviezen_professionals", s, p, "letter")
    sec(B, "Ons gesprek", "oogo", s, p, "letter")
    sec(B, f"Wat {n} zelf zei", "inbreng_leerling", s, p, "letter")
    sec(B, "Terugkijken", "evaluatie", s, p, "letter")
    sec(B, "Uw rechten", "informatie_rechten", s, p, "letter")
    sec(B, "Vaststelling", "vaststelling", s, p, "letter")
    B += [("p", "Wilt u de antwoordstrook binnen twee weken ingevuld terugsturen of afgeven bij de leerkracht/mentor?"),
          ("p", "Met vriendelijke groet,"), ("p", f"{p['ib']}, intern begeleider\n{p['mentor']}")]
    if s.get("instemming_ouders", "ok") not in ("omit",):
        B.append(("pb",))
    add_consent(B, p, s, "Antwoordstrook", f"Ouder(s)/verzorger(s) van {p['name']} verklaren over het handelingsdeel ('Wat wij gaan doen', 'Anders dan het gewone programma', 'Waar we naartoe werken'):",
                ("Ik ga/wij gaan akkoord", "Ik ga/wij gaan niet akkoord", "Ik ga/wij gaan gedeeltelijk akkoord"))
    return dict(blocks=B, bold_heads=True, font="Georgia", meta_title=f"Brief OPP {n}")

# ------------------------------------------------------------------ L6 pupil-administration export
def L_export(p, s):
    def f(el, key, R):
        v = val(el, s, p, "field")
        if v is not None: R.append((key, v if v else ""))
    B = [("p", f"Leerling: {p['name']} (lln.nr. {40210 + p['idx']*13})   Geb.: {kort(p['birth'])}   {p['groep']}"),
         ("h1", "TABBLAD: PERSPECTIEF")]
    R = [("OPP-status", "Actief"), ("Ingangsdatum", kort(p["date"]))]
    f("uitstroombestemming", "Uitstroom verwacht", R); f("onderbouwing", "Onderbouwing uitstroom", R)
    B.append(("kv", R)); B.append(("h1", "TABBLAD: LEERLINGKENMERKEN")); R = []
    f("belemmerende_factoren", "Belemmerende factoren", R); f("bevorderende_factoren", "Stimulerende factoren", R)
    f("ondersteuningsbehoefte", "Onderwijsbehoeften", R)
    if R: B.append(("kv", R))
    B.append(("h1", "TABBLAD: HANDELINGSDEEL")); R = []
    f("ondersteuning", "Interventies / begeleiding", R); f("afwijkingen_onderwijsprogramma", "Afwijking curriculum", R); f("doelen", "Doelen (SMART)", R)
    if R: B.append(("kv", R))
    B.append(("h1", "TABBLAD: BETROKKENEN")); R = []
    f("adviezen_professionals", "Externe adviezen", R); f("oogo", "OOGO (datum/deelnemers)", R); f("inbreng_leerling", "Leerlingparticipatie", R)
    f("evaluatie", "Evaluatieplanning", R); f("informatie_rechten", "Info rechten ouders", R)
    if R: B.append(("kv", R))
    B.append(("h1", "TABBLAD: VASTSTELLING")); R = []
    f("vaststelling", "Vaststelling", R)
    v = s.get("instemming_ouders", "ok")
    if v == "omit_avg":
        R += [("Toestemming AVG beeldmateriaal", f"Ja – ondertekend door {p['ouder1']} op {kort(plus(p['date'], 2))}"), ("Toestemming delen gegevens SWV", "Ja")]
    else:
        c = consent(p, v, ("Akkoord", "Niet akkoord", "Gedeeltelijk akkoord"))
        if c:
            checks, notes, sign = c
            st = [l for ch, l in checks if ch]
            R.append(("Instemming handelingsdeel", st[0] if st else "(geen keuze vastgelegd)"))
            for role, name, signed, date in sign:
                R.append((f"Ondertekening {role.lower()}", (f"getekend – {name}" if signed else f"niet getekend – {name}") + (f" – {date}" if date else " – datum: (leeg)")))
            for n_ in notes: R.append(("Opmerking", n_))
    if R: B.append(("kv", R))
    return dict(blocks=B, header=f"LeerlingVolg Online · Export ontwikkelingsperspectief · {p['school']} · VERTROUWELIJK",
                footer=f"Afgedrukt {kort(plus(p['date'], 4))} 14:{10 + p['idx'] % 49:02d} door {p['ib'].split()[-1].lower()} · pagina {{page}}",
                meta_title="LVO export")

# ------------------------------------------------------------------ L7 so/vso plan with uitstroomprofiel
def L_sovso(p, s):
    n = p["first"]
    prof = {"vervolg": "Vervolgonderwijs", "vso-vo": "Vervolgonderwijs", "arb": "Arbeidsmarktgericht", "vso-arb": "Arbeidsmarktgericht", "dag": "Dagbesteding"}.get(p["destkey"])
    B = [("title", f"Ontwikkelingsperspectief {'VSO' if p['type'] == 'vso' else 'SO'}"),
         ("sub", f"{p['school']} – expertisecentrum voor speciaal onderwijs, {p['plaats']} – schooljaar {p['date'].year if p['date'].month >= 8 else p['date'].year-1}-{(p['date'].year if p['date'].month >= 8 else p['date'].year-1)+1}"),
         ("h1", "A. Personalia"), ("kv", pupil_kv(p, [("Toelaatbaarheidsverklaring", f"TLV {'cat. 1' if p['idx']%2 else 'cat. 2'}, geldig t/m 31-07-{p['date'].year+2}")])),
         ("h1", "B. Uitstroomprofiel")]
    v = var(s, "uitstroombestemming", p)
    if v == "ok":
        B.append(("checks", [(prof == "Vervolgonderwijs", "Vervolgonderwijs"), (prof == "Arbeidsmarktgericht", "Arbeidsmarktgericht"),
                             (prof == "Dagbesteding", "Dagbesteding"), (prof is None, "Anders, namelijk: " + (p["dest"] if prof is None else ""))]))
        B.append(("p", "Toelichting: " + p["dest"] + "."))
    elif v != "omit":
        B.append(("checks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding"), (False, "Anders, namelijk: ")]))
        b = body("uitstroombestemming", p, v)
        if b: B.append(("p", "Toelichting: " + b[0]))
    sec(B, "Onderbouwing uitstroomprofiel", "onderbouwing", s, p, "sovso")
    B += [("h1", "C. Beeld van de leerling"), factor_table(p, s)]
    sec(B, "Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte", s, p, "sovso")
    B.append(("h1", "D. Handelingsdeel"))
    sec(B, "Ondersteuning, begeleiding en zorg", "ondersteuning", s, p, "sovso")
    sec(B, "Leerlijnen en afwijkingen van het programma", "afwijkingen_onderwijsprogramma", s, p, "sovso")
    sec(B, "Doelen per leergebied", "doelen", s, p, "sovso")
    sec(B, "E. Advies commissie voor de begeleiding en externe deskundigen", "adviezen_professionals", s, p, "sovso", level="h1")
    B.append(("h1", "F. Overleg, participatie en evaluatie"))
    sec(B, "Op overeenstemming gericht overleg", "oogo", s, p, "sovso")
    sec(B, f"Hoorrecht: inbreng van {n}", "inbreng_leerling", s, p, "sovso")
    sec(B, "Evaluatie", "evaluatie", s, p, "sovso")
    sec(B, "Rechten en geschillen", "informatie_rechten", s, p, "sovso")
    B.append(("h1", "G. Vaststelling en instemming"))
    sec(B, "Vaststelling", "vaststelling", s, p, "sovso")
    who = "de leerling (18+)" if p.get("adult") else ("de curator" if p.get("curatele") else "ouders/verzorgers")
    add_consent(B, p, s, "Instemming handelingsdeel", f"Instemming door {who}:",
                ("Instemming met het handelingsdeel", "Geen instemming", "Gedeeltelijke instemming"))
    return dict(blocks=B, footer=f"OPP {n} – {p['school']}", meta_title="OPP SO/VSO")

# ------------------------------------------------------------------ L8 praktijkonderwijs IOP
def L_iop(p, s):
    n = p["first"]
    B = [("title", f"IOP – Individueel Ontwikkelingsplan van {n}"),
         ("sub", f"{p['school']} · dit IOP is tevens het ontwikkelingsperspectiefplan (OPP) · {p['groep']}"),
         ("kv", [("Leerling", p["name"]), ("Geboortedatum", kort(p["birth"])), ("Mentor", p["mentor"]), ("Stagecoördinator", p["ab"])]
          + ([("Meerderjarig", "ja, handelingsbekwaam")] if p.get("adult") else []))]
    sec(B, "Mijn toekomst: waar ga ik naartoe?", "uitstroombestemming", s, p, "iop")
    sec(B, "Waarom is dat haalbaar?", "onderbouwing", s, p, "iop")
    vb, vv = val("belemmerende_factoren", s, p), val("bevorderende_factoren", s, p)
    if vb is not None or vv is not None:
        B.append(("h1", "Wat werkt mee, wat werkt tegen"))
        hdr = [h for h, v in (("Wat werkt tegen", vb), ("Wat werkt mee", vv)) if v is not None]
        B.append(("table", hdr, [[v for v in (vb, vv) if v is not None]]))
    sec(B, "Wat ik nodig heb", "ondersteuningsbehoefte", s, p, "iop", level="h1")
    sec(B, "Begeleiding op school en op stage", "ondersteuning", s, p, "iop", level="h1")
    sec(B, "Mijn rooster en stage (afwijkend programma)", "afwijkingen_onderwijsprogramma", s, p, "iop", level="h1")
    sec(B, "Mijn leerdoelen", "doelen", s, p, "iop", level="h1")
    sec(B, "Adviezen van deskundigen", "adviezen_professionals", s, p, "iop", level="h1")
    sec(B, "Gesprek met ouders/verzorgers", "oogo", s, p, "iop", level="h1")
    sec(B, "Mijn inbreng", "inbreng_leerling", s, p, "iop", level="h1")
    sec(B, "IOP-gesprekken en evaluatie", "evaluatie", s, p, "iop", level="h1")
    sec(B, "Rechten", "informatie_rechten", s, p, "iop", level="h1")
    sec(B, "Vaststelling", "vaststelling", s, p, "iop", level="h1")
    add_consent(B, p, s, "Handtekeningen", "Instemming met het handelingsdeel (begeleiding, rooster/stage, leerdoelen):",
                ("eens", "oneens", "deels eens"), level="h1")
    return dict(blocks=B, meta_title="IOP")

LAYOUTS = {"swv-genummerd": L_swv, "groeidocument": L_groei, "beknopt-formulier": L_beknopt, "vragen-gewone-taal": L_vragen,
           "brief-ouders": L_brief, "las-export": L_export, "so-vso-uitstroomprofiel": L_sovso, "pro-iop": L_iop}

# ------------------------------------------------------------------ non-OPP documents
def leaflet():
    B = [("title", "Wat is een OPP?"), ("sub", "Informatie voor ouders – Samenwerkingsverband Passend Onderwijs Lindevaart"),
         ("h2", "Waarom een ontwikkelingsperspectiefplan?"),
         ("p", "Heeft uw kind extra ondersteuning nodig die de school niet met de gewone middelen kan bieden, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. "
               "Daarin staat welke uitstroombestemming de school verwacht en waarom, wat uw kind belemmert en wat helpt, en welke ondersteuning de school biedt."),
         ("h2", "Wat is uw rol?"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Over het deel met de ondersteuning (het handelingsdeel) moet u instemmen. "
               "Sinds 1 augustus 2025 wordt ook de mening van uw kind gevraagd en beschreven."),
         ("h2", "En als u het niet eens bent?"),
         ("p", "Ga eerst in gesprek met de school. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs (binnen zes weken)."),
         ("h2", "Hoe vaak wordt het plan besproken?"), ("p", "Minstens één keer per schooljaar evalueert de school het plan met u."),
         ("small", "Ouder- en Jeugdsteunpunt Lindevaart · bereikbaar op werkdagen 9-12 uur · dit is een algemene folder, geen plan voor uw kind.")]
    return dict(blocks=B, meta_title="Folder OPP")

def newsletter():
    B = [("title", "Nieuwsbrief ikc De Boomgaard – december"),
         ("h2", "Sinterklaas en de kerstviering"), ("p", "Wat een feest was het op 5 december! De kerstviering is op donderdag 17 december van 17.00 tot 18.30 uur."),
         ("h2", "Nieuws van de intern begeleider"),
         ("p", "In januari plannen we de evaluatiegesprekken van de ontwikkelingsperspectiefplannen. Ouders van leerlingen met een OPP ontvangen hiervoor een uitnodiging. "
               "Vanaf dit schooljaar praten we ook met de kinderen zelf over hun plan."),
         ("h2", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u geen vlechten of gel in het haar?"),
         ("h2", "Agenda"), ("table", ["Datum", "Activiteit"], [["17 dec", "Kerstviering"], ["21 dec – 1 jan", "Kerstvakantie"], ["12 jan", "Studiedag, leerlingen vrij"]])]
    return dict(blocks=B, meta_title="Nieuwsbrief")

BLANK_FIELDS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
                "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "evaluatie", "vaststelling", "instemming_ouders"]

def blank_format():
    rows = [("Naam", ""), ("Geboortedatum", ""), ("School / groep", "")]
    R = [(k, "") for k in ["Uitstroomniveau (verwacht)", "Onderbouwing (toetsen, IQ, verloop)", "Belemmerend", "Bevorderend", "Onderwijsbehoeften",
                           "Ondersteuning (wat/wie/hoe vaak/vanaf)", "Afwijkend programma", "Doelen", "Advies externe deskundige(n)",
                           "Besproken met ouders (datum, wie)", "Evaluatiemomenten", "Vastgesteld (datum, door)"]]
    B = [("title", "Beknopt OPP"), ("sub", "Invulformulier ontwikkelingsperspectief – versie 2023 (leeg format)"), ("kv", rows), ("kv", R),
         ("h2", "Instemming handelingsdeel"), ("p", "Ouders/verzorgers (aankruisen wat van toepassing is):"),
         ("checks", [(False, "akkoord"), (False, "niet akkoord"), (False, "deels akkoord")]),
         ("sign", [("Ouder/verzorger", "", False, ""), ("School (directeur)", "", False, "")])]
    return dict(blocks=B, meta_title="Beknopt OPP leeg")
