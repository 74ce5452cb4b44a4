# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP set 2026-12-05h.

Usage:  ../venv/bin/python gen.py        (writes build/, docs/ and labels.json)
Then:   ../venv/bin/python scan.py       (turns selected PDFs into scans)
Every name, school and place is invented.
"""
import datetime as dt, json, os, random, subprocess, shutil
from content import PROFILES, FIRST, LAST, STAFF, SWV, OJS, dlong, dshort
import render

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "build")
CUTOFF = dt.date(2025, 8, 1)
EL = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
      "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
      "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
      "informatie_rechten", "vaststelling"]

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "……", "PM"]
INSTR = {
 "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vo-type of, in het vso, het uitstroomprofiel.]",
 "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, onderzoek en schoolloopbaan.]",
 "belemmerende_factoren": "[Beschrijf hier de belemmerende factoren bij de leerling, in de school en thuis.]",
 "bevorderende_factoren": "[Beschrijf hier de bevorderende factoren: sterke kanten en beschermende factoren.]",
 "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig'.]",
 "ondersteuning": "[Beschrijf wat de school extra biedt: wat, door wie, hoe vaak en vanaf wanneer.]",
 "afwijkingen_onderwijsprogramma": "[Geef aan of er wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster). Zo niet: vermeld 'geen'.]",
 "doelen": "[Formuleer SMART-doelen voor de komende periode.]",
 "adviezen_professionals": "[Vermeld de adviezen van externe deskundigen en wat de school ermee doet.]",
 "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg invullen.]",
 "inbreng_leerling": "[Beschrijf de mening van de leerling en wat daarmee is gedaan.]",
 "evaluatie": "[Vermeld wanneer en hoe het OPP met ouders en leerling wordt geëvalueerd.]",
 "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen.]",
 "vaststelling": "[Datum vaststelling en naam directeur]",
}
REF = {
 "adviezen_professionals": "Zie het verslag van de orthopedagoog in het leerlingdossier.",
 "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
 "belemmerende_factoren": "Zie het verslag van het multidisciplinair overleg (bijlage 4).",
 "bevorderende_factoren": "Zie bijlage 1.",
 "ondersteuningsbehoefte": "Zie het groepsplan.",
 "ondersteuning": "Zie het groepsplan en het arrangement (bijlage 3).",
 "doelen": "Zie de bijgevoegde doelenkaart.",
 "evaluatie": "Zie de jaarplanning van de school.",
 "informatie_rechten": "Zie de schoolgids.",
 "uitstroombestemming": "Zie het schooladvies.",
 "afwijkingen_onderwijsprogramma": "Zie bijlage.",
 "inbreng_leerling": "Zie het leerlinggesprek (bijlage).",
}


class Ctx:
    pass


def mkctx(d):
    c = Ctx()
    rnd = random.Random(d["id"])
    c.rnd = rnd
    c.id = d["id"]
    c.stype = d["stype"]
    c.P = PROFILES[d["stype"]][d.get("prof", 0)]
    c.g = d.get("g") or ("m" if c.P.get("profile") == "arbeid" else rnd.choice("mf"))
    c.n = rnd.choice(FIRST[c.g])
    c.last = rnd.choice(LAST)
    c.full = f"{c.n} {c.last}"
    c.hij, c.hem, c.zijn = ("hij", "hem", "zijn") if c.g == "m" else ("zij", "haar", "haar")
    c.date = d["date"]
    c.revised = d.get("revised")
    c.eff = c.revised or c.date
    c.adult = d.get("adult", False)
    c.curatele = d.get("curatele", False)
    age = {"po": 10, "sbo": 9, "so": 11, "vo": 14, "pro": 15, "vso": 16}[c.stype]
    if c.adult or c.curatele:
        age = 19
    c.dob = dt.date(c.date.year - age, rnd.randint(1, 12), rnd.randint(1, 28))
    c.school = d.get("school", c.P["school"])
    c.place = c.P["place"]
    st = rnd.sample(STAFF, 4)
    c.mentor, c.ib, c.dir, c.gedrag = st
    c.mother = f"mw. {rnd.choice('ADHJKMNSWY')}. {c.last.split('-')[0]}"
    c.father = f"dhr. {rnd.choice('BEFGLPRTV')}. {c.last.split('-')[0]}"
    c.cvb = dlong(c.date - dt.timedelta(days=rnd.randint(14, 40)))
    c.oogo_date = c.date - dt.timedelta(days=rnd.randint(3, 12))
    c.V = {e: "ok" for e in EL}
    c.V.update(d.get("v", {}))
    c.consent = d.get("consent", "given")
    c.d = d
    return c


def F(c, s):
    return s.format(n=c.n, hij=c.hij, hem=c.hem, Hij=c.hij.capitalize(), cvb=c.cvb, zijn=c.zijn)


def gapblocks(c, el, kind):
    if kind == "empty":
        return []
    if kind == "ph":
        return [("p", PH[(EL.index(el) + len(c.id)) % len(PH)])]
    if kind == "instr":
        return [("p", INSTR[el])]
    if kind == "ref":
        return [("p", REF.get(el, "Zie bijlage."))]
    if kind == "sdt":
        return [("sdt", "Klik of tik om tekst in te voeren.")]
    raise ValueError(kind)


def body(c, el):
    """Blocks for one element, or None when the element is left out."""
    k = c.V[el]
    if k == "omit":
        return None
    if k in ("empty", "ph", "instr", "ref", "sdt"):
        return gapblocks(c, el, k)
    P = c.P
    if el == "uitstroombestemming":
        if k == "vague":
            return [("p", "Nog niet te bepalen; dit hangt af van de verdere ontwikkeling.")]
        return [("p", F(c, P["uit"][0].upper() + P["uit"][1:]) + ".")]
    if el == "onderbouwing":
        if k == "vague":
            return [("p", "Op basis van de beschikbare gegevens.")]
        return [("p", F(c, P["onderb"]))]
    if el in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"):
        key = {"belemmerende_factoren": "belem", "bevorderende_factoren": "bevor", "ondersteuningsbehoefte": "behoefte"}[el]
        items = [F(c, x) for x in P[key]]
        if el == "ondersteuningsbehoefte":
            return [("p", F(c, "{n} heeft nodig:")), ("bullets", items)]
        return [("bullets", items)]
    if el == "ondersteuning":
        if k == "vague":
            return [("p", F(c, "{n} krijgt extra hulp in de klas als dat nodig is."))]
        return [("table", [["Wat", "Door wie", "Hoe vaak", "Vanaf"]] + [list(r) for r in P["steun"]], {"header": True})]
    if el == "afwijkingen_onderwijsprogramma":
        if k == "na" or P.get("afw") is None:
            return [("p", "Er wordt niet afgeweken van het reguliere onderwijsprogramma.")]
        return [("p", F(c, P["afw"]))]
    if el == "doelen":
        if k == "vague":
            return [("bullets", [F(c, "{n} gaat vooruit met lezen en rekenen."), F(c, "{n} voelt zich prettig in de groep.")])]
        return [("bullets", [F(c, x) for x in P["doelen"]])]
    if el == "adviezen_professionals":
        return [("p", F(c, P["advies"]))]
    if el == "oogo":
        if k == "vague":
            return [("p", "Het plan is met ouders besproken.")]
        who = "met " + (c.full + " zelf" if c.adult else f"{c.mother} en {c.father} (ouders)")
        if c.curatele:
            who = f"met {c.full} en {c.mother} (moeder en curator)"
        return [("p", F(c, f"Het ontwikkelingsperspectief is op {dlong(c.oogo_date)} besproken {who}, de mentor ({c.mentor}) en de intern begeleider ({c.ib}). In dit op overeenstemming gericht overleg zijn de uitstroombestemming en het handelingsdeel doorgenomen; de opmerkingen van ouders over het huiswerk zijn verwerkt."))]
    if el == "inbreng_leerling":
        view = F(c, "In een gesprek met de mentor vertelde {n}: 'Ik vind het fijn als ik weet wat er komt. Als het druk is wil ik even naar de gang kunnen.' {Hij} wil graag beter worden in rekenen.")
        if c.P.get("profile") == "dagbesteding":
            view = F(c, "{n} heeft met picto's en foto's aangegeven wat {hij} leuk vindt: muziek, de dieren op de kinderboerderij en helpen in de kantine. Iets niet leuk: lawaai en wachten.")
        if k == "viewonly":
            return [("p", view)]
        wish = "de stage bij de kinderboerderij is op {zijn} wens in het plan gezet" if c.P.get("profile") == "dagbesteding" else "{zijn} wens om beter te worden in rekenen is als doel opgenomen"
        return [("p", view), ("p", F(c, "Wat we ermee doen: op verzoek van {n} is een vaste rustplek afgesproken (zie ondersteuning) en " + wish + ". {n} heeft de doelen met de mentor doorgesproken en is het ermee eens."))]
    if el == "evaluatie":
        if k == "vague":
            return [("p", "Het plan wordt geëvalueerd.")]
        nxt = c.eff + dt.timedelta(days=120)
        return [("p", F(c, f"Tussenevaluatie met ouders en {{n}} in {['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'][nxt.month-1]} {nxt.year}; jaarevaluatie in juni, waarbij het OPP zo nodig wordt bijgesteld. Het OPP wordt minimaal eenmaal per schooljaar met ouders en leerling geëvalueerd."))]
    if el == "informatie_rechten":
        if k == "vague":
            return [("p", "Heeft u vragen over dit plan? Neem dan contact op met de mentor.")]
        return [("p", f"U heeft instemmingsrecht op het handelingsdeel van dit OPP: zonder uw instemming kan de school dat deel niet uitvoeren. Bent u het niet eens met (een deel van) het OPP, bespreek dat dan eerst met de school. U kunt ook hulp vragen bij het {OJS} of bij een onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if el == "vaststelling":
        if k == "nodate":
            return [("p", f"Vastgesteld door: {c.dir}, directeur"), ("p", "Datum vaststelling: ____________")]
        if k == "nowho":
            return [("p", f"Datum vaststelling: {dlong(c.date)}")]
        t = f"Dit OPP is vastgesteld op {dlong(c.date)} door {c.dir}, directeur van {c.school}."
        if c.revised:
            t += f" Na de evaluatie bijgesteld en opnieuw vastgesteld op {dlong(c.revised)}."
        return [("p", t)]
    raise ValueError(el)


# ---------------- consent -----------------
def consent(c):
    tb, rows = _consent(c)
    if rows and c.V["vaststelling"] != "ok":   # keep the school's signature from revealing a set date/person
        rows = [r for r in rows if r[0] != "Directeur"]
    return tb, rows


def _consent(c):
    """returns (text blocks, signature rows); a row is (role, name, date, signed, remark)."""
    k = c.consent
    ds = dshort(c.date + dt.timedelta(days=c.rnd.randint(2, 9)))
    sd = dshort(c.date)
    school = ("Directeur", c.dir, sd if c.V["vaststelling"] == "ok" else "", True, "")
    par1 = ("Ouder/verzorger 1", c.mother, ds, True, "")
    par2 = ("Ouder/verzorger 2", c.father, ds, True, "")
    stmt = "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."
    chk = lambda a, b, p=False: ("check", [(a, "Akkoord met het handelingsdeel")] + ([(p, "Gedeeltelijk akkoord (zie opmerking)")] if p is not None else []) + [(b, "Niet akkoord met het handelingsdeel")])
    if k == "omit":
        return None, None
    if k == "avg":
        return "avg", [("Ouder/verzorger", c.mother, ds, True, "")]
    if k == "given":
        return [("p", stmt), chk(True, False, None)], [par1, par2, school]
    if k == "given1":
        return [("p", stmt), chk(True, False, None)], [par1, school]
    if k == "gezien":
        return [("p", stmt), chk(False, False, None)], [par1[:4] + ("voor gezien",), school]
    if k == "protest":
        return [("p", stmt), chk(True, False, None)], [par1[:4] + ("getekend onder protest, zie brief d.d. " + ds,), par2, school]
    if k == "refused":
        return [("p", stmt), chk(False, True, None)], [par1[:4] + ("wij zijn het niet eens met dit handelingsdeel",), school]
    if k == "partial":
        return [("p", stmt), chk(False, False, True)], [par1[:4] + ("akkoord, behalve met de afwijking van het onderwijsprogramma",), par2, school]
    if k == "school_only":
        return [("p", stmt), chk(False, False, None)], [(par1[0], c.mother, "", False, ""), (par2[0], c.father, "", False, ""), school]
    if k == "unticked":
        return [("p", "Kruis aan wat van toepassing is en onderteken."), chk(False, False, None)], [par1, school]
    if k == "blank":
        return [("p", stmt), chk(False, False, None)], [(par1[0], "", "", False, ""), (par2[0], "", "", False, ""), (school[0], "", "", False, "")]
    if k == "nodate":
        return [("p", stmt), chk(True, False, None)], [(par1[0], c.mother, "", True, ""), (school[0], c.dir, "", True, "")]
    if k == "adult_self":
        return [("p", F(c, "{n} is meerderjarig en handelingsbekwaam en geeft zelf instemming met het handelingsdeel.")), chk(True, False, None)], [("Leerling (18+)", c.full, ds, True, ""), school]
    if k == "curator":
        return [("p", F(c, "{n} is meerderjarig en staat onder curatele. De curator (moeder) beslist over het handelingsdeel en stemt in; {n} heeft het plan ook gelezen.")), chk(True, False, None)], [("Curator", c.mother, ds, True, ""), ("Leerling", c.full, ds, True, "gelezen"), school]
    if k == "curatele_self":
        return [("p", F(c, "{n} is meerderjarig en tekent zelf voor instemming met het handelingsdeel.")), chk(True, False, None)], [("Leerling (18+)", c.full, ds, True, ""), school]
    raise ValueError(k)


CONSENT_LABEL = {"given": "present", "given1": "present", "adult_self": "present", "curator": "present",
                 "omit": "missing", "avg": "missing"}


def labels(c):
    L = {}
    for e in EL:
        k = c.V[e]
        if e == "instemming_ouders":
            L[e] = CONSENT_LABEL.get(c.consent, "incomplete")
            continue
        if k == "omit":
            s = "missing"
        elif k == "ok":
            s = "present"
        elif k == "na":
            s = "not_applicable"
        else:
            s = "incomplete"
        if e == "afwijkingen_onderwijsprogramma" and k == "ok" and c.P.get("afw") is None:
            s = "not_applicable"
        if e == "inbreng_leerling" and (c.eff < CUTOFF or c.adult):
            s = "not_applicable"
        L[e] = s
    L.update(c.d.get("override", {}))
    return L


HEAD = {
 "uitstroombestemming": "Te verwachten uitstroombestemming", "onderbouwing": "Onderbouwing van de uitstroombestemming",
 "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
 "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften", "ondersteuning": "Te bieden ondersteuning en begeleiding",
 "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "doelen": "Doelen voor de komende periode",
 "adviezen_professionals": "Adviezen van deskundigen", "oogo": "Overleg met ouders (OOGO)",
 "inbreng_leerling": "Inbreng van de leerling", "evaluatie": "Evaluatie", "informatie_rechten": "Uw rechten als ouder",
 "vaststelling": "Vaststelling", "instemming_ouders": "Instemming met het handelingsdeel",
}
import layouts  # noqa: E402  (uses the functions above)

from docs_spec import DOCS_SPEC  # noqa: E402


def autonote(d):
    if d.get("nonopp"):
        return f"not an OPP ({d['layout']}); every element not_applicable. " + d.get("notes", "")
    gaps = ", ".join(f"{k}={v}" for k, v in d.get("v", {}).items())
    t = f"layout {d['layout']}, {d['fmt']}{' (scanned)' if d.get('scan') else ''}; plan date {d['date']}"
    if d.get("revised"):
        t += f", revised {d['revised']}"
    t += f"; consent: {d.get('consent', 'given')}; gaps: {gaps or 'none'}"
    if d.get("adult"):
        t += "; adult pupil, handelingsbekwaam"
    if d.get("curatele"):
        t += "; adult pupil under curatele"
    return t + ". " + d.get("notes", "")


def main():
    os.makedirs(DOCS, exist_ok=True)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    out, to_convert = [], []
    for d in DOCS_SPEC:
        fmt = d["fmt"]
        base = d["id"]
        if d.get("nonopp"):
            model = layouts.NONOPP[d["layout"]](d)
            lab = {e: "not_applicable" for e in EL}
            stype = "none"
        else:
            c = mkctx(d)
            model = layouts.LAYOUTS[d["layout"]](c)
            lab = labels(c)
            stype = c.stype
        if fmt == "pdf-lo":          # Word document exported to PDF by LibreOffice
            p = os.path.join(BUILD, base + ".docx")
            render.docx(model, p)
            to_convert.append(p)
            fn, f = base + ".pdf", "pdf"
        elif fmt == "pdf-lo-odt":
            p = os.path.join(BUILD, base + ".odt")
            render.odt(model, p)
            to_convert.append(p)
            fn, f = base + ".pdf", "pdf"
        elif fmt == "pdf":
            fn, f = base + ".pdf", "pdf"
            render.pdf(model, os.path.join(DOCS, fn))
        elif fmt == "form":
            fn, f = base + ".pdf", "pdf"
            render.form(model, os.path.join(DOCS, fn))
        elif fmt == "docx":
            fn, f = base + ".docx", "docx"
            render.docx(model, os.path.join(DOCS, fn))
        elif fmt == "odt":
            fn, f = base + ".odt", "odt"
            render.odt(model, os.path.join(DOCS, fn))
        elif fmt == "txt":
            fn, f = base + ".txt", "txt"
            render.txt(model, os.path.join(DOCS, fn))
        else:
            raise ValueError(fmt)
        if d.get("scan"):
            fn = base + ".pdf"
        out.append({"file": "docs/" + fn, "format": f, "layout": d["layout"], "school_type": stype,
                    "scanned": bool(d.get("scan")), "elements": lab,
                    "accept_unclear": d.get("accept_unclear", ["instemming_ouders", "vaststelling"] if d.get("scan") else []),
                    "notes": autonote(d)})
    if to_convert:
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + to_convert,
                       check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(BUILD, ignore_errors=True)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": out}, fh, ensure_ascii=False, indent=1)
    print(len(out), "documents")


if __name__ == "__main__":
    main()
