# -*- coding: utf-8 -*-
"""Content pools per pupil theme. All names and places are invented.

Each theme gives concrete phrases that the layouts combine. {n} is the pupil's first
name, {hij}/{zijn}/{hem} the pronouns."""

THEMES = {
    "lezen": dict(
        label="ernstige lees- en spellingsproblemen (dyslexie)",
        belem=[
            ("Leren", "{n} leest nog op het niveau van eind groep 4 (AVI E4); het technisch lezen kost veel energie."),
            ("Leren", "Spelling: veel fouten in klankzuivere woorden, ook na twee jaar extra instructie."),
            ("Werkhouding", "Bij leestaken haakt {n} snel af en gaat {hij} gokken."),
            ("Sociaal-emotioneel", "{n} schaamt zich voor het hardop lezen en vergelijkt zich met klasgenoten."),
        ],
        bevord=[
            ("Leren", "Sterk in mondelinge taal en woordenschat; begrijpt teksten goed als ze worden voorgelezen."),
            ("Werkhouding", "Zet door als een taak in kleine stappen is verdeeld."),
            ("Thuissituatie", "Ouders lezen dagelijks 15 minuten samen met {n}."),
            ("Sociaal-emotioneel", "Heeft een vaste vriendengroep en is behulpzaam in de klas."),
        ],
        behoefte=[
            "teksten die worden voorgelezen of met voorleessoftware (Kurzweil) worden aangeboden",
            "extra tijd bij toetsen en een vergrote letter (Arial 12)",
            "dagelijks herhaling van de spellingcategorieën in korte blokjes",
            "een leerkracht die succes zichtbaar maakt (grafiek leestempo)",
        ],
        steun=[
            ("RT technisch lezen (RALFI-methode)", "remedial teacher mevr. {rt}", "3x per week 20 minuten"),
            ("inzet Kurzweil bij zaakvakken en toetsen", "groepsleerkracht", "dagelijks"),
            ("pre-teaching spelling in de instructietafel", "onderwijsassistent", "2x per week 15 minuten"),
        ],
        doelen=[
            "Eind januari leest {n} AVI M5 op instructieniveau (gemeten met de AVI-kaarten).",
            "Bij het dictee van blok 4 maakt {n} in categorie 1 t/m 6 hoogstens 2 fouten per 20 woorden.",
            "{n} gebruikt zelfstandig Kurzweil bij de toetsen van aardrijkskunde en geschiedenis (voor 1 april).",
        ],
        advies=[
            ("orthopedagoog van het dyslexiebehandelcentrum Letterwijs", "behandeling EED afgerond; advies: voorleessoftware en extra tijd blijven inzetten, spelling in kleine stappen herhalen",
             "De school zet Kurzweil in bij alle zaakvakken en geeft 25% extra tijd bij toetsen."),
        ],
        leerling=[
            ("{n} vertelt dat lezen 'gewoon heel moe' maakt en dat {hij} liever niet hardop leest voor de klas.",
             "Daarom leest {n} voortaan alleen hardop bij de RT of in een klein groepje, niet meer voor de hele groep."),
            ("{n} wil graag een laptop gebruiken, 'dan kan ik ook mooie verhalen maken'.",
             "We hebben afgesproken dat {n} bij stellen de laptop met spellingcontrole mag gebruiken."),
        ],
        afwijking=None,
    ),
    "rekenen": dict(
        label="hardnekkige rekenproblemen",
        belem=[
            ("Leren", "Rekenen: automatisering van tafels en sommen tot 20 is niet op gang gekomen; functioneringsniveau E4."),
            ("Leren", "Verliest het overzicht bij talige (verhaal)sommen met meerdere stappen."),
            ("Werkhouding", "Raakt gespannen bij rekentoetsen en levert dan leeg werk in."),
        ],
        bevord=[
            ("Leren", "Goede technisch lezer en sterk in begrijpend lezen."),
            ("Werkhouding", "Vraagt zelf om hulp als {hij} vastloopt."),
            ("Sociaal-emotioneel", "Vrolijk, sociaal en geliefd in de groep."),
            ("Thuissituatie", "Ouders oefenen thuis met de oefenkaarten van school."),
        ],
        behoefte=[
            "concreet materiaal (MAB, getallenlijn) bij nieuwe rekenstof",
            "een eigen leerlijn rekenen met tussendoelen van 6 weken",
            "korte, dagelijkse automatiseringsmomenten met directe feedback",
            "een rekenkaart met stappenplannen die {hij} mag gebruiken",
        ],
        steun=[
            ("instructie in de verlengde instructiegroep met concreet materiaal", "groepsleerkracht", "dagelijks"),
            ("individuele begeleiding rekenen (Met Sprongen Vooruit)", "intern begeleider mevr. {rt}", "2x per week 30 minuten"),
            ("automatiseren met Rekentuin", "{n} zelf, gecontroleerd door de leerkracht", "4x per week 10 minuten"),
        ],
        doelen=[
            "Voor de kerstvakantie kent {n} de tafels van 1 t/m 5 en 10 (80% goed binnen 3 seconden per som).",
            "Eind schooljaar lost {n} optel- en aftreksommen tot 100 met brug op met 80% goed.",
            "{n} gebruikt bij verhaalsommen zelf het stappenplan (bij 4 van de 5 sommen, gecontroleerd in maart).",
        ],
        advies=[
            ("onderwijsspecialist rekenen van het samenwerkingsverband", "eigen leerlijn rekenen vanaf groep 6, concreet handelen eerst, niet te snel naar abstracte sommen",
             "De leerkracht volgt de leerlijn 'Rekenen op maat' en bespreekt elke zes weken de voortgang met de IB'er."),
        ],
        leerling=[
            ("{n} zegt: 'Ik snap het wel als ik het met blokjes mag doen.'",
             "Het concrete materiaal blijft daarom ook bij de toets op tafel liggen."),
            ("{n} wil niet meer in een apart groepje buiten de klas werken.",
             "De extra hulp wordt nu in de klas gegeven, aan de instructietafel."),
        ],
        afwijking="Eigen leerlijn rekenen: {n} werkt op het niveau van groep 5 met eigen tussendoelen; de rekentoetsen van de methode worden vervangen door de toetsen van de eigen leerlijn.",
    ),
    "ass": dict(
        label="autismespectrumstoornis (ASS)",
        belem=[
            ("Sociaal-emotioneel", "Onverwachte veranderingen (invalleerkracht, uitjes) geven veel spanning; {n} sluit zich dan af of wordt boos."),
            ("Werkhouding", "Plannen en starten van grotere taken lukt niet zonder hulp."),
            ("Lichamelijk/zintuiglijk", "Gevoelig voor geluid; in de aula en tijdens pauzes raakt {n} overprikkeld."),
            ("Sociaal-emotioneel", "Begrijpt grapjes en non-verbale signalen van klasgenoten vaak verkeerd."),
        ],
        bevord=[
            ("Leren", "Bovengemiddelde cognitieve capaciteiten (TIQ 112); sterk in wiskunde en natuurkunde."),
            ("Werkhouding", "Zeer precies en betrouwbaar als de opdracht duidelijk is."),
            ("Thuissituatie", "Ouders zijn goed op de hoogte van ASS en werken nauw samen met school."),
            ("Sociaal-emotioneel", "Heeft een goede band met de mentor en durft bij {hem} aan te geven wanneer het niet gaat."),
        ],
        behoefte=[
            "vooraf duidelijkheid over veranderingen in het rooster (bericht via het leerlingportaal de dag ervoor)",
            "een vaste, rustige werkplek en een time-out-kaart",
            "hulp bij het opdelen en plannen van grotere opdrachten",
            "letterlijke, concrete taal en uitleg over sociale situaties",
        ],
        steun=[
            ("wekelijks coachgesprek (planning, terugblik op de week)", "ondersteuningscoördinator dhr. {rt}", "1x per week 20 minuten"),
            ("gebruik van de prikkelarme ruimte in pauzes", "{n}, met toezicht van de conciërge", "dagelijks, indien nodig"),
            ("ambulante begeleiding autisme", "ambulant begeleider van het expertisecentrum De Lindeboog", "1x per 2 weken"),
        ],
        doelen=[
            "{n} maakt met de coach elke maandag een weekplanning en levert 80% van de opdrachten op tijd in (gecontroleerd per periode).",
            "{n} gebruikt de time-out-kaart zelfstandig voordat {hij} boos wordt (afname van incidenten van 4 naar hoogstens 1 per maand).",
            "{n} neemt aan het eind van het schooljaar deel aan een groepsopdracht met een vaste rol.",
        ],
        advies=[
            ("GZ-psycholoog van Praktijk Dwarsstroom (onderzoek mei 2025)", "voorspelbaarheid bieden, wijzigingen vooraf aankondigen, prikkelarme plek, psycho-educatie over autisme",
             "Wijzigingen worden via het leerlingportaal vooraf gemeld; {n} volgt in periode 2 de training 'Ik en autisme' op school."),
        ],
        leerling=[
            ("{n} geeft aan dat de pauzes het moeilijkst zijn 'omdat iedereen door elkaar praat'.",
             "Daarom mag {n} de pauze in het stiltelokaal doorbrengen en is de pauzeregel in het plan opgenomen."),
            ("{n} wil niet dat klasgenoten weten dat {hij} extra begeleiding krijgt.",
             "Het coachgesprek vindt daarom plaats tijdens het mentoruur op een vaste plek buiten het lokaal."),
        ],
        afwijking=None,
    ),
    "adhd": dict(
        label="concentratie- en aandachtsproblemen (ADHD)",
        belem=[
            ("Werkhouding", "{n} is snel afgeleid en werkt zelfstandig hoogstens 5 minuten aan een taak."),
            ("Sociaal-emotioneel", "Impulsief: roept door de les en komt in de pauze vaak in conflicten."),
            ("Leren", "Achterstand in begrijpend lezen doordat {hij} teksten niet afmaakt."),
        ],
        bevord=[
            ("Leren", "Goede rekenaar; pakt nieuwe stof snel op bij korte instructie."),
            ("Sociaal-emotioneel", "Enthousiast, creatief en open; vertelt eerlijk wat er gebeurd is."),
            ("Lichamelijk", "Sportief; voetbalt twee keer per week bij de club."),
            ("Thuissituatie", "Ouders staan open voor afstemming en gebruiken thuis hetzelfde beloningssysteem."),
        ],
        behoefte=[
            "korte instructie en taken in kleine blokken met een time-timer",
            "bewegingsmomenten tussen de taken",
            "een vaste plek vooraan, weg van de deur",
            "positieve feedback op gewenst gedrag (beloningskaart)",
        ],
        steun=[
            ("werken met time-timer en taakbrief", "groepsleerkracht", "dagelijks"),
            ("beloningskaart met dagelijks evaluatiemoment", "groepsleerkracht en ouders", "dagelijks 5 minuten"),
            ("training sociale vaardigheden (Rots en Water)", "gedragsspecialist van het SWV", "10 wekelijkse sessies vanaf november"),
        ],
        doelen=[
            "{n} werkt eind februari 15 minuten zelfstandig aan een taak (gemeten met observatie op 3 momenten).",
            "Het aantal conflicten in de pauze daalt van 3 naar hoogstens 1 per week (registratie pleinwacht).",
            "{n} maakt de teksten van begrijpend lezen af en haalt bij de methodetoets minimaal een 6.",
        ],
        advies=[
            ("kinderpsychiater van Jeugd-GGZ De Klimop", "duidelijke structuur, korte taken, beweging; medicatie wordt thuis gegeven en geëvalueerd",
             "School meldt de observaties van concentratie elke zes weken aan ouders voor de medicatie-evaluatie."),
        ],
        leerling=[
            ("{n} zegt dat {hij} zich het best kan concentreren 'als ik een wiebelkussen heb en niet naast de deur zit'.",
             "{n} heeft een wiebelkussen gekregen en zit nu vooraan bij het raam."),
            ("{n} wil graag zelf bijhouden hoe het gaat.",
             "De beloningskaart vult {n} nu zelf in; de leerkracht tekent aan het eind van de dag af."),
        ],
        afwijking=None,
    ),
    "taal": dict(
        label="taalontwikkelingsstoornis (TOS)",
        belem=[
            ("Communicatie", "Begrijpt lange, samengestelde zinnen en instructies niet goed."),
            ("Communicatie", "Woordvinding en zinsbouw zijn beperkt; {n} vertelt in korte, onvolledige zinnen."),
            ("Leren", "Begrijpend lezen blijft achter (E4 in groep 6)."),
            ("Sociaal-emotioneel", "Raakt gefrustreerd als anderen {hem} niet begrijpen."),
        ],
        bevord=[
            ("Leren", "Rekenen gaat op groepsniveau; goed visueel geheugen."),
            ("Werkhouding", "Werkt geconcentreerd met visuele ondersteuning."),
            ("Thuissituatie", "Ouders volgen de oudercursus van de logopedist."),
        ],
        behoefte=[
            "instructie in korte zinnen, ondersteund met pictogrammen en voordoen",
            "voorbereiding van nieuwe woorden (pre-teaching woordenschat)",
            "tijd om te antwoorden en controle of de instructie begrepen is",
        ],
        steun=[
            ("logopedie op school", "logopedist van het audiologisch centrum", "1x per week 30 minuten"),
            ("pre-teaching woordenschat bij wereldoriëntatie", "onderwijsassistent", "2x per week 15 minuten"),
            ("ambulante begeleiding cluster 2", "ambulant begeleider van expertisecentrum Taalbrug", "1x per maand overleg met leerkracht"),
        ],
        doelen=[
            "{n} kent eind april 80% van de 40 themawoorden van blok 3 en 4 (woordkaartjes).",
            "{n} voert een opdracht met twee stappen zelfstandig uit na de instructie (4 van de 5 keer, observatie).",
            "{n} vertelt in de kring een kort verhaal met 'eerst-dan-tot slot' (voor de zomervakantie).",
        ],
        advies=[
            ("logopedist / klinisch linguïst van het audiologisch centrum", "taal visueel ondersteunen, woordenschat voorbewerken, controleren of de opdracht begrepen is",
             "De leerkracht gebruikt pictogrammen bij de dagplanning en controleert na elke instructie met een 'vertel het na'-vraag."),
        ],
        leerling=[
            ("{n} laat met duimpjes zien dat {hij} logopedie 'leuk' vindt maar het 'stom' vindt om uit de klas te gaan.",
             "De logopedie wordt voortaan gegeven tijdens de zelfstandig-werktijd, zodat {n} geen instructie mist."),
        ],
        afwijking=None,
    ),
    "cognitief": dict(
        label="beperkte cognitieve mogelijkheden (TIQ 72)",
        belem=[
            ("Leren", "Beperkte cognitieve mogelijkheden (TIQ 72, WISC-V); leertempo ligt duidelijk lager dan dat van de groep."),
            ("Leren", "Abstracte begrippen (breuken, tijd, geld) worden niet vastgehouden."),
            ("Werkhouding", "Heeft moeite met zelfstandig werken en kijkt veel naar anderen."),
        ],
        bevord=[
            ("Werkhouding", "Gemotiveerd, werkt graag praktisch met de handen."),
            ("Sociaal-emotioneel", "Vriendelijk en behulpzaam; goed in de groep opgenomen."),
            ("Thuissituatie", "Betrokken ouders die dagelijks de agenda bekijken."),
        ],
        behoefte=[
            "een eigen leerlijn voor rekenen en begrijpend lezen met haalbare tussendoelen",
            "veel herhaling en concrete, praktische voorbeelden",
            "een overzichtelijke dagtaak met pictogrammen",
            "succeservaringen en complimenten op inzet",
        ],
        steun=[
            ("werken op een eigen leerlijn (Passende perspectieven, route 3)", "groepsleerkracht", "dagelijks"),
            ("extra instructie in een kleine groep", "onderwijsassistent mevr. {rt}", "4x per week 20 minuten"),
            ("praktijkgerichte lessen rekenen (geld, klokkijken)", "onderwijsassistent", "1x per week 45 minuten"),
        ],
        doelen=[
            "{n} kan voor 1 maart hele en halve uren klokkijken op een analoge klok (8 van de 10 goed).",
            "{n} rekent eind schooljaar met geld tot €20 (betalen en wisselgeld bij een winkelspel, 4 van de 5 keer goed).",
            "{n} leest eind schooljaar een tekst op AVI M5-niveau en beantwoordt 3 van de 4 vragen goed.",
        ],
        advies=[
            ("orthopedagoog van het samenwerkingsverband (psychodiagnostisch onderzoek, juni 2025)", "uitgaan van route 3 van Passende perspectieven, veel herhaling, praktisch en concreet leren",
             "De school volgt route 3 en bespreekt de leerlijn twee keer per jaar met de orthopedagoog."),
        ],
        leerling=[
            ("{n} zegt dat {hij} het fijn vindt bij juf {rt} 'omdat het daar rustig is', en dat {hij} graag 'iets met dieren' wil doen later.",
             "De rekenlessen met geld gebruiken nu de dierenwinkel als oefensituatie, en de kleine groep blijft."),
        ],
        afwijking="{n} werkt voor rekenen en begrijpend lezen op een eigen leerlijn (route 3, eindniveau 1F niet haalbaar) en volgt niet de methodetoetsen van de groep.",
    ),
    "gedrag": dict(
        label="gedragsproblemen en faalangst",
        belem=[
            ("Sociaal-emotioneel", "Reageert fysiek bij frustratie (schoppen, gooien), vooral na de pauze."),
            ("Werkhouding", "Weigert taken die {hij} te moeilijk vindt; faalangst."),
            ("Thuissituatie", "Onrustige thuissituatie door scheiding van ouders; wisselend bij vader en moeder."),
            ("Leren", "Leerachterstand van ongeveer een jaar bij rekenen en spelling door uitval."),
        ],
        bevord=[
            ("Sociaal-emotioneel", "Kan na een conflict goed terugblikken en excuses maken."),
            ("Leren", "Sterk in praktische en creatieve opdrachten; goed ruimtelijk inzicht."),
            ("Thuissituatie", "Beide ouders willen meewerken en zijn aanwezig bij gesprekken."),
            ("Overig", "Heeft een goede band met de gymleerkracht."),
        ],
        behoefte=[
            "een voorspelbare leerkracht die rustig en kort begrenst",
            "een vooraf afgesproken afkoelplek en een signaleringsplan",
            "opdrachten die beginnen met iets wat {hij} al kan",
            "één gedragsafspraak tegelijk, met dagelijkse terugkoppeling",
        ],
        steun=[
            ("signaleringsplan met afkoelplek (rode kaart)", "groepsleerkracht en team", "dagelijks"),
            ("begeleiding door de gedragsspecialist (observatie en coaching leerkracht)", "gedragsspecialist dhr. {rt} (SWV)", "1x per 2 weken"),
            ("check-in/check-out aan begin en eind van de dag", "intern begeleider", "dagelijks 5 minuten"),
        ],
        doelen=[
            "Het aantal fysieke incidenten daalt van gemiddeld 3 per week (september) naar 0-1 per week in januari (incidentenregistratie).",
            "{n} gebruikt bij spanning de rode kaart en gaat zelfstandig naar de afkoelplek (in 4 van de 5 situaties, observatie).",
            "{n} maakt bij rekenen de dagtaak af zonder te weigeren op minimaal 4 van de 5 dagen.",
        ],
        advies=[
            ("jeugdhulpverlener van het wijkteam en de gedragsspecialist", "eenduidige aanpak thuis en op school, signaleringsplan opstellen, ouders ondersteunen via het wijkteam",
             "Het signaleringsplan is samen met ouders en wijkteam gemaakt en hangt in de klas; er is elke 6 weken overleg."),
        ],
        leerling=[
            ("{n} zegt dat {hij} boos wordt 'als iemand aan mijn spullen zit' en dat {hij} dan wil weglopen.",
             "Er is een eigen la met slot gekomen en weglopen naar de afkoelplek is nu een afgesproken stap in plaats van een overtreding."),
        ],
        afwijking=None,
    ),
    "angst": dict(
        label="angstklachten en schoolverzuim",
        belem=[
            ("Sociaal-emotioneel", "Angstklachten; {n} heeft in het vorige schooljaar 38% van de lessen gemist."),
            ("Leren", "Achterstanden bij wiskunde en Frans door verzuim."),
            ("Lichamelijk", "Buikpijn en slaapproblemen op schooldagen."),
        ],
        bevord=[
            ("Leren", "Goede cognitieve capaciteiten; havo-niveau haalbaar bij aanwezigheid."),
            ("Sociaal-emotioneel", "Vertrouwensband met de mentor; wil graag weer naar school."),
            ("Thuissituatie", "Ouders werken mee en zijn betrokken bij de behandeling."),
            ("Overig", "Behandeling bij de GGZ is gestart (CGT)."),
        ],
        behoefte=[
            "een opbouwschema met haalbare stappen in aanwezigheid",
            "een vast aanspreekpunt en een rustige plek om bij te komen",
            "afspraken over het inhalen van toetsen met ruimere termijnen",
            "afstemming tussen school, ouders en behandelaar",
        ],
        steun=[
            ("opbouwrooster: start 3 ochtenden per week, elke 3 weken uitbreiden", "mentor en ondersteuningscoördinator", "vanaf 1 oktober"),
            ("dagelijkse check-in bij binnenkomst", "mentor mevr. {rt}", "dagelijks"),
            ("ondersteuning bij inhalen van achterstanden (bijlesuur wiskunde)", "docent wiskunde", "1x per week"),
            ("overleg school-ouders-behandelaar", "ondersteuningscoördinator", "1x per 6 weken"),
        ],
        doelen=[
            "{n} is eind december op 4 van de 5 ochtenden aanwezig (verzuimregistratie).",
            "{n} volgt na de voorjaarsvakantie het volledige rooster met uitzondering van LO.",
            "{n} haalt de achterstand wiskunde hoofdstuk 1-3 in voor de toetsweek van periode 3.",
        ],
        advies=[
            ("behandelaar (GZ-psycholoog) van GGZ Kinderen Hazelbosch", "geleidelijke opbouw, vermijding niet belonen, vaste contactpersoon op school",
             "Het opbouwrooster is met de behandelaar afgestemd; de mentor is vaste contactpersoon."),
        ],
        leerling=[
            ("{n} zegt dat het binnenkomen 's ochtends het moeilijkst is 'omdat de gang dan zo vol is'.",
             "{n} mag daarom 10 minuten eerder via de personeelsingang binnenkomen en begint bij de mentor."),
            ("{n} wil eerst de vakken waar {hij} goed in is weer volgen.",
             "Het opbouwrooster start met Nederlands, biologie en tekenen."),
        ],
        afwijking="Tijdelijk verkort rooster (opbouwrooster) van 12 lesuren per week, met toestemming van de leerplichtambtenaar; LO vervalt tot de voorjaarsvakantie.",
    ),
    "zml": dict(
        label="ernstige verstandelijke beperking (zml)",
        belem=[
            ("Leren", "Ernstige verstandelijke beperking (ontwikkelingsleeftijd ongeveer 4-5 jaar); leest en rekent op beginnend niveau."),
            ("Communicatie", "Spreekt in twee- tot driewoordzinnen; ondersteunt met gebaren."),
            ("Zelfredzaamheid", "Heeft begeleiding nodig bij aan- en uitkleden en bij toiletgang."),
            ("Sociaal-emotioneel", "Raakt bij drukte en overgangen van slag en gaat dan schreeuwen."),
        ],
        bevord=[
            ("Sociaal-emotioneel", "Vrolijk en sociaal; zoekt contact met vaste begeleiders."),
            ("Werkhouding", "Werkt graag met de handen (sorteren, inpakken) en houdt dit 20 minuten vol."),
            ("Thuissituatie", "Liefdevolle, betrokken ouders; goede samenwerking met het logeerhuis."),
        ],
        behoefte=[
            "een vaste dagstructuur met een picto-dagschema",
            "voorbereiding op overgangen met een timer en een verwijzer",
            "ondersteunende gebaren (NmG) bij alle communicatie",
            "praktische taken in een vaste volgorde (werkkaart met foto's)",
        ],
        steun=[
            ("werken met picto-dagschema en werkkaarten", "groepsleerkracht en klassenassistent", "dagelijks"),
            ("begeleiding zelfredzaamheid (aankleden, toilet, brood smeren)", "klassenassistent", "dagelijks"),
            ("logopedie met gebaren en spraakcomputer", "logopedist van school", "1x per week 30 minuten"),
            ("fysiotherapie", "fysiotherapeut (via de zorgverzekering, op school)", "1x per week"),
        ],
        doelen=[
            "{n} volgt voor de zomervakantie zelfstandig een werkkaart van 5 stappen bij het inpakken (3 van de 4 keer).",
            "{n} gebruikt bij overgangen de verwijzer zonder te schreeuwen (80% van de overgangen, observatielijst).",
            "{n} trekt zelfstandig jas en schoenen aan (klittenband) binnen 5 minuten.",
        ],
        advies=[
            ("gedragsdeskundige / orthopedagoog van de school (lid CvB)", "vaste structuur, visualiseren, overgangen aankondigen, werken aan zelfredzaamheid",
             "Het picto-dagschema is ingevoerd en de klassenassistent kondigt iedere overgang aan met de timer."),
        ],
        leerling=[
            ("{n} heeft met plaatjes gekozen wat {hij} het leukst vindt: muziek, de fiets en 'helpen in de keuken'.",
             "Helpen in de keuken is als wekelijkse werktaak in het plan opgenomen; muziek wordt gebruikt als beloning na de werkkaart."),
        ],
        afwijking="{n} volgt de leerroute van het uitstroomprofiel dagbesteding met eigen doelen voor zelfredzaamheid, communicatie en werkvaardigheden in plaats van de kerndoelen van het regulier onderwijs.",
    ),
    "lg": dict(
        label="lichamelijke beperking en vermoeidheid (cerebrale parese)",
        belem=[
            ("Lichamelijk", "Cerebrale parese (spastische diplegie); verplaatst zich met rolstoel en rollator."),
            ("Lichamelijk", "Snel vermoeid; na de middagpauze neemt de concentratie sterk af."),
            ("Leren", "Schrijven gaat traag en kost veel energie; fijne motoriek beperkt."),
        ],
        bevord=[
            ("Leren", "Gemiddelde tot bovengemiddelde intelligentie; goed taalbegrip."),
            ("Sociaal-emotioneel", "Sociaal vaardig, humoristisch en assertief over wat {hij} nodig heeft."),
            ("Werkhouding", "Zeer gemotiveerd en doorzettend."),
            ("Thuissituatie", "Ondersteunend gezin; goede afstemming met het revalidatiecentrum."),
        ],
        behoefte=[
            "een laptop met spraakherkenning in plaats van handschrift",
            "rustmomenten in het rooster en een rustruimte",
            "aangepaste LO en hulp bij verplaatsingen tussen lokalen",
            "afstemming met fysio- en ergotherapie van het revalidatiecentrum",
        ],
        steun=[
            ("fysiotherapie en ergotherapie op school", "therapeuten van revalidatiecentrum De Zwaluwhof", "2x per week"),
            ("inzet laptop met spraakherkenning, ook bij toetsen", "{n}, ondersteund door de ICT-coach", "dagelijks"),
            ("rustmoment van 30 minuten na de middagpauze", "klassenassistent", "dagelijks"),
        ],
        doelen=[
            "{n} maakt voor de kerstvakantie alle schrijfopdrachten met spraakherkenning zelfstandig (zonder hulp van de assistent).",
            "{n} geeft zelf aan wanneer een rustmoment nodig is en houdt de middag vol op minimaal 4 van de 5 dagen.",
            "{n} haalt bij de methodetoetsen rekenen en taal minimaal een voldoende.",
        ],
        advies=[
            ("revalidatiearts en ergotherapeut van De Zwaluwhof", "energieverdeling bewaken, schrijven vervangen door laptop, rustmomenten inplannen",
             "Het rooster bevat een vast rustmoment en {n} gebruikt de laptop bij alle vakken."),
        ],
        leerling=[
            ("{n} wil zo veel mogelijk bij de klas blijven en niet 'steeds weggehaald worden voor therapie'.",
             "De therapie is nu ingeroosterd tijdens de gymles en de pauze-opvang, niet tijdens de kernvakken."),
        ],
        afwijking="Aangepast programma LO (eigen bewegingsprogramma met de fysiotherapeut) en vrijstelling van het handschrift-onderdeel bij schrijven.",
    ),
}

GENERIC_BEVORD = [
    ("Thuissituatie", "Ouders zijn betrokken en komen op alle afspraken."),
    ("Sociaal-emotioneel", "Heeft plezier in school en een goede band met de leerkracht."),
]

THEMES.update({
    "vo-dyslexie": dict(
        label="ernstige dyslexie en faalangst bij toetsen",
        belem=[
            ("Leren", "Ernstige dyslexie (verklaring 2021); leestempo van Engelse en Duitse teksten is zeer laag."),
            ("Leren", "Vreemde talen: cijfers voor Duits en Engels liggen rond de 4,5."),
            ("Sociaal-emotioneel", "Toetsangst: blokkeert bij schriftelijke overhoringen onder tijdsdruk."),
        ],
        bevord=[
            ("Leren", "Sterk in de bètavakken en techniek (cijfers 7 tot 8)."),
            ("Werkhouding", "Maakt huiswerk trouw en vraagt hulp bij de mentor."),
            ("Thuissituatie", "Ouders helpen met plannen via de online agenda."),
            ("Sociaal-emotioneel", "Goed in de klas opgenomen; speelt in het schoolorkest."),
        ],
        behoefte=[
            "toetsen met voorleessoftware (ClaroRead) en 20 minuten extra tijd",
            "mondelinge overhoring van woordjes in plaats van schriftelijk",
            "vooraf inzicht in de planning van toetsen (planner per periode)",
            "begeleiding bij het omgaan met toetsspanning",
        ],
        steun=[
            ("inzet ClaroRead en extra tijd bij alle toetsen", "docenten, gecoördineerd door de dyslexiecoach", "bij elke toets"),
            ("faalangstreductietraining", "schoolmaatschappelijk werker mevr. {rt}", "8 bijeenkomsten van 45 minuten"),
            ("bijles Duits in de steunles", "docent Duits", "1x per week"),
        ],
        doelen=[
            "{n} haalt in periode 2 voor Duits gemiddeld minimaal een 5,5.",
            "{n} gebruikt bij alle toetsen van periode 2 zelfstandig ClaroRead (controle via toetsregistratie).",
            "{n} geeft na de training op de spanningsschaal gemiddeld een 5 of lager aan bij toetsen (nu 8).",
        ],
        advies=[
            ("orthopedagoog van het dyslexie-instituut Leesrijk", "compenserende hulpmiddelen bij alle toetsen, mondeling overhoren bij talen, aandacht voor faalangst",
             "De faciliteiten staan op de dyslexiepas van {n}; de faalangsttraining start in november."),
        ],
        leerling=[
            ("{n} vertelt dat de tijdsdruk het ergst is: 'Als ik de klok zie, lees ik niks meer.'",
             "{n} maakt toetsen nu in het toetslokaal zonder zichtbare klok; de surveillant meldt alleen de laatste tien minuten."),
        ],
        afwijking="Vrijstelling voor de tweede moderne vreemde taal (Frans) vanaf leerjaar 2; in plaats daarvan volgt {n} extra uren Nederlands en techniek.",
    ),
    "vo-adhd": dict(
        label="ADHD en problemen met plannen en organiseren",
        belem=[
            ("Werkhouding", "Vergeet huiswerk en spullen; plant niet vooruit; cijfers zakken in toetsweken."),
            ("Sociaal-emotioneel", "Impulsieve opmerkingen in de les leiden tot verwijderingen (7 in periode 1)."),
            ("Thuissituatie", "Thuis weinig rust om te werken (kleine woning, drie jongere broers en zussen)."),
        ],
        bevord=[
            ("Leren", "Snelle denker, sterk in geschiedenis en economie."),
            ("Sociaal-emotioneel", "Geliefd bij klasgenoten; humor."),
            ("Werkhouding", "Werkt goed bij korte, duidelijke opdrachten en directe feedback."),
            ("Thuissituatie", "Ouders zijn bereikbaar en willen meedenken."),
        ],
        behoefte=[
            "dagelijks een vast moment om de agenda en planning te controleren",
            "een rustige plek op school om huiswerk te maken",
            "korte opdrachten met directe feedback",
            "afspraken over een time-out in plaats van verwijdering",
        ],
        steun=[
            ("huiswerkbegeleiding in het studiecentrum", "medewerker studiecentrum", "4 middagen per week, 7e en 8e uur"),
            ("planningscoaching (agenda-check bij binnenkomst en op vrijdag)", "mentor dhr. {rt}", "dagelijks 5 minuten, vrijdag 20 minuten"),
            ("time-outkaart: {n} mag 5 minuten naar de gang/ondersteuningsruimte", "alle docenten", "indien nodig"),
        ],
        doelen=[
            "{n} levert in periode 2 90% van het huiswerk op tijd in (registratie in het leerlingvolgsysteem).",
            "Het aantal verwijderingen daalt van 7 in periode 1 naar hoogstens 2 in periode 2.",
            "{n} staat aan het eind van het schooljaar voor maximaal 2 vakken onvoldoende.",
        ],
        advies=[
            ("behandelaar van Jeugd-GGZ Oostflank (ADHD-poli)", "externe structuur bieden, belonen van gewenst gedrag, medicatie in overleg met huisarts",
             "De mentor en ouders gebruiken hetzelfde planningsoverzicht; de time-outkaart vervangt verwijdering."),
        ],
        leerling=[
            ("{n} zegt dat het studiecentrum 'wel werkt, maar niet elke dag, want ik train op dinsdag'.",
             "Het studiecentrum is teruggebracht naar vier middagen; op dinsdag is er geen huiswerkbegeleiding."),
        ],
        afwijking=None,
    ),
    "pro-stage": dict(
        label="beperkte cognitieve mogelijkheden en moeite met zelfstandigheid op de stage",
        belem=[
            ("Leren", "TIQ 66; rekenen en lezen op het niveau van groep 5-6."),
            ("Werkhouding", "Vraagt weinig om hulp en gaat dan door op de verkeerde manier."),
            ("Zelfredzaamheid", "Reizen met het openbaar vervoer naar de stage lukt nog niet zelfstandig."),
            ("Sociaal-emotioneel", "Laat zich makkelijk meenemen door oudere jongeren."),
        ],
        bevord=[
            ("Werk", "Werkt zorgvuldig en netjes in de interne stage keuken; stagebegeleider is tevreden."),
            ("Werkhouding", "Komt altijd op tijd en is zelden afwezig."),
            ("Thuissituatie", "Betrokken grootouders bij wie {n} woont."),
            ("Sociaal-emotioneel", "Vriendelijk tegen klanten en collega's."),
        ],
        behoefte=[
            "voordoen-nadoen bij nieuwe taken, met een werkkaart met foto's",
            "oefenen met reizen (reistraining) voordat de externe stage start",
            "een vaste stagebegeleider bij wie {hij} vragen durft te stellen",
            "duidelijke afspraken over telefoongebruik en vrienden",
        ],
        steun=[
            ("reistraining naar het stageadres", "jobcoach van school", "2x per week, 6 weken"),
            ("externe stage in de keuken van zorgcentrum Het Lindehof", "stagebegeleider school en werkbegeleider zorgcentrum", "2 dagen per week"),
            ("lessen rekenen en Nederlands op 1F-niveau (geld, werkbriefjes lezen)", "vakdocent", "4 uur per week"),
            ("weerbaarheidstraining", "schoolmaatschappelijk werk", "8 bijeenkomsten"),
        ],
        doelen=[
            "{n} reist voor 1 maart zelfstandig met de bus naar het stageadres (3 keer achter elkaar zonder begeleiding).",
            "{n} haalt in juni het branchecertificaat 'Medewerker keuken' (Entree-onderdeel).",
            "{n} stelt op de stage zelf een vraag als {hij} iets niet weet (beoordelingsformulier stage: minimaal 'voldoende').",
        ],
        advies=[
            ("jobcoach en orthopedagoog van school", "eerst interne stage afronden, reistraining, werkkaarten met foto's",
             "De externe stage start pas na de reistraining; werkkaarten zijn samen met het zorgcentrum gemaakt."),
        ],
        leerling=[
            ("{n} wil later 'in een grote keuken werken, niet achter een computer'.",
             "De stageplek is daarom gekozen in de keuken van een zorgcentrum, en het certificaat keuken is als doel opgenomen."),
        ],
        afwijking=None,
    ),
    "vso-arbeid": dict(
        label="licht verstandelijke beperking en gedragsproblemen",
        belem=[
            ("Sociaal-emotioneel", "Reageert fel op kritiek van volwassenen; conflicten met de werkbegeleider op de vorige stage."),
            ("Leren", "Lezen en rekenen op 1F-niveau niet volledig behaald."),
            ("Zelfredzaamheid", "Heeft moeite met omgaan met geld en afspraken nakomen."),
        ],
        bevord=[
            ("Werk", "Sterk in technisch werk (fietsenmakerij); handig en snel."),
            ("Werkhouding", "Werkt hard als {hij} weet wat er van {hem} verwacht wordt."),
            ("Sociaal-emotioneel", "Goede relatie met de stagedocent."),
            ("Netwerk", "Begeleid wonen-coach helpt met geld en planning."),
        ],
        behoefte=[
            "feedback die eerst benoemt wat goed gaat, daarna één verbeterpunt",
            "een stageplek met een vaste, rustige werkbegeleider",
            "oefenen met werknemersvaardigheden (afmelden, op tijd komen)",
            "afstemming tussen school, woonbegeleiding en gemeente (Participatiewet)",
        ],
        steun=[
            ("externe stage in de fietsenmakerij van De Werkhaven", "stagedocent dhr. {rt} en werkbegeleider", "3 dagen per week"),
            ("training werknemersvaardigheden", "stagedocent", "1x per week 1 uur"),
            ("transitieoverleg met gemeente, UWV en woonbegeleiding", "stagecoördinator", "1x per 3 maanden"),
        ],
        doelen=[
            "{n} meldt zich bij ziekte zelf af bij de werkbegeleider (elke keer, registratie stage).",
            "{n} ontvangt feedback zonder conflict (hoogstens 1 incident per periode, verslag stagebezoek).",
            "{n} heeft voor de zomer een baanafspraak of leerwerkplek geregeld samen met de gemeente.",
        ],
        advies=[
            ("gedragswetenschapper van de school en de arbeidsdeskundige van het UWV", "beschut werk is niet nodig; baan met loonkostensubsidie en jobcoach haalbaar",
             "De school zet in op een plaatsing bij De Werkhaven met jobcoaching na school."),
        ],
        leerling=[
            ("{n} wil 'gewoon geld verdienen' en geen dagbesteding.",
             "Het plan richt zich daarom op betaald werk en de stage is uitgebreid naar drie dagen."),
        ],
        afwijking="Vanaf leerjaar 4 volgt {n} een arbeidsgericht programma: drie dagen stage en twee dagen school (geen examenvakken).",
    ),
})
