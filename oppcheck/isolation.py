"""Run document reading under limits. (In-process for now; see issue on hostile files.)"""

from __future__ import annotations

from .extract import ReadOptions, read_document
from .model import Document


def read_isolated(path: str, options: ReadOptions, timeout: float = 60.0, max_memory_mb: int = 2048) -> Document:
    """Read `path` into a Document, raising ReadError for anything a user must be told."""
    return read_document(path, options)
