# -*- coding: utf-8 -*-
"""Element content variants. Each variant: (status, fn(ctx) -> blocks). Status is the label a careful
parents' adviser gives when the element is rendered this way."""
from profiles import PROFILES

E = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
     "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
     "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
     "informatie_rechten", "vaststelling"]

def P(t, s=None): return ("p", t, s)
def BUL(x): return ("bul", list(x))
def CHKS(x): return ("chk", list(x))
def T(h, rows, w=None): return ("t", h, [list(r) for r in rows], w)
def SIG(rows): return ("sig", rows)

def f(ctx, t): return t.format(**ctx)

RIGHTS = [
 "Instemmingsrecht: u heeft als ouder instemmingsrecht op het handelingsdeel. De school voert het handelingsdeel pas uit als u ermee instemt. "
 "Bent u het niet eens met (een deel van) het plan? Bespreek dit eerst met de intern begeleider of de directeur. U kunt gratis advies vragen aan het Ouder- en Jeugdsteunpunt "
 "van het samenwerkingsverband of aan een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).",
 "Uw rechten als ouder: zonder uw instemming met het handelingsdeel kan de school de ondersteuning niet uitvoeren zoals beschreven. Bij onenigheid gaat u eerst in gesprek met de school; "
 "u kunt daarbij ondersteuning krijgen van een onderwijsconsulent of van het ouder- en jeugdsteunpunt. Daarna kunt u binnen zes weken na vaststelling van het OPP terecht bij de Geschillencommissie passend onderwijs.",
 "Wat als u het niet eens bent? U beslist mee: over het handelingsdeel heeft u instemmingsrecht. Komen we er samen niet uit, dan kunt u contact opnemen met de onderwijsconsulenten (gratis, onafhankelijk) "
 "of met het ouderloket van het samenwerkingsverband. U kunt het geschil binnen zes weken na de vaststelling voorleggen aan de Geschillencommissie passend onderwijs.",
]
RIGHTS_ADULT = ("Omdat je meerderjarig en handelingsbekwaam bent, beslis je zelf: jij hebt instemmingsrecht op het handelingsdeel. Ben je het niet eens met het plan, "
 "bespreek dat dan met je mentor of de directeur. Je kunt gratis advies vragen aan een onderwijsconsulent. Binnen zes weken na vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")

def prof(ctx): return PROFILES[ctx["profile"]]

# ------------------------------------------------------------------ variants
V = {e: {} for e in E}

def reg(e, name, status):
    def deco(fn):
        V[e][name] = (status, fn); return fn
    return deco

U = "uitstroombestemming"
reg(U, "present", "present")(lambda c: [P(prof(c)["dest"])])
reg(U, "ticks", "present")(lambda c: [CHKS([(i == prof(c)["dest_idx"], o) for i, o in enumerate(prof(c)["dest_opts"])]), P("Toelichting: " + prof(c)["dest"])])
reg(U, "ticks_only", "present")(lambda c: [CHKS([(i == prof(c)["dest_idx"], o) for i, o in enumerate(prof(c)["dest_opts"])])])
reg(U, "unticked", "incomplete")(lambda c: [CHKS([(False, o) for o in prof(c)["dest_opts"]])])
reg(U, "ntb", "incomplete")(lambda c: [P("n.t.b.")])
reg(U, "later", "incomplete")(lambda c: [P("Nog niet te bepalen; volgt na overleg met ouders en de commissie voor de begeleiding.")])
reg(U, "every", "incomplete")(lambda c: [P("Onze school streeft voor iedere leerling naar de best passende en hoogst haalbare vervolgplek.")])
reg(U, "instr", "incomplete")(lambda c: [P("[Vul hier de te verwachten uitstroombestemming in: vervolgonderwijs, arbeidsmarktgericht of dagbesteding. Bij po: het verwachte vo-niveau.]", "italic")])
reg(U, "heading", "incomplete")(lambda c: [])

O = "onderbouwing"
reg(O, "present", "present")(lambda c: [P(f(c, prof(c)["onderbouwing"]))])
reg(O, "ref", "incomplete")(lambda c: [P("Zie het psychologisch onderzoeksverslag en de toetsgegevens in het leerlingvolgsysteem.")])
reg(O, "dots", "incomplete")(lambda c: [P("...")])
reg(O, "every", "incomplete")(lambda c: [P("De uitstroombestemming wordt voor alle leerlingen bepaald op basis van de gegevens uit het leerlingvolgsysteem en de observaties van de leerkracht.")])
reg(O, "heading", "incomplete")(lambda c: [])

B = "belemmerende_factoren"; BV = "bevorderende_factoren"
reg(B, "present", "present")(lambda c: [BUL(prof(c)["belem"])])
reg(B, "placeholder", "incomplete")(lambda c: [P("nog aanvullen")])
reg(B, "heading", "incomplete")(lambda c: [])
reg(BV, "present", "present")(lambda c: [BUL(prof(c)["bevord"])])
reg(BV, "placeholder", "incomplete")(lambda c: [P("n.t.b.")])
reg(BV, "every", "incomplete")(lambda c: [P("Ieder kind heeft talenten. Wij gaan uit van wat een leerling wél kan.")])
reg(BV, "instr", "incomplete")(lambda c: [P("(Noem hier de stimulerende factoren: sterke kanten van de leerling, de groep, de leerkracht en de thuissituatie.)", "italic")])
reg(BV, "heading", "incomplete")(lambda c: [])

OB = "ondersteuningsbehoefte"
reg(OB, "present", "present")(lambda c: [P(f(c, "{N} heeft nodig:")), BUL(prof(c)["behoefte"])])
reg(OB, "every", "incomplete")(lambda c: [P("Leerlingen in onze groepen hebben behoefte aan structuur, duidelijkheid, een voorspelbare dag en een veilig pedagogisch klimaat.")])
reg(OB, "instr", "incomplete")(lambda c: [P("Formuleer de onderwijsbehoeften als: '[naam] heeft ... nodig om ...'. Beschrijf minimaal drie onderwijsbehoeften.", "italic")])
reg(OB, "heading", "incomplete")(lambda c: [])

S = "ondersteuning"
SH = ["Wat", "Wie", "Hoe vaak", "Vanaf"]
reg(S, "present", "present")(lambda c: [T(SH, prof(c)["steun"])])
reg(S, "ref_sep", "incomplete")(lambda c: [P("De te bieden ondersteuning en begeleiding staat in het handelingsdeel. Het handelingsdeel is een apart document dat per periode wordt opgesteld.")])
reg(S, "vague", "incomplete")(lambda c: [P(f(c, "{N} krijgt extra ondersteuning binnen de groep, waar en wanneer dat nodig is."))])
reg(S, "emptytable", "incomplete")(lambda c: [T(SH, [("", "", "", "")] * 3)])
reg(S, "partial", "incomplete")(lambda c: [T(SH, [(r[0], "n.t.b.", "in overleg", "") for r in prof(c)["steun"]])])
reg(S, "ref_groepsplan", "incomplete")(lambda c: [P("Zie groepsplan en groepsoverzicht van de groep.")])

A = "afwijkingen_onderwijsprogramma"
reg(A, "present", "present")(lambda c: [P(f(c, prof(c)["afwijking"]))])
reg(A, "none", "not_applicable")(lambda c: [P(f(c, "Er wordt niet afgeweken van het onderwijsprogramma; {N} volgt het programma van de groep."))])
reg(A, "none_tick", "not_applicable")(lambda c: [CHKS([(False, "Ja, namelijk:"), (True, "Nee, geen afwijkingen van het onderwijsprogramma")])])
reg(A, "tick_yes", "present")(lambda c: [CHKS([(True, "Ja, namelijk: " + f(c, prof(c)["afwijking"])), (False, "Nee")])])
reg(A, "unticked", "incomplete")(lambda c: [CHKS([(False, "Ja, namelijk: ......................................"), (False, "Nee")])])
reg(A, "ref", "incomplete")(lambda c: [P("Ja, zie bijlage 2 (aangepast lesrooster).")])

D = "doelen"
reg(D, "present", "present")(lambda c: [T(["Doel", "Wanneer behaald (criterium, datum)"], prof(c)["doelen"])])
reg(D, "vague", "incomplete")(lambda c: [P(f(c, "{N} gaat vooruit op alle ontwikkelingsgebieden en werkt aan zijn of haar eigen doelen."))])
reg(D, "placeholder", "incomplete")(lambda c: [T(["Doel", "Criterium"], [("Doel 1: ...", ""), ("Doel 2: ...", ""), ("Doel 3: ...", "")])])
reg(D, "instr", "incomplete")(lambda c: [P("[Formuleer hier SMART-doelen voor de komende periode: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden]", "italic")])
reg(D, "every", "incomplete")(lambda c: [P("Alle leerlingen van de groep werken aan de doelen uit het groepsplan en de leerlijnen van de school.")])

AD = "adviezen_professionals"
def _adv(c, cvb=True):
    p = prof(c); out = [P(f(c, p["advies"]))]
    if cvb and p.get("cvb"): out.append(P(f(c, p["cvb"])))
    return out
reg(AD, "present", "present")(lambda c: _adv(c))
reg(AD, "nocvb", "incomplete")(lambda c: _adv(c, False))     # so/vso only: no advice of the CvB
reg(AD, "cvb_mention", "incomplete")(lambda c: _adv(c, False) + [P(f(c, "Het OPP is op {CVB} besproken in de commissie voor de begeleiding."))])
reg(AD, "ref", "incomplete")(lambda c: [P("Zie de verslagen van de betrokken deskundigen en het verslag van de commissie voor de begeleiding in het leerlingdossier.")])
reg(AD, "dots", "incomplete")(lambda c: [P("...")])

OG = "oogo"
def _oogo(c):
    if c.get("adult_self"):
        return [P(f(c, "Het plan is op {OOGO} met {N} zelf besproken (gesprek met mentor {MENTOR}). {N} heeft gevraagd zijn moeder bij het gesprek te laten aansluiten; dat is gebeurd."))]
    return [P(f(c, "Het ontwikkelingsperspectief is op {OOGO} besproken met {PARENTS} in een gesprek met {MENTOR} (leerkracht/mentor) en {IB} (intern begeleider/orthopedagoog). De ouders herkenden het beeld en vroegen om extra aandacht voor de thuis-schoolafstemming; dit is verwerkt."))]
reg(OG, "present", "present")(_oogo)
reg(OG, "unticked", "incomplete")(lambda c: [CHKS([(False, "Het OPP is voor vaststelling besproken met ouder(s)/verzorger(s) op: ....-....-........")])])
reg(OG, "ref", "incomplete")(lambda c: [P("Zie gespreksverslag.")])
reg(OG, "placeholder", "incomplete")(lambda c: [P("Datum gesprek met ouders: ..-..-....   Aanwezig: ...")])
reg(OG, "after", "incomplete")(lambda c: [P(f(c, "Het vastgestelde plan is op {OOGO_LATE} met {PARENTS} besproken en toegelicht."))])

IN = "inbreng_leerling"
reg(IN, "present", "present")(lambda c: [P(f(c, prof(c)["view"])), P(f(c, prof(c)["effect"]))])
reg(IN, "view_only", "incomplete")(lambda c: [P(f(c, prof(c)["view"]))])
reg(IN, "heard", "incomplete")(lambda c: [P(f(c, "{N} is gehoord over dit plan."))])
reg(IN, "nvt", "incomplete")(lambda c: [P("n.v.t.")])
reg(IN, "volgt", "incomplete")(lambda c: [P(f(c, "Gesprek met {N} volgt."))])
reg(IN, "na_note", "not_applicable")(lambda c: [P("Niet van toepassing: dit plan is vastgesteld vóór 1 augustus 2025.")])
reg(IN, "na_adult", "not_applicable")(lambda c: [P(f(c, "{N} is meerderjarig en handelingsbekwaam en is daarom zelf gesprekspartner en beslist zelf over het handelingsdeel (zie overleg en instemming)."))])
reg(IN, "na_quote_old", "not_applicable")(lambda c: [P(f(c, prof(c)["view"]))])   # old plan: hoorrecht not yet in force

EV = "evaluatie"
reg(EV, "present", "present")(lambda c: [P(f(c, "Het OPP wordt tussentijds geëvalueerd op {EV1} en jaarlijks op {EV2}, met {PARENTS_SHORT}{WITH_PUPIL}, de mentor en de intern begeleider. We bespreken dan per doel of het behaald is en stellen het handelingsdeel zo nodig bij. " + ("De commissie voor de begeleiding evalueert het OPP minimaal eenmaal per jaar." if c["type"] in ("so", "vso") else "")))])
reg(EV, "generic", "incomplete")(lambda c: [P("De evaluatie vindt plaats volgens de zorgcyclus van de school.")])
reg(EV, "placeholder", "incomplete")(lambda c: [P("Evaluatiedatum: ..-..-....")])
reg(EV, "no_parents", "incomplete")(lambda c: [P(f(c, "Het plan wordt op {EV2} geëvalueerd in het interne zorgteam (IB, directie, gedragsspecialist)."))])

IR = "informatie_rechten"
reg(IR, "present", "present")(lambda c: [P(RIGHTS_ADULT if c.get("adult_self") else RIGHTS[c["rnd"].randrange(3)])])
reg(IR, "partial", "incomplete")(lambda c: [P("Heeft u vragen over dit plan? Neem dan gerust contact op met de intern begeleider.")])
reg(IR, "ref", "incomplete")(lambda c: [P("Informatie over de klachtenregeling vindt u in de schoolgids.")])

VS = "vaststelling"
reg(VS, "present", "present")(lambda c: [P(f(c, "Vastgesteld op {SET} door {DIR}, directeur van {SCHOOL}, namens het bevoegd gezag."))])
reg(VS, "kv", "present")(lambda c: [T(None, [("Datum vaststelling", c["SET"]), ("Vastgesteld door", c["DIR"] + ", directeur")], [5, 11])])
reg(VS, "placeholder", "incomplete")(lambda c: [T(None, [("Datum vaststelling", "..-..-...."), ("Vastgesteld door", "")], [5, 11])])
reg(VS, "nowho", "incomplete")(lambda c: [P(f(c, "Datum vaststelling: {SET}"))])
reg(VS, "concept", "incomplete")(lambda c: [P("CONCEPT, nog niet vastgesteld. Vaststelling volgt na het gesprek met ouders.", "bold")])

# ---------------------------------------------------------------- consent (instemming)
CI = "instemming_ouders"
def parent_sig(c, mark="scribble", date=True, remark=None, who=None):
    return dict(role=who or "Ouder/verzorger", name=c["PARENT1"], date=c["CDATE"] if date else "", mark=mark, remark=remark)
def school_sig(c, mark="scribble"):
    return dict(role="Namens de school", name=c["DIR"], date=c["SET_SHORT"], mark=mark)
def blank_sig(role="Ouder/verzorger"):
    return dict(role=role, name="", date="", mark="blank")
AK = "Ik/wij ga(an) akkoord met het handelingsdeel van dit ontwikkelingsperspectief"
NAK = "Ik/wij ga(an) niet akkoord met het handelingsdeel"

reg(CI, "tick_sig", "present")(lambda c: [CHKS([(True, AK), (False, NAK)]), SIG([parent_sig(c), school_sig(c)])])
reg(CI, "wg", "present")(lambda c: [P("Voor akkoord met het handelingsdeel:"), SIG([parent_sig(c, "wg"), school_sig(c, "wg")])])
reg(CI, "digital", "present")(lambda c: [P(f(c, "Instemming handelingsdeel: AKKOORD. Digitaal ondertekend door {PARENT1} via het ouderportaal op {CDATE} om 19:42 (verificatie via DigiD-inlog ouderportaal)."))])
reg(CI, "scribble_only", "present")(lambda c: [P("Handtekening ouder(s) voor instemming met het handelingsdeel:"), SIG([parent_sig(c), parent_sig(c, who="Ouder/verzorger 2") | {"name": c["PARENT2"]}])])
reg(CI, "stated_meeting", "present")(lambda c: [P(f(c, "Instemming: in het gesprek van {CDATE} hebben {PARENTS} mondeling ingestemd met het handelingsdeel; zij hebben dit dezelfde dag per e-mail aan de intern begeleider bevestigd (e-mail van {CDATE}, opgenomen in het dossier)."))])
reg(CI, "adult_self", "present")(lambda c: [CHKS([(True, "Ik ga akkoord met het handelingsdeel"), (False, "Ik ga niet akkoord")]), SIG([dict(role="Leerling (meerderjarig)", name=c["FULL"], date=c["CDATE"], mark="scribble"), school_sig(c)])])
reg(CI, "curator", "present")(lambda c: [P(f(c, "{N} staat onder curatele; zijn moeder, {PARENT1}, is curator en beslist namens hem over het handelingsdeel.")), CHKS([(True, "De curator gaat akkoord met het handelingsdeel"), (False, "niet akkoord")]), SIG([parent_sig(c, who="Curator (moeder)"), school_sig(c)])])
reg(CI, "voor_gezien", "incomplete")(lambda c: [P("Ondertekening handelingsdeel"), SIG([parent_sig(c, remark="Voor gezien."), school_sig(c)])])
reg(CI, "protest", "incomplete")(lambda c: [CHKS([(True, AK), (False, NAK)]), P("Opmerking ouders: 'Wij tekenen onder protest. Wij zijn het niet eens met het aantal uren begeleiding.'", "italic"), SIG([parent_sig(c, remark="o.p."), school_sig(c)])])
reg(CI, "refused", "incomplete")(lambda c: [CHKS([(False, AK), (True, NAK)]), SIG([parent_sig(c), school_sig(c)])])
reg(CI, "partial", "incomplete")(lambda c: [CHKS([(False, "Akkoord met het gehele handelingsdeel"), (True, "Gedeeltelijk akkoord, namelijk niet met: de onderdelen over de time-out en de verkorte lestijd"), (False, "Niet akkoord")]), SIG([parent_sig(c), school_sig(c)])])
reg(CI, "school_only", "incomplete")(lambda c: [CHKS([(False, AK), (False, NAK)]), SIG([school_sig(c), blank_sig()])])
reg(CI, "blank", "incomplete")(lambda c: [P("Instemming ouders met het handelingsdeel:"), SIG([blank_sig(), blank_sig("Ouder/verzorger 2")])])
reg(CI, "unticked_signed", "incomplete")(lambda c: [CHKS([(False, AK), (False, NAK)]), SIG([parent_sig(c), school_sig(c)])])
reg(CI, "nodate", "incomplete")(lambda c: [CHKS([(True, AK), (False, NAK)]), SIG([parent_sig(c, date=False), school_sig(c)])])
reg(CI, "ontvangen", "incomplete")(lambda c: [P("Ik verklaar dat ik een exemplaar van dit ontwikkelingsperspectief heb ontvangen."), SIG([parent_sig(c)])])
reg(CI, "wrong_party", "incomplete")(lambda c: [CHKS([(True, "Ouders gaan akkoord met het handelingsdeel"), (False, "niet akkoord")]), SIG([parent_sig(c, who="Ouder"), dict(role="Ouder", name=c["PARENT2"], date=c["CDATE"], mark="scribble"), school_sig(c)])])
reg(CI, "volgt", "incomplete")(lambda c: [P("Instemming ouders: volgt na overleg.")])
reg(CI, "ref", "incomplete")(lambda c: [P("Ouders tekenen voor instemming op het handelingsdeel; zie het aparte document 'Handelingsdeel'.")])
reg(CI, "cc_ok", "present")(lambda c: [("cc_check", True, AK), ("cc_text", "Naam ouder/verzorger", c["PARENT1"]), ("cc_text", "Datum", c["CDATE"]), ("cc_text", "Ondertekend (getypte naam geldt als handtekening, ouderportaal)", c["PARENT1"])])
reg(CI, "cc_placeholder", "incomplete")(lambda c: [("cc_check", False, AK), ("cc_text", "Naam ouder/verzorger", c["PARENT1"]), ("cc_text", "Datum", None), ("cc_text", "Handtekening", None)])

# Multi-consent grid (several consents side by side)
GRID_COLS = ["Gegevensuitwisseling (AVG) met samenwerkingsverband en jeugdarts", "Foto's en video op website en social media", "Toedienen medicatie volgens medicijnprotocol", "Instemming handelingsdeel OPP"]
def grid(c, yes, sig, note=None):
    """yes: list of True/False/None per column (None = nothing ticked); sig: list of bool per column"""
    rows = [["Ja / akkoord"] + [("chk", y is True, "") for y in yes],
            ["Nee / niet akkoord"] + [("chk", y is False, "") for y in yes],
            ["Naam ouder"] + [c["PARENT1"] if s else "" for s in sig],
            ["Datum"] + [c["CDATE"] if s else "" for s in sig],
            ["Handtekening"] + [("img", c["PARENT1"] + str(i)) if s else "" for i, s in enumerate(sig)]]
    out = [("h", 2, "Toestemmingsformulier schooljaar " + c["SY"]), P("Kruis per onderdeel aan of u toestemming geeft en onderteken per kolom.", "small"),
           T(["Onderdeel"] + GRID_COLS, rows, [2.8, 3.45, 3.45, 3.45, 3.45])]
    if note: out.append(P(note, "italic"))
    return out
reg(CI, "grid_ok", "present")(lambda c: grid(c, [True, False, True, True], [True, True, True, True]))
reg(CI, "grid_other", "incomplete")(lambda c: grid(c, [True, True, True, None], [True, True, True, False]))
reg(CI, "grid_nosig", "incomplete")(lambda c: grid(c, [True, True, None, True], [True, True, False, False]))
reg(CI, "grid_refused", "incomplete")(lambda c: grid(c, [True, True, True, False], [True, True, True, True], "Ouders: 'Wij willen eerst een tweede gesprek over de begeleiding.'"))

reg(D, "ref", "incomplete")(lambda c: [P("Zie handelingsdeel.")])
reg(CI, "curatele_self", "incomplete")(lambda c: [P(f(c, "{N} staat onder curatele (curator: {PARENT1})."))] + [CHKS([(True, "Ik ga akkoord met het handelingsdeel"), (False, "niet akkoord")]), SIG([dict(role="Leerling", name=c["FULL"], date=c["CDATE"], mark="scribble"), school_sig(c)])])
# layout J (appendices) variants: the plan refers to an attached report / mail that the layout appends
reg(OG, "report", "present")(lambda c: [P("Het gesprek met ouders over dit plan (op overeenstemming gericht overleg): zie het gespreksverslag in bijlage 1.")])
reg(CI, "mail_ok", "present")(lambda c: [P(f(c, "Instemming ouders met het handelingsdeel: per e-mail ontvangen op {CDATE}, zie bijlage 2."))])
reg(CI, "mail_pending", "incomplete")(lambda c: [P("Instemming ouders met het handelingsdeel: zie e-mailwisseling in bijlage 2.")])
# form variants (layout K)
reg(CI, "form_ok", "present")(lambda c: [])
reg(CI, "form_empty", "incomplete")(lambda c: [])

for _e in E:
    if "heading" not in V[_e]:
        V[_e]["heading"] = ("incomplete", lambda c: [])
