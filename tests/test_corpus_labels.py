"""The labelled corpora are well-formed; the development corpus (corpus/dev) is in sync with its generator."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DEV = CORPUS / "dev"
ELEMENTS = {
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
}
STATUSES = {"present", "incomplete", "missing", "not_applicable"}
FORMATS = {"pdf", "docx", "odt", "txt", "md"}
SCHOOL_TYPES = {"po", "sbo", "so", "vo", "pro", "vso"}
MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "odt": b"PK\x03\x04"}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    data = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    return data["docs"]


# Every labelled corpus: the development corpora, the real formats and the blind rounds.
LABELLED = [CORPUS / "dev", CORPUS / "alt", CORPUS / "real", *sorted((CORPUS / "blind").glob("*/"))]


@pytest.mark.parametrize("corpus", LABELLED, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_doc_labels_every_element_with_a_valid_status(corpus):
    for d in json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["docs"]:
        assert set(d["elements"]) == ELEMENTS, d["file"]
        assert set(d["elements"].values()) <= STATUSES, d["file"]
        assert set(d.get("accept_unclear", [])) <= ELEMENTS, d["file"]
        assert isinstance(d["scanned"], bool)


@pytest.mark.parametrize("corpus", LABELLED, ids=lambda p: str(p.relative_to(CORPUS)))
def test_files_exist_and_match_their_format(corpus):
    docs = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["docs"]
    names = [d["file"] for d in docs]
    assert len(names) == len(set(names)), "duplicate file names"
    for d in docs:
        path = corpus / d["file"]
        assert path.is_file(), d["file"]
        assert d["format"] in FORMATS and path.suffix == "." + d["format"], d["file"]
        head = path.read_bytes()[:5]
        if d["format"] in MAGIC:
            assert head.startswith(MAGIC[d["format"]][: len(head)]), d["file"]
        else:
            path.read_text(encoding="utf-8")


def test_corpus_is_varied(docs):
    assert len(docs) >= 60
    assert any(d["scanned"] for d in docs) and any("instemming_ouders" in d["accept_unclear"] for d in docs)
    assert len({d["layout"] for d in docs}) >= 6
    assert {d["format"] for d in docs} == FORMATS
    assert SCHOOL_TYPES <= {d["school_type"] for d in docs}
    assert {d["school_type"] for d in docs} <= SCHOOL_TYPES | {"none"}
    for el in ELEMENTS:  # every element is both present and absent somewhere, so both error kinds are measured
        seen = Counter(d["elements"][el] for d in docs)
        assert seen["present"] >= 5 and seen["missing"] + seen["incomplete"] >= 5, el


def test_contract_rules_hold(docs):
    for d in docs:
        els = d["elements"]
        for el, status in els.items():
            if status == "not_applicable":
                assert el in ("afwijkingen_onderwijsprogramma", "inbreng_leerling"), (d["file"], el)
        if "not an OPP" in d["notes"]:
            assert set(els.values()) == {"missing"}
        if "adult vso pupil" in d["notes"]:
            assert d["school_type"] == "vso" and els["inbreng_leerling"] == "not_applicable"
        if "before 1-8-2025" in d["notes"]:
            assert els["inbreng_leerling"] == "not_applicable"
        if d["scanned"]:
            assert d["format"] == "pdf"


def test_generator_reproduces_the_committed_labels(tmp_path):
    subprocess.run([sys.executable, str(CORPUS / "generate.py"), "--out", str(tmp_path), "--formats", "txt,md"],
                   check=True, capture_output=True)
    fresh = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))["docs"]
    committed = {d["file"]: d for d in json.loads((DEV / "labels.json").read_text(encoding="utf-8"))["docs"]}
    assert fresh, "generator wrote no text documents"
    for d in fresh:
        assert committed[d["file"]] == d
        assert (tmp_path / d["file"]).read_bytes() == (DEV / d["file"]).read_bytes()
