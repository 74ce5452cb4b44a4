# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP set. Run: ../venv/bin/python gen.py
Every name, school, place and system name is invented."""
import os, sys, json, random, shutil, hashlib, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ELEMENTS, CUTOFF, HEADINGS, present_text, gap_text, d, dl
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = "/tmp/blind20-build"
D = dt.date

FIRST = [("Sem", "hij", "zijn"), ("Noor", "zij", "haar"), ("Daan", "hij", "zijn"), ("Lotte", "zij", "haar"),
         ("Milan", "hij", "zijn"), ("Fenna", "zij", "haar"), ("Yusuf", "hij", "zijn"), ("Amira", "zij", "haar"),
         ("Bram", "hij", "zijn"), ("Isa", "zij", "haar"), ("Jayden", "hij", "zijn"), ("Sanne", "zij", "haar"),
         ("Mees", "hij", "zijn"), ("Elif", "zij", "haar"), ("Tijn", "hij", "zijn"), ("Roos", "zij", "haar")]
LAST = ["de Boer", "Verhoeff", "Kampinga", "van Ommeren", "Brouwersma", "El Idrissi", "Hoekstra-Pel", "Timmerhuis",
        "van der Gaag", "Oudejans", "Wielinga", "Schoonderbeek", "Aydın", "Pronk", "Veldkamp", "Nieuwhof"]
PLACES = ["Lindewijk", "Brakeloo", "Zandhorst", "Merelvoort", "Dijkeren", "Kortewaard", "Hazelaar aan de Vliet", "Oudergrave"]
SCHOOLS = {"po": ["OBS De Wilgenkring", "CBS Het Zonnedauw", "Basisschool De Regenboogvis", "IKC Klimop"],
           "sbo": ["SBO De Vlonder", "SBO Het Kompashuis", "SBO De Brugpijler"],
           "so": ["SO De Lindeboog", "Mytylschool De Zwaluwstaart", "SO Het Baken-Oost"],
           "vso": ["VSO De Lindeboog", "VSO Kortewaard College", "VSO De Werkplaats"],
           "vo": ["Het Merelvoort Lyceum", "Dijkeren College", "Scholengemeenschap De Grafthorst"],
           "pro": ["Praktijkschool Zandhorst", "PrO De Ambachtsheer"]}
STAFF = ["A. Bakker", "J. Vermeer", "M. Dogan", "P. Zwanenburg", "H. Kool", "R. Pieterse", "E. Smeenk", "T. van Rijn"]
ORTHO = ["drs. L. Hofstee (GZ-psycholoog)", "mw. K. Wolters, orthopedagoog-generalist", "dr. S. Ramdin, kinderpsycholoog"]


def ctx_for(i, spec):
    rng = random.Random(1000 + i)
    fn, hij, zijn = FIRST[i % len(FIRST)]
    ln = LAST[(i * 7) % len(LAST)]
    t = spec["type"]
    date = spec["date"]
    c = dict(n=fn, hij=hij, zijn=zijn, full=f"{fn} {ln}", last=ln, type=t, date=date,
             school=rng.choice(SCHOOLS[t]), place=rng.choice(PLACES),
             ouders=rng.choice([f"mevrouw {ln}", f"de heer en mevrouw {ln}", f"moeder (mw. {ln})", f"vader (dhr. {ln})"]),
             parent=rng.choice([f"M. {ln}", f"R. {ln}-Visser", f"K. {ln}"]),
             ib=rng.choice(STAFF), dir=rng.choice(STAFF[::-1]), rt=rng.choice(["R. Geerts", "F. Jansma", "W. Tholen"]),
             ortho=rng.choice(ORTHO), oogo=date - dt.timedelta(days=rng.randint(3, 12)),
             start=d(date + dt.timedelta(days=7)), consent=date + dt.timedelta(days=rng.randint(2, 9)),
             eval1=date + dt.timedelta(days=120), eval2=date + dt.timedelta(days=300),
             birth=D(date.year - {"po": 9, "sbo": 10, "so": 8, "vo": 14, "pro": 16, "vso": 18}[t], rng.randint(1, 12), rng.randint(1, 28)),
             iq=rng.choice([78, 81, 84, 88]), lr=rng.choice([55, 60, 65]), adult=spec.get("adult"), dest=spec.get("dest"))
    if t == "vso" and spec.get("adult"):
        c["birth"] = D(date.year - 19, 3, 14)
    c["adult_self"] = spec.get("adult") == "self"
    if c["adult_self"]:
        c["ouders"] = f"{fn} zelf (meerderjarig), op {zijn} verzoek samen met {zijn} moeder"
    if spec.get("adult") == "curatele":
        c["ouders"] = f"{fn}, {zijn} curator mr. G. Hartsema en {zijn} moeder"
    return c


def status(el, v, c):
    if el == "inbreng_leerling" and (c["date"] < CUTOFF or c["adult_self"]):
        return "not_applicable"
    if v == "ok" or v in ("adult_ok", "mail_ok", "digital_ok", "curatele_ok"):
        return "present"
    if v == "missing" or v == "other_consent":
        return "missing"
    if v == "na":
        return "not_applicable"
    return "incomplete"


class Plan:
    def __init__(self, i, spec):
        self.i, self.spec = i, spec
        self.c = ctx_for(i, spec)
        self.rng = random.Random(5000 + i)
        self.v = {el: "ok" for el in ELEMENTS}
        if self.c["date"] < CUTOFF:
            self.v["inbreng_leerling"] = "missing"
        if self.c["adult_self"]:
            self.v["inbreng_leerling"] = "missing"
            self.v["instemming_ouders"] = "adult_ok"
        self.v.update(spec.get("gaps", {}))

    def H(self, el):
        return self.rng.choice(HEADINGS[el]).format(n=self.c["n"])

    def has(self, el):
        return self.v[el] not in ("missing",)

    def T(self, el):
        """text for a non-consent element; None = empty"""
        v = self.v[el]
        if v == "ok":
            return present_text(el, self.c, self.rng)
        if v == "na":
            if el == "afwijkingen_onderwijsprogramma":
                return self.rng.choice([f"Geen afwijkingen: {self.c['n']} volgt het reguliere programma en de volledige onderwijstijd.",
                                        "Niet van toepassing; er wordt niet afgeweken van het onderwijsprogramma.",
                                        "n.v.t. - geen vrijstellingen, geen verkorte lestijd."])
            return "n.v.t."
        if v == "merge":
            return "«OPP_" + el.split("_")[0].capitalize() + "»"
        if v == "cc_empty":
            return None
        if v == "unticked":
            return None
        return gap_text(el, v, self.c, self.rng)

    def labels(self):
        return {el: status(el, self.v[el], self.c) for el in ELEMENTS}

    # ------------------------------------------------------------ consent
    def consent(self, style="sig"):
        c, v, rng = self.c, self.v["instemming_ouders"], self.rng
        if v == "missing":
            return []
        n = c["n"]
        cd = c["consent"]
        if v == "before_plan":
            cd = c["date"] - dt.timedelta(days=64)
        mark = lambda name: rng.choice(["w.g. ", "(getekend) ", "[handtekening] ", "get. "]) + name
        school = ["School", c["dir"], mark(c["dir"]), d(c["date"])]
        who = "Ouder/verzorger"
        signer = c["parent"]
        if v in ("adult_ok",) or (v == "wrong_party" and c["adult"] == "curatele"):
            who, signer = "Leerling (meerderjarig)", c["full"]
        if v == "curatele_ok":
            who, signer = "Curator", "mr. G. Hartsema (curator)"
        out = []
        if v == "other_consent":
            out += [("h", rng.choice(["Toestemming gegevensuitwisseling (AVG)", "Toestemming foto's en beeldmateriaal",
                                      "Toestemming delen van gegevens met het samenwerkingsverband"]), 2),
                    ("p", "Hierbij geven ouders toestemming om de gegevens van hun kind te delen met het samenwerkingsverband, "
                          "de jeugdarts en het Centrum voor Jeugd en Gezin, en om foto's te gebruiken op de schoolwebsite."),
                    ("sig", ["Rol", "Naam", "Handtekening", "Datum"], [[who, signer, mark(signer), d(cd)]])]
            return out
        intro = rng.choice([
            f"Ondergetekenden verklaren dat zij het handelingsdeel van het ontwikkelingsperspectief van {n} hebben besproken en hiermee:",
            "Instemming met het handelingsdeel (de ondersteuning en begeleiding die de school biedt):",
            f"Door te tekenen geeft u aan of u instemt met het handelingsdeel van het OPP van {n}.",
            "Verklaring ouder(s)/verzorger(s) over het handelingsdeel:"])
        if c["adult"] == "self" or c["adult"] == "curatele":
            intro = intro.replace("ouder(s)/verzorger(s)", "leerling / wettelijk vertegenwoordiger")
        checks = [["Akkoord met het handelingsdeel", True], ["Gedeeltelijk akkoord, namelijk niet met:", False],
                  ["Niet akkoord", False]]
        if rng.random() < 0.4:
            checks = [["Ik ga akkoord met het handelingsdeel van dit OPP", True],
                      ["Ik ga niet akkoord met (een deel van) het handelingsdeel", False]]
        prow = [who, signer, mark(signer), d(cd)]
        extra = None
        if v in ("unticked", "blank_line", "printed_name", "school_only"):
            for ch in checks:
                ch[1] = False
        if v == "voor_gezien":
            checks = None
            intro = rng.choice(["Voor gezien:", "Ouders hebben het plan ontvangen en voor gezien getekend.", "Gezien door ouder(s):"])
            prow = [who, signer, mark(signer) + " (voor gezien)", d(cd)]
        elif v == "onder_protest":
            extra = rng.choice(["Ouders tekenen onder protest: zij zijn het niet eens met de beperking van de onderwijstijd.",
                                "Getekend onder protest, zie mail van moeder."])
        elif v == "refused":
            checks[0][1] = False; checks[-1][1] = True
            extra = "Toelichting ouders: wij willen eerst een tweede mening van een onafhankelijk deskundige."
        elif v == "partial":
            checks[0][1] = False
            if len(checks) == 3:
                checks[1] = ["Gedeeltelijk akkoord, namelijk niet met: de time-outplek buiten de klas", True]
            else:
                checks[1][1] = True
                extra = "Ouders zijn akkoord met de RT, niet met het verkorte rooster."
        elif v == "school_only":
            prow = [who, "", "", ""]
        elif v == "blank_line":
            prow = [who, "", "", ""]
            school = ["School", "", "", ""]
        elif v == "no_date":
            prow = [who, signer, mark(signer), ""]
        elif v == "date_no_sig":
            prow = [who, signer, "", d(cd)]
        elif v == "printed_name":
            prow = [who, signer, "", ""]
        elif v == "wrong_party":
            if c["adult"] == "self":  # parents sign for a handelingsbekwame meerderjarige
                prow = ["Ouder/verzorger", c["parent"], mark(c["parent"]), d(cd)]
            else:  # under curatele: only the pupil himself signs
                extra = f"{n} staat onder curatele (curator: mr. G. Hartsema)."
        elif v == "mail_ok":
            return [("p", f"{c['ouders'][0].upper() + c['ouders'][1:]} heeft per e-mail van {dl(cd)} laten weten in te stemmen met het handelingsdeel. De e-mail is in het dossier opgenomen.")]
        elif v == "digital_ok":
            return [("p", f"Instemming handelingsdeel: akkoord gegeven via het ouderportaal door {c['parent']} op {d(cd)} om 19:42 (digitale handtekening).")]
        out.append(("p", intro))
        if checks:
            out.append(("check", [tuple(x) for x in checks]))
        if extra:
            out.append(("p", extra))
        rows = [prow, school]
        if c["adult"] == "curatele" and v == "curatele_ok":
            rows.insert(0, ["Leerling", c["full"], mark(c["full"]), d(cd)])
        out.append(("sig", ["Rol", "Naam", "Handtekening", "Datum"], rows))
        return out


# =================================================================== layouts
ORDER = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "adviezen_professionals", "doelen", "ondersteuning",
         "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten", "vaststelling"]


def pupil_kv(p, extra=()):
    c = p.c
    return [("Naam leerling", c["full"]), ("Geboortedatum", d(c["birth"])), ("School", f"{c['school']}, {c['place']}")] + list(extra)


def sec(p, el, level=2, heading=None):
    if not p.has(el):
        return []
    t = p.T(el)
    out = [("h", heading or p.H(el), level)]
    if t:
        out.append(("p", t))
    return out


def L_export(p):
    c = p.c
    sysname = p.rng.choice(["KlasDossier", "LeerlingLijn", "Presentis SIS"])
    pr = c["date"] + dt.timedelta(days=p.rng.randint(20, 90))
    doc = dict(title=f"Ontwikkelingsperspectief - {c['full']}",
               header=f"{sysname}  |  {c['school']}  |  Leerling: {c['full']} (lln.nr {204400 + p.i})  |  Rapport OPP-{c['type'].upper()}-v3",
               footer=f"Afgedrukt op {d(pr)} 14:{10 + p.i % 40:02d} door {c['ib'].lower().replace('. ', '.')}  -  pagina {{page}} van {{pages}}  -  VERTROUWELIJK",
               author=sysname, blocks=[], txt_pages=48)
    B = doc["blocks"]
    B.append(("kv", pupil_kv(p, [("Groep/klas", {"po": "6B", "sbo": "Unit 3", "so": "Groep Oranje", "vo": "2K1", "vso": "Stage 2", "pro": "Bovenbouw 4"}[c["type"]]),
                                 ("Documentversie", "3"), ("Laatst gewijzigd", f"{d(pr - dt.timedelta(days=2))} door {c['ib']}"),
                                 ("Status dossierstuk", "Vastgesteld" if p.v["vaststelling"] == "ok" else "In bewerking")])))
    for el in ORDER:
        if el == "vaststelling":
            continue
        if not p.has(el):
            continue
        t = p.T(el)
        B.append(("h", f"Rubriek: {p.H(el)}", 2))
        B.append(("p", t if t else ""))
        B.append(("p", f"Laatst bewerkt: {d(c['date'] - dt.timedelta(days=p.rng.randint(1, 20)))}  ({c['ib']})"))
    B.append(("h", "Rubriek: Ondertekening", 2))
    B += p.consent()
    if p.has("vaststelling"):
        B.append(("h", "Rubriek: " + p.H("vaststelling"), 2))
        t = p.T("vaststelling")
        B.append(("p", t or ""))
    return doc


def L_letter(p):
    c = p.c
    doc = dict(title=f"{c['school']}", header="", footer=f"{c['school']} - Postbus {100 + p.i} - {c['place']} - administratie@{c['school'].split()[-1].lower()}.example",
               author=c["ib"], blocks=[])
    B = doc["blocks"]
    B.append(("p", f"Aan {c['ouders']}\nBetreft: het ontwikkelingsperspectief van {c['n']}\n{c['place']}, {dl(c['date'])}"))
    B.append(("p", p.rng.choice([f"Beste ouders van {c['n']},", f"Geachte {c['ouders']},"])))
    B.append(("p", f"Met deze brief sturen wij u het ontwikkelingsperspectiefplan (OPP) van {c['n']}. Hieronder vatten wij samen "
                   f"wat wij samen met u en de deskundigen hebben afgesproken."))
    for el in ORDER:
        if el in ("vaststelling",) or not p.has(el):
            continue
        t = p.T(el)
        lead = {"uitstroombestemming": "Waar verwachten we dat " + c["n"] + " naartoe gaat?",
                "oogo": "Ons gesprek", "informatie_rechten": "Bent u het niet eens?"}.get(el)
        B.append(("h", lead or p.H(el), 3))
        if t:
            B.append(("p", t))
    if p.has("vaststelling"):
        t = p.T("vaststelling")
        B.append(("p", t or ""))
    B.append(("p", f"Met vriendelijke groet,\n\n{c['ib']}, intern begeleider\n{c['dir']}, directeur"))
    if p.v["instemming_ouders"] != "missing":
        B.append(("pb",))
        B.append(("h", p.rng.choice(["Strook retour", "Antwoordstrook - graag binnen twee weken terug", "Retourstrook"]), 2))
        B += p.consent()
    return doc


def L_meeting(p):
    c = p.c
    doc = dict(title=p.rng.choice(["Verslag OPP-bespreking", "Notulen overleg ontwikkelingsperspectief", "Verslag MDO / OPP-gesprek"]),
               header=f"{c['school']} - vertrouwelijk", footer="Verslag {page}/{pages}", author=c["ib"], blocks=[])
    B = doc["blocks"]
    oo = p.v["oogo"]
    kv = [("Leerling", f"{c['full']} ({d(c['birth'])})"), ("Datum overleg", d(c["oogo"])),
          ("Notulist", c["ib"])]
    if oo == "ok":
        kv.insert(2, ("Aanwezig", f"{c['ouders']}, {c['ib']} (IB), groepsleerkracht/mentor, {c['ortho'].split(',')[0]}"))
    B.append(("kv", kv))
    if oo not in ("ok", "missing"):
        B.append(("p", "Aanwezig: " + (p.T("oogo") or "")))
    B.append(("h", "1. Opening en doel van het overleg", 2))
    B.append(("p", f"Doel: het OPP van {c['n']} bespreken en het handelingsdeel afspreken."))
    num = 2
    for el in ["belemmerende_factoren", "bevorderende_factoren", "adviezen_professionals", "inbreng_leerling",
               "uitstroombestemming", "onderbouwing", "ondersteuningsbehoefte", "doelen", "afwijkingen_onderwijsprogramma"]:
        if not p.has(el):
            continue
        t = p.T(el)
        B.append(("h", f"{num}. {p.H(el)}", 2)); num += 1
        if t:
            B.append(("p", t))
    if p.has("ondersteuning"):
        B.append(("h", f"{num}. Afspraken (actielijst)", 2)); num += 1
        t = p.T("ondersteuning")
        if p.v["ondersteuning"] == "ok":
            rows = [[x.strip("- ").split(",")[0], x.strip("- ")] for x in t.split("\n") if x.strip()]
            B.append(("table", ["Actie", "Toelichting (wie, hoe vaak, vanaf)"], rows))
        else:
            B.append(("table", ["Actie", "Toelichting (wie, hoe vaak, vanaf)"], [[t or "", ""]]))
    for el in ["evaluatie", "informatie_rechten"]:
        if p.has(el):
            B.append(("h", f"{num}. {p.H(el)}", 2)); num += 1
            t = p.T(el)
            if t:
                B.append(("p", t))
    B.append(("h", f"{num}. Besluit en ondertekening", 2))
    if p.has("vaststelling"):
        B.append(("p", p.T("vaststelling") or "Vastgesteld op:"))
    B += p.consent()
    return doc


def L_beknopt(p):
    c = p.c
    doc = dict(title=p.rng.choice(["Beknopt OPP", "OPP-kort (1 pagina)", "Ontwikkelingsperspectief - verkorte versie"]),
               header=f"Samenwerkingsverband Passend Onderwijs {c['place']} e.o. - format beknopt OPP 2025",
               footer="versie 2025-1", author="swv", blocks=[])
    B = doc["blocks"]
    rows = pupil_kv(p)
    for el in ORDER:
        if p.has(el):
            rows.append((p.H(el), p.T(el) or ""))
    B.append(("kv", rows))
    if p.has("instemming_ouders"):
        B += p.consent()
    return doc


def L_groei(p):
    c = p.c
    doc = dict(title=f"Groeidocument {c['full']}", header=f"Groeidocument - {c['school']}",
               footer=f"{c['full']} - groeidocument - pagina {{page}}", author=c["ib"], blocks=[])
    B = doc["blocks"]
    B.append(("h", "1. Gegevens", 1))
    B.append(("kv", pupil_kv(p, [("Ouders/verzorgers", c["ouders"]), ("Intern begeleider", c["ib"])])))
    B.append(("h", "2. Hulpvraag van school, ouders en leerling", 1))
    B.append(("p", f"School: hoe bieden we {c['n']} voldoende structuur? Ouders: willen dat {c['n']} met plezier naar school gaat."))
    B.append(("h", "3. Beeld van de leerling", 1))
    if p.has("belemmerende_factoren") or p.has("bevorderende_factoren"):
        hdr, row = [], []
        for el, h in (("bevorderende_factoren", "Bevorderend (+)"), ("belemmerende_factoren", "Belemmerend (-)")):
            if p.has(el):
                hdr.append(h); row.append(p.T(el) or "")
        B.append(("table", hdr, [row]))
    B += sec(p, "adviezen_professionals", 2, "3.2 " + p.H("adviezen_professionals"))
    B.append(("h", "4. Onderwijs- en ondersteuningsbehoeften", 1))
    if p.has("ondersteuningsbehoefte"):
        B.append(("p", p.T("ondersteuningsbehoefte") or ""))
    B.append(("h", "5. Ontwikkelingsperspectiefplan", 1))
    k = 1
    for el in ["uitstroombestemming", "onderbouwing", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie"]:
        if p.has(el):
            B += sec(p, el, 2, f"5.{k} " + p.H(el)); k += 1
    B.append(("h", "6. Ouders en leerling", 1))
    for el in ["oogo", "inbreng_leerling", "informatie_rechten"]:
        B += sec(p, el, 2)
    B += p.consent()
    B.append(("h", "7. Aanvraag arrangement / toelaatbaarheidsverklaring", 1))
    B.append(("p", "Niet van toepassing in deze periode. (Dit hoofdstuk wordt alleen ingevuld bij een aanvraag bij het samenwerkingsverband.)"))
    if p.has("vaststelling"):
        B.append(("h", "8. " + p.H("vaststelling"), 1))
        B.append(("p", p.T("vaststelling") or ""))
    return doc


EN = {"uitstroombestemming": "Expected destination", "onderbouwing": "Rationale", "belemmerende_factoren": "Hindering factors",
      "bevorderende_factoren": "Strengths / supporting factors", "ondersteuningsbehoefte": "Educational needs",
      "ondersteuning": "Support provided by the school", "afwijkingen_onderwijsprogramma": "Adjustments to the curriculum",
      "doelen": "Goals", "adviezen_professionals": "Advice from specialists", "oogo": "Consultation with parents",
      "inbreng_leerling": "Student voice", "evaluatie": "Review", "informatie_rechten": "Your rights",
      "vaststelling": "Adopted by the school"}
EN_OK = {"uitstroombestemming": "After this school we expect {n} to go to {dest}.",
         "oogo": "We met with the parents on {oogo} ({ouders}, the class teacher, {ib}); their input about home was added.",
         "informatie_rechten": "Parents have the right to consent to the support part (handelingsdeel). If you disagree, please talk to us first; you may also contact the ouder- en jeugdsteunpunt or an onderwijsconsulent, and within six weeks the Geschillencommissie passend onderwijs.",
         "evaluatie": "We will review this plan with parents and {n} on {e1} and on {e2}."}


def L_intl(p):
    c = p.c
    doc = dict(title=f"OPP / Individual Development Plan - {c['full']}", header=f"{c['school']} - International Department / Internationale afdeling",
               footer="IDP-OPP {page}", author=c["ib"], blocks=[])
    B = doc["blocks"]
    B.append(("kv", [("Student / Leerling", c["full"]), ("Date of birth", d(c["birth"])), ("Home languages", p.rng.choice(["Polish, English", "Turkish, English", "Portuguese", "Arabic, English"])),
                     ("In NL since", str(c["date"].year - 2))]))
    B.append(("p", "This plan is written in English and Dutch so that all parents can read it. Dit plan is tweetalig opgesteld."))
    for el in ORDER:
        if not p.has(el):
            continue
        t = p.T(el)
        if p.v[el] == "ok" and el in EN_OK:
            t = EN_OK[el].format(n=c["n"], dest=__import__("content").dest(c), oogo=dl(c["oogo"]), ouders=c["ouders"], ib=c["ib"],
                                 e1=d(c["eval1"]), e2=d(c["eval2"])) + "\n(NL) " + t
        B.append(("h", f"{EN[el]} / {p.H(el)}", 2))
        if t:
            B.append(("p", t))
    if p.has("instemming_ouders"):
        B.append(("h", "Consent / Instemming handelingsdeel", 2))
        B += p.consent()
    return doc


PROFILES = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]


def L_vso(p):
    c = p.c
    is_vso = c["type"] == "vso"
    doc = dict(title=p.rng.choice(["Ontwikkelingsperspectiefplan VSO", "OPP - uitstroomprofiel en IOP"]) if is_vso else "Ontwikkelingsperspectief praktijkonderwijs (IOP)",
               header=f"{c['school']} | {'afdeling arbeid' if c['type'] == 'vso' else 'praktijkonderwijs'}", footer="OPP {page} van {pages}",
               author=c["ib"], blocks=[])
    B = doc["blocks"]
    extra = [("Leeftijd", f"{(c['date'] - c['birth']).days // 365} jaar")]
    if c["adult"] == "curatele":
        extra.append(("Wettelijke vertegenwoordiging", "curatele (curator: mr. G. Hartsema)"))
    elif c["adult"] == "self":
        extra.append(("Wettelijke vertegenwoordiging", "geen - leerling is meerderjarig en handelingsbekwaam"))
    B.append(("kv", pupil_kv(p, extra)))
    if p.has("uitstroombestemming"):
        B.append(("h", "1. Uitstroomprofiel" if is_vso else "1. Uitstroomrichting", 2))
        chosen = p.v["uitstroombestemming"] == "ok"
        opts = PROFILES if is_vso else ["Arbeid", "Entree-opleiding (mbo 1)", "Dagbesteding / beschut werk"]
        B.append(("check", [(o, chosen and j == 1 if is_vso else chosen and j == 0) for j, o in enumerate(opts)]))
        t = p.T("uitstroombestemming")
        B.append(("field", "Toelichting (beoogde werkplek / opleiding)", t or ""))
    k = 2
    for el in ["onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "adviezen_professionals",
               "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo", "evaluatie", "informatie_rechten"]:
        if p.has(el):
            h = p.H(el)
            if el == "adviezen_professionals" and is_vso:
                h = "Advies commissie voor de begeleiding (CvB)"
            if el == "inbreng_leerling":
                h = "Mijn eigen plan (leerling aan het woord)"
            B += sec(p, el, 2, f"{k}. {h}"); k += 1
    if p.has("vaststelling"):
        B.append(("field", "Vastgesteld door (naam, functie) en datum", p.T("vaststelling") or ""))
    B.append(("h", f"{k}. Ondertekening", 2))
    B += p.consent()
    return doc


def L_form(p, blank=False, skip=()):
    c = p.c
    doc = dict(title="Formulier ontwikkelingsperspectiefplan", header=f"Samenwerkingsverband {c['place']} e.o. - invulformulier OPP (digitaal invullen)",
               footer="Formulier OPP swv - pagina {page}", author="swv", blocks=[])
    B = doc["blocks"]
    B.append(("p", "Vul alle velden in. Het handelingsdeel wordt pas uitgevoerd na instemming van ouders."))
    B.append(("h", "A. Gegevens", 2))
    for l, v in pupil_kv(p):
        B.append(("field", l, "" if blank else v))
    B.append(("h", "B. Perspectief", 2))
    for el in ORDER:
        if el in skip or not p.has(el):
            continue
        if el == "doelen":
            B.append(("h", "C. Handelingsdeel", 2))
        if el == "oogo":
            B.append(("h", "D. Ouders, leerling en vaststelling", 2))
        B.append(("field", p.H(el), "" if blank else (p.T(el) or "")))
    if "instemming_ouders" not in skip and p.has("instemming_ouders"):
        B.append(("h", "E. Instemming", 2))
        if blank:
            B += [("check", [("Akkoord met het handelingsdeel", False), ("Niet akkoord", False)]),
                  ("sig", ["Rol", "Naam", "Handtekening", "Datum"], [["Ouder/verzorger", "", "", ""], ["School", "", "", ""]])]
        else:
            B += p.consent()
    return doc


def L_cc(p, blank=False, skip=()):
    c = p.c
    doc = dict(title=p.rng.choice(["OPP - format bestuur", "Ontwikkelingsperspectiefplan (sjabloon 2025)"]),
               header=f"Stichting Onderwijs {c['place']} - sjabloon OPP v4.2", footer="Pagina {page} van {pages}", author="bestuur", blocks=[], cc=True)
    B = doc["blocks"]
    B.append(("kv", pupil_kv(p) if not blank else [("Naam leerling", ""), ("Geboortedatum", ""), ("School", "")]))
    for el in ORDER:
        if el in skip or not p.has(el):
            continue
        B.append(("field", p.H(el), "" if blank else (p.T(el) or "")))
    if "instemming_ouders" not in skip and p.has("instemming_ouders"):
        B.append(("h", p.H("instemming_ouders"), 2))
        if blank:
            B += [("check", [("Ouders stemmen in met het handelingsdeel", False), ("Ouders stemmen niet in", False)]),
                  ("sig", ["Rol", "Naam", "Handtekening", "Datum"], [["Ouder/verzorger", "", "", ""], ["Directeur", "", "", ""]])]
        else:
            B += p.consent()
    return doc


DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]
DOMAIN_TEXT = {
    "Leren en ontwikkeling": ("Leesachterstand van ruim een jaar (DLE 28 bij DL 40); zwak werkgeheugen (WISC-V).",
                              "Goed in rekenen met concreet materiaal; leert veel van voordoen.",
                              "Verlengde instructie in een klein groepje; teksten vooraf laten lezen."),
    "Werkhouding en taakaanpak": ("Start moeilijk met taken, raakt snel afgeleid door geluid.",
                                  "Wil graag, werkt door als {hij} weet wat er van {zijn} verwacht wordt.",
                                  "Taken in kleine stappen met een afvinklijst; koptelefoon bij zelfstandig werken."),
    "Sociaal-emotioneel": ("Faalangst bij toetsen; reageert boos als iets niet lukt.",
                           "Behulpzaam, heeft twee vaste vrienden in de groep.",
                           "Voorspelbaarheid en complimenten op inzet; een afgesproken rustplek."),
    "Thuissituatie en vrije tijd": ("Onrustige periode thuis door verhuizing en ziekte van een grootouder.",
                                    "Betrokken ouders; sport bij de atletiekvereniging.",
                                    "Wekelijks kort contact tussen school en thuis via de app."),
}


def L_domain(p):
    c = p.c
    doc = dict(title=f"OPP {c['full']} - domeinanalyse en handelingsdeel", header=f"{c['school']}", footer="{page}",
               author=c["ib"], blocks=[])
    B = doc["blocks"]
    B.append(("kv", pupil_kv(p, [("Datum plan", d(c["date"]))])))
    B += sec(p, "uitstroombestemming", 2) + sec(p, "onderbouwing", 2)
    B.append(("h", "Analyse per domein", 2))
    cols = [("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoefte")]
    cols = [x for x in cols if p.has(x[0])]
    texts = {el: (p.T(el) or "") for el, _ in cols}
    idx = {"belemmerende_factoren": 0, "bevorderende_factoren": 1, "ondersteuningsbehoefte": 2}
    rows = []
    for j, dom in enumerate(DOMAINS):
        row = [dom]
        for el, _ in cols:
            if p.v[el] == "ok":
                row.append(DOMAIN_TEXT[dom][idx[el]].format(n=c["n"], hij=c["hij"], zijn=c["zijn"]))
            else:
                row.append(texts[el] if j == 0 else "")
        rows.append(row)
    B.append(("table", ["Domein"] + [h for _, h in cols], rows))
    for el in ["adviezen_professionals", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling", "oogo",
               "evaluatie", "informatie_rechten", "vaststelling"]:
        B += sec(p, el, 2)
    B += p.consent()
    return doc


LAYOUTS = {"system-export": L_export, "letter": L_letter, "meeting-report": L_meeting, "beknopt-form": L_beknopt,
           "groeidocument-chapter": L_groei, "bilingual-en-nl": L_intl, "vso-pro-uitstroomprofiel": L_vso,
           "fillable-pdf-form": L_form, "docx-content-controls": L_cc, "domain-table": L_domain}


# =================================================================== the set
A = "afwijkingen_onderwijsprogramma"
SPECS = [
    # system exports
    dict(id="e1", layout="system-export", fmt="pdf", type="po", date=D(2025, 10, 14), gaps={}),
    dict(id="e2", layout="system-export", fmt="txt", type="sbo", date=D(2025, 11, 3), gaps={"vaststelling": "missing", "doelen": "merge"}),
    dict(id="e3", layout="system-export", fmt="docx", type="vo", date=D(2026, 1, 20), gaps={"instemming_ouders": "digital_ok", "inbreng_leerling": "no_effect"}),
    dict(id="e4", layout="system-export", fmt="pdf", type="so", date=D(2025, 3, 11), gaps={"adviezen_professionals": "bijlage", "evaluatie": "ph"}),
    dict(id="e5", layout="system-export", fmt="scan", type="po", date=D(2025, 9, 30), gaps={"informatie_rechten": "missing", "instemming_ouders": "date_no_sig"}),
    dict(id="e6", layout="system-export", fmt="txt", type="vo", date=D(2026, 2, 2), gaps={A: "na"}),
    # letters
    dict(id="l1", layout="letter", fmt="pdf-word", type="po", date=D(2025, 11, 18), gaps={}),
    dict(id="l2", layout="letter", fmt="docx", type="sbo", date=D(2026, 1, 12), gaps={"instemming_ouders": "voor_gezien", A: "missing"}),
    dict(id="l3", layout="letter", fmt="odt", type="vo", date=D(2025, 10, 1), gaps={"onderbouwing": "vague", "inbreng_leerling": "missing"}),
    dict(id="l4", layout="letter", fmt="pdf-word", type="so", date=D(2024, 11, 5), gaps={"instemming_ouders": "before_plan", "doelen": "vague"}),
    dict(id="l5", layout="letter", fmt="txt", type="po", date=D(2026, 3, 9), gaps={"oogo": "oogo_nodate", "instemming_ouders": "mail_ok"}),
    dict(id="l6", layout="letter", fmt="scan", type="so", date=D(2025, 12, 1), gaps={A: "na"}),
    # meeting reports
    dict(id="m1", layout="meeting-report", fmt="docx", type="po", date=D(2025, 10, 22), gaps={}),
    dict(id="m2", layout="meeting-report", fmt="pdf-word", type="vo", date=D(2025, 12, 10), gaps={"instemming_ouders": "onder_protest", "evaluatie": "vague"}),
    dict(id="m3", layout="meeting-report", fmt="md", type="sbo", date=D(2026, 2, 17), gaps={"ondersteuning": "vague", "adviezen_professionals": "bijlage"}),
    dict(id="m4", layout="meeting-report", fmt="odt", type="pro", date=D(2025, 5, 20), gaps={A: "na"}),
    dict(id="m5", layout="meeting-report", fmt="pdf-word", type="so", date=D(2025, 9, 15), gaps={"instemming_ouders": "school_only", "bevorderende_factoren": "missing"}),
    dict(id="m6", layout="meeting-report", fmt="md", type="vo", date=D(2026, 1, 28), gaps={"vaststelling": "vast_concept", "uitstroombestemming": "ph"}),
    # beknopt
    dict(id="b1", layout="beknopt-form", fmt="pdf-word", type="po", date=D(2025, 10, 7), gaps={A: "na"}),
    dict(id="b2", layout="beknopt-form", fmt="docx", type="sbo", date=D(2025, 11, 25), gaps={"onderbouwing": "repeat", "instemming_ouders": "printed_name"}),
    dict(id="b3", layout="beknopt-form", fmt="scan", type="vo", date=D(2025, 9, 22), gaps={"belemmerende_factoren": "empty"}),
    dict(id="b4", layout="beknopt-form", fmt="odt", type="po", date=D(2025, 1, 14), gaps={"informatie_rechten": "missing", "adviezen_professionals": "missing"}),
    dict(id="b5", layout="beknopt-form", fmt="pdf-word", type="so", date=D(2026, 2, 10), gaps={"evaluatie": "nvt_wrong", A: "ph"}),
    dict(id="b6", layout="beknopt-form", fmt="txt", type="po", date=D(2025, 12, 3), gaps={}),
    # groeidocument
    dict(id="g1", layout="groeidocument-chapter", fmt="pdf-word", type="po", date=D(2025, 11, 11), gaps={}),
    dict(id="g2", layout="groeidocument-chapter", fmt="docx", type="sbo", date=D(2026, 1, 8), gaps={"ondersteuning": "bijlage", "inbreng_leerling": "no_effect"}),
    dict(id="g3", layout="groeidocument-chapter", fmt="scan", type="po", date=D(2025, 10, 2), gaps={"instemming_ouders": "other_consent", "doelen": "instr"}),
    dict(id="g4", layout="groeidocument-chapter", fmt="pdf-word", type="vo", date=D(2025, 4, 8), gaps={"uitstroombestemming": "instr"}),
    dict(id="g5", layout="groeidocument-chapter", fmt="odt", type="so", date=D(2025, 9, 29), gaps={"adviezen_professionals": "empty", "oogo": "missing"}),
    dict(id="g6", layout="groeidocument-chapter", fmt="docx", type="po", date=D(2026, 3, 2), gaps={A: "na"}),
    # bilingual
    dict(id="i1", layout="bilingual-en-nl", fmt="docx", type="po", date=D(2025, 10, 27), gaps={}),
    dict(id="i2", layout="bilingual-en-nl", fmt="pdf", type="vo", date=D(2026, 1, 15), gaps={"inbreng_leerling": "no_effect", "informatie_rechten": "vague"}),
    dict(id="i3", layout="bilingual-en-nl", fmt="md", type="po", date=D(2025, 9, 18), gaps={"instemming_ouders": "no_date", "ondersteuningsbehoefte": "ph"}),
    dict(id="i4", layout="bilingual-en-nl", fmt="pdf-word", type="vo", date=D(2025, 2, 20), gaps={A: "na"}),
    dict(id="i5", layout="bilingual-en-nl", fmt="txt", type="sbo", date=D(2025, 12, 15), gaps={"evaluatie": "missing", "vaststelling": "vast_nodate"}),
    # vso / pro
    dict(id="v1", layout="vso-pro-uitstroomprofiel", fmt="pdf-word", type="vso", adult="self", date=D(2025, 10, 13), gaps={}),
    dict(id="v2", layout="vso-pro-uitstroomprofiel", fmt="docx", type="vso", adult="curatele", date=D(2025, 11, 20), gaps={"instemming_ouders": "wrong_party"}),
    dict(id="v3", layout="vso-pro-uitstroomprofiel", fmt="odt", type="pro", date=D(2026, 1, 26), gaps={"uitstroombestemming": "unticked", A: "missing"}),
    dict(id="v4", layout="vso-pro-uitstroomprofiel", fmt="scan", type="vso", date=D(2025, 9, 8), gaps={"instemming_ouders": "refused"},
         dest="uitstroomprofiel arbeidsmarktgericht: werken in de keuken van een zorginstelling"),
    dict(id="v5", layout="vso-pro-uitstroomprofiel", fmt="pdf-word", type="pro", date=D(2025, 6, 2), gaps={A: "na"}),
    dict(id="v6", layout="vso-pro-uitstroomprofiel", fmt="docx", type="vso", adult="self", date=D(2026, 2, 23), gaps={"instemming_ouders": "wrong_party", "doelen": "vague"}),
    dict(id="v7", layout="vso-pro-uitstroomprofiel", fmt="pdf-word", type="vso", adult="curatele", date=D(2026, 1, 7), gaps={"instemming_ouders": "curatele_ok"}),
    # fillable pdf
    dict(id="f1", layout="fillable-pdf-form", fmt="pdf-form", type="po", date=D(2025, 10, 20), gaps={}),
    dict(id="f2", layout="fillable-pdf-form", fmt="pdf-form", type="sbo", date=D(2025, 12, 8), gaps={"instemming_ouders": "unticked", "oogo": "empty"}),
    dict(id="f3", layout="fillable-pdf-form", fmt="pdf-form", type="vo", date=D(2026, 1, 19), gaps={"bevorderende_factoren": "empty", "adviezen_professionals": "ph", "vaststelling": "empty"}),
    dict(id="f4", layout="fillable-pdf-form", fmt="pdf-form", type="so", date=D(2025, 3, 24), gaps={"instemming_ouders": "partial"}),
    dict(id="f5", layout="fillable-pdf-form", fmt="pdf-form", type="vso", adult="self", date=D(2025, 11, 4), gaps={}),
    # docx content controls
    dict(id="c1", layout="docx-content-controls", fmt="docx", type="po", date=D(2025, 11, 6), gaps={}),
    dict(id="c2", layout="docx-content-controls", fmt="docx", type="vo", date=D(2025, 10, 9), gaps={"doelen": "cc_empty", "instemming_ouders": "unticked"}),
    dict(id="c3", layout="docx-content-controls", fmt="pdf-word", type="sbo", date=D(2026, 2, 5), gaps={"onderbouwing": "cc_empty", "informatie_rechten": "cc_empty"}),
    dict(id="c4", layout="docx-content-controls", fmt="docx", type="so", date=D(2025, 9, 25), gaps={A: "cc_empty", "evaluatie": "cc_empty", "inbreng_leerling": "repeat"}),
    dict(id="c5", layout="docx-content-controls", fmt="odt", type="po", date=D(2025, 12, 11), gaps={A: "na"}),
    # domain table
    dict(id="t1", layout="domain-table", fmt="pdf", type="po", date=D(2025, 10, 16), gaps={}),
    dict(id="t2", layout="domain-table", fmt="docx", type="sbo", date=D(2026, 1, 13), gaps={"bevorderende_factoren": "empty", "inbreng_leerling": "missing"}),
    dict(id="t3", layout="domain-table", fmt="txt", type="vo", date=D(2025, 11, 27), gaps={"ondersteuningsbehoefte": "instr", "instemming_ouders": "blank_line"}),
    dict(id="t4", layout="domain-table", fmt="pdf-word", type="so", date=D(2025, 5, 12), gaps={A: "missing", "informatie_rechten": "ph"}),
    dict(id="t5", layout="domain-table", fmt="scan", type="po", date=D(2026, 2, 26), gaps={}),
    # second round: more missing content elements, spread over formats
    dict(id="x1", layout="beknopt-form", fmt="docx", type="vo", date=D(2025, 10, 30), gaps={"ondersteuning": "missing", "oogo": "vague"}),
    dict(id="x2", layout="system-export", fmt="pdf", type="pro", date=D(2025, 12, 18), gaps={"onderbouwing": "missing", "inbreng_leerling": "ph", "evaluatie": "nvt_wrong"}),
    dict(id="x3", layout="groeidocument-chapter", fmt="pdf-word", type="sbo", date=D(2026, 1, 22), gaps={"doelen": "missing", "instemming_ouders": "unticked"}),
    dict(id="x4", layout="letter", fmt="pdf-word", type="vo", date=D(2025, 9, 11), gaps={"belemmerende_factoren": "missing", "vaststelling": "ph"}),
    dict(id="x5", layout="domain-table", fmt="odt", type="po", date=D(2025, 11, 13), gaps={"ondersteuningsbehoefte": "missing", "ondersteuning": "instr"}),
    dict(id="x6", layout="bilingual-en-nl", fmt="docx", type="so", date=D(2026, 2, 12), gaps={"uitstroombestemming": "missing", "onderbouwing": "vague", "instemming_ouders": "before_plan"}),
    dict(id="x7", layout="meeting-report", fmt="txt", type="po", date=D(2024, 9, 30), gaps={A: "na"}),
    dict(id="x8", layout="vso-pro-uitstroomprofiel", fmt="pdf", type="vso", date=D(2026, 3, 16), gaps={"inbreng_leerling": "no_effect", "adviezen_professionals": "bijlage"}),
    dict(id="x9", layout="fillable-pdf-form", fmt="scan", type="vo", date=D(2025, 10, 6), gaps={}),
    dict(id="x10", layout="docx-content-controls", fmt="docx", type="vso", adult="self", date=D(2025, 12, 4), gaps={"vaststelling": "cc_empty"}),
]

SLUG = {"system-export": "export", "letter": "brief", "meeting-report": "verslag", "beknopt-form": "beknopt",
        "groeidocument-chapter": "groeidoc", "bilingual-en-nl": "idp", "vso-pro-uitstroomprofiel": "uitstroom",
        "fillable-pdf-form": "formulier", "docx-content-controls": "sjabloon", "domain-table": "domeinen"}
EXT = {"pdf": "pdf", "pdf-word": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}
LFMT = {"pdf": "pdf", "pdf-word": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}


GAPDESC = {
    "missing": "not in the document", "empty": "heading/field present, nothing under it", "ph": "placeholder only",
    "instr": "the format's instruction left in", "bijlage": "only refers elsewhere ('zie bijlage/verslag')",
    "repeat": "only repeats the heading's question", "vague": "a vague sentence with no real content",
    "merge": "unfilled merge field code", "cc_empty": "content control still shows 'Klik of tik om tekst in te voeren.'",
    "nvt_wrong": "'n.v.t.' where it does apply", "no_effect": "pupil's view without what it changed",
    "oogo_nodate": "'parents informed' without when/who", "vast_nodate": "blank date/name line", "vast_concept": "marked CONCEPT, not set",
    "na": "explicitly 'geen afwijkingen' (not_applicable)", "unticked": "tick boxes left unticked",
    "voor_gezien": "signed 'voor gezien'", "onder_protest": "signed 'onder protest'", "refused": "'niet akkoord' ticked",
    "partial": "partial consent", "school_only": "only the school signed", "blank_line": "blank signature lines, nothing ticked",
    "no_date": "signature without date", "date_no_sig": "date without signature", "printed_name": "printed name, no signature",
    "other_consent": "only an AVG/photo consent is signed; no consent to the handelingsdeel (missing)",
    "before_plan": "signed consent dated two months before the plan date", "wrong_party": "consent signed by the wrong party",
    "mail_ok": "consent stated: parents agreed by e-mail on a given date (present)",
    "digital_ok": "consent given in the parent portal with date/time (present)", "curatele_ok": "curator signed (present)",
    "adult_ok": "adult pupil signed himself (present)", "ok": "present"}


def describe(p):
    gaps = {k: v for k, v in p.spec.get("gaps", {}).items()}
    s = [] if gaps and any(v not in ("na", "mail_ok", "digital_ok", "curatele_ok") for v in gaps.values()) else ["complete plan"]
    for k, v in gaps.items():
        s.append(f"{k}: {GAPDESC.get(v, v)}")
    if p.c["adult"] == "self":
        s.append("adult pupil (meerderjarig, handelingsbekwaam) is the party: consents himself, inbreng n/a")
    if p.c["adult"] == "curatele":
        s.append("adult pupil under curatele: curator must consent, pupil's view required")
    if p.c["date"] < CUTOFF:
        s.append("plan set before 1-8-2025: inbreng n/a")
    if p.spec["fmt"] == "scan":
        s.append("scan (150 dpi, noise, skew); signatures typed as 'w.g.'/'get.'")
    return "; ".join(s) if s else "complete plan"


def non_opp():
    """leaflet, newsletter, blank formats: (spec, doc, labels, note)"""
    out = []
    leaflet = dict(title="Wat is een OPP? Informatie voor ouders", header="Samenwerkingsverband Passend Onderwijs Brakeloo e.o.",
                   footer="Folder ouders 2025 - {page}", author="swv", blocks=[
        ("p", "Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP."),
        ("h", "Wat staat er in een OPP?", 2),
        ("p", "In het OPP staat de te verwachten uitstroombestemming (bijvoorbeeld vmbo-kader of havo) en de onderbouwing daarvan. "
              "Ook staan erin: de belemmerende en bevorderende factoren, de onderwijsbehoeften van uw kind, de ondersteuning die de school "
              "biedt (het handelingsdeel), eventuele afwijkingen van het onderwijsprogramma en de doelen."),
        ("h", "Uw instemming", 2),
        ("p", "De school bespreekt het OPP met u (op overeenstemming gericht overleg). U moet instemmen met het handelingsdeel; "
              "dat doet u door te tekenen. Vanaf 1 augustus 2025 wordt ook uw kind zelf gehoord."),
        ("h", "Evaluatie en uw rechten", 2),
        ("p", "Het OPP wordt minstens eens per jaar met u geëvalueerd. Bent u het niet eens, neem dan contact op met het ouder- en "
              "jeugdsteunpunt of de onderwijsconsulent. U kunt binnen zes weken naar de Geschillencommissie passend onderwijs."),
        ("kv", [("Ouder- en jeugdsteunpunt", "tel. 0000-123 456 (ma-do 9-16 uur)"), ("Voorbeeld handtekening", "Handtekening ouder: ...........  Datum: ...........")])])
    out.append((dict(id="n1", layout="leaflet-not-opp", fmt="pdf", type="none"), leaflet, {el: "missing" for el in ELEMENTS},
                "leaflet about OPPs mentioning every element in general terms; not an OPP"))
    news = dict(title="Nieuwsbrief De Regenboogvis - december 2025", header="", footer="Nieuwsbrief 4 - {page}", author="school", blocks=[
        ("h", "Van de directie", 2),
        ("p", "Beste ouders, de decembermaand staat weer voor de deur. Op 17 december is de kerstviering."),
        ("h", "Nieuw: leerlingen praten mee over hun OPP", 2),
        ("p", "Sinds 1 augustus 2025 hebben leerlingen met een ontwikkelingsperspectiefplan hoorrecht. Onze intern begeleider "
              "A. Bakker voert daarom met elke leerling een gesprek voordat het plan wordt vastgesteld. De evaluatie van de OPP's "
              "vindt plaats in de week van 9 februari."),
        ("h", "Toestemming foto's", 2),
        ("p", "Vergeet u niet het toestemmingsformulier voor beeldmateriaal te tekenen?"),
        ("check", [("Ik geef toestemming voor foto's op de website", False)]),
        ("h", "Agenda", 2),
        ("table", ["Datum", "Wat"], [["17-12-2025", "Kerstviering"], ["22-12-2025", "Kerstvakantie"], ["09-02-2026", "OPP-evaluaties"]])])
    out.append((dict(id="n2", layout="newsletter-not-opp", fmt="pdf-word", type="none"), news, {el: "missing" for el in ELEMENTS},
                "school newsletter with a paragraph about OPP pupil voice and an unticked photo consent; not an OPP"))
    # blank content-control template: no fields for adviezen and informatie_rechten
    bp = Plan(90, dict(type="po", date=D(2025, 9, 1), gaps={}))
    skip = ("adviezen_professionals", "informatie_rechten")
    blank = L_cc(bp, blank=True, skip=skip)
    lab = {el: ("missing" if el in skip else "incomplete") for el in ELEMENTS}
    out.append((dict(id="n3", layout="blank-format-docx", fmt="docx", type="none"), blank, lab,
                "empty board template with content controls; no field for adviezen_professionals or informatie_rechten (missing), all other fields empty (incomplete)"))
    bp2 = Plan(91, dict(type="vo", date=D(2025, 9, 1), gaps={}))
    skip2 = ("inbreng_leerling", "afwijkingen_onderwijsprogramma")
    blank2 = L_form(bp2, blank=True, skip=skip2)
    lab2 = {el: ("missing" if el in skip2 else "incomplete") for el in ELEMENTS}
    out.append((dict(id="n4", layout="blank-format-pdf-form", fmt="pdf-form", type="none"), blank2, lab2,
                "empty fillable swv form (older version without pupil field and without deviations field: missing); all other fields empty (incomplete)"))
    return out


def build():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    jobs = []
    for i, spec in enumerate(SPECS):
        p = Plan(i, spec)
        doc = LAYOUTS[spec["layout"]](p)
        labels = p.labels()
        au = ["instemming_ouders"] if spec["fmt"] == "scan" and p.v["instemming_ouders"] not in ("missing", "other_consent", "mail_ok", "digital_ok") else []
        jobs.append((spec, doc, labels, describe(p), au, p.c["date"]))
    for spec, doc, labels, note in non_opp():
        jobs.append((spec, doc, labels, note, [], None))
    to_word, to_odt, scans = [], [], []
    entries = []
    for spec, doc, labels, note, au, date in jobs:
        name = f"{spec['id']}-{spec['type']}-{SLUG.get(spec['layout'], spec['layout'].split('-')[0])}"
        fmt = spec["fmt"]
        out = os.path.join(DOCS, name + "." + EXT[fmt])
        if fmt == "pdf":
            R.to_pdf(doc, out)
        elif fmt == "pdf-form":
            R.to_form_pdf(doc, out)
        elif fmt == "docx":
            R.to_docx(doc, out)
        elif fmt in ("pdf-word", "odt"):
            src = os.path.join(TMP, name + ".docx")
            R.to_docx(doc, src)
            (to_word if fmt == "pdf-word" else to_odt).append(src)
        elif fmt == "txt":
            open(out, "w", encoding="utf-8").write(R.to_txt(doc))
        elif fmt == "md":
            open(out, "w", encoding="utf-8").write(R.to_txt(doc, md=True))
        elif fmt == "scan":
            src = os.path.join(TMP, name + "-clean.pdf")
            R.to_pdf(doc, src)
            scans.append((src, out, spec["id"]))
        entries.append({"file": "docs/" + os.path.basename(out), "format": LFMT[fmt], "layout": spec["layout"],
                        "school_type": spec["type"], "scanned": fmt == "scan", "elements": labels,
                        "accept_unclear": au,
                        "notes": f"{spec['layout']}, {fmt}" + (f", plan date {d(date)}" if date else "") + f": {note}"})
    if to_word:
        R.soffice(to_word, "pdf", DOCS)
    if to_odt:
        R.soffice(to_odt, "odt", DOCS)
    for src, out, sid in scans:
        R.scan(src, out, seed=int(hashlib.md5(sid.encode()).hexdigest()[:8], 16), tmpdir=os.path.join(TMP, "scan-" + sid))
    for fn in os.listdir(DOCS):
        fp = os.path.join(DOCS, fn)
        if fn.endswith(".pdf"):
            R.normalize_pdf(fp)
        elif fn.endswith(".odt"):
            R.normalize_odt(fp)
    for e in entries:
        assert os.path.exists(os.path.join(HERE, e["file"])), e["file"]
        assert set(e["elements"]) == set(ELEMENTS)
    json.dump({"version": 1, "docs": entries}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(entries), "documents")


if __name__ == "__main__":
    build()
