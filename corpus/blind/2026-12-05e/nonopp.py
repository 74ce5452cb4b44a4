# -*- coding: utf-8 -*-
"""Three documents that are not OPPs: a leaflet for parents, a school newsletter, a blank format."""
import os
from content import ELS, Instr
import render


def leaflet():
    return [
        ("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
        ("sub", "Informatie voor ouders \u2014 Ouder- en jeugdsteunpunt Passend Onderwijs Aa en Veenland"),
        ("h2", "Waarom een OPP?"),
        ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een "
              "ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat wat de school verwacht dat uw kind kan "
              "bereiken en welke hulp daarbij nodig is."),
        ("h2", "Wat staat er in een OPP?"),
        ("bullets", ["de te verwachten uitstroombestemming: naar welk type vervolgonderwijs, werk of dagbesteding uw kind waarschijnlijk gaat;",
                     "de onderbouwing daarvan, bijvoorbeeld toetsgegevens en onderzoek;",
                     "belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat helpt;",
                     "het handelingsdeel: welke ondersteuning uw kind krijgt, van wie en hoe vaak;",
                     "eventuele afwijkingen van het lesprogramma, zoals een eigen leerlijn of vrijstelling;",
                     "hoe en wanneer het plan wordt ge\u00ebvalueerd (minstens eens per jaar)."]),
        ("h2", "Uw rol als ouder"),
        ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht "
              "overleg). Op het handelingsdeel heeft u instemmingsrecht: zonder uw handtekening mag de school dat "
              "deel niet uitvoeren. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en "
              "opschrijven wat daarmee is gedaan."),
        ("h2", "Niet eens met het plan?"),
        ("p", "Praat eerst met de school. Kom u er samen niet uit, dan kunt u contact opnemen met ons "
              "steunpunt of met een onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil "
              "voorleggen aan de Geschillencommissie passend onderwijs."),
        ("h2", "Meer weten?"),
        ("p", "Bel of app ons steunpunt: 0599-123 456 (ma t/m do, 9.00\u201315.00 uur) of kijk op "
              "www.steunpunt-aaenveenland.example."),
        ("footer", "Folder OPP voor ouders \u2014 versie september 2025"),
    ]


def newsletter():
    return [
        ("title", "Nieuwsbrief De Wilgenkamp \u2014 december 2026"),
        ("sub", "OBS De Wilgenkamp, Varsdijk"),
        ("h2", "Van de directie"),
        ("p", "Beste ouders, de donkere maanden zijn begonnen. Fijn dat zoveel ouders hielpen bij het "
              "sinterklaasfeest! Na de kerstvakantie starten we met de nieuwe rekenmethode in groep 4 tot en met 8."),
        ("h2", "Oudergesprekken en OPP-gesprekken"),
        ("p", "In week 5 zijn de tussenevaluaties van de ontwikkelingsperspectiefplannen (OPP's). Ouders van "
              "leerlingen met een OPP krijgen hiervoor een aparte uitnodiging van de intern begeleider, "
              "mw. A. Kooistra. Vanaf dit schooljaar praten de leerlingen zelf ook mee in dit gesprek."),
        ("h2", "Kerstviering"),
        ("p", "Donderdag 17 december vieren we kerst met een diner in de klas. Vrijdag 18 december zijn alle "
              "kinderen om 12.00 uur vrij."),
        ("h2", "Luizencontrole"),
        ("p", "Op maandag 4 januari is er weer luizencontrole. Wilt u uw kind die dag zonder gel of vlechten "
              "naar school laten gaan?"),
        ("h2", "Agenda"),
        ("bullets", ["17 december: kerstdiner", "21 december t/m 1 januari: kerstvakantie",
                     "4 januari: luizencontrole", "week 5: OPP-evaluaties en voortgangsgesprekken"]),
        ("footer", "Nieuwsbrief 5 \u2014 schooljaar 2026-2027"),
    ]


# elements whose field is in the blank format
BLANK_IN = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "evaluatie", "instemming_ouders", "vaststelling"]


def blank():
    lab = [("uitstroombestemming", "Te verwachten uitstroombestemming", "Kies een item: vmbo-bb / vmbo-kb / vmbo-gt / havo / vwo / pro / vso"),
           ("onderbouwing", "Onderbouwing", "Klik of tik om tekst in te voeren."),
           ("belemmerende_factoren", "Belemmerende factoren", "Klik of tik om tekst in te voeren."),
           ("bevorderende_factoren", "Bevorderende factoren", "Klik of tik om tekst in te voeren."),
           ("ondersteuningsbehoefte", "Onderwijsbehoeften", "Formuleer als: ... heeft nodig dat ..."),
           ("adviezen_professionals", "Advies deskundigen", "Klik of tik om tekst in te voeren."),
           ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma", "Klik of tik om tekst in te voeren."),
           ("doelen", "Doelen (SMART)", "Klik of tik om tekst in te voeren."),
           ("ondersteuning", "Individuele begeleiding (handelingsdeel)", "Wat / wie / hoe vaak / vanaf wanneer"),
           ("oogo", "Overleg met ouders", "Klik of tik om een datum in te voeren."),
           ("evaluatie", "Evaluatiemomenten", "Klik of tik om een datum in te voeren."),
           ("vaststelling", "Vaststelling OPP", "Datum: [datum]  Door: [naam directeur]")]
    B = [("title", "FORMAT OPP"), ("sub", "Samenwerkingsverband Passend Onderwijs Aa en Veenland \u2014 format ontwikkelingsperspectief, versie 2025"),
         ("p", Instr("Vul alle velden in. Gele velden zijn verplicht. Verwijder deze instructie voor het afdrukken.")),
         ("h2", "Leerlinggegevens"),
         ("kv", [("Naam leerling", Instr("Klik of tik om tekst in te voeren.")), ("Geboortedatum", Instr("Klik of tik om een datum in te voeren.")),
                 ("School", Instr("Klik of tik om tekst in te voeren.")), ("Groep/klas", Instr("Klik of tik om tekst in te voeren."))]),
         ("h2", "Ontwikkelingsperspectief en handelingsdeel"),
         ("kv", [(l, Instr(t)) for _, l, t in lab]),
         ("h2", "Ondertekening handelingsdeel"),
         ("consent", [("box", False, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel."),
                      ("box", False, "Ouder(s)/verzorger(s) stemmen niet in met het handelingsdeel."),
                      ("sig", "Naam", "______________________"), ("sig", "Datum", "__________"),
                      ("sig", "Handtekening", "______________________")])]
    return B


def build(DOCS, TMP):
    out = []
    p1 = os.path.join(DOCS, "51_folder_wat_is_een_OPP.pdf")
    render.render_pdf(leaflet(), p1, {"accent": "#0b6e4f", "title": "Wat is een OPP?"})
    p2 = os.path.join(DOCS, "52_nieuwsbrief_december_2026.docx")
    render.render_docx(newsletter(), p2, {})
    p3 = os.path.join(DOCS, "53_format_OPP_leeg_2025.docx")
    render.render_docx(blank(), p3, {"cc": True})
    allm = {el: "missing" for el in ELS}
    out.append({"file": "docs/" + os.path.basename(p1), "format": "pdf", "layout": "folder (niet-OPP)",
                "school_type": "none", "scanned": False, "elements": dict(allm), "accept_unclear": [],
                "notes": "PDF made directly (reportlab); leaflet for parents explaining what an OPP contains (names every element, contains none): all missing"})
    out.append({"file": "docs/" + os.path.basename(p2), "format": "docx", "layout": "nieuwsbrief (niet-OPP)",
                "school_type": "none", "scanned": False, "elements": dict(allm), "accept_unclear": [],
                "notes": "DOCX; school newsletter that mentions OPP evaluations: all missing"})
    bl = {el: ("incomplete" if el in BLANK_IN else "missing") for el in ELS}
    out.append({"file": "docs/" + os.path.basename(p3), "format": "docx", "layout": "leeg format (twee-kolommen, niet ingevuld)",
                "school_type": "none", "scanned": False, "elements": bl, "accept_unclear": [],
                "notes": "DOCX with content controls showing placeholder text, unticked consent boxes; blank format: "
                         "fields in the format incomplete; inbreng_leerling and informatie_rechten have no field: missing"})
    return out
