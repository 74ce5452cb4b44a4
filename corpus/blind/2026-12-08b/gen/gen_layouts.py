# -*- coding: utf-8 -*-
"""Layouts: turn a document spec + content into a list of neutral blocks.
Blocks: ('title',t) ('sub',t) ('h',lvl,t) ('p',t) ('pi',t) ('bul',[..]) ('kv',[(k,v)]) ('table',hdr,rows,widths)
('checks',[(bool,label)]) ('img',path,wcm) ('pb',) ('footer',t) ('box',title,text) ('hr',)
A cell value may be a str, ('img',path,wcm), ('ph',text) (Word placeholder content control) or a list of those."""
import os, datetime as dt
from gen_content import *

ASSETS = None  # set by gen.py


def sigimg(c, who, hand=False):
    p = os.path.join(ASSETS, "sig_%s_%s.png" % (c.spec["id"], abs(hash_s(who)) % 100000))
    if not os.path.exists(p):
        make_signature(p, c.spec["id"] + who)
    return ("img", p, 3.2)


def hwimg(c, text):
    p = os.path.join(ASSETS, "hw_%s_%s.png" % (c.spec["id"], abs(hash_s(text)) % 100000))
    if not os.path.exists(p):
        make_handwriting(p, text, c.spec["id"] + text)
    return ("img", p, 2.6)


def hash_s(s):
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def content_blocks(cont, mode="para", rows_hdr=("Wat", "Wie", "Hoe vaak", "Vanaf / periode")):
    out = []
    if cont is None:
        return out
    if cont.get("checks"):
        out.append(("checks", cont["checks"]))
    if cont.get("text"):
        for para in cont["text"].split("\n"):
            out.append(("p", para))
    if cont.get("items"):
        out.append(("bul", cont["items"]))
    if cont.get("rows"):
        out.append(("table", list(rows_hdr), [list(r) for r in cont["rows"]], None))
    if cont.get("log"):
        out.append(("table", ["Datum", "Notitie", "Door"], [list(r) for r in cont["log"]], [2.5, 11, 3.5]))
    if not out:
        out.append(("p", ""))
    return out


def flat(cont, sep="\n"):
    """Flatten content into one cell string."""
    if cont is None:
        return None
    parts = []
    if cont.get("checks"):
        parts.append("   ".join(("☒ " if b else "☐ ") + l for b, l in cont["checks"]))
    if cont.get("text"):
        parts.append(cont["text"])
    if cont.get("items"):
        parts.append(sep.join("- " + i for i in cont["items"]))
    if cont.get("rows"):
        parts.append(sep.join("- %s (%s, %s, %s)" % tuple(r) for r in cont["rows"]))
    if cont.get("log"):
        parts.append(sep.join("%s: %s (%s)" % tuple(r) for r in cont["log"]))
    return sep.join(parts)


def C(doc, el):
    c = doc["ctx"]
    v = doc["v"][el]
    if el == "oogo":
        return oogo_content(c, v)
    return element_content(c, el, v)


def sec(doc, el, heading, lvl=2, **kw):
    cont = C(doc, el)
    if cont is None:
        return []
    return [("h", lvl, heading)] + content_blocks(cont, **kw)


# ---------------------------------------------------------------- consent rendering

def mark_cell(c, p, scan):
    mk = p["mark"]
    if mk == "img":
        return sigimg(c, p["name"])
    if mk == "hand":
        return sigimg(c, p["name"], True)
    if mk == "wg":
        return "w.g. " + p["name"].split(" ", 1)[-1]
    if mk == "getekend":
        return "(getekend)"
    if mk == "none":
        return ""
    return "________________________"


def date_cell(c, p):
    if not p["date"]:
        return "____-____-______"
    if p["mark"] == "hand":
        return hwimg(c, p["date"])
    return p["date"]


def parties_blocks(c, parties, shape, scan=False):
    if not parties:
        return []
    has_choice = any(p.get("choice") for p in parties)
    if shape == "side":
        hdr = [p["role"] for p in parties]
        rows = [["Naam: " + p["name"] for p in parties], ["Datum: "] * len(parties), [[""] for p in parties]]
        rows[1] = [["Datum:", date_cell(c, p)] for p in parties]
        rows[2] = [["Handtekening:", mark_cell(c, p, scan)] for p in parties]
        if has_choice:
            rows.append(["Keuze: " + (p.get("choice") or "") for p in parties])
        return [("table", hdr, rows, None)]
    if shape == "table":
        hdr = ["Partij", "Naam", "Datum", "Handtekening"] + (["Akkoord / niet akkoord"] if has_choice else [])
        rows = []
        for p in parties:
            r = [p["role"], p["name"], date_cell(c, p), mark_cell(c, p, scan)]
            if has_choice:
                r.append(p.get("choice") or "")
            rows.append(r)
        return [("table", hdr, rows, [4.2, 4, 2.8, 4] + ([2.6] if has_choice else []))]
    # stack
    out = []
    for p in parties:
        out.append(("p", "%s: %s" % (p["role"], p["name"])))
        d = date_cell(c, p)
        m = mark_cell(c, p, scan)
        if isinstance(d, str) and isinstance(m, str):
            out.append(("p", "Datum: %s          Handtekening: %s" % (d, m)))
        else:
            out.append(("kv", [("Datum", d), ("Handtekening", m)]))
        if p.get("choice"):
            out.append(("p", "Keuze: " + p["choice"]))
    return out


def consent_blocks(doc, heading=None, lvl=2, shape=None):
    c = doc["ctx"]
    m = consent_model(c, doc["v"]["instemming_ouders"])
    shape = shape or doc.get("sigshape", "table")
    scan = doc.get("fmt") == "scan"
    out = []
    if m is None:
        return out
    if m.get("avg"):
        out += [("h", lvl, "Toestemming gegevensuitwisseling (AVG)"),
                ("p", "Ouders geven toestemming voor het delen van gegevens van %s met het samenwerkingsverband en de "
                      "schoolarts, en voor het gebruik van foto's in de nieuwsbrief." % c.first)]
        out += parties_blocks(c, m["avg"], "stack", scan)
        if not m["parties"]:
            return out
    out.append(("h", lvl, heading or m["title"]))
    if m.get("partA"):
        out.append(("p", "Deel A – ontwikkelingsperspectief: voor gezien"))
        out += parties_blocks(c, m["partA"], shape, scan)
    if m.get("box"):
        out.append(("box", m["box"][0], m["box"][1]))
    if m.get("statement"):
        out.append(("p", m["statement"]))
    if m.get("checks"):
        out.append(("checks", m["checks"]))
    for r in m["remarks"]:
        out.append(("p", r))
    for l in m["lines"]:
        out.append(("p", l))
    if m.get("log"):
        out.append(("table", ["Datum", "Notitie", "Door"], [list(r) for r in m["log"]], [2.5, 11, 3.5]))
    out += parties_blocks(c, m["parties"], shape, scan)
    if m.get("addendum"):
        out.append(("p", m["addendum"]))
    return out


def header_kv(c, extra=()):
    kv = [("Naam leerling", c.name), ("Geboortedatum", d2s(c.dob)), ("School", "%s, %s" % (c.school, c.place)),
          ("Groep/klas", c.groep), (c.mentor_role.capitalize(), c.mentor), (c.ib_role.capitalize(), c.ib),
          ("Ouders/verzorgers", "%s en %s" % (c.moeder, c.vader)), ("Schooljaar", c.schoolyear)]
    return kv + list(extra)


def vast_blocks(doc, heading, lvl=2, as_kv=True):
    cont = C(doc, "vaststelling")
    if cont is None:
        return []
    out = [("h", lvl, heading)] if heading else []
    if as_kv:
        out.append(("kv", cont["kv"]))
    else:
        out.append(("p", cont["text"]))
    return out


def inbreng_blocks(doc, heading, lvl=2):
    return sec(doc, "inbreng_leerling", heading, lvl)


# ---------------------------------------------------------------- L1 swv-genummerd
def L_genummerd(doc):
    c = doc["ctx"]
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", c.swv), ("sub", "Format OPP versie 2025.2")]
    n = [0]

    def H(t):
        n[0] += 1
        return "%d. %s" % (n[0], t)

    b += [("h", 1, H("Gegevens leerling")), ("kv", header_kv(c))]
    parts = [("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing van de uitstroombestemming")]
    for el, t in parts:
        s = sec(doc, el, "", 1)
        if s:
            b += [("h", 1, H(t))] + s[1:]
    fb = sec(doc, "belemmerende_factoren", "Belemmerende factoren", 2)
    fv = sec(doc, "bevorderende_factoren", "Bevorderende factoren", 2)
    if fb or fv:
        b += [("h", 1, H("Belemmerende en bevorderende factoren"))]
        k = n[0]
        if fb:
            fb[0] = ("h", 2, "%d.1 Belemmerende factoren" % k)
        if fv:
            fv[0] = ("h", 2, "%d.%d Bevorderende factoren" % (k, 2 if fb else 1))
        b += fb + fv
    for el, t in [("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
                  ("doelen", "Doelen voor de komende periode"), ("ondersteuning", "Handelingsdeel: te bieden ondersteuning en begeleiding"),
                  ("adviezen_professionals", "Adviezen van deskundigen"), ("inbreng_leerling", "Inbreng van de leerling"),
                  ("oogo", "Overleg met ouders (OOGO)"), ("evaluatie", "Evaluatie")]:
        s = sec(doc, el, "", 1)
        if s:
            b += [("h", 1, H(t))] + s[1:]
    v = vast_blocks(doc, None)
    cb = consent_blocks(doc, "Instemming ouders met het handelingsdeel", 2)
    if v or cb:
        b += [("h", 1, H("Vaststelling en ondertekening"))] + v + cb
    s = sec(doc, "informatie_rechten", "", 1)
    if s:
        b += [("h", 1, H("Informatie over uw rechten"))] + s[1:]
    b.append(("footer", "OPP %s – %s – vertrouwelijk" % (c.name, c.school)))
    return b


# ---------------------------------------------------------------- L2 domeintabel
DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en gezondheid"]


def L_domein(doc):
    c = doc["ctx"]
    b = [("title", "OPP – Ontwikkelingsperspectief"), ("sub", "%s | %s" % (c.school, c.place)),
         ("kv", header_kv(c)[:6] + [("Datum OPP", d2s(c.date))])]
    b.append(("h", 1, "Beeld van de leerling per domein"))
    cb, cv = C(doc, "belemmerende_factoren"), C(doc, "bevorderende_factoren")
    hdr = ["Domein"] + (["Belemmerend"] if cb is not None else []) + (["Bevorderend"] if cv is not None else [])

    def col(cont, i):
        if cont.get("items"):
            it = cont["items"]
            return it[i] if i < len(it) else ""
        if cont.get("text"):
            return cont["text"] if (i == 0 or cont.get("placeholder")) else ""
        return ""
    rows = []
    for i, d in enumerate(DOMAINS):
        r = [d]
        if cb is not None:
            r.append(col(cb, i))
        if cv is not None:
            r.append(col(cv, i))
        rows.append(r)
    b.append(("table", hdr, rows, None))
    b += sec(doc, "ondersteuningsbehoefte", "Onderwijsbehoeften", 2)
    b.append(("h", 1, "Perspectief"))
    kv = []
    for el, t in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")]:
        f = flat(C(doc, el))
        if f is not None:
            kv.append((t, f))
    if kv:
        b.append(("kv", kv))
    b.append(("h", 1, "Handelingsdeel"))
    b += sec(doc, "doelen", "Doelen", 2)
    b += sec(doc, "ondersteuning", "Ondersteuning en begeleiding", 2)
    b += sec(doc, "afwijkingen_onderwijsprogramma", "Afwijkingen van het programma", 2)
    b += sec(doc, "adviezen_professionals", "Adviezen externe deskundigen", 1)
    b.append(("h", 1, "Betrokkenheid ouders en leerling"))
    b += sec(doc, "oogo", "Overleg met ouders", 2)
    b += sec(doc, "inbreng_leerling", "Stem van de leerling", 2)
    b += sec(doc, "evaluatie", "Evaluatiemomenten", 1)
    b += sec(doc, "informatie_rechten", "Niet eens met het plan?", 1)
    b += vast_blocks(doc, "Vaststelling", 1)
    b += consent_blocks(doc, "Handtekeningen", 1)
    b.append(("footer", "Ontwikkelingsperspectief %s – pagina-indeling conform format SWV" % c.first))
    return b


# ---------------------------------------------------------------- L3 groeidocument
def L_groei(doc):
    c = doc["ctx"]
    b = [("title", "Groeidocument"), ("sub", "%s – %s" % (c.name, c.school)), ("sub", c.swv)]
    b += [("h", 1, "1. Gegevens"), ("kv", header_kv(c))]
    b += [("h", 1, "2. Hulpvraag"), ("p", "Hulpvraag school: hoe kunnen wij %s zo begeleiden dat %s tot leren komt en zich veilig voelt in de groep?" % (c.first, c.hij)),
          ("p", "Hulpvraag ouders: ouders willen dat %s met plezier naar school gaat en weet waar %s aan werkt." % (c.first, c.hij))]
    b += inbreng_blocks(doc, "Hulpvraag en mening van de leerling", 2)
    b.append(("h", 1, "3. Beeld van de leerling"))
    cb, cv = C(doc, "belemmerende_factoren"), C(doc, "bevorderende_factoren")
    if cb is not None or cv is not None:
        hdr, cols = [], []
        if cb is not None:
            hdr.append("Belemmerende factoren"); cols.append(flat(cb))
        if cv is not None:
            hdr.append("Bevorderende factoren"); cols.append(flat(cv))
        b.append(("table", hdr, [cols], None))
    b += sec(doc, "ondersteuningsbehoefte", "4. Onderwijsbehoeften", 1)
    b += sec(doc, "adviezen_professionals", "5. Adviezen van betrokken deskundigen", 1)
    b.append(("h", 1, "6. Ontwikkelingsperspectief"))
    b += sec(doc, "uitstroombestemming", "6.1 Verwachte uitstroombestemming", 2)
    b += sec(doc, "onderbouwing", "6.2 Onderbouwing", 2)
    b.append(("h", 1, "7. Handelingsdeel"))
    b += sec(doc, "doelen", "7.1 Doelen", 2)
    b += sec(doc, "ondersteuning", "7.2 Ondersteuning en begeleiding", 2)
    b += sec(doc, "afwijkingen_onderwijsprogramma", "7.3 Afwijkingen van het onderwijsprogramma", 2)
    b += sec(doc, "evaluatie", "7.4 Evaluatie", 2)
    b.append(("h", 1, "8. Betrokkenheid ouders"))
    b += sec(doc, "oogo", "8.1 Gesprekken met ouders", 2)
    b += sec(doc, "informatie_rechten", "8.2 Rechten van ouders", 2)
    b.append(("h", 1, "9. Arrangement"))
    b.append(("p", "Aanvraag arrangement bij het samenwerkingsverband: niet van toepassing; de ondersteuning wordt uit de extra ondersteuning van de school bekostigd."))
    b += vast_blocks(doc, "10. Vaststelling", 1)
    b += consent_blocks(doc, "11. Ondertekening handelingsdeel", 1)
    b.append(("footer", "Groeidocument %s | versie %s" % (c.name, d2s(c.date))))
    return b


# ---------------------------------------------------------------- L4 beknopt (form)
def L_beknopt(doc):
    c = doc["ctx"]
    ph = doc.get("wordph")  # render placeholder values as Word content-control placeholders
    b = [("title", "Beknopt OPP"), ("sub", "%s – %s" % (c.school, c.place))]
    kv = [("Naam leerling", c.name), ("Geboortedatum", d2s(c.dob)), ("Groep/klas", c.groep)]
    b.append(("kv", kv))
    rows = []
    for el, t in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                  ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                  ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
                  ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf)"),
                  ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
                  ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie")]:
        cont = C(doc, el)
        if cont is None:
            continue
        f = flat(cont)
        if ph and cont.get("placeholder") and f == "Klik of tik om tekst in te voeren.":
            f = ("ph", f)
        rows.append((t, f))
    b.append(("kv", rows))
    b += vast_blocks(doc, "Vaststelling", 2)
    b += sec(doc, "informatie_rechten", "Uw rechten", 2)
    b += consent_blocks(doc, "Instemming handelingsdeel", 2)
    return b


# ---------------------------------------------------------------- L5 vraagkoppen
def L_vragen(doc):
    c = doc["ctx"]
    f = c.first
    b = [("title", "Het plan van %s" % f), ("sub", "Ontwikkelingsperspectief – %s, schooljaar %s" % (c.school, c.schoolyear)),
         ("p", "%s, geboren %s, %s. Ouders: %s en %s." % (c.name, d2s(c.dob), c.groep, c.moeder, c.vader))]
    Q = [("uitstroombestemming", "Waar gaat %s na deze school naartoe?" % f), ("onderbouwing", "Waarom verwachten we dat?"),
         ("belemmerende_factoren", "Wat maakt leren moeilijk voor %s?" % f), ("bevorderende_factoren", "Wat helpt %s?" % f),
         ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % f), ("doelen", "Wat willen we bereiken?"),
         ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het programma af van dat van de klas?"),
         ("adviezen_professionals", "Wat adviseren deskundigen?"), ("inbreng_leerling", "Wat vindt %s zelf?" % f),
         ("oogo", "Hoe hebben we met u als ouders overlegd?"), ("evaluatie", "Wanneer kijken we samen terug?"),
         ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")]
    for el, q in Q:
        b += sec(doc, el, q, 2)
    vc = C(doc, "vaststelling")
    if vc is not None:
        b += [("h", 2, "Wie heeft het plan vastgesteld en wanneer?"), ("p", vc["text"])]
    b += consent_blocks(doc, "Gaat u akkoord met het handelingsdeel?", 2)
    return b


# ---------------------------------------------------------------- L6 brief
def L_brief(doc):
    c = doc["ctx"]
    b = [("title", c.school), ("sub", "Postbus %d, %s | t 0%d-%d" % (100 + hash_s(c.school) % 800, c.place, 30 + hash_s(c.place) % 60, 1000000 + hash_s(c.name) % 8999999)),
         ("p", "Aan de ouders/verzorgers van %s" % c.name), ("p", "%s, %s" % (c.place, d2long(c.date))),
         ("p", "Betreft: ontwikkelingsperspectief van %s" % c.first), ("p", "Beste ouders/verzorgers,")]
    oc = C(doc, "oogo")
    if oc is not None:
        if doc["v"]["oogo"] in ("date", "notes", "table", "log", "adult"):
            b.append(("p", "Hartelijk dank voor het gesprek dat wij op %s met u (%s en %s) hadden over %s, samen met %s (%s). In deze brief leest u het ontwikkelingsperspectief zoals wij dat samen hebben besproken." % (
                d2s(c.oogo_date), c.moeder, c.vader, c.first, c.ib, c.ib_role)))
        else:
            b.append(("p", flat(oc) or ""))
    def para(el, lead):
        cont = C(doc, el)
        if cont is None:
            return []
        out = [("h", 3, lead)]
        return out + content_blocks(cont)
    b += para("uitstroombestemming", "Wat verwachten wij?")
    b += para("onderbouwing", "Waarop baseren wij dat?")
    b += para("belemmerende_factoren", "Wat maakt het voor %s moeilijk?" % c.first)
    b += para("bevorderende_factoren", "Waar is %s sterk in?" % c.first)
    b += para("ondersteuningsbehoefte", "Wat heeft %s nodig?" % c.first)
    b += para("adviezen_professionals", "Adviezen van deskundigen")
    b += para("doelen", "Doelen")
    b += para("ondersteuning", "De ondersteuning (handelingsdeel)")
    b += para("afwijkingen_onderwijsprogramma", "Afwijkingen van het lesprogramma")
    b += para("inbreng_leerling", "Wat %s er zelf van vindt" % c.first)
    b += para("evaluatie", "Hoe verder?")
    b += para("informatie_rechten", "Uw rechten")
    vc = C(doc, "vaststelling")
    b.append(("p", "Met vriendelijke groet,"))
    if vc is not None:
        b.append(("p", vc["text"]))
    b.append(("p", "%s, directeur" % c.dir))
    b.append(("hr",))
    b += consent_blocks(doc, "Antwoordstrook – instemming handelingsdeel (graag binnen twee weken retour)", 2)
    return b


# ---------------------------------------------------------------- L7 systeemexport
def L_export(doc):
    c = doc["ctx"]
    b = [("title", "Leerlingzicht | Export: Ontwikkelingsperspectief"),
         ("pi", "Leerling: %s (lln.nr. %d)    Groep: %s    Schooljaar: %s" % (c.name, 40000 + hash_s(c.name) % 9999, c.groep, c.schoolyear)),
         ("pi", "Status OPP: %s" % ("concept" if doc["v"]["vaststelling"] == "concept" else "definitief")),
         ("kv", [("Geboortedatum", d2s(c.dob)), ("School", c.school), (c.ib_role.capitalize(), c.ib), ("Datum document", d2s(c.date))])]
    fields = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom"),
              ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen handelingsdeel"),
              ("ondersteuning", "Ondersteuning/begeleiding"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
              ("adviezen_professionals", "Advies externen"), ("inbreng_leerling", "Inbreng leerling (hoorrecht)"),
              ("evaluatie", "Evaluatie")]
    for el, t in fields:
        cont = C(doc, el)
        if cont is None:
            continue
        b.append(("h", 3, "[%s]" % t))
        b += content_blocks(cont)
    oc = C(doc, "oogo")
    if oc is not None:
        b.append(("h", 3, "[Contactmomenten ouders]"))
        if oc.get("log"):
            b += content_blocks(oc)
        elif oc.get("kv"):
            b.append(("kv", oc["kv"]))
    vc = C(doc, "vaststelling")
    if vc is not None:
        b += [("h", 3, "[Vaststelling]"), ("kv", vc["kv"])]
    rc = C(doc, "informatie_rechten")
    if rc is not None:
        b += [("h", 3, "[Informatie ouders]")] + content_blocks(rc)
    b += consent_blocks(doc, "[Instemming handelingsdeel]", 3)
    b.append(("footer", "Afgedrukt uit Leerlingzicht 8.4 door %s op %s – vertrouwelijk" % (c.ib, d2s(c.sig_date2 + dt.timedelta(days=3)))))
    return b


# ---------------------------------------------------------------- L8 vso/so profielformat
def L_profiel(doc):
    c = doc["ctx"]
    b = [("title", "Ontwikkelingsperspectief %s" % ("VSO" if c.type == "vso" else "SO")),
         ("sub", "%s – Expertisecentrum %s" % (c.school, c.place)), ("kv", header_kv(c, [("Leeftijd bij vaststelling", "%d jaar" % c.age)]))]
    if c.spec.get("adult"):
        b.append(("p", "%s is meerderjarig (18+) en handelingsbekwaam; %s is zelf gesprekspartner en ondertekent het plan." % (c.first, c.hij)))
    if c.spec.get("curatele"):
        b.append(("p", "%s is meerderjarig en staat onder curatele; de curator is wettelijk vertegenwoordiger." % c.first))
    b += sec(doc, "uitstroombestemming", "A. Uitstroomprofiel en uitstroombestemming", 1)
    b += sec(doc, "onderbouwing", "B. Onderbouwing", 1)
    b.append(("h", 1, "C. Belemmerende en bevorderende factoren"))
    b += sec(doc, "belemmerende_factoren", "Belemmerende factoren", 2)
    b += sec(doc, "bevorderende_factoren", "Bevorderende / beschermende factoren", 2)
    b += sec(doc, "ondersteuningsbehoefte", "D. Ondersteuningsbehoeften", 1)
    b += sec(doc, "adviezen_professionals", "E. Advies commissie voor de begeleiding en deskundigen", 1)
    b.append(("h", 1, "F. Handelingsdeel"))
    b += sec(doc, "doelen", "Leerdoelen en transitiedoelen", 2)
    b += sec(doc, "ondersteuning", "Begeleiding, zorg en behandeling", 2)
    b += sec(doc, "afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", 2)
    b += sec(doc, "inbreng_leerling", "G. Inbreng van de leerling", 1)
    b += sec(doc, "oogo", "H. Op overeenstemming gericht overleg", 1)
    b += sec(doc, "evaluatie", "I. Evaluatie", 1)
    b += sec(doc, "informatie_rechten", "J. Instemmingsrecht en bezwaar", 1)
    b += vast_blocks(doc, "K. Vaststelling", 1)
    b += consent_blocks(doc, "L. Ondertekening", 1)
    b.append(("footer", "OPP %s – %s – pagina-indeling format Expertisecentrum" % (c.name, c.school)))
    return b


# ---------------------------------------------------------------- L9 deel A / deel B
def L_delen(doc):
    c = doc["ctx"]
    b = [("title", "Ontwikkelingsperspectiefplan"), ("sub", "%s – %s" % (c.school, c.swv)), ("kv", header_kv(c))]
    b.append(("h", 1, "Deel A – Ontwikkelingsperspectief"))
    b += sec(doc, "uitstroombestemming", "A1 Uitstroombestemming", 2)
    b += sec(doc, "onderbouwing", "A2 Onderbouwing", 2)
    b += sec(doc, "belemmerende_factoren", "A3 Belemmerende factoren", 2)
    b += sec(doc, "bevorderende_factoren", "A4 Bevorderende factoren", 2)
    b += sec(doc, "ondersteuningsbehoefte", "A5 Onderwijs- en ondersteuningsbehoeften", 2)
    b += sec(doc, "adviezen_professionals", "A6 Adviezen deskundigen", 2)
    b += sec(doc, "inbreng_leerling", "A7 Inbreng leerling", 2)
    b += sec(doc, "oogo", "A8 Overleg met ouders", 2)
    b.append(("h", 1, "Deel B – Handelingsdeel"))
    b += sec(doc, "doelen", "B1 Doelen", 2)
    b += sec(doc, "ondersteuning", "B2 Ondersteuning", 2)
    b += sec(doc, "afwijkingen_onderwijsprogramma", "B3 Afwijkingen onderwijsprogramma", 2)
    b += sec(doc, "evaluatie", "B4 Evaluatie", 2)
    b.append(("h", 1, "Deel C – Vaststelling, instemming en rechten"))
    b += vast_blocks(doc, "C1 Vaststelling", 2)
    b += sec(doc, "informatie_rechten", "C2 Rechten van ouders", 2)
    b += consent_blocks(doc, "C3 Ondertekening", 2)
    b.append(("footer", "OPP deel A/B/C – %s" % c.name))
    return b


# ---------------------------------------------------------------- L10 pro-ontwikkelingsplan
COMP = ["Werknemersvaardigheden", "Nederlands en rekenen", "Zelfstandigheid", "Sociale vaardigheden"]


def L_pro(doc):
    c = doc["ctx"]
    b = [("title", "Individueel Ontwikkelingsplan (IOP) / OPP"), ("sub", "%s – leerroute %s" % (c.school, c.groep)),
         ("kv", header_kv(c)[:7] + [("Stagebegeleider", c.extra)])]
    b += sec(doc, "uitstroombestemming", "Uitstroom: waar werk ik naartoe?", 1)
    b += sec(doc, "onderbouwing", "Waarom deze uitstroom?", 1)
    cb, cv, cd = C(doc, "belemmerende_factoren"), C(doc, "bevorderende_factoren"), C(doc, "doelen")
    hdr = ["Competentie"]
    cols = []
    for cont, t in [(cv, "Sterk (bevorderend)"), (cb, "Aandachtspunt (belemmerend)"), (cd, "Doel komende periode")]:
        if cont is not None:
            hdr.append(t); cols.append(cont)
    rows = []
    for i, comp in enumerate(COMP):
        r = [comp]
        for cont in cols:
            if cont.get("items"):
                r.append(cont["items"][i] if i < len(cont["items"]) else "")
            else:
                r.append(cont.get("text", "") if i == 0 else "")
        rows.append(r)
    b += [("h", 1, "Competenties"), ("table", hdr, rows, None)]
    b += sec(doc, "ondersteuningsbehoefte", "Wat heb ik nodig?", 1)
    b += sec(doc, "ondersteuning", "Begeleiding (handelingsdeel)", 1)
    b += sec(doc, "afwijkingen_onderwijsprogramma", "Afwijkend programma", 1)
    b += sec(doc, "adviezen_professionals", "Adviezen", 1)
    b += sec(doc, "inbreng_leerling", "Mijn mening (leerling)", 1)
    b += sec(doc, "oogo", "Gesprek met ouders", 1)
    b += sec(doc, "evaluatie", "Evaluatie", 1)
    b += sec(doc, "informatie_rechten", "Informatie voor ouders", 1)
    b += vast_blocks(doc, "Vaststelling", 1)
    b += consent_blocks(doc, "Handtekeningen", 1)
    b.append(("footer", "IOP/OPP %s – %s" % (c.name, c.school)))
    return b


LAYOUTS = {"swv-genummerd": L_genummerd, "domeintabel": L_domein, "groeidocument": L_groei, "beknopt-opp": L_beknopt,
           "vraagkoppen": L_vragen, "brief": L_brief, "systeemexport": L_export, "so-vso-profiel": L_profiel,
           "deel-a-b-c": L_delen, "pro-iop": L_pro}
