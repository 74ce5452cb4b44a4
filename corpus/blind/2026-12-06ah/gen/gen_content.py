# -*- coding: utf-8 -*-
"""Pupil profiles, element content and the gap variants with the label each one gets."""
import random, zlib, os
from gen_common import *

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

GROUP = {"po": ["groep 5", "groep 6", "groep 7"], "sbo": ["groep 6", "groep 7", "groep 8"],
         "so": ["groep 5", "groep 6", "unit midden"], "vo": ["klas 2 vmbo-b/k", "klas 3 vmbo-k", "klas 2 havo/vwo"],
         "pro": ["leerjaar 2", "leerjaar 3", "leerjaar 4"], "vso": ["bovenbouw", "leerjaar 4", "leerjaar 5"]}

DEST = {
    "po": [("vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "bb"),
           ("vmbo kaderberoepsgerichte leerweg", "kb"), ("praktijkonderwijs", "pro")],
    "sbo": [("vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "bb"), ("praktijkonderwijs", "pro"),
            ("vmbo kaderberoepsgerichte leerweg met lwoo", "kb")],
    "so": [("vso, uitstroomprofiel vervolgonderwijs (vmbo-basis/kader)", "vso-vo"), ("praktijkonderwijs", "pro"),
           ("regulier vmbo-tl met extra ondersteuning", "tl")],
    "vo": [("vmbo-diploma kaderberoepsgerichte leerweg (profiel Zorg en Welzijn), daarna mbo niveau 3", "kb"),
           ("havo-diploma, daarna hbo", "havo"), ("vmbo-diploma gemengde/theoretische leerweg, daarna mbo niveau 4", "tl")],
    "pro": [("arbeid: betaald werk in de groenvoorziening, met branchecertificaat Groen", "arbeid"),
            ("mbo entreeopleiding (niveau 1) Logistiek, daarna werk", "entree"),
            ("arbeid: werk in de schoonmaak/facilitaire dienstverlening met jobcoaching", "arbeid")],
    "vso": [("uitstroomprofiel arbeidsmarktgericht: beschut werk in de groenvoorziening", "arbeid"),
            ("uitstroomprofiel dagbesteding: activerende dagbesteding met werkmatig karakter", "dag"),
            ("uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Logistiek)", "vervolg")],
}

ONDERB = {
    "bb": "Op de LVS-toetsen scoort {n} sinds groep 4 op het laagste niveau (V) voor begrijpend lezen en rekenen-wiskunde. Bij een didactische leeftijd van {dl} ligt het niveau op DLE {dle1} (rekenen) en DLE {dle2} (begrijpend lezen); het leerrendement is ongeveer {lr}%. Uit het psychologisch onderzoek (WISC-V, {onderz}) komt een totaal-IQ van {iq} met een sterkere verwerkingssnelheid. Met dit leerrendement bereikt {n} eind groep 8 naar verwachting eind-groep-6-niveau; dat past bij vmbo-basis met lwoo.",
    "kb": "De resultaten van {n} liggen voor technisch lezen en spelling op gemiddeld niveau, voor rekenen en begrijpend lezen een half tot een heel jaar achter (DLE {dle1} bij DL {dl}). Het leerrendement over de laatste twee jaar is {lr}%. Het capaciteitenonderzoek ({onderz}) geeft een totaal-IQ van {iq}. Werkhouding en concentratie verbeteren met de huidige aanpak. Samen wijst dit op vmbo kaderberoepsgerichte leerweg.",
    "pro": "{n} heeft een totaal-IQ van {iq} (WISC-V, {onderz}) en werkt voor rekenen en lezen op eind-groep-4/5-niveau (DLE {dle1} bij DL {dl}). Het leerrendement is sinds groep 5 rond {lr}% gebleven. {Hij} leert het best praktisch en met veel herhaling. Dit profiel past bij praktijkonderwijs.",
    "vso-vo": "{n} werkt voor rekenen en taal op het niveau van eind groep 6 tot begin groep 7 (DLE {dle1} bij DL {dl}); het leerrendement is {lr}%. De cognitieve mogelijkheden (TIQ {iq}, {onderz}) zijn voldoende voor vmbo-basis/kader. Door de gedragsproblematiek is een kleine groep in het vso nodig; vervolgonderwijs met diploma blijft haalbaar.",
    "tl": "Het capaciteitenonderzoek ({onderz}) laat een totaal-IQ van {iq} zien. De leerresultaten liggen op of net onder het landelijk gemiddelde (DLE {dle1} bij DL {dl}). De belemmeringen zitten vooral in prikkelverwerking en faalangst, niet in het leervermogen. Met ondersteuning is vmbo-tl haalbaar.",
    "havo": "{n} haalt in klas 1 en 2 voldoendes voor alle vakken behalve Frans; de cito-VAS-toets in leerjaar 2 ({onderz}) scoort op havo-niveau (rekenen, Nederlands, Engels). Door de chronische vermoeidheid mist {hij} ongeveer een vijfde van de lessen, maar {hij} haalt de stof in. De mentor en de vakdocenten verwachten dat {hij} met deze ondersteuning het havo-diploma haalt.",
    "arbeid": "Uit de stage-evaluaties ({onderz}) blijkt dat {n} zelfstandig eenvoudige taken uitvoert en goed in een vast team werkt. {Zijn} taal- en rekenniveau (eind-groep-5-niveau, TIQ {iq}) maakt een diplomagerichte opleiding niet haalbaar; een branchecertificaat en werk met begeleiding wel. De interessetest en de stages wijzen op buitenwerk.",
    "entree": "{n} rondde de interne stage in het magazijn af met een goede beoordeling ({onderz}). Rekenen en taal liggen op 1F-niveau voor lezen en net onder 1F voor rekenen; TIQ {iq}. {Hij} is gemotiveerd voor een diploma. Een entreeopleiding Logistiek met een BBL-plek sluit aan bij wat {hij} kan en wil.",
    "dag": "{n} heeft een ernstige verstandelijke beperking (TIQ {iq}, onderzoek {onderz}) en is voor persoonlijke verzorging deels afhankelijk van begeleiding. Werkmatige activiteiten in een vaste structuur lukken goed met ondersteuning; zelfstandig werken in een bedrijf is niet haalbaar. Daarom dagbesteding met werkmatig karakter.",
    "vervolg": "{n} haalde in leerjaar 3 de deelcertificaten Nederlands 2F en rekenen 1F ({onderz}). {Hij} werkt zelfstandig als de taak duidelijk is en de groep klein blijft. TIQ {iq}. De stage bij een distributiecentrum verliep goed; mbo niveau 2 Logistiek is haalbaar met begeleiding bij de overstap.",
}

BELEM = {
    "Leren": ["Zwak werkgeheugen: instructies van meer dan twee stappen vergeet {n} halverwege.",
              "Het automatiseren van de tafels lukt nog niet; {n} telt op de vingers.",
              "Begrijpend lezen: {n} mist woordenschat en haakt af bij lange teksten."],
    "Werkhouding": ["{n} heeft moeite om aan een taak te beginnen en raakt snel afgeleid door geluid in de klas.",
                    "Faalangst: bij toetsen blokkeert {n} en levert {hij} leeg werk in."],
    "Sociaal-emotioneel": ["Bij onverwachte veranderingen raakt {n} overstuur; conflicten op het plein lopen snel uit de hand.",
                           "{n} trekt zich terug in groepswerk en durft niet om hulp te vragen."],
    "Thuis / medisch": ["Slaapproblemen (diagnose ADHD, medicatie sinds {jaar}); 's middags is {zijn} concentratie laag.",
                        "Een langdurige ziekenhuisopname in {jaar} gaf een leerachterstand."],
}
BEVORD = {
    "Leren": ["Technisch lezen op niveau; {n} leest graag informatieve boeken over dieren.",
              "Leert goed met concreet materiaal en visuele ondersteuning."],
    "Werkhouding": ["Werkt geconcentreerd aan praktische opdrachten en maakt taken af als het doel duidelijk is.",
                    "{n} is gemotiveerd als {hij} ziet wat {hij} al kan (grafiek bij de leesbeurten)."],
    "Sociaal-emotioneel": ["Behulpzaam, heeft een vaste vriend in de klas en een goede band met de leerkracht.",
                           "Humorvol en eerlijk; neemt verantwoordelijkheid voor klassentaken."],
    "Thuis / medisch": ["Betrokken ouders die thuis elke dag samen lezen en het huiswerk plannen.",
                        "Sport twee keer per week (voetbal), wat {hem} rust geeft."],
}
BEHOEFTE = {
    "Leren": "{n} heeft instructie in kleine stappen nodig, met voordoen en hardop denken, en direct daarna begeleide inoefening.",
    "Werkhouding": "{n} heeft een vaste, rustige werkplek en een dagplanning op papier nodig, met een timer per taak.",
    "Sociaal-emotioneel": "{n} heeft een volwassene nodig die veranderingen vooraf aankondigt en na de pauze kort terugblikt.",
    "Thuis / medisch": "{n} heeft afstemming nodig tussen school en thuis over medicatie en slaap (wekelijks kort contact).",
}

STEUN = {
    "po": [("Verlengde instructie rekenen in kleine groep", "leerkracht groep", "4x per week 20 min.", "{start}"),
           ("Remedial teaching begrijpend lezen (methode Nieuwsbegrip basis)", "RT'er mevr. {rt}", "2x per week 30 min.", "{start}"),
           ("Ambulante begeleiding gedrag/werkhouding", "ambulant begeleider SWV", "1x per 2 weken 45 min.", "{start}")],
    "sbo": [("Individuele rekenbegeleiding met eigen leerlijn", "onderwijsassistent", "3x per week 30 min.", "{start}"),
            ("Sociale vaardigheidstraining (Kanjertraining, groepje van 4)", "gedragsspecialist", "1x per week 45 min.", "{start}"),
            ("Logopedie op school", "logopedist mevr. {rt}", "1x per week 30 min.", "{start}")],
    "so": [("Prikkelarme werkplek en vaste dagstructuur met picto's", "groepsleerkracht", "dagelijks", "{start}"),
           ("Individuele begeleiding emotieregulatie", "orthopedagoog mevr. {rt}", "1x per week 30 min.", "{start}"),
           ("Time-in/rustplek met begeleiding van de onderwijsassistent", "onderwijsassistent", "zo nodig, max. 2x per dag", "{start}")],
    "vo": [("Begeleiding in het ondersteuningsuur (planning, huiswerk)", "ondersteuningscoördinator", "2x per week 1 lesuur", "{start}"),
           ("Time-out-kaart en rustruimte bij het Ondersteuningspunt", "medewerker Ondersteuningspunt", "zo nodig", "{start}"),
           ("Wekelijks mentorgesprek over voortgang en welbevinden", "mentor dhr. {rt}", "1x per week 15 min.", "{start}")],
    "pro": [("Individuele stagebegeleiding en werkplekbezoek", "stagecoördinator", "1x per 3 weken", "{start}"),
            ("Extra rekenen op 1F-niveau met praktijkopdrachten", "docent rekenen", "2x per week 45 min.", "{start}"),
            ("Training sociale vaardigheden op de werkvloer", "leerlingbegeleider mevr. {rt}", "1x per week 45 min.", "{start}")],
    "vso": [("Arbeidstraining in de schoolkantine en het groenteam", "praktijkdocent", "3 dagdelen per week", "{start}"),
            ("Individuele begeleiding zelfstandigheid (reizen, plannen)", "jobcoach school mevr. {rt}", "1x per week 1 uur", "{start}"),
            ("Overleg met zorgaanbieder over de overgang na school", "ondersteuningscoördinator", "1x per 6 weken", "{start}")],
}

AFWIJK = {
    "po": "{n} volgt voor rekenen vanaf groep 5 een eigen leerlijn (einddoel eind groep 8: niveau 1F, in plaats van de referentiedoelen voor groep 8). Voor begrijpend lezen volgt {hij} het programma van de groep met aangepaste teksten.",
    "sbo": "Eigen leerlijn rekenen (doel: niveau 1F aan het eind van de basisschool). {n} is vrijgesteld van Engels in groep 7 en 8; in die uren krijgt {hij} extra leesbegeleiding.",
    "so": "{n} volgt een aangepast rooster: maandag tot en met donderdag tot 14.30 uur, vrijdag tot 12.00 uur (4 uur per week minder dan de groep). Doel is uitbreiding naar het volledige rooster voor de zomervakantie. Voor rekenen een eigen leerlijn.",
    "vo": "Vrijstelling voor het vak Frans in leerjaar 2 (in overleg met de examencommissie); in die uren werkt {n} in het ondersteuningslokaal aan Nederlands. Verder volgt {hij} het reguliere programma.",
    "pro": "{n} volgt twee dagen per week een externe stage in plaats van de praktijkvakken op school. De theorie-uren Engels vervallen daarvoor.",
    "vso": "Het programma bestaat voor de helft uit arbeidstraining en stage; {n} volgt geen examenvakken. Rekenen en Nederlands op 1F-niveau, toegespitst op werksituaties.",
}

DOELEN = {
    "po": [("Rekenen", "{n} kent de tafels 1 t/m 5 en 10 binnen 3 seconden per som (90% goed)", "toets tafeldiploma, januari"),
           ("Begrijpend lezen", "{n} past de strategie 'voorspellen' zelfstandig toe bij een tekst van AVI-niveau E5", "observatie + methodetoets, maart"),
           ("Werkhouding", "{n} begint binnen 2 minuten zelfstandig aan een taak met behulp van de planning", "observatie leerkracht, 3x per week turven")],
    "sbo": [("Rekenen", "{n} lost optel- en aftreksommen tot 100 met tientaloverschrijding op (80% goed)", "methodetoets blok 4, februari"),
            ("Lezen", "{n} leest op AVI-niveau M6 (beheersingsniveau)", "AVI-afname, juni"),
            ("Sociaal", "{n} lost een conflict op het plein op met de stappen van de Kanjertraining, zonder volwassene, 3 van de 4 keer", "registratie pleinwacht, 6 weken")],
    "so": [("Emotieregulatie", "{n} geeft met de kaart aan wanneer {hij} naar de rustplek wil, in plaats van weg te lopen (8 van de 10 keer)", "registratie onderwijsassistent, wekelijks"),
           ("Rekenen", "{n} rekent tot 20 met en zonder materiaal (90% goed)", "methodetoets, januari"),
           ("Rooster", "{n} is in april de volledige schooltijd op school", "aanwezigheidsregistratie")],
    "vo": [("Plannen", "{n} plant het huiswerk voor een week zelf in de agenda en bespreekt dit op maandag met de mentor", "mentorgesprek, wekelijks afvinken"),
           ("Aanwezigheid", "Het verzuim daalt naar minder dan 10% van de lessen per periode", "verzuimregistratie, per periode"),
           ("Nederlands", "{n} haalt een voldoende voor de schrijfopdracht van periode 2", "cijfer schrijfopdracht")],
    "pro": [("Werknemersvaardigheden", "{n} meldt zich zelf af bij de stagebegeleider als {hij} ziek is of te laat komt", "stagebeoordeling, per 6 weken"),
            ("Rekenen", "{n} rekent met geld tot € 100 (wisselgeld teruggeven) zonder rekenmachine", "praktijktoets kantine"),
            ("Certificaat", "{n} haalt het branchecertificaat Groen, onderdeel Heggen en gazons", "examen, mei")],
    "vso": [("Zelfstandigheid", "{n} reist zelfstandig met de bus naar de stageplek (traject geoefend)", "observatie jobcoach, 4 weken"),
            ("Werk", "{n} werkt een dagdeel van 3 uur met één pauze zonder extra aansporing", "stagebeoordeling"),
            ("Communicatie", "{n} vraagt hulp aan de werkbegeleider met de afgesproken zin", "observatie, per 6 weken")],
}

ADVIES = {
    "psy": "Orthopedagoog-generalist {adv} (onderzoek {onderz}) adviseert: instructie in kleine stappen met visuele ondersteuning, korte werkblokken met beweegpauze, en niet meer dan één nieuwe vaardigheid tegelijk. De school neemt deze adviezen over in het handelingsdeel (werkplek, planning, verlengde instructie).",
    "logo": "Logopedist {adv} (verslag {onderz}) stelt een taalontwikkelingsstoornis vast en adviseert gebruik van visuele steun bij instructie en extra woordenschatinstructie. De leerkracht gebruikt de woordkaarten van de logopedist bij elke nieuwe les.",
    "cvb": "De commissie voor de begeleiding heeft op {cvb} geadviseerd het uitstroomprofiel te handhaven en de stage uit te breiden. Dit advies is overgenomen; de stage gaat van één naar twee dagen. De jeugdarts adviseert daarnaast een rustmoment halverwege de dag; dat is in het rooster opgenomen.",
    "jeugd": "Jeugdarts {adv} (consult {onderz}) adviseert de belasting stap voor stap op te bouwen en thuiswerk te beperken. Het rooster en de huiswerkafspraken in dit plan volgen dat advies.",
}

RIGHTS = ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit ontwikkelingsperspectief. Bent u het niet eens met het plan, "
          "bespreek dat dan eerst met de mentor of de intern begeleider. U kunt ook hulp vragen bij het ouder- en jeugdsteunpunt van het "
          "samenwerkingsverband of bij een onderwijsconsulent (gratis). Komt u er niet uit, dan kunt u binnen zes weken na de vaststelling "
          "een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")
RIGHTS_ADULT = ("Je hebt als meerderjarige leerling zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens, bespreek het met je mentor. "
                "Je kunt gratis hulp vragen bij een onderwijsconsulent. Binnen zes weken na vaststelling kun je een geschil voorleggen aan de "
                "Geschillencommissie passend onderwijs.")


class Ctx:
    pass


def make_ctx(spec):
    seed = zlib.crc32(spec["id"].encode())
    rng = random.Random(seed)
    c = Ctx()
    c.rng = rng
    c.seed = seed
    c.type = spec["st"]
    female = rng.random() < 0.45
    c.female = female
    c.n = rng.choice(GIRLS if female else BOYS)
    c.last = rng.choice(LAST)
    c.full = f"{c.n} {c.last}"
    c.hij, c.Hij, c.zijn, c.Zijn, c.hem = (("zij", "Zij", "haar", "Haar", "haar") if female else ("hij", "Hij", "zijn", "Zijn", "hem"))
    c.group = rng.choice(GROUP[c.type])
    age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 17}[c.type]
    c.adult = spec.get("adult", False)
    c.curatele = spec.get("curatele", False)
    if c.adult or c.curatele:
        age = 18 + rng.randint(0, 1)
    c.age = age
    c.place = rng.choice(PLACES)
    c.school = spec.get("school") or rng.choice(SCHOOLS[c.type])
    c.swv = SWV[c.type]
    c.mother = person(rng, True); c.mother["last"] = c.last if rng.random() < 0.6 else c.mother["last"]
    c.mother["full"] = f"{c.mother['first']} {c.mother['last']}"; c.mother["init"] = f"{c.mother['first'][0]}. {c.mother['last']}"
    c.father = person(rng, False); c.father["last"] = c.last
    c.father["full"] = f"{c.father['first']} {c.last}"; c.father["init"] = f"{c.father['first'][0]}. {c.last}"
    c.parent = c.mother if rng.random() < 0.65 else c.father
    c.curator = person(rng)
    c.director = person(rng)
    c.ib = person(rng)
    c.mentor = person(rng)
    c.adv = person(rng)
    c.ab = person(rng)
    # dates
    scen = spec["scen"]
    c.scen = scen
    sd = spec.get("date")
    if sd is None:
        sd = {"new25": (2025, 10, rng.randint(6, 30)), "new26": (2026, 10, rng.randint(5, 28)),
              "pre25": (2025, rng.randint(2, 5), rng.randint(3, 27)), "pre24": (2024, 10, rng.randint(1, 28)),
              "rev25": (2025, 11, rng.randint(3, 26)), "rev_pre": (2025, 3, rng.randint(3, 27)),
              "rev26": (2026, 10, rng.randint(5, 28))}[scen]
    c.date = sd                       # date the current version was set (vaststelling)
    y = sd[0]
    c.first_date = spec.get("first_date") or ((y - 1, 9, rng.randint(10, 28)) if scen.startswith("rev") else sd)
    c.revised = scen.startswith("rev")
    c.version = spec.get("version", 3 if c.revised and rng.random() < 0.5 else (2 if c.revised else 1))
    c.oogo_date = (sd[0], sd[1], max(1, sd[2] - rng.randint(3, 9))) if sd[2] > 10 else (sd[0], sd[1] - 1 if sd[1] > 1 else 1, 25)
    c.consent_date = (sd[0], sd[1], min(28, sd[2] + rng.randint(1, 6)))
    c.start = dnum(c.date)
    c.dob = (sd[0] - age - (1 if sd[1] < 6 else 0), rng.randint(1, 12), rng.randint(1, 28))
    c.print_date = spec.get("print_date") or sd
    c.inbreng_na = (not after_aug_2025(c.date)) or (c.adult and not c.curatele)
    c.dl = rng.choice([40, 45, 47, 50, 53])
    c.dle1 = c.dl - rng.randint(8, 14); c.dle2 = c.dl - rng.randint(6, 12)
    c.lr = rng.choice([55, 60, 65, 70, 75])
    c.iq = {"pro": rng.choice([68, 72, 75]), "vso": rng.choice([58, 65, 72]), "so": rng.choice([80, 86, 92])}.get(c.type, rng.choice([82, 86, 90, 96]))
    if c.type == "vo":
        c.iq = rng.choice([92, 98, 104])
    c.onderz = dlong((c.first_date[0] - (0 if c.revised else 1), rng.choice([3, 4, 5, 11]), rng.randint(2, 27)))
    c.cvb = dlong((sd[0], sd[1], max(1, sd[2] - 10)) if sd[2] > 11 else (sd[0], max(1, sd[1] - 1), 20))
    c.rt = rng.choice(LAST)
    c.jaar = str(c.first_date[0] - rng.randint(1, 3))
    dest = DEST[c.type]
    c.dest, c.destkey = dest[spec.get("dest", rng.randrange(len(dest)))]
    c.iq = {"pro": rng.choice([68, 72, 75]), "bb": rng.choice([78, 81, 84]), "kb": rng.choice([86, 89, 92]),
            "tl": rng.choice([95, 99, 103]), "havo": rng.choice([104, 108]), "vso-vo": rng.choice([84, 88]),
            "arbeid": rng.choice([64, 68, 72]), "entree": rng.choice([72, 76]), "dag": rng.choice([45, 50, 55]),
            "vervolg": rng.choice([78, 82])}[c.destkey]
    if c.destkey in ("pro", "arbeid", "dag"):
        c.dle1 = c.dl - rng.randint(17, 22); c.dle2 = c.dl - rng.randint(15, 20)
    return c


def fmt(c, s):
    return s.format(n=c.n, hij=c.hij, Hij=c.Hij, zijn=c.zijn, Zijn=c.Zijn, hem=c.hem, dl=c.dl, dle1=c.dle1, dle2=c.dle2,
                    lr=c.lr, iq=c.iq, onderz=c.onderz, jaar=c.jaar, rt=c.rt, start=c.start,
                    adv=c.adv["init"], cvb=c.cvb)


# ----------------------------------------------------------------------------- placeholders
PLACEHOLDER = {"dots": "...", "ntb": "n.t.b.", "nog": "Nog aanvullen.", "volgt": "Volgt na overleg.",
               "xx": "[tekst]", "nvt": "n.v.t.", "dash": "-"}

INSTR = {
    "uitstroombestemming": "Vul hier de verwachte uitstroombestemming in (VO-type of uitstroomprofiel).",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens (LVS), leerrendement, IQ-gegevens en de schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren van de leerling op het gebied van leren, werkhouding, sociaal-emotionele ontwikkeling en thuissituatie. Formuleer concreet en observeerbaar.",
    "bevorderende_factoren": "Noem de bevorderende (stimulerende, beschermende) factoren: wat helpt deze leerling?",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'Deze leerling heeft ... nodig om ... te bereiken'.",
    "ondersteuning": "Beschrijf de te bieden ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of en waar wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    "adviezen_professionals": "Neem hier de adviezen op van externe deskundigen en beschrijf wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hoe de leerling is gehoord, wat de leerling heeft ingebracht en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en hoe het OPP met ouders en leerling wordt geëvalueerd (minimaal 1x per schooljaar).",
    "informatie_rechten": "Informeer ouders over het instemmingsrecht en de mogelijkheden bij onenigheid.",
    "vaststelling": "Datum vaststelling en naam/functie van degene die vaststelt.",
}

ZIE = {
    "uitstroombestemming": "Zie het advies van de groep-7-leerkracht in het leerlingdossier.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht LVS en verslag psychologisch onderzoek).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "bevorderende_factoren": "Zie het groeidocument (kindkenmerken).",
    "ondersteuningsbehoefte": "Zie groepsplan rekenen en lezen.",
    "ondersteuning": "Zie het groepsplan en de bijlage 'Arrangement SWV'.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 3.",
    "doelen": "Zie handelingsplan (apart document in Parnassys).",
    "adviezen_professionals": "Zie verslag psycholoog (bijlage).",
    "oogo": "Zie gespreksverslag in het leerlingvolgsysteem.",
    "inbreng_leerling": "Zie het kindgesprek (bijlage).",
    "evaluatie": "Zie jaarplanning zorg.",
    "informatie_rechten": "Zie de schoolgids, hoofdstuk 'Klachten'.",
    "vaststelling": "Zie handtekeningenblad.",
}

GENERIC = {
    "uitstroombestemming": "Leerlingen van onze school stromen uit naar alle vormen van voortgezet onderwijs; de uitstroom wordt in groep 8 bepaald.",
    "onderbouwing": "De school baseert de verwachte uitstroom van al haar leerlingen op de gegevens uit het leerlingvolgsysteem.",
    "belemmerende_factoren": "Leerlingen met een OPP hebben op een of meer gebieden meer moeite dan hun groepsgenoten.",
    "bevorderende_factoren": "Alle leerlingen bij ons op school hebben talenten; wij kijken naar wat goed gaat.",
    "ondersteuningsbehoefte": "Iedere leerling heeft behoefte aan een veilige omgeving, duidelijke regels en een leerkracht die vertrouwen geeft.",
    "ondersteuning": "Alle leerlingen in de groep krijgen instructie volgens het directe instructiemodel; wie dat nodig heeft krijgt verlengde instructie aan de instructietafel.",
    "afwijkingen_onderwijsprogramma": "Waar nodig wordt het programma aangepast aan de mogelijkheden van de leerling.",
    "doelen": "De leerling werkt aan de kerndoelen en de referentieniveaus, op een passend niveau.",
    "adviezen_professionals": "De school werkt samen met externe deskundigen en neemt hun adviezen mee.",
    "oogo": "Ouders worden altijd betrokken bij het opstellen van het OPP.",
    "inbreng_leerling": "Wij vinden het belangrijk dat leerlingen meedenken over hun eigen ontwikkeling.",
    "evaluatie": "Evaluatie vindt plaats volgens de zorgcyclus van de school.",
    "informatie_rechten": "Voor vragen kunt u altijd bij de school terecht.",
    "vaststelling": "Het OPP wordt vastgesteld door de school.",
}

GAP_STATUS = {"missing": "missing"}


def dom_ok(c, pool, k):
    """pick one text per domain"""
    out = {}
    for d, opts in pool.items():
        out[d] = fmt(c, opts[(c.seed + k) % len(opts)])
    return out


def element(c, el, v, spec):
    """Return dict(blocks, status, domains=None, rows=None, checks=None). v: variant name."""
    R = {"blocks": [], "domains": None, "rows": None, "checks": None, "status": "present", "show": True}
    # generic gap variants -----------------------------------------------------
    if v == "missing":
        R["show"] = False; R["status"] = "missing"
        if el == "inbreng_leerling" and c.inbreng_na:
            R["status"] = "not_applicable"
        return R
    if v in PLACEHOLDER or v in ("empty", "instr", "zie", "generic", "wordph"):
        txt = {"empty": "", "instr": "[" + INSTR.get(el, "invullen") + "]", "zie": ZIE.get(el, "Zie bijlage."),
               "generic": GENERIC.get(el, ""), "wordph": None}.get(v, PLACEHOLDER.get(v))
        if v == "instr" and spec.get("instr_plain"):
            txt = INSTR.get(el)
        R["status"] = "incomplete"
        if el == "inbreng_leerling" and c.inbreng_na:
            R["status"] = "not_applicable"
        if el == "afwijkingen_onderwijsprogramma" and v == "nvt":
            R["status"] = "incomplete"   # only used where the plan shows a deviation elsewhere
        R["blocks"] = [("field", "", None)] if v == "wordph" else ([("p", txt)] if txt else [])
        R["placeholder"] = txt if v != "wordph" else None
        R["wordph"] = v == "wordph"
        return R
    # element-specific content ---------------------------------------------------
    if el == "uitstroombestemming":
        R["blocks"] = [("p", f"Verwachte uitstroombestemming: {c.dest}.")]
        R["value"] = c.dest
        if v == "unticked":
            R["status"] = "incomplete"; R["value"] = ""
            R["blocks"] = []
        R["ticked"] = v != "unticked"
        return R
    if el == "onderbouwing":
        R["blocks"] = [("p", fmt(c, ONDERB[c.destkey]))]
        return R
    if el == "belemmerende_factoren":
        R["domains"] = dom_ok(c, BELEM, 0)
        R["blocks"] = [("bullets", [f"{d}: {t}" for d, t in R["domains"].items()])]
        return R
    if el == "bevorderende_factoren":
        R["domains"] = dom_ok(c, BEVORD, 1)
        R["blocks"] = [("bullets", [f"{d}: {t}" for d, t in R["domains"].items()])]
        return R
    if el == "ondersteuningsbehoefte":
        R["domains"] = {d: fmt(c, t) for d, t in BEHOEFTE.items()}
        R["blocks"] = [("bullets", list(R["domains"].values()))]
        return R
    if el == "ondersteuning":
        rows = [[fmt(c, x) for x in r] for r in STEUN[c.type]]
        if spec.get("reduced_hours_in_support"):
            rows.append([f"Aangepast rooster: {c.n} is tot de kerstvakantie alleen 's ochtends op school (3 uur per dag), daarna opbouw", "intern begeleider en ouders", "dagelijks", c.start])
        R["rows"] = [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + rows
        R["blocks"] = [("table", R["rows"], {"header": True})]
        return R
    if el == "afwijkingen_onderwijsprogramma":
        if v == "geen":
            R["status"] = "not_applicable"
            R["blocks"] = [("p", f"Geen afwijkingen: {c.n} volgt het volledige onderwijsprogramma van de groep/klas.")]
            return R
        R["blocks"] = [("p", fmt(c, AFWIJK[c.type]))]
        return R
    if el == "doelen":
        rows = [[fmt(c, x) for x in r] for r in DOELEN[c.type]]
        R["rows"] = [["Gebied", "Doel (einde periode)", "Hoe meten we het?"]] + rows
        R["blocks"] = [("table", R["rows"], {"header": True})]
        return R
    if el == "adviezen_professionals":
        keys = ["cvb", "jeugd"] if c.type in ("so", "vso") else ["psy", "logo"] if c.seed % 2 else ["psy"]
        if c.type in ("so", "vso") and v == "nocvb":
            keys = ["psy"]  # advice present but not the commissie: still present (has expert advice)
        R["blocks"] = [("p", fmt(c, ADVIES[k])) for k in keys]
        return R
    if el == "oogo":
        who = f"{c.parent['title']} {c.parent['last']} ({'moeder' if c.parent['female'] else 'vader'})"
        if c.adult and not c.curatele:
            who = f"{c.n} zelf (meerderjarig), met {c.mother['title']} {c.mother['last']} als ondersteuner op verzoek van {c.n}"
        if c.curatele:
            who = f"curator {c.curator['title']} {c.curator['last']} en {c.n}"
        if v == "notes":
            R["blocks"] = [("b", f"Verslag gesprek {dlong(c.oogo_date)}"),
                           ("p", f"Aanwezig: {who}, {c.mentor['init']} (mentor/leerkracht), {c.ib['init']} (intern begeleider/ondersteuningscoördinator).\n"
                                 f"Besproken: het concept-OPP (perspectief en handelingsdeel). Ouders herkennen het beeld. Zij vroegen om extra aandacht voor rekenen; dat is opgenomen in de doelen. "
                                 f"Afgesproken: school past het concept aan en stuurt het binnen een week toe; ouders reageren binnen twee weken.")]
            return R
        if v == "planned":
            R["status"] = "incomplete"
            R["blocks"] = [("p", "Het gesprek met ouders over dit OPP wordt gepland na de herfstvakantie.")]
            return R
        if v == "datephold":
            R["status"] = "incomplete"
            R["blocks"] = [("sig", [("Datum OOGO", ""), ("Aanwezig", "")])]
            return R
        R["blocks"] = [("p", f"Het ontwikkelingsperspectief is op {dlong(c.oogo_date)} besproken met {who}, samen met {c.mentor['init']} en {c.ib['init']}. "
                             f"We zijn tot overeenstemming gekomen over het perspectief en het handelingsdeel.")]
        return R
    if el == "inbreng_leerling":
        view = (f"In het kindgesprek op {dlong(c.oogo_date)} vertelde {c.n} dat {c.hij} het fijn vindt om in een hoekje te werken, en dat {c.hij} "
                f"de rekenlessen 'te snel' vindt. {c.Hij} wil graag zelf bijhouden hoeveel tafels {c.hij} al kent.")
        if c.type in ("vo", "pro", "vso"):
            view = (f"{c.n} is op {dlong(c.oogo_date)} gesproken door de mentor. {c.Hij} zegt dat {c.hij} het ondersteuningsuur nuttig vindt maar niet 'apart gezet' wil worden, "
                    f"en dat {c.hij} later graag buiten wil werken.")
        effect = (f"Wat we ermee doen: {c.n} houdt zelf een tafelkaart bij (doel rekenen) en mag bij zelfstandig werken kiezen voor de werkplek in de hoek." if c.type in ("po", "sbo", "so")
                  else f"Wat we ermee doen: de begeleiding vindt plaats in het gewone ondersteuningsuur, niet tijdens de les, en de stage-oriëntatie richt zich op buitenwerk.")
        if v == "view_only":
            R["status"] = "incomplete" if not c.inbreng_na else "not_applicable"
            R["blocks"] = [("p", view)]
            return R
        if v == "absent":
            R["status"] = "incomplete" if not c.inbreng_na else "not_applicable"
            R["blocks"] = [("p", f"{c.n} was niet bij het gesprek aanwezig.")]
            return R
        R["blocks"] = [("p", view), ("p", effect)]
        if c.inbreng_na:
            R["status"] = "not_applicable"
        return R
    if el == "evaluatie":
        return evaluatie(c, v, R)
    if el == "informatie_rechten":
        if v == "partial":
            R["status"] = "incomplete"
            R["blocks"] = [("p", "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP.")]
            return R
        R["blocks"] = [("p", RIGHTS_ADULT if (c.adult and not c.curatele) else RIGHTS)]
        return R
    if el == "vaststelling":
        R["blocks"] = [("p", f"Vastgesteld op {dlong(c.date)} door {c.director['full']}, directeur {c.school}.")]
        R["sig"] = [("Vastgesteld door", f"{c.director['init']}, directeur"), ("Datum vaststelling", dnum(c.date))]
        if v == "datephold":
            R["status"] = "incomplete"
            R["blocks"] = [("p", f"Vastgesteld op __-__-20__ door {c.director['full']}, directeur.")]
            R["sig"] = [("Vastgesteld door", f"{c.director['init']}, directeur"), ("Datum vaststelling", "")]
        return R
    if el == "instemming_ouders":
        return consent(c, v, R, spec)
    raise ValueError((el, v))


def evaluatie(c, v, R):
    y, m, d = c.date
    if v in ("ok", "text"):
        e1 = (y + 1, 2, 10) if m >= 8 else ((y, 6, 10) if m <= 3 else (y, 11, 10))
        R["blocks"] = [("p", f"Het OPP wordt twee keer per schooljaar geëvalueerd met ouders en {c.n}. De eerste evaluatie is gepland "
                             f"in de week van {dlong(e1)}; daarna telkens in februari en juni. Bij de evaluatie bespreken we de doelen en passen we het plan zo nodig aan.")]
        return R
    if v in ("table", "never_held"):
        y0 = c.first_date[0] if c.first_date[1] >= 8 else c.first_date[0] - 1
        periods = []
        for sy in range(y0, y0 + 4):
            periods.append((f"{sy}-{sy+1} periode 1", (sy + 1, 2, 6 + (c.seed % 5))))
            periods.append((f"{sy}-{sy+1} periode 2", (sy + 1, 6, 16 + (c.seed % 7))))
        limit = c.date if v == "table" else c.print_date
        past = [p for p in periods if p[1] > c.first_date and p[1] < limit]
        nxt = [p for p in periods if p[1] >= limit][:1]
        if v == "table":
            finds = ["Rekendoel gehaald; leesdoel deels. Aanpak voortgezet, nieuw doel voor tafels 6-9.",
                     "Doelen werkhouding gehaald. Perspectief gehandhaafd; ouders en leerling tevreden over de begeleiding.",
                     "Sociaal doel nog niet gehaald; extra inzet gedragsspecialist afgesproken.",
                     "Alle doelen gehaald; nieuwe doelen opgesteld. Uitstroombestemming ongewijzigd."]
            rows = [["Periode", "Datum", "Met wie", "Bevindingen / besluit"]]
            for i, (nm, d) in enumerate(past):
                rows.append([nm, dnum(d), "ouders, leerling, mentor/IB" if i % 2 else "ouders, leerkracht, IB", finds[(i + c.seed) % len(finds)]])
            for nm, d in nxt:
                rows.append([nm, "gepland " + dnum(d), "ouders, leerling, IB", ""])
            R["blocks"] = [("p", f"Het OPP wordt twee keer per schooljaar met ouders en {c.n} geëvalueerd (februari en juni). Overzicht van de evaluaties:"),
                           ("table", rows, {"header": True})]
            return R
        notes = ["niet doorgegaan (ziekte IB)", "verzet, geen nieuwe datum", "niet doorgegaan, ouders niet bereikt", "geannuleerd (formatie)"]
        rows = [["Periode", "Gepland", "Gehouden", "Opmerking"]]
        for i, (nm, d) in enumerate(past):
            rows.append([nm, dnum(d), "nee", notes[(i + c.seed) % len(notes)]])
        for nm, d in nxt:
            rows.append([nm, dnum(d), "", ""])
        R["status"] = "incomplete"
        R["blocks"] = [("p", "Evaluatiemomenten met ouders (twee keer per schooljaar):"), ("table", rows, {"header": True}),
                       ("small", f"Stand per {dnum(c.print_date)}.")]
        return R
    if v == "generic":
        R["status"] = "incomplete"
        R["blocks"] = [("p", GENERIC["evaluatie"])]
        return R
    raise ValueError(v)


def consent(c, v, R, spec):
    """Consent to the handelingsdeel. Labels per variant."""
    wd = spec["_workdir"]
    par = c.parent
    rel = "moeder" if par["female"] else "vader"
    sigpng = lambda who, k: signature_png(os.path.join(wd, f"sig_{spec['id']}_{k}.png"), c.seed + k)
    cd = c.consent_date
    stmt = "Ondergetekende verklaart in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."
    inc = "incomplete"
    if c.adult and not c.curatele:
        stmt = "Ik, de leerling (meerderjarig en handelingsbekwaam), stem in met het handelingsdeel van dit ontwikkelingsperspectief."
    B = []
    if v == "ok_sig":
        B = [("p", stmt), ("sig", [("Naam", par["full"] + f" ({rel})"), ("Datum", dnum(cd))]), ("handsig", par["init"], sigpng(par, 1))]
    elif v == "ok_tick":
        B = [("checks", [("Ik ga akkoord met het handelingsdeel van het OPP", True), ("Ik ga niet akkoord", False)]),
             ("sig", [("Naam ouder/verzorger", par["full"]), ("Handtekening", "w.g. " + par["init"]), ("Datum", dnum(cd))])]
    elif v == "ok_portal":
        B = [("p", f"Instemming handelingsdeel: akkoord gegeven door {par['full']} ({rel}) via het ouderportaal op {dnum(cd)} om 20:14 uur. "
                   f"(digitaal ondertekend, kenmerk OP-{c.seed % 90000 + 10000})")]
    elif v == "ok_email":
        B = [("p", f"Instemming: {par['title']} {par['last']} ({rel}) heeft per e-mail van {dlong(cd)} aan de intern begeleider laten weten: "
                   f"'Wij gaan akkoord met het handelingsdeel zoals besproken.' De e-mail is opgeslagen in het dossier.")]
    elif v == "ok_stated":
        B = [("p", f"Ouders ({c.mother['full']} en {c.father['full']}) hebben op {dlong(cd)} ingestemd met het handelingsdeel en dit plan ondertekend."),
             ("sig", [("Handtekening moeder", "w.g. " + c.mother["init"]), ("Handtekening vader", "w.g. " + c.father["init"]), ("Datum", dnum(cd))])]
    elif v == "ok_adult":
        B = [("p", stmt), ("sig", [("Naam leerling", c.full), ("Datum", dnum(cd))]), ("handsig", c.full, sigpng(c, 2))]
    elif v == "ok_curator":
        B = [("p", f"{c.n} staat onder curatele. Instemming met het handelingsdeel door de curator."),
             ("sig", [("Naam curator", c.curator["full"]), ("Datum", dnum(cd))]), ("handsig", c.curator["init"], sigpng(c.curator, 3)),
             ("p", f"{c.n} heeft het plan ook gelezen en besproken.")]
    elif v == "ok_both_sig":
        B = [("p", stmt),
             ("table", [["", "Ouder/verzorger", "School"], ["Naam", par["full"], c.director["full"] + " (directeur)"],
                        ["Datum", dnum(cd), dnum(c.date)], ["Handtekening", "w.g. " + par["init"], "w.g. " + c.director["init"]]], {"header": True})]
    elif v == "voor_gezien":
        R["status"] = inc
        B = [("p", stmt), ("sig", [("Naam", par["full"]), ("Datum", dnum(cd))]), ("handsig", par["init"], sigpng(par, 4)),
             ("p", "Voor gezien.")]
    elif v == "protest":
        R["status"] = inc
        B = [("p", stmt), ("sig", [("Naam", par["full"]), ("Datum", dnum(cd)), ("Opmerking ouder", "Getekend onder protest: wij vinden de begeleiding te weinig.")]),
             ("handsig", par["init"], sigpng(par, 5))]
    elif v == "refused":
        R["status"] = inc
        B = [("checks", [("Ouder(s) gaan akkoord met het handelingsdeel", False), ("Ouder(s) gaan niet akkoord met het handelingsdeel", True)]),
             ("sig", [("Toelichting", "Wij willen eerst een gesprek met het samenwerkingsverband over meer uren begeleiding."), ("Naam", par["full"]), ("Datum", dnum(cd))]),
             ("handsig", par["init"], sigpng(par, 6))]
    elif v == "partial":
        R["status"] = inc
        B = [("checks", [("Akkoord met het hele handelingsdeel", False), ("Gedeeltelijk akkoord, namelijk:", True)]),
             ("p", "Akkoord met de begeleiding en de doelen, niet akkoord met het aangepaste rooster."),
             ("sig", [("Naam", par["full"]), ("Datum", dnum(cd))]), ("handsig", par["init"], sigpng(par, 7))]
    elif v == "school_only":
        R["status"] = inc
        B = [("table", [["", "Namens de school", "Ouder(s)/verzorger(s)"], ["Naam", c.director["full"], ""],
                        ["Datum", dnum(c.date), ""], ["Handtekening", "w.g. " + c.director["init"], ""]], {"header": True})]
    elif v == "blank_line":
        R["status"] = inc
        B = [("p", stmt), ("sig", [("Naam ouder/verzorger", ""), ("Handtekening", ""), ("Datum", "")])]
    elif v == "name_typed":
        R["status"] = inc
        B = [("p", stmt), ("sig", [("Naam ouder/verzorger", par["full"]), ("Handtekening", ""), ("Datum", "")])]
    elif v == "unticked":
        R["status"] = inc
        B = [("checks", [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", False)]),
             ("sig", [("Naam", par["full"]), ("Datum", ""), ("Handtekening", "")])]
    elif v == "no_date":
        R["status"] = inc
        B = [("p", stmt), ("sig", [("Naam", par["full"]), ("Datum", "")]), ("handsig", par["init"], sigpng(par, 8))]
    elif v == "avg_only":
        R["status"] = "missing"; R["own_heading"] = True
        B = [("b", "Toestemming gegevensuitwisseling (AVG)"),
             ("p", f"Ik geef toestemming om gegevens uit dit plan te delen met het samenwerkingsverband en de ambulant begeleider."),
             ("sig", [("Naam", par["full"]), ("Datum", dnum(cd))]), ("handsig", par["init"], sigpng(par, 9)),
             ("checks", [("Toestemming publicatie foto's op de schoolwebsite", True)])]
    elif v == "avg_plus_blank":
        R["status"] = inc
        B = [("b", "Toestemming gegevensuitwisseling (AVG)"),
             ("sig", [("Naam", par["full"]), ("Datum", dnum(cd)), ("Handtekening", "w.g. " + par["init"])]),
             ("b", "Instemming handelingsdeel"),
             ("sig", [("Naam", ""), ("Datum", ""), ("Handtekening", "")])]
    elif v == "pending_esign":
        R["status"] = inc
        B = [("p", f"Status ondertekening ouder/verzorger: ter ondertekening verstuurd op {dnum(c.date)} via het ouderportaal; nog niet ondertekend."),
             ("sig", [("Verstuurd door", f"{c.ib['init']}, intern begeleider / ondersteuningscoördinator")])]
    elif v == "old_version":
        R["status"] = inc
        od = spec.get("old_consent_date") or (c.first_date[0], c.first_date[1], min(28, c.first_date[2] + 5))
        B = [("p", stmt), ("sig", [("Naam", par["full"] + f" ({rel})" if not (c.adult and not c.curatele) else c.full), ("Datum", dnum(od))]),
             ("handsig", par["init"], sigpng(par, 10))]
        if spec.get("old_version_explicit"):
            B.insert(0, ("small", f"Handtekening behorend bij versie {c.version - 1} van {dnum(c.first_date)}."))
    elif v == "parents_sign_adult":
        R["status"] = inc
        B = [("p", "Ouders stemmen in met het handelingsdeel."),
             ("sig", [("Naam ouders", f"{c.mother['full']} en {c.father['full']}"), ("Datum", dnum(cd))]), ("handsig", c.mother["init"], sigpng(c.mother, 11))]
    elif v == "curatele_pupil_signs":
        R["status"] = inc
        B = [("p", "Ik stem in met het handelingsdeel."), ("sig", [("Naam leerling", c.full), ("Datum", dnum(cd))]),
             ("handsig", c.full, sigpng(c, 12)), ("sig", [("Naam curator", ""), ("Handtekening curator", "")])]
    elif v == "missing":
        R["show"] = False; R["status"] = "missing"
        return R
    else:
        raise ValueError(v)
    R["blocks"] = B
    return R
