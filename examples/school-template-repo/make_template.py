"""Generate the example OPP template `opp-sjabloon.docx` of a samenwerkingsverband (python-docx).

    python make_template.py                       # writes opp-sjabloon.docx next to this script
    python make_template.py out.docx --omit instemming_ouders

`--omit` leaves out a part (by element id), to see what `oppcheck --template` says when a place is missing.
"""

from __future__ import annotations

import argparse
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (element id, heading, instruction for the person filling in the form). Headings use the school's own
# words where it has them ("Eigen regie leerling", "Contactpersoon samenwerkingsverband").
PARTS = [
    ("uitstroombestemming", "Verwachte uitstroombestemming", "Beschrijf naar welk onderwijs of werk hij/zij gaat."),
    ("onderbouwing", "Onderbouwing van de uitstroombestemming", "Beschrijf toetsgegevens, onderzoek, schoolloopbaan."),
    ("belemmerende_factoren", "Belemmerende factoren", "Beschrijf wat het leren moeilijker maakt."),
    ("bevorderende_factoren", "Bevorderende factoren", "Beschrijf wat helpt: sterke kanten, thuis, school."),
    ("ondersteuningsbehoefte", "Ondersteuningsbehoefte", "Beschrijf wat de leerling nodig heeft."),
    ("ondersteuning", "Te bieden ondersteuning", "Beschrijf wat de school biedt: wie, hoe vaak, vanaf wanneer."),
    ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma", "Beschrijf afwijkingen (of: geen)."),
    ("doelen", "Doelen voor deze periode", "Beschrijf de doelen en wanneer ze bereikt moeten zijn."),
    ("adviezen_professionals", "Adviezen van deskundigen", "Beschrijf de adviezen en wat de school ermee doet."),
    ("oogo", "Op overeenstemming gericht overleg met ouders", "Noteer de datum van het gesprek en wie erbij waren."),
    ("inbreng_leerling", "Eigen regie leerling", "Noteer wat de leerling zelf vindt en wat de school ermee doet."),
    ("evaluatie", "Evaluatie", "Noteer wanneer het plan met ouders en leerling wordt geëvalueerd."),
    ("contactpersoon_swv", "Contactpersoon samenwerkingsverband", "Noteer naam en telefoonnummer."),
]

RIGHTS = ("U heeft instemmingsrecht op het handelingsdeel. Zonder uw instemming wordt het niet uitgevoerd. "
          "U hoeft niet meteen te tekenen en mag het plan mee naar huis nemen. Bent u het niet eens, dan kunt u "
          "hulp vragen bij het ouder- en jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken naar de "
          "Geschillencommissie passend onderwijs gaan.")


def build(path: str, omit: tuple[str, ...] = ()) -> str:
    """Write the template to `path`, leaving out the parts named in `omit`; returns `path`."""
    from docx import Document

    doc = Document()
    doc.add_heading("Ontwikkelingsperspectiefplan (OPP)", level=0)
    doc.add_paragraph("Samenwerkingsverband Passend Onderwijs Voorbeeldregio")
    info = doc.add_table(rows=4, cols=2)
    for row, label in zip(info.rows, ("Naam leerling", "Geboortedatum", "School", "Groep / klas"), strict=True):
        row.cells[0].text = label
    for element_id, heading, instruction in PARTS:
        if element_id in omit:
            continue
        doc.add_heading(heading, level=1)
        doc.add_paragraph(instruction)
    if "vaststelling" not in omit:
        doc.add_heading("Vaststelling", level=1)
        table = doc.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text = "Datum vaststelling"
        table.rows[1].cells[0].text = "Vastgesteld door (namens het bevoegd gezag)"
    if "instemming_ouders" not in omit:
        doc.add_heading("Instemming met het handelingsdeel", level=1)
        doc.add_paragraph("☐ Ouders gaan akkoord met het handelingsdeel")
        doc.add_paragraph("☐ Ouders gaan niet akkoord met het handelingsdeel")
        table = doc.add_table(rows=3, cols=2)
        labels = ("Naam ouder/verzorger", "Handtekening ouder/verzorger", "Datum")
        for row, label in zip(table.rows, labels, strict=True):
            row.cells[0].text = label
    if "informatie_rechten" not in omit:
        doc.add_heading("Uw rechten", level=1)
        doc.add_paragraph(RIGHTS)
    _save_reproducible(doc, path)
    return path


def _save_reproducible(doc, path: str) -> None:
    """Save with fixed dates, so that the same script gives the same bytes (a clean diff in git)."""
    import datetime as dt
    import io
    import zipfile

    fixed = dt.datetime(2026, 1, 1)
    doc.core_properties.created = doc.core_properties.modified = fixed
    doc.core_properties.last_printed = fixed
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0)), src.read(item.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=os.path.join(HERE, "opp-sjabloon.docx"))
    parser.add_argument("--omit", action="append", default=[], help="element id of a part to leave out")
    args = parser.parse_args()
    print(build(args.output, tuple(args.omit)))


if __name__ == "__main__":
    main()
