# -*- coding: utf-8 -*-
"""Documents that are about a pupil or about OPPs but are not an OPP, and blank formats."""
from content import dlong, dshort, addm, MAAND

def handelingsplan_groep(c, rng, v):
    B = [("title", "Groepshandelingsplan technisch lezen – groep 4"), ("small", f"{c['school']} · {c['lk']} · blok 3")]
    B.append(("h1", "Doel van de groep"))
    B.append(("p", "Aan het eind van blok 3 leest 80% van de groep AVI M4 op beheersingsniveau. De groep heeft behoefte aan veel herhaling en leesplezier."))
    B.append(("h1", "Aanpak per subgroep"))
    B.append(("table", [["Subgroep", "Leerlingen", "Aanpak", "Wie / hoe vaak"],
                        ["Intensief", f"{c['n']}, Liv, Ouassim", "Connect Vloeiend lezen; duolezen met een maatje", "onderwijsassistent, 4x per week 15 min"],
                        ["Basis", "14 leerlingen", "Methode Lijn 3, stillezen 15 minuten per dag", "leerkracht"],
                        ["Verdiept", "Bo, Fleur", "Boekenclub, leeskring", "leerkracht, 1x per week"]], {"header": True}))
    B.append(("h1", "Evaluatie"))
    B.append(("p", f"De groep wordt geëvalueerd na de AVI-afname in {MAAND[addm(c['dset'],3).month-1]}. Resultaten worden besproken in de groepsbespreking met de IB'er."))
    B.append(("p", "Ouders van leerlingen in de intensieve subgroep worden op de hoogte gebracht via het tienminutengesprek."))
    return B, dict(doctitle="Groepshandelingsplan", author=c["lk"])

def onderzoeksverslag(c, rng, v):
    n = c["n"]
    B = [("title", "Verslag psychodiagnostisch onderzoek"), ("small", f"Praktijk Orthopedagogiek De Lindeboom · {c['ortho']}, orthopedagoog-generalist")]
    B.append(("table", [["Naam", c["fn"]], ["Geboortedatum", c["dob"]], ["School", f"{c['school']}, {c['grp']}"], ["Datum onderzoek", dlong(c["dset"])],
                        ["Aanmelding door", "intern begeleider en ouders"]], {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h1", "1. Vraagstelling"))
    B.append(("p", f"Wat zijn de cognitieve mogelijkheden van {n} en wat verklaart de achterstand bij rekenen? Wat heeft {n} nodig in de klas?"))
    B.append(("h1", "2. Onderzoeksresultaten"))
    B.append(("table", [["Instrument", "Uitkomst"], ["WISC-V totaal-IQ", "83 (beneden gemiddeld)"], ["Verwerkingssnelheid", "74"],
                        ["Werkgeheugen", "79"], ["Verbaal begrip", "95"], ["Rekenen (TTR)", "DLE 18"]], {"header": True}))
    B.append(("h1", "3. Conclusie"))
    B.append(("p", f"{n} heeft een zwak werkgeheugen en een lage verwerkingssnelheid; het verbaal begrip is gemiddeld. Dit verklaart dat {c['hij']} bij lange instructies en bij automatiseren vastloopt. "
                   f"Op basis van de huidige gegevens is een uitstroom naar vmbo basis/kader met leerwegondersteuning denkbaar; dit is nadrukkelijk een indicatie en geen advies voor het OPP."))
    B.append(("h1", "4. Adviezen"))
    B.append(("p", "- korte instructies, visueel ondersteund\n- inoefenen met concreet materiaal\n- minder opgaven, meer tijd\n- overweeg met de school een ontwikkelingsperspectief op te stellen"))
    B.append(("p", f"Het verslag is op {dlong(addm(c['dset'],1))} met ouders besproken. Ouders geven toestemming het verslag aan school te verstrekken.\nw.g. {c['ouder1']}"))
    return B, dict(doctitle="Onderzoeksverslag", author=c["ortho"])

def uitnodiging(c, rng, v):
    n = c["n"]
    B = [("title", c["school"]), ("p", f"{c['place']}, {dlong(c['dset'])}"), ("p", f"Beste {c['aanhef']},"),
         ("p", f"In het oudergesprek van vorige maand hebben we besproken dat {n} extra ondersteuning nodig heeft. Wij willen daarom een ontwikkelingsperspectief (OPP) voor {n} opstellen."),
         ("p", f"Graag nodigen wij u uit voor een gesprek over het concept-OPP op {dlong(addm(c['dset'],1))} om 15.15 uur. Aanwezig zijn {c['lk']} en {c['ib']}. "
               f"In dat gesprek bespreken we de verwachte uitstroom, de doelen en de ondersteuning. Ook vragen we {n} vooraf naar {c['zijn']} mening."),
         ("p", "Na het gesprek ontvangt u het plan; u heeft instemmingsrecht op het handelingsdeel. Kunt u op deze datum niet, laat het ons dan weten."),
         ("p", f"Met vriendelijke groet,\n{c['ib']}, intern begeleider")]
    return B, dict(doctitle="Uitnodiging", author=c["ib"])

def doorverwijzing(c, rng, v):
    n = c["n"]
    B = [("title", "Aanvraag toelaatbaarheidsverklaring speciaal basisonderwijs"), ("small", f"{c['swv']} · aanvraagformulier TLV-SBO")]
    B.append(("table", [["Leerling", c["fn"]], ["Geboortedatum", c["dob"]], ["Huidige school", c["school"]], ["Groep", c["grp"]], ["Gewenste school", "SBO De Brug-Oost"]],
                        {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h1", "Reden van aanvraag"))
    B.append(("p", f"Ondanks een jaar extra ondersteuning en een arrangement van het SWV blijft {n} achter en komt {c['hij']} steeds minder tot leren. In de kleine combinatiegroep is de benodigde intensiteit niet meer te bieden."))
    B.append(("h1", "Ingezette ondersteuning afgelopen jaar"))
    B.append(("p", "Verlengde instructie, RT lezen, observatie door de orthopedagoog, arrangement SWV (20 weken)."))
    B.append(("h1", "Mening van ouders"))
    B.append(("p", "Ouders steunen de aanvraag en hebben SBO De Brug-Oost bezocht."))
    B.append(("h1", "Ondertekening aanvraag"))
    B.append(("sig", dict(role="Handtekening ouder", name=c["ouder1"], date=dshort(c["dset"]), signed="w.g. " + c["ouder1"], scribble=False)))
    B.append(("sig", dict(role="Handtekening directeur", name=c["dir"], date=dshort(c["dset"]), signed="w.g. " + c["dir"], scribble=False)))
    return B, dict(doctitle="Aanvraag TLV", author=c["ib"])

def folder(c, rng, v):
    B = [("title", "Wat is een OPP? Informatie voor ouders"), ("small", "Ouder- en jeugdsteunpunt Vaart & Veen")]
    for h, t in [("Waarom een OPP?", "Heeft uw kind meer ondersteuning nodig dan de school aan alle kinderen biedt, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op."),
                 ("Wat staat erin?", "De verwachte uitstroombestemming en de onderbouwing daarvan, de belemmerende en bevorderende factoren, de doelen, de ondersteuning die uw kind krijgt en eventuele afwijkingen van het programma."),
                 ("Uw rol", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). U moet instemmen met het handelingsdeel. Sinds 1 augustus 2025 moet de school ook uw kind horen."),
                 ("Niet eens?", "Praat eerst met de school. U kunt gratis advies vragen aan een onderwijsconsulent. Binnen zes weken kunt u naar de Geschillencommissie passend onderwijs."),
                 ("Evaluatie", "Het OPP wordt minimaal één keer per jaar met u geëvalueerd.")]:
        B.append(("h2", h)); B.append(("p", t))
    return B, dict(doctitle="Folder OPP", author="OJSP")

def nieuwsbrief(c, rng, v):
    B = [("title", f"Nieuwsbrief {c['school']} – {MAAND[c['dset'].month-1]} {c['dset'].year}")]
    B.append(("h2", "Van de directie")); B.append(("p", f"De herfstvakantie zit erop. Met 58 leerlingen zijn we klein, maar we hebben grote plannen. {c['dir']}"))
    B.append(("h2", "Passend onderwijs op onze school"))
    B.append(("p", "Sommige kinderen hebben meer nodig dan de basisondersteuning. Voor hen maken we samen met ouders een ontwikkelingsperspectiefplan (OPP), waarin de verwachte uitstroom, de doelen en de ondersteuning staan. "
                   "Ouders stemmen in met het handelingsdeel en we evalueren het plan minstens één keer per jaar. Sinds dit schooljaar vragen we ook de kinderen zelf naar hun mening."))
    B.append(("h2", "Agenda")); B.append(("p", "- 12 november: studiedag, alle kinderen vrij\n- 5 december: Sinterklaasviering\n- 19 december: kerstdiner"))
    return B, dict(doctitle="Nieuwsbrief", author=c["dir"])

PH = "Klik of tik om tekst in te voeren."

def blank_groeidocument(c, rng, v):
    B = [("title", f"Groeidocument {c['swv']}"), ("small", "Ontwikkelingsperspectiefplan en handelingsdeel · format 2025-1 · LEEG FORMAT")]
    B.append(("h1", "Deel 1 – Gegevens"))
    B.append(("table", [["Naam leerling", PH], ["Geboortedatum", PH], ["Groep", PH], ["School", PH], ["Ouders/verzorgers", PH]], {"labelcol": True, "widths": [0.3, 0.7], "cc_text": True}))
    for title, items in [("Deel 2 – Beeld van de leerling", ["2.1 Belemmerende factoren", "2.2 Bevorderende factoren"]),
                         ("Deel 3 – Onderwijs- en ondersteuningsbehoeften", ["3.1 Wat heeft deze leerling nodig?"]),
                         ("Deel 4 – Ontwikkelingsperspectief", ["4.1 Te verwachten uitstroombestemming", "4.2 Onderbouwing", "4.3 Afwijkingen van het onderwijsprogramma"]),
                         ("Deel 5 – Handelingsdeel", ["5.1 Doelen", "5.2 Ondersteuning en begeleiding"]),
                         ("Deel 6 – Betrokken deskundigen en adviezen", ["6.1 Adviezen"]),
                         ("Deel 7 – Stem van de leerling", ["7.1 Inbreng leerling"]),
                         ("Deel 8 – Ouders en evaluatie", ["8.1 Op overeenstemming gericht overleg", "8.2 Evaluatie"])]:
        B.append(("h1", title))
        rows = []
        for it in items:
            val = PH
            if it.startswith("4.3"):
                val = "☐ eigen leerlijn   ☐ vrijstelling   ☐ aangepast rooster   ☐ geen afwijkingen"
            rows.append([it, val])
        B.append(("table", rows, {"labelcol": True, "widths": [0.3, 0.7], "cc_text": True}))
    B.append(("h1", "Deel 9 – Ondertekening"))
    B.append(("h2", "9.1 Instemming handelingsdeel"))
    B.append(("p", "☐ akkoord met het handelingsdeel   ☐ niet akkoord met het handelingsdeel"))
    B.append(("sig", dict(role="Handtekening ouder/verzorger", name="", date="", signed="", scribble=False)))
    B.append(("h2", "9.2 Vaststelling")); B.append(("p", "Datum: ____________   Directeur: ____________"))
    B.append(("h2", "9.3 Informatie over rechten")); B.append(("p", "[Standaardtekst over instemmingsrecht en geschillen hier invoegen]"))
    return B, dict(doctitle="Groeidocument (leeg)", author=c["swv"], cc=True, footer=f"{c['swv']} · groeidocument")

def blank_beknopt(c, rng, v):
    B = [("title", "OPP-kort (format 2019)"), ("small", f"{c['school']} · in te vullen door mentor/zorgcoördinator")]
    B.append(("table", [["Leerling", "", "Geb.datum", ""], ["Klas", "", "Mentor", ""]], {"widths": [0.15, 0.4, 0.15, 0.3]}))
    B.append(("table", [["Uitstroomprofiel", "☐ vervolgonderwijs   ☐ arbeidsmarktgericht   ☐ dagbesteding"], ["Onderbouwing", ""], ["Belemmerend", ""], ["Bevorderend", ""],
                        ["Onderwijsbehoeften", ""], ["Doelen", ""], ["Ondersteuning", ""], ["Afwijkingen", ""], ["Advies CvB", ""],
                        ["Besproken met ouders/leerling op", ""], ["Evaluatie", ""]], {"labelcol": True, "widths": [0.3, 0.7]}))
    B.append(("h2", "Instemming"))
    B.append(("sig", dict(role="Handtekening ouder/verzorger of meerderjarige leerling", name="", date="", signed="", scribble=False)))
    B.append(("p", "Vastgesteld door directie op: ____________"))
    return B, dict(doctitle="OPP-kort", fontsize=9, color="#7a1f1f")

NONOPP = dict(handelingsplan_groep=handelingsplan_groep, onderzoeksverslag=onderzoeksverslag, uitnodiging=uitnodiging,
              doorverwijzing=doorverwijzing, folder=folder, nieuwsbrief=nieuwsbrief, blank_groeidocument=blank_groeidocument,
              blank_beknopt=blank_beknopt)
