"""Broken and hostile documents, built in code: `python tests/hostile_fixtures.py OUTDIR`.

Every case says what a user must get: "read" (the document is read, `text` is in it) or one of
the message keys in `errors` (exit code 2 with that sentence). Valid base files (PDF, DOCX, ODT)
are built here too, for the mutation tests and benchmarks/fuzz.py. Only the standard library and
pypdf (for encryption) are used; the bombs are built from repeated deflate blocks, so that 1 GiB
of output costs about 1 MB and a fraction of a second to make.
"""

from __future__ import annotations

import functools
import io
import os
import random
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GIB = 1 << 30
TEXT = "Ontwikkelingsperspectiefplan"
LINES = [TEXT, "Uitstroomprofiel: vmbo basis- en kaderberoepsgerichte leerweg",
         "De ouders hebben ingestemd met het handelingsdeel."]
PASSWORD = "geheim"
CANARY = "KANARIE-7f3a9c-NIET-LEZEN"


@dataclass(frozen=True)
class Case:
    """One hostile file: its name, how to build it, and what the user must get."""

    name: str
    filename: str
    build: Callable[[Path], bytes]
    errors: frozenset[str] = frozenset()  # acceptable message keys; empty: must be read
    text: str | None = None  # text that must be in the output when read
    may_read: bool = False  # for cases where reading or a clean error are both right
    args: tuple[str, ...] = ()

    @property
    def must_read(self) -> bool:
        return not self.errors


# --- PDF -------------------------------------------------------------------------------------------

def _pdf(objects: dict[int, bytes], *, xref_shift: int = 0) -> bytes:
    """A PDF file from numbered object bodies, with a correct xref (or one off by `xref_shift`)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        if num in offsets:
            out += b"%010d 00000 n \n" % (offsets[num] + xref_shift)
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _content(lines: list[str] = LINES) -> bytes:
    ops = [b"BT /F1 12 Tf 72 760 Td 16 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _page_objects(content: bytes, *, count: int = 1, kids: bytes = b"[3 0 R]") -> dict[int, bytes]:
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids %s /Count %d >>" % (kids, count),
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           b"/Resources << /Font << /F1 5 0 R >> >> >>",
        4: content,
        5: _FONT,
    }


def valid_pdf(_: Path | None = None) -> bytes:
    """A small valid one-page PDF with the base text."""
    return _pdf(_page_objects(_stream(_content())))


def _broken_xref(_: Path) -> bytes:
    return _pdf(_page_objects(_stream(_content())), xref_shift=7)


def _garbage_xref(_: Path) -> bytes:
    data = valid_pdf()
    start = data.rindex(b"\nxref\n") + 1
    end = data.index(b"trailer", start)
    return data[:start] + b"xref\n0 6\nthis table was overwritten\n" + data[end:]


def _truncated_pdf(_: Path) -> bytes:
    data = valid_pdf()
    return data[: len(data) // 2]


def _tail_cut_pdf(_: Path) -> bytes:
    return valid_pdf()[:-300]


def _encrypted(user: str, owner: str, algorithm: str) -> Callable[[Path], bytes]:
    def build(_: Path) -> bytes:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid_pdf())))
        writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return build


def _page_tree_loop(_: Path) -> bytes:
    objects = _page_objects(_stream(_content()), count=2, kids=b"[3 0 R 6 0 R]")
    objects[6] = b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"
    return _pdf(objects)


def _huge_count(_: Path) -> bytes:
    return _pdf(_page_objects(_stream(_content()), count=2147483647))


def _deep_nesting(_: Path) -> bytes:
    depth = 50_000
    return _pdf(_page_objects(_stream(_content() + b"\n" + b"[" * depth + b"]" * depth + b" pop")))


@functools.lru_cache(maxsize=4)
def repeated_deflate(byte: bytes, size: int) -> tuple[bytes, int, int]:
    """Raw deflate data for `size` copies of `byte`, with its CRC-32 and Adler-32.

    One 1 MiB block, compressed with a full flush (byte-aligned, no back references across it), is
    repeated; an empty final block ends the stream.
    """
    chunk = byte * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    count = size // len(chunk)
    crc, adler = 0, 1
    for _ in range(count):
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    return block * count + last, crc, adler


def _zlib_bomb(size: int = GIB) -> bytes:
    raw, _, adler = repeated_deflate(b"\0", size)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


def _flate_bomb(_: Path) -> bytes:
    return _pdf(_page_objects(_stream(_zlib_bomb(), b"/Filter /FlateDecode ")))


def _stacked_flate_bomb(_: Path) -> bytes:
    twice = zlib.compress(_zlib_bomb(), 9)
    return _pdf(_page_objects(_stream(twice, b"/Filter [/FlateDecode /FlateDecode] ")))


# --- hidden text ---------------------------------------------------------------------------------

# A plan whose consent part shows only its heading; the consent line is added with a trick.
PLAN_LINES = [
    "Ontwikkelingsperspectiefplan (OPP)", "1. Gegevens", "Naam leerling: Sem de Graaf",
    "2. Verwachte uitstroombestemming",
    "Wij verwachten dat Sem na groep 8 uitstroomt naar vmbo-kader (kaderberoepsgerichte leerweg).",
    "3. Onderbouwing",
    "Deze verwachting is gebaseerd op de toetsgegevens van de laatste twee jaar en het onderzoek van 2025.",
    "4. Belemmerende factoren", "Sem raakt snel afgeleid in een drukke klas en heeft moeite met plannen.",
    "5. Bevorderende factoren", "Sem is gemotiveerd, sportief en werkt graag samen met anderen.",
    "6. Te bieden ondersteuning (handelingsdeel)",
    "Vanaf 6 oktober 2025 krijgt Sem twee keer per week 30 minuten leesbegeleiding van de remedial teacher.",
    "7. Afwijkingen van het onderwijsprogramma", "Sem volgt voor rekenen een eigen leerlijn op niveau 1F.",
    "8. Overleg met ouders",
    "Het plan is op 15 september 2025 besproken met moeder en vader en de intern begeleider.",
    "9. Inbreng van de leerling",
    "Sem vertelde dat hij graag met een koptelefoon werkt. Daarom heeft hij nu een stilteplek gekregen.",
    "10. Evaluatie", "We evalueren dit plan in februari en juni 2026 met ouders en Sem.",
    "11. Vaststelling", "Vastgesteld door de directeur, J. Bakker, op 22-09-2025.",
    "12. Instemming met het handelingsdeel",
]
CONSENT_LINE = "Ouders gaan akkoord met het handelingsdeel. w.g. P. de Graaf, datum 22-09-2025"
CONSENT_WORDS = "akkoord met het handelingsdeel"


def _pdf_text(x: float, y: float, line: str, size: float = 10, prefix: bytes = b"") -> bytes:
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
    return b"BT %s/F1 %g Tf %g %g Td (%s) Tj ET\n" % (prefix, size, x, y, escaped)


_CONSENT_Y = 800 - 14 * len(PLAN_LINES)
# How the consent line is drawn: content-stream operators around it, and extra objects.
PDF_TRICKS: dict[str, bytes] = {
    "visible": _pdf_text(72, _CONSENT_Y, CONSENT_LINE),
    "white": b"1 1 1 rg " + _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"0 g\n",
    "background": b"0.8 0.9 1 rg 60 %d 480 20 re f " % (_CONSENT_Y - 6) + _pdf_text(72, _CONSENT_Y, CONSENT_LINE)
                  + b"0 g\n",
    "tiny": _pdf_text(72, _CONSENT_Y, CONSENT_LINE, size=1),
    "off_page": _pdf_text(72, -300, CONSENT_LINE),
    "clipped": b"q 0 0 1 1 re W n " + _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"Q\n",
    "covered": _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"1 1 1 rg 60 %d 480 20 re f 0 g\n" % (_CONSENT_Y - 6),
    "blacked_out": _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"0 g 60 %d 480 20 re f\n" % (_CONSENT_Y - 6),
    "layer_off": b"/OC /oc1 BDC " + _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"EMC\n",
    "invisible": _pdf_text(72, _CONSENT_Y, CONSENT_LINE, prefix=b"3 Tr "),
    "same_line": _pdf_text(72, _CONSENT_Y - 16, "Handtekening ouders:") + b"1 1 1 rg "
                 + _pdf_text(180, _CONSENT_Y - 16, CONSENT_LINE) + b"0 g\n",
    # Pages that the shortcut past the render (a page of plainly printed text) must not take:
    "white_on_white_box": b"1 1 1 rg 60 %d 480 20 re f " % (_CONSENT_Y - 6) + _pdf_text(72, _CONSENT_Y, CONSENT_LINE)
                          + b"0 g\n",
    "dark_on_dark_box": b"0.08 g 60 %d 480 20 re f 0 g " % (_CONSENT_Y - 6) + _pdf_text(72, _CONSENT_Y, CONSENT_LINE),
    "under_image": _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"q 480 0 0 20 60 %d cm /Im1 Do Q\n" % (_CONSENT_Y - 6),
    "covered_in_pieces": _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"1 1 1 rg "
                         + b"".join(b"%d %d 50 20 re f " % (60 + 40 * i, _CONSENT_Y - 6) for i in range(12)) + b"0 g\n",
    "none_separation": b"/None cs 1 scn " + _pdf_text(72, _CONSENT_Y, CONSENT_LINE) + b"0 g\n",  # paints nothing
    # Visible: black text on a light shade, with a thin rule drawn over its lower edge.
    "on_a_shade": b"0.85 g 60 %d 480 13 re f 0 g " % (_CONSENT_Y - 3) + _pdf_text(72, _CONSENT_Y, CONSENT_LINE)
                  + b"0.5 w 60 %d m 540 %d l S\n" % (_CONSENT_Y - 1, _CONSENT_Y - 1),
}
# A font whose glyphs draw nothing (a Type 3 font with empty glyph procedures but real glyph boxes).
PDF_TRICKS["empty_glyphs"] = _pdf_text(72, _CONSENT_Y, CONSENT_LINE).replace(b"/F1 ", b"/F3 ")
_GLYPH_NAMES = {
    **{c: c for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **dict(zip("0123456789", ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
               strict=True)),
    " ": "space", ".": "period", ",": "comma", "-": "hyphen",
}


def _empty_glyph_font() -> bytes:
    codes = sorted(_GLYPH_NAMES, key=ord)
    differences = b" ".join(b"%d /%s" % (ord(c), _GLYPH_NAMES[c].encode()) for c in codes)
    procs = b" ".join(b"/%s 9 0 R" % _GLYPH_NAMES[c].encode() for c in codes)
    widths = b" ".join(b"600" for _ in range(32, 123))
    return (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] "
            b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> /FirstChar 32 /LastChar 122 "
            b"/Widths [%s] /Resources << >> >>" % (procs, differences, widths))


VISIBLE_PDF_TRICKS = ["visible", "on_a_shade"]
HIDDEN_PDF_TRICKS = [t for t in PDF_TRICKS if t not in VISIBLE_PDF_TRICKS]


def plan_pdf(trick: str = "visible", *, scanned: bool = False, blank_scan: bool = False) -> bytes:
    """The plan of PLAN_LINES as a one-page PDF with the consent line drawn with `trick`. `scanned`:
    a page-sized image under invisible text (render mode 3) throughout, as OCR software makes it;
    `blank_scan`: that image is all white (the invisible text is then not an OCR layer)."""
    mode = b"3 Tr " if scanned else b""
    ops = b"".join(_pdf_text(72, 800 - 14 * i, line, prefix=mode) for i, line in enumerate(PLAN_LINES))
    ops += _pdf_text(72, _CONSENT_Y, CONSENT_LINE, prefix=mode) if scanned else PDF_TRICKS[trick]
    if scanned:
        ops = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n" + ops
    objects = _page_objects(_stream(ops))
    objects[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << "
                  b"/Font << /F1 5 0 R /F3 8 0 R >> /Properties << /oc1 6 0 R >> /XObject << /Im1 7 0 R >> "
                  b"/ColorSpace << /None "
                  b"[/Separation /None /DeviceGray << /FunctionType 2 /Domain [0 1] /C0 [1] /C1 [0] /N 1 >>] >> >> >>")
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>"
    objects[6] = b"<< /Type /OCG /Name (Handtekening) >>"
    objects[8] = _empty_glyph_font()
    objects[9] = _stream(b"600 0 0 0 600 700 d1")  # a glyph with a box that draws nothing
    # The 'scan': dark and light stripes 3 points high (as printed lines look); blank: all white.
    pixels = b"\xff" * 842 if blank_scan else b"".join(b"\x20" if row // 3 % 2 else b"\xf0" for row in range(842))
    objects[7] = _stream(pixels, b"/Type /XObject /Subtype /Image /Width 1 /Height 842 "
                                 b"/ColorSpace /DeviceGray /BitsPerComponent 8 ")
    return _pdf(objects)


# --- ZIP packages ------------------------------------------------------------------------------------

Member = tuple[str, bytes] | tuple[str, tuple[bytes, int, int]]


def _zip(members: list[Member]) -> bytes:
    """A zip file. A member is (name, data) stored/deflated here, or (name, (raw deflate, crc, size))."""
    out, central = bytearray(), bytearray()
    for name, payload in members:
        encoded = name.encode()
        if isinstance(payload, tuple):
            data, crc, size, method = *payload, 8
        elif name == "mimetype":
            data, crc, size, method = payload, zlib.crc32(payload), len(payload), 0
        else:
            comp = zlib.compressobj(6, zlib.DEFLATED, -15)
            data = comp.compress(payload) + comp.flush()
            crc, size, method = zlib.crc32(payload), len(payload), 8
        fields = struct.pack("<HHHHHIII", 20, 0, method, 0, 0x21, crc, len(data), size)
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields
        central += struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, len(out)) + encoded
        out += b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded + data
    count = len(members)
    end = struct.pack("<HHHHIIH", 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + b"PK\x05\x06" + end)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>")
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>')


def docx_xml(paragraphs: list[str], prolog: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>').encode()


def _docx(document: bytes | tuple[bytes, int, int] | None) -> bytes:
    members: list[Member] = [("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS)]
    if document is not None:
        members.append(("word/document.xml", document))
    return _zip(members)


DOCX_XML = docx_xml(LINES)


def docx_with_document(xml: bytes) -> bytes:
    """A DOCX package around `xml` as word/document.xml (for structure-aware mutation)."""
    return _docx(xml)


def valid_docx(_: Path | None = None) -> bytes:
    """A small valid DOCX with the base text, one paragraph per line."""
    return _docx(DOCX_XML)


def _zip_bomb_member() -> tuple[bytes, int, int]:
    raw, crc, _ = repeated_deflate(b" ", GIB)
    return raw, crc, GIB


def _docx_bomb(_: Path) -> bytes:
    return _docx(_zip_bomb_member())


def _xxe(folder: Path) -> bytes:
    canary = folder / "canary.txt"
    canary.write_text(CANARY + "\n", encoding="utf-8")
    prolog = (f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
              f'<!ENTITY canary SYSTEM "file://{canary.resolve().as_posix()}">]>')
    return _docx(docx_xml([TEXT, "&xxe;", "&canary;"], prolog))


def _billion_laughs(_: Path) -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)]
    prolog = "<!DOCTYPE w:document [" + "".join(entities) + "]>"
    return _docx(docx_xml([TEXT, "&lol9;"], prolog))


def _docx_without_document(_: Path) -> bytes:
    return _docx(None)


def _docx_malformed_xml(_: Path) -> bytes:
    return _docx(docx_xml(LINES)[:-40])


_DOCX_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'styles" Target="styles.xml"/></Relationships>')
# Styles: 'Leesbaar' (the plan's paragraphs, 11 pt) and the tricks: a hidden character style, a
# paragraph style that inherits w:vanish from its base, a white character style, run defaults of 1 pt.
_DOCX_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr>{defaults}</w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Leesbaar"><w:name w:val="Leesbaar"/>'
    '<w:rPr><w:sz w:val="22"/><w:color w:val="000000"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Verborgen"><w:name w:val="Verborgen"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Basis"><w:name w:val="Basis"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Stil"><w:name w:val="Stil"/><w:basedOn w:val="Basis"/></w:style>'
    '<w:style w:type="character" w:styleId="Wit"><w:name w:val="Wit"/>'
    '<w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>'
    '</w:styles>')
# How the consent paragraph is written: (paragraph properties, run properties, run defaults).
DOCX_TRICKS: dict[str, tuple[str, str, str]] = {
    "visible": ("", "", ""),
    "character_style": ("", '<w:rStyle w:val="Verborgen"/>', ""),
    "paragraph_style": ('<w:pStyle w:val="Stil"/>', "", ""),
    "white": ("", '<w:color w:val="FFFFFF"/>', ""),
    "white_style": ("", '<w:rStyle w:val="Wit"/>', ""),
    "one_point": ("", '<w:sz w:val="2"/>', ""),
    "defaults_one_point": ("", "", '<w:sz w:val="2"/>'),
}
HIDDEN_DOCX_TRICKS = [t for t in DOCX_TRICKS if t != "visible"] + ["hidden_box", "hidden_vml"]


_SHAPE_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
             'xmlns:v="urn:schemas-microsoft-com:vml"')
# The consent paragraph in a text box of a shape: DrawingML (hidden with docPr hidden="1") or VML.
DOCX_BOX_TRICKS = {
    "visible_box": '<wp:docPr id="7" name="Tekstvak"/>', "hidden_box": '<wp:docPr id="7" name="Tekstvak" hidden="1"/>'}


def _box(doc_pr: str) -> str:
    box = f"<w:txbxContent><w:p><w:r><w:t>{CONSENT_LINE}</w:t></w:r></w:p></w:txbxContent>"
    return (f"<w:p><w:r><w:drawing><wp:anchor>{doc_pr}<a:graphic><a:graphicData "
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            "</w:drawing></w:r></w:p>")


def plan_docx(trick: str = "visible") -> bytes:
    """The plan of PLAN_LINES as a DOCX whose consent paragraph is written with `trick` (DOCX_TRICKS,
    DOCX_BOX_TRICKS, or "hidden_vml": a VML text box with visibility:hidden)."""
    ppr, rpr, defaults = DOCX_TRICKS.get(trick, ("", "", ""))
    plan = "".join(f'<w:p><w:pPr><w:pStyle w:val="Leesbaar"/></w:pPr><w:r><w:t xml:space="preserve">{line}'
                   "</w:t></w:r></w:p>" for line in PLAN_LINES)
    consent = f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{CONSENT_LINE}</w:t></w:r></w:p>"
    if trick in DOCX_BOX_TRICKS:
        consent = _box(DOCX_BOX_TRICKS[trick])
    elif trick == "hidden_vml":
        consent = ('<w:p><w:r><w:pict><v:shape style="position:absolute;visibility:hidden"><v:textbox>'
                   f"<w:txbxContent><w:p><w:r><w:t>{CONSENT_LINE}</w:t></w:r></w:p></w:txbxContent>"
                   "</v:textbox></v:shape></w:pict></w:r></w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" {_SHAPE_NS}>'
                f"<w:body>{plan}{consent}</w:body></w:document>").encode()
    styles = _DOCX_STYLES.replace("{defaults}", defaults).encode()
    return _zip([("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS), ("word/document.xml", document),
                 ("word/_rels/document.xml.rels", _DOCX_RELS), ("word/styles.xml", styles)])


ODT_MIME = b"application/vnd.oasis.opendocument.text"
_ODT_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    b'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
    b'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>")


def _odt_xml(paragraphs: list[str]) -> bytes:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>").encode()


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
# How the consent paragraph is written: (automatic style of the paragraph or span, wrap in a span?).
ODT_TRICKS: dict[str, tuple[str, bool]] = {
    "visible": ("", False),
    "display_none_span": ('<style:style style:name="T1" style:family="text">'
                          '<style:text-properties text:display="none"/></style:style>', True),
    "display_none_paragraph": ('<style:style style:name="P1" style:family="paragraph">'
                               '<style:text-properties text:display="none"/></style:style>', False),
    "white_one_point": ('<style:style style:name="T1" style:family="text">'
                        '<style:text-properties fo:color="#ffffff" fo:font-size="1pt"/></style:style>', True),
    "white_inherited": ('<style:style style:name="Wit" style:family="paragraph">'
                        '<style:text-properties fo:color="#FFFFFF"/></style:style>'
                        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Wit"/>', False),
    "section_condition": ("", False),
    "hidden_paragraph": ("", False),
}
HIDDEN_ODT_TRICKS = [t for t in ODT_TRICKS if t != "visible"]


def plan_odt(trick: str = "visible") -> bytes:
    """The plan of PLAN_LINES as an ODT whose consent paragraph is written with `trick` (automatic styles)."""
    styles, span = ODT_TRICKS[trick]
    consent = (f'<text:p><text:span text:style-name="T1">{CONSENT_LINE}</text:span></text:p>' if span
               else f'<text:p text:style-name="P1">{CONSENT_LINE}</text:p>')
    if trick == "section_condition":  # a section whose condition hides it
        consent = (f'<text:section text:name="S1" text:display="condition" text:condition="ooow:1" '
                   f'text:is-hidden="true">{consent}</text:section>')
    elif trick == "hidden_paragraph":
        consent = (f'<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
                   f"{CONSENT_LINE}</text:p>")
    body = "".join(f"<text:p>{line}</text:p>" for line in PLAN_LINES) + consent
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} office:version="1.2">'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>").encode()
    return _odt(content)


def _odt(content: bytes | tuple[bytes, int, int]) -> bytes:
    return _zip([("mimetype", ODT_MIME), ("META-INF/manifest.xml", _ODT_MANIFEST), ("content.xml", content)])


ODT_XML = _odt_xml(LINES)


def odt_with_content(xml: bytes) -> bytes:
    """An ODT package around `xml` as content.xml (for structure-aware mutation)."""
    return _odt(xml)


def valid_odt(_: Path | None = None) -> bytes:
    """A small valid ODT with the base text."""
    return _odt(ODT_XML)


def _odt_bomb(_: Path) -> bytes:
    return _odt(_zip_bomb_member())


def _odt_malformed(_: Path) -> bytes:
    return _odt(_odt_xml(LINES)[:-60])


def _odt_truncated(_: Path) -> bytes:
    data = valid_odt()
    return data[: len(data) * 2 // 3]


def _zip_shifted(_: Path) -> bytes:
    """20 bytes cut from the first member: every offset in the central directory is now wrong."""
    data = valid_odt()
    return data[:40] + data[60:]


def _bad_deflate(package: bytes, member: str) -> bytes:
    """`package` with the deflate data of `member` starting with an invalid block type."""
    data = bytearray(package)
    name = member.encode()
    header = data.index(name) - 30  # the first mention is in the local header (no extra field here)
    assert data[header:header + 4] == b"PK\x03\x04"
    data[header + 30 + len(name)] = 0xFF  # BFINAL=1, BTYPE=11: "invalid block type"
    return bytes(data)


def _future_zip_version(_: Path) -> bytes:
    """The central directory says the first member needs zip version 14.8 to extract."""
    data = bytearray(valid_docx())
    central = data.index(b"PK\x01\x02")
    data[central + 6:central + 8] = (148).to_bytes(2, "little")
    return bytes(data)


def _unknown_method(_: Path) -> bytes:
    """The first member ('mimetype') claims compression method 99, which no reader knows."""
    data = bytearray(valid_odt())
    central = data.index(b"PK\x01\x02")
    data[8] = data[central + 10] = 99
    return bytes(data)


def _docx_duplicate(first: str, second: str) -> Callable[[Path], bytes]:
    """Two copies of the main part: the first blank where the second gives consent."""
    def build(_: Path) -> bytes:
        blank = docx_xml([*LINES[:2], "Handtekening ouders: ..........."])
        signed = docx_xml([*LINES[:2], "Ouders gaan akkoord. w.g. P. de Graaf, 22-09-2025"])
        return _zip([("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS), (first, blank),
                     (second, signed)])

    return build


def _odt_duplicate(_: Path) -> bytes:
    return _zip([("mimetype", ODT_MIME), ("META-INF/manifest.xml", _ODT_MANIFEST), ("content.xml", ODT_XML),
                 ("content.xml", _odt_xml(["Ouders gaan akkoord. w.g. P. de Graaf, 22-09-2025"]))])


def _mimetype_bomb(_: Path) -> bytes:
    raw, crc, _ = repeated_deflate(b" ", GIB)
    return _zip([("mimetype", (raw, crc, GIB)), ("content.xml", ODT_XML)])


# --- OLE (old Word, encrypted Office) -------------------------------------------------------------

def _ole(names: list[str]) -> bytes:
    """A minimal compound file: a FAT sector and one directory sector with empty streams `names`."""
    end, free, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFF
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    fat = struct.pack("<II", 0xFFFFFFFD, end) + struct.pack("<I", free) * 126

    def entry(name: str, kind: int, left: int, right: int, child: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, right, child) + bytes(16 + 4 + 16)
                + struct.pack("<III", end, 0, 0))

    entries = [entry("Root Entry", 5, nostream, nostream, 1 if names else nostream)]
    for i, name in enumerate(names, start=1):
        entries.append(entry(name, 2, nostream, i + 1 if i < len(names) else nostream, nostream))
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat + directory


def _old_doc(_: Path) -> bytes:
    return _ole(["WordDocument", "1Table", "\x05SummaryInformation"])


def _encrypted_office(_: Path) -> bytes:
    return _ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])


# --- text and others ---------------------------------------------------------------------------------

def _utf16(_: Path) -> bytes:
    return ("\n".join([TEXT, "De leerling wordt geëvalueerd in groep 7."]) + "\n").encode("utf-16")


CP1252_LINE = "Geëvalueerd op één moment – ‘zie bijlage’ met café-overleg."


def _cp1252(_: Path) -> bytes:
    return f"{TEXT}\n{CP1252_LINE}\n".encode("cp1252")


def _random(_: Path) -> bytes:
    return random.Random(20261128).randbytes(64 * 1024)


def long_line_text(path: Path, size: int = 50 * 1024 * 1024) -> None:
    """Write a text file of `size` bytes on one line (built at test time: too big to keep)."""
    words = (TEXT + " de leerling leest en rekent ").encode()
    with open(path, "wb") as fh:
        fh.write(words * (size // len(words)))


def _keys(*keys: str) -> frozenset[str]:
    return frozenset(keys)


_BOMB = _keys("too_complex", "memory", "crashed", "corrupt")
_AES = _encrypted(PASSWORD, "eigenaar", "AES-256")

CASES: list[Case] = [
    Case("empty", "leeg.pdf", lambda _: b"", _keys("empty")),
    Case("empty_docx", "leeg.docx", lambda _: b"", _keys("empty")),
    Case("truncated_pdf", "afgebroken.pdf", _truncated_pdf, _keys("corrupt")),
    Case("tail_cut_pdf", "zonder-einde.pdf", _tail_cut_pdf, _keys("corrupt"), TEXT, may_read=True),
    Case("broken_xref", "kapotte-xref.pdf", _broken_xref, text=TEXT),
    Case("garbage_xref", "rommel-xref.pdf", _garbage_xref, text=TEXT),
    Case("user_password", "wachtwoord.pdf", _AES, _keys("password")),
    Case("user_password_given", "wachtwoord-gegeven.pdf", _AES, text=TEXT, args=("--password", PASSWORD)),
    Case("user_password_wrong", "wachtwoord-fout.pdf", _AES, _keys("wrong_password"),
         args=("--password", "fout")),
    Case("owner_aes128", "eigenaar-aes128.pdf", _encrypted("", "eigenaar", "AES-128"), text=TEXT),
    Case("owner_aes256", "eigenaar-aes256.pdf", _encrypted("", "eigenaar", "AES-256"), text=TEXT),
    Case("owner_rc4", "eigenaar-rc4.pdf", _encrypted("", "eigenaar", "RC4-128"), text=TEXT),
    Case("owner_rc4_40", "eigenaar-rc4-40.pdf", _encrypted("", "eigenaar", "RC4-40"), text=TEXT),
    Case("page_tree_loop", "paginalus.pdf", _page_tree_loop, _keys("corrupt"), TEXT, may_read=True),
    Case("deep_nesting", "diep.pdf", _deep_nesting, _keys("too_complex", "corrupt"), TEXT, may_read=True),
    Case("flate_bomb", "bom.pdf", _flate_bomb, _BOMB, may_read=True),
    Case("stacked_flate_bomb", "dubbele-bom.pdf", _stacked_flate_bomb, _BOMB, may_read=True),
    Case("huge_count", "miljoenen-paginas.pdf", _huge_count, text=TEXT),
    Case("random_bytes", "willekeurig.pdf", _random, _keys("unsupported", "corrupt")),
    Case("pdf_named_docx", "eigenlijk-pdf.docx", valid_pdf, text=TEXT),
    Case("docx_named_pdf", "eigenlijk-docx.pdf", valid_docx, text=TEXT),
    Case("odt_named_txt", "eigenlijk-odt.txt", valid_odt, text=TEXT),
    Case("docx_bomb", "zipbom.docx", _docx_bomb, _keys("too_complex", "too_large")),
    Case("odt_bomb", "zipbom.odt", _odt_bomb, _keys("too_complex", "too_large")),
    Case("xxe", "xxe.docx", _xxe, _keys("too_complex", "corrupt"), TEXT, may_read=True),
    Case("billion_laughs", "lachen.docx", _billion_laughs, _keys("too_complex", "corrupt"), TEXT,
         may_read=True),
    Case("docx_without_document", "zonder-document.docx", _docx_without_document, _keys("corrupt")),
    Case("docx_malformed_xml", "kapotte-xml.docx", _docx_malformed_xml, _keys("corrupt")),
    Case("old_doc", "oud.doc", _old_doc, _keys("old_doc")),
    Case("old_doc_named_docx", "oud.docx", _old_doc, _keys("old_doc")),
    Case("encrypted_office", "beveiligd.docx", _encrypted_office, _keys("office_encrypted")),
    Case("odt_malformed", "kapot.odt", _odt_malformed, _keys("corrupt")),
    Case("odt_truncated", "afgebroken.odt", _odt_truncated, _keys("corrupt")),
    Case("zip_shifted", "verschoven.odt", _zip_shifted, _keys("corrupt")),
    Case("zip_unknown_method", "onbekende-methode.odt", _unknown_method, _keys("corrupt", "unsupported")),
    Case("zip_future_version", "toekomst.docx", _future_zip_version, _keys("corrupt", "unsupported")),
    Case("docx_bad_deflate", "kapotte-deflate.docx", lambda _: _bad_deflate(valid_docx(), "word/document.xml"),
         _keys("corrupt")),
    Case("odt_bad_deflate", "kapotte-deflate.odt", lambda _: _bad_deflate(valid_odt(), "content.xml"),
         _keys("corrupt")),
    Case("mimetype_bomb", "mimetype-bom.odt", _mimetype_bomb, _keys("too_complex", "too_large", "unsupported")),
    Case("docx_duplicate_part", "dubbel-deel.docx", _docx_duplicate("word/document.xml", "word/document.xml"),
         _keys("zip_duplicate")),
    Case("docx_duplicate_part_case", "dubbel-deel-hoofdletters.docx",
         _docx_duplicate("word/document.xml", "Word/Document.xml"), _keys("zip_duplicate")),
    Case("odt_duplicate_part", "dubbel-deel.odt", _odt_duplicate, _keys("zip_duplicate")),
    Case("utf16_text", "utf16.txt", _utf16, text="geëvalueerd in groep 7"),
    Case("cp1252_text", "cp1252.txt", _cp1252, text=CP1252_LINE),
]

BASES: dict[str, Callable[..., bytes]] = {"pdf": valid_pdf, "docx": valid_docx, "odt": valid_odt}
# Formats whose inner XML can be mutated before packing: {name: (xml, pack)}.
PACKAGES: dict[str, tuple[bytes, Callable[[bytes], bytes]]] = {
    "docx-xml": (DOCX_XML, docx_with_document), "odt-xml": (ODT_XML, odt_with_content)}


def mutate(data: bytes, rng: random.Random, steps: int = 3) -> bytes:
    """`data` with a few random edits: bit flips, truncation, inserted or deleted bytes, repeats."""
    buf = bytearray(data)
    for _ in range(steps):
        if not buf:
            break
        pos = rng.randrange(len(buf))
        op = rng.choice(("flip", "truncate", "insert", "delete", "repeat"))
        if op == "flip":
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == "truncate":
            del buf[pos:]
        elif op == "insert":
            buf[pos:pos] = rng.choice([rng.randbytes(rng.randint(1, 16)), b"<", b"[", b"(", b"\0", b" R "])
        elif op == "delete":
            del buf[pos:pos + rng.randint(1, 32)]
        else:
            buf[pos:pos] = bytes(buf[pos:pos + rng.randint(1, 64)]) * rng.randint(2, 50)
    return bytes(buf)


def write_cases(folder: Path, cases: list[Case] = CASES) -> dict[str, Path]:
    """Write every case into `folder`; return {case name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in cases:
        path = folder / case.filename
        path.write_bytes(case.build(folder))
        paths[case.name] = path
    for fmt, build in BASES.items():
        (folder / f"geldig.{fmt}").write_bytes(build())
    return paths


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("gebruik: python tests/hostile_fixtures.py UITVOERMAP", file=sys.stderr)
        return 2
    paths = write_cases(Path(argv[1]))
    for name, path in paths.items():
        print(f"{name:24} {path} ({os.path.getsize(path)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
