"""LimitedTask / run_limited: every way a reader can fail becomes one ReadError, and no child is left."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import textwrap
import time

import pytest

from oppcheck.errors import OppcheckError, ReadError, RuleSetError
from oppcheck.isolation import LimitedTask, RemoteTraceback, read_isolated, run_limited

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="limits need fork")


def _double(x):
    return 2 * x


def _big(n):
    return b"x" * n


def _spin():
    while True:
        pass


def _sleep(seconds):
    time.sleep(seconds)
    return seconds


def _eat_memory():
    return bytearray(4 * 1024**3)


def _abort():
    os.abort()


def _recurse():
    def down(n):
        return down(n + 1)

    return down(0)


def _raise_read_error():
    raise ReadError("too_large", size=120.5, limit=100)


def _raise_rule_error():
    raise RuleSetError("no_documents", path="x")


def _bug():
    return {}["ontbreekt"]


def _exit():
    sys.exit(3)


def _print_and_return():
    print("geheim uit het document")
    print("waarschuwing", file=sys.stderr)
    return "ok"


def _register_atexit(path):
    import atexit

    atexit.register(lambda: open(path, "w").close())
    return "ok"


def _no_children() -> bool:
    """True when this process has no child left, running or zombie."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _error(func, *args, timeout=10.0, max_memory_mb=1024) -> OppcheckError:
    with pytest.raises(OppcheckError) as info:
        run_limited(func, args, timeout=timeout, max_memory_mb=max_memory_mb)
    assert _no_children()
    return info.value


def test_returns_the_value():
    assert run_limited(_double, (21,), timeout=5, max_memory_mb=1024) == 42
    assert _no_children()


def test_large_result_does_not_deadlock():
    assert len(run_limited(_big, (30_000_000,), timeout=20, max_memory_mb=2048)) == 30_000_000


def test_read_error_travels_back_with_its_parameters():
    error = _error(_raise_read_error)
    assert type(error) is ReadError
    assert (error.key, error.params) == ("too_large", {"size": 120.5, "limit": 100})
    assert "120.5 MB" in error.sentence("nl")
    assert isinstance(error.__cause__, RemoteTraceback)


def test_other_oppcheck_errors_keep_their_class():
    assert type(_error(_raise_rule_error)) is RuleSetError


def test_endless_loop_is_stopped_at_the_timeout():
    start = time.monotonic()
    error = _error(_spin, timeout=1)
    assert (error.key, error.params) == ("timeout", {"seconds": 1})
    assert time.monotonic() - start < 5
    assert "1 seconden" in error.sentence("nl")


def test_sleeping_child_is_stopped_by_the_wall_clock():
    start = time.monotonic()
    assert _error(_sleep, 30, timeout=1).key == "timeout"
    assert time.monotonic() - start < 5


def test_memory_limit():
    error = _error(_eat_memory, max_memory_mb=512)
    assert (error.key, error.params) == ("memory", {"limit": 512})


def test_crash_by_signal():
    assert _error(_abort).key == "crashed"


def test_deep_recursion_is_too_complex():
    assert _error(_recurse).key == "too_complex"


@pytest.mark.parametrize("func", [_bug, _exit])
def test_bugs_are_internal_with_the_child_traceback_as_detail(func):
    error = _error(func)
    assert error.key == "internal"
    assert "Traceback" in error.detail and func.__name__ in error.detail
    assert error.detail in str(error.__cause__)
    assert "Traceback" not in error.sentence("nl")


def test_child_output_is_silenced(capfd):
    assert run_limited(_print_and_return, (), timeout=5, max_memory_mb=1024) == "ok"
    out, err = capfd.readouterr()
    assert "geheim" not in out and "waarschuwing" not in err


def test_child_does_not_run_atexit_handlers(tmp_path):
    marker = tmp_path / "atexit-ran"
    assert run_limited(_register_atexit, (str(marker),), timeout=5, max_memory_mb=1024) == "ok"
    assert not marker.exists()


def test_parent_buffers_are_not_written_twice(tmp_path):
    script = textwrap.dedent("""
        import sys
        from oppcheck.isolation import run_limited
        sys.stdout.write("eenmaal")  # stays in the buffer: stdout is a pipe
        print(run_limited(len, ("abc",), timeout=5, max_memory_mb=1024), end="")
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out == "eenmaal3"


def test_tasks_work_with_selectors():
    tasks = [LimitedTask(_sleep, (s,), timeout=5, max_memory_mb=1024) for s in (0.3, 0.1, 0.2)]
    order = []
    with selectors.DefaultSelector() as sel:
        for task in tasks:
            sel.register(task, selectors.EVENT_READ)
        while len(order) < len(tasks):
            for key, _ in sel.select(timeout=5):
                if key.fileobj.done():
                    sel.unregister(key.fileobj)
                    order.append(key.fileobj.result())
    assert order == [0.1, 0.2, 0.3]
    assert _no_children()


def test_kill_stops_and_reaps():
    task = LimitedTask(_spin, (), timeout=30, max_memory_mb=1024)
    assert not task.done()
    task.kill()
    assert task.done()
    with pytest.raises(ReadError):
        task.result()
    assert _no_children()


def test_forgotten_task_is_reaped():
    task = LimitedTask(_spin, (), timeout=30, max_memory_mb=1024)
    del task
    assert _no_children()


def test_in_process_fallback_without_fork(monkeypatch):
    monkeypatch.delattr(os, "fork")
    assert run_limited(_double, (4,), timeout=5, max_memory_mb=1024) == 8
    with pytest.raises(ReadError) as info:
        run_limited(_raise_read_error, (), timeout=5, max_memory_mb=1024)
    assert info.value.key == "too_large"
    with pytest.raises(ReadError) as info:
        run_limited(_bug, (), timeout=5, max_memory_mb=1024)
    assert info.value.key == "internal"


def test_read_isolated_reports_a_missing_file(tmp_path):
    from oppcheck.extract import ReadOptions

    with pytest.raises(ReadError) as info:
        read_isolated(str(tmp_path / "weg.pdf"), ReadOptions(), timeout=10)
    assert info.value.key == "not_found"


def test_overhead_per_task_is_small():
    """The fastest of 30 runs, so that a busy machine does not make the test fail."""
    import pypdf  # noqa: F401  (a parent with the heavy libraries loaded, as in real use)

    times = []
    for i in range(30):
        start = time.perf_counter()
        run_limited(_double, (i,), timeout=5, max_memory_mb=2048)
        times.append(time.perf_counter() - start)
    assert min(times) < 0.1  # about 2-8 ms on an idle 2-core machine

@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_child_ends_itself_when_its_parent_is_gone(tmp_path):
    """A parent killed with SIGKILL cannot stop its child; the kernel (Linux) or the child's alarm does."""
    script = textwrap.dedent(f"""
        import os, time
        from oppcheck.isolation import LimitedTask
        task = LimitedTask(time.sleep, (60,), timeout=1, max_memory_mb=1024)
        open({str(tmp_path / "pid")!r}, "w").write(str(task._pid))
        os.kill(os.getpid(), 9)
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    child = int((tmp_path / "pid").read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.2)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_fork_failure_is_a_sentence_not_a_traceback(monkeypatch):
    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    error = _error(_double, 1)
    assert error.key == "internal" and "Resource temporarily unavailable" in error.detail
