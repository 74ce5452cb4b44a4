"""Layouts: each builds a block list from a profile p and the element variants V."""
import datetime as dt
from content import dlong, dshort, fmt
from elements import E, consent_blocks, avg_block, p_, label_of
from render import BOX_ON, BOX_OFF, DOCX_PLACEHOLDER


def as_text(blocks):
    out = []
    for b in blocks or []:
        t = b[0]
        if t == "p":
            out.append(b[1])
        elif t == "check":
            out.append("   ".join((BOX_ON if c else BOX_OFF) + " " + l for l, c in b[1]))
        elif t == "table":
            for r in b[2]:
                out.append(" – ".join(c for c in r if c) if any(r) else "")
        elif t == "field":
            out.append(b[2] if b[2] is not None else DOCX_PLACEHOLDER)
        elif t == "kv":
            out.extend(f"{k}: {v}" for k, v in b[1])
    return "\n".join(out).strip()


def pupil_kv(p, extra=()):
    if p.blank:
        return ("kv", [(k, "") for k in ["Naam leerling", "Geboortedatum", "School", "Groep / leerjaar", "Ouder(s)/verzorger(s)", "Mentor / leerkracht", "Intern begeleider / zorgcoördinator"]])
    rows = [("Naam leerling", p.name), ("Geboortedatum", p.birth), ("School", f"{p.school}, {p.place}"),
            ("Groep / leerjaar", p.grp)]
    if p.adult:
        rows.append(("Meerderjarig", "ja (handelingsbekwaam)"))
    if p.curatele:
        rows.append(("Wettelijk vertegenwoordiger", f"{p.curator} (curatele, uitspraak rechtbank)"))
    else:
        rows.append(("Ouder(s)/verzorger(s)", f"{p.mother}, {p.father}"))
    rows += [("Mentor / leerkracht", p.mentor), ("Intern begeleider / zorgcoördinator", p.ib)]
    return ("kv", rows + list(extra))


def sec(el, V, p, heading, lvl=2, form=False):
    c = E(el, V[el], p, form)
    if c is None:
        return []
    return [("h", lvl, heading)] + c


def consent_sec(V, p, heading, lvl=2, school_sig=True):
    var = V["instemming_ouders"]
    if var in ("missing", "aanmelding_only"):
        return []
    if var == "avg_only":
        return avg_block(p)
    return [("h", lvl, heading)] + consent_blocks(var, p, school_sig)


def revised_line(p):
    if p.revised:
        return [p_(f"Laatst bijgesteld: {dlong(p.revised)} (na tussenevaluatie)", "i")]
    return []


# ------------------------------------------------------------------ L1 groeidocument
def groeidocument(p, V, o):
    N = p.first
    b = [("h", 1, f"Groeidocument {p.name}"), p_(f"{p.swv} – digitaal groeidocument, versie schooljaar {p.plan_date.year if p.plan_date.month >= 8 else p.plan_date.year - 1}-{(p.plan_date.year + 1) if p.plan_date.month >= 8 else p.plan_date.year}", "i"),
         ("h", 2, "Deel 1 – Gegevens van de leerling"), pupil_kv(p, [("Aanleiding groeidocument", "aanvraag arrangement / OPP")]),
         ("h", 2, "Deel 2 – Informatie over de leerling, de school en thuis"),
         ("h", 3, "2.1 Schoolloopbaan"), p_(f"{N} zit sinds groep 1 op {p.school}. Geen doublures tot nu toe; sinds vorig schooljaar extra ondersteuning binnen de groep."),
         ("h", 3, "2.2 Leerontwikkeling en toetsgegevens")]
    if V["onderbouwing"] == "ref_present":
        b.append(p_(p.onderbouwing))
    else:
        b.append(("table", ["Toets", "M vorig jaar", "E vorig jaar", "M dit jaar"], [["Rekenen-Wiskunde", "IV", "IV", "V"], ["Begrijpend lezen", "III", "IV", "IV"], ["DMT", "IV", "III", "III"]]))
    b.append(("h", 3, "2.3 Belemmerende en bevorderende factoren"))
    bel, bev = V["belemmerende_factoren"], V["bevorderende_factoren"]
    if bel == "ok" and bev == "ok":
        b.append(("table", ["Domein", "Belemmerend", "Bevorderend"], [[d, t, p.bevord[i][1]] for i, (d, t) in enumerate(p.belem)]))
    else:
        b += sec("belemmerende_factoren", V, p, "Belemmerende factoren", 3)
        b += sec("bevorderende_factoren", V, p, "Bevorderende factoren", 3)
    b += [("h", 3, "2.4 Visie van ouders"), p_(f"Ouders zien dat {N} thuis veel praat over de toetsen en slecht slaapt in toetsweken. Zij willen vooral dat {N} plezier houdt in school.")]
    b += sec("inbreng_leerling", V, p, "2.5 Visie van de leerling (hoorrecht)", 3)
    b += [("h", 2, "Deel 3 – Ondersteuningsbehoeften")]
    b += sec("ondersteuningsbehoefte", V, p, "3.1 Onderwijs- en ondersteuningsbehoeften", 3)
    b += sec("adviezen_professionals", V, p, "3.2 Adviezen van deskundigen", 3)
    b += [("pb",), ("h", 2, "Deel 4 – Ontwikkelingsperspectiefplan (OPP)")]
    b += revised_line(p)
    b += sec("uitstroombestemming", V, p, "4.1 Te verwachten uitstroombestemming", 3)
    b += sec("onderbouwing", V, p, "4.2 Onderbouwing", 3)
    b += sec("afwijkingen_onderwijsprogramma", V, p, "4.3 Afwijkingen van het onderwijsprogramma", 3)
    b += [("h", 3, "4.4 Handelingsdeel")]
    b += sec("doelen", V, p, "Doelen komende periode", 3)
    b += sec("ondersteuning", V, p, "Ondersteuning en begeleiding", 3)
    b += sec("evaluatie", V, p, "4.5 Evaluatie", 3)
    b += sec("oogo", V, p, "4.6 Op overeenstemming gericht overleg", 3)
    b += sec("informatie_rechten", V, p, "4.7 Uw rechten", 3)
    b += sec("vaststelling", V, p, "4.8 Vaststelling", 3)
    b += consent_sec(V, p, "4.9 Instemming met het handelingsdeel", 3)
    if o.get("tail_verslag"):
        b += [("h", 2, "Deel 5 – Verslagen"), p_(f"MDO {dshort(p.oogo_date - dt.timedelta(days=30))}: aanwezig IB, leerkracht, orthopedagoog SWV. Afgesproken om het OPP op te stellen.")]
    return dict(blocks=b, footer=f"Groeidocument {p.name} – {p.swv}")


# ------------------------------------------------------------------ L2 TLV-aanmelding
def tlv(p, V, o):
    N = p.first
    target = {"po": "SBO", "sbo": "SBO (verlenging)", "so": "SO cluster 4", "vo": "VSO", "vso": "VSO (verlenging)"}[p.stype]
    b = [("h", 1, f"Aanvraag toelaatbaarheidsverklaring {target}"), p_(p.swv, "i"),
         ("h", 2, "Onderdeel A – Aanvraag"), pupil_kv(p, [("Aanvragende school", p.school), ("Gevraagde voorziening", target), ("Gevraagde duur", "tot einde schooljaar " + str(p.plan_date.year + 2))]),
         ("h", 3, "Reden van de aanvraag"),
         p_(f"Ondanks een jaar extra ondersteuning binnen de school stagneert de ontwikkeling van {N}. De school kan niet meer bieden wat {N} nodig heeft."),
         ("h", 3, "Ondertekening aanvraag"),
         p_("Ouders zijn op de hoogte van de aanvraag en ondersteunen deze."),
         ("sig", [dict(role="Ouder/verzorger (aanvraag TLV)", name=p.mother, date=dshort(p.oogo_date), signed=True, key="tlv"),
                  dict(role="Directeur aanvragende school", name=p.director, date=dshort(p.oogo_date), signed=True, key="dir")]),
         ("pb",), ("h", 2, "Onderdeel B – Deskundigenadvies")]
    adv = E("adviezen_professionals", V["adviezen_professionals"], p)
    if adv is None:
        b.append(p_("Het deskundigenadvies wordt door de consulent van het samenwerkingsverband toegevoegd."))
    else:
        b += adv
    b += [("pb",), ("h", 2, "Onderdeel C – Ontwikkelingsperspectief")]
    b += revised_line(p)
    for el, h in [("uitstroombestemming", "C1 Uitstroombestemming"), ("onderbouwing", "C2 Onderbouwing"),
                  ("belemmerende_factoren", "C3 Belemmerende factoren"), ("bevorderende_factoren", "C4 Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "C5 Onderwijsbehoeften"), ("inbreng_leerling", "C6 Inbreng van de leerling"),
                  ("afwijkingen_onderwijsprogramma", "C7 Afwijkingen van het onderwijsprogramma")]:
        b += sec(el, V, p, h, 3)
    b += [("h", 2, "Onderdeel D – Handelingsdeel")]
    for el, h in [("doelen", "D1 Doelen"), ("ondersteuning", "D2 Ondersteuning en begeleiding"), ("evaluatie", "D3 Evaluatie")]:
        b += sec(el, V, p, h, 3)
    b += [("h", 2, "Onderdeel E – Overleg en ondertekening")]
    b += sec("oogo", V, p, "E1 Overleg met ouders", 3)
    b += sec("vaststelling", V, p, "E2 Vaststelling", 3)
    b += consent_sec(V, p, "E3 Instemming ouders met het handelingsdeel (onderdeel D)", 3)
    b += sec("informatie_rechten", V, p, "E4 Informatie voor ouders", 3)
    return dict(blocks=b, footer=f"Aanvraag TLV – {p.name} – {p.swv}")


# ------------------------------------------------------------------ L3 dossier bundle
def bundle(p, V, o):
    N = p.first
    b = [p_(f"{p.school}\nPostbus {100 + p.seed % 800}\n{p.place}"), p_(f"Aan: {p.mother} en {p.father}\nBetreft: ontwikkelingsperspectief {N}\n{p.place}, {dlong(p.plan_date)}"),
         p_(f"Geachte ouders,\n\nIn de bijlage vindt u het ontwikkelingsperspectiefplan (OPP) van {N}, zoals wij dat met u hebben besproken. "
            f"Achter het plan zitten de stukken waarop het is gebaseerd: de brief van de kinderarts (bijlage 1) en het onderzoeksverslag (bijlage 2). "
            f"Wilt u het instemmingsformulier ondertekend aan ons teruggeven?\n\nMet vriendelijke groet,\n\n{p.ib}\nintern begeleider / zorgcoördinator"),
         ("pb",), ("h", 1, f"Ontwikkelingsperspectiefplan {p.name}"), pupil_kv(p)]
    b += revised_line(p)
    n = 0
    for el, h in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                  ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen van deskundigen"),
                  ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma"), ("doelen", "Doelen"),
                  ("ondersteuning", "Ondersteuning (handelingsdeel)"), ("inbreng_leerling", "Inbreng van de leerling"),
                  ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Uw rechten"), ("vaststelling", "Vaststelling")]:
        s = sec(el, V, p, "", 2)
        if s:
            n += 1
            s[0] = ("h", 2, f"{n}. {h}")
            b += s
    b += consent_sec(V, p, f"{n + 1}. Instemming met het handelingsdeel")
    role, who, org, adv, does = p.prof
    b += [("pb",), ("h", 1, "Bijlage 1 – Brief kinderarts"),
          p_(f"Kinderarts drs. G. Wessels, Ziekenhuis Grevenmeer, afdeling kindergeneeskunde\n{dlong(p.plan_date - dt.timedelta(days=90))}"),
          p_(f"Geachte collega,\n\n{N} is bij ons bekend met astma en recidiverende oorontstekingen. Medicatie: inhalatie 2 dd. Op school geen beperkingen bij gym; wel een rustmoment na inspanning als {p.hij} benauwd is. "
             f"Het verzuim door ziekenhuisbezoeken is ongeveer één ochtend per maand.\n\nMet collegiale groet,\nG. Wessels, kinderarts"),
          ("pb",), ("h", 1, f"Bijlage 2 – Verslag {role}"),
          p_(f"{who}, {org}. Onderzoek afgenomen {p.profdate}. Vraagstelling: wat heeft {N} nodig om tot leren te komen?"),
          ("h", 2, "Resultaten"), p_(f"WISC-V: verbaal begrip 94, visueel-ruimtelijk 88, fluïde redeneren 90, werkgeheugen 76, verwerkingssnelheid 79. Het profiel laat een zwak werkgeheugen en een trage verwerking zien."),
          ("h", 2, "Conclusie en advies"), p_(f"Wij adviseren {adv}.")]
    return dict(blocks=b, footer=f"{p.school} – vertrouwelijk")


# ------------------------------------------------------------------ L4 domain table
def domain_table(p, V, o):
    N = p.first
    b = [("h", 1, "Ontwikkelingsperspectief"), pupil_kv(p), ("h", 2, "1. Beeld van de leerling per domein")]
    bel, bev, beh = V["belemmerende_factoren"], V["bevorderende_factoren"], V["ondersteuningsbehoefte"]
    def col(var, items):
        if var == "ok":
            return [t for d, t in items]
        if var == "placeholder":
            return ["-"] * len(items)
        if var == "empty":
            return [""] * len(items)
        return None
    cols = []
    for var, items in ((bel, p.belem), (bev, p.bevord), (beh, [(None, n) for n in p.needs])):
        cols.append(col(var, items))
    hdr = ["Domein"]
    names = ["Belemmerend", "Bevorderend", "Onderwijsbehoefte"]
    keep = [i for i, c in enumerate(cols) if c is not None]
    hdr += [names[i] for i in keep]
    rows = [[d] + [cols[i][k] for i in keep] for k, (d, _) in enumerate(p.belem)]
    b.append(("table", hdr, rows))
    for el, var in (("belemmerende_factoren", bel), ("bevorderende_factoren", bev), ("ondersteuningsbehoefte", beh)):
        if var not in ("ok", "placeholder", "empty"):
            b += sec(el, V, p, {"belemmerende_factoren": "Belemmerende factoren (toelichting)", "bevorderende_factoren": "Bevorderende factoren (toelichting)", "ondersteuningsbehoefte": "Onderwijsbehoeften (toelichting)"}[el], 3)
    b += [("h", 2, "2. Perspectief")]
    b += revised_line(p)
    b += sec("uitstroombestemming", V, p, "Verwachte uitstroombestemming", 3)
    b += sec("onderbouwing", V, p, "Onderbouwing", 3)
    b += sec("adviezen_professionals", V, p, "Adviezen externe deskundigen", 3)
    b += [("h", 2, "3. Handelingsdeel")]
    b += sec("afwijkingen_onderwijsprogramma", V, p, "Afwijkingen van het onderwijsprogramma", 3)
    b += sec("doelen", V, p, "Doelen", 3)
    b += sec("ondersteuning", V, p, "Ondersteuning", 3)
    b += sec("inbreng_leerling", V, p, "Wat vindt de leerling?", 3)
    b += [("h", 2, "4. Afspraken")]
    b += sec("evaluatie", V, p, "Evaluatie", 3)
    b += sec("oogo", V, p, "Bespreking met ouders", 3)
    b += sec("informatie_rechten", V, p, "Informatie over rechten", 3)
    b += sec("vaststelling", V, p, "Vaststelling", 3)
    b += consent_sec(V, p, "Instemming handelingsdeel", 3)
    return dict(blocks=b)


# ------------------------------------------------------------------ L5 numbered
def numbered(p, V, o):
    b = [("h", 1, "OPP – [naam leerling]" if p.blank else f"OPP – {p.name}"), p_("[school] | " + p.swv if p.blank else f"{p.school} | {p.swv}", "i"), ("h", 2, "1. Gegevens"), pupil_kv(p)]
    b += revised_line(p)
    order = [("uitstroombestemming", "Uitstroomperspectief"), ("onderbouwing", "Onderbouwing uitstroomperspectief"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externe deskundigen"),
             ("inbreng_leerling", "Inbreng van de leerling"), ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
             ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning en begeleiding"), ("evaluatie", "Evaluatie"),
             ("oogo", "Overleg met ouders"), ("vaststelling", "Vaststelling")]
    n = 1
    for el, h in order:
        s = sec(el, V, p, "", 2)
        if s:
            n += 1
            s[0] = ("h", 2, f"{n}. {h}")
            b += s
    b += consent_sec(V, p, f"{n + 1}. Instemming ouders")
    s = sec("informatie_rechten", V, p, f"{n + 2}. Informatie over rechten")
    b += s
    nm = "format ontwikkelingsperspectief" if p.blank else p.name
    return dict(blocks=b, footer=f"OPP {nm} – pagina {{page}}" if o.get("fmt_pdf_direct") else f"OPP {nm}")


# ------------------------------------------------------------------ L6 question headings
def questions(p, V, o):
    N = p.first
    b = [("h", 1, f"Het plan van {N}"), p_("Ontwikkelingsperspectiefplan", "i"), pupil_kv(p)]
    b += revised_line(p)
    for el, h in [("uitstroombestemming", f"Waar werkt {N} naartoe?"), ("onderbouwing", "Waarom verwachten we dat?"),
                  ("belemmerende_factoren", f"Wat maakt het lastig voor {N}?"), ("bevorderende_factoren", f"Wat helpt {N}?"),
                  ("ondersteuningsbehoefte", f"Wat heeft {N} nodig?"), ("inbreng_leerling", f"Wat vindt {N} er zelf van?"),
                  ("doelen", "Wat willen we bereiken?"), ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?"),
                  ("afwijkingen_onderwijsprogramma", f"Krijgt {N} een ander programma dan de groep?"),
                  ("adviezen_professionals", "Wat adviseren deskundigen?"), ("oogo", "Hoe hebben we dit met u besproken?"),
                  ("evaluatie", "Wanneer kijken we samen terug?"), ("informatie_rechten", "Wat kunt u doen als u het er niet mee eens bent?"),
                  ("vaststelling", "Wanneer is dit plan vastgesteld?")]:
        b += sec(el, V, p, h, 2)
    b += consent_sec(V, p, "Gaat u akkoord met wat we gaan doen?")
    return dict(blocks=b, footer=f"{p.school} · plan {N}")


# ------------------------------------------------------------------ L7 letter style
def letter(p, V, o):
    N = p.first
    def para(el, lead):
        c = E(el, V[el], p)
        if c is None:
            return []
        if c and c[0][0] == "p":
            return [("p", f"{lead} " + c[0][1])] + c[1:]
        return [("p", lead, "b")] + c
    b = [p_(f"{p.school}\n{p.place}"), p_(f"{p.place}, {dlong(p.plan_date)}"),
         p_(f"Aan de ouders/verzorgers van {p.name}" if not p.adult else f"Aan {p.name}"),
         p_("Onderwerp: ontwikkelingsperspectief", "b"),
         p_(("Beste " + N if p.adult else f"Beste {p.mother.replace('mevr. ', 'mevrouw ')} en {p.father.replace('dhr. ', 'meneer ')}") + ",")]
    b += revised_line(p)
    b += para("oogo", "Fijn dat we elkaar hebben gesproken.")
    b += para("uitstroombestemming", f"Wij verwachten dat {N} na onze school uitstroomt naar:")
    b += para("onderbouwing", "Waarom verwachten we dat?")
    b += para("belemmerende_factoren", "Wat maakt het leren lastiger?")
    b += para("bevorderende_factoren", "Wat helpt?")
    b += para("ondersteuningsbehoefte", "Wat heeft " + N + " nodig?")
    b += para("adviezen_professionals", "Wat zeggen de deskundigen?")
    b += para("inbreng_leerling", f"Wat zegt {N} zelf?")
    b += para("afwijkingen_onderwijsprogramma", "Het programma:")
    b += para("doelen", "Onze doelen voor de komende maanden:")
    b += para("ondersteuning", "Wat gaan wij doen?")
    b += para("evaluatie", "Wanneer praten we verder?")
    b += para("informatie_rechten", "Uw rechten.")
    b += [p_(f"Met vriendelijke groet,\n\n{p.mentor}, mentor\n{p.ib}, intern begeleider")]
    b += para("vaststelling", "")
    c = consent_sec(V, p, "Antwoordstrook – instemming met het handelingsdeel", 2, school_sig=False)
    if c:
        b += [("pb",)] + c
    return dict(blocks=b)


# ------------------------------------------------------------------ L8 beknopt (one table)
def beknopt(p, V, o):
    rows = list(pupil_kv(p)[1])
    for el, lab in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                    ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                    ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Ondersteuning (wie/wat/wanneer)"),
                    ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("doelen", "Doelen"),
                    ("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Stem van de leerling"),
                    ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie")]:
        c = E(el, V[el], p)
        if c is not None:
            rows.append((lab, as_text(c)))
    b = [("h", 1, "Beknopt OPP"), p_(f"{p.school} – {p.swv}", "i"), ("kv", rows)]
    b += revised_line(p)
    c = E("vaststelling", V["vaststelling"], p)
    if c is not None:
        b += [("h", 3, "Vaststelling")] + c
    b += consent_sec(V, p, "Instemming handelingsdeel", 3)
    b += sec("informatie_rechten", V, p, "Rechten", 3)
    return dict(blocks=b)


# ------------------------------------------------------------------ L9 system export
def export(p, V, o):
    N = p.first
    sysname = o.get("sysname", "LeerlingVolg 7")
    b = [p_(f"{sysname} › Leerlingdossier › {p.name} › Ontwikkelingsperspectief", "small"),
         ("h", 1, "Ontwikkelingsperspectief (OPP)"),
         ("kv", [("Leerling", p.name), ("Leerlingnummer", f"{20000 + p.seed * 37 % 9999}"), ("Geboortedatum", p.birth),
                 ("School", p.school), ("Groep/klas", p.grp), ("Status document", "Vastgesteld" if V["vaststelling"] == "ok" else "In bewerking")])]
    b += revised_line(p)
    def kvsec(title, items):
        rows = []
        for el, lab in items:
            c = E(el, V[el], p)
            if c is not None:
                rows.append((lab, as_text(c)))
        return [("h", 2, title), ("kv", rows)] if rows else []
    b += kvsec("Perspectief", [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                               ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                               ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externen")])
    b += kvsec("Handelingsdeel", [("afwijkingen_onderwijsprogramma", "Afwijkend programma"), ("doelen", "Doelen"),
                                  ("ondersteuning", "Begeleiding"), ("evaluatie", "Evaluatiemomenten")])
    b += kvsec("Betrokkenheid", [("oogo", "OOGO ouders"), ("inbreng_leerling", "Inbreng leerling")])
    c = E("vaststelling", V["vaststelling"], p)
    if c is not None:
        b += [("h", 2, "Vaststelling")] + [x for x in c if x[0] != "sig"]
    b += consent_sec(V, p, "Instemming", 2, school_sig=False)
    b += sec("informatie_rechten", V, p, "Informatie", 2)
    return dict(blocks=b, footer=f"Afgedrukt uit {sysname} door {p.ib} op {dshort(p.consent_date + dt.timedelta(days=2))} – pagina {{page}}")


# ------------------------------------------------------------------ L10 perspectiefdeel + handelingsdeel
HD = ["afwijkingen_onderwijsprogramma", "doelen", "ondersteuning", "evaluatie"]


def split(p, V, o):
    """o['part']: 'both' (handelingsdeel as Bijlage A in the same file), 'perspectief' (handelingsdeel separate, not included),
    'handelingsdeel' (only the attachment)."""
    part = o.get("part", "both")
    b = []
    if part in ("both", "perspectief"):
        b += [("h", 1, "Ontwikkelingsperspectief – perspectiefdeel"), pupil_kv(p)]
        b += revised_line(p)
        for el, h in [("uitstroombestemming", "A. Uitstroombestemming"), ("onderbouwing", "B. Onderbouwing"),
                      ("belemmerende_factoren", "C. Belemmerende factoren"), ("bevorderende_factoren", "D. Bevorderende factoren"),
                      ("ondersteuningsbehoefte", "E. Onderwijs- en ondersteuningsbehoeften"),
                      ("adviezen_professionals", "F. Adviezen deskundigen"), ("inbreng_leerling", "G. Inbreng leerling"),
                      ("oogo", "H. OOGO"), ("vaststelling", "I. Vaststelling perspectiefdeel"), ("informatie_rechten", "J. Rechten van ouders")]:
            b += sec(el, V, p, h, 2)
        if part == "perspectief":
            b += [("h", 2, "K. Handelingsdeel"), p_("De doelen, de ondersteuning en de evaluatieafspraken staan in het handelingsdeel. Dat is een aparte bijlage bij dit OPP (Bijlage A – Handelingsdeel) en wordt na het gesprek met ouders toegevoegd.")]
            return dict(blocks=b, footer=f"OPP perspectiefdeel {p.name}")
        b += [("pb",)]
    b += [("h", 1, "Bijlage A – Handelingsdeel"), ("kv", [("Leerling", p.name), ("Groep/leerjaar", p.grp), ("Periode", f"{dlong(p.plan_date)} t/m {dlong(p.eval_year)}")])]
    for el, h in [("afwijkingen_onderwijsprogramma", "1. Afwijkingen van het programma"), ("doelen", "2. Doelen"),
                  ("ondersteuning", "3. Ondersteuning en begeleiding"), ("evaluatie", "4. Evaluatie")]:
        b += sec(el, V, p, h, 2)
    if part == "handelingsdeel":
        for el, h in [("oogo", "5. Besproken met")]:
            b += sec(el, V, p, h, 2)
    b += consent_sec(V, p, "Instemming met het handelingsdeel")
    return dict(blocks=b, footer=f"Handelingsdeel {p.name}" if part == "handelingsdeel" else f"OPP {p.name}")


# ------------------------------------------------------------------ L11/L12 form layouts (acroform / Word content controls)
def formlayout(p, V, o):
    N = p.first
    b = [("h", 1, o.get("title", "Formulier ontwikkelingsperspectief")), p_(p.swv if p.swv else "", "i"),
         ("field", "Naam leerling", p.name if not o.get("blank") else None, "text", None),
         ("field", "Geboortedatum", p.birth if not o.get("blank") else None, "text", None),
         ("field", "School", p.school if not o.get("blank") else None, "text", None),
         ("field", "Schooltype", ({"po": "Basisonderwijs", "sbo": "Speciaal basisonderwijs", "so": "Speciaal onderwijs", "vo": "Voortgezet onderwijs",
                                    "pro": "Praktijkonderwijs", "vso": "Voortgezet speciaal onderwijs"}[p.stype] if not o.get("blank") else None), "dropdown",
          ["Kies een item.", "Basisonderwijs", "Speciaal basisonderwijs", "Speciaal onderwijs", "Voortgezet onderwijs", "Praktijkonderwijs", "Voortgezet speciaal onderwijs"])]
    b += revised_line(p)
    for el, h in [("uitstroombestemming", "1. Uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
                  ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "5. Onderwijsbehoeften"), ("adviezen_professionals", "6. Adviezen deskundigen"),
                  ("inbreng_leerling", "7. Inbreng leerling"), ("afwijkingen_onderwijsprogramma", "8. Afwijkingen onderwijsprogramma"),
                  ("doelen", "9. Doelen"), ("ondersteuning", "10. Ondersteuning"), ("evaluatie", "11. Evaluatie"),
                  ("oogo", "12. OOGO met ouders"), ("informatie_rechten", "13. Rechten"), ("vaststelling", "14. Vaststelling")]:
        b += sec(el, V, p, h, 2, form=True)
    c = consent_sec(V, p, "15. Instemming ouders met het handelingsdeel")
    if o.get("consent_dropdown") is not None:
        val = o["consent_dropdown"]
        c = [("h", 2, "15. Instemming ouders met het handelingsdeel"),
             ("field", "Reactie ouders", val, "dropdown", ["Maak een keuze", "Akkoord", "Niet akkoord", "Gedeeltelijk akkoord"]),
             ("field", "Naam ouder", p.mother if val else None, "text", None),
             ("field", "Datum", dshort(p.consent_date) if val else None, "text", None)]
        if val:
            c.append(("sig", [dict(role="Handtekening ouder", name=p.mother, date=dshort(p.consent_date), signed=True, key="c1")]))
    b += c
    return dict(blocks=b, footer=o.get("footer_txt", f"{p.swv} – formulier OPP, versie 2025") + " – p. {page}")


# ------------------------------------------------------------------ non-OPP documents
def leaflet(p, V, o):
    b = [("h", 1, "Wat is een ontwikkelingsperspectiefplan (OPP)?"), p_(f"Informatie voor ouders – {p.swv}", "i"),
         ("h", 2, "Waarom een OPP?"),
         p_("Heeft uw kind meer ondersteuning nodig dan de school gewoonlijk biedt? Dan stelt de school een ontwikkelingsperspectiefplan op. Daarin staat welk onderwijs uw kind na deze school waarschijnlijk gaat volgen (de uitstroombestemming) en waarom de school dat verwacht."),
         ("h", 2, "Wat staat erin?"),
         p_("- de te verwachten uitstroombestemming en de onderbouwing daarvan\n- belemmerende en bevorderende factoren\n- de onderwijsbehoeften van uw kind\n- de ondersteuning die de school biedt (het handelingsdeel)\n- eventuele afwijkingen van het onderwijsprogramma\n- doelen en hoe vaak ze worden geëvalueerd"),
         ("h", 2, "Uw rol als ouder"),
         p_("De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). U moet instemmen met het handelingsdeel. Vanaf 1 augustus 2025 wordt ook uw kind gehoord over het plan. Het OPP wordt minstens één keer per schooljaar met u geëvalueerd."),
         ("h", 2, "Niet eens?"),
         p_("Praat eerst met de school. Kom je er samen niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent of binnen zes weken bij de Geschillencommissie passend onderwijs."),
         p_(f"Vragen? Bel het steunpunt van het samenwerkingsverband: 0{p.seed % 900 + 100}-{p.seed * 13 % 1000000:06d}.", "small")]
    return dict(blocks=b)


def newsletter(p, V, o):
    b = [("h", 1, f"Nieuwsbrief {p.school} – december"),
         ("h", 2, "Sinterklaas"), p_("Wat was het gezellig! Dank aan de ouderraad voor de versiering en het strooigoed."),
         ("h", 2, "Nieuw: leerlingen praten mee over hun OPP"),
         p_("Sinds 1 augustus 2025 hebben leerlingen met een ontwikkelingsperspectiefplan hoorrecht: we vragen hun mening over hun plan en schrijven op wat we daarmee doen. De intern begeleider neemt hiervoor contact op met de ouders van de betreffende leerlingen."),
         ("h", 2, "Oudergesprekken"), p_("De tienminutengesprekken zijn in week 6. U kunt zich inschrijven via de ouderapp. Voor ouders van leerlingen met een OPP plannen we een apart, langer gesprek om het plan te evalueren."),
         ("h", 2, "Agenda"), ("table", ["Datum", "Activiteit"], [["19 december", "Kerstviering (tot 12.00 uur)"], ["22 dec – 2 jan", "Kerstvakantie"], ["14 januari", "Studiedag, alle leerlingen vrij"]])]
    return dict(blocks=b)


def invitation(p, V, o):
    N = p.first
    b = [p_(f"{p.school}\n{p.place}, {dlong(p.plan_date - dt.timedelta(days=20))}"),
         p_(f"Aan de ouders/verzorgers van {p.name}"), p_("Betreft: uitnodiging gesprek ontwikkelingsperspectief", "b"),
         p_(f"Beste ouders,\n\nZoals besproken stellen wij voor {N} een ontwikkelingsperspectiefplan (OPP) op. Graag nodigen wij u uit voor een gesprek op {dlong(p.oogo_date)} om 15.30 uur. "
            f"In dat gesprek bespreken we het concept: de verwachte uitstroombestemming, de ondersteuning en de doelen. Ook {N} is van harte welkom voor het eerste deel van het gesprek; wij horen graag wat {p.hij} zelf vindt.\n\n"
            f"Na het gesprek stellen we het plan vast en vragen wij uw instemming met het handelingsdeel.\n\nMet vriendelijke groet,\n\n{p.ib}, intern begeleider"),
         ("check", [("Ik kom op de voorgestelde datum", False), ("Ik wil graag een andere datum", False)], "glyph")]
    return dict(blocks=b)


LAYOUTS = dict(groeidocument=groeidocument, tlv=tlv, bundle=bundle, domain_table=domain_table, numbered=numbered, questions=questions,
               letter=letter, beknopt=beknopt, export=export, split=split, formlayout=formlayout, leaflet=leaflet, newsletter=newsletter,
               invitation=invitation)
