# -*- coding: utf-8 -*-
"""Layouts: each turns a document context into a list of blocks (format-neutral) plus header/footer."""
import datetime as dt
from content import body, flat, consent_blocks, nl, fmt, sup_rows, rights_text

def hdr_kv(d, extra=()):
    if d.blank:
        rows = [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Ouders/gezag", ""), ("Betrokken externen", "")]
        return [("kv", rows)]
    rows = [("Naam leerling", d.fullname), ("Geboortedatum", nl(d.birth, "short")), ("School", f"{d.school}, {d.place}"),
            ("Groep/klas", d.case["klas"]), ("Gezag / wettelijk vertegenwoordiger", d.gezag_txt),
            ("Betrokken zorgpartner", f"{d.case['partner'][0]} ({d.partner_name}, {d.case['partner'][1]})"),
            ("Schooljaar", d.schooljaar)]
    if d.revised:
        rows.append(("Bijgesteld", f"{nl(d.revised, 'short')} (na tussenevaluatie)"))
    return [("kv", rows + list(extra))]

def achtergrond(d):
    return [("p", fmt(d.case["achtergrond"], d))] if not d.blank else []

class Numberer:
    def __init__(self):
        self.n = 0
    def __call__(self, t):
        self.n += 1
        return f"{self.n}. {t}"

def ch(d, text):
    """Heading for the consent part; a document holding only an AVG consent gets a neutral heading."""
    return "Toestemming gegevensdeling" if d.var("instemming_ouders") == "avg_only" else text

def add(out, head, el_blocks, level="h1"):
    if el_blocks is None:
        return False
    out.append((level, head))
    out.extend(el_blocks)
    return True

# ---------------------------------------------------------------- 1 swv-genummerd
def swv_numbered(d):
    out = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
           ("p", f"{d.swv} – format OPP, versie {d.fmt_year}")]
    out += hdr_kv(d)
    N = Numberer()
    out.append(("h1", N("Aanleiding en achtergrond")))
    out += achtergrond(d)
    add(out, N("Onderwijs- en ondersteuningsbehoeften"), body(d, "ondersteuningsbehoefte"))
    add(out, N("Belemmerende factoren"), body(d, "belemmerende_factoren"))
    add(out, N("Bevorderende factoren"), body(d, "bevorderende_factoren"))
    u, o = body(d, "uitstroombestemming"), body(d, "onderbouwing")
    if u is not None or o is not None:
        n = N("Uitstroomprofiel")
        out.append(("h1", n))
        add(out, n.split(".")[0] + ".1 Te verwachten uitstroombestemming", u, "h2")
        add(out, n.split(".")[0] + ".2 Onderbouwing", o, "h2")
    add(out, N("Adviezen van deskundigen"), body(d, "adviezen_professionals"))
    add(out, N("Doelen voor de komende periode"), body(d, "doelen"))
    n = N("Handelingsdeel")
    out.append(("h1", n))
    k = n.split(".")[0]
    add(out, k + ".1 Ondersteuning en begeleiding", body(d, "ondersteuning"), "h2")
    add(out, k + ".2 Afwijkingen van het onderwijsprogramma", body(d, "afwijkingen_onderwijsprogramma"), "h2")
    add(out, N("Inbreng van de leerling"), body(d, "inbreng_leerling"))
    add(out, N("Op overeenstemming gericht overleg met ouders"), body(d, "oogo"))
    add(out, N("Evaluatie"), body(d, "evaluatie"))
    cb = consent_blocks(d)
    r = body(d, "informatie_rechten")
    if cb is not None or r is not None:
        n = N(ch(d, "Instemming met het handelingsdeel"))
        out.append(("h1", n))
        if cb is not None:
            out += cb
        add(out, "Als u het niet eens bent", r, "h2")
    add(out, N("Vaststelling"), body(d, "vaststelling"))
    return out, dict(footer=f"OPP {d.fullname if not d.blank else '________'} – vertrouwelijk – {d.swv_short}", header=d.school if not d.blank else "")

# ---------------------------------------------------------------- 2 domeintabel
def domain_table(d):
    c = d.case
    out = [("title", f"OPP – {d.school}"), ("p", "Ontwikkelingsperspectiefplan met handelingsdeel")]
    out += hdr_kv(d)
    out.append(("h1", "1. Beeld van de leerling"))
    out += achtergrond(d)
    vb, vv = d.var("belemmerende_factoren"), d.var("bevorderende_factoren")
    doms = []
    for a, _ in c["belem"] + c["bevord"]:
        if a not in doms:
            doms.append(a)
    def cell(kind, v, dom):
        src = c["belem"] if kind == "b" else c["bevord"]
        if v == "ok":
            return "\n".join(fmt(t, d) for a, t in src if a == dom)
        if v == "empty":
            return ""
        if v == "ph":
            return d.ph
        if v in ("instr", "ref", "generic", "cc"):
            return flat(body(d, "belemmerende_factoren" if kind == "b" else "bevorderende_factoren")) if dom == doms[0] else ""
        return ""
    hdr = ["Domein"] + (["Belemmerend"] if vb != "omit" else []) + (["Bevorderend"] if vv != "omit" else [])
    rows = [hdr]
    for dom in doms:
        r = [dom]
        if vb != "omit": r.append(cell("b", vb, dom))
        if vv != "omit": r.append(cell("v", vv, dom))
        rows.append(r)
    out.append(("h1", "2. Ontwikkelingsperspectief per domein"))
    if len(hdr) > 1:
        out.append(("table", rows))
    add(out, "Onderwijsbehoeften", body(d, "ondersteuningsbehoefte"), "h2")
    out.append(("h1", "3. Perspectief"))
    prow = []
    u, o = flat(body(d, "uitstroombestemming")), flat(body(d, "onderbouwing"))
    if u is not None: prow.append(("Te verwachten uitstroombestemming", u))
    if o is not None: prow.append(("Onderbouwing", o))
    if prow: out.append(("kv", prow))
    out.append(("h1", "4. Handelingsdeel"))
    add(out, "4a. Doelen", body(d, "doelen"), "h2")
    add(out, "4b. Ondersteuning (wat, wie, hoe vaak)", body(d, "ondersteuning"), "h2")
    va = d.var("afwijkingen_onderwijsprogramma")
    if va != "omit":
        out.append(("h2", "4c. Afwijkingen van het onderwijsprogramma"))
        if va == "ok":
            out.append(("check", [(False, "Geen afwijkingen"), (True, "Wel afwijkingen, namelijk:")]))
            out += body(d, "afwijkingen_onderwijsprogramma")
        elif va == "na":
            out.append(("check", [(True, "Geen afwijkingen"), (False, "Wel afwijkingen, namelijk:")]))
        else:
            out += body(d, "afwijkingen_onderwijsprogramma")
    out.append(("h1", "5. Betrokkenheid en afspraken"))
    rows = []
    for el, lab in [("adviezen_professionals", "Adviezen externe deskundigen"), ("oogo", "Overleg met ouders (OOGO)"),
                    ("inbreng_leerling", "Inbreng leerling"), ("evaluatie", "Evaluatie")]:
        t = flat(body(d, el))
        if t is not None:
            rows.append((lab, t))
    out.append(("kv", rows))
    out.append(("h1", "6. " + ch(d, "Ondertekening")))
    cb = consent_blocks(d)
    if cb: out += cb
    add(out, "Uw rechten", body(d, "informatie_rechten"), "h2")
    add(out, "Vaststelling", body(d, "vaststelling"), "h2")
    return out, dict(footer=f"{d.school} | OPP {d.schooljaar}", header="VERTROUWELIJK")

# ---------------------------------------------------------------- 3 oza-zij-aan-zij
def oza(d):
    c = d.case
    pn = c["partner"][0]
    out = [("title", "Onderwijs-zorgarrangement en ontwikkelingsperspectiefplan"),
           ("p", f"Gezamenlijk plan van {d.school} (onderwijs) en {pn} (zorg)" if not d.blank else "Gezamenlijk plan van school (onderwijs) en zorgpartner (zorg)")]
    out += hdr_kv(d)
    out.append(("h1", "Hulpvraag en achtergrond"))
    out += achtergrond(d)
    vb, vv = d.var("belemmerende_factoren"), d.var("bevorderende_factoren")
    if vb != "omit" or vv != "omit":
        out.append(("h1", "Wat werkt belemmerend, wat helpt?"))
        hdr, col = [], []
        if vb != "omit": hdr.append("Belemmerende factoren"); col.append(flat(body(d, "belemmerende_factoren")))
        if vv != "omit": hdr.append("Bevorderende factoren"); col.append(flat(body(d, "bevorderende_factoren")))
        out.append(("table", [hdr, col]))
    out.append(("h1", "Onderwijs en zorg naast elkaar"))
    rows = [["", "Onderwijs (school)", "Zorg (" + (pn if not d.blank else "zorgpartner") + ")"]]
    b = flat(body(d, "ondersteuningsbehoefte"))
    zb = "" if d.blank else f"Hulpvraag jeugdhulp: {d.vn} leert omgaan met spanning en gedrag; ouders/verzorgers krijgen ondersteuning."
    if b is not None: rows.append(["Ondersteuningsbehoefte", b, zb])
    g = flat(body(d, "doelen"))
    zg = "" if d.blank else f"Behandeldoel: {d.vn} herkent eigen signalen van spanning en gebruikt een afgesproken strategie, thuis en op school."
    if g is not None: rows.append(["Doelen", g, zg])
    s = flat(body(d, "ondersteuning"))
    zs = "" if d.blank else "\n".join(f"- {fmt(w, d)} ({who}; {hv})" for w, who, hv in c["zorg"])
    if s is not None: rows.append(["Aanbod / begeleiding", s, zs])
    a = flat(body(d, "afwijkingen_onderwijsprogramma"))
    if a is not None: rows.append(["Rooster en afwijkingen onderwijsprogramma", a, "" if d.blank else "Zorgmomenten zoals hierboven; afgestemd op het schoolrooster."])
    out.append(("table", rows))
    out.append(("h1", "Perspectief"))
    add(out, "Te verwachten uitstroombestemming", body(d, "uitstroombestemming"), "h2")
    add(out, "Onderbouwing", body(d, "onderbouwing"), "h2")
    add(out, "Adviezen van deskundigen", body(d, "adviezen_professionals"))
    out.append(("h1", "Gesprekken"))
    add(out, "Gesprek met ouders/verzorgers", body(d, "oogo"), "h2")
    add(out, f"Wat vindt {d.vn if not d.blank else 'de leerling'} zelf?", body(d, "inbreng_leerling"), "h2")
    add(out, "Evaluatie en regie", body(d, "evaluatie"))
    if not d.blank:
        out.append(("p", f"Regie op het arrangement: {d.ib} ({d.ib_rol}) namens school, {d.partner_name} namens {pn}."))
    cb = consent_blocks(d)
    if cb is not None:
        out.append(("h1", ch(d, "Instemming")))
        out += cb
        if not d.blank and d.var("instemming_ouders") not in ("omit",):
            out.append(("p", f"Voor de zorgpartner: {d.partner_name}, {c['partner'][1]} – gezien, {nl(d.sign, 'short')}"))
    add(out, "Rechten van ouders", body(d, "informatie_rechten"))
    add(out, "Vaststelling", body(d, "vaststelling"))
    return out, dict(footer=f"OZA {d.fullname if not d.blank else ''} – {d.school if not d.blank else ''} / {pn if not d.blank else ''}", header="Onderwijs-zorgarrangement")

# ---------------------------------------------------------------- 4 groeidocument
def groei(d):
    out = [("title", "Groeidocument"), ("p", f"{d.swv} – handelingsgericht arrangeren")]
    out.append(("h1", "1. Gegevens"))
    out += hdr_kv(d)
    out.append(("h1", "2. Beeld van de leerling"))
    out += achtergrond(d)
    vb, vv = d.var("belemmerende_factoren"), d.var("bevorderende_factoren")
    if vb != "omit" or vv != "omit":
        hdr, col = [], []
        if vv != "omit": hdr.append("Stimulerende factoren"); col.append(flat(body(d, "bevorderende_factoren")))
        if vb != "omit": hdr.append("Belemmerende factoren"); col.append(flat(body(d, "belemmerende_factoren")))
        out.append(("table", [hdr, col]))
    add(out, "3. Onderwijsbehoeften", body(d, "ondersteuningsbehoefte"))
    out.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    add(out, "4.1 Uitstroombestemming", body(d, "uitstroombestemming"), "h2")
    add(out, "4.2 Onderbouwing", body(d, "onderbouwing"), "h2")
    add(out, "4.3 Doelen", body(d, "doelen"), "h2")
    out.append(("h1", "5. Arrangement (handelingsdeel)"))
    add(out, "5.1 Ondersteuning en begeleiding", body(d, "ondersteuning"), "h2")
    add(out, "5.2 Afwijkingen van het onderwijsprogramma", body(d, "afwijkingen_onderwijsprogramma"), "h2")
    add(out, "6. Adviezen van betrokken deskundigen", body(d, "adviezen_professionals"))
    out.append(("h1", "7. Gesprekken"))
    add(out, "7.1 Gesprek met ouders (OOGO)", body(d, "oogo"), "h2")
    add(out, "7.2 Gesprek met de leerling", body(d, "inbreng_leerling"), "h2")
    add(out, "8. Evaluatie", body(d, "evaluatie"))
    cb = consent_blocks(d)
    out.append(("h1", "9. " + ch(d, "Ondertekening")))
    if cb: out += cb
    add(out, "Informatie over uw rechten", body(d, "informatie_rechten"), "h2")
    add(out, "Vaststelling", body(d, "vaststelling"), "h2")
    return out, dict(footer=f"Groeidocument {d.fullname if not d.blank else ''} – pagina", header=d.swv_short)

# ---------------------------------------------------------------- 5 beknopt
def beknopt(d):
    out = [("title", "Beknopt OPP"), ("p", f"{d.school if not d.blank else '[naam school]'} – ontwikkelingsperspectief en handelingsdeel")]
    rows = [] if d.blank else [("Leerling", f"{d.fullname} ({nl(d.birth, 'short')}), {d.case['klas']}"), ("Gezag", d.gezag_txt),
                               ("Zorgpartner", d.case["partner"][0])]
    if d.blank:
        rows = [("Leerling", ""), ("Gezag", "")]
    for el, lab in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                    ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                    ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wie/wat/wanneer)"),
                    ("afwijkingen_onderwijsprogramma", "Afwijkingen programma / rooster"), ("adviezen_professionals", "Adviezen deskundigen"),
                    ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"),
                    ("vaststelling", "Vaststelling")]:
        t = flat(body(d, el))
        if t is not None:
            rows.append((lab, t))
    out.append(("kv", rows))
    cb = consent_blocks(d)
    if cb:
        out.append(("h2", ch(d, "Instemming handelingsdeel")))
        out += cb
    r = body(d, "informatie_rechten")
    if r is not None:
        out.append(("h3", "Rechten"))
        out += r
    return out, dict(footer=f"Beknopt OPP – {d.swv_short}", header="")

# ---------------------------------------------------------------- 6 vraaggestuurd
def vraag(d):
    vn = d.vn
    out = [("title", f"Het plan van {vn}"), ("p", f"Ontwikkelingsperspectiefplan – {d.school} – {d.schooljaar}")]
    out += hdr_kv(d)
    out.append(("h1", f"Wie is {vn}?"))
    out += achtergrond(d)
    add(out, "Wat gaat goed? Wat helpt?", body(d, "bevorderende_factoren"))
    add(out, "Wat maakt het moeilijk?", body(d, "belemmerende_factoren"))
    add(out, f"Wat heeft {vn} nodig?", body(d, "ondersteuningsbehoefte"))
    add(out, "Waar werken we naartoe na deze school?", body(d, "uitstroombestemming"))
    add(out, "Waarom verwachten we dat?", body(d, "onderbouwing"))
    add(out, "Wat willen we bereiken?", body(d, "doelen"))
    add(out, "Wat gaan we doen, wie doet wat?", body(d, "ondersteuning"))
    add(out, "Wat is er anders dan voor andere leerlingen?", body(d, "afwijkingen_onderwijsprogramma"))
    add(out, "Wat zeggen de deskundigen?", body(d, "adviezen_professionals"))
    add(out, f"Wat vindt {vn} zelf?", body(d, "inbreng_leerling"))
    add(out, "Wanneer hebben we dit met ouders besproken?", body(d, "oogo"))
    add(out, "Wanneer kijken we terug?", body(d, "evaluatie"))
    cb = consent_blocks(d)
    if cb is not None:
        out.append(("h1", ch(d, "Gaan ouders akkoord?")))
        out += cb
    add(out, "Wat als u het er niet mee eens bent?", body(d, "informatie_rechten"))
    add(out, "Wanneer is het plan vastgesteld?", body(d, "vaststelling"))
    return out, dict(footer="", header="")

# ---------------------------------------------------------------- 7 brief
def brief(d):
    ld = d.vast + dt.timedelta(days=1)
    adr = d.fullname if d.adult else f"{d.ouders_aanhef}"
    out = [("letterhead", f"{d.school}\n{d.street}\n{d.place}"),
           ("p", f"Aan: {adr}"), ("p", f"{d.place}, {nl(ld)}"),
           ("p", f"Betreft: ontwikkelingsperspectiefplan (OPP) van {d.vn if not d.adult else 'jou'}"),
           ("p", ("Beste " + d.vn + "," if d.adult else "Geachte ouders/verzorgers,")),
           ("p", f"Hierbij ontvangt u het ontwikkelingsperspectiefplan van {d.vn}. In deze brief zetten wij de belangrijkste onderdelen op een rij." if not d.adult
                 else "Hierbij ontvang je jouw ontwikkelingsperspectiefplan. In deze brief staan de belangrijkste onderdelen.")]
    out += achtergrond(d)
    add(out, "Wat verwachten wij na deze school?", body(d, "uitstroombestemming"), "h2")
    add(out, "Waarom verwachten wij dat?", body(d, "onderbouwing"), "h2")
    add(out, "Wat zit in de weg?", body(d, "belemmerende_factoren"), "h2")
    add(out, "Wat helpt?", body(d, "bevorderende_factoren"), "h2")
    add(out, "Wat is nodig?", body(d, "ondersteuningsbehoefte"), "h2")
    add(out, "Doelen", body(d, "doelen"), "h2")
    add(out, "Welke begeleiding bieden wij?", body(d, "ondersteuning"), "h2")
    add(out, "Rooster en programma", body(d, "afwijkingen_onderwijsprogramma"), "h2")
    add(out, "Adviezen van deskundigen", body(d, "adviezen_professionals"), "h2")
    add(out, "Ons gesprek", body(d, "oogo"), "h2")
    add(out, f"De mening van {d.vn}", body(d, "inbreng_leerling"), "h2")
    add(out, "Evaluatie", body(d, "evaluatie"), "h2")
    add(out, "Vaststelling", body(d, "vaststelling"), "h2")
    add(out, "Uw rechten" if not d.adult else "Jouw rechten", body(d, "informatie_rechten"), "h2")
    out.append(("p", "Met vriendelijke groet,"))
    out.append(("p", f"{d.ib}, {d.ib_rol}"))
    cb = consent_blocks(d)
    if cb is not None:
        out.append(("pagebreak",))
        out.append(("h1", "Retourstrook – " + ch(d, "instemming handelingsdeel")))
        out.append(("p", f"Leerling: {d.fullname}"))
        out += cb
    return out, dict(footer=f"{d.school} · {d.street} · {d.place} · tel. 0{d.seed % 9 + 1}{d.seed*13 % 1000:03d}-{d.seed*7919 % 1000000:06d}", header="")

# ---------------------------------------------------------------- 8 systeem-export
def systeem(d):
    ex = d.vast + dt.timedelta(days=d.seed % 9 + 2)
    out = [("bold", "LVS Online » Leerlingdossier » Ontwikkelingsperspectief"),
           ("p", f"Leerling: {d.lastname_sort} (lln.nr. {100000 + d.seed * 37 % 899999})   Groep/klas: {d.case['klas']}   School: {d.school} (BRIN 0{d.seed % 90 + 10}XZ)"),
           ("p", f"Ouders/gezag: {d.gezag_txt}")]
    if d.revised:
        out.append(("p", f"Laatste wijziging: {nl(d.revised, 'short')} (bijstelling na evaluatie)"))
    fields = [("uitstroombestemming", "Perspectief > Uitstroombestemming"), ("onderbouwing", "Perspectief > Onderbouwing"),
              ("belemmerende_factoren", "Analyse > Belemmerende factoren"), ("bevorderende_factoren", "Analyse > Bevorderende factoren"),
              ("ondersteuningsbehoefte", "Analyse > Onderwijsbehoeften"), ("doelen", "Handelingsdeel > Doelen"),
              ("ondersteuning", "Handelingsdeel > Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Handelingsdeel > Afwijkingen"),
              ("adviezen_professionals", "Extern > Adviezen"), ("inbreng_leerling", "Betrokkenen > Leerling"),
              ("oogo", "Betrokkenen > OOGO"), ("evaluatie", "Cyclus > Evaluatie"), ("informatie_rechten", "Informatie > Rechten ouders")]
    for el, lab in fields:
        b = body(d, el)
        if b is None:
            continue
        out.append(("bold", lab + ":"))
        out += (b if b else [("p", "")])
    out.append(("bold", ch(d, "Ondertekening") + ":"))
    cb = consent_blocks(d)
    if cb: out += cb
    vb = body(d, "vaststelling")
    if vb is not None:
        out.append(("bold", "Status > Vaststelling:"))
        out += vb
    st = "CONCEPT" if d.var("vaststelling") == "concept" else "definitief"
    return out, dict(footer=f"Afgedrukt {nl(ex, 'short')} 10:{d.seed % 60:02d} door {d.ib_init} | status: {st} | pagina {{page}} van {{pages}}", header="LVS Online – vertrouwelijk")

# ---------------------------------------------------------------- 9 vso-perspectief
def vso(d):
    c = d.case
    out = [("title", "Ontwikkelingsperspectiefplan VSO"), ("p", f"{d.school} – voortgezet speciaal onderwijs")]
    out += hdr_kv(d)
    if not d.blank:
        if d.adult:
            out.append(("check", [(True, f"Leerling is meerderjarig (18+) en handelingsbekwaam: {d.vn} is zelf partij bij dit plan"), (False, "Leerling staat onder curatele/mentorschap")]))
        elif d.curatele:
            out.append(("check", [(False, "Leerling is meerderjarig en handelingsbekwaam"), (True, f"Leerling staat onder curatele; curator: {d.curator}")]))
    else:
        out.append(("check", [(False, "Leerling is meerderjarig en handelingsbekwaam"), (False, "Leerling staat onder curatele/mentorschap")]))
    out.append(("h1", "A. Uitstroomprofiel"))
    vu = d.var("uitstroombestemming")
    if vu == "ok":
        u = c["uitstroom"]
        import re as _re
        prof = _re.search(r"profiel (\w+)", u).group(1)
        out.append(("check", [(p == prof, p) for p in ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]], "sdt"))
        out.append(("p", "Concrete bestemming: " + fmt(u.split(":", 1)[-1].strip(), d)))
    elif vu != "omit":
        out.append(("check", [(False, p) for p in ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]], "sdt"))
        g = body(d, "uitstroombestemming")
        if g and g[0][0] != "check":
            out.append(("kv", [("Concrete bestemming", flat(g))]))
    add(out, "Onderbouwing", body(d, "onderbouwing"), "h2")
    out.append(("h1", "B. Beeld"))
    out += achtergrond(d)
    add(out, "Belemmerende factoren", body(d, "belemmerende_factoren"), "h2")
    add(out, "Beschermende factoren", body(d, "bevorderende_factoren"), "h2")
    add(out, "Ondersteuningsbehoefte", body(d, "ondersteuningsbehoefte"), "h2")
    out.append(("h1", "C. Handelingsdeel en transitie"))
    add(out, "Doelen", body(d, "doelen"), "h2")
    add(out, "Ondersteuning en begeleiding", body(d, "ondersteuning"), "h2")
    add(out, "Afwijkingen van het programma (rooster, stage, dagbesteding)", body(d, "afwijkingen_onderwijsprogramma"), "h2")
    add(out, "D. Advies commissie voor de begeleiding en andere deskundigen", body(d, "adviezen_professionals"))
    out.append(("h1", "E. Betrokkenheid"))
    add(out, "Overleg (OOGO)", body(d, "oogo"), "h2")
    add(out, "Stem van de leerling", body(d, "inbreng_leerling"), "h2")
    add(out, "Evaluatie", body(d, "evaluatie"), "h2")
    cb = consent_blocks(d)
    if cb is not None:
        out.append(("h1", "F. " + ch(d, "Instemming handelingsdeel")))
        out += cb
    add(out, "Rechten", body(d, "informatie_rechten"), "h2")
    add(out, "Vaststelling", body(d, "vaststelling"), "h2")
    return out, dict(footer=f"OPP VSO {d.fullname if not d.blank else ''} | {d.school}", header="")

LAYOUTS = {"swv-genummerd": swv_numbered, "domeintabel": domain_table, "oza-zij-aan-zij": oza, "groeidocument": groei,
           "beknopt-opp": beknopt, "vraaggestuurd": vraag, "brief-opp": brief, "systeem-export": systeem, "vso-perspectief": vso}
