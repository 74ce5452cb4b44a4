# -*- coding: utf-8 -*-
"""Invented Dutch OPP content, per school type, and the gap texts.

Every name, school, place and organisation in here is invented.
"""
import random

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def dshort(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def addmonths(d, k):
    y, m, dd = d
    m2 = m + k
    y += (m2 - 1) // 12
    m2 = (m2 - 1) % 12 + 1
    return (y, m2, min(dd, 28))


def adddays(d, k):
    # crude but deterministic: stay within month bounds
    y, m, dd = d
    dd2 = dd + k
    while dd2 < 1:
        m -= 1
        if m < 1:
            m, y = 12, y - 1
        dd2 += 28
    while dd2 > 28:
        dd2 -= 28
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return (y, m, dd2)


BOYS = ["Daan", "Milan", "Sem", "Jayden", "Luuk", "Ravi", "Thijs", "Noud", "Bram", "Yusuf",
        "Stijn", "Mees", "Tygo", "Jesse", "Owen", "Kees", "Ilias", "Floris", "Rens", "Wessel"]
GIRLS = ["Noor", "Fenna", "Lieke", "Yara", "Sanne", "Amira", "Isa", "Jente", "Roos", "Elif",
         "Mila", "Tess", "Nova", "Fleur", "Hanna", "Zoë", "Lotte", "Sara", "Puck", "Demi"]
LAST = ["Verhoeckx", "Brandsema", "Oudewater", "Kremersma", "van Dalfsen", "Tjalsma", "de Ruijsscher",
        "Heemskerk-Lont", "Bouwmeester", "El Khatabi", "van der Wiel", "Dijkgraaf", "Smeulders",
        "Hoogakker", "Nijenhuis", "Çelik", "Vlieghe", "Roozendaal", "Mulderink", "van Tongerloo",
        "Pastoors", "Wolterink", "Brinkhorst", "Zandbergen", "Kooistra", "Ypma", "de Gelder",
        "Rademakers", "Ouwehand", "Lammerts", "Spijkerman", "Tervoort", "Haverkamp", "Koerselman"]
STAFF_F = ["Marloes", "Ingrid", "Esther", "Wendy", "Annemiek", "Hatice", "Jolanda", "Karin",
           "Sietske", "Petra", "Nadia", "Ilse"]
STAFF_M = ["Gert-Jan", "Rob", "Marco", "Hans", "Erwin", "Joost", "Arjen", "Wouter", "Karim",
           "Bas", "Dirk", "Ruud"]
PLACES = ["Veldhoven-Noord", "Oosterwolde aan de Linde", "Brakelveen", "Heerenmaat", "Zuiderloo",
          "Nieuw-Ammerstal", "Weerselo-Dijk", "Kleidorp", "Marnewaard", "Hofwijk", "Lindenhaven",
          "Ruigeveld", "Stroevegem", "Ooster-Akkerland"]
SWV = ["Samenwerkingsverband Passend Onderwijs De Lindenkring", "SWV Kleistreek PO",
       "Samenwerkingsverband VO Marnewaard e.o.", "Stichting Passend Leren Hofwijk",
       "Samenwerkingsverband De Brakelse Stroom", "SWV Ruigeveld-Lindenhaven VO",
       "Samenwerkingsverband Oost-Akkerland"]
SCHOOLS = {
    "po": ["Basisschool De Vlonder", "OBS Het Kompasveld", "CBS De Morgenster-Hofwijk",
           "IKC De Wilgenhoek", "RK Basisschool Sint-Servaas", "Daltonschool De Kring",
           "Jenaplanschool De Zonnewijzer", "OBS De Tweeling", "Basisschool 't Kwetternest"],
    "sbo": ["SBO De Brug", "Speciale school voor basisonderwijs Het Anker", "SBO De Klimboom",
            "SBO Lindenhaven"],
    "so": ["SO De Kristal (cluster 4)", "Mytylschool De Horizon", "SO De Wegwijzer (cluster 3)",
           "School voor speciaal onderwijs Het Palet"],
    "vso": ["VSO De Kristal", "VSO Het Baken", "VSO De Wegwijzer", "VSO Praktijkroute Ruigeveld"],
    "vo": ["Lindenhaven College", "Scholengemeenschap Marnewaard", "Het Stroevegem Lyceum",
           "Vakcollege Kleidorp", "CSG Ooster-Akkerland", "Brakelveen College locatie Dijk"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Ruigeveld", "Praktijkcollege Heerenmaat"],
}

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[invullen]", "PM", "xxx",
      "n.t.b. (na gesprek met ouders)", "nog in te vullen door IB", "………"]


def eval_dates(d):
    e1 = addmonths(d, 3)
    if e1[1] in (7, 8):
        e1 = (e1[0], 9, 18)
    sy = e1[0] if e1[1] >= 8 else e1[0] - 1
    end = (sy + 1, 6, 24)
    if addmonths(e1, 2) <= end:
        e2 = end
    else:
        e2 = addmonths(e1, 4)
        if e2[1] in (7, 8):
            e2 = (e2[0], 10, 2)
    return e1, e2


SWV_PO = ["Samenwerkingsverband Passend Onderwijs De Lindenkring", "SWV Kleistreek PO",
          "Stichting Passend Leren Hofwijk", "Samenwerkingsverband De Brakelse Stroom PO"]
SWV_VO = ["Samenwerkingsverband VO Marnewaard e.o.", "SWV Ruigeveld-Lindenhaven VO",
          "Samenwerkingsverband Oost-Akkerland VO"]


def make_ctx(spec, seed):
    r = random.Random(seed)
    g = spec.get("gender") or r.choice("mv")
    first = r.choice(BOYS if g == "m" else GIRLS)
    last = r.choice(LAST)
    t = spec["type"]
    ctx = dict(spec)
    ctx["rng"] = r
    ctx["N"] = first
    ctx["full"] = f"{first} {last}"
    ctx["last"] = last
    ctx["pn"] = "hij" if g == "m" else "zij"
    ctx["Pn"] = ctx["pn"].capitalize()
    ctx["pz"] = "zijn" if g == "m" else "haar"
    ctx["Pz"] = ctx["pz"].capitalize()
    ctx["hem"] = "hem" if g == "m" else "haar"
    ctx["school"] = spec.get("school") or r.choice(SCHOOLS.get(t, SCHOOLS["po"]))
    ctx["place"] = r.choice(PLACES)
    ctx["swv"] = r.choice(SWV_VO if t in ("vo", "pro", "vso") else SWV_PO)
    sf = r.sample(STAFF_F, 4)
    sm = r.sample(STAFF_M, 4)
    sl = r.sample(LAST, 8)
    ctx["mother"] = f"mevr. {r.choice('AEHJMNST')}. {last}"
    ctx["father"] = f"dhr. {r.choice('BDFKLPRW')}. {last}"
    ctx["parents"] = f"{ctx['mother']} en {ctx['father']}"
    ctx["teacher"] = f"{sf[0]} {sl[0]}"
    ctx["coord"] = f"{sm[0]} {sl[1]}"       # IB'er / zorgcoördinator
    ctx["head"] = f"{sf[1]} {sl[2]}"        # directeur / teamleider
    ctx["expert"] = f"{sf[2]} {sl[3]}"      # orthopedagoog / psycholoog
    ctx["ab"] = f"{sm[1]} {sl[4]}"          # ambulant begeleider / jobcoach
    ctx["rt"] = f"{sf[3]} {sl[5]}"
    ctx["cvb"] = f"{sm[2]} {sl[6]}"         # voorzitter cvb
    d = spec["date"]
    ctx["d_set"] = d
    ctx["d_oogo"] = adddays(d, -9)
    ctx["d_oogo2"] = adddays(d, -23)
    ctx["d_sign"] = adddays(d, 6)
    ctx["d_eval1"], ctx["d_eval2"] = eval_dates(d)
    ctx["d_report"] = addmonths(d, -5)
    y, m, _ = d
    sy = y if m >= 8 else y - 1
    ctx["sj"] = f"{sy}-{sy+1}"
    age = spec.get("age")
    if age is None:
        age = {"po": 10, "sbo": 10, "so": 9, "vo": 13, "pro": 14, "vso": 16}.get(t, 10)
        age += r.choice([0, 1])
    ctx["age"] = age
    ctx["birth"] = (y - age, r.randint(1, 12), r.randint(1, 28))
    if m < ctx["birth"][1]:
        ctx["birth"] = (ctx["birth"][0] - 1, ctx["birth"][1], ctx["birth"][2])
    ctx["grp"] = {"po": f"groep {r.choice([5,6,7])}", "sbo": f"groep {r.choice(['6/7','7','8'])}",
                  "so": r.choice(["groep Vlinders (mb)", "groep 6", "bovenbouwgroep B"]),
                  "vo": r.choice(["1 vmbo-b/k", "2 vmbo-kader", "2 havo", "1 mavo/havo", "3 vmbo-gt"]),
                  "pro": r.choice(["leerjaar 2", "leerjaar 3 (stage)", "onderbouw 1b"]),
                  "vso": r.choice(["uitstroomgroep A2", "klas 4", "bovenbouwgroep 3"])}.get(t, "")
    ctx["curator"] = ctx["mother"]
    return ctx


ROLES = {
    "po": dict(teacher="groepsleerkracht", coord="intern begeleider", head="directeur",
               expert="orthopedagoog van het samenwerkingsverband", ab="ambulant begeleider"),
    "sbo": dict(teacher="groepsleerkracht", coord="intern begeleider", head="directeur",
                expert="orthopedagoog", ab="ambulant begeleider"),
    "so": dict(teacher="groepsleerkracht", coord="intern begeleider", head="directeur",
               expert="gedragswetenschapper", ab="jeugdhulpverlener in de klas"),
    "vso": dict(teacher="mentor", coord="stagecoördinator", head="teamleider",
                expert="gedragswetenschapper", ab="jobcoach"),
    "vo": dict(teacher="mentor", coord="zorgcoördinator", head="teamleider",
               expert="orthopedagoog", ab="begeleider passend onderwijs"),
    "pro": dict(teacher="mentor", coord="stagecoördinator", head="teamleider",
                expert="orthopedagoog", ab="jobcoach"),
}


def role(ctx, k):
    return ROLES.get(ctx["type"], ROLES["po"])[k]


# ---------------------------------------------------------------- element content

def uitstroom(ctx):
    t = ctx["type"]
    r = ctx["rng"]
    if t in ("po",):
        return r.choice(["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
                         "vmbo kaderberoepsgerichte leerweg", "vmbo-gt/havo",
                         "vmbo basis/kader, met lwoo"])
    if t == "sbo":
        return r.choice(["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo"])
    if t == "so":
        return r.choice(["vso, uitstroomprofiel arbeidsmarktgericht",
                         "vmbo basis/kader (regulier of in een kleine setting)"])
    if t == "vo":
        g = ctx["grp"]
        if "havo" in g:
            return "havo-diploma, daarna hbo"
        if "gt" in g:
            return "vmbo-gt (theoretische leerweg) diploma, daarna mbo niveau 4"
        return "vmbo kaderberoepsgerichte leerweg, daarna mbo niveau 3"
    if t == "pro":
        return r.choice(["arbeid: betaald werk in de logistiek (orderpicker/magazijn), met branchecertificaat",
                         "vervolgonderwijs: mbo Entree (niveau 1), richting horeca",
                         "arbeid: werk in de groenvoorziening bij een regulier hoveniersbedrijf"])
    if t == "vso":
        return ctx.get("vso_profile_text") or "arbeidsmarktgericht: werken in de detailhandel (vakkenvuller/magazijn) met begeleiding van een jobcoach"
    return "vmbo"


def vso_profile(ctx):
    txt = uitstroom(ctx)
    if txt.startswith("arbeid"):
        return "arbeidsmarktgericht"
    if txt.startswith("dagbesteding"):
        return "dagbesteding"
    return "vervolgonderwijs"


def onderbouwing(ctx):
    N, pn, pz = ctx["N"], ctx["pn"], ctx["pz"]
    t = ctx["type"]
    rep = dlong(ctx["d_report"])
    if t in ("po", "sbo"):
        return (f"Op de methodeonafhankelijke toetsen scoort {N} voor begrijpend lezen op functioneringsniveau "
                f"E4 en voor rekenen-wiskunde op M5, terwijl {pn} in {ctx['grp']} zit. De leerrendementen over de "
                f"laatste twee schooljaren liggen tussen 55% en 65%. Het psychodiagnostisch onderzoek ({rep}, "
                f"WISC-V) laat een totaal-IQ van 84 zien met een sterkere verbale kant en een zwak werkgeheugen. "
                f"Technisch lezen gaat goed (AVI-E5). Doorgetrokken leidt dit eind groep 8 tot een niveau van "
                f"ongeveer eind groep 6 voor rekenen en begrijpend lezen; dat past bij de genoemde bestemming.")
    if t == "so":
        return (f"{N} zit sinds {ctx['birth'][0]+7} op onze school. Het onderzoek ({rep}) laat een totaal-IQ van 78 "
                f"zien; de didactische leeftijdsequivalenten lopen 18 tot 24 maanden achter. De gedragsproblemen "
                f"(diagnose ASS en ADHD) vragen veel structuur. Op grond van de leerresultaten, de groei in "
                f"zelfstandigheid in het afgelopen jaar en het advies van de commissie voor de begeleiding "
                f"verwachten wij deze uitstroom.")
    if t == "vso":
        return (f"{N} werkt op de leerlijnen voor het uitstroomprofiel {vso_profile(ctx)} op niveau 1F-min. Uit de "
                f"stage-evaluaties van het afgelopen jaar blijkt dat {pn} routinetaken zelfstandig en nauwkeurig "
                f"uitvoert als de taak voorgestructureerd is. Het intelligentieonderzoek ({rep}) laat een totaal-IQ "
                f"van 62 zien; de sociale redzaamheid is hoger dan op grond daarvan verwacht wordt. Daarom gaan "
                f"school, ouders en {N} uit van deze bestemming.")
    if t == "pro":
        return (f"{N} is toegelaten tot het praktijkonderwijs (TLV pro). De leerachterstanden voor rekenen en "
                f"begrijpend lezen zijn meer dan drie jaar (niveau eind groep 5). In de interne stages (kantine en "
                f"magazijn) laat {pn} zien dat {pn} betrouwbaar en nauwkeurig werkt. De stagebeoordelingen van "
                f"{dlong(ctx['d_report'])} waren voldoende tot goed. Daarom verwachten we deze uitstroom.")
    # vo
    return (f"Het basisschooladvies was {('havo' if 'havo' in ctx['grp'] else ('vmbo-gt' if 'gt' in ctx['grp'] else 'vmbo-kader'))}. De rapportcijfers "
            f"in het eerste half jaar liggen rond de 6,4; bij toetsen onder tijdsdruk zakt {N} duidelijk weg. "
            f"Het onderzoek van de orthopedagoog ({rep}) toont een gemiddelde intelligentie met een zwakke "
            f"verwerkingssnelheid en kenmerken van autisme. Met de ondersteuning uit dit plan achten wij deze "
            f"bestemming haalbaar.")


DOMAINS = ["Leren / cognitief", "Werkhouding en taakaanpak", "Sociaal-emotioneel / gedrag", "Thuis en vrije tijd"]


def belemmerend(ctx):
    N, pn, pz = ctx["N"], ctx["pn"], ctx["pz"]
    t = ctx["type"]
    if t in ("vso", "pro"):
        return [f"Traag werktempo; {pn} raakt de draad kwijt bij taken met meer dan drie stappen.",
                f"Laat zich snel afleiden in een drukke werkruimte en heeft moeite om hulp te vragen.",
                f"Onzeker in nieuwe situaties; reageert bij veranderingen met boosheid of terugtrekken.",
                f"Weinig contacten buiten school; reist nog niet zelfstandig met het openbaar vervoer."]
    if t == "vo":
        return [f"Zwakke verwerkingssnelheid; toetsen onder tijdsdruk lukken slecht.",
                f"Plannen en organiseren van huiswerk gaat moeizaam; {pn} overziet de weektaak niet.",
                f"Prikkelgevoelig: in drukke lessen en de aula raakt {pn} overprikkeld en trekt {pn} zich terug.",
                f"Thuis zijn veel spanningen door een verhuizing; weinig rust om huiswerk te maken."]
    return [f"Zwak werkgeheugen: instructies met meer stappen vergeet {N} snel.",
            f"Komt moeilijk op gang en werkt niet zelfstandig door bij nieuwe stof.",
            f"Faalangstig; zegt vaak 'ik kan het toch niet' en haakt dan af.",
            f"Weinig taalaanbod thuis; thuis wordt vooral een andere taal gesproken."]


def bevorderend(ctx):
    N, pn, pz = ctx["N"], ctx["pn"], ctx["pz"]
    t = ctx["type"]
    if t in ("vso", "pro"):
        return [f"Praktisch ingesteld; leert goed door voordoen en samen doen.",
                f"Is betrouwbaar, komt op tijd en houdt zich aan afspraken op de stageplek.",
                f"Vriendelijk en behulpzaam naar collega's en klasgenoten.",
                f"Betrokken ouders die de stage en de reistraining thuis ondersteunen."]
    if t == "vo":
        return [f"Goede verbale vaardigheden en een brede algemene kennis.",
                f"Is gemotiveerd om het diploma te halen en werkt goed met een vaste planning.",
                f"Heeft twee goede vrienden in de klas; voelt zich veilig bij de mentor.",
                f"Ouders zijn betrokken en houden contact met de mentor via de app."]
    return [f"Technisch lezen is op niveau; {N} leest graag informatieve boeken.",
            f"Wil graag goed presteren en werkt beter met een timer en een stappenplan.",
            f"Is sociaal vaardig en geliefd in de groep; helpt graag klasgenoten.",
            f"Ouders zijn betrokken en oefenen thuis met de tafels."]


def behoefte(ctx):
    N, pn, pz = ctx["N"], ctx["pn"], ctx["pz"]
    t = ctx["type"]
    if t in ("vso", "pro"):
        return [f"{N} heeft een vaste werkplek nodig met een stappenkaart per taak.",
                f"{N} heeft een begeleider nodig die veranderingen vooraf aankondigt en bespreekt.",
                f"{N} heeft oefensituaties nodig om hulp te vragen, eerst op school en daarna op de stageplek.",
                f"{N} heeft een reistraining nodig om zelfstandig naar de stage te gaan."]
    if t == "vo":
        return [f"{N} heeft 25% extra tijd nodig bij toetsen en een prikkelarme toetsruimte.",
                f"{N} heeft wekelijks hulp nodig bij het plannen van huiswerk en toetsen.",
                f"{N} heeft een vaste plek nodig om zich bij overprikkeling even terug te trekken (time-outkaart).",
                f"{N} heeft een mentor nodig die de docenten informeert over de afspraken."]
    return [f"{N} heeft instructie in kleine stappen nodig, met een visueel stappenplan op tafel.",
            f"{N} heeft verlengde instructie nodig voor rekenen en begrijpend lezen.",
            f"{N} heeft succeservaringen en positieve feedback nodig om de faalangst te verminderen.",
            f"{N} heeft een leerkracht nodig die wekelijks kort met {ctx['hem']} terugkijkt op de taken."]


def ondersteuning_rows(ctx):
    t = ctx["type"]
    d = dlong(ctx["d_set"])
    if t in ("vso", "pro"):
        return [("Stappenkaarten en vaste werkplek in de praktijklessen", f"{ctx['teacher']} ({role(ctx,'teacher')})", "dagelijks", d),
                ("Begeleiding op de stageplek (bezoek en evaluatie)", f"{ctx['ab']} ({role(ctx,'ab')})", "1x per 2 weken, 1 uur", d),
                ("Reistraining openbaar vervoer", "reistrainer van de gemeente", "6 weken, 2x per week", dlong(addmonths(ctx['d_set'], 1))),
                ("Training sociale vaardigheden (hulp vragen)", f"{ctx['expert']} ({role(ctx,'expert')})", "1x per week, 45 minuten, 10 weken", d)]
    if t == "vo":
        return [("Planningsgesprek huiswerk en toetsen", f"{ctx['teacher']} ({role(ctx,'teacher')})", "1x per week, 20 minuten (maandag 8e uur)", d),
                ("Begeleiding executieve functies en prikkelverwerking", f"{ctx['ab']} ({role(ctx,'ab')})", "1x per 2 weken, 45 minuten", d),
                ("Toetsen in de prikkelarme toetsruimte met 25% extra tijd", "afdeling / toetscoördinator", "bij alle toetsen", d),
                ("Time-outkaart (trajectvoorziening 'De Luwte')", f"{ctx['coord']} ({role(ctx,'coord')})", "wanneer nodig, max. 2x per dag", d)]
    return [("Verlengde instructie rekenen in de kleine kring", f"{ctx['teacher']} ({role(ctx,'teacher')})", "4x per week, 20 minuten", d),
            ("Remedial teaching begrijpend lezen", f"{ctx['rt']} (remedial teacher)", "2x per week, 30 minuten", d),
            ("Training 'Faalangst de baas' in een groepje van vier", f"{ctx['coord']} ({role(ctx,'coord')})", "1x per week, 8 weken", dlong(addmonths(ctx['d_set'], 1))),
            ("Ambulante begeleiding via het arrangement van het samenwerkingsverband", f"{ctx['ab']} ({role(ctx,'ab')})", "1x per 2 weken, 1 uur", d)]


def ondersteuning_text(ctx):
    rows = ondersteuning_rows(ctx)
    return " ".join(f"{a}: {b}, {c}, vanaf {d}." for a, b, c, d in rows)


def afwijkingen(ctx):
    N, pn = ctx["N"], ctx["pn"]
    t = ctx["type"]
    if t in ("po", "sbo"):
        return (f"{N} volgt voor rekenen-wiskunde een eigen leerlijn (leerroute 2, einddoel referentieniveau 1F). "
                f"Voor begrijpend lezen werkt {pn} met de instructie van groep {'5' if t=='po' else '4/5'}. "
                f"Tijdens de lessen Engels krijgt {N} remedial teaching; Engels vervalt hiervoor.")
    if t == "so":
        return (f"{N} heeft een aangepast rooster: op woensdag gaat {pn} om 12.00 uur naar de behandelgroep van de "
                f"jeugdhulpaanbieder. Voor rekenen werkt {pn} met de leerlijn van het uitstroomprofiel "
                f"arbeidsmarktgericht.")
    if t == "vo":
        return (f"{N} heeft dit schooljaar vrijstelling voor de tweede moderne vreemde taal; in die uren werkt "
                f"{pn} in het leerplein aan Nederlands. De eerste zes weken na vaststelling volgt {pn} een "
                f"opbouwrooster van 4 dagen (woensdag vrij), daarna weer het volledige rooster.")
    if t == "pro":
        return (f"{N} loopt vanaf dit schooljaar twee dagen per week stage in plaats van één; de theorievakken "
                f"rekenen en Nederlands worden in die week op de andere dagen gegeven.")
    return (f"{N} volgt een programma op maat: drie dagen school en twee dagen stage. Het vak Engels is "
            f"vervangen door extra praktijkvakken.")


def afwijkingen_geen(ctx):
    return ctx["rng"].choice([
        f"Er zijn geen afwijkingen van het onderwijsprogramma; {ctx['N']} volgt het reguliere programma van {ctx['grp']}.",
        "Geen afwijkingen: de leerling volgt het volledige programma en rooster.",
        "N.v.t. – er wordt niet afgeweken van het onderwijsprogramma (geen vrijstellingen, geen verkort rooster).",
    ])


def doelen(ctx):
    N = ctx["N"]
    t = ctx["type"]
    e1, e2 = dlong(ctx["d_eval1"]), dlong(ctx["d_eval2"])
    if t in ("vso", "pro"):
        return [f"Voor {e1} voert {N} de taak 'vakken vullen' zelfstandig uit met de stappenkaart (beoordeling stagebegeleider: minimaal 4 van 5 keer goed).",
                f"Voor {e1} reist {N} zelfstandig met de bus naar de stageplek (reistraining afgerond).",
                f"Voor {e2} vraagt {N} op de stage zelf om hulp als {ctx['pn']} vastloopt (geobserveerd in 3 van 4 weken).",
                f"Voor {e2} rekent {N} met geld tot € 50 en geeft {ctx['pn']} juist wisselgeld (toets leerlijn 1F-min)."]
    if t == "vo":
        return [f"Voor {e1} houdt {N} zelf een weekplanning bij in de agenda-app (8 van de 10 weken ingevuld).",
                f"Voor {e1} haalt {N} gemiddeld minimaal een 6,0 voor de toetsen die in de toetsruimte zijn gemaakt.",
                f"Voor {e2} gebruikt {N} de time-outkaart hooguit twee keer per week (registratie zorgcoördinator).",
                f"Voor {e2} bespreekt {N} zelf met de mentor welke afspraken voor de bovenbouw nodig zijn."]
    return [f"Voor {e1} leest {N} op beheersingsniveau AVI-E5 en scoort {ctx['pn']} op begrijpend lezen functioneringsniveau E4 of hoger.",
            f"Voor {e1} beheerst {N} de tafels 1 t/m 10 (90% goed op de tempotoets).",
            f"Voor {e2} heeft {N} rekenen-wiskunde doel 'breuken benoemen en vergelijken' van leerroute 2 behaald (methodetoets voldoende).",
            f"Voor {e2} start {N} zelfstandig aan een taak binnen twee minuten na de instructie (observatie leerkracht, 4 van 5 dagen)."]


def doelen_vague(ctx):
    return ["Beter leren plannen.", "Werken aan werkhouding en concentratie.", "Meer zelfvertrouwen krijgen.",
            "Resultaten verbeteren."]


def adviezen(ctx):
    N = ctx["N"]
    t = ctx["type"]
    rep = dlong(ctx["d_report"])
    base = (f"{ctx['expert']} ({role(ctx,'expert')}) heeft {N} op {rep} onderzocht. Zij adviseert instructie in "
            f"kleine stappen met visuele ondersteuning, het werkgeheugen te ontlasten met hulpkaarten en "
            f"faalangst aan te pakken met een training. De school neemt deze adviezen over: de hulpkaarten en "
            f"de training staan in het handelingsdeel. De logopedist (praktijk Spreekwijzer) adviseert "
            f"woordenschatuitbreiding; dit wordt meegenomen in de RT.")
    if t in ("so", "vso"):
        base = (f"Advies van de commissie voor de begeleiding (vergadering {rep}, voorzitter {ctx['cvb']}): de "
                f"commissie adviseert het uitstroomprofiel {vso_profile(ctx) if t=='vso' else 'zoals voorgesteld'}, "
                f"een vaste begeleider en een geleidelijke opbouw van de stage-uren. De commissie heeft het "
                f"ontwikkelingsperspectief besproken en adviseert het vast te stellen. Daarnaast adviseert de "
                f"behandelaar van de jeugdhulp (GGZ Ruigeveld) om de agressieregulatietraining voort te zetten; "
                f"de school stemt de aanpak in de klas daarop af. De adviezen zijn verwerkt in de doelen en het "
                f"handelingsdeel.")
    if t == "pro":
        base = (f"{ctx['expert']} ({role(ctx,'expert')}) adviseert na observatie in de praktijklessen ({rep}) "
                f"om {N} met stappenkaarten te laten werken en hulp vragen apart te oefenen. De jeugdarts adviseert "
                f"de werkweek op te bouwen vanwege vermoeidheid. De school neemt beide adviezen over: de "
                f"stappenkaarten en de training staan in het handelingsdeel en de stage-uren worden in twee "
                f"stappen opgebouwd.")
    if t == "vo":
        base = (f"{ctx['expert']} ({role(ctx,'expert')}) adviseert ({rep}) 25% extra tijd, een prikkelarme "
                f"toetsruimte en begeleiding bij plannen. De kinder- en jeugdpsychiater adviseert een vaste "
                f"time-outplek. De school voert deze adviezen uit (zie het handelingsdeel); het advies om het "
                f"rooster blijvend in te korten neemt de school niet over, omdat {N} het volledige rooster "
                f"met de time-outkaart aankan.")
    return base


def oogo(ctx):
    N = ctx["N"]
    who = ctx["parents"]
    if ctx.get("adult"):
        who = f"{N} zelf (meerderjarig)" + (f", samen met {ctx['mother']}" if ctx.get("adult_with_parent") else "")
    if ctx.get("curatele"):
        who = f"{ctx['curator']} (curator) en {N}"
    return (f"Het ontwikkelingsperspectief is op {dlong(ctx['d_oogo'])} besproken met {who}. Aanwezig namens "
            f"school: {ctx['teacher']} ({role(ctx,'teacher')}) en {ctx['coord']} ({role(ctx,'coord')}). Er is "
            f"overeenstemming bereikt over de uitstroombestemming; de opmerking van ouders over het huiswerk is "
            f"verwerkt in het handelingsdeel." if not ctx.get("adult") else
            f"Het ontwikkelingsperspectief is op {dlong(ctx['d_oogo'])} besproken met {who}. Aanwezig namens "
            f"school: {ctx['teacher']} ({role(ctx,'teacher')}) en {ctx['coord']} ({role(ctx,'coord')}). "
            f"{N} is het eens met de bestemming.")


def inbreng(ctx):
    N, pn, pz = ctx["N"], ctx["pn"], ctx["pz"]
    t = ctx["type"]
    if t in ("vso", "pro"):
        return (f"{N} is bij het gesprek van {dlong(ctx['d_oogo'])} geweest en heeft vooraf het formulier 'Mijn plan' "
                f"ingevuld. {N} zegt: 'Ik wil later in een winkel werken, maar ik vind de bus nog eng.' Op verzoek "
                f"van {N} is de reistraining toegevoegd en begint de stage pas na de training. {N} wilde geen "
                f"training in een groep; daarom is de training sociale vaardigheden individueel.")
    if t == "vo":
        return (f"{N} heeft in een apart gesprek met de mentor verteld wat helpt: 'Als het druk is, wil ik even weg "
                f"kunnen zonder dat de hele klas het ziet.' Daarom is de time-outkaart zo afgesproken dat {N} zonder "
                f"uitleg mag gaan. {N} wilde liever geen begeleiding tijdens de pauzes; dat is overgenomen.")
    return (f"{N} heeft met de intern begeleider het gesprek 'Dit ben ik' gevoerd. {N} vertelt dat {pn} rekenen "
            f"moeilijk vindt en dat {pn} zich schaamt als {pn} eruit moet voor hulp. Daarom krijgt {N} de "
            f"verlengde instructie in de klas aan de instructietafel in plaats van buiten de klas. {N} wil graag "
            f"dierenboeken lezen; die worden gebruikt in de RT.")


def inbreng_noeffect(ctx):
    N = ctx["N"]
    return (f"Mening van {N}: '{ctx['rng'].choice(['Ik vind rekenen stom en ik wil meer buiten spelen.', 'Ik wil niet steeds naar het hok voor extra hulp.', 'Ik wil gewoon hetzelfde als de rest van de klas.'])}'")


def evaluatie(ctx):
    who = "ouders en " + ctx["N"] if not ctx.get("adult") else ctx["N"]
    if ctx.get("pre2025") and not ctx.get("revised"):
        who = "ouders"
    return (f"Tussenevaluatie op {dlong(ctx['d_eval1'])} en eindevaluatie op {dlong(ctx['d_eval2'])}, in een gesprek "
            f"met {who}, de {role(ctx,'teacher')} en de {role(ctx,'coord')}. Daarbij bekijken we of de doelen zijn "
            f"gehaald en stellen we het plan zo nodig bij. Het ontwikkelingsperspectief wordt minstens eenmaal per "
            f"schooljaar geëvalueerd.")


def rechten(ctx):
    party = "U" if not ctx.get("adult") else "Je"
    return (f"Ouders hebben instemmingsrecht op het handelingsdeel: zonder uw instemming voert de school het "
            f"handelingsdeel niet uit. Over het perspectiefdeel voert de school op overeenstemming gericht overleg. "
            f"Bent u het niet eens met het plan, bespreek dit dan eerst met de school. Daarna kunt u gratis advies "
            f"vragen aan het ouder- en jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent "
            f"(www.onderwijsconsulenten.nl). U kunt ook binnen zes weken na de vaststelling een verzoek indienen "
            f"bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")


def rechten_adult(ctx):
    return (f"Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens, "
            f"bespreek het dan eerst met je mentor. Je kunt gratis advies vragen aan een onderwijsconsulent "
            f"(www.onderwijsconsulenten.nl) en binnen zes weken na vaststelling naar de Geschillencommissie passend "
            f"onderwijs (www.onderwijsgeschillen.nl) gaan.")


def vaststelling(ctx):
    return (f"Dit ontwikkelingsperspectief is vastgesteld op {dlong(ctx['d_set'])} door {ctx['head']}, "
            f"{role(ctx,'head')} van {ctx['school']}, na overleg met "
            f"{'de commissie voor de begeleiding' if ctx['type'] in ('so','vso') else 'het ondersteuningsteam'}.")


# ---------------------------------------------------------------- gap texts

INSTR = {
    "uitstroombestemming": "Beschrijf hier het verwachte uitstroomniveau / de uitstroombestemming (vo-type of vso-profiel).",
    "onderbouwing": "<Onderbouw de uitstroombestemming met toetsgegevens, leerrendementen en onderzoeksgegevens.>",
    "belemmerende_factoren": "Noteer per domein de belemmerende factoren (leerling, onderwijs, thuis). Max. 5 regels.",
    "bevorderende_factoren": "Noteer hier de bevorderende / stimulerende factoren. Denk aan sterke kanten en interesses.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft ... nodig om ...'",
    "ondersteuning": "Beschrijf wat, door wie, hoe vaak en vanaf wanneer (handelingsdeel).",
    "afwijkingen_onderwijsprogramma": "Geef aan of en waarop wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, verkort rooster). Doorhalen wat niet van toepassing is.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (max. 4).",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vul datum en deelnemers van het gesprek met ouders in.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan (verplicht vanaf 1-8-2025).",
    "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd.",
    "informatie_rechten": "Tekst over instemmingsrecht en geschillen hier invoegen (zie handleiding SWV).",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}

REF = {
    "uitstroombestemming": "Zie het onderwijskundig rapport in de bijlage.",
    "onderbouwing": "Zie toetsoverzicht (bijlage 1) en het onderzoeksverslag.",
    "belemmerende_factoren": "Zie groeidocument, onderdeel 2.",
    "bevorderende_factoren": "Zie groeidocument, onderdeel 2.",
    "ondersteuningsbehoefte": "Zie het verslag van het MDO (bijlage 2).",
    "ondersteuning": "Zie het groepsplan en het arrangement van het samenwerkingsverband (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie leerlijn in ParnasSys.",
    "doelen": "Zie groepsplan rekenen en lezen.",
    "adviezen_professionals": "Zie verslag orthopedagoog (bijlage 3).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het formulier 'Mijn mening' (bijlage).",
    "evaluatie": "Zie de jaarplanning zorg van de school.",
    "informatie_rechten": "Voor klachten en geschillen: zie de schoolgids.",
    "vaststelling": "Zie handtekeningenblad.",
}


def placeholder(ctx, el):
    r = random.Random(f"{ctx['id']}-{el}")
    return r.choice(PH)
