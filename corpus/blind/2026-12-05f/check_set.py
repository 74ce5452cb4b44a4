# -*- coding: utf-8 -*-
"""Self-check of the set (not oppcheck): labels.json against corpus-format.md, and for every
non-scanned document whether the text a label calls present is really there (and absent otherwise)."""
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_content import ELEMENTS, PRESENT, Ctx, CONSENT_LABEL  # noqa
import generate

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"present", "incomplete", "missing", "not_applicable"}
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
assert L["version"] == 1
errs = 0
files = set()
for d in L["docs"]:
    for key in ("file", "format", "layout", "school_type", "scanned", "elements", "accept_unclear", "notes"):
        assert key in d, (d["file"], key)
    assert os.path.isfile(os.path.join(HERE, d["file"])), d["file"]
    assert d["file"] not in files
    files.add(d["file"])
    assert d["format"] in ("pdf", "docx", "odt", "txt", "md"), d
    assert d["school_type"] in ("po", "sbo", "so", "vo", "vso", "pro", "none"), d
    assert set(d["elements"]) == set(ELEMENTS), d["file"]
    assert all(v in STATUSES for v in d["elements"].values()), d["file"]
    assert set(d["accept_unclear"]) <= set(ELEMENTS)
    assert d["file"].endswith("." + d["format"])
print("labels.json: %d documents, structure ok" % len(L["docs"]))


def text_of(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".docx"):
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", " ", x)
    if path.endswith(".odt"):
        x = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
        return re.sub(r"<[^>]+>", " ", x)
    t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    from pypdf import PdfReader
    f = PdfReader(path).get_fields() or {}
    t += " ".join(str(v.get("/V", "")) for v in f.values())
    return t


def norm(s):
    s = s.replace("&quot;", '"').replace("&amp;", "&").replace("&apos;", "'").replace("&#39;", "'")
    return re.sub(r"[\s\-]+", "", s)


for i, s in enumerate(generate.S):
    d = L["docs"][i]
    if d["scanned"]:
        continue
    c = Ctx(i, s)
    t = norm(text_of(os.path.join(HERE, d["file"])))
    for el in ELEMENTS:
        if el == "instemming_ouders":
            continue
        full = PRESENT[el](c)
        snip = norm(full.split("\n")[0][:60])
        lab = d["elements"][el]
        if lab == "present" and snip not in t:
            print("NOT FOUND", d["file"], el, full[:60]); errs += 1
        if lab in ("missing", "incomplete") and snip in t:
            print("UNEXPECTED", d["file"], el, lab); errs += 1
print("text check: %d problems" % errs)
