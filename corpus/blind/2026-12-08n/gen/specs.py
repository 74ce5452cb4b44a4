# -*- coding: utf-8 -*-
"""Document specifications: one dict per document. All names invented.

fmt: pdfw (Word/LibreOffice -> PDF), pdfd (PDF made directly), pdfform (fillable PDF form),
     docx, docx_cc (docx with content controls), odt, txt, md, scan (printed, signed, scanned PDF)
gaps: element -> gap mode (see gen.py: resolve / label_for)
"""

SCHOOLS = {
    "po": [("OBS De Klimboom", "Marrevelde"), ("CBS Het Kompas", "Tussenbeek"), ("Basisschool De Vlinderboom", "Aldevoort"),
           ("IKC De Waterjuffer", "Kolderwijk")],
    "sbo": [("SBO De Brug", "Heerenslag"), ("SBO Het Palet", "Zandhoven")],
    "so": [("De Horizon, school voor speciaal onderwijs", "Oostervoorde"), ("Mytylschool-SO De Sprong", "Aldevoort"),
           ("SO De Wissel (cluster 4)", "Marrevelde")],
    "vo": [("Wederdam College", "Wederdam"), ("Scholengemeenschap Het Baken", "Kolderwijk"), ("Tussenbeek Lyceum", "Tussenbeek")],
    "pro": [("Praktijkschool Kolderwijk", "Kolderwijk"), ("PrO De Werkplaats", "Oostervoorde")],
    "vso": [("VSO De Horizon", "Oostervoorde"), ("VSO Het Anker", "Heerenslag"), ("De Wissel VSO", "Marrevelde")],
}
SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Aldevoort e.o.",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Aldevoort e.o.",
    "so": "Samenwerkingsverband PO Veen en Vaart",
    "vo": "Samenwerkingsverband VO Kolderwijk-Wederdam",
    "pro": "Samenwerkingsverband VO Kolderwijk-Wederdam",
    "vso": "Samenwerkingsverband VO Veen en Vaart",
}

D = []
def doc(**kw):
    kw.setdefault("gaps", {})
    D.append(kw)

# ------------------------------------------------------------------ po
doc(id="po-01", type="po", layout="A", fmt="pdfw", arch="po_dyslexie", name=("Yara", "Kwint", "v"), date="2025-10-06", school=0,
    note="complete plan; 'geen afwijkingen' stated")
doc(id="po-02", type="po", layout="A", fmt="docx", arch="po_adhd", name=("Sem", "Oudendijk", "m"), date="2025-11-03", school=1,
    gaps={"bevorderende_factoren": "nvt", "ondersteuning": "generic", "evaluatie": "nodate",
          "instemming_ouders": "names_no_sig", "informatie_rechten": "absent"},
    note="looks complete; bevorderende 'n.v.t.' without reason, generic support sentence, evaluation without date, signature block with names only, no rights info")
doc(id="po-03", type="po", layout="B", fmt="pdfw", arch="po_rekenen", name=("Amira", "Bensaïd", "v"), date="2024-11-18", school=2,
    note="complete plan set before 1 Aug 2025; no pupil section (not yet required)")
doc(id="po-04", type="po", layout="C", fmt="odt", arch="po_dyslexie", name=("Mees", "Harinxma", "m"), date="2025-09-29", school=3,
    gaps={"adviezen_professionals": "absent", "bevorderende_factoren": "other_pupil", "doelen": "generic", "oogo": "nodate"},
    note="bevorderende column pasted from another pupil (other name, other profile); generic goal; 'besproken met ouders' without date or who")
doc(id="po-05", type="po", layout="E", fmt="txt", arch="po_adhd", name=("Lotte", "van Reesema", "v"), date="2025-11-17", school=0,
    gaps={"onderbouwing": "ph:n.t.b.", "adviezen_professionals": "zie_bijlage", "inbreng_leerling": "absent", "instemming_ouders": "unticked"},
    note="beknopt; onderbouwing 'n.t.b.', advice only 'zie bijlage' (not attached), no pupil input after 1-8-2025, consent options unticked")
doc(id="po-06", type="po", layout="F", fmt="docx_cc", arch="po_rekenen", name=("Ilias", "Achahbar", "m"), date="2025-10-20", school=1,
    gaps={"ondersteuningsbehoefte": "cc_placeholder", "inbreng_leerling": "view_no_effect"},
    note="docx with content controls; one control still shows 'Klik of tik om tekst in te voeren.'; pupil view without what it changed; consent via ticked checkbox control with date")
doc(id="sbo-08", type="sbo", layout="G", fmt="pdfd", arch="sbo_ass", name=("Fenna", "Stoutenbeek", "v"), date="2025-11-24", school=2,
    note="complete letter-style plan with signed reply slip")
doc(id="po-08", type="po", layout="H", fmt="pdfw", arch="po_dyslexie", name=("Jesse", "Molendijk", "m"), date="2025-12-01", school=3,
    gaps={"bevorderende_factoren": "absent", "uitstroombestemming": "ph:...", "belemmerende_factoren": "guidance", "vaststelling": "nodate"},
    note="system export; uitstroom '...', belemmerende only the template instruction, vaststelling without date")
doc(id="po-09", type="po", layout="D", fmt="scan", arch="po_adhd", name=("Tess", "Wolfswinkel", "v"), date="2025-11-24", school=0,
    accept_unclear=["instemming_ouders"],
    note="scan of complete groeidocument; handwritten signatures")
doc(id="po-10", type="po", layout="E", fmt="pdfform", arch="po_rekenen", name=("Bram", "Zijlstra", "m"), date="2025-11-10", school=1,
    gaps={"afwijkingen_onderwijsprogramma": "empty", "evaluatie": "ph:volgt na overleg", "instemming_ouders": "names_no_sig"},
    note="fillable form; afwijkingen field empty although an own learning line is mentioned; evaluation 'volgt na overleg'; parent name filled, signature/date empty")
doc(id="po-11", type="po", layout="A", fmt="scan", arch="po_rekenen", name=("Roos", "Verkerk", "v"), date="2026-10-12", school=2,
    gaps={"oogo": "absent", "instemming_ouders": "voor_gezien", "afwijkingen_onderwijsprogramma": "nvt_contra"},
    accept_unclear=["instemming_ouders"],
    note="scan; no OOGO section; parent wrote 'voor gezien' by hand; afwijkingen 'n.v.t.' while the plan describes an own learning line")

# ------------------------------------------------------------------ sbo
doc(id="sbo-01", type="sbo", layout="A", fmt="pdfw", arch="sbo_pro", name=("Luuk", "Hoogendoorn", "m"), date="2025-09-22", school=0,
    note="complete; deviations described")
doc(id="sbo-02", type="sbo", layout="C", fmt="docx", arch="sbo_ass", name=("Nadia", "Koerts", "v"), date="2026-11-16", school=1,
    gaps={"bevorderende_factoren": "dashes", "ondersteuning": "zie_bijlage", "instemming_ouders": "voor_gezien"},
    note="domain table with bevorderend column only '-'; support 'zie groepsplan (bijlage)'; signed 'voor gezien'")
doc(id="sbo-03", type="sbo", layout="D", fmt="pdfw", arch="po_rekenen", name=("Stijn", "Baggerman", "m"), date="2024-11-11", school=0,
    pre_view=True,
    note="complete groeidocument set before 1 Aug 2025; contains a pupil conversation anyway (rule not yet in force)")
doc(id="sbo-04", type="sbo", layout="F", fmt="odt", arch="sbo_pro", name=("Jade", "Rietberg", "v"), date="2025-10-13", school=1,
    gaps={"informatie_rechten": "absent", "doelen": "ph:nog aanvullen", "afwijkingen_onderwijsprogramma": "nvt_contra"},
    note="question headings; goals 'nog aanvullen'; deviations 'n.v.t.' while the plan elsewhere says Engels is replaced by practical lessons and own learning line")
doc(id="sbo-05", type="sbo", layout="H", fmt="txt", arch="sbo_ass", name=("Thijs", "Bolhuis", "m"), date="2026-10-12", school=0,
    gaps={"instemming_ouders": "onder_protest"},
    note="text export; complete except consent signed 'onder protest'")
doc(id="sbo-06", type="sbo", layout="B", fmt="scan", arch="sbo_pro", name=("Evi", "Dekkinga", "v"), date="2025-12-15", school=1,
    gaps={"instemming_ouders": "blank_line", "adviezen_professionals": "ph:..."},
    accept_unclear=["instemming_ouders"],
    note="scan; parent signature line blank (school signed); advice '...'")

# ------------------------------------------------------------------ so
doc(id="so-01", type="so", layout="A", fmt="pdfw", arch="so_tos", name=("Milan", "Brasser", "m"), date="2025-10-27", school=0,
    note="complete so plan incl. CvB advice")
doc(id="so-02", type="so", layout="D", fmt="docx", arch="so_gedrag", name=("Kyan", "Doornbos", "m"), date="2025-11-03", school=2,
    gaps={"adviezen_professionals": "zie_verslag", "instemming_ouders": "partial"},
    note="groeidocument; advice only 'zie verslag CvB'; partial consent (not with one part)")
doc(id="so-03", type="so", layout="G", fmt="pdfd", arch="so_tos", name=("Sanne", "Vrieling", "v"), date="2025-11-17", school=0,
    gaps={"instemming_ouders": "refused"},
    note="letter; parents ticked 'niet akkoord' and signed")
doc(id="so-04", type="so", layout="C", fmt="odt", arch="so_zml", name=("Olivier", "Kamsteeg", "m"), date="2025-09-15", school=1,
    gaps={"vaststelling": "absent", "belemmerende_factoren": "zie_bijlage", "ondersteuningsbehoefte": "generic"},
    note="domain table; belemmerend column 'zie bijlage 2' (no attachment); generic needs sentence")
doc(id="so-05", type="so", layout="E", fmt="txt", arch="so_gedrag", name=("Zoë", "Lindeboom", "v"), date="2024-10-21", school=2,
    note="beknopt, complete, set before 1 Aug 2025")
doc(id="so-06", type="so", layout="H", fmt="pdfw", arch="so_zml", name=("Noah", "Tjalsma", "m"), date="2026-10-05", school=1,
    gaps={"bevorderende_factoren": "guidance", "onderbouwing": "generic", "instemming_ouders": "school_only"},
    note="export; bevorderende = template guidance; generic onderbouwing; only the school signed")
doc(id="so-07", type="so", layout="F", fmt="md", arch="so_tos", name=("Liv", "Abbringh", "v"), date="2026-09-21", school=0,
    note="complete, markdown, question headings")

# ------------------------------------------------------------------ vo
doc(id="vo-01", type="vo", layout="A", fmt="pdfw", arch="vo_ass", name=("Ravi", "Ramsaran", "m"), date="2025-10-13", school=0,
    note="complete; exemption from Duits described")
doc(id="vo-02", type="vo", layout="B", fmt="docx", arch="vo_angst", name=("Iris", "Veenstra", "v"), date="2025-10-06", school=1,
    gaps={"afwijkingen_onderwijsprogramma": "absent", "uitstroombestemming": "ph:n.t.b.", "onderbouwing": "empty", "evaluatie": "nodate", "inbreng_leerling": "view_no_effect"},
    note="two-column table; uitstroom 'n.t.b.', onderbouwing row empty, evaluation without date, pupil view without effect")
doc(id="vo-03", type="vo", layout="C", fmt="pdfd", arch="vo_kader", name=("Daan", "Stellingwerf", "m"), date="2025-10-20", school=2,
    gaps={"instemming_ouders": "avg_only", "informatie_rechten": "absent"},
    note="no OPP consent at all, but a signed AVG/photo consent form; no rights info")
doc(id="vo-04", type="vo", layout="D", fmt="odt", arch="vo_ass", name=("Vera", "Pool", "v"), date="2025-11-10", school=1,
    note="complete groeidocument")
doc(id="vo-05", type="vo", layout="E", fmt="pdfform", arch="vo_kader", name=("Ayoub", "El Idrissi", "m"), date="2026-10-26", school=0,
    note="complete fillable form, consent box ticked, name and date filled")
doc(id="vo-06", type="vo", layout="F", fmt="txt", arch="vo_angst", name=("Lieke", "Haverkamp", "v"), date="2026-10-05", school=2,
    gaps={"ondersteuning": "ph:volgt na overleg", "doelen": "zie_bijlage", "inbreng_leerling": "absent"},
    note="question headings; support 'volgt na overleg'; goals 'zie handelingsplan in bijlage'; no pupil input")
doc(id="vo-07", type="vo", layout="G", fmt="pdfw", arch="vo_kader", name=("Koen", "Wiersma", "m"), date="2024-10-07", school=1,
    gaps={"instemming_ouders": "no_date"},
    note="letter, before 1 Aug 2025; consent signed without date")
doc(id="vo-08", type="vo", layout="H", fmt="docx", arch="vo_ass", name=("Emma", "Luitjes", "v"), date="2026-10-05", school=2,
    gaps={"oogo": "absent", "belemmerende_factoren": "empty", "adviezen_professionals": "nvt"},
    note="export docx; belemmerende heading empty; advice 'n.v.t.' although a psychologist's report is mentioned")
doc(id="vo-09", type="vo", layout="D", fmt="scan", arch="vo_angst", name=("Finn", "Groeneveld", "m"), date="2025-09-29", school=0,
    gaps={"evaluatie": "nodate"}, accept_unclear=["instemming_ouders"],
    note="scan; signed and dated by hand; evaluation without date")
doc(id="vo-10", type="vo", layout="A", fmt="pdfw", arch="vo_kader", name=("Mila", "Dijkema", "v"), date="2024-10-14", revised="2025-10-20", school=2,
    gaps={"inbreng_leerling": "absent"},
    note="set October 2024 but revised 20 October 2025 (after 1 Aug 2025): pupil input now required and absent")

# ------------------------------------------------------------------ pro
doc(id="pro-01", type="pro", layout="I", fmt="pdfw", arch="pro_groen", name=("Bas", "Wouterse", "m"), date="2025-10-06", school=0,
    note="complete pro plan with profile tick boxes")
doc(id="pro-02", type="pro", layout="I", fmt="docx", arch="pro_beschut", name=("Hanna", "Schuitema", "v"), date="2026-11-23", school=1,
    gaps={"uitstroombestemming": "unticked", "onderbouwing": "ph:n.t.b.", "ondersteuning": "other_pupil"},
    note="profile boxes all unticked; onderbouwing n.t.b.; support table pasted from another pupil")
doc(id="pro-03", type="pro", layout="B", fmt="odt", arch="pro_groen", name=("Dylan", "Kromhout", "m"), date="2025-11-03", school=0,
    gaps={"oogo": "nodate", "informatie_rechten": "partial"},
    note="'besproken met ouders' without date; rights text only 'contact opnemen met de mentor'")
doc(id="pro-04", type="pro", layout="H", fmt="txt", arch="pro_beschut", name=("Sophie", "Lagerweij", "v"), date="2026-09-21", school=1,
    note="complete export as text")
doc(id="pro-05", type="pro", layout="E", fmt="pdfd", arch="pro_groen", name=("Tim", "Boschma", "m"), date="2024-12-09", school=1,
    gaps={"evaluatie": "absent", "instemming_ouders": "blank_line"},
    note="beknopt, before 1 Aug 2025; no evaluation; blank parent signature line")
doc(id="pro-06", type="pro", layout="G", fmt="md", arch="pro_beschut", name=("Youssef", "Amrani", "m"), date="2026-10-19", school=0,
    gaps={"doelen": "generic", "afwijkingen_onderwijsprogramma": "absent"},
    note="letter in markdown; generic goal; deviations not mentioned at all although the needs speak of 4-hour days (silence)")

# ------------------------------------------------------------------ vso
doc(id="vso-01", type="vso", layout="I", fmt="pdfw", arch="vso_arbeid", name=("Kevin", "Haaksma", "m"), date="2025-10-13", school=0,
    adult=True, note="pupil 18, meerderjarig en handelingsbekwaam, signs himself; complete")
doc(id="vso-02", type="vso", layout="I", fmt="docx", arch="vso_arbeid", name=("Naomi", "Pietersen", "v"), date="2025-11-10", school=1,
    adult=True, gaps={"instemming_ouders": "wrong_party"},
    note="adult pupil (19) but only the parents signed the consent")
doc(id="vso-03", type="vso", layout="I", fmt="pdfd", arch="vso_dagbesteding", name=("Ruben", "Kloosterman", "m"), date="2025-11-24", school=0,
    adult=True, curatele=True,
    note="pupil 19 under curatele: mother signs as curator; pupil's input required and present; complete")
doc(id="vso-04", type="vso", layout="D", fmt="pdfw", arch="vso_dagbesteding", name=("Anouk", "Terpstra", "v"), date="2026-10-26", school=2,
    adult=True, curatele=True, gaps={"instemming_ouders": "wrong_party", "inbreng_leerling": "absent"},
    note="pupil 18 under curatele; only the pupil signed (curator did not); no pupil input section")
doc(id="vso-05", type="vso", layout="A", fmt="odt", arch="vso_vervolg", name=("Jayden", "Mulder", "m"), date="2025-09-08", school=2,
    note="complete; profile vervolgonderwijs, pupil 16")
doc(id="vso-06", type="vso", layout="C", fmt="pdfw", arch="vso_arbeid", name=("Senna", "de Graaf", "v"), date="2026-10-12", school=1,
    gaps={"evaluatie": "absent", "onderbouwing": "zie_bijlage", "adviezen_professionals": "ph:[advies CvB]", "instemming_ouders": "unticked"},
    note="domain table; onderbouwing 'zie bijlage'; CvB advice '[advies CvB]'; consent boxes unticked")
doc(id="vso-07", type="vso", layout="F", fmt="txt", arch="vso_vervolg", name=("Lucas", "Hofstede", "m"), date="2024-09-30", school=0,
    note="complete, before 1 Aug 2025")
doc(id="vso-08", type="vso", layout="H", fmt="pdfw", arch="vso_dagbesteding", name=("Fleur", "Oosterhuis", "v"), date="2026-10-19", school=1,
    gaps={"ondersteuning": "guidance", "evaluatie": "ph:__-__-____", "vaststelling": "nodate"},
    note="export; support = template guidance; evaluation date blank; vaststelling name without date")
doc(id="vso-09", type="vso", layout="B", fmt="scan", arch="vso_vervolg", name=("Mats", "Bijlsma", "m"), date="2026-09-28", school=2,
    accept_unclear=["instemming_ouders"], note="scan of complete two-column plan, signed by hand")
doc(id="vso-10", type="vso", layout="E", fmt="pdfform", arch="vso_arbeid", name=("Priya", "Jagesar", "v"), date="2025-12-01", school=0,
    gaps={"adviezen_professionals": "absent", "uitstroombestemming": "empty", "belemmerende_factoren": "ph:...", "instemming_ouders": "unticked"},
    note="fillable form; uitstroom field empty; belemmerend '...'; consent box unticked")
doc(id="vso-11", type="vso", layout="G", fmt="docx", arch="vso_vervolg", name=("Sara", "Kuipers", "v"), date="2026-11-09", school=1,
    gaps={"instemming_ouders": "blank_line"},
    note="letter sent for consent: reply slip blank")

# extra complete / thin mixes in same layouts
doc(id="po-12", type="po", layout="H", fmt="pdfw", arch="po_rekenen", name=("Noor", "Bakhuizen", "v"), date="2026-09-28", school=2,
    note="complete system export (same layout as po-08)")
doc(id="vo-11", type="vo", layout="B", fmt="docx", arch="vo_kader", name=("Ties", "Vermeulen", "m"), date="2026-11-02", school=0,
    note="complete two-column table (same layout as vo-02)")
doc(id="so-08", type="so", layout="C", fmt="pdfd", arch="so_gedrag", name=("Mohamed", "Ouali", "m"), date="2026-10-26", school=2,
    gaps={"ondersteuningsbehoefte": "absent", "doelen": "other_pupil", "evaluatie": "ph:n.t.b."},
    note="domain table; goals pasted from another pupil (other name); evaluation 'n.t.b.'")
doc(id="sbo-07", type="sbo", layout="E", fmt="docx_cc", arch="po_adhd", name=("Ravi", "Soekhai", "m"), date="2025-10-27", school=1,
    note="complete beknopt form with content controls filled")
