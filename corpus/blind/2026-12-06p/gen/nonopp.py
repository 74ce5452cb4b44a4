# -*- coding: utf-8 -*-
"""Documents that are not OPPs (leaflet, newsletter, general letter) and blank formats."""
import os, random
from content import *
from layouts import LAYOUTS, V, lay_form
import writers as W


def blank_pupil():
    p = {k: "" for k in ["first", "last", "name", "school", "swv", "place", "mentor", "ib", "dir", "parent1", "curator", "llnr"]}
    p.update({"girl": False, "hij": "hij/zij", "Hij": "Hij/zij", "zijn": "zijn/haar", "Zijn": "Zijn/haar", "hem": "hem/haar",
              "age": 0, "stype": "po", "profile": None, "adult": None, "dob": (1900, 1, 1), "llnr": "0"})
    return p


LEAFLET = [
    ("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
    ("p", "Informatie voor ouders en verzorgers - Ouder- en jeugdsteunpunt Passend Onderwijs Rivierenzoom"),
    ("h1", "Waarom een OPP?"),
    ("p", "Heeft uw kind extra ondersteuning nodig die de school niet uit de basisondersteuning kan bieden? Dan stelt de school "
          "een ontwikkelingsperspectiefplan op. Ook leerlingen in het speciaal onderwijs, het voortgezet speciaal onderwijs en het "
          "praktijkonderwijs hebben altijd een OPP."),
    ("h1", "Wat staat er in een OPP?"),
    ("p", "- de te verwachten uitstroombestemming (bijvoorbeeld vmbo, praktijkonderwijs, of in het vso: vervolgonderwijs, arbeidsmarkt of dagbesteding)\n"
          "- de onderbouwing daarvan\n- de belemmerende en bevorderende factoren\n- de doelen en de te bieden ondersteuning (het handelingsdeel)\n"
          "- eventuele afwijkingen van het onderwijsprogramma\n- de adviezen van deskundigen\n- de mening van uw kind (sinds 1 augustus 2025 verplicht)"),
    ("h1", "Uw rol als ouder"),
    ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel "
          "is uw instemming nodig. Het OPP wordt minstens één keer per schooljaar met u geëvalueerd."),
    ("h1", "Niet eens?"),
    ("p", "Praat eerst met de school. Komt u er samen niet uit, dan kunt u een onderwijsconsulent inschakelen of binnen zes weken naar "
          "de Geschillencommissie passend onderwijs."),
    ("small", "Deze folder is een algemene uitleg en geen plan voor een individuele leerling."),
]

NEWS = [
    ("title", "Nieuwsbrief december - VSO De Werkplaats"),
    ("h1", "Agenda"), ("p", "12 december kerstmarkt in de kantine (leerlingen van de horecaroute bakken oliebollen)\n19 december: laatste schooldag voor de vakantie, 12.00 uur uit."),
    ("h1", "Stages"), ("p", "Dit jaar lopen 48 leerlingen stage bij 31 bedrijven. Wij zoeken nog stageplekken in de groenvoorziening. Kent u een bedrijf? Mail de stagecoördinator."),
    ("h1", "Nieuw: uw kind praat mee over het OPP"),
    ("p", "Sinds 1 augustus 2025 moeten scholen de mening van de leerling vragen bij het opstellen en evalueren van het "
          "ontwikkelingsperspectiefplan. Wij doen dat met een kort gesprek met de mentor vóór het OPP-gesprek. In januari "
          "ontvangt u een uitnodiging voor de tussenevaluatie van het OPP."),
    ("h1", "Oudercafé"), ("p", "Op 15 januari is er een oudercafé over wonen en werken na school (Wajong, loonkostensubsidie, dagbesteding). Aanmelden via de administratie."),
]

LETTER = [
    ("p", "Praktijkschool De Steiger\nOosterbroek"),
    ("p", "Oosterbroek, 2 september 2025"),
    ("p", "Betreft: werkwijze ontwikkelingsperspectief schooljaar 2025-2026"),
    ("p", "Beste ouders en verzorgers,"),
    ("p", "Alle leerlingen van onze school krijgen binnen zes weken na de start een ontwikkelingsperspectiefplan. In het OPP "
          "staat welke uitstroom wij verwachten (arbeid, leren en werken, of dagbesteding), wat uw kind nodig heeft, welke "
          "stage we zoeken en welke begeleiding de school biedt."),
    ("p", "Vanaf dit schooljaar vragen wij ook uw zoon of dochter zelf naar zijn of haar mening. Wij nodigen u in oktober uit voor "
          "het OPP-gesprek. U krijgt het plan vooraf thuisgestuurd; voor het handelingsdeel vragen wij uw handtekening."),
    ("p", "Heeft u vragen, neem dan contact op met de mentor van uw kind."),
    ("p", "Met vriendelijke groet,\nmw. L. Dekker, directeur"),
]


def build(DOCS):
    out = []

    def lab(file, fmt, layout, st, els, notes):
        out.append({"file": "docs/" + file, "format": fmt, "layout": layout, "school_type": st, "scanned": False,
                    "elements": els, "accept_unclear": [], "notes": notes})
    allm = {e: "missing" for e in ELEMENTS}
    W.write_pdf(LEAFLET, os.path.join(DOCS, "n01-folder-ouders.pdf"), footer="Ouder- en jeugdsteunpunt", seed=1)
    lab("n01-folder-ouders.pdf", "pdf", "folder (not an OPP)", "none", dict(allm), "Leaflet for parents explaining OPPs in general; not an OPP: every element missing.")
    W.write_docx(NEWS, os.path.join(DOCS, "n02-nieuwsbrief.docx"), seed=2)
    lab("n02-nieuwsbrief.docx", "docx", "nieuwsbrief (not an OPP)", "none", dict(allm), "School newsletter with an item on pupil's say in OPPs; not an OPP: every element missing.")
    open(os.path.join(DOCS, "n03-brief-werkwijze-opp.txt"), "w", encoding="utf-8").write(W.to_text(LETTER))
    lab("n03-brief-werkwijze-opp.txt", "txt", "brief algemeen (not an OPP)", "none", dict(allm), "Letter to all parents on the OPP procedure; not an OPP: every element missing.")

    # blank formats
    bp = blank_pupil()
    # b01: blank fillable form, no field for pupil's view and none for rights
    spec = {"gaps": {}, "date": (2025, 9, 1), "update": False, "blank_absent": ("inbreng_leerling", "informatie_rechten")}
    v = V(bp, spec, random.Random(5))
    blocks, footer, _ = lay_form(bp, v, blank=True)
    W.write_form_pdf(blocks, os.path.join(DOCS, "b01-leeg-invulformulier.pdf"), footer=footer)
    els = {e: "incomplete" for e in ELEMENTS}
    els["inbreng_leerling"] = "missing"; els["informatie_rechten"] = "missing"
    lab("b01-leeg-invulformulier.pdf", "pdf", "invulformulier (blank)", "po", els,
        "Blank fillable form, no pupil: fields that exist incomplete; no field for pupil's view or rights: missing.")
    # b02: blank numbered SWV format with its instructions
    gaps = {e: "I:instr" for e in ELEMENTS}
    gaps["instemming_ouders"] = "I:blank"; gaps["vaststelling"] = "I:noname"
    spec = {"gaps": gaps, "date": (2025, 9, 1), "update": False}
    bp2 = dict(bp); bp2["stype"] = "vo"
    v = V(bp2, spec, random.Random(6))
    blocks, footer, header = LAYOUTS["swv-genummerd"](bp2, v)
    W.write_docx(blocks, os.path.join(DOCS, "b02-leeg-format-swv.docx"), footer="Format OPP", seed=3)
    lab("b02-leeg-format-swv.docx", "docx", "swv-genummerd (blank)", "vo", {e: "incomplete" for e in ELEMENTS},
        "Blank numbered SWV format with its own instructions under every heading; no pupil: all elements incomplete.")
    # b03: blank short form as text, empty rows, no rights text
    gaps = {e: "I:empty" for e in ELEMENTS}
    gaps["instemming_ouders"] = "I:blank"; gaps["vaststelling"] = "I:noname"; gaps["informatie_rechten"] = "M"
    bp3 = dict(bp); bp3["stype"] = "sbo"
    v = V(bp3, {"gaps": gaps, "date": (2025, 9, 1), "update": False}, random.Random(7))
    blocks, footer, header = LAYOUTS["beknopt-opp"](bp3, v)
    open(os.path.join(DOCS, "b03-leeg-beknopt-opp.txt"), "w", encoding="utf-8").write(W.to_text(blocks))
    els = {e: "incomplete" for e in ELEMENTS}; els["informatie_rechten"] = "missing"
    lab("b03-leeg-beknopt-opp.txt", "txt", "beknopt-opp (blank)", "sbo", els,
        "Blank short form (text), empty rows, no rights text at all: rows incomplete, rights missing.")
    return out
