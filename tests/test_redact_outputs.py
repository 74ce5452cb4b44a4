"""--redact in every output (issue 15, kind 7): one plan full of personal data, whose file name is the
child's name and date of birth, through every format, the meeting forms and the letters. None of
the strings in MUST_NOT_APPEAR may be in any of them. Without --redact they are there: the test can
fail."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile_fixtures import PLAN_LINES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork")

FILE_NAME = "Sem_de_Graaf_14-03-2015.txt"
_CONTACT = ("Het plan is op 15 september 2025 besproken met de moeder van Sem (Fatma Yılmaz) en de leerkracht, "
            "die vragen beantwoordt")
_FILLER = iter(["op", "dinsdag", "en", "donderdag", "na", "schooltijd", "of", "per", "brief"] * 5)
while len(_CONTACT) < 130:
    _CONTACT += " " + next(_FILLER)
_CONTACT += ". Mail: ouders.degraaf.thuis@example.com."  # the 160-character quote ends inside the address
PLAN = [
    *PLAN_LINES[:2], "Naam leerling: Sem de Graaf", "Geboortedatum: 14-03-2015",
    "Ouders: Łukasz Żelazny en Şükran Yılmaz", *PLAN_LINES[3:11], "6. Ondersteuningsbehoefte",
    "Sem heeft rust nodig; vader Şükran (BSN 123456782, Kerkstraat 12a, 1234 AB Utrecht, 06-12345678) helpt thuis.",
    *PLAN_LINES[11:16], _CONTACT, *PLAN_LINES[17:],  # the consultation section holds the contact line
    "Handtekening ouders: Łukasz Żelazny ____________ Datum: ______",
]
MUST_NOT_APPEAR = ["Sem", "Graaf", "14-03-2015", "123456782", "Kerkstraat", "1234 AB", "Łukasz", "Żelazny",
                   "Şükran", "Yılmaz", "Fatma", "06-12345678", "degraaf", "ouders.de", "Sem_de"]
FORMATS = ["terminal", "json", "jsonl", "csv", "sarif", "junit", "github", "gitlab", "md", "html", "docx"]
LETTERS = ["brief.docx", "brief.txt"]


def _text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", "", xml)  # a name split over runs still shows as one
    return data.decode("utf-8")


def outputs(tmp_path: Path, *extra: str) -> dict[str, str]:
    """Every format and letter for the plan, as text, by name."""
    plan = tmp_path / FILE_NAME
    plan.write_text("\n".join(PLAN) + "\n", encoding="utf-8")
    got = {}
    for fmt in FORMATS:
        out = tmp_path / f"uit-{fmt}.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "oppcheck", str(plan), "--format", fmt, "-o", str(out), *extra],
                              capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "200"})
        assert proc.returncode == 1, proc.stderr
        got[fmt] = _text(out) + proc.stdout + proc.stderr
    for letter in LETTERS:
        out = tmp_path / letter
        proc = subprocess.run([sys.executable, "-m", "oppcheck", str(plan), "--letter", str(out), "--format", "json",
                               *extra], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        got[letter] = _text(out)
    return got


def test_redact_leaves_no_personal_data_in_any_output(tmp_path):
    redacted = outputs(tmp_path, "--redact")
    leaks = {name: [s for s in MUST_NOT_APPEAR if s in text] for name, text in redacted.items()}
    assert {name: found for name, found in leaks.items() if found} == {}
    assert "document-001.txt" in redacted["json"] and "[naam]" in redacted["json"]


def test_without_redact_the_same_outputs_hold_the_data(tmp_path):
    plain = outputs(tmp_path)
    everything = "\n".join(plain.values())
    assert [s for s in MUST_NOT_APPEAR if s not in everything] == []
    assert FILE_NAME in plain["json"] and "Sem" in plain["brief.txt"]
