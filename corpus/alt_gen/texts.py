"""Wording pools and content per element (present / incomplete / not_applicable)."""

from __future__ import annotations

import datetime as dt
import random

from .case import Case, d, d_long

# ---------------------------------------------------------------- headings (synonyms, broad)
HEADINGS = {
    "uitstroombestemming": [
        "Te verwachten uitstroombestemming",
        "Verwachte uitstroombestemming",
        "Uitstroomperspectief",
        "Verwacht uitstroomniveau",
        "Uitstroomprofiel",
        "Perspectief op lange termijn",
        "Uitstroomverwachting",
        "Ambitieniveau en uitstroom",
        "Verwachte uitstroom",
        "Prognose uitstroom",
        "Eindniveau en vervolg",
    ],
    "onderbouwing": [
        "Onderbouwing",
        "Onderbouwing van het uitstroomperspectief",
        "Verantwoording",
        "Beginsituatie",
        "Huidige situatie en leerresultaten",
        "Motivatie uitstroombestemming",
        "Relevante gegevens",
        "Dossieranalyse",
        "Waarom verwachten wij dit?",
        "Toetsgegevens en schoolloopbaan",
    ],
    "belemmerende_factoren": [
        "Belemmerende factoren",
        "Belemmerend",
        "Wat maakt het lastiger",
        "Aandachtspunten",
        "Belemmeringen",
        "Wat moeilijk gaat",
        "Knelpunten",
        "Risicofactoren",
        "Valkuilen",
    ],
    "bevorderende_factoren": [
        "Bevorderende factoren",
        "Stimulerende factoren",
        "Positieve factoren",
        "Sterke kanten",
        "Wat goed gaat",
        "Beschermende factoren",
        "Talenten en kansen",
        "Sterke punten",
        "Wat helpt",
    ],
    "ondersteuningsbehoefte": [
        "Ondersteuningsbehoefte",
        "Onderwijsbehoeften",
        "Onderwijs- en ondersteuningsbehoeften",
        "Wat heeft deze leerling nodig?",
        "Hulpvraag",
        "Extra ondersteuningsbehoefte",
        "Onderwijsleerbehoefte",
        "Ondersteuningsvraag",
    ],
    "ondersteuning": [
        "Te bieden ondersteuning en begeleiding",
        "Handelingsdeel",
        "Plan van aanpak",
        "Individuele begeleiding",
        "Extra ondersteuning (arrangement)",
        "Afspraken: wie doet wat",
        "Handelingsgedeelte",
        "Ondersteuning en activiteiten",
        "Begeleiding en interventies",
        "Onderwijsaanbod en begeleiding",
    ],
    "afwijkingen_onderwijsprogramma": [
        "Afwijkingen van het onderwijsprogramma",
        "Afwijkingen reguliere programma",
        "Aanpassingen aan het reguliere programma",
        "Eigen leerlijn / vervangende doelen",
        "Programmaafwijkingen",
        "Afwijking onderwijstijd en -programma",
        "Aangepast leerstofaanbod",
    ],
    "doelen": [
        "Doelen",
        "Onderwijsdoelen",
        "Leerdoelen komende periode",
        "SMART-doelen",
        "Tussendoelen",
        "Streefdoelen",
        "Doelen voor deze planperiode",
        "Wat willen we bereiken?",
    ],
    "adviezen_professionals": [
        "Adviezen van deskundigen",
        "Handelingsadviezen",
        "Externe onderzoeken en adviezen",
        "Betrokken externen en hun advies",
        "Advies ondersteuningsteam",
        "Uitkomst van onderzoek",
        "Consultatie en advies",
        "Advies MDO",
    ],
    "oogo": [
        "Overleg met ouders",
        "Op overeenstemming gericht overleg (OOGO)",
        "OPP-gesprek",
        "Visie van ouders",
        "Perspectieven school/leerling/ouders",
        "Bespreking met ouders",
        "In samenspraak met ouders",
    ],
    "instemming_ouders": [
        "Instemming handelingsdeel",
        "Akkoordverklaring",
        "Ondertekening",
        "Handtekeningen",
        "Instemming ouders",
        "Toestemming ouders/verzorgers",
        "Akkoord ouders",
    ],
    "inbreng_leerling": [
        "Inbreng van de leerling",
        "Mening van de leerling",
        "Hoorrecht",
        "Stem van de leerling",
        "Wat vindt de leerling zelf?",
        "Hoe denk jij erover?",
        "Mijn Plan",
        "Leerlingdeel",
    ],
    "evaluatie": [
        "Evaluatie",
        "Evaluatiemomenten",
        "Evaluatie en bijstelling",
        "Voortgang en evaluatie",
        "Planning evaluatie",
        "Wanneer kijken we terug?",
    ],
    "informatie_rechten": [
        "Informatie over uw rechten",
        "Rechten van ouders",
        "Niet eens?",
        "Wat als u het niet eens bent?",
        "Instemmingsrecht en geschillen",
        "Belangrijk om te weten",
        "Bezwaar en advies",
    ],
    "vaststelling": [
        "Vaststelling",
        "Vaststelling door het bevoegd gezag",
        "Looptijd en vaststelling",
        "Datum en versie",
        "Formele vaststelling",
    ],
}

# labels for label:value exports (short)
LABELS = {
    "uitstroombestemming": [
        "Uitstroombestemming",
        "Uitstroomprofiel",
        "Verwachte uitstroom",
        "Uitstroomniveau",
        "Uitstroomperspectief",
        "Ambitieniveau",
    ],
    "onderbouwing": ["Onderbouwing", "Verantwoording", "Motivatie", "Beginsituatie"],
    "belemmerende_factoren": ["Belemmerende factoren", "Belemmerend", "Aandachtspunten"],
    "bevorderende_factoren": ["Bevorderende factoren", "Stimulerend", "Sterke kanten"],
    "ondersteuningsbehoefte": ["Ondersteuningsbehoefte", "Onderwijsbehoeften", "Hulpvraag"],
    "ondersteuning": ["Handelingsdeel", "Ondersteuning", "Aanpak", "Arrangement"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen onderwijsprogramma", "Afwijkend programma", "Eigen leerlijn"],
    "doelen": ["Doelen", "Leerdoelen", "Doelen planperiode"],
    "adviezen_professionals": ["Adviezen deskundigen", "Handelingsadviezen", "Externe adviezen"],
    "oogo": ["Datum bespreking met ouders", "OOGO", "Gesprek ouders"],
    "inbreng_leerling": ["Inbreng leerling", "Mening leerling", "Hoorrecht leerling"],
    "evaluatie": ["Evaluatiemomenten", "Evaluatie", "Volgende evaluatie"],
    "informatie_rechten": ["Rechten ouders", "Informatie rechten"],
    "vaststelling": ["Datum vaststelling", "Vastgesteld op", "Ingangsdatum OPP"],
}

PLACEHOLDERS = ["...", "nog invullen", "[tekst]", "", "PM", "…………………", "volgt", "[invullen]", "-", "xxx", "n.t.b."]


def placeholder(rng: random.Random, allow_nvt: bool = True) -> str:
    pool = PLACEHOLDERS + (["n.v.t."] if allow_nvt else [])
    return rng.choice(pool)


# ---------------------------------------------------------------- dates
def oogo_date(c: Case) -> dt.date:
    return c.set_date - dt.timedelta(days=3 + c.seed % 12)


def consent_date(c: Case) -> dt.date:
    return c.set_date + dt.timedelta(days=c.seed % 9)


def eval_dates(c: Case) -> tuple[dt.date, dt.date]:
    """Two evaluation moments within school terms, the first at least ~7 weeks after the plan was set."""
    day = 14 + c.seed % 10
    cands = []
    for y in (c.set_date.year, c.set_date.year + 1):
        cands += [dt.date(y, 1, day), dt.date(y, 3, day), dt.date(y, 6, day), dt.date(y, 11, day)]
    cands = sorted(x for x in cands if x > c.set_date + dt.timedelta(days=50))
    return cands[0], cands[1]


def school_year(c: Case) -> str:
    y = c.set_date.year if c.set_date.month >= 8 else c.set_date.year - 1
    return f"{y}-{y + 1}"


# ---------------------------------------------------------------- content per element
def uitstroom(c: Case, rng: random.Random) -> tuple[str, str]:
    """(short value, full sentence)."""
    n = c.pupil_first
    t = c.school_type
    if t in ("po", "sbo"):
        v = rng.choice(
            [
                "vmbo basisberoepsgerichte leerweg (met lwoo)",
                "vmbo-kader",
                "vmbo-tl/havo",
                "praktijkonderwijs",
                "vmbo-kader/tl",
                "havo",
            ]
        )
        s = rng.choice(
            [
                f"Wij verwachten dat {n} na groep 8 uitstroomt naar {v}.",
                f"De verwachte uitstroombestemming van {n} is {v}.",
                f"Op grond van de huidige gegevens is het uitstroomperspectief {v}.",
                f"Verwacht uitstroomniveau eind groep 8: {v} (referentieniveau 1F voor lezen en rekenen).",
                f"Het perspectief op lange termijn: {v}. Dit sluit aan bij het voorlopig schooladvies.",
            ]
        )
    elif t == "so":
        v = rng.choice(
            [
                "vso, uitstroomprofiel arbeidsmarktgericht",
                "regulier vmbo basis/kader met ondersteuning",
                "vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)",
                "praktijkonderwijs",
            ]
        )
        s = f"Na het SO verwachten wij dat {n} doorstroomt naar {v}."
    elif t == "vo":
        v = rng.choice(
            [
                "vmbo-kader diploma, daarna mbo niveau 3",
                "havo-diploma; vervolg hbo",
                "mavo (vmbo-tl) diploma, daarna mbo niveau 4",
                "vmbo-basis diploma met entree/mbo 2",
            ]
        )
        s = f"Het verwachte uitstroomniveau van {n} is: {v}."
    elif t == "pro":
        v = rng.choice(
            [
                "arbeid: betaald werk in de groenvoorziening (regulier, met jobcoach)",
                "arbeid in de logistiek, eventueel met entreeopleiding (mbo 1)",
                "werk in de horeca/facilitaire dienstverlening (branchecertificaat)",
            ]
        )
        s = f"{n} werkt toe naar {v}."
    else:
        v = rng.choice(
            [
                "uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)",
                "arbeidsmarktgericht uitstroomprofiel: beschut werk in een groenbedrijf",
                "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Dienstverlening)",
                "arbeidsmarktgericht: regulier werk met loonkostensubsidie in de schoonmaak",
            ]
        )
        s = f"Het uitstroomprofiel van {n} is {v}."
    return v, s


def scores(c: Case, rng: random.Random) -> list[list[str]]:
    if c.school_type in ("po", "sbo", "so"):
        rows = [["Toets / vakgebied", "Afname", "Score", "Niveau"]]
        for vak in ["Technisch lezen (DMT)", "Begrijpend lezen", "Rekenen-wiskunde", "Spelling"]:
            rows.append(
                [
                    vak,
                    rng.choice(["jan. 2025", "jun. 2025", "okt. 2025"]),
                    rng.choice(["DLE 22", "DLE 31", "E5", "M6", "IV", "V", "III-"]),
                    rng.choice(["1F nog niet", "onder gemiddeld", "1F", "ver onder gemiddeld"]),
                ]
            )
        return rows
    rows = [["Onderdeel", "Resultaat", "Toelichting"]]
    rows.append(
        ["Capaciteitentest (NSCCT / NIO)", rng.choice(["TIQ 84", "totaal 92", "TIQ 71 (WISC-V)"]), "afgenomen in 2024"]
    )
    rows.append(["Nederlands (Cito VAS)", rng.choice(["1F", "basis", "kader"]), "stabiel"])
    rows.append(["Rekenen", rng.choice(["1F nog niet", "2F", "basis"]), "achterstand"])
    return rows


def onderbouwing(c: Case, rng: random.Random) -> list[str]:
    n, hij, zijn = c.pupil_first, c.hij, c.zijn
    a = rng.choice(
        [
            f"{n} zit sinds {c.set_date.year - 3} op onze school. Uit de toetsen van het "
            "leerlingvolgsysteem blijkt dat "
            f"{hij} voor rekenen en begrijpend lezen ongeveer anderhalf jaar achterloopt op leeftijdgenoten; voor "
            f"technisch lezen is de achterstand kleiner.",
            f"Het intelligentieonderzoek (WISC-V, TIQ {rng.choice([78, 82, 86, 91])}) laat een "
            "disharmonisch profiel zien, "
            f"met een sterker verbaal deel. De leerresultaten van de afgelopen twee jaar zijn stabiel maar laag.",
            f"{n} heeft de afgelopen periode een vertraagde ontwikkeling laten zien op de schoolse vaardigheden. "
            f"De leerrendementsverwachting ligt rond de 60-75% voor de hoofdvakken.",
        ]
    )
    b = rng.choice(
        [
            f"Gezien {zijn} leerrendement, {zijn} werkhouding en het verloop van {zijn} "
            "schoolloopbaan (één keer gedoubleerd) "
            f"achten wij deze uitstroombestemming haalbaar en passend.",
            "De combinatie van toetsgegevens, observaties in de klas en de methodetoetsen onderbouwt dit perspectief.",
            "Het onderwijskundig rapport van de vorige school en de resultaten sindsdien bevestigen dit niveau.",
        ]
    )
    return [a, b]


BELEM = [
    "Cognitief: trage informatieverwerking; heeft veel herhaling nodig",
    "Werkhouding: raakt snel afgeleid in de drukke groep",
    "Sociaal-emotioneel: faalangst bij toetsen, klapt dicht bij kritiek",
    "Taal: beperkte woordenschat (NT2-achtergrond)",
    "Concentratie: ADHD-kenmerken, medicatie wisselend",
    "Thuissituatie: veel wisselingen in de afgelopen twee jaar",
    "Motoriek: fijne motoriek zwak, schrijven kost veel energie",
    "Planning: overzicht houden over huiswerk en agenda lukt nog niet zelfstandig",
    "Prikkelverwerking: overgevoelig voor geluid, snel overprikkeld",
    "Verzuim: regelmatig afwezig door buikpijnklachten",
]
BEVOR = [
    "Is gemotiveerd en wil graag laten zien wat hij/zij kan",
    "Goede relatie met de leerkracht/mentor",
    "Ouders zijn zeer betrokken en denken actief mee",
    "Sterk in praktische, handelende opdrachten",
    "Sociaal vaardig, heeft een vaste vriendengroep",
    "Doorzettingsvermogen bij onderwerpen die hem/haar interesseren",
    "Creatief en muzikaal",
    "Reageert goed op duidelijke structuur en vaste routines",
    "Sportief; voetbal geeft ontspanning en zelfvertrouwen",
    "Behulpzaam naar klasgenoten",
]


def factors(c: Case, rng: random.Random, kind: str) -> list[str]:
    pool = BELEM if kind == "belem" else BEVOR
    items = rng.sample(pool, rng.randint(3, 4))
    pron = "hij" if c.gender == "m" else "zij"
    pron2 = "hem" if c.gender == "m" else "haar"
    return [i.replace("hij/zij", pron).replace("hem/haar", pron2) for i in items]


def behoeften(c: Case, rng: random.Random) -> list[str]:
    n = c.pupil_first
    pool = [
        f"{n} heeft behoefte aan korte, duidelijke instructie en een check of de opdracht begrepen is",
        "heeft een rustige werkplek nodig met zo min mogelijk prikkels",
        "heeft baat bij verlengde instructie voor rekenen in een klein groepje",
        "heeft nodig dat de leerkracht succeservaringen benoemt",
        "heeft behoefte aan een vast dagritme en vooraf aangekondigde veranderingen",
        "heeft extra tijd nodig bij toetsen (25%) en voorleessoftware",
        "heeft een vast aanspreekpunt nodig bij wie hij/zij terecht kan als het misgaat",
        "heeft behoefte aan hulp bij het plannen van huiswerk (weekplanning)",
    ]
    pron = "hij" if c.gender == "m" else "zij"
    return [i.replace("hij/zij", pron) for i in rng.sample(pool, 4)]


def ondersteuning_rows(c: Case, rng: random.Random) -> list[list[str]]:
    st = c.staff
    start = d(c.set_date + dt.timedelta(days=7))
    pool = [
        ["Verlengde instructie rekenen (groepje van 4)", f"leerkracht / {st['mentor']}", "4x per week, 20 min", start],
        ["RT-begeleiding technisch lezen (RALFI)", "remedial teacher", "2x per week, 30 min", start],
        ["Faalangstreductietraining", f"{st['ib']} (IB) / schoolmaatschappelijk werk", "8 bijeenkomsten", start],
        ["Inzet koptelefoon en prikkelarme werkplek", "leerkracht", "dagelijks", start],
        ["Coachgesprek met vaste begeleider", f"{st['coord']} (ondersteuningscoördinator)", "wekelijks 15 min", start],
        ["Ondersteuning in de klas door onderwijsassistent", "onderwijsassistent", "3 ochtenden per week", start],
        ["Time-out afspraak met time-outkaart", "mentor en teamleider", "zo nodig", start],
        ["Dyslexieverklaring: extra tijd en Kurzweil", "alle docenten", "bij alle toetsen", start],
    ]
    rows = rng.sample(pool, rng.randint(3, 4))
    return [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + rows


def _lc(t: str) -> str:
    """Lower-case the first letter unless the word is an acronym (RT, ADHD)."""
    return t if len(t) > 1 and t[1].isupper() else t[:1].lower() + t[1:]


def ondersteuning_prose(c: Case, rng: random.Random) -> str:
    rows = ondersteuning_rows(c, rng)[1:]
    parts = [f"{_lc(r[0])} ({r[2]}, door {r[1]})" for r in rows[:3]]
    return f"Vanaf {rows[0][3]} krijgt {c.pupil_first} de volgende extra begeleiding: " + "; ".join(parts) + "."


def afwijkingen_present(c: Case, rng: random.Random) -> str:
    n = c.pupil_first
    return rng.choice(
        [
            f"Voor rekenen volgt {n} een eigen leerlijn; het einddoel is niveau 1F (eind groep 6). "
            "Voor de overige vakken volgt "
            f"{c.hij} het programma van de groep.",
            f"{n} krijgt vrijstelling voor Frans; die uren worden besteed aan extra begeleiding Nederlands.",
            f"Tijdelijk aangepast rooster: {n} is op woensdag- en vrijdagmiddag niet op school "
            "(afwijking onderwijstijd, "
            f"met toestemming van de inspectie), tot de herfstvakantie.",
            f"Voor begrijpend lezen worden vervangende onderwijsdoelen gehanteerd, omdat de kerndoelen door {c.zijn} "
            f"beperking niet haalbaar zijn.",
            f"{n} volgt twee dagen per week onderwijs op een andere locatie (plusvoorziening De Kade).",
        ]
    )


def afwijkingen_na(c: Case, rng: random.Random) -> str:
    return rng.choice(
        [
            "Er wordt niet afgeweken van het reguliere onderwijsprogramma.",
            "n.v.t.",
            "Geen afwijkingen.",
            f"{c.pupil_first} volgt het reguliere programma van {c.grade}.",
            "Niet van toepassing: het reguliere programma wordt gevolgd.",
            "Geen: de leerling volgt het volledige programma en de volledige onderwijstijd.",
            "N.v.t. – er zijn geen afwijkingen van het onderwijsprogramma.",
            "Het onderwijsprogramma wordt niet aangepast; er zijn geen vervangende doelen of vrijstellingen.",
        ]
    )


def doelen(c: Case, rng: random.Random) -> list[str]:
    n = c.pupil_first
    a, b = eval_dates(c)
    pool = [
        f"Eind {d_long(a).split(' ', 1)[1]} leest {n} een AVI-E5 tekst op beheersingsniveau.",
        f"Voor {d(b)} beheerst {n} de tafels van 1 t/m 10 (90% goed binnen 3 seconden per som).",
        f"{n} vraagt binnen zes weken zelf om hulp met de hulpkaart, minimaal 3 keer per dag.",
        f"Aan het eind van de planperiode plant {n} het huiswerk zelfstandig in de agenda "
        "(gecontroleerd door de mentor, 4 van de 5 weken).",
        f"{n} werkt in maart 15 minuten zelfstandig aan een taak zonder de klas te storen.",
        f"In juni scoort {n} voor spelling minimaal een IV (was: V).",
        f"{n} voert een stagegesprek zelfstandig en komt 95% op tijd op de stageplek.",
    ]
    if c.school_type not in ("vo", "pro", "vso"):
        pool = [g for g in pool if "stage" not in g and "huiswerk" not in g]
    elif c.school_type in ("pro", "vso"):
        pool = [g for g in pool if "AVI" not in g and "tafels" not in g]
    return rng.sample(pool, 3)


def adviezen(c: Case, rng: random.Random) -> list[str]:
    st = c.staff
    if c.school_type in ("so", "vso"):
        first = rng.choice(
            [
                f"Advies commissie voor de begeleiding ({d(c.set_date - dt.timedelta(days=2))}): de "
                "commissie adviseert het OPP "
                "vast te stellen zoals voorgesteld, met als aandachtspunt de overgang naar de nieuwe "
                "groep. De school neemt dit advies over.",
                f"De commissie voor de begeleiding heeft op {d(c.set_date - dt.timedelta(days=5))} "
                "positief geadviseerd over het "
                "uitstroomprofiel en de begeleiding. Zij adviseert daarnaast een sensorisch profiel "
                "door de ergotherapeut; dat wordt in "
                f"november aangevraagd.",
            ]
        )
        return [
            first,
            f"Orthopedagoog {st['ortho']}: werk met visuele ondersteuning (picto's) en vaste overgangsmomenten. "
            f"Dit is verwerkt in het handelingsdeel.",
        ]
    return rng.choice(
        [
            [
                f"Psychodiagnostisch onderzoek door {st['ortho']}, orthopedagoog-generalist (verslag "
                f"{d(c.set_date - dt.timedelta(days=180))}). "
                "Belangrijkste handelingsadviezen: instructie in kleine stappen, visuele "
                "ondersteuning, extra verwerkingstijd. "
                "De school heeft deze adviezen overgenomen in het handelingsdeel; het advies om "
                "tweemaal per week RT te geven kan "
                "de school niet volledig bieden; dit is voorgelegd aan het ondersteuningsteam van "
                "het samenwerkingsverband."
            ],
            [
                "Logopedist (praktijk Spraakwater): advies om woordenschat visueel aan te bieden; "
                "wordt toegepast in de klas.",
                "Jeugdarts GGD: geen medische belemmeringen voor gymles; advies om vermoeidheid te monitoren.",
            ],
            [
                f"Advies uit het MDO van {d(c.set_date - dt.timedelta(days=30))} (ouders, IB, "
                "schoolmaatschappelijk werk, "
                "onderwijsadviseur SWV): start een faalangsttraining en laat de behandelaar van de "
                "jeugd-ggz meekijken. "
                f"De school voert beide adviezen uit."
            ],
        ]
    )


def oogo_sentence(c: Case, rng: random.Random) -> str:
    od = oogo_date(c)
    who = (
        "de leerling"
        if c.adult
        else rng.choice(
            ["moeder", "vader en moeder", "beide ouders", "moeder en stiefvader", "ouders", "de pleegouders"]
        )
    )
    n = c.pupil_first
    pool = [
        f"Het OPP is op {d(od)} besproken met {who}, de mentor ({c.staff['mentor']}) en de IB'er ({c.staff['ib']}).",
        f"OPP-gesprek gevoerd op {d_long(od)} met {who} en {c.staff['mentor']}. In dit gesprek zijn de doelen en de "
        f"aanpak samen doorgenomen; ouders herkennen het beeld.",
        f"Op {d(od)} hebben wij het concept-OPP met {who} besproken. {who.capitalize()} gaven aan dat {n} thuis veel "
        f"moeite heeft met huiswerk; dat is toegevoegd aan het plan.",
        f"Datum op overeenstemming gericht overleg: {d(od)} (aanwezig: {who}, {c.staff['ib']}).",
        f"Dit plan is in samenspraak met {who} opgesteld; het gesprek vond plaats op {d(od)} op school.",
        f'Ouders zijn gehoord op {d(od)} ({who}); hun visie: "{n} moet vooral weer plezier krijgen in school." '
        f"Die visie is meegenomen in de doelen.",
    ]
    return rng.choice(pool[:5] if c.adult else pool)


def inbreng(c: Case, rng: random.Random) -> list[str]:
    n = c.pupil_first
    return rng.choice(
        [
            [
                f"{n} heeft in een gesprek met de IB'er verteld dat {c.hij} het vervelend vindt om de "
                "klas uit te gaan voor RT. "
                f"Daarom vindt de RT nu plaats in de klas, aan de instructietafel.",
                f'{n} wil zelf graag beter worden in rekenen, "want dan kan ik later automonteur worden".',
            ],
            [
                f'Wat {n} zelf zegt: "Ik werk het fijnst met mijn koptelefoon op en als ik weet wat er gaat gebeuren." '
                f"Deze wens is overgenomen in de ondersteuning (vaste plek en dagplanning op het bord)."
            ],
            [
                f"{n} is op {d(c.set_date - dt.timedelta(days=10))} gehoord door de mentor, met "
                "behulp van een praatplaat. "
                f"{c.hij.capitalize()} vindt het fijn om in de klas te blijven en wil graag een "
                "maatje bij het buitenspelen. "
                "Dat maatje is in de aanpak opgenomen; de wens om geen huiswerk te krijgen hebben we "
                "niet overgenomen en "
                f"dat hebben we aan {n} uitgelegd."
            ],
            [
                f"{n} heeft de vragenlijst 'Hoe denk jij erover?' ingevuld. {c.hij.capitalize()} "
                "geeft aan dat pauzes moeilijk zijn. "
                f"Op {c.zijn} verzoek is een rustige pauzeplek afgesproken; zo heeft {c.zijn} mening "
                "het plan beïnvloed."
            ],
        ]
    )


def evaluatie_sentence(c: Case, rng: random.Random) -> str:
    a, b = eval_dates(c)
    with_ = (
        "met jou"
        if c.adult
        else rng.choice([f"met u en {c.pupil_first}", f"met ouders en {c.pupil_first}", "met de ouders en de leerling"])
    )
    return rng.choice(
        [
            f"We evalueren dit plan in {d_long(a).split(' ', 1)[1]} en {d_long(b).split(' ', 1)[1]} {with_}.",
            f"Tussenevaluatie: {d(a)}. Eindevaluatie: {d(b)}, {with_}.",
            f"Evaluatiemoment(en): {d(a)} en {d(b)}; het OPP wordt dan {with_} geëvalueerd en zo nodig bijgesteld.",
            f"Het OPP wordt minimaal twee keer per schooljaar geëvalueerd {with_}; eerstvolgende evaluatie op {d(a)}.",
            f"Voortgangsgesprek {with_} op {d(a)}; evaluatie en bijstelling van het plan op {d(b)}.",
        ]
    )


def rechten(c: Case, rng: random.Random) -> list[str]:
    if c.adult:
        return rng.choice(
            [
                [
                    "Omdat je meerderjarig bent, beslis je zelf: zonder jouw instemming wordt het "
                    "handelingsdeel niet vastgesteld. "
                    "Ben je het niet eens, praat dan eerst met je mentor. Je kunt ook hulp vragen "
                    "bij het ouder- en jeugdsteunpunt of "
                    "een onderwijsconsulent, en binnen zes weken na vaststelling een geschil "
                    "indienen bij de Geschillencommissie "
                    "passend onderwijs."
                ],
            ]
        )
    return rng.choice(
        [
            [
                "U heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens, "
                "neem dan eerst contact op met de intern begeleider of de directeur. Daarnaast kunt "
                "u terecht bij het ouder- en "
                "jeugdsteunpunt van het samenwerkingsverband of bij de onderwijsconsulenten. U kunt "
                "binnen zes weken na de "
                "vaststelling een verzoek indienen bij de Geschillencommissie passend onderwijs "
                "(www.onderwijsgeschillen.nl)."
            ],
            [
                "Voor het handelingsdeel is uw instemming nodig. Bij een verschil van mening kunt u "
                "advies vragen aan een "
                "onderwijsconsulent (gratis) en binnen zes weken een geschil voorleggen aan de "
                "Geschillencommissie passend onderwijs."
            ],
            [
                "Ouders hebben instemmingsrecht op het deel over de individuele begeleiding. Komen "
                "we er samen niet uit, dan kunt u "
                f"contact opnemen met het ouder- en jeugdsteunpunt van {c.swv}, of een geschil "
                "indienen bij de Geschillencommissie "
                "passend onderwijs (binnen 6 weken na vaststelling). Klachten over de uitvoering: "
                "zie de klachtenregeling in de schoolgids."
            ],
        ]
    )


def vaststelling_sentence(c: Case, rng: random.Random) -> str:
    who = rng.choice(
        [
            f"{c.staff['directeur']}, directeur",
            f"{c.staff['directeur']} (directeur-bestuurder)",
            f"de directeur, {c.staff['directeur']}, namens het bevoegd gezag",
        ]
    )
    return rng.choice(
        [
            f"Vastgesteld op {d(c.set_date)} door {who}.",
            f"Dit OPP is door {who} vastgesteld op {d_long(c.set_date)}.",
            f"Datum vaststelling: {d(c.set_date)} — {who}.",
            "Het schoolbestuur stelt het OPP formeel vast; namens het bevoegd gezag ondertekend door "
            f"{who} op {d(c.set_date)}.",
        ]
    )
