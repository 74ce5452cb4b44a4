"""Case model for the alternative corpus: a fictional pupil, school and one variant per element.

Labels are derived from the case (never from the rendered text). `variants[el]` holds the
status plus, where it matters, a sub-variant (e.g. the kind of consent problem).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

ELEMENTS = [
    "uitstroombestemming",
    "onderbouwing",
    "belemmerende_factoren",
    "bevorderende_factoren",
    "ondersteuningsbehoefte",
    "ondersteuning",
    "afwijkingen_onderwijsprogramma",
    "doelen",
    "adviezen_professionals",
    "oogo",
    "instemming_ouders",
    "inbreng_leerling",
    "evaluatie",
    "informatie_rechten",
    "vaststelling",
]
HOORRECHT_START = dt.date(2025, 8, 1)

FIRST = {
    "m": [
        "Daan",
        "Sem",
        "Mees",
        "Yusuf",
        "Bram",
        "Milan",
        "Rayan",
        "Thijs",
        "Luuk",
        "Ilias",
        "Jesse",
        "Ruben",
        "Sven",
        "Kick",
        "Senna",
        "Mohammed",
        "Joël",
        "Stijn",
    ],
    "v": [
        "Noor",
        "Lotte",
        "Fenna",
        "Aylin",
        "Jasmijn",
        "Sanne",
        "Ilse",
        "Zoë",
        "Joëlle",
        "Fleur",
        "Tess",
        "Mila",
        "Nova",
        "Dewi",
        "Lina",
        "Anouk",
        "Maëlle",
        "Sara",
    ],
}
LAST = [
    "de Vries",
    "Bakker",
    "Jansen",
    "Visser",
    "Smit",
    "Meijer",
    "El Amrani",
    "Yılmaz",
    "van Dijk",
    "Mulder",
    "de Boer",
    "Koster",
    "Huisman",
    "Postma",
    "Hoekstra",
    "Brouwer",
    "van der Linden",
    "Kuipers",
    "Verhoeven",
    "Bos",
    "Dekker",
    "Wijnands",
    "Oosterhuis",
]
STAFF = [
    "J. Smit",
    "M. de Graaf",
    "A. Kramer",
    "P. Hendriks",
    "S. Veenstra",
    "R. Nijland",
    "H. van Leeuwen",
    "E. Groen",
    "K. Dijkstra",
    "L. Vermeulen",
    "T. Claassen",
    "W. Bosman",
]
SCHOOLS = {
    "po": [
        "OBS De Regenboog",
        "CBS Het Kompas",
        "Basisschool De Vlinderhof",
        "RKBS Sint Jozef",
        "IKC De Boomgaard",
        "Daltonschool De Wilg",
    ],
    "sbo": ["SBO De Wissel", "SBO Het Startpunt", "Speciale basisschool De Sprong"],
    "so": ["SO De Zeester", "SO De Bolster (cluster 4)", "Mytylschool De Spil"],
    "vo": ["Lindenhof College", "Scholengemeenschap De Meerwaarde", "Erasmus Lyceum Noord", "Vakcollege Rijnmond-Zuid"],
    "pro": ["Praktijkschool De Hoven", "PrO Het Atelier", "Praktijkcollege Zuidwest"],
    "vso": ["VSO De Horizon", "VSO Kompaswijzer", "VSO Het Baken"],
}
SWV = [
    "Samenwerkingsverband Passend Onderwijs Rivierenland-Oost",
    "SWV PO De Kempen-Noord",
    "Samenwerkingsverband VO Amstelveld",
    "SWV Passend Onderwijs Zuid-Veluwe",
    "Samenwerkingsverband De Duinstreek",
]


@dataclass
class Case:
    """Everything a layout needs to write one document."""

    doc_id: str
    layout: str
    fmt: str
    school_type: str
    pupil_first: str
    pupil_last: str
    gender: str  # "m" / "v"
    birth: dt.date
    grade: str
    school: str
    swv: str
    set_date: dt.date
    adult: bool = False
    variants: dict[str, str] = field(default_factory=dict)
    sub: dict[str, str] = field(default_factory=dict)
    accept_unclear: list[str] = field(default_factory=list)
    notes: str = ""
    kind: str = "opp"  # opp | template | newsletter | rapport
    staff: dict[str, str] = field(default_factory=dict)
    parent: str = ""
    seed: int = 0

    @property
    def name(self) -> str:
        return f"{self.pupil_first} {self.pupil_last}"

    @property
    def hij(self) -> str:
        return "hij" if self.gender == "m" else "zij"

    @property
    def zijn(self) -> str:
        return "zijn" if self.gender == "m" else "haar"

    @property
    def hem(self) -> str:
        return "hem" if self.gender == "m" else "haar"

    def labels(self) -> dict[str, str]:
        return {el: self.variants[el] for el in ELEMENTS}


DATE_STYLES = {
    "dash": "{d:02d}-{m:02d}-{y}",
    "slash": "{d:02d}/{m:02d}/{y}",
    "dot": "{d}.{m}.{y}",
    "short": "{d}-{m}-{y}",
    "iso": "{y}-{m:02d}-{d:02d}",
}
_date_style = ["dash"]


def set_date_style(style: str) -> None:
    """Numeric date style for the document being built (schools and exports differ)."""
    _date_style[0] = style


def d(date: dt.date) -> str:
    """Dutch numeric date in the current document's style."""
    return DATE_STYLES[_date_style[0]].format(d=date.day, m=date.month, y=date.year)


def d_long(date: dt.date) -> str:
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    return f"{date.day} {months[date.month - 1]} {date.year}"


def grade_for(school_type: str, rng: random.Random, adult: bool) -> str:
    if school_type in ("po", "sbo"):
        return f"groep {rng.choice([4, 5, 6, 7, 8])}"
    if school_type == "so":
        return f"groep {rng.choice([5, 6, 7, 8])} (SO)"
    if school_type == "vo":
        return rng.choice(["leerjaar 1 (vmbo-kader)", "klas 2 havo", "leerjaar 3 vmbo-tl", "brugklas mavo/havo"])
    if school_type == "pro":
        return rng.choice(["leerjaar 2", "leerjaar 3 (oriëntatiefase)", "leerjaar 4 (stagefase)"])
    return "leerjaar 5 (eindfase)" if adult else rng.choice(["leerjaar 2", "leerjaar 3", "bovenbouw groep B"])


def birth_for(school_type: str, set_date: dt.date, rng: random.Random, adult: bool) -> dt.date:
    age = {
        "po": rng.randint(7, 11),
        "sbo": rng.randint(8, 12),
        "so": rng.randint(8, 11),
        "vo": rng.randint(12, 15),
        "pro": rng.randint(13, 16),
        "vso": rng.randint(13, 16),
    }[school_type]
    if adult:
        age = rng.randint(18, 19)
    return dt.date(set_date.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))


def new_case(
    doc_id: str, layout: str, fmt: str, school_type: str, rng: random.Random, set_date: dt.date, adult: bool = False
) -> Case:
    g = rng.choice("mv")
    first = rng.choice(FIRST[g])
    last = rng.choice(LAST)
    staff = rng.sample(STAFF, 5)
    c = Case(
        doc_id=doc_id,
        layout=layout,
        fmt=fmt,
        school_type=school_type,
        pupil_first=first,
        pupil_last=last,
        gender=g,
        birth=birth_for(school_type, set_date, rng, adult),
        grade=grade_for(school_type, rng, adult),
        school=rng.choice(SCHOOLS.get(school_type, ["OBS De Regenboog"])),
        swv=rng.choice(SWV),
        set_date=set_date,
        adult=adult,
        seed=rng.randint(0, 10**9),
    )
    c.staff = {"directeur": staff[0], "ib": staff[1], "mentor": staff[2], "ortho": staff[3], "coord": staff[4]}
    c.parent = rng.choice(["mevrouw", "meneer"]) + " " + last
    return c


def assign_variants(c: Case, rng: random.Random, forced: dict[str, str] | None = None) -> None:
    """Random element statuses (~60 % present), then forced values, then consistency rules."""
    forced = dict(forced or {})
    v: dict[str, str] = {}
    for el in ELEMENTS:
        r = rng.random()
        if el == "afwijkingen_onderwijsprogramma":
            v[el] = "present" if r < 0.4 else "not_applicable" if r < 0.7 else "missing" if r < 0.85 else "incomplete"
        elif el == "informatie_rechten":
            v[el] = "present" if r < 0.45 else "missing" if r < 0.8 else "incomplete"
        elif el in ("instemming_ouders",):
            v[el] = "present" if r < 0.5 else "incomplete" if r < 0.85 else "missing"
        else:
            v[el] = "present" if r < 0.66 else "missing" if r < 0.82 else "incomplete"
    v.update({k: val for k, val in forced.items() if k in ELEMENTS})
    # hoorrecht: not applicable before 1-8-2025 and for an adult vso pupil who is the party
    if c.set_date < HOORRECHT_START or c.adult:
        v["inbreng_leerling"] = "not_applicable"
    # a plan without a usable date must be a post-2025 plan (its date is then unknown to a reader)
    if c.set_date < HOORRECHT_START:
        v["vaststelling"] = "present"
    # consent sub-variants
    if v["instemming_ouders"] == "present":
        pool = ["signed", "portal", "ticked_dated", "statement"] + ([] if c.adult else ["both_parents"])
        c.sub.setdefault("consent", rng.choice(pool))
    elif v["instemming_ouders"] == "incomplete":
        c.sub.setdefault(
            "consent",
            rng.choice(
                [
                    "refused",
                    "partial",
                    "gezien",
                    "protest",
                    "school_only",
                    "blank_line",
                    "unticked",
                    "ticked_nodate",
                    "signed_nodate",
                ]
            ),
        )
    # "gezien" and "onder protest" signatures show the plan was discussed: never label oogo missing there,
    # and a signed consent always goes with a recorded conversation
    if c.sub.get("consent") in ("gezien", "protest"):
        v["oogo"] = "present"
    elif v["instemming_ouders"] == "present" and v["oogo"] == "missing":
        v["oogo"] = "present"
    for k, val in forced.items():
        if k in ELEMENTS and k not in ("inbreng_leerling",):
            v[k] = val
    c.variants = v
