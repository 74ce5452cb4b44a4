"""Content of a filled plan, per element, in the plain style schools write (fictional pupils)."""

from __future__ import annotations

import random

from .model import Case, dmy, long

DEST = {
    "po": ["vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg", "vmbo-gt / havo",
           "praktijkonderwijs"],
    "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs", "vmbo kader"],
    "so": ["VSO, uitstroomprofiel arbeidsmarktgericht", "praktijkonderwijs", "VSO, uitstroomprofiel vervolgonderwijs"],
    "vo": ["vmbo-tl diploma", "havo-diploma", "vmbo kaderberoepsgerichte leerweg, diploma"],
    "pro": ["betaald werk in de groenvoorziening (arbeid, mbo-entree via leerwerktraject)",
            "arbeid: werk in de logistiek / magazijn", "arbeid met begeleiding in de horeca"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: werk in de techniek", "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2"],
}


def dest(c: Case) -> str:
    return c.rng.choice(DEST[c.school_type])


def onderbouwing(c: Case) -> str:
    if c.school_type in ("vo", "pro", "vso"):
        return (f"{c.first} heeft een TIQ van {c.rng.randint(72, 96)} (WISC-V, {c.rng.choice(['2023', '2024'])}). "
                f"De resultaten in leerjaar {c.rng.randint(1, 3)} liggen voor de kernvakken op het verwachte niveau; "
                f"stage en praktijkvakken gaan goed. Het advies van de vorige school en de dossieranalyse sluiten hierop aan.")
    return (f"Het leerrendement van {c.first} ligt sinds groep {c.rng.randint(4, 5)} rond {c.rng.choice([55, 60, 65, 70])}% "
            f"(Cito LOVS). Uit het capaciteitenonderzoek ({c.rng.choice(['maart', 'mei', 'oktober'])} "
            f"{c.rng.choice([2024, 2025])}) blijkt een TIQ van {c.rng.randint(78, 95)} met een zwakker werkgeheugen. "
            f"Technisch lezen ligt op E{c.rng.randint(4, 5)}-niveau, rekenen op M{c.rng.randint(5, 6)}.")


def belemmerend(c: Case) -> str:
    return c.rng.choice([
        "Zwak werkgeheugen; raakt het overzicht kwijt bij opdrachten met meerdere stappen. Snel afgeleid in de klas; "
        "faalangst bij toetsen. Thuis is er veel veranderd (verhuizing).",
        f"{c.first} heeft moeite met plannen en beginnen aan een taak. Bij onverwachte veranderingen loopt de spanning op. "
        f"Beperkte woordenschat.",
        "Trage verwerkingssnelheid, dyslexie (verklaring aanwezig), wisselende motivatie bij schoolse taken.",
    ])


def bevorderend(c: Case) -> str:
    return c.rng.choice([
        f"{c.first} is gemotiveerd, behulpzaam en werkt goed met concreet materiaal. Ouders zijn zeer betrokken.",
        "Goede praktische vaardigheden, sportief, sterk in samenwerken met één klasgenoot. Reageert goed op complimenten.",
        "Doorzetter; profiteert van visuele ondersteuning en een vaste structuur. Fijne band met de mentor.",
    ])


def behoefte(c: Case) -> str:
    return c.rng.choice([
        f"{c.first} heeft een leerkracht nodig die de opdracht opdeelt in kleine stappen en een voorbeeld laat zien; "
        f"verlengde instructie; een rustige werkplek; vooraf weten wat er gaat gebeuren.",
        f"{c.first} heeft behoefte aan duidelijke structuur (dagplanning op de tafel), korte feedbackmomenten en "
        f"voorspelbare overgangen. Bij spanning een vaste time-out plek.",
        "Instructie in een klein groepje, extra oefentijd voor lezen en rekenen, en hulp bij het plannen van huiswerk.",
    ])


def ondersteuning(c: Case) -> str:
    who = c.ib if c.school_type in ("po", "sbo", "so") else c.mentor
    return (f"- Twee keer per week 30 minuten extra instructie rekenen in een groepje van 4, door de "
            f"onderwijsassistent (vanaf {dmy(c.date or c.d_start)}).\n"
            f"- Eén keer per week een coachgesprek van 15 minuten met {who} over plannen en werkhouding.\n"
            f"- Ambulante begeleiding vanuit het samenwerkingsverband: 1 uur per twee weken (consulent {c.consulent}).\n"
            f"- Hulpmiddelen: koptelefoon, dagplanning, voorleessoftware bij toetsen.")


def afwijking(c: Case) -> str:
    return c.rng.choice([
        f"Voor rekenen volgt {c.first} een eigen leerlijn (niveau groep {c.rng.randint(5, 6)}); "
        f"vrijstelling voor Frans. Doelen voor rekenen wijken af van de groepsdoelen.",
        "Aangepast rooster: op vrijdagmiddag geen lessen maar een praktijkstage; voor Engels een eigen leerlijn.",
        "Vervangende onderwijsdoelen voor begrijpend lezen (eigen leerlijn, niveau 1F).",
    ])


NO_AFWIJKING = ["geen afwijkingen", "n.v.t. – het reguliere programma wordt gevolgd",
                "Er wordt niet afgeweken van het onderwijsprogramma."]


def doelen(c: Case) -> str:
    end = c.d_eval1
    return (f"1. Op {dmy(end)} haalt {c.first} bij de methodetoets rekenen minimaal 70% goed.\n"
            f"2. {c.first} begint binnen 3 minuten zelfstandig aan een taak, in 4 van de 5 lessen (observatie mentor/leerkracht).\n"
            f"3. Technisch lezen: van {c.rng.choice(['E4', 'M5'])} naar {c.rng.choice(['M5', 'E5', 'M6'])} bij de volgende meting.")


def advies(c: Case) -> str:
    return c.rng.choice([
        f"Orthopedagoog {c.ortho} (verslag {c.rng.choice(['maart', 'juni', 'november'])} 2025) adviseert instructie in "
        f"kleine stappen en visuele ondersteuning; de school neemt dit over in het handelingsdeel.",
        f"Advies ondersteuningsteam ({long(c.d_start)}): start begeleidingsarrangement, inzet consulent; logopedist "
        f"adviseert woordenschatoefeningen in de klas, die de leerkracht dagelijks inzet.",
        "Jeugdarts en behandelaar (jeugd-ggz) adviseren een voorspelbaar dagprogramma en een vaste time-out plek. "
        "School volgt dit advies.",
    ])


def advies_cvb(c: Case) -> str:
    return (f"De commissie voor de begeleiding heeft op {dmy(c.d_start)} advies uitgebracht: het uitstroomprofiel "
            f"wordt gehandhaafd; de commissie adviseert extra begeleiding bij sociale vaardigheden (training, wekelijks).")


def oogo(c: Case) -> str:
    if c.adult:
        return (f"Het plan is op {dmy(c.d_overleg)} besproken met {c.first} zelf (18 jaar); op {c.zijn} verzoek was "
                f"{c.zijn} moeder ({c.parent1}) erbij. {c.first} herkent het beeld en wil graag stage lopen.")
    return (f"Het plan is op {dmy(c.d_overleg)} besproken met ouders ({c.parent1}). Ouders herkennen "
            f"het beeld en willen graag dat er aandacht is voor de overstap naar de volgende school.")


def inbreng(c: Case, full: bool = True) -> str:
    view = random.Random(c.seed + 7).choice([
        f"{c.first} vertelt dat {c.hij} het fijn vindt om in een groepje te werken, maar dat de klas vaak te druk is.",
        f"{c.first} zegt: 'Ik wil graag zelf kiezen waar ik ga zitten en ik wil minder huiswerk tegelijk.'",
        f"{c.first} heeft met de mentor het formulier 'Hoe denk jij erover?' ingevuld: {c.hij} wil beter worden in lezen.",
    ])
    if not full:
        return view
    return view + (f" Wat we hiermee doen: {c.first} krijgt een vaste werkplek bij het raam en de instructie in het "
                   f"groepje gaat door; dit is opgenomen in het handelingsdeel.")


def evaluatie(c: Case) -> str:
    who = f"ouders en {c.first}" if c.hoorrecht() or c.adult else "ouders"
    if c.adult:
        who = c.first
    return (f"Tussenevaluatie op {dmy(c.d_eval1)} en eindevaluatie op {dmy(c.d_eval2)}, met {who}, de mentor/leerkracht "
            f"en de intern begeleider. Daarna wordt het plan waar nodig bijgesteld.")


def rechten(c: Case) -> str:
    return ("Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan, bespreek dit dan "
            "eerst met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of "
            "een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u de Geschillencommissie passend "
            "onderwijs om een oordeel vragen.")


def inbreng_fill(c: Case) -> str | None:
    """The pupil's view with what it changed (present), or only the view (gap 'partial')."""
    return c.fill("inbreng_leerling", inbreng(c), partial=inbreng(c, False))
