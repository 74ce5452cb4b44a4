"""Only what a reader can see counts (issue 15, kinds 1 and 2).

Every plan here shows a consent part with only its heading; the consent sentence ("Ouders gaan
akkoord ... w.g. ... datum ...") is there but hidden (PDF, DOCX, ODT tricks), or a visible refusal
is disguised with invisible characters or look-alike letters. None of them may make consent
`present`. The same plans with the sentence visible are the control: there consent is `present`,
so each test can fail.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from hostile_fixtures import (
    CONSENT_LINE,
    CONSENT_WORDS,
    HIDDEN_DOCX_TRICKS,
    HIDDEN_ODT_TRICKS,
    HIDDEN_PDF_TRICKS,
    PLAN_LINES,
    VISIBLE_PDF_TRICKS,
    plan_docx,
    plan_odt,
    plan_pdf,
)

from oppcheck import text
from oppcheck.cli import main
from oppcheck.extract import read_document

BUILDERS = {"pdf": plan_pdf, "docx": plan_docx, "odt": plan_odt}
HIDDEN = ([("pdf", t) for t in HIDDEN_PDF_TRICKS] + [("docx", t) for t in HIDDEN_DOCX_TRICKS]
          + [("odt", t) for t in HIDDEN_ODT_TRICKS])


def check(path) -> tuple[int, dict]:
    """Run `oppcheck PATH --format json`; (exit code, the document's result)."""
    result = CliRunner().invoke(main, [str(path), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)["documents"][0]


def status(doc: dict, element: str = "instemming_ouders") -> str:
    return next(e["status"] for e in doc["elements"] if e["id"] == element)


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_visible_consent_counts(tmp_path, fmt):
    path = tmp_path / f"plan.{fmt}"
    path.write_bytes(BUILDERS[fmt]("visible"))
    code, doc = check(path)
    assert (code, status(doc)) == (0, "present")


@pytest.mark.parametrize(("fmt", "trick"), HIDDEN, ids=[f"{f}-{t}" for f, t in HIDDEN])
def test_hidden_consent_never_counts(tmp_path, fmt, trick):
    path = tmp_path / f"plan.{fmt}"
    path.write_bytes(BUILDERS[fmt](trick))
    doc = read_document(str(path))
    shown = "\n".join(b.text for b in doc.blocks)
    assert CONSENT_WORDS not in shown
    assert "Sem vertelde" in shown  # the visible plan is still read
    code, result = check(path)
    assert code == 1 and status(result) != "present"
    if fmt == "pdf":
        assert "hidden-text:1" in result["notes"]


@pytest.mark.parametrize("trick", VISIBLE_PDF_TRICKS)
def test_plainly_printed_pdf_consent_counts(tmp_path, trick):
    """The controls of the PDF tricks: text on a light shade, a thin rule over its edge, is seen."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_pdf(trick))
    code, doc = check(path)
    assert (code, status(doc)) == (0, "present")
    assert not [n for n in doc["notes"] if n.startswith("hidden-text")]


def test_pdf_text_layer_over_a_scan_counts(tmp_path):
    """Invisible text (render mode 3) over a page-sized image is the OCR layer of a scan: it is read."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(plan_pdf(scanned=True))
    doc = read_document(str(path))
    shown = "\n".join(b.text for b in doc.blocks)
    assert CONSENT_LINE in shown and PLAN_LINES[0] in shown
    assert not any(n.startswith("hidden-text") for n in doc.notes)


# --- invisible characters and look-alike letters ---------------------------------------------------

def _plan_text(consent: str) -> str:
    return "\n".join(PLAN_LINES + [consent]) + "\n"


REFUSALS = {
    "zero_width_space": "ni\u200bet", "word_joiner": "ni\u2060et", "zwnj": "ni\u200cet", "zwj": "ni\u200det",
    "tag_space": "ni\U000e0020et", "bom": "ni\ufeffet", "soft_hyphen": "ni\u00adet", "bidi_mark": "ni\u200eet",
    "combining_acute": "ni\u0301et", "combining_overlay": "n\u0336iet", "cyrillic_i": "n\u0456et",
    "greek_omicron_in_gezien": None,
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_disguised_refusal_is_still_a_refusal(tmp_path, name):
    word = REFUSALS[name]
    consent = (f"Ouders gaan {word} akkoord met het handelingsdeel. w.g. P. de Graaf, datum 22-09-2025" if word
               else "Voor gezi\u03bfn door de ouders: w.g. P. de Graaf, datum 22-09-2025")
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text(consent), encoding="utf-8")
    code, doc = check(path)
    assert code == 1 and status(doc) in ("incomplete", "unclear")


def test_plain_consent_in_the_same_plan_is_present(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text(CONSENT_LINE), encoding="utf-8")
    assert status(check(path)[1]) == "present"


@pytest.mark.parametrize("consent", [
    "Ouders gaan akk\u043e\u043erd met het handelingsdeel. w.g. P. de Graaf, datum 22-09-2025",  # Cyrillic o's
    "\u041euders gaan akkoord met het handelingsdeel. w.g. P. de Graaf, datum 22-09-2025",  # Cyrillic O
])
def test_consent_with_mixed_script_words_is_unclear(tmp_path, consent):
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text(consent), encoding="utf-8")
    code, doc = check(path)
    element = next(e for e in doc["elements"] if e["id"] == "instemming_ouders")
    assert (code, element["status"]) == (1, "unclear")
    assert "ander alfabet" in element["message"]


def test_normalisation_in_one_place():
    assert text.norm("Ni\u200bet  AKK\u041e\u041eRD") == "niet akkoord"
    assert text.norm("Ge\u00ebvalueerd") == text.norm("geevalueerd")
    assert text.mixed_script_words("akk\u043eord en gewoon") == ["akk\u043eord"]
    assert text.mixed_script_words("\u041c\u043e\u0441\u043a\u0432\u0430 is een stad") == []  # one script is no trick


def _form_plan(path, flags: str) -> None:
    """The plan with its consent in a PDF text field whose widget has the annotation flags `flags`."""
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    y = 800
    for line in PLAN_LINES:
        c.setFont("Helvetica", 10)
        c.drawString(72, y, line)
        y -= 14
    c.drawString(72, y, "Instemming ouders:")
    c.acroForm.textfield(name="instemming", value=CONSENT_LINE, x=180, y=y - 4, width=380, height=16,
                         annotationFlags=flags, fontSize=8)
    c.save()


@pytest.mark.parametrize(("flags", "expected"), [("print", "present"), ("hidden print", "incomplete"),
                                                 ("noview print", "incomplete")])
def test_hidden_pdf_form_field_never_counts(tmp_path, flags, expected):
    path = tmp_path / "formulier.pdf"
    _form_plan(path, flags)
    assert status(check(path)[1]) == expected


def test_visible_text_box_consent_counts(tmp_path):
    """The control of the hidden text box: the same shape without hidden="1" is read."""
    path = tmp_path / "plan.docx"
    path.write_bytes(plan_docx("visible_box"))
    assert status(check(path)[1]) == "present"


def test_pdf_invisible_text_over_a_blank_image_never_counts(tmp_path):
    """An image under invisible text is only a scan when it shows something there."""
    path = tmp_path / "leeg.pdf"
    path.write_bytes(plan_pdf(scanned=True, blank_scan=True))
    shown = "\n".join(b.text for b in read_document(str(path)).blocks)
    assert CONSENT_WORDS not in shown


def _header_table_docx(path, fill: str):
    """A Word table whose header row has white bold text on a cell shaded `fill` (a common format)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    d = docx.Document()
    d.add_heading("Ontwikkelingsperspectief", 1)
    t = d.add_table(rows=2, cols=2)
    for i, label in enumerate(("Belemmerende factoren", "Bevorderende factoren")):
        cell = t.cell(0, i)
        run = cell.paragraphs[0].add_run(label)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shd)
    t.cell(1, 0).text = "Leest traag en raakt snel afgeleid."
    t.cell(1, 1).text = "Werkt hard en heeft steun van thuis."
    d.save(str(path))
    return path


@pytest.mark.parametrize("fill, seen", [("1F4E79", True), ("404040", True), ("FFFFFF", False), ("F2F2F2", False)])
def test_white_text_on_a_dark_cell_is_read_and_on_a_light_cell_is_not(tmp_path, fill, seen):
    """A header row in white on a dark cell is what a reader sees (it was dropped as hidden text);
    white on a white or nearly white cell stays hidden."""
    path = _header_table_docx(tmp_path / "plan.docx", fill)
    texts = [b.text for b in read_document(str(path)).blocks]
    assert ("Belemmerende factoren" in texts) is seen


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (libreoffice-writer-nogui)")
def test_white_text_on_a_dark_cell_is_read_in_odt(tmp_path):
    source = _header_table_docx(tmp_path / "plan.docx", "1F4E79")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "odt",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=120)
    texts = [b.text for b in read_document(str(tmp_path / "plan.odt")).blocks]
    assert "Belemmerende factoren" in texts and "Bevorderende factoren" in texts


def test_the_report_says_hidden_text_was_left_out(tmp_path):
    """A parent reading the report learns that the PDF holds text nobody can see, and that oppcheck
    did not count it."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_pdf(HIDDEN_PDF_TRICKS[0]))
    result = CliRunner().invoke(main, [str(path)])
    assert "tekst die een lezer niet ziet" in " ".join(result.stdout.split())


def test_text_on_a_page_whose_visibility_is_unknown_does_not_reassure(tmp_path):
    """When the reader could not tell whether a page's text is visible (the page did not render), what
    is found there is `unclear`, never `present`, and the report says why."""
    from oppcheck.check import check_document
    from oppcheck.ruleset import load_ruleset

    path = tmp_path / "plan.pdf"
    path.write_bytes(plan_pdf())
    doc = read_document(str(path))
    plain = {e.id: e.status for e in check_document(doc, load_ruleset()).elements}
    assert "present" in plain.values()
    doc.notes.append(f"visibility-unknown:{','.join(str(p) for p in range(1, (doc.pages or 1) + 1))}")
    unsure = {e.id: e for e in check_document(doc, load_ruleset()).elements}
    for element, was in plain.items():
        assert unsure[element].status != "present"
        if was == "present":
            assert unsure[element].status == "unclear" and "verborgen" in unsure[element].message
