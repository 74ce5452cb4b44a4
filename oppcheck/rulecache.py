"""Keep each rule set, read, validated and compiled, in the user's cache folder (`cache`): a plain run
then starts without parsing YAML, validating and compiling some 250 patterns again (~90 ms of ~270).

One entry per rule set (`ruleset-<hash>.json`, the hash of its bundled name or full path), replaced
when the rule set changes. It holds the rule files' data as read (after validation), each file's
SHA-256, and the compiled patterns as the regex engine's code with their needles (`patterns.Parts`).
Rule data only, never anything of a document: the entry is written when the rule set has been loaded,
before any document is read, and holds only patterns compiled while loading it.

An entry is used only when its key (the oppcheck version, the Python version and its regex engine, a
digest of the code and schema that read and compile rules) is that of now and every rule file of the
set (a file it `extends` too) still has the SHA-256 it holds; else the rule set is loaded anew and the
entry replaced. The regex engine checks the code it is given: a pattern it refuses is compiled anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from . import __version__, patterns
from .cache import FORMAT, as_json, cache_folder, read_entry, sha256, write_entry
from .ruleset import RuleSet, _is_bundled_name, load_uncached, read_checked


def load_cached(name_or_path: str, validate: bool | None) -> RuleSet:
    """The rule set, from the cache when it holds this rule set as it is now; else loaded (and kept)."""
    folder = cache_folder()
    if folder is None:
        return load_uncached(name_or_path, validate)
    bundled = _is_bundled_name(name_or_path)
    identity = json.dumps([name_or_path if bundled else os.path.abspath(name_or_path), validate])
    path = folder / f"ruleset-{sha256(identity)[:24]}.json"
    key = _key()
    entry = read_entry(path, key)
    if entry is not None:
        ruleset = _from_entry(entry, name_or_path, validate)
        if ruleset is not None:
            return ruleset
    return _load_and_keep(name_or_path, validate, path, key)


class _Stale(Exception):
    """A rule file is not what the cache holds."""


def _from_entry(entry: dict, name_or_path: str, validate: bool | None) -> RuleSet | None:
    """The rule set from a cache entry; None when a rule file has changed since (or the entry is odd)."""
    from .ruleset import read_text

    try:
        files = {name: (sha, data) for name, sha, data in entry["files"]}
        table = _decode_table(entry["patterns"])
    except Exception:  # noqa: BLE001 - intact but not as this version writes it (zlib.error, KeyError...)
        return None

    def read(name: str, _validate: bool | None) -> tuple[dict, str, bool]:
        if name not in files:
            raise _Stale
        text, source, bundled = read_text(name)
        sha, data = files[name]
        if sha256(text) != sha or not isinstance(data, dict):
            raise _Stale
        return data, source, bundled

    try:
        with patterns.precompiled(table):
            ruleset = load_uncached(name_or_path, validate, read)
            ruleset.compile_all()
    except _Stale:
        return None
    return ruleset


def _load_and_keep(name_or_path: str, validate: bool | None, path: Path, key: list) -> RuleSet:
    files: list[list] = []

    def read(name: str, validate_: bool | None) -> tuple[dict, str, bool]:
        text, found = [], []
        data, source, bundled = read_checked(name, validate_, seen=lambda t, d: (text.append(t), found.append(d)))
        files.append([name, sha256(text[0]), as_json(found[0])])
        return data, source, bundled

    with patterns.recording() as table:
        ruleset = load_uncached(name_or_path, validate, read)
        ruleset.compile_all()
    if all(data is not None for _, _, data in files):
        write_entry(path, {"key": key, "files": files, "patterns": _encode_table(table)})
    return ruleset


def _key() -> list:
    """What a cache entry must have been made with: format, versions, regex engine, code and schema."""
    from . import cache, ruleset, text
    from .ruleset import schema

    code = hashlib.sha256()
    for module in (patterns, text, ruleset, cache, sys.modules[__name__]):
        try:
            code.update(Path(module.__file__).read_bytes())
        except (OSError, TypeError):  # no source file to read (a zip): the version has to do
            code.update(module.__name__.encode())
    code.update(json.dumps(schema(), sort_keys=True, default=str).encode())
    return [FORMAT, __version__, sys.version, sys.byteorder, patterns.engine(), code.hexdigest()]


def _typecode() -> str:
    """An array type code whose items are as wide as the regex engine's code words."""
    from array import array

    return next((t for t in ("I", "L", "H", "Q") if array(t).itemsize == patterns.engine()[1]), "I")


def _encode_table(table: dict[str, patterns.Parts]) -> dict:
    """The compiled patterns as JSON: one row per pattern, and all their code in one compressed block."""
    import base64
    import zlib
    from array import array

    typecode = _typecode()
    code = array(typecode)
    rows = []
    for pattern, ((wrapped, flags, words, groups, groupindex, indexgroup), needles) in table.items():
        code.extend(words)
        rows.append([pattern, wrapped, flags, len(words), groups, groupindex, list(indexgroup), needles])
    return {"typecode": typecode, "code": base64.b64encode(zlib.compress(code.tobytes())).decode(), "rows": rows}


def _decode_table(encoded: dict) -> dict[str, patterns.Parts]:
    import base64
    import zlib
    from array import array

    code = array(encoded["typecode"])
    code.frombytes(zlib.decompress(base64.b64decode(encoded["code"])))
    words = code.tolist()
    table, at = {}, 0
    for pattern, wrapped, flags, length, groups, groupindex, indexgroup, needles in encoded["rows"]:
        args = (wrapped, flags, words[at : at + length], groups, groupindex, tuple(indexgroup))
        table[pattern] = (args, tuple(needles) if needles else None)
        at += length
    return table
