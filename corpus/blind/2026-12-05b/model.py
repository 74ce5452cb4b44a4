"""Turns a case (the model) into element texts. Labels never come from here: see labels.py."""
import random
import datetime as dt
from content import PROFILES, INSTRUCTIONS, PLACEHOLDERS, SEE_ELSEWHERE, dlong, dnum, MONTHS

AUG2025 = dt.date(2025, 8, 1)

# per-case phrase variation (each school words things its own way)
SYN = [
    ("Op grond hiervan verwachten wij", ["Op grond hiervan verwachten wij", "Daarom verwacht de school", "Gezien deze gegevens gaan wij uit van"]),
    ("verwachten wij dat", ["verwachten wij dat", "verwacht het team dat", "is de verwachting dat"]),
    ("De school volgt dit advies:", ["De school volgt dit advies:", "Wat doen wij ermee?", "Dit advies nemen we over:"]),
    ("Het advies is overgenomen:", ["Het advies is overgenomen:", "De school neemt dit over:", "Dit is zo uitgevoerd:"]),
    ("adviseerde ", ["adviseerde ", "gaf als advies ", "raadde aan "]),
    ("heeft behoefte aan:", ["heeft behoefte aan:", "heeft baat bij:"]),
    ("Met de huidige ondersteuning is het niveau", ["Met de huidige ondersteuning is het niveau", "Met passende begeleiding is"]),
    ("het leerrendement is", ["het leerrendement is", "het leerrendement (LR) is", "het rendement is"]),
]


class Ctx:
    def __init__(self, c):
        self.c = c
        self.rng = random.Random("blind2-" + c["id"])
        g = c["g"]
        self.f = dict(n=c["n"], hij="zij" if g == "v" else "hij", Hij="Zij" if g == "v" else "Hij",
                      zijn="haar" if g == "v" else "zijn", Zijn="Haar" if g == "v" else "Zijn",
                      dest=c["dest"], dle=c.get("dle", 14), testjaar=c.get("testjaar", c["plan"].year - 1),
                      advdatum=dlong(c["plan"] - dt.timedelta(days=120)),
                      startmaand=MONTHS[(c["plan"].month) % 12],
                      evalmaand=MONTHS[(c["plan"].month + 4) % 12],
                      instroom={"po": "groep 1", "sbo": "groep 5", "so": "twee jaar", "vo": "de brugklas", "pro": "leerjaar 1", "vso": "drie jaar"}[c["st"]])
        self.p = PROFILES[c["profile"]]
        if c["states"].get("uitstroombestemming", "ok") != "ok":
            self.f["dest"] = "een passend vervolg"  # never leak the destination through other sections
        r2 = random.Random("syn-" + c["id"])
        self.synpick = {old: r2.randrange(len(alts)) for old, alts in SYN}

    def fill(self, s):
        s = s.format(**self.f)
        for old, alts in SYN:
            if old in s:
                s = s.replace(old, alts[self.synpick[old]])
        return s

    def pick(self, seq):
        return self.rng.choice(seq)

    def st(self, e):
        return self.c["states"].get(e, "ok")

    # generic gap text; returns None when state is ok-like
    def gap(self, e):
        s = self.st(e)
        if s == "empty":
            return ""
        if s == "placeholder":
            return self.pick(PLACEHOLDERS)
        if s == "instructions":
            return INSTRUCTIONS[e]
        if s == "see":
            return SEE_ELSEWHERE[e]
        return None

    # ---- elements -------------------------------------------------------------------------
    def dest(self):
        g = self.gap("uitstroombestemming")
        if g is not None:
            return [g]
        return [self.fill(self.pick(["{dest}", "Verwachte uitstroombestemming: {dest}.",
                                     "Wij verwachten dat {n} uitstroomt naar {dest}."]))]

    def onderbouwing(self):
        g = self.gap("onderbouwing")
        return [g] if g is not None else [self.fill(self.p["onderbouwing"])]

    def factors(self, kind):  # kind 'belem' / 'bevord'
        e = "belemmerende_factoren" if kind == "belem" else "bevorderende_factoren"
        g = self.gap(e)
        if g is not None:
            return None, g
        return [(d, self.fill(t)) for d, t in self.p[kind]], None

    def behoefte(self):
        g = self.gap("ondersteuningsbehoefte")
        if g is not None:
            return None, g
        intro = self.fill(self.pick(["{n} heeft behoefte aan:", "{n} heeft nodig:", "Onderwijsbehoeften van {n}:"]))
        return [self.fill(x) for x in self.p["behoefte"]], intro

    def ondersteuning(self):
        g = self.gap("ondersteuning")
        if g is not None:
            return None, g
        return [tuple(self.fill(x) for x in r) for r in self.p["ondersteuning"]], None

    def afwijking(self):
        s = self.st("afwijkingen_onderwijsprogramma")
        if s == "ok":
            return [self.fill(self.p["afwijking"])]
        if s == "none":
            return [self.fill(self.pick(["Er zijn geen afwijkingen van het onderwijsprogramma.",
                                         "n.v.t. \u2013 {n} volgt het reguliere programma van de groep.",
                                         "Geen. {n} volgt het volledige onderwijsprogramma en de volledige onderwijstijd.",
                                         "Nee, er wordt niet afgeweken van het programma."]))]
        return [self.gap("afwijkingen_onderwijsprogramma")]

    def doelen(self):
        g = self.gap("doelen")
        return (None, g) if g is not None else ([self.fill(x) for x in self.p["doelen"]], None)

    def advies(self):
        g = self.gap("adviezen_professionals")
        if g is not None:
            return [g]
        t = self.fill(self.p["advies"])
        if self.c["st"] in ("so", "vso"):
            t = self.fill(self.pick([
                "De commissie voor de begeleiding (CvB) heeft dit OPP op {advdatum} besproken en adviseert het plan zo vast te stellen, "
                "met extra aandacht voor de overgang naar het volgende schooljaar. ",
                "Advies CvB ({advdatum}): akkoord met het perspectief en de ondersteuning; de CvB vraagt extra aandacht voor de oriëntatie op stage en vervolgplek. "])) + t
        return [t]

    def parents(self):
        c = self.c
        return c.get("ouders", f"mw. {c['moeder']} en dhr. {c['last']}")

    def oogo(self):
        s = self.st("oogo")
        c = self.c
        if s == "placeholder":
            return [self.pick(["Datum gesprek met ouders: ...", "Besproken met ouders op: n.t.b.", "Gesprek ouders: volgt na overleg"])]
        g = self.gap("oogo")
        if g is not None:
            return [g]
        who = c["n"] + " zelf" if c.get("adult") and not c.get("curatele") else self.parents()
        mentor = c.get("mentor", "de mentor")
        return [self.pick([
            f"Het ontwikkelingsperspectief is op {dlong(c['oogo'])} besproken met {who}, {mentor} en de intern begeleider. "
            f"Hun inbreng (zorgen over de overstap en de wens tot meer contact) is in het plan verwerkt.",
            f"Op overeenstemming gericht overleg: {dnum(c['oogo'])}, aanwezig: {who}, {mentor}, ib'er. "
            f"Afgesproken is om het contact te houden via een maandelijks belmoment.",
            f"Op {dlong(c['oogo'])} hebben wij dit plan met {who} doorgesproken. Ouders herkennen het beeld; "
            f"hun aanvulling over de thuissituatie is opgenomen bij de factoren."])]

    def inbreng(self):
        s = self.st("inbreng_leerling")
        if s in ("placeholder", "empty", "instructions"):
            return [self.gap("inbreng_leerling")]
        view, change = self.p["view"]
        if s == "view_only":
            return [self.fill(view)]
        return [self.fill(view), self.fill(change)]

    def evaluatie(self):
        s = self.st("evaluatie")
        g = self.gap("evaluatie")
        if g is not None:
            return [g]
        c = self.c
        e1 = c["plan"] + dt.timedelta(days=130)
        who = "ouders en " + c["n"] if max(c["plan"], c["revised"] or c["plan"]) >= dt.date(2025, 8, 1) else "ouders"
        if c.get("adult") and not c.get("curatele"):
            who = c["n"]
        return [self.pick([
            f"Het OPP wordt twee keer per schooljaar geëvalueerd met {who}: in {MONTHS[e1.month-1]} en in juni. "
            f"Eerste evaluatie gepland op {dlong(e1)}.",
            f"Evaluatie: jaarlijks in juni en tussentijds in {MONTHS[e1.month-1]} {e1.year}, samen met {who}, mentor en zorgcoördinator.",
            f"Wij bespreken de voortgang elk halfjaar met {who} (volgende keer: {dnum(e1)}). Dan kijken we of doelen en aanpak bijgesteld moeten worden."])]

    def rechten(self):
        s = self.st("informatie_rechten")
        if s == "partial":
            return [self.pick(["Ouders hebben instemmingsrecht op het handelingsdeel van het OPP.",
                               "Let op: voor het handelingsdeel is de instemming van ouders nodig."])]
        g = self.gap("informatie_rechten")
        if g is not None:
            return [g]
        swv = self.c.get("swv", "het samenwerkingsverband")
        return [self.pick([
            "U heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met (een deel van) het plan, "
            "bespreek dat dan eerst met de school. U kunt ook advies vragen aan het ouder- en jeugdsteunpunt van " + swv +
            " of aan een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de "
            "Geschillencommissie passend onderwijs.",
            "Bent u het niet eens met dit plan? Dan gaan wij graag met u in gesprek. Komen we er samen niet uit, dan kunt u "
            "contact opnemen met het ouder- en jeugdsteunpunt, met de onderwijsconsulenten, of binnen 6 weken na vaststelling "
            "naar de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl). U hoeft niet in te stemmen met het handelingsdeel; "
            "zonder uw instemming wordt het handelingsdeel niet uitgevoerd."])]

    def vaststelling(self):
        s = self.st("vaststelling")
        c = self.c
        d = c.get("directeur", "de directeur")
        lines = []
        if s == "ok":
            lines.append(self.pick([f"Vastgesteld op {dlong(c['plan'])} door {d}, directeur.",
                                    f"Datum vaststelling: {dnum(c['plan'])} \u2013 {d} (directie)",
                                    f"Dit OPP is door de school vastgesteld op {dlong(c['plan'])} (namens het bevoegd gezag: {d})."]))
        elif s == "no_date":
            lines.append(f"Vastgesteld door: {d}    Datum: ....................")
        elif s in ("placeholder", "instructions", "empty"):
            lines.append("Datum vaststelling: " + (self.gap("vaststelling") or ""))
        if c.get("revised") and s != "absent":
            lines.append(f"Bijgesteld na tussenevaluatie op {dlong(c['revised'])}.")
        return lines

    def consent(self):
        """List of items: ('p',text) ('check',bool,text) ('sig',role,name,date|None,signed)."""
        s = self.st("instemming_ouders")
        c = self.c
        pd = c["consent_date"] if c.get("consent_date") else c["plan"]
        par = c.get("ouder1", f"{c['moeder']}")
        par2 = c.get("ouder2", f"{c['vadervoornaam']} {c['last']}")
        d = c.get("directeur", "directeur")
        school = ("sig", "Namens de school", d, pd, True)
        if self.st("vaststelling") != "ok" and s != "school_only":
            school = ("p", "")  # no dated school signature in plans that were not set: it would read as a vaststelling
        intro = "Ouders/verzorgers verklaren in te stemmen met het handelingsdeel van het ontwikkelingsperspectief."
        if s == "signed":
            return [("p", intro), ("check", True, "Akkoord met het handelingsdeel"),
                    ("sig", "Ouder/verzorger 1", par, pd, True), ("sig", "Ouder/verzorger 2", par2, pd, True), school]
        if s == "stated":
            return [("p", f"Ouders hebben op {dlong(pd)} schriftelijk (via het ouderportaal) ingestemd met het handelingsdeel. "
                          f"Bevestiging ontvangen van {par}.")]
        if s == "signed_adult":
            return [("p", f"{c['n']} is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel."),
                    ("check", True, "Ik stem in met het handelingsdeel"),
                    ("sig", "Leerling", f"{c['n']} {c['last']}", pd, True), school]
        if s == "signed_curator":
            return [("p", f"{c['n']} staat onder curatele. De curator ({par}) beslist over de instemming met het handelingsdeel."),
                    ("check", True, "Curator stemt in met het handelingsdeel"),
                    ("sig", "Curator", par, pd, True), ("sig", "Leerling (voor gezien)", f"{c['n']} {c['last']}", pd, True), school]
        if s == "pupil_only_curatele":
            return [("p", "De leerling is meerderjarig en tekent zelf voor akkoord."),
                    ("check", True, "Akkoord"), ("sig", "Leerling", f"{c['n']} {c['last']}", pd, True), school]
        if s == "voor_gezien":
            return [("p", "Ouders tekenen dit plan voor gezien."), ("sig", "Voor gezien, ouder/verzorger", par, pd, True), school]
        if s == "onder_protest":
            return [("p", intro), ("sig", "Ouder/verzorger", par, pd, True),
                    ("p", "Handgeschreven toevoeging bij de handtekening: \u2018getekend onder protest, wij vinden de geboden begeleiding onvoldoende\u2019.")]
        if s == "refused":
            return [("p", "Instemming met het handelingsdeel:"), ("check", False, "Ja, ik/wij stemmen in"),
                    ("check", True, "Nee, ik/wij stemmen niet in"),
                    ("sig", "Ouder/verzorger", par, pd, True), school]
        if s == "partial_consent":
            return [("p", intro), ("check", False, "Akkoord met het gehele handelingsdeel"),
                    ("check", True, "Akkoord met het handelingsdeel, behalve: de afwijking van het onderwijsprogramma (aangepast rooster)"),
                    ("sig", "Ouder/verzorger", par, pd, True), school]
        if s == "school_only":
            return [("p", intro), ("sig", "Namens de school", d, pd, True), ("sig", "Ouder/verzorger", "", None, False)]
        if s == "blank_line":
            return [("p", intro), ("sig", "Handtekening ouder/verzorger", "", None, False), ("sig", "Handtekening ouder/verzorger", "", None, False)]
        if s == "unticked_box":
            return [("p", "Kruis aan wat van toepassing is:"), ("check", False, "Ik/wij stemmen in met het handelingsdeel"),
                    ("check", False, "Ik/wij stemmen niet in met het handelingsdeel"),
                    ("sig", "Naam ouder/verzorger", par, None, False), school]
        if s == "no_date":
            return [("p", intro), ("check", True, "Akkoord"), ("sig", "Ouder/verzorger", par, None, True)]
        if s == "avg_only":
            return [("p", "Toestemming gegevensuitwisseling (AVG): ouders geven toestemming om gegevens uit dit dossier te delen "
                          "met het samenwerkingsverband en de ambulant begeleider."),
                    ("check", True, "Ja, ik geef toestemming voor gegevensuitwisseling"),
                    ("check", True, "Ja, foto's van mijn kind mogen in de nieuwsbrief"),
                    ("sig", "Ouder/verzorger", par, pd, True)]
        if s == "absent":
            return []
        raise ValueError(s)
