"""A deterministic wet-ink signature scribble as PNG bytes."""

from __future__ import annotations

import functools
import io
import math
import random


@functools.lru_cache(maxsize=32)
def scribble_png(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGB", (360, 110), "white")
    dr = ImageDraw.Draw(img)
    pts = []
    x = 15.0
    for i in range(140):
        x += rng.uniform(1.2, 2.6)
        y = 60 + 28 * math.sin(i / rng.uniform(2.5, 4.0)) + rng.uniform(-6, 6)
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(30, 85), (320, 70)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
