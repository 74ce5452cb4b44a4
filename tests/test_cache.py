"""The cache folder (rule sets read and compiled once, oppcheck's own sentences): what a user sees of
it. A changed rule file counts at once, a damaged cache is ignored and made again, the results are
those without a cache, nothing of a document is kept, and OPPCHECK_NO_CACHE=1 writes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "examples" / "opp-compleet.pdf"

SWV = """name: swv
version: "1"
extends: default
rules:
  - id: contactpersoon_swv
    kind: section
    level: must
    title: {nl: Contactpersoon SWV, en: Contact person}
    law: {nl: Afspraak van het samenwerkingsverband, en: Agreement}
    why: {nl: Ouders weten wie meedenkt., en: Parents know who helps.}
    question: {nl: Wie is de contactpersoon?, en: Who is the contact person?}
    labels: ['LABEL']
"""
SCHOOL = "name: school\nversion: '1'\nextends: swv.yaml\noverrides:\n  doelen:\n    level: must\n"
TEXT = "Ontwikkelingsperspectiefplan\n\nContactpersoon SWV\nMevrouw Zwaantje Vredeveld, bereikbaar op dinsdag.\n"


def run(*args: str, cache: Path | None, cwd: Path | None = None, no_cache: bool = False) -> dict | str:
    """oppcheck with the cache folder in `cache`; the JSON result (or stdout)."""
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "OPPCHECK_NO_CACHE")}
    env["XDG_CACHE_HOME"] = str(cache)
    if no_cache:
        env["OPPCHECK_NO_CACHE"] = "1"
    proc = subprocess.run([sys.executable, "-m", "oppcheck", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout) if "json" in args else proc.stdout


def status(result: dict, element: str) -> str:
    return next(e["status"] for e in result["documents"][0]["elements"] if e["id"] == element)


def entries(cache: Path) -> list[Path]:
    folder = cache / "oppcheck"
    return sorted(folder.glob("*.json")) if folder.exists() else []


@pytest.fixture
def school(tmp_path) -> Path:
    """A rule set extending another one (which extends the bundled default), and a plan for it."""
    (tmp_path / "swv.yaml").write_text(SWV.replace("LABEL", "contactpersoon swv"), encoding="utf-8")
    (tmp_path / "school.yaml").write_text(SCHOOL, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_a_changed_rule_file_counts_at_once(school, tmp_path):
    cache = tmp_path / "cache"
    args = ("plan.txt", "--ruleset", "school.yaml", "--format", "json")
    assert status(run(*args, cache=cache, cwd=school), "contactpersoon_swv") == "present"
    assert entries(cache)  # the rule set (and the sentences) were kept
    assert status(run(*args, cache=cache, cwd=school), "contactpersoon_swv") == "present"  # from the cache
    # The file the rule set extends changes: the label no longer matches the plan.
    (school / "swv.yaml").write_text(SWV.replace("LABEL", "aanspreekpunt"), encoding="utf-8")
    assert status(run(*args, cache=cache, cwd=school), "contactpersoon_swv") == "missing"
    # The rule set itself changes: the element is no longer required.
    (school / "school.yaml").write_text(SCHOOL + "  contactpersoon_swv:\n    level: should\n", encoding="utf-8")
    result = run(*args, cache=cache, cwd=school)
    assert next(e["required"] for e in result["documents"][0]["elements"] if e["id"] == "contactpersoon_swv") is False


def test_a_rule_file_made_invalid_is_refused_even_when_cached(school, tmp_path):
    cache = tmp_path / "cache"
    run("plan.txt", "--ruleset", "school.yaml", "--format", "json", cache=cache, cwd=school)
    (school / "swv.yaml").write_text(SWV.replace("    labels: ['LABEL']\n", "    labels: ['(onaf']\n"),
                                     encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    proc = subprocess.run([sys.executable, "-m", "oppcheck", "plan.txt", "--ruleset", "school.yaml"], cwd=school,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "contactpersoon_swv" in proc.stderr and "(onaf" in proc.stderr


def test_results_are_those_without_a_cache(tmp_path):
    cache = tmp_path / "cache"
    without = run(str(PLAN), "--format", "json", "--all", cache=cache, no_cache=True)
    assert entries(cache) == []
    first = run(str(PLAN), "--format", "json", "--all", cache=cache)  # fills the cache
    second = run(str(PLAN), "--format", "json", "--all", cache=cache)  # reads it
    assert without == first == second


@pytest.mark.parametrize("damage", ["garbage", "empty", "flipped", "bad_code", "foreign_key", "deep", "fifo"])
def test_a_damaged_cache_is_ignored_and_made_again(tmp_path, damage):
    cache = tmp_path / "cache"
    expected = run(str(PLAN), "--format", "json", cache=cache, no_cache=True)
    run(str(PLAN), "--format", "json", cache=cache)
    kept = entries(cache)
    assert {p.name.split("-")[0] for p in kept} >= {"ruleset", "messages.json"}
    for path in kept:
        _damage(path, damage)
    assert run(str(PLAN), "--format", "json", cache=cache) == expected
    for path in entries(cache):  # made again: intact (the first line is the SHA-256 of the rest)
        head, _, body = path.read_bytes().partition(b"\n")
        assert head == hashlib.sha256(body).hexdigest().encode()
        assert json.loads(body)["key"][0] == 1


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(os.urandom(2000))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "deep":  # intact SHA-256 over JSON nested too deep to parse
        body = b"[" * 100_000 + b"]" * 100_000
        path.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    elif how == "fifo":  # a named pipe in the entry's place: opening it would block
        path.unlink()
        os.mkfifo(path)
    elif how == "flipped":  # one byte of the body changed: the SHA-256 no longer fits
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:])
    else:  # intact entries (right SHA-256) with what this version cannot use
        entry = json.loads(data.partition(b"\n")[2])
        if how == "bad_code" and "patterns" in entry:  # code the regex engine refuses
            entry["patterns"]["code"] = "eJwDAAAAAAE="  # zlib of nothing
            entry["patterns"]["rows"] = [[row[0], row[1], row[2], 0, *row[4:]] for row in entry["patterns"]["rows"]]
        elif how == "foreign_key":  # made by another version
            entry["key"][1] = "0.0.0-other"
        body = json.dumps(entry).encode()
        path.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def test_nothing_of_a_document_is_kept(school, tmp_path):
    cache = tmp_path / "cache"
    run("plan.txt", "--ruleset", "school.yaml", "--format", "json", cache=cache, cwd=school)
    run(str(PLAN), "--format", "json", cache=cache)
    kept = b"".join(p.read_bytes() for p in entries(cache))
    assert kept
    for text in ("Zwaantje", "Vredeveld", "Sem de Graaf", "De Linde", "plan.txt", "opp-compleet"):
        assert text.encode() not in kept


def test_no_cache_writes_nothing(tmp_path):
    cache = tmp_path / "cache"
    run(str(PLAN), "--format", "json", cache=cache, no_cache=True)
    run("rules", cache=cache, no_cache=True)
    assert not cache.exists()
