"""Read an ODT package (content.xml and styles.xml) with zipfile + lxml into blocks.

Headers and footers live in styles.xml master pages. Deleted text of tracked changes lives in
text:tracked-changes and is never read. Content controls and legacy form fields follow the DOCX
rules (see docx.py): text flows into its block, placeholders read as empty, checkboxes (content
controls, FORMCHECKBOX fieldmarks, form checkboxes, ☒/☐ glyphs) become CHECKBOX blocks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import ReadError
from ..model import Block, BlockKind, Document, Source
from .safezip import SafeZip
from .story import CHECKED, UNCHECKED, Cell, Inline, Para, StoryBuilder, dark, strip_placeholder, unseen

if TYPE_CHECKING:
    from . import ReadOptions

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
FIELD = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"
LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
DC = "http://purl.org/dc/elements/1.1/"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


P, H, SPAN, LIST, LIST_ITEM, LIST_HEADER = map(_t, ("p", "h", "span", "list", "list-item", "list-header"))
S, TAB, LINE_BREAK, NOTE, NOTE_BODY = map(_t, ("s", "tab", "line-break", "note", "note-body"))
TRACKED = _t("tracked-changes")
TBL, ROW, CELL, COVERED = (f"{{{TABLE}}}{t}" for t in ("table", "table-row", "table-cell", "covered-table-cell"))
_ROW_GROUPS = frozenset(f"{{{TABLE}}}{t}" for t in ("table-header-rows", "table-rows", "table-row-group"))
ANNOTATION = f"{{{OFFICE}}}annotation"
FRAME, TEXT_BOX, IMAGE, CONTROL = (f"{{{DRAW}}}{t}" for t in ("frame", "text-box", "image", "control"))
_SHAPES = frozenset(f"{{{DRAW}}}{t}" for t in ("custom-shape", "rect", "ellipse", "polygon", "path", "g"))
CONTENT_CONTROL = f"{{{LOEXT}}}content-control"
FIELDMARKS = frozenset((f"{{{FIELD}}}fieldmark", f"{{{FIELD}}}fieldmark-start"))
# Containers whose block children are read as they come (sections, indexes such as the TOC).
_BLOCK_CONTAINERS = frozenset(
    map(
        _t,
        (
            "section",
            "index-body",
            "index-title",
            "table-of-content",
            "alphabetical-index",
            "illustration-index",
            "user-index",
            "bibliography",
            "object-index",
            "table-index",
        ),
    )
)
# Inline elements whose content is never shown as text.
_SKIP_INLINE = frozenset(
    map(
        _t,
        (
            "change",
            "change-start",
            "change-end",
            "note-citation",
            "hidden-text",
            "tracked-changes",
            "bookmark",
            "bookmark-start",
            "bookmark-end",
        ),
    )
)
_BOLD = ("bold", "600", "700", "800", "900")
MIN_POINTS = 2.5  # text printed smaller than this is not meant to be read
_UNITS = {"pt": 1.0, "px": 0.75, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(pt|px|in|cm|mm|pc)\s*$")


def _points(value: str | None) -> float | None:
    """An absolute font size in points ('1pt', '0.04cm'); None for relative sizes ('50%') and nonsense."""
    m = _LENGTH.match(value or "")
    return float(m.group(1)) * _UNITS[m.group(2)] if m else None


def _light(color: str | None) -> bool:
    """A colour (#rrggbb) too light to read on paper."""
    if not color or len(color) != 7 or color[0] != "#":
        return False
    try:
        return all(int(color[i : i + 2], 16) >= 0xF0 for i in (1, 3, 5))
    except ValueError:
        return False


_WS = re.compile(r"[ \t\r\n]+")


class _Styles:
    """Paragraph and text styles from content.xml and styles.xml: bold and outline level."""

    def __init__(self, *roots) -> None:
        self._styles: dict[tuple[str, str], object] = {}
        self._defaults: dict[str, object] = {}  # family -> style:default-style
        for root in roots:
            if root is None:
                continue
            for s in root.iter(f"{{{STYLE}}}style"):
                self._styles[(s.get(f"{{{STYLE}}}family", ""), s.get(f"{{{STYLE}}}name", ""))] = s
            for s in root.iter(f"{{{STYLE}}}default-style"):
                self._defaults.setdefault(s.get(f"{{{STYLE}}}family", ""), s)
        self._memo: dict[tuple[str, str, str], object] = {}

    def _chain(self, family: str, name: str | None):
        seen = set()
        while name and (family, name) in self._styles and name not in seen and len(seen) < 20:
            seen.add(name)
            el = self._styles[(family, name)]
            yield el
            name = el.get(f"{{{STYLE}}}parent-style-name")

    def bold(self, family: str, name: str | None) -> bool | None:
        key = ("b", family, name or "")
        if key not in self._memo:
            value = None
            for el in self._chain(family, name):
                props = el.find(f"{{{STYLE}}}text-properties")
                weight = props.get(f"{{{FO}}}font-weight") if props is not None else None
                if weight:
                    value = weight in _BOLD
                    break
            self._memo[key] = value
        return self._memo[key]

    def looks(self, family: str, name: str | None) -> tuple:
        """(display none, colour, size in points) set by the style `name` or the styles it is based on,
        else by the family's default style; None where none of them says."""
        key = ("v", family, name or "")
        if key not in self._memo:
            found: list = [None, None, None]
            default = self._defaults.get(family)
            for el in [*self._chain(family, name), *([default] if default is not None else [])]:
                props = el.find(f"{{{STYLE}}}text-properties")
                if props is None:
                    continue
                values = (
                    props.get(_t("display")),
                    props.get(f"{{{FO}}}color"),
                    _points(props.get(f"{{{FO}}}font-size")),
                )
                found = [old if old is not None else new for old, new in zip(found, values, strict=True)]
            self._memo[key] = tuple(found)
        return self._memo[key]

    def hidden(self, text_style: str | None, para_style: str | None, backdrop: bool = False) -> bool:
        """Whether text in the span style `text_style` within a paragraph of `para_style` is hidden:
        text:display="none", white without a dark background (`backdrop`: the cell), or smaller than
        MIN_POINTS (the span's own styles win)."""
        span = self.looks("text", text_style) if text_style else (None, None, None)
        para = self.looks("paragraph", para_style)
        display, color, size = (s if s is not None else p for s, p in zip(span, para, strict=True))
        if display == "none" or (size is not None and size < MIN_POINTS):
            return True
        shaded = backdrop or self.dark_background("text", text_style) or self.dark_background("paragraph", para_style)
        return _light(color) and not shaded

    def dark_background(self, family: str, name: str | None) -> bool:
        """Whether the style (or one it is based on) gives a background dark enough for white text."""
        if not name:
            return False
        key = ("bg", family, name)
        if key not in self._memo:
            value = False
            for el in self._chain(family, name):
                found = [
                    props.get(f"{{{FO}}}background-color")
                    for props in el
                    if props.tag.endswith("-properties") and props.get(f"{{{FO}}}background-color")
                ]
                if found:
                    value = dark(found[0].lstrip("#"))
                    break
            self._memo[key] = value
        return self._memo[key]

    def outline(self, name: str | None) -> int | None:
        key = ("o", "paragraph", name or "")
        if key not in self._memo:
            value = None
            for el in self._chain("paragraph", name):
                level = el.get(f"{{{STYLE}}}default-outline-level")
                if level and level.isdigit() and 1 <= int(level) <= 10:
                    value = int(level)
                    break
                names = (el.get(f"{{{STYLE}}}name", ""), el.get(f"{{{STYLE}}}display-name", ""))
                if any(n.lower() in ("title", "titel") for n in names):
                    value = 1  # the document title, as in DOCX
                    break
            self._memo[key] = value
        return self._memo[key]


class _Inline(Inline):
    """The text of one paragraph, with ODF's white space rules for character data."""

    def raw(self, text: str | None, bold: bool | None = None) -> None:
        """XML character data: ODF collapses runs of white space to one space (text:s adds more)."""
        if not text:
            return
        text = _WS.sub(" ", text)
        if text[0] == " " and (not self.parts or self.parts[-1].endswith(" ")):
            text = text[1:]
        self.add(text, bold)


class _Reader(StoryBuilder):
    """Walks content.xml and the master pages of styles.xml and collects blocks."""

    def __init__(
        self, styles: _Styles, forms: dict[str, tuple[bool | None, str]], signed: bool, signed_date: str | None
    ) -> None:
        super().__init__(signed, signed_date)
        self.styles = styles
        self.forms = forms
        self.notes: list[Block] = []
        self.comments: list[Block] = []
        self.para_style: str | None = None  # the style of the paragraph being read (spans inherit it)
        self.backdrop = False  # the cell being read is dark: white text shows on it

    def story(self, parent, source: Source) -> list[Block]:
        """Read one story (body, header, footer) and return its blocks."""
        saved = (self.out, self.source, self.para_no)
        self.out, self.source, self.para_no = [], source, 0
        self.blocks(parent)
        blocks = self.out
        self.out, self.source, self.para_no = saved
        return blocks

    def sub_story(self, parent, source: Source) -> list[Block]:
        """Read a text box (counting on with the body's paragraphs), a note or a comment."""
        if source is not Source.TEXT_BOX:
            return self.story(parent, source)
        if self.source is not Source.BODY:  # a text box in a header stays header text
            source = self.source
        saved = (self.out, self.source)
        self.out, self.source = [], source
        self.blocks(parent)
        blocks = self.out
        self.out, self.source = saved
        return blocks

    # -- block level ------------------------------------------------------------------------

    def blocks(self, parent, listed: bool = False, toc: bool = False) -> None:
        for el in parent:
            tag = el.tag
            if tag == P or tag == H:
                self.emit(self.paragraph(el, listed, toc))
            elif tag == LIST:
                for item in el:
                    if item.tag in (LIST_ITEM, LIST_HEADER):
                        self.blocks(item, listed=True, toc=toc)
            elif tag == TBL:
                self.table(el)
            elif tag in _BLOCK_CONTAINERS:
                if not _hidden_section(el):
                    self.blocks(el, listed, toc or tag == _t("table-of-content"))
            elif tag == FRAME or tag in _SHAPES:
                st = _Inline()
                self.drawing(el, st)
                self.after(st.after, self.loc(self.para_no))

    def paragraph(self, p, listed: bool, toc: bool) -> Para:
        self.para_no += 1
        no = self.para_no
        style = p.get(_t("style-name"))
        level = None
        if p.tag == H:
            raw = p.get(_t("outline-level"), "1")
            level = int(raw) if raw.isdigit() and int(raw) >= 1 else 1
        else:
            level = self.styles.outline(style)
        st = _Inline()
        outer, self.para_style = self.para_style, style  # a text box inside reads its own paragraphs
        # display="none", white on no dark background, 1 pt: not read
        if not self.styles.hidden(None, style, self.backdrop) and not _hidden_paragraph(p):
            self.inline(p, st, bool(self.styles.bold("paragraph", style)))
        self.para_style = outer
        text, placeholder = strip_placeholder("".join(st.parts).replace("\u00ad", "").strip())
        control = None
        if len(st.controls) == 1 and strip_placeholder(st.controls[0][1].strip())[0] == text:
            control = (st.controls[0][0], text)
        elif placeholder and not text:
            control = (None, "")
        return Para(no, text, level, listed, st.bold, toc, control, st.after)

    # -- inline -----------------------------------------------------------------------------

    def inline(self, el, st: _Inline, bold: bool) -> None:
        st.raw(el.text, bold)
        for c in el:
            tag = c.tag
            if tag == SPAN:
                span_style = c.get(_t("style-name"))
                if not self.styles.hidden(span_style, self.para_style, self.backdrop):
                    span_bold = self.styles.bold("text", span_style)
                    self.inline(c, st, bold if span_bold is None else span_bold)
            elif tag == S:
                count = c.get(_t("c"), "1")
                st.add(" " * min(int(count) if count.isdigit() else 1, 1000))
            elif tag == TAB:
                st.add("\t")
            elif tag == LINE_BREAK:
                st.add("\n")
            elif tag == _t("number"):
                st.add((c.text or "").strip() + " ")
            elif tag == NOTE:
                body = c.find(NOTE_BODY)
                if body is not None:
                    self.notes.extend(self.sub_story(body, Source.FOOTNOTE))
            elif tag == ANNOTATION:
                self.annotation(c)
            elif tag == FRAME or tag in _SHAPES:
                self.drawing(c, st)
            elif tag == CONTENT_CONTROL:
                self.content_control(c, st, bold)
            elif tag in FIELDMARKS:
                self.fieldmark(c, st)
            elif tag == CONTROL:
                self.form_control(c, st)
            elif tag == _t("text-input"):  # a fill-in field (what Word content controls become)
                start = len(st.parts)
                self.inline(c, st, bold)
                st.controls.append(((c.get(_t("description")) or "").strip() or None, st.since(start).strip()))
            elif tag == _t("placeholder"):  # a fill-in field nobody filled in: shows "<Naam>"
                st.controls.append(((c.get(_t("description")) or "").strip() or None, ""))
            elif tag == _t("ruby"):
                base = c.find(_t("ruby-base"))
                if base is not None:
                    self.inline(base, st, bold)
            elif tag not in _SKIP_INLINE and tag != f"{{{OFFICE}}}annotation-end" and isinstance(tag, str):
                self.inline(c, st, bold)
            st.raw(c.tail, bold)

    def content_control(self, c, st: _Inline, bold: bool) -> None:
        def attr(name: str) -> str:
            return c.get(f"{{{LOEXT}}}{name}", "")

        if attr("checkbox") == "true":
            st.add(CHECKED if attr("checked") == "true" else UNCHECKED)
            return
        name = attr("alias").strip() or attr("tag").strip() or None
        if attr("showing-place-holder") == "true":
            st.controls.append((name, ""))
            return
        start = len(st.parts)
        self.inline(c, st, bold)
        st.controls.append((name, st.since(start).strip()))

    def fieldmark(self, c, st: _Inline) -> None:
        if c.get(f"{{{FIELD}}}type", "").endswith("FORMCHECKBOX"):
            checked = any(
                p.get(f"{{{FIELD}}}name") == "Checkbox_Checked" and p.get(f"{{{FIELD}}}value") == "true"
                for p in c.iter(f"{{{FIELD}}}param")
            )
            st.add(CHECKED if checked else UNCHECKED)

    def form_control(self, c, st: _Inline) -> None:
        state = self.forms.get(c.get(f"{{{DRAW}}}control", ""))
        if state is None:
            return
        checked, label = state
        if checked is None:
            st.add(label)
        else:
            st.add((CHECKED if checked else UNCHECKED) + (" " + label if label else ""))

    def annotation(self, c) -> None:
        creator = c.find(f"{{{DC}}}creator")
        blocks = self.sub_story(c, Source.COMMENT)
        for b in blocks:
            b.name = (creator.text or "").strip() or None if creator is not None else None
        self.comments.extend(blocks)

    def drawing(self, el, st: _Inline) -> None:
        """A frame or shape: text boxes become TEXT_BOX blocks, pictures IMAGE, signature lines SIGNATURE."""
        sig = next(el.iter(f"{{{LOEXT}}}signatureline"), None)
        if sig is not None:
            signer = sig.get(f"{{{LOEXT}}}suggested-signer-name", "").strip()
            title = sig.get(f"{{{LOEXT}}}suggested-signer-title", "").strip()
            st.after.append(self.signature(signer, title))
            return
        if el.tag in _SHAPES:
            st.after.extend(self.sub_story(el, Source.TEXT_BOX))
            return
        box = el.find(TEXT_BOX)
        if box is not None:
            st.after.extend(self.sub_story(box, Source.TEXT_BOX))
            return
        objects = (f"{{{DRAW}}}object", f"{{{DRAW}}}object-ole")
        if el.find(IMAGE) is not None and not any(el.find(o) is not None for o in objects):
            alt = el.find(f"{{{SVG}}}desc")
            if alt is None:
                alt = el.find(f"{{{SVG}}}title")
            text = (alt.text or "").strip() if alt is not None else ""
            st.after.append({"kind": BlockKind.IMAGE, "text": text, "name": el.get(f"{{{DRAW}}}name")})

    # -- tables -----------------------------------------------------------------------------

    def table(self, tbl) -> None:
        grid = self.grid()
        r = 0
        for row in _rows(tbl):
            r += 1
            col = 1
            grid.row(r)
            for cell in row:
                if cell.tag not in (CELL, COVERED):
                    continue
                rep = _int(cell.get(f"{{{TABLE}}}number-columns-repeated"), 1, 1024)
                if cell.tag == COVERED:
                    grid.covered(col)
                else:
                    span = _int(cell.get(f"{{{TABLE}}}number-columns-spanned"), 1, 1024)
                    grid.add(col, span, self.cell(cell, grid.no, r, col))
                col += rep
            self.out.extend(grid.end_row())
            r += _int(row.get(f"{{{TABLE}}}number-rows-repeated"), 1, 1 << 20) - 1

    def cell(self, tc, t: int, r: int, c: int) -> tuple[list[Block], str]:
        cell = Cell(self, t, r, c)
        outer = self.backdrop
        # White text on a dark cell is a header row, not hidden text.
        self.backdrop = outer or self.styles.dark_background("table-cell", tc.get(f"{{{TABLE}}}style-name"))
        for el, listed in _cell_items(tc):
            if el.tag == TBL:
                cell.flush()
                self.table(el)
            elif el.tag in (FRAME, *_SHAPES):
                cell.flush()
                st = _Inline()
                self.drawing(el, st)
                self.after(st.after, cell.loc())
            else:
                cell.paragraph(self.paragraph(el, listed, False))
        self.backdrop = outer
        return cell.close()


def _hidden_section(el) -> bool:
    """A section that is not shown: text:display="none", or a condition that hides it now."""
    display = el.get(_t("display"))
    return display == "none" or (display == "condition" and el.get(_t("is-hidden")) == "true")


def _hidden_paragraph(p) -> bool:
    """A paragraph with a hidden-paragraph field whose condition hides it now."""
    return any(f.get(_t("is-hidden")) == "true" for f in p.iter(_t("hidden-paragraph")))


def _int(value: str | None, default: int, cap: int) -> int:
    return min(int(value), cap) if value and value.isdigit() and int(value) >= 1 else default


def _rows(tbl):
    for el in tbl:
        if el.tag == ROW:
            yield el
        elif el.tag in _ROW_GROUPS:
            yield from _rows(el)


def _cell_items(parent, listed: bool = False):
    """Paragraphs, tables and frames of a table cell, lists and sections unwrapped."""
    for el in parent:
        tag = el.tag
        if tag in (P, H, TBL, FRAME) or tag in _SHAPES:
            yield el, listed
        elif tag == LIST:
            for item in el:
                if item.tag in (LIST_ITEM, LIST_HEADER):
                    yield from _cell_items(item, True)
        elif tag in _BLOCK_CONTAINERS and not _hidden_section(el):
            yield from _cell_items(el, listed)


def _forms(root) -> dict[str, tuple[bool | None, str]]:
    """Legacy form controls by id: checkboxes (state, label) and text fields (None, value)."""
    out: dict[str, tuple[bool | None, str]] = {}
    for box in root.iter(f"{{{FORM}}}checkbox"):
        state = box.get(f"{{{FORM}}}current-state") or box.get(f"{{{FORM}}}state") or ""
        key = box.get(f"{{{FORM}}}id") or box.get(XML_ID) or ""
        out[key] = (state == "checked", box.get(f"{{{FORM}}}label", "").strip())
    for tf in root.iter(f"{{{FORM}}}text"):
        key = tf.get(f"{{{FORM}}}id") or tf.get(XML_ID) or ""
        out[key] = (None, (tf.get(f"{{{FORM}}}current-value") or tf.get(f"{{{FORM}}}value") or "").strip())
    return out


def _signature_state(zf: SafeZip) -> tuple[bool, str | None]:
    name = "META-INF/documentsignatures.xml"
    if not zf.has(name):
        return False, None
    try:
        root = zf.xml(name)
    except ReadError:
        return True, None
    if next(root.iter("{*}Signature"), None) is None:
        return False, None
    for tag in ("{*}SigningTime", f"{{{DC}}}date"):
        el = next(root.iter(tag), None)
        if el is not None and el.text:
            return True, el.text.strip()
    return True, None


def _master_stories(styles_root, reader: _Reader) -> tuple[list[Block], list[Block]]:
    headers: list[Block] = []
    footers: list[Block] = []
    if styles_root is None:
        return headers, footers
    for page in styles_root.iter(f"{{{STYLE}}}master-page"):
        for part in page:
            local = part.tag.rsplit("}", 1)[-1]
            if not local.startswith(("header", "footer")) or part.get(f"{{{STYLE}}}display") == "false":
                continue
            source = Source.HEADER if local.startswith("header") else Source.FOOTER
            target = headers if source is Source.HEADER else footers
            seen = {(b.kind, b.text) for b in target}
            target.extend(unseen(reader.story(part, source), seen))
    return headers, footers


def read(path: str, data: bytes, options: ReadOptions | None = None) -> Document:
    """Read an ODT file into a Document."""
    with SafeZip(data) as zf:
        if not zf.has("content.xml"):
            raise ReadError("corrupt")
        content = zf.xml("content.xml")
        styles_root = zf.xml_or_none("styles.xml")
        signed, date = _signature_state(zf)
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise ReadError("unsupported")
    reader = _Reader(_Styles(styles_root, content), _forms(content), signed, date)
    headers, footers = _master_stories(styles_root, reader)
    tracked = body.find(TRACKED)
    main = reader.story(body, Source.BODY)
    blocks = headers + main + footers + reader.notes + reader.comments
    doc = Document(path=path, format="odt", blocks=blocks, tracked_changes=tracked is not None and len(tracked) > 0)
    if signed and not any(b.kind is BlockKind.SIGNATURE for b in blocks):
        doc.notes.append("the package carries a digital signature (META-INF/documentsignatures.xml)")
    return doc
