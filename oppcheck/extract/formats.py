"""The document formats oppcheck reads, in one table: name, file name endings, reader module, whether
a file is recognised by its content alone, and the modules a batch imports before forking workers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    reader: str
    by_content: bool  # found in a folder by its bytes, whatever its name (text only by its name)
    warm_up: tuple[str, ...] = ()


FORMATS = (
    Format(
        "pdf",
        (".pdf",),
        "oppcheck.extract.pdf",
        True,
        (
            "pypdfium2",
            "oppcheck.extract.pdf",
            "oppcheck.extract.pdf_page",
            "oppcheck.extract.pdf_layout",
            "oppcheck.extract.pdf_forms",
        ),
    ),
    Format("docx", (".docx",), "oppcheck.extract.docx", True, ("lxml.etree", "oppcheck.extract.docx")),
    Format("odt", (".odt",), "oppcheck.extract.odt", True, ("lxml.etree", "oppcheck.extract.odt")),
    Format("txt", (".txt",), "oppcheck.extract.plaintext", False, ("oppcheck.extract.plaintext",)),
    Format("md", (".md", ".markdown"), "oppcheck.extract.plaintext", False, ("oppcheck.extract.plaintext",)),
    Format("image", (".png", ".jpg", ".jpeg", ".tif", ".tiff"), "oppcheck.extract.image", True),
)
BY_NAME = {f.name: f for f in FORMATS}
SUFFIXES = tuple(s for f in FORMATS for s in f.suffixes)
BY_CONTENT = tuple(f.name for f in FORMATS if f.by_content)
# Office files we cannot read: found in folders anyway, so the user is told why they were not checked.
REPORTED_SUFFIXES = (".doc", ".rtf")


def warm_up_modules(suffixes: set[str] | None = None) -> set[str]:
    """The modules the readers of files with these endings need (all readers when None)."""
    return {m for f in FORMATS if suffixes is None or set(f.suffixes) & suffixes for m in f.warm_up}
