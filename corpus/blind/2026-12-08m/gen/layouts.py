# -*- coding: utf-8 -*-
"""Layouts: each turns a profile P and element contents E into a list of blocks.

Block types: ('title',t) ('h1',t) ('h2',t) ('h3',t) ('p',t) ('pi',t) italic ('bullets',[t])
('table',rows,opts) ('kv',[(k,v)]) ('checks',[(bool,label)]) ('image',path,width_cm) ('pagebreak',)
('cc',label,value_or_None) ('ccbox',checked,label) ('small',t)
Document-level options are returned in a dict: header, footer, page_numbers."""
import datetime as dt
from model import dnum, dlong

BOX = {True: "☒", False: "☐"}


# ---------------------------------------------------------------- element -> text
def lines(P, E, el, mode="prose"):
    """Text lines for an element, None if absent. mode: prose | cell."""
    e = E[el]
    if e.kind == "absent":
        return None
    if e.kind == "gap":
        return [e.gap]
    x = e.extra
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        return ["%s: %s" % (d, t) for d, t in e.items]
    if el == "ondersteuning":
        if x.get("vague"):
            return [x["vague"]]
        return ["%s — %s, %s (%s)" % (w, who, f, s) for w, who, f, s in e.items]
    if el == "adviezen_professionals":
        return ["%s: %s. Wat de school ermee doet: %s" % (w, a.rstrip("."), act) for w, a, act in e.items]
    if el == "inbreng_leerling":
        out = []
        for view, eff in e.items:
            out.append(view)
            if eff:
                out.append("Wat hebben we daarmee gedaan: " + eff)
        return out
    if el == "vaststelling":
        if x.get("nodate"):
            return ["Vastgesteld door: %s, directeur     Datum: ..................." % P.director]
        return ["Vastgesteld door %s (directeur) op %s." % (x["who"], dlong(x["date"]))]
    if el == "afwijkingen_onderwijsprogramma" and x.get("unticked"):
        return ["☐ Nee   ☐ Ja, namelijk: ........................................"]
    if el == "uitstroombestemming" and x.get("unticked"):
        if P.stype == "vso":
            return ["☐ vervolgonderwijs   ☐ arbeidsmarktgericht   ☐ dagbesteding"]
        return ["☐ pro  ☐ vmbo-bb  ☐ vmbo-kb  ☐ vmbo-gt  ☐ havo  ☐ vwo"]
    return list(e.items)


def cell(P, E, el):
    ls = lines(P, E, el)
    return None if ls is None else "\n".join(ls)


def add_section(blocks, heading, P, E, el, level="h2", bullets=False, hide_heading_if_absent=True):
    ls = lines(P, E, el)
    if ls is None:
        return False
    blocks.append((level, heading))
    if ls == [""]:
        return True
    if bullets and E[el].kind == "ok" and len(ls) > 1:
        blocks.append(("bullets", ls))
    else:
        for l in ls:
            blocks.append(("p", l))
    return True


def vso_profile_checks(P, E):
    e = E["uitstroombestemming"]
    if e.kind == "absent":
        return None
    if e.kind == "gap":
        return [("checks", [(False, "vervolgonderwijs"), (False, "arbeidsmarktgericht"), (False, "dagbesteding")]),
                ("p", "Toelichting: " + e.gap)]
    if e.extra.get("unticked"):
        return [("checks", [(False, "vervolgonderwijs"), (False, "arbeidsmarktgericht"), (False, "dagbesteding")])]
    d = e.items[0]
    return [("checks", [("vervolgonderwijs" in d, "vervolgonderwijs"), ("arbeidsmarkt" in d, "arbeidsmarktgericht"),
                        ("dagbesteding" in d, "dagbesteding")]),
            ("p", "Concrete uitstroombestemming: " + d.split(":", 1)[-1].strip())]


# ---------------------------------------------------------------- consent
def consent_blocks(P, E, style="table", sigimg=None):
    """Blocks for the consent of the parents (or adult pupil / curator)."""
    e = E["instemming_ouders"]
    v = e.extra.get("variant", "absent") if e.kind == "ok" else ("gap" if e.kind == "gap" else "absent")
    d = dnum(P.sign_date)
    out = []
    mother = P.mother
    if v == "absent":
        return out
    if v == "gap":
        out.append(("p", "Instemming ouders: " + e.gap))
        return out
    if v == "avg_only" or v == "avg_blank":
        out.append(("h3", "Toestemming gebruik gegevens en beeldmateriaal (AVG)"))
        out.append(("p", "Ondergetekende geeft toestemming voor het delen van gegevens met het samenwerkingsverband en de ambulant begeleider, "
                         "en voor het gebruik van foto's van %s in de schoolgids." % P.first))
        out.append(("kv", [("Naam ouder", mother), ("Datum", d), ("Handtekening", "getekend: " + mother)]))
        if v == "avg_blank":
            out.append(("h3", "Instemming met het handelingsdeel"))
            out.append(("p", "Ondergetekende verklaart in te stemmen met het handelingsdeel van het ontwikkelingsperspectief."))
            out.append(("kv", [("Naam ouder/verzorger", ""), ("Datum", ""), ("Handtekening", "")]))
        return out
    intro = "Ondergetekende(n) verklaart/verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."
    if P.adult and not P.curatele:
        intro = "Ik ben 18 jaar of ouder en verklaar in te stemmen met het handelingsdeel van mijn ontwikkelingsperspectiefplan."
    if v in ("signed", "image_sig", "no_date", "voor_gezien", "onder_protest", "school_only", "blank_line",
             "adult_self", "adult_parents_only", "curator", "curatele_self", "partial", "refused", "unticked", "tick_ok", "digital", "stated"):
        pass
    if v == "stated":
        out.append(("p", "Op %s heeft %s per e-mail aan de school laten weten in te stemmen met het handelingsdeel van dit plan. "
                         "Deze e-mail is opgenomen in het leerlingdossier." % (dlong(P.sign_date), mother)))
        return out
    if v == "digital":
        out.append(("p", intro))
        out.append(("p", "Digitaal akkoord gegeven via het ouderportaal door %s op %s om 19:42 uur." % (mother, d)))
        return out
    if v in ("tick_ok", "refused", "unticked", "partial"):
        out.append(("p", "Wilt u aankruisen wat van toepassing is:"))
        if v == "tick_ok":
            ch = [(True, "Ik/wij stem(men) in met het handelingsdeel"), (False, "Ik/wij stem(men) niet in met het handelingsdeel")]
        elif v == "refused":
            ch = [(False, "Ik/wij stem(men) in met het handelingsdeel"), (True, "Ik/wij stem(men) niet in met het handelingsdeel")]
        elif v == "partial":
            ch = [(False, "Ik/wij stem(men) in met het handelingsdeel"), (True, "Ik/wij stem(men) in met het handelingsdeel, behalve met:")]
        else:
            ch = [(False, "Ik/wij stem(men) in met het handelingsdeel"), (False, "Ik/wij stem(men) niet in met het handelingsdeel")]
        out.append(("checks", ch))
        if v == "partial":
            first = P.T["steun"][0][0].format(n=P.first, hij=P.hij, zijn=P.zijn, hem=P.hem, rt=P.rt_short)
            out.append(("p", "%s; daarover willen wij eerst een tweede gesprek." % first))
        if v == "refused":
            out.append(("p", "Toelichting ouders: wij willen niet dat %s de ondersteuning buiten de klas krijgt." % P.first))
        if v == "unticked":
            out.append(("kv", [("Naam ouder/verzorger", ""), ("Datum", ""), ("Handtekening", "")]))
        else:
            out.append(("kv", [("Naam ouder/verzorger", mother), ("Datum", d), ("Handtekening", "getekend: " + mother)]))
        out.append(("kv", [("Contactpersoon school", P.ib)]))
        return out
    # signature table variants
    out.append(("p", intro))
    rows = [("Rol", "Naam", "Datum", "Handtekening")]
    school_row = ("Voor de school (opsteller)", P.ib, d, "getekend")
    if getattr(P, "blank", False):
        school_row = ("Voor de school (opsteller)", "", "", "")
    sig = "getekend"
    if v == "signed":
        rows.append(("Ouder/verzorger", mother, d, sig))
        rows.append(("Ouder/verzorger", P.father, d, sig))
    elif v == "image_sig":
        rows.append(("Ouder/verzorger", mother, d, "[handtekening]"))
    elif v == "no_date":
        rows.append(("Ouder/verzorger", mother, "", sig))
    elif v == "voor_gezien":
        rows.append(("Ouder/verzorger", mother, d, "voor gezien, " + mother))
    elif v == "onder_protest":
        rows.append(("Ouder/verzorger", mother, d, "getekend onder protest"))
    elif v == "school_only":
        pass
    elif v == "blank_line":
        rows.append(("Ouder/verzorger", "", "", ""))
    elif v == "adult_self":
        rows.append(("Leerling (meerderjarig)", P.name, d, sig))
    elif v == "adult_parents_only":
        rows.append(("Ouder/verzorger", mother, d, sig))
        rows.append(("Ouder/verzorger", P.father, d, sig))
    elif v == "curator":
        rows.append(("Curator/wettelijk vertegenwoordiger", mother + " (curator)", d, sig))
        rows.append(("Leerling (gezien)", P.name, d, "gezien"))
    elif v == "curatele_self":
        rows.append(("Leerling", P.name, d, sig))
    rows.append(school_row)
    if style == "kv":
        for r in rows[1:]:
            out.append(("kv", [("Naam (%s)" % r[0].lower(), r[1]), ("Datum", r[2]), ("Handtekening", r[3])]))
    else:
        out.append(("table", rows, {"header": True}))
    if v == "image_sig" and sigimg:
        out.append(("image", sigimg, 4.5))
    if v == "onder_protest":
        out.append(("p", "Opmerking ouders: wij tekenen onder protest; wij vinden dat %s meer uren begeleiding nodig heeft." % P.first))
    return out


def sign_section(b, heading, P, E, style="table", level="h2", sigimg=None):
    vs = lines(P, E, "vaststelling")
    cb = consent_blocks(P, E, style, sigimg)
    if vs is None and not cb:
        return
    b.append((level, heading))
    for l in vs or []:
        b.append(("p", l))
    b += cb


def header_kv(P, extra=None, blank=False):
    rows = [("Naam leerling", "" if blank else P.name),
            ("Geboortedatum", "" if blank else dnum(P.dob)),
            ("School", "" if blank else "%s, %s" % (P.school, P.place)),
            ("Groep/klas", "" if blank else P.cls),
            ("Ouders/verzorgers", "" if blank else P.parents)]
    if extra:
        rows += extra
    if P.revised and not blank:
        rows.append(("Laatst bijgesteld", "%s (na evaluatie)" % dnum(P.revised)))
    return ("kv", rows)


def rights_block(P, E, heading, level="h2"):
    b = []
    add_section(b, heading, P, E, "informatie_rechten", level)
    return b


# ================================================================= layouts
def swv_numbered(P, E, blank=False):
    b = [("small", P.swv), ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("pi", "Format OPP %s, versie 2024-2. Alle onderdelen invullen; het handelingsdeel vraagt instemming van ouders." % (
             "voortgezet onderwijs" if P.stype in ("vo", "pro", "vso") else "primair onderwijs"))]
    secs = []

    def sec(title, fn):
        secs.append((title, fn))
    n = [0]

    def H(t):
        n[0] += 1
        return "%d. %s" % (n[0], t)
    b.append(("h2", H("Gegevens leerling")))
    b.append(header_kv(P, [("Ondersteuningscoördinator" if P.stype in ("vo", "pro", "vso") else "Intern begeleider", "" if blank else P.ib), ("Datum opstellen", "" if blank else dnum(P.set_date - dt.timedelta(days=20))),
                           ("Ondersteuning", "" if blank else P.arrangement)], blank=blank))
    if not blank:
        b.append(("h2", H("Aanleiding")))
        b.append(("p", P.f("{n} heeft %s. Ondanks de extra hulp in de groep blijft de ontwikkeling achter; daarom is in het MDO besloten tot een ontwikkelingsperspectief." % P.T["label"])))
    if add_section(b, H("Te verwachten uitstroombestemming"), P, E, "uitstroombestemming") is False:
        n[0] -= 1
    if add_section(b, H("Onderbouwing van de uitstroombestemming"), P, E, "onderbouwing") is False:
        n[0] -= 1
    if lines(P, E, "belemmerende_factoren") is not None or lines(P, E, "bevorderende_factoren") is not None:
        b.append(("h2", H("Belemmerende en bevorderende factoren")))
        add_section(b, "Belemmerende factoren", P, E, "belemmerende_factoren", "h3", bullets=True)
        add_section(b, "Bevorderende factoren", P, E, "bevorderende_factoren", "h3", bullets=True)
    if add_section(b, H("Onderwijs- en ondersteuningsbehoeften"), P, E, "ondersteuningsbehoefte", bullets=True) is False:
        n[0] -= 1
    if add_section(b, H("Afwijkingen van het onderwijsprogramma"), P, E, "afwijkingen_onderwijsprogramma") is False:
        n[0] -= 1
    e = E["doelen"]
    if e.kind != "absent":
        b.append(("h2", H("Doelen voor de komende periode")))
        if e.kind == "gap":
            b.append(("table", [("Doel", "Hoe meten we het?"), (e.gap, "")], {"header": True}))
        else:
            b.append(("table", [("Doel", "Hoe meten we het?")] + [(g, "evaluatie %s" % dnum(P.eval_date)) for g in e.items], {"header": True}))
    e = E["ondersteuning"]
    if e.kind != "absent":
        b.append(("h2", H("Handelingsdeel: te bieden ondersteuning en begeleiding")))
        if e.kind == "gap":
            b.append(("table", [("Wat", "Wie", "Hoe vaak", "Vanaf"), (e.gap, "", "", "")], {"header": True}))
        elif e.extra.get("vague"):
            b.append(("p", e.extra["vague"]))
        else:
            b.append(("table", [("Wat", "Wie", "Hoe vaak", "Vanaf")] + [(w, who, f, s.replace("vanaf ", "")) for w, who, f, s in e.items], {"header": True}))
    if add_section(b, H("Adviezen van deskundigen"), P, E, "adviezen_professionals", bullets=True) is False:
        n[0] -= 1
    if add_section(b, H("Inbreng van de leerling"), P, E, "inbreng_leerling") is False:
        n[0] -= 1
    if add_section(b, H("Overleg met ouders (OOGO)"), P, E, "oogo") is False:
        n[0] -= 1
    if add_section(b, H("Evaluatie"), P, E, "evaluatie") is False:
        n[0] -= 1
    b += rights_block(P, E, H("Informatie voor ouders"))
    if E["informatie_rechten"].kind == "absent":
        n[0] -= 1
    sign_section(b, H("Vaststelling en ondertekening"), P, E, "table")
    return b, {"footer": P.swv + " — format OPP"}


def domain_table(P, E):
    b = [("title", "OPP — %s" % P.school), ("p", "Ontwikkelingsperspectief voor leerlingen met extra ondersteuning"),
         header_kv(P, [("Leerkracht", P.teacher), ("Intern begeleider", P.ib), ("Startdatum ondersteuning", dnum(P.start_date))])]
    b.append(("h1", "Deel 1 — Beeld van de leerling"))
    be, bv = E["belemmerende_factoren"], E["bevorderende_factoren"]
    doms = []
    for e in (be, bv):
        if e.kind == "ok":
            for d, _ in e.items:
                if d not in doms:
                    doms.append(d)
    if not doms:
        doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuissituatie"]
    head = ["Domein"]
    if be.kind != "absent":
        head.append("Belemmerend")
    if bv.kind != "absent":
        head.append("Bevorderend")
    rows = [tuple(head)]
    for i, d in enumerate(doms):
        row = [d]
        for e in (be, bv):
            if e.kind == "absent":
                continue
            if e.kind == "gap":
                row.append(e.gap if i == 0 else "")
            else:
                row.append("\n".join(t for dd, t in e.items if dd == d))
        rows.append(tuple(row))
    b.append(("table", rows, {"header": True}))
    add_section(b, "Onderwijsbehoeften: wat heeft %s nodig?" % P.first, P, E, "ondersteuningsbehoefte", "h2", bullets=True)
    b.append(("h1", "Deel 2 — Perspectief"))
    e = E["uitstroombestemming"]
    kv = []
    if e.kind != "absent":
        kv.append(("Verwachte uitstroombestemming", cell(P, E, "uitstroombestemming")))
    if E["onderbouwing"].kind != "absent":
        kv.append(("Onderbouwing", cell(P, E, "onderbouwing")))
    if kv:
        b.append(("kv", kv))
    e = E["afwijkingen_onderwijsprogramma"]
    if e.kind != "absent":
        b.append(("h2", "Afwijking van het onderwijsprogramma"))
        if e.kind == "gap":
            b.append(("checks", [(False, "Nee"), (False, "Ja, namelijk:")]))
            if e.gap:
                b.append(("p", e.gap))
        elif e.extra.get("unticked"):
            b.append(("checks", [(False, "Nee"), (False, "Ja, namelijk:")]))
        elif e.extra.get("none"):
            b.append(("checks", [(True, "Nee, geen afwijkingen"), (False, "Ja, namelijk:")]))
        else:
            b.append(("checks", [(False, "Nee"), (True, "Ja, namelijk:")]))
            b.append(("p", e.items[0]))
    b.append(("h1", "Deel 3 — Handelingsdeel"))
    e = E["doelen"]
    if e.kind != "absent":
        b.append(("h2", "Doelen"))
        b.append(("table", [("Nr", "Doel")] + ([(str(i + 1), g) for i, g in enumerate(e.items)] if e.kind == "ok" else [("1", e.gap)]), {"header": True}))
    e = E["ondersteuning"]
    if e.kind != "absent":
        b.append(("h2", "Ondersteuning en begeleiding"))
        if e.kind == "ok" and not e.extra.get("vague"):
            b.append(("table", [("Aanpak", "Door wie", "Frequentie", "Periode")] + [tuple(x) for x in e.items], {"header": True}))
        else:
            b.append(("p", cell(P, E, "ondersteuning")))
    add_section(b, "Adviezen van externe deskundigen", P, E, "adviezen_professionals", "h2", bullets=True)
    b.append(("h1", "Deel 4 — Betrokkenheid en afspraken"))
    add_section(b, "Gesprek met ouders", P, E, "oogo", "h2")
    add_section(b, "Wat vindt %s zelf?" % P.first, P, E, "inbreng_leerling", "h2")
    add_section(b, "Evaluatie", P, E, "evaluatie", "h2")
    add_section(b, "Uw rechten", P, E, "informatie_rechten", "h2")
    sign_section(b, "Vaststelling en instemming", P, E, "table")
    return b, {"header": P.school + " — vertrouwelijk"}


LABELS_BEKNOPT = [
    ("uitstroombestemming", "Uitstroomperspectief"),
    ("onderbouwing", "Onderbouwing"),
    ("belemmerende_factoren", "Belemmerende factoren"),
    ("bevorderende_factoren", "Bevorderende factoren"),
    ("ondersteuningsbehoefte", "Onderwijsbehoeften"),
    ("doelen", "Doelen (komende periode)"),
    ("ondersteuning", "Ondersteuning: wat, wie, hoe vaak"),
    ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
    ("adviezen_professionals", "Adviezen externen"),
    ("inbreng_leerling", "Inbreng leerling"),
    ("oogo", "Besproken met ouders"),
    ("evaluatie", "Evaluatie"),
    ("informatie_rechten", "Rechten ouders"),
]


def beknopt(P, E, title="Beknopt OPP", cc=False):
    b = [("title", title), ("small", "%s — %s" % (P.school, P.place)), header_kv(P, [("Mentor/leerkracht", P.teacher)])]
    if cc:
        b.append(("pi", "Vul alle velden in. Het OPP wordt binnen zes weken na de start van de ondersteuning vastgesteld."))
    rows = []
    for el, lab in LABELS_BEKNOPT:
        c = cell(P, E, el)
        if c is None:
            continue
        if cc:
            b.append(("cc", lab, None if (E[el].kind == "gap" and E[el].gap in ("", "Klik of tik om tekst in te voeren.")) else c))
        else:
            rows.append((lab, c))
    if rows:
        b.append(("kv", rows))
    v = lines(P, E, "vaststelling")
    if v is not None:
        b.append(("h2", "Vaststelling"))
        if cc:
            b.append(("cc", "Vastgesteld", None if E["vaststelling"].kind == "gap" else v[0]))
        else:
            for l in v:
                b.append(("p", l))
    e = E["instemming_ouders"]
    if cc and e.kind == "ok" and e.extra["variant"] in ("tick_ok", "unticked", "refused"):
        b.append(("h2", "Instemming handelingsdeel"))
        var = e.extra["variant"]
        b.append(("ccbox", var == "tick_ok", "Ouder(s) stemmen in met het handelingsdeel"))
        b.append(("ccbox", var == "refused", "Ouder(s) stemmen niet in met het handelingsdeel"))
        b.append(("cc", "Naam ouder", None if var == "unticked" else P.mother))
        b.append(("cc", "Datum", None if var == "unticked" else dnum(P.sign_date)))
    else:
        cb = consent_blocks(P, E, "kv")
        if cb:
            b.append(("h2", "Instemming handelingsdeel"))
            b += cb
    return b, {}


def groeidocument(P, E):
    b = [("small", P.swv), ("title", "Groeidocument"), ("p", "Leerling: %s — %s, %s" % (P.name, P.school, P.place)),
         ("h1", "1. Gegevens"), header_kv(P, [("Datum MDO", dnum(P.oogo_date)), ("Arrangement", P.arrangement)]),
         ("h1", "2. Hulpvraag"),
         ("p", P.f("Hulpvraag van de school: hoe kunnen wij {n} zo begeleiden dat {hij} zich ondanks %s blijft ontwikkelen?" % P.T["label"])),
         ("p", "Hulpvraag van ouders: wij willen dat %s met plezier naar school gaat en zich gezien voelt." % P.first)]
    add_section(b, "Hulpvraag en mening van %s" % P.first, P, E, "inbreng_leerling", "h3")
    b.append(("h1", "3. Beeld van het kind"))
    add_section(b, "Stimulerende factoren", P, E, "bevorderende_factoren", "h3", bullets=True)
    add_section(b, "Belemmerende factoren", P, E, "belemmerende_factoren", "h3", bullets=True)
    add_section(b, "Onderwijsbehoeften", P, E, "ondersteuningsbehoefte", "h3", bullets=True)
    b.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    add_section(b, "4.1 Uitstroomprofiel", P, E, "uitstroombestemming", "h2")
    add_section(b, "4.2 Onderbouwing", P, E, "onderbouwing", "h2")
    add_section(b, "4.3 Afwijkingen van het programma", P, E, "afwijkingen_onderwijsprogramma", "h2")
    add_section(b, "4.4 Doelen", P, E, "doelen", "h2", bullets=True)
    b.append(("h1", "5. Arrangement en handelingsdeel"))
    e = E["ondersteuning"]
    if e.kind == "ok" and not e.extra.get("vague"):
        b.append(("table", [("Ondersteuning", "Uitvoerder", "Frequentie", "Start")] + [tuple(x) for x in e.items], {"header": True}))
    elif e.kind != "absent":
        b.append(("p", cell(P, E, "ondersteuning")))
    b.append(("h1", "6. Verslag MDO en adviezen"))
    b.append(("p", "Aanwezig bij het MDO: %s (IB), %s (leerkracht), %s (orthopedagoog SWV)%s." % (
        P.ib, P.teacher, P.ortho, "" if E["oogo"].kind == "absent" else ", ouders")))
    add_section(b, "Adviezen", P, E, "adviezen_professionals", "h3", bullets=True)
    add_section(b, "Overleg met ouders over het OPP", P, E, "oogo", "h3")
    b.append(("h1", "7. Evaluatie en afspraken"))
    add_section(b, "Evaluatie", P, E, "evaluatie", "h3")
    add_section(b, "Bezwaar en geschillen", P, E, "informatie_rechten", "h3")
    sign_section(b, "8. Ondertekening", P, E, "table", "h1")
    return b, {"footer": "Groeidocument %s — %s" % (P.swv, P.name)}


def questions(P, E):
    n = P.first
    b = [("title", "Ontwikkelingsperspectief van %s" % n), ("small", "%s, %s — %s" % (P.school, P.place, P.cls)),
         header_kv(P)]
    Q = [("Wat gaat goed bij %s?" % n, "bevorderende_factoren", True),
         ("Wat maakt leren lastig voor %s?" % n, "belemmerende_factoren", True),
         ("Wat heeft deze leerling nodig?", "ondersteuningsbehoefte", True),
         ("Waar werken we naartoe na deze school?", "uitstroombestemming", False),
         ("Waarom verwachten we dat?", "onderbouwing", False),
         ("Wat willen we bereiken voor de volgende evaluatie?", "doelen", True),
         ("Wat gaan we doen, wie doet het en hoe vaak?", "ondersteuning", True),
         ("Wijkt het onderwijsprogramma af?", "afwijkingen_onderwijsprogramma", False),
         ("Wat adviseren deskundigen, en wat doen we ermee?", "adviezen_professionals", True),
         ("Wat vindt %s er zelf van, en wat hebben we daarmee gedaan?" % n, "inbreng_leerling", False),
         ("Wanneer hebben we dit plan met u besproken?", "oogo", False),
         ("Wanneer kijken we of het werkt?", "evaluatie", False),
         ("Wat kunt u doen als u het niet eens bent?", "informatie_rechten", False)]
    for q, el, bl in Q:
        add_section(b, q, P, E, el, "h2", bullets=bl)
    vs = lines(P, E, "vaststelling")
    if vs is not None:
        b.append(("h2", "Wie heeft dit plan vastgesteld?"))
        for l in vs:
            b.append(("p", l))
    cb = consent_blocks(P, E, "table")
    if cb:
        b.append(("h2", "Bent u het eens met de ondersteuning?"))
        b += cb
    return b, {}


def letter(P, E, sigimg=None):
    n = P.first
    b = [("title", P.school), ("small", "Schoolstraat %d, %s — tel. 0%d-%d" % (P.r.randint(2, 80), P.place, P.r.randint(50, 599), P.r.randint(100000, 999999)))]
    b.append(("p", "Aan de ouders/verzorgers van %s\n%s\n%s" % (P.name, "Molenweg %d" % P.r.randint(1, 90), P.place)))
    datum = P.set_date if E["vaststelling"].kind == "ok" and not E["vaststelling"].extra.get("nodate") else P.set_date
    b.append(("p", "%s, %s" % (P.place, dlong(datum))))
    b.append(("p", "Betreft: ontwikkelingsperspectiefplan van %s" % n))
    b.append(("p", "Beste %s en %s," % (P.mother.split()[0], P.father.split()[0])))
    b.append(("p", "Zoals afgesproken sturen wij u het ontwikkelingsperspectiefplan (OPP) van %s. In deze brief leest u wat wij verwachten, "
                   "wat %s nodig heeft en wat wij de komende periode gaan doen." % (n, n)))

    def para(intro, el, joiner=" "):
        ls = lines(P, E, el)
        if ls is None:
            return
        if ls == [""]:
            b.append(("p", intro))
            return
        b.append(("p", intro + " " + joiner.join(ls)))
    e = E["oogo"]
    if e.kind == "ok" and e.extra.get("date"):
        b.append(("p", "Op %s hebben wij het plan met u besproken. Aanwezig waren u beiden, %s en %s." % (dlong(e.extra["date"]), P.teacher, P.ib)))
    else:
        para("Overleg met u:", "oogo")
    para("Wij verwachten dat %s na onze school uitstroomt naar:" % n, "uitstroombestemming")
    para("Waarom verwachten wij dat?", "onderbouwing")
    para("Wat helpt %s?" % n, "bevorderende_factoren", " ")
    para("Wat maakt het moeilijker?", "belemmerende_factoren", " ")
    para("%s heeft nodig:" % n, "ondersteuningsbehoefte", "; ")
    para("Wat gaan wij doen?", "ondersteuning", "; ")
    para("Programma:", "afwijkingen_onderwijsprogramma")
    para("Onze doelen tot de volgende evaluatie:", "doelen", " ")
    para("Adviezen:", "adviezen_professionals", " ")
    para("Wat vindt %s zelf?" % n, "inbreng_leerling", " ")
    para("Evaluatie:", "evaluatie")
    para("Uw rechten.", "informatie_rechten")
    vs = E["vaststelling"]
    if vs.kind == "ok" and not vs.extra.get("nodate"):
        b.append(("p", "Het plan is op %s vastgesteld door ondergetekende namens het bestuur." % dlong(P.set_date)))
    elif vs.kind == "ok":
        b.append(("p", "Het plan wordt vastgesteld door de directeur."))
    elif vs.kind == "gap":
        b.append(("p", "Datum vaststelling: " + vs.gap))
    cb = consent_blocks(P, E, "kv", sigimg)
    stated = E["instemming_ouders"].kind == "ok" and E["instemming_ouders"].extra.get("variant") == "stated"
    if stated:
        b += cb
    b.append(("p", "Met vriendelijke groet,"))
    b.append(("p", "%s\ndirecteur %s" % (P.director, P.school)))
    if cb and not stated:
        b.append(("pagebreak",))
        b.append(("h2", "Antwoordstrook — terugsturen naar school"))
        b += cb
    return b, {}


def system_export(P, E, system="Edukompas"):
    b = [("small", "%s  |  Leerlingdossier  >  Ondersteuning  >  Ontwikkelingsperspectief" % system),
         ("title", "Ontwikkelingsperspectief"),
         ("kv", [("Leerling", "%s (%s)" % (P.name, dnum(P.dob))), ("Leerlingnummer", str(100000 + P.r.randint(0, 899999))),
                 ("Stamgroep", P.cls), ("School", P.school), ("Status", "Vastgesteld" if E["vaststelling"].kind == "ok" and not E["vaststelling"].extra.get("nodate") else "Concept"),
                 ("Versie", "2")])]
    fields = [("Uitstroomperspectief", "uitstroombestemming"), ("Onderbouwing uitstroomperspectief", "onderbouwing"),
              ("Belemmerende factoren", "belemmerende_factoren"), ("Stimulerende factoren", "bevorderende_factoren"),
              ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Aanpassingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
              ("Doelen", "doelen"), ("Ondersteuningsaanbod", "ondersteuning"), ("Externe adviezen", "adviezen_professionals"),
              ("Gesprek ouders (OOGO)", "oogo"), ("Leerlingparticipatie", "inbreng_leerling"), ("Evaluatiemomenten", "evaluatie"),
              ("Informatie ouders", "informatie_rechten")]
    for lab, el in fields:
        ls = lines(P, E, el)
        if ls is None:
            continue
        b.append(("h3", lab))
        if ls == [""]:
            b.append(("p", "-"))
        else:
            for l in ls:
                b.append(("p", l))
    vs = E["vaststelling"]
    if vs.kind != "absent":
        b.append(("h3", "Vaststelling"))
    if vs.kind == "ok" and not vs.extra.get("nodate"):
        b.append(("kv", [("Vastgesteld op", dnum(P.set_date)), ("Vastgesteld door", P.director + " (directeur)")]))
    elif vs.kind == "ok":
        b.append(("kv", [("Vastgesteld op", "-"), ("Vastgesteld door", P.director + " (directeur)")]))
    elif vs.kind == "gap":
        b.append(("kv", [("Vastgesteld op", vs.gap or "-"), ("Vastgesteld door", vs.gap or "-")]))
    e = E["instemming_ouders"]
    if e.kind != "absent":
        b.append(("h3", "Instemming handelingsdeel"))
        b += consent_blocks(P, E, "kv")
    return b, {"footer": "Afgedrukt uit %s door %s op %s — vertrouwelijk" % (system, P.ib, dnum(P.sign_date + dt.timedelta(days=3))),
               "page_numbers": True}


def pro_iop(P, E):
    n = P.first
    b = [("title", "Individueel Ontwikkelingsplan (IOP) en OPP"), ("small", "%s — %s, %s" % (P.school, P.cls, P.place)),
         header_kv(P, [("Mentor", P.teacher), ("Stagecoördinator", P.extra)]),
         ("h1", "Deel 1 — Mijn plan (door %s zelf ingevuld met de mentor)" % n)]
    add_section(b, "Waar ben ik goed in?", P, E, "bevorderende_factoren", "h3", bullets=True)
    add_section(b, "Wat vind ik moeilijk?", P, E, "belemmerende_factoren", "h3", bullets=True)
    add_section(b, "Wat wil ik zelf, en wat hebben we afgesproken?", P, E, "inbreng_leerling", "h3")
    b.append(("h1", "Deel 2 — Ontwikkelingsperspectief (school)"))
    add_section(b, "Uitstroombestemming", P, E, "uitstroombestemming", "h2")
    add_section(b, "Onderbouwing", P, E, "onderbouwing", "h2")
    add_section(b, "Onderwijsbehoeften", P, E, "ondersteuningsbehoefte", "h2", bullets=True)
    add_section(b, "Afwijkingen van het programma", P, E, "afwijkingen_onderwijsprogramma", "h2")
    e = E["doelen"]
    if e.kind != "absent":
        b.append(("h2", "Leerdoelen en stagedoelen"))
        if e.kind == "ok":
            b.append(("table", [("Doel", "Domein", "Klaar?")] + [(g, ["Werk", "Wonen/vrije tijd", "Leren"][i % 3], "☐") for i, g in enumerate(e.items)], {"header": True}))
        else:
            b.append(("p", e.gap))
    e = E["ondersteuning"]
    if e.kind != "absent":
        b.append(("h2", "Begeleiding (handelingsdeel)"))
        if e.kind == "ok" and not e.extra.get("vague"):
            b.append(("table", [("Wat", "Wie", "Hoe vaak", "Vanaf")] + [(w, who, f, s.replace("vanaf ", "")) for w, who, f, s in e.items], {"header": True}))
        else:
            b.append(("p", cell(P, E, "ondersteuning")))
    add_section(b, "Adviezen", P, E, "adviezen_professionals", "h2", bullets=True)
    b.append(("h1", "Deel 3 — Afspraken"))
    add_section(b, "Gesprek met ouders en leerling", P, E, "oogo", "h2")
    add_section(b, "Evaluatie", P, E, "evaluatie", "h2")
    add_section(b, "Rechten", P, E, "informatie_rechten", "h2")
    sign_section(b, "Vaststelling en handtekeningen", P, E, "table")
    b.append(("kv", [("Handtekening leerling", "getekend: " + P.first)]))
    return b, {"footer": "IOP/OPP %s — schooljaar %d-%d" % (P.school, P.set_date.year if P.set_date.month >= 8 else P.set_date.year - 1,
                                                           (P.set_date.year if P.set_date.month >= 8 else P.set_date.year - 1) + 1)}


def vso_profile(P, E, sigimg=None):
    b = [("title", "Ontwikkelingsperspectiefplan VSO"), ("small", "%s, %s — %s" % (P.school, P.place, P.cls)),
         header_kv(P, [("Mentor", P.teacher), ("Leeftijd", "%d jaar" % P.age),
                       ("Wettelijk vertegenwoordiger", (P.mother + " (curator)") if P.curatele else ("n.v.t. (leerling is meerderjarig)" if P.adult else P.parents))]),
         ("h1", "A. Perspectiefdeel")]
    ch = vso_profile_checks(P, E)
    if ch is not None:
        b.append(("h2", "Uitstroomprofiel"))
        b += ch
    add_section(b, "Onderbouwing van het uitstroomprofiel", P, E, "onderbouwing", "h2")
    add_section(b, "Advies commissie voor de begeleiding en andere deskundigen", P, E, "adviezen_professionals", "h2", bullets=True)
    add_section(b, "Belemmerende factoren", P, E, "belemmerende_factoren", "h2", bullets=True)
    add_section(b, "Bevorderende factoren", P, E, "bevorderende_factoren", "h2", bullets=True)
    add_section(b, "Ondersteuningsbehoeften", P, E, "ondersteuningsbehoefte", "h2", bullets=True)
    add_section(b, "Afwijkingen van het onderwijsprogramma", P, E, "afwijkingen_onderwijsprogramma", "h2")
    b.append(("h1", "B. Handelingsdeel"))
    add_section(b, "Doelen (dit schooljaar)", P, E, "doelen", "h2", bullets=True)
    e = E["ondersteuning"]
    if e.kind != "absent":
        b.append(("h2", "Ondersteuning en begeleiding"))
        if e.kind == "ok" and not e.extra.get("vague"):
            b.append(("table", [("Wat", "Wie", "Hoe vaak", "Vanaf")] + [(w, who, f, s.replace("vanaf ", "")) for w, who, f, s in e.items], {"header": True}))
        else:
            b.append(("p", cell(P, E, "ondersteuning")))
    b.append(("h1", "C. Overleg, evaluatie en ondertekening"))
    add_section(b, "Op overeenstemming gericht overleg", P, E, "oogo", "h2")
    add_section(b, "Inbreng van de leerling", P, E, "inbreng_leerling", "h2")
    add_section(b, "Evaluatie", P, E, "evaluatie", "h2")
    add_section(b, "Rechten en geschillen", P, E, "informatie_rechten", "h2")
    vs = lines(P, E, "vaststelling")
    if vs is not None:
        b.append(("h2", "Vaststelling"))
        for l in vs:
            b.append(("p", l))
    cb = consent_blocks(P, E, "table", sigimg)
    if cb:
        b.append(("h2", "Instemming met het handelingsdeel"))
        b += cb
    return b, {"footer": "OPP VSO — %s — %s" % (P.school, P.name)}


def so_cvb(P, E, sigimg=None):
    b = [("title", "Ontwikkelingsperspectief"), ("small", "%s, %s — %s" % (P.school, P.place, P.swv)), header_kv(P, [("Groepsleerkracht", P.teacher), ("Orthopedagoog", P.ortho)])]
    b.append(("h1", "Perspectiefdeel"))
    b.append(("table", [("Onderdeel", "Inhoud")] + [(lab, cell(P, E, el)) for lab, el in
                                                     [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]
                                                     if cell(P, E, el) is not None], {"header": True}))
    add_section(b, "Advies van de commissie voor de begeleiding", P, E, "adviezen_professionals", "h2", bullets=True)
    be = lines(P, E, "belemmerende_factoren")
    bv = lines(P, E, "bevorderende_factoren")
    if be is not None or bv is not None:
        b.append(("h2", "Belemmerende en bevorderende factoren"))
        rows = [("Belemmerend", "Bevorderend")]
        be = be or []
        bv = bv or []
        if lines(P, E, "belemmerende_factoren") is None:
            rows = [("Bevorderend",)] + [(x,) for x in bv]
        elif lines(P, E, "bevorderende_factoren") is None:
            rows = [("Belemmerend",)] + [(x,) for x in be]
        else:
            for i in range(max(len(be), len(bv))):
                rows.append((be[i] if i < len(be) else "", bv[i] if i < len(bv) else ""))
        b.append(("table", rows, {"header": True}))
    add_section(b, "Onderwijsbehoeften", P, E, "ondersteuningsbehoefte", "h2", bullets=True)
    b.append(("h1", "Handelingsdeel"))
    add_section(b, "Leerroute en afwijkingen", P, E, "afwijkingen_onderwijsprogramma", "h2")
    add_section(b, "Doelen", P, E, "doelen", "h2", bullets=True)
    e = E["ondersteuning"]
    if e.kind != "absent":
        b.append(("h2", "Ondersteuning"))
        if e.kind == "ok" and not e.extra.get("vague"):
            b.append(("table", [("Wat", "Wie", "Hoe vaak", "Vanaf")] + [(w, who, f, s.replace("vanaf ", "")) for w, who, f, s in e.items], {"header": True}))
        else:
            b.append(("p", cell(P, E, "ondersteuning")))
    b.append(("h1", "Overleg en ondertekening"))
    add_section(b, "Stem van de leerling", P, E, "inbreng_leerling", "h2")
    add_section(b, "Overleg met ouders", P, E, "oogo", "h2")
    add_section(b, "Evaluatie", P, E, "evaluatie", "h2")
    add_section(b, "Informatie voor ouders", P, E, "informatie_rechten", "h2")
    sign_section(b, "Vaststelling en ondertekening", P, E, "table", sigimg=sigimg)
    return b, {}


def prose_long(P, E):
    n = P.first
    b = [("title", "Ontwikkelingsperspectiefplan"), ("p", "%s — %s — %s" % (P.name, P.school, P.cls)),
         ("h1", "Inleiding"),
         ("p", "Dit ontwikkelingsperspectiefplan (OPP) beschrijft de extra ondersteuning die %s op onze school krijgt. Het plan bestaat uit "
               "een perspectiefdeel (waar werken we naartoe) en een handelingsdeel (wat doen we daarvoor). Over het perspectiefdeel voeren wij "
               "overleg met ouders; voor het handelingsdeel is instemming van ouders nodig." % n),
         ("h1", "Schoolloopbaan"),
         ("p", P.f("{n} kwam in de brugklas binnen met een gemengd advies. In de eerste twee jaar is {hij} zonder doubleren bevorderd. "
                   "Vanaf het tweede leerjaar werd duidelijk dat de basisondersteuning (mentorbegeleiding, huiswerkklas) niet voldoende was. "
                   "In overleg met de ondersteuningscoördinator en de begeleider passend onderwijs van het samenwerkingsverband is gekozen voor een %s." % P.arrangement)),
         ("h1", "Beeld van de leerling")]
    bv = lines(P, E, "bevorderende_factoren")
    if bv is not None:
        b.append(("h2", "Wat helpt"))
        b.append(("p", " ".join(bv) if bv != [""] else ""))
        if bv == [""]:
            b.pop()
    be = lines(P, E, "belemmerende_factoren")
    if be is not None:
        b.append(("h2", "Wat belemmert"))
        if be != [""]:
            b.append(("p", " ".join(be)))
    add_section(b, "Onderwijsbehoeften", P, E, "ondersteuningsbehoefte", "h2", bullets=True)
    add_section(b, "Bevindingen van deskundigen", P, E, "adviezen_professionals", "h2")
    b.append(("h1", "Perspectief"))
    add_section(b, "Verwachte uitstroom", P, E, "uitstroombestemming", "h2")
    add_section(b, "Waarom deze verwachting", P, E, "onderbouwing", "h2")
    b.append(("h1", "Handelingsdeel"))
    add_section(b, "Doelen", P, E, "doelen", "h2", bullets=True)
    add_section(b, "Ondersteuning", P, E, "ondersteuning", "h2", bullets=True)
    add_section(b, "Aanpassingen in het programma", P, E, "afwijkingen_onderwijsprogramma", "h2")
    b.append(("h1", "Betrokkenheid van leerling en ouders"))
    add_section(b, "Wat %s zelf zegt" % n, P, E, "inbreng_leerling", "h2")
    add_section(b, "Overleg met ouders", P, E, "oogo", "h2")
    b.append(("h1", "Evaluatie en afspraken"))
    add_section(b, "Evaluatie", P, E, "evaluatie", "h2")
    b.append(("p", "Afspraken over communicatie: de mentor belt ouders elke zes weken; ouders mailen de mentor bij bijzonderheden thuis. "
                   "Toetsen worden in de toetsweek in een apart lokaal gemaakt als dat in het plan is afgesproken."))
    add_section(b, "Als u het niet eens bent", P, E, "informatie_rechten", "h2")
    sign_section(b, "Vaststelling en instemming", P, E, "table", "h1")
    return b, {"footer": "%s — OPP %s" % (P.school, P.name), "page_numbers": True}


LAYOUTS = {"swv-numbered": swv_numbered, "domain-table": domain_table, "beknopt": beknopt, "groeidocument": groeidocument,
           "questions": questions, "letter": letter, "system-export": system_export, "pro-iop": pro_iop,
           "vso-profile": vso_profile, "so-cvb": so_cvb, "prose-long": prose_long}
