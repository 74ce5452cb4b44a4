"""An adviser checks a folder of cases in one call: every document once, in a stable order whatever
the number of jobs, broken files listed with a reason, a summary, and a run that can be resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_fixtures import BROKEN, SKIPPED, truncate_lines, write_folder

from oppcheck.errors import EXIT_ERROR
from oppcheck.i18n import message
from oppcheck.settings import Settings

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork")


def oppcheck(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oppcheck", *map(str, args)], capture_output=True,
                          timeout=timeout, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def jsonl_docs(data: bytes) -> list[dict]:
    lines = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert lines[0]["schema"] == "oppcheck/jsonl/1"
    return lines[1:]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("cases")
    return root, write_folder(root)


@pytest.fixture(scope="module")
def runs(folder) -> dict[int, subprocess.CompletedProcess]:
    root, _ = folder
    return {jobs: oppcheck(root, "--format", "jsonl", "--jobs", jobs) for jobs in (1, 2)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_document_once_in_folder_order(folder, runs, jobs):
    root, expected = folder
    proc = runs[jobs]
    assert proc.returncode == EXIT_ERROR, proc.stderr
    assert b"Traceback" not in proc.stderr
    paths = [d["path"] for d in jsonl_docs(proc.stdout)]
    assert paths == [str(p) for p in expected]
    assert not any(os.path.basename(p) in SKIPPED for p in paths)


def test_same_results_with_one_or_two_jobs(runs):
    assert jsonl_docs(runs[1].stdout) == jsonl_docs(runs[2].stdout)


def test_broken_files_have_a_reason_and_the_rest_is_checked(folder, runs):
    root, expected = folder
    docs = {os.path.basename(d["path"]): d for d in jsonl_docs(runs[2].stdout)}
    for name in BROKEN:
        assert docs[name]["status"] == "error"
        assert docs[name]["error"] and docs[name]["elements"] == []
    assert docs["leeg.md"]["error"] == message("error.empty")
    assert docs["bijlage"]["format"] == "pdf"  # no extension: found and read by its content
    checked = [d for name, d in docs.items() if name not in BROKEN]
    assert len(checked) == len(expected) - len(BROKEN)
    assert all(d["status"] in ("complete", "gaps") and d["elements"] for d in checked)
    assert all(len(d["sha256"]) == 64 for d in docs.values())


def test_terminal_summary_counts_and_unreadable_list(folder, runs):
    """`oppcheck MAP` prints the overview table and the summary, not every plan's report; --all does."""
    root, expected = folder
    proc = oppcheck(root, "--jobs", "2")
    out = proc.stdout.decode("utf-8")
    flat = " ".join(out.split())  # the terminal report wraps long lines
    docs = jsonl_docs(runs[2].stdout)
    readable = [d for d in docs if d["status"] != "error"]
    complete = sum(d["status"] == "complete" for d in readable)
    assert message("overview.summary_title", documents=len(expected)) in flat
    counts = {"plans": len(readable), "complete": complete, "gaps": len(readable) - complete, "unclear": 0,
              "not_opp": 0, "errors": len(BROKEN)}
    assert message("overview.summary_plans", **counts) in flat
    lacking = sum(any(e["id"] == "doelen" and e["status"] in ("missing", "incomplete") for e in d["elements"])
                  for d in readable)
    title = next(e["title"] for e in readable[0]["elements"] if e["id"] == "doelen")
    assert lacking > 0
    assert message("overview.summary_element", lacking=lacking, unclear=0, plans=len(readable), title=title) in flat
    for d in docs:
        if d["status"] == "error":
            relative = os.path.relpath(d["path"], root)
            assert message("terminal.error_line", path=relative, error=d["error"]) in flat
    assert message("terminal.title", path=docs[0]["path"]) not in out  # no full report per plan
    assert proc.stderr == b""  # no progress bar when stderr is not a terminal
    every = oppcheck(root, "--jobs", "2", "--all").stdout.decode("utf-8")
    for d in readable:
        assert message("terminal.title", path=d["path"]) in " ".join(every.split())
    assert message("overview.summary_plans", **counts) in " ".join(every.split())


def test_resume_checks_only_what_is_missing(folder, runs, tmp_path):
    root, expected = folder
    out = tmp_path / "run.jsonl"
    first = oppcheck(root, "--format", "jsonl", "--output", out, "--jobs", "2")
    assert first.returncode == EXIT_ERROR and first.stdout == b""
    full = out.read_bytes()
    assert full == runs[2].stdout
    truncate_lines(out, keep=11)  # header + 10 documents, and half a line: the run was killed
    # Mark the 10 documents that were done: if the rerun checked them again, the marks would be gone.
    lines = out.read_bytes().splitlines(keepends=True)
    marked = [lines[0]] + [_mark(line) for line in lines[1:11]]
    out.write_bytes(b"".join(marked) + lines[11])
    second = oppcheck(root, "--format", "jsonl", "--resume", out, "--output", out, "--jobs", "2")
    assert second.returncode == EXIT_ERROR, second.stderr
    docs = jsonl_docs(out.read_bytes())
    assert [d["path"] for d in docs] == [str(p) for p in expected]
    assert [d["notes"][-1:] for d in docs[:10]] == [["resume-mark"]] * 10
    assert all("resume-mark" not in d["notes"] for d in docs[10:])
    unmarked = [{**d, "notes": [n for n in d["notes"] if n != "resume-mark"]} for d in docs]
    assert unmarked == jsonl_docs(full)


def test_resume_rechecks_a_changed_file(folder, tmp_path):
    root, expected = folder
    work = tmp_path / "cases"
    work.mkdir()
    plans = [p for p in expected if p.name.startswith("plan-")][:3]
    for p in plans:
        (work / p.name).write_bytes(p.read_bytes())
    log = tmp_path / "log.jsonl"
    assert oppcheck(work, "--resume", log, "--format", "json").returncode in (0, 1)
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(lines[0] + b"".join(_mark(line) for line in lines[1:]))
    changed = work / plans[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nAangepast na het gesprek.\n", encoding="utf-8")
    proc = oppcheck(work, "--resume", log, "--format", "json")
    report = json.loads(proc.stdout)
    notes = {os.path.basename(d["path"]): d["notes"] for d in report["documents"]}
    assert "resume-mark" in notes[plans[0].name] and "resume-mark" in notes[plans[2].name]
    assert "resume-mark" not in notes[changed.name]
    assert len(log.read_bytes().splitlines()) == 1 + 3 + 1  # the new result is appended to the log


def test_resume_refuses_a_file_from_other_settings_or_not_jsonl(folder, tmp_path):
    root, expected = folder
    one = expected[1]
    log = tmp_path / "log.jsonl"
    oppcheck(one, "--resume", log)
    before = log.read_bytes()
    proc = oppcheck(one, "--resume", log, "--lang", "en")
    assert proc.returncode == EXIT_ERROR
    assert proc.stderr.decode().strip() == "oppcheck: " + message("error.resume_mismatch", "en", file=log)
    other = tmp_path / "notes.txt"
    other.write_text("my notes\n")
    proc = oppcheck(one, "--resume", other)
    assert proc.returncode == EXIT_ERROR
    assert proc.stderr.decode().strip() == "oppcheck: " + message("error.resume_invalid", file=other)
    assert log.read_bytes() == before and other.read_text() == "my notes\n"


def test_interrupted_run_keeps_what_is_done_and_leaves_no_worker(folder, tmp_path):
    root, expected = folder
    log = tmp_path / "log.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "oppcheck", str(root), "--resume", str(log), "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(log.read_bytes().splitlines() if log.exists() else []) < 4:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == EXIT_ERROR
    text = err.decode("utf-8").strip()
    assert text.startswith("oppcheck: ") and str(log) in text and "Traceback" not in text
    done = len(log.read_bytes().splitlines()) - 1
    assert 3 <= done < len(expected)
    assert _processes_running(str(log)) == []  # forked workers carry the parent's command line
    rest = oppcheck(root, "--resume", log, "--format", "jsonl")
    assert [d["path"] for d in jsonl_docs(rest.stdout)] == [str(p) for p in expected]
    assert len(log.read_bytes().splitlines()) == 1 + len(expected)


def _mark(line: bytes) -> bytes:
    """A document line with a note no checker writes: proof that the line was reused, not redone."""
    item = json.loads(line)
    item["notes"] = [*item["notes"], "resume-mark"]
    return (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")


def _processes_running(argument: str) -> list[int]:
    """Processes whose command line contains `argument`."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    if argument.encode() in fh.read().split(b"\0"):
                        found.append(int(entry))
            except OSError:
                pass
    return found


def _fake_check(path: str, ruleset, settings):
    """Stands in for the real check in a worker: hangs, is slow, or answers at once; records how many
    workers run at the same time in a folder next to the documents."""
    from oppcheck.findings import DocumentResult

    running = Path(path).parent / "running"
    mark = running / Path(path).name
    mark.touch()
    together = len(os.listdir(running))
    name = Path(path).stem
    if name == "hangt":
        mark.unlink()  # it is killed, so it cannot clean up afterwards
        time.sleep(300)
    if name == "traag":
        time.sleep(0.8)
    mark.unlink()
    return DocumentResult(path=path, status="complete", notes=[f"together:{together}"], sha256="0" * 64)


@pytest.mark.parametrize("jobs", [1, 3])
def test_a_hanging_document_costs_only_its_own_result(tmp_path, monkeypatch, jobs):
    import oppcheck.pipeline
    from oppcheck.batch import run_documents
    from oppcheck.findings import Report
    from oppcheck.ruleset import load_ruleset

    (tmp_path / "running").mkdir()
    names = ["traag", "a", "hangt", "b", "c", "d", "e"]
    inputs = []
    for name in names:
        (tmp_path / f"{name}.md").write_text("# OPP\n")
        inputs.append(str(tmp_path / f"{name}.md"))
    inputs.append(str(tmp_path / "bestaat-niet.pdf"))
    monkeypatch.setattr(oppcheck.pipeline, "check_hashed", _fake_check)
    report = Report(version="t", ruleset_name="default", ruleset_version="1")
    start = time.monotonic()
    streamed = run_documents(inputs, load_ruleset("default"), Settings(jobs=jobs, timeout=2), report,
                             fmt="terminal", output=None)
    assert not streamed
    assert time.monotonic() - start < 20
    assert [d.path for d in report.documents] == inputs  # input order, although "traag" finishes last
    by_name = {Path(d.path).stem: d for d in report.documents}
    assert by_name["hangt"].status == "error"
    assert by_name["hangt"].error == message("error.timeout", seconds=2)
    assert by_name["bestaat-niet"].error == message("error.not_found", path=inputs[-1])
    others = [d for name, d in by_name.items() if name not in ("hangt", "bestaat-niet")]
    assert all(d.status == "complete" for d in others)
    together = [int(d.notes[0].split(":")[1]) for d in others]
    assert max(together) <= jobs
    if jobs > 1:
        assert max(together) > 1  # they did run side by side


def _fake_failing_check(path: str, ruleset, settings):
    """Stands in for the real check: crashes the worker, eats memory, or answers with its process id."""
    from oppcheck.findings import DocumentResult

    name = Path(path).stem
    if name == "crasht":
        os.abort()  # as PDFium does on some bombs
    if name == "geheugen":
        return bytearray(8 * 1024**3)
    return DocumentResult(path=path, status="complete", notes=[f"pid:{os.getpid()}"], sha256="0" * 64)


def _address_space_mb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE") // 1024**2


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs /proc")
def test_workers_are_reused_and_a_crash_or_memory_bomb_costs_one_document(tmp_path, monkeypatch):
    import oppcheck.isolation.workers
    import oppcheck.pipeline
    from oppcheck.batch import run_documents
    from oppcheck.findings import Report
    from oppcheck.ruleset import load_ruleset

    names = [f"plan-{i}" for i in range(12)]
    names[3], names[8] = "crasht", "geheugen"
    inputs = []
    for name in names:
        (tmp_path / f"{name}.md").write_text("# OPP\n")
        inputs.append(str(tmp_path / f"{name}.md"))
    monkeypatch.setattr(oppcheck.pipeline, "check_hashed", _fake_failing_check)
    monkeypatch.setattr(oppcheck.isolation.workers, "RETIRE_AFTER", 4)
    settings = Settings(jobs=2, timeout=30, max_memory_mb=_address_space_mb() + 400)
    report = Report(version="t", ruleset_name="default", ruleset_version="1")
    run_documents(inputs, load_ruleset("default"), settings, report, fmt="terminal", output=None)
    by_name = {Path(d.path).stem: d for d in report.documents}
    assert [d.path for d in report.documents] == inputs
    assert by_name["crasht"].error == message("error.crashed")
    assert by_name["geheugen"].error == message("error.memory", limit=settings.max_memory_mb)
    fine = [d for name, d in by_name.items() if name not in ("crasht", "geheugen")]
    assert all(d.status == "complete" for d in fine)
    pids = [d.notes[0] for d in fine]
    assert os.getpid() not in {int(p.split(":")[1]) for p in pids}
    assert len(set(pids)) < len(fine)  # a worker checks one document after another
    assert max(pids.count(p) for p in pids) <= 4  # and retires after RETIRE_AFTER of them


def test_progress_bar_on_a_terminal(folder):
    """With stderr on a terminal: a bar with files done and the rate; stdout keeps only the data."""
    import pty

    root, expected = folder
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "oppcheck", str(root), "--format", "csv"],
                            stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "COLUMNS": "120"})
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the program closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    out = proc.communicate(timeout=60)[0]
    os.close(leader)
    text = screen.decode("utf-8", "replace")
    assert message("terminal.batch_progress") in text
    assert f"{len(expected)}/{len(expected)}" in text and message("terminal.batch_rate") in text
    assert out.startswith("\ufeffpath,".encode())
