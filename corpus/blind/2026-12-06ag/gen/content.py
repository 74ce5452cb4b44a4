"""Element content by status/variant. Returns a list of blocks; None when the element is absent."""
import datetime as dt

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

def d_num(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"

def d_long(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"

def fill(s, P):
    return s.replace("{n}", P["first"]).replace("{hij}", "hij" if P["gender"] == "m" else "zij").replace("{zijn}", "zijn" if P["gender"] == "m" else "haar")

def ff(lst, P):
    return [fill(x, P) for x in lst]


def uitstroom(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        b = [("p", "Verwachte uitstroombestemming: " + fill(A["uitstroom"], P))]
        if A["per_leerjaar"] and doc.layout in ("vakperspectief", "swv-genummerd", "groeidocument"):
            b.append(("tbl", ["Leerjaar", "Perspectief"], [list(r) for r in A["per_leerjaar"]]))
        return b
    if var == "unticked":
        return [("p", "Uitstroomperspectief (aankruisen):"), ("ticks", [(False, o) for o in A["uit_opties"]])]
    if var == "ticked":
        return [("p", "Uitstroomperspectief:"), ("ticks", [(i == A["uit_keuze"], o) for i, o in enumerate(A["uit_opties"])]), ("p", "Toelichting: " + fill(A["uitstroom"], P))]
    if var == "ntb":
        return [("p", "Uitstroombestemming: nog te bepalen, wordt na de rapportvergadering in overleg vastgesteld.")]
    if var == "dash":
        return [("kv", [("Uitstroomprofiel", "-"), ("Niveau", "-")])]
    if var == "instr":
        return [("ph", "[Vul hier het verwachte uitstroomniveau in, bijvoorbeeld vmbo-b, vmbo-k, vmbo-gt, havo of vwo, en het vervolg daarna.]")]
    if var == "rowdots":
        rows = [list(r) for r in A["per_leerjaar"][:-1]] + [["uitstroom na deze school", "…"]]
        return [("tbl", ["Leerjaar", "Perspectief"], rows)]
    if var == "heading":
        return []
    raise ValueError(var)


def onderbouwing(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        b = [("p", fill(A["onderbouwing"], P))]
        if A["per_vak"] and doc.layout in ("vakperspectief", "systeemexport", "leerling-eerst"):
            b.append(("tbl", ["Vak", "Niveau", "Toelichting"], [list(ff(r, P)) for r in A["per_vak"]]))
        return b
    return {
        "ref": [("p", "Zie het toetsoverzicht en de rapportcijfers in het leerlingvolgsysteem.")],
        "ntb": [("p", "Nog aanvullen na afname van de Cito VAS (volgt).")],
        "dash": [("kv", [("Onderbouwing", "-")])],
        "instr": [("ph", "Onderbouw hier het uitstroomperspectief met toetsgegevens (methode-onafhankelijke toetsen, IQ-gegevens), de schoolloopbaan en de ontwikkeling van de leerling.")],
        "generic": [("p", "Het perspectief is gebaseerd op de gegevens die de school van alle leerlingen verzamelt: rapportcijfers, methodetoetsen en de observaties van docenten.")],
        "heading": [],
    }[var]


def factors(doc, var, which):
    P, A = doc.P, doc.A
    src = A["bel"] if which == "bel" else A["bev"]
    if var == "present":
        return [("domains", {k: fill(v, P) for k, v in src.items()})]
    if var == "emptycol":
        return [("domains", {k: "" for k in src})]
    if var == "dashcol":
        return [("domains", {k: "-" for k in src})]
    if var == "generic":
        if which == "bel":
            return [("p", "Leerlingen met een ontwikkelingsperspectief hebben vaak te maken met leerachterstanden, concentratieproblemen of problemen thuis. Deze factoren kunnen het leren belemmeren.")]
        return [("p", "Iedere leerling heeft talenten. Op onze school zien we bij alle leerlingen kansen; de school biedt een veilige omgeving en betrokken mentoren.")]
    if var == "ntb":
        return [("p", "nog aanvullen")]
    if var == "instr":
        return [("ph", "Beschrijf hier de " + ("belemmerende" if which == "bel" else "bevorderende (stimulerende) ") + " factoren op het gebied van leren, werkhouding, sociaal-emotionele ontwikkeling en thuissituatie.")]
    if var == "ref":
        return [("p", "Zie het verslag van het psychologisch onderzoek (bijlage 2).")]
    if var == "heading":
        return []
    raise ValueError(var)


def behoefte(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        return [("p", fill("{n} heeft nodig:", P)), ("bul", ff(A["behoefte"], P))]
    return {
        "generic": [("p", "Een veilige en gestructureerde leeromgeving, duidelijke uitleg en een mentor die betrokken is; dit bieden wij alle leerlingen in de basisondersteuning.")],
        "ntb": [("p", "n.t.b.")],
        "instr": [("ph", "Wat heeft de leerling nodig? (formuleer als: '... heeft nodig: ...')")],
        "dash": [("kv", [("Onderwijsbehoeften", "-")])],
        "heading": [],
    }[var]


def ondersteuning(doc, var):
    P, A = doc.P, doc.A
    rows = [ff(list(r), P) for r in A["ondersteuning"]]
    if var == "present":
        return [("tbl", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], rows)]
    if var == "blankrows":
        return [("tbl", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]])]
    if var == "emptycells":
        return [("tbl", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [[r[0], "…", "…", "…"] for r in rows])]
    return {
        "generic": [("p", "De leerling krijgt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel: mentoraat, huiswerkklas en een zorgteam dat indien nodig wordt ingeschakeld.")],
        "ref": [("p", "De ondersteuning staat beschreven in het handelingsplan (bijlage 2).")],
        "ntb": [("p", "Wordt na overleg in het zorgteam ingevuld.")],
        "dash": [("kv", [("Ondersteuning", "-"), ("Uitvoerder", "-"), ("Frequentie", "-")])],
        "heading": [],
    }[var]


def afwijkingen(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        return [("ticks", [(False, "geen afwijkingen van het reguliere programma"), (True, "wel afwijkingen, namelijk:")]), ("p", fill(A["afwijking"], P))]
    if var == "present_plain":
        return [("p", fill(A["afwijking"], P))]
    if var == "na":
        return [("p", fill("Er zijn geen afwijkingen: {n} volgt het volledige reguliere onderwijsprogramma van de klas.", P))]
    if var == "na_tick":
        return [("ticks", [(True, "geen afwijkingen van het reguliere programma"), (False, "wel afwijkingen, namelijk: ......")])]
    if var == "na_nvt":
        return [("kv", [("Afwijkingen onderwijsprogramma", "n.v.t.")])]
    if var == "unticked":
        return [("ticks", [(False, "geen afwijkingen van het reguliere programma"), (False, "wel afwijkingen, namelijk: ..............................")])]
    if var == "ntb":
        return [("p", "Afwijkingen van het programma: volgt na overleg met de teamleider.")]
    if var == "dash":
        return [("kv", [("Afwijkingen onderwijsprogramma", "-")])]
    if var == "heading":
        return []
    raise ValueError(var)


def doelen(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        return [("bul", ff(A["doelen"], P))]
    if var == "tblempty":
        return [("tbl", ["Doel", "Aanpak", "Wanneer bereikt?"], [["Doel 1: …", "", ""], ["Doel 2: …", "", ""], ["Doel 3: …", "", ""]])]
    return {
        "vague": [("bul", ff(["{n} gaat beter zijn best doen.", "{n} voelt zich prettig op school.", "{n} werkt aan zijn/haar zelfvertrouwen."], P))],
        "generic": [("p", "De leerling werkt aan de leerdoelen van het leerjaar volgens het PTA en de methode.")],
        "ntb": [("p", "Doelen: n.t.b. (worden na de eerste periode geformuleerd)")],
        "instr": [("ph", "Formuleer 2-3 SMART-doelen: specifiek, meetbaar, acceptabel, realistisch en tijdgebonden.")],
        "dash": [("kv", [("Doelen", "-")])],
        "heading": [],
    }[var]


def adviezen(doc, var):
    P, A = doc.P, doc.A
    if var == "present":
        return [("tbl", ["Deskundige", "Advies", "Wat doet de school ermee"], [ff(list(r), P) for r in A["adviezen"]])]
    who = A["adviezen"][0][0]
    return {
        "ref": [("p", f"Zie het verslag van de {who}" + " in het dossier.")],
        "ntb": [("p", "Adviezen externe deskundigen: nog aanvullen.")],
        "dash": [("kv", [("Adviezen deskundigen", "-")])],
        "nvt": [("kv", [("Adviezen deskundigen", "n.v.t.")])],
        "heading": [],
        "namesonly": [("p", "Betrokken deskundigen: " + "; ".join(r[0] for r in A["adviezen"]) + ".")],
    }[var]


def oogo(doc, var):
    P = doc.P
    if var == "present":
        return [("p", f"Het ontwikkelingsperspectief is op {d_long(doc.D['oogo'])} besproken met {P['parent_desc']} en {P['first']}, door {P['mentor']} (mentor) en {P['zoco']} (zorgcoördinator). " + doc.D.get("oogo_extra", "De opmerkingen van ouders zijn verwerkt in deze versie."))]
    if var == "present_adult":
        return [("p", f"Het plan is op {d_long(doc.D['oogo'])} besproken met {P['first']} zelf (meerderjarig); op zijn verzoek was ook zijn moeder aanwezig. Gesprek gevoerd door {P['mentor']} en {P['zoco']}.")]
    return {
        "ntb": [("p", "Gesprek met ouders: volgt na overleg.")],
        "blankdate": [("kv", [("Besproken met ouders op", "____-____-________"), ("Aanwezig", "")])],
        "dash": [("kv", [("OOGO datum", "-"), ("Aanwezig", "-")])],
        "heading": [],
    }[var]


def evaluatie(doc, var):
    P, D = doc.P, doc.D
    if var == "present":
        b = []
        if D.get("revisions"):
            b.append(("tbl", ["Datum", "Wat", "Met wie"], [[d_num(d), w, m] for d, w, m in D["revisions"]]))
        b.append(("p", f"Tussenevaluatie met {P['parent_desc']} en {P['first']}: {d_long(D['eval1'])} (mentorgesprek). Jaarevaluatie: {MONTHS[D['eval2'].month-1]} {D['eval2'].year}; dan bespreken we welke doelen zijn behaald en stellen we het plan zo nodig bij."))
        return b
    return {
        "ntb": [("kv", [("Evaluatiedatum", "n.t.b.")])],
        "blank": [("kv", [("Datum tussenevaluatie", "__________"), ("Datum jaarevaluatie", "__________"), ("Met wie", "__________")])],
        "dash": [("kv", [("Evaluatie", "-"), ("Evaluatiedatum", "-")])],
        "ref": [("p", "Het plan wordt geëvalueerd volgens de zorgcyclus van de school.")],
        "heading": [],
    }[var]


RIGHTS_FULL = ("U heeft instemmingsrecht op het handelingsdeel van dit plan: zonder uw instemming voert de school dat deel niet uit. "
               "Bent u het niet eens met het plan, bespreek dit dan eerst met de mentor of de zorgcoördinator. U kunt ook advies vragen aan het "
               "Ouder- en Jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent (gratis). Binnen zes weken na de vaststelling "
               "kunt u een geschil over het ontwikkelingsperspectief voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")

def rechten(doc, var):
    if var == "present":
        return [("p", RIGHTS_FULL)]
    return {
        "ref": [("p", "Voor de klachtenregeling verwijzen wij naar de schoolgids.")],
        "partial": [("p", "Het handelingsdeel wordt pas uitgevoerd als u ermee instemt.")],
        "heading": [],
    }[var]


def vaststelling(doc, var):
    P, D = doc.P, doc.D
    if var == "present":
        return [("p", f"Vastgesteld op {d_long(D['opp'])} door {P['teamleider']}, teamleider/directie, na advies van het ondersteuningsteam.")]
    if var == "present_kv":
        return [("kv", [("Datum vaststelling", d_num(D["opp"])), ("Vastgesteld door", P["teamleider"] + " (teamleider)")])]
    return {
        "blank": [("kv", [("Datum vaststelling", "______________"), ("Vastgesteld door", "______________")])],
        "dash": [("kv", [("Datum vaststelling", "-"), ("Vastgesteld door", "-")])],
        "ntb": [("kv", [("Datum vaststelling", "n.t.b."), ("Vastgesteld door", "directie")])],
        "heading": [],
    }[var]


def inbreng(doc, var):
    P, A = doc.P, doc.A
    voice = fill(A["voice"], P)
    change = fill(A["voice_change"], P)
    if var in ("present",):
        return [("p", f"Wat {P['first']} zelf zegt:", ), ("quote", voice), ("p", "Wat we daarmee hebben gedaan: " + change)]
    if var == "na_old":
        return [("p", f"{P['first']} is betrokken bij het gesprek.")]
    if var == "na_adult":
        return []
    if var == "nochange":
        return [("p", f"Wat {P['first']} zelf zegt:"), ("quote", voice)]
    if var == "gehoord":
        return [("p", "Leerling is gehoord.")]
    if var == "placeholder":
        return [("p", "Wat vind jij zelf van dit plan? Wat wil je bereiken?"), ("p", "......................................................................"), ("p", "......................................................................")]
    if var == "heading":
        return []
    if var == "dash":
        return [("kv", [("Mening leerling", "-")])]
    raise ValueError(var)


def consent(doc, var):
    P, D = doc.P, doc.D
    cd = d_num(D["consent"])
    par = P["parent1"]
    stmt = ("p", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel (doelen en te bieden ondersteuning) van dit ontwikkelingsperspectiefplan.")
    ticks_ok = ("ticks", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord met het handelingsdeel")])
    ticks_none = ("ticks", [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord met het handelingsdeel")])
    school = dict(role="Namens de school (zorgcoördinator)", name=P["zoco"], date=cd, signed=True)
    if var == "sig_parent":
        return [stmt, ticks_ok, ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), school])]
    if var == "sig_meeting":
        return [("p", f"Besproken en ondertekend tijdens het mentorgesprek van {d_long(D['consent'])}."), stmt, ticks_ok,
                ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True),
                         dict(role="Leerling", name=P["fullname"], date=cd, signed=True, mark="gelezen en besproken"),
                         dict(role="Mentor", name=P["mentor"], date=cd, signed=True)])]
    if var == "both_parents":
        return [stmt, ticks_ok, ("sig", [dict(role="Ouder/verzorger 1", name=par, date=cd, signed=True),
                                         dict(role="Ouder/verzorger 2", name=P["parent2"], date=d_num(D["consent"] + dt.timedelta(days=2)), signed=True), school])]
    if var == "portal":
        return [("kv", [("Instemming handelingsdeel", "Akkoord"), ("Bevestigd door", par + " (ouder/verzorger, gezag)"),
                        ("Wijze", "digitale bevestiging in het ouderportaal SchoolPlein (ingelogd ouderaccount)"), ("Datum en tijd", cd + " 20:41")])]
    if var == "email":
        return [("p", "Instemming ontvangen per e-mail (kopie):"),
                ("quote", f"Van: {par}\nAan: {P['zoco_mail']}\nDatum: {cd}\nOnderwerp: OPP {P['first']}\n\nBeste {P['zoco']},\n\nDank voor het gesprek. Wij gaan akkoord met het handelingsdeel van het OPP van {P['first']} zoals we het hebben besproken.\n\nMet vriendelijke groet,\n{par}"),
                ("p", f"E-mail opgeslagen in het leerlingdossier door {P['zoco']} op {d_num(D['consent'] + dt.timedelta(days=1))}.")]
    if var == "recorded":
        return [("kv", [("Instemming ouders handelingsdeel", "Akkoord"), ("Ondertekend door", par), ("Datum ondertekening", cd), ("Ondertekend formulier", "ontvangen en gescand in dossier")])]
    if var == "adult_self":
        return [("p", f"{P['first']} is meerderjarig en handelingsbekwaam. Hij beslist zelf over het handelingsdeel en stemt daarmee in."),
                ("ticks", [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [dict(role="Leerling (meerderjarig)", name=P["fullname"], date=cd, signed=True), school])]
    if var == "curator":
        return [("p", f"{P['first']} staat onder curatele; haar moeder {par} is curator en beslist over het handelingsdeel. {P['first']} heeft het plan met pictogrammen besproken."),
                ("ticks", [(True, "curator gaat akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", [dict(role="Curator (moeder)", name=par, date=cd, signed=True), dict(role="Leerling", name=P["fullname"], date=cd, signed=True, mark="gezien"), school])]
    # ---- incomplete
    if var == "voor_gezien":
        return [("p", "Ouder(s)/verzorger(s):"), ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True, mark="voor gezien"), school])]
    if var == "onder_protest":
        return [stmt, ticks_ok, ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True, mark="onder protest, zie mijn mail"), school])]
    if var == "refused":
        return [stmt, ("ticks", [(False, "akkoord met het handelingsdeel"), (True, "niet akkoord met het handelingsdeel")]),
                ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), school])]
    if var == "partial":
        return [stmt, ("ticks", [(False, "akkoord met het gehele handelingsdeel"), (True, "akkoord met uitzondering van: de inzet van de time-out/trajectvoorziening")]),
                ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), school])]
    if var == "school_only":
        return [stmt, ticks_none, ("sig", [dict(role="Ouder/verzorger", name=par, date=None, signed=False),
                                           dict(role="Mentor", name=P["mentor"], date=cd, signed=True), school])]
    if var == "blank":
        return [stmt, ticks_none, ("sig", [dict(role="Ouder/verzorger", name="", date=None, signed=False),
                                           dict(role="Namens de school", name="", date=None, signed=False)])]
    if var == "unticked":
        return [stmt, ticks_none, ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), school])]
    if var == "nodate":
        return [stmt, ticks_ok, ("sig", [dict(role="Ouder/verzorger", name=par, date=None, signed=True), dict(role="Namens de school", name=P["zoco"], date=None, signed=True)])]
    if var == "portal_pending":
        return [("kv", [("Instemming handelingsdeel", "Verzonden naar ouder(s) via ouderportaal SchoolPlein"), ("Verzonden op", cd),
                        ("Gelezen door ouder", par + ", " + d_num(D["consent"] + dt.timedelta(days=1)) + " 21:03"), ("Akkoord bevestigd", "-")])]
    if var == "email_read":
        return [("p", "Reactie ouders per e-mail (kopie):"),
                ("quote", f"Van: {par}\nDatum: {cd}\nOnderwerp: RE: OPP {P['first']}\n\nDank voor het toesturen. We lezen het plan dit weekend rustig door en komen erop terug.\n\nGroet,\n{par}")]
    if var == "pupil_only":
        return [stmt, ("sig", [dict(role="Leerling", name=P["fullname"], date=cd, signed=True),
                               dict(role="Ouder/verzorger", name=par, date=None, signed=False)])]
    if var == "doorhalen":
        return [("p", "Ouder(s)/verzorger(s) gaan wel / niet akkoord met het handelingsdeel (doorhalen wat niet van toepassing is)."),
                ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), school])]
    if var == "parent_for_adult":
        return [("p", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel."), ticks_ok,
                ("sig", [dict(role="Ouder/verzorger", name=par, date=cd, signed=True), dict(role="Leerling", name=P["fullname"], date=None, signed=False), school])]
    if var == "curatele_pupil_only":
        return [("p", f"Instemming handelingsdeel door de leerling:"), ("ticks", [(True, "akkoord"), (False, "niet akkoord")]),
                ("sig", [dict(role="Leerling", name=P["fullname"], date=cd, signed=True), school])]
    if var == "dash":
        return [("kv", [("Instemming ouders", "-"), ("Datum instemming", "-")])]
    raise ValueError(var)


AVG_BLOCKS = lambda doc: [("p", "Ondergetekende geeft toestemming voor het gebruik van foto's en video's van de leerling op de website en in de schoolgids, en voor het delen van gegevens met de jeugdarts (AVG)."),
                          ("ticks", [(True, "ja, toestemming beeldmateriaal"), (True, "ja, toestemming gegevensdeling jeugdarts")]),
                          ("sig", [dict(role="Ouder/verzorger", name=doc.P["parent1"], date=d_num(doc.D["consent"]), signed=True)])]

FUNCS = {
    "uitstroombestemming": uitstroom, "onderbouwing": onderbouwing,
    "belemmerende_factoren": lambda d, v: factors(d, v, "bel"), "bevorderende_factoren": lambda d, v: factors(d, v, "bev"),
    "ondersteuningsbehoefte": behoefte, "ondersteuning": ondersteuning, "afwijkingen_onderwijsprogramma": afwijkingen,
    "doelen": doelen, "adviezen_professionals": adviezen, "oogo": oogo, "instemming_ouders": consent, "inbreng_leerling": inbreng,
    "evaluatie": evaluatie, "informatie_rechten": rechten, "vaststelling": vaststelling,
}
