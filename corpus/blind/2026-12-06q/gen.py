#!/usr/bin/env python3
"""Deterministic generator for the blind OPP validation set (round 29, po/sbo theme)."""
import os, sys, json, random, subprocess, shutil, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *
from elements import variant, label_for, fill
from writers import write_docx, write_pdf, write_text, write_form_pdf

OUT = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(OUT, 'docs'); BUILD = os.path.join(OUT, 'build')
R = random.Random(20261206)

FIRST_M = ["Sem","Daan","Luuk","Milan","Noah","Bram","Jesse","Thijs","Ravi","Yusuf","Finn","Stijn","Mees","Tobias"]
FIRST_F = ["Lotte","Noor","Fenna","Yara","Sanne","Lieke","Amira","Evi","Isa","Zoë","Fleur","Julia","Roos","Nina"]
LAST = ["van Dijkhuis","Brouwers","de Klerk","Hoekstra","Verbeek","El Idrissi","Jansma","Kuipers","Smeulders","van Ommen","Tammes","Drenth","Wolters","Ploeg"]
STAFF = ["M. de Wit","A. Hofstede","K. Bremer","L. Oudshoorn","R. Veldkamp","S. Yilmaz","J. Terpstra","H. van Laar","P. Goossens","T. Mulder","E. Boekhout","C. Vink"]
SCHOOLS_PO = ["OBS De Zandloper, Vlietdorp","CBS Het Kompas, Oosterwaal","Basisschool De Regenboogvis, Heikamp","IKC De Molenwiek, Molenbroek","RKBS Sint-Joris, Zuidervaart","Daltonschool De Linde, Lindenhaven"]
SCHOOLS_SBO = ["SBO De Brugpijler, Vlietdorp","SBO Het Anker, Oosterwaal","SBO De Wissel, Lindenhaven"]
SWV = "Samenwerkingsverband Passend Primair Onderwijs Vlietstreek"
WENS = [("{hij} niet graag apart uit de klas gaat omdat klasgenoten dan vragen stellen", "de extra begeleiding is verplaatst naar het moment van zelfstandig werken en vindt waar mogelijk in de klas plaats."),
        ("{hij} het best leert naast een rustig klasgenootje en met een koptelefoon", "{N} kiest zelf een vaste werkplek bij het raam en mag bij zelfstandig werken een koptelefoon gebruiken; dit is aan de aanpak toegevoegd."),
        ("{hij} zelf eerder hulp wil leren vragen", "dit is als extra doel opgenomen en {N} krijgt een hulpkaartje op de tafel.")]

def addm(d, m):
    y = d.year + (d.month - 1 + m) // 12; mo = (d.month - 1 + m) % 12 + 1; return dt.date(y, mo, min(d.day, 28))
def mname(d): return f"{MONTHS[d.month-1]} {d.year}"

def make_pupil(st, pre, rnd, scan=False, revised=False):
    m = rnd.random() < 0.5
    N = rnd.choice(FIRST_M if m else FIRST_F); ln = rnd.choice(LAST)
    prof = rnd.choice(["breed","sbo_gedrag","rekenen"] if st == "sbo" else ["rekenen","taal","gedrag","hb","breed"])
    if pre: vd = dt.date(2024, 9, 20) + dt.timedelta(days=rnd.randrange(0, 280))
    else: vd = dt.date(2025, 9, 8) + dt.timedelta(days=rnd.randrange(0, 420))
    if pre and vd >= CUTOFF: vd = dt.date(2025, 6, 12)
    staff = rnd.sample(STAFF, 8)
    g = rnd.randrange(4, 9) if prof != "hb" else rnd.randrange(5, 8)
    moeder = f"mevr. {rnd.choice(LAST)}"; 
    p = dict(N=N, m=m, naam=f"{N} {ln}", profile=prof, st=st, g=g, lg=max(3, g-2),
             school=rnd.choice(SCHOOLS_SBO if st == "sbo" else SCHOOLS_PO),
             lk=staff[0], ib=staff[1], rt=staff[2], oa=staff[3], ab=staff[4], ortho=staff[5], psy=staff[6], dir=staff[7],
             logo="logopediepraktijk Spraakwater", ouders=rnd.choice([f"moeder ({moeder}) en vader", f"moeder ({moeder})", f"beide ouders (fam. {ln})", f"vader (dhr. {ln}) en stiefmoeder"]),
             ouder1=rnd.choice([moeder, f"dhr. {ln}", f"mevr. {ln}"]),
             vd=vd, vast_d=dlong(vd), oogo_d=dlong(vd - dt.timedelta(days=rnd.randrange(5, 15))),
             cons_d=dnum(vd + dt.timedelta(days=rnd.randrange(1, 10))), ev1=mname(addm(vd, 4)), ev2=mname(addm(vd, 8)),
             gm=mname(addm(vd, 5)), start=dlong(vd + dt.timedelta(days=7)), yr=vd.year - rnd.randrange(0, 2),
             dle1=f"DLE {rnd.randrange(14, 30)}" if prof != "hb" else "DLE 60+",
             geb=dnum(dt.date(vd.year - g - 4, rnd.randrange(1, 13), rnd.randrange(1, 28))),
             pre=pre and not revised, pre_inbreng=pre and rnd.random() < 0.4, revised=None)
    if revised:
        rv = dt.date(2025, 10, 2) + dt.timedelta(days=rnd.randrange(0, 60)); p["revised"] = dlong(rv)
        p["ev1"] = mname(addm(rv, 4)); p["ev2"] = mname(addm(rv, 8)); p["gm"] = mname(addm(rv, 5)); p["oogo_d"] = dlong(rv - dt.timedelta(days=6))
    w = rnd.choice(WENS); p["inbreng_wens"] = fill(w[0], p); p["inbreng_effect"] = fill(w[1], p)
    p["sig_parent"] = "{SIG}" if scan else rnd.choice([f"w.g. {p['ouder1']}", "(getekend)", f"digitaal ondertekend via ouderportaal"])
    return p

# ------------------------------------------------------------ layouts
def meta_rows(p, extra=()):
    rows = [("Naam leerling", p["naam"]), ("Geboortedatum", p["geb"]), ("Groep", str(p["g"])), ("School", p["school"]),
            ("Groepsleerkracht", p["lk"]), ("Intern begeleider", p["ib"])]
    if p.get("revised"): rows.append(("Laatst bijgesteld", p["revised"]))
    return rows + list(extra)

def consent_paras(C, K, el="instemming_ouders"):
    return C[el]

def keep(K, el): return K[el] not in ("omit", "silent") and not (el == "inbreng_leerling" and K[el] == "na_drop")

def L_beknopt(p, C, K):
    lab = {"uitstroombestemming":"Verwacht uitstroomniveau","onderbouwing":"Onderbouwing","belemmerende_factoren":"Belemmerende factoren",
           "bevorderende_factoren":"Bevorderende factoren","ondersteuningsbehoefte":"Onderwijsbehoeften","ondersteuning":"Extra ondersteuning (wat, wie, hoe vaak)",
           "afwijkingen_onderwijsprogramma":"Afwijking onderwijsprogramma","doelen":"Doelen komende periode","adviezen_professionals":"Advies externe deskundigen",
           "oogo":"Besproken met ouders","inbreng_leerling":"Inbreng leerling","evaluatie":"Evaluatie","informatie_rechten":"Rechten ouders","vaststelling":"Vastgesteld"}
    rows = [[k, v] for k, v in meta_rows(p)]
    rows += [[lab[e], C[e]] for e in E if e in lab and keep(K, e)]
    b = [('title', 'Beknopt OPP'), ('p', [f"{p['school']} — schooljaar {p['vd'].year if p['vd'].month>7 else p['vd'].year-1}-{(p['vd'].year if p['vd'].month>7 else p['vd'].year-1)+1}"]), ('table', rows, False)]
    if keep(K, "instemming_ouders"): b += [('h2', 'Toestemmingen' if K["instemming_ouders"] == "c_avgonly" else 'Ondertekening handelingsdeel'), ('p', C["instemming_ouders"])]
    return b, None, None

def L_prose(p, C, K):
    N = p["N"]; f = lambda s: fill(s, p)
    intro = {"bevorderende_factoren": "Eerst wat goed gaat. ", "belemmerende_factoren": f"Er zijn ook dingen waar {N} tegenaan loopt. ",
             "ondersteuningsbehoefte": f"Daarom heeft {N} het volgende nodig. ", "uitstroombestemming": "Als we vooruitkijken: ",
             "onderbouwing": "", "doelen": "Voor de komende periode hebben we deze doelen afgesproken: ", "ondersteuning": "Om dat te bereiken doen we het volgende. ",
             "afwijkingen_onderwijsprogramma": "", "adviezen_professionals": "", "inbreng_leerling": "", "oogo": "", "evaluatie": "", "informatie_rechten": "", "vaststelling": ""}
    order = ["bevorderende_factoren","belemmerende_factoren","ondersteuningsbehoefte","uitstroombestemming","onderbouwing","doelen","ondersteuning",
             "afwijkingen_onderwijsprogramma","adviezen_professionals","inbreng_leerling","oogo","evaluatie","informatie_rechten","vaststelling"]
    paras = [f"Beste ouder(s)/verzorger(s) van {N},", f"Hierbij ontvangt u het ontwikkelingsperspectief (OPP) van {N} uit groep {p['g']}. We schrijven het deze keer als een brief, zodat het prettig leest. Alles wat we over {N} hebben afgesproken, staat hieronder."]
    if p.get("revised"): paras.append(f"Het plan is op {p['revised']} bijgesteld.")
    for e in order:
        if not keep(K, e) or not C[e]: continue
        paras.append(intro[e] + " ".join(C[e]))
    paras.append(f"Met vriendelijke groet,\n{p['lk']}, groepsleerkracht, en {p['ib']}, intern begeleider")
    b = [('p', [f"{p['school']}", f"Aan de ouders van {p['naam']}"]), ('p', paras)]
    if keep(K, "instemming_ouders"): b += [('p', ["- - - - - - - - - - - - - - - - - - (hier afknippen) - - - - - - - - - - - - - - - - - -"] + C["instemming_ouders"])]
    return b, None, None

EXPORT_LAB = {"uitstroombestemming":"Uitstroomperspectief:","onderbouwing":"Onderbouwing uitstroomperspectief:","belemmerende_factoren":"Belemmerende factoren:",
   "bevorderende_factoren":"Bevorderende factoren:","ondersteuningsbehoefte":"Onderwijsbehoeften:","ondersteuning":"Aanpak / ondersteuning:",
   "afwijkingen_onderwijsprogramma":"Afwijking van het onderwijsprogramma:","doelen":"Doelen komende periode:","adviezen_professionals":"Adviezen externe deskundigen:",
   "oogo":"Gesprek met ouders:","instemming_ouders":"Instemming ouders handelingsdeel:","inbreng_leerling":"Visie leerling:","evaluatie":"Evaluatiemomenten:",
   "informatie_rechten":"Informatie voor ouders:","vaststelling":"Vaststelling:"}
def L_export(p, C, K):
    pd = dnum(p["vd"] + dt.timedelta(days=40))
    b = [('title', 'Ontwikkelingsperspectief'), ('table', [[k + ':', v] for k, v in meta_rows(p, [("Plantype", "OPP extra ondersteuning")])], False), ('h1', 'Gegevens plan')]
    for e in E:
        if keep(K, e): b.append(('field', EXPORT_LAB[e], C[e]))
    hdr = f"LeerlingDossier Online — OPP {p['naam']} — versie 2.{p['g']} — afgedrukt op {pd}"
    ftr = "Vertrouwelijk — pagina {page} — gegenereerd door LeerlingDossier Online 7.4"
    return b, hdr, ftr

def QLAB(N): return {"uitstroombestemming":"Waar werken we naartoe?","onderbouwing":"Hoe komen we tot die verwachting?","belemmerende_factoren":f"Waar loopt {N} tegenaan?",
   "bevorderende_factoren":f"Wat gaat goed? Waar is {N} sterk in?","ondersteuningsbehoefte":f"Wat heeft {N} nodig?","ondersteuning":f"Wie helpt {N}, hoe en wanneer?",
   "afwijkingen_onderwijsprogramma":f"Doet {N} hetzelfde programma als de groep?","doelen":"Wat willen we over een half jaar bereikt hebben?",
   "adviezen_professionals":f"Wat adviseren anderen die {N} kennen?","oogo":"Hoe hebben we dit samen besproken?","inbreng_leerling":f"Wat vindt {N} er zelf van?",
   "evaluatie":"Wanneer kijken we terug?","informatie_rechten":"Wat als u het er niet mee eens bent?","instemming_ouders":"Akkoord van ouders","vaststelling":"Ondertekening school"}
def L_question(p, C, K):
    N = p["N"]; q = QLAB(N)
    order = ["bevorderende_factoren","belemmerende_factoren","ondersteuningsbehoefte","inbreng_leerling","uitstroombestemming","onderbouwing","doelen","ondersteuning",
             "afwijkingen_onderwijsprogramma","adviezen_professionals","oogo","evaluatie","informatie_rechten","vaststelling","instemming_ouders"]
    b = [('title', f"Het plan van {N}"), ('p', [f"{p['naam']} · groep {p['g']} · {p['school']}" + (f" · bijgesteld {p['revised']}" if p.get('revised') else "")])]
    for e in order:
        if keep(K, e): b += [('h1', 'Toestemmingen' if (e == "instemming_ouders" and K[e] == "c_avgonly") else q[e]), ('p', C[e])]
    return b, None, None

def L_domain(p, C, K):
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel / thuis"]
    bel = C["belemmerende_factoren"]; bev = C["bevorderende_factoren"]
    def split(lst): return [lst[i:i+1] for i in range(3)] if len(lst) >= 3 else ([lst] + [[], []] if lst else [[], [], []])
    hdr = ["Domein"]; cols = []
    if keep(K, "belemmerende_factoren"): hdr.append("Belemmerend"); cols.append(split(bel))
    if keep(K, "bevorderende_factoren"): hdr.append("Bevorderend"); cols.append(split(bev))
    rows = [hdr] + [[doms[i]] + [c[i] for c in cols] for i in range(3)]
    lab = {"uitstroombestemming":"Perspectief","onderbouwing":"Argumentatie perspectief","ondersteuningsbehoefte":"Wat heeft de leerling nodig",
           "ondersteuning":"Arrangement / aanpak","afwijkingen_onderwijsprogramma":"Programma","doelen":"Doelen (SMART)","adviezen_professionals":"Externe adviezen",
           "oogo":"Ouderbetrokkenheid","inbreng_leerling":"Stem van de leerling","evaluatie":"Evaluatie","informatie_rechten":"Uw rechten","vaststelling":"Vaststelling"}
    rows2 = [["Onderdeel", "Inhoud"]] + [[lab[e], C[e]] for e in E if e in lab and keep(K, e)]
    b = [('title', 'Ontwikkelingsperspectiefplan'), ('table', [[k, v] for k, v in meta_rows(p)], False), ('h1', 'Factoren per domein'), ('table', rows, True),
         ('h1', 'Perspectief en handelingsdeel'), ('table', rows2, True)]
    if keep(K, "instemming_ouders"): b += [('h1', 'Toestemmingen' if K["instemming_ouders"] == "c_avgonly" else 'Handtekening voor akkoord'), ('p', C["instemming_ouders"])]
    return b, None, None

def L_groei(p, C, K):
    N = p["N"]; f = lambda s: fill(s, p)
    b = [('title', 'Groeidocument'), ('p', [f"{SWV}", f"Leerling: {p['naam']} — {p['school']}"]),
         ('h1', '1. Gegevens'), ('table', [[k, v] for k, v in meta_rows(p)], False),
         ('h1', '2. Gezinssituatie'), ('p', [f(f"{N} woont met {{ouders}} en een jongere broer. Thuis wordt Nederlands gesproken.")]),
         ('h1', '3. Schoolloopbaan'), ('p', [f("{N} zit sinds groep 1 op deze school en heeft groep 3 gedoubleerd." if p['profile'] in ('breed','rekenen') else "{N} heeft een ononderbroken schoolloopbaan.")]),
         ('h1', '4. Beeld van de leerling')]
    if keep(K, "belemmerende_factoren"): b += [('h2', '4.1 Wat belemmert'), ('bul' if K["belemmerende_factoren"]=="present" else 'p', C["belemmerende_factoren"])]
    if keep(K, "bevorderende_factoren"): b += [('h2', '4.2 Wat helpt'), ('bul' if K["bevorderende_factoren"]=="present" else 'p', C["bevorderende_factoren"])]
    if keep(K, "ondersteuningsbehoefte"): b += [('h2', '4.3 Onderwijs- en ondersteuningsbehoeften'), ('p', C["ondersteuningsbehoefte"])]
    if keep(K, "adviezen_professionals"): b += [('h2', '4.4 Inbreng externe deskundigen'), ('p', C["adviezen_professionals"])]
    b += [('h1', '5. Ontwikkelingsperspectief')]
    for e, h in [("uitstroombestemming","5.1 Uitstroomprofiel"),("onderbouwing","5.2 Onderbouwing"),("afwijkingen_onderwijsprogramma","5.3 Onderwijsprogramma"),("doelen","5.4 Doelen")]:
        if keep(K, e): b += [('h2', h), ('p', C[e])]
    b += [('h1', '6. Handelingsdeel')]
    for e, h in [("ondersteuning","6.1 Ondersteuning en begeleiding"),("evaluatie","6.2 Evaluatie")]:
        if keep(K, e): b += [('h2', h), ('p', C[e])]
    b += [('h1', '7. Gesprekken en ondertekening')]
    for e, h in [("oogo","7.1 Overleg met ouders"),("inbreng_leerling","7.2 Gesprek met de leerling"),("informatie_rechten","7.3 Informatie over uw rechten"),("vaststelling","7.4 Vaststelling"),("instemming_ouders","7.5 Instemming handelingsdeel")]:
        if e == "instemming_ouders" and K[e] == "c_avgonly": b += [('h2', '7.5 Toestemmingen'), ('p', C[e])]; continue
        if keep(K, e): b += [('h2', h), ('p', C[e])]
    if K["instemming_ouders"] != "c_avgonly":
        b += [('h2', '7.6 Toestemming gegevensuitwisseling (AVG)'), ('p', [f("Ouders geven toestemming voor het delen van dit groeidocument met het samenwerkingsverband. {ouder1}, {cons_d} (getekend)")])]
    return b, None, f"Groeidocument {p['naam']} — {SWV}"

def L_sbo(p, C, K):
    b = [('title', f"Ontwikkelingsperspectief — {p['school'].split(',')[0]}"), ('h1', '1. Leerlinggegevens'), ('table', [[k, v] for k, v in meta_rows(p, [("Leerroute", "3" if p['profile']=='breed' else "2")])], False)]
    secs = [("2. Uitstroomprofiel", [("uitstroombestemming","2.1 Verwachte uitstroombestemming"),("onderbouwing","2.2 Onderbouwing")]),
            ("3. Belemmerende en bevorderende factoren", [("belemmerende_factoren","3.1 Belemmerend"),("bevorderende_factoren","3.2 Bevorderend")]),
            ("4. Onderwijsbehoeften", [("ondersteuningsbehoefte", None)]), ("5. Leerroute en afwijkingen van het programma", [("afwijkingen_onderwijsprogramma", None)]),
            ("6. Doelen", [("doelen", None)]), ("7. Handelingsdeel: ondersteuning en begeleiding", [("ondersteuning", None)]),
            ("8. Adviezen commissie van begeleiding en externen", [("adviezen_professionals", None)]),
            ("9. Gesprekken", [("oogo","9.1 Gesprek met ouders"),("inbreng_leerling","9.2 Gesprek met de leerling")]),
            ("10. Evaluatie", [("evaluatie", None)]), ("11. Vaststelling, instemming en rechten", [("vaststelling","11.1 Vaststelling"),("instemming_ouders","11.2 Instemming ouders"),("informatie_rechten","11.3 Bezwaar en geschillen")])]
    for h, items in secs:
        its = [(e, s) for e, s in items if keep(K, e)]
        if not its: continue
        b.append(('h1', h))
        for e, s in its:
            if s: b.append(('h2', s))
            b.append(('bul' if K[e] == 'present' and len(C[e]) > 1 else 'p', C[e]))
    return b, None, None

FORM_LAB = {"uitstroombestemming":"A. Uitstroombestemming","onderbouwing":"B. Onderbouwing","belemmerende_factoren":"C. Belemmerende factoren",
   "bevorderende_factoren":"D. Bevorderende factoren","ondersteuningsbehoefte":"E. Onderwijsbehoeften","ondersteuning":"F. Ondersteuning (wat / wie / hoe vaak / vanaf)",
   "afwijkingen_onderwijsprogramma":"G. Afwijkingen van het onderwijsprogramma","doelen":"H. Doelen","adviezen_professionals":"I. Adviezen deskundigen",
   "oogo":"J. Overleg met ouders (datum, aanwezigen)","inbreng_leerling":"K. Inbreng leerling en wat ermee gedaan is","evaluatie":"L. Evaluatie",
   "informatie_rechten":"M. Rechten van ouders","vaststelling":"N. Vaststelling (datum, naam)","instemming_ouders":"O. Instemming ouders met het handelingsdeel"}
def form_fields(p, C, K):
    out = []
    for e in E:
        if not keep(K, e): continue
        v = list(C[e])
        if e == "afwijkingen_onderwijsprogramma":
            if K[e] in ("present",) and PROFILES[p['profile']]['afw'].lower().startswith(("geen", "n.v.t")):
                v = ["\x02Geen afwijkingen", "\x01Eigen leerlijn / aangepaste doelen", "\x01Vrijstelling / minder onderwijstijd"]
            elif K[e] == "present": v = ["\x01Geen afwijkingen", "\x02Eigen leerlijn / aangepaste doelen", "\x01Vrijstelling / minder onderwijstijd"] + v
            elif K[e] == "f_unticked": v = ["\x01Geen afwijkingen", "\x01Eigen leerlijn / aangepaste doelen", "\x01Vrijstelling / minder onderwijstijd"]
        if e == "instemming_ouders":
            if K[e] == "present": v = ["\x02Ik ga akkoord met het handelingsdeel", "\x01Ik ga niet akkoord met het handelingsdeel", fill("Naam: {ouder1}   Handtekening: {sig_parent}   Datum: {cons_d}", p)]
            elif K[e] == "f_unticked": v = ["\x01Ik ga akkoord met het handelingsdeel", "\x01Ik ga niet akkoord met het handelingsdeel", fill("Naam: {ouder1}   Datum: {cons_d}", p)]
        out.append((FORM_LAB[e], v))
    return out
def L_form(p, C, K):
    b = [('title', 'OPP-formulier primair onderwijs'), ('table', [[k, v] for k, v in meta_rows(p)], False)]
    b += [('table', [[lab, v] for lab, v in form_fields(p, C, K)], False)]
    return b, None, f"Formulier OPP po — {SWV} — versie sept. 2024"

LAYOUTS = dict(beknopt=L_beknopt, prose=L_prose, export=L_export, question=L_question, domain=L_domain, groei=L_groei, sbo=L_sbo, form=L_form)

# ------------------------------------------------------------ document plan
PLAN = ([("beknopt", f) for f in ["docx","docx","docx","pdf-word","pdf-word","pdf-word","scan"]] +
        [("prose", f) for f in ["txt","txt","txt","md","md","pdf","pdf"]] +
        [("export", f) for f in ["pdf","pdf","pdf","pdf","txt","txt","docx","scan"]] +
        [("question", f) for f in ["docx","docx","docx","md","md","odt","odt"]] +
        [("domain", f) for f in ["docx","docx","odt","odt","pdf-word","pdf-word"]] +
        [("groei", f) for f in ["pdf-word","pdf-word","pdf-word","docx","docx","scan"]] +
        [("sbo", f) for f in ["odt","odt","pdf-word","pdf-word","txt"]] +
        [("form", f) for f in ["pdf-form","pdf-form","pdf-form","docx-cc","docx-cc"]])
GEN_K = ["empty","placeholder","instruction","refer","generic","omit"]
PROSE_K = ["placeholder","refer","generic","omit"]
EXTRA = {"uitstroombestemming":["uit_open"],"doelen":["doel_vague","doel_vague"],"oogo":["oogo_future"],"inbreng_leerling":["inbreng_noeffect","inbreng_noeffect"],
         "vaststelling":["vast_concept"],"adviezen_professionals":["adv_nothing"],"evaluatie":["ev_noparents"],"afwijkingen_onderwijsprogramma":["silent","silent"]}
CONS = ["c_voorgezien","c_protest","c_refused","c_partial","c_schoolonly","c_blank","c_nodate","c_avgonly"]

def kinds_for(layout, el, fmt):
    if el == "instemming_ouders":
        ks = CONS + ["omit","refer","generic"]
        if layout in ("export","form","sbo"): ks.remove("c_avgonly")
        if layout == "form": ks += ["f_unticked","f_unticked"]
        return ks
    ks = list(PROSE_K if layout == "prose" else GEN_K)
    if layout == "prose" and el == "vaststelling": ks = ["generic","omit","vast_concept"]
    ks += EXTRA.get(el, [])
    if layout == "form" and el == "afwijkingen_onderwijsprogramma": ks += ["f_unticked"]
    if el == "afwijkingen_onderwijsprogramma" and "omit" in ks: ks.remove("omit")
    return ks

def main():
    for d in (DOCS, BUILD):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    n = len(PLAN); idx = list(range(n)); R.shuffle(idx)
    complete = set(idx[: n // 3 + 1])
    pre_set = set(R.sample(range(n), 18)); revised = set(R.sample(sorted(pre_set), 2))
    pool = []
    docs = []; pending_conv = []
    for i, (layout, fmt) in enumerate(PLAN):
        rnd = random.Random(1000 + i)
        st = "sbo" if layout == "sbo" else ("sbo" if rnd.random() < 0.3 else "po")
        scan = fmt == "scan"
        pre = i in pre_set; rev = i in revised
        p = make_pupil(st, pre, rnd, scan=scan, revised=rev)
        K = {e: "present" for e in E}
        if p["pre"]:
            K["inbreng_leerling"] = "present" if p["pre_inbreng"] else "omit"
        if i not in complete:
            ng = rnd.choice([1, 2, 2, 3, 3])
            chosen = []; tries = 0
            while len(chosen) < ng and tries < 40:
                if not pool: pool = E[:]; R.shuffle(pool)
                e = pool.pop()
                if e in chosen or (e == "inbreng_leerling" and p["pre"]):
                    pool.insert(0, e); tries += 1; continue
                chosen.append(e)
            for e in chosen: K[e] = rnd.choice(kinds_for(layout, e, fmt))
        C = {e: variant(p, e, K[e], rnd) for e in E}
        blocks, hdr, ftr = LAYOUTS[layout](p, C, K)
        # labels
        L = {}
        for e in E:
            lab = label_for(K[e])
            if e == "afwijkingen_onderwijsprogramma" and K[e] == "present" and PROFILES[p['profile']]['afw'].lower().startswith(("geen", "n.v.t")): lab = "not_applicable"
            if e == "inbreng_leerling" and p["pre"]: lab = "not_applicable"
            L[e] = lab
        name = f"{i+1:02d}-{layout}-{st}"
        ext = {"docx":"docx","docx-cc":"docx","pdf-word":"pdf","pdf":"pdf","scan":"pdf","pdf-form":"pdf","odt":"odt","txt":"txt","md":"md"}[fmt]
        out = os.path.join(DOCS, f"{name}.{ext}")
        if fmt in ("docx", "docx-cc"): write_docx(blocks, out, hdr, ftr, controls=(fmt == "docx-cc"))
        elif fmt in ("pdf-word", "odt"):
            src = os.path.join(BUILD, f"{name}.docx"); write_docx(blocks, src, hdr, ftr); pending_conv.append((src, ext))
        elif fmt == "pdf": write_pdf(blocks, out, hdr, ftr)
        elif fmt in ("txt", "md"): write_text(blocks, out, md=(fmt == "md"), header=hdr, footer=ftr)
        elif fmt == "pdf-form":
            write_form_pdf('OPP-formulier primair onderwijs', meta_rows(p), form_fields(p, C, K), out)
        elif fmt == "scan":
            src = os.path.join(BUILD, f"{name}.pdf"); write_pdf(blocks, src, hdr, ftr, scan=True, seed=i); make_scan(src, out, i)
        gaps = {e: K[e] for e in E if K[e] not in ("present",) and not (e == "inbreng_leerling" and p["pre"])}
        when = f"set {p['vast_d']}" + (f", revised {p['revised']}" if p.get('revised') else "") + (" (before 1 Aug 2025: pupil input not required)" if p["pre"] else "")
        note = f"{layout} layout, {fmt}; {when}; " + ("complete plan" if not gaps else "gaps on purpose: " + ", ".join(f"{e}={k}" for e, k in gaps.items()))
        if scan: note += "; scanned image, parent signature is a drawn scribble"
        docs.append(dict(file=f"docs/{name}.{ext}", format=("pdf" if ext == "pdf" else ext), layout=layout + ("-scan" if scan else ""), school_type=st,
                         scanned=scan, elements=L, accept_unclear=(["instemming_ouders"] if scan else []), notes=note))
    docs += extra_docs(pending_conv)
    convert(pending_conv)
    json.dump({"version": 1, "docs": docs}, open(os.path.join(OUT, "labels.json"), "w"), indent=1, ensure_ascii=False)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(docs), "docs")

def convert(pending):
    for ext in ("pdf", "odt"):
        srcs = [s for s, e in pending if e == ext]
        if srcs:
            subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", DOCS] + srcs, check=True, capture_output=True)

def make_scan(src, out, seed):
    from PIL import Image, ImageFilter
    import numpy as np
    pre = os.path.join(BUILD, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src, pre], check=True)
    pages = sorted(f for f in os.listdir(BUILD) if f.startswith(f"scan{seed}-") and f.endswith(".png"))
    rs = np.random.RandomState(seed); imgs = []
    for f in pages:
        im = Image.open(os.path.join(BUILD, f)).convert("L")
        im = im.rotate(rs.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32) + rs.normal(0, 14, (im.height, im.width))
        a = a * 0.93 + 12; im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
        imgs.append(im.convert("RGB"))
    imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=110)

# ------------------------------------------------------------ non-OPP documents and blank formats
def allstat(s): return {e: s for e in E}
def extra_docs(pending):
    res = []
    leaflet = [('title', 'Wat is een OPP? Informatie voor ouders'), ('p', [SWV, "Uitgave voor ouders en verzorgers, versie 2025"]),
        ('h1', 'Waarom een ontwikkelingsperspectief?'), ('p', ["Als uw kind meer ondersteuning nodig heeft dan de basisondersteuning van de school, stelt de school een ontwikkelingsperspectiefplan (OPP) op. Daarin staat de verwachte uitstroombestemming, met een onderbouwing, en welke belemmerende en bevorderende factoren een rol spelen."]),
        ('h1', 'Wat staat er verder in?'), ('bul', ["de onderwijsbehoeften van uw kind en de ondersteuning die de school biedt (het handelingsdeel)", "eventuele afwijkingen van het onderwijsprogramma", "doelen voor de komende periode en adviezen van deskundigen", "wanneer het plan met u en uw kind wordt geëvalueerd (minstens één keer per jaar)"]),
        ('h1', 'Uw rol als ouder'), ('p', ["De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden. Bent u het niet eens, neem dan contact op met de school, het Ouder- en Jeugdsteunpunt of een onderwijsconsulent; u kunt binnen zes weken naar de Geschillencommissie passend onderwijs."])]
    write_pdf(leaflet, os.path.join(DOCS, "90-folder-ouders-wat-is-een-opp.pdf"))
    res.append(dict(file="docs/90-folder-ouders-wat-is-een-opp.pdf", format="pdf", layout="leaflet", school_type="none", scanned=False, elements=allstat("missing"), accept_unclear=[], notes="not an OPP: general leaflet for parents that names every element"))
    news = [('title', 'Nieuwsbrief IKC De Molenwiek — december 2025'), ('h1', 'Sinterklaas'), ('p', ["Wat een feest was het! Dank aan de ouderraad voor alle hulp."]),
        ('h1', 'Nieuw: uw kind praat mee over het OPP'), ('p', ["Voor een klein aantal leerlingen maken wij een ontwikkelingsperspectiefplan. Sinds dit schooljaar vragen we ook de leerling zelf wat hij of zij ervan vindt, en we schrijven op wat we met die inbreng doen. Ouders tekenen zoals altijd voor akkoord met het handelingsdeel; de evaluatie plannen we in februari en juni."]),
        ('h1', 'Agenda'), ('bul', ["18 december: kerstviering 17.00 uur", "22 december t/m 2 januari: kerstvakantie", "13 januari: studiedag, alle kinderen vrij"])]
    write_docx(news, os.path.join(DOCS, "91-nieuwsbrief-december.docx"))
    res.append(dict(file="docs/91-nieuwsbrief-december.docx", format="docx", layout="newsletter", school_type="none", scanned=False, elements=allstat("missing"), accept_unclear=[], notes="not an OPP: school newsletter with an item about OPPs"))
    letter = [('p', ["CBS Het Kompas, Oosterwaal", "Oosterwaal, 2 september 2025", "Aan de ouders van leerlingen met een ontwikkelingsperspectiefplan", "",
        "Beste ouders,", "Met ingang van dit schooljaar gebruiken wij een nieuw format voor het ontwikkelingsperspectiefplan. Het nieuwe format heeft vragen als 'Wat heeft uw kind nodig?' en 'Waar loopt uw kind tegenaan?'. Ook komt er een vak voor de inbreng van uw kind en voor de evaluatie. In oktober nodigen wij u uit voor een gesprek over het plan van uw kind; daarna vragen wij uw handtekening voor akkoord.",
        "Heeft u vragen, neem dan contact op met de intern begeleider.", "Met vriendelijke groet,", "K. Bremer, directeur"])]
    write_text(letter, os.path.join(DOCS, "92-brief-nieuw-opp-format.txt"))
    res.append(dict(file="docs/92-brief-nieuw-opp-format.txt", format="txt", layout="letter-general", school_type="none", scanned=False, elements=allstat("missing"), accept_unclear=[], notes="not an OPP: letter to all OPP parents about a new format"))
    # blank beknopt format: every field exists, nothing filled in
    p0 = dict(naam="", geb="", g="", school="", lk="", ib="")
    rows = [[k, ""] for k in ["Naam leerling","Geboortedatum","Groep","School","Groepsleerkracht","Intern begeleider"]]
    labs = ["Verwacht uitstroomniveau","Onderbouwing","Belemmerende factoren","Bevorderende factoren","Onderwijsbehoeften","Extra ondersteuning (wat, wie, hoe vaak)",
            "Afwijking onderwijsprogramma","Doelen komende periode","Advies externe deskundigen","Besproken met ouders","Inbreng leerling","Evaluatie","Rechten ouders","Vastgesteld"]
    blank = [('title', 'Beknopt OPP'), ('p', ["Schooljaar 20..-20.."]), ('table', rows + [[l, ""] for l in labs], False), ('h2', 'Ondertekening handelingsdeel'),
             ('p', ["Ouders/verzorgers gaan akkoord met het handelingsdeel van dit OPP.", "Naam ouder/verzorger: ____________________", "Handtekening: ____________________   Datum: ________"])]
    write_docx(blank, os.path.join(DOCS, "93-beknopt-opp-leeg-format.docx"))
    res.append(dict(file="docs/93-beknopt-opp-leeg-format.docx", format="docx", layout="beknopt-blank", school_type="po", scanned=False, elements=allstat("incomplete"), accept_unclear=[], notes="blank beknopt format: every element has a field, none filled"))
    # blank form without adviezen and rechten fields
    fields = [(FORM_LAB[e], ([] if e not in ("afwijkingen_onderwijsprogramma","instemming_ouders") else
              (["\x01Geen afwijkingen","\x01Eigen leerlijn / aangepaste doelen","\x01Vrijstelling / minder onderwijstijd"] if e == "afwijkingen_onderwijsprogramma"
               else ["\x01Ik ga akkoord met het handelingsdeel","\x01Ik ga niet akkoord met het handelingsdeel","Naam:             Datum:"])))
              for e in E if e not in ("adviezen_professionals","informatie_rechten")]
    write_form_pdf('OPP-formulier primair onderwijs', [(k, "") for k in ["Naam leerling","Geboortedatum","Groep","School"]], fields, os.path.join(DOCS, "94-opp-formulier-leeg.pdf"))
    el = allstat("incomplete"); el["adviezen_professionals"] = "missing"; el["informatie_rechten"] = "missing"
    res.append(dict(file="docs/94-opp-formulier-leeg.pdf", format="pdf", layout="form-blank", school_type="po", scanned=False, elements=el, accept_unclear=[], notes="blank fillable form; has no field for expert advice or parents' rights"))
    return res

if __name__ == "__main__":
    main()
