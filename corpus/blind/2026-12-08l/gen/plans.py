# -*- coding: utf-8 -*-
"""Plan context: resolves archetype + pupil + gaps into element texts, consent blocks and labels."""
import datetime
import re

from content import ARCH, INSTRUCTIONS, RIGHTS_FULL, RIGHTS_FULL_ADULT, RIGHTS_PARTIAL, RIGHTS_ZIE, d_nl, DOMAINS

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

HOORRECHT_START = "2025-08-01"
INCOMPLETE_STATES = {"empty", "ph", "instr", "zie", "partial", "sdt_empty", "unticked", "vague", "noeffect"}

ZIE = {
    "uitstroombestemming": "Zie het verslag van de commissie (bijlage 1).",
    "onderbouwing": "Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie groeidocument, paragraaf 2.3.",
    "bevorderende_factoren": "Zie groeidocument, paragraaf 2.3.",
    "ondersteuningsbehoefte": "Zie het groepsplan.",
    "ondersteuning": "Zie het groepsplan en het arrangement (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 4.",
    "doelen": "Zie het groepsplan van periode 2.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek en verslag logopedie in het dossier.",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het verslag van het kindgesprek (bijlage).",
    "evaluatie": "Zie de jaarplanning zorg.",
    "informatie_rechten": RIGHTS_ZIE,
    "vaststelling": "Zie ondertekening.",
}


def shift_years(text, delta):
    if not delta:
        return text
    return re.sub(r"\b(20(1[5-9]|2[0-9]))\b", lambda m: str(int(m.group(1)) + delta), text)


def add_days(iso, n):
    d = datetime.date(*[int(x) for x in iso.split("-")]) + datetime.timedelta(days=n)
    return d.isoformat()


class Plan:
    def __init__(self, spec):
        self.s = spec
        self.a = ARCH[spec["arch"]]
        self.type = self.a["type"]
        p = spec["pupil"]
        self.vn, self.an = p["vn"], p["an"]
        self.naam = "%s %s" % (self.vn, self.an)
        m = p["g"] == "m"
        self.pron = dict(hij="hij" if m else "zij", Hij="Hij" if m else "Zij", zijn="zijn" if m else "haar",
                         Zijn="Zijn" if m else "Haar", hem="hem" if m else "haar")
        self.vast = spec["vast"]
        self.revised = spec.get("revised")
        self.oogo_date = spec.get("oogo", add_days(self.vast, -7))
        self.eff = max(self.vast, self.revised or self.vast)
        y, mth = int(self.eff[:4]), int(self.eff[5:7])
        self.sy = y if mth >= 8 else y - 1  # school year start
        # archetype texts are written for a plan set in autumn 2025; shift them so that goals and
        # support dates lie after the plan date (spring plans look ahead to the next school year)
        self.delta = (y - 2025) if mth >= 2 else (y - 2026)
        self.gaps = spec.get("gaps", {})
        self.dstyle = spec.get("dstyle", "dash")
        self.adult = spec.get("adult", False)
        self.curatele = spec.get("curatele", False)
        self.self_decides = self.adult and not self.curatele

    # ---- helpers
    def f(self, t):
        t = t.replace("{vn}", self.vn)
        for k, v in self.pron.items():
            t = t.replace("{%s}" % k, v)
        t = t.replace("{naam}", self.naam)
        t = shift_years(t, self.delta)
        if self.type == "vso" and self.state("uitstroombestemming") != "full":
            # the destination is deliberately left open: keep other sections from naming the profile
            t = re.sub(r"(vso-)?profiel (arbeidsmarktgericht|dagbesteding|vervolgonderwijs)( blijft passend| handhaven)?", "het programma", t)
            t = re.sub(r"arbeidsmarktgerichte profiel", "programma", t)
            t = t.replace("beschut werk", "vervolgplek").replace("het dagbestedingsprofiel", "het programma")

        def past(m):
            # d-m-yyyy dates in archetype texts are reports/advice already given: keep them before the plan date
            dd, mm, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
            while "%04d-%02d-%02d" % (yy, mm, dd) > self.eff:
                yy -= 1
            return "%d-%d-%d" % (dd, mm, yy)
        return re.sub(r"\b(\d{1,2})-(\d{1,2})-(20\d\d)\b", past, t)

    def d(self, iso, style=None):
        return d_nl(iso, style or self.dstyle)

    def state(self, el):
        return self.gaps.get(el, "full")

    def has(self, el):
        return self.state(el) != "omit"

    def gap_text(self, el):
        st = self.state(el)
        if st == "empty":
            return ""
        if st == "ph":
            return self.s.get("ph", {}).get(el, "...")
        if st == "instr":
            return INSTRUCTIONS[el]
        if st == "zie":
            return ZIE[el]
        if st == "sdt_empty":
            return None
        return None

    # ---- element texts (full or partial) -------------------------------
    def uitstroom(self):
        st = self.state("uitstroombestemming")
        if st == "partial":
            return {"po": "voortgezet onderwijs (niveau nog niet te bepalen)", "sbo": "voortgezet onderwijs",
                    "so": "vso", "vo": "diploma", "pro": "arbeid of vervolgonderwijs", "vso": "vso-uitstroom volgt"}[self.type]
        return self.f(self.a["uitstroom"])

    def onderbouwing(self):
        if self.state("onderbouwing") == "partial":
            return "Op basis van de toetsgegevens en het beeld van de leerkracht."
        t = self.f(self.a["onderbouwing"])
        if self.state("uitstroombestemming") != "full":
            # the destination field is gapped: do not let the reasoning name the destination either
            parts = re.split(r"(?<=[.!?]) (?=[A-Z])", t)
            t = " ".join(parts[:-1])
        return t

    def belem(self):
        return [(dm, self.f(t)) for dm, t in self.a["belem"]]

    def bevord(self):
        return [(dm, self.f(t)) for dm, t in self.a["bevord"]]

    def behoeften(self):
        return [self.f(t) for t in self.a["behoeften"]]

    def ondersteuning_rows(self):
        return [[self.f(x) for x in r] for r in self.a["ondersteuning"]]

    def ondersteuning_vague(self):
        return "Extra begeleiding in en buiten de groep waar nodig; afstemming volgt."

    def afw_text(self):
        st = self.state("afwijkingen_onderwijsprogramma")
        if st == "none" or self.a["afwijkingen"] is None:
            return None
        return self.f(self.a["afwijkingen"])

    def afw_is_none(self):
        st = self.state("afwijkingen_onderwijsprogramma")
        if st == "none":
            return True
        if st != "full":
            return False
        a = self.a["afwijkingen"]
        return a is None or a.startswith("Geen") or a.startswith("Er zijn geen")

    def afw_none_sentence(self):
        a = self.a["afwijkingen"]
        if a and (a.startswith("Geen") or a.startswith("Er zijn geen")) and self.state("afwijkingen_onderwijsprogramma") == "full":
            return self.f(a)
        return "Er wordt niet afgeweken van het reguliere onderwijsprogramma; %s volgt alle vakken en de volledige lestijd." % self.vn

    def doelen(self):
        if self.state("doelen") == "vague":
            return [self.f("{vn} gaat vooruit met leren."), self.f("{vn} voelt zich prettig in de groep."),
                    self.f("{vn} werkt beter samen.")]
        return [self.f(t) for t in self.a["doelen"]]

    def adviezen(self):
        if self.state("adviezen_professionals") == "partial":
            return None
        return [(self.f(a), self.f(b), self.f(c)) for a, b, c in self.a["adviezen"]]

    def adviezen_partial(self):
        return "Het advies van de orthopedagoog en de behandelaar is besproken en wordt gevolgd."

    def adviezen_lines(self):
        return ["%s: %s. Wat de school doet: %s." % a for a in self.adviezen()]

    def oogo(self):
        st = self.state("oogo")
        if st == "partial":
            return "Het plan is met de ouders besproken."
        who = self.s.get("oogo_who") or self.default_oogo_who()
        return "Het ontwikkelingsperspectief is op %s besproken met %s. %s" % (
            self.d(self.oogo_date, "long"), who, self.s.get("oogo_extra", "De opmerkingen van ouders zijn verwerkt in deze versie."))

    def default_oogo_who(self):
        if self.self_decides:
            return "%s zelf, %s ouders (op %s uitnodiging), de mentor en de ondersteuningscoördinator" % (self.vn, self.pron["zijn"], self.pron["zijn"])
        return "moeder, vader, de groepsleerkracht/mentor en de intern begeleider"

    def inbreng(self):
        st = self.state("inbreng_leerling")
        if st in ("noeffect",):
            return self.f(self.a["inbreng"])
        if st == "partial":
            return self.f("{vn} is gehoord.")
        return self.f(self.a["inbreng"]) + " " + self.f(self.a["effect"])

    def evaluatie(self):
        st = self.state("evaluatie")
        if st == "partial":
            return "Het plan wordt periodiek geëvalueerd."
        e1, e2 = add_days(self.eff, 100), add_days(self.eff, 220)
        from content import MONTHS
        e1s = "%s %s" % (MONTHS[int(e1[5:7]) - 1], e1[:4])
        e2s = "%s %s" % (MONTHS[int(e2[5:7]) - 1], e2[:4])
        who = "de ouders" if self.eff < HOORRECHT_START else ("%s en %s ouders" % (self.vn, self.pron["zijn"]) if not self.self_decides else "%s zelf (en, als %s dat wil, %s ouders)" % (self.vn, self.pron["hij"], self.pron["zijn"]))
        if self.type in ("so", "vso"):
            extra = " De commissie voor de begeleiding bespreekt de evaluatie jaarlijks."
        else:
            extra = ""
        return ("Tussenevaluatie in %s en jaarevaluatie in %s, in een gesprek met %s, de mentor/leerkracht "
                "en de intern begeleider of ondersteuningscoördinator. Daarna wordt het plan zo nodig bijgesteld.%s" % (e1s, e2s, who, extra))

    def rechten(self):
        st = self.state("informatie_rechten")
        if st == "partial":
            return RIGHTS_PARTIAL
        if self.curatele:
            return RIGHTS_FULL.replace("U heeft als ouder instemmingsrecht", "U heeft als curator (wettelijk vertegenwoordiger) instemmingsrecht")
        return RIGHTS_FULL_ADULT if self.self_decides else RIGHTS_FULL

    def dir_name(self):
        return self.s.get("dir", "mw. drs. H. Koopmans")

    def vaststelling(self):
        st = self.state("vaststelling")
        if st == "partial":
            return "Vastgesteld door: %s, directeur. Datum: ............" % self.dir_name()
        return "Vastgesteld door %s, directeur %s, namens het bevoegd gezag, op %s." % (self.dir_name(), self.s["school"], self.d(self.vast, "long"))

    def T(self, el):
        """Single text for an element (two-column / form / export layouts); None if omitted."""
        st = self.state(el)
        if st == "omit":
            return None
        if st in ("empty", "ph", "instr", "zie", "sdt_empty"):
            return self.gap_text(el)
        if el == "uitstroombestemming":
            return self.uitstroom()
        if el == "onderbouwing":
            return self.onderbouwing()
        if el == "belemmerende_factoren":
            return "\n".join("- " + t for _, t in self.belem())
        if el == "bevorderende_factoren":
            return "\n".join("- " + t for _, t in self.bevord())
        if el == "ondersteuningsbehoefte":
            return "\n".join("- " + t for t in self.behoeften())
        if el == "ondersteuning":
            if st == "vague":
                return self.ondersteuning_vague()
            return "\n".join("- %s (%s, %s, %s)" % tuple(r) for r in self.ondersteuning_rows())
        if el == "afwijkingen_onderwijsprogramma":
            if self.afw_is_none():
                return self.afw_none_sentence()
            return self.afw_text()
        if el == "doelen":
            return "\n".join("- " + t for t in self.doelen())
        if el == "adviezen_professionals":
            if st == "partial":
                return self.adviezen_partial()
            return "\n".join("- " + t for t in self.adviezen_lines())
        if el == "oogo":
            return self.oogo()
        if el == "inbreng_leerling":
            return self.inbreng()
        if el == "evaluatie":
            return self.evaluatie()
        if el == "informatie_rechten":
            return self.rechten()
        if el == "vaststelling":
            return self.vaststelling()
        raise KeyError(el)

    # ---- consent ----------------------------------------------------------
    def consent(self):
        """Returns dict(intro, checks, sig, notes, label, desc, hand)."""
        sc = self.s["consent"]
        fam = self.s.get("fam", {})
        mo = fam.get("mo", "mw. %s" % self.an)
        fa = fam.get("fa", "dhr. %s" % self.an)
        cdate = self.d(self.s.get("cdate", add_days(self.vast, -2)))
        cdate2 = self.d(self.s.get("cdate2", add_days(self.vast, 12)))
        mark = self.s.get("mark", "text")
        hand = self.s.get("fmt") == "scan"
        if hand:
            mark = "scribble"
        school = dict(role="Directeur", name=self.dir_name(), date=self.d(self.vast), mark=mark, choice="", hand_date=hand)
        intro = ("Ondergetekende(n) verklaart/verklaren dat het ontwikkelingsperspectief met hen is besproken en geeft/geven "
                 "hieronder aan of zij instemmen met het handelingsdeel (de te bieden ondersteuning en begeleiding).")
        AK = [(True, "akkoord met het handelingsdeel"), (False, "niet akkoord")]
        NAK = [(False, "akkoord met het handelingsdeel"), (True, "niet akkoord")]
        UN = [(False, "akkoord met het handelingsdeel"), (False, "niet akkoord")]

        def row(role, name, date, m=None, choice="akkoord"):
            return dict(role=role, name=name, date=date, mark=mark if m is None else m, choice=choice,
                        hand_date=hand, hand_choice=hand)
        blank = lambda role, name="": dict(role=role, name=name, date="", mark=None, choice="")
        r = dict(intro=intro, checks=AK, sig=[], notes=[], label="present", desc="", hand=hand, include=True)
        if sc == "both":
            r["sig"] = [row("Ouder 1 (moeder)", mo, cdate), row("Ouder 2 (vader)", fa, cdate)]
            r["desc"] = "both parents signed akkoord with date"
        elif sc == "one_sole":
            r["notes"] = ["Moeder heeft het ouderlijk gezag alleen (eenhoofdig gezag sinds 2021); vader heeft geen gezag en ontvangt op verzoek informatie."]
            r["sig"] = [row("Ouder met gezag (moeder)", mo, cdate)]
            r["desc"] = "separated; mother has sole custody and signed akkoord"
        elif sc == "sep_both":
            r["notes"] = ["Ouders zijn gescheiden en hebben beiden het gezag. Beide ouders hebben een eigen exemplaar ontvangen en ondertekend."]
            r["sig"] = [row("Moeder (gezag)", mo, cdate), row("Vader (gezag)", fa, cdate2)]
            r["desc"] = "separated parents, joint custody, both signed on different dates"
        elif sc == "sep_one_blank":
            r["notes"] = ["Ouders zijn gescheiden en hebben gezamenlijk gezag. Het plan is aan beide ouders toegestuurd."]
            r["sig"] = [row("Moeder (gezag)", mo, cdate), blank("Vader (gezag)", fa)]
            r["label"] = "incomplete"
            r["desc"] = "separated, joint custody: mother signed, father's line blank"
        elif sc == "sep_refuse":
            r["checks"] = None
            r["notes"] = ["Ouders zijn gescheiden en hebben gezamenlijk gezag. " + self.s.get("refuse_text", "Vader is het niet eens met het verkorte rooster en heeft niet ingestemd.") +
                          " De school gaat opnieuw in gesprek; zo nodig wordt de onderwijsconsulent ingeschakeld."]
            r["sig"] = [row("Moeder (gezag)", mo, cdate, choice="akkoord"), row("Vader (gezag)", fa, cdate2, choice="niet akkoord")]
            r["label"] = "incomplete"
            r["desc"] = "separated: mother akkoord, father niet akkoord (refuses)"
        elif sc == "voogd":
            r["notes"] = ["%s staat onder voogdij van een gecertificeerde instelling (Stichting Jeugdbescherming Rietmonde e.o.). De voogd beslist over het handelingsdeel." % self.vn]
            r["sig"] = [row("Voogd (gezag)", fam.get("voogd", "mw. S. Dijkhuis, jeugdbeschermer"), cdate)]
            r["desc"] = "pupil under guardianship; voogd (GI) signed akkoord"
        elif sc == "gezinsvoogd_only":
            r["notes"] = ["%s heeft een ondertoezichtstelling; beide ouders hebben het gezag. De gezinsvoogd heeft namens het team jeugdbescherming getekend." % self.vn]
            r["sig"] = [row("Gezinsvoogd", fam.get("gv", "dhr. R. Smeenk, jeugdbeschermer"), cdate), blank("Ouder 1", mo), blank("Ouder 2", fa)]
            r["label"] = "incomplete"
            r["desc"] = "OTS: only the gezinsvoogd signed; parents (who hold custody) did not"
        elif sc == "gezinsvoogd_parent":
            r["notes"] = ["%s heeft een ondertoezichtstelling; moeder heeft het gezag. De gezinsvoogd was bij het gesprek en tekent voor gezien." % self.vn]
            r["sig"] = [row("Moeder (gezag)", mo, cdate), row("Gezinsvoogd", fam.get("gv", "dhr. R. Smeenk"), cdate, choice="voor gezien")]
            r["desc"] = "OTS: mother (custody) signed akkoord, gezinsvoogd signed voor gezien"
        elif sc == "pleeg_voogd":
            r["notes"] = ["%s woont in een pleeggezin. De voogdij ligt bij een gecertificeerde instelling; de pleegouders zijn de dagelijkse verzorgers." % self.vn]
            r["sig"] = [row("Pleegouder", fam.get("pleeg", "mw. A. Terpstra-Wind"), cdate), row("Voogd (gezag)", fam.get("voogd", "dhr. M. Kersbergen, jeugdbeschermer"), cdate2)]
            r["desc"] = "foster family: pleegouder and voogd both signed akkoord"
        elif sc == "gezinshuis_gezien":
            r["checks"] = UN
            r["notes"] = ["%s woont in gezinshuis De Boomgaard. Het gezag ligt bij de voogd (gecertificeerde instelling)." % self.vn]
            r["sig"] = [row("Gezinshuisouder", fam.get("gh", "dhr. P. van Eck"), cdate, choice="voor gezien"), blank("Voogd (gezag)")]
            r["label"] = "incomplete"
            r["desc"] = "gezinshuis: gezinshuisouder signed 'voor gezien', voogd line blank, no box ticked"
        elif sc == "adult_self":
            r["intro"] = ("%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel. Ouders tekenen op %s verzoek voor gezien." % (self.vn, self.pron["zijn"]))
            r["sig"] = [row("Leerling (meerderjarig)", self.naam, cdate), row("Ouder", mo, cdate, choice="voor gezien")]
            r["desc"] = "adult pupil signed akkoord himself; parent 'voor gezien'"
        elif sc == "adult_parents_only":
            r["intro"] = "Ouders verklaren in te stemmen met het handelingsdeel."
            geb = self.s["pupil"]["geb"]
            r["notes"] = ["%s is op %s 18 jaar geworden." % (self.vn, self.d(str(int(geb[:4]) + 18) + geb[4:]))]
            r["sig"] = [row("Ouder 1", mo, cdate), row("Ouder 2", fa, cdate), blank("Leerling", self.naam)]
            r["label"] = "incomplete"
            r["desc"] = "adult (18+) handelingsbekwaam pupil: only parents signed, pupil's own line blank"
        elif sc == "curatele_curator":
            r["notes"] = ["%s is meerderjarig en staat sinds %d onder curatele; %s curator (vader) beslist over het handelingsdeel. %s heeft het plan met de mentor besproken." % (
                self.vn, self.sy, self.pron["zijn"], self.vn)]
            r["sig"] = [row("Curator (vader)", fa, cdate), row("Leerling", self.naam, cdate, choice="gelezen")]
            r["desc"] = "adult under curatele: curator (father) signed akkoord; pupil signed 'gelezen'"
        elif sc == "curatele_pupil_only":
            r["notes"] = ["%s is meerderjarig en staat onder curatele (curator: moeder)." % self.vn]
            r["sig"] = [row("Leerling", self.naam, cdate), blank("Curator", mo)]
            r["label"] = "incomplete"
            r["desc"] = "adult under curatele: only the pupil signed; curator line blank"
        elif sc == "email_later":
            r["checks"] = UN
            r["sig"] = [blank("Ouder 1", mo), blank("Ouder 2", fa)]
            r["notes"] = ["Aanvulling %s: ouders hebben op %s per e-mail laten weten in te stemmen met het handelingsdeel (e-mail van moeder, mede namens vader; opgeslagen in het dossier)." % (cdate2, cdate2)]
            r["desc"] = "signature lines blank but dated note: consent given later by e-mail"
        elif sc == "portal":
            r["checks"] = None
            r["intro"] = "Instemming handelingsdeel (ouderportaal)"
            r["notes"] = ["Status: akkoord gegeven via het ouderportaal op %s om 20:41 door %s (ouder/verzorger 1). Opmerking ouder: 'Fijn dat de RT onder het zelfstandig werken valt.'" % (cdate, mo)]
            r["sig"] = []
            r["desc"] = "consent via parent portal, dated log line"
        elif sc == "email_pending":
            r["checks"] = UN
            r["sig"] = [blank("Ouder 1", mo), blank("Ouder 2", fa)]
            r["notes"] = ["Ouders hebben in het gesprek mondeling aangegeven het ermee eens te zijn; de schriftelijke instemming volgt per e-mail."]
            r["label"] = "incomplete"
            r["desc"] = "consent 'volgt per e-mail' (not yet given), lines blank"
        elif sc == "partial":
            r["checks"] = [(False, "akkoord met het hele handelingsdeel"), (True, "gedeeltelijk akkoord, namelijk:"), (False, "niet akkoord")]
            r["notes"] = [self.s.get("partial_text", "Wij gaan akkoord met de begeleiding, maar niet met het verkorte rooster op woensdag.")]
            r["sig"] = [row("Ouder 1", mo, cdate, choice="gedeeltelijk"), row("Ouder 2", fa, cdate, choice="gedeeltelijk")]
            r["label"] = "incomplete"
            r["desc"] = "partial agreement ticked and explained"
        elif sc == "zienswijze_akkoord":
            r["notes"] = ["Zienswijze ouders: wij zijn het niet eens met de verwachte uitstroombestemming; wij denken dat %s meer kan. "
                          "Met de ondersteuning in het handelingsdeel gaan wij wel akkoord. Wij willen het perspectief bij de tussenevaluatie opnieuw bespreken." % self.vn]
            r["sig"] = [row("Ouder 1 (moeder)", mo, cdate), row("Ouder 2 (vader)", fa, cdate)]
            r["desc"] = "parents' recorded zienswijze disagrees with the perspective, but akkoord ticked and signed for the handelingsdeel"
        elif sc == "disagree_refuse":
            r["checks"] = NAK
            r["notes"] = ["Zienswijze ouders (bijgevoegd op hun verzoek): wij vinden de ondersteuning te beperkt en willen een plaatsing in een kleinere groep. "
                          "Wij stemmen daarom niet in."]
            r["sig"] = [row("Ouder 1", mo, cdate, choice="niet akkoord"), row("Ouder 2", fa, cdate, choice="niet akkoord")]
            r["label"] = "incomplete"
            r["desc"] = "parents ticked niet akkoord and recorded their disagreement"
        elif sc in ("voor_gezien", "voor_ontvangst", "onder_protest"):
            word = {"voor_gezien": "voor gezien", "voor_ontvangst": "voor ontvangst", "onder_protest": "onder protest"}[sc]
            r["checks"] = None
            r["intro"] = "Handtekening ouder(s):"
            r["sig"] = [row("Ouder 1", mo, cdate, choice=word), row("Ouder 2", fa, cdate, choice=word)]
            r["label"] = "incomplete"
            r["desc"] = "parents signed '%s' only" % word
        elif sc == "school_only":
            r["checks"] = UN
            r["sig"] = [row("Intern begeleider", self.s.get("ib", "mw. C. Lanting"), self.d(self.vast), choice=""), dict(school), blank("Ouder(s)")]
            r["label"] = "incomplete"
            r["desc"] = "only school staff signed; parents' line blank"
        elif sc == "blank":
            r["checks"] = UN
            r["sig"] = [blank("Ouder 1"), blank("Ouder 2")]
            r["label"] = "incomplete"
            r["desc"] = "blank parent signature lines, no box ticked"
        elif sc == "unticked":
            r["checks"] = UN
            r["sig"] = [row("Ouder 1", mo, cdate, choice=""), row("Ouder 2", fa, cdate, choice="")]
            r["label"] = "incomplete"
            r["desc"] = "parents signed and dated but neither akkoord nor niet akkoord ticked"
        elif sc == "no_date":
            r["sig"] = [dict(row("Ouder 1", mo, ""), date=""), dict(row("Ouder 2", fa, ""), date="")]
            r["label"] = "incomplete"
            r["desc"] = "akkoord ticked and signed but no date"
        elif sc == "avg_blank":
            r["checks"] = UN
            r["sig"] = [blank("Ouder 1", mo), blank("Ouder 2", fa)]
            r["label"] = "incomplete"
            r["desc"] = "OPP consent line blank while AVG/photo permissions on the same page are signed"
        elif sc == "avg_only":
            r["include"] = False
            r["label"] = "missing"
            r["desc"] = "no OPP consent section at all; only AVG/photo permission signed"
        elif sc == "all_perm":
            r["sig"] = [row("Ouder 1 (moeder)", mo, cdate), row("Ouder 2 (vader)", fa, cdate)]
            r["desc"] = "OPP consent signed akkoord, plus medication, research and AVG permissions"
        elif sc == "age12":
            r["sig"] = [row("Ouder 1", mo, cdate), row("Ouder 2", fa, cdate), row("Leerling (12 jaar)", self.naam, cdate, choice="gelezen en besproken")]
            r["desc"] = "parents signed akkoord; 12-year-old pupil co-signed 'gelezen en besproken'"
        elif sc == "age16_only":
            r["sig"] = [row("Leerling (16 jaar)", self.naam, cdate), blank("Ouder/verzorger")]
            r["label"] = "incomplete"
            r["desc"] = "16-year-old (minor) pupil signed akkoord alone; parent line blank"
        elif sc == "age16_both":
            r["sig"] = [row("Leerling (16 jaar)", self.naam, cdate), row("Ouder/verzorger", mo, cdate)]
            r["desc"] = "16-year-old pupil and parent both signed akkoord"
        elif sc == "omit":
            r["include"] = False
            r["label"] = "missing"
            r["desc"] = "no consent section at all"
        else:
            raise KeyError(sc)
        if hand and r["label"] == "present":
            r["desc"] += " (handwritten in scan)"
        return r

    def permissions(self):
        """Other permissions on the same page (AVG, photos, medication, research)."""
        kinds = self.s.get("perms")
        if not kinds:
            return None
        fam = self.s.get("fam", {})
        mo = fam.get("mo", "mw. %s" % self.an)
        cdate = self.d(self.s.get("cdate", add_days(self.vast, -2)))
        mark = "scribble" if self.s.get("fmt") == "scan" else self.s.get("mark", "text")
        texts = {"avg": "Ik geef toestemming om dit plan te delen met het samenwerkingsverband en de ambulant begeleider (AVG).",
                 "foto": "Foto's en video's van mijn kind mogen gebruikt worden in de schoolgids en op de website.",
                 "medicatie": "Ik geef toestemming voor het verstrekken van medicijnen op school volgens het medicijnprotocol.",
                 "onderzoek": "Ik geef toestemming voor deelname aan het leesonderzoek van de hogeschool (geanonimiseerd).",
                 "video": "Ik geef toestemming voor video-opnames in de klas voor observatie door de gedragsdeskundige."}
        checks = [(True, texts[k]) for k in kinds]
        sig = [dict(role="Ouder/verzorger", name=mo, date=cdate, mark=mark, choice="", hand_date=self.s.get("fmt") == "scan")]
        return dict(checks=checks, sig=sig)

    # ---- labels -------------------------------------------------------------
    def labels(self):
        L = {}
        for el in ELEMENTS:
            st = self.state(el)
            if el == "instemming_ouders":
                L[el] = self.consent()["label"]
                continue
            if el == "inbreng_leerling":
                if self.eff < HOORRECHT_START or (self.adult and not self.curatele):
                    L[el] = "not_applicable"
                    continue
            if el == "afwijkingen_onderwijsprogramma" and self.afw_is_none():
                L[el] = "not_applicable"
                continue
            if st == "full":
                L[el] = "present"
            elif st == "omit":
                L[el] = "missing"
            elif st in INCOMPLETE_STATES:
                L[el] = "incomplete"
            else:
                raise ValueError((el, st))
        L.update(self.s.get("label_override", {}))
        return L
