"""Layouts: each turns (spec, ctx, profile data P, resolved elements R) into blocks."""
from core import consent_blocks, fmt_long, fmt_num, PROFILES

VO_OPTS = ["praktijkonderwijs", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo"]
VSO_OPTS = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
TICK_OPTS = {
    "uitstroombestemming": VO_OPTS,
    "afwijkingen_onderwijsprogramma": ["Nee, er wordt niet afgeweken van het onderwijsprogramma", "Ja, eigen leerlijn voor: ..........", "Ja, vrijstelling / ontheffing voor: ..........", "Ja, aangepast lesrooster"],
    "ondersteuningsbehoefte": ["Extra instructie / verlengde instructie", "Aangepaste leerstof", "Extra tijd bij toetsen", "Hulpmiddelen (software, rekenkaart)", "Begeleiding sociaal-emotioneel", "Prikkelarme werkplek"],
    "ondersteuning": ["Extra instructie in de groep", "RT buiten de groep", "Inzet onderwijsassistent", "Externe begeleiding"],
    "evaluatie": ["na 6 weken", "na 3 maanden", "aan het eind van het schooljaar"],
    "oogo": ["Ouders zijn betrokken bij het opstellen van het plan"],
    "doelen": ["Doelen leren", "Doelen werkhouding", "Doelen sociaal-emotioneel"],
    "bevorderende_factoren": ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuissituatie"],
    "belemmerende_factoren": ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuissituatie"],
    "adviezen_professionals": ["Orthopedagoog / psycholoog", "Logopedist", "Jeugdarts", "Anders, nl. ....."],
    "inbreng_leerling": ["Leerling is gehoord", "Mening van de leerling is meegenomen"],
    "onderbouwing": ["Toetsgegevens LVS", "Intelligentieonderzoek", "Leerrendementen"],
    "informatie_rechten": ["Ouders zijn geïnformeerd over hun rechten"],
}


def ticks(el, spec=None):
    opts = TICK_OPTS[el]
    if el == "uitstroombestemming" and spec and spec["type"] == "vso":
        opts = VSO_OPTS
    return ("checks", [(False, o) for o in opts])


def inbreng_text(P, R):
    m = R["inbreng_leerling"]["mode"]
    if m == "noeffect":
        return P["inbreng_view"]
    return P["inbreng_view"] + " " + P["inbreng_effect"]


def ok_blocks(el, P, ctx, spec, R, style):
    """Render element content in 'ok' mode. style: prose | bullets | table | checks | compact"""
    if el == "uitstroombestemming":
        if style == "checks":
            opts = VSO_OPTS if spec["type"] == "vso" else VO_OPTS + ["anders: mbo / arbeid"]
            tick = P["vo_tick"]
            lst = [(o in tick or (o == "anders: mbo / arbeid" and not any(x in tick for x in opts[:-1])), o) for o in opts]
            return [("checks", lst), ("p", "Toelichting: " + P["uitstroom"])]
        return [("p", P["uitstroom"])]
    if el == "onderbouwing":
        return [("p", P["onderbouwing"])]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        d = P["belem"] if el == "belemmerende_factoren" else P["bevord"]
        if style == "table":
            return [("table", [["Domein", "Omschrijving"]] + [[k, v] for k, v in d.items()], {"header": True, "widths": [0.25, 0.75]})]
        if style == "prose":
            return [("p", " ".join(d.values()))]
        return [("bullets", ["%s: %s" % (k, v) for k, v in d.items()])]
    if el == "ondersteuningsbehoefte":
        if style == "prose":
            return [("p", "%s heeft nodig: " % P["N"] + "; ".join(x[0].lower() + x[1:] for x in P["behoefte"]) + ".")]
        return [("bullets", P["behoefte"])]
    if el == "ondersteuning":
        rows = P["ondersteuning"]
        if style in ("table", "checks"):
            return [("table", [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [list(r) for r in rows], {"header": True, "widths": [0.42, 0.22, 0.18, 0.18]})]
        return [("bullets", ["%s - %s, %s, vanaf %s" % r for r in rows])]
    if el == "afwijkingen_onderwijsprogramma":
        if style == "checks":
            if P["afwijk"]:
                return [("checks", [(False, TICK_OPTS[el][0]), (True, "Ja, namelijk:")]), ("p", P["afwijk"])]
            return [("checks", [(True, TICK_OPTS[el][0]), (False, "Ja, namelijk: ..........")])]
        return [("p", P["afwijk"] or "Er wordt niet afgeweken van het reguliere onderwijsprogramma; %s volgt het programma van de groep." % P["N"])]
    if el == "doelen":
        if style == "table":
            return [("table", [["Nr.", "Doel (SMART)"]] + [[str(i + 1), g] for i, g in enumerate(P["doelen"])], {"header": True, "widths": [0.08, 0.92]})]
        return [("bullets", P["doelen"])]
    if el == "adviezen_professionals":
        return [("p", P["advies"])]
    if el == "oogo":
        return [("p", P["oogo"])]
    if el == "inbreng_leerling":
        return [("p", inbreng_text(P, R))]
    if el == "evaluatie":
        return [("p", P["evaluatie"])]
    if el == "informatie_rechten":
        return [("p", P["rechten"])]
    if el == "vaststelling":
        return [("p", "Dit plan is vastgesteld op %s door %s, directeur van %s." % (fmt_long(ctx["vdate"]), ctx["directeur"], ctx["school"]))]
    raise ValueError(el)


def sec(el, heading, P, ctx, spec, R, style="bullets", hblock="h1", empty_line=False):
    """Heading + content for one element, honouring the gap mode."""
    r = R[el]
    m = r["mode"]
    if m == "drop":
        return []
    out = [(hblock, heading)] if heading else []
    if m == "empty":
        if empty_line:
            out.append(("p", ""))
        return out
    if m == "text":
        return out + [("p", r["text"])]
    if m == "ticks":
        return out + [ticks(el, spec)]
    if m == "noeffect":
        return out + [("p", P["inbreng_view"])]
    if m == "nodate":
        return out + [("p", "Vastgesteld door: %s, directeur\nDatum vaststelling: ..................." % ctx["directeur"])]
    return out + ok_blocks(el, P, ctx, spec, R, style)


def cell(el, P, ctx, spec, R, style="prose"):
    """Content of an element as a single string (for table / form cells). None means dropped."""
    r = R[el]
    m = r["mode"]
    if m == "drop":
        return None
    if m == "empty":
        return ""
    if m == "text":
        return r["text"]
    if m == "ticks":
        return "  ".join("\u2610 " + o for o in (VSO_OPTS if (el == "uitstroombestemming" and spec["type"] == "vso") else TICK_OPTS[el]))
    if m == "noeffect":
        return P["inbreng_view"]
    if m == "nodate":
        return "%s, directeur - datum: ........" % ctx["directeur"]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        d = P["belem"] if el == "belemmerende_factoren" else P["bevord"]
        return "\n".join("- %s: %s" % kv for kv in d.items())
    if el == "ondersteuningsbehoefte":
        return "\n".join("- " + x for x in P["behoefte"])
    if el == "ondersteuning":
        return "\n".join("- %s (%s; %s; vanaf %s)" % r for r in P["ondersteuning"])
    if el == "doelen":
        return "\n".join("%d. %s" % (i + 1, g) for i, g in enumerate(P["doelen"]))
    if el == "afwijkingen_onderwijsprogramma":
        return P["afwijk"] or "Geen afwijkingen: %s volgt het reguliere programma." % P["N"]
    if el == "vaststelling":
        return "%s door %s (directeur)" % (fmt_num(ctx["vdate"]), ctx["directeur"])
    return {"uitstroombestemming": P["uitstroom"], "onderbouwing": P["onderbouwing"], "adviezen_professionals": P["advies"],
            "oogo": P["oogo"], "inbreng_leerling": inbreng_text(P, R), "evaluatie": P["evaluatie"], "informatie_rechten": P["rechten"]}[el]


def meta_kv(ctx, spec, extra=()):
    b = ctx["born"]
    rows = [("Naam leerling", ctx["full"]), ("Geboortedatum", fmt_num(b) if ctx["full"] else ""),
            ("Groep / leerjaar", ctx["groep"]), ("School", ("%s, %s" % (ctx["school"], ctx["place"])) if ctx["school"] else ""),
            ("Schooljaar", ctx["schooljaar"] if ctx["full"] else "")]
    return ("kv", rows + list(extra))


def revision_note(spec, ctx):
    if spec.get("revised"):
        import datetime as dt
        d = dt.date.fromisoformat(spec["revised"])
        return [("p", "Bijgesteld op %s na de tussenevaluatie: de doelen voor de komende periode zijn aangepast (zie hieronder); het perspectief blijft ongewijzigd." % fmt_long(d))]
    return []


# ------------------------------------------------------------------ L1 swv-genummerd
def L1(spec, ctx, P, R, txt=False):
    sector = {"po": "primair onderwijs", "sbo": "speciaal basisonderwijs", "so": "speciaal onderwijs", "vso": "voortgezet speciaal onderwijs",
              "vo": "voortgezet onderwijs", "pro": "praktijkonderwijs"}.get(spec["type"], "")
    B = [("header", "%s  |  format OPP %s, versie 2025.1" % (ctx["swv"], sector)),
         ("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("subtitle", "%s - %s" % (ctx["board"], ctx["school"]) if ctx["school"] else "Format OPP - in te vullen door de school"),
         ("h1", "1. Gegevens van de leerling"), meta_kv(ctx, spec, [("Intern begeleider", ctx["ib"]), ("Leerkracht", ctx["lk"])])]
    B += revision_note(spec, ctx)
    B += sec("adviezen_professionals", "2. Adviezen van externe deskundigen", P, ctx, spec, R, "prose")
    B += [("h1", "3. Bevorderende en belemmerende factoren")]
    B += sec("bevorderende_factoren", "3.1 Bevorderende factoren", P, ctx, spec, R, "bullets", "h2")
    B += sec("belemmerende_factoren", "3.2 Belemmerende factoren", P, ctx, spec, R, "bullets", "h2")
    B += sec("ondersteuningsbehoefte", "4. Onderwijs- en ondersteuningsbehoeften", P, ctx, spec, R, "bullets")
    B += [("h1", "5. Ontwikkelingsperspectief")]
    B += sec("uitstroombestemming", "5.1 Verwachte uitstroombestemming", P, ctx, spec, R, "prose", "h2")
    B += sec("onderbouwing", "5.2 Onderbouwing", P, ctx, spec, R, "prose", "h2")
    B += sec("afwijkingen_onderwijsprogramma", "6. Afwijkingen van het onderwijsprogramma", P, ctx, spec, R, "prose")
    B += sec("doelen", "7. Doelen voor de komende periode", P, ctx, spec, R, "bullets")
    B += sec("ondersteuning", "8. Handelingsdeel: te bieden ondersteuning en begeleiding", P, ctx, spec, R, "table")
    B += sec("inbreng_leerling", "9. Inbreng van de leerling", P, ctx, spec, R, "prose")
    B += sec("oogo", "10. Overleg met ouders (op overeenstemming gericht overleg)", P, ctx, spec, R, "prose")
    B += sec("evaluatie", "11. Evaluatie", P, ctx, spec, R, "prose")
    B += [("h1", "12. Vaststelling en ondertekening")]
    B += sec("vaststelling", None, P, ctx, spec, R, "prose")
    B += consent_blocks(spec, ctx, R, "checks", txt)
    B += sec("informatie_rechten", "13. Informatie voor ouders", P, ctx, spec, R, "prose")
    B += [("footer", "%s - OPP %s - vertrouwelijk" % (ctx["school"], ctx["full"]))]
    return B


# ------------------------------------------------------------------ L2 groeidocument with OPP chapter
def L2(spec, ctx, P, R, txt=False):
    B = [("header", "%s  -  Groeidocument" % ctx["board"]),
         ("title", "Groeidocument %s" % ctx["full"]),
         ("subtitle", "%s, %s  -  schooljaar %s  -  versie met ontwikkelingsperspectief" % (ctx["school"], ctx["place"], ctx["schooljaar"])),
         ("h1", "Deel A  Gegevens"), meta_kv(ctx, spec, [("Betrokken begeleiders", "%s (leerkracht), %s (IB)" % (ctx["lk"], ctx["ib"]))]),
         ("h1", "Deel B  Beeld van het kind")]
    B += revision_note(spec, ctx)
    be, bv = R["belemmerende_factoren"]["mode"], R["bevorderende_factoren"]["mode"]
    domains = list(dict.fromkeys(list(P["bevord"].keys()) + list(P["belem"].keys())))
    head = ["Domein"] + (["Stimulerende factoren"] if bv != "drop" else []) + (["Belemmerende factoren"] if be != "drop" else [])
    rows = [head]
    for i, d in enumerate(domains):
        row = [d]
        for el, m, src in (("bevorderende_factoren", bv, P["bevord"]), ("belemmerende_factoren", be, P["belem"])):
            if m == "drop":
                continue
            if m == "ok":
                row.append(src.get(d, ""))
            elif m == "text":
                row.append(R[el]["text"] if i == 0 else "")
            else:
                row.append("")
        rows.append(row)
    B.append(("table", rows, {"header": True}))
    B += sec("ondersteuningsbehoefte", "Deel C  Onderwijsbehoeften: wat heeft %s nodig?" % ctx["N"], P, ctx, spec, R, "bullets")
    B += sec("inbreng_leerling", "Deel D  Wat vindt %s zelf?" % ctx["N"], P, ctx, spec, R, "prose")
    B += [("h1", "Deel E  Ontwikkelingsperspectief")]
    kv = []
    for el, lab in (("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        c = cell(el, P, ctx, spec, R)
        if c is not None:
            kv.append((lab, c))
    if kv:
        B.append(("kv", kv))
    B += sec("afwijkingen_onderwijsprogramma", "Afwijkingen van het reguliere programma", P, ctx, spec, R, "prose", "h2")
    B += sec("doelen", "Doelen tot de volgende evaluatie", P, ctx, spec, R, "table", "h2")
    B += sec("ondersteuning", "Deel F  Handelingsdeel (arrangement)", P, ctx, spec, R, "table")
    B += sec("adviezen_professionals", "Deel G  Adviezen van deskundigen", P, ctx, spec, R, "prose")
    B += [("h1", "Deel H  Ouders en school")]
    B += sec("oogo", "Overleg met ouders", P, ctx, spec, R, "prose", "h2")
    B += sec("evaluatie", "Evaluatie", P, ctx, spec, R, "prose", "h2")
    B += [("h1", "Deel I  Vaststelling en instemming")]
    B += sec("vaststelling", None, P, ctx, spec, R, "prose")
    B += consent_blocks(spec, ctx, R, "checks", txt)
    r = cell("informatie_rechten", P, ctx, spec, R)
    if r is not None:
        B += [("small", "Rechten van ouders: " + r)]
    B += [("footer", "Groeidocument %s - %s" % (ctx["full"], ctx["board"]))]
    return B


# ------------------------------------------------------------------ L3 domain tables
def L3(spec, ctx, P, R, txt=False):
    B = [("header", "%s | %s" % (ctx["board"], ctx["school"])),
         ("title", "OPP %s" % ctx["full"]),
         meta_kv(ctx, spec, [("Opgesteld door", "%s (IB) en %s (leerkracht/mentor)" % (ctx["ib"], ctx["lk"]))])]
    B += revision_note(spec, ctx)
    be, bv = R["belemmerende_factoren"]["mode"], R["bevorderende_factoren"]["mode"]
    B.append(("h1", "Beeld per domein"))
    domains = list(dict.fromkeys(list(P["belem"].keys()) + list(P["bevord"].keys())))
    for i, d in enumerate(domains):
        head, row = [], []
        for el, m, src, lab in (("belemmerende_factoren", be, P["belem"], "Belemmerend"), ("bevorderende_factoren", bv, P["bevord"], "Bevorderend")):
            if m == "drop":
                continue
            head.append(lab)
            if m == "ok":
                row.append(src.get(d, "-"))
            elif m == "text":
                row.append(R[el]["text"] if i == 0 else "")
            elif m == "ticks":
                row.append("\u2610 ja  \u2610 nee")
            else:
                row.append("")
        if head:
            B.append(("table", [["Domein: " + d] + [""] * (len(head) - 1), head, row], {"header": True}))
    B += sec("ondersteuningsbehoefte", "Onderwijsbehoeften", P, ctx, spec, R, "bullets")
    B.append(("h1", "Perspectief"))
    kv = []
    for el, lab in (("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma")):
        c = cell(el, P, ctx, spec, R)
        if c is not None:
            kv.append((lab, c))
    B.append(("kv", kv))
    B += sec("doelen", "Doelen", P, ctx, spec, R, "table")
    B += sec("ondersteuning", "Handelingsdeel", P, ctx, spec, R, "table")
    B.append(("h1", "Afspraken"))
    kv = []
    for el, lab in (("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Besproken met ouders"),
                    ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vastgesteld")):
        c = cell(el, P, ctx, spec, R)
        if c is not None:
            kv.append((lab, c))
    B.append(("kv", kv))
    B.append(("h1", "Handtekeningen"))
    B += consent_blocks(spec, ctx, R, "checks", txt)
    B += [("footer", "Dit document is vertrouwelijk. %s" % ctx["swv"])]
    return B


# ------------------------------------------------------------------ L4 beknopt formulier (content controls / form)
def L4(spec, ctx, P, R, txt=False):
    B = [("title", "Beknopt OPP"), ("subtitle", "%s - formulier ontwikkelingsperspectief (verkorte versie)" % ctx["swv"])]
    for lab, val in meta_kv(ctx, spec)[1]:
        B.append(("cc", lab, val or None))
    order = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat/wie/hoe vaak)"),
             ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Mening van de leerling"),
             ("oogo", "Overleg met ouders (datum, wie)"), ("evaluatie", "Evaluatiemoment")]
    B.append(("h1", "Ontwikkelingsperspectief en handelingsdeel"))
    for el, lab in order:
        m = R[el]["mode"]
        if m == "drop":
            continue
        if m == "ticks":
            B.append(("h2", lab)); B.append(ticks(el, spec)); continue
        if el == "uitstroombestemming" and m == "ok":
            B.append(("h2", lab)); B += ok_blocks(el, P, ctx, spec, R, "checks"); continue
        c = cell(el, P, ctx, spec, R)
        B.append(("cc", lab, c if c else None))
    m = R["afwijkingen_onderwijsprogramma"]["mode"]
    if m != "drop":
        B.append(("h2", "Wordt afgeweken van het onderwijsprogramma?"))
        if m == "ok":
            B += ok_blocks("afwijkingen_onderwijsprogramma", P, ctx, spec, R, "checks")
        elif m == "ticks":
            B.append(("checks", [(False, "Nee"), (False, "Ja, namelijk: ..........")]))
        else:
            B.append(("cc", "Afwijkingen", R["afwijkingen_onderwijsprogramma"]["text"] or None))
    B.append(("h1", "Vaststelling en instemming"))
    m = R["vaststelling"]["mode"]
    if m != "drop":
        B.append(("cc", "Datum vaststelling", None if m in ("nodate", "empty") else fmt_num(ctx["vdate"])))
        B.append(("cc", "Vastgesteld door", ctx["directeur"] + ", directeur" if ctx["directeur"] else None))
    B += consent_blocks(spec, ctx, R, "checks", txt)
    rr = cell("informatie_rechten", P, ctx, spec, R)
    if rr is not None:
        B.append(("small", rr))
    B.append(("footer", "Beknopt OPP - %s" % ctx["swv"]))
    return B


# ------------------------------------------------------------------ L5 question headings
def L5(spec, ctx, P, R, txt=False):
    N = ctx["N"]
    B = [("title", "Mijn ontwikkelingsperspectief"), ("subtitle", "Plan voor %s - %s" % (ctx["full"], ctx["school"])),
         meta_kv(ctx, spec)]
    B += revision_note(spec, ctx)
    B += sec("bevorderende_factoren", "Wat gaat goed bij %s?" % N, P, ctx, spec, R, "bullets")
    B += sec("belemmerende_factoren", "Wat maakt leren lastig?", P, ctx, spec, R, "bullets")
    B += sec("ondersteuningsbehoefte", "Wat heeft %s nodig?" % N, P, ctx, spec, R, "bullets")
    B += sec("inbreng_leerling", "Wat zegt %s zelf, en wat doen we daarmee?" % N, P, ctx, spec, R, "prose")
    B += sec("uitstroombestemming", "Waar gaat %s waarschijnlijk naartoe na deze school?" % N, P, ctx, spec, R, "prose")
    B += sec("onderbouwing", "Waarom verwachten we dat?", P, ctx, spec, R, "prose")
    B += sec("afwijkingen_onderwijsprogramma", "Doen we iets anders dan het gewone programma?", P, ctx, spec, R, "prose")
    B += sec("doelen", "Waar werken we de komende tijd aan?", P, ctx, spec, R, "bullets")
    B += sec("ondersteuning", "Wie doet wat?", P, ctx, spec, R, "bullets")
    B += sec("adviezen_professionals", "Wat adviseren deskundigen?", P, ctx, spec, R, "prose")
    B += sec("oogo", "Hoe hebben we dit samen besproken?", P, ctx, spec, R, "prose")
    B += sec("evaluatie", "Wanneer kijken we samen terug?", P, ctx, spec, R, "prose")
    B += sec("informatie_rechten", "Wat als u het er niet mee eens bent?", P, ctx, spec, R, "prose")
    B.append(("h1", "Afspraak is afspraak"))
    B += sec("vaststelling", None, P, ctx, spec, R, "prose")
    B += consent_blocks(spec, ctx, R, "checks", txt)
    return B


# ------------------------------------------------------------------ L6 letter
def L6(spec, ctx, P, R, txt=False):
    N = ctx["N"]
    B = [("p", "%s\n%s\n%s" % (ctx["school"], "Postbus 1%03d" % (len(ctx["full"]) * 7), ctx["place"])),
         ("p", "Aan de ouders/verzorgers van %s\n%s" % (ctx["full"], ctx["place"])),
         ("p", "%s, %s" % (ctx["place"], fmt_long(ctx["vdate"]))),
         ("p", "Betreft: ontwikkelingsperspectiefplan van %s (groep %s)" % (N, ctx["groep"])),
         ("p", "Beste ouders,"),
         ("p", "Zoals besproken sturen wij u hierbij het ontwikkelingsperspectiefplan (OPP) van %s. In deze brief leest u wat wij verwachten, wat %s nodig heeft en hoe wij %s daarbij helpen." % (N, N, ctx["hem"]))]

    def para(el, lead, style="prose"):
        r = R[el]
        if r["mode"] == "drop":
            return []
        if r["mode"] == "ok" and style == "list":
            return [("p", lead)] + ok_blocks(el, P, ctx, spec, R, "bullets")
        c = cell(el, P, ctx, spec, R)
        if r["mode"] == "ok" and el in ("belemmerende_factoren", "bevorderende_factoren"):
            d = P["belem"] if el == "belemmerende_factoren" else P["bevord"]
            c = " ".join(d.values())
        return [("p", "%s %s" % (lead, c))]

    B += para("oogo", "Ons gesprek.")
    B += para("bevorderende_factoren", "Wat goed gaat.")
    B += para("belemmerende_factoren", "Wat %s belemmert." % N)
    B += para("ondersteuningsbehoefte", "Wat %s nodig heeft." % N, "list")
    B += para("uitstroombestemming", "Verwachte uitstroombestemming.")
    B += para("onderbouwing", "Waarom wij dit verwachten.")
    B += para("afwijkingen_onderwijsprogramma", "Aanpassingen in het programma.")
    B += para("doelen", "Doelen tot de volgende evaluatie:", "list")
    B += para("ondersteuning", "Wat wij doen (handelingsdeel):", "list")
    B += para("inbreng_leerling", "Wat %s er zelf van vindt." % N)
    B += para("adviezen_professionals", "Adviezen van deskundigen.")
    B += para("evaluatie", "Evaluatie.")
    B += para("informatie_rechten", "Uw rechten.")
    m = R["vaststelling"]["mode"]
    if m == "ok":
        B.append(("p", "Wij hebben dit plan vastgesteld op %s." % fmt_long(ctx["vdate"])))
    elif m == "text":
        B.append(("p", "Vaststelling: " + R["vaststelling"]["text"]))
    B.append(("p", "Met vriendelijke groet,"))
    if m != "drop":
        B.append(("p", "%s\ndirecteur %s" % (ctx["directeur"], ctx["school"])))
    else:
        B.append(("p", "%s\nintern begeleider" % ctx["ib"]))
    if R["instemming_ouders"]["variant"] != "drop":
        B.append(("h2", "Antwoordstrook - graag ondertekend terug naar school"))
        R2 = dict(R); R2["vaststelling"] = dict(R["vaststelling"], mode="drop")
        B += consent_blocks(spec, ctx, R2, "checks", txt)
    return B


# ------------------------------------------------------------------ L7 system export
def L7(spec, ctx, P, R, txt=False):
    B = [("header", "KindVolg Plus  |  Leerlingdossier  |  Module Ontwikkelingsperspectief"),
         ("p", "LEERLINGDOSSIER - ONTWIKKELINGSPERSPECTIEF"),
         ("kv", [("Leerling", "%s (lln.nr. %s)" % (ctx["full"], ctx["leerlingnr"])), ("Geboortedatum", fmt_num(ctx["born"])),
                 ("Groep", ctx["groep"]), ("School", "%s (%s)" % (ctx["school"], ctx["place"])), ("Schooljaar", ctx["schooljaar"]),
                 ("Plantype", "OPP"), ("Status plan", "Definitief")])]
    B += revision_note(spec, ctx)

    def fld(el, label):
        c = cell(el, P, ctx, spec, R)
        if c is None:
            return []
        return [("p", "%s:" % label.upper()), ("p", c if c else "<leeg>")]

    B += fld("uitstroombestemming", "Verwachte uitstroombestemming")
    B += fld("onderbouwing", "Onderbouwing uitstroombestemming")
    B += fld("bevorderende_factoren", "Bevorderende factoren")
    B += fld("belemmerende_factoren", "Belemmerende factoren")
    B += fld("ondersteuningsbehoefte", "Onderwijsbehoeften")
    B += fld("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma")
    B += fld("doelen", "Doelen")
    B += fld("ondersteuning", "Handelingsdeel - ondersteuning")
    B += fld("adviezen_professionals", "Adviezen externe deskundigen")
    B += fld("inbreng_leerling", "Inbreng leerling")
    B += fld("oogo", "OOGO ouders")
    B += fld("evaluatie", "Evaluatie")
    B += fld("informatie_rechten", "Informatie rechten ouders")
    B.append(("p", "ONDERTEKENING:"))
    B += consent_blocks(spec, ctx, R, "export", True)
    B.append(("footer", "Afgedrukt uit KindVolg Plus 6.2 door %s  -  %s  -  vertrouwelijk" % (ctx["ib"].lower().replace(". ", "."), ctx["school"])))
    return B


# ------------------------------------------------------------------ L8 groeiplan jonge kind
def L8(spec, ctx, P, R, txt=False):
    N = ctx["N"]
    B = [("header", "%s  -  Groeiplan jonge kind" % ctx["board"]),
         ("title", "Groeiplan jonge kind (groep 1-2) met ontwikkelingsperspectief"),
         ("subtitle", "%s  -  %s" % (ctx["full"], ctx["school"])),
         meta_kv(ctx, spec, [("Leerkracht groep 1-2", ctx["lk"]), ("Startdatum groep 1", "na 4e verjaardag")])]
    B += revision_note(spec, ctx)
    B.append(("h1", "1. Ontwikkeling per gebied"))
    be, bv = R["belemmerende_factoren"]["mode"], R["bevorderende_factoren"]["mode"]
    domains = list(dict.fromkeys(list(P["bevord"].keys()) + list(P["belem"].keys())))
    head = ["Ontwikkelingsgebied"] + (["Wat gaat goed (bevorderend)"] if bv != "drop" else []) + (["Wat is nog lastig (belemmerend)"] if be != "drop" else [])
    rows = [head]
    for i, d in enumerate(domains):
        row = [d]
        for el, m, src in (("bevorderende_factoren", bv, P["bevord"]), ("belemmerende_factoren", be, P["belem"])):
            if m == "drop":
                continue
            row.append(src.get(d, "") if m == "ok" else (R[el]["text"] if (m == "text" and i == 0) else ""))
        rows.append(row)
    B.append(("table", rows, {"header": True}))
    B += sec("ondersteuningsbehoefte", "2. Wat heeft %s nodig?" % N, P, ctx, spec, R, "bullets")
    B += sec("inbreng_leerling", "3. De stem van %s" % N, P, ctx, spec, R, "prose")
    B += [("h1", "4. Ontwikkelingsperspectief (voorlopig)")]
    B += sec("uitstroombestemming", "Verwachte uitstroombestemming", P, ctx, spec, R, "prose", "h2")
    B += sec("onderbouwing", "Onderbouwing", P, ctx, spec, R, "prose", "h2")
    B += sec("afwijkingen_onderwijsprogramma", "5. Afwijkingen (lestijd, programma)", P, ctx, spec, R, "prose")
    B += sec("doelen", "6. Doelen tot de volgende evaluatie", P, ctx, spec, R, "bullets")
    B += sec("ondersteuning", "7. Aanpak: in de groep en daarbuiten", P, ctx, spec, R, "table")
    B += sec("adviezen_professionals", "8. Adviezen van deskundigen (logopedie, JGZ, ambulant begeleider)", P, ctx, spec, R, "prose")
    B += sec("oogo", "9. Samen met ouders", P, ctx, spec, R, "prose")
    B += sec("evaluatie", "10. Evaluatie", P, ctx, spec, R, "prose")
    B += sec("informatie_rechten", "11. Goed om te weten", P, ctx, spec, R, "prose")
    B.append(("h1", "12. Ondertekening"))
    B += sec("vaststelling", None, P, ctx, spec, R, "prose")
    B += consent_blocks(spec, ctx, R, "checks", txt)
    B.append(("footer", "Groeiplan jonge kind - %s" % ctx["school"]))
    return B


# ------------------------------------------------------------------ L9 plusplan (two-column section table)
def L9(spec, ctx, P, R, txt=False):
    N = ctx["N"]
    B = [("header", "%s  |  Expertisenetwerk Meer- en Hoogbegaafdheid" % ctx["swv"]),
         ("title", "Ontwikkelingsperspectief - versnellen en verrijken"),
         ("subtitle", "%s, %s  -  %s" % (ctx["full"], ctx["groep"] and "groep " + ctx["groep"], ctx["school"])),
         meta_kv(ctx, spec, [("Plusklascoördinator", ctx["extra"])])]
    B += revision_note(spec, ctx)
    B.append(("h1", "Signalering"))
    B.append(("p", "Gesignaleerd met een signaleringsinstrument voor (hoog)begaafdheid in groep %s; aanvullend intelligentieonderzoek. Leerstofaanbod: compacten en verrijken." % ctx["groep"]))
    rows = []
    for el, lab in (("bevorderende_factoren", "Sterke kanten (bevorderend)"), ("belemmerende_factoren", "Aandachtspunten (belemmerend)"),
                    ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("uitstroombestemming", "Verwachte uitstroom"),
                    ("onderbouwing", "Onderbouwing"), ("afwijkingen_onderwijsprogramma", "Aanpassingen programma (compacten, versnellen, plusklas)"),
                    ("doelen", "Doelen"), ("ondersteuning", "Arrangement / handelingsdeel"), ("adviezen_professionals", "Adviezen deskundigen"),
                    ("inbreng_leerling", "Wat %s zelf wil" % N), ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"),
                    ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vastgesteld")):
        c = cell(el, P, ctx, spec, R)
        if c is not None:
            rows.append((lab, c))
    B.append(("kv", rows))
    B.append(("h1", "Instemming"))
    R2 = dict(R); R2["vaststelling"] = dict(R["vaststelling"], mode="drop") if R["vaststelling"]["mode"] != "ok" else R["vaststelling"]
    B += consent_blocks(spec, ctx, R2, "checks", txt)
    B.append(("footer", "Plusplan / OPP - %s" % ctx["school"]))
    return B


LAYOUTS = {"L1": ("swv-genummerd", L1), "L2": ("groeidocument-hoofdstuk", L2), "L3": ("domeintabel", L3), "L4": ("beknopt-formulier", L4),
           "L5": ("vraagkoppen", L5), "L6": ("brief-aan-ouders", L6), "L7": ("systeem-export", L7), "L8": ("groeiplan-jonge-kind", L8),
           "L9": ("plusplan-tweekoloms", L9)}
