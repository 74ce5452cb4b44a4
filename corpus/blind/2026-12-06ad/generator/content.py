# -*- coding: utf-8 -*-
"""Per-element content for one document, by variant. Each function returns a list of blocks or None (= omitted)."""
import datetime, os
from profiles import PROFILES
from render import signature_png, handwriting_png, CCPH

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
def dlong(d): return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
def dshort(d): return d.strftime("%d-%m-%Y")

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
            "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
            "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]

OK_CONSENT = {"sig", "digital", "wg", "stated", "tick", "adult", "adult_digital", "curator", "both", "scan_sig", "adult_wg"}
MISSING_V = {"omit", "avg_only"}

class Ctx:
    def __init__(self, d, assets):
        self.d = d; self.P = PROFILES[d["profile"]]; self.assets = assets
        m = d["g"] == "m"
        self.sub = {"n": d["first"], "hij": "hij" if m else "zij", "Hij": "Hij" if m else "Zij", "z": "zijn" if m else "haar",
                    "hem": "hem" if m else "haar"}
    def f(self, s): return s.format(**self.sub)
    def v(self, e): return self.d["v"].get(e, "ok")
    def sig(self, who):
        p = os.path.join(self.assets, "sig_%s.png" % "".join(ch for ch in who if ch.isalnum()))
        return ("img", signature_png(p, sum(map(ord, who)) * 7 + self.d["seed"]))
    def hw(self, text):
        p = os.path.join(self.assets, "hw_%d_%s.png" % (self.d["seed"], "".join(ch for ch in text if ch.isalnum())))
        return handwriting_png(p, text, self.d["seed"] + len(text))

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen na CvB", "xxx"]

INSTR = {
 "uitstroombestemming": "[Vul hier het te verwachten uitstroomprofiel/de uitstroombestemming in en geef het niveau aan.]",
 "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, onderzoeksgegevens en de ontwikkeling van de leerling. Gebruik maximaal 10 regels.",
 "belemmerende_factoren": "[Noem hier de belemmerende factoren per domein.]",
 "bevorderende_factoren": "[Noem hier de bevorderende factoren / sterke kanten.]",
 "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften: 'Deze leerling heeft ... nodig om ...'",
 "ondersteuning": "Beschrijf hier de ondersteuning: wat, door wie, hoe vaak, vanaf wanneer.",
 "afwijkingen_onderwijsprogramma": "[Beschrijf eventuele afwijkingen van het onderwijsprogramma, of vermeld dat er geen afwijkingen zijn.]",
 "doelen": "Formuleer SMART-doelen per ontwikkelingsgebied (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
 "adviezen_professionals": "[Vermeld de adviezen van deskundigen en de commissie van begeleiding en wat de school ermee doet.]",
 "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg.",
 "inbreng_leerling": "Beschrijf de mening van de leerling en wat er met de inbreng is gedaan.",
 "evaluatie": "[Vul data van de evaluatiemomenten in.]",
 "informatie_rechten": "[Standaardtekst over instemmingsrecht invoegen]",
 "vaststelling": "[datum en naam invullen]",
}
REF = {
 "uitstroombestemming": "Zie advies commissie van begeleiding (bijlage 1).",
 "onderbouwing": "Zie het onderzoeksverslag van de orthopedagoog in de bijlage.",
 "belemmerende_factoren": "Zie groeidocument, hoofdstuk 3.",
 "bevorderende_factoren": "Zie groeidocument, hoofdstuk 3.",
 "ondersteuningsbehoefte": "Zie het leerlingprofiel in het leerlingvolgsysteem.",
 "ondersteuning": "Zie het groepsplan en het stageplan (bijlagen).",
 "afwijkingen_onderwijsprogramma": "Zie rooster in de bijlage.",
 "doelen": "Zie het groepsplan en de leerlijnen in het leerlingvolgsysteem.",
 "adviezen_professionals": "Zie verslag van de CvB d.d. 2-10-2025 en het verslag van de behandelaar (bijlage 3).",
 "oogo": "Zie gespreksverslag in het dossier.",
 "inbreng_leerling": "Zie het leerlinggesprek in Parnassys.",
 "evaluatie": "Volgens de zorgkalender van de school.",
 "informatie_rechten": "Zie de schoolgids.",
 "vaststelling": "Zie CvB-verslag.",
}
GENERIC = {
 "uitstroombestemming": "Wij bereiden al onze leerlingen voor op een zo passend mogelijke plek in het vervolgonderwijs, op de arbeidsmarkt of in de dagbesteding.",
 "onderbouwing": "De uitstroombestemming wordt op onze school altijd vastgesteld op basis van toetsgegevens, observaties en de ontwikkeling van de leerling.",
 "belemmerende_factoren": "Leerlingen op onze school hebben vaak te maken met leer- en gedragsproblemen die het leren bemoeilijken.",
 "bevorderende_factoren": "Alle leerlingen hebben talenten; wij gaan uit van wat leerlingen wél kunnen.",
 "ondersteuningsbehoefte": "Onze leerlingen hebben behoefte aan structuur, duidelijkheid, een kleine klas en een vaste mentor.",
 "ondersteuning": "Alle leerlingen op onze school krijgen begeleiding van een vaste mentor, werken in kleine groepen en kunnen gebruikmaken van de time-outvoorziening.",
 "doelen": "Leerlingen werken aan de doelen van de leerlijnen van onze school.",
 "adviezen_professionals": "De school werkt samen met diverse deskundigen, zoals orthopedagogen, jeugdartsen en de commissie van begeleiding.",
 "oogo": "Wij vinden het belangrijk om met ouders in gesprek te gaan over het ontwikkelingsperspectief.",
 "inbreng_leerling": "Op onze school worden leerlingen altijd betrokken bij hun ontwikkelingsperspectief. Hun mening vinden wij belangrijk.",
 "evaluatie": "OPP's worden volgens de zorgcyclus van de school besproken.",
 "informatie_rechten": "Heeft u vragen over dit plan? Neem dan contact op met de mentor.",
}

def common(ctx, e):
    """Shared gap variants. Returns blocks, or 'OK' when the variant is not a shared gap."""
    v = ctx.v(e)
    if v == "omit": return None
    if v == "empty": return []
    if v.startswith("ph"):
        i = int(v[2:]) if len(v) > 2 else 0
        return [("p", PH[i % len(PH)])]
    if v == "cc_ph": return [("cc", None)]
    if v == "instruction": return [("instr", INSTR[e])]
    if v == "ref": return [("p", REF[e])]
    if v == "generic": return [("p", GENERIC[e])]
    return "OK"

def uitstroom(ctx, ticks=False):
    e = "uitstroombestemming"; v = ctx.v(e); d = ctx.d; P = ctx.P
    st = d["type"]
    opts = {"vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
            "so": ["vso vervolgonderwijs", "vso arbeidsmarktgericht", "vso dagbesteding", "regulier vo", "praktijkonderwijs"],
            "pro": ["arbeidsmarkt (regulier)", "arbeidsmarkt (beschut / loonkostensubsidie)", "mbo Entree / niveau 2", "dagbesteding"],
            }.get(st, ["praktijkonderwijs", "vmbo-bb/kb (lwoo)", "vmbo-gt/tl", "havo", "vwo"])
    if v == "unticked":
        if ticks: return [("tick", [(False, o) for o in opts]), ("p", "Toelichting: ")]
        return [("p", "Uitstroomprofiel: " + " / ".join(opts) + " (doorhalen wat niet van toepassing is)")]
    if v == "nog_niet":
        return [("p", "Nog niet te bepalen; volgt na het psychologisch onderzoek in het voorjaar.")]
    c = common(ctx, e)
    if c != "OK":
        if ticks and c is not None and v not in ("ref",): return [("tick", [(False, o) for o in opts])] + c
        return c
    dest = ctx.f(P["dest"])
    if ticks:
        key = {"vso1": 0, "vso5": 0, "vso2": 1, "vso4": 1, "vso3": 2, "so1": 0, "so2": 1, "so3": 3, "pro1": 0, "pro3": 1, "pro2": 2,
               "po1": 1, "sbo1": 1, "sbo2": 0, "po2": 3, "vo1": 2, "vo2": 3}[d["profile"]]
        return [("tick", [(i == key, o) for i, o in enumerate(opts)]), ("p", "Toelichting: " + dest[0].upper() + dest[1:] + ".")]
    return [("p", dest[0].upper() + dest[1:] + ".")]

def simple(ctx, e, key):
    c = common(ctx, e)
    if c != "OK": return c
    v = ctx.v(e); P = ctx.P
    if e == "doelen" and v == "vague":
        return [("ul", [ctx.f("{n} gaat vooruit met lezen en rekenen."), ctx.f("{n} voelt zich prettig in de groep."), "Werken aan zelfstandigheid."])]
    if e == "ondersteuningsbehoefte" and v == "vague":
        return [("p", "Extra aandacht en begeleiding.")]
    if isinstance(P[key], list):
        return [("ul", [ctx.f(x) for x in P[key]])]
    return [("p", ctx.f(P[key]))]

def ondersteuning(ctx, table=True):
    e = "ondersteuning"; c = common(ctx, e)
    if c != "OK": return c
    v = ctx.v(e)
    if v == "vague":
        return [("p", ctx.f("{n} krijgt extra begeleiding waar nodig. De mentor houdt een oogje in het zeil."))]
    rows = [(ctx.f(a), ctx.f(b), ctx.f(c_), ctx.f(d_)) for a, b, c_, d_ in ctx.P["onderst"]]
    if table:
        return [("table", [["Wat", "Door wie", "Hoe vaak / hoe lang", "Vanaf"]] + [list(r) for r in rows], True, [6.2, 4.2, 3.6, 3.0])]
    return [("ul", ["%s - %s, %s (%s)." % r for r in rows])]

def afwijkingen(ctx):
    e = "afwijkingen_onderwijsprogramma"; v = ctx.v(e)
    if v == "nvt_but_applies": return [("p", "n.v.t.")]
    c = common(ctx, e)
    if c != "OK": return c
    if ctx.P["afw"] is None:
        return [("p", ctx.f("Geen afwijkingen. {n} volgt het reguliere onderwijsprogramma van de groep/klas."))]
    return [("p", ctx.f(ctx.P["afw"]))]

def adviezen(ctx, table=False):
    e = "adviezen_professionals"; c = common(ctx, e)
    if c != "OK": return c
    v = ctx.v(e); adv = ctx.P["advies"]
    if v == "no_cvb":
        adv = [a for a in adv if "ommissie" not in a[0]] or adv[1:]
    if v == "noaction":
        return [("ul", ["%s: %s." % (ctx.f(a), ctx.f(b)) for a, b, _ in adv])]
    if table:
        return [("table", [["Deskundige", "Advies", "Wat doet de school ermee"]] + [[ctx.f(a), ctx.f(b), ctx.f(c_)] for a, b, c_ in adv], True, [5, 6, 6])]
    return [("ul", ["%s adviseert: %s. %s" % (ctx.f(a), ctx.f(b), ctx.f(c_)) for a, b, c_ in adv])]

def oogo(ctx):
    e = "oogo"; c = common(ctx, e)
    if c != "OK": return c
    d = ctx.d; v = ctx.v(e)
    if v == "planned":
        return [("p", "Het gesprek met ouders over het ontwikkelingsperspectief wordt binnenkort gepland.")]
    who = d["parties_oogo"]
    return [("p", ctx.f("Het ontwikkelingsperspectief is op %s besproken met %s. %s" % (
        dlong(d["oogo_date"]), who, d.get("oogo_extra", "Er is overeenstemming over het uitstroomprofiel en de doelen."))))]

def inbreng(ctx):
    e = "inbreng_leerling"; v = ctx.v(e)
    if not ctx.d["post2025"] and v == "ok": return None
    if ctx.d.get("adult_self") and v == "ok": return None
    c = common(ctx, e)
    if c != "OK": return c
    if v == "noeffect":
        return [("pb", "Wat vindt %s zelf?" % ctx.d["first"], ctx.f(ctx.P["view"]))]
    return [("pb", "Wat vindt %s zelf?" % ctx.d["first"], ctx.f(ctx.P["view"])),
            ("pb", "Wat hebben we daarmee gedaan?", ctx.f(ctx.P["effect"]))]

def evaluatie(ctx):
    e = "evaluatie"; c = common(ctx, e)
    if c != "OK": return c
    d = ctx.d
    who = "ouders, %s en de mentor" % d["first"] if d["post2025"] else "ouders en de mentor"
    if d.get("adult_self"): who = "%s (en ouders als %s dat wil) en de mentor" % (d["first"], "hij" if d["g"] == "m" else "zij")
    return [("p", "Het plan wordt tussentijds geëvalueerd in %s en opnieuw in %s, samen met %s. "
             "Daarna wordt het plan zo nodig bijgesteld en opnieuw vastgesteld." % (d["eval1"], d["eval2"], who))]

def rechten(ctx):
    e = "informatie_rechten"; c = common(ctx, e)
    if c != "OK": return c
    v = ctx.v(e); d = ctx.d
    u = "je" if d.get("adult_self") else "u"
    if v == "partial":
        return [("p", "Ouders hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief." if u == "u" else
                 "Je hebt instemmingsrecht op het handelingsdeel van dit plan.")]
    if u == "u":
        return [("p", "U heeft instemmingsrecht op het handelingsdeel van dit plan: zonder uw instemming kan de school dit deel niet uitvoeren. "
                 "Bent u het niet eens met het plan, bespreek dit dan eerst met de mentor of de directie. U kunt ook contact opnemen met het "
                 "Ouder- en Jeugdsteunpunt van het samenwerkingsverband of met Onderwijsconsulenten (gratis). Binnen zes weken na de "
                 "vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).")]
    return [("p", "Omdat je 18 jaar of ouder bent, geef je zelf wel of geen instemming met het handelingsdeel. Ben je het niet eens, "
             "bespreek dat dan met je mentor of de directeur. Je kunt ook gratis hulp vragen bij Onderwijsconsulenten, en binnen zes weken "
             "na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]

def vaststelling(ctx):
    e = "vaststelling"; v = ctx.v(e); d = ctx.d
    if v == "nodate_who":
        return [("p", "Vastgesteld door de directeur: %s" % d["director"]), ("p", "Datum: ____-____-______")]
    if v == "date_blank":
        return [("table", [["Vastgesteld op", ""], ["Door", d["director"] + " (directeur)"]], False, [5, 12])]
    c = common(ctx, e)
    if c != "OK": return c
    s = "Vastgesteld op %s door %s, %s" % (dlong(d["vast"]), d["director"], d["director_role"])
    if d.get("revised"): s += "; bijgesteld op %s" % dlong(d["revised"])
    return [("p", s + ".")]

# ---------------------------------------------------------------- consent
def consent(ctx, style="rows"):
    d = ctx.d; v = d["consent"]; cd = dshort(d["cdate"])
    par, pname = d["parent_role"], d["parent"]
    pupil = "%s %s" % (d["first"], d["last"])
    if d.get("adult_self") and v not in ("wrong_party",):
        par, pname = "Leerling (meerderjarig)", pupil
    elif d.get("curatele") and v not in ("pupil_only_curatele", "curator"):
        par = "Curator (%s)" % par.lower()
    intro_p = "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit ontwikkelingsperspectiefplan."
    ticks = lambda a, b: ("tick", [(a, "akkoord met het handelingsdeel"), (b, "niet akkoord met het handelingsdeel")])
    school = ("sigrow", "Namens de school", d["director"], dshort(d["vast"]), ctx.sig(d["director"]))
    if v == "omit": return None
    if v == "avg_only":
        return [("h3", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                ("p", "Ouders geven toestemming voor het delen van gegevens met de ketenpartners die in dit plan genoemd worden en voor het gebruik van foto's in de schoolgids."),
                ("tick", [(True, "ja, toestemming"), (False, "nee, geen toestemming")]),
                ("sigrow", par, pname, cd, ctx.sig(pname))]
    if v == "sig": return [("p", intro_p), ("sigrow", par, pname, cd, ctx.sig(pname)), school]
    if v == "scan_sig": return [("p", intro_p), ("sigrow", par, pname, None, ctx.sig(pname)), ("img", ctx.hw("Datum: " + cd), 4.2), school]
    if v == "tick": return [("p", "Handelingsdeel:"), ticks(True, False), ("sigrow", par, pname, cd, ctx.sig(pname))]
    if v == "wg": return [("p", "Voor akkoord met het handelingsdeel:"), ("sigrow", par, pname, cd, ("wg",)), ("sigrow", "Namens de school", d["director"], dshort(d["vast"]), ("wg",))]
    if v == "digital":
        return [("p", "Instemming handelingsdeel: AKKOORD"),
                ("p", "Digitaal ondertekend via het ouderportaal door %s (%s) op %s om 19:42 uur. Verificatiecode: %s." % (pname, par.lower(), cd, d["code"]))]
    if v == "adult_digital":
        return [("p", "Instemming handelingsdeel: AKKOORD"),
                ("p", "Digitaal ondertekend door %s (leerling, meerderjarig) op %s om 10:15 uur via het leerlingportaal. Verificatiecode: %s." % (pupil, cd, d["code"]))]
    if v == "stated":
        return [("p", "%s heeft op %s per e-mail aan de mentor laten weten in te stemmen met het handelingsdeel van dit plan. "
                      "De e-mail is opgenomen in het leerlingdossier." % (pname + " (" + par.lower() + ")", dlong(d["cdate"])))]
    if v == "stated_nodate":
        return [("p", "Ouders zijn akkoord met het plan (mondeling aangegeven aan de mentor).")]
    if v == "adult":
        return [("p", "Ik ben 18 jaar of ouder en stem zelf in met het handelingsdeel van mijn ontwikkelingsperspectiefplan."),
                ("sigrow", "Leerling", pupil, cd, ctx.sig(pupil)), school]
    if v == "adult_wg":
        return [("p", "De leerling is meerderjarig en stemt zelf in met het handelingsdeel."), ("sigrow", "Leerling", pupil, cd, ("wg",))]
    if v == "curator":
        return [("p", "%s staat onder curatele (beschikking kantonrechter). Instemming met het handelingsdeel wordt gegeven door de curator." % pupil),
                ("sigrow", "Curator (%s)" % par.lower(), pname, cd, ctx.sig(pname)), school]
    if v == "both":
        return [("p", intro_p), ("sigrow", par, pname, cd, ctx.sig(pname)), ("sigrow", "Leerling (16+), voor gezien en akkoord", pupil, cd, ctx.sig(pupil))]
    # ----- incomplete kinds
    if v == "gezien": return [("p", "Voor gezien:"), ("sigrow", par, pname, cd, ctx.sig(pname))]
    if v == "protest": return [("p", intro_p), ticks(True, False), ("sigrow", par, pname, cd, ctx.sig(pname)),
                               ("p", "Opmerking ouder: getekend onder protest; wij zijn het niet eens met de stage van 3 dagen.")]
    if v == "refused": return [("p", "Handelingsdeel:"), ticks(False, True), ("sigrow", par, pname, cd, ctx.sig(pname))]
    if v == "partial": return [("p", intro_p), ("sigrow", par, pname, cd, ctx.sig(pname)),
                               ("p", "Toevoeging ouder: akkoord, met uitzondering van het verkorte rooster / de vrijstelling; daarmee gaan wij niet akkoord.")]
    if v == "school_only": return [("p", intro_p), school, ("sigrow", par, None, None, None)]
    if v == "blank": return [("p", intro_p), ("sigrow", par, None, None, None), ("sigrow", "Namens de school", None, None, None)]
    if v == "unticked": return [("p", "Handelingsdeel:"), ticks(False, False), ("sigrow", par, pname, None, None)]
    if v == "nodate": return [("p", intro_p), ("sigrow", par, pname, None, ctx.sig(pname))]
    if v == "ref": return [("p", "Ondertekening: zie apart instemmingsformulier.")]
    if v == "wrong_party":
        return [("p", intro_p), ("sigrow", "Ouders/verzorgers", pname, cd, ctx.sig(pname))]
    if v == "pupil_only_curatele":
        return [("p", intro_p), ("sigrow", "Leerling", pupil, cd, ctx.sig(pupil))]
    if v == "cc_date": return [("p", intro_p), ("sigrow", par, pname, CCPH, ctx.sig(pname))]
    raise ValueError(v)

def label(d, e):
    v = d["v"].get(e, "ok")
    if e == "instemming_ouders":
        v = d["consent"]
        if v in OK_CONSENT: return "present"
        if v in MISSING_V: return "missing"
        return "incomplete"
    if e == "inbreng_leerling" and (not d["post2025"] or d.get("adult_self")) and v in ("ok", "omit"):
        return "not_applicable"
    if e == "afwijkingen_onderwijsprogramma" and v == "ok" and PROFILES[d["profile"]]["afw"] is None:
        return "not_applicable"
    if v == "ok": return "present"
    if v == "omit": return "missing"
    return "incomplete"
