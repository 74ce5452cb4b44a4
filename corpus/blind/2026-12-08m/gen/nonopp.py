# -*- coding: utf-8 -*-
"""Documents that are not OPPs: a leaflet for parents, a newsletter, a blank format, an invitation."""
import datetime as dt
import os
from model import Profile, build, ELEMENTS
import layouts as LY
import writers as W


def all_missing():
    return {e: "missing" for e in ELEMENTS}


def leaflet():
    b = [("small", "Samenwerkingsverband Passend Onderwijs Eemsterhout e.o. — Ouder- en jeugdsteunpunt"),
         ("title", "Het ontwikkelingsperspectiefplan (OPP): wat is dat?"),
         ("pi", "Informatie voor ouders en verzorgers — uitgave september 2025"),
         ("h2", "Waarom een OPP?"),
         ("p", "Heeft uw kind meer ondersteuning nodig dan de school aan alle leerlingen biedt? Dan maakt de school een "
               "ontwikkelingsperspectiefplan, kortweg OPP. Ook op het speciaal (basis)onderwijs en het praktijkonderwijs krijgt "
               "iedere leerling een OPP."),
         ("h2", "Wat staat er in een OPP?"),
         ("bullets", ["de verwachte uitstroombestemming: naar welk soort onderwijs of werk uw kind waarschijnlijk gaat, en waarom;",
                      "wat uw kind helpt (bevorderende factoren) en wat het leren moeilijker maakt (belemmerende factoren);",
                      "wat uw kind nodig heeft en welke ondersteuning de school geeft: wat, door wie en hoe vaak (het handelingsdeel);",
                      "of er wordt afgeweken van het gewone lesprogramma;",
                      "wanneer het plan met u wordt geëvalueerd (minstens één keer per schooljaar)."]),
         ("h2", "Uw rol als ouder"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Dat heet op overeenstemming gericht overleg. "
               "Voor het handelingsdeel heeft de school uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening "
               "van uw kind vragen en in het plan opschrijven wat daarmee is gedaan."),
         ("h2", "Niet eens met het plan?"),
         ("p", "Bespreek het eerst met de school. Komt u er niet uit, dan kunt u terecht bij ons ouder- en jeugdsteunpunt "
               "(telefonisch spreekuur op dinsdag en donderdag), bij een onderwijsconsulent of bij de Geschillencommissie passend onderwijs."),
         ("h2", "Vragen?"),
         ("p", "Mail naar ouders@swv-eemsterhout.example of bel 0599-000000.")]
    return b, {"footer": "Folder OPP voor ouders — SWV Eemsterhout e.o."}


def newsletter():
    b = [("title", "Nieuwsbrief OBS De Terp — november 2025"),
         ("small", "Jaargang 12, nummer 3 — Hasselaar"),
         ("h2", "Van de directie"),
         ("p", "Beste ouders, wat een drukke en mooie herfst! De nieuwe speeltoestellen staan, en de kinderen van groep 7 "
               "hebben met de gemeente de bomen op het plein geplant."),
         ("h2", "Sinterklaas"),
         ("p", "Op vrijdag 5 december vieren we Sinterklaas. De kinderen zijn om 12.00 uur vrij."),
         ("h2", "Passend onderwijs: gesprekken over ontwikkelingsperspectieven"),
         ("p", "Voor een aantal leerlingen werken wij met een ontwikkelingsperspectiefplan (OPP). De jaarlijkse evaluatiegesprekken "
               "vinden plaats in week 4 en 5. De ouders van deze leerlingen krijgen van de intern begeleider, juf Petra, een "
               "persoonlijke uitnodiging. Vanaf dit schooljaar praten de kinderen zelf ook mee over hun plan."),
         ("h2", "Luizencontrole"),
         ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op die dagen geen gel of vlechten in het haar doen?"),
         ("h2", "Agenda"),
         ("table", [("Datum", "Activiteit"), ("26 november", "Studiedag — alle kinderen vrij"), ("5 december", "Sinterklaasviering"),
                    ("18 december", "Kerstdiner"), ("19 december", "12.00 uur kerstvakantie")], {"header": True})]
    return b, {}


def invitation():
    b = [("title", "Praktijkonderwijs Hasselaar"),
         ("p", "Aan de ouders/verzorgers van Milan Terpstra\nHasselaar, 14 januari 2026"),
         ("p", "Betreft: uitnodiging evaluatiegesprek ontwikkelingsperspectiefplan"),
         ("p", "Beste ouders/verzorgers,"),
         ("p", "Twee keer per jaar bespreken wij met u en Milan hoe het gaat met zijn ontwikkelingsperspectiefplan. Wij nodigen u "
               "daarom uit voor een gesprek op dinsdag 3 februari 2026 om 15.30 uur in lokaal 12. Milan is ook van harte welkom; "
               "wij vinden het belangrijk dat hij zelf vertelt hoe het gaat op zijn stage."),
         ("p", "Kunt u niet op dit tijdstip? Laat het ons dan weten, dan plannen wij een andere afspraak."),
         ("p", "Met vriendelijke groet,\n\nHanneke Voskuijlen\nmentor leerjaar 3")]
    return b, {}


def make(DOCS, BUILD, lo_dir):
    out = []
    b, o = leaflet()
    W.to_pdf(b, o, os.path.join(DOCS, "49_Folder_Wat_is_een_OPP.pdf"))
    out.append(dict(file="49_Folder_Wat_is_een_OPP.pdf", format="pdf", layout="leaflet", elements=all_missing(),
                    notes="not an OPP: leaflet of a samenwerkingsverband explaining the OPP to parents (names every element in general terms)"))
    b, o = newsletter()
    W.to_docx(b, o, os.path.join(DOCS, "50_Nieuwsbrief_november.docx"))
    out.append(dict(file="50_Nieuwsbrief_november.docx", format="docx", layout="newsletter", elements=all_missing(),
                    notes="not an OPP: school newsletter with an item about OPP evaluation meetings"))
    # blank format
    P = Profile(6551, "po", "lezen", dt.date(2026, 1, 5))
    P.blank = True
    P.swv = "SWV Passend Primair Onderwijs Lindervoort e.o."
    v = {e: "instr" for e in ELEMENTS}
    v["instemming_ouders"] = "blank_line"
    v["belemmerende_factoren"] = "empty"
    v["bevorderende_factoren"] = "empty"
    v["ondersteuning"] = "empty"
    v["doelen"] = "empty"
    E, L = build(P, v)
    b, o = LY.swv_numbered(P, E, blank=True)
    src = os.path.join(lo_dir, "51_Format_OPP_po_leeg.docx")
    W.to_docx(b, o, os.path.join(DOCS, "51_Format_OPP_po_leeg.docx"))
    out.append(dict(file="51_Format_OPP_po_leeg.docx", format="docx", layout="swv-numbered (blank format)", elements=L,
                    notes="not a filled-in OPP: the blank numbered format of a samenwerkingsverband, instructions and empty fields only; "
                          "labelled by the element convention (heading/field present but empty -> incomplete)"))
    b, o = invitation()
    src = os.path.join(lo_dir, "52_Uitnodiging_evaluatie_OPP.docx")
    W.to_docx(b, o, src)
    out.append(dict(file="52_Uitnodiging_evaluatie_OPP.pdf", format="pdf", layout="invitation-letter", elements=all_missing(), lo=src,
                    notes="not an OPP: invitation letter to an OPP evaluation meeting (PDF via LibreOffice)"))
    return out
