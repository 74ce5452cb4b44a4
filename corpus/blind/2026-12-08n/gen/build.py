# -*- coding: utf-8 -*-
"""Build all documents and labels.json. Run: python3 gen.py (or python3 build.py)."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402
import gen  # noqa: E402
import layouts  # noqa: E402
import render  # noqa: E402
from specs import D  # noqa: E402

DOCS = os.path.join(HERE, "docs")
BUILD = render.BUILD
EXT = {"pdfw": "pdf", "pdfd": "pdf", "pdfform": "pdf", "scan": "pdf", "docx": "docx", "docx_cc": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMT = {"pdfw": "pdf", "pdfd": "pdf", "pdfform": "pdf", "scan": "pdf", "docx": "docx", "docx_cc": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMT_NOTE = {"pdfw": "PDF exported from Word-style DOCX via LibreOffice", "pdfd": "PDF made directly (reportlab)",
            "pdfform": "fillable PDF form (AcroForm fields, values filled in)", "scan": "scan: printed PDF rendered to 110 dpi greyscale, skew, noise, image-only PDF",
            "docx": "DOCX with tables and ballot-box tick boxes", "docx_cc": "DOCX with content controls (text and checkbox SDTs)",
            "odt": "ODT converted from DOCX via LibreOffice", "txt": "plain text", "md": "markdown"}


def soffice(files, target, outdir):
    if not files:
        return
    os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", target, "--outdir", outdir] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def non_opps():
    """Three documents that are not OPPs."""
    out = []
    # 1. leaflet for parents
    b = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
         ("subtitle", "Informatie voor ouders – Samenwerkingsverband Passend Primair Onderwijs Aldevoort e.o."),
         ("h1", "Voor wie is een OPP?"),
         ("p", "Heeft uw kind meer ondersteuning nodig dan de school gewoonlijk biedt, dan maakt de school een ontwikkelingsperspectiefplan. "
               "Ook voor alle leerlingen in het speciaal (basis)onderwijs en het praktijkonderwijs wordt een OPP gemaakt."),
         ("h1", "Wat staat erin?"),
         ("bullets", ["De te verwachten uitstroombestemming: naar welk type vervolgonderwijs (of werk, of dagbesteding) uw kind waarschijnlijk gaat, en waarom.",
                      "Belemmerende en bevorderende factoren: wat het leren moeilijker maakt en wat helpt.",
                      "Het handelingsdeel: welke ondersteuning uw kind krijgt, van wie en hoe vaak, en eventuele afwijkingen van het programma.",
                      "Doelen voor de komende periode en wanneer die worden geëvalueerd.",
                      "Sinds 1 augustus 2025: wat uw kind er zelf van vindt en wat de school daarmee doet."]),
         ("h1", "Wat is uw rol?"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw "
               "instemming nodig. Minstens één keer per jaar wordt het plan met u geëvalueerd."),
         ("h1", "Niet eens met het plan?"),
         ("p", "Ga eerst in gesprek met de school. U kunt ook terecht bij ons ouder- en jeugdsteunpunt (0570-000000, woensdagochtend) of bij een "
               "onderwijsconsulent. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
         ("small", "Deze folder is geen ontwikkelingsperspectiefplan. Aan deze tekst kunnen geen rechten worden ontleend. Uitgave voorjaar 2026.")]
    out.append(dict(id="info-01", fmt="pdfd", blocks=b, meta={"footer": "Folder ouders · SWV Aldevoort e.o."}, layout="folder-ouders (leaflet)",
                    note="not an OPP: leaflet for parents explaining what an OPP contains (mentions every element by name)"))
    # 2. newsletter
    b = [("title", "Nieuwsbrief IKC De Waterjuffer"), ("subtitle", "Kolderwijk · november 2025 · nummer 3"),
         ("h1", "Sinterklaas"), ("p", "Op vrijdag 5 december vieren we het sinterklaasfeest. De kinderen mogen om 12.00 uur naar huis."),
         ("h1", "Gesprekken over ontwikkelingsperspectieven"),
         ("p", "Voor een aantal kinderen heeft de school een ontwikkelingsperspectiefplan (OPP). In de week van 17 november evalueren de intern "
               "begeleiders deze plannen met de ouders en – nieuw dit jaar – ook met de kinderen zelf. U krijgt hiervoor een persoonlijke uitnodiging. "
               "In het gesprek bespreken we de doelen, de ondersteuning en de verwachte uitstroom. Uw instemming met het handelingsdeel vragen we daarna schriftelijk."),
         ("h1", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Dank aan alle ouders die helpen!"),
         ("h1", "Agenda"), ("bullets", ["17-21 november: OPP-gesprekken", "5 december: Sinterklaas", "19 december: kerstviering, 's avonds"])]
    out.append(dict(id="info-02", fmt="docx", blocks=b, meta={"footer": "Nieuwsbrief De Waterjuffer"}, layout="nieuwsbrief (newsletter)",
                    note="not an OPP: school newsletter with a paragraph about OPP evaluation meetings"))
    # 3. blank format
    G = C.GUIDANCE
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("subtitle", "Samenwerkingsverband VO Kolderwijk-Wederdam – format OPP 2025-2026 (leeg)"),
         ("h1", "1. Gegevens leerling en school"),
         ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("Groep / klas", ""), ("School", ""), ("Opgesteld door", ""), ("Datum OPP", "")]),
         ("h1", "2. Onderwijs- en ondersteuningsbehoeften"), ("guid", G["ondersteuningsbehoefte"]),
         ("h1", "3. Belemmerende en bevorderende factoren"), ("h2", "3a. Belemmerende factoren"), ("guid", G["belemmerende_factoren"]),
         ("h2", "3b. Bevorderende factoren"), ("guid", G["bevorderende_factoren"]),
         ("h1", "4. Ontwikkelingsperspectief"), ("h2", "4a. Te verwachten uitstroombestemming"), ("guid", G["uitstroombestemming"]),
         ("h2", "4b. Onderbouwing van de uitstroombestemming"), ("guid", G["onderbouwing"]),
         ("h1", "5. Adviezen van deskundigen"), ("guid", G["adviezen_professionals"]),
         ("h1", "6. Handelingsdeel"), ("h2", "6a. Doelen voor de komende periode"), ("guid", G["doelen"]),
         ("h2", "6b. Ondersteuning en begeleiding"), ("table", ["Wat", "Door wie", "Hoe vaak", "Vanaf"], [["", "", "", ""], ["", "", "", ""]], [0.42, 0.26, 0.17, 0.15]),
         ("h2", "6c. Afwijkingen van het onderwijsprogramma"), ("guid", G["afwijkingen_onderwijsprogramma"]),
         ("h1", "7. Inbreng van de leerling"), ("guid", G["inbreng_leerling"]),
         ("h1", "8. Op overeenstemming gericht overleg (OOGO)"), ("guid", G["oogo"]),
         ("h1", "9. Evaluatie"), ("guid", G["evaluatie"]),
         ("h1", "10. Instemming met het handelingsdeel"),
         ("p", "Ouder(s)/verzorger(s) verklaren kennis te hebben genomen van het ontwikkelingsperspectief en stemmen in met het handelingsdeel."),
         ("checks", [["Wij gaan akkoord met het handelingsdeel", False], ["Wij gaan niet akkoord met het handelingsdeel", False]]),
         ("sig", [dict(role="Ouder/verzorger", name="", signed=False, date=""), dict(role="Namens de school", name="", signed=False, date="")]),
         ("h1", "11. Vaststelling"), ("p", "Vastgesteld op: ____________  door: ______________________"),
         ("h1", "12. Informatie voor ouders"), ("guid", G["informatie_rechten"])]
    out.append(dict(id="info-03", fmt="docx", blocks=b, meta={"footer": "Format OPP SWV VO Kolderwijk-Wederdam · versie 2025"},
                    layout="leeg-format (blank SWV format, numbered)", note="not a filled-in OPP: the blank format itself, headings with guidance only"))
    return out


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    for sub in ("docx", "pdfconv", "odtconv", "scansrc"):
        os.makedirs(os.path.join(BUILD, sub), exist_ok=True)
    to_pdf, to_odt, scans = [], [], []
    entries = []
    for spec in D:
        c = gen.ctx_for(spec)
        X = layouts.Ctx(spec, c, cc=(spec["fmt"] == "docx_cc"))
        blocks, meta = layouts.LAYOUTS[spec["layout"]](X)
        meta.setdefault("title", f"OPP {c['full']}")
        meta["author"] = c["coord"].split(" (")[0]
        fmt = spec["fmt"]
        fname = f"{spec['id']}.{EXT[fmt]}"
        out = os.path.join(DOCS, fname)
        if fmt in ("docx", "docx_cc"):
            render.render_docx(blocks, meta, out, cc=(fmt == "docx_cc"))
        elif fmt in ("pdfw", "odt"):
            p = os.path.join(BUILD, "docx", spec["id"] + ".docx")
            render.render_docx(blocks, meta, p)
            (to_pdf if fmt == "pdfw" else to_odt).append(p)
        elif fmt == "pdfd":
            render.render_pdf(blocks, meta, out)
        elif fmt == "pdfform":
            render.render_form(blocks, meta, out, spec["id"])
        elif fmt in ("txt", "md"):
            render.render_text(blocks, meta, out, md=(fmt == "md"))
        elif fmt == "scan":
            p = os.path.join(BUILD, "scansrc", spec["id"] + ".pdf")
            render.render_pdf(blocks, meta, p, scan=True)
            scans.append((p, out, spec["id"]))
        els = {el: gen.label_for(spec, el, gen.mode_of(spec, el)) for el in C.ELEMENTS}
        ent = {"file": f"docs/{fname}", "format": FMT[fmt], "layout": layouts.LAYOUT_NAMES[spec["layout"]].split(" (")[0],
               "school_type": spec["type"], "scanned": fmt == "scan", "elements": els,
               "accept_unclear": spec.get("accept_unclear", []),
               "notes": f"layout {spec['layout']} {layouts.LAYOUT_NAMES[spec['layout']].split(' (')[0]}; {FMT_NOTE[fmt]}; plan date {spec['date']}"
                        + (f", revised {spec['revised']}" if spec.get("revised") else "") + f"; {spec['note']}"}
        gaps = {k: v for k, v in spec["gaps"].items()}
        if gaps:
            ent["notes"] += "; gaps made on purpose: " + ", ".join(f"{k}={v}" for k, v in gaps.items())
        entries.append(ent)
    for nd in non_opps():
        fname = f"{nd['id']}.{EXT[nd['fmt']]}"
        out = os.path.join(DOCS, fname)
        if nd["fmt"] == "docx":
            render.render_docx(nd["blocks"], nd["meta"], out)
        else:
            render.render_pdf(nd["blocks"], nd["meta"], out)
        st = "incomplete" if nd["id"] == "info-03" else "not_applicable"
        entries.append({"file": f"docs/{fname}", "format": FMT[nd["fmt"]], "layout": nd["layout"].split(" (")[0], "school_type": "none",
                        "scanned": False, "elements": {el: st for el in C.ELEMENTS}, "accept_unclear": [],
                        "notes": nd["note"] + "; " + FMT_NOTE[nd["fmt"]]})
    soffice(to_pdf, "pdf", os.path.join(BUILD, "pdfconv"))
    soffice(to_odt, "odt", os.path.join(BUILD, "odtconv"))
    for p in to_pdf:
        b = os.path.splitext(os.path.basename(p))[0]
        shutil.copy(os.path.join(BUILD, "pdfconv", b + ".pdf"), os.path.join(DOCS, b + ".pdf"))
    for p in to_odt:
        b = os.path.splitext(os.path.basename(p))[0]
        shutil.copy(os.path.join(BUILD, "odtconv", b + ".odt"), os.path.join(DOCS, b + ".odt"))
    for src, out, key in scans:
        render.make_scan(src, out, key)
    entries.sort(key=lambda e: e["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
