# -*- coding: utf-8 -*-
"""Nine layouts: each turns a spec into a list of blocks."""
from gen_model import *

ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "ondersteuning", "afwijkingen_onderwijsprogramma",
         "doelen", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]


def flat(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(b[1])
        elif t == "list":
            out.extend("- " + x for x in b[1])
        elif t == "table":
            out.extend(", ".join(x for x in r if x) for r in b[2])
        elif t in ("checks", "ccchecks"):
            out.extend(("[X] " if k else "[ ] ") + l for k, l in b[1])
        elif t == "kv":
            out.extend(f"{k}: {v}" for k, v in b[1])
    return "\n".join(out)


def gegevens(spec):
    p = spec["p"]
    rows = [("Naam leerling", p["first"] + " " + p["last"]), ("Geboortedatum", p["dob"]),
            ("School", spec["school"]), ("Groep/klas", spec["group"]), ("Schooljaar", spec["sy"]),
            ("Ouder(s)/verzorger(s)", ", ".join(spec["parents"])), ("Opgesteld door", spec["staff"][1] + " (IB/zorgcoördinator)")]
    return ("kv", rows)


def qhead(e, spec):
    n = spec["p"]["first"]
    q = {"uitstroombestemming": f"Waar gaat {n} naartoe na deze school?",
         "onderbouwing": "Waarom verwachten we dat?",
         "belemmerende_factoren": f"Wat maakt leren moeilijk voor {n}?",
         "bevorderende_factoren": f"Waar is {n} sterk in, wat helpt?",
         "ondersteuningsbehoefte": f"Wat heeft {n} nodig?",
         "ondersteuning": "Wat gaat de school extra doen? (handelingsdeel)",
         "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af?",
         "doelen": "Welke doelen willen we bereiken?",
         "adviezen_professionals": "Wat zeggen deskundigen?",
         "oogo": "Wanneer hebben we het plan met u besproken?",
         "inbreng_leerling": f"Wat vindt {n} er zelf van?",
         "evaluatie": "Wanneer kijken we of het werkt?",
         "informatie_rechten": "Wat als u het niet eens bent?",
         "vaststelling": "Wanneer is het plan vastgesteld?"}
    return q[e]


def L_numbered(spec):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("p", spec["swv"]), gegevens(spec)]
    i = 1
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", f"{i}. {heading(e, 0)}", 1)); B.extend(body); i += 1
    spec["consent_head"] = f"{i}. Ondertekening"
    B.extend(consent_blocks(spec))
    return B


def L_twocol(spec):
    B = [("title", f"OPP {spec['p']['first']} {spec['p']['last']}"), gegevens(spec)]
    rows = []
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        rows.append((heading(e, 1), flat(body)))
    B.append(("h", "Ontwikkelingsperspectief en handelingsdeel", 1))
    B.append(("kv", rows))
    B.extend(consent_blocks(spec))
    return B


def L_domain(spec):
    B = [("title", "Ontwikkelingsperspectief"), ("p", spec["school"]), gegevens(spec)]
    be, bv = spec["el"]["belemmerende_factoren"], spec["el"]["bevorderende_factoren"]
    bel, bev = factors(spec["type"], spec["p"], spec["v"])
    def col(stat, rows, e):
        st, kind = stat
        if st == "missing":
            return None
        if st == "incomplete":
            if kind == "empty":
                return ["" for _ in rows]
            if kind == "instr":
                return ["[" + INSTRUCTIONS[e] + "]"] + ["" for _ in rows[1:]]
            return [spec["rng"].choice(PLACEHOLDERS) for _ in rows]
        return [b for a, b in rows]
    cb, cv = col(be, bel, "belemmerende_factoren"), col(bv, bev, "bevorderende_factoren")
    hdr = ["Domein"] + (["Belemmerend"] if cb else []) + (["Bevorderend"] if cv else [])
    rows = []
    for i, (dom, _) in enumerate(bel):
        r = [dom] + ([cb[i]] if cb else []) + ([cv[i]] if cv else [])
        rows.append(r)
    B.append(("h", "Beeld van de leerling per domein", 1))
    B.append(("table", hdr, rows))
    for e in ORDER:
        if e in ("belemmerende_factoren", "bevorderende_factoren"):
            continue
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 1), 2)); B.extend(body)
    spec["consent_head"] = "Ondertekening"
    B.extend(consent_blocks(spec))
    return B


def L_groei(spec):
    p = spec["p"]
    B = [("title", "Groeidocument"), ("p", f"{p['first']} {p['last']} - {spec['school']} - {spec['swv']}"),
         ("h", "1. Gegevens", 1), gegevens(spec),
         ("h", "2. Hulpvraag van school, ouders en leerling", 1),
         ("p", f"School: hoe kunnen we {p['first']} helpen om tot leren te komen? Ouders: wij willen dat "
               f"{p['first']} weer met plezier naar school gaat."),
         ("h", "3. Overzicht leerresultaten", 1),
         ("table", ["Toets", "M vorig jaar", "E vorig jaar", "M dit jaar"],
          [["Rekenen-wiskunde", "IV", "IV", "III"], ["Begrijpend lezen", "V", "IV", "IV"], ["Spelling", "III", "III", "II"]]),
         ("h", "4. Ontwikkelingsperspectief", 1)]
    sub = 1
    for e in ORDER[:6]:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", f"4.{sub} {heading(e, 3)}", 2)); B.extend(body); sub += 1
    B.append(("h", "5. Handelingsdeel", 1))
    sub = 1
    for e in ORDER[6:]:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", f"5.{sub} {heading(e, 3)}", 2)); B.extend(body); sub += 1
    spec["consent_head"] = "6. Ondertekening"
    cb = consent_blocks(spec)
    if cb and cb[0][0] == "h":
        cb[0] = ("h", "6. " + cb[0][1], 1)
    B.extend(cb)
    return B


def L_beknopt(spec):
    p = spec["p"]
    B = [("title", "Beknopt OPP"), ("kv", [("Leerling", p["first"] + " " + p["last"]), ("Geb.", p["dob"]),
                                            ("School/groep", spec["school"] + " / " + spec["group"]),
                                            ("Schooljaar", spec["sy"])])]
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 0) + ":", 3)); B.extend(body)
    spec["consent_head"] = "Handtekeningen"
    B.extend(consent_blocks(spec))
    return B


def L_questions(spec):
    p = spec["p"]
    B = [("title", f"Het plan voor {p['first']}"), ("p", "Ontwikkelingsperspectiefplan - " + spec["school"]), gegevens(spec)]
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", qhead(e, spec), 2)); B.extend(body)
    spec["consent_head"] = "Gaat u akkoord?"
    B.extend(consent_blocks(spec))
    return B


def L_letter(spec):
    p = spec["p"]
    n = p["first"]
    B = [("p", spec["school"]), ("p", f"Aan {' en '.join(spec['parents'])}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan van {n} {p['last']} (geboren {p['dob']}), {spec['group']}"),
         ("p", f"Beste ouders/verzorgers van {n},"),
         ("p", f"Met deze brief ontvangt u het ontwikkelingsperspectiefplan (OPP) van {n} voor schooljaar {spec['sy']}. "
               f"Hieronder leest u per onderdeel wat wij verwachten en wat wij gaan doen.")]
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 1), 3)); B.extend(body)
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", f"{spec['staff'][1]}, intern begeleider"))
    spec["consent_head"] = "Strook voor ouders"
    B.extend(consent_blocks(spec))
    return B


def L_export(spec):
    p = spec["p"]
    B = [("small", "Kompasnet leerlingvolgsysteem | Export: Ontwikkelingsperspectief | Status: definitief"),
         ("title", "ONTWIKKELINGSPERSPECTIEF"),
         ("kv", [("LEERLING", f"{p['last']}, {p['first']}"), ("LLNR", str(400000 + spec['idx'] * 137)),
                 ("GEBOORTEDATUM", p["dob"]), ("VESTIGING", spec["school"]), ("GROEP/KLAS", spec["group"])])]
    for e in ORDER:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 0).upper(), 3)); B.extend(body)
    spec["consent_head"] = "ONDERTEKENING"
    B.extend(consent_blocks(spec))
    B.append(("footer", f"Afgedrukt door {spec['staff'][1]} | Kompasnet 8.4 | pagina 1"))
    return B


def L_deelAB(spec):
    p = spec["p"]
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", spec["school"]), gegevens(spec),
         ("h", "Deel A - Perspectiefdeel", 1)]
    A = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "oogo"]
    for e in A:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 0), 2)); B.extend(body)
    B.append(("h", "Deel B - Handelingsdeel", 1))
    for e in ["ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "inbreng_leerling", "evaluatie"]:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 0), 2)); B.extend(body)
    B.append(("h", "Deel C - Procedure", 1))
    for e in ["informatie_rechten", "vaststelling"]:
        body = elem_blocks(spec, e)
        if body is None:
            continue
        B.append(("h", heading(e, 0), 2)); B.extend(body)
    spec["consent_head"] = "Ondertekening"
    B.extend(consent_blocks(spec))
    return B


LAYOUTS = {"swv-genummerd": L_numbered, "tweekoloms-tabel": L_twocol, "domeintabel": L_domain,
           "groeidocument": L_groei, "beknopt-opp": L_beknopt, "vraagkoppen": L_questions,
           "briefvorm": L_letter, "systeemexport": L_export, "deel-a-b": L_deelAB}
