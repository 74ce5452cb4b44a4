"""How fast does oppcheck check a folder of 1,000+ documents, next to `pdftotext`? Prints figures; asserts nothing.

Usage:
    python benchmarks/bench_batch.py [--source DIR] [--count 1000] [--jobs 1,2] [--repeat 3] [--profile 25] [--no-ocr]
                                     [--stages]

The documents of DIR (default corpus/dev/docs; generated PDFs when it holds fewer than 20) are
copied round-robin into a temporary folder until there are --count of them. Long plans full of
tables: `python benchmarks/make_table_corpus.py` (36 PDFs, 647 pages, in /tmp/oppcheck-table-corpus),
then `--source /tmp/oppcheck-table-corpus --count 36 --jobs ''`. oppcheck runs as installed: bytecode
and its rule set cache in the temporary folder, filled by a warm-up run. Printed:

- `oppcheck FOLDER --format jsonl --jobs N` for every N: wall time, documents per second, CPU seconds
  used by oppcheck and its workers (less sensitive than wall time to other load on the machine),
  peak memory of one worker, the main process's memory at 10/50/90/100 % of the run (flat?);
- the PDF part alone, through oppcheck --jobs 2 --no-ocr and through `pdftotext FILE -` (one process
  per file, two at a time; it does no OCR either), --repeat times in turn, and the median ratios
  oppcheck / pdftotext;
- start-up: `oppcheck --help` against `python3 -c pass` (median of 10);
- with --stages: CPU milliseconds per PDF page by stage, in this process (no OCR): opening the page
  and its text, the invisible-text check, text lines, tables, images and strokes, placing the blocks
  (reading order, tables into blocks), and the judgment (median of 3 passes over the PDFs);
- with --profile N: where one worker's time goes (read vs check per format, and the N functions with
  the most cumulative time and N/2 with the most own time, from cProfile over the PDFs in this
  process, without OCR).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# oppcheck runs as an installed package does: with its modules' bytecode cached (here in a temporary
# folder). A shell with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SUFFIXES = (".pdf", ".docx", ".odt", ".txt", ".md")


def source_documents(source: Path, tmp: Path) -> list[Path]:
    docs = sorted(p for p in source.glob("*") if p.suffix.lower() in SUFFIXES and p.stat().st_size > 0)
    if len(docs) >= 20:
        return docs
    print(f"{source}: {len(docs)} documents; generating 40 simple PDFs instead")
    return [_simple_pdf(tmp / f"gen-{i:02d}.pdf", i) for i in range(40)]


def _simple_pdf(path: Path, seed: int) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    headings = ["Ontwikkelingsperspectiefplan", "Uitstroombestemming", "Onderbouwing", "Belemmerende factoren",
                "Bevorderende factoren", "Onderwijsbehoeften", "Doelen", "Evaluatie", "Instemming ouders"]
    c = Canvas(str(path), pagesize=A4)
    y = 800
    for i, heading in enumerate(headings):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, y, f"{i + 1}. {heading}")
        c.setFont("Helvetica", 10)
        for j in range(3 + (seed + i) % 4):
            y -= 14
            c.drawString(72, y, f"De leerling werkt aan doel {j + 1}; de school evalueert dit elke zes weken.")
        y -= 30
        if y < 120:
            c.showPage()
            y = 800
    c.save()
    return path


def replicate(docs: list[Path], folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    out = []
    for i in range(count):
        src = docs[i % len(docs)]
        dst = folder / f"{i:05d}-{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def _rss_kb(pid: int, field: str = "VmRSS:") -> int:
    """A memory figure of a process in kB from /proc (VmRSS, VmHWM = peak RSS)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _private_kb(pid: int) -> int:
    """Memory a worker has of its own (Private_Dirty): not shared with the main process it was forked from."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith("Private_Dirty:"))
    except OSError:
        return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(c) for c in fh.read().split()]
    except OSError:
        return []


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_oppcheck(folder: Path, jobs: int, out: Path, *extra: str, sample: bool = True) -> dict:
    """One oppcheck run, with the main process's and the workers' memory sampled every 10 ms unless
    not `sample` (reading /proc that often costs the run itself a few per cent on 2 cores)."""
    cmd = [sys.executable, "-m", "oppcheck", str(folder), "--format", "jsonl", "--output", str(out),
           "--jobs", str(jobs), *extra]
    cpu = _cpu_children()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=ENV)
    main_rss: list[tuple[float, int]] = []
    worker_peak = worker_private = 0
    stop = threading.Event()

    def sample_memory() -> None:
        nonlocal worker_peak, worker_private
        while not stop.is_set():
            main_rss.append((time.perf_counter() - start, _rss_kb(proc.pid)))
            for child in _children(proc.pid):
                worker_peak = max(worker_peak, _rss_kb(child, "VmHWM:"))
                worker_private = max(worker_private, _private_kb(child))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample_memory, daemon=True)
    if sample:
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    stop.set()
    if sample:
        sampler.join()
    lines = out.read_bytes().count(b"\n") - 1 if out.exists() else 0
    if err.strip():
        print("  stderr:", err.decode(errors="replace").strip()[:300])
    return {"wall": wall, "cpu": _cpu_children() - cpu, "docs": lines, "code": proc.returncode,
            "main_rss": [kb for _, kb in main_rss if kb], "worker_peak_kb": worker_peak,
            "worker_private_kb": worker_private}


def run_pdftotext(pdfs: list[Path], parallel: int = 2) -> tuple[float, float]:
    """Wall and CPU seconds of `pdftotext FILE -` for every file, `parallel` at a time."""
    def one(path: Path) -> None:
        subprocess.run(["pdftotext", str(path), "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    cpu = _cpu_children()
    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, pdfs))
    return time.perf_counter() - start, _cpu_children() - cpu


def startup() -> tuple[float, float]:
    def median_ms(cmd: list[str]) -> float:
        times = []
        for _ in range(10):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=ENV)
            times.append(time.perf_counter() - t)
        return statistics.median(times) * 1000

    return median_ms([sys.executable, "-m", "oppcheck", "--help"]), median_ms([sys.executable, "-c", "pass"])


def profile(docs: list[Path], top: int) -> None:
    """Where one worker's time goes, measured in this process (no fork, no limits)."""
    import cProfile
    import pstats
    from collections import defaultdict

    from oppcheck.check import check_document
    from oppcheck.extract import ReadOptions, read_document
    from oppcheck.pipeline import warm_up
    from oppcheck.ruleset import load_ruleset

    ruleset = load_ruleset("default")
    warm_up(ruleset)
    options = ReadOptions(ocr=False)  # OCR runs in the tesseract program, outside this profile
    split: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for doc_path in docs:
        try:
            t0 = time.perf_counter()
            doc = read_document(str(doc_path), options)
            t1 = time.perf_counter()
            check_document(doc, ruleset)
            t2 = time.perf_counter()
        except Exception:  # noqa: BLE001 - a broken file in the corpus is not what is measured here
            continue
        row = split[doc_path.suffix.lower()]
        row[0] += t1 - t0
        row[1] += t2 - t1
        row[2] += 1
    print("\nIn one process, without OCR, per document (ms): format, documents, read, check")
    for fmt, (read, check, n) in sorted(split.items()):
        print(f"  {fmt:6} {n:4d}  read {read / n * 1000:6.1f}  check {check / n * 1000:6.1f}")
    pdfs = [d for d in docs if d.suffix.lower() == ".pdf"]
    prof = cProfile.Profile()
    prof.enable()
    for doc_path in pdfs:
        try:
            check_document(read_document(str(doc_path), options), ruleset)
        except Exception:  # noqa: BLE001
            continue
    prof.disable()
    print(f"\ncProfile over {len(pdfs)} PDFs, top {top} by cumulative time:")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top // 2)


def stages(docs: list[Path]) -> None:
    """CPU time per PDF page by stage, measured in this process by wrapping the stages' functions."""
    from collections import Counter

    from oppcheck.check import check_document
    from oppcheck.extract import ReadOptions, pdf, pdf_page, pdf_tables, pdf_visibility, read_document
    from oppcheck.pipeline import warm_up
    from oppcheck.ruleset import load_ruleset

    spent: Counter = Counter()

    def timed(module, name: str, stage: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start

        setattr(module, name, wrapper)

    timed(pdf, "_scan", "page")
    timed(pdf_visibility, "visible_text", "invisible text")
    timed(pdf_page, "page_lines", "text lines")
    timed(pdf_page, "page_marks", "images, strokes")
    timed(pdf_tables, "page_tables", "tables")
    ruleset = load_ruleset("default")
    warm_up(ruleset)
    options = ReadOptions(ocr=False)
    pdfs = [d for d in docs if d.suffix.lower() == ".pdf"]
    passes = []
    for _ in range(3):
        spent.clear()
        pages = 0
        for path in pdfs:
            try:
                start = time.process_time()
                doc = read_document(str(path), options)
                read = time.process_time()
                check_document(doc, ruleset)
                spent["read"] += read - start
                spent["judgment"] += time.process_time() - read
                pages += doc.pages or 0
            except Exception:  # noqa: BLE001 - a broken file in the corpus is not what is measured here
                continue
        parts = {k: spent[k] for k in ("invisible text", "text lines", "tables", "images, strokes")}
        parts["page opening, rest"] = spent["page"] - sum(parts.values())
        parts["placing blocks"] = spent["read"] - spent["page"]
        parts["judgment"] = spent["judgment"]
        passes.append({k: v * 1000 / max(pages, 1) for k, v in parts.items()})
    print(f"\nCPU ms per PDF page by stage, in one process without OCR ({len(pdfs)} PDFs, {pages} pages; "
          "median of 3 passes):")
    for stage in passes[0]:
        print(f"  {stage:20} {statistics.median(p[stage] for p in passes):5.2f}")
    print(f"  {'total':20} {statistics.median(sum(p.values()) for p in passes):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "corpus" / "dev" / "docs")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2", help="runs over all documents ('' for none)")
    parser.add_argument("--repeat", type=int, default=3, help="PDF runs against pdftotext (median)")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--stages", action="store_true", help="CPU time per PDF page by stage, in this process")
    parser.add_argument("--no-ocr", action="store_true", help="also the runs over all documents without OCR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oppcheck-bench-") as tmpdir:
        tmp = Path(tmpdir)
        ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        ENV["XDG_CACHE_HOME"] = str(tmp / "cache")  # the rule set cache, filled by the warm-up run
        docs = source_documents(args.source, tmp)
        corpus = replicate(docs, tmp / "all", args.count)
        pdf_folder = tmp / "pdf"
        pdf_folder.mkdir()
        pdfs = []
        for path in corpus:
            if path.suffix.lower() == ".pdf":
                pdfs.append(pdf_folder / path.name)
                os.link(path, pdfs[-1])
        print(f"corpus: {len(corpus)} documents from {len(docs)} originals ({len(pdfs)} PDFs); "
              f"{os.cpu_count()} cores; python {sys.version.split()[0]}; bytecode cached as when installed")
        run_oppcheck(ROOT / "examples", 2, tmp / "warm.jsonl", sample=False)  # writes the bytecode
        for jobs in (int(j) for j in args.jobs.split(",") if j):
            extra = ("--no-ocr",) if args.no_ocr else ()
            r = run_oppcheck(tmp / "all", jobs, tmp / f"all-{jobs}.jsonl", *extra)
            _print_run(f"oppcheck --jobs {jobs} {' '.join(extra)}, all documents", r)
        if pdfs and shutil.which("pdftotext"):
            # pdftotext reads no scans: compare without OCR (scanned pages then count as unreadable).
            # Runs alternate, `--repeat` times, and the median ratio is given: other load on the
            # machine moves single runs by 10-20 %.
            walls, cpus = [], []
            for _ in range(args.repeat):
                r = run_oppcheck(pdf_folder, 2, tmp / "pdf.jsonl", "--no-ocr", sample=False)
                _print_run("oppcheck --jobs 2 --no-ocr, PDFs only", r, memory=False)
                floor, floor_cpu = run_pdftotext(pdfs)
                print(f"pdftotext, one process per file, two at a time: {floor:.2f} s = "
                      f"{len(pdfs) / floor:.1f} docs/s, CPU {floor_cpu:.1f} s")
                walls.append(r["wall"] / floor)
                cpus.append(r["cpu"] / max(floor_cpu, 1e-9))
            print(f"ratio oppcheck / pdftotext (PDFs), median of {args.repeat}: wall time "
                  f"{statistics.median(walls):.2f}, CPU time {statistics.median(cpus):.2f} "
                  f"(wall {' '.join(f'{w:.2f}' for w in walls)})")
        elif pdfs:
            print("pdftotext not installed (apt-get install poppler-utils): no native floor")
        help_ms, pass_ms = startup()
        print(f"start-up: oppcheck --help {help_ms:.0f} ms, python3 -c pass {pass_ms:.0f} ms "
              f"(+{help_ms - pass_ms:.0f} ms)")
        if args.stages:
            stages(docs)
        if args.profile:
            profile(docs, args.profile)


def _print_run(title: str, r: dict, memory: bool = True) -> None:
    rss = r["main_rss"] or [0]
    at = [rss[min(len(rss) - 1, int(len(rss) * f))] for f in (0.1, 0.5, 0.9)] + [rss[-1]]
    print(f"{title}: {r['docs']} documents in {r['wall']:.2f} s = {r['docs'] / r['wall']:.1f} docs/s, "
          f"CPU {r['cpu']:.1f} s = {r['cpu'] / max(r['docs'], 1) * 1000:.0f} ms/document (exit {r['code']})")
    if not memory:
        return
    print(f"  worker peak RSS {r['worker_peak_kb'] / 1024:.0f} MB (of which its own, not shared with the main "
          f"process: {r['worker_private_kb'] / 1024:.0f} MB, sampled)")
    print("  main process RSS at 10/50/90/100 % of the run: "
          + " / ".join(f"{kb / 1024:.0f}" for kb in at) + " MB")


if __name__ == "__main__":
    main()
