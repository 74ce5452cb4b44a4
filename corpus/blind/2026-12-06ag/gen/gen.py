#!/usr/bin/env python3
"""Deterministic generator for blind OPP validation set 2026-12-06ag.
Run: /work/blind45/venv/bin/python gen.py   (needs soffice and pdftoppm on PATH)
No clock is read; every random choice comes from random.Random(seed)."""
import os, sys, json, random, shutil, subprocess, datetime as dt, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from reportlab import rl_config
rl_config.invariant = 1
from profiles import ARCH, SCHOOLS, SWV, FIRST_M, FIRST_F, LAST, STAFF, PLACES
from content import FUNCS, d_num, d_long, fill
from layouts import LAYOUTS
from writers import TxtWriter, DocxWriter, OdtWriter, PdfWriter, signature_png
from specs import SPECS
import extras

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
            "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
            "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
PRESENT_V = {"present", "present_plain", "present_kv", "present_adult", "ticked", "sig_parent", "sig_meeting", "both_parents", "portal",
             "email", "recorded", "adult_self", "curator"}
NA_V = {"na", "na_tick", "na_nvt", "na_old", "na_adult"}
MISSING_V = {"missing", "avg"}
# consent recorded only as a drawn signature image next to name/date (no typed record of signing)
IMG_SIG_V = {"sig_parent", "sig_meeting", "both_parents", "adult_self", "curator"}

def status_of(v):
    if v in PRESENT_V:
        return "present"
    if v in NA_V:
        return "not_applicable"
    if v in MISSING_V:
        return "missing"
    return "incomplete"

DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "_build")


class Doc:
    def __init__(self, spec):
        self.spec = spec
        self.id = spec["id"]
        self.layout = spec["layout"]
        self.A = ARCH[spec["arch"]]
        self.st = self.A["st"]
        self.blank = spec.get("blank", False)
        rnd = random.Random(spec["seed"])
        g = self.A["gender"]
        first = spec.get("first") or rnd.choice(FIRST_M if g == "m" else FIRST_F)
        last = rnd.choice(LAST)
        opp = spec["opp"]
        sy0 = opp.year if opp.month >= 8 else opp.year - 1
        bm = rnd.randint(1, 12)
        birth = dt.date(sy0 - self.A["age"] - (1 if bm > 9 else 0), bm, rnd.randint(1, 28))
        staff = rnd.sample(STAFF, 4)
        place = rnd.choice(PLACES)
        mother_first = rnd.choice("ACEHIJKMNRSTY")
        last2 = rnd.choice([l for l in LAST if l != last])
        two_names = rnd.random() < 0.5
        P = dict(first=first, last=last, fullname=f"{first} {last}", gender=g, birth=birth, klas=self.A["klas"], niveau=self.A["niveau"],
                 school=spec.get("school") or rnd.choice(SCHOOLS["vo-havovwo" if ("havo" in self.A["niveau"] or "vwo" in self.A["niveau"]) and "vmbo" not in self.A["niveau"] else self.st]), place=place, mentor=staff[0], zoco=staff[1], teamleider=staff[2],
                 llnr=str(200000 + rnd.randint(1000, 99999)))
        P["zoco_mail"] = "zorg@" + P["school"].split()[0].lower().replace("(", "") + "-" + place.lower() + ".nl"
        mlast = last2 if two_names else last
        P["parent1"] = f"mw. {mother_first}. {mlast}"
        P["parent2"] = f"dhr. {rnd.choice('BDFGHLPW')}. {last}"
        P["parent_desc"] = f"moeder ({P['parent1']}) en vader ({P['parent2']})" if rnd.random() < 0.5 else f"moeder ({P['parent1']})"
        if spec["arch"] == "vso_arbeid_adult":
            P["parent_desc"] = f"{first} en zijn moeder ({P['parent1']})"
        P["parent_desc_brief"] = f"de ouders/verzorgers van {P['fullname']}"
        P["aanhef"] = "ouder(s)/verzorger(s)"
        P["street"] = rnd.choice(["Lindelaan", "Kerkstraat", "Molenweg", "Beukenhof", "Dijkstraat"]) + f" {rnd.randint(2, 140)}"
        P["postcode"] = f"{rnd.randint(1000, 9999)} {rnd.choice('ABCDEGHKLMNPRSTVWXZ')}{rnd.choice('ABCDEGHKLMNPRSTVWXZ')}"
        if self.blank:
            for k in ["first", "last", "fullname", "klas", "niveau", "mentor", "zoco", "teamleider", "parent1", "parent2", "llnr"]:
                P[k] = ""
            P["first"] = "de leerling"
        self.P = P
        self.swv = SWV[self.st]
        self.dept = {"vo": "vmbo" if "vmbo" in self.A["niveau"] else ("havo" if "havo" in self.A["niveau"] else "vwo"), "pro": "praktijkonderwijs", "vso": "vso"}.get(self.st, self.st)
        self.brin = f"{rnd.randint(10,99)}{rnd.choice('ABCDEFGH')}{rnd.choice('ABCDEFGH')}"
        self.zorgcode = "Z2-LWOO" if "LWOO" in self.A["niveau"] else rnd.choice(["Z3-OPP", "OPP/ext. ondersteuning", "Z2-arrangement"])
        D = dict(opp=opp, oogo=opp - dt.timedelta(days=rnd.randint(5, 12)), consent=opp + dt.timedelta(days=rnd.randint(2, 9)),
                 eval1=opp + dt.timedelta(days=rnd.randint(95, 120)), eval2=opp + dt.timedelta(days=rnd.randint(230, 260)),
                 letter=opp + dt.timedelta(days=1))
        if spec.get("revised"):
            first_set = spec["revised"]
            ev = first_set + dt.timedelta(days=rnd.randint(90, 110))
            D["revisions"] = [(first_set, "OPP vastgesteld (versie 1)", "ouders, leerling, mentor, zorgcoördinator"),
                              (ev, "evaluatie: doelen 1 en 2 behaald, doel 3 deels; afspraken bijgesteld", "ouders, leerling, mentor"),
                              (opp, "OPP bijgesteld en opnieuw vastgesteld (versie 2)", "teamleider")]
            D["oogo"] = opp - dt.timedelta(days=6)
        D["eval1"] = D["eval1"]
        self.D = D
        sy = opp.year if opp.month >= 8 else opp.year - 1
        self.schooljaar = f"{sy}-{sy+1}"
        self.printdate = d_num(D["consent"] + dt.timedelta(days=rnd.randint(3, 20)))
        # states
        adult = spec["arch"] == "vso_arbeid_adult"
        st = {}
        for e in ELEMENTS:
            st[e] = "present"
        st["afwijkingen_onderwijsprogramma"] = "present" if self.A["afwijking"] else "na"
        if self.layout == "systeemexport" and not self.A["afwijking"]:
            st["afwijkingen_onderwijsprogramma"] = "na_nvt"
        if adult:
            st["inbreng_leerling"] = "na_adult"
            st["oogo"] = "present_adult"
            st["instemming_ouders"] = "adult_self"
        elif opp < CUTOFF:
            st["inbreng_leerling"] = "na_old"
        else:
            st["inbreng_leerling"] = "present"
        if spec["arch"] == "vso_dagbesteding_curatele":
            st["instemming_ouders"] = "curator"
        else:
            st["instemming_ouders"] = spec.get("consent", st["instemming_ouders"] if adult else "sig_parent")
        st.update(spec.get("ov", {}))
        self.vars = st
        self.states = {e: (status_of(v), v) for e, v in st.items()}

    def blocks(self, eid):
        status, var = self.states[eid]
        if status == "missing" or var in ("na_adult",):
            return None
        if var == "na_old" and self.spec.get("old_silent"):
            return None
        return FUNCS[eid](self, var)


def make_writer(kind, seed):
    os.makedirs(BUILD, exist_ok=True)
    if kind == "txt":
        return TxtWriter(BUILD)
    if kind in ("docx", "pdf-word"):
        return DocxWriter(BUILD, font=random.Random(seed).choice(["Calibri", "Arial", "Verdana"]), seed=seed)
    if kind == "odt":
        return OdtWriter(BUILD, seed=seed)
    if kind == "pdf":
        return PdfWriter(BUILD, seed=seed, font=random.Random(seed).choice(["DejaVu", "DejaVu"]),
                         accent=random.Random(seed).choice(["#1f4e79", "#7a1f3d", "#2e6b30", "#444444"]))
    raise ValueError(kind)


def soffice_pdf(docx_paths, outdir):
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(BUILD, "lohome"))
    for i in range(0, len(docx_paths), 12):
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir] + docx_paths[i:i + 12],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scanify(pdf_in, pdf_out, seed):
    from PIL import Image, ImageFilter
    import numpy as np
    tmp = os.path.join(BUILD, f"scan_{seed}")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", pdf_in, os.path.join(tmp, "p")], check=True)
    rnd = random.Random(seed)
    rs = np.random.RandomState(seed)
    pages = []
    for f in sorted(glob.glob(os.path.join(tmp, "p*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(rnd.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * rnd.uniform(0.9, 0.97) + rs.normal(0, 9, a.shape) + 10
        # a few specks
        for _ in range(40):
            y, x = rs.randint(0, a.shape[0] - 3), rs.randint(0, a.shape[1] - 3)
            a[y:y + 2, x:x + 2] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("RGB"))
    pages[0].save(pdf_out, "PDF", resolution=110, save_all=True, append_images=pages[1:])


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    labels = []
    to_convert = []   # (docx path in build, final pdf name, scan?)
    for i, spec in enumerate(SPECS):
        doc = Doc(spec)
        kind = spec["fmt"]
        base = spec["id"]
        seed = spec["seed"]
        if kind == "pdf-form":
            out = os.path.join(DOCS, base + ".pdf")
            extras.fillable_beknopt(doc, out, BUILD, seed)
            ext = "pdf"
        elif kind in ("scan-word", "pdf-word"):
            w = make_writer("pdf-word", seed)
            LAYOUTS[doc.layout](w, doc)
            p = os.path.join(BUILD, base + ".docx")
            w.save(p)
            to_convert.append((p, base, kind == "scan-word", seed))
            ext = "pdf"
        elif kind == "scan-pdf":
            w = make_writer("pdf", seed)
            LAYOUTS[doc.layout](w, doc)
            p = os.path.join(BUILD, base + "_src.pdf")
            w.save(p)
            scanify(p, os.path.join(DOCS, base + ".pdf"), seed)
            ext = "pdf"
        else:
            w = make_writer(kind, seed)
            LAYOUTS[doc.layout](w, doc)
            ext = {"txt": "txt", "docx": "docx", "odt": "odt", "pdf": "pdf"}[kind]
            w.save(os.path.join(DOCS, base + "." + ext))
        elements = {e: doc.states[e][0] for e in ELEMENTS}
        scanned = kind.startswith("scan")
        acc = []
        if scanned or (ext in ("pdf", "docx", "odt") and kind != "pdf-form" and doc.vars["instemming_ouders"] in IMG_SIG_V):
            acc = ["instemming_ouders"]
        labels.append(dict(file=f"docs/{base}.{ext}", format=ext, layout=doc.layout, school_type=doc.st, scanned=scanned,
                           elements=elements, accept_unclear=acc, notes=spec["note"]))
    # non-OPP documents
    for x in extras.NON_OPP:
        p, ext, kind = extras.make_non_opp(x, DOCS, BUILD)
        if kind == "pdf-word":
            to_convert.append((p, x["id"], False, x["seed"]))
        labels.append(dict(file=f"docs/{x['id']}.{ext}", format=ext, layout=x["layout"], school_type=x["school_type"], scanned=False,
                           elements={e: "missing" for e in ELEMENTS}, accept_unclear=[], notes=x["note"]))
    # convert Word documents through LibreOffice
    pdfdir = os.path.join(BUILD, "pdf")
    soffice_pdf([p for p, _, _, _ in to_convert], pdfdir)
    for p, base, scan, seed in to_convert:
        src = os.path.join(pdfdir, os.path.splitext(os.path.basename(p))[0] + ".pdf")
        if scan:
            scanify(src, os.path.join(DOCS, base + ".pdf"), seed)
        else:
            shutil.copy(src, os.path.join(DOCS, base + ".pdf"))
    labels.sort(key=lambda d: d["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD)
    normalize_all()
    write_readme(labels)
    print(len(labels), "documents")



def write_readme(labels):
    from readme_text import HEADER
    from collections import Counter
    out = [HEADER]
    out.append("| file | format | layout | school type | scan | note |")
    out.append("|---|---|---|---|---|---|")
    for d in labels:
        out.append(f"| {d['file']} | {d['format']} | {d['layout']} | {d['school_type']} | {'yes' if d['scanned'] else ''} | {d['notes']} |")
    c = Counter(d["school_type"] for d in labels)
    f = Counter(d["format"] for d in labels)
    comp = sum(1 for d in labels if d["school_type"] != "none" and all(v in ("present", "not_applicable") for v in d["elements"].values()))
    out.append("")
    out.append(f"Totals: {len(labels)} documents; complete plans (all present/not_applicable): {comp}; "
               + "school types " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) + "; formats " + ", ".join(f"{k} {v}" for k, v in sorted(f.items()))
               + f"; scans {sum(1 for d in labels if d['scanned'])}.")
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reproducibility
def normalize(path):
    """Strip clock-dependent bytes: zip entry times, PDF dates and IDs, ODF meta dates (same-length replacements)."""
    import re, zipfile, io
    if path.endswith((".docx", ".odt")):
        with zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zo:
            for info, data in items:
                if info.filename in ("meta.xml", "docProps/core.xml"):
                    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-12-06T00:00:00Z", data)
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zo.writestr(zi, data)
        open(path, "wb").write(buf.getvalue())
    elif path.endswith(".pdf"):
        b = open(path, "rb").read()
        b = re.sub(rb"D:\d{14}", b"D:20261206000000", b)
        b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-12-06T00:00:00", b)
        b = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", b)
        b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
        b = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:" + b"0" * 8 + b"-0000-0000-0000-" + b"0" * 12, b)
        open(path, "wb").write(b)


def normalize_all():
    for p in sorted(glob.glob(os.path.join(DOCS, "*"))):
        normalize(p)


if __name__ == "__main__":
    main()
