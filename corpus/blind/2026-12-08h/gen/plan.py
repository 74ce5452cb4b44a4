# -*- coding: utf-8 -*-
"""Turns a document spec into a resolved plan (texts with their gaps) and its labels."""
import random
from content import (ELEMENTS, P, SCHOOLS, SWV, FIRST_M, FIRST_F, SURN, STAFF, DIRECT, DOMAINS, CVB,
                     RIGHTS, RIGHTS_ADULT, INSTR, ZIE, GAP, Gap, dlong, dshort, add_days)

CUTOFF = "2025-08-01"


class NA(str):
    """Explicit 'not applicable' text (e.g. 'geen afwijkingen')."""
    pass


def fmt(s, pl):
    return s.format(**pl["pron"])


def gap_value(eid, state):
    if state in GAP:
        return Gap(GAP[state])
    if state == "instr":
        return Gap(INSTR[eid])
    if state == "zie":
        return Gap(ZIE[eid])
    raise ValueError((eid, state))


def build(spec):
    rnd = random.Random("blind61-" + spec.get("seed", spec["id"]))
    t = spec["type"]
    pr = P[spec["profile"]]
    female = spec.get("female", rnd.random() < 0.5)
    first = rnd.choice(FIRST_F if female else FIRST_M)
    sur = rnd.choice(SURN)
    naam = first
    pron = {"naam": first, "Naam": first, "hij": "zij" if female else "hij", "Hij": "Zij" if female else "Hij",
            "zijn": "haar" if female else "zijn", "hem": "haar" if female else "hem"}
    opts = SCHOOLS[t]
    if t == "so":
        opts = [x for x in opts if ("cluster 2" in x[0]) == (spec["profile"] == "E")]
    school, plaats = rnd.choice(opts)
    staff = rnd.sample(STAFF, 3)
    age = spec.get("age") or {"po": rnd.choice([9, 10, 11]), "sbo": rnd.choice([9, 10, 11]), "so": rnd.choice([8, 9, 10]),
                              "vo": rnd.choice([14, 15]), "pro": rnd.choice([14, 15, 16]), "vso": rnd.choice([15, 16])}[t]
    pdate = spec["date"]
    geb = add_days("%04d-%s" % (int(pdate[:4]) - age, pdate[5:]) if pdate[5:] != "02-29" else pdate, -rnd.randint(20, 330))
    klas = {"po": "groep %d" % (age - 3), "sbo": "groep %d" % (age - 3), "so": "groep %d (SO-%s)" % (age - 3, rnd.choice("ABC")),
            "vo": "leerjaar %d" % (age - 11), "pro": "leerjaar %d" % (age - 11), "vso": "leerjaar %d" % (age - 11)}[t]
    pl = dict(spec=spec, id=spec["id"], type=t, first=first, sur=sur, name="%s %s" % (first, sur), pron=pron, female=female,
              school=school, plaats=plaats, swv=SWV[t], mentor=staff[0], ib=staff[1], extra=staff[2],
              director=rnd.choice(DIRECT), age=age, geb=geb, klas=klas, date=pdate, revised=spec.get("revised"),
              adult=spec.get("adult"), rnd=rnd)
    pl["mentor_role"] = "mentor" if t in ("vo", "pro", "vso") else "groepsleerkracht"
    pl["ib_role"] = "zorgcoördinator" if t in ("vo", "pro", "vso") else "intern begeleider"
    parents = spec.get("parents") or ("mw. %s" % sur if rnd.random() < 0.5 else "dhr. en mw. %s" % sur)
    pl["parents"] = parents
    oogo_d = add_days(pdate, -rnd.choice([7, 9, 12, 14]))
    pl["oogo_date"] = oogo_d
    eval1 = add_days(pdate, rnd.choice([91, 98, 105]))
    eval2 = add_days(pdate, rnd.choice([231, 238, 245]))
    pl["eval1"], pl["eval2"] = eval1, eval2
    st = dict(spec.get("st", {}))
    eff = pl["revised"] or pdate
    adult_b = pl["adult"] == "bekwaam"
    # --- default states
    states = {e: "present" for e in ELEMENTS}
    states["afwijkingen_onderwijsprogramma"] = "present" if (spec.get("afwijking", pr["afwijking"])) else "none"
    if eff < CUTOFF or adult_b:
        states["inbreng_leerling"] = "na"  # section omitted by default
    states.update(st)
    pl["states"] = states
    pl["consent_variant"] = spec.get("consent", "signed")
    pl["vast_variant"] = spec.get("vast", "present")
    V = {}
    uit = spec["uit"]
    for e in ELEMENTS:
        s = states[e]
        if s == "missing":
            V[e] = None
            continue
        if s not in ("present", "none", "na", "na_shown", "partial", "unticked", "seeother", "vague", "short"):
            V[e] = gap_value(e, s)
            continue
        if e == "uitstroombestemming":
            V[e] = spec.get("uit_text", uit) if s != "short" else Gap(spec["uit_short"])
        elif e == "onderbouwing":
            V[e] = fmt(pr["onderb"], pl)
            if states["uitstroombestemming"] in ("present", "short"):
                V[e] += " Daarom verwachten wij als uitstroombestemming: %s." % uit
        elif e in ("belemmerende_factoren", "bevorderende_factoren"):
            src = pr["belem"] if e.startswith("belem") else pr["bevord"]
            V[e] = {k: fmt(v, pl) for k, v in src.items()}
        elif e == "ondersteuningsbehoefte":
            V[e] = [fmt(x, pl) for x in pr["behoefte"]]
        elif e == "ondersteuning":
            rows = [tuple(fmt(c, pl) for c in r) for r in pr["steun"]]
            if s == "partial":
                rows = [(r[0], "", "", "") for r in rows]
            V[e] = rows
        elif e == "afwijkingen_onderwijsprogramma":
            if s == "none":
                V[e] = NA("Er zijn geen afwijkingen van het reguliere onderwijsprogramma.")
            elif s == "unticked":
                V[e] = Gap("")
            else:
                V[e] = fmt(spec.get("afwijking", pr["afwijking"]), pl)
        elif e == "doelen":
            if s == "vague":
                V[e] = [("Lezen", "Beter leren lezen."), ("Gedrag", "Meer zelfvertrouwen krijgen."),
                        ("Werkhouding", "Zelfstandiger werken.")]
            else:
                V[e] = [(a, fmt(b, pl)) for a, b in pr["doelen"]]
        elif e == "adviezen_professionals":
            adv = [tuple(fmt(c, pl) for c in a) for a in pr["advies"]]
            if t in ("so", "vso"):
                w, a, d = CVB[t]
                adv = [(w.format(d=dshort(add_days(pdate, -21))), a, d)] + adv
            V[e] = adv
        elif e == "oogo":
            if s == "partial":
                V[e] = Gap("Besproken met ouders op: ...")
            else:
                who = pl["name"] if adult_b else parents
                extra = ""
                if pl["adult"] == "curatele":
                    extra = " en de curator, %s" % spec.get("curator", "mr. W. Hazeleger")
                if eff >= CUTOFF and not adult_b and states["inbreng_leerling"] not in ("missing",):
                    extra += ", in aanwezigheid van %s zelf" % first
                V[e] = ("Het ontwikkelingsperspectief is op %s besproken met %s%s (op overeenstemming gericht overleg). "
                        "Namens de school waren aanwezig: %s (%s) en %s (%s)." %
                        (dlong(oogo_d), who, extra, pl["mentor"], pl["mentor_role"], pl["ib"], pl["ib_role"]))
        elif e == "inbreng_leerling":
            view, change = (fmt(x, pl) for x in pr["inbreng"])
            if s == "partial":
                V[e] = (view, None)
            elif s == "na":
                V[e] = None
            else:
                V[e] = (view, change)
        elif e == "evaluatie":
            if s == "partial":
                V[e] = Gap("Het plan wordt geëvalueerd. Datum: n.t.b.")
            else:
                who = "met %s" % (pl["name"] if adult_b else "ouders en %s" % first)
                V[e] = ("Het OPP wordt minimaal één keer per schooljaar %s geëvalueerd. Tussenevaluatie: %s; "
                        "jaarevaluatie en bijstelling: %s." % (who, dlong(eval1), dlong(eval2)))
        elif e == "informatie_rechten":
            V[e] = fmt(RIGHTS_ADULT, pl) if adult_b else RIGHTS
        elif e == "vaststelling":
            V[e] = {"date": pdate, "who": pl["director"]}
    vv = pl["vast_variant"]
    if vv == "missing":
        V["vaststelling"] = None
    elif vv == "nodate":
        V["vaststelling"] = {"date": None, "who": pl["director"]}
    elif vv == "placeholder":
        V["vaststelling"] = {"date": Gap("nog invullen"), "who": Gap("...")}
    elif vv == "concept":
        V["vaststelling"] = {"date": None, "who": None, "concept": True}
    pl["V"] = V
    pl["consent"] = consent(pl)
    pl["labels"] = labels(pl)
    return pl


def consent(pl):
    v = pl["consent_variant"]
    d = add_days(pl["date"], pl["rnd"].choice([2, 3, 6]))
    par = pl["parents"]
    school_signer = {"role": "Namens de school", "name": pl["director"], "signed": True, "date": pl["date"], "remark": ""}
    parent = {"role": "Ouder(s)/verzorger(s)", "name": par, "signed": True, "date": d, "remark": ""}
    opts = {"akkoord": True, "niet": False, "deels": False}
    if pl["vast_variant"] != "present":
        school_signer["date"] = ""
        if pl["vast_variant"] in ("concept", "missing", "placeholder"):
            school_signer["signed"] = False
    c = {"options": opts, "signers": [parent, school_signer], "statement": None, "other": None, "image_only": False}
    if v == "signed":
        pass
    elif v == "image_only":
        c["image_only"] = True
    elif v == "stated":
        c["statement"] = ("Ouders hebben op %s per e-mail laten weten in te stemmen met het handelingsdeel; de e-mail is "
                          "opgenomen in het leerlingdossier." % dlong(d))
    elif v == "voor_gezien":
        opts["akkoord"] = False
        parent["remark"] = "voor gezien"
    elif v == "onder_protest":
        parent["remark"] = "onder protest getekend, wij zijn het niet eens met de uitstroombestemming"
    elif v == "refused":
        opts.update(akkoord=False, niet=True)
        parent["remark"] = "niet akkoord met het handelingsdeel"
    elif v == "partial":
        opts.update(akkoord=False, deels=True)
        parent["remark"] = "wel akkoord met de leesbegeleiding, niet met de time-out-procedure"
    elif v == "school_only":
        opts["akkoord"] = False
        parent.update(signed=False, date="")
    elif v == "blank":
        opts["akkoord"] = False
        parent.update(signed=False, date="")
        school_signer.update(signed=False, date="")
    elif v == "unticked":
        opts["akkoord"] = False
        parent.update(signed=False, date="")
    elif v == "no_date":
        parent.update(date="")
    elif v in ("missing", "other_consent"):
        c = None
    elif v == "adult_self":
        c["signers"] = [{"role": "Leerling (meerderjarig)", "name": pl["name"], "signed": True, "date": d, "remark": ""},
                        school_signer]
    elif v == "adult_parents_only":
        opts["akkoord"] = False
        c["signers"] = [{"role": "Leerling (meerderjarig)", "name": pl["name"], "signed": False, "date": "", "remark": ""},
                        parent, school_signer]
    elif v == "curatele_pupil_only":
        opts["akkoord"] = False
        cur = pl["spec"].get("curator", "mr. W. Hazeleger")
        c["signers"] = [{"role": "Leerling", "name": pl["name"], "signed": True, "date": d, "remark": ""},
                        {"role": "Curator", "name": cur, "signed": False, "date": "", "remark": ""}, school_signer]
    elif v == "curatele_curator":
        cur = pl["spec"].get("curator", "mr. W. Hazeleger")
        c["signers"] = [{"role": "Curator (wettelijk vertegenwoordiger)", "name": cur, "signed": True, "date": d, "remark": ""},
                        {"role": "Leerling (voor gezien)", "name": pl["name"], "signed": True, "date": d, "remark": ""},
                        school_signer]
    else:
        raise ValueError(v)
    pl["other_consent"] = v == "other_consent" or pl["spec"].get("avg", False)
    return c


PRESENT_STATES = {"present", "seeother"}
NA_STATES = {"none", "na", "na_shown"}

CONSENT_LABEL = {"signed": "present", "image_only": "present", "stated": "present", "adult_self": "present",
                 "curatele_curator": "present", "missing": "missing", "other_consent": "missing"}


def labels(pl):
    L = {}
    for e in ELEMENTS:
        s = pl["states"][e]
        if s == "missing":
            L[e] = "missing"
        elif s in PRESENT_STATES:
            L[e] = "present"
        elif s in NA_STATES:
            L[e] = "not_applicable"
        else:
            L[e] = "incomplete"
    L["instemming_ouders"] = CONSENT_LABEL.get(pl["consent_variant"], "incomplete")
    L["vaststelling"] = {"present": "present", "missing": "missing"}.get(pl["vast_variant"], "incomplete")
    return L
