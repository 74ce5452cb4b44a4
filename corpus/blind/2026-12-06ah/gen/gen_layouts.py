# -*- coding: utf-8 -*-
"""Nine OPP layouts plus the non-OPP documents. Each returns an IR dict (gen_common)."""
from gen_common import *
from gen_content import ELEMENTS

OPTIONS = {
    "po": (["praktijkonderwijs", "vmbo-bb (met lwoo)", "vmbo-kb (met lwoo)", "vmbo-gl/tl", "havo", "vwo", "vso"], {"pro": 0, "bb": 1, "kb": 2}),
    "sbo": (["praktijkonderwijs", "vmbo-bb (met lwoo)", "vmbo-kb (met lwoo)", "vmbo-gl/tl", "havo/vwo", "vso"], {"pro": 0, "bb": 1, "kb": 2}),
    "so": (["vso uitstroomprofiel vervolgonderwijs", "praktijkonderwijs", "regulier vmbo", "vso arbeidsmarktgericht", "vso dagbesteding"], {"vso-vo": 0, "pro": 1, "tl": 2}),
    "vo": (["mbo niveau 1 (entree)", "mbo niveau 2", "mbo niveau 3", "mbo niveau 4", "hbo", "wo"], {"kb": 2, "havo": 4, "tl": 3}),
    "pro": (["arbeid (regulier)", "mbo entreeopleiding", "beschut werk / arbeid met ondersteuning", "dagbesteding"], {"arbeid": 0, "entree": 1}),
    "vso": (["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], {"vervolg": 0, "arbeid": 1, "dag": 2}),
}


def sec(E, el, heading, kind="h2"):
    e = E[el]
    if not e["show"]:
        return []
    if e.get("own_heading"):
        return list(e["blocks"])
    return [(kind, heading)] + list(e["blocks"])


def cell(E, el):
    e = E[el]
    if not e["show"]:
        return None
    if e.get("wordph"):
        return "Klik of tik om tekst in te voeren."
    return flatten(e["blocks"])


def uit_checks(c, E):
    e = E["uitstroombestemming"]
    opts, mp = OPTIONS[c.type]
    if "ticked" not in e:   # generic gap variant: text only
        return None
    idx = mp.get(c.destkey, -1) if e["ticked"] else -1
    return [(o, i == idx) for i, o in enumerate(opts)]


def pupil_rows(c):
    r = [["Naam leerling", c.full], ["Geboortedatum", dnum(c.dob)], ["School", f"{c.school}, {c.place}"],
         ["Groep/klas", c.group]]
    if c.type == "vso" or c.adult or c.curatele:
        r.append(["Meerderjarig", "ja" if c.age >= 18 else "nee"])
    if c.curatele:
        r.append(["Wettelijk vertegenwoordiger", f"curator {c.curator['full']} (curatele sinds {c.jaar})"])
    elif c.adult:
        r.append(["Handelingsbekwaam", "ja"])
    return r


def version_line(c):
    if c.revised:
        return f"Versie {c.version} (bijgesteld {dnum(c.date)}; eerste versie {dnum(c.first_date)})"
    return f"Versie 1 ({dnum(c.date)})"


def sig_block(c, E, title="Vaststelling"):
    """vaststelling + instemming blocks in standard order"""
    out = []
    if E["vaststelling"]["show"]:
        out.append(("h2", title))
        if E["vaststelling"]["status"] == "present" and E["vaststelling"].get("sig"):
            out += [("sig", E["vaststelling"]["sig"])]
        else:
            out += E["vaststelling"]["blocks"]
    return out


# ------------------------------------------------------------------ L1 swv-genummerd
def L1(c, E, spec):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("small", c.swv + " – format 2024-2025"),
         ("small", version_line(c)),
         ("h1", "1. Gegevens leerling"), ("table", pupil_rows(c), {"header": False, "labelcol": True, "widths": [5, 11]})]
    B += [("h1", "2. Perspectief")]
    B += sec(E, "uitstroombestemming", "2.1 Te verwachten uitstroombestemming")
    B += sec(E, "onderbouwing", "2.2 Onderbouwing")
    B += [("h1", "3. Belemmerende en bevorderende factoren")]
    B += sec(E, "belemmerende_factoren", "3.1 Belemmerende factoren")
    B += sec(E, "bevorderende_factoren", "3.2 Bevorderende factoren")
    B += sec(E, "ondersteuningsbehoefte", "4. Onderwijs- en ondersteuningsbehoeften", "h1")
    B += sec(E, "adviezen_professionals", "5. Adviezen van deskundigen", "h1")
    B += [("h1", "6. Handelingsdeel")]
    B += sec(E, "doelen", "6.1 Doelen voor de komende periode")
    B += sec(E, "ondersteuning", "6.2 Te bieden ondersteuning en begeleiding")
    B += sec(E, "afwijkingen_onderwijsprogramma", "6.3 Afwijkingen van het onderwijsprogramma")
    B += sec(E, "inbreng_leerling", "7. Inbreng van de leerling", "h1")
    B += sec(E, "evaluatie", "8. Evaluatie", "h1")
    B += sec(E, "oogo", "9. Overleg met ouders (OOGO)", "h1")
    if E["vaststelling"]["show"]:
        B += [("h1", "10. Vaststelling")] + (E["vaststelling"]["blocks"])
    B += sec(E, "instemming_ouders", "11. Instemming ouders met het handelingsdeel", "h1")
    B += sec(E, "informatie_rechten", "12. Informatie voor ouders", "h1")
    return {"title": "OPP", "blocks": B, "footer": f"OPP {c.full} – {c.school} – {c.swv.split('(')[0].strip()}",
            "pdftitle": f"OPP {c.full}"}


# ------------------------------------------------------------------ L2 domeintabel
def L2(c, E, spec):
    B = [("title", f"Ontwikkelingsperspectief {c.full}"),
         ("table", [["Leerling", c.full, "Geboren", dnum(c.dob)], ["School", c.school, "Groep/klas", c.group],
                    ["Datum plan", dnum(c.date), "Versie", str(c.version)]], {"header": False})]
    B.append(("h1", "Beeld van de leerling per domein"))
    cols = [("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
            ("Onderwijsbehoefte", "ondersteuningsbehoefte")]
    cols = [(h, el) for h, el in cols if E[el]["show"]]
    rows = [["Domein"] + [h for h, _ in cols]]
    doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / medisch"]
    for d in doms:
        r = [d]
        for h, el in cols:
            e = E[el]
            if e["domains"]:
                r.append(e["domains"][d])
            else:
                ph = e.get("placeholder")
                r.append((ph or "") if (d == doms[0] or spec.get("fill_all_cells")) else "")
        rows.append(r)
    B.append(("table", rows, {"header": True, "widths": [3, 4.5, 4.5, 4.5] if len(cols) == 3 else None}))
    B.append(("h1", "Perspectief"))
    B.append(("table", [["Uitstroombestemming", cell(E, "uitstroombestemming") or ""],
                        ["Onderbouwing", cell(E, "onderbouwing") or ""]] if E["onderbouwing"]["show"] else
                       [["Uitstroombestemming", cell(E, "uitstroombestemming") or ""]], {"header": False, "labelcol": True, "widths": [4, 12.5]}))
    B.append(("h1", "Handelingsdeel"))
    B += sec(E, "doelen", "Doelen")
    B += sec(E, "ondersteuning", "Ondersteuning en begeleiding")
    B += sec(E, "afwijkingen_onderwijsprogramma", "Afwijkingen van het programma")
    B += sec(E, "adviezen_professionals", "Adviezen externe deskundigen", "h1")
    B += sec(E, "inbreng_leerling", "Wat vindt de leerling zelf?", "h1")
    B += sec(E, "oogo", "Gesprek met ouders", "h1")
    B += sec(E, "evaluatie", "Evaluatie", "h1")
    B += sec(E, "informatie_rechten", "Uw rechten als ouder", "h1")
    B += [("h1", "Ondertekening")]
    if E["vaststelling"]["show"]:
        B += E["vaststelling"]["blocks"]
    B += sec(E, "instemming_ouders", "Instemming ouders")
    return {"title": "OPP", "blocks": B, "footer": f"{c.school} – vertrouwelijk", "pdftitle": f"OPP {c.full}"}


# ------------------------------------------------------------------ L3 beknopt formulier (two columns)
def L3_rows(c, E, spec):
    rows = []
    labels = [("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Stimulerende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen (komende periode)"),
              ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak)"), ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma"),
              ("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
              ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie")]
    for el, lab in labels:
        e = E[el]
        if not e["show"]:
            continue
        if el == "uitstroombestemming" and uit_checks(c, E) is not None:
            rows.append((lab, "checks", uit_checks(c, E), e.get("value", "")))
            continue
        if e.get("wordph"):
            rows.append((lab, "field", None))
        else:
            rows.append((lab, "text", flatten(e["blocks"])))
    return rows


def L3(c, E, spec):
    B = [("title", "Beknopt OPP"), ("small", f"{c.swv} – beknopt format voor leerlingen met een arrangement"),
         ("table", pupil_rows(c) + [["Datum", dnum(c.date)]], {"header": False, "labelcol": True, "widths": [5, 11.5]})]
    docx_cc = spec["fmt"] == "docx"
    rows = []
    for r in L3_rows(c, E, spec):
        if r[1] == "checks":
            txt = "\n".join(("☒ " if ck else "☐ ") + o for o, ck in r[2])
            rows.append([r[0], txt])
        elif r[1] == "field":
            rows.append([r[0], ("sdt", None)])
        else:
            rows.append([r[0], ("sdt", r[2]) if docx_cc else r[2]])
    B.append(("table", rows, {"header": False, "labelcol": True, "widths": [5, 11.5]}))
    B += sec(E, "informatie_rechten", "Informatie voor ouders")
    B += [("h2", "Vaststelling en instemming")]
    if E["vaststelling"]["show"]:
        if E["vaststelling"].get("wordph"):
            B += [("field", "Datum vaststelling", None)]
        else:
            B += E["vaststelling"]["blocks"]
    if E["instemming_ouders"]["show"]:
        B += E["instemming_ouders"]["blocks"]
    return {"title": "Beknopt OPP", "blocks": B, "footer": f"Beknopt OPP {c.full}", "pdftitle": "Beknopt OPP"}


def L3_form(c, E, spec):
    """fillable PDF form version of L3"""
    rows = [("head", "Leerling")]
    for k, v in pupil_rows(c) + [["Datum", dnum(c.date)]]:
        rows.append((k, v, 1))
    rows.append(("head", "Ontwikkelingsperspectief"))
    for r in L3_rows(c, E, spec):
        if r[1] == "checks":
            rows.append(("note", r[0] + ":"))
            for o, ck in r[2]:
                rows.append(("check", o, ck))
            if r[3]:
                rows.append(("Toelichting", r[3], 1))
        else:
            txt = r[2] if r[1] == "text" else ""
            txt = "\n".join(_wrap(txt, 72))
            nl = max(1, txt.count("\n") + 1)
            rows.append((r[0], txt, nl))
    if E["informatie_rechten"]["show"]:
        rows.append(("head", "Informatie voor ouders"))
        t = flatten(E["informatie_rechten"]["blocks"])
        rows.append(("note", "\n".join(_wrap(t, 110))))
    rows.append(("head", "Vaststelling en instemming"))
    if E["vaststelling"]["show"]:
        vs = E["vaststelling"]
        if vs["status"] == "present":
            rows.append(("Vastgesteld door", f"{c.director['full']}, directeur", 1))
            rows.append(("Datum vaststelling", dnum(c.date), 1))
        else:
            rows.append(("Datum vaststelling", vs.get("placeholder") or "", 1))
    if E["instemming_ouders"]["show"]:
        for b in E["instemming_ouders"]["blocks"]:
            if b[0] == "checks":
                for o, ck in b[1]:
                    rows.append(("check", o, ck))
            elif b[0] == "sig":
                for l, v in b[1]:
                    rows.append((l, v, 1))
            elif b[0] in ("p", "b", "small"):
                rows.append(("note", "\n".join(_wrap(b[1], 110))))
            elif b[0] == "handsig":
                rows.append(("Handtekening", "", 2))   # drawn signatures cannot be in a form field
            elif b[0] == "table":
                for r in b[1][1:]:
                    rows.append((r[0] + " (" + b[1][0][1] + ")", r[1], 1))
                    rows.append((r[0] + " (" + b[1][0][2] + ")", r[2], 1))
    return {"title": "Beknopt OPP (invulformulier)", "subtitle": [c.swv, "Digitaal invulbaar formulier – opslaan na invullen"],
            "rows": rows, "footer": f"Beknopt OPP {c.full} – pagina {{page}}"}


def _wrap(t, w):
    out = []
    for para in t.split("\n"):
        line = ""
        for word in para.split(" "):
            if len(line) + len(word) + 1 > w:
                out.append(line); line = word
            else:
                line = (line + " " + word).strip()
        out.append(line)
    return out


# ------------------------------------------------------------------ L4 groeidocument
def L4(c, E, spec):
    B = [("title", "Groeidocument"), ("p", f"{c.full} – {c.school} – schooljaar {c.date[0] if c.date[1] >= 8 else c.date[0]-1}-{(c.date[0] if c.date[1] >= 8 else c.date[0]-1)+1}"),
         ("small", version_line(c)),
         ("h1", "1. Gegevens"), ("table", pupil_rows(c) + [["Ouders/verzorgers", f"{c.mother['full']} en {c.father['full']}"]], {"header": False, "labelcol": True}),
         ("h1", "2. Hulpvraag en voorgeschiedenis"),
         ("p", f"{c.n} krijgt sinds {c.jaar} extra ondersteuning. De hulpvraag van school en ouders: hoe sluiten we beter aan bij {c.zijn} leer- en ondersteuningsbehoeften?"),
         ("h1", "3. Beeld van de leerling")]
    if E["belemmerende_factoren"]["show"] or E["bevorderende_factoren"]["show"]:
        head = ["Domein"]
        cols = []
        if E["bevorderende_factoren"]["show"]:
            head.append("Wat helpt (bevorderend)"); cols.append("bevorderende_factoren")
        if E["belemmerende_factoren"]["show"]:
            head.append("Wat belemmert"); cols.append("belemmerende_factoren")
        rows = [head]
        for d in ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / medisch"]:
            r = [d]
            for el in cols:
                e = E[el]
                r.append(e["domains"][d] if e["domains"] else ((e.get("placeholder") or "") if d == "Leren" else ""))
            rows.append(r)
        B.append(("table", rows, {"header": True}))
    B += sec(E, "ondersteuningsbehoefte", "4. Onderwijsbehoeften", "h1")
    B += [("h1", "5. Ontwikkelingsperspectief")]
    B += sec(E, "uitstroombestemming", "5.1 Uitstroombestemming")
    B += sec(E, "onderbouwing", "5.2 Onderbouwing")
    B += sec(E, "doelen", "5.3 Doelen")
    B += sec(E, "ondersteuning", "5.4 Handelingsdeel: ondersteuning")
    B += sec(E, "afwijkingen_onderwijsprogramma", "5.5 Afwijkingen van het onderwijsprogramma")
    B += sec(E, "adviezen_professionals", "6. Adviezen", "h1")
    B += [("h1", "7. Betrokkenheid van ouders en leerling")]
    B += sec(E, "oogo", "7.1 Overleg met ouders")
    B += sec(E, "inbreng_leerling", "7.2 Stem van de leerling")
    B += sec(E, "evaluatie", "8. Evaluatie en planning", "h1")
    B += [("h1", "9. Ondertekening")]
    if E["vaststelling"]["show"]:
        B += E["vaststelling"]["blocks"]
    B += sec(E, "instemming_ouders", "Instemming met het handelingsdeel")
    B += sec(E, "informatie_rechten", "Goed om te weten", "h2")
    return {"title": "Groeidocument", "blocks": B, "footer": f"Groeidocument {c.full} – {c.swv.split('(')[0].strip()}", "pdftitle": "Groeidocument"}


# ------------------------------------------------------------------ L5 vraagkoppen
def L5(c, E, spec):
    n = c.n
    B = [("title", f"Ontwikkelingsperspectief van {c.full}"),
         ("p", f"{c.school}, {c.place} · {c.group} · geboren {dlong(c.dob)} · plan van {dlong(c.date)}")]
    if c.revised:
        B.append(("small", version_line(c)))
    B += sec(E, "uitstroombestemming", f"Waar werken we naartoe?", "h1")
    B += sec(E, "onderbouwing", f"Waarom verwachten we dat?", "h1")
    B += sec(E, "bevorderende_factoren", f"Wat gaat goed en helpt {n}?", "h1")
    B += sec(E, "belemmerende_factoren", f"Wat maakt leren moeilijk voor {n}?", "h1")
    B += sec(E, "ondersteuningsbehoefte", f"Wat heeft {n} nodig?", "h1")
    B += sec(E, "doelen", "Wat willen we bereiken, en wanneer?", "h1")
    B += sec(E, "ondersteuning", "Wie doet wat?", "h1")
    B += sec(E, "afwijkingen_onderwijsprogramma", f"Wijkt het programma van {n} af van dat van de groep?", "h1")
    B += sec(E, "adviezen_professionals", "Wat adviseren deskundigen?", "h1")
    B += sec(E, "inbreng_leerling", f"Wat vindt {n} zelf, en wat hebben we daarmee gedaan?", "h1")
    B += sec(E, "oogo", "Wanneer hebben we met u gesproken?", "h1")
    B += sec(E, "evaluatie", "Wanneer kijken we samen terug?", "h1")
    B += sec(E, "informatie_rechten", "Wat als u het er niet mee eens bent?", "h1")
    if E["vaststelling"]["show"]:
        B += [("h1", "Wie heeft het plan vastgesteld?")] + E["vaststelling"]["blocks"]
    B += sec(E, "instemming_ouders", "Gaat u akkoord met het handelingsdeel?", "h1")
    return {"title": "OPP", "blocks": B, "footer": f"OPP {c.full} · {c.school}", "pdftitle": f"OPP {c.full}"}


# ------------------------------------------------------------------ L6 briefvorm
def L6(c, E, spec):
    par = c.parent
    aan = f"Aan {c.curator['title']} {c.curator['full']}, curator van {c.full}" if c.curatele else (
        f"Aan {c.full}" if c.adult else f"Aan de ouders/verzorgers van {c.full}")
    B = [("b", c.school), ("small", f"Schoolstraat {c.seed % 90 + 2}, {c.place}"), ("p", aan),
         ("p", f"{c.place}, {dlong(c.date)}"), ("p", f"Betreft: ontwikkelingsperspectief {c.full}, {c.group}"),
         ("p", f"Geachte {par['title']} {par['last']}," if not (c.adult or c.curatele) else f"Beste {c.n}," if not c.curatele else f"Geachte {c.curator['title']} {c.curator['last']},"),
         ("p", f"Met deze brief ontvangt u het ontwikkelingsperspectief (OPP) van {c.n}. Hieronder leest u wat wij verwachten, waarom, en welke ondersteuning wij bieden.")]
    def para(el, intro):
        e = E[el]
        if not e["show"]:
            return []
        t = flatten(e["blocks"]) if not e.get("wordph") else ""
        if e["rows"]:
            return [("b", intro)] + list(e["blocks"])
        return [("b", intro), ("p", t)] if t else [("b", intro)]
    B += para("uitstroombestemming", "Wat verwachten wij?")
    B += para("onderbouwing", "Waarom?")
    B += para("belemmerende_factoren", f"Wat maakt het moeilijk?")
    B += para("bevorderende_factoren", f"Wat helpt?")
    B += para("ondersteuningsbehoefte", f"Wat {c.n} nodig heeft")
    B += para("doelen", "Doelen")
    B += para("ondersteuning", "Onze ondersteuning (handelingsdeel)")
    B += para("afwijkingen_onderwijsprogramma", "Aanpassingen in het programma")
    B += para("adviezen_professionals", "Adviezen")
    B += para("inbreng_leerling", f"De mening van {c.n}")
    B += para("oogo", "Ons gesprek")
    B += para("evaluatie", "Evaluatie")
    B += para("informatie_rechten", "Uw rechten")
    B += [("p", "Met vriendelijke groet,")]
    if E["vaststelling"]["show"]:
        B += E["vaststelling"]["blocks"]
    else:
        B += [("p", f"{c.ib['full']}, intern begeleider")]
    if E["instemming_ouders"]["show"]:
        B += [("pb",), ("b", "Strookje – graag ondertekend terug naar school"), ("p", f"Leerling: {c.full}, {c.group}")] + E["instemming_ouders"]["blocks"]
    return {"title": "Brief OPP", "blocks": B, "footer": f"{c.school} · {c.place}", "pdftitle": "Brief OPP"}


# ------------------------------------------------------------------ L7 lvs-export
def L7(c, E, spec):
    sysn = "Kompasnet LVS 6.4"
    pd = c.print_date
    B = [("small", f"{sysn}  |  Leerlingdossier  >  Ondersteuning  >  OPP"),
         ("title", "OPP – Ontwikkelingsperspectief"),
         ("table", [["Leerling", f"{c.last}, {c.n}"], ["Leerlingnummer", str(100000 + c.seed % 899999)],
                    ["School / vestiging", f"{c.school} / {c.place}"], ["Groep/klas", c.group],
                    ["Startdatum OPP", dnum(c.first_date)], ["Versie", f"{c.version} ({'bijgesteld' if c.revised else 'origineel'})"],
                    ["Status", "Vastgesteld" if E["vaststelling"]["status"] == "present" else "Concept"]], {"header": False, "labelcol": True, "widths": [5, 11.5]})]
    order = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroombestemming"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externen"),
             ("doelen", "Doelen"), ("ondersteuning", "Handelingsdeel – ondersteuning"),
             ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma"), ("inbreng_leerling", "Inbreng leerling"),
             ("oogo", "OOGO"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Informatie rechten ouders"),
             ("vaststelling", "Vaststelling"), ("instemming_ouders", "Instemming handelingsdeel")]
    for el, lab in order:
        e = E[el]
        if not e["show"]:
            continue
        B.append(("h2", f"[{lab}]"))
        if e.get("wordph") or not e["blocks"]:
            B.append(("p", "(geen gegevens)" if not e.get("placeholder") else e["placeholder"]))
        else:
            B += e["blocks"]
    return {"title": "OPP export", "blocks": B,
            "footer": f"{sysn} – afgedrukt door {c.ib['init']} op {dnum(pd)} 09:41 – pagina {{page}} – vertrouwelijk",
            "pdftitle": "OPP export"}


# ------------------------------------------------------------------ L8 cyclus / versiebeheer
def L8(c, E, spec):
    vrows = [["Versie", "Datum", "Wijziging", "Instemming ouders"]]
    vh = spec.get("version_rows")
    if vh is None:
        vh = [["1", dnum(c.first_date), "eerste vaststelling", dnum((c.first_date[0], c.first_date[1], min(28, c.first_date[2] + 5)))]]
        if c.version >= 3:
            vh.append(["2", dnum((c.first_date[0] + 1, 3, 4)), "doelen bijgesteld na evaluatie", dnum((c.first_date[0] + 1, 3, 11))])
        if c.revised:
            ins = spec.get("current_consent_col", dnum(c.consent_date))
            vh.append([str(c.version), dnum(c.date), spec.get("rev_change", "handelingsdeel aangepast: andere begeleider, uren ambulante begeleiding gewijzigd"), ins])
    vrows += vh
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", f"{c.full} · {c.group} · {c.school}"),
         ("h1", "Versiebeheer"), ("table", vrows, {"header": True}),
         ("h1", "A. Leerling"), ("table", pupil_rows(c), {"header": False, "labelcol": True})]
    B += [("h1", "B. Perspectief")]
    B += sec(E, "uitstroombestemming", "B1. Uitstroombestemming")
    B += sec(E, "onderbouwing", "B2. Onderbouwing")
    B += [("h1", "C. Leerlingbeeld")]
    B += sec(E, "bevorderende_factoren", "C1. Bevorderende factoren")
    B += sec(E, "belemmerende_factoren", "C2. Belemmerende factoren")
    B += sec(E, "ondersteuningsbehoefte", "C3. Ondersteuningsbehoeften")
    B += sec(E, "adviezen_professionals", "C4. Adviezen van deskundigen")
    B += [("h1", "D. Handelingsdeel")]
    B += sec(E, "doelen", "D1. Doelen")
    B += sec(E, "ondersteuning", "D2. Ondersteuning en begeleiding")
    B += sec(E, "afwijkingen_onderwijsprogramma", "D3. Afwijkingen van het onderwijsprogramma")
    B += sec(E, "evaluatie", "E. Evaluatie per periode", "h1")
    B += [("h1", "F. Betrokkenheid")]
    B += sec(E, "oogo", "F1. Op overeenstemming gericht overleg")
    B += sec(E, "inbreng_leerling", "F2. Inbreng leerling")
    B += sec(E, "informatie_rechten", "F3. Rechten van ouders")
    B += [("h1", "G. Vaststelling en instemming")]
    if E["vaststelling"]["show"]:
        B += E["vaststelling"]["blocks"]
    if E["instemming_ouders"]["show"]:
        B += E["instemming_ouders"]["blocks"]
    return {"title": "OPP", "blocks": B, "footer": f"OPP {c.full} – versie {c.version}", "pdftitle": f"OPP {c.full} v{c.version}"}


# ------------------------------------------------------------------ L9 vso-perspectiefplan
def L9(c, E, spec):
    B = [("title", "Perspectiefplan VSO"), ("small", f"{c.school} · {c.place} · {c.swv}"),
         ("table", pupil_rows(c) + [["Datum plan", dnum(c.date)], ["Versie", version_line(c)]], {"header": False, "labelcol": True})]
    B += [("h1", "1. Uitstroomprofiel")]
    e = E["uitstroombestemming"]
    if e["show"]:
        ch = uit_checks(c, E)
        if ch is not None:
            B.append(("checks", ch))
            if e.get("value"):
                B.append(("p", "Toelichting: " + e["value"]))
        else:
            B += e["blocks"]
    B += sec(E, "onderbouwing", "Onderbouwing van het uitstroomprofiel")
    B += [("h1", "2. Leerlingbeeld")]
    B += sec(E, "bevorderende_factoren", "Beschermende factoren / sterke kanten")
    B += sec(E, "belemmerende_factoren", "Belemmerende factoren")
    B += sec(E, "ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")
    B += sec(E, "adviezen_professionals", "3. Advies commissie voor de begeleiding en deskundigen", "h1")
    B += [("h1", "4. Handelingsdeel")]
    B += sec(E, "doelen", "Leerdoelen en ontwikkeldoelen")
    B += sec(E, "ondersteuning", "Begeleiding en ondersteuning")
    B += sec(E, "afwijkingen_onderwijsprogramma", "Afwijkingen van het programma")
    B += [("h1", "5. Betrokkenheid")]
    B += sec(E, "oogo", "Overleg")
    B += sec(E, "inbreng_leerling", "Stem van de leerling")
    B += sec(E, "evaluatie", "6. Evaluatie", "h1")
    B += sec(E, "informatie_rechten", "7. Rechten", "h1")
    B += [("h1", "8. Vaststelling en instemming")]
    if E["vaststelling"]["show"]:
        B += E["vaststelling"]["blocks"]
    if E["instemming_ouders"]["show"]:
        B += E["instemming_ouders"]["blocks"]
    return {"title": "Perspectiefplan VSO", "blocks": B, "footer": f"Perspectiefplan {c.full} – {c.school}", "pdftitle": "Perspectiefplan VSO"}


LAYOUTS = {"swv-genummerd": L1, "domeintabel": L2, "beknopt-formulier": L3, "groeidocument": L4, "vraagkoppen": L5,
           "briefvorm": L6, "lvs-export": L7, "cyclus-versiebeheer": L8, "vso-perspectiefplan": L9}


# ------------------------------------------------------------------ non-OPP documents
def N_uitnodiging(c, spec):
    ed = spec["eval_date"]
    B = [("b", c.school), ("p", f"{c.place}, {dlong(spec['letter_date'])}"),
         ("p", f"Aan de ouders/verzorgers van {c.full}"), ("p", f"Betreft: uitnodiging evaluatiegesprek ontwikkelingsperspectief"),
         ("p", f"Beste {c.parent['title']} {c.parent['last']},"),
         ("p", f"Zoals afgesproken evalueren wij twee keer per jaar het ontwikkelingsperspectief (OPP) van {c.n}. Wij nodigen u uit voor het evaluatiegesprek op {dlong(ed)} om 15.15 uur in de kamer van de intern begeleider. {c.n} is welkom om het eerste kwartier aan te sluiten."),
         ("p", "In het gesprek kijken we naar de doelen van de afgelopen periode, bespreken we wat goed ging en wat niet, en bekijken we of het plan moet worden bijgesteld. Neemt u gerust iemand mee."),
         ("p", "Kunt u niet op dit tijdstip? Laat het ons weten via het ouderportaal, dan plannen we een andere datum."),
         ("p", "Met vriendelijke groet,"), ("p", f"{c.ib['full']}, intern begeleider")]
    return {"title": "Uitnodiging", "blocks": B, "footer": c.school}


def N_verslag(c, spec):
    ed = spec["eval_date"]
    B = [("title", "Verslag evaluatiegesprek OPP"),
         ("table", [["Leerling", c.full], ["Datum gesprek", dnum(ed)], ["Aanwezig", f"{c.parent['full']} (ouder), {c.mentor['full']} (leerkracht), {c.ib['full']} (IB)"],
                    ["Afwezig", c.n + " (ziek)"]], {"header": False, "labelcol": True}),
         ("h2", "Terugblik"),
         ("p", f"Het doel voor technisch lezen is gehaald. Het rekendoel (tafels) is gedeeltelijk gehaald. {c.n} gaat met meer plezier naar school volgens moeder."),
         ("h2", "Afspraken"),
         ("bullets", ["IB past de doelen in het OPP aan; het aangepaste plan volgt per post.",
                      "De rekenbegeleiding blijft 4x per week; na de voorjaarsvakantie opnieuw kijken.",
                      "Volgende evaluatie in juni."]),
         ("p", "Verslag: " + c.ib["init"])]
    return {"title": "Verslag", "blocks": B, "footer": f"Verslag evaluatie – {c.school}"}


def N_schoolwissel(c, spec):
    B = [("b", c.school), ("p", f"{c.place}, {dlong(spec['letter_date'])}"),
         ("p", f"Aan de ouders/verzorgers van {c.full}"), ("p", "Betreft: overstap naar een andere school"),
         ("p", f"Beste {c.parent['title']} {c.parent['last']},"),
         ("p", f"In het gesprek van vorige week hebben wij met u besproken dat {c.n} na de kerstvakantie overstapt naar {spec['new_school']}. De toelaatbaarheidsverklaring is afgegeven door het samenwerkingsverband."),
         ("p", f"Wij sturen het onderwijskundig rapport en het ontwikkelingsperspectief van {c.n} met uw toestemming naar de nieuwe school. De nieuwe school stelt binnen zes weken na inschrijving een eigen ontwikkelingsperspectief op en bespreekt dat met u."),
         ("p", f"De laatste schooldag van {c.n} bij ons is vrijdag {dlong(spec['last_day'])}. We nemen graag samen met de klas afscheid."),
         ("p", "Met vriendelijke groet,"), ("p", f"{c.director['full']}, directeur")]
    return {"title": "Brief", "blocks": B, "footer": c.school}


def N_evalform(c, spec):
    B = [("title", "Evaluatieformulier OPP"), ("small", f"{c.swv} – in te vullen bij elke evaluatie"),
         ("table", [["Naam leerling", ""], ["Groep/klas", ""], ["Datum evaluatie", ""], ["Aanwezig", ""]], {"header": False, "labelcol": True}),
         ("h2", "Doelen van de afgelopen periode"),
         ("table", [["Doel", "Behaald?", "Toelichting"], ["", "ja / deels / nee", ""], ["", "ja / deels / nee", ""], ["", "ja / deels / nee", ""]], {"header": True}),
         ("h2", "Wat vindt de leerling?"), ("p", "....................................................................................."),
         ("h2", "Wat vinden ouders?"), ("p", "....................................................................................."),
         ("h2", "Conclusie"),
         ("checks", [("OPP ongewijzigd voortzetten", False), ("OPP bijstellen (nieuwe versie opstellen)", False), ("OPP beëindigen", False)]),
         ("h2", "Volgende evaluatie"), ("sig", [("Datum", "")]),
         ("h2", "Voor gezien"), ("sig", [("Handtekening ouder(s)", ""), ("Handtekening school", "")])]
    return {"title": "Evaluatieformulier", "blocks": B, "footer": "Evaluatieformulier OPP – versie 2025"}


def N_blank_opp(c, spec):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("small", c.swv + " – leeg format, versie augustus 2025"),
         ("table", [["Naam leerling", ""], ["Geboortedatum", ""], ["School", ""], ["Groep/klas", ""]], {"header": False, "labelcol": True})]
    heads = [("uitstroombestemming", "1. Te verwachten uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
             ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
             ("ondersteuningsbehoefte", "5. Onderwijsbehoeften"), ("doelen", "6. Doelen"),
             ("ondersteuning", "7. Te bieden ondersteuning"), ("afwijkingen_onderwijsprogramma", "8. Afwijkingen van het onderwijsprogramma"),
             ("adviezen_professionals", "9. Adviezen van deskundigen"), ("inbreng_leerling", "10. Inbreng van de leerling"),
             ("oogo", "11. Op overeenstemming gericht overleg"), ("evaluatie", "12. Evaluatie"),
             ("informatie_rechten", "13. Rechten van ouders")]
    from gen_content import INSTR
    for el, h in heads:
        B.append(("h2", h))
        B.append(("small", INSTR[el]))
        if el == "afwijkingen_onderwijsprogramma":
            B.append(("checks", [("geen afwijkingen", False), ("wel, namelijk: ........", False)]))
        else:
            B.append(("p", "..........................................................................."))
    B += [("h2", "14. Vaststelling"), ("sig", [("Datum vaststelling", ""), ("Naam directeur", "")]),
          ("h2", "15. Instemming ouders met het handelingsdeel"),
          ("checks", [("akkoord", False), ("niet akkoord", False)]), ("sig", [("Naam", ""), ("Datum", ""), ("Handtekening", "")])]
    return {"title": "Leeg OPP-format", "blocks": B, "footer": "Format OPP – " + c.swv.split("(")[0].strip()}


def N_folder(c, spec):
    B = [("title", "Wat is een ontwikkelingsperspectief?"), ("small", "Informatie voor ouders – " + c.swv),
         ("p", "Heeft uw kind extra ondersteuning nodig, dan stelt de school een ontwikkelingsperspectief op, vaak OPP genoemd. Daarin staat wat de school verwacht dat uw kind kan bereiken (de uitstroombestemming), waarom de school dat verwacht, en welke ondersteuning uw kind krijgt."),
         ("h2", "Wat staat er in een OPP?"),
         ("bullets", ["de verwachte uitstroombestemming en de onderbouwing daarvan;", "wat uw kind helpt en wat het moeilijk maakt (bevorderende en belemmerende factoren);",
                      "het handelingsdeel: welke begeleiding uw kind krijgt, van wie en hoe vaak;", "eventuele afwijkingen van het gewone programma."]),
         ("h2", "Uw rol"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Met het handelingsdeel moet u instemmen. Sinds 1 augustus 2025 wordt ook uw kind zelf gehoord. Het plan wordt minstens één keer per schooljaar met u geëvalueerd."),
         ("h2", "Niet eens?"),
         ("p", "Praat eerst met de school. Het ouder- en jeugdsteunpunt of een onderwijsconsulent kan u gratis helpen. U kunt ook naar de Geschillencommissie passend onderwijs; dat moet binnen zes weken."),
         ("small", "Deze folder is een uitgave van het samenwerkingsverband. Aan deze tekst kunnen geen rechten worden ontleend.")]
    return {"title": "Folder OPP", "blocks": B, "footer": c.swv}


def N_nieuwsbrief(c, spec):
    B = [("title", f"Nieuwsbrief {c.school} – {MONTHS[spec['month']-1]} {spec['year']}"),
         ("h2", "Van de directie"), ("p", f"De eerste weken van het schooljaar zitten erop. Wat fijn om alle kinderen weer te zien! In oktober starten we met de nieuwe methode voor begrijpend lezen."),
         ("h2", "Uit de ondersteuning"), ("p", f"Voor een aantal leerlingen stellen wij een ontwikkelingsperspectief (OPP) op. De intern begeleider, {c.ib['full']}, nodigt de ouders van deze leerlingen in oktober uit voor een gesprek. Vanaf dit schooljaar praten we ook met de leerling zelf over het plan. Heeft u vragen over ondersteuning, loop gerust binnen op dinsdag of donderdag."),
         ("h2", "Agenda"), ("bullets", ["14 oktober: studiedag, alle kinderen vrij", "20-24 oktober: herfstvakantie", "6 november: oudergesprekken groep 1 t/m 8"]),
         ("h2", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op die dag geen ingewikkelde vlechten?")]
    return {"title": "Nieuwsbrief", "blocks": B, "footer": c.school}


NONOPP = {"uitnodiging-evaluatie": N_uitnodiging, "gespreksverslag-evaluatie": N_verslag, "brief-schoolwissel": N_schoolwissel,
          "evaluatieformulier-leeg": N_evalform, "blanco-opp-format": N_blank_opp, "folder-ouders": N_folder, "nieuwsbrief": N_nieuwsbrief}
