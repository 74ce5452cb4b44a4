# -*- coding: utf-8 -*-
"""Nine OPP layouts plus the non-OPP documents. Each returns a doc dict with blocks."""
from gen_content import *
from gen_elements import el, consent_blocks, extras_blocks, ELEMENTS


def blocks_of(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(("p", it))
        elif it[0] == "checks":
            out.append(("checks", it[1], False))
        else:
            out.append(it)
    return out


def cell_of(items):
    if items == "omit":
        return ""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "bullets":
            out += ["• " + x for x in it[1]]
        elif it[0] == "pi":
            out.append(it[1])
        else:
            out.append(it)
    return out if out else ""


def sec(B, title, ctx, e, level="h1"):
    items = el(ctx, e)
    if items == "omit":
        return
    B.append((level, title))
    B += blocks_of(items)


def F(ctx, s):
    return ctx.f(s)


# ---------------------------------------------------------------- shared tables
def gegevens(ctx, extra=()):
    b = ctx.blank
    v = (lambda x: "" if b else x)
    rows = [["Naam leerling", v(f"{ctx.n} {ctx.ach}")],
            ["Geboortedatum", v(dshort(ctx.dob))],
            ["Groep / klas", v(ctx.prof["klas"])],
            ["School", v(f"{ctx.school}, {ctx.place}")],
            ["Bevoegd gezag", v(ctx.stichting)],
            ["Samenwerkingsverband", v(ctx.swv)],
            ["Ouders / verzorgers", v(ctx.ouders())],
            [ctx.ibrole.capitalize(), v(ctx.ib)],
            [ctx.mrole.capitalize(), v(ctx.mentor)],
            ["Datum opstellen (concept)", v(dshort(ctx.d_draft))]]
    if ctx.st == "vso" and not b:
        if ctx.adult:
            rows.append(["Meerderjarig / handelingsbekwaam", "ja (18 jaar) / ja – geen curatele, bewind of mentorschap"])
        elif ctx.curatele:
            rows.append(["Meerderjarig / vertegenwoordiging", f"ja (19 jaar) / onder curatele; curator: {ctx.m_name}"])
    rows += list(extra)
    return rows


def loopbaan(ctx):
    rows = []
    cur = ctx.date[0] - (1 if ctx.date[1] < 8 else 0)     # start year of current school year
    import re
    k = ctx.prof["klas"]
    mg, ml = re.search(r"groep (\d)", k), re.search(r"(?:leerjaar|havo) (\d)", k)
    n = int(mg.group(1)) if mg else (8 + int(ml.group(1)) if ml else ctx.age - 4)
    if ctx.prof is PROFILES.get("po_a"):
        n += 1
    school0 = {"po": ctx.school, "sbo": "OBS De Vlonder, " + ctx.place, "so": "CBS De Akker, " + ctx.place,
               "vo": "OBS Het Palet, " + ctx.place, "pro": "SBO De Horizon-West", "vso": ctx.school.replace("VSO", "SO")}[ctx.st]
    dbl = ctx.prof is PROFILES.get("po_a")
    for i in range(n):
        yy = cur - (n - 1 - i)
        g = i + 1 - (1 if dbl and i >= 3 else 0)
        grp = f"groep {g}" if g <= 8 else f"leerjaar {g-8}"
        if ctx.st in ("vo", "pro", "vso"):
            sch = school0 if g <= 8 else ctx.school
        else:
            sch = school0 if (i < n - 2 or ctx.st == "po") else ctx.school
        note = "doublure groep 3" if dbl and i == 3 else ""
        rows.append([f"{yy}-{yy+1}", grp, sch, note])
    return rows


def toets_rows(ctx):
    r = ctx.rng
    vakken = ["Rekenen-Wiskunde", "Begrijpend lezen", "Technisch lezen (DMT)", "Spelling", "Woordenschat"]
    if ctx.st in ("vo", "pro", "vso"):
        vakken = ["Nederlands – lezen", "Nederlands – taalverzorging", "Rekenen", "Engels – lezen", "Wiskunde (rapport)"]
    rows = []
    y = ctx.date[0] - 5
    for yy in range(y, ctx.date[0] + 1):
        for per in ("M", "E"):
            if yy == ctx.date[0] and (per == "E" or ctx.date[1] < 3):
                continue
            for v in vakken:
                sc = r.randint(120, 260)
                rows.append([f"{per} {yy}", v, str(sc),
                             r.choice(["I", "II", "III", "IV", "V"]), str(r.randint(15, 45)), f"{r.randint(40, 95)}%"])
    return rows


def verzuim(ctx):
    r = ctx.rng
    rows = []
    for i, mth in enumerate(["aug", "sep", "okt", "nov", "dec", "jan", "feb", "mrt", "apr", "mei", "jun", "jul"]):
        rows.append([mth, str(r.randint(0, 4)), str(r.randint(0, 3)), str(r.randint(0, 2)), ""])
    return rows


LOG_ITEMS = ["Leerlingbespreking in het zorgteam", "Groepsobservatie door de {ib}", "Toets afgenomen (LVS)",
             "Overdracht aan nieuwe leerkracht/mentor", "Groepsbespreking", "Rapportgesprek (algemeen)",
             "Afstemming met jeugdverpleegkundige over verzuimregistratie", "Bijwerken dossier",
             "Observatie tijdens de pauze", "Collegiale consultatie", "Planning toetsweek"]


def logboek(ctx):
    r = ctx.rng
    rows = []
    d = addm(ctx.date, -16, 3)
    for i in range(40):
        d = addm(d, 0, min(28, d[2] + r.randint(4, 9))) if d[2] < 19 else addm(d, 1, r.randint(1, 8))
        if d >= ctx.d_draft:
            break
        rows.append([dshort(d), r.choice(LOG_ITEMS).replace("{ib}", ctx.ibrole), r.choice([ctx.ib, ctx.mentor]), ""])
    return rows


BEGRIPPEN = [("AVI", "Leesniveau voor technisch lezen (AVI-Start t/m AVI-Plus)."),
             ("DL", "Didactische leeftijd: het aantal maanden onderwijs vanaf groep 3."),
             ("DLE", "Didactische leeftijdsequivalent: het niveau in maanden onderwijs dat een leerling op een toets haalt."),
             ("Leerrendement", "DLE gedeeld door DL, maal 100%."),
             ("LVS", "Leerlingvolgsysteem: toetsen die de school twee keer per jaar afneemt."),
             ("Referentieniveaus", "Landelijke niveaus voor taal en rekenen (1F, 1S/2F, 2F, 3F)."),
             ("SOP", "Schoolondersteuningsprofiel: beschrijving van de ondersteuning die de school kan bieden."),
             ("TLV", "Toelaatbaarheidsverklaring van het samenwerkingsverband voor sbo, so of vso."),
             ("IB / IB'er", "Intern begeleider: coördineert de leerlingondersteuning op school."),
             ("Arrangement", "Extra ondersteuning of middelen vanuit het samenwerkingsverband."),
             ("Groepsplan", "Plan voor de hele groep met instructieniveaus."),
             ("Leerlijn", "Opeenvolging van doelen voor een vak."),
             ("MDO", "Multidisciplinair overleg: overleg met school, ouders en deskundigen."),
             ("Ambulant begeleider", "Begeleider vanuit het samenwerkingsverband of een expertisecentrum."),
             ("Jeugdhulp", "Hulp vanuit de gemeente voor jeugdigen en gezinnen."),
             ("WISC-V", "Intelligentietest voor kinderen en jongeren."),
             ("Lwoo", "Leerwegondersteunend onderwijs in het vmbo."),
             ("PTA", "Programma van toetsing en afsluiting (vo)."),
             ("Zorgteam / ZAT", "Overleg van school en externe partners over leerlingen.")]


def handel_table(ctx, cols=("Gebied", "Doel", "Aanpak / ondersteuning", "Wie", "Hoe vaak", "Vanaf")):
    gd, gs = ctx.gap("doelen"), ctx.gap("ondersteuning")
    P = ctx.prof
    f = ctx.f
    if gd == "omit" and gs == "omit":
        return []
    hdr = ["Gebied"]
    if gd != "omit":
        hdr.append(cols[1])
    if gs != "omit":
        hdr += list(cols[2:])
    if ctx.blank:
        return [("table", hdr, [[""] * len(hdr) for _ in range(4)], {"widths": _w(len(hdr))})]
    rows = []
    vague = [f("{n} gaat beter ") + "rekenen.", f("{n} gaat beter ") + "lezen.", "Werken aan de werkhouding.", "Prettiger voelen in de groep."]
    for i, (gb, d, a, w, h) in enumerate(P["handel"]):
        row = [gb]
        if gd != "omit":
            if gd is None:
                row.append(f(d))
            elif gd == "vague":
                row.append(vague[i % len(vague)])
            elif gd in ("ph",):
                row.append(ctx.rng.choice(["n.t.b.", "...", "nog formuleren"]))
            elif gd == "empty":
                row.append("")
            elif gd == "instr":
                row.append(INSTR["doelen"] if i == 0 else "")
            elif gd == "plchdr":
                row.append([("plchdr", "Klik of tik om tekst in te voeren.")])
            else:
                row.append(GENERIC["doelen"] if i == 0 else "")
        if gs != "omit":
            if gs is None:
                row += [f(a), w, h, dshort(ctx.rev or ctx.date)]
            elif gs == "ph":
                row += ["...", "", "", ""]
            elif gs == "empty":
                row += ["", "", "", ""]
            elif gs == "instr":
                row += [INSTR["ondersteuning"] if i == 0 else "", "", "", ""]
            elif gs == "ref":
                row += [REFS["ondersteuning"] if i == 0 else "idem", "", "", ""]
            elif gs == "generic":
                row += [GENERIC["ondersteuning"] if i == 0 else "zie boven", "", "", ""]
            elif gs == "plchdr":
                row += [[("plchdr", "Klik of tik om tekst in te voeren.")], "", "", ""]
            else:
                row += ["", "", "", ""]
        rows.append(row)
    B = [("table", hdr, rows, {"widths": _w(len(hdr))})]
    if ctx.spec.get("rooster") and gs != "omit":
        B.append(("p", f(ROOSTER_TXT)))
    return B


ROOSTER_TXT = "Aangepast rooster: {n} is tijdelijk op woensdag en vrijdag vanaf 12.00 uur vrij van lessen (opbouw na ziekteverzuim); op die middagen is er geen vervangend onderwijs."


def _w(n):
    return {2: [.22, .78], 3: [.16, .42, .42], 4: [.14, .3, .3, .26], 5: [.13, .27, .3, .15, .15],
            6: [.11, .25, .26, .14, .13, .11]}[n]


def adviezen_table(ctx):
    g = ctx.gap("adviezen_professionals")
    P = ctx.prof
    if g == "omit":
        return None
    if g not in (None, "no_cvb"):
        return blocks_of(el(ctx, "adviezen_professionals"))
    rows = [[d, monthyear(addm(ctx.date, m)), ctx.f(a), ctx.f(s)] for (d, m, a, s) in P["adviezen"]]
    if g is None and ctx.st in ("so", "vso") and "cvb" in P:
        a, s = P["cvb"]
        rows.append(["Commissie voor de begeleiding", monthyear(ctx.date), ctx.f(a), ctx.f(s)])
    return [("table", ["Deskundige", "Datum", "Advies", "Wat doet de school ermee?"], rows, {"widths": [.24, .12, .32, .32]})]


def bijlagen(ctx, which, start=1):
    B = [("pb",), ("h1", "Bijlagen")]
    lst = []
    i = start
    out = []
    for w in which:
        if w == "toets" and ctx.gap("onderbouwing") is None:
            lst.append(f"Bijlage {i}: Overzicht toetsgegevens (LVS)")
            out += [("h2", f"Bijlage {i} – Overzicht toetsgegevens (LVS)"),
                    ("table", ["Afname", "Onderdeel", "Vaardigheidsscore", "Niveau", "DLE", "Percentiel"], toets_rows(ctx),
                     {"widths": [.14, .3, .16, .1, .1, .2]})]
        elif w == "adviezen" and ctx.gap("adviezen_professionals") == "ref_attached":
            P = ctx.prof
            lst.append(f"Bijlage {i}: Samenvatting onderzoeksverslagen en adviezen")
            rows = [[d, monthyear(addm(ctx.date, m)), ctx.f(a), ctx.f(s)] for (d, m, a, s) in P["adviezen"]]
            if ctx.st in ("so", "vso") and "cvb" in P:
                rows.append(["Commissie voor de begeleiding", monthyear(ctx.date), ctx.f(P["cvb"][0]), ctx.f(P["cvb"][1])])
            out += [("h2", f"Bijlage {i} – Samenvatting onderzoeksverslagen en adviezen"),
                    ("table", ["Deskundige", "Datum", "Advies", "Wat doet de school ermee?"], rows, {"widths": [.24, .12, .32, .32]})]
        elif w == "verzuim":
            lst.append(f"Bijlage {i}: Verzuimoverzicht lopend schooljaar")
            out += [("h2", f"Bijlage {i} – Verzuimoverzicht"),
                    ("table", ["Maand", "Ziek (dagdelen)", "Geoorloofd", "Ongeoorloofd", "Opmerking"], verzuim(ctx))]
        elif w == "logboek":
            lst.append(f"Bijlage {i}: Logboek leerlingdossier")
            out += [("h2", f"Bijlage {i} – Logboek leerlingdossier"),
                    ("table", ["Datum", "Activiteit", "Door", "Opmerking"], logboek(ctx), {"widths": [.14, .46, .25, .15]})]
        elif w == "begrippen":
            lst.append(f"Bijlage {i}: Begrippenlijst")
            out += [("h2", f"Bijlage {i} – Begrippenlijst"), ("table", ["Begrip", "Betekenis"], [list(x) for x in BEGRIPPEN], {"widths": [.25, .75]})]
        elif w == "loopbaan":
            lst.append(f"Bijlage {i}: Schoolloopbaan")
            out += [("h2", f"Bijlage {i} – Schoolloopbaan"), ("table", ["Schooljaar", "Groep/leerjaar", "School", "Bijzonderheden"], loopbaan(ctx))]
        elif w == "jaarplanning":
            lst.append(f"Bijlage {i}: Jaarplanning leerlingondersteuning (schoolbreed)")
            items = ["Groepsbesprekingen alle groepen", "LVS-toetsen midden", "Rapport 1", "Studiedag team", "Leerlingbesprekingen",
                     "LVS-toetsen eind", "Rapport 2", "Overdracht naar volgend leerjaar", "Zorgteam (ZAT)", "Scholing team: executieve functies"]
            rows = [[f"week {wk}", items[(wk * 7) % len(items)], ctx.rng.choice(["IB", "directie", "team", "leerkrachten"])] for wk in range(36, 53, 2)] + \
                   [[f"week {wk}", items[(wk * 3) % len(items)], ctx.rng.choice(["IB", "directie", "team", "leerkrachten"])] for wk in range(2, 28, 2)]
            out += [("h2", f"Bijlage {i} – Jaarplanning leerlingondersteuning"), ("table", ["Week", "Activiteit", "Wie"], rows, {"widths": [.15, .6, .25]})]
        elif w == "contacten":
            lst.append(f"Bijlage {i}: Contactgegevens betrokkenen")
            rows = [[ctx.ib, ctx.ibrole, f"{ctx.ib.split()[0].lower()}@school.example", "0" + str(ctx.rng.randint(100000000, 999999999))],
                    [ctx.mentor, ctx.mrole, f"{ctx.mentor.split()[0].lower()}@school.example", "0" + str(ctx.rng.randint(100000000, 999999999))],
                    [ctx.dir, "directeur", "directie@school.example", "0" + str(ctx.rng.randint(100000000, 999999999))],
                    ["Loket " + ctx.swv.split(" ")[0], "samenwerkingsverband", "loket@swv.example", "0" + str(ctx.rng.randint(100000000, 999999999))]]
            out += [("h2", f"Bijlage {i} – Contactgegevens betrokkenen"), ("table", ["Naam", "Functie", "E-mail", "Telefoon"], rows)]
        else:
            continue
        i += 1
    return B + [("bullets", lst)] + out


def sign_section(ctx, B, title="Ondertekening", extras_style="table"):
    cb, scan = consent_blocks(ctx, ctx.spec["consent"])
    if cb:
        B.append(("h1", title))
        B += cb
    if ctx.spec.get("extras"):
        B.append(("h1", "Overige toestemmingen" if cb else "Toestemmingen"))
        B += extras_blocks(ctx, ctx.spec["extras"], extras_style)
    return scan


def finish(doc, scan):
    if scan:
        doc["blocks"] += [("pb",), ("img", scan, 17.0)]
    return doc


def factor_rows(ctx):
    rows = []
    for e, lab in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                   ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften")):
        it = el(ctx, e)
        if it != "omit":
            rows.append([lab, cell_of(it)])
    return rows


# ================================================================ L1 swv-genummerd
def L_swv(ctx):
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("sub", f"Format {ctx.swv} – versie 2024-2 · vertrouwelijk")]
    B += [("h1", "1. Gegevens leerling en school"), ("table", None, gegevens(ctx), {"widths": [.3, .7], "keyshade": "EDEDED", "keybold": True})]
    if not ctx.blank:
        B += [("h1", "2. Schoolloopbaan"), ("table", ["Schooljaar", "Groep/leerjaar", "School", "Bijzonderheden"], loopbaan(ctx))]
    else:
        B += [("h1", "2. Schoolloopbaan"), ("table", ["Schooljaar", "Groep/leerjaar", "School", "Bijzonderheden"], [["", "", "", ""]] * 4)]
    rows = []
    for e, lab in (("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        it = el(ctx, e)
        if it != "omit":
            rows.append([lab, cell_of(it)])
    B += [("h1", "3. Ontwikkelingsperspectief"), ("table", None, rows, {"widths": [.3, .7], "keyshade": "EDEDED", "keybold": True})]
    B += [("h1", "4. Beeld van de leerling"), ("table", None, factor_rows(ctx), {"widths": [.3, .7], "keyshade": "EDEDED", "keybold": True})]
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h1", "5. Adviezen van deskundigen")] + a
    B += [("h1", "6. Handelingsdeel")]
    B += handel_table(ctx)
    sec(B, "7. Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, "8. Inbreng van de leerling", ctx, "inbreng_leerling")
    sec(B, "9. Evaluatie", ctx, "evaluatie")
    sec(B, "10. Op overeenstemming gericht overleg", ctx, "oogo")
    sec(B, "11. Vaststelling", ctx, "vaststelling")
    sec(B, "12. Informatie voor ouders over hun rechten", ctx, "informatie_rechten")
    B.append(("pb",))
    scan = sign_section(ctx, B, "13. Ondertekening")
    if not ctx.blank:
        B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header=f"OPP {'' if ctx.blank else ctx.n + ' ' + ctx.ach} – {ctx.school}",
                       footer=f"{ctx.swv} · format OPP v2024-2", doctitle="OPP", author=ctx.ib), scan)


# ================================================================ L2 domeintabel
def L_domein(ctx):
    P = ctx.prof
    B = [("title", f"Ontwikkelingsperspectief {ctx.n} {ctx.ach}"),
         ("sub", f"{ctx.school} · {ctx.place} · schooljaar {ctx.date[0] - (ctx.date[1] < 8)}-{ctx.date[0] + (ctx.date[1] >= 8)}")]
    B += [("h1", "Leerlinggegevens"), ("table", ["Gegeven", "Invulling"], gegevens(ctx), {"widths": [.3, .7]})]
    B += [("h1", "Beeld van de leerling per domein"),
          ("p", "Per domein staan de belemmerende en bevorderende factoren en wat de leerling daardoor nodig heeft.")]
    cols = [("belemmerende_factoren", "Belemmerend", 1), ("bevorderende_factoren", "Bevorderend", 2), ("ondersteuningsbehoefte", "Onderwijsbehoefte", 3)]
    hdr = ["Domein"] + [c[1] for c in cols if ctx.gap(c[0]) != "omit"]
    rows = []
    for di, d in enumerate(P["domains"]):
        row = [d[0]]
        for e, lab, idx in cols:
            g = ctx.gap(e)
            if g == "omit":
                continue
            if g is None:
                row.append(["• " + ctx.f(x) for x in d[idx]])
            elif g == "empty":
                row.append("")
            elif g == "ph":
                row.append("...")
            elif g in ("instr", "generic", "ref"):
                row.append((INSTR if g == "instr" else GENERIC if g == "generic" else REFS)[e] if di == 0 else "")
            else:
                row.append("")
        rows.append(row)
    B.append(("table", hdr, rows, {"widths": _w(len(hdr))}))
    B += [("h1", "Perspectief")]
    for e, lab in (("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        sec(B, lab, ctx, e, "h2")
    if ctx.gap("onderbouwing") is None:
        B += [("h2", "Ontwikkeling in toetsgegevens"),
              ("table", ["Afname", "Onderdeel", "Score", "Niveau", "DLE", "Percentiel"], toets_rows(ctx), {"widths": [.14, .3, .16, .1, .1, .2]})]
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h1", "Adviezen externe deskundigen")] + a
    B += [("h1", "Handelingsdeel (hier stemmen ouders mee in)")] + handel_table(ctx)
    sec(B, "Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma", "h2")
    sec(B, "Wat vindt de leerling zelf?", ctx, "inbreng_leerling", "h1")
    sec(B, "Evaluatie", ctx, "evaluatie", "h1")
    sec(B, "Overleg met ouders", ctx, "oogo", "h1")
    sec(B, "Rechten van ouders", ctx, "informatie_rechten", "h1")
    sec(B, "Vaststelling", ctx, "vaststelling", "h1")
    B.append(("pb",))
    scan = sign_section(ctx, B, "Handtekeningen")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["adviezen", "loopbaan", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header=f"{ctx.school} – OPP (vertrouwelijk)", footer=f"OPP {ctx.n} {ctx.ach[0]}.",
                       doctitle="Ontwikkelingsperspectief", author=ctx.ib), scan)


# ================================================================ L3 groeidocument
def L_groei(ctx):
    P = ctx.prof
    B = [("title", "Groeidocument"),
         ("sub", f"{ctx.n} {ctx.ach} · {ctx.school} · in samenwerking met {ctx.swv}")]
    B += [("h1", "1. Gegevens"), ("table", None, gegevens(ctx), {"widths": [.3, .7], "keyshade": "F2F2F2"})]
    B += [("h1", "2. Hulpvraag van school en ouders"),
          ("p", ctx.f("School: hoe kunnen we {n} zo begeleiden dat {hij} zich verder ontwikkelt binnen de mogelijkheden van onze school?")),
          ("p", ctx.f("Ouders: wij willen dat {n} met plezier naar school gaat en weet waar {hij} naartoe werkt.")),
          ("h1", "3. Schoolloopbaan"), ("table", ["Schooljaar", "Groep/leerjaar", "School", "Bijzonderheden"], loopbaan(ctx))]
    B += [("h1", "4. Beeld van de leerling")]
    sec(B, "4.1 Belemmerende factoren", ctx, "belemmerende_factoren", "h2")
    sec(B, "4.2 Stimulerende en beschermende factoren", ctx, "bevorderende_factoren", "h2")
    sec(B, "4.3 Onderwijsbehoeften", ctx, "ondersteuningsbehoefte", "h2")
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h2", "4.4 Adviezen van deskundigen")] + a
    B += [("pb",), ("h1", "5. Ontwikkelingsperspectief (OPP)")]
    sec(B, "5.1 Uitstroombestemming", ctx, "uitstroombestemming", "h2")
    sec(B, "5.2 Onderbouwing", ctx, "onderbouwing", "h2")
    sec(B, "5.3 Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma", "h2")
    B += [("h1", "6. Handelingsdeel")]
    ht = handel_table(ctx)
    B += ht
    sec(B, "6.1 Inbreng van de leerling", ctx, "inbreng_leerling", "h2")
    B += [("h1", "7. Evaluatie en overleg")]
    sec(B, "7.1 Evaluatie", ctx, "evaluatie", "h2")
    if ctx.gap("evaluatie") is None:
        B.append(("table", ["Evaluatiemoment", "Datum", "Deelnemers", "Uitkomst"],
                  [["Tussenevaluatie", monthyear(ctx.e1), "ouders, leerling, school", ""],
                   ["Jaarevaluatie", monthyear(ctx.e2), "ouders, leerling, school", ""]]))
    sec(B, "7.2 Gesprek met ouders (OOGO)", ctx, "oogo", "h2")
    sec(B, "7.3 Vaststelling", ctx, "vaststelling", "h2")
    sec(B, "7.4 Uw rechten", ctx, "informatie_rechten", "h2")
    B.append(("pb",))
    scan = sign_section(ctx, B, "8. Ondertekening")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "verzuim", "contacten", "logboek", "jaarplanning"]))
    return finish(dict(blocks=B, header=f"Groeidocument {ctx.n} {ctx.ach} – vertrouwelijk", footer=f"{ctx.school}",
                       doctitle="Groeidocument", author=ctx.ib), scan)


# ================================================================ L4 vragen
def L_vragen(ctx):
    n = ctx.n
    B = [("title", f"Het plan van {n}"),
         ("sub", f"Ontwikkelingsperspectiefplan · {ctx.school}, {ctx.place}")]
    B += [("table", None, gegevens(ctx)[:7], {"widths": [.3, .7]})]
    Q = [("uitstroombestemming", f"Waar gaat {n} na deze school waarschijnlijk naartoe?"),
         ("onderbouwing", "Waarom verwachten we dat?"),
         ("belemmerende_factoren", f"Wat maakt leren moeilijk voor {n}?"),
         ("bevorderende_factoren", f"Wat helpt {n}? Waar is {ctx.hij} goed in?"),
         ("ondersteuningsbehoefte", f"Wat heeft {n} nodig?")]
    for e, q in Q:
        sec(B, q, ctx, e, "h1")
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h1", "Wat adviseren de deskundigen?")] + a
    B += [("h1", f"Wat gaan we doen? (handelingsdeel)")] + handel_table(ctx, ("Gebied", "Wat willen we bereiken?", "Hoe?", "Wie?", "Hoe vaak?", "Vanaf"))
    for e, q in (("afwijkingen_onderwijsprogramma", f"Krijgt {n} een ander programma dan de groep?"),
                 ("inbreng_leerling", f"Wat vindt {n} zelf, en wat hebben we daarmee gedaan?"),
                 ("evaluatie", "Wanneer kijken we of het werkt?"),
                 ("oogo", "Wanneer hebben we dit met u besproken?"),
                 ("vaststelling", "Wie heeft het plan vastgesteld, en wanneer?"),
                 ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?")):
        sec(B, q, ctx, e, "h1")
    B.append(("pb",))
    scan = sign_section(ctx, B, "Gaat u akkoord?")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "loopbaan", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header=f"Plan van {n} – {ctx.school}", footer="OPP in vraagvorm",
                       doctitle=f"Het plan van {n}", author=ctx.mentor), scan)


# ================================================================ L5 brief
def L_brief(ctx):
    n = ctx.n
    u = "je" if ctx.adult else "u"
    B = [("p", f"{ctx.school}"), ("p", f"{ctx.place}, {dlong(ctx.d_draft)}"),
         ("p", f"Aan: {ctx.ouders()}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan van {n} {ctx.ach}"),
         ("p", f"Beste ouders van {n},"),
         ("p", f"In deze brief leest u het ontwikkelingsperspectiefplan (OPP) van {n}. We schrijven daarin wat we van {n} verwachten, waarom, en welke extra begeleiding {ctx.hij} krijgt. "
               "Het handelingsdeel (de begeleiding) voeren we uit als u daarmee instemt.")]
    for e, t in (("uitstroombestemming", "Wat verwachten we?"), ("onderbouwing", "Waarop baseren we dat?"),
                 ("belemmerende_factoren", "Wat maakt het moeilijk?"), ("bevorderende_factoren", "Wat gaat goed?"),
                 ("ondersteuningsbehoefte", f"Wat heeft {n} nodig?")):
        sec(B, t, ctx, e, "h2")
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h2", "Adviezen van deskundigen")] + a
    B += [("h2", "De begeleiding (handelingsdeel)")] + handel_table(ctx)
    for e, t in (("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma"), ("inbreng_leerling", f"Wat {n} zelf vindt"),
                 ("evaluatie", "Evaluatie"), ("oogo", "Ons gesprek"), ("informatie_rechten", "Uw rechten"), ("vaststelling", "Vaststelling")):
        sec(B, t, ctx, e, "h2")
    B += [("p", "Met vriendelijke groet,"), ("p", f"{ctx.ib}, {ctx.ibrole}"), ("p", f"{ctx.dir}, directeur")]
    B.append(("pb",))
    scan = sign_section(ctx, B, "Antwoordstrook / instemming", "wg")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header="", footer=f"{ctx.school} · kenmerk OPP/{ctx.date[0]}/{ctx.spec['seed']}",
                       doctitle="Brief OPP", author=ctx.ib), scan)


# ================================================================ L6 systeem-export
def L_systeem(ctx):
    P = ctx.prof
    def kv(lab, e):
        it = el(ctx, e)
        if it == "omit":
            return None
        return [lab, cell_of(it)]
    B = [("title", "OPP – Ontwikkelingsperspectief"),
         ("p", f"Leerling: {ctx.n} {ctx.ach} ({dshort(ctx.dob)})   Groep: {ctx.prof['klas']}   Status document: definitief")]
    B += [("h2", "Leerling"), ("table", ["Veld", "Waarde"], gegevens(ctx), {"widths": [.3, .7]})]
    rows = []
    u = el(ctx, "uitstroombestemming")
    if u != "omit":
        if ctx.gap("uitstroombestemming") is None:
            rows.append(["Uitstroombestemming", [("checks", [(i in P["sel"], o) for i, o in enumerate(P["opts"])]), ctx.f(P["uitstroom"])]])
        else:
            rows.append(["Uitstroombestemming", cell_of(u)])
    for lab, e in (("Onderbouwing", "onderbouwing"), ("Belemmerende factoren", "belemmerende_factoren"),
                   ("Bevorderende factoren", "bevorderende_factoren"), ("Onderwijsbehoeften", "ondersteuningsbehoefte"),
                   ("Afwijking onderwijsprogramma", "afwijkingen_onderwijsprogramma")):
        r = kv(lab, e)
        if r:
            rows.append(r)
    B += [("h2", "Perspectief"), ("table", ["Veld", "Waarde"], rows, {"widths": [.3, .7]})]
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h2", "Externe adviezen")] + a
    B += [("h2", "Handelingsdeel – doelen en interventies")] + handel_table(ctx, ("Gebied", "Doel", "Interventie", "Uitvoerder", "Frequentie", "Startdatum"))
    rows = []
    for lab, e in (("Inbreng leerling", "inbreng_leerling"), ("Evaluatie", "evaluatie"), ("OOGO", "oogo"),
                   ("Informatie rechten", "informatie_rechten"), ("Vaststelling", "vaststelling")):
        r = kv(lab, e)
        if r:
            rows.append(r)
    B += [("h2", "Procedure"), ("table", ["Veld", "Waarde"], rows, {"widths": [.3, .7]})]
    scan = sign_section(ctx, B, "Ondertekening")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "verzuim", "logboek", "contacten", "jaarplanning"]))
    return finish(dict(blocks=B, header=f"LeerlingPunt 7.4 · export OPP · {ctx.school}",
                       footer=f"Afgedrukt uit LeerlingPunt door {ctx.ib} op {dshort(addm(ctx.date, 0, min(28, ctx.date[2]+1)))}",
                       doctitle="OPP export", author="LeerlingPunt"), scan)


# ================================================================ L7 vso-profiel (so / vso)
def L_vso(ctx):
    P = ctx.prof
    B = [("title", "Ontwikkelingsperspectief en uitstroomprofiel"),
         ("sub", f"{ctx.school} · {ctx.place} · Onderwijskundig besluit WEC art. 4-5")]
    B += [("h1", "A. Persoonsgegevens"), ("table", None, gegevens(ctx), {"widths": [.32, .68], "keybold": True})]
    B += [("h1", "B. Uitstroomprofiel")]
    g = ctx.gap("uitstroombestemming")
    if g != "omit":
        if g is None:
            B += [("checks", [(i in P["sel"], o) for i, o in enumerate(P["opts"])], False), ("p", "Toelichting: " + ctx.f(P["uitstroom"]))]
        else:
            B += blocks_of(el(ctx, "uitstroombestemming"))
    sec(B, "Onderbouwing uitstroomprofiel", ctx, "onderbouwing", "h2")
    B += [("h1", "C. Belemmerende en bevorderende factoren"), ("table", ["", "Omschrijving"], factor_rows(ctx), {"widths": [.3, .7]})]
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h1", "D. Advies commissie voor de begeleiding en andere deskundigen")] + a
    B += [("h1", "E. Handelingsdeel: leergebieden en transitie")] + handel_table(ctx)
    if not ctx.blank:
        B += [("h2", "Transitiedomeinen"),
              ("table", ["Domein", "Huidige situatie", "Aandachtspunt"],
               [["Wonen", "woont bij ouders", "zelfstandig boodschappen doen"],
                ["Werken / dagbesteding", "interne of externe stage", "zie handelingsdeel"],
                ["Vrije tijd", "sport en familie", "contacten met leeftijdgenoten"],
                ["Burgerschap", "lessen burgerschap", "omgaan met geld en telefoon"]])]
    sec(B, "F. Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma")
    sec(B, "G. Inbreng van de leerling (hoorrecht)", ctx, "inbreng_leerling")
    sec(B, "H. Evaluatie", ctx, "evaluatie")
    sec(B, "I. Overleg met ouders / leerling", ctx, "oogo")
    sec(B, "J. Vaststelling", ctx, "vaststelling")
    sec(B, "K. Rechten en bezwaar", ctx, "informatie_rechten")
    B.append(("pb",))
    scan = sign_section(ctx, B, "L. Instemming handelingsdeel")
    if not ctx.blank:
        B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "loopbaan", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header=f"{ctx.school} · OPP {'' if ctx.blank else ctx.n + ' ' + ctx.ach}",
                       footer=f"{ctx.school} – uitstroomprofiel", doctitle="OPP", author=ctx.ib), scan)


# ================================================================ L8 beknopt
def L_beknopt(ctx):
    P = ctx.prof
    B = [("title", "Beknopt OPP"), ("p", f"{ctx.school} – formulier ontwikkelingsperspectief (kort)")]
    B += [("table", None, gegevens(ctx)[:4] + [gegevens(ctx)[6]], {"widths": [.3, .7], "keybold": True})]
    g = ctx.gap("uitstroombestemming")
    if g != "omit":
        B.append(("h2", "Uitstroombestemming"))
        if g is None:
            B.append(("checks", [(i in P["sel"], o) for i, o in enumerate(P["opts"])]))
            B.append(("p", ctx.f(P["uitstroom"])))
        else:
            B += blocks_of(el(ctx, "uitstroombestemming"))
    rows = []
    for lab, e in (("Onderbouwing", "onderbouwing"), ("Belemmerend", "belemmerende_factoren"), ("Bevorderend", "bevorderende_factoren"),
                   ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen deskundigen", "adviezen_professionals")):
        it = el(ctx, e)
        if it != "omit":
            rows.append([lab, cell_of(it)])
    B.append(("table", None, rows, {"widths": [.25, .75], "keybold": True, "keyshade": "F2F2F2"}))
    B += [("h2", "Handelingsdeel")] + handel_table(ctx)
    g = ctx.gap("afwijkingen_onderwijsprogramma")
    if g != "omit":
        B.append(("h2", "Afwijking van het onderwijsprogramma"))
        if g is None and P["afw"]:
            B += [("checks", [(True, "ja, namelijk:"), (False, "nee")]), ("p", ctx.f(P["afw"]))]
        elif g in (None, "nvt", "nvt_contradicted"):
            B += [("checks", [(False, "ja, namelijk:"), (True, "nee")])]
        else:
            B += blocks_of(el(ctx, "afwijkingen_onderwijsprogramma"))
    rows = []
    for lab, e in (("Inbreng leerling", "inbreng_leerling"), ("Evaluatie", "evaluatie"), ("OOGO", "oogo"),
                   ("Rechten ouders", "informatie_rechten"), ("Vastgesteld", "vaststelling")):
        it = el(ctx, e)
        if it != "omit":
            rows.append([lab, cell_of(it)])
    B.append(("table", None, rows, {"widths": [.25, .75], "keybold": True, "keyshade": "F2F2F2"}))
    scan = sign_section(ctx, B, "Instemming")
    return finish(dict(blocks=B, header="", footer=f"{ctx.school} · beknopt OPP", doctitle="Beknopt OPP", author=ctx.ib), scan)


# ================================================================ L9 matrix (vo / pro / vso long)
def L_matrix(ctx):
    P = ctx.prof
    n = ctx.n
    B = [("title", "Ontwikkelingsperspectiefplan"), ("sub", f"{ctx.school} · afdeling {P['klas']}")]
    B += [("table", ["Onderdeel", "Gegevens"], gegevens(ctx), {"widths": [.3, .7]})]
    B += [("h1", "Deel 1 – Ontwikkelingsperspectief")]
    rows = []
    for lab, e in (("Uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing")):
        it = el(ctx, e)
        if it != "omit":
            if e == "uitstroombestemming" and ctx.gap(e) == "unticked":
                it = [("checks", [(False, o) for o in P["opts"]])]
            rows.append([lab, cell_of(it)])
    B.append(("table", None, rows, {"widths": [.25, .75], "keyshade": "DDEBF7", "keybold": True}))
    B += [("h2", "Factoren en behoeften"), ("table", ["Onderdeel", "Beschrijving"], factor_rows(ctx), {"widths": [.25, .75]})]
    a = adviezen_table(ctx)
    if a is not None:
        B += [("h2", "Adviezen van deskundigen")] + a
    B += [("h1", "Deel 2 – Handelingsdeel")] + handel_table(ctx, ("Vak / gebied", "Doel", "Aanpak", "Verantwoordelijk", "Frequentie", "Start"))
    if ctx.gap("ondersteuning") is None and not ctx.blank:
        vakken = ["Nederlands", "Engels", "Wiskunde / rekenen", "Mens & Maatschappij", "Biologie", "LO", "Praktijkvakken", "Mentoruur", "Loopbaanoriëntatie (LOB)"]
        rows = []
        for per in ("Periode 1", "Periode 2", "Periode 3", "Periode 4"):
            for v in vakken:
                rows.append([per, v, ctx.rng.choice(["standaard faciliteiten", "vaste plek vooraan", "toetsen in aparte ruimte",
                                                      "extra tijd (20%)", "overhoring mondeling", "studiewijzer vooraf digitaal"]), ""])
        B += [("h2", "Faciliteiten per vak en periode (overzicht docenten)"),
              ("table", ["Periode", "Vak", "Faciliteit in de les", "Opmerking docent"], rows, {"widths": [.15, .25, .4, .2]})]
    sec(B, "Afwijkingen van het onderwijsprogramma", ctx, "afwijkingen_onderwijsprogramma", "h2")
    B += [("h1", "Deel 3 – Betrokkenheid en procedure")]
    sec(B, f"Inbreng van {n}", ctx, "inbreng_leerling", "h2")
    sec(B, "Evaluatie", ctx, "evaluatie", "h2")
    sec(B, "Op overeenstemming gericht overleg", ctx, "oogo", "h2")
    sec(B, "Vaststelling", ctx, "vaststelling", "h2")
    sec(B, "Instemmingsrecht en geschillen", ctx, "informatie_rechten", "h2")
    B.append(("pb",))
    scan = sign_section(ctx, B, "Handtekeningenpagina")
    B += bijlagen(ctx, ctx.spec.get("bijl", ["toets", "adviezen", "verzuim", "logboek", "jaarplanning", "begrippen"]))
    return finish(dict(blocks=B, header=f"{ctx.school} · OPP {n} {ctx.ach}", footer="vertrouwelijk – alleen voor betrokkenen",
                       doctitle="OPP", author=ctx.mentor), scan)


LAYOUTS = {"swv-genummerd": L_swv, "domeintabel": L_domein, "groeidocument": L_groei, "vragen": L_vragen,
           "brief": L_brief, "systeem-export": L_systeem, "vso-profiel": L_vso, "beknopt": L_beknopt,
           "matrix-handelingsdeel": L_matrix}


# ================================================================ non-OPP documents
def D_leaflet(seed):
    place = PLACES[seed % len(PLACES)]
    B = [("title", "Het ontwikkelingsperspectiefplan (OPP)"),
         ("sub", f"Informatie voor ouders – Ouder- en jeugdsteunpunt Samenwerkingsverband {place} e.o."),
         ("h1", "Wat is een OPP?"),
         ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan. Daarin staat wat de school van uw kind verwacht en welke hulp uw kind krijgt."),
         ("h1", "Wat staat er in een OPP?"),
         ("table", ["Onderdeel", "Uitleg"],
          [["Uitstroombestemming", "Naar welk type vervolgonderwijs (of werk / dagbesteding) uw kind waarschijnlijk gaat."],
           ["Onderbouwing", "Waarom de school dat verwacht: toetsen, onderzoek, ontwikkeling."],
           ["Belemmerende en bevorderende factoren", "Wat het leren moeilijker maakt en wat juist helpt."],
           ["Handelingsdeel", "Welke hulp uw kind krijgt, van wie, hoe vaak. Hier moet u mee instemmen."],
           ["Afwijkingen van het programma", "Bijvoorbeeld een eigen leerlijn of een aangepast rooster."],
           ["Inbreng van uw kind", "Sinds 1 augustus 2025 moet de school ook uw kind horen."],
           ["Evaluatie", "Minstens één keer per jaar bekijkt de school met u of het plan werkt."]], {"widths": [.3, .7]}),
         ("h1", "Uw rechten"),
         ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens, "
               "dan kunt u terecht bij ons steunpunt, een onderwijsconsulent of binnen zes weken bij de Geschillencommissie passend onderwijs."),
         ("h1", "Voorbeeld van een handtekeningenblok"),
         ("p", "Ouder/verzorger: ____________________  Datum: __________  ☐ akkoord  ☐ niet akkoord"),
         ("p", f"Vragen? Bel het steunpunt: 0{600000000 + seed * 7919}. Deze folder is een uitgave van het samenwerkingsverband.")]
    return dict(blocks=B, header="", footer="Folder ouders – OPP", doctitle="Folder OPP", author="SWV")


def D_newsletter(seed):
    B = [("title", "Nieuwsbrief De Klimop – november"),
         ("p", "Beste ouders en verzorgers,"),
         ("h2", "Oudergesprekken"), ("p", "In week 47 zijn de voortgangsgesprekken. Ouders van leerlingen met een OPP worden apart uitgenodigd voor de evaluatie van het plan."),
         ("h2", "Nieuwe wet: kinderen praten mee"), ("p", "Sinds 1 augustus 2025 vragen we ook de mening van uw kind bij het maken van een ontwikkelingsperspectiefplan. Wij doen dat met een kindgesprek."),
         ("h2", "Toestemming foto's"), ("p", "Heeft u het formulier voor beeldmateriaal nog niet ingeleverd? Graag voor 1 december. ☐ wel  ☐ geen toestemming"),
         ("h2", "Agenda"), ("table", ["Datum", "Activiteit"], [["21 nov", "Studiedag, alle leerlingen vrij"], ["5 dec", "Sinterklaasviering"],
                                                               ["19 dec", "Kerstdiner"], ["20 dec", "Start kerstvakantie, 12.00 uur vrij"]]),
         ("h2", "Van de intern begeleider"), ("p", "Heeft u vragen over extra ondersteuning, passend onderwijs of een OPP, loop gerust even binnen op dinsdag of donderdag."),
         ("p", "Met vriendelijke groet, het team van OBS De Klimop, Veenhorst")]
    return dict(blocks=B, header="OBS De Klimop", footer="Nieuwsbrief", doctitle="Nieuwsbrief", author="directie")


def D_avgform(seed):
    B = [("title", "Toestemmingsformulier ouders/verzorgers"),
         ("p", "CBS De Lichtboei, Oudekerspel – schooljaar 2025-2026"),
         ("p", "Naam leerling: Fenna Pranger      Groep: 5b"),
         ("h1", "1. Beeldmateriaal"),
         ("checks", [(True, "Ik geef toestemming voor foto's en video's op de website en in de nieuwsbrief"), (False, "Ik geef geen toestemming")], False),
         ("h1", "2. Gegevensuitwisseling"),
         ("checks", [(True, "Ik geef toestemming om gegevens van mijn kind te delen met het samenwerkingsverband en de jeugdverpleegkundige"), (False, "Nee")], False),
         ("h1", "3. Medicijnen"),
         ("checks", [(True, "Mijn kind mag op school paracetamol krijgen na telefonisch overleg"), (False, "Nee")], False),
         ("h1", "Ondertekening"),
         ("table", ["Naam ouder/verzorger", "Datum", "Handtekening"], [["Ilse Pranger", "02-09-2025", "w.g. I. Pranger"]]),
         ("p", "Dit formulier geldt voor het hele schooljaar. U kunt uw toestemming altijd intrekken bij de administratie.")]
    return dict(blocks=B, header="", footer="CBS De Lichtboei · AVG", doctitle="Toestemming", author="administratie")


def D_tlvform(seed):
    B = [("title", "Aanvraag toelaatbaarheidsverklaring (TLV) – so/vso"),
         ("p", "Samenwerkingsverband Passend Onderwijs Dreveland e.o. · Commissie van Toelaatbaarheid"),
         ("h1", "1. Gegevens"), ("table", None, [["Naam leerling", "Owen Hazenberg"], ["Geboortedatum", "14-03-2016"],
                                                 ["Aanvragende school", "SO De Stapsteen, Dreveland"], ["Gevraagde categorie", "laag (cluster 4)"],
                                                 ["Gevraagde duur", "tot 31-07-2028"]], {"widths": [.3, .7]}),
         ("h1", "2. Meegestuurde stukken"),
         ("checks", [(True, "OPP (verplicht, als bijlage)"), (True, "groeidocument"), (True, "deskundigenadvies orthopedagoog"), (False, "verslag MDO")], False),
         ("p", "Let op: het OPP zelf zit niet in dit formulier maar wordt als aparte bijlage geüpload in het aanvraagportaal."),
         ("h1", "3. Zienswijze ouders"),
         ("p", "Ouders zijn het eens met de aanvraag en hebben hun zienswijze besproken met de orthopedagoog."),
         ("h1", "4. Instemming ouders met de aanvraag"),
         ("table", ["Naam", "Datum", "Handtekening"], [["Judith Hazenberg", "18-09-2025", "w.g."], ["Dennis Hazenberg", "18-09-2025", "w.g."]]),
         ("h1", "5. Deskundigenadvies"),
         ("p", "Het tweede deskundigenadvies wordt door het samenwerkingsverband zelf aangevraagd.")]
    return dict(blocks=B, header="SWV Dreveland e.o. – TLV-aanvraag", footer="formulier TLV v2025", doctitle="TLV", author="SWV")
