# -*- coding: utf-8 -*-
"""The documents of round 59: id, school type, layout, format, plan date, case, deliberate gaps.

v = {element: variant}. Variants: full (default), absent, empty, ph:<placeholder>, instr, cc (Word content-control
placeholder), ref, ref_cvb, no_cvb, na, vague, view_only, partial.
instemming_ouders variants: signed (default), digital, voorgezien, protest, refused, partial, school_only, blank,
unticked, nodate, absent, avg_only, adult_self, parents_for_adult, curatele_wrong, curatele_ok.
"""
from datetime import date as d


def S(id, type, layout, fmt, dt, notes, **kw):
    x = dict(id=id, type=type, layout=layout, fmt=fmt, date=dt, notes=notes)
    x.update(kw)
    return x


SPECS = [
 # ------------------------------------------------------------------ po (14)
 S("g59-001", "po", "L1", "pdf-lo", d(2025, 10, 14), "complete plan in SWV format A-D (Word->PDF); part A signed 'voor gezien' by parents as the format asks for the perspectiefdeel, part C (handelingsdeel) ticked akkoord, signed and dated", case=0),
 S("g59-002", "po", "L1", "docx", d(2024, 11, 5), "pre-2025 format (no hoorrecht section, inbreng n/a); handelingsdeel signed by parent with 'voor gezien' and no tick -> consent incomplete", case=1,
   v={"instemming_ouders": "voorgezien"}),
 S("g59-003", "po", "L3", "pdf-lo", d(2025, 11, 20), "groeidocument with OPP as rubriek J; advice only 'zie het verslag ... in het leerlingdossier'; no evaluation anywhere", case=2,
   v={"adviezen_professionals": "ref", "evaluatie": "absent"}),
 S("g59-004", "po", "L4", "docx", d(2026, 2, 3), "domain table: column 'Belemmerende factoren' present but every cell empty", case=3,
   v={"belemmerende_factoren": "empty"}),
 S("g59-005", "po", "L5", "pdf-form", d(2025, 9, 30), "fillable PDF form: goals field 'n.t.b.'; no rights information; consent options both unticked although parent signed and dated", case=0,
   v={"doelen": "ph:n.t.b.", "informatie_rechten": "absent", "instemming_ouders": "unticked"}),
 S("g59-006", "po", "L6", "odt", d(2025, 12, 10), "question headings; pupil's view given but nothing on what it changed; no record of the talk with parents (OOGO)", case=1,
   v={"inbreng_leerling": "view_only", "oogo": "absent"}),
 S("g59-007", "po", "L7", "pdf", d(2025, 10, 2), "letter to parents with reply slip; slip blank (names pre-printed, no date/signature/tick); deviations from the programme not mentioned at all (silence) although the pupil gets individual substitute assignments", case=2,
   v={"instemming_ouders": "blank", "afwijkingen_onderwijsprogramma": "absent"}),
 S("g59-008", "po", "L8", "pdf", d(2026, 3, 16), "complete system export with breadcrumb and print footer; consent given digitally via parent portal with date", case=2,
   v={"instemming_ouders": "digital"}, system="LeerlingPlein"),
 S("g59-009", "po", "L5", "docx", d(2025, 11, 11), "Word form with content controls: onderbouwing and ondersteuning still show 'Klik of tik om tekst in te voeren.'; vaststelling has a date but 'Vastgesteld door: ...'", case=1,
   v={"onderbouwing": "cc", "ondersteuning": "cc", "vaststelling": "partial"}),
 S("g59-010", "po", "L1", "scan", d(2023, 6, 20), "scan of a complete 2023 plan (pre-hoorrecht format); signatures handwritten in the scan", case=0),
 S("g59-011", "po", "L3", "txt", d(2025, 9, 9), "groeidocument as plain text: 'Bevorderend' column still holds the template instruction; consent block signed only by the school (parents' name, no signature/date)", case=3,
   v={"bevorderende_factoren": "instr", "instemming_ouders": "school_only"}),
 S("g59-012", "po", "L6", "md", d(2026, 1, 19), "complete plan, question headings, Markdown", case=2),
 S("g59-013", "po", "L4", "pdf-lo", d(2024, 3, 12), "plan set March 2024 but evaluated and revised 8 Oct 2025 (after 1 Aug 2025): pupil's input required and absent", case=0,
   revised=d(2025, 10, 8), v={"inbreng_leerling": "absent"}),
 S("g59-014", "po", "L7", "docx", d(2025, 8, 26), "letter with reply slip: ticked akkoord and signed but no date; goals vague ('gaat beter lezen')", case=1,
   v={"instemming_ouders": "nodate", "doelen": "vague"}),
 # ------------------------------------------------------------------ sbo (8)
 S("g59-015", "sbo", "L1", "pdf-lo", d(2025, 10, 1), "complete sbo plan in SWV A-D format", case=0),
 S("g59-016", "sbo", "L4", "odt", d(2025, 11, 4), "explicit 'Geen afwijkingen van het onderwijsprogramma' (n/a); evaluation 'volgt na overleg'", case=2,
   v={"afwijkingen_onderwijsprogramma": "na", "evaluatie": "ph:volgt na overleg"}),
 S("g59-017", "sbo", "L8", "txt", d(2025, 6, 12), "text export of a June 2025 plan (before hoorrecht: inbreng n/a); parents signed 'Niet akkoord'", case=2,
   v={"instemming_ouders": "refused"}, system="EduDossier"),
 S("g59-018", "sbo", "L6", "pdf", d(2026, 1, 27), "rights info only mentions the consent right and the IB'er (no disagreement route / GPO); support described only as 'extra begeleiding waar nodig' (no who/how often)", case=0,
   v={"informatie_rechten": "partial", "ondersteuning": "partial"}),
 S("g59-019", "sbo", "L3", "docx", d(2025, 10, 21), "groeidocument: uitstroombestemming 'nog niet bekend, volgt na het ondersteuningsteam'; onderbouwing only 'zie bijlage 1'", case=1,
   v={"uitstroombestemming": "ph:nog niet bekend, volgt na het ondersteuningsteam", "onderbouwing": "ref"}),
 S("g59-020", "sbo", "L7", "scan", d(2025, 11, 24), "scanned letter-style plan, complete, reply slip signed", case=2),
 S("g59-021", "sbo", "L5", "pdf-form", d(2024, 9, 17), "fillable form, complete 2024 plan (no pupil section: n/a before 1 Aug 2025)", case=0),
 S("g59-022", "sbo", "L4", "pdf-lo", d(2026, 4, 9), "no consent section for the handelingsdeel; only an AVG/photo consent block, signed", case=1,
   v={"instemming_ouders": "avg_only"}),
 # ------------------------------------------------------------------ so (6)
 S("g59-023", "so", "L10", "pdf-lo", d(2025, 10, 28), "complete so plan incl. advice of the commissie voor de begeleiding", case=0),
 S("g59-024", "so", "L10", "docx", d(2025, 12, 2), "so plan without any advice of the commissie voor de begeleiding (only neurologist) -> incomplete; consent ticked akkoord but 'getekend onder protest'", case=1,
   v={"adviezen_professionals": "no_cvb", "instemming_ouders": "protest"}),
 S("g59-025", "so", "L4", "pdf", d(2025, 9, 16), "so plan in domain-table layout; no evaluation section", case=0,
   v={"evaluatie": "absent"}),
 S("g59-026", "so", "L8", "scan", d(2024, 10, 15), "scanned system export of a 2024 plan, status 'Concept', vaststelling '...'", case=2,
   v={"vaststelling": "ph:..."}, system="EduDossier"),
 S("g59-027", "so", "L6", "txt", d(2026, 2, 10), "heading 'Waar werken we naartoe?' with nothing under it", case=1,
   v={"uitstroombestemming": "empty"}),
 S("g59-028", "so", "L10", "odt", d(2025, 9, 2), "parents ticked 'gedeeltelijk akkoord' (not with one support measure)", case=2,
   v={"instemming_ouders": "partial"}),
 # ------------------------------------------------------------------ vo (11)
 S("g59-029", "vo", "L2", "pdf-lo", d(2025, 10, 6), "complete vo plan, perspectiefdeel/handelingsdeel split", case=0),
 S("g59-030", "vo", "L2", "docx", d(2025, 11, 18), "consent: only the director signed; parents' rows have names but no signature/date; checkbox content controls unticked", case=1,
   v={"instemming_ouders": "school_only"}),
 S("g59-031", "vo", "L5", "pdf-form", d(2026, 1, 12), "fillable form: evaluation field and advice field empty", case=1,
   v={"evaluatie": "empty", "adviezen_professionals": "empty"}),
 S("g59-032", "vo", "L3", "pdf", d(2025, 9, 25), "groeidocument without belemmerende factoren (table has only the 'Bevorderend' column)", case=2,
   v={"belemmerende_factoren": "absent"}),
 S("g59-033", "vo", "L8", "pdf-lo", d(2025, 3, 4), "complete system export, March 2025 (before hoorrecht)", case=3, system="LeerlingPlein"),
 S("g59-034", "vo", "L7", "txt", d(2025, 12, 15), "letter: 'het gesprek met ouders wordt nog gepland' (OOGO not held); signed by the IB'er, no vaststelling", case=0,
   v={"oogo": "partial", "vaststelling": "absent"}),
 S("g59-035", "vo", "L6", "docx", d(2026, 5, 6), "complete; explicitly 'geen externe deskundigen betrokken' (advice n/a) and no deviations (n/a)", case=2,
   v={"adviezen_professionals": "na"}),
 S("g59-036", "vo", "L4", "md", d(2025, 10, 30), "goals section still holds the template instruction; pupil's view without what was done with it", case=3,
   v={"doelen": "instr", "inbreng_leerling": "view_only"}),
 S("g59-037", "vo", "L2", "scan-lo", d(2025, 11, 3), "scan of Word-made plan; consent ticked and signed but the date column is empty", case=0,
   v={"instemming_ouders": "nodate"}),
 S("g59-038", "vo", "L5", "odt", d(2024, 12, 9), "short form, Dec 2024 (inbreng n/a), no rights information", case=2,
   v={"informatie_rechten": "absent"}),
 S("g59-039", "vo", "L2", "pdf", d(2026, 2, 23), "support only 'zie het groepsplan en het arrangement in bijlage 2'; bevorderende factoren '...'", case=3,
   v={"ondersteuning": "ref", "bevorderende_factoren": "ph:..."}),
 # ------------------------------------------------------------------ pro (6)
 S("g59-040", "pro", "L9", "pdf-lo", d(2025, 10, 9), "complete IOP/OPP praktijkonderwijs, profile B ticked", case=0),
 S("g59-041", "pro", "L9", "docx", d(2025, 11, 26), "uitstroomprofiel A/B/C all unticked and 'Richting / beroep' empty", case=2,
   v={"uitstroombestemming": "empty"}),
 S("g59-042", "pro", "L2", "txt", d(2025, 9, 22), "no section on deviations from the programme at all (silence -> missing)", case=1,
   v={"afwijkingen_onderwijsprogramma": "absent"}),
 S("g59-043", "pro", "L8", "pdf", d(2024, 5, 21), "system export May 2024 (inbreng n/a): consent status '-' and parent 'niet ondertekend'", case=1,
   v={"instemming_ouders": "blank"}, system="EduDossier"),
 S("g59-044", "pro", "L9", "scan", d(2026, 1, 14), "scan of a complete IOP/OPP, profile C ticked", case=1, scan_unclear_extra=["uitstroombestemming"]),
 S("g59-045", "pro", "L6", "pdf-lo-odt", d(2025, 12, 4), "no support-needs section; evaluation only 'wordt regelmatig geëvalueerd'", case=2,
   v={"ondersteuningsbehoefte": "absent", "evaluatie": "partial"}),
 # ------------------------------------------------------------------ vso (8)
 S("g59-046", "vso", "L10", "pdf-lo", d(2025, 10, 20), "complete vso plan, profile arbeidsmarktgericht ticked, CvB advice", case=0, age=16),
 S("g59-047", "vso", "L10", "docx", d(2025, 11, 10), "adult pupil (18, handelingsbekwaam) consents himself; inbreng n/a (pupil is the party); complete", case=3,
   adult=True, age=18, girl=False, v={"instemming_ouders": "adult_self"}),
 S("g59-048", "vso", "L10", "pdf", d(2025, 12, 1), "adult pupil (19) under curatele: pupil signed but the curator's line is empty -> consent incomplete; pupil's view present (applies)", case=1,
   adult=True, curatele=True, age=19, v={"instemming_ouders": "curatele_wrong"}),
 S("g59-049", "vso", "L2", "pdf-lo", d(2026, 3, 3), "dagbesteding profile; pupil's view without effect; advice only 'zie bijlage 3: advies CvB'", case=1, age=16,
   v={"inbreng_leerling": "view_only", "adviezen_professionals": "ref_cvb"}),
 S("g59-050", "vso", "L8", "txt", d(2025, 8, 14), "export: uitstroomprofiel 'n.t.b.'; consent digital", case=2, age=15,
   v={"uitstroombestemming": "ph:n.t.b.", "instemming_ouders": "digital"}, system="LeerlingPlein"),
 S("g59-051", "vso", "L10", "scan", d(2024, 6, 25), "scan of a complete June 2024 vso plan (vervolgonderwijs), inbreng n/a", case=2, age=15,
   scan_unclear_extra=["uitstroombestemming"]),
 S("g59-052", "vso", "L4", "docx", d(2025, 9, 8), "bevorderende factoren only template instruction; vaststelling '...'", case=0, age=17,
   v={"bevorderende_factoren": "instr", "vaststelling": "ph:..."}),
 S("g59-053", "vso", "L10", "md", d(2026, 1, 20), "adult handelingsbekwaam pupil (18) but the parents signed the consent and the pupil's line is blank -> incomplete; inbreng n/a", case=3,
   adult=True, age=18, v={"instemming_ouders": "parents_for_adult"}),
 # ------------------------------------------------------------------ not an OPP (4)
 S("g59-054", "none", "leaflet", "pdf", None, "not an OPP: SWV leaflet for parents explaining the OPP; all elements n/a", layout_name="folder-ouders"),
 S("g59-055", "none", "newsletter", "docx", None, "not an OPP: school newsletter with an item on OPP meetings; all elements n/a", layout_name="nieuwsbrief"),
 S("g59-056", "none", "blank", "docx", None, "not an OPP: blank vo OPP format with instructions and content-control placeholders, no pupil; all elements n/a", layout_name="leeg-format"),
 S("g59-057", "none", "invitation", "txt", None, "not an OPP: invitation letter for an IOP/OPP meeting; all elements n/a", layout_name="uitnodiging"),
]
