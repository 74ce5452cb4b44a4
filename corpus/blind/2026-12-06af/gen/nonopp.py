"""Documents that are not an OPP (every element `missing`)."""
from core import fmt_long, fmt_num
import datetime as dt


def mdo(spec, ctx, P, txt=False):
    N = ctx["N"]
    return [
        ("header", "%s - verslag MDO" % ctx["school"]),
        ("title", "Verslag multidisciplinair overleg (MDO)"),
        ("kv", [("Leerling", "%s, groep %s" % (ctx["full"], ctx["groep"])), ("Datum overleg", fmt_long(ctx["vdate"])),
                ("Aanwezig", "%s en %s (ouders), %s (leerkracht), %s (IB), %s (orthopedagoog SWV), jeugdverpleegkundige" % (ctx["mom_short"], ctx["dad_short"], ctx["lk"], ctx["ib"], ctx["ortho"])),
                ("Verslag", ctx["ib"])]),
        ("h1", "Aanleiding"),
        ("p", "De leerkracht maakt zich zorgen over de ontwikkeling van %s: ondanks extra instructie in de groep blijven de resultaten achter bij wat we verwachten. Ouders herkennen de zorgen en willen graag weten wat %s nodig heeft." % (N, N)),
        ("h1", "Bespreking"),
        ("p", "De orthopedagoog licht toe wat zij heeft gezien bij de observatie in de klas. We bespreken wat goed gaat (%s is gemotiveerd en heeft een goede band met de leerkracht) en wat lastig is (werktempo, zelfvertrouwen). Er is nog geen onderzoek gedaan naar de leermogelijkheden." % N),
        ("h1", "Afspraken"),
        ("bullets", ["De orthopedagoog doet in november een didactisch onderzoek.",
                     "De IB'er onderzoekt samen met ouders of een ontwikkelingsperspectiefplan nodig is; dat wordt besproken in het volgende MDO.",
                     "Ouders vragen de huisarts om een verwijzing naar de logopedist.",
                     "Volgend MDO: %s." % fmt_long(ctx["vdate"] + dt.timedelta(days=70))]),
        ("small", "Dit verslag is met toestemming van ouders gedeeld met de deelnemers aan het overleg."),
    ]


def tlv(spec, ctx, P, txt=False):
    N = ctx["N"]
    return [
        ("header", ctx["swv"]),
        ("title", "Aanvraag toelaatbaarheidsverklaring (TLV) speciaal basisonderwijs"),
        ("h1", "1. Gegevens"),
        ("kv", [("Leerling", ctx["full"]), ("Geboortedatum", fmt_num(ctx["born"])), ("Huidige school", "%s, %s" % (ctx["school"], ctx["place"])),
                ("Aangevraagd voor", "sbo De Windwijzer, Brakelmonde"), ("Gewenste startdatum", "na de voorjaarsvakantie"), ("Contactpersoon", ctx["ib"] + " (intern begeleider)")]),
        ("h1", "2. Motivering van de aanvraag"),
        ("p", "%s ontwikkelt zich ondanks intensieve ondersteuning op onze school onvoldoende. De school heeft de grenzen van haar ondersteuningsmogelijkheden bereikt; %s heeft een kleinere groep en meer specialistische begeleiding nodig dan wij kunnen bieden." % (N, N)),
        ("h1", "3. Bijlagen"),
        ("checks", [(True, "Ontwikkelingsperspectiefplan (OPP), inclusief evaluatie"), (True, "Verslag MDO"), (True, "Onderzoeksverslag orthopedagoog"), (False, "Overig")]),
        ("h1", "4. Deskundigenadvies"),
        ("p", "Het tweede deskundigenadvies wordt door het samenwerkingsverband ingewonnen na ontvangst van deze aanvraag."),
        ("h1", "5. Ouders"),
        ("p", "Ouders zijn gehoord over deze aanvraag en ondersteunen die."),
        ("sig", dict(label="Handtekening ouder(s)", name=ctx["ouder1"], date=fmt_num(ctx["vdate"]), mark="wg" if txt else "img")),
        ("sig", dict(label="Handtekening directeur", name=ctx["directeur"], date=fmt_num(ctx["vdate"]), mark="wg" if txt else "img")),
        ("footer", "Aanvraag TLV - %s" % ctx["swv"]),
    ]


def handelingsplan(spec, ctx, P, txt=False):
    N = ctx["N"]
    end = ctx["vdate"] + dt.timedelta(days=63)
    return [
        ("title", "Handelingsplan spelling - periode 2"),
        ("kv", [("Leerling", ctx["full"]), ("Groep", ctx["groep"]), ("Periode", "%s t/m %s" % (fmt_num(ctx["vdate"]), fmt_num(end))), ("Leerkracht", ctx["lk"])]),
        ("h1", "Beginsituatie"),
        ("p", "Bij de methodetoets van blok 3 had %s 58%% goed. Fouten vooral bij woorden met -tig, -ig en -lijk en bij verlengingswoorden." % N),
        ("h1", "Doel van deze periode"),
        ("p", "Aan het einde van deze periode schrijft %s woorden met -ig, -lijk en -tig met 80%% goed in een dictee van 20 woorden." % N),
        ("h1", "Aanpak"),
        ("table", [["Wat", "Wie", "Wanneer"], ["Verlengde instructie spelling categorie 10-12", "leerkracht", "ma, wo, vr 15 min"],
                   ["Oefenen met woordkaarten thuis", "ouders", "3x per week 10 min"]], {"header": True}),
        ("h1", "Evaluatie"),
        ("p", "Evaluatie op %s met de leerkracht; de uitkomst wordt meegenomen in het groepsplan van periode 3." % fmt_long(end)),
        ("small", "Dit handelingsplan hoort bij het groepsplan spelling. Het is geen ontwikkelingsperspectiefplan."),
    ]


def evaluatie(spec, ctx, P, txt=False):
    N = ctx["N"]
    return [
        ("header", "%s - evaluatieverslag" % ctx["school"]),
        ("title", "Evaluatie ontwikkelingsperspectiefplan %s" % ctx["full"]),
        ("kv", [("Datum evaluatiegesprek", fmt_long(ctx["vdate"])), ("Aanwezig", "%s, %s, %s (IB)" % (ctx["ouder1"], ctx["lk"], ctx["ib"])),
                ("Plan dat is geëvalueerd", "OPP vastgesteld in het vorige schooljaar (in het dossier)")]),
        ("h1", "Hoe is het gegaan?"),
        ("p", "De doelen voor technisch lezen zijn grotendeels gehaald: %s is van 38 naar 47 woorden per minuut gegaan. Het doel voor spelling is niet gehaald. %s geeft aan dat de voorleessoftware helpt." % (N, N)),
        ("h1", "Conclusie"),
        ("p", "Het perspectief blijft voorlopig ongewijzigd. De IB'er past het plan aan en legt het nieuwe plan binnen drie weken ter instemming aan ouders voor."),
        ("h1", "Afspraken"),
        ("bullets", ["Nieuwe doelen voor spelling worden opgesteld door de leerkracht.", "Volgend evaluatiegesprek: na de middentoetsen."]),
    ]


def groeidoc_zonder(spec, ctx, P, txt=False):
    N = ctx["N"]
    return [
        ("header", "%s  -  Groeidocument" % ctx["board"]),
        ("title", "Groeidocument %s" % ctx["full"]),
        ("subtitle", "%s - schooljaar %s - basisversie (zonder ontwikkelingsperspectief)" % (ctx["school"], ctx["schooljaar"])),
        ("kv", [("Naam", ctx["full"]), ("Groep", ctx["groep"]), ("Leerkracht", ctx["lk"]), ("IB", ctx["ib"])]),
        ("h1", "Deel B  Beeld van het kind"),
        ("table", [["Domein", "Stimulerend", "Belemmerend"], ["Leren", "Leest graag, sterk in rekenen", "Spelling blijft achter"],
                   ["Werkhouding", "Zet door bij nieuwe taken", "Werkt traag bij schrijfwerk"]], {"header": True}),
        ("h1", "Deel C  Wat heeft %s nodig?" % N),
        ("bullets", ["Korte instructie in kleine stappen", "Extra oefening spelling"]),
        ("h1", "Deel D  Vervolg"),
        ("p", "Op dit moment is een ontwikkelingsperspectief niet nodig: %s volgt het programma van de groep met de ondersteuning uit het groepsplan. Het groeidocument wordt gebruikt als voorbereiding op het gesprek met het samenwerkingsverband als dat later nodig blijkt." % N),
        ("footer", "Groeidocument (basis) - %s" % ctx["board"]),
    ]


def folder(spec, ctx, P, txt=False):
    return [
        ("title", "Wat is een OPP?"),
        ("subtitle", "Informatie voor ouders - %s" % ctx["swv"]),
        ("p", "Sommige kinderen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. Hierin staat wat de school verwacht over de uitstroombestemming van uw kind en de onderbouwing daarvan, welke factoren het leren belemmeren of bevorderen, welke ondersteuning de school biedt en of er wordt afgeweken van het onderwijsprogramma."),
        ("h1", "Wat is uw rol?"),
        ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). U moet instemmen met het handelingsdeel. Sinds 1 augustus 2025 moet de school ook uw kind horen. Het plan wordt minstens één keer per jaar met u geëvalueerd."),
        ("h1", "Niet eens?"),
        ("p", "Bespreek het eerst met de school. U kunt advies krijgen bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na vaststelling naar de Geschillencommissie passend onderwijs."),
        ("small", "%s - deze folder is geen OPP en bevat geen gegevens over een leerling." % ctx["swv"]),
    ]


def nieuwsbrief(spec, ctx, P, txt=False):
    return [
        ("title", "Nieuwsbrief %s - december" % ctx["school"]),
        ("h1", "Van de directie"),
        ("p", "De decembermaand staat voor de deur. Op 5 december vieren we Sinterklaas in alle groepen; de kerstviering is op donderdag 18 december."),
        ("h1", "Van de intern begeleider"),
        ("p", "Dit jaar werken we met een nieuw format voor het ontwikkelingsperspectiefplan (OPP). Kinderen praten voortaan zelf mee over hun plan: wat vinden zij belangrijk, en wat veranderen we daardoor? Heeft uw kind een OPP, dan nodigen wij u en uw kind uit voor een gesprek. U ontvangt daarvoor een aparte uitnodiging."),
        ("h1", "Oudergesprekken"),
        ("p", "De voortgangsgesprekken zijn in de week van 9 februari. Inschrijven kan via de schoolapp."),
        ("h1", "Agenda"),
        ("bullets", ["5 dec: Sinterklaasviering", "18 dec: kerstviering", "22 dec - 2 jan: kerstvakantie"]),
    ]


NONOPP = {"mdo": ("mdo-verslag", mdo), "tlv": ("tlv-aanvraag", tlv), "hp": ("handelingsplan-periode", handelingsplan),
          "eval": ("evaluatieverslag", evaluatie), "groei0": ("groeidocument-zonder-perspectief", groeidoc_zonder),
          "folder": ("folder-ouders", folder), "nieuws": ("nieuwsbrief", nieuwsbrief)}
