"""Seven OPP layouts + three non-OPP documents. Each builder returns (blocks, style)."""
import datetime as dt
from content import dlong, dnum, MONTHS
from model import Ctx


def consent_blocks(items):
    out = []
    for it in items:
        if it[0] == "p":
            out.append(("p", it[1]))
        elif it[0] == "check":
            if out and out[-1][0] == "checks":
                out[-1][1].append((it[1], it[2]))
            else:
                out.append(("checks", [(it[1], it[2])]))
        elif it[0] == "sig":
            if out and out[-1][0] == "sig":
                out[-1][1].append(it[1:])
            else:
                out.append(("sig", [it[1:]]))
    return out


def consent_text(items):
    """flatten consent for one-cell / form layouts"""
    parts = []
    for it in items:
        if it[0] == "p":
            parts.append(it[1])
        elif it[0] == "check":
            parts.append(("[X] " if it[1] else "[ ] ") + it[2])
        else:
            role, name, date, signed = it[1:]
            parts.append(f"{role}: {name or '................'}, datum {dnum(date) if date else '..........'}, "
                         f"handtekening: {'(getekend)' if signed else '...................'}")
    return "\n".join(parts)


def has(x, e):
    return x.st(e) != "absent"


def age(c):
    d = c["plan"]; b = c["birth"]
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def pupil_kv(c, labels=("Naam leerling", "Geboortedatum", "Groep/klas", "School", "Datum OPP")):
    if c["states"].get("vaststelling", "ok") != "ok":
        labels = labels[:4] + ("Datum concept",)   # an unset plan only carries a draft date
    return [(labels[0], f"{c['n']} {c['last']}"), (labels[1], dnum(c["birth"])), (labels[2], c["klas"]),
            (labels[3], f"{c['school']}, {c['place']}"), (labels[4], dnum(c.get("docdate", c["plan"])))]


def factor_rows(x):
    b, bg = x.factors("belem")
    v, vg = x.factors("bevord")
    n = max(len(b) if b else 1, len(v) if v else 1)
    rows = []
    for i in range(n):
        bd = (b[i][0] if b and i < len(b) else "")
        vd = (v[i][0] if v and i < len(v) else "")
        dom = bd if bd == vd or not vd else (bd + " / " + vd if bd else vd)
        bt = (b[i][1] if b and i < len(b) else "") if b is not None else (bg if i == 0 else "")
        vt = (v[i][1] if v and i < len(v) else "") if v is not None else (vg if i == 0 else "")
        rows.append([dom or "", bt, vt])
    return rows


def sup_rows(x):
    r, g = x.ondersteuning()
    return (r, g)


# =========================================================== 1. LVS export
def lvs_export(c):
    x = Ctx(c)
    bl = [("sub", f"LeerlingPlein LVS \u2013 module Ontwikkelingsperspectief \u2013 export {dnum(c.get('docdate', c['plan']))}"),
          ("title", "Ontwikkelingsperspectief"),
          ("h2", "Leerlinggegevens"),
          ("kv", [("Leerling", f"{c['last']}, {c['n']}"), ("Geboortedatum", dnum(c["birth"])), ("Groep", c["klas"]),
                  ("Stamgroep-leerkracht", c.get("mentor", "")), ("Intern begeleider", c.get("ib", "")),
                  ("Vestiging", f"{c['school']} ({c['place']})"), ("Onderwijstype", c["st"].upper())])]
    kv = []
    if has(x, "uitstroombestemming"):
        kv.append(("Verwacht uitstroomprofiel", x.dest()[0]))
    if has(x, "onderbouwing"):
        kv.append(("Onderbouwing uitstroomprofiel", x.onderbouwing()[0]))
    if kv:
        bl += [("h2", "Perspectief"), ("kv", kv)]
    for kind, e, lab in (("belem", "belemmerende_factoren", "Belemmerende factoren"), ("bevord", "bevorderende_factoren", "Bevorderende factoren")):
        if has(x, e):
            f, g = x.factors(kind)
            bl += [("h2", lab), ("kv", [(d, t) for d, t in f] if f else [("Toelichting", g)])]
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        bl += [("h2", "Onderwijsbehoeften"),
               ("kv", [(f"Onderwijsbehoefte {i+1}", t) for i, t in enumerate(items)] if items else [("Onderwijsbehoefte 1", intro)])]
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        bl.append(("h2", "Handelingsdeel \u2013 interventies"))
        bl.append(("table", ["Interventie", "Uitvoerder", "Frequentie", "Startdatum"], r) if r else ("kv", [("Interventie", g)]))
    if has(x, "afwijkingen_onderwijsprogramma"):
        bl += [("h2", "Afwijkend onderwijsprogramma"), ("kv", [("Afwijking", x.afwijking()[0])])]
    if has(x, "doelen"):
        d, g = x.doelen()
        bl += [("h2", "Doelen"), ("kv", [(f"Doel {i+1}", t) for i, t in enumerate(d)] if d else [("Doel 1", g)])]
    if has(x, "adviezen_professionals"):
        bl += [("h2", "Externe deskundigen"), ("kv", [("Advies", x.advies()[0])])]
    if has(x, "oogo"):
        bl += [("h2", "Ouderbetrokkenheid"), ("kv", [("OOGO", x.oogo()[0])])]
    if has(x, "inbreng_leerling"):
        bl += [("h2", "Leerlinggesprek"), ("kv", [("Inbreng leerling", " ".join(x.inbreng()))])]
    if has(x, "evaluatie"):
        bl += [("h2", "Evaluatie"), ("kv", [("Evaluatiemomenten", x.evaluatie()[0])])]
    if has(x, "informatie_rechten"):
        bl += [("h2", "Rechten ouders"), ("kv", [("Informatie", x.rechten()[0])])]
    cons = x.consent()
    if cons:
        bl += [("h2", "Ondertekening")] + consent_blocks(cons)
    if has(x, "vaststelling"):
        bl += [("h2", "Status")] + [("kv", [("Status", "Definitief"), ("Vaststelling", " ".join(x.vaststelling()))])]
    style = dict(footer=f"Afgedrukt door {c.get('ib','ib')} \u2013 LeerlingPlein LVS 7.4 \u2013 vertrouwelijk",
                 header=f"{c['school']} | OPP {c['last']}, {c['n']}", kvshade="EEEEEE", kvratio=0.3, size=8.5,
                 shade="DDDDDD", pdftitle="OPP export")
    return bl, style


# =========================================================== 2. SWV Word table with shaded header rows
def swv_table(c):
    x = Ctx(c)
    swv = c.get("swv", "Samenwerkingsverband Passend Onderwijs")
    bl = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", f"Format {swv} \u2013 versie {c['plan'].year}-1")]
    n = [0]

    def band(t, rows):
        n[0] += 1
        bl.append(("band", f"{n[0]}. {t}", rows))
    band("Gegevens leerling en school", [(k, v) for k, v in pupil_kv(c)] + [("Intern begeleider / zorgcoördinator", c.get("ib", ""))])
    rows = []
    if has(x, "uitstroombestemming"):
        rows.append(("Te verwachten uitstroombestemming", x.dest()[0]))
    if has(x, "onderbouwing"):
        rows.append(("Onderbouwing", x.onderbouwing()[0]))
    if rows:
        band("Ontwikkelingsperspectief", rows)
    hb, hv = has(x, "belemmerende_factoren"), has(x, "bevorderende_factoren")
    if hb or hv:
        n[0] += 1
        bl.append(("band", f"{n[0]}. Belemmerende en bevorderende factoren", []))
        fr = factor_rows(x)
        if hb and hv:
            bl.append(("table", ["Domein", "Belemmerend", "Bevorderend"], fr))
        elif hb:
            bl.append(("table", ["Domein", "Belemmerend"], [[r[0], r[1]] for r in fr]))
        else:
            bl.append(("table", ["Domein", "Bevorderend"], [[r[0], r[2]] for r in fr]))
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        band("Onderwijs- en ondersteuningsbehoeften", [(None, intro)] + [(None, "- " + t) for t in (items or [])])
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        n[0] += 1
        bl.append(("band", f"{n[0]}. Handelingsdeel: te bieden ondersteuning", [] if r else [(None, g)]))
        if r:
            bl.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], r))
    if has(x, "afwijkingen_onderwijsprogramma"):
        band("Afwijkingen van het onderwijsprogramma", [(None, x.afwijking()[0])])
    if has(x, "doelen"):
        d, g = x.doelen()
        band("Doelen voor de komende periode", [(None, t) for t in d] if d else [(None, g)])
    if has(x, "adviezen_professionals"):
        lab = "Advies commissie voor de begeleiding / deskundigen" if c["st"] in ("so", "vso") else "Adviezen van deskundigen"
        band(lab, [(None, x.advies()[0])])
    if has(x, "oogo"):
        band("Op overeenstemming gericht overleg met ouders", [(None, x.oogo()[0])])
    if has(x, "inbreng_leerling"):
        band("Inbreng van de leerling", [(None, t) for t in x.inbreng()])
    if has(x, "evaluatie"):
        band("Evaluatie", [(None, x.evaluatie()[0])])
    cons = x.consent()
    if cons:
        n[0] += 1
        bl.append(("band", f"{n[0]}. Instemming handelingsdeel", []))
        bl += consent_blocks(cons)
    if has(x, "vaststelling"):
        band("Vaststelling", [(None, t) for t in x.vaststelling()])
    if has(x, "informatie_rechten"):
        band("Informatie voor ouders", [(None, x.rechten()[0])])
    style = dict(font="Arial", shade=c.get("shadecolor", "BDD7EE"), footer=f"{swv} \u2013 format OPP", size=10)
    return bl, style


# =========================================================== 3. Groeidocument with OPP as a chapter
def groeidocument(c):
    x = Ctx(c)
    bl = [("title", f"Groeidocument {c['n']} {c['last']}"), ("sub", f"{c['school']} \u2013 schooljaar {c['plan'].year if c['plan'].month>=8 else c['plan'].year-1}-"
                                                            f"{(c['plan'].year+1) if c['plan'].month>=8 else c['plan'].year}"),
          ("h1", "1. Gegevens"), ("kv", pupil_kv(c, ("Naam", "Geboren", "Groep", "School", "Datum")) + [("Ouders/verzorgers", x.parents())]),
          ("h1", "2. Hulpvraag en schoolloopbaan"),
          ("p", x.fill("{n} zit sinds {instroom} op deze school. In de afgelopen jaren is ondersteuning in de groep geboden (zie eerdere "
                       "groepsplannen). De hulpvraag van school en ouders is: hoe kunnen we {n} zo begeleiden dat {hij} zich "
                       "blijft ontwikkelen en met plezier naar school gaat?")),
          ("h1", "3. Beeld van het kind")]
    for kind, e, lab in (("bevord", "bevorderende_factoren", "3.1 Stimulerende factoren"), ("belem", "belemmerende_factoren", "3.2 Belemmerende factoren")):
        if has(x, e):
            f, g = x.factors(kind)
            bl += [("h2", lab)] + ([("bul", [f"{d}: {t}" for d, t in f])] if f else [("p", g)])
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        bl += [("h2", "3.3 Onderwijsbehoeften"), ("p", intro)] + ([("bul", items)] if items else [])
    bl.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    if has(x, "uitstroombestemming"):
        bl += [("h2", "4.1 Verwachte uitstroombestemming"), ("p", x.dest()[0])]
    if has(x, "onderbouwing"):
        bl += [("h2", "4.2 Onderbouwing"), ("p", x.onderbouwing()[0])]
    if has(x, "afwijkingen_onderwijsprogramma"):
        bl += [("h2", "4.3 Afwijkingen van het onderwijsprogramma"), ("p", x.afwijking()[0])]
    bl.append(("h1", "5. Handelingsdeel"))
    if has(x, "doelen"):
        d, g = x.doelen()
        bl += [("h2", "5.1 Doelen"), ("bul", d) if d else ("p", g)]
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        bl += [("h2", "5.2 Aanpak en ondersteuning"), ("table", ["Aanpak", "Door wie", "Frequentie", "Start"], r) if r else ("p", g)]
    if has(x, "adviezen_professionals"):
        bl += [("h1", "6. Betrokken deskundigen en hun adviezen"), ("p", x.advies()[0])]
    bl.append(("h1", "7. Afspraken, evaluatie en ondertekening"))
    if has(x, "oogo"):
        bl += [("h2", "Gesprek met ouders"), ("p", x.oogo()[0])]
    if has(x, "inbreng_leerling"):
        bl += [("h2", f"Wat vindt {c['n']} ervan?")] + [("p", t) for t in x.inbreng()]
    if has(x, "evaluatie"):
        bl += [("h2", "Evaluatie"), ("p", x.evaluatie()[0])]
    if has(x, "informatie_rechten"):
        bl += [("h2", "Uw rechten"), ("p", x.rechten()[0])]
    cons = x.consent()
    if cons:
        bl += [("h2", "Ondertekening handelingsdeel")] + consent_blocks(cons)
    if has(x, "vaststelling"):
        bl += [("p", t) for t in x.vaststelling()]
    return bl, dict(font="Calibri", shade="E2EFDA", header=f"Groeidocument \u2013 {c['school']}", footer="Vertrouwelijk")


# =========================================================== 4. Beknopt OPP (two pages)
def beknopt_fields(c):
    x = Ctx(c)
    F = [("Naam / geboortedatum / groep", f"{c['n']} {c['last']} / {dnum(c['birth'])} / {c['klas']}", 1),
         ("School", f"{c['school']}, {c['place']}", 1)]
    if has(x, "uitstroombestemming"):
        F.append(("Perspectief (uitstroom)", x.dest()[0], 1))
    if has(x, "onderbouwing"):
        F.append(("Waarom dit perspectief?", x.onderbouwing()[0], 4))
    for kind, e, lab in (("belem", "belemmerende_factoren", "Wat belemmert?"), ("bevord", "bevorderende_factoren", "Wat helpt? (sterke kanten)")):
        if has(x, e):
            f, g = x.factors(kind)
            F.append((lab, "; ".join(f"{d}: {t}" for d, t in f) if f else g, 3))
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        F.append((x.fill("Wat heeft {n} nodig?"), "; ".join(items) if items else intro, 3))
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        F.append(("Wat doen we? (wat / wie / hoe vaak / vanaf)", "\n".join(" / ".join(t) for t in r) if r else g, 3))
    if has(x, "afwijkingen_onderwijsprogramma"):
        F.append(("Afwijkend programma?", x.afwijking()[0], 2))
    if has(x, "doelen"):
        d, g = x.doelen()
        F.append(("Doelen komende periode", "\n".join(d) if d else g, 4))
    if has(x, "adviezen_professionals"):
        F.append(("Advies externe deskundigen", x.advies()[0], 3))
    if has(x, "oogo"):
        F.append(("Besproken met ouders", x.oogo()[0], 2))
    if has(x, "inbreng_leerling"):
        F.append(("Stem van de leerling", " ".join(x.inbreng()), 2))
    if has(x, "evaluatie"):
        F.append(("Evaluatie", x.evaluatie()[0], 2))
    cons = x.consent()
    if cons:
        F.append(("Instemming ouders met het handelingsdeel", consent_text(cons), 4))
    if has(x, "vaststelling"):
        F.append(("Vastgesteld", " ".join(x.vaststelling()), 1))
    if has(x, "informatie_rechten"):
        F.append(("Niet eens?", x.rechten()[0], 3))
    return F


def beknopt(c):
    x = Ctx(c)
    F = beknopt_fields(c)
    bl = [("title", "Beknopt OPP"), ("sub", f"{c.get('swv','')} \u2013 kort format voor leerlingen met een lichte ondersteuningsbehoefte")]
    kv = []
    for lab, val, _ in F:
        if lab.startswith("Instemming"):
            break
        kv.append((lab, val))
    bl.append(("kv", kv))
    cons = x.consent()
    if cons:
        bl += [("h2", "Instemming ouders met het handelingsdeel")] + consent_blocks(cons)
    tail = [(l, v) for l, v, _ in F if l in ("Vastgesteld", "Niet eens?")]
    if tail:
        bl.append(("kv", tail))
    return bl, dict(pdffont="LS", size=9, kvratio=0.27, shade="FFF2CC", kvshade="FFF2CC",
                    footer=f"Beknopt OPP \u2013 {c['school']}", pdftitle="Beknopt OPP")


# =========================================================== 5. Letter to parents
def brief(c):
    x = Ctx(c)
    d = c.get("docdate", c["plan"])
    bl = [("p", f"{c['school']}\n"), ("small", f"{c.get('adres','Schoolstraat 4')}, {c['place']}  |  tel. 0{400+len(c['place'])}-{len(c['school'])*7919 % 900000 + 100000}"),
          ("p", f"{c['place']}, {dlong(d)}"),
          ("p", f"Aan de ouders/verzorgers van {c['n']} {c['last']}"),
          ("bp", "Betreft:", f"het ontwikkelingsperspectief (OPP) van {c['n']}"),
          ("p", f"Beste {c.get('aanhef', 'ouders')},"),
          ("p", x.fill("Zoals besproken sturen wij u hierbij het ontwikkelingsperspectief van {n}. In deze brief leest u wat wij "
                       "verwachten, wat {n} nodig heeft en wat wij daarvoor doen. Wilt u de brief goed lezen?"))]
    lead = c.get("letter_leads", True)

    def par(lab, txt):
        bl.append(("bp", lab, txt) if lead else ("p", txt))
    if has(x, "oogo"):
        par("Ons gesprek.", x.oogo()[0])
    if has(x, "uitstroombestemming"):
        par("Waar gaat " + c["n"] + " naartoe?", x.dest()[0])
    if has(x, "onderbouwing"):
        par("Waarom verwachten wij dat?", x.onderbouwing()[0])
    if has(x, "bevorderende_factoren"):
        f, g = x.factors("bevord")
        par("Wat gaat goed.", (x.fill("Sterke kanten van {n}: ") + "; ".join((t[0].lower() + t[1:]) if t[1:2].islower() else t for _, t in f) + ".") if f else g)
    if has(x, "belemmerende_factoren"):
        f, g = x.factors("belem")
        par("Wat is moeilijk.", (x.fill("Wat {n} belemmert: ") + "; ".join(t for _, t in f) + ".") if f else g)
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        par("Wat heeft " + c["n"] + " nodig?", (intro + " " + "; ".join(items) + ".") if items else intro)
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        par("Wat gaan wij doen?", " ".join(f"{a} ({w}, {f}, {v})." for a, w, f, v in r) if r else g)
    if has(x, "afwijkingen_onderwijsprogramma"):
        par("Afwijkingen van het lesprogramma.", x.afwijking()[0])
    if has(x, "doelen"):
        dd, g = x.doelen()
        if dd:
            par("Onze doelen.", "Voor de komende periode hebben we deze doelen:")
            bl.append(("bul", dd))
        else:
            par("Onze doelen.", g)
    if has(x, "adviezen_professionals"):
        par("Advies van deskundigen.", x.advies()[0])
    if has(x, "inbreng_leerling"):
        par("Wat zegt " + c["n"] + " zelf?", " ".join(x.inbreng()))
    if has(x, "evaluatie"):
        par("Hoe houden we u op de hoogte?", x.evaluatie()[0])
    if has(x, "informatie_rechten"):
        par("Uw rechten.", x.rechten()[0])
    if has(x, "vaststelling"):
        for t in x.vaststelling():
            bl.append(("p", t))
    bl += [("p", "Met vriendelijke groet,"), ("p", f"{c.get('mentor','')}, leerkracht\n{c.get('directeur','')}, directeur")]
    cons = x.consent()
    if cons:
        bl += [("pb",), ("h2", f"Antwoordstrook \u2013 graag voor {dlong(d + dt.timedelta(days=14))} terug naar school")] + consent_blocks(cons)
    return bl, dict(font="Georgia", size=11, shade="FFFFFF")


# =========================================================== 6. VSO plan with profile tick boxes
def vso_profiel(c):
    x = Ctx(c)
    bl = [("title", f"OPP \u2013 {c['school']} (VSO)"),
          ("kv", pupil_kv(c, ("Leerling", "Geboortedatum", "Klas/leerroute", "Locatie", "Datum plan")) +
           [("Leeftijd bij opstellen", f"{age(c)} jaar"), ("Wettelijk vertegenwoordiger", c.get("vertegenwoordiger", "ouders"))] )]
    if has(x, "uitstroombestemming"):
        prof = c.get("vsoprof")
        unt = x.st("uitstroombestemming") == "unticked"
        opts = [("vervolgonderwijs", "Vervolgonderwijs (mbo / vo)"), ("arbeid", "Arbeidsmarktgericht"), ("dagbesteding", "Dagbesteding (arbeidsmatig / activerend)")]
        bl += [("h1", "Uitstroomprofiel"), ("checks", [(not unt and prof == k, t) for k, t in opts])]
        if not unt:
            g = x.gap("uitstroombestemming")
            bl.append(("bp", "Richting / verwachte plek:", g if g is not None else c["dest"]))
        else:
            bl.append(("bp", "Richting / verwachte plek:", ""))
    if has(x, "onderbouwing"):
        bl += [("h2", "Onderbouwing van het profiel"), ("p", x.onderbouwing()[0])]
    hb, hv = has(x, "belemmerende_factoren"), has(x, "bevorderende_factoren")
    if hb or hv:
        fr = factor_rows(x)
        hdr = ["Domein"] + (["Belemmerend"] if hb else []) + (["Bevorderend"] if hv else [])
        bl += [("h1", "Factoren die de ontwikkeling beïnvloeden"),
               ("table", hdr, [[r[0]] + ([r[1]] if hb else []) + ([r[2]] if hv else []) for r in fr])]
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        bl += [("h1", "Onderwijs- en ondersteuningsbehoeften"), ("p", intro)] + ([("bul", items)] if items else [])
    bl.append(("h1", "Handelingsdeel"))
    if has(x, "doelen"):
        d, g = x.doelen()
        bl += [("h2", "Doelen (leergebieden en arbeid/zelfredzaamheid)"), ("bul", d) if d else ("p", g)]
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        bl += [("h2", "Begeleiding en ondersteuning"), ("table", ["Ondersteuning", "Uitvoering", "Frequentie", "Start"], r) if r else ("p", g)]
    if has(x, "afwijkingen_onderwijsprogramma"):
        bl += [("h2", "Afwijkingen van het programma"), ("p", x.afwijking()[0])]
    if has(x, "adviezen_professionals"):
        bl += [("h1", "Advies commissie voor de begeleiding"),
               ("p", x.advies()[0])]
    if has(x, "oogo"):
        bl += [("h1", "Overleg"), ("p", x.oogo()[0])]
    if has(x, "inbreng_leerling"):
        bl += [("h1", "Inbreng van de leerling")] + [("p", t) for t in x.inbreng()]
    if has(x, "evaluatie"):
        bl += [("h1", "Evaluatie"), ("p", x.evaluatie()[0])]
    if has(x, "informatie_rechten"):
        bl += [("h1", "Bezwaar en geschillen"), ("p", x.rechten()[0])]
    cons = x.consent()
    if cons:
        bl += [("h1", "Instemming")] + consent_blocks(cons)
    if has(x, "vaststelling"):
        bl += [("p", t) for t in x.vaststelling()]
    return bl, dict(font="Verdana", size=9.5, shade="D9D9D9", footer=f"{c['school']} \u2013 OPP VSO", hcolor="#7B2C2C")


# =========================================================== 7. Praktijkonderwijs IOP/OPP with question headings
def pro_iop(c):
    x = Ctx(c)
    n = c["n"]
    bl = [("title", f"IOP / OPP {n} {c['last']}"), ("sub", f"{c['school']} \u2013 praktijkonderwijs \u2013 leerjaar {c['klas']}"),
          ("kv", [("Mentor", c.get("mentor", "")), ("Stagebegeleider", "W. Rozendal"), ("Datum" if c["states"].get("vaststelling", "ok") == "ok" else "Datum concept", dnum(c.get("docdate", c["plan"])))])]
    Q = []
    if has(x, "uitstroombestemming"):
        Q.append(("Waar werk ik naartoe? (uitstroom)", x.dest()))
    if has(x, "onderbouwing"):
        Q.append(("Waarom denken we dat dit past?", x.onderbouwing()))
    if has(x, "bevorderende_factoren"):
        f, g = x.factors("bevord")
        Q.append(("Waar ben ik goed in?", [f"{d}: {t}" for d, t in f] if f else [g]))
    if has(x, "belemmerende_factoren"):
        f, g = x.factors("belem")
        Q.append(("Waar loop ik tegenaan?", [f"{d}: {t}" for d, t in f] if f else [g]))
    if has(x, "ondersteuningsbehoefte"):
        items, intro = x.behoefte()
        Q.append(("Wat heb ik nodig?", items if items else [intro]))
    if has(x, "doelen"):
        d, g = x.doelen()
        Q.append(("Mijn doelen dit halfjaar", d if d else [g]))
    if has(x, "ondersteuning"):
        r, g = x.ondersteuning()
        Q.append(("Wie helpt mij en hoe?", [f"{a} \u2013 {w} \u2013 {f} \u2013 {v}" for a, w, f, v in r] if r else [g]))
    if has(x, "afwijkingen_onderwijsprogramma"):
        Q.append(("Is mijn rooster anders dan normaal?", x.afwijking()))
    if has(x, "adviezen_professionals"):
        Q.append(("Wat adviseren deskundigen?", x.advies()))
    if has(x, "inbreng_leerling"):
        Q.append(("Wat vind ik er zelf van?", x.inbreng()))
    if has(x, "oogo"):
        Q.append(("Besproken met mijn ouders/verzorgers", x.oogo()))
    if has(x, "evaluatie"):
        Q.append(("Wanneer kijken we terug?", x.evaluatie()))
    if has(x, "informatie_rechten"):
        Q.append(("Niet eens met dit plan?", x.rechten()))
    for q, ps in Q:
        bl.append(("h2", q))
        if len(ps) > 1 and q not in ("Wat vind ik er zelf van?",):
            bl.append(("bul", ps))
        else:
            bl += [("p", p) for p in ps]
    bl += [("h2", "Mijn portfolio"), ("p", x.fill("In het portfolio van {n} zitten foto's van het stagewerk, de stagebeoordelingen "
                                                 "en de behaalde certificaten. {n} presenteert het portfolio bij het IOP-gesprek."))]
    cons = x.consent()
    if cons:
        bl += [("h2", "Handtekeningen")] + consent_blocks(cons)
    if has(x, "vaststelling"):
        bl += [("p", t) for t in x.vaststelling()]
    return bl, dict(font="Trebuchet MS", size=10.5, shade="FCE4D6")


LAYOUTS = dict(lvs_export=lvs_export, swv_table=swv_table, groeidocument=groeidocument, beknopt=beknopt,
               brief=brief, vso_profiel=vso_profiel, pro_iop=pro_iop)


# =========================================================== not OPPs
def leaflet():
    bl = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
          ("sub", "Informatie voor ouders \u2013 Ouder- en jeugdsteunpunt Passend Leren Dalmerland"),
          ("p", "Heeft uw kind extra ondersteuning nodig? Dan stelt de school een ontwikkelingsperspectiefplan op, kortweg OPP. "
                "In deze folder leest u wat daarin hoort te staan en wat uw rechten zijn."),
          ("h2", "Wat staat er in een OPP?"),
          ("bul", ["De te verwachten uitstroombestemming: naar welk onderwijs of werk uw kind waarschijnlijk gaat.",
                   "De onderbouwing daarvan: waarom de school dat verwacht.",
                   "Belemmerende en bevorderende factoren: wat het leren van uw kind moeilijker of makkelijker maakt.",
                   "De ondersteuning die de school biedt, en eventuele afwijkingen van het lesprogramma.",
                   "Doelen, adviezen van deskundigen en afspraken over evaluatie."]),
          ("h2", "Praten, instemmen en meedenken"),
          ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). "
                "Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook uw kind horen."),
          ("h2", "Niet eens?"),
          ("p", "Ga eerst in gesprek met de school. Ons steunpunt denkt gratis met u mee. U kunt ook terecht bij een onderwijsconsulent "
                "of binnen zes weken bij de Geschillencommissie passend onderwijs."),
          ("small", "Deze folder is een algemene toelichting en geen OPP. Uitgave 2025.")]
    return bl, dict(shade="E2EFDA", pdftitle="Folder OPP voor ouders")


def newsletter():
    bl = [("title", "De Wilgenkrant \u2013 nieuwsbrief november 2025"), ("sub", "obs De Wilgenkamp, Haverdijk"),
          ("h2", "Van de directie"), ("p", "Wat fijn dat zo veel ouders op de informatieavond waren. De komende weken staan de "
                                           "oudergesprekken gepland; voor leerlingen met een OPP plannen we een apart gesprek met de intern begeleider."),
          ("h2", "Sint op school"), ("p", "Op 5 december komt de Sint om 8.30 uur aan op het plein."),
          ("h2", "Nieuws van de intern begeleider"), ("p", "Dit jaar werken we met een nieuw OPP-format van het samenwerkingsverband. "
            "Daarin is ook ruimte voor wat uw kind zelf vindt. Heeft uw kind een OPP, dan ontvangt u vóór de kerstvakantie een uitnodiging."),
          ("h2", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen."),
          ("small", "Redactie: M. Verhoog \u2013 nieuwsbrief@dewilgenkamp.example")]
    return bl, dict(font="Comic Sans MS", shade="FFE699")


def blank_format():
    bl = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", "Format SWV Passend Onderwijs Kuinstreek \u2013 leeg format, versie 2025-2"),
          ("band", "1. Gegevens leerling en school", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep/klas", ""), ("School", ""), ("Datum OPP", "")]),
          ("band", "2. Ontwikkelingsperspectief", [("Te verwachten uitstroombestemming", "[Vermeld hier het verwachte uitstroomniveau]"),
                                                  ("Onderbouwing", "Geef hier een onderbouwing op basis van toetsgegevens en schoolloopbaan.")]),
          ("band", "3. Belemmerende en bevorderende factoren", []),
          ("table", ["Domein", "Belemmerend", "Bevorderend"], [["Cognitief", "", ""], ["Sociaal-emotioneel", "", ""], ["Thuis", "", ""]]),
          ("band", "4. Onderwijs- en ondersteuningsbehoeften", [(None, "Formuleer als: '... heeft behoefte aan ... om ...'")]),
          ("band", "5. Handelingsdeel: te bieden ondersteuning", []), ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [["", "", "", ""]]),
          ("band", "6. Afwijkingen van het onderwijsprogramma", [(None, "Zo ja, welke? Zo nee: vermeld 'geen'.")]),
          ("band", "7. Doelen", [(None, "[SMART-doelen]")]),
          ("band", "8. Adviezen van deskundigen", [(None, "")]),
          ("band", "9. Op overeenstemming gericht overleg met ouders", [("Datum", ""), ("Aanwezig", "")]),
          ("band", "10. Inbreng van de leerling", [(None, "Wat vindt de leerling? Wat is daarmee gedaan?")]),
          ("band", "11. Evaluatie", [(None, "[evaluatiemomenten]")]),
          ("band", "12. Instemming handelingsdeel", []),
          ("checks", [(False, "Ouders stemmen in met het handelingsdeel"), (False, "Ouders stemmen niet in")]),
          ("sig", [("Ouder/verzorger", "", None, False), ("Namens de school", "", None, False)]),
          ("band", "13. Vaststelling", [("Datum vaststelling", ""), ("Door", "")]),
          ("band", "14. Informatie voor ouders", [(None, "[Standaardtekst rechten ouders invoegen]")])]
    return bl, dict(font="Arial", shade="BDD7EE", footer="SWV Kuinstreek \u2013 format OPP")
