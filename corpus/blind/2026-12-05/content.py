"""Text for each element, per school type and per gap mode. Deterministic (per-case RNG)."""
import datetime as dt
import random
from model import seed_for, fmt_date, MONTHS

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "nog invullen", "[tekst]",
                "……", "PM", "xxx", "wordt nog aangevuld"]

INSTR = {
    "uitstroombestemming": "Geef hier het verwachte uitstroomniveau aan (bijv. vmbo-bb/kb/gt, havo, vwo, praktijkonderwijs).",
    "onderbouwing": "Onderbouw het uitstroomperspectief met toetsgegevens, leerrendementen en eventueel onderzoeksgegevens (IQ).",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren op het gebied van leren, werkhouding, sociaal-emotionele ontwikkeling en thuissituatie.",
    "bevorderende_factoren": "Noem hier de stimulerende/bevorderende factoren: wat gaat goed, waar is de leerling sterk in?",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: wat heeft deze leerling nodig aan instructie, leertijd, materialen en begeleiding? (‘Leerling heeft behoefte aan …’)",
    "ondersteuning": "Beschrijf wat er geboden wordt, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Vermeld hier of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Indien niet van toepassing: vermeld ‘geen afwijkingen’.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    "adviezen_professionals": "Noem de adviezen van externe deskundigen en geef aan wat de school hiermee doet.",
    "oogo": "Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hoe de leerling is gehoord: wat vindt de leerling zelf, en wat is daarmee gedaan?",
    "evaluatie": "Geef aan wanneer en met wie het OPP geëvalueerd wordt (minimaal 1x per schooljaar).",
    "informatie_rechten": "Neem hier de standaardtekst over rechten van ouders op.",
    "vaststelling": "Datum vaststelling en naam/functie van degene die namens het bevoegd gezag vaststelt.",
}

BIJLAGE = {
    "onderbouwing": ["Zie bijlage 1: overzicht toetsgegevens en leerrendementen.",
                     "Zie het groeidocument, hoofdstuk 3 (toetsgegevens)."],
    "ondersteuning": ["Zie het handelingsplan in de bijlage.", "Zie groepsplan en bijlage 2 (handelingsdeel)."],
    "adviezen_professionals": ["Zie verslag psychologisch onderzoek (bijlage 3).",
                               "Zie het verslag van de Commissie van Begeleiding in het dossier.",
                               "Zie rapportage behandelaar (bijlage)."],
    "belemmerende_factoren": ["Zie bijlage (kindkenmerken)."],
    "ondersteuningsbehoefte": ["Zie groeidocument."],
}

UITSTROOM = {
    "po": [("vmbo-basis/kader met leerwegondersteuning (lwoo)", "vmbo bb/kb"),
           ("vmbo-kader", "vmbo kb"), ("vmbo-gt (theoretische leerweg)", "vmbo gt"),
           ("praktijkonderwijs", "praktijkonderwijs"), ("vmbo-basis", "vmbo bb")],
    "sbo": [("vmbo-basis met leerwegondersteuning", "vmbo bb"), ("praktijkonderwijs", "praktijkonderwijs"),
            ("vmbo-kader", "vmbo kb")],
    "so": [("vso, uitstroomprofiel vervolgonderwijs (vmbo-basis binnen het vso)", "vervolgonderwijs"),
           ("vso, profiel arbeidsmarktgericht", "arbeidsmarktgericht"),
           ("regulier voortgezet onderwijs: vmbo-basis met extra ondersteuning", "vervolgonderwijs")],
    "vo": [("vmbo-kader diploma (profiel zorg en welzijn), daarna mbo niveau 3", "vmbo kb"),
           ("havo-diploma", "havo"), ("vmbo-tl diploma, daarna mbo niveau 4", "vmbo gt"),
           ("vmbo-basis diploma en mbo niveau 2", "vmbo bb")],
    "pro": [("arbeid: betaald werk in de groenvoorziening (uitstroomprofiel arbeid)", "arbeid"),
            ("arbeid met begeleiding in de logistiek (orderpicken), eventueel met loonkostensubsidie", "arbeid"),
            ("entree-opleiding (mbo niveau 1) en daarna arbeid in de horeca", "entree/mbo 1")],
    "vso": [("profiel vervolgonderwijs: mbo niveau 2 (entree al behaald in het vso)", "vervolgonderwijs"),
            ("profiel arbeidsmarktgericht: werk in de facilitaire dienstverlening / schoonmaak", "arbeidsmarktgericht"),
            ("profiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij", "dagbesteding")],
}
OPTIONS = {
    "po": ["praktijkonderwijs", "vmbo bb", "vmbo kb", "vmbo gt", "havo", "vwo"],
    "sbo": ["praktijkonderwijs", "vmbo bb", "vmbo kb", "vmbo gt", "havo/vwo"],
    "vo": ["vmbo bb", "vmbo kb", "vmbo gt", "havo", "vwo"],
    "pro": ["arbeid", "entree/mbo 1", "dagbesteding"],
    "so": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
    "vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
}


class Content:
    def __init__(self, c):
        self.c = c
        self.r = random.Random(seed_for(c.id + "/content"))
        r = self.r
        self.uit, self.uit_opt = UITSTROOM[c.st][r.randrange(len(UITSTROOM[c.st]))]
        if c.id.endswith("dagb"):
            self.uit, self.uit_opt = UITSTROOM["vso"][2]
        if "uit" in c.opts:
            self.uit, self.uit_opt = UITSTROOM[c.st][c.opts["uit"]]
        self.ph = r.choice(PLACEHOLDERS)
        self.le = random.Random(seed_for(c.id + "/le")).choice([55, 60, 65, 70])

    def mode(self, e):
        return self.c.modes[e]

    def ph_for(self, e):
        r = random.Random(seed_for(self.c.id + e))
        return r.choice(PLACEHOLDERS)

    def generic(self, e, present_fn):
        """Return list of paragraphs, [] for empty, None for absent."""
        m = self.mode(e)
        if m == "absent":
            return None
        if m == "empty":
            return []
        if m == "placeholder":
            return [self.ph_for(e)]
        if m == "instruction":
            return [INSTR[e]]
        if m == "ctrl_placeholder":
            return ["Klik of tik om tekst in te voeren."]
        if m == "bijlage":
            return [random.Random(seed_for(self.c.id + e)).choice(BIJLAGE[e])]
        return present_fn(m)

    # ---------------------------------------------------------------- uitstroom
    def uitstroom(self):
        """dict(value=[paras] or None/[]; options=[(label, ticked)])"""
        c = self.c
        m = self.mode("uitstroombestemming")
        opts = [(o, (o == self.uit_opt) and m in ("present",)) for o in OPTIONS[c.st]]
        if m == "present":
            val = [self.uit]
        elif m == "unticked":
            val = []
        else:
            val = self.generic("uitstroombestemming", lambda m: [self.uit])
        return {"value": val, "options": opts, "mode": m}

    def onderbouwing(self):
        c = self.c
        st = c.st
        n = c.first

        up = c.modes["uitstroombestemming"] == "present"
        dest = self.uit if up else "het beoogde uitstroomniveau"
        lvl = self.uit_opt if up else "het verwachte niveau"

        def pres(m):
            if m == "partial":
                return [self.r.choice(["Op basis van de toetsresultaten.", "Dit past bij wat we in de klas zien.",
                                       "Volgens de leerkracht is dit haalbaar."])]
            if st in ("po", "sbo"):
                le = self.le
                iq = self.r.choice(["TIQ 82 (WISC-V, " + str(c.set_date.year - 1) + ")",
                                    "TIQ 79, VIQ 86, PIQ 75 (WISC-V)", "TIQ 88 (WNV, afgenomen door de GZ-psycholoog)"])
                return [f"{n} heeft een leerrendement van ongeveer {le}% op rekenen en begrijpend lezen "
                        f"(gemeten met de methodeonafhankelijke toetsen van de laatste drie jaar). "
                        f"Intelligentieonderzoek: {iq}. {c.Hij} scoort op technisch lezen op het niveau van "
                        f"eind groep {self.r.choice([4, 5, 6])}.",
                        f"Met deze gegevens, en gezien {c.zijn} inzet en de ontwikkeling in het afgelopen jaar, "
                        f"verwachten wij dat {dest} haalbaar is."]
            if st in ("so",):
                return [f"{n} werkt op de leerlijnen van het SO voor rekenen op niveau {self.r.choice(['M5', 'E4', 'M6'])} "
                        f"en voor lezen op {self.r.choice(['E4', 'M5'])}. Uit het psychodiagnostisch onderzoek "
                        f"({c.set_date.year - 1}) blijkt een TIQ van 74 met een disharmonisch profiel. "
                        f"Gedrag en taakgerichtheid zijn het afgelopen jaar stabieler geworden.",
                        "Daarom is het gekozen uitstroomprofiel realistisch."]
            if st == "vso":
                return [f"{n} heeft de afgelopen twee jaar stages gelopen ({self.r.choice(['interne stage kantine, externe stage bij een schoonmaakbedrijf', 'groenstage en stage op de zorgboerderij', 'stage bij de facilitaire dienst van de gemeente'])}). "
                        f"De stagebeoordelingen zijn voldoende tot goed; werknemersvaardigheden groeien. "
                        f"Cognitief functioneert {c.hij} op het niveau van eind groep 5 tot 6 (leerlijnen VSO).",
                        "De combinatie van stage-ervaring, leerlijnniveaus en de wens van de leerling onderbouwt het gekozen profiel."]
            if st == "pro":
                return [f"{n} heeft volgens het toelatingsonderzoek een IQ tussen 60 en 80 en een leerachterstand van meer dan drie jaar "
                        f"op twee gebieden. In de praktijkvakken (groen, techniek) laat {c.hij} goede vorderingen zien; "
                        f"de stagebegeleider beoordeelt houding en tempo als voldoende.",
                        "Daarom verwachten we de uitstroom zoals hierboven beschreven."]
            return [f"Cijfers overgangsrapport: gemiddeld {self.r.choice(['6,4', '6,8', '6,1'])}; "
                    f"Cito VAS / diagnostische toetsen op {lvl}. "
                    f"{n} haalt de stof als de planning vooraf met {c.hem} wordt doorgenomen. Het advies van de basisschool sloot hierbij aan.",
                    f"Op grond hiervan blijft het perspectief {dest}."]
        return self.generic("onderbouwing", pres)

    # ---------------------------------------------------------------- factors
    def factors(self, kind):
        """kind 'bel' or 'bev'; returns list of (domain, text), [] empty, None absent, or [('', txt)] for gaps"""
        e = "belemmerende_factoren" if kind == "bel" else "bevorderende_factoren"
        m = self.mode(e)
        c = self.c
        n = c.first
        if m == "absent":
            return None
        if m == "empty":
            return []
        if m != "present":
            g = self.generic(e, lambda m: [])
            return [("", g[0])]
        if kind == "bel":
            pool = {
                "Leren": [f"{n} heeft moeite met het automatiseren van rekenfeiten en met begrijpend lezen.",
                          f"Trage verwerkingssnelheid; {n} raakt bij lange instructies de draad kwijt.",
                          "Zwak werkgeheugen; meerstappenopdrachten lukken niet zonder hulp."],
                "Werkhouding": [f"{n} is snel afgeleid door geluid en beweging in de klas.",
                                "Plannen en organiseren van huiswerk lukt nog niet zelfstandig.",
                                "Begint niet aan een taak als die te groot lijkt."],
                "Sociaal-emotioneel": [f"{n} heeft faalangst en haakt af bij toetsen.",
                                       "Reageert heftig bij onverwachte veranderingen (diagnose ASS).",
                                       "Vindt samenwerken in groepjes lastig; conflicten in de pauze."],
                "Thuis / medisch": ["Wisselende thuissituatie sinds de scheiding van ouders.",
                                    "Diagnose ADHD; medicatie werkt in de middag minder.",
                                    "Slaapproblemen, komt geregeld vermoeid op school."],
            }
        else:
            pool = {
                "Leren": [f"{n} is goed in praktische, visuele opdrachten.",
                          "Sterk in mondelinge taal en woordenschat.",
                          "Goede motoriek; werkt graag met de handen."],
                "Werkhouding": [f"{n} is gemotiveerd en wil graag laten zien wat {c.hij} kan.",
                                "Werkt goed met een dagplanning en een time-timer.",
                                "Vraagt steeds vaker zelf om hulp."],
                "Sociaal-emotioneel": [f"{n} is behulpzaam en geliefd in de groep.",
                                       "Heeft een goede band met de mentor / leerkracht.",
                                       "Kan na een conflict goed terugblikken."],
                "Thuis / medisch": ["Ouders zijn zeer betrokken en oefenen thuis mee.",
                                    "Goede samenwerking met de jeugdhulpverlener.",
                                    "Sport twee keer per week bij de voetbalclub; dat geeft energie."],
            }
        doms = list(pool.keys())
        k = self.r.randint(3, 4)
        out = []
        for d in doms[:k]:
            out.append((d, self.r.choice(pool[d])))
        return out

    def behoefte(self):
        c = self.c
        n = c.first

        def pres(m):
            opts = [
                f"{n} heeft behoefte aan korte, verlengde instructie in een klein groepje, direct na de groepsinstructie.",
                f"{n} heeft een voorspelbare omgeving nodig: vooraf weten wat er gaat gebeuren en wie er is.",
                f"{n} heeft baat bij opdrachten die in kleine stappen zijn opgedeeld, met visuele ondersteuning.",
                f"{n} heeft een vaste volwassene nodig bij wie {c.hij} terechtkan als het te veel wordt.",
                f"{n} heeft extra leertijd nodig voor rekenen en een rustige werkplek.",
                f"{n} heeft complimenten nodig op inzet, niet alleen op resultaat.",
            ]
            return self.r.sample(opts, 3)
        return self.generic("ondersteuningsbehoefte", pres)

    def ondersteuning(self):
        """dict(rows=[(wat, wie, freq, vanaf)], text=[...]) or list for gaps / None"""
        c = self.c
        m = self.mode("ondersteuning")
        n = c.first
        start = c.set_date + dt.timedelta(days=self.r.randint(1, 10))
        if m == "partial":
            return {"rows": [(self.r.choice(["Extra begeleiding bij lezen en rekenen", "Hulp in de klas",
                                             "Ondersteuning door de zorgcoördinator"]), "", "", "")],
                    "text": [self.r.choice([f"{n} krijgt extra begeleiding waar nodig.",
                                            "De school biedt ondersteuning in en buiten de klas."])]}
        if m != "present":
            g = self.generic("ondersteuning", lambda m: [])
            return g
        if c.st in ("po", "sbo"):
            rows = [("Verlengde instructie rekenen in de instructiegroep", f"leerkracht ({c.teacher})", "4x per week, 20 min", c.d(start)),
                    ("RT technisch lezen (Connect / Estafette-aanpak)", f"remedial teacher {c.expert}", "2x per week, 30 min", c.d(start)),
                    ("Wekelijks check-in gesprek over hoe het gaat", f"intern begeleider {c.ib}", "1x per week, 10 min", c.d(start))]
        elif c.st in ("so", "vso"):
            rows = [("Werken in een prikkelarme werkplek met dagplanning (pictogrammen)", f"groepsleerkracht {c.teacher}", "dagelijks", c.d(start)),
                    ("Sociale vaardigheidstraining in een groepje van 4", f"gedragswetenschapper {c.expert}", "1x per week, 45 min", c.d(start)),
                    ("Begeleiding stage / praktijk" if c.st == "vso" else "Logopedie op school (taalbegrip)",
                     f"stagecoördinator {c.ib}" if c.st == "vso" else "logopedist (externe praktijk)", "1x per week", c.d(start))]
        else:
            rows = [("Coaching door de ondersteuningscoördinator (plannen, agenda)", f"ondersteuningscoördinator {c.ib}", "1x per week, 30 min", c.d(start)),
                    ("Time-out kaart: even naar het ondersteuningslokaal", f"mentor {c.mentor}", "indien nodig, max 2x per dag", c.d(start)),
                    ("Toetsen in een aparte ruimte met 20% extra tijd", "toetscoördinator", "bij elke toets", c.d(start))]
        k = self.r.randint(2, 3)
        return {"rows": rows[:k], "text": []}

    def afwijkingen(self):
        c = self.c
        m = self.mode("afwijkingen_onderwijsprogramma")
        n = c.first
        if m == "geen":
            return [self.r.choice(["Geen afwijkingen van het reguliere onderwijsprogramma.",
                                   f"{n} volgt het reguliere programma; er zijn geen afwijkingen.",
                                   "N.v.t. – de leerling volgt het volledige programma van de groep.",
                                   "Er wordt niet afgeweken van het onderwijsprogramma."])]
        if m == "described":
            if c.st in ("po", "sbo"):
                return [f"{n} volgt voor rekenen vanaf groep {self.r.choice([6, 7])} een eigen leerlijn "
                        f"(einddoel niveau 1F, referentieniveau eind groep 6). Voor de andere vakken volgt {c.hij} het programma van de groep."]
            if c.st in ("so", "vso"):
                return [f"{n} werkt op eigen leerlijnen voor rekenen en taal (leerlijnen ZML/SO). "
                        f"In de middag volgt {c.hij} een aangepast programma met praktijkvakken; de lestijd is 4 uur per week korter dan gebruikelijk."]
            return [self.r.choice([f"Vrijstelling voor Frans (tweede moderne vreemde taal); in die uren werkt {n} in het ondersteuningslokaal aan Nederlands.",
                                   f"Tijdelijk verkort rooster: {n} is de komende acht weken op woensdag- en vrijdagmiddag vrij (afgestemd met de leerplichtambtenaar)."])]
        return self.generic("afwijkingen_onderwijsprogramma", lambda m: [])

    def doelen(self):
        """list of (doel, criterium/toets, datum) rows, [] empty, None absent, [('ph', ...)]"""
        c = self.c
        m = self.mode("doelen")
        n = c.first
        ev = c.set_date + dt.timedelta(days=120)
        if m == "partial":
            return [(x, "", "") for x in self.r.sample([f"{n} gaat vooruit met lezen.", f"{n} voelt zich fijn in de groep.",
                                                        "Werken aan zelfstandigheid.", "Beter leren plannen.",
                                                        "Verbeteren van de werkhouding."], 2)]
        if m != "present":
            g = self.generic("doelen", lambda m: [])
            if g is None:
                return None
            return [(x, "", "") for x in g]
        if c.st in ("po", "sbo"):
            pool = [(f"{n} leest een tekst op AVI-niveau E{self.r.choice([4, 5])} met voldoende tempo en nauwkeurigheid", "AVI-toets", c.d(ev)),
                    (f"{n} kent de tafels 1 t/m 10 door elkaar binnen 3 seconden per som", "tafeltoets (90% goed)", c.d(ev)),
                    (f"{n} vraagt zelf om hulp met het hulpkaartje, minstens 3x per week", "observatie leerkracht", c.d(ev))]
        elif c.st in ("so", "vso"):
            pool = [(f"{n} werkt 20 minuten zelfstandig aan een praktijkopdracht zonder aansporing", "observatie, 4 van de 5 keer", c.d(ev)),
                    (f"{n} reist zelfstandig met de bus naar de stageplek" if c.st == "vso" else f"{n} rekent handig tot 100 (erbij en eraf)",
                     "beoordeling stagebegeleider" if c.st == "vso" else "leerlijn rekenen, niveau E5", c.d(ev)),
                    (f"{n} benoemt bij spanning wat {c.hij} nodig heeft en gebruikt het stoplicht", "registratie groepsleerkracht", c.d(ev))]
        else:
            pool = [(f"{n} heeft voor elk vak een voldoende op het rapport van periode 2", "rapport", c.d(ev)),
                    (f"{n} plant het huiswerk zelf in de agenda; mentor controleert wekelijks", "agenda-check, 8 van de 10 weken", c.d(ev)),
                    (f"{n} is minder dan 3 keer per periode te laat of ongeoorloofd afwezig", "verzuimregistratie", c.d(ev))]
        return pool[: self.r.randint(2, 3)]

    def adviezen(self):
        c = self.c
        n = c.first

        def pres(m):
            y = c.set_date.year if c.set_date.month > 3 else c.set_date.year - 1
            if c.st in ("so", "vso"):
                return [f"Advies Commissie van Begeleiding (vergadering {fmt_date(c.set_date - dt.timedelta(days=30), 0)}, voorzitter {c.cvb_chair}): "
                        f"de commissie onderschrijft het uitstroomprofiel en adviseert de sociale vaardigheidstraining voort te zetten en "
                        f"in het voorjaar opnieuw naar het profiel te kijken. De school neemt dit advies over.",
                        f"Orthopedagoog {c.expert} (jeugdhulp Kampenhorst) adviseert vaste overgangsmomenten met een visueel schema; dit is opgenomen in het handelingsdeel."]
            return [self.r.choice([
                f"Uit het psychologisch onderzoek door {c.expert}, GZ-psycholoog ({y}), komt het advies om instructie visueel te ondersteunen en korte werkperiodes te hanteren. Beide adviezen zijn verwerkt in het handelingsdeel.",
                f"De logopedist (praktijk De Klankkast) adviseert woordenschatonderwijs met plaatjes en herhaling; de leerkracht gebruikt dit in de verlengde instructie.",
                f"De jeugdarts van de GGD adviseert een vaste rustplek na de lunch. School heeft hiervoor een plek in de stilteruimte ingericht.",
                f"Orthopedagoog {c.expert} van het samenwerkingsverband adviseert een time-outkaart en een vast aanspreekpunt; dit is in het plan overgenomen."])]
        return self.generic("adviezen_professionals", pres)

    def oogo(self):
        c = self.c
        n = c.first

        def pres(m):
            if m == "partial":
                return [self.r.choice(["Ouders zijn per mail geïnformeerd over het plan.",
                                       "Ouders worden nog uitgenodigd voor een gesprek.",
                                       "Het plan wordt na vaststelling naar ouders gestuurd."])]
            who = "de leerling zelf" if c.adult else (f"de curator ({c.curator.split(',')[0]}) en moeder" if c.curatele else
                                                      self.r.choice(["beide ouders", "moeder", "vader en moeder", "moeder en stiefvader"]))
            if c.adult or c.curatele:
                return [f"Het OPP is op {c.d(c.oogo_date)} besproken met {who}, {c.ib} (intern begeleider) en {c.mentor} (mentor). "
                        f"{n} wil graag meer stage-uren; dat is in het handelingsdeel opgenomen."]
            return [f"Het OPP is op {c.d(c.oogo_date)} besproken met {who}, {c.ib} ({'zorgcoördinator' if c.st in ('vo', 'pro') else 'intern begeleider'}) "
                    f"en {c.mentor if c.st in ('vo', 'pro', 'vso') else c.teacher} ({'mentor' if c.st in ('vo', 'pro', 'vso') else 'leerkracht'}). "
                    + self.r.choice([f"Ouders herkennen het beeld; op hun verzoek is de RT-tijd naar de ochtend verplaatst.",
                                     "Er is overeenstemming bereikt over het perspectief en het handelingsdeel.",
                                     "Ouders vroegen om meer aandacht voor de overgang naar het vo; dit is als doel toegevoegd."
                                     if c.modes["doelen"] == "present" else
                                     "Ouders vroegen om korte lijnen; de leerkracht mailt elke vrijdag een update."])]
        return self.generic("oogo", pres)

    def inbreng(self):
        c = self.c
        n = c.first
        m = self.mode("inbreng_leerling")
        if m == "na":
            return None
        pool = [
            ("Ik wil liever niet de hele tijd uit de klas voor hulp, dan voel ik me anders.",
             f"De extra instructie wordt daarom in de klas aan de instructietafel gegeven in plaats van op de gang."),
            ("Als het druk is in mijn hoofd wil ik even naar buiten kunnen.",
             f"Er is een time-outkaart afgesproken: {n} mag 5 minuten naar het plein met toestemming."),
            ("Ik wil later met dieren werken.", f"Daarom is de stage voor volgend jaar gezocht bij een dierenpension.")
            if c.st in ("vso", "pro", "vo") else
            ("Ik wil niet meer alleen aan het tafeltje bij de gang zitten.", f"{n} zit nu aan een groepje van twee vooraan; de koptelefoon blijft beschikbaar."),
            ("Ik snap de sommen beter als iemand het voordoet met blokjes.",
             "Bij rekenen wordt nu standaard concreet materiaal gebruikt; dit staat in de aanpak."),
        ]
        quote = self.r.choice(pool)
        if m in ("present", "na_shown"):
            return [f"Gesprek met {n} op {c.d(c.talk_date)} ({c.mentor if c.st in ('vo', 'pro', 'vso') else c.teacher}). {n} zegt: “{quote[0]}”",
                    f"Wat hebben we ermee gedaan: {quote[1]}"]
        if m == "partial":
            return [f"{n} zegt: “{quote[0]}”"]
        return self.generic("inbreng_leerling", lambda m: [])

    def evaluatie(self):
        c = self.c
        n = c.first

        def pres(m):
            if m == "partial":
                return [self.r.choice(["Het plan wordt regelmatig geëvalueerd.", "Periodiek, in de zorgcyclus.",
                                       "Evaluatie volgt."])]
            e1 = c.set_date + dt.timedelta(days=110)
            e2 = c.set_date + dt.timedelta(days=240)
            if e1.month in (7, 8):
                e1 = e1.replace(month=9, day=15)
            if e2.month in (7, 8):
                e2 = e2.replace(month=6, day=15)
            if e2 <= e1:
                e2 = e1 + dt.timedelta(days=120)
            who = "ouders" if not c.hoorrecht else ("de leerling" if c.adult else f"ouders en {n}")
            if c.curatele:
                who = f"{n} en de curator"
            return [f"Tussenevaluatie in {MONTHS[e1.month-1]} {e1.year} en eindevaluatie in {MONTHS[e2.month-1]} {e2.year}, "
                    f"in een gesprek met {who}. We kijken dan of de doelen gehaald zijn en stellen het plan zo nodig bij."]
        return self.generic("evaluatie", pres)

    def rechten(self):
        c = self.c

        def pres(m):
            if m == "partial":
                return [self.r.choice(["Heeft u vragen over dit plan? Neem dan contact op met de intern begeleider.",
                                       "Voor vragen kunt u terecht bij de mentor."])]
            who = "U (of uw kind, als het 18 jaar of ouder is)" if c.st in ("so", "vso") else "U"
            return [self.r.choice([
                f"{who} heeft instemmingsrecht op het handelingsdeel: zonder uw instemming voeren wij dit deel niet uit. "
                f"Bent u het niet eens met het plan, bespreek dit dan eerst met de school. U kunt ook contact opnemen met het ouder- en jeugdsteunpunt "
                f"van {c.swv} of met de onderwijsconsulenten (gratis). Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de "
                f"Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).",
                f"Ouders moeten instemmen met het handelingsdeel. Als u niet instemt, zoeken we samen naar een oplossing. Komen we er niet uit, "
                f"dan kunt u hulp vragen aan het ouder- en jeugdsteunpunt of een onderwijsconsulent, en binnen 6 weken na de vaststelling "
                f"naar de Geschillencommissie passend onderwijs gaan."])]
        return self.generic("informatie_rechten", pres)

    def vaststelling(self):
        c = self.c
        m = self.mode("vaststelling")
        if m == "concept":
            return ["Status: CONCEPT – nog niet vastgesteld."]

        def pres(m):
            return [f"Vastgesteld op {c.d(c.set_date)} door {c.director}, {'directeur' if c.st in ('po', 'sbo') else 'teamleider/afdelingsdirecteur'}, namens het bevoegd gezag van {c.school}."]
        return self.generic("vaststelling", pres)

    # consent: structured
    def consent(self):
        c = self.c
        m = self.mode("instemming_ouders")
        parent_names = [f"{c.parent_first} {c.last.split('-')[0]} (moeder)", f"{c.father_first} {c.last.split('-')[0]} (vader)"]
        sd = c.d(c.sign_date)
        school = (f"{c.director} (namens de school)", True, sd)
        lines = []
        note = ""
        tick = None   # options with ticked state
        if m == "signed":
            lines = [(parent_names[0], True, sd), school]
            tick = "akkoord"
        elif m == "digital":
            lines = [school]
            note = f"Digitaal akkoord gegeven via het ouderportaal door {parent_names[0]} op {sd} om 20:14 uur."
            tick = "akkoord"
        elif m == "adult_self":
            lines = [(f"{c.name} (leerling, meerderjarig)", True, sd), school]
            note = f"{c.first} is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel."
            tick = "akkoord"
        elif m == "parents_for_adult":
            lines = [(parent_names[0], True, sd), (parent_names[1], True, sd), (f"{c.name} (leerling)", False, ""), school]
            note = f"{c.first} is {c.age} jaar, meerderjarig en handelingsbekwaam."
            tick = "akkoord"
        elif m == "curator":
            lines = [(f"{c.curator.split(',')[0]} (curator)", True, sd), (f"{c.name} (leerling, voor gezien)", True, sd), school]
            note = f"{c.first} staat onder curatele; de curator ({c.curator}) stemt namens {c.hem} in met het handelingsdeel. {c.first} heeft het plan ook gelezen."
            tick = "akkoord"
        elif m == "no_date":
            lines = [(parent_names[0], True, ""), school]
            tick = "akkoord"
        elif m == "blank_line":
            lines = [(parent_names[0], False, ""), (parent_names[1], False, ""), (f"{c.director} (namens de school)", False, "")]
        elif m == "school_only":
            lines = [(parent_names[0], False, ""), school]
        elif m == "voor_gezien":
            lines = [(parent_names[0], True, sd), school]
            note = "Door ouder bijgeschreven: “voor gezien”."
            tick = "gezien"
        elif m == "onder_protest":
            lines = [(parent_names[0], True, sd), school]
            note = "Door ouder bijgeschreven: “getekend onder protest, wij zijn het niet eens met de verwijzing naar de plusgroep.”"
            tick = "protest"
        elif m == "refused":
            lines = [(parent_names[0], True, sd), school]
            note = "Ouders gaan niet akkoord met het handelingsdeel."
            tick = "niet"
        elif m == "partial_consent":
            lines = [(parent_names[0], True, sd), school]
            note = "Ouders stemmen in met het handelingsdeel, met uitzondering van de begeleiding buiten de klas (RT op de gang); daarmee gaan zij niet akkoord."
            tick = "deels"
        elif m == "unticked_box":
            lines = [(parent_names[0], True, sd), school]
            tick = "none"
        elif m in ("empty",):
            lines = []
            tick = "none"
        elif m in ("absent", "avg_only"):
            return None if m == "absent" else {"mode": m, "lines": [], "note": "", "tick": None,
                                               "avg": [(parent_names[0], True, sd)]}
        return {"mode": m, "lines": lines, "note": note, "tick": tick, "avg": None}
