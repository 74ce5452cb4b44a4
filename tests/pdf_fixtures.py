"""Build test PDFs at test time with reportlab (and pypdf for signature fields and encryption).

Every builder writes one file and returns its path. The content is a small Dutch OPP, so that
tests read like what a parent would see.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

BODY = (
    "Noah leert het best in een rustige omgeving met korte instructies. Hij heeft baat bij een "
    "vaste plek in de klas en bij visuele ondersteuning. De leerkracht bespreekt elke week de "
    "voortgang met Noah en zijn ouders."
)


def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(str(path), pagesize=A4, pageCompression=1)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width)


def _paragraph(c, text: str, y: float, size: float = 10, font: str = "Helvetica") -> float:
    """Draw wrapped body text from y downwards; return the y below it (with paragraph spacing)."""
    c.setFont(font, size)
    for line in _wrap(text, font, size, 450):
        c.drawString(72, y, line)
        y -= size * 1.3
    return y - size * 0.8


def _heading(c, text: str, y: float, size: float) -> float:
    c.setFont("Helvetica-Bold", size)
    c.drawString(72, y, text)
    return y - size * 1.8


def signature_png() -> bytes:
    """A small 'scribble' image (a wet-ink signature scan stand-in)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 80), "white")
    draw = ImageDraw.Draw(img)
    draw.line([(10, 60), (50, 15), (80, 65), (120, 20), (160, 60), (220, 25)], fill="navy", width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _draw_png(c, png: bytes, x: float, y: float, w: float, h: float) -> None:
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(io.BytesIO(png)), x, y, width=w, height=h)


def word_like(path: Path) -> Path:
    """Three pages: title, numbered headings (bold, larger), body, a two-column table, a bold
    sub-heading at body size, a wet-ink signature image under 'Handtekening ouder', and a row that
    ends in a large script 'signature'."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectiefplan", 790, 20)
    y = _heading(c, "1. Gegevens van de leerling", y, 14)
    c.setFont("Helvetica", 10)
    for label, value in [("Naam leerling", "Noah de Vries"), ("Geboortedatum", "12-04-2015"),
                         ("School", "De Regenboog"), ("Groep", "6")]:
        c.drawString(72, y, label)
        c.drawString(250, y, value)
        y -= 16
    y -= 10
    y = _heading(c, "2. Onderwijsbehoeften", y, 14)
    y = _paragraph(c, BODY, y)
    y = _heading(c, "Sterke kanten", y + 6, 10)
    y = _paragraph(c, "Noah is behulpzaam en creatief.", y)
    c.showPage()
    y = _heading(c, "3. Uitstroomprofiel", 790, 14)
    y = _paragraph(c, "Het verwachte uitstroomprofiel is vmbo-kader. " + BODY, y)
    y = _heading(c, "3.1 Onderbouwing", y, 12)
    y = _paragraph(c, "De onderbouwing staat in het verslag van het onderzoek.", y)
    c.setFont("Helvetica-Bold", 10)  # a bold table header row
    for x, text in ((72, "Toets"), (250, "Score"), (400, "Niveau")):
        c.drawString(x, y, text)
    c.showPage()
    y = _heading(c, "4. Ondertekening", 790, 14)
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "Handtekening ouder:")
    _draw_png(c, signature_png(), 72, y - 60, 150, 50)
    c.drawString(72, y - 80, "Datum: 12-03-2026")
    c.drawString(72, y - 110, "Directeur K. de Haan 30-12-2024")  # a row ending in a big 'signature'
    c.setFont("Times-Italic", 20)
    c.drawString(260, y - 110, "K. de Haan")
    c.showPage()
    c.save()
    return path


def checkbox_lines(path: Path) -> Path:
    """One page with box glyphs drawn in DejaVu Sans (needs the font; tests skip without it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    c = _canvas(path)
    c.setFont("DejaVu", 10)
    c.drawString(72, 790, "Ouders zijn het eens met het plan: ☒ ja ☐ nee")
    c.drawString(72, 770, "☐ Gesprek gevoerd")
    c.drawString(72, 750, "Gewone tekst zonder vakje.")
    c.save()
    return path


def checkbox_glyphs_drawn_last(path: Path) -> Path:
    """A line whose box glyphs come after its text in the content stream, as LibreOffice draws a
    fallback font's glyphs: the line 'Ouders gaan met het handelingsdeel:   akkoord    niet akkoord' in
    one piece, then '☐' and '☒' in the gaps before the options."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    c = _canvas(path)
    line = "Ouders gaan met het handelingsdeel:    akkoord       niet akkoord"
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, line)
    width = lambda text: pdfmetrics.stringWidth(text, "Helvetica", 10)  # noqa: E731
    c.setFont("DejaVu", 10)
    c.drawString(72 + width(line[: line.index("akkoord")]) - 11, 790, "☐")
    c.drawString(72 + width(line[: line.index("niet")]) - 11, 790, "☒")
    c.save()
    return path


STAMPED_ROWS = [
    ("Naam leerling", "Tess Vermeulen"),
    ("Uitstroombestemming", "vmbo basisberoepsgerichte leerweg"),
    ("Belemmerende factoren", ""),
    ("Bevorderende factoren", "Tess is gemotiveerd en werkt graag samen."),
    ("Datum vaststelling", "12-10-2025"),
]


def stamped_form(path: Path) -> Path:
    """A printed form with its values stamped on afterwards (as a PDF editor flattens a filled form):
    every label and its underline first, then every value on its label's line, in another font."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    for i, (label, _) in enumerate(STAMPED_ROWS):
        c.drawString(50, 760 - 30 * i, label)
        c.line(195, 756 - 30 * i, 545, 756 - 30 * i)
    c.setFont("Courier", 10)
    for i, (_, value) in enumerate(STAMPED_ROWS):
        if value:
            c.drawString(200, 760 - 30 * i, value)
    c.save()
    return path


def two_columns(path: Path) -> Path:
    """Running text in two columns of short lines, the left column drawn first, then the right one."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    left = ["Wij werken in kleine", "groepen aan lezen", "en rekenen met veel", "herhaling elke dag."]
    right = ["Ouders zijn welkom", "om mee te kijken", "in de klas op de", "eerste vrijdag."]
    for i, text in enumerate(left):
        c.drawString(50, 760 - 14 * i, text)
    for i, text in enumerate(right):
        c.drawString(300, 760 - 14 * i, text)
    c.save()
    return path


def has_dejavu() -> bool:
    return os.path.exists(DEJAVU)


def _form_pages(path: Path) -> None:
    c = _canvas(path)
    form = c.acroForm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 790, "Gegevens")
    c.setFont("Helvetica", 10)
    c.drawString(72, 752, "Naam leerling")
    form.textfield(name="naam_leerling", tooltip="Naam van de leerling", value="Noah de Vries",
                   x=200, y=740, width=200, height=20)
    c.drawString(72, 722, "Uitstroomprofiel")
    form.textfield(name="uitstroom", value="vmbo-kader", x=200, y=710, width=200, height=20)
    c.drawString(72, 692, "Toelichting")
    form.textfield(name="toelichting", value="", x=200, y=680, width=200, height=20)
    c.drawString(72, 662, "Schoolsoort")
    form.choice(name="schoolsoort", tooltip="Schoolsoort", value="so", options=["po", "so", "vo"],
                x=200, y=650, width=100, height=20)
    form.checkbox(name="ouders_gehoord", tooltip="Ouders zijn gehoord", checked=True, x=72, y=640, size=14)
    form.checkbox(name="ll_gehoord", tooltip="Leerling is gehoord", checked=False, x=72, y=620, size=14)
    c.drawString(92, 643, "Ouders zijn gehoord")
    c.drawString(92, 623, "Leerling is gehoord")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Instemming ouders")
    for i, option in enumerate(("ja", "nee", "gedeeltelijk")):
        form.radio(name="instemming", tooltip="Instemming", value=option, selected=option == "ja",
                   x=72 + i * 60, y=760, size=14)
    c.drawString(72, 700, "Handtekening ouder")
    c.drawString(300, 700, "Handtekening directeur")
    c.showPage()
    c.save()


def _add_sig_field(writer, page_index: int, name: str, rect: tuple, value: dict | None) -> None:
    """Append a /Sig widget field to the writer's AcroForm (optionally 'signed' with a /V dict)."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    page = writer.pages[page_index]
    field = DictionaryObject({
        NameObject("/FT"): NameObject("/Sig"),
        NameObject("/T"): TextStringObject(name),
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
        NameObject("/F"): NumberObject(4),
        NameObject("/P"): page.indirect_reference,
    })
    if value is not None:
        sig = DictionaryObject({NameObject("/Type"): NameObject("/Sig"),
                                NameObject("/Filter"): NameObject("/Adobe.PPKLite")})
        for key, item in value.items():
            if isinstance(item, list):
                sig[NameObject(key)] = ArrayObject([NumberObject(n) for n in item])
            else:
                sig[NameObject(key)] = TextStringObject(item)
        field[NameObject("/V")] = writer._add_object(sig)
    ref = writer._add_object(field)
    if "/Annots" not in page:
        page[NameObject("/Annots")] = ArrayObject()
    page["/Annots"].append(ref)
    acro = writer._root_object["/AcroForm"]
    acro["/Fields"].append(ref)
    acro[NameObject("/SigFlags")] = NumberObject(3 if value else 1)


def _add_nested_text_field(writer, page_index: int) -> None:
    """A field 'ouder' with a child text field 'naam' (full name 'ouder.naam'), value 'Jan de Vries'."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    page = writer.pages[page_index]
    parent = DictionaryObject({NameObject("/T"): TextStringObject("ouder"), NameObject("/FT"): NameObject("/Tx")})
    parent_ref = writer._add_object(parent)
    kid = DictionaryObject({
        NameObject("/T"): TextStringObject("naam"),
        NameObject("/V"): TextStringObject("Jan de Vries"),
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (200, 560, 400, 580)]),
        NameObject("/Parent"): parent_ref,
    })
    kid_ref = writer._add_object(kid)
    parent[NameObject("/Kids")] = ArrayObject([kid_ref])
    page["/Annots"].append(kid_ref)
    writer._root_object["/AcroForm"]["/Fields"].append(parent_ref)


def signature_on_parent(path: Path) -> Path:
    """A signed signature field 'ouders' whose widget is a separate kid without a name: the signature
    (/V) sits on the field, not on the widget."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    raw = path.with_suffix(".raw.pdf")
    c = _canvas(raw)
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Handtekening ouders")
    c.save()
    writer = PdfWriter(clone_from=str(raw))
    page = writer.pages[0]
    sig = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Sig"), NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
        NameObject("/Name"): TextStringObject("A. Jansen"), NameObject("/M"): TextStringObject("D:20260401120000"),
    }))
    parent_ref = writer._add_object(DictionaryObject({
        NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("ouders"), NameObject("/V"): sig,
    }))
    kid_ref = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 720, 250, 770)]),
        NameObject("/F"): NumberObject(4), NameObject("/P"): page.indirect_reference,
        NameObject("/Parent"): parent_ref,
    }))
    writer.get_object(parent_ref)[NameObject("/Kids")] = ArrayObject([kid_ref])
    page[NameObject("/Annots")] = ArrayObject([kid_ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): ArrayObject([parent_ref]), NameObject("/SigFlags"): NumberObject(3),
    })
    writer.write(str(path))
    raw.unlink()
    return path


def acroform(path: Path, signed: bool = True) -> Path:
    """Two pages of AcroForm. Page 1: text fields (one empty, one nested), a choice, a ticked and an
    unticked checkbox. Page 2: a radio group (ja chosen), a signed (unless not `signed`) and an
    unsigned signature field."""
    from pypdf import PdfReader, PdfWriter

    raw = path.with_suffix(".raw.pdf")
    _form_pages(raw)
    writer = PdfWriter(clone_from=PdfReader(str(raw)))
    _add_nested_text_field(writer, 0)
    signature = {"/Name": "J. de Vries", "/M": "D:20260312101500+01'00'", "/Reason": "Akkoord",
                 "/ByteRange": [0, 100, 200, 300]}  # signed bytes end long before the file does
    _add_sig_field(writer, 1, "handtekening_ouder", (72, 620, 250, 680), signature if signed else None)
    _add_sig_field(writer, 1, "handtekening_directeur", (300, 620, 480, 680), None)
    writer.write(str(path))
    raw.unlink()
    return path


def tab_numbered_heading(path: Path) -> Path:
    """A 14 pt bold heading whose number stands at a tab stop well left of its title (as Word prints
    '2.<tab>Onderbouwing'), above body text."""
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 790, "2.")
    c.drawString(130, 790, "Onderbouwing")
    _paragraph(c, BODY, 760)
    c.save()
    return path


def list_box(path: Path, chosen: list[str]) -> Path:
    """A list box 'vakken' in which several entries may be chosen."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Extra hulp bij")
    c.acroForm.listbox(name="vakken", value=chosen, options=["lezen", "rekenen", "spelling"],
                       fieldFlags="multiSelect", x=200, y=730, width=150, height=60)
    c.save()
    return path


def image_only(path: Path) -> Path:
    """Page 1 holds text; page 2 holds only an image (a scanned page)."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Dit plan bestaat uit twee pagina's.")
    c.showPage()
    _draw_png(c, signature_png(), 50, 300, 500, 170)
    c.showPage()
    c.save()
    return path


def encrypted(path: Path, user_password: str, owner_password: str = "eigenaar",
              algorithm: str = "AES-256") -> Path:
    """`word_like` encrypted with pypdf; user_password "" gives an owner-password-only PDF."""
    from pypdf import PdfReader, PdfWriter

    plain = word_like(path.with_suffix(".plain.pdf"))
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    writer.write(str(path))
    plain.unlink()
    return path


def truncated(path: Path) -> Path:
    """`word_like` cut off at half its length."""
    data = word_like(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def damaged_xref(path: Path) -> Path:
    """`word_like` with 7 bytes inserted after the header, so every xref offset is wrong by 7."""
    data = word_like(path).read_bytes()
    head_end = data.index(b"\n") + 1
    path.write_bytes(data[:head_end] + b"%junk\n\n" + data[head_end:])
    return path


def all_bold(path: Path) -> Path:
    """A plan whose body text is all bold: only the larger title may count as a heading."""
    c = _canvas(path)
    y = _heading(c, "Zorgplan", 790, 18)
    for text in ("Naam: Noah", "Groep 6", "Doelen voor dit jaar", BODY):
        y = _paragraph(c, text, y, font="Helvetica-Bold")
    c.save()
    return path


def running_header(path: Path, pages: int = 3) -> Path:
    """Pages with a running header and a 'Pagina n van m' footer around body text and a list."""
    c = _canvas(path)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, 815, "OPP Noah de Vries - schooljaar 2025-2026")
        c.drawString(72, 30, f"Pagina {number} van {pages}")
        y = _heading(c, f"{number}. Hoofdstuk", 770, 14)
        y = _paragraph(c, BODY, y)
        for item in ("• Lezen op niveau 6", "• Rekenen met hulpkaart"):
            y = _paragraph(c, item, y)
        c.showPage()
    c.save()
    return path


def large_running_footer(path: Path, pages: int = 3) -> Path:
    """Pages that open with a numbered heading high up ('Bijlage 1') and end with a footer set larger
    than the body, as a heading is."""
    c = _canvas(path)
    for number in range(1, pages + 1):
        y = _heading(c, f"Bijlage {number}", 800, 14)
        _paragraph(c, BODY, y)
        c.setFont("Helvetica", 13)
        c.drawString(72, 30, "Het Kreekland | OPP Lisa G.")
        c.showPage()
    c.save()
    return path


def continued_heading(path: Path) -> Path:
    """Four pages; the goals run over pages 2 and 3, each opening high up with the heading 'Doelen'."""
    c = _canvas(path)
    for title in ("Ontwikkelingsperspectief", "Doelen", "Doelen", "Evaluatie"):
        y = _heading(c, title, 800, 14)
        _paragraph(c, BODY, y)
        c.showPage()
    c.save()
    return path


def scan_with_text_layer(path: Path) -> Path:
    """A scanned page (one page-sized image) with text over it, as OCR software writes it."""
    c = _canvas(path)
    _draw_png(c, signature_png(), 0, 0, 595, 842)
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Handtekening ouder:")
    c.save()
    return path


def scanned_page_between_running_lines(path: Path) -> Path:
    """Page 1 a plan's text; page 2 a page-sized scan with only the plan's running header and footer
    as text (a signed page scanned into a plan made in Word)."""
    c = _canvas(path)
    for page in (1, 2):
        c.setFont("Helvetica", 8)
        c.drawString(72, 815, "OPP Milan El Idrissi")
        c.drawString(72, 20, f"vertrouwelijk pagina {page} van 2")
        if page == 1:
            c.setFont("Helvetica", 10)
            c.drawString(72, 760, "De ondertekening staat op het ondertekeningsblad (laatste pagina).")
        else:
            _draw_png(c, signature_png(), 0, 40, 595, 760)
        c.showPage()
    c.save()
    return path


def wrapped_heading(path: Path) -> Path:
    """A 14 pt heading that wraps onto a second line, above body text of the same width."""
    c = _canvas(path)
    y = 790.0
    c.setFont("Helvetica-Bold", 14)
    for line in _wrap("5. Onderbouwing van het verwachte uitstroomprofiel van de leerling", "Helvetica-Bold",
                      14, 300):
        c.drawString(72, y, line)
        y -= 17
    c.setFont("Helvetica", 10)
    for line in _wrap(BODY, "Helvetica", 10, 300):
        y -= 13
        c.drawString(72, y, line)
    c.save()
    return path


def sentence_in_large_type(path: Path) -> Path:
    """Body text: a 14 pt line whose sentence ends and the next begins ('... handelingsdeel. Bent u het'),
    then a paragraph of two 10 pt lines."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Naam leerling: Sem de Vries, groep 6 van basisschool De Linde in Oosterwaal.")
    c.setFont("Helvetica", 14)
    c.drawString(72, 730, "Rechten: u heeft instemmingsrecht. Bent u het")
    c.setFont("Helvetica", 10)
    y = 700.0
    lines = (
        "Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan of met een deel",
        "ervan, dan gaat u eerst in gesprek met de school. U kunt ook advies vragen bij het steunpunt.",
    )
    for line in lines:
        c.drawString(72, y, line)
        y -= 13
    c.save()
    return path


def hyphenated(path: Path) -> Path:
    """A paragraph whose lines end in hyphens (a split word and compounds)."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(["De school schakelt een orthopeda-", "goog in voor het onderzoek naar de sociaal-",
                              "emotionele ontwikkeling. Uitstroom: vmbo-", "kader."]):
        c.drawString(72, 700 - 13 * i, line)
    c.save()
    return path


def wrapped_date_consent(path: Path) -> Path:
    """A consent part whose only date wraps at its hyphen: 'op 05-' at a line end, '12-2025' below."""
    c = _canvas(path)
    y = _heading(c, "Instemming ouders met het handelingsdeel", 760, 13)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(["Instemming digitaal gegeven door M. Verhoeckx-Dam via het ouderportaal op 05-",
                              "12-2025 om 19:42 (akkoord handelingsdeel)."]):
        c.drawString(72, y - 13 * i, line)
    c.save()
    return path


def broken_page(path: Path) -> Path:
    """`word_like` whose second page object no longer says /Type /Page (PDFium cannot load it)."""
    data = word_like(path).read_bytes()
    start = data.index(b"5 0 obj")
    at = data.index(b"/Type /Page", start)
    path.write_bytes(data[:at] + b"/Type /Pagx" + data[at + len(b"/Type /Page"):])
    return path


def image_in_form_xobject(path: Path) -> Path:
    """A text page whose signature image sits inside a Form XObject (as some producers write it)."""
    c = _canvas(path)
    c.beginForm("handtekening")
    _draw_png(c, signature_png(), 72, 600, 150, 50)
    c.endForm()
    c.setFont("Helvetica", 10)
    c.drawString(72, 660, "Handtekening ouder:")
    c.doForm("handtekening")
    c.drawString(72, 580, "Datum: 12-03-2026")
    c.save()
    return path


def _form_start(path: Path, title: str):
    """A canvas with a form's title printed, and the height to write on from."""
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 790, title)
    c.setFont("Helvetica", 10)
    return c, 790


def numbered_field_form(path: Path, agree: bool = True) -> Path:
    """A fillable plan as form tools make them: field names numbered ('f1_Naam_leerling'), no
    tooltips, tick boxes beside their printed option, and 'Naam' / 'Datum' printed left of their
    fields."""
    c, y = _form_start(path, "Ontwikkelingsperspectief - invulformulier")
    form = c.acroForm

    def field(label: str, name: str, value: str) -> None:
        nonlocal y
        y -= 30
        c.drawString(72, y + 5, label)
        form.textfield(name=name, value=value, x=220, y=y, width=300, height=18, borderWidth=0)

    def box(label: str, name: str, checked: bool) -> None:
        nonlocal y
        y -= 22
        form.checkbox(name=name, checked=checked, x=72, y=y, size=12)
        c.drawString(92, y + 2, label)

    field("Naam leerling", "f1_Naam_leerling", "Saar Visser")
    field("Geboortedatum", "f2_Geboortedatum", "03-04-2014")
    y -= 30
    c.drawString(72, y, "1. Te verwachten uitstroombestemming")
    box("praktijkonderwijs", "c3_uitstroom", False)
    box("vmbo basis- of kaderberoepsgerichte leerweg", "c4_uitstroom", True)
    box("havo", "c5_uitstroom", False)
    y -= 30
    c.drawString(72, y, "2. Instemming ouders met het handelingsdeel")
    box("Ouders stemmen in met het handelingsdeel", "c6_akkoord", agree)
    box("Ouders stemmen niet in", "c7_niet_akkoord", False)
    field("Naam ouder(s)", "f8_naam_ouders", "mw. E. Visser")
    field("Datum", "f9_datum_ouders", "12-11-2025")
    field("Handtekening ouder(s)", "f10_handtekening", "w.g. E. Visser")
    c.showPage()
    c.save()
    return path


def _consent_form_start(path: Path, title_and_pupil: tuple[str, str], set_line: str, heading: str):
    """A form's title, pupil line and vaststelling line, then the consent part's bold heading."""
    title, pupil = title_and_pupil
    c, y = _form_start(path, title)
    for line in (pupil, set_line):
        y -= 30
        c.drawString(72, y, line)
    y -= 30
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, y, heading)
    c.setFont("Helvetica", 10)
    return c, y


def party_rows_of_fields(path: Path, parent_date: str = "13-10-2025", parent_signature: str = "w.g.") -> Path:
    """A fillable plan's approval part: 'Goedkeuring ouders', a ticked and an unticked option, then a
    row per party: its name printed, and three fields beside it (name, date, 'w.g.') whose names say
    nothing ('n31', 'd31', 's31')."""
    c, y = _consent_form_start(
        path,
        ("Ontwikkelingsperspectiefplan (OPP)", "Naam leerling: Amira Wolters, klas 2B"),
        "Vastgesteld door de directeur op 10-10-2025.",
        "Goedkeuring ouders",
    )
    form = c.acroForm
    for name, label, checked in (
        ("c29", "Ik/wij ga(an) akkoord met het handelingsdeel van dit OPP", True),
        ("c30", "Ik/wij ga(an) niet akkoord met het handelingsdeel", False),
    ):
        y -= 22
        form.checkbox(name=name, checked=checked, x=72, y=y, size=11)
        c.drawString(90, y + 2, label)
    for row, (who, values) in enumerate(
        (
            ("Ouder/verzorger", ("F. Wolters", parent_date, parent_signature)),
            ("Namens de school", ("dhr. B. Nijenhuis", "10-10-2025", "w.g.")),
        ),
        start=31,
    ):
        y -= 24
        c.drawString(72, y + 4, who)
        for prefix, x, width, value in zip("nds", (200, 355, 430), (150, 70, 110), values, strict=True):
            form.textfield(name=f"{prefix}{row}", value=value, x=x, y=y, width=width, height=16, borderWidth=0)
    c.showPage()
    c.save()
    return path


def school_signed_parent_fields_empty(path: Path, parent_name: str = "") -> Path:
    """A fillable consent part whose fields are named after the parents' consent
    ('instemming_ouders_naam0'), under printed lines 'Naam directeur: Datum: Handt.:' (filled, with a
    drawn signature between the line and its fields) and 'Naam ouder/verzorger: Datum: Handt.:'."""
    c, y = _consent_form_start(
        path,
        ("Invulformulier OPP", "Naam leerling: Bram Ouwehand, groep 7"),
        "Vastgesteld door H. Roeleveld (directeur) op 13-11-2025.",
        "15. Instemming ouders met het handelingsdeel",
    )
    form = c.acroForm
    for row, (label, name, date) in enumerate(
        (("Naam directeur:", "H. Roeleveld", "13-11-2025"), ("Naam ouder/verzorger:", parent_name, ""))
    ):
        y -= 40
        c.drawString(72, y + 20, f"{label}        Datum:        Handt.:")
        if row == 0:
            _draw_png(c, signature_png(), 420, y, 80, 18)
        form.textfield(name=f"instemming_ouders_naam{row}", value=name, x=72, y=y, width=180, height=16, borderWidth=0)
        form.textfield(name=f"instemming_ouders_datum{row}", value=date, x=260, y=y, width=90, height=16, borderWidth=0)
    c.showPage()
    c.save()
    return path


def _plan_part(path: Path, heading: str):
    """A canvas with a plan's title, the pupil's line and a part's heading, in body type after it; and
    the height to write on from."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectief", 790, 16)
    y = _paragraph(c, "Naam leerling: Mees Ros. Dit plan beschrijft de ondersteuning voor Mees in groep 6.", y)
    y = _heading(c, heading, y, 13)
    c.setFont("Helvetica", 10)
    return c, y


def consent_form_with_printed_options(path: Path, signature: str = "getekend") -> Path:
    """A fillable consent part: two tick boxes whose options are also printed beside them ('Akkoord
    met het handelingsdeel' ticked, 'Niet akkoord met het handelingsdeel' not), and fields under
    printed labels 'Ouder/verzorger 1: naam', '... datum', '... handtekening / opmerking'."""
    c, y = _plan_part(path, "Instemming handelingsdeel")
    form = c.acroForm
    for label, checked in (("Akkoord met het handelingsdeel", True), ("Niet akkoord met het handelingsdeel", False)):
        form.checkbox(name=f"box{int(checked)}", tooltip=label, checked=checked, x=72, y=y - 2, size=11)
        c.setFont("Helvetica", 10)
        c.drawString(90, y, label)
        y -= 22
    _fields_under_labels(
        c,
        y,
        (
            ("Ouder/verzorger 1: naam", "mw. M. Ros"),
            ("Ouder/verzorger 1: datum", "25-11-2025"),
            ("Ouder/verzorger 1: handtekening / opmerking", signature),
        ),
    )
    return path


def deviation_boxes_with_printed_captions(path: Path, ticked: str | None = "Geen afwijkingen") -> Path:
    """A fillable form whose deviation options are tick boxes with a tooltip each, their captions also
    printed on one line beside them ('Geen afwijkingen    Eigen leerlijn    Vrijstelling van een vak');
    `ticked`: the option ticked, or none."""
    c, y = _plan_part(path, "Afwijkingen van het onderwijsprogramma")
    form = c.acroForm
    for x, option in ((72, "Geen afwijkingen"), (220, "Eigen leerlijn"), (360, "Vrijstelling van een vak")):
        name = option.lower().replace(" ", "_")
        form.checkbox(name=name, tooltip=option, checked=option == ticked, x=x, y=y - 2, size=11)
        c.drawString(x + 18, y, option)
    _heading(c, "Evaluatie", y - 40, 13)
    c.showPage()
    c.save()
    return path


def party_row_of_column_names(path: Path) -> Path:
    """A fillable consent part: 'akkoord' ticked, then a printed row 'Ouder/verzorger 1   Naam   Datum'
    with the name and date in fields named only 'veld20' and 'veld21' under it and a drawn signature."""
    c, y = _plan_part(path, "Instemming ouders met het handelingsdeel")
    form = c.acroForm
    agree = "Ouder(s)/verzorger(s) gaan akkoord met het handelingsdeel"
    form.checkbox(name="veld19", tooltip=agree, checked=True, x=72, y=y - 2, size=11)
    c.setFont("Helvetica", 10)
    y -= 30
    for x, text in ((72, "Ouder/verzorger 1"), (250, "Naam"), (400, "Datum")):
        c.drawString(x, y, text)
    y -= 24
    form.textfield(name="veld20", value="mw. M. Ros", x=250, y=y - 4, width=140, height=16, borderWidth=0)
    form.textfield(name="veld21", value="25-11-2025", x=400, y=y - 4, width=100, height=16, borderWidth=0)
    _draw_png(c, signature_png(), 72, y - 40, 120, 36)
    c.showPage()
    c.save()
    return path


def numbered_fields_long_label(path: Path) -> Path:
    """A fillable form of numbered printed labels with a field each: '9. Adviezen externe deskundigen /
    CvB' left empty, then the long '10. Inbreng van de leerling en wat ermee is gedaan' filled in."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectief", 790, 16)
    y = _paragraph(c, "Naam leerling: Milan de Boer. Dit plan beschrijft de ondersteuning voor Milan in havo 4.", y)
    c.setFont("Helvetica", 10)
    fields = (
        ("9. Adviezen externe deskundigen / CvB", ""),
        ("10. Inbreng van de leerling en wat ermee is gedaan", "Milan wil zelf bepalen welke lessen eerst terugkomen."),
    )
    for label, value in fields:
        c.drawString(72, y, label)
        c.acroForm.textfield(
            name=f"t{y:.0f}", tooltip=label, value=value, x=72, y=y - 24, width=450, height=16, borderWidth=0
        )
        y -= 50
    c.showPage()
    c.save()
    return path


def _fields_under_labels(c, y: float, fields) -> None:
    """Printed labels with a filled text field beside each, one under the other; then the page ends."""
    for label, value in fields:
        c.drawString(72, y, label)
        c.acroForm.textfield(name=f"t{y:.0f}", value=value, x=300, y=y - 4, width=200, height=16, borderWidth=0)
        y -= 24
    c.showPage()
    c.save()


def consent_form_with_options_on_one_line(path: Path, ticked: int | None) -> Path:
    """A fillable consent part whose two options are printed on one line ('ja, ik stem in    nee, ik
    stem niet in') with a tick box before each, named only 'cb1' and 'cb2' (`ticked`: which box, or
    none); then the parents' name, date and signature fields."""
    c, y = _plan_part(path, "Stemt u in met het handelingsdeel?")
    form = c.acroForm
    for number, (x, option) in enumerate(((72, "ja, ik stem in"), (260, "nee, ik stem niet in")), start=1):
        form.checkbox(name=f"cb{number}", checked=ticked == number, x=x, y=y - 2, size=11)
        c.drawString(x + 18, y, option)
    fields = (("Naam ouder", "mw. M. Ros"), ("Datum", "25-11-2025"), ("Handtekening ouder", "w.g. M. Ros"))
    _fields_under_labels(c, y - 30, fields)
    return path


def consent_fields(path: Path, fields, heading: str = "Instemming ouders met het handelingsdeel") -> Path:
    """A fillable consent part under `heading`: printed labels with a filled text field beside each
    (`fields`: (label, value) pairs)."""
    c, y = _plan_part(path, heading)
    _fields_under_labels(c, y - 10, fields)
    return path


def consent_fields_after_agreement(path: Path, signature: str) -> Path:
    """'Akkoord ouders' (Ja), 'Naam ouder', 'Handtekening' (`signature`), 'Datum', then the school's line."""
    fields = (
        ("Akkoord ouders", "Ja"),
        ("Naam ouder", "H. Ros"),
        ("Handtekening", signature),
        ("Datum", "31-10-2025"),
        ("Namens school", "T. Boxhoorn (getekend), 31-10-2025"),
    )
    return consent_fields(path, fields)


def consent_form_with_named_fields(path: Path, date: str) -> Path:
    """A short fillable form: a ticked 'akkoord' box, then one printed line 'Ouder/verzorger' with three
    fields named for what they hold (naamOuderverzorger, handtekeningOuderverzorger,
    datumOuderverzorger) and the caption 'Naam  Handtekening  Datum' under them."""
    c = _canvas(path)
    form = c.acroForm
    y = _heading(c, "Beknopt OPP", 790, 16)
    y = _paragraph(c, "Naam leerling: Bram Rietveld. Dit plan beschrijft de ondersteuning voor Bram in groep 5.", y)
    y = _heading(c, "Instemming handelingsdeel", y, 13)
    form.checkbox(name="f19_akkoord", tooltip="akkoord", checked=True, x=72, y=y - 2, size=11)
    c.setFont("Helvetica", 10)
    c.drawString(90, y, "akkoord")
    y -= 30
    c.drawString(72, y, "Ouder/verzorger")
    for i, (name, value) in enumerate(
        (("f21_naamOuderverzorger", "dhr. S. Rietveld"), ("f22_handtekeningOuderverzorger", "w.g. dhr. S. Rietveld"),
         ("f23_datumOuderverzorger", date))
    ):
        form.textfield(name=name, value=value, x=180 + i * 130, y=y - 4, width=120, height=16, borderWidth=0)
    c.drawString(180, y - 18, "Naam")
    c.drawString(310, y - 18, "Handtekening")
    c.drawString(440, y - 18, "Datum")
    c.showPage()
    c.save()
    return path


def two_column_signature_table(path: Path) -> Path:
    """A consent part whose signature table has two columns: the parent's name row, then
    'Handtekening | w.g. ...' and 'Datum | 10-10-2025' rows, then the same for the school."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [
        ["Naam ouder/verzorger", "dhr. A. van Haeften"],
        ["Handtekening", "w.g. dhr. A. van Haeften"],
        ["Datum", "10-10-2025"],
        ["Namens de school", "dhr. W. Haijema, directeur"],
        ["Handtekening", "w.g."],
        ["Datum", "07-10-2025"],
    ]
    table = Table(rows, colWidths=[170, 280])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [
        Paragraph("Ontwikkelingsperspectief", styles["Heading1"]),
        Paragraph("Naam leerling: Mila van Haeften. Dit plan beschrijft de ondersteuning voor Mila.", styles["Normal"]),
        Paragraph("11. Instemming met het handelingsdeel", styles["Heading2"]),
        Paragraph("Ouders stemmen in met het handelingsdeel van dit ontwikkelingsperspectief.", styles["Normal"]),
        table,
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def bare_field_names_form(path: Path, filled: bool = True) -> Path:
    """A fillable plan whose fields are named only 'f1', 'f2', ... (no tooltips): each printed label
    stands above its field."""
    c, y = _form_start(path, "Formulier ontwikkelingsperspectiefplan")
    form = c.acroForm
    rows = [
        ("Naam leerling", "Saar van Dijk"),
        ("Geboortedatum", "05-02-2015"),
        ("Verwachte uitstroombestemming", "Vmbo kaderberoepsgerichte leerweg."),
        ("Belemmerende factoren", "Zwak werkgeheugen; raakt het overzicht kwijt bij lange instructies."),
    ]
    for number, (label, value) in enumerate(rows, start=1):
        y -= 20
        c.drawString(72, y, label)
        y -= 24
        form.textfield(name=f"f{number}", value=value if filled else "", x=72, y=y, width=420, height=18, borderWidth=0)
    c.showPage()
    c.save()
    return path


def named_fields_form(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A fillable plan whose fields bear the name of the label printed above them ('Beoogde
    uitstroombestemming' over a field of that name), as form tools make them from a Word format."""
    c, y = _form_start(path, "Beknopt OPP")
    form = c.acroForm
    for label, value in rows:
        y -= 20
        c.drawString(72, y, label)
        y -= 24
        form.textfield(name=label, tooltip=label, value=value, x=72, y=y, width=420, height=18, borderWidth=0)
    c.showPage()
    c.save()
    return path


def bold_label_value_lines(path: Path) -> Path:
    """A plan whose 'Label: value' lines are printed in bold and a size of their own, as headings are: a value that is a
    sentence ('Uitstroomprofiel arbeid: (beschut) werk in de groenvoorziening.') or starts with a
    bracket ('Handtekening curator: (getekend) D. Schaapman')."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectiefplan VSO", 790, 16)
    y = _paragraph(c, "Naam leerling: Fenna Bos. Dit plan beschrijft de ondersteuning voor Fenna.", y)
    y = _heading(c, "2. Uitstroomprofiel en beoogde plek na school", y, 13)
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(72, y, "Uitstroomprofiel arbeidsmarktgericht: (beschut) werk in de groenvoorziening.")
    y = _heading(c, "3. Onderbouwing", y - 30, 13)
    y = _paragraph(c, "Op grond van het intelligentieonderzoek (TIQ 88, 2025) en de stages past dit profiel.", y)
    y = _heading(c, "14. Ondertekening handelingsdeel", y, 13)
    y = _paragraph(c, "Fenna staat onder curatele. Instemming door de curator, mr. D. Schaapman.", y)
    y = _paragraph(c, "De curator gaat akkoord met het handelingsdeel.", y)
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(72, y, "Handtekening curator: (getekend) D. Schaapman")
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 20, "Datum: 14-01-2026")
    c.showPage()
    c.save()
    return path


def signature_lines_in_a_larger_font(path: Path) -> Path:
    """A plan whose signature block is printed larger than the body: 'Ouder/verzorger: mevrouw A.
    Jansen', 'Handtekening:' with a signature image, 'Datum: 18-10-2025'."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectief", 790, 16)
    y = _paragraph(c, "Naam leerling: Tim Jansen. Dit plan beschrijft de ondersteuning voor Tim in groep 6.", y)
    y = _heading(c, "Instemming handelingsdeel", y, 13)
    y = _paragraph(c, "Ondertekening voor akkoord met het handelingsdeel van dit ontwikkelingsperspectief.", y)
    c.setFont("Helvetica", 12)
    c.drawString(72, y, "Ouder/verzorger: mevrouw A. Jansen")
    c.drawString(72, y - 24, "Handtekening:")
    _draw_png(c, signature_png(), 180, y - 34, 90, 28)
    c.drawString(72, y - 56, "Datum: 18-10-2025")
    c.drawString(72, y - 90, "Namens de school: B. de Vries")
    c.drawString(72, y - 114, "Datum: 18-10-2025")
    c.showPage()
    c.save()
    return path


def consent_form(path: Path, draw) -> Path:
    """A one-page plan whose consent part `draw(canvas, acroform)` fills in from y = 680 down."""
    c = _canvas(path)
    _heading(c, "Ontwikkelingsperspectief", 790, 16)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Naam leerling: Saar Visser")
    c.drawString(72, 745, "Vastgesteld op 12 november 2025.")
    _heading(c, "Instemming ouders met het handelingsdeel", 710, 13)
    c.setFont("Helvetica", 10)
    draw(c, c.acroForm)
    c.showPage()
    c.save()
    return path


def signature_in_italics(path: Path, font: str = "Times-Italic") -> Path:
    """A consent part whose parent 'signs' by her name in a larger italic face on the line under
    'Handtekening:', then the next chapter's heading; and an italic heading not under a label."""
    c = _canvas(path)
    y = _heading(c, "Ontwikkelingsperspectiefplan", 780, 16)
    y = _paragraph(c, "Naam leerling: Evi Mertensma, groep 5 van basisschool De Linde.", y)
    y = _heading(c, "Instemming ouders met het handelingsdeel", y, 13)
    c.setFont("Helvetica", 10)
    for line in ("[x] stemt in met het handelingsdeel", "Naam: mevr. L. Mertensma (ouder/verzorger)", "Handtekening:"):
        c.drawString(72, y, line)
        y -= 14
    c.setFont(font, 15)
    c.drawString(90, y - 4, "L. Mertensma")
    y -= 24
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "Datum: 19-06-2026")
    y = _heading(c, "8. Aanvraag arrangement", y - 30, 13)
    c.setFont("Times-Italic", 15)
    c.drawString(72, y, "Toelichting bij de aanvraag")
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 20, "De school vraagt een arrangement aan voor extra begeleiding bij lezen.")
    c.save()
    return path


def drawn_tick_boxes(path: Path) -> Path:
    """Tick boxes drawn as squares of lines, as LibreOffice draws a Word form's check box: a cross of
    two lines in the ticked one. Boxes before their labels, and boxes after them."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(72, 790, "Instemming met het handelingsdeel")

    def box(x: float, y: float, ticked: bool) -> None:
        c.rect(x, y - 2, 10, 10, stroke=1, fill=0)
        if ticked:
            c.line(x, y - 2, x + 10, y + 8)
            c.line(x, y + 8, x + 10, y - 2)

    box(72, 770, True)
    c.drawString(86, 770, "ja, akkoord")
    box(172, 770, False)
    c.drawString(186, 770, "nee, niet akkoord")
    c.drawString(72, 750, "Akkoord")
    box(116, 750, False)
    c.drawString(140, 750, "Niet akkoord")
    box(200, 750, True)
    c.save()
    return path


def frame_drawn_last(path: Path) -> Path:
    """A text box's paragraph that the content stream draws after the rest of the page, in the empty
    band under its heading (as a word processor draws frames last)."""
    c = _canvas(path)
    _heading(c, "Ontwikkelingsperspectief Sem de Vries", 810, 14)
    _heading(c, "9. Inbreng van de leerling", 785, 12)
    _heading(c, "10. Evaluatie", 700, 12)
    c.setFont("Helvetica", 10)
    c.drawString(72, 680, "We evalueren het plan in februari 2026 met ouders en Sem.")
    c.drawString(72, 765, "Sem vertelde in het kindgesprek dat hij graag buiten de klas rekent.")
    c.drawString(72, 752, "Daarom is de remedial teaching tijdens de zelfstandige werktijd gepland.")
    c.save()
    return path


def name_label_over_field(path: Path) -> Path:
    """A form whose printed label names several pupil fields over one text field named 'tf2', and a
    drop-down answered 'Niet akkoord' under 'Reactie ouders'."""
    c = _canvas(path)
    form = c.acroForm
    _heading(c, "OPP-formulier", 800, 14)
    _heading(c, "1. Leerling", 770, 12)
    c.setFont("Helvetica", 10)
    c.drawString(72, 750, "Naam leerling / geboortedatum / groep")
    form.textfield(name="tf2", value="Maud Wijnbergen / 10-05-2016 / groep 6", x=72, y=722, width=300, height=20)
    _heading(c, "2. Belemmerende factoren", 690, 12)
    c.setFont("Helvetica", 10)
    c.drawString(72, 670, "Zwak werkgeheugen en trage verwerking (WISC-V).")
    _heading(c, "3. Instemming ouders met het handelingsdeel", 640, 12)
    _heading(c, "Reactie ouders", 615, 11)
    form.choice(name="f17", value="Niet akkoord", options=["Akkoord", "Niet akkoord"],
                x=72, y=585, width=150, height=20)
    c.setFont("Helvetica", 10)
    c.drawString(72, 560, "Naam ouder: mevr. Van Ommeren")
    c.drawString(72, 545, "Datum: 16-10-2025")
    c.drawString(72, 530, "Handtekening ouder: w.g. mevr. Van Ommeren")
    c.save()
    return path


def typed_mark_in_drawn_box(path: Path, afterwards: bool = False) -> Path:
    """Drawn tick boxes ticked by typing an 'X' inside one of them; `afterwards`: the 'X' typed last, in
    another font, after everything else in the content stream (a form filled in by a PDF editor)."""
    c = _canvas(path)
    c.setFont("Helvetica", 10)
    c.rect(72, 768, 10, 10, stroke=1, fill=0)
    if not afterwards:
        c.drawString(74, 770, "X")
    c.drawString(86, 770, "Ouders stemmen in met het handelingsdeel")
    c.rect(72, 748, 10, 10, stroke=1, fill=0)
    c.drawString(86, 750, "Ouders stemmen niet in met het handelingsdeel")
    if afterwards:
        c.setFont("Courier", 10)
        c.drawString(74, 770, "X")
    c.save()
    return path


def value_wrapped_over_lines(path: Path) -> Path:
    """A system export's 'Label: value' field whose value wraps onto the next printed line, where the
    date of the talk stands."""
    c = _canvas(path)
    _heading(c, "Ontwikkelingsperspectief Noah Pieters", 800, 14)
    c.setFont("Helvetica", 10)
    c.drawString(72, 770, "Gesprek ouders: Op overeenstemming gericht overleg: gesprek met")
    c.drawString(72, 757, "moeder en stiefvader op 13 oktober 2026, met de mentor en de zorgcoördinator.")
    c.save()
    return path


def checkbox_glyphs_first_in_a_cell(path: Path) -> Path:
    """A two-column table whose consent cell has a line of tick boxes whose glyphs come before the line's
    text in the content stream ('☒ ☐ Akkoord met het handelingsdeel   Niet akkoord'), then the parent's line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    c = _canvas(path)
    left, middle, right, top = 60, 220, 540, 780
    rows = [top, top - 20, top - 90]
    for y in rows:
        c.line(left, y, right, y)
    for x in (left, middle, right):
        c.line(x, rows[0], x, rows[-1])
    c.setFont("Helvetica", 10)
    c.drawString(left + 4, rows[0] - 14, "Onderdeel")
    c.drawString(middle + 4, rows[0] - 14, "Invulling")
    c.drawString(left + 4, rows[1] - 14, "Ondertekening handelingsdeel")
    c.drawString(middle + 4, rows[1] - 14, "Ouders geven hieronder aan of zij instemmen.")
    options = "Akkoord met het handelingsdeel       Niet akkoord"
    width = lambda text: pdfmetrics.stringWidth(text, "Helvetica", 10)  # noqa: E731
    c.setFont("DejaVu", 10)
    c.drawString(middle + 4, rows[1] - 30, "☒")
    c.drawString(middle + 16 + width(options[: options.index("Niet")]), rows[1] - 30, "☐")
    c.setFont("Helvetica", 10)
    c.drawString(middle + 16, rows[1] - 30, options[: options.index("Niet")].rstrip())
    c.drawString(middle + 28 + width(options[: options.index("Niet")]), rows[1] - 30, "Niet akkoord")
    c.drawString(middle + 4, rows[1] - 46, "Ouder/verzorger: M. Brinkerink Datum: 15-01-2026")
    c.save()
    return path
