# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP set 2026-12-08b.
Run: /work/blind55/venv/bin/python gen.py   (needs soffice and pdftoppm on PATH)
No clock and no unseeded randomness; every choice is seeded by the document id.
(soffice writes its own creation time into PDF/ODT metadata; the text content is fixed.)"""
import os, sys, json, shutil, tempfile, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_layouts as GL
from gen_content import *
from gen_backends import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "build")  # /work/blind55/build
GL.ASSETS = os.path.join(BUILD, "assets")

P = "present"


def V(**kw):
    v = {e: "present" for e in ELEMENTS}
    v["oogo"] = "date"
    v["instemming_ouders"] = "sig"
    v["afwijkingen_onderwijsprogramma"] = "none"
    v.update(kw)
    return v


# id, type, layout, fmt, date, variants, extra, note
SPECS = [
    # ---------------- complete and correct plans
    dict(id="po01", type="po", layout="swv-genummerd", fmt="docx", date="2025-10-14", sigshape="side",
         v=V(afwijkingen_onderwijsprogramma="present"), note="Complete. Signatures side by side, drawn signature images, dates, 'akkoord' ticked; OOGO date + who."),
    dict(id="po02", type="po", layout="vraagkoppen", fmt="pdf", date="2025-03-11", sigshape="stack",
         v=V(instemming_ouders="wg", oogo="notes", inbreng_leerling="missing"),
         note="Complete, plan before 1-8-2025 (no pupil section: not_applicable). Consent as 'w.g.' with names and dates under each other; OOGO as meeting notes."),
    dict(id="po03", type="po", layout="brief", fmt="docx", date="2025-11-20", sigshape="table",
         v=V(instemming_ouders="zienswijze_agree"), note="Complete letter-style plan. Parents' zienswijze box agreeing, 'akkoord' ticked, signature table with images."),
    dict(id="sbo01", type="sbo", layout="domeintabel", fmt="pdf-word", date="2025-09-30", sigshape="table",
         v=V(instemming_ouders="separated", oogo="table", afwijkingen_onderwijsprogramma="present"),
         note="Complete. Separated parents with joint custody sign separately on different dates (one row per party)."),
    dict(id="sbo02", type="sbo", layout="systeemexport", fmt="txt", date="2026-02-03",
         v=V(instemming_ouders="portal", oogo="log"), note="Complete system export. Consent given in the parent portal, printed as status lines with date/time; OOGO as log entry."),
    dict(id="so01", type="so", layout="so-vso-profiel", fmt="docx", date="2025-10-02", sigshape="table", sdt=True,
         v=V(instemming_ouders="voogd"), note="Complete SO plan with CvB advice. Guardian (voogd, gecertificeerde instelling) signs; foster parent 'voor gezien'. Word checkbox content controls."),
    dict(id="so02", type="so", layout="groeidocument", fmt="pdf-word", date="2024-11-19", sigshape="stack",
         v=V(instemming_ouders="sole_custody", oogo="notes", inbreng_leerling="present_old"),
         note="Complete groeidocument, plan before 1-8-2025: pupil's view present but element not_applicable by date. One parent with sole custody signs; father's line empty with the reason stated."),
    dict(id="vo01", type="vo", layout="deel-a-b-c", fmt="pdf-word", date="2025-10-21", sigshape="side",
         v=V(instemming_ouders="gezienA_akkoordB", afwijkingen_onderwijsprogramma="present"),
         note="Complete. Part A signed 'voor gezien' (as intended by the format), handelingsdeel signed 'akkoord' with dates."),
    dict(id="vo02", type="vo", layout="systeemexport", fmt="pdf", date="2025-12-09", export=True,
         v=V(instemming_ouders="digital", oogo="log"), note="Complete export. Consent via digital-signature lines ('digitaal ondertekend via ... op ...')."),
    dict(id="vo03", type="vo", layout="beknopt-opp", fmt="pdf-form", date="2026-01-15", sigshape="table",
         v=V(afwijkingen_onderwijsprogramma="tick_present"), note="Complete beknopt OPP as fillable PDF form (values in form fields, tick boxes as checkbox fields); signatures as images in a table."),
    dict(id="pro01", type="pro", layout="pro-iop", fmt="docx", date="2025-09-23",
         v=V(instemming_ouders="log", oogo="notes"), note="Complete PrO plan. Consent recorded by the school in a log: 'telefonisch akkoord', confirmed by e-mail, with dates."),
    dict(id="pro02", type="pro", layout="pro-iop", fmt="pdf-word", date="2025-05-20", sigshape="side",
         v=V(instemming_ouders="wg", oogo="table", inbreng_leerling="missing"), note="Complete, plan before 1-8-2025. 'w.g.' signatures side by side; OOGO in a table of meetings."),
    dict(id="vso01", type="vso", layout="so-vso-profiel", fmt="pdf-word", date="2025-11-04", adult=True, sigshape="table",
         v=V(instemming_ouders="adult", oogo="adult", inbreng_leerling="missing", afwijkingen_onderwijsprogramma="present"),
         note="Complete VSO plan, pupil 18+ and handelingsbekwaam: pupil consents himself, parent 'voor gezien'; inbreng not_applicable (pupil is the party)."),
    dict(id="vso02", type="vso", layout="so-vso-profiel", fmt="docx", date="2026-03-10", curatele=True, sigshape="table", profile=2,
         v=V(instemming_ouders="curator"), note="Complete VSO plan, pupil 18+ under curatele: curator consents, pupil 'voor gezien'; pupil's view present."),
    dict(id="po04", type="po", layout="swv-genummerd", fmt="scan", date="2025-10-28", sigshape="side",
         v=V(instemming_ouders="scan_hand"), note="Complete plan as image-only scan; handwritten signatures and handwritten dates."),
    dict(id="vo04", type="vo", layout="groeidocument", fmt="odt", date="2026-04-14", sigshape="stack",
         v=V(oogo="notes", afwijkingen_onderwijsprogramma="tick_none"), note="Complete groeidocument as ODT; 'geen afwijkingen' ticked (not_applicable); signatures under each other."),
    dict(id="sbo03", type="sbo", layout="vraagkoppen", fmt="txt", date="2025-06-17",
         v=V(instemming_ouders="sig_plain", inbreng_leerling="missing"), txtbox="☒",
         note="Complete, plan before 1-8-2025, plain text: signatures recorded as '(getekend)' with names and dates, 'akkoord' ticked."),
    dict(id="so03", type="so", layout="brief", fmt="pdf", date="2025-12-16", pdffont="DVS",
         v=V(instemming_ouders="digital"), note="Complete letter-style SO plan (CvB advice), digitally signed by both parents."),
    # ---------------- plans with gaps
    dict(id="po05", type="po", layout="swv-genummerd", fmt="pdf-word", date="2025-11-11", sigshape="side",
         v=V(instemming_ouders="gezien", oogo="invite"), note="Signed, but 'voor gezien' only; OOGO only an invitation."),
    dict(id="po06", type="po", layout="beknopt-opp", fmt="docx", date="2025-10-07", wordph=True, sigshape="table",
         v=V(onderbouwing="ph:Klik of tik om tekst in te voeren.", doelen="vague", instemming_ouders="placeholder_names", oogo="tbd", inbreng_leerling="missing"),
         note="Word form: onderbouwing a content-control placeholder; vague goals; consent rows with '[naam]'/'[datum]' placeholders; OOGO n.t.b.; no pupil input."),
    dict(id="po07", type="po", layout="domeintabel", fmt="odt", date="2025-09-16", sigshape="side",
         v=V(bevorderende_factoren="heading_empty", instemming_ouders="school_only", oogo="team", informatie_rechten="partial"),
         note="Bevorderend column empty; only the school signed; 'overleg' was the support team without parents; rights only 'klachtenregeling'."),
    dict(id="po08", type="po", layout="vraagkoppen", fmt="pdf", date="2026-01-27", rooster_elsewhere=True,
         v=V(inbreng_leerling="noeffect", instemming_ouders="portal_pending", ondersteuning="present_rooster", afwijkingen_onderwijsprogramma="nvt"),
         note="Pupil's view without what it changed; portal status 'verzonden – nog niet ondertekend'; 'n.v.t.' under afwijkingen while the support table contains a reduced timetable."),
    dict(id="po09", type="po", layout="brief", fmt="pdf", date="2024-09-24", sigshape="stack",
         v=V(instemming_ouders="protest", adviezen_professionals="refer", evaluatie="generic", inbreng_leerling="missing"),
         note="Pre-2025 letter. Signed 'onder protest'; advice only 'zie verslag'; evaluation only 'volgens de zorgcyclus'."),
    dict(id="po10", type="po", layout="groeidocument", fmt="docx", date="2025-08-26", sigshape="side",
         v=V(instemming_ouders="unticked", uitstroombestemming="instruction", evaluatie="missing"),
         note="Signatures with dates but neither 'akkoord' nor 'niet akkoord' ticked; template instruction left under uitstroom; no evaluation."),
    dict(id="po11", type="po", layout="groeidocument", fmt="scan", date="2026-05-12", sigshape="table",
         v=V(instemming_ouders="school_only", ondersteuning="refer"), note="Scan: only the school's signature; ondersteuning only 'zie groepsplan'."),
    dict(id="po12", type="po", layout="swv-genummerd", fmt="pdf-word", date="2025-04-08", revised="2025-11-18", sigshape="table",
         v=V(inbreng_leerling="missing"), note="Plan set April 2025, revised November 2025 (after 1-8-2025) without the pupil's input: inbreng missing. Otherwise complete, signed after the revision."),
    dict(id="sbo04", type="sbo", layout="swv-genummerd", fmt="docx", date="2025-09-09", sigshape="table",
         v=V(instemming_ouders="disagree", oogo="notes", uitstroombestemming="generic"),
         note="Separated parents: mother 'akkoord', father 'niet akkoord'; uitstroom text about every pupil."),
    dict(id="sbo05", type="sbo", layout="deel-a-b-c", fmt="odt", date="2026-01-20", sigshape="side",
         v=V(instemming_ouders="gezienA_only", doelen="refer", onderbouwing="refer"),
         note="Parents signed part A 'voor gezien'; handelingsdeel lines blank and unticked; goals and onderbouwing only refer elsewhere."),
    dict(id="sbo06", type="sbo", layout="systeemexport", fmt="pdf", date="2025-10-30", export=True,
         v=V(instemming_ouders="log_pending", oogo="log", belemmerende_factoren="ph:nog aanvullen", afwijkingen_onderwijsprogramma="silent"),
         note="Consent log shows only attempts (voicemail, mail); belemmerend 'nog aanvullen'; afwijkingen not mentioned."),
    dict(id="sbo07", type="sbo", layout="beknopt-opp", fmt="pdf-form", date="2025-06-03", sigshape="table",
         v=V(instemming_ouders="nodate", oogo="nodate", informatie_rechten="missing", inbreng_leerling="missing"),
         note="Fillable form, pre-2025: signatures and 'akkoord' but no dates; OOGO 'ja' without date or who; no rights information."),
    dict(id="so04", type="so", layout="so-vso-profiel", fmt="pdf-word", date="2025-11-25", sigshape="table",
         v=V(adviezen_professionals="no_cvb", instemming_ouders="partial"),
         note="SO plan with only external advice, no commissie voor de begeleiding; partial consent (except the timetable)."),
    dict(id="so05", type="so", layout="swv-genummerd", fmt="docx", date="2026-02-17", sigshape="stack",
         v=V(instemming_ouders="refused", oogo="notes", inbreng_leerling="instruction", afwijkingen_onderwijsprogramma="unticked"),
         note="Consent refused ('niet akkoord' ticked, signed); template instruction as pupil input; afwijkingen options all unticked."),
    dict(id="so06", type="so", layout="vraagkoppen", fmt="txt", date="2025-09-02",
         v=V(instemming_ouders="ref_dossier", oogo="team", adviezen_professionals="cvb_empty", vaststelling="nodate"),
         note="Consent only 'getekend exemplaar in dossier'; overleg without parents; CvB only 'besproken' without its advice; vaststelling without date."),
    dict(id="so07", type="so", layout="so-vso-profiel", fmt="scan", date="2025-12-02", sigshape="side",
         v=V(instemming_ouders="blank", uitstroombestemming="unticked"), accept=["uitstroombestemming"],
         note="Scan: consent lines blank, nothing ticked; uitstroom options all unticked."),
    dict(id="vo05", type="vo", layout="swv-genummerd", fmt="pdf-word", date="2025-10-09", sigshape="stack",
         v=V(instemming_ouders="ontvangst", oogo="invite", evaluatie="ph:n.t.b."), note="Signed 'voor ontvangst'; OOGO only an invitation; evaluation 'n.t.b.'."),
    dict(id="vo06", type="vo", layout="brief", fmt="docx", date="2026-03-03", sigshape="side",
         v=V(instemming_ouders="withdrawn", doelen="vague"), note="Signed 'akkoord', later addendum: consent withdrawn; goals vague."),
    dict(id="vo07", type="vo", layout="deel-a-b-c", fmt="pdf-word", date="2025-11-18", sigshape="table",
         v=V(instemming_ouders="reservation", oogo="notes", inbreng_leerling="noeffect", bevorderende_factoren="generic"),
         note="'Akkoord onder voorbehoud'; pupil view without effect; bevorderend only 'zie onderwijsbehoeften'."),
    dict(id="vo08", type="vo", layout="vraagkoppen", fmt="pdf", date="2025-02-11", sigshape="stack",
         v=V(instemming_ouders="avg_only", oogo="missing", informatie_rechten="partial2", inbreng_leerling="missing"),
         note="Pre-2025. Only an AVG/photo consent is signed, no consent on the handelingsdeel; no OOGO; rights only 'instemmingsrecht' without where to go."),
    dict(id="vo09", type="vo", layout="systeemexport", fmt="txt", date="2026-06-09",
         v=V(instemming_ouders="digital_sent", ondersteuning="vague", vaststelling="concept", oogo="log"),
         note="Export: document offered for digital signature, status open; support vague; status concept."),
    dict(id="vo10", type="vo", layout="domeintabel", fmt="pdf-word", date="2026-09-29", sigshape="table",
         v=V(instemming_ouders="pupil_only_minor", oogo="heading_empty", belemmerende_factoren="instruction", bevorderende_factoren="instruction"),
         note="Minor pupil signed, parents did not; OOGO heading with empty fields; factor cells still contain the format's instruction."),
    dict(id="vo11", type="vo", layout="beknopt-opp", fmt="docx", date="2025-12-01", wordph=True, sigshape="stack",
         v=V(instemming_ouders="avg_plus_blank", uitstroombestemming="ph:Klik of tik om tekst in te voeren."),
         note="Signed AVG consent next to a blank handelingsdeel consent; uitstroom a Word placeholder."),
    dict(id="pro03", type="pro", layout="pro-iop", fmt="odt", date="2026-02-24", sigshape="table",
         v=V(instemming_ouders="wg_school_only", oogo="tbd", uitstroombestemming="ph:volgt na de stage", adviezen_professionals="missing"),
         note="'w.g.' only for the school; OOGO n.t.b.; uitstroom 'volgt na de stage'; no advice section."),
    dict(id="pro04", type="pro", layout="pro-iop", fmt="pdf", date="2025-10-14", sigshape="side",
         v=V(instemming_ouders="zienswijze_disagree"), note="Parents' zienswijze disagreeing, 'niet akkoord' ticked, signed. Otherwise complete."),
    dict(id="pro05", type="pro", layout="groeidocument", fmt="pdf-word", date="2025-11-27", sigshape="side",
         v=V(oogo="team", inbreng_leerling="missing", ondersteuning="generic"),
         note="Genuinely signed consent, but overleg only within the school team, no pupil input, support text about every pupil."),
    dict(id="pro06", type="pro", layout="pro-iop", fmt="scan", date="2026-01-13", sigshape="stack",
         v=V(instemming_ouders="gezien"), note="Scan: signed 'voor gezien'."),
    dict(id="vso03", type="vso", layout="so-vso-profiel", fmt="docx", date="2025-10-21", curatele=True, sdt=True, sigshape="table",
         v=V(instemming_ouders="curatele_pupil_only", uitstroombestemming="unticked"),
         note="Pupil 18+ under curatele signs alone, curator line blank; profile checkboxes (content controls) all unticked."),
    dict(id="vso04", type="vso", layout="so-vso-profiel", fmt="pdf-word", date="2026-04-21", adult=True, sigshape="table",
         v=V(instemming_ouders="adult_parents_only", oogo="date", inbreng_leerling="missing"),
         note="Pupil 18+ and handelingsbekwaam, but only the parents signed; pupil's line blank."),
    dict(id="vso05", type="vso", layout="deel-a-b-c", fmt="pdf-word", date="2025-09-16", sigshape="side",
         v=V(adviezen_professionals="cvb_empty", oogo="invite", afwijkingen_onderwijsprogramma="present"),
         note="Genuine signatures; CvB only 'besproken' without its advice; OOGO only an invitation."),
    dict(id="vso06", type="vso", layout="systeemexport", fmt="txt", date="2026-10-06",
         v=V(instemming_ouders="log", oogo="log", uitstroombestemming="ph:nog bepalen na stage", evaluatie="missing"),
         note="Consent via phone log (genuine); uitstroom 'nog bepalen'; no evaluation."),
    dict(id="vso07", type="vso", layout="brief", fmt="pdf", date="2025-06-24", sigshape="stack",
         v=V(instemming_ouders="refused", inbreng_leerling="missing"), note="Pre-2025 letter, consent refused."),
]


# ---------------------------------------------------------------- documents that are not OPPs, and blank formats
def nonopp_blocks(kind):
    if kind == "folder":
        return [("title", "Wat is een OPP? Informatie voor ouders"), ("sub", "Ouder- en jeugdsteunpunt Passend Onderwijs Lindeveld"),
                ("p", "Heeft uw kind extra ondersteuning nodig, dan stelt de school een ontwikkelingsperspectiefplan (OPP) op. In deze folder leest u wat erin staat en wat uw rol is."),
                ("h", 2, "Wat staat er in een OPP?"),
                ("bul", ["De te verwachten uitstroombestemming: naar welk vervolgonderwijs gaat uw kind waarschijnlijk?",
                         "De onderbouwing daarvan: toetsresultaten, onderzoeken en de ontwikkeling tot nu toe.",
                         "Belemmerende en bevorderende factoren: wat maakt leren moeilijk en wat helpt?",
                         "Het handelingsdeel: welke ondersteuning de school biedt, wie dat doet en hoe vaak.",
                         "Eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn of een aangepast rooster."]),
                ("h", 2, "Overleg en instemming"),
                ("p", "De school voert met u op overeenstemming gericht overleg (OOGO) over het hele plan. Voor het handelingsdeel heeft u instemmingsrecht: de school heeft uw handtekening nodig. Zet u alleen 'voor gezien', dan heeft u niet ingestemd."),
                ("p", "Sinds 1 augustus 2025 moet de school ook uw kind zelf horen en opschrijven wat dat in het plan heeft veranderd."),
                ("h", 2, "Evaluatie"), ("p", "Het plan wordt minstens één keer per schooljaar met u geëvalueerd."),
                ("h", 2, "Niet eens?"), ("p", "Praat eerst met de school. Komt u er niet uit, neem dan contact op met ons steunpunt of de onderwijsconsulenten. U kunt binnen zes weken na de vaststelling naar de Geschillencommissie passend onderwijs."),
                ("footer", "Folder OPP – Ouder- en jeugdsteunpunt Lindeveld – uitgave 2025")]
    if kind == "nieuwsbrief":
        return [("title", "Nieuwsbrief IKC De Klimboom – december 2025"), ("sub", "Holtersum"),
                ("h", 2, "Sinterklaas"), ("p", "Wat een feest was het op 5 december! Dank aan de ouderraad voor de prachtige versieringen."),
                ("h", 2, "Nieuw: leerlingen praten mee over hun ontwikkelingsperspectief"),
                ("p", "Sinds 1 augustus 2025 worden leerlingen met een ontwikkelingsperspectiefplan (OPP) gehoord over hun eigen plan. Onze intern begeleider, mw. E. Brandsma, voert deze gesprekken met de kinderen. Ouders worden zoals altijd uitgenodigd voor het gesprek over het OPP en tekenen voor instemming met het handelingsdeel. De evaluatie vindt plaats in februari."),
                ("h", 2, "Studiedag"), ("p", "Op vrijdag 23 januari 2026 zijn alle kinderen vrij vanwege een studiedag over de nieuwe uitstroombestemmingen en leerroutes."),
                ("h", 2, "Agenda"), ("table", ["Datum", "Activiteit"], [["19-12-2025", "Kerstviering, 17.00 uur"], ["22-12 t/m 02-01", "Kerstvakantie"], ["23-01-2026", "Studiedag"]], None),
                ("footer", "Nieuwsbrief De Klimboom | jaargang 6 | nummer 4")]
    if kind == "avg":
        p = os.path.join(GL.ASSETS, "sig_avg.png")
        make_signature(p, "avg-form")
        return [("title", "Toestemmingsformulier gegevens en beeldmateriaal"), ("sub", "Praktijkcollege De Werkplaats – schooljaar 2025-2026"),
                ("kv", [("Naam leerling", "Wout Terpstra"), ("Klas", "leerjaar 2"), ("Ouder/verzorger", "mw. N. Terpstra")]),
                ("p", "Ik geef wel/geen toestemming voor:"),
                ("checks", [(True, "foto's op de website"), (True, "foto's in de nieuwsbrief"), (False, "video's op sociale media"),
                            (True, "uitwisseling gegevens met de stageplaats")]),
                ("p", "Deze toestemming geldt tot wederopzegging en kan altijd worden ingetrokken bij de administratie."),
                ("table", ["Naam", "Datum", "Handtekening"], [["mw. N. Terpstra", "02-09-2025", ("img", p, 3.2)]], None),
                ("footer", "AVG-formulier De Werkplaats v3")]
    if kind == "uitnodiging":
        return [("title", "Uitnodiging gesprek ontwikkelingsperspectief"), ("p", "Bredeloo, 8 oktober 2025"),
                ("p", "Aan de ouders/verzorgers van Fenna Brakel"),
                ("p", "Beste ouders/verzorgers,"),
                ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) van Fenna. In dit gesprek bespreken wij de verwachte uitstroombestemming, de ondersteuning die wij Fenna willen bieden en de doelen voor de komende periode. Wij horen ook graag wat u en Fenna zelf belangrijk vinden."),
                ("p", "Datum: dinsdag 21 oktober 2025, 15.15 uur\nPlaats: kamer van de intern begeleider\nAanwezig vanuit school: mw. R. Tamminga (leerkracht) en mw. H. Schutte (intern begeleider)"),
                ("p", "Na het gesprek ontvangt u het plan. Voor het handelingsdeel vragen wij uw instemming."),
                ("p", "Met vriendelijke groet,\nmw. H. Schutte, intern begeleider\nSBO Het Baken")]
    raise ValueError(kind)


def blank_genummerd():
    ins = lambda t: ("pi", t)
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", SWV["po"]), ("sub", "Format OPP versie 2025.2 – leeg format"),
         ("h", 1, "1. Gegevens leerling"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Leerkracht", ""), ("Intern begeleider", ""), ("Ouders/verzorgers", "")]),
         ("h", 1, "2. Te verwachten uitstroombestemming"), ins("[Vul hier het verwachte uitstroomniveau in: praktijkonderwijs / vmbo-b / vmbo-k / vmbo-gt / havo / vwo]"),
         ("h", 1, "3. Onderbouwing van de uitstroombestemming"), ins("[Onderbouw het perspectief met gegevens: toetsresultaten, leerrendement, IQ, didactische ontwikkeling]"),
         ("h", 1, "4. Belemmerende en bevorderende factoren"), ("h", 2, "4.1 Belemmerende factoren"), ("p", "..."), ("h", 2, "4.2 Bevorderende factoren"), ("p", "..."),
         ("h", 1, "5. Onderwijsbehoeften"), ins("Formuleer de onderwijsbehoeften als: '... heeft nodig ...'"),
         ("h", 1, "6. Afwijkingen van het onderwijsprogramma"),
         ("checks", [(False, "geen afwijkingen"), (False, "eigen leerlijn"), (False, "vrijstelling vak(ken)"), (False, "aangepast/verkort lesrooster")]),
         ("h", 1, "7. Doelen voor de komende periode"), ins("[Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode]"),
         ("h", 1, "8. Handelingsdeel: te bieden ondersteuning en begeleiding"),
         ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf / periode"], [["", "", "", ""], ["", "", "", ""]], None),
         ("h", 1, "9. Adviezen van deskundigen"), ("p", ""),
         ("h", 1, "10. Inbreng van de leerling"), ins("[Beschrijf hier de mening van de leerling en wat daarmee in het plan is gedaan]"),
         ("h", 1, "11. Overleg met ouders (OOGO)"), ("kv", [("Datum OOGO", ""), ("Aanwezig", "")]),
         ("h", 1, "12. Evaluatie"), ("kv", [("Datum tussenevaluatie", ""), ("Datum jaarevaluatie", "")]),
         ("h", 1, "13. Vaststelling en ondertekening"), ("kv", [("Datum vaststelling", ""), ("Vastgesteld door", "")]),
         ("h", 2, "Instemming ouders met het handelingsdeel"), ("checks", [(False, "Akkoord"), (False, "Niet akkoord")]),
         ("table", ["Partij", "Naam", "Datum", "Handtekening"], [["Ouder/verzorger 1", "", "", ""], ["Ouder/verzorger 2", "", "", ""], ["Namens de school", "", "", ""]], None),
         ("footer", "Format OPP SWV Lindeveld – leeg")]
    lab = {e: "incomplete" for e in ELEMENTS}
    lab["informatie_rechten"] = "missing"
    return b, lab


def blank_profiel():
    b = [("title", "Ontwikkelingsperspectief VSO"), ("sub", "Format Expertisecentrum – in te vullen door de mentor"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep", ""), ("Mentor", ""), ("Ouders/verzorgers", "")]),
         ("h", 1, "A. Uitstroomprofiel en uitstroombestemming"), ("checks", [(False, v) for v in VSO_PROFILES]), ("p", "Toelichting: ..."),
         ("h", 1, "B. Onderbouwing"), ("p", "..."),
         ("h", 1, "C. Belemmerende en bevorderende factoren"), ("table", ["Belemmerend", "Bevorderend"], [["", ""]], None),
         ("h", 1, "D. Ondersteuningsbehoeften"), ("p", "..."),
         ("h", 1, "E. Advies commissie voor de begeleiding en deskundigen"), ("kv", [("Datum CvB", ""), ("Advies", "")]),
         ("h", 1, "F. Handelingsdeel"), ("h", 2, "Leerdoelen en transitiedoelen"), ("p", "..."), ("h", 2, "Begeleiding, zorg en behandeling"), ("p", "..."),
         ("h", 2, "Afwijkingen van het onderwijsprogramma"), ("p", "..."),
         ("h", 1, "G. Inbreng van de leerling"), ("p", "..."),
         ("h", 1, "H. Op overeenstemming gericht overleg"), ("kv", [("Datum", ""), ("Aanwezig", "")]),
         ("h", 1, "I. Evaluatie"), ("p", "..."),
         ("h", 1, "J. Instemmingsrecht en bezwaar"),
         ("pi", "[Standaardtekst rechten ouders invoegen: instemmingsrecht, ouder- en jeugdsteunpunt, onderwijsconsulenten, Geschillencommissie binnen 6 weken]"),
         ("h", 1, "K. Vaststelling"), ("kv", [("Datum vaststelling", ""), ("Vastgesteld door", "")]),
         ("h", 1, "L. Ondertekening"), ("checks", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
         ("table", ["Ouder/verzorger 1", "Ouder/verzorger 2", "Leerling (18+)", "School"], [["Naam:", "Naam:", "Naam:", "Naam:"], ["Datum:", "Datum:", "Datum:", "Datum:"], ["Handtekening:", "Handtekening:", "Handtekening:", "Handtekening:"]], None),
         ("footer", "Format OPP VSO – Expertisecentrum")]
    lab = {e: "incomplete" for e in ELEMENTS}
    return b, lab


EXTRA = [
    dict(id="none01", kind="folder", type="none", layout="folder-ouders", fmt="pdf", note="Leaflet for parents about what an OPP is; names every element generically. Not an OPP: all missing."),
    dict(id="none02", kind="nieuwsbrief", type="none", layout="nieuwsbrief", fmt="pdf-word", note="School newsletter with an item on hoorrecht and OPP consent. Not an OPP: all missing."),
    dict(id="none03", kind="avg", type="none", layout="avg-formulier", fmt="docx", note="Signed AVG/photo consent form. Not an OPP: all missing."),
    dict(id="none04", kind="uitnodiging", type="none", layout="uitnodiging-brief", fmt="txt", note="Invitation letter for an OPP talk about one named child. Not an OPP: all missing."),
    dict(id="blank01", kind="blank_genummerd", type="po", layout="swv-genummerd (leeg format)", fmt="docx",
         note="Blank format of the numbered SWV layout: headings with instructions, '...', empty tables, unticked boxes -> incomplete; it has no rights section -> missing."),
    dict(id="blank02", kind="blank_profiel", type="vso", layout="so-vso-profiel (leeg format)", fmt="pdf-word",
         note="Blank VSO format: every element has a heading or field left empty/with instruction -> incomplete."),
]

EXT = {"docx": "docx", "pdf-word": "pdf", "odt": "odt", "pdf": "pdf", "pdf-form": "pdf", "txt": "txt", "scan": "pdf"}


def render(blocks, fmt, base, opts):
    tmp = os.path.join(BUILD, "tmp", os.path.basename(base))
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    out = base + "." + EXT[fmt]
    if fmt == "docx":
        write_docx(blocks, out, opts)
    elif fmt in ("pdf-word", "odt"):
        src = os.path.join(tmp, os.path.basename(base) + ".docx")
        write_docx(blocks, src, opts)
        soffice_convert(src, "pdf" if fmt == "pdf-word" else "odt", tmp)
        shutil.copy(os.path.join(tmp, os.path.basename(base) + "." + EXT[fmt]), out)
    elif fmt == "pdf":
        write_pdf(blocks, out, opts)
    elif fmt == "pdf-form":
        write_pdf_form(blocks, out, opts)
    elif fmt == "txt":
        write_txt(blocks, out, opts)
    elif fmt == "scan":
        src = os.path.join(tmp, "src.pdf")
        if opts.get("scan_via_word"):
            d = os.path.join(tmp, "src.docx"); write_docx(blocks, d, opts); soffice_convert(d, "pdf", tmp)
        else:
            write_pdf(blocks, src, opts)
        make_scan(src, out, os.path.basename(base), tmp)
    return out


def main():
    if len(sys.argv) == 1:
        shutil.rmtree(DOCS, ignore_errors=True)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GL.ASSETS, exist_ok=True)
    labels = []
    only = set(sys.argv[1:])
    # neutral file names (d01..d56) in a fixed shuffled order, so that names reveal nothing
    ids = [x["id"] for x in SPECS] + [x["id"] for x in EXTRA]
    order = list(ids)
    random.Random("blind55-names").shuffle(order)
    fname = {i: "d%02d" % (order.index(i) + 1) for i in ids}
    for s in SPECS:
        if only and s["id"] not in only:
            continue
        c = Ctx(s)
        doc = dict(s, ctx=c)
        blocks = GL.LAYOUTS[s["layout"]](doc)
        if s.get("revised") and s["layout"] == "swv-genummerd":
            i = [k for k, b in enumerate(blocks) if b[0] == "kv"][0]
            blocks[i] = ("kv", blocks[i][1] + [("Datum eerste vaststelling", d2s(c.date)), ("Datum bijstelling", d2s(c.revised) + " (na tussenevaluatie; doelen en ondersteuning bijgesteld)")])
        opts = {"author": c.ib, "doctitle": "OPP %s" % c.name, "sdt": s.get("sdt"), "txtbox": s.get("txtbox", "[x]"),
                "pdffont": s.get("pdffont", "DV"), "export": s.get("export"), "scan_via_word": s["layout"] in ("swv-genummerd",)}
        name = fname[s["id"]]
        out = render(blocks, s["fmt"], os.path.join(DOCS, name), opts)
        el = {e: label_for(c, e, s["v"][e]) for e in ELEMENTS}
        acc = []
        if s["fmt"] == "scan":
            acc = ["instemming_ouders"] + s.get("accept", [])
        labels.append({"file": os.path.relpath(out, HERE), "format": "pdf" if EXT[s["fmt"]] == "pdf" else EXT[s["fmt"]],
                       "layout": s["layout"], "school_type": s["type"], "scanned": s["fmt"] == "scan", "elements": el,
                       "accept_unclear": acc, "notes": "[%s] %s; format %s; plan date %s. %s" % (s["id"], s["layout"], s["fmt"], s["date"], s["note"])})
        print(s["id"], "ok", {k: v for k, v in el.items() if v != "present"})
    for s in EXTRA:
        if only and s["id"] not in only:
            continue
        if s["kind"].startswith("blank"):
            blocks, el = {"blank_genummerd": blank_genummerd, "blank_profiel": blank_profiel}[s["kind"]]()
        else:
            blocks, el = nonopp_blocks(s["kind"]), {e: "missing" for e in ELEMENTS}
        name = fname[s["id"]]
        out = render(blocks, s["fmt"], os.path.join(DOCS, name), {"author": "school", "doctitle": blocks[0][1]})
        labels.append({"file": os.path.relpath(out, HERE), "format": "pdf" if EXT[s["fmt"]] == "pdf" else EXT[s["fmt"]],
                       "layout": s["layout"], "school_type": s["type"], "scanned": False, "elements": el,
                       "accept_unclear": [], "notes": "[%s] %s; format %s. %s" % (s["id"], s["layout"], s["fmt"], s["note"])})
        print(s["id"], "ok")
    labels.sort(key=lambda d: d["file"])
    if not only:
        with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
