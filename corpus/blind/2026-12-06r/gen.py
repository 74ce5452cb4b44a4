# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP validation set (round 2026-12-06r).
Run: /work/blind30/venv/bin/python gen.py   (needs soffice, pdftoppm)"""
import os, sys, json, random, shutil, hashlib, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *
import render as R

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "docs"); BUILD = os.path.join(OUT, "build")
D = dt.date
def seed_of(s): return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)

PUPILS = [("Noah","Verhoeven","m"),("Lotte","Brinkman","f"),("Daan","Kuipers","m"),("Sara","Ait Taleb","f"),("Milan","de Rooij","m"),
          ("Fenna","Hazelaar","f"),("Jesse","Wiersma","m"),("Yara","Mulder-Ekker","f"),("Thijs","Bosgraaf","m"),("Emma","Zwartveld","f"),
          ("Luuk","Ramdin","m"),("Nora","Oudeland","f"),("Sem","Vlietstra","m"),("Isa","Koopmans","f"),("Bram","Terpstra","m"),
          ("Julia","Hendriksen","f"),("Mohamed","Bouzid","m"),("Roos","van Gelder","f"),("Finn","Achterberg","m"),("Mila","Doornbos","f"),
          ("Ravi","Sewnath","m"),("Evi","Lammerts","f"),("Gijs","Olthof","m"),("Liv","Stapper","f"),("Joep","Meeuwsen","m"),
          ("Zoë","Harkema","f"),("Ties","Brouwers","m"),("Anouk","Pel","f"),("Stijn","Vos-Dijkman","m"),("Hanna","Schuring","f")]
SCHOOLS = {"po": [("OBS De Wilgenhoek","Oosterlinde"),("CBS Het Kompas","Bremveen"),("Kindcentrum De Zandloper","Walsdorp"),("RK Basisschool Sint Jozef","Meerdijk")],
           "sbo": [("SBO De Regenboog","Kranenhoek"),("SBO Het Baken","Zandhove"),("SBO De Brug","Oosterlinde")],
           "so": [("SO De Sterrenwacht","Walsdorp"),("Mytylschool De Klimop","Bremveen"),("SO Het Palet","Hoogveld")],
           "vo": [("Hoogveld College","Hoogveld"),("Scholengemeenschap De Dijk","Meerdijk"),("Lindewijk Lyceum","Lindewijk"),("Vakcollege Zandhove","Zandhove")],
           "pro": [("Praktijkschool De Werkplaats","Kranenhoek"),("Praktijkcollege Walsdorp","Walsdorp")],
           "vso": [("VSO De Horizon","Bremveen"),("VSO Het Anker","Lindewijk"),("Cluster 4-school De Wending","Hoogveld")]}
SWV = ["SWV Passend Onderwijs Lindewijk e.o.", "Samenwerkingsverband VO Bremveen-Meerdijk", "SWV PO De Zandhoven", "SWV Kranenhoek (V)SO"]

# (id, layout, fmt, school type, date, gaps, consent, extra)
SPECS = [
 # ---- plans with deliberate gaps
 ("g01","genummerd","pdf-word","po",D(2025,10,6),{"uitstroombestemming":"placeholder"},"nodate",{}),
 ("g02","genummerd","docx","sbo",D(2024,11,12),{"onderbouwing":"instruction","evaluatie":"omit","inbreng_leerling":"omit"},"signed",{}),
 ("g03","onderdeel-inhoud","pdf-word","vo",D(2025,9,29),{"belemmerende_factoren":"empty","inbreng_leerling":"noeffect"},"signed",{}),
 ("g04","onderdeel-inhoud","docx","pro",D(2026,1,19),{"bevorderende_factoren":"omit"},"voor_gezien",{}),
 ("g05","onderdeel-inhoud","odt","so",D(2025,10,20),{"adviezen_professionals":"ref","afwijkingen_onderwijsprogramma":"omit"},"signed",{}),
 ("g06","onderdeel-inhoud","pdf-direct","vso",D(2025,11,3),{"informatie_rechten":"omit","inbreng_leerling":"omit"},"wrong_party",{"adult":True}),
 ("g07","domeintabellen","pdf-word","sbo",D(2025,10,13),{"ondersteuningsbehoefte":"placeholder","oogo":"planned"},"signed",{}),
 ("g08","domeintabellen","odt","po",D(2025,3,17),{"ondersteuning":"vague","inbreng_leerling":"omit"},"refused",{}),
 ("g09","domeintabellen","pdf-word","vso",D(2026,2,9),{"uitstroombestemming":"vague","doelen":"empty"},"signed",{}),
 ("g10","vraaggestuurd","odt","vo",D(2025,11,24),{"doelen":"vague","inbreng_leerling":"omit"},"signed",{}),
 ("g11","vraaggestuurd","docx","so",D(2025,6,2),{"oogo":"vague"},"school_only",{}),
 ("g12","vraaggestuurd","md","po",D(2025,10,27),{"vaststelling":"omit","evaluatie":"placeholder"},"signed",{}),
 ("g13","brief","pdf-direct","po",D(2025,9,15),{"afwijkingen_onderwijsprogramma":"omit"},"onder_protest",{}),
 ("g14","brief","txt","vo",D(2026,3,2),{"onderbouwing":"placeholder","adviezen_professionals":"omit"},"signed",{}),
 ("g15","brief","pdf-direct","sbo",D(2024,10,7),{"belemmerende_factoren":"omit","inbreng_leerling":"omit"},"avg_only",{}),
 ("g16","beknopt-formulier","docx","po",D(2025,11,10),{"bevorderende_factoren":"empty","afwijkingen_onderwijsprogramma":"unticked"},"signed",{}),
 ("g17","beknopt-formulier","docx","vo",D(2025,10,1),{"ondersteuning":"empty"},"unticked",{}),
 ("g18","beknopt-formulier","pdf-word","pro",D(2026,1,12),{"inbreng_leerling":"empty","vaststelling":"vague"},"signed",{}),
 ("g19","groeidocument","pdf-word","so",D(2025,9,22),{"adviezen_professionals":"ref","evaluatie":"vague"},"signed",{}),
 ("g20","groeidocument","md","sbo",D(2026,3,16),{"ondersteuningsbehoefte":"instruction","informatie_rechten":"placeholder"},"signed",{}),
 ("g21","systeemexport","pdf-direct","vo",D(2025,12,1),{"uitstroombestemming":"instruction"},"blank_line",{}),
 ("g22","systeemexport","txt","pro",D(2025,5,12),{"doelen":"placeholder","informatie_rechten":"omit"},"signed",{}),
 ("g23","systeemexport","pdf-direct","vso",D(2025,10,6),{"inbreng_leerling":"noeffect"},"partial",{"curatele":True}),
 ("g24","invul-pdf","pdf-form","vo",D(2025,10,14),{"oogo":"empty","vaststelling":"empty"},"signed",{}),
 ("g25","invul-pdf","pdf-form","sbo",D(2026,2,2),{"onderbouwing":"empty"},"nodate",{}),
 ("g26","genummerd","pdf-word","vso",D(2025,9,8),{"afwijkingen_onderwijsprogramma":"placeholder","adviezen_professionals":"ref"},"signed",{}),
 ("g27","onderdeel-inhoud","pdf-word","po",D(2026,10,5),{"ondersteuning":"ref","inbreng_leerling":"omit"},"signed",{}),
 ("g28","domeintabellen","pdf-word","pro",D(2025,10,27),{"bevorderende_factoren":"placeholder","evaluatie":"omit"},"signed",{}),
 ("g29","groeidocument","pdf-word","vo",D(2025,2,10),{"inbreng_leerling":"omit","informatie_rechten":"vague"},"signed",{"revised_after":D(2025,10,20)}),
 ("g30","vraaggestuurd","docx","vso",D(2026,1,26),{"belemmerende_factoren":"instruction","oogo":"omit"},"signed",{}),
 ("g31","papier-scan","pdf-scan","po",D(2025,10,20),{"doelen":"vague"},"signed",{}),
 ("g32","papier-scan","pdf-scan","vso",D(2025,11,17),{"ondersteuningsbehoefte":"omit"},"blank_line",{}),
 ("g33","papier-scan","pdf-scan","sbo",D(2025,4,14),{"evaluatie":"empty"},"signed",{}),
 ("g34","genummerd","pdf-word","so",D(2026,3,9),{"informatie_rechten":"instruction","ondersteuning":"placeholder"},"signed",{}),
 ("g35","systeemexport","txt","so",D(2025,10,13),{"vaststelling":"placeholder","onderbouwing":"vague"},"signed",{}),
 ("g36","beknopt-formulier","docx","sbo",D(2025,11,3),{"oogo":"placeholder"},"signed",{"avg_extra":True}),
 # ---- complete plans
 ("c01","genummerd","pdf-word","vo",D(2025,10,13),{},"signed",{}),
 ("c02","genummerd","docx","po",D(2024,12,9),{"inbreng_leerling":"omit"},"signed",{}),
 ("c03","onderdeel-inhoud","pdf-word","so",D(2025,11,17),{},"signed",{}),
 ("c04","onderdeel-inhoud","docx","vso",D(2025,9,29),{"inbreng_leerling":"omit"},"signed",{"adult":True}),
 ("c05","domeintabellen","pdf-word","po",D(2026,1,26),{},"signed",{}),
 ("c06","domeintabellen","odt","vso",D(2025,10,6),{},"signed",{"curatele":True}),
 ("c07","vraaggestuurd","odt","sbo",D(2025,9,22),{},"signed",{}),
 ("c08","vraaggestuurd","md","pro",D(2026,2,16),{},"signed",{}),
 ("c09","brief","pdf-direct","so",D(2025,10,27),{},"signed",{}),
 ("c10","brief","txt","sbo",D(2025,5,19),{},"signed",{}),
 ("c11","beknopt-formulier","docx","pro",D(2025,11,3),{},"signed",{"avg_extra":True}),
 ("c12","beknopt-formulier","pdf-word","so",D(2026,3,23),{},"signed",{}),
 ("c13","groeidocument","pdf-word","vso",D(2025,12,8),{},"signed",{}),
 ("c14","groeidocument","md","po",D(2025,10,6),{},"signed",{}),
 ("c15","systeemexport","pdf-direct","po",D(2026,1,12),{},"signed",{}),
 ("c16","systeemexport","txt","vso",D(2025,9,15),{},"signed",{}),
 ("c17","invul-pdf","pdf-form","pro",D(2025,10,20),{},"signed",{}),
 ("c18","papier-scan","pdf-scan","vo",D(2026,2,2),{},"signed",{}),
 ("c19","onderdeel-inhoud","pdf-direct","sbo",D(2026,10,12),{},"signed",{}),
 ("c20","genummerd","pdf-word","pro",D(2025,6,23),{"inbreng_leerling":"omit"},"signed",{}),
]
ORDER = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren","ondersteuningsbehoefte",
         "adviezen_professionals","doelen","ondersteuning","afwijkingen_onderwijsprogramma","inbreng_leerling","oogo",
         "evaluatie","informatie_rechten","instemming_ouders","vaststelling"]
ORDER2 = ["belemmerende_factoren","bevorderende_factoren","ondersteuningsbehoefte","uitstroombestemming","onderbouwing",
          "inbreng_leerling","doelen","ondersteuning","afwijkingen_onderwijsprogramma","adviezen_professionals","evaluatie",
          "oogo","informatie_rechten","vaststelling","instemming_ouders"]

def consent_model(kind, c, sigstyle, hand=False):
    r = c.rng
    dd = fmt(c.date - dt.timedelta(days=r.choice([1, 2, 3])))
    if c.adult and not c.curatele:
        party = [{"rol": "Leerling (meerderjarig)", "naam": c.pupil}]
    elif c.curatele:
        party = [{"rol": "Curator / wettelijk vertegenwoordiger", "naam": "mr. D. Abma (curator)"}]
    else:
        party = [{"rol": "Ouder/verzorger", "naam": c.parent}] + ([{"rol": "Ouder/verzorger", "naam": c.parent2}] if r.random() < .4 else [])
    school = [{"rol": "Mentor / leerkracht", "naam": c.mentor}, {"rol": "Intern begeleider / zorgcoördinator", "naam": c.ib}]
    def signed(rows, date=dd):
        out = []
        for i, x in enumerate(rows):
            y = dict(x); y["datum"] = date; y["sig"] = sigstyle; y["seed"] = seed_of(c.spec["id"] + x["naam"] + str(i)); y["hand_date"] = hand; out.append(y)
        return out
    def blank(rows):
        return [dict(x, datum="", sig="", seed=0, naam=x["naam"] if x["naam"] else "") for x in rows]
    who = "de leerling" if (c.adult and not c.curatele) else ("de wettelijk vertegenwoordiger" if c.curatele else "ouder(s)/verzorger(s)")
    stmt = r.choice([f"Ondergetekende, {who}, verklaart in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.",
                     f"Door ondertekening geeft {who} instemming met het handelingsdeel van het OPP.",
                     f"Instemming {who} met het handelingsdeel:"])
    opts_ok = [("Akkoord met het handelingsdeel", True), ("Niet akkoord", False)]
    m = {"statement": stmt, "options": opts_ok if r.random() < .6 else None, "remark": None, "rows": []}
    if kind == "signed":
        m["rows"] = signed(party) + signed(school[:1])
    elif kind == "voor_gezien":
        m["statement"] = "Voor gezien:"; m["options"] = None; m["rows"] = signed(party) + signed(school[:1])
        m["remark"] = "Voor gezien getekend, niet voor akkoord."
    elif kind == "onder_protest":
        m["rows"] = signed(party) + signed(school[:1]); m["remark"] = "Getekend onder protest: wij vinden één uur begeleiding per week te weinig."
    elif kind == "refused":
        m["options"] = [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", True)]
        m["rows"] = signed(party) + signed(school[:1]); m["remark"] = "Wij gaan niet akkoord; wij willen eerst een second opinion."
    elif kind == "partial":
        m["options"] = [("Volledig akkoord", False), ("Gedeeltelijk akkoord (zie opmerking)", True), ("Niet akkoord", False)]
        m["rows"] = signed(party) + signed(school[:1]); m["remark"] = "Akkoord met de begeleiding, niet akkoord met het verkorte rooster."
    elif kind == "school_only":
        m["rows"] = signed(school)
    elif kind == "blank_line":
        m["options"] = [(x, False) for x, _ in opts_ok] if m["options"] else None
        m["rows"] = blank(party) + signed(school[:1])
    elif kind == "unticked":
        m["options"] = [("Ik ga akkoord met het handelingsdeel", False), ("Ik ga niet akkoord", False)]
        m["rows"] = [dict(x, datum="", sig="", seed=0) for x in party]
    elif kind == "nodate":
        m["rows"] = [dict(x, datum="") for x in signed(party)] + signed(school[:1])
    elif kind == "wrong_party":
        pr = [{"rol": "Ouder", "naam": c.parent}, {"rol": "Ouder", "naam": c.parent2}]
        m["statement"] = "Ouders verklaren in te stemmen met het handelingsdeel."
        m["rows"] = signed(pr) + signed(school[:1])
    return m

def avg_chapter(c, sig="w.g."):
    return ("Toestemming gebruik beeldmateriaal (AVG)",
            ["☒ Ik geef toestemming voor het gebruik van foto's en video's van mijn kind in de schoolgids, op de website en in de nieuwsbrief.",
             f"Naam ouder: {c.parent}   Datum: {fmt(c.date - dt.timedelta(days=20))}   Handtekening: {sig}"])

LEAD = {"uitstroombestemming": "Wat verwachten wij op langere termijn? ", "onderbouwing": "Waarop baseren wij dit? ",
        "belemmerende_factoren": "Er zijn ook zaken die het leren van {n} moeilijker maken. ", "bevorderende_factoren": "Gelukkig is er ook veel dat helpt. ",
        "ondersteuningsbehoefte": "Wat heeft {n} nodig? ", "ondersteuning": "Wat gaat de school doen? ", "afwijkingen_onderwijsprogramma": "Over het lesprogramma: ",
        "doelen": "Voor de komende periode hebben wij deze doelen gesteld: ", "adviezen_professionals": "Wij hebben ook gekeken naar wat deskundigen adviseren. ",
        "oogo": "", "inbreng_leerling": "Wij hebben {n} ook zelf gevraagd wat {hij} ervan vindt. ", "evaluatie": "Hoe verder? ",
        "informatie_rechten": "", "vaststelling": ""}
LEAD_GAP = {"uitstroombestemming": "De verwachte uitstroombestemming is: ", "onderbouwing": "Wij baseren dit perspectief op: ",
            "belemmerende_factoren": "Belemmerende factoren: ", "bevorderende_factoren": "Bevorderende factoren: ",
            "ondersteuningsbehoefte": "Onderwijsbehoeften: ", "ondersteuning": "De school biedt de volgende ondersteuning: ",
            "afwijkingen_onderwijsprogramma": "Afwijkingen van het programma: ", "doelen": "Doelen: ", "adviezen_professionals": "Adviezen van deskundigen: ",
            "oogo": "Overleg met ouders: ", "inbreng_leerling": "Inbreng van {n}: ", "evaluatie": "Evaluatie: ",
            "informatie_rechten": "Uw rechten: ", "vaststelling": "Vastgesteld: "}

def build(spec):
    sid = spec["id"]; rng = random.Random(seed_of(sid)); c = Ctx(spec, rng)
    lay = spec["layout"]; gaps = spec["gaps"]
    kinds = {}
    for el in ELEMENTS:
        if el == "instemming_ouders": kinds[el] = spec["consent"]; continue
        k = gaps.get(el, "present")
        if el == "afwijkingen_onderwijsprogramma" and k == "present":
            k = "present" if rng.random() < .5 else "na"
        kinds[el] = k
    labels = {el: label_for(el, kinds[el], c) for el in ELEMENTS}
    if spec.get("scanned"): pass
    style = {"genummerd": "numbered", "onderdeel-inhoud": "twocol", "domeintabellen": "domain", "vraaggestuurd": "questions",
             "brief": "letter", "beknopt-formulier": "form", "groeidocument": "groei", "systeemexport": "export",
             "invul-pdf": "fillform", "papier-scan": "paper"}[lay]
    order = ORDER2 if lay in ("vraaggestuurd", "systeemexport") else ORDER
    blocks = []; num = 2
    for el in order:
        k = kinds[el]
        if el == "instemming_ouders":
            if k in ("omit", "avg_only"): continue
            blocks.append({"el": el, "head": rng.choice(HEAD[el]) if style != "questions" else QUESTION[el][0], "body": [], "num": num}); num += 1; continue
        head = rng.choice(QUESTION[el]) if style == "questions" else rng.choice(HEAD[el])
        if el == "afwijkingen_onderwijsprogramma" and k == "unticked":
            body = []
        else:
            body = present_text(el, c) if k == "present" else gap_text(el, k, c)
        b = {"el": el, "head": head, "body": body, "instr": k == "instruction", "num": num}
        if el == "afwijkingen_onderwijsprogramma" and style == "form" and k in ("present", "na", "unticked"):
            b["ticks"] = [("Geen afwijkingen", k == "na"), ("Wel afwijkingen, namelijk:", k == "present")]
            if k == "na": b["body"] = []
        elif el == "afwijkingen_onderwijsprogramma" and k == "unticked":
            b["body"] = ["☐ Ja, namelijk: ……………   ☐ Nee"]
        if body is not None: num += 1
        blocks.append(b)
    st_name = {"po": "basisschool", "sbo": "speciaal basisonderwijs", "so": "speciaal onderwijs", "vo": "voortgezet onderwijs",
               "pro": "praktijkonderwijs", "vso": "voortgezet speciaal onderwijs"}[c.st]
    meta = [("Naam leerling", c.pupil), ("Geboortedatum", fmt(c.dob)), ("Groep / klas", c.klas),
            ("School", f"{c.school}, {c.place} ({st_name})"), ("Mentor / leerkracht", c.mentor), ("Opgesteld door", c.ib),
            ("Datum OPP", fmt(c.date) if labels["vaststelling"] == "present" else f"schooljaar {c.date.year if c.date.month>=8 else c.date.year-1}-{(c.date.year if c.date.month>=8 else c.date.year-1)+1}")]
    if c.adult and not c.curatele: meta.append(("Meerderjarig", "ja (18+), handelingsbekwaam; leerling is zelf gesprekspartner"))
    if c.curatele: meta.append(("Wettelijk vertegenwoordiger", "mr. D. Abma, curator (leerling staat onder curatele)"))
    if spec.get("revised_after"): meta.append(("Bijgesteld op", fmt(spec["revised_after"])))
    if lay in ("genummerd",): meta = meta  # first section is "1. Gegevens"
    sigstyle = {"pdf-word": "img", "docx": rng.choice(["img", "w.g."]), "odt": "w.g.", "pdf-direct": rng.choice(["img", "digitaal ondertekend"]),
                "txt": "(getekend)", "md": "digitaal akkoord via ouderportaal", "pdf-form": "img", "pdf-scan": "img"}[spec["fmt"]]
    consent = consent_model(kinds["instemming_ouders"], c, sigstyle, hand=(spec["fmt"] == "pdf-scan"))
    if style == "form": consent["sdt"] = True
    title = rng.choice(["Ontwikkelingsperspectiefplan (OPP)", "Ontwikkelingsperspectief", "OPP " + c.pupil,
                        "Ontwikkelingsperspectiefplan schooljaar " + (f"{c.date.year}-{c.date.year+1}" if c.date.month >= 8 else f"{c.date.year-1}-{c.date.year}")])
    model = {"style": style, "title": title, "subtitle": f"{c.school} – {c.place}", "meta": meta, "blocks": blocks, "consent": consent,
             "meta_head": "1. Gegevens" if style == "numbered" else rng.choice(["Gegevens leerling", "Algemene gegevens", "Personalia"])}
    post = []
    if kinds["instemming_ouders"] == "avg_only" or spec["extra"].get("avg_extra"):
        post.append(avg_chapter(c, "w.g."))
    model["post_chapters"] = post
    if style == "numbered":
        model["footer"] = f"{rng.choice(SWV)} – format OPP versie 2024"
    if style == "export":
        model["footer"] = f"Kompasnet LVS – afgedrukt op {fmt(c.date + dt.timedelta(days=2))} door {c.ib.split(' (')[0]} – pagina {{p}}"
        model["header"] = f"{c.school} | Leerlingdossier {c.pupil} | OPP"
        model["title"] = "Ontwikkelingsperspectief – export"
    if style == "groei":
        model["title"] = "Groeidocument " + c.pupil
        model["pre_chapters"] = [("1. Gezinssituatie", [f"{c.first} woont met {c.zijn} moeder en een jongere zus in {c.place}. Contactpersoon school: {c.mentor}."]),
                                 ("2. Schoolloopbaan", [f"Ingeschreven op {c.school} sinds {fmt(c.date - dt.timedelta(days=700))}. Geen doublures op deze school. Verzuim vorig schooljaar: 9 dagen (ziekte)."]),
                                 ("3. Betrokken partijen", ["Schoolmaatschappelijk werk (tot 2024), huisarts. Geen andere hulpverlening op dit moment."])]
        model["opp_chapter"] = "4. Ontwikkelingsperspectief (OPP)"
        model["post_chapters"] = post + [("5. Logboek", [f"{fmt(c.date - dt.timedelta(days=40))}: telefonisch contact met moeder over huiswerk.", f"{fmt(c.date + dt.timedelta(days=14))}: start begeleiding."])]
    if style == "domain":
        bl = {b["el"]: b for b in blocks}
        dom_rows = []
        for el, lab in [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend / sterke kanten"), ("ondersteuningsbehoefte", "Onderwijsbehoefte")]:
            b = bl[el]
            if b["body"] is None: continue
            if kinds[el] == "present":
                items = [x.split(": ", 1)[-1] for x in b["body"]]
                if el == "ondersteuningsbehoefte": items = items + ["Korte lijnen tussen thuis en school (wekelijks contact via de app)."]
                cells = [([items[i]], False) for i in range(4)]
            elif kinds[el] == "instruction":
                cells = [(b["body"], True)] + [([], False)] * 3
            else:
                cells = [(b["body"], False)] * 4
            dom_rows.append((lab, cells))
        model["domains"] = DOMAINS; model["domain_rows"] = dom_rows; model["domain_order"] = True
        dl, sl = bl["doelen"], bl["ondersteuning"]
        cols = ([] if dl["body"] is None else ["Doel"]) + ([] if sl["body"] is None else ["Ondersteuning (wat, wie, hoe vaak, vanaf wanneer)"])
        nrows = max(len(dl["body"] or [""]), len(sl["body"] or [""]), 1)
        rows = []
        for i in range(nrows):
            row = []
            if dl["body"] is not None: row.append(dl["body"][i] if i < len(dl["body"]) else ("" if kinds["doelen"] == "present" else (dl["body"][0] if dl["body"] else "")))
            if sl["body"] is not None: row.append(sl["body"][i] if i < len(sl["body"]) else ("" if kinds["ondersteuning"] in ("present",) else ""))
            rows.append(row)
        model["hand_table"] = {"cols": cols, "rows": rows}
        nb = []; done = False
        for b in blocks:
            if b["el"] in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"):
                if not any(x["el"] == "_domains" for x in nb): nb.append({"el": "_domains"})
                continue
            if b["el"] in ("doelen", "ondersteuning"):
                if not any(x["el"] == "_handeling" for x in nb): nb.append({"el": "_handeling"})
                continue
            nb.append(b)
        model["blocks"] = nb
        model["hand_head"] = rng.choice(["Handelingsdeel", "Handelingsdeel: doelen en aanpak", "Plan van aanpak (handelingsdeel)"])
    if style == "letter":
        model["letterhead"] = [c.school, f"Postbus {rng.randint(100,999)}", f"{rng.randint(1000,9999)} {rng.choice('ABKLMRT')}{rng.choice('ABEHKSX')} {c.place}", "",
                               f"Aan {c.parent if not (c.adult or c.curatele) else c.pupil}", f"{c.place}, {nl_date(c.date)}"]
        paras = [f"Beste {c.parent.split(' ',1)[0] if not c.adult else ''}ouder(s)/verzorger(s) van {c.first}," if not c.adult else f"Beste {c.first},",
                 f"In deze brief leggen wij het ontwikkelingsperspectief van {c.first} vast, zoals wij dat met u hebben besproken."]
        for b in blocks:
            el = b["el"]
            if el == "instemming_ouders" or b["body"] is None: continue
            k = kinds[el]
            body = b["body"] or ["…"]
            if k == "present" or k == "na":
                lead = LEAD[el].format(n=c.first, hij=c.hij)
                paras.append(lead + " ".join(x.split(": ", 1)[-1][0].upper() + x.split(": ", 1)[-1][1:] if el in ("belemmerende_factoren", "bevorderende_factoren") else x for x in body))
            else:
                lead = LEAD_GAP[el].format(n=c.first)
                paras.append(lead + (f"[{body[0]}]" if k == "instruction" else " ".join(body)))
        paras.append("Met vriendelijke groet,"); paras.append(f"{c.ib.split(' (')[0]}, namens het ondersteuningsteam")
        model["letter_paras"] = paras
        consent["present"] = kinds["instemming_ouders"] not in ("omit", "avg_only")
    return model, labels, kinds, c

def write(spec, model):
    sid = spec["id"]; f = spec["fmt"]; tmp = os.path.join(BUILD, sid); os.makedirs(tmp, exist_ok=True)
    base = f"{sid}-{spec['st']}-{spec['layout']}"
    if f in ("pdf-word", "docx", "odt"):
        p = os.path.join(tmp, base + ".docx"); R.render_docx(model, p, tmp)
        if f == "docx": shutil.copy(p, os.path.join(DOCS, base + ".docx")); return base + ".docx", "docx"
        return (p, base, f)  # converted in batch
    if f == "pdf-direct":
        R.render_rl(model, os.path.join(DOCS, base + ".pdf"), tmp); return base + ".pdf", "pdf"
    if f == "pdf-form":
        R.render_form_pdf(model, os.path.join(DOCS, base + ".pdf"), tmp); return base + ".pdf", "pdf"
    if f == "txt":
        R.render_txt(model, os.path.join(DOCS, base + ".txt")); return base + ".txt", "txt"
    if f == "md":
        R.render_txt(model, os.path.join(DOCS, base + ".md"), md=True); return base + ".md", "md"
    if f == "pdf-scan":
        src = os.path.join(tmp, base + "-src.pdf"); R.render_rl(model, src, tmp, hand=True)
        R.scan_pdf(src, os.path.join(DOCS, base + ".pdf"), seed_of(sid), tmp); return base + ".pdf", "pdf"
    raise ValueError(f)

# ------------------------------------------------------------------ not-OPP documents and blank formats
def non_opp():
    out = []
    tmp = os.path.join(BUILD, "n"); os.makedirs(tmp, exist_ok=True)
    # n01 leaflet (pdf direct)
    m = {"style": "export", "title": "Wat is een ontwikkelingsperspectief (OPP)? – informatie voor ouders", "subtitle": SWV[0],
         "meta": [("Uitgave", "Ouder- en Jeugdsteunpunt, folder 3"), ("Voor", "ouders en verzorgers")], "consent": {"rows": []},
         "blocks": [{"el": "x", "head": h, "body": [t]} for h, t in [
            ("Wanneer krijgt mijn kind een OPP?", "Als uw kind meer ondersteuning nodig heeft dan de school standaard biedt, stelt de school een ontwikkelingsperspectief op. In het speciaal onderwijs en het praktijkonderwijs heeft iedere leerling een OPP."),
            ("Wat staat erin?", "Het OPP beschrijft de verwachte uitstroombestemming en de onderbouwing daarvan, de belemmerende en bevorderende factoren, de onderwijsbehoeften, de ondersteuning die de school biedt en eventuele afwijkingen van het programma."),
            ("Welke rechten heeft u?", "Over het OPP voert de school eerst op overeenstemming gericht overleg met u. Op het handelingsdeel heeft u instemmingsrecht. Sinds 1 augustus 2025 moet de school ook uw kind horen. U kunt bij onenigheid terecht bij een onderwijsconsulent of de Geschillencommissie passend onderwijs."),
            ("Hoe vaak wordt het OPP bekeken?", "Minstens één keer per schooljaar evalueert de school het OPP met u.")]]}
    p = "n01-none-folder.pdf"; R.render_rl(m, os.path.join(DOCS, p), tmp); out.append((p, "pdf", "folder-ouders", "none", "leaflet for parents explaining what an OPP is; not an OPP"))
    # n02 newsletter (txt)
    m = {"style": "export", "title": "Nieuwsbrief SBO Het Baken – november 2025", "meta": [], "consent": None, "blocks": [{"el": "x", "head": h, "body": [t]} for h, t in [
        ("Sint-Maarten", "Op 11 november lopen we weer met lampionnen door de wijk. Ouders zijn welkom vanaf 17.30 uur."),
        ("OPP-gesprekken", "In de weken 47 en 48 worden de ontwikkelingsperspectiefplannen met u besproken. Uw kind mag bij het gesprek aanwezig zijn; we vragen de kinderen vooraf wat zij zelf belangrijk vinden. U ontvangt een uitnodiging via de ouderapp."),
        ("Luizencontrole", "Na iedere vakantie controleren de luizenouders alle kinderen.")]]}
    p = "n02-none-nieuwsbrief.txt"; R.render_txt(m, os.path.join(DOCS, p)); out.append((p, "txt", "nieuwsbrief", "none", "school newsletter mentioning OPP meetings; not an OPP"))
    # n03 general letter about new OPP rules (docx -> pdf)
    m = {"style": "numbered", "title": "Brief aan ouders: nieuwe werkwijze ontwikkelingsperspectief", "subtitle": "Hoogveld College – Hoogveld",
         "meta": [("Datum", "8 september 2025"), ("Kenmerk", "ZC/2025/114")], "consent": {"rows": []},
         "blocks": [{"el": "x", "head": h, "body": [t], "num": i + 2} for i, (h, t) in enumerate([
            ("Aanleiding", "Per 1 augustus 2025 is de wet aangepast: leerlingen hebben hoorrecht bij het opstellen en evalueren van hun OPP."),
            ("Wat verandert er?", "De mentor voert voortaan vóór het oudergesprek een gesprek met uw kind. In het OPP schrijven wij op wat uw kind heeft gezegd en wat wij daarmee doen."),
            ("Vragen?", "Neem contact op met de zorgcoördinator, mw. E. Pauwels.")])]}
    p = os.path.join(tmp, "n03-none-brief-algemeen.docx"); R.render_docx(m, p, tmp)
    out.append((p, "pdf-word", "brief-algemeen", "none", "general letter to all parents about the new OPP procedure; not an OPP"))
    return out

def blanks():
    out = []; tmp = os.path.join(BUILD, "b"); os.makedirs(tmp, exist_ok=True)
    fields = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"), ("Belemmerende factoren", "belemmerende_factoren"),
              ("Bevorderende factoren", "bevorderende_factoren"), ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"),
              ("Ondersteuning (wat / wie / hoe vaak)", "ondersteuning"), ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"),
              ("Adviezen externe deskundigen", "adviezen_professionals"), ("Datum overleg met ouders", "oogo"), ("Evaluatiedata", "evaluatie"),
              ("Datum vaststelling", "vaststelling")]
    meta = [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep / klas", ""), ("School", "")]
    cons = {"statement": "Ouders verklaren in te stemmen met het handelingsdeel.", "options": [("Akkoord", False), ("Niet akkoord", False)],
            "rows": [{"rol": "Ouder/verzorger", "naam": "", "datum": "", "sig": "", "seed": 0}, {"rol": "School", "naam": "", "datum": "", "sig": "", "seed": 0}], "sdt": True}
    blocks = [{"el": el, "head": h, "body": []} for h, el in fields] + [{"el": "instemming_ouders", "head": "Instemming handelingsdeel", "body": []}]
    m = {"style": "form", "title": "Format beknopt OPP (leeg)", "subtitle": SWV[2] + " – versie 2025", "meta": meta, "blocks": blocks, "consent": cons}
    p = "b01-po-blanco-formulier.docx"; R.render_docx(m, os.path.join(DOCS, p), tmp)
    lab = {el: "missing" for el in ELEMENTS}
    for _, el in fields: lab[el] = "incomplete"
    lab["instemming_ouders"] = "incomplete"
    out.append((p, "docx", "beknopt-formulier (blanco)", "po", lab, "blank format: content controls unfilled; no field for pupil's input or rights information"))
    fields2 = fields[:9] + [("Mening van de leerling", "inbreng_leerling"), ("OOGO: datum en aanwezigen", "oogo"), ("Evaluatie", "evaluatie"),
                            ("Vastgesteld door / datum", "vaststelling")]
    blocks = [{"el": el, "head": h, "body": []} for h, el in fields2] + [{"el": "instemming_ouders", "head": "Instemming", "body": []}]
    m = {"style": "fillform", "title": "OPP-formulier voortgezet onderwijs (invulbaar)", "subtitle": SWV[1], "meta": meta + [("Mentor", "")], "blocks": blocks,
         "consent": dict(cons, sdt=False), "footer": SWV[1] + " – invulformulier OPP"}
    p = "b02-vo-blanco-invulpdf.pdf"; R.render_form_pdf(m, os.path.join(DOCS, p), tmp)
    lab = {el: "missing" for el in ELEMENTS}
    for _, el in fields2: lab[el] = "incomplete"
    lab["instemming_ouders"] = "incomplete"
    out.append((p, "pdf", "invul-pdf (blanco)", "vo", lab, "blank fillable PDF format, all fields empty; no field for rights information"))
    return out

def main():
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(DOCS); os.makedirs(BUILD)
    entries = []; convert_pdf = []; convert_odt = []
    for i, (sid, lay, f, st, date, gaps, cons, extra) in enumerate(SPECS):
        spec = {"id": sid, "layout": lay, "fmt": f, "st": st, "date": date, "gaps": gaps, "consent": cons, "extra": extra,
                "pupil": PUPILS[i % len(PUPILS)], "school": SCHOOLS[st][i % len(SCHOOLS[st])]}
        spec.update({k: v for k, v in extra.items() if k in ("adult", "curatele", "revised_after")})
        model, labels, kinds, c = build(spec)
        res = write(spec, model)
        if isinstance(res, tuple) and len(res) == 3:
            p, base, ff = res
            (convert_pdf if ff == "pdf-word" else convert_odt).append(p)
            fname, fmt_ = (base + (".pdf" if ff == "pdf-word" else ".odt")), ("pdf" if ff == "pdf-word" else "odt")
        else:
            fname, fmt_ = res
        gapdesc = ", ".join(f"{k}={v}" for k, v in gaps.items() if not (k == "inbreng_leerling" and labels[k] == "not_applicable")) or "none"
        note = (f"layout {lay}, {f}; {'complete plan' if sid.startswith('c') else 'gaps'}: {gapdesc}; consent: {cons}; "
                f"afwijkingen: {kinds['afwijkingen_onderwijsprogramma']}; plan date {date.isoformat()}"
                + ("; adult pupil (handelingsbekwaam)" if extra.get("adult") else "") + ("; pupil under curatele, curator is party" if extra.get("curatele") else "")
                + (f"; revised {extra['revised_after'].isoformat()} (after 1 Aug 2025)" if extra.get("revised_after") else "")
                + ("; AVG/photo consent signed alongside" if extra.get("avg_extra") or cons == "avg_only" else ""))
        e = {"file": "docs/" + fname, "format": fmt_, "layout": lay, "school_type": st, "scanned": f == "pdf-scan",
             "elements": labels, "notes": note}
        if f == "pdf-scan": e["accept_unclear"] = ["instemming_ouders"]
        entries.append(e)
    for p, f, lay, st, note in non_opp():
        if f == "pdf-word":
            convert_pdf.append(p); fname = os.path.basename(p)[:-5] + ".pdf"; f = "pdf"
        else: fname = p
        entries.append({"file": "docs/" + fname, "format": f, "layout": lay, "school_type": st, "scanned": False,
                        "elements": {el: "missing" for el in ELEMENTS}, "notes": note})
    for p, f, lay, st, lab, note in blanks():
        entries.append({"file": "docs/" + p, "format": f, "layout": lay, "school_type": st, "scanned": False, "elements": lab, "notes": note})
    R.soffice_convert(convert_pdf, DOCS, "pdf")
    R.soffice_convert(convert_odt, DOCS, "odt")
    for e in entries:
        assert os.path.exists(os.path.join(OUT, e["file"])), e["file"]
    entries.sort(key=lambda e: e["file"])
    json.dump({"version": 1, "docs": entries}, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
    print(len(entries), "documents")

if __name__ == "__main__":
    main()
