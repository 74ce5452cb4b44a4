# -*- coding: utf-8 -*-
"""Layouts: each returns (meta, blocks) for one invented pupil (Ctx) and a mode per element."""
from content import (PLACEHOLDERS, INSTRUCTIONS, GENERIC, REFS, PARTIAL, dnum, dlong, add_days)

NONE_TXT = "Geen afwijkingen: {first} volgt het reguliere onderwijsprogramma van de {grp}."


class V:
    def __init__(self, c, spec):
        self.c, self.m, self.s = c, spec.get("modes", {}), spec

    def mode(self, e):
        return self.m.get(e, "ok")

    def __call__(self, e, full):
        md = self.mode(e)
        c = self.c
        if md == "ok":
            return full
        if md == "omit":
            return None
        if md == "empty":
            return ""
        if md == "placeholder":
            return self.s.get("ph", {}).get(e, PLACEHOLDERS[(c.n + len(e)) % len(PLACEHOLDERS)])
        if md == "instruction":
            return INSTRUCTIONS[e]
        if md == "generic":
            return GENERIC[e]
        if md == "ref":
            return REFS[e]
        if md == "partial":
            return PARTIAL[e]
        if md == "none":
            return NONE_TXT.format(first=c.first, grp="groep" if c.st in ("po", "sbo", "so") else "klas")
        if md == "nvt":
            return "n.v.t."
        if md == "view_only":
            return c.inbreng_view_only()
        if md.startswith("text:"):
            return md[5:].format(c=c)
        raise ValueError(md)

    def rows(self, e, ok_rows, ncol):
        v = self(e, None)
        if self.mode(e) == "ok":
            return ok_rows
        if v is None:
            return None
        return [[v] + [""] * (ncol - 1)]


def factor_rows(c, v):
    """domain table rows (Domein, Belemmerend, Bevorderend) honouring both modes."""
    rows = c.factors()
    out = []
    mb, mv = v.mode("belemmerende_factoren"), v.mode("bevorderende_factoren")
    for i, (dom, bel, bev) in enumerate(rows):
        b = bel if mb == "ok" else (v("belemmerende_factoren", "") if i == 0 else "")
        g = bev if mv == "ok" else (v("bevorderende_factoren", "") if i == 0 else "")
        out.append([dom, b, g])
    return out


def consent_blocks(c, var, style, chapter="het handelingsdeel"):
    sd = c.sign_date
    if var == "omit":
        return []
    par = c.parent1
    if style == "digital":
        if var in ("adult_self",):
            return [("kv", [("Akkoord leerling (meerderjarig, handelingsbekwaam) met handelingsdeel", "Ja"),
                            ("Datum akkoord", dnum(sd) + " 16:05"), ("Akkoord gegeven door", c.name),
                            ("Wijze", "digitaal via leerlingportaal"), ("Opmerking", "")])]
        rows = {
            "digital_yes": ("Ja", dnum(sd) + " 19:42", par, "digitaal via ouderportaal (inlog met DigiD)", ""),
            "wet_signed": ("Ja", dnum(sd), par, "handtekening op papier, gescand in dossier", ""),
            "email_stated": ("Ja", dnum(sd), par, f"per e-mail aan {c.ib} (opgenomen in dossier)", ""),
            "digital_no": ("Nee", dnum(sd) + " 21:10", par, "digitaal via ouderportaal",
                           "Wij zijn het niet eens met de plaatsing in de time-outruimte."),
            "refused": ("Nee", dnum(sd) + " 21:10", par, "digitaal via ouderportaal",
                        "Wij zijn het niet eens met de plaatsing in de time-outruimte."),
            "digital_pending": ("", "", "", f"uitnodiging tot akkoord verstuurd op {dnum(sd)}; nog geen reactie", ""),
            "blank_line": ("", "", "", "", ""),
            "voor_gezien": ("Voor gezien", dnum(sd), par, "digitaal via ouderportaal", "Gezien, wij willen eerst nog overleggen."),
            "onder_protest": ("Ja", dnum(sd), par, "digitaal via ouderportaal",
                              "Akkoord onder protest: wij vinden twee keer per week RT te weinig."),
            "partial": ("Gedeeltelijk", dnum(sd), par, "digitaal via ouderportaal",
                        "Akkoord met de doelen, niet met het aangepaste rooster."),
            "no_date": ("Ja", "", par, "digitaal via ouderportaal", ""),
            "school_only": ("", "", "", "", ""),
        }
        if var in rows:
            a, d, n, w, o = rows[var]
            kv = [("Digitaal akkoord ouder/verzorger met handelingsdeel", a), ("Datum akkoord", d),
                  ("Akkoord gegeven door", n), ("Wijze van akkoord", w), ("Opmerking ouder", o)]
            if var == "school_only":
                kv = [("Akkoord school (IB)", f"Ja – {c.ib}, {dnum(c.date)}")] + kv
            return [("kv", kv)]
        if var == "unticked":
            return [("checks", "Akkoord ouder met handelingsdeel:", [("ja", False), ("nee", False)]),
                    ("kv", [("Naam ouder", par), ("Datum", "")])]
        # fall through to paper style for the rest
    # ---------------- paper style
    intro = (f"Ondergetekenden verklaren dat het ontwikkelingsperspectief met hen is besproken. "
             f"Ouder(s)/verzorger(s) geven hieronder aan of zij instemmen met {chapter}.")
    school = (f"School ({'directeur' if c.n % 2 else 'intern begeleider'})", c.director if c.n % 2 else c.ib)
    prow = ("Ouder/verzorger", par)
    A = [("akkoord met het handelingsdeel", False), ("niet akkoord", False), ("voor gezien", False)]

    def ticks(i):
        return [(o, j == i) for j, (o, _) in enumerate(A)]
    b = []
    if var in ("avg_only", "avg_plus_blank", "photo_only"):
        if var == "photo_only":
            b += [("h", "Toestemming beeldmateriaal"),
                  ("p", f"Ouders geven toestemming voor het gebruik van foto's en video's van {c.first} in de schoolgids, "
                        f"op de website en in de ouderapp."),
                  ("checks", "", [("ja", True), ("nee", False)])]
        else:
            b += [("h", "Toestemming gegevensuitwisseling (AVG)"),
                  ("p", f"Ouders geven toestemming om gegevens over {c.first} te delen met het samenwerkingsverband, "
                        f"de jeugdarts en het ondersteuningsteam ten behoeve van deze aanvraag."),
                  ("checks", "", [("ja, ik geef toestemming", True), ("nee", False)])]
        b += [("sig", [(prow[0], prow[1], dnum(sd), "wg")])]
        if var == "avg_plus_blank":
            b += [("h", "Instemming handelingsdeel"), ("p", intro), ("checks", "", ticks(-1)),
                  ("sig", [(prow[0], prow[1], "", ""), (school[0], school[1], "", "")])]
        return b
    b.append(("p", intro))
    if var in ("wet_signed", "scribble", "digital_yes"):
        mk = "scribble" if var == "scribble" else "wg"
        b += [("checks", "", ticks(0)), ("sig", [(prow[0], prow[1], dnum(sd), mk), (school[0], school[1], dnum(c.date), mk)])]
    elif var == "school_only":
        b += [("checks", "", ticks(-1)), ("sig", [(prow[0], prow[1], "", ""), (school[0], school[1], dnum(c.date), "wg")])]
    elif var in ("blank_line", "digital_pending"):
        b += [("checks", "", ticks(-1)), ("sig", [(prow[0], prow[1], "", ""), (school[0], school[1], "", "")])]
    elif var == "unticked":
        b += [("checks", "", ticks(-1)), ("sig", [(prow[0], prow[1], dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    elif var == "no_date":
        b += [("checks", "", ticks(0)), ("sig", [(prow[0], prow[1], "", "scribble" if c.n % 2 else "wg"), (school[0], school[1], "", "wg")])]
    elif var == "voor_gezien":
        b += [("checks", "", ticks(2)), ("sig", [(prow[0], prow[1], dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    elif var in ("refused", "digital_no"):
        b += [("checks", "", ticks(1)), ("p", "Toelichting ouder: wij willen niet dat onze zoon/dochter buiten de groep wordt begeleid."),
              ("sig", [(prow[0], prow[1], dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    elif var == "onder_protest":
        b += [("checks", "", ticks(0)), ("sig", [(prow[0], prow[1], dnum(sd), f"w.g. {par} (onder protest)"),
                                                 (school[0], school[1], dnum(c.date), "wg")]),
              ("p", "Aantekening ouder: ik teken onder protest, omdat de school de aanvraag voor een arrangement niet doet.")]
    elif var == "partial":
        b += [("checks", "", [("akkoord met het gehele handelingsdeel", False),
                              ("akkoord met het handelingsdeel, met uitzondering van:", True), ("niet akkoord", False)]),
              ("p", "Uitzondering: het verkorte lesrooster (ouders willen volledige schooldagen)."),
              ("sig", [(prow[0], prow[1], dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    elif var == "email_stated":
        b = [("p", f"Instemming handelingsdeel: {par} ({c.parent_role}) heeft op {dlong(sd)} per e-mail aan "
                   f"{c.ib} laten weten in te stemmen met het handelingsdeel. De e-mail is in het dossier opgenomen."),
             ("sig", [(school[0], school[1], dnum(c.date), "wg")])]
    elif var == "adult_self":
        b = [("p", f"{c.first} is meerderjarig en handelingsbekwaam en beslist zelf over instemming met het handelingsdeel."),
             ("checks", "", ticks(0)),
             ("sig", [("Leerling (18+)", c.name, dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    elif var == "curator":
        b = [("p", f"{c.first} is meerderjarig en staat onder curatele. De curator stemt namens {c.first} in met het handelingsdeel; "
                   f"{c.first} heeft het plan zelf ook gezien."),
             ("checks", "", ticks(0)),
             ("sig", [("Curator", c.curator, dnum(sd), "wg"), ("Leerling (voor gezien)", c.name, dnum(sd), "wg"),
                      (school[0], school[1], dnum(c.date), "wg")])]
    elif var == "pupil_curatele":
        b = [("p", f"{c.first} is 18 jaar en tekent zelf voor instemming met het handelingsdeel."),
             ("checks", "", ticks(0)),
             ("sig", [("Leerling (18+)", c.name, dnum(sd), "wg"), (school[0], school[1], dnum(c.date), "wg")])]
    else:
        raise ValueError(var)
    return b


def status_of(spec):
    return "Concept" if spec.get("concept") else "Vastgesteld"


# =================================================================== A: LVS OPP-module
def lvs_module(c, spec):
    v = V(c, spec)
    meta = {"empty": spec.get("empty", "-"), "creator": "Klasvolg 7.4 rapportage",
            "doc_title": f"OPP {c.name}", "author": "Klasvolg",
            "header": f"Klasvolg · OPP-module · {c.school}, {c.place} · Leerling: {c.name} ({c.dob}) · "
                      f"Afgedrukt op {dnum(c.print_date)} door {c.ib}",
            "footer": f"Versie {c.version} · Status: {status_of(spec)} · Geldig tot {dnum(c.valid_until)} · Pagina {{page}} van {{pages}}"}
    B = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("sub", f"Export uit de OPP-module · schooljaar {c.sy}"),
         ("kv", [("Naam leerling", c.name), ("Geboortedatum", c.dob), ("Groep / leerjaar", c.group),
                 ("School", f"{c.school}, {c.place}"), ("Samenwerkingsverband", c.swv),
                 ("Startdatum OPP", dnum(spec.get("start", c.date))), ("Intern begeleider", c.ib)])]
    B.append(("h", "1. Beeld van de leerling"))
    kv = []
    for e, lab in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren")):
        full = "\n".join(f"{d}: {(b if e.startswith('bel') else g)}" for d, b, g in c.factors())
        val = v(e, full)
        if val is not None:
            kv.append((lab, val))
    if v("ondersteuningsbehoefte", "x") is not None:
        kv.append(("Onderwijsbehoeften", v("ondersteuningsbehoefte", "\n".join("• " + x for x in c.behoefte()))))
    B.append(("kv", kv))
    B.append(("h", "2. Ontwikkelingsperspectief"))
    kv = [(lab, v(e, f)) for e, lab, f in (("uitstroombestemming", "Verwachte uitstroombestemming", c.dest()),
                                          ("onderbouwing", "Onderbouwing", c.onderbouwing()),
                                          ("adviezen_professionals", "Adviezen externe deskundigen", c.advies()))
          if v(e, f) is not None]
    B.append(("kv", kv))
    B.append(("h", "3. Handelingsdeel"))
    af = v("afwijkingen_onderwijsprogramma", c.afwijkingen())
    if af is not None:
        B.append(("kv", [("Afwijkingen van het onderwijsprogramma", af)]))
    sup = v.rows("ondersteuning", [list(r) for r in c.support()], 4)
    if sup is not None:
        B += [("p", "Ondersteuning en begeleiding:"), ("table", ["Aanbod", "Door wie", "Frequentie", "Vanaf"], sup)]
    dl = v.rows("doelen", [list(r) for r in c.doelen()], 3)
    if dl is not None:
        B += [("p", "Doelen komende periode:"), ("table", ["Gebied", "Doel", "Te behalen in"], dl)]
    inb = v("inbreng_leerling", c.inbreng())
    if inb is not None:
        B += [("h", "4. Inbreng van de leerling"), ("kv", [("Wat vindt de leerling zelf / wat is ermee gedaan", inb)])]
    B.append(("h", "5. Overleg, evaluatie en ondertekening"))
    kv = []
    oo = v("oogo", c.oogo())
    if oo is not None:
        kv.append(("Op overeenstemming gericht overleg", oo))
    ev = v("evaluatie", c.evaluatie())
    if ev is not None:
        kv.append(("Evaluatiemomenten", ev))
    if kv:
        B.append(("kv", kv))
    B += consent_blocks(c, spec.get("consent", "digital_yes"), "digital")
    vs = v("vaststelling", c.vaststelling())
    if vs is not None:
        if v.mode("vaststelling") == "ok":
            B.append(("kv", [("Status", status_of(spec)), ("Datum vaststelling", dnum(c.date)), ("Vastgesteld door", f"{c.director} (directeur)")]))
        elif v.mode("vaststelling") == "empty":
            B.append(("kv", [("Status", status_of(spec)), ("Datum vaststelling", ""), ("Vastgesteld door", "")]))
        else:
            B.append(("kv", [("Status", status_of(spec)), ("Vaststelling", vs)]))
    ri = v("informatie_rechten", c.rechten())
    if ri is not None:
        B += [("h", "Informatie voor ouders"), ("p", ri)]
    return meta, B


# =================================================================== B: SWV groeidocument
def groeidocument(c, spec):
    v = V(c, spec)
    short = c.swv.split(" (")[0].replace("Samenwerkingsverband", "SWV")
    meta = {"empty": "", "doc_title": f"Groeidocument {c.name}", "author": c.ib, "accent": "#6b2d5c",
            "header": f"Groeidocument {short} – {c.name} – versie {c.version}",
            "footer": f"Vertrouwelijk · afgedrukt {dnum(c.print_date)} · pagina {{page}}"}
    B = [("title", "Groeidocument"), ("sub", f"met ontwikkelingsperspectiefplan (hoofdstuk 5 en 6) · {short}"),
         ("h", "1. Gegevens"),
         ("kv", [("Leerling", c.name), ("Geboortedatum", c.dob), ("School", c.school), ("Plaats", c.place),
                 ("Groep/klas", c.group), ("Ouder(s)/verzorger(s)", f"{c.parent1}, {c.parent2}"),
                 ("Contactpersoon school", c.ib)])]
    B.append(("h", "2. Wat gaat goed en wat is lastig?"))
    cols = ["Domein"]
    idx = [0]
    if v.mode("belemmerende_factoren") != "omit":
        cols.append("Belemmerend (wat is lastig)"); idx.append(1)
    if v.mode("bevorderende_factoren") != "omit":
        cols.append("Bevorderend (wat gaat goed)"); idx.append(2)
    B.append(("table", cols, [[r[i] for i in idx] for r in factor_rows(c, v)]))
    ob = v("ondersteuningsbehoefte", "\n".join("• " + x for x in c.behoefte()))
    if ob is not None:
        B += [("h", "3. Onderwijs- en ondersteuningsbehoeften"), ("p", ob if ob else " ")]
    ad = v("adviezen_professionals", c.advies())
    if ad is not None:
        B += [("h", "4. Betrokken deskundigen en hun adviezen"), ("p", ad if ad else " ")]
    B.append(("h", "5. Ontwikkelingsperspectief"))
    B.append(("kv", [(l, x) for l, x in (("Verwachte uitstroombestemming", v("uitstroombestemming", c.dest())),
                                          ("Onderbouwing", v("onderbouwing", c.onderbouwing()))) if x is not None]))
    B.append(("h", "6. Handelingsdeel"))
    af = v("afwijkingen_onderwijsprogramma", c.afwijkingen())
    if af is not None:
        B += [("p", "6.1 Afwijkingen van het onderwijsprogramma"), ("p", af if af else " ")]
    dl = v.rows("doelen", [list(r) for r in c.doelen()], 3)
    if dl is not None:
        B += [("p", "6.2 Doelen"), ("table", ["Gebied", "Doel", "Wanneer"], dl)]
    sup = v.rows("ondersteuning", [list(r) for r in c.support()], 4)
    if sup is not None:
        B += [("p", "6.3 Ondersteuning en begeleiding"), ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], sup)]
    inb = v("inbreng_leerling", c.inbreng())
    if inb is not None:
        B += [("h", "7. De stem van de leerling"), ("p", inb if inb else " ")]
    B.append(("h", "8. Ouders en school samen"))
    oo = v("oogo", c.oogo())
    if oo is not None:
        B.append(("p", oo if oo else "Datum gesprek met ouders: "))
    ri = v("informatie_rechten", c.rechten())
    if ri is not None:
        B.append(("p", ri if ri else " "))
    ev = v("evaluatie", c.evaluatie())
    if ev is not None:
        B += [("h", "9. Evaluatie"), ("p", ev if ev else "Evaluatiedatum: ")]
    B.append(("h", "10. Ondertekening"))
    vs = v("vaststelling", c.vaststelling())
    if vs is not None:
        B.append(("p", vs if vs else "Vastgesteld op: ............ door: ............"))
    B += consent_blocks(c, spec.get("consent", "wet_signed"), "paper", "hoofdstuk 6 (handelingsdeel)")
    return meta, B


# =================================================================== C: SWV portal aanvraag arrangement
def portal_aanvraag(c, spec):
    v = V(c, spec)
    meta = {"empty": "", "doc_title": f"Aanvraag arrangement {c.dossier}", "creator": "Groeiportaal",
            "header": f"Groeiportaal {c.swv.split(' (')[1].rstrip(')')} · Aanvraag {c.dossier} · Status: {spec.get('portal_status', 'Ingediend')} · "
                      f"Gegenereerd {dnum(c.print_date)}",
            "footer": f"Aanvraag {c.dossier} · geldig tot {dnum(c.valid_until)} · pagina {{page}} van {{pages}}"}
    B = [("title", "Aanvraag ondersteuningsarrangement"),
         ("sub", "inclusief ontwikkelingsperspectiefplan (verplicht bij deze aanvraag)"),
         ("h", "A. Aanvraag"),
         ("checks", "Soort arrangement:", [("licht arrangement (begeleiding)", c.n % 2 == 0),
                                           ("medium arrangement (begeleiding + middelen)", c.n % 2 == 1),
                                           ("toelaatbaarheidsverklaring", False)]),
         ("kv", [("Dossiernummer", c.dossier), ("Aanvragende school", f"{c.school}, {c.place}"),
                 ("Contactpersoon", c.ib), ("Gewenste ingangsdatum", dnum(add_days(c.date, 14)))]),
         ("h", "B. Leerling"),
         ("kv", [("Naam", c.name), ("Geboortedatum", c.dob), ("Groep/leerjaar", c.group)]),
         ("h", "C. Ontwikkelingsperspectief")]
    kv = []
    for e, lab, f in (("uitstroombestemming", "C1 Verwachte uitstroombestemming", c.dest()),
                      ("onderbouwing", "C2 Onderbouwing", c.onderbouwing()),
                      ("belemmerende_factoren", "C3 Belemmerende factoren", " ".join(b for _, b, _ in c.factors())),
                      ("bevorderende_factoren", "C4 Bevorderende factoren", " ".join(g for _, _, g in c.factors())),
                      ("ondersteuningsbehoefte", "C5 Onderwijsbehoeften", " ".join(c.behoefte())),
                      ("adviezen_professionals", "C6 Adviezen deskundigen", c.advies())):
        x = v(e, f)
        if x is not None:
            kv.append((lab, x))
    B.append(("kv", kv))
    B.append(("h", "D. Handelingsdeel"))
    kv = []
    x = v("afwijkingen_onderwijsprogramma", c.afwijkingen())
    if x is not None:
        kv.append(("D1 Afwijkingen onderwijsprogramma", x))
    x = v("doelen", " | ".join(f"{a}: {b} (uiterlijk {d})" for a, b, d in c.doelen()))
    if x is not None:
        kv.append(("D2 Doelen", x))
    x = v("ondersteuning", " | ".join(f"{a} – {b} – {f} – vanaf {d}" for a, b, f, d in c.support()))
    if x is not None:
        kv.append(("D3 Ondersteuning (wat, wie, hoe vaak, vanaf)", x))
    x = v("evaluatie", c.evaluatie())
    if x is not None:
        kv.append(("D4 Evaluatie", x))
    B.append(("kv", kv))
    B.append(("h", "E. Betrokkenheid ouders en leerling"))
    kv = []
    for e, lab, f in (("oogo", "E1 Overleg met ouders (datum, aanwezigen)", c.oogo()),
                      ("inbreng_leerling", "E2 Inbreng leerling en wat ermee is gedaan", c.inbreng()),
                      ("informatie_rechten", "E3 Informatie aan ouders over rechten", c.rechten())):
        x = v(e, f)
        if x is not None:
            kv.append((lab, x))
    B.append(("kv", kv))
    B.append(("checks", "Ouders stemmen in met het indienen van deze aanvraag:", [("ja", True), ("nee", False)]))
    B.append(("h", "F. Instemming en vaststelling"))
    B += consent_blocks(c, spec.get("consent", "digital_yes"), "digital")
    x = v("vaststelling", f"{dnum(c.date)}, {c.director} (directeur)")
    if x is not None:
        B.append(("kv", [("OPP vastgesteld op / door", x)]))
    return meta, B


# =================================================================== D: OPP-Wijzer domain table export
def domein_tabel(c, spec):
    v = V(c, spec)
    meta = {"empty": spec.get("empty", "n.v.t."), "doc_title": "OPP-Wijzer export", "accent": "#0b5d3b",
            "header": f"OPP-Wijzer · export {dnum(c.print_date)} · {c.school} · {c.name}",
            "footer": f"Dit document is geldig tot {dnum(c.valid_until)} · pag. {{page}}/{{pages}} · OPP-Wijzer v3.2"}
    B = [("title", f"Ontwikkelingsperspectief {c.first} {c.last}"),
         ("kv", [("Geboortedatum", c.dob), ("Groep", c.group), ("School", c.school), ("Schooljaar", c.sy)]),
         ("h", "Onderwijsbehoeften per domein")]
    beh = c.behoefte()
    rows = factor_rows(c, v)
    mo = v.mode("ondersteuningsbehoefte")
    for i, r in enumerate(rows):
        r.append(beh[i] if mo == "ok" else (v("ondersteuningsbehoefte", "") if i == 0 else ""))
    B.append(("table", ["Domein", "Belemmerend", "Bevorderend", "Onderwijsbehoefte"], rows))
    B.append(("h", "Perspectief"))
    B.append(("kv", [(l, x) for l, x in (("Uitstroombestemming", v("uitstroombestemming", c.dest())),
                                          ("Onderbouwing", v("onderbouwing", c.onderbouwing())),
                                          ("Advies deskundigen", v("adviezen_professionals", c.advies())),
                                          ("Afwijking onderwijsprogramma", v("afwijkingen_onderwijsprogramma", c.afwijkingen())))
                     if x is not None]))
    B.append(("h", "Plan van aanpak"))
    dl = c.doelen()
    sp = c.support()
    rows = []
    for i in range(max(len(dl), len(sp))):
        g = dl[i] if i < len(dl) else ("", "", "")
        s = sp[i] if i < len(sp) else ("", "", "", "")
        rows.append([g[0], g[1] if v.mode("doelen") == "ok" else (v("doelen", "") if i == 0 else ""),
                     f"{s[0]} ({s[1]}, {s[2]}, vanaf {s[3]})" if (v.mode("ondersteuning") == "ok" and s[0]) else
                     (v("ondersteuning", "") if (i == 0 and v.mode("ondersteuning") != "ok") else ""), g[2]])
    B.append(("table", ["Gebied", "Doel", "Aanpak (wat, wie, hoe vaak, vanaf)", "Evaluatie doel"], rows))
    kv = [(l, x) for l, x in (("Inbreng leerling", v("inbreng_leerling", c.inbreng())),
                              ("Gesprek met ouders", v("oogo", c.oogo())),
                              ("Evaluatie OPP", v("evaluatie", c.evaluatie())),
                              ("Vaststelling", v("vaststelling", c.vaststelling()))) if x is not None]
    B += [("h", "Afspraken"), ("kv", kv)]
    ri = v("informatie_rechten", c.rechten())
    if ri is not None:
        B += [("note", ri)]
    B += [("h", "Handtekeningen")] + consent_blocks(c, spec.get("consent", "wet_signed"), "paper")
    return meta, B


# =================================================================== E: beknopt OPP plain-text export
def beknopt_txt(c, spec):
    v = V(c, spec)
    meta = {"empty": spec.get("empty", "-"),
            "header": f"LeerlingLink | Beknopt OPP | {c.name} | afdruk {dnum(c.print_date)} | versie {c.version}.0",
            "footer": f"Status: {status_of(spec)} | geldig tot: {dnum(c.valid_until)} | blad {{page}} van {{pages}}"}
    B = [("title", "Beknopt ontwikkelingsperspectiefplan"),
         ("kv", [("Leerling", c.name), ("Geb.datum", c.dob), ("School", f"{c.school} ({c.place})"), ("Klas/groep", c.group),
                 ("Mentor/leerkracht", c.mentor)])]
    kv = []
    for e, lab, f in (("uitstroombestemming", "Uitstroombestemming", c.dest()),
                      ("onderbouwing", "Onderbouwing", c.onderbouwing()),
                      ("belemmerende_factoren", "Belemmerende factoren", " ".join(b for _, b, _ in c.factors())),
                      ("bevorderende_factoren", "Bevorderende factoren", " ".join(g for _, _, g in c.factors())),
                      ("ondersteuningsbehoefte", "Onderwijsbehoeften", " ".join(c.behoefte())),
                      ("adviezen_professionals", "Advies deskundigen", c.advies()),
                      ("afwijkingen_onderwijsprogramma", "Afwijking programma", c.afwijkingen()),
                      ("doelen", "Doelen", " / ".join(f"{a}: {b} ({d})" for a, b, d in c.doelen())),
                      ("ondersteuning", "Ondersteuning", " / ".join(f"{a}; {b}; {f}; vanaf {d}" for a, b, f, d in c.support())),
                      ("inbreng_leerling", "Inbreng leerling", c.inbreng()),
                      ("oogo", "OOGO", c.oogo()),
                      ("evaluatie", "Evaluatie", c.evaluatie()),
                      ("informatie_rechten", "Rechten ouders", c.rechten())):
        x = v(e, f)
        if x is not None:
            kv.append((lab, x))
    B.append(("kv", kv))
    B.append(("h", "Ondertekening"))
    B += consent_blocks(c, spec.get("consent", "digital_yes"), "digital")
    x = v("vaststelling", f"{dnum(c.date)} door {c.director}")
    if x is not None:
        B.append(("kv", [("Vastgesteld", x)]))
    return meta, B


# =================================================================== F: long handelingsdeel export (multi-page table)
def handelingsdeel_lang(c, spec):
    v = V(c, spec)
    meta = {"empty": spec.get("empty", ""), "doc_title": "OPP ZorgRoute", "creator": "ZorgRoute",
            "header": f"ZorgRoute – Ontwikkelingsperspectief – {c.name} – {c.school}\nAfdrukdatum: {dnum(c.print_date)}   Versie: {c.version}   Status: {status_of(spec)}",
            "footer": f"Geldig tot: {dnum(c.valid_until)}   –   Pagina {{page}} van {{pages}}   –   ZorgRoute © leerlingzorg"}
    B = [("title", "Ontwikkelingsperspectief en handelingsdeel"),
         ("kv", [("Leerling", c.name), ("Geboortedatum", c.dob), ("Groep/klas", c.group), ("School", c.school),
                 ("Schooljaar", c.sy), ("Opgesteld door", c.ib)]),
         ("h", "Deel 1 – Ontwikkelingsperspectief")]
    B.append(("kv", [(l, x) for l, x in (("Uitstroombestemming", v("uitstroombestemming", c.dest())),
                                          ("Onderbouwing", v("onderbouwing", c.onderbouwing())),
                                          ("Ondersteuningsbehoeften", v("ondersteuningsbehoefte", "\n".join(c.behoefte()))),
                                          ("Adviezen deskundigen", v("adviezen_professionals", c.advies())))
                     if x is not None]))
    cols = ["Domein"]
    idx = [0]
    if v.mode("belemmerende_factoren") != "omit":
        cols.append("Belemmerende factoren"); idx.append(1)
    if v.mode("bevorderende_factoren") != "omit":
        cols.append("Bevorderende factoren"); idx.append(2)
    B.append(("table", cols, [[r[i] for i in idx] for r in factor_rows(c, v)]))
    B.append(("h", "Deel 2 – Handelingsdeel"))
    af = v("afwijkingen_onderwijsprogramma", c.afwijkingen())
    if af is not None:
        B.append(("kv", [("Afwijkingen onderwijsprogramma", af)]))
    # long multi-period table: goals x period with support; breaks across pages
    rows = []
    periods = ["periode 1 (aug–nov)", "periode 2 (nov–feb)", "periode 3 (feb–apr)", "periode 4 (apr–jul)"]
    sp = c.support()
    for pi, per in enumerate(periods):
        for gi, (dom, goal, when) in enumerate(c.doelen()):
            s = sp[gi % len(sp)]
            g = goal if v.mode("doelen") == "ok" else (v("doelen", "") if (pi == 0 and gi == 0) else "")
            a = (f"{s[0]}; {s[1]}; {s[2]}; vanaf {s[3]}" if v.mode("ondersteuning") == "ok"
                 else (v("ondersteuning", "") if (pi == 0 and gi == 0) else ""))
            rows.append([per, dom, g, a, "" if pi > 0 else "tussenevaluatie " + c.eval1])
    B.append(("table", ["Periode", "Gebied", "Doel", "Ondersteuning (wat/wie/hoe vaak/vanaf)", "Evaluatie"], rows))
    B.append(("pb",))
    B.append(("h", "Deel 3 – Betrokkenheid en afspraken"))
    B.append(("kv", [(l, x) for l, x in (("Inbreng leerling", v("inbreng_leerling", c.inbreng())),
                                          ("OOGO met ouders", v("oogo", c.oogo())),
                                          ("Evaluatie met ouders", v("evaluatie", c.evaluatie())),
                                          ("Rechten van ouders", v("informatie_rechten", c.rechten())))
                     if x is not None]))
    B.append(("h", "Ondertekening (gegenereerd door ZorgRoute)"))
    B += consent_blocks(c, spec.get("consent", "digital_yes"), spec.get("consent_style", "digital"))
    md = v.mode("vaststelling")
    if md == "ok":
        B.append(("kv", [("Status", "Vastgesteld"), ("Vastgesteld op", dnum(c.date)), ("Vastgesteld door", f"{c.director}, directeur")]))
    elif md == "empty":
        B.append(("kv", [("Status", status_of(spec)), ("Vastgesteld op", ""), ("Vastgesteld door", "")]))
    elif md != "omit":
        B.append(("kv", [("Status", status_of(spec)), ("Vaststelling", v("vaststelling", ""))]))
    return meta, B


# =================================================================== G: VSO uitstroomprofiel export
def vso_export(c, spec):
    v = V(c, spec)
    meta = {"empty": spec.get("empty", ""), "content_controls": spec.get("cc", False), "accent": "#7a4b00",
            "doc_title": "OPP VSO", "header": f"Horizon leerlingdossier VSO · {c.school} · {c.name} · print {dnum(c.print_date)}",
            "footer": f"OPP versie {c.version} · geldig tot {dnum(c.valid_until)} · p. {{page}}"}
    prof = spec.get("profile", ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"][[2, 0, 1][c.n % 3]])
    B = [("title", "Ontwikkelingsperspectiefplan VSO"),
         ("kv", [("Leerling", c.name), ("Geboortedatum", c.dob + (f" (meerderjarig)" if c.adult else "")),
                 ("Leerjaar", c.group), ("Mentor", c.mentor), ("Wettelijk vertegenwoordiger", c.curator if c.curatele else
                  (f"n.v.t. ({c.first} is meerderjarig)" if c.adult else f"{c.parent1} en {c.parent2}"))]),
         ("h", "1. Uitstroomprofiel")]
    md = v.mode("uitstroombestemming")
    if md == "unticked":
        B.append(("checks", "Uitstroomprofiel:", [("vervolgonderwijs", False), ("arbeidsmarktgericht", False), ("dagbesteding", False)]))
        B.append(("kv", [("Toelichting / beoogde plek", "")]))
    elif md != "omit":
        B.append(("checks", "Uitstroomprofiel:", [(p, p == prof and md == "ok") for p in ("vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding")]))
        B.append(("kv", [("Toelichting / beoogde plek", v("uitstroombestemming", c.dest()))]))
    x = v("onderbouwing", c.onderbouwing())
    if x is not None:
        B.append(("kv", [("Onderbouwing", x)]))
    B.append(("h", "2. Beeld van de leerling"))
    B.append(("kv", [(l, x) for l, x in (("Belemmerende factoren", v("belemmerende_factoren", "\n".join(b for _, b, _ in c.factors()))),
                                          ("Bevorderende factoren (sterke kanten)", v("bevorderende_factoren", "\n".join(g for _, _, g in c.factors()))),
                                          ("Ondersteuningsbehoeften", v("ondersteuningsbehoefte", "\n".join(c.behoefte()))))
                     if x is not None]))
    x = v("adviezen_professionals", c.advies())
    if x is not None:
        B += [("h", "3. Advies commissie voor de begeleiding en deskundigen"), ("kv", [("Advies", x)])]
    B.append(("h", "4. Handelingsdeel / transitieplan"))
    x = v("afwijkingen_onderwijsprogramma", c.afwijkingen())
    if x is not None:
        B.append(("kv", [("Afwijkingen programma", x)]))
    dl = v.rows("doelen", [list(r) for r in c.doelen()], 3)
    if dl is not None:
        B.append(("table", ["Gebied", "Doel", "Termijn"], dl))
    sp = v.rows("ondersteuning", [list(r) for r in c.support()], 4)
    if sp is not None:
        B.append(("table", ["Begeleiding", "Wie", "Frequentie", "Vanaf"], sp))
    B.append(("h", "5. Betrokkenheid en evaluatie"))
    B.append(("kv", [(l, x) for l, x in (("Inbreng leerling", v("inbreng_leerling", c.inbreng())),
                                          ("Overleg (OOGO)", v("oogo", c.oogo())),
                                          ("Evaluatie", v("evaluatie", c.evaluatie())),
                                          ("Informatie over rechten", v("informatie_rechten", c.rechten())))
                     if x is not None]))
    B.append(("h", "6. Vaststelling en instemming"))
    x = v("vaststelling", c.vaststelling())
    if x is not None:
        B.append(("kv", [("Vaststelling", x)]))
    B += consent_blocks(c, spec.get("consent", "wet_signed"), spec.get("consent_style", "paper"))
    return meta, B


# =================================================================== H: question-led portal plan
def vraaggestuurd(c, spec):
    v = V(c, spec)
    f = c.first
    meta = {"empty": spec.get("empty", ""), "accent": "#005f73", "doc_title": f"Plan {f}",
            "header": f"Samen Verder-portaal · OPP {c.name} · {c.sy} · geprint {dnum(c.print_date)}",
            "footer": f"{c.school} · versie {c.version} · geldig tot {dnum(c.valid_until)} · {{page}}/{{pages}}"}
    B = [("title", f"Het plan van {f}"),
         ("sub", f"Ontwikkelingsperspectiefplan · {c.name} · geboren {c.dob} · {c.group} · {c.school}, {c.place}")]
    Q = [("uitstroombestemming", f"Waar gaat {f} na deze school naartoe?", c.dest()),
         ("onderbouwing", "Waarom verwachten we dat?", c.onderbouwing()),
         ("belemmerende_factoren", f"Wat maakt het leren voor {f} moeilijk?", "\n".join(f"{d}: {b}" for d, b, _ in c.factors())),
         ("bevorderende_factoren", f"Wat helpt {f}? Wat zijn {c.zijn} sterke kanten?", "\n".join(f"{d}: {g}" for d, _, g in c.factors())),
         ("ondersteuningsbehoefte", f"Wat heeft {f} nodig?", "\n".join("– " + x for x in c.behoefte())),
         ("adviezen_professionals", "Wat zeggen deskundigen en wat doen we daarmee?", c.advies()),
         ("afwijkingen_onderwijsprogramma", f"Volgt {f} het gewone programma?", c.afwijkingen()),
         ("doelen", "Wat willen we dit jaar bereiken?", "\n".join(f"– {a}: {b} (uiterlijk {d})" for a, b, d in c.doelen())),
         ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?", "\n".join(f"– {a}: {b}, {fr}, vanaf {d}" for a, b, fr, d in c.support())),
         ("inbreng_leerling", f"Wat zegt {f} zelf, en wat hebben we daarmee gedaan?", c.inbreng()),
         ("oogo", "Hoe hebben we met u als ouders overlegd?", c.oogo()),
         ("evaluatie", "Wanneer kijken we samen terug?", c.evaluatie()),
         ("informatie_rechten", "Wat kunt u doen als u het niet eens bent?", c.rechten()),
         ("vaststelling", "Wanneer is dit plan vastgesteld en door wie?", c.vaststelling())]
    for e, q, full in Q:
        x = v(e, full)
        if x is None:
            continue
        B += [("h", q), ("p", x if x else "")]
        if v.mode(e) == "instruction":
            B[-1] = ("note", x)
    B.append(("h", "Gaat u akkoord?"))
    B += consent_blocks(c, spec.get("consent", "wet_signed"), spec.get("consent_style", "paper"))
    return meta, B


LAYOUTS = {"lvs-opp-module": lvs_module, "swv-groeidocument": groeidocument, "portal-aanvraag-arrangement": portal_aanvraag,
           "opp-wijzer-domeintabel": domein_tabel, "beknopt-opp-tekstexport": beknopt_txt,
           "zorgroute-handelingsdeel-lang": handelingsdeel_lang, "vso-uitstroomprofiel-export": vso_export,
           "vraaggestuurd-portaalplan": vraaggestuurd}
