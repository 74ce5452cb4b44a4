# -*- coding: utf-8 -*-
"""Invented pupils, schools and per-type content."""
import datetime as dt

FIRST = [("Daan", "m"), ("Sanne", "v"), ("Mees", "m"), ("Lotte", "v"), ("Yusuf", "m"), ("Noor", "v"),
         ("Thijs", "m"), ("Ilse", "v"), ("Milan", "m"), ("Fenna", "v"), ("Ravi", "m"), ("Jasmijn", "v"),
         ("Bram", "m"), ("Elif", "v"), ("Sem", "m"), ("Lieke", "v"), ("Owen", "m"), ("Zoë", "v"),
         ("Joep", "m"), ("Amira", "v"), ("Stijn", "m"), ("Roos", "v"), ("Kian", "m"), ("Isa", "v")]
LAST = ["Verhoeckx", "van Dalfsen", "Brinkhorst", "Oudejans", "Kalkman", "de Wildt", "Ramdin", "Hoogstrate",
        "Zwaneveld", "Tjoa", "van Rossem-Bak", "Elzinga", "Kroes", "Yilmazer", "Poortvliet", "Stuifbergen",
        "Nijboer", "Mulderink", "Achterberg", "Wesselius", "Bosdijk", "Lammertsma", "Crul", "Vinkeveen"]
DIRECTORS = [("drs. H. Kamphorst", "teamleider bovenbouw"), ("mw. A. Sedney", "directeur"),
             ("J. Wolters-Breed", "zorgcoördinator"), ("R. van Oeveren", "locatiedirecteur"),
             ("mw. P. Lindeboom", "afdelingsleider vmbo"), ("K. Esajas", "directeur onderwijs")]
SCHOOLS = {
    "vo": ["Scholengemeenschap Het Zuiderbaken, Vlietdorp", "Caland-Stavoren College, Moerkerveen",
           "Lyceum De Kromme Akker, Harsveld", "Vakcollege Oosterpoort, Weldam", "De Brede Hoeve (vmbo), Ootkerk"],
    "pro": ["Praktijkschool De Werkplaats, Harsveld", "Praktijkcollege Meerstede, Vlietdorp"],
    "vso": ["VSO De Kompasroos, Weldam", "Cluster 4 VSO Het Lichtschip, Moerkerveen", "VSO De Zeven Linden, Ootkerk"],
    "so": ["SO De Kompasroos, Weldam"],
    "po": ["Basisschool De Regenboogvis, Ootkerk"],
    "sbo": ["SBO De Wissel, Harsveld"],
}
SWV = ["Samenwerkingsverband VO Vlietstreek", "SWV Passend Onderwijs Harsveld-Weldam", "Stichting SWV Kromme Akker 30.09"]
SYSTEMS = ["Kompas LVS 7.2", "EduDossier Pro", "LeerlingNet Plus", "Zorgmodule Schoolwijzer 2024.3"]

TYPEDATA = {
 "vo": [
  dict(grade="2 vmbo-kader", dest="vmbo kaderberoepsgerichte leerweg, profiel Zorg & Welzijn; diploma in leerjaar 4 verwacht",
       onderb="Cito VAS leerjaar 1 en 2: niveau kader op rekenen en Nederlands, lezen op basis/kader. "
              "Ontwikkeling laat stabiele groei zien (rekenen +18 vaardigheidspunten in een jaar). Schooladvies groep 8 was kader; "
              "de rapportcijfers in leerjaar 2 liggen gemiddeld op 6,4.",
       belem=["dyslexie (verklaring 2021), trage leessnelheid", "faalangst bij toetsen", "veel verzuim in leerjaar 1 (42 lesuren) door buikpijnklachten"],
       bevor=["sterke inzet in de praktijkvakken", "goede band met de mentor", "ouders zijn betrokken en reageren snel"],
       behoefte="{n} heeft nodig dat toetsen in een rustige ruimte en met 25% extra tijd gemaakt kunnen worden, dat teksten vergroot en voorgelezen kunnen worden en dat er een vast aanspreekpunt is.",
       steun="Eén keer per week 30 minuten faalangstreductietraining door de orthopedagoog (mw. T. Goudsblom), vanaf 1 oktober tot de kerstvakantie. "
             "Dyslexiefaciliteiten (voorleessoftware, 25% extra tijd, vergroot lettertype) bij alle vakken vanaf de start van het schooljaar. "
             "Mentor houdt elke twee weken een coachgesprek van 15 minuten.",
       doelen="1. Voor de kerstvakantie maakt {n} alle toetsen van de toetsweek zonder vooraf af te melden. "
              "2. Eind leerjaar 2 haalt {n} voor Nederlands lezen minimaal niveau kader op de VAS-toets. "
              "3. Het verzuim blijft dit schooljaar onder 16 lesuren per periode.",
       advies="De GZ-psycholoog van Jeugdteam Vlietdorp (verslag 12-06) adviseert faalangstreductietraining en een voorspelbare toetsplanning. "
              "De school biedt de training aan (zie ondersteuning) en publiceert de toetsplanning drie weken vooraf in de ELO. "
              "Advies jeugdarts (verzuimspreekuur): geen medische belemmering voor volledige schoolgang."),
  dict(grade="4 havo", dest="havo-diploma, profiel Economie & Maatschappij, daarna hbo (Commerciële Economie)",
       onderb="Overgangsrapport 3 havo gemiddeld 6,8 zonder tekorten; de leerling is in 2 vwo afgestroomd naar havo wegens planning, niet wegens capaciteiten. "
              "Intelligentieonderzoek (WISC-V, 2023) totaal-IQ 112. Deze gegevens maken een havodiploma realistisch.",
       belem=["ASS-diagnose: prikkelgevoeligheid in drukke lokalen", "moeite met plannen van grotere opdrachten (PWS, PTA)", "somberheid in winterperiode"],
       bevor=["hoge intrinsieke motivatie voor economie en wiskunde", "goed taalgevoel", "steun van oudere zus die hbo studeert"],
       behoefte="{n} heeft nodig dat veranderingen in het rooster vooraf worden aangekondigd, dat er een prikkelarme werkplek beschikbaar is en dat PTA-opdrachten worden opgedeeld in tussenstappen met deadlines.",
       steun="Wekelijks planningsgesprek (20 min, maandag 3e uur) met de begeleider passend onderwijs, mw. S. Harkema, vanaf 15 september. "
             "Toegang tot de stilteruimte (lokaal B0.12) met time-outkaart. Twee keer per periode overleg mentor en ouders per telefoon.",
       doelen="1. {n} levert alle PTA-opdrachten van periode 1 en 2 op of vóór de deadline in. "
              "2. {n} gebruikt de time-outkaart maximaal twee keer per week en gaat daarna binnen 15 minuten terug naar de les. "
              "3. Eind 4 havo heeft {n} een voldoende voor het profielwerkstuk-voorstel.",
       advies="Behandelaar van Centrum Zeehoeve (brief 03-09) adviseert voorspelbaarheid en een vaste contactpersoon; de school heeft mw. Harkema als vaste contactpersoon aangewezen. "
              "Het advies om mondelinge toetsen te vervangen door schriftelijke wordt bij Frans en Duits toegepast."),
  dict(grade="3 vmbo-basis", dest="vmbo basisberoepsgerichte leerweg, profiel Bouwen, Wonen & Interieur, daarna mbo niveau 2",
       onderb="Toetsen laten niveau 1F op rekenen en net 1F op lezen zien; praktijkcijfers gemiddeld 7,2. In leerjaar 1 en 2 met lwoo-ondersteuning bevorderd.",
       belem=["zwakke leesvaardigheid (1F nog niet stabiel)", "impulsief gedrag bij conflicten in de pauze", "thuis wisselende begeleiding door ploegendienst ouders"],
       bevor=["zeer handig en nauwkeurig in de werkplaats", "komt graag naar school", "zit op voetbal, daar goed in een team"],
       behoefte="{n} heeft nodig dat instructies kort en stapsgewijs worden gegeven en dat er afspraken zijn over de pauze (vaste plek, toezicht).",
       steun="Leesbegeleiding in de lwoo-klas 2 x 45 minuten per week door dhr. Ö. Kaya (taalcoach), vanaf week 37. "
             "Sociale vaardigheidstraining 'Sterk in je schoenen' 8 bijeenkomsten op donderdag 7e uur, vanaf oktober, door de schoolmaatschappelijk werker.",
       doelen="1. In maart haalt {n} 1F op de leestoets. 2. Tot de voorjaarsvakantie is er geen time-out-melding meer vanuit de pauze. "
              "3. {n} rondt de praktijkopdracht 'Tussenwand' voor 1 april zelfstandig af.",
       advies="De orthopedagoog van het samenwerkingsverband adviseert leesbegeleiding met een methode voor technisch lezen; de school zet die in (zie ondersteuning)."),
 ],
 "pro": [
  dict(grade="leerjaar 3 (stagefase)", dest="Arbeid: betaald werk met begeleiding in de groenvoorziening, eventueel met entreeopleiding (mbo niveau 1)",
       onderb="Didactische leeftijdsequivalenten: rekenen DLE 28, lezen DLE 31 (eind 2025). Op de interne stage in het groen positieve beoordelingen (werktempo, zorgvuldigheid). Intelligentie 68 (2021).",
       belem=["beperkt werkgeheugen", "snel overvraagd bij veranderingen", "reisafstand naar stageplaatsen (geen OV-ervaring)"],
       bevor=["werkt graag buiten en fysiek", "betrouwbaar en stipt", "ouders stimuleren zelfstandigheid"],
       behoefte="{n} heeft nodig dat taken worden voorgedaan en daarna in kleine stappen geoefend, en dat er een vaste begeleider op de stage is.",
       steun="Stagebegeleider dhr. W. Pronk bezoekt de stageplek elke drie weken vanaf 1 november. OV-training door de jobcoach (4 keer, januari). "
             "Rekenen in de praktijk: 2 lessen per week in de rekenwerkplaats.",
       doelen="1. Voor 1 februari reist {n} zelfstandig met de bus naar de stageplek. 2. In juni heeft {n} het branchecertificaat 'Werken in het groen' deel 1. "
              "3. Op de stagebeoordeling van april scoort {n} minimaal 'voldoende' op samenwerken.",
       advies="De jobcoach (Werkbaan Harsveld) adviseert een stage van 2 dagen per week; de school neemt dit over in het rooster. "
              "Het advies van de gedragsdeskundige om bij veranderingen een dag van tevoren te informeren staat in het klassenboek.",
       afw="Aangepast rooster: 2 dagen per week stage buiten school (dinsdag en donderdag); het vak Engels vervalt in leerjaar 3."),
 ],
 "vso": [
  dict(grade="VSO bovenbouw, groep Arbeid 2", dest="Uitstroomprofiel arbeidsmarktgericht: beschut werk of begeleid werk in de logistiek (orderpicking)",
       onderb="Leerroute 3; functioneringsniveau rekenen en lezen eind groep 5. Drie interne stages (magazijn, kantine, fietsenwerkplaats) goed beoordeeld op nauwkeurigheid, "
              "werktempo voldoende met begeleiding. Advies van de commissie voor de begeleiding sluit hierbij aan.",
       belem=["angst in nieuwe situaties", "beperkte mondelinge taalvaardigheid", "vermoeidheid door epilepsiemedicatie"],
       bevor=["werkt nauwkeurig en volgt protocollen", "grote interesse in logistiek en heftrucks", "stabiele thuissituatie / woongroep"],
       behoefte="{n} heeft nodig dat een nieuwe werkplek vooraf samen wordt bezocht, dat werkinstructies met pictogrammen worden gegeven en dat er rustmomenten zijn.",
       steun="Externe stage bij Distributiecentrum Weldam-Noord 2 dagen per week vanaf januari, begeleid door de stagedocent (bezoek elke twee weken). "
             "Werknemersvaardigheden in de lesgroep (3 uur per week). Epilepsieprotocol gedeeld met stagebedrijf, verantwoordelijk: schoolverpleegkundige.",
       doelen="1. Eind schooljaar werkt {n} een volledige dag op de stage met maximaal twee pauzes. 2. In maart heeft {n} het certificaat orderpicken. "
              "3. {n} vraagt zelf hulp aan de werkbegeleider als iets niet lukt (observatie stagedocent, 4 van 5 keer).",
       advies="De commissie voor de begeleiding (vergadering 19-09) adviseert het profiel arbeidsmarktgericht en een externe stage; de school volgt dit advies. "
              "De neuroloog adviseert voldoende rustmomenten; daarom werkt {n} met vaste pauzes.",
       afw="Eigen leerlijn arbeid; Nederlands en rekenen op functioneel niveau (leerroute 3)."),
  dict(grade="VSO, groep Dagbesteding", dest="Uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij of creatief atelier)",
       onderb="Ontwikkelingsniveau volgens de CED-leerlijnen zeer moeilijk lerenden; zelfredzaamheid groeit. Oriëntaties op zorgboerderij De Schapendel verliepen goed.",
       belem=["ernstige verstandelijke beperking", "weinig mondelinge taal, gebruikt pictogrammen", "gevoelig voor geluid"],
       bevor=["geniet van dieren en buitenwerk", "vrolijk en sociaal", "netwerk van ouders en woonbegeleiders werkt goed samen"],
       behoefte="{n} heeft nodig dat de dag gestructureerd is met een visueel dagschema en dat er één vaste begeleider is bij nieuwe activiteiten.",
       steun="Twee ochtenden per week oriëntatie op zorgboerderij De Schapendel met een klassenassistent (1-op-1), vanaf februari. Logopedie 1 x per week 30 min (ondersteunende communicatie).",
       doelen="1. Voor de zomer voert {n} drie vaste taken op de zorgboerderij uit met alleen visuele ondersteuning. 2. {n} gebruikt het communicatieboek om 'pauze' en 'klaar' aan te geven.",
       advies="De commissie voor de begeleiding adviseert profiel dagbesteding en heeft het plan op 10-10 besproken. De logopedist adviseert ondersteunende gebaren; die worden in de klas gebruikt.",
       afw="Volgt het programma dagbesteding met eigen leerlijnen in plaats van kerndoelen; aangepast rooster 4 dagen."),
  dict(grade="VSO, stroom Vervolgonderwijs 4", dest="Uitstroomprofiel vervolgonderwijs: vmbo-tl-diploma (staatsexamen) en daarna mbo niveau 3 ICT",
       onderb="Deelcertificaten Nederlands en wiskunde vmbo-tl behaald met 6,5 en 7,1. Profielwerkstuk voldoende. Begeleidingsbehoefte neemt af.",
       belem=["ADHD en ASS, snel overprikkeld", "schooluitval in het regulier vo (2022)", "moeite met onverwachte wijzigingen"],
       bevor=["sterk in wiskunde en programmeren", "komt nu dagelijks naar school", "ondersteunend netwerk (vader, ambulant begeleider)"],
       behoefte="{n} heeft nodig dat er kleine klassen zijn, dat de planning van de examens vooraf duidelijk is en dat {hij} bij stress een time-out mag nemen.",
       steun="Examencoaching 1 x per week door mw. L. Hakkert vanaf september; faciliteiten staatsexamen (aparte ruimte, extra tijd) aangevraagd door de examensecretaris. Ambulant begeleider 1 x per maand overleg met mentor.",
       doelen="1. In mei doet {n} staatsexamen in vier vakken. 2. Voor 1 maart heeft {n} zich aangemeld bij een mbo-opleiding ICT niveau 3 en een intake gehad.",
       advies="De commissie voor de begeleiding (25-09) adviseert profiel vervolgonderwijs; de psychiater adviseert duidelijke examenstructuur. De school zet examencoaching in.",
       afw="Geen afwijkingen van het onderwijsprogramma; het staatsexamenprogramma vmbo-tl wordt gevolgd."),
 ],
 "so": [
  dict(grade="SO groep 7/8", dest="VSO, profiel vervolgonderwijs (vmbo basis/kader binnen het vso)",
       onderb="Rekenen en lezen op niveau eind groep 6; gedragsproblemen vragen een kleine setting. Advies commissie voor de begeleiding.",
       belem=["gedragsproblemen bij frustratie", "beperkte concentratie"], bevor=["creatief", "hulpvaardig naar jongere kinderen"],
       behoefte="{n} heeft nodig dat er een kleine klas is met een vaste leerkracht.",
       steun="Dagelijks 20 min rekeninstructie in kleine groep door de leerkracht; wekelijkse sova-training door de gedragsspecialist vanaf oktober.",
       doelen="1. Eind schooljaar rekent {n} op niveau M7. 2. {n} gebruikt het stoplicht-kaartje bij boosheid (3 van de 4 keer).",
       advies="De commissie voor de begeleiding adviseert vso vervolgonderwijs; de school start de overstap in januari."),
 ],
}


def make_profile(i, stype, date, variant=0, adult=False, curatele=False, revised=None, rng=None):
    fn, g = FIRST[i % len(FIRST)]
    ln = LAST[(i * 7 + 3) % len(LAST)]
    base = dict(TYPEDATA[stype][variant % len(TYPEDATA[stype])])
    p = {}
    p["type"] = stype
    p["first"] = fn
    p["name"] = "%s %s" % (fn, ln)
    p["hij"] = "hij" if g == "m" else "zij"
    p["zijn"] = "zijn" if g == "m" else "haar"
    p["date"] = date
    p["revised"] = revised
    p["seedint"] = i * 13 + 5
    age = 19 if adult else {"vo": 14 + i % 4, "pro": 16, "vso": 16, "so": 11, "po": 10, "sbo": 10}[stype]
    p["birth"] = dt.date(date.year - age, 1 + (i * 5) % 12, 1 + (i * 11) % 27)
    p["adult"] = adult
    p["curatele"] = curatele
    eff = revised or date
    p["post2025"] = eff >= dt.date(2025, 8, 1)
    p["school"] = SCHOOLS[stype][i % len(SCHOOLS[stype])]
    p["swv"] = SWV[i % len(SWV)]
    p["system"] = SYSTEMS[i % len(SYSTEMS)]
    p["director"], p["director_role"] = DIRECTORS[i % len(DIRECTORS)]
    p["mentor"] = ["mw. D. Overdijk", "dhr. T. Sarmo", "mw. F. el Khatib", "dhr. B. Rozendaal"][i % 4]
    parent_ln = ln.split("-")[0]
    p["parents_name"] = "%s %s" % (["mw. C.", "dhr. en mw.", "mw. J.", "dhr. R."][i % 4], parent_ln)
    if adult and not curatele:
        p["consent_party"] = "leerling (meerderjarig)"
        p["consent_name"] = p["name"]
        p["party_long"] = "%s zelf (meerderjarig en handelingsbekwaam); op %s verzoek was ook %s moeder aanwezig" % (fn, p["zijn"], p["zijn"])
        p["party_short"] = fn
    elif curatele:
        p["consent_party"] = "curator / wettelijk vertegenwoordiger"
        p["consent_name"] = "mr. E. Baalbergen (curator)"
        p["party_long"] = "de curator van %s, mr. E. Baalbergen, en %s ouders" % (fn, p["zijn"])
        p["party_short"] = "de curator"
    else:
        p["consent_party"] = "ouder/verzorger"
        p["consent_name"] = p["parents_name"]
        p["party_long"] = "de ouders van %s (%s)" % (fn, p["parents_name"])
        p["party_short"] = "ouders"
    p["oogo_date"] = date - dt.timedelta(days=9 + i % 5)
    p["oogo_who"] = "%s, %s (mentor), %s" % (p["parents_name"] if not (adult and not curatele) else fn,
                                            p["mentor"], "zorgcoördinator mw. G. Brakel")
    p["consent_date"] = date + dt.timedelta(days=3 + i % 6)
    p["evalweek"] = 6 + i % 5
    p["evaldate"] = dt.date(date.year + (1 if date.month >= 8 else 0), 6, 10 + i % 15)
    p["sigtext"] = "(handtekening) " + p["consent_name"].split()[-1] if not curatele else "(handtekening) E. Baalbergen"
    fmtd = dict(n=fn, hij=p["hij"], zijn=p["zijn"])
    for k in ["behoefte", "steun", "doelen", "advies"]:
        base[k] = base[k].format(**fmtd)
    p.update(base)
    p["inbreng"] = ("Gesprek met %s op %s: %s wil %s. Daarom is in het plan opgenomen: %s"
                    % (fn, fmt(p["oogo_date"] - dt.timedelta(days=2)), p["hij"],
                       ["liever niet uit de klas gehaald worden voor begeleiding",
                        "zelf kiezen op welke dag de stage is",
                        "meer praktijk en minder theorie",
                        "dat de mentor niet alles met ouders deelt"][i % 4],
                       ["de begeleiding vindt plaats in een tussenuur in plaats van tijdens de les.",
                        "de stagedagen zijn in overleg met %s vastgesteld (dinsdag en donderdag)." % fn,
                        "een extra praktijkmiddag op vrijdag.",
                        "afspraak dat de mentor eerst met %s overlegt wat met ouders wordt besproken." % fn][i % 4]))
    return p


def fmt(d):
    return d.strftime("%d-%m-%Y")

TYPEDATA["po"] = [dict(grade="groep 7", dest="vmbo basis/kader met leerwegondersteuning",
    onderb="Eindtoets-voorspelling en LVS-toetsen: begrijpend lezen en rekenen op niveau eind groep 5 (achterstand ca. 1,5 jaar); groei het laatste jaar gemiddeld.",
    belem=["dyscalculie-vermoeden", "moeite met automatiseren"], bevor=["doorzetter", "goed in mondelinge taal en sport"],
    behoefte="{n} heeft nodig dat rekenstrategieën met concreet materiaal worden voorgedaan en dat er verlengde instructie is.",
    steun="Verlengde instructie rekenen 4 x per week 15 minuten door de groepsleerkracht; 1 x per week RT door mw. K. Bos vanaf 1 oktober.",
    doelen="1. In januari beheerst {n} de tafels 1 t/m 10 (90% goed binnen 5 sec). 2. Eind groep 7 rekent {n} op niveau M6.",
    advies="De orthopedagoog van het SWV (verslag 02-09) adviseert een eigen leerlijn rekenen vanaf M5; de school volgt dit.",
    afw="Eigen leerlijn rekenen vanaf niveau M5; overige vakken met de groep.")]
TYPEDATA["sbo"] = [dict(grade="groep 8 (SBO)", dest="praktijkonderwijs",
    onderb="Intelligentieonderzoek TIQ 72; rekenen en lezen op niveau eind groep 4/5. Leerwinst beperkt ondanks intensieve begeleiding.",
    belem=["zwak werkgeheugen", "snel afgeleid"], bevor=["praktisch ingesteld", "vriendelijk en behulpzaam"],
    behoefte="{n} heeft nodig dat opdrachten kort zijn en worden voorgedaan.",
    steun="Dagelijks 20 minuten leesbegeleiding in een groepje van 3 door de onderwijsassistent; wekelijks praktijkles techniek.",
    doelen="1. Eind groep 8 leest {n} AVI E5. 2. {n} werkt 20 minuten zelfstandig aan een taak met een stappenkaart.",
    advies="De commissie van begeleiding van het SBO adviseert praktijkonderwijs; de school start de aanmelding in november.",
    afw="Eigen leerlijnen rekenen en lezen (uitstroomniveau 1F niet haalbaar).")]
