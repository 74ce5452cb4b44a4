"""Read a file into a `Document`: detect the format by content, then hand it to one reader.

Readers are imported lazily, so that `oppcheck --help` stays fast.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from importlib import import_module

from ..errors import ReadError
from ..model import Document
from .formats import BY_NAME
from .sniff import sniff


@dataclass(frozen=True)
class ReadOptions:
    """What a reader may need beyond the bytes: a PDF password, whether OCR may run, size limit."""

    password: str | None = None
    ocr: bool = True
    max_size_mb: float = 100.0


def read_document(path: str, options: ReadOptions | None = None) -> Document:
    """Read the file at `path` (never modified) into a Document, or raise ReadError."""
    options = options or ReadOptions()
    if os.path.isdir(path):
        raise ReadError("is_directory", path=path)
    if not os.path.exists(path):
        raise ReadError("not_found", path=path)
    if not stat.S_ISREG(os.stat(path).st_mode):  # a named pipe, socket or device: opening it could wait for ever
        raise ReadError("not_a_file", path=path)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > options.max_size_mb * 1024 * 1024:
                raise ReadError("too_large", size=round(size / 1048576, 1), limit=options.max_size_mb)
            data = fh.read(size + 1)
    except PermissionError as exc:
        raise ReadError("unreadable", path=path) from exc
    if not data.strip():
        raise ReadError("empty")
    fmt = sniff(data, path)
    reader = import_module(BY_NAME[fmt].reader)
    try:
        return reader.read(path, data, options)
    except RecursionError as exc:  # structures nested deeper than a reader's walk can follow
        raise ReadError("too_complex") from exc
