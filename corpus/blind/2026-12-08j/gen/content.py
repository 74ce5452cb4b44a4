# -*- coding: utf-8 -*-
"""Content bank for the blind OPP corpus (round 62, 2026-12-08j).

All names, schools, places and organisations are invented.
Everything is deterministic: every random choice uses a Random seeded from the document id.
"""
import random
import zlib
import datetime as dt

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def rng_for(key):
    return random.Random(zlib.crc32(key.encode("utf-8")))


def fmt_date(d, style):
    if d is None:
        return ""
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "short":
        return "%d-%d-%s" % (d.day, d.month, str(d.year)[2:])
    return d.isoformat()


def school_year(d):
    y = d.year if d.month >= 8 else d.year - 1
    return "%d-%d" % (y, y + 1)


FIRST_M = ["Daan", "Sem", "Milan", "Bilal", "Luuk", "Jesse", "Sven", "Mees", "Ravi", "Thijs",
           "Amir", "Jelte", "Olivier", "Tygo", "Youssef", "Ruben", "Siebe", "Kian", "Niels", "Stijn"]
FIRST_F = ["Noor", "Yara", "Fenna", "Aya", "Ilse", "Lotte", "Zeynep", "Nina", "Roos", "Sanne",
           "Mila", "Femke", "Hiba", "Jasmijn", "Lieke", "Elif", "Tess", "Merel", "Isa", "Dewi"]
SURN = ["Brouwersma", "Kleinhout", "Verduijckx", "Tammeling", "Oudekerk", "Van Rijsselt",
        "Hoogenraedt", "De Wolff-Aerts", "Smitskamp", "Van der Meulenbelt", "Ekinci-Dros",
        "Bakkerveld", "Wijnbergh", "Stoopman", "Vlietstra", "Van Oosterwaarde", "Lammertink-Bos",
        "El Ouardi", "Groenevelt", "Pietersma", "Hendrikx-Ooms", "Van Dellenburg", "Tjoa", "Kuipersbergen"]
STAFF = ["mw. J. Albersma", "dhr. R. Koopmanschap", "mw. S. Uitterhoeve", "dhr. M. Benali",
         "mw. A. de Graaff-Linde", "dhr. T. Wassink", "mw. L. Roozendaal", "dhr. P. Verhagen-Smit",
         "mw. K. Oldenhave", "mw. H. Baysal", "dhr. F. Nijhoff", "mw. E. van Kempen-Rademaker",
         "dhr. W. Doornebal", "mw. I. Spanjaart", "mw. G. Teunissen", "dhr. B. Hoekzema"]
PLACES = ["Lindewijk", "Vennebroek", "Oosterhaeghe", "Marsdorp", "Hollekamp", "Ruwerveen",
          "Sint-Aldebrand", "Kraaijendam", "Wellinghorst", "Meerstede", "Ter Gaasten", "Noordermolen"]
SCHOOLS = {
    "po": ["Basisschool De Kiekendief", "OBS Het Wilgenrijk", "CBS De Vuurvlinder", "Kindcentrum Meerstede-Zuid",
           "IKC De Brulboei", "RK Basisschool Sint-Aldebrand", "Daltonschool De Zandloper"],
    "sbo": ["SBO De Klimrank", "SBO De Tjalk", "Speciale basisschool Het Kantelpunt"],
    "so": ["SO De Buitenplaats", "Mytylschool De Zeilmaker", "SO Het Ankerpunt", "Cluster 4-school De Overtoom"],
    "vo": ["Nijenborch College", "Scholengemeenschap Ruwerveen", "Vennebroek Lyceum", "Het Kraaijendam College",
           "Wellinghorst Vakcollege", "Oosterhaeghe Mavo"],
    "pro": ["Praktijkcollege Hollekamp", "Praktijkschool Het Gildehuis", "Praktijkschool Lindewijk"],
    "vso": ["VSO Kompasroos", "Expertisecentrum De Veenhaar (vso)", "VSO De Stroming", "VSO Het Zwanenwater"],
}
SWV = {
    "po": ["Samenwerkingsverband Passend Primair Onderwijs Ruwerveen e.o.", "SWV PO Lindewijk-Vennebroek",
           "Stichting Passend Onderwijs Hollekamp en Kraaijendam (po)"],
    "vo": ["Samenwerkingsverband VO Oosterhaeghe-Marsdorp", "SWV Voortgezet Onderwijs Regio Ter Gaasten",
           "Passend Onderwijs VO Wellinghorst"],
}
BOARDS = ["Stichting Openbaar Onderwijs De Lindeboog", "Vereniging Christelijk Onderwijs Ruwerveen",
          "Onderwijsstichting Meander-Noord", "Stichting Speciaal Onderwijs Vennebroek", "Scholengroep Kraaijendam"]


class Case(dict):
    """Attribute-access dict."""
    __getattr__ = dict.get


def pronouns(gender):
    return ("hij", "zijn", "hem") if gender == "m" else ("zij", "haar", "haar")


def build_case(spec):
    r = rng_for(spec["id"])
    st = spec["type"]
    g = spec.get("gender") or r.choice(["m", "f"])
    first = r.choice(FIRST_M if g == "m" else FIRST_F)
    sur = r.choice(SURN)
    place = r.choice(PLACES)
    school = r.choice(SCHOOLS[st])
    swv = r.choice(SWV["vo" if st in ("vo", "pro", "vso") else "po"])
    staff = r.sample(STAFF, 6)
    d = spec["date"]
    ds = spec.get("date_style", "dash")
    c = Case()
    c.update(spec)
    c.first, c.sur, c.full = first, sur, "%s %s" % (first, sur)
    c.g = g
    c.hij, c.zijn, c.hem = pronouns(g)
    c.Hij = c.hij.capitalize()
    c.Zijn = c.zijn.capitalize()
    c.place, c.school, c.swv = place, school, swv
    c.board = r.choice(BOARDS)
    c.ib, c.mentor, c.director, c.expert, c.other, c.cvb = staff
    pm = r.choice(["mw.", "mevr."])
    c.mother = "%s %s" % (pm, r.choice(SURN) if r.random() < 0.4 else sur)
    c.father = "dhr. %s" % sur
    c.parents = "%s en %s" % (c.mother, c.father)
    # age and group
    age = spec.get("age")
    if age is None:
        age = {"po": r.randint(8, 11), "sbo": r.randint(8, 12), "so": r.randint(7, 11), "vo": r.randint(12, 15),
               "pro": r.randint(13, 16), "vso": r.randint(14, 16)}[st]
    c.age = age
    by = d.year - age - (1 if d.month < 6 else 0)
    c.birth = dt.date(by, r.randint(1, 12), r.randint(1, 28))
    if st in ("po", "sbo", "so"):
        c.groep = "groep %d" % max(3, min(8, age - 4)) if st != "so" else "groep SO-%d" % max(3, min(8, age - 4))
    elif st == "vo":
        c.groep = "klas %d" % max(1, min(4, age - 11))
    else:
        c.groep = "leerjaar %d" % max(1, min(5, age - 11))
    c.ds = ds
    c.D = lambda x: fmt_date(x, ds)
    c.date = d
    c.sy = school_year(d)
    c.oogo_date = d - dt.timedelta(days=r.randint(6, 16))
    c.pupil_talk = c.oogo_date - dt.timedelta(days=r.randint(2, 9))
    sy_end = d.year + 1 if d.month >= 8 else d.year
    c.eval2 = dt.date(sy_end, 6, r.randint(8, 26))
    if (c.eval2 - d).days < 90:  # plan made late in the school year: evaluate in the next one
        c.eval2 = dt.date(sy_end, 11, r.randint(3, 27))
    c.eval1 = d + dt.timedelta(days=(c.eval2 - d).days // 2 + r.randint(-7, 7))
    c.report_date = d - dt.timedelta(days=r.randint(120, 300))
    c.sign_date = d + dt.timedelta(days=r.randint(1, 9))
    c.r = r
    prof = PROFILES[spec["profile"]]
    c.P = prof(c)
    return c


def S(c, s):
    """Substitute case fields in a template string."""
    class _Keep(dict):
        def __missing__(self, k):
            return "{" + k + "}"
    return s.format_map(_Keep(n=c.first, N=c.full, hij=c.hij, Hij=c.Hij, zijn=c.zijn, Zijn=c.Zijn, hem=c.hem,
                    school=c.school, place=c.place, ib=c.ib, mentor=c.mentor, expert=c.expert,
                    other=c.other, cvb=c.cvb, groep=c.groep, rep=c.D(c.report_date),
                    e1=c.D(c.eval1), e2=c.D(c.eval2), d=c.D(c.date), sy=c.sy))


# ----------------------------------------------------------------------------------------------
# Profiles: each returns a dict with the element material for one kind of pupil.
# factor lists: (domain, text). Domains: leren, werkhouding, sociaal, lichamelijk, thuis
# support rows: (wat, wie, hoe vaak, vanaf/waar)
# ----------------------------------------------------------------------------------------------

def p_po_dys(c):
    return dict(
        uitstroom="vmbo basis-/kaderberoepsgerichte leerweg, met leerwegondersteuning (lwoo)",
        uitstroom_short="vmbo-bb/kb met lwoo",
        onderbouwing=[
            "Het leerrendement van {n} ligt sinds groep 4 rond de 55-60% voor rekenen-wiskunde en begrijpend lezen.",
            "DLE rekenen-wiskunde (midden {groep}): 27, spelling 25, begrijpend lezen 24 (verwacht rond 45).",
            "Intelligentieonderzoek (WISC-V, {rep}, door {expert}, orthopedagoog): TIQ 84, verwerkingssnelheid 76, verbaal begrip 93.",
            "@Er is een dyslexieverklaring (EED-traject afgerond). Gezien de stabiele ontwikkeling over drie jaar en het intelligentieprofiel verwachten wij uitstroom naar vmbo-bb/kb met lwoo."],
        factors_b=[("leren", "Ernstige dyslexie: technisch lezen AVI-E5 in {groep}, spelling zwak"),
                   ("leren", "Rekenfeiten (tafels, splitsingen) niet geautomatiseerd"),
                   ("werkhouding", "Trage verwerking; raakt bij lange instructie het overzicht kwijt"),
                   ("sociaal", "Faalangst bij toetsen, klapt dicht bij tijdsdruk"),
                   ("thuis", "Weinig rust thuis voor huiswerk (groot gezin, verbouwing)")],
        factors_p=[("leren", "Goede mondelinge taalvaardigheid en woordenschat"),
                   ("werkhouding", "Wil graag leren en vraagt hulp als de sfeer veilig is"),
                   ("sociaal", "Geliefd in de groep, helpt anderen, sportief (voetbal)"),
                   ("thuis", "Betrokken ouders; moeder leest dagelijks met {n} via de voorleessoftware")],
        needs=["instructie in kleine stappen met concreet materiaal en een voorbeeld op papier",
               "teksten voorgelezen via ondersteunende software (Kurzweil) bij zaakvakken en toetsen",
               "extra tijd (25%) bij toetsen en geen beoordeling op spelling bij zaakvakken",
               "een vaste plek vooraan en vooraf weten wat er getoetst wordt",
               "succeservaringen: eerst benoemen wat wel goed gaat"],
        support=[("Verlengde instructie rekenen in kleine groep", "groepsleerkracht", "4x per week, 20 min", "vanaf 1 oktober"),
                 ("Leesbegeleiding (RALFI-lezen)", "onderwijsassistent", "3x per week, 15 min", "vanaf 1 oktober"),
                 ("Remedial teaching spelling en strategieen", "RT-er, {other}", "1x per week, 45 min", "hele schooljaar"),
                 ("Inzet Kurzweil op laptop", "leerkracht/ICT", "dagelijks", "per direct")],
        afw=["Rekenen-wiskunde: {n} volgt een eigen leerlijn op niveau eind groep 5 (leerlijn 1F-gericht); de einddoelen van groep 8 worden niet allemaal gehaald.",
             "Spelling telt niet mee in de beoordeling van zaakvakken; {n} krijgt minder opgaven en een aangepaste toets."],
        goals=["Eind januari: {n} kent de tafels 1 t/m 5 en 10 (90% goed, binnen 3 seconden per som, TTR-tafels).",
               "Eind januari: {n} leest AVI-E6 beheersingsniveau.",
               "Eind juni: DLE rekenen-wiskunde minimaal 33 (groei van 6 maanden).",
               "Eind juni: {n} gebruikt bij elke toets zelf de voorleessoftware, zonder herinnering."],
        advice=["Orthopedagoog {expert} (verslag {rep}) adviseert: verlengde instructie, compenserende software en een eigen leerlijn rekenen; doubleren heeft geen meerwaarde.",
                "Dyslexiebehandelaar (behandelcentrum De Letterdraak) adviseert dagelijks 15 minuten lezen met een volwassene.",
                "Wat de school ermee doet: de adviezen zijn verwerkt in de onderwijsbehoeften en het handelingsdeel; doubleren is niet aan de orde."],
        see_report="Zie het verslag van het psychologisch onderzoek ({rep}) in het dossier.",
        quote="Ik vind rekenen moeilijk als het snel moet. Met de koptelefoon en de voorleesstem gaat het beter. Ik wil wel graag de tafels leren.",
        changed="We hebben de tafeldoelen toegevoegd als 'kinddoel' en {n} mag bij zelfstandig werken altijd de koptelefoon gebruiken; de verlengde instructie vindt plaats aan de instructietafel, niet buiten de klas (op {zijn} verzoek).",
    )


def p_po_ass(c):
    return dict(
        uitstroom="havo / vwo (bandbreedte; advies in groep 8)",
        uitstroom_short="havo/vwo",
        onderbouwing=[
            "{n} scoort op de methodeonafhankelijke toetsen boven het landelijk gemiddelde (I/II-scores rekenen en begrijpend lezen, leerrendement > 100%).",
            "Intelligentieonderzoek ({rep}, {expert}): TIQ 121, disharmonisch profiel met sterk verbaal begrip en zwakkere verwerkingssnelheid.",
            "Diagnose autismespectrumstoornis (ASS) door de kinder- en jeugdpsychiatrie ({place}, 2023). De belemmeringen zitten vooral in planning en sociale interactie, niet in het leervermogen."],
        factors_b=[("werkhouding", "Moeite met plannen en overzicht bij weektaken en werkstukken"),
                   ("sociaal", "Raakt overprikkeld in drukke situaties (gym, pauze, overgangen)"),
                   ("sociaal", "Moeite met samenwerken en met onverwachte veranderingen"),
                   ("lichamelijk", "Slaapt slecht, is 's ochtends vaak moe")],
        factors_p=[("leren", "Sterk in rekenen, logisch redeneren en techniek"),
                   ("leren", "Grote interesse in natuur en sterrenkunde; leest veel"),
                   ("werkhouding", "Werkt zeer nauwkeurig bij een duidelijke opdracht"),
                   ("thuis", "Ouders werken goed samen met school en hulpverlening")],
        needs=["voorspelbaarheid: dagplanning op het bord en vooraf aankondigen van veranderingen",
               "een prikkelarme werkplek en een time-outplek (stilteruimte)",
               "hulp bij plannen met een weekplanner en tussentijdse check",
               "verrijkingsstof in plaats van herhalingsstof",
               "duidelijke afspraken over samenwerkingsopdrachten (vaste maatje, vaste rol)"],
        support=[("Coaching executieve functies (plannen, organiseren)", "IB'er {ib}", "1x per week, 30 min", "vanaf oktober"),
                 ("Plusklas (verrijking)", "plusklasleerkracht", "1 ochtend per week", "hele schooljaar"),
                 ("Ambulante begeleiding autisme", "ambulant begeleider (expertisecentrum)", "1x per 3 weken", "vanaf november"),
                 ("Inzet stilteruimte en time-outkaart", "groepsleerkracht", "dagelijks, op eigen initiatief", "per direct")],
        afw=["Geen afwijkingen van het onderwijsprogramma: {n} volgt het reguliere programma met verrijking; compacten valt binnen het reguliere aanbod."],
        goals=["Voor de kerstvakantie plant {n} de weektaak zelfstandig in (4 van de 5 weken juist ingevuld).",
               "In maart werkt {n} twee keer per week 20 minuten samen met een vast maatje zonder ingrijpen van de leerkracht.",
               "Eind juni: {n} gebruikt de time-outkaart zelf bij oplopende spanning (registratie leerkracht: minder dan 1 incident per maand)."],
        advice=["Ambulant begeleider autisme adviseert een vaste dagstructuur en een prikkelarme werkplek; dit is verwerkt in het handelingsdeel.",
                "Kinderpsychiater ({expert}, brief {rep}) adviseert aandacht voor slaap en overgangsmomenten; school stemt af met ouders over start van de dag (zachte start om 8.20 uur)."],
        see_report="Adviezen: zie verslag kinderpsychiatrie.",
        quote="Ik wil niet steeds uit de klas naar de plusklas als er iets leuks is. En ik wil weten wie er invalt.",
        changed="De plusklas is verplaatst naar woensdagochtend (geen gym of handvaardigheid), en bij een invaller krijgt {n} dat 's ochtends persoonlijk te horen.",
    )


def p_po_adhd(c):
    return dict(
        uitstroom="vmbo theoretische leerweg (vmbo-tl), mogelijk havo bij doorgaande ontwikkeling",
        uitstroom_short="vmbo-tl (havo?)",
        onderbouwing=[
            "Toetsresultaten (Cito/Boom LVS) liggen op niveau III-IV; bij herhaling en onder rustige omstandigheden scoort {n} hoger.",
            "Intelligentie gemiddeld (TIQ 98, {rep}); aandachtsproblemen (ADHD, gediagnosticeerd door de jeugd-GGZ) drukken de resultaten.",
            "@Op basis van de ontwikkeling sinds groep 5 en de positieve invloed van de medicatie verwachten wij vmbo-tl."],
        factors_b=[("werkhouding", "Concentratie beperkt tot ongeveer 10 minuten; snel afgeleid"),
                   ("sociaal", "Impulsief; conflicten op het plein, vooral na de middagpauze"),
                   ("leren", "Slordig werk door haast; rekenfouten bij meerstapsopgaven"),
                   ("thuis", "Ouders zijn gescheiden; wisselend ritme tussen twee huizen")],
        factors_p=[("sociaal", "Enthousiast, humorvol, neemt initiatief"),
                   ("leren", "Goed in mondelinge taal en begrip van verhalen"),
                   ("werkhouding", "Werkt goed met een beloningssysteem en korte taken"),
                   ("lichamelijk", "Sportief: zit op judo, kan spanning kwijt in beweging")],
        needs=["korte opdrachten met een timer en directe feedback",
               "beweegmomenten tussen taken (wiebelkussen, boodschap doen)",
               "vaste begeleiding bij de overgang van pauze naar les",
               "een leerkracht die positief gedrag benoemt voordat er gecorrigeerd wordt",
               "afstemming tussen beide ouders over huiswerk en afspraken"],
        support=[("Beloningssysteem (dagkaart) met terugkoppeling aan ouders", "groepsleerkracht", "dagelijks", "vanaf 1 november"),
                 ("Training sociale vaardigheden (Rots en Water)", "gymdocent / schoolmaatschappelijk werk", "8 bijeenkomsten, wekelijks", "vanaf januari"),
                 ("Pleinbegeleiding en inloopafspraak na de pauze", "onderwijsassistent", "dagelijks 10 min", "per direct"),
                 ("Overleg met jeugd-GGZ over medicatie en gedrag", "IB'er {ib}", "1x per 6 weken", "hele schooljaar")],
        afw=["{n} volgt op dinsdag- en donderdagmiddag (2 uur per week) een training buiten de klas; het reguliere programma voor wereldoriëntatie wordt op die middagen verkort aangeboden."],
        goals=["Eind december: {n} werkt 15 minuten zelfstandig aan een taak (8 van de 10 observaties).",
               "Februari: minder dan 2 conflictmeldingen per week na de middagpauze (registratie).",
               "Juni: bij meerstapsopgaven gebruikt {n} het stappenplan; score methodetoets minimaal 70%."],
        advice=["De jeugd-GGZ (behandelaar {expert}) adviseert korte taken en een beloningssysteem; de school heeft dit overgenomen.",
                "Schoolmaatschappelijk werk adviseert afstemming met beide ouders; er is een gezamenlijk oudergesprek per periode afgesproken."],
        see_report="Advies behandelaar: zie brief jeugd-GGZ, opgenomen in ParnasSys.",
        quote="Na de pauze ben ik nog boos en dan lukt het niet. Ik wil liever eerst even rennen.",
        changed="Afgesproken is dat {n} na de middagpauze eerst 5 minuten een boodschap mag doen of een rondje loopt met de onderwijsassistent, voordat de les begint.",
    )


def p_sbo_pro(c):
    return dict(
        uitstroom="praktijkonderwijs",
        uitstroom_short="pro",
        onderbouwing=[
            "Intelligentieonderzoek ({rep}, {expert}): TIQ 71 (WISC-V); sociaal-emotioneel jonger dan leeftijdgenoten.",
            "Leerachterstand op alle hoofdvakken van meer dan 50% (DLE rekenen 18, begrijpend lezen 16).",
            "@Leerrendement de afgelopen twee jaar stabiel rond 45%. Op basis hiervan en van de leerroute 3 verwachten wij uitstroom naar het praktijkonderwijs."],
        factors_b=[("leren", "Beperkt abstractievermogen; heeft concreet materiaal nodig"),
                   ("leren", "Rekenen op niveau eind groep 4"),
                   ("sociaal", "Laat zich makkelijk meetrekken door anderen"),
                   ("thuis", "Thuis wordt weinig Nederlands gesproken")],
        factors_p=[("werkhouding", "Doorzetter, werkt netjes en graag met de handen"),
                   ("sociaal", "Vriendelijk, behulpzaam voor jongere kinderen"),
                   ("leren", "Goed in praktische opdrachten (koken, techniek)"),
                   ("thuis", "Ouders zijn zeer betrokken en komen op alle gesprekken")],
        needs=["concrete, praktische opdrachten met plaatjes en voordoen",
               "herhaling en vaste routines",
               "een volwassene die toeziet op contacten in pauze en na school",
               "woordenschatondersteuning (thematisch, met beeld)"],
        support=[("Leerroute 3 rekenen (eigen leerlijn)", "groepsleerkracht", "dagelijks", "hele schooljaar"),
                 ("Woordenschatgroep", "onderwijsassistent", "2x per week, 30 min", "vanaf oktober"),
                 ("Praktijkles techniek/koken", "vakleerkracht", "1 middag per week", "hele schooljaar")],
        afw=["Rekenen en taal: {n} volgt leerroute 3 (eigen leerlijn met minimumdoelen tot eind groep 6). De kerndoelen van groep 8 worden niet gehaald.",
             "Engels wordt niet aangeboden; in die tijd extra woordenschat."],
        goals=["Eind februari: {n} rekent optellen en aftrekken tot 100 zonder brug (80% goed, methodetoets).",
               "Eind juni: {n} leest AVI-M5 beheersingsniveau.",
               "Eind juni: {n} kan een eenvoudig recept zelfstandig uitvoeren (observatie praktijkles)."],
        advice=["@Orthopedagoog {expert} adviseert uitstroom naar praktijkonderwijs en een praktisch aanbod; de school volgt dit advies.",
                "Logopedist (praktijk De Klankkast) adviseert woordenschatondersteuning met beeld; dit is opgenomen in de woordenschatgroep."],
        see_report="Zie OPP-bijlage: verslag orthopedagoog.",
        quote="Ik vind koken en techniek het leukst. Rekenen met geld wil ik beter leren.",
        changed="Er is een doel 'rekenen met geld' toegevoegd en in de praktijkles wordt boodschappen doen geoefend.",
    )


def p_so_c4(c):
    return dict(
        uitstroom="vso uitstroomprofiel vervolgonderwijs (vmbo-tl niveau), met op termijn terugplaatsing naar regulier vo als dat haalbaar is",
        uitstroom_short="vso vervolgonderwijs (vmbo-tl)",
        onderbouwing=[
            "Didactisch niveau gemiddeld (leerrendement 85-95%), TIQ 102 ({rep}).",
            "Ernstige gedragsproblemen (ODD, hechtingsproblematiek) maken een grote reguliere klas voorlopig niet haalbaar.",
            "@Het behandelteam en de school zien een vso-vervolgonderwijsprofiel als passend."],
        factors_b=[("sociaal", "Wantrouwen naar volwassenen; reageert fel op correctie"),
                   ("sociaal", "Woedeaanvallen bij frustratie (gemiddeld 2x per week)"),
                   ("thuis", "Uithuisplaatsing in 2022; woont nu in een gezinshuis"),
                   ("werkhouding", "Vermijdt nieuwe of moeilijke taken")],
        factors_p=[("leren", "Goed leervermogen; rekenen op groepsniveau"),
                   ("sociaal", "Bouwt een band op met vaste volwassenen"),
                   ("thuis", "Stabiele situatie in het gezinshuis; gezinshuisouders zijn betrokken"),
                   ("lichamelijk", "Sportief, houdt van buiten zijn")],
        needs=["vaste, voorspelbare volwassenen en een kleine groep (max. 12)",
               "een vooraf besproken plan bij oplopende spanning (signaleringsplan)",
               "nieuwe stof in kleine stapjes met succeservaring vooraf",
               "afstemming tussen school, gezinshuis en behandelaar"],
        support=[("Dagelijkse check-in/check-out met mentor", "mentor {mentor}", "dagelijks", "per direct"),
                 ("Signaleringsplan en time-out volgens protocol", "groepsteam", "zo nodig", "vanaf start schooljaar"),
                 ("Agressieregulatietraining op school", "gedragswetenschapper {other}", "wekelijks, 45 min", "oktober-maart"),
                 ("Driehoeksoverleg school-gezinshuis-behandelaar", "gedragswetenschapper", "1x per 6 weken", "hele schooljaar")],
        afw=["{n} heeft een aangepast rooster: op woensdag tot 12.00 uur in verband met behandeling (3 lesuren per week minder). De gemiste tijd wordt niet ingehaald; de doelen voor wereldoriëntatie zijn hierop aangepast."],
        goals=["Eind januari: {n} gebruikt bij oplopende spanning zelf het stoplicht (groen-oranje-rood) in 3 van de 4 situaties.",
               "Eind maart: maximaal 1 incident per week (registratie).",
               "Eind juni: {n} werkt 20 minuten zelfstandig aan een nieuwe taak."],
        advice=["@Commissie voor de begeleiding (vergadering {rep}): advies vso-vervolgonderwijs, signaleringsplan en driehoeksoverleg. De school neemt het advies over.",
                "Behandelaar (jeugdhulp De Lindenhof): agressieregulatietraining afstemmen op de behandeling; de training op school gebruikt dezelfde stoplichtmethode."],
        see_report="Advies CvB: zie verslag commissie voor de begeleiding ({rep}).",
        quote="Ik wil terug naar een gewone school. Ik wil niet dat ze meteen bellen als het misgaat.",
        changed="Het doel 'terugplaatsing' is als lange-termijndoel opgenomen; bij een incident belt de mentor eerst {n} zelf na afloop voordat het gezinshuis wordt gebeld.",
    )


def p_so_zml(c):
    return dict(
        uitstroom="vso uitstroomprofiel dagbesteding (taakgerichte dagbesteding)",
        uitstroom_short="vso dagbesteding",
        onderbouwing=[
            "Ernstige verstandelijke beperking (TIQ < 50, {rep}); ontwikkelingsleeftijd ongeveer 4 jaar.",
            "Leerlijnen ZML (CED): niveau 1-2 op communicatie en zelfredzaamheid.",
            "@De ontwikkeling van de afgelopen jaren verloopt langzaam maar gestaag; arbeidsmatige dagbesteding is niet haalbaar gezien de begeleidingsbehoefte."],
        factors_b=[("leren", "Communiceert met enkele woorden en gebaren"),
                   ("lichamelijk", "Epilepsie (medicatie); snel vermoeid"),
                   ("lichamelijk", "Fijne motoriek zwak"),
                   ("sociaal", "Raakt onrustig bij veel geluid")],
        factors_p=[("sociaal", "Vrolijk, maakt graag contact met bekende volwassenen"),
                   ("leren", "Leert goed via vaste routines en picto's"),
                   ("thuis", "Ouders en zorgaanbieder werken nauw samen met school")],
        needs=["dagritme met picto's en vaste volgorde",
               "rustige ruimte en rustmomenten",
               "ondersteunende gebaren (NmG) door alle begeleiders",
               "medisch handelingsprotocol epilepsie"],
        support=[("Communicatie met picto's en NmG", "groepsleerkracht en klassenassistent", "dagelijks", "per direct"),
                 ("Fysiotherapie (motoriek)", "fysiotherapeut op school", "1x per week, 30 min", "hele schooljaar"),
                 ("Logopedie (communicatie)", "logopedist", "1x per week", "hele schooljaar")],
        afw=["{n} volgt de leerlijnen ZML in plaats van de kerndoelen so; rooster 4 dagen per week (woensdag naar de zorgboerderij)."],
        goals=["Eind januari: {n} kiest uit 2 picto's bij het eten en drinken (5 van de 5 dagen).",
               "Eind juni: {n} trekt zelfstandig de jas aan (met ritssluiting als hulp).",
               "Eind juni: {n} gebruikt 10 gebaren uit NmG spontaan."],
        advice=["@Commissie voor de begeleiding ({rep}): advies uitstroomprofiel dagbesteding, inzet logopedie en fysiotherapie; overgenomen.",
                "Arts verstandelijk gehandicapten: epilepsieprotocol; is op school aanwezig en besproken met het team."],
        see_report="Advies CvB: zie verslag.",
        quote="(via picto's en observatie) {n} wijst 'buiten' en 'muziek' aan als fijnste activiteiten.",
        changed="Er is dagelijks een muziekmoment in het rooster opgenomen en het buitenspelen is verplaatst naar het begin van de middag.",
    )


def p_vo_havo_ass(c):
    return dict(
        uitstroom="havo-diploma (met aangepast examenrooster)",
        uitstroom_short="havo",
        onderbouwing=[
            "Basisschooladvies havo/vwo; doorstroomtoets 1S-niveau voor taal en rekenen.",
            "Cijfers in de onderbouw ruim voldoende (gemiddeld 6,8); de resultaten dalen vooral bij planningsopdrachten en groepswerk.",
            "@ASS-diagnose ({rep}). Het leervermogen past bij havo; de ondersteuning richt zich op plannen, prikkels en sociale situaties."],
        factors_b=[("werkhouding", "Plannen van toetsweken en PO's loopt vast"),
                   ("sociaal", "Overprikkeling in drukke gangen en aula; verzuim bij toetsweken"),
                   ("sociaal", "Groepsopdrachten leiden tot conflicten of terugtrekken"),
                   ("lichamelijk", "Spanningsklachten (hoofdpijn)")],
        factors_p=[("leren", "Sterk in wiskunde en biologie"),
                   ("werkhouding", "Zeer gemotiveerd voor het diploma"),
                   ("sociaal", "Een paar goede vrienden in de klas"),
                   ("thuis", "Ouders helpen met structuur thuis")],
        needs=["een vaste coach en een vaste werkplek (rustruimte)",
               "eerder weten van roosterwijzigingen (melding via app)",
               "hulp bij planning van toetsweek en PO's",
               "aangepaste rol bij groepsopdrachten of individuele variant"],
        support=[("Coachgesprek planning", "coach {mentor}", "1x per week, 20 min", "vanaf week 38"),
                 ("Gebruik rustruimte Trajectvoorziening", "trajectbegeleider", "op eigen initiatief, max. 2x per dag", "per direct"),
                 ("Aparte toetsruimte in toetsweken", "examensecretaris", "alle toetsweken", "hele schooljaar"),
                 ("Begeleiding passend onderwijs (BPO)", "BPO'er {other}", "1x per 2 weken", "oktober-juni")],
        afw=["Geen afwijkingen: {n} volgt het volledige havoprogramma."],
        goals=["Voor de toetsweek van december maakt {n} zelf een planning, besproken met de coach (check: planning 1 week vooraf klaar).",
               "Verzuim in toetsweken maximaal 1 dag per periode.",
               "Bij groepsopdrachten maakt {n} vooraf met de docent een taakverdeling; in periode 3 zijn alle PO's op tijd ingeleverd."],
        advice=["Autisme-expert van het samenwerkingsverband ({expert}) adviseert een vaste rustplek en voorspelbaarheid; overgenomen.",
                "Huisarts/POH-jeugd: spanningsklachten volgen; afspraak dat de coach signalen doorgeeft aan ouders."],
        see_report="Advies expert: zie verslag observatie ({rep}).",
        quote="Ik wil vooral niet in de aula hoeven wachten. En ik wil zelf bepalen wanneer ik naar de rustruimte ga.",
        changed="{n} krijgt een pasje voor de rustruimte en mag tussenuren daar doorbrengen; de regel 'melden bij de mentor' is vervangen door zelf inchecken.",
    )


def p_vo_vmbo_dysc(c):
    return dict(
        uitstroom="vmbo kaderberoepsgerichte leerweg (profiel Zorg en welzijn)",
        uitstroom_short="vmbo-kb",
        onderbouwing=[
            "Basisschooladvies vmbo-kader; NIO (brugklas): totaal 89.",
            "Ernstige rekenproblemen (dyscalculieverklaring, {rep}); voor de overige vakken voldoende resultaten op kaderniveau.",
            "@Met de rekenondersteuning en de aangepaste rekentoets is het kaderdiploma haalbaar."],
        factors_b=[("leren", "Dyscalculie: getalbegrip en hoofdrekenen zwak"),
                   ("sociaal", "Onzeker, trekt zich terug bij wiskunde"),
                   ("werkhouding", "Huiswerk voor wiskunde wordt vaak niet gemaakt"),
                   ("thuis", "Moeder alleenstaand, werkt onregelmatig")],
        factors_p=[("sociaal", "Sociaal sterk, zorgzaam"),
                   ("leren", "Goed in praktijkvakken en Nederlands"),
                   ("werkhouding", "Komt afspraken na als ze concreet zijn")],
        needs=["rekenmachine en formulekaart bij alle vakken",
               "uitleg in kleine stappen met uitgewerkte voorbeelden",
               "extra tijd bij wiskundetoetsen",
               "een docent die vooraf de opgaven doorneemt"],
        support=[("Rekenbegeleiding in kleine groep", "rekencoach {other}", "2x per week, 30 min", "vanaf 1 oktober"),
                 ("Huiswerkbegeleiding op school", "huiswerkklas", "3 middagen per week", "hele schooljaar"),
                 ("Dyscalculiefaciliteiten bij toetsen (zie pas)", "alle docenten", "bij elke toets", "per direct")],
        afw=["{n} krijgt ontheffing voor het vak Duits vanaf leerjaar 2; in die lesuren volgt {hij} rekenbegeleiding."],
        goals=["Periode 2: {n} maakt het wiskundehuiswerk minimaal 4 van de 5 keer (registratie Magister).",
               "Eind schooljaar: gemiddeld cijfer wiskunde minimaal 5,5.",
               "Eind schooljaar: {n} gebruikt de formulekaart zelfstandig bij toetsen."],
        advice=["Dyscalculiebehandelaar (praktijk Rekenrijk, {rep}): faciliteiten rekenmachine en formulekaart; overgenomen in de faciliteitenpas."],
        see_report="Zie dyscalculieverklaring in het dossier.",
        quote="Wiskunde snap ik niet als het op het bord snel gaat. In het kleine groepje durf ik wel vragen te stellen.",
        changed="De rekenbegeleiding is uitgebreid van 1 naar 2 keer per week, en {n} krijgt de uitwerkingen van de uitleg op papier mee.",
    )


def p_vo_ziek(c):
    return dict(
        uitstroom="vwo-diploma, mogelijk in een verlengde route (6 of 7 jaar)",
        uitstroom_short="vwo (verlengd)",
        onderbouwing=[
            "Basisschooladvies vwo; resultaten in de vakken die gevolgd worden ruim voldoende (gemiddeld 7,2).",
            "Chronische aandoening (ME/CVS, vastgesteld door het ziekenhuis in {place}, {rep}); belastbaarheid ongeveer 50% van een schoolweek.",
            "@Leervermogen past bij vwo; de belemmering is de energie, niet het niveau."],
        factors_b=[("lichamelijk", "Vermoeidheid; kan maximaal 4 lesuren per dag volgen"),
                   ("lichamelijk", "Terugval na inspanning (ook na gym en excursies)"),
                   ("sociaal", "Mist contact met klasgenoten door afwezigheid")],
        factors_p=[("leren", "Snel van begrip, werkt zelfstandig thuis"),
                   ("werkhouding", "Zeer gemotiveerd, plant goed"),
                   ("thuis", "Ouders ondersteunen en onderhouden contact met school")],
        needs=["een aangepast rooster en toegang tot lesmateriaal thuis (hybride lessen)",
               "prioriteren van vakken en PTA-onderdelen met de decaan",
               "rustplek op school",
               "één contactpersoon voor alle afspraken"],
        support=[("Aangepast rooster (4 dagen, max. 4 lesuren)", "teamleider en mentor", "wekelijks bijgesteld", "vanaf oktober"),
                 ("Online meekijken via Teams bij 3 vakken", "vakdocenten", "per les", "vanaf november"),
                 ("Overleg met consulent onderwijs aan zieke leerlingen (OZL)", "zorgcoördinator {ib}", "1x per 6 weken", "hele schooljaar")],
        afw=["Vermindering van de onderwijstijd: {n} volgt ongeveer 14 lesuren per week in plaats van 32 (toestemming inspectie aangevraagd).",
             "Vrijstelling lichamelijke opvoeding; vervangende opdracht.",
             "Spreiding van het examenprogramma over twee jaar is in overleg."],
        goals=["Eind december: {n} volgt stabiel 12 lesuren per week zonder terugval (registratie aanwezigheid).",
               "Eind schooljaar: alle PTA-onderdelen van 4 vwo voor wiskunde B, biologie en Nederlands afgerond.",
               "Contactmoment met de klas: 1x per week deelname aan mentoruur (fysiek of online)."],
        advice=["Revalidatiearts (ziekenhuis, {rep}): opbouw in kleine stappen (10% per 6 weken); overgenomen in het rooster.",
                "Consulent OZL adviseert hybride lessen; gerealiseerd voor 3 vakken."],
        see_report="Zie brief revalidatiearts.",
        quote="Ik wil vooral niet achterlopen bij wiskunde B. Gym mis ik niet, maar wel de klas.",
        changed="Wiskunde B heeft voorrang in het rooster en {n} doet één keer per week fysiek mee met het mentoruur.",
    )


def p_pro_arbeid(c):
    return dict(
        uitstroom="arbeid: werk in de groenvoorziening of logistiek, met ondersteuning (eventueel beschut werk)",
        uitstroom_short="arbeid (groen/logistiek)",
        onderbouwing=[
            "TIQ 68 ({rep}); leerachterstand van meer dan drie jaar bij instroom.",
            "Stages in leerjaar 2 (kwekerij, magazijn) positief beoordeeld op werkhouding en samenwerken.",
            "@Een mbo-entreeopleiding is gezien de leerresultaten en de begeleidingsvraag nu niet haalbaar; arbeid met begeleiding wel."],
        factors_b=[("leren", "Lezen en rekenen op niveau groep 5"),
                   ("werkhouding", "Moeite met veranderingen in taken en nieuwe collega's"),
                   ("sociaal", "Weinig weerbaar, wordt soms uitgedaagd door klasgenoten"),
                   ("thuis", "Ouders hebben weinig netwerk voor vervolg")],
        factors_p=[("werkhouding", "Punctueel, betrouwbaar, fysiek sterk"),
                   ("sociaal", "Werkt prettig samen in een klein team"),
                   ("leren", "Leert goed door voordoen en herhalen")],
        needs=["werkinstructies met foto's en een vaste volgorde",
               "één vaste begeleider op de stageplek",
               "oefenen met reizen en op tijd komen",
               "weerbaarheidstraining"],
        support=[("Interne stage (kantine, groen)", "praktijkdocent", "2 dagdelen per week", "leerjaar 3"),
                 ("Externe stage met jobcoach", "stagebegeleider {other}", "1 dag per week", "vanaf februari"),
                 ("Weerbaarheidstraining", "mentor {mentor}", "6 lessen", "oktober-december"),
                 ("Branchecertificaat Groen (heftruck na 18)", "praktijkdocent", "wekelijks", "hele schooljaar")],
        afw=["Nee, geen afwijkingen: het programma van het praktijkonderwijs is voor {n} passend."],
        goals=["Eind januari: {n} reist zelfstandig met de bus naar de stageplek (3 weken zonder hulp).",
               "Eind schooljaar: branchecertificaat 'Medewerker groen' behaald.",
               "Stagebeoordeling 'werkhouding' minimaal voldoende op alle punten."],
        advice=["Orthopedagoog van de school ({expert}) adviseert weerbaarheidstraining en werken met fotoinstructies; opgenomen.",
                "Jobcoach (UWV-traject): toeleiding naar beschut werk onderzoeken in leerjaar 4."],
        see_report="Zie verslag orthopedagoog.",
        quote="Ik wil later buiten werken, met machines. Ik wil niet in een fabriek met veel lawaai.",
        changed="De externe stage wordt gezocht in de groenvoorziening in plaats van het magazijn, en het certificaat 'Medewerker groen' is als doel opgenomen.",
    )


def p_pro_entree(c):
    return dict(
        uitstroom="mbo entreeopleiding (niveau 1), richting Horeca, met als doel daarna arbeid",
        uitstroom_short="entree mbo-1",
        onderbouwing=[
            "TIQ 76 ({rep}); leerrendement taal en rekenen de laatste twee jaar boven verwachting (rekenen niveau 1F bijna bereikt).",
            "Positieve stagebeoordelingen in de horeca (keuken).",
            "@Het ondersteuningsteam verwacht dat de entreeopleiding haalbaar is met begeleiding bij de overstap."],
        factors_b=[("sociaal", "Snel boos bij kritiek"),
                   ("werkhouding", "Verzuim op maandag"),
                   ("thuis", "Onrustige thuissituatie; betrokkenheid wijkteam")],
        factors_p=[("werkhouding", "Werkt snel en zelfstandig in de keuken"),
                   ("sociaal", "Goed contact met gasten, behulpzaam"),
                   ("leren", "Vooruitgang in rekenen; haalt bijna 1F")],
        needs=["duidelijke afspraken over aanwezigheid en vaste contactpersoon",
               "feedback in een rustig een-op-eengesprek",
               "begeleiding bij aanmelding mbo en intake"],
        support=[("Verzuimbegeleiding met wekelijkse check", "mentor {mentor}", "wekelijks", "vanaf september"),
                 ("Stage keuken (restaurant De Gulle Pollepel)", "stagebegeleider", "2 dagen per week", "hele schooljaar"),
                 ("Begeleiding overstap mbo (warme overdracht)", "trajectbegeleider {other}", "maandelijks", "vanaf januari")],
        afw=["Geen."],
        goals=["Verzuim op maandag uiterlijk in december teruggebracht tot maximaal 1 keer per maand.",
               "Eind schooljaar: rekenen 1F behaald (toets).",
               "Voor 1 april aangemeld en ingeschreven bij de entreeopleiding Horeca."],
        advice=["Wijkteam ({expert}) ondersteunt het gezin; afstemming met school maandelijks (met toestemming ouders).",
                "Leerplichtambtenaar adviseert verzuimbegeleiding; opgenomen."],
        see_report="Zie notitie wijkteam.",
        quote="Ik wil kok worden. Ik wil niet dat mijn mentor steeds mijn moeder belt als ik ziek ben.",
        changed="Bij ziekte belt {n} zelf voor 8.30 uur af bij de mentor; de mentor belt alleen thuis als dat niet is gebeurd.",
    )


def p_vso_arbeid(c):
    return dict(
        uitstroom="uitstroomprofiel arbeidsmarktgericht: werk in een productieomgeving of de schoonmaak, met loonkostensubsidie/jobcoach",
        uitstroom_short="arbeidsmarktgericht",
        profile="arbeidsmarktgericht",
        onderbouwing=[
            "TIQ 62 ({rep}); leerlijnen arbeid en praktijkvaardigheden op niveau 'werken met begeleiding'.",
            "Positieve interne en externe stages (schoonmaakbedrijf, inpakafdeling).",
            "@De wens van {n} en de ervaringen op stage sluiten hierop aan."],
        factors_b=[("leren", "Lezen op niveau groep 4; instructies moeten visueel"),
                   ("sociaal", "Vertrouwt snel onbekenden (risico online)"),
                   ("lichamelijk", "Diabetes type 1, zelfstandig spuiten nog niet stabiel")],
        factors_p=[("werkhouding", "Zorgvuldig en precies, houdt van herhalend werk"),
                   ("sociaal", "Vrolijk, collegiaal"),
                   ("thuis", "Ouders en zus steunen de stage en het reizen")],
        needs=["visuele werkinstructies",
               "begeleiding bij diabetes op school en stage (protocol)",
               "training sociale media en weerbaarheid",
               "jobcoach bij de overstap naar werk"],
        support=[("Externe stage inpakafdeling", "stagecoördinator {other}", "3 dagen per week", "vanaf januari"),
                 ("Training veilig online", "mentor {mentor}", "8 lessen", "oktober-december"),
                 ("Diabetesprotocol en overleg met diabetesverpleegkundige", "schoolverpleegkundige", "zo nodig, 1x per periode overleg", "per direct")],
        afw=["{n} volgt geen examenprogramma; {hij} werkt aan de leerlijnen arbeid en praktijkvaardigheden (branchecertificaten) in plaats van de kerndoelen."],
        goals=["Eind maart: {n} werkt 4 uur achter elkaar op de stage met 1 pauze en zonder aansporing (stagebeoordeling).",
               "Eind schooljaar: certificaat 'Schoonmaak basis' behaald.",
               "Eind schooljaar: {n} meet zelf de bloedsuiker op vaste tijden (registratie)."],
        advice=["@Commissie voor de begeleiding ({rep}): advies profiel arbeidsmarktgericht, stage uitbreiden, jobcoach aanvragen; de school neemt dit over.",
                "Diabetesverpleegkundige: protocol voor school en stage; besproken met stagebedrijf."],
        see_report="Advies CvB: zie verslag CvB.",
        quote="Ik wil werken en geld verdienen. Liefst bij het inpakken, niet bij de schoonmaak.",
        changed="De externe stage is bij de inpakafdeling gezocht; het schoonmaakcertificaat blijft als reserve, op verzoek van {n} met lagere prioriteit.",
    )


def p_vso_dag(c):
    return dict(
        uitstroom="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (bijvoorbeeld zorgboerderij of kringloopwinkel)",
        uitstroom_short="dagbesteding (arbeidsmatig)",
        profile="dagbesteding",
        onderbouwing=[
            "Matige verstandelijke beperking (TIQ 48, {rep}) met ASS.",
            "Werkt alleen met nabije begeleiding; stage op de zorgboerderij verloopt goed.",
            "@Ouders, zorgaanbieder en school zien arbeidsmatige dagbesteding als haalbaar en passend."],
        factors_b=[("sociaal", "Sterke behoefte aan vaste structuur; paniek bij veranderingen"),
                   ("leren", "Leest niet; communiceert met korte zinnen en picto's"),
                   ("lichamelijk", "Overgewicht; weinig beweging")],
        factors_p=[("werkhouding", "Doet graag vaste klusjes (dieren verzorgen)"),
                   ("sociaal", "Rustig in een kleine, bekende groep"),
                   ("thuis", "Ouders, woonvoorziening en school werken samen")],
        needs=["vaste dagstructuur met picto's", "voorbereiding op veranderingen met een sociaal verhaal",
               "beweegmomenten", "vaste begeleider op de stageplek"],
        support=[("Stage zorgboerderij De Klaverhoeve", "stagebegeleider", "2 dagen per week", "hele schooljaar"),
                 ("Sociaal verhaal bij veranderingen", "groepsleerkracht", "zo nodig", "per direct"),
                 ("Beweegprogramma", "vakleerkracht LO", "3x per week", "hele schooljaar")],
        afw=["{n} volgt de leerlijnen dagbesteding (CED) in plaats van een examenprogramma; 2 dagen per week onderwijs op de stageplek."],
        goals=["Eind december: {n} voert de ochtendtaak bij de geiten zelfstandig uit met fotokaart.",
               "Eind juni: bij een aangekondigde verandering blijft {n} rustig (4 van de 5 keer).",
               "Eind juni: 3x per week 30 minuten beweging (registratie)."],
        advice=["@Commissie voor de begeleiding ({rep}): profiel dagbesteding, stage zorgboerderij; overgenomen.",
                "Gedragsdeskundige woonvoorziening: sociaal verhaal bij veranderingen; wordt door school en woonvoorziening gelijk toegepast."],
        see_report="Advies CvB: zie bijlage.",
        quote="(met picto's) {n} kiest 'geiten' en 'fietsen'; 'bus' en 'nieuwe mensen' vindt {hij} niet fijn.",
        changed="{n} gaat op de fiets (met begeleider) naar de zorgboerderij in plaats van met de taxibus, en nieuwe begeleiders worden vooraf met foto voorgesteld.",
    )


def p_vso_vervolg(c):
    return dict(
        uitstroom="uitstroomprofiel vervolgonderwijs: vmbo-tl diploma, daarna mbo niveau 3-4 (ICT)",
        uitstroom_short="vervolgonderwijs (vmbo-tl, mbo-3/4)",
        profile="vervolgonderwijs",
        onderbouwing=[
            "Resultaten op tl-niveau voldoende tot goed (gemiddeld 6,9); NIO totaal 101.",
            "ASS en angstklachten maken een reguliere vo-school (nog) niet haalbaar; in de kleine setting functioneert {n} stabiel.",
            "@Ook de behandelaar ziet vervolgonderwijs met examen in het vso als haalbaar."],
        factors_b=[("sociaal", "Angst in nieuwe situaties en bij presenteren"),
                   ("werkhouding", "Perfectionisme; stelt taken uit"),
                   ("lichamelijk", "Slaapproblemen")],
        factors_p=[("leren", "Sterk in informatica en Engels"),
                   ("werkhouding", "Zeer zelfstandig in de eigen interesses"),
                   ("thuis", "Ondersteunende ouders")],
        needs=["kleine klas en vaste docenten", "alternatief voor presentaties (opname)",
               "planningsbegeleiding bij het PTA", "voorbereiding op mbo-intake"],
        support=[("Planningscoaching PTA", "mentor {mentor}", "1x per week", "hele schooljaar"),
                 ("Angstreductietraining (VRIENDEN)", "orthopedagoog {other}", "10 bijeenkomsten", "vanaf november"),
                 ("Meeloopdagen mbo ICT", "decaan", "2 dagen", "voorjaar")],
        afw=["Presentaties mogen als opname worden ingeleverd (aanpassing in het PTA, vastgesteld door de examencommissie)."],
        goals=["Alle PTA-onderdelen van periode 1 en 2 op tijd ingeleverd.",
               "Voor 1 maart: twee meeloopdagen mbo ICT gedaan.",
               "Eind schooljaar: {n} houdt een korte presentatie (3 minuten) voor een groep van 4 klasgenoten."],
        advice=["@Commissie voor de begeleiding ({rep}): vervolgonderwijs, aanbod angstreductie; overgenomen.",
                "GZ-psycholoog (behandelaar): geleidelijke blootstelling; afgestemd met de training op school."],
        see_report="Advies CvB: zie notulen CvB.",
        quote="Ik wil ICT doen op het mbo. Presenteren voor de hele klas wil ik niet, voor een klein groepje misschien wel.",
        changed="Het doel is aangepast van 'presentatie voor de klas' naar 'presentatie voor 4 klasgenoten', en er zijn meeloopdagen ICT toegevoegd.",
    )


PROFILES = {
    "po_dys": p_po_dys, "po_ass": p_po_ass, "po_adhd": p_po_adhd, "sbo_pro": p_sbo_pro,
    "so_c4": p_so_c4, "so_zml": p_so_zml, "vo_havo_ass": p_vo_havo_ass, "vo_vmbo_dysc": p_vo_vmbo_dysc,
    "vo_ziek": p_vo_ziek, "pro_arbeid": p_pro_arbeid, "pro_entree": p_pro_entree,
    "vso_arbeid": p_vso_arbeid, "vso_dag": p_vso_dag, "vso_vervolg": p_vso_vervolg,
}
