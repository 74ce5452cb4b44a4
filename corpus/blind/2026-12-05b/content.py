"""Invented pupil profiles and element wording. Everything here is fiction."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def dnum(d):
    return d.strftime("%d-%m-%Y")


def dshort(d):
    return f"{d.day}-{d.month}-{str(d.year)[2:]}"


# --- profiles: what the child needs; {n}=first name, {hij}/{zijn}/{Hij}/{Zijn} pronouns -----------
PROFILES = {
 "dys": dict(
   onderbouwing="Op de methode-onafhankelijke toetsen scoort {n} bij begrijpend lezen en spelling al drie jaar "
     "op IV/V-niveau (DLE spelling {dle} maanden achter), bij rekenen op II-niveau. Het intelligentieonderzoek "
     "(WISC-V, {testjaar}) laat een gemiddeld totaal-IQ zien (TIQ 98) met een zwakker werkgeheugen. "
     "De leerrendementen van de laatste twee jaar liggen rond 60%. Gelet op deze gegevens en {zijn} inzet "
     "verwachten wij dat {n} uitstroomt naar {dest}.",
   belem=[("Leren", "Ernstige dyslexie (verklaring {testjaar}); traag en onnauwkeurig decoderen"),
          ("Sociaal-emotioneel", "Faalangst bij toetsen; klapt dicht bij hardop lezen"),
          ("Werkhouding", "Raakt snel vermoeid bij lange leesteksten")],
   bevord=[("Leren", "Sterk in rekenen en in mondeling begrip"),
           ("Sociaal-emotioneel", "Geliefd in de groep, helpt anderen graag"),
           ("Thuis", "Ouders lezen dagelijks samen met {n} en zijn zeer betrokken")],
   behoefte=["een leerkracht die instructie vooraf (pre-teaching) geeft bij nieuwe leesteksten",
             "gesproken teksten en voorleessoftware bij zaakvakken en toetsen",
             "extra tijd (25%) bij toetsen en toetsen in een rustige ruimte",
             "complimenten op inzet, niet alleen op resultaat"],
   ondersteuning=[("Leesinterventie 'Vlot Vooruit'", "RT'er Marloes Terpstra", "3x per week 20 min", "vanaf 1 {startmaand}"),
                  ("Voorleessoftware op eigen laptop", "groepsleerkracht", "dagelijks", "vanaf {startmaand}"),
                  ("Faalangstreductietraining (groepje van 4)", "schoolmaatschappelijk werk", "1x per week, 8 weken", "vanaf {startmaand}")],
   doelen=["Eind {evalmaand} leest {n} AVI-niveau E5 met een nauwkeurigheid van minimaal 95%.",
           "Op de DMT-kaart 3 stijgt de score van 38 naar minimaal 50 woorden per minuut.",
           "{n} maakt bij toetsen zelfstandig gebruik van de voorleessoftware (observatie leerkracht, 4 van de 5 toetsen)."],
   advies="Orthopedagoog drs. Hanneke Dijkstal (Leerpunt Noordoever) adviseerde in haar verslag van {advdatum}: "
     "dagelijkse intensieve leesbegeleiding, compenserende software en aandacht voor faalangst. "
     "De school volgt dit advies: de leesinterventie en de faalangsttraining zijn opgenomen in het handelingsdeel.",
   afwijking="{n} volgt voor spelling een eigen leerlijn op het niveau van eind groep 5; Engels wordt mondeling getoetst. "
     "Tijdens de dictees werkt {n} met het eigen programma.",
   view=("{n} vertelde in het gesprek met de mentor: \u2018Ik wil niet meer voor de klas voorlezen, dan ga ik zweten. Met de laptop kan ik het wel.\u2019",
         "Daarom leest {n} niet meer onvoorbereid hardop voor de groep, en oefent {hij} de tekst eerst met de RT'er."),
 ),
 "ass": dict(
   onderbouwing="{n} heeft een gemiddelde tot bovengemiddelde intelligentie (TIQ 108, WISC-V {testjaar}). De "
     "didactische resultaten liggen op of boven het landelijk gemiddelde (Cito/DIA I-II). De belemmering zit in "
     "het functioneren in grote groepen en bij onverwachte veranderingen. Met de huidige ondersteuning is het "
     "niveau {dest} haalbaar; dat blijkt uit de resultaten van de laatste twee schooljaren.",
   belem=[("Sociaal-emotioneel", "Autismespectrumstoornis; overprikkeling in drukke situaties (gang, pauze)"),
          ("Communicatie", "Vat taal letterlijk op, vraagt zelf geen hulp"),
          ("Werkhouding", "Raakt van slag bij roosterwijzigingen en invalleerkrachten")],
   bevord=[("Leren", "Goed geheugen, sterk in wiskunde/rekenen en techniek"),
           ("Werkhouding", "Werkt nauwkeurig en zelfstandig als de taak helder is"),
           ("Thuis", "Stabiele thuissituatie, goede samenwerking ouders en school")],
   behoefte=["een vaste, voorspelbare dagstructuur en tijdig bericht bij wijzigingen",
             "een vaste prikkelarme werkplek en een time-outkaart",
             "concrete, eenduidige instructie en opdrachten in stappen",
             "een vast aanspreekpunt (coach) bij wie {hij} dagelijks kan inchecken"],
   ondersteuning=[("Dagelijkse check-in en check-out", "coach Dirk van Solingen", "dagelijks 10 min", "vanaf {startmaand}"),
                  ("Dagplanner op papier en in de app", "mentor", "wekelijks bijgewerkt", "vanaf {startmaand}"),
                  ("Training sociale vaardigheden", "ambulant begeleider SWV", "1x per 2 weken", "vanaf {startmaand}")],
   doelen=["{n} gebruikt de time-outkaart zelf voordat {hij} overprikkeld raakt: in minstens 4 van de 5 situaties (registratie coach) voor {evalmaand}.",
           "{n} meldt een gemiste of onduidelijke opdracht binnen een dag zelf bij de docent (doel: 3 keer per week zichtbaar in het logboek).",
           "Verzuim door overprikkeling daalt van gemiddeld 2 dagen naar maximaal 1 dag per maand."],
   advies="GZ-psycholoog mw. E. Braakhuis (Praktijk De Meander) adviseerde na de diagnostiek ({advdatum}) een voorspelbare omgeving, "
     "een vast aanspreekpunt en psycho-educatie. De school heeft de check-in bij de coach en de vaste werkplek ingevoerd; "
     "psycho-educatie loopt via de behandelaar.",
   afwijking="{n} volgt gym in een kleine groep (max. 8 leerlingen) en neemt niet deel aan het schoolkamp; daarvoor in de plaats "
     "doet {hij} een vervangende opdracht op school.",
   view=("{n} zegt zelf: \u2018In de aula is het te hard. Ik wil in de pauze ergens anders zitten.\u2019",
         "Met {n} is afgesproken dat {hij} de pauze in het stiltelokaal mag doorbrengen; dat staat nu in het handelingsdeel."),
 ),
 "lvb": dict(
   onderbouwing="Uit het psychologisch onderzoek ({testjaar}) blijkt een TIQ van 71, met een gelijkmatig profiel. "
     "De leerachterstand bij lezen en rekenen is {dle} maanden en loopt op; het leerrendement is ongeveer 50%. "
     "{n} leert het best in een kleine groep met praktische opdrachten. Op grond hiervan verwachten wij uitstroom naar {dest}.",
   belem=[("Leren", "Laag leertempo; begrijpend lezen op niveau groep 4"),
          ("Werkhouding", "Kort concentratievermogen (ca. 10 minuten)"),
          ("Thuis", "Weinig ondersteuning bij huiswerk; ouders spreken thuis vooral Pools")],
   bevord=[("Praktisch", "Handig met de handen, werkt graag buiten en met materialen"),
           ("Sociaal-emotioneel", "Vrolijk, behulpzaam en gemotiveerd"),
           ("Werkhouding", "Komt afspraken na als die kort en visueel zijn")],
   behoefte=["korte instructies, ondersteund met pictogrammen of voorbeelden",
             "veel herhaling en praktische oefening",
             "een kleine groep en een vaste leerkracht",
             "een duidelijke weektaak met niet meer dan drie onderdelen per dag"],
   ondersteuning=[("Verlengde instructie rekenen in de instructietafel", "groepsleerkracht", "dagelijks 15 min", "vanaf {startmaand}"),
                  ("Begeleiding door onderwijsassistent bij zelfstandig werken", "onderwijsassistent Ilse Vonk", "4 ochtenden per week", "vanaf {startmaand}"),
                  ("Taalstimulering ouders via Ouder-Kindcentrum", "intern begeleider", "1x per maand overleg", "vanaf {startmaand}")],
   doelen=["{n} beheerst voor {evalmaand} de tafels van 1 t/m 5 (80% goed op de tafeltoets).",
           "{n} leest AVI M4 met voldoende tempo en nauwkeurigheid voor {evalmaand}.",
           "{n} werkt 15 minuten zelfstandig aan de weektaak zonder hulp te vragen (observatie, 3 van 4 keer)."],
   advies="De schoolpsycholoog (dhr. R. Alberdink, {advdatum}) adviseerde een eigen leerlijn voor rekenen en lezen en praktische verwerking. "
     "Het advies is overgenomen: {n} volgt vanaf dit schooljaar de eigen leerlijn, zie de afwijkingen hieronder.",
   afwijking="{n} werkt voor rekenen en begrijpend lezen op een eigen leerlijn (niveau eind groep 5 als einddoel). "
     "Voor Engels is {n} vrijgesteld; in die tijd oefent {hij} technisch lezen.",
   view=("{n} vertelt dat {hij} het fijn vindt om buiten te werken en dat rekenen op de computer beter gaat dan uit het boek.",
         "Op verzoek van {n} oefent {hij} de tafels voortaan met het computerprogramma in plaats van met het werkboek."),
 ),
 "tos": dict(
   onderbouwing="{n} heeft een taalontwikkelingsstoornis (TOS), vastgesteld door Spraakcentrum De Klankkast ({testjaar}). "
     "Nonverbaal scoort {n} gemiddeld (NIQ 96). De achterstand bij woordenschat en begrijpend lezen (DLE {dle} maanden achter) "
     "hangt samen met de TOS; rekenen gaat naar verwachting. Daarom is {dest} een realistische verwachting.",
   belem=[("Taal/communicatie", "Beperkte woordenschat en moeite met zinsbouw; begrijpt lange instructies niet"),
          ("Sociaal-emotioneel", "Wordt snel boos als {hij} zich niet begrepen voelt"),
          ("Leren", "Begrijpend lezen ver onder niveau")],
   bevord=[("Leren", "Goed in rekenen en visueel denken"),
           ("Sociaal-emotioneel", "Doorzetter, wil graag leren"),
           ("Omgeving", "Krijgt logopedie; ouders oefenen thuis met woordkaarten")],
   behoefte=["korte zinnen en visuele ondersteuning bij instructie",
             "voorbewerken van nieuwe woorden (woordenschatdidactiek)",
             "checken of de opdracht begrepen is (laten navertellen)",
             "een leerkracht die de logopedische doelen in de klas terug laat komen"],
   ondersteuning=[("Logopedie onder schooltijd", "logopedist Femke Oudejans", "1x per week 30 min", "vanaf {startmaand}"),
                  ("Woordenschat voorbewerken met visuele woordkaarten", "onderwijsassistent", "3x per week 15 min", "vanaf {startmaand}"),
                  ("Ambulante begeleiding cluster 2", "ambulant begeleider De Klankkast", "1x per 6 weken overleg", "vanaf {startmaand}")],
   doelen=["{n} kent voor {evalmaand} 80% van de 60 thematische woorden uit de woordenlijst (toets woordkaarten).",
           "{n} vertelt een opdracht na in eigen woorden voordat {hij} begint (4 van de 5 keer, observatie leerkracht).",
           "Het aantal boze uitbarstingen daalt van 3 naar hooguit 1 per week (registratie in het logboek)."],
   advies="De logopedist en de ambulant begeleider van De Klankkast adviseerden ({advdatum}) visuele ondersteuning, woordenschatdidactiek "
     "en een vaste plek dicht bij de instructie. Deze adviezen zijn verwerkt in de aanpak in de groep.",
   afwijking="{n} krijgt 30 minuten per week logopedie onder schooltijd, tijdens de les Engels; Engels wordt in aangepaste vorm aangeboden.",
   view=("{n} geeft aan dat {hij} de woordkaarten fijn vindt, maar niet uit de klas gehaald wil worden als de anderen gym hebben.",
         "De logopedie is daarom verplaatst naar het uur Engels in plaats van gym."),
 ),
 "gedrag": dict(
   onderbouwing="{n} heeft een gemiddelde intelligentie (TIQ 93, {testjaar}). De resultaten zijn wisselend: rekenen op niveau, "
     "lezen en spelling 6 tot 10 maanden achter, vooral door gemiste lestijd na schorsingen. Als de gedragsregulatie verbetert, "
     "verwachten we uitstroom naar {dest}.",
   belem=[("Gedrag", "ADHD (gecombineerd type); impulsief, ruzie op het plein"),
          ("Sociaal-emotioneel", "Hechtingsproblematiek; wantrouwig naar nieuwe volwassenen"),
          ("Thuis", "Wisselende woonsituatie (vader/moeder), jeugdhulp betrokken")],
   bevord=[("Leren", "Snel van begrip bij rekenen en in gesprekken"),
           ("Relatie", "Goede band met de huidige leerkracht"),
           ("Vrije tijd", "Voetbalt bij een club en houdt zich daar aan de regels")],
   behoefte=["een vaste volwassene die voorspelbaar reageert en de relatie bewaakt",
             "duidelijke regels met directe, korte feedback",
             "bewegingsmomenten tussen de lessen",
             "een plan voor de pauze (begeleid spel)"],
   ondersteuning=[("Beloningssysteem met dagkaart", "groepsleerkracht", "dagelijks", "vanaf {startmaand}"),
                  ("Begeleid spel in de pauze", "pleinwacht/onderwijsassistent", "dagelijks", "vanaf {startmaand}"),
                  ("Overleg school, ouders en jeugdhulp (Jeugdteam Oostwaard)", "intern begeleider", "1x per 6 weken", "vanaf {startmaand}")],
   doelen=["Het aantal incidenten op het plein daalt voor {evalmaand} van gemiddeld 4 naar maximaal 1 per week (registratie in het leerlingvolgsysteem).",
           "{n} haalt 4 van de 5 dagen per week de dagkaart (minimaal 8 van de 10 punten).",
           "De achterstand spelling neemt niet verder toe (DLE-winst minimaal 5 over 5 maanden)."],
   advies="De behandelaar van Jeugdteam Oostwaard (mw. S. Hoogendoorn) adviseerde in het overleg van {advdatum} een vaste "
     "begeleider en korte, positieve feedback. De school werkt met de dagkaart en de vaste pleinbegeleiding.",
   afwijking="{n} volgt tijdelijk een aangepast rooster: op woensdag en vrijdag tot 12.00 uur (4 uur minder per week), "
     "met afbouw naar een volledig rooster voor de meivakantie. De Inspectie is geïnformeerd.",
   view=("{n} zegt dat het op het plein misgaat als iedereen tegelijk voetbalt.",
         "Samen met {n} is afgesproken dat {hij} in de pauze een vaste rol krijgt (materiaalbeheerder), en dat is als afspraak opgenomen."),
 ),
 "werk": dict(
   onderbouwing="{n} heeft een TIQ van 66 (onderzoek {testjaar}) en leest op niveau groep 5. Op de stages blijkt {n} "
     "betrouwbaar en handig; de stagebegeleider beoordeelt de werkhouding als goed. De arbeidsvaardigheden en de "
     "stagebeoordelingen van het afgelopen jaar onderbouwen de verwachting: {dest}.",
   belem=[("Leren", "Lezen en rekenen op niveau eind basisonderwijs; moeite met abstracte taken"),
          ("Zelfredzaamheid", "Reist nog niet zelfstandig met het OV"),
          ("Sociaal", "Laat zich makkelijk meenemen door anderen")],
   bevord=[("Werk", "Gemotiveerd, punctueel op stage, werkt graag met de handen"),
           ("Sociaal", "Vriendelijk en behulpzaam naar collega's"),
           ("Netwerk", "Oom werkt in de groenvoorziening en denkt mee over werkplekken")],
   behoefte=["praktijkgericht leren op een echte werkplek",
             "training in zelfstandig reizen",
             "duidelijke werkinstructies met foto's",
             "een vaste jobcoach/stagebegeleider"],
   ondersteuning=[("Interne stage in de schoolkantine, daarna externe stage", "stagecoördinator Wim Rozendal", "2 dagen per week", "vanaf {startmaand}"),
                  ("Reistraining OV", "mentor samen met ouders", "1x per week, 10 weken", "vanaf {startmaand}"),
                  ("Branchecursus Groen (heftruck/kleine machines)", "vakdocent", "wekelijks 2 uur", "vanaf {startmaand}")],
   doelen=["{n} reist voor {evalmaand} zelfstandig met de bus naar de stageplek (3 weken achter elkaar zonder begeleiding).",
           "{n} behaalt het branchecertificaat Groen voor het einde van het schooljaar.",
           "Op de stagebeoordeling scoort {n} minimaal 'voldoende' op alle 8 werknemersvaardigheden."],
   advies="De jobcoach van UWV-partner WerkSaam Kuinstreek en de schoolarts adviseerden ({advdatum}) een geleidelijke opbouw "
     "van de stage en een reistraining. Het advies is in het plan opgenomen (stage 2 dagen, reistraining).",
   afwijking="{n} volgt een aangepast programma: 2 dagen stage per week in plaats van de theorielessen Nederlands en rekenen op "
     "die dagen.",
   view=("{n}: \u2018Ik wil later buiten werken, in de tuinen of bij een hovenier. Ik wil ook leren brommer rijden.\u2019",
         "De stage is daarom gezocht bij een hoveniersbedrijf; het brommerrijbewijs is als doel voor volgend jaar opgenomen."),
 ),
}

# instructions of fictitious templates, used for the 'instructions' gap
INSTRUCTIONS = {
 "uitstroombestemming": "[Vermeld hier het verwachte uitstroomniveau, bijv. vmbo-bb/kb/gt, havo, vwo, praktijkonderwijs of vso-profiel]",
 "onderbouwing": "Geef hier een onderbouwing van de uitstroombestemming op basis van toetsgegevens, leerrendement en schoolloopbaan.",
 "belemmerende_factoren": "<Beschrijf de belemmerende factoren per domein>",
 "bevorderende_factoren": "<Beschrijf de bevorderende (stimulerende) factoren per domein>",
 "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft behoefte aan ... om ...'",
 "ondersteuning": "[Beschrijf welke ondersteuning wordt geboden, door wie, hoe vaak en vanaf wanneer]",
 "afwijkingen_onderwijsprogramma": "Geef hier aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo nee: vermeld 'geen'.",
 "doelen": "[Formuleer SMART-doelen voor de komende periode]",
 "adviezen_professionals": "Noem hier de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo": "[datum gesprek en aanwezigen invullen]",
 "inbreng_leerling": "Beschrijf hier de inbreng van de leerling en hoe deze is meegenomen in het plan.",
 "evaluatie": "[Vul hier de evaluatiemomenten in]",
 "informatie_rechten": "[Standaardtekst rechten ouders invoegen]",
 "vaststelling": "[datum vaststelling]",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "nog invullen", "[tekst]", "PM"]
SEE_ELSEWHERE = {
 "onderbouwing": "Zie bijlage 2 (overzicht LVS-gegevens en onderzoeksverslag).",
 "ondersteuning": "Zie groepsplan rekenen en lezen (periode 2).",
 "adviezen_professionals": "Zie verslag van de orthopedagoog in het dossier.",
 "doelen": "De doelen staan in het groepsplan.",
 "belemmerende_factoren": "Zie het onderzoeksverslag (bijlage 1).",
 "bevorderende_factoren": "Zie bijlage 1.",
 "ondersteuningsbehoefte": "Zie het groeidocument van vorig schooljaar.",
 "evaluatie": "Volgens de evaluatiecyclus van de school (zie schoolgids).",
 "uitstroombestemming": "Zie het voorlopig advies in het leerlingvolgsysteem.",
}
