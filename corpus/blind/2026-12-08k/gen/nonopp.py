# -*- coding: utf-8 -*-
"""Documents that are not OPPs: a parents' leaflet, a school newsletter, a blank format, an invitation letter."""
import os

from content import ELEMENTS, INSTR
from render import render_pdf, render_text
from render_docx import render_docx


def leaflet():
    P = lambda t: ("p", t)
    return {"title": "Het ontwikkelingsperspectief (OPP) - informatie voor ouders",
            "subtitle": "Samenwerkingsverband Passend Primair Onderwijs Lee en Vaart - folderreeks 'Passend onderwijs thuis'",
            "header": "Folder voor ouders", "header_r": "uitgave september 2025",
            "footer": "Ouder- en jeugdsteunpunt Lee en Vaart - spreekuur dinsdag en donderdag", "pagefmt": "{p}",
            "sections": [
                {"h": "Wat is een OPP?", "level": 1, "blocks": [P(
                    "Krijgt uw kind extra ondersteuning op school? Dan stelt de school een ontwikkelingsperspectief op, "
                    "vaak OPP genoemd. Daarin staat wat de school van uw kind verwacht en hoe de school uw kind helpt.")]},
                {"h": "Wat staat er in een OPP?", "level": 1, "blocks": [("bullets", [
                    "de verwachte uitstroombestemming: naar welk soort onderwijs of werk uw kind na deze school gaat;",
                    "de onderbouwing daarvan, en de belemmerende en bevorderende factoren;",
                    "het handelingsdeel: welke ondersteuning uw kind krijgt, van wie en hoe vaak;",
                    "eventuele afwijkingen van het gewone lesprogramma;",
                    "wanneer het plan met u wordt geëvalueerd (minstens één keer per jaar)."])]},
                {"h": "Uw rol als ouder", "level": 1, "blocks": [P(
                    "De school bespreekt het OPP met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw "
                    "instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en "
                    "opschrijven wat daarmee gedaan is.")]},
                {"h": "Niet eens met het OPP?", "level": 1, "blocks": [P(
                    "Praat eerst met de leerkracht of de intern begeleider. Komt u er samen niet uit, neem dan contact op "
                    "met het ouder- en jeugdsteunpunt of met een onderwijsconsulent. Binnen zes weken na de vaststelling "
                    "kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]},
                {"h": "Meer weten?", "level": 1, "blocks": [P(
                    "Kijk op de website van het samenwerkingsverband of bel het ouder- en jeugdsteunpunt. "
                    "Deze folder is geen ontwikkelingsperspectief en gaat niet over een bepaalde leerling.")]},
            ]}


def newsletter():
    P = lambda t: ("p", t)
    return {"title": "Nieuwsbrief obs De Wilgenhoek", "subtitle": "Nummer 4 - oktober 2025 - Brakelmonde",
            "header": "Nieuwsbrief De Wilgenhoek", "footer": "obs De Wilgenhoek, Wilgenlaan 3, Brakelmonde", "pagefmt": "{p}",
            "sections": [
                {"h": "Van de directie", "level": 1, "blocks": [P(
                    "Beste ouders, de herfstvakantie komt eraan. In de eerste week na de vakantie starten we met de "
                    "oudergesprekken. Voor een aantal kinderen wordt in die periode ook het ontwikkelingsperspectief "
                    "(OPP) besproken; de betrokken ouders krijgen daarvoor een aparte uitnodiging van de intern begeleider.")]},
                {"h": "Agenda", "level": 1, "blocks": [("table", ["Datum", "Activiteit", "Voor wie"], [
                    ("20-10-2025", "Herfstvakantie (t/m 24 oktober)", "iedereen"),
                    ("29-10-2025", "Luizencontrole", "alle groepen"),
                    ("03-11-2025", "Start oudergesprekken en OPP-gesprekken", "ouders"),
                    ("14-11-2025", "Studiedag team, kinderen vrij", "iedereen")])]},
                {"h": "Nieuws uit de groepen", "level": 1, "blocks": [P(
                    "Groep 5 heeft een bezoek gebracht aan de kinderboerderij. Groep 7 en 8 doen mee aan het "
                    "schoolvoetbaltoernooi van Brakelmonde.")]},
                {"h": "Ouderportaal", "level": 1, "blocks": [P(
                    "Vanaf deze maand delen we verslagen van gesprekken via het ouderportaal. U kunt daar ook digitaal "
                    "akkoord geven op documenten. Heeft u nog geen account? Vraag het aan bij de administratie.")]},
            ]}


def blank_format():
    secs = [{"h": "Gegevens leerling", "level": 1, "blocks": [("kv", [
        ("Naam leerling", ""), ("Geboortedatum", ""), ("Groep / leerjaar", ""), ("School", ""),
        ("Intern begeleider / ondersteuningscoördinator", "")])]}]
    order = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
             ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
             ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"),
             ("Ondersteuning en begeleiding", "ondersteuning"),
             ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
             ("Adviezen van deskundigen", "adviezen_professionals"), ("Inbreng van de leerling", "inbreng_leerling"),
             ("Overleg met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Rechten van ouders", "informatie_rechten")]
    for h, el in order:
        blocks = [("instr", INSTR[el])] if el in INSTR else []
        if el == "doelen":
            blocks.append(("table", ["Gebied", "Doel (meetbaar)", "Evaluatie op"], [("", "", ""), ("", "", ""), ("", "", "")]))
        if el == "ondersteuning":
            blocks.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [("", "", "", ""), ("", "", "", "")]))
        secs.append({"h": h, "level": 1, "blocks": blocks})
    secs.append({"h": "Instemming handelingsdeel", "level": 1, "blocks": [
        ("check", [(False, "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel."),
                   (False, "Ouder(s)/verzorger(s) gaan niet akkoord met het handelingsdeel.")]),
        ("sig", [("Ouder/verzorger 1", "", "", False), ("Ouder/verzorger 2", "", "", False), ("Namens de school", "", "", False)])]})
    secs.append({"h": "Vaststelling", "level": 1, "blocks": [("kv", [("Vastgesteld op", ""), ("Vastgesteld door", "")])]})
    return {"title": "Format ontwikkelingsperspectief (OPP)",
            "subtitle": "Samenwerkingsverband VO Veenhorst-Dommel - leeg format, versie augustus 2025. Vul alle velden in.",
            "header": "Format OPP SWV Veenhorst-Dommel", "footer": "versie 2025-08", "pagefmt": "{p}", "dash": "",
            "sections": secs}


def invitation():
    return {"title": None, "letter": True, "letterhead": [
        "Praktijkcollege De Hoeve", "Hoevelaan 12, Kranenwolde", "", "Aan de ouders/verzorgers van Teun Bosveld", "",
        "Kranenwolde, 22 september 2025", "Betreft: uitnodiging gesprek over het ontwikkelingsperspectief"],
        "header": None, "footer": None, "sections": [{"h": None, "level": 1, "blocks": [
            ("p", "Beste ouders/verzorgers,"),
            ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectief (OPP) van Teun. In dit "
                  "gesprek bespreken we het concept van het plan, de doelen voor dit schooljaar en de ondersteuning die "
                  "Teun krijgt. Ook Teun is van harte welkom; we horen graag wat hij zelf belangrijk vindt."),
            ("p", "Datum: dinsdag 7 oktober 2025, 15.30 uur\nPlaats: Praktijkcollege De Hoeve, lokaal 1.04\n"
                  "Aanwezig namens school: mentor en ondersteuningscoördinator"),
            ("p", "Het concept-OPP ontvangt u een week voor het gesprek via het ouderportaal. Kunt u niet op deze datum? "
                  "Laat het ons dan weten via het ouderportaal of telefonisch."),
            ("p", "Met vriendelijke groet,\nHanneke Veldkamp, ondersteuningscoördinator")]}]}


def build_all(DOCS, BUILD):
    out = []
    p = os.path.join(DOCS, "x-01-folder-ouders.pdf")
    render_pdf(leaflet(), p, 9901)
    out.append(("x-01-folder-ouders.pdf", "pdf", "folder-ouders", "missing",
                "Not an OPP: parents' leaflet of a samenwerkingsverband explaining what an OPP is (PDF made directly). "
                "It names the elements and the parents' rights in general terms but concerns no pupil: every element missing."))
    p = os.path.join(DOCS, "x-02-nieuwsbrief.docx")
    render_docx(newsletter(), p, 9902)
    out.append(("x-02-nieuwsbrief.docx", "docx", "nieuwsbrief", "missing",
                "Not an OPP: school newsletter (DOCX) that mentions OPP talks and portal consent: every element missing."))
    p = os.path.join(DOCS, "x-03-leeg-format.docx")
    render_docx(blank_format(), p, 9903)
    out.append(("x-03-leeg-format.docx", "docx", "leeg-format", "incomplete",
                "Not an OPP: blank OPP format of a samenwerkingsverband (DOCX) with every heading, instructions, empty "
                "tables, unticked boxes and blank signature lines: every element incomplete (heading without content)."))
    p = os.path.join(DOCS, "x-04-uitnodiging-oppgesprek.txt")
    render_text(invitation(), p)
    out.append(("x-04-uitnodiging-oppgesprek.txt", "txt", "uitnodiging", "missing",
                "Not an OPP: invitation letter for an OPP meeting (plain text): every element missing."))
    return [{"file": "docs/" + f, "format": fmt, "layout": lay, "school_type": "none", "scanned": False,
             "elements": {el: st for el in ELEMENTS}, "accept_unclear": [], "notes": n}
            for f, fmt, lay, st, n in out]
