# -*- coding: utf-8 -*-
"""Content model for the blind OPP set: element texts, synonyms, gap variants."""
import random, datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)

HEAD = {
 "uitstroombestemming": ["Te verwachten uitstroombestemming", "Uitstroomperspectief", "Verwachte uitstroom",
                         "Uitstroomprofiel", "Perspectief na deze school", "Beoogde uitstroombestemming"],
 "onderbouwing": ["Onderbouwing uitstroombestemming", "Onderbouwing van het perspectief", "Argumentatie",
                  "Toelichting op het uitstroomperspectief", "Waarop baseren we dit?"],
 "belemmerende_factoren": ["Belemmerende factoren", "Belemmerend", "Risicofactoren", "Aandachtspunten",
                           "Wat maakt leren lastig?"],
 "bevorderende_factoren": ["Bevorderende factoren", "Stimulerende factoren", "Beschermende factoren",
                           "Sterke kanten", "Kansen en krachten", "Positieve factoren"],
 "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften",
                            "Wat heeft de leerling nodig?"],
 "ondersteuning": ["Te bieden ondersteuning en begeleiding", "Handelingsdeel", "Aanbod en arrangement",
                   "Individuele begeleiding", "Inzet extra ondersteuning"],
 "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Aanpassingen in het lesprogramma",
                                    "Afwijkend programma", "Afwijkingen van het reguliere programma"],
 "doelen": ["Doelen", "Doelen komende periode", "Tussendoelen", "Leer- en ontwikkeldoelen", "Concrete doelen"],
 "adviezen_professionals": ["Adviezen van deskundigen", "Advies externe deskundigen", "Onderzoek en advies",
                            "Adviezen van betrokken professionals"],
 "oogo": ["Op overeenstemming gericht overleg (OOGO)", "Overleg met ouders", "Gesprek met ouders",
          "Besproken met ouders/verzorgers"],
 "instemming_ouders": ["Instemming handelingsdeel", "Ondertekening", "Akkoordverklaring", "Handtekeningen"],
 "inbreng_leerling": ["Inbreng leerling", "Stem van de leerling", "Hoorrecht leerling", "Mening van de leerling"],
 "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Evaluatie en bijstelling", "Planning evaluatie"],
 "informatie_rechten": ["Informatie over rechten", "Niet eens met het OPP?", "Bezwaar en geschillen",
                        "Uw rechten als ouder"],
 "vaststelling": ["Vaststelling", "Datum vaststelling", "Vastgesteld door", "Vaststelling bevoegd gezag"],
}
QUESTION = {
 "uitstroombestemming": ["Waar werken we naartoe?", "Wat is het verwachte vervolg na deze school?"],
 "onderbouwing": ["Waarom verwachten we dit?", "Waar baseren we dit perspectief op?"],
 "belemmerende_factoren": ["Wat maakt het leren moeilijk?", "Wat zit de ontwikkeling in de weg?"],
 "bevorderende_factoren": ["Wat gaat goed en helpt?", "Waar is de leerling sterk in?"],
 "ondersteuningsbehoefte": ["Wat heeft de leerling nodig?", "Wat vraagt dit van het onderwijs?"],
 "ondersteuning": ["Wat doet de school extra?", "Welke hulp krijgt de leerling, van wie en hoe vaak?"],
 "afwijkingen_onderwijsprogramma": ["Wijkt het programma af van dat van de groep?", "Volgt de leerling het gewone programma?"],
 "doelen": ["Wat willen we komende periode bereiken?", "Welke doelen stellen we?"],
 "adviezen_professionals": ["Wat adviseren deskundigen?", "Welke adviezen nemen we mee?"],
 "oogo": ["Hoe is het plan met ouders besproken?", "Wanneer hebben we met ouders overlegd?"],
 "instemming_ouders": ["Gaan ouders akkoord met het handelingsdeel?"],
 "inbreng_leerling": ["Wat vindt de leerling er zelf van?", "Wat zegt de leerling zelf?"],
 "evaluatie": ["Wanneer kijken we samen terug?", "Hoe en wanneer evalueren we?"],
 "informatie_rechten": ["Wat als u het er niet mee eens bent?", "Waar kunt u terecht bij onenigheid?"],
 "vaststelling": ["Wie heeft het plan vastgesteld en wanneer?"],
}
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen", "……"]
INSTRUCTION = {
 "uitstroombestemming": "Beschrijf hier de verwachte uitstroombestemming (vo-type / uitstroomprofiel) van de leerling.",
 "onderbouwing": "Onderbouw het perspectief met toetsgegevens, capaciteiten en de schoolloopbaan. Max. 10 regels.",
 "belemmerende_factoren": "Noteer hier de belemmerende factoren per domein (leren, werkhouding, sociaal-emotioneel, thuis).",
 "bevorderende_factoren": "Noteer hier de bevorderende (stimulerende) factoren van de leerling en zijn omgeving.",
 "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig om ...'.",
 "ondersteuning": "Beschrijf welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.",
 "afwijkingen_onderwijsprogramma": "Geef aan of en waar de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
 "doelen": "Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
 "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
 "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee in het plan is gedaan.",
 "evaluatie": "Vul hier de evaluatiedata in (minimaal 1x per schooljaar met ouders en leerling).",
 "informatie_rechten": "Standaardtekst over instemmingsrecht en geschillen hier invoegen.",
 "vaststelling": "Datum en naam van degene die het OPP namens het bevoegd gezag vaststelt.",
}
REFS = ["Zie bijlage 1.", "Zie bijlage.", "Zie groeidocument.", "Zie verslag in het dossier.",
        "Zie verslag orthopedagoog (bijlage 3).", "Zie ParnasSys."]

DOMAINS = ["Leren / cognitief", "Werkhouding", "Sociaal-emotioneel", "Thuissituatie"]

def fmt(d):
    return d.strftime("%d-%m-%Y")

def nl_date(d):
    m = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
    return f"{d.day} {m[d.month-1]} {d.year}"

class Ctx:
    def __init__(self, spec, rng):
        self.spec = spec; self.rng = rng
        self.st = spec["st"]; self.date = spec["date"]
        self.first, self.last, self.sex = spec["pupil"]
        self.hij = "hij" if self.sex == "m" else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if self.sex == "m" else "haar"
        self.hem = "hem" if self.sex == "m" else "haar"
        self.school, self.place = spec["school"]
        self.adult = spec.get("adult", False); self.curatele = spec.get("curatele", False)
        self.oogo_date = self.date - dt.timedelta(days=rng.choice([7, 9, 12, 14]))
        self.eval_date = self.date + dt.timedelta(days=rng.choice([112, 140, 168, 182]))
        self.eval2 = self.date + dt.timedelta(days=rng.choice([300, 320, 340]))
        self.mentor = spec.get("mentor", rng.choice(["mw. L. Verbeek", "dhr. T. Groenhof", "mw. S. El Idrissi", "dhr. P. Dekkers", "mw. J. Kramer-Hol"]))
        self.ib = rng.choice(["mw. R. van Dalen (IB)", "dhr. M. Wolters (ondersteuningscoördinator)", "mw. E. Pauwels (zorgcoördinator)", "mw. H. Smeets (IB'er)"])
        self.dir = rng.choice(["dhr. W. Brandsma", "mw. A. Hoekstra", "mw. C. Oudkerk", "dhr. J. Veldhuis"])
        self.parent = spec.get("parent", f"mw. {rng.choice('ABDHKMNRST')}. {self.last}")
        self.parent2 = f"dhr. {rng.choice('BCFGJLPW')}. {self.last}"
        age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 17}[self.st]
        if self.adult: age = 19
        self.age = age
        self.dob = dt.date(self.date.year - age, rng.randint(1, 12), rng.randint(1, 28))
        self.klas = {"po": f"groep {rng.choice([5,6,7])}", "sbo": f"groep {rng.choice([6,7,8])}", "so": "SO-midden (groep Uil)",
                     "vo": rng.choice(["2 vmbo-kader", "1 havo/vwo", "3 vmbo-tl", "2 mavo/havo"]),
                     "pro": f"leerjaar {rng.choice([2,3,4])}", "vso": rng.choice(["VSO-arbeid 3", "VSO-bovenbouw B2", "VSO uitstroomgroep"])}[self.st]
        self.pupil = f"{self.first} {self.last}"

def present_text(el, c):
    r = c.rng; st = c.st; n = c.first
    if el == "uitstroombestemming":
        opts = {"po": ["vmbo kaderberoepsgerichte leerweg, mogelijk met lwoo", "vmbo basisberoepsgerichte leerweg met leerwegondersteuning", "vmbo-gt / mavo"],
                "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg"],
                "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-tl met ondersteuning)", "regulier vmbo-kader met extra ondersteuning", "vso, uitstroomprofiel arbeidsmarktgericht"],
                "vo": ["vmbo-kader diploma (profiel Zorg en welzijn), daarna mbo niveau 3", "havo-diploma, met als vervolg hbo", "vmbo-tl diploma, vervolg mbo niveau 4"],
                "pro": ["arbeid: betaald werk in de groenvoorziening, met branchecertificaat", "entreeopleiding mbo (niveau 1), richting logistiek", "arbeid in de horeca (keukenmedewerker) met praktijkverklaring"],
                "vso": ["uitstroomprofiel arbeidsmarktgericht: beschut werk in een productiebedrijf", "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij", "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (entree doorlopend naar niveau 2)"]}
        return [f"De verwachte uitstroombestemming is {r.choice(opts[st])}."]
    if el == "onderbouwing":
        a = {"po": f"Uit het intelligentieonderzoek (WISC-V, {c.date.year-1}) komt een TIQ van {r.randint(82,95)}. De LVS-toetsen laten een vaardigheidsgroei zien van ongeveer 60% van het landelijk gemiddelde; begrijpend lezen op niveau eind groep {r.randint(4,5)}.",
             "sbo": f"{n} heeft een TIQ van {r.randint(70,82)} (WISC-V). De leerrendementen voor rekenen en lezen liggen rond 50-60%. {c.Hij} heeft eerder een jaar gedoubleerd op de basisschool.",
             "so": f"Het psychodiagnostisch onderzoek (NIO, {c.date.year-1}) toont gemiddelde capaciteiten; door ASS en prikkelgevoeligheid loopt {n} vooral vast in grote groepen. De didactische gegevens liggen ongeveer een half jaar achter.",
             "vo": f"Cijfers in het eerste leerjaar: gemiddeld {r.choice(['6,4','6,8','7,1'])}. De NIO-uitslag past bij het niveau van de huidige klas. Het verzuim is na de aanpassing van het rooster sterk gedaald.",
             "pro": f"TIQ {r.randint(60,78)}, leerachterstand van meer dan drie jaar op rekenen en lezen. In de stages laat {n} zien dat {c.hij} praktisch vaardig en betrouwbaar is.",
             "vso": f"De stagebeoordelingen van het afgelopen jaar zijn positief over werktempo en inzet. Het niveau van rekenen ligt op 1F-deels, lezen op 1F. {n} werkt het best met duidelijke structuur en vaste taken."}
        return [a[st]]
    if el == "belemmerende_factoren":
        return [f"Leren: moeite met automatiseren van tafels en spelling; {r.choice(['trage verwerkingssnelheid','zwak werkgeheugen'])}.",
                f"Werkhouding: snel afgeleid, werkt onvoldoende planmatig bij langere taken.",
                f"Sociaal-emotioneel: faalangst, trekt zich terug in nieuwe situaties.",
                f"Thuissituatie: {r.choice(['recente scheiding van ouders','verhuizing in het afgelopen jaar','zieke broer, weinig rust thuis'])}."]
    if el == "bevorderende_factoren":
        return [f"Leren: goede mondelinge taalvaardigheid, sterk in {r.choice(['techniek','tekenen','topografie'])}.",
                f"Werkhouding: gemotiveerd als de opdracht concreet is; vraagt hulp aan bekende volwassenen.",
                f"Sociaal-emotioneel: vriendelijk, heeft een vaste vriend in de klas.",
                f"Thuissituatie: betrokken ouders die thuis mee oefenen."]
    if el == "ondersteuningsbehoefte":
        return [f"{n} heeft een leraar nodig die instructie in kleine stappen geeft en controleert of de opdracht begrepen is.",
                f"{n} heeft een vaste, voorspelbare dagstructuur nodig met vooraf aangekondigde veranderingen.",
                f"{n} heeft succeservaringen nodig om de faalangst te verminderen."]
    if el == "ondersteuning":
        sd = fmt(c.date + dt.timedelta(days=7))
        return [f"Verlengde instructie rekenen in een groepje van 4, door de leerkracht, 4x per week 20 minuten, vanaf {sd}.",
                f"Individuele begeleiding door de {r.choice(['remedial teacher','onderwijsassistent','ambulant begeleider'])}, 1x per week 45 minuten (dinsdag), vanaf {sd}.",
                f"Wekelijks kort planningsgesprek met {c.mentor} (10 minuten, maandagochtend)."]
    if el == "afwijkingen_onderwijsprogramma":
        opts = [f"{n} volgt voor rekenen een eigen leerlijn (niveau groep {r.randint(4,5)}) en stopt met de groepsmethode.",
                f"Vrijstelling voor Frans; in die uren extra ondersteuning Nederlands.",
                f"Aangepast rooster: {n} gaat tot de herfstvakantie vier ochtenden per week naar school (onderwijstijd verminderd, afgestemd met de inspectie)."]
        return [r.choice(opts)]
    if el == "doelen":
        e = fmt(c.eval_date)
        return [f"Op {e} beheerst {n} de tafels 1 t/m 10 voor 80% foutloos binnen 3 seconden per som.",
                f"Op {e} maakt {n} een weektaak zelfstandig af, met maximaal twee hulpvragen per dag.",
                f"Op {e} neemt {n} minstens één keer per week uit zichzelf het woord in de kring of het klassengesprek."]
    if el == "adviezen_professionals":
        who = r.choice(["de orthopedagoog van het samenwerkingsverband", "de GZ-psycholoog van de jeugd-ggz", "de logopedist", "de jeugdarts"])
        t = [f"Advies van {who} ({fmt(c.date - dt.timedelta(days=60))}): korte instructies, visuele ondersteuning en vaste werkplek. De school neemt deze adviezen over in de aanpak (zie handelingsdeel)."]
        if st in ("so", "vso"):
            t.append(f"De commissie voor de begeleiding heeft het plan op {fmt(c.date - dt.timedelta(days=5))} besproken en adviseert het perspectief vast te stellen; zij adviseert daarnaast inzet van de gedragswetenschapper bij de evaluatie.")
        return t
    if el == "oogo":
        return [f"Het plan is op {fmt(c.oogo_date)} besproken met {c.parent}{' en ' + c.parent2 if r.random() < .5 else ''}, {c.mentor} en {c.ib}. Ouders kunnen zich vinden in het perspectief."]
    if el == "inbreng_leerling":
        return [f"{n} is op {fmt(c.oogo_date - dt.timedelta(days=3))} gesproken. {c.Hij} zegt: 'Ik wil niet steeds uit de klas, liever hulp aan de instructietafel.'",
                f"Daarom is de begeleiding zo veel mogelijk in de klas gepland en is het doel over zelfstandig werken samen met {c.hem} opgesteld."]
    if el == "evaluatie":
        return [f"Tussenevaluatie op {fmt(c.eval_date)} met ouders, leerling en mentor; jaarlijkse evaluatie en bijstelling in week {r.randint(20,24)} ({fmt(c.eval2)})."]
    if el == "informatie_rechten":
        return ["Ouders hebben instemmingsrecht op het handelingsdeel. Zonder instemming kan de school het handelingsdeel niet uitvoeren. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de school. U kunt ook hulp vragen aan het Ouder- en Jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs."]
    if el == "vaststelling":
        return [f"Vastgesteld op {fmt(c.date)} door {c.dir}, directeur, namens het bevoegd gezag."]
    raise KeyError(el)

def gap_text(el, kind, c):
    """Return body paragraphs for a gap kind (or None for omitted)."""
    r = c.rng; n = c.first
    if kind == "omit": return None
    if kind == "empty": return []
    if kind == "placeholder": return [r.choice(PLACEHOLDERS)]
    if kind == "instruction": return [INSTRUCTION[el]]
    if kind == "ref":
        if el == "adviezen_professionals":
            return [r.choice(["Zie verslag psycholoog in het dossier.", "Zie onderzoeksverslag (bijlage).", "Adviezen: zie verslag logopedie."])]
        return [r.choice(REFS)]
    if kind == "vague":
        return {"doelen": [f"{n} gaat vooruit met rekenen en lezen.", f"{n} voelt zich prettiger in de klas."],
                "ondersteuning": [f"{n} krijgt waar nodig extra hulp."],
                "uitstroombestemming": ["Nog niet te zeggen; dat hangt af van de ontwikkeling komend jaar."],
                "oogo": ["Besproken met ouders."],
                "evaluatie": ["Het plan wordt geëvalueerd."],
                "vaststelling": ["Vastgesteld door: directie. Datum: __________"],
                "informatie_rechten": ["Voor vragen kunt u terecht bij de school."],
                "onderbouwing": ["Op basis van de gegevens."],
                }[el]
    if kind == "noeffect":
        return [f"{n} is gevraagd naar {c.zijn} mening. {c.Hij} vindt rekenen moeilijk en wil graag meer tijd bij toetsen."]
    if kind == "planned":
        return ["Het gesprek met ouders over dit plan wordt nog gepland."]
    if kind == "na":
        return [r.choice(["Geen afwijkingen: de leerling volgt het reguliere programma van de groep.",
                          "n.v.t. — er zijn geen afwijkingen van het onderwijsprogramma.",
                          "Er wordt niet afgeweken van het onderwijsprogramma."])]
    raise KeyError((el, kind))

CONSENT_INCOMPLETE = {"voor_gezien", "onder_protest", "refused", "partial", "school_only", "blank_line", "unticked", "nodate", "wrong_party"}

def label_for(el, kind, c):
    if el == "inbreng_leerling":
        if c.adult and not c.curatele: return "not_applicable"
        if c.date < CUTOFF and not c.spec.get("revised_after"): return "not_applicable"
    if el == "instemming_ouders":
        if kind == "signed": return "present"
        if kind in CONSENT_INCOMPLETE: return "incomplete"
        if kind in ("omit", "avg_only"): return "missing"
    if kind == "present": return "present"
    if kind == "omit": return "missing"
    if kind == "na": return "not_applicable"
    return "incomplete"
