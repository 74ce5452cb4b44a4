import json
L = json.load(open("labels.json"))
rows = []
for d in L["docs"]:
    np_ = ", ".join("%s=%s" % (k, v) for k, v in d["elements"].items() if v != "present")
    if d["school_type"] == "none":
        np_ = "all missing"
    rows.append("| %s | %s | %s | %s | %s | %s |" % (d["file"][5:7], d["file"][5:], d["school_type"], d["layout"], np_ or "-", d["notes"]))
open("README.md", "w").write(open("README.head.md").read() + "\n".join(rows) + "\n")
