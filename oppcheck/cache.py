"""oppcheck's cache folder: what it has read and worked out from its own files, kept so that the next
run need not do it again. Rule sets (`rulecache`) and oppcheck's sentences (`own_yaml`); never anything
of a document.

Where: `cache_folder()`: $XDG_CACHE_HOME/oppcheck, else ~/.cache/oppcheck (%LOCALAPPDATA%\\oppcheck on
Windows, ~/Library/Caches/oppcheck on macOS). `OPPCHECK_NO_CACHE=1` switches the cache off: nothing is
read from it or written to it.

Never trusted blindly: an entry is a JSON file (never unpickled) whose first line is the SHA-256 of the
rest, and holds the key it was made with (the oppcheck version, the SHA-256 of the files it was made
from, ...), compared with the key of now. A damaged, changed or foreign entry is ignored and made
again, silently; a cache that cannot be written (no home folder, read-only, full) is not written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from . import __version__

FORMAT = 1
NO_CACHE = "OPPCHECK_NO_CACHE"
MAX_BYTES = 16 * 1024 * 1024  # a bigger file is no cache of ours


def cache_folder() -> Path | None:
    """The folder oppcheck keeps its cache in; None when switched off (`OPPCHECK_NO_CACHE`) or when
    there is no home folder to put it in."""
    if os.environ.get(NO_CACHE, "").strip() not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative (which the XDG specification says to ignore)
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA", "")
        elif sys.platform == "darwin":
            base = os.path.expanduser("~/Library/Caches")
        else:
            base = os.path.expanduser("~/.cache")
    return Path(base) / "oppcheck" if os.path.isabs(base) else None


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_entry(path: Path, key: list) -> dict | None:
    """The entry in `path` when it is intact and made as `key` says; else None. Only a regular file is
    opened (a FIFO put in its place would block the read)."""
    try:
        if not path.is_file():
            return None
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    if len(raw) > MAX_BYTES or head != hashlib.sha256(body).hexdigest().encode():
        return None
    try:
        entry = json.loads(body)
    except (ValueError, RecursionError):  # damaged, or nested too deep to parse
        return None
    return entry if isinstance(entry, dict) and entry.get("key") == key else None


def write_entry(path: Path, entry: dict) -> None:
    """Write through a temp file in the same folder (a reader sees the old entry or the new one); any
    failure (no home, read-only, full) leaves the cache unwritten, silently."""
    import tempfile

    tmp = None
    try:
        body = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".entry-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        os.replace(tmp, path)
        tmp = None
    except (OSError, TypeError, ValueError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def as_json(data: dict) -> dict | None:
    """A copy of `data` through JSON; None when JSON cannot hold it as it is (a YAML date, a number as key)."""
    try:
        copy = json.loads(json.dumps(data))
    except (TypeError, ValueError):
        return None
    return copy if copy == data else None


def own_yaml(name: str, text: str) -> dict:
    """One of oppcheck's own YAML files (`text`, e.g. messages.yaml), parsed; from the cache when it holds
    the data of this very text."""
    folder = cache_folder()
    key = [FORMAT, __version__, sha256(text)]
    path = folder / f"{name}.json" if folder is not None else None
    entry = read_entry(path, key) if path is not None else None
    if entry is not None and isinstance(entry.get("data"), dict):
        return entry["data"]
    import yaml

    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    copy = as_json(data) if path is not None and isinstance(data, dict) else None
    if copy is not None:
        write_entry(path, {"key": key, "data": copy})
    return data
