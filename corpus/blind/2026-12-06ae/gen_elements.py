# -*- coding: utf-8 -*-
"""Element texts (present / gap variants), consent blocks and label logic."""
import random
import os
from gen_content import *
from gen_render import scribble, signature_page_image, BOX_ON, BOX_OFF

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

AUG2025 = (2025, 8, 1)

PRESENT_CONSENT = {"sig_table_full", "sig_table_gezag", "digital", "wg", "email", "scanpage", "stated",
                   "adult_self", "curator"}
IMAGE_CONSENT = {"sig_table_full", "sig_table_gezag", "scanpage", "adult_self", "curator",
                 "scanpage_school_only", "adult_parents_only", "curatele_pupil_only", "school_only"}


class Ctx:
    def __init__(self, spec, imgdir):
        self.spec = spec
        self.rng = random.Random(spec["seed"])
        r = self.rng
        self.prof = PROFILES[spec["profile"]]
        self.st = spec["st"]
        self.g = dict(spec.get("gaps", {}))
        self.blank = spec.get("blank", False)
        gender = spec.get("gender") or r.choice("mv")
        self.gender = gender
        self.n = spec.get("name") or r.choice(BOYS if gender == "m" else GIRLS)
        self.ach = r.choice(SURN)
        self.hij, self.zijn, self.hem = ("hij", "zijn", "hem") if gender == "m" else ("zij", "haar", "haar")
        self.place = r.choice(PLACES)
        self.school = r.choice(SCHOOLS[self.st if self.st in SCHOOLS else "po"])
        self.swv = SWV[self.st].format(p=r.choice(PLACES))
        self.stichting = "Stichting " + r.choice(["Kindante-Noord", "Primus Lindervoort", "Eemland Onderwijs",
                                                   "Scholengroep De Kempen", "OnderwijsGroep Veenhorst", "Stichting Aurora"]).replace("Stichting ", "")
        self.date = spec["date"]                          # vaststelling
        self.d_oogo = addm(self.date, 0, max(1, self.date[2] - 7))
        self.d_draft = addm(self.date, -1)
        self.d_inbreng = addm(self.date, -1, 18)
        self.e1 = addm(self.date, 4)
        self.e2 = addm(self.date, 8)
        self.d_sign = addm(self.date, 0, min(28, self.date[2] + 6))
        self.adult = spec.get("adult", False)
        self.curatele = spec.get("curatele", False)
        self.age = self.prof["age"] + spec.get("age_add", 0)
        by = self.date[0] - self.age
        self.dob = (by, r.randint(1, 7), r.randint(1, 28))
        self.m_name = f"{r.choice(ADULT_F)} {self.ach}" if r.random() < .6 else f"{r.choice(ADULT_F)} {r.choice(SURN)}"
        self.f_name = f"{r.choice(ADULT_M)} {self.ach}"
        self.ib = f"{r.choice(ADULT_F + ADULT_M)} {r.choice(SURN)}"
        self.dir = f"{r.choice(ADULT_F + ADULT_M)} {r.choice(SURN)}"
        self.mentor = f"{r.choice(ADULT_F + ADULT_M)} {r.choice(SURN)}"
        self.ibrole = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "orthopedagoog / intern begeleider",
                       "vo": "ondersteuningscoördinator", "pro": "zorgcoördinator", "vso": "orthopedagoog"}[self.st]
        self.mrole = {"po": "groepsleerkracht", "sbo": "groepsleerkracht", "so": "groepsleerkracht",
                      "vo": "mentor", "pro": "mentor", "vso": "mentor"}[self.st]
        self.imgdir = imgdir
        self.pre = self.date < AUG2025 and not spec.get("revised")
        self.rev = spec.get("revised")
        if self.rev:
            self.d_inbreng = addm(self.rev, 0, max(1, self.rev[2] - 9))
            self.d_sign = addm(self.rev, 0, min(28, self.rev[2] + 5))
            self.d_oogo = addm(self.rev, 0, max(1, self.rev[2] - 4))
            self.e1 = addm(self.rev, 4)
            self.e2 = addm(self.rev, 8)
        self.unclear = set()

    def f(self, s):
        return (s.replace("{n}", self.n).replace("{hij}", self.hij).replace("{Hij}", self.hij.capitalize())
                .replace("{zijn}", self.zijn).replace("{Zijn}", self.zijn.capitalize()).replace("{hem}", self.hem)
                .replace("{adv1}", monthyear(addm(self.date, -7))))

    def ouders(self):
        if self.curatele:
            return f"mevrouw {self.m_name} (moeder en curator)"
        return f"{self.m_name} (moeder) en {self.f_name} (vader)"

    def sig(self, who):
        p = os.path.join(self.imgdir, f"sig_{self.spec['id']}_{sum((i+1)*ord(c) for i,c in enumerate(who)) % 1000003}.png")
        scribble(p, self.spec["seed"] * 7 + sum(map(ord, who)))
        return ("img", p, 3.2)

    def gap(self, e):
        return self.g.get(e)


def ph(ctx):
    return ctx.rng.choice(PLACEHOLDERS)


def el(ctx, e):
    """Return 'omit' or a list of items (str, ('bullets',[..]), ('checks',[..]), ('plchdr',t))."""
    g = ctx.gap(e)
    P = ctx.prof
    f = ctx.f
    if g == "omit":
        return "omit"
    if g == "empty":
        return []
    if g == "ph":
        return [ph(ctx)]
    if g == "instr":
        return [("pi", INSTR[e])]
    if g == "ref":
        return [REFS[e]]
    if g == "generic":
        return [GENERIC[e]]
    if g == "plchdr":
        return [("plchdr", "Klik of tik om tekst in te voeren.")]
    # element specific gaps
    if e == "uitstroombestemming":
        if g == "unticked":
            return [("checks", [(False, o) for o in P["opts"]])]
        return [f(P["uitstroom"])]
    if e == "onderbouwing":
        return [f(x) for x in P["onderbouwing"]]
    if e in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"):
        i = {"belemmerende_factoren": 1, "bevorderende_factoren": 2, "ondersteuningsbehoefte": 3}[e]
        items = [f(x) for d in P["domains"] for x in d[i]]
        if e == "ondersteuningsbehoefte":
            items = [f"{ctx.n} heeft behoefte aan: " + x[0].lower() + x[1:] for x in items]
        return [("bullets", items)]
    if e == "ondersteuning":
        out = [f"{f(a)} – {w}, {h}, vanaf {dlong(ctx.rev or ctx.date)}" for (_, _, a, w, h) in P["handel"]]
        res = [("bullets", out)]
        if ctx.spec.get("rooster"):
            res.append(f(ROOSTER))
        return res
    if e == "doelen":
        if g == "vague":
            return [("bullets", [f("{n} gaat beter rekenen."), f("{n} voelt zich prettig in de groep."), f("Werken aan zelfstandigheid.")])]
        return [("bullets", [f"{gb}: {f(d)}" for (gb, d, _, _, _) in P["handel"]])]
    if e == "afwijkingen_onderwijsprogramma":
        if g in ("nvt", "nvt_contradicted") or (P["afw"] is None and g is None):
            return [ctx.rng.choice(["Er wordt niet afgeweken van het reguliere onderwijsprogramma.",
                                    "Geen afwijkingen: de leerling volgt het reguliere programma van de groep.",
                                    "n.v.t. – geen afwijkingen van het onderwijsprogramma."])]
        if g == "unticked":
            return [("checks", [(False, "ja, namelijk:"), (False, "nee")])]
        return [f(P["afw"])]
    if e == "adviezen_professionals":
        out = [f"{d} ({monthyear(addm(ctx.date, m))}): {f(a)} Wat de school ermee doet: {f(s)}" for (d, m, a, s) in P["adviezen"]]
        if g == "no_cvb":
            return out
        if g == "ref_attached":
            return [f"De adviezen van de betrokken deskundigen staan in bijlage 2 (samenvatting onderzoeksverslagen)."]
        if ctx.st in ("so", "vso") and "cvb" in P:
            a, s = P["cvb"]
            out.append(f"Commissie voor de begeleiding ({dlong(addm(ctx.date, 0, max(1, ctx.date[2]-10)))}): {f(a)} {f(s)}")
        return out
    if e == "oogo":
        if g == "unticked":
            return [("checks", [(False, "besproken met ouders"), (False, "nog niet besproken")]), "Datum gesprek: ___________"]
        return [oogo_text(ctx)]
    if e == "inbreng_leerling":
        v, c = P["inbreng"]
        if g == "nochange":
            return [f"Gesprek met {ctx.n} op {dlong(ctx.d_inbreng)}: " + f(v)]
        return [f"Gesprek met {ctx.n} op {dlong(ctx.d_inbreng)}: " + f(v), "Wat hebben we ermee gedaan? " + f(c)]
    if e == "evaluatie":
        if ctx.rev:
            return [f"Evaluatie en bijstelling op {dlong(ctx.rev)} (met ouders en {ctx.n}): de doelen voor zelfstandigheid zijn gehaald, lezen en rekenen deels. "
                    f"Het handelingsdeel is bijgesteld met nieuwe doelen voor dit schooljaar (zie hierboven).", eval_text(ctx)]
        return [eval_text(ctx)]
    if e == "informatie_rechten":
        if g == "partial":
            return [GENERIC["informatie_rechten"] + " Ouders kunnen het ook niet eens zijn met het plan."]
        return rights_text(ctx)
    if e == "vaststelling":
        if g == "nodate":
            return [f"Het OPP wordt vastgesteld door de directeur, {ctx.dir}. Datum: ______________"]
        t = f"Dit OPP is vastgesteld op {dlong(ctx.date)} door {ctx.dir}, directeur, namens het bevoegd gezag ({ctx.stichting})."
        if ctx.rev:
            t += f" Na evaluatie bijgesteld en opnieuw vastgesteld op {dlong(ctx.rev)}."
        return [t]
    raise ValueError(e)


ROOSTER = "Tijdelijk aangepast rooster: {n} is op woensdag en vrijdag vanaf 12.00 uur vrij van lessen (opbouw na ziekteverzuim); op die middagen is er geen vervangend onderwijs."


def oogo_text(ctx):
    if ctx.adult:
        who = f"{ctx.n} (meerderjarig) en, op verzoek van {ctx.n}, moeder {ctx.m_name}"
    else:
        who = ctx.ouders()
    extra = f" en {ctx.n} zelf" if not ctx.pre and not ctx.adult else ""
    return (f"Op {dlong(ctx.d_oogo)} is het ontwerp van dit OPP besproken in een op overeenstemming gericht overleg (OOGO) "
            f"met {who}. Aanwezig waren verder {ctx.ib} ({ctx.ibrole}), {ctx.mentor} ({ctx.mrole}){extra}. "
            f"De ouders herkenden het beeld en vroegen om meer contact over de voortgang; afgesproken is een maandelijks kort bericht van de {ctx.mrole}.")


def eval_text(ctx):
    who = "ouders" if ctx.pre else (f"{ctx.n}" if ctx.adult else f"ouders en {ctx.n}")
    return (f"Het OPP wordt ten minste één keer per schooljaar met {who} geëvalueerd. Tussenevaluatie: {monthyear(ctx.e1)}; "
            f"jaarevaluatie: {monthyear(ctx.e2)}. Dan bespreken we of de doelen zijn gehaald en of de uitstroombestemming nog passend is. "
            f"Wordt het plan bijgesteld, dan vragen we opnieuw instemming met het handelingsdeel.")


def rights_text(ctx):
    u = "je" if ctx.adult else "u"
    U = u.capitalize()
    return [f"{U} heeft instemmingsrecht op het handelingsdeel van dit OPP: de school voert het handelingsdeel pas uit als {u} ermee instemt. "
            .replace("Je heeft", "Je hebt") +
            f"Bent {u} het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de {ctx.ibrole} of de directeur.",
            f"{U} kunt ook hulp vragen bij het ouder- en jeugdsteunpunt van het {ctx.swv} of bij een onderwijsconsulent (www.onderwijsconsulenten.nl). "
            .replace("Je kunt", "Je kunt") +
            f"Binnen zes weken na de vaststelling {'kun je' if u == 'je' else 'kunt u'} een geschil over het OPP voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."]


# ---------------------------------------------------------------- consent
def consent_blocks(ctx, kind):
    """Return (blocks, scanpage_path or None)."""
    n = ctx.n
    sd = dshort(ctx.d_sign)
    m, v = ctx.m_name, ctx.f_name
    B = []
    intro = ("Ondergetekenden verklaren het ontwikkelingsperspectiefplan te hebben ontvangen en besproken. "
             "Door te tekenen stemmen ouders/verzorgers in met het handelingsdeel.")
    school_rows = [[ctx.ib, ctx.ibrole.capitalize() + " (opgesteld)", dshort(ctx.d_draft), ctx.sig("ib")]]
    if ctx.gap("vaststelling") is None:
        school_rows.append([ctx.dir, "Directeur (vastgesteld namens bevoegd gezag)", dshort(ctx.date), ctx.sig("dir")])
    H = ["Naam", "Rol", "Datum", "Handtekening"]
    W = {"widths": [.28, .3, .14, .28]}
    H5 = ["Naam", "Rol", "Akkoord handelingsdeel", "Datum", "Handtekening"]
    W5 = {"widths": [.22, .2, .22, .12, .24]}
    if kind == "none":
        return [], None
    if kind in ("sig_table_full", "sig_table_gezag", "voor_gezien", "onder_protest", "refused", "partial",
                "school_only", "no_date", "unticked_table"):
        B.append(("p", intro))
        rows = []
        pm = [(m, "Ouder/verzorger 1 (moeder)"), (v, "Ouder/verzorger 2 (vader)")]
        for i, (nm, rl) in enumerate(pm):
            if kind == "sig_table_gezag" and i == 1:
                rows.append([nm, rl, "n.v.t. – vader heeft geen ouderlijk gezag", "", ""])
                continue
            if kind == "school_only":
                rows.append([nm, rl, [("checks", [(False, "ja"), (False, "nee")])], "", ""])
                continue
            acc = [("checks", [(True, "ja"), (False, "nee")])]
            extra = []
            date = sd
            if kind == "voor_gezien":
                acc = ["voor gezien"]
            if kind == "onder_protest":
                extra = ["getekend onder protest"]
            if kind == "refused":
                acc = [("checks", [(False, "ja"), (True, "nee")])]
            if kind == "partial" and i == 0:
                acc = [("checks", [(False, "ja"), (False, "nee"), (True, "gedeeltelijk")])]
                extra = [f"niet akkoord met inzet time-out / rustruimte"]
            if kind == "partial" and i == 1:
                acc = [("checks", [(False, "ja"), (False, "nee"), (True, "gedeeltelijk")])]
            if kind == "no_date":
                date = ""
            if kind == "unticked_table":
                acc = [("checks", [(False, "ja"), (False, "nee")])]
            rows.append([nm, rl, acc, date, [ctx.sig(nm)] + extra])
        for r in school_rows:
            rows.append([r[0], r[1], "", r[2], r[3]])
        B.append(("table", H5, rows, W5))
        return B, None
    if kind == "digital":
        B.append(("p", "Ondertekening van het handelingsdeel door ouders/verzorgers vindt digitaal plaats via het ouderportaal."))
        code = "%04X-%04X-%04X" % (ctx.rng.randint(0, 65535), ctx.rng.randint(0, 65535), ctx.rng.randint(0, 65535))
        B.append(("stamp", ["DIGITAAL ONDERTEKEND",
                            f"Document: OPP {n} {ctx.ach} – versie {dshort(ctx.date)}",
                            f"Ondertekend door: {m} (ouder/verzorger 1) op {sd} om 20:14 – keuze: 'Ik ga akkoord met het handelingsdeel'",
                            f"Ondertekend door: {v} (ouder/verzorger 2) op {sd} om 21:03 – keuze: 'Ik ga akkoord met het handelingsdeel'",
                            f"Verificatiecode: {code} · Ouderportaal SchoolPlein"]))
        return B, None
    if kind == "digital_pending":
        B.append(("p", "Ondertekening van het handelingsdeel door ouders/verzorgers vindt digitaal plaats via het ouderportaal."))
        B.append(("stamp", ["DIGITALE ONDERTEKENING",
                            f"Document: OPP {n} {ctx.ach} – versie {dshort(ctx.date)}",
                            f"Ter ondertekening verzonden op {dshort(ctx.date)} aan {m} en {v}",
                            "Status ouder/verzorger 1: wacht op ondertekening",
                            "Status ouder/verzorger 2: wacht op ondertekening",
                            "Herinnering verstuurd: ja (na 7 dagen)"]))
        return B, None
    if kind == "wg":
        B += [("p", "Voor akkoord met het handelingsdeel van dit OPP:"),
              ("p", f"w.g. {m}, moeder, {dlong(ctx.d_sign)}"),
              ("p", f"w.g. {v}, vader, {dlong(ctx.d_sign)}"),
              ("p", f"w.g. {ctx.ib}, {ctx.ibrole}")]
        return B, None
    if kind == "wg_school_only":
        B += [("p", "Voor akkoord met het handelingsdeel van dit OPP:"),
              ("p", f"w.g. {ctx.ib}, {ctx.ibrole}, {dlong(ctx.d_draft)}"),
              ("p", f"w.g. {ctx.mentor}, {ctx.mrole}"),
              ("p", "Ouder(s)/verzorger(s): ______________________________   datum: ____________")]
        return B, None
    if kind == "email":
        B += [("p", f"De ouders hebben hun instemming per e-mail gegeven. De e-mail is hieronder letterlijk overgenomen en opgeslagen in het leerlingdossier."),
              ("stamp", [f"Van: {m} <{m.split()[0].lower()}.{ctx.ach.split()[-1].lower()}@mailbox.example>",
                         f"Aan: {ctx.ib.split()[0].lower()}@{ctx.school.split()[-1].lower()}.example",
                         f"Datum: {dlong(ctx.d_sign)} 09:41",
                         f"Onderwerp: RE: OPP {n}",
                         f"Beste {ctx.ib.split()[0]},",
                         f"Dank voor het toesturen van het OPP van {n}. Wij (mijn man en ik) hebben het gelezen en gaan akkoord met het handelingsdeel zoals het nu is opgesteld.",
                         "Met vriendelijke groet,", m])]
        return B, None
    if kind == "email_noncommittal":
        B += [("p", "Reactie van ouders op het toegestuurde OPP (e-mail, opgenomen in het dossier):"),
              ("stamp", [f"Van: {m}", f"Datum: {dlong(ctx.d_sign)} 22:10", f"Onderwerp: RE: OPP {n}",
                         f"Hallo, we hebben het plan ontvangen, dank. We lezen het deze week rustig door en komen er dan bij jullie op terug. "
                         "Over de rustruimte willen we nog wel even bellen.", "Groet, " + m.split()[0]])]
        return B, None
    if kind == "stated":
        B += [("p", f"Instemming handelingsdeel: ouders ({m} en {v}) hebben op {dlong(ctx.d_sign)} in een telefoongesprek met {ctx.ib} "
                    f"aangegeven in te stemmen met het handelingsdeel. Deze instemming is dezelfde dag vastgelegd in het leerlingdossier en per e-mail aan ouders bevestigd.")]
        return B, None
    if kind == "blank_line":
        B += [("p", "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel van het OPP."),
              ("p", "Naam ouder/verzorger 1: ______________________   Handtekening: ______________________   Datum: ____________"),
              ("p", "Naam ouder/verzorger 2: ______________________   Handtekening: ______________________   Datum: ____________")]
        return B, None
    if kind == "unticked":
        B += [("checks", [(False, "Ik ga akkoord met het handelingsdeel"), (False, "Ik ga niet akkoord met het handelingsdeel")], False),
              ("table", H, [[m, "Ouder/verzorger", sd, ctx.sig(m)]] + [r for r in school_rows], W)]
        return B, None
    if kind in ("scanpage", "scanpage_school_only"):
        B.append(("p", "De ondertekening staat op het ondertekeningsblad (laatste pagina, gescand na ondertekening)."))
        signed = kind == "scanpage"
        rows = [("Ouder/verzorger 1", m, sd if signed else "", signed, "akkoord" if signed else ""),
                ("Ouder/verzorger 2", v, sd if signed else "", signed, ""),
                (ctx.ibrole.capitalize(), ctx.ib, dshort(ctx.d_draft), True, ""),
                ("Directeur", ctx.dir, dshort(ctx.date), True, "")]
        p = os.path.join(ctx.imgdir, f"scanpage_{ctx.spec['id']}.png")
        signature_page_image(p, ctx.spec["seed"], f"Ondertekeningsblad OPP – {n} {ctx.ach}",
                             [f"School: {ctx.school}, {ctx.place}",
                              "Ouders/verzorgers verklaren akkoord te gaan met het handelingsdeel",
                              "van het ontwikkelingsperspectiefplan (versie " + dshort(ctx.date) + ")."], rows)
        return B, p
    if kind in ("adult_self", "adult_parents_only"):
        B.append(("p", f"{n} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel. Door te tekenen stemt {n} in met het handelingsdeel."))
        rows = []
        if kind == "adult_self":
            rows.append([f"{n} {ctx.ach}", "Leerling (18+)", [("checks", [(True, "ja"), (False, "nee")])], sd, ctx.sig(n)])
        else:
            rows.append([f"{n} {ctx.ach}", "Leerling (18+)", [("checks", [(False, "ja"), (False, "nee")])], "", ""])
            rows.append([m, "Moeder", [("checks", [(True, "ja"), (False, "nee")])], sd, ctx.sig(m)])
            rows.append([v, "Vader", [("checks", [(True, "ja"), (False, "nee")])], sd, ctx.sig(v)])
        for r in school_rows:
            rows.append([r[0], r[1], "", r[2], r[3]])
        B.append(("table", H5, rows, W5))
        return B, None
    if kind in ("curator", "curatele_pupil_only"):
        B.append(("p", f"{n} staat onder curatele; de curator, {m} (moeder), beslist over het handelingsdeel. {n} tekent mee om te laten zien dat {ctx.hij} het plan kent."))
        rows = []
        if kind == "curator":
            rows.append([m, "Curator (moeder)", [("checks", [(True, "ja"), (False, "nee")])], sd, ctx.sig(m)])
            rows.append([f"{n} {ctx.ach}", "Leerling", "gezien", sd, ctx.sig(n)])
        else:
            rows.append([f"{n} {ctx.ach}", "Leerling", [("checks", [(True, "ja"), (False, "nee")])], sd, ctx.sig(n)])
            rows.append([m, "Curator (moeder)", [("checks", [(False, "ja"), (False, "nee")])], "", ""])
        for r in school_rows:
            rows.append([r[0], r[1], "", r[2], r[3]])
        B.append(("table", H5, rows, W5))
        return B, None
    raise ValueError(kind)


EXTRA_TEXT = {
    "avg_swv": ("Toestemming gegevensuitwisseling (AVG)",
                "Ouders geven toestemming om dit OPP en de onderzoeksverslagen te delen met het {swv} (loket / arrangementenoverleg)."),
    "foto": ("Toestemming beeldmateriaal",
             "Ouders geven toestemming voor het gebruik van foto's en video's van {n} in de schoolgids, nieuwsbrief en op de website (AVG)."),
    "medicatie": ("Toestemming medicijnverstrekking",
                  "Ouders geven de school toestemming om {n} op schooldagen om 12.00 uur de voorgeschreven medicatie te geven, volgens het medicijnprotocol."),
    "tlv": ("Instemming aanvraag toelaatbaarheidsverklaring",
            "Ouders stemmen in met het aanvragen van een toelaatbaarheidsverklaring (TLV) bij het {swv}."),
    "onderzoek": ("Toestemming onderzoek",
                  "Ouders geven toestemming voor een psychodiagnostisch onderzoek door de orthopedagoog van het samenwerkingsverband."),
}


def extras_blocks(ctx, extras, style="table"):
    B = []
    for x in extras:
        t, txt = EXTRA_TEXT[x]
        txt = txt.replace("{swv}", ctx.swv).replace("{n}", ctx.n)
        B.append(("h2", t))
        B.append(("p", txt))
        if style == "wg":
            B.append(("p", f"☒ ja, ik geef toestemming   ☐ nee — w.g. {ctx.m_name}, {dlong(ctx.d_sign)}"))
        else:
            B.append(("table", ["Naam ouder/verzorger", "Toestemming", "Datum", "Handtekening"],
                      [[ctx.m_name, [("checks", [(True, "ja"), (False, "nee")])], dshort(ctx.d_sign), ctx.sig(ctx.m_name + x)]],
                      {"widths": [.3, .2, .15, .35]}))
    return B


# ---------------------------------------------------------------- labels
def labels_for(ctx):
    spec = ctx.spec
    L = {}
    for e in ELEMENTS:
        g = ctx.gap(e)
        if e == "instemming_ouders":
            k = spec["consent"]
            L[e] = "present" if k in PRESENT_CONSENT else ("missing" if k == "none" else "incomplete")
            continue
        if e == "inbreng_leerling" and (ctx.pre or ctx.adult) and not ctx.blank:
            L[e] = "not_applicable"
            continue
        if g is None or g == "ref_attached":
            if e == "afwijkingen_onderwijsprogramma" and ctx.prof["afw"] is None:
                L[e] = "not_applicable"
            else:
                L[e] = "present"
        elif g == "omit":
            L[e] = "missing"
        elif g == "nvt":
            L[e] = "not_applicable"
        else:
            L[e] = "incomplete"
    return L
