# Content model: pupil profiles and per-element text (present / gap variants). Deterministic.
import datetime as dt

E = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren",
     "ondersteuningsbehoefte","ondersteuning","afwijkingen_onderwijsprogramma","doelen",
     "adviezen_professionals","oogo","instemming_ouders","inbreng_leerling","evaluatie",
     "informatie_rechten","vaststelling"]
CUTOFF = dt.date(2025,8,1)
MONTHS = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
def dlong(d): return f"{d.day} {MONTHS[d.month-1]} {d.year}"
def dnum(d): return d.strftime("%d-%m-%Y")

def pr(p):  # pronouns
    return dict(hij=("hij" if p["m"] else "zij"), Hij=("Hij" if p["m"] else "Zij"),
                zijn=("zijn" if p["m"] else "haar"), Zijn=("Zijn" if p["m"] else "Haar"),
                hem=("hem" if p["m"] else "haar"))

PROFILES = {
 "rekenen": dict(
   uit="vmbo kader (basis-kaderberoepsgerichte leerweg, mogelijk met lwoo)",
   onder="De DLE voor rekenen-wiskunde lag bij de laatste drie afnames rond {dle1} (achterstand ruim een jaar), terwijl technisch lezen en begrijpend lezen rond het groepsniveau liggen. Het onderzoek van {ortho} (maart {yr}) liet een gemiddelde verbale en een zwakkere perceptuele verwerking zien. De leerrendementsverwachting voor rekenen is circa 60%. Samen met de goede taalresultaten en de inzet van {N} komen we uit op vmbo kader.",
   bel=["Automatisering van de tafels en de splitsingen tot 20 is nog niet stevig; {hij} telt vaak op de vingers.","Bij toetsen wordt {hij} gespannen en klapt {hij} dicht als een som niet lukt.","Werkgeheugen: meerstappige opdrachten raakt {hij} halverwege kwijt."],
   bev=["{N} is een harde werker en vraagt hulp als {hij} vastloopt.","Lezen en spelling gaan goed; {hij} leest graag informatieve boeken.","Ouders oefenen thuis dagelijks tien minuten met de tafelapp."],
   behoefte=["Rekeninstructie in kleine stappen met concreet materiaal (MAB, getallenlijn) en een voorbeeldsom op het bureau.","Extra inoefentijd op de automatisering, kort en vaak.","Een leerkracht die benoemt wat al wel lukt, en toetsen in een rustige ruimte met extra tijd."],
   steun=["Verlengde instructie rekenen aan de instructietafel, 4x per week 15 minuten, door de groepsleerkracht ({lk}).","Remedial teaching rekenen buiten de groep, 2x per week 30 minuten, door {rt} (RT'er), vanaf {start}.","Gebruik van tafelkaart en rekenmachine bij redactiesommen; toetsen in de stilteruimte met 50% extra tijd."],
   afw="{N} werkt voor rekenen-wiskunde op een eigen leerlijn (op het niveau van eind groep {lg}) en sluit niet aan bij de methodetoetsen van de groep; voor de overige vakken volgt {hij} het programma van de groep.",
   doelen=["In {gm} beheerst {N} de tafels 1 t/m 5 en 10: 40 sommen in 2 minuten met minimaal 90% goed (tempotoets).","In {gm} kan {N} getallen tot 1000 positioneren op de lege getallenlijn (8 van de 10 goed).","{N} gebruikt bij redactiesommen zelfstandig het stappenplan 'lees-teken-reken-check' (observatie leerkracht, 3 van de 4 lessen)."],
   adv="{ortho} (orthopedagoog, Onderwijsadviesbureau Kiemkracht) adviseerde in het verslag van maart {yr}: dagelijks korte automatiseringsmomenten, visuele ondersteuning en geen tijdsdruk bij toetsen. De school heeft de automatiseringsmomenten en de toetsafspraken overgenomen (zie ondersteuning); het advies om dyscalculie-onderzoek te laten doen volgt de school nog niet, omdat eerst een jaar RT wordt afgewacht."),
 "taal": dict(
   uit="vmbo theoretische leerweg (vmbo-t)",
   onder="{N} heeft een taalontwikkelingsstoornis (TOS), vastgesteld door het audiologisch centrum in {yr}. Begrijpend lezen en woordenschat liggen op een DLE van {dle1}, rekenen ligt op groepsniveau (Cito M{g}: niveau III). De niet-verbale capaciteiten zijn gemiddeld (NVIQ 98). Gezien de goede rekenresultaten en het doorzettingsvermogen verwachten we vmbo-t; de taal blijft de beperkende factor.",
   bel=["Moeite met het begrijpen van lange mondelinge instructies en met nieuwe woorden.","{Hij} vertelt moeilijk wat er gebeurd is, waardoor conflicten op het plein escaleren.","Vermoeidheid aan het eind van de dag door het vele luisteren."],
   bev=["Sterk visueel geheugen en goed in rekenen.","{N} is sociaal, heeft twee vaste vriend(inn)en in de groep.","Ouders zijn betrokken en volgen de adviezen van de logopedist thuis op."],
   behoefte=["Instructie met visuele ondersteuning (pictogrammen, woordweb) en korte zinnen.","Voorbereiden van nieuwe woorden vóór de les (pre-teaching).","Controle of de opdracht begrepen is: {N} herhaalt de opdracht in eigen woorden."],
   steun=["Pre-teaching woordenschat 2x per week 20 minuten door de onderwijsassistent ({oa}).","Ambulante begeleiding vanuit cluster 2 (Ambulante Dienst Taal & Horen Vlietstreek, begeleider {ab}) 1x per twee weken, gericht op de leerkracht.","Logopedie onder schooltijd (extern, {logo}) op dinsdagochtend."],
   afw="Geen afwijkingen van het onderwijsprogramma: {N} volgt het reguliere programma met aanpassingen in de instructie.",
   doelen=["In {gm} kent {N} 80% van de 60 thema-woorden uit de woordenschatlijst (toets door onderwijsassistent).","{N} vertelt na het weekend in 5 zinnen wat {hij} gedaan heeft met wie/wat/waar (kringgesprek, 3 van de 4 keer).","Bij begrijpend lezen past {N} de strategie 'voorspellen' zelfstandig toe (observatie, eind {gm})."],
   adv="De logopedist ({logo}) adviseert korte zinnen, visuele ondersteuning en herhalen van de kern. De ambulant begeleider adviseerde in het verslag van {yr} een vaste plaats vooraan en een dagritmekaart. Beide adviezen zijn in de ondersteuning opgenomen."),
 "gedrag": dict(
   uit="havo",
   onder="De leerresultaten liggen boven het landelijk gemiddelde (Cito/DLE begrijpend lezen {dle1}, rekenen niveau I/II). Het intelligentieonderzoek ({yr}) liet een totaal-IQ van 118 zien. De ADHD-diagnose en de werkhouding maken de verwachting niet hoger dan havo; bij goede planningsvaardigheden is vwo niet uitgesloten.",
   bel=["Impulsief gedrag: {N} roept door de les heen en loopt weg bij frustratie.","Moeite met plannen en starten met zelfstandig werk.","Ruzies in de pauze, vooral bij vrij spel zonder duidelijke regels."],
   bev=["Snel van begrip, grote algemene kennis.","{N} reageert goed op humor en een vaste, voorspelbare leerkracht.","Sport (voetbal) geeft {hem} een positieve uitlaatklep; de trainer is betrokken."],
   behoefte=["Duidelijke structuur en een dagplanning op de tafel.","Korte taken met een time-timer en een vast beloningsmoment.","Een time-out plek in de klas en een afgesproken signaal als het te veel wordt."],
   steun=["Arrangement van het samenwerkingsverband: ambulant begeleider gedrag ({ab}) 1x per week 45 minuten (observatie, coaching leerkracht, gesprekje met {N}), van {start} tot de zomervakantie.","Dagelijks check-in en check-out bij de leerkracht ({lk}) met de dagkaart.","Pauzebegeleiding: {N} kiest bij vrij spel uit twee gestructureerde activiteiten; de pleinwacht weet dit."],
   afw="n.v.t. — {N} volgt het volledige programma van de groep, zonder vrijstellingen of aangepaste leertijd.",
   doelen=["{N} werkt in {gm} 3 van de 4 zelfstandig-werkenmomenten 20 minuten door zonder weg te lopen (turflijst leerkracht).","Het aantal incidenten in de pauze daalt van gemiddeld 3 per week (nulmeting sept.) naar hoogstens 1 per week in {gm}.","{N} maakt op maandag met de leerkracht een weekplanning en houdt die in 4 van de 5 dagen bij."],
   adv="De kinderpsychiater van de jeugd-GGZ ({psy}) adviseerde in het behandelplan van {yr}: voorspelbaarheid, directe positieve feedback en een vaste time-outprocedure. De ambulant begeleider adviseerde de dagkaart. De school voert beide uit; medicatie valt buiten de school."),
 "breed": dict(
   uit="praktijkonderwijs",
   onder="Het intelligentieonderzoek ({ortho}, {yr}) gaf een totaal-IQ van 72. De leerrendementen liggen voor lezen en rekenen rond 50% (technisch lezen {dle1}, rekenen DLE 20). {N} ontwikkelt zich gelijkmatig maar langzaam; de verwachte eindniveaus (rekenen eind groep 5, lezen AVI E5) passen bij praktijkonderwijs.",
   bel=["Trage informatieverwerking; {hij} heeft veel herhaling nodig.","Weinig zelfvertrouwen, zegt snel 'dat kan ik niet'.","Thuis weinig gelegenheid om te oefenen (grote gezinssituatie)."],
   bev=["{N} is behulpzaam en praktisch ingesteld; werkt graag met de handen (techniekles, tuin).","Gemotiveerd als {hij} succes ervaart.","Goede band met de groepsleerkracht."],
   behoefte=["Leerstof in kleine stappen met veel herhaling en praktische toepassing.","Een vaste routine en vooraf weten wat er komt.","Complimenten voor inzet en succeservaringen."],
   steun=["{N} werkt in leerroute 3 van de school met een eigen weektaak; instructie in een subgroepje van 4 leerlingen, dagelijks, door de groepsleerkracht ({lk}).","Extra leesbegeleiding (RALFI) 3x per week 15 minuten door de onderwijsassistent ({oa}).","Praktijkmiddag techniek op donderdag."],
   afw="{N} volgt een eigen leerlijn (leerroute 3, uitstroom praktijkonderwijs): voor rekenen en begrijpend lezen gelden aangepaste einddoelen (referentieniveau 1F niet haalbaar; doelen tot eind groep 5/6). Engels in groep 7/8 vervalt ten gunste van extra leestijd.",
   doelen=["In {gm} leest {N} AVI E4-tekst op beheersingsniveau (toets onderwijsassistent).","In {gm} kan {N} betalen met gepast geld tot € 20 in de winkelhoek (4 van de 5 keer goed).","{N} begint zelfstandig aan de weektaak na het startsignaal (observatie, 4 van de 5 dagen)."],
   adv="De orthopedagoog ({ortho}) adviseerde in het onderzoeksverslag ({yr}) een praktische leerroute en uitstroom naar praktijkonderwijs; de commissie van begeleiding van de school heeft dit advies besproken en overgenomen."),
 "sbo_gedrag": dict(
   uit="vmbo basisberoepsgerichte leerweg met leerwegondersteuning (vmbo-bb + lwoo)",
   onder="Totaal-IQ 84 (WISC-V, {yr}). Rekenen {dle1}, technisch lezen DLE 32, begrijpend lezen DLE 25. De sociaal-emotionele problematiek (hechting) remt de leerresultaten; bij gelijkblijvende ontwikkeling komt {N} uit op 1F-niveau, passend bij vmbo-bb met lwoo.",
   bel=["Wantrouwen naar volwassenen; nieuwe leerkrachten worden getest.","Snel boos bij correctie, ook bij kleine fouten.","Veel wisselingen in de thuissituatie (verblijf bij oma en moeder)."],
   bev=["Sterk in praktische en creatieve opdrachten (tekenen, bouwen).","Heeft een goede band met de gymleerkracht.","Jeugdhulp is betrokken en werkt samen met school."],
   behoefte=["Een vaste volwassene in school bij wie {N} terecht kan.","Correctie privé en kort, met eerst iets positiefs.","Voorspelbaarheid: wisselingen van leerkracht vooraf aankondigen."],
   steun=["Vaste mentor in school ({lk}); dagelijks startgesprekje van 5 minuten.","Groepstraining sociale vaardigheden (Rots en Water) 1x per week door de gedragsspecialist ({ab}), 12 weken vanaf {start}.","Afstemmingsoverleg school–jeugdhulp ({psy}) eens per 6 weken."],
   afw="Geen afwijkingen: {N} volgt het sbo-programma van de groep op leerroute 2.",
   doelen=["{N} accepteert in {gm} correctie op werk zonder weglopen in 4 van de 5 situaties (registratie leerkracht).","{N} benoemt in het startgesprekje hoe {hij} zich voelt met de gevoelsthermometer (dagelijks, eind {gm}).","Rekenen: in {gm} beheerst {N} aftrekken tot 100 met tiental-overschrijding (80% goed, methodetoets)."],
   adv="De gedragswetenschapper van de jeugdhulp ({psy}) adviseert een vaste volwassene en het vermijden van publieke correctie. Het onderzoek van de orthopedagoog ({ortho}, {yr}) adviseerde leerroute 2. De school heeft de vaste mentor ingezet en leerroute 2 gekozen."),
 "hb": dict(
   uit="vwo",
   onder="{N} scoort op alle Cito/LVS-toetsen op niveau I+ (DLE's ruim boven het groepsniveau, rekenen {dle1}). Het intelligentieonderzoek ({yr}) gaf een totaal-IQ van 134. De onderpresteren in werkhouding en de faalangst maken begeleiding nodig, maar doen aan de verwachting vwo niets af.",
   bel=["Faalangst: {N} begint niet aan een taak als {hij} niet zeker weet dat het goed gaat.","Weinig leerstrategieën; alles ging tot nu toe vanzelf.","Voelt zich soms een buitenstaander in de groep."],
   bev=["Zeer snel van begrip, grote nieuwsgierigheid (sterrenkunde, geschiedenis).","Goede taalvaardigheid, schrijft graag verhalen.","Ouders stimuleren en zijn betrokken."],
   behoefte=["Compacten van de basisstof en uitdagende verrijkingstaken.","Leren leren: plannen, doorzetten, fouten maken mag.","Ontwikkelingsgelijken: contact met kinderen van een vergelijkbaar denkniveau."],
   steun=["Compacten rekenen en spelling volgens de werkwijze van de school; verrijkingsmap Levelwerk, door de leerkracht ({lk}).","Plusklas bovenschools, elke woensdagochtend, begeleider {ab}.","Coachgesprek faalangst met de ib'er ({ib}) 1x per twee weken, 20 minuten."],
   afw="Het onderwijsprogramma wijkt af: rekenen en spelling worden gecompact (ongeveer de helft van de basisstof vervalt) en {N} is op woensdagochtend afwezig in de groep voor de plusklas.",
   doelen=["{N} rondt in {gm} een eigen onderzoeksproject af met een plan, tussenproduct en presentatie (rubric plusklas, minimaal 'voldoende' op plannen).","{N} begint bij een nieuwe taak binnen 3 minuten en vraagt hulp als {hij} vastloopt (observatie leerkracht, 4 van de 5 keer).","{N} maakt in {gm} minimaal 70% van de Levelwerk-taken af."],
   adv="De psycholoog ({ortho}) adviseerde in het verslag van {yr}: compacten en verrijken, aandacht voor faalangst en contact met ontwikkelingsgelijken. De school volgt alle drie de adviezen (zie de ondersteuning)."),
}
