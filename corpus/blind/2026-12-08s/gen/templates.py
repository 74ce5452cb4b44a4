"""The OPP layouts (modelled on public formats of samenwerkingsverbanden and schools; all names invented)."""
from layouts import sec, body, consent, avg_block, pupil_header, text_of, ok, status_of, gap_text
from content import dlong


def _rev(c, o):
    return [("p", f"Bijgesteld op {dlong(o['revised'])} na tussenevaluatie.")] if o.get("revised") else []


def _tail(c, C, M, o, who="ouders", h="Ondertekening", lvl=1):
    out = []
    if M["instemming_ouders"] not in ("miss", "avg_only"):
        out.append(("h", lvl, h))
        out += consent(c, M, "sig", who)
    if M["instemming_ouders"] == "avg_only" or o.get("avg"):
        out += avg_block(c)
    return out


# 1 ------------------------------------------------------------ groeidocument in 4 delen (SWV PO)
def groeidocument(c, C, M, o):
    f = c.f
    B = [("title", f"Groeidocument – {c['full']}"),
         ("small", f"{c['swv']} · versie {o.get('versie', '3.2')} · Dit groeidocument bestaat uit vier delen; deel 4 is het ontwikkelingsperspectiefplan (OPP)."),
         ("h", 1, "Deel 1 – Gegevens van de leerling")]
    B += pupil_header(c, [("Intern begeleider", c["ib"]), ("Leerkracht", c["mentor"]), ("Ouders/verzorgers", c["ouders"])])
    B += [("h", 1, "Deel 2 – Informatie over het kind, de school en thuis"),
          ("p", f("{n} zit sinds groep 1 op onze school. In de loop van groep 4 en 5 is de achterstand op rekenen en lezen opgelopen. Er zijn eerder twee groepsplannen met intensieve aanpak uitgevoerd, zonder voldoende effect.")),
          ("h", 2, "Stimulerende en belemmerende factoren")]
    if M["bevorderende_factoren"] != "miss" or M["belemmerende_factoren"] != "miss":
        hdr = ["Gebied"] + (["Stimulerend"] if M["bevorderende_factoren"] != "miss" else []) + (["Belemmerend"] if M["belemmerende_factoren"] != "miss" else [])
        rows = []
        for k in C["bel_dom"]:
            r = [k]
            if M["bevorderende_factoren"] != "miss":
                r.append(C["bev_dom"][k] if status_of(M["bevorderende_factoren"]) == "present" else (gap_text("bevorderende_factoren", M["bevorderende_factoren"], c) if k == "Leren" else ""))
            if M["belemmerende_factoren"] != "miss":
                r.append(C["bel_dom"][k] if status_of(M["belemmerende_factoren"]) == "present" else (gap_text("belemmerende_factoren", M["belemmerende_factoren"], c) if k == "Leren" else ""))
            rows.append(r)
        B.append(("table", hdr, rows))
    B += sec("inbreng_leerling", "Wat vindt het kind zelf?", c, C, M, 2)
    B += sec("oogo", "Wat vinden ouders? (gesprek ouders)", c, C, M, 2)
    B += sec("adviezen_professionals", "Betrokken deskundigen en hun adviezen", c, C, M, 2)
    B += [("h", 1, "Deel 3 – Onderwijs- en ondersteuningsbehoeften")]
    B += body("ondersteuningsbehoefte", c, C, M, "bullets")
    B += [("h", 1, "Deel 4 – Ontwikkelingsperspectiefplan (OPP)")]
    B += sec("uitstroombestemming", "4.1 Verwachte uitstroombestemming", c, C, M, 2)
    B += sec("onderbouwing", "4.2 Onderbouwing", c, C, M, 2)
    B += sec("doelen", "4.3 Doelen voor de komende periode", c, C, M, 2, "table")
    B += [("h", 2, "4.4 Handelingsdeel")]
    B += sec("ondersteuning", "Te bieden ondersteuning en begeleiding", c, C, M, 3, "table")
    B += sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", c, C, M, 3)
    B += sec("evaluatie", "4.5 Evaluatie", c, C, M, 2)
    B += sec("vaststelling", "4.6 Vaststelling", c, C, M, 2)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="4.7 Instemming ouders met het handelingsdeel", lvl=2)
    B += sec("informatie_rechten", "Niet eens met het plan?", c, C, M, 2)
    return B


# 2 ------------------------------------------------------------ domeintabel (belemmerend | bevorderend | behoefte)
def domeintabel(c, C, M, o):
    f = c.f
    B = [("title", "Ontwikkelingsperspectiefplan"), ("small", f"{c['school']} – onderdeel van {c['swv']}")]
    B += pupil_header(c, [("Opgesteld door", f"{c['ib']} (IB/zoco) en {c['mentor']}")])
    B += sec("uitstroombestemming", "1. Uitstroomperspectief", c, C, M, 1)
    B += sec("onderbouwing", "2. Onderbouwing", c, C, M, 1, "bullets")
    B += [("h", 1, "3. Beeld van de leerling per domein")]
    cols = ["Domein"]
    use_bel = M["belemmerende_factoren"] != "miss"
    use_bev = M["bevorderende_factoren"] != "miss"
    use_obh = M["ondersteuningsbehoefte"] != "miss"
    if use_bel: cols.append("Belemmerend")
    if use_bev: cols.append("Bevorderend")
    if use_obh: cols.append("Onderwijsbehoefte")
    rows = []
    obh = C["obeh"] + ["", "", ""]
    for i, k in enumerate(C["bel_dom"]):
        r = [k]
        for el, src in (("belemmerende_factoren", C["bel_dom"][k]), ("bevorderende_factoren", C["bev_dom"][k]),
                        ("ondersteuningsbehoefte", obh[i])):
            if M[el] == "miss":
                continue
            r.append(src if status_of(M[el]) == "present" else (gap_text(el, M[el], c) if i == 0 else ""))
        rows.append(r)
    B.append(("table", cols, rows))
    B += sec("doelen", "4. Doelen", c, C, M, 1, "table")
    B += sec("ondersteuning", "5. Handelingsdeel: ondersteuning en begeleiding", c, C, M, 1, "table")
    B += sec("afwijkingen_onderwijsprogramma", "6. Afwijkingen van het onderwijsprogramma", c, C, M, 1)
    B += sec("adviezen_professionals", "7. Adviezen van externe deskundigen", c, C, M, 1)
    B += sec("oogo", "8. Overleg met ouders", c, C, M, 1)
    B += sec("inbreng_leerling", "9. Inbreng van de leerling", c, C, M, 1)
    B += sec("evaluatie", "10. Evaluatie", c, C, M, 1)
    B += sec("vaststelling", "11. Vaststelling", c, C, M, 1)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="12. Instemming handelingsdeel")
    B += sec("informatie_rechten", "Informatie voor ouders", c, C, M, 2)
    return B


# 3 ------------------------------------------------------------ praktijkonderwijs IOP met OPP
def pro_iop(c, C, M, o):
    f = c.f
    B = [("title", f"IOP / Ontwikkelingsperspectief – {c['full']}"),
         ("small", f"{c['school']}, {c['place']} · format gebaseerd op het IOP van het praktijkonderwijs")]
    B += pupil_header(c, [("Mentor / coach", c["mentor"]), ("Stagecoördinator", c["extra_staff"])])
    if M["uitstroombestemming"] not in ("miss",):
        B += [("h", 1, "Mijn uitstroomprofiel")]
        B += body("uitstroombestemming", c, C, M, "checks")
    B += sec("onderbouwing", "Waarom dit profiel? (onderbouwing)", c, C, M, 1, "bullets")
    B += [("h", 1, "Leefgebieden: wat gaat goed en wat is lastig")]
    rows = []
    for k in C["bel_dom"]:
        rows.append([k, C["bev_dom"][k] if status_of(M["bevorderende_factoren"]) == "present" else gap_text("bevorderende_factoren", M["bevorderende_factoren"], c),
                     C["bel_dom"][k] if status_of(M["belemmerende_factoren"]) == "present" else gap_text("belemmerende_factoren", M["belemmerende_factoren"], c)])
    B.append(("table", ["Leefgebied", "Dit gaat goed", "Hier heb ik moeite mee"], rows))
    B += sec("ondersteuningsbehoefte", "Wat heb ik nodig?", c, C, M, 1, "bullets")
    B += sec("inbreng_leerling", "Dit vind ik zelf (gesprek met mijn coach)", c, C, M, 1)
    B += sec("doelen", "Mijn doelen deze periode", c, C, M, 1, "table")
    B += sec("ondersteuning", "Begeleiding door school", c, C, M, 1, "table")
    B += sec("afwijkingen_onderwijsprogramma", "Mijn rooster en stage (afwijkingen van het programma)", c, C, M, 1)
    B += sec("adviezen_professionals", "Adviezen van deskundigen", c, C, M, 1)
    B += sec("oogo", "Besproken met ouders", c, C, M, 1)
    B += sec("evaluatie", "Wanneer kijken we terug?", c, C, M, 1)
    B += sec("vaststelling", "Vaststelling", c, C, M, 1)
    B += _rev(c, o)
    if M["instemming_ouders"] not in ("miss", "avg_only"):
        B += [("h", 1, "Handtekeningen")]
        B += [("p", f("Leerling: {full} – gezien en besproken"))]
        B += consent(c, M, "sig", "ouders")
    if M["instemming_ouders"] == "avg_only":
        B += avg_block(c)
    B += sec("informatie_rechten", "Rechten van ouders", c, C, M, 2)
    return B


# 4 ------------------------------------------------------------ (v)so uitstroomprofiel + CvB
def vso_cvb(c, C, M, o):
    f = c.f
    who = o.get("who", "ouders")
    B = [("title", "Ontwikkelingsperspectief (OPP) – voortgezet speciaal onderwijs" if c["stype"] == "vso" else "Ontwikkelingsperspectief speciaal onderwijs"),
         ("small", f"{c['school']} · {c['place']} · vastgesteld na advies van de commissie voor de begeleiding (Cvb)")]
    extra = [("Mentor", c["mentor"]), ("Gedragswetenschapper", c["zoco"])]
    if o.get("legal"):
        extra.append(("Wettelijke vertegenwoordiging", o["legal"]))
    B += pupil_header(c, extra)
    if M["uitstroombestemming"] != "miss":
        B += [("h", 1, "1. Uitstroomprofiel")]
        if c["stype"] == "vso" and M["uitstroombestemming"] in ("ok", "unticked"):
            B += [("checks", [(x, (i == C["uit_sel"] and M["uitstroombestemming"] == "ok")) for i, x in enumerate(["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"])], True)]
            if M["uitstroombestemming"] == "ok":
                B += [("p", C["uit"] + ".")]
        else:
            B += body("uitstroombestemming", c, C, M)
    B += sec("onderbouwing", "2. Onderbouwing van het uitstroomprofiel", c, C, M, 1, "bullets")
    B += [("h", 1, "3. Belemmerende en bevorderende factoren")]
    B += sec("belemmerende_factoren", "Belemmerend", c, C, M, 2, "bullets")
    B += sec("bevorderende_factoren", "Bevorderend", c, C, M, 2, "bullets")
    B += sec("ondersteuningsbehoefte", "4. Onderwijs- en ondersteuningsbehoeften", c, C, M, 1, "bullets")
    B += sec("afwijkingen_onderwijsprogramma", "5. Leerroute en afwijkingen van het onderwijsprogramma", c, C, M, 1)
    B += sec("doelen", "6. Doelen per domein", c, C, M, 1, "table")
    B += sec("ondersteuning", "7. Handelingsdeel", c, C, M, 1, "table")
    B += sec("adviezen_professionals", "8. Advies commissie voor de begeleiding en andere deskundigen", c, C, M, 1)
    B += [("h", 1, "9. Betrokkenheid leerling en ouders")]
    B += sec("oogo", "Op overeenstemming gericht overleg", c, C, M, 2)
    if M["inbreng_leerling"] == "na" and who == "adult":
        B += [("p", f("{n} is meerderjarig en handelingsbekwaam en is zelf gesprekspartner bij dit plan."))]
    B += sec("inbreng_leerling", "Inbreng van de leerling", c, C, M, 2)
    B += sec("evaluatie", "10. Evaluatie", c, C, M, 1)
    B += sec("vaststelling", "11. Vaststelling", c, C, M, 1)
    B += _rev(c, o)
    B += _tail(c, C, M, o, who=who, h="12. Instemming met het handelingsdeel")
    B += sec("informatie_rechten", "Bezwaar en geschillen", c, C, M, 2)
    return B


# 5 ------------------------------------------------------------ beknopt OPP (één tabel)
BEKNOPT_ROWS = [("uitstroombestemming", "Verwacht uitstroomniveau"), ("onderbouwing", "Onderbouwing"),
                ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen (komende periode)"),
                ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak/vanaf)"),
                ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
                ("adviezen_professionals", "Adviezen externe deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
                ("oogo", "Besproken met ouders (datum, wie)"), ("evaluatie", "Evaluatie (wanneer, met wie)"),
                ("vaststelling", "Datum vaststelling / door")]


def terse(el, c, C, M):
    m = M[el]
    if status_of(m) == "present" or m in ("none", "na_shown", "nochange"):
        if el == "uitstroombestemming":
            return C["uit"] + C["uit_extra"]
        if el == "onderbouwing":
            return " ".join(C["onderb"])
        if el in ("belemmerende_factoren", "bevorderende_factoren"):
            return "\n".join(f"- {v}" for v in C["bel_dom" if el[1] == "e" and el[2] == "l" else "bev_dom"].values())
        if el == "ondersteuningsbehoefte":
            return "\n".join("- " + x for x in C["obeh"])
        if el == "ondersteuning":
            return "\n".join(f"- {a} ({b}; {h}; vanaf {v})" for a, b, h, v in C["onderst"])
        if el == "doelen":
            return "\n".join(f"- {b}: {cr} ({w})" for a, b, cr, w in C["doelen"])
        if el == "adviezen_professionals":
            return " ".join(C["adv"])
        if el == "inbreng_leerling":
            return C["inbreng_view"] + ("" if m == "nochange" else " " + C["inbreng_change"])
        if el == "vaststelling":
            return f"{c['d_set_n']} – {c['dir']} (directeur)"
        return text_of(el, c, C, M)
    return text_of(el, c, C, M)


def beknopt(c, C, M, o):
    f = c.f
    B = [("title", "Beknopt OPP"), ("small", f"{c['school']} · format {c['swv']} · vul alle velden in"),]
    B += pupil_header(c, [("Mentor", c["mentor"]), ("Zorgcoördinator", c["zoco"])])
    rows = []
    for el, lab in BEKNOPT_ROWS:
        t = terse(el, c, C, M)
        if t is None:
            continue
        rows.append((lab, t))
    B.append(("kv", rows))
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="Akkoord handelingsdeel", lvl=2)
    if M["informatie_rechten"] not in ("miss",):
        B += [("small", "Rechten: " + (text_of("informatie_rechten", c, C, M) or "…"))]
    return B


# 6 ------------------------------------------------------------ vraagkoppen voor ouders
def vraagkoppen(c, C, M, o):
    f = c.f
    B = [("title", f("Het plan voor {n}")), ("p", f("Ontwikkelingsperspectief · {school} · schooljaar {sy}")),
         ("p", f("In dit plan leest u wat we voor {n} verwachten, wat {hij} nodig heeft en wat we daarvoor doen. We schrijven het zo dat u het zonder vakjargon kunt lezen."))]
    B += sec("uitstroombestemming", f("Waar werken we naartoe met {n}?"), c, C, M, 1)
    B += sec("onderbouwing", "Waarom verwachten we dat?", c, C, M, 1)
    B += sec("bevorderende_factoren", f("Wat helpt {n}?"), c, C, M, 1, "bullets")
    B += sec("belemmerende_factoren", f("Wat maakt het moeilijk voor {n}?"), c, C, M, 1, "bullets")
    B += sec("ondersteuningsbehoefte", f("Wat heeft {n} nodig?"), c, C, M, 1, "bullets")
    B += sec("doelen", "Wat willen we de komende maanden bereiken?", c, C, M, 1, "bullets")
    B += sec("ondersteuning", "Wat doet de school? Wie doet wat, en hoe vaak?", c, C, M, 1, "bullets")
    B += sec("afwijkingen_onderwijsprogramma", f("Wijkt het lesprogramma van {n} af?"), c, C, M, 1)
    B += sec("adviezen_professionals", "Wat zeggen deskundigen?", c, C, M, 1)
    B += sec("inbreng_leerling", f("Wat zegt {n} er zelf over?"), c, C, M, 1)
    B += sec("oogo", "Hebben we dit samen besproken?", c, C, M, 1)
    B += sec("evaluatie", "Wanneer praten we weer verder?", c, C, M, 1)
    B += sec("vaststelling", "Wanneer is het plan vastgesteld?", c, C, M, 1)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="Gaat u akkoord met wat de school gaat doen?")
    B += sec("informatie_rechten", "En als u het er niet mee eens bent?", c, C, M, 1)
    return B


# 7 ------------------------------------------------------------ brief aan ouders
def brief(c, C, M, o):
    f = c.f
    B = [("p", f("{school}\nPostbus 2{d_set.day}0\n{place}")), ("p", f("Aan de ouders/verzorgers van {full}")),
         ("p", f("{place}, {d_set_l}")), ("p", f("Betreft: ontwikkelingsperspectief van {n} ({groep})")),
         ("p", "Beste ouders/verzorgers,")]
    intro = f("Hierbij ontvangt u het ontwikkelingsperspectief (OPP) van {n}.")
    B.append(("p", intro))
    if M["oogo"] not in ("miss",):
        B.append(("p", (C["oogo"] if status_of(M["oogo"]) == "present" else "Het plan is met u besproken op: " + gap_text("oogo", M["oogo"], c))))
    if M["uitstroombestemming"] != "miss":
        t = text_of("uitstroombestemming", c, C, M)
        B.append(("p", "Wij verwachten dat " + c["n"] + " uitstroomt naar: " + (C["uit"] + C["uit_extra"] + "." if status_of(M["uitstroombestemming"]) == "present" else t)))
    if M["onderbouwing"] != "miss":
        B.append(("p", "Waarom verwachten wij dit? " + (" ".join(C["onderb"]) if status_of(M["onderbouwing"]) == "present" else text_of("onderbouwing", c, C, M))))
    if M["belemmerende_factoren"] != "miss" or M["bevorderende_factoren"] != "miss":
        s = []
        if M["bevorderende_factoren"] != "miss":
            s.append(f("Wat {n} helpt: ") + ("; ".join(v[0].lower() + v[1:] for v in C["bev_dom"].values()) if status_of(M["bevorderende_factoren"]) == "present" else text_of("bevorderende_factoren", c, C, M)))
        if M["belemmerende_factoren"] != "miss":
            s.append(f("Wat het {hem} moeilijk maakt: ") + ("; ".join(v[0].lower() + v[1:] for v in C["bel_dom"].values()) if status_of(M["belemmerende_factoren"]) == "present" else text_of("belemmerende_factoren", c, C, M)))
        B.append(("p", "\n".join(s)))
    if M["ondersteuningsbehoefte"] != "miss":
        B.append(("p", f("{n} heeft het volgende nodig: ") + (" ".join(C["obeh"]) if status_of(M["ondersteuningsbehoefte"]) == "present" else text_of("ondersteuningsbehoefte", c, C, M))))
    B += [("p", "Wat gaan wij doen (handelingsdeel)?")] if M["ondersteuning"] != "miss" else []
    B += body("ondersteuning", c, C, M, "bullets") if M["ondersteuning"] != "miss" else []
    if M["afwijkingen_onderwijsprogramma"] not in ("miss",):
        B += body("afwijkingen_onderwijsprogramma", c, C, M)
    if M["doelen"] != "miss":
        B += [("p", "De doelen voor de komende periode zijn:")] + body("doelen", c, C, M, "bullets")
    if M["adviezen_professionals"] != "miss":
        B += body("adviezen_professionals", c, C, M)
    if M["inbreng_leerling"] not in ("miss", "na"):
        B += body("inbreng_leerling", c, C, M)
    if M["evaluatie"] != "miss":
        B += body("evaluatie", c, C, M)
    if M["informatie_rechten"] != "miss":
        B += body("informatie_rechten", c, C, M)
    if M["vaststelling"] != "miss":
        B += body("vaststelling", c, C, M)
    B += _rev(c, o)
    B += [("p", "Met vriendelijke groet,"), ("p", f("{dir}\ndirecteur\n\n{zoco}\nzorgcoördinator / intern begeleider"))]
    if M["instemming_ouders"] not in ("miss", "avg_only"):
        B += [("pagebreak",), ("h", 1, "Antwoordstrook – terugsturen aan de mentor/leerkracht"),
              ("p", f("Ontwikkelingsperspectief van {full}, vastgesteld {d_set_n}"))]
        B += consent(c, M, "sig", o.get("who", "ouders"))
    if M["instemming_ouders"] == "avg_only":
        B += avg_block(c)
    return B


# 8 ------------------------------------------------------------ LVS export met footer
def lvs_export(c, C, M, o):
    f = c.f
    sysname = o.get("sys", "LeerlingPlanner")
    B = [("footer", f"{sysname} · Afgedrukt op {o.get('printed', c['d_sign_n'])} door {c['ib']} · Vertrouwelijk · pagina {{page}}"),
         ("title", "Leerlingkaart – Ontwikkelingsperspectief"),
         ("kv", [("Leerling", f"{c['last']}, {c['first']}"), ("Geb. datum", c["birth"]), ("Groep", c["groep"]),
                 ("School", c["school"]), ("Plantype", "OPP (extra ondersteuning)"), ("Status", o.get("status", "Vastgesteld")),
                 ("Datum vaststelling", c["d_set_n"] if status_of(M["vaststelling"]) == "present" else (gap_text("vaststelling", M["vaststelling"], c) if M["vaststelling"] != "miss" else "")),
                 ("Vastgesteld door", c["dir"] if status_of(M["vaststelling"]) == "present" else "")])]
    if M["vaststelling"] == "miss":
        B[-1] = ("kv", [r for r in B[-1][1] if r[0] not in ("Datum vaststelling", "Vastgesteld door", "Status")])
    rows = []
    labels = [("uitstroombestemming", "Uitstroomniveau (verwacht)"), ("onderbouwing", "Onderbouwing uitstroom"),
              ("bevorderende_factoren", "Bevorderende factoren"), ("belemmerende_factoren", "Belemmerende factoren"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Externe adviezen"),
              ("doelen", "Doelen"), ("ondersteuning", "Ondersteuningsaanbod"),
              ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("inbreng_leerling", "Gesprek leerling"),
              ("oogo", "Gesprek ouders"), ("evaluatie", "Evaluatiemomenten"), ("informatie_rechten", "Toelichting rechten")]
    for el, lab in labels:
        t = terse(el, c, C, M)
        if t is None:
            continue
        rows.append((lab, t))
    B += [("h", 1, "Plangegevens"), ("kv", rows)]
    B += _rev(c, o)
    if M["instemming_ouders"] not in ("miss", "avg_only"):
        B += [("h", 1, "Instemming handelingsdeel")] + consent(c, M, "sig", o.get("who", "ouders"))
    if M["instemming_ouders"] == "avg_only":
        B += avg_block(c)
    return B


# 9 ------------------------------------------------------------ SWV-VO genummerd, lange tekst
def swv_vo_genummerd(c, C, M, o):
    f = c.f
    B = [("title", f("Ontwikkelingsperspectief {full}")),
         ("p", f("Format ontwikkelingsperspectief {swv}. Dit document bevat de wettelijk verplichte onderdelen van het OPP (art. 2.44 WVO 2020) en het handelingsdeel waarop ouders instemmingsrecht hebben."))]
    B += pupil_header(c, [("Mentor", c["mentor"]), ("Ondersteuningscoördinator", c["zoco"]), ("Ouders/verzorgers", c["ouders"])])
    B += [("h", 1, "1. Aanleiding")]
    B += [("p", f("{n} ontvangt sinds het begin van dit schooljaar ondersteuning die verder gaat dan de basisondersteuning van de school. Daarom stellen wij, in overleg met ouders en {n}, dit ontwikkelingsperspectief op."))]
    B += sec("uitstroombestemming", "2. Te verwachten uitstroombestemming", c, C, M, 1)
    B += sec("onderbouwing", "3. Onderbouwing van de uitstroombestemming", c, C, M, 1)
    B += [("h", 1, "4. Factoren die het onderwijs beïnvloeden")]
    B += sec("belemmerende_factoren", "4.1 Belemmerende factoren", c, C, M, 2)
    B += sec("bevorderende_factoren", "4.2 Bevorderende factoren", c, C, M, 2)
    B += sec("ondersteuningsbehoefte", "5. Onderwijs- en ondersteuningsbehoeften", c, C, M, 1)
    B += sec("adviezen_professionals", "6. Adviezen van deskundigen", c, C, M, 1)
    B += [("h", 1, "7. Handelingsdeel")]
    B += sec("doelen", "7.1 Doelen", c, C, M, 2, "table")
    B += sec("ondersteuning", "7.2 Ondersteuning en begeleiding", c, C, M, 2, "table")
    B += sec("afwijkingen_onderwijsprogramma", "7.3 Afwijkingen van het onderwijsprogramma", c, C, M, 2)
    B += sec("inbreng_leerling", "8. Inbreng van de leerling", c, C, M, 1)
    B += sec("oogo", "9. Op overeenstemming gericht overleg met ouders", c, C, M, 1)
    B += sec("evaluatie", "10. Evaluatie en bijstelling", c, C, M, 1)
    B += sec("vaststelling", "11. Vaststelling", c, C, M, 1)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="12. Instemming ouders met het handelingsdeel")
    B += sec("informatie_rechten", "13. Als u het niet eens bent", c, C, M, 1)
    return B


# 10 ------------------------------------------------------------ SO / ZML leerroute
def so_leerroute(c, C, M, o):
    f = c.f
    B = [("title", "OPP – Ontwikkelingsperspectief en leerroute"),
         ("p", f("{school} · {place}")), ("kv", [("Leerling", c["full"]), ("Geboortedatum", c["birth"]), ("Groep", c["groep"]),
                                                ("Leerroute", C.get("leerroute", "leerroute 3")), ("Ontwikkelingsleeftijd (indicatie)", f"{max(4, c['age'] - 3)} jaar"),
                                                ("Schooljaar", c["sy"])])]
    B += [("h", 1, "Deel A – Perspectief")]
    B += sec("uitstroombestemming", "Verwachte uitstroombestemming", c, C, M, 2)
    B += sec("onderbouwing", "Waarop baseren we dit?", c, C, M, 2, "bullets")
    B += sec("belemmerende_factoren", "Belemmerende factoren", c, C, M, 2, "table")
    B += sec("bevorderende_factoren", "Bevorderende factoren", c, C, M, 2, "table")
    B += sec("ondersteuningsbehoefte", "Onderwijsbehoeften", c, C, M, 2, "bullets")
    B += sec("adviezen_professionals", "Wat adviseert de commissie voor de begeleiding?", c, C, M, 2)
    B += [("h", 1, "Deel B – Handelingsdeel")]
    B += sec("doelen", "Doelen (leerlijnen)", c, C, M, 2, "table")
    B += sec("ondersteuning", "Ondersteuning en begeleiding", c, C, M, 2, "table")
    B += sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", c, C, M, 2)
    B += [("h", 1, "Deel C – Samen")]
    B += sec("oogo", "Overleg met ouders", c, C, M, 2)
    B += sec("inbreng_leerling", "Wat vindt de leerling?", c, C, M, 2)
    B += sec("evaluatie", "Evaluatie", c, C, M, 2)
    B += sec("vaststelling", "Vaststelling", c, C, M, 2)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="Instemming handelingsdeel", lvl=2)
    B += sec("informatie_rechten", "Uw rechten", c, C, M, 2)
    return B


# 11 ------------------------------------------------------------ kindgesprek-OPP (sbo/po)
def kindgesprek(c, C, M, o):
    f = c.f
    B = [("title", f("Mijn plan – {n}")), ("small", f("Ontwikkelingsperspectief {school} · {sy} · het eerste deel is samen met {n} ingevuld"))]
    B += [("h", 1, "Deel 1 – Dit ben ik")]
    B += [("p", f("Ik ben {n}, ik ben {age} jaar en ik zit in {groep}."))]
    B += sec("bevorderende_factoren", "Hier ben ik goed in (en wat mij helpt)", c, C, M, 2, "bullets")
    B += sec("belemmerende_factoren", "Dit vind ik moeilijk", c, C, M, 2, "bullets")
    B += sec("inbreng_leerling", "Wat ik belangrijk vind voor mijn plan", c, C, M, 2)
    B += [("h", 1, "Deel 2 – Voor school en ouders")]
    B += pupil_header(c, [("Leerkracht", c["mentor"]), ("Intern begeleider", c["ib"])])
    B += sec("uitstroombestemming", "Uitstroomperspectief", c, C, M, 2)
    B += sec("onderbouwing", "Onderbouwing", c, C, M, 2)
    B += sec("ondersteuningsbehoefte", "Onderwijsbehoeften", c, C, M, 2, "bullets")
    B += sec("doelen", "Doelen", c, C, M, 2, "table")
    B += sec("ondersteuning", "Handelingsdeel: ondersteuning", c, C, M, 2, "table")
    B += sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma", c, C, M, 2)
    B += sec("adviezen_professionals", "Adviezen", c, C, M, 2)
    B += sec("oogo", "Overleg ouders", c, C, M, 2)
    B += sec("evaluatie", "Evaluatie", c, C, M, 2)
    B += sec("vaststelling", "Vaststelling", c, C, M, 2)
    B += _rev(c, o)
    B += _tail(c, C, M, o, h="Instemming", lvl=2)
    B += sec("informatie_rechten", "Informatie over rechten", c, C, M, 2)
    return B


# 12 ------------------------------------------------------------ IB-notitie in bullets (txt/md)
def ib_notitie(c, C, M, o):
    f = c.f
    B = [("title", f("OPP {full} ({groep}) – {sy}")),
         ("p", f("Opgesteld door {ib}, IB. Kort format, zoals besproken in het zorgteam."))]
    def bl(el, lab):
        t = terse(el, c, C, M)
        if t is None:
            return []
        return [("h", 2, lab)] + ([("bullets", [x.lstrip("- ") for x in t.split("\n")])] if t else [])
    for el, lab in [("uitstroombestemming", "Uitstroom"), ("onderbouwing", "Onderbouwing"),
                    ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
                    ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
                    ("ondersteuning", "Ondersteuning (handelingsdeel)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen"),
                    ("adviezen_professionals", "Adviezen extern"), ("inbreng_leerling", "Leerling"),
                    ("oogo", "Ouders (OOGO)"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vastgesteld")]:
        B += bl(el, lab)
    B += _rev(c, o)
    m = M["instemming_ouders"]
    if m not in ("miss", "avg_only"):
        B += [("h", 2, "Instemming")]
        B += consent(c, M, "sig", o.get("who", "ouders"))
    if m == "avg_only":
        B += avg_block(c)
    B += bl("informatie_rechten", "Rechten ouders")
    return B


# 13 ------------------------------------------------------------ groeiformulier met cycli
def groeiformulier(c, C, M, o):
    f = c.f
    B = [("title", "Groeiformulier OPP"), ("small", f"{c['swv']} · versie 1.0 · het formulier groeit mee met de ondersteuningscyclus")]
    B += pupil_header(c)
    hist = [[c["d_oogo_n"], "Eerste opzet, besproken met ouders", c["ib"]], [c["d_set_n"], "Vastgesteld", c["dir"]]]
    if o.get("revised"):
        hist.append([o["revised"].strftime("%d-%m-%Y"), "Bijgesteld na tussenevaluatie", c["ib"]])
    if M["vaststelling"] in ("miss",):
        hist = hist[:1]
    elif status_of(M["vaststelling"]) != "present":
        hist[1] = ["", "Vastgesteld", ""]
    B += [("h", 1, "Versiebeheer"), ("table", ["Datum", "Wat", "Door"], hist)]
    B += [("h", 1, "A. Perspectief")]
    B += sec("uitstroombestemming", "A1 Uitstroombestemming", c, C, M, 2)
    B += sec("onderbouwing", "A2 Onderbouwing", c, C, M, 2)
    B += sec("belemmerende_factoren", "A3 Belemmerende factoren", c, C, M, 2, "bullets")
    B += sec("bevorderende_factoren", "A4 Bevorderende factoren", c, C, M, 2, "bullets")
    B += sec("ondersteuningsbehoefte", "A5 Onderwijs- en ondersteuningsbehoeften", c, C, M, 2, "bullets")
    B += sec("adviezen_professionals", "A6 Adviezen van deskundigen", c, C, M, 2)
    B += [("h", 1, "B. Handelingsdeel (instemmingsrecht ouders)")]
    B += sec("doelen", "B1 Doelen", c, C, M, 2, "table")
    B += sec("ondersteuning", "B2 Ondersteuning", c, C, M, 2, "table")
    B += sec("afwijkingen_onderwijsprogramma", "B3 Afwijkingen van het onderwijsprogramma", c, C, M, 2)
    B += [("h", 1, "C. Gesprekken")]
    B += sec("oogo", "C1 Ouders", c, C, M, 2)
    B += sec("inbreng_leerling", "C2 Leerling", c, C, M, 2)
    B += sec("evaluatie", "C3 Evaluatieplanning", c, C, M, 2)
    if M["vaststelling"] not in ("miss",) and status_of(M["vaststelling"]) != "present":
        B += [("h", 2, "C4 Vaststelling")] + body("vaststelling", c, C, M)
    elif status_of(M["vaststelling"]) == "present":
        B += [("h", 2, "C4 Vaststelling")] + body("vaststelling", c, C, M)
    B += _tail(c, C, M, o, h="D. Instemming")
    B += sec("informatie_rechten", "E. Informatie voor ouders", c, C, M, 1)
    return B


LAYOUTS = {"groeidocument-4-delen": groeidocument, "domeintabel-belemmerend-bevorderend": domeintabel,
           "pro-iop-met-opp": pro_iop, "vso-uitstroomprofiel-cvb": vso_cvb, "beknopt-opp": beknopt,
           "vraagkoppen-voor-ouders": vraagkoppen, "brief-aan-ouders": brief, "lvs-export-footer": lvs_export,
           "swv-vo-genummerd": swv_vo_genummerd, "so-leerroute": so_leerroute, "kindgesprek-opp": kindgesprek,
           "ib-notitie-bullets": ib_notitie, "groeiformulier-cycli": groeiformulier}
