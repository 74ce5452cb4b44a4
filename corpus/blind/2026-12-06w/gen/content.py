# -*- coding: utf-8 -*-
"""Element content for the blind OPP set (round 2026-12-06w).

Every element of a plan is produced from a *variant* key.  The variant decides the label
(see VARIANT_LABEL); the text is written so that a careful parents' adviser reading the
document would reach that label.  Everything is deterministic (seeded random.Random).
"""
import random

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

# variant -> label.  Variants not listed here are handled explicitly (consent variants).
VARIANT_LABEL = {
    "ok": "present", "annex_ok": "present",
    "missing": "missing", "na": "not_applicable", "na_omit": "not_applicable",
    "empty": "incomplete", "placeholder": "incomplete", "instruction": "incomplete",
    "ref": "incomplete", "generic": "incomplete", "vague": "incomplete", "unticked": "incomplete",
    "sdt": "incomplete", "dashtable": "incomplete", "dash": "incomplete", "view_only": "incomplete", "partial": "incomplete",
}

CONSENT_LABEL = {
    # present: real consent recorded in varied ways
    "sig_tick": "present", "sig_image": "present", "digital": "present", "wg": "present",
    "email": "present", "adult_self": "present", "curator": "present", "prose_signed": "present",
    "form_checked": "present",
    # incomplete: looks signed but is not consent
    "blank_line": "incomplete", "voor_gezien": "incomplete", "onder_protest": "incomplete",
    "refused": "incomplete", "partial": "incomplete", "school_only": "incomplete",
    "unticked_box": "incomplete", "no_date": "incomplete", "old_version": "incomplete",
    "slip_requested": "incomplete", "adult_parent_only": "incomplete", "curatele_self": "incomplete",
    "pending_digital": "incomplete", "form_unchecked": "incomplete", "stated_no_date": "incomplete",
    "empty": "incomplete",
    # missing
    "missing": "missing", "avg_only": "missing",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "PM"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def dshort(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


def schooljaar(d):
    y, m, _ = d
    return f"{y}-{y+1}" if m >= 8 else f"{y-1}-{y}"


def post2025(d):
    return d >= (2025, 8, 1)


class Ctx:
    """A pupil and the plan's key facts."""

    def __init__(self, spec):
        self.spec = spec
        r = random.Random("ctx-" + spec["id"])
        self.r = r
        self.st = spec["st"]
        self.first = spec["first"]
        self.last = spec["last"]
        self.name = f"{self.first} {self.last}"
        self.girl = spec.get("girl", False)
        self.hij = "zij" if self.girl else "hij"
        self.Hij = self.hij.capitalize()
        self.zijn = "haar" if self.girl else "zijn"
        self.Zijn = self.zijn.capitalize()
        self.hem = "haar" if self.girl else "hem"
        self.school = spec["school"]
        self.place = spec["place"]
        self.d_set = spec["d_set"]                   # date of (this version's) vaststelling
        self.d_oogo = add_days(self.d_set, -r.choice([6, 8, 9, 13]))
        self.d_consent = add_days(self.d_set, r.choice([3, 5, 7, 10]))
        self.d_eval = add_days(self.d_set, r.choice([112, 119, 126]))
        self.d_birth = spec["birth"]
        self.age = spec.get("age")
        self.adult = spec.get("adult", False)
        self.curatele = spec.get("curatele", False)
        self.mother = spec.get("mother", f"mevr. {r.choice(['A.', 'R.', 'S.', 'M.', 'E.'])} {self.last}")
        self.father = spec.get("father", f"dhr. {r.choice(['J.', 'K.', 'P.', 'H.', 'T.'])} {self.last}")
        self.mentor = spec.get("mentor", r.choice(["mevr. L. Verhoef", "dhr. B. Kuipers", "mevr. D. Tromp",
                                                   "dhr. W. Scholten", "mevr. I. Oudshoorn"]))
        self.ib = spec.get("ib", r.choice(["mevr. C. Hamstra (intern begeleider)", "dhr. R. Lont (zorgcoördinator)",
                                           "mevr. N. Bosgra (orthopedagoog school)", "mevr. T. van Rijn (intern begeleider)"]))
        self.dir = spec.get("dir", r.choice(["mevr. J. Smits-de Laat, directeur", "dhr. G. Akkerman, directeur",
                                             "mevr. F. Brinkhorst, directeur-bestuurder", "dhr. O. Bremer, locatieleider"]))
        self.groep = spec.get("groep", {"po": "groep 6", "sbo": "groep 7 (bovenbouw B)", "so": "groep Oranje (SO 10-12 jaar)",
                                        "vo": "klas 2 vmbo-kb", "pro": "leerjaar 3 (stagefase)", "vso": "VSO-4 (uitstroomklas)"}[self.st])
        self.swv = spec.get("swv", "Samenwerkingsverband Passend Onderwijs Kreekland")


# ---------------------------------------------------------------------------
# per school type: the "ok" text of the content elements

def uitstroom_ok(c):
    s = c.spec.get("uitstroom")
    if s:
        return s
    return {"po": "Verwachte uitstroombestemming: vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo).",
            "sbo": "Wij verwachten dat %s uitstroomt naar het praktijkonderwijs." % c.first,
            "so": "Uitstroom naar het vso, profiel vervolgonderwijs (vmbo-basis binnen het vso).",
            "vo": "Vmbo kaderberoepsgerichte leerweg, profiel Economie en ondernemen, met diploma.",
            "pro": "Arbeid: betaald werk in de groenvoorziening, bij voorkeur met een Entree-opleiding (mbo niveau 1) als tussenstap.",
            "vso": "Uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicken, magazijn) met begeleiding van een jobcoach."}[c.st]


def onderbouwing_ok(c):
    t = _onderbouwing_ok(c)
    if c.spec["v"].get("uitstroombestemming", "ok") != "ok":
        # the destination itself is left open in these plans: do not name it in the onderbouwing either
        parts = t.rstrip(".").split(". ")
        t = ". ".join(parts[:-1]) + "."
    return t


def _onderbouwing_ok(c):
    s = c.spec.get("onderbouwing")
    if s:
        return s
    f = c.first
    return {"po": f"Op de LVS-toetsen van midden groep 6 scoort {f} voor rekenen op niveau M4 en voor begrijpend lezen op M5; het leerrendement over de afgelopen twee jaar is 55% (rekenen) en 70% (lezen). Uit het intelligentieonderzoek (WISC-V, april 2024) komt een totaal-IQ van 81, met een sterkere verbale dan visueel-ruimtelijke kant. Met deze groei verwachten wij eind groep 8 een niveau rond 1F voor lezen en net onder 1F voor rekenen, wat past bij vmbo-basis met lwoo.",
            "sbo": f"{f} heeft in groep 7 een didactische leeftijd van 40 maanden; de leerrendementen zijn 50% voor rekenen, 45% voor spelling en 60% voor technisch lezen (AVI M5). Het capaciteitenonderzoek (SON-R, 2023) gaf een IQ van 72. Ook met extra instructie groeit {f} ongeveer een half jaar per schooljaar. Dit leidt tot een verwacht eindniveau van E5 à M6, passend bij praktijkonderwijs.",
            "so": f"{f} functioneert cognitief op gemiddeld niveau (WISC-V 2024: TIQ 96), maar door de gedragsproblematiek en de lange periode van thuiszitten (2023) loopt {c.hij} ongeveer een jaar achter. De laatste twee periodes laten een stijgende lijn zien: rekenen van M5 naar E5, lezen op M6. Wij verwachten dat {f} met de structuur van het vso een vmbo-basis-diploma kan halen.",
            "vo": f"In leerjaar 1 behaalde {f} voldoendes voor de beroepsgerichte vakken en een 5,8 gemiddeld voor de AVO-vakken. Het dyscalculie-onderzoek (2024) bevestigt ernstige rekenproblemen; met compenserende middelen haalt {c.hij} het rekenniveau 1F. De cijfers en de werkhouding wijzen op kaderniveau.",
            "pro": f"{f} werkt op het niveau van eind groep 5 (rekenen) en M6 (lezen). Op de interne stage bij het groenteam laat {c.hij} zien dat {c.hij} zelfstandig kan werken als de taak voorgedaan is; de werknemersvaardigheden zijn gegroeid (beoordelingslijst stage: van 2,1 naar 3,2 op 4). Daarom verwachten wij uitstroom naar betaald werk.",
            "vso": f"{f} heeft de afgelopen twee stages (magazijn Van Dorp, supermarkt) met een voldoende afgerond. Het werktempo ligt op 60 tot 70% van een gewone werknemer. De schoolse vakken liggen rond eind groep 6. Samen met de werkervaring wijst dit op een plek op de arbeidsmarkt met begeleiding."}[c.st]


def factors_ok(c, kind):
    s = c.spec.get(kind)
    if s:
        return s
    f = c.first
    bel = {"po": [f"Traag werktempo bij automatiseren van tafels en sommen tot 100.", f"Snel afgeleid in de volle klas; {f} mist dan delen van de instructie.", f"Weinig vertrouwen in eigen kunnen bij rekenen ('ik kan het toch niet')."],
           "sbo": [f"Zwak werkgeheugen: {f} onthoudt meerstapsopdrachten slecht.", "Taalachterstand (thuis wordt vooral Turks gesproken).", f"Bij veranderingen in het rooster raakt {f} van slag."],
           "so": [f"Heftige boosheid bij onverwachte overgangen; {f} loopt dan weg uit de klas.", "Lange schoolverzuimperiode in 2023, daardoor hiaten in rekenen.", "Wantrouwen tegenover nieuwe volwassenen."],
           "vo": ["Dyscalculie (verklaring 2024).", f"Faalangst bij toetsen; {f} levert soms lege blaadjes in.", "Plannen van huiswerk lukt niet zonder hulp."],
           "pro": [f"{f} vraagt geen hulp als {c.hij} vastloopt en stopt dan met werken.", "Beperkt uithoudingsvermogen na de middagpauze.", "Lezen van werkinstructies kost veel tijd."],
           "vso": [f"{f} raakt overprikkeld in drukke ruimtes (autisme).", "Reizen met het openbaar vervoer naar onbekende plekken lukt nog niet zelfstandig.", "Wisselende slaap door medicatiewissel (voorjaar 2025)."]}[c.st]
    bev = {"po": [f"{f} is behulpzaam en geliefd in de groep.", "Goede mondelinge taalvaardigheid en woordenschat.", "Ouders oefenen thuis dagelijks met de tafelkaart."],
           "sbo": [f"{f} werkt graag met de handen en is precies.", "Sterke motivatie bij praktische opdrachten.", "Betrokken ouders; oudere zus helpt met lezen."],
           "so": [f"{f} is slim en nieuwsgierig, vooral bij techniek.", "Goede band met de vaste leerkracht.", "Gezin werkt goed samen met het jeugdteam."],
           "vo": [f"{f} is sociaal sterk en werkt goed samen.", "Goede resultaten bij de praktijkvakken.", "Zit op voetbal; sport helpt om spanning kwijt te raken."],
           "pro": ["Betrouwbaar en altijd op tijd.", f"{f} is trots op wat {c.hij} maakt.", "Heeft een bijbaantje bij de kinderboerderij."],
           "vso": ["Nauwkeurig en houdt zich aan afspraken.", "Kan goed werken met een vast stappenplan.", "Ouders en woonbegeleiding steunen de stap naar werk."]}[c.st]
    return bel if kind == "belemmerende_factoren" else bev


def behoefte_ok(c):
    f = c.first
    return {"po": [f"{f} heeft een korte verlengde instructie nodig direct na de groepsinstructie.", "Visuele ondersteuning (stappenplan, getallenlijn) bij rekenen.", "Een vaste, rustige werkplek en complimenten op inzet."],
            "sbo": ["Opdrachten in kleine stappen, één voor één gegeven.", "Dagelijkse herhaling van woordenschat met plaatjes.", "Vooraf weten wanneer er iets verandert in het rooster."],
            "so": ["Voorspelbaarheid: dagplanning op het bord, overgangen aangekondigd.", f"Een vaste volwassene bij wie {f} terecht kan.", "Een time-outplek met afspraken over terugkomen."],
            "vo": ["Rekenmachine en formulekaart bij alle vakken.", "Toetsen in een aparte ruimte met 20% verlenging.", "Wekelijkse hulp bij het maken van een planning."],
            "pro": ["Voordoen, samen doen, zelf doen bij nieuwe taken.", f"Een vaste afspraak over hoe {f} hulp vraagt (kaartje).", "Korte pauze halverwege de middag."],
            "vso": ["Een prikkelarme werkplek op stage.", "Reistraining met een vaste begeleider.", "Vooraf een foto en een stappenplan van nieuwe werkplekken."]}[c.st]


def ondersteuning_ok(c):
    """rows: wat, wie, hoe vaak, vanaf"""
    start = dlong(add_days(c.d_set, 7))
    return {"po": [("Verlengde instructie rekenen", "groepsleerkracht", "4x per week, 15 min", start),
                   ("RT rekenen (automatiseren)", "mevr. E. Kok, RT'er", "2x per week, 30 min", start),
                   ("Oefenen met Rekentuin thuis", "ouders", "dagelijks 10 min", start)],
            "sbo": [("Taalgroep woordenschat", "mevr. P. Duinker", "3x per week, 20 min", start),
                    ("Logopedie (taalbegrip)", "logopediepraktijk De Klank", "1x per week, 30 min", start),
                    ("Dagplanning met picto's", "groepsleerkracht", "dagelijks", start)],
            "so": [("Vaste mentor en dagstart", "dhr. M. Veenstra", "dagelijks, 10 min", start),
                   ("Training Agressie Regulatie", "gedragswetenschapper school", "1x per week, 45 min, 12 weken", start),
                   ("Rekenhiaten wegwerken", "onderwijsassistent", "3x per week, 20 min", start)],
            "vo": [("Toetsafname in stilteruimte + verlenging", "mentor/toetscoördinator", "bij elke toets", start),
                   ("Plannings-coaching", "mevr. S. El Idrissi, ondersteuningscoach", "1x per week, 30 min", start),
                   ("Rekenondersteuning", "rekendocent", "1 uur per week in het ondersteuningsuur", start)],
            "pro": [("Jobcoaching op stage", "dhr. R. Terpstra, stagebegeleider", "1x per 2 weken bezoek", start),
                    ("Hulpvraag-kaartjes en oefenen", "mentor", "dagelijks", start),
                    ("Leesondersteuning werkinstructies (pictogrammen)", "onderwijsassistent", "2x per week", start)],
            "vso": [("Reistraining", "dhr. K. Boukhari, trajectbegeleider", "2x per week, 8 weken", start),
                    ("Stagebegeleiding en werkplekaanpassing", "jobcoach school", "1x per week bezoek", start),
                    ("Overleg woonbegeleiding", "mentor", "1x per 6 weken", start)]}[c.st]


def afwijking_ok(c):
    s = c.spec.get("afwijking")
    if s:
        return s
    f = c.first
    return {"po": f"Voor rekenen volgt {f} vanaf groep 6 een eigen leerlijn (einddoel E6/M7 in plaats van 1F eind groep 8). Voor de overige vakken volgt {f} het programma van de groep.",
            "sbo": f"{f} volgt voor rekenen en spelling een eigen leerlijn (einddoel E5/M6). Engels vervalt; die tijd wordt besteed aan woordenschat.",
            "so": f"{f} heeft een aangepast rooster: 4 dagen van 8.45 tot 14.00 uur (20 uur per week) tot de kerstvakantie; daarna wordt dit uitgebreid. Vrijstelling van gym in de grote zaal (gymt met de kleine groep).",
            "vo": f"{f} is vrijgesteld van het vak Duits; in die uren werkt {c.hij} in het ondersteuningslokaal aan rekenen en planning.",
            "pro": f"Twee dagen per week externe stage in plaats van lessen; het theoretische programma is teruggebracht tot Nederlands, rekenen en burgerschap.",
            "vso": f"{f} volgt het programma van het profiel arbeidsmarktgericht; drie dagen per week stage, geen examenvakken. Praktijkexamen (branchecertificaat orderpicken) in plaats van een diploma."}[c.st]


def doelen_ok(c):
    f = c.first
    e = dlong(c.d_eval)
    return {"po": [f"Voor {e} kent {f} de tafels van 1 t/m 5 geautomatiseerd (30 sommen binnen 2 minuten, 90% goed).", f"{f} gebruikt bij elke rekenles zelf het stappenplan voor aftrekken tot 100 met tiental-overschrijding.", f"Begrijpend lezen: {f} scoort op de volgende LVS-toets minimaal niveau E5."],
            "sbo": [f"Eind van periode 2 leest {f} AVI E5 op instructieniveau.", f"{f} kent 150 nieuwe woorden van de woordenlijst (toets na 10 weken, 80% goed).", f"{f} voert een opdracht van drie stappen uit met behulp van de stappenkaart, zonder extra uitleg."],
            "so": [f"{f} gebruikt in 4 van de 5 boze momenten per week de time-outkaart in plaats van weglopen (turflijst mentor).", f"{f} werkt twee keer 20 minuten per dag zelfstandig aan rekenen.", f"Rekenen: {f} beheerst de leerdoelen van blok 5 (eind groep 5) op de methodetoets (80%)."],
            "vo": [f"{f} maakt elke maandag samen met de coach een weekplanning en houdt die bij (gecheckt elke vrijdag).", f"{f} haalt voor de rekentoets ER1 een voldoende met rekenmachine.", f"Bij 8 van de 10 toetsen levert {f} een volledig gemaakte toets in."],
            "pro": [f"{f} vraagt op stage zelf hulp met het hulpvraagkaartje (minimaal 3x per week, door werkgever afgetekend).", f"{f} werkt de middag door tot 15.30 uur met één korte pauze.", f"{f} haalt voor {e} het certificaat Basis groenvoorziening onderdeel 1."],
            "vso": [f"{f} reist voor {e} zelfstandig met de bus naar de stageplek (3 keer achter elkaar zonder hulp).", f"{f} werkt 4 uur achter elkaar op de stage met één pauze.", f"{f} meldt zelf aan de leidinggevende als het te druk wordt (afgesproken signaalwoord)."]}[c.st]


def advies_ok(c):
    f = c.first
    base = {"po": f"Orthopedagoog drs. H. Lammers (Kreekland Expertisecentrum) adviseerde in het verslag van 14 maart 2025 om de automatisering met korte, dagelijkse oefenmomenten aan te bieden en de instructie te visualiseren. De school heeft dit overgenomen: zie de verlengde instructie en RT in het handelingsdeel.",
            "sbo": f"De logopedist (mevr. Y. Timmer, De Klank) adviseert taalbegrip te ondersteunen met plaatjes en korte zinnen. Het onderzoek van de GZ-psycholoog (april 2024) adviseert een eigen leerlijn rekenen. Beide adviezen zijn verwerkt in de ondersteuning en de leerlijn.",
            "so": f"De kinder- en jeugdpsychiater (dr. P. Wassink) adviseert een voorspelbare dagstructuur en het vroeg signaleren van spanning. De gedragswetenschapper van school adviseert de Training Agressie Regulatie; deze is in het handelingsdeel opgenomen.",
            "vo": f"Uit het dyscalculie-onderzoek (drs. A. Moerman, GZ-psycholoog, juni 2024) volgt het advies om rekenmachine, formulekaart en extra tijd toe te staan. De school past dit bij alle vakken toe.",
            "pro": f"De jeugdarts (GGD, mevr. dr. K. Vonk) adviseert vanwege de vermoeidheid een pauze halverwege de middag en overleg met ouders over slaap. De school heeft de pauze in het rooster opgenomen.",
            "vso": f"De gedragsdeskundige (mevr. drs. R. Haan) adviseert een prikkelarme werkplek en voorbereiding met foto's. De jobcoach neemt dit mee bij het kiezen van de stageplek."}[c.st]
    if c.st in ("so", "vso"):
        base += f" Advies commissie voor de begeleiding ({dlong(add_days(c.d_set, -20))}): de CvB onderschrijft het uitstroomprofiel en de ondersteuning zoals beschreven, en adviseert het plan na een half jaar tussentijds te evalueren."
    return base


def oogo_ok(c):
    who = f"{c.mother} en {c.father}" if not c.spec.get("one_parent") else c.mother
    if c.adult:
        return f"Het plan is op {dlong(c.d_oogo)} besproken met {c.first} zelf; op {c.hem} verzoek was ook {c.mother} (moeder) aanwezig, naast de mentor en de trajectbegeleider. {c.first} wilde meer stagedagen; dat is in het plan verwerkt."
    if c.curatele:
        return f"Het plan is op {dlong(c.d_oogo)} besproken met {c.first} en met {c.mother}, moeder en curator. Aanwezig waren ook de mentor en de orthopedagoog. Er is overeenstemming over het profiel en de ondersteuning."
    return f"Het ontwikkelingsperspectief is op {dlong(c.d_oogo)} besproken met {who}. Aanwezig waren verder de mentor ({c.mentor}) en {c.ib}. De ouders herkennen het beeld; op hun verzoek is een wekelijks bericht van de mentor via de schoolapp toegevoegd."


def inbreng_ok(c):
    f = c.first
    q = {"po": "Ik vind rekenen stom als het snel moet. Als ik het rustig mag doen kan ik het wel. Ik wil graag naast Joris zitten.",
         "sbo": "Ik wil later met auto's werken. Lezen is saai, maar met plaatjes gaat het beter.",
         "so": "Als het lawaai wordt wil ik weg. Ik wil een plek waar ik even kan zitten zonder dat iemand wat zegt.",
         "vo": "Toetsen in de klas gaan mis omdat ik dan ga denken dat ik het niet kan. In een apart lokaal lukt het beter.",
         "pro": "Ik wil bij de hoveniers werken, niet binnen. Ik vind het moeilijk om te vragen als ik iets niet snap.",
         "vso": "Ik wil in een magazijn werken maar niet met veel mensen om me heen. Met de bus durf ik nog niet alleen."}[c.st]
    eff = {"po": f"Wat heeft dit veranderd: {f} krijgt bij rekentoetsen extra tijd en mag zelf kiezen voor een rustige plek; de wens om naast Joris te zitten is meegenomen in de groepsindeling.",
           "sbo": f"Wat we ermee doen: de leesteksten in de RT worden gekozen rond auto's en techniek; de plaatjesondersteuning is in het handelingsdeel opgenomen.",
           "so": f"Dit hebben we aangepast: de time-outplek is op voorstel van {f} zelf ingericht (koptelefoon, stoel bij het raam) en als afspraak in het handelingsdeel gezet.",
           "vo": f"Op verzoek van {f} worden alle toetsen in de stilteruimte gemaakt; dit stond eerst alleen voor de grote toetsen in het plan.",
           "pro": f"Daarom is de stage bij een hoveniersbedrijf gezocht en oefent {f} het hulpvragen met een kaartje (zie doelen).",
           "vso": f"Daarom is gekozen voor een stage in een klein magazijn en is reistraining toegevoegd aan de ondersteuning."}[c.st]
    q = c.spec.get("inbreng_q", q)
    eff = c.spec.get("inbreng_eff", eff)
    return q, eff


def evaluatie_ok(c):
    who = f"met de ouders en {c.first}" if post2025(c.d_set) else "met de ouders"
    if c.adult:
        who = f"met {c.first}"
    return f"Het plan wordt twee keer per schooljaar geëvalueerd {who} (in februari en in juni); het ontwikkelingsperspectief zelf minimaal één keer per jaar. Volgende evaluatie: {dlong(c.d_eval)}."


def rechten_ok(c):
    party = "u als ouder" if not c.adult else "de meerderjarige leerling zelf"
    return (f"Instemmingsrecht: de school kan het handelingsdeel pas uitvoeren als {party} ermee instemt. "
            f"Bent u het niet eens met het plan, bespreek dit dan eerst met de mentor of de directeur. U kunt ook hulp vragen aan het "
            f"Ouder- en Jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent (gratis). Binnen zes weken na de "
            f"vaststelling kunt u een verzoek indienen bij de Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).")


def vaststelling_ok(c):
    return f"Vastgesteld op {dlong(c.d_set)} door {c.dir}, namens het bevoegd gezag."


# ---------------------------------------------------------------------------
# non-ok texts

INSTRUCTIONS = {
    "uitstroombestemming": "<Vul hier de verwachte uitstroombestemming in (vo-type of vso-profiel) en het verwachte niveau.>",
    "onderbouwing": "Toelichting voor de opsteller: onderbouw de uitstroombestemming met toetsgegevens (LVS, leerrendementen), capaciteitenonderzoek en schoolloopbaan. Maximaal een halve pagina.",
    "belemmerende_factoren": "(Beschrijf per domein de factoren die het leren belemmeren: leren, werkhouding, sociaal-emotioneel, thuissituatie.)",
    "bevorderende_factoren": "(Beschrijf per domein de sterke kanten en beschermende factoren van de leerling.)",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'deze leerling heeft … nodig om …'.",
    "ondersteuning": "Geef aan: welke ondersteuning, door wie, hoe vaak en vanaf welke datum.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Verwijder deze tekst na invullen.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "Noem hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hoe de leerling is gehoord en wat zijn/haar inbreng heeft veranderd aan het plan.",
    "evaluatie": "Geef aan wanneer en met wie het OPP wordt geëvalueerd (minimaal 1x per schooljaar).",
    "informatie_rechten": "Hier de standaardtekst over instemmingsrecht en geschillen invoegen (zie handreiking SWV).",
    "vaststelling": "Datum vaststelling en naam/functie van degene die vaststelt invullen.",
}

REFS = {
    "uitstroombestemming": "Zie groeidocument, hoofdstuk 6.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht en verslag capaciteitenonderzoek).",
    "belemmerende_factoren": "Zie het verslag van het MDO (bijlage).",
    "bevorderende_factoren": "Zie het verslag van het MDO (bijlage).",
    "ondersteuningsbehoefte": "Zie het groepsplan van de groep.",
    "ondersteuning": "Zie handelingsplan stage (apart document).",
    "afwijkingen_onderwijsprogramma": "Zie rooster in de bijlage.",
    "doelen": "Zie groepsplan rekenen en taal.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage 3).",
    "oogo": "Zie gespreksverslag in ParnasSys.",
    "inbreng_leerling": "Zie leerlingformulier.",
    "evaluatie": "Zie jaarplanning zorg.",
    "informatie_rechten": "Meer informatie over uw rechten vindt u op de website van het samenwerkingsverband.",
    "vaststelling": "Zie handtekeningenblad.",
}


def generic_text(c, el):
    g = {
        "ondersteuningsbehoefte": "Alle leerlingen op onze school hebben behoefte aan een veilige, gestructureerde leeromgeving, duidelijke afspraken en een leerkracht die hen ziet.",
        "ondersteuning": "De leerling krijgt extra ondersteuning waar dat nodig is, binnen de mogelijkheden van de groep en volgens het ondersteuningsprofiel van de school.",
        "oogo": "Ouders worden bij ons altijd betrokken bij het opstellen van het OPP. Wij gaan ervan uit dat ouders en school samen optrekken.",
        "evaluatie": "Alle OPP's worden op onze school regelmatig geëvalueerd volgens de zorgcyclus.",
        "belemmerende_factoren": "Leerlingen in het speciaal onderwijs hebben vaak moeite met concentratie, werkhouding en sociale vaardigheden.",
        "bevorderende_factoren": "Kinderen leren het best als ze zich veilig voelen en succes ervaren.",
        "informatie_rechten": "Ouders hebben rechten en plichten; de school informeert ouders hierover via de schoolgids.",
        "uitstroombestemming": "Onze leerlingen stromen uit naar vervolgonderwijs, arbeid of dagbesteding, afhankelijk van hun mogelijkheden.",
        "doelen": "Wij werken met alle leerlingen aan de kerndoelen en de doelen uit de groepsplannen.",
        "adviezen_professionals": "Waar nodig schakelt de school externe deskundigen in en neemt hun adviezen mee.",
    }
    return g[el]


def vague_doelen(c):
    f = c.first
    return [f"{f} gaat vooruit met rekenen.", f"{f} krijgt meer zelfvertrouwen.", f"{f} leert beter samenwerken met andere kinderen."]


UNTICKED_OPTIONS = {
    "uitstroombestemming": {"vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
                            "so": ["vso vervolgonderwijs", "vso arbeidsmarktgericht", "vso dagbesteding", "regulier vo"],
                            "po": ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
                            "sbo": ["praktijkonderwijs", "vmbo-bb (lwoo)", "vmbo-kb (lwoo)", "vso"],
                            "pro": ["arbeid", "Entree / mbo 1", "mbo 2", "dagbesteding"],
                            "vo": ["vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"]},
    "afwijkingen_onderwijsprogramma": ["Nee, de leerling volgt het reguliere programma", "Ja, namelijk (eigen leerlijn / vrijstelling / aangepast rooster): ................"],
    "evaluatie": ["1x per schooljaar", "2x per schooljaar", "na elke periode"],
}
