"""A deterministic 'wet-ink' signature scribble as PNG bytes (Pillow)."""
from __future__ import annotations

import io
import math
import random


def signature_png(seed: int, w: int = 360, h: int = 110) -> bytes:
    from PIL import Image, ImageDraw

    r = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pts = []
    x = 15.0
    amp = r.uniform(18, 34)
    freq = r.uniform(.05, .09)
    phase = r.uniform(0, 6.28)
    while x < w - 20:
        y = h / 2 + amp * math.sin(freq * x + phase) * math.cos(.021 * x) + r.uniform(-4, 4)
        pts.append((x, y))
        x += r.uniform(2, 5)
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(pts[0][0] + 10, h - 22), (pts[-1][0] - 30, h - 26)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()
