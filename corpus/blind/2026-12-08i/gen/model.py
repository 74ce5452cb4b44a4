# -*- coding: utf-8 -*-
"""Document model: resolves a spec into texts, and derives the labels."""
import datetime as dt
import random
import content as C

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

HOORRECHT = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]

FIRST_M = ["Daan", "Sem", "Milan", "Luuk", "Bram", "Jesse", "Noah", "Thijs", "Ruben", "Mees", "Yusuf", "Ilias",
           "Jens", "Stijn", "Tijn", "Kian", "Wessel", "Joep", "Siem", "Mats"]
FIRST_F = ["Noor", "Fenna", "Sanne", "Lotte", "Yara", "Isa", "Mila", "Evi", "Nina", "Roos", "Amira", "Lieke",
           "Jade", "Fleur", "Ilse", "Zoë", "Hidde", "Merel", "Femke", "Sara"]
SURN = ["Brinkhorst", "Veldkamp", "van Oudeweg", "Kranendonk", "de Wilde", "Haverkamp", "Oosterling", "El Idrissi",
        "Meulenbelt", "Schuttelaar", "Tamminga", "Bos-Hendriks", "Dijkgraaf", "Wolters", "Verhoeks", "Lammertink",
        "Nijenhuis", "Kaya", "Pronk", "Spaargaren", "Ter Avest", "Mulderij", "Hofstede", "Zwijnenberg", "Reinders",
        "van der Kolk", "Ensink", "Bakkenes", "Grootveld", "Smeenk"]
STAFF_SURN = ["Pieters", "Albers", "de Groot", "Hulshof", "Brouwer", "Koster", "Lubbers", "Nales", "Overdijk",
              "Rutgers", "Sanders", "Timmer", "Uiterwijk", "Vos", "Wever", "IJzerman", "Jongsma", "Kamphuis",
              "Leferink", "Morsink"]
PLACES = ["Kadelo", "Wiekerdijk", "Vennestein", "Ooldersum", "Lindehaven", "Dorstmeer", "Garrelo", "Bremmerveen",
          "Sluiswijk", "Hoogmeerdam"]
SCHOOLS = {
    "po": ["OBS De Lichtboei", "CBS Het Kwartelnest", "Kindcentrum De Wilgenkade", "Daltonschool De Zeilmeeuw"],
    "sbo": ["SBO De Wegwijzerhof", "SBO Het Klaverblad"],
    "so": ["SO De Kompaskring", "Mr. Veldkampschool (so)"],
    "vo": ["Esdoorncollege", "Lyceum Kadelo", "Dorstmeer College"],
    "pro": ["Praktijkschool LindeWerk", "Pro College Garrelo"],
    "vso": ["VSO De Horizonkade", "VSO Het Baken"],
}
SWV = {"po": "Samenwerkingsverband Passend Onderwijs Kadelo-Wiekerdijk (PO 31-07)",
       "vo": "Samenwerkingsverband VO Lindehaven en omstreken (VO 31-04)"}


def fd(d, style="dash"):
    if d is None:
        return ""
    if style == "nl":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    return "%02d-%02d-%d" % (d.day, d.month, d.year)


def D(s):
    return dt.date.fromisoformat(s) if s else None


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class Doc:
    """A resolved document: names, dates, texts per element and variant."""

    def __init__(self, spec):
        self.s = spec
        self.id = spec["id"]
        self.rng = random.Random(spec["seed"])
        r = self.rng
        self.kind = spec.get("kind", "opp")
        self.layout = spec["layout"]
        self.fmt = spec["fmt"]
        self.v = spec.get("v", {})
        self.consent = spec.get("consent", "signed")
        self.dstyle = spec.get("dstyle", "dash")
        if self.kind != "opp":
            self.type = "none"
            self.arch = None
            return
        self.arch = C.ARCH[spec["arch"]]
        self.type = spec.get("type", self.arch["type"])
        self.male = spec.get("male", r.random() < 0.55)
        self.first = spec.get("first", r.choice(FIRST_M if self.male else FIRST_F))
        self.last = spec.get("last", r.choice(SURN))
        self.name = "%s %s" % (self.first, self.last)
        self.school = spec.get("school", r.choice(SCHOOLS[self.type]))
        self.place = spec.get("place", r.choice(PLACES))
        self.swv = SWV["po" if self.type in ("po", "sbo", "so") else "vo"]
        self.set_date = D(spec["set"])
        self.rev_date = D(spec.get("rev"))
        self.cur_date = self.rev_date or self.set_date
        self.birth = D(spec["birth"]) if spec.get("birth") else self._birth()
        self.period = (D(spec["period"][0]), D(spec["period"][1])) if spec.get("period") else self._period()
        self.adult = spec.get("adult")  # None | 'adult' | 'curatele'
        st = list(STAFF_SURN)
        r.shuffle(st)
        ini = "ABCDEFGHJKLMNPRSTW"
        def p(i):
            return "%s. %s" % (ini[(i * 7 + spec["seed"]) % len(ini)], st[i])
        self.staff = dict(mentor=p(0), ib=p(1), dir=p(2), oa=p(3), ab=p(4), psy=p(5), logo=p(6), cvb=p(7))
        self.mentor_role = {"po": "groepsleerkracht", "sbo": "groepsleerkracht", "so": "groepsleerkracht"}.get(self.type, "mentor")
        self.ib_role = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "intern begeleider"}.get(self.type, "zorgcoördinator")
        self.dir_role = spec.get("dir_role", "directeur" if self.type in ("po", "sbo", "so") else "teamleider ondersteuning")
        par_sur = self.last
        self.parent = spec.get("parent", r.choice(["mevr. ", "dhr. "]) + r.choice("ACEHJKMRSW") + ". " + par_sur)
        if "parent" not in spec and spec["arch"] == "so_cluster4":
            self.parent = "pleegmoeder mevr. %s. %s" % (r.choice("ACEHJKMRSW"), r.choice(SURN))
        self.parent2 = spec.get("parent2")
        self.oogo_date = D(spec.get("oogo")) if spec.get("oogo") else self.cur_date - dt.timedelta(days=7)
        self.sign_date = D(spec.get("signdate")) if spec.get("signdate") else self.cur_date + dt.timedelta(days=4)

    def _birth(self):
        k = self.arch["klas"]
        base = {"po": 4, "sbo": 4, "so": 4}.get(self.type)
        age = 10
        import re
        m = re.search(r"groep (\d)", k)
        if m and base:
            age = int(m.group(1)) + base
        elif self.type == "so":
            age = 10
        elif self.type == "vo":
            m = re.search(r"(\d)", k)
            age = 11 + int(m.group(1)) if m else 14
        elif self.type == "pro":
            m = re.search(r"pro (\d)", k)
            age = 11 + int(m.group(1)) if m else 14
        else:
            age = 16
        sy = self.set_date.year if self.set_date.month >= 8 else self.set_date.year - 1
        y = sy - age
        return dt.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _period(self):
        d = self.cur_date
        sy = d.year if d.month >= 8 else d.year - 1
        return (d, dt.date(sy + 1, 7, 10))

    # ---------------------------------------------------------------- text
    def t(self, s):
        hij = "hij" if self.male else "zij"
        zijn = "zijn" if self.male else "haar"
        rep = {"{n}": self.first, "{hij}": hij, "{Hij}": hij.capitalize(), "{zijn}": zijn,
               "{Zijn}": zijn.capitalize(), "{hem}": "hem" if self.male else "haar",
               "{swv}": getattr(self, "swv", "het samenwerkingsverband")}
        if getattr(self, "cur_date", None):
            y0 = self.cur_date.year if self.cur_date.month >= 8 else self.cur_date.year - 1
            rep.update({"{Y0}": str(y0), "{Y1}": str(y0 + 1), "{Ym1}": str(y0 - 1),
                        "{cvb_date}": fd(self.cur_date - dt.timedelta(days=21), "nl")})
        for k, v in rep.items():
            s = s.replace(k, v)
        for k, v in self.staff.items():
            s = s.replace("{%s}" % k, v) if hasattr(self, "staff") else s
        return s

    def A(self, key):
        x = self.arch[key]
        if isinstance(x, list):
            return [tuple(self.t(a) for a in i) if isinstance(i, tuple) else self.t(i) for i in x]
        return self.t(x) if isinstance(x, str) else x

    def date(self, d, style=None):
        return fd(d, style or self.dstyle)

    def eval_prev_date(self):
        if self.s.get("evaldate"):
            return D(self.s["evaldate"])
        if self.rev_date:
            return self.rev_date - dt.timedelta(days=21)
        return self.cur_date - dt.timedelta(days=110)

    def var(self, el):
        return self.v.get(el, "full")

    @property
    def is_adult_party(self):
        return self.adult == "adult"

    def gap(self, el):
        """Text for a gap variant, or None for 'full'-type variants."""
        v = self.var(el)
        if v == "empty":
            return ""
        if v.startswith("ph:"):
            return v[3:]
        if v == "instr":
            return C.INSTRUCTIONS[el]
        if v.startswith("ref:"):
            return v[4:]
        if v == "nvt_wrong":
            return "n.v.t."
        return None


# ------------------------------------------------------------------ labels
CONSENT_LABEL = {
    "signed": "present", "digital": "present", "stated": "present", "renewed": "present", "image": "present",
    "adult_pupil": "present", "curator": "present", "scan_signed": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank_line": "incomplete", "unticked": "incomplete", "no_date": "incomplete",
    "old_sig": "incomplete", "adult_parents_only": "incomplete", "form_empty": "incomplete",
    "avg_only": "missing", "absent": "missing",
}


def labels(doc):
    if doc.kind != "opp":
        return dict(doc.s["labels"])
    L = {}
    for el in ELEMENTS:
        v = doc.var(el)
        if v == "absent":
            L[el] = "missing"
        elif v in ("empty", "instr", "nvt_wrong") or v.startswith("ph:") or v.startswith("ref:"):
            L[el] = "incomplete"
        else:
            L[el] = "present"
    # element specific
    v = doc.var("uitstroombestemming")
    if v == "unticked":
        L["uitstroombestemming"] = "incomplete"
    v = doc.var("afwijkingen_onderwijsprogramma")
    a = doc.arch["afwijkingen"]
    if v == "nvt" or (v == "full" and (a is None or a.startswith("Geen afwijkingen"))):
        L["afwijkingen_onderwijsprogramma"] = "not_applicable"
    if doc.var("adviezen_professionals") == "nocvb":
        L["adviezen_professionals"] = "incomplete"
    if doc.var("oogo") == "nodate":
        L["oogo"] = "incomplete"
    v = doc.var("inbreng_leerling")
    if v == "view":
        L["inbreng_leerling"] = "incomplete"
    if doc.cur_date < HOORRECHT or doc.is_adult_party:
        L["inbreng_leerling"] = "not_applicable"
    v = doc.var("evaluatie")
    if v == "blank":
        L["evaluatie"] = "incomplete"
    v = doc.var("informatie_rechten")
    if v in ("partial", "ref"):
        L["informatie_rechten"] = "incomplete"
    if doc.var("vaststelling") == "concept":
        L["vaststelling"] = "incomplete"
    L["instemming_ouders"] = CONSENT_LABEL[doc.consent]
    for k, val in doc.s.get("override", {}).items():
        L[k] = val
    return L
