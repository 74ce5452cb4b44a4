"""Scanned OPPs: pages without text are read with Tesseract, and a scan never reassures about a
handwritten signature. Scans are made at test time (see scan_fixtures). Tests that run Tesseract
are skipped with a reason when it or its Dutch data is not installed; the others fake it."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
import scan_fixtures as sf
from click.testing import CliRunner

from oppcheck.check import check_document
from oppcheck.cli import main
from oppcheck.errors import ReadError
from oppcheck.extract import ReadOptions, ocr, read_document
from oppcheck.i18n import message
from oppcheck.model import BlockKind, Source
from oppcheck.ruleset import load_ruleset

CONSENT = "instemming_ouders"


@pytest.fixture(autouse=True)
def _fresh_ocr_state(monkeypatch):
    """Each test finds Tesseract (or not) anew."""
    monkeypatch.setattr(ocr, "_state", {})


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("scans")
    return {
        "signed": sf.scanned_pdf(root / "signed.pdf"),
        "refused": sf.scanned_pdf(root / "refused.pdf", consent="refused"),
        "unsigned": sf.scanned_pdf(root / "unsigned.pdf", ink=False),
        "school_typed": sf.scanned_pdf(root / "school_typed.pdf", consent="school_typed"),
        "options": sf.scanned_pdf(root / "options.pdf", consent="options"),
        "png": sf.scanned_png(root / "page1.png"),
        "tiff": sf.scanned_tiff(root / "plan.tiff"),
    }


@pytest.fixture(scope="module")
def signed_doc(scans):
    if ocr.unavailable() is not None:
        pytest.skip("needs the tesseract program and its Dutch data")
    return read_document(str(scans["signed"]))


def _statuses(doc) -> dict[str, str]:
    return {e.id: e.status for e in check_document(doc, load_ruleset()).elements}


def _fake_tesseract(tmp_path: Path, body: str, langs: str = "nld") -> str:
    """A stand-in tesseract program: lists `langs`, and runs `body` (shell) for any page."""
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\nif [ "$1" = "--list-langs" ]; then echo "{langs}"; exit 0; fi\n{body}\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


# --- Tesseract itself ---------------------------------------------------------------------------


@sf.needs_tesseract
def test_scanned_pdf_is_read_with_ocr(signed_doc):
    assert signed_doc.image_only_pages == [1, 2]
    assert signed_doc.ocr_pages == [1, 2]
    body = [b for b in signed_doc.blocks if b.kind is not BlockKind.IMAGE]
    assert body and all(b.source is Source.OCR for b in body)
    assert all(b.confidence is not None and 50 <= b.confidence <= 100 for b in body)
    headings = [b.text for b in signed_doc.blocks if b.kind is BlockKind.HEADING]
    for wanted in ("1. Uitstroomperspectief", "2. Onderbouwing", "5. Doelen", "7. Instemming ouders"):
        assert wanted in headings
    pages = {b.text: b.location.page for b in signed_doc.blocks}
    assert pages["7. Instemming ouders"] == 2


@sf.needs_tesseract
def test_scan_without_a_jpeg_is_rendered_and_read(tmp_path):
    doc = read_document(str(sf.scanned_pdf(tmp_path / "flate.pdf", jpeg=False, dpi=150)))
    assert doc.ocr_pages == [1, 2]
    assert "7. Instemming ouders" in [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]


@sf.needs_tesseract
def test_pen_signature_is_ink_beside_the_signature_line(signed_doc):
    texts = [b.text for b in signed_doc.blocks]
    line = texts.index("Handtekening ouder(s):")
    ink = signed_doc.blocks[line + 1]
    assert ink.kind is BlockKind.IMAGE and ink.source is Source.OCR and ink.location.page == 2


@sf.needs_tesseract
def test_scanned_signature_is_never_present(signed_doc, scans):
    statuses = _statuses(signed_doc)
    assert statuses[CONSENT] == "unclear"
    # The rest of the plan is checked as usual from the OCR text.
    for element in ("uitstroombestemming", "onderbouwing", "doelen", "ondersteuning"):
        assert statuses[element] == "present", element


@sf.needs_tesseract
def test_scan_whose_print_refuses_is_incomplete(scans):
    statuses = _statuses(read_document(str(scans["refused"])))
    assert statuses[CONSENT] == "incomplete"


@sf.needs_tesseract
def test_scanned_list_of_consent_options_is_no_refusal(scans):
    """'[X] akkoord [ ] niet akkoord [ ] gedeeltelijk akkoord [ ] voor gezien' on a scan: OCR cannot read
    which box is ticked, so the printed options are not read as a refusal; a person must look."""
    doc = read_document(str(scans["options"]))
    result = check_document(doc, load_ruleset())
    consent = next(e for e in result.elements if e.id == CONSENT)
    assert consent.status == "unclear", consent.message
    assert "kijk zelf" in consent.message


@sf.needs_tesseract
def test_scan_with_an_empty_signature_line_is_not_present(scans):
    statuses = _statuses(read_document(str(scans["unsigned"])))
    assert statuses[CONSENT] in ("incomplete", "unclear")


@sf.needs_tesseract
def test_scan_where_only_the_typed_school_signature_can_be_read_is_unclear(scans):
    """The parents' pen signature cannot be read from a scan: not 'only the school signed', but a
    person must look."""
    doc = read_document(str(scans["school_typed"]))
    result = check_document(doc, load_ruleset())
    consent = next(e for e in result.elements if e.id == CONSENT)
    assert consent.status == "unclear", consent.message
    assert "kijk zelf" in consent.message


@sf.needs_tesseract
def test_extract_command_shows_ocr_pages_and_confidence(scans):
    result = CliRunner().invoke(main, ["extract", str(scans["signed"])])
    assert result.exit_code == 0, result.output
    assert "# pages read by OCR: 1, 2" in result.output
    assert "7. Instemming ouders" in result.output and "ocr conf=" in result.output


@sf.needs_tesseract
def test_check_command_says_pages_were_read_by_ocr(scans):
    result = CliRunner().invoke(main, [str(scans["signed"]), "--lang", "en"])
    assert "was read with text recognition (OCR)" in " ".join(result.output.split())
    assert result.exit_code == 1  # required elements unclear or missing


@sf.needs_tesseract
def test_png_given_directly_is_read(scans):
    doc = read_document(str(scans["png"]))
    assert (doc.format, doc.pages, doc.ocr_pages) == ("image", 1, [1])
    assert "1. Uitstroomperspectief" in [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]


@sf.needs_tesseract
def test_multipage_tiff_given_directly_is_read_page_by_page(scans):
    doc = read_document(str(scans["tiff"]))
    assert (doc.format, doc.pages, doc.image_only_pages, doc.ocr_pages) == ("image", 2, [1, 2], [1, 2])
    where = {b.text: b.location.page for b in doc.blocks}
    assert where.get("1. Uitstroomperspectief") == 1 and where.get("7. Instemming ouders") == 2
    assert _statuses(doc)[CONSENT] == "unclear"


# --- without Tesseract --------------------------------------------------------------------------


def _without_tesseract(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "not-installed" / "tesseract"))


def test_without_tesseract_pages_stay_unread_and_elements_unclear(scans, monkeypatch, tmp_path):
    _without_tesseract(monkeypatch, tmp_path)
    doc = read_document(str(scans["signed"]))
    assert doc.image_only_pages == [1, 2] and doc.ocr_pages == [] and doc.blocks == []
    assert "ocr-unavailable:tesseract" in doc.notes
    statuses = _statuses(doc)
    assert set(statuses.values()) == {"unclear"}, statuses


def test_without_tesseract_the_report_names_the_pages_and_exits_1(scans, monkeypatch, tmp_path):
    _without_tesseract(monkeypatch, tmp_path)
    result = CliRunner().invoke(main, [str(scans["signed"])])
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert "pagina 1, 2 is gescand en kon niet worden gelezen" in text
    assert "0 in orde, 0 ontbreken, 0 onvolledig" in text  # unclear, never a wall of 'missing'


def test_install_hint_names_every_platform():
    for lang in ("nl", "en"):
        hint = message("terminal.ocr_missing", lang, pages="1, 2")
        assert "1, 2" in hint
        for how in ("apt install tesseract-ocr tesseract-ocr-nld", "brew install tesseract tesseract-lang",
                    "UB Mannheim"):
            assert how in hint


def test_without_dutch_data_the_note_says_so(scans, monkeypatch, tmp_path):
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, "exit 1", langs="eng osd"))
    doc = read_document(str(scans["signed"]))
    assert "ocr-unavailable:nld" in doc.notes and doc.ocr_pages == []


@pytest.mark.skipif(sys.platform == "win32", reason="shell script as a stand-in program")
def test_a_page_tesseract_fails_on_stays_unread(scans, monkeypatch, tmp_path):
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, "cat >/dev/null; exit 3"))
    doc = read_document(str(scans["signed"]))
    assert "ocr-failed:1,2" in doc.notes and doc.ocr_pages == []
    assert _statuses(doc)[CONSENT] == "unclear"


@pytest.mark.skipif(sys.platform == "win32", reason="shell script as a stand-in program")
def test_a_page_whose_jpeg_tesseract_cannot_read_is_rendered_instead(scans, monkeypatch, tmp_path):
    tsv = tmp_path / "page.tsv"
    tsv.write_text(_tsv((1, 10, 10, 90, 20, 91, "Gelezen")))
    body = f'magic=$(head -c 2); cat >/dev/null; [ "$magic" = "P5" ] || exit 1; cat "{tsv}"'
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, body))
    doc = read_document(str(scans["signed"]))
    assert doc.ocr_pages == [1, 2] and [b.text for b in doc.blocks] == ["Gelezen", "Gelezen"]


@pytest.mark.skipif(sys.platform == "win32", reason="shell script as a stand-in program")
def test_a_page_tesseract_hangs_on_is_given_up(scans, monkeypatch, tmp_path):
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, "sleep 30"))
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.5)
    doc = read_document(str(scans["png"]))
    assert "ocr-failed:1" in doc.notes and doc.ocr_pages == []


def test_no_ocr_option_leaves_scans_unread(scans, monkeypatch, tmp_path):
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, "touch ran; exit 1"))
    monkeypatch.chdir(tmp_path)
    doc = read_document(str(scans["signed"]), ReadOptions(ocr=False))
    assert doc.image_only_pages == [1, 2] and doc.ocr_pages == [] and not os.path.exists("ran")


# --- reading Tesseract's output (no Tesseract needed) -------------------------------------------

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(*rows: tuple) -> str:
    """rows: (line, left, top, width, height, conf, text)."""
    return TSV_HEADER + "".join(f"5\t1\t1\t1\t{ln}\t{i}\t{x}\t{y}\t{w}\t{h}\t{c}\t{t}\n"
                                for i, (ln, x, y, w, h, c, t) in enumerate(rows, 1))


def test_table_rules_read_as_letters_are_dropped():
    lines = ocr.parse_tsv(_tsv((1, 10, 10, 40, 12, 95, "|Naam"), (1, 60, 10, 4, 30, 90, "Ì"),
                               (1, 70, 10, 40, 12, 96, "Daan"), (2, 10, 30, 5, 12, 34, "1"),
                               (2, 20, 30, 5, 12, 96, "1"), (3, 10, 50, 4, 30, 80, "|")))
    assert [[w.text for w in line] for line in lines] == [["Naam", "Daan"], ["1"]]


def test_numbered_short_lines_are_headings_with_tolerance_for_misread_dots():
    assert ocr._heading_depth("7. Instemming ouders") == 1
    assert ocr._heading_depth("4, Bevorderende factoren") == 1
    assert ocr._heading_depth("3.2 Thuissituatie") == 2
    assert ocr._heading_depth("1. Daan leest elke dag tien minuten hardop voor in de klas.") is None
    assert ocr._heading_depth("Instemming ouders") is None


def test_ink_becomes_an_image_block_after_its_line():
    rows = [(1, 100, 100, 60, 14, 96, "Handtekening"), (1, 170, 100, 50, 14, 95, "ouder:"),
            (1, 240, 80, 160, 50, 31, "ALAN"),
            (2, 100, 140, 60, 14, 95, "Datum:"), (2, 170, 140, 80, 14, 94, "12-03-2026"),
            *[(n, 100 + 50 * i, 40 * n, 40, 14, 96, word)
              for n in (3, 4, 5, 6) for i, word in enumerate("Een regel tekst".split())]]
    page = ocr.OcrPage(2, ocr.Placement(0.5, 0.5, 0.0, 842.0, 842.0), ocr.parse_tsv(_tsv(*rows)))
    blocks = ocr.ocr_blocks([page])[2]
    assert [(b.kind, b.text) for b in blocks][:3] == [
        (BlockKind.PARAGRAPH, "Handtekening ouder:"), (BlockKind.IMAGE, ""), (BlockKind.PARAGRAPH, "Datum: 12-03-2026")]
    assert blocks[0].confidence == 95.5 and blocks[0].source is Source.OCR and blocks[0].location.page == 2


def test_pgm_drops_row_padding():
    data = ocr.pgm(b"ab__cd__", 2, 2, 4)
    assert data == b"P5\n2 2\n255\nabcd"


def test_image_resolution_from_the_file_or_as_an_a4_page():
    from oppcheck.extract.image import _dpi

    assert _dpi((300.0, 300.0), 2480, 3508) == 300
    assert _dpi(None, 2480, 3508) == 300  # A4 at 300 dpi
    assert _dpi((1, 1), 1240, 1754) == 150  # a meaningless 1 dpi in the file


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims a size; its pixels are never there (a decompression bomb's first bytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [9000, 40000])
def test_an_image_too_large_to_read_is_refused(tmp_path, monkeypatch, side):
    monkeypatch.setenv(ocr.TESSERACT_ENV, _fake_tesseract(tmp_path, "exit 1"))
    path = tmp_path / "groot.png"
    path.write_bytes(_png_header(side, side))
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "too_complex"


def test_a_damaged_tiff_is_refused(tmp_path):
    path = tmp_path / "kapot.tiff"
    path.write_bytes(b"II*\x00" + b"\xff" * 64)
    with pytest.raises(ReadError) as err:
        read_document(str(path))
    assert err.value.key == "corrupt"


@sf.needs_tesseract
def test_phone_photo_is_turned_as_its_exif_says(tmp_path):
    from PIL import Image

    page = sf.page_images(sf.typeset(tmp_path / "plan.pdf"))[0]
    stored = page.rotate(90, expand=True)  # the camera stores it sideways and says how to turn it
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(tmp_path / "foto.jpg", "JPEG", quality=80, exif=exif.tobytes())
    doc = read_document(str(tmp_path / "foto.jpg"))
    assert "1. Uitstroomperspectief" in [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]


@sf.needs_tesseract
def test_a_scanned_table_row_keeps_its_cells_apart(tmp_path):
    """'Geboortedatum      12-04-2015' on a scan: the wide gap between the cells becomes a tab, as for a
    text PDF, so that the label and its value are read as such."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "rij.pdf"
    c = Canvas(str(source), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Geboortedatum")
    c.drawString(300, 760, "12-04-2015")
    c.drawString(72, 730, "De leerling leest graag en werkt goed samen met anderen.")
    c.save()
    sf.page_images(source)[0].save(tmp_path / "rij.png", "PNG", dpi=(200, 200))
    doc = read_document(str(tmp_path / "rij.png"), ReadOptions())
    texts = [b.text for b in doc.blocks if b.source is Source.OCR]
    assert "Geboortedatum\t12-04-2015" in texts
    assert any(t.startswith("De leerling leest graag") and "\t" not in t for t in texts)
