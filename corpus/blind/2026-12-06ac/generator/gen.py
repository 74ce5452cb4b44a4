#!/usr/bin/env python3
"""Deterministic generator for blind set 2026-12-06ac. No clock, fixed seeds. Run with the venv python."""
import os, sys, json, random, shutil, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reportlab.rl_config
reportlab.rl_config.invariant = 1
from content import *
import writers as W

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
       "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
       "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]

CONSENT = {  # variant -> status
    "sig": "present", "sentence": "present", "email": "present", "phone": "present", "slip": "present", "portal": "present",
    "adult_self": "present", "curator": "present",
    "gezien": "incomplete", "protest": "incomplete", "refused": "incomplete", "partial": "incomplete", "schoolonly": "incomplete",
    "blank": "incomplete", "unticked": "incomplete", "nodate": "incomplete", "informed": "incomplete", "silent": "incomplete",
    "pupil_curatele": "incomplete", "parents_for_adult": "incomplete", "oldversion": "incomplete", "ack_email": "incomplete",
    "later": "incomplete", "receipt": "incomplete",
    "M": "missing", "avg": "missing",
}

INSTR = {
    "uitstroombestemming": "[Beschrijf hier de te verwachten uitstroombestemming van de leerling.]",
    "onderbouwing": "[Onderbouw hier de uitstroombestemming met toetsgegevens, intelligentiegegevens en de schoolloopbaan. Verwijs naar het LVS.]",
    "belemmerende_factoren": "[Noem hier per domein de factoren die de ontwikkeling belemmeren.]",
    "bevorderende_factoren": "[Noem hier per domein de factoren die de ontwikkeling bevorderen.]",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften: deze leerling heeft ... nodig.]",
    "ondersteuning": "[Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "[Beschrijf eventuele afwijkingen van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepaste lestijd). Indien niet van toepassing: vermeld dit.]",
    "doelen": "[Formuleer SMART-doelen voor de komende periode.]",
    "adviezen_professionals": "[Vermeld de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg invullen.]",
    "inbreng_leerling": "[Beschrijf hier de mening van de leerling en wat daarmee is gedaan.]",
    "evaluatie": "[Data evaluatiemomenten invullen.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen invoegen.]",
    "vaststelling": "[Datum vaststelling en naam directeur invullen.]",
}
REF = {
    "uitstroombestemming": "Zie bijlage 1 (groeidocument).", "onderbouwing": "Zie het toetsoverzicht in het leerlingvolgsysteem.",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.", "bevorderende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "ondersteuningsbehoefte": "Zie het groeidocument.", "ondersteuning": "Zie het groepsplan rekenen en lezen.",
    "afwijkingen_onderwijsprogramma": "Zie leerlijn in het LVS.", "doelen": "Zie handelingsplan (bijlage 2).",
    "adviezen_professionals": "Zie het verslag van de orthopedagoog (bijlage 3).", "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het leerlinggesprek in het LVS.", "evaluatie": "Zie de jaarplanning van het ondersteuningsteam.",
    "informatie_rechten": "Zie de schoolgids, hoofdstuk 7 (klachtenregeling).", "vaststelling": "Zie het dossier.",
}
GENERIC = {
    "ondersteuning": "Alle leerlingen krijgen bij ons les volgens het directe-instructiemodel, in drie niveaugroepen. De school biedt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel.",
    "ondersteuningsbehoefte": "Leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke instructie en een leerkracht die hen ziet.",
    "belemmerende_factoren": "Bij leerlingen op onze school spelen vaak leer- en gedragsproblemen een rol; de groepen zijn klein om daar rekening mee te houden.",
    "bevorderende_factoren": "Onze leerlingen zijn gemotiveerd als ze succes ervaren en zich veilig voelen.",
    "doelen": "De school werkt met de doelen van de methode en de referentieniveaus.",
    "evaluatie": "Alle ontwikkelingsperspectieven worden eenmaal per jaar door het ondersteuningsteam bekeken.",
    "adviezen_professionals": "Waar nodig vraagt de school advies aan deskundigen van het samenwerkingsverband.",
}


class Doc:
    def __init__(self, **k):
        self.__dict__.update(dict(v={}, consent="sig", revised=None, adult=False, curatele=False, prof=None,
                                  scan=False, flags=(), kind="opp", note="", school_type=None, changes=None))
        self.__dict__.update(k)
        self.school_type = self.school_type or self.st

    @property
    def last(self):
        return self.revised or self.date


def fmtp(s, d):
    m = d.gender == "m"
    return s.format(n=d.name, hij="hij" if m else "zij", Hij="Hij" if m else "Zij", zijn="zijn" if m else "haar",
                    hem="hem" if m else "haar", swv=SWV)


def status(d, el):
    if d.kind != "opp":
        return d.fixed.get(el, "missing")
    v = d.v.get(el, "P")
    if el == "inbreng_leerling" and (not after_law(d.last) or d.adult):
        return "not_applicable"
    if el == "instemming_ouders":
        return CONSENT[d.consent]
    if v == "M":
        return "missing"
    if el == "afwijkingen_onderwijsprogramma" and (v == "NA" or (v == "P" and d.P.get("afw_is_none"))):
        return "not_applicable"
    return "present" if v == "P" else "incomplete"


# ------------------------------------------------------------------ element bodies
def body(d, el):
    """List of blocks for the element body, or None if the element is left out."""
    P = d.P
    v = d.v.get(el, "P")
    f = lambda s: fmtp(s, d)
    if el == "inbreng_leerling" and (not after_law(d.last) or d.adult):
        return None
    if v == "M":
        return None
    if v == "empty":
        return []
    if v.startswith("ph:"):
        return [("p", v[3:])]
    if v == "instr":
        return [("p", INSTR[el], "i")]
    if v == "ref":
        return [("p", REF[el])]
    if v.startswith("ref:"):
        return [("p", v[4:])]
    if v == "generic":
        return [("p", f(GENERIC[el]))]
    if el == "uitstroombestemming":
        if v == "untick":
            return [("checks", [(o, False) for o in P["uitstroom_opts"]])]
        if v == "P" and "ticks" in d.flags:
            return [("checks", [(o, i in P["uitstroom_tick"]) for i, o in enumerate(P["uitstroom_opts"])]), ("p", f("Toelichting: " + P["uitstroom"] + "."))]
        return [("p", f(P["uitstroom"][0].upper() + P["uitstroom"][1:] + "."))]
    if el == "onderbouwing":
        return [("p", f(P["onderbouwing"]))]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        src = P["bel"] if el.startswith("bel") else P["bev"]
        return [("bullets", [f("%s: %s" % (k, x)) for k, x in src.items()])]
    if el == "ondersteuningsbehoefte":
        return [("p", f(P["behoefte"]))]
    if el == "ondersteuning":
        if v == "vague":
            return [("p", f("Extra hulp bij rekenen en lezen. Waar nodig begeleiding."))]
        t = P["ondersteuning"]
        if "reduced" in d.flags:
            t += " {n} heeft een aangepast rooster: op woensdag en vrijdag gaat {hij} om 12.00 uur naar huis."
        return [("p", f(t))]
    if el == "afwijkingen_onderwijsprogramma":
        if v == "NA":
            return [("p", f("Geen. {n} volgt het reguliere programma van de groep."))]
        if v == "nvt":
            return [("p", "n.v.t.")]
        return [("p", f(P["afw"]))]
    if el == "doelen":
        if v == "vague":
            return [("bullets", [f(x) for x in P["doelen_vague"]])]
        if v == "template":
            return [("bullets", ["[doel 1]", "[doel 2]", "[doel 3]"])]
        return [("bullets", [f(x) for x in P["doelen"]])]
    if el == "adviezen_professionals":
        if v == "nocvb":
            return [("p", f(P["advies_nocvb"]))]
        return [("p", f(P["advies"]))]
    if el == "inbreng_leerling":
        if v == "noeffect":
            return [("p", f(P["view"]))]
        if v == "heard":
            return [("p", f("{n} is gehoord."))]
        return [("p", f(P["view"] + " " + P["effect"]))]
    if el == "oogo":
        od = dlong(add_days(d.date, -8))
        who = d.parents_txt
        if v == "planned":
            return [("p", f("Wij nodigen u binnenkort uit voor een gesprek over dit plan. De datum volgt."))]
        if d.adult:
            return [("p", f("Het plan is op %s besproken met {n} zelf (meerderjarig), in aanwezigheid van %s, de mentor (%s) en de orthopedagoog." % (od, who, d.mentor)))]
        if after_law(d.last) and d.v.get("inbreng_leerling", "P") != "M":
            return [("p", f("Het plan is op %s besproken met %s, {n}, de %s (%s) en de intern begeleider (%s). Ouders konden hun wensen inbrengen; die zijn verwerkt in de ondersteuning." % (od, who, d.mentor_role, d.mentor, d.ib)))]
        extra = ""
        return [("p", f("Het plan is op %s besproken met %s, de %s (%s) en de intern begeleider (%s)%s. Ouders konden hun wensen inbrengen; die zijn verwerkt in de ondersteuning." % (od, who, d.mentor_role, d.mentor, d.ib, extra)))]
    if el == "evaluatie":
        e1, e2 = eval_dates(d.last)
        if v == "vague":
            return [("p", "Het plan wordt regelmatig bekeken.")]
        with_ = ("jou" if d.adult else ("u en {n}" if after_law(d.last) else "u"))
        return [("p", f("We evalueren dit plan met %s in %s (tussenevaluatie) en in %s (jaarevaluatie). We kijken dan of de doelen zijn gehaald en passen het plan zo nodig aan." % (with_, e1, e2)))]
    if el == "informatie_rechten":
        if v == "schoolonly":
            return [("p", f("Heeft u vragen over dit plan? Neem dan contact op met de %s." % d.mentor_role))]
        return [("p", f(RIGHTS_ADULT if d.adult else RIGHTS))]
    if el == "vaststelling":
        if v == "concept":
            return [("p", "CONCEPT - nog niet vastgesteld.")]
        return [("p", "Vastgesteld op %s door %s, directeur." % (dlong(d.date), d.director))]
    raise KeyError(el)


def eval_dates(dt):
    y, m, _ = dt
    if m >= 8:
        return "februari %d" % (y + 1), "juni %d" % (y + 1)
    if m <= 3:
        return "juni %d" % y, "januari %d" % (y + 1)
    return "oktober %d" % y, "maart %d" % (y + 1)


def sigimg(d, who):
    if d.fmt == "txt":
        return None
    p = os.path.join(d.tmp, "sig_%s_%s.png" % (d.id, who))
    W.scribble(p, hash_seed(d.id + who))
    return p


def hash_seed(s):
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def consent_blocks(d):
    """Blocks for the consent part (without heading). Also returns whether a drawn signature is used."""
    c = d.consent
    f = lambda s: fmtp(s, d)
    cd = add_days(d.last, 6)
    cds, cdl = dnum(cd), dlong(cd)
    par = d.parent_sign
    drawn = False
    out = []
    akk = "Ik/wij ga(an) akkoord met het handelingsdeel van dit OPP"
    nak = "Ik/wij ga(an) niet akkoord met het handelingsdeel van dit OPP"
    school = ("Namens de school", "%s, directeur, %s" % (d.director, dnum(d.date)), None)

    def signed(name, date, label="Handtekening ouder(s)/verzorger(s)"):
        nonlocal drawn
        img = sigimg(d, "p")
        if img:
            drawn = True
            return (label, "%s   datum: %s" % (name, date) if date else name, img)
        return (label, "w.g. %s   datum: %s" % (name, date) if date else "w.g. %s" % name, None)

    if c in ("M", "avg"):
        return [], False
    if c == "sig":
        out = [("checks", [(akk, True), (nak, False)]), ("sig", [signed(par, cds), school])]
    elif c == "sentence":
        out = [("p", f("Op %s hebben %s in het gesprek met de intern begeleider ingestemd met het handelingsdeel van dit plan (de ondersteuning onder 'handelingsdeel'). De intern begeleider heeft dit dezelfde dag vastgelegd in het dossier." % (cdl, par)))]
    elif c == "email":
        out = [("p", f("Instemming ontvangen per e-mail van %s op %s, 20:14 uur:" % (par, cdl))),
               ("p", f("'Beste %s, dank voor het gesprek van vorige week. Wij hebben het OPP van {n} gelezen en gaan akkoord met het handelingsdeel, ook met de extra begeleiding. Met vriendelijke groet, %s'" % (d.ib, par)), "i")]
    elif c == "phone":
        out = [("p", f("Telefonische instemming: op %s heeft %s de intern begeleider gebeld en laten weten in te stemmen met het handelingsdeel van dit OPP. Genoteerd door %s (intern begeleider) op %s. Ouders hebben een kopie van deze notitie per post ontvangen." % (cdl, par, d.ib, cds)))]
    elif c == "portal":
        out = [("p", f("Instemming handelingsdeel: akkoord - digitaal ondertekend door %s via het ouderportaal op %s om 19:42 uur." % (par, cds)))]
    elif c == "slip":
        out = [("p", "- - - - - - - - - - - - - - - hier afknippen - - - - - - - - - - - - - - -"),
               ("p", f("Antwoordstrook OPP {n} (graag ingevuld terug naar school)")),
               ("checks", [("Ik ga akkoord met het handelingsdeel van het OPP", True), ("Ik ga niet akkoord en wil graag een gesprek", False)]),
               ("sig", [signed(par, cds, "Handtekening ouder")])]
    elif c == "adult_self":
        img = sigimg(d, "l"); drawn = bool(img)
        out = [("checks", [("Ik ga akkoord met het handelingsdeel van mijn OPP", True), ("Ik ga niet akkoord", False)]),
               ("sig", [("Handtekening leerling (meerderjarig)", "%s   datum: %s" % (d.fullname, cds) if img else "w.g. %s   datum: %s" % (d.fullname, cds), img), school])]
    elif c == "curator":
        out = [("p", f("{n} is meerderjarig en staat onder curatele; %s is curator en beslist namens {hem}." % d.curator)),
               ("checks", [(akk, True), (nak, False)]), ("sig", [signed(d.curator + " (curator)", cds, "Handtekening curator"), school])]
    elif c == "gezien":
        out = [("sig", [signed(par + " - voor gezien", cds), school])]
    elif c == "protest":
        out = [("checks", [(akk, True), (nak, False)]), ("sig", [signed(par, cds), school]),
               ("p", "Opmerking ouders: 'Getekend onder protest. Wij vinden dat de extra begeleiding te laat start en willen hierover een gesprek met de directie.'")]
    elif c == "refused":
        out = [("checks", [(akk, False), (nak, True)]), ("sig", [signed(par, cds), school]),
               ("p", "Toelichting ouders: wij willen niet dat ons kind buiten de klas les krijgt.")]
    elif c == "partial":
        out = [("checks", [(akk, True), (nak, False)]), ("sig", [signed(par, cds), school]),
               ("p", "Opmerking ouders: 'Akkoord met het plan, behalve met de begeleiding buiten de klas; daarmee gaan wij niet akkoord.'")]
    elif c == "schoolonly":
        out = [("sig", [school, ("Handtekening ouder(s)/verzorger(s)", "", None), ("Datum", "", None)])]
    elif c == "blank":
        out = [("checks", [(akk, False), (nak, False)]), ("sig", [("Handtekening ouder(s)/verzorger(s)", "", None), ("Datum", "", None), school])]
    elif c == "unticked":
        img = sigimg(d, "p"); drawn = bool(img)
        out = [("checks", [(akk, False), (nak, False)]),
               ("sig", [("Handtekening ouder(s)/verzorger(s)", "%s   datum: %s" % (par, cds) if img else "w.g. %s   datum: %s" % (par, cds), img), school]),
               ("p", "Alleen ondertekenen is niet voldoende: kruis aan of u akkoord gaat.", "i")]
    elif c == "nodate":
        out = [("checks", [(akk, True), (nak, False)]), ("sig", [signed(par, ""), ("Datum", "", None), school])]
    elif c == "informed":
        out = [("p", f("Ouders zijn op %s geïnformeerd over de inhoud van dit OPP en hebben een exemplaar meegekregen." % cdl))]
    elif c == "receipt":
        out = [("sig", [signed(par + " (voor ontvangst)", cds), school])]
    elif c == "silent":
        out = [("p", f("Als wij binnen twee weken na het gesprek niets van u horen, gaan wij ervan uit dat u akkoord bent met het handelingsdeel."))]
    elif c == "pupil_curatele":
        img = sigimg(d, "l"); drawn = bool(img)
        out = [("p", f("Bijzonderheden: {n} is 18 jaar en staat onder curatele; curator is %s." % d.curator)),
               ("p", f("{n} heeft het plan zelf getekend voor akkoord.")),
               ("checks", [("Ik ga akkoord met het handelingsdeel", True)]),
               ("sig", [("Handtekening leerling", "%s   datum: %s" % (d.fullname, cds) if img else "w.g. %s   datum: %s" % (d.fullname, cds), img), school])]
    elif c == "parents_for_adult":
        out = [("checks", [(akk, True), (nak, False)]), ("sig", [signed(par, cds), school])]
    elif c == "oldversion":
        od = dnum(add_days(d.date, 6))
        out = [("p", "Ouders hebben ingestemd met het handelingsdeel van versie 1 (getekend op %s). Versie 2 wordt bij de volgende evaluatie met ouders besproken." % od)]
    elif c == "ack_email":
        out = [("p", "Reactie van ouders per e-mail (%s):" % cdl),
               ("p", f("'Dank voor het toesturen van het OPP van {n}. We hebben het ontvangen en lezen het rustig door. Groet, %s'" % par), "i")]
    elif c == "later":
        out = [("p", f("Moeder geeft aan het eens te zijn met het plan, maar wil eerst nog met vader overleggen. Zij tekent later."))]
    else:
        raise KeyError(c)
    return out, drawn


# ------------------------------------------------------------------ layouts
def personalia(d):
    return [["Naam leerling", d.fullname], ["Geboortedatum", dnum(d.dob)], ["School", "%s, %s" % (d.school, d.place)],
            ["Groep/klas", d.P["grade"]], ["%s" % d.mentor_role.capitalize(), d.mentor], ["Intern begeleider / zorgcoördinator", d.ib]]


def std_sections(d, labels, consent_label, ordering=None):
    """(label, blocks) for each element in a standard order; None bodies are skipped."""
    order = ordering or ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                         "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma",
                         "adviezen_professionals", "inbreng_leerling", "oogo", "evaluatie", "instemming_ouders",
                         "informatie_rechten", "vaststelling"]
    out = []
    for el in order:
        if el == "instemming_ouders":
            cb, dr = consent_blocks(d)
            d.drawn = d.drawn or dr
            if d.consent not in ("M", "avg"):
                out.append((consent_label, cb, el))
            continue
        b = body(d, el)
        if b is None:
            continue
        out.append((labels[el], b, el))
    return out


LAB_NUM = {"uitstroombestemming": "Te verwachten uitstroombestemming", "onderbouwing": "Onderbouwing van de uitstroombestemming",
           "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
           "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften", "doelen": "Doelen voor de komende periode",
           "ondersteuning": "Handelingsdeel: ondersteuning en begeleiding", "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
           "adviezen_professionals": "Adviezen van deskundigen", "inbreng_leerling": "Inbreng van de leerling",
           "oogo": "Op overeenstemming gericht overleg met ouders", "evaluatie": "Evaluatie", "informatie_rechten": "Uw rechten als ouder",
           "vaststelling": "Vaststelling"}


def avg_block(d):
    img = sigimg(d, "avg")
    d.drawn = d.drawn or bool(img)
    return [("h", 2, "Toestemming gegevensuitwisseling (AVG)"),
            ("p", fmtp("Ouders geven toestemming om gegevens van {n} te delen met het samenwerkingsverband en de jeugdarts.", d)),
            ("checks", [("Ja, ik geef toestemming", True), ("Nee", False)]),
            ("sig", [("Handtekening ouder", "%s   datum: %s" % (d.parent_sign, dnum(add_days(d.date, 3))) if img else "w.g. %s   datum: %s" % (d.parent_sign, dnum(add_days(d.date, 3))), img)])]


def L_numbered(d):
    bl = [("p", SWV.upper()), ("title", "Ontwikkelingsperspectiefplan (OPP)"), ("table", personalia(d), {"labelcol": 1, "widths": [6, 10.5]})]
    i = 1
    for lab, b, el in std_sections(d, LAB_NUM, "Instemming met het handelingsdeel"):
        bl.append(("h", 1, "%d. %s" % (i, lab))); i += 1
        bl += b
    if d.consent == "avg":
        bl += avg_block(d)
    return bl, {"footer": "OPP %s - format %s, versie 2024-2" % (d.fullname, SWV), "color": "#2a5d34"}


def L_twocol(d):
    cc = "cc" in d.flags
    bl = [("title", "OPP - %s" % d.school), ("table", personalia(d), {"labelcol": 1, "widths": [6, 10.5]})]
    rows = [["Onderdeel", "Inhoud"]]
    for lab, b, el in std_sections(d, LAB_NUM, "Instemming ouders"):
        if el == "instemming_ouders":
            continue
        if cc and el == "uitstroombestemming" and b and b[0][0] == "checks":
            rows.append([lab, ("ccchecks", b[0][1])]); continue
        rows.append([lab, blocks_text(b)])
    bl.append(("table", rows, {"header": 1, "labelcol": 1, "widths": [5, 11.5]}))
    cb, dr = consent_blocks(d)
    d.drawn = d.drawn or dr
    if d.consent not in ("M", "avg"):
        bl.append(("h", 2, "Instemming ouders met het handelingsdeel"))
        for b in cb:
            if b[0] == "checks" and cc:
                bl.append(("checks", b[1], True))
            else:
                bl.append(b)
    if d.consent == "avg":
        bl += avg_block(d)
    return bl, {"footer": "%s - OPP %s" % (d.school, d.fullname)}


def blocks_text(bs):
    out = []
    for b in bs:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "bullets":
            out += ["- " + x for x in b[1]]
        elif b[0] == "checks":
            out += ["%s %s" % (W.BOX[t], l) for l, t in b[1]]
    return "\n".join(out)


def L_domain(d):
    bl = [("title", "Ontwikkelingsperspectief %s" % d.name), ("p", "%s - %s" % (d.school, d.place)),
          ("table", personalia(d), {"labelcol": 1, "widths": [6, 10.5]})]
    secs = std_sections(d, LAB_NUM, "Instemming")
    vb, vv = d.v.get("belemmerende_factoren", "P"), d.v.get("bevorderende_factoren", "P")
    doms = list(d.P["bel"].keys())

    def col(v, src):
        if v == "empty":
            return ["" for _ in doms]
        if v.startswith("ph:"):
            return [v[3:] for _ in doms]
        if v in ("ref",) or v.startswith("ref:"):
            return [REF["belemmerende_factoren"] if v == "ref" else v[4:] for _ in doms]
        if v == "dash":
            return ["-" for _ in doms]
        return [fmtp(src[k], d) for k in doms]
    head = ["Domein"]
    cols = []
    if vb != "M":
        head.append("Belemmerend"); cols.append(col(vb, d.P["bel"]))
    if vv != "M":
        head.append("Bevorderend"); cols.append(col(vv, d.P["bev"]))
    done = False
    for lab, b, el in secs:
        if el in ("belemmerende_factoren", "bevorderende_factoren"):
            if not done:
                bl.append(("h", 1, "Factoren per domein"))
                rows = [head] + [[dm] + [c[i] for c in cols] for i, dm in enumerate(doms)]
                bl.append(("table", rows, {"header": 1, "widths": [3.5] + [13.0 / len(cols)] * len(cols)}))
                done = True
            continue
        bl.append(("h", 1, lab))
        bl += b
    return bl, {"footer": "Vertrouwelijk - %s" % d.school, "color": "#6b2d5c"}


def L_letter(d):
    f = lambda s: fmtp(s, d)
    P = d.P
    ld = d.last if d.consent in ("slip", "blank", "unticked", "refused", "M", "avg", "silent") else add_days(d.last, 8)
    bl = [("p", "%s\n%s" % (d.school, d.place)), ("p", "%s, %s" % (d.place, dlong(ld))),
          ("p", "Aan %s" % ("%s" % d.fullname if d.adult else "de ouders/verzorgers van %s" % d.fullname)),
          ("p", "Betreft: het ontwikkelingsperspectief (OPP) van %s" % d.name),
          ("p", "Beste %s," % (d.name if d.adult else "ouders"))]
    bl.append(("p", f("Zoals besproken sturen wij u hierbij het plan voor {n} voor dit schooljaar. Wij hebben het zo kort mogelijk gehouden en in gewone woorden opgeschreven.")))
    lead = {"uitstroombestemming": "Waar {n} na onze school naartoe gaat: ", "onderbouwing": "Waarom we dat denken: ",
            "belemmerende_factoren": "Wat het voor {n} moeilijk maakt: ", "bevorderende_factoren": "Wat {n} helpt: ",
            "ondersteuningsbehoefte": "Wat {n} nodig heeft: ", "ondersteuning": "Wat wij gaan doen: ",
            "afwijkingen_onderwijsprogramma": "Wat er anders is in het lesprogramma: ", "doelen": "Wat we willen bereiken: ",
            "adviezen_professionals": "Wat deskundigen adviseren: ", "inbreng_leerling": "Wat {n} er zelf van vindt: ",
            "oogo": "", "evaluatie": "", "informatie_rechten": "", "vaststelling": ""}
    stash = []
    for lab, b, el in std_sections(d, {k: k for k in lead}, "consent"):
        if el == "instemming_ouders":
            if d.consent == "slip":
                stash = b
                continue
            bl.append(("p", "Uw instemming"))
            bl += b
            continue
        txt = blocks_text(b) if b else ""
        if b and b[0][0] == "bullets":
            txt = txt.replace("\n- ", " ")[2:]
        bl.append(("p", f(lead[el]) + txt))
    bl.append(("p", "Met vriendelijke groet,\n\n%s, intern begeleider\nnamens het team van %s" % (d.ib, d.school)))
    if d.consent == "avg":
        bl += avg_block(d)
    if stash:
        bl.append(("p", "Wilt u het strookje hieronder ingevuld aan %s meegeven?" % d.name))
        bl += stash
    return bl, {}


def L_beknopt(d):
    bl = [("title", "Beknopt OPP"), ("p", "%s  |  %s" % (SWV, d.school))]
    bl += [("field", "Naam leerling", d.fullname), ("field", "Geboortedatum", dnum(d.dob)), ("field", "Groep/klas", d.P["grade"])]
    short = {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing", "belemmerende_factoren": "Belemmerende factoren",
             "bevorderende_factoren": "Bevorderende factoren", "ondersteuningsbehoefte": "Onderwijsbehoeften", "doelen": "Doelen",
             "ondersteuning": "Ondersteuning (wat, wie, hoe vaak, vanaf)", "afwijkingen_onderwijsprogramma": "Afwijkingen onderwijsprogramma",
             "adviezen_professionals": "Adviezen deskundigen", "inbreng_leerling": "Mening leerling en wat ermee gedaan is",
             "oogo": "Besproken met ouders (datum, wie)", "evaluatie": "Evaluatie", "informatie_rechten": "Rechten ouders",
             "vaststelling": "Vaststelling"}
    for lab, b, el in std_sections(d, short, "Instemming handelingsdeel"):
        if el == "instemming_ouders" or (b and b[0][0] == "checks"):
            bl.append(("h", 2, lab)); bl += b; continue
        bl.append(("field", lab, blocks_text(b)))
    return bl, {"footer": "Beknopt OPP - %s" % SWV}


def L_questions(d):
    f = lambda s: fmtp(s, d)
    q = {"uitstroombestemming": "Waar gaat {n} na deze school naartoe?", "onderbouwing": "Waarom verwachten we dat?",
         "belemmerende_factoren": "Wat maakt leren moeilijk voor {n}?", "bevorderende_factoren": "Wat helpt {n}?",
         "ondersteuningsbehoefte": "Wat heeft {n} nodig?", "doelen": "Wat willen we bereiken?",
         "ondersteuning": "Wat gaan we doen, wie doet het en hoe vaak?", "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af?",
         "adviezen_professionals": "Wat adviseren deskundigen?", "inbreng_leerling": "Wat vindt {n} zelf?",
         "oogo": "Met wie is dit plan besproken?", "evaluatie": "Wanneer kijken we of het werkt?",
         "informatie_rechten": "Wat als u het niet eens bent?", "vaststelling": "Wie heeft dit plan vastgesteld?"}
    q = {k: f(x) for k, x in q.items()}
    bl = [("title", f("Het plan van {n}")), ("p", "%s, %s - ontwikkelingsperspectief, schooljaar %s" % (d.school, d.place, schoolyear(d.date)))]
    bl.append(("table", personalia(d)[:4], {"labelcol": 1, "widths": [5, 11.5]}))
    for lab, b, el in std_sections(d, q, "Gaat u akkoord met wat wij gaan doen?" if not d.adult else "Ga je akkoord?"):
        bl.append(("h", 2, lab))
        bl += b
    return bl, {"color": "#8a4b00"}


def schoolyear(dt):
    y, m, _ = dt
    return "%d-%d" % (y, y + 1) if m >= 8 else "%d-%d" % (y - 1, y)


def L_groei(d):
    f = lambda s: fmtp(s, d)
    bl = [("title", "Groeidocument %s" % d.fullname), ("p", "%s - %s - schooljaar %s" % (SWV, d.school, schoolyear(d.date))),
          ("h", 1, "1 Gegevens"), ("table", personalia(d), {"labelcol": 1, "widths": [6, 10.5]}),
          ("h", 1, "2 Hulpvraag van school"), ("p", f("Hoe kunnen wij {n} zo begeleiden dat {hij} zich binnen onze school verder ontwikkelt en het verwachte niveau haalt?"))]
    chap = [("3 Beeld van de leerling", ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"]),
            ("4 Ontwikkelingsperspectief (OPP)", ["uitstroombestemming", "onderbouwing", "afwijkingen_onderwijsprogramma", "doelen"]),
            ("5 Handelingsdeel", ["ondersteuning"]), ("6 Betrokken deskundigen", ["adviezen_professionals"]),
            ("7 Gesprekken", ["oogo", "inbreng_leerling"]), ("8 Evaluatie", ["evaluatie"]),
            ("9 Instemming en vaststelling", ["instemming_ouders", "vaststelling", "informatie_rechten"])]
    order = [e for _, es in chap for e in es]
    secs = {el: (lab, b) for lab, b, el in std_sections(d, LAB_NUM, "Instemming ouders met het handelingsdeel", ordering=order)}
    for ch, es in chap:
        bl.append(("h", 1, ch))
        for el in es:
            if el in secs:
                bl.append(("h", 2, secs[el][0])); bl += secs[el][1]
    if d.consent == "avg":
        bl += avg_block(d)
    return bl, {"footer": "Groeidocument %s - %s" % (d.fullname, SWV), "color": "#00556b"}


def L_export(d):
    hdr = "LeerLinq LVS  |  Export dossierdocument: Ontwikkelingsperspectief  |  %s" % d.school
    bl = [("p", "Leerling: %s (%s)   Leerlingnummer: %d   Groep/klas: %s" % (d.fullname, dnum(d.dob), 100000 + hash_seed(d.id) % 89999, d.P["grade"])),
          ("p", "Documenttype: OPP   Status: %s" % ("concept" if d.v.get("vaststelling") == "concept" else "definitief")), ("hr",)]
    short = {k: v.upper() for k, v in {"uitstroombestemming": "Uitstroombestemming", "onderbouwing": "Onderbouwing uitstroom",
             "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
             "ondersteuningsbehoefte": "Onderwijsbehoeften", "doelen": "Doelen", "ondersteuning": "Handelingsdeel",
             "afwijkingen_onderwijsprogramma": "Afwijkingen programma", "adviezen_professionals": "Adviezen externen",
             "inbreng_leerling": "Inbreng leerling", "oogo": "OOGO", "evaluatie": "Evaluatiemomenten",
             "informatie_rechten": "Informatie rechten", "vaststelling": "Vaststelling"}.items()}
    for lab, b, el in std_sections(d, short, "INSTEMMING HANDELINGSDEEL"):
        if el == "instemming_ouders":
            bl.append(("h", 2, lab)); bl += b; continue
        bl.append(("field", lab, blocks_text(b)))
    ed = dnum(add_days(d.last, 10))
    return bl, {"footer": "Afgedrukt uit LeerLinq op %s door %s - pagina {page}" % (ed, d.ib) if d.fmt != "txt" else
                "Afgedrukt uit LeerLinq op %s door %s" % (ed, d.ib), "header": hdr}


def L_revised(d):
    f = lambda s: fmtp(s, d)
    bl = [("title", "OPP %s - versie 2" % d.fullname), ("p", "%s, %s" % (d.school, d.place)),
          ("table", [["Versie 1 vastgesteld", dnum(d.date)], ["Versie 2 (herzien)", dnum(d.revised)], ["Reden herziening", "tussenevaluatie"]], {"labelcol": 1, "widths": [6, 10.5]}),
          ("h", 1, "Wijzigingen ten opzichte van versie 1"), ("bullets", [f(x) for x in d.changes])]
    labs = dict(LAB_NUM)
    secs = std_sections(d, labs, "Instemming ouders met versie 2")
    for lab, b, el in secs:
        mark = " [gewijzigd]" if el in d.changed_els else ""
        bl.append(("h", 2, lab + mark)); bl += b
    if not any(el == "vaststelling" for _, _, el in secs):
        pass
    return bl, {"footer": "OPP %s versie 2 - %s" % (d.name, dnum(d.revised))}


def L_verslag(d):
    f = lambda s: fmtp(s, d)
    inplan = [e for e in ELS if e not in ("oogo", "instemming_ouders")]
    order = [e for e in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
                         "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "adviezen_professionals", "inbreng_leerling",
                         "evaluatie", "informatie_rechten", "vaststelling"]]
    bl = [("title", "OPP %s" % d.fullname), ("p", "%s - %s" % (d.school, schoolyear(d.date))),
          ("table", personalia(d), {"labelcol": 1, "widths": [6, 10.5]})]
    for lab, b, el in std_sections(d, LAB_NUM, "-", ordering=order):
        bl.append(("h", 2, lab)); bl += b
    bl += [("pagebreak",), ("h", 1, "Bijlage: verslag OPP-gesprek")]
    od = add_days(d.date, -8)
    ov = d.v.get("oogo", "P")
    if ov != "M":
        pres = "%s, %s (%s), %s (intern begeleider)%s" % (d.parents_txt, d.mentor, d.mentor_role, d.ib, f(", {n}") if ((after_law(d.last) and d.v.get("inbreng_leerling", "P") != "M") or d.adult) else "")
        bl += [("table", [["Datum gesprek", dlong(od)], ["Aanwezig", pres], ["Verslag", d.ib]], {"labelcol": 1, "widths": [4, 12.5]}),
               ("p", f("1. Opening. De intern begeleider legt uit dat het gesprek bedoeld is om samen tot een plan te komen dat ouders steunen.")),
               ("p", f("2. Beeld van {n}. Ouders herkennen het beeld. Thuis is {n} na schooltijd erg moe.")),
               ("p", f("3. Uitstroombestemming. Ouders hadden gehoopt op een hoger niveau, maar begrijpen de onderbouwing.")),
               ("p", f("4. Ondersteuning. Op verzoek van ouders start de extra begeleiding al in de eerstvolgende week.")),
               ("p", "5. Instemming.")]
        if ov == "ph":
            bl = bl[:-6] + [("table", [["Datum gesprek", "..."], ["Aanwezig", "..."], ["Verslag", "..."]], {"labelcol": 1})]
    cb, dr = consent_blocks(d)
    d.drawn = d.drawn or dr
    bl += cb
    return bl, {"footer": "%s - vertrouwelijk" % d.school}


LAYOUTS = {"swv-genummerd": L_numbered, "tweekoloms-tabel": L_twocol, "domeintabel": L_domain, "brief-ouders": L_letter,
           "beknopt-opp": L_beknopt, "vraagkoppen": L_questions, "groeidocument": L_groei, "lvs-export": L_export,
           "herzien-plan": L_revised, "plan-met-verslag": L_verslag}


# ------------------------------------------------------------------ the documents
def S(id, layout, fmt, st, date, consent="sig", v=None, **k):
    return dict(id=id, layout=layout, fmt=fmt, st=st, date=date, consent=consent, v=v or {}, **k)

SPECS = [
    # ---- complete and correct plans
    S("c01", "swv-genummerd", "pdf-soffice", "po", (2025, 10, 9), "sig", note="complete; signed consent block with ticked akkoord"),
    S("c02", "brief-ouders", "txt", "po", (2025, 11, 3), "email", note="complete letter-style plan; consent as quoted e-mail with date"),
    S("c03", "tweekoloms-tabel", "docx", "sbo", (2025, 9, 30), "sig", flags=("ticks",), note="complete; uitstroom as ticked boxes with explanation"),
    S("c04", "domeintabel", "odt", "so", (2025, 10, 15), "sentence", note="complete; consent stated in one sentence with date; CvB advice present"),
    S("c05", "vraagkoppen", "odt", "vo", (2025, 11, 12), "phone", note="complete; consent by noted phone call; no deviations stated"),
    S("c06", "lvs-export", "pdf", "pro", (2025, 10, 1), "portal", note="complete system export; digital consent via parent portal; no deviations stated"),
    S("c07", "groeidocument", "pdf-soffice", "vso", (2025, 10, 20), "adult_self", adult=True, age=19, note="complete; adult pupil (19, handelingsbekwaam) consents himself; inbreng n/a"),
    S("c08", "plan-met-verslag", "pdf-soffice", "vso", (2025, 10, 2), "curator", prof="vso_dag", curatele=True, age=18, note="complete; pupil 18 under curatele, consent by curator; meeting report attached (OOGO)"),
    S("c09", "beknopt-opp", "pdf", "po", (2025, 3, 12), "slip", note="complete pre-Aug-2025 short form; reply slip with drawn signature; inbreng n/a"),
    S("c10", "herzien-plan", "docx", "sbo", (2025, 4, 8), "email", revised=(2026, 1, 20), changed=("ondersteuning", "doelen"),
      changes=["Ondersteuning: rekeninstructie in subgroep uitgebreid van 2 naar 4 keer per week.", "Doelen aangepast na de tussenevaluatie van januari 2026.", "Inbreng van {n} toegevoegd."],
      note="complete revised plan (set before, revised after 1 Aug 2025); inbreng present; consent e-mail on version 2"),
    S("c11", "plan-met-verslag", "odt", "vo", (2025, 12, 2), "sentence", note="complete; OOGO and consent in attached meeting report"),
    S("c12", "brief-ouders", "pdf", "so", (2026, 1, 14), "slip", scan=True, note="complete letter with signed reply slip; scanned"),
    S("c13", "vraagkoppen", "docx", "pro", (2025, 6, 20), "sig", note="complete pre-Aug-2025 plan; inbreng n/a"),
    S("c14", "swv-genummerd", "pdf-soffice", "po", (2025, 11, 20), "sig", scan=True, note="complete; scanned with drawn signature"),
    S("c15", "lvs-export", "txt", "vo", (2024, 11, 5), "portal", note="complete pre-Aug-2025 text export; inbreng n/a; no deviations"),
    S("c16", "tweekoloms-tabel", "docx", "vso", (2025, 9, 25), "sig", flags=("ticks", "cc"), age=16, note="complete; content-control tick boxes (checked) for uitstroom and consent"),
    S("c17", "beknopt-opp", "pdf-form", "sbo", (2025, 10, 28), "sig", note="complete fillable PDF form, fields filled, consent box ticked with typed name and date"),
    S("c18", "herzien-plan", "odt", "pro", (2025, 9, 15), "phone", revised=(2026, 2, 10), changed=("adviezen_professionals", "ondersteuning"),
      changes=["Stage uitgebreid naar twee dagen per week (advies stagebegeleider).", "Coachgesprek blijft wekelijks."],
      note="complete revised plan; re-consent for version 2 by phone call noted"),
    # ---- plans with gaps
    S("g01", "swv-genummerd", "pdf-soffice", "po", (2025, 10, 14), "gezien", v={"uitstroombestemming": "untick"}, note="uitstroom options all unticked; consent signed 'voor gezien'"),
    S("g02", "brief-ouders", "txt", "po", (2025, 11, 18), "blank", v={"evaluatie": "ph:Wanneer we het plan evalueren: volgt na overleg."}, note="evaluation 'volgt na overleg'; consent boxes unticked and blank signature lines"),
    S("g03", "tweekoloms-tabel", "docx", "po", (2025, 10, 7), "sig", v={"onderbouwing": "instr", "doelen": "vague", "informatie_rechten": "M"}, note="onderbouwing is the format's instruction; vague goals; no rights info"),
    S("g04", "groeidocument", "pdf-soffice", "po", (2025, 12, 1), "phone", v={"adviezen_professionals": "ref", "afwijkingen_onderwijsprogramma": "M", "inbreng_leerling": "noeffect"}, note="advice only 'zie verslag'; deviations silent; pupil view without effect"),
    S("g05", "herzien-plan", "docx", "po", (2025, 3, 10), "oldversion", revised=(2025, 11, 24), v={"inbreng_leerling": "M"}, changed=("ondersteuning",),
      changes=["Ondersteuning: RALFI-lezen toegevoegd, twee keer per week.", "Gesprekjes met de intern begeleider over toetsen toegevoegd."],
      note="revised after 1 Aug 2025 without pupil input; consent only for version 1"),
    S("g06", "domeintabel", "odt", "sbo", (2025, 10, 21), "protest", v={"bevorderende_factoren": "dash"}, note="bevorderend column all '-'; consent signed under protest"),
    S("g07", "lvs-export", "pdf", "sbo", (2025, 11, 5), "nodate", v={"ondersteuning": "generic", "vaststelling": "ph:Datum vaststelling: ..-..-....  Door: ...."}, note="support text about all pupils; vaststelling placeholder; consent signature without date"),
    S("g08", "vraagkoppen", "docx", "sbo", (2025, 10, 30), "silent", v={"oogo": "planned", "vaststelling": "concept"}, note="meeting still to be planned; tacit consent; concept not set"),
    S("g09", "plan-met-verslag", "pdf-soffice", "sbo", (2025, 11, 11), "sentence", v={"afwijkingen_onderwijsprogramma": "nvt", "inbreng_leerling": "ph:nog aanvullen"}, flags=("reduced",), note="deviations 'n.v.t.' though reduced hours are in the plan; pupil input 'nog aanvullen'"),
    S("g10", "swv-genummerd", "docx", "so", (2025, 10, 16), "refused", v={"adviezen_professionals": "nocvb"}, note="so without advice of commissie voor de begeleiding; consent refused"),
    S("g11", "beknopt-opp", "pdf", "so", (2025, 11, 26), "schoolonly", v={"uitstroombestemming": "ph:n.t.b.", "onderbouwing": "empty", "adviezen_professionals": "generic"}, note="uitstroom n.t.b.; empty onderbouwing; generic advice; only school signed"),
    S("g12", "brief-ouders", "odt", "so", (2025, 12, 9), "informed", v={"informatie_rechten": "schoolonly", "evaluatie": "vague"}, note="parents only informed; rights only 'contact the teacher'; vague evaluation"),
    S("g13", "groeidocument", "pdf-soffice", "so", (2025, 10, 8), "blank", v={"evaluatie": "M"}, scan=True, note="scan; consent lines blank; no evaluation"),
    S("g14", "swv-genummerd", "pdf-soffice", "vo", (2025, 10, 23), "partial", v={"doelen": "template"}, note="partial consent; goals '[doel 1]' template"),
    S("g15", "tweekoloms-tabel", "docx", "vo", (2025, 11, 19), "avg", v={"oogo": "M", "informatie_rechten": "ref"}, note="signed AVG data-sharing consent only, no OPP consent; no OOGO; rights only 'zie schoolgids'"),
    S("g16", "domeintabel", "pdf-soffice-odt", "vo", (2026, 1, 13), "email", v={"belemmerende_factoren": "ref", "ondersteuningsbehoefte": "generic"}, note="belemmerend column 'zie groeidocument'; needs text about all pupils"),
    S("g17", "lvs-export", "txt", "vo", (2025, 10, 2), "portal", v={"ondersteuning": "ph:«Handelingsdeel.Tekst»", "evaluatie": "M", "vaststelling": "M"}, note="merge field left in handelingsdeel; no evaluation, no vaststelling"),
    S("g18", "brief-ouders", "pdf", "vo", (2025, 11, 27), "ack_email", v={"inbreng_leerling": "noeffect"}, note="e-mail only acknowledges receipt; pupil view without effect"),
    S("g19", "herzien-plan", "odt", "vo", (2025, 9, 9), "phone", revised=(2026, 2, 3), v={"uitstroombestemming": "ph:Nader te bepalen na het tweede rapport."}, changed=("uitstroombestemming",),
      changes=["Uitstroombestemming losgelaten: wordt opnieuw bepaald na het tweede rapport.", "Planningsgesprek verplaatst naar maandag 1e uur."],
      note="revised plan with uitstroom 'nader te bepalen'"),
    S("g20", "groeidocument", "docx", "pro", (2025, 10, 13), "sig", v={"bevorderende_factoren": "M", "ondersteuning": "vague", "inbreng_leerling": "M", "evaluatie": "vague"}, note="no bevorderende factors; support without who/how often; no pupil input; vague evaluation"),
    S("g21", "plan-met-verslag", "odt", "pro", (2025, 11, 4), "later", v={"vaststelling": "M", "inbreng_leerling": "heard"}, note="mother agrees but will sign later; no vaststelling; pupil 'is gehoord' only"),
    S("g22", "beknopt-opp", "pdf-form", "pro", (2025, 12, 8), "unticked", v={"belemmerende_factoren": "empty", "doelen": "empty"}, note="fillable form with empty fields; consent signed but no box ticked"),
    S("g23", "swv-genummerd", "docx", "vso", (2025, 9, 29), "sig", age=16, v={"onderbouwing": "ref:Zie het advies van de commissie voor de begeleiding.", "informatie_rechten": "M"}, note="onderbouwing only a reference; no rights info"),
    S("g24", "vraagkoppen", "odt", "vso", (2025, 10, 27), "parents_for_adult", adult=True, age=19, note="adult handelingsbekwaam pupil, but parents signed instead of the pupil"),
    S("g25", "tweekoloms-tabel", "docx", "vso", (2025, 11, 17), "pupil_curatele", prof="vso_dag", curatele=True, age=18, note="pupil under curatele signed himself; curator did not"),
    S("g26", "lvs-export", "pdf", "vso", (2025, 10, 10), "sig", age=17, v={"uitstroombestemming": "untick"}, scan=True, note="scan; vso profiles listed none ticked"),
    S("g27", "beknopt-opp", "pdf", "po", (2025, 5, 19), "unticked", v={"evaluatie": "ph:n.t.b.", "afwijkingen_onderwijsprogramma": "instr"}, note="pre-Aug-2025; consent box unticked (signed); evaluation n.t.b.; deviations field holds the format's instruction"),
    S("g28", "brief-ouders", "pdf-soffice", "sbo", (2025, 12, 15), "sentence", v={"ondersteuningsbehoefte": "M", "belemmerende_factoren": "generic"}, note="no needs; belemmerend text about all pupils"),
    S("g29", "brief-ouders", "pdf", "po", (2026, 1, 26), "refused", v={"doelen": "vague"}, scan=True, note="scan; consent 'niet akkoord' ticked; vague goals"),
    S("g30", "herzien-plan", "odt", "so", (2025, 10, 6), "receipt", revised=(2026, 2, 16), v={"doelen": "ref"}, changed=("doelen",),
      changes=["Doelen verplaatst naar het handelingsplan.", "Rustmoment op woensdag toegevoegd."], note="goals only by reference; signed 'voor ontvangst'"),
    S("g31", "vraagkoppen", "pdf-soffice-odt", "vo", (2025, 11, 6), "sig", v={"ondersteuningsbehoefte": "empty", "oogo": "ph:Datum gesprek: ...   Aanwezig: ..."}, note="question heading with nothing under it; OOGO placeholder"),
    S("g32", "lvs-export", "pdf", "pro", (2025, 12, 4), "portal", v={"uitstroombestemming": "M", "onderbouwing": "M"}, note="no uitstroom and no onderbouwing at all"),
]

NONOPP = [
    dict(id="n01", layout="folder-ouders", fmt="pdf", st="none", note="leaflet for parents: what is an OPP (not an OPP)"),
    dict(id="n02", layout="nieuwsbrief", fmt="txt", st="none", note="school newsletter mentioning OPP meetings (not an OPP)"),
    dict(id="n03", layout="uitnodiging", fmt="docx", st="po", note="invitation letter for an OPP meeting (not an OPP)"),
    dict(id="n04", layout="avg-formulier", fmt="odt", st="vo", note="signed consent form for photos and data sharing (not an OPP)"),
    dict(id="b01", layout="leeg-format-tabel", fmt="docx", st="sbo", note="blank OPP format: empty content controls and instructions; no rows for advice or rights"),
    dict(id="b02", layout="leeg-format-beknopt", fmt="pdf-form", st="po", note="blank fillable short form; no fields for pupil input, advice or rights"),
]


def nonopp_blocks(n, i):
    sc, pl = SCHOOLS["po"][i % 4]
    if n["id"] == "n01":
        return [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"), ("p", "Informatie voor ouders - %s" % SWV),
                ("h", 1, "Waarom een OPP?"), ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de school aan alle kinderen biedt? Dan maakt de school een ontwikkelingsperspectiefplan. Daarin staat wat de school van uw kind verwacht en welke hulp uw kind krijgt."),
                ("h", 1, "Wat staat erin?"), ("bullets", ["De te verwachten uitstroombestemming: naar welk vervolgonderwijs of werk uw kind waarschijnlijk gaat.",
                 "De onderbouwing daarvan, en de factoren die het leren belemmeren of bevorderen.", "Wat uw kind nodig heeft en welke ondersteuning de school biedt: wat, wie, hoe vaak.",
                 "Eventuele afwijkingen van het onderwijsprogramma.", "Doelen en adviezen van deskundigen.", "Wat uw kind er zelf van vindt (sinds 1 augustus 2025 verplicht)."]),
                ("h", 1, "Uw rol"), ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Het plan wordt minimaal één keer per jaar met u geëvalueerd."),
                ("h", 1, "Niet eens?"), ("p", "Praat eerst met school. U kunt ook terecht bij een onderwijsconsulent of binnen zes weken bij de Geschillencommissie passend onderwijs."),
                ("p", "Deze folder is geen OPP. Vragen? Bel het ouder- en jeugdsteunpunt: 0800-0000000 (gratis).", "i")], {"footer": "Folder ouders - %s - 2025" % SWV}
    if n["id"] == "n02":
        return [("title", "Nieuwsbrief %s - december 2025" % sc), ("h", 1, "Van de directie"), ("p", "Wat een drukke maand! De Sint is geweest en de kerstviering komt eraan."),
                ("h", 1, "OPP-gesprekken"), ("p", "In januari worden de ouders van leerlingen met een ontwikkelingsperspectiefplan uitgenodigd voor de tussenevaluatie. U ontvangt hiervoor een persoonlijke uitnodiging van de intern begeleider. Ook de leerlingen zelf worden bij dit gesprek betrokken."),
                ("h", 1, "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u geen vlechtjes of gel?"),
                ("h", 1, "Agenda"), ("bullets", ["19 december: kerstviering 17.00-18.30 uur", "22 december t/m 2 januari: kerstvakantie", "13 januari: studiedag, alle kinderen vrij"])], {}
    if n["id"] == "n03":
        return [("p", "%s\n%s" % (sc, pl)), ("p", "%s, 2 oktober 2025" % pl), ("p", "Aan de ouders/verzorgers van Luuk van Ommeren"),
                ("p", "Betreft: uitnodiging gesprek ontwikkelingsperspectief"), ("p", "Beste ouders,"),
                ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) van Luuk op dinsdag 14 oktober 2025 om 15.30 uur. In dit gesprek bespreken we de verwachte uitstroombestemming, de ondersteuning en de doelen. Luuk mag ook aansluiten; we vinden zijn mening belangrijk."),
                ("p", "Het concept-OPP ontvangt u een week van tevoren. Na het gesprek vragen wij u om in te stemmen met het handelingsdeel."),
                ("p", "Met vriendelijke groet,\n\nE. van Dam, intern begeleider")], {}
    if n["id"] == "n04":
        return [("title", "Toestemmingsformulier foto's en gegevens"), ("p", "Lindecollege, Lindeloo - schooljaar 2025-2026"),
                ("field", "Naam leerling", "Sara Lindeboom, klas 2B"),
                ("checks", [("Foto's en video's op de website van school", True), ("Foto's in de nieuwsbrief", True), ("Foto's op sociale media van school", False),
                            ("Gegevens delen met de jeugdarts (GGD)", True)]),
                ("sig", [("Handtekening ouder/verzorger", "w.g. M. Lindeboom   datum: 04-09-2025", None)]),
                ("p", "U kunt uw toestemming altijd intrekken via de mentor.", "i")], {}
    if n["id"] == "b01":
        bl = [("title", "OPP-format SBO (leeg)"), ("p", "Instructie: vul alle velden in. Grijze tekst vervangen. Na het OOGO-gesprek ondertekenen.", "i"),
              ("table", [["Naam leerling", ("cc", "naam", "")], ["Geboortedatum", ("cc", "gebdat", "")], ["Groep", ("cc", "groep", "")]], {"labelcol": 1})]
        rows = [["Onderdeel", "Inhoud"]]
        for el in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "doelen",
                   "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo", "evaluatie", "vaststelling"]:
            rows.append([LAB_NUM[el], ("cc", el, "")])
        bl.append(("table", rows, {"header": 1, "labelcol": 1}))
        bl += [("h", 2, "Instemming ouders met het handelingsdeel"), ("checks", [("akkoord", False), ("niet akkoord", False)], True),
               ("sig", [("Handtekening ouder(s)/verzorger(s)", "", None), ("Datum", "", None), ("Namens de school", "", None)])]
        return bl, {"footer": "Format OPP SBO - versie 2025"}
    if n["id"] == "b02":
        bl = [("title", "Beknopt OPP"), ("p", "%s  |  school: ..........................." % SWV)]
        for lab in ["Naam leerling", "Geboortedatum", "Groep/klas", "Uitstroombestemming", "Onderbouwing", "Belemmerende factoren",
                    "Bevorderende factoren", "Onderwijsbehoeften", "Doelen", "Ondersteuning (wat, wie, hoe vaak, vanaf)",
                    "Afwijkingen onderwijsprogramma", "Besproken met ouders (datum, wie)", "Evaluatie", "Vaststelling"]:
            bl.append(("field", lab, ""))
        bl += [("h", 2, "Instemming handelingsdeel"), ("checks", [("Ik/wij ga(an) akkoord met het handelingsdeel", False), ("Ik/wij ga(an) niet akkoord", False)]),
               ("sig", [("Naam en handtekening ouder(s)", "", None), ("Datum", "", None)])]
        return bl, {"footer": "Beknopt OPP - %s" % SWV}


NONOPP_LABELS = {
    "b01": {e: "incomplete" for e in ELS if e not in ("adviezen_professionals", "informatie_rechten")},
    "b02": {e: "incomplete" for e in ELS if e not in ("adviezen_professionals", "informatie_rechten", "inbreng_leerling")},
}


def render(blocks, meta, fmt, base, tmp, scan, seed):
    """Write blocks in fmt; returns final relative path in docs/."""
    src = None
    if fmt == "txt":
        out = base + ".txt"; W.write_txt(blocks, out, meta)
    elif fmt == "docx":
        out = base + ".docx"; W.write_docx(blocks, out, meta, tmp)
    elif fmt == "odt":
        out = base + ".odt"; W.write_odt(blocks, out, meta, tmp)
    elif fmt in ("pdf", "pdf-form"):
        out = base + ".pdf"
        target = os.path.join(tmp, os.path.basename(out)) if scan else out
        W.write_pdf(blocks, target, meta, tmp, form=(fmt == "pdf-form"))
        src = target
    elif fmt in ("pdf-soffice", "pdf-soffice-odt"):
        out = base + ".pdf"
        mid = os.path.join(tmp, os.path.basename(base) + (".docx" if fmt == "pdf-soffice" else ".odt"))
        (W.write_docx if fmt == "pdf-soffice" else W.write_odt)(blocks, mid, meta, tmp)
        pdf = W.soffice_pdf(mid, tmp)
        src = pdf
        if not scan:
            shutil.copy(pdf, out)
    if scan:
        W.scan_pdf(src, out, seed, tmp)
    return out


def main():
    random.seed(41)
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="blind41_")
    labels = []
    names = list(PUPILS)
    allids = [sp["id"] for sp in SPECS] + [n["id"] for n in NONOPP]
    perm = list(range(1, len(allids) + 1))
    random.Random(4106).shuffle(perm)
    fname = {k: "doc%02d" % perm[j] for j, k in enumerate(allids)}
    schoolidx = {}
    for i, sp in enumerate(SPECS):
        sp = dict(sp)
        st = sp["st"]
        profkey = sp.pop("prof", None) or st
        d = Doc(**sp)
        d.P = PROFILES[profkey]
        d.tmp = tmp
        d.drawn = False
        d.name, d.last_name, d.gender = names[i % len(names)]
        d.fullname = "%s %s" % (d.name, d.last_name)
        age = sp.get("age", d.P["age"])
        d.dob = (d.date[0] - age - (1 if d.date[1] < 5 else 0), (hash_seed(d.id) % 12) + 1, (hash_seed(d.id + "d") % 27) + 1)
        k = schoolidx.get(st, 0); schoolidx[st] = k + 1
        d.school, d.place = SCHOOLS[st][k % len(SCHOOLS[st])]
        d.mentor = STAFF[i % len(STAFF)]; d.ib = STAFF[(i + 5) % len(STAFF)]; d.director = STAFF[(i + 9) % len(STAFF)]
        d.mentor_role = "groepsleerkracht" if st in ("po", "sbo", "so") else "mentor"
        ln = d.last_name.split()[-1] if not d.last_name.startswith(("van ", "el ")) else d.last_name
        ini = "JMRSAEKT"[i % 8]
        forms = [("moeder (mevrouw %s)" % ln, "mevrouw %s. %s" % (ini, ln)), ("vader (de heer %s)" % ln, "de heer %s. %s" % (ini, ln)),
                 ("beide ouders (mevrouw en de heer %s)" % ln, "mevrouw en de heer %s" % ln)]
        d.parents_txt, d.parent_sign = forms[i % 3]
        if d.curatele:
            d.curator = "mevrouw %s. %s" % (ini, ln)
            d.parents_txt = "moeder en curator (mevrouw %s)" % ln
        d.changed_els = sp.get("changed", ())
        blocks, meta = LAYOUTS[d.layout](d)
        meta.setdefault("pdftitle", "OPP %s" % d.fullname)
        meta["author"] = d.ib
        if d.fmt == "pdf-form":
            pass
        base = os.path.join(DOCS, fname[d.id])
        out = render(blocks, meta, d.fmt, base, tmp, d.scan, 1000 + i)
        els = {e: status(d, e) for e in ELS}
        acc = []
        if d.drawn and CONSENT[d.consent] == "present":
            acc.append("instemming_ouders")
        if d.scan:
            acc = ["instemming_ouders"]
        fmt = "pdf" if d.fmt.startswith("pdf") else d.fmt
        labels.append({"file": os.path.relpath(out, ROOT), "format": fmt, "layout": d.layout, "school_type": d.school_type,
                       "scanned": bool(d.scan), "elements": els, "accept_unclear": acc,
                       "gen_id": d.id, "notes": "%s; %s%s; plan date %s%s. %s" % (d.layout, d.fmt, " (scan)" if d.scan else "", dnum(d.date),
                                                                 (", revised %s" % dnum(d.revised)) if d.revised else "", d.note)})
    for j, n in enumerate(NONOPP):
        blocks, meta = nonopp_blocks(n, j)
        base = os.path.join(DOCS, fname[n["id"]])
        out = render(blocks, meta, n["fmt"], base, tmp, False, 2000 + j)
        els = {e: NONOPP_LABELS.get(n["id"], {}).get(e, "missing") for e in ELS}
        labels.append({"file": os.path.relpath(out, ROOT), "format": "pdf" if n["fmt"].startswith("pdf") else n["fmt"],
                       "gen_id": n["id"], "layout": n["layout"], "school_type": n["st"], "scanned": False, "elements": els, "accept_unclear": [],
                       "notes": "%s; %s. %s" % (n["layout"], n["fmt"], n["note"])})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        labels.sort(key=lambda x: x["file"])
        json.dump({"version": 1, "docs": [{k: v for k, v in x.items() if k != "gen_id"} for x in labels]}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, "generator", "idmap.json"), "w") as f:
        json.dump({x["gen_id"]: x["file"] for x in labels}, f, indent=0)
    shutil.rmtree(tmp)
    import readme
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
