# -*- coding: utf-8 -*-
"""Shared helpers: dates, names, signature images, intermediate document model.

Intermediate representation (IR) of a document: dict with
  title, subtitle (list of str), header (str), footer (str), blocks (list)
Blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("b", text) ("small", text)
  ("bullets", [text])
  ("table", rows, {"header": bool, "widths": [..]})     cells are str
  ("checks", [(label, checked)])
  ("sig", [(label, value)])          value "" -> empty line
  ("handsig", name_for_txt)          drawn signature image (txt: "w.g. name")
  ("field", label, value)            docx: content control; value None -> Word placeholder
  ("pb",)                            page break
"""
import random, os, math
from PIL import Image, ImageDraw

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]

def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"

def dnum(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"

def dslash(d):
    y, m, dd = d
    return f"{dd}/{m}/{y}"

def after_aug_2025(d):
    return tuple(d) >= (2025, 8, 1)

BOYS = ["Daan", "Sem", "Milan", "Luuk", "Thijs", "Bram", "Jayden", "Noah", "Ravi", "Youssef",
        "Stijn", "Jesse", "Mees", "Timo", "Kees", "Finn", "Ilias", "Ruben", "Gijs", "Tobias"]
GIRLS = ["Noor", "Fenna", "Lotte", "Saar", "Isa", "Yara", "Mila", "Eva", "Sanne", "Amira",
         "Lieke", "Zoë", "Jasmijn", "Roos", "Femke", "Hiba", "Julia", "Nina", "Merel", "Anouk"]
LAST = ["de Vries", "Bakker", "Jansen", "Visser", "Smit", "Mulder", "de Boer", "Bos", "Hendriks",
        "Dekker", "van Leeuwen", "Kok", "Yilmaz", "El Amrani", "Postma", "Wijnberg", "Veldhuis",
        "van Dam", "Schouten", "Brouwer", "Koster", "Hoekstra", "Tuinman", "Reijnders", "Akkerman",
        "Oosting", "van der Mark", "Kuipers", "Doornbos", "Brinkman"]
ADULT_F = ["Marieke", "Esther", "Fatima", "Linda", "Sandra", "Ilse", "Petra", "Anke", "Naima", "Karin"]
ADULT_M = ["Erik", "Mohamed", "Jeroen", "Pieter", "Hans", "Rachid", "Martijn", "Dennis", "Wouter", "Ronald"]
PLACES = ["Lindeveen", "Molenbrugge", "Esterwolde", "Kranenhaar", "Sluisdam", "Ooievaarsdal",
          "Rietmarke", "Havelterveen", "Brakeloord", "Zandvoorde-Oost"]

SCHOOLS = {
    "po": ["CBS Het Kompas", "OBS De Wilgenhoek", "Basisschool De Regenboogvis", "KBS Sint Bavo-Rietmarke",
           "OBS De Boomgaard"],
    "sbo": ["SBO De Meerpaal", "SBO Het Veldhuis", "SBO De Brug"],
    "so": ["SO De Zeven Linden (cluster 4)", "Mytylschool De Horizonboog", "SO Het Baken"],
    "vo": ["Esterwolde College", "Het Brugge Lyceum", "Kranenhaar Scholengemeenschap", "Sluisdam College"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Molenbrugge", "Praktijkonderwijs De Stek"],
    "vso": ["VSO De Zeven Linden", "VSO Het Anker", "VSO De Horizonboog"],
}
SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Lindeveen e.o. (PO 29-11)",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Lindeveen e.o. (PO 29-11)",
    "so": "Samenwerkingsverband Passend Onderwijs Kranenhaar-Sluisdam",
    "vo": "Samenwerkingsverband VO Esterwolde-Rietmarke (VO 29-08)",
    "pro": "Samenwerkingsverband VO Esterwolde-Rietmarke (VO 29-08)",
    "vso": "Samenwerkingsverband Passend Onderwijs Kranenhaar-Sluisdam",
}


def person(rng, female=None):
    if female is None:
        female = rng.random() < 0.6
    fn = rng.choice(ADULT_F if female else ADULT_M)
    ln = rng.choice(LAST)
    return {"first": fn, "last": ln, "full": f"{fn} {ln}", "init": f"{fn[0]}. {ln}",
            "title": ("mevrouw" if female else "de heer"), "female": female}


def signature_png(path, seed, w=360, h=110):
    rng = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(img)
    pts = []
    x = 15
    y = h * 0.6
    while x < w - 20:
        x += rng.uniform(6, 18)
        y = max(12, min(h - 12, y + rng.uniform(-28, 28)))
        pts.append((x, y))
    # smooth-ish by interpolating
    sm = []
    for i in range(len(pts) - 1):
        (x1, y1), (x2, y2) = pts[i], pts[i + 1]
        for t in range(6):
            tt = t / 6
            sm.append((x1 + (x2 - x1) * tt, y1 + (y2 - y1) * (0.5 - 0.5 * math.cos(math.pi * tt))))
    dr.line(sm, fill=(20, 30, 110, 255), width=3, joint="curve")
    # underline flourish
    dr.line([(20, h - 18), (w * rng.uniform(0.5, 0.85), h - 14 - rng.uniform(0, 8))], fill=(20, 30, 110, 255), width=2)
    img.save(path)
    return path


def flatten(blocks):
    """Flatten IR blocks to plain text lines (for table cells and txt)."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "b", "small", "h1", "h2", "title"):
            out.append(b[1])
        elif k == "bullets":
            out.extend("- " + t for t in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(cs(x) for x in r))
        elif k == "checks":
            out.extend(("☒ " if c else "☐ ") + l for l, c in b[1])
        elif k == "sig":
            out.extend(f"{l}: {v if v else '______________________'}" for l, v in b[1])
        elif k == "handsig":
            out.append(f"(handtekening) w.g. {b[1]}")
        elif k == "field":
            out.append(f"{b[1]}: {b[2] if b[2] is not None else 'Klik of tik om tekst in te voeren.'}")
    return "\n".join(out)


def cs(v):
    """cell value to text: tuple ('sdt', value|None) is a Word content control"""
    if isinstance(v, tuple):
        return v[1] if v[1] is not None else "Klik of tik om tekst in te voeren."
    return v
