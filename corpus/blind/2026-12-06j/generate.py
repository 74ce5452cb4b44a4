# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set.  Run:  ../venv/bin/python generate.py
All names, schools and places are invented."""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import ELEMENTS, GAPS, MISSING_KINDS, dlong, dshort, add  # noqa
import gen_layouts  # noqa
from gen_layouts import LAYOUTS  # noqa
from gen_writers import write_docx, write_pdf, write_form, to_text, make_scan, fix_zip, fix_pdf  # noqa

DOCS = os.path.join(HERE, "docs")

FIRST = [("Sem", "m"), ("Lotte", "v"), ("Milan", "m"), ("Noor", "v"), ("Daan", "m"), ("Fenna", "v"), ("Yusuf", "m"),
         ("Isa", "v"), ("Jayden", "m"), ("Sanne", "v"), ("Mees", "m"), ("Liv", "v"), ("Bram", "m"), ("Amira", "v"),
         ("Thijs", "m"), ("Roos", "v"), ("Kyan", "m"), ("Jasmijn", "v"), ("Ruben", "m"), ("Elif", "v")]
LAST = ["Verhoeff", "Brinkhorst", "Ouwerkerk", "Yildiz", "Dekkers", "van Ommen", "Hazelhoff", "Tromp", "Kazemi",
        "de Ruiter", "Wolters", "Smeele", "El Amrani", "Postma", "van der Linde", "Jagersma", "Bosveld", "Nijenhuis"]
STAFF = ["mw. J. Koster", "dhr. P. Aalders", "mw. R. Veldkamp", "dhr. T. Hoogendijk", "mw. S. Bakir", "mw. L. Kramer",
         "dhr. M. Ten Bosch", "mw. A. Visscher", "dhr. K. Lammers", "mw. H. Dijkhuis", "mw. C. Oosterveen", "dhr. W. Siersema"]
PLACES = ["Veenhoven", "Oosterlaar", "Bremdijk", "Kolkwerd", "Ravenstede", "Lindeholt", "Marsum-Oost", "Haverwijk"]
SCHOOL = {"po": ["OBS De Vlonder", "CBS Het Kompas", "Basisschool De Wilgenhoek", "IKC Zonnewijzer"],
          "sbo": ["SBO De Brug", "SBO Het Anker", "SBO De Regenboog"],
          "so": ["SO De Kaap", "Mytylschool De Linde", "SO Het Baken"],
          "vo": ["Veenlanden College", "Scholengemeenschap Oosterlaar", "Het Haverwijk Lyceum", "Bremdijk College vmbo"],
          "pro": ["Praktijkschool De Werf", "Praktijkcollege Kolkwerd", "PrO Lindeholt"],
          "vso": ["VSO De Kaap", "VSO Het Baken", "VSO De Horizon"]}
SWV = {"po": "Samenwerkingsverband Passend Onderwijs Veenland PO", "sbo": "Samenwerkingsverband Passend Onderwijs Veenland PO",
       "so": "Samenwerkingsverband De Duinrand (po)", "vo": "Samenwerkingsverband VO Oosterlaar e.o.",
       "pro": "Samenwerkingsverband VO Oosterlaar e.o.", "vso": "Samenwerkingsverband VO De Duinrand"}
BOARD = ["Stichting Veenland Onderwijs", "Stichting Kompasscholen", "Onderwijsgroep Oosterlaar", "Stichting Speciaal Onderwijs Duinrand"]

C, G = "C", "G"
# (layout, format, school type, plan date, profile, extra)
SPECS = [
    ("swv-genummerd", "pdfw", "po", "2025-10-14", C, {}),
    ("swv-genummerd", "docx", "po", "2024-11-05", G, {}),
    ("swv-genummerd", "odt", "sbo", "2025-11-20", G, {}),
    ("swv-genummerd", "pdfw", "vo", "2026-02-03", G, {}),
    ("swv-genummerd", "scan", "po", "2025-03-11", G, {}),
    ("swv-genummerd", "docx", "sbo", "2026-09-29", C, {"sigstyle": "img"}),
    ("tweekoloms-tabel", "docx", "vo", "2025-09-30", C, {}),
    ("tweekoloms-tabel", "pdfw", "po", "2024-10-08", G, {}),
    ("tweekoloms-tabel", "pdf", "vo", "2026-01-19", G, {}),
    ("tweekoloms-tabel", "docx", "sbo", "2025-12-02", G, {}),
    ("tweekoloms-tabel", "odt", "vo", "2025-05-13", C, {}),
    ("domeintabel-handelingsdeel", "pdf", "sbo", "2025-11-04", C, {"sigstyle": "img"}),
    ("domeintabel-handelingsdeel", "docx", "so", "2026-03-10", G, {}),
    ("domeintabel-handelingsdeel", "scan", "sbo", "2024-12-17", C, {}),
    ("domeintabel-handelingsdeel", "pdfw", "so", "2025-10-21", G, {}),
    ("domeintabel-handelingsdeel", "pdf", "po", "2026-10-06", G, {}),
    ("groeidocument", "pdfw", "po", "2025-11-25", G, {}),
    ("groeidocument", "odt", "sbo", "2025-02-04", C, {}),
    ("groeidocument", "docx", "po", "2026-05-12", G, {"force": {"evaluatie": "ccplaceholder"}}),
    ("groeidocument", "pdfw", "sbo", "2024-09-24", G, {}),
    ("groeidocument", "pdf", "po", "2026-01-13", C, {}),
    ("beknopt-formulier", "form", "po", "2025-10-07", C, {}),
    ("beknopt-formulier", "form", "vo", "2026-03-24", G, {}),
    ("beknopt-formulier", "txt", "vo", "2025-01-28", G, {}),
    ("beknopt-formulier", "md", "po", "2025-12-09", G, {}),
    ("beknopt-formulier", "form", "sbo", "2026-06-02", G, {}),
    ("beknopt-formulier", "txt", "vo", "2026-10-13", C, {}),
    ("vraaggestuurd-leerling", "md", "vo", "2025-11-11", C, {}),
    ("vraaggestuurd-leerling", "docx", "pro", "2026-02-17", G, {}),
    ("vraaggestuurd-leerling", "pdf", "vo", "2025-04-15", G, {}),
    ("vraaggestuurd-leerling", "md", "pro", "2025-10-28", G, {}),
    ("vraaggestuurd-leerling", "pdfw", "vo", "2026-09-15", C, {}),
    ("briefvorm", "txt", "po", "2025-09-23", G, {}),
    ("briefvorm", "pdfw", "vo", "2025-06-10", C, {}),
    ("briefvorm", "pdf", "po", "2026-04-07", G, {"force": {"afwijkingen_onderwijsprogramma": "nvt_but_applies"}}),
    ("briefvorm", "txt", "sbo", "2025-12-16", G, {}),
    ("briefvorm", "docx", "vo", "2024-10-29", G, {}),
    ("systeemexport", "pdf", "so", "2025-11-18", G, {}),
    ("systeemexport", "txt", "vso", "2026-01-27", C, {"adult": True, "sigstyle": "digital"}),
    ("systeemexport", "scan", "so", "2025-02-18", G, {}),
    ("systeemexport", "pdf", "vso", "2025-10-14", G, {"sysstatus": "Concept"}),
    ("systeemexport", "txt", "so", "2024-11-26", C, {"sigstyle": "digital"}),
    ("vso-uitstroomprofiel", "docx", "vso", "2025-10-01", C, {"profile": "arbeidsmarktgericht"}),
    ("vso-uitstroomprofiel", "pdfw", "vso", "2025-11-12", G, {"curatele": True, "profile": "dagbesteding", "force": {"instemming_ouders": "curatele_self"}}),
    ("vso-uitstroomprofiel", "pdf", "vso", "2025-03-04", G, {"profile": "vervolgonderwijs"}),
    ("vso-uitstroomprofiel", "docx", "vso", "2026-02-24", G, {"adult": True, "profile": "arbeidsmarktgericht", "force": {"ondersteuningsbehoefte": "ccplaceholder"}}),
    ("vso-uitstroomprofiel", "odt", "vso", "2026-10-20", C, {"curatele": True, "profile": "dagbesteding"}),
    ("vso-uitstroomprofiel", "pdf", "so", "2025-12-09", G, {}),
    ("pro-opp-iop", "odt", "pro", "2025-10-09", C, {}),
    ("pro-opp-iop", "pdf", "pro", "2025-01-21", G, {}),
    ("pro-opp-iop", "docx", "pro", "2026-03-03", G, {}),
    ("pro-opp-iop", "pdfw", "pro", "2024-10-15", C, {}),
    ("pro-opp-iop", "scan", "pro", "2025-11-04", G, {}),
]

FMT_EXT = {"pdfw": "pdf", "pdf": "pdf", "form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMT_LABEL = {"pdfw": "pdf", "pdf": "pdf", "form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMT_DESC = {"pdfw": "PDF exported from Word (LibreOffice)", "pdf": "PDF made directly (reportlab)", "form": "fillable PDF form",
            "scan": "scanned PDF (image only, noise, skew)", "docx": "DOCX", "odt": "ODT (LibreOffice)", "txt": "plain text", "md": "Markdown"}
CUTOFF = dt.date(2025, 8, 1)


def make_ctx(i, st, date, extra, r):
    first, sex = FIRST[i % len(FIRST)]
    last = LAST[(i * 7) % len(LAST)]
    staff = r.sample(STAFF, 6)
    plast = LAST[(i * 7 + 3) % len(LAST)]
    age_years = {"po": 9, "sbo": 10, "so": 9, "vo": 14, "pro": 15, "vso": 17}[st]
    if extra.get("adult") or extra.get("curatele"):
        age_years = 19
    dob = dt.date(date.year - age_years, 1 + (i * 5) % 12, 1 + (i * 11) % 27)
    ctx = dict(first=first, full="%s %s" % (first, last), st=st, date=date, old=date < CUTOFF,
               hij="hij" if sex == "m" else "zij", zijn="zijn" if sex == "m" else "haar",
               dob=dshort(dob), school=r.choice(SCHOOL[st]), place=PLACES[i % len(PLACES)], swv=SWV[st],
               board=BOARD[i % len(BOARD)], staff1=staff[0], staff2=staff[1], staff3=staff[2], staff4=staff[3],
               director=staff[4], bureau=r.choice(["Praktijk Leerlab Veenhoven", "OnderwijsAdvies Duinrand", "Expertisecentrum De Brug"]),
               role1="leerkracht" if st in ("po", "sbo", "so") else "mentor",
               grouplabel="Groep" if st in ("po", "sbo", "so") else "Klas",
               group={"po": "6b", "sbo": "groep 7", "so": "SO-midden 2", "vo": "2K3", "pro": "PrO-2", "vso": "VSO-arbeid 4"}[st],
               parent1="%s %s" % (r.choice(["mw. M.", "dhr. R.", "mw. E.", "dhr. H."]), plast),
               parent2="%s %s" % (r.choice(["dhr. A.", "mw. N."]), plast),
               llnr=str(400000 + i * 137), cluster=r.choice(["cluster 3", "cluster 4"]),
               sy="%d-%d" % ((date.year, date.year + 1) if date.month >= 8 else (date.year - 1, date.year)),
               profile=extra.get("profile", "arbeidsmarktgericht"), adult=extra.get("adult", False),
               curatele=extra.get("curatele", False), curator="mr. D. Schouten (curator)")
    if st in ("po", "sbo", "so"):
        ctx["lvl"] = r.choice([("vmbo-kader (met lwoo)", 86), ("vmbo basisberoepsgerichte leerweg", 80),
                               ("praktijkonderwijs", 72), ("vmbo-gl/tl", 94)])
    else:
        ctx["lvl"] = r.choice([("vmbo-kader diploma, daarna mbo niveau 3", "vmbo-kader"), ("vmbo-tl diploma", "vmbo-tl"),
                               ("havo-diploma", "havo"), ("vmbo basis met lwoo, doorstroom naar mbo-2", "vmbo-basis")])
    ctx["parents_txt"] = r.choice(["ouders van %s" % first, "ouder/verzorger %s" % ctx["parent1"], "%s en %s" % (ctx["parent1"], ctx["parent2"])])
    if ctx["adult"]:
        ctx["parents_txt"] = "%s zelf (meerderjarig) en, op %s verzoek, moeder" % (first, ctx["zijn"])
    return ctx


def assign_states(specs):
    """Gap assignment: rotate over the elements and, per element, over its gap kinds."""
    el_ptr = [0]
    kind_ptr = {e: 0 for e in ELEMENTS}
    out = []
    for i, (lay, fmt, st, date, prof, extra) in enumerate(specs):
        r = random.Random(1000 + i)
        d = dt.date.fromisoformat(date)
        old = d < CUTOFF
        adult = extra.get("adult", False)
        state = {e: "present" for e in ELEMENTS}
        if r.random() < 0.45:
            state["afwijkingen_onderwijsprogramma"] = "na"
        if old or adult:
            state["inbreng_leerling"] = "na"
        if prof == G:
            k = r.choice([2, 3, 3, 4])
            chosen = []
            tries = 0
            while len(chosen) < k and tries < 40:
                tries += 1
                e = ELEMENTS[el_ptr[0] % len(ELEMENTS)]
                el_ptr[0] += 1
                if e == "inbreng_leerling" and (old or adult):
                    continue
                if e in chosen:
                    continue
                kinds = GAPS[e]
                kind = kinds[kind_ptr[e] % len(kinds)]
                kind_ptr[e] += 1
                if fmt == "form" and kind in ("missing",):
                    kind = "empty"
                chosen.append(e)
                state[e] = kind
            if "instemming_ouders" not in chosen and r.random() < 0.5:
                kinds = GAPS["instemming_ouders"]
                state["instemming_ouders"] = kinds[kind_ptr["instemming_ouders"] % len(kinds)]
                kind_ptr["instemming_ouders"] += 1
            for e, kd in extra.get("force", {}).items():
                state[e] = kd
            if state["afwijkingen_onderwijsprogramma"] == "nvt_but_applies" and state["ondersteuning"] != "present":
                state["afwijkingen_onderwijsprogramma"] = "placeholder"
        sigstyle = extra.get("sigstyle") or r.choice(["wg", "wg", "tick", "stmt"] + (["img"] if fmt in ("pdf", "docx", "pdfw") else []))
        if fmt == "scan":
            sigstyle = "img"
        out.append(dict(idx=i, layout=lay, fmt=fmt, st=st, date=d, prof=prof, extra=extra, state=state,
                        sigstyle=sigstyle, sysstatus=extra.get("sysstatus", "Definitief"),
                        na_inbreng_mode=r.choice(["omit", "keep"])))
    return out


def label_of(el, s):
    if s == "present":
        return "present"
    if s == "na":
        return "not_applicable"
    if s in MISSING_KINDS:
        return "missing"
    return "incomplete"


def describe(spec):
    gaps = ["%s=%s" % (e, s) for e, s in spec["state"].items() if s not in ("present", "na")]
    nas = [e for e, s in spec["state"].items() if s == "na"]
    bits = ["layout %s, %s, %s, plan %s" % (spec["layout"], FMT_DESC[spec["fmt"]], spec["st"], spec["date"].isoformat())]
    if spec["extra"].get("adult"):
        bits.append("adult pupil (handelingsbekwaam) consents himself")
    if spec["extra"].get("curatele"):
        bits.append("adult pupil under curatele; curator is the party")
    bits.append("consent style %s" % spec["sigstyle"])
    if spec["sysstatus"] != "Definitief" and spec["layout"] == "systeemexport":
        bits.append("export status '%s'" % spec["sysstatus"])
    bits.append("gaps: " + (", ".join(gaps) if gaps else "none (complete)"))
    if nas:
        bits.append("n/a: " + ", ".join(nas))
    return "; ".join(bits)


def render(doc, fmt, path, seed, tmp, pending):
    if fmt == "docx":
        write_docx(doc, path, seed)
        fix_zip(path)
    elif fmt in ("pdfw", "odt"):
        src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".docx")
        write_docx(doc, src, seed)
        fix_zip(src)
        pending.append((fmt, src, path))
    elif fmt == "pdf":
        write_pdf(doc, path, seed)
    elif fmt == "form":
        write_form(doc, path, seed)
    elif fmt == "scan":
        src = os.path.join(tmp, "scan%d.pdf" % seed)
        write_pdf(doc, src, seed, scan=True)
        make_scan(src, path, seed, tmp)
    elif fmt == "txt":
        open(path, "w", encoding="utf-8").write(to_text(doc))
    elif fmt == "md":
        open(path, "w", encoding="utf-8").write(to_text(doc, md=True))


def convert_pending(pending, tmp):
    for target in ("pdf", "odt"):
        srcs = [s for f, s, p in pending if (f == "pdfw") == (target == "pdf")]
        if not srcs:
            continue
        outdir = os.path.join(tmp, "out_" + target)
        os.makedirs(outdir, exist_ok=True)
        prof = "file://" + os.path.join(tmp, "lo_profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", target, "--outdir", outdir] + srcs,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for f, s, p in pending:
            if (f == "pdfw") == (target == "pdf"):
                shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(s))[0] + "." + target), p)
                if target == "pdf":
                    fix_pdf(p)
                else:
                    fix_zip(p)


# --------------------------------------------------------------------------------- non-OPP documents
def leaflet():
    B = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
         ("p", "Informatie voor ouders – Samenwerkingsverband Passend Onderwijs Veenland PO"),
         ("h1", "Voor wie?"),
         ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de basisondersteuning van de school? Dan stelt de school een "
               "ontwikkelingsperspectief op. Daarin staat onder meer de verwachte uitstroombestemming, de onderbouwing daarvan, "
               "en de belemmerende en bevorderende factoren."),
         ("h1", "Uw rol als ouder"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het "
               "handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 wordt ook uw kind gehoord."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent of de "
               "Geschillencommissie passend onderwijs."),
         ("p", "Meer weten? Bel ons ouderloket: 0599-000000 (fictief).")]
    return dict(title="Folder OPP", header="", footer="Folder ouders – versie 2025", blocks=B)


def newsletter():
    B = [("title", "Nieuwsbrief OBS De Vlonder – december 2025"),
         ("h1", "Sinterklaas"), ("p", "Wat een feest was het! Dank aan de ouderraad voor de hulp."),
         ("h1", "Ondersteuning op school"),
         ("p", "Voor een aantal leerlingen werken wij met een ontwikkelingsperspectief (OPP). In januari vinden de "
               "evaluatiegesprekken plaats; ouders van deze leerlingen krijgen een uitnodiging van de intern begeleider."),
         ("h1", "Agenda"), ("bullets", ["19 december: kerstviering", "22 december t/m 2 januari: kerstvakantie",
                                          "14 januari: studiedag, alle leerlingen vrij"]),
         ("h1", "Toestemming foto's"), ("p", "Denkt u aan het inleveren van het formulier beeldmateriaal?")]
    return dict(title="Nieuwsbrief", header="OBS De Vlonder", footer="nieuwsbrief 4 – 2025/2026", blocks=B)


def blank_format(layout_fn, L):
    spec = dict(state={}, sigstyle="wg", na_inbreng_mode="keep")
    st = {}
    for e in ELEMENTS:
        st[e] = "instruction"
    st["uitstroombestemming"] = "unticked"
    st["afwijkingen_onderwijsprogramma"] = "unticked_yn"
    st["instemming_ouders"] = "blankform"
    st["evaluatie"] = "empty"
    st["vaststelling"] = "blankdate"
    if L == "swv-genummerd":
        st["inbreng_leerling"] = "missing"
        st["informatie_rechten"] = "missing"
    else:
        for e in ELEMENTS:
            if e not in ("uitstroombestemming", "afwijkingen_onderwijsprogramma", "instemming_ouders"):
                st[e] = "empty"
        st["adviezen_professionals"] = "missing"
        st["oogo"] = "missing"
    spec["state"] = st
    ctx = dict(first="(naam)", full="", st="po", date=dt.date(2025, 9, 1), old=False, hij="hij/zij", zijn="zijn/haar", dob="",
               school="", place="", swv=SWV["po"], board="", staff1="", staff2="", staff3="", staff4="", director="", bureau="",
               role1="leerkracht", grouplabel="Groep", group="", parent1="", parent2="", parents_txt="", llnr="", cluster="",
               sy="", profile="", adult=False, curatele=False, curator="")
    gen_layouts.CUR = spec
    doc = layout_fn(spec, ctx, random.Random(77 if L == "swv-genummerd" else 78))
    labels = {}
    for e in ELEMENTS:
        s = st[e]
        labels[e] = "missing" if s == "missing" else "incomplete"
    return doc, labels


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="blindgen_")
    specs = assign_states(SPECS)
    entries = []
    pending = []
    for spec in specs:
        i = spec["idx"]
        r = random.Random(5000 + i)
        ctx = make_ctx(i, spec["st"], spec["date"], spec["extra"], r)
        if spec["state"]["afwijkingen_onderwijsprogramma"] == "nvt_but_applies":
            ctx["rooster_row"] = True
        gen_layouts.CUR = spec
        doc = LAYOUTS[spec["layout"]](spec, ctx, random.Random(9000 + i))
        name = "opp%02d-%s-%s-%s.%s" % (i + 1, spec["st"], spec["layout"].split("-")[0], spec["fmt"], FMT_EXT[spec["fmt"]])
        render(doc, spec["fmt"], os.path.join(DOCS, name), i + 1, tmp, pending)
        labels = {e: label_of(e, spec["state"][e]) for e in ELEMENTS}
        acc = []
        has_img = spec["sigstyle"] == "img" or spec["fmt"] == "scan"
        if has_img and spec["fmt"] not in ("txt", "md", "form"):
            acc.append("instemming_ouders")
        if spec["fmt"] == "scan":
            acc += ["vaststelling"] if spec["state"]["vaststelling"] == "present" else []
        entries.append({"file": "docs/" + name, "format": FMT_LABEL[spec["fmt"]], "layout": spec["layout"],
                        "school_type": spec["st"], "scanned": spec["fmt"] == "scan", "elements": labels,
                        "accept_unclear": acc, "notes": describe(spec)})
    # non-OPP documents
    allmiss = {e: "missing" for e in ELEMENTS}
    n = len(specs)
    write_pdf(leaflet(), os.path.join(DOCS, "x01-folder-ouders-opp.pdf"), 901)
    entries.append({"file": "docs/x01-folder-ouders-opp.pdf", "format": "pdf", "layout": "folder (not an OPP)", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "leaflet for parents explaining the OPP; names every element but is no plan: all missing"})
    write_docx(newsletter(), os.path.join(DOCS, "x02-nieuwsbrief.docx"), 902)
    fix_zip(os.path.join(DOCS, "x02-nieuwsbrief.docx"))
    entries.append({"file": "docs/x02-nieuwsbrief.docx", "format": "docx", "layout": "nieuwsbrief (not an OPP)", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "school newsletter mentioning OPP evaluations and photo consent: all missing"})
    doc, lab = blank_format(LAYOUTS["swv-genummerd"], "swv-genummerd")
    write_docx(doc, os.path.join(DOCS, "x03-leeg-format-swv.docx"), 903)
    fix_zip(os.path.join(DOCS, "x03-leeg-format-swv.docx"))
    entries.append({"file": "docs/x03-leeg-format-swv.docx", "format": "docx", "layout": "swv-genummerd (blank format)",
                    "school_type": "none", "scanned": False, "elements": lab, "accept_unclear": [],
                    "notes": "blank SWV format: headings with the format's instructions, unticked options, empty signature table; "
                             "no section for inbreng_leerling or informatie_rechten (missing); the rest incomplete"})
    doc, lab = blank_format(LAYOUTS["beknopt-formulier"], "beknopt-formulier")
    write_form(doc, os.path.join(DOCS, "x04-leeg-beknopt-formulier.pdf"), 904)
    entries.append({"file": "docs/x04-leeg-beknopt-formulier.pdf", "format": "pdf", "layout": "beknopt-formulier (blank fillable form)",
                    "school_type": "none", "scanned": False, "elements": lab, "accept_unclear": [],
                    "notes": "blank fillable PDF: empty fields, unticked boxes; no field for adviezen_professionals or oogo (missing); the rest incomplete"})
    convert_pending(pending, tmp)
    shutil.rmtree(tmp)
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print("wrote", len(entries), "documents")


if __name__ == "__main__":
    main()
