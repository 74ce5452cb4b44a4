"""The case model: one fictional pupil, school, plan date and a chosen variant per element.

Labels are taken from `Case.labels()`, never from rendered text.
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
STATUSES = ("present", "incomplete", "missing", "not_applicable")
SCHOOL_TYPES = ("po", "sbo", "so", "vo", "pro", "vso")
HOORRECHT_FROM = dt.date(2025, 8, 1)

# consent sub-variants -> status
CONSENT = {
    "signed": "present", "portal": "present", "ticked": "present", "sig_signed": "present",
    "wetink": "present", "stated": "present", "meierij": "present", "pupil_only": "incomplete",
    "refused": "incomplete", "partial": "incomplete", "gezien": "incomplete", "protest": "incomplete",
    "school_only": "incomplete", "blank": "incomplete", "unticked": "incomplete",
    "sig_unsigned": "incomplete", "nodate": "incomplete", "template": "incomplete",
    "none": "missing",
}
# consent variants in which the parents (or adult pupil) themselves said or signed something
PARENT_SPOKE = {"signed", "portal", "ticked", "sig_signed", "wetink", "stated", "refused", "partial",
                "gezien", "protest", "nodate", "meierij"}

FIRST = {"m": ["Daan", "Sem", "Finn", "Milan", "Luuk", "Bram", "Mohammed", "Jayden", "Thijs", "Mees",
               "Ruben", "Noah", "Stijn", "Hamza", "Jesse", "Gijs", "Teun", "Ilias", "Joep", "Kaan",
               "Wout", "Siem", "Owen", "Rayan"],
         "f": ["Noor", "Lotte", "Sara", "Yara", "Fenna", "Isa", "Aylin", "Zoë", "Chloë", "Anouk",
               "Eline", "Liv", "Maud", "Inaya", "Roos", "Lieke", "Femke", "Nova", "Esmée", "Hiba",
               "Jente", "Mirthe", "Saar", "Elif"]}
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peeters", "Hendriks", "van Dijk", "El Amrani", "Yılmaz", "Kramer", "Dekker",
        "van den Berg", "Brouwer", "Koster", "Prins", "Huisman", "Veenstra", "Postma", "Wijnands",
        "Oudshoorn", "Kuipers", "Çelik", "Schouten", "Verhoeven", "Zwart", "Lammers", "Hofstede"]
STAFF_LAST = ["Hoekstra", "Oosterveld", "Bijlsma", "Terpstra", "van Leeuwen", "Groeneveld", "Kok",
              "Stam", "Blom", "Willemsen", "Timmer", "Evers", "Boersma", "Rietveld", "Jonker", "Sluiter",
              "de Haan", "Vermeulen", "Kuiper", "Nijland", "Bosman", "Aydın"]
PLACES = ["Amersfoort", "Zwolle", "Deventer", "Apeldoorn", "Leeuwarden", "Helmond", "Roosendaal",
          "Gouda", "Alkmaar", "Hoorn", "Venlo", "Emmen", "Hengelo", "Tiel", "Oss", "Purmerend",
          "Dordrecht", "Kampen", "Meppel", "Veenendaal"]
SCHOOLS = {
    "po": ["Basisschool De Regenboog", "OBS De Vlinderhof", "CBS Het Kompas", "RKBS Sint-Jozef",
           "IKC De Boomgaard", "Daltonschool De Wielewaal", "OBS Het Startpunt", "CBS De Fontein"],
    "sbo": ["SBO De Brug", "SBO Het Palet", "Speciale basisschool De Wegwijzer", "SBO De Zevensprong"],
    "so": ["SO De Zonnebloem", "Mytylschool De Schakel", "SO Het Baken", "Cluster 4-school De Sprong"],
    "vo": ["Het Stedelijk College", "Christelijk Lyceum Zandvliet", "Vakcollege De Maasoever",
           "Scholengemeenschap Noorderpoort", "Het Baudartius College", "Comenius Mavo"],
    "pro": ["Praktijkschool De Poort", "PrO Het Werkplein", "Praktijkcollege Het Ambacht"],
    "vso": ["VSO De Horizon", "VSO Het Kompas", "Orion College VSO", "VSO De Spindel"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Eemvallei", "SWV De Stroomlijn", "SWV IJsseldelta PO",
       "Samenwerkingsverband VO Rijnstreek", "SWV Kop van Noord", "SWV Passend Leren Midden"]


@dataclass
class Person:
    first: str
    last: str
    gender: str  # m / f

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Case:
    slug: str
    layout: str
    fmt: str
    school_type: str
    pupil: Person
    birth: dt.date
    grade: str                     # "groep 7", "leerjaar 2", "bouw 3"
    school: str
    place: str
    swv: str
    mother: str
    father: str
    director: str
    ib: str                        # intern begeleider / zorgcoördinator
    mentor: str                    # leerkracht / mentor
    vast: dt.date | None           # date the plan is set (case truth, even when not in the doc)
    adult: bool = False
    variants: dict[str, str] = field(default_factory=dict)   # element -> status
    consent: str = "signed"        # CONSENT key
    sub: dict[str, str] = field(default_factory=dict)         # element -> wording sub-variant
    accept_unclear: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "opp"              # opp | template | not_opp
    scanned: bool = False          # rendered, rasterised and wrapped as an image-only PDF
    seed: int = 0

    @property
    def his(self) -> str:
        return "zijn" if self.pupil.gender == "m" else "haar"

    @property
    def he(self) -> str:
        return "hij" if self.pupil.gender == "m" else "zij"

    @property
    def him(self) -> str:
        return "hem" if self.pupil.gender == "m" else "haar"

    @property
    def pre2025(self) -> bool:
        return self.vast is not None and self.vast < HOORRECHT_FROM

    @property
    def primary(self) -> bool:
        return self.school_type in ("po", "sbo", "so")

    @property
    def party(self) -> str:
        """Who consents: the parents, or the adult pupil himself."""
        return "leerling" if self.adult else "ouders"

    def labels(self) -> dict[str, str]:
        return {el: self.variants[el] for el in ELEMENTS}


def fmt_date(d: dt.date | None, style: int = 0) -> str:
    if d is None:
        return ""
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"]
    if style == 1:
        return f"{d.day} {months[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day}-{d.month}-{d.year}"
    if style == 3:
        return d.strftime("%d/%m/%Y")
    if style == 4:
        return f"{d.day} {months[d.month - 1][:3]}. {d.year}"
    return d.strftime("%d-%m-%Y")


def sig_style(c: Case) -> int:
    """Date style of the signature rows of one case (most use dd-mm-yyyy)."""
    return random.Random(f"{c.seed}-ds").choice([0, 0, 0, 2, 3, 4])


def school_year(d: dt.date) -> str:
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}-{y + 1}"


def _staff(r: random.Random, title: str) -> str:
    ini = r.choice("ABCDEFGHJKLMNPRSTW")
    return f"{title} {ini}. {r.choice(STAFF_LAST)}"


def new_case(r: random.Random, slug: str, layout: str, fmt: str, school_type: str,
             pre2025: bool = False, adult: bool = False) -> Case:
    """A case with fictional people and dates; every element `present` until changed."""
    g = r.choice("mf")
    pupil = Person(r.choice(FIRST[g]), r.choice(LAST), g)
    if pre2025:
        vast = dt.date(2023, 9, 1) + dt.timedelta(days=r.randrange(0, 640))
        if vast.month in (7, 8) and vast >= dt.date(2025, 7, 1):
            vast = dt.date(2025, 6, 20)
        if vast >= HOORRECHT_FROM:
            vast = dt.date(2025, 6, 24)
    else:
        vast = dt.date(2025, 8, 25) + dt.timedelta(days=r.randrange(0, 420))
    if vast.month in (7, 8) and vast.day < 20:
        vast = vast.replace(day=20, month=8) if vast >= HOORRECHT_FROM else vast.replace(month=6)
    if school_type in ("po", "sbo"):
        groep = r.randint(3, 8)
        age, grade = groep + 4, f"groep {groep}"
    elif school_type == "so":
        age = r.randint(6, 12)
        grade = r.choice([f"groep {age - 4}", f"bouw {(age - 4 + 1) // 2}", f"klas {r.choice('ABCDE')}{r.randint(1, 4)}"])
    elif school_type == "vo":
        lj = r.randint(1, 4)
        age, grade = 11 + lj, f"leerjaar {lj}"
    elif school_type == "pro":
        lj = r.randint(1, 5)
        age, grade = 11 + lj, f"leerjaar {lj}"
    else:
        age = r.randint(18, 19) if adult else r.randint(13, 17)
        grade = r.choice([f"leerjaar {age - 11}", f"groep {r.choice(['Bo', 'Mo', 'Ex'])}{r.randint(1, 3)}",
                          f"stamgroep {r.choice('ABCD')}{r.randint(1, 4)}"])
    birth = vast - dt.timedelta(days=365 * age + r.randrange(30, 330))
    mentor_title = "leerkracht" if school_type in ("po", "sbo", "so") else "mentor"
    c = Case(
        slug=slug, layout=layout, fmt=fmt, school_type=school_type, pupil=pupil, birth=birth,
        grade=grade, school=r.choice(SCHOOLS[school_type]), place=r.choice(PLACES), swv=r.choice(SWV),
        mother=f"mevrouw {r.choice('ABCDEFHIJKLMNRSTY')}. {pupil.last if r.random() < .7 else r.choice(LAST)}",
        father=f"de heer {r.choice('ABCDEFGHJKLMNPRSTW')}. {pupil.last}",
        director=_staff(r, r.choice(["mevrouw", "de heer"])),
        ib=_staff(r, r.choice(["mevrouw", "de heer"])),
        mentor=_staff(r, r.choice(["mevrouw", "de heer"])) + f" ({mentor_title})",
        vast=vast, adult=adult, seed=r.randrange(1 << 30),
    )
    c.variants = {el: "present" for el in ELEMENTS}
    if c.pre2025 or adult:
        c.variants["inbreng_leerling"] = "not_applicable"
    return c


def short(name: str) -> str:
    """'mevrouw A. Hoekstra (leerkracht)' -> 'A. Hoekstra'."""
    n = name.split(" (")[0]
    for t in ("mevrouw ", "de heer "):
        n = n.replace(t, "")
    return n


def role_of(name: str) -> str:
    return name.split(" (")[1].rstrip(")") if " (" in name else ""


def dates(c: Case) -> dict[str, dt.date]:
    """Consistent dates around the vaststelling."""
    v = c.vast or dt.date(2025, 10, 1)
    r = random.Random(c.seed)
    oogo = v - dt.timedelta(days=r.randint(6, 20))
    pupil_talk = oogo - dt.timedelta(days=r.randint(2, 8))
    consent = v - dt.timedelta(days=r.randint(0, 4))
    ev1 = v + dt.timedelta(days=r.randint(95, 130))
    ev2 = v + dt.timedelta(days=r.randint(230, 270))
    start = v + dt.timedelta(days=r.randint(1, 10))
    enrol = v - dt.timedelta(days=r.randint(20, 38))
    return dict(vast=v, oogo=oogo, pupil=pupil_talk, consent=consent, ev1=ev1, ev2=ev2, start=start,
                enrol=enrol, advice=v - dt.timedelta(days=r.randint(60, 300)),
                cvb=v - dt.timedelta(days=r.randint(3, 15)))
