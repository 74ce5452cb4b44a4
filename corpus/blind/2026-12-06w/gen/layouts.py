# -*- coding: utf-8 -*-
"""Layouts: turn a Ctx + element variants into a list of blocks.

Blocks: ("title",t) ("h1",t) ("h2",t) ("p",t) ("small",t) ("kv",[(k,v)]) ("table",header,rows)
("checks",[(bool,label)]) ("sig",label,name,date_or_None,kind) kind in image|blank|wg
("sdt",text) ("pb",) ("footer",t) ("hr",)
"""
from content import *

# ---------------------------------------------------------------------------
# generic element body


def body(c, el, var, prose=False, table_support=True):
    """Body blocks for an element (no heading).  None = leave the element out entirely."""
    if var in ("missing", "na_omit"):
        return None
    if var == "empty":
        return [("p", "")]
    if var == "placeholder":
        ph = c.spec.get("ph", {}).get(el) or PLACEHOLDERS[ELEMENTS.index(el) % len(PLACEHOLDERS)]
        return [("p", ph)]
    if var == "instruction":
        return [("p", INSTRUCTIONS[el])]
    if var == "ref":
        return [("p", c.spec.get("reftext", {}).get(el, REFS[el]))]
    if var == "generic":
        return [("p", generic_text(c, el))]
    if var == "sdt":
        return [("sdt", "Klik of tik om tekst in te voeren.")]
    if var == "dash":
        return [("p", "-")]
    if var == "unticked":
        opts = UNTICKED_OPTIONS[el]
        if isinstance(opts, dict):
            opts = opts[c.st]
        return [("checks", [(False, o) for o in opts])]
    f = c.first
    if el == "uitstroombestemming":
        out = []
        if c.spec.get("uitstroom_history"):
            out.append(("p", c.spec["uitstroom_history"]))
        if var == "vague":
            return [("p", "Nog niet te zeggen; afhankelijk van de ontwikkeling de komende jaren.")]
        return [("p", uitstroom_ok(c))] + out
    if el == "onderbouwing":
        return [("p", onderbouwing_ok(c))]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        items = factors_ok(c, el)
        if prose:
            return [("p", " ".join(items))]
        return [("p", "• " + i) for i in items]
    if el == "ondersteuningsbehoefte":
        items = behoefte_ok(c)
        if prose:
            return [("p", " ".join(items))]
        return [("p", "• " + i) for i in items]
    if el == "ondersteuning":
        rows = ondersteuning_ok(c)
        if var == "partial":   # what, but not who/how often
            return [("p", "; ".join(r[0] for r in rows) + ".")]
        if prose or not table_support:
            return [("p", f"{r[0]}: {r[1]}, {r[2]}, vanaf {r[3]}.") for r in rows]
        return [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(r) for r in rows])]
    if el == "afwijkingen_onderwijsprogramma":
        if var == "na":
            return [("p", c.spec.get("afw_na", f"Geen afwijkingen: {f} volgt het reguliere onderwijsprogramma van de groep."))]
        return [("p", afwijking_ok(c))]
    if el == "doelen":
        items = vague_doelen(c) if var == "vague" else doelen_ok(c)
        if prose:
            return [("p", " ".join(items))]
        return [("p", f"{i+1}. {t}") for i, t in enumerate(items)]
    if el == "adviezen_professionals":
        if var == "annex_ok":
            return [("p", c.spec.get("annex_ref", "De adviezen van de deskundigen staan samengevat in bijlage 2 van dit plan."))]
        return [("p", advies_ok(c))]
    if el == "oogo":
        return [("p", oogo_ok(c))]
    if el == "inbreng_leerling":
        if var == "na":
            # adult pupil or pre-2025: may still contain the pupil's wishes
            if c.spec.get("inbreng_text"):
                return [("p", c.spec["inbreng_text"])]
            return None
        q, eff = inbreng_ok(c)
        out = [("p", f"{f} zegt zelf: \u201c{q}\u201d")]
        if var == "ok":
            out.append(("p", eff))
        return out
    if el == "evaluatie":
        return [("p", evaluatie_ok(c))]
    if el == "informatie_rechten":
        return [("p", rechten_ok(c))]
    if el == "vaststelling":
        if var == "partial":
            return [("p", f"Vastgesteld door: {c.dir}"), ("p", "Datum: ...")]
        return [("p", vaststelling_ok(c))]
    raise ValueError((el, var))


# ---------------------------------------------------------------------------
# consent

def consent_blocks(c, var, lead=True):
    """Blocks for the consent section.  None = no consent section at all."""
    d = dshort(c.d_consent)
    ouder = c.mother
    intro = ("p", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.") if lead else None
    B = []
    if var == "missing":
        return None
    if var == "avg_only":
        return [("p", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                ("checks", [(True, "Ik geef toestemming voor foto's op de website en in de nieuwsbrief"),
                            (True, "Ik geef toestemming voor het delen van gegevens met de jeugdarts")]),
                ("sig", "Handtekening ouder", ouder, d, "image")]
    if var == "sig_tick":
        B = [("checks", [(True, "Ik/wij stemmen in met het handelingsdeel"), (False, "Ik/wij stemmen niet in met het handelingsdeel")]),
             ("sig", "Handtekening ouder/verzorger", ouder, d, "image")]
    elif var == "sig_image":
        B = [intro, ("sig", "Handtekening ouder 1", c.mother, d, "image"), ("sig", "Handtekening ouder 2", c.father, d, "image")]
    elif var == "digital":
        B = [("p", f"Instemming handelingsdeel: digitaal ondertekend door {ouder} (moeder) op {d} om 19:42 via het ouderportaal. Verificatiecode 7F3K-22QD.")]
    elif var == "wg":
        B = [intro, ("p", f"Voor akkoord, ouder(s): w.g. {c.mother}, w.g. {c.father}          datum: {d}"),
             ("small", "(Het origineel met handtekeningen is opgenomen in het leerlingdossier.)")]
    elif var == "email":
        B = [("p", f"Moeder ({ouder}) heeft op {dlong(c.d_consent)} per e-mail aan de intern begeleider laten weten in te stemmen met het handelingsdeel. De e-mail is opgenomen in het dossier.")]
    elif var == "prose_signed":
        B = [("p", f"Op {dlong(c.d_consent)} hebben beide ouders ingestemd met het handelingsdeel en dit plan ondertekend."),
             ("sig", "Handtekening ouders", f"{c.mother} / {c.father}", d, "image")]
    elif var == "adult_self":
        B = [("p", f"{c.first} is meerderjarig en tekent zelf voor instemming met het handelingsdeel."),
             ("checks", [(True, "Ik stem in met het handelingsdeel")]),
             ("sig", "Handtekening leerling", c.name, d, "image")]
    elif var == "curator":
        B = [("p", f"{c.first} staat onder curatele. Instemming met het handelingsdeel wordt gegeven door de curator, {c.mother}."),
             ("checks", [(True, "Akkoord met het handelingsdeel")]),
             ("sig", "Handtekening curator", c.mother, d, "image"),
             ("sig", "Voor gezien, leerling", c.name, d, "image")]
    elif var == "blank_line":
        B = [intro, ("sig", "Handtekening ouder(s)/verzorger(s)", "", None, "blank")]
    elif var == "voor_gezien":
        B = [("p", "Voor gezien:"), ("sig", "Handtekening ouder", ouder, d, "image")]
    elif var == "onder_protest":
        B = [intro, ("sig", "Handtekening ouder", ouder, d, "image"),
             ("p", "Opmerking ouder: getekend onder protest, wij zijn het niet eens met het verminderen van de schooltijd.")]
    elif var == "refused":
        B = [("checks", [(False, "Wij stemmen in met het handelingsdeel"), (True, "Wij stemmen niet in met het handelingsdeel")]),
             ("p", "Toelichting ouders: wij willen eerst een second opinion over de uitstroom."),
             ("sig", "Handtekening ouders", f"{c.mother}", d, "image")]
    elif var == "partial":
        B = [("checks", [(True, "Akkoord met deel A (ontwikkelingsperspectief)"), (False, "Akkoord met deel B (handelingsdeel)")]),
             ("p", "Ouders gaan akkoord met het perspectief, maar niet met de afspraken over stage en reistijd."),
             ("sig", "Handtekening ouder", ouder, d, "image")]
    elif var == "school_only":
        B = [("sig", "Intern begeleider", c.ib, d, "image"), ("sig", "Directeur", c.dir, d, "image"),
             ("sig", "Ouder(s)/verzorger(s)", "", None, "blank")]
    elif var == "unticked_box":
        B = [("checks", [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord met het handelingsdeel")]),
             ("sig", "Handtekening ouder", ouder, d, "image")]
    elif var == "no_date":
        B = [intro, ("sig", "Handtekening ouder", ouder, "", "image")]
    elif var == "old_version":
        B = [("p", f"Instemming versie 3 (handelingsdeel schooljaar 2024-2025): w.g. {c.mother}, 08-10-2024."),
             ("p", "Instemming versie 4 (dit handelingsdeel, schooljaar 2025-2026):"),
             ("sig", "Handtekening ouder(s)", "", None, "blank")]
    elif var == "slip_requested":
        B = [("p", "Wilt u het strookje hieronder getekend teruggeven aan de leerkracht? Pas daarna gaan wij met het handelingsdeel aan de slag."),
             ("hr",), ("p", "Strookje: Ik/wij stemmen in met het handelingsdeel van het plan van " + c.first + "."),
             ("sig", "Naam en handtekening ouder", "", None, "blank")]
    elif var == "adult_parent_only":
        B = [("sig", "Handtekening ouder/verzorger", c.mother, d, "image"),
             ("sig", f"Handtekening leerling ({c.first}, meerderjarig)", "", None, "blank")]
    elif var == "curatele_self":
        B = [("p", f"{c.first} is 18 jaar en tekent zelf."),
             ("sig", "Handtekening leerling", c.name, d, "image")]
    elif var == "pending_digital":
        B = [("p", f"Instemming handelingsdeel: verzonden ter ondertekening aan {ouder} op {d}. Status: openstaand (nog niet ondertekend).")]
    elif var == "stated_no_date":
        B = [("kv", [("Instemming ouders met handelingsdeel", "ja"), ("Datum", "")])]
    elif var == "empty":
        B = []
    else:
        raise ValueError(var)
    return [b for b in B if b]


# ---------------------------------------------------------------------------
# helpers

def personalia(c, extra=()):
    rows = [("Naam leerling", c.name), ("Geboortedatum", dshort(c.d_birth)), ("School", f"{c.school}, {c.place}"),
            ("Groep/klas", c.groep), ("Mentor/leerkracht", c.mentor), ("Schooljaar", schooljaar(c.d_set))]
    return ("kv", rows + list(extra))


def sec(blocks, head, bodyblocks, level="h1", empty_keeps_heading=True):
    if bodyblocks is None:
        return
    blocks.append((level, head))
    blocks.extend(bodyblocks)


STD_HEAD = {
    "uitstroombestemming": "Verwachte uitstroombestemming", "onderbouwing": "Onderbouwing",
    "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijsbehoeften", "ondersteuning": "Handelingsdeel: te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "doelen": "Doelen komende periode",
    "adviezen_professionals": "Adviezen van deskundigen", "oogo": "Overleg met ouders (OOGO)",
    "instemming_ouders": "Instemming handelingsdeel", "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie", "informatie_rechten": "Uw rechten", "vaststelling": "Vaststelling",
}


def V(c, el):
    return c.spec["v"].get(el, "ok")


# ---------------------------------------------------------------------------
# layout 1: swv-genummerd

def L_swv_genummerd(c):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("small", c.swv + " \u2013 format OPP versie 2024"), personalia(c)]
    order = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
             "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning", "adviezen_professionals", "inbreng_leerling",
             "oogo", "evaluatie", "informatie_rechten"]
    n = 1
    for el in order:
        b = body(c, el, V(c, el))
        if b is None:
            continue
        B.append(("h1", f"{n}. {STD_HEAD[el]}"))
        B.extend(b)
        n += 1
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h1", f"{n}. {STD_HEAD['instemming_ouders']}")); n += 1
        B.extend(cb)
    b = body(c, "vaststelling", V(c, "vaststelling"))
    if b is not None:
        B.append(("h1", f"{n}. Vaststelling door de school"))
        B.extend(b)
    B.append(("footer", f"OPP {c.name} \u2013 {c.school} \u2013 vertrouwelijk"))
    return B


# layout 2: domeintabel

def L_domeintabel(c):
    B = [("title", f"OPP \u2013 {c.school}"), personalia(c)]
    vb, vv = V(c, "belemmerende_factoren"), V(c, "bevorderende_factoren")
    bel, bev = factors_ok(c, "belemmerende_factoren"), factors_ok(c, "bevorderende_factoren")
    domains = ["Leren", "Werkhouding / taakgerichtheid", "Sociaal-emotioneel / thuis"]
    B.append(("h1", "A. Beeld van de leerling per domein"))

    def col(v, items, i):
        if v == "ok":
            return items[i]
        if v == "dash":
            return "-"
        if v == "placeholder":
            return "n.t.b."
        if v == "empty":
            return ""
        if v == "instruction":
            return INSTRUCTIONS["bevorderende_factoren" if items is bev else "belemmerende_factoren"] if i == 0 else ""
        return items[i]
    header = ["Domein"]
    if vb != "missing":
        header.append("Belemmerend")
    if vv != "missing":
        header.append("Bevorderend")
    rows = []
    for i, d in enumerate(domains):
        r = [d]
        if vb != "missing":
            r.append(col(vb, bel, i))
        if vv != "missing":
            r.append(col(vv, bev, i))
        rows.append(r)
    B.append(("table", header, rows))
    for el, h in [("ondersteuningsbehoefte", "B. Onderwijsbehoeften"), ("uitstroombestemming", "C. Uitstroombestemming"),
                  ("onderbouwing", "D. Onderbouwing uitstroom"), ("afwijkingen_onderwijsprogramma", "E. Afwijkingen van het programma"),
                  ("adviezen_professionals", "F. Adviezen externe deskundigen"), ("doelen", "G. Doelen"),
                  ("ondersteuning", "H. Handelingsdeel"), ("inbreng_leerling", "I. Wat vindt de leerling zelf?"),
                  ("oogo", "J. Bespreking met ouders"), ("evaluatie", "K. Evaluatie"), ("informatie_rechten", "L. Rechten van ouders")]:
        sec(B, h, body(c, el, V(c, el)))
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h1", "M. Ondertekening handelingsdeel")); B.extend(cb)
    sec(B, "N. Vaststelling", body(c, "vaststelling", V(c, "vaststelling")))
    B.append(("footer", f"{c.school} | OPP {c.first} {c.last[0]}. | pagina"))
    return B


# layout 3: groeidocument (OPP is chapter 4, with annexes)

def L_groeidocument(c):
    B = [("title", "Groeidocument"), ("small", f"{c.swv} \u2013 Arrangeren en toewijzen"), personalia(c),
         ("h1", "1. Aanleiding"),
         ("p", f"Dit groeidocument is opgesteld omdat {c.first} extra ondersteuning nodig heeft bovenop de basisondersteuning van {c.school}. Het document groeit mee met de schoolloopbaan."),
         ("h1", "2. Schoolloopbaan"),
         ("p", c.spec.get("loopbaan", f"{c.first} zit sinds groep 1 op {c.school}. Groep 3 is gedoubleerd.")),
         ("h1", "3. Beeld van de leerling")]
    for el in ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"]:
        sec(B, {"belemmerende_factoren": "3.1 Wat belemmert", "bevorderende_factoren": "3.2 Wat helpt / sterke kanten",
                "ondersteuningsbehoefte": "3.3 Onderwijs- en ondersteuningsbehoeften"}[el], body(c, el, V(c, el)), "h2")
    B.append(("h1", "4. Ontwikkelingsperspectief"))
    for el, h in [("uitstroombestemming", "4.1 Verwachte uitstroombestemming"), ("onderbouwing", "4.2 Onderbouwing"),
                  ("afwijkingen_onderwijsprogramma", "4.3 Afwijkingen van het onderwijsprogramma"),
                  ("adviezen_professionals", "4.4 Adviezen van deskundigen")]:
        sec(B, h, body(c, el, V(c, el)), "h2")
    B.append(("h1", "5. Handelingsdeel"))
    for el, h in [("doelen", "5.1 Doelen"), ("ondersteuning", "5.2 Ondersteuning"),
                  ("inbreng_leerling", "5.3 Stem van de leerling"), ("evaluatie", "5.4 Evaluatie")]:
        sec(B, h, body(c, el, V(c, el)), "h2")
    B.append(("h1", "6. Afspraken en ondertekening"))
    sec(B, "6.1 Gesprek met ouders", body(c, "oogo", V(c, "oogo")), "h2")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h2", "6.2 Instemming")); B.extend(cb)
    sec(B, "6.3 Rechten", body(c, "informatie_rechten", V(c, "informatie_rechten")), "h2")
    sec(B, "6.4 Vaststelling", body(c, "vaststelling", V(c, "vaststelling")), "h2")
    for a in c.spec.get("annexes", []):
        B.append(("pb",)); B.append(("h1", a[0]))
        B.extend(("p", t) for t in a[1])
    B.append(("footer", f"Groeidocument {c.name} \u2013 {c.swv}"))
    return B


# layout 4: beknopt formulier (tick boxes)

def L_beknopt(c):
    B = [("title", "Beknopt OPP"), ("kv", [("Leerling", c.name), ("Geb.datum", dshort(c.d_birth)), ("School / groep", f"{c.school} / {c.groep}"),
                                           ("Schooljaar", schooljaar(c.d_set))])]
    ve = V(c, "uitstroombestemming")
    B.append(("h2", "Uitstroombestemming"))
    if ve == "ok":
        opts = UNTICKED_OPTIONS["uitstroombestemming"][c.st]
        pick = c.spec.get("uitstroom_pick", opts[1])
        B.append(("checks", [(o == pick, o) for o in opts]))
        B.append(("p", "Toelichting: " + uitstroom_ok(c)))
    elif ve != "missing":
        B.extend(body(c, "uitstroombestemming", ve))
    for el, h in [("onderbouwing", "Waarom deze bestemming"), ("belemmerende_factoren", "Belemmerend"),
                  ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoeften")]:
        sec(B, h, body(c, el, V(c, el)), "h2")
    va = V(c, "afwijkingen_onderwijsprogramma")
    if va != "missing":
        B.append(("h2", "Afwijking onderwijsprogramma"))
        if va == "na":
            B.append(("checks", [(True, UNTICKED_OPTIONS["afwijkingen_onderwijsprogramma"][0]), (False, "Ja, namelijk: ")]))
        elif va == "ok":
            B.append(("checks", [(False, UNTICKED_OPTIONS["afwijkingen_onderwijsprogramma"][0]), (True, "Ja, namelijk: " + afwijking_ok(c))]))
        else:
            B.extend(body(c, "afwijkingen_onderwijsprogramma", va))
    for el, h in [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat / wie / hoe vaak / vanaf)"),
                  ("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Mening leerling"),
                  ("oogo", "Besproken met ouders")]:
        sec(B, h, body(c, el, V(c, el)), "h2")
    vev = V(c, "evaluatie")
    if vev != "missing":
        B.append(("h2", "Evaluatie"))
        if vev == "ok":
            B.append(("checks", [(False, "1x per schooljaar"), (True, "2x per schooljaar"), (False, "na elke periode")]))
            B.append(("p", f"Met ouders{' en leerling' if post2025(c.d_set) else ''}. Eerstvolgende: {dlong(c.d_eval)}"))
        else:
            B.extend(body(c, "evaluatie", vev))
    sec(B, "Rechten", body(c, "informatie_rechten", V(c, "informatie_rechten")), "h2")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h2", "Instemming ouders")); B.extend(cb)
    sec(B, "Vastgesteld", body(c, "vaststelling", V(c, "vaststelling")), "h2")
    return B


# layout 5: vraagkoppen (questions as headings)

Q_HEAD = {"bevorderende_factoren": "Wat gaat goed bij {f}?", "belemmerende_factoren": "Wat maakt het moeilijk voor {f}?",
          "ondersteuningsbehoefte": "Wat heeft {f} nodig?", "uitstroombestemming": "Waar gaat {f} na deze school naartoe?",
          "onderbouwing": "Waarom denken we dat?", "afwijkingen_onderwijsprogramma": "Doet {f} iets anders dan de rest van de groep?",
          "doelen": "Wat wil {f} de komende tijd leren?", "ondersteuning": "Welke hulp krijgt {f}, van wie en hoe vaak?",
          "adviezen_professionals": "Wat zeggen de deskundigen?", "inbreng_leerling": "Wat vindt {f} er zelf van?",
          "oogo": "Wanneer hebben we dit met u besproken?", "evaluatie": "Wanneer kijken we samen of het werkt?",
          "informatie_rechten": "Wat als u het er niet mee eens bent?", "instemming_ouders": "Gaat u akkoord met de hulp?",
          "vaststelling": "Wie heeft dit plan vastgesteld en wanneer?"}


def L_vraagkoppen(c):
    B = [("title", f"Plan voor {c.first}"), ("p", f"{c.school}, {c.place} \u2013 schooljaar {schooljaar(c.d_set)} \u2013 {c.groep}"),
         ("p", f"Geboren: {dshort(c.d_birth)}")]
    for el in ["bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte", "uitstroombestemming", "onderbouwing",
               "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning", "adviezen_professionals", "inbreng_leerling", "oogo",
               "evaluatie", "informatie_rechten"]:
        sec(B, Q_HEAD[el].format(f=c.first), body(c, el, V(c, el), table_support=False), "h2")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h2", Q_HEAD["instemming_ouders"])); B.extend(cb)
    sec(B, Q_HEAD["vaststelling"], body(c, "vaststelling", V(c, "vaststelling")), "h2")
    return B


# layout 6: brief (letter-style plan of a small school, prose, almost no headings)

def L_brief(c):
    f = c.first
    B = [("p", f"{c.school}\n{c.spec.get('adres', 'Kerkpad 4')}\n{c.place}"), ("p", ""),
         ("p", f"Aan de ouders van {c.name}"), ("p", f"{c.place}, {dlong(add_days(c.d_set, 1))}"), ("p", ""),
         ("p", f"Betreft: het ontwikkelingsperspectief van {f} ({c.groep}), schooljaar {schooljaar(c.d_set)}"), ("p", ""),
         ("p", "Beste ouders,"),
         ("p", f"Wij schrijven het plan voor {f} liever als brief dan in een groot formulier. Hieronder leest u wat wij verwachten, waarom, en wat wij gaan doen.")]
    lead = {
        "uitstroombestemming": "Waar gaat het naartoe? ", "onderbouwing": "Hoe komen we daarbij? ",
        "belemmerende_factoren": f"Wat het voor {f} lastig maakt: ", "bevorderende_factoren": f"Wat {f} helpt en waar {c.hij} sterk in is: ",
        "ondersteuningsbehoefte": "Wat vraagt dat van ons? ", "afwijkingen_onderwijsprogramma": "Over het lesprogramma: ",
        "doelen": "Wat we dit jaar willen bereiken: ", "ondersteuning": "Wat we concreet doen: ",
        "adviezen_professionals": "Wat de deskundigen zeggen: ", "inbreng_leerling": f"Wat {f} er zelf van vindt: ",
        "oogo": "Ons gesprek: ", "evaluatie": "Hoe we verder gaan: ", "informatie_rechten": "Als u het niet eens bent: "}
    for el in ["uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte",
               "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning", "adviezen_professionals", "inbreng_leerling", "oogo",
               "evaluatie", "informatie_rechten"]:
        b = body(c, el, V(c, el), prose=True)
        if b is None:
            continue
        texts = [x[1] for x in b if x[0] == "p"]
        if b and b[0][0] == "checks":
            B.append(("p", lead[el].strip()))
            B.extend(b)
            continue
        if b and b[0][0] == "sdt":
            B.append(("p", lead[el] + b[0][1]))
            continue
        B.append(("p", lead[el] + " ".join(t for t in texts)))
    cb = consent_blocks(c, V(c, "instemming_ouders"), lead=False)
    if cb is not None:
        B.append(("p", "Uw instemming:"))
        B.extend(cb)
    vs = body(c, "vaststelling", V(c, "vaststelling"), prose=True)
    B.append(("p", "Met vriendelijke groet,"))
    if vs is not None:
        B.extend(vs)
    B.append(("p", f"{c.mentor}, leerkracht"))
    return B


# layout 7: systeem-export

def L_export(c):
    sysname = c.spec.get("sysname", "Kompas Leerlingvolg 4.2")
    B = [("small", f"{sysname} \u2013 export dossier \u2013 module Ontwikkelingsperspectief"),
         ("title", "Ontwikkelingsperspectief"),
         ("kv", [("Leerling", f"{c.last}, {c.first}"), ("Leerlingnummer", c.spec.get("llnr", "20410377")),
                 ("Geboortedatum", dshort(c.d_birth)), ("Vestiging", f"{c.school} ({c.place})"), ("Groep", c.groep),
                 ("Status", c.spec.get("status", "Definitief"))])]
    for el, h in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroombestemming"),
                  ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma"),
                  ("adviezen_professionals", "Adviezen externen"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
                  ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO"), ("evaluatie", "Evaluatiemoment"),
                  ("informatie_rechten", "Informatie voor ouders")]:
        b = body(c, el, V(c, el))
        if b is None:
            continue
        B.append(("h2", f"[{h}]"))
        B.extend(b if b != [("p", "")] else [("p", "(geen gegevens)")])
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h2", "[Instemming handelingsdeel]")); B.extend(cb)
    b = body(c, "vaststelling", V(c, "vaststelling"))
    if b is not None:
        B.append(("h2", "[Vaststelling]")); B.extend(b)
    B.append(("footer", f"Afgedrukt uit {sysname} door {c.ib.split(' (')[0]} \u2013 pagina"))
    return B


# layout 8: jaarhistorie (plan with yearly revisions, evaluation tables per period, annexes)

def L_jaarhistorie(c):
    f = c.first
    H = c.spec["history"]   # list of (versie, date, omschrijving)
    B = [("title", f"Ontwikkelingsperspectief {c.name}"),
         ("small", f"{c.school} \u2013 doorlopend plan, versie {H[-1][0]} ({dshort(H[-1][1])})"), personalia(c),
         ("h1", "Versiebeheer"), ("table", ["Versie", "Datum", "Wijziging"], [[v, dshort(d), t] for v, d, t in H])]
    if c.spec.get("school_change"):
        B += [("h1", "Schoolwisseling"), ("p", c.spec["school_change"])]
    B.append(("h1", "Deel A \u2013 Ontwikkelingsperspectief"))
    for el, h in [("uitstroombestemming", "A1 Uitstroomprofiel / bestemming"), ("onderbouwing", "A2 Onderbouwing"),
                  ("belemmerende_factoren", "A3 Belemmerende factoren"), ("bevorderende_factoren", "A4 Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "A5 Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "A6 Afwijkingen"),
                  ("adviezen_professionals", "A7 Adviezen")]:
        sec(B, h, body(c, el, V(c, el)), "h2")
    B.append(("h1", f"Evaluaties vorige periodes"))
    for per, rows in c.spec.get("eval_tables", []):
        B.append(("p", per))
        B.append(("table", ["Doel", "Resultaat", "Vervolg"], rows))
    B.append(("h1", f"Deel B \u2013 Handelingsdeel {schooljaar(c.d_set)}"))
    for el, h in [("doelen", "B1 Doelen"), ("ondersteuning", "B2 Ondersteuning en begeleiding"),
                  ("inbreng_leerling", "B3 Inbreng leerling"), ("oogo", "B4 Overleg"), ("evaluatie", "B5 Evaluatie")]:
        b = body(c, el, V(c, el))
        if el == "evaluatie" and V(c, el) == "dashtable":
            B.append(("h2", h))
            B.append(("table", ["Periode", "Datum evaluatie", "Aanwezig", "Conclusie"],
                      [["periode 1", "", "", ""], ["periode 2", "", "", ""]]))
            B.append(("p", "Volgende evaluatie: n.t.b."))
            continue
        sec(B, h, b, "h2")
    sec(B, "Informatie over rechten", body(c, "informatie_rechten", V(c, "informatie_rechten")), "h1")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h1", "Ondertekening")); B.extend(cb)
    sec(B, "Vaststelling", body(c, "vaststelling", V(c, "vaststelling")), "h1")
    for a in c.spec.get("annexes", []):
        B.append(("pb",)); B.append(("h1", a[0]))
        B.extend(("p", t) for t in a[1])
    B.append(("footer", f"OPP {c.name} \u2013 versie {H[-1][0]}"))
    return B


# layout 9: eigen-woorden (the school's own headings, warm prose)

EW_HEAD = {"bevorderende_factoren": "Zo kennen we {f}: talenten", "belemmerende_factoren": "Waar {f} tegenaan loopt",
           "ondersteuningsbehoefte": "Wat {f} van ons vraagt", "uitstroombestemming": "De stip op de horizon",
           "onderbouwing": "Waarom deze stip", "afwijkingen_onderwijsprogramma": "Een eigen route?",
           "doelen": "Waar we naartoe werken", "ondersteuning": "Wie doet wat",
           "adviezen_professionals": "Wat anderen ons meegaven", "inbreng_leerling": "{f} aan het woord",
           "oogo": "Samen aan tafel", "evaluatie": "Even stilstaan", "informatie_rechten": "Niet eens?",
           "instemming_ouders": "Jullie handtekening", "vaststelling": "Zo is het afgesproken"}


def L_eigen_woorden(c):
    B = [("title", f"Het plan van {c.first}"), ("p", c.spec.get("motto", f"{c.school} \u2013 kleine school, grote ogen")),
         ("p", f"{c.name}, geboren {dlong(c.d_birth)} \u2013 {c.groep} \u2013 schooljaar {schooljaar(c.d_set)}")]
    if c.curatele:
        B.append(("p", f"Wettelijk vertegenwoordiger: {c.mother} (curator sinds {c.first} 18 werd)"))
    for el in ["bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte", "uitstroombestemming", "onderbouwing",
               "afwijkingen_onderwijsprogramma", "doelen", "ondersteuning", "adviezen_professionals", "inbreng_leerling", "oogo",
               "evaluatie", "informatie_rechten"]:
        sec(B, EW_HEAD[el].format(f=c.first), body(c, el, V(c, el), prose=True), "h2")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h2", EW_HEAD["instemming_ouders"])); B.extend(cb)
    sec(B, EW_HEAD["vaststelling"], body(c, "vaststelling", V(c, "vaststelling"), prose=True), "h2")
    return B


# layout 10: vso-profiel (vso/so transition template)

def L_vso_profiel(c):
    f = c.first
    extra = []
    if c.adult:
        extra.append(("Meerderjarig", "ja, handelingsbekwaam"))
    if c.curatele:
        extra.append(("Wettelijk vertegenwoordiger", f"{c.mother} (curator, beschikking kantonrechter 2024)"))
    B = [("title", "OPP VSO \u2013 Ontwikkelingsperspectief en transitieplan"), personalia(c, extra)]
    B.append(("h1", "1 Uitstroomprofiel"))
    ve = V(c, "uitstroombestemming")
    if ve == "ok":
        opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
        pick = c.spec.get("uitstroom_pick", "arbeidsmarktgericht")
        B.append(("checks", [(o == pick, o) for o in opts]))
        B.append(("p", uitstroom_ok(c)))
    elif ve != "missing":
        B.extend(body(c, "uitstroombestemming", ve))
    for el, h in [("onderbouwing", "2 Onderbouwing"), ("belemmerende_factoren", "3 Belemmerende factoren"),
                  ("bevorderende_factoren", "4 Beschermende factoren"), ("ondersteuningsbehoefte", "5 Ondersteuningsbehoeften"),
                  ("afwijkingen_onderwijsprogramma", "6 Programma"), ("adviezen_professionals", "7 Advies CvB en externe deskundigen"),
                  ("doelen", "8 Transitiedoelen (wonen, werken, vrije tijd, burgerschap)"), ("ondersteuning", "9 Begeleiding"),
                  ("inbreng_leerling", "10 Mijn wensen (leerling)"), ("oogo", "11 Besproken"), ("evaluatie", "12 Evaluatie"),
                  ("informatie_rechten", "13 Rechten")]:
        sec(B, h, body(c, el, V(c, el)), "h1")
    cb = consent_blocks(c, V(c, "instemming_ouders"))
    if cb is not None:
        B.append(("h1", "14 Instemming handelingsdeel")); B.extend(cb)
    sec(B, "15 Vaststelling", body(c, "vaststelling", V(c, "vaststelling")), "h1")
    B.append(("footer", f"OPP VSO {c.name}"))
    return B


LAYOUTS = {"swv-genummerd": L_swv_genummerd, "domeintabel": L_domeintabel, "groeidocument": L_groeidocument,
           "beknopt-formulier": L_beknopt, "vraagkoppen": L_vraagkoppen, "brief": L_brief, "systeem-export": L_export,
           "jaarhistorie": L_jaarhistorie, "eigen-woorden": L_eigen_woorden, "vso-profiel": L_vso_profiel}
