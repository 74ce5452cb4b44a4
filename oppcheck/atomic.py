"""Write an output file all at once, and never over one of the documents being checked.

Permissions: a new output is private (0600: it holds data about a child); a regular file that is
replaced keeps its own mode. A pipe or character device named as output (/dev/null, /dev/stdout, a
named pipe) is written into as a stream, never replaced by a file; a block device, socket or folder
is refused.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from typing import BinaryIO

from .errors import OppcheckError


def write_atomic(path: str, data: bytes | str, *, inputs: Iterable[str] = ()) -> None:
    """Write `data` (str as UTF-8) to `path` through a private temp file in the same folder.

    Raises OppcheckError("same_as_input") when `path` is one of `inputs`, and ("cannot_write") when
    the folder is missing, not writable or full. Readers of `path` see the
    old file or the new one, never half a file; on any failure the temp file is removed. A file that
    is replaced keeps its permissions; a new one is private (0600): it holds data about a child.
    """
    if any(_same_file(path, source) for source in inputs):
        raise OppcheckError("same_as_input", path=path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    stream = open_stream(path)
    if stream is not None:
        try:
            with stream:
                stream.write(data)
        except OSError as exc:  # the reader of the pipe went away, the device refused
            raise OppcheckError("cannot_write", path=path) from exc
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".oppcheck-", suffix=".tmp", dir=folder)  # mode 0600
    except OSError as exc:
        raise OppcheckError("cannot_write", path=path) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.path.exists(path):
                os.chmod(tmp, os.stat(path).st_mode & 0o7777)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OppcheckError("cannot_write", path=path) from exc
        raise


def open_stream(path: str) -> BinaryIO | None:
    """The pipe or character device at `path`, opened to write into; None when `path` is a regular
    file or does not exist. Raises OppcheckError("output_not_a_file") for a block device, socket or
    folder, and for a named pipe that nobody reads (opening it would wait for ever)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OppcheckError("cannot_write", path=path) from exc
    if stat.S_ISREG(mode):
        return None
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise OppcheckError("output_not_a_file", path=path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:  # ENXIO: a named pipe without a reader
        raise OppcheckError("output_not_a_file", path=path) from exc
    os.set_blocking(fd, True)
    return os.fdopen(fd, "wb")


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False
