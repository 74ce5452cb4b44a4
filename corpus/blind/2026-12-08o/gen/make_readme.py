# -*- coding: utf-8 -*-
"""Write README.md = readme_head.md + distribution + per-document table, from labels.json (deterministic)."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ABBR = {"present": "P", "incomplete": "I", "missing": "M", "not_applicable": "NA"}
ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
         "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
         "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]


def main():
    L = json.load(open(os.path.join(CORPUS, "labels.json"), encoding="utf-8"))
    docs = L["docs"]
    out = [open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read().rstrip(), ""]
    tot = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    for d in docs:
        for e, s in d["elements"].items():
            tot[s] += 1
            per[e][s] += 1
    out += ["## Distribution", "",
            "%d documents, %d (document, element) pairs: %s." % (len(docs), sum(tot.values()),
                                                                  ", ".join("%s %d" % (k, tot[k]) for k in ["present", "incomplete", "missing", "not_applicable"])),
            "", "School types: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(d["school_type"] for d in docs).items())) + ".",
            "Formats: " + ", ".join("%s %d" % kv for kv in sorted(collections.Counter(d["format"] for d in docs).items())) +
            "; scanned %d." % sum(d["scanned"] for d in docs), "",
            "| element | present | incomplete | missing | not_applicable |", "|---|---|---|---|---|"]
    for e in ORDER:
        c = per[e]
        out.append("| `%s` | %d | %d | %d | %d |" % (e, c["present"], c["incomplete"], c["missing"], c["not_applicable"]))
    out += ["", "## Documents", "",
            "Columns in element order: uit, ond(erbouwing), bel, bev, behoefte, ondersteuning, afw, doelen, adv, oogo, "
            "INST(emming), inbr(eng), eval, rechten, vast. P present, I incomplete, M missing, NA not applicable. "
            "The full note per document is in `labels.json`.", "",
            "| file | type | format | layout | labels | accept_unclear |", "|---|---|---|---|---|---|"]
    for d in docs:
        lab = " ".join(ABBR[d["elements"][e]] for e in ORDER)
        out.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"][5:], d["school_type"], d["format"] + (" (scan)" if d["scanned"] else ""),
                                                       d["layout"], lab, ", ".join(d["accept_unclear"])))
    out += ["", "## Notes per document", ""]
    for d in docs:
        out.append("- `%s`: %s" % (d["file"][5:], d["notes"]))
    open(os.path.join(CORPUS, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
