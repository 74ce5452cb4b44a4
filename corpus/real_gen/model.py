"""Case model of the real-format corpus: a pupil, a school, a status per element and a consent variant.

Labels come from this model (Case.labels), never from the rendered text. A format builder asks
`c.fill(el, content, instr)` for every field it prints: the answer is the content (present), a gap of the
kind the case asks for (incomplete: empty, placeholder, the format's printed instruction, a reference), or
None (missing: the builder leaves the row or section out).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]
HOORRECHT = dt.date(2025, 8, 1)

# consent variants: the label a careful adviser gives the parents' (adult pupil's) consent on the handelingsdeel
CONSENT_PRESENT = {"signed", "signed_img", "digital", "ticked", "adult", "explained"}
CONSENT_INCOMPLETE = {"blank", "school_only", "gezien", "refused", "avg_only", "no_date", "protest",
                      "pupil_only", "partial"}

FIRST = ["Sem", "Noor", "Daan", "Lotte", "Milan", "Yara", "Ruben", "Fenna", "Jesse", "Amira", "Thijs", "Lieke",
         "Bram", "Ilse", "Mees", "Zoë", "Ayoub", "Femke", "Teun", "Sanne", "Jayden", "Roos", "Kyan", "Evi"]
LAST = ["Brakel", "Oudewater", "Kranenburg", "de Vries-Holt", "Smeulders", "El Idrissi", "Veldkamp", "Rozendaal",
        "Hoekstra", "van Dijkhuis", "Pranger", "Wolters", "Bosgraaf", "Timmerije", "Kalkman", "Nijenhuis"]
STAFF = ["M. de Wit", "A. Koopmans", "J. Terpstra", "H. van Leeuwen", "R. Bakırcı", "S. Mulder", "E. Vos",
         "P. Hendriks", "K. Jansma", "L. Groeneveld", "T. Ouwerkerk", "W. Stam"]
PLACES = ["Heerdenbroek", "Klaverdam", "Stiemerveen", "Lindewaard", "Brakelhoven", "Ommerwijk", "Wezelaar",
          "Ravensloot", "Dijkerhoek-Zuid", "Vennebeek"]
SCHOOLS = {
    "po": ["Basisschool De Kiekendief", "OBS Het Vlonder", "CBS De Zaaier", "Kindcentrum Het Klaverblad"],
    "sbo": ["SBO De Wingerd", "SBO Het Palet-Zuid", "SBO De Regenboogvis"],
    "so": ["SO De Meridiaan", "SO Het Kompas-Noord", "Mytylschool De Steiger"],
    "vso": ["VSO De Boeg", "VSO Het Anker-West", "VSO De Werkplaats"],
    "vo": ["Het Lindecollege", "Scholengemeenschap De Dijk", "Vakcollege Ravensloot"],
    "pro": ["Praktijkschool De Rietkraag", "Praktijkcollege Vennebeek"],
}
SWVS = ["SWV Passend Onderwijs Lindewaard e.o.", "SWV PO Stiemerveen", "SWV VO Klaverdam-Ommerwijk",
        "Samenwerkingsverband De Brakelhoven"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PLACEHOLDERS = ["nog aanvullen na het gesprek met ouders", "volgt na overleg", "...", "n.t.b.", "[invullen]",
                "PM", "nog invullen", "wordt aangevuld na het MDO"]


def dmy(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def long(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@dataclass
class Case:
    fmt: str
    file_format: str  # docx | odt | pdf (pdf = exported from the docx by LibreOffice)
    school_type: str
    date: dt.date | None  # date the school set the plan (None for a blank format)
    seed: int
    blank: bool = False
    fields: frozenset = frozenset()  # elements this format prints a field or section for
    status: dict = field(default_factory=dict)
    gaps: dict = field(default_factory=dict)  # element -> kind of gap (empty, ph, instr, ref, view_only, unticked)
    consent: str = "signed"
    adult: bool = False
    scanned: bool = False
    accept_unclear: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def __post_init__(self) -> None:
        r = random.Random(self.seed)
        self.rng = r
        k = r.randrange(len(FIRST))
        self.first = FIRST[k]
        self.last = r.choice(LAST)
        self.pupil = f"{self.first} {self.last}"
        self.parent1 = f"{r.choice(['J.', 'M.', 'A.', 'S.', 'R.', 'C.'])} {self.last}"
        self.parent2 = f"{r.choice(['P.', 'K.', 'D.', 'H.'])} {r.choice(LAST)}"
        staff = r.sample(STAFF, 5)
        self.mentor, self.ib, self.director, self.ortho, self.consulent = staff
        self.place = r.choice(PLACES)
        self.school = r.choice(SCHOOLS[self.school_type])
        self.swv = r.choice(SWVS)
        y = (self.date or dt.date(2025, 10, 1)).year
        self.birth = dt.date(y - self._age(), r.randint(1, 12), r.randint(1, 28))
        self.he = k % 2 == 0  # FIRST alternates boys' and girls' names
        d = self.date or dt.date(2025, 10, 1)
        self.d_overleg = d - dt.timedelta(days=r.choice([6, 8, 13, 15]))
        self.d_start = d - dt.timedelta(days=r.choice([20, 27, 34]))
        self.d_eval1 = d + dt.timedelta(days=r.choice([98, 112, 126]))
        self.d_eval2 = d + dt.timedelta(days=r.choice([231, 245, 252]))
        self.d_sign = d + dt.timedelta(days=r.choice([0, 2, 5]))

    def _age(self) -> int:
        return {"po": 9, "sbo": 10, "so": 9, "vo": 13, "pro": 14, "vso": 18 if self.adult else 15}[self.school_type]

    # -- statuses -------------------------------------------------------------------------------------
    def hoorrecht(self) -> bool:
        return self.date is not None and self.date >= HOORRECHT and not self.adult

    def s(self, el: str) -> str:
        return self.status[el]

    def has(self, el: str) -> bool:
        return self.status[el] != "missing"

    def fill(self, el: str, content: str, instr: str = "", partial: str | None = None) -> str | None:
        """The text a field shows: content, a gap, or None when the element is missing."""
        if self.blank:
            return instr
        st = self.status[el]
        if st in ("present", "not_applicable"):
            return content
        if st == "missing":
            return None
        kind = self.gaps.get(el, "empty")
        if kind == "ph":
            return self.rng.choice(PLACEHOLDERS)
        if kind == "instr":
            return instr or "nog invullen"
        if kind == "partial" and partial is not None:
            return partial
        if kind == "ref":
            return self.rng.choice(["zie verslag in de bijlage", "zie bijlage", "zie verslag onderzoek (dossier)"])
        return ""

    @property
    def plan_date(self) -> str:
        return dmy(self.date) if self.date else ""

    def labels(self) -> dict:
        return {el: self.status[el] for el in ELEMENTS}

    @property
    def hij(self) -> str:
        return "hij" if self.he else "zij"

    @property
    def zijn(self) -> str:
        return "zijn" if self.he else "haar"
