"""Mutation fuzzing of the readers and the checker (not run in CI).

    python benchmarks/fuzz.py --seconds 600                  # mutate the built-in base files
    python benchmarks/fuzz.py --count 2000 corpus/*.pdf      # ... and these documents too
    python benchmarks/fuzz.py --overhead                     # cost of one limited child process

Every mutated file is read in a limited child exactly as `oppcheck` does. A finding is an outcome a
user must never see: the "internal" error (a traceback inside oppcheck), a timeout (a hang), or a
crash of the reader. Findings are saved in --out with the child's traceback, for reproduction.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_fixtures import BASES, PACKAGES, mutate  # noqa: E402

from oppcheck.errors import OppcheckError  # noqa: E402
from oppcheck.extract import ReadOptions  # noqa: E402
from oppcheck.isolation import read_isolated, run_limited  # noqa: E402

BAD_KEYS = {"internal", "timeout", "crashed"}


def seeds(extra: list[Path]) -> list[tuple[str, str, object]]:
    """(label, suffix, source): source is bytes, or (xml, pack) to mutate the XML inside a package."""
    out: list[tuple[str, str, object]] = [(k, k, build()) for k, build in BASES.items()]
    out += [(k, k.split("-")[0], pair) for k, pair in PACKAGES.items()]
    out += [(p.name, p.suffix.lstrip(".") or "bin", p.read_bytes()) for p in extra]
    return out


def check_file(path: Path, timeout: float, with_rules: bool) -> str | None:
    """None when the outcome is one a user may see; otherwise a description with the traceback."""
    try:
        read_isolated(str(path), ReadOptions(ocr=False), timeout=timeout, max_memory_mb=2048)
    except OppcheckError as exc:
        if exc.key in BAD_KEYS:
            return f"extract: {exc.key}\n{getattr(exc, 'detail', '')}"
        return None  # a clean error: the checker never sees this file
    except Exception as exc:  # escaped the isolation itself: the worst finding
        import traceback

        return f"escaped: {exc!r}\n{traceback.format_exc()}"
    if not with_rules:
        return None
    from oppcheck.pipeline import check_one
    from oppcheck.ruleset import load_ruleset
    from oppcheck.settings import Settings

    try:
        run_limited(check_one, (str(path), load_ruleset("default"), Settings(timeout=timeout, ocr=False)),
                    timeout=timeout, max_memory_mb=2048)
    except OppcheckError as exc:
        if exc.key in BAD_KEYS:
            return f"check: {exc.key}\n{getattr(exc, 'detail', '')}"
    except Exception as exc:  # escaped the isolation itself: the worst finding
        import traceback

        return f"escaped: {exc!r}\n{traceback.format_exc()}"
    return None


def signature(problem: str) -> str:
    """What makes two findings the same problem: the stage, the last oppcheck frame and the exception."""
    lines = problem.splitlines()
    frames = [ln.strip() for ln in lines if ln.strip().startswith('File "') and "/oppcheck/" in ln]
    errors = [ln for ln in lines if ln and not ln.startswith(" ") and ":" in ln and "Traceback" not in ln]
    error = errors[-1].split(":")[0] if errors else ""
    return " | ".join(filter(None, [lines[0], frames[-1] if frames else "", error]))


def fuzz(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    out = Path(args.out)
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    sources = seeds([Path(p) for p in args.files])
    if args.rules:  # load the checker now: children must run the same code as this process
        import oppcheck.check  # noqa: F401
        import oppcheck.pipeline  # noqa: F401
    deadline = time.monotonic() + args.seconds if args.seconds else float("inf")
    runs = findings = 0
    slowest = (0.0, "")
    seen: dict[str, int] = {}  # finding signature -> count
    while (not args.count or runs < args.count) and time.monotonic() < deadline:
        label, suffix, source = rng.choice(sources)
        steps = rng.randint(1, args.max_steps)
        if isinstance(source, tuple):
            xml, pack = source
            data = pack(mutate(xml, rng, steps))
        else:
            data = mutate(source, rng, steps)
        path = work / f"input.{suffix}"
        path.write_bytes(data)
        start = time.monotonic()
        problem = check_file(path, args.timeout, args.rules)
        seconds = time.monotonic() - start
        slowest = max(slowest, (seconds, label))
        runs += 1
        if problem:
            findings += 1
            key = signature(problem)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] <= 3:  # keep a few examples of each distinct problem
                saved = out / f"finding-{findings:03d}.{suffix}"
                saved.write_bytes(data)
                saved.with_suffix(saved.suffix + ".txt").write_text(f"{label}: {problem}\n", encoding="utf-8")
                print(f"[{runs}] {label}: {key} -> {saved}", flush=True)
        elif runs % 100 == 0:
            print(f"[{runs}] no findings so far; slowest {slowest[0]:.2f} s ({slowest[1]})", flush=True)
    print(f"{runs} runs, {findings} findings, slowest {slowest[0]:.2f} s ({slowest[1]})")
    for key, count in sorted(seen.items(), key=lambda kv: -kv[1]):
        print(f"{count:6}  {key}")
    return 1 if findings else 0


def _noop(x: int) -> int:
    return x


def overhead(n: int = 200) -> tuple[float, float]:
    """(CPU ms, wall ms) one run_limited call costs on top of the work, with the readers' libraries loaded.

    CPU time (parent and child together) does not depend on how busy the machine is; wall time does.
    """
    import lxml.etree  # noqa: F401
    import pypdf  # noqa: F401
    import pypdfium2  # noqa: F401

    run_limited(_noop, (0,), timeout=10, max_memory_mb=2048)
    before, start = os.times(), time.perf_counter()
    for i in range(n):
        run_limited(_noop, (i,), timeout=10, max_memory_mb=2048)
    wall, after = time.perf_counter() - start, os.times()
    cpu = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
    return cpu / n * 1000, wall / n * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="extra documents to mutate")
    parser.add_argument("--count", type=int, default=0, help="stop after this many runs (0: no limit)")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this many seconds (0: no limit)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same inputs)")
    parser.add_argument("--max-steps", type=int, default=4, help="edits per mutated file")
    parser.add_argument("--timeout", type=float, default=20, help="seconds per file before it counts as a hang")
    parser.add_argument("--rules", action="store_true", help="also run the checker on every file")
    parser.add_argument("--out", default="fuzz-out", help="folder for findings")
    parser.add_argument("--overhead", action="store_true", help="only measure the per-task fork overhead")
    args = parser.parse_args()
    if args.overhead:
        cpu, wall = overhead()
        print(f"run_limited overhead per task: {cpu:.2f} ms CPU, {wall:.2f} ms wall ({os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f})")
        return 0
    if not args.count and not args.seconds:
        args.count = 500
    return fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
