"""Case model: pupils, schools, dates and the deliberate gaps per element.

Labels are derived ONLY from this model (see label_for), never from the rendered text.
"""
import datetime as dt
import hashlib
import random

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

HOORRECHT = dt.date(2025, 8, 1)

# gap modes -> status
MODE_STATUS = {
    "present": "present",
    "described": "present",          # afwijkingen described
    "geen": "not_applicable",        # afwijkingen: explicit none
    "absent": "missing",             # not in the document at all
    "empty": "incomplete",           # heading / field with nothing under it
    "placeholder": "incomplete",     # "...", n.t.b., nog aanvullen, volgt na overleg
    "instruction": "incomplete",     # the format's own instructions left in
    "unticked": "incomplete",        # options offered, none ticked
    "bijlage": "incomplete",         # only refers elsewhere
    "partial": "incomplete",         # partly there (vague goals, no who/how often, view without effect)
    "ctrl_placeholder": "incomplete",  # Word content control still showing its prompt
    "concept": "incomplete",         # plan marked concept, not set
    # consent
    "signed": "present", "digital": "present", "adult_self": "present", "curator": "present",
    "no_date": "incomplete", "blank_line": "incomplete", "school_only": "incomplete",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete",
    "partial_consent": "incomplete", "unticked_box": "incomplete", "parents_for_adult": "incomplete",
    "avg_only": "missing",
    # inbreng
    "na": "not_applicable", "na_shown": "not_applicable",
}

FIRST_M = ["Daan", "Milan", "Sem", "Thijs", "Yusuf", "Jesse", "Bram", "Noah", "Luuk", "Kerem", "Stijn",
           "Ilias", "Ruben", "Mats", "Joep", "Dewi", "Owen", "Tygo", "Senna", "Finn", "Jayden", "Amir"]
FIRST_F = ["Noor", "Lisa", "Fenna", "Sara", "Yara", "Lotte", "Amira", "Isa", "Roos", "Elif", "Jasmijn",
           "Maud", "Nina", "Liv", "Zoë", "Hiba", "Femke", "Tess", "Lieke", "Sanne", "Mila", "Aylin"]
LAST = ["Verbeek-Hollander", "Oostdam", "de Wilde", "Kuipers", "van Aalst", "Bouzid", "Hendriksma",
        "ter Horst", "Vonk", "Schuitemaker", "Brouwer", "El Amrani", "van der Lek", "Postma", "Yilmaz",
        "Dekkers", "Wagenaar", "Nijhof", "Smeenk", "van Rijswijk", "Mulder-Tang", "Bakkenes",
        "Veldkamp", "de Graaf", "Lammers", "Oukili", "Timmerman", "Zandstra", "Hoekman", "Faber"]
STAFF = ["R. Kuipers", "M. van Dongen", "H. Achterberg", "S. Oudejans", "J. Rietveld", "C. Bal",
         "E. Tuinstra", "A. de Kort", "P. Hamstra", "W. Zeegers", "L. Mertens", "T. Overbeek",
         "I. Scholte", "F. Boukhari", "G. Heemskerk", "N. Jansma"]
PLACES = ["Brakelveen", "Zuiderloo", "Aldersum", "Ravenswaarde", "Vennendaal", "Lindeweerd",
          "Oosterbraak", "Hoogmeerbroek", "Westerzeel", "Kampenhorst"]
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS De Zaaier", "Basisschool Het Kompasveld", "IKC De Vlinderboom",
           "RK Basisschool Sint-Joris", "Daltonschool De Ruimte"],
    "sbo": ["SBO De Brug", "SBO Het Palet", "Speciale basisschool De Horizon", "SBO Kleurrijk"],
    "so": ["SO De Kameleon", "Mytylschool De Sprong (SO)", "SO Het Anker", "Cluster 4-school De Wending (SO)"],
    "vo": ["Lindeweerd College", "Scholengemeenschap Het Baken", "Brakelveen Lyceum", "Vakcollege Zuiderloo"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Aldersum", "Praktijkcollege Vennendaal"],
    "vso": ["VSO De Kameleon", "VSO Het Anker", "VSO De Wending", "Mytylschool De Sprong (VSO)"],
}
SWV = {
    "po": ["SWV Passend Onderwijs Lindeweerd-Oost (PO)", "Samenwerkingsverband PO Brakelveen e.o.",
           "Stichting Passend Leren Zuiderloo"],
    "vo": ["SWV VO Zuiderloo en omstreken", "Samenwerkingsverband V(S)O Ravenswaarde",
           "SWV Passend Voortgezet Onderwijs Vennendaal"],
}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def seed_for(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def fmt_date(d, style):
    if d is None:
        return ""
    if style == 0:
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return d.strftime("%d-%m-%Y")
    if style == 2:
        return d.strftime("%Y-%m-%d")
    if style == 3:
        return f"{d.day}-{d.month}-{d.year}"
    return d.strftime("%d/%m/%Y")


def school_year(d):
    y = d.year if d.month >= 8 else d.year - 1
    return f"{y}-{y+1}"


class Case:
    def __init__(self, cid, layout, fmt, st, set_date, gaps=None, afw="geen", revised=None,
                 adult=False, curatele=False, scanned=False, notes="", opts=None):
        self.id = cid
        self.layout = layout
        self.fmt = fmt            # docx | pdf-lo | pdf-rl | pdf-form | odt | txt | md | scan
        self.st = st
        self.set_date = dt.date.fromisoformat(set_date)
        self.revised = dt.date.fromisoformat(revised) if revised else None
        self.adult = adult
        self.curatele = curatele
        self.scanned = fmt == "scan" or scanned
        self.extra_notes = notes
        self.opts = opts or {}
        r = random.Random(seed_for(cid))
        self.r = r
        self.female = r.random() < 0.5
        self.first = r.choice(FIRST_F if self.female else FIRST_M)
        self.last = r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.place = r.choice(PLACES)
        self.school = r.choice(SCHOOLS[st])
        self.swv = r.choice(SWV["po" if st in ("po", "sbo", "so") else "vo"])
        staff = r.sample(STAFF, 6)
        self.ib, self.mentor, self.director, self.expert, self.teacher, self.cvb_chair = staff
        self.dstyle = r.randrange(5)
        age = {"po": (7, 11), "sbo": (8, 12), "so": (6, 11), "vo": (12, 16), "pro": (12, 16),
               "vso": (13, 17)}[st]
        a = r.randint(*age)
        if adult or curatele:
            a = 18 if adult else 19
        self.age = a
        self.birth = self.set_date - dt.timedelta(days=int(365.25 * a) + r.randint(20, 300))
        self.oogo_date = self.set_date - dt.timedelta(days=r.randint(6, 16))
        self.sign_date = self.set_date - dt.timedelta(days=r.randint(0, 4))
        self.talk_date = self.oogo_date - dt.timedelta(days=r.randint(3, 12))   # gesprek met leerling
        self.parent1 = ("mevrouw" if r.random() < 0.6 else "de heer") + " " + self.last.split("-")[0]
        self.parent_first = r.choice(["Mirjam", "Karin", "Fatima", "Esther", "Judith", "Anouk", "Marloes"])
        self.father_first = r.choice(["Erik", "Mohamed", "Jeroen", "Dennis", "Murat", "Pieter", "Sander"])
        self.curator = "mr. J.A. Velthuis, Velthuis Bewindvoering & Curatele" if curatele else None
        self.hoorrecht = max(self.set_date, self.revised or self.set_date) >= HOORRECHT
        # element modes
        self.modes = {e: "present" for e in ELEMENTS}
        self.modes["afwijkingen_onderwijsprogramma"] = afw
        self.modes["instemming_ouders"] = "signed"
        if not self.hoorrecht or adult:
            self.modes["inbreng_leerling"] = "na"
        if adult:
            self.modes["instemming_ouders"] = "adult_self"
        if curatele:
            self.modes["instemming_ouders"] = "curator"
        for k, v in (gaps or {}).items():
            assert k in ELEMENTS, k
            self.modes[k] = v

    # pronouns
    @property
    def hij(self):
        return "zij" if self.female else "hij"

    @property
    def Hij(self):
        return "Zij" if self.female else "Hij"

    @property
    def zijn(self):
        return "haar" if self.female else "zijn"

    @property
    def hem(self):
        return "haar" if self.female else "hem"

    def d(self, date, style=None):
        return fmt_date(date, self.dstyle if style is None else style)

    def labels(self):
        out = {}
        for e in ELEMENTS:
            m = self.modes[e]
            if e == "inbreng_leerling" and (not self.hoorrecht or self.adult):
                out[e] = "not_applicable"
                continue
            out[e] = MODE_STATUS[m]
        return out

    def gap_note(self):
        g = [f"{e}={m}" for e, m in self.modes.items()
             if m not in ("present", "described", "geen", "na", "signed", "adult_self", "curator", "digital")]
        return ", ".join(g) if g else "no deliberate gaps"
