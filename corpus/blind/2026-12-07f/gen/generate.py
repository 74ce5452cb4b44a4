#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-07f (small po schools, narrative plans).
Run with the venv python:  /work/blind53/venv/bin/python generate.py
Fixed seeds, no clock; all names, schools and places are invented."""
import os, sys, json, random, shutil, subprocess, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import EL, status_of, dlong, dshort, addm
from layouts import LAYOUTS
from nonopp import NONOPP
import render

D = dt.date
AUG25 = D(2025, 8, 1)
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_tmp")

BOYS = ["Sem", "Daan", "Finn", "Milan", "Jesse", "Bram", "Luuk", "Thijs", "Ravi", "Kees", "Stijn", "Tobias", "Mehmet", "Joep", "Wessel", "Niek", "Sil", "Teun", "Ayoub", "Gijs"]
GIRLS = ["Noor", "Lotte", "Sara", "Yara", "Fenna", "Isa", "Mila", "Evi", "Amira", "Jip", "Roos", "Lieke", "Hanna", "Femke", "Zoë", "Nina", "Liv", "Saar", "Elin", "Maud"]
SUR = ["Oosterwold", "Brinkhuis", "Kamerling", "Tjalsma", "van Wezel", "Roggeveen", "Hazeborg", "Sluiter", "Dijkgraaf", "ter Borgh", "Wielinga", "Veltkamp",
       "Noordhoff", "de Kleijn", "Hummelink", "van Asperen", "Zwiers", "Bosgra", "Lammerts", "Ekelschot", "Pruimboom", "Haverkamp", "Snijder", "Meulenbelt"]
STAFF = ["J. Hofstede", "M. Kuipers", "A. van Dam", "R. Tuinstra", "S. Overbeek", "L. Hamstra", "E. Vermeulen", "K. Dekema", "T. Bolhuis", "P. Rietveld",
         "H. Wagemaker", "D. Scholten", "F. Boersma", "C. Luitjes", "N. Brouwers", "B. Koopmans"]
PLACES = ["Kleinebroek", "Wieringerhoek", "Hoornsveld", "Dalwijk", "Esveen", "Mariënvlier", "Oosterlinde", "Harkemaveen", "Lutjewiel", "Schildwolde-Noord"]
SCHOOLS = {
    "po": ["OBS 't Zandpad", "CBS De Klimop", "RKBS Sint Aldegonde", "IKC Het Veenpluis", "OBS De Wilgenhoek", "CBS Op de Terp", "Dorpsschool De Vlonder", "OBS De Slinger"],
    "sbo": ["SBO De Brug-Oost", "SBO Het Kompas Dalwijk"],
    "so": ["SO De Windroos", "SO Mariënpoort"],
    "vo": ["Stedelijk Lyceum Esveen", "Vakcollege Dalwijk"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Hoornsveld"],
    "vso": ["VSO Het Baken", "VSO De Stroming"],
}
SWV = {"po": "SWV Passend Onderwijs Vaart & Veen (PO 28-91)", "sbo": "SWV Passend Onderwijs Vaart & Veen (PO 28-91)",
       "so": "SWV Passend Onderwijs Vaart & Veen (PO 28-91)", "vo": "Samenwerkingsverband De Linde VO (VO 28-92)",
       "pro": "Samenwerkingsverband De Linde VO (VO 28-92)", "vso": "Samenwerkingsverband De Linde VO (VO 28-92)"}
DEST = {
    "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "vmbo kaderberoepsgerichte leerweg", "praktijkonderwijs", "vmbo basis/kader met lwoo"],
    "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs"],
    "so": ["voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarktgericht", "praktijkonderwijs met extra begeleiding"],
    "vo": ["vmbo-kaderdiploma (richting zorg en welzijn), daarna mbo niveau 3", "vmbo-kaderdiploma, daarna mbo niveau 3 (techniek)"],
    "pro": ["arbeid: werk in de groenvoorziening bij een regulier bedrijf, met loonkostensubsidie", "entreeopleiding mbo niveau 1 (BBL), richting logistiek"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicken) met een jobcoach",
            "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2, medewerker facilitaire dienstverlening"],
}
GRP = {"po": ["groep 4/5", "groep 5/6", "groep 6/7", "groep 7/8"], "sbo": ["groep 6", "groep 7", "middenbouw 2"],
       "so": ["groep De Sterrenkijkers (leerjaar 6)", "groep Zeemeeuw (leerjaar 5)"], "vo": ["klas 2K", "klas 2 kader/gt"],
       "pro": ["leerjaar 3", "leerjaar 2"], "vso": ["stageklas 4", "leerjaar 5 arbeid"]}
AGE = {"po": (9, 11), "sbo": (9, 12), "so": (9, 11), "vo": (13, 14), "pro": (14, 16), "vso": (16, 16)}


def make_ctx(seed, st, dset, extra):
    rng = random.Random(1000 + seed)
    boy = rng.random() < 0.55
    n = rng.choice(BOYS if boy else GIRLS)
    sur = rng.choice(SUR)
    staff = rng.sample(STAFF, 7)
    age = rng.randint(*AGE[st])
    grp = rng.choice(GRP[st])
    if st == "po":
        age = int(grp.split()[1][0]) + 4
    if extra.get("adult"):
        age = 19
    if extra.get("curatele"):
        age = 20
    dob = D(dset.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if dob > D(dset.year - age, dset.month, min(dset.day, 28)):
        dob = D(dob.year - 1, dob.month, dob.day)
    rev = extra.get("revised")
    post = dset >= AUG25 or (rev is not None and rev >= AUG25)
    p1 = rng.choice(["mevrouw", "de heer"])
    ini = rng.choice("ABCDEGHJKMPRSW"); ini2 = rng.choice("ABCDEGHJKMPRSW")
    ouder1 = f"{'mevrouw' if p1 == 'mevrouw' else 'de heer'} {ini}. {sur}"
    ouder2 = f"{'de heer' if p1 == 'mevrouw' else 'mevrouw'} {ini2}. {sur}"
    place = rng.choice(PLACES)
    c = dict(seed=seed, st=st, n=n, fn=f"{n} {sur}", hij="hij" if boy else "zij", Hij="Hij" if boy else "Zij", zijn="zijn" if boy else "haar",
             Zijn="Zijn" if boy else "Haar", hem="hem" if boy else "haar", age=age, dob=dshort(dob), grp=grp,
             school=rng.choice(SCHOOLS[st]), place=place, swv=SWV[st], dest=rng.choice(DEST[st]),
             lk=("juf " if rng.random() < 0.5 else "meester ") + staff[0] if st in ("po", "sbo", "so") else staff[0],
             ib=staff[1], dir=staff[2], oa=staff[3], ortho="drs. " + staff[4], logo=staff[5], curator="mr. " + staff[6] + " (Bewindvoering & Curatele Linde)",
             ouder1=ouder1, ouders=f"{ouder1} en {ouder2}", aanhef=f"{'mevrouw en meneer' if p1 == 'mevrouw' else 'meneer en mevrouw'} {sur[0].upper() + sur[1:]}",
             dset=dset, dwrite=dset, doogo=dset - dt.timedelta(days=rng.randint(8, 16)), dsign=dset - dt.timedelta(days=rng.randint(0, 3)),
             start=dset + dt.timedelta(days=rng.randint(5, 12)), odate=dlong(addm(dset, -rng.randint(4, 9))), cvb=dset - dt.timedelta(days=rng.randint(15, 25)),
             dprint=dset + dt.timedelta(days=rng.randint(10, 40)), post=post, revised=rev,
             lr_r=rng.choice([55, 60, 62, 65]), lr_l=rng.choice([70, 75, 80]), dle=rng.randint(18, 26), dl=rng.randint(36, 44), iq=rng.randint(74, 88) if st != "pro" else rng.randint(62, 72),
             eindniv=rng.choice([5, 6]), groepsgrootte=rng.randint(17, 24), qi=rng.randrange(5),
             straat=f"{rng.choice(['Kerkpad', 'Schoolstraat', 'Dijkweg', 'Molenerf'])} {rng.randint(2, 40)}", mail=place.lower().replace(' ', '').replace('ë', 'e'),
             adres_ouders=f"{rng.choice(['Beukenlaan', 'Zuiderdiep', 'Hoofdweg', 'Esweg'])} {rng.randint(1, 120)}, {place}",
             prev=rng.choice(["OBS De Slinger, groep 3", "CBS De Klimop, groep 3", "basisschool in Oosterlinde"]) if st in ("po", "sbo", "so") else rng.choice(["VSO De Stroming, leerjaar 1", "Praktijkcollege Hoornsveld, leerjaar 1", "Vakcollege Dalwijk, klas 1"]),
             adult=extra.get("adult", False), curatele=extra.get("curatele", False))
    return c


def kinds(st, dset, over, extra):
    K = {e: "p" for e in EL}
    K["instemming_ouders"] = "signed_typed"
    rev = extra.get("revised")
    post = dset >= AUG25 or (rev is not None and rev >= AUG25)
    if not post or extra.get("adult"):
        K["inbreng_leerling"] = "na"
    K.update(over)
    return K

# (id, school_type, layout, fmt, date, kinds override, layout variant, extra ctx, note)
S = []
def add(i, st, lay, fmt, d, over=None, v=None, extra=None, note=""):
    S.append(dict(i=i, st=st, lay=lay, fmt=fmt, d=d, over=over or {}, v=v or {}, extra=extra or {}, note=note))

# ---------------- complete and correct plans
add(1, "po", "verhalend", "docx", D(2025, 10, 14), {"afwijkingen_onderwijsprogramma": "na", "instemming_ouders": "email"}, {"heads": False},
    note="Complete. Running prose by the teacher, no headings at all; consent stated (e-mail of parents with date); 'geen afwijkingen' stated.")
add(2, "po", "beknopt", "pdf", D(2025, 11, 3), {}, note="Complete one-page form; consent typed 'w.g.' with name and date.")
add(3, "po", "groepsplan", "odt", D(2026, 1, 20), {"instemming_ouders": "ticked"}, note="Complete OPP embedded as chapter 4 of a groepsplan rekenen; group chapters around it carry generic group text.")
add(4, "po", "groeidocument", "docx", D(2025, 9, 30), {"instemming_ouders": "ticked", "afwijkingen_onderwijsprogramma": "na"}, {"cc": True},
    note="Complete SWV groeidocument with numbered parts; tick boxes are Word content controls (checked = akkoord).")
add(5, "po", "vraagkoppen", "txt", D(2024, 11, 12), {}, note="Complete plan with question headings, set before 1 Aug 2025 so inbreng_leerling not_applicable.")
add(6, "po", "brief", "pdf", D(2026, 3, 9), {"instemming_ouders": "strook"}, note="Complete letter-style plan to parents; consent on a returned slip (ticked, w.g., date).")
add(7, "po", "export", "pdf", D(2025, 10, 2), {"instemming_ouders": "digital", "afwijkingen_onderwijsprogramma": "na"}, {"sys": "LeerlingLijn"},
    note="Complete leerlingdossier system export (logboek, LVS, OPP tab) with header/footer; consent as digital-signature record.")
add(8, "po", "domeintabel", "wpdf", D(2025, 2, 18), {"instemming_ouders": "minutes"}, note="Complete domain table (belemmerend/bevorderend/onderwijsbehoefte per domain), pre-2025 (inbreng n.a.); consent stated orally and confirmed via portal with date.")
add(9, "sbo", "groeidocument", "wpdf", D(2025, 12, 1), {"instemming_ouders": "scribble"}, note="Complete groeidocument via Word->PDF; consent ticked akkoord with an image signature, typed name and date.")
add(10, "sbo", "verhalend", "odt", D(2026, 2, 10), {}, {"heads": True}, note="Complete prose plan with three short headings; consent w.g. with date.")
add(11, "so", "dossier", "docx", D(2025, 11, 18), {"instemming_ouders": "ticked"}, note="Complete OPP as chapter 4 of a leerlingdossier; advice of the commissie voor de begeleiding included.")
add(12, "vo", "beknopt", "docx", D(2025, 10, 21), {"instemming_ouders": "digital"}, note="Complete one-page form (vo); digital signature record.")
add(13, "vo", "vraagkoppen", "pdf", D(2026, 9, 29), {"instemming_ouders": "email", "afwijkingen_onderwijsprogramma": "na"}, note="Complete question-heading plan; consent by e-mail with date.")
add(14, "pro", "domeintabel", "docx", D(2025, 10, 8), {}, note="Complete praktijkonderwijs plan; afwijking = adapted timetable for internship.")
add(15, "vso", "dossier", "pdf", D(2025, 11, 25), {"instemming_ouders": "adult_self"}, extra={"adult": True},
    note="Complete; adult handelingsbekwaam vso pupil who signs himself; inbreng_leerling not_applicable (pupil is the party).")
add(16, "vso", "verhalend", "wpdf", D(2026, 1, 13), {"instemming_ouders": "curator"}, {"heads": True}, extra={"curatele": True},
    note="Complete; adult pupil under curatele, the curator consents; the pupil was heard (inbreng present).")
add(17, "po", "beknopt", "scan", D(2025, 10, 27), {"instemming_ouders": "scribble_hand"}, note="Complete one-page form as noisy skewed scan; consent box ticked with handwritten signature (accept unclear).")
add(18, "so", "brief", "scan", D(2024, 9, 24), {"instemming_ouders": "scribble_hand"}, note="Complete letter-style plan (so, pre-2025) as a scan; returned slip with handwritten signature (accept unclear).")
# ---------------- plans with gaps
add(19, "po", "verhalend", "wpdf", D(2025, 10, 7), {"uitstroombestemming": "ph:n.t.b.", "onderbouwing": "ref", "inbreng_leerling": "missing",
    "instemming_ouders": "voor_gezien", "informatie_rechten": "missing"}, {"heads": False},
    note="Prose plan; destination 'n.t.b.', onderbouwing only 'zie bijlage', no pupil view after Aug 2025, signed 'voor gezien', no rights info.")
add(20, "po", "verhalend", "txt", D(2026, 4, 15), {"doelen": "vague", "evaluatie": "generic", "instemming_ouders": "no_date", "afwijkingen_onderwijsprogramma": "missing"},
    {"heads": False}, note="Prose plan as text; goals vague, evaluation generic school policy, consent signed without date, silence on deviations.")
add(21, "po", "beknopt", "docx", D(2025, 12, 9), {"ondersteuning": "ph:volgt na overleg met het SWV", "instemming_ouders": "blank_line", "vaststelling": "no_date",
    "inbreng_leerling": "instr"}, note="Short form; support 'volgt na overleg', blank consent line, vaststelling without date, format instruction left in pupil row.")
add(22, "po", "beknopt", "pdf", D(2024, 6, 11), {"bevorderende_factoren": "heading_only", "adviezen_professionals": "ref", "instemming_ouders": "school_only",
    "informatie_rechten": "ref"}, note="Short form pre-2025; empty bevorderend row, advice 'zie verslag', only school staff signed, rights only 'zie schoolgids'.")
add(23, "po", "groepsplan", "wpdf", D(2025, 11, 24), {"ondersteuningsbehoefte": "generic", "doelen": "ref", "oogo": "missing", "instemming_ouders": "other_consent"},
    note="OPP inside groepsplan; needs written about all children, goals 'staan in het groepsplan', no OOGO, only an AVG data-sharing consent signed (OPP consent missing).")
add(24, "po", "groepsplan", "odt", D(2026, 2, 2), {"afwijkingen_onderwijsprogramma": "unticked", "bevorderende_factoren": "generic", "inbreng_leerling": "no_change",
    "instemming_ouders": "onder_protest"}, note="OPP inside groepsplan; deviation options all unticked, bevorderend is about the school, pupil quote without effect, signed 'onder protest'.")
add(25, "po", "groeidocument", "docx", D(2025, 10, 13), {"uitstroombestemming": "unticked", "onderbouwing": "heading_only", "inbreng_leerling": "ph:nog plannen",
    "instemming_ouders": "unticked_box", "vaststelling": "no_date"}, {"cc": True},
    note="Groeidocument with content controls; destination boxes unticked, onderbouwing row empty, pupil 'nog plannen', consent boxes unticked, vaststelling without date.")
add(26, "po", "groeidocument", "pdf", D(2026, 5, 19), {"ondersteuningsbehoefte": "instr", "belemmerende_factoren": "instr", "evaluatie": "ph:...",
    "instemming_ouders": "refused"}, note="Groeidocument; format instructions left in for belemmerend and needs, evaluation '...', consent ticked 'niet akkoord'.")
add(27, "po", "groeidocument", "wpdf", D(2025, 3, 4), {"oogo": "unticked", "inbreng_leerling": "missing"}, extra={"revised": D(2025, 10, 28)},
    note="Set March 2025 but revised Oct 2025 (shown in version line) so pupil input required and absent; OOGO tick boxes unticked.")
add(28, "po", "vraagkoppen", "odt", D(2025, 9, 16), {"bevorderende_factoren": "missing", "doelen": "instr", "instemming_ouders": "partial", "informatie_rechten": "partial"},
    note="Question headings; no bevorderend question, goals only instruction, partial consent (not for eigen leerlijn), rights only mention consent right.")
add(29, "po", "vraagkoppen", "txt", D(2026, 10, 6), {"onderbouwing": "heading_only", "adviezen_professionals": "missing", "ondersteuning": "generic", "instemming_ouders": "ticked"},
    note="Text; onderbouwing question with nothing under it, no advice, support only 'basisondersteuning volgens SOP'.")
add(30, "po", "brief", "pdf", D(2025, 11, 11), {"uitstroombestemming": "missing", "onderbouwing": "missing", "instemming_ouders": "blank_line", "inbreng_leerling": "no_change"},
    note="Letter-style plan; never states destination or why; return slip blank; pupil quote without what it changed.")
add(31, "po", "export", "txt", D(2025, 12, 15), {"ondersteuning": "ref", "afwijkingen_onderwijsprogramma": "nvt_but", "instemming_ouders": "pending"},
    {"sys": "Leerlingvolg.net", "ll_log": "Start eigen leerlijn rekenen voor {n} besproken met IB; {n} werkt vanaf januari op eigen niveau."},
    note="System export as text; support only refers to groepsplan, 'Afwijkingen: nvt' while the logboek shows an eigen leerlijn, consent status 'wacht op ondertekening'.")
add(32, "po", "export", "pdf", D(2024, 12, 3), {"evaluatie": "missing", "informatie_rechten": "missing"}, {"sys": "LeerlingLijn"},
    note="Export pre-2025; no evaluation field, no rights; otherwise complete.")
add(33, "po", "domeintabel", "docx", D(2026, 1, 27), {"belemmerende_factoren": "ph:...", "vaststelling": "missing"},
    note="Domain table with '...' in every belemmerend cell; no vaststelling anywhere.")
add(34, "po", "groeidocument", "scan", D(2025, 11, 4), {"onderbouwing": "ref", "instemming_ouders": "voor_gezien_tick"},
    note="Scanned groeidocument; onderbouwing refers to bijlage; 'voor gezien' ticked with handwritten signature.")
add(35, "sbo", "beknopt", "pdf", D(2025, 9, 23), {"adviezen_professionals": "ref", "evaluatie": "missing", "instemming_ouders": "no_date"},
    note="SBO short form; advice only 'zie verslag', no evaluation row, signature without date.")
add(36, "sbo", "domeintabel", "odt", D(2026, 3, 17), {"uitstroombestemming": "vague", "afwijkingen_onderwijsprogramma": "missing", "instemming_ouders": "minutes"},
    note="SBO domain table; destination only 'passend vervolgonderwijs', silent on deviations; consent confirmed via portal with date (present).")
add(37, "sbo", "vraagkoppen", "wpdf", D(2025, 10, 30), {"ondersteuning": "partial", "oogo": "missing", "instemming_ouders": "blank_line"},
    note="SBO question plan; support without how often / from when, no OOGO, blank signature line.")
add(38, "so", "groeidocument", "docx", D(2025, 12, 2), {"adviezen_professionals": "only_logo", "inbreng_leerling": "instr", "instemming_ouders": "scribble"},
    note="SO groeidocument; only a speech therapist's advice, no advice of the commissie voor de begeleiding (required in so) -> incomplete; pupil part only instruction; consent ticked with image signature, name and date.")
add(39, "so", "verhalend", "pdf", D(2026, 6, 8), {"doelen": "vague", "instemming_ouders": "onder_protest"}, {"heads": False, "serif": True},
    note="SO prose plan; vague goals, signed under protest.")
add(40, "so", "beknopt", "txt", D(2025, 10, 9), {"informatie_rechten": "missing", "vaststelling": "ph:n.t.b.", "instemming_ouders": "email"},
    note="SO short form as text; no rights, vaststelling 'n.t.b.'.")
add(41, "vo", "domeintabel", "docx", D(2025, 11, 12), {"bevorderende_factoren": "generic", "instemming_ouders": "school_only"},
    note="VO domain table; bevorderend column describes the school not the pupil; only mentor/zorgcoördinator signed.")
add(42, "vo", "export", "pdf", D(2026, 2, 24), {"uitstroombestemming": "ph:n.t.b. (na leerjaar 2)", "onderbouwing": "ref", "instemming_ouders": "digital"}, {"sys": "SOMplus"},
    note="VO export; destination 'n.t.b.', onderbouwing only refers; consent digital (present).")
add(43, "vo", "verhalend", "odt", D(2025, 1, 21), {"instemming_ouders": "missing", "informatie_rechten": "missing"}, {"heads": False},
    note="Mentor's prose plan pre-2025; no consent at all, no rights.")
add(44, "pro", "vraagkoppen", "docx", D(2025, 10, 15), {"ondersteuning": "ph:...", "instemming_ouders": "unticked_box"},
    note="Pro question plan; support '...', consent boxes unticked with parent name but no signature/date.")
add(45, "pro", "beknopt", "wpdf", D(2026, 1, 8), {"inbreng_leerling": "no_change", "adviezen_professionals": "missing", "instemming_ouders": "ticked"},
    note="Pro short form; pupil view without its effect, no advice row.")
add(46, "vso", "domeintabel", "pdf", D(2025, 11, 5), {"instemming_ouders": "blank_line", "evaluatie": "ph:nog aanvullen"},
    note="VSO (16 years) domain table; blank signature line; evaluation 'nog aanvullen'.")
add(47, "vso", "beknopt", "docx", D(2026, 2, 17), {"instemming_ouders": "adult_parents"}, extra={"adult": True},
    note="Adult handelingsbekwaam vso pupil but only a parent signed; the pupil himself did not consent -> incomplete; inbreng not_applicable.")
add(48, "vso", "dossier", "odt", D(2025, 12, 10), {"instemming_ouders": "curatele_pupil"}, extra={"curatele": True},
    note="Pupil under curatele signed himself; curator did not -> incomplete.")
add(49, "vo", "brief", "scan", D(2025, 10, 20), {"oogo": "missing", "informatie_rechten": "ref", "instemming_ouders": "scribble_hand"},
    note="VO letter-plan scan; no OOGO, rights only 'zie schoolgids'; handwritten signed slip (present, accept unclear).")
add(50, "po", "dossier", "wpdf", D(2026, 9, 8), {"ondersteuning": "ref", "doelen": "ref"},
    note="Leerlingdossier chapter; support and goals only refer to the groepsplan.")
# ---------------- not an OPP / blank formats
add(51, "po", "handelingsplan_groep", "docx", D(2025, 11, 17), note="Not an OPP: group handelingsplan technisch lezen naming the pupil in a subgroup.")
add(52, "po", "onderzoeksverslag", "pdf", D(2025, 5, 12), note="Not an OPP: psychodiagnostic report with test results, an indication of level and advice.")
add(53, "po", "uitnodiging", "txt", D(2025, 10, 1), note="Not an OPP: letter inviting parents to the OPP conversation.")
add(54, "po", "doorverwijzing", "odt", D(2026, 3, 2), note="Not an OPP: TLV-SBO application (doorverwijzing) signed by parent and director.")
add(55, "none", "folder", "pdf", D(2025, 9, 1), note="Not an OPP: leaflet for parents explaining what an OPP contains.")
add(56, "po", "nieuwsbrief", "wpdf", D(2025, 10, 27), note="Not an OPP: school newsletter with an item about OPPs.")
add(57, "po", "blank_groeidocument", "docx", D(2025, 8, 20), note="Blank groeidocument format with Word placeholder content controls; every element has a heading but no content.")
add(58, "vso", "blank_beknopt", "pdf", D(2025, 8, 20), note="Blank old (2019) vso short format: empty rows; no row for pupil input or rights.")

NONOPP_LABELS = {e: "missing" for e in EL}
BLANK_GD = {e: "incomplete" for e in EL}
BLANK_BK = {e: "incomplete" for e in EL}
BLANK_BK["inbreng_leerling"] = "missing"; BLANK_BK["informatie_rechten"] = "missing"

EXT = {"pdf": "pdf", "wpdf": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt"}


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(DOCS); os.makedirs(TMP)
    labels = []
    to_convert = []
    for s in S:
        i, st, lay, fmt = s["i"], s["st"], s["lay"], s["fmt"]
        ctx_st = st if st != "none" else "po"
        c = make_ctx(i, ctx_st, s["d"], s["extra"])
        rng = random.Random(5000 + i)
        fname = f"d{i:02d}_{st}_{lay}.{EXT[fmt]}"
        out = os.path.join(DOCS, fname)
        if lay in LAYOUTS:
            K = kinds(ctx_st, s["d"], s["over"], s["extra"])
            blocks, meta = LAYOUTS[lay](c, K, rng, s["v"])
            el = {e: status_of(K[e]) for e in EL}
        else:
            blocks, meta = NONOPP[lay](c, rng, s["v"])
            el = dict(BLANK_GD if lay == "blank_groeidocument" else BLANK_BK if lay == "blank_beknopt" else NONOPP_LABELS)
        if fmt == "pdf":
            render.write_pdf(blocks, meta, out, i)
        elif fmt == "docx":
            render.write_docx(blocks, meta, out, i, TMP)
        elif fmt == "odt":
            render.write_odt(blocks, meta, out, i)
        elif fmt == "txt":
            render.write_txt(blocks, meta, out, i)
        elif fmt == "wpdf":
            tmpd = os.path.join(TMP, fname[:-4] + ".docx")
            render.write_docx(blocks, meta, tmpd, i, TMP)
            to_convert.append(tmpd)
        elif fmt == "scan":
            render.write_scan(blocks, meta, out, i, TMP)
        acc = []
        K_inst = s["over"].get("instemming_ouders", "")
        if fmt == "scan" and lay in LAYOUTS:
            acc.append("instemming_ouders")
        elif K_inst == "scribble":
            acc.append("instemming_ouders")
        labels.append({"file": "docs/" + fname, "format": EXT[fmt], "layout": lay + ("-word-export" if fmt == "wpdf" else ""),
                       "school_type": st, "scanned": fmt == "scan", "elements": el, "accept_unclear": acc, "notes": s["note"]})
    if to_convert:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + to_convert, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP)
    with open(os.path.join(HERE, "readme_head.md"), encoding="utf-8") as f:
        head = f.read()
    lines = ["| file | type | layout | format | note |", "|---|---|---|---|---|"]
    for x in labels:
        fm = x["format"] + (" (scan)" if x["scanned"] else "")
        lines.append(f"| {x['file']} | {x['school_type']} | {x['layout']} | {fm} | {x['notes']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
