# -*- coding: utf-8 -*-
"""Documents that are not an OPP (labels: every element not_applicable)."""
import os


def build(DOCS, BUILD, R):
    out = []
    # n1: leaflet for parents about what an OPP is
    b = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
         ("sub", "Informatie voor ouders — Samenwerkingsverband Passend Onderwijs Tolveen e.o."),
         ("h1", "Waarom een OPP?"),
         ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan. "
               "Ook elke leerling in het speciaal onderwijs, het voortgezet speciaal onderwijs en het "
               "praktijkonderwijs heeft een OPP."),
         ("h1", "Wat staat erin?"),
         ("bullets", ["de verwachte uitstroombestemming: naar welke vorm van onderwijs, werk of dagbesteding uw kind "
                      "na deze school waarschijnlijk gaat, en de onderbouwing daarvan;",
                      "de belemmerende en bevorderende factoren: wat het leren moeilijker maakt en wat helpt;",
                      "het handelingsdeel: welke ondersteuning en begeleiding de school biedt, en eventuele "
                      "afwijkingen van het onderwijsprogramma;",
                      "doelen, en wanneer het plan wordt geëvalueerd (minstens één keer per jaar)."]),
         ("h1", "Uw rol als ouder"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht "
               "overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook "
               "uw kind zelf horen over het plan. Is uw kind 18 jaar of ouder en handelingsbekwaam, dan beslist het "
               "zelf."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. Een onderwijsconsulent kan gratis helpen. U kunt binnen zes weken een "
               "geschil voorleggen aan de Geschillencommissie passend onderwijs."),
         ("p", "Vragen? Bel het ouder- en jeugdsteunpunt van het samenwerkingsverband: 0599-000 000 (fictief).")]
    p = os.path.join(DOCS, "d52-none-folder-ouders.pdf")
    R.render_pdf(b, p, seed=52)
    out.append(dict(file="docs/d52-none-folder-ouders.pdf", format="pdf", layout="folder", school_type="none",
                    scanned=False, notes="not an OPP: leaflet for parents explaining what an OPP contains; mentions every "
                                         "element by name and the consent/hearing rules"))
    # n2: newsletter
    b = [("title", "Nieuwsbrief VSO De Kompasroos — december 2026"),
         ("h1", "OPP-gesprekken"),
         ("p", "In de weken 3 tot en met 7 vinden de OPP-gesprekken plaats. Leerlingen van 18 jaar en ouder "
               "ontvangen de uitnodiging zelf. In het gesprek bespreken we het uitstroomprofiel (vervolgonderwijs, "
               "arbeidsmarkt of dagbesteding), de stage en de doelen. Wilt u alvast nadenken over wat uw kind nodig "
               "heeft?"),
         ("h1", "Stagemarkt"),
         ("p", "Op donderdag 21 januari is de stagemarkt in de aula. Twaalf bedrijven en twee zorgboerderijen "
               "presenteren zich. De leerlingen van VSO-4 en VSO-5 bereiden vragen voor in de mentorles."),
         ("h1", "Commissie voor de begeleiding"),
         ("p", "Onze orthopedagoog mw. F. Hendriksen neemt na twintig jaar afscheid. Haar taken in de commissie voor "
               "de begeleiding worden overgenomen door dhr. B. Lammerts."),
         ("h1", "Agenda"),
         ("table", ["Datum", "Activiteit"], [["18 december", "kerstdiner (leerlingen koken)"],
                                             ["21 dec - 1 jan", "kerstvakantie"], ["21 januari", "stagemarkt"]])]
    p = os.path.join(DOCS, "d53-none-nieuwsbrief.docx")
    R.render_docx(b, p)
    out.append(dict(file="docs/d53-none-nieuwsbrief.docx", format="docx", layout="nieuwsbrief", school_type="none",
                    scanned=False, notes="not an OPP: school newsletter that mentions OPP talks, profiles and the CvB"))
    # n3: blank fillable format
    b = [("title", "Format ontwikkelingsperspectiefplan VSO (leeg)"),
         ("sub", "Versie 2025-2026. Vul alle velden in; verwijder de toelichting voor verzending."),
         ("h1", "1. Personalia"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Klas", ""), ("Mentor", ""), ("Schooljaar", "")]),
         ("h1", "2. Uitstroomprofiel"),
         ("checks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding")]),
         ("p", ""),
         ("h1", "3. Onderbouwing uitstroomprofiel"), ("i", "Toelichting: IQ, leerrendement, stage, advies CvB."), ("p", ""),
         ("h1", "4. Belemmerende factoren"), ("p", ""),
         ("h1", "5. Bevorderende factoren"), ("p", ""),
         ("h1", "6. Onderwijsbehoeften"), ("p", ""),
         ("h1", "7. Afwijkingen van het programma"), ("p", ""),
         ("h1", "8. Advies commissie voor de begeleiding"), ("p", ""),
         ("h1", "9. Doelen en ondersteuning"),
         ("table", ["Doel", "Aanpak", "Wie", "Wanneer"], [["", "", "", ""], ["", "", "", ""]]),
         ("h1", "10. Evaluatie"), ("p", ""),
         ("h1", "11. Inbreng leerling / OOGO"), ("p", ""),
         ("h1", "12. Vaststelling en instemming"),
         ("kv", [("Datum vaststelling", ""), ("Vastgesteld door", "")]),
         ("checks", [(False, "Akkoord"), (False, "Niet akkoord")]),
         ("sig", [dict(role="Leerling (18+) / ouder", name="", date="", signed=False),
                  dict(role="Namens de school", name="", date="", signed=False)])]
    p = os.path.join(DOCS, "d54-none-leeg-format.pdf")
    R.render_form(b, p)
    out.append(dict(file="docs/d54-none-leeg-format.pdf", format="pdf", layout="leeg-format", school_type="none",
                    scanned=False, notes="not an OPP: blank fillable vso format (no pupil, all fields empty)"))
    # n4: invitation for an OPP talk
    b = [("p", "Praktijkschool De Werkplaats, Lindewaard"),
         ("p", "Lindewaard, 2 november 2026"),
         ("p", "Betreft: uitnodiging OPP/IOP-gesprek"),
         ("p", "Beste ouders/verzorgers van Hidde,"),
         ("p", "Graag nodigen wij u en Hidde uit voor het gesprek over zijn ontwikkelingsperspectiefplan en IOP op "
               "dinsdag 17 november om 15.30 uur in lokaal 0.12. We bespreken de stage, de doelen voor de volgende "
               "periode en het uitstroomprofiel. Hidde bereidt het gesprek voor met zijn mentor en laat zijn "
               "portfolio zien."),
         ("p", "Kunt u niet? Laat het ons weten via de mentor."),
         ("p", "Met vriendelijke groet,"), ("p", "dhr. K. Aydin, mentor")]
    p = os.path.join(DOCS, "d55-none-uitnodiging.txt")
    R.render_txt(b, p)
    out.append(dict(file="docs/d55-none-uitnodiging.txt", format="txt", layout="uitnodiging", school_type="none",
                    scanned=False, notes="not an OPP: invitation letter for an OPP/IOP talk"))
    return out
