"""Check the documents of one call in worker processes, at most `--jobs` at a time, in input order.

The main process imports the readers and compiles the rule set once (`pipeline.warm_up`), then
forks long-lived workers (`isolation.Worker`) that check one document after another: every worker
starts warm and no start-up is paid per file. Each document still runs under the time and memory
limits: a document that hangs, eats memory or crashes costs only its own result and its worker,
which is replaced. The main process waits on the workers' pipes with a selector and hands results
on in input order, whatever order they finish in.

JSONL is streamed: each line is written and flushed as soon as it and all documents before it are
done. With `--resume FILE`, documents already in FILE (same path, same content) are not checked
again; their results are reused and every new result is appended to FILE as well.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from functools import partial
from itertools import chain
from typing import BinaryIO

from .errors import EXIT_ERROR, OppcheckError, ReadError
from .findings import DocumentResult, ElementResult, Report
from .ruleset import RuleSet
from .settings import Settings
from .text import safe_path


def run_documents(
    inputs: list[str],
    ruleset: RuleSet,
    settings: Settings,
    report: Report,
    *,
    fmt: str,
    output: str | None,
    slim: bool = False,
) -> bool:
    """Check `inputs`, appending each result to `report.documents` in input order.

    With `slim` (when only statuses are needed afterwards: JSONL, CSV, the exit code) the report
    keeps each document without evidence or texts, so that memory stays flat over thousands.
    Returns True when the data output (`fmt` to `output` or stdout) has been written here already
    (JSONL, streamed); the caller then leaves it out of `write_outputs`.
    """
    from .progress import progress
    from .report import jsonl

    resume = settings.resume
    same_file = bool(resume and output and _same_path(resume, output))
    if same_file and fmt != "jsonl":
        raise OppcheckError("resume_is_output", file=resume)
    if resume and any(_same_file(resume, path) for path in inputs):  # never cut or append to a plan
        raise OppcheckError("resume_is_input", file=resume)
    streamed = fmt == "jsonl"
    try:
        done = jsonl.load_resume(resume, jsonl.fingerprint(ruleset, settings), ruleset.rules) if resume else {}
        reused = _reusable(inputs, done, settings)
        todo = [(i, p) for i, p in enumerate(inputs) if i not in reused]
        with ExitStack() as stack:
            writers = []
            head = jsonl.header(report, ruleset, settings)
            if resume:
                writers.append(_LogFile(stack.enter_context(_open_log(resume)), head))
            if streamed and not same_file:
                stream = sys.stdout.buffer if not output else stack.enter_context(_open_new(output))
                writers.append(_LogFile(stream, head, every=True))
            bar = stack.enter_context(progress(len(todo), settings.lang))
            checked = stack.enter_context(closing(_checked(todo, ruleset, settings, bar)))
            shared: dict[tuple, ElementResult] = {}
            for position, (result, new) in enumerate(_in_order(reused, checked)):
                _show_path(result, inputs[position], position, settings)
                line = jsonl.document_line(result)
                for writer in writers:
                    if new or writer.every:
                        writer.write(line)
                report.documents.append(_slim(result, shared) if slim else result)
    except KeyboardInterrupt:
        raise OppcheckError(
            "interrupted_resume" if resume else "interrupted",
            file=resume,
            done=len(report.documents),
            total=len(inputs),
        ) from None
    except BrokenPipeError:  # the reader of our output went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_ERROR) from None
    if same_file:  # the log becomes the clean result: one header, all documents in input order
        from .atomic import write_atomic

        keys = [(d.path, d.sha256) for d in report.documents]
        write_atomic(
            output, jsonl.header(report, ruleset, settings) + jsonl.lines_in_order(resume, keys), inputs=inputs
        )
    return streamed


def _slim(result: DocumentResult, shared: dict[tuple, ElementResult]) -> DocumentResult:
    """`result` with only what CSV, the workbook, the summary and the exit code use; equal elements
    are shared. An element keeps its message only when it says the document is no OPP."""
    from .report.overview import is_not_opp

    keep = is_not_opp(result)
    elements = []
    for e in result.elements:
        key = (e.id, e.status, e.required, e.title, e.message if keep else "")
        elements.append(shared.setdefault(key, ElementResult(*key)))
    return DocumentResult(
        path=result.path,
        format=result.format,
        school_type=result.school_type,
        status=result.status,
        error=result.error,
        elements=elements,
        vaststelling=result.vaststelling,
        pages=result.pages,
        sha256=result.sha256,
        school=result.school,
        ocr_pages=result.ocr_pages,
        unread_pages=result.unread_pages,
    )


def _show_path(result: DocumentResult, path: str, position: int, settings: Settings) -> None:
    """Give `result` the path the outputs show (safe for every output; with --redact no file name),
    also inside its error sentence."""
    from .pipeline import shown_path

    shown = shown_path(path, position, settings)
    if result.error and settings.redact:
        result.error = result.error.replace(safe_path(path), shown)
    result.path = shown


def _reusable(
    inputs: list[str], done: dict[tuple[str, str], DocumentResult], settings: Settings
) -> dict[int, DocumentResult]:
    """Results of an earlier run for documents with the same path and the same content, by input index."""
    from .pipeline import file_hash, shown_path

    by_path = {os.path.normpath(p): (p, sha) for p, sha in done}
    reused = {}
    for index, path in enumerate(inputs):
        key = by_path.get(os.path.normpath(shown_path(path, index, settings)))  # results hold the shown path
        if key and file_hash(path) == key[1]:
            reused[index] = done[key]
    return reused


def _in_order(
    reused: dict[int, DocumentResult], finished: Iterator[tuple[int, DocumentResult]]
) -> Iterator[tuple[DocumentResult, bool]]:
    """(result, is_new) in input order, each as soon as it and all documents before it are known."""
    ready: dict[int, tuple[DocumentResult, bool]] = {i: (r, False) for i, r in reused.items()}
    following = 0
    for item in chain([None], finished):  # None: hand on reused results at the start at once
        if item is not None:
            ready[item[0]] = (item[1], True)
        while following in ready:
            yield ready.pop(following)
            following += 1


def _checked(
    todo: list[tuple[int, str]], ruleset: RuleSet, settings: Settings, bar
) -> Iterator[tuple[int, DocumentResult]]:
    """(index, result) for every document of `todo`, in the order they finish, at most `jobs` at once,
    each in a worker process under the time and memory limits (see `workers`)."""
    import selectors
    from collections import deque

    from . import pipeline
    from .isolation import run_in_process

    if not todo:
        return
    jobs = max(1, min(settings.jobs or _cores(), len(todo)))
    warm = len(todo) > 1 and hasattr(os, "fork")
    if warm:
        _warm(ruleset, partial(pipeline.warm_up, paths=[path for _, path in todo]))
    check = partial(pipeline.check_hashed, ruleset=ruleset, settings=settings)
    queue = deque(todo)
    idle: list = []
    busy: dict[int, object] = {}  # by the pipe a worker answers on
    selector = selectors.DefaultSelector()
    try:
        while queue or busy:
            while queue and len(busy) < jobs:
                index, path = queue.popleft()
                if not os.path.lexists(path):
                    bar.advance()
                    yield index, pipeline.error_result(path, ReadError("not_found", path=path), settings)
                    continue
                if not hasattr(os, "fork"):  # Windows: one after another, in this process, without limits
                    bar.advance()
                    yield index, _result(run_in_process(check, (path,)), path, settings)
                    continue
                with _interrupt_deferred():  # a Ctrl-C now must not leave a started worker unregistered
                    try:
                        worker = _start(idle, busy, check, settings, (index, path))
                    except OSError:  # no process could be started (out of processes or memory)
                        worker = None
                    if worker is not None:
                        busy[worker.fileno()] = worker
                        selector.register(worker.fileno(), selectors.EVENT_READ)
                if worker is None:
                    bar.advance()
                    yield index, _result(("crashed",), path, settings)
                    continue
            if not busy:
                continue
            ready = {key.fd for key, _ in selector.select(min(w.remaining() for w in busy.values()))}
            for fd, worker in list(busy.items()):
                if fd not in ready and worker.remaining() > 0:
                    continue
                with _interrupt_deferred():  # the worker moves from busy to idle (or is stopped) whole
                    outcome = worker.receive()
                    if outcome is None:
                        continue
                    selector.unregister(fd)
                    del busy[fd]
                    if worker.retiring:
                        worker.close()
                    else:
                        idle.append(worker)
                index, path = worker.job
                bar.advance()
                yield index, _result(outcome, path, settings)
    finally:  # Ctrl-C, a closed pipe or an error downstream: no worker outlives the run
        for worker in [*idle, *busy.values()]:
            worker.close()
        selector.close()
        if warm:
            import gc

            gc.unfreeze()


@contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold back SIGINT (Ctrl-C) until the block is done: it is raised then, when every worker that
    was started is known to the cleanup that stops them."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start(idle: list, busy: dict, check, settings: Settings, job: tuple[int, str]):
    """An idle worker, or a new one, that has been handed `job`."""
    from .isolation import Worker

    while idle:
        worker = idle.pop()
        try:
            worker.send(job, (job[1],))
            return worker
        except OSError:  # it ended while idle
            worker.close()
    fds = tuple(fd for w in [*idle, *busy.values()] for fd in w.fds())
    worker = Worker(check, timeout=settings.timeout, max_memory_mb=settings.max_memory_mb, close_in_child=fds)
    worker.send(job, (job[1],))
    return worker


def _result(outcome: tuple, path: str, settings: Settings) -> DocumentResult:
    """The worker's outcome as a result: its DocumentResult, or the error sentence."""
    from types import SimpleNamespace

    from .isolation import decode
    from .pipeline import error_result

    try:
        return decode(outcome, SimpleNamespace(timeout=settings.timeout, max_memory_mb=settings.max_memory_mb))
    except OppcheckError as exc:
        return error_result(path, exc, settings)


def _warm(ruleset: RuleSet, warm_up) -> None:
    """Load what the workers will need in this process, then keep the garbage collector away from it,
    so that forked children share those pages instead of copying them."""
    import gc

    warm_up(ruleset)
    gc.collect()
    gc.freeze()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _LogFile:
    """A JSONL destination: the header once (unless the file already has lines), then whole lines."""

    def __init__(self, stream: BinaryIO, head: bytes, every: bool = False) -> None:
        self.stream = stream
        self.every = every  # gets every document, reused ones too (stdout, --output); else only new ones
        if every or _is_empty(stream):
            self.write(head)

    def write(self, line: bytes) -> None:
        self.stream.write(line)
        self.stream.flush()


def _is_empty(stream: BinaryIO) -> bool:
    try:
        return os.fstat(stream.fileno()).st_size == 0
    except (OSError, ValueError):
        return True


def _open_log(path: str) -> BinaryIO:
    """The --resume file, opened for appending (made private when new)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError as exc:
        raise OppcheckError("cannot_write", path=path) from exc
    return os.fdopen(fd, "ab")


def _open_new(path: str) -> BinaryIO:
    """A JSONL --output file, written line by line so that a killed run keeps what it finished."""
    from .atomic import open_stream

    stream = open_stream(path)  # a pipe or device is written into; a block device is refused
    if stream is not None:
        return stream
    try:
        if os.path.exists(path):
            return open(path, "wb")  # keeps the file's permissions
        return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
    except OSError as exc:
        raise OppcheckError("cannot_write", path=path) from exc


def _same_path(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _same_file(a: str, b: str) -> bool:
    from .atomic import _same_file as same

    return same(a, b)
