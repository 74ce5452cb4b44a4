"""Work on untrusted documents in forked children under memory, CPU and wall-clock limits.

A reader that loops, recurses, eats memory or crashes the interpreter costs one child process,
never the program. `run_limited` / `read_isolated` run one job in a fresh child (`oneshot`); a
batch keeps long-lived `Worker`s that check one document after another (`workers`); both share
what a child does (`child`): die with its parent, keep quiet, report an outcome tuple that
`decode` turns back into a value or a `ReadError` with a plain sentence.
"""

from .child import run_in_process
from .oneshot import LimitedTask, RemoteTraceback, decode, read_isolated, run_limited
from .workers import RETIRE_AFTER, Worker

__all__ = [
    "LimitedTask",
    "RETIRE_AFTER",
    "RemoteTraceback",
    "Worker",
    "decode",
    "read_isolated",
    "run_in_process",
    "run_limited",
]
