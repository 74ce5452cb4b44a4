# -*- coding: utf-8 -*-
"""Layouts: each returns (blocks, footer, header) for one pupil spec."""
import random
from content import *


class V:
    """Resolves the text of an element for a document given its gap codes."""

    def __init__(self, p, spec, rng):
        self.p, self.s, self.rng = p, spec, rng
        self.codes = spec["gaps"]
        st = p["stype"]
        self.st = st
        d = spec["date"]
        self.date = d
        self.oogo_date = add_days(d, -rng.randint(3, 12))
        self.sign_date = add_days(d, rng.randint(1, 9))
        self.eval_mid = (d[0] + (1 if d[1] >= 8 else 0), 2 if d[1] >= 8 or d[1] < 2 else min(12, d[1] + 4), 10)
        self.sig_kind = spec.get("sig", "§SIG§")

    def code(self, el):
        return self.codes.get(el, "P")

    def missing(self, el):
        return self.code(el) == "M"

    def gap(self, el):
        c = self.code(el)
        if c == "I:empty":
            return ""
        if c == "I:ph":
            return self.rng.choice(PLACEHOLDERS)
        if c == "I:instr":
            return INSTR[el]
        if c == "I:sdt":
            return "§SDTP§"
        if c == "I:ref":
            return REFS[el]
        return None

    def f(self, s):
        return F(self.p, s)

    # ---- element texts -------------------------------------------------
    def dest(self):
        """(profile label, text) of the destination"""
        p = self.p
        key = (self.st, p["profile"]) if (self.st, p["profile"]) in DEST else (self.st, None)
        opts = DEST[key]
        o = opts[p["llnr"].__hash__() % len(opts)] if False else opts[int(p["llnr"]) % len(opts)]
        if isinstance(o, tuple):
            return o
        return ("", o)

    def t(self, el):
        c = self.code(el)
        if c == "M":
            return None
        g = self.gap(el)
        if g is not None:
            return g
        st, p = self.st, self.p
        vague = c == "I:vague"
        if el == "uitstroombestemming":
            if vague:
                return "Nog niet te bepalen; afhankelijk van de verdere ontwikkeling."
            prof, txt = self.dest()
            return (f"Uitstroomprofiel {prof}: {txt}." if prof else f"Verwachte uitstroom: {txt}.")
        if el == "onderbouwing":
            if vague:
                return "Past bij het niveau en de mogelijkheden van de leerling."
            return self.f(ONDERB[st])
        if el == "belemmerende_factoren":
            if vague:
                return "Gedrag."
            if st in DOMAINS:
                return " ".join(d[1] for d in DOMAINS[st][:3])
            return self.f(BASE_BEL[st])
        if el == "bevorderende_factoren":
            if vague:
                return "Positief."
            if st in DOMAINS:
                return " ".join(d[2] for d in DOMAINS[st][:3])
            return self.f(BASE_BEV[st])
        if el == "ondersteuningsbehoefte":
            if vague:
                return "Extra aandacht."
            if st in DOMAINS:
                return self.f("{first} heeft nodig: ") + " ".join(d[3] for d in DOMAINS[st][:4])
            return self.f(BASE_BEH[st])
        if el == "doelen":
            if vague:
                return "\n".join(self.f(x) for x in self.rng.sample(VAGUE_GOALS, 3))
            return "\n".join("- " + self.f(x) for x in GOALS[st])
        if el == "ondersteuning":
            if vague:
                return "Extra begeleiding waar nodig, in overleg met de mentor."
            return "\n".join(f"- {a} (door: {b}; {c_}; {d})" for a, b, c_, d in SUPPORT[st])
        if el == "afwijkingen_onderwijsprogramma":
            if c == "N":
                return self.rng.choice(["Er zijn geen afwijkingen van het onderwijsprogramma.",
                                        "Geen afwijkingen: de leerling volgt het reguliere programma van de klas.",
                                        "N.v.t. - de leerling volgt het volledige programma en de volledige onderwijstijd."])
            if c == "I:vague":
                return "Ja, namelijk: "
            return self.f(AFW[st])
        if el == "adviezen_professionals":
            if vague:
                return "Er is advies gegeven door de psycholoog. Dit is met ouders besproken."
            return self.f(ADVICE[st])
        if el == "oogo":
            if vague:
                return "Datum gesprek met ouders: ..........   Aanwezig: .........."
            who = self.who()
            return (f"Het ontwikkelingsperspectief is op {nl_date(self.oogo_date)} besproken met {who}, "
                    f"mentor/leerkracht ({p['mentor']}) en {p['ib']} (op overeenstemming gericht overleg). "
                    + self.rng.choice(["Ouders herkenden het beeld en vulden de thuissituatie aan.",
                                       "De wensen van thuis voor de stage zijn meegenomen.",
                                       "Afspraken over de communicatie tussen school en thuis zijn vastgelegd."]))
        if el == "inbreng_leerling":
            view, eff = PUPIL_VIEW[st]
            if c == "I:noeffect":
                return self.f(view)
            return self.f(view) + " " + self.f(eff)
        if el == "evaluatie":
            if vague:
                return "Evaluatie: nog plannen."
            y = self.date[0] + (1 if self.date[1] >= 8 else 0)
            who = "ouders en " + p["first"] if not p.get("adult") == "bekwaam" else p["first"] + " (en op " + p["hem"] + " verzoek de ouders)"
            return (f"Tussenevaluatie in februari {y} en jaarevaluatie in juni {y}, met {who}. "
                    "Bij de jaarevaluatie wordt het OPP bijgesteld en opnieuw vastgesteld.")
        if el == "informatie_rechten":
            if vague:
                return RIGHTS_PARTIAL
            if p.get("adult") == "bekwaam":
                return RIGHTS.replace("U heeft instemmingsrecht", "Jij (18+) hebt zelf instemmingsrecht").replace("uw instemming", "jouw instemming")
            return RIGHTS
        raise KeyError(el)

    def who(self):
        p = self.p
        if p.get("adult") == "bekwaam":
            return f"{p['first']} zelf (18 jaar, handelingsbekwaam) en op {p['zijn']} verzoek {p['zijn']} moeder"
        if p.get("adult") == "curatele":
            return f"{p['curator']}, de ouders en {p['first']}"
        return f"ouders ({p['parent1']})" + (f" en {p['first']}" if p["age"] >= 10 else "")

    # ---- vaststelling --------------------------------------------------
    def vast_rows(self):
        c = self.code("vaststelling")
        if c == "M":
            return None
        p = self.p
        if c == "P":
            return [("Vastgesteld door", f"{p['dir']}, directeur"), ("Datum vaststelling", num_date(self.date))]
        if c == "I:nodate":
            return [("Vastgesteld door", f"{p['dir']}, directeur"), ("Datum vaststelling", "")]
        if c == "I:noname":
            return [("Vastgesteld door", ""), ("Datum vaststelling", "")]
        return [("Vastgesteld door", ""), ("Datum vaststelling", self.rng.choice(["..-..-....", "n.t.b."]))]

    # ---- consent -------------------------------------------------------
    def signer(self):
        p = self.p
        if p.get("adult") == "bekwaam":
            return ("Handtekening leerling (18+)", p["name"])
        if p.get("adult") == "curatele":
            return ("Handtekening wettelijk vertegenwoordiger", p["curator"])
        return ("Handtekening ouder/verzorger", p["parent1"])

    def consent_blocks(self, heading="Instemming handelingsdeel", style="checks"):
        c = self.code("instemming_ouders")
        p = self.p
        sk = self.sig_kind
        out = []
        if c == "M":
            if self.s.get("decoy"):
                out += [("h1", "Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)"),
                        ("p", "Ondergetekende geeft toestemming voor het delen van gegevens met de jeugdarts en het "
                              "gebruik van foto's in de schoolgids."),
                        ("sig", [("Handtekening ouder/verzorger", sk + p["parent1"]), ("Datum", num_date(self.sign_date))])]
            return out
        lab, name = self.signer()
        date = num_date(self.sign_date)
        ok = [True, False]
        extra = []
        sig = sk + name
        if c == "I:voorgezien":
            extra = [("p", "Voor gezien.")]; ok = [False, False]
        elif c == "I:protest":
            extra = [("p", "Getekend onder protest: wij zijn het niet eens met het uitstroomprofiel en de stageplek.")]
        elif c == "I:refused":
            ok = [False, True]; extra = [("p", "Toelichting ouders: wij willen eerst een second opinion over de vermindering van onderwijstijd.")]
        elif c == "I:partial":
            ok = [False, False]; extra = [("p", "Akkoord met het handelingsdeel, met uitzondering van de inzet van de time-outruimte en de aangepaste onderwijstijd.")]
        elif c == "I:schoolonly":
            sig = ""; date = ""
        elif c == "I:blank":
            sig = ""; date = ""; ok = [False, False]
        elif c == "I:unticked":
            ok = [False, False]
        elif c == "I:nodate":
            date = ""
        elif c == "I:wrongparty":
            if p.get("adult") == "bekwaam":
                lab, sig = "Handtekening ouder/verzorger", sk + p["parent1"]
            else:
                lab, sig = "Handtekening leerling", sk + p["name"]
        out.append(("h1", heading))
        txt = "Instemming met het handelingsdeel van het ontwikkelingsperspectief (de te bieden ondersteuning en begeleiding)."
        out.append(("p", txt))
        out.append(("checks", [(ok[0], "Akkoord met het handelingsdeel"), (ok[1], "Niet akkoord met het handelingsdeel")]))
        out += extra
        rows = [(lab, sig), ("Naam", name if sig else ""), ("Datum", date)]
        out.append(("sig", rows))
        school_sig = sk + p["dir"] if c != "I:blank" else ""
        out.append(("sig", [("Handtekening namens de school", school_sig), ("Naam", p["dir"]), ("Datum", num_date(self.date) if c != "I:blank" else "")]))
        return out


def header_kv(p, v, extra=()):
    rows = [("Naam leerling", p["name"]), ("Geboortedatum", num_date(p["dob"])), ("School", p["school"]),
            ("Samenwerkingsverband", p["swv"])]
    rows += list(extra)
    if p.get("adult") == "bekwaam":
        rows.append(("Meerderjarig", "ja, handelingsbekwaam (leerling beslist zelf)"))
    if p.get("adult") == "curatele":
        rows.append(("Wettelijke vertegenwoordiging", f"onder curatele; curator {p['curator'].replace(' (curator)','')}"))
    return rows


def vast_block(v, heading="Vaststelling"):
    r = v.vast_rows()
    if r is None:
        return []
    return [("h1", heading), ("kv", r)]


def sec(blocks, heading, text, level="h1"):
    """heading + text unless text is None (missing)"""
    if text is None:
        return
    blocks.append((level, heading))
    blocks.append(("p", text))


# ======================================================================= A: SWV numbered
def lay_swv_numbered(p, v):
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"),
         ("small", f"Format {p['swv']} - versie 2025"),
         ("h1", "1. Gegevens leerling en school"),
         ("kv", header_kv(p, v, [("Groep/klas", {"po": "groep 6", "sbo": "groep 7", "vo": "klas 3 vmbo/havo"}.get(v.st, "")),
                                  ("Mentor/leerkracht", p["mentor"]), ("Intern begeleider / zorgcoördinator", p["ib"])]))]
    n = 2
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    if u is not None or o is not None:
        b.append(("h1", f"{n}. " + ("Uitstroombestemming" if u is not None else "Onderbouwing perspectief"))); n += 1
        rows = []
        if u is not None: rows.append(("Verwachte uitstroombestemming", u))
        if o is not None: rows.append(("Onderbouwing", o))
        b.append(("kv", rows))
    be, bv = v.t("belemmerende_factoren"), v.t("bevorderende_factoren")
    if be is not None or bv is not None:
        b.append(("h1", f"{n}. " + " en ".join(x for x, y in (("Belemmerende factoren", be), ("Bevorderende factoren", bv)) if y is not None))); n += 1
        hdr, row = [], []
        if be is not None: hdr.append("Belemmerende factoren"); row.append(be)
        if bv is not None: hdr.append("Bevorderende factoren"); row.append(bv)
        b.append(("table", hdr, [row]))
    for el, head in [("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"),
                     ("adviezen_professionals", "Adviezen van externe deskundigen"),
                     ("doelen", "Doelen voor de komende periode")]:
        t = v.t(el)
        if t is not None:
            b += [("h1", f"{n}. {head}"), ("p", t)]; n += 1
    t = v.t("ondersteuning")
    if t is not None:
        b.append(("h1", f"{n}. Handelingsdeel: te bieden ondersteuning en begeleiding")); n += 1
        if v.code("ondersteuning") == "P":
            b.append(("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(x) for x in SUPPORT[v.st]]))
        else:
            b.append(("p", t))
    t = v.t("afwijkingen_onderwijsprogramma")
    if t is not None:
        b += [("h1", f"{n}. Afwijkingen van het onderwijsprogramma"), ("p", t)]; n += 1
    t = v.t("inbreng_leerling")
    if t is not None:
        b += [("h1", f"{n}. Inbreng van de leerling"), ("p", t)]; n += 1
    o, e = v.t("oogo"), v.t("evaluatie")
    if o is not None or e is not None:
        b.append(("h1", f"{n}. " + ("Overleg met ouders" if e is None else "Evaluatie" if o is None else "Overleg met ouders en evaluatie"))); n += 1
        if o is not None: b += [("h2", "Op overeenstemming gericht overleg"), ("p", o)]
        if e is not None: b += [("h2", "Evaluatie"), ("p", e)]
    t = v.t("informatie_rechten")
    if t is not None:
        b += [("h1", f"{n}. Informatie voor ouders over hun rechten"), ("p", t)]; n += 1
    r = v.vast_rows()
    if r is not None:
        b += [("h1", f"{n}. Vaststelling"), ("kv", r)]; n += 1
    b += v.consent_blocks(f"{n}. Ondertekening / instemming")
    return b, f"OPP {p['name']} - vertrouwelijk", None


# ======================================================================= B: long domain tables (vso/so)
def lay_domain_long(p, v):
    st = v.st
    doms = DOMAINS["vso" if st in ("vso", "pro") else "so"]
    b = [("title", "Ontwikkelingsperspectief"),
         ("p", f"{p['school']}\nSchooljaar {v.date[0] if v.date[1]>=8 else v.date[0]-1}-{(v.date[0] if v.date[1]>=8 else v.date[0]-1)+1}"),
         ("kv", header_kv(p, v, [("Leerroute / groep", "Leerroute 2 - bovenbouw" if st == "vso" else "Leerroute 1 - onderbouw"),
                                  ("Mentor", p["mentor"]), ("Gedragsdeskundige / orthopedagoog", p["ib"]),
                                  ("Type OPP", "Jaarlijkse bijstelling" if v.s.get("update") else "Eerste OPP na plaatsing")])),
         ("h1", "Inhoud"),
         ("p", "1 Schoolloopbaan en gezondheid\n2 Beginsituatie per ontwikkelingsdomein\n3 Perspectief\n"
               "4 Betrokkenen aan het woord\n5 Handelingsdeel per domein\n6 Programma en onderwijstijd\n7 Afspraken\n8 Ondertekening"),
         ("pb",),
         ("h1", "1 Schoolloopbaan en gezondheid"),
         ("p", v.f("{first} zat tot groep 4 op een reguliere basisschool in {place}. Daarna volgde plaatsing in het (v)so na een "
                   "toelaatbaarheidsverklaring van het samenwerkingsverband. De huidige TLV loopt tot het einde van het schooljaar "
                   "waarin {first} 20 jaar wordt. ")),
         ("p", v.f("Gezondheid: {first} gebruikt medicatie (zie medisch protocol in het dossier). Er zijn afspraken over medicijnverstrekking op school "
                   "vastgelegd in een apart protocol dat door ouders is ondertekend. Gehoor en visus zijn in orde (controle jeugdarts).")),
         ("p", v.f("Thuissituatie: {first} woont met {zijn} moeder, stiefvader en twee zussen in {place}. Er is ambulante jeugdhulp "
                   "betrokken (tweewekelijks gezinsgesprek)."))]
    # domain tables
    be_c, bv_c, oh_c = v.code("belemmerende_factoren"), v.code("bevorderende_factoren"), v.code("ondersteuningsbehoefte")
    b.append(("h1", "2 Beginsituatie per ontwikkelingsdomein"))
    b.append(("p", "Per domein is beschreven wat belemmert, wat helpt en wat de leerling nodig heeft. Bronnen: observaties, "
                   "methodegebonden toetsen, SCOL/ZIEN en gesprekken met leerling en ouders."))

    def cellval(code, real, el):
        if code == "P":
            return real
        if code == "I:empty":
            return ""
        if code == "I:ph":
            return "..."
        if code == "I:instr":
            return "(invullen)"
        return v.t(el) or ""
    for i, (dom, bel, bev, beh) in enumerate(doms):
        hdr, row = [], []
        if be_c != "M": hdr.append("Belemmerend"); row.append(cellval(be_c, v.f(bel), "belemmerende_factoren"))
        if bv_c != "M": hdr.append("Bevorderend"); row.append(cellval(bv_c, v.f(bev), "bevorderende_factoren"))
        if oh_c != "M": hdr.append("Onderwijs- en ondersteuningsbehoefte"); row.append(cellval(oh_c, v.f(beh), "ondersteuningsbehoefte"))
        b.append(("h2", f"2.{i+1} {dom}"))
        b.append(("p", v.f(f"Observatie: in de lessen{' en op de stage' if st != 'so' else ''} is gekeken naar {dom.lower().split(' /')[0]}. "
                           "Het beeld is besproken in het groepsoverleg.")))
        if hdr:
            b.append(("table", hdr, [row]))
    b.append(("pb",))
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    b.append(("h1", "3 Perspectief"))
    if u is not None:
        prof, txt = v.dest()
        if v.code("uitstroombestemming") == "I:unticked":
            b.append(("p", "Uitstroomprofiel (aankruisen):"))
            b.append(("checks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding")]))
        elif v.code("uitstroombestemming") == "P" and st != "so":
            b.append(("p", "Uitstroomprofiel:"))
            b.append(("checks", [(prof.startswith("Vervolg"), "Vervolgonderwijs"), (prof.startswith("Arbeid"), "Arbeidsmarktgericht"),
                                 (prof.startswith("Dag"), "Dagbesteding")]))
            b.append(("kv", [("Verwachte uitstroombestemming", txt)]))
        else:
            b.append(("kv", [("Verwachte uitstroombestemming", u)]))
    if o is not None:
        b += [("h2", "Onderbouwing"), ("p", o)]
    b.append(("h1", "4 Betrokkenen aan het woord"))
    t = v.t("adviezen_professionals")
    if t is not None:
        b += [("h2", "Advies commissie voor de begeleiding en andere deskundigen"), ("p", t)]
    t = v.t("inbreng_leerling")
    if t is not None:
        b += [("h2", v.f("Wat vindt {first} zelf?")), ("p", t)]
    b.append(("pb",))
    b.append(("h1", "5 Handelingsdeel per domein"))
    sc, gc = v.code("ondersteuning"), v.code("doelen")
    if v.s.get("update"):
        b.append(("h2", "5.0 Evaluatie doelen vorig schooljaar"))
        prev = ([[v.f("{first} pakt zelf de beker bij het fruitmoment"), "behaald", "Lukt dagelijks."],
                 [v.f("{first} wijst een picto aan om iets te vragen"), "deels behaald", "Lukt bij bekende begeleiders."],
                 [v.f("{first} zit 5 minuten in de kring"), "niet behaald", "Te veel prikkels; doel schuift door met kortere kring."]]
                if st == "so" else None)
        b.append(("table", ["Doel vorig jaar", "Resultaat", "Toelichting"], prev or
                  [[v.f("{first} volgt een werkopdracht van 3 stappen zonder hulp"), "behaald", "Lukt in werkplaats en keuken."],
                   [v.f("{first} vraagt zelf om hulp als iets niet lukt"), "deels behaald", "Lukt bij de mentor, nog niet bij invallers."],
                   [v.f("{first} leert de busroute naar school"), "niet behaald", "Wegens ziekte uitgesteld; doel schuift door."]]))
    goals = GOALS["vso" if st in ("vso", "pro") else "so"]
    sup = SUPPORT["vso" if st in ("vso", "pro") else "so"]
    if sc != "M" or gc != "M":
        hdr = []
        if gc != "M": hdr.append("Doel (SMART)")
        if sc != "M": hdr += ["Aanpak / ondersteuning", "Wie", "Frequentie en periode"]
        rows = []
        for i in range(len(goals)):
            r = []
            if gc != "M":
                r.append(v.f(goals[i]) if gc == "P" else (v.f(VAGUE_GOALS[i % len(VAGUE_GOALS)]) if gc == "I:vague" else ("..." if gc == "I:ph" else "")))
            if sc != "M":
                a, w, fq, fr = sup[i % len(sup)]
                if sc == "P": r += [a, w, f"{fq}, {fr}"]
                elif sc == "I:vague": r += ["begeleiding waar nodig", "team", ""]
                elif sc == "I:ph": r += ["n.t.b.", "n.t.b.", "n.t.b."]
                else: r += ["", "", ""]
            rows.append(r)
        b.append(("table", hdr, rows))
    for tx in ["Toelichting: de aanpak sluit aan bij het werken met leerlijnen in de groep. Dagelijks wordt in het logboek bijgehouden hoe het gaat.",
               "Werkwijze: elke periode van tien weken bekijkt het team de voortgang op de leerlijnen en past de planning zo nodig aan.",
               "Samenwerking: bij vragen vanuit thuis is de mentor het eerste aanspreekpunt; de gedragsdeskundige sluit aan bij de groepsbespreking."]:
        b.append(("p", tx))
    b.append(("pb",))
    t = v.t("afwijkingen_onderwijsprogramma")
    b.append(("h1", "6 Programma en onderwijstijd"))
    b.append(("p", "Lesrooster: zie het groepsrooster in de bijlage (maandag t/m vrijdag 8.45-14.45 uur)."))
    if t is not None:
        b += [("h2", "Afwijkingen van het onderwijsprogramma"), ("p", t)]
    b.append(("h1", "7 Afspraken"))
    for el, head in [("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Uw rechten")]:
        t = v.t(el)
        if t is not None:
            b += [("h2", head), ("p", t)]
    b.append(("pb",))
    r = v.vast_rows()
    b.append(("h1", "8 Ondertekening"))
    if r is not None:
        b.append(("kv", r))
    b += v.consent_blocks("Instemming handelingsdeel")
    b.append(("h1", "Bijlage: rooster en betrokken disciplines"))
    b.append(("table", ["Dag", "Ochtend", "Middag"],
              [["Maandag", "Praktijk werkplaats", "Nederlands/rekenen"], ["Dinsdag", "Stage", "Stage"],
               ["Woensdag", "Burgerschap, gym", "-"], ["Donderdag", "Praktijk keuken", "Sociale vaardigheden"],
               ["Vrijdag", "Leren leren, ICT", "Sport"]]))
    return b, f"{p['school']} | OPP {p['name']} | vertrouwelijk", None


# ======================================================================= C: groeidocument (vo/po/sbo)
def lay_groeidocument(p, v):
    b = [("title", "Groeidocument"), ("small", f"{p['swv']} - digitaal groeidocument, uitdraai"),
         ("h1", "1 Gegevens"), ("kv", header_kv(p, v, [("Leerjaar", "3"), ("Mentor", p["mentor"]), ("Zorgcoördinator", p["ib"])])),
         ("h1", "2 Schoolloopbaan"),
         ("p", v.f("{first} stroomde in met een basisschooladvies vmbo-tl/havo. In leerjaar 2 liep het verzuim op en is het "
                   "ondersteuningsteam ingeschakeld. Eerdere interventies: mentorcoaching, overleg met de jeugdarts, "
                   "inzet schoolmaatschappelijk werk (gestopt in juni)."))]
    b.append(("h1", "3 Hulpvraag en beeld van de leerling"))
    b.append(("p", "Hulpvraag school: hoe kunnen we het verzuim terugdringen en de leerling binnen het reguliere rooster houden?"))
    be, bv = v.t("belemmerende_factoren"), v.t("bevorderende_factoren")
    rows = []
    if bv is not None: rows.append(("Bevorderende factoren (wat gaat goed)", bv))
    if be is not None: rows.append(("Belemmerende factoren (wat is moeilijk)", be))
    if rows: b.append(("kv", rows))
    b.append(("h1", "4 Ouders aan het woord"))
    b.append(("p", "Ouders zien thuis veel spanning op zondagavond. Zij vinden het belangrijk dat er één vast aanspreekpunt is."))
    t = v.t("inbreng_leerling")
    b.append(("h1", "5 Leerling aan het woord"))
    if t is not None:
        b.append(("p", t))
    else:
        b.append(("p", "Dit hoofdstuk is bedoeld voor het formulier 'Hoe denk jij erover?'."))
    t = v.t("adviezen_professionals")
    if t is not None:
        b += [("h2", "Adviezen deskundigen"), ("p", t)]
    b.append(("pb",))
    b.append(("h1", "6 Ontwikkelingsperspectief"))
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    rows = []
    if u is not None: rows.append(("Uitstroombestemming", u))
    if o is not None: rows.append(("Onderbouwing", o))
    t = v.t("ondersteuningsbehoefte")
    if t is not None: rows.append(("Onderwijsbehoeften", t))
    if rows: b.append(("kv", rows))
    t = v.t("doelen")
    if t is not None: b += [("h2", "Doelen"), ("p", t)]
    b.append(("h1", "7 Handelingsdeel"))
    t = v.t("ondersteuning")
    if t is not None:
        if v.code("ondersteuning") == "P":
            b.append(("table", ["Interventie", "Uitvoering", "Frequentie", "Periode"], [list(x) for x in SUPPORT[v.st]]))
        else:
            b.append(("p", t))
    t = v.t("afwijkingen_onderwijsprogramma")
    if t is not None: b += [("h2", "Afwijkingen van het onderwijsprogramma"), ("p", t)]
    t = v.t("evaluatie")
    if t is not None: b += [("h2", "Evaluatie"), ("p", t)]
    b.append(("h1", "8 Verslag gesprekken"))
    t = v.t("oogo")
    if t is not None: b.append(("p", t))
    b.append(("p", f"Overleg ondersteuningsteam {nl_date(add_days(v.date, -30))}: casus besproken, besloten tot opstellen OPP."))
    t = v.t("informatie_rechten")
    if t is not None: b += [("h1", "9 Rechten van ouders"), ("p", t)]
    r = v.vast_rows()
    if r is not None: b += [("h1", "10 Vaststelling OPP"), ("kv", r)]
    b += v.consent_blocks("11 Ondertekening")
    return b, f"Groeidocument {p['name']} - uitdraai {num_date(add_days(v.date, 2))}", None


# ======================================================================= D: praktijkonderwijs IOP/OPP
def lay_pro(p, v):
    b = [("title", "Ontwikkelingsperspectief en Individueel Ontwikkelingsplan"),
         ("small", f"{p['school']} - leerroute {'Arbeid' if p['profile']=='arbeid' else 'Entree' if p['profile']=='entree' else 'Dagbesteding'}"),
         ("kv", header_kv(p, v, [("Leerjaar", "4 (stagejaar)"), ("Mentor", p["mentor"]), ("Stagecoördinator", p["ib"]),
                                  ("Stageplek", v.rng.choice(["Supermarkt De Buurtkar, " + p["place"], "Hoveniersbedrijf Groenrijk", "Kringloop De Tweede Ronde", "Bouwbedrijf Van Aalst"]))])),
         ("h1", "Wie ben ik?"),
         ("p", v.f("Ik ben {first}, ik ben {age} jaar. Ik woon in {place}. Ik hou van voetbal en gamen.")),
         ]
    bv = v.t("bevorderende_factoren")
    if bv is not None: b += [("h1", "Wat kan ik goed? (bevorderende factoren)"), ("p", bv)]
    be = v.t("belemmerende_factoren")
    if be is not None: b += [("h1", "Wat vind ik moeilijk? (belemmerende factoren)"), ("p", be)]
    t = v.t("inbreng_leerling")
    if t is not None: b += [("h1", "Wat wil ik? (inbreng leerling)"), ("p", t)]
    b.append(("h1", "Leerroute en uitstroom"))
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    if u is not None:
        if v.code("uitstroombestemming") == "I:unticked":
            b.append(("checks", [(False, "Arbeid (regulier, eventueel met loonkostensubsidie)"), (False, "Leren en werken (Entree / mbo 2)"),
                                 (False, "Beschut werk / arbeidsmatige dagbesteding")]))
        else:
            b.append(("kv", [("Uitstroombestemming", u)]))
    if o is not None: b.append(("kv", [("Onderbouwing", o)]))
    t = v.t("ondersteuningsbehoefte")
    if t is not None: b += [("h1", "Wat heb ik nodig?"), ("p", t)]
    t = v.t("adviezen_professionals")
    if t is not None: b += [("h1", "Adviezen"), ("p", t)]
    b.append(("pb",))
    b.append(("h1", "Stageplan en handelingsdeel"))
    t = v.t("doelen")
    if t is not None: b += [("h2", "Mijn doelen dit jaar"), ("p", t)]
    t = v.t("ondersteuning")
    if t is not None:
        b.append(("h2", "Begeleiding door school"))
        if v.code("ondersteuning") == "P":
            b.append(("table", ["Wat", "Wie", "Hoe vaak", "Wanneer"], [list(x) for x in SUPPORT["pro"]]))
        else:
            b.append(("p", t))
    t = v.t("afwijkingen_onderwijsprogramma")
    if t is not None: b += [("h2", "Afwijkingen van het programma"), ("p", t)]
    b.append(("h2", "Certificaten en diploma's"))
    b.append(("table", ["Certificaat", "Status"], [["VCA-basis", "behaald"], ["Branchecertificaat (onderdeel 1)", "in voorbereiding"], ["Heftruckcertificaat", "gepland"]]))
    for el, head in [("oogo", "Gesprek met ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Informatie voor ouders")]:
        t = v.t(el)
        if t is not None: b += [("h1", head), ("p", t)]
    r = v.vast_rows()
    if r is not None: b += [("h1", "Vaststelling"), ("kv", r)]
    b += v.consent_blocks("Handtekeningen")
    return b, f"{p['school']} - IOP/OPP - {p['llnr']}", None


# ======================================================================= E: vso yearly update / transitieplan
def lay_vso_update(p, v):
    y0 = v.date[0] if v.date[1] >= 8 else v.date[0] - 1
    b = [("title", f"Evaluatie en bijstelling OPP {y0}-{y0+1}"),
         ("kv", header_kv(p, v, [("Leeftijd", f"{p['age']} jaar"), ("Mentor", p["mentor"]), ("Lid CvB", p["ib"]),
                                  ("Vorig OPP vastgesteld", f"oktober {y0-1}")])),
         ("h1", "Deel A - Evaluatie van het afgelopen schooljaar"),
         ("table", ["Doel vorig jaar", "Behaald?", "Toelichting"],
          [[v.f("{first} werkt 1 uur zelfstandig op de interne stage"), "ja", "Werkt nu 1,5 uur achter elkaar."],
           [v.f("{first} plant de eigen week met de app"), "deels", "Lukt met herinnering van de mentor."],
           [v.f("{first} haalt het certificaat hygiëne"), "nee", "Examen verzet naar februari."]]),
         ("p", v.f("Conclusie: {first} heeft zich vooral op werkhouding ontwikkeld. Het perspectief blijft gelijk; de stage wordt uitgebreid.")),
         ("h1", "Deel B - Bijgesteld ontwikkelingsperspectief")]
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    if u is not None:
        if v.code("uitstroombestemming") == "I:unticked":
            b.append(("checks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding")]))
        else:
            b.append(("kv", [("Uitstroomprofiel en bestemming", u)]))
    if o is not None: b.append(("kv", [("Onderbouwing", o)]))
    rows = []
    for el, lab in [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                    ("ondersteuningsbehoefte", "Ondersteuningsbehoefte")]:
        t = v.t(el)
        if t is not None: rows.append((lab, t))
    if rows: b.append(("kv", rows))
    b.append(("h2", "Transitie: na school"))
    b.append(("table", ["Levensgebied", "Situatie nu", "Wens na school"],
              [["Werk / dagbesteding", "stage 2 dagen", "werk met begeleiding"], ["Wonen", "thuis", "begeleid wonen (16-24 mnd)"],
               ["Inkomen", "zakgeld", "Wajong-beoordeling / loonkostensubsidie; aanvraag gemeente"], ["Vrije tijd", "voetbal", "blijven sporten"]]))
    t = v.t("adviezen_professionals")
    if t is not None: b += [("h2", "Advies commissie voor de begeleiding"), ("p", t)]
    t = v.t("inbreng_leerling")
    if t is not None: b += [("h2", v.f("Inbreng van {first}")), ("p", t)]
    b.append(("h1", "Deel C - Handelingsdeel"))
    t = v.t("doelen")
    if t is not None: b += [("h2", "Doelen"), ("p", t)]
    t = v.t("ondersteuning")
    if t is not None: b += [("h2", "Ondersteuning en begeleiding"), ("p", t)]
    t = v.t("afwijkingen_onderwijsprogramma")
    if t is not None: b += [("h2", "Afwijkingen van het onderwijsprogramma"), ("p", t)]
    b.append(("h1", "Deel D - Afspraken"))
    for el, head in [("oogo", "Bespreking"), ("evaluatie", "Volgende evaluatie"), ("informatie_rechten", "Rechten")]:
        t = v.t(el)
        if t is not None: b += [("h2", head), ("p", t)]
    r = v.vast_rows()
    if r is not None: b += [("h2", "Vaststelling"), ("kv", r)]
    b += v.consent_blocks("Ondertekening")
    return b, None, f"{p['school']} - OPP jaarbijstelling"


# ======================================================================= F: so jonge kind met zorg (question headings)
def lay_so_vragen(p, v):
    b = [("title", v.f("Ontwikkelingsperspectief van {first}")),
         ("kv", header_kv(p, v, [("Groep", "Zonnebloem (4-7 jaar)"), ("Leerkracht", p["mentor"]), ("Orthopedagoog", p["ib"]),
                                  ("Zorgaanbieder in de klas", "Zorggroep De Linde (verpleegkundige zorg)")])),
         ("h1", v.f("Wie is {first}?")),
         ("p", v.f("{first} is een vrolijk kind van {age} jaar met een ernstige meervoudige beperking. {Hij} woont met {zijn} ouders en een broertje in {place}. "
                   "Sinds vorig jaar is er een onderwijszorgarrangement: onderwijs en zorg worden samen in de klas geboden."))]
    for el, q in [("bevorderende_factoren", "Wat gaat goed en wat helpt {first}?"), ("belemmerende_factoren", "Wat maakt leren moeilijk?"),
                  ("ondersteuningsbehoefte", "Wat heeft {first} nodig?")]:
        t = v.t(el)
        if t is not None: b += [("h1", v.f(q)), ("p", t)]
    t = v.t("ondersteuning")
    if t is not None:
        b.append(("h1", v.f("Welke ondersteuning en zorg krijgt {first} op school?")))
        if v.code("ondersteuning") == "P":
            b.append(("table", ["Wat", "Wie", "Hoe vaak", "Sinds"], [list(x) for x in SUPPORT["so"]]))
        else:
            b.append(("p", t))
    t = v.t("doelen")
    if t is not None: b += [("h1", "Waar werken we de komende periode aan?"), ("p", t)]
    u, o = v.t("uitstroombestemming"), v.t("onderbouwing")
    if u is not None or o is not None:
        b.append(("h1", "Waar gaat het naartoe? (uitstroom)"))
        if u is not None: b.append(("p", u))
        if o is not None: b += [("h2", "Waarom verwachten we dit?"), ("p", o)]
    t = v.t("afwijkingen_onderwijsprogramma")
    if t is not None: b += [("h1", "Volgt het kind een aangepast programma?"), ("p", t)]
    t = v.t("adviezen_professionals")
    if t is not None: b += [("h1", "Wat adviseren de deskundigen?"), ("p", t)]
    t = v.t("inbreng_leerling")
    if t is not None: b += [("h1", v.f("Wat vindt {first} zelf?")), ("p", t)]
    t = v.t("oogo")
    if t is not None: b += [("h1", "Hoe hebben we dit met u besproken?"), ("p", t)]
    t = v.t("evaluatie")
    if t is not None: b += [("h1", "Wanneer kijken we samen terug?"), ("p", t)]
    t = v.t("informatie_rechten")
    if t is not None: b += [("h1", "Wat als u het er niet mee eens bent?"), ("p", t)]
    r = v.vast_rows()
    if r is not None: b += [("h1", "Vastgesteld"), ("kv", r)]
    b += v.consent_blocks("Instemming ouders")
    return b, f"{p['school']} - OPP {p['first']}", None


# ======================================================================= G: beknopt OPP (one two-column table)
def lay_beknopt(p, v):
    b = [("title", "Beknopt OPP"), ("small", "Te gebruiken bij een lichte ondersteuningsvraag of een tussentijdse bijstelling."),
         ("kv", header_kv(p, v, [("Groep/klas", "groep 8" if v.st in ("po", "sbo") else "klas 2")]))]
    rows = []
    labels = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
              ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"),
              ("ondersteuning", "Aanpak (wat/wie/wanneer)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
              ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
              ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie")]
    for el, lab in labels:
        t = v.t(el)
        if t is not None: rows.append((lab, t))
    r = v.vast_rows()
    if r is not None: rows += r
    b.append(("kv", rows))
    t = v.t("informatie_rechten")
    if t is not None: b += [("small", t)]
    b += v.consent_blocks("Akkoord handelingsdeel")
    return b, None, None


# ======================================================================= H: letter style
def lay_letter(p, v):
    adult = p.get("adult") == "bekwaam"
    aanhef = f"Beste {p['first']}," if adult else f"Beste ouders/verzorgers van {p['first']},"
    b = [("p", f"{p['school']}\n{p['place']}"), ("p", f"{p['place']}, {nl_date(add_days(v.date, 1))}"),
         ("p", f"Betreft: ontwikkelingsperspectief {p['name']}, geboren {num_date(p['dob'])}"),
         ("p", aanhef),
         ("p", f"Hierbij ontvangt u het ontwikkelingsperspectiefplan van {p['first']}." if not adult else
               "Hierbij ontvang je je ontwikkelingsperspectiefplan.")]
    order = [("oogo", None), ("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Waarom wij dit verwachten"),
             ("bevorderende_factoren", "Wat goed gaat"), ("belemmerende_factoren", "Wat moeilijk is"),
             ("ondersteuningsbehoefte", "Wat nodig is"), ("doelen", "De doelen"), ("ondersteuning", "Wat de school doet"),
             ("afwijkingen_onderwijsprogramma", "Aangepast programma"), ("adviezen_professionals", "Adviezen"),
             ("inbreng_leerling", "Wat de leerling zelf inbracht"), ("evaluatie", "Evaluatie"),
             ("informatie_rechten", "Uw rechten")]
    for el, head in order:
        t = v.t(el)
        if t is None: continue
        if head: b.append(("h2", head))
        b.append(("p", t))
    r = v.vast_rows()
    if r is not None:
        d = r[1][1]; who = r[0][1]
        b.append(("p", f"Dit plan is vastgesteld op {d if d else '__________'} door {who if who else '__________'}."))
    b.append(("p", "Met vriendelijke groet,\n" + p["mentor"] + ", mentor\n" + p["ib"]))
    b += v.consent_blocks("Strook retour aan school")
    return b, None, None


# ======================================================================= I: LVS system export
def lay_export(p, v):
    b = [("small", f"Leerlingdossier > Ondersteuning > OPP   |   Export {num_date(add_days(v.date, 3))} 14:{int(p['llnr'])%60:02d}"),
         ("title", "OPP - ontwikkelingsperspectief"),
         ("kv", [("Leerling", f"{p['name']} ({p['llnr']})"), ("Geboortedatum", num_date(p["dob"])), ("Vestiging", p["school"]),
                 ("Status plan", "Vastgesteld" if v.code("vaststelling") == "P" else "Concept"), ("Auteur", p["ib"])])]
    fields = [("uitstroombestemming", "Uitstroom - verwacht"), ("onderbouwing", "Uitstroom - onderbouwing"),
              ("belemmerende_factoren", "Factoren - belemmerend"), ("bevorderende_factoren", "Factoren - bevorderend"),
              ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Externe adviezen"),
              ("doelen", "Doelen"), ("ondersteuning", "Handelingsdeel - acties"),
              ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("inbreng_leerling", "Hoorrecht leerling"),
              ("oogo", "OOGO"), ("evaluatie", "Evaluatiemomenten"), ("informatie_rechten", "Informatie rechten")]
    for el, lab in fields:
        t = v.t(el)
        if t is None: continue
        b.append(("h2", lab))
        b.append(("p", t if t != "" else ""))
    r = v.vast_rows()
    if r is not None:
        b.append(("h2", "Vaststelling"))
        b.append(("kv", r))
    c = v.code("instemming_ouders")
    # export: consent as field lines
    if c != "M":
        lab, name = v.signer()
        m = {"P": ("Akkoord", f"digitaal ondertekend door {name} op {num_date(v.sign_date)}"),
             "I:voorgezien": ("Voor gezien", f"digitaal ondertekend door {name} op {num_date(v.sign_date)}"),
             "I:protest": ("Akkoord onder protest", f"digitaal ondertekend door {name} op {num_date(v.sign_date)}"),
             "I:refused": ("Niet akkoord", f"digitaal ondertekend door {name} op {num_date(v.sign_date)}"),
             "I:partial": ("Gedeeltelijk akkoord (niet met doelen gedrag)", f"digitaal ondertekend door {name} op {num_date(v.sign_date)}"),
             "I:schoolonly": ("-", f"ondertekend door school ({p['dir']}); wacht op ouder"),
             "I:blank": ("-", "-"),
             "I:unticked": ("(geen keuze)", f"geopend door {name}"),
             "I:nodate": ("Akkoord", f"ondertekend door {name}"),
             "I:wrongparty": ("Akkoord", f"digitaal ondertekend door {p['parent1'] if p.get('adult')=='bekwaam' else p['name']} op {num_date(v.sign_date)}")}[c]
        b.append(("h2", "Instemming handelingsdeel"))
        b.append(("kv", [("Keuze", m[0]), ("Ondertekening", m[1])]))
    elif v.s.get("decoy"):
        b.append(("h2", "Toestemmingen AVG"))
        b.append(("kv", [("Foto/video", f"Ja - digitaal ondertekend door {p['parent1']} op {num_date(v.sign_date)}"),
                         ("Gegevensuitwisseling jeugdarts", "Ja")]))
    return b, f"Afgedrukt uit het leerlingvolgsysteem - {p['school']} - vertrouwelijk", None


# ======================================================================= J: fillable form
def lay_form(p, v, blank=False):
    def fv(el):
        t = v.t(el)
        return t
    b = [("title", "Invulformulier Ontwikkelingsperspectief"),
         ("p", f"{p['swv'] if not blank else 'Samenwerkingsverband Passend Onderwijs Rivierenzoom'} - invulbaar PDF-formulier. Velden vergroten automatisch."),
         ("h1", "Leerling")]
    for lab, val in [("Naam", "" if blank else p["name"]), ("Geboortedatum", "" if blank else num_date(p["dob"])),
                     ("School", "" if blank else p["school"])]:
        b.append(("field", lab, val, 1))
    plan = [("uitstroombestemming", "Uitstroombestemming", 2), ("onderbouwing", "Onderbouwing uitstroombestemming", 3),
            ("belemmerende_factoren", "Belemmerende factoren", 3), ("bevorderende_factoren", "Bevorderende factoren", 3),
            ("ondersteuningsbehoefte", "Ondersteuningsbehoefte", 3), ("doelen", "Doelen", 4),
            ("ondersteuning", "Te bieden ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf wanneer)", 4),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", 2),
            ("adviezen_professionals", "Adviezen van deskundigen", 3), ("inbreng_leerling", "Inbreng van de leerling", 3),
            ("oogo", "Op overeenstemming gericht overleg (datum, aanwezigen)", 2), ("evaluatie", "Evaluatie (wanneer, met wie)", 2)]
    b.append(("h1", "Ontwikkelingsperspectief"))
    for el, lab, n in plan:
        if blank:
            if el in v.s.get("blank_absent", ()): continue
            b.append(("field", lab, "", n)); continue
        t = fv(el)
        if t is None: continue
        b.append(("field", lab, t, n))
    if (blank and "informatie_rechten" not in v.s.get("blank_absent", ())) or (not blank and v.t("informatie_rechten") is not None):
        b.append(("h1", "Rechten"))
        if blank:
            if "informatie_rechten" not in v.s.get("blank_absent", ()):
                b.append(("field", "Informatie aan ouders over instemmingsrecht en geschillen", "", 2))
        else:
            b.append(("p", v.t("informatie_rechten") or ""))
    b.append(("h1", "Vaststelling en instemming"))
    r = v.vast_rows() if not blank else [("Vastgesteld door", ""), ("Datum vaststelling", "")]
    if r:
        for lab, val in r: b.append(("field", lab, val, 1))
    c = v.code("instemming_ouders") if not blank else "I:blank"
    if c != "M":
        lab, name = v.signer()
        ok = {"P": [True, False], "I:refused": [False, True]}.get(c, [False, False])
        if c in ("I:protest", "I:nodate", "I:wrongparty"): ok = [True, False]
        b.append(("check", [(ok[0], "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel"), (ok[1], "Ouder(s)/verzorger(s) stemmen niet in")]))
        nm = {"I:blank": "", "I:schoolonly": ""}.get(c, name)
        if c == "I:wrongparty":
            nm = p["parent1"] if p.get("adult") == "bekwaam" else p["name"]
        dt = "" if c in ("I:blank", "I:schoolonly", "I:nodate") else num_date(v.sign_date)
        note = {"I:voorgezien": "voor gezien", "I:protest": "onder protest getekend", "I:partial": "alleen akkoord met doelen, niet met aanpak"}.get(c, "")
        b.append(("field", "Naam ondertekenaar (digitale handtekening)", nm, 1))
        b.append(("field", "Datum ondertekening", dt, 1))
        b.append(("field", "Opmerking ouders", note, 2))
        b.append(("field", "Namens school", "" if c == "I:blank" else p["dir"], 1))
    return b, "Format OPP invulbaar", None


LAYOUTS = {"swv-genummerd": lay_swv_numbered, "domeintabel-lang": lay_domain_long, "groeidocument": lay_groeidocument,
           "pro-iop": lay_pro, "vso-jaarbijstelling": lay_vso_update, "so-vragen-zorg": lay_so_vragen,
           "beknopt-opp": lay_beknopt, "briefvorm": lay_letter, "lvs-export": lay_export, "invulformulier": lay_form}
