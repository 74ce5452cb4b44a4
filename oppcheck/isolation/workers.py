"""Long-lived worker processes for a batch, each checking one document after another under limits.

Workers are forked from the main process after it has loaded the readers and the rule set, so they
start warm and keep their caches from one document to the next: no start-up is paid per file.
Per document, the limits of `oneshot.LimitedTask` still hold: the main process kills a worker
whose document takes longer than the timeout (on Linux the kernel kills workers whose main process
died; elsewhere their own alarm goes off a little after the timeout), and a worker's address space
is limited to `max_memory_mb`. A worker that was killed, crashed or ran out of memory costs only the
document it was on; the next document gets a fresh worker. A worker retires on its own after
`RETIRE_AFTER` documents or when its memory has grown, so that leftovers cannot pile up.

Frames on the pipes: 8 bytes little-endian length, then a pickle. To a worker: the call's arguments;
from a worker: (outcome, retiring), with the outcome tuples of `child`.
"""

from __future__ import annotations

import math
import os
import pickle
import signal
import time
from collections.abc import Callable
from typing import Any

from .child import MEMORY_PAYLOAD, die_with_parent, from_status, prctl_function, run_in_process, silence

RETIRE_AFTER = 250
_HEAD = 8


class Worker:
    """One forked worker process; the main process talks to it through two pipes."""

    def __init__(
        self, func: Callable[..., Any], *, timeout: float, max_memory_mb: int, close_in_child: tuple[int, ...] = ()
    ) -> None:
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.job: Any = None  # what the caller is waiting for, while busy
        self.deadline = 0.0
        self.retiring = False
        self._buffer = bytearray()
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        parent, prctl = os.getpid(), prctl_function()
        try:
            pid = os.fork()
        except OSError:  # out of processes or memory
            for fd in (task_read, task_write, result_read, result_write):
                _close(fd)
            raise
        if pid == 0:  # the worker: never returns
            try:
                for fd in (task_write, result_read, *close_in_child):
                    _close(fd)
                die_with_parent(parent, prctl)
                _serve(func, task_read, result_write, timeout, max_memory_mb)
            finally:
                os._exit(1)
        os.close(task_read)
        os.close(result_write)
        os.set_blocking(result_read, False)
        self.pid, self._tasks, self._results = pid, task_write, result_read

    def fileno(self) -> int:
        return self._results

    def fds(self) -> tuple[int, int]:
        return self._tasks, self._results

    def send(self, job: Any, args: tuple) -> None:
        """Start func(*args) in the worker; `job` comes back with the outcome."""
        _write_frame(self._tasks, pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL))
        self.job = job
        self.deadline = time.monotonic() + self.timeout

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def receive(self) -> tuple | None:
        """The outcome of the current job once it is complete (without blocking), else None.

        A worker that ended without answering gives the outcome its exit status points to; one that
        is past its deadline is killed and gives ("timeout",). Either way it is then closed.
        """
        ended = self._drain()
        if len(self._buffer) >= _HEAD:
            size = int.from_bytes(self._buffer[:_HEAD], "little")
            if len(self._buffer) >= _HEAD + size:
                outcome, self.retiring = pickle.loads(bytes(self._buffer[_HEAD : _HEAD + size]))
                del self._buffer[: _HEAD + size]
                return outcome
        if ended:
            status = self.close()
            signum = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
            return ("timeout",) if signum == signal.SIGALRM else from_status(status)
        if time.monotonic() >= self.deadline:
            self.close()
            return ("timeout",)
        return None

    def close(self) -> int:
        """Stop the worker (SIGKILL when it is still running) and return its exit status."""
        if not self.pid:
            return 0
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(self.pid, 0)
        _close(self._tasks)
        _close(self._results)
        self.pid = 0
        self.retiring = True
        return status

    def _drain(self) -> bool:
        """Read what the worker has written; True when it has closed its end (it has ended)."""
        while True:
            try:
                chunk = os.read(self._results, 1 << 16)
            except BlockingIOError:
                return False
            if not chunk:
                return True
            self._buffer += chunk


def _serve(func: Callable[..., Any], task_fd: int, result_fd: int, timeout: float, max_memory_mb: int) -> None:
    """The worker's loop: read arguments, run func under an alarm, answer; leave with os._exit."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process, which stops us
        silence()
        _limit_memory(max_memory_mb)
        start = _vm_kb()
        for count in range(1, RETIRE_AFTER + 1):
            args = _read_frame(task_fd)
            if args is None:  # the main process is done with us
                break
            signal.alarm(math.ceil(timeout) + 2)  # only matters when the main process is gone
            outcome = run_in_process(func, pickle.loads(args))
            signal.alarm(0)
            retiring = (
                count == RETIRE_AFTER
                or outcome[0] in ("memory", "internal")
                or _vm_kb() - start > max_memory_mb * 1024 // 4
            )
            _write_frame(result_fd, _payload(outcome, retiring))
            if retiring:
                break
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 1
    os._exit(code)


def _payload(outcome: tuple, retiring: bool) -> bytes:
    try:
        return pickle.dumps((outcome, retiring), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps((pickle.loads(MEMORY_PAYLOAD), True))
    except Exception:  # noqa: BLE001 - a value that cannot be pickled
        import traceback

        return pickle.dumps((("internal", traceback.format_exc()), True))


def _limit_memory(max_memory_mb: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    limit = max_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _vm_kb() -> int:
    """This process's address space in kB (0 where /proc does not exist)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError):
        return 0


def _read_frame(fd: int) -> bytes | None:
    head = _read_exactly(fd, _HEAD)
    if head is None:
        return None
    return _read_exactly(fd, int.from_bytes(head, "little"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(len(payload).to_bytes(_HEAD, "little") + payload)
    while view:
        view = view[os.write(fd, view) :]


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass
