"""Layouts: each writes one document through a Writer. Section headings are layout-specific."""
from content import FUNCS, AVG_BLOCKS, d_num, d_long, fill, MONTHS
from writers import DocxWriter

def emit(w, blocks, controls=False):
    for b in blocks:
        k = b[0]
        if k == "p":
            w.p(b[1])
        elif k == "bul":
            w.bullets(b[1])
        elif k == "kv":
            w.kv(b[1])
        elif k == "tbl":
            w.table(b[1], b[2])
        elif k == "ticks":
            if controls and isinstance(w, DocxWriter):
                w.ticks(b[1], controls=True)
            else:
                w.ticks(b[1])
        elif k == "sig":
            w.sig(b[1])
        elif k == "ph":
            w.placeholder(b[1])
        elif k == "quote":
            w.p(b[1], italic=True)
        elif k == "domains":
            w.kv(list(b[1].items()))


def flatten(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "ph", "quote"):
            out.append(b[1].replace("\n", " / "))
        elif k == "bul":
            out.append(" ".join(f"({i+1}) {x}" for i, x in enumerate(b[1])))
        elif k == "kv":
            out.append("; ".join(f"{a}: {v}" for a, v in b[1]))
        elif k == "tbl":
            out.append(" | ".join(" - ".join(str(c) for c in r) for r in b[2]))
        elif k == "ticks":
            out.append("  ".join(("☒ " if c else "☐ ") + l for c, l in b[1]))
        elif k == "domains":
            out.append("; ".join(f"{a}: {v}" for a, v in b[1].items()))
        elif k == "sig":
            for e in b[1]:
                out.append(f"{e['role']}: {e['name'] or '________'} d.d. {e['date'] or '________'} " + ("(getekend)" if e.get("signed") else "handtekening: ________"))
    return " ".join(out).strip()


def pupil_kv(doc, with_year=True):
    P = doc.P
    if doc.blank:
        return [(k, "") for k in ["Naam leerling", "Geboortedatum", "Klas / leerjaar", "Onderwijsniveau", "School", "Mentor", "Zorgcoördinator"]]
    rows = [("Naam leerling", P["fullname"]), ("Geboortedatum", d_num(P["birth"])), ("Klas / leerjaar", P["klas"]),
            ("Onderwijsniveau", P["niveau"]), ("School", P["school"] + ", " + P["place"]), ("Mentor", P["mentor"]), ("Zorgcoördinator", P["zoco"])]
    if with_year:
        rows.append(("Schooljaar", doc.schooljaar))
    return rows


def extra_missing(w, doc, controls=False):
    """A signed consent of another kind (AVG) placed where the OPP consent would be."""
    if doc.states["instemming_ouders"][1] == "avg":
        w.h("Toestemming beeldmateriaal en gegevensdeling (AVG)", 2)
        emit(w, AVG_BLOCKS(doc), controls)


def render_sections(w, doc, sections, numbered=True, controls=False, sub_level=2):
    n = 0
    for title, subs in sections:
        if subs is None:
            continue
        present = [(st, eid, doc.blocks(eid)) for st, eid in subs]
        present = [x for x in present if x[2] is not None]
        if not present:
            continue
        n += 1
        w.h((f"{n}. " if numbered else "") + title, 1)
        m = 0
        for st, eid, bl in present:
            if st:
                m += 1
                w.h((f"{n}.{m} " if numbered else "") + st, sub_level)
            emit(w, bl, controls)


# ------------------------------------------------------------ L1 swv-genummerd
def L_swv(w, doc):
    vo = doc.st in ("vo", "pro", "vso")
    w.title("Ontwikkelingsperspectiefplan (OPP)")
    w.subtitle(doc.swv + (" — model OPP VO/VSO, versie 2024.2" if vo else " — model OPP PO/SO, versie 2023.1"))
    w.h("Gegevens leerling", 1)
    w.kv(pupil_kv(doc))
    secs = [
        ("Uitstroombestemming", [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
        ("Belemmerende en bevorderende factoren", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren")]),
        ("Onderwijs- en ondersteuningsbehoeften", [(None, "ondersteuningsbehoefte")]),
        ("Handelingsdeel", [("Doelen", "doelen"), ("Te bieden ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
        ("Adviezen van deskundigen", [(None, "adviezen_professionals")]),
        ("Inbreng van de leerling", [(None, "inbreng_leerling")]),
        ("Op overeenstemming gericht overleg met ouders", [(None, "oogo")]),
        ("Evaluatie", [(None, "evaluatie")]),
        ("Vaststelling en instemming", [("Vaststelling", "vaststelling"), ("Instemming met het handelingsdeel", "instemming_ouders"), ("Informatie over uw rechten", "informatie_rechten")]),
    ]
    render_sections(w, doc, secs, numbered=True)
    extra_missing(w, doc)
    w.footer(f"OPP {doc.P['fullname'] if not doc.blank else ''} — {doc.swv} — vertrouwelijk")


# ------------------------------------------------------------ L2 domeintabel
def L_domein(w, doc):
    ctl = isinstance(w, DocxWriter)
    w.title("OPP — ontwikkelingsperspectief")
    w.subtitle(f"{doc.P['school']} | afdeling {doc.dept} | format zorgteam")
    w.kv(pupil_kv(doc))
    w.h("Perspectief", 1)
    for t, eid in [("Uitstroomperspectief", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]:
        bl = doc.blocks(eid)
        if bl is not None:
            w.h(t, 2)
            emit(w, bl, ctl)
    bel, bev = doc.blocks("belemmerende_factoren"), doc.blocks("bevorderende_factoren")
    if bel is not None or bev is not None:
        w.h("Factoren per domein", 1)
        if bel and bev and bel[0][0] == "domains" and bev[0][0] == "domains":
            doms = list(dict.fromkeys(list(bel[0][1]) + list(bev[0][1])))
            w.table(["Domein", "Belemmerend", "Bevorderend"], [[d, bel[0][1].get(d, ""), bev[0][1].get(d, "")] for d in doms])
        else:
            for t, bl in [("Belemmerende factoren", bel), ("Bevorderende factoren", bev)]:
                if bl is not None:
                    w.h(t, 2)
                    if bl and bl[0][0] == "domains":
                        w.table(["Domein", t.split()[0].capitalize()], [[a, v] for a, v in bl[0][1].items()])
                    else:
                        emit(w, bl, ctl)
    for sec, items in [("Onderwijsbehoeften", [(None, "ondersteuningsbehoefte")]),
                       ("Handelingsdeel", [("Doelen voor deze periode", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma")]),
                       ("Adviezen externe deskundigen", [(None, "adviezen_professionals")]),
                       ("Stem van de leerling", [(None, "inbreng_leerling")]),
                       ("Gesprekken met ouders", [(None, "oogo")]),
                       ("Evaluatie", [(None, "evaluatie")]),
                       ("Vaststelling", [(None, "vaststelling")]),
                       ("Instemming ouders (handelingsdeel)", [(None, "instemming_ouders")]),
                       ("Rechten van ouders", [(None, "informatie_rechten")])]:
        blocks = [(t, doc.blocks(e)) for t, e in items]
        blocks = [x for x in blocks if x[1] is not None]
        if not blocks:
            continue
        w.h(sec, 1)
        for t, bl in blocks:
            if t:
                w.h(t, 2)
            emit(w, bl, ctl)
    extra_missing(w, doc, ctl)
    w.footer(f"{doc.P['school']} — zorgteam — OPP {doc.P['fullname'] if not doc.blank else ''}")


# ------------------------------------------------------------ L3 systeemexport
EXPORT_FIELDS = [
    ("OPP-01", "Uitstroomprofiel / bestemming", "uitstroombestemming"), ("OPP-02", "Onderbouwing perspectief", "onderbouwing"),
    ("OPP-03", "Belemmerende factoren", "belemmerende_factoren"), ("OPP-04", "Bevorderende factoren", "bevorderende_factoren"),
    ("OPP-05", "Onderwijsbehoeften", "ondersteuningsbehoefte"), ("OPP-06", "Doelen", "doelen"),
    ("OPP-07", "Ondersteuning (wat/wie/hoe vaak)", "ondersteuning"), ("OPP-08", "Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
    ("OPP-09", "Adviezen deskundigen", "adviezen_professionals"), ("OPP-10", "Inbreng leerling", "inbreng_leerling"),
    ("OPP-11", "OOGO (gesprek ouders)", "oogo"), ("OPP-12", "Evaluatie", "evaluatie"),
    ("OPP-13", "Vaststelling", "vaststelling"), ("OPP-14", "Instemming handelingsdeel", "instemming_ouders"),
    ("OPP-15", "Informatie rechten ouders", "informatie_rechten"),
]

def L_export(w, doc):
    P = doc.P
    w.header(f"EduDossier 7.4 | Module Begeleiding | Rapport R-OPP-02 | {P['school']} (BRIN {doc.brin})")
    w.title("Export ontwikkelingsperspectief")
    w.kv([("LLNR", P["llnr"]), ("Leerling", P["fullname"]), ("Geb.datum", d_num(P["birth"])), ("Klas", P["klas"]),
          ("Leerweg/niveau", P["niveau"]), ("Zorgcode", doc.zorgcode), ("LWOO-indicatie", "ja" if "LWOO" in P["niveau"] else "n.v.t."),
          ("Mentor", P["mentor"]), ("Zorgcoörd.", P["zoco"]), ("Status dossier", "actief"), ("Schooljaar", doc.schooljaar)])
    for code, label, eid in EXPORT_FIELDS:
        bl = doc.blocks(eid)
        if bl is None:
            continue
        w.h(f"[{code}] {label}", 2)
        if eid == "ondersteuning" and bl and bl[0][0] == "tbl":
            emit(w, bl)
            continue
        if eid == "evaluatie" and bl and bl[0][0] == "tbl":
            emit(w, bl[:1])
            bl = bl[1:]
        if eid == "onderbouwing" and len(bl) > 1:
            w.p(flatten(bl[:1]))
            emit(w, bl[1:])
            continue
        if bl and all(b[0] == "kv" for b in bl):
            emit(w, bl)
            continue
        txt = flatten(bl)
        w.p(txt if txt else "-")
    if doc.states["instemming_ouders"][1] == "avg":
        w.h("[AVG-02] Toestemming beeldmateriaal", 2)
        w.kv([("Beeldmateriaal website/schoolgids", "Ja"), ("Gegevensdeling jeugdarts", "Ja"), ("Geregistreerd", d_num(doc.D["consent"]) + " via ouderportaal door " + P["parent1"])])
    w.footer(f"Afgedrukt uit EduDossier door {P['zoco']} op {doc.printdate} — vertrouwelijk — pagina {{page}}")


# ------------------------------------------------------------ L4 vragen
def L_vragen(w, doc):
    n = doc.P["first"] if not doc.blank else "de leerling"
    w.title(f"Ontwikkelingsperspectief van {doc.P['fullname']}")
    w.subtitle(f"{doc.P['school']} — OPP in vraag-en-antwoordvorm")
    w.kv(pupil_kv(doc))
    secs = [(q, [(None, e)]) for q, e in [
        (f"Waar gaat {n} naartoe na deze school?", "uitstroombestemming"),
        ("Waarom verwachten we dat?", "onderbouwing"),
        (f"Wat maakt leren moeilijker voor {n}?", "belemmerende_factoren"),
        (f"Wat helpt {n}?", "bevorderende_factoren"),
        (f"Wat heeft {n} nodig?", "ondersteuningsbehoefte"),
        ("Wat willen we bereiken?", "doelen"),
        (f"Welke hulp krijgt {n}, van wie en hoe vaak?", "ondersteuning"),
        (f"Volgt {n} een aangepast programma?", "afwijkingen_onderwijsprogramma"),
        ("Wat adviseren deskundigen?", "adviezen_professionals"),
        (f"Wat vindt {n} zelf?", "inbreng_leerling"),
        ("Wanneer en met wie is dit plan besproken?", "oogo"),
        ("Wanneer kijken we samen terug?", "evaluatie"),
        ("Wie heeft het plan vastgesteld, en wanneer?", "vaststelling"),
        ("Gaat u akkoord met het handelingsdeel?", "instemming_ouders"),
        ("Wat kunt u doen als u het niet eens bent?", "informatie_rechten")]]
    render_sections(w, doc, secs, numbered=False)
    extra_missing(w, doc)


# ------------------------------------------------------------ L5 groeidocument
def L_groei(w, doc):
    P = doc.P
    w.title("Groeidocument")
    w.subtitle(f"{doc.swv} — groeidocument versie 3.1 (hoofdstuk 4 en 5 vormen het OPP)")
    w.h("1. Personalia", 1)
    w.kv(pupil_kv(doc) + [("Ouders/verzorgers", P["parent1"] + (", " + P["parent2"] if P.get("parent2") else ""))])
    w.h("2. Betrokkenen", 1)
    w.table(["Naam / functie", "Rol"], [[P["mentor"], "mentor"], [P["zoco"], "zorgcoördinator"]] + [[a[0], "betrokken deskundige"] for a in doc.A["adviezen"]])
    secs = [
        ("3. Hulpvraag en onderwijsbehoeften", [(None, "ondersteuningsbehoefte")]),
        ("4. Ontwikkelingsperspectief", [("4.1 Verwachte uitstroombestemming", "uitstroombestemming"), ("4.2 Onderbouwing", "onderbouwing"),
                                         ("4.3 Belemmerende factoren", "belemmerende_factoren"), ("4.4 Beschermende en bevorderende factoren", "bevorderende_factoren"),
                                         ("4.5 Adviezen van deskundigen", "adviezen_professionals")]),
        ("5. Handelingsdeel", [("5.1 Doelen", "doelen"), ("5.2 Ondersteuning en begeleiding", "ondersteuning"), ("5.3 Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
        ("6. De leerling aan het woord", [(None, "inbreng_leerling")]),
        ("7. Gesprekken en evaluatie" if doc.states["evaluatie"][0] != "missing" else "7. Gesprekken", [("7.1 Overleg met ouders", "oogo"), ("7.2 Evaluatie", "evaluatie")]),
        ("8. Vaststelling en ondertekening", [("8.1 Vaststelling", "vaststelling"), ("8.2 Instemming handelingsdeel", "instemming_ouders"), ("8.3 Uw rechten", "informatie_rechten")]),
    ]
    render_sections(w, doc, secs, numbered=False)
    extra_missing(w, doc)
    w.footer(f"Groeidocument {P['fullname']} — {doc.swv}")


# ------------------------------------------------------------ L6 beknopt
BEKNOPT = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"), ("Belemmerend", "belemmerende_factoren"),
           ("Bevorderend", "bevorderende_factoren"), ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"),
           ("Ondersteuning", "ondersteuning"), ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Advies deskundigen", "adviezen_professionals"),
           ("Inbreng leerling", "inbreng_leerling"), ("Besproken met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vastgesteld", "vaststelling"),
           ("Rechten ouders", "informatie_rechten")]

def L_beknopt(w, doc):
    P = doc.P
    w.title("Beknopt OPP")
    w.subtitle(f"{P['school']} — {doc.schooljaar} — {P['fullname']}, {P['klas']}")
    rows = []
    for lab, eid in BEKNOPT:
        bl = doc.blocks(eid)
        if bl is None:
            continue
        rows.append((lab, flatten(bl)))
    w.kv(rows)
    bl = doc.blocks("instemming_ouders")
    if bl is not None:
        w.h("Instemming handelingsdeel", 2)
        emit(w, bl)
    extra_missing(w, doc)


# ------------------------------------------------------------ L7 brief
def L_brief(w, doc):
    P = doc.P
    w.p(f"{P['school']}\nZorg en begeleiding\n{P['place']}")
    w.p(f"Aan {P['parent_desc_brief']}\n{P['street']}\n{P['postcode']} {P['place']}")
    w.p(f"{P['place']}, {d_long(doc.D['letter'])}")
    w.p(f"Betreft: ontwikkelingsperspectiefplan van {P['fullname']} ({P['klas']})", bold=True)
    w.p(f"Beste {P['aanhef']},")
    w.p(f"Met deze brief ontvangt u het ontwikkelingsperspectiefplan (OPP) van {P['first']}. Hieronder leest u wat wij verwachten, wat {P['first']} nodig heeft en wat de school gaat doen.")
    parts = [("Waar werken we naartoe?", "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
             ("Wat maakt het moeilijker?", "belemmerende_factoren"), ("Wat helpt?", "bevorderende_factoren"),
             (f"Wat heeft {P['first']} nodig?", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Wat doet de school?", "ondersteuning"),
             ("Programma", "afwijkingen_onderwijsprogramma"), ("Adviezen", "adviezen_professionals"), (f"Wat zegt {P['first']} zelf?", "inbreng_leerling"),
             ("Ons gesprek", "oogo"), ("Evalueren", "evaluatie"), ("Vaststelling", "vaststelling"), ("Uw rechten", "informatie_rechten")]
    for lab, eid in parts:
        bl = doc.blocks(eid)
        if bl is None:
            continue
        w.p(lab, bold=True)
        emit(w, bl)
    w.p("Met vriendelijke groet,")
    w.p(f"{P['zoco']}, zorgcoördinator\n{P['mentor']}, mentor")
    bl = doc.blocks("instemming_ouders")
    if bl is not None or doc.states["instemming_ouders"][1] == "avg":
        w.pagebreak()
        w.p("ANTWOORDSTROOK — graag ondertekend retour aan de mentor", bold=True)
        w.p(f"OPP van {P['fullname']}, {P['klas']}")
        if bl is not None:
            emit(w, bl)
        extra_missing(w, doc)


# ------------------------------------------------------------ L8 vakperspectief (revisions)
def L_vak(w, doc):
    P = doc.P
    w.title(f"OPP {P['fullname']} — perspectief per leerjaar en per vak")
    w.subtitle(f"{P['school']}, {P['place']} — afdeling {doc.dept}")
    w.kv(pupil_kv(doc))
    secs = [
        ("A  Perspectief", [("Uitstroombestemming en perspectief per leerjaar", "uitstroombestemming"), ("Onderbouwing en niveau per vak", "onderbouwing")]),
        ("B  Belemmerende factoren", [(None, "belemmerende_factoren")]),
        ("C  Bevorderende factoren", [(None, "bevorderende_factoren")]),
        ("D  Onderwijs- en ondersteuningsbehoeften", [(None, "ondersteuningsbehoefte")]),
        ("E  Handelingsdeel", [("Doelen", "doelen"), ("Begeleiding", "ondersteuning"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma")]),
        ("F  Adviezen", [(None, "adviezen_professionals")]),
        ("G  Leerling", [("Wat vind jij?", "inbreng_leerling")]),
        ("H  Ouders", [("Overleg", "oogo"), ("Instemming", "instemming_ouders"), ("Uw rechten", "informatie_rechten")]),
        ("I  Evaluatie en versiebeheer", [(None, "evaluatie")]),
        ("J  Vaststelling", [(None, "vaststelling")]),
    ]
    render_sections(w, doc, secs, numbered=False)
    extra_missing(w, doc)
    w.footer(f"OPP {P['fullname']} — {P['school']}")


# ------------------------------------------------------------ L9 leerling-eerst
def L_leerling(w, doc):
    P = doc.P
    n = P["first"]
    w.title(f"Mijn OPP — {P['fullname']}")
    w.subtitle(f"{P['school']} | {P['klas']} | {doc.schooljaar}")
    st, var = doc.states["inbreng_leerling"]
    A = doc.A
    if var in ("present", "nochange", "placeholder", "heading"):
        w.h(f"Deel A — Dit schrijf ik zelf ({n})", 1)
        if var in ("present", "nochange"):
            w.p("Wat gaat goed, wat vind ik moeilijk en wat wil ik?")
            w.p(fill(A["voice"], P), italic=True)
        elif var == "placeholder":
            w.p("Wat gaat goed? ....................................................")
            w.p("Wat vind ik moeilijk? ....................................................")
            w.p("Wat wil ik bereiken? ....................................................")
    w.h("Deel B — Het plan van school (mentor en zorgcoördinator)", 1)
    w.kv(pupil_kv(doc, with_year=False))
    secs = [
        ("Waar ga je naartoe?", [(None, "uitstroombestemming"), ("Waarom denken we dat?", "onderbouwing")]),
        ("Wat zit in de weg en wat helpt?", [("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren")]),
        ("Wat heb je nodig?", [(None, "ondersteuningsbehoefte")]),
        ("Afspraken (handelingsdeel)", [("Doelen", "doelen"), ("Hulp en begeleiding", "ondersteuning"), ("Aangepast programma", "afwijkingen_onderwijsprogramma")]),
        ("Adviezen van deskundigen", [(None, "adviezen_professionals")]),
    ]
    render_sections(w, doc, secs, numbered=False)
    if var == "present":
        w.h("Wat we met jouw inbreng doen", 1)
        w.p(fill(A["voice_change"], P))
    elif var == "gehoord":
        w.h("Inbreng leerling", 1)
        w.p("Leerling is gehoord.")
    elif var == "na_old":
        pass
    secs2 = [("Overleg met ouders", [(None, "oogo")]), ("Evaluatie", [(None, "evaluatie")]), ("Vaststelling", [(None, "vaststelling")]),
             ("Instemming ouders", [(None, "instemming_ouders")]), ("Rechten van ouders", [(None, "informatie_rechten")])]
    render_sections(w, doc, secs2, numbered=False)
    extra_missing(w, doc)
    w.footer(f"Mijn OPP — {P['fullname']}")


LAYOUTS = {"swv-genummerd": L_swv, "domeintabel": L_domein, "systeemexport": L_export, "vragen": L_vragen, "groeidocument": L_groei,
           "beknopt": L_beknopt, "brief": L_brief, "vakperspectief": L_vak, "leerling-eerst": L_leerling}
