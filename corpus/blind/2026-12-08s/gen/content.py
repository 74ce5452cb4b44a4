"""Invented pupils, schools and plan content. Everything here is fiction."""
import datetime as dt

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dnum(d):
    return d.strftime("%d-%m-%Y")


def school_year(d):
    y = d.year if d.month >= 8 else d.year - 1
    return y, f"{y}-{y + 1}"


PLACES = ["Veenmarke", "Holsterdijk", "Ravensoord", "Wijkerbroek", "Eemhoven", "Lindemeer", "Stroomwold",
          "Brakelsveen", "Oudewaarde", "Kortehoef", "Zandvoortshoek", "Meerlo-Oost", "Dalfsterhof",
          "Geldersmarke", "Haverdonk", "Tolsum"]
SWV = ["Samenwerkingsverband Passend Onderwijs De Veenlanden (PO 29-04)",
       "Stichting Samenwerkingsverband VO Holsterdijk en omstreken (VO 27-12)",
       "Samenwerkingsverband Rivierzoom PO", "SWV Kanaalstreek VO-VSO",
       "Passend Onderwijs Eemhoven-Lindemeer", "Samenwerkingsverband Stroomwold PO"]
SCHOOLS = {
    "po": ["obs De Klimroos", "cbs Het Kompasveld", "Daltonschool De Zeilmaker", "rkbs Sint Odulphus",
           "Jenaplanschool De Boomgaard", "obs 't Vlonderpad", "cbs De Morgenster-Noord", "IKC De Tuimelaar",
           "obs Het Wilgenhof", "Montessorischool De Ontdekking", "cbs Ichthus-Zuid", "obs De Regenboogvis"],
    "sbo": ["SBO De Vaart", "sbo Het Baken-Oost", "SBO De Brug van Tolsum", "sbo De Lindenhof", "SBO Het Palet-Zuid",
            "sbo De Sprong"],
    "so": ["SO De Kraanvogel (cluster 4)", "ZML-school De Horizonboom", "SO Het Rietland (cluster 3)",
           "Mytylschool De Wiekslag", "SO De Uitkijkpost", "SO Kindcentrum Het Ankerpunt"],
    "vo": ["Laurens Coster Lyceum-Oost", "Het Waterlant College", "Scholengemeenschap De Driestroom",
           "Veenmarke College", "Christelijk College Eemhoven", "Montessori Lyceum Stroomwold",
           "Vakcollege Haverdonk", "Dalton Lyceum Brakelsveen", "Oudewaarde Scholengemeenschap",
           "Het Meerlo College", "Geldersmarke Campus vmbo", "Tolsumer Lyceum"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Lindemeer", "Pro Holsterdijk",
            "Praktijkonderwijs Het Gilde-Noord", "Praktijkschool Eemhoven"],
    "vso": ["VSO De Kraanvogel", "Het Stroomdal College (vso cluster 4)", "VSO De Horizonboom",
            "vso Het Rietland", "VSO Wiekslag College", "VSO De Oeverloper"],
}
FIRST_M = ["Daan", "Sem", "Milan", "Ilias", "Bram", "Jayden", "Teun", "Mees", "Rayan", "Luuk", "Ruben",
           "Jens", "Hamza", "Thijs", "Stijn", "Kyan", "Gijs", "Finn", "Owen", "Tygo", "Dex", "Ravi", "Joep",
           "Quinten", "Mohammed", "Senna", "Wessel", "Koen"]
FIRST_F = ["Noor", "Fenna", "Yara", "Lotte", "Sanne", "Amira", "Isa", "Zoë", "Evi", "Nina", "Sara", "Liv",
           "Femke", "Selin", "Roos", "Lieke", "Mila", "Jade", "Elif", "Maud", "Lynn", "Tess", "Anouk", "Dewi",
           "Fleur", "Ilse", "Merel", "Hajar"]
LAST = ["van Oosterwijk", "Brinkhuis", "Takaran", "Verhoef", "Molenkamp", "El Idrissi", "Hoogendam",
        "Zwartveld", "de Kramer", "Bolsius", "Yilmaz", "van der Stroom", "Pereboom", "Keizerwaard", "Aydın",
        "Wolterink", "Schipperheijn", "Dijkstra-Mol", "Bouzid", "Ter Velde", "Nijenhof", "Stapelkamp",
        "van Lier", "Oudendijk", "Gerritsma", "Kok-Amrani", "Haverkort", "Smeenge", "Vos de Wael", "Lubbers"]
STAFF = ["mw. A. Postma", "dhr. R. Hendriksen", "mw. J. de Bruijn-Okafor", "dhr. T. Vreugdenhil",
         "mw. S. Kuipers", "mw. M. Ramdin", "dhr. K. Oosterhuis", "mw. L. van Gent", "dhr. P. Mulder-Boer",
         "mw. E. Sahin", "dhr. W. Tjoa", "mw. C. Bakker", "mw. H. Veldkamp", "dhr. J. Steenbergen"]
PROFS = ["mw. drs. I. Wesselink, orthopedagoog-generalist", "dhr. M. Claassen, GZ-psycholoog",
         "mw. R. Bhoelai, logopedist", "mw. dr. F. Lammers, kinder- en jeugdpsycholoog",
         "dhr. S. Verbeek, ambulant begeleider", "mw. T. Jonkman, jeugdarts", "mw. G. Pijl, fysiotherapeut",
         "dhr. B. Alkema, orthopedagoog"]
BUREAUS = ["Onderwijsadviesbureau Brug & Co", "Expertisecentrum De Leerlijn", "Praktijk Kompas Jeugd",
           "Centrum voor Jeugd en Gezin Veenmarke", "GGZ-jeugd Rivierzoom", "Audiologisch Centrum Eemhoven"]


class Ctx(dict):
    def f(self, s):
        return s.format(**self)


def make_ctx(rng, stype, d_set, sex=None, age=None, extra=None):
    sex = sex or rng.choice("mf")
    first = rng.choice(FIRST_M if sex == "m" else FIRST_F)
    last = rng.choice(LAST)
    c = Ctx(first=first, n=first, last=last, full=f"{first} {last}", sex=sex,
            hij="hij" if sex == "m" else "zij", Hij="Hij" if sex == "m" else "Zij",
            zijn="zijn" if sex == "m" else "haar", Zijn="Zijn" if sex == "m" else "Haar",
            hem="hem" if sex == "m" else "haar", zoon="zoon" if sex == "m" else "dochter",
            stype=stype, place=rng.choice(PLACES), school=rng.choice(SCHOOLS[stype]),
            swv=rng.choice([x for x in SWV if ("VO" in x) == (stype in ("vo", "pro", "vso"))]))
    staff = rng.sample(STAFF, 5)
    c.update(ib=staff[0], mentor=staff[1], dir=staff[2], zoco=staff[3], extra_staff=staff[4])
    c["prof"] = rng.choice([p for p in PROFS if "psycholoog" in p or "orthopedagoog" in p])
    c["bureau"] = rng.choice(BUREAUS)
    mom = rng.choice(["mw. ", "mevrouw "]) + rng.choice("ABCDEFGHJKLMNPRSTW") + ". " + (last if rng.random() < .6 else rng.choice(LAST))
    dad = "dhr. " + rng.choice("ABCDEFGHJKLMNPRSTW") + ". " + last
    c.update(mom=mom, dad=dad)
    c["ouders"] = rng.choice([f"moeder ({mom}) en vader ({dad})", f"beide ouders ({mom} en {dad})", f"moeder ({mom})"])
    c["mentor_or_ib"] = ("de leerkracht " if stype in ("po", "sbo", "so") else "de mentor ") + staff[1]
    if age is None:
        age = {"po": rng.randint(7, 11), "sbo": rng.randint(8, 12), "so": rng.randint(7, 12), "vo": rng.randint(12, 15),
               "pro": rng.randint(12, 16), "vso": rng.randint(13, 17)}[stype]
    c["age"] = age
    bd = dt.date(d_set.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if (bd.month, bd.day) > (d_set.month, d_set.day):
        bd = dt.date(bd.year - 1, bd.month, bd.day)
    c["birth"] = dnum(bd)
    c["d_set"] = d_set
    c["d_set_l"] = dlong(d_set)
    c["d_set_n"] = dnum(d_set)
    d_oogo = d_set - dt.timedelta(days=rng.choice([6, 8, 10, 13]))
    c["d_oogo"] = d_oogo
    c["d_oogo_l"] = dlong(d_oogo)
    c["d_oogo_n"] = dnum(d_oogo)
    d_sign = d_set + dt.timedelta(days=rng.choice([2, 4, 7]))
    c["d_sign_n"] = dnum(d_sign)
    c["d_sign_l"] = dlong(d_sign)
    y, sy = school_year(d_set)
    c["sy"] = sy
    c["ev1"] = f"februari {y + 1}" if d_set.month >= 8 or d_set.month < 2 else f"juni {y + 1}"
    c["ev2"] = f"juni {y + 1}" if c["ev1"].startswith("februari") else f"november {y + 1}"
    c["d_start"] = dlong(d_set + dt.timedelta(days=rng.choice([7, 10, 14])))
    c["d_goal"] = f"1 {MONTHS[(d_set.month + 4) % 12]} {d_set.year + (1 if d_set.month + 5 > 12 else 0)}"
    c["groep"] = {"po": f"groep {min(8, max(3, age - 4))}", "sbo": f"groep {rng.choice(['5/6', '6/7', '7/8', '8'])}",
                  "so": f"groep {rng.choice(['SO-3', 'SO-4', 'SO-5', 'middenbouw B'])}",
                  "vo": f"klas {rng.choice(['1', '2', '3'])}{rng.choice(['B', 'K', 'M', 'H', 'HV'])}",
                  "pro": f"leerjaar {max(1, min(5, age - 11))}",
                  "vso": f"{rng.choice(['VSO-A', 'groep 2', 'bovenbouw', 'leerjaar 3'])}"}[stype]
    if extra:
        c.update(extra)
    return c


# ------------------------------------------------------------------ content pools
def content(rng, c):
    t = c["stype"]
    F = c.f
    C = {}
    if t in ("po", "sbo"):
        opts = ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg (met lwoo)", "vmbo kaderberoepsgerichte leerweg",
                "vmbo gemengde/theoretische leerweg", "havo", "vwo"]
        sel = rng.choice([1, 1, 2, 0]) if t == "sbo" else rng.choice([1, 2, 2])
        C["uit_opts"], C["uit_sel"] = opts, sel
        C["uit"] = opts[sel]
        C["uit_extra"] = "; uitstroom naar verwachting aan het eind van groep 8"
        C["onderb"] = [
            F("De resultaten op de methodeonafhankelijke toetsen (LVS) laten over de afgelopen twee jaar een leerrendement van ongeveer 55 tot 65 procent zien voor rekenen en begrijpend lezen."),
            F("Uit het psychodiagnostisch onderzoek door {prof} ({bureau}, maart 2025) blijkt een disharmonisch profiel met een zwak werkgeheugen; het totale niveau ligt in het beneden-gemiddelde bereik."),
            F("{n} heeft groep 3 gedoubleerd. Met de huidige ondersteuning verwachten we dat {hij} eind groep 8 op het niveau van eind groep 6 (rekenen) en eind groep 7 (lezen) uitkomt, wat past bij de genoemde uitstroombestemming."),
        ]
        C["bel_dom"] = {
            "Leren": F("Zwak werkgeheugen; automatiseren van tafels en spelling verloopt traag."),
            "Werkhouding": F("Raakt snel afgeleid in de drukke groep; stopt als een taak te lang duurt."),
            "Sociaal-emotioneel": F("Onzeker over eigen kunnen; zegt snel 'ik kan het toch niet'."),
            "Thuis": F("Ouders zijn gescheiden; {n} wisselt wekelijks van huis, wat maandag vaak onrust geeft."),
        }
        C["bev_dom"] = {
            "Leren": F("Leert goed met concreet materiaal en voorbeelden; sterke mondelinge taal."),
            "Werkhouding": F("Wil graag laten zien wat {hij} kan; werkt goed met een duidelijke planning."),
            "Sociaal-emotioneel": F("Vriendelijk en behulpzaam; heeft een paar goede vriend(inn)en in de groep."),
            "Thuis": F("Beide ouders zijn zeer betrokken en oefenen thuis mee (tafels, lezen)."),
        }
        C["obeh"] = [F("{n} heeft een leerkracht nodig die de instructie opdeelt in kleine stappen en controleert of {hij} de opdracht begrijpt."),
                     F("{Hij} heeft behoefte aan visuele ondersteuning (stappenplan, rekenkaart) en extra oefentijd om te automatiseren."),
                     F("{Hij} heeft succeservaringen en positieve feedback op inzet nodig om zelfvertrouwen op te bouwen."),
                     F("{Hij} heeft een rustige werkplek nodig bij zelfstandig werken.")]
        C["onderst"] = [
            ("Verlengde instructie rekenen in de instructietafel", "groepsleerkracht", "4x per week, 15 min.", c["d_start"]),
            ("Remedial teaching automatiseren en begrijpend lezen buiten de groep", F("onderwijsassistent {extra_staff}"), "2x per week, 30 min.", c["d_start"]),
            ("Ambulante begeleiding (consultatie leerkracht, observatie)", F("ambulant begeleider {swv}"), "1x per 6 weken", c["d_start"]),
            ("Koptelefoon en vaste werkplek bij zelfstandig werken", "groepsleerkracht", "dagelijks", "direct"),
        ]
        C["afw"] = F("{n} volgt voor rekenen een eigen leerlijn: {hij} werkt toe naar referentieniveau 1F en niet naar 1S. {Hij} werkt in een aangepaste methodeleerlijn (eigen tempo, groep-6-stof) en doet niet mee aan de groepstoetsen rekenen; de Engelse lessen worden in de plaats daarvan gebruikt voor extra rekentijd (1 uur per week).")
        C["doelen"] = [
            ("Rekenen", F("{n} kent de tafels 1 t/m 10 geautomatiseerd"), "minimaal 90% goed op de tafeltoets binnen 3 minuten", c["ev1"]),
            ("Technisch lezen", F("{n} leest AVI-E5 beheersingsniveau"), "AVI-toets en DMT kaart 3 minimaal 45 woorden", c["ev2"]),
            ("Werkhouding", F("{n} werkt 20 minuten zelfstandig met stappenplan"), "in 4 van de 5 observaties zonder hulp gestart", c["ev1"]),
        ]
        C["adv"] = [F("{prof} ({bureau}, verslag maart 2025) adviseert: instructie in kleine stappen, visuele ondersteuning van het werkgeheugen, vermindering van de hoeveelheid oefenstof en geen tijdsdruk bij toetsen."),
                    F("De school neemt deze adviezen over: stappenplannen en rekenkaart zijn ingevoerd, {n} krijgt verlengde toetstijd en maakt halve bladzijden met dezelfde doelen.")]
    elif t in ("vo",):
        opts = ["vmbo-basis", "vmbo-kader", "vmbo-gl/tl", "havo", "vwo"]
        sel = rng.choice([0, 1, 1, 2, 2, 3, 4])
        C["uit_opts"], C["uit_sel"] = opts, sel
        C["uit"] = F(opts[sel] + " (diploma)") + (", daarna mbo niveau 2/3" if sel < 2 else (", daarna mbo niveau 4" if sel == 2 else ", daarna hbo/wo"))
        C["uit_extra"] = ""
        C["onderb"] = ["",
                       F("Rapportcijfers in het eerste half jaar: gemiddeld 6,4; talen en wiskunde voldoende met ondersteuning."),
                       F("Uit het onderzoek van {prof} ({bureau}) blijkt een gemiddelde intelligentie met een sterke verbale kant en autisme (ASS); het niveau is dus haalbaar als de omstandigheden op school voorspelbaar zijn."),
                       F("Het verzuim is gedaald van 14% vorig schooljaar naar 5% sinds de start van de begeleiding.")]
        C["bel_dom"] = {"Leren": F("Plannen en organiseren van huiswerk en toetsweken lukt zelfstandig niet."),
                        "Sociaal-emotioneel": F("Overprikkeling bij drukte en onverwachte veranderingen (roosterwijzigingen, invallers); sluit zich dan af of verlaat het lokaal."),
                        "Gezondheid": F("Slaapproblemen; komt daardoor regelmatig te laat."),
                        "Omgeving": F("Grote school met veel lokaalwisselingen.")}
        C["bev_dom"] = {"Leren": F("Goed taalgevoel, sterke interesse in geschiedenis en techniek."),
                        "Sociaal-emotioneel": F("Eerlijk en direct; vertrouwt de mentor en durft aan te geven wanneer het niet gaat."),
                        "Gezondheid": F("Sport twee keer per week bij de atletiekvereniging."),
                        "Omgeving": F("Ouders werken goed samen met school; jeugdhulp (ambulant) is betrokken.")}
        C["obeh"] = [F("{n} heeft een voorspelbare schooldag nodig: roosterwijzigingen vooraf gemeld via de mentor."),
                     F("{Hij} heeft hulp nodig bij plannen (weekplanning samen opstellen) en een vaste plek om zich terug te trekken."),
                     F("{Hij} heeft docenten nodig die concreet en kort formuleren en opdrachten ook op papier geven.")]
        C["onderst"] = [
            ("Coaching plannen en organiseren (weekstart)", F("ondersteuningscoördinator {zoco}"), "1x per week, 30 min.", c["d_start"]),
            ("Gebruik van de rustruimte (Time-Out-plek) met time-outkaart", "alle docenten / OSC-medewerker", "naar behoefte, max. 2x per dag", "direct"),
            ("Begeleiding vanuit het ondersteuningsarrangement (trajectbegeleider)", F("trajectbegeleider {extra_staff}"), "2 uur per week", c["d_start"]),
            ("Toetsfaciliteiten: 20% extra tijd, toetsen in aparte ruimte", "toetscoördinator", "bij elke toets", "direct"),
        ]
        C["afw"] = F("{n} heeft een aangepast rooster: in de eerste periode start {hij} op maandag en woensdag om 10.00 uur (vrijstelling van de eerste twee lesuren, in totaal 4 lesuren per week). Voor Frans is vrijstelling verleend; in die uren werkt {hij} in het OSC aan Nederlands en planning. Dit is gemeld bij de inspectie.")
        C["doelen"] = [("Plannen", F("{n} maakt op maandag zelfstandig een weekplanning in de agenda"), "in 8 van de 10 weken zonder hulp gemaakt (controle mentor)", c["ev1"]),
                       ("Aanwezigheid", F("{n} is aanwezig bij 95% van de lessen"), "verzuimregistratie Magister", c["ev1"]),
                       ("Zelfregulatie", F("{n} gebruikt de time-outkaart in plaats van weg te lopen"), "geen ongeoorloofd lokaalverlaten in een periode van 6 weken", c["ev2"])]
        C["adv"] = [F("{prof} ({bureau}) adviseert in het verslag van mei 2025 een vaste contactpersoon, vooraankondiging van veranderingen en een prikkelarme werkplek."),
                    F("Het ondersteuningsteam van de school heeft deze adviezen overgenomen: de mentor is vaste contactpersoon, de rustruimte is ingericht en roosterwijzigingen gaan via een app-bericht de dag ervoor.")]
        C["uit0"] = rng.choice(["vmbo-kader", "vmbo-gl/tl", "havo"])
        C["onderb"][0] = F("Bij de overstap adviseerde de basisschool " + C["uit0"] + "; de doorstroomtoets bevestigde dit.")
    elif t == "pro":
        opts = ["arbeid (regulier werk)", "arbeid met ondersteuning (loonkostensubsidie / beschut werk)",
                "mbo Entree (niveau 1) in combinatie met werk", "mbo niveau 2", "dagbesteding"]
        sel = rng.choice([0, 0, 1, 2, 2, 3])
        C["uit_opts"], C["uit_sel"] = opts, sel
        C["uit"] = opts[sel] + rng.choice([" in de groenvoorziening", " in de logistiek (orderpicken)", " in de horeca/keuken", " in de detailhandel", " in de zorg (facilitair)"])
        C["uit_extra"] = ""
        C["onderb"] = [F("Bij de aanmelding lag er een TLV/indicatie praktijkonderwijs: totaal-IQ 72 (WISC-V, 2023) en leerachterstanden van meer dan drie jaar op rekenen en lezen."),
                       F("In de interne stages (keuken en groen) laat {n} zien dat {hij} praktische taken nauwkeurig uitvoert als het werk is voorgedaan."),
                       F("{n} heeft zelf een duidelijke voorkeur voor buitenwerk; de stagebeoordeling van de eerste externe stage was voldoende op alle werknemersvaardigheden behalve 'op tijd komen'.")]
        C["bel_dom"] = {"Werken": F("Op tijd komen en afmelden bij ziekte gaat nog niet zelfstandig."),
                        "Leren": F("Rekenen op niveau eind groep 5; geld tellen en klokkijken lukt niet vlot."),
                        "Wonen/vrije tijd": F("Brengt veel tijd door met gamen; weinig structuur in de avond."),
                        "Burgerschap": F("Laat zich door anderen meeslepen in conflicten.")}
        C["bev_dom"] = {"Werken": F("Werkt hard en netjes, houdt van buiten bezig zijn; sterk in de praktijkvakken."),
                        "Leren": F("Leert goed door voordoen-nadoen; gebruikt de rekenmachine goed."),
                        "Wonen/vrije tijd": F("Helpt thuis mee in de tuin, speelt voetbal bij de plaatselijke club."),
                        "Burgerschap": F("Behulpzaam naar jongere leerlingen.")}
        C["obeh"] = [F("{n} heeft werk nodig dat eerst wordt voorgedaan, met een vaste begeleider op de stageplek."),
                     F("{Hij} heeft oefening nodig met functionele rekenvaardigheden (geld, tijd) in echte situaties."),
                     F("{Hij} heeft een coach nodig die wekelijks kort terugkijkt: wat ging goed, wat kan beter.")]
        C["onderst"] = [("Stagebegeleiding extern (groen), bezoek op de stageplek", F("stagecoördinator {extra_staff}"), "1x per 3 weken", c["d_start"]),
                        ("Functioneel rekenen (geld, tijd) in de praktijkles", "docent rekenen", "2x per week, 45 min.", c["d_start"]),
                        ("Coachgesprek IOP", F("mentor {mentor}"), "1x per week, 15 min.", "direct"),
                        ("Training sociale vaardigheden (Rots en Water)", "docent LO", "1x per week, blok van 10 weken", c["d_start"])]
        C["afw"] = F("{n} volgt de praktijkroute groen: 2 dagen per week externe stage bij Hoveniersbedrijf Groenrijk (Lindemeer) in plaats van theorielessen; voor Engels is {hij} vrijgesteld.")
        C["doelen"] = [("Werknemersvaardigheden", F("{n} is op tijd op de stage (08.00 uur)"), "maximaal 1 keer te laat per maand (stagelogboek)", c["ev1"]),
                       ("Functioneel rekenen", F("{n} rekent met geld tot € 50 en geeft wisselgeld terug"), "praktijktoets winkel: 8 van 10 goed", c["ev2"]),
                       ("Certificaat", F("{n} behaalt het branchecertificaat Groen (niveau 1, onderdeel kettingzaag uitgezonderd)"), "certificaat behaald", c["ev2"])]
        C["adv"] = [F("{prof} ({bureau}) heeft in 2023 geadviseerd om met korte, concrete opdrachten en voordoen-nadoen te werken."),
                    F("De jobcoach van de gemeente adviseert de uitstroom via een leerwerkplek met loonkostensubsidie voor te bereiden; de school neemt dit mee in de stageplanning van leerjaar 4.")]
    elif t == "so":
        opts = ["vso – profiel vervolgonderwijs", "vso – profiel arbeidsmarktgericht", "vso – profiel dagbesteding",
                "regulier vo (vmbo-basis met lwoo)", "praktijkonderwijs"]
        sel = rng.choice([0, 1, 1, 2, 3, 4])
        C["uit_opts"], C["uit_sel"] = opts, sel
        C["uit"] = opts[sel]
        C["uit_extra"] = ""
        C["leerroute"] = {0: "leerroute 4", 1: "leerroute 3", 2: "leerroute 1-2", 3: "leerroute 4", 4: "leerroute 3"}[sel]
        C["onderb"] = [F("Intelligentieonderzoek ({prof}, 2024): totaal-IQ in het zwakbegaafde bereik; verbaal sterker dan performaal."),
                       F("Op de leerlijnen (SO) werkt {n} op rekenen en lezen passend bij " + C["leerroute"] + " en de didactische leeftijd; de ontwikkeling over de laatste twee meetmomenten is stabiel."),
                       F("Gezien de gedragsontwikkeling en de behoefte aan een kleine, gestructureerde groep verwachten wij dat {n} hierbij het best past.")]
        C["bel_dom"] = {"Cognitief": F("Traag verwerkingstempo; moeite met abstracte begrippen."),
                        "Gedrag": F("Boze uitbarstingen bij frustratie, vooral in vrije situaties (pauze, gym)."),
                        "Communicatie": F("Beperkt taalbegrip bij lange zinnen (logopedisch onderzoek)."),
                        "Medisch": F("Epilepsie, goed ingesteld op medicatie; vermoeidheid in de middag.")}
        C["bev_dom"] = {"Cognitief": F("Goed geheugen voor routines en feiten uit eigen interessegebied (treinen)."),
                        "Gedrag": F("Herstelt snel na een conflict en wil het graag goedmaken."),
                        "Communicatie": F("Gebruikt picto's en dagplanning zelfstandig."),
                        "Medisch": F("Ouders en school hebben een duidelijk epilepsieprotocol.")}
        C["obeh"] = [F("{n} heeft een kleine groep met vaste leerkrachten en een gevisualiseerd dagprogramma nodig."),
                     F("{Hij} heeft korte instructies (één opdracht tegelijk) en controle van taalbegrip nodig."),
                     F("{Hij} heeft begeleiding in vrije situaties nodig en een afgesproken time-outplek.")]
        C["onderst"] = [("Werken in kleine groep (10 leerlingen) met leerkracht en onderwijsassistent", "groepsteam", "dagelijks", "direct"),
                        ("Logopedie (taalbegrip)", F("logopedist {extra_staff}"), "1x per week, 30 min.", c["d_start"]),
                        ("Begeleiding in de pauze (pleinwacht met vast aanspreekpunt)", "onderwijsassistent", "dagelijks", "direct"),
                        ("Sociaal-emotionele training (Kies voor verandering, groepsgewijs)", "gedragsdeskundige", "1x per week, 45 min.", c["d_start"])]
        C["afw"] = F("{n} werkt op de SO-leerlijnen van " + C["leerroute"] + " in plaats van de kerndoelen op het niveau van de jaargroep; Engels wordt niet aangeboden. De middag is ingekort tot 14.00 uur op woensdag in verband met vermoeidheid (medisch advies).")
        C["doelen"] = [("Rekenen", F("{n} rekent optellen en aftrekken tot 100 met tientalovergang"), "leerlijn rekenen SO, doel behaald bij 80% goed op de toets", c["ev1"]),
                       ("Sociaal gedrag", F("{n} vraagt in de pauze om hulp van de pleinwacht in plaats van te slaan"), "incidentenregistratie: hoogstens 1 incident per maand", c["ev1"]),
                       ("Taalbegrip", F("{n} voert een instructie met twee stappen uit zonder herhaling"), "observatie logopedist", c["ev2"])]
        C["adv"] = [F("De commissie voor de begeleiding heeft op {d_oogo_l} advies gegeven over dit ontwikkelingsperspectief: zij adviseert de uitstroombestemming vast te stellen, logopedie te continueren en het gedragsplan in de pauze toe te voegen. Deze adviezen zijn in het plan verwerkt."),
                    F("{prof} (verslag 2024) adviseert een voorspelbare omgeving en visuele ondersteuning; dit is opgenomen in de ondersteuningsbehoeften.")]
    elif t == "vso":
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        sel = rng.choice([0, 1, 1, 2])
        C["uit_opts"], C["uit_sel"] = opts, sel
        kind = {0: "mbo niveau 2 (Logistiek)", 1: rng.choice(["werk in de groenvoorziening bij een sociaal ontwikkelbedrijf", "betaald werk in de schoonmaak met jobcoaching", "werk als medewerker magazijn (beschut werk)"]), 2: rng.choice(["activerende dagbesteding (arbeidsmatig, kinderboerderij)", "taakgerichte dagbesteding in de eigen woonplaats"])}[sel]
        C["uit"] = f"Uitstroomprofiel {opts[sel]}: {kind}"
        C["uit_extra"] = ""
        C["onderb"] = [F("De resultaten op de leerlijnen en de stages van de afgelopen twee jaar passen bij het verwachte uitstroomprofiel."),
                       F("Psychologisch onderzoek ({prof}, 2024) laat een zeer moeilijk lerend profiel zien met sterke praktische vaardigheden.") if sel != 0 else F("Uit het psychologisch onderzoek ({prof}, 2024) blijkt een gemiddelde intelligentie met ernstige gedragsproblematiek; cognitief is een diploma haalbaar."),
                       F("De stagebeoordelingen van het afgelopen jaar zijn voldoende tot goed; {n} wil zelf graag werken met {zijn} handen.")]
        C["bel_dom"] = {"Werkhouding": F("Heeft moeite met het volhouden van taken langer dan een uur."),
                        "Sociaal": F("Vertrouwt snel onbekenden, ook online (risico op misbruik)."),
                        "Zelfredzaamheid": F("Reist nog niet zelfstandig met openbaar vervoer."),
                        "Thuis": F("Beperkt netwerk naast het gezin.")}
        C["bev_dom"] = {"Werkhouding": F("Gemotiveerd en trots op {zijn} werk; zorgvuldig."),
                        "Sociaal": F("Vriendelijk en geliefd bij klasgenoten en collega's op de stage."),
                        "Zelfredzaamheid": F("Kan eenvoudige maaltijden bereiden en zelfstandig boodschappen doen in de buurt."),
                        "Thuis": F("Ouders/verzorgers zijn betrokken en denken actief mee over wonen en werk na school.")}
        C["obeh"] = [F("{n} heeft taken nodig die in stappen zijn opgedeeld, met pauzemomenten."),
                     F("{Hij} heeft begeleiding nodig bij online veiligheid en het herkennen van risicovolle contacten."),
                     F("{Hij} heeft een reistraining nodig om zelfstandig naar de stage te reizen.")]
        C["onderst"] = [("Stagebegeleiding (bezoek + evaluatie met werkgever)", F("stagedocent {extra_staff}"), "1x per 4 weken", c["d_start"]),
                        ("Reistraining (bus naar stage)", "jobcoach school", "2x per week, 8 weken", c["d_start"]),
                        ("Lessen weerbaarheid en online veiligheid", "gedragswetenschapper", "1x per week, 45 min.", c["d_start"]),
                        ("Transitieoverleg met gemeente / UWV", F("zorgcoördinator {zoco}"), "2x per schooljaar", c["d_start"])]
        C["afw"] = F("{n} volgt geen examenprogramma; {hij} werkt aan de leerlijnen van {zijn} uitstroomprofiel en is 3 dagen per week op school en 2 dagen op stage.")
        C["doelen"] = [("Arbeid", F("{n} werkt 2 dagdelen achter elkaar met één pauze zonder aansporing"), "stagebeoordeling: 'voldoende' op werktempo en doorzetten", c["ev1"]),
                       ("Zelfredzaamheid", F("{n} reist zelfstandig met de bus naar de stage"), "3 weken achter elkaar zonder begeleiding", c["ev2"]),
                       ("Veiligheid", F("{n} benoemt drie signalen van een onveilig online contact"), "rollenspel en gesprek met gedragswetenschapper", c["ev1"])]
        C["adv"] = [F("De commissie voor de begeleiding heeft op {d_oogo_l} geadviseerd over het uitstroomprofiel en de stagevorm; het advies luidt het huidige uitstroomprofiel te handhaven en de reistraining te starten. De school volgt dit advies."),
                    F("De jobcoach van UWV adviseert vóór het laatste schooljaar een Indicatie banenafspraak aan te vragen; dit is opgenomen in het transitieoverleg.")]
    # shared
    C["oogo"] = F("Op {d_oogo_l} is het ontwikkelingsperspectief besproken met {ouders}, {mentor_or_ib} en de intern begeleider/ondersteuningscoördinator. Ouders konden zich vinden in de verwachte uitstroombestemming en hebben gevraagd om extra aandacht voor de werkhouding; dat is in de doelen opgenomen.")
    C["inbreng_view"] = F("{n} is op {d_oogo_l} apart gesproken (kindgesprek met de mentor/leerkracht). {Hij} vertelt dat {hij} het fijn vindt om te weten wat er gaat gebeuren en dat {hij} de drukte in de klas lastig vindt. {Hij} wil graag beter worden in rekenen omdat {hij} later 'iets met auto's' wil doen.")
    C["inbreng_change"] = F("Wat dit heeft veranderd: op verzoek van {n} is een vaste rustige werkplek toegevoegd aan de ondersteuning en is het eerste doel in {zijn} eigen woorden opgeschreven ('ik begin zelf en vraag pas na 5 minuten hulp').")
    if t in ("pro", "vso"):
        C["inbreng_view"] = F("In het coachgesprek van {d_oogo_l} heeft {n} verteld wat {hij} van het plan vindt: {hij} wil later graag " + ("buiten werken" if t == "pro" else "een vaste plek hebben waar {hij} iets met {zijn} handen doet") + ", vindt de theorielessen saai en wil zelf leren met de bus te reizen.")
        C["inbreng_change"] = F("Wat hebben we daarmee gedaan: de stage is op verzoek van {n} gezocht in een buitenfunctie, en het doel 'zelfstandig reizen' is op {zijn} eigen voorstel toegevoegd. Het theorieblok is ingekort tot één uur per dag.")
    C["eval"] = F("Het plan wordt tussentijds geëvalueerd in {ev1} en eindgeëvalueerd in {ev2}, in een gesprek met ouders, {n} en de mentor/leerkracht en intern begeleider. We kijken dan of de doelen zijn behaald en stellen het plan zo nodig bij; ten minste één keer per schooljaar.")
    C["rechten"] = F("Ouders hebben instemmingsrecht op het handelingsdeel van dit plan. Zonder uw instemming kan het handelingsdeel niet worden uitgevoerd. Bent u het niet eens met (een deel van) het plan, bespreek dat dan eerst met de school. U kunt daarnaast advies vragen bij het ouder- en jeugdsteunpunt van {swv} of bij een onderwijsconsulent (gratis). Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    C["vast"] = F("Vastgesteld op {d_set_l} door {dir}, directeur, namens het bevoegd gezag.")
    return C


OUDERS = lambda c: f"moeder ({c['mom']}) en vader ({c['dad']})"
