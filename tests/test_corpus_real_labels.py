"""The real-format corpus (corpus/real) is well-formed and in sync with its generator."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REAL = CORPUS / "real"
ELEMENTS = {
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
}
STATUSES = {"present", "incomplete", "missing", "not_applicable"}
FORMATS = {"pdf", "docx", "odt"}
SCHOOL_TYPES = {"po", "sbo", "so", "vo", "pro", "vso"}
MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "odt": b"PK\x03\x04"}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    data = json.loads((REAL / "labels.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    return data["docs"]


def test_corpus_covers_twelve_real_formats_blank_and_filled(docs):
    assert len(docs) >= 50
    layouts = Counter(d["layout"] for d in docs if "not an OPP" not in d["notes"])
    assert len(layouts) >= 12
    for layout in layouts:
        kinds = [d["notes"].startswith("blank format") for d in docs if d["layout"] == layout]
        assert any(kinds) and kinds.count(False) >= 2, layout
    assert {d["format"] for d in docs} == FORMATS
    assert SCHOOL_TYPES <= {d["school_type"] for d in docs}
    scans = [d for d in docs if d["scanned"]]
    assert len(scans) >= 3 and all(d["format"] == "pdf" for d in scans)
    assert all("instemming_ouders" in d["accept_unclear"] for d in scans)
    for el in ELEMENTS:  # every element is both present and absent somewhere, so both error kinds are measured
        seen = Counter(d["elements"][el] for d in docs)
        assert seen["present"] >= 3 and seen["missing"] + seen["incomplete"] >= 3, el


def test_contract_rules_hold(docs):
    for d in docs:
        els = d["elements"]
        for el, status in els.items():
            if status == "not_applicable":
                assert el in ("afwijkingen_onderwijsprogramma", "inbreng_leerling"), (d["file"], el)
        if "not an OPP" in d["notes"] or d["notes"].startswith("blank format"):
            assert "present" not in els.values(), d["file"]
        if "adult vso pupil" in d["notes"]:
            assert d["school_type"] == "vso" and els["inbreng_leerling"] == "not_applicable"
        if "before 1-8-2025" in d["notes"]:
            assert els["inbreng_leerling"] == "not_applicable"


def test_generator_reproduces_the_committed_docx_odt_and_labels(tmp_path):
    """Without LibreOffice the generator writes the DOCX and ODT documents: byte for byte the committed ones."""
    subprocess.run([sys.executable, str(CORPUS / "generate_real.py"), "--out", str(tmp_path), "--no-pdf"],
                   check=True, capture_output=True)
    fresh = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))["docs"]
    committed = {d["file"]: d for d in json.loads((REAL / "labels.json").read_text(encoding="utf-8"))["docs"]}
    assert fresh, "generator wrote no documents"
    for d in fresh:
        assert committed[d["file"]] == d
        assert (tmp_path / d["file"]).read_bytes() == (REAL / d["file"]).read_bytes(), d["file"]
