"""Documents that are not OPPs: leaflet, newsletter, blank formats."""
import os
from content import ELEMENTS, Ctx
import writers as W
import datetime as dt
from layouts import F_beknopt

ALL_MISSING = {e: "missing" for e in ELEMENTS}

def build(i, kind, fmt, HERE, BUILD, to_convert):
    if kind == "leaflet":
        B = [("h", 1, "Wat is een OPP? Informatie voor ouders"),
             ("p", "Uitgave van het Ouder- en Jeugdsteunpunt Passend Onderwijs Eemwoude en omstreken."),
             ("h", 2, "Waarom krijgt mijn kind een OPP?"),
             ("p", "Heeft uw kind extra ondersteuning nodig die de school niet uit haar basisondersteuning kan bieden, of gaat uw kind naar het speciaal (basis)onderwijs? Dan stelt de school een ontwikkelingsperspectiefplan op, kortweg OPP."),
             ("h", 2, "Wat staat erin?"),
             ("ul", ["de te verwachten uitstroombestemming en de onderbouwing daarvan",
                     "de belemmerende en bevorderende factoren",
                     "de ondersteuning en begeleiding die uw kind krijgt (het handelingsdeel)",
                     "eventuele afwijkingen van het onderwijsprogramma",
                     "hoe en wanneer het plan wordt geëvalueerd"]),
             ("h", 2, "Wat mag ik als ouder?"),
             ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en opschrijven wat daarmee is gedaan."),
             ("h", 2, "Niet eens?"),
             ("p", "Praat eerst met de school. Kom je er samen niet uit, dan kunt u een onderwijsconsulent inschakelen of binnen zes weken na vaststelling naar de Geschillencommissie passend onderwijs."),
             ("h", 2, "Tips voor het gesprek"),
             ("ul", ["Vraag het concept een week van tevoren op.", "Neem iemand mee die met u meeluistert.",
                     "Onderteken alleen wat u echt akkoord vindt; u mag ook om bedenktijd vragen."])]
        fn = f"docs/{i:02d}_folder_wat_is_een_OPP.pdf"
        W.write_pdf(B, os.path.join(HERE, fn), {"footer": "Ouder- en Jeugdsteunpunt — folder 2025", "title": "Wat is een OPP?"})
        return fn, dict(ALL_MISSING), "leaflet for parents about OPPs (not an OPP): all elements missing", "none"
    if kind == "newsletter":
        B = [("h", 1, "Nieuwsbrief IKC Het Vogelnest — december 2025"),
             ("h", 2, "Sinterklaas"), ("p", "Wat een feest was het! Dank aan de ouderraad voor de hulp."),
             ("h", 2, "Nieuw: de stem van uw kind in het OPP"),
             ("p", "Sinds 1 augustus 2025 vragen wij leerlingen met een ontwikkelingsperspectiefplan (OPP) zelf naar hun mening. De intern begeleider, juf Aalderink, voert deze kindgesprekken in januari. Ouders van leerlingen met een OPP krijgen hierover een aparte uitnodiging. De evaluatiegesprekken staan gepland in de week van 9 februari."),
             ("h", 2, "Studiedag"), ("p", "Op vrijdag 19 december zijn alle leerlingen vrij."),
             ("h", 2, "Gevonden voorwerpen"), ("p", "De bak staat bij de hoofdingang; na de kerstvakantie gaat alles naar de kringloop.")]
        fn = f"docs/{i:02d}_nieuwsbrief_december.docx"
        W.write_docx(B, os.path.join(HERE, fn), {"author": "IKC Het Vogelnest"})
        return fn, dict(ALL_MISSING), "school newsletter with an item about pupil input in OPPs (not an OPP): all elements missing", "none"
    if kind == "blank-format":
        B = [("h", 1, "Format ontwikkelingsperspectiefplan"), ("p", "Samenwerkingsverband Passend Leren Eemwoude — leeg format, versie 2025"),
             ("table", None, [["Naam leerling", ""], ["Geboortedatum", ""], ["School", ""], ["Groep", ""]]),
             ("h", 2, "1. Te verwachten uitstroombestemming"),
             ("ticks", [("praktijkonderwijs", False), ("vmbo bb/kb", False), ("vmbo-gl/tl", False), ("havo", False), ("vwo", False)]),
             ("h", 2, "2. Onderbouwing"), ("p", "[Onderbouw de uitstroombestemming met toets- en onderzoeksgegevens.]"),
             ("h", 2, "3. Belemmerende factoren"), ("h", 2, "4. Bevorderende factoren"),
             ("h", 2, "5. Onderwijsbehoeften"), ("p", "<Deze leerling heeft ... nodig>"),
             ("h", 2, "6. Doelen"), ("h", 2, "7. Ondersteuning"),
             ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]]),
             ("h", 2, "8. Afwijkingen van het onderwijsprogramma"), ("ticks", [("geen", False), ("wel, namelijk: ..........", False)]),
             ("h", 2, "9. Adviezen van deskundigen"),
             ("h", 2, "10. Evaluatie"), ("kv", "Evaluatiedata", "...................."),
             ("h", 2, "11. Vaststelling"), ("kv", "Datum vaststelling", "__________"), ("kv", "Door", "__________"),
             ("h", 2, "12. Instemming ouders met het handelingsdeel"), ("ticks", [("akkoord", False), ("niet akkoord", False)]),
             ("table", ["Rol", "Naam", "Handtekening", "Datum"], [["Ouder/verzorger", "", "", ""], ["School", "", "", ""]])]
        fn = f"docs/{i:02d}_format_OPP_leeg.docx"
        W.write_docx(B, os.path.join(HERE, fn), {"author": "SWV"})
        els = {e: "incomplete" for e in ELEMENTS}
        for e in ("oogo", "inbreng_leerling", "informatie_rechten"): els[e] = "missing"
        return fn, els, "blank OPP format (not a filled-in OPP): fields present but empty -> incomplete; no OOGO, pupil-input or rights field -> missing", "none"
    if kind == "blank-beknopt-form":
        c = Ctx(dict(id=i, seed=4242, type="po", date=dt.date(2025, 9, 1), gaps={}))
        fields, meta = F_beknopt(c, blank=True)
        fn = f"docs/{i:02d}_invulformulier_beknopt_OPP_leeg.pdf"
        W.write_form(fields, os.path.join(HERE, fn), meta)
        els = {e: "incomplete" for e in ELEMENTS}; els["informatie_rechten"] = "missing"
        return fn, els, "blank fillable PDF form (beknopt OPP po), no field filled or ticked: every field incomplete; no rights text -> missing", "po"
    raise KeyError(kind)
