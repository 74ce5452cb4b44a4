# -*- coding: utf-8 -*-
"""Layouts: turn a profile P and element variants V into a block model."""
from content import ISSUES
from elements import body, F

DOMAINS = ["Leren en cognitie", "Werkhouding en concentratie", "Sociaal-emotioneel", "Thuis en omgeving", "Lichamelijk / medisch"]


def items_blocks(items):
    out = []
    for it in items:
        out.append(("p", it) if isinstance(it, str) else it)
    return out


def kv(P, extra=()):
    rows = [("Naam leerling", P["fullname"]), ("Geboortedatum", P["geb"]),
            ("School", P["school"] + ", " + P["plaats"]), (P["klas_label"], P["klas"]),
            ("Mentor / leerkracht", P["mentor"]), (P["zoco_rol"].capitalize(), P["zoco"]),
            ("Schooljaar", P["sj"])]
    return ("kv", rows + list(extra))


def avg_block(P):
    return [("h2", "Toestemming uitwisseling gegevens (AVG) en beeldmateriaal"),
            ("p", F(P, "Ouders geven toestemming om gegevens van {naam} uit te wisselen met {swv} en de jeugdarts, en voor het gebruik van foto's in de schoolgids.")),
            ("checks", [("Toestemming gegevensuitwisseling", True), ("Toestemming foto's", True)]),
            ("sig", [(P["ouder_rol"], P["ouder1"], P["inst_date"], "w.g.")])]


def sectioned(P, V, sections, numbered=True, guidance=None, h1fmt="%s. %s"):
    """sections: list of (heading, [(subheading|None, key)]); key is an element
    id or a special key ('context', 'avg', 'faciliteiten', 'vakken')."""
    guidance = guidance or {}
    out, n = [], 0
    for head, subs in sections:
        parts = []
        any_el = False
        for sub, key in subs:
            if key == "context":
                b = [] if P.get("blank") else [F(P, ISSUES[P["issue"]]["context"])]
            elif key == "avg":
                if V["instemming_ouders"] == "avg_only":
                    parts.extend(avg_block(P)[1:] if sub is None else avg_block(P))
                continue
            elif key == "faciliteiten":
                b = [("checks", [(x, x in P["facil"]) for x in FACIL])]
            elif key == "vakken":
                b = [("table", ["Vak", "Afspraak"], P["vakken"])]
            elif key == "extra":
                b = [F(P, P.get("extra_text", "{naam} woont met {ouders_kort} in {plaats}. Er zijn geen bijzonderheden in de gezinssituatie die van invloed zijn op het onderwijs."))]
            else:
                b = body(key, V[key], P)
            if b is None:
                continue
            any_el = True
            blk = []
            if sub:
                blk.append(("h2", F(P, sub)))
            g = guidance.get(key)
            if g and not V.get(key, "").startswith("instr:"):
                blk.append(("instr", g))
            blk.extend(items_blocks(b))
            parts.extend(blk)
        if not parts and not any_el:
            continue
        n += 1
        out.append(("h1", h1fmt % (n, F(P, head)) if numbered else F(P, head)))
        out.extend(parts)
    return out


FACIL = ["Extra tijd (20%)", "Vergroot lettertype (Arial 12)", "Auditieve ondersteuning (voorleessoftware)",
         "Laptop bij toetsen", "Aparte toetsruimte", "Formulekaart / rekenmachine", "Rustpauzes tijdens toetsen"]


def grid_rows(P, V, rows):
    """rows: (label, key) or ('#', section title)."""
    out = []
    for lab, key in rows:
        if lab == "#":
            out.append((F(P, key), None, True))
            continue
        if key == "context":
            b = [F(P, ISSUES[P["issue"]]["context"])]
        elif key == "avg":
            if V["instemming_ouders"] != "avg_only":
                continue
            a = avg_block(P)
            out.append((a[0][1], [x[1] if x[0] == "p" else x for x in a[1:]], False))
            continue
        else:
            b = body(key, V[key], P)
        if b is None:
            continue
        out.append((F(P, lab), b, False))
    return out


# ------------------------------------------------------------------ layouts
def L_swv_numbered(P, V):
    secs = [("Aanleiding en achtergrond", [(None, "context")]),
            ("Uitstroomprofiel", [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
            ("Belemmerende en bevorderende factoren", [("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren")]),
            ("Onderwijs- en ondersteuningsbehoeften", [(None, "ondersteuningsbehoefte")]),
            ("Adviezen van deskundigen", [(None, "adviezen_professionals")]),
            ("Handelingsdeel", [("Doelen voor deze periode", "doelen"), ("Te bieden ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma")]),
            ("Inbreng van de leerling", [(None, "inbreng_leerling")]),
            ("Op overeenstemming gericht overleg met ouders", [(None, "oogo")]),
            ("Evaluatie", [(None, "evaluatie")]),
            ("Vaststelling en instemming", [("Vaststelling", "vaststelling"), ("Instemming met het handelingsdeel", "instemming_ouders"), (None, "avg")]),
            ("Informatie over uw rechten", [(None, "informatie_rechten")])]
    guid = {"uitstroombestemming": "Geef het verwachte uitstroomniveau of -profiel aan.",
            "belemmerende_factoren": "Factoren in het kind, de school en de thuissituatie.",
            "doelen": "Formuleer de doelen SMART: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden."}
    m = [("sub", F(P, "{swv}")), ("title", "Ontwikkelingsperspectiefplan (OPP)"), kv(P)]
    return m + sectioned(P, V, secs, guidance=guid)


def L_two_column(P, V):
    rows = [("#", "DEEL A - ONTWIKKELINGSPERSPECTIEF"), ("Aanleiding", "context"),
            ("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroom", "onderbouwing"),
            ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
            ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen externe deskundigen", "adviezen_professionals"),
            ("#", "DEEL B - HANDELINGSDEEL"), ("Doelen", "doelen"), ("Ondersteuning (wat, wie, hoe vaak, vanaf)", "ondersteuning"),
            ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
            ("#", "DEEL C - BETROKKENHEID EN AFSPRAKEN"), ("Inbreng leerling", "inbreng_leerling"), ("Overleg met ouders (OOGO)", "oogo"),
            ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"), ("Instemming ouders handelingsdeel", "instemming_ouders"),
            ("AVG", "avg"), ("Rechten van ouders", "informatie_rechten")]
    return [("title", "OPP - " + P["school"]), ("sub", F(P, "Ontwikkelingsperspectief {sj}")), kv(P), ("grid", grid_rows(P, V, rows))]


def domain_table(P, V):
    I = ISSUES[P["issue"]]
    vb, vv = V["belemmerende_factoren"], V["bevorderende_factoren"]
    if vb == "missing" and vv == "missing":
        return []

    def col(v, lst):
        if v == "ok":
            return [F(P, x) for x in lst]
        if v == "empty":
            return [""] * 4
        if v.startswith("ph:"):
            return [v[3:]] * 2
        return None
    cb, cv = col(vb, I["bel"]), col(vv, I["bev"])
    header = ["Domein"] + (["Belemmerend"] if cb is not None else []) + (["Bevorderend"] if cv is not None else [])
    n = max(len(cb or []), len(cv or []))
    rows = []
    for i in range(n):
        r = [DOMAINS[i]]
        if cb is not None:
            r.append(cb[i] if i < len(cb) else "")
        if cv is not None:
            r.append(cv[i] if i < len(cv) else "")
        rows.append(tuple(r))
    return [("h1", "Belemmerende en bevorderende factoren per domein"), ("table", header, rows)]


def L_domain_table(P, V):
    m = [("title", "Ontwikkelingsperspectief"), ("sub", P["school"] + " - " + P["swv"]), kv(P)]
    m += sectioned(P, V, [("Aanleiding", [(None, "context")]),
                          ("Perspectief", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")])], numbered=False)
    m += domain_table(P, V)
    m += sectioned(P, V, [("Onderwijsbehoeften", [(None, "ondersteuningsbehoefte")]),
                          ("Adviezen deskundigen", [(None, "adviezen_professionals")]),
                          ("Handelingsdeel", [("Doelen", "doelen"), ("Ondersteuning", "ondersteuning"), ("Afwijkingen van het programma", "afwijkingen_onderwijsprogramma")]),
                          ("Stem van de leerling", [(None, "inbreng_leerling")]),
                          ("Overleg met ouders", [(None, "oogo")]),
                          ("Evaluatie", [(None, "evaluatie")]),
                          ("Ondertekening", [(None, "vaststelling"), ("Instemming ouders met het handelingsdeel", "instemming_ouders"), (None, "avg")]),
                          ("Rechten en bezwaar", [(None, "informatie_rechten")])], numbered=False)
    return m


def L_groeidocument(P, V):
    secs = [("Gegevens en gezinssituatie", [(None, "extra")]),
            ("Schoolloopbaan en aanleiding", [(None, "context")]),
            ("Onderzoeksgegevens en adviezen", [(None, "adviezen_professionals")]),
            ("Ontwikkelingsperspectief (OPP)", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                                               ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren")]),
            ("Onderwijsbehoeften", [(None, "ondersteuningsbehoefte")]),
            ("Handelingsdeel", [("Doelen", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"), ("Afwijkingen", "afwijkingen_onderwijsprogramma")]),
            ("Inbreng van {naam}", [(None, "inbreng_leerling")]),
            ("Betrokkenheid ouders", [(None, "oogo")]),
            ("Evaluatie en bijstelling", [(None, "evaluatie")]),
            ("Ondertekening", [("Vaststelling", "vaststelling"), ("Instemming handelingsdeel", "instemming_ouders"), (None, "avg")]),
            ("Rechten van ouders", [(None, "informatie_rechten")])]
    m = [("title", "Groeidocument"), ("sub", F(P, "{fullname} - {school} - {swv}")), kv(P)]
    return m + sectioned(P, V, secs, h1fmt="Hoofdstuk %d  %s")


def L_questions(P, V):
    secs = [("Waarom dit plan?", [(None, "context")]),
            ("Waar gaat {naam} naartoe na deze school?", [(None, "uitstroombestemming")]),
            ("Waarom verwachten we dat?", [(None, "onderbouwing")]),
            ("Wat maakt leren moeilijk?", [(None, "belemmerende_factoren")]),
            ("Wat gaat goed en helpt?", [(None, "bevorderende_factoren")]),
            ("Wat heeft {naam} nodig?", [(None, "ondersteuningsbehoefte")]),
            ("Wat zeggen deskundigen?", [(None, "adviezen_professionals")]),
            ("Wat willen we bereiken en wanneer?", [(None, "doelen")]),
            ("Wat doet de school, wie doet het en hoe vaak?", [(None, "ondersteuning")]),
            ("Wijkt het programma af van dat van de klas?", [(None, "afwijkingen_onderwijsprogramma")]),
            ("Wat vind jij ervan, {naam}?", [(None, "inbreng_leerling")]),
            ("Hoe hebben we dit samen besproken?", [(None, "oogo")]),
            ("Wanneer kijken we terug?", [(None, "evaluatie")]),
            ("Gaat u akkoord met het handelingsdeel?", [(None, "instemming_ouders"), (None, "avg")]),
            ("Wat als u het er niet mee eens bent?", [(None, "informatie_rechten")]),
            ("Wie heeft dit plan vastgesteld?", [(None, "vaststelling")])]
    m = [("title", F(P, "Het plan van {naam}")), ("sub", F(P, "Ontwikkelingsperspectief - {school} - {sj}")), kv(P)]
    return m + sectioned(P, V, secs, numbered=False)


def L_letter(P, V):
    m = [("p", P["school"]), ("p", F(P, "{adres}")), ("p", ""),
         ("p", F(P, "Aan {ouders_aanhef}")), ("p", F(P, "{plaats}, {brief_date}")),
         ("p", F(P, "Betreft: ontwikkelingsperspectiefplan van {fullname}")), ("p", ""),
         ("p", F(P, "Beste {ouders_aanhef},")),
         ("p", F(P, "Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van {naam}. In deze brief zetten we de belangrijkste onderdelen op een rij."))]
    secs = [("Waarom een OPP", [(None, "context")]),
            ("Wat verwachten wij", [(None, "uitstroombestemming"), (None, "onderbouwing")]),
            ("Wat maakt het moeilijk", [(None, "belemmerende_factoren")]),
            ("Wat helpt {naam}", [(None, "bevorderende_factoren")]),
            ("Wat {naam} nodig heeft", [(None, "ondersteuningsbehoefte")]),
            ("Adviezen", [(None, "adviezen_professionals")]),
            ("Doelen", [(None, "doelen")]),
            ("Wat wij gaan doen", [(None, "ondersteuning")]),
            ("Aanpassingen in het programma", [(None, "afwijkingen_onderwijsprogramma")]),
            ("Wat {naam} zelf vindt", [(None, "inbreng_leerling")]),
            ("Ons gesprek", [(None, "oogo")]),
            ("Evaluatie", [(None, "evaluatie")]),
            ("Vaststelling", [(None, "vaststelling")]),
            ("Uw rechten", [(None, "informatie_rechten")])]
    m += [(("h2",) + b[1:]) if b[0] == "h1" else b for b in sectioned(P, V, secs, numbered=False)]
    m += [("p", "Met vriendelijke groet,"), ("p", F(P, "{mentor}, mentor")), ("p", F(P, "{zoco}, {zoco_rol}"))]
    inst = body("instemming_ouders", V["instemming_ouders"], P)
    if inst is not None or V["instemming_ouders"] == "avg_only":
        m += [("pagebreak",), ("h1", "Antwoordstrook - graag binnen twee weken terug naar de mentor"),
              ("p", F(P, "OPP van {fullname}, {klas}"))]
        m += items_blocks(inst or [])
        if V["instemming_ouders"] == "avg_only":
            m += avg_block(P)
    return m


def L_beknopt(P, V):
    rows = [("Aanleiding", "context"), ("Uitstroomprofiel", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
            ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
            ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Ondersteuning (wat/wie/wanneer)", "ondersteuning"),
            ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen"),
            ("Adviezen", "adviezen_professionals"), ("Inbreng leerling", "inbreng_leerling"),
            ("Besproken met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"),
            ("Instemming handelingsdeel", "instemming_ouders"), ("AVG", "avg"), ("Rechten", "informatie_rechten")]
    return [("title", "Beknopt OPP"), ("sub", F(P, "{school} | {swv}")), kv(P), ("grid", grid_rows(P, V, rows))]


def L_system_export(P, V):
    rows = [("#", "LEERLING"), ("Aanleiding OPP", "context"),
            ("#", "PERSPECTIEF"), ("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
            ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
            ("Onderwijsbehoefte", "ondersteuningsbehoefte"), ("Externe adviezen", "adviezen_professionals"),
            ("#", "HANDELINGSDEEL"), ("Doelen", "doelen"), ("Interventies", "ondersteuning"),
            ("Afwijkingen programma", "afwijkingen_onderwijsprogramma"),
            ("#", "PROCES"), ("Inbreng leerling", "inbreng_leerling"), ("OOGO ouders", "oogo"), ("Evaluatiemomenten", "evaluatie"),
            ("Vaststelling", "vaststelling"), ("Instemming", "instemming_ouders"), ("AVG", "avg"), ("Rechten", "informatie_rechten")]
    return [("sub", "EduDossier 7.3  |  Leerlingdossier > Ontwikkelingsperspectief > Export"),
            ("title", F(P, "OPP {fullname} ({leerlingnr})")), kv(P, [("Status", "Definitief")]), ("grid", grid_rows(P, V, rows))]


def L_mentorplan(P, V):
    secs = [("Aanleiding", [(None, "context")]),
            ("Perspectief", [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")]),
            ("Sterke kanten en belemmeringen", [("Wat helpt (bevorderend)", "bevorderende_factoren"), ("Wat belemmert", "belemmerende_factoren")]),
            ("Wat heeft {naam} nodig?", [(None, "ondersteuningsbehoefte")]),
            ("Afspraken per vak", [(None, "vakken")]),
            ("Toets- en examenfaciliteiten", [(None, "faciliteiten")]),
            ("Handelingsdeel", [("Ondersteuning", "ondersteuning"), ("Rooster en programma: afwijkingen", "afwijkingen_onderwijsprogramma"), ("Doelen", "doelen")]),
            ("Adviezen deskundigen", [(None, "adviezen_professionals")]),
            ("{naam} aan het woord", [(None, "inbreng_leerling")]),
            ("Overleg met ouders", [(None, "oogo")]),
            ("Evaluatie", [(None, "evaluatie")]),
            ("Akkoord", [("Vaststelling door de school", "vaststelling"), ("Instemming ouders", "instemming_ouders"), (None, "avg")]),
            ("Rechten", [(None, "informatie_rechten")])]
    m = [("title", F(P, "Ondersteuningsplan (OPP) - {klas}")), ("sub", F(P, "{school} - opgesteld door mentor en {zoco_rol}")), kv(P)]
    return m + sectioned(P, V, secs, h1fmt="%d  %s")


def L_pro_ip(P, V):
    secs = [("Over mij", [(None, "context")]),
            ("Mijn toekomst: uitstroom", [(None, "uitstroombestemming"), ("Waarom", "onderbouwing")]),
            ("Wat kan ik goed?", [(None, "bevorderende_factoren")]),
            ("Wat vind ik moeilijk?", [(None, "belemmerende_factoren")]),
            ("Wat heb ik nodig?", [(None, "ondersteuningsbehoefte")]),
            ("Mijn leerroute en stage", [(None, "afwijkingen_onderwijsprogramma")]),
            ("Mijn doelen", [(None, "doelen")]),
            ("Begeleiding", [(None, "ondersteuning")]),
            ("Adviezen", [(None, "adviezen_professionals")]),
            ("Wat ik zelf wil", [(None, "inbreng_leerling")]),
            ("Gesprek met mijn ouders", [(None, "oogo")]),
            ("Evaluatie", [(None, "evaluatie")]),
            ("Handtekeningen", [("Vaststelling", "vaststelling"), ("Instemming ouders", "instemming_ouders"), (None, "avg")]),
            ("Informatie voor ouders", [(None, "informatie_rechten")])]
    m = [("title", "Individueel ontwikkelingsplan met OPP"), ("sub", F(P, "Praktijkonderwijs - {school}")), kv(P)]
    return m + sectioned(P, V, secs)


def L_transitie(P, V):
    secs = [("Huidige situatie", [(None, "context")]),
            ("Verwachte uitstroom", [(None, "uitstroombestemming")]),
            ("Onderbouwing", [(None, "onderbouwing")]),
            ("Belemmerend", [(None, "belemmerende_factoren")]),
            ("Bevorderend", [(None, "bevorderende_factoren")]),
            ("Onderwijsbehoeften voor de overstap", [(None, "ondersteuningsbehoefte")]),
            ("Ondersteuning en overdracht", [(None, "ondersteuning")]),
            ("Afwijkingen", [(None, "afwijkingen_onderwijsprogramma")]),
            ("Doelen", [(None, "doelen")]),
            ("Adviezen", [(None, "adviezen_professionals")]),
            ("Inbreng leerling", [(None, "inbreng_leerling")]),
            ("Overleg ouders", [(None, "oogo")]),
            ("Evaluatie", [(None, "evaluatie")]),
            ("Ondertekening", [(None, "vaststelling"), ("Instemming ouders", "instemming_ouders"), (None, "avg")]),
            ("Rechten", [(None, "informatie_rechten")])]
    m = [("title", F(P, "OPP en overdracht {transitie}")), ("sub", P["school"]), kv(P)]
    return m + sectioned(P, V, secs)


LAYOUTS = {"swv-numbered": L_swv_numbered, "two-column": L_two_column, "domain-table": L_domain_table,
           "groeidocument": L_groeidocument, "question-headings": L_questions, "letter": L_letter,
           "beknopt": L_beknopt, "system-export": L_system_export, "vo-mentorplan": L_mentorplan,
           "pro-ip": L_pro_ip, "transitie": L_transitie}
