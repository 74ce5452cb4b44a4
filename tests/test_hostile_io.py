"""No file of the user's is ever harmed, and odd files get a sentence (issue 15, kinds 4, 5, 9).

--resume checks the whole file before it changes anything and refuses what oppcheck did not write;
--output into a pipe or a device writes into it (or refuses), never replaces it; a pipe, socket or
device given as a plan is refused without being opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hostile_fixtures import CONSENT_LINE, PLAN_LINES, valid_pdf

from oppcheck.i18n import message

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"),
                                reason="POSIX pipes and devices; workers need fork")


def oppcheck(*args, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oppcheck", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def sentence(key: str, **params) -> str:
    return "oppcheck: " + message(f"error.{key}", **params)


def plan(folder: Path, name: str = "plan.txt") -> Path:
    path = folder / name
    path.write_text("\n".join([*PLAN_LINES, CONSENT_LINE]) + "\n", encoding="utf-8")
    return path


# --- --resume ---------------------------------------------------------------------------------------

def test_resume_refuses_a_note_without_cutting_its_last_line(tmp_path):
    note = tmp_path / "notities.txt"
    note.write_bytes(b"gesprek met school\nlaatste regel zonder einde")
    proc = oppcheck(plan(tmp_path), "--resume", note)
    assert proc.returncode == 2
    assert proc.stderr.strip() == sentence("resume_invalid", file=note)
    assert note.read_bytes() == b"gesprek met school\nlaatste regel zonder einde"


def test_resume_refuses_the_plan_itself(tmp_path):
    path = plan(tmp_path)
    before = path.read_bytes()
    proc = oppcheck(path, "--resume", path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == sentence("resume_is_input", file=path)
    assert path.read_bytes() == before


def _results(tmp_path: Path) -> tuple[Path, Path, list[dict]]:
    path = plan(tmp_path)
    log = tmp_path / "log.jsonl"
    assert oppcheck(path, "--resume", log, "--format", "json").returncode == 0
    return path, log, [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def _write(log: Path, items: list[dict], tail: bytes = b"") -> bytes:
    data = b"".join(json.dumps(i, ensure_ascii=False).encode() + b"\n" for i in items) + tail
    log.write_bytes(data)
    return data


FORGERIES = {
    "missing_field": lambda d: {k: v for k, v in d.items() if k != "elements"},
    "unknown_status": lambda d: {**d, "status": "perfect"},
    "unknown_element_status": lambda d: {**d, "elements": [{**d["elements"][0], "status": "prima"},
                                                          *d["elements"][1:]]},
    "element_left_out": lambda d: {**d, "elements": d["elements"][1:]},
    "required_switched_off": lambda d: {**d, "status": "complete", "elements": [
        {**e, "required": False, "status": "missing"} if e["id"] == "instemming_ouders" else e
        for e in d["elements"]]},
    "complete_with_a_gap": lambda d: {**d, "status": "complete", "elements": [
        {**e, "status": "missing"} if e["id"] == "instemming_ouders" else e for e in d["elements"]]},
    "hash_not_a_hash": lambda d: {**d, "sha256": "abc"},
    "not_an_object": lambda d: [d],
    "error_with_elements": lambda d: {**d, "status": "error", "error": "kapot"},
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_resume_refuses_a_forged_line_and_changes_nothing(tmp_path, forgery):
    path, log, (head, doc) = _results(tmp_path)
    data = _write(log, [head, FORGERIES[forgery](doc)], tail=b'{"path": "half')
    proc = oppcheck(path, "--resume", log, "--format", "json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == sentence("resume_line_invalid", file=log, line=2)
    assert log.read_bytes() == data  # not even the half line is cut


def test_forged_complete_line_for_other_content_does_not_skip_the_check(tmp_path):
    """A 'complete' line whose hash is not the plan's is never reused: the plan is checked."""
    path, log, (head, doc) = _results(tmp_path)
    path.write_text("\n".join(PLAN_LINES) + "\n", encoding="utf-8")  # the consent line is gone now
    _write(log, [head, {**doc, "notes": ["vervalst"]}])
    proc = oppcheck(path, "--resume", log, "--format", "json")
    assert proc.returncode == 1
    result = json.loads(proc.stdout)["documents"][0]
    assert result["status"] == "gaps" and "vervalst" not in result["notes"]


def test_resume_still_cuts_a_half_written_line_of_its_own_file(tmp_path):
    path, log, (head, doc) = _results(tmp_path)
    whole = _write(log, [head])
    log.write_bytes(whole + json.dumps(doc).encode()[:40])
    assert oppcheck(path, "--resume", log, "--format", "json").returncode == 0
    lines = log.read_bytes().splitlines()
    assert lines[0] == whole.strip() and len(lines) == 2 and json.loads(lines[1])["status"] == "complete"


def test_resume_refuses_a_pipe_without_opening_it(tmp_path):
    fifo = tmp_path / "log.jsonl"
    os.mkfifo(fifo)
    proc = oppcheck(plan(tmp_path), "--resume", fifo)
    assert proc.returncode == 2
    assert proc.stderr.strip() == sentence("resume_invalid", file=fifo)


# --- --output into pipes and devices ----------------------------------------------------------------

def _reader(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as fh:
            into.append(fh.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_output_into_a_named_pipe_is_streamed(tmp_path, fmt):
    fifo = tmp_path / "uit"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = _reader(fifo, got)
    proc = oppcheck(plan(tmp_path), "--format" if fmt != "md" else "--report", fmt, "-o", fifo)
    thread.join(30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe, not a file put in its place
    assert b"instemming_ouders" in got[0] or b"Instemming" in got[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_output_into_a_pipe_nobody_reads_is_refused(tmp_path):
    fifo = tmp_path / "uit"
    os.mkfifo(fifo)
    proc = oppcheck(plan(tmp_path), "--format", "json", "-o", fifo)
    assert proc.returncode == 2
    assert proc.stderr.strip() == sentence("output_not_a_file", path=fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_output_onto_a_device_writes_into_it_and_keeps_it(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    for args in (["--format", "json"], ["--format", "jsonl"], ["--letter"]):
        out = ["-o", null] if args != ["--letter"] else [null]
        proc = oppcheck(plan(tmp_path), *args, *out)
        assert proc.returncode == 0, proc.stderr
        info = os.lstat(null)
        assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "plan.txt"]


def test_output_onto_a_socket_is_refused(tmp_path):
    path = tmp_path / "sok"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        proc = oppcheck(plan(tmp_path), "--format", "json", "-o", path)
    finally:
        server.close()
    assert proc.returncode == 2
    assert proc.stderr.strip() == sentence("output_not_a_file", path=path)


# --- plans that are pipes, sockets or devices --------------------------------------------------------

@pytest.mark.parametrize("command", [[], ["extract"]], ids=["check", "extract"])
def test_a_named_pipe_given_as_the_plan_is_refused_without_waiting(tmp_path, command):
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    proc = oppcheck(*command, fifo, "--format" if command else "-f", "json")  # would wait for ever when opened
    assert proc.returncode == 2
    reason = message("error.not_a_file", path=fifo)
    if command:
        assert proc.stderr.strip() == "oppcheck: " + reason
    else:
        assert json.loads(proc.stdout)["documents"][0]["error"] == reason


def test_a_device_given_as_the_plan_is_refused(tmp_path):
    proc = oppcheck("/dev/zero", "--format", "json")
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["documents"][0]["error"] == message("error.not_a_file", path="/dev/zero")


def test_a_pipe_in_a_folder_costs_only_its_own_line(tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.pdf").write_bytes(valid_pdf())
    os.mkfifo(folder / "pijp.pdf")
    proc = oppcheck(folder, "--format", "json")
    docs = {Path(d["path"]).name: d for d in json.loads(proc.stdout)["documents"]}
    assert docs["pijp.pdf"]["status"] == "error" and docs["goed.pdf"]["status"] != "error"
    assert hashlib.sha256((folder / "goed.pdf").read_bytes()).hexdigest() == hashlib.sha256(valid_pdf()).hexdigest()


# --- a batch and oppcheck's own reports in the folder -------------------------------------------------

def test_a_batch_skips_its_own_reports_and_says_so(tmp_path):
    folder = tmp_path / "dossiers"
    folder.mkdir()
    plan(folder, "plan.txt")
    plan(folder, "rapport.txt")  # a plan with a report's name is still a plan: content decides
    made = [("-o", "gesprek.docx"), ("-o", "gesprek.md"), ("--letter", "brief.docx"), ("--letter", "brief.txt"),
            ("-o", "uitslag.txt"), ("-o", "report-en.txt", "--lang", "en")]
    for option, name, *extra in made:
        args = [option, folder / name, *extra] + (["--format", "json"] if option == "--letter" else [])
        assert oppcheck(folder / "plan.txt", *args).returncode == 0
    (folder / "gesprek.docx").rename(folder / "gesprek-zonder-extensie")  # found by content, not by name
    letter = folder / "brief.txt"  # the parent filled in the letter: still oppcheck's own
    letter.write_text(letter.read_text(encoding="utf-8").replace("[naam kind]", "Sem").replace("[uw naam]", "An"),
                      encoding="utf-8")
    proc = oppcheck(folder, "--format", "json")
    checked = sorted(Path(d["path"]).name for d in json.loads(proc.stdout)["documents"])
    assert checked == ["plan.txt", "rapport.txt"]
    assert proc.stderr.startswith("oppcheck: 6 bestand(en)") and "gesprek.md" in proc.stderr
    assert oppcheck(folder / "gesprek.md", "--format", "json").returncode == 1  # named explicitly: checked
