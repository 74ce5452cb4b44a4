# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06u.
Run: python generate.py   (needs python-docx, reportlab, pillow, numpy; soffice + pdftoppm on PATH)
Writes docs/, labels.json. Fixed seeds and fixed dates throughout."""
import os, sys, json, random, shutil, subprocess, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import EIDS, make_pupil, uitstroom_text, label_of, num_date, nl_date, add_days
import render as R

DOCS = os.path.join(HERE, "docs")
WORK = os.path.join(HERE, "_build")

PRE = [(2024, 10, 8), (2025, 2, 11), (2025, 5, 20), (2024, 11, 26), (2025, 3, 18)]
POST = [(2025, 9, 30), (2025, 10, 14), (2025, 11, 18), (2026, 1, 20), (2026, 3, 3), (2026, 10, 6), (2025, 12, 9)]

# (slug, layout, format, school type, pre/post, overrides, options)
SPECS = [
    ("po-a", "L1", "docx", "po", "post", {}, {}),
    ("po-b", "L2", "pdf", "po", "post", {"doelen": "VAGUE", "ondersteuning": "VAGUE"}, {}),
    ("po-c", "L4", "pdf", "po", "post", {"onderbouwing": "E", "adviezen_professionals": "E", "evaluatie": "E",
                                        "instemming_ouders": "C_BLANK", "inbreng_leerling": "E"}, {}),
    ("po-d", "L6", "txt", "po", "post", {}, {"afw_na": True}),
    ("po-e", "L10", "pdf", "po", "pre", {}, {"scanned": True}),
    ("po-f", "L5", "docx", "po", "post", {"inbreng_leerling": "I_NOCHANGE", "instemming_ouders": "C_UNTICKED",
                                         "afwijkingen_onderwijsprogramma": "M"}, {}),
    ("po-g", "L8", "pdf", "po", "pre", {"adviezen_professionals": "REF", "instemming_ouders": "C_GEZIEN"}, {}),
    ("po-h", "L7", "odt", "po", "post", {"doelen": ("HOST", "ondersteuning"), "ondersteuning": "INHOST",
                                        "informatie_rechten": "VAGUE"}, {}),
    ("po-i", "L9", "pdf", "po", "post", {"oogo": "VAGUE", "vaststelling": "PH"}, {}),
    ("po-j", "L11", "pdf", "po", "post", {"adviezen_professionals": "M", "onderbouwing": "VAGUE"}, {"afw_na": True}),
    ("sbo-a", "L3", "odt", "sbo", "post", {}, {}),
    ("sbo-b", "L1", "pdf", "sbo", "pre", {"belemmerende_factoren": "REPEAT", "instemming_ouders": "C_NODATE"}, {}),
    ("sbo-c", "L11", "docx", "sbo", "post", {"onderbouwing": "M", "adviezen_professionals": "M",
                                            "informatie_rechten": "M", "evaluatie": "PH"}, {}),
    ("sbo-d", "L4", "pdf", "sbo", "post", {}, {"afw_na": True}),
    ("sbo-e", "L6", "txt", "sbo", "post", {"instemming_ouders": "C_PARTIAL", "inbreng_leerling": "M"}, {}),
    ("sbo-f", "L2", "pdf", "sbo", "post", {"instemming_ouders": "C_SCHOOL"}, {"scanned": True}),
    ("sbo-g", "L5", "docx", "sbo", "post", {}, {}),
    ("so-a", "L1", "docx", "so", "post", {"adviezen_professionals": "REF", "uitstroombestemming": "VAGUE"}, {}),
    ("so-b", "L8", "pdf", "so", "post", {}, {"afw_na": True}),
    ("so-c", "L3", "odt", "so", "pre", {"bevorderende_factoren": "E", "doelen": "INS"}, {}),
    ("so-d", "L9", "pdf", "so", "post", {"instemming_ouders": "C_AVG", "inbreng_leerling": "PH"}, {}),
    ("so-e", "L4", "pdf", "so", "post", {"ondersteuning": "E", "afwijkingen_onderwijsprogramma": "E",
                                        "vaststelling": "E", "instemming_ouders": "C_NAMEONLY"}, {}),
    ("so-f", "L10", "pdf", "so", "post", {}, {}),
    ("so-g", "L7", "md", "so", "post", {"uitstroombestemming": ("HOST", "onderbouwing"), "onderbouwing": "INHOST",
                                       "evaluatie": "VAGUE"}, {}),
    ("vo-a", "L2", "pdf", "vo", "post", {}, {}),
    ("vo-b", "L5", "docx", "vo", "post", {"ondersteuningsbehoefte": "INS", "doelen": "PH", "instemming_ouders": "C_PROTEST"}, {}),
    ("vo-c", "L1", "pdf", "vo", "post", {}, {"afw_na": True}),
    ("vo-d", "L6", "txt", "vo", "post", {"evaluatie": "M", "informatie_rechten": "M", "instemming_ouders": "M"}, {}),
    ("vo-e", "L11", "pdf", "vo", "pre", {}, {"scanned": True}),
    ("vo-f", "L3", "odt", "vo", "post", {"belemmerende_factoren": "VAGUE", "bevorderende_factoren": "VAGUE", "oogo": "E"}, {}),
    ("vo-g", "L8", "docx", "vo", "pre", {"afwijkingen_onderwijsprogramma": "VAGUE", "instemming_ouders": "C_REFUSED"}, {}),
    ("vo-h", "L9", "pdf", "vo", "post", {"inbreng_leerling": "I_NOCHANGE", "vaststelling": "VAGUE"}, {}),
    ("vo-i", "L4", "pdf", "vo", "post", {"ondersteuningsbehoefte": "REPEAT", "doelen": "VAGUE"}, {}),
    ("pro-a", "L1", "docx", "pro", "post", {}, {}),
    ("pro-b", "L2", "pdf", "pro", "post", {"adviezen_professionals": "VAGUE", "afwijkingen_onderwijsprogramma": "M"}, {}),
    ("pro-c", "L7", "odt", "pro", "post", {}, {}),
    ("pro-d", "L10", "pdf", "pro", "post", {"onderbouwing": "PH"}, {"scanned": True}),
    ("pro-e", "L6", "txt", "pro", "post", {"uitstroombestemming": "REF"}, {}),
    ("pro-f", "L5", "docx", "pro", "pre", {}, {}),
    ("pro-g", "L11", "odt", "pro", "post", {"evaluatie": "M", "informatie_rechten": "M", "oogo": "M",
                                           "instemming_ouders": "C_SCHOOL"}, {}),
    ("vso-a", "L1", "docx", "vso", "post", {}, {"adult": True}),
    ("vso-b", "L2", "pdf", "vso", "post", {}, {"adult": True, "curatele": True}),
    ("vso-c", "L3", "odt", "vso", "post", {"uitstroombestemming": "INS", "adviezen_professionals": "E"}, {}),
    ("vso-d", "L4", "pdf", "vso", "post", {}, {}),
    ("vso-e", "L9", "pdf", "vso", "post", {"instemming_ouders": "C_WRONGPARTY"}, {"adult": True}),
    ("vso-f", "L5", "docx", "vso", "post", {"instemming_ouders": "C_WRONGPARTY"}, {"adult": True, "curatele": True}),
    ("vso-g", "L8", "pdf", "vso", "post", {"ondersteuning": "REF"}, {"scanned": True}),
    ("vso-h", "L7", "txt", "vso", "pre", {"informatie_rechten": "PH", "evaluatie": "REPEAT"}, {}),
    ("vso-i", "L10", "pdf", "vso", "pre", {}, {"afw_na": True}),
]

LAYOUT_NAMES = {
    "L1": "swv-genummerd (numbered sections, pupil data grid, signature table)",
    "L2": "tweekolom-tabel (two-column PDF table: label | content)",
    "L3": "domeintabel (part A perspective, factor table per domain with belemmerend/bevorderend columns, part B handelingsdeel)",
    "L4": "invulformulier (fillable AcroForm PDF with text fields, check boxes and signature lines)",
    "L5": "inhoudsbesturingselementen (DOCX with content controls and tick-box content controls)",
    "L6": "e-mail (plain-text mail from mentor with the plan pasted in, sometimes a parent's reply on top)",
    "L7": "vraagkoppen (question headings, parent-friendly wording; odt, md or txt)",
    "L8": "groeidocument (growth document with the OPP as chapter 4)",
    "L9": "systeem-export (LVS export with header bar and print footer)",
    "L10": "brief (letter to parents with bold lead-ins, hand-signed)",
    "L11": "beknopt-opp (one-page two-column short form)",
}

GAP_WORDS = {"E": "empty", "PH": "placeholder", "INS": "template instruction left in", "REF": "only refers elsewhere",
             "VAGUE": "sounds filled in but says nothing concrete", "REPEAT": "only repeats its heading",
             "I_NOCHANGE": "pupil's view without what it changed", "M": "left out",
             "C_GEZIEN": "consent 'voor gezien'", "C_PROTEST": "consent 'onder protest'", "C_REFUSED": "consent refused",
             "C_PARTIAL": "partial consent", "C_SCHOOL": "signed only by the school", "C_BLANK": "blank signature lines, no box ticked",
             "C_UNTICKED": "signed and dated but no box ticked", "C_NODATE": "signature without date",
             "C_NAMEONLY": "name filled in, looks signed but no signature and no date",
             "C_WRONGPARTY": "signed by the wrong party (parent for a handelingsbekwaam adult / pupil under curatele instead of curator)",
             "C_AVG": "only an AVG consent is signed; OPP consent absent", "HOST": "HOST"}


def school_year(dt):
    y, m, _ = dt
    return "%d-%d" % (y, y + 1) if m >= 8 else "%d-%d" % (y - 1, y)


def build_doc(i, spec):
    slug, lay, fmt, st, when, over, opt = spec
    seed = 3300 + i * 17
    rng = random.Random(seed)
    p = make_pupil(rng, st, adult=opt.get("adult", False), curatele=opt.get("curatele", False))
    p["uitstroom"] = uitstroom_text(p, rng)
    plan = (PRE if when == "pre" else POST)[i % (len(PRE) if when == "pre" else len(POST))]
    d = dict(plan=plan, oogo=add_days(plan, -7), sign=add_days(plan, 5), post=(when == "post"), sy=school_year(plan))
    v = {e: "P" for e in EIDS}
    if opt.get("afw_na"):
        v["afwijkingen_onderwijsprogramma"] = "NA"
    if when == "pre" or (p["adult"] and not p["curatele"]):
        v["inbreng_leerling"] = "NA"
    v.update(over)
    return dict(slug=slug, layout=lay, fmt=fmt, stype=st, when=when, p=p, d=d, v=v, rng=rng, seed=seed,
                scanned=opt.get("scanned", False), over=over)


def soffice(files, target, outdir):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    cmd = ["nice", "soffice", "--headless", "-env:UserInstallation=file://%s/lo_profile" % WORK,
           "--convert-to", target, "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scan(pdf_in, pdf_out, seed, photo=False):
    import numpy as np
    from PIL import Image, ImageFilter
    pre = os.path.join(WORK, "scan_%d" % seed)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", pdf_in, pre], check=True)
    pages = sorted(glob.glob(pre + "*.pgm"))
    rs = np.random.RandomState(seed)
    ims = []
    for k, pg in enumerate(pages):
        im = Image.open(pg).convert("L")
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rs.normal(0, 11, a.shape)             # paper grey + sensor noise
        if photo:                                                 # phone photo: uneven light from one corner
            yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
            a = a * (0.72 + 0.28 * (xx / a.shape[1] * 0.5 + (1 - yy / a.shape[0]) * 0.5))
        spots = rs.rand(*a.shape) < 0.0015                        # dust
        a[spots] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im = im.rotate(float(rs.uniform(-1.6, 1.6)) * (2.2 if photo else 1), resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
        os.remove(pg)
    ims[0].save(pdf_out, save_all=True, append_images=ims[1:], resolution=110.0)


def non_opps():
    """Documents that are not OPPs (leaflet, newsletter, invitation) and two blank formats."""
    out = []
    # leaflet: two-column PDF
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    S = R.STY
    fn = os.path.join(DOCS, "folder-wat-is-een-opp.pdf")
    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm, bottomMargin=1.6 * cm)
    fw = (A4[0] - 3.2 * cm - 0.8 * cm) / 2
    frames = [Frame(1.6 * cm, 1.6 * cm, fw, A4[1] - 3.2 * cm, id="l"), Frame(1.6 * cm + fw + 0.8 * cm, 1.6 * cm, fw, A4[1] - 3.2 * cm, id="r")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    txt = [("Wat is een OPP?", "Een ontwikkelingsperspectiefplan (OPP) maakt de school voor leerlingen die extra ondersteuning krijgen. "
            "In het plan staat onder meer de te verwachten uitstroombestemming en de onderbouwing daarvan."),
           ("Wat staat er in?", "Belemmerende en bevorderende factoren, de ondersteuningsbehoefte van uw kind, de ondersteuning die de "
            "school biedt, doelen, eventuele afwijkingen van het onderwijsprogramma en adviezen van deskundigen."),
           ("Uw rol als ouder", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). "
            "Voor het handelingsdeel is uw instemming nodig. Ook uw kind mag zijn mening geven."),
           ("Evaluatie", "Het plan wordt ten minste één keer per schooljaar met u geëvalueerd."),
           ("Niet eens?", "Praat eerst met de school. U kunt hulp vragen bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent of "
            "de Geschillencommissie passend onderwijs."),
           ("Meer weten?", "Kijk op de website van het samenwerkingsverband of vraag de intern begeleider van de school.")]
    story = [Paragraph("Samenwerkingsverband Klaverdijk", S["s"]), Paragraph("Folder voor ouders: het OPP", S["h"])]
    for h, t in txt * 2:
        story += [Paragraph(h, S["h2"]), Paragraph(t, S["n"])]
        if h == "Uw rol als ouder":
            story.append(FrameBreak())
        if h == "Meer weten?":
            break
    doc.build(story)
    out.append(("folder-wat-is-een-opp.pdf", "pdf", "folder-tweekolom (leaflet for parents, two-column PDF)", "none",
                {e: "missing" for e in EIDS}, "Not an OPP: leaflet explaining what an OPP contains; mentions every element by name."))
    # newsletter as plain text mail
    fn = os.path.join(DOCS, "nieuwsbrief-december.txt")
    with open(fn, "w", encoding="utf-8") as f:
        f.write("From: Nieuwsbrief OBS De Klimboom <info@klimboom-fictief.nl>\nDate: 04-12-2026 12:00\nSubject: Nieuwsbrief december\n\n"
                "NIEUWSBRIEF DECEMBER\n\n* Sinterklaas\nDe Sint bracht ons op vrijdag een bezoek; alle groepen kregen een cadeau.\n\n"
                "* Passend onderwijs\nSommige leerlingen hebben een ontwikkelingsperspectief (OPP). De intern begeleider bespreekt "
                "dit plan altijd met ouders en leerling; evaluatie vindt twee keer per jaar plaats. Vragen? Mail de IB'er.\n\n"
                "* Luizencontrole\nNa elke vakantie. Ouders die willen helpen kunnen zich melden.\n\n"
                "* Kerstviering\nDonderdag 17 december van 17.00 tot 18.30 uur.\n")
    out.append(("nieuwsbrief-december.txt", "txt", "nieuwsbrief-email (newsletter)", "none", {e: "missing" for e in EIDS},
                "Not an OPP: school newsletter with a paragraph about OPPs."))
    # invitation (docx -> odt)
    from docx import Document
    D = Document()
    D.add_heading("Uitnodiging informatieavond passend onderwijs", 1)
    D.add_paragraph("Beste ouders,\n\nOp dinsdag 19 januari organiseren wij een avond over passend onderwijs. Wij vertellen over "
                    "ondersteuningsprofielen, groeidocumenten en het OPP: wat staat erin, wie tekent, en hoe verloopt de evaluatie. "
                    "Een onderwijsconsulent vertelt over uw rechten.\n\nAanmelden via de ouderapp.\n\nHet zorgteam van Vakcollege De Steiger")
    import datetime
    D.core_properties.created = datetime.datetime(2026, 1, 1); D.core_properties.modified = datetime.datetime(2026, 1, 1)
    D.save(os.path.join(WORK, "uitnodiging-infoavond.docx"))
    out.append(("uitnodiging-infoavond.odt", "odt", "uitnodiging (invitation letter)", "none", {e: "missing" for e in EIDS},
                "Not an OPP: invitation to an information evening."))
    return out


def blank_formats():
    res = []
    # blank DOCX content-control format; the old format lacks inbreng_leerling and informatie_rechten
    spec = ("blanco-format-sdt", "L5", "docx", "po", "post", {}, {})
    doc = build_doc(90, spec)
    doc["v"]["inbreng_leerling"] = "M"
    doc["v"]["informatie_rechten"] = "M"
    doc["v"]["afwijkingen_onderwijsprogramma"] = "E"
    doc["v"]["instemming_ouders"] = "C_BLANK"
    R.L5_sdt(doc, os.path.join(DOCS, "blanco-format-sdt"), blank=True)
    lab = {e: "incomplete" for e in EIDS}
    lab["inbreng_leerling"] = "missing"; lab["informatie_rechten"] = "missing"
    res.append(("blanco-format-sdt.docx", "docx", "blank format: " + LAYOUT_NAMES["L5"], "none", lab,
                "Blank format with placeholders in every content control; no pupil-view and no rights section in this format."))
    spec = ("blanco-invulformulier", "L4", "pdf", "vo", "post", {}, {})
    doc = build_doc(91, spec)
    doc["v"]["afwijkingen_onderwijsprogramma"] = "E"
    doc["v"]["instemming_ouders"] = "C_BLANK"
    for e in EIDS:
        if doc["v"][e] == "P":
            doc["v"][e] = "E"
    R.L4_form(doc, os.path.join(DOCS, "blanco-invulformulier"), blank=True, lacks=("informatie_rechten",))
    lab = {e: "incomplete" for e in EIDS}
    lab["informatie_rechten"] = "missing"
    res.append(("blanco-invulformulier.pdf", "pdf", "blank format: " + LAYOUT_NAMES["L4"], "none", lab,
                "Empty fillable form; all fields empty, no box ticked; the form has no rights section."))
    return res


def main():
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(DOCS); os.makedirs(WORK)
    entries = []
    to_pdf, to_odt = [], []
    built = []
    for i, spec in enumerate(SPECS):
        doc = build_doc(i, spec)
        lay, fmt = doc["layout"], doc["fmt"]
        base_doc = os.path.join(DOCS, doc["slug"])
        base_wrk = os.path.join(WORK, doc["slug"])
        target = base_wrk if (doc["scanned"] or fmt in ("odt",) or (fmt == "pdf" and lay in ("L1", "L3", "L5", "L7", "L8", "L11"))) else base_doc
        if lay == "L1": R.L1_numbered(doc, target)
        elif lay == "L2": R.L2_twocol(doc, target)
        elif lay == "L3": R.L3_domains(doc, target)
        elif lay == "L4": R.L4_form(doc, target)
        elif lay == "L5": R.L5_sdt(doc, target)
        elif lay == "L6": R.L6_email(doc, target)
        elif lay == "L7":
            if fmt in ("md", "txt"):
                with open(target + "." + fmt, "w", encoding="utf-8") as f:
                    f.write(R.L7_questions_text(doc, md=(fmt == "md")))
            else:
                R.L7_questions_docx(doc, target)
        elif lay == "L8": R.L8_groei(doc, target)
        elif lay == "L9": R.L9_export(doc, target)
        elif lay == "L10": R.L10_letter(doc, target)
        elif lay == "L11": R.L11_short(doc, target)
        if os.path.exists(target + ".docx") and target == base_wrk:
            (to_odt if fmt == "odt" else to_pdf).append(target + ".docx")
        built.append(doc)
    soffice(to_pdf, "pdf", WORK)
    soffice(to_odt, "odt", DOCS)
    soffice([os.path.join(WORK, "uitnodiging-infoavond.docx")] if False else [], "odt", DOCS)
    for doc in built:
        if doc["scanned"]:
            scan(os.path.join(WORK, doc["slug"] + ".pdf"), os.path.join(DOCS, doc["slug"] + ".pdf"), doc["seed"],
                 photo=(doc["slug"] in ("pro-d", "vso-g")))
        elif doc["fmt"] == "pdf" and doc["layout"] in ("L1", "L3", "L5", "L7", "L8", "L11"):
            shutil.copy(os.path.join(WORK, doc["slug"] + ".pdf"), os.path.join(DOCS, doc["slug"] + ".pdf"))
        labels = {e: label_of(doc["v"][e]) for e in EIDS}
        gaps = ["%s: %s" % (e, GAP_WORDS[v[0] if isinstance(v, tuple) else v]) for e, v in doc["v"].items()
                if (v[0] if isinstance(v, tuple) else v) not in ("P", "NA", "INHOST")]
        host = [("%s heading holds the %s text; %s has no heading of its own" % (e, v[1], v[1])) for e, v in doc["v"].items() if isinstance(v, tuple)]
        gaps = [g for g in gaps if "HOST" not in g] + host
        who = ""
        if doc["p"]["adult"]:
            who = " Adult vso pupil%s." % (" under curatele (curator consents)" if doc["p"]["curatele"] else ", handelingsbekwaam (consents himself)")
        fmtname = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "txt": "plain text", "md": "markdown"}[doc["fmt"]]
        how = {"L1": "Word export via LibreOffice" if doc["fmt"] == "pdf" else "Word document",
               "L3": "LibreOffice ODT", "L5": "content controls", "L7": "", "L8": "Word export via LibreOffice" if doc["fmt"] == "pdf" else "Word",
               "L11": "", "L2": "made directly", "L4": "fillable AcroForm", "L9": "made directly", "L10": "made directly", "L6": "e-mail"}[doc["layout"]]
        note = "%s; %s %s%s; plan %s (%s 1 Aug 2025).%s Gaps: %s." % (
            LAYOUT_NAMES[doc["layout"]].split(" (")[0], fmtname, how, (", phone photo of the printed, hand-signed plan (uneven light, skew, noise)" if doc["slug"] in ("pro-d", "vso-g") else ", scanned (noise, skew)") if doc["scanned"] else "",
            num_date(doc["d"]["plan"]), "after" if doc["d"]["post"] else "before", who, "; ".join(gaps) if gaps else "none (complete)")
        entries.append({"file": "docs/%s.%s" % (doc["slug"], doc["fmt"]), "format": "md" if doc["fmt"] == "md" else doc["fmt"],
                        "layout": LAYOUT_NAMES[doc["layout"]].split(" (")[0], "school_type": doc["stype"],
                        "scanned": doc["scanned"], "elements": labels,
                        "accept_unclear": ["instemming_ouders"] if doc["scanned"] else [], "notes": note})
    for fn, fmt, lay, st, lab, note in non_opps() + blank_formats():
        entries.append({"file": "docs/" + fn, "format": fmt, "layout": lay, "school_type": st, "scanned": False,
                        "elements": lab, "accept_unclear": [], "notes": note})
    soffice([os.path.join(WORK, "uitnodiging-infoavond.docx")], "odt", DOCS)
    for e in entries:
        assert os.path.exists(os.path.join(HERE, e["file"])), e["file"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, indent=1, ensure_ascii=False)
    shutil.rmtree(WORK, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
