import json, os
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = json.load(open(os.path.join(R, "labels.json")))["docs"]
m = {v: k for k, v in json.load(open(os.path.join(R, "generator", "idmap.json"))).items()}
out = [open(os.path.join(R, "generator", "readme_head.md")).read()]
out.append("| file | id | type | format | scan | note |\n|---|---|---|---|---|---|")
for d in L:
    out.append("| %s | %s | %s | %s | %s | %s |" % (d["file"], m[d["file"]], d["school_type"], d["format"], "yes" if d["scanned"] else "", d["notes"].replace("|", "/")))
open(os.path.join(R, "README.md"), "w").write("\n".join(out) + "\n")
