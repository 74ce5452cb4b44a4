"""The case model: one entry per document. Labels are derived from these states (labels.py), never from text."""
import datetime as dt
D = dt.date

FIRST = [("Sanne", "v"), ("Daan", "m"), ("Noor", "v"), ("Milan", "m"), ("Lotte", "v"), ("Jesse", "m"), ("Fleur", "v"),
         ("Thijs", "m"), ("Yara", "v"), ("Bram", "m"), ("Isa", "v"), ("Luuk", "m"), ("Mila", "v"), ("Sem", "m"),
         ("Roos", "v"), ("Finn", "m"), ("Evi", "v"), ("Jayden", "m"), ("Lina", "v"), ("Kaj", "m"), ("Nova", "v"),
         ("Stijn", "m"), ("Zoë", "v"), ("Ravi", "m"), ("Amira", "v"), ("Tygo", "m"), ("Femke", "v"), ("Mees", "m"),
         ("Jasmijn", "v"), ("Ilias", "m"), ("Liv", "v"), ("Guus", "m"), ("Hiba", "v"), ("Olivier", "m"), ("Saar", "v"),
         ("Ruben", "m"), ("Elin", "v"), ("Wessel", "m"), ("Maud", "v"), ("Dex", "m"), ("Anouk", "v"), ("Cas", "m"),
         ("Puck", "v"), ("Jurre", "m")]
LAST = ["Brinkhorst", "Veldkamp-Ooms", "Terwee", "Hazenberg", "Oudenrijn", "Kalverda", "Stroeve", "Bakkenes", "Maasdijk",
        "Wolters-Eik", "Nijenkamp", "Rozeboom", "Spijkerman", "Tjallema", "Verhaar", "Draaisma", "Elzinga", "Hofstede",
        "Lindeboom", "Piersma", "Jongerius", "Amrani", "Kuipers-Daal", "Groenhof", "Zwartsenberg", "Boukema", "Riedstra",
        "Vos-Hanegraaf", "Doornbos", "El Idrissi", "Wiersinga", "Molenkamp", "Haddou", "Schuurhuis", "Tenkink", "Aalderink",
        "Bijlsma", "Overdijk", "Kramer-Tol", "Steenhuis", "Heijboer", "Nauta", "Reinders", "Scholtens"]
MOTHERS = ["Karin", "Samira", "Ellen", "Marieke", "Joyce", "Petra", "Aylin", "Miranda", "Sandra", "Linda"]
FATHERS = ["Erik", "Mohamed", "Jeroen", "Ronald", "Bas", "Patrick", "Hakan", "Dennis", "Arjen", "Martijn"]
SCHOOLS = {
    "po": [("obs De Wilgenkamp", "Haverdijk"), ("cbs Het Zaaikorrel", "Lemmerveen"), ("ikc De Tuimelaar", "Brakelaar")],
    "sbo": [("sbo De Kompasroos", "Lemmerveen"), ("sbo Het Palet-Oost", "Veldhove")],
    "so": [("so De Linde", "Rijsterburg"), ("so Het Anker-Zuid", "Kuinrede")],
    "vo": [("Baken College", "Oostwaard"), ("Dalmer Lyceum", "Dalmerwolde")],
    "pro": [("Praktijkschool De Werf", "Kuinrede"), ("Praktijkcollege Veldhove", "Veldhove")],
    "vso": [("vso De Linde", "Rijsterburg"), ("vso Het Anker-Zuid", "Kuinrede")],
}
SWV = {"po": "SWV Passend Leren Dalmerland", "sbo": "SWV Passend Leren Dalmerland", "so": "SWV Passend Leren Dalmerland",
       "vo": "SWV VO Kuinstreek", "pro": "SWV VO Kuinstreek", "vso": "SWV VO Kuinstreek"}
KLAS = {"po": "groep 6", "sbo": "groep 7 (De Vliegers)", "so": "groep Oranje (bovenbouw)", "vo": "klas 2 vmbo-kb",
        "pro": "2", "vso": "arbeidstraining 3"}
AGE = {"po": 10, "sbo": 11, "so": 9, "vo": 13, "pro": 14, "vso": 16}
DEST = {
    "po": ["vmbo-kader met lwoo", "vmbo-tl (gemengde/theoretische leerweg)", "havo", "vmbo basisberoepsgerichte leerweg"],
    "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs", "vmbo-kader"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (richting vmbo-tl)", "terugplaatsing naar het sbo, daarna vmbo-basis", "regulier vo: vmbo-gt met ondersteuning"],
    "vo": ["havo-diploma, daarna hbo", "mbo niveau 3 (Zorg en welzijn)", "mbo niveau 2 (Logistiek)"],
    "pro": ["arbeidsmarkt: betaald werk in de groenvoorziening met branchecertificaat",
            "mbo Entree-opleiding, daarna werk in de logistiek"],
}
PDEST = {("po", "dys"): "vmbo-tl (gemengde/theoretische leerweg)", ("po", "lvb"): "praktijkonderwijs",
         ("po", "tos"): "vmbo-kader met lwoo", ("po", "gedrag"): "vmbo-kader", ("po", "ass"): "havo",
         ("sbo", "lvb"): "praktijkonderwijs", ("sbo", "dys"): "vmbo basisberoepsgerichte leerweg met lwoo",
         ("sbo", "tos"): "vmbo-kader met lwoo", ("sbo", "gedrag"): "vmbo basis/kader met lwoo", ("sbo", "ass"): "vmbo-tl",
         ("so", "ass"): "vso, uitstroomprofiel vervolgonderwijs (richting havo)", ("so", "tos"): "terugplaatsing naar het sbo, daarna vmbo-kader",
         ("so", "gedrag"): "regulier vo: vmbo-gt met ondersteuning",
         ("vo", "ass"): "havo-diploma, daarna hbo", ("vo", "dys"): "mbo niveau 3 (Zorg en welzijn)", ("vo", "gedrag"): "mbo niveau 2 (Logistiek)"}
VSODEST = {"vervolgonderwijs": "mbo niveau 2 Dienstverlening (ROC Kuinstreek)",
           "arbeid": "werk in de facilitaire dienst of schoonmaak, met loonkostensubsidie en jobcoach",
           "dagbesteding": "arbeidsmatige dagbesteding op zorgboerderij De Hooiberg"}

_specs = []


def C(id, layout, fmt, st, profile, plan, revised=None, dest=None, **kw):
    _specs.append(dict(id=id, layout=layout, fmt=fmt, st=st, profile=profile, plan=plan, revised=revised, dest=dest, kw=kw))


# ---- complete plans ------------------------------------------------------------------------------
C("c01", "lvs_export", "pdf", "po", "dys", D(2025, 10, 14), afw="none", note="complete")
C("c02", "swv_table", "docx", "sbo", "lvb", D(2025, 11, 3), afw="ok", note="complete")
C("c03", "groeidocument", "pdf-lo", "po", "tos", D(2026, 2, 9), afw="ok", note="complete")
C("c04", "beknopt", "pdf", "vo", "dys", D(2025, 9, 29), afw="none", note="complete")
C("c05", "brief", "docx", "po", "gedrag", D(2025, 10, 20), afw="ok", note="complete")
C("c06", "vso_profiel", "pdf-lo", "vso", "werk", D(2025, 11, 17), vsoprof="arbeid", afw="ok", note="complete")
C("c07", "pro_iop", "md", "pro", "werk", D(2026, 3, 2), afw="ok", note="complete")
C("c08", "swv_table", "pdf-lo", "so", "ass", D(2024, 11, 12), afw="ok", inbreng="absent",
  note="complete; set before 1 Aug 2025 and not revised, so no pupil section (inbreng not_applicable)")
C("c09", "vso_profiel", "docx", "vso", "ass", D(2025, 12, 8), vsoprof="vervolgonderwijs", adult=True, consent="signed_adult",
  inbreng="absent", afw="none", note="complete; adult pupil (19), handelingsbekwaam, consents himself; no separate pupil-view section (not_applicable)")
C("c10", "groeidocument", "docx", "sbo", "ass", D(2025, 3, 10), revised=D(2025, 10, 6), afw="ok",
  note="complete; set before, revised after 1 Aug 2025, pupil view with what it changed present")
C("c11", "lvs_export", "txt", "vo", "ass", D(2026, 1, 19), consent="stated", afw="none",
  note="complete; consent stated as given via parent portal with date")
C("c12", "beknopt", "pdf-form", "po", "lvb", D(2025, 6, 2), afw="ok", inbreng="absent",
  note="complete; fillable form, values in AcroForm fields; set before 1 Aug 2025")
C("c36", "vso_profiel", "pdf-lo", "vso", "werk", D(2026, 1, 26), vsoprof="arbeid", curatele=True, consent="signed_curator",
  afw="ok", note="complete; pupil 19 under curatele: curator (mother) consents, pupil signs for seen; pupil's view present")
# ---- plans with gaps ------------------------------------------------------------------------------
C("c13", "lvs_export", "pdf", "sbo", "gedrag", D(2025, 11, 24), afw="ok", ondersteuningsbehoefte="empty", doelen="placeholder",
  consent="no_date", informatie_rechten="absent")
C("c14", "lvs_export", "pdf", "so", "tos", D(2025, 2, 17), afw="none", uitstroombestemming="placeholder", adviezen_professionals="see",
  evaluatie="absent", inbreng="absent", consent="school_only")
C("c15", "lvs_export", "pdf", "pro", "lvb", D(2025, 10, 6), dest="praktijkonderwijs: uitstroom naar werk in de detailhandel (vakkenvuller/orderpicker)",
  afw="absent", onderbouwing="see", bevorderende_factoren="absent", inbreng="view_only", vaststelling="no_date")
C("c16", "lvs_export", "txt", "po", "lvb", D(2026, 5, 11), afw="none", belemmerende_factoren="instructions", oogo="placeholder",
  consent="blank_line", inbreng="absent")
C("c17", "swv_table", "docx", "po", "dys", D(2025, 9, 15), afw="none", bevorderende_factoren="empty", ondersteuning="see",
  consent="voor_gezien", informatie_rechten="partial")
C("c18", "swv_table", "pdf-lo", "vo", "gedrag", D(2026, 1, 12), afw="ok", consent="partial_consent", doelen="instructions",
  evaluatie="placeholder")
C("c19", "swv_table", "odt", "so", "gedrag", D(2025, 10, 27), afw="ok", adviezen_professionals="absent", inbreng="placeholder",
  uitstroombestemming="instructions", vaststelling="absent")
C("c20", "swv_table", "pdf-lo", "vso", "gedrag", D(2026, 9, 21), dest="vso-profiel dagbesteding: activerende dagbesteding", afw="ok",
  consent="avg_only", oogo="absent", informatie_rechten="absent")
C("c21", "swv_table", "docx", "sbo", "tos", D(2024, 9, 30), afw="absent", onderbouwing="empty", ondersteuningsbehoefte="instructions",
  consent="onder_protest", inbreng="absent")
C("c22", "swv_table", "scan", "po", "ass", D(2025, 11, 10), afw="none", doelen="see", evaluatie="instructions")
C("c23", "groeidocument", "pdf-lo", "po", "gedrag", D(2025, 12, 1), afw="ok", consent="refused", adviezen_professionals="see",
  inbreng="view_only")
C("c24", "groeidocument", "pdf-lo", "sbo", "dys", D(2026, 6, 15), afw="none", belemmerende_factoren="placeholder",
  ondersteuning="placeholder", oogo="absent", informatie_rechten="instructions")
C("c25", "groeidocument", "docx", "so", "tos", D(2025, 1, 20), afw="ok", vaststelling="no_date", uitstroombestemming="see",
  evaluatie="see", inbreng="absent", consent="unticked_box")
C("c26", "groeidocument", "scan", "so", "ass", D(2026, 2, 23), afw="ok", onderbouwing="absent", informatie_rechten="absent")
C("c27", "beknopt", "pdf", "sbo", "gedrag", D(2025, 10, 13), afw="ok", inbreng="absent", ondersteuning="absent", doelen="see", adviezen_professionals="absent")
C("c28", "beknopt", "pdf", "po", "tos", D(2026, 4, 7), afw="none", uitstroombestemming="absent", onderbouwing="placeholder",
  consent="blank_line", evaluatie="absent")
C("c29", "beknopt", "pdf-form", "vo", "ass", D(2025, 11, 3), afw="none", bevorderende_factoren="placeholder",
  ondersteuningsbehoefte="see", consent="unticked_box", informatie_rechten="partial")
C("c30", "beknopt", "pdf-form", "so", "gedrag", D(2024, 12, 9), afw="none", adviezen_professionals="empty", oogo="placeholder",
  vaststelling="placeholder", inbreng="absent")
C("c31", "brief", "odt", "sbo", "lvb", D(2025, 9, 22), afw="ok", doelen="absent", ondersteuningsbehoefte="absent", consent="voor_gezien", informatie_rechten="absent")
C("c32", "brief", "txt", "vo", "dys", D(2026, 10, 5), afw="none", letter_leads=False, belemmerende_factoren="absent",
  ondersteuning="see", inbreng="view_only", vaststelling="absent")
C("c33", "brief", "pdf-lo", "po", "ass", D(2025, 5, 19), revised=D(2025, 11, 24), afw="absent", inbreng="absent", consent="no_date")
C("c34", "brief", "pdf-lo", "vo", "gedrag", D(2024, 10, 14), afw="ok", onderbouwing="absent", evaluatie="placeholder",
  adviezen_professionals="see", inbreng="absent")
C("c35", "brief", "scan", "po", "dys", D(2025, 10, 6), afw="none", informatie_rechten="partial")
C("c37", "vso_profiel", "pdf-lo", "vso", "gedrag", D(2025, 11, 3), vsoprof="vervolgonderwijs", afw="none",
  uitstroombestemming="unticked", adviezen_professionals="see", doelen="placeholder")
C("c38", "vso_profiel", "docx", "vso", "ass", D(2026, 3, 16), vsoprof="vervolgonderwijs", afw="ok", consent="onder_protest",
  inbreng="view_only", evaluatie="absent")
C("c39", "vso_profiel", "scan", "vso", "werk", D(2025, 4, 14), vsoprof="dagbesteding", afw="ok", ondersteuning="instructions",
  oogo="placeholder", vaststelling="absent", inbreng="absent")
C("c40", "vso_profiel", "pdf-lo", "vso", "werk", D(2025, 12, 15), vsoprof="arbeid", curatele=True, consent="pupil_only_curatele",
  afw="ok", note="pupil 19 under curatele signs consent himself; curator not involved")
C("c41", "pro_iop", "md", "pro", "lvb", D(2025, 9, 8), afw="absent", uitstroombestemming="placeholder", onderbouwing="instructions",
  consent="school_only")
C("c42", "pro_iop", "docx", "pro", "werk", D(2026, 11, 2), afw="placeholder", belemmerende_factoren="empty",
  adviezen_professionals="absent", evaluatie="placeholder")
C("c43", "pro_iop", "pdf-lo", "pro", "werk", D(2024, 6, 10), revised=D(2024, 12, 2), afw="ok", ondersteuningsbehoefte="placeholder",
  doelen="empty", oogo="absent", informatie_rechten="partial", consent="refused", inbreng="absent")
C("c44", "pro_iop", "pdf-lo", "pro", "lvb", D(2025, 10, 20), afw="none", consent="avg_only",
  note="AVG and photo consent signed; no consent for the handelingsdeel")

C("c45", "groeidocument", "odt", "vo", "dys", D(2025, 12, 15), afw="ok", consent="stated",
  note="complete; consent stated as received via parent portal")
C("c46", "beknopt", "pdf-form", "pro", "werk", D(2026, 2, 2), afw="none", adviezen_professionals="see", inbreng="placeholder",
  consent="no_date")
C("c47", "lvs_export", "pdf", "vso", "gedrag", D(2026, 10, 12), dest="vso-profiel arbeidsmarktgericht: werk in de bouw (sloop/asbestvrij), met jobcoach",
  afw="ok", ondersteuningsbehoefte="see", evaluatie="see", informatie_rechten="partial", vaststelling="placeholder")
C("c48", "groeidocument", "pdf-lo", "po", "lvb", D(2026, 9, 14), afw="ok", belemmerende_factoren="absent",
  bevorderende_factoren="see", doelen="absent")
C("c49", "swv_table", "docx", "vo", "ass", D(2025, 10, 13), afw="none", uitstroombestemming="absent", ondersteuning="absent",
  evaluatie="absent", note="SWV format with the uitstroom row, the handelingsdeel band and the evaluation band deleted")
C("c50", "pro_iop", "pdf-lo", "pro", "werk", D(2025, 11, 10), afw="ok", ondersteuningsbehoefte="absent",
  bevorderende_factoren="absent", consent="partial_consent")
C("c51", "brief", "docx", "so", "tos", D(2026, 1, 12), afw="ok", letter_leads=False,
  note="complete; so letter without run-in headings; CvB advice in the text")
C("c52", "vso_profiel", "odt", "vso", "gedrag", D(2026, 5, 18), vsoprof="arbeid", afw="none", doelen="absent",
  informatie_rechten="instructions", consent="blank_line")

ALIAS = {"afw": "afwijkingen_onderwijsprogramma", "consent": "instemming_ouders", "inbreng": "inbreng_leerling"}
NONSTATE = {"note", "vsoprof", "adult", "curatele", "letter_leads"}


def build():
    out = []
    for i, s in enumerate(_specs):
        st = s["st"]
        n, g = FIRST[i % len(FIRST)]
        last = LAST[(i + (i // len(LAST)) * 5) % len(LAST)]
        school, place = SCHOOLS[st][i % len(SCHOOLS[st])]
        kw = dict(s["kw"])
        adult, cur = kw.get("adult", False), kw.get("curatele", False)
        age = 19 if (adult or cur) else AGE[st] + (i % 2)
        p = s["plan"]
        birth = dt.date(p.year - age - 1, (i * 5) % 12 + 1, (i * 7) % 27 + 1)
        if dt.date(p.year - age, birth.month, birth.day) <= p:
            birth = dt.date(p.year - age, birth.month, birth.day)
        states = {ALIAS.get(k, k): v for k, v in kw.items() if k not in NONSTATE}
        if "instemming_ouders" not in states:
            states["instemming_ouders"] = "signed"
        vsoprof = kw.get("vsoprof")
        dest = s["dest"] or (VSODEST[vsoprof] if st == "vso" and vsoprof else PDEST.get((st, s["profile"])) or DEST[st][i % len(DEST[st])])
        mo, fa = MOTHERS[i % 10], FATHERS[(i * 3) % 10]
        c = dict(id=s["id"], layout=s["layout"], fmt=s["fmt"], st=st, profile=s["profile"], plan=p, revised=s["revised"],
                 n=n, g=g, last=last, birth=birth, school=school, place=place, klas=KLAS[st], swv=SWV[st], dest=dest,
                 vsoprof=vsoprof, adult=adult, curatele=cur, letter_leads=kw.get("letter_leads", True),
                 moeder=f"{mo} {LAST[(i + 7) % len(LAST)]}", vadervoornaam=fa,
                 mentor=["mw. J. Hoekstra", "dhr. P. Smeenk", "mw. A. Yilmaz", "dhr. K. de Laat"][i % 4],
                 ib=["Gerda Postma (ib)", "Hans Tuinman (zorgcoördinator)", "Ria Baars (ib)"][i % 3],
                 directeur=["R. Kooistra", "M. Brandsma", "drs. L. Feenstra", "T. Ouwehand"][i % 4],
                 oogo=p - dt.timedelta(days=9 + i % 6), docdate=(s["revised"] or p), states=states,
                 note=kw.get("note", ""))
        if cur:
            c["ouder1"] = f"{mo} {last} (moeder, curator)"
            c["vertegenwoordiger"] = f"curator: moeder, {mo} {last}"
        elif adult:
            c["vertegenwoordiger"] = "geen; leerling is meerderjarig en handelingsbekwaam"
        if s["layout"] == "brief":
            c["aanhef"] = f"mevrouw {c['moeder'].split()[-1]} en meneer {last}"
        out.append(c)
    return out
