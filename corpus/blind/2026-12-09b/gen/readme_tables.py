"""Refresh the generated parts of README.md (distribution and document table) from labels.json."""
import json, collections, os, re
R=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d=json.load(open(os.path.join(R,"labels.json")))["docs"]
tot=collections.Counter(); per=collections.defaultdict(collections.Counter)
for r in d:
    for e,v in r["elements"].items(): tot[v]+=1; per[e][v]+=1
K=["present","incomplete","missing","not_applicable"]
dist=f"Totals over {len(d)} × 15 pairs: "+", ".join(f"{k} {tot[k]}" for k in K)+"\n\n| element | present | incomplete | missing | not_applicable |\n|---|---|---|---|---|\n"+"\n".join(f"| {e} | "+" | ".join(str(c[k]) for k in K)+" |" for e,c in per.items())+"\n"
docs="| file | type | layout | format | notes |\n|---|---|---|---|---|\n"+"\n".join(f"| {r['file']} | {r['school_type']} | {r['layout']} | {r['format']}{' (scan)' if r['scanned'] else ''} | {r['notes']} |" for r in d)+"\n"
s=open(os.path.join(R,"README.md")).read()
s=re.sub(r"(## Label distribution\n).*?(\n## Judgement)",lambda m:m.group(1)+dist+m.group(2),s,flags=re.S)
s=re.sub(r"(## Documents\n).*\Z",lambda m:m.group(1)+docs,s,flags=re.S)
open(os.path.join(R,"README.md"),"w").write(s)
