# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set 2026-12-05c.
Run: python gen/gen.py   (from the set folder). Needs soffice for the Word->PDF step."""
import os, sys, json, random, shutil, subprocess, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
from content import *
from layouts import LAYOUTS, Doc, d, dl, fill
import writers as W

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
BUILD = os.path.join(ROOT, "build")
CUT = dt.date(2025, 8, 1)

CONSENT_LABEL = {"given": "present", "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete",
                 "partial": "incomplete", "school_only": "incomplete", "blank_line": "incomplete", "unticked": "incomplete",
                 "no_date": "incomplete", "wrong_party": "incomplete", "other_kind": "missing", "none": "missing"}


def S(layout, fmt, typ, prof, date, consent, gaps=None, **kw):
    x = dict(layout=layout, fmt=fmt, type=typ, prof=prof, date=date, consent=consent, gaps=gaps or {})
    x.update(kw)
    return x

SPECS = [
    # ---- consent really given ----
    S("swv-numbered", "wordpdf", "po", "po_lezen", "2025-10-14", "given"),
    S("swv-numbered", "docx", "sbo", "sbo_mll", "2025-11-03", "given", {"informatie_rechten": "omit"}),
    S("swv-numbered", "txt", "vo", "vo_ass", "2024-10-08", "given", {"inbreng_leerling": "omit"}),
    S("swv-numbered", "odt", "pro", "pro_arbeid", "2026-02-10", "given", {"doelen": "placeholder"}),
    S("two-column", "wordpdf", "po", "po_lezen", "2025-09-30", "given"),
    S("two-column", "pdf", "vo", "vo_angst_rooster", "2025-12-02", "given", {"adviezen_professionals": "refer"}),
    S("two-column", "docx", "so", "so_gedrag", "2024-05-21", "given"),
    S("domain-table", "docx", "sbo", "so_gedrag", "2026-03-09", "given", sdt=True),
    S("domain-table", "pdf", "vo", "vo_ass", "2025-10-01", "given", {"evaluatie": "placeholder"}, uitstroom_check=True),
    S("domain-table", "odt", "po", "sbo_mll", "2023-11-15", "given", {"inbreng_leerling": "omit"}),
    S("groeidocument", "wordpdf", "po", "po_lezen", "2026-01-20", "given"),
    S("groeidocument", "docx", "sbo", "sbo_mll", "2025-03-18", "given", {"onderbouwing": "refer", "inbreng_leerling": "omit"}),
    S("beknopt", "docx", "po", "po_lezen", "2025-11-25", "given", sdt=True),
    S("beknopt", "pdf", "pro", "pro_arbeid", "2025-09-16", "given", {"adviezen_professionals": "omit"}),
    S("question-headings", "wordpdf", "vo", "vo_angst_rooster", "2026-05-12", "given"),
    S("question-headings", "txt", "po", "po_lezen", "2025-10-28", "given"),
    S("letter", "wordpdf", "vo", "vo_ass", "2025-11-11", "given"),
    S("letter", "txt", "sbo", "sbo_mll", "2024-09-24", "given", {"inbreng_leerling": "omit"}),
    S("system-export", "pdf", "po", "po_lezen", "2025-10-07", "given", {"vaststelling": "placeholder"}),
    S("system-export", "txt", "vo", "vo_angst_rooster", "2026-09-22", "given", {"bevorderende_factoren": "placeholder"}),
    S("vso-pro-perspectief", "wordpdf", "vso", "vso_arbeid", "2025-10-20", "given"),
    S("vso-pro-perspectief", "pdf", "vso", "vso_vervolg", "2025-11-18", "given", adult=True),
    S("vso-pro-perspectief", "docx", "vso", "vso_dagbesteding", "2026-01-13", "given", adult=True, curatele=True),
    S("vso-pro-perspectief", "odt", "pro", "pro_arbeid", "2025-04-08", "given", revised="2025-10-15"),
    S("fillable-form", "form", "po", "po_lezen", "2025-10-21", "given"),
    S("fillable-form", "form", "vso", "vso_arbeid", "2026-04-14", "given", {"ondersteuningsbehoefte": "empty"}),
    S("fillable-form", "form", "vo", "vo_ass", "2025-06-03", "given", {"inbreng_leerling": "omit"}),
    S("swv-numbered", "scan", "so", "so_gedrag", "2025-11-04", "given"),
    S("groeidocument", "scan", "po", "po_lezen", "2024-12-10", "given"),
    S("letter", "scan", "vo", "vo_angst_rooster", "2026-10-06", "given"),
    S("system-export", "wordpdf", "sbo", "so_gedrag", "2026-11-02", "given", {"afwijkingen_onderwijsprogramma": "omit"}),
    S("two-column", "odt", "vso", "vso_dagbesteding", "2025-09-09", "given", {"uitstroombestemming": "placeholder"}),
    S("question-headings", "odt", "vso", "vso_vervolg", "2026-05-26", "given", {"onderbouwing": "omit"}, adult=True),
    S("groeidocument", "pdf", "so", "so_gedrag", "2026-10-13", "given", {"inbreng_leerling": "view_only", "uitstroombestemming": "omit"}),
    S("letter", "odt", "pro", "pro_arbeid", "2025-12-01", "given", {"adviezen_professionals": "placeholder"}),
    # ---- consent not (properly) given, more gaps ----
    S("swv-numbered", "wordpdf", "po", "po_lezen", "2025-11-05", "voor_gezien", {"doelen": "instructions", "inbreng_leerling": "view_only"}),
    S("swv-numbered", "pdf", "vo", "vo_angst_rooster", "2026-01-27", "onder_protest", {"belemmerende_factoren": "empty"}),
    S("two-column", "docx", "sbo", "sbo_mll", "2025-10-13", "refused", {"onderbouwing": "placeholder", "oogo": "date_blank"}),
    S("domain-table", "wordpdf", "so", "so_gedrag", "2025-12-08", "partial", {"bevorderende_factoren": "omit", "ondersteuning": "vague"}, cstyle="sigtable"),
    S("groeidocument", "odt", "po", "po_lezen", "2026-03-17", "school_only", {"uitstroombestemming": "unticked", "adviezen_professionals": "refer"}),
    S("beknopt", "txt", "vo", "vo_ass", "2025-09-23", "blank_line", {"ondersteuningsbehoefte": "placeholder", "evaluatie": "omit"}, cstyle="akkoordline"),
    S("beknopt", "docx", "po", "sbo_mll", "2026-06-09", "unticked", {"afwijkingen_onderwijsprogramma": "unticked", "vaststelling": "date_blank"}, sdt=True),
    S("question-headings", "docx", "pro", "pro_arbeid", "2025-10-06", "no_date", {"informatie_rechten": "refer", "inbreng_leerling": "omit"}),
    S("letter", "pdf", "po", "po_lezen", "2026-02-03", "onder_protest", {"onderbouwing": "refer"}),
    S("system-export", "pdf", "vo", "vo_ass", "2025-11-24", "partial", {"doelen": "refer", "oogo": "omit"}),
    S("system-export", "docx", "sbo", "so_gedrag", "2026-09-29", "school_only", {"inbreng_leerling": "view_only", "informatie_rechten": "omit", "adviezen_professionals": "instructions"}),
    S("vso-pro-perspectief", "wordpdf", "vso", "vso_arbeid", "2025-10-27", "wrong_party", {"evaluatie": "placeholder"}, adult=True, curatele=True),
    S("vso-pro-perspectief", "txt", "vso", "vso_dagbesteding", "2026-02-24", "other_kind", {"afwijkingen_onderwijsprogramma": "omit", "adviezen_professionals": "placeholder"}),
    S("swv-numbered", "odt", "sbo", "sbo_mll", "2025-09-15", "none", {"vaststelling": "omit", "ondersteuning": "instructions"}),
    S("domain-table", "txt", "pro", "pro_arbeid", "2024-06-11", "blank_line", {"uitstroombestemming": "instructions", "belemmerende_factoren": "placeholder", "inbreng_leerling": "omit"}),
    S("fillable-form", "form", "sbo", "sbo_mll", "2025-12-15", "unticked", {"oogo": "empty", "doelen": "placeholder", "inbreng_leerling": "empty"}),
    S("two-column", "scan", "so", "so_zml", "2026-04-21", "refused", {"evaluatie": "refer"}),
    S("beknopt", "scan", "vo", "vo_angst_rooster", "2025-10-09", "no_date", {"bevorderende_factoren": "empty"}, cstyle="akkoordline"),
    S("two-column", "wordpdf", "vo", "vo_angst_rooster", "2023-09-26", "other_kind", {"ondersteuning": "refer", "inbreng_leerling": "omit"}),
    # ---- second batch: more omissions ----
    S("swv-numbered", "docx", "vo", "vo_angst_rooster", "2026-06-16", "given", {"ondersteuningsbehoefte": "omit", "doelen": "omit"}),
    S("question-headings", "pdf", "sbo", "sbo_mll", "2025-12-09", "voor_gezien", {"belemmerende_factoren": "omit", "evaluatie": "instructions"}),
    S("letter", "docx", "vso", "vso_arbeid", "2026-03-03", "given", {"doelen": "omit", "inbreng_leerling": "placeholder"}),
    S("beknopt", "odt", "so", "so_zml", "2025-10-30", "given", {"ondersteuning": "omit", "onderbouwing": "empty"}),
    S("domain-table", "docx", "vso", "vso_vervolg", "2026-09-15", "given", {"afwijkingen_onderwijsprogramma": "empty", "oogo": "placeholder"}, adult=True, sdt=True, uitstroom_check=True),
    S("system-export", "odt", "pro", "pro_arbeid", "2025-09-29", "given", {"belemmerende_factoren": "refer", "doelen": "omit"}),
    S("vso-pro-perspectief", "pdf", "pro", "pro_arbeid", "2024-02-20", "school_only", {"ondersteuningsbehoefte": "omit", "informatie_rechten": "instructions", "inbreng_leerling": "omit"}),
    S("two-column", "txt", "po", "po_lezen", "2026-10-20", "given"),
    S("groeidocument", "docx", "sbo", "so_gedrag", "2025-10-22", "no_date", {"evaluatie": "placeholder", "belemmerende_factoren": "instructions"}),
]


def wd(x):
    """move a date to a school day (not weekend, not in the Christmas break)"""
    if (x.month == 12 and x.day >= 20) or (x.month == 1 and x.day <= 5):
        x = dt.date(x.year + (1 if x.month == 12 else 0), 1, 12)
    while x.weekday() >= 5:
        x += dt.timedelta(days=1)
    return x


def build_ctx(i, sp):
    seed = 5000 + i
    rng = random.Random(seed)
    typ = sp["type"]
    P = PROFILES[sp["prof"]]
    male = rng.random() < 0.55
    first = rng.choice(FIRST_M if male else FIRST_F)
    sur = rng.choice(SURN)
    date = dt.date.fromisoformat(sp["date"])
    revised = dt.date.fromisoformat(sp["revised"]) if sp.get("revised") else None
    adult = sp.get("adult", False)
    cur = sp.get("curatele", False)
    age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 16}[typ]
    if adult:
        age = 18 + rng.randint(0, 1)
    dob = dt.date(date.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if adult:
        dob = dt.date(date.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    msur = rng.choice(SURN)
    parents = [("Moeder", f"mw. {rng.choice('ABCDEFGHJKLMNPRSTW')}. {sur}-{msur}" if rng.random() < 0.5 else f"mw. {rng.choice('ABCDEHJKLMNPRS')}. {msur}"),
               ("Vader", f"dhr. {rng.choice('ABCDEFGHJKLMNPRSTW')}. {sur}")]
    if rng.random() < 0.25:
        parents = parents[:1]
    staff = rng.sample(STAFF, 3)
    contact_role = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "orthopedagoog", "vo": "zorgcoördinator",
                    "pro": "zorgcoördinator", "vso": "orthopedagoog"}[typ]
    mentor_role = {"po": "de leerkracht", "sbo": "de leerkracht", "so": "de groepsleerkracht", "vo": "de mentor",
                   "pro": "de mentor", "vso": "de mentor"}[typ]
    full = f"{first} {sur}"
    if adult and not cur:
        party = [("Leerling", full)]
    elif cur:
        party = [("Curator", f"mr. {rng.choice('BDHKLMPRSTW')}. {rng.choice(SURN)} (Bewindvoering & Curatele Sterkendam)")]
    else:
        party = parents
    post = date >= CUT or (revised is not None and revised >= CUT)
    oogo = wd(date - dt.timedelta(days=rng.randint(6, 16)))
    who = " en ".join(f"{r.lower()} ({n})" for r, n in parents)
    if adult and not cur:
        who = f"{first} zelf (meerderjarig) en, op {'zijn' if male else 'haar'} verzoek, {parents[0][0].lower()} ({parents[0][1]})"
    elif cur:
        who = f"{first}, de curator ({party[0][1]}) en {parents[0][0].lower()} ({parents[0][1]})"
    who += f", {mentor_role} en de {contact_role} ({staff[1]})"
    if post and not adult:
        who += f"; {first} was bij het eerste deel van het gesprek aanwezig"
    sy0 = date.year if date.month >= 8 else date.year - 1
    ctx = dict(seed=seed, rng=rng, type=typ, P=P, first=first, full=full, hij="hij" if male else "zij",
               zijn="zijn" if male else "haar", hem="hem" if male else "haar", school=rng.choice(SCHOOLS[typ]),
               place=rng.choice(PLACES), swv=SWV[typ], dob=dob,
               group_label="Groep" if typ in ("po", "sbo", "so") else "Klas",
               group={"po": "7", "sbo": "middenbouw (groep 6)", "so": "middenbouw SO (groep 6)", "vo": "3 havo" if "ass" in sp["prof"] else "2 vmbo-tl",
                      "pro": "leerjaar 3", "vso": "VSO-" + ("eindfase" if adult else "bovenbouw 2")}[typ],
               parents=parents, party=party, adult=adult and not cur, curatele=cur, director=staff[0], contact=staff[1],
               contact_role=contact_role, mentor_role=mentor_role, date=date, revised=revised, post2025=post, oogo=oogo,
               oogo_who=who, cdate=wd(date + dt.timedelta(days=rng.randint(0, 4))), start=date + dt.timedelta(days=1),
               eval1=wd(date + dt.timedelta(days=rng.randint(84, 100))), eval2=wd(date + dt.timedelta(days=rng.randint(200, 240))),
               printed=date + dt.timedelta(days=rng.randint(5, 12)), sy=f"{sy0}-{sy0 + 1}", gaps=sp["gaps"],
               consent=sp["consent"], cstyle=sp.get("cstyle"), uitstroom_check=sp.get("uitstroom_check"))
    if ctx["cstyle"] is None:
        del ctx["cstyle"]
    return ctx


def labels_for(ctx, sp):
    P = ctx["P"]
    out = {}
    for el in ELEMENTS:
        g = sp["gaps"].get(el)
        if el == "instemming_ouders":
            out[el] = CONSENT_LABEL[sp["consent"]]
        elif el == "inbreng_leerling" and (not ctx["post2025"] or ctx["adult"]):
            out[el] = "not_applicable"
        elif g == "omit":
            out[el] = "missing"
        elif g:
            out[el] = "incomplete"
        elif el == "afwijkingen_onderwijsprogramma" and (P["afwijking"] is None or P["afwijking"].startswith("Geen")):
            out[el] = "not_applicable"
        else:
            out[el] = "present"
    return out


# ------------------------------------------------------------------------------ fillable form
def write_form(ctx, path, sigdir):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    W._reg()
    doc = Doc(ctx)
    P = ctx["P"]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("OPP-formulier")
    form = c.acroForm
    y = [A4[1] - 2 * cm]
    page = [1]
    def newpage():
        c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, f"{ctx['swv']} – invulformulier OPP v3.1 – pagina {page[0]}")
        c.showPage(); page[0] += 1; y[0] = A4[1] - 2 * cm
    def need(h):
        if y[0] - h < 2.2 * cm:
            newpage()
    def label(t, size=9, bold=True):
        need(14)
        c.setFont("DVB" if bold else "DV", size); c.drawString(2 * cm, y[0], t); y[0] -= 12
    n = [0]
    def field(name, value, lines=None):
        import textwrap
        value = value.replace("\u2014", "-").replace("\u2013", "-").replace("\u20ac", "EUR ").replace("\u2019", "'").replace("\u2022", "-")
        value = value.encode("latin-1", "replace").decode("latin-1")
        if lines is None:
            value = "\n".join(w for para in value.split("\n") for w in (textwrap.wrap(para, 100) or [""]))
            lines = max(1, value.count("\n") + 1)
        h = lines * 10 + 6
        need(h + 4)
        n[0] += 1
        form.textfield(name=f"f{n[0]}_{name}", value=value, x=2 * cm, y=y[0] - h, width=A4[0] - 4 * cm, height=h,
                       fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"),
                       fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
        y[0] -= h + 8
    def box(name, checked, t):
        need(14)
        n[0] += 1
        form.checkbox(name=f"c{n[0]}_{name}", checked=checked, x=2 * cm, y=y[0] - 3, size=10, buttonStyle="cross", borderColor=colors.black)
        c.setFont("DV", 9); c.drawString(2 * cm + 14, y[0], t); y[0] -= 14
    c.setFont("DVB", 15); c.drawString(2 * cm, y[0], "Ontwikkelingsperspectief – invulformulier"); y[0] -= 18
    c.setFont("DV", 8.5); c.drawString(2 * cm, y[0], ctx["swv"]); y[0] -= 18
    for k, v in [("Naam leerling", ctx["full"]), ("Geboortedatum", d(ctx["dob"])), ("School", f"{ctx['school']}, {ctx['place']}"),
                 (ctx["group_label"], ctx["group"])]:
        label(k, 8.5); field(k.replace(" ", "_"), v, 1)
    def el_field(title, el, joiner=" "):
        b = doc.text(el, "prose")
        if b is None:
            return
        label(title)
        txt = []
        for x in b:
            if x[0] == "p":
                txt.append(x[1])
            elif x[0] == "ul":
                txt += ["- " + i for i in x[1]]
            elif x[0] == "table":
                txt += [" | ".join(r) for r in x[1]]
            elif x[0] == "check":
                for t_, l in x[1]:
                    box(el, t_, l)
        field(el, "\n".join(txt))
    # uitstroom with tick boxes
    if doc.gap("uitstroombestemming") != "omit":
        label("1. Te verwachten uitstroombestemming")
        g = doc.gap("uitstroombestemming")
        for i, o in enumerate(P["opts"]):
            box("uitstroom", g is None and i == P["opt"], o)
        txt = "" if g in ("unticked", "empty") else (fill(ctx, P["uitstroom"]) if g is None else doc.text("uitstroombestemming")[0][1])
        c.setFont("DV", 8); c.drawString(2 * cm, y[0], "Toelichting:"); y[0] -= 10
        field("uitstroom_toelichting", txt)
    el_field("2. Onderbouwing", "onderbouwing")
    el_field("3. Belemmerende factoren", "belemmerende_factoren")
    el_field("4. Bevorderende factoren", "bevorderende_factoren")
    el_field("5. Onderwijsbehoeften", "ondersteuningsbehoefte")
    el_field("6. Adviezen deskundigen", "adviezen_professionals")
    el_field("7. Te bieden ondersteuning (handelingsdeel)", "ondersteuning")
    if doc.gap("afwijkingen_onderwijsprogramma") != "omit":
        label("8. Afwijkingen van het onderwijsprogramma")
        g = doc.gap("afwijkingen_onderwijsprogramma")
        none_ = P["afwijking"] is None or P["afwijking"].startswith("Geen")
        box("afw_geen", g is None and none_, "Nee, er zijn geen afwijkingen")
        box("afw_wel", g is None and not none_, "Ja, namelijk:")
        field("afw_toelichting", "" if (g or none_) else fill(ctx, P["afwijking"]))
    el_field("9. Doelen", "doelen")
    el_field("10. Inbreng van de leerling en wat daarmee is gedaan", "inbreng_leerling")
    el_field("11. Evaluatie", "evaluatie")
    el_field("12. Overleg met ouders", "oogo")
    el_field("13. Informatie over rechten", "informatie_rechten")
    el_field("14. Vaststelling", "vaststelling")
    # consent
    v = ctx["consent"]
    label("15. Instemming ouders met het handelingsdeel")
    party = ctx["party"]
    who = " en ".join(nm for r, nm in party)
    sd = d(ctx["cdate"])
    if v == "given":
        box("akkoord", True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel"); box("nietakkoord", False, "Ouder(s)/verzorger(s) stemmen niet in")
        label("Naam ouder(s)", 8.5, False); field("naam_ouders", who, 1)
        label("Datum", 8.5, False); field("datum_ouders", sd, 1)
    else:  # unticked
        box("akkoord", False, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel"); box("nietakkoord", False, "Ouder(s)/verzorger(s) stemmen niet in")
        label("Naam ouder(s)", 8.5, False); field("naam_ouders", who, 1)
        label("Datum", 8.5, False); field("datum_ouders", "", 1)
    label("Handtekening ouder(s)", 8.5, False)
    need(40)
    if v == "given":
        p = W.scribble(ctx["seed"] * 100 + 1, os.path.join(sigdir, f"sig_{ctx['seed']}_form.png"))
        c.drawImage(p, 2 * cm, y[0] - 32, width=3.4 * cm, height=1.05 * cm, mask="auto")
    c.rect(2 * cm, y[0] - 36, 7 * cm, 38); y[0] -= 46
    label("Voor de school (directeur)", 8.5, False); field("naam_school", f"{ctx['director']}, {sd}", 1)
    c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, f"{ctx['swv']} – invulformulier OPP v3.1 – pagina {page[0]}")
    c.save()


# ------------------------------------------------------------------------------ non-OPP documents
def leaflet_blocks():
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
            ("sub", "Informatie voor ouders – Ouder- en Jeugdsteunpunt Lindewaard-Vliedorp"),
            ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een plan: het "
                  "ontwikkelingsperspectief, vaak OPP genoemd. In deze folder leest u wat erin staat en wat uw rechten zijn."),
            ("h", "Wat staat er in een OPP?", 1),
            ("ul", ["de verwachte uitstroombestemming: naar welk onderwijs of welk werk uw kind waarschijnlijk gaat, en waarom;",
                    "wat het leren van uw kind moeilijker maakt (belemmerende factoren) en wat helpt (bevorderende factoren);",
                    "welke ondersteuning de school biedt, wie dat doet en hoe vaak (het handelingsdeel);",
                    "of uw kind een aangepast programma volgt;",
                    "wanneer het plan wordt geëvalueerd."]),
            ("h", "Mag ik meebeslissen?", 1),
            ("p", "Ja. De school bespreekt het plan met u voordat het wordt vastgesteld. Met het handelingsdeel moet u "
                  "instemmen: zonder uw handtekening mag de school dat deel niet uitvoeren als vastgesteld plan. Sinds "
                  "1 augustus 2025 moet de school ook de mening van uw kind vragen en opschrijven wat daarmee is gedaan."),
            ("h", "Wat als ik het er niet mee eens ben?", 1),
            ("p", "Praat eerst met de leerkracht of de intern begeleider. Komt u er niet uit, neem dan contact op met ons "
                  "steunpunt of met een onderwijsconsulent. U kunt een geschil binnen zes weken voorleggen aan de "
                  "Geschillencommissie passend onderwijs."),
            ("h", "Tips", 1),
            ("ul", ["Vraag om het plan een paar dagen vóór het gesprek te krijgen.", "Neem gerust iemand mee naar het gesprek.",
                    "Teken alleen voor akkoord als u het echt eens bent; u mag ook 'voor gezien' of niet tekenen."]),
            ("p", "Ouder- en Jeugdsteunpunt Lindewaard-Vliedorp · Marktstraat 12, Vliedorp · telefoon 0599-123 456 (fictief)")], {}


def newsletter_blocks():
    return [("title", "Nieuwsbrief De Wilgenhoek – november 2025"),
            ("sub", "OBS De Wilgenhoek, Lindewaard"),
            ("h", "Van de directie", 1),
            ("p", "Beste ouders, de herfstvakantie ligt alweer achter ons. In de komende weken staan de oudergesprekken gepland."),
            ("h", "Oudergesprekken en OPP-gesprekken", 1),
            ("p", "Voor leerlingen met een ontwikkelingsperspectief (OPP) plannen de intern begeleiders dit jaar een apart "
                  "gesprek. In dat gesprek evalueren we het plan en bespreken we het handelingsdeel. Nieuw dit jaar: ook "
                  "uw kind wordt gevraagd wat het van het plan vindt. U ontvangt hierover een aparte uitnodiging."),
            ("h", "Sint-Maarten", 1),
            ("p", "Op 11 november lopen de groepen 1 t/m 4 met lampionnen door de wijk. Hulpouders zijn welkom!"),
            ("h", "Luizencontrole", 1),
            ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Dank aan alle vrijwilligers."),
            ("h", "Agenda", 1),
            ("table", [["Datum", "Activiteit"], ["11 november", "Sint-Maarten"], ["17-21 november", "Oudergesprekken"],
                       ["5 december", "Sinterklaasfeest, leerlingen om 12.00 uur vrij"]], {"header": True}),
            ("p", "Met vriendelijke groet, team De Wilgenhoek")], {"footer": "Nieuwsbrief OBS De Wilgenhoek"}


def blank_format_blocks():
    B = [("title", "Format ontwikkelingsperspectiefplan (OPP)"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Lindewaard-Vliedorp – leeg format, versie 2025-2026"),
         ("p", "Toelichting: vul alle onderdelen in. Grijze tekst tussen [ ] verwijderen na invullen. Het handelingsdeel "
               "wordt ondertekend door ouders (instemming) en school."),
         ("h", "1. Gegevens", 1), ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep", ""),
                                        ("Ouder(s)/verzorger(s)", ""), ("Datum opstellen", "")])]
    titles = [("2. Te verwachten uitstroombestemming", "uitstroombestemming"), ("3. Onderbouwing", "onderbouwing"),
              ("4. Belemmerende factoren", "belemmerende_factoren"), ("5. Bevorderende factoren", "bevorderende_factoren"),
              ("6. Onderwijsbehoeften", "ondersteuningsbehoefte"), ("7. Adviezen deskundigen", "adviezen_professionals"),
              ("8. Te bieden ondersteuning (handelingsdeel)", "ondersteuning"),
              ("9. Afwijkingen onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("10. Doelen", "doelen"),
              ("11. Inbreng leerling", "inbreng_leerling"), ("12. Evaluatie", "evaluatie"), ("13. Overleg met ouders", "oogo"),
              ("14. Rechten ouders", "informatie_rechten"), ("15. Vaststelling", "vaststelling")]
    for t, el in titles:
        B.append(("h", t, 1))
        if el == "afwijkingen_onderwijsprogramma":
            B.append(("check", [(False, "Geen afwijkingen"), (False, "Wel afwijkingen, namelijk: [...]")], {}))
        else:
            B.append(("p", INSTRUCTIONS[el]))
    B.append(("h", "16. Instemming ouders met het handelingsdeel", 1))
    B.append(("check", [(False, "Akkoord"), (False, "Niet akkoord")], {}))
    B.append(("sig", [["Naam", "Rol", "Datum", "Handtekening"], ["", "Ouder/verzorger 1", "", False], ["", "Ouder/verzorger 2", "", False],
                      ["", "Directeur", "", False]]))
    return B, {"footer": "Format OPP SWV Lindewaard-Vliedorp 2025-2026"}


# ------------------------------------------------------------------------------ main
def main():
    for p in (DOCS, BUILD):
        shutil.rmtree(p, ignore_errors=True); os.makedirs(p)
    sigdir = os.path.join(BUILD, "sig"); os.makedirs(sigdir)
    entries = []
    to_convert = []
    ext = {"docx": "docx", "wordpdf": "pdf", "pdf": "pdf", "odt": "odt", "txt": "txt", "scan": "pdf", "form": "pdf"}
    for i, sp in enumerate(SPECS, 1):
        ctx = build_ctx(i, sp)
        name = f"{i:02d}-{sp['type']}-{sp['layout']}{'-scan' if sp['fmt'] == 'scan' else ''}.{ext[sp['fmt']]}"
        out = os.path.join(DOCS, name)
        fmt = sp["fmt"]
        if sp["layout"] != "fillable-form":
            blocks, meta = LAYOUTS[sp["layout"]](ctx)
        if fmt == "form":
            write_form(ctx, out, sigdir)
        elif fmt == "docx":
            W.write_docx(blocks, meta, out, sigdir, ctx["seed"], sdt=sp.get("sdt", False))
        elif fmt == "wordpdf":
            tmp = os.path.join(BUILD, name[:-4] + ".docx")
            W.write_docx(blocks, meta, tmp, sigdir, ctx["seed"], sdt=sp.get("sdt", False))
            to_convert.append(tmp)
        elif fmt == "odt":
            W.write_odt(blocks, meta, out, sigdir, ctx["seed"])
        elif fmt == "txt":
            W.write_txt(blocks, meta, out)
        elif fmt == "pdf":
            W.write_pdf(blocks, meta, out, sigdir, ctx["seed"], style="color" if i % 2 else "plain")
        elif fmt == "scan":
            tmp = os.path.join(BUILD, name[:-4] + "-clean.pdf")
            W.write_pdf(blocks, meta, tmp, sigdir, ctx["seed"], style="plain")
            W.make_scan(tmp, out, ctx["seed"])
        lab = labels_for(ctx, sp)
        gaps = ", ".join(f"{k}={v}" for k, v in sp["gaps"].items()) or "none"
        who = "adult pupil (handelingsbekwaam) is the party" if ctx["adult"] else ("adult pupil under curatele, curator is the party" if ctx["curatele"] else "parents are the party")
        note = (f"layout {sp['layout']}; format {fmt}{' (Word docx exported with soffice)' if fmt == 'wordpdf' else ''}"
                f"{' (fillable AcroForm, content in form fields)' if fmt == 'form' else ''}"
                f"{' (rendered, noise + skew, image-only PDF)' if fmt == 'scan' else ''}; plan set {d(ctx['date'])}"
                f"{'; revised ' + d(ctx['revised']) if ctx['revised'] else ''}; {who}; consent variant: {sp['consent']}; "
                f"gaps on purpose: {gaps}")
        if sp["layout"] == "groeidocument":
            note += "; part A signed 'voor gezien' by a parent (not the handelingsdeel consent)"
        entries.append({"file": "docs/" + name, "format": "pdf" if fmt in ("wordpdf", "scan", "form") else fmt,
                        "layout": sp["layout"], "school_type": sp["type"], "scanned": fmt == "scan", "elements": lab,
                        "accept_unclear": ["instemming_ouders"] if fmt == "scan" else [], "notes": note})
    # non-OPP
    n = len(SPECS)
    na = {el: "not_applicable" for el in ELEMENTS}
    b, m = leaflet_blocks(); f = f"{n + 1:02d}-none-leaflet.pdf"
    W.write_pdf(b, m, os.path.join(DOCS, f), sigdir, 9001, style="color")
    entries.append({"file": "docs/" + f, "format": "pdf", "layout": "parent-leaflet", "school_type": "none", "scanned": False,
                    "elements": dict(na), "accept_unclear": [], "notes": "not an OPP: information leaflet for parents about what an OPP is; PDF made directly. All elements not_applicable."})
    b, m = newsletter_blocks(); f = f"{n + 2:02d}-none-newsletter.pdf"
    tmp = os.path.join(BUILD, f[:-4] + ".docx"); W.write_docx(b, m, tmp, sigdir, 9002); to_convert.append(tmp)
    entries.append({"file": "docs/" + f, "format": "pdf", "layout": "school-newsletter", "school_type": "none", "scanned": False,
                    "elements": dict(na), "accept_unclear": [], "notes": "not an OPP: school newsletter that mentions OPP conversations; Word docx exported with soffice. All elements not_applicable."})
    b, m = blank_format_blocks(); f = f"{n + 3:02d}-none-blank-format.docx"
    W.write_docx(b, m, os.path.join(DOCS, f), sigdir, 9003)
    entries.append({"file": "docs/" + f, "format": "docx", "layout": "blank-swv-format", "school_type": "none", "scanned": False,
                    "elements": {el: "incomplete" for el in ELEMENTS}, "accept_unclear": [],
                    "notes": "not an OPP: the SWV's empty format; every element has its heading with only the format's instruction text, unticked boxes and an empty signature table. Labelled incomplete (heading with nothing real under it) for every element."})
    # one soffice batch call
    if to_convert:
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + to_convert,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for e in entries:
        assert os.path.exists(os.path.join(ROOT, e["file"])), e["file"]
    json.dump({"version": 1, "docs": entries}, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    if "--keep-build" not in sys.argv:
        shutil.rmtree(BUILD, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
