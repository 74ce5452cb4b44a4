"""Start-up cost of one command, as a parent or a pre-commit hook meets it.

    python benchmarks/bench_startup.py [--runs 15] [--plan corpus/dev/docs/002-so-swv-numbered.pdf]

Runs `python -c pass`, `oppcheck --help` and `oppcheck PLAN --format json` from the same virtualenv,
in turn (paired runs), and prints the median CPU time (user + system, of the child process and its
own children: the reading runs in a forked child) of each and the ratios to the bare interpreter.
The plan is a 3-page PDF with tables (a generated SWV model plan). Targets (issue: the engine):
--help <= 3x, one plan <= 10x. Bytecode is cached in a temporary folder, as an installed package has
it; so is the rule set cache (XDG_CACHE_HOME), filled by the warm-up run as a user's first run fills
it. The row after it is the same plan with the cache switched off (OPPCHECK_NO_CACHE=1): what every
run cost before the cache, and what a first run after an update of the rule set costs. The last row
is the report on the terminal, what a parent gets from `oppcheck plan.pdf`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_of(cmd: list[str], env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--plan", default=str(ROOT / "corpus" / "dev" / "docs" / "002-so-swv-numbered.pdf"))
    args = ap.parse_args()
    python = sys.executable
    oppcheck = [python, "-m", "oppcheck"]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache, "XDG_CACHE_HOME": os.path.join(cache, "xdg")}
        for name in ("PYTHONDONTWRITEBYTECODE", "OPPCHECK_NO_CACHE"):
            env.pop(name, None)
        plan = [*oppcheck, args.plan, "--format", "json"]
        commands = {"python -c pass": ([python, "-c", "pass"], env), "oppcheck --help": ([*oppcheck, "--help"], env),
                    "oppcheck PLAN --format json": (plan, env),
                    "  the same, cache off": (plan, {**env, "OPPCHECK_NO_CACHE": "1"}),
                    "oppcheck PLAN (report)": ([*oppcheck, args.plan], {**env, "COLUMNS": "100"})}
        for cmd, cmd_env in commands.values():  # warm the bytecode cache, the rule set cache, the OS file cache
            cpu_of(cmd, cmd_env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (cmd, cmd_env) in commands.items():
                times[name].append(cpu_of(cmd, cmd_env))
    base = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:30} {median * 1000:7.1f} ms CPU (median of {args.runs})  {median / base:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
