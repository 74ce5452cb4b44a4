"""Detect a document's format from its bytes, not its name."""

from __future__ import annotations

from ..errors import ReadError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff(data: bytes, path: str = "") -> str:
    """Return 'pdf', 'docx', 'odt', 'txt', 'md' or 'image'; raise ReadError for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_OLE):
        # Old binary .doc and password-protected OOXML both live in an OLE container.
        raise ReadError("office_encrypted" if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in data[:65536] else "old_doc")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if head.startswith(_IMAGES):
        return "image"
    if head.startswith(b"{\\rtf"):
        raise ReadError("unsupported")
    if _looks_like_text(data):
        return "md" if path.lower().endswith((".md", ".markdown")) else "txt"
    raise ReadError("unsupported")


def _sniff_zip(data: bytes) -> str:
    from .safezip import SafeZip  # its size checks run before anything is inflated

    with SafeZip(data) as zf:
        if zf.has("mimetype"):
            if zf.read("mimetype")[:100].startswith(b"application/vnd.oasis.opendocument.text"):
                return "odt"
            raise ReadError("unsupported")
        names = set(zf.names())
    if "word/document.xml" in names or "[Content_Types].xml" in names:
        return "docx"
    if "content.xml" in names:
        return "odt"
    raise ReadError("unsupported")


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control <= len(sample) * 0.01
