"""Element resolution, context (names, dates) and consent rendering. Deterministic: seeds only."""
import datetime as dt
import random
import re

from content import PROFILES, RECHTEN, RECHTEN_ADULT, GENERIC, INSTR, PLACEHOLDERS, REFS

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

FIRST_M = ["Daan", "Sem", "Levi", "Milan", "Thijmen", "Bram", "Jesse", "Mees", "Ruben", "Yusuf", "Stijn", "Hidde", "Jurre", "Noah", "Ilias", "Teun", "Gijs", "Wessel", "Finn", "Ayoub"]
FIRST_F = ["Fenna", "Noor", "Saar", "Liv", "Evi", "Tess", "Yara", "Lotte", "Nova", "Fleur", "Mila", "Ilse", "Roos", "Imane", "Jasmijn", "Sophie", "Femke", "Elin", "Zoë", "Lieke"]
LAST = ["Brouwer-Kaptein", "van Oostrum", "Hekkelman", "Terpstra", "El Amrani", "Wijnbergen", "de Kruijf", "Huisintveld", "Lammerink", "Schoonhoven", "van Dillen", "Oudejans", "Ristema", "Kocabaş", "Veldkamp", "Buitelaar", "Stokkermans", "ten Brinke", "Zwanenburg", "Bakhuys", "Overdiep", "Mulderij", "van Keulen", "Doornbosch"]
ADULT_F = ["Sandra", "Ilona", "Marieke", "Fatima", "Joyce", "Esther", "Anouk", "Karin", "Nadia", "Petra"]
ADULT_M = ["Erik", "Mohamed", "Bas", "Roel", "Jeroen", "Sander", "Hakan", "Wouter", "Pim", "Arjen"]
STAFF = ["J. Verhoeckx", "M. Tuinstra", "A. Brinkhorst", "S. van Asperen", "L. Harmsen", "R. Oldenkamp", "E. Pauwels", "K. Groeneveld", "T. Koopmanschap", "H. Dijkgraaf", "N. Vrielink", "C. Bosschaart", "P. Roodbeen", "F. Nijhoff", "D. Scheepmaker", "W. Hoogesteger"]

SCHOOLS = {
    "po": [("obs De Kraanvogelhof", "Wieringerveld"), ("cbs De Kompasroos", "Oosterdiek"), ("ikc Zilverschoon", "Brakelmonde"),
           ("rkbs Sint-Aldegonde", "Lindenoord"), ("obs Het Wilgenerf", "Hummelveen"), ("Daltonschool De Meerpaal", "Zandhoven aan de Aa"),
           ("cbs Ichthus-Oost", "Veldermeer"), ("ikc De Sterrenwachter", "Ravensdonk"), ("obs 't Zwaluwnest", "Haarlerbroek"), ("Jenaplanschool De Boomgaard", "Stelderwijk")],
    "sbo": [("sbo De Windwijzer", "Brakelmonde"), ("sbo Het Kristal", "Veldermeer"), ("sbo De Zeilmaker", "Oosterdiek")],
    "so": [("so De Regenboogbrug (cluster 4)", "Ravensdonk"), ("so Het Palethof", "Lindenoord")],
    "vo": [("Wiltonck College, locatie Oosterdiek", "Oosterdiek"), ("Scholengemeenschap Het Veldercollege", "Veldermeer")],
    "pro": [("Praktijkschool De Akkerwal", "Hummelveen"), ("Praktijkcollege Ravensdonk", "Ravensdonk")],
    "vso": [("vso De Brug-Oost", "Stelderwijk"), ("Mytylschool De Hoge Linde (vso)", "Zandhoven aan de Aa")],
}
BOARDS = ["Stichting Lindekring Onderwijs", "Stichting Onderwijs Heuvelrijk-Noord", "Coöperatie Kindkracht Oost", "Stichting Veldermeer Scholen",
          "Vereniging Christelijk Onderwijs De Kompas", "Stichting Brakelmonde Primair", "Stichting Passage Speciaal Onderwijs"]
SWVS = ["Samenwerkingsverband Passend Primair Maasoever-Zuid", "SWV De Veenstroom PO", "Samenwerkingsverband Samen Sterk Haarlerbroek", "SWV Passend Onderwijs Ravensdonk e.o.",
        "Samenwerkingsverband VO Veldermeer-Oosterdiek"]


def fmt_long(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


def fmt_num(d):
    return "%02d-%02d-%d" % (d.day, d.month, d.year)


def shift_years(text, delta):
    if not delta:
        return text
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + delta), text)


def make_ctx(spec):
    rnd = random.Random("ctx-%s" % spec["id"])
    prof = PROFILES.get(spec.get("profile")) or {}
    female = rnd.random() < 0.5
    first = rnd.choice(FIRST_F if female else FIRST_M)
    last = rnd.choice(LAST)
    school, place = rnd.choice(SCHOOLS[spec["type"] if spec["type"] in SCHOOLS else "po"])
    staff = rnd.sample(STAFF, 6)
    mom = rnd.choice(ADULT_F); dad = rnd.choice(ADULT_M)
    vdate = dt.date.fromisoformat(spec["date"])
    age = prof.get("age", 9)
    born = dt.date(vdate.year - age - (1 if vdate.month < 6 else 0), rnd.randint(1, 12), rnd.randint(1, 28))
    ctx = dict(
        N=first, last=last, full="%s %s" % (first, last), female=female,
        hij="zij" if female else "hij", Hij="Zij" if female else "Hij", zijn="haar" if female else "zijn",
        Zijn="Haar" if female else "Zijn", hem="haar" if female else "hem",
        ouder1="%s %s (moeder)" % (mom, last.split("-")[0]) if True else "", ouder2="%s %s (vader)" % (dad, last.split("-")[0]),
        mom_short="%s. %s" % (mom[0], last.split("-")[0]), dad_short="%s. %s" % (dad[0], last.split("-")[0]),
        lk=staff[0], ib=staff[1], ortho="drs. " + staff[2], directeur=staff[3], mentor=staff[4], extra=staff[5],
        school=school, place=place, board=rnd.choice(BOARDS), swv=rnd.choice(SWVS),
        vdate=vdate, born=born, groep=prof.get("groep", ""),
        oogo_date=vdate - dt.timedelta(days=8), inb_date=vdate - dt.timedelta(days=15),
        eval_date=vdate + dt.timedelta(days=rnd.choice([84, 105, 119, 126])), cdate=vdate + dt.timedelta(days=rnd.choice([2, 4, 6])),
        leerlingnr="%06d" % rnd.randint(100000, 999999), schooljaar=("%d-%d" % (vdate.year, vdate.year + 1)) if vdate.month >= 8 else ("%d-%d" % (vdate.year - 1, vdate.year)),
    )
    if prof.get("curatele"):
        ctx["consenter"] = "%s %s, moeder en curator" % (mom, last.split("-")[0])
        ctx["consenter_label"] = "Handtekening curator (wettelijk vertegenwoordiger)"
    elif prof.get("adult"):
        ctx["consenter"] = ctx["full"]
        ctx["consenter_label"] = "Handtekening leerling (meerderjarig)"
    else:
        ctx["consenter"] = rnd.choice([ctx["ouder1"], ctx["ouder2"], "%s en %s" % (ctx["mom_short"], ctx["dad_short"])])
        ctx["consenter_label"] = "Handtekening ouder(s)/verzorger(s)"
    if spec.get("blank"):
        for k in ("N", "full", "last", "school", "place", "lk", "ib", "directeur", "consenter", "ouder1", "ouder2", "groep", "leerlingnr"):
            ctx[k] = ""
        ctx.update(hij="de leerling", Hij="De leerling", zijn="zijn/haar", Zijn="Zijn/haar", hem="hem/haar", N="de leerling")
    return ctx


def fill(text, ctx, delta=0, cap=True):
    d = dict(ctx)
    for k in ("oogo_date", "inb_date", "eval_date", "cdate", "vdate", "born"):
        d[k] = fmt_long(ctx[k])
    out = text.format(**d)
    out = shift_years(out, delta)
    return out[0].upper() + out[1:] if (out and cap) else out


def profile_data(spec, ctx):
    p = PROFILES[spec["profile"]]
    delta = spec.get("shift", 0)
    f = lambda t: fill(t, ctx, delta)
    onderb = f(p["onderbouwing"])
    if "uitstroombestemming" in spec.get("gaps", {}):
        # the expected destination must not leak through the last (concluding) sentence of the onderbouwing
        onderb = onderb[: onderb.rstrip(".").rfind(". ") + 1]
    return dict(
        uitstroom=f(p["uitstroom"]), vo_tick=p["vo_tick"], onderbouwing=onderb,
        belem={k: f(v) for k, v in p["belem"].items()}, bevord={k: f(v) for k, v in p["bevord"].items()},
        behoefte=[f(x) for x in p["behoefte"]], ondersteuning=[tuple(fill(c, ctx, delta, cap=(j == 0)) for j, c in enumerate(row)) for row in p["ondersteuning"]],
        afwijk=f(p["afwijk"]) if p["afwijk"] else None, doelen=[f(x) for x in p["doelen"]], advies=f(p["advies"]),
        oogo=f(p["oogo"]), inbreng_view=f(p["inbreng_view"]), inbreng_effect=f(p["inbreng_effect"]),
        evaluatie=f(p["evaluatie"]), adult=p.get("adult", False) and not p.get("curatele", False), curatele=p.get("curatele", False),
        kleuter=p.get("kleuter", False), gifted=p.get("gifted", False),
        rechten=RECHTEN_ADULT if (p.get("adult") and not p.get("curatele")) else RECHTEN[spec.get("rechten_v", 0) % len(RECHTEN)],
    )


SPECIAL_TEXT = {
    ("oogo", "future"): "Het plan wordt met ouders besproken in een gesprek dat nog wordt ingepland.",
    ("evaluatie", "vague"): "Het plan wordt geëvalueerd.",
    ("doelen", "vague"): "Lekker in {zijn} vel zitten.\nVooruitgaan met lezen en rekenen.\nBeter leren samenwerken.",
    ("uitstroombestemming", "tevroeg"): "Gezien de jonge leeftijd van {N} is een uitstroombestemming nog niet aan te geven.",
    ("adviezen_professionals", "zieverslag"): "Zie verslag.",
    ("ondersteuning", "vague"): "{N} krijgt extra hulp waar nodig.",
    ("onderbouwing", "vague"): "Op basis van wat we zien in de klas.",
    ("bevorderende_factoren", "vague"): "{N} is een leuk kind.",
}


def resolve(spec, ctx):
    """Return R[element] = dict(mode, text, status)."""
    gaps = spec.get("gaps", {})
    R = {}
    vdate = dt.date.fromisoformat(spec["date"])
    revised = dt.date.fromisoformat(spec["revised"]) if spec.get("revised") else None
    prof = PROFILES.get(spec.get("profile"), {})
    adult = prof.get("adult") and not prof.get("curatele")
    inbreng_in_force = (vdate >= CUTOFF or (revised and revised >= CUTOFF)) and not adult
    for el in ELEMENTS:
        if el == "instemming_ouders":
            continue
        g = gaps.get(el)
        if g is None:
            mode, text, status = "ok", None, "present"
            if el == "afwijkingen_onderwijsprogramma" and not prof.get("afwijk"):
                status = "not_applicable"
        elif isinstance(g, tuple):
            mode, text, status = "text", fill(g[1], ctx, 0), g[2]
        elif g == "drop":
            mode, text, status = "drop", None, "missing"
        elif g == "empty":
            mode, text, status = "empty", "", "incomplete"
        elif g.startswith("ph"):
            idx = int(g[2:]) if len(g) > 2 else 0
            mode, text, status = "text", PLACEHOLDERS[idx], "incomplete"
        elif g == "instr":
            mode, text, status = "text", INSTR[el], "incomplete"
        elif g == "ref":
            mode, text, status = "text", fill(REFS[el], ctx), "incomplete"
        elif g == "generic":
            mode, text, status = "text", GENERIC[el], "incomplete"
        elif g == "ticks":
            mode, text, status = "ticks", None, "incomplete"
        elif g == "noeffect":
            mode, text, status = "noeffect", None, "incomplete"
        elif g == "nodate":
            mode, text, status = "nodate", None, "incomplete"
        elif (el, g) in SPECIAL_TEXT:
            mode, text, status = "text", fill(SPECIAL_TEXT[(el, g)], ctx), "incomplete"
        else:
            raise ValueError((el, g))
        if el == "inbreng_leerling" and not inbreng_in_force:
            status = "not_applicable"
        R[el] = dict(mode=mode, text=text, status=status)
    cv = spec.get("consent", "sig")
    R["instemming_ouders"] = dict(mode="consent", variant=cv, status=CONSENT_STATUS[cv])
    return R


CONSENT_STATUS = {
    "sig": "present", "sig_wg": "present", "sig_img_only": "present", "portal": "present", "email": "present", "mondeling": "present",
    "gezien": "incomplete", "gezien_text": "incomplete", "protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank": "incomplete", "unticked": "incomplete", "nodate": "incomplete", "ph": "incomplete",
    "wrong_party": "incomplete", "pending": "incomplete", "future_sig": "incomplete",
    "drop": "missing", "avg_only": "missing",
}


def consent_blocks(spec, ctx, R, style="checks", txt=False):
    """Blocks for the consent + school signature part. style: checks | plain | export."""
    v = R["instemming_ouders"]["variant"]
    vs = R["vaststelling"]["mode"]
    cdate = fmt_num(ctx["cdate"])
    img = "wg" if txt else "img"
    party = ctx["consenter"]
    plabel = ctx["consenter_label"]
    prof = PROFILES.get(spec.get("profile"), {})
    adult = prof.get("adult") and not prof.get("curatele")
    wie = "Ik ga" if adult else "Ouder(s)/verzorger(s) ga(an)"
    wie_niet = "Ik ga niet" if adult else "Ouder(s)/verzorger(s) ga(an) niet"
    akk = "%s akkoord met het handelingsdeel (de te bieden ondersteuning) van dit plan" % wie
    nakk = "%s akkoord met het handelingsdeel" % wie_niet
    B = []

    def school_sig():
        if vs == "drop":
            return []
        if spec.get("blank"):
            return [("sig", dict(label="Handtekening school (directeur)", name="", date=None, mark=None))]
        name = (ctx["directeur"] + ", directeur") if ctx["directeur"] else ""
        if vs == "ok":
            return [("sig", dict(label="Voor de school (vaststelling)", name=name, date=fmt_num(ctx["vdate"]), mark=("wg" if txt else img)))]
        return [("sig", dict(label="Voor de school (vaststelling)", name=name, date=None, mark=None))]

    if style == "export":
        line = {
            "portal": "Akkoord handelingsdeel: JA - digitaal ondertekend door %s via ouderportaal op %s om 19:42" % (party, cdate),
            "pending": "Akkoord handelingsdeel: NOG NIET ONTVANGEN - ter ondertekening verstuurd naar ouders op %s" % cdate,
            "email": "Akkoord handelingsdeel: JA - per e-mail ontvangen van %s op %s (e-mail gearchiveerd in dossier)" % (party, cdate),
            "gezien": "Akkoord handelingsdeel: VOOR GEZIEN - ouder heeft getekend voor gezien op %s" % cdate,
            "refused": "Akkoord handelingsdeel: NEE - ouders gaan niet akkoord (%s)" % cdate,
            "blank": "Akkoord handelingsdeel:",
            "nodate": "Akkoord handelingsdeel: JA - ondertekend door %s; datum ondertekening: <leeg>" % party,
            "school_only": "Akkoord handelingsdeel: <leeg>",
            "mondeling": "Akkoord handelingsdeel: JA - mondeling akkoord gegeven door %s tijdens gesprek op %s, vastgelegd door %s (IB)" % (party, cdate, ctx["ib"]),
            "partial": "Akkoord handelingsdeel: GEDEELTELIJK - akkoord met de ondersteuning in de groep, niet met de RT buiten de groep (%s)" % cdate,
        }
        if v in ("drop",):
            pass
        elif v == "avg_only":
            B.append(("kv", [("Toestemming AVG gegevensdeling SWV", "JA - %s, %s" % (party, cdate)), ("Toestemming beeldmateriaal", "JA - %s" % cdate)]))
        else:
            B.append(("p", line[v]))
        if vs != "drop":
            B.append(("p", "Vastgesteld door: %s (directeur)   Datum vaststelling: %s" % (ctx["directeur"], fmt_num(ctx["vdate"]) if vs == "ok" else "")))
        return B

    if v == "drop":
        return school_sig()
    if v == "avg_only":
        B.append(("h2", "Toestemming gegevensuitwisseling en beeldmateriaal"))
        B.append(("checks", [(True, "Ik geef toestemming dat de school gegevens uit dit dossier deelt met het samenwerkingsverband en de jeugdarts (AVG)."),
                             (True, "Ik geef toestemming voor het gebruik van foto's van mijn kind in de schoolapp.")]))
        B.append(("sig", dict(label=plabel, name=party, date=cdate, mark=img)))
        return B + school_sig()
    if v in ("portal", "email", "mondeling", "future_sig"):
        t = {"portal": "Instemming handelingsdeel: digitaal akkoord gegeven door %s via het ouderportaal op %s om 20:13 uur." % (party, cdate),
             "email": "Instemming handelingsdeel: op %s per e-mail ontvangen van %s: \"Wij hebben het plan gelezen en gaan akkoord met het handelingsdeel.\" De e-mail is bewaard in het leerlingdossier." % (cdate, party),
             "mondeling": "Instemming handelingsdeel: %s heeft tijdens het gesprek op %s mondeling ingestemd met het handelingsdeel. Dit is in het gespreksverslag vastgelegd door %s (intern begeleider) en ter bevestiging aan ouders gemaild." % (party, cdate, ctx["ib"]),
             "future_sig": "Ouders ondertekenen het handelingsdeel na het evaluatiegesprek."}[v]
        B.append(("p", t))
        return B + school_sig()
    checks = None
    sig = dict(label=plabel, name=party, date=cdate, mark=img)
    extra = None
    if v == "sig":
        checks = [(True, akk), (False, nakk)]
    elif v == "sig_wg":
        checks = [(True, akk), (False, nakk)]; sig["mark"] = "wg"
    elif v == "sig_img_only":
        extra = "Voor akkoord met het handelingsdeel:"
    elif v == "gezien":
        checks = [(False, akk), (False, nakk), (True, "Voor gezien (het plan is met mij besproken)")]
    elif v == "gezien_text":
        extra = "Voor gezien."
    elif v == "protest":
        checks = [(True, akk), (False, nakk)]
        extra = "Getekend onder protest: wij zijn het niet eens met de inzet van ondersteuning buiten de groep en willen hier opnieuw over praten."
    elif v == "refused":
        checks = [(False, akk), (True, nakk)]
        extra = "Toelichting ouders: wij vinden dat de school te weinig uren begeleiding inzet."
    elif v == "partial":
        checks = [(False, akk), (False, nakk)]
        extra = "Ouders gaan akkoord met de ondersteuning in de klas, maar niet met het onderdeel buiten de eigen groep (RT / plusklas). Daarover volgt een nieuw gesprek."
    elif v == "school_only":
        checks = [(False, akk), (False, nakk)]
        sig = dict(label=plabel, name="", date=None, mark=None)
    elif v == "blank":
        checks = [(False, akk), (False, nakk)]
        sig = dict(label=plabel, name="", date=None, mark=None)
    elif v == "unticked":
        checks = [(False, akk), (False, nakk)]
        sig["mark"] = None
    elif v == "nodate":
        checks = [(True, akk), (False, nakk)]; sig["date"] = None
    elif v == "ph":
        sig = dict(label=plabel, name="[naam ouder]", date="[datum]", mark="ph")
        checks = [(True, akk)] if style == "checks" else None
    elif v == "wrong_party":
        if adult:
            checks = [(True, "Ouders gaan akkoord met het handelingsdeel")]
            sig = dict(label="Handtekening ouders", name=ctx["ouder1"], date=cdate, mark=img)
            B.append(("h2", "Ondertekening"))
            B.append(("checks", checks))
            B.append(("sig", sig))
            B.append(("sig", dict(label=plabel, name="", date=None, mark=None)))
            return B + school_sig()
        else:  # curatele: pupil signed, curator did not
            B.append(("h2", "Ondertekening"))
            B.append(("checks", [(True, "Ik ga akkoord met mijn plan")]))
            B.append(("sig", dict(label="Handtekening leerling", name=ctx["full"], date=cdate, mark=img)))
            B.append(("sig", dict(label=plabel, name="", date=None, mark=None)))
            return B + school_sig()
    if style == "plain" and checks:
        # plain style: no boxes, but the statement the box would carry
        ticked = [l for c, l in checks if c]
        if ticked:
            B.append(("p", ticked[0] + "."))
        else:
            B.append(("p", "Akkoord met het handelingsdeel: ja / nee *    (* doorhalen wat niet van toepassing is)"))
    elif checks:
        B.append(("checks", checks))
    if extra:
        B.append(("p", extra))
    B.append(("sig", sig))
    return B + school_sig()
