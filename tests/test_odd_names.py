"""Odd file names (issue 15, kind 6): names that are not UTF-8, hold control characters, escape codes
or direction marks. A batch finishes, the good plans get their results, and no output carries the
raw bytes (invalid UTF-8, invalid XML, escape codes for the terminal)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.dom.minidom
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hostile_fixtures import PLAN_LINES

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes (Linux)")

ODD_NAMES = [b"plan-\xff\xfe.txt", b"plan-\x1b[31mrood\x1b[0m.txt", b"bel\x07\x08.txt",
             b"[bold]vet[-bold].txt", b"ret\rurn.txt", b"nieuwe\nregel.txt",
             "rtl\u202egpj.txt".encode(), b"tab\tnaam.txt"]
FORBIDDEN = ["\x1b", "\x07", "\x08", "\r", "\u202e", "\ufffd"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("namen")
    plan = ("\n".join(PLAN_LINES) + "\n").encode()  # consent left out: a gap every output reports
    for name in [b"goed.txt", *ODD_NAMES]:
        with open(os.fsencode(root) + b"/" + name, "wb") as fh:
            fh.write(plan)
    return root


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oppcheck", *map(str, args)], capture_output=True, timeout=180,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _text_of(fmt: str, data: bytes) -> str:
    """The output as text, parsed where it has a format (which must parse)."""
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            document = zf.read("word/document.xml").decode("utf-8")
        xml.dom.minidom.parseString(document)
        return document
    text = data.decode("utf-8")  # strict: every output is valid UTF-8
    if fmt in ("junit",):
        xml.dom.minidom.parseString(data)
    elif fmt in ("json", "sarif", "gitlab"):
        json.loads(text)
    elif fmt == "jsonl":
        [json.loads(line) for line in text.splitlines()]
    elif fmt == "csv":
        list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    return text


@pytest.mark.parametrize("fmt", ["terminal", "json", "jsonl", "csv", "sarif", "junit", "github", "gitlab", "md",
                                 "html", "docx"])
def test_every_output_survives_odd_names(folder, tmp_path, fmt):
    out = tmp_path / f"uit.{fmt}"
    proc = run(folder, "--format", fmt, "-o", out, "--jobs", "2")
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")[-2000:]
    assert proc.returncode == 1, proc.stderr
    text = _text_of(fmt, out.read_bytes())
    if fmt == "csv":
        text = text.replace("\r\n", "\n")  # CSV's own line ends
    for char in FORBIDDEN:
        assert char not in text, (fmt, repr(char))
    assert "\\xff\\xfe" in unquote(text).replace("\\\\", "\\")  # the bytes are shown, escaped (SARIF: in a URI)


def test_the_good_plans_get_their_results(folder):
    proc = run(folder, "--format", "json")
    docs = json.loads(proc.stdout)["documents"]
    assert len(docs) == 1 + len(ODD_NAMES)
    assert all(d["status"] == "gaps" and d["elements"] for d in docs), [(d["path"], d["error"]) for d in docs]


def test_letter_and_stderr_with_odd_names(folder, tmp_path):
    for letter in ("brief.txt", "brief.docx"):
        proc = run(folder, "--letter", tmp_path / letter, "--format", "json")
        assert proc.returncode == 1 and b"Traceback" not in proc.stderr
        _text_of("docx" if letter.endswith("docx") else "txt", (tmp_path / letter).read_bytes())
    missing = os.fsdecode(os.fsencode(folder) + b"/weg-\xff\x1b[2J.pdf")
    proc = run("extract", missing)
    assert proc.returncode == 2 and b"\x1b" not in proc.stderr and b"\\xff" in proc.stderr


def test_safe_path_keeps_ordinary_names():
    from oppcheck.text import safe_path

    assert safe_path("dossiers/Zoë de Vries – OPP.pdf") == "dossiers/Zoë de Vries – OPP.pdf"
    assert safe_path(os.fsdecode(b"a\xffb\x1b.pdf")) == "a\\xffb\\x1b.pdf"
