# Element texts (Dutch + English), gap variants and consent blocks. All invented.
ELS = ["uitstroombestemming","onderbouwing","belemmerende_factoren","bevorderende_factoren",
       "ondersteuningsbehoefte","ondersteuning","afwijkingen_onderwijsprogramma","doelen",
       "adviezen_professionals","oogo","instemming_ouders","inbreng_leerling","evaluatie",
       "informatie_rechten","vaststelling"]

DEST = {"po":"vmbo basis-/kaderberoepsgerichte leerweg (met lwoo)","sbo":"vmbo-kaderberoepsgerichte leerweg",
        "vo":"vmbo-gemengde leerweg, diploma in 2028","pro":"arbeid: werk in de groenvoorziening of logistiek, met entree-opleiding (mbo niveau 1)",
        "so":"vso, profiel vervolgonderwijs (vmbo-basis in het vso)","vso":"uitstroomprofiel arbeidsmarktgericht: werk in een magazijn of productiebedrijf"}
DEST_EN = {"po":"vmbo-kader (pre-vocational secondary education, vocational track)","vo":"havo (senior general secondary), diploma expected 2029"}

def nl(el, c):
    n = c["first"]; t = c["type"]
    d = {
    "uitstroombestemming": c.get("dest") or DEST[t],
    "onderbouwing": f"Op grond van de toetsresultaten (rekenen {c['lvs1']}, begrijpend lezen {c['lvs2']}), het psychodiagnostisch onderzoek van {c['onderzoek']} (TIQ {c['tiq']}) en de ontwikkeling over de afgelopen twee schooljaren verwachten wij dat {n} deze bestemming haalt. De leerrendementen liggen stabiel rond 70%.",
    "belemmerende_factoren": f"{n} raakt snel afgeleid bij drukte en heeft moeite met plannen en het overzicht houden; dyslexieverklaring ({c['onderzoek'][-4:]}); faalangst bij toetsen; weinig werkgeheugen voor meerstappige opdrachten.",
    "bevorderende_factoren": f"{n} is gemotiveerd, sportief en behulpzaam, heeft een goede band met {c['mentor']}, is mondeling taalvaardig en ouders zijn zeer betrokken.",
    "ondersteuningsbehoefte": f"{n} heeft een leerkracht nodig die instructie in kleine stappen geeft en controleert of de opdracht begrepen is, een vaste rustige werkplek, een dagplanning op papier en extra tijd bij toetsen.",
    "ondersteuning": f"Verlengde instructie rekenen 4x per week 20 minuten door {c['mentor']}; 1x per week 30 minuten remedial teaching door {c['rt']} vanaf {c['start']}; gebruik van voorleessoftware en koptelefoon; wekelijks kort planningsgesprek op maandag.",
    "afwijkingen_onderwijsprogramma": f"Voor rekenen volgt {n} een eigen leerlijn met eindniveau 1F; de doelen staan in het handelingsdeel. Vrijstelling voor het tweede moderne vreemde taal; in plaats daarvan extra rekenen (2 uur per week).",
    "doelen": f"Uiterlijk {c['goal1']}: {n} beheerst de tafels 1 t/m 10 (90% goed op de tafeltoets). Uiterlijk {c['goal2']}: {n} leest teksten op AVI-niveau E6 met voldoende begrip en plant een weektaak zelf met een checklist (4 van de 5 weken zonder hulp).",
    "adviezen_professionals": f"{c['prof']} adviseert in het verslag van {c['onderzoek']} korte instructiemomenten, visuele ondersteuning en faalangstreductietraining. De school neemt deze adviezen over: de training start in januari en de instructie is aangepast (zie ondersteuning).",
    "oogo": f"Het plan is op {c['oogo']} besproken met {c['ouders']}, {c['mentor']} en de intern begeleider (op overeenstemming gericht overleg). De wens van ouders om het huiswerk te beperken is opgenomen.",
    "inbreng_leerling": f"Gesprek met {n} op {c['oogo']}: {n} vertelt dat het in de klas vaak te druk is en dat {c['hij']} graag met een koptelefoon werkt. Op verzoek van {n} is de vaste rustige werkplek opgenomen en oefent {n} de tafels met een spel in plaats van werkbladen.",
    "evaluatie": f"Tussentijdse evaluatie in {c['eval1']} en jaarlijkse evaluatie in {c['eval2']} met ouders en {n}; we bespreken dan of de doelen behaald zijn en stellen het plan zo nodig bij.",
    "informatie_rechten": "U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan, bespreek dit dan met de directeur. U kunt ook advies vragen bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.",
    "vaststelling": f"Vastgesteld door {c['dir']}, directeur, op {c['date']}.",
    }
    if t in ("so","vso"):
        d["adviezen_professionals"] = f"Advies van de commissie voor de begeleiding ({c['cvb']}): {n} kan de leerroute volgen met extra begeleiding bij sociaal-emotionele ontwikkeling. {c['prof']} adviseert een vaste begeleider en voorspelbare overgangen; beide zijn in het handelingsdeel verwerkt."
    if t=="vo":
        d["doelen"] = f"Uiterlijk {c['goal1']}: {n} haalt voor wiskunde op kaderniveau gemiddeld minimaal een 6,0 en levert 9 van de 10 huiswerkopdrachten op tijd in. Uiterlijk {c['goal2']}: {n} plant toetsweken zelf in de agenda met een planningsschema (gecontroleerd door de mentor)."
        d["ondersteuning"] = f"Bijles wiskunde 2x per week 30 minuten door de vakdocent; wekelijks mentorgesprek (15 minuten) met {c['mentor']}; 1x per week studievaardigheden in het ondersteuningslokaal met {c['rt']} vanaf {c['start']}; voorleessoftware en 25% extra toetstijd."
    if t=="vo":
        d["inbreng_leerling"] = f"Gesprek met {n} op {c['oogo']}: {n} zegt dat de bijles pas na het 8e uur te laat is en dat {c['hij']} in de klas liever niet apart wordt gezet. Op verzoek van {n} is de bijles verplaatst naar het 5e uur en krijgt {n} de extra toetstijd in het ondersteuningslokaal."
    if t in ("vso","pro"):
        d["inbreng_leerling"] = f"Gesprek met {n} op {c['oogo']}: {n} wil na school graag in een magazijn werken en vindt de interne stage in de keuken niet leuk. Op verzoek van {n} is de stage vanaf januari verplaatst naar de logistiek en is het doel voor zelfstandig reizen opgenomen."
        d["doelen"] = f"Uiterlijk {c['goal1']}: {n} werkt 3 uur zelfstandig op de interne stage volgens de werkplanning (beoordeling door de stagebegeleider). Uiterlijk {c['goal2']}: {n} reist zelfstandig met de bus naar de stageplek en haalt het branchecertificaat Logistiek."
        d["afwijkingen_onderwijsprogramma"] = f"{n} volgt een verkort lesprogramma (22 in plaats van 26 uur per week) in verband met zorg op dinsdagmiddag; de overige uren zijn stage. Vrijstelling voor Engels."
    if c.get("curatele"):
        d["oogo"] = f"Het plan is op {c['oogo']} besproken met {n} en {c['hij2']} curator ({c['ouders_names']}), de mentor en de stagecoördinator."
    elif c.get("adult"):
        d["oogo"] = f"Het plan is op {c['oogo']} besproken met {n} zelf (meerderjarig), op {c['hij2']} verzoek in aanwezigheid van moeder, met de mentor en de stagecoördinator."
    return d[el]

def en(el, c):
    n = c["first"]
    return {
    "uitstroombestemming": c.get("dest") or DEST_EN[c["type"]],
    "onderbouwing": f"Based on assessment results (maths {c['lvs1']}, reading comprehension {c['lvs2']}), the educational psychologist's report of {c['onderzoek']} and {n}'s progress over the last two years, we expect {n} to reach this destination.",
    "belemmerende_factoren": f"{n} is still learning Dutch (arrived 2023), gets tired in long instruction blocks and finds it hard to ask for help.",
    "bevorderende_factoren": f"{n} is curious, strong in English and mathematics, socially well connected and has supportive parents.",
    "ondersteuningsbehoefte": f"{n} needs short instructions with visual support, pre-teaching of subject vocabulary and a teacher who checks understanding regularly.",
    "ondersteuning": f"Dutch as a second language: 3 x 45 minutes per week with {c['rt']} from {c['start']}; pre-teaching vocabulary by the class teacher before each new unit; weekly check-in with the mentor ({c['mentor']}).",
    "afwijkingen_onderwijsprogramma": f"{n} is exempt from French in year 1 and 2; these hours are used for Dutch as a second language.",
    "doelen": f"By {c['goal1']}: {n} reaches reading level AVI-M5 in Dutch. By {c['goal2']}: {n} writes a short text (150 words) in Dutch with no more than 5 errors.",
    "adviezen_professionals": f"{c['prof']} advises (report {c['onderzoek']}) intensive Dutch support and extra time for tests; the school follows this advice through the support described above and 25% extra time.",
    "oogo": f"The plan was discussed with {c['ouders']} on {c['oogo']} (consultation aimed at agreement, OOGO), with the mentor and the learning support coordinator present.",
    "inbreng_leerling": f"{n} told us on {c['oogo']} that Dutch lessons in a small group help most. At {n}'s request the pre-teaching is done in the small group and {n} may use a bilingual dictionary in tests.",
    "evaluatie": f"The plan is reviewed with parents and {n} in {c['eval1'].replace('februari','February')} and at least once a year in {c['eval2'].replace('juni','June')}.",
    "informatie_rechten": "You have the right to consent to the support part of this plan. If you disagree, please contact the head of department; you can also contact the Ouder- en Jeugdsteunpunt, an onderwijsconsulent or, within six weeks, the Geschillencommissie passend onderwijs.",
    "vaststelling": f"Adopted by {c['dir']}, head of department, on {c['date']}.",
    }[el]

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen"]
INSTR_NL = {
 "uitstroombestemming":"Vul hier de verwachte uitstroombestemming in (schooltype/profiel).",
 "onderbouwing":"Onderbouw de uitstroombestemming met toetsgegevens, IQ en schoolloopbaan.",
 "belemmerende_factoren":"Benoem de factoren die het onderwijs aan de leerling belemmeren.",
 "bevorderende_factoren":"Benoem de stimulerende factoren / sterke kanten van de leerling.",
 "ondersteuningsbehoefte":"Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig'.",
 "ondersteuning":"Klik of tik om tekst in te voeren.",
 "afwijkingen_onderwijsprogramma":"Beschrijf eventuele afwijkingen (eigen leerlijn, vrijstelling, aangepast rooster).",
 "doelen":"Formuleer SMART-doelen voor de komende periode.",
 "adviezen_professionals":"Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo":"Datum en deelnemers van het OOGO met ouders invullen.",
 "inbreng_leerling":"Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
 "evaluatie":"Geef aan wanneer en met wie het plan geëvalueerd wordt.",
 "informatie_rechten":"[Standaardtekst over rechten van ouders invoegen]",
 "vaststelling":"Datum vaststelling: dd-mm-jjjj",
}
VAGUE_INBRENG = "{n} vindt school over het algemeen leuk en wil graag beter worden in rekenen. {n} heeft meegedacht over dit plan."
VAGUE_INBRENG_EN = "{n} likes school and would like to improve in Dutch."

def render_el(el, var, c, lang="nl"):
    """Return text for an element variant, or None when the element is omitted."""
    n = c["first"]
    if var in ("ok","pre"):
        return en(el, c) if lang=="en" else nl(el, c)
    if var == "omit": return None
    if var == "empty": return ""
    if var == "ph": return PH[(ELS.index(el) + len(n)) % len(PH)]
    if var == "instr": return "Click or tap here to enter text." if lang=="en" else INSTR_NL[el]
    if var == "ref": return {"nl":["Zie bijlage 2.","Zie verslag orthopedagoog (bijlage).","Zie groeidocument, hoofdstuk 3.","Zie het verslag in het dossier."],"en":["See appendix B."]}[lang][len(n)%(4 if lang=='nl' else 1)]
    if var == "nvt":
        return ("No deviations: follows the regular curriculum." if lang=="en" else f"Geen afwijkingen: {n} volgt het reguliere onderwijsprogramma van de groep/klas.")
    if var == "vague": return (VAGUE_INBRENG_EN if lang=="en" else VAGUE_INBRENG).format(n=n)
    if var == "nodate" and el=="vaststelling": return f"Vastgesteld door {c['dir']}, directeur." if lang=="nl" else f"Adopted by {c['dir']}, head of department."
    if var == "tickopts":
        return {"afwijkingen_onderwijsprogramma":"☐ eigen leerlijn   ☐ vrijstelling vak(ken)   ☐ aangepast rooster   ☐ geen afwijkingen",
                "evaluatie":"☐ na 6 weken   ☐ halfjaarlijks   ☐ jaarlijks   — met: ☐ ouders ☐ leerling"}[el]
    if var == "tickgeen" and el=="afwijkingen_onderwijsprogramma":
        return "☐ eigen leerlijn   ☐ vrijstelling vak(ken)   ☐ aangepast rooster   ☒ geen afwijkingen"
    if var == "nowho" and el=="oogo": return "OOGO heeft plaatsgevonden." 
    raise ValueError((el,var))

def label_of(el, var, c):
    if el=="inbreng_leerling" and (c["pre2025"] or (c.get("adult") and not c.get("curatele"))): return "not_applicable"
    return {"ok":"present","omit":"missing","empty":"incomplete","ph":"incomplete","instr":"incomplete","ref":"incomplete",
            "nvt":"not_applicable","tickgeen":"not_applicable","tickopts":"incomplete","vague":"incomplete","nodate":"incomplete","nowho":"incomplete","pre":"present"}[var]

CONSENT_LABEL = {"signed":"present","digital":"present","slip":"present","tick":"present","adult_self":"present","curator":"present",
  "gezien":"incomplete","protest":"incomplete","refused":"incomplete","partial":"incomplete","schoolonly":"incomplete",
  "blank":"incomplete","unticked":"incomplete","nodate":"incomplete","curatele_pupil":"incomplete","ph":"incomplete",
  "avgonly":"missing","omit":"missing"}
