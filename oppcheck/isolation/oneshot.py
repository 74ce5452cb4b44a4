"""Run work on untrusted documents in a forked child under memory, CPU and wall-clock limits.

A reader that loops, recurses, eats memory or crashes the interpreter (PDFium aborts on some
bombs) then costs one child process, never the program: the parent turns each way of failing
into a `ReadError` with a plain sentence. Results come back pickled over a pipe.

Where `os.fork` does not exist (Windows) the work runs in-process without limits.
"""

from __future__ import annotations

import math
import os
import pickle
import signal
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import OppcheckError, ReadError
from .child import MEMORY_PAYLOAD, die_with_parent, from_status, prctl_function, run_in_process, silence

if TYPE_CHECKING:
    from ..extract import ReadOptions
    from ..model import Document

_CHUNK = 1 << 16


class RemoteTraceback(Exception):
    """The child's traceback text, attached as `__cause__` so that --debug prints it."""

    def __str__(self) -> str:
        return "\n\n" + (self.args[0] if self.args else "")


class LimitedTask:
    """func(*args) running in a forked child with RLIMIT_AS (max_memory_mb) and RLIMIT_CPU and a
    wall-clock timeout.

    `fileno()` turns readable when the child has output or has ended; call `done()` then, which
    drains the pipe without blocking (a child with a large result blocks until it is read).
    `result()` returns func's value or raises an `OppcheckError` (see `decode`).
    With `quiet` (the default) the child's stdout and stderr go to /dev/null, so library warnings
    that may quote the document never reach the terminal.
    """

    def __init__(
        self, func: Callable[..., Any], args: tuple, *, timeout: float, max_memory_mb: int, quiet: bool = True
    ) -> None:
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.deadline = time.monotonic() + timeout
        self._chunks: list[bytes] = []
        self._outcome: tuple | None = None
        self._pid, self._fd = 0, -1
        if not hasattr(os, "fork"):
            self._outcome = run_in_process(func, args)
            return
        try:
            read_fd, write_fd = os.pipe()
        except OSError:  # out of file descriptors
            self._outcome = ("internal", traceback.format_exc())
            return
        parent, prctl = os.getpid(), prctl_function()
        try:
            pid = os.fork()
        except OSError:  # out of processes or memory
            os.close(read_fd)
            os.close(write_fd)
            self._outcome = ("internal", traceback.format_exc())
            return
        if pid == 0:  # child: never returns to the caller's code
            try:
                os.close(read_fd)
                die_with_parent(parent, prctl)
                _child(func, args, write_fd, timeout, max_memory_mb, quiet)
            finally:
                os._exit(1)
        os.close(write_fd)
        os.set_blocking(read_fd, False)
        self._pid, self._fd = pid, read_fd

    def fileno(self) -> int:
        """The pipe the child answers on (for selectors); -1 when the work ran in-process."""
        return self._fd

    def remaining(self) -> float:
        """Seconds left before the task is stopped for taking too long."""
        return max(0.0, self.deadline - time.monotonic())

    def done(self) -> bool:
        """Drain what the child has written, without blocking; True once it has finished or was stopped."""
        if self._outcome is None:
            if self._drain():
                self._finish()
            elif time.monotonic() >= self.deadline:
                self._stop(("timeout",))
        return self._outcome is not None

    def result(self) -> Any:
        """Wait for the child (at most until the deadline) and return func's value, or raise."""
        while not self.done():
            _wait_readable(self._fd, self.remaining())
        return decode(self._outcome, self)

    def kill(self) -> None:
        """Stop the child now (SIGKILL) and reap it; a later `result()` raises the timeout error."""
        if self._outcome is None:
            self._stop(("timeout",))

    def __del__(self) -> None:
        if getattr(self, "_pid", 0) and self._outcome is None:
            try:
                self._stop(("timeout",))
            except Exception:  # interpreter shutdown: os may be half gone
                pass

    def _drain(self) -> bool:
        """Read what is available; True at end of file."""
        while True:
            try:
                chunk = os.read(self._fd, _CHUNK)
            except BlockingIOError:
                return False
            if not chunk:
                return True
            self._chunks.append(chunk)

    def _finish(self) -> None:
        _, status = os.waitpid(self._pid, 0)
        self._close()
        try:
            self._outcome = pickle.loads(b"".join(self._chunks))
        except Exception:  # nothing or half a message: the child died
            self._outcome = from_status(status)
        self._chunks = []

    def _stop(self, outcome: tuple) -> None:
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self._pid, 0)
        self._close()
        self._outcome = outcome
        self._chunks = []

    def _close(self) -> None:
        os.close(self._fd)
        self._fd, self._pid = -1, 0


def run_limited(
    func: Callable[..., Any], args: tuple, *, timeout: float, max_memory_mb: int, quiet: bool = True
) -> Any:
    """Run func(*args) under limits and return its value (blocking); see `LimitedTask`."""
    task = LimitedTask(func, args, timeout=timeout, max_memory_mb=max_memory_mb, quiet=quiet)
    try:
        return task.result()
    finally:
        task.kill()


def read_isolated(path: str, options: ReadOptions, timeout: float = 60.0, max_memory_mb: int = 2048) -> Document:
    """Read `path` into a Document in a limited child, raising ReadError for anything a user must be told."""
    from ..extract import read_document

    return run_limited(read_document, (path, options), timeout=timeout, max_memory_mb=max_memory_mb)


def _child(
    func: Callable[..., Any], args: tuple, write_fd: int, timeout: float, max_memory_mb: int, quiet: bool
) -> None:
    """Body of the forked child: set limits, run, send the outcome, and leave with os._exit."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which kills us
        _set_limits(timeout, max_memory_mb)
        if quiet:
            silence()
        payload = pickle.dumps(run_in_process(func, args), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        payload = MEMORY_PAYLOAD
    except BaseException:  # SystemExit and the like, or an outcome that cannot be pickled
        try:
            payload = pickle.dumps(("internal", traceback.format_exc()))
        except BaseException:
            payload, code = b"", 1
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view) :]
    except BaseException:
        code = 1
    os._exit(code)


def _set_limits(timeout: float, max_memory_mb: int) -> None:
    import resource

    cpu = math.ceil(timeout) + 1
    _limit(resource.RLIMIT_CPU, cpu, cpu + 1)  # SIGXCPU, then SIGKILL a second later
    signal.alarm(cpu + 1)  # SIGALRM ends a child that sleeps on after its parent died
    _limit(resource.RLIMIT_CORE, 0, 0)  # a crash must not leave a core file behind
    _limit(resource.RLIMIT_AS, max_memory_mb * 1024 * 1024, None)


def _limit(kind: int, soft: int, hard: int | None) -> None:
    """Lower a resource limit, never above the hard limit already in force (None: keep it)."""
    import resource

    _, current = resource.getrlimit(kind)
    if current != resource.RLIM_INFINITY:
        soft = min(soft, current)
        hard = current if hard is None else min(hard, current)
    try:
        resource.setrlimit(kind, (soft, current if hard is None else hard))
    except (ValueError, OSError):  # a platform that does not support this limit (RLIMIT_AS on macOS)
        pass


def decode(outcome: tuple, task: LimitedTask) -> Any:
    kind = outcome[0]
    if kind == "ok":
        return outcome[1]
    if kind == "error":
        _, cls, key, params, detail = outcome
        exc: OppcheckError = cls(key, **params)
    elif kind == "internal":
        exc, detail = ReadError("internal"), outcome[1]
    elif kind == "memory":
        exc, detail = ReadError("memory", limit=task.max_memory_mb), ""
    elif kind == "timeout":
        exc, detail = ReadError("timeout", seconds=_seconds(task.timeout)), ""
    else:
        exc, detail = ReadError("crashed"), ""
    exc.detail = detail
    if detail:
        raise exc from RemoteTraceback(detail)
    raise exc


def _seconds(timeout: float) -> float | int:
    return int(timeout) if float(timeout).is_integer() else timeout


def _wait_readable(fd: int, seconds: float) -> None:
    if fd < 0:
        return
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN)
    poller.poll(max(0, int(seconds * 1000)) + 1)
