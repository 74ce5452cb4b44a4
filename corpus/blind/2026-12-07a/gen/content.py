# -*- coding: utf-8 -*-
"""Element texts and gap variants. Pure functions of the document spec (no clock, no randomness
except the per-document seeded Random passed in d.rng)."""
import datetime as dt
from cases import CASES

EL = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
      "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
      "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
      "informatie_rechten", "vaststelling"]

PRESENT_CONSENT = {"sig_wg", "sig_drawn", "sig_digital", "sig_email", "sig_tick", "sig_both_sep", "sig_sole",
                   "sig_voogd", "sig_ots_parents", "sig_adult", "sig_curator", "sig_stated"}

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

def D(s):
    return dt.date.fromisoformat(s)

def nl(d, style="long"):
    if style == "long":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    return d.strftime("%d-%m-%Y")

def fmt(s, d):
    c = d.case
    m = c["g"] == "m"
    return s.format(vn=d.vn, hij="hij" if m else "zij", Hij="Hij" if m else "Zij",
                    zijn="zijn" if m else "haar", Zijn="Zijn" if m else "Haar", hem="hem" if m else "haar")

def status_of(d, el):
    v = d.var(el)
    if el == "inbreng_leerling" and d.inbreng_na:
        return "not_applicable"
    if v == "omit" or v == "avg_only":
        return "missing"
    if v == "na":
        return "not_applicable"
    if el == "instemming_ouders":
        return "present" if v in PRESENT_CONSENT else "incomplete"
    return "present" if v == "ok" else "incomplete"

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "NOG INVULLEN", "nvt", "---"]

INSTR = {
 "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in, bijv. vmbo-bb, vmbo-kb, praktijkonderwijs.]",
 "onderbouwing": "Onderbouw de uitstroombestemming met gegevens uit het LVS, onderzoeksgegevens en de schoolloopbaan. Gebruik max. 10 regels.",
 "belemmerende_factoren": "Beschrijf hier de belemmerende factoren (denk aan leren, werkhouding, gedrag, thuissituatie). Verwijder deze tekst na het invullen.",
 "bevorderende_factoren": "Beschrijf hier de bevorderende/beschermende factoren van de leerling. Verwijder deze tekst na het invullen.",
 "ondersteuningsbehoefte": "<Wat heeft deze leerling nodig? Formuleer als: '... heeft nodig: ...'>",
 "ondersteuning": "Geef per onderdeel aan: wat, door wie, hoe vaak en vanaf wanneer.",
 "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (aangepast rooster, vrijstelling, eigen leerlijn). Zo ja: beschrijf.",
 "doelen": "Formuleer hier SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
 "adviezen_professionals": "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo": "Noteer datum en aanwezigen van het op overeenstemming gericht overleg.",
 "inbreng_leerling": "Beschrijf hier hoe de leerling is gehoord en wat zijn/haar inbreng heeft veranderd aan het plan.",
 "evaluatie": "Vul de evaluatiemomenten in (minimaal 1x per schooljaar).",
 "informatie_rechten": "[Standaardtekst rechten ouders invoegen]",
 "vaststelling": "Datum vaststelling en naam/functie van degene die vaststelt invullen.",
}
REF = {
 "uitstroombestemming": "Zie het schooladvies in het dossier.",
 "onderbouwing": "Zie LVS-overzicht (bijlage 1) en het onderzoeksverslag.",
 "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 2.",
 "bevorderende_factoren": "Zie het groeidocument, hoofdstuk 2.",
 "ondersteuningsbehoefte": "Zie het groepsplan van de groep.",
 "ondersteuning": "Zie het handelingsplan in Bijlage 2.",
 "afwijkingen_onderwijsprogramma": "Zie bijlage 3: roosterafspraken.",
 "doelen": "De doelen staan in het groepsplan / handelingsplan van de Trajectvoorziening.",
 "adviezen_professionals": "Zie het verslag van de orthopedagoog in het leerlingdossier.",
 "oogo": "Zie gespreksverslag in het dossier.",
 "inbreng_leerling": "Zie leerlingformulier (bijlage).",
 "evaluatie": "Volgens de zorgkalender van de school.",
 "informatie_rechten": "Voor klachten en bezwaar verwijzen wij naar de klachtenregeling in de schoolgids.",
 "vaststelling": "Zie handtekeningenblad.",
}
GEN = {
 "uitstroombestemming": "Iedere leerling krijgt in groep 8 een passend schooladvies.",
 "onderbouwing": "De uitstroombestemming wordt onderbouwd met de gegevens uit het leerlingvolgsysteem.",
 "belemmerende_factoren": "Leerlingen met een OPP ervaren belemmeringen in hun ontwikkeling die om extra ondersteuning vragen.",
 "bevorderende_factoren": "Ieder kind heeft sterke kanten; daar sluiten wij bij aan.",
 "ondersteuningsbehoefte": "Alle leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke regels en een leerkracht die hen ziet. "
     "Leerlingen met een extra ondersteuningsbehoefte krijgen daarnaast maatwerk.",
 "ondersteuning": "De leerling krijgt de ondersteuning die past bij het ondersteuningsprofiel van de school. Waar nodig wordt externe hulp ingeschakeld.",
 "afwijkingen_onderwijsprogramma": "Waar nodig kan het programma worden aangepast.",
 "doelen": "Wij werken met alle leerlingen aan de kerndoelen en streven ernaar dat iedere leerling zich optimaal ontwikkelt.",
 "adviezen_professionals": "School werkt samen met externe deskundigen en neemt hun adviezen mee.",
 "oogo": "Ouders worden bij het opstellen van het OPP altijd uitgenodigd voor een gesprek.",
 "inbreng_leerling": "Leerlingen worden op onze school altijd gehoord over hun plan.",
 "evaluatie": "Alle OPP's worden jaarlijks geëvalueerd volgens de zorgcyclus van de school.",
 "informatie_rechten": "Ouders worden geïnformeerd over hun rechten.",
 "vaststelling": "Het OPP wordt vastgesteld door de school.",
}

def gap_blocks(d, el, v):
    if v == "empty":
        return []
    if v == "ph":
        return [("p", d.ph)]
    if v == "instr":
        return [("i", INSTR[el])]
    if v == "ref":
        return [("p", REF[el])]
    if v == "generic":
        return [("p", GEN[el])]
    if v == "cc":
        return [("cc", "Klik of tik om tekst in te voeren.")]
    return None

def sup_rows(d, partial=False):
    rows = [["Wat", "Wie", "Hoe vaak", "Vanaf"]]
    for w, who, hv, vanaf in d.case["ondersteuning"]:
        rows.append([fmt(w, d), "" if partial else who, "" if partial else hv, vanaf])
    return rows

def rights_text(d):
    if d.adult:
        return ("Jij hebt als meerderjarige leerling zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens met (een deel van) dit plan, "
                "bespreek dat dan eerst met je mentor of de directie. Je kunt gratis advies vragen bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband "
                "of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kun je het geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    return ("U heeft instemmingsrecht op het handelingsdeel van dit OPP. Zonder uw instemming voert de school het handelingsdeel niet uit. "
            "Bent u het niet eens met het plan, bespreek dit dan eerst met de intern begeleider of de directeur. U kunt gratis advies vragen bij het "
            f"Ouder- en Jeugdsteunpunt van {d.swv} of bij een onderwijsconsulent (www.onderwijsconsulenten.nl). "
            "Komt u er samen niet uit, dan kunt u binnen zes weken na de vaststelling van het OPP een geschil voorleggen aan de "
            "Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")

def body(d, el):
    """Blocks for one element, or None when the element is left out of the document."""
    v = d.var(el)
    c = d.case
    if v == "omit":
        return None
    g = gap_blocks(d, el, v)
    if g is not None:
        return g
    if el == "uitstroombestemming":
        if v == "untick":
            opts = ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"] if d.st in ("po", "sbo", "vo") else \
                   ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
            return [("check", [(False, o) for o in opts])]
        return [("p", fmt(c["uitstroom"], d)[0].upper() + fmt(c["uitstroom"], d)[1:] + ".")]
    if el == "onderbouwing":
        return [("p", fmt(c["onderbouwing"], d))]
    if el == "belemmerende_factoren":
        return [("ul", [f"{a}: {fmt(b, d)}" for a, b in c["belem"]])]
    if el == "bevorderende_factoren":
        return [("ul", [f"{a}: {fmt(b, d)}" for a, b in c["bevord"]])]
    if el == "ondersteuningsbehoefte":
        return [("p", f"{d.vn} heeft nodig:"), ("ul", [fmt(x, d) for x in c["behoefte"]])]
    if el == "ondersteuning":
        return [("table", sup_rows(d, partial=(v == "partial")))]
    if el == "afwijkingen_onderwijsprogramma":
        if v == "na":
            return [("p", f"Er zijn geen afwijkingen van het onderwijsprogramma; {d.vn} volgt het volledige rooster en het reguliere programma van de groep.")]
        if v == "untick":
            return [("check", [(False, "Geen afwijkingen van het onderwijsprogramma"), (False, "Wel afwijkingen, namelijk: ____________________")])]
        return [("p", fmt(c["afwijking"], d))]
    if el == "doelen":
        return [("ol", [fmt(x, d) for x in c["doelen"]])]
    if el == "adviezen_professionals":
        adv = c["advies"]
        if v == "cvb_pending":
            adv = [a for a in adv if "commissie" not in a[0]]
            out = [("ul", [f"{w[0].upper()+w[1:]}: {fmt(a, d)}. Wat de school ermee doet: {fmt(s, d)}." for w, a, s in adv])]
            return out + [("p", "Advies commissie voor de begeleiding: volgt na de vergadering van de CvB.")]
        return [("ul", [f"{w[0].upper()+w[1:]}: {fmt(a, d)}. Wat de school ermee doet: {fmt(s, d)}." for w, a, s in adv])]
    if el == "oogo":
        if v == "planned":
            return [("p", f"Het concept wordt besproken met {d.ouders_kort} op {nl(d.vast + dt.timedelta(days=12))}.")]
        who = d.oogo_who
        return [("p", f"Het ontwikkelingsperspectief is op {nl(d.oogo)} besproken in een op overeenstemming gericht overleg. "
                      f"Aanwezig: {who}. {d.oogo_reactie}")]
    if el == "inbreng_leerling":
        view, changed = c["view"]
        out = [("p", f"Gesprek met {d.vn} op {nl(d.oogo - dt.timedelta(days=3))} (mentor/leerkracht): " + fmt(view, d))]
        if v != "view_only":
            out.append(("p", "Wat hebben we met de inbreng gedaan: " + fmt(changed, d)))
        return out
    if el == "evaluatie":
        e1 = d.vast + dt.timedelta(days=d.eval_days)
        e2 = e1 + dt.timedelta(days=140)
        met = f"ouders en {d.vn}" if not d.pre else "ouders"
        if d.adult:
            met = f"{d.vn} (en op zijn/haar verzoek de ouders)"
        extra = " Het aangepaste rooster wordt daarnaast elke zes weken geëvalueerd met ouders, zorgpartner en leerplicht." if (c["afwijking"] and d.var("afwijkingen_onderwijsprogramma") == "ok") else ""
        return [("p", f"Het OPP wordt tweemaal per schooljaar geëvalueerd met {met}: tussenevaluatie in de week van {nl(e1)}, "
                      f"eindevaluatie in de week van {nl(e2)}. Bij de evaluatie worden de doelen besproken en wordt het plan zo nodig bijgesteld.{extra}")]
    if el == "informatie_rechten":
        return [("p", rights_text(d))]
    if el == "vaststelling":
        if v == "concept":
            return [("p", f"Status: CONCEPT (versie 0.{d.seed % 7 + 2}) – nog niet vastgesteld.")]
        if v == "nodate":
            return [("kv", [("Vastgesteld door", f"{d.dir}, {d.dir_rol}" if d.dir else ""), ("Datum vaststelling", "")])]
        return [("p", f"Dit OPP is vastgesteld op {nl(d.vast)} door {d.dir}, {d.dir_rol} van {d.school}.")]
    raise ValueError((el, v))

def flat(blocks):
    """Flatten blocks to text for a table cell."""
    if blocks is None:
        return None
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "i", "cc"):
            out.append(b[1])
        elif k == "ul":
            out.append("\n".join("- " + x for x in b[1]))
        elif k == "ol":
            out.append("\n".join(f"{i+1}. {x}" for i, x in enumerate(b[1])))
        elif k == "check":
            out.append("   ".join(("☒ " if t else "☐ ") + s for t, s in b[1]))
        elif k == "table":
            rows = b[1]
            out.append("\n".join(f"- {r[0]} ({r[1]}; {r[2]}; {r[3]})".replace(" (; ; ", " (").replace("(; ", "(") for r in rows[1:]))
        elif k == "kv":
            out.append("\n".join(f"{a}: {b2}" for a, b2 in b[1]))
    return "\n".join(out)

# ------------------------------------------------------------------ consent
def consent_blocks(d):
    """Consent section: statement, options and signature rows. Returns blocks (or None if left out)."""
    v = d.var("instemming_ouders")
    if v == "omit":
        return None
    sd = nl(d.sign, "short")
    g = d.gezag  # list of (role, name)
    stm = ("Ik ga als meerderjarige leerling akkoord met het handelingsdeel van dit OPP." if d.adult and v != "parents_for_adult" else
           "Ondergetekende(n) verklaart/verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan.")
    out = []
    rows = []   # (rol, naam, datum, mark) ; mark: text or 'DRAWN' or ''
    def school_row():
        if d.var("vaststelling") == "ok":
            return (f"namens de school ({d.dir_rol})", d.dir, nl(d.vast, "short"), f"w.g. {d.dir}")
        if d.var("vaststelling") in ("nodate", "concept"):
            return (f"namens de school ({d.dir_rol})", d.dir, "", "")
        return None
    if v == "avg_only":
        out.append(("h3", "Toestemming gebruik beeldmateriaal en gegevensdeling (AVG)"))
        out.append(("check", [(True, "Ik geef toestemming voor het delen van gegevens met de zorgpartner"), (True, "Ik geef toestemming voor foto's op de website")]))
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]}")]
        out.append(("sig", rows))
        return out
    tick = None
    if v in ("sig_wg", "sig_voogd", "sig_sole", "sig_adult", "sig_curator", "sig_ots_parents", "sig_drawn"):
        mark = (lambda n: "DRAWN") if v == "sig_drawn" else (lambda n: f"w.g. {n}")
        rows = [(r, n, sd, mark(n)) for r, n in g]
        if v == "sig_ots_parents":
            rows.append((f"gezinsvoogd (voor gezien)", d.gv, sd, f"w.g. {d.gv}"))
        tick = True
    elif v == "sig_both_sep":
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]}"),
                (g[1][0], g[1][1], nl(d.sign + dt.timedelta(days=6), "short"), f"w.g. {g[1][1]}")]
        tick = True
    elif v == "sig_tick":
        out.append(("p", stm))
        out.append(("check", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]))
        rows = [(r, n, sd, f"w.g. {n}") for r, n in g]
        out.append(("sig", rows + ([school_row()] if school_row() else [])))
        return out
    elif v == "sig_digital":
        out.append(("p", stm))
        for r, n in g:
            out.append(("p", f"Digitaal ondertekend via het ouderportaal door {n} ({r}) op {sd} om {19 + d.seed % 3}:{(d.seed * 7) % 60:02d} uur "
                             f"– verificatiecode {d.code}."))
        sr = school_row()
        if sr:
            out.append(("p", f"Namens de school ondertekend door {d.dir} op {sr[2]}."))
        return out
    elif v == "sig_email":
        out.append(("p", f"{g[0][1]} ({g[0][0]}) heeft op {nl(d.sign)} per e-mail laten weten in te stemmen met het handelingsdeel van dit OPP. "
                         "De e-mail is opgenomen in het leerlingdossier."))
        out.append(("check", [(True, "Instemming ontvangen"), (False, "Geen instemming")]))
        sr = school_row()
        if sr:
            out.append(("sig", [sr]))
        return out
    elif v == "sig_stated":
        out.append(("p", f"Tijdens het gesprek van {nl(d.sign)} hebben {d.ouders_kort} ingestemd met het handelingsdeel. "
                         f"Vastgelegd in het gespreksverslag, door ouders voor akkoord ondertekend (w.g. {g[0][1]}, {sd})."))
        return out
    # ----- incomplete variants
    elif v == "voor_gezien":
        rows = [(g[0][0], g[0][1], sd, f"voor gezien – w.g. {g[0][1]}")]
    elif v == "onder_protest":
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]} (getekend onder protest)")]
        out.append(("p", f"Opmerking ouders: 'Wij tekenen onder protest; wij zijn het niet eens met het aangepaste rooster en willen dat {d.vn} volledig naar school gaat.'"))
    elif v == "refused":
        out.append(("p", stm))
        out.append(("check", [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord met het handelingsdeel")]))
        rows = [(g[0][0], g[0][1], sd, "DRAWN" if d.scan else f"w.g. {g[0][1]}")]
        out.append(("sig", rows + ([school_row()] if school_row() else [])))
        return out
    elif v == "partial":
        out.append(("p", stm))
        out.append(("p", f"Toelichting ouders: akkoord met de begeleiding en de doelen, NIET akkoord met het opbouwrooster (onderdeel afwijkingen). "
                         "Hierover volgt een nieuw gesprek."))
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]} (gedeeltelijk akkoord)")]
    elif v == "school_only":
        rows = [(r, n, "", "") for r, n in g]
    elif v == "blank_line":
        rows = [("ouder(s)/verzorger(s)", "", "", "")]
    elif v == "unticked":
        out.append(("p", stm))
        out.append(("check", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]))
        rows = [(r, n, "", "") for r, n in g]
        out.append(("sig", rows + ([school_row()] if school_row() else [])))
        return out
    elif v == "nodate":
        rows = [(r, n, "", f"w.g. {n}") for r, n in g]
    elif v == "not_returned":
        out.append(("p", stm))
        out.append(("p", f"Het handtekeningenblad is op {nl(d.sign)} aan ouders meegegeven. Retour ontvangen: nog niet."))
        rows = [(r, n, "", "") for r, n in g]
    elif v == "sent_digital":
        out.append(("p", stm))
        out.append(("p", f"Ter ondertekening verstuurd via het ouderportaal op {sd}. Status ondertekening: openstaand (herinnering verstuurd)."))
        return out
    elif v == "sep_one_refuses":
        out.append(("p", "Beide ouders hebben het gezag en zijn afzonderlijk om instemming gevraagd."))
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]}"),
                (g[1][0], g[1][1], nl(d.sign + dt.timedelta(days=4), "short"), "niet akkoord – tekent niet")]
    elif v == "second_blank":
        out.append(("p", "Beide gezaghebbende ouders ondertekenen dit plan afzonderlijk."))
        rows = [(g[0][0], g[0][1], sd, f"w.g. {g[0][1]}"), (g[1][0], g[1][1], "", "")]
    elif v == "gezinsvoogd_only":
        rows = [("gezinsvoogd Jeugdbescherming Noordermeer", d.gv, sd, f"w.g. {d.gv}")] + [(r, n, "", "") for r, n in g]
    elif v == "groepsleider_only":
        rows = [("groepsleider behandelgroep", d.carer, sd, f"w.g. {d.carer}")] + [(r, n, "", "") for r, n in g]
    elif v == "carer_only":
        rows = [(d.carer_role, d.carer, sd, f"w.g. {d.carer}")] + [(r, n, "", "") for r, n in g]
    elif v == "parents_for_adult":
        rows = [("ouders", d.parents_names, sd, f"w.g. {d.parents_names}"), ("leerling", d.fullname, "", "")]
    elif v == "pupil_despite_curatele":
        rows = [("leerling", d.fullname, sd, f"w.g. {d.fullname}"), ("curator", d.curator, "", "")]
    elif v == "cc":
        out.append(("p", stm))
        out.append(("kv", [("Naam ouder/verzorger", "CC"), ("Datum", "CC"), ("Handtekening", "")]))
        return out
    else:
        raise ValueError(v)
    if tick:
        out.append(("p", stm))
    elif not out:
        out.append(("p", stm))
    sr = school_row()
    out.append(("sig", rows + ([sr] if sr else [])))
    return out
