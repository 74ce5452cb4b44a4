"""Check labels.json: every doc has every element id, statuses valid, files exist, accept_unclear valid."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EL = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
      "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
      "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
      "informatie_rechten", "vaststelling"]
ST = {"present", "incomplete", "missing", "not_applicable"}
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
err = []
assert L["version"] == 1
files = set()
for d in L["docs"]:
    f = d["file"]
    if f in files: err.append("duplicate " + f)
    files.add(f)
    p = os.path.join(HERE, f)
    if not os.path.isfile(p) or os.path.getsize(p) < 200: err.append("file missing/empty " + f)
    if d["format"] not in ("pdf", "docx", "odt", "txt", "md"): err.append("format " + f)
    if not f.endswith("." + d["format"]): err.append("extension/format mismatch " + f)
    if d["school_type"] not in ("po", "sbo", "so", "vo", "vso", "pro", "none"): err.append("school_type " + f)
    if set(d["elements"]) != set(EL): err.append("element ids " + f + str(set(d["elements"]) ^ set(EL)))
    for e, s in d["elements"].items():
        if s not in ST: err.append(f"status {f} {e} {s}")
    for e in d.get("accept_unclear", []):
        if e not in EL: err.append(f"accept_unclear {f} {e}")
    if not isinstance(d["scanned"], bool): err.append("scanned " + f)
on_disk = {"docs/" + x for x in os.listdir(os.path.join(HERE, "docs"))}
if on_disk != files: err.append("docs/ and labels differ: " + str(on_disk ^ files))
print(len(L["docs"]), "docs;", "OK" if not err else "\n".join(err))
sys.exit(1 if err else 0)
