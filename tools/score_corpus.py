"""Score oppcheck on a labelled corpus (a folder with labels.json), in one process.

    python tools/score_corpus.py corpus/dev [--wrong]

Same figures as the accuracy benchmark: accuracy, false_reassurance (truly missing or incomplete,
reported present or not_applicable), false_alarm (truly present, reported missing or incomplete),
unclear, errors. `--wrong` lists every wrong (document, element) pair.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

GAP = {"missing", "incomplete"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--wrong", action="store_true")
    args = ap.parse_args()
    from oppcheck.check import check_document
    from oppcheck.errors import OppcheckError
    from oppcheck.extract import read_document
    from oppcheck.ruleset import load_ruleset

    labels = json.loads((args.corpus / "labels.json").read_text("utf-8"))
    ruleset = load_ruleset()
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    total: collections.Counter = collections.Counter()
    wrong, errors = [], 0
    for entry in labels["docs"]:
        try:
            doc = read_document(str(args.corpus / entry["file"]))
            got = {e.id: e.status for e in check_document(doc, ruleset).elements}
        except OppcheckError:
            got, errors = {}, errors + 1
        for element, truth in entry["elements"].items():
            pred = got.get(element, "absent")
            ok = pred == truth or (pred == "unclear" and element in entry.get("accept_unclear", []))
            for c in (per[element], total):
                c["n"] += 1
                c["ok"] += ok
                c["gap"] += truth in GAP
                c["fr"] += truth in GAP and pred in ("present", "not_applicable")
                c["pos"] += truth == "present"
                c["fa"] += truth == "present" and pred in GAP
                c["unc"] += pred == "unclear"
            if not ok:
                wrong.append((entry["file"], element, truth, pred))

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    print(f"{'element':32} {'acc':>5} {'false_reass':>11} {'false_alarm':>11} {'unclear':>7}")
    for element in sorted(per):
        c = per[element]
        print(f"{element:32} {ratio(c['ok'], c['n']):5.2f} {c['fr']:5d}/{c['gap']:<5d} {c['fa']:5d}/{c['pos']:<5d}"
              f" {c['unc']:7d}")
    if args.wrong:
        for row in wrong:
            print("WRONG", *row)
    print(f"accuracy={ratio(total['ok'], total['n']):.4f} false_reassurance={ratio(total['fr'], total['gap']):.4f} "
          f"false_alarm={ratio(total['fa'], total['pos']):.4f} unclear={ratio(total['unc'], total['n']):.4f} "
          f"errors={errors} docs={len(labels['docs'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
