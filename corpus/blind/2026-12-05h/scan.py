# -*- coding: utf-8 -*-
"""Turn the documents marked scan=True into image-only PDFs: 150 dpi greyscale, slight skew, noise, blur."""
import glob, os, random, subprocess, tempfile
from PIL import Image, ImageFilter
from docs_spec import DOCS_SPEC

HERE = os.path.dirname(os.path.abspath(__file__))
for d in DOCS_SPEC:
    if not d.get("scan"):
        continue
    r = random.Random(d["id"])
    src = os.path.join(HERE, "docs", d["id"] + ".pdf")
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["nice", "pdftoppm", "-r", "150", "-gray", "-png", src, os.path.join(t, "p")], check=True)
        pages = []
        for f in sorted(glob.glob(os.path.join(t, "p*.png"))):
            im = Image.open(f).convert("L")
            im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
            px = im.load()
            w, h = im.size
            for _ in range(w * h // 60):
                x, y = r.randrange(w), r.randrange(h)
                px[x, y] = r.choice((0, 90, 160, 255))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            im = im.point(lambda v: min(255, int(v * 0.93 + 14)))
            pages.append(im.convert("RGB"))
        pages[0].save(src, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=70)
    print("scanned", d["id"])
