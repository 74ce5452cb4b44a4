# -*- coding: utf-8 -*-
"""The documents of the set: who, what layout/format, which gaps. Labels are derived from this."""
import datetime as dt
from content import E, CUTOFF, SCHOOLS

D = dt.date

PUPILS = [
    ("Milan", "Verhoeckx", "m"), ("Noor", "Bakkenes", "f"), ("Sem", "Olthof-Kazemi", "m"), ("Lotte", "van Dommelen", "f"),
    ("Ilias", "Bouzerda", "m"), ("Fenna", "Wijnterp", "f"), ("Daan", "Heerkens", "m"), ("Yara", "Mulderink", "f"),
    ("Jesse", "Kramerus", "m"), ("Sara", "Tjallingii", "f"), ("Luuk", "Bremmers", "m"), ("Amira", "El Khatabi", "f"),
    ("Thijs", "Oudejans", "m"), ("Evi", "Scholtemeijer", "f"), ("Bram", "Wennekes", "m"), ("Zoë", "Haverkort", "f"),
    ("Ruben", "Lammertink", "m"), ("Julia", "Vennegoor", "f"), ("Mees", "Draaisma", "m"), ("Lina", "Pijnappel", "f"),
    ("Stijn", "Groeneveld", "m"), ("Hanna", "Akkerhuis", "f"), ("Kevin", "Zwartjes", "m"), ("Demi", "Roodbeen", "f"),
    ("Nathan", "Eilander", "m"), ("Sophie", "Brinkhorst", "f"), ("Jayden", "Vlottes", "m"), ("Iris", "Klomps", "f"),
    ("Finn", "Harmelink", "m"), ("Mila", "Steggink", "f"), ("Tim", "Koopmanschap", "m"), ("Elif", "Yıldırım", "f"),
    ("Lars", "Brouwersma", "m"), ("Roos", "Timmermeister", "f"), ("Gijs", "Paardekooper", "m"), ("Anouk", "Veldwachter", "f"),
    ("Owen", "Stroeve", "m"), ("Fleur", "Dekkinga", "f"), ("Mohammed", "Azzouzi", "m"), ("Nina", "Bolhuijs", "f"),
    ("Julian", "Ravensbergen", "m"), ("Lieke", "Hondebrink", "f"), ("Ties", "Wolterink", "m"), ("Maud", "Spekschoor", "f"),
    ("Koen", "Berendsen-Lip", "m"), ("Jasmijn", "Ottevanger", "f"), ("Dylan", "Smeulders", "m"), ("Floor", "IJzerman", "f"), ("Rayan", "Benali", "m"),
]
PARENTS_F = ["A. Verhoeckx-Smit", "M. Bakkenes", "S. Kazemi", "J. van Dommelen-Ruis", "F. Bouzerda", "K. Wijnterp"]
DIRECTORS = ["mevr. drs. E. Kloosterboer", "dhr. W. Hamstra", "mevr. G. Oosterling", "dhr. P. Nijenhuis", "mevr. T. Brandsma", "dhr. J. Vermeulen-Aarts"]


class Doc:
    def __init__(self, id, layout, fmt, st, date, n, consent="present", cstyle=None, ov=None, afw="present",
                 age=None, adult=False, curatele=False, profile="arbeid", revised=None, notes="", kind="opp",
                 oogo_in=None):
        self.id, self.layout, self.fmt, self.st, self.date = id, layout, fmt, st, date
        self.consent, self.cstyle = consent, cstyle
        self.ov = dict(ov or {})
        self.afw = afw
        self.adult, self.curatele, self.profile, self.revised = adult, curatele, profile, revised
        self.notes, self.kind = notes, kind
        vn, an, g = PUPILS[n % len(PUPILS)]
        self.p = {"vn": vn, "an": an, "naam": f"{vn} {an}", "hij": "hij" if g == "m" else "zij",
                  "zijn": "zijn" if g == "m" else "haar", "hem": "hem" if g == "m" else "haar", "g": g}
        defage = {"po": 10, "sbo": 11, "so": 10, "vo": 14, "pro": 15, "vso": 16}
        self.age = age or defage.get(st, 12)
        by = date.year - self.age - (1 if date.month < 6 else 0)
        self.p["geb"] = D(by, 1 + (n * 5) % 12, 1 + (n * 7) % 27)
        self.mother = f"mevr. {PARENTS_F[n % 6].split(' ',1)[0]} {an}"
        self.father = f"dhr. {'HJRLPT'[n % 6]}. {an}"
        self.director = DIRECTORS[n % len(DIRECTORS)]
        self.oogo_date = date - dt.timedelta(days=9)
        self.n = n
        # adult_party: pupil is 18+, handelingsbekwaam, so he is the party himself
        self.adult_party = adult and not curatele
        self.curator = f"mevr. {PARENTS_F[n % 6].split(' ',1)[0]} {an} (moeder, curator)"
        self.scanned = fmt == "scan"

    def parent_desc(self):
        if self.adult_party:
            return f"{self.p['vn']} zelf (meerderjarig) en, op {self.p['zijn']} verzoek, {self.p['zijn']} moeder"
        if self.curatele:
            return f"{self.p['vn']} en {self.p['zijn']} moeder en curator, {self.mother}"
        return f"moeder ({self.mother}) en vader ({self.father})"

    def status(self, el):
        if self.kind != "opp":
            return None
        if el == "instemming_ouders":
            if self.consent in ("present",):
                return "present"
            if self.consent in ("missing", "other_only"):
                return "missing"
            return "incomplete"
        if el in self.ov:
            v = self.ov[el]
            if v == "missing":
                return "missing"
            if v == "na":
                return "not_applicable"
            if v == "present":
                return "present"
            return "incomplete"
        if el == "afwijkingen_onderwijsprogramma":
            return {"present": "present", "na": "not_applicable", "missing": "missing"}[self.afw]
        if el == "inbreng_leerling":
            last = self.revised or self.date
            if last < CUTOFF or self.adult_party:
                return "not_applicable"
        return "present"

    def show(self, el):
        """How to render an element: ('present', None) | ('gap', variant) | ('missing', None) | ('na', None)."""
        if el == "afwijkingen_onderwijsprogramma" and el not in self.ov:
            return {"present": ("present", None), "na": ("na", None), "missing": ("missing", None)}[self.afw]
        if el == "inbreng_leerling" and el not in self.ov:
            if self.status(el) == "not_applicable":
                return ("missing", None)  # old plans / adult party: no pupil section unless asked for
        v = self.ov.get(el)
        if v is None or v == "present":
            return ("present", None)
        if v == "missing":
            return ("missing", None)
        if v == "na":
            return ("present", None)  # rendered present but labelled n/a (e.g. pupil view in an old plan)
        return ("gap", v)


def build():
    docs = []
    A = docs.append
    # ---- L1 swv-groeidocument
    A(Doc("g01-po-groeidocument", "swv-groeidocument", "docx", "po", D(2025, 10, 14), 0, cstyle="sigtable",
          notes="complete plan; docx with tables; signature table filled by both parents with dates"))
    A(Doc("g02-sbo-groeidocument", "swv-groeidocument", "pdf-word", "sbo", D(2025, 11, 4), 1, consent="voor_gezien", cstyle="sigtable",
          ov={"ondersteuning": "instr"}, notes="handelingsdeel table holds only the template instruction; parents signed 'voor gezien'"))
    A(Doc("g03-po-groeidocument-2024", "swv-groeidocument", "odt", "po", D(2024, 11, 19), 2, cstyle="sigtable", afw="na",
          ov={"evaluatie": "ph"}, notes="plan from before 1-8-2025 (pupil view n/a); 'geen afwijkingen'; evaluation placeholder"))
    A(Doc("g04-so-groeidocument-cc", "swv-groeidocument", "docx", "so", D(2025, 9, 30), 3, consent="unticked", cstyle="sdtcheck",
          ov={"adviezen_professionals": "ref"}, notes="docx content controls; consent checkbox content controls left unticked; advice only 'zie verslag'"))
    A(Doc("g05-po-groeidocument-scan", "swv-groeidocument", "scan", "po", D(2025, 9, 23), 4, cstyle="sigtable",
          notes="scan of complete plan, handwritten signatures"))
    A(Doc("g06-vo-groeidocument", "swv-groeidocument", "pdf-word", "vo", D(2026, 1, 20), 5, cstyle="sigtable",
          ov={"belemmerende_factoren": "empty", "inbreng_leerling": "noeffect"},
          notes="belemmerende factoren heading/table empty; pupil view without what it changed"))
    # ---- L2 vso-profiel
    A(Doc("v01-vso-adult-profiel", "vso-profiel", "pdf", "vso", D(2025, 10, 8), 6, cstyle="pupil18", age=18, adult=True, profile="arbeid",
          notes="adult pupil (18, handelingsbekwaam) signs himself; pupil view n/a (he is the party)"))
    A(Doc("v02-vso-curatele", "vso-profiel", "docx", "vso", D(2025, 11, 12), 7, consent="pupil_only_curatele", cstyle="pupil18", age=19,
          adult=True, curatele=True, profile="dagbesteding",
          notes="pupil 19 under curatele signed the consent himself; curator did not sign -> incomplete"))
    A(Doc("v03-vso-2025-protest", "vso-profiel", "pdf-word", "vso", D(2025, 3, 18), 8, consent="onder_protest", cstyle="sigtable",
          profile="dagbesteding", ov={"evaluatie": "ph"}, notes="plan before 1-8-2025; parents signed 'onder protest'; evaluation placeholder"))
    A(Doc("v04-vso-form", "vso-profiel", "pdf-form", "vso", D(2025, 12, 2), 9, cstyle="formfield", profile="vervolg",
          ov={"uitstroombestemming": "unticked", "doelen": "ph"},
          notes="fillable PDF; profile tick boxes all unticked; goals field placeholder"))
    A(Doc("v05-vso-vervolg", "vso-profiel", "docx", "vso", D(2026, 2, 10), 10, cstyle="tickbox", profile="vervolg",
          notes="complete; consent by tick box + name + date"))
    A(Doc("v06-vso-curatele-scan", "vso-profiel", "scan", "vso", D(2025, 10, 21), 11, cstyle="curator", age=20, adult=True, curatele=True,
          profile="arbeid", notes="scan; pupil 20 under curatele, curator (mother) signs; pupil view present"))
    # ---- L3 pro-iop
    A(Doc("p01-pro-iop", "pro-iop", "docx", "pro", D(2025, 10, 1), 12, cstyle="sigtable",
          notes="complete IOP with OPP chapter"))
    A(Doc("p02-pro-iop", "pro-iop", "odt", "pro", D(2025, 11, 18), 13, consent="school_only", cstyle="sigtable",
          ov={"onderbouwing": "ph:volgt na overleg met de stagecoördinator", "vaststelling": "nodate"}, notes="only school signed; onderbouwing placeholder; vaststelling without date"))
    A(Doc("p03-pro-iop-2024", "pro-iop", "pdf-word", "pro", D(2024, 9, 24), 14, cstyle="sigtable",
          ov={"informatie_rechten": "missing", "oogo": "oogo_blank"}, notes="before 1-8-2025; no rights info; OOGO line not filled"))
    A(Doc("p04-pro-iop-txt", "pro-iop", "txt", "pro", D(2026, 1, 13), 15, cstyle="sigtable", afw="missing",
          ov={"evaluatie": "internal"}, notes="plain text; silent on deviations; evaluation only in school team"))
    A(Doc("p05-pro-iop-nodate", "pro-iop", "pdf", "pro", D(2025, 9, 16), 16, consent="no_date", cstyle="sigtable",
          notes="parent signature without date"))
    # ---- L4 system export
    A(Doc("s01-po-export", "lvs-export", "pdf", "po", D(2025, 10, 22), 17, cstyle="portal",
          notes="system export with footers; consent given digitally in ouderportaal with name+timestamp"))
    A(Doc("s02-sbo-export", "lvs-export", "pdf", "sbo", D(2025, 11, 25), 18, consent="pending", cstyle="portal",
          ov={"bevorderende_factoren": "missing"}, notes="consent status 'in afwachting'; no bevorderende factoren"))
    A(Doc("s03-vo-export-txt", "lvs-export", "txt", "vo", D(2025, 12, 9), 19, cstyle="portal",
          ov={"adviezen_professionals": "missing", "vaststelling": "nodate"}, notes="text export; no advice; vaststelling without date"))
    A(Doc("s04-so-export-md", "lvs-export", "md", "so", D(2025, 4, 15), 20, consent="other_only", cstyle="portal",
          notes="before 1-8-2025; only AVG/photo consents recorded, no OPP consent"))
    A(Doc("s05-po-export-docx", "lvs-export", "docx", "po", D(2026, 1, 27), 21, cstyle="portal",
          ov={"ondersteuningsbehoefte": "ph:[tekst]", "evaluatie": "missing", "uitstroombestemming": "ph:n.t.b."}, notes="placeholders [tekst] and n.t.b.; no evaluation"))
    A(Doc("s06-vso-export-curatele", "lvs-export", "pdf", "vso", D(2025, 9, 9), 22, cstyle="curator", age=19, adult=True, curatele=True,
          profile="dagbesteding", notes="vso pupil 19 under curatele; consent by curator in portal; complete"))
    # ---- L5 beknopt
    A(Doc("b01-po-beknopt", "beknopt", "pdf", "po", D(2025, 10, 7), 23, cstyle="sigtable", afw="na",
          notes="one-page beknopt OPP, complete; 'afwijkingen: geen'"))
    A(Doc("b02-vo-beknopt-form", "beknopt", "pdf-form", "vo", D(2025, 11, 11), 24, consent="unticked", cstyle="formfield",
          ov={"oogo": "empty"}, notes="fillable PDF; OOGO field empty; consent checkbox unticked"))
    A(Doc("b03-sbo-beknopt-form", "beknopt", "pdf-form", "sbo", D(2026, 1, 6), 25, cstyle="formfield",
          notes="fillable PDF fully filled, consent checkbox ticked with name and date fields"))
    A(Doc("b04-po-beknopt-2025", "beknopt", "docx", "po", D(2025, 6, 24), 26, cstyle="tickbox", afw="na",
          ov={"doelen": "missing", "informatie_rechten": "missing", "oogo": "missing"}, notes="before 1-8-2025; no goals, no rights info, no record of the talk with parents"))
    A(Doc("b05-vo-beknopt-scan", "beknopt", "scan", "vo", D(2025, 12, 16), 27, consent="blank_line", cstyle="sigtable",
          notes="scan; signature line for parents left blank"))
    # ---- L6 letter
    A(Doc("l01-po-brief", "brief", "pdf-word", "po", D(2025, 10, 28), 28, cstyle="replyslip",
          notes="letter with reply slip, returned ticked akkoord, signed, dated"))
    A(Doc("l02-sbo-brief", "brief", "docx", "sbo", D(2025, 11, 20), 29, consent="slip_blank", cstyle="replyslip",
          ov={"informatie_rechten": "ref", "doelen": "ref"}, notes="reply slip not filled in; rights only 'zie website'; goals only 'zie bijlage'"))
    A(Doc("l03-vo-brief", "brief", "odt", "vo", D(2026, 1, 15), 30, consent="refused", cstyle="replyslip",
          notes="reply slip ticked 'niet akkoord'"))
    A(Doc("l04-vso-brief-18", "brief", "txt", "vso", D(2025, 10, 3), 31, cstyle="pupil18", age=18, adult=True, profile="arbeid",
          notes="letter to the adult pupil himself; he signs"))
    A(Doc("l05-so-brief-2025", "brief", "pdf-word", "so", D(2025, 5, 13), 32, consent="partial", cstyle="replyslip",
          notes="before 1-8-2025; consent partial (except reduced hours)"))
    # ---- L7 numbered paragraphs
    A(Doc("n01-vo-genummerd", "genummerd", "pdf-word", "vo", D(2025, 10, 16), 33, cstyle="separate",
          notes="complete; consent on separate page"))
    A(Doc("n02-so-genummerd", "genummerd", "docx", "so", D(2025, 9, 25), 34, cstyle="sigtable",
          ov={"onderbouwing": "ref", "doelen": "vague", "ondersteuningsbehoefte": "missing"}, notes="onderbouwing only 'zie bijlage'; goals vague, not checkable; no onderwijsbehoeften"))
    A(Doc("n03-sbo-genummerd-md", "genummerd", "md", "sbo", D(2025, 11, 6), 35, cstyle="separate",
          notes="markdown; complete; consent on separate page"))
    A(Doc("n04-po-genummerd-1aug", "genummerd", "pdf", "po", D(2025, 8, 1), 36, cstyle="sigtable",
          ov={"inbreng_leerling": "missing"}, notes="set on 1-8-2025 exactly: pupil view required but absent"))
    A(Doc("n05-vo-genummerd-herzien", "genummerd", "pdf-word", "vo", D(2025, 2, 11), 37, cstyle="sigtable", revised=D(2025, 10, 7),
          ov={"inbreng_leerling": "missing"}, notes="set Feb 2025, revised Oct 2025: pupil view required, absent"))
    # ---- L8 question headings
    A(Doc("q01-po-vragen", "vragen", "docx", "po", D(2025, 11, 3), 38, cstyle="tickbox",
          notes="question headings; complete"))
    A(Doc("q02-vo-vragen", "vragen", "pdf", "vo", D(2025, 10, 20), 39, consent="other_only", cstyle="tickbox",
          ov={"belemmerende_factoren": "empty", "ondersteuning": "empty", "vaststelling": "missing"},
          notes="questions with nothing under them; only AVG consent ticked, not OPP consent"))
    A(Doc("q03-so-vragen", "vragen", "odt", "so", D(2026, 1, 22), 40, cstyle="sigtable", notes="ODT; complete"))
    # ---- L9 domain table
    A(Doc("d01-sbo-domeinen", "domeintabel", "docx", "sbo", D(2025, 10, 9), 41, cstyle="sigtable", notes="table per domain; complete"))
    A(Doc("d02-po-domeinen", "domeintabel", "pdf-word", "po", D(2025, 11, 27), 42, consent="missing", cstyle="sigtable",
          afw="missing", ov={"bevorderende_factoren": "empty", "adviezen_professionals": "ph:volgt na overleg"}, notes="bevorderend column empty; no consent section at all; silent on deviations; advice placeholder"))
    A(Doc("d03-vso-domeinen-scan", "domeintabel", "scan", "vso", D(2025, 11, 4), 43, cstyle="sigtable", age=17, profile="vervolg",
          notes="scan; complete; minor vso pupil"))
    A(Doc("g07-sbo-groeidocument-md", "swv-groeidocument", "md", "sbo", D(2026, 2, 3), 44, cstyle="sigtable",
          ov={"uitstroombestemming": "instr", "onderbouwing": "empty", "inbreng_leerling": "instr"},
          notes="markdown; destination and pupil view still hold the format's instructions; onderbouwing heading empty"))
    A(Doc("v07-vso-adult-weigert", "vso-profiel", "pdf", "vso", D(2025, 12, 9), 45, consent="refused", cstyle="pupil18", age=18, adult=True,
          profile="arbeid", notes="adult pupil (18) ticks 'niet akkoord' and signs; pupil view n/a"))
    A(Doc("q04-pro-vragen", "vragen", "docx", "pro", D(2025, 9, 18), 46, cstyle="tickbox", notes="praktijkonderwijs, question headings; complete"))
    A(Doc("n06-pro-genummerd-odt", "genummerd", "odt", "pro", D(2025, 10, 30), 47, consent="voor_gezien", cstyle="sigtable",
          ov={"evaluatie": "ph:volgt na overleg", "oogo": "missing"}, notes="ODT; evaluation placeholder; no OOGO record; consent 'voor gezien'"))
    A(Doc("b06-so-beknopt-txt", "beknopt", "txt", "so", D(2025, 1, 21), 48, cstyle="sigtable", afw="na",
          notes="plain text beknopt OPP from before 1-8-2025; complete; 'afwijkingen: geen'"))
    # ---- not OPPs
    A(Doc("x01-folder-ouders", "folder", "pdf", "none", D(2025, 9, 1), 0, kind="leaflet", notes="leaflet for parents: what an OPP is"))
    A(Doc("x02-nieuwsbrief", "nieuwsbrief", "docx", "none", D(2025, 10, 1), 1, kind="newsletter", notes="school newsletter mentioning OPP"))
    A(Doc("x03-leeg-groeidocument", "swv-groeidocument", "docx", "none", D(2025, 8, 1), 2, kind="blank", notes="blank groeidocument format"))
    A(Doc("x04-leeg-beknopt-form", "beknopt", "pdf-form", "none", D(2025, 8, 1), 3, kind="blank", notes="blank fillable beknopt form"))
    return docs
