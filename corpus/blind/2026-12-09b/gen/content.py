# -*- coding: utf-8 -*-
"""Content model for blind set 2026-12-09b: pupil profiles, element texts, consent/signature variants.
Everything is invented. Deterministic: random.Random(seed) per document, no clock."""
import random

MONTHS = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
def dlong(d):  # d = (y,m,d)
    return f"{d[2]} {MONTHS[d[1]-1]} {d[0]}"
def dshort(d):
    return f"{d[2]:02d}-{d[1]:02d}-{d[0]}"
def addd(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)

FIRST = ["Daan","Noor","Sem","Liv","Jesse","Mila","Thijs","Yara","Bram","Fenna","Milan","Sara","Luuk","Isa","Ruben","Lotte",
         "Amir","Zoë","Stijn","Nova","Kay","Evi","Mees","Ilse","Joep","Roos","Ayoub","Femke","Tygo","Lina","Wessel","Nina",
         "Jurre","Maud","Rayan","Esmee","Gijs","Tess","Owen","Hanna","Niek","Selin","Boaz","Jara","Kian","Elin","Tobias","Dewi"]
LAST = ["Verwoerd","Brakenhoff","de Steenwijk","Oudeland","Kamphorst","van Heusden-Lam","Rietveldt","Bolkema","ter Avest",
        "Zwanenburg","Doornbos-Kaal","van der Molk","Harteveld","El Amrani","Steggink","Wijnbergh","Postema","Hoogakker",
        "van Lier-Smit","Kolkman","Tamminga","de Broekert","Vinkenoog","Scholtmeijer","Arslan","Meulenkamp","Janszen",
        "Lindeboom","Eppinga","van Doorne","Kuipers-Ros","Heerkens","Bulthuis","Oosterhof","Nijenhuis","Cakir","Ravensberg",
        "Tijssen","Groeneveldt","Mulderij","Hakvoort","van Ommeren","Schutrups","Bennink","Wolthuis","Dekkema","Visschedijk","Prins-Ahmadi"]
STAFF = ["mw. A. Korteweg","dhr. P. van Drunen","mw. S. Oltmans","dhr. R. Benali","mw. H. Feenstra","dhr. T. Wessels",
         "mw. J. Brouwer-Dijk","dhr. K. Lammerts","mw. E. Spaargaren","dhr. M. Özdemir","mw. L. Hiemstra","dhr. G. Vos-Borst"]
PLACES = ["Lindermeer","Oudevaart","Haverdonk","Rietschoten","Zandmolen","Kampervenen","Brakelmonde","Ter Heulen","Wieldrecht-Oost",
          "Molenwaerde","Esbroek","Gaasterveen"]
SCHOOLS = {
 "po": ["OBS De Vlinderhof","CBS Het Kompas","IKC De Zonnewijzer","Basisschool De Wielewaal","RKBS Sint Jozef","OBS Het Klaverblad","CBS De Regenboog-Noord","IKC Talent"],
 "sbo": ["SBO De Brug","SBO Het Anker","SBO De Wending","SBO Kameleon","SBO De Overstap","SBO Windroos","SBO De Sprong","SBO Het Palet"],
 "so": ["SO De Kraanvogel","Mytylschool De Boei (SO)","SO Het Baken","De Rozenhorst, afd. SO","SO De Vuurtoren","Cluster 4 school De Horizonlijn (SO)","SO De Zeester","SO Het Wilgenpad"],
 "vo": ["Het Erasmiaans College","Lyceum De Dreef","Vakcollege Noordwaerde","Scholengemeenschap Het Hoge Veld","Montessori College Esbroek","Gymnasium Molenwaerde","Het Rietlandcollege","Christelijk College De Boog"],
 "pro": ["Praktijkschool De Werkplaats","Pro College Haverdonk","Praktijkonderwijs Het Ambacht","De Praktijk Oudevaart","PrO De Stap","Praktijkcollege Gaasterveen","PrO Het Loket","Praktijkschool Vakwerk"],
 "vso": ["VSO De Kraanvogel","VSO Het Baken","VSO De Rozenhorst","VSO De Horizonlijn","VSO Het Wilgenpad","VSO De Zeester","VSO De Brink","VSO Het Kantoor"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Lindermeer e.o.","SWV Oudevaart-Zandmolen PO","Samenwerkingsverband VO Rietschoten","SWV De Veenstreek","Samenwerkingsverband Brakelmonde"]
SYSTEMS = ["Kompas LVS","Leerlingdossier Online","OnderwijsNet LVS"]

# ---------------- pupil profiles per school type ----------------
PROFILES = {
 "po": [dict(group="groep 7", age=10,
   dest="vmbo basis/kader met leerwegondersteuning (lwoo)",
   onder="De leerling laat op begrijpend lezen en rekenen een vaardigheidsgroei zien die past bij een uitstroom rond vmbo basis/kader. Bij de LVS-toetsen van januari scoorde de leerling op rekenen een functioneringsniveau van eind groep 5 en op begrijpend lezen van medio groep 5. Het intelligentieonderzoek (WISC-V, maart 2024) laat een totaal-IQ van 84 zien met een zwakker werkgeheugen. De leerrendementen over de laatste twee jaar liggen tussen 55 en 65 procent.",
   bel=["Zwak werkgeheugen: instructies met meer stappen raakt de leerling kwijt.","Faalangst bij toetsen; klapt dicht bij tijdsdruk.","Rekenen: automatisering tafels en splitsen niet op niveau."],
   bev=["Gemotiveerd en hulpvaardig in de groep.","Leert goed met concreet materiaal en voorbeelden.","Ouders zijn betrokken en oefenen thuis mee."],
   behoefte=["instructie in kleine stappen met een voorbeeld vooraf","extra oefentijd en herhaling bij rekenen","een voorspelbare toetsafname zonder tijdsdruk"],
   steun=["Verlengde instructie rekenen in de instructiegroep, 4 x per week 20 minuten, door de groepsleerkracht, vanaf 1 oktober.","Remedial teaching technisch en begrijpend lezen, 2 x per week 30 minuten, door de RT'er (mw. Oltmans).","Inzet van een stappenkaart en rekenmachine bij toetsen; toetsen worden in een rustige ruimte afgenomen."],
   doelen=["Aan het eind van januari beheerst de leerling de tafels 1 t/m 10 op tempo (90% goed binnen 3 seconden).","In juni scoort de leerling op begrijpend lezen ten minste functioneringsniveau M6.","De leerling gebruikt bij elke rekenles zelfstandig de stappenkaart (observatie leerkracht)."],
   afw="Voor rekenen volgt de leerling vanaf groep 7 een eigen leerlijn (leerroute 1F, einddoel niveau eind groep 6). Voor de overige vakken volgt de leerling het programma van de groep.",
   advies="Orthopedagoog mw. dr. I. Kleinjan (onderzoek maart 2024) adviseert: instructie in kleine stappen, visuele ondersteuning en het voorkomen van tijdsdruk. De school neemt deze adviezen over in het handelingsdeel (stappenkaart, toetsen zonder tijdsdruk).",
  )],
 "sbo": [dict(group="groep 8 (bovenbouwgroep Uil)", age=11,
   dest="praktijkonderwijs",
   onder="De leerling functioneert op de kernvakken rond eind groep 4 / begin groep 5. De leerachterstand is groter dan drie jaar en het IQ (SON-R, 2023) ligt op 72. De ontwikkeling is de laatste twee jaar stabiel maar langzaam. Dit past bij de criteria voor praktijkonderwijs.",
   bel=["Taalbegrip beperkt; lange mondelinge instructies worden niet begrepen.","Snel overprikkeld in drukke situaties (pauze, gymzaal).","Leesniveau AVI M4."],
   bev=["Praktisch ingesteld en handig; werkt graag met de handen.","Goede band met de leerkracht en de klasgenoten.","Heeft thuis een stabiele situatie en ouders staan achter de school."],
   behoefte=["korte instructies met pictogrammen","een vaste plek en een time-out-mogelijkheid bij overprikkeling","praktische, handelende leeractiviteiten"],
   steun=["Dagelijkse korte instructie in de subgroep, door de leerkracht.","Logopedie op school, 1 x per week 30 minuten (Logopediepraktijk Taalkracht), gericht op taalbegrip, tot de zomer.","Inzet van een rustplek in de klas en een afgesproken time-out-kaart."],
   doelen=["In februari leest de leerling AVI E4 met voldoende tempo.","De leerling kan in juni geldbedragen tot €20 optellen en teruggeven (eigen leerlijn).","De leerling meldt bij overprikkeling zelf met de time-out-kaart (4 van de 5 keer, registratie leerkracht)."],
   afw="De leerling volgt voor rekenen en taal de eigen leerlijn van de school (uitstroomprofiel praktijkonderwijs); de einddoelen van groep 8 worden niet nagestreefd.",
   advies="Logopedist mw. T. Haverkamp adviseert visuele ondersteuning bij instructie; de school gebruikt pictogrammen en een dagplanning. De schoolpsycholoog (dhr. R. Benali) adviseert praktijkonderwijs als vervolg; dit is overgenomen in de uitstroombestemming.",
  )],
 "so": [dict(group="SO-groep 5/6", age=10,
   dest="vso, profiel vervolgonderwijs (doorstroom naar vmbo-basis met ondersteuning)",
   onder="De leerling heeft een gemiddelde intelligentie (WISC-V TIQ 95) en functioneert didactisch ongeveer een jaar achter. De belemmering ligt vooral in gedrag en spanningsregulatie (ASS). Met de huidige ondersteuning is er een stijgende lijn bij lezen en rekenen.",
   bel=["Moeite met veranderingen en onverwachte situaties.","Woede-uitbarstingen bij spanning (ongeveer 2 x per week).","Sociale interactie met leeftijdgenoten verloopt moeizaam."],
   bev=["Goed technisch lezen en een sterk geheugen voor feiten.","Werkt goed met een vaste structuur en dagritme.","Heeft een vaste begeleider bij wie hij zich veilig voelt."],
   behoefte=["voorspelbaarheid: een dagplanning en vooraankondiging van veranderingen","een vaste volwassene om op terug te vallen","begeleiding bij spel en samenwerken"],
   steun=["Kleine groep (10 leerlingen) met vaste leerkracht en onderwijsassistent.","Wekelijkse training sociale vaardigheden (30 min.) door de gedragsspecialist.","Inzet van een time-in-plek en een spanningsmeter, dagelijks, door leerkracht."],
   doelen=["Het aantal woede-uitbarstingen daalt naar gemiddeld 1 x per twee weken (registratie groepsmap) in juni.","De leerling speelt in de pauze 10 minuten samen met een klasgenoot zonder conflict (3 x per week).","Rekenen: beheerst in juni de leerstof van M5 (toets)."],
   afw="De leerling volgt een aangepast rooster: op woensdag gaat hij om 11.00 uur naar huis (onderwijstijd 22 uur per week) in verband met vermoeidheid. Dit wordt in februari geëvalueerd.",
   advies="De commissie voor de begeleiding heeft op 2 oktober het ontwikkelingsperspectief besproken en adviseert het profiel vervolgonderwijs te handhaven en de training sociale vaardigheden voort te zetten. De behandelaar van Jeugd-GGZ De Meander (dhr. Vos-Borst) adviseert vaste voorspelbare overgangen; de school heeft dit opgenomen in de ondersteuning.",
  )],
 "vo": [dict(group="klas 2 vmbo-kader", age=14,
   dest="vmbo kaderberoepsgerichte leerweg (diploma), daarna mbo niveau 3",
   onder="De leerling haalt in klas 2 voldoendes op kaderniveau voor alle vakken behalve Nederlands. Het NIO-profiel (2024) en de cijfers van het afgelopen jaar passen bij kader. Door dyslexie en concentratieproblemen is extra ondersteuning nodig om dit niveau vast te houden.",
   bel=["Ernstige dyslexie (dyslexieverklaring 2021).","Concentratie vermindert na het derde lesuur.","Planning van huiswerk lukt niet zelfstandig."],
   bev=["Goed in praktische vakken (techniek, ICT).","Open houding; vraagt om hulp als hij dat nodig vindt.","Sportief; speelt voetbal bij een vereniging en heeft daar een stevig netwerk."],
   behoefte=["voorleessoftware en toetsen in vergroot lettertype","hulp bij plannen en overzicht","korte pauzemomenten tijdens lange toetsen"],
   steun=["Wekelijks planningsgesprek met de mentor (15 minuten, maandag 1e uur).","Inzet van voorleessoftware en 20% extra tijd bij toetsen, vanaf start schooljaar.","Steunles Nederlands, 1 x per week, door de remedial teacher."],
   doelen=["De leerling levert in periode 2 ten minste 80% van het huiswerk op tijd in (registratie Magister).","Nederlands: rapportcijfer periode 3 minimaal 5,5.","De leerling gebruikt zelfstandig de voorleessoftware bij alle toetsen (evaluatie mentor)."],
   afw="Vrijstelling voor het vak Frans in klas 2 (vervangen door extra Nederlands). Verder volgt de leerling het reguliere programma.",
   advies="De GZ-psycholoog (Praktijk Oudeland, rapport 2024) adviseert ondersteuning bij executieve functies. De school zet daarom de wekelijkse planningsgesprekken in. Het advies voor voorleessoftware van de dyslexiespecialist is volledig overgenomen.",
  )],
 "pro": [dict(group="leerjaar 3 (bovenbouw)", age=15,
   dest="arbeid: betaald werk in de groenvoorziening of logistiek, met een certificaat (branchecertificaat Groen) en eventueel mbo-entree",
   onder="De leerling werkt zelfstandig op de interne stage en haalt het certificaat heftruck veiligheid. Het IQ (2022) is 70 en de didactische niveaus liggen rond eind groep 6. Bij de stage-evaluaties scoort de leerling op werkhouding 'goed'.",
   bel=["Beperkte lees- en schrijfvaardigheid voor werkinstructies.","Laat zich snel afleiden door leeftijdgenoten.","Reistijd naar de stage (zelfstandig reizen nog niet geoefend)."],
   bev=["Punctueel en betrouwbaar op stage.","Goede motoriek, werkt graag buiten.","Grootmoeder steunt thuis bij plannen."],
   behoefte=["werkinstructies met foto's","oefening in zelfstandig reizen","een vaste stagebegeleider"],
   steun=["Externe stage 2 dagen per week bij Hoveniersbedrijf De Groene Kap, begeleid door de stagedocent (1 x per twee weken bezoek).","Reistraining door de jobcoach, 6 weken vanaf september.","Lessen Nederlands gericht op werkinstructies, 3 uur per week."],
   doelen=["In december reist de leerling zelfstandig met de bus naar de stage.","In juni haalt de leerling het branchecertificaat Groen.","De leerling leest en volgt een werkinstructie van 5 stappen zelfstandig (stage-evaluatie)."],
   afw="Geen afwijkingen van het onderwijsprogramma van het praktijkonderwijs.",
   advies="De jobcoach van het UWV-netwerk adviseert een stage in een kleine, rustige werkomgeving; de school heeft de stageplek daarop gekozen.",
  )],
 "vso": [dict(group="VSO arbeidsgroep 3", age=17,
   dest="profiel arbeidsmarktgericht: werk in de logistiek (orderpicken/magazijn), met ondersteuning van een jobcoach",
   onder="De leerling heeft een licht verstandelijke beperking (TIQ 62, 2023). Op stage in het magazijn werkt hij nauwkeurig en houdt hij een werkdag van 6 uur vol. De stagebeoordelingen van de laatste twee periodes zijn voldoende tot goed. De vorige plannen gingen uit van dagbesteding; door de groei op stage is het profiel bijgesteld.",
   bel=["Moeite met veranderingen in taken zonder uitleg.","Beperkte rekenvaardigheid (geld, tijd).","Vermoeidheid na lange dagen."],
   bev=["Zeer gemotiveerd voor werk.","Sociaal vaardig met collega's.","Goed netwerk thuis en een vaste stageplek."],
   behoefte=["een vaste werkplek met duidelijke taken","uitleg vooraf bij veranderingen","een opbouwende werkdag"],
   steun=["Stage 3 dagen per week bij Distributiecentrum Zandmolen, begeleiding door stagecoördinator (wekelijks contact).","Training werknemersvaardigheden 2 uur per week.","Rekenen met geld en tijd in de praktijkles, dagelijks."],
   doelen=["In april werkt de leerling 3 dagen van 6 uur zonder extra rustmomenten.","In juni haalt de leerling het certificaat Logistiek medewerker (praktijkverklaring).","De leerling kan zelf zijn werkrooster lezen en plannen (stage-evaluatie)."],
   afw="De leerling volgt het arbeidsmarktgerichte programma: geen examenvakken; in plaats daarvan praktijkvakken en stage (3 dagen per week).",
   advies="De commissie voor de begeleiding adviseert (vergadering 18 september) het profiel arbeidsmarktgericht en een toeleiding naar werk met jobcoach. De school volgt dit advies.",
  )],
}

HEAD = {  # alternative headings per element; layouts pick index
 "uitstroombestemming":["Te verwachten uitstroombestemming","Uitstroomperspectief","Ontwikkelingsperspectief (uitstroombestemming)","Waar werken we naartoe?","Verwachte uitstroom"],
 "onderbouwing":["Onderbouwing van de uitstroombestemming","Onderbouwing","Waarom verwachten we dit?","Argumentatie uitstroomperspectief","Onderbouwing (toetsgegevens en ontwikkeling)"],
 "belemmerende_factoren":["Belemmerende factoren","Belemmerende factoren","Wat maakt het leren lastig?","Risicofactoren / belemmerende factoren","Belemmerend"],
 "bevorderende_factoren":["Bevorderende factoren","Stimulerende factoren","Wat gaat er goed?","Beschermende factoren / sterke kanten","Bevorderend"],
 "ondersteuningsbehoefte":["Ondersteuningsbehoeften","Onderwijsbehoeften","Wat heeft de leerling nodig?","Onderwijs- en ondersteuningsbehoeften","Onderwijsbehoeften"],
 "ondersteuning":["Handelingsdeel: te bieden ondersteuning en begeleiding","Handelingsdeel","Welke ondersteuning bieden we?","Individuele begeleiding (handelingsdeel)","Inzet extra ondersteuning"],
 "afwijkingen_onderwijsprogramma":["Afwijkingen van het onderwijsprogramma","Afwijking van het reguliere programma","Wijkt het onderwijsprogramma af?","Aangepast programma / vrijstellingen","Afwijkingen onderwijsprogramma"],
 "doelen":["Doelen","Doelen voor de komende periode","Wat willen we bereiken?","Ontwikkeldoelen","Doelen (SMART)"],
 "adviezen_professionals":["Adviezen van deskundigen","Adviezen externe deskundigen","Wat adviseren deskundigen?","Advies commissie voor de begeleiding en deskundigen","Externe adviezen"],
 "oogo":["Op overeenstemming gericht overleg (OOGO)","Gesprek met ouders","Hoe is het plan besproken?","Overleg ouders en school","OOGO"],
 "inbreng_leerling":["Inbreng van de leerling","Stem van de leerling","Wat vindt de leerling zelf?","Hoorrecht: mening van de leerling","Inbreng leerling"],
 "evaluatie":["Evaluatie","Evaluatiemomenten","Wanneer kijken we terug?","Evaluatie en bijstelling","Evaluatie"],
 "informatie_rechten":["Informatie over rechten van ouders","Instemmingsrecht en bezwaar","Wat als u het niet eens bent?","Rechten en geschillen","Rechten"],
 "vaststelling":["Vaststelling","Vaststelling door het bevoegd gezag","Wie heeft het plan vastgesteld?","Vaststelling OPP","Vastgesteld"],
}
ORDER = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren","ondersteuningsbehoefte",
         "ondersteuning","afwijkingen_onderwijsprogramma","doelen","adviezen_professionals","inbreng_leerling","oogo","evaluatie","informatie_rechten","vaststelling"]
ELEMENTS = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren","ondersteuningsbehoefte","ondersteuning",
            "afwijkingen_onderwijsprogramma","doelen","adviezen_professionals","oogo","instemming_ouders","inbreng_leerling","evaluatie",
            "informatie_rechten","vaststelling"]

PLACEHOLDERS = ["...","n.t.b.","nog aanvullen","volgt na overleg","[tekst]","nog invullen","xxx"]
INSTRUCTIONS = {
 "uitstroombestemming":"Vul hier de verwachte uitstroombestemming in (bijv. vmbo-bb, vmbo-kb, havo; in het vso een van de drie profielen).",
 "onderbouwing":"Onderbouw de uitstroombestemming met toetsgegevens, IQ-gegevens en de ontwikkeling over de afgelopen jaren. Verwijs niet alleen naar bijlagen.",
 "belemmerende_factoren":"Beschrijf hier maximaal 5 belemmerende factoren op het gebied van leren, werkhouding, sociaal-emotioneel en thuissituatie.",
 "bevorderende_factoren":"Beschrijf hier de bevorderende (stimulerende) factoren. Denk aan sterke kanten van de leerling, de groep en de thuissituatie.",
 "ondersteuningsbehoefte":"Formuleer de onderwijsbehoeften als: deze leerling heeft ... nodig om ...",
 "ondersteuning":"Beschrijf per doel: wat wordt er gedaan, door wie, hoe vaak en vanaf wanneer. Dit deel vormt het handelingsdeel waarop ouders instemmingsrecht hebben.",
 "afwijkingen_onderwijsprogramma":"Geef aan of er wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, minder onderwijstijd). Zo ja: beschrijf de afwijking.",
 "doelen":"Formuleer de doelen SMART: specifiek, meetbaar, acceptabel, realistisch en tijdgebonden.",
 "adviezen_professionals":"Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo":"Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
 "inbreng_leerling":"Beschrijf hier hoe de leerling is gehoord, wat hij/zij heeft ingebracht en wat daarmee in het plan is gedaan.",
 "evaluatie":"Vermeld de data waarop het OPP met ouders en leerling wordt geëvalueerd (minimaal 1 x per schooljaar).",
 "informatie_rechten":"Standaardtekst over instemmingsrecht en geschillen hier invoegen.",
 "vaststelling":"Datum vaststelling en naam directeur invullen.",
}

def pupil_text(el, p, ctx):
    """Return list of IR blocks for element el in variant 'present'."""
    nm = ctx["first"]
    st = ctx["type"]
    if el=="uitstroombestemming":
        return [("p", p["dest"][0].upper()+p["dest"][1:]+".")]
    if el=="onderbouwing":
        return [("p", p["onder"])]
    if el=="belemmerende_factoren":
        return [("ul", p["bel"])]
    if el=="bevorderende_factoren":
        return [("ul", p["bev"])]
    if el=="ondersteuningsbehoefte":
        return [("p", f"{nm} heeft nodig:"), ("ul", p["behoefte"])]
    if el=="ondersteuning":
        return [("ul", p["steun"])]
    if el=="afwijkingen_onderwijsprogramma":
        return [("p", p["afw"])]
    if el=="doelen":
        return [("ul", p["doelen"])]
    if el=="adviezen_professionals":
        return [("p", p["advies"])]
    if el=="oogo":
        d = ctx["oogo_date"]
        who = "moeder en vader" if not ctx.get("adult") else f"{nm} zelf en zijn moeder"
        return [("p", f"Het ontwikkelingsperspectief is op {dlong(d)} besproken met {who} (op overeenstemming gericht overleg). Aanwezig namens school: {ctx['mentor']} ({ctx['mentor_role']}) en {ctx['ib']} ({ctx['ib_role']}). Ouders konden zich vinden in de uitstroombestemming; hun opmerking over de huiswerkbelasting is verwerkt in de ondersteuning.")]
    if el=="inbreng_leerling":
        return [("p", f"Gesprek met {nm} op {dlong(addd(ctx['oogo_date'],-5))} met de {ctx['mentor_role']}. {nm} vertelde: \"{ctx['quote']}\""),
                ("p", f"Wat we ermee doen: {ctx['quote_effect']}")]
    if el=="evaluatie":
        e1, e2 = ctx["eval1"], ctx["eval2"]
        wie = "ouders en de leerling" if not ctx["pre2025"] else "ouders"
        if ctx.get("adult"): wie = f"{nm} (en, als hij dat wil, zijn ouders)"
        return [("p", f"Het OPP wordt twee keer per schooljaar geëvalueerd met {wie}: rond {dlong(e1)} (tussenevaluatie) en rond {dlong(e2)} (jaarevaluatie). We bespreken dan per doel of het is behaald en of de ondersteuning wordt bijgesteld. Bij een bijstelling van het handelingsdeel wordt opnieuw om instemming gevraagd.")]
    if el=="informatie_rechten":
        ouders = "u" 
        return [("p", "Ouders (of de meerderjarige, handelingsbekwame leerling) hebben instemmingsrecht op het handelingsdeel. Zonder uw instemming kan het handelingsdeel niet worden vastgesteld. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de mentor of de intern begeleider. U kunt ook contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met een onderwijsconsulent (gratis). Daarnaast kunt u binnen zes weken na vaststelling van het OPP een verzoek indienen bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")]
    if el=="vaststelling":
        return [("p", f"Het ontwikkelingsperspectief is vastgesteld op {dlong(ctx['vast_date'])} door {ctx['director']}, directeur, namens het bevoegd gezag.")]
    raise KeyError(el)

QUOTES = [("Ik wil niet steeds uit de klas gehaald worden, dan mis ik de uitleg.","de remedial teaching vindt plaats aan het begin van de dag, zodat de leerling geen instructie in de klas mist."),
          ("Als het druk is in de gang word ik boos. Ik wil eerder weg uit de les.","de leerling mag vijf minuten eerder vertrekken naar de volgende les (pasje van de mentor)."),
          ("Ik vind stage leuk, maar de bus vind ik eng.","de reistraining is naar voren gehaald en begint in september."),
          ("Ik wil zelf kiezen wanneer ik naar de rustplek ga.","de time-out-kaart is vervangen door een afspraak dat de leerling zelf de rustplek mag kiezen, met een maximum van 10 minuten."),
          ("Voorlezen op de computer helpt, maar niet met een koptelefoon die niet werkt.","er is een eigen koptelefoon aangeschaft; de mentor controleert in week 1 of de software werkt."),
          ("Ik wil graag in het magazijn blijven werken en niet op de afdeling retour.","de stageplek is in overleg met het bedrijf vastgelegd in het magazijn.")]
