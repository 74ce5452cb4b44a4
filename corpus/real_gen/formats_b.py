"""Real formats, part B: VO, praktijkonderwijs, (v)so, groeidocumenten, LVS exports and texts about OPPs."""

from __future__ import annotations

import datetime as dt

from . import texts as T
from .blocks import Doc, box
from .formats_a import V, _afw, sign
from .model import Case, dmy

LEIDEN_DOELEN = ["Doel: het behalen van een regulier diploma", "Doel: overstappen naar de arbeidsmarkt",
                 "Doel: zo zelfstandig mogelijk kunnen functioneren in vormen van dagactiviteiten"]
RIGHTS_16 = ("Op het handelingsdeel heeft u als ouder (of als leerling als je 16 jaar of ouder bent) "
             "instemmingsrecht.")


def _options(c: Case, el: str, options: list[str], chosen_idx: int) -> str | None:
    """Tick-box options: the chosen one ticked (present) or all unticked (incomplete) or left out (missing)."""
    st = c.status[el]
    if st == "missing":
        return None
    on = None if (c.blank or st != "present") else options[chosen_idx]
    return "\n".join(f"{box(o == on)} {o}" for o in options)


def leiden_vo(c: Case) -> Doc:
    """SWV VO Leiden: OntwikkelPerspectiefPlan in two parts (perspectief, handelingsdeel)."""
    d = Doc(header="OntwikkelPerspectiefPlan", footer="Format OPP VO – samenwerkingsverband")
    d.title("OntwikkelPerspectiefPlan (OPP)")
    d.kv([("Naam leerling", V(c, c.pupil)), ("Geboortedatum", V(c, dmy(c.birth))), ("School", V(c, c.school)),
          ("Ondersteuningscoördinator", V(c, c.ib)), ("Begeleider passend onderwijs (BPO'er)", V(c, c.consulent))])
    d.h1("Deel 1 – Lange termijn: te behalen resultaat en niveau")
    d.i("De school overlegt met ouders over dit deel van het plan.")
    idx = {"vo": 0, "vso": 1, "pro": 1}[c.school_type]
    d.kv([("Uitstroomprofiel", _options(c, "uitstroombestemming", LEIDEN_DOELEN, idx)),
          ("Te verwachten resultaat en niveau", c.fill("uitstroombestemming", T.dest(c))
           if c.status["uitstroombestemming"] == "present" else (None if not c.has("uitstroombestemming") else "")),
          ("Informatie over eerder gegeven ondersteuning", V(c, "RT in het basisonderwijs, faalangsttraining")),
          ("Uitkomst van onderzoek", c.fill("adviezen_professionals", T.advies(c))),
          ("De situatie thuis", V(c, "woont bij moeder; vader is betrokken")),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Ondersteuningsbehoefte", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Overleg met ouders en leerling", c.fill("oogo", T.oogo(c))),
          ("Wat vindt de leerling?", T.inbreng_fill(c))])
    d.brk()
    d.h1("Deel 2 – Handelingsdeel")
    instr = "Beschrijving van de geboden individuele ondersteuning voor een bepaalde periode."
    d.i(instr)
    d.kv([("Periode", V(c, f"{dmy(c.date)} tot {dmy(c.d_eval2)}" if c.date else "")),
          ("Doelen", c.fill("doelen", T.doelen(c))),
          ("Individuele ondersteuning", c.fill("ondersteuning", T.ondersteuning(c), instr)),
          ("Afwijkingen van het onderwijsprogramma", _afw(c, yes_no=False)),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c), "Het OPP wordt jaarlijks geëvalueerd en waar nodig bijgesteld.")),
          ("Datum vaststelling", c.fill("vaststelling", f"{c.plan_date} – {c.director}, teamleider namens de directeur"))])
    d.h2("Overleg en instemmingsrecht")
    rights = c.fill("informatie_rechten", RIGHTS_16 + " Bent u het niet eens met het handelingsdeel, neem dan contact "
                    "op met de ondersteuningscoördinator. Komt u er samen niet uit, dan kunt u een onderwijsconsulent "
                    "inschakelen of binnen zes weken de Geschillencommissie passend onderwijs om een oordeel vragen.",
                    RIGHTS_16)
    d.p(rights)
    sign(d, c, [("Namens de school", c.ib)], parent_label="Ouder(s)/verzorger(s)")
    return d


def saenstroom_vo(c: Case) -> Doc:
    """Saenstroom (VO, leerjaar 1): OPP after a dossieranalyse, signed by ouder(s), leerling en school."""
    d = Doc(footer=f"OPP leerjaar 1 – schooljaar {c.date.year if c.date else '20..'}-{c.date.year + 1 if c.date else '20..'}")
    d.title("Ontwikkelingsperspectief (OPP)")
    d.kv([("Leerling", V(c, c.pupil)), ("Klas", V(c, "1B (schakelklas)")), ("Mentor", V(c, c.mentor)),
          ("Orthopedagoog", V(c, c.ortho))])
    d.h2("Dossieranalyse")
    d.i("Op basis van de informatie van de basisschool, de ouders, de BRIEF en de opgevraagde informatie over "
        "eerder verleende ondersteuning.")
    d.kv([("Gegevens en onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Sterke kanten", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Aandachtspunten", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Handelingsadviezen", c.fill("adviezen_professionals", T.advies(c)))])
    d.sect("Verwachte uitstroomniveau", c.fill("uitstroombestemming", T.dest(c)))
    d.sect("Leerdoelen", c.fill("doelen", T.doelen(c)))
    d.h2("Handelingsgedeelte")
    d.i("Ouders hebben instemmingsrecht over het handelingsgedeelte van het OPP.")
    d.p(c.fill("ondersteuning", T.ondersteuning(c)))
    d.h2("Perspectieven school/leerling/ouders")
    d.kv([("School", V(c, f"We verwachten dat {c.first} het niveau aankan met de afgesproken ondersteuning.")),
          ("Leerling", T.inbreng_fill(c)), ("Ouders", c.fill("oogo", T.oogo(c)))])
    d.sect("Evaluatie", c.fill("evaluatie", "School, ouders en leerling evalueren het OPP jaarlijks drie keer: "
               f"{dmy(c.d_eval1)}, {dmy(c.d_eval1 + dt.timedelta(days=70))} en {dmy(c.d_eval2)}, en stellen het waar nodig bij.",
               "School, ouders en leerling evalueren het OPP jaarlijks drie keer en stellen het waar nodig bij."))
    d.kv([("Vastgesteld", c.fill("vaststelling", f"{c.plan_date} door {c.director}, afdelingsleider"))])
    sign(d, c, [("School (mentor)", c.mentor)], title="Ondertekening", parent_label="Ouder(s)")
    if c.status["instemming_ouders"] != "missing" and c.consent != "pupil_only":
        d.table([["Leerling", "Datum", "Handtekening"], [V(c, c.pupil), "", ""]], header=True)
    return d


def pro_iop(c: Case) -> Doc:
    """Platform Praktijkonderwijs: 'format OPP in IOP' (OPP built into the individueel ontwikkelingsplan)."""
    d = Doc(header=f"IOP / OPP {V(c, c.pupil)}", footer="Format OPP in IOP – praktijkonderwijs")
    d.title("Individueel ontwikkelingsplan (IOP) met ontwikkelingsperspectief (OPP)")
    d.kv([("Naam", V(c, c.pupil)), ("Leerjaar", V(c, "2")), ("Mentor", V(c, c.mentor)),
          ("Datum inschrijving", V(c, dmy(c.d_start)))])
    d.sect("Verwachtingen en wensen van de leerling", T.inbreng_fill(c))
    d.sect("Competenties en mogelijkheden", c.fill("bevorderende_factoren", T.bevorderend(c)))
    d.sect("Belemmeringen", c.fill("belemmerende_factoren", T.belemmerend(c)))
    d.sect("Wat heeft de leerling nodig?", c.fill("ondersteuningsbehoefte", T.behoefte(c)))
    d.sect("Te verwachten uitstroombestemming", c.fill("uitstroombestemming", T.dest(c)),
           "Naar welk soort functie op de arbeidsmarkt.")
    d.kv([("Onderbouwing van de verwachte uitstroombestemming", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Uitstroomprofiel overeengekomen door school, leerling en ouders", V(c, "nog niet (in leerjaar 3)"))])
    d.sect("Doelen (IOP)", c.fill("doelen", T.doelen(c)))
    d.sect("Te bieden ondersteuning en begeleiding", c.fill("ondersteuning", T.ondersteuning(c)))
    d.sect("Afwijkingen van het onderwijsprogramma", _afw(c, yes_no=False), "Indien aan de orde.")
    d.h2("Stage en evaluatie")
    d.kv([("Stage", V(c, "interne stage groen, 1 dag per week")), ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Besproken met ouders", c.fill("oogo", T.oogo(c))),
          ("Vastgesteld door de directeur op", c.fill("vaststelling", f"{c.plan_date} ({c.director})"))])
    sign(d, c, [("Mentor", c.mentor)], title="Handtekeningen", parent_label="Ouder(s)/verzorger(s)")
    return d


SO_PROFILES = ["SO Profiel 4 – Uitstroom naar praktijkonderwijs (PrO) of VSO", "SO Profiel 3 – Uitstroom naar het VSO",
               "SO Profiel 2 – Uitstroom naar het VSO"]


def so_profielen(c: Case) -> Doc:
    """SO school with uitstroomprofielen set by the commissie van begeleiding (CVB)."""
    d = Doc(header=f"Ontwikkelingsperspectief {V(c, c.pupil)}", footer="OPP SO – format school")
    d.title("Ontwikkelingsperspectief")
    d.kv([("Naam leerling", V(c, c.pupil)), ("Groep", V(c, "Middenbouw 2")), ("Leerkracht", V(c, c.mentor))])
    d.h2("Uitstroomprofiel")
    d.i("Het uitstroomniveau wordt vastgesteld door de CVB (commissie van begeleiding) en kan gedurende de "
        "schoolperiode worden bijgesteld.")
    d.p(_options(c, "uitstroombestemming", SO_PROFILES, c.seed % 3))
    d.kv([("Advies CVB", c.fill("adviezen_professionals", T.advies_cvb(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Ambitie sociaal-emotionele vaardigheden", V(c, "ontwikkelingsleeftijd tussen 6 en 9 jaar")),
          ("Ambitie schoolse vaardigheden", V(c, "tussen E3 en M5")),
          ("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Onderwijsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c)))])
    d.h2("Handelingsdeel")
    d.kv([("Doelen per leergebied", c.fill("doelen", T.doelen(c))),
          ("Begeleiding en aanpak", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Vervangende onderwijsdoelen / afwijkingen", _afw(c, yes_no=False)),
          ("Inbreng leerling", T.inbreng_fill(c)),
          ("Gesprek met ouders", c.fill("oogo", T.oogo(c))),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Vastgesteld door het bevoegd gezag", c.fill("vaststelling", f"{c.plan_date}, {c.director} (directeur)"))])
    sign(d, c, [("Directeur", c.director), ("Voorzitter CVB", c.ortho)], title="Ondertekening handelingsdeel")
    return d


def stormvogel_vso(c: Case) -> Doc:
    """VSO school: OPP set once a year, discussed and signed at the February contactavond."""
    d = Doc(footer="Ontwikkelingsperspectiefplan VSO")
    d.title("Ontwikkelingsperspectiefplan (OPP)")
    d.kv([("Leerling", V(c, c.pupil)), ("Leeftijd", V(c, "18 jaar" if c.adult else "15 jaar")), ("Mentor", V(c, c.mentor))])
    d.i("Elke leerling wordt één keer per schooljaar besproken; daarbij wordt het OPP bijgesteld.")
    bev = c.fill("bevorderende_factoren", T.bevorderend(c))
    bel = c.fill("belemmerende_factoren", T.belemmerend(c))
    d.h2("Positieve en belemmerende factoren")
    d.table([["Positieve factoren", "Belemmerende factoren"], [bev or "", bel or ""]], header=True)
    d.kv([("Leeropbrengsten", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Onderwijsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Verwachte uitstroom", c.fill("uitstroombestemming", T.dest(c))),
          ("Advies commissie voor de begeleiding", c.fill("adviezen_professionals", T.advies_cvb(c)))])
    d.h2("Onderwijsaanbod")
    d.kv([("Aandachtspunten, doelen en verwachtingen voor dit schooljaar", c.fill("doelen", T.doelen(c))),
          ("Begeleiding", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Afwijkingen van het programma", _afw(c, yes_no=False)),
          ("Mening van de leerling", T.inbreng_fill(c) if not c.adult else None),
          ("Contactavond", c.fill("oogo", T.oogo(c))),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c), "Tijdens de contactavond in februari.")),
          ("Datum vaststelling", c.fill("vaststelling", f"{c.plan_date} door {c.director}, directeur"))])
    d.i("Tijdens de contactavond in februari bespreken we het OPP met de ouders/verzorgers en vragen we hen het OPP "
        "en het bijbehorende onderwijsaanbod te ondertekenen.")
    sign(d, c, [("Mentor", c.mentor), ("Directeur", c.director)], title="Ondertekening OPP en onderwijsaanbod",
         parent_label="Ouders/verzorgers")
    return d


def ijmond_gd(c: Case) -> Doc:
    """SWV PO IJmond: Groeidocument (compleet) with 1 Gegevens Ondersteuningsteam, 2 OPP, 3 Aanvraag TLV."""
    d = Doc(header="Groeidocument SWV PO (compleet)", footer=f"Groeidocument – {V(c, c.pupil)}")
    d.title("Groeidocument")
    d.h1("1 Gegevens Ondersteuningsteam")
    d.kv([("Leerling", V(c, c.pupil)), ("School", V(c, c.school)), ("Datum ondersteuningsteam", V(c, dmy(c.d_start))),
          ("Aanwezig", V(c, f"ouders, leerkracht, IB ({c.ib}), consulent SWV ({c.consulent}), directie")),
          ("Advies ondersteuningsteam", c.fill("adviezen_professionals", T.advies(c)))])
    d.h1("2 Ontwikkelingsperspectiefplan (OPP)")
    d.kv([("Onderwijs- en ondersteuningsbehoeften van de leerling", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Uitstroombestemming", c.fill("uitstroombestemming", T.dest(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Doelen", c.fill("doelen", T.doelen(c))),
          ("Extra ondersteuning (handelingsdeel)", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Afwijkingen van het onderwijsprogramma", _afw(c)),
          ("Inbreng ouders", c.fill("oogo", T.oogo(c))),
          ("Inbreng leerling (hoorrecht)", T.inbreng_fill(c)),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Vaststelling", c.fill("vaststelling", f"{c.plan_date} door {c.director}, directeur"))])
    sign(d, c, [("Directeur", c.director)], title="Instemming handelingsdeel")
    d.h1("3 Aanvraag toelaatbaarheidsverklaring s(b)o")
    d.i("Alleen invullen bij een aanvraag.")
    d.kv([("Gevraagde voorziening", ""), ("Motivering", "")])
    return d


def parantion_export(c: Case) -> Doc:
    """Digital groeidocument (Parantion) printed to PDF: label/value blocks, a print date in the header."""
    printed = dmy(c.d_eval1) if c.date else "01-10-2025"
    d = Doc(header=f"Groeidocument – {V(c, c.pupil)} – afgedrukt op {printed}",
            footer="Groeidocument (digitaal dossier) – export")
    d.title("Groeidocument")
    d.h2("Gegevens")
    d.kv([("Leerling", V(c, c.pupil)), ("School", V(c, c.school)), ("Status", V(c, "Vastgesteld")
          if c.status["vaststelling"] == "present" else V(c, "Concept"))])
    d.sect("Gezinsvragenlijst", c.fill("oogo", T.oogo(c)))
    d.sect("Hoe denk jij erover?", T.inbreng_fill(c))
    d.sect("Onderwijs- en ondersteuningsbehoefte", c.fill("ondersteuningsbehoefte", T.behoefte(c)))
    d.h2("Ontwikkelingsperspectief (OPP)")
    d.kv([("Uitstroombestemming", c.fill("uitstroombestemming", T.dest(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Adviezen", c.fill("adviezen_professionals", T.advies(c))),
          ("Doelen", c.fill("doelen", T.doelen(c))),
          ("Interventies", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Afwijkingen onderwijsprogramma", _afw(c, yes_no=False)),
          ("Evaluatie interventies", c.fill("evaluatie", T.evaluatie(c))),
          ("Vastgesteld op", c.fill("vaststelling", f"{c.plan_date} door {c.director}"))])
    if c.status["instemming_ouders"] != "missing":
        d.h2("Akkoord ouders")
        v = c.consent
        txt = {"digital": f"Akkoord ouders: ja – {c.parent1}, {dmy(c.d_sign)} (via ouderportaal)",
               "signed": f"Akkoord ouders: ja – {c.parent1}, {dmy(c.d_sign)}",
               "refused": f"Akkoord ouders: nee – {c.parent1}, {dmy(c.d_sign)}",
               "gezien": f"Ouders: gezien – {c.parent1}, {dmy(c.d_sign)}",
               "no_date": f"Akkoord ouders: ja – {c.parent1}"}.get(v, "Akkoord ouders: –")
        d.p("Akkoord ouders:" if c.blank else txt)
    return d


def parnassys_export(c: Case) -> Doc:
    """ParnasSys OPP printed from the LVS: Verantwoording, Handelingsplan, Evaluatie, Ondertekenen."""
    d = Doc(header=f"{V(c, c.school)}  –  Ontwikkelingsperspectief – {V(c, c.pupil)}",
            footer=f"Afdrukdatum: {dmy(c.d_eval1) if c.date else ''}  –  ParnasSys")
    d.title("Ontwikkelingsperspectief")
    d.kv([("Leerling", V(c, c.pupil)), ("Groep", V(c, "sbo-groep 7")), ("Planperiode", V(c, f"{dmy(c.date)} - {dmy(c.d_eval2)}" if c.date else ""))])
    d.h1("Verantwoording")
    d.kv([("Huidig didactisch en leergebiedoverstijgend niveau", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Stimulerende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Ondersteuningsbehoefte", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Ambitieniveau", V(c, "hoog, passend bij de mogelijkheden")),
          ("Verwachte uitstroomprofiel", c.fill("uitstroombestemming", T.dest(c))),
          ("Adviezen externen", c.fill("adviezen_professionals", T.advies(c)))])
    d.h1("Handelingsplan")
    d.kv([("Doelen", c.fill("doelen", T.doelen(c))), ("Aanpak", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Beredeneerd aangepast leerstofaanbod", _afw(c, yes_no=False)),
          ("Inbreng leerling", T.inbreng_fill(c)), ("Gesprek ouders", c.fill("oogo", T.oogo(c)))])
    d.sect("Evaluatie", c.fill("evaluatie", T.evaluatie(c)), level=1)
    d.kv([("Vastgesteld", c.fill("vaststelling", f"{c.plan_date} – {c.director}, directeur"))])
    sign(d, c, [("Directeur", c.director)], title="Ondertekenen handelingsdeel", parent_label="Ouder/verzorger")
    return d


def spow_gd(c: Case) -> Doc:
    """SPOW: groeidocument in the HGW cycle (waarnemen, begrijpen, plannen, realiseren), signed by ouders."""
    d = Doc(footer="Groeidocument (GD) – format samenwerkingsverband")
    d.title("Groeidocument")
    d.kv([("Naam leerling", V(c, c.pupil)), ("School", V(c, c.school)), ("Datum SOT", V(c, dmy(c.d_start)))])
    d.h1("Waarnemen")
    d.i("Ouders vullen samen met de leerkracht het deel waarnemen in. De leerkracht vult samen met de leerling het "
        "deel van de leerling in.")
    d.kv([("Deel ouders", c.fill("oogo", T.oogo(c))), ("Deel leerling", T.inbreng_fill(c))])
    d.h1("Begrijpen")
    d.kv([("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Onderwijsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Inbreng SOT / deskundigen", c.fill("adviezen_professionals", T.advies(c)))])
    d.h1("Plannen")
    d.kv([("Uitstroomperspectief", c.fill("uitstroombestemming", T.dest(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Doelen", c.fill("doelen", T.doelen(c))),
          ("Extra ondersteuning", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Afwijkingen", _afw(c, yes_no=False))])
    d.h1("Realiseren en evalueren")
    d.kv([("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Vaststelling", c.fill("vaststelling", f"{c.plan_date}, {c.director} (directeur)"))])
    sign(d, c, [("Directeur", c.director), ("Leerkracht", c.mentor)], title="Ondertekening GD")
    return d


def leaflet(c: Case) -> Doc:
    """Not an OPP: a samenwerkingsverband's page for parents about what an OPP contains."""
    d = Doc(footer=f"{c.swv} – informatie voor ouders")
    d.title("Wat is een ontwikkelingsperspectiefplan (OPP)?")
    d.p("Heeft uw kind extra ondersteuning nodig? Dan stelt de school een ontwikkelingsperspectiefplan op. In het "
        "plan staat welk resultaat en niveau de school verwacht en welke ondersteuning daarbij nodig is.")
    d.h2("Wat staat er in een OPP?")
    d.p("- het verwachte uitstroomprofiel, met de onderbouwing;\n- de belemmerende en bevorderende factoren;\n"
        "- de onderwijsbehoeften van uw kind;\n- het handelingsdeel: de ondersteuning voor een bepaalde periode;\n"
        "- eventuele afwijkingen van het onderwijsprogramma.")
    d.h2("Overleg en instemmingsrecht")
    d.p("Over het eerste deel voert de school overleg met u. Op het handelingsdeel heeft u instemmingsrecht: de "
        "school mag dit deel pas uitvoeren als u akkoord bent. Uw kind heeft het recht om gehoord te worden.")
    d.h2("Evaluatie en vragen")
    d.p("Het plan wordt minstens één keer per jaar met u en uw kind geëvalueerd. Bent u het niet eens met het plan? "
        "Het ouder- en jeugdsteunpunt denkt met u mee. U kunt ook de Geschillencommissie passend onderwijs om een "
        "oordeel vragen.")
    return d


def schoolgids(c: Case) -> Doc:
    """Not an OPP: the support chapter of a school guide."""
    d = Doc(footer=f"Schoolgids {c.school} 2025-2026")
    d.title("Schoolgids – hoofdstuk 6: Ondersteuning")
    d.h2("6.3 Ontwikkelingsperspectief")
    d.p("Wanneer de basisondersteuning niet voldoende is, stelt de school in overleg met ouders en leerling een "
        "ontwikkelingsperspectiefplan (OPP) op. De intern begeleider coördineert dit. Het OPP beschrijft het "
        "verwachte eindniveau, de doelen, de extra ondersteuning en de afspraken over evaluatie.")
    d.p("Ouders tekenen voor akkoord op het handelingsdeel. Het OPP wordt minimaal één keer per schooljaar "
        "geëvalueerd.")
    d.table([["Ondersteuningsniveau", "Wie", "Document"], ["Basisondersteuning", "leerkracht", "groepsplan"],
             ["Extra ondersteuning", "IB en ondersteuningsteam", "OPP"]], header=True)
    return d


MAGISTER_DOMAINS = ["Leren", "Werkhouding", "Sociaal-emotioneel"]


def magister_zorg(c: Case) -> Doc:
    """Magister Zorg OPP module (VO) printed: three steps, goals per domain, digital signing in Magister."""
    printed = dmy(c.d_eval1) if c.date else ""
    d = Doc(header=f"Magister  |  OPP  |  {V(c, c.pupil)}  |  geprint {printed}".rstrip(),
            footer=f"{V(c, c.school)} – Ontwikkelingsperspectiefplan (Magister Zorg)")
    d.title("Ontwikkelingsperspectiefplan")
    d.kv([("Leerling", V(c, c.pupil)), ("Klas", V(c, "2 mavo")), ("Zorgcoördinator", V(c, c.ib)),
          ("Mentor", V(c, c.mentor)), ("Status", V(c, "Vastgesteld") if c.status["vaststelling"] == "present" else V(c, "Concept"))])
    d.h1("Stap 1 – Beeld van de leerling")
    d.kv([("Onderbouwing / beginsituatie", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Bevorderende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
          ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
          ("Ondersteuningsbehoefte", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Verwacht uitstroomperspectief", c.fill("uitstroombestemming", T.dest(c))),
          ("Adviezen deskundigen", c.fill("adviezen_professionals", T.advies(c)))])
    d.h1("Stap 2 – Doelen en aanpak per domein")
    doel = c.fill("doelen", T.doelen(c))
    ond = c.fill("ondersteuning", T.ondersteuning(c))
    if doel is not None or ond is not None:
        rows = [["Domein", "Doel", "Aanpak en ondersteuning"], [MAGISTER_DOMAINS[0], doel or "", ond or ""]]
        rows += [[x, "", ""] for x in MAGISTER_DOMAINS[1:]]
        d.table(rows, header=True)
    d.kv([("Afwijkingen van het onderwijsprogramma", _afw(c, yes_no=False)),
          ("Inbreng leerling", T.inbreng_fill(c)), ("Overleg met ouders", c.fill("oogo", T.oogo(c))),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Vastgesteld", c.fill("vaststelling", f"{c.plan_date} door {c.director}, teamleider"))])
    d.h1("Stap 3 – Delen en ondertekenen")
    v, sd = c.consent, dmy(c.d_sign)
    if c.blank:
        lines = ["Ouder/verzorger:", "Leerling:"]
    else:
        lines = {
            "digital": [f"Ouder/verzorger: ondertekend door {c.parent1} op {sd} (digitaal, via Magister)",
                        f"Leerling: gezien door {c.first} op {sd}"],
            "blank": [f"Ouder/verzorger: verzonden ter ondertekening op {sd} – status: open", "Leerling: –"],
            "pupil_only": ["Ouder/verzorger: nog niet ondertekend", f"Leerling: ondertekend door {c.pupil} op {sd}"],
            "refused": [f"Ouder/verzorger: niet akkoord – {c.parent1}, {sd}", "Leerling: –"],
        }[v]
    d.p("\n".join(lines))
    return d
