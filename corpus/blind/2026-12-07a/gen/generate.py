# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-07a. Run: ../../../venv/bin/python generate.py
Fixed seeds, no clock: every date is written in the specs below."""
import os, sys, json, random, shutil, subprocess, tempfile, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES
from content import EL, status_of, PH, nl, D
from layouts import LAYOUTS
from nonopp import NONOPP
import render

FIRST_M = ["Daan", "Milan", "Sem", "Luuk", "Bram", "Thijs", "Jesse", "Ruben", "Mohammed", "Levi", "Noah", "Finn", "Kees", "Youssef", "Stijn", "Mees", "Julian", "Ravi"]
FIRST_V = ["Lotte", "Jasmijn", "Noor", "Sanne", "Fenna", "Yara", "Isa", "Mila", "Esmee", "Sara", "Lieke", "Amira", "Tess", "Roos", "Femke", "Zoë", "Nina", "Hanna"]
LAST = ["de Wit", "Verhoef", "Bakker", "Hofstede", "Kroes", "Yılmaz", "van Dalen", "Brouwer", "Smeets", "Wouters", "Dekker", "Jansma", "El Amrani",
        "Postma", "Veenstra", "Meijering", "van der Laan", "Kok", "Tuinstra", "Bosman", "Hendriks", "Nijland", "Ramdin", "Schouten", "Visser", "Mulder"]
SCHOOLS = {
    "po": [("OBS De Vlinderhof", "Broekhaven", "Pluimgracht 12"), ("CBS Het Kompas", "Lindewijk", "Kerkpad 3"), ("Basisschool De Wilgenhoek", "Oosterbeemd", "Wilgenlaan 40")],
    "sbo": [("SBO De Boomgaard", "Heerveld", "Appelhof 2"), ("SBO De Wissel", "Ruigendal", "Spoorstraat 18")],
    "so": [("SO De Kaap", "Wilgendam", "Duinweg 7"), ("SO Het Baken", "Klaverbeek", "Havenkade 21")],
    "vo": [("Veldmaas College", "Veldmaas", "Beemdweg 100"), ("Christelijk Lyceum Ruigendal", "Ruigendal", "Lyceumplein 1"), ("Het Haarsloot Vmbo", "Haarsloot", "Vaartweg 55")],
    "pro": [("Praktijkschool Klaverbeek", "Klaverbeek", "Ambachtsweg 9"), ("Praktijkcollege Zandhorst", "Zandhorst", "Industrieweg 4")],
    "vso": [("VSO De Steiger", "Haarsloot", "Steigerweg 30"), ("VSO Het Kompasveld", "Veldmaas", "Schoolpad 11")],
}
SWV = {"po": ("Samenwerkingsverband Passend Onderwijs Broekhaven-Lindewijk", "SWV PO Broekhaven-Lindewijk"),
       "sbo": ("Samenwerkingsverband Passend Onderwijs Broekhaven-Lindewijk", "SWV PO Broekhaven-Lindewijk"),
       "so": ("Samenwerkingsverband Passend Onderwijs Wilgendam e.o.", "SWV Wilgendam"),
       "vo": ("Samenwerkingsverband VO Haarsloot – Veldmaas", "SWV VO Haarsloot-Veldmaas"),
       "pro": ("Samenwerkingsverband VO Haarsloot – Veldmaas", "SWV VO Haarsloot-Veldmaas"),
       "vso": ("Samenwerkingsverband VO Haarsloot – Veldmaas", "SWV VO Haarsloot-Veldmaas")}
STAFF = ["M. Kuipers", "H. de Graaf", "A. Lammers", "E. Boschma", "T. Vermeulen", "J. Aydın", "R. Wijnberg", "C. Prins"]
DIRROL = {"po": "directeur", "sbo": "directeur", "so": "directeur", "vo": "teamleider onderbouw", "pro": "directeur", "vso": "locatiedirecteur"}
IBROL = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "orthopedagoog", "vo": "ondersteuningscoördinator", "pro": "zorgcoördinator", "vso": "orthopedagoog"}

class Doc:
    pass

def make_ctx(sp, seed):
    d = Doc()
    r = random.Random(seed)
    d.seed, d.rng = seed, r
    d.id, d.layout, d.fmt, d.st = sp["id"], sp["layout"], sp["fmt"], sp["st"]
    d.blank = sp.get("blank", False)
    d.case = CASES[sp["case"]]
    c = d.case
    d.scan = sp["fmt"] == "scan"
    d.vast = D(sp["vast"])
    d.revised = D(sp["revised"]) if sp.get("revised") else None
    d.pre = d.vast < dt.date(2025, 8, 1) and not (d.revised and d.revised >= dt.date(2025, 8, 1))
    d.adult = bool(c.get("adult")); d.curatele = bool(c.get("curatele"))
    d.inbreng_na = d.pre or d.adult
    d.vn = sp.get("vn") or r.choice(FIRST_M if c["g"] == "m" else FIRST_V)
    d.ln = sp.get("ln") or r.choice(LAST)
    d.fullname = f"{d.vn} {d.ln}"
    parts = d.ln.split(" ")
    d.lastname_sort = f"{parts[-1]}, {d.vn} {' '.join(parts[:-1])}".strip()
    d.birth = d.vast - dt.timedelta(days=365 * c["age"] + r.randint(20, 330))
    d.school, d.place, d.street = SCHOOLS[d.st][seed % len(SCHOOLS[d.st])]
    d.swv, d.swv_short = SWV[d.st]
    d.fmt_year = "2025" if not d.pre else "2023"
    staff = STAFF[:]; r.shuffle(staff)
    d.dir, d.ib = staff[0], staff[1]
    d.dir_rol, d.ib_rol = DIRROL[d.st], IBROL[d.st]
    d.ib_init = d.ib.split(" ")[-1][:4].lower() + str(seed % 10)
    d.partner_name = staff[2].replace("M.", "W.") if True else ""
    d.ph = PH[seed % len(PH)]
    d.oogo = d.vast - dt.timedelta(days=7 + seed % 5)
    d.sign = d.vast + dt.timedelta(days=2 + seed % 4)
    d.eval_days = 95 + (seed * 7) % 40
    y = d.vast.year
    d.schooljaar = f"{y}-{y+1}" if d.vast.month >= 8 else f"{y-1}-{y}"
    d.code = f"{(seed*7919)%900+100}-{chr(65+seed%26)}{chr(65+(seed*3)%26)}{(seed*13)%90+10}"
    mom_ln = sp.get("mom_ln") or (d.ln if sp["fam"] in ("both", "placed", "gezinsvoogd", "curatele", "adult") else r.choice(LAST))
    mom, dad = f"mevr. {r.choice('ABCDEHJKLMNRSTY')}. {mom_ln}", f"dhr. {r.choice('ABCDEGJKMPRTW')}. {d.ln}"
    fam = sp["fam"]
    d.gv, d.carer, d.carer_role, d.curator = "mevr. I. Hamers", "", "", mom
    d.parents_names = f"{mom} en {dad}"
    d.ouders_kort = "ouders"
    d.ouders_aanhef = f"de ouders van {d.vn}"
    lives = r.choice(["moeder", "vader"])
    if fam == "both":
        d.gezag = [("moeder", mom), ("vader", dad)]; d.gezag_txt = "beide ouders (gezamenlijk gezag)"
        d.oogo_who = f"moeder ({mom}), vader ({dad}), {d.ib_rol} ({d.ib}), {d.partner_name} ({c['partner'][1]})"
    elif fam == "sep":
        d.gezag = [("moeder", mom), ("vader", dad)]
        d.gezag_txt = f"ouders gescheiden, beiden gezag; {d.vn} woont {'bij moeder' if lives=='moeder' else 'bij vader'}"
        d.oogo_who = f"moeder ({mom}) en vader ({dad}) in afzonderlijke gesprekken, {d.ib_rol} ({d.ib}), mentor/leerkracht"
        d.ouders_aanhef = f"{mom} en {dad}"
    elif fam == "sole":
        d.gezag = [("moeder", mom)]; d.gezag_txt = f"moeder (eenhoofdig gezag); vader heeft geen gezag en wordt op verzoek geïnformeerd"
        d.oogo_who = f"moeder ({mom}), {d.ib_rol} ({d.ib}), mentor, {d.partner_name} ({c['partner'][1]})"
        d.ouders_kort = "moeder"; d.ouders_aanhef = mom
    elif fam == "voogd":
        vg = "dhr. B. Tamminga" if "gezinshuis" in sp["case"] else "mevr. J. Okafor"
        d.gezag = [("voogd (Jeugdbescherming Noordermeer)", vg)]
        d.carer = "mevr. en dhr. " + r.choice(LAST) if "pleeg" in sp["case"] else "mevr. G. Ter Horst"
        d.carer_role = "pleegouders" if "pleeg" in sp["case"] else "gezinshuisouder"
        d.gezag_txt = f"voogdij: Jeugdbescherming Noordermeer, voogd {vg}; {d.vn} woont bij {d.carer_role} ({d.carer})"
        d.oogo_who = f"voogd ({vg}), {d.carer_role} ({d.carer}), {d.ib_rol} ({d.ib}), {d.partner_name} ({c['partner'][1]})"
        d.ouders_kort = "de voogd en " + d.carer_role; d.ouders_aanhef = f"{vg} (voogd) en {d.carer}"
    elif fam == "gezinsvoogd":
        d.gezag = [("moeder", mom), ("vader", dad)]
        d.gezag_txt = f"ouders (gezag); ondertoezichtstelling, gezinsvoogd {d.gv} (Jeugdbescherming Noordermeer); {d.vn} verblijft op een behandelgroep"
        d.oogo_who = f"moeder, vader, gezinsvoogd ({d.gv}), groepsleider behandelgroep, {d.ib_rol} ({d.ib})"
        d.carer, d.carer_role = "dhr. K. Bruins", "groepsleider"
    elif fam == "placed":
        d.gezag = [("moeder", mom), ("vader", dad)]
        d.gezag_txt = f"ouders (gezag); {d.vn} woont doordeweeks bij {c['partner'][0]}"
        d.carer, d.carer_role = "dhr. K. Bruins", "groepsleider"
        d.oogo_who = f"moeder ({mom}), vader ({dad}), persoonlijk begeleider/groepsleider ({d.carer}), {d.ib_rol} ({d.ib})"
    elif fam == "adult":
        d.gezag = [("leerling (meerderjarig)", d.fullname)]
        d.gezag_txt = f"{d.vn} is meerderjarig en handelingsbekwaam (geen wettelijk vertegenwoordiger)"
        d.oogo_who = f"{d.vn} zelf, op zijn verzoek ook moeder ({mom}), mentor en stagedocent"
        d.ouders_kort = d.vn
    elif fam == "curatele":
        d.gezag = [("curator (moeder)", mom)]
        d.gezag_txt = f"{d.vn} is meerderjarig en staat onder curatele; curator: moeder ({mom})"
        d.oogo_who = f"moeder/curator ({mom}), {d.vn} (deels), {d.ib_rol} ({d.ib}), begeleider zorgboerderij"
        d.ouders_kort = "de curator"; d.ouders_aanhef = f"{mom} (curator)"
    d.oogo_reactie = sp.get("oogo_reactie") or r.choice([
        "Ouders herkennen het beeld. Op hun verzoek is het overleg met de zorgpartner vaker gepland.",
        "De reactie van ouders is verwerkt: zij vroegen om een vaste contactpersoon; dat is de mentor geworden.",
        "Ouders zijn het eens met de uitstroombestemming; zij maken zich zorgen over de opbouw van het rooster en willen tussentijds op de hoogte blijven.",
        "Afgesproken is dat ouders wekelijks een kort bericht ontvangen over hoe het gaat."])
    if fam == "adult":
        d.oogo_reactie = f"{d.vn} is het eens met het profiel en wil de stage uitbreiden."
    # variants
    defaults = {"both": "sig_wg", "sep": "sig_both_sep", "sole": "sig_sole", "voogd": "sig_voogd", "gezinsvoogd": "sig_ots_parents",
                "placed": "sig_wg", "adult": "sig_adult", "curatele": "sig_curator"}
    V = {el: "ok" for el in EL}
    V["afwijkingen_onderwijsprogramma"] = "ok" if c["afwijking"] else "na"
    V["instemming_ouders"] = "sig_drawn" if d.scan else defaults[fam]
    if d.inbreng_na and sp.get("drop_view_if_na"):
        V["inbreng_leerling"] = "omit"
    V.update(sp.get("gaps", {}))
    d.V = V
    d.var = lambda el: V[el]
    if d.blank:
        d.vn = d.fullname = ""; d.gezag = [("ouder/verzorger 1", ""), ("ouder/verzorger 2", "")]
        d.dir = ""; d.gezag_txt = ""
    return d

# ------------------------------------------------------------------ specs
def S(id, layout, fmt, st, case, vast, fam, gaps=None, note="", **kw):
    return dict(id=id, layout=layout, fmt=fmt, st=st, case=case, vast=vast, fam=fam, gaps=gaps or {}, note=note, **kw)

SPECS = [
 # ---- po
 S("po01", "swv-genummerd", "pdf-word", "po", "po_uitbarsting", "2025-11-14", "sep", {}, "complete plan; separated parents with joint custody sign separately on different dates"),
 S("po02", "vraaggestuurd", "txt", "po", "po_angst", "2025-10-03", "both", {"instemming_ouders": "sig_digital"}, "complete plan; consent recorded as a digital signature in the parent portal"),
 S("po03", "domeintabel", "docx", "po", "po_uitbarsting", "2025-03-12", "both", {"bevorderende_factoren": "empty", "evaluatie": "ph", "instemming_ouders": "voor_gezien"},
   "pre-Aug-2025 plan; pupil's view not yet required", drop_view_if_na=True),
 S("po04", "brief-opp", "pdf", "po", "po_angst", "2025-12-01", "both", {"inbreng_leerling": "view_only", "instemming_ouders": "not_returned", "informatie_rechten": "ref"},
   "letter plan; signature sheet given to parents, not returned"),
 S("po05", "oza-zij-aan-zij", "docx", "po", "po_uitbarsting", "2026-02-09", "sep", {"afwijkingen_onderwijsprogramma": "ref", "doelen": "generic", "instemming_ouders": "sep_one_refuses"},
   "school and jeugdteam side by side; separated parents, father refuses"),
 S("po06", "systeem-export", "pdf", "po", "po_angst", "2026-05-20", "both", {"vaststelling": "concept", "onderbouwing": "ref", "instemming_ouders": "sent_digital"},
   "system export marked CONCEPT; consent sent via portal, still open"),
 S("sbo08", "groeidocument", "odt", "sbo", "sbo_pleegzorg", "2025-09-30", "voogd", {}, "complete; foster child, voogd of the GI consents"),
 S("po08", "beknopt-opp", "scan", "po", "po_uitbarsting", "2024-11-05", "both", {"adviezen_professionals": "ref", "oogo": "generic"}, "scan of short form, pre-2025; handwritten signature"),
 # ---- sbo
 S("sbo01", "groeidocument", "pdf-word", "sbo", "sbo_zorgboerderij", "2025-10-10", "both", {}, "complete; OZA with zorgboerderij on Fridays"),
 S("sbo02", "oza-zij-aan-zij", "docx", "sbo", "sbo_zorgboerderij", "2026-09-25", "both", {"ondersteuning": "partial", "evaluatie": "empty", "instemming_ouders": "nodate"},
   "support table without who/how often; evaluation heading empty; signed without date"),
 S("sbo03", "swv-genummerd", "odt", "sbo", "sbo_pleegzorg", "2025-11-20", "voogd", {"instemming_ouders": "carer_only", "afwijkingen_onderwijsprogramma": "omit", "belemmerende_factoren": "instr"},
   "foster parents sign, voogd line blank; deviations section absent; format instruction left in"),
 S("sbo04", "vraaggestuurd", "docx", "sbo", "sbo_pleegzorg", "2024-10-15", "voogd", {"instemming_ouders": "sig_voogd"}, "complete pre-2025 plan; pupil's view included though not yet required"),
 S("sbo05", "beknopt-opp", "pdf-form", "sbo", "sbo_zorgboerderij", "2025-12-12", "both", {"doelen": "ph", "oogo": "planned", "instemming_ouders": "unticked"},
   "fillable PDF form; goals field placeholder; OOGO planned after the setting date; consent boxes unticked"),
 S("sbo06", "systeem-export", "txt", "sbo", "sbo_zorgboerderij", "2025-06-10", "both", {"inbreng_leerling": "omit", "instemming_ouders": "sig_digital"},
   "set June 2025 but revised Oct 2025 without pupil's view", revised="2025-10-20"),
 S("sbo07", "brief-opp", "odt", "sbo", "sbo_pleegzorg", "2026-03-02", "voogd", {}, "complete letter plan; voogd signs the return slip"),
 # ---- so
 S("so01", "oza-zij-aan-zij", "pdf", "so", "so_dagbehandeling", "2025-09-12", "both", {"instemming_ouders": "sig_drawn"}, "complete OZA with dagbehandeling; drawn (image) signatures"),
 S("so02", "domeintabel", "docx", "so", "so_ots_residentieel", "2025-10-28", "gezinsvoogd", {"instemming_ouders": "gezinsvoogd_only", "adviezen_professionals": "cvb_pending"},
   "OTS; only the gezinsvoogd signed, parents (gezag) did not; CvB advice pending"),
 S("so03", "swv-genummerd", "pdf-word", "so", "so_ots_residentieel", "2026-01-16", "gezinsvoogd", {}, "complete; OTS, parents sign, gezinsvoogd 'voor gezien'"),
 S("so04", "groeidocument", "docx", "so", "so_dagbehandeling", "2025-02-14", "both", {"uitstroombestemming": "untick", "ondersteuningsbehoefte": "generic", "instemming_ouders": "onder_protest"},
   "pre-2025; destination options unticked; needs text about every pupil; signed under protest"),
 S("so05", "vraaggestuurd", "odt", "so", "so_dagbehandeling", "2026-06-05", "sole", {"inbreng_leerling": "omit", "informatie_rechten": "omit", "instemming_ouders": "sig_email"},
   "consent by e-mail (mother, sole custody); no pupil's view, no rights paragraph"),
 S("so06", "systeem-export", "pdf", "so", "so_ots_residentieel", "2025-11-03", "placed", {"instemming_ouders": "groepsleider_only", "afwijkingen_onderwijsprogramma": "untick"},
   "placed out of home; group leader signs instead of parents; deviation boxes unticked"),
 S("so07", "beknopt-opp", "scan", "so", "so_dagbehandeling", "2025-10-01", "both", {}, "complete scan; handwritten signatures"),
 S("so08", "brief-opp", "pdf", "so", "sbo_zorgboerderij", "2026-10-12", "both", {"belemmerende_factoren": "omit", "bevorderende_factoren": "omit", "adviezen_professionals": "omit"},
   "letter plan without factors and without advice"),
 # ---- vo
 S("vo01", "swv-genummerd", "pdf-word", "vo", "vo_thuiszitter_havo", "2025-11-24", "sole", {}, "complete; thuiszitter, mother with sole custody signs"),
 S("vo02", "oza-zij-aan-zij", "pdf", "vo", "vo_agressie_vmbo", "2025-10-06", "both", {"instemming_ouders": "sig_stated"}, "complete; consent stated in signed conversation record"),
 S("vo03", "domeintabel", "odt", "vo", "vo_ptss_conflict", "2025-12-08", "sep", {"instemming_ouders": "second_blank"}, "separated parents, both custody; second signature line blank"),
 S("vo04", "vraaggestuurd", "txt", "vo", "vo_agressie_vmbo", "2026-01-12", "both", {"doelen": "ref", "evaluatie": "generic", "instemming_ouders": "school_only"},
   "goals only by reference; generic evaluation; only the school signed"),
 S("vo05", "groeidocument", "pdf-word", "vo", "vo_thuiszitter_havo", "2024-12-09", "sep", {"afwijkingen_onderwijsprogramma": "ph", "instemming_ouders": "partial"},
   "pre-2025; timetable 'volgt na overleg'; partial consent", drop_view_if_na=True),
 S("vo06", "systeem-export", "pdf", "vo", "vo_ptss_conflict", "2026-03-09", "sep", {}, "complete export; both separated parents signed"),
 S("vo07", "brief-opp", "odt", "vo", "vo_thuiszitter_havo", "2026-09-14", "both", {"oogo": "omit", "inbreng_leerling": "view_only", "vaststelling": "nodate", "instemming_ouders": "blank_line"},
   "letter without OOGO, view without effect, setting undated, blank signature line"),
 S("vo08", "beknopt-opp", "docx", "vo", "vo_agressie_vmbo", "2025-09-22", "both", {"onderbouwing": "cc", "bevorderende_factoren": "cc", "evaluatie": "cc", "instemming_ouders": "cc"},
   "Word form with unfilled content controls"),
 S("vo09", "oza-zij-aan-zij", "scan", "vo", "vo_thuiszitter_havo", "2025-11-10", "both", {"uitstroombestemming": "ph", "instemming_ouders": "refused"}, "scan; 'niet akkoord' ticked and signed"),
 # ---- pro
 S("pro01", "oza-zij-aan-zij", "pdf-word", "pro", "pro_zorgboerderij", "2025-10-20", "sole", {}, "complete OZA with zorgboerderij"),
 S("pro02", "groeidocument", "odt", "pro", "pro_gezinshuis", "2025-11-17", "voogd", {"instemming_ouders": "sig_email"}, "complete; voogd consents by e-mail"),
 S("pro03", "swv-genummerd", "docx", "pro", "pro_gezinshuis", "2026-02-02", "voogd", {"instemming_ouders": "carer_only", "doelen": "instr"}, "gezinshuis parent signs, voogd does not; goal instruction left in"),
 S("pro04", "domeintabel", "pdf-word", "pro", "pro_zorgboerderij", "2024-09-30", "both", {"ondersteuning": "generic", "adviezen_professionals": "ref", "instemming_ouders": "sig_tick"},
   "pre-2025; generic support text; advice by reference; consent ticked and signed"),
 S("pro05", "systeem-export", "txt", "pro", "pro_gezinshuis", "2025-12-15", "voogd", {"uitstroombestemming": "ph", "onderbouwing": "empty", "instemming_ouders": "voor_gezien"},
   "destination placeholder, rationale empty, voogd signed 'voor gezien'"),
 S("pro06", "beknopt-opp", "pdf", "pro", "pro_zorgboerderij", "2026-05-11", "both", {"instemming_ouders": "sig_digital"}, "complete short form"),
 S("pro07", "vraaggestuurd", "docx", "pro", "pro_gezinshuis", "2025-10-09", "voogd", {"ondersteuningsbehoefte": "omit", "informatie_rechten": "generic", "inbreng_leerling": "view_only"},
   "no needs section; generic rights sentence; view without effect"),
 # ---- vso
 S("vso01", "vso-perspectief", "docx", "vso", "vso_adult_arbeid", "2025-10-15", "adult", {}, "complete; adult pupil consents himself (Word check box controls)"),
 S("vso02", "vso-perspectief", "pdf-word", "vso", "vso_curatele_dagbesteding", "2025-11-05", "curatele", {}, "complete; pupil under curatele, curator consents"),
 S("vso03", "vso-perspectief", "docx", "vso", "vso_adult_arbeid", "2026-09-30", "adult", {"instemming_ouders": "parents_for_adult"}, "adult pupil; parents signed, pupil's own line blank"),
 S("vso04", "swv-genummerd", "odt", "vso", "vso_thuiszitter_vervolg", "2025-09-08", "both", {}, "complete; former thuiszitter on a build-up timetable"),
 S("vso05", "oza-zij-aan-zij", "docx", "vso", "vso_thuiszitter_vervolg", "2026-01-19", "both", {"afwijkingen_onderwijsprogramma": "ref", "adviezen_professionals": "cvb_pending", "instemming_ouders": "sig_digital"},
   "timetable only by reference; CvB advice pending"),
 S("vso06", "groeidocument", "pdf", "vso", "vso_wlz_residentieel", "2025-10-27", "placed", {}, "complete; pupil lives in a Wlz home, parents sign"),
 S("vso07", "vso-perspectief", "scan", "vso", "vso_wlz_residentieel", "2024-11-11", "placed", {"evaluatie": "ph"}, "scan, pre-2025; evaluation placeholder"),
 S("vso08", "systeem-export", "pdf", "vso", "vso_curatele_dagbesteding", "2026-04-13", "curatele", {"instemming_ouders": "pupil_despite_curatele"}, "pupil under curatele signed herself, curator did not"),
 S("vso09", "brief-opp", "pdf", "vso", "vso_adult_arbeid", "2025-06-02", "adult", {"instemming_ouders": "sig_adult"}, "complete letter to adult pupil, pre-2025"),
 # ---- extra, to widen the set
 S("vso10", "vso-perspectief", "pdf-word", "vso", "vso_thuiszitter_vervolg", "2026-11-02", "sep", {"instemming_ouders": "avg_only", "inbreng_leerling": "view_only"},
   "AVG consent signed, no OPP consent; view without effect"),
 S("po09", "systeem-export", "txt", "po", "po_uitbarsting", "2026-10-05", "sole", {}, "complete plain-text export"),
 S("so09", "groeidocument", "pdf", "so", "so_ots_residentieel", "2026-03-23", "gezinsvoogd", {"oogo": "ph", "vaststelling": "omit", "inbreng_leerling": "instr"},
   "OOGO placeholder; no setting; instruction instead of pupil's view"),
 S("pro08", "vraaggestuurd", "pdf-word", "pro", "pro_zorgboerderij", "2025-08-28", "both", {"instemming_ouders": "sig_stated"}, "complete; consent stated in signed record"),
]

BLANKS = [
 dict(id="blank01", layout="swv-genummerd", fmt="docx", st="po", case="po_uitbarsting", vast="2025-09-01", fam="both", blank=True,
      gaps={**{el: "empty" for el in EL}, "afwijkingen_onderwijsprogramma": "untick", "instemming_ouders": "blank_line", "vaststelling": "nodate"},
      note="blank SWV format: all headings, nothing filled"),
 dict(id="blank02", layout="beknopt-opp", fmt="pdf-form", st="sbo", case="sbo_zorgboerderij", vast="2025-09-01", fam="both", blank=True,
      gaps={**{el: "empty" for el in EL}, "instemming_ouders": "blank_line", "vaststelling": "nodate", "informatie_rechten": "omit"},
      note="blank fillable form; no rights paragraph in the form"),
 dict(id="blank03", layout="groeidocument", fmt="odt", st="vo", case="vo_agressie_vmbo", vast="2025-09-01", fam="both", blank=True,
      gaps={**{el: "instr" for el in EL}, "afwijkingen_onderwijsprogramma": "untick", "instemming_ouders": "blank_line", "vaststelling": "nodate"},
      note="blank groeidocument with the format's instructions in every section"),
]
NON = [("x01", "verzuimmelding", "pdf", "vo"), ("x02", "thuiszitterstafel-verslag", "docx", "none"), ("x03", "brief-aangepast-rooster", "odt", "po"),
       ("x04", "ouderfolder", "pdf", "none"), ("x05", "nieuwsbrief", "txt", "sbo"), ("x06", "vrijstellingsbesluit", "pdf-word", "none"),
       ("x07", "mdo-verslag", "scan", "so"), ("x08", "avg-toestemming", "docx", "po")]

FMT_LABEL = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt"}
EXT = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt"}

def emit(blocks, meta, fmt, name, seed, tmp, out_docs, to_convert):
    path = os.path.join(out_docs, name + "." + EXT[fmt])
    if fmt == "txt": render.to_txt(blocks, meta, path)
    elif fmt == "docx": render.to_docx(blocks, meta, path, seed, tmp)
    elif fmt == "odt": render.to_odt(blocks, meta, path)
    elif fmt == "pdf": render.to_pdf(blocks, meta, path, seed, tmp)
    elif fmt == "pdf-form": render.to_pdf_form(blocks, meta, path, seed)
    elif fmt == "pdf-word":
        src = os.path.join(tmp, "word", name + ".docx"); os.makedirs(os.path.dirname(src), exist_ok=True)
        render.to_docx(blocks, meta, src, seed, tmp); to_convert.append(src)
    elif fmt == "scan":
        src = os.path.join(tmp, name + "_src.pdf")
        render.to_pdf(blocks, meta, src, seed, tmp, font_size=10)
        render.to_scan(src, path, seed, tmp)
    return "docs/" + name + "." + EXT[fmt]

def main():
    out_docs = os.path.join(HERE, "docs")
    shutil.rmtree(out_docs, ignore_errors=True); os.makedirs(out_docs)
    tmp = tempfile.mkdtemp(prefix="blind48_")
    to_convert, labels = [], []
    for i, sp in enumerate(SPECS + BLANKS):
        seed = 4800 + i * 17
        d = make_ctx(sp, seed)
        blocks, meta = LAYOUTS[sp["layout"]](d)
        name = f"{sp['id']}-{sp['layout']}"
        f = emit(blocks, meta, sp["fmt"], name, seed, tmp, out_docs, to_convert)
        el = {e: status_of(d, e) for e in EL}
        acc = []
        if sp["fmt"] == "scan" or d.V["instemming_ouders"] == "sig_drawn":
            acc.append("instemming_ouders")
        if sp["fmt"] == "scan":
            for e in EL:
                if d.V[e] == "untick" and e not in acc: acc.append(e)
            if sp["layout"] == "vso-perspectief": acc.append("uitstroombestemming")
        gaps = ", ".join(f"{k}={v}" for k, v in sp["gaps"].items()) if not sp.get("blank") else "all sections empty/instructions"
        who = {"both": "parents together", "sep": "separated parents, joint custody", "sole": "mother sole custody", "voogd": "voogd (GI)",
               "gezinsvoogd": "OTS with gezinsvoogd, parents have custody", "placed": "placed out of home, parents have custody",
               "adult": "adult pupil (handelingsbekwaam)", "curatele": "adult pupil under curatele"}[sp["fam"]]
        note = f"{sp['layout']} / {sp['fmt']}; plan set {sp['vast']}" + (f", revised {sp['revised']}" if sp.get("revised") else "") + \
               f"; {who}; {sp['note']}" + (f"; gaps: {gaps}" if gaps else "; no gaps")
        if sp.get("blank"):
            note = f"{sp['layout']} / {sp['fmt']}; BLANK FORMAT; {sp['note']}"
        labels.append(dict(file=f, format=FMT_LABEL[sp["fmt"]], layout=sp["layout"], school_type=sp["st"], scanned=sp["fmt"] == "scan",
                           elements=el, accept_unclear=acc, notes=note))
    for j, (id_, kind, fmt, st) in enumerate(NON):
        seed = 9100 + j * 13
        blocks, meta = NONOPP[kind](None)
        name = f"{id_}-{kind}"
        f = emit(blocks, meta, fmt, name, seed, tmp, out_docs, to_convert)
        labels.append(dict(file=f, format=FMT_LABEL[fmt], layout=kind, school_type=st, scanned=fmt == "scan",
                           elements={e: "missing" for e in EL}, accept_unclear=[],
                           notes=f"{kind} / {fmt}; NOT an OPP (document around a plan); every element missing"))
    if to_convert:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out_docs] + to_convert, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for l in labels:
        assert os.path.exists(os.path.join(HERE, l["file"])), l["file"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": labels}, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)
    print(len(labels), "documents")

if __name__ == "__main__":
    main()
