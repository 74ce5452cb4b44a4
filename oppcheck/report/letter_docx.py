"""The letter to the school as a Word document the parent completes, signs and sends."""

from __future__ import annotations

from io import BytesIO

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import build_letter, letter_body


def render(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    import docx
    from docx.shared import Mm, Pt

    content = build_letter(report)
    t = content.t
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    doc.styles["Normal"].font.name = "Arial"
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
    doc.core_properties.title = t["subject"]
    doc.core_properties.identifier = "oppcheck-output"  # a later batch over the folder skips it
    for i, part in enumerate(content.parts):
        if i:
            doc.add_page_break()
        _lines(doc, t["sender"])
        _lines(doc, t["recipient"])
        doc.add_paragraph(t["place_date"])
        subject = doc.add_paragraph()
        subject.add_run(t["subject"]).bold = True
        subject.add_run("\n" + t["document"].format(name=part.name))
        doc.add_paragraph(t["salutation"])
        for text, items in letter_body(t, part):
            doc.add_paragraph(text)
            for item in items:
                doc.add_paragraph(item, style="List Bullet")
        doc.add_paragraph(t["meeting"])
        doc.add_paragraph(t["closing"])
        _lines(doc, ["", t["signature"], t["parent_of"]])
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _lines(doc, lines: list[str]) -> None:
    """Lines kept together in one paragraph (an address block)."""
    doc.add_paragraph("\n".join(lines))
