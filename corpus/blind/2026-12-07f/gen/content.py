# -*- coding: utf-8 -*-
"""Text library: element content by status kind. Deterministic (rng passed in)."""
import datetime as dt

EL = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
      "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
      "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
      "informatie_rechten", "vaststelling"]

MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MAAND[d.month-1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")


def addm(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    return dt.date(y, mo, min(d.day, 28))


# kinds that count as present / na / missing; everything else is incomplete
PRESENT_KINDS = {"p", "signed_typed", "ticked", "email", "digital", "scribble", "adult_self",
                 "curator", "strook", "minutes", "scribble_hand"}
MISSING_KINDS = {"missing", "other_consent"}
NA_KINDS = {"na"}


def status_of(kind):
    if kind in PRESENT_KINDS:
        return "present"
    if kind in MISSING_KINDS:
        return "missing"
    if kind in NA_KINDS:
        return "not_applicable"
    return "incomplete"


BELEM = [
    "moeite met het vasthouden van de aandacht bij een instructie van meer dan tien minuten",
    "de tafels van vermenigvuldiging zijn nog niet geautomatiseerd",
    "faalangst bij toetsmomenten: {hij} klapt dicht en levert werk leeg in",
    "trage woordherkenning (DMT-score op E-niveau)",
    "snel overprikkeld in drukke situaties, vooral na de pauze",
    "begrijpt lange schriftelijke opdrachten vaak niet zonder hulp",
    "de verhuizing en scheiding van ouders in het afgelopen jaar hebben veel onrust gegeven",
    "vermoeidheid door slecht slapen; {hij} komt regelmatig moe op school",
    "geringe werkwoordenschat, thuistaal is Pools/Nederlands",
    "vraagt zelf geen hulp en blijft dan stilzitten",
]
BEVOR = [
    "{n} is behulpzaam en wordt graag gevraagd door klasgenoten",
    "werkt goed en geconcentreerd met concreet materiaal (MAB, breukenstokken)",
    "ouders zijn betrokken en oefenen thuis dagelijks tien minuten met lezen",
    "sterke mondelinge taalvaardigheid: {hij} vertelt helder en met humor",
    "is dol op voetbal; een beloning met een balspel in de pauze motiveert {hem} sterk",
    "in de kleine combinatiegroep kent {n} alle kinderen en voelt {hij} zich veilig",
    "reageert goed op een vaste volgorde van de dag en pictogrammen",
    "is creatief en tekent graag; dit helpt {hem} om tot rust te komen",
    "heeft een goede band met de leerkracht en de onderwijsassistent",
]
QUOTES = [
    ("Ik vind rekenen stom als ik het niet snap, maar met de blokjes gaat het wel.",
     "Daarom werkt {n} bij de verlengde instructie rekenen standaard met concreet materiaal, ook in de groep."),
    ("Ik wil niet dat iedereen ziet dat ik naar juf {oa} ga.",
     "Daarom vindt de extra instructie plaats aan de instructietafel in de eigen klas in plaats van in het kamertje op de gang."),
    ("Als het heel druk is wil ik even naar de gang mogen.",
     "We hebben met {n} een time-out-kaartje afgesproken: {hij} mag zonder te vragen vijf minuten naar de leeshoek."),
    ("Ik wil later bij de dierenarts werken.",
     "In de doelen voor begrijpend lezen gebruiken we daarom teksten over dieren, en in de zaakvakken mag {n} een werkstuk over dierverzorging maken."),
    ("Lezen op de koptelefoon gaat veel beter.",
     "Daarom is voorleessoftware aan het handelingsdeel toegevoegd voor alle zaakvakteksten."),
]


def pick(rng, pool, k, ctx):
    idx = rng.sample(range(len(pool)), k)
    return [pool[i].format(**ctx) for i in sorted(idx)]


def dest_text(ctx):
    return ctx["dest"]


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "<invullen>", "…………"]


def body(el, kind, ctx, rng, style="table"):
    """Return list of parts (str or ('sig', dict)). Empty list means heading only."""
    n = ctx["n"]; hij = ctx["hij"]; zijn = ctx["zijn"]; hem = ctx["hem"]; st = ctx["st"]
    F = lambda s: s.format(**ctx)
    if kind == "missing":
        return None
    if kind == "heading_only":
        return []
    if kind.startswith("ph"):  # placeholder, ph or ph:TEXT
        return [kind.split(":", 1)[1] if ":" in kind else rng.choice(PLACEHOLDERS)]
    if kind == "instr":
        return [INSTR[el].format(**ctx)]
    if kind == "ref":
        return [F(REFS[el])]
    if kind == "generic":
        return [F(GENERIC[el])]
    if kind == "unticked":
        return [UNTICKED[el]]
    # element specific
    fn = globals()["b_" + el]
    return fn(kind, ctx, rng, style)


INSTR = {
    "uitstroombestemming": "[Vul hier de te verwachten uitstroombestemming in: vo-type/leerweg, of in het vso het uitstroomprofiel.]",
    "onderbouwing": "Toelichting: onderbouw het perspectief met toetsgegevens, het leerrendement en eventueel onderzoeksgegevens.",
    "belemmerende_factoren": "Beschrijf hier in maximaal vijf punten de factoren die het leren van de leerling belemmeren (leerling, onderwijs, thuis).",
    "bevorderende_factoren": "[Noem hier de sterke kanten en beschermende factoren van de leerling en de omgeving.]",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'Deze leerling heeft … nodig om … te kunnen …'. (Zie handreiking SWV, blz. 4.)",
    "ondersteuning": "[Beschrijf per doel: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "Geef aan of er sprake is van een eigen leerlijn, vrijstelling of aangepast rooster en beschrijf dit.",
    "doelen": "[SMART-doelen voor de komende periode invullen per ontwikkelingsgebied]",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg met ouders]",
    "instemming_ouders": "Laat ouders hieronder tekenen voor instemming met het handelingsdeel.",
    "inbreng_leerling": "[Beschrijf hier wat de leerling zelf vindt en wat daarmee in het plan is gedaan. Verplicht vanaf 1 augustus 2025.]",
    "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd (minimaal eenmaal per schooljaar).",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen]",
    "vaststelling": "Datum vaststelling en naam directeur invullen na ondertekening.",
}
REFS = {
    "uitstroombestemming": "Zie het uitstroomformulier in het leerlingdossier.",
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie het groeidocument, deel 2.",
    "bevorderende_factoren": "Zie het groeidocument, deel 2.",
    "ondersteuningsbehoefte": "Zie het groepsplan rekenen en lezen, blok 2.",
    "ondersteuning": "Zie het groepsplan (instructiegroep 3) en het rooster van de onderwijsassistent.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 'eigen leerlijn'.",
    "doelen": "De doelen staan in het groepsplan van {grp}.",
    "adviezen_professionals": "Zie het verslag van de orthopedagoog in het dossier.",
    "oogo": "Zie het gespreksverslag in het leerlingvolgsysteem.",
    "instemming_ouders": "Zie het ondertekende exemplaar in het dossier.",
    "inbreng_leerling": "Zie het kindgesprek in het leerlingvolgsysteem.",
    "evaluatie": "Zie de jaarplanning van de zorgcyclus.",
    "informatie_rechten": "Informatie over uw rechten vindt u in de schoolgids en op de website van het samenwerkingsverband.",
    "vaststelling": "Zie handtekening directie op het origineel.",
}
GENERIC = {
    "uitstroombestemming": "Wij streven ernaar dat ieder kind uitstroomt naar het best passende vervolgonderwijs.",
    "onderbouwing": "Het perspectief wordt op onze school altijd vastgesteld op basis van de gegevens uit het leerlingvolgsysteem.",
    "belemmerende_factoren": "In de groep zijn er veel leerlingen met een taalachterstand en de groep is onrustig na de pauzes.",
    "bevorderende_factoren": "Onze school is een kleine dorpsschool met een veilig pedagogisch klimaat. Alle kinderen kennen elkaar en de leerkrachten werken met het directe instructiemodel.",
    "ondersteuningsbehoefte": "Alle kinderen in deze groep hebben behoefte aan duidelijke instructie, structuur, een voorspelbare dag en positieve feedback.",
    "ondersteuning": "De school biedt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel. Extra ondersteuning wordt ingezet waar nodig.",
    "afwijkingen_onderwijsprogramma": "Waar nodig wordt het onderwijsprogramma aangepast aan de mogelijkheden van de leerling.",
    "doelen": "Wij willen dat iedere leerling zich optimaal ontwikkelt en met plezier naar school gaat.",
    "adviezen_professionals": "De school werkt waar nodig samen met externe deskundigen zoals de orthopedagoog van het samenwerkingsverband.",
    "oogo": "Ouders worden op onze school altijd betrokken bij het opstellen van een plan.",
    "instemming_ouders": "Ouders hebben instemmingsrecht op het handelingsdeel.",
    "inbreng_leerling": "Op onze school voeren we met alle kinderen twee keer per jaar een kindgesprek.",
    "evaluatie": "Alle ontwikkelingsperspectieven worden volgens de zorgcyclus van de school geëvalueerd.",
    "informatie_rechten": "Ouders zijn altijd welkom op school voor een gesprek.",
    "vaststelling": "Het OPP wordt vastgesteld door het bevoegd gezag.",
}
UNTICKED = {
    "uitstroombestemming": "☐ praktijkonderwijs   ☐ vmbo-bb (met lwoo)   ☐ vmbo-kb   ☐ vmbo-gt   ☐ havo   ☐ vwo",
    "afwijkingen_onderwijsprogramma": "☐ eigen leerlijn, namelijk voor: ____________\n☐ vrijstelling van: ____________\n☐ aangepast lesrooster\n☐ geen afwijkingen",
    "inbreng_leerling": "☐ Leerling is gehoord   ☐ Leerling is niet gehoord, omdat: ____________",
    "oogo": "☐ Besproken met ouders op: ____________   ☐ Ouders waren niet aanwezig",
    "evaluatie": "☐ na 3 maanden   ☐ na 6 maanden   ☐ einde schooljaar",
    "instemming_ouders": "☐ akkoord met het handelingsdeel   ☐ niet akkoord met het handelingsdeel",
    "ondersteuning": "☐ verlengde instructie   ☐ RT buiten de groep   ☐ onderwijsassistent   ☐ arrangement SWV",
    "doelen": "☐ rekenen   ☐ technisch lezen   ☐ begrijpend lezen   ☐ werkhouding   ☐ sociaal-emotioneel",
    "bevorderende_factoren": "☐ motivatie   ☐ steun thuis   ☐ sociale vaardigheden   ☐ anders: ________",
    "belemmerende_factoren": "☐ concentratie   ☐ werkhouding   ☐ thuissituatie   ☐ anders: ________",
    "ondersteuningsbehoefte": "☐ structuur   ☐ extra instructie   ☐ prikkelarme plek   ☐ anders: ________",
    "onderbouwing": "☐ LVS-toetsen   ☐ intelligentieonderzoek   ☐ leerrendement",
    "adviezen_professionals": "☐ orthopedagoog   ☐ logopedist   ☐ jeugdarts   ☐ anders: ________",
    "informatie_rechten": "☐ Ouders zijn geïnformeerd over hun rechten",
    "vaststelling": "☐ vastgesteld   ☐ concept",
}


def b_uitstroombestemming(kind, ctx, rng, style):
    d = ctx["dest"]
    if kind == "vague":
        return [ctx.get("dest_vague", "Passend vervolgonderwijs, afhankelijk van de ontwikkeling de komende jaren.")]
    if style == "prose":
        return [rng.choice([f"Wij verwachten dat {ctx['n']} na deze school uitstroomt naar {d}.",
                            f"Als team verwachten we voor {ctx['n']} een uitstroom naar {d}."])]
    return [rng.choice([f"{d[0].upper()+d[1:]}.", f"Verwachte uitstroom: {d}.", f"{ctx['n']} stroomt naar verwachting uit naar {d}."])]


def b_onderbouwing(kind, ctx, rng, style):
    st = ctx["st"]; n = ctx["n"]
    if st in ("po", "sbo"):
        t = (f"{n} heeft over de afgelopen twee jaar een leerrendement van ongeveer {ctx['lr_r']}% bij rekenen en "
             f"{ctx['lr_l']}% bij begrijpend lezen (DLE rekenen {ctx['dle']} bij een DL van {ctx['dl']}). "
             f"Uit het intelligentieonderzoek van {ctx['odate']} (WISC-V) kwam een totaal-IQ van {ctx['iq']}. "
             f"Bij gelijkblijvende ontwikkeling komt {n} eind groep 8 uit rond het niveau van eind groep {ctx['eindniv']}; dat past bij het genoemde perspectief.")
    elif st == "so":
        t = (f"{n} ontwikkelt zich op de leerlijnen van het so gestaag maar langzaam (rekenen niveau eind groep 4, lezen AVI M4). "
             f"Het intelligentieprofiel ({ctx['odate']}, TIQ {ctx['iq']}) en de ontwikkeling van {ctx['zijn']} zelfstandigheid in het afgelopen jaar maken dit perspectief het meest passend.")
    elif st == "vo":
        t = (f"{n} kwam binnen met een advies vmbo-kader/gt. In leerjaar 2 staat {ctx['hij']} voor de meeste vakken voldoende "
             f"(gemiddeld 6,4), wiskunde en Engels zijn onvoldoende (5,1 en 5,4). De resultaten van de DIA-toetsen liggen op kaderniveau. "
             f"Daarom verwachten wij dat dit perspectief haalbaar is.")
    elif st == "pro":
        t = (f"Het totaal-IQ van {n} is {ctx['iq']} ({ctx['odate']}) en de leerachterstand bij binnenkomst was meer dan drie jaar. "
             f"Op de interne stage in de kantine liet {n} zien dat {ctx['hij']} taken zelfstandig en nauwkeurig kan uitvoeren; de stagebeoordeling was goed.")
    else:
        t = (f"{n} heeft twee interne stages en één externe stage gedaan; de beoordelingen laten zien dat {ctx['hij']} met een duidelijke taakopbouw en "
             f"vaste begeleider goed functioneert. Het IQ-onderzoek ({ctx['odate']}, TIQ {ctx['iq']}) en de zorgvraag bij overgangen ondersteunen dit perspectief.")
    return [t]


def b_belemmerende_factoren(kind, ctx, rng, style):
    items = pick(rng, BELEM, rng.choice([3, 4]), ctx)
    if style == "prose":
        return [f"Wat het leren van {ctx['n']} lastig maakt: " + "; ".join(items) + "."]
    return ["\n".join("- " + i for i in items)]


def b_bevorderende_factoren(kind, ctx, rng, style):
    pool = BEVOR if ctx["st"] in ("po", "sbo", "so") else [b for b in BEVOR if "combinatiegroep" not in b and "MAB" not in b]
    items = pick(rng, pool, rng.choice([3, 4]), ctx)
    if style == "prose":
        return [f"Er is ook veel wat helpt: " + "; ".join(items) + "."]
    return ["\n".join("- " + i for i in items)]


def b_ondersteuningsbehoefte(kind, ctx, rng, style):
    n = ctx["n"]
    t = (f"{n} heeft een leerkracht nodig die de instructie opdeelt in kleine stappen en na de instructie bij {ctx['hem']} nagaat of de opdracht begrepen is. "
         f"{ctx['Hij']} heeft een vaste werkplek nodig met weinig prikkels, concreet materiaal bij rekenen en een dagplanning met pictogrammen op tafel, "
         f"zodat {ctx['hij']} vooraf weet wat er gaat gebeuren.")
    if ctx["st"] == "vo":
        t = (f"{n} heeft een mentor nodig die wekelijks de planning met {ctx['hem']} doorneemt, uitleg bij wiskunde in kleine stappen met uitgewerkte voorbeelden, "
             f"en een vaste plek en persoon om naartoe te gaan als de spanning oploopt.")
    if ctx["st"] in ("vso", "pro"):
        t = (f"{n} heeft een vaste begeleider nodig op school en op de stageplek, opdrachten die stap voor stap op een werkkaart staan, "
             f"en een rustig moment aan het begin van de dag om de planning door te nemen. Bij veranderingen moet {ctx['hij']} die een dag van tevoren horen.")
    return [t]


def b_ondersteuning(kind, ctx, rng, style):
    n = ctx["n"]; s = dlong(ctx["start"])
    if kind == "partial":
        return [f"De intern begeleider begeleidt {n} extra bij lezen."]
    if ctx["st"] in ("vso", "pro"):
        t = (f"- Jobcoach {ctx['oa']} begeleidt {n} op de stage, eerst wekelijks, vanaf de zesde week eens per twee weken (vanaf {s}).\n"
             f"- Mentor {ctx['lk']} neemt elke maandag de weekplanning met {n} door (15 minuten).\n"
             f"- Twee uur per week extra rekenen in de praktijk (geld, tijd) in de kleine groep van {ctx['oa']}.")
    else:
        t = (f"- Verlengde instructie rekenen door onderwijsassistent {ctx['oa']}: dinsdag en donderdag, 30 minuten, vanaf {s}.\n"
             f"- Voorlezen en voorbereiden van teksten (RALFI-lezen) door intern begeleider {ctx['ib']}: één keer per week 20 minuten.\n"
             f"- De leerkracht ({ctx['lk']}) gebruikt een time-timer, een stappenplan op tafel en geeft {n} vaste beurten bij de instructie.")
    if ctx["st"] == "vo":
        t = (f"- Mentor {ctx['lk']} voert elke maandag in het mentoruur een planningsgesprek met {n} (10 minuten), vanaf {s}.\n"
             f"- Bijles wiskunde in het leerlab door {ctx['oa']}: woensdag 7e uur, 45 minuten, periode 2 en 3.\n"
             f"- Zorgcoördinator {ctx['ib']} is het vaste aanspreekpunt bij spanning; {n} heeft een time-outkaart (maximaal twee keer per dag).")
    if style == "prose":
        t = t.replace("\n- ", " ").replace("- ", "Concreet betekent dat: ", 1)
    return [t]


def b_afwijkingen_onderwijsprogramma(kind, ctx, rng, style):
    n = ctx["n"]
    if kind == "na":
        opts = [f"Er zijn geen afwijkingen van het onderwijsprogramma: {n} volgt het programma van de groep.",
                "Geen afwijkingen van het onderwijsprogramma."]
        if style != "prose":
            opts.append("☒ Geen afwijkingen van het reguliere programma   ☐ Wel afwijkingen, namelijk: ______")
        return [rng.choice(opts)]
    if kind == "nvt_but":
        return ["nvt"]
    st = ctx["st"]
    if st in ("po", "sbo", "so"):
        t = (f"{n} volgt vanaf {dlong(ctx['start'])} voor rekenen een eigen leerlijn op het niveau van eind groep {ctx['eindniv']-2}, "
             f"met de bijbehorende einddoelen (1F niet volledig). Voor de overige vakken werkt {ctx['hij']} met de groep mee.")
    elif st == "vo":
        t = f"{n} heeft vrijstelling voor Frans; in die uren werkt {ctx['hij']} in het leerlab aan Nederlands en rekenen."
    else:
        t = f"Aangepast rooster: {n} loopt twee dagen per week stage en heeft daarom geen lessen gym en cultuur op dinsdag en donderdag."
    return [t]


def b_doelen(kind, ctx, rng, style):
    n = ctx["n"]; d = ctx["dset"]
    if kind == "vague":
        return [f"{n} gaat vooruit met rekenen en lezen.\n{n} krijgt meer zelfvertrouwen.\n{n} voelt zich fijn in de groep."]
    if ctx["st"] in ("vso", "pro"):
        t = (f"1. Uiterlijk {dlong(addm(d,4))} werkt {n} op de stageplek twee uur zelfstandig met de werkkaart, zonder meer dan twee keer hulp te vragen.\n"
             f"2. In {MAAND[addm(d,5).month-1]} {addm(d,5).year} reist {n} zelfstandig met de bus naar stage (drie weken zonder begeleiding).\n"
             f"3. Eind van het schooljaar haalt {n} het branchecertificaat Schoonmaak (praktijkexamen).")
    elif ctx["st"] == "vo":
        t = (f"1. Aan het eind van periode 2 ({dlong(addm(d,4))}) staat {n} voor wiskunde minimaal een 5,5.\n"
             f"2. {n} houdt vanaf nu een planner bij en levert in periode 2 alle huiswerkopdrachten op tijd in (controle door mentor).\n"
             f"3. In {MAAND[addm(d,6).month-1]} meldt {n} zich bij oplopende spanning zelf bij de zorgcoördinator (doel: drie keer per maand benut, geen verwijdering uit de les).")
    else:
        t = (f"1. Rekenen: eind {MAAND[addm(d,3).month-1]} {addm(d,3).year} kent {n} de tafels 1 t/m 5 (90% goed op de tafeltoets binnen 3 minuten).\n"
             f"2. Technisch lezen: in {MAAND[addm(d,7).month-1]} {addm(d,7).year} leest {n} AVI E5 op beheersingsniveau.\n"
             f"3. Werkhouding: vanaf {MAAND[addm(d,2).month-1]} werkt {n} 15 minuten zelfstandig met het stappenplan (observatie leerkracht, twee keer per week).")
    if style == "prose":
        t = "We werken aan deze doelen: " + " ".join(x[3:] for x in t.split("\n"))
    return [t]


def b_adviezen_professionals(kind, ctx, rng, style):
    n = ctx["n"]
    if kind == "only_logo":
        return [f"Logopedist {ctx['logo']} (praktijk De Klankkast) adviseert bij instructies korte zinnen te gebruiken en nieuwe woorden vooraf met een plaatje uit te leggen. "
                f"De leerkracht doet dit sinds september bij elke zaakvakles."]
    base = (f"Orthopedagoog {ctx['ortho']} van het samenwerkingsverband adviseerde in haar verslag van {ctx['odate']}: instructie in kleine stappen, "
            f"rekenen met concreet materiaal en minder oefenstof per taak. De school heeft deze adviezen overgenomen in de ondersteuning hierboven "
            f"(verlengde instructie met materiaal, takenkaart met minder sommen).")
    if ctx["st"] in ("so", "vso"):
        base = (f"De commissie voor de begeleiding heeft op {dlong(ctx['cvb'])} over dit plan geadviseerd: akkoord met het perspectief, "
                f"met het advies om {ctx['zijn']} zelfstandigheid bij overgangen expliciet als doel op te nemen. Dit is gedaan (zie doelen). "
                f"Gedragswetenschapper {ctx['ortho']} adviseert daarnaast een vaste begeleider; dat is geregeld.")
    return [base]


def b_oogo(kind, ctx, rng, style):
    n = ctx["n"]
    if ctx.get("adult"):
        return [f"Het plan is op {dlong(ctx['doogo'])} besproken met {n} zelf; op {ctx['zijn']} verzoek was ook {ctx['ouder1']} aanwezig, "
                f"met mentor {ctx['lk']}. {n} wilde meer stagedagen; dat is in het plan verwerkt."]
    if ctx.get("curatele"):
        return [f"Op {dlong(ctx['doogo'])} is het plan besproken met {ctx['curator']} (curator) en met {n}. Aanwezig namens school: mentor {ctx['lk']} en {ctx['ib']}."]
    return [rng.choice([
        f"Het ontwikkelingsperspectief is op {dlong(ctx['doogo'])} besproken met {ctx['ouders']}. Aanwezig namens school: {ctx['lk']} (leerkracht) en {ctx['ib']} (intern begeleider). Ouders herkennen het beeld; hun wens om het lezen thuis te blijven oefenen is opgenomen.",
        f"Op overeenstemming gericht overleg: {dlong(ctx['doogo'])}, met {ctx['ouders']}, leerkracht {ctx['lk']} en IB'er {ctx['ib']}. Ouders zijn het eens met het perspectief en de doelen.",
    ])]


def b_inbreng_leerling(kind, ctx, rng, style):
    n = ctx["n"]
    q, eff = QUOTES[ctx["qi"]]
    q = q.format(**ctx); eff = eff.format(**ctx)
    if ctx["st"] in ("vo", "pro", "vso"):
        q = rng.choice(["Ik wil vooral meer praktijk, stilzitten in de les lukt me niet.",
                        "Ik wil later met auto's werken, daar wil ik stage in doen.",
                        "Ik vind het fijn als de mentor vooraf zegt wat er die week gaat gebeuren."])
        eff = {"Ik wil vooral meer praktijk, stilzitten in de les lukt me niet.": f"Daarom is er een extra praktijkmiddag opgenomen en zijn de theoriedoelen gekoppeld aan de praktijkvakken.",
               "Ik wil later met auto's werken, daar wil ik stage in doen.": f"De stage in het tweede halfjaar wordt daarom gezocht bij een garagebedrijf; het doel voor zelfstandig reizen is daarop afgestemd.",
               "Ik vind het fijn als de mentor vooraf zegt wat er die week gaat gebeuren.": f"Daarom is het maandaggesprek met de mentor als vaste ondersteuning opgenomen."}[q]
    dd = dlong(addm(ctx["doogo"], 0) - dt.timedelta(days=5))
    if kind == "no_change":
        return [f"Gesprek met {n} ({dd}): \"{q}\" {n} vindt het fijn op school en speelt graag met vrienden."]
    return [f"In een gesprek op {dd} vertelde {n}: \"{q}\" {eff}"]


def b_evaluatie(kind, ctx, rng, style):
    n = ctx["n"]; e1 = addm(ctx["dset"], 3); e2 = addm(ctx["dset"], 7)
    if e1.month in (7, 8):
        e1 = dt.date(e1.year, 6, 20)
    if e2.month in (7, 8):
        e2 = dt.date(e2.year, 6, 24)
    who = ctx["ouders"] if not ctx["post"] else f"{ctx['ouders']} en {n}"
    if ctx.get("adult"):
        who = f"{n}"
    if ctx.get("curatele"):
        who = f"{ctx['curator']} (curator) en {n}"
    return [rng.choice([
        f"Tussenevaluatie met {who} in {MAAND[e1.month-1]} {e1.year}; eindevaluatie en bijstelling in {MAAND[e2.month-1]} {e2.year}.",
        f"We evalueren dit plan op {dlong(e1)} en {dlong(e2)} met {who}. Daarna wordt het plan zo nodig bijgesteld.",
    ])]


def b_informatie_rechten(kind, ctx, rng, style):
    if kind == "partial":
        return ["U heeft als ouder instemmingsrecht op het handelingsdeel van dit plan."]
    who = "u" if not ctx.get("adult") else "je"
    if ctx.get("adult"):
        return [("Je hebt instemmingsrecht op het handelingsdeel. Ben je het niet eens met het plan, bespreek dit dan eerst met je mentor of de directeur. "
                 "Je kunt ook gratis advies vragen aan een onderwijsconsulent. Binnen zes weken na de vaststelling kun je het geschil voorleggen aan de "
                 "Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).")]
    return [rng.choice([
        ("U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens met (een deel van) het plan, neem dan eerst contact op met de directeur. "
         f"U kunt ook terecht bij het ouder- en jeugdsteunpunt van {ctx['swv']} of bij een onderwijsconsulent (gratis). "
         "Binnen zes weken na de vaststelling kunt u het geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        ("Instemmingsrecht: ouders stemmen in met het handelingsdeel. Niet eens? 1) gesprek met de school, 2) advies van een onderwijsconsulent "
         "(onderwijsconsulenten.nl), 3) binnen 6 weken na vaststelling naar de Geschillencommissie passend onderwijs."),
    ])]


def b_vaststelling(kind, ctx, rng, style):
    if kind == "no_date":
        return [f"Vastgesteld door: {ctx['dir']}, directeur        Datum: ____________"]
    if kind == "concept":
        return ["CONCEPT – dit plan is nog niet vastgesteld."]
    return [rng.choice([
        f"Vastgesteld door {ctx['dir']} (directeur) op {dlong(ctx['dset'])}.",
        f"Datum vaststelling: {dshort(ctx['dset'])}    Door: {ctx['dir']}, directeur {ctx['school']}",
    ])]


def b_instemming_ouders(kind, ctx, rng, style):
    o1 = ctx["ouder1"]; d = ctx["dsign"]; n = ctx["n"]
    sig = lambda name, date, signed, role="Handtekening ouder/verzorger", scribble=False, note="": (
        "sig", dict(role=role, name=name, date=date, signed=signed, scribble=scribble, note=note))
    intro = "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."
    if kind == "signed_typed":
        return [intro, sig(o1, dshort(d), "w.g. " + o1)]
    if kind == "ticked":
        return ["☒ Ik ga akkoord met het handelingsdeel van dit OPP\n☐ Ik ga niet akkoord met het handelingsdeel",
                sig(o1, dshort(d), "getekend")]
    if kind == "email":
        return [f"{ctx['ouders'][0].upper()+ctx['ouders'][1:]} hebben op {dlong(d)} per e-mail aan de intern begeleider laten weten dat zij instemmen met het handelingsdeel. De e-mail is in het dossier opgenomen."]
    if kind == "minutes":
        return [f"Ouders hebben tijdens het gesprek mondeling ingestemd met het handelingsdeel en dit op {dlong(d)} schriftelijk via het ouderportaal bevestigd."]
    if kind == "digital":
        return [f"Digitaal ondertekend – instemming handelingsdeel\nOndertekenaar: {o1}\nDatum en tijd: {dshort(d)} 19:42\nKeuze: akkoord"]
    if kind in ("scribble", "scribble_hand"):
        return ["☒ akkoord met het handelingsdeel   ☐ niet akkoord", sig(o1, dshort(d), "", scribble=True)]
    if kind == "strook":
        return [f"Retourstrook ontvangen op {dshort(d)}:\n☒ Wij stemmen in met het handelingsdeel van het OPP van {n}.\n☐ Wij stemmen niet in.",
                sig(o1, dshort(d), "w.g. " + o1)]
    if kind == "adult_self":
        return [f"{ctx['fn']} is meerderjarig en stemt zelf in met het handelingsdeel.",
                sig(ctx["fn"], dshort(d), "w.g. " + ctx["fn"], role="Handtekening leerling")]
    if kind == "curator":
        return [f"{n} staat onder curatele. De curator, {ctx['curator']}, stemt namens {n} in met het handelingsdeel.",
                sig(ctx["curator"], dshort(d), "w.g. " + ctx["curator"], role="Handtekening curator")]
    # incomplete kinds
    if kind == "voor_gezien":
        return [intro, sig(o1, dshort(d), "voor gezien, " + o1)]
    if kind == "voor_gezien_tick":
        return ["☐ akkoord met het handelingsdeel   ☐ niet akkoord   ☒ voor gezien", sig(o1, dshort(d), "", scribble=True)]
    if kind == "onder_protest":
        return [intro, sig(o1, dshort(d), f"getekend onder protest – wij zijn het niet eens met het perspectief, {o1}")]
    if kind == "refused":
        return ["☐ Ik ga akkoord met het handelingsdeel\n☒ Ik ga niet akkoord met het handelingsdeel",
                sig(o1, dshort(d), "w.g. " + o1)]
    if kind == "partial":
        return [f"Ouders stemmen in met de ondersteuning bij lezen. Met de eigen leerlijn rekenen stemmen zij (nog) niet in; zij willen eerst de uitslag van de NIO afwachten.",
                sig(o1, dshort(d), "w.g. " + o1)]
    if kind == "school_only":
        return [sig(ctx["ib"], dshort(d), "w.g. " + ctx["ib"], role="Intern begeleider"),
                sig(ctx["lk"], dshort(d), "w.g. " + ctx["lk"], role="Leerkracht")]
    if kind == "blank_line":
        return [intro, sig("", "", "")]
    if kind == "unticked_box":
        return ["☐ akkoord met het handelingsdeel   ☐ niet akkoord met het handelingsdeel", sig(o1, "", "")]
    if kind == "no_date":
        return [intro, sig(o1, "", "w.g. " + o1)]
    if kind == "pending":
        return [f"Status instemming: verzonden naar ouders op {dshort(d)} – wacht op ondertekening"]
    if kind == "curatele_pupil":
        return [f"Ik ga akkoord met het handelingsdeel.", sig(ctx["fn"], dshort(d), "w.g. " + ctx["fn"], role="Handtekening leerling")]
    if kind == "adult_parents":
        return [intro, sig(o1, dshort(d), "w.g. " + o1)]
    if kind == "other_consent":
        return None
    raise ValueError(kind)


def other_consent_block(ctx):
    return [("Toestemming gegevensuitwisseling (AVG): ouders geven toestemming om de gegevens in dit document te delen met "
             f"{ctx['swv']} en de orthopedagoog.\n☒ Ja   ☐ Nee"),
            ("sig", dict(role="Handtekening ouder/verzorger", name=ctx["ouder1"], date=dshort(ctx["dsign"]),
                         signed="w.g. " + ctx["ouder1"], scribble=False, note=""))]
