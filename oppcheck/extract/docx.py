"""Read a DOCX package with zipfile + lxml into blocks, in document order.

Reads what python-docx misses: content controls, text boxes (once), tracked insertions, simple and
complex fields, legacy form fields, footnotes, comments, checkboxes, signature lines and pictures.

Content controls (w:sdt) and legacy FORMTEXT fields:
- their text flows into the block that holds them, so 'Naam: <control>' stays one PARAGRAPH and a
  control in a table cell is a TABLE_CELL with its row and column headers;
- a block whose whole content is one control carries `name` (alias, else tag) and `value`; a plain
  paragraph that is only a control becomes a FORM_FIELD;
- placeholder text (w:showingPlcHdr) is never read as content: the control's value is "" (an empty
  FORM_FIELD when it stands alone, an empty TABLE_CELL in a table).
Checkboxes (w14 content controls, legacy FORMCHECKBOX fields, ☒/☐ glyphs) all become CHECKBOX blocks
through text.split_checkboxes: each control is replaced by exactly one glyph.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ReadError
from ..model import Block, BlockKind, Document, Source
from .safezip import SafeZip, parse_xml
from .story import (
    CHECKED,
    PLACEHOLDER_TEXTS,
    UNCHECKED,
    Cell,
    Inline,
    Para,
    StoryBuilder,
    dark,
    strip_placeholder,
    unseen,
)

if TYPE_CHECKING:
    from . import ReadOptions

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
VML = "urn:schemas-microsoft-com:vml"
OFFICE = "urn:schemas-microsoft-com:office:office"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDTPR, SDTCONTENT, CUSTOMXML = map(
    _w, ("p", "tbl", "tr", "tc", "sdt", "sdtPr", "sdtContent", "customXml")
)
R_, T, PPR, RPR, TCPR, TRPR = map(_w, ("r", "t", "pPr", "rPr", "tcPr", "trPr"))
INS, DEL, MOVEFROM, MOVETO, TXBX = map(_w, ("ins", "del", "moveFrom", "moveTo", "txbxContent"))
PSTYLE, OUTLINE, VANISH, BOLD, RSTYLE = map(_w, ("pStyle", "outlineLvl", "vanish", "b", "rStyle"))
STRIKE, DSTRIKE = _w("strike"), _w("dstrike")
SPEC_VANISH, COLOR, SIZE, HIGHLIGHT, SHADING = map(_w, ("specVanish", "color", "sz", "highlight", "shd"))
NUMID = f"{_w('numPr')}/{_w('numId')}"
FLDCHAR, INSTR, SYM, DRAWING, PICT, OBJECT = map(_w, ("fldChar", "instrText", "sym", "drawing", "pict", "object"))
ALT, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
VAL = _w("val")
_INLINE_CONTAINERS = frozenset(
    map(_w, ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"))
)
_SIMPLE_RUN = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
_HEADING_NAME = re.compile(r"^(?:heading|kop)\s*(\d)$")
_TITLE_NAMES = ("title", "titel")


def _on(el) -> bool:
    """A WordprocessingML on/off property: present and not switched off."""
    return el is not None and el.get(VAL, "true").lower() not in ("0", "false", "off")


class _Styles:
    """Paragraph and character styles: heading level, bold, list and table-of-contents styles."""

    def __init__(self, root) -> None:
        self._styles = {}
        self._default: dict[str, str] = {}  # style type -> id of its default style ('Normal')
        self._doc_defaults = None  # w:docDefaults/w:rPrDefault/w:rPr
        if root is not None:
            for s in root.iter(_w("style")):
                self._styles[s.get(_w("styleId"))] = s
                if s.get(_w("default")) in ("1", "true", "on"):
                    self._default.setdefault(s.get(_w("type"), "paragraph"), s.get(_w("styleId")))
            self._doc_defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        self._memo: dict[tuple[str, str], object] = {}

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self._styles and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            el = self._styles[style_id]
            yield el
            based = el.find(_w("basedOn"))
            style_id = based.get(VAL) if based is not None else None

    def _get(self, what: str, style_id: str | None, fn):
        key = (what, style_id or "")
        if key not in self._memo:
            self._memo[key] = fn(style_id)
        return self._memo[key]

    def heading_level(self, style_id: str | None) -> int | None:
        return self._get("h", style_id, self._heading_level)

    def _heading_level(self, style_id: str | None) -> int | None:
        for el in self._chain(style_id):
            name_el = el.find(_w("name"))
            name = (name_el.get(VAL, "") if name_el is not None else "").strip().lower()
            m = _HEADING_NAME.match(name)
            if m:
                return max(1, int(m.group(1)))
            if name in _TITLE_NAMES:
                return 1
            outline = el.find(f"{PPR}/{_w('outlineLvl')}")
            if outline is not None:
                return _outline_level(outline)
        return None

    def bold(self, style_id: str | None) -> bool:
        return self._get("b", style_id, self._bold)

    def _bold(self, style_id: str | None) -> bool:
        for el in self._chain(style_id):
            b = el.find(f"{RPR}/{_w('b')}")
            if b is not None:
                return _on(b)
        return False

    def numbered(self, style_id: str | None) -> bool:
        return self._get("n", style_id, self._numbered)

    def _numbered(self, style_id: str | None) -> bool:
        for el in self._chain(style_id):
            num = el.find(f"{PPR}/{_w('numPr')}/{_w('numId')}")
            if num is not None:
                return num.get(VAL) != "0"
        return False

    def placeholder(self, style_id: str | None) -> bool:
        return self._get(
            "p",
            style_id,
            lambda sid: any(
                (el.find(_w("name")) is not None and el.find(_w("name")).get(VAL, "").lower() == "placeholder text")
                for el in self._chain(sid)
            ),
        )

    def run_looks(self, para_style: str | None, char_style: str | None) -> _Looks:
        """What a run looks like by the styles alone: docDefaults, then the paragraph style (or the
        default paragraph style), then the character style, each overriding the one before."""
        key = f"{para_style or ''}\0{char_style or ''}"
        return self._get("v", key, lambda _: self._run_looks(para_style, char_style))

    def _run_looks(self, para_style: str | None, char_style: str | None) -> _Looks:
        looks = _Looks().over(self._doc_defaults)
        para = para_style if para_style in self._styles else self._default.get("paragraph")
        char = char_style if char_style in self._styles else self._default.get("character")
        for style_id in (para, char):
            for el in reversed(list(self._chain(style_id))):  # a base style first, then what is based on it
                looks = looks.over(el.find(RPR))
        return looks

    def toc(self, style_id: str | None) -> bool:
        return self._get("t", style_id, self._toc)

    def _toc(self, style_id: str | None) -> bool:
        for el in self._chain(style_id):
            name_el = el.find(_w("name"))
            name = (name_el.get(VAL, "") if name_el is not None else "").lower()
            if name.startswith(("toc ", "inhopg")):
                return True
        return False


_WHITE_ISH = 0xF0  # a colour whose red, green and blue are all this light cannot be read on paper
MIN_HALF_POINTS = 5  # w:sz is in half points: text under 2.5 pt is not meant to be read


@dataclass(frozen=True)
class _Looks:
    """The run properties that decide whether a reader can see a run."""

    vanish: bool = False
    color: str | None = None  # RRGGBB, or None for automatic
    half_points: int | None = None
    shaded: bool = False  # a highlight or a shading behind the text

    def over(self, rpr) -> _Looks:
        """These looks with the properties set in `rpr` (an w:rPr, or None) taking over."""
        if rpr is None:
            return self
        vanish, color, size, shaded = self.vanish, self.color, self.half_points, self.shaded
        for el in rpr:
            tag = el.tag
            if tag == VANISH or tag == SPEC_VANISH:
                vanish = _on(el)
            elif tag == COLOR:
                value = el.get(VAL, "auto")
                color = None if value.lower() == "auto" else value
            elif tag == SIZE:
                size = _int_val(el, size if size is not None else 24)
            elif tag == HIGHLIGHT:
                shaded = el.get(VAL, "none") not in ("none", "white")
            elif tag == SHADING:
                shaded = el.get(_w("fill"), "auto").lower() not in ("auto", "ffffff")
        return _Looks(vanish, color, size, shaded)

    @property
    def tiny(self) -> bool:
        return self.half_points is not None and self.half_points < MIN_HALF_POINTS

    @property
    def hidden(self) -> bool:
        """Hidden (w:vanish), white without anything dark behind it, or too small to read."""
        if self.vanish or self.tiny:
            return True
        return not self.shaded and _light(self.color)


def _struck(rpr) -> bool:
    """Struck through on the run itself (w:strike, w:dstrike): text the writer crossed out, as in
    'Doorhalen wat niet van toepassing is: ~~havo~~ / vwo'. It is read as not there."""
    if rpr is None:
        return False
    return any(el.tag in (STRIKE, DSTRIKE) and _on(el) for el in rpr)


def _fills(props) -> bool:
    """Whether a w:pPr, w:tcPr or w:tblPr (or None) shades its text dark enough for white text to show."""
    if props is None:
        return False
    shd = props.find(SHADING)
    return shd is not None and dark(shd.get(_w("fill"), "auto"))


def _light(color: str | None) -> bool:
    if not color or len(color) != 6:
        return False
    try:
        return all(int(color[i : i + 2], 16) >= _WHITE_ISH for i in (0, 2, 4))
    except ValueError:
        return False


def _outline_level(el) -> int | None:
    try:
        lvl = int(el.get(VAL, "9"))
    except ValueError:
        return None
    return lvl + 1 if 0 <= lvl <= 8 else None


@dataclass
class _Control:
    """A content control or legacy form field that holds a value."""

    name: str | None
    placeholder: bool = False
    checkbox: bool | None = None
    container: bool = False


class _Reader(StoryBuilder):
    """Walks the stories of one package and collects blocks."""

    def __init__(self, styles: _Styles, signed: bool, signed_date: str | None) -> None:
        super().__init__(signed, signed_date)
        self.styles = styles
        self.tracked = False
        self.para_style: str | None = None  # the style of the paragraph being read (its runs inherit it)
        self.backdrop = False  # the paragraph, cell or table being read is shaded: light text shows on it
        self._story(Source.BODY)

    def _story(self, source: Source) -> None:
        self.source = source
        self.path = []
        self.para_no = 0
        self.fields: list[list] = []

    # -- parts --------------------------------------------------------------------------------

    def story(self, root, source: Source) -> None:
        """Read one part's block content (a body, header, footer) as its own story."""
        if any(True for _ in root.iter(INS, DEL, MOVEFROM, MOVETO)):
            self.tracked = True
        self._story(source)
        body = root.find(_w("body"))
        self.blocks(body if body is not None else root)

    def notes(self, root, tag: str, source: Source, author: bool = False) -> None:
        """Footnotes, endnotes or comments: each note's paragraphs, separators skipped."""
        if any(True for _ in root.iter(INS, DEL, MOVEFROM, MOVETO)):
            self.tracked = True
        self._story(source)
        for note in root.iter(_w(tag)):
            if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            start = len(self.out)
            self.blocks(note)
            if author:
                for b in self.out[start:]:
                    b.name = note.get(_w("author")) or None

    # -- block level --------------------------------------------------------------------------

    def items(self, parent):
        """Block-level children, with content controls and custom XML unwrapped.

        Yields (element, control): a w:p or w:tbl, with the control when one control is the whole
        paragraph; or (None, control) for a control that only shows its placeholder.
        """
        for el in parent:
            tag = el.tag
            if tag == P or tag == TBL:
                yield el, None
            elif tag == SDT:
                ctl = self.control(el)
                content = el.find(SDTCONTENT)
                if content is None:
                    continue
                if ctl.placeholder and not ctl.container:
                    yield None, ctl
                    continue
                kids = [c for c in content if c.tag in (P, TBL, SDT, CUSTOMXML)]
                if not ctl.container and ctl.checkbox is None and len(kids) == 1 and kids[0].tag == P:
                    yield kids[0], ctl
                else:
                    yield from self.items(content)
            elif tag == CUSTOMXML:
                yield from self.items(el)
            elif tag == ALT:
                yield from self.items(_choice(el))

    def blocks(self, parent) -> None:
        for el, ctl in self.items(parent):
            if el is None:
                self.para_no += 1
                if self.source is not Source.HEADER and self.source is not Source.FOOTER:
                    self.out.append(
                        self.block(BlockKind.FORM_FIELD, "", self.loc(self.para_no), name=ctl.name, value="")
                    )
            elif el.tag == TBL:
                self.table(el)
            else:
                self.emit(self.paragraph(el, ctl))

    def control(self, sdt) -> _Control:
        pr = sdt.find(SDTPR)
        if pr is None:
            return _Control(None, container=True)
        name = None
        for tag in ("alias", "tag"):
            el = pr.find(_w(tag))
            if el is not None and el.get(VAL, "").strip():
                name = el.get(VAL).strip()
                break
        box = pr.find(f"{{{W14}}}checkbox")
        checkbox = None
        if box is not None:
            state = box.find(f"{{{W14}}}checked")
            checkbox = state is not None and state.get(f"{{{W14}}}val", "1").lower() in ("1", "true", "on")
        container = pr.find(_w("docPartObj")) is not None or pr.find(_w("docPartList")) is not None
        container = container or pr.find(_w("group")) is not None
        placeholder = _on(pr.find(_w("showingPlcHdr")))
        if not placeholder and not container and checkbox is None:
            placeholder = self.shows_placeholder(sdt.find(SDTCONTENT))
        return _Control(name, placeholder, checkbox, container)

    def shows_placeholder(self, content) -> bool:
        """Content that is Word's placeholder although w:showingPlcHdr was lost (by a round trip):
        every run in the 'Placeholder Text' style, or one of Word's standard placeholder sentences."""
        if content is None:
            return False
        parts: list[str] = []
        styled = True
        for r in content.iter(R_):
            text = "".join(t.text or "" for t in r.iter(T))
            if not text.strip():
                continue
            parts.append(text)
            rs = r.find(f"{RPR}/{_w('rStyle')}")
            styled = styled and rs is not None and self.styles.placeholder(rs.get(VAL))
            if sum(map(len, parts)) > 120:
                return False
        text = " ".join("".join(parts).split()).casefold()
        return bool(text) and (styled or text in PLACEHOLDER_TEXTS)

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraph(self, p, ctl: _Control | None) -> Para:
        self.para_no += 1
        no = self.para_no
        ppr = p.find(PPR)
        style = None
        level = None
        numbered = False
        if ppr is not None:
            ps = ppr.find(PSTYLE)
            style = ps.get(VAL) if ps is not None else None
            outline = ppr.find(OUTLINE)
            if outline is not None:
                level = _outline_level(outline)
            num = ppr.find(NUMID)
            if num is not None:
                numbered = num.get(VAL) != "0"
            elif self.styles.numbered(style):
                numbered = True
        elif self.styles.numbered(None):
            numbered = True
        if level is None:
            level = self.styles.heading_level(style)
        outer, self.para_style = self.para_style, style  # a text box inside reads its own paragraphs
        outer_backdrop = self.backdrop
        self.backdrop = outer_backdrop or _fills(ppr)
        st = Inline()
        toc = self.styles.toc(style) or self._in_toc()
        if ctl is not None and ctl.placeholder:
            text = ""
        else:
            self.inline(p, st, self.styles.bold(style))
            text = "".join(st.parts).replace("\u00ad", "").strip()
        self.para_style = outer
        self.backdrop = outer_backdrop
        self.fields = [f for f in self.fields if f[1] != "instr"]
        toc = toc or self._in_toc()
        control = None
        text, placeholder = strip_placeholder(text)
        if ctl is not None:
            control = (ctl.name, text)
        elif len(st.controls) == 1 and st.controls[0][1].strip() == text:
            control = st.controls[0]
        elif placeholder and not text:
            control = (None, "")
        return Para(no, text, level, numbered, st.bold, toc, control, st.after)

    def _in_toc(self) -> bool:
        """Inside the result of a TOC field: the entries of a table of contents."""
        return any(f[1] == "result" and "".join(f[4]).lstrip().upper().startswith("TOC") for f in self.fields)

    def inline(self, parent, st: Inline, para_bold: bool) -> None:
        for el in parent:
            tag = el.tag
            if tag == R_:
                self.run(el, st, para_bold)
            elif tag in _INLINE_CONTAINERS:
                self.inline(el, st, para_bold)
            elif tag == SDT:
                self.inline_control(el, st, para_bold)
            elif tag == ALT:
                self.inline(_choice(el), st, para_bold)

    def inline_control(self, sdt, st: Inline, para_bold: bool) -> None:
        ctl = self.control(sdt)
        content = sdt.find(SDTCONTENT)
        if ctl.checkbox is not None:
            st.add(CHECKED if ctl.checkbox else UNCHECKED)
            return
        if ctl.placeholder and not ctl.container:
            st.controls.append((ctl.name, ""))
            return
        start = len(st.parts)
        if content is not None:
            self.inline(content, st, para_bold)
        if not ctl.container:
            st.controls.append((ctl.name, st.since(start).strip()))

    def run(self, r, st: Inline, para_bold: bool) -> None:
        rpr = r.find(RPR)
        bold = para_bold
        char_style = None
        if rpr is not None:
            rs = rpr.find(RSTYLE)
            char_style = rs.get(VAL) if rs is not None else None
            b = rpr.find(BOLD)
            if b is not None:
                bold = _on(b)
            elif char_style is not None and self.styles.bold(char_style):
                bold = True
        # Hidden: w:vanish, white or 1-pt text, set on the run or by its styles (see `_Looks`).
        looks = self.styles.run_looks(self.para_style, char_style).over(rpr)
        hidden = looks.hidden and not (self.backdrop and not looks.vanish and not looks.tiny)
        self.run_content(r, st, bold, hidden or _struck(rpr))

    def run_content(self, parent, st: Inline, bold: bool, hidden: bool) -> None:
        for c in parent:
            tag = c.tag
            if tag == T:
                if not hidden and not (self.fields and self.fields[-1][1] == "instr"):
                    st.add(c.text or "", bold)
            elif tag in _SIMPLE_RUN:
                if not hidden:
                    st.add(_SIMPLE_RUN[tag])
            elif tag == FLDCHAR:
                self.field_char(c, st)
            elif tag == INSTR and self.fields:
                self.fields[-1][4].append(c.text or "")
            elif tag == SYM:
                if not hidden:
                    st.add(_sym(c))
            elif tag == DRAWING:
                self.drawing(c, st)
            elif tag == PICT or tag == OBJECT:
                self.pict(c, st)
            elif tag == ALT:
                self.run_content(_choice(el=c, prefer_signature=True), st, bold, hidden)

    def field_char(self, c, st: Inline) -> None:
        kind = c.get(_w("fldCharType"))
        if kind == "begin":
            name = None
            ff = c.find(_w("ffData"))
            if ff is not None:
                box = ff.find(_w("checkBox"))
                if box is not None:
                    st.add(CHECKED if _legacy_checked(box) else UNCHECKED)
                elif (choices := ff.find(_w("ddList"))) is not None:
                    st.add(_chosen_entry(choices))  # a drop-down shows its chosen entry ('- kies -' when none)
                elif ff.find(_w("textInput")) is not None:
                    n = ff.find(_w("name"))
                    name = (n.get(VAL) if n is not None else None) or ""
            self.fields.append([name, "instr", 0, st, []])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = "result"
            self.fields[-1][2] = len(st.parts)
        elif kind == "end" and self.fields:
            name, phase, start, owner, _ = self.fields.pop()
            if name is not None and owner is st and phase == "result":
                st.controls.append((name or None, st.since(start).strip()))

    # -- pictures, text boxes, signature lines ------------------------------------------------

    def drawing(self, d, st: Inline) -> None:
        for anchor in d:
            pr = anchor.find(f"{{{WP}}}docPr")
            if pr is not None and pr.get("hidden", "").lower() in ("1", "true"):
                continue  # a hidden shape shows nothing, also not the text box in it
            boxes = list(anchor.iter(TXBX))
            for tb in boxes:
                self.text_box(tb, st)
            if any(True for _ in anchor.iter(f"{{{PIC}}}pic")):
                pr = anchor.find(f"{{{WP}}}docPr")
                alt = ""
                name = None
                if pr is not None:
                    alt = (pr.get("descr") or pr.get("title") or "").strip()
                    name = pr.get("name") or None
                st.after.append({"kind": BlockKind.IMAGE, "text": alt, "name": name})

    def pict(self, pict, st: Inline) -> None:
        sig = next(pict.iter(f"{{{OFFICE}}}signatureline"), None)
        if sig is not None:
            signer = (sig.get(f"{{{OFFICE}}}suggestedsigner") or "").strip()
            title = (sig.get(f"{{{OFFICE}}}suggestedsigner2") or "").strip()
            st.after.append(self.signature(signer, title))
            return
        if any(
            "visibility:hidden" in (shape.get("style") or "").replace(" ", "").lower()
            for shape in pict.iter(f"{{{VML}}}shape", f"{{{VML}}}rect", f"{{{VML}}}roundrect")
        ):
            return  # a hidden VML shape shows nothing
        boxes = list(pict.iter(TXBX))
        for tb in boxes:
            self.text_box(tb, st)
        if not boxes and any(True for _ in pict.iter(f"{{{VML}}}imagedata")):
            shape = next(pict.iter(f"{{{VML}}}shape"), None)
            alt = (shape.get("alt") or "").strip() if shape is not None else ""
            st.after.append({"kind": BlockKind.IMAGE, "text": alt, "name": None})

    def text_box(self, tb, st: Inline) -> None:
        saved = (self.out, self.source, self.fields)
        # A text box in a header stays header text; only body text boxes are marked TEXT_BOX.
        source = Source.TEXT_BOX if self.source is Source.BODY else self.source
        self.out, self.source, self.fields = [], source, []
        self.blocks(tb)
        st.after.extend(self.out)
        self.out, self.source, self.fields = saved

    # -- tables -------------------------------------------------------------------------------

    def table(self, tbl) -> None:
        grid = self.grid()
        outer = self.backdrop
        self.backdrop = outer or _fills(tbl.find(_w("tblPr")))  # a table shaded as a whole
        for r, tr in enumerate(_unwrap(tbl, TR), start=1):
            trpr = tr.find(TRPR)
            col = 1 + _int_val(trpr.find(_w("gridBefore")) if trpr is not None else None, 0)
            grid.row(r)
            for tc in _unwrap(tr, TC):
                tcpr = tc.find(TCPR)
                span = max(1, _int_val(tcpr.find(_w("gridSpan")) if tcpr is not None else None, 1))
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                if vmerge is not None and vmerge.get(VAL, "continue") == "continue":
                    grid.covered(col)
                else:
                    grid.add(col, span, self.cell(tc, grid.no, r, col))
                col += span
            self.out.extend(grid.end_row())
        self.backdrop = outer

    def cell(self, tc, t: int, r: int, c: int) -> tuple[list[Block], str]:
        cell = Cell(self, t, r, c)
        outer = self.backdrop
        self.backdrop = outer or _fills(tc.find(TCPR))  # white text on a dark cell is a header row, not hidden
        for el, ctl in self.items(tc):
            if el is None:
                cell.controls.append((ctl.name, ""))
            elif el.tag == TBL:
                cell.flush()
                self.table(el)
            else:
                cell.paragraph(self.paragraph(el, ctl))
        self.backdrop = outer
        return cell.close()


def _int_val(el, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(VAL, default))
    except ValueError:
        return default


def _unwrap(parent, tag: str):
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag == SDT:
            content = el.find(SDTCONTENT)
            if content is not None:
                yield from _unwrap(content, tag)
        elif el.tag == CUSTOMXML:
            yield from _unwrap(el, tag)


def _choice(el, prefer_signature: bool = False):
    """The branch of an mc:AlternateContent to read: the first Choice, never the Fallback copy.

    A signature line that only the VML fallback describes is read from the fallback.
    """
    choice = el.find(CHOICE)
    fallback = el.find(FALLBACK)
    if prefer_signature and fallback is not None:
        sig = f"{{{OFFICE}}}signatureline"
        in_choice = choice is not None and next(choice.iter(sig), None) is not None
        if not in_choice and next(fallback.iter(sig), None) is not None:
            return fallback
    return choice if choice is not None else ()


def _chosen_entry(choices) -> str:
    """The entry a legacy drop-down field (FORMDROPDOWN) shows: its result, else its default, else the
    first."""
    entries = [e.get(VAL) or "" for e in choices.findall(_w("listEntry"))]
    for tag in ("result", "default"):
        el = choices.find(_w(tag))
        if el is not None and (el.get(VAL) or "").isdigit() and int(el.get(VAL)) < len(entries):
            return entries[int(el.get(VAL))]
    return entries[0] if entries else ""


def _legacy_checked(box) -> bool:
    checked = box.find(_w("checked"))
    if checked is not None:
        return _on(checked)
    default = box.find(_w("default"))
    return default is not None and _on(default)


def _sym(el) -> str:
    try:
        code = int(el.get(_w("char"), ""), 16)
    except ValueError:
        return ""
    if code < 0xF000 and el.get(_w("font"), "").lower().startswith(("wingdings", "symbol")):
        code += 0xF000
    return chr(code) if 0 < code < 0x110000 else ""


def _rels(zf: SafeZip, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type suffix, member path) for a part."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    root = zf.xml_or_none(rels_name)
    out = {}
    if root is None:
        return out
    for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        if target.startswith("/"):
            path = target.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
    return out


def _main_part(zf: SafeZip) -> str:
    for kind, path in _rels(zf, "").values():
        if kind == "officeDocument" and zf.has(path):
            return path
    if zf.has("word/document.xml"):
        return "word/document.xml"
    raise ReadError("corrupt")


# ISO 29500 Strict namespaces and their Transitional equivalents, which the walk uses.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", WP.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", PIC.encode()),
)


def _transitional(data: bytes) -> bytes:
    """A Strict OOXML part rewritten to the Transitional namespaces (Word's 'Strict Open XML')."""
    if b"purl.oclc.org/ooxml" in data:
        for strict, transitional in _STRICT:
            data = data.replace(strict, transitional)
    return data


def _part(zf: SafeZip, member: str):
    return parse_xml(_transitional(zf.read(member)))


def _styles_root(zf: SafeZip, member: str):
    """styles.xml without table and numbering styles, which are large and never needed here.

    python-docx's template holds 350 KB of styles; parsing only paragraph and character styles
    takes a seventh of the time. Falls back to a full parse when the shortcut does not apply.
    """
    if not zf.has(member):
        return None
    data = _transitional(zf.read(member))
    start = data.find(b"<w:styles")
    end = data.find(b">", start)
    if start < 0 or end < 0:
        return parse_xml(data)
    parts, i = [data[: end + 1]], end
    defaults_start = data.find(b"<w:docDefaults")
    defaults_end = data.find(b"</w:docDefaults>", defaults_start)
    if defaults_start >= 0 and defaults_end >= 0:  # run defaults (size, colour) of every run
        parts.append(data[defaults_start : defaults_end + len(b"</w:docDefaults>")])
    while True:
        a = data.find(b"<w:style ", i)
        gt = data.find(b">", a)
        if a < 0 or gt < 0:
            break
        if data[gt - 1 : gt] == b"/":
            i = gt + 1
        else:
            close = data.find(b"</w:style>", gt)
            if close < 0:
                break
            i = close + 10
        if b'w:type="table"' not in data[a:gt] and b'w:type="numbering"' not in data[a:gt]:
            parts.append(data[a:i])
    parts.append(b"</w:styles>")
    try:
        return parse_xml(b"".join(parts))
    except ReadError:
        return parse_xml(data)


def _signature_state(zf: SafeZip) -> tuple[bool, str | None]:
    sigs = [n for n in zf.names() if n.startswith("_xmlsignatures/sig") and n.endswith(".xml")]
    date = None
    for name in sigs:
        try:
            root = zf.xml(name)
        except ReadError:
            continue
        value = root.find(".//{*}SignatureTime/{*}Value")
        if value is not None and value.text:
            date = value.text.strip()
            break
    return bool(sigs), date


def read(path: str, data: bytes, options: ReadOptions | None = None) -> Document:
    """Read a DOCX file into a Document."""
    with SafeZip(data) as zf:
        main = _main_part(zf)
        root = _part(zf, main)
        if root.tag != _w("document"):
            raise ReadError("unsupported")
        rels = _rels(zf, main)
        by_type: dict[str, list[str]] = {}
        for kind, member in rels.values():
            by_type.setdefault(kind, []).append(member)
        styles = _Styles(_styles_root(zf, by_type["styles"][0]) if "styles" in by_type else None)
        signed, date = _signature_state(zf)
        reader = _Reader(styles, signed, date)

        headers, footers = [], []
        for ref in root.iter(_w("headerReference"), _w("footerReference")):
            rel = rels.get(ref.get(f"{{{R}}}id", ""))
            if rel is None or not zf.has(rel[1]):
                continue
            target = headers if ref.tag == _w("headerReference") else footers
            if rel[1] not in target:
                target.append(rel[1])

        for member in headers:
            _story_deduped(reader, _part(zf, member), Source.HEADER)
        reader.story(root, Source.BODY)
        for member in footers:
            _story_deduped(reader, _part(zf, member), Source.FOOTER)
        for kind, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
            for member in by_type.get(kind, [])[:1]:
                if zf.has(member):
                    reader.notes(_part(zf, member), tag, Source.FOOTNOTE)
        for member in by_type.get("comments", [])[:1]:
            if zf.has(member):
                reader.notes(_part(zf, member), "comment", Source.COMMENT, author=True)
    doc = Document(path=path, format="docx", blocks=reader.out, tracked_changes=reader.tracked)
    if next(root.iter(_w("altChunk")), None) is not None:
        doc.notes.append("the document embeds other documents (w:altChunk) whose text was not read")
    if signed and not any(b.kind is BlockKind.SIGNATURE for b in reader.out):
        doc.notes.append("the package carries a digital signature (_xmlsignatures) without a signature line")
    return doc


def _story_deduped(reader: _Reader, root, source: Source) -> None:
    """Read a header or footer part, dropping blocks an earlier part of the same kind already gave."""
    seen = {(b.kind, b.text) for b in reader.out if b.source is source}
    start = len(reader.out)
    reader.story(root, source)
    reader.out[start:] = unseen(reader.out[start:], seen)
