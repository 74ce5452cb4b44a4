# -*- coding: utf-8 -*-
"""Documents that are not an OPP: a leaflet for parents, a school newsletter, blank formats."""
from blocks import CB, CC, H, Pp, UL, T, PB, SP
from content import ELEMENTS, INSTR, Gap
from layouts import GREY, BLUE


def leaflet():
    meta = dict(title="Wat is een OPP?", author="Ouder- en jeugdsteunpunt", footer="Ouder- en jeugdsteunpunt Noordrand \u2013 folder 3",
                header="Informatie voor ouders")
    qa = [["Vraag", "Antwoord"],
          ["Wat is een OPP?", "Een ontwikkelingsperspectiefplan (OPP) is een plan dat de school maakt als uw kind extra ondersteuning krijgt. "
                              "Er staat in wat de school verwacht dat uw kind na de school gaat doen: de uitstroombestemming."],
          ["Wat staat er verder in?", "De onderbouwing van die verwachting, de factoren die het leren van uw kind belemmeren of juist bevorderen, "
                                      "wat uw kind nodig heeft en welke ondersteuning de school biedt (het handelingsdeel)."],
          ["Moet ik tekenen?", "Ja, als u het eens bent met het handelingsdeel. De school moet eerst met u overleggen (op overeenstemming "
                               "gericht overleg). Zonder uw instemming mag de school het handelingsdeel niet uitvoeren."],
          ["Praat mijn kind mee?", "Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en opschrijven wat daarmee is gedaan."],
          ["Hoe vaak wordt het besproken?", "Minimaal één keer per schooljaar evalueert de school het plan met u."],
          ["Wat als ik het niet eens ben?", "Praat eerst met de school. Komt u er niet uit, dan kunt u advies vragen bij ons steunpunt of een "
                                            "onderwijsconsulent, en binnen zes weken naar de Geschillencommissie passend onderwijs."]]
    blocks = [H(1, "Het ontwikkelingsperspectiefplan (OPP): wat betekent het voor u en uw kind?"),
              Pp("Deze folder is bedoeld voor ouders en verzorgers van leerlingen in het basisonderwijs, speciaal onderwijs en voortgezet onderwijs.", italic=True),
              T(qa, widths=[0.28, 0.72], header=1, shade={(0, 0): BLUE, (0, 1): BLUE}),
              H(2, "Checklist voor het gesprek"),
              T([[[CB(False, "Ik weet welke uitstroombestemming de school verwacht.")]],
                 [[CB(False, "Ik weet welke ondersteuning mijn kind krijgt, van wie en hoe vaak.")]],
                 [[CB(False, "Mijn kind heeft zijn of haar mening kunnen geven.")]],
                 [[CB(False, "Ik weet wanneer het plan wordt geëvalueerd.")]]], widths=[1.0]),
              Pp("Ouder- en jeugdsteunpunt Noordrand \u2013 spreekuur op dinsdag en donderdag, telefoon 0800-0000000 (gratis).")]
    return blocks, meta


def newsletter():
    meta = dict(title="Nieuwsbrief", author="Directie", footer="Nieuwsbrief OBS De Wilgenhoek \u2013 jaargang 12", header="")
    left = ("Nieuw dit schooljaar: uw kind praat mee\n\nSinds 1 augustus 2025 vragen wij bij leerlingen met een ontwikkelingsperspectiefplan (OPP) "
            "altijd wat zij er zelf van vinden. De intern begeleider voert daarvoor een kort gesprek met uw kind voordat het plan wordt besproken. "
            "Heeft u vragen over het OPP, de ondersteuning of de evaluatie? Loop gerust binnen bij juf Sabine.")
    right = ("Agenda\n\n\u2022 14 november: studiedag, alle leerlingen vrij\n\u2022 21 november: ouderavond groep 7/8 over het schooladvies\n"
             "\u2022 5 december: Sinterklaasviering (continurooster tot 12.00 uur)\n\nLuizenpluis\n\nNa elke vakantie controleren de luizenouders. "
             "Wilt u op die dag geen ingewikkelde vlechten?")
    blocks = [H(1, "Nieuwsbrief november 2025"), Pp("OBS De Wilgenhoek, Hallemeer", italic=True),
              T([[left, right]], widths=[0.6, 0.4], grid=False),
              H(2, "Van de ouderraad"),
              Pp("De ouderraad zoekt nog twee ouders voor de kerstcommissie. Ook zoeken we hulp bij het schoolplein-onderhoud op zaterdag 29 november."),
              T([["Activiteit", "Datum", "Hulpouders nodig"], ["Kerstdiner", "18 december", "4"], ["Schoolplein", "29 november", "8"],
                 ["Voorleesontbijt", "28 januari", "3"]], widths=[0.5, 0.25, 0.25], header=1, shade={(0, i): GREY for i in range(3)})]
    return blocks, meta


def blank_plan(base_pl, instructions=True):
    pl = dict(base_pl)
    pl["blank"] = True
    pl["name"] = pl["first"] = ""
    pl["first"] = "de leerling"
    pl["revised"] = None
    pl["adult"] = None
    V = {}
    for e in ELEMENTS:
        V[e] = Gap(INSTR.get(e, "") if instructions else "")
    V["vaststelling"] = {"date": Gap(""), "who": Gap("")}
    V["inbreng_leerling"] = Gap(INSTR["inbreng_leerling"] if instructions else "")
    pl["V"] = V
    pl["other_consent"] = False
    pl["consent"] = {"options": {"akkoord": False, "niet": False, "deels": False}, "statement": None, "other": None, "image_only": False,
                     "signers": [{"role": "Ouder(s)/verzorger(s)", "name": "", "signed": False, "date": "", "remark": ""},
                                 {"role": "Namens de school", "name": "", "signed": False, "date": "", "remark": ""}]}
    pl["swv"] = "Samenwerkingsverband VO Noordrand"
    pl["school"] = ""
    pl["ib"] = ""
    return pl
