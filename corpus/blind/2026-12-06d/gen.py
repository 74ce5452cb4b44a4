# -*- coding: utf-8 -*-
"""Deterministic generator for blind OPP validation set 2026-12-06d.
Run:  ../venv/bin/python gen.py   (needs python-docx, reportlab, odfpy, Pillow, pypdf; soffice and pdftoppm on PATH)
Writes docs/ and labels.json next to this script."""
import json, os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import ELEMENTS, PROFILES, FIRST, LAST, STAFF, SCHOOLS, SWV, GROEP
from gen_text import CONSENT, label_of
from gen_layouts import LAYOUTS, L_leaflet, L_newsletter
import gen_render as R

FEMALE = {"dyslexie", "tos", "angst", "lich"}
F_NAMES = ["Noor", "Liv", "Fenna", "Yara", "Mila", "Lotte", "Sara", "Isa", "Jinte", "Elin", "Nova", "Amira", "Roos", "Fleur", "Zoë", "Hanna", "Ilse", "Merel", "Puck", "Vera", "Lieke", "Senna", "Nina", "Evi", "Sofie", "Tess", "Maud"]
M_NAMES = ["Sem", "Daan", "Thijs", "Joep", "Bram", "Finn", "Ravi", "Teun", "Mees", "Stijn", "Kees", "Jelle", "Milan", "Otis", "Gijs", "Luuk", "Tobias", "Hidde", "Ayoub", "Wout", "Job", "Koen", "Rik", "Lars", "Ids"]

PERIODS = {  # oogo, vast, ev1, ev2, schooljaar, post-1-aug-2025?
 "pre1": ("11-03-2025", "25-03-2025", "juni 2025", "maart 2026", "2024-2025", False),
 "pre2": ("08-10-2024", "22-10-2024", "februari 2025", "juni 2025", "2024-2025", False),
 "pre3": ("20-05-2025", "03-06-2025", "november 2025", "mei 2026", "2024-2025", False),
 "post1": ("23-09-2025", "07-10-2025", "februari 2026", "juni 2026", "2025-2026", True),
 "post2": ("04-11-2025", "18-11-2025", "maart 2026", "oktober 2026", "2025-2026", True),
 "post3": ("20-01-2026", "03-02-2026", "juni 2026", "januari 2027", "2025-2026", True),
 "post4": ("29-09-2026", "13-10-2026", "februari 2027", "juni 2027", "2026-2027", True),
}


def D(stem, fmt, layout, typ, prof, period, consent, v=None, **kw):
    return dict(stem=stem, fmt=fmt, layout=layout, type=typ, profile=prof, period=period, consent=consent, v=v or {}, **kw)


# fmt: docx | pdfw (Word->PDF via soffice) | pdf (direct, reportlab) | form (fillable PDF) | odt | txt | scan
SPECS = [
 # ---------------- po
 D("po-01", "pdfw", "swv-numbered", "po", "dyslexie", "post1", "rows_signed", notes="complete plan; consent rows per person with typed 'w.g.' marks"),
 D("po-02", "docx", "two-column-table", "po", "tos", "post2", "voor_gezien", {"onderbouwing": ("ph", "ntb")}, notes="onderbouwing 'n.t.b.'; parent signed 'voor gezien'"),
 D("po-03", "odt", "question-headings", "po", "dyslexie", "pre1", "tick_akkoord", {"inbreng_leerling": "na_omit"}, notes="plan set March 2025 (pupil input not yet required, absent); akkoord ticked and signed; otherwise complete"),
 D("po-04", "pdf", "letter", "po", "adhd", "post1", "slip_blank", {"inbreng_leerling": "noeffect"}, notes="reply slip left blank; pupil's view quoted without what it changed"),
 D("po-05", "form", "beknopt-form", "po", "dyslexie", "post2", "form_checked", {"informatie_rechten": "missing"}, notes="fillable form with filled fields and ticked akkoord box; no information on rights"),
 D("po-06", "txt", "system-export", "po", "lich", "post3", "digital", {"afwijkingen_onderwijsprogramma": "missing", "adviezen_professionals": ("ref",)}, notes="export with portal e-consent; afwijkingen silent although PE is replaced; advice only 'zie bijlage'"),
 D("po-07", "scan", "domain-factor-table", "po", "tos", "pre2", "rows_signed", {"bevorderende_factoren": "empty", "inbreng_leerling": "na_omit"}, sig="image", notes="scan; bevorderend column empty; drawn signatures"),
 D("po-08", "docx", "groeidocument", "po", "adhd", "post3", "sdt_checked", {}, cc=True, notes="groeidocument with Word content controls, checkbox control ticked; complete"),
 D("po-09", "pdf", "two-column-table", "po", "lich", "post4", "rows_signed", {}, notes="complete plan in a two-column table"),
 D("po-10", "docx", "system-export", "po", "ass", "post2", "digital", {"vaststelling": "missing"}, notes="export without any vaststelling date/person"),
 # ---------------- sbo
 D("sbo-01", "docx", "swv-numbered", "sbo", "gedrag", "post1", "onder_protest", notes="signed 'onder protest' with objection; afwijkingen explicitly none"),
 D("sbo-02", "pdfw", "domain-factor-table", "sbo", "adhd", "post2", "cols_signed", {}, sig="image", notes="complete; signatures as drawn images in columns per person"),
 D("sbo-03", "txt", "question-headings", "sbo", "tos", "pre1", "refused", {"ondersteuning": ("instr",), "inbreng_leerling": "na_omit"}, notes="consent refused; ondersteuning only the template instruction"),
 D("sbo-04", "odt", "letter", "sbo", "gedrag", "post3", "slip_filled", {"oogo": ("oogo_nodate",)}, notes="reply slip filled and ticked; OOGO line with placeholder date"),
 D("sbo-05", "pdf", "system-export", "sbo", "dyslexie", "rev", "rows_signed", {"inbreng_leerling": "missing"}, notes="plan set March 2025 but revised October 2025 without pupil input"),
 D("sbo-06", "docx", "beknopt-form", "sbo", "adhd", "post4", "sdt_unchecked", {"doelen": ("ph", "cc"), "evaluatie": ("ph", "cc")}, cc=True,
   notes="content controls: doelen/evaluatie still show 'Klik of tik om tekst in te voeren.'; consent checkbox control unticked, name empty"),
 D("sbo-07", "txt", "groeidocument", "sbo", "lich", "post1", "stated", {"inbreng_leerling": ("ph", "overleg")}, notes="consent stated (e-mail, date); inbreng 'volgt na overleg'"),
 # ---------------- so
 D("so-01", "pdfw", "groeidocument", "so", "lich", "post1", "next_page", {}, notes="complete; signatures on the page after the consent heading"),
 D("so-02", "pdf", "swv-numbered", "so", "tos", "post2", "school_only", {"adviezen_professionals": ("text", "Zie verslag commissie van onderzoek cluster 2 en logopedieverslag (in dossier).")},
   notes="only the school signed; advice only 'zie verslag'"),
 D("so-03", "odt", "two-column-table", "so", "ass", "pre1", "no_date", {"inbreng_leerling": "na_omit"}, notes="signatures without dates; plan from March 2025"),
 D("so-04", "docx", "domain-factor-table", "so", "gedrag", "post3", "partial", {"doelen": ("ph", "aanvullen")}, notes="partial consent; doelen 'nog aanvullen'"),
 D("so-05", "scan", "question-headings", "so", "lich", "post2", "tick_akkoord", {}, sig="image", notes="scan of a complete plan; drawn signature"),
 D("so-06", "txt", "system-export", "so", "zml", "post1", "avg_only", {"evaluatie": "missing"}, notes="only AVG/photo consent signed, no consent to the handelingsdeel; no evaluation"),
 D("so-07", "pdfw", "letter", "so", "tos", "post4", "condition", {}, notes="consent given on a condition"),
 D("so-08", "scan", "beknopt-form", "so", "zml", "pre3", "tick_akkoord", {"inbreng_leerling": "na_omit"}, sig="image", notes="scan of a short form, June 2025; complete for its date"),
 # ---------------- vo
 D("vo-01", "docx", "swv-numbered", "vo", "ass", "post2", "cols_signed", {}, notes="complete; columns per person"),
 D("vo-02", "pdfw", "two-column-table", "vo", "angst", "post1", "remark", {}, notes="complete; consent with a non-conditional remark"),
 D("vo-03", "pdf", "domain-factor-table", "vo", "adhd", "pre2", "blank_line", {"informatie_rechten": "partial", "inbreng_leerling": "na_omit"}, notes="blank signature line; rights only 'ask the mentor'"),
 D("vo-04", "odt", "groeidocument", "vo", "angst", "post3", "name_nosig", {"uitstroombestemming": ("ph", "overleg")}, notes="name and date typed, signature cell empty; uitstroom 'volgt na overleg'"),
 D("vo-05", "pdfw", "system-export", "vo", "dyslexie", "post2", "stated", {"vaststelling": ("nodate",)}, notes="consent stated by e-mail; vaststelling without date"),
 D("vo-06", "form", "beknopt-form", "vo", "ass", "post1", "form_unchecked", {}, notes="fillable form: consent boxes unticked, parent name field empty"),
 D("vo-07", "docx", "question-headings", "vo", "angst", "pre3", "tick_none", {"inbreng_leerling": "na_show"}, notes="neither akkoord nor niet akkoord ticked; plan June 2025 (pupil view shown, not required)"),
 D("vo-08", "txt", "letter", "vo", "adhd", "post3", "voor_akkoord", {"belemmerende_factoren": ("instr",)}, notes="'voor akkoord' signed; belemmerende factoren only instruction text"),
 D("vo-09", "scan", "two-column-table", "vo", "ass", "post1", "rows_signed", {"onderbouwing": "empty"}, sig="image", notes="scan; onderbouwing row empty"),
 D("vo-10", "pdf", "groeidocument", "vo", "dyslexie", "post4", "tick_niet", {"doelen": ("vague",)}, notes="'niet akkoord' ticked; doelen vague, not checkable"),
 # ---------------- pro
 D("pro-01", "pdfw", "swv-numbered", "pro", "pro", "post1", "rows_signed", {}, notes="complete praktijkonderwijs plan"),
 D("pro-02", "docx", "groeidocument", "pro", "pro", "pre1", "tick_niet", {"inbreng_leerling": "na_omit"}, notes="'niet akkoord' ticked"),
 D("pro-03", "pdf", "question-headings", "pro", "pro", "post2", "digital", {"doelen": ("ph", "dots")}, notes="doelen '...'"),
 D("pro-04", "odt", "system-export", "pro", "pro", "post3", "rows_signed", {"oogo": "missing", "evaluatie": ("ph", "ntb")}, notes="no OOGO record; evaluatie 'n.t.b.'"),
 D("pro-05", "txt", "beknopt-form", "pro", "pro", "post4", "slip_filled", {"ondersteuningsbehoefte": "missing"}, notes="no onderwijsbehoeften; reply slip filled"),
 # ---------------- vso
 D("vso-01", "pdfw", "swv-numbered", "vso", "ass", "post1", "adult_self", {}, adult=True, inbreng_na=True, notes="adult handelingsbekwaam pupil consents himself; inbreng n/a (he is the party)"),
 D("vso-02", "docx", "two-column-table", "vso", "gedrag", "post2", "adult_parents_only", {}, adult=True, inbreng_na=True, notes="adult handelingsbekwaam pupil, only parents signed"),
 D("vso-03", "pdf", "groeidocument", "vso", "zml", "post2", "curator", {}, adult=True, curatele=True, notes="pupil under curatele; curator (mother) consents; pupil's input present"),
 D("vso-04", "odt", "letter", "vso", "zml", "post3", "curatele_self", {}, adult=True, curatele=True, notes="pupil under curatele signed alone, curator line empty"),
 D("vso-05", "form", "beknopt-form", "vso", "pro", "post1", "form_checked", {}, notes="fillable form; complete; arbeidsmarktgericht profile"),
 D("vso-06", "odt", "question-headings", "vso", "adhd", "pre1", "rows_signed", {"uitstroombestemming": "missing", "inbreng_leerling": "na_omit"}, notes="no uitstroombestemming stated (onderbouwing alone)"),
 D("vso-07", "scan", "system-export", "vso", "gedrag", "post3", "cols_signed", {}, sig="image", notes="scan of an export; complete"),
 D("vso-08", "txt", "two-column-table", "vso", "angst", "post2", "cols_signed", {"adviezen_professionals": "missing", "informatie_rechten": "missing"}, notes="no advice, no rights information"),
 D("vso-09", "pdfw", "domain-factor-table", "vso", "zml", "pre2", "sdt_checked", {"inbreng_leerling": "na_omit", "bevorderende_factoren": "missing"}, cc=True,
   notes="Word checkbox control ticked (rendered to PDF); no bevorderend column at all"),
]
NON_OPP = [
 dict(stem="none-01", fmt="pdf", layout="leaflet", notes="parents' leaflet about what an OPP is; contains the element words and an example signature block"),
 dict(stem="none-02", fmt="pdfw", layout="newsletter", notes="school newsletter mentioning OPP evaluations"),
 dict(stem="none-03", fmt="docx", layout="blank-swv-numbered", notes="blank numbered format: instruction texts under all headings, blank signature line; no rights section"),
 dict(stem="none-04", fmt="odt", layout="blank-two-column-table", notes="blank two-column format (older version without pupil's input and rights rows)"),
 dict(stem="none-05", fmt="txt", layout="leaflet", notes="plain-text copy of a parents' leaflet"),
]


def ctx(s, i):
    typ, prof = s["type"], s["profile"]
    fem = prof in FEMALE
    vn = (F_NAMES if fem else M_NAMES)[(i * 7 + 3) % (len(F_NAMES) if fem else len(M_NAMES))]
    an = LAST[(i * 11 + 5) % len(LAST)]
    school, plaats = SCHOOLS[typ][i % len(SCHOOLS[typ])]
    st = lambda k: STAFF[(i * 3 + k) % len(STAFF)]
    per = "pre1" if s["period"] == "rev" else s["period"]
    oogo, vast, ev1, ev2, sj, post = PERIODS[per]
    d = dict(s)
    ad = an.split(" ")[-1] if not an.startswith(("Van", "De", "Ten", "Ter", "El")) else an
    moeder = f"mw. {'ABCDEHJKLMNPRST'[i % 15]}. {an}"
    vader = f"dhr. {'GHJKLMNPRSTW'[i % 12]}. {an}"
    ouders = [moeder] if i % 4 == 1 else [moeder, vader]
    yr = int(vast[-4:])
    age = {"po": 10, "sbo": 10, "so": 9, "vo": 14, "pro": 15, "vso": 16}[typ]
    if s.get("adult"):
        age = 18 if not s.get("curatele") else 19
    gy = yr - age - 1
    d.update(vn=vn, an=an, name=f"{vn} {an}", geb=f"{(i % 27) + 1:02d}-{(i % 11) + 1:02d}-{gy}", school=school, plaats=plaats, swv=SWV[typ],
             groep=GROEP[typ], mentor=st(0), ib=st(1), dir=st(2), rt=st(3).split(" ", 1)[1], adv="drs. " + st(4).split(" ", 1)[1],
             advdatum=f"{(i % 20) + 5:02d}-0{(i % 6) + 1}-{yr - 1}", start=ev1.split()[0] if False else oogo, oogo=oogo, vast=vast, ev1=ev1, ev2=ev2,
             sj=sj, post=post, ouders=ouders, sigdate=vast, gesprek=oogo, ibrol="zorgcoördinator" if typ in ("vo", "pro", "vso") else "intern begeleider",
             retour=vast, briefdatum=oogo, adres=f"Lindelaan {i + 3}, {plaats}", brin=f"{'ABCDEFGH'[i % 8]}{i % 10}{(i * 7) % 10}X{i % 9}", lid=f"{100230 + i * 17}",
             achttien=f"{(i % 27) + 1:02d}-{(i % 11) + 1:02d}-{gy + 18}", curdatum=f"12-05-{gy + 18}", sigtext=["(w.g.)", "(getekend)", "/getekend/"][i % 3])
    d["start"] = oogo
    d["pupil_at_oogo"] = post or bool(s.get("adult"))
    # pupil's input: before 1-8-2025 not applicable (unless revised after), adult handelingsbekwaam not applicable
    if s["period"] == "rev":
        d["vast"] = vast
        d["v"].setdefault("evaluatie", ("text", f"Het OPP is geëvalueerd en bijgesteld op 14-10-2025 met ouders (tussenevaluatie). Volgende evaluatie: juni 2026, daarna minimaal eenmaal per schooljaar."))
        d["post"] = False
        d.setdefault("labels", {})["evaluatie"] = "present"
    if not post and s["period"] != "rev":
        d["inbreng_na"] = True
    if s["layout"] == "system-export":
        d["footer"] = f"{school} · Vertrouwelijk · Afgedrukt op 06-12-2026 door {d['ib']} · pagina {{PAGE}} van {{NUMPAGES}}"
        d["header"] = "Leerlingvolgsysteem – module Zorg"
    d["consent_label"] = CONSENT[s["consent"]]
    d["doctitle"] = f"OPP {vn} {an}"
    return d


def blank_ctx(layout, i):
    d = dict(stem=f"blank{i}", type="po", profile="dyslexie", vn="[naam]", an="", name="", geb="", school="Basisschool .....", plaats="",
             swv=SWV["po"], groep="", mentor="", ib="", dir="", ibrol="intern begeleider", sj="20..-20..", ouders=["", ""], sigdate="", oogo="", post=True,
             consent="blank_line", consent_label="incomplete", sigtext="")
    v = {el: ("instr",) for el in ELEMENTS}
    if layout == "blank-swv-numbered":
        v["informatie_rechten"] = "missing"; v["vaststelling"] = ("text", "Datum vaststelling: ............   Naam directeur: ............")
    else:
        v = {el: "empty" for el in ELEMENTS}
        v["inbreng_leerling"] = "missing"; v["informatie_rechten"] = "missing"
    d["v"] = v
    return d


def main():
    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    tmp = tempfile.mkdtemp(prefix="gen15-", dir=os.path.dirname(HERE))
    labels, to_soffice = [], []
    ext = {"docx": "docx", "pdfw": "pdf", "pdf": "pdf", "form": "pdf", "odt": "odt", "txt": "txt", "scan": "pdf"}
    for i, s in enumerate(SPECS + NON_OPP):
        if s in SPECS:
            d = ctx(s, i)
            B = LAYOUTS[s["layout"]](d)
            elements = {el: label_of(el, d) for el in ELEMENTS}
            st = s["type"]
        else:
            if s["layout"].startswith("blank"):
                d = blank_ctx(s["layout"], i)
                B = LAYOUTS[s["layout"][6:]](d)
                elements = {el: label_of(el, d) for el in ELEMENTS}
                if s["layout"] == "blank-two-column-table":
                    B = [b for b in B]  # consent block of blank form is a blank line
            else:
                d = dict(stem=s["stem"], swv=SWV["po"], school="OBS De Zeilkamp")
                B = L_leaflet(d) if s["layout"] == "leaflet" else L_newsletter(d)
                elements = {el: "missing" for el in ELEMENTS}
            d["stem"] = s["stem"]; d["doctitle"] = "Document"
            st = "none"
        fmt = s["fmt"]
        layout_name = s["layout"]
        fname = f"{s['stem']}-{layout_name}.{ext[fmt]}"
        out = os.path.join(docs_dir, fname)
        if fmt == "docx":
            R.to_docx(B, d, out)
        elif fmt == "pdfw":
            p = os.path.join(tmp, fname[:-4] + ".docx"); R.to_docx(B, d, p); to_soffice.append((p, out, d))
        elif fmt == "pdf":
            R.to_pdf(B, d, out)
        elif fmt == "form":
            R.to_pdf(B, d, out, form=True)
        elif fmt == "odt":
            R.to_odt(B, d, out)
        elif fmt == "txt":
            R.to_txt(B, d, out)
        elif fmt == "scan":
            p = os.path.join(tmp, "scan-src.pdf"); R.to_pdf(B, d, p); R.make_scan(p, out, s["stem"], tmp)
        acc = []
        if fmt == "scan":
            acc = ["instemming_ouders", "vaststelling"]
        elif d.get("sig") == "image" and d.get("consent_label") == "present":
            acc = ["instemming_ouders"]
        labels.append({"file": "docs/" + fname, "format": ext[fmt] if fmt != "txt" else "txt", "layout": layout_name,
                       "school_type": st, "scanned": fmt == "scan", "elements": elements, "accept_unclear": acc,
                       "notes": f"{layout_name}; {({'pdfw': 'PDF exported from Word (soffice)', 'pdf': 'PDF made directly (reportlab)', 'form': 'fillable PDF form (AcroForm)', 'scan': 'scanned PDF (page images, noise, skew)', 'docx': 'DOCX', 'odt': 'ODT', 'txt': 'plain text'})[fmt]}; " + s.get("notes", "")})
    if to_soffice:
        prof = "file://" + os.path.join(tmp, "lo-profile")
        subprocess.run(["nice", "soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", tmp] + [p for p, _, _ in to_soffice],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p, out, d in to_soffice:
            shutil.move(p[:-5] + ".pdf", out)
            R.fix_pdf_meta(out, d)
    shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
