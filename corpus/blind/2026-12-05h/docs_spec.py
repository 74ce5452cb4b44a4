# -*- coding: utf-8 -*-
"""The document list. v: element -> gap kind (ok, empty, ph, instr, ref, sdt, vague, viewonly, omit, na, nodate, nowho).
consent: given, given1, gezien, protest, refused, partial, school_only, unticked, blank, nodate, avg, omit,
adult_self, curator, curatele_self."""
from datetime import date as D

A, B, C = D(2024, 11, 5), D(2025, 3, 18), D(2025, 6, 24)          # before 1 Aug 2025
Dd, E, F, G, H = D(2025, 10, 14), D(2025, 11, 20), D(2026, 1, 27), D(2026, 3, 10), D(2026, 10, 6)


def d(id, layout, fmt, stype, date, prof=0, v=None, consent="given", **kw):
    x = dict(id=id, layout=layout, fmt=fmt, stype=stype, date=date, prof=prof, v=v or {}, consent=consent)
    x.update(kw)
    return x


DOCS_SPEC = [
 # swv-genummerd
 d("01-so-genummerd-compleet", "swv-genummerd", "pdf-lo", "so", Dd),
 d("02-po-genummerd-lege-kopjes", "swv-genummerd", "pdf-lo", "po", E, v={"doelen": "empty", "evaluatie": "empty"}, consent="given1"),
 d("03-vso-dagbesteding-genummerd", "swv-genummerd", "docx", "vso", F, v={"inbreng_leerling": "viewonly", "adviezen_professionals": "ref"}, consent="protest"),
 d("04-vo-genummerd-voor-2025", "swv-genummerd", "pdf-lo", "vo", B, v={"inbreng_leerling": "omit"}, notes="Complete plan set before 1 Aug 2025: pupil input not yet required."),
 d("05-sbo-genummerd-instructies", "swv-genummerd", "docx", "sbo", Dd, v={"belemmerende_factoren": "instr", "bevorderende_factoren": "instr", "onderbouwing": "instr", "afwijkingen_onderwijsprogramma": "instr"}, consent="blank"),
 d("06-pro-genummerd", "swv-genummerd", "odt", "pro", E, v={"informatie_rechten": "omit", "oogo": "vague"}, consent="nodate"),
 d("07-vso-arbeid-genummerd-avg", "swv-genummerd", "pdf-lo", "vso", G, prof=1, v={"evaluatie": "ph"}, consent="avg", notes="Signed AVG/photo consent, no OPP consent."),
 d("08-po-genummerd-scan", "swv-genummerd", "pdf-lo", "po", Dd, prof=1, scan=True, notes="No deviations: explicit 'niet afgeweken'."),
 # beknopt-tweekolom
 d("09-po-beknopt-compleet", "beknopt-tweekolom", "docx", "po", E, prof=1),
 d("10-sbo-beknopt-placeholders", "beknopt-tweekolom", "pdf-lo", "sbo", F, v={"uitstroombestemming": "ph", "onderbouwing": "ph"}, consent="school_only"),
 d("11-vso-vervolg-beknopt", "beknopt-tweekolom", "pdf-lo", "vso", Dd, prof=2, v={"afwijkingen_onderwijsprogramma": "omit", "adviezen_professionals": "omit"}),
 d("12-vo-beknopt-voor-2025", "beknopt-tweekolom", "odt", "vo", C, v={"evaluatie": "omit", "informatie_rechten": "vague"}, consent="gezien"),
 d("13-pro-beknopt", "beknopt-tweekolom", "txt", "pro", H, v={"doelen": "vague", "ondersteuning": "vague"}),
 d("14-so-beknopt-inhoudsbesturing", "beknopt-tweekolom", "docx", "so", F, v={"inbreng_leerling": "sdt", "oogo": "sdt"}, consent="unticked", notes="Word content controls still showing their placeholder; parent signed but no box ticked."),
 d("15-vso-volwassen-beknopt", "beknopt-tweekolom", "pdf-lo", "vso", E, prof=3, adult=True, consent="adult_self"),
 # domeintabel
 d("16-vso-dagbesteding-domein-compleet", "domeintabel", "pdf-lo", "vso", Dd),
 d("17-vso-arbeid-domein", "domeintabel", "docx", "vso", E, prof=1, v={"bevorderende_factoren": "empty", "afwijkingen_onderwijsprogramma": "ph"}, consent="partial"),
 d("18-so-domein-odt", "domeintabel", "pdf-lo-odt", "so", F, v={"belemmerende_factoren": "ph", "inbreng_leerling": "omit"}),
 d("19-sbo-domein-voor-2025", "domeintabel", "pdf-lo", "sbo", B, v={"oogo": "omit"}),
 d("20-vso-curatele-domein", "domeintabel", "pdf-lo", "vso", G, prof=3, curatele=True, consent="curator", notes="Pupil 19 under curatele; curator consents: present."),
 d("21-vso-curatele-tekent-zelf", "domeintabel", "docx", "vso", H, prof=3, curatele=True, v={"vaststelling": "nodate"}, consent="curatele_self", notes="Pupil under curatele signed alone; curator did not: consent incomplete."),
 d("22-vso-vervolg-domein-scan", "domeintabel", "pdf", "vso", E, prof=2, scan=True, v={"afwijkingen_onderwijsprogramma": "na"}),
 # groeidocument
 d("23-po-groeidocument-compleet", "groeidocument", "pdf", "po", F),
 d("24-sbo-groeidocument", "groeidocument", "pdf", "sbo", E, v={"ondersteuningsbehoefte": "omit", "doelen": "vague"}, consent="refused"),
 d("25-so-groeidocument-voor-2025", "groeidocument", "pdf", "so", A, notes="Plan before 1 Aug 2025 that does contain a pupil conversation: inbreng labelled not_applicable."),
 d("26-vso-dagbesteding-groeidocument", "groeidocument", "pdf-lo", "vso", G, v={"oogo": "omit", "evaluatie": "omit", "bevorderende_factoren": "omit"}, consent="school_only"),
 d("27-vo-groeidocument", "groeidocument", "docx", "vo", Dd, v={"onderbouwing": "ref", "belemmerende_factoren": "ref"}),
 d("28-pro-groeidocument", "groeidocument", "pdf", "pro", F, v={"vaststelling": "omit"}, consent="omit"),
 d("29-vso-arbeid-groeidocument-bijgesteld", "groeidocument", "pdf", "vso", C, prof=1, revised=D(2025, 12, 2), v={"inbreng_leerling": "omit"}, notes="Set before, revised after 1 Aug 2025: pupil input required and missing."),
 d("30-po-groeidocument-2024", "groeidocument", "pdf", "po", A, prof=1, v={"inbreng_leerling": "omit", "informatie_rechten": "omit"}, consent="given1"),
 # brief-ouders
 d("31-po-brief-strookje-leeg", "brief-ouders", "pdf-lo", "po", E, v={"informatie_rechten": "ref"}, consent="blank", notes="Letter sent to parents; the return slip is unsigned."),
 d("32-vo-brief", "brief-ouders", "docx", "vo", F, v={"afwijkingen_onderwijsprogramma": "omit"}),
 d("33-sbo-brief", "brief-ouders", "txt", "sbo", G, v={"inbreng_leerling": "viewonly", "vaststelling": "nowho"}),
 d("34-vso-volwassen-brief", "brief-ouders", "pdf-lo", "vso", Dd, prof=3, adult=True, v={"evaluatie": "vague"}, consent="adult_self"),
 d("35-so-brief-zonder-strookje", "brief-ouders", "odt", "so", H, v={"doelen": "omit"}, consent="omit"),
 d("36-pro-brief-voor-2025", "brief-ouders", "pdf-lo", "pro", C, v={"belemmerende_factoren": "omit"}, consent="protest", notes="Letter names only what goes well; no hindering factors."),
 d("37-vso-vervolg-brief-scan", "brief-ouders", "pdf-lo", "vso", F, prof=2, scan=True),
 # invulformulier (fillable PDF)
 d("38-po-formulier-compleet", "invulformulier", "form", "po", E, prof=1),
 d("39-vo-formulier-half-leeg", "invulformulier", "form", "vo", F, v={"uitstroombestemming": "empty", "onderbouwing": "empty", "doelen": "empty", "ondersteuning": "empty", "vaststelling": "ph"}, consent="unticked"),
 d("40-vso-dagbesteding-formulier", "invulformulier", "form", "vso", G, v={"adviezen_professionals": "ref"}, consent="nodate"),
 d("41-so-formulier-voor-2025", "invulformulier", "form", "so", B, v={"belemmerende_factoren": "instr"}),
 d("42-sbo-formulier", "invulformulier", "form", "sbo", H, v={"afwijkingen_onderwijsprogramma": "na"}, consent="school_only"),
 d("43-pro-formulier-avg", "invulformulier", "form", "pro", Dd, v={"oogo": "vague"}, consent="avg"),
 # systeemexport
 d("44-po-export-compleet", "systeemexport", "pdf", "po", Dd),
 d("45-vo-export-concept", "systeemexport", "pdf", "vo", E, v={"vaststelling": "omit", "inbreng_leerling": "empty"}, consent="blank", status="Concept"),
 d("46-vso-arbeid-export", "systeemexport", "pdf", "vso", F, prof=1, v={"ondersteuningsbehoefte": "empty", "evaluatie": "ph"}),
 d("47-so-export-scan", "systeemexport", "pdf", "so", G, scan=True, consent="gezien"),
 d("48-sbo-export-txt", "systeemexport", "txt", "sbo", E, v={"uitstroombestemming": "vague", "ondersteuning": "omit"}),
 d("49-pro-export-voor-2025", "systeemexport", "docx", "pro", B, v={"bevorderende_factoren": "empty"}, consent="refused"),
 d("50-vso-volwassen-export", "systeemexport", "pdf", "vso", H, prof=3, adult=True, v={"oogo": "omit"}, consent="adult_self"),
 # vraagkoppen
 d("51-po-vraagkoppen-compleet", "vraagkoppen", "odt", "po", F, prof=1),
 d("52-so-vraagkoppen", "vraagkoppen", "pdf-lo", "so", E, v={"uitstroombestemming": "omit", "onderbouwing": "omit"}, consent="partial"),
 d("53-vso-dagbesteding-vraagkoppen", "vraagkoppen", "txt", "vso", G),
 d("54-vo-vraagkoppen-voor-2025", "vraagkoppen", "docx", "vo", C, v={"inbreng_leerling": "viewonly", "doelen": "ref"}),
 d("55-pro-vraagkoppen", "vraagkoppen", "pdf-lo-odt", "pro", F, v={"adviezen_professionals": "omit", "informatie_rechten": "omit"}),
 # not OPPs
 dict(id="56-folder-wat-is-een-opp", layout="folder-ouders", fmt="pdf-lo", nonopp=True),
 dict(id="57-nieuwsbrief", layout="nieuwsbrief", fmt="pdf", nonopp=True),
 dict(id="58-leeg-format", layout="leeg-format", fmt="docx", nonopp=True),
 dict(id="59-leeg-format-odt", layout="leeg-format", fmt="odt", nonopp=True),
]
