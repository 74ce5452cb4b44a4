"""A guarded zip reader and a hardened XML parser for DOCX and ODT packages.

Sizes are checked in the central directory before anything is inflated, members are read with a
hard cap, and XML with a DTD is refused outright (OOXML and ODF never need one). Every problem
becomes a ReadError: "corrupt" for damaged files, "too_complex" for files that are too big to read
safely.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import TYPE_CHECKING

from ..errors import ReadError

if TYPE_CHECKING:
    from lxml import etree

MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200
# Small members may compress extremely well (a run of empty table cells); the ratio limit only
# applies above this size.
RATIO_FLOOR_BYTES = 1024 * 1024

_parser = None


def xml_parser() -> etree.XMLParser:
    """The one hardened lxml parser: no entities, no DTD, no network, no huge trees."""
    global _parser
    if _parser is None:
        from lxml import etree

        _parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return _parser


def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part safely, or raise ReadError ("too_complex" for DTDs and libxml2 limits)."""
    from lxml import etree

    utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]
    if utf16 or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        # A DTD (or UTF-16, where the byte search cannot see one) has no place in a package part.
        raise ReadError("too_complex")
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        msg = str(exc).lower()
        limit = any(w in msg for w in ("depth", "amplification", "huge", "too long", "entity"))
        raise ReadError("too_complex" if limit else "corrupt") from exc
    if root is None:
        raise ReadError("corrupt")
    if root.getroottree().docinfo.internalDTD is not None:
        raise ReadError("too_complex")
    return root


def _duplicates(infos: list[zipfile.ZipInfo]) -> bool:
    """Whether two members name the same part. Part names in a package are compared without case
    and with '\\' as '/' (OPC), so 'word/document.xml' and 'Word/Document.XML' are one part."""
    seen: set[str] = set()
    for info in infos:
        key = info.filename.replace("\\", "/").lstrip("/").casefold()
        if key in seen:
            return True
        seen.add(key)
    return False


class SafeZip:
    """A zip package opened from bytes whose directory passed the size checks."""

    def __init__(
        self,
        data: bytes,
        *,
        max_members: int = MAX_MEMBERS,
        max_member_bytes: int = MAX_MEMBER_BYTES,
        max_total_bytes: int = MAX_TOTAL_BYTES,
        max_ratio: float = MAX_RATIO,
    ) -> None:
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise ReadError("corrupt") from exc
        if len(infos) > max_members:
            raise ReadError("too_complex")
        if _duplicates(infos):  # one reader shows one copy, another the other: never guess which
            raise ReadError("zip_duplicate")
        total = 0
        for info in infos:
            size = info.file_size
            total += size
            if size > max_member_bytes or total > max_total_bytes:
                raise ReadError("too_complex")
            if size > RATIO_FLOOR_BYTES and size > max(info.compress_size, 1) * max_ratio:
                raise ReadError("too_complex")
        self._max_member = max_member_bytes
        self._infos = {i.filename: i for i in infos}

    def names(self) -> list[str]:
        """Member names in directory order."""
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """A member's bytes, never more than the per-member limit; ReadError if missing or damaged."""
        info = self._infos.get(name)
        if info is None:
            raise ReadError("corrupt")
        try:
            with self._zf.open(info) as fh:
                data = fh.read(self._max_member + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            RuntimeError,
            NotImplementedError,
            ValueError,
        ) as exc:
            # zlib.error: damaged deflate data; RuntimeError: encrypted member; NotImplementedError:
            # unknown compression method; ValueError: offsets that point outside the file.
            raise ReadError("corrupt") from exc
        except MemoryError as exc:
            raise ReadError("too_complex") from exc
        if len(data) > self._max_member:
            raise ReadError("too_complex")
        return data

    def xml(self, name: str) -> etree._Element:
        """A member parsed with the hardened parser."""
        return parse_xml(self.read(name))

    def xml_or_none(self, name: str) -> etree._Element | None:
        """Like `xml`, but None when the member does not exist."""
        return self.xml(name) if name in self._infos else None

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
