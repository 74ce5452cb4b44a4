# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP set (round 2026-12-06o). Run: python gen.py"""
import os, sys, json, random, shutil, subprocess, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
random.seed(2612060)
from gen_layouts import *
from gen_render import *

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "docs")
TMP = os.path.join(OUT, "_tmp")
for d in (DOCS, TMP):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)

R = random.Random(20261206)
TYPES = ["po", "sbo", "so", "vo", "pro", "vso"]
LAYS = list(LAYOUTS)
POS = ["sig_full"] * 4 + ["sig_one_parent"] * 2 + ["tick_agree"] * 3 + ["cc_agree"] * 2 + ["portal_ok"] * 3 + \
      ["form_page"] * 3 + ["prose_ok"] * 2 + ["email_ok"] + ["adult_self"] * 2 + ["curator_ok"] + ["scan_signed"] * 2
NEG = ["voor_gezien"] * 2 + ["onder_protest"] * 2 + ["school_only"] * 2 + ["unticked"] * 2 + ["refused", "cc_unticked",
       "avg_only", "avg_nohd", "partial", "partial", "last_year", "last_year", "blank_line", "no_date", "portal_read",
       "portal_pending", "prose_pending", "curatele_self", "adult_parents", "perspectief_only", "scan_blank", "none"]
FMTS_CYCLE = ["pdf-word", "docx", "pdf-rl", "odt", "pdf-word", "txt", "pdf-rl", "docx", "md", "pdf-form", "pdf-word",
              "odt", "docx"]
GAPPABLE = [e for e in ELEMENTS if e != "instemming_ouders"]

specs = []


def mk_parents(rng, last, adult_kind):
    a = rng.choice(["Marieke", "Esther", "Samira", "Linda", "Yvonne", "Hatice", "Petra", "Anja"])
    b = rng.choice(["Erik", "Mohammed", "Ronald", "Dennis", "Jeroen", "Kemal", "Bart", "Hans"])
    if adult_kind == "curatele":
        return [f"mevr. {a} {last} (moeder, curator)"]
    k = rng.random()
    if k < 0.2:
        return [f"mevr. {a} {last}"]
    return [f"mevr. {a} {last}", f"dhr. {b} {last}"]


def build_specs():
    rng = R
    # 49 filled plans: consent list
    cons = POS + NEG
    rng.shuffle(cons)
    # force special consents into compatible positions afterwards
    n = len(cons)
    complete_left = 17
    pos_idx = [i for i, c in enumerate(cons) if CONSENT_STATUS[c] == "present"]
    complete = set(pos_idx[:complete_left]) if len(pos_idx) >= complete_left else set(pos_idx)
    gap_rr = 0
    scanned_once = set()
    for i, c in enumerate(cons):
        st = TYPES[i % 6]
        adult_kind = None
        if c in ("adult_self", "adult_parents"):
            st, adult_kind = "vso", "adult"
        elif c in ("curator_ok", "curatele_self"):
            st, adult_kind = "vso", "curatele"
        first, last, sex = PUPILS[i]
        p = {"first": first, "last": last, "hij": "hij" if sex == "m" else "zij",
             "zijn": "zijn" if sex == "m" else "haar"}
        post = (i % 3 != 0) or c in ("last_year",)
        if post:
            date = dt.date(2025, 9, 15) + dt.timedelta(days=rng.randint(0, 420))
        else:
            date = dt.date(2024, 9, 20) + dt.timedelta(days=rng.randint(0, 280))
        lo, hi = AGES[st]
        age = rng.randint(lo, hi) if not adult_kind else rng.randint(18, 19)
        dob = dt.date(date.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        if date - dob < dt.timedelta(days=365 * age + 200):
            dob = dob - dt.timedelta(days=200)
        p["dob"] = dshort(dob)
        sy = f"{date.year}-{date.year + 1}" if date.month >= 8 else f"{date.year - 1}-{date.year}"
        school = rng.choice(SCHOOLS[st])
        staff = rng.sample(STAFF, 5)
        fmt = FMTS_CYCLE[i % len(FMTS_CYCLE)]
        if c in ("scan_signed", "scan_blank") or (c in ("sig_full", "voor_gezien", "school_only") and c not in scanned_once):
            scanned_once.add(c)
            fmt = "scan"
        if c in ("cc_agree", "cc_unticked"):
            fmt = "docx-cc"
        elif fmt == "docx-cc":
            fmt = "docx"
        layout = LAYS[i % len(LAYS)]
        if st == "vso" and i % 2 == 0:
            layout = "deel-a-b"
        if fmt == "pdf-form" and layout in ("domeintabel",):
            layout = "beknopt-opp"
        spec = {"idx": i, "type": st, "p": p, "date": date, "post": post, "sy": sy, "school": school, "group": rng.choice(GROUP[st]),
                "place": school.split(", ")[-1], "staff": staff, "v": rng.randint(0, 5), "rng": random.Random(i * 7 + 1),
                "parents": mk_parents(rng, last, adult_kind), "consent": c, "fmt": fmt, "layout": layout,
                "adult": adult_kind == "adult", "curatele": adult_kind == "curatele",
                "swv": rng.choice(["Samenwerkingsverband Passend Onderwijs Lingebroek", "SWV De Vijf Dorpen PO",
                                   "Samenwerkingsverband VO Noorderhaven e.o.", "SWV Passend Leren Heerlo-Brakelum"])}
        el = {e: ("present", "full") for e in ELEMENTS}
        # afwijkingen: some explicit none
        if spec["v"] % 3 == 0:
            el["afwijkingen_onderwijsprogramma"] = ("not_applicable", "none")
        # inbreng
        if spec["adult"]:
            el["inbreng_leerling"] = ("not_applicable", "na_adult")
        elif not post:
            el["inbreng_leerling"] = ("not_applicable", "na_pre") if rng.random() < .5 else ("omit_na", "")
        el["instemming_ouders"] = (CONSENT_STATUS[c], c)
        notes = []
        if i not in complete:
            ngap = rng.choice([0, 1, 1, 2]) if CONSENT_STATUS[c] != "present" else rng.choice([1, 2, 2, 3])
            for _ in range(ngap):
                for _try in range(20):
                    e = GAPPABLE[gap_rr % len(GAPPABLE)]; gap_rr += 1
                    if el[e][0] in ("present", "not_applicable") and not (e == "inbreng_leerling" and el[e][0] == "not_applicable"):
                        break
                kinds = [("incomplete", "empty"), ("incomplete", "ph"), ("incomplete", "instr"), ("missing", "omit")]
                if e in ("onderbouwing", "adviezen_professionals", "ondersteuning", "belemmerende_factoren"):
                    kinds.append(("incomplete", "zie"))
                if e == "uitstroombestemming" and st == "vso":
                    kinds.append(("incomplete", "unticked"))
                if e == "ondersteuning":
                    kinds.append(("incomplete", "partial"))
                if e == "afwijkingen_onderwijsprogramma":
                    kinds.append(("incomplete", "ja_only")); kinds.append(("missing", "omit"))
                if e == "adviezen_professionals":
                    kinds += [("incomplete", "zie")] * 2
                if e == "oogo":
                    kinds.append(("incomplete", "date_blank"))
                if e == "inbreng_leerling":
                    kinds += [("incomplete", "no_influence")] * 2
                if e == "vaststelling":
                    kinds.append(("incomplete", "blank_fields"))
                if fmt == "pdf-form":
                    kinds = [k for k in kinds if k[0] != "incomplete" or k[1] in ("empty", "ph", "instr", "zie", "partial",
                                                                                    "date_blank", "blank_fields", "no_influence")]
                el[e] = rng.choice(kinds)
        spec["el"] = el
        spec["complete"] = i in complete
        specs.append(spec)
    return specs


def labels_for(spec):
    lab = {}
    for e in ELEMENTS:
        st, kind = spec["el"][e]
        if st == "omit_na":
            st = "not_applicable"
        lab[e] = st
    return lab


def render(blocks, spec, stem):
    fmt = spec["fmt"]
    if fmt in ("docx", "docx-cc"):
        f = stem + ".docx"; to_docx(blocks, os.path.join(DOCS, f), cc=(fmt == "docx-cc")); return f, "docx"
    if fmt in ("pdf-word", "odt", "scan"):
        to_docx(blocks, os.path.join(TMP, stem + ".docx"))
        return stem + {"pdf-word": ".pdf", "odt": ".odt", "scan": ".pdf"}[fmt], "odt" if fmt == "odt" else "pdf"
    if fmt == "pdf-rl":
        f = stem + ".pdf"; to_pdf(blocks, os.path.join(DOCS, f)); return f, "pdf"
    if fmt == "pdf-form":
        f = stem + ".pdf"; to_fillable(blocks, os.path.join(DOCS, f)); return f, "pdf"
    if fmt in ("txt", "md"):
        f = stem + "." + fmt; to_txt(blocks, os.path.join(DOCS, f), md=(fmt == "md")); return f, fmt
    raise ValueError(fmt)


def describe(spec):
    gaps = [f"{e}={s}/{k}" for e, (s, k) in spec["el"].items() if s in ("incomplete", "missing") and e != "instemming_ouders"]
    c = spec["consent"]
    s = (f"layout {spec['layout']}, format {spec['fmt']}; plan set {spec['date'].isoformat()} "
         f"({'after' if spec['post'] else 'before'} 1-8-2025); consent variant '{c}' -> {CONSENT_STATUS[c]}")
    if spec["adult"]:
        s += "; adult handelingsbekwaam pupil is the party (inbreng n/a)"
    if spec["curatele"]:
        s += "; adult pupil under curatele, curator is the party"
    if spec["el"]["afwijkingen_onderwijsprogramma"][0] == "not_applicable":
        s += "; explicit 'geen afwijkingen'"
    if spec["el"]["inbreng_leerling"][0] == "omit_na":
        s += "; pre-2025 plan without pupil section (n/a)"
    s += "; gaps on purpose: " + (", ".join(gaps) if gaps else "none besides consent" if CONSENT_STATUS[c] != "present" else "none (complete plan)")
    return s


def main():
    entries = []
    for spec in build_specs():
        blocks = LAYOUTS[spec["layout"]](spec)
        stem = f"opp{spec['idx']+1:02d}-{spec['type']}-{spec['layout']}"
        f, fmt = render(blocks, spec, stem)
        lab = labels_for(spec)
        e = {"file": "docs/" + f, "format": fmt, "layout": spec["layout"], "school_type": spec["type"],
             "scanned": spec["fmt"] == "scan", "elements": lab, "accept_unclear": [], "notes": describe(spec),
             "_spec": spec, "_stem": stem}
        if spec["fmt"] == "scan":
            e["accept_unclear"] = ["instemming_ouders", "vaststelling"]
        entries.append(e)
    import gen_extra
    entries += gen_extra.extra_docs(DOCS, TMP)
    # conversions via LibreOffice
    tmpdocx = sorted(x for x in os.listdir(TMP) if x.endswith(".docx"))
    want_pdf = [x for x in tmpdocx if any(en.get("_stem") == x[:-5] and en["_spec"]["fmt"] in ("pdf-word", "scan")
                                          for en in entries if "_spec" in en) or x.startswith("x-pdf-")]
    want_odt = [x for x in tmpdocx if x not in want_pdf]
    env = dict(os.environ, HOME=TMP)
    if want_pdf:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP] + [os.path.join(TMP, x) for x in want_pdf],
                       check=True, capture_output=True, env=env)
    if want_odt:
        subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", TMP] + [os.path.join(TMP, x) for x in want_odt],
                       check=True, capture_output=True, env=env)
    for en in entries:
        target = os.path.join(OUT, en["file"])
        if os.path.exists(target):
            continue
        stem = os.path.basename(en["file"]).rsplit(".", 1)[0]
        if en.get("scanned"):
            scan_pdf(os.path.join(TMP, stem + ".pdf"), target, seed=en["_spec"]["idx"] if "_spec" in en else 99,
                     sign=True, tmp=TMP)
        else:
            src = os.path.join(TMP, stem + "." + en["format"])
            if not os.path.exists(src):
                src = os.path.join(TMP, "x-pdf-" + stem + "." + en["format"])
            shutil.copy(src, target)
    for en in entries:
        en.pop("_spec", None); en.pop("_stem", None)
    json.dump({"version": 1, "docs": entries}, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
