"""Dutch wording per element: headings (synonyms), real content, placeholders, prose sentences.

Each `present_*` function returns a list of blocks for a section-style layout; `prose_*` returns running
text for a letter. Content never mentions another element, so a missing element stays missing.
"""
from __future__ import annotations

import datetime as dt
import random

from .blocks import Bullets, P, Table
from .cases import Case, dates, fmt_date, role_of, short

HEADINGS = {
    "uitstroombestemming": ["Verwachte uitstroombestemming", "Te verwachten uitstroombestemming", "Uitstroomprofiel",
                            "Uitstroomperspectief", "Verwacht uitstroomniveau", "Perspectief (lange termijn)",
                            "Uitstroomverwachting", "Verwachte uitstroom", "Ontwikkelingsperspectief"],
    "onderbouwing": ["Onderbouwing", "Onderbouwing van het uitstroomperspectief", "Verantwoording",
                     "Beginsituatie en onderbouwing", "Motivatie", "Huidige situatie en toetsgegevens",
                     "Onderbouwing: relevante gegevens"],
    "belemmerende_factoren": ["Belemmerende factoren", "Belemmerend", "Wat maakt het lastiger?", "Belemmeringen",
                              "Belemmerende factoren voor leren en ontwikkelen"],
    "bevorderende_factoren": ["Bevorderende factoren", "Stimulerende factoren", "Positieve factoren", "Sterke kanten",
                              "Wat helpt?", "Beschermende en bevorderende factoren"],
    "ondersteuningsbehoefte": ["Ondersteuningsbehoefte", "Onderwijsbehoeften", "Onderwijs- en ondersteuningsbehoeften",
                               "Wat heeft {n} nodig?", "Hulpvragen", "Extra ondersteuningsbehoefte"],
    "ondersteuning": ["Handelingsdeel", "Te bieden ondersteuning en begeleiding", "Individuele begeleiding",
                      "Plan van aanpak", "Extra ondersteuning (arrangement)", "Afspraken: wie doet wat?",
                      "Ondersteuning en begeleiding", "Handelingsdeel: de ondersteuning"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Afwijkingen van het reguliere programma",
                                       "Aanpassingen in het onderwijsprogramma", "Afwijkend programma / eigen leerlijn",
                                       "Programmaafwijkingen"],
    "doelen": ["Doelen", "Onderwijsdoelen", "Doelen voor de komende periode", "SMART-doelen", "Leerdoelen",
               "Tussendoelen"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Adviezen externe deskundigen", "Handelingsadviezen",
                               "Onderzoek en advies", "Betrokken deskundigen en hun advies"],
    "oogo": ["Overleg met ouders", "Op overeenstemming gericht overleg (OOGO)", "Gesprekken met ouders",
             "OPP-gesprek", "Visie van ouders", "Betrokkenheid ouders"],
    "instemming_ouders": ["Instemming ouders met het handelingsdeel", "Ondertekening", "Akkoordverklaring",
                          "Handtekeningen", "Instemming handelingsdeel", "Voor akkoord"],
    "inbreng_leerling": ["Inbreng van de leerling", "Hoorrecht: de mening van {n}", "Wat vindt {n} zelf?",
                         "Stem van de leerling", "Mijn plan – {n} vertelt", "Gesprek met de leerling"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Evaluatie en bijstelling", "Wanneer kijken we terug?",
                  "Planning evaluatie"],
    "informatie_rechten": ["Informatie over uw rechten", "Rechten van ouders", "Niet eens met het OPP?",
                           "Instemmingsrecht en bezwaar", "Wat als u het niet eens bent?"],
    "vaststelling": ["Vaststelling", "Vaststelling van het OPP", "Datum vaststelling", "Looptijd en vaststelling"],
}
ADULT_HEADINGS = {
    "oogo": ["Overleg met de leerling", "OPP-gesprek met {n}", "Op overeenstemming gericht overleg"],
    "instemming_ouders": ["Instemming leerling (meerderjarig)", "Ondertekening door de leerling",
                          "Akkoordverklaring leerling"],
    "informatie_rechten": ["Jouw rechten", "Niet eens met dit plan?", "Informatie over rechten"],
}
GENERIC_PLACEHOLDERS = ["...", "nog invullen", "[tekst]", "", "<invullen>", "-", "PM", "volgt", "xxx", "………",
                        "[Typ hier de tekst]", "Nog in te vullen door mentor/leerkracht."]
# "n.v.t." is only a placeholder where the element applies; never used for afwijkingen (means not_applicable)
NVT_OK = {"uitstroombestemming", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
          "ondersteuning", "doelen", "evaluatie", "inbreng_leerling"}
SPECIAL_PLACEHOLDERS = {
    "adviezen_professionals": ["zie verslag", "Zie verslag psycholoog.", "Zie dossier.", "zie bijlage",
                               "Er is onderzoek gedaan door de orthopedagoog, zie verslag in het dossier."],
    "ondersteuning": ["zie groepsplan", "Zie groepsplan en weekplanning."],
    "onderbouwing": ["zie bijlage", "Zie LVS-overzicht (bijlage)."],
    "uitstroombestemming": ["nog te bepalen", "[kies uitstroomprofiel]"],
    "evaluatie": ["Datum evaluatie: ..........", "nog plannen", "[datum]"],
    "vaststelling": ["Datum vaststelling: ..........", "__-__-____", "[datum]"],
    "oogo": ["Datum gesprek met ouders: ..........", "[datum en aanwezigen]"],
    "informatie_rechten": ["Ouders hebben instemmingsrecht op het handelingsdeel.", "[tekst over rechten]"],
    "inbreng_leerling": ["Mening van de leerling: ..........", "[wat vindt de leerling?]"],
}


def month_year(d: dt.date) -> str:
    return fmt_date(d, 1).split(" ", 1)[1]


def rng(c: Case, key: str) -> random.Random:
    return random.Random(f"{c.seed}-{key}")


def heading(c: Case, el: str) -> str:
    r = rng(c, "h-" + el)
    pool = ADULT_HEADINGS.get(el) if c.adult and el in ADULT_HEADINGS else HEADINGS[el]
    if c.variants.get("uitstroombestemming") == "missing":
        pool = [h for h in pool if "uitstroom" not in h.lower()]
    return r.choice(pool).format(n=c.pupil.first if c.kind != "template" else "de leerling")


def placeholder(c: Case, el: str) -> str:
    """Content of an `incomplete` element (fixed per case, so all renderers agree)."""
    if el in c.sub and c.sub[el].startswith("ph:"):
        return c.sub[el][3:]
    r = rng(c, "ph-" + el)
    pool = list(GENERIC_PLACEHOLDERS) + SPECIAL_PLACEHOLDERS.get(el, []) * 2
    if el in NVT_OK and not (el == "inbreng_leerling" and c.adult):
        pool += ["n.v.t.", "nvt"]
    return r.choice(pool)


# --------------------------------------------------------------------------- destinations

def destination(c: Case) -> str:
    r = rng(c, "dest")
    t = c.school_type
    if t in ("po", "sbo"):
        return r.choice(["vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg",
                         "vmbo-gt (gemengde leerweg)", "havo", "praktijkonderwijs", "vmbo-tl / havo",
                         "VSO, uitstroomprofiel arbeidsmarktgericht", "vmbo-kader met leerwegondersteuning"])
    if t == "so":
        return r.choice(["VSO, uitstroomprofiel vervolgonderwijs (vmbo-tl)", "VSO, arbeidsmarktgericht uitstroomprofiel",
                         "regulier voortgezet onderwijs: vmbo-kader", "VSO, uitstroomprofiel dagbesteding",
                         "praktijkonderwijs"])
    if t == "vo":
        return r.choice(["vmbo-kader diploma, daarna mbo niveau 3 (techniek)", "havo-diploma, daarna hbo",
                         "vmbo-tl diploma en doorstroom naar mbo niveau 4", "vmbo basis diploma, mbo niveau 2",
                         "vwo-diploma"])
    if t == "pro":
        return r.choice(["arbeid: betaald werk in de groenvoorziening (arbeidsmarktgericht)",
                         "entree-opleiding (mbo niveau 1), daarna werk in de logistiek",
                         "arbeid: werk in de horeca (keukenhulp), met praktijkcertificaat",
                         "beschut werk bij het werkbedrijf"])
    return r.choice(["uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening of bouw (assistent)",
                     "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (entree → dienstverlening)",
                     "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij)",
                     "uitstroomprofiel dagbesteding: activiteitengerichte dagbesteding",
                     "uitstroomprofiel vervolgonderwijs: vmbo-tl diploma (staatsexamen), daarna mbo 3",
                     "uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicker) met begeleiding"])


def end_point(c: Case) -> str:
    return {"po": "groep 8", "sbo": "groep 8", "so": "het so"}.get(c.school_type, "deze school")


def present_uitstroom(c: Case) -> list:
    r = rng(c, "u")
    d, n = destination(c), c.pupil.first
    k = r.randrange(6)
    if k == 4:
        return [P(f"Het ontwikkelingsperspectief van {n} is: {d}. Dit is het niveau dat wij op dit moment haalbaar en "
                  f"passend vinden; het kan bij de jaarlijkse bespreking worden bijgesteld.")]
    if k == 5:
        return [P(d, label="Verwacht uitstroomniveau"), P(f"Uitstroom verwacht in: {r.choice(['2027', '2028', '2029'])}")]
    if k == 0:
        return [P(f"Wij verwachten dat {n} na {end_point(c)} uitstroomt naar: {d}.")]
    if k == 1:
        return [P(d, label="Uitstroombestemming"), P(r.choice(["Ambitieniveau: gemiddeld.", "Ambitie: hoog haalbaar.",
                                                                "Het verwachte niveau is realistisch maar ambitieus."]))]
    if k == 2:
        return [Table([["Verwachte uitstroom", "Ambitie"], [d, r.choice(["realistisch", "hoog maar haalbaar", "-",
                                                                          "passend bij de mogelijkheden"])]])]
    return [P(f"Het te verwachten resultaat en niveau van {n}: {d}. Dit perspectief bespreken we elk jaar opnieuw.")]


def prose_uitstroom(c: Case) -> str:
    return f"Wij verwachten dat {c.pupil.first} na {end_point(c)} naar {destination(c)} gaat."


# --------------------------------------------------------------------------- onderbouwing

def score_table(c: Case) -> Table:
    r = rng(c, "scores")
    if c.primary:
        rows = [["Toets / onderzoek", "Afname", "Score", "Niveau"],
                ["Technisch lezen (DMT)", "jan. 2025", f"DLE {r.randint(10, 30)}", r.choice(["IV", "V", "III"])],
                ["Begrijpend lezen (LVS)", "jan. 2025", f"{r.randint(100, 160)}", r.choice(["IV", "V"])],
                ["Rekenen-Wiskunde (LVS)", "jun. 2025", f"DLE {r.randint(10, 35)}", r.choice(["III", "IV", "V"])],
                ["Spelling", "jun. 2025", f"{r.randint(90, 150)}", r.choice(["III", "IV"])],
                ["Intelligentie (WISC-V)", "2024", f"TIQ {r.randint(72, 104)}", "-"]]
    else:
        rows = [["Vak / toets", "Periode", "Resultaat", "Opmerking"],
                ["Nederlands leesvaardigheid", "periode 1", f"{r.randint(45, 72) / 10:.1f}", "referentieniveau 1F"],
                ["Rekenen (diagnostische toets)", "periode 1", f"{r.randint(40, 70) / 10:.1f}", r.choice(["1F beheerst", "1F nog niet"])],
                ["Engels", "periode 1", f"{r.randint(50, 80) / 10:.1f}", "-"],
                ["NIO / intelligentie", "2023", f"TIQ {r.randint(70, 100)}", "-"],
                ["Verzuim", "schooljaar", f"{r.randint(2, 40)} lesuren", r.choice(["geoorloofd", "deels ongeoorloofd"])]]
    return Table(rows)


def present_onderbouwing(c: Case) -> list:
    r = rng(c, "o")
    n, he = c.pupil.first, c.he
    hist = r.choice([
        f"{n} heeft een wisselende schoolloopbaan: na een doublure in groep 3 is {he} in groep 5 gestart met extra begeleiding voor lezen. "
        f"De vorderingen zijn de laatste twee jaar stabiel, met een leerrendement van ongeveer 60% op technisch lezen en rekenen.",
        "De toetsgegevens van de afgelopen drie jaar laten een vlakke groeilijn zien op rekenen en een gemiddelde groei op taal. "
        "Het didactisch niveau ligt ongeveer één tot anderhalf jaar achter op de groep.",
        f"Uit het onderwijskundig rapport van de vorige school blijkt dat {n} sinds groep 4 extra begeleiding krijgt voor "
        f"lezen en rekenen. De intelligentie ligt in het beneden-gemiddelde gebied (WISC-V 2024); de vaardigheidsscores passen daarbij.",
        f"{n} is na de verhuizing in dit schooljaar ingestroomd. De gegevens uit het dossier, de intake en de eerste "
        f"methodetoetsen geven een consistent beeld: rekenen en lezen op het niveau van eind groep 5.",
    ])
    out = [P(hist)]
    if r.random() < .75:
        out.insert(0, score_table(c))
    if r.random() < .4:
        out.append(P(r.choice(["De onderbouwing is gebaseerd op het leerlingvolgsysteem, de methodetoetsen en observaties in de klas.",
                               "De gegevens zijn besproken in de leerlingbespreking van oktober.",
                               "Leerrendement laatste jaar: rekenen 55%, technisch lezen 70%, spelling 60%."])))
    return out


def prose_onderbouwing(c: Case) -> str:
    r = rng(c, "op")
    if c.variants.get("uitstroombestemming") != "present":
        return (f"Relevante gegevens: {c.his} schoolloopbaan (extra begeleiding sinds groep 4), de resultaten in het "
                f"leerlingvolgsysteem (rekenen niveau IV, begrijpend lezen niveau V) en het intelligentieonderzoek van vorig "
                f"jaar (TIQ {r.randint(75, 95)}).")
    return r.choice([
        f"Dat baseren we op de toetsen van de afgelopen jaren: {c.pupil.first} groeit bij rekenen langzamer dan gemiddeld "
        f"(leerrendement ongeveer 60%) en bij technisch lezen ligt {c.his} niveau anderhalf jaar achter.",
        f"Die verwachting is gebaseerd op {c.his} schoolloopbaan, de resultaten in het leerlingvolgsysteem (rekenen niveau IV, "
        f"begrijpend lezen niveau V) en het intelligentieonderzoek van vorig jaar (TIQ {r.randint(75, 95)}).",
    ])


# --------------------------------------------------------------------------- factors

HINDER = [
    "raakt snel afgeleid bij drukte in de klas; concentratie houdt ongeveer 10 minuten aan",
    "faalangst bij toetsen, klapt dicht als het werk moeilijk wordt",
    "zwakke technische leesvaardigheid (dyslexieverklaring 2024)",
    "moeite met plannen en organiseren van werk en huiswerk",
    "snel overprikkeld bij onverwachte veranderingen in het rooster",
    "wisselende schoolaanwezigheid door buikpijnklachten",
    "zwak werkgeheugen; instructies van meer dan twee stappen worden vergeten",
    "thuissituatie: ouders gescheiden, wisselend verblijf (week-op-week-af)",
    "moeite met samenwerken in grotere groepen; conflicten op het plein",
    "motorisch onhandig; schrijven kost veel energie",
    "negatief zelfbeeld ('ik kan het toch niet')",
    "taalachterstand: thuis wordt vooral Turks/Arabisch gesproken",
]
HELP = [
    "gemotiveerd en leergierig, wil graag laten zien wat {he} kan",
    "goede band met de leerkracht/mentor",
    "sterk in praktische en creatieve opdrachten",
    "ouders zijn zeer betrokken en denken actief mee",
    "sportief; zit op voetbal en voelt zich daar gewaardeerd",
    "goed mondeling taalgebruik en een grote woordenschat",
    "vraagt zelf om hulp als {he} vastloopt",
    "behulpzaam en sociaal betrokken bij klasgenoten",
    "werkt goed met een dagplanning en vaste routines",
    "doorzettingsvermogen bij onderwerpen die {his} interesse hebben",
    "goede technische vaardigheden (computer, techniekles)",
    "heeft een vriend in de klas bij wie {he} zich veilig voelt",
]
CATS = ["Cognitief / didactisch", "Sociaal-emotioneel", "Werkhouding", "Thuissituatie", "Lichamelijk / medisch"]


def factors(c: Case, kind: str) -> list[str]:
    r = rng(c, "f-" + kind)
    pool = HINDER if kind == "bel" else HELP
    return [x.format(he=c.he, his=c.his) for x in r.sample(pool, r.randint(3, 5))]


def present_factors(c: Case, kind: str) -> list:
    r = rng(c, "fs-" + kind)
    items = factors(c, kind)
    if r.random() < .6:
        return [Bullets(items)]
    return [P("; ".join(items).capitalize() + ".")]


def prose_factors(c: Case, kind: str) -> str:
    items = factors(c, kind)[:3]
    if kind == "bel":
        return f"Wat het leren voor {c.pupil.first} moeilijker maakt: {items[0]}, {items[1]} en {items[2]}."
    return f"Wat {c.pupil.first} helpt: {items[0]}; daarnaast: {items[1]} en {items[2]}."


# --------------------------------------------------------------------------- needs, support, deviations, goals

NEEDS = [
    "een vaste, voorspelbare dagstructuur met een dagplanning op tafel",
    "korte instructie in kleine stappen, met een controle of de opdracht begrepen is",
    "een rustige werkplek, eventueel met koptelefoon",
    "een volwassene die tijdig signaleert wanneer {he} vastloopt",
    "succeservaringen en complimenten op inzet",
    "extra oefentijd voor automatiseren (tafels, woordrijen)",
    "voorbereiding op veranderingen in het rooster",
    "hulp bij het plannen van huiswerk en toetsen",
    "auditieve ondersteuning bij lezen (voorleessoftware)",
    "duidelijke afspraken over wat {he} kan doen als het te veel wordt",
]
SUPPORT = [
    ("extra leesinstructie in een klein groepje", "onderwijsassistent", "3x per week 20 minuten"),
    ("pre-teaching van de rekenles", "leerkracht", "2x per week 15 minuten"),
    ("coachingsgesprek over werkhouding en planning", "intern begeleider", "1x per twee weken"),
    ("faalangstreductietraining", "zorgcoördinator", "8 bijeenkomsten van 45 minuten"),
    ("time-outplek met vaste afspraken (kaartje)", "leerkracht/mentor", "dagelijks indien nodig"),
    ("mentorgesprek: terugblik op de week", "mentor", "wekelijks 15 minuten"),
    ("laptop met voorleessoftware (Kurzweil) en extra toetstijd", "ICT-coördinator / docenten", "dagelijks"),
    ("remedial teaching spelling", "RT'er", "2x per week 30 minuten"),
    ("training sociale vaardigheden (Rots en Water)", "gedragsspecialist", "10 weken, 1x per week"),
    ("begeleiding op de stageplek en stagegesprekken", "stagecoördinator", "1x per maand"),
]
DEVIATIONS = [
    "Voor rekenen volgt {n} een eigen leerlijn tot en met het niveau van eind groep 6; het referentieniveau 1F is voor rekenen niet haalbaar.",
    "{n} is vrijgesteld van het vak Frans. In die lesuren werkt {he} onder begeleiding aan Nederlands en plannen.",
    "Tijdelijk aangepast rooster: {n} volgt vier ochtenden en twee middagen onderwijs (18 uur per week). Dit is gemeld bij de inspectie en wordt elke zes weken opgebouwd.",
    "Voor begrijpend lezen gelden vervangende onderwijsdoelen (leerlijn ZML), omdat de kerndoelen voor dit onderdeel niet haalbaar zijn.",
    "Op woensdag volgt {n} het onderwijsprogramma deels op een andere locatie (zorgboerderij, van 9.00 tot 12.00 uur).",
    "Het programma voor wereldoriëntatie is ingekort; {n} volgt in die tijd een intensief leesprogramma.",
]
NA_TEXTS = ["Er wordt niet afgeweken van het onderwijsprogramma.", "N.v.t.", "n.v.t.", "Geen afwijkingen.",
            "{n} volgt het reguliere programma van de groep; er zijn geen afwijkingen.",
            "Niet van toepassing: het reguliere programma wordt gevolgd.",
            "Nee, {n} volgt het volledige onderwijsprogramma."]


def needs(c: Case) -> list[str]:
    r = rng(c, "needs")
    return [x.format(he=c.he) for x in r.sample(NEEDS, r.randint(3, 5))]


def present_needs(c: Case) -> list:
    r = rng(c, "ns")
    lead = r.choice([f"{c.pupil.first} heeft behoefte aan:", f"{c.pupil.first} heeft nodig:",
                     "Onderwijsbehoeften:", f"Wat {c.pupil.first} nodig heeft om tot leren te komen:"])
    return [P(lead), Bullets(needs(c))]


def support_rows(c: Case) -> list[tuple[str, str, str]]:
    r = rng(c, "sup")
    pool = SUPPORT if not c.primary else [s for s in SUPPORT if "stage" not in s[0] and "mentor" not in s[0]]
    return r.sample(pool, r.randint(3, 4))


def present_support(c: Case) -> list:
    r = rng(c, "sp")
    rows = support_rows(c)
    start = fmt_date(dates(c)["start"])
    if r.random() < .65:
        head = r.choice([["Wat", "Wie", "Hoe vaak", "Vanaf"], ["Interventie", "Uitvoerder", "Frequentie", "Start"],
                         ["Aanpak", "Door wie", "Hoeveel", "Periode"]])
        return [P(r.choice(["De school biedt de volgende ondersteuning:", "Afspraken over de individuele begeleiding:",
                            "Dit doet de school extra:"])),
                Table([head] + [[a, b, f, start] for a, b, f in rows])]
    return [P(f"Vanaf {start} krijgt {c.pupil.first} " + "; ".join(f"{a} ({f}, door de {b})" for a, b, f in rows) + ".")]


def prose_support(c: Case) -> str:
    rows = support_rows(c)
    start = fmt_date(dates(c)["start"], 1)
    return (f"Vanaf {start} doen wij het volgende: " + "; ".join(f"{a}, {f}, door de {b}" for a, b, f in rows) + ".")


def deviations(c: Case) -> list[str]:
    r = rng(c, "dev")
    return [x.format(n=c.pupil.first, he=c.he) for x in r.sample(DEVIATIONS, r.randint(1, 2))]


def na_text(c: Case) -> str:
    return rng(c, "na").choice(NA_TEXTS).format(n=c.pupil.first)


def goals(c: Case) -> list[str]:
    r = rng(c, "goals")
    d = dates(c)
    m1, m2 = month_year(d["ev1"]), month_year(d["ev2"])
    n = c.pupil.first
    pool = [
        f"Eind {m1} leest {n} een AVI-E5-tekst op instructieniveau (maximaal 3 fouten per 100 woorden).",
        f"In {m2} beheerst {n} de tafels van 1 tot en met 10: 90% goed binnen 2 minuten.",
        f"Voor {m1} vraagt {n} in minstens 4 van de 5 lessen zelf om hulp als {c.he} vastloopt (observatie mentor).",
        f"{n} vult de weekplanner zelf in; in 8 van de 10 weken is de planner op vrijdag compleet.",
        f"In {m2} scoort {n} bij spelling minimaal niveau III op de LVS-toets.",
        f"{n} gebruikt de time-outkaart op de afgesproken manier: na {m1} niet meer dan 2 keer per week.",
        f"Eind {m2} werkt {n} 20 minuten zelfstandig aan een taak zonder hulp van de leerkracht.",
        f"{n} loopt in {m2} een stage van 8 weken en haalt de beoordeling 'voldoende' op werkhouding.",
    ]
    if c.primary:
        pool = [g for g in pool if "stage" not in g and "weekplanner" not in g]
    return r.sample(pool, r.randint(3, 4))


def present_goals(c: Case) -> list:
    r = rng(c, "gl")
    g = goals(c)
    if r.random() < .4:
        return [Table([["Doel", "Hoe meten we het?"]] + [[x, r.choice(["observatie", "LVS-toets", "methodetoets",
                                                                       "weekplanner", "gesprek", "stagebeoordeling"])] for x in g])]
    return [Bullets(g, numbered=r.random() < .5)]


# --------------------------------------------------------------------------- advice

def advice(c: Case) -> list[str]:
    r = rng(c, "adv")
    d = dates(c)
    n = c.pupil.first
    pool = [
        f"Orthopedagoog drs. {r.choice('BEHKLMS')}. {r.choice(['Brink', 'Verbeek', 'Zomer', 'Kalf'])} (onderzoek {fmt_date(d['advice'], 1)}) "
        f"adviseert korte instructies met visuele ondersteuning en een vaste werkplek. De school neemt dit advies over in de begeleiding.",
        f"De logopedist adviseert om bij nieuwe woorden plaatjes te gebruiken en {n} de tijd te geven om te antwoorden. "
        f"Leerkrachten passen dit toe in de instructie.",
        "De jeugdarts (GGD) adviseert rustmomenten in te bouwen; dit is verwerkt in het dagprogramma.",
        "De behandelaar van de jeugd-ggz adviseert een vaste contactpersoon op school en een signaleringsplan. "
        "De mentor is contactpersoon; het signaleringsplan ligt in de klas.",
        f"Uit het psychologisch onderzoek (GZ-psycholoog, {fmt_date(d['advice'], 1)}): ADHD (gecombineerd beeld). "
        f"Advies: korte taken, bewegingsmomenten, directe feedback. De school volgt dit advies, behalve de eigen ruimte "
        f"(niet beschikbaar); in plaats daarvan een werkplek op de gang met zicht van de leerkracht.",
    ]
    out = r.sample(pool, r.randint(1, 2))
    if c.school_type in ("so", "vso"):
        out.insert(0, f"Advies commissie voor de begeleiding (vergadering {fmt_date(d['cvb'])}): de commissie adviseert het "
                      f"ontwikkelingsperspectief vast te stellen zoals beschreven, met extra aandacht voor de overgang naar de volgende bouw.")
    return out


def present_advice(c: Case) -> list:
    return [Bullets(advice(c))] if rng(c, "advb").random() < .5 else [P(x) for x in advice(c)]


# --------------------------------------------------------------------------- oogo / inbreng / evaluatie / rechten / vaststelling

def oogo_text(c: Case) -> str:
    d = dates(c)
    r = rng(c, "oogo")
    who = short(c.mentor) + " (" + role_of(c.mentor) + ")"
    if c.adult:
        return r.choice([f"Het plan is op {fmt_date(d['oogo'])} besproken met {c.pupil.first} zelf, samen met {who} en de "
                         f"zorgcoördinator. {c.pupil.first} is meerderjarig en handelingsbekwaam en voert zelf het overleg.",
                         f"OPP-gesprek op {fmt_date(d['oogo'], 1)} met {c.pupil.full} (18+), {who} en {short(c.ib)}. "
                         f"{c.pupil.first} had een eigen inbreng over werk en stage; die is verwerkt."])
    return r.choice([
        f"Ouders zijn op {fmt_date(d['oogo'], 1)} gehoord over het concept-OPP (gesprek met {who} en de intern begeleider). "
        f"Ouders herkennen het beeld en willen graag dat er aandacht is voor rekenen; dat is toegevoegd.",
        f"Datum bespreking met ouders: {fmt_date(d['oogo'])}. Aanwezig: moeder, vader, {who}. Het plan is in overleg met "
        f"ouders opgesteld; hun opmerkingen zijn verwerkt.",
        f"Het OPP is op {fmt_date(d['oogo'])} besproken met de ouders ({c.mother} en {c.father}), {who} en intern begeleider {short(c.ib)}.",
        f"OPP-gesprek met moeder en {role_of(c.mentor)} op {fmt_date(d['oogo'], 1)}. Moeder herkent het beeld; zij vraagt extra "
        f"aandacht voor huiswerk. Dit is in het plan opgenomen.",
        f"Op {fmt_date(d['oogo'], 2)} hebben we dit plan met u als ouders besproken. Uw wensen (meer contact over huiswerk) zijn "
        f"meegenomen: de {role_of(c.mentor)} belt elke twee weken.",
        f"Visie van ouders (gesprek d.d. {fmt_date(d['oogo'])}, aanwezig: vader, moeder, {who}): ouders zien dat "
        f"{c.pupil.first} thuis veel moeite heeft met huiswerk en willen dat de school hier aandacht aan besteedt.",
    ])


def present_oogo(c: Case) -> list:
    r = rng(c, "oogot")
    d = dates(c)
    if r.random() < .3 and not c.adult:
        return [Table([["Datum", "Gesprek", "Aanwezig"],
                       [fmt_date(d["oogo"] - dt.timedelta(days=14)), "kennismaking / voorbereiding OPP",
                        f"moeder, {role_of(c.mentor)}"],
                       [fmt_date(d["oogo"]), "bespreking concept-OPP met ouders", f"ouders, {role_of(c.mentor)}, intern begeleider"]])]
    return [P(oogo_text(c))]


def inbreng_text(c: Case) -> list[str]:
    d = dates(c)
    r = rng(c, "inb")
    n = c.pupil.first
    wish = r.choice([("met een koptelefoon werken als het druk is", "De koptelefoon en een vaste werkplek zijn opgenomen in dit plan."),
                     ("niet meer uit de klas voor extra hulp, omdat klasgenoten dan vragen stellen",
                      "De extra leeshulp vindt nu in de klas plaats, aan de instructietafel."),
                     ("meer stage en minder theorie", "Het aantal stage-uren is verhoogd van 4 naar 8 uur per week.")
                     if not c.primary else ("in de pauze binnen blijven als het buiten te druk is",
                                            "Op maandag en donderdag mag " + c.he + " in de pauze in de bibliotheek blijven."),
                     ("zelf kiezen wanneer ik pauze neem", "Er is een pauzekaart afgesproken die " + c.he + " zelf mag inzetten.")])
    if r.random() < .25:
        return [f"Leerlingdeel \u2013 Mijn plan. Wat gaat goed? \u201cGym en techniek.\u201d Wat vind ik moeilijk? \u201cRekenen "
                f"als het druk is.\u201d Wat wil ik? \u201cIk wil {wish[0]}.\u201d",
                f"Wat heeft de school met jouw mening gedaan? {wish[1]} ({role_of(c.mentor)}, {fmt_date(d['pupil'])})"]
    if r.random() < .5:
        return [f"Gesprek met {n} op {fmt_date(d['pupil'])} ({role_of(c.mentor)}): {n} vertelt: \u201cIk wil graag {wish[0]}.\u201d",
                f"Wat hebben we met de mening van {n} gedaan? {wish[1]} Dit is op {fmt_date(d['oogo'])} aan {n} teruggekoppeld."]
    return [f"Hoe denk jij erover? {n}: \u201cIk wil {wish[0]}. Dat helpt mij.\u201d",
            f"Invloed op het plan: {wish[1]} We hebben {n} uitgelegd wat we met {c.his} mening hebben gedaan."]


def present_eval(c: Case) -> list:
    d = dates(c)
    r = rng(c, "evt")
    if r.random() < .3:
        who = c.pupil.first if c.adult else ("ouders" if c.pre2025 else f"ouders en {c.pupil.first}")
        return [Table([["Evaluatiemoment", "Datum", "Met wie", "Hoe"],
                       ["tussenevaluatie", fmt_date(d["ev1"]), f"{who}, {role_of(c.mentor)}", "gesprek op school"],
                       ["eindevaluatie en bijstelling", fmt_date(d["ev2"]), f"{who}, {role_of(c.mentor)}, intern begeleider",
                        "gesprek met verslag"]])]
    return [P(eval_text(c))]


def eval_text(c: Case) -> str:
    d = dates(c)
    r = rng(c, "ev")
    n = c.pupil.first
    who = "jou" if c.adult else ("de ouders" if c.pre2025 else f"de ouders en {n}")
    k = r.randrange(3)
    if k == 0:
        return f"We evalueren dit plan in {month_year(d['ev1'])} en {month_year(d['ev2'])} met {who}."
    if k == 1:
        return (f"Evaluatiemoment 1: {fmt_date(d['ev1'])}, evaluatiemoment 2: {fmt_date(d['ev2'])}. "
                f"De evaluatie vindt plaats in een gesprek met {who}, de {role_of(c.mentor)} en de intern begeleider.")
    return (f"Het OPP wordt twee keer per schooljaar geëvalueerd en waar nodig bijgesteld. Eerstvolgende evaluatie: "
            f"{fmt_date(d['ev1'], 1)}, samen met {who}.")


def rights_text(c: Case) -> str:
    r = rng(c, "rights")
    you = "je" if c.adult else "u"
    You = you.capitalize()
    party = "meerderjarige leerling" if c.adult else "ouder"
    k = r.randrange(3)
    if k == 0:
        return (f"{You} heeft als {party} instemmingsrecht op het handelingsdeel van dit OPP. Bent {you} het niet eens, "
                f"dan gaan we eerst met {'jou' if c.adult else 'u'} in gesprek. {You} kunt ook contact opnemen met het ouder- en jeugdsteunpunt "
                f"van {c.swv} of met een onderwijsconsulent (gratis). Komen we er samen niet uit, dan kunt {you} binnen zes weken "
                f"na de vaststelling een verzoek indienen bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).").replace("je heeft", "je hebt").replace("Je heeft", "Je hebt")
    if k == 1:
        return (f"{You} heeft instemmingsrecht op het handelingsdeel: zonder {'jouw' if c.adult else 'uw'} instemming kan de school "
                f"dat deel niet vaststellen. Bij onenigheid kunt {you} terecht "
                f"bij de directeur, het ouder- en jeugdsteunpunt van het samenwerkingsverband, de onderwijsconsulenten en de "
                f"Geschillencommissie passend onderwijs (verzoek binnen 6 weken).").replace("Je heeft", "Je hebt")
    return (f"{'Jouw' if c.adult else 'Uw'} rechten op een rij: instemmingsrecht op het handelingsdeel; bij een geschil: onderwijsconsulenten (www.onderwijsconsulenten.nl) "
            "of de Geschillencommissie passend onderwijs, binnen zes weken na vaststelling. Klachten: klachtenregeling van de school.")


def vast_text(c: Case) -> str:
    r = rng(c, "vt")
    d = dates(c)
    dirn = short(c.director)
    return r.choice([
        f"Vastgesteld door de directeur, {dirn}, op {fmt_date(d['vast'])}.",
        f"Dit OPP is namens het bevoegd gezag vastgesteld op {fmt_date(d['vast'], 1)} door {dirn} (directeur).",
        f"Datum vaststelling: {fmt_date(d['vast'])} – vastgesteld door {dirn}, directeur.",
        f"Het schoolbestuur heeft dit ontwikkelingsperspectief op {fmt_date(d['vast'], 2)} vastgesteld (getekend: {dirn}, directeur).",
        f"Looptijd: {fmt_date(d['vast'])} tot en met {fmt_date(d['ev2'])}. Vastgesteld op {fmt_date(d['vast'])} door {dirn}, "
        f"directeur, namens het bevoegd gezag.",
        f"Ingangsdatum en datum van vaststelling: {fmt_date(d['vast'], 1)}. Vastgesteld door: {dirn} (schoolleider).",
    ])
