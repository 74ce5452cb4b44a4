# -*- coding: utf-8 -*-
"""Documents that are not OPPs (every element missing) and blank formats (labelled as an adviser would judge an empty form)."""
from content import Ctx, ELEMENTS
from layouts import LAYOUTS

ALL_MISSING = {e: "M" for e in ELEMENTS}


def build(kind, seed):
    if kind == "folder-ouders":
        b = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
             ("p", "Informatie voor ouders en verzorgers – Samenwerkingsverband Passend Onderwijs Brederwolde e.o."),
             ("h", "Waarom een OPP?"),
             ("p", "Heeft uw kind meer ondersteuning nodig dan de school aan alle kinderen biedt? Dan maakt de school een ontwikkelingsperspectiefplan. Daarin staat wat de school verwacht dat uw kind kan bereiken: de te verwachten uitstroombestemming, bijvoorbeeld vmbo of praktijkonderwijs."),
             ("h", "Wat staat er in een OPP?"),
             ("p", "- de uitstroombestemming en de onderbouwing daarvan (toetsen, onderzoek, ontwikkeling);\n- belemmerende en bevorderende factoren;\n- wat uw kind nodig heeft en welke ondersteuning de school biedt;\n- eventuele afwijkingen van het onderwijsprogramma;\n- doelen en de manier waarop het plan wordt geëvalueerd."),
             ("h", "Uw rol als ouder"),
             ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen. Het plan wordt minstens één keer per jaar met u geëvalueerd."),
             ("h", "Niet eens met de school?"),
             ("p", "Praat eerst met de school. Komt u er niet uit, dan kunt u terecht bij ons Ouder- en Jeugdsteunpunt, de Onderwijsconsulenten of de Geschillencommissie passend onderwijs."),
             ("p", "Vragen? Bel het steunpunt op werkdagen tussen 9.00 en 12.00 uur.")]
        return b, "Folder OPP – versie september 2025", dict(ALL_MISSING)
    if kind == "nieuwsbrief":
        b = [("title", "Nieuwsbrief december – IKC Het Zonnedal"),
             ("h", "Van de directie"),
             ("p", "De eerste periode zit erop. In de groepen 5 tot en met 8 zijn de Leerling in beeld-toetsen afgenomen; de resultaten bespreken we in de rapportgesprekken in februari."),
             ("h", "OPP-gesprekken"),
             ("p", "Voor een aantal leerlingen heeft de school een ontwikkelingsperspectiefplan. De ouders van deze leerlingen krijgen in januari een uitnodiging voor het evaluatiegesprek met de intern begeleider. Sinds dit schooljaar praten ook de kinderen zelf mee over hun plan."),
             ("h", "Kerstviering"),
             ("p", "Op donderdag 18 december vieren we kerst met een kerstdiner in de groepen. Wilt u een bord, beker en bestek meegeven?"),
             ("h", "Toestemming foto's"),
             ("p", "Wilt u het toestemmingsformulier voor foto's en video's vóór 1 januari inleveren bij de leerkracht?")]
        return b, "Nieuwsbrief 4, schooljaar 2025-2026", dict(ALL_MISSING)
    if kind == "sop-uittreksel":
        b = [("title", "Schoolondersteuningsprofiel 2025-2029 (uittreksel)"),
             ("h", "4.3 Ontwikkelingsperspectief"),
             ("p", "Voor leerlingen die extra ondersteuning nodig hebben stelt de school binnen zes weken na de start van de ondersteuning een ontwikkelingsperspectiefplan op. In het OPP beschrijven wij de verwachte uitstroombestemming met onderbouwing, de belemmerende en bevorderende factoren, de onderwijsbehoeften, de te bieden ondersteuning en de doelen."),
             ("p", "Het OPP wordt besproken met ouders (op overeenstemming gericht overleg); ouders stemmen in met het handelingsdeel. De leerling wordt gehoord. Het OPP wordt ieder schooljaar geëvalueerd. De directeur stelt het OPP vast namens het bevoegd gezag."),
             ("h", "4.4 Samenwerking met externe deskundigen"),
             ("p", "De school werkt samen met de orthopedagoog van het samenwerkingsverband, de jeugdarts en het wijkteam. Adviezen worden verwerkt in het plan van de leerling.")]
        return b, "SOP Veenland Lyceum – pagina 14-15", dict(ALL_MISSING)
    if kind == "uitnodiging-oppgesprek":
        b = [("p", "Praktijkschool De Werkplaats\nGravendonk, 3 november 2025"),
             ("p", "Aan de ouders/verzorgers van Jesse Postma"),
             ("p", "Betreft: uitnodiging OPP-gesprek"),
             ("p", "Beste ouders/verzorgers,"),
             ("p", "Graag nodigen wij u en Jesse uit voor het gesprek over het ontwikkelingsperspectief en het IOP op dinsdag 18 november om 15.30 uur in lokaal 12. In dit gesprek bespreken we het concept van het plan. Neemt u het getekende toestemmingsformulier voor de stage mee?"),
             ("p", "Met vriendelijke groet,\n\nmw. J. Dijkhuis, mentor")]
        return b, None, dict(ALL_MISSING)
    if kind == "leeg-format-abcd":
        c = Ctx(seed, "po", (2025, 9, 1))
        c.blank = True
        modes = {e: "I:blank" for e in ELEMENTS}
        for e in ("uitstroombestemming", "onderbouwing", "ondersteuning", "doelen", "evaluatie"):
            modes[e] = "I:guide"
        modes["afwijkingen_onderwijsprogramma"] = "I:untick"
        modes["instemming_ouders"] = "I:untick"
        blocks, footer = LAYOUTS["swv-onderdelen-abcd"](c, modes)
        return blocks, "Format OPP – leeg – versie 2024-1", modes
    if kind == "leeg-format-vraagkoppen":
        c = Ctx(seed, "vo", (2023, 9, 1))
        c.blank = True
        modes = {e: "I:blank" for e in ELEMENTS}
        for e in ("uitstroombestemming", "ondersteuningsbehoefte", "doelen", "oogo"):
            modes[e] = "I:guide"
        modes["inbreng_leerling"] = "M"
        modes["informatie_rechten"] = "M"
        modes["instemming_ouders"] = "I:blankline"
        blocks, footer = LAYOUTS["vo-vraagkoppen"](c, modes)
        # strip the invented pupil/staff names from the header of an empty form
        blocks = [bl for bl in blocks if not (bl[0] == "p" and "|" in bl[1])]
        return blocks, "Sjabloon OPP VO – 2023", modes
    raise KeyError(kind)
