# -*- coding: utf-8 -*-
"""Element texts and layouts -> a neutral block model.

Blocks: ('title',s) ('sub',s) ('kv',[(k,v)]) ('h1',s) ('h2',s) ('p',s) ('i',s) (italic/instruction)
('bul',[s]) ('num',[s]) ('table',rows,header_bool) ('sig',label,name,date,scribble) ('footer',s)
('header',s) ('pb',)
"""
import re, datetime, zlib, random
from casus import CASUS, JIJ, FIRST_M, FIRST_V, LAST, PLACES, SCHOOLS, SWV

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = datetime.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def rng_for(key):
    return random.Random(zlib.crc32(key.encode()))


def dl(d):  # long Dutch date
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def ds(d):  # short
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def workday(d):
    # avoid weekends and the Christmas break (20 Dec - 4 Jan)
    if (d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 4):
        d = datetime.date(d.year if d.month == 12 else d.year - 1, 12, 17)
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


def shift_years(s, k):
    if not k or s is None:
        return s
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + k), s)


PLACEHOLDER = {"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "volgt na overleg",
               "xxx": "[tekst]", "nvt": "n.v.t.", "later": "Wordt later ingevuld.", "ntb2": "N.t.b. na MDO"}

INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vo-type / vso-profiel / arbeid of dagbesteding.]",
    "onderbouwing": "Beschrijf hier op basis van toetsgegevens, onderzoek en schoolloopbaan waarom deze uitstroombestemming wordt verwacht (max. 10 regels).",
    "belemmerende_factoren": "Noem de factoren die de ontwikkeling belemmeren (leerling, school, thuis).",
    "bevorderende_factoren": "Noem hier de bevorderende factoren / sterke kanten van de leerling.",
    "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften: 'Deze leerling heeft ... nodig'.",
    "ondersteuning": "Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepaste lestijd). Zo nee: vermeld 'geen'.",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Neem hier de adviezen van externe deskundigen op en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg.",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Vermeld wanneer en hoe het OPP wordt geëvalueerd.",
    "informatie_rechten": "[Standaardtekst rechten ouders invoegen]",
    "vaststelling": "Datum vaststelling: dd-mm-jjjj  Door: (naam, functie)",
}
BIJLAGE = {
    "uitstroombestemming": "Zie bijlage 1 (uitstroomprofiel).",
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie het groeidocument, onderdeel 'beeld van de leerling'.",
    "bevorderende_factoren": "Zie het groeidocument, onderdeel 'beeld van de leerling'.",
    "ondersteuningsbehoefte": "Zie groepsplan.",
    "ondersteuning": "Zie het groepsplan en het weekrooster van de groep (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 3.",
    "doelen": "De doelen staan in het groepsplan rekenen en lezen.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie leerlinggesprek (bijlage).",
    "evaluatie": "Volgens de zorgcyclus van de school (zie schoolondersteuningsprofiel).",
    "informatie_rechten": "Zie de schoolgids.",
    "vaststelling": "Zie ondertekening.",
}
SHORT = {"uitstroombestemming": "uitstroombestemming", "onderbouwing": "onderbouwing",
         "belemmerende_factoren": "belemmerende factoren", "bevorderende_factoren": "bevorderende factoren",
         "ondersteuningsbehoefte": "onderwijsbehoeften", "ondersteuning": "begeleiding",
         "afwijkingen_onderwijsprogramma": "aangepast programma", "doelen": "doelen",
         "adviezen_professionals": "adviezen", "oogo": "overleg met ouders", "instemming_ouders": "instemming",
         "inbreng_leerling": "inbreng van de leerling", "evaluatie": "evaluatie",
         "informatie_rechten": "rechten", "vaststelling": "vaststelling"}

STAFF = ["M. Kortland", "A. Verweij", "J. Oudenaarden", "R. Hesselink", "L. Bakkenes", "T. Wijnberg",
         "E. Spronk", "H. Dijkhuis", "C. Noordam", "P. Rustenburg", "I. Oldenkamp", "W. Reinders"]

CONSENT_PRESENT = {"signed", "stated", "adult_self", "curator", "image_sig"}
CONSENT_MISSING = {"missing", "avg_only"}


class Doc:
    def __init__(self, id, casus, layout, fmt, date, gaps=None, note="", revised=None, title=None,
                 numbered=False, scanned=False, voice="3", extra=None):
        self.id = id
        self.c = dict(CASUS[casus])
        self.cid = casus
        self.layout = layout
        self.fmt = fmt
        self.date = date          # vaststelling
        self.gaps = dict(gaps or {})
        self.note = note
        self.revised = revised    # date of a revision after setting
        self.numbered = numbered
        self.scanned = scanned
        self.voice = voice
        self.extra = extra or {}
        self.type = self.c["type"]
        r = rng_for(id)
        self.r = r
        g = self.c["gender"]
        self.first = r.choice(FIRST_M if g == "m" else FIRST_V)
        self.last = r.choice(LAST)
        self.full = f"{self.first} {self.last}"
        self.place = r.choice(PLACES)
        self.school = r.choice(SCHOOLS[self.type])
        self.swv = SWV[self.type]
        st = r.sample(STAFF, 4)
        self.director, self.ib, self.teacher, self.other = st
        ys = 0
        if date.year == 2024 or (date.year == 2025 and date.month < 8):
            ys = -1
        elif date.year == 2026 and date.month >= 8:
            ys = 1
        self.ys = ys
        self.oogo_date = workday(date - datetime.timedelta(days=14 + r.randint(0, 6)))
        self.consent_date = workday(date - datetime.timedelta(days=r.randint(0, 4)))
        sy_end = date.year + 1 if date.month >= 8 else date.year
        self.ev2 = workday(datetime.date(sy_end, 6, 8 + r.randint(0, 14)))
        gap = (self.ev2 - date).days
        self.ev1 = workday(date + datetime.timedelta(days=gap // 2 + r.randint(-7, 7)))
        age = {"po": 10, "sbo": 11, "so": 10, "vo": 15, "pro": 15, "vso": 16}[self.type]
        if self.cid in ("vso_dagbesteding_curatele", "vso_vervolg_adult2"):
            age = 19
        if self.cid == "vso_vervolg_adult":
            age = 18
        self.dob = datetime.date(date.year - age - 1, r.randint(1, 12), r.randint(1, 28))
        self.adult = self.c.get("adult", False)
        self.curatele = self.c.get("curatele", False)
        pm = r.choice(["mevr.", "mevr."])
        self.mother = f"mevr. {r.choice(['A.', 'S.', 'K.', 'N.', 'F.'])} {self.last}"
        self.father = f"dhr. {r.choice(['J.', 'R.', 'M.', 'B.', 'D.'])} {self.last}"
        self.parents = self.extra.get("parents", f"moeder ({self.mother}) en vader ({self.father})")
        self.parent_sig = self.extra.get("parent_sig", self.mother)
        if self.curatele:
            self.parents = f"moeder ({self.mother}, curator) en {self.first}"
        if self.adult and not self.curatele:
            self.parents = f"{self.first} zelf, samen met (op {self.first}s verzoek) zijn/haar moeder"
        self.pron = dict(N=self.first, hij="hij", Hij="Hij", zijn="zijn", Zijn="Zijn", hem="hem", zij="zij", haar="haar")
        if g == "v":
            self.pron.update(hij="zij", Hij="Zij", zijn="haar", Zijn="Haar", hem="haar")
        if self.adult and not self.curatele:
            self.parents = f"{self.first} zelf, samen met (op verzoek van {self.first}) {self.pron['zijn']} moeder"

    # ---- helpers
    def f(self, s):
        return shift_years(s.format(**self.pron), self.ys)

    def kind(self, el):
        k = self.gaps.get(el)
        if k:
            return k
        if el == "afwijkingen_onderwijsprogramma":
            return "ok" if self.c.get("afwijking") else "na"
        if el == "instemming_ouders":
            if self.adult and not self.curatele:
                return "adult_self"
            if self.curatele:
                return "curator"
            return "signed"
        return "ok"

    def inbreng_required(self):
        if self.adult and not self.curatele:
            return False
        last = self.revised or self.date
        return last >= CUTOFF

    def labels(self):
        out = {}
        for el in ELEMENTS:
            k = self.kind(el)
            if el == "inbreng_leerling" and not self.inbreng_required():
                out[el] = "not_applicable"
                continue
            if el == "instemming_ouders":
                out[el] = "present" if k in CONSENT_PRESENT else ("missing" if k in CONSENT_MISSING else "incomplete")
                continue
            if k == "ok":
                out[el] = "present"
            elif k == "missing":
                out[el] = "missing"
            elif k == "na":
                out[el] = "not_applicable"
            else:
                out[el] = "incomplete"
        return out

    # ---- element contents (third person, or jij)
    def items(self, el):
        c = self.c
        J = JIJ.get(self.cid) if self.voice == "jij" else None
        if el == "belemmerende_factoren":
            return J["belem"] if J else [self.f(t) for _, t in c["belem"]]
        if el == "bevorderende_factoren":
            return J["bevord"] if J else [self.f(t) for _, t in c["bevord"]]
        if el == "ondersteuningsbehoefte":
            return J["behoefte"] if J else [self.f(t) for t in c["behoefte"]]
        if el == "ondersteuning":
            return J["steun"] if J else [self.f(f"{w} - {wie} - {hoe} - {v}") for w, wie, hoe, v in c["steun"]]
        if el == "doelen":
            return J["doelen"] if J else [self.f(t) for t in c["doelen"]]
        if el == "adviezen_professionals":
            if J:
                return [shift_years(J["advies"], self.ys)]
            return [self.f(f"Advies van {w} ({dt}): {a}. Wat de school ermee doet: {s}.") for w, dt, a, s in c["advies"]]
        raise KeyError(el)

    def text(self, el):
        c = self.c
        J = JIJ.get(self.cid) if self.voice == "jij" else None
        N = self.first
        if el == "uitstroombestemming":
            if J:
                return J["dest"]
            if self.type == "vso":
                return self.f(f"De verwachte uitstroombestemming van {N} is: {c['dest']}.")
            return self.f(f"Wij verwachten dat {N} uitstroomt naar: {c['dest']}.")
        if el == "onderbouwing":
            return J["onderbouwing"] if J else self.f(c["onderbouwing"])
        if el == "afwijkingen_onderwijsprogramma":
            k = self.kind(el)
            if k == "na":
                if J:
                    return "Je volgt het gewone programma van je klas. Er zijn geen afwijkingen."
                return self.f(f"Er zijn geen afwijkingen van het onderwijsprogramma: {N} volgt het reguliere programma en de gewone lestijd.")
            if J and J.get("afwijking"):
                return shift_years(J["afwijking"], self.ys)
            return self.f(c["afwijking"])
        if el == "inbreng_leerling":
            if J:
                return shift_years(J["view"] + " " + J["effect"], self.ys)
            k = self.kind(el)
            if k == "noeffect":
                return self.f(c["view"])
            return self.f(c["view"] + " " + c["effect"])
        if el == "oogo":
            if self.adult and not self.curatele:
                who = f"{N} zelf (meerderjarig), {self.pron['zijn']} moeder (op verzoek van {N}), de mentor ({self.teacher}) en de intern begeleider ({self.ib})"
            else:
                who = f"{self.parents}, de {'mentor' if self.type in ('vo','pro','vso') else 'groepsleerkracht'} ({self.teacher}) en de intern begeleider ({self.ib})"
            return f"Het ontwerp van dit plan is op {dl(self.oogo_date)} besproken in een op overeenstemming gericht overleg (OOGO). Aanwezig: {who}. De opmerkingen uit dat gesprek zijn in dit plan verwerkt."
        if el == "evaluatie":
            k = self.kind(el)
            if k == "vague":
                return "Het plan wordt regelmatig geëvalueerd."
            withp = "ouders" if not (self.adult and not self.curatele) else N
            if (self.revised or self.date) >= CUTOFF and not (self.adult and not self.curatele):
                withp = f"ouders en {N}"
            if self.curatele:
                withp = f"de curator en {N}"
            if J:
                return f"We kijken samen met jou en je ouders terug op {dl(self.ev1)} (tussenevaluatie) en op {dl(self.ev2)} (jaarevaluatie). Dan bespreken we of de doelen gehaald zijn en passen we het plan zo nodig aan."
            return f"Het plan wordt geëvalueerd met {withp}: een tussenevaluatie op {dl(self.ev1)} en de jaarevaluatie op {dl(self.ev2)}. Daarbij bespreken we of de doelen gehaald zijn en of de uitstroombestemming nog klopt; zo nodig wordt het plan bijgesteld."
        if el == "informatie_rechten":
            k = self.kind(el)
            if k == "partial":
                return "Heeft u vragen over dit plan, neem dan contact op met de intern begeleider."
            party = "u" if not (self.adult and not self.curatele) else "jij"
            if party == "jij":
                return ("Omdat je meerderjarig bent, beslis je zelf over het handelingsdeel: zonder jouw instemming wordt het niet uitgevoerd. "
                        "Ben je het niet eens met het plan, bespreek dat dan eerst met je mentor of de directeur. Je kunt ook hulp vragen aan een onderwijsconsulent "
                        "of het ouder- en jeugdsteunpunt van het samenwerkingsverband. Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
            return ("Voor het handelingsdeel (de ondersteuning) is uw instemming nodig; zonder uw instemming voeren wij dat deel niet uit. "
                    "Bent u het niet eens met het plan, bespreek dat dan eerst met de intern begeleider of de directeur. U kunt ook gratis advies vragen aan het "
                    f"ouder- en jeugdsteunpunt van het {self.swv} of aan een onderwijsconsulent. Binnen zes weken nadat het plan is vastgesteld kunt u een geschil "
                    "voorleggen aan de Geschillencommissie passend onderwijs.")
        if el == "vaststelling":
            k = self.kind(el)
            if k == "nodate":
                return f"Vastgesteld door {self.director}, directeur."
            if k == "nowho":
                return f"Datum vaststelling: {ds(self.date)}"
            return f"Dit plan is vastgesteld op {dl(self.date)} door {self.director}, directeur van {self.school}."
        if el == "doelen" and self.kind(el) == "vague":
            return self.f(f"{N} gaat vooruit met rekenen en lezen. {N} voelt zich prettig in de groep. {N} werkt beter zelfstandig.")
        raise KeyError(el)

    # ---- generic gap handling: returns None (missing) / [] (empty) / blocks
    def gap_blocks(self, el, label=None):
        k = self.kind(el)
        if k == "missing":
            return None
        pre = (label + ": ") if label else ""
        if k == "empty":
            return [("p", pre.rstrip())] if label else []
        if k in PLACEHOLDER:
            return [("p", pre + PLACEHOLDER[k])]
        if k == "instr":
            return [("i", INSTR[el])]
        if k == "bijlage":
            return [("p", pre + BIJLAGE[el])]
        if k == "unticked":
            if el == "uitstroombestemming":
                if self.type == "vso":
                    opts = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]
                elif self.type in ("po", "sbo", "so"):
                    opts = ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gl/tl", "havo", "vwo", "vso"]
                else:
                    opts = ["arbeid", "entree (mbo 1)", "mbo 2", "mbo 3/4", "hbo"]
                return [("p", pre + "   ".join("☐ " + o for o in opts))]
        return "content"

    def el_prose(self, el):
        """A single paragraph (or two) for element el; lists joined into a sentence."""
        c = self.c
        N = self.first
        J = self.voice == "jij"
        if el in ("uitstroombestemming", "onderbouwing", "afwijkingen_onderwijsprogramma", "inbreng_leerling",
                  "oogo", "evaluatie", "informatie_rechten", "vaststelling"):
            return self.text(el)
        if el == "doelen" and self.kind(el) == "vague":
            return self.text(el)
        its = self.items(el)
        lead = LEADS[el][0 if not J else 1].format(N=N)
        if el in ("ondersteuning", "adviezen_professionals", "doelen"):
            return lead + " " + " ".join((i[0].upper() + i[1:]) if i.endswith(".") else (i[0].upper() + i[1:] + ".") for i in its)
        if J:
            return lead + " " + " ".join(its)
        return lead + " " + "; ".join(its) + "."

    def el_lead_items(self, el):
        if el in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
                  "doelen", "adviezen_professionals") and not (el == "doelen" and self.kind(el) == "vague"):
            lead = LEADS[el][0 if self.voice != "jij" else 1].format(N=self.first).rstrip(":") + ":"
            return lead, self.items(el)
        return None, None


LEADS = {
    "belemmerende_factoren": ["Wat het leren en de ontwikkeling van {N} belemmert:", "Wat het moeilijk maakt:"],
    "bevorderende_factoren": ["Wat {N} helpt en waar {N} sterk in is:", "Wat jou helpt:"],
    "ondersteuningsbehoefte": ["{N} heeft het volgende nodig:", "Wat jij nodig hebt:"],
    "ondersteuning": ["Deze ondersteuning krijgt {N} (wat - door wie - hoe vaak - vanaf wanneer):", "Dit is de hulp die je krijgt:"],
    "doelen": ["Voor de komende periode werken we aan deze doelen:", "Hier werk je aan:"],
    "adviezen_professionals": ["De volgende deskundigen hebben geadviseerd:", "Wat de deskundigen adviseren:"],
}

HEADS = {
    "uitstroombestemming": ["Uitstroombestemming", "Verwachte uitstroom", "Perspectief", "Uitstroomprofiel", "Ontwikkelingsperspectief"],
    "onderbouwing": ["Onderbouwing", "Waarop baseren we dit?", "Onderbouwing van het perspectief", "Waarom dit perspectief"],
    "belemmerende_factoren": ["Belemmerende factoren", "Wat maakt het moeilijk", "Belemmeringen", "Wat zit in de weg"],
    "bevorderende_factoren": ["Bevorderende factoren", "Sterke kanten", "Wat helpt", "Stimulerende factoren", "Krachten"],
    "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoefte", "Wat heeft {N} nodig", "Behoeften"],
    "ondersteuning": ["Begeleiding en ondersteuning", "Handelingsdeel", "Aanpak", "Extra ondersteuning", "Wat de school doet"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het programma", "Aangepast programma", "Programma en lestijd", "Afwijkend programma"],
    "doelen": ["Doelen", "Doelen komende periode", "Tussendoelen", "Wat we willen bereiken"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Onderzoek en advies", "Wat deskundigen zeggen"],
    "oogo": ["Overleg met ouders", "Gesprek met ouders", "OOGO", "Besproken met ouders"],
    "instemming_ouders": ["Instemming", "Ondertekening", "Akkoord ouders", "Handtekeningen"],
    "inbreng_leerling": ["Inbreng van {N}", "Wat vindt {N} zelf", "Stem van de leerling", "Gesprek met {N}"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Terugkijken", "Wanneer evalueren we"],
    "informatie_rechten": ["Uw rechten", "Niet eens met het plan?", "Informatie voor ouders", "Rechten van ouders"],
    "vaststelling": ["Vaststelling", "Vastgesteld", "Vaststelling door de school"],
}
