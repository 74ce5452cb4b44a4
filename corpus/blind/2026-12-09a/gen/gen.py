# -*- coding: utf-8 -*-
"""Deterministic generator for blind validation set 2026-12-09a (round 78).

Run:  /work/blind79/venv/bin/python gen.py
Needs: python-docx, reportlab, pillow, numpy, pypdf; soffice and pdftoppm on PATH.
No clock, no network; all randomness from fixed seeds. All names, schools, places invented.
"""
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import LAYOUTS, ORDER, dlong, dnum, addays  # noqa: E402
import gen_render as R  # noqa: E402

DOCS = os.path.join(HERE, "docs")
BUILD = os.path.abspath(os.path.join(HERE, "..", "..", "..", "build"))  # /work/blind79/build
CUTOFF = "2025-08-01"

BOYS = ["Daan", "Milan", "Sem", "Thijmen", "Jurre", "Mees", "Ravi", "Youssef", "Bram", "Olivier", "Senna", "Kick", "Tijn", "Ayoub", "Jesper", "Hidde"]
GIRLS = ["Noor", "Lotte", "Fenna", "Ilse", "Yara", "Sanne", "Maud", "Amira", "Floor", "Lieke", "Esmee", "Jasmijn", "Rosalie", "Nova", "Zeynep", "Tess"]
SUR = ["van Dalfsen", "Brinkhorst", "de Wijngaert", "Oosterkamp", "Hulsebosch", "el Idrissi", "Terpstra-Bakker", "Vermeulen-Dijk", "Kamphof",
       "van der Lugt", "Stroeve", "Aydemir", "Mulderink", "de Ridderhof", "Pannekoek", "Wessels-Tjoa", "Harmsma", "Bouwmeester", "van Elsloo", "Nijenkamp"]
ADULTS = ["M. Achterberg", "R. Lenferink", "J. Koopstra", "S. Baghdadi", "E. van Hoorne", "T. Smeenge", "A. Roodenburg", "W. Diepenhorst",
          "K. Veltkamp", "H. de Graauw", "L. Timmerije", "P. Zuidweg"]
PLACES = ["Wendelburg", "Lindeloo", "Ravenswaal", "Hemmerdam", "Oldehaven", "Kranenveld", "Brakeloo", "Zuiderwolde-Ambt", "Eekloo aan de Vliet", "Sterkendaal"]
SWVS = {"po": ["Samenwerkingsverband Passend Primair Onderwijs Waalrand (PO 31-07)", "SWV De Brede Kring PO", "Stichting Passend Onderwijs Lindeloo e.o."],
        "sbo": ["SWV De Brede Kring PO", "Samenwerkingsverband Passend Primair Onderwijs Waalrand (PO 31-07)"],
        "so": ["SWV De Brede Kring PO", "Samenwerkingsverband Passend Primair Onderwijs Waalrand (PO 31-07)"],
        "vo": ["SWV VO Ravenswaal-Hemmerdam (VO 31-02)", "Samenwerkingsverband Passend Voortgezet Onderwijs Veenrand"],
        "pro": ["SWV VO Ravenswaal-Hemmerdam (VO 31-02)", "Samenwerkingsverband Passend Voortgezet Onderwijs Veenrand"],
        "vso": ["SWV VO Ravenswaal-Hemmerdam (VO 31-02)", "Samenwerkingsverband Passend Voortgezet Onderwijs Veenrand"]}
SCHOOLS = {"po": ["OBS De Klimboom", "CBS Het Wilgenhof", "Basisschool De Sterrenwachter", "IKC De Vlonder", "RKBS Sint Odulfus", "OBS De Zandloper", "CBS De Kompasroos", "Basisschool Het Tuinpad"],
           "sbo": ["SBO De Wissel", "SBO Het Baken", "Speciale basisschool De Lindeboog"],
           "so": ["Mytylschool De Vleugel (SO)", "SO De Meerpaal", "Kentalis-achtige school De Klankkast (SO, cluster 2)"],
           "vo": ["Scholengemeenschap Het Waalkwartier", "Hemmerdam College", "Veenrand Lyceum", "Vmbo De Ambachtstoren", "Oldehaven Scholengroep"],
           "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Brakeloo"],
           "vso": ["VSO De Meerpaal", "VSO Het Kompas", "Vso De Horizonpoort (cluster 4)", "VSO Zeer Moeilijk Lerenden De Tuinen"]}
SCHOOLS["so"][2] = "SO De Klankkast (cluster 2)"
BOARDS = ["Stichting Openbaar Onderwijs Waalrand", "Vereniging CNS Lindeloo", "Stichting Kindwijs Ravenswaal", "Onderwijsgroep Veenrand", "Stichting Speciaal Onderwijs De Brede Kring"]


# ------------------------------------------------------------------ per-type texts
def texts(st, v, n, hij, zijn, Hij, d):
    """returns dict of element texts for school type st, variant v."""
    T = {}
    if st in ("po", "sbo"):
        dests = ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
                 "vmbo kaderberoepsgerichte leerweg", "praktijkonderwijs", "vmbo gemengde/theoretische leerweg"]
        T["dest"] = "%s. Uitstroomniveau eind groep 8: begrijpend lezen en rekenen op niveau eind groep 6 (%s)." % (
            dests[v % 4], "functioneringsniveau E6" if v % 2 else "1F nog niet behaald")
        T["onderbouwing"] = ["Intelligentieonderzoek (WISC-V, %s %d): totaal-IQ %d, verbaal %d, performaal %d. Werkgeheugen en verwerkingssnelheid zijn zwak." % (
            MONTH[v % 12], 2024 if v % 2 else 2025, 78 + v % 9, 75 + v % 11, 84 + v % 7),
            "Leerrendement over de laatste drie toetsmomenten (LVS): begrijpend lezen %d%%, rekenen-wiskunde %d%%, technisch lezen %d%%. Bij dit leerrendement is het verwachte eindniveau eind groep 8 voor rekenen E5-M6 en voor lezen M6." % (
            55 + v % 10, 48 + v % 13, 70 + v % 8),
            "Schoolloopbaan: %s doubleerde groep %d; sinds groep %d werkt %s met een eigen leerlijn voor rekenen." % (n, 3 + v % 2, 5 + v % 2, hij)]
        T["belem"] = ["Zwak werkgeheugen: %s vergeet instructie in meerdere stappen." % n,
                      "Komt moeilijk op gang en heeft veel bevestiging nodig voordat %s begint." % hij,
                      "Faalangst bij toetsen; klapt dicht als %s iets niet snapt." % hij,
                      "Weinig ondersteuning bij huiswerk; beide ouders werken in ploegendienst." if v % 2 else "Spreekt thuis vooral Arabisch; beperkte Nederlandse woordenschat."]
        T["bevord"] = ["Sterk in technisch lezen en spelling; leert goed met concreet materiaal.",
                       "Gemotiveerd, wil graag laten zien wat %s kan; werkt goed met een timer." % hij,
                       "Heeft twee vaste vriendjes in de klas en wordt door de groep geaccepteerd.",
                       "Ouders zijn betrokken, komen op alle gesprekken en lezen thuis elke dag tien minuten met %s." % n]
        T["behoefte"] = ["instructie in kleine stappen met visuele ondersteuning nodig", "een vaste werkplek en een dagplanning op tafel nodig",
                         "positieve feedback en voorbereiding op toetsen nodig om faalangst te verminderen"]
        T["support"] = ["Verlengde instructie rekenen in een groepje van 4: 4x per week 20 minuten door de groepsleerkracht, vanaf %s." % dlong(d["date"]),
                        "Begeleiding door de ambulant begeleider van het samenwerkingsverband (%s): 1x per week 45 minuten, gericht op taakaanpak, t/m %s." % (d["ab"], dlong(d["eval_date"])),
                        "Faalangsttraining (groepje, 8 bijeenkomsten) door de intern begeleider, start in de week van %s." % dlong(addays(d["date"], 14))]
        T["afw_text"] = ["%s werkt voor rekenen met een eigen leerlijn (niveau eind groep 5/6) en krijgt daarvoor aangepaste doelen; voor de andere vakken volgt %s het groepsprogramma." % (n, hij)]
        T["goals"] = ["Voor %s: %s lost sommen tot 1000 (optellen en aftrekken met brug) op met 80%% goed (methodetoets)." % (dlong(addays(d["date"], 84)), n),
                      "Voor de volgende evaluatie begint %s binnen 2 minuten zelfstandig aan een taak na de instructie (observatie leerkracht, 4 van de 5 keer)." % n,
                      "Begrijpend lezen: %s past de leesstrategie 'voorspellen' toe en scoort op de LVS-toets van juni minimaal functioneringsniveau E5." % n]
    elif st in ("vo", "pro"):
        if st == "vo":
            dests = ["diploma vmbo kaderberoepsgerichte leerweg (profiel Zorg & Welzijn); daarna mbo niveau 3", "havo-diploma; daarna hbo",
                     "diploma vmbo gemengde leerweg; daarna mbo niveau 4 (ICT)", "diploma vmbo basisberoepsgerichte leerweg met lwoo; daarna mbo niveau 2"]
        else:
            dests = ["arbeid: betaald werk in de groenvoorziening (met branchecertificaat Hovenier)", "mbo Entree (niveau 1), daarna werk in de logistiek",
                     "arbeid: werk in de horeca-keuken met ondersteuning van een jobcoach", "arbeid: detailhandel (vakkenvuller/magazijn), met praktijkverklaring"]
        T["dest"] = "%s." % dests[v % 4]
        T["onderbouwing"] = ["Advies basisschool: %s; eindtoets groep 8: %s. Resultaten klas %d: gemiddeld %s, met onvoldoendes voor %s." % (
            ["vmbo-kader", "havo", "vmbo-gt", "vmbo-basis"][v % 4] if st == "vo" else "praktijkonderwijs",
            ["1F lezen, 1F rekenen", "2F/1S lezen", "2F lezen, 1F rekenen", "onder 1F rekenen"][v % 4],
            1 + v % 3, ["6,4", "6,9", "6,1", "5,8"][v % 4], ["Engels", "wiskunde", "Duits", "Nederlands"][v % 4]),
            "Psychologisch onderzoek (%s): %s. Gezien de motivatie en de ontwikkeling in het afgelopen jaar is de verwachting dat %s de genoemde bestemming kan halen met de ondersteuning uit dit plan." % (
                MONTH[(v + 3) % 12] + " 2024", ["ASS-diagnose, gemiddelde intelligentie", "ADHD, TIQ 104", "dyslexie en dyscalculie, TIQ 92", "TIQ 74, zwakke verwerkingssnelheid"][v % 4], n)]
        T["belem"] = ["Plannen en organiseren: huiswerk en toetsen overzien lukt %s niet zelfstandig." % n,
                      "Snel afgeleid in grote groepen; wisselingen van lokaal en docent geven onrust.",
                      "Piekert veel; heeft in klas 1 een periode verzuimd (%d lesuren in drie maanden)." % (30 + v * 3),
                      "Thuis spanningen na scheiding ouders; %s woont wisselend bij vader en moeder." % n]
        T["bevord"] = ["Praktisch ingesteld; haalt goede cijfers voor praktijkvakken en techniek.",
                       "Heeft een goede band met de mentor en durft hulp te vragen als het rustig is.",
                       "Sport drie keer per week bij de voetbalvereniging; daar voelt %s zich thuis." % hij,
                       "Beide ouders willen meewerken en zijn goed bereikbaar."]
        T["behoefte"] = ["een vast aanspreekpunt (mentor) en een wekelijks planmoment nodig", "een rustige werkplek bij toetsen (prikkelarm lokaal) nodig",
                         "voorspelbaarheid: roosterwijzigingen vooraf gemeld via de app nodig"]
        T["support"] = ["Coachgesprek met de mentor (%s): elke maandag 20 minuten, planning van de week, vanaf %s." % (d["mentor"], dlong(d["date"])),
                        "Trajectbegeleiding in het ondersteuningscentrum 'De Haven' door %s: 2 lesuren per week (dinsdag en donderdag), tot de evaluatie." % d["ab"],
                        "Toetsen in een prikkelarm lokaal met 20 minuten extra tijd, het hele schooljaar (afgesproken met de examensecretaris)."]
        T["afw_text"] = ["%s heeft vrijstelling voor het vak Frans; deze uren (2 per week) gebruikt %s in het ondersteuningscentrum." % (n, hij),
                         "Tijdelijk verkort lesrooster: %s volgt tot de herfstvakantie de lessen tot 13.00 uur (opbouwschema, wekelijks met ouders afgestemd)." % n] if st == "vo" else [
                         "Stage in plaats van twee theorie-uren: %s loopt vanaf leerjaar 3 twee dagen per week stage (interne stage keuken, daarna externe stage)." % n]
        T["goals"] = ["Voor %s houdt %s zelf een weekplanning bij in de agenda-app; de mentor controleert dit wekelijks en %s heeft 6 van de 8 weken een volledige planning." % (dlong(addays(d["date"], 56)), n, hij),
                      "%s haalt in de eerstvolgende toetsweek (na %s) voor Engels minimaal een 5,5 gemiddeld." % (n, dlong(addays(d["date"], 42))),
                      "Het verzuim blijft onder 10 lesuren per periode (verzuimregistratie school)."]
        if st == "pro":
            T["goals"] = ["Arbeid: voor %s werkt %s 4 uur achter elkaar zelfstandig op de stageplek (beoordeling stagebegeleider, 3 van 4 keer voldoende)." % (dlong(d["eval_date"]), n),
                          "Wonen: %s kookt een eenvoudige maaltijd volgens recept (lesprogramma wonen, eind periode 3)." % n,
                          "Burgerschap: %s reist zelfstandig met de bus naar de stage vanaf februari." % n]
    else:  # so / vso
        if st == "so":
            dests = ["vso, uitstroomprofiel arbeidsmarktgericht", "vmbo basisberoepsgerichte leerweg met lwoo (regulier, met ondersteuning)",
                     "vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)", "praktijkonderwijs"]
        else:
            dests = ["uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicken), eventueel met loonkostensubsidie",
                     "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
                     "uitstroomprofiel vervolgonderwijs: mbo niveau 2 Medewerker ICT", "uitstroomprofiel arbeidsmarktgericht: beschut werk in de groenvoorziening"]
        T["dest"] = "%s." % dests[v % 4]
        T["onderbouwing"] = ["Onderzoek (%s): TIQ %d; %s. Leerrendement afgelopen jaar: lezen %d%%, rekenen %d%% (leerlijnen ParnasSys)." % (
            MONTH[v % 12] + " 2024", 55 + v * 4 % 30, ["ZML-profiel", "ASS en angststoornis", "taalontwikkelingsstoornis (TOS)", "ernstige gedragsproblematiek (ODD)"][d.get("prof", v) % 4], 40 + v * 3 % 30, 35 + v * 5 % 30),
            "Gezien de ontwikkeling op de leerlijnen, de werknemersvaardigheden en het beeld uit de %s verwachten wij deze bestemming." % ("stages" if st == "vso" else "groep")]
        T["belem"] = ["Beperkte taalverwerking: mondelinge opdrachten komen niet aan zonder picto's.",
                      "Raakt snel overprikkeld in drukte (aula, busvervoer).",
                      "Angst bij veranderingen; reageert dan met weglopen.",
                      "Medicatiegebruik (dagelijks) en vermoeidheid na schooltijd."]
        T["bevord"] = ["Werkt nauwkeurig en houdt van vaste routines.",
                       "Goede relatie met de vaste leerkracht en de stagebegeleider.",
                       "Sterk in praktisch werk (sorteren, groenwerk, koken).",
                       "Betrokken gezin en een vaste begeleider vanuit de jeugdhulp."]
        T["behoefte"] = ["een voorspelbare dagstructuur met picto's en vaste begeleiders nodig", "een time-out plek in de klas nodig",
                         "korte, concrete instructies en voordoen-samendoen-zelf doen nodig"]
        T["support"] = ["Klas van 10 leerlingen met leerkracht en onderwijsassistent, dagelijks.",
                        "Logopedie op school door %s: 2x per week 30 minuten, vanaf %s." % (d["ab"], dlong(d["date"])),
                        "Jobcoaching bij de stage door de stagecoördinator: wekelijks bezoek op de stageplek." if st == "vso" else
                        "Sociale vaardigheidstraining door de gedragsdeskundige: 1x per week 45 minuten, 10 weken."]
        T["afw_text"] = ["%s volgt voor rekenen en lezen een eigen leerlijn (leerlijnen ZML/cluster) met doelen op niveau; stage 2 dagen per week vervangt een deel van de theorie." % n] if st == "vso" else [
            "%s volgt de leerlijnen speciaal onderwijs met aangepaste doelen voor lezen en rekenen; het rooster is verkort tot 12.30 uur op woensdag en vrijdag in verband met therapie." % n]
        T["goals"] = ["Voor de evaluatie leest %s zelfstandig een dagplanning met 6 picto's en voert die uit (observatie, 4 van de 5 dagen)." % n,
                      "Rekenen: %s telt geld tot 20 euro en betaalt in de schoolwinkel (leerlijn rekenen, niveau 4)." % n,
                      "Werknemersvaardigheden: %s meldt zich op tijd af bij ziekte (stageplek, hele periode)." % n if st == "vso" else
                      "Sociaal-emotioneel: %s vraagt zelf om een time-out in plaats van weg te lopen (registratie, minimaal 3 van 4 keer)." % n]
    # advice (first = external, second = what school does / CvB)
    if st in ("so", "vso"):
        T["advice"] = ["Advies orthopedagoog %s (%s): werken met visuele ondersteuning, vaste overgangsmomenten aankondigen en prikkels beperken. De school heeft dit overgenomen in de klassenaanpak." % (d["ext"], MONTH[(v + 5) % 12] + " 2025"),
                       "Advies Commissie voor de Begeleiding (vergadering %s): de CvB onderschrijft de uitstroombestemming en adviseert de logopedie voort te zetten en in de volgende periode een arbeidsdeskundige te betrekken. De school neemt beide adviezen over." % dlong(addays(d["date"], -10))]
    else:
        T["advice"] = ["Advies %s (%s, verslag %s): %s" % (d["ext"], ["orthopedagoog", "GZ-psycholoog", "logopedist", "kinderpsychiater"][v % 4], MONTH[(v + 2) % 12] + " 2025",
                       ["instructie in kleine stappen, vaste werkplek en een beloningssysteem voor taakgericht werken.", "medicatie wordt ingesteld; school geeft in de eerste weken dagelijks feedback aan ouders over concentratie.",
                        "taalbegrip extra oefenen met woordweb en visuele ondersteuning.", "voorspelbaarheid vergroten en spanningsklachten samen met ouders monitoren."][v % 4]),
                       "Wat de school ermee doet: de adviezen zijn verwerkt in de onderwijsbehoeften en het handelingsdeel hierboven; de intern begeleider bespreekt ze in de groepsbespreking."]
    IB = {"young": [("de instructie aan de instructietafel fijn, maar het groepje vaak te druk", "zelf kunnen kiezen wanneer %s een pauze neemt" % hij,
                     "%s mag 2x per ochtend zelf een pauzekaartje gebruiken (opgenomen in de ondersteuning)." % n),
                    ("het moeilijk als er een invaljuf is", "van tevoren weten wie er komt",
                     "bij afwezigheid van de vaste leerkracht krijgt %s 's ochtends een briefje met de naam van de invaller." % n)],
          "vo": [("het plannen in de app 'saai' maar wel handig", "minder toetsen op één dag",
                  "de mentor spreekt met de vakdocenten af dat %s niet meer dan 2 toetsen per dag krijgt." % n),
                 ("de lessen in het ondersteuningscentrum fijn omdat het daar rustig is", "niet steeds uit de les gehaald worden",
                  "de begeleiding is verplaatst naar de tussenuren, zodat %s geen lessen mist." % n)],
          "work": [("de stage het leukste van de week", "vaker op stage",
                    "de stage is uitgebreid naar twee dagen (zie afwijkingen programma)."),
                   ("het busvervoer erg druk", "zelf leren reizen met de fiets",
                    "fietstraining is als doel opgenomen en de mentor oefent de route samen met %s." % n)]}
    grp = "young" if st in ("po", "sbo", "so") else ("vo" if st == "vo" else "work")
    a, b_, c_ = IB[grp][v % 2]
    T["inbreng"] = ["Gesprek met %s op %s: %s vindt %s. %s wil graag %s." % (n, dlong(addays(d["oogo_date"], -3)), n, a, Hij, b_),
                    "Wat we ermee doen: " + c_]
    T["hulpvraag"] = "Hoe kunnen wij %s zo begeleiden dat %s zich op leergebied blijft ontwikkelen en met plezier naar school blijft gaan?" % (n, hij)
    T["visie_ouders"] = "Ouders zien thuis een %s die snel moe is na schooltijd. Zij willen vooral dat %s zich veilig voelt en vinden het belangrijk dat de school regelmatig laat weten hoe het gaat." % (
        "jongen" if hij == "hij" else "meisje", hij)
    return T


MONTH = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

AGE = {"po": (9, 11), "sbo": (9, 12), "so": (8, 12), "vo": (13, 16), "pro": (13, 16), "vso": (15, 17)}
GRP = {"po": ["groep 6", "groep 7", "groep 5", "groep 8"], "sbo": ["groep 6 (Zeeleeuwen)", "groep 7", "middenbouw B", "groep 8"],
       "so": ["SO 4", "SO 3 (de Dolfijnen)", "SO 5", "SO 2"], "vo": ["2K1", "1B2", "3GL", "2H3"], "pro": ["leerjaar 2", "leerjaar 3 (P3A)", "leerjaar 1", "leerjaar 4"],
       "vso": ["VSO 3 arbeid", "VSO 4", "Entreegroep", "VSO 2"]}


def make_doc(spec, idx):
    rnd = random.Random(7800 + idx * 31)
    st = spec["st"]
    v = spec.get("v", idx)
    girl = rnd.random() < 0.5
    first = rnd.choice(GIRLS if girl else BOYS)
    sur = rnd.choice(SUR)
    hij, zijn, Hij = ("zij", "haar", "Zij") if girl else ("hij", "zijn", "Hij")
    date = spec["date"]
    if spec.get("adult"):
        age = spec.get("age", 18 + idx % 3)
    else:
        age = rnd.randint(*AGE[st])
    by = int(date[:4]) - age - (1 if rnd.random() < 0.5 else 0) * 0
    bmo, bday = rnd.randint(1, 12), rnd.randint(1, 28)
    # make sure age is exact at plan date
    if (bmo, bday) > (int(date[5:7]), int(date[8:10])):
        by -= 1
    d = {"id": spec["id"], "st": st, "date": date, "seed": idx, "kind": dict(spec.get("gaps", {})), "afw": spec.get("afw", "yes"),
         "adult": spec.get("adult", False), "curatele": spec.get("curatele", False)}
    d["pupil"] = {"first": first, "full": "%s %s" % (first, sur), "hij": hij, "zijn": zijn, "birth": "%02d-%02d-%d" % (bday, bmo, by), "age": age,
                  "grp": rnd.choice(GRP[st])}
    d["grp_label"] = "Klas" if st in ("vo", "pro") else "Groep"
    d["school"] = spec.get("school") or rnd.choice(SCHOOLS[st])
    d["place"] = rnd.choice(PLACES)
    d["school_addr"] = "%s %d, %d %s %s" % (rnd.choice(["Lindelaan", "Schoolstraat", "Dijkweg", "Kerkepad", "Esdoornhof"]), rnd.randint(2, 90), rnd.randint(1000, 9999), "".join(rnd.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)), d["place"])
    d["swv"] = rnd.choice(SWVS[st])
    d["board"] = rnd.choice(BOARDS)
    staff = rnd.sample(ADULTS, 6)
    d["ib"], d["director"], d["mentor"], d["ab"], d["ext"], d["sign_school"] = staff[0], staff[1], staff[2], staff[3], staff[4], staff[1]
    d["director_role"] = "directeur" if st in ("po", "sbo", "so") else rnd.choice(["teamleider", "afdelingsdirecteur", "directeur"])
    d["contact"] = "de intern begeleider (%s)" % d["ib"] if st in ("po", "sbo", "so") else "de mentor of de zorgcoördinator (%s)" % d["ib"]
    d["cluster"] = rnd.choice(["cluster 3", "cluster 4", "cluster 2"])
    par_first = rnd.choice(["mevrouw", "de heer"])
    d["parent_name"] = "%s %s" % ("mw." if par_first == "mevrouw" else "dhr.", sur)
    d["addressee"] = "de ouders/verzorgers van %s" % first
    d["salutation"] = "ouders/verzorgers van %s" % first
    d["fmt_year"] = "2025-2026" if date >= CUTOFF else "2024-2025"
    y = int(date[:4]) if int(date[5:7]) >= 8 else int(date[:4]) - 1
    d["sy"] = "%d-%d" % (y, y + 1)
    d["oogo_date"] = addays(date, -7)
    ev = addays(date, 196)
    if ev[5:7] in ("07", "08"):
        ev = ev[:4] + "-09-16"
    elif ev[5:7] == "12" and int(ev[8:10]) > 18:
        ev = str(int(ev[:4]) + 1) + "-01-13"
    d["eval_date"] = ev
    d["revised"] = spec.get("revised")
    d["oogo_with"] = "ouders (%s en partner)" % d["parent_name"]
    d["oogo_present"] = "%s (intern begeleider/zorgcoördinator), %s (leerkracht/mentor)" % (d["ib"], d["mentor"])
    d["eval_with"] = "ouders"
    if d["adult"]:
        d["oogo_with"] = "%s zelf (%d jaar); op %s verzoek was ook %s moeder aanwezig" % (first, age, zijn, zijn)
        d["eval_with"] = first + " zelf" + (" en op %s verzoek %s ouders" % (zijn, zijn))
        d["addressee"] = d["pupil"]["full"]
        d["salutation"] = first
    if d["curatele"]:
        d["curator_rel"] = "moeder"
        d["legal"] = "meerderjarig (%d jaar), onder curatele; curator: moeder (%s)" % (age, d["parent_name"])
        d["oogo_with"] = "de curator (moeder, %s) en %s zelf" % (d["parent_name"], first)
        d["eval_with"] = "de curator (moeder) en %s zelf" % first
    if d["adult"] and not d["curatele"]:
        d["legal"] = "meerderjarig (%d jaar) en handelingsbekwaam; %s beslist zelf over het OPP" % (age, hij)
    if "prof" in spec:
        d["prof"] = spec["prof"]
    if "cluster" in d["school"]:
        d["cluster"] = d["school"][d["school"].index("cluster"):].strip(")")
    d.update(texts(st, v, first, hij, zijn, Hij, d))
    d["dest"] = spec.get("dest", d["dest"])
    d["no_inbreng_section"] = spec.get("no_inbreng_section", False)
    d["plain_style"] = spec.get("plain_style")
    return d


# ------------------------------------------------------------------ labels
def derive_labels(d, spec):
    lab = {}
    pre = d["date"] < CUTOFF and (not d["revised"] or d["revised"] < CUTOFF)
    adult_capable = d["adult"] and not d["curatele"]
    for el in ORDER:
        k = d["kind"].get(el, "ok")
        if el == "inbreng_leerling" and (pre or adult_capable):
            lab[el] = "not_applicable"
            continue
        if el == "inbreng_leerling" and d.get("no_inbreng_section"):
            lab[el] = "missing"
            continue
        if el == "afwijkingen_onderwijsprogramma" and k == "ok":
            lab[el] = {"yes": "present", "geen": "not_applicable", "silent": "missing"}[d["afw"]]
            continue
        if k in ("ok", "stated", "curator_ok"):
            lab[el] = "present"
        elif k in ("missing", "avg_only"):
            lab[el] = "missing"
        else:
            lab[el] = "incomplete"
    lab.update(spec.get("override", {}))
    return lab


# ------------------------------------------------------------------ the documents
# fmt: docx | pdf-word (docx -> soffice pdf) | pdf-direct (reportlab) | pdf-form | odt (docx -> soffice odt) | txt | md | scan
SPECS = [
    # ---------------- po
    dict(id="po-01", st="po", layout="swv-numbered", fmt="pdf-word", date="2025-10-14", afw="geen",
         note="complete plan, swv numbered sections; explicit 'geen afwijkingen'"),
    dict(id="po-02", st="po", layout="parnassys-export", fmt="pdf-direct", date="2025-11-03",
         gaps={"inbreng_leerling": "noeffect", "instemming_ouders": "nodate"},
         note="pupil's view without what it changed; parent signature without date"),
    dict(id="po-03", st="po", layout="question-headings", fmt="docx", date="2026-01-20", afw="silent",
         gaps={"onderbouwing": "ph", "adviezen_professionals": "ref"},
         note="onderbouwing placeholder; advice only 'zie verslag'; afwijkingen not mentioned at all"),
    dict(id="po-04", st="po", layout="letter", fmt="pdf-word", date="2025-09-22",
         gaps={"instemming_ouders": "vg", "informatie_rechten": "missing"},
         note="letter-style plan; parent signed 'voor gezien' with no option ticked; no information on rights"),
    dict(id="po-05", st="po", layout="word-form-contentcontrols", fmt="docx", date="2026-02-10", afw="geen", sdt_checks=True,
         gaps={"doelen": "cc", "evaluatie": "cc", "instemming_ouders": "untick"},
         note="Word form with content controls; doelen and evaluatie still show 'Klik of tik om tekst in te voeren.'; consent box unticked although signed"),
    dict(id="po-06", st="po", layout="groeidocument", fmt="pdf-direct", date="2024-11-12",
         gaps={"informatie_rechten": "missing"},
         note="groeidocument with OPP as chapter 5; set before 1 Aug 2025 (pupil's view given anyway, label not_applicable); no rights info"),
    dict(id="po-07", st="po", layout="two-column-table", fmt="odt", date="2025-03-04", revised="2025-10-06", afw="geen", no_inbreng_section=True,
         gaps={}, extra_p="Bijgesteld op 6 oktober 2025 na tussenevaluatie: doelen rekenen aangepast.",
         note="set before but revised after 1 Aug 2025 (revision note at the end), no pupil's view at all -> inbreng missing"),
    dict(id="po-08", st="po", layout="domain-table", fmt="pdf-word", date="2026-03-16",
         gaps={"bevorderende_factoren": "empty", "instemming_ouders": "avg_only"},
         note="domain table with 'Bevorderend' column left empty; only an AVG/photo consent is signed, no consent to the handelingsdeel"),
    dict(id="po-09", st="po", layout="beknopt-opp", fmt="pdf-form", date="2025-12-01", afw="geen",
         gaps={"belemmerende_factoren": "instr", "vaststelling": "ph"},
         note="fillable PDF form; belemmerende factoren field still holds the format's instruction; vaststelling placeholder"),
    dict(id="po-10", st="po", layout="swv-numbered", fmt="scan", date="2025-10-28", afw="yes",
         note="scan of a complete signed plan", accept_unclear=["instemming_ouders"]),
    dict(id="po-11", st="po", layout="swv-numbered", fmt="txt", date="2026-05-11", afw="silent",
         gaps={"ondersteuning": "vague", "oogo": "missing"},
         note="plain-text export; support vague (no who/how often/from when); no OOGO; afwijkingen not mentioned"),
    dict(id="po-12", st="po", layout="esis-export", fmt="pdf-direct", date="2025-02-17",
         gaps={"instemming_ouders": "refused"},
         note="ESIS-style export; set before Aug 2025; parents ticked 'niet in te stemmen'"),
    # ---------------- vo
    dict(id="vo-01", st="vo", layout="magister-export", fmt="pdf-direct", date="2025-10-02", afw="geen",
         note="complete Magister-style export"),
    dict(id="vo-02", st="vo", layout="somtoday-export", fmt="pdf-direct", date="2026-01-12",
         gaps={"uitstroombestemming": "ph", "onderbouwing": "empty"},
         note="destination placeholder, onderbouwing heading empty"),
    dict(id="vo-03", st="vo", layout="swv-numbered", fmt="docx", date="2025-11-18",
         gaps={"instemming_ouders": "protest", "evaluatie": "ph"},
         note="consent signed 'onder protest'; evaluation placeholder"),
    dict(id="vo-04", st="vo", layout="question-headings", fmt="pdf-word", date="2026-04-07", afw="silent",
         gaps={"adviezen_professionals": "missing", "informatie_rechten": "ref"},
         note="question headings; no expert advice; rights only 'zie de schoolgids'; afwijkingen not mentioned"),
    dict(id="vo-05", st="vo", layout="letter", fmt="pdf-direct", date="2024-09-30", afw="geen",
         note="complete letter-style plan set before Aug 2025 (inbreng not_applicable)"),
    dict(id="vo-06", st="vo", layout="two-column-table", fmt="docx", date="2025-09-15", afw="geen",
         gaps={"belemmerende_factoren": "ph", "doelen": "vague", "instemming_ouders": "school_only"},
         note="belemmerende factoren '...'-type placeholder, vague goals, only the school signed"),
    dict(id="vo-07", st="vo", layout="beknopt-opp", fmt="pdf-word", date="2026-10-05",
         gaps={"instemming_ouders": "blank", "oogo": "ph"},
         note="beknopt OPP; blank parent signature line; OOGO placeholder"),
    dict(id="vo-08", st="vo", layout="swv-numbered", fmt="txt", date="2025-12-08", afw="geen",
         note="complete plan as plain text"),
    dict(id="vo-09", st="vo", layout="domain-table", fmt="odt", date="2026-02-02", afw="silent",
         gaps={"bevorderende_factoren": "missing", "ondersteuningsbehoefte": "instr"},
         note="domain table without a 'bevorderend' column at all; onderwijsbehoeften = instruction text; afwijkingen not mentioned"),
    dict(id="vo-10", st="vo", layout="magister-export", fmt="scan", date="2026-06-01",
         gaps={"instemming_ouders": "partial"}, accept_unclear=["instemming_ouders"],
         note="scan; consent partial (not with the reduced timetable)"),
    dict(id="vo-11", st="vo", layout="question-headings", fmt="md", date="2025-08-25", afw="geen", plain_style="q",
         gaps={"inbreng_leerling": "onlyheard", "vaststelling": "empty"},
         note="markdown from a school wiki; pupil 'is gehoord' without view; vaststelling heading empty"),
    # ---------------- sbo
    dict(id="sbo-01", st="sbo", layout="parnassys-export", fmt="pdf-direct", date="2025-10-20",
         note="complete ParnasSys-style export"),
    dict(id="sbo-02", st="sbo", layout="groeidocument", fmt="docx", date="2026-01-26",
         gaps={"uitstroombestemming": "untick", "doelen": "ref"},
         note="destination options, none ticked; goals only 'zie groepsplan'"),
    dict(id="sbo-03", st="sbo", layout="swv-numbered", fmt="odt", date="2025-06-10",
         gaps={"evaluatie": "missing", "instemming_ouders": "vg"},
         note="set before Aug 2025; no evaluation section; consent 'voor gezien'"),
    dict(id="sbo-04", st="sbo", layout="question-headings", fmt="txt", date="2025-11-24", afw="geen",
         gaps={"onderbouwing": "ref", "instemming_ouders": "stated"},
         note="onderbouwing only 'zie bijlage'; consent stated (oral consent recorded with dates, confirmed by e-mail) = present"),
    dict(id="sbo-05", st="sbo", layout="beknopt-opp", fmt="pdf-form", date="2026-03-02",
         note="complete fillable PDF form"),
    dict(id="sbo-06", st="sbo", layout="letter", fmt="docx", date="2026-09-14", afw="silent",
         gaps={"adviezen_professionals": "ref", "ondersteuning": "ph"},
         note="letter; advice only 'zie verslag'; support 'volgt na overleg'-type placeholder; afwijkingen not mentioned"),
    # ---------------- so
    dict(id="so-01", st="so", layout="so-vso-cvb", fmt="pdf-word", date="2025-10-09",
         note="complete so plan with CvB advice"),
    dict(id="so-02", st="so", layout="so-vso-cvb", fmt="docx", date="2026-02-23",
         gaps={"adviezen_professionals": "noCvB", "inbreng_leerling": "noeffect"},
         note="only the orthopedagoog's advice, no advice of the Commissie voor de Begeleiding (so) -> incomplete; pupil view without effect"),
    dict(id="so-03", st="so", layout="parnassys-export", fmt="scan", date="2025-11-11",
         gaps={"instemming_ouders": "nodate"}, accept_unclear=["instemming_ouders"],
         note="scan; parent signature without date"),
    dict(id="so-04", st="so", layout="domain-table", fmt="pdf-direct", date="2024-12-16",
         gaps={"belemmerende_factoren": "empty"},
         note="set before Aug 2025; belemmerend column empty"),
    dict(id="so-05", st="so", layout="two-column-table", fmt="odt", date="2026-05-18",
         gaps={"vaststelling": "ph", "informatie_rechten": "missing"},
         note="vaststelling placeholder; no rights info"),
    # ---------------- vso
    dict(id="vso-01", prof=1, st="vso", layout="so-vso-cvb", fmt="pdf-word", date="2025-10-27", adult=True, age=19, v=0,
         note="adult handelingsbekwaam pupil (19) signs the consent personally; inbreng not_applicable (pupil is the party); complete"),
    dict(id="vso-02", prof=0, st="vso", layout="so-vso-cvb", fmt="docx", date="2026-01-19", adult=True, curatele=True, age=20, v=1,
         gaps={"instemming_ouders": "curator_ok"},
         note="pupil 20, under curatele; curator (mother) consents and pupil co-signs; pupil's view required and present; complete"),
    dict(id="vso-03", prof=1, st="vso", layout="esis-export", fmt="pdf-direct", date="2025-09-29", adult=True, age=18, v=2,
         gaps={"instemming_ouders": "wrong_party", "onderbouwing": "instr"},
         note="adult handelingsbekwaam pupil (18) but only the parents signed -> consent incomplete; onderbouwing = instruction text"),
    dict(id="vso-04", prof=3, st="vso", layout="swv-numbered", fmt="pdf-word", date="2026-03-09", afw="geen", v=3,
         gaps={"instemming_ouders": "refused", "doelen": "ph"},
         note="minor vso pupil; consent refused; goals placeholder"),
    dict(id="vso-05", prof=2, st="vso", layout="beknopt-opp", fmt="pdf-form", date="2025-11-03", v=1,
         gaps={"inbreng_leerling": "missing", "evaluatie": "empty"},
         note="fillable form; no pupil's view; evaluation field empty"),
    dict(id="vso-06", prof=0, st="vso", layout="so-vso-cvb", fmt="scan", date="2026-04-20", adult=True, curatele=True, age=18, v=0,
         gaps={"instemming_ouders": "pupil_only"}, accept_unclear=["instemming_ouders"],
         note="scan; pupil (18) under curatele signs personally, curator line blank -> consent incomplete"),
    dict(id="vso-07", prof=0, st="vso", layout="groeidocument", fmt="odt", date="2025-01-13", afw="silent", v=2,
         gaps={"adviezen_professionals": "ref"},
         note="set before Aug 2025; advice only a reference; afwijkingen not mentioned"),
    # ---------------- pro
    dict(id="pro-01", st="pro", layout="pro-iop", fmt="pdf-word", date="2025-10-13",
         note="complete praktijkonderwijs IOP/OPP"),
    dict(id="pro-02", st="pro", layout="pro-iop", fmt="docx", date="2026-02-16", afw="geen",
         gaps={"uitstroombestemming": "ph", "instemming_ouders": "untick"},
         note="destination placeholder; consent box unticked although signed"),
    dict(id="pro-03", st="pro", layout="somtoday-export", fmt="pdf-direct", date="2025-12-15", afw="silent",
         gaps={"ondersteuningsbehoefte": "missing", "inbreng_leerling": "noeffect"},
         note="no onderwijsbehoeften; pupil view without effect; afwijkingen not mentioned"),
    dict(id="pro-04", st="pro", layout="letter", fmt="txt", date="2024-10-21",
         gaps={"oogo": "missing", "vaststelling": "ph"},
         note="letter as plain text, set before Aug 2025; no OOGO; vaststelling placeholder"),
]


# ------------------------------------------------------------------ non-OPPs
def nonopp_blocks(kind):
    if kind == "leaflet":
        return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"), ("sub", "Informatie voor ouders – Stichting Passend Onderwijs Lindeloo e.o."),
                ("h2", "Voor wie?"), ("p", "Een OPP wordt opgesteld voor leerlingen die extra ondersteuning krijgen, bovenop de basisondersteuning van de school."),
                ("h2", "Wat staat erin?"), ("ul", ["de verwachte uitstroombestemming en de onderbouwing daarvan", "belemmerende en bevorderende factoren",
                 "de ondersteuning die de school biedt (handelingsdeel)", "eventuele afwijkingen van het onderwijsprogramma", "de mening van uw kind (hoorrecht)"]),
                ("h2", "Uw rol als ouder"), ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Het OPP wordt minstens één keer per jaar met u geëvalueerd."),
                ("h2", "Niet eens?"), ("p", "Praat eerst met de school. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs (binnen zes weken)."),
                ("footer", "Folder ouders – versie 2025")]
    if kind == "newsletter":
        return [("title", "Nieuwsbrief De Kompasroos – november 2025"), ("sub", "CBS De Kompasroos, Kranenveld"),
                ("h2", "Sint Maarten"), ("p", "Op 11 november lopen de kinderen van groep 1 t/m 4 met hun lampionnen door de wijk. Ouders zijn welkom vanaf 17.30 uur."),
                ("h2", "Informatieavond passend onderwijs"), ("p", "Op donderdag 20 november vertelt onze intern begeleider, juf Roodenburg, over ondersteuning op school: wat is basisondersteuning, wanneer maken wij een ontwikkelingsperspectief (OPP) en hoe werkt het hoorrecht voor kinderen? Aanmelden via de ouderapp."),
                ("h2", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op woensdag geen gel in het haar doen?"),
                ("h2", "Agenda"), ("ul", ["11 nov – Sint Maarten", "20 nov – informatieavond passend onderwijs", "5 dec – Sinterklaasviering, continurooster tot 12.00 uur"])]
    if kind == "blank":
        b = [("title", "Ontwikkelingsperspectiefplan (OPP) – format"), ("sub", "SWV De Brede Kring PO – format 2025-2026 – leeg"),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep", ""), ("School", ""), ("Datum", "")])]
        from gen_content import INSTR
        for h, el in [("1. Te verwachten uitstroombestemming", "uitstroombestemming"), ("2. Onderbouwing", "onderbouwing"),
                      ("3. Belemmerende factoren", "belemmerende_factoren"), ("4. Bevorderende factoren", "bevorderende_factoren"),
                      ("5. Onderwijsbehoeften", "ondersteuningsbehoefte"), ("6. Doelen", "doelen"), ("7. Ondersteuning (handelingsdeel)", "ondersteuning"),
                      ("8. Afwijkingen onderwijsprogramma", None), ("9. Adviezen deskundigen", "adviezen_professionals"),
                      ("10. Inbreng van de leerling", "inbreng_leerling"), ("11. OOGO", "oogo"), ("12. Evaluatie", "evaluatie"),
                      ("13. Informatie over rechten", "informatie_rechten"), ("14. Vaststelling", "vaststelling")]:
            b.append(("h2", h))
            b.append(("i", INSTR[el] if el else "Beschrijf eventuele afwijkingen (eigen leerlijn, vrijstelling, verkort rooster) of vul 'geen' in."))
        b += [("h2", "15. Instemming ouders met het handelingsdeel"), ("checks", [(False, "akkoord"), (False, "niet akkoord")]),
              ("sig", [["Ouder/verzorger", "", "", False], ["School", "", "", False]])]
        return b


NONOPP = [
    dict(id="none-01-folder", kind="leaflet", fmt="pdf-direct", layout="leaflet-parents",
         note="SWV leaflet for parents explaining what an OPP is; no plan for any pupil: all elements missing"),
    dict(id="none-02-nieuwsbrief", kind="newsletter", fmt="pdf-word", layout="newsletter",
         note="school newsletter mentioning an OPP information evening; not a plan: all elements missing"),
    dict(id="none-03-leeg-format", kind="blank", fmt="docx", layout="blank-format",
         note="blank SWV OPP format with headings and instructions only; headings present but nothing filled in -> incomplete; no consent/sign-off filled -> incomplete; afwijkingen heading present with instruction only -> incomplete"),
]


# ------------------------------------------------------------------ build
def soffice(src_files, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir] + src_files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_pdf_meta(path):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path)
    w = PdfWriter()
    for pg in r.pages:
        w.add_page(pg)
    w.add_metadata({"/Producer": "LibreOffice", "/CreationDate": "D:20261209100000", "/ModDate": "D:20261209100000"})
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"blind79blind79ab"), ByteStringObject(b"blind79blind79ab")])
    with open(path, "wb") as f:
        w.write(f)


def fix_odt(path):
    import re
    with zipfile_mod().ZipFile(path) as z:
        names = z.namelist()
        data = {n: z.read(n) for n in names}
    m = data["meta.xml"].decode("utf-8")
    m = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>2026-12-09T10:00:00</meta:creation-date>", m)
    m = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2026-12-09T10:00:00</dc:date>", m)
    m = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", m)
    data["meta.xml"] = m.encode("utf-8")
    zf = zipfile_mod()
    with zf.ZipFile(path, "w") as z:
        for n in names:
            zi = zf.ZipInfo(n, R.FIXED_ZIP_TIME)
            zi.compress_type = zf.ZIP_STORED if n == "mimetype" else zf.ZIP_DEFLATED
            z.writestr(zi, data[n])


def zipfile_mod():
    import zipfile
    return zipfile


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    for sub in ("docx", "pdfw", "odt", "scan", "sig"):
        os.makedirs(os.path.join(BUILD, sub))
    sigs = [R.signature_png(os.path.join(BUILD, "sig", "sig%d.png" % i), 900 + i) for i in range(8)]
    labels = []
    pending_pdf, pending_odt, pending_scan = [], [], []
    ext_of = {"docx": "docx", "pdf-word": "pdf", "pdf-direct": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}
    fmt_label = {"docx": "docx", "pdf-word": "pdf", "pdf-direct": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}

    def render(blocks, fmt, stem, idx, title, sdt_checks=False):
        cnt = [0]

        def sig():
            cnt[0] += 1
            return sigs[(idx + cnt[0]) % len(sigs)]
        opts = {"sig": sig, "title": title, "author": "school", "sdt_checks": sdt_checks, "formname": "Beknopt OPP (invulformulier)"}
        if fmt in ("docx",):
            R.to_docx(blocks, os.path.join(DOCS, stem + ".docx"), opts)
        elif fmt in ("pdf-word", "odt", "scan"):
            p = os.path.join(BUILD, "docx", stem + ".docx")
            R.to_docx(blocks, p, opts)
            {"pdf-word": pending_pdf, "odt": pending_odt, "scan": pending_scan}[fmt].append(p)
        elif fmt == "pdf-direct":
            R.to_pdf_rl(blocks, os.path.join(DOCS, stem + ".pdf"), opts)
        elif fmt == "pdf-form":
            R.to_pdf_form(blocks, os.path.join(DOCS, stem + ".pdf"), opts)
        elif fmt == "txt":
            R.to_text(blocks, os.path.join(DOCS, stem + ".txt"), md=False)
        elif fmt == "md":
            R.to_text(blocks, os.path.join(DOCS, stem + ".md"), md=True)

    for idx, spec in enumerate(SPECS):
        d = make_doc(spec, idx)
        blocks = LAYOUTS[spec["layout"]](d)
        if spec.get("extra_p"):
            blocks.append(("p", spec["extra_p"]))
        stem = spec["id"] + "-" + spec["layout"]
        render(blocks, spec["fmt"], stem, idx, "OPP " + d["pupil"]["full"], spec.get("sdt_checks", False))
        lab = derive_labels(d, spec)
        labels.append({"file": "docs/%s.%s" % (stem, ext_of[spec["fmt"]]), "format": fmt_label[spec["fmt"]], "layout": spec["layout"],
                       "school_type": spec["st"], "scanned": spec["fmt"] == "scan", "plan_date": d["date"],
                       "elements": lab, "accept_unclear": spec.get("accept_unclear", []),
                       "notes": "%s; %s; plan set %s%s. %s" % (spec["layout"], spec["fmt"], d["date"],
                                                               (", revised %s" % d["revised"]) if d["revised"] else "", spec["note"])})
    for j, spec in enumerate(NONOPP):
        blocks = nonopp_blocks(spec["kind"])
        stem = spec["id"]
        render(blocks, spec["fmt"], stem, 100 + j, blocks[0][1])
        if spec["kind"] == "blank":
            lab = {el: "incomplete" for el in ORDER}
        else:
            lab = {el: "missing" for el in ORDER}
        labels.append({"file": "docs/%s.%s" % (stem, ext_of[spec["fmt"]]), "format": fmt_label[spec["fmt"]], "layout": spec["layout"],
                       "school_type": "none", "scanned": False, "elements": lab, "accept_unclear": [],
                       "notes": "%s; %s. %s" % (spec["layout"], spec["fmt"], spec["note"])})
    # conversions
    if pending_pdf:
        soffice(pending_pdf, "pdf", os.path.join(BUILD, "pdfw"))
        for p in pending_pdf:
            stem = os.path.splitext(os.path.basename(p))[0]
            out = os.path.join(DOCS, stem + ".pdf")
            shutil.copy(os.path.join(BUILD, "pdfw", stem + ".pdf"), out)
            fix_pdf_meta(out)
    if pending_odt:
        soffice(pending_odt, "odt", os.path.join(BUILD, "odt"))
        for p in pending_odt:
            stem = os.path.splitext(os.path.basename(p))[0]
            out = os.path.join(DOCS, stem + ".odt")
            shutil.copy(os.path.join(BUILD, "odt", stem + ".odt"), out)
            fix_odt(out)
    if pending_scan:
        soffice(pending_scan, "pdf", os.path.join(BUILD, "scan"))
        for k, p in enumerate(pending_scan):
            stem = os.path.splitext(os.path.basename(p))[0]
            src = os.path.join(BUILD, "scan", stem + ".pdf")
            pref = os.path.join(BUILD, "scan", stem)
            subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src, pref], check=True)
            pngs = sorted(f for f in os.listdir(os.path.join(BUILD, "scan")) if f.startswith(stem + "-") and f.endswith(".png"))
            R.degrade_to_pdf([os.path.join(BUILD, "scan", f) for f in pngs], os.path.join(DOCS, stem + ".pdf"), 500 + k)
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print("docs:", len(labels))


if __name__ == "__main__":
    main()
