# -*- coding: utf-8 -*-
"""Deterministic generator for blind corpus round 66 (2026-12-08n).

python3 gen.py  -> writes docs/, labels.json (uses ../../../build for intermediates)
No clock, no randomness except seeded from document ids (zlib.crc32).
"""
import datetime as dt
import re
import json
import os
import zlib

import content as C
from specs import D, SCHOOLS, SWV

HERE = os.path.dirname(os.path.abspath(__file__))
CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def seed(s):
    return zlib.crc32(s.encode("utf-8"))


def pick(lst, key):
    return lst[seed(key) % len(lst)]


def d(iso):
    return dt.date.fromisoformat(iso)


def long(dd):
    return f"{dd.day} {MONTHS[dd.month - 1]} {dd.year}"


def num(dd):
    return f"{dd.day:02d}-{dd.month:02d}-{dd.year}"


MOTHERS = ["mw. L.", "mw. A.", "mw. S.", "mw. K.", "mw. H.", "mw. Y.", "mw. P.", "mw. E."]
FATHERS = ["dhr. T.", "dhr. M.", "dhr. R.", "dhr. J.", "dhr. B.", "dhr. W."]
STAFF = {
    "ib": ["mw. S. Oudeman (intern begeleider)", "dhr. G. Lankhorst (intern begeleider)", "mw. R. Tuinstra (intern begeleider)"],
    "zc": ["mw. D. Kappelhof (ondersteuningscoördinator)", "dhr. K. Spanjaard (zorgcoördinator)", "mw. M. Nijboer (ondersteuningscoördinator)"],
    "gw": ["mw. drs. J. van Everdingen (orthopedagoog, lid CvB)", "dhr. drs. A. Postma (gedragswetenschapper)", "mw. drs. N. Heikens (orthopedagoog)"],
    "dir": ["mw. A. Verhoef", "dhr. H. Slingerland", "mw. C. Tamminga", "dhr. F. de Boerma"],
}
OTHER_NAMES = [("Daan", "m"), ("Sofie", "v"), ("Jens", "m"), ("Elif", "v"), ("Gijs", "m"), ("Maud", "v")]


def ctx_for(spec):
    t = spec["type"]
    first, last, sex = spec["name"]
    date = d(spec["date"])
    school, place = SCHOOLS[t][spec.get("school", 0) % len(SCHOOLS[t])]
    age = {"po": 10, "sbo": 11, "so": 10, "vo": 14, "pro": 16, "vso": 17}[t]
    if spec.get("adult"):
        age = 18 + seed(spec["id"]) % 2
    bmonth = 1 + seed(spec["id"] + "b") % 12
    bday = 1 + seed(spec["id"] + "d") % 27
    byear = date.year - age - (1 if (bmonth, bday) > (date.month, date.day) else 0)
    birth = dt.date(byear, bmonth, bday)
    c = dict(C.PRON[sex])
    c.update(n=first, full=f"{first} {last}", last=last, sex=sex, school=school, place=place, swv=SWV[t],
             birth=birth, date=date, type=t)
    c["mother"] = f"{pick(MOTHERS, spec['id'])} {last}"
    c["father"] = f"{pick(FATHERS, spec['id'] + 'f')} {last}"
    vo_like = t in ("vo", "pro", "vso")
    c["mentor"] = ("mentor " if vo_like else "leerkracht ") + pick(["mw. B. Sterkenburg", "dhr. E. Lamsma", "mw. H. Fijnaut", "dhr. O. Bakels",
                                                                  "mw. W. Zondervan", "dhr. L. Mertens", "mw. J. Hofman"], spec["id"] + "m")
    c["coord"] = pick(STAFF["zc"] if vo_like else STAFF["ib"], spec["id"] + "c")
    c["gw"] = pick(STAFF["gw"], spec["id"] + "g")
    c["dir"] = pick(STAFF["dir"], spec["id"] + "r")
    c["dirrole"] = "directeur" if t in ("po", "sbo") else ("directeur" if t in ("so", "vso") else "teamleider / locatiedirecteur")
    c["contact"] = "de mentor of de ondersteuningscoördinator" if vo_like else "de leerkracht of de intern begeleider"
    c["oogo"] = date - dt.timedelta(days=14)
    c["talk"] = date - dt.timedelta(days=19)
    c["signed"] = date - dt.timedelta(days=3)
    base = d(spec["revised"]) if spec.get("revised") else date
    c["eval1"] = base + dt.timedelta(days=98 + seed(spec["id"] + "e") % 14)
    sy0 = base.year if base.month >= 8 else base.year - 1
    c["eval2"] = dt.date(sy0 + 1, 6, 8 + seed(spec["id"] + "e2") % 14)
    c["adult"] = bool(spec.get("adult"))
    c["curatele"] = bool(spec.get("curatele"))
    c["revised"] = d(spec["revised"]) if spec.get("revised") else None
    c["klas"] = C.ARCH[spec["arch"]]["klas"]
    ref = c["revised"] or date
    c["yoff"] = (ref.year if ref.month >= 8 else ref.year - 1) - 2025
    c["arch"] = C.ARCH[spec["arch"]]
    return c


def S(text, c):
    """Fill pronouns/name; shift archetype years (written for school year 2025-2026) to the plan's school year."""
    t = text.format(**{k: v for k, v in c.items() if isinstance(v, str)})
    off = c.get("yoff", 0)
    if off:
        t = re.sub(r"\b(202[0-7])\b", lambda m: str(int(m.group(1)) + off), t)
    return t


def is_pre(spec):
    last = d(spec.get("revised") or spec["date"])
    return last < CUTOFF


def mode_of(spec, el):
    g = spec["gaps"].get(el)
    if g:
        return g
    if el == "inbreng_leerling" and is_pre(spec) and not spec.get("pre_view"):
        return "absent"
    return "ok"


def label_for(spec, el, mode):
    adult_capable = spec.get("adult") and not spec.get("curatele")
    if el == "inbreng_leerling" and (is_pre(spec) or adult_capable):
        return "not_applicable"
    arch = C.ARCH[spec["arch"]]
    if mode == "ok":
        if el == "afwijkingen_onderwijsprogramma" and arch["afwijkingen"] is None:
            return "not_applicable"
        return "present"
    if mode == "absent":
        return "missing"
    if el == "afwijkingen_onderwijsprogramma" and mode == "nvt" and arch["afwijkingen"] is None:
        return "not_applicable"
    if el == "instemming_ouders" and mode == "avg_only":
        return "missing"
    return "incomplete"


# ------------------------------------------------------------------ element content
ZIE = {
    "onderbouwing": "Zie bijlage 1 (onderzoeksverslag en toetsoverzicht).",
    "belemmerende_factoren": "Zie bijlage 2.",
    "bevorderende_factoren": "Zie bijlage 2.",
    "ondersteuning": "Zie groepsplan en arrangement (bijlage 3).",
    "doelen": "Zie handelingsplan (bijlage).",
    "adviezen_professionals": "Zie bijlage (verslagen externe deskundigen).",
    "ondersteuningsbehoefte": "Zie bijlage.",
}


def ok_content(el, c, arch=None):
    """Neutral content: list of items: str | ('bullets', [..]) | ('table', header, rows) | ('guid', str)"""
    a = arch or c["arch"]
    f = lambda t: S(t, c)
    if el == "uitstroombestemming":
        u = f(a["uitstroom"])
        return [u[0].upper() + u[1:] + "."]
    if el == "onderbouwing":
        return [f(a["onderbouwing"])]
    if el == "belemmerende_factoren":
        return [("bullets", [f"{dom}: {f(b)}" for dom, b, _ in a["factors"]])]
    if el == "bevorderende_factoren":
        return [("bullets", [f"{dom}: {f(g)}" for dom, _, g in a["factors"]])]
    if el == "ondersteuningsbehoefte":
        return [("bullets", [f(x) for x in a["behoeften"]])]
    if el == "ondersteuning":
        return [("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [[f(x) for x in r] for r in a["support"]])]
    if el == "afwijkingen_onderwijsprogramma":
        if a["afwijkingen"] is None:
            return [f("Er zijn geen afwijkingen van het onderwijsprogramma: {n} volgt het reguliere programma en de volledige onderwijstijd.")]
        return [f(a["afwijkingen"])]
    if el == "doelen":
        return [("bullets", [f(x) for x in a["doelen"]])]
    if el == "adviezen_professionals":
        return [f(a["adviezen"])]
    if el == "oogo":
        if c["adult"] and not c["curatele"]:
            who = f"{c['full']} zelf (meerderjarig) en, op {c['zijn']} verzoek, {c['mother']}"
        elif c["curatele"]:
            who = f"{c['mother']} (moeder en curator) en {c['n']}"
        else:
            who = f"{c['mother']} en {c['father']}"
        return [f"Het ontwikkelingsperspectief is op {long(c['oogo'])} besproken met {who}, {c['mentor']} en {c['coord']}. "
                f"De wensen uit dat gesprek zijn verwerkt: de doelen zijn samen geformuleerd en de startdatum van de ondersteuning is aangepast "
                f"aan de planning thuis."]
    if el == "inbreng_leerling":
        v, e = a["inbreng"]
        return [f"Gesprek met {c['n']} op {long(c['talk'])} ({c['mentor']}): " + f(v), "Wat we daarmee doen: " + f(e)]
    if el == "evaluatie":
        who = "ouders" if not c["adult"] else ("de curator" if c["curatele"] else c["n"])
        if c["date"] >= CUTOFF and not (c["adult"] and not c["curatele"]):
            who += f" en {c['n']}"
        pre = ""
        if c["revised"]:
            pre = f"Het plan is geëvalueerd met ouders op {long(c['revised'] - dt.timedelta(days=7))} en daarna bijgesteld. "
        return [pre + f"Tussenevaluatie met {who}: {long(c['eval1'])}. Eindevaluatie en bijstelling van het plan: {long(c['eval2'])}. "
                f"We bespreken per doel of het is gehaald en of de ondersteuning werkt; het OPP wordt ten minste één keer per schooljaar geëvalueerd."]
    if el == "informatie_rechten":
        t = C.RIGHTS_TEXT_ADULT if (c["adult"] and not c["curatele"]) else C.RIGHTS_TEXT
        return [t.format(contact=c["contact"], swv=c["swv"])]
    if el == "vaststelling":
        t = f"Vastgesteld op {long(c['date'])} door {c['dir']}, {c['dirrole']}, namens het bevoegd gezag van {c['school']}."
        if c["revised"]:
            t += f" Bijgesteld na de evaluatie op {long(c['revised'])} (zelfde ondertekenaar)."
        return [t]
    raise KeyError(el)


def other_ctx(spec, c):
    # another pupil's text pasted in: other archetype of compatible type, other name
    keys = sorted(k for k in C.ARCH if k != spec["arch"])
    same = [k for k in keys if spec["type"] in C.ARCH[k]["types"]] or keys
    ok = same[seed(spec["id"] + "o") % len(same)]
    nm, sx = OTHER_NAMES[seed(spec["id"] + "on") % len(OTHER_NAMES)]
    oc = dict(c)
    oc.update(C.PRON[sx])
    oc["n"] = nm
    return oc, C.ARCH[ok]


def content(spec, c, el):
    mode = mode_of(spec, el)
    if mode == "ok":
        return ok_content(el, c)
    if mode == "unticked":
        return []
    if mode == "absent":
        return None
    if mode == "empty":
        return []
    if mode.startswith("ph:"):
        return [mode[3:]]
    if mode == "cc_placeholder":
        return ["Klik of tik om tekst in te voeren."]
    if mode == "guidance":
        return [("guid", C.GUIDANCE[el])]
    if mode == "zie_bijlage":
        return [ZIE[el]]
    if mode == "zie_verslag":
        return [f"Advies commissie voor de begeleiding: zie verslag CvB d.d. {num(c['date'] - dt.timedelta(days=40))}. Overige adviezen: zie dossier."]
    if mode in ("nvt", "nvt_contra"):
        return ["n.v.t."]
    if mode == "dashes":
        return ["-"]
    if mode == "generic":
        return [C.GENERIC[el]]
    if mode == "other_pupil":
        oc, oa = other_ctx(spec, c)
        lead = {"belemmerende_factoren": "Wat het voor {n} lastig maakt:", "bevorderende_factoren": "Sterke kanten van {n}:",
                "ondersteuning": "Ondersteuning voor {n} in dit schooljaar:", "doelen": "Doelen voor {n}:"}.get(el)
        return ([lead.format(n=oc["n"])] if lead else []) + ok_content(el, oc, oa)
    if mode == "nodate":
        if el == "oogo":
            return ["Besproken met ouders: ja."]
        if el == "evaluatie":
            return ["Het OPP wordt in de loop van het schooljaar met ouders en leerling geëvalueerd."]
        if el == "vaststelling":
            return [f"Vastgesteld door: {c['dir']}, {c['dirrole']}. Datum: "]
    if mode == "view_no_effect":
        v, _ = c["arch"]["inbreng"]
        return [f"Gesprek met {c['n']} op {long(c['talk'])}: " + S(v, c)]
    if mode == "partial":
        return [C.RIGHTS_PARTIAL.format(contact=c["contact"])]
    raise ValueError((el, mode))


def flat(items, sep="\n"):
    """Flatten content items to plain text (for table cells / text formats)."""
    if items is None:
        return None
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "bullets":
            out.extend("• " + x for x in it[1])
        elif it[0] == "table":
            out.extend(" – ".join(r) for r in it[2])
        elif it[0] == "guid":
            out.append(it[1])
    return sep.join(out)


# ------------------------------------------------------------------ consent
def consent(spec, c):
    mode = mode_of(spec, "instemming_ouders")
    adult_capable = c["adult"] and not c["curatele"]
    sd = num(c["signed"])
    if adult_capable:
        cons = [("Leerling (meerderjarig)", c["full"])]
        stmt = f"Ik, {c['full']}, ben meerderjarig en handelingsbekwaam en verklaar hierbij in te stemmen met het handelingsdeel van mijn ontwikkelingsperspectief."
        opts = ["Ik ga akkoord met het handelingsdeel", "Ik ga niet akkoord met het handelingsdeel"]
    elif c["curatele"]:
        cons = [("Curator / wettelijk vertegenwoordiger", f"{c['mother']} (moeder, curator)")]
        stmt = (f"{c['full']} is meerderjarig en staat onder curatele. De curator stemt namens {c['hem']} in met het handelingsdeel.")
        opts = ["Akkoord met het handelingsdeel", "Niet akkoord met het handelingsdeel"]
    else:
        cons = [("Ouder/verzorger", c["mother"]), ("Ouder/verzorger", c["father"])]
        if seed(spec["id"] + "p") % 3 == 0:
            cons = cons[:1]
        stmt = "Ouder(s)/verzorger(s) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en stemmen in met het handelingsdeel."
        opts = ["Wij gaan akkoord met het handelingsdeel", "Wij gaan niet akkoord met het handelingsdeel"]
    school = ("Namens de school", f"{c['dir']}, {c['dirrole']}")
    R = dict(stmt=stmt, opts=[[o, False] for o in opts], signers=[], note=None, avg=False, none=False)

    def sg(role, name, signed, date, note=None):
        return dict(role=role, name=name, signed=signed, date=date, note=note)

    if mode in ("ok", "onder_protest", "no_date", "refused", "unticked", "voor_gezien", "partial"):
        if mode in ("ok", "onder_protest", "no_date"):
            R["opts"][0][1] = True
        if mode == "refused":
            R["opts"][1][1] = True
            R["note"] = "Toelichting ouders: wij zijn het niet eens met het aantal uren logopedie en de keuze voor vmbo-b."
        if mode == "partial":
            R["opts"].insert(1, ["Wij gaan gedeeltelijk akkoord (zie toelichting)", True])
            R["note"] = "Toelichting ouders: akkoord met het handelingsdeel, behalve de remediërende spellinglessen onder schooltijd; daarover willen wij eerst een nieuw gesprek."
        note = {"onder_protest": "onder protest", "voor_gezien": "voor gezien"}.get(mode)
        dte = "" if mode == "no_date" else sd
        R["signers"] = [sg(r, n, True, dte, note) for r, n in cons] + [sg(*school, True, num(c["date"]))]
    elif mode == "names_no_sig":
        R["signers"] = [sg(r, n, False, "") for r, n in cons] + [sg(*school, False, "")]
    elif mode == "school_only":
        R["signers"] = [sg(r, n, False, "") for r, n in cons] + [sg(*school, True, num(c["date"]))]
    elif mode == "blank_line":
        R["signers"] = [sg(r, "", False, "") for r, n in cons[:1]] + [sg(*school, True, num(c["date"]))]
    elif mode == "avg_only":
        R["none"] = True
        R["avg"] = True
        R["signers"] = [sg(r, n, True, sd) for r, n in cons[:1]]
    elif mode == "wrong_party":
        R["opts"][0][1] = True
        if c["curatele"]:
            R["signers"] = [sg("Leerling", c["full"], True, sd), sg(cons[0][0], "", False, "")] + [sg(*school, True, num(c["date"]))]
        else:
            R["signers"] = [sg("Ouder/verzorger", c["mother"], True, sd), sg("Ouder/verzorger", c["father"], True, sd),
                            sg("Leerling (meerderjarig)", "", False, "")] + [sg(*school, True, num(c["date"]))]
    else:
        raise ValueError(mode)
    return R


AVG_TEXT = ("Toestemming gebruik beeldmateriaal en gegevensdeling (AVG). Ouders geven toestemming voor het gebruik van foto's van hun kind "
            "op de website en in de nieuwsbrief, en voor het delen van toetsgegevens met de begeleider passend onderwijs.")

if __name__ == "__main__":
    import build
    build.main()
