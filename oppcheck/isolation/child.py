"""What every child process that works on a document does, one-shot or long-lived: die with its
parent, keep quiet, turn the work's result or failure into an outcome tuple, and read how it ended.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from typing import Any

from ..errors import OppcheckError, ReadError

MEMORY_PAYLOAD = pickle.dumps(("memory",))  # made before any fork: a child out of memory can still send it

_PRCTL: list = []


def prctl_function() -> Callable[..., int] | None:
    """Linux prctl(), loaded once in the parent so that children need not import ctypes themselves."""
    if not _PRCTL:
        prctl = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                prctl = ctypes.CDLL(None).prctl
            except (OSError, AttributeError):
                pass
        _PRCTL.append(prctl)
    return _PRCTL[0]


def die_with_parent(parent: int, prctl: Callable[..., int] | None) -> None:
    """Have the kernel kill this child when the parent dies (SIGTERM, SIGKILL), on Linux; elsewhere the
    child's own alarm (see `_set_limits`) ends it within the timeout."""
    if prctl is not None:
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before that took effect
        os._exit(1)


def silence() -> None:
    """Send the child's output, from Python and from C libraries alike, to /dev/null."""
    import faulthandler

    faulthandler.disable()  # a crash must not dump a trace on the user's terminal
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    sys.stdout = sys.stderr = os.fdopen(devnull, "w")


def run_in_process(func: Callable[..., Any], args: tuple) -> tuple:
    """func(*args) as an outcome tuple: ("ok", value), ("error", cls, key, params, tb), ("memory",)..."""
    try:
        return ("ok", func(*args))
    except MemoryError:
        return ("memory",)
    except OppcheckError as exc:
        return ("error", type(exc), exc.key, _picklable(exc.params), traceback.format_exc())
    except RecursionError:
        return ("error", ReadError, "too_complex", {}, traceback.format_exc())
    except Exception:  # KeyboardInterrupt stays an interrupt; in a child, _child catches the rest
        return ("internal", traceback.format_exc())


def _picklable(params: dict) -> dict:
    try:
        pickle.dumps(params)
        return params
    except Exception:
        return {k: str(v) for k, v in params.items()}


def from_status(status: int) -> tuple:
    """The outcome of a child that sent nothing usable, from how it ended."""
    signum = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    if signum in (signal.SIGXCPU, signal.SIGALRM):
        return ("timeout",)  # used up its CPU time, or its own wall-clock alarm went off
    if signum == signal.SIGKILL:
        return ("memory",)  # not sent by us: most likely the kernel's out-of-memory killer
    return ("crashed",)
