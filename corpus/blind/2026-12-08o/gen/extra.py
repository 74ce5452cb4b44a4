# -*- coding: utf-8 -*-
"""Theme documents: what parents forward (e-mails, parts of plans, attachments, intake forms,
transition documents) and the non-OPPs (leaflet, newsletter, blank format)."""
from content import long_date, short_date, plus, school_year, MONTHS, OTHER_CONSENT, PLACES, STAFF
from layouts import el_blocks, el_text, section, consent_blocks, personalia, ib_role, staff_role
import render


# ------------------------------------------------------------ handelingsdeel only
def L_hdeel(case, C, K, o):
    n = case.first
    B = [("title", "Handelingsdeel"), ("subtitle", "behorend bij het ontwikkelingsperspectief van %s — %s" % (case.name, case.school))]
    B += personalia(case)
    B += section("Onderwijsbehoeften", "ondersteuningsbehoefte", C, case)
    B += section("Doelen voor deze periode", "doelen", C, case)
    B += section("Ondersteuning en begeleiding", "ondersteuning", C, case)
    B += section("Wat vindt %s ervan?" % n, "inbreng_leerling", C, case)
    B += section("Afspraken met ouders", "oogo", C, case)
    B += section("Evaluatie", "evaluatie", C, case)
    vb = el_blocks("vaststelling", C["vaststelling"], case)
    if vb:
        B += [("h1", "Vaststelling")] + vb
    B += consent_blocks(K, case, C, heading="Instemming ouders")
    return dict(title="Handelingsdeel %s" % case.name, blocks=B, footer="Handelingsdeel %s — {page}/{pages}" % case.name, author=case.ib)


# ------------------------------------------------------------ evaluation report only
def L_evalreport(case, C, K, o):
    n = case.first
    prev = plus(case.date, -300)
    B = [("title", "Evaluatie ontwikkelingsperspectief"), ("subtitle", "%s — schooljaar %s — %s" % (case.name, school_year(prev), case.school))]
    B += personalia(case)
    B.append(("h1", "1. Evaluatie van de doelen"))
    res = [("Doel 1 (rekenen): tafels 1 t/m 5 en 10 geautomatiseerd", "Tafels 1-5 en 10: 85% goed binnen 3 sec.", "grotendeels"),
           ("Doel 2 (werkhouding): zelfstandig starten met checklist", "In 4 van de 5 lessen gelukt (observatie %s)" % case.teacher, "behaald"),
           ("Doel 3 (lezen): AVI-E5 beheersing", "AVI M5 instructieniveau", "niet behaald")]
    if case.stype in ("vso", "pro"):
        res[0] = ("Doel 1 (arbeid): twee dagdelen externe stage", "Stage bij de kwekerij gestart, één dagdeel per week", "deels")
        res[2] = ("Doel 3 (zelfstandigheid): zelf met het openbaar vervoer naar school", "Lukt sinds april zelfstandig", "behaald")
    B.append(("table", ["Doel vorige periode", "Resultaat", "Behaald?"], [list(r) for r in res], [0.45, 0.37, 0.18]))
    B.append(("p", "De ondersteuning uit het handelingsdeel is volgens afspraak uitgevoerd, met uitzondering van een periode van vier weken "
                   "in het voorjaar waarin de onderwijsassistent ziek was."))
    B += section("2. Evaluatiegesprek", "evaluatie", C, case)
    B += section("3. Uitstroomverwachting", "uitstroombestemming", C, case)
    B += section("3a. Onderbouwing", "onderbouwing", C, case)
    B += section("4. Wat zegt %s zelf?" % n, "inbreng_leerling", C, case)
    B += [("h1", "5. Vervolg"), ("p", o.get("vervolg", "Na de zomer wordt het ontwikkelingsperspectief bijgesteld. De nieuwe doelen en de ondersteuning "
                                                       "voor volgend schooljaar worden in het nieuwe handelingsdeel opgenomen en met u besproken."))]
    if o.get("gezien"):
        B += [("h1", "Voor gezien"), ("p", "Dit evaluatieverslag is met ouders besproken."),
              ("sig", [dict(role="Ouder/verzorger", name=case.mother, date=short_date(case.date), signed=True, note="voor gezien"),
                       dict(role=ib_role(case).capitalize(), name=case.ib, date=short_date(case.date), signed=True, note="")])]
    return dict(title="Evaluatie OPP %s" % case.name, blocks=B, footer="Evaluatieverslag OPP — %s — {page}/{pages}" % case.school, author=case.ib)


# ------------------------------------------------------------ attachments
def att_onderzoek(case, bijlage_no, with_consent=True):
    n = case.first
    B = [("title", "Bijlage %d — Verslag psychologisch onderzoek" % bijlage_no),
         ("subtitle", "%s, orthopedagoog-generalist, %s — vertrouwelijk" % (case.expert, case.swv.split(" (")[0])),
         ("kv", [("Naam", case.name), ("Geboortedatum", short_date(case.birth)), ("Onderzoeksdatum", long_date(plus(case.date, -60))),
                 ("Aanvrager", "%s (%s)" % (case.ib, ib_role(case)))]),
         ("h1", "Vraagstelling"), ("p", "Wat zijn de cognitieve mogelijkheden van %s en wat heeft %s nodig om tot leren te komen?" % (n, case.hij)),
         ("h1", "Onderzoeksmiddelen"), ("bullets", ["WISC-V-NL", "Observatie in de klas (2 x 45 minuten)", "Gesprek met ouders en leerkracht", "SDQ (ouders, leerkracht)"]),
         ("h1", "Resultaten"),
         ("table", ["Index", "Score", "Classificatie"], [["Verbaal begrip", "92", "gemiddeld"], ["Visueel-ruimtelijk", "101", "gemiddeld"],
                                                        ["Fluïde redeneren", "95", "gemiddeld"], ["Werkgeheugen", "78", "beneden gemiddeld"],
                                                        ["Verwerkingssnelheid", "84", "beneden gemiddeld"], ["Totaal-IQ", "88", "laag gemiddeld"]], None),
         ("h1", "Conclusie"), ("p", "%s heeft een laag-gemiddelde intelligentie met een duidelijk zwakker werkgeheugen en een trager werktempo. "
                                     "De leerproblemen zijn hiermee goed te verklaren; er zijn geen aanwijzingen voor een ontwikkelingsstoornis." % n),
         ("h1", "Adviezen"),
         ("bullets", ["Geef instructie in kleine stappen en laat %s de opdracht in eigen woorden herhalen." % n,
                      "Ontlast het werkgeheugen met stappenplannen, tafelkaart en visuele ondersteuning.",
                      "Geef %s extra tijd bij toetsen (25%%) en beoordeel op inhoud, niet op tempo." % n,
                      "Bespreek met ouders een vast oefenmoment thuis van maximaal tien minuten."])]
    if with_consent:
        t, s = OTHER_CONSENT["research"]
        B += [("h2", t), ("p", s + " Toestemming gegeven d.d. %s." % long_date(plus(case.date, -80)))]
    return dict(title="Bijlage %d onderzoeksverslag" % bijlage_no, blocks=B, footer="Verslag psychologisch onderzoek %s — {page}" % case.name, author=case.expert)


def att_profiel(case, bijlage_no):
    n = case.first
    B = [("title", "Bijlage %d — Leerlingprofiel: dit ben ik!" % bijlage_no),
         ("p", "Ingevuld door %s samen met %s op %s." % (n, case.teacher, long_date(case.talk_date))),
         ("h2", "Dit vind ik leuk"), ("p", "Voetballen, tekenen en met mijn neef gamen."),
         ("h2", "Hier ben ik goed in"), ("p", "Helpen, bouwen met lego, dingen met mijn handen maken."),
         ("h2", "Dit vind ik moeilijk"), ("p", "Als het rumoerig is. De tafels. Lange teksten lezen."),
         ("h2", "Dit helpt mij"), ("p", "Een koptelefoon, als de juf het nog één keer voordoet, een kaartje met de stappen."),
         ("h2", "Dit wil ik leren dit jaar"), ("p", "De tafels van 6, 7 en 8. En beter durven vragen.")]
    return dict(title="Bijlage %d leerlingprofiel" % bijlage_no, blocks=B, footer="Leerlingprofiel %s" % n, author=case.teacher)


def att_avg(case, bijlage_no):
    t, s = OTHER_CONSENT["avg"]
    B = [("title", "Bijlage %d — %s" % (bijlage_no, t)), ("p", s),
         ("checks", [(True, "Foto's en video's op de website en in de nieuwsbrief"), (True, "Gegevensuitwisseling met jeugdarts en samenwerkingsverband"),
                     (False, "Foto's op sociale media")]),
         ("sig", [dict(role="Ouder/verzorger 1", name=case.mother, date=short_date(case.consent_date), signed=True, note="")])]
    return dict(title="Bijlage %d AVG" % bijlage_no, blocks=B, footer="Toestemmingsformulier — %s" % case.school, author=case.ib)


# ------------------------------------------------------------ e-mails
def email_txt(case, plan_text, kind, o):
    n = case.first
    sch_mail = "%s@%s.nl" % (case.ib.split(". ")[1].lower().replace(" ", "").replace("-", ""), case.school.split()[-1].lower().replace("(", "").replace(")", ""))
    par_mail = "%s.%s@mailbox-%s.nl" % (case.mother.split(". ")[1].lower().replace(" ", ""), case.mother[0].lower(), case.place.lower())
    sent = plus(case.date, 1)
    if kind == "forward":
        L = ["Van: %s <%s>" % (case.mother, par_mail),
             "Aan: adviseur@ouderinfo-%s.nl" % case.place.lower(),
             "Datum: %s %s 21:07" % (["ma", "di", "wo", "do", "vr", "za", "zo"][plus(sent, 3).weekday()], short_date(plus(sent, 3))),
             "Onderwerp: Fwd: OPP %s" % n, "",
             "Beste mevrouw %s," % STAFF[case.rng.randint(0, len(STAFF) - 1)].split(". ")[1], "",
             "Hieronder het plan dat we van school kregen. We weten niet goed of we moeten tekenen, kunt u ernaar kijken?",
             "Een papieren versie hebben we niet, alleen deze mail.", "",
             "Groet,", case.mother, "", "",
             "---------- Doorgestuurd bericht ----------",
             "Van: %s <%s>" % (case.ib, sch_mail),
             "Datum: %s" % long_date(sent),
             "Onderwerp: OPP %s" % n,
             "Aan: %s <%s>" % (case.mother, par_mail), "",
             "Beste ouders van %s," % n, "",
             "Zoals afgesproken stuur ik u het ontwikkelingsperspectief van %s. Ik heb de tekst hieronder in de mail geplakt, "
             "omdat de bijlage vorige keer niet bij u aankwam." % n, "",
             "Met vriendelijke groet,", "%s, %s" % (case.ib, ib_role(case)), case.school, "",
             "=" * 60, ""] + plan_text.splitlines()
    elif kind == "reply_consent":
        q = ["> " + x if x else ">" for x in plan_text.splitlines()]
        L = ["Van: %s <%s>" % (case.mother, par_mail),
             "Aan: %s <%s>" % (case.ib, sch_mail),
             "CC: %s" % par_mail.replace(case.mother[0].lower() + "@", "p@"),
             "Datum: %s 08:12" % short_date(case.consent_date),
             "Onderwerp: RE: OPP %s ter instemming" % n, "",
             "Beste %s," % case.ib, "",
             "Dank voor het gesprek en het plan. Wij (%s en %s) gaan akkoord met het handelingsdeel van het OPP van %s zoals hieronder." % (case.mother, case.father, n),
             "Wilt u de bevestiging in het dossier opnemen?", "",
             "Met vriendelijke groet,", case.mother, "%s, %s" % (case.place, long_date(case.consent_date)), "",
             "Op %s schreef %s <%s>:" % (long_date(case.date), case.ib, sch_mail),
             "> Beste ouders,", ">",
             "> Hierbij het OPP van %s na ons overleg, ter instemming. U kunt per mail laten weten of u akkoord gaat" % n,
             "> met het handelingsdeel.", ">"] + q
    return "\n".join(L) + "\n"


def email_print_doc(case, C, o):
    """A webmail message printed to PDF; plan pasted but cut off, rest 'in de bijlage' (not forwarded)."""
    n = case.first
    B = [("small", "Postvak IN — webmail"),
         ("kv", [("Van", "%s <zorg@%s.nl>" % (case.ib, case.school.split()[-1].lower())), ("Aan", case.mother),
                 ("Datum", "%s 16:48" % long_date(plus(case.date, 2))), ("Onderwerp", "OPP %s (deel 1) + bijlage" % n),
                 ("Bijlagen", "Handelingsdeel_%s.pdf (212 kB)" % n)]),
         ("p", "Beste ouders van %s," % n),
         ("p", "Naar aanleiding van ons overleg op %s met u, %s en %s stuur ik u hieronder het eerste deel van het "
               "ontwikkelingsperspectief. Het handelingsdeel (doelen, ondersteuning en ondertekening) vindt u in de bijlage."
               % (long_date(case.oogo_date), n, case.teacher))]
    for t, el in [("Verwachte uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                  ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                  ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma"),
                  ("Adviezen", "adviezen_professionals")]:
        b = el_blocks(el, C[el], case)
        if b is not None:
            B += [("h2", t)] + b
    B += [("p", "Met vriendelijke groet,"), ("p", "%s\n%s, %s" % (case.ib, ib_role(case), case.school)),
          ("small", "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.")]
    return dict(title="Webmail afdruk", blocks=B, header="https://webmail.%s.nl/mail/inbox/message/8812" % case.place.lower(),
                footer="%s — afgedrukt {page}/{pages}" % long_date(plus(case.date, 9)), author="")


# ------------------------------------------------------------ non-OPP and near-OPP documents
def intake_so(case):
    n = case.first
    B = [("title", "Aanmeldformulier %s" % case.school.split(" (")[0]), ("subtitle", "In te vullen door ouders/verzorgers"),
         ("h1", "1. Gegevens kind"), ("kv", [("Naam", case.name), ("Geboortedatum", short_date(case.birth)),
                                            ("Huidige school", "obs De Wilgenhoek, %s" % case.place), ("Toelaatbaarheidsverklaring", "aangevraagd, categorie laag")]),
         ("h1", "2. Gegevens ouders"), ("kv", [("Ouder 1", case.mother), ("Ouder 2", case.father), ("Gezag", "beide ouders")]),
         ("h1", "3. Waarom meldt u uw kind aan?"),
         ("p", "%s loopt vast op de huidige school. Hij komt vaak boos thuis en wil 's ochtends niet meer naar school. De school zegt dat ze "
               "hem niet meer kan bieden wat hij nodig heeft." % n if case.g == "m" else
               "%s loopt vast op de huidige school. Zij komt vaak verdrietig thuis en wil 's ochtends niet meer naar school." % n),
         ("h1", "4. Wat heeft uw kind volgens u nodig?"),
         ("p", "Een kleine groep, rust, een vaste juf of meester en duidelijkheid over wat er gaat gebeuren."),
         ("h1", "5. Onderzoek en hulpverlening"),
         ("kv", [("Diagnose(s)", "ADHD en angstklachten (psycholoog, %d)" % (case.date.year - 1)), ("Hulpverlening", "Jeugd-GGZ %s, wekelijks" % case.place),
                 ("Medicatie", "methylfenidaat")]),
         ("h1", "6. Toestemming"),
         ("p", "Wij geven toestemming om informatie op te vragen bij de huidige school en de hulpverlening, en gaan akkoord met de "
               "verwerking van de gegevens volgens het privacyreglement (AVG)."),
         ("sig", [dict(role="Ouder/verzorger 1", name=case.mother, date=short_date(case.date), signed=True, note=""),
                  dict(role="Ouder/verzorger 2", name=case.father, date=short_date(case.date), signed=True, note="")])]
    return dict(title="Aanmeldformulier %s" % case.name, blocks=B, footer="Aanmeldformulier — in te leveren bij de administratie", author="administratie")


def intake_vo_form(case):
    n = case.first
    F = [("h", "Intake leerlingondersteuning"),
         ("text", "naam", "Naam leerling / klas", "%s / %s" % (case.name, case.group), 1),
         ("text", "datum", "Datum intakegesprek", long_date(case.date), 1),
         ("text", "aanwezig", "Aanwezig", "%s (moeder), %s, %s (mentor), %s (ondersteuningscoördinator)" % (case.mother, n, case.teacher, case.ib), 1),
         ("h", "Hulpvraag"),
         ("text", "hulpvraag", "Hulpvraag leerling en ouders", "%s wil beter leren plannen en minder stress hebben voor toetsen." % n, 2),
         ("text", "wat_al", "Wat is er al gedaan?", "Huiswerkbegeleiding in de mentorles, één keer per week.", 2),
         ("h", "Vervolg"),
         ("check", "opp", "Opstellen OPP nodig", False), ("check", "basis", "Begeleiding binnen de basisondersteuning", True),
         ("check", "extern", "Doorverwijzing extern", False),
         ("text", "afspraken", "Afspraken", "Zes weken planningsbegeleiding door de ondersteuningscoach; daarna evaluatie met mentor.", 2)]
    return dict(title="Intakeformulier leerlingondersteuning", subtitle="%s — ondersteuningsteam" % case.school, fields=F,
                footer="Intakeformulier — %s — pagina {page}" % case.school, author="")


def okr(case, with_opp_ref=True):
    n = case.first
    B = [("title", "Onderwijskundig rapport PO-VO"), ("subtitle", "Overdrachtsdocument %s — %s" % (school_year(case.date), case.swv.split(" (")[0])),
         ("h1", "1. Gegevens"), ("kv", [("Leerling", case.name), ("Geboortedatum", short_date(case.birth)), ("School", case.school),
                                       ("Groep", "8"), ("Aangemeld bij", "Lindeveen College")]),
         ("h1", "2. Schooladvies"), ("kv", [("Schooladvies", "vmbo-kader"), ("Toelichting", "%s werkt hard, heeft veel herhaling nodig en "
                                                                                          "functioneert op 1F-niveau voor lezen en rekenen." % n),
                                            ("Doorstroomtoets", "1F lezen, 1F rekenen, 2F taalverzorging")]),
         ("h1", "3. Leerresultaten"), ("table", ["", "M6", "M7", "M8"], [["Rekenen", "IV", "IV", "III"], ["Begrijpend lezen", "V", "IV", "IV"],
                                                                         ["Spelling", "III", "III", "II"]], None),
         ("h1", "4. Werkhouding en sociaal-emotioneel"),
         ("p", "Stimulerend: %s is behulpzaam, komt afspraken na en werkt goed in een vaste structuur. Belemmerend: %s raakt snel "
               "afgeleid en heeft moeite met plannen." % (n, case.hij)),
         ("h1", "5. Ondersteuning"),
         ("p", "%s heeft in groep 7 en 8 ondersteuning gehad bij rekenen (eigen leerlijn) en plannen. " % n +
               ("Er is een ontwikkelingsperspectief (OPP) opgesteld; het OPP gaat als bijlage mee met dit rapport." if with_opp_ref else
                "Deze ondersteuning viel binnen de basisondersteuning.")),
         ("h1", "6. Ouders"), ("p", "Ouders hebben dit rapport ingezien."),
         ("sig", [dict(role="Ouder/verzorger (ingezien)", name=case.mother, date=short_date(case.date), signed=True, note=""),
                  dict(role="Directeur", name=case.director, date=short_date(case.date), signed=True, note="")])]
    return dict(title="OKR %s" % case.name, blocks=B, footer="Onderwijskundig rapport — {page}/{pages}", author=case.ib)


def leaflet():
    B = [("title", "Wat is een OPP?"), ("subtitle", "Informatie voor ouders — Samenwerkingsverband Passend Primair Onderwijs Ommerveld e.o."),
         ("p", "Heeft uw kind meer ondersteuning nodig dan de school gewoonlijk biedt? Dan maakt de school een ontwikkelingsperspectiefplan, "
               "kortweg OPP. In deze folder leest u wat erin staat en wat uw rol is."),
         ("h1", "Wat staat er in een OPP?"),
         ("bullets", ["De verwachte uitstroombestemming: naar welk soort onderwijs of werk uw kind waarschijnlijk gaat.",
                      "De onderbouwing daarvan, en de belemmerende en bevorderende factoren.",
                      "Het handelingsdeel: de doelen en de ondersteuning die uw kind krijgt.",
                      "Eventuele afwijkingen van het onderwijsprogramma.",
                      "Hoe en wanneer het plan wordt geëvalueerd."]),
         ("h1", "Wat is uw rol?"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel "
               "is uw instemming nodig. Sinds 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. Komt u er niet uit, neem dan contact op met het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. "
               "U kunt binnen zes weken een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
         ("h1", "Meer weten?"), ("p", "Bel het Ouder- en Jeugdsteunpunt: 0599-000 123 (ma-do 9.00-16.00 uur).")]
    return dict(title="Folder Wat is een OPP", blocks=B, footer="Folder ouders — versie 2025", author="SWV", accent="#b04a1a")


def newsletter():
    B = [("title", "Nieuwsbrief De Klimboom"), ("subtitle", "Nummer 4 — november 2025"),
         ("h1", "Van de directie"), ("p", "De eerste periode zit erop. Wat fijn om te zien hoe de nieuwe groepen aan elkaar gewend zijn!"),
         ("h1", "Sint Maarten"), ("p", "Op 11 november lopen groep 1 tot en met 4 met lampions door de wijk. Ouders zijn welkom vanaf 17.30 uur."),
         ("h1", "Gesprekken over ondersteuning (OPP)"),
         ("p", "Voor een aantal leerlingen maken we een ontwikkelingsperspectief. De intern begeleider, juf Doornbos, nodigt de ouders van "
               "deze leerlingen de komende weken uit voor een gesprek. Nieuw dit jaar: we vragen ook de leerlingen zelf naar hun mening. "
               "Heeft u vragen over het OPP? Loop gerust binnen op dinsdagochtend."),
         ("h1", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Dank aan alle vrijwilligers!"),
         ("h1", "Agenda"), ("table", ["Datum", "Activiteit"], [["11 nov", "Sint Maarten"], ["5 dec", "Sinterklaas (continurooster)"],
                                                             ["19 dec", "Kerstdiner"], ["22 dec", "Kerstvakantie"]], None)]
    return dict(title="Nieuwsbrief november", blocks=B, footer="ikc De Klimboom — Brederwijk", author="redactie")


def blank_format():
    sections = [("1. Gegevens leerling", [("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School / groep", ""), ("Datum opgesteld", "")])]),
                ("2. Te verwachten uitstroombestemming", [("pi", "[Vul het vo-type in (pro, vmbo-b/k/gt, havo, vwo) of het vso-profiel]")]),
                ("3. Onderbouwing", [("pi", "[Toetsgegevens, intelligentieonderzoek, leerrendement, schoolloopbaan]")]),
                ("4. Belemmerende factoren", [("pi", "[Per domein: leren, werkhouding, sociaal-emotioneel, thuis, medisch]")]),
                ("5. Bevorderende factoren", [("pi", "[Per domein: sterke kanten en beschermende factoren]")]),
                ("6. Onderwijs- en ondersteuningsbehoeften", [("pi", "[Wat heeft de leerling nodig? Formuleer als: ... heeft nodig dat ...]")]),
                ("7. Afwijkingen van het onderwijsprogramma", [("checks", [(False, "Geen afwijkingen"), (False, "Eigen leerlijn"), (False, "Vrijstelling"), (False, "Aangepaste onderwijstijd")]),
                                                                ("pi", "[Toelichting]")]),
                ("8. Doelen", [("pi", "[SMART: wat, wanneer bereikt, hoe gemeten]")]),
                ("9. Ondersteuning (handelingsdeel)", [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]], None)]),
                ("10. Adviezen van deskundigen", [("pi", "[Advies en wat de school ermee doet]")]),
                ("11. Inbreng van de leerling", [("pi", "[Verplicht sinds 1 augustus 2025: mening van de leerling en wat ermee is gedaan]")]),
                ("12. OOGO", [("kv", [("Datum overleg", ""), ("Aanwezig", "")])]),
                ("13. Evaluatie", [("kv", [("Tussenevaluatie", ""), ("Eindevaluatie", "")])]),
                ("14. Rechten van ouders", [("pi", "[Standaardtekst invoegen: instemmingsrecht, Ouder- en Jeugdsteunpunt, onderwijsconsulent, GPO]")]),
                ("15. Vaststelling en instemming", [("kv", [("Vastgesteld door", ""), ("Datum vaststelling", "")]),
                                                    ("checks", [(False, "Ouders stemmen in met het handelingsdeel"), (False, "Ouders stemmen niet in")]),
                                                    ("sig", [dict(role="Ouder/verzorger 1", name="", date="", signed=False, note=""),
                                                             dict(role="Ouder/verzorger 2", name="", date="", signed=False, note="")])])]
    B = [("title", "Format ontwikkelingsperspectiefplan"), ("subtitle", "Samenwerkingsverband VO Velmerdam — versie augustus 2025 — leeg format")]
    for h, bl in sections:
        B += [("h1", h)] + bl
    return dict(title="Format OPP leeg", blocks=B, footer="Format OPP SWV — versie 2025-08", author="SWV")
