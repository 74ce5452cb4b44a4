# -*- coding: utf-8 -*-
"""Content pools for the blind OPP set. Every name, school and place is invented."""
import random

EL = {
    'U': 'uitstroombestemming', 'O': 'onderbouwing', 'BF': 'belemmerende_factoren',
    'VF': 'bevorderende_factoren', 'OB': 'ondersteuningsbehoefte', 'OS': 'ondersteuning',
    'AF': 'afwijkingen_onderwijsprogramma', 'D': 'doelen', 'AP': 'adviezen_professionals',
    'OOGO': 'oogo', 'IN': 'instemming_ouders', 'IL': 'inbreng_leerling', 'EV': 'evaluatie',
    'IR': 'informatie_rechten', 'VS': 'vaststelling'}
ORDER = ['U', 'O', 'BF', 'VF', 'OB', 'OS', 'AF', 'D', 'AP', 'OOGO', 'IN', 'IL', 'EV', 'IR', 'VS']

MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
         'september', 'oktober', 'november', 'december']


def dlong(d):
    y, m, dd = d
    return f"{dd} {MAAND[m-1]} {y}"


def dnum(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def addd(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


BOYS = ['Daan', 'Kevin', 'Jayden', 'Mohamed', 'Bram', 'Thijs', 'Ruben', 'Dylan', 'Yusuf', 'Stijn',
        'Milan', 'Senna', 'Rik', 'Jesse', 'Luuk', 'Ayoub', 'Niels', 'Tygo', 'Wessel', 'Joep']
GIRLS = ['Lotte', 'Sanne', 'Noor', 'Esmee', 'Fleur', 'Yara', 'Demi', 'Iris', 'Naomi', 'Chantal',
         'Lieke', 'Amira', 'Roos', 'Britt', 'Kiki', 'Zoë', 'Mila', 'Jasmijn', 'Nadia', 'Femke']
SUR = ['Brinkhorst', 'Veldkamp-Oosting', 'El Khatib', 'Hoogeboom', 'van Dalfsen', 'Kuipers', 'Tersteeg',
       'Wolterink', 'de Gruijter', 'Oudenhoven', 'Spanjaard', 'Lammerse', 'Bosgra', 'Yilmaz',
       'ter Welle', 'Nijhoving', 'Ramdin', 'Stoelhorst', 'van der Kolk', 'Mulderij', 'Achterhof',
       'Groeneveld-Bax', 'Pruimboom', 'Zijlstra', 'Kremer', 'de Ruiter', 'Haverkamp', 'Eppink']
STAFF = ['mevr. J. Lindhout', 'dhr. P. Scheerder', 'mevr. A. Koopmans-Dijk', 'dhr. R. Benali',
         'mevr. T. Vorselman', 'dhr. K. Ophof', 'mevr. H. Brouns', 'mevr. D. Sahin', 'dhr. M. Roelvink',
         'mevr. E. van Gessel', 'dhr. W. Tamminga', 'mevr. L. Ceelen']
PLACES = ['Ekelwoude', 'Veenstervaart', 'Lindeveld', 'Hemmerdam', 'Brakelhoorn', 'Oudemeerwijk',
          'Rietkamp', 'Zandelo']
SCHOOLS = {
    'po': ['OBS De Wilgenkamp', 'CBS Het Klaverblad', 'Basisschool De Regenboogvis', 'IKC De Tuimelaar'],
    'sbo': ['SBO De Zeilboot', 'SBO Het Bolwerk', 'SBO De Vlonder'],
    'so': ['SO De Kompasroos', 'SO Het Lichtschip', 'Mytylschool De Hoeksteen'],
    'vo': ['Scholengemeenschap Oostergouw', 'Het Veenstercollege', 'Lindeveld Lyceum', 'Brakel College'],
    'pro': ['Praktijkcollege Hoogveld', 'Praktijkschool De Werkplaats Ekelwoude',
            'Praktijkonderwijs Het Ambacht', 'PrO De Vaart'],
    'vso': ['VSO De Kompasroos', 'VSO Het Lichtschip', 'VSO De Brug Zandelo', 'Mytyl-VSO De Hoeksteen'],
}
SWV = ['Samenwerkingsverband Passend Onderwijs Lindeveld-Noord', 'SWV VO Veenstervaart e.o.',
       'Samenwerkingsverband Hemmerdam-Brakelhoorn']

DOMAINS = ['Cognitief / didactisch', 'Werkhouding en taakaanpak', 'Sociaal-emotioneel',
           'Lichamelijk / medisch', 'Thuissituatie en vrije tijd']


class P:
    """One pupil and his plan data."""

    def __init__(self, seed, st, date, age=None, girl=None, adult=False, curatele=False,
                 profile=None, revised=None, bewind=False):
        r = random.Random(seed)
        self.r = r
        self.st = st
        self.girl = r.random() < 0.45 if girl is None else girl
        self.first = r.choice(GIRLS if self.girl else BOYS)
        self.sur = r.choice(SUR)
        self.name = f"{self.first} {self.sur}"
        self.hij = 'zij' if self.girl else 'hij'
        self.Hij = self.hij.capitalize()
        self.zijn = 'haar' if self.girl else 'zijn'
        self.hem = 'haar' if self.girl else 'hem'
        self.date = date
        self.revised = revised
        if age is None:
            age = {'po': r.choice([9, 10, 11]), 'sbo': r.choice([9, 10, 11, 12]), 'so': r.choice([8, 10, 11]),
                   'vo': r.choice([13, 14, 15]), 'pro': r.choice([14, 15, 16, 17]),
                   'vso': r.choice([14, 15, 16, 17])}[st]
        self.age = age
        self.birth = addd(date, -(age * 365 + age // 4) - r.randint(20, 330))
        self.adult = adult
        self.curatele = curatele
        self.bewind = bewind
        self.school = r.choice(SCHOOLS[st])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        st_ = r.sample(STAFF, 5)
        self.mentor, self.ib, self.directeur, self.ortho, self.jobcoach = st_
        ps = r.choice(SUR)
        self.moeder = f"mevr. {r.choice('ABCDEHJKMNSTW')}. {self.sur if r.random() < 0.6 else ps}"
        self.vader = f"dhr. {r.choice('ABCDFGHJKLMPRW')}. {self.sur}"
        self.ouder = self.moeder if r.random() < 0.6 else self.vader
        self.lnr = str(r.randint(100000, 999999))
        self.groep = {'po': f"groep {age - 3}", 'sbo': f"groep {min(8, age - 3)}", 'so': f"groep {age - 3}",
                      'vo': f"leerjaar {age - 11}", 'pro': f"leerjaar {min(5, age - 11)}",
                      'vso': f"leerjaar {min(6, age - 11)}"}[st]
        self.profile = profile or {'vso': r.choice(['arbeid', 'dagbesteding', 'vervolg']), 'pro': 'arbeid'}.get(st)
        self.oogo_date = addd(date, -r.randint(6, 20))
        self.sign_date = addd(date, r.randint(1, 9))
        self.ev1 = addd(date, r.randint(100, 130))
        self.build()

    # ---------------------------------------------------------------- content
    def build(self):
        r, n, hij, Hij, zijn = self.r, self.first, self.hij, self.Hij, self.zijn
        st = self.st
        c = {}
        if st == 'po':
            dest = r.choice(['vmbo kaderberoepsgerichte leerweg', 'vmbo basisberoepsgerichte leerweg met lwoo',
                             'vmbo gemengde/theoretische leerweg'])
        elif st == 'sbo':
            dest = r.choice(['vmbo basisberoepsgerichte leerweg met leerwegondersteuning', 'praktijkonderwijs'])
        elif st == 'so':
            dest = r.choice(['vso, uitstroomprofiel vervolgonderwijs (vmbo-basis niveau)',
                             'vmbo basisberoepsgerichte leerweg met lwoo, eventueel via vso'])
        elif st == 'vo':
            dest = r.choice(['vmbo-tl diploma, daarna mbo niveau 3/4', 'havo-diploma', 'vmbo-kader diploma (richting Zorg en Welzijn), daarna mbo niveau 3'])
        elif st == 'pro':
            dest = r.choice([
                'arbeid: werken als medewerker groenvoorziening bij een regulier bedrijf, met de Entree-opleiding (mbo niveau 1) in de beroepsbegeleidende leerweg',
                'vervolgonderwijs: Entree-opleiding (mbo niveau 1) in voltijd, daarna mbo niveau 2 Logistiek',
                'arbeid: medewerker winkel/vakkenvuller bij een supermarkt, eventueel met loonkostensubsidie en jobcoach',
                'arbeid: assistent in de schoonmaak of facilitaire dienst, met branchecertificaat en jobcoach'])
        else:
            dest = {'arbeid': r.choice([
                'uitstroomprofiel arbeidsmarktgericht: werk als medewerker in een bakkerij of productiekeuken, met jobcoach (loonkostensubsidie via de gemeente)',
                'uitstroomprofiel arbeidsmarktgericht: beschut werk bij een sociale onderneming (fietsenwerkplaats), met begeleiding van een jobcoach']),
                'dagbesteding': r.choice([
                    'uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij, 4 dagen per week',
                    'uitstroomprofiel dagbesteding: activerende dagbesteding (belevingsgericht) bij een zorgaanbieder in de buurt van huis']),
                'vervolg': r.choice([
                    'uitstroomprofiel vervolgonderwijs: Entree-opleiding (mbo niveau 1), daarna mbo niveau 2 Dienstverlening',
                    'uitstroomprofiel vervolgonderwijs: vmbo-bb diploma via staatsexamen, daarna mbo niveau 2 Techniek'])}[self.profile]
        self.dest = dest
        if st == 'pro':
            self.profile = 'vervolg' if dest.startswith('vervolgonderwijs') else 'arbeid'
        c['U'] = dest[0].upper() + dest[1:] + '.'
        iq = r.randint(58, 78) if st in ('pro', 'vso') else r.randint(72, 95)
        test = r.choice(['WISC-V', 'WAIS-IV' if self.age >= 16 else 'WISC-V', 'SON-R 6-40'])
        yr = self.date[0] - r.randint(1, 3)
        if st in ('po', 'sbo', 'so'):
            c['O'] = (f"Intelligentieonderzoek ({test}, {MAAND[r.randint(0, 11)]} {yr}): TIQ {iq}. "
                      f"Leerrendement sinds groep 3 voor rekenen ca. {r.choice(['55', '60', '65'])}% en voor begrijpend lezen ca. {r.choice(['60', '70'])}%. "
                      f"Op basis van de toetsen van {self.date[0]} en de ontwikkeling van {n} in de afgelopen drie jaar verwachten wij een eindniveau rekenen rond eind groep {r.choice([6, 7])} (1F niet volledig) en lezen rond 1F. "
                      f"Dat past bij de genoemde uitstroombestemming.")
        elif st == 'vo':
            c['O'] = (f"{n} haalt in {self.groep} gemiddeld voldoendes ({r.choice(['6,4', '6,8', '7,1'])}); de methode-onafhankelijke toetsen (DIA) laten voor Nederlands en Engels niveau {r.choice(['tl', 'havo'])} zien. "
                      f"De vertraging door de {r.choice(['ziekteperiode in leerjaar 1', 'angstklachten en het verzuim in leerjaar 2'])} is grotendeels ingehaald. Het docententeam en de zorgcoördinator verwachten daarom dat {hij} het diploma op dit niveau kan halen.")
        else:
            c['O'] = (f"{test} ({yr}): TIQ {iq}. Didactisch niveau rekenen eind groep {r.choice([4, 5, 6])}, technisch lezen AVI {r.choice(['E4', 'M5', 'E5', 'M6'])}. "
                      f"{n} werkt op de interne stage ({r.choice(['kantine', 'groen', 'techniekwerkplaats', 'fietsenmakerij'])}) steeds zelfstandiger; de stagebeoordelingen van het afgelopen jaar zijn voldoende tot goed. "
                      f"{Hij} heeft structuur en een vaste begeleider nodig, maar kan taken na inwerken herhalen. Op grond hiervan, de wensen van {n} en het advies van de commissie van begeleiding kiezen wij voor deze uitstroombestemming.")
        bf = [
            ('Cognitief / didactisch', r.choice([f"Beperkt werkgeheugen; {n} onthoudt meerdelige opdrachten slecht.", f"Zwak begrijpend lezen; {n} begrijpt lange schriftelijke instructies niet.", f"Rekenen op het niveau van eind groep 5; klokkijken en geld tellen gaan nog niet foutloos."])),
            ('Werkhouding en taakaanpak', r.choice([f"{n} raakt snel afgeleid bij drukte en stopt dan met werken.", f"{Hij} begint moeilijk aan een taak en vraagt weinig om hulp.", f"Wisselend werktempo; {hij} is na de middagpauze vaak moe."])),
            ('Sociaal-emotioneel', r.choice([f"Bij onverwachte veranderingen reageert {n} boos of trekt {hij} zich terug.", f"Faalangst; {n} durft in een nieuwe groep weinig te zeggen.", f"{n} laat zich makkelijk meenemen door klasgenoten."])),
        ]
        if r.random() < 0.6:
            bf.append(('Lichamelijk / medisch', r.choice(['ADHD (diagnose 2021), medicatie in de ochtend.', 'Epilepsie, goed ingesteld op medicatie; protocol aanwezig.', 'Vermoeidheid door slecht slapen.'])))
        if r.random() < 0.5:
            bf.append(('Thuissituatie en vrije tijd', r.choice(['Ouders zijn gescheiden; wisselende week bij vader en moeder.', 'Weinig contacten met leeftijdgenoten buiten school.'])))
        vf = [
            ('Cognitief / didactisch', r.choice([f"Goed visueel geheugen; {n} leert snel door voordoen.", f"Technisch lezen op niveau; {n} leest graag over dieren.", f"Praktisch inzicht: {n} ziet snel hoe iets in elkaar zit."])),
            ('Werkhouding en taakaanpak', r.choice([f"{n} is gemotiveerd voor praktische taken en werkt netjes.", f"Betrouwbaar en op tijd; {hij} houdt zich aan afspraken op stage.", f"Zet door als de taak in kleine stappen is opgedeeld."])),
            ('Sociaal-emotioneel', r.choice([f"Vriendelijk en behulpzaam; {n} is geliefd in de groep.", f"{n} heeft een goede band met {zijn} mentor.", f"Kan goed samenwerken in een tweetal."])),
            ('Thuissituatie en vrije tijd', r.choice([f"Betrokken ouders die meedenken over stage en vervolg.", f"{n} sport twee keer per week (voetbal) en heeft daar vrienden.", f"Oudere zus helpt met plannen."])),
        ]
        c['BF'], c['VF'] = bf, vf
        if st in ('pro', 'vso'):
            c['OB'] = (f"{n} heeft nodig: een vaste dagstructuur met een dagplanning op papier; korte instructies in kleine stappen (voordoen - samen doen - zelf doen); "
                       f"één vast aanspreekpunt op school en op de stageplek; voorbereiding op veranderingen in het rooster; oefenen met reizen en omgaan met geld.")
            os_ = [
                ('Begeleiding op de stageplek (bezoek en overleg met werkbegeleider)', f"stagedocent/jobcoach {self.jobcoach}", '1 x per twee weken', dlong(addd(self.date, 7))),
                ('Training sociale vaardigheden ("Sterk op stage")', 'orthopedagoog, in groepje van 4', 'wekelijks 45 minuten', dlong(addd(self.date, 14))),
                ('Rekenen met geld en klokkijken, eigen leerlijn', f"mentor {self.mentor}", '3 x per week 20 minuten', dlong(addd(self.date, 3))),
                ('Reistraining zelfstandig met de bus naar stage', 'reistrainer (via gemeente)', '6 weken, 2 x per week', dlong(addd(self.date, 21))),
            ]
        else:
            c['OB'] = (f"{n} heeft nodig: verlengde instructie aan de instructietafel bij rekenen; visuele ondersteuning (stappenplannen, picto's); "
                       f"een rustige werkplek; vooraf weten wat er gaat gebeuren; complimenten voor inzet; vaste afspraken tussen school en thuis.")
            os_ = [
                ('Verlengde instructie rekenen', f"leerkracht {self.mentor}", 'dagelijks 15 minuten', dlong(addd(self.date, 3))),
                ('RT technisch en begrijpend lezen', 'remedial teacher', '2 x per week 30 minuten', dlong(addd(self.date, 10))),
                ('Gesprekjes over gevoelens (Kanjertraining-aanpak)', f"intern begeleider {self.ib}", '1 x per week', dlong(addd(self.date, 7))),
            ]
        c['OS'] = os_
        if st == 'pro':
            c['AF'] = r.choice([f"{n} volgt geen Engels; die uren worden besteed aan extra praktijklessen groen (4 uur per week). Rekenen volgt een eigen leerlijn tot niveau 1F.",
                                f"Vanaf {dlong(addd(self.date, 30))} loopt {n} 3 dagen per week extern stage in plaats van 2; de lessen Nederlands en rekenen worden in 2 ochtenden gegeven."])
        elif st == 'vso':
            c['AF'] = r.choice([f"{n} heeft een aangepast rooster van 20 uur per week in plaats van 25 uur, in verband met vermoeidheid (afgestemd met leerplicht, {dnum(addd(self.date, -20))}).",
                                f"{n} volgt voor rekenen en taal een eigen leerlijn (ontwikkelingsniveau eind groep 5) en is vrijgesteld van Engels; 2 dagen per week stage bij een bedrijf."])
        else:
            c['AF'] = r.choice([f"{n} werkt vanaf {self.groep} voor rekenen op een eigen leerlijn (eindniveau verwacht 1F, niet 1S). Voor de overige vakken volgt {hij} het programma van de groep.",
                                f"{n} volgt voor begrijpend lezen het programma van een groep lager; voor de overige vakken het groepsprogramma."])
        self.AF_nvt = r.choice(['Er zijn geen afwijkingen van het onderwijsprogramma; ' + n + ' volgt het reguliere programma van de groep.',
                                'Afwijkingen van het onderwijsprogramma: geen.', 'Niet van toepassing: ' + n + ' volgt het volledige lesprogramma.'])
        e = dlong(self.ev1)
        if st in ('pro', 'vso'):
            c['D'] = [f"Voor {e} reist {n} drie keer achter elkaar zelfstandig met de bus naar de stageplek (gecontroleerd door de reistrainer).",
                      f"Voor {e} meldt {n} zich bij ziekte zelf telefonisch af bij de werkbegeleider (in 4 van de 4 gevallen).",
                      f"Eind van het schooljaar kan {n} bedragen tot € 50 afrekenen en wisselgeld controleren (toets eigen leerlijn, 80% goed).",
                      f"Voor {e} werkt {n} een uur zonder aansporing aan een stagetaak (observatie werkbegeleider)."]
        else:
            c['D'] = [f"Voor {e} beheerst {n} de tafels van 1 t/m 5 (schriftelijk, 90% goed binnen 3 minuten).",
                      f"Eind van het schooljaar leest {n} op AVI-niveau {r.choice(['M5', 'E5', 'M6'])}.",
                      f"Voor {e} vraagt {n} zelf om hulp met de hulpkaart als {hij} vastloopt (minimaal 3 keer per week, turven door leerkracht)."]
        cvb = dnum(addd(self.date, -r.randint(10, 25)))
        if st in ('so', 'vso'):
            c['AP'] = (f"Commissie van begeleiding, advies van {cvb}: de CvB adviseert het uitstroomprofiel zoals hierboven beschreven en een stageplek met een vaste werkbegeleider. "
                       f"Orthopedagoog {self.ortho} (psychodiagnostisch onderzoek {yr}): adviseert korte instructies en visuele ondersteuning; dit is verwerkt in de aanpak. "
                       + r.choice([f"Fysiotherapeut: adviseert een verstelbare werktafel op stage; dit is met het stagebedrijf afgesproken.", f"Jeugdarts GGD: geen bezwaar tegen 3 dagen stage, mits de werkdag niet langer is dan 6 uur; overgenomen in het rooster."]))
        else:
            c['AP'] = (f"Orthopedagoog {self.ortho} ({MAAND[r.randint(0, 11)]} {yr}) adviseert: werkgeheugen ontlasten met stappenkaarten en instructie in kleine stappen; de school werkt daarom met een stappenkaart bij elke opdracht. "
                       + r.choice([f"Logopedist: adviseert woordenschatuitbreiding met visuele ondersteuning; dit is opgenomen in de RT.", f"Kinderpsycholoog (behandeling faalangst) adviseert geen beurten voor de groep zonder voorbereiding; de mentor bespreekt beurten vooraf.", f"Jeugdverpleegkundige adviseert een vaste pauzeplek; die is ingericht."]))
        who = f"{'moeder' if self.ouder == self.moeder else 'vader'} ({self.ouder})"
        if self.adult:
            c['OOGO'] = f"Het OPP is op {dlong(self.oogo_date)} besproken met {n} (meerderjarig) en, op {zijn} verzoek, met {who}; verder aanwezig: mentor {self.mentor} en orthopedagoog {self.ortho}. Afgesproken is dat het plan in deze vorm wordt vastgesteld."
        else:
            c['OOGO'] = f"Op overeenstemming gericht overleg: op {dlong(self.oogo_date)} besproken met {who}, {n}, mentor {self.mentor} en {('intern begeleider ' + self.ib) if st in ('po', 'sbo', 'so') else ('zorgcoördinator ' + self.ib)}. De ouders konden zich vinden in het plan; de opmerking van de ouders over het huiswerk is verwerkt."
        if st in ('po', 'sbo', 'so'):
            c['IL'] = r.choice([f"{n} vertelde in het kindgesprek: \"Ik wil graag dat ik niet altijd als laatste klaar ben.\" Daarom maakt {hij} bij rekenen een kortere versie van de opdrachten (opgenomen bij de ondersteuning).",
                                f"{n} zegt dat {hij} de instructietafel fijn vindt, maar niet samen met groep {r.choice([4, 5])}. Op {zijn} verzoek krijgt {hij} de verlengde instructie nu aan het eind van de les, apart van de jongere kinderen."])
            self.IL_noeffect = f"{n} vertelde in het kindgesprek dat {hij} het fijn vindt op school en graag buitenspeelt. {Hij} vindt rekenen moeilijk."
        else:
            c['IL'] = r.choice([f"{n} wil later \"iets met dieren of buiten\". Op verzoek van {n} is de stageplek gewijzigd van de kantine naar een hoveniersbedrijf en is doel 4 hierop aangepast.",
                                f"{n} gaf aan dat {hij} de sociale-vaardigheidstraining liever niet in de pauze wil. De training is daarom naar het 3e lesuur verplaatst. {n} wil na school werken en niet meer naar school; daarom is gekozen voor Entree in BBL-vorm."])
            self.IL_noeffect = f"{n} zegt: \"Ik wil later geld verdienen en een scooter kopen.\" {Hij} vindt de stage leuk en wil graag bij {zijn} vrienden in de klas blijven."
        wie = f"{n} en {'de ouders' if not self.adult else 'desgewenst de ouders'}"
        c['EV'] = f"Tussenevaluatie op {dlong(self.ev1)} en eindevaluatie in juni {self.ev1[0] if self.ev1[1] < 7 else self.ev1[0] + 1}, in een gesprek met {wie}, mentor en {('IB-er' if st in ('po', 'sbo') else 'orthopedagoog')}. Daarbij bespreken we of de doelen zijn gehaald en stellen we het plan zo nodig bij (minimaal één keer per schooljaar)."
        if self.adult and not self.curatele:
            c['IR'] = (f"Omdat {n} meerderjarig is, beslist {hij} zelf over instemming met het handelingsdeel. Is {hij} het niet eens met (een deel van) het plan, dan kan {hij} dit bespreken met de directeur, hulp vragen van een onderwijsconsulent (www.onderwijsconsulenten.nl) of het Ouder- en Jeugdsteunpunt, "
                       f"en binnen zes weken na vaststelling het geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")
        else:
            c['IR'] = r.choice([
                f"Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Als u het niet eens bent met het OPP, kunt u dit eerst met de school bespreken. U kunt advies vragen aan het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.",
                f"Zonder instemming van de ouders wordt het handelingsdeel niet uitgevoerd. Bent u het niet eens, neem dan contact op met de directeur. U kunt ook gratis hulp vragen bij de onderwijsconsulenten (www.onderwijsconsulenten.nl) en binnen 6 weken na vaststelling naar de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht) stappen."])
        self.VS = (dlong(self.date), f"{self.directeur}, directeur {self.school}")
        c['VS'] = f"Het OPP is vastgesteld op {dlong(self.date)} door {self.directeur}, directeur, namens het bevoegd gezag."
        self.c = c


# ------------------------------------------------------------------ gap texts
PLACEHOLDERS = ['...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', 'PM', 'nog invullen door mentor', 'xxx', '-']

INSTR = {
    'U': 'Vul hier de verwachte uitstroombestemming in (VO-type of uitstroomprofiel: vervolgonderwijs / arbeidsmarktgericht / dagbesteding).',
    'O': 'Onderbouw de uitstroombestemming met gegevens uit het dossier: intelligentie, leerrendement, sociaal-emotionele ontwikkeling, stage.',
    'BF': 'Beschrijf hier de belemmerende factoren (cognitief, sociaal-emotioneel, werkhouding, medisch, thuissituatie).',
    'VF': 'Beschrijf hier de bevorderende factoren / sterke kanten van de leerling.',
    'OB': 'Formuleer de onderwijs- en ondersteuningsbehoeften: "de leerling heeft ... nodig".',
    'OS': 'Geef per onderdeel aan: wat, door wie, hoe vaak en vanaf wanneer.',
    'AF': 'Geef aan of en waar wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).',
    'D': 'Noteer de doelen SMART (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).',
    'AP': 'Vermeld de adviezen van externe deskundigen en wat de school daarmee doet.',
    'OOGO': 'Vermeld datum en deelnemers van het op overeenstemming gericht overleg.',
    'IL': 'Beschrijf de mening van de leerling en wat daarmee in het plan is gedaan.',
    'EV': 'Vermeld wanneer en hoe het OPP wordt geëvalueerd.',
    'IR': 'Informeer de ouders over het instemmingsrecht en de geschillenregeling.',
    'VS': 'Datum vaststelling en naam van degene die het OPP vaststelt.',
}
CC = 'Klik of tik om tekst in te voeren.'

REF = {
    'U': 'Zie bijlage 1 (advies drempelonderzoek en eindtoets).',
    'O': 'Zie het psychologisch onderzoeksverslag in het dossier.',
    'BF': 'Zie groeidocument, hoofdstuk 2.',
    'VF': 'Zie groeidocument, hoofdstuk 2.',
    'OB': 'Zie het groepsplan van de klas.',
    'OS': 'Zie handelingsplan (bijlage 3).',
    'AF': 'Ja, zie rooster in de bijlage.',
    'D': 'Zie de leerlijnen in het leerlingvolgsysteem.',
    'AP': 'Zie verslag orthopedagoog en het advies van de CvB in het dossier.',
    'OOGO': 'Zie gespreksverslag in het dossier.',
    'IL': 'Zie kindgesprek (bijlage).',
    'EV': 'Volgens de zorgcyclus van de school (zie schoolondersteuningsprofiel).',
    'IR': 'Zie de schoolgids.',
    'VS': 'Zie handtekeningenblad.',
}


def generic(el, p):
    st = p.st
    g = {
        'U': {'pro': 'Leerlingen van het praktijkonderwijs stromen uit naar arbeid, Entree/mbo of dagbesteding.',
              'vso': 'Onze school kent drie uitstroomprofielen: vervolgonderwijs, arbeidsmarktgericht en dagbesteding.',
              'po': 'Leerlingen stromen na groep 8 uit naar het voortgezet onderwijs.',
              'sbo': 'Leerlingen stromen na het sbo uit naar het voortgezet onderwijs.',
              'so': 'Leerlingen stromen na het so uit naar vso of vo.',
              'vo': 'Leerlingen sluiten af met een diploma op het niveau van de afdeling.'},
        'O': 'De uitstroombestemming is vastgesteld op basis van de gegevens in het dossier en het leerlingvolgsysteem.',
        'OS': {'pro': 'Alle leerlingen krijgen les in kleine groepen met een vaste mentor. Wij werken met het directe instructiemodel en begeleiden iedere leerling op stage.',
               'vso': 'In alle groepen werken we met dagritmekaarten, kleine groepen en een vaste mentor. Iedere leerling loopt vanaf leerjaar 3 stage.',
               'default': 'Alle leerlingen krijgen instructie volgens het directe instructiemodel in drie niveaus. De leerkracht stemt de instructie af op de groep.'},
        'OB': 'Onze leerlingen hebben behoefte aan structuur, duidelijkheid en een veilige omgeving.',
        'D': 'De leerling werkt aan de doelen van de leerlijn van de groep.',
        'BF': 'Leerlingen op onze school hebben vaak moeite met concentratie, plannen en sociale vaardigheden.',
        'VF': 'Onze leerlingen zijn praktisch ingesteld en leren graag door te doen.',
    }[el]
    if isinstance(g, dict):
        return g.get(st, g.get('default', ''))
    return g


def vague(el, p):
    n = p.first
    return {
        'D': f"{n} gaat beter rekenen. {n} voelt zich fijn in de groep. {n} werkt zelfstandiger.",
        'OS': f"{n} krijgt extra begeleiding waar nodig.",
        'O': 'Dit past het beste bij de leerling.',
        'EV': 'Het plan wordt regelmatig bekeken.',
        'IR': 'Ouders hebben instemmingsrecht op het handelingsdeel.',
        'AP': 'Er is advies gegeven door de orthopedagoog.',
        'OOGO': 'Het plan is met ouders besproken.',
    }[el]
