"""Content bank for the blind OPP corpus 2026-12-09c (all names, schools and places invented).

A document is described by a spec (see gen.py). Every element gets a *mode*; this module turns
(spec, element, mode) into a list of items that the renderers know:
  ('p', text)          plain paragraph
  ('i', text)          the format's own instruction (italic, grey)
  ('chk', [(label, ticked), ...])   tick boxes on one line
  ('sig', role, name, date, signed) a signature line; name/date may be '' (blank)
"""

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

DOMAINS = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis en gezondheid"]

SCHOOLS = {
    "po": ("OBS De Klaverkamp", "Klaverdam", "SWV Passend Primair Wetterland"),
    "sbo": ("SBO De Wilgenhoek", "Noorderbrakel", "SWV Primair Brakelstreek"),
    "so": ("SO De Zeilmaker (cluster 4)", "Lindewaarde", "SWV Passend Onderwijs Lindestreek"),
    "vo": ("Scholengemeenschap Het Hoogvaart College", "Hoogvaartsum", "SWV VO Hoogvaart en Omstreken"),
    "pro": ("Praktijkschool De Werkplaats", "Brammelo", "SWV VO Brammelo-Peelvoorde"),
    "vso": ("VSO De Horizonbrug", "Zwanenkerk", "SWV V(S)O Zwanenkerk"),
}

# ---------------------------------------------------------------- full content per element

def uitstroom(s):
    t, n = s["type"], s["first"]
    v = s.get("variant", 0)
    if t == "po":
        return [["Verwachte uitstroombestemming: vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo).",
                 "Uitstroomniveau einde basisschool: groep 6-niveau voor rekenen, groep 7-niveau voor lezen."],
                ["Te verwachten uitstroombestemming: vmbo-kader, mogelijk vmbo-tl bij verdere groei van het begrijpend lezen."],
                ["Wij verwachten dat %s na groep 8 uitstroomt naar de havo." % n]][v % 3]
    if t == "sbo":
        return [["Uitstroombestemming: vmbo basisberoepsgerichte leerweg met lwoo."],
                ["Uitstroombestemming: praktijkonderwijs."]][v % 2]
    if t == "so":
        return [["Te verwachten uitstroombestemming: vso cluster 4, uitstroomprofiel vervolgonderwijs (vmbo-kader met ondersteuning)."],
                ["Te verwachten uitstroombestemming: terugplaatsing naar het sbo en daarna vmbo-basis met lwoo."]][v % 2]
    if t == "vo":
        return [["Uitstroombestemming: vmbo-tl diploma (theoretische leerweg), daarna mbo niveau 4 (richting ICT)."],
                ["Uitstroombestemming: havo-diploma, met verlengde examentijd en aangepaste examenruimte."]][v % 2]
    if t == "pro":
        return ["Uitstroombestemming: arbeid. %s gaat naar verwachting aan het werk in de groenvoorziening, "
                "met een branchecertificaat en begeleiding van een jobcoach." % n]
    if t == "vso":
        return [["Uitstroomprofiel: arbeidsmarktgericht. Verwacht werk: medewerker magazijn/logistiek bij een reguliere werkgever, met loonkostensubsidie."],
                ["Uitstroomprofiel: vervolgonderwijs. %s stroomt naar verwachting uit naar mbo niveau 2 (Entree vervolgd door Logistiek)." % n],
                ["Uitstroomprofiel: dagbesteding. %s gaat naar verwachting naar arbeidsmatige dagbesteding (bakkerij/kantine) bij zorgaanbieder De Zonnewende." % n]][v % 3]
    return []

VSO_PROFILES = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]

def vso_profile_index(s):
    return [1, 0, 2][s.get("variant", 0) % 3]

def onderbouwing(s):
    n, t = s["first"], s["type"]
    if t in ("po", "sbo", "so"):
        return ["Toetsgegevens (LVS, januari %d): begrijpend lezen functioneringsniveau E5, rekenen-wiskunde M5, "
                "technisch lezen AVI-E5. Leerrendement rekenen over de laatste twee jaar ongeveer 55%%." % s["ty"],
                "Intelligentieonderzoek (WISC-V, maart %d, OCT De Brug): TIQ 84, verbaal sterker dan perceptueel. "
                "%s doubleerde groep 4. Gezien de groei sinds groep 5 is het verwachte eindniveau haalbaar." % (s["ty"] - 1, n)]
    if t == "vo":
        return ["Rapportcijfers klas 2: gemiddeld 6,4; wiskunde 5,6 en Nederlands 6,8. Diataal/Cito VAS-toets %d: "
                "niveau %s op alle onderdelen. Het drempelonderzoek van groep 8 en het advies van de basisschool "
                "(%s) sluiten hierop aan. De verwachting is dat %s met de ondersteuning het diploma haalt." %
                ((s["ty"], "tl", "vmbo-tl", n) if s.get("variant", 0) % 2 == 0 else (s["ty"], "havo", "havo", n))]
    if t == "pro":
        return ["%s haalde de interne werknemersvaardigheden van leerjaar 2 en functioneert op de stage in de "
                "schooltuin zelfstandig. Capaciteitenonderzoek (%d): TIQ 72. Rekenen en lezen op niveau 1F in ontwikkeling." % (n, s["ty"] - 2)]
    return ["Gegevens: capaciteitenonderzoek %d (SON-R, IQ ca. 65), stagebeoordelingen %d-%d (voldoende op "
            "werkhouding en samenwerken), en de ontwikkeling van de arbeidsvaardigheden in het portfolio. "
            "%s werkt vier dagdelen per week op een externe stageplek." % (s["ty"] - 2, s["ty"] - 1, s["ty"], n)]

def belemmerend(s):
    n = s["first"]
    return {"Leren": "Trage informatieverwerking; heeft moeite met meerstappige opdrachten en met automatiseren van tafels.",
            "Werkhouding": "Raakt snel afgeleid bij onrust in de groep; begint moeilijk zelfstandig aan een taak.",
            "Sociaal-emotioneel": "Faalangst bij toetsen; %s trekt zich terug als iets niet lukt." % n,
            "Thuis en gezondheid": "Slaapt slecht sinds de verhuizing in %d; vader werkt in ploegendienst." % (s["ty"] - 1)}

def bevorderend(s):
    n = s["first"]
    return {"Leren": "Goede mondelinge taalvaardigheid en een grote woordenschat.",
            "Werkhouding": "Werkt geconcentreerd in een rustige werkplek; laat graag zien wat lukt.",
            "Sociaal-emotioneel": "%s is behulpzaam en heeft twee vaste vrienden in de klas." % n,
            "Thuis en gezondheid": "Betrokken ouders die thuis dagelijks samen lezen; sport twee keer per week bij de voetbalclub."}

def behoefte(s):
    n = s["first"]
    return {"Leren": "Heeft nodig: instructie in kleine stappen met een voorbeeld en visuele ondersteuning.",
            "Werkhouding": "Heeft nodig: een vaste werkplek aan de zijkant, een dagplanning op de tafel en een time-timer.",
            "Sociaal-emotioneel": "Heeft nodig: vooraf weten wat er getoetst wordt en positieve feedback op inzet.",
            "Thuis en gezondheid": "Heeft nodig: korte lijnen tussen school en ouders (wekelijks bericht via de app)."}

def ondersteuning(s):
    n, t = s["first"], s["type"]
    start = s.get("start", "1 oktober 2025")
    rows = ["Rekenen: 3 x per week 30 minuten verlengde instructie in een groepje van 4, door onderwijsassistent mevr. R. Tuinman, vanaf %s." % start,
            "Lezen: 4 x per week 15 minuten duolezen/RALFI-lezen met de leerkracht.",
            "Sociaal-emotioneel: eens per twee weken een gesprek van 20 minuten met de intern begeleider (dhr. K. Moerkerk).",
            "Ambulant begeleider van het samenwerkingsverband (mevr. S. Oudeman): observatie en consultatie van de leerkracht, eens per zes weken."]
    if t in ("vo", "pro", "vso"):
        rows = ["Mentoraat: wekelijks coachgesprek van 20 minuten met de mentor (mevr. D. Hazelaar), vanaf %s." % start,
                "Steunles wiskunde: 1 uur per week in het ondersteuningslokaal, door dhr. P. Brink.",
                "Time-out-kaart en een vaste plek in het Rebound-lokaal bij overprikkeling.",
                "Extra tijd (25%) bij toetsen en toetsen in een aparte ruimte."]
        if t == "vso":
            rows[1] = "Stagebegeleiding: de stagecoördinator (dhr. A. Ketel) bezoekt de stageplek eens per drie weken."
        if t == "pro":
            rows[1] = "Jobcoach (mevr. F. Rijkaart) begeleidt de interne stage in de schooltuin, 2 dagdelen per week."
    return rows

def afwijkingen(s):
    t, n = s["type"], s["first"]
    if t in ("po", "sbo", "so"):
        return ["Rekenen: %s werkt vanaf groep 6 op een eigen leerlijn (doelen tot en met eind groep 6). "
                "De einddoelen van groep 8 voor rekenen worden niet nagestreefd; de overige vakken volgen het groepsplan." % n]
    if t == "vo":
        return ["Vrijstelling voor Frans in leerjaar 3; de vrijgekomen uren worden besteed aan steunles wiskunde en Nederlands."]
    if t == "pro":
        return ["Geen Engels in leerjaar 3 en 4; in plaats daarvan een extra dagdeel praktijkvak groen."]
    return ["Verkorte lestijd: %s volgt 4 dagen per week onderwijs op school (vrijdag stage); de inspectie is "
            "geïnformeerd over de afwijking van de onderwijstijd." % n]

def doelen(s):
    n = s["first"]
    if s["type"] in ("po", "sbo", "so"):
        return ["1. Eind januari 2026 leest %s een tekst op AVI-niveau M6 met voldoende beheersing." % n,
                "2. Eind januari 2026 kent %s de tafels 1 t/m 10 door elkaar binnen 3 seconden per som (tafeltoets 90%% goed)." % n,
                "3. Voor de meivakantie vraagt %s zelf om hulp als een opdracht niet lukt (leerkracht noteert 3 van de 4 weken)." % n]
    return ["1. Aan het eind van periode 2 gebruikt %s de planner bij minstens 4 van de 5 vakken (mentor controleert wekelijks)." % n,
            "2. Eind schooljaar haalt %s voor wiskunde gemiddeld minimaal een 5,8." % n,
            "3. Binnen acht weken gebruikt %s de time-out-kaart zelfstandig in plaats van de les te verlaten (maximaal één incident per week)." % n]

def adviezen(s):
    n = s["first"]
    if s["type"] in ("so", "vso"):
        return ["Advies commissie voor de begeleiding (vergadering %s): de CvB adviseert het uitstroomprofiel zoals beschreven "
                "over te nemen en de begeleiding op sociaal-emotioneel gebied voort te zetten. De school volgt dit advies." % s.get("cvb", "9 september 2025"),
                "Behandelaar (GZ-psycholoog, Jeugdzorg Lindestreek): inzet van vaste dagstructuur en een vooraankondiging bij veranderingen; "
                "dit is opgenomen in de ondersteuning."]
    return ["Orthopedagoog drs. L. Vinke (OCT De Brug, verslag van 12 mei %d) adviseert: korte instructiemomenten, "
            "visuele ondersteuning en het inzetten van concreet materiaal bij rekenen. De school voert dit uit in de verlengde instructie." % (s["ty"] - 1),
            "Jeugdarts (GGD Wetterland): geen medische belemmeringen; advies aandacht voor slaapritme, besproken met ouders."]

def oogo(s):
    return ["Het ontwikkelingsperspectief is op %s besproken met %s, de %s en de intern begeleider/ondersteuningscoördinator. "
            "%s herkenden zich in het beeld en vroegen om extra aandacht voor de faalangst; dit is toegevoegd." %
            (s["oogo_date"], s["parents"], "mentor" if s["type"] in ("vo", "pro", "vso") else "leerkracht",
             "Ouders" if not s.get("adult") else "Alle betrokkenen")]

def inbreng(s):
    n = s["first"]
    return ["Gesprek met %s op %s: %s vertelt dat rekenen het moeilijkst is en dat het in de klas vaak te druk is. "
            "%s wil graag een koptelefoon en zelf kiezen wanneer de pauze-opdracht gedaan wordt." % (n, s["pupil_date"], n, n),
            "Wat we daarmee doen: %s krijgt een koptelefoon bij zelfstandig werken en een vaste rustplek; de wens over de planning "
            "is opgenomen in doel 3 en in de ondersteuning." % n]

def inbreng_view_only(s):
    n = s["first"]
    return ["%s zegt zelf: \"Ik vind rekenen moeilijk en ik wil graag meer rust in de klas.\"" % n]

def evaluatie(s):
    n = s["first"]
    return ["Het OPP wordt tussentijds geëvalueerd in %s en eindgeëvalueerd in %s, in een gesprek met ouders, %s en de %s. "
            "Daarna wordt het plan bijgesteld en opnieuw ter instemming voorgelegd." %
            (s.get("eval1", "februari 2026"), s.get("eval2", "juni 2026"), n,
             "mentor" if s["type"] in ("vo", "pro", "vso") else "leerkracht")]

def rechten(s):
    swv = SCHOOLS[s["type"]][2]
    if s.get("adult") and not s.get("curatele"):
        return ["Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens met het plan, "
                "bespreek dit dan eerst met je mentor of de directeur. Je kunt ook hulp vragen aan het ouder- en jeugdsteunpunt van %s "
                "of aan een onderwijsconsulent. Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de "
                "Geschillencommissie passend onderwijs." % swv]
    return ["Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan, bespreek dit dan eerst "
            "met de school. U kunt ook contact opnemen met het ouder- en jeugdsteunpunt van %s of met een onderwijsconsulent. "
            "Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs." % swv]

def vaststelling(s):
    return ["Vastgesteld door het bevoegd gezag, namens deze: %s, directeur, op %s." % (s["director"], s["set_date"])]

FULL = {"uitstroombestemming": uitstroom, "onderbouwing": onderbouwing, "ondersteuning": ondersteuning,
        "afwijkingen_onderwijsprogramma": afwijkingen, "doelen": doelen, "adviezen_professionals": adviezen,
        "oogo": oogo, "inbreng_leerling": inbreng, "evaluatie": evaluatie, "informatie_rechten": rechten,
        "vaststelling": vaststelling}
DOMAIN_FULL = {"belemmerende_factoren": belemmerend, "bevorderende_factoren": bevorderend,
               "ondersteuningsbehoefte": behoefte}

# ---------------------------------------------------------------- instructions of the formats
INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in: vervolgonderwijs en niveau (bijv. vmbo-bb, havo) of in het vso het uitstroomprofiel.]",
    "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, leerrendementen en eventueel onderzoek. Vermeld de bron.]",
    "belemmerende_factoren": "[Beschrijf de factoren die de ontwikkeling van de leerling belemmeren, per domein.]",
    "bevorderende_factoren": "[Beschrijf de factoren die de ontwikkeling bevorderen: sterke kanten, interesses, steun thuis.]",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften als: 'Deze leerling heeft ... nodig'.]",
    "ondersteuning": "[Beschrijf de extra ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "[Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepaste onderwijstijd). Zo niet: vermeld 'geen'.]",
    "doelen": "[Formuleer 2 tot 4 SMART-doelen voor de komende periode.]",
    "adviezen_professionals": "[Vat de adviezen van externe deskundigen samen en geef aan wat de school ermee doet.]",
    "oogo": "[Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.]",
    "instemming_ouders": "[Laat ouders hieronder aankruisen en tekenen. Vergeet de datum niet.]",
    "inbreng_leerling": "[Beschrijf wat de leerling zelf heeft ingebracht en wat daarmee is gedaan (verplicht vanaf 1 augustus 2025).]",
    "evaluatie": "[Plan minimaal één evaluatiemoment per schooljaar met ouders en leerling.]",
    "informatie_rechten": "[Standaardtekst over het instemmingsrecht en de geschillenregeling hier invoegen.]",
    "vaststelling": "[Datum vaststelling en naam directeur invullen.]",
}

FUTURE = {
    "doelen": "De doelen worden opgesteld na de toetsperiode van januari.",
    "adviezen_professionals": "Het advies van de orthopedagoog wordt toegevoegd zodra het onderzoek is afgerond.",
    "evaluatie": "Evaluatiemoment wordt later gepland.",
    "ondersteuning": "Inzet ambulant begeleider volgt na overleg met het samenwerkingsverband.",
    "onderbouwing": "Onderbouwing volgt na afname van de Cito-toetsen.",
    "oogo": "Gesprek met ouders wordt nog ingepland.",
    "inbreng_leerling": "Gesprek met de leerling volgt nog.",
    "informatie_rechten": "Tekst over rechten van ouders nog toevoegen.",
    "uitstroombestemming": "Uitstroombestemming wordt bepaald na het capaciteitenonderzoek.",
    "belemmerende_factoren": "Wordt aangevuld na observatie door de ambulant begeleider.",
    "bevorderende_factoren": "Nog aanvullen met ouders.",
    "ondersteuningsbehoefte": "Volgt na het MDO.",
    "afwijkingen_onderwijsprogramma": "Nog bepalen of een eigen leerlijn nodig is.",
    "vaststelling": "Vaststelling na instemming ouders (datum volgt).",
}


def domain_text(d):
    return ["%s: %s" % (k, d[k]) for k in DOMAINS]


def items(s, eid, mode):
    """Return the items for element eid in the given mode (None for absent)."""
    if mode == "absent":
        return None
    if mode == "empty":
        return []
    if mode == "cc_empty":
        return [("cc", None)]
    if mode.startswith("ph:"):
        return [("p", mode[3:])]
    if mode == "instr":
        return [("i", INSTR[eid])]
    if mode == "future":
        return [("p", FUTURE[eid])]
    if mode == "ref":
        return [("p", {"adviezen_professionals": "Zie verslag orthopedagoog (bijlage 3).",
                       "ondersteuning": "Zie het groepsplan en bijlage 2.",
                       "onderbouwing": "Zie LVS-overzicht in de bijlage.",
                       "doelen": "Zie handelingsplan in de bijlage.",
                       "informatie_rechten": "Zie de schoolgids.",
                       "belemmerende_factoren": "Zie het onderzoeksverslag (bijlage 1).",
                       "evaluatie": "Zie jaarplanning zorg."}.get(eid, "Zie bijlage."))]
    if mode == "nvt":
        return [("p", {"afwijkingen_onderwijsprogramma": "Geen afwijkingen: %s volgt het reguliere onderwijsprogramma van de groep/klas." % s["first"]}.get(eid, "n.v.t."))]
    if mode == "nvt_wrong":
        return [("p", "n.v.t.")]
    if mode == "view_only":
        return [("p", t) for t in inbreng_view_only(s)]
    if mode == "other_pupil":
        o = s["other"]
        if eid in DOMAIN_FULL:
            d = {k: "Bij %s zien we: %s" % (o, v[0].lower() + v[1:]) for k, v in DOMAIN_FULL[eid](dict(s, first=o)).items()}
            return [("p", t) for t in domain_text(d)]
        return [("p", t) for t in FULL[eid](dict(s, first=o))]
    if mode == "unticked_profile":
        return [("chk", [(p, False) for p in VSO_PROFILES]), ("p", "Toelichting: ...")]
    pre = []
    if mode == "instr_full":
        pre = [("i", INSTR[eid])]
        mode = "full"
    if mode == "full":
        if eid in DOMAIN_FULL:
            return pre + [("p", t) for t in domain_text(DOMAIN_FULL[eid](s))]
        if eid == "uitstroombestemming" and s["type"] == "vso" and s.get("profile_ticks"):
            k = vso_profile_index(s)
            return pre + [("chk", [(p, i == k) for i, p in enumerate(VSO_PROFILES)])] + [("p", t) for t in FULL[eid](s)]
        if eid == "instemming_ouders":
            return pre + consent(s, "signed")
        return pre + [("p", t) for t in FULL[eid](s)]
    if eid == "instemming_ouders":
        return consent(s, mode)
    raise ValueError((eid, mode))


def consent(s, mode):
    """Consent section. Modes: signed, voor_gezien, onder_protest, refused, partial, school_only,
    blank_line, unticked, no_date, avg_only, pupil_signed, curator_signed, digital, pupil_only_curatele."""
    par, d, dr, cd = s["parent_sig"], s["consent_date"], s["director"], s["set_date"]
    intro = ("p", "Ouder(s)/verzorger(s) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en geven "
                  "hieronder aan of zij instemmen met het handelingsdeel (de te bieden ondersteuning).")
    school = ("sig", "Namens de school", dr, cd, True)
    if mode == "signed":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", "Ouder/verzorger", par, d, True), school]
    if mode == "digital":
        return [("p", "Instemming handelingsdeel: akkoord gegeven via het ouderportaal op %s door %s." % (d, par))]
    if mode == "voor_gezien":
        return [intro, ("p", "Ouder schrijft bij de handtekening: \"Voor gezien.\""),
                ("sig", "Ouder/verzorger (voor gezien)", par, d, True), school]
    if mode == "onder_protest":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("p", "Toevoeging ouder: \"Getekend onder protest; wij vinden 1 uur steunles te weinig.\""),
                ("sig", "Ouder/verzorger", par, d, True), school]
    if mode == "refused":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", True)]),
                ("p", "Toelichting ouders: wij willen eerst het onderzoek van de orthopedagoog bespreken."),
                ("sig", "Ouder/verzorger", par, d, True), school]
    if mode == "partial":
        return [intro, ("p", "Ouders stemmen in met het handelingsdeel, met uitzondering van de verkorte lestijd; "
                             "daarover is nog geen overeenstemming."),
                ("sig", "Ouder/verzorger", par, d, True), school]
    if mode == "school_only":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]),
                ("sig", "Ouder/verzorger", "", "", False), school]
    if mode == "blank_line":
        return [intro, ("sig", "Ouder/verzorger", "", "", False), ("sig", "Namens de school", "", "", False)]
    if mode == "unticked":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]),
                ("sig", "Ouder/verzorger", "", "", False)]
    if mode == "no_date":
        return [intro, ("chk", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", "Ouder/verzorger", par, "", True), ("sig", "Namens de school", dr, "", True)]
    if mode == "avg_only":
        return [("p", "Toestemming gegevensuitwisseling (AVG): ouders geven toestemming om gegevens te delen met de "
                      "ambulant begeleider van het samenwerkingsverband."),
                ("chk", [("Ja, toestemming", True), ("Nee", False)]),
                ("p", "Toestemming beeldmateriaal: foto's van %s mogen op de schoolwebsite." % s["first"]),
                ("chk", [("Ja", True), ("Nee", False)]),
                ("sig", "Ouder/verzorger", par, d, True)]
    if mode == "pupil_signed":
        return [("p", "%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel." % s["first"]),
                ("chk", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", "Leerling", s["fullname"], d, True), school]
    if mode == "curator_signed":
        return [("p", "%s is meerderjarig en staat onder curatele. De curator, %s, beslist over het handelingsdeel; "
                      "%s heeft het plan zelf ook besproken." % (s["first"], par, s["first"])),
                ("chk", [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]),
                ("sig", "Curator", par, d, True), school]
    raise ValueError(mode)
