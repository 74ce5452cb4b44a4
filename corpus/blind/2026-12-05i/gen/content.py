"""Invented pupils and element texts. Everything here is fiction."""
import datetime as dt
import random

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]

def lang(d):
    return f"{d.day} {MAANDEN[d.month-1]} {d.year}"

def kort(d):
    return d.strftime("%d-%m-%Y")

def plus(d, days):
    return d + dt.timedelta(days=days)

PLAATSEN = ["Wolderkamp", "Esveld", "Haarvliet", "Drostwijk", "Klinkerbroek", "Oudeweer",
            "Sluisdonk", "Veenhoorn", "Bremmerloo", "Ter Aalst", "Middelriet", "Kortenhaven"]
SCHOLEN = {
    "po": ["obs De Zeilvlinder", "cbs Het Klaverveld", "ikc De Boomgaard", "rk bs Sint Aldegonde",
           "obs De Wadloper", "cbs De Regenboogvis"],
    "sbo": ["SBO De Kompasroos", "SBO Het Startblok", "sbo De Vuurtoren", "SBO Ankerplaats"],
    "so": ["SO De Windwijzer", "Mytylschool De Brug", "SO Het Kristal"],
    "vo": ["Esveld College", "RSG Haarvliet", "Drostwijk Lyceum", "CSG Veenhoorn", "Het Oudeweer Atheneum"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Kortenhaven", "Praktijkcollege Middelriet"],
    "vso": ["VSO De Overstap", "VSO Het Baken", "Orion VSO Sluisdonk"],
}
VOORNAMEN = [("Sem", "m"), ("Lotte", "v"), ("Daan", "m"), ("Fenna", "v"), ("Mees", "m"), ("Yara", "v"),
             ("Bram", "m"), ("Noor", "v"), ("Ilias", "m"), ("Jasmijn", "v"), ("Teun", "m"), ("Roos", "v"),
             ("Finn", "m"), ("Amira", "v"), ("Stijn", "m"), ("Evi", "v"), ("Jelle", "m"), ("Zoë", "v"),
             ("Luuk", "m"), ("Sanne", "v"), ("Milan", "m"), ("Isa", "v"), ("Ravi", "m"), ("Mila", "v"),
             ("Gijs", "m"), ("Femke", "v"), ("Tobias", "m"), ("Lina", "v"), ("Kees", "m"), ("Ayla", "v"),
             ("Joep", "m"), ("Vera", "v"), ("Siem", "m"), ("Hanna", "v"), ("Wout", "m"), ("Elif", "v"),
             ("Mats", "m"), ("Pien", "v"), ("Otis", "m"), ("Nova", "v"), ("Rik", "m"), ("Liv", "v"),
             ("Tijmen", "m"), ("Senna", "v"), ("Jurre", "m"), ("Maud", "v"), ("Hidde", "m"), ("Kiki", "v"),
             ("Olaf", "m"), ("Dewi", "v")]
ACHTERNAMEN = ["Brinkhorst", "van Dalfsen", "Ockers", "de Wijnhoff", "Terpstra-Mol", "Haverkamp",
               "Vredeveld", "El Idrissi", "Kuipersma", "van Liemt", "Scheepbouwer", "Dijkgraaf",
               "Nijenhuis", "Altunbas", "Roelfsema", "ten Brummel", "Wagenvoort", "de Graafland",
               "Pieterse", "Lindhout", "Mertens", "Bosschaert", "Hoekstra-Veen", "van Eerdt",
               "Smeulders", "Kamphorst", "Rietveld", "Osinga", "Verbiest", "Jansma"]
PERSONEEL = ["mevr. J. Hofstede", "dhr. R. Bakkenes", "mevr. A. Çelik", "dhr. P. van Wieringen",
             "mevr. T. Oosterhof", "dhr. M. Drenthe", "mevr. S. Lammers", "mevr. K. de Vlieger",
             "dhr. H. Bouwhuis", "mevr. L. Sprenkels", "dhr. W. Haitsma", "mevr. N. Rozendaal"]
DESKUNDIGEN = [("orthopedagoog", "drs. E. Meulenbelt", "Praktijk De Leerbrug"),
               ("GZ-psycholoog", "mw. dr. I. Valkema", "Jeugd-GGZ Zuidrand"),
               ("logopedist", "mevr. B. Stroeve", "Logopediepraktijk Klankkast"),
               ("jeugdarts", "dhr. F. Koornstra", "GGD Regio Middelriet"),
               ("kinderfysiotherapeut", "mevr. C. Aalders", "Fysio Beweegwijs"),
               ("ambulant begeleider", "dhr. T. Ruigrok", "Expertisecentrum SWV"),
               ("behandelaar", "mevr. D. Goossens", "Kinder- en Jeugdcentrum Het Anker")]

BELEM = [
    "zwakke technische leesvaardigheid; dyslexie vastgesteld in {jaar}",
    "snel afgeleid door geluid en beweging in een volle klas",
    "faalangst bij toetsen en nieuwe opdrachten",
    "moeite met plannen en overzicht houden over huiswerk",
    "prikkelgevoelig; diagnose autismespectrumstoornis",
    "wisselende aanwezigheid door buikpijnklachten",
    "weinig vertrouwen in eigen kunnen",
    "moeite met overgangen en onverwachte veranderingen",
    "trage verwerkingssnelheid (laag op WISC-V verwerkingssnelheid)",
    "beperkte Nederlandse woordenschat (thuistaal Turks)",
    "concentratieproblemen; diagnose ADHD, medicatie sinds {jaar}",
    "spanningen in de thuissituatie na de scheiding van ouders",
    "motorische beperking (spastische diplegie) waardoor schrijven traag gaat",
    "boze uitbarstingen wanneer iets niet lukt",
]
BEVOR = [
    "gemotiveerd bij praktische en technische opdrachten",
    "goede band met de mentor en de leerkracht",
    "sterk in rekenen en ruimtelijk inzicht",
    "betrokken ouders die thuis meelezen",
    "sociaal vaardig en behulpzaam naar klasgenoten",
    "creatief; tekent en bouwt graag",
    "sportief, speelt bij de plaatselijke voetbalclub",
    "werkt goed met een vaste dagplanning",
    "vraagt zelf om hulp als het veilig voelt",
    "heeft een goed geheugen voor wat hij/zij ziet",
    "zorgvuldig en doorzettend bij taken die passen",
    "humor; wordt graag gezien in de groep",
]
BEHOEFTE = [
    "een voorspelbare dag met het programma zichtbaar op het bord",
    "korte instructie in een klein groepje, daarna direct zelf oefenen",
    "een prikkelarme werkplek en de mogelijkheid tot een pauze buiten de klas",
    "extra tijd bij toetsen en toetsen in een vergrote opmaak",
    "een volwassene die dagelijks kort terugblikt op de dag",
    "hulp bij het opdelen van grote taken in kleine stappen",
    "voorlezen van lange teksten (voorleessoftware)",
    "vooraf weten wanneer er iets verandert in het rooster",
    "positieve bevestiging bij inzet, niet alleen bij resultaat",
]

def pick(rng, pool, k):
    return rng.sample(pool, k)

DEST = {
    "po": [("vmbo basisberoepsgerichte leerweg (vmbo-b), mogelijk met LWOO", "vmbo-b"),
           ("vmbo kaderberoepsgerichte leerweg (vmbo-k)", "vmbo-k"),
           ("vmbo gemengde/theoretische leerweg (vmbo-gt)", "vmbo-gt"),
           ("havo", "havo"), ("praktijkonderwijs", "pro")],
    "sbo": [("vmbo-basis met leerwegondersteuning", "vmbo-b"), ("praktijkonderwijs", "pro"),
            ("vmbo-kader", "vmbo-k"), ("vso, uitstroomprofiel vervolgonderwijs", "vso")],
    "so": [("vso, uitstroomprofiel arbeidsmarktgericht", "vso-arb"),
           ("vso, uitstroomprofiel vervolgonderwijs (vmbo-basis/kader)", "vso-vo"),
           ("praktijkonderwijs", "pro")],
    "vo": [("vmbo-kader diploma, daarna mbo niveau 3 (Zorg en Welzijn)", "vmbo-k"),
           ("havo-diploma, doorstroom naar hbo", "havo"),
           ("vmbo-gt diploma, daarna mbo niveau 4", "vmbo-gt"),
           ("vmbo-basis diploma, daarna mbo niveau 2 (Techniek)", "vmbo-b")],
    "pro": [("arbeid: werk in de groenvoorziening, met branchecertificaat en entree-opleiding", "arb"),
            ("mbo entree-opleiding (niveau 1), richting logistiek", "entree"),
            ("arbeid: werk in de schoonmaak- of facilitaire dienstverlening", "arb")],
    "vso": [("uitstroomprofiel dagbesteding: taakgerichte dagbesteding op een zorgboerderij", "dag"),
            ("uitstroomprofiel arbeidsmarktgericht: werk in de detailhandel (vakkenvullen), met jobcoach", "arb"),
            ("uitstroomprofiel vervolgonderwijs: mbo niveau 2, opleiding Dienstverlening", "vervolg"),
            ("uitstroomprofiel arbeidsmarktgericht: beschut werk in de metaalbewerking", "arb")],
}

def make_pupil(idx, stype, plan_date, seed):
    rng = random.Random(seed)
    first, g = VOORNAMEN[idx % len(VOORNAMEN)]
    last = ACHTERNAMEN[(idx * 7 + 3) % len(ACHTERNAMEN)]
    p = {"idx": idx, "first": first, "last": last, "name": f"{first} {last}", "g": g,
         "hij": "hij" if g == "m" else "zij", "Hij": "Hij" if g == "m" else "Zij",
         "zijn": "zijn" if g == "m" else "haar", "hem": "hem" if g == "m" else "haar",
         "zoon": "zoon" if g == "m" else "dochter",
         "type": stype, "school": rng.choice(SCHOLEN[stype]), "plaats": rng.choice(PLAATSEN),
         "date": plan_date}
    age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 16}[stype] + rng.randint(0, 2)
    p["birth"] = dt.date(plan_date.year - age, rng.randint(1, 12), rng.randint(1, 28))
    p["groep"] = {"po": f"groep {rng.choice([5,6,7,8])}", "sbo": f"groep {rng.choice(['6/7','7','8'])}",
                  "so": f"groep {rng.choice(['Zonnebloem','Uilen','Kameleon'])}",
                  "vo": f"klas {rng.choice(['2 vmbo-k','3 havo','2 mavo/havo','3 vmbo-b','1 vmbo-gt'])}",
                  "pro": f"leerjaar {rng.choice([2,3,4])}", "vso": f"groep {rng.choice(['B2','Arbeid 3','Stage 1'])}"}[stype]
    staff = rng.sample(PERSONEEL, 5)
    p["mentor"], p["ib"], p["dir"], p["rt"], p["ab"] = staff
    p["ouder1"] = ("mevr. " if rng.random() < .6 else "dhr. ") + rng.choice("ABCDEHJKMPRSTW") + ". " + (last if rng.random() < .7 else ACHTERNAMEN[(idx*3+11) % len(ACHTERNAMEN)])
    p["ouder2"] = ("dhr. " if p["ouder1"].startswith("mevr") else "mevr. ") + rng.choice("ABCDEHJKMPRSTW") + ". " + last
    d, dkey = rng.choice(DEST[stype])
    p["dest"], p["destkey"] = d, dkey
    if stype == "vo":
        p["groep"] = "klas " + {"vmbo-k": rng.choice(["2 vmbo-k", "3 vmbo-k"]), "havo": rng.choice(["2 havo", "3 havo"]),
                                "vmbo-gt": rng.choice(["2 mavo", "3 vmbo-gt"]), "vmbo-b": rng.choice(["2 vmbo-b", "3 vmbo-b"])}[dkey]
    p["jaar"] = plan_date.year - rng.randint(1, 3)
    p["belem"] = [b.format(jaar=p["jaar"]) for b in pick(rng, BELEM, rng.randint(2, 4))]
    p["bevor"] = [b.replace("hij/zij", p["hij"]) for b in pick(rng, BEVOR, rng.randint(2, 4))]
    p["behoefte"] = pick(rng, BEHOEFTE, rng.randint(2, 3))
    p["desk"] = rng.choice(DESKUNDIGEN)
    p["desk_date"] = plus(plan_date, -rng.randint(40, 300))
    p["oogo_date"] = plus(plan_date, -rng.randint(5, 20))
    p["lg_date"] = plus(p["oogo_date"], -rng.randint(3, 10))
    p["eval1"] = plus(plan_date, rng.randint(100, 140))
    p["eval2"] = plus(plan_date, rng.randint(230, 260))
    p["start"] = plus(plan_date, rng.randint(3, 14))
    p["tiq"] = rng.choice([72, 78, 81, 84, 88, 93, 97, 104])
    p["rng"] = rng
    p["dle_le"] = rng.choice(["E4", "M5", "E5", "M6"])
    return p

# ---------------------------------------------------------------- element texts
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "PM", "wordt later ingevuld"]

INSTRUCTIONS = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: schooltype/niveau of uitstroomprofiel.]",
    "onderbouwing": "Toelichting voor de invuller: onderbouw de bestemming met toetsgegevens, IQ-gegevens en het ontwikkelingsverloop.",
    "belemmerende_factoren": "<Noem hier de belemmerende factoren op het gebied van leren, werkhouding, sociaal-emotioneel en thuis.>",
    "bevorderende_factoren": "[Benoem de bevorderende factoren / sterke kanten van de leerling.]",
    "ondersteuningsbehoefte": "Beschrijf wat de leerling nodig heeft (onderwijsbehoeften), geformuleerd als: '... heeft nodig ...'.",
    "ondersteuning": "[Beschrijf welke ondersteuning wordt geboden: wat, wie, hoe vaak, vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo nee, vermeld dit expliciet.",
    "doelen": "[Formuleer SMART-doelen voor de komende periode.]",
    "adviezen_professionals": "<Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.>",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg invullen.]",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan (verplicht vanaf 1 augustus 2025).",
    "evaluatie": "[Geef aan wanneer en met wie het plan wordt geëvalueerd.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen.]",
    "vaststelling": "[Datum vaststelling en naam/functie van degene die vaststelt.]",
}

def body(el, p, v, voice="formal"):
    """Return list of paragraphs/bullets for element `el`. None = leave out entirely.
    Paragraph items are str; bullets are ('li', str)."""
    rng = random.Random(p["idx"] * 100 + sum(map(ord, el)) % 97)
    if v == "omit":
        return None
    if v == "empty":
        return []
    if v == "ph":
        return [PLACEHOLDERS[(p["idx"] + len(el)) % len(PLACEHOLDERS)]]
    if v == "instr":
        return [INSTRUCTIONS[el]]
    if v == "ref":
        return [{"onderbouwing": "Zie bijlage 2 (toetsoverzicht).", "adviezen_professionals": "Zie verslag van het onderzoek in het dossier.",
                 "ondersteuning": "Zie het groepsplan en het handelingsplan in de bijlage.",
                 "belemmerende_factoren": "Zie groeidocument.", "doelen": "Zie bijlage.",
                 "informatie_rechten": "Zie de schoolgids.", "evaluatie": "Zie jaarplanning.",
                 "ondersteuningsbehoefte": "Zie het ontwikkelingsprofiel in ParnasSys.",
                 }.get(el, "Zie bijlage.")]
    n, hij, Hij, zijn, hem = p["first"], p["hij"], p["Hij"], p["zijn"], p["hem"]
    alt = voiced(el, p, v, voice)
    if alt is not None:
        return alt
    L = voice == "letter"
    Q = voice == "plain"
    if el == "uitstroombestemming":
        if L: return [f"Wij verwachten dat {n} na onze school naar {p['dest']} gaat."]
        if Q or voice == "field": return [f"{p['dest'][0].upper()+p['dest'][1:]}."]
        return [f"Verwachte uitstroombestemming: {p['dest']}."]
    if el == "onderbouwing":
        t = p["type"]; k = p["destkey"]
        if t in ("po", "sbo", "so"):
            sc = {"havo": ("I/II", 108, "E7"), "vmbo-gt": ("III", 97, "M6"), "vmbo-k": ("III/IV", 90, "E5"), "vmbo-b": ("IV/V", 84, "M5"),
                  "pro": ("V", 71, "E4"), "vso": ("IV/V", 82, "M5"), "vso-vo": ("IV/V", 83, "E4"), "vso-arb": ("V", 70, "M4")}[k]
            s = (f"{n} haalt bij begrijpend lezen en rekenen de afgelopen twee jaar vooral {sc[0]}-scores op de methode-onafhankelijke toetsen. "
                 f"De didactische leeftijdsequivalent voor technisch lezen ligt op {sc[2]}. "
                 f"Uit het psychodiagnostisch onderzoek ({lang(p['desk_date'])}) kwam een TIQ van {sc[1]}. "
                 f"Gezien deze gegevens, het leerrendement en {zijn} werkhouding past de genoemde bestemming het best.")
        elif t == "vo":
            s = (f"{n} staat voor de meeste vakken voldoende, maar heeft voor wiskunde en Engels structureel ondersteuning nodig. "
                 f"De resultaten van de methode-onafhankelijke toetsen (Cito VAS, leerjaar 2) liggen op het niveau van de huidige leerweg. "
                 f"Het verzuim is dit jaar gedaald. Daarom verwachten we dat {hij} dit niveau kan afronden.")
        else:
            tiq = {"dag": 52, "vervolg": 79}.get(k, 68)
            s = (f"{n} functioneert op het gebied van lezen en rekenen rond niveau 1F (rekenen nog onder 1F). "
                 f"Bij de interne stage en de snuffelstage (werkplekbeoordeling) scoorde {hij} goed op inzet en nauwkeurigheid, "
                 f"minder op zelfstandig werken. Intelligentieonderzoek: TIQ {tiq}. Dit maakt de genoemde bestemming haalbaar.")
        if L: s = "Waarom verwachten we dit? " + s
        return [s]
    if el == "belemmerende_factoren":
        return [("li", b) for b in p["belem"]]
    if el == "bevorderende_factoren":
        return [("li", b) for b in p["bevor"]]
    if el == "ondersteuningsbehoefte":
        if L: return [f"{n} heeft nodig: " + "; ".join(p["behoefte"]) + "."]
        return [f"{n} heeft nodig:"] + [("li", b) for b in p["behoefte"]]
    if el == "ondersteuning":
        items = [
            f"Twee keer per week 30 minuten extra instructie in een klein groepje door {p['rt']} (remedial teacher), vanaf {lang(p['start'])}.",
            f"Wekelijks een kort gesprek van 10 minuten met {p['mentor']} ({'mentor' if p['type'] in ('vo','pro','vso') else 'leerkracht'}) over hoe de week ging.",
            f"Eens per twee weken begeleiding door {p['ab']}, ambulant begeleider van het samenwerkingsverband, tot de evaluatie in {MAANDEN[p['eval1'].month-1]} {p['eval1'].year}.",
            f"Een vaste werkplek met koptelefoon; {'de leerkracht zorgt' if p['type'] in ('po','sbo','so') else 'de docenten zorgen'} hiervoor vanaf de eerste schooldag na vaststelling.",
        ]
        k = 3 + (p["idx"] % 2)
        return [("li", i) for i in items[:k]]
    if el == "afwijkingen_onderwijsprogramma":
        if v == "na":
            return [["Er zijn geen afwijkingen van het onderwijsprogramma.", "Geen; " + n + " volgt het reguliere programma.",
                     "N.v.t. – er wordt niet afgeweken van het onderwijsprogramma.", "Er wordt niet afgeweken van het reguliere programma."][p["idx"] % 4]]
        t = p["type"]
        if t in ("po", "sbo"):
            return [f"Voor rekenen volgt {n} een eigen leerlijn (eindniveau 1F, werkt in de stof van groep {rng.choice([5,6])}). "
                    f"Het is niet mogelijk alle kerndoelen voor rekenen te halen; de overige vakken volgt {hij} met de groep."]
        if t == "vo":
            return [f"{n} heeft een vrijstelling voor Frans; in die uren werkt {hij} in het ondersteuningslokaal aan Nederlands en wiskunde. "
                    f"Daarnaast mag {hij} toetsen verdeeld over twee momenten maken."]
        if t == "pro":
            return [f"{n} volgt een aangepast rooster: drie dagen school en twee dagen stage (maandag en donderdag) bij een groenbedrijf. "
                    f"De lessen Engels vervallen."]
        return [f"{n} heeft een verkort rooster van 4 dagen (woensdag vrij) vanwege vermoeidheid; de toegestane onderwijstijd is hierop aangepast "
                f"en met de inspectie afgestemd. {Hij} volgt een eigen leerlijn voor rekenen en lezen."]
    if el == "doelen":
        t = p["type"]
        e = p["eval1"]
        m = f"{MAANDEN[e.month-1]} {e.year}"
        if t in ("po", "sbo", "so"):
            g = [f"Eind {m} leest {n} een tekst op AVI-niveau {rng.choice(['M5','E5','M6'])} met voldoende tempo en hooguit 3 fouten.",
                 f"Eind {m} kan {n} de tafels van 1 t/m 5 binnen 3 seconden per som opzeggen.",
                 f"{n} vraagt in {m} in minstens 4 van de 5 lessen zelf om hulp met het hulpkaartje, in plaats van te stoppen."]
        elif t == "vo":
            g = [f"In {m} haalt {n} voor wiskunde en Engels gemiddeld minstens een 5,5.",
                 f"{n} noteert vanaf nu al het huiswerk in de planner en laat dit elke vrijdag aan de mentor zien (streven: 9 van de 10 weken).",
                 f"Het ongeoorloofd verzuim is in {m} teruggebracht tot 0 uren per maand."]
        else:
            g = [f"In {m} werkt {n} een dagdeel zelfstandig op de stageplek, met hooguit één keer hulp van de begeleider.",
                 f"{n} behaalt vóór {m} het certificaat veilig werken (VCA-basis) of de deelkwalificatie van de branche.",
                 f"{n} komt in de periode tot {m} elke ochtend op tijd (maximaal 2 keer te laat)."]
        return [("li", x) for x in g]
    if el == "adviezen_professionals":
        rol, naam, org = p["desk"]
        advies = {"orthopedagoog": "de instructie te verkorten en visueel te ondersteunen, en faalangst te bespreken met een vaste volwassene",
                  "GZ-psycholoog": "een vaste structuur te bieden, overgangen aan te kondigen en een time-out plek in te richten",
                  "logopedist": "mondelinge instructie te herhalen en te laten navertellen, en woordenschat gericht te oefenen",
                  "jeugdarts": "rekening te houden met vermoeidheid en een rustmoment in te plannen, en het verzuim wekelijks te bespreken",
                  "kinderfysiotherapeut": "een laptop te gebruiken voor lange schrijfopdrachten en een aangepaste stoel in te zetten",
                  "ambulant begeleider": "de leerkracht te coachen op het geven van korte, concrete opdrachten",
                  "behandelaar": "samen met de behandelaar één aanpak af te spreken bij boosheid (signaleringsplan)"}[rol]
        s = (f"{rol[0].upper()+rol[1:]} {naam} ({org}, verslag van {lang(p['desk_date'])}) adviseert {advies}. "
             f"De school neemt dit advies over: het is verwerkt in de ondersteuning hierboven en wordt bij de evaluatie besproken.")
        out = [s]
        if p["type"] in ("so", "vso"):
            out.append(f"De commissie voor de begeleiding heeft het plan op {lang(plus(p['date'], -3))} besproken en adviseert het vast te stellen; "
                       f"de commissie adviseert daarnaast de inzet van de jeugdarts bij de evaluatie.")
        if v == "ref_partial":
            return [f"{rol[0].upper()+rol[1:]} {naam} heeft {n} onderzocht; zie verslag."]
        return out
    if el == "oogo":
        who = f"{p['ouder1']}" + (f" en {p['ouder2']}" if p["idx"] % 3 else "")
        if p.get("adult"):
            who = f"{n} zelf" + (f" (met {p['ouder1']} als steun)" if p["idx"] % 2 else "")
        if p.get("curatele"):
            who = f"{p['curator']} (curator) en {n}"
        if v == "oogo_planned":
            return [f"Het gesprek met ouders over dit plan wordt nog gepland."]
        if L: return [f"Op {lang(p['oogo_date'])} hebben wij dit plan met u besproken ({who}, {p['mentor']} en {p['ib']}). Uw opmerkingen over het huiswerk hebben we verwerkt."]
        return [f"Het ontwikkelingsperspectief is op {lang(p['oogo_date'])} besproken met {who}, samen met {p['mentor']} en {p['ib']} (intern begeleider/zorgcoördinator). "
                + ("Ouders herkenden het beeld; op hun verzoek is een afspraak over huiswerk toegevoegd." if not p.get("curatele") else f"De curator en {n} herkenden het beeld.") if not p.get("adult") else
                f"Het plan is op {lang(p['oogo_date'])} besproken met {who}, {p['mentor']} en {p['ib']}. {n} is het eens met de beschrijving."]
    if el == "inbreng_leerling":
        if p["type"] in ("po", "sbo", "so"):
            views = [f"{n} vertelt dat {hij} het fijn vindt om buiten de klas uitleg te krijgen, maar niet de hele tijd, want dan mist {hij} de grapjes in de groep.",
                     f"{n} zegt dat {hij} vooral moe wordt van het lawaai bij het overblijven en dat rekenen 'niet {zijn} ding is'.",
                     f"{n} geeft aan dat {hij} het moeilijk vindt om hulp te vragen waar andere kinderen bij zijn."]
            effects = ["Daarom is afgesproken dat de extra instructie maximaal twee keer per week buiten de klas is.",
                       f"Naar aanleiding hiervan krijgt {n} een hulpkaartje en een rustige plek tijdens het overblijven.",
                       f"Daarom is in de ondersteuning opgenomen dat {n} met een kaartje om hulp kan vragen."]
        else:
            views = [f"{n} wil graag later 'iets met dieren' doen en vindt stage het leukste onderdeel van school.",
                     f"{n} zegt dat {hij} vooral moe wordt van het lawaai in de aula en de wisselingen tussen lokalen.",
                     f"{n} geeft aan dat {hij} het moeilijk vindt om hulp te vragen waar klasgenoten bij zijn, en liever appt met de mentor."]
            effects = ["Dit is meegenomen in de keuze van de stageplek en in doel 1.",
                       f"Naar aanleiding hiervan mag {n} in de pauze in het ondersteuningslokaal zitten.",
                       f"Daarom is afgesproken dat {n} vragen ook via de schoolapp aan de mentor kan stellen."]
        j = p["idx"] % 3
        view, effect = views[j], effects[j]
        intro = f"In het leerlinggesprek van {lang(p['lg_date'])}: " if not L else f"We hebben ook met {n} gepraat ({lang(p['lg_date'])}). "
        if v == "noeffect":
            return [intro + view]
        return [intro + view + " " + effect]
    if el == "evaluatie":
        w = "ouders en " + n if p["post"] else "ouders"
        if p.get("adult"): w = n + " (en, als " + hij + " dat wil, ouders)"
        if p.get("curatele"): w = f"{n} en {p['curator']}"
        if L: return [f"We bekijken samen met u en {n} in {MAANDEN[p['eval1'].month-1]} en in {MAANDEN[p['eval2'].month-1]} hoe het gaat en passen het plan zo nodig aan."]
        return [f"Tussenevaluatie op {lang(p['eval1'])} en eindevaluatie op {lang(p['eval2'])}, met {w}, de mentor/leerkracht en de intern begeleider. "
                f"Het plan wordt ten minste eenmaal per schooljaar met {w} geëvalueerd en zo nodig bijgesteld."]
    if el == "informatie_rechten":
        u = "u" if not p.get("adult") else "je"
        if p.get("adult"):
            return ["Je hebt instemmingsrecht op het handelingsdeel van dit plan. Ben je het er niet mee eens, bespreek het dan eerst met je mentor of de directeur. "
                    "Je kunt ook terecht bij het Ouder- en Jeugdsteunpunt van Samenwerkingsverband Lindevaart of bij een onderwijsconsulent. "
                    "Binnen zes weken na vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht)."]
        if p.get("curatele"):
            return [f"De curator heeft namens {n} instemmingsrecht op het handelingsdeel. Bij verschil van mening gaat de curator eerst in gesprek met de school; "
                    "advies is mogelijk bij het Ouder- en Jeugdsteunpunt en bij een onderwijsconsulent. Binnen zes weken na vaststelling kan een geschil worden "
                    "voorgelegd aan de Geschillencommissie passend onderwijs."]
        if L: return ["U heeft instemmingsrecht op het handelingsdeel. Bent u het er niet mee eens, neem dan eerst contact op met ons. "
                      "U kunt ook advies vragen aan het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent. "
                      "Komen we er samen niet uit, dan kunt u binnen zes weken na de vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs."]
        return ["Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Bij verschil van mening gaan ouders eerst in gesprek met de school. "
                "Daarnaast kunnen zij kosteloos advies vragen bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband en bij de onderwijsconsulenten. "
                "Een geschil over (de vaststelling of bijstelling van) het OPP kan binnen zes weken na de vaststelling worden voorgelegd aan de Geschillencommissie passend onderwijs."]
    if el == "vaststelling":
        if v == "nowho":
            return [f"Datum: {kort(p['date'])}"]
        if v == "nodate":
            return [f"Vastgesteld door {p['dir']}, directeur. Datum: ............"]
        rev = f" Bijgesteld op {lang(p['revised'])} door {p['dir']} na de tussenevaluatie." if p.get("revised") else ""
        if L: return [f"Het plan is op {lang(p['date'])} vastgesteld door {p['dir']}, directeur van {p['school']}." + rev]
        return [f"Dit OPP is vastgesteld op {lang(p['date'])} door {p['dir']}, directeur van {p['school']}." + rev]
    raise KeyError(el)


def _who(p):
    if p.get("adult"): return p["first"] + " zelf"
    if p.get("curatele"): return f"{p['curator']} (curator) en {p['first']}"
    return p["ouder1"] + (f" en {p['ouder2']}" if p["idx"] % 3 else "")

def _w(p):
    if p.get("adult"): return p["first"]
    if p.get("curatele"): return f"{p['first']} en de curator"
    return "ouders en " + p["first"] if p["post"] else "ouders"

def voiced(el, p, v, voice):
    """Layout-specific phrasing for a few elements (only for the complete variant)."""
    n = p["first"]; d = p["oogo_date"]; e1, e2 = p["eval1"], p["eval2"]
    plain_adult = p.get("adult") or p.get("curatele")
    if el == "oogo" and v == "ok":
        return {"groei": [f"Op {lang(d)} zaten we aan tafel met {_who(p)}, {p['mentor']} en {p['ib']}. Samen hebben we dit plan doorgenomen; de afspraken in hoofdstuk 5 zijn in overleg gemaakt."],
                "plain": [f"Ja. Op {lang(d)} hebben {_who(p)} en de school ({p['mentor']} en {p['ib']}) het plan samen doorgenomen."],
                "field": [f"{kort(d)} – {_who(p)}; {p['mentor']} (mentor/leerkracht), {p['ib']} (IB/zorgcoördinator)"],
                "iop": [f"IOP-gesprek op {lang(d)} met {_who(p)}, {n} en mentor {p['mentor']}. Het concept is doorgelopen en op twee punten aangepast (stagedagen en reistijd)."],
                "sovso": [f"Het op overeenstemming gericht overleg vond plaats op {lang(d)} met {_who(p)}, de groepsleerkracht/mentor ({p['mentor']}) en de orthopedagoog ({p['ib']})."],
                }.get(voice)
    if el == "evaluatie" and v == "ok":
        w = _w(p)
        return {"groei": [f"We kijken terug in de groeidocumentbespreking van {lang(e1)} (tussenevaluatie) en van {lang(e2)} (jaarevaluatie), samen met {w}."],
                "plain": [f"We kijken samen met {'u en ' + n if not plain_adult else w} terug op {lang(e1)} en op {lang(e2)}. Daarna passen we het plan aan als dat nodig is."],
                "field": [f"Tussenevaluatie {kort(e1)}; eindevaluatie {kort(e2)}; met {w}, mentor/leerkracht en IB (minimaal 1x per schooljaar)"],
                "iop": [f"IOP-gesprekken op {lang(e1)} en {lang(e2)}, met {w} en de mentor. In elk gesprek bekijken we de doelen en hoe de stage gaat; het plan wordt minstens één keer per jaar geëvalueerd."],
                "sovso": [f"Evaluatie twee keer per schooljaar ({kort(e1)} en {kort(e2)}) met {w}; de commissie voor de begeleiding bespreekt de uitkomst."],
                }.get(voice)
    if el == "vaststelling" and v == "ok":
        rev = f" Bijgesteld op {lang(p['revised'])}." if p.get("revised") else ""
        x = {"groei": f"Vastgesteld namens het bevoegd gezag door {p['dir']} (directeur) op {kort(p['date'])}.",
             "plain": f"{p['dir'][0].upper() + p['dir'][1:]}, directeur, heeft het plan vastgesteld op {lang(p['date'])}.",
             "field": f"Vastgesteld {kort(p['date'])} door {p['dir']} (directeur)",
             "iop": f"Datum vaststelling: {kort(p['date'])} – door: {p['dir']}, directeur {p['school']}",
             "sovso": f"Na advies van de commissie voor de begeleiding vastgesteld op {lang(p['date'])} door {p['dir']}, directeur."}.get(voice)
        return [x + rev] if x else None
    if el == "informatie_rechten" and v == "ok" and not plain_adult:
        return {"groei": ["U beslist mee: zonder uw instemming met het handelingsdeel (5.3 t/m 5.5) voeren we dat deel niet uit. Bent u het niet eens, zeg het ons. "
                          "Lukt het samen niet, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent of, binnen zes weken na vaststelling, bij de Geschillencommissie passend onderwijs."],
                "plain": ["Praat eerst met de leerkracht of de intern begeleider. Komen we er samen niet uit? Dan kunt u gratis hulp vragen bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. "
                          "U kunt ook binnen zes weken naar de Geschillencommissie passend onderwijs. U mag nee zeggen tegen de hulp in dit plan: zonder uw instemming voeren we dat deel niet uit."],
                "field": ["Ouders geïnformeerd over instemmingsrecht handelingsdeel en over Ouder- en Jeugdsteunpunt, onderwijsconsulenten en Geschillencommissie passend onderwijs (termijn 6 weken na vaststelling): ja, tijdens OOGO."],
                "iop": ["Jij en je ouders mogen het oneens zijn met dit plan. Je ouders moeten instemmen met het handelingsdeel. Bij onenigheid: eerst praten met mentor of directie; "
                        "daarna kan het Ouder- en Jeugdsteunpunt of een onderwijsconsulent helpen. Een geschil kan binnen zes weken naar de Geschillencommissie passend onderwijs."],
                }.get(voice)
    return None
