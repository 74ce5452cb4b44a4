#!/usr/bin/env python3
"""Checks labels.json: every doc has every element id, statuses valid, files exist; prints per-element counts."""
import json, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
from gen import ELEMENTS
lab = json.load(open(os.path.join(HERE, "labels.json")))
ok = True
VALID = {"present", "incomplete", "missing", "not_applicable"}
cnt = {e: collections.Counter() for e in ELEMENTS}
for d in lab["docs"]:
    if not os.path.isfile(os.path.join(HERE, d["file"])):
        print("missing file", d["file"]); ok = False
    if set(d["elements"]) != set(ELEMENTS):
        print("element ids differ", d["file"]); ok = False
    for e, s in d["elements"].items():
        if s not in VALID:
            print("bad status", d["file"], e, s); ok = False
        cnt[e][s] += 1
    for e in d["accept_unclear"]:
        if e not in ELEMENTS:
            print("bad accept_unclear", d["file"], e); ok = False
    if d["format"] not in ("pdf", "docx", "odt", "txt", "md") or d["school_type"] not in ("po", "sbo", "so", "vo", "vso", "pro", "none"):
        print("bad format/type", d["file"]); ok = False
files = set(os.listdir(os.path.join(HERE, "docs")))
listed = {os.path.basename(d["file"]) for d in lab["docs"]}
if files != listed:
    print("unlisted files", files - listed); ok = False
print(len(lab["docs"]), "docs;", len({d['layout'] for d in lab['docs']}), "layout labels;",
      collections.Counter(d['format'] for d in lab['docs']), collections.Counter(d['school_type'] for d in lab['docs']))
for e in ELEMENTS:
    print(f"{e:32s}", dict(cnt[e]))
print("OK" if ok else "PROBLEMS"); sys.exit(0 if ok else 1)
