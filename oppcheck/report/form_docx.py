"""The meeting form as a Word document with real styles (headings, Table Grid, List Bullet) that parents can edit."""

from __future__ import annotations

from io import BytesIO

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import FormContent, Gap, Section, build_form

LABEL_CM = 5.0
VALUE_CM = 12.0
ANSWER_CM = 3.6
LINE_CM = 0.95
AGREEMENT_LINES = 7


def render(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    content = build_form(report)
    doc = new_document(content.t["title"])
    for i, s in enumerate(content.sections):
        if i:
            doc.add_page_break()
        _section(doc, s, content)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def new_document(footer: str):
    """An empty A4 document with readable body text and a footer "<footer> · <page number>"."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = docx.Document()
    for level in (1, 2, 3):  # darker than Word's default blue: readable when printed in grey
        doc.styles[f"Heading {level}"].font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.font.name = "Arial"
    normal.paragraph_format.space_after = Pt(4)
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin, section.bottom_margin = Mm(16), Mm(18)
        para = section.footer.paragraphs[0]
        para.text = f"{footer} · "
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        para._p.append(field)
    doc.core_properties.title = footer
    doc.core_properties.identifier = "oppcheck-output"  # a later batch over the folder skips it
    return doc


def label_table(doc, rows: list[tuple[str, str]], height_cm: float | None = None):
    """A two-column Table Grid: bold label left, value (or empty space to write in) right."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(LABEL_CM), Cm(VALUE_CM)
    for label, value in rows:
        row = table.add_row()
        keep_row_together(row)
        left, right = row.cells
        left.width, right.width = Cm(LABEL_CM), Cm(VALUE_CM)
        left.paragraphs[0].add_run(label).bold = True
        right.paragraphs[0].text = value
        if height_cm:
            row.height, row.height_rule = Cm(height_cm), WD_ROW_HEIGHT_RULE.AT_LEAST
    return table


def keep_row_together(row) -> None:
    """Word must not split this table row over two pages."""
    from docx.oxml import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _section(doc, s: Section, content: FormContent) -> None:
    t = content.t
    doc.add_heading(t["title"], level=1)
    doc.add_paragraph(t["intro"])
    doc.add_heading(t["about"], level=2)
    label_table(doc, s.meta)
    if s.error:
        doc.add_paragraph().add_run(s.error).bold = True
        _disclaimer(doc, content)
        return
    doc.add_heading(t["fill_in"], level=2)
    label_table(doc, [(t[k], "") for k in ("fill_child", "fill_school", "fill_date", "fill_present")], 1.1)
    for note in s.notes:
        doc.add_paragraph().add_run(note).italic = True
    doc.add_heading(t["summary"], level=2)
    doc.add_paragraph().add_run(s.verdict).bold = True
    for line in s.counts:
        doc.add_paragraph(line)
    for heading, gaps in ((t["must_gaps"], s.must_gaps), (t["should_gaps"], s.should_gaps)):
        doc.add_heading(heading, level=3)
        _bullets(doc, [f"{g.heading} — {g.status_text}" for g in gaps], t["none"])
    doc.add_heading(t["in_order"], level=3)
    _bullets(doc, s.in_order, t["none"])
    if s.not_needed:
        doc.add_heading(t["not_needed"], level=3)
        _bullets(doc, s.not_needed, t["none"])
    doc.add_heading(t["rights"], level=2)
    _bullets(doc, t["rights_points"])
    doc.add_heading(t["help"], level=3)
    _bullets(doc, t["help_points"])
    doc.add_paragraph().add_run(s.deadline).bold = True
    if s.advice:
        doc.add_heading(t["advice"], level=3)
        _bullets(doc, s.advice)
    _disclaimer(doc, content)
    doc.add_page_break()
    doc.add_heading(t["questions"], level=2)
    doc.add_paragraph(t["questions_intro"] if s.gaps else t["no_questions"])
    for g in s.gaps:
        _gap(doc, g, t)
    doc.add_heading(t["agreements"], level=2)
    doc.add_paragraph(t["agreements_intro"])
    _lines(doc, AGREEMENT_LINES)


def _gap(doc, g: Gap, t: dict) -> None:
    from docx.shared import Pt

    doc.add_heading(g.heading, level=3)
    status = doc.add_paragraph()
    status.paragraph_format.keep_with_next = True
    status.add_run(g.status_line).bold = True
    table = label_table(
        doc, [(t["asks"], g.why), (t["plan_says"], g.plan_says), (t["question"], ""), (t["answer"], "")]
    )
    asks = table.rows[0].cells[1]
    if g.law:
        law = asks.add_paragraph().add_run(g.law)
        law.font.size, law.italic = Pt(9.5), True
    table.rows[2].cells[1].paragraphs[0].add_run(g.question).bold = True
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    table.rows[3].height, table.rows[3].height_rule = Cm(ANSWER_CM), WD_ROW_HEIGHT_RULE.AT_LEAST
    for row in table.rows[:-1]:  # keep the rows of one gap on one page
        for para in row.cells[0].paragraphs + row.cells[1].paragraphs:
            para.paragraph_format.keep_with_next = True
    doc.add_paragraph()


def _lines(doc, n: int) -> None:
    """`n` empty rows to write in."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    table = doc.add_table(rows=n, cols=1)
    table.style = "Table Grid"
    for row in table.rows:
        keep_row_together(row)
        row.height, row.height_rule = Cm(LINE_CM), WD_ROW_HEIGHT_RULE.AT_LEAST


def _bullets(doc, items: list[str], empty: str = "") -> None:
    if not items:
        doc.add_paragraph(empty)
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _disclaimer(doc, content: FormContent) -> None:
    from docx.shared import Pt

    run = doc.add_paragraph().add_run(content.disclaimer)
    run.italic, run.font.size = True, Pt(9.5)
