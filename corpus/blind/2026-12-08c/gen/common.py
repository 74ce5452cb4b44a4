# -*- coding: utf-8 -*-
import io
import math
import random
from content import ELEMENTS, build, P, dshort, dlong

DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Communicatie en taal",
           "Thuissituatie en vrije tijd", "Medisch en lichamelijk"]


def prepare(spec, c):
    """elements: eid -> (status, blocks)."""
    el = {}
    for eid in ELEMENTS:
        v = spec['v'].get(eid, 'present')
        el[eid] = build(eid, v, c)
    if spec['v'].get('afwijkingen_onderwijsprogramma') == 'nvt_applies':
        st, bl = el['ondersteuning']
        extra = P(f"Aanvullend: {c.first} volgt voor rekenen een eigen leerlijn en gaat voorlopig op woensdag en vrijdag om "
                  f"11.30 uur naar huis (aangepast rooster).")
        el['ondersteuning'] = (st, (bl or []) + [extra])
    return el


def labels(el):
    return {eid: el[eid][0] for eid in ELEMENTS}


def squiggle_png(seed, w=360, h=110):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    pts = []
    x = 15
    amp = r.uniform(18, 30)
    ph = r.uniform(0, 3)
    while x < w - 20:
        y = h / 2 + amp * math.sin(x / r.uniform(9, 14) + ph) * (0.6 + 0.4 * math.sin(x / 40))
        pts.append((x, y))
        x += 3
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(20, h * 0.78), (w * 0.7, h * 0.72)], fill=(20, 30, 110), width=2)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def domain_cells(eid, status_blocks, c):
    """Per-domain cell content for domain tables: list of 6 run-lists (or None to drop the column)."""
    st, bl = status_blocks
    if bl is None:
        return None
    if st == 'present':
        if eid == 'belemmerende_factoren':
            items = [x.replace("{g}", "E5") for x in c.bel]
            return [[(items[0], 'n')], [(items[3], 'n')], [(items[1], 'n')], [("-", 'n')], [(items[2], 'n')], [("Geen bijzonderheden.", 'n')]]
        if eid == 'bevorderende_factoren':
            return [[(c.bev[0], 'n')], [(c.bev[1], 'n')], [(c.bev[2], 'n')], [("Vertelt graag over eigen ervaringen.", 'n')],
                    [(c.bev[3], 'n')], [("Goede algemene gezondheid.", 'n')]]
        if eid == 'ondersteuningsbehoefte':
            n = c.first
            return [[(f"{n} heeft instructie in kleine stappen nodig, met een stappenkaart op tafel.", 'n')],
                    [(f"{n} heeft een dagplanning met pictogrammen en een time-timer nodig.", 'n')],
                    [(f"{n} heeft een vaste time-outplek en een vast aanspreekpunt nodig.", 'n')],
                    [(f"{n} heeft korte, enkelvoudige opdrachten nodig, mondeling én op papier.", 'n')],
                    [(f"{n} heeft wekelijks contact tussen school en ouders nodig (schriftje of app).", 'n')],
                    [(f"{n} heeft rustmomenten na de gymles nodig.", 'n')]]
    runs = [r for b in bl if b[0] == 'p' for r in b[1]]
    return [runs] + [[("", 'n')] for _ in range(5)]
