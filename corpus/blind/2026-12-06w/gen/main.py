# -*- coding: utf-8 -*-
"""Generate the blind OPP set 2026-12-06w.  Deterministic: fixed seeds, no clock.

    /work/blind35/venv/bin/python gen/main.py        (run from the corpus folder)
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS, VARIANT_LABEL, CONSENT_LABEL, Ctx, post2025, dlong  # noqa
from layouts import LAYOUTS  # noqa
import render  # noqa
from specs import A, NON  # noqa

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
BUILD = os.path.join(ROOT, "build")
TMP = os.path.join(BUILD, "img")

EXT = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "docx": "docx", "odt": "odt", "txt": "txt",
       "scan-word": "pdf", "scan-pdf": "pdf"}
FMT_LABEL = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "docx": "docx", "odt": "odt", "txt": "txt",
             "scan-word": "pdf", "scan-pdf": "pdf"}
FMT_DESC = {"pdf-word": "PDF geëxporteerd uit Word-document (DOCX via LibreOffice)", "pdf": "PDF direct gemaakt (reportlab)",
            "pdf-form": "invulbaar PDF-formulier (AcroForm-velden en -selectievakjes)", "docx": "DOCX", "odt": "ODT",
            "txt": "platte tekst", "scan-word": "scan: DOCX->PDF, gerenderd als beeld met ruis en scheefstand (alleen beeld)",
            "scan-pdf": "scan: PDF gerenderd als beeld met ruis en scheefstand (alleen beeld)"}


# ---------------------------------------------------------------------------
# labels

def labels_for(spec):
    c = Ctx(spec)
    v = spec["v"]
    L = {}
    for el in ELEMENTS:
        var = v.get(el, "ok")
        if el == "instemming_ouders":
            L[el] = CONSENT_LABEL[var]
        elif el == "inbreng_leerling":
            rule_na = (not post2025(spec["d_set"])) or (c.adult and not c.curatele)
            if rule_na:
                assert var == "na", (spec["id"], "inbreng should be na")
                L[el] = "not_applicable"
            else:
                assert var != "na", (spec["id"], "inbreng applies")
                L[el] = VARIANT_LABEL[var]
        elif el == "afwijkingen_onderwijsprogramma" and var == "na":
            L[el] = "not_applicable"
        else:
            L[el] = VARIANT_LABEL[var]
    for el, lab in spec.get("labels", {}).items():
        L[el] = lab
    acc = []
    if spec["fmt"].startswith("scan"):
        acc.append("instemming_ouders")
    elif v.get("instemming_ouders") == "sig_image":
        acc.append("instemming_ouders")
    return L, acc


# ---------------------------------------------------------------------------
# non-OPP documents

def non_blocks(spec):
    k = spec["layout"]
    if k == "folder-ouders":
        return [("title", "Het ontwikkelingsperspectief (OPP): wat betekent dat voor u?"),
                ("small", "Folder voor ouders \u2013 Samenwerkingsverband Passend Onderwijs Kreekland \u2013 uitgave 2025"),
                ("h2", "Wat is een OPP?"),
                ("p", "Heeft uw kind extra ondersteuning nodig, bovenop wat de school iedere leerling biedt? Dan stelt de school een ontwikkelingsperspectiefplan op. Daarin staat wat de school verwacht dat uw kind na deze school gaat doen (de uitstroombestemming), waarom de school dat verwacht, en welke belemmerende en bevorderende factoren daarbij een rol spelen."),
                ("h2", "Het handelingsdeel"),
                ("p", "In het handelingsdeel staat welke ondersteuning uw kind krijgt: wat, door wie, hoe vaak. Ook staan er doelen in, en eventuele afwijkingen van het onderwijsprogramma, zoals een eigen leerlijn."),
                ("h2", "Uw rol"),
                ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden. Het plan wordt minstens één keer per jaar met u geëvalueerd."),
                ("h2", "Niet eens?"),
                ("p", "Praat eerst met de school. Kom u er samen niet uit, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt, een onderwijsconsulent, of binnen zes weken bij de Geschillencommissie passend onderwijs."),
                ("p", "Vragen? Bel het ouderloket: 0599 - 12 34 56 (ma-do 9.00-12.00)."),
                ("footer", "SWV Kreekland \u2013 folder OPP \u2013 pagina")]
    if k == "nieuwsbrief":
        return [("title", "De Klaverbode"), ("small", "Nieuwsbrief CBS Het Klaverblad, Oosterveld \u2013 nummer 3, oktober 2025"),
                ("h2", "Van de directie"), ("p", "Wat een mooie start van het schooljaar! De nieuwe kleutergroep is gezellig gevuld en het schoolplein is eindelijk klaar."),
                ("h2", "OPP-gesprekken"),
                ("p", "In de weken na de herfstvakantie voeren de intern begeleiders de gesprekken over de ontwikkelingsperspectiefplannen. Ouders van wie het kind een OPP heeft, krijgen hiervoor een aparte uitnodiging. Sinds dit schooljaar vragen we ook de kinderen zelf naar hun mening; zij mogen mee naar het gesprek."),
                ("h2", "Toestemming foto's"),
                ("p", "Via het ouderportaal kunt u weer aangeven of foto's van uw kind op de website mogen. Heeft u dit vorig jaar al gedaan, dan blijft die keuze staan."),
                ("h2", "Agenda"), ("table", ["Datum", "Wat"], [["24 oktober", "Studiedag, alle leerlingen vrij"], ["4 november", "Kijkavond"], ["5 december", "Sinterklaas, school uit om 12.00"]]),
                ("footer", "De Klaverbode \u2013 nr. 3")]
    if k == "uitnodiging":
        return [("p", "SO De Horizonlijn\nHorizonweg 11\nHamelo"), ("p", ""), ("p", "Aan de ouders/verzorgers van Mats Hofstede"),
                ("p", "Hamelo, 22 september 2025"), ("p", ""), ("p", "Betreft: uitnodiging bespreking ontwikkelingsperspectief"), ("p", ""),
                ("p", "Beste ouders,"),
                ("p", "Graag nodigen wij u uit voor het gesprek over het ontwikkelingsperspectiefplan (OPP) van Mats. Wij stellen voor om dit gesprek te houden op dinsdag 7 oktober 2025 om 15.30 uur in de teamkamer. Aanwezig zijn de groepsleerkracht en de orthopedagoog."),
                ("p", "Het concept van het plan ontvangt u een week van tevoren per post. Mats is ook van harte welkom bij (een deel van) het gesprek; wij horen graag wat hij zelf belangrijk vindt."),
                ("p", "Kunt u op dit tijdstip niet? Laat het ons dan weten via de schoolapp."),
                ("p", "Met vriendelijke groet,"), ("p", "mevr. K. Lindeboom, orthopedagoog")]
    if k == "blanco-swv":
        B = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("small", "Samenwerkingsverband Passend Onderwijs Kreekland \u2013 format OPP versie 2025 (leeg)"),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Mentor/leerkracht", ""), ("Schooljaar", "")])]
        from content import INSTRUCTIONS
        heads = [("uitstroombestemming", "1. Verwachte uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
                 ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
                 ("ondersteuningsbehoefte", "5. Onderwijsbehoeften"), ("afwijkingen_onderwijsprogramma", "6. Afwijkingen van het onderwijsprogramma"),
                 ("doelen", "7. Doelen komende periode"), ("ondersteuning", "8. Handelingsdeel"), ("adviezen_professionals", "9. Adviezen van deskundigen"),
                 ("inbreng_leerling", "10. Inbreng van de leerling"), ("oogo", "11. Overleg met ouders"), ("evaluatie", "12. Evaluatie")]
        for el, h in heads:
            B += [("h1", h), ("p", INSTRUCTIONS[el]), ("p", "")]
        B += [("h1", "13. Instemming handelingsdeel"),
              ("sig", "Handtekening ouder(s)/verzorger(s)", "", None, "blank"),
              ("h1", "14. Vaststelling door de school"), ("p", "Vastgesteld op: ....................  door: ...................."),
              ("footer", "Format OPP SWV Kreekland \u2013 versie 2025")]
        return B
    if k == "blanco-beknopt":
        return [("title", "Beknopt OPP"), ("kv", [("Leerling", ""), ("Geb.datum", ""), ("School / groep", ""), ("Schooljaar", "")]),
                ("h2", "Uitstroombestemming"), ("checks", [(False, o) for o in ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"]]),
                ("p", "Toelichting: "), ("h2", "Waarom deze bestemming"), ("p", ""), ("h2", "Belemmerend"), ("p", ""),
                ("h2", "Bevorderend"), ("p", ""), ("h2", "Onderwijsbehoeften"), ("p", ""),
                ("h2", "Afwijking onderwijsprogramma"), ("checks", [(False, "Nee, de leerling volgt het reguliere programma"), (False, "Ja, namelijk: ")]),
                ("h2", "Doelen"), ("p", "1.\n2.\n3."), ("h2", "Ondersteuning (wat / wie / hoe vaak / vanaf)"), ("p", ""),
                ("h2", "Advies deskundigen"), ("p", ""), ("h2", "Besproken met ouders"), ("p", "Datum: ..........  Aanwezig: .........."),
                ("h2", "Evaluatie"), ("checks", [(False, "1x per schooljaar"), (False, "2x per schooljaar"), (False, "na elke periode")]),
                ("h2", "Instemming ouders"), ("checks", [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord")]),
                ("sig", "Handtekening ouder", "", None, "blank"), ("h2", "Vastgesteld"), ("p", "Datum: ..........  Door: ..........")]
    raise ValueError(k)


NON_LABELS = {
    "folder-ouders": {},
    "nieuwsbrief": {},
    "uitnodiging": {},
    "blanco-swv": {el: "incomplete" for el in ELEMENTS if el != "informatie_rechten"},
    "blanco-beknopt": {el: "incomplete" for el in ELEMENTS if el not in ("informatie_rechten", "inbreng_leerling")},
}


# ---------------------------------------------------------------------------

def build_one(spec, blocks, outpath, to_convert):
    fmt = spec["fmt"]
    did = spec["id"]
    if fmt == "txt":
        render.to_txt(blocks, outpath)
    elif fmt == "docx":
        render.to_docx(blocks, outpath, did, TMP, sdt_checkbox=spec.get("sdt_checkbox", False))
    elif fmt == "odt":
        render.to_odt(blocks, outpath, did, TMP)
    elif fmt == "pdf":
        render.to_pdf(blocks, outpath, did, TMP)
    elif fmt == "pdf-form":
        render.to_pdf(blocks, outpath, did, TMP, fillable=True)
    elif fmt in ("pdf-word", "scan-word"):
        src = os.path.join(BUILD, "word", did + ".docx")
        render.to_docx(blocks, src, did, TMP, sdt_checkbox=spec.get("sdt_checkbox", False))
        to_convert.append((spec, src, outpath))
    elif fmt == "scan-pdf":
        src = os.path.join(BUILD, "pre", did + ".pdf")
        render.to_pdf(blocks, src, did, TMP)
        render.to_scan(src, outpath, did, os.path.join(BUILD, "scanimg"))
    else:
        raise ValueError(fmt)


def normalize(entries):
    """Make zip containers and LibreOffice PDFs byte-stable (fixed timestamps and ids)."""
    import re
    import zipfile
    for e in entries:
        p = os.path.join(ROOT, e["file"])
        if p.endswith((".docx", ".odt")):
            with zipfile.ZipFile(p) as z:
                items = [(i, z.read(i.filename)) for i in z.infolist()]
            with zipfile.ZipFile(p, "w") as z:
                for i, data in items:
                    zi = zipfile.ZipInfo(i.filename, date_time=(2026, 12, 6, 9, 0, 0))
                    zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
                    z.writestr(zi, data)
        elif p.endswith(".pdf"):
            b = open(p, "rb").read()
            b = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[0-9+\-Z']+\)",
                       lambda m: m.group(0)[:m.group(0).index(b"(D:") + 3] + b"2026120609000" + b"0" * (len(m.group(0)) - m.group(0).index(b"(D:") - 3 - 14) + b")", b)
            b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                       lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0).replace(b"/ID", b"/@@")).replace(b"/@@", b"/ID"), b)
            b = re.sub(rb"/DocChecksum\s*/[0-9A-F]+", lambda m: re.sub(rb"[0-9A-F](?=[0-9A-F]*$)", b"0", m.group(0)), b)
            b = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
                       lambda m: m.group(0), b)
            open(p, "wb").write(b)


def main():
    for d in (DOCS, BUILD):
        if os.path.exists(d):
            shutil.rmtree(d)
    for d in (DOCS, TMP, os.path.join(BUILD, "word"), os.path.join(BUILD, "pre"), os.path.join(BUILD, "wordpdf")):
        os.makedirs(d, exist_ok=True)
    entries = []
    to_convert = []
    for spec in A:
        c = Ctx(spec)
        blocks = LAYOUTS[spec["layout"]](c)
        fn = f"docs/{spec['id']}.{EXT[spec['fmt']]}"
        build_one(spec, blocks, os.path.join(ROOT, fn), to_convert)
        L, acc = labels_for(spec)
        entries.append({"file": fn, "format": FMT_LABEL[spec["fmt"]], "layout": spec["layout"], "school_type": spec["st"],
                        "scanned": spec["fmt"].startswith("scan"), "elements": L, "accept_unclear": acc,
                        "notes": f"{FMT_DESC[spec['fmt']]}; {spec['note']}",
                        "_plan_date": dlong(spec["d_set"])})
    for spec in NON:
        blocks = non_blocks(spec)
        fn = f"docs/{spec['id']}.{EXT[spec['fmt']]}"
        build_one(spec, blocks, os.path.join(ROOT, fn), to_convert)
        L = {el: NON_LABELS[spec["layout"]].get(el, "missing") for el in ELEMENTS}
        entries.append({"file": fn, "format": FMT_LABEL[spec["fmt"]], "layout": spec["layout"], "school_type": "none",
                        "scanned": False, "elements": L, "accept_unclear": [],
                        "notes": f"{FMT_DESC[spec['fmt']]}; {spec['note']}", "_plan_date": ""})
    # Word -> PDF through LibreOffice
    if to_convert:
        srcs = [s for _, s, _ in to_convert]
        outdir = os.path.join(BUILD, "wordpdf")
        prof = "file://" + os.path.join(BUILD, "lo-profile")
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + srcs,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for spec, src, out in to_convert:
            pdf = os.path.join(outdir, os.path.basename(src)[:-5] + ".pdf")
            if spec["fmt"] == "pdf-word":
                shutil.copy(pdf, out)
            else:
                render.to_scan(pdf, out, spec["id"], os.path.join(BUILD, "scanimg"))
    normalize(entries)
    plan_dates = {e["file"]: e.pop("_plan_date") for e in entries}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": entries}, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(BUILD, "plan_dates.json"), "w", encoding="utf-8") as fh:
        json.dump(plan_dates, fh, ensure_ascii=False, indent=1)
    write_readme()
    print(len(entries), "documents")



def write_readme():
    L = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    out = [open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()]
    out.append("| file | type | layout | note |\n|---|---|---|---|")
    for d in L["docs"]:
        out.append(f"| {d['file']} | {d['school_type']} | {d['layout']} | {d['notes']} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
