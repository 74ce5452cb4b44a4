"""Scanned OPPs made at test time: a small Dutch OPP typeset with reportlab, its pages rendered with
pypdfium2, turned half a degree, given speckle noise, saved as JPEG and wrapped as an image-only PDF
(a plan that was printed, signed with a pen and scanned). Also the same pages as PNG and TIFF."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

PAGES = (
    (
        ("title", "Ontwikkelingsperspectiefplan"),
        ("text", "School: basisschool De Regenboog, groep 6. Naam leerling: Daan de Vries."),
        ("heading", "1. Uitstroomperspectief"),
        ("text", "Verwachte uitstroombestemming: vmbo kaderberoepsgerichte leerweg."),
        ("heading", "2. Onderbouwing"),
        ("text", "De onderbouwing volgt uit de toetsen van het leerlingvolgsysteem en het onderzoek van "
                 "de orthopedagoog in mei 2025. Daan leest op AVI-niveau E5."),
        ("heading", "3. Belemmerende factoren"),
        ("text", "Zwak werkgeheugen; Daan raakt snel afgeleid in een drukke klas."),
        ("heading", "4. Bevorderende factoren"),
        ("text", "Betrokken ouders en een goede werkhouding bij praktische taken."),
        ("heading", "5. Doelen"),
        ("text", "In juni 2026 leest Daan op AVI-niveau M6, gemeten met de AVI-toets van het "
                 "leerlingvolgsysteem."),
    ),
    (
        ("heading", "6. Ondersteuning"),
        ("text", "Drie keer per week verlengde instructie in een kleine groep, door de intern begeleider."),
        ("heading", "7. Instemming ouders"),
        ("consent", ""),
        ("text", "Datum: 12-03-2026"),
        ("signature", "Handtekening ouder(s):"),
    ),
)
CONSENT = {
    "agreed": "Ouders gaan akkoord met het handelingsdeel van dit plan.",
    "refused": "Ouders gaan niet akkoord met het handelingsdeel; zij willen eerst een second opinion.",
    # The school's signature is typed ('w.g.'), the parents sign with a pen: OCR reads only the school's.
    "school_typed": "Handtekening directeur: w.g. J. Bakker, 12-03-2026.",
    # A printed list of options with boxes: OCR cannot read which box is ticked.
    "options": "Ouders/verzorgers: [X] akkoord met het handelingsdeel [ ] niet akkoord met het handelingsdeel"
    " [ ] gedeeltelijk akkoord (zie toelichting) [ ] voor gezien",
}


def _tesseract_missing() -> str | None:
    from oppcheck.extract import ocr

    return ocr.unavailable()


needs_tesseract = pytest.mark.skipif(
    _tesseract_missing() is not None,
    reason="needs the tesseract program and its Dutch data (tesseract-ocr, tesseract-ocr-nld in .ci/apt-packages.txt)",
)


def typeset(path: Path, consent: str = "agreed", ink: bool = True) -> Path:
    """The OPP as a text PDF; `ink` draws a pen signature over the parents' signature line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    for page in PAGES:
        y = 780.0
        for kind, text in page:
            if kind == "title":
                c.setFont("Helvetica-Bold", 18)
                c.drawString(72, y, text)
                y -= 34
            elif kind == "heading":
                y -= 6
                c.setFont("Helvetica-Bold", 13)
                c.drawString(72, y, text)
                y -= 22
            elif kind == "signature":
                y -= 20
                c.setFont("Helvetica", 11)
                c.drawString(72, y, text)
                c.line(200, y - 2, 420, y - 2)
                if ink:
                    _scribble(c, 215, y - 4)
                y -= 30
            else:
                c.setFont("Helvetica", 11)
                for line in simpleSplit(CONSENT[consent] if kind == "consent" else text, "Helvetica", 11, 450):
                    c.drawString(72, y, line)
                    y -= 15
                y -= 8
        c.showPage()
    c.save()
    return path


def _scribble(c, x: float, y: float) -> None:
    """A wet-ink signature: a thick, looping pen stroke in dark blue, taller than the text."""
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(2.2)
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + 20, y + 45, x + 35, y - 20, x + 55, y + 30)
    p.curveTo(x + 70, y + 60, x + 90, y - 25, x + 115, y + 25)
    p.curveTo(x + 135, y + 50, x + 150, y - 10, x + 175, y + 12)
    c.drawPath(p)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1)


def page_images(pdf_path: Path, dpi: int = 200, seed: int = 7) -> list:
    """The PDF's pages as grey PIL images, as a scanner gives them: turned 0.5 degree, speckled."""
    import pypdfium2
    from PIL import Image

    rnd = random.Random(seed)
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    out = []
    for index in range(len(pdf)):
        img = pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(0.5 if index % 2 == 0 else -0.5, resample=Image.BILINEAR, fillcolor=255)
        pixels = img.load()
        width, height = img.size
        for _ in range(width * height // 400):  # speckle: dust and toner dots
            x, y = rnd.randrange(width), rnd.randrange(height)
            pixels[x, y] = rnd.choice((0, 90, 255))
        img.info["dpi"] = (dpi, dpi)
        out.append(img)
    pdf.close()
    return out


def scanned_pdf(path: Path, consent: str = "agreed", ink: bool = True, dpi: int = 200, jpeg: bool = True) -> Path:
    """The OPP printed, signed and scanned: an image-only PDF of JPEG pages (`jpeg` False: losslessly
    compressed pages, which the reader renders instead of taking the image as it is)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    source = typeset(path.with_suffix(".src.pdf"), consent, ink)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    for img in page_images(source, dpi):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        buf.seek(0)
        c.drawImage(ImageReader(buf if jpeg else img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    source.unlink()
    return path


def scanned_png(path: Path) -> Path:
    """The first page as a PNG photo of the plan (with its resolution in the file)."""
    source = typeset(path.with_suffix(".src.pdf"))
    page_images(source)[0].save(path, "PNG", dpi=(200, 200))
    source.unlink()
    return path


def scanned_tiff(path: Path) -> Path:
    """Both pages as one multi-page TIFF, as a scanner's 'scan to file' makes it."""
    source = typeset(path.with_suffix(".src.pdf"))
    first, *rest = page_images(source)
    first.save(path, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw", dpi=(200, 200))
    source.unlink()
    return path
