# -*- coding: utf-8 -*-
"""Layouts: each turns a resolved plan into blocks (see blocks.py) plus page metadata."""
from blocks import CB, SIG, CC, H, Pp, UL, T, PB, SP
from content import DOMAINS, Gap, dlong, dshort, add_days
from plan import NA

GREY = "E7E7E7"
BLUE = "D9E2EC"


def schooljaar(iso):
    y, m = int(iso[:4]), int(iso[5:7])
    return "%d-%d" % (y, y + 1) if m >= 8 else "%d-%d" % (y - 1, y)


def V(pl, e):
    return pl["V"][e]


def is_gap(v):
    return isinstance(v, Gap)


def adult(pl):
    return pl["adult"] == "bekwaam"


def txt(pl, e, bullets=True):
    """Generic text for one element value (None when missing)."""
    v = V(pl, e)
    if v is None:
        return None
    if isinstance(v, str):
        return str(v)
    if isinstance(v, dict):
        if e == "vaststelling":
            return None
        return "\n".join("%s%s: %s" % ("\u2022 " if bullets else "", DOMAINS[k], t) for k, t in v.items())
    if e == "ondersteuningsbehoefte":
        return "\n".join(("\u2022 " if bullets else "") + x for x in v)
    if e == "ondersteuning":
        out = []
        for r in v:
            bits = [r[0]]
            bits.append("wie: %s" % r[1])
            bits.append("hoe vaak: %s" % r[2])
            bits.append("vanaf: %s" % r[3])
            out.append(("\u2022 " if bullets else "") + "; ".join(bits))
        return "\n".join(out)
    if e == "doelen":
        return "\n".join("%s%s: %s" % ("\u2022 " if bullets else "", a, b) for a, b in v)
    if e == "adviezen_professionals":
        return "\n".join("%s%s. Advies: %s Wat de school ermee doet: %s" % ("\u2022 " if bullets else "", a, b, c) for a, b, c in v)
    if e == "inbreng_leerling":
        view, ch = v
        s = "Wat %s zelf vindt: %s" % (pl["first"], view)
        if ch:
            s += "\nWat we ermee doen: %s" % ch
        return s
    return str(v)


def pupil_rows(pl, with_date=False):
    if pl.get("blank"):
        return [["Naam leerling", ""], ["Geboortedatum", ""], ["School", ""], ["Groep / klas", ""], ["Schooljaar", ""],
                ["Mentor / leerkracht", ""], ["Intern begeleider / zorgcoördinator", ""]]
    rows = [["Naam leerling", pl["name"]], ["Geboortedatum", dshort(pl["geb"])],
            ["School", "%s, %s" % (pl["school"], pl["plaats"])], ["Groep / klas", pl["klas"]],
            ["Schooljaar", schooljaar(pl["date"])], [pl["mentor_role"].capitalize(), pl["mentor"]],
            [pl["ib_role"].capitalize(), pl["ib"]]]
    if pl["adult"] == "curatele":
        rows.append(["Wettelijk vertegenwoordiger", "%s (curator; %s staat onder curatele)" % (pl["spec"].get("curator", "mr. W. Hazeleger"), pl["first"])])
    elif adult(pl):
        rows.append(["Meerderjarig", "ja, %d jaar; handelingsbekwaam (tekent zelf)" % pl["age"]])
    if pl["revised"]:
        rows.append(["Versie", "bijgestelde versie %s (eerste versie %s)" % (dshort(pl["revised"]), dshort(pl["date"]))])
    return rows


def afw_ticks(pl):
    """(ticks, explanation) for tick-box style deviation fields, or None if missing."""
    v = V(pl, "afwijkingen_onderwijsprogramma")
    if v is None:
        return None
    opts = ["Geen afwijkingen", "Eigen leerlijn", "Vrijstelling van een vak", "Aangepaste / verkorte lestijd", "Stage of ander programma"]
    ticked = set()
    expl = ""
    if isinstance(v, NA):
        ticked.add(0)
    elif is_gap(v):
        expl = str(v)
    else:
        low = v.lower()
        if "leerlijn" in low:
            ticked.add(1)
        if "vrijstelling" in low:
            ticked.add(2)
        if "rooster" in low or "lestijd" in low:
            ticked.add(3)
        if "stage" in low:
            ticked.add(4)
        expl = v
    return [CB(i in ticked, o) for i, o in enumerate(opts)], expl


def consent_blocks(pl, style="table", sig=True, title="Instemming met het handelingsdeel"):
    """Consent area; the AVG consent (if any) comes first."""
    out = []
    if pl.get("other_consent"):
        out.append(H(3, "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"))
        d = add_days(pl["date"], 2)
        out.append(T([[[CB(True, "Ouders geven toestemming voor het gebruik van foto's en video's van %s in de schoolgids en op de website." % pl["first"])], ""],
                      [[CB(True, "Ouders geven toestemming voor het delen van gegevens met de jeugdarts.")], ""],
                      ["Naam ouder: %s" % pl["parents"], ["Datum: %s  Handtekening:" % dshort(d), SIG(pl["id"] + "avg")]]],
                     widths=[0.6, 0.4]))
    c = pl["consent"]
    if c is None:
        return out
    out.append(H(3, title))
    who = "De leerling" if any(s["role"].startswith("Leerling (meerd") for s in c["signers"]) else "Ouder(s)/verzorger(s)"
    if pl["adult"] == "curatele":
        who = "De wettelijk vertegenwoordiger"
    o = c["options"]
    out.append(T([[[CB(o["akkoord"], "%s gaat/gaan akkoord met het handelingsdeel van dit OPP." % who)]],
                  [[CB(o["niet"], "%s gaat/gaan niet akkoord met het handelingsdeel." % who)]],
                  [[CB(o["deels"], "%s gaat/gaan gedeeltelijk akkoord, namelijk met:" % who)]]], widths=[1.0]))
    if c["statement"]:
        out.append(Pp(c["statement"]))
    rows = [["Rol", "Naam", "Datum", "Handtekening"]]
    for s in c["signers"]:
        name = "" if c["image_only"] and not s["role"].startswith("Namens") else s["name"]
        sigc = []
        if s["signed"] and sig and not (c["statement"] and not s["role"].startswith("Namens")):
            sigc.append(SIG(pl["id"] + s["role"][:6]))
        if s["remark"]:
            sigc.append(s["remark"])
        rows.append([s["role"], name, dshort(s["date"]) if s["date"] and not (c["statement"] and not s["role"].startswith("Namens")) else "", sigc or ""])
    out.append(T(rows, widths=[0.24, 0.28, 0.16, 0.32], header=1, shade={(0, i): BLUE for i in range(4)}))
    return out


def vast_rows(pl):
    v = V(pl, "vaststelling")
    if v is None:
        return None
    if v.get("concept"):
        return [["Status", "CONCEPT \u2013 nog niet vastgesteld"], ["Vastgesteld door", ""], ["Datum vaststelling", ""]]
    who = v["who"]
    date = v["date"]
    return [["Vastgesteld door", "" if who is None else (str(who) if is_gap(who) else "%s, directeur" % who)],
            ["Datum vaststelling", "" if date is None else (str(date) if is_gap(date) else dlong(date))]]


# ================================================================== L1 two-column numbered
def L_twocol(pl, v):
    meta = dict(title="OPP %s" % pl["name"], author=pl["ib"], footer="%s \u2013 OPP %s \u2013 vertrouwelijk" % (pl["school"], pl["name"]),
                header=pl["swv"])
    blocks = [H(1, "Ontwikkelingsperspectiefplan (OPP)"), Pp("%s \u2013 %s" % (pl["school"], pl["plaats"]), italic=True)]
    secs = []
    secs.append(("Gegevens leerling", pupil_rows(pl)))
    secs.append(("Uitstroomperspectief", [["Te verwachten uitstroombestemming", txt(pl, "uitstroombestemming")],
                                         ["Onderbouwing", txt(pl, "onderbouwing")]]))
    secs.append(("Belemmerende en bevorderende factoren", [["Belemmerende factoren", txt(pl, "belemmerende_factoren")],
                                                          ["Bevorderende factoren", txt(pl, "bevorderende_factoren")]]))
    secs.append(("Onderwijs- en ondersteuningsbehoeften", [["Wat heeft %s nodig?" % pl["first"], txt(pl, "ondersteuningsbehoefte")]]))
    secs.append(("Handelingsdeel", [["Doelen komende periode", txt(pl, "doelen")],
                                    ["Ondersteuning en begeleiding", txt(pl, "ondersteuning")],
                                    ["Afwijkingen van het onderwijsprogramma", txt(pl, "afwijkingen_onderwijsprogramma")]]))
    secs.append(("Adviezen van deskundigen", [["Adviezen en wat de school ermee doet", txt(pl, "adviezen_professionals")]]))
    ib = V(pl, "inbreng_leerling")
    if ib is not None and not is_gap(ib):
        secs.append(("Inbreng van de leerling", [["Wat vindt %s zelf?" % pl["first"], ib[0]],
                                                 ["Wat is daarmee gedaan?", ib[1] if ib[1] else ""]]))
    elif is_gap(ib):
        secs.append(("Inbreng van de leerling", [["Wat vindt %s zelf?" % pl["first"], str(ib)], ["Wat is daarmee gedaan?", str(ib)]]))
    secs.append(("Overleg en evaluatie", [["Op overeenstemming gericht overleg (OOGO)", txt(pl, "oogo")],
                                          ["Evaluatie", txt(pl, "evaluatie")]]))
    secs.append(("Informatie voor ouders", [["Uw rechten", txt(pl, "informatie_rechten")]]))
    vr = vast_rows(pl)
    if vr:
        secs.append(("Vaststelling", vr))
    rows, merges, shade = [], [], {}
    n = 0
    for title, rs in secs:
        rs = [r for r in rs if r[1] is not None]
        if not rs:
            continue
        n += 1
        merges.append((len(rows), 0, len(rows), 1))
        shade[(len(rows), 0)] = BLUE
        rows.append(["%d. %s" % (n, title), ""])
        for r in rs:
            shade[(len(rows), 0)] = GREY
            rows.append(r)
    blocks.append(T(rows, widths=[0.32, 0.68], merges=merges, shade=shade, bold_col0=True))
    blocks += consent_blocks(pl)
    return blocks, meta


# ================================================================== L2 table per domain
def L_domain(pl, v):
    ncol = v.get("ncols", 2)
    meta = dict(title="OPP", author=pl["ib"], header="%s | Ontwikkelingsperspectief %s" % (pl["swv"], schooljaar(pl["date"])),
                footer="OPP %s" % pl["name"])
    pr = pupil_rows(pl)
    grid = []
    for i in range(0, len(pr), 2):
        a = pr[i]
        b = pr[i + 1] if i + 1 < len(pr) else ["", ""]
        grid.append([a[0], a[1], b[0], b[1]])
    shade = {(r, c): GREY for r in range(len(grid)) for c in (0, 2)}
    blocks = [H(1, "Ontwikkelingsperspectief (OPP)"), T(grid, widths=[0.18, 0.32, 0.18, 0.32], shade=shade,
                                                       bold={(r, c) for r in range(len(grid)) for c in (0, 2)})]
    ur = [r for r in [["Uitstroombestemming", txt(pl, "uitstroombestemming")], ["Onderbouwing", txt(pl, "onderbouwing")]] if r[1] is not None]
    if ur:
        blocks += [H(2, "1. Uitstroomperspectief"), T(ur, widths=[0.25, 0.75], bold_col0=True, shade={(i, 0): GREY for i in range(len(ur))})]
    be, bv, nb = V(pl, "belemmerende_factoren"), V(pl, "bevorderende_factoren"), V(pl, "ondersteuningsbehoefte")
    blocks.append(H(2, "2. Beeld van %s per domein" % pl["first"]))
    doms = []
    for d in DOMAINS:
        if (isinstance(be, dict) and d in be) or (isinstance(bv, dict) and d in bv):
            doms.append(d)
    if not doms:
        doms = ["leren", "werk", "soc", "thuis"]
    use3 = ncol == 3 and nb is not None
    needs = {}
    if use3:
        if isinstance(nb, list):
            for i, x in enumerate(nb):
                needs.setdefault(doms[min(i, len(doms) - 1)], []).append(x)
    for d in doms:
        hdr = []
        if be is not None:
            hdr.append("Belemmerend")
        if bv is not None:
            hdr.append("Bevorderend")
        if use3:
            hdr.append("Onderwijsbehoefte")
        row = []
        if be is not None:
            row.append(be.get(d, "") if isinstance(be, dict) else str(be))
        if bv is not None:
            row.append(bv.get(d, "") if isinstance(bv, dict) else str(bv))
        if use3:
            row.append("\n".join(needs.get(d, [])) if isinstance(nb, list) else str(nb))
        if not hdr:
            hdr, row = ["Toelichting"], [""]
        k = len(hdr)
        rows = [[DOMAINS[d]] + [""] * (k - 1), hdr, row]
        blocks.append(T(rows, widths=[1.0 / k] * k, merges=[(0, 0, 0, k - 1)] if k > 1 else [], header=0,
                        shade=dict([((0, 0), BLUE)] + [((1, i), GREY) for i in range(k)]), bold={(0, 0)} | {(1, i) for i in range(k)},
                        cantsplit=True))
    if not use3 and nb is not None:
        blocks.append(H(2, "3. Onderwijs- en ondersteuningsbehoeften"))
        if isinstance(nb, list):
            blocks.append(UL(nb))
        else:
            blocks.append(T([[str(nb)]], widths=[1.0]))
    blocks.append(H(2, "4. Handelingsdeel"))
    dl = V(pl, "doelen")
    if dl is not None:
        rows = [["Domein", "Doel (wat willen we bereiken en wanneer)"]]
        rows += [list(x) for x in dl] if isinstance(dl, list) else [["", str(dl)]]
        blocks += [H(3, "Doelen"), T(rows, widths=[0.22, 0.78], header=1, shade={(0, 0): GREY, (0, 1): GREY})]
    st = V(pl, "ondersteuning")
    if st is not None:
        rows = [["Wat (aanpak / ondersteuning)", "Door wie", "Hoe vaak", "Vanaf"]]
        rows += [list(x) for x in st] if isinstance(st, list) else [[str(st), "", "", ""]]
        blocks += [H(3, "Ondersteuning en begeleiding"), T(rows, widths=[0.4, 0.25, 0.18, 0.17], header=1, shade={(0, i): GREY for i in range(4)})]
    at = afw_ticks(pl)
    if at:
        ticks, expl = at
        blocks += [H(3, "Afwijkingen van het onderwijsprogramma"), T([[ticks[:3], ticks[3:]], ["Toelichting:", expl]], widths=[0.5, 0.5])]
    adv = V(pl, "adviezen_professionals")
    if adv is not None:
        rows = [["Deskundige", "Advies", "Wat doet de school ermee?"]]
        rows += [list(x) for x in adv] if isinstance(adv, list) else [["", str(adv), ""]]
        blocks += [H(2, "5. Adviezen van deskundigen"), T(rows, widths=[0.28, 0.38, 0.34], header=1, shade={(0, i): GREY for i in range(3)})]
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        if is_gap(ib):
            rows = [["Wat vindt %s zelf?" % pl["first"], str(ib)], ["Wat hebben we daarmee gedaan?", str(ib)]]
        else:
            rows = [["Wat vindt %s zelf?" % pl["first"], ib[0]], ["Wat hebben we daarmee gedaan?", ib[1] or ""]]
        blocks += [H(2, "6. Inbreng van %s" % pl["first"]), T(rows, widths=[0.3, 0.7], bold_col0=True, shade={(0, 0): GREY, (1, 0): GREY})]
    rest = [["Overleg met ouders (OOGO)", txt(pl, "oogo")], ["Evaluatie", txt(pl, "evaluatie")], ["Rechten van ouders", txt(pl, "informatie_rechten")]]
    rest = [r for r in rest if r[1] is not None]
    vr = vast_rows(pl)
    if vr:
        rest += vr
    if rest:
        blocks += [H(2, "7. Overleg, evaluatie en vaststelling"), T(rest, widths=[0.3, 0.7], bold_col0=True, shade={(i, 0): GREY for i in range(len(rest))})]
    blocks += consent_blocks(pl)
    return blocks, meta


# ================================================================== L3 long handelingsdeel split across pages
def L_split(pl, v):
    meta = dict(title="OPP en handelingsdeel", author=pl["ib"], header="%s \u2013 %s" % (pl["school"], pl["swv"]),
                footer="Ontwikkelingsperspectief %s, %s" % (pl["name"], pl["klas"]), tsize=v.get("tsize", 9))
    front = pupil_rows(pl)
    for r in [["Uitstroombestemming", txt(pl, "uitstroombestemming")], ["Onderbouwing uitstroombestemming", txt(pl, "onderbouwing")]]:
        if r[1] is not None:
            front.append(r)
    blocks = [H(1, "OPP \u2013 ontwikkelingsperspectief en handelingsdeel"),
              T(front, widths=[0.3, 0.7], bold_col0=True, shade={(i, 0): GREY for i in range(len(front))})]
    be, bv = V(pl, "belemmerende_factoren"), V(pl, "bevorderende_factoren")
    if be is not None or bv is not None:
        rows = [["Domein", "Belemmerende factoren", "Bevorderende factoren"]]
        doms = [d for d in DOMAINS if (isinstance(be, dict) and d in be) or (isinstance(bv, dict) and d in bv)] or ["leren", "soc", "werk"]
        for d in doms:
            rows.append([DOMAINS[d], "" if be is None else (be.get(d, "") if isinstance(be, dict) else str(be)),
                         "\u2014 (niet opgenomen)" if bv is None else (bv.get(d, "") if isinstance(bv, dict) else str(bv))])
        if bv is None:
            rows = [r[:2] for r in rows]
        if be is None:
            rows = [[r[0], r[2]] for r in rows]
        k = len(rows[0])
        blocks += [H(2, "Belemmerende en bevorderende factoren"), T(rows, widths=[0.22] + [0.78 / (k - 1)] * (k - 1), header=1,
                                                                    shade={(0, i): BLUE for i in range(k)})]
    # the long table
    hdr = ["Nr", "Onderdeel", "Omschrijving", "Wie", "Wanneer / hoe vaak"]
    rows, merges, shade = [hdr], [], {(0, i): BLUE for i in range(5)}

    def section(title):
        merges.append((len(rows), 0, len(rows), 4))
        shade[(len(rows), 0)] = GREY
        rows.append([title, "", "", "", ""])

    n = [0]

    def row(a, b, c="", d=""):
        n[0] += 1
        rows.append([str(n[0]), a, b, c, d])

    nb = V(pl, "ondersteuningsbehoefte")
    if nb is not None:
        section("A. Onderwijs- en ondersteuningsbehoeften")
        if isinstance(nb, list):
            for x in nb:
                row("Behoefte", x)
        else:
            row("Behoefte", str(nb))
    dl = V(pl, "doelen")
    if dl is not None:
        section("B. Doelen voor de komende periode")
        if isinstance(dl, list):
            for a, b in dl:
                row(a, b, pl["mentor_role"], "evaluatie %s" % dshort(pl["eval1"]))
        else:
            row("Doel", str(dl))
    st = V(pl, "ondersteuning")
    if st is not None:
        section("C. Ondersteuning en begeleiding")
        if isinstance(st, list):
            for a, b, c, d in st:
                row("Ondersteuning", a, b, (c + ", " + d) if c else d)
        else:
            row("Ondersteuning", str(st))
    afw = V(pl, "afwijkingen_onderwijsprogramma")
    if afw is not None:
        section("D. Afwijkingen van het onderwijsprogramma")
        row("Afwijking", str(afw))
    adv = V(pl, "adviezen_professionals")
    if adv is not None:
        section("E. Adviezen van deskundigen")
        if isinstance(adv, list):
            for a, b, c in adv:
                row("Advies", "%s: %s" % (a, b), "", "")
                row("Uitvoering", c, "school", "")
        else:
            row("Advies", str(adv))
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        section("F. Inbreng van de leerling")
        if is_gap(ib):
            row("Mening leerling", str(ib))
        else:
            row("Mening leerling", ib[0], pl["first"], dshort(pl["oogo_date"]))
            row("Wat is ermee gedaan", ib[1] or "")
    ev = V(pl, "evaluatie")
    if ev is not None:
        section("G. Evaluatie")
        row("Evaluatie", str(ev), "%s, ouders" % pl["mentor_role"], "")
    blocks += [H(2, "Handelingsdeel"), T(rows, widths=[0.05, 0.16, 0.49, 0.15, 0.15], header=1, merges=merges, shade=shade)]
    og = txt(pl, "oogo")
    if og is not None:
        blocks += [H(2, "Overleg met ouders"), Pp(og)]
    rr = txt(pl, "informatie_rechten")
    if rr is not None:
        blocks += [H(2, "Als u het niet eens bent"), Pp(rr)]
    vr = vast_rows(pl)
    if vr:
        blocks += [H(2, "Vaststelling"), T(vr, widths=[0.3, 0.7], bold_col0=True, shade={(i, 0): GREY for i in range(len(vr))})]
    blocks += consent_blocks(pl)
    return blocks, meta


# ================================================================== L5 beknopt OPP form (labels left, values right)
def L_beknopt(pl, v):
    cc = v.get("cc", False)
    meta = dict(title="Beknopt OPP", author=pl["ib"], header="Beknopt OPP \u2013 format %s (versie 2025)" % pl["swv"], footer="",
                cc_checkbox=cc, margin=1.6, tsize=8.5)

    def val(e, text=None):
        t = text if text is not None else txt(pl, e)
        if t is None:
            return None
        if cc:
            if t == "" or t == "Klik of tik om tekst in te voeren.":
                return [CC("Klik of tik om tekst in te voeren.", placeholder=True, tag=e or "gegevens")]
            return [CC(t, tag=e or "gegevens")]
        return t

    rows, shade, merges = [], {}, []

    def sec(t):
        merges.append((len(rows), 0, len(rows), 1))
        shade[(len(rows), 0)] = "C9D7E8"
        rows.append([t, ""])

    def r(label, value):
        if value is None:
            return
        shade[(len(rows), 0)] = GREY
        rows.append([label, value])

    sec("Leerling")
    for a, b in pupil_rows(pl):
        r(a, val(None, b) if cc else b)
    sec("Perspectief")
    r("Uitstroombestemming", val("uitstroombestemming"))
    r("Onderbouwing", val("onderbouwing"))
    sec("Beeld van de leerling")
    r("Belemmerende factoren", val("belemmerende_factoren"))
    r("Bevorderende factoren", val("bevorderende_factoren"))
    r("Onderwijsbehoeften", val("ondersteuningsbehoefte"))
    sec("Handelingsdeel")
    r("Doelen", val("doelen"))
    r("Ondersteuning (wat, wie, hoe vaak, vanaf)", val("ondersteuning"))
    at = afw_ticks(pl)
    if at:
        r("Afwijkingen onderwijsprogramma", at[0] + (["\nToelichting: ", at[1]] if at[1] else ["\nToelichting: "]))
    r("Adviezen externe deskundigen", val("adviezen_professionals"))
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        sec("Stem van de leerling")
        if is_gap(ib):
            r("Wat vindt de leerling?", val("inbreng_leerling", str(ib)))
            r("Wat is ermee gedaan?", val("inbreng_leerling", str(ib)))
        else:
            r("Wat vindt de leerling?", val("inbreng_leerling", ib[0]))
            r("Wat is ermee gedaan?", val("inbreng_leerling", ib[1] or ""))
    sec("Afspraken")
    r("OOGO (datum, aanwezigen)", val("oogo"))
    r("Evaluatie", val("evaluatie"))
    r("Rechten ouders", val("informatie_rechten"))
    vr = vast_rows(pl)
    if vr:
        for a, b in vr:
            r(a, val(None, b) if cc else b)
    blocks = [H(1, "Beknopt ontwikkelingsperspectief (OPP)"),
              T(rows, widths=[0.3, 0.7], merges=merges, shade=shade, bold_col0=True)]
    blocks += consent_blocks(pl)
    return blocks, meta


# ================================================================== L6 groeidocument, OPP as one chapter
def L_groei(pl, v):
    meta = dict(title="Groeidocument %s" % pl["name"], author=pl["ib"], header="Groeidocument \u2013 %s" % pl["swv"],
                footer="Groeidocument %s" % pl["name"])
    blocks = [H(1, "Groeidocument"), Pp("Integraal groeidocument voor arrangementen en ontwikkelingsperspectief", italic=True)]
    hist = [["Versie", "Datum", "Wijziging"], ["1", dshort(add_days(pl["date"], -40)), "Aanvraag arrangement, hoofdstuk 1 t/m 3"]]
    hist.append(["2", dshort(pl["date"]), "Ontwikkelingsperspectief (hoofdstuk 4) toegevoegd"])
    if pl["revised"]:
        hist.append(["3", dshort(pl["revised"]), "OPP bijgesteld na evaluatie"])
    blocks += [T(hist, widths=[0.12, 0.2, 0.68], header=1, shade={(0, i): GREY for i in range(3)})]
    blocks += [H(2, "1. Gegevens"), T(pupil_rows(pl), widths=[0.3, 0.7], bold_col0=True)]
    blocks.append(H(2, "2. Beeld van de leerling"))
    be, bv = V(pl, "belemmerende_factoren"), V(pl, "bevorderende_factoren")
    seeother = pl["states"].get("belemmerende_factoren") == "seeother"
    rows = [["Domein", "Stimulerende factoren", "Belemmerende factoren"]]
    doms = [d for d in DOMAINS if (isinstance(be, dict) and d in be) or (isinstance(bv, dict) and d in bv)] or ["leren", "soc", "werk", "thuis"]
    for d in doms:
        rows.append([DOMAINS[d], ("" if bv is None else (bv.get(d, "") if isinstance(bv, dict) else str(bv))),
                     ("" if be is None else (be.get(d, "") if isinstance(be, dict) else str(be)))])
    if be is None:
        rows = [r[:2] for r in rows]
    if bv is None:
        rows = [[r[0], r[2]] if len(r) > 2 else r for r in rows]
    k = len(rows[0])
    blocks.append(T(rows, widths=[0.22] + [0.78 / (k - 1)] * (k - 1), header=1, shade={(0, i): GREY for i in range(k)}))
    nb = V(pl, "ondersteuningsbehoefte")
    if nb is not None:
        blocks.append(H(2, "3. Onderwijs- en ondersteuningsbehoeften"))
        blocks.append(UL(nb) if isinstance(nb, list) else T([[str(nb)]], widths=[1.0]))
    blocks.append(H(2, "4. Ontwikkelingsperspectief (OPP)"))
    o = [["Verwachte uitstroombestemming", txt(pl, "uitstroombestemming")], ["Onderbouwing", txt(pl, "onderbouwing")]]
    if seeother:
        o.append(["Belemmerende en bevorderende factoren", "Zie hoofdstuk 2 (beeld van de leerling)."])
    o = [r for r in o if r[1] is not None]
    if o:
        blocks.append(T(o, widths=[0.3, 0.7], bold_col0=True, shade={(i, 0): GREY for i in range(len(o))}))
    blocks.append(H(3, "4.1 Handelingsdeel"))
    dl = V(pl, "doelen")
    st = V(pl, "ondersteuning")
    if dl is not None:
        rows = [["Doel", "Beschrijving"]] + ([list(x) for x in dl] if isinstance(dl, list) else [["", str(dl)]])
        blocks.append(T(rows, widths=[0.22, 0.78], header=1, shade={(0, 0): GREY, (0, 1): GREY}))
    if st is not None:
        rows = [["Aanbod", "Uitvoerder", "Frequentie", "Periode"]] + ([list(x) for x in st] if isinstance(st, list) else [[str(st), "", "", ""]])
        blocks.append(T(rows, widths=[0.4, 0.25, 0.18, 0.17], header=1, shade={(0, i): GREY for i in range(4)}))
    af = txt(pl, "afwijkingen_onderwijsprogramma")
    if af is not None:
        blocks += [H(3, "4.2 Afwijkingen van het onderwijsprogramma"), Pp(af if af else " ")]
    adv = txt(pl, "adviezen_professionals")
    if adv is not None:
        blocks += [H(3, "4.3 Adviezen van deskundigen"), Pp(adv)]
    blocks.append(H(2, "5. Betrokkenheid van ouders en leerling"))
    og = txt(pl, "oogo")
    if og is not None:
        blocks += [H(3, "Overleg met ouders"), Pp(og)]
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        blocks.append(H(3, "Inbreng van de leerling"))
        if is_gap(ib):
            blocks.append(Pp(str(ib)))
        else:
            blocks.append(T([["Wat %s zelf zegt" % pl["first"], ib[0]], ["Wat we daarmee doen", ib[1] or ""]], widths=[0.3, 0.7], bold_col0=True))
    ev = txt(pl, "evaluatie")
    if ev is not None:
        blocks += [H(2, "6. Evaluatie"), Pp(ev)]
    blocks.append(H(2, "7. Vaststelling en ondertekening"))
    vr = vast_rows(pl)
    if vr:
        blocks.append(T(vr, widths=[0.3, 0.7], bold_col0=True))
    rr = txt(pl, "informatie_rechten")
    if rr is not None:
        blocks.append(Pp(rr, italic=True))
    blocks += consent_blocks(pl)
    return blocks, meta


# ================================================================== L7 system export (print to PDF / txt / md)
def L_export(pl, v):
    stamp = "%s 10:42" % dshort(add_days(pl["date"], 5))
    meta = dict(title="Afdruk OPP", header="LeerlingVolg Online \u2013 afdruk dossieronderdeel 'OPP' \u2013 %s \u2013 afgedrukt op %s door %s" %
                (pl["school"], stamp, pl["ib"]),
                footer="Dit is een afdruk uit LeerlingVolg Online. Vertrouwelijk; niet verspreiden. Afgedrukt op %s." % stamp)
    blocks = [H(1, "OPP \u2013 %s" % pl["name"])]
    kv = [["Leerling", "%s (%s)" % (pl["name"], dshort(pl["geb"]))], ["School", pl["school"]], ["Groep/klas", pl["klas"]],
          ["Schooljaar", schooljaar(pl["date"])], ["Status document", "Vastgesteld" if V(pl, "vaststelling") and V(pl, "vaststelling").get("date") and not is_gap(V(pl, "vaststelling")["date"]) else "Open"]]
    blocks.append(T(kv, widths=[0.3, 0.7], bold_col0=True))
    fields = [("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing uitstroom", "onderbouwing"),
              ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
              ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuning", "ondersteuning"),
              ("Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Adviezen externen", "adviezen_professionals"),
              ("Inbreng leerling", "inbreng_leerling"), ("Overleg ouders (OOGO)", "oogo"), ("Evaluatiemomenten", "evaluatie"),
              ("Informatie rechten ouders", "informatie_rechten")]
    rows = []
    for lab, e in fields:
        t = txt(pl, e)
        if t is None:
            continue
        rows.append([lab, t])
    vr = vast_rows(pl)
    if vr:
        rows += vr
    blocks += [H(2, "Dossiervelden"), T(rows, widths=[0.3, 0.7], bold_col0=True)]
    c = pl["consent"]
    if pl.get("other_consent"):
        blocks += [H(2, "Toestemmingen AVG"), T([["Beeldmateriaal", "Toestemming gegeven door %s op %s" % (pl["parents"], dshort(add_days(pl["date"], 2)))]],
                                                widths=[0.3, 0.7], bold_col0=True)]
    if c is not None:
        crow = []
        o = c["options"]
        status = "akkoord" if o["akkoord"] else ("niet akkoord" if o["niet"] else ("gedeeltelijk akkoord" if o["deels"] else "(geen keuze)"))
        crow.append(["Instemming handelingsdeel", status])
        for s in c["signers"]:
            crow.append(["Ondertekend %s" % s["role"].lower(), ("%s \u2013 %s" % (s["name"], dshort(s["date"]) if s["date"] else "datum: \u2014")) if s["signed"] else
                         "%s \u2013 niet ondertekend" % s["name"]])
            if s["remark"]:
                crow.append(["Opmerking", s["remark"]])
        if c["statement"]:
            crow.append(["Toelichting", c["statement"]])
        blocks += [H(2, "Instemming"), T(crow, widths=[0.3, 0.7], bold_col0=True)]
    return blocks, meta


# ================================================================== L9 letter with summary tables
def L_letter(pl, v):
    meta = dict(title="Brief OPP", author=pl["director"], footer="%s \u2013 %s" % (pl["school"], pl["plaats"]))
    ad = adult(pl)
    aan = pl["name"] if ad else "de ouders/verzorgers van %s" % pl["name"]
    blocks = [Pp(pl["school"], bold=True, size=12), Pp("Postbus 1%03d, %s" % (int(pl["id"][1:]) * 7 % 1000, pl["plaats"])), SP(10),
              Pp("Aan %s" % aan), SP(8),
              Pp("%s, %s" % (pl["plaats"], dlong(add_days(pl["date"], 1)))),
              Pp("Betreft: ontwikkelingsperspectiefplan (OPP) van %s" % pl["name"], bold=True), SP(4),
              Pp("Beste %s," % ("%s" % pl["first"] if ad else "ouders/verzorgers"))]
    og = V(pl, "oogo")
    if og is not None:
        if is_gap(og):
            blocks.append(Pp("Onlangs hebben wij het ontwikkelingsperspectief besproken. %s" % og))
        else:
            blocks.append(Pp("Op %s hebben wij met %s het ontwikkelingsperspectief van %s besproken. In deze brief vatten wij het plan samen; het volledige handelingsdeel staat in de tabellen hieronder." %
                             (dlong(pl["oogo_date"]), "jou" if ad else "u", "jou" if ad else pl["first"])))
    else:
        blocks.append(Pp("Hierbij ontvangt u het ontwikkelingsperspectiefplan van %s." % pl["first"]))
    u = V(pl, "uitstroombestemming")
    if u is not None:
        blocks.append(Pp("Wij verwachten dat %s uitstroomt naar: %s" % (pl["first"], u if not is_gap(u) else str(u) or "...")))
    ob = V(pl, "onderbouwing")
    if ob is not None:
        blocks.append(Pp("Waarom verwachten wij dat? %s" % ob))
    be, bv = V(pl, "belemmerende_factoren"), V(pl, "bevorderende_factoren")
    if be is not None or bv is not None:
        l = [("Wat gaat goed (bevorderend)", bv), ("Wat maakt het lastig (belemmerend)", be)]
        l = [x for x in l if x[1] is not None]
        rows = [[a for a, _ in l]]
        mx = max(len(x[1]) if isinstance(x[1], dict) else 1 for x in l)
        cols = []
        for _, val in l:
            cols.append(["%s: %s" % (DOMAINS[k], t) for k, t in val.items()] if isinstance(val, dict) else [str(val)])
        for i in range(mx):
            rows.append([c[i] if i < len(c) else "" for c in cols])
        blocks += [Pp("Belemmerende en bevorderende factoren", bold=True), T(rows, widths=[1.0 / len(l)] * len(l), header=1, shade={(0, i): GREY for i in range(len(l))})]
    nb = V(pl, "ondersteuningsbehoefte")
    if nb is not None:
        blocks.append(Pp("Wat heeft %s nodig?" % pl["first"], bold=True))
        blocks.append(UL(nb) if isinstance(nb, list) else Pp(str(nb)))
    dl, st = V(pl, "doelen"), V(pl, "ondersteuning")
    if dl is not None or st is not None:
        blocks.append(Pp("Samenvatting handelingsdeel", bold=True))
        if dl is not None:
            rows = [["Doel", "Wat willen we bereiken"]] + ([list(x) for x in dl] if isinstance(dl, list) else [["", str(dl)]])
            blocks.append(T(rows, widths=[0.22, 0.78], header=1, shade={(0, 0): GREY, (0, 1): GREY}))
        if st is not None:
            rows = [["Wat doen we", "Wie", "Hoe vaak / vanaf"]] + ([[a, b, "%s, %s" % (c, d) if c else d] for a, b, c, d in st] if isinstance(st, list) else [[str(st), "", ""]])
            blocks.append(T(rows, widths=[0.45, 0.27, 0.28], header=1, shade={(0, i): GREY for i in range(3)}))
    af = V(pl, "afwijkingen_onderwijsprogramma")
    if af is not None:
        blocks.append(Pp("Afwijkingen van het programma: %s" % (str(af) or "...")))
    adv = V(pl, "adviezen_professionals")
    if adv is not None:
        blocks.append(Pp("Adviezen van deskundigen", bold=True))
        blocks.append(Pp(txt(pl, "adviezen_professionals", bullets=False)))
    ib = V(pl, "inbreng_leerling")
    if ib is not None:
        if is_gap(ib):
            blocks.append(Pp("Wat %s zelf vindt: %s" % (pl["first"], ib)))
        else:
            blocks.append(Pp("%s heeft in het gesprek verteld: %s%s" % (pl["first"], ib[0], (" Wat we daarmee doen: " + ib[1]) if ib[1] else "")))
    ev = V(pl, "evaluatie")
    if ev is not None:
        blocks.append(Pp(str(ev)))
    rr = V(pl, "informatie_rechten")
    if rr is not None:
        blocks.append(Pp(str(rr)))
    vs = V(pl, "vaststelling")
    if vs is not None and vs.get("date") and not is_gap(vs["date"]):
        blocks.append(Pp("Het OPP is op %s door de directie vastgesteld." % dlong(vs["date"])))
    blocks += [SP(6), Pp("Met vriendelijke groet,"), Pp([SIG(pl["id"] + "dir")]) if vs is not None else SP(2),
               Pp("%s, directeur" % pl["director"]), Pp("%s, %s" % (pl["mentor"], pl["mentor_role"]))]
    blocks.append(PB())
    blocks.append(H(2, "Antwoordstrook \u2013 graag binnen twee weken terug naar school"))
    blocks += consent_blocks(pl, title="Instemming met het handelingsdeel van het OPP van %s" % pl["name"])
    return blocks, meta


LAYOUTS = {"twocol": L_twocol, "domain": L_domain, "split": L_split, "beknopt": L_beknopt, "groei": L_groei,
           "export": L_export, "letter": L_letter}
