# -*- coding: utf-8 -*-
"""Documents that are not OPPs, and two blank OPP formats."""
from elements import OPTIONS_UITSTROOM, INSTR

def np01():
    return [("title", "Het ontwikkelingsperspectief (OPP): informatie voor ouders"), ("subtitle", "Samenwerkingsverband Geest en Duin — folder 2025"),
     ("h", 1, "Wat is een OPP?"),
     ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de basisondersteuning die elke school biedt? Dan stelt de school een ontwikkelingsperspectief op. Daarin staat wat de school verwacht dat uw kind kan bereiken (de uitstroombestemming), waarom de school dat verwacht, en welke ondersteuning uw kind krijgt."),
     ("h", 1, "Wat staat erin?"),
     ("ul", ["de verwachte uitstroombestemming en de onderbouwing daarvan", "belemmerende en bevorderende factoren", "de onderwijsbehoeften van uw kind",
             "de ondersteuning en begeleiding (het handelingsdeel)", "eventuele afwijkingen van het onderwijsprogramma"]),
     ("h", 1, "Uw rol als ouder"),
     ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Met het handelingsdeel moet u instemmen. De school evalueert het plan minstens één keer per schooljaar met u."),
     ("h", 1, "En uw kind?"),
     ("p", "Sinds 1 augustus 2025 heeft uw kind hoorrecht: de school vraagt uw kind naar zijn of haar mening over het plan en beschrijft wat daarmee is gedaan."),
     ("h", 1, "Niet eens?"),
     ("p", "Praat eerst met de school. Komt u er niet uit, neem dan contact op met het ouder- en jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs (binnen zes weken)."),
     ("small", "Deze folder is een uitgave van het samenwerkingsverband. Aan deze folder kunnen geen rechten worden ontleend.")]

def np02():
    return [("title", "Nieuwsbrief cbs Het Zonnespoor — december 2025"), ("h", 1, "Agenda"),
     ("ul", ["5 december: Sinterklaasviering (groep 1 t/m 4 ochtend, groep 5 t/m 8 middag)", "18 december: kerstdiner, groepen 1-8 tot 19.00 uur", "22 december t/m 2 januari: kerstvakantie"]),
     ("h", 1, "Van de intern begeleider"),
     ("p", "In februari plannen we weer de evaluatiegesprekken voor leerlingen met een ontwikkelingsperspectief (OPP). Nieuw dit jaar: uw kind schuift een deel van het gesprek aan, want sinds 1 augustus 2025 moeten scholen leerlingen horen over hun eigen plan. U ontvangt de uitnodiging via de Schoolapp."),
     ("p", "Vragen over ondersteuning? Loop gerust binnen bij juf Nijboer (maandag en donderdag)."),
     ("h", 1, "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op woensdag na de vakantie geen vlechten en gel?"),
     ("h", 1, "Oud papier"), ("p", "De container staat op 13 december op het schoolplein. De opbrengst gaat naar het schoolreisje.")]

def np03():
    return [("title", "Verslag multidisciplinair overleg (MDO)"), ("kv", [("Leerling", "Jesse Kuipers"), ("Geboortedatum", "14-03-2016"), ("School", "SO De Brug (cluster 4), Hemmerdijk"),
     ("Datum MDO", "12-11-2025"), ("Aanwezig", "pleegmoeder, groepsleerkracht (A. Verhoef), gedragsdeskundige (G. Stolk), jeugdconsulent gemeente, schoolmaatschappelijk werker"), ("Notulist", "E. Nijboer")]),
     ("h", 1, "1. Aanleiding"), ("p", "Toename van incidenten op het plein sinds de herfstvakantie; zorgen van pleegmoeder over slapen."),
     ("h", 1, "2. Wat gaat goed?"), ("p", "Jesse heeft een goede band met de leerkracht en werkt in de ochtend geconcentreerd. Rekenen gaat vooruit."),
     ("h", 1, "3. Zorgen"), ("p", "Conflicten in de pauze lopen hoog op; twee keer fysiek. Jesse slaapt slecht na bezoekregeling."),
     ("h", 1, "4. Afspraken"), ("table", ["Wat", "Wie", "Wanneer"], [["Pauzeplan opstellen (binnen spelen met één klasgenoot)", "leerkracht", "vanaf 17-11"],
      ["Contact met behandelaar over slaapproblemen", "jeugdconsulent", "voor 1-12"], ["Concept-bijstelling OPP voorbereiden, bespreken met pleegouders", "gedragsdeskundige", "januari"]]),
     ("h", 1, "5. Volgend MDO"), ("p", "Datum: 4 februari 2026, 15.00 uur."),
     ("small", "Dit verslag wordt binnen een week aan alle deelnemers gestuurd. Opmerkingen graag binnen twee weken doorgeven aan de notulist.")]

def np04():
    return [("title", "Aanvraag toelaatbaarheidsverklaring (TLV) speciaal onderwijs"), ("subtitle", "SWV Rivierenzand — Commissie Toelaatbaarheid"),
     ("kv", [("Leerling", "Roos Dijkhof"), ("Geboortedatum", "02-07-2016"), ("Huidige school", "SBO Het Baken, Zandhove"), ("Gevraagde categorie", "SO cluster 4, categorie laag"),
             ("Gewenste ingangsdatum", "01-02-2026"), ("Contactpersoon", "P. Timmerman, intern begeleider")]),
     ("h", 1, "1. Reden van de aanvraag"), ("p", "Ondanks de inzet van een arrangement gedrag sinds januari 2025 lukt het niet om Roos binnen de sbo voldoende veiligheid en rust te bieden. De school is handelingsverlegen."),
     ("h", 1, "2. Onderwijsbehoeften"), ("ul", ["een kleine groep met maximaal 10 leerlingen", "een vaste volwassene gedurende de hele dag", "een prikkelarme leeromgeving"]),
     ("h", 1, "3. Wat heeft de school al gedaan?"), ("p", "Arrangement gedrag (ambulant begeleider 2 uur per week), aangepast pauzerooster, time-outplan, twee MDO's (maart en oktober 2025)."),
     ("h", 1, "4. Advies deskundigen"), ("p", "Deskundige 1 (orthopedagoog SWV): positief advies voor so cluster 4. Deskundige 2 (kinderpsycholoog): positief advies."),
     ("h", 1, "5. Zienswijze ouders"), ("p", "Ouders onderschrijven de aanvraag; zij willen graag dat Roos na de kerstvakantie kan starten."),
     ("h", 1, "6. Ondertekening aanvraag"), ("sig", [{"role": "Ouder/verzorger (voor gezien aanvraag)", "name": "mevr. L. Dijkhof", "date": "24-11-2025", "sign": ("text", "w.g.")},
      {"role": "Directeur", "name": "P. Timmerman", "date": "24-11-2025", "sign": ("text", "w.g.")}]),
     ("small", "Bijlagen: groeidocument, verslag MDO, psychologisch onderzoek. Let op: een OPP van de huidige school is bij deze aanvraag verplicht (bijlage 4).")]

def np05():
    return [("title", "Handelingsplan periode 2 (november – januari)"), ("kv", [("Leerling", "Mees Hoekstein"), ("Klas", "3 havo"), ("Mentor", "K. Smeenk"), ("School", "Vlietcollege, Oudvliet")]),
     ("h", 1, "Probleemomschrijving"), ("p", "Mees haalt onvoldoendes voor wiskunde en Frans door gebrekkige planning."),
     ("h", 1, "Doel voor deze periode"), ("p", "Mees maakt elke week een planning in de agenda-app en laat die op maandag aan de mentor zien."),
     ("h", 1, "Aanpak"), ("ul", ["maandag mentorgesprek (10 minuten)", "huiswerkklas op dinsdag en donderdag", "docenten zetten alle toetsen uiterlijk 2 weken vooraf in Magister"]),
     ("h", 1, "Evaluatie"), ("p", "Evaluatie eind periode 2 met Mees en ouders op 27 januari 2026."),
     ("small", "Dit handelingsplan valt binnen de basisondersteuning van de school; er is geen ontwikkelingsperspectief opgesteld.")]

def np06():
    return [("title", "Groeidocument"), ("subtitle", "obs De Meidoorn — versie voor het MDO"),
     ("h", 1, "A. Gegevens"), ("kv", [("Leerling", "Ilias el Amrani"), ("Geboortedatum", "21-09-2018"), ("Groep", "groep 4"), ("Ouders", "dhr. en mevr. el Amrani")]),
     ("h", 1, "B. Wat gaat goed?"), ("p", "Ilias is vrolijk, sportief en helpt klasgenoten graag."),
     ("h", 1, "C. Wat is lastig?"), ("p", "Technisch lezen stagneert (AVI M3 nog niet behaald). Ilias raakt snel gefrustreerd bij leesopdrachten."),
     ("h", 1, "D. Onderwijsbehoeften"), ("ul", ["extra leesinstructie in een klein groepje", "leesmateriaal over voetbal en dieren", "complimenten voor inzet"]),
     ("h", 1, "E. Hulpvraag aan het MDO"), ("p", "Is er sprake van dyslexie? Wat kunnen we nog meer doen binnen de groep?"),
     ("h", 1, "F. Visie ouders"), ("p", "Ouders zien thuis ook dat lezen moeilijk is; zij lezen elke avond voor."),
     ("h", 1, "G. Visie leerling"), ("p", "Ilias: “Lezen is saai. Ik wil wel leren lezen over voetbal.”"),
     ("small", "Groeidocument bijgewerkt op 03-11-2025 door N. Bakhuis (ib). Er is (nog) geen ontwikkelingsperspectief opgesteld.")]

def np07():
    return [("title", "Schoolondersteuningsprofiel 2024-2028"), ("subtitle", "Scholengemeenschap Het Kruispunt, Lindeweert"),
     ("h", 1, "1. Inleiding"), ("p", "In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning onze school biedt. Het profiel is vastgesteld door het bestuur na advies van de medezeggenschapsraad."),
     ("h", 1, "2. Basisondersteuning"), ("ul", ["dyslexie- en dyscalculiebeleid", "mentoraat met wekelijks mentoruur", "faalangstreductietraining", "huiswerkbegeleiding"]),
     ("h", 1, "3. Extra ondersteuning"), ("p", "Voor leerlingen die meer nodig hebben, stelt de school een ontwikkelingsperspectief op. Dit gebeurt in overleg met ouders en de leerling. Het OPP wordt jaarlijks geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel."),
     ("h", 1, "4. Expertise"), ("table", ["Expertise", "Aanwezig"], [["orthopedagoog", "2 dagen per week"], ["ASS-coach", "1 dag per week"], ["schoolmaatschappelijk werk", "via gemeente"]]),
     ("h", 1, "5. Grenzen aan de ondersteuning"), ("p", "Wij kunnen geen intensieve medische zorg bieden en geen onderwijs in een kleine, vaste groep gedurende de hele dag."),
     ("h", 1, "6. Klachten en geschillen"), ("p", "Ouders die het niet eens zijn met een OPP kunnen terecht bij de Geschillencommissie passend onderwijs.")]

def np08():
    return [("title", "Jouw plan, jouw stem!"), ("subtitle", "Informatie voor leerlingen over het ontwikkelingsperspectief — VSO De Horizon"),
     ("p", "Heb jij een ontwikkelingsperspectiefplan (OPP)? Dan mag jij meepraten over je plan. Dat heet hoorrecht."),
     ("h", 1, "Hoe gaat dat?"), ("ul", ["Je mentor vraagt je wat goed gaat en wat moeilijk is.", "Je mag vertellen wat jij wilt leren en wat je later wilt doen.",
                                          "In je plan staat wat jij hebt gezegd en wat de school ermee doet.", "Elk jaar kijken we samen met jou en je ouders terug."]),
     ("h", 1, "Ben je 18?"), ("p", "Dan beslis je zelf mee: jij tekent dan voor je plan (tenzij iemand anders dat voor je regelt, zoals een curator of mentor)."),
     ("h", 1, "Vragen?"), ("p", "Vraag het je mentor of de ondersteuningscoördinator.")]

def np09():
    return [("title", "Verslag evaluatiegesprek OPP"), ("kv", [("Leerling", "Noor Postema"), ("School", "SBO De Klimop, Kortenhaar"), ("Groep", "groep 7"),
     ("Datum gesprek", "10-02-2026"), ("Aanwezig", "moeder, Noor (eerste 15 minuten), leerkracht, intern begeleider")]),
     ("h", 1, "Terugblik op de doelen"), ("table", ["Doel", "Behaald?", "Toelichting"], [["Tafels 1-5 automatiseren", "ja", "tafeltoets 92%"],
       ["Begrijpend lezen 4 van 5 vragen goed", "gedeeltelijk", "3 van 5; blijft doel"], ["Zelfstandig werken 15 minuten", "ja", "turflijst"]]),
     ("h", 1, "Wat zegt Noor?"), ("p", "“Rekenen gaat nu beter. Lezen vind ik nog steeds stom.” Noor wil graag stillezen met strips."),
     ("h", 1, "Conclusie"), ("p", "Het ontwikkelingsperspectief blijft staan (vmbo-bb/kb met lwoo). Het handelingsdeel wordt bijgesteld voor begrijpend lezen; het bijgestelde plan volgt in maart."),
     ("small", "Dit verslag wordt toegevoegd aan het dossier. Het bijgestelde OPP wordt apart ter instemming aangeboden.")]

def np10():
    return [("title", "Praktijkschool De Werkplaats"), ("small", "Werkplaatsstraat 3, Wilderkamp"), ("p", "Aan de ouders/verzorgers van Kaj Brandsma"),
     ("p", "Wilderkamp, 19 mei 2026"), ("b", "Betreft:", "uitnodiging evaluatie ontwikkelingsperspectief"),
     ("p", "Beste ouders/verzorgers,"),
     ("p", "Graag nodigen wij u en Kaj uit voor de jaarlijkse evaluatie van het ontwikkelingsperspectief op dinsdag 9 juni 2026 om 15.30 uur in lokaal 12. We kijken samen terug op de stage, de doelen en het uitstroomprofiel. Kaj vertelt zelf hoe het gaat op de stage."),
     ("p", "Kunt u niet? Neem dan contact op met de mentor, F. Wiersma."),
     ("p", "Met vriendelijke groet,"), ("p", "F. Wiersma, mentor leerjaar 4")]

NONOPP = [
 ("np01", "none", "pdf-rl", "folder-ouders-wat-is-een-opp", lambda: (np01(), None), "Not an OPP: leaflet for parents about what an OPP is (generic rights, hoorrecht, evaluation). Every element missing.", False),
 ("np02", "po", "txt", "nieuwsbrief", lambda: (np02(), None), "Not an OPP: school newsletter mentioning OPP evaluations and hoorrecht in general. Every element missing.", False),
 ("np03", "so", "docx", "mdo-verslag", lambda: (np03(), None), "Not an OPP: minutes of a multidisciplinary meeting (MDO) about one pupil, with agreements and an OPP revision announced. Every element missing.", False),
 ("np04", "sbo", "pdf-soffice", "tlv-aanvraag", lambda: (np04(), None), "Not an OPP: TLV application form with onderwijsbehoeften, expert advice and a 'voor gezien' signature by a parent. Every element missing.", False),
 ("np05", "vo", "docx", "handelingsplan-periode", lambda: (np05(), None), "Not an OPP: handelingsplan for one period within basisondersteuning, says no OPP exists. Every element missing.", False),
 ("np06", "po", "odt", "groeidocument-zonder-perspectief", lambda: (np06(), None), "Not an OPP: groeidocument for the MDO without perspective or handelingsdeel; pupil's view present. Every element missing.", False),
 ("np07", "vo", "pdf-rl", "schoolondersteuningsprofiel", lambda: (np07(), None), "Not an OPP: a school's ondersteuningsprofiel (SOP). Every element missing.", False),
 ("np08", "none", "txt", "folder-leerlingen-hoorrecht", lambda: (np08(), None), "Not an OPP: leaflet for pupils about hoorrecht. Every element missing.", False),
 ("np09", "sbo", "pdf-soffice", "verslag-evaluatiegesprek", lambda: (np09(), None), "Not an OPP: report of an OPP evaluation meeting (goals reviewed, pupil's words); the plan itself is not included. Every element missing.", False),
 ("np10", "pro", "scan", "uitnodiging-evaluatie", lambda: (np10(), None), "Not an OPP: scanned letter inviting parents and pupil to the yearly OPP evaluation. Every element missing.", True),
]

DOTS = "..................................."

def blank_A():
    n = [("title", "Ontwikkelingsperspectiefplan (OPP) — format"), ("subtitle", "SWV Passend Leren Oudvliet-Hemmerdijk — invulformat primair onderwijs, versie 2025"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep", ""), ("School", ""), ("Datum opgesteld", ""), ("Opgesteld door", "")]),
         ("h", 1, "1. Ontwikkelingsperspectief"), ("h", 2, "Uitstroombestemming"), ("checks", [(o, False) for o in OPTIONS_UITSTROOM["po"]]),
         ("h", 2, "Onderbouwing"), ("i", INSTR["onderbouwing"]),
         ("h", 1, "2. Belemmerende en bevorderende factoren"), ("h", 2, "Belemmerende factoren"), ("i", INSTR["belemmerende_factoren"]),
         ("h", 2, "Bevorderende factoren"), ("i", INSTR["bevorderende_factoren"]),
         ("h", 1, "3. Onderwijsbehoeften"), ("i", INSTR["ondersteuningsbehoefte"]),
         ("h", 1, "4. Handelingsdeel"), ("h", 2, "Doelen"), ("i", INSTR["doelen"]),
         ("h", 2, "Te bieden ondersteuning"), ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]]),
         ("h", 2, "Afwijkingen van het onderwijsprogramma"), ("checks", [("Eigen leerlijn voor: ........", False), ("Vrijstelling voor: ........", False), ("Aangepast rooster", False), ("Geen afwijkingen", False)]),
         ("h", 1, "5. Adviezen van deskundigen"), ("i", INSTR["adviezen_professionals"]),
         ("h", 1, "6. Inbreng van de leerling (hoorrecht)"), ("i", INSTR["inbreng_leerling"]),
         ("h", 1, "7. Overleg met ouders"), ("p", "Datum gesprek: " + DOTS), ("p", "Aanwezig: " + DOTS),
         ("h", 1, "8. Evaluatie"), ("p", "Tussenevaluatie: " + DOTS), ("p", "Jaarevaluatie: " + DOTS),
         ("h", 1, "9. Instemming handelingsdeel"), ("p", "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."),
         ("sig", [{"role": "Ouder/verzorger 1", "name": "", "date": "", "sign": None}, {"role": "Ouder/verzorger 2", "name": "", "date": "", "sign": None},
                  {"role": "Namens de school", "name": "", "date": "", "sign": None}]),
         ("h", 1, "10. Vaststelling"), ("p", "Datum vaststelling: " + DOTS + "  Door: " + DOTS)]
    from elements import EIDS
    labs = {e: "incomplete" for e in EIDS}
    labs["informatie_rechten"] = "missing"
    return n, labs

def blank_I():
    n = [("title", "Ontwikkelingsperspectiefplan VSO — leeg format"), ("subtitle", "met transitieplan • schooljaar 20..-20.."),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Leeftijd", ""), ("Klas", ""), ("Mentor", "")]),
         ("h", 1, "1. Mijn toekomst: uitstroombestemming"), ("checks", [(o, False) for o in OPTIONS_UITSTROOM["vso"]], True), ("p", "Toelichting: " + DOTS),
         ("h", 1, "2. Waarom dit profiel?"), ("lines", 3),
         ("h", 1, "3. Wat kan ik al, wat is moeilijk?"), ("h", 2, "Wat kan ik al (bevorderend)"), ("lines", 2), ("h", 2, "Wat is moeilijk (belemmerend)"), ("lines", 2),
         ("h", 1, "5. Mijn verhaal"), ("i", INSTR["inbreng_leerling"]),
         ("h", 1, "6. Transitieplan en handelingsdeel"), ("table", ["Doel", "Wat gaan we doen", "Wie", "Wanneer"], [["", "", "", ""], ["", "", "", ""]]),
         ("h", 1, "7. Advies commissie voor de begeleiding"), ("p", "Datum advies: " + DOTS), ("p", "Advies: " + DOTS),
         ("h", 1, "8. Overleg"), ("p", "Datum OOGO met ouders / leerling: " + DOTS),
         ("h", 1, "9. Evaluatie"), ("p", "Evaluatie gepland op: " + DOTS),
         ("h", 1, "10. Instemming handelingsdeel"), ("p", "Is de leerling 18 jaar of ouder en handelingsbekwaam, dan tekent de leerling zelf."),
         ("sig", [{"role": "Ouder/verzorger of meerderjarige leerling", "name": "", "date": "", "sign": None}, {"role": "Namens de school", "name": "", "date": "", "sign": None}]),
         ("h", 1, "11. Vaststelling"), ("p", "Vastgesteld op " + DOTS + " door " + DOTS)]
    from elements import EIDS
    labs = {e: "incomplete" for e in EIDS}
    for e in ("ondersteuningsbehoefte", "afwijkingen_onderwijsprogramma", "informatie_rechten"):
        labs[e] = "missing"
    return n, labs
