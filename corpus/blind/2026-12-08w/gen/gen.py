# -*- coding: utf-8 -*-
"""Deterministic generator for blind corpus round 75 (2026-12-08w).

Run:  /work/blind76/venv/bin/python gen.py   (from this folder)
Writes docs/ and labels.json here, intermediate files in /work/blind76/build.
No clock, no network; every random choice comes from random.Random(seed)."""
import json, os, random, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES, d, fmt_date, add, schooljaar
from elements import ELEMENTS, body, label_of
from layouts import LAYOUTS, L_swv_numbered
import writers as W

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
BUILD = "/work/blind76/build"
CUTOFF = d("2025-08-01")

BOYS = ["Daan", "Sem", "Luuk", "Milan", "Thijs", "Bram", "Jesse", "Ruben", "Finn", "Mats", "Stijn", "Owen", "Tijn", "Gijs", "Lars", "Niek", "Siem", "Hidde", "Joep", "Wessel"]
GIRLS = ["Emma", "Sanne", "Lotte", "Noor", "Fleur", "Isa", "Mila", "Julia", "Roos", "Tess", "Lieke", "Yara", "Anouk", "Femke", "Jara", "Elin", "Nova", "Merel", "Linde", "Zoë"]
SUR = ["Bosman", "Verhoef", "de Groot", "Kuipers", "van Dijk", "Hendriks", "Mulder", "Smeets", "Brouwer", "Visser", "van der Linden", "Jacobs", "Wouters", "Dekker", "Schouten", "Koster", "Postma", "Vermeulen", "Huisman", "Willems", "Hoekstra", "Kok", "Peeters", "van Leeuwen", "Timmermans", "Ekkers", "Roelofsen", "ter Haar", "Nijboer", "van Wijk"]
ADULT_F = ["Marieke", "Sandra", "Ilse", "Karin", "Esther", "Yvonne", "Linda", "Miriam"]
ADULT_M = ["Peter", "Mark", "Erik", "Johan", "Rob", "Dennis", "Bas", "Frank"]
PLACES = ["Dreverwijk", "Hollenstede", "Oostervaart", "Lindermolen", "Zuiderbeek", "Kampendrecht", "Westerholt aan de Vaart", "Ter Aalsum"]
SCHOOLS = {
    "vo": ["Het Drevercollege", "Lindenhorst Scholengemeenschap", "Oostervaart College", "Zuiderbeek Lyceum", "De Brederhof vmbo", "Kampendrecht Mavo-Havo", "Aalsumer Lyceum"],
    "pro": ["Praktijkschool Westerholt", "Praktijkcollege De Werkplaats"],
    "po": ["Basisschool De Vlonder", "OBS Het Kompasblad", "CBS De Zandloper"],
    "sbo": ["SBO De Wilgenkring", "SBO Het Palet aan de Vaart"],
    "so": ["De Kraanvogelhof (so cluster 4)", "Het Ankerhout (so/vso ZML)"],
    "vso": ["Het Ankerhout (so/vso ZML)", "Dr. Veltmanschool voor vso", "Kraanvogelhof vso"],
}
SWV = {"vo": "Samenwerkingsverband VO Dreverwijk-Lindermolen", "pro": "Samenwerkingsverband VO Dreverwijk-Lindermolen",
       "po": "SWV Passend Primair De Vaartstreek", "sbo": "SWV Passend Primair De Vaartstreek",
       "so": "SWV Passend Primair De Vaartstreek", "vso": "Samenwerkingsverband VO Oostervaart e.o."}
ZOCO_ROL = {"vo": "zorgcoördinator", "pro": "zorgcoördinator", "po": "intern begeleider", "sbo": "intern begeleider",
            "so": "gedragswetenschapper", "vso": "gedragswetenschapper"}
DIR_ROL = {"vo": "teamleider onderbouw", "pro": "directeur", "po": "directeur", "sbo": "directeur", "so": "directeur", "vso": "locatiedirecteur"}
KLAS_LABEL = {"vo": "Klas / leerweg", "pro": "Leerjaar", "po": "Groep", "sbo": "Groep", "so": "Groep / afdeling", "vso": "Groep / afdeling"}

VAKKEN = {
    "ass": [("Alle vakken", "Roosterwijzigingen vooraf melden via de mentor"), ("LO", "Omkleden in de aparte kleedruimte"),
            ("Nederlands / geschiedenis", "Bij groepsopdrachten een vaste partner en een vaste rol"), ("Wiskunde", "Geen extra afspraken")],
    "dyslexie": [("Nederlands, Engels", "Toetsen digitaal met voorleessoftware"), ("Frans", "Woordjes ook mondeling overhoren"),
                 ("Alle vakken", "Spelfouten niet meetellen behalve bij spellingstoetsen")],
    "chronisch": [("Alle vakken", "Toetsen in de ochtend; rustpauzes tellen niet mee voor de toetstijd"),
                  ("LO", "Vervangende theorieopdracht"), ("Profielwerkstuk", "Deadline in overleg met de zorgcoördinator")],
}
FACILSET = {"ass": ["Aparte toetsruimte", "Laptop bij toetsen"],
            "dyslexie": ["Extra tijd (20%)", "Vergroot lettertype (Arial 12)", "Auditieve ondersteuning (voorleessoftware)", "Laptop bij toetsen"],
            "chronisch": ["Extra tijd (20%)", "Aparte toetsruimte", "Rustpauzes tijdens toetsen"]}
UIT_CHECKS = {"mbo": ["mbo niveau 1 (Entree)", "mbo niveau 2", "mbo niveau 3", "mbo niveau 4", "arbeid"],
              "po": ["praktijkonderwijs", "vmbo-basis (met lwoo)", "vmbo-kader (met lwoo)", "vmbo-gl/tl", "havo", "vwo", "vso"]}


def spec(i, st, lay, fmt, issue, klas, uit, date, g="m", uitkort=None, gaps=None, notes="", **kw):
    x = dict(id=i, st=st, lay=lay, fmt=fmt, issue=issue, klas=klas, uit=uit, uitkort=uitkort or uit, date=date, g=g,
             gaps=gaps or {}, notes=notes)
    x.update(kw)
    return x


S = []
# ---------------------------------------------------------------- complete plans
S += [
    spec("c01", "vo", "swv-numbered", "pdf-docx", "dyslexie", "havo 3", "havo-diploma, daarna hbo", "2025-10-14", "m", "een havo-diploma",
         notes="Complete plan; ontheffing Duits described as afwijking."),
    spec("c02", "vo", "two-column", "docx", "adhd", "vmbo-kb 2 (lwoo)", "diploma vmbo-kaderberoepsgerichte leerweg, daarna mbo niveau 3", "2025-11-04", "m", "een diploma vmbo-kader",
         notes="Complete plan; explicit 'geen afwijkingen'."),
    spec("c03", "vo", "letter", "pdf", "schoolweigering", "vmbo-tl 3", "diploma vmbo-gemengde/theoretische leerweg, daarna mbo niveau 4", "2026-01-20", "v", "een diploma vmbo-tl",
         notes="Complete letter-style plan; school refusal with partial attendance and temporary reduced timetable."),
    spec("c04", "pro", "pro-ip", "odt", "pro", "leerjaar 3", "arbeid: werk in de groenvoorziening bij een reguliere werkgever, met een jobcoach", "2025-09-30", "m", "uitstroom naar arbeid",
         notes="Complete praktijkonderwijs IOP/OPP."),
    spec("c05", "vso", "system-export", "pdf", "vso_arbeid", "uitstroomgroep, leerjaar 5", "arbeidsmarktgericht: magazijnmedewerker bij een reguliere werkgever (banenafspraak)", "2025-10-02", "m", "uitstroom naar arbeid (arbeidsmarktgericht profiel)",
         adult=True, age=19, notes="Complete; adult handelingsbekwaam pupil consents himself, so inbreng_leerling not_applicable."),
    spec("c06", "po", "question-headings", "md", "tos_po", "groep 6", "vmbo-basis/kaderberoepsgerichte leerweg met lwoo", "2025-11-18", "v", "vmbo-basis/kader met lwoo",
         notes="Complete po plan with question headings."),
    spec("c07", "vo", "domain-table", "pdf-docx", "ass", "vwo 4", "vwo-diploma, daarna wo (technische richting)", "2026-10-06", "m", "een vwo-diploma",
         notes="Complete; factors in a domain table."),
    spec("c08", "vo", "beknopt", "txt", "dyscalculie", "havo 2", "havo-diploma", "2025-03-11", "v", "een havo-diploma",
         notes="Complete short plan set before 1 Aug 2025: inbreng_leerling not_applicable (no pupil section)."),
    spec("c09", "vo", "groeidocument", "pdf-odt", "vo_mbo", "vmbo-bb 4 (lwoo)", "mbo niveau 2, opleiding logistiek medewerker", "2025-09-23", "m", "mbo niveau 2 (logistiek)",
         notes="Complete groeidocument; vo-mbo transition."),
    spec("c10", "vso", "swv-numbered", "docx", "vso_dagb", "uitstroomgroep dagbesteding", "dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij", "2025-12-09", "m", "arbeidsmatige dagbesteding",
         curatele=True, age=20, notes="Complete; adult pupil under curatele: curator consents, pupil heard (inbreng present)."),
    spec("c11", "sbo", "domain-table", "odt", "sbo", "groep 7", "vmbo-basisberoepsgerichte leerweg met lwoo", "2026-02-03", "m", "vmbo-basis met lwoo",
         notes="Complete sbo plan."),
]
# ---------------------------------------------------------------- vo with gaps
S += [
    spec("g01", "vo", "swv-numbered", "docx-sdt", "schoolweigering", "havo 3", "havo-diploma, daarna hbo", "2025-11-03", "v", "een havo-diploma",
         gaps=dict(doelen="sdt:", evaluatie="sdt:", instemming_ouders="unticked"),
         notes="Word form with content controls: doelen and evaluatie still show the control placeholder; consent tick boxes (content controls) unticked, no signature."),
    spec("g02", "vo", "two-column", "pdf-docx", "dyscalculie", "vmbo-tl 3", "diploma vmbo-tl, daarna mbo niveau 4 (zorg en welzijn)", "2025-10-21", "v", "een diploma vmbo-tl",
         gaps=dict(onderbouwing="ref:Zie het LVS-overzicht en het NIO-verslag (bijlage 2).", instemming_ouders="voor_gezien", informatie_rechten="missing"),
         notes="Onderbouwing only refers to a bijlage; consent signed 'voor gezien'; no rights information."),
    spec("g03", "vo", "letter", "docx", "chronisch", "vwo 6", "vwo-diploma (gespreid examen), daarna wo", "2025-12-02", "v", "het vwo-diploma",
         gaps=dict(afwijkingen_onderwijsprogramma="ph:Aangepast rooster en spreiding van het examen: volgt na overleg met de examensecretaris.", oogo="partial", instemming_ouders="onder_protest"),
         protest="het aantal lesuren per dag in het rooster",
         notes="Deviations apply but only 'volgt na overleg'; OOGO only 'Besproken met ouders: ja'; consent signed onder protest."),
    spec("g04", "vo", "domain-table", "odt", "leerachterstand", "vmbo-bb 1 (lwoo)", "diploma vmbo-basisberoepsgerichte leerweg met lwoo, daarna mbo niveau 2", "2025-10-07", "m", "een diploma vmbo-basis",
         gaps=dict(bevorderende_factoren="empty", ondersteuningsbehoefte="missing", inbreng_leerling="no_effect"),
         notes="Bevorderend column of the domain table left empty; no onderwijsbehoeften; pupil view without what it changed."),
    spec("g05", "vo", "system-export", "pdf", "ass", "havo 4", "", "2025-11-25", "m", "een diploma",
         gaps=dict(uitstroombestemming="ph:n.t.b.", vaststelling="no_date", adviezen_professionals="ref:Zie verslag van het autismecentrum in het dossier."),
         notes="System export with footers; uitstroom 'n.t.b.'; vaststelling line without date or signature; advice only 'zie verslag'."),
    spec("g06", "vo", "groeidocument", "pdf-odt", "vo_mbo", "vmbo-kb 4", "mbo niveau 3, opleiding mechatronica", "2026-09-29", "m", "mbo niveau 3 (mechatronica)",
         gaps=dict(instemming_ouders="refused", doelen="vague"), protest="de warme overdracht zonder ons erbij",
         notes="Consent refused (niet akkoord ticked); goals vague, not checkable."),
    spec("g07", "vo", "beknopt", "txt", "dyslexie", "vmbo-gt 2", "diploma vmbo-gemengde/theoretische leerweg", "2025-11-12", "v", "een diploma vmbo-gl/tl",
         gaps=dict(belemmerende_factoren="ph:...", evaluatie="ph:n.t.b.", informatie_rechten="ref:Zie de schoolgids, hoofdstuk 'Passend onderwijs'."),
         notes="Plain text short form; belemmerend '...'; evaluatie 'n.t.b.'; rights only via schoolgids reference."),
    spec("g08", "vo", "question-headings", "md", "dyscalculie", "havo 2", "havo-diploma", "2026-03-10", "m", "een havo-diploma",
         gaps=dict(ondersteuning="vague", inbreng_leerling="missing", vaststelling="missing"),
         notes="Support vague (no what/who/how often); no pupil input though plan is from 2026; no vaststelling date or person."),
    spec("g09", "vo", "vo-mentorplan", "docx-check", "ass", "vwo 3", "vwo-diploma", "2025-10-28", "v", "een vwo-diploma",
         gaps=dict(afwijkingen_onderwijsprogramma="missing", instemming_ouders="school_only", oogo="missing"),
         notes="Mentor plan with Word checkbox content controls; no afwijkingen section at all (silence); consent row signed only by school; no OOGO."),
    spec("g10", "vo", "vo-mentorplan", "pdf-docx", "dyslexie", "havo 5", "havo-diploma, daarna hbo (pabo)", "2025-09-16", "m", "een havo-diploma",
         gaps=dict(instemming_ouders="no_date", adviezen_professionals="missing", onderbouwing="ph:nog aanvullen"),
         notes="Consent signed but no date; no advice section; onderbouwing 'nog aanvullen'. Exam facilities ticked."),
    spec("g11", "vo", "beknopt", "form", "leerachterstand", "vmbo-bb 2 (lwoo)", "diploma vmbo-basisberoepsgerichte leerweg met lwoo", "2025-11-19", "m", "een diploma vmbo-basis",
         gaps=dict(ondersteuningsbehoefte="empty", evaluatie="empty", instemming_ouders="unticked"),
         notes="Fillable PDF form; onderwijsbehoeften and evaluatie fields empty; consent check boxes unticked and no signature."),
    spec("g12", "vo", "transitie", "docx", "vo_mbo", "vmbo-tl 4", "", "2026-02-17", "v", "een mbo-opleiding",
         uit_checks=UIT_CHECKS["mbo"], transitie="vmbo - mbo",
         gaps=dict(uitstroombestemming="unticked", informatie_rechten="instr:[Standaardtekst over instemmingsrecht, klachtenregeling en Geschillencommissie passend onderwijs hier invoegen]"),
         notes="Transition form; no uitstroom option ticked; template instruction left in rights section."),
    spec("g13", "vo", "swv-numbered", "pdf", "ass", "havo 3", "havo-diploma", "2025-05-20", "m", "een havo-diploma",
         gaps=dict(instemming_ouders="blank_line", evaluatie="vague"),
         notes="Plan set before 1 Aug 2025 (inbreng not_applicable); parent signature line blank; evaluatie only 'regelmatig'."),
    spec("g14", "vo", "two-column", "docx", "dyscalculie", "vmbo-kb 3", "diploma vmbo-kader, daarna mbo niveau 3", "2025-11-10", "m", "een diploma vmbo-kader",
         vast0="2025-04-14", gaps=dict(vaststelling="revised", inbreng_leerling="missing", oogo="ph:Datum gesprek met ouders: .........."),
         notes="Set April 2025, revised and re-set Nov 2025: pupil input required but absent; OOGO date placeholder."),
    spec("g15", "vo", "letter", "odt", "hb_ass", "vwo 2", "vwo-diploma, daarna wo", "2025-10-09", "m", "een vwo-diploma",
         gaps=dict(doelen="missing", instemming_ouders="avg_only"),
         notes="Letter without goals; reply slip only carries a signed AVG/photo consent, no consent to the handelingsdeel."),
    spec("g16", "vo", "system-export", "txt", "adhd", "vmbo-kb 3 (lwoo)", "diploma vmbo-kader met lwoo, daarna mbo niveau 2/3", "2026-01-13", "m", "een diploma vmbo-kader",
         gaps=dict(ondersteuning="ref:Zie het weekrooster van de trajectvoorziening (bijlage 3).", bevorderende_factoren="ph:nog invullen", afwijkingen_onderwijsprogramma="unticked"),
         notes="Text export; support only 'zie bijlage'; bevorderend 'nog invullen'; afwijkingen ja/nee both unticked."),
    spec("g17", "vo", "swv-numbered", "scan", "chronisch", "havo 5", "havo-diploma (gespreid examen), daarna hbo", "2025-11-27", "v", "het havo-diploma",
         gaps=dict(informatie_rechten="missing", doelen="vague", instemming_ouders="scan_signed", vaststelling="scan_signed"),
         angle=0.9, notes="Scan; handwritten signatures (accept_unclear); no rights info; vague goals."),
    spec("g18", "vo", "beknopt", "scan", "schoolweigering", "vmbo-kb 2", "diploma vmbo-kader", "2026-10-13", "m", "een diploma vmbo-kader",
         gaps=dict(instemming_ouders="scan_blank", onderbouwing="missing", evaluatie="ph:n.t.b.", vaststelling="scan_signed"),
         angle=-1.2, notes="Scan; consent boxes unticked and signature line blank; no onderbouwing; evaluatie n.t.b."),
    spec("g26", "vo", "domain-table", "pdf-docx", "dyscalculie", "vmbo-gl 3", "diploma vmbo-gl, daarna mbo niveau 4", "2025-12-10", "m", "een diploma vmbo-gl",
         gaps=dict(ondersteuningsbehoefte="ph:nog invullen", vaststelling="ph:Vastgesteld op: ........  door: ........"),
         notes="Onderwijsbehoeften 'nog invullen'; vaststelling placeholder."),
    spec("g27", "vo", "groeidocument", "docx", "schoolweigering", "havo 4", "", "2026-11-03", "v", "een diploma",
         gaps=dict(adviezen_professionals="ph:Volgt na overleg met de behandelaar van de jeugd-GGZ.", uitstroombestemming="empty", instemming_ouders="partial"),
         protest="het opbouwschema (wij willen sneller naar een volledig rooster)",
         notes="Uitstroom heading empty; advice 'volgt na overleg'; partial consent."),
    spec("g28", "vo", "question-headings", "txt", "chronisch", "havo 5", "havo-diploma (gespreid examen), daarna hbo", "2026-04-14", "m", "het havo-diploma",
         gaps=dict(informatie_rechten="instr:Voeg hier de standaardtekst over instemmingsrecht en de Geschillencommissie in.", oogo="partial"),
         notes="Template instruction left in rights; OOGO only 'ja'."),
    spec("g29", "vo", "vo-mentorplan", "odt", "ass", "vmbo-kb 3", "diploma vmbo-kader, daarna mbo niveau 3", "2025-10-16", "m", "een diploma vmbo-kader",
         gaps=dict(bevorderende_factoren="missing", evaluatie="empty"),
         notes="No bevorderende factoren; Evaluatie heading with nothing under it."),
    spec("g30", "vo", "transitie", "pdf", "po_vo", "havo/vwo 1 (brugklas)", "havo-diploma, daarna hbo", "2025-10-08", "v", "havo",
         transitie="po - vo",
         gaps=dict(onderbouwing="empty", doelen="instr:Formuleer hier 2-3 SMART-doelen voor de komende periode."),
         notes="po-vo transition; onderbouwing heading empty; goals only the template instruction."),
    spec("g31", "vo", "letter", "pdf-odt", "leerachterstand", "vmbo-bb 2 (lwoo)", "", "2026-01-22", "m", "een diploma",
         gaps=dict(uitstroombestemming="missing", onderbouwing="missing"),
         notes="Letter without any expected destination or its grounds."),
    spec("g32", "vo", "two-column", "odt", "chronisch", "vwo 6", "vwo-diploma (gespreid examen)", "2025-09-25", "v", "het vwo-diploma",
         gaps=dict(inbreng_leerling="ph:Gesprek met leerling: volgt.", vaststelling="no_date"),
         notes="Pupil input placeholder; vaststelling without date."),
    spec("g33", "vo", "beknopt", "docx-sdt", "dyslexie", "vmbo-tl 2", "diploma vmbo-tl, daarna mbo niveau 4", "2026-09-22", "v", "een diploma vmbo-tl",
         gaps=dict(ondersteuning="sdt:", informatie_rechten="missing"),
         notes="Word form with content controls; support control still shows placeholder; no rights info."),
    spec("g34", "vo", "vo-mentorplan", "pdf", "chronisch", "havo 5", "havo-diploma (gespreid examen), daarna hbo", "2026-10-27", "m", "het havo-diploma",
         gaps=dict(evaluatie="ph:Evaluatie: n.t.b."),
         notes="Nearly complete; only evaluatie n.t.b."),
    spec("g35", "vo", "system-export", "pdf", "adhd", "vmbo-kb 2 (lwoo)", "diploma vmbo-kader, daarna mbo niveau 3", "2024-11-05", "m", "een diploma vmbo-kader",
         gaps=dict(onderbouwing="ref:Zie onderzoeksverslag NIO en toetsoverzicht in het dossier."),
         notes="Pre-2025 export; onderbouwing only a reference."),
    spec("g36", "vo", "question-headings", "docx", "schoolweigering", "vmbo-tl 2", "diploma vmbo-tl", "2025-12-16", "v", "een diploma vmbo-tl",
         gaps=dict(belemmerende_factoren="empty", inbreng_leerling="no_effect"),
         notes="'Wat maakt leren moeilijk?' heading with nothing under it; pupil view without its effect."),
    spec("g37", "vo", "beknopt", "form", "dyscalculie", "havo 3", "havo-diploma", "2026-02-24", "m", "een havo-diploma",
         gaps=dict(adviezen_professionals="empty", vaststelling="no_date"),
         notes="Fillable form; advice field empty; vaststelling without date."),
    spec("g38", "vo", "two-column", "pdf", "ass", "havo 2", "havo-diploma", "2025-02-10", "v", "een havo-diploma",
         gaps=dict(inbreng_leerling="ok_pre"),
         notes="Complete plan from Feb 2025 that already records the pupil's view: labelled not_applicable by the element definition (plan set before 1 Aug 2025)."),
]
# ---------------------------------------------------------------- pro
S += [
    spec("g19", "pro", "pro-ip", "scan", "pro", "leerjaar 2", "arbeid: werk in de groenvoorziening met begeleiding", "2025-10-15", "v", "uitstroom naar arbeid",
         gaps=dict(adviezen_professionals="ph:volgt", instemming_ouders="scan_signed", vaststelling="scan_signed"),
         angle=0.6, notes="Scan of pro IOP; advice 'volgt'; handwritten signatures."),
    spec("g21", "pro", "pro-ip", "docx", "pro", "leerjaar 4", "", "2025-12-16", "m", "een passende plek na de stage",
         gaps=dict(uitstroombestemming="ph:... (wordt bepaald na de stage)", instemming_ouders="partial"), protest="de reistraining zonder begeleiding",
         notes="Uitstroom placeholder; partial consent."),
    spec("g22", "pro", "two-column", "pdf-docx", "pro", "leerjaar 2", "arbeid in de groenvoorziening (regulier, met jobcoach)", "2026-03-24", "m", "uitstroom naar arbeid",
         gaps=dict(belemmerende_factoren="missing", ondersteuning="ph:Volgt na overleg met de stagecoördinator.", inbreng_leerling="no_effect"),
         notes="No belemmerende factoren; support 'volgt na overleg'; pupil view without effect."),
    spec("g23", "pro", "beknopt", "odt", "pro", "leerjaar 3", "arbeid: hovenier of groenvoorziening, met begeleiding", "2025-10-22", "v", "uitstroom naar arbeid",
         afw_na="Geen afwijkingen van het programma van het praktijkonderwijs.",
         gaps=dict(evaluatie="missing", informatie_rechten="partial", afwijkingen_onderwijsprogramma="na"),
         notes="No evaluation; rights mention only the consent right, not where to go."),
    spec("g24", "pro", "system-export", "pdf", "pro", "leerjaar 5 (uitstroomjaar)", "arbeid: productiemedewerker in een tuincentrum, met loonkostensubsidie", "2026-09-08", "m", "uitstroom naar arbeid",
         gaps=dict(oogo="missing", doelen="ph:nog aanvullen", instemming_ouders="voor_gezien"),
         notes="No OOGO; goals 'nog aanvullen'; consent 'voor gezien'."),
    spec("g25", "pro", "letter", "pdf", "pro", "leerjaar 4", "arbeid: medewerker groenvoorziening met jobcoach", "2025-06-18", "m", "uitstroom naar arbeid",
         gaps=dict(adviezen_professionals="ref:Zie het verslag van de jobcoach.", instemming_ouders="school_only"),
         notes="Pre-2025 letter; advice only 'zie verslag'; reply slip signed only by the school."),
]
# ---------------------------------------------------------------- po / sbo / so / vso
S += [
    spec("g20", "po", "question-headings", "scan", "tos_po", "groep 5", "vmbo-basis/kader met lwoo", "2025-12-04", "m", "vmbo-basis/kader met lwoo",
         gaps=dict(ondersteuningsbehoefte="ph:...", inbreng_leerling="no_effect", instemming_ouders="scan_signed", vaststelling="scan_signed"),
         angle=-0.7, notes="Scan; onderwijsbehoeften '...'; pupil view without effect; handwritten signatures."),
    spec("p1", "po", "swv-numbered", "docx", "tos_po", "groep 7", "vmbo-kaderberoepsgerichte leerweg met lwoo", "2026-01-27", "v", "vmbo-kader met lwoo",
         gaps=dict(oogo="missing", informatie_rechten="ref:Informatie over uw rechten vindt u op de website van het samenwerkingsverband."),
         notes="No OOGO; rights only a website reference."),
    spec("p2", "po", "letter", "odt", "tos_po", "groep 8", "vmbo-kaderberoepsgerichte leerweg met lwoo", "2025-10-30", "m", "vmbo-kader met lwoo",
         gaps=dict(bevorderende_factoren="ph:n.t.b.", afwijkingen_onderwijsprogramma="missing"),
         notes="po letter in groep 8 (po-vo); bevorderend n.t.b.; own learning line not mentioned at all."),
    spec("s1", "sbo", "groeidocument", "pdf-docx", "sbo", "groep 6", "", "2025-10-01", "v", "het voortgezet onderwijs",
         uit_checks=UIT_CHECKS["po"], gaps=dict(uitstroombestemming="unticked", bevorderende_factoren="ph:..."),
         notes="sbo groeidocument; uitstroom tick list with nothing ticked; bevorderend '...'."),
    spec("s2", "sbo", "beknopt", "txt", "sbo", "groep 8", "vmbo-basisberoepsgerichte leerweg met lwoo", "2025-01-20", "m", "vmbo-basis met lwoo",
         gaps=dict(evaluatie="missing", instemming_ouders="onder_protest"), protest="de sociale vaardigheidstraining buiten de klas",
         notes="Pre-2025 sbo plan; no evaluation; consent onder protest."),
    spec("so1", "so", "domain-table", "docx", "so_c4", "groep 6 (so cluster 4)", "vso, uitstroomprofiel vervolgonderwijs (richting vmbo-kader)", "2025-10-29", "m", "vso met het profiel vervolgonderwijs",
         foster=True, gaps=dict(adviezen_professionals="ref:Advies commissie voor de begeleiding: zie verslag CvB d.d. {advdate}.", informatie_rechten="missing"),
         notes="so plan; CvB advice only 'zie verslag'; no rights info."),
    spec("so2", "so", "system-export", "pdf", "so_zml", "ZML onderbouw", "vso, uitstroomprofiel dagbesteding", "2026-02-10", "v", "vso met het profiel dagbesteding",
         gaps=dict(inbreng_leerling="no_effect", vaststelling="ph:Datum vaststelling: .........."),
         notes="so ZML export; pupil view without effect; vaststelling placeholder."),
    spec("v1", "vso", "swv-numbered", "pdf-docx", "vso_vervolg", "vso klas 3 (vmbo-tl-route)", "vervolgonderwijs: diploma vmbo-tl, daarna mbo niveau 3 (ICT)", "2025-11-06", "v", "een diploma vmbo-tl",
         age=16, gaps=dict(adviezen_professionals="ph:Advies CvB: volgt na overleg.", doelen="vague"),
         notes="vso vervolgonderwijs; CvB advice 'volgt na overleg'; vague goals."),
    spec("v2", "vso", "letter", "docx", "vso_arbeid", "vso uitstroomgroep", "arbeidsmarktgericht: productiewerk met een jobcoach", "2026-10-20", "m", "uitstroom naar arbeid (arbeidsmarktgericht)",
         adult=True, age=18, gaps=dict(instemming_ouders="adult_parents"),
         notes="Adult handelingsbekwaam pupil: consent signed by the parents only, not by the pupil himself (incomplete); inbreng not_applicable."),
]


def profile(s):
    rng = random.Random("r75-" + s["id"])
    st = s["st"]
    male = s["g"] == "m"
    naam = rng.choice(BOYS if male else GIRLS)
    achter = rng.choice(SUR)
    dt_ = d(s["date"])
    import re
    mnum = re.search(r"\d", s["klas"])
    age = s.get("age") or (int(mnum.group()) + (4 if st in ("po", "sbo", "so") else 11) if mnum else {"so": 9}.get(st, 14))
    geb = dt_.replace(year=dt_.year - age, day=1) if dt_.month != 2 else dt_.replace(year=dt_.year - age, day=1)
    geb = add(geb, -rng.randint(20, 300))
    mf, mm = rng.choice(ADULT_F), rng.choice(ADULT_M)
    place = rng.choice(PLACES)
    school = rng.choice(SCHOOLS[st])
    staff = rng.sample([x for x in SUR if x != achter], 3)
    mentor = "%s %s. %s" % (rng.choice(["mevr.", "dhr."]), rng.choice("ABDEHJKLMPRSTW"), staff[0])
    zoco = "%s %s. %s" % (rng.choice(["mevr.", "dhr."]), rng.choice("ABDEHJKLMPRSTW"), staff[1])
    dirn = "%s %s. %s" % (rng.choice(["mevr.", "dhr."]), rng.choice("ABDEHJKLMPRSTW"), staff[2])
    fam = achter
    moeder = "mevr. %s. %s" % (mf[0], fam)
    vader = "dhr. %s. %s" % (mm[0], fam)
    P = dict(issue=s["issue"], naam=naam, achternaam=achter, fullname="%s %s" % (naam, achter),
             Hij="Hij" if male else "Zij", hij="hij" if male else "zij", zijn="zijn" if male else "haar",
             Zijn="Zijn" if male else "Haar", hem="hem" if male else "haar",
             geb=fmt_date(geb), school=school, plaats=place, swv=SWV[st], klas=s["klas"], klas_label=KLAS_LABEL[st],
             mentor=mentor, zoco=zoco, zoco_rol=ZOCO_ROL[st], dir_naam=dirn, dir_rol=DIR_ROL[st],
             sj=schooljaar(dt_), uit=s["uit"], uitkort=s["uitkort"],
             ouders="moeder (%s) en vader (%s)" % (moeder, vader), ouders_kort="ouders", ouder1=moeder,
             ouder_rol="Ouder/verzorger", ouders_aanhef="ouders/verzorgers van %s" % naam,
             oogo_date=fmt_date(add(dt_, -6), 1), vast_date=fmt_date(dt_), inst_date=fmt_date(add(dt_, 5)),
             eval1=fmt_date(add(dt_, (d("%d-06-24" % (dt_.year + (1 if dt_.month >= 8 else 0))) - dt_).days // 2), 1),
             eval2=fmt_date(d("%d-06-24" % (dt_.year + (1 if dt_.month >= 8 else 0))), 1),
             start=fmt_date(add(dt_, 7)), start2=fmt_date(add(dt_, 35)), advdate=fmt_date(add(dt_, -150)),
             brief_date=fmt_date(add(dt_, 2), 1), psy=rng.choice(SUR).title() if False else "%s. %s" % (rng.choice("ACEGHKLMNRSV"), rng.choice(SUR)),
             rt=rng.choice(SUR), beh="%s. %s" % (rng.choice("ACEGHKLMNRSV"), rng.choice(SUR)),
             protest=s.get("protest", "het plan"), leerlingnr=str(rng.randint(100000, 999999)),
             adres="Postbus %d, %s" % (rng.randint(100, 9999), place), print_date=fmt_date(add(dt_, 9)))
    if s.get("foster"):
        P.update(ouders="pleegouders (%s en %s)" % (moeder, vader), ouders_kort="pleegouders", ouder_rol="Pleegouder / gezaghebbende")
    if s.get("curatele"):
        P.update(ouder1=vader, ouder_rol="Curator")
    if s.get("adult"):
        P.update(ouders_aanhef="%s en ouders" % naam,
                 rights=("Omdat je meerderjarig en handelingsbekwaam bent, heb je zelf instemmingsrecht op het handelingsdeel. "
                         "Ben je het niet eens met het OPP, bespreek dit dan eerst met de {zoco_rol}. Je kunt ook advies vragen bij het "
                         "ouder- en jeugdsteunpunt van {swv} of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kun je een "
                         "geschil voorleggen aan de Geschillencommissie passend onderwijs."))
    if s.get("vast0"):
        P["vast0_date"] = fmt_date(d(s["vast0"]))
    if s.get("uit_checks"):
        P["uit_checks"] = s["uit_checks"]
    for k in ("afw_na", "transitie"):
        if s.get(k):
            P[k] = s[k]
    P["vakken"] = VAKKEN.get(s["issue"], [("Alle vakken", "Studiewijzer vooraf via de ELO")])
    P["facil"] = FACILSET.get(s["issue"], [])
    return P


def variants(s, P):
    I = ISSUES[s["issue"]]
    pre = d(s["date"]) < CUTOFF
    V = {e: "ok" for e in ELEMENTS}
    if I["afw"].startswith("Geen"):
        V["afwijkingen_onderwijsprogramma"] = "na"
    if pre:
        V["inbreng_leerling"] = "na_pre"
    if s.get("adult"):
        V.update(inbreng_leerling="na_adult", oogo="ok_adult", instemming_ouders="adult_ok")
    if s.get("curatele"):
        V["instemming_ouders"] = "curator_ok"
    V.update(s["gaps"])
    return V


def write(s, model, V):
    fmt = s["fmt"]
    base = "%s-%s-%s" % (s["id"], s["st"], s["lay"])
    footer = None
    if s["lay"] == "system-export":
        footer = "EduDossier 7.3 - OPP-export - afgedrukt op %s door %s - pagina {page}" % (model_P["print_date"], model_P["zoco"])
    os.makedirs(BUILD, exist_ok=True)
    if fmt == "txt":
        out = base + ".txt"; W.to_txt(model, os.path.join(DOCS, out), footer=footer)
    elif fmt == "md":
        out = base + ".md"; W.to_md(model, os.path.join(DOCS, out))
    elif fmt in ("docx", "docx-sdt", "docx-check"):
        out = base + ".docx"
        W.to_docx(model, os.path.join(DOCS, out), sdt=(fmt == "docx-sdt"), checkbox=fmt in ("docx-sdt", "docx-check"), footer=footer)
    elif fmt == "odt":
        out = base + ".odt"; W.to_odt(model, os.path.join(DOCS, out))
    elif fmt == "pdf":
        out = base + ".pdf"; W.to_pdf(model, os.path.join(DOCS, out), footer=footer, seed=hash_id(s["id"]))
    elif fmt == "form":
        out = base + ".pdf"; W.to_form(model, os.path.join(DOCS, out))
    elif fmt in ("pdf-docx", "pdf-odt"):
        out = base + ".pdf"
        src = os.path.join(BUILD, base + (".docx" if fmt == "pdf-docx" else ".odt"))
        if fmt == "pdf-docx":
            W.to_docx(model, src, footer=footer)
        else:
            W.to_odt(model, src)
        TO_CONVERT.append((src, out))
    elif fmt == "scan":
        out = base + ".pdf"
        src = os.path.join(BUILD, base + "-clean.pdf")
        W.to_pdf(model, src, footer=footer, seed=hash_id(s["id"]))
        W.to_scan(src, os.path.join(DOCS, out), BUILD, hash_id(s["id"]), s.get("angle", 0.8))
    return out


def hash_id(i):
    return sum((k + 1) * ord(c) for k, c in enumerate(i))


TO_CONVERT = []
model_P = {}


def nonopp():
    """Non-OPP documents: leaflet, newsletter, blank format, facilities card."""
    out = []
    leaflet = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"), ("sub", "Informatie voor ouders - Samenwerkingsverband VO Dreverwijk-Lindermolen"),
               ("h1", "Voor wie is een OPP?"),
               ("p", "Krijgt uw kind op school extra ondersteuning, meer dan de basisondersteuning? Dan stelt de school een ontwikkelingsperspectiefplan op. In het praktijkonderwijs en het voortgezet speciaal onderwijs heeft iedere leerling een OPP."),
               ("h1", "Wat staat erin?"),
               ("bullets", ["De te verwachten uitstroombestemming: naar welk vervolgonderwijs of werk uw kind waarschijnlijk gaat, en waarom de school dat verwacht.",
                            "Belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat helpt.",
                            "Het handelingsdeel: welke ondersteuning uw kind krijgt, van wie, hoe vaak en vanaf wanneer, en eventuele afwijkingen van het programma (bijvoorbeeld een aangepast rooster of een vrijstelling).",
                            "De mening van uw kind. Sinds 1 augustus 2025 moet de school ook uw kind horen en beschrijven wat dat heeft veranderd."]),
               ("h1", "Uw rol als ouder"),
               ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Het OPP wordt minstens eens per schooljaar met u geëvalueerd."),
               ("h1", "Niet eens?"),
               ("p", "Bespreek het eerst met de mentor of zorgcoördinator. U kunt ook contact opnemen met het ouder- en jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
               ("p", "Deze folder is een algemene uitleg. Het OPP van uw eigen kind ontvangt u van de school.")]
    W.to_pdf(leaflet, os.path.join(DOCS, "n01-none-folder-ouders.pdf"), seed=1)
    out.append(dict(file="docs/n01-none-folder-ouders.pdf", format="pdf", layout="leaflet", notes="Not an OPP: parents' leaflet explaining what an OPP contains (all element words appear, no pupil)."))
    news = [("title", "Nieuwsbrief Oostervaart College - december 2026"), ("sub", "Voor ouders en verzorgers"),
            ("h1", "Kerstviering en laatste schooldag"), ("p", "Op vrijdag 18 december eindigen de lessen om 12.30 uur. Alle leerlingen zijn welkom bij de kerstmarkt in de aula."),
            ("h1", "Rapporten en mentoravonden"), ("p", "Het eerste rapport verschijnt op 22 januari. De mentoravonden zijn op 27 en 28 januari; u kunt zich inschrijven via het ouderportaal."),
            ("h1", "Leerlingen praten mee over hun OPP"),
            ("p", "Sinds 1 augustus 2025 praten leerlingen met een ontwikkelingsperspectiefplan mee over hun eigen plan. De zorgcoördinatoren hebben dit jaar met alle leerlingen met een OPP een gesprek gevoerd. In het OPP staat voortaan wat de leerling zelf vindt en wat daarmee is gedaan. Heeft uw kind een OPP en heeft u vragen? Neem dan contact op met de mentor."),
            ("h1", "Examenleerlingen: faciliteiten"), ("p", "Leerlingen met dyslexie of een andere beperking die extra tijd of een aangepaste afname nodig hebben bij het centraal examen, moeten dit voor 1 februari regelen met de examensecretaris."),
            ("h1", "Agenda"), ("table", ["Datum", "Activiteit"], [("18-12-2026", "Kerstmarkt, lessen tot 12.30"), ("04-01-2027", "Start lessen"), ("27/28-01-2027", "Mentoravonden")])]
    W.to_docx(news, os.path.join(DOCS, "n02-none-nieuwsbrief.docx"))
    out.append(dict(file="docs/n02-none-nieuwsbrief.docx", format="docx", layout="newsletter", notes="Not an OPP: school newsletter with an item about pupils' input in OPPs."))
    # blank format
    Pb = {k: "" for k in ["naam", "achternaam", "fullname", "geb", "school", "plaats", "klas", "mentor", "zoco", "sj", "dir_naam", "ouder1", "inst_date", "vast_date"]}
    Pb.update(issue="dyslexie", blank=True, swv="Samenwerkingsverband VO Dreverwijk-Lindermolen", klas_label="Klas / leerweg", zoco_rol="zorgcoördinator",
              dir_rol="directeur", ouder_rol="Ouder/verzorger", Hij="", hij="", zijn="", Zijn="", hem="")
    Vb = {e: "empty" for e in ELEMENTS}
    Vb.update(instemming_ouders="blank_line", vaststelling="no_date")
    blank = L_swv_numbered(Pb, Vb)
    blank.insert(1, ("instr", "Format OPP voortgezet onderwijs, versie 2025. Vul alle onderdelen in; verwijder de toelichtingen voor het verzenden."))
    W.to_docx(blank, os.path.join(BUILD, "n03.docx"))
    TO_CONVERT.append((os.path.join(BUILD, "n03.docx"), "n03-none-leeg-format.pdf"))
    out.append(dict(file="docs/n03-none-leeg-format.pdf", format="pdf", layout="blank-format (swv-numbered)", notes="Not an OPP: the swv's blank format (all headings, instructions, empty fields)."))
    card = [("title", "Faciliteitenpas dyslexie"), ("sub", "Kampendrecht Mavo-Havo - schooljaar 2026-2027"),
            ("kv", [("Leerling", "Jara Nijboer"), ("Klas", "mavo 3"), ("Dyslexieverklaring", "ja, 2019")]),
            ("h1", "Deze leerling heeft recht op"),
            ("checks", [("Extra tijd (20%)", True), ("Vergroot lettertype (Arial 12)", True), ("Voorleessoftware", True), ("Mondelinge overhoring woordjes", False)]),
            ("p", "Laat deze pas zien aan de docent bij toetsen. De faciliteiten gelden voor alle vakken en vallen onder de basisondersteuning van de school."),
            ("sig", [("Leerling", "Jara Nijboer", "08-09-2026", "w.g."), ("Dyslexiecoach", "mevr. E. Roelofsen", "08-09-2026", "w.g.")])]
    W.to_txt(card, os.path.join(DOCS, "n04-none-faciliteitenpas.txt"))
    out.append(dict(file="docs/n04-none-faciliteitenpas.txt", format="txt", layout="facilities-card", notes="Not an OPP: dyslexia facilities card (basisondersteuning), signed."))
    return out


def fix_pdf_stamp(path):
    """Replace LibreOffice's conversion time stamp and random /ID by fixed
    values of the same length, so that the xref offsets stay valid."""
    import re
    b = open(path, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", b)
    b = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", b)
    open(path, "wb").write(b)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    entries = []
    for s in S:
        P = profile(s)
        model_P.clear(); model_P.update(P)
        V = variants(s, P)
        model = LAYOUTS[s["lay"]](P, V)
        out = write(s, model, V)
        fmt = {"txt": "txt", "md": "md", "docx": "docx", "docx-sdt": "docx", "docx-check": "docx", "odt": "odt"}.get(s["fmt"], "pdf")
        acc = []
        if s["fmt"] == "scan":
            acc = ["instemming_ouders"] + (["vaststelling"] if V["vaststelling"] == "scan_signed" else [])
        how = {"pdf-docx": "PDF exported from Word (docx via LibreOffice)", "pdf-odt": "PDF exported from ODT via LibreOffice",
               "pdf": "PDF made directly (reportlab)", "form": "fillable PDF form (AcroForm fields)", "scan": "scanned PDF (images only, noise, skew)",
               "docx-sdt": "DOCX with content controls and checkbox controls", "docx-check": "DOCX with checkbox content controls",
               "docx": "DOCX with tables", "odt": "ODT", "txt": "plain text", "md": "Markdown"}[s["fmt"]]
        entries.append(dict(file="docs/" + out, format=fmt, layout=s["lay"], school_type=s["st"], scanned=s["fmt"] == "scan",
                            elements={e: label_of(V[e]) for e in ELEMENTS}, accept_unclear=acc,
                            notes="%s; %s; plan date %s. %s" % (s["lay"], how, s["date"], s["notes"])))
    for n in nonopp():
        n.update(school_type="none", scanned=False, elements={e: "not_applicable" for e in ELEMENTS}, accept_unclear=[])
        entries.append(n)
    # LibreOffice conversions in one batch
    if TO_CONVERT:
        outdir = os.path.join(BUILD, "pdf")
        os.makedirs(outdir, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir] + [src for src, _ in TO_CONVERT],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, out in TO_CONVERT:
            shutil.copy(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf"), os.path.join(DOCS, out))
            fix_pdf_stamp(os.path.join(DOCS, out))
    entries.sort(key=lambda e: e["file"])
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
