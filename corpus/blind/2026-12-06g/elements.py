# -*- coding: utf-8 -*-
"""Builds the content blocks of each element for a document spec, including the deliberate gaps."""
import datetime
from content import *

AUG25 = datetime.date(2025, 8, 1)
PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen"]
INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vo-type, vso-profiel of vorm van arbeid/dagbesteding.]",
    "onderbouwing": "[Onderbouw het perspectief met toetsgegevens, leerrendementen en onderzoeksgegevens.]",
    "belemmerende_factoren": "[Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren.]",
    "bevorderende_factoren": "[Beschrijf hier de bevorderende/stimulerende factoren van de leerling en de omgeving.]",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften als: deze leerling heeft ... nodig.]",
    "ondersteuning": "[Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "[Geef aan of en waar wordt afgeweken van het onderwijsprogramma.]",
    "doelen": "[Formuleer SMART-doelen voor de komende periode.]",
    "adviezen_professionals": "[Noem de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg met ouders invullen.]",
    "instemming_ouders": "[Laat ouders hier tekenen voor instemming met het handelingsdeel.]",
    "inbreng_leerling": "[Beschrijf hier de mening van de leerling en wat daarmee is gedaan.]",
    "evaluatie": "[Plan hier de evaluatiemomenten met ouders en leerling.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen.]",
    "vaststelling": "[Datum vaststelling en naam directeur invullen.]",
}
REF = {
    "uitstroombestemming": "Zie groeidocument, hoofdstuk 3.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie groeidocument.",
    "bevorderende_factoren": "Zie groeidocument.",
    "ondersteuningsbehoefte": "Zie het verslag van het MDO in de bijlage.",
    "ondersteuning": "Zie groepsplan rekenen en lezen (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 3.",
    "doelen": "Zie de doelen in het groepsplan.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek in de bijlage.",
    "oogo": "Zie gespreksverslag in het dossier.",
    "instemming_ouders": "Zie het getekende formulier in het dossier.",
    "inbreng_leerling": "Zie leerlinggesprek in het leerlingvolgsysteem.",
    "evaluatie": "Volgens de zorgcyclus van de school (zie schoolgids).",
    "informatie_rechten": "Zie de schoolgids en de website van het samenwerkingsverband.",
    "vaststelling": "Zie handtekening directie op het voorblad.",
}
PUPIL_VIEWS = [("Ik vind het fijn als ik met mijn koptelefoon op mag werken als het druk is.",
                "de koptelefoon is als afspraak opgenomen in de aanpak"),
               ("Ik wil niet steeds uit de klas gehaald worden voor extra hulp.",
                "de verlengde instructie wordt nu in de klas gegeven in plaats van op de gang"),
               ("Later wil ik met dieren werken, bij een boerderij of een dierenpension.",
                "STAGE"),
               ("Rekenen gaat beter als ik eerst een voorbeeld zie.",
                "bij elke nieuwe rekenstap krijgt {N} eerst een uitgewerkt voorbeeld"),
               ("Ik wil graag naar dezelfde school als mijn broer.",
                "bij de oriëntatie op het vervolgonderwijs gaan we ook kijken op die school")]


def gapstatus(kind):
    if kind in (None, "ok"):
        return "present"
    if kind in ("missing", "other_consent"):
        return "missing"
    if kind == "na":
        return "not_applicable"
    return "incomplete"


def labels_for(d):
    lab = {}
    for e in ELEMENTS:
        lab[e] = gapstatus(d.gaps.get(e))
    last = d.revised or d.date
    if last < AUG25 or (d.adult and not d.curatele):
        lab["inbreng_leerling"] = "not_applicable"
    return lab


class Doc:
    def __init__(self, id, layout, fmt, st, pidx, date, gaps=None, revised=None, adult=False, curatele=False,
                 sigstyle="table", inbrengstyle="quote", note="", scanned=False, handwritten=False, age=None,
                 show_inbreng=True, vsz="p"):
        self.id, self.layout, self.fmt, self.st = id, layout, fmt, st
        self.p = Pupil(pidx, st, age=age)
        self.pidx = pidx
        self.date, self.revised = date, revised
        self.gaps = gaps or {}
        self.adult, self.curatele = adult, curatele
        self.sigstyle, self.inbrengstyle = sigstyle, inbrengstyle
        self.note, self.scanned, self.handwritten = note, scanned, handwritten
        self.show_inbreng = show_inbreng
        self.vsz = vsz
        self.hi = (pidx * 3) % 7  # heading-variant selector

    def heading(self, el):
        hs = HEADINGS[el]
        return hs[(self.hi + ELEMENTS.index(el)) % len(hs)]

    def schooljaar(self):
        y = self.date.year if self.date.month >= 8 else self.date.year - 1
        return "%d-%d" % (y, y + 1)

    def director(self):
        return self.p.staff[3].replace("mevr.", "mevr.").strip() + " (directeur)"


def generic_gap(d, el, kind):
    """Returns blocks for non-present generic gaps, or None if not generic."""
    if kind == "missing":
        return None
    if kind == "empty":
        return []
    if kind and kind.startswith("ph"):
        t = kind.split(":", 1)[1] if ":" in kind else PH[(d.pidx + ELEMENTS.index(el)) % len(PH)]
        return [("p", t)]
    if kind == "instr":
        return [("p", INSTR[el])]
    if kind == "sdt":
        return [("sdt", "Klik of tik om tekst in te voeren.")]
    if kind == "ref":
        return [("p", REF[el])]
    return "NOTGENERIC"


def sigval(d, who):
    if d.handwritten:
        return "SCRIBBLE"
    return {"table": "w.g. " + who, "check": "getekend", "digital": "digitaal ondertekend"}.get(d.sigstyle, "w.g. " + who)


def blocks(d, el):
    """Return (heading, blocks) or None when the element is missing from the document."""
    p = d.p
    kind = d.gaps.get(el)
    h = d.heading(el)
    g = generic_gap(d, el, kind)
    if g is None:
        return None
    if g != "NOTGENERIC":
        return h, g
    dt = d.date
    if el == "uitstroombestemming":
        u = uitstroom_text(p)
        if kind == "untick" or p.st == "vso":
            opts = {"vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
                    "pro": ["arbeid", "entree/mbo-1", "dagbesteding"],
                    "vo": ["vmbo-basis", "vmbo-kader", "vmbo-tl", "havo", "vwo"]}.get(p.st, ["praktijkonderwijs", "vmbo-b/k (lwoo)", "vmbo-g/t", "havo/vwo"])
            if kind == "untick":
                return h, [("p", "Uitstroomprofiel / verwachte bestemming (aankruisen):"), ("chk", [(False, o) for o in opts])]
            hit = [o for o in opts if o in u] or [opts[0]]
            return h, [("chk", [(o in hit, o) for o in opts]), ("p", "Toelichting: " + u + ".")]
        lead = ["Verwachte uitstroombestemming: ", "We verwachten dat %s uitstroomt naar " % p.first,
                "Perspectief: ", "Eindniveau / uitstroom: "][d.pidx % 4]
        return h, [("p", lead + u + ".")]
    if el == "onderbouwing":
        return h, [("p", onderbouwing_text(p, hide=d.gaps.get("uitstroombestemming") not in (None, "ok")))]
    if el == "belemmerende_factoren":
        return h, [("bul", factors(p, "bel"))]
    if el == "bevorderende_factoren":
        return h, [("bul", factors(p, "bev"))]
    if el == "ondersteuningsbehoefte":
        b = behoeften(p)
        return h, [("p", S(p, "{N} heeft nodig:")), ("bul", b)]
    if el == "ondersteuning":
        return h, [("tbl", ["Wat", "Wie", "Hoe vaak", "Vanaf"], handel_rows(p, dt))]
    if el == "afwijkingen_onderwijsprogramma":
        if kind == "na":
            return h, [("p", ["Er zijn geen afwijkingen van het onderwijsprogramma; %s volgt het programma van de groep." % p.first,
                              "n.v.t.", "Geen afwijkingen van het reguliere programma."][d.pidx % 3])]
        return h, [("p", S(p, AFW[p.st]))]
    if el == "doelen":
        if kind == "vague":
            return h, [("bul", [S(p, "{N} gaat vooruit met rekenen en lezen."), S(p, "{N} voelt zich prettiger in de groep."),
                                 S(p, "{N} werkt beter zelfstandig.")])]
        return h, [("bul", doelen_list(p, dt))]
    if el == "adviezen_professionals":
        return h, [("p", a) for a in advies(p, dt, p.st in ("so", "vso"))]
    if el == "oogo":
        od = plus(dt, -7)
        who = "%s en %s" % (p.mother, p.father) if not d.adult else "%s zelf en %s (moeder)" % (p.first, p.mother)
        if kind == "nodate":
            return h, [("p", "Het OPP is met ouders besproken.")]
        if d.pidx % 2:
            return h, [("tbl", ["Datum gesprek", "Aanwezig", "Uitkomst"],
                        [[dshort(od), "%s; %s (mentor/leerkracht), %s (intern begeleider)" % (who, p.staff[0], p.staff[1]),
                          "Ouders herkennen het beeld en kunnen zich vinden in de aanpak."]])]
        tail = ("Ouders herkennen het beeld; op hun verzoek is het contact over huiswerk toegevoegd aan de aanpak."
                if not d.adult else "%s en %s moeder herkennen het beeld; op verzoek van %s is een vast wekelijks "
                "contactmoment met de mentor toegevoegd." % (p.first, p.zijn, p.first))
        return h, [("p", "Het OPP is op %s besproken met %s. Namens school waren %s (leerkracht/mentor) en %s "
                         "(intern begeleider) aanwezig. %s" % (dlong(od), who, p.staff[0], p.staff[1], tail))]
    if el == "instemming_ouders":
        return consent(d, h, kind)
    if el == "inbreng_leerling":
        view, eff = PUPIL_VIEWS[d.pidx % len(PUPIL_VIEWS)]
        if eff == "STAGE":
            eff = ("de stageplek wordt gezocht bij een dierenpension of kinderboerderij" if p.st in ("vo", "pro", "vso")
                   else "bij de oriëntatie op het vervolgonderwijs bezoeken we ook een school met een groen/dier-profiel")
        eff = S(p, eff)
        td = plus(dt, -9)
        if kind == "noeffect":
            return h, [("p", "Gesprek met %s op %s: \"%s\"" % (p.first, dlong(td), view))]
        st = d.inbrengstyle
        if st == "table":
            return h, [("tbl", ["Wat vindt %s?" % p.first, "Wat doen we ermee?"], [[view, eff[0].upper() + eff[1:] + "."]])]
        if st == "ik":
            return h, [("p", "Dit vind ik zelf (ingevuld met mijn mentor op %s):" % dlong(td)), ("bul", [view, "Ik wil graag op tijd weten als er iets verandert."]),
                       ("p", "Wat is er door mijn inbreng veranderd: " + eff + ".")]
        if st == "picto":
            return h, [("p", S(p, "{N} heeft op %s met pictokaartjes en de praatplaat laten zien wat {hij} fijn vindt en wat moeilijk. "
                                  "{N} koos de kaartjes 'rustig werken' en 'koptelefoon'. Daarom is de koptelefoon als vaste "
                                  "afspraak opgenomen in de aanpak.") % dlong(td))]
        return h, [("p", "Gesprek met %s op %s (met %s). %s zegt: \"%s\" Wat we hiermee doen: %s." % (p.first, dlong(td), p.staff[0], p.first, view, eff))]
    if el == "evaluatie":
        e1, e2 = plus(dt, 120), plus(dt, 240)
        who = "ouders en %s" % p.first if not d.adult else p.first
        if d.pidx % 2:
            return h, [("tbl", ["Moment", "Wanneer", "Met wie"],
                        [["Tussenevaluatie", "%s %d" % (MAANDEN[e1.month - 1], e1.year), who + ", mentor/leerkracht"],
                         ["Evaluatie en bijstelling OPP", "%s %d" % (MAANDEN[e2.month - 1], e2.year), who + ", intern begeleider"]])]
        return h, [("p", "Tussenevaluatie met %s: %s %d. Evaluatie en bijstelling van het OPP: %s %d, in een gesprek met "
                         "%s en de intern begeleider. Het OPP wordt minimaal één keer per schooljaar met %s "
                         "geëvalueerd." % (who, MAANDEN[e1.month - 1], e1.year, MAANDEN[e2.month - 1], e2.year, who,
                                          "ouders" if not d.adult else p.first))]
    if el == "informatie_rechten":
        return h, [("p", rechten_text_adult(p) if (d.adult and not d.curatele) else rechten_text(p))]
    if el == "vaststelling":
        dirn = p.staff[3]
        if kind == "nodate":
            return h, [("p", "Vastgesteld door: %s, directeur. Datum: ____________" % dirn)]
        if d.vsz == "kv":
            return h, [("kv", [("Vastgesteld door", [dirn + ", directeur"]), ("Datum vaststelling", [dshort(dt)])])]
        return h, [("p", "Dit OPP is vastgesteld op %s door %s, directeur van %s." % (dlong(dt), dirn, p.school))]
    raise ValueError(el)


def consent(d, h, kind):
    p = d.p
    cd = plus(d.date, 3)
    par = [("Ouder/verzorger 1", p.mother), ("Ouder/verzorger 2", p.father)]
    school = ("Namens school", p.staff[1] + " (intern begeleider)")
    stmt = "Ouders/verzorgers verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."
    if d.adult and not d.curatele:
        par = [("Leerling (meerderjarig)", p.name)]
        stmt = "Ik ben meerderjarig en handelingsbekwaam en beslis dus zelf. Ik stem in met het handelingsdeel van mijn OPP."
    if d.curatele:
        par = [("Curator (moeder)", p.mother)]
        stmt = ("%s is meerderjarig maar staat onder curatele. De instemming met het handelingsdeel wordt daarom gegeven "
                "door de curator, %s." % (p.first, p.mother))
    rows = lambda signed=True, date=True: [[r, n, dshort(cd) if date else "", sigval(d, n) if signed else None] for r, n in par]
    srow = [school[0], school[1], dshort(d.date), sigval(d, school[1])]
    if d.gaps.get("vaststelling") not in (None, "ok") and kind != "school_only":
        srow = None
    addsch = lambda rs: rs + ([srow] if srow else [])
    if kind in (None, "ok"):
        if d.sigstyle == "digital":
            return h, [("p", "%s Akkoord gegeven door %s via het ouderportaal op %s om 19:42 uur." % (stmt, par[0][1], dshort(cd)))]
        if d.sigstyle == "check":
            return h, [("chk", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]),
                       ("sig", rows())]
        return h, [("p", stmt), ("sig", addsch(rows()))]
    if kind == "voor_gezien":
        return h, [("p", stmt), ("sig", addsch([[r, n, dshort(cd), "voor gezien, w.g. " + n] for r, n in par[:1]]))]
    if kind == "onder_protest":
        return h, [("p", stmt), ("sig", addsch(rows())),
                   ("p", "Aantekening ouders: getekend onder protest; wij zijn het niet eens met het verminderde aantal uren begeleiding.")]
    if kind == "refused":
        return h, [("chk", [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord met het handelingsdeel")]),
                   ("p", "Toelichting ouders: wij willen eerst een second opinion over de uitstroombestemming."), ("sig", rows())]
    if kind == "partial":
        return h, [("chk", [(False, "Geheel akkoord"), (True, "Gedeeltelijk akkoord"), (False, "Niet akkoord")]),
                   ("p", "Ouders stemmen in met het handelingsdeel, met uitzondering van de inzet van de time-outruimte."),
                   ("sig", rows())]
    if kind == "school_only":
        return h, [("p", stmt), ("sig", addsch(rows(signed=False, date=False)))]
    if kind == "blank_line":
        return h, [("p", stmt), ("sig", rows(signed=False, date=False))]
    if kind == "untick":
        who = "Ik stem" if (d.adult and not d.curatele) else ("De curator stemt" if d.curatele else "Ouders stemmen")
        return h, [("chk", [(False, who + " in met het handelingsdeel"), (False, who + " niet in met het handelingsdeel")]),
                   ("sig", rows(signed=False, date=False))]
    if kind == "nodate":
        return h, [("p", stmt), ("sig", rows(date=False))]
    if kind == "other_consent":
        return "Toestemming gegevensdeling en beeldmateriaal (AVG)", [
            ("chk", [(True, "Ouders geven toestemming om gegevens uit dit dossier te delen met het samenwerkingsverband en de ambulant begeleider"),
                     (True, "Ouders geven toestemming voor het gebruik van foto's van hun kind op de schoolwebsite")]),
            ("sig", rows())]
    raise ValueError(kind)
