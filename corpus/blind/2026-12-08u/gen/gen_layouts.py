# -*- coding: utf-8 -*-
"""Layouts: Doc -> list of blocks."""
from gen_text import (ELEMENTS, HEADS, SHORT, INSTR, PLACEHOLDER, dl, ds, CUTOFF)

ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "ondersteuning", "afwijkingen_onderwijsprogramma",
         "doelen", "inbreng_leerling", "oogo", "evaluatie", "instemming_ouders", "informatie_rechten", "vaststelling"]


def head(d, el, i=None):
    h = d.r.choice(HEADS[el]).format(N=d.first)
    return h


def meta(d, extra=()):
    kv = [("Naam leerling", d.full), ("Geboortedatum", ds(d.dob)), ("School", f"{d.school}, {d.place}"),
          ("Groep/klas", d.f(d.c["klas"]))]
    if d.kind("vaststelling") == "ok":
        kv.append(("Datum plan", ds(d.date)))
    else:
        sj = d.date.year if d.date.month >= 8 else d.date.year - 1
        kv.append(("Schooljaar", f"{sj}-{sj+1}"))
    kv.append(("Opgesteld door", f"{d.ib}, intern begeleider" if d.type in ("po", "sbo", "so") else f"{d.teacher}, mentor"))
    kv.extend(extra)
    return kv


def el_content(d, el, mode="auto", label=None):
    """blocks for element content; None when missing."""
    if el == "instemming_ouders":
        return consent(d)
    g = d.gap_blocks(el, label)
    if g != "content":
        return g
    lead, its = d.el_lead_items(el)
    if mode == "prose" or lead is None:
        return [("p", d.el_prose(el))]
    if mode == "bullets":
        return [("p", lead), ("bul", its)]
    # auto: random
    if d.r.random() < 0.5:
        return [("p", lead), ("bul", its)]
    return [("p", d.el_prose(el))]


def consent(d, lead=True):
    k = d.kind("instemming_ouders")
    N = d.first
    date = ds(d.consent_date)
    par = d.parent_sig
    school_sig = d.kind("vaststelling") == "ok"
    out = []
    stmt = "Ouders/verzorgers verklaren dat zij het plan hebben besproken en stemmen in met het handelingsdeel (de ondersteuning die in dit plan staat)."
    if k == "missing":
        return None
    if k == "avg_only":
        out += [("p", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                ("p", f"☒ Ik geef toestemming voor het gebruik van foto's van {N} in de schoolgids en op de website."),
                ("p", "☒ Ik geef toestemming om gegevens uit te wisselen met het samenwerkingsverband."),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
        return out
    if k == "stated":
        return [("p", f"Ouders hebben na het gesprek op {dl(d.consent_date)} per e-mail aan de intern begeleider laten weten dat zij instemmen met het handelingsdeel van dit plan. Die e-mail is bij het plan in het dossier gevoegd.")]
    if k in ("signed", "image_sig"):
        out += [("p", stmt), ("p", "☒ akkoord met het handelingsdeel     ☐ niet akkoord")]
        out.append(("sig", "Handtekening ouder/verzorger", par if k == "signed" else None, date, True))
    elif k == "adult_self":
        out += [("p", f"{N} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."),
                ("p", "☒ Ik ga akkoord met het handelingsdeel     ☐ Ik ga niet akkoord"),
                ("sig", "Handtekening leerling", d.full, date, True)]
    elif k == "adult_parents":
        out += [("p", stmt), ("p", "☒ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "curator":
        out += [("p", f"{N} staat onder curatele. De curator ({d.mother}) stemt namens {N} in met het handelingsdeel."),
                ("p", "☒ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("sig", "Handtekening curator", d.mother, date, True),
                ("sig", f"Gezien door {N}", d.full, date, True)]
    elif k == "refused":
        out += [("p", stmt), ("p", "☐ akkoord met het handelingsdeel     ☒ niet akkoord"),
                ("p", "Toelichting ouders: wij zijn het niet eens met de uitstroombestemming en willen eerst een second opinion."),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "voorgezien":
        out += [("p", stmt), ("p", "☐ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("p", "Door ouder met de hand bij de handtekening geschreven: 'voor gezien'."),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "protest":
        out += [("p", stmt), ("p", "☒ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("p", "Handgeschreven toegevoegd door ouder: 'Getekend onder protest, zie mijn mail van deze week.'"),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "partial":
        ex = d.f(d.c["steun"][-1][0])
        out += [("p", stmt), ("p", f"☒ akkoord met het handelingsdeel, met uitzondering van: {ex}"),
                ("p", f"Ouders stemmen niet in met: {ex}. Hierover volgt een nieuw gesprek."),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "school_only":
        out += [("p", "Ondertekening namens de school:"),
                ("sig", "Directeur", d.director, ds(d.date), True),
                ("sig", "Intern begeleider", d.ib, ds(d.date), True)]
        return out
    elif k == "blank":
        out += [("p", stmt), ("p", "☐ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("sig", "Handtekening ouder/verzorger 1", None, None, False),
                ("sig", "Handtekening ouder/verzorger 2", None, None, False)]
    elif k == "unticked":
        out += [("p", stmt), ("p", "☐ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("sig", "Handtekening ouder/verzorger", par, date, True)]
    elif k == "nodate":
        out += [("p", stmt), ("p", "☒ akkoord met het handelingsdeel     ☐ niet akkoord"),
                ("sig", "Handtekening ouder/verzorger", par, None, True)]
    elif k in PLACEHOLDER:
        return [("p", "Instemming ouders: " + PLACEHOLDER[k])]
    elif k == "empty":
        return []
    else:
        raise ValueError(k)
    if school_sig:
        out.append(("sig", "Namens de school", f"{d.director}, directeur", ds(d.date), True))
    return out


def finish(d, blocks):
    return blocks


# ---------------------------------------------------------------- layouts
def L_prose(d):
    """Teacher's own prose under own headings."""
    N = d.first
    t = d.r.choice(["Ontwikkelingsperspectief", "OPP", f"Ontwikkelingsperspectiefplan {d.full}", f"Plan voor {N}"])
    b = [("title", t),
         ("p", f"{d.full} (geboren {dl(d.dob)}) zit in {d.f(d.c['klas'])} van {d.school} in {d.place}. "
               f"Dit plan is geschreven door {d.teacher} ({'mentor' if d.type in ('vo','pro','vso') else 'groepsleerkracht'}) samen met {d.ib} (intern begeleider)." )]
    n = 0
    for el in ORDER:
        blk = el_content(d, el)
        if blk is None:
            continue
        n += 1
        h = head(d, el)
        b.append(("h1", f"{n}. {h}" if d.numbered else h))
        b += blk
    return b


GROUPS = [
    ("Perspectief en onderbouwing", ["uitstroombestemming", "onderbouwing"]),
    ("Onderwijsbehoeften en belemmerende factoren", ["belemmerende_factoren", "ondersteuningsbehoefte"]),
    ("Sterke kanten en adviezen", ["bevorderende_factoren", "adviezen_professionals"]),
    ("Aanpak, doelen en programma", ["ondersteuning", "doelen", "afwijkingen_onderwijsprogramma"]),
    ("Ouders en leerling", ["oogo", "inbreng_leerling"]),
    ("Evaluatie en vaststelling", ["evaluatie", "vaststelling"]),
    ("Instemming en rechten", ["instemming_ouders", "informatie_rechten"]),
]
GNAMES = {"uitstroombestemming": "Perspectief", "onderbouwing": "onderbouwing",
          "belemmerende_factoren": "belemmerende factoren", "ondersteuningsbehoefte": "Onderwijsbehoeften",
          "bevorderende_factoren": "Sterke kanten", "adviezen_professionals": "adviezen", "ondersteuning": "Aanpak",
          "doelen": "doelen", "afwijkingen_onderwijsprogramma": "programma", "oogo": "Overleg met ouders",
          "inbreng_leerling": "inbreng van de leerling", "evaluatie": "Evaluatie", "vaststelling": "vaststelling",
          "instemming_ouders": "Instemming", "informatie_rechten": "rechten"}


def L_combined(d):
    N = d.first
    b = [("title", "Ontwikkelingsperspectief"), ("kv", meta(d))]
    for i, (gname, els) in enumerate(GROUPS):
        parts = []
        names = []
        for el in els:
            blk = el_content(d, el, label=SHORT[el].capitalize())
            if blk is None:
                continue
            names.append(el)
            if blk == [] and el != "instemming_ouders":
                blk = [("p", SHORT[el].capitalize() + ":")]
            parts += blk
        if not names:
            continue
        if names == els and els[0] == "belemmerende_factoren":
            h = "Onderwijsbehoeften en belemmerende factoren"
        else:
            nm = [GNAMES[e] for e in names]
            nm = [nm[0][0].upper() + nm[0][1:]] + [x.lower() for x in nm[1:]]
            h = nm[0] if len(nm) == 1 else ", ".join(nm[:-1]) + " en " + nm[-1]
        b.append(("h1", h))
        b += parts
    return b


QUEST = {
    "uitstroombestemming": "Waar gaat {N} na deze school naartoe?",
    "onderbouwing": "Waarom verwachten we dat?",
    "belemmerende_factoren": "Wat maakt leren moeilijk voor {N}?",
    "bevorderende_factoren": "Wat gaat goed en wat helpt?",
    "ondersteuningsbehoefte": "Wat heeft {N} nodig?",
    "ondersteuning": "Welke hulp krijgt {N}, van wie en hoe vaak?",
    "afwijkingen_onderwijsprogramma": "Volgt {N} een aangepast programma?",
    "doelen": "Wat willen we bereiken?",
    "adviezen_professionals": "Wat adviseren de deskundigen?",
    "oogo": "Hoe hebben we dit plan met u besproken?",
    "inbreng_leerling": "Wat vindt {N} er zelf van?",
    "evaluatie": "Wanneer kijken we samen terug?",
    "instemming_ouders": "Gaat u akkoord met de begeleiding?",
    "informatie_rechten": "Wat kunt u doen als u het niet eens bent?",
    "vaststelling": "Wie heeft dit plan vastgesteld?",
}


def L_questions(d):
    b = [("title", f"Ontwikkelingsperspectief {d.full}"), ("sub", f"{d.school} - {d.f(d.c['klas'])}"), ("kv", meta(d))]
    for el in ORDER:
        blk = el_content(d, el)
        if blk is None:
            continue
        b.append(("h2", QUEST[el].format(N=d.first)))
        b += blk
    return b


def L_letter_pupil(d):
    N = d.first
    b = [("p", f"{d.school}\n{d.place}"), ("p", f"{d.place}, {dl(d.date)}"),
         ("title", f"Jouw plan, {N}"),
         ("p", f"Beste {N},"),
         ("p", "Dit is jouw ontwikkelingsperspectiefplan (OPP). Daarin staat wat we verwachten voor jouw toekomst, wat goed gaat, wat moeilijk is en hoe we je helpen. We hebben het geschreven voor jou; je ouders krijgen het ook.")]
    order = [("uitstroombestemming", "Waar ga je naartoe?"), ("onderbouwing", "Waarom denken we dat?"),
             ("bevorderende_factoren", "Waar ben je goed in?"), ("belemmerende_factoren", "Wat is lastig?"),
             ("ondersteuningsbehoefte", "Wat heb je nodig?"), ("ondersteuning", "Hoe helpen we je?"),
             ("afwijkingen_onderwijsprogramma", "Jouw programma"), ("doelen", "Jouw doelen"),
             ("adviezen_professionals", "Wat zeggen de deskundigen?"), ("inbreng_leerling", "Wat jij ervan vond"),
             ("evaluatie", "Wanneer kijken we terug?")]
    for el, h in order:
        blk = el_content(d, el)
        if blk is None:
            continue
        b.append(("h2", h))
        b += blk
    b.append(("h2", "Voor je ouders"))
    for el in ["oogo", "informatie_rechten", "instemming_ouders", "vaststelling"]:
        blk = el_content(d, el)
        if blk is None:
            continue
        b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    b.append(("p", f"Groeten,\n{d.teacher}, {'mentor' if d.type != 'po' else 'leerkracht'}"))
    return b


def L_letter_parents(d):
    N = d.first
    zoon = "zoon" if d.c["gender"] == "m" else "dochter"
    b = [("p", f"{d.school}\nPostbus {100 + d.r.randint(0, 800)}\n{d.place}"),
         ("p", f"Aan {d.parents.split(' (')[0] if d.curatele else 'de ouders/verzorgers van ' + d.full}"),
         ("p", f"{d.place}, {dl(d.date - __import__('datetime').timedelta(days=3))}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan van {d.full}"),
         ("p", "Beste ouders/verzorgers,"),
         ("p", f"Zoals afgesproken sturen wij u het ontwikkelingsperspectiefplan (OPP) van uw {zoon} {N}. In deze brief leest u wat wij verwachten, waarom, en hoe wij uw kind begeleiden.")]
    lead = {"uitstroombestemming": "Wat verwachten wij? ", "onderbouwing": "Waarom? ",
            "belemmerende_factoren": "Wat is lastig voor uw kind? ", "bevorderende_factoren": "Wat helpt uw kind? ",
            "ondersteuningsbehoefte": "Wat heeft uw kind nodig? ", "ondersteuning": "Wat doen wij? ",
            "afwijkingen_onderwijsprogramma": "Programma. ", "doelen": "Doelen. ",
            "adviezen_professionals": "Adviezen. ", "oogo": "Ons gesprek met u. ",
            "inbreng_leerling": f"Wat {N} zelf zegt. ", "evaluatie": "Evaluatie. ",
            "informatie_rechten": "Uw rechten. ", "vaststelling": "Vaststelling. "}
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        blk = el_content(d, el, label=lead[el].strip().rstrip(".?"))
        if blk is None:
            continue
        if not blk:
            b.append(("p", lead[el].strip()))
            continue
        if blk[0][0] == "p" and not blk[0][1].startswith(lead[el].strip().rstrip(".?")):
            blk = [("p", lead[el] + blk[0][1])] + blk[1:]
        b += blk
    b.append(("p", f"Met vriendelijke groet,\n{d.ib}, intern begeleider"))
    c = consent(d)
    if c is not None:
        b += [("h2", "Antwoordstrook - terugsturen aan de school"), ("p", f"OPP van {d.full}")]
        b += c if c else [("p", "Instemming:")]
    return b


def L_bullets(d):
    N = d.first
    b = [("title", f"OPP {d.full}"), ("kv", meta(d))]
    for el in ORDER:
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    return b


NOTE_LABEL = {"uitstroombestemming": "Uitstroom", "onderbouwing": "Waarom", "belemmerende_factoren": "Belemmerend",
              "bevorderende_factoren": "Bevorderend", "ondersteuningsbehoefte": "Onderwijsbehoeften",
              "ondersteuning": "Begeleiding", "afwijkingen_onderwijsprogramma": "Programma",
              "doelen": "Doelen", "adviezen_professionals": "Adviezen", "oogo": "OOGO",
              "inbreng_leerling": "Leerling zelf", "evaluatie": "Evaluatie", "informatie_rechten": "Rechten ouders",
              "vaststelling": "Vastgesteld", "instemming_ouders": "Instemming"}


def L_notes(d):
    N = d.first
    b = [("title", f"OPP {N} {d.last[:1]}. - aantekeningen {d.ib.split()[-1]}"),
         ("p", f"{d.full}, {d.f(d.c['klas'])}, {d.school}. Gebruikt als OPP (geen format, overleg met ouders gehad)." if d.kind('oogo') == 'ok'
          else f"{d.full}, {d.f(d.c['klas'])}, {d.school}.")]
    for el in ORDER:
        lab = NOTE_LABEL[el]
        if el == "uitstroombestemming" and d.gaps.get(el) is None:
            b.append(("p", f"{lab}: {d.f(d.c['dest_short'])} ({d.f(d.c['dest'])})"))
            continue
        if el == "oogo" and d.kind(el) == "ok":
            b.append(("p", f"{lab}: {ds(d.oogo_date)} met {d.parents}; ook {d.teacher} en ik. Opmerkingen verwerkt."))
            continue
        if el == "vaststelling" and d.kind(el) == "ok":
            b.append(("p", f"{lab}: {ds(d.date)}, {d.director} (dir.)"))
            continue
        if el == "instemming_ouders":
            c = consent(d)
            if c is None:
                continue
            b.append(("p", f"{lab}:"))
            b += c
            continue
        blk = el_content(d, el, mode="bullets", label=lab)
        if blk is None:
            continue
        if blk == []:
            b.append(("p", lab + ":"))
            continue
        if blk[0][0] == "p" and len(blk) > 1 and blk[1][0] == "bul":
            b.append(("p", lab + ":"))
            b.append(blk[1])
        elif blk[0][0] == "p" and not blk[0][1].startswith(lab):
            b.append(("p", f"{lab}: {blk[0][1]}"))
            b += blk[1:]
        else:
            b += blk
    return b


def L_spread(d):
    """Agreements with parents spread through the text; no separate OOGO / consent section."""
    N = d.first
    b = [("title", f"Ontwikkelingsperspectief {d.full}"), ("kv", meta(d)), ("h1", "1. Aanleiding")]
    intro = f"{N} krijgt al langer extra ondersteuning. In dit plan beschrijven we het perspectief en de aanpak."
    if d.kind("oogo") == "ok":
        intro += f" Op {dl(d.oogo_date)} hebben we het ontwerp besproken met {d.parents} en afgesproken dat de school het plan daarna definitief maakt (op overeenstemming gericht overleg)."
    elif d.kind("oogo") not in ("missing",):
        intro += " Gesprek met ouders: " + PLACEHOLDER.get(d.kind("oogo"), "...")
    b.append(("p", intro))
    b.append(("h1", "2. Wat we zien"))
    for el in ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals"]:
        blk = el_content(d, el, mode="prose", label=SHORT[el].capitalize())
        if blk is None:
            continue
        b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    b.append(("h1", "3. Perspectief"))
    for el in ["uitstroombestemming", "onderbouwing"]:
        blk = el_content(d, el, mode="prose", label=SHORT[el].capitalize())
        if blk is None:
            continue
        b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    b.append(("h1", "4. Aanpak en afspraken"))
    for el in ["ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"]:
        blk = el_content(d, el, label=SHORT[el].capitalize())
        if blk is None:
            continue
        b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    k = d.kind("instemming_ouders")
    if k == "stated":
        b.append(("p", f"Ouders hebben op {dl(d.consent_date)} per e-mail laten weten dat zij instemmen met deze aanpak (het handelingsdeel). De e-mail zit in het dossier."))
    elif k == "signed":
        b.append(("p", f"Met deze aanpak (het handelingsdeel) zijn ouders akkoord; zij hebben daarvoor op {dl(d.consent_date)} getekend (zie de handtekening aan het eind)."))
    elif k == "voorgezien":
        b.append(("p", "Ouders hebben de aanpak gelezen. Zij hebben het plan 'voor gezien' getekend; over de extra begeleiding willen zij eerst nog nadenken."))
    elif k == "refused":
        b.append(("p", f"Ouders hebben in het gesprek van {dl(d.consent_date)} laten weten dat zij niet instemmen met de aanpak. De school plant een nieuw gesprek."))
    elif k == "partial":
        ex = d.f(d.c["steun"][-1][0])
        b.append(("p", f"Ouders stemmen in met de aanpak, behalve met: {ex}. Dat onderdeel wordt voorlopig niet uitgevoerd."))
    if d.inbreng_required() or d.kind("inbreng_leerling") == "ok":
        blk = el_content(d, "inbreng_leerling", mode="prose", label="Inbreng " + N)
        if blk:
            b.append(("p", f"We hebben {N} gevraagd wat {d.pron['hij']} van het plan vindt. " + blk[0][1]))
        elif blk == []:
            b.append(("p", f"Inbreng {N}:"))
    b.append(("h1", "5. Vervolg"))
    for el in ["evaluatie", "informatie_rechten", "vaststelling"]:
        blk = el_content(d, el, mode="prose", label=SHORT[el].capitalize())
        if blk is None:
            continue
        b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    if k in ("signed", "voorgezien", "refused", "partial"):
        b.append(("sig", "Handtekening ouder/verzorger", d.parent_sig, ds(d.consent_date), True))
    elif k not in ("stated", "missing"):
        c = consent(d)
        if c:
            b += c
    return b


def L_table2(d):
    N = d.first
    b = [("title", "Ontwikkelingsperspectiefplan"), ("sub", d.swv), ("kv", meta(d))]
    rows = [["Onderdeel", "Invulling"]]
    labels = {"uitstroombestemming": "Verwachte uitstroombestemming", "onderbouwing": "Onderbouwing",
              "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
              "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Adviezen externe deskundigen",
              "ondersteuning": "Ondersteuning (wat / wie / hoe vaak / vanaf)", "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
              "doelen": "Doelen komende periode", "inbreng_leerling": "Inbreng leerling", "oogo": "OOGO met ouders",
              "evaluatie": "Evaluatie", "informatie_rechten": "Informatie over rechten", "vaststelling": "Vaststelling"}
    for el in ORDER:
        if el == "instemming_ouders":
            continue
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        txt = []
        for x in blk:
            if x[0] in ("p", "i"):
                txt.append(x[1])
            elif x[0] == "bul":
                txt += ["• " + i for i in x[1]]
        rows.append([labels[el], "\n".join(txt)])
    b.append(("table", rows, True))
    c = consent(d)
    if c is not None:
        b.append(("h2", "Instemming handelingsdeel"))
        b += c
    return b


def L_domain(d):
    N = d.first
    b = [("title", f"OPP - {d.full}"), ("kv", meta(d)), ("h1", "Uitstroom")]
    for el in ["uitstroombestemming", "onderbouwing"]:
        blk = el_content(d, el, mode="prose", label=SHORT[el].capitalize())
        if blk is not None:
            b += blk if blk else [("p", SHORT[el].capitalize() + ":")]
    b.append(("h1", "Belemmerende en bevorderende factoren per domein"))
    kb, kv = d.kind("belemmerende_factoren"), d.kind("bevorderende_factoren")
    doms = []
    for dom, _ in d.c["belem"] + d.c["bevord"]:
        if dom not in doms:
            doms.append(dom)
    rows = [["Domein", "Belemmerend", "Bevorderend"]]
    for dom in doms:
        be = "\n".join(d.f(t) for x, t in d.c["belem"] if x == dom) if kb == "ok" else ""
        bv = "\n".join(d.f(t) for x, t in d.c["bevord"] if x == dom) if kv == "ok" else ""
        if kb in PLACEHOLDER:
            be = PLACEHOLDER[kb]
        if kv in PLACEHOLDER:
            bv = PLACEHOLDER[kv]
        rows.append([dom, be, bv])
    if kv == "missing":
        rows = [r[:2] for r in rows]
    b.append(("table", rows, True))
    for el in ["ondersteuningsbehoefte", "adviezen_professionals", "ondersteuning", "afwijkingen_onderwijsprogramma",
               "doelen", "inbreng_leerling", "oogo", "evaluatie", "instemming_ouders", "informatie_rechten", "vaststelling"]:
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        b.append(("h1", head(d, el)))
        b += blk
    return b


def L_groei(d):
    N = d.first
    yrs = d.date.year
    b = [("title", f"Groeidocument {d.full}"), ("sub", f"{d.swv} - versie {ds(d.date) if d.kind('vaststelling')=='ok' else 'schooljaar'}"),
         ("h1", "1. Gegevens"), ("kv", meta(d, [("Ouders/verzorgers", d.parents)])),
         ("h1", "2. Schoolloopbaan"),
         ("p", d.f(f"{N} zit sinds groep 1 op {d.school}." if d.type in ("po",) else f"{N} zit sinds {yrs-3} op deze school. Daarvoor: {'basisschool' if d.type in ('vo','pro','sbo') else 'een andere school'} in {d.place}.")),
         ("h1", "3. Beeld van de leerling")]
    for el in ["belemmerende_factoren", "bevorderende_factoren", "adviezen_professionals"]:
        blk = el_content(d, el, mode="bullets", label=SHORT[el].capitalize())
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    b.append(("h1", "4. Ontwikkelingsperspectief"))
    for el in ["uitstroombestemming", "onderbouwing"]:
        blk = el_content(d, el, mode="prose")
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    b.append(("h1", "5. Handelingsdeel"))
    for el in ["ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen"]:
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    b.append(("h1", "6. Gesprekken"))
    for el in ["oogo", "inbreng_leerling"]:
        blk = el_content(d, el, mode="prose")
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    b.append(("h1", "7. Evaluatie en ondertekening"))
    for el in ["evaluatie", "informatie_rechten", "vaststelling", "instemming_ouders"]:
        blk = el_content(d, el, mode="prose")
        if blk is None:
            continue
        b.append(("h2", head(d, el)))
        b += blk
    if d.revised:
        b.append(("h1", f"8. Bijstelling {dl(d.revised)}"))
        b.append(("p", d.extra.get("revision_text", f"Op {dl(d.revised)} is het plan met {d.parents} geëvalueerd en bijgesteld. De doelen voor rekenen zijn voor het nieuwe schooljaar aangepast (tafels vlot op 1F-niveau, eenvoudige breuken); de ondersteuning en de uitstroombestemming blijven gelijk. Ouders hebben de bijstelling op {ds(d.revised)} voor akkoord getekend. Volgende evaluatie: juni {d.revised.year + 1}.")))
    return b


def L_export(d):
    N = d.first
    b = [("header", f"Leerlingdossier Online 4.2 - {d.school}"),
         ("footer", f"Afgedrukt uit Leerlingdossier Online | vertrouwelijk | leerlingnr. {100000 + d.r.randint(0, 899999)} | {d.full}"),
         ("title", "Ontwikkelingsperspectief (OPP)"), ("kv", meta(d))]
    labels = {"uitstroombestemming": "Uitstroomprofiel (verwacht)", "onderbouwing": "Onderbouwing uitstroomprofiel",
              "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Stimulerende factoren",
              "ondersteuningsbehoefte": "Onderwijsbehoeften", "adviezen_professionals": "Adviezen externen",
              "ondersteuning": "Arrangement / begeleiding", "afwijkingen_onderwijsprogramma": "Afwijkend programma",
              "doelen": "Doelen", "inbreng_leerling": "Inbreng leerling (hoorrecht)", "oogo": "OOGO",
              "evaluatie": "Evaluatieplanning", "informatie_rechten": "Informatie ouders", "vaststelling": "Vaststelling",
              "instemming_ouders": "Instemming handelingsdeel"}
    for el in ORDER:
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        b.append(("h2", labels[el]))
        if blk == []:
            b.append(("p", "-"))
        b += blk
    return b


LAYOUTS = {"prose": L_prose, "combined": L_combined, "questions": L_questions, "letter_pupil": L_letter_pupil,
           "letter_parents": L_letter_parents, "bullets": L_bullets, "notes": L_notes, "spread": L_spread,
           "table2": L_table2, "domain": L_domain, "groei": L_groei, "export": L_export}
LAYOUT_NAMES = {"prose": "teacher-prose-own-headings", "combined": "combined-sections", "questions": "question-headings",
                "letter_pupil": "letter-to-pupil-jij", "letter_parents": "letter-to-parents-uw-kind",
                "bullets": "lead-in-bullets", "notes": "ib-notes", "spread": "agreements-spread-through-text",
                "table2": "two-column-table", "domain": "domain-table-belemmerend-bevorderend",
                "groei": "groeidocument-opp-chapter", "export": "system-export-footer",
                "form": "beknopt-opp-form"}
