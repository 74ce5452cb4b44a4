"""Real formats, part A: primary-school formats of samenwerkingsverbanden (see corpus/real/README.md for sources)."""

from __future__ import annotations

from . import texts as T
from .blocks import Doc, avg_block, box, boxes, consent_extras, signature_rows
from .model import Case, dmy


def sign(d: Doc, c: Case, school, title=None, intro=None, parent_label="Ouder(s)/verzorger(s)", akkoord_col=False,
         head=("", "Naam", "Datum", "Handtekening")):
    if c.status["instemming_ouders"] == "missing":
        return
    if c.status["informatie_rechten"] == "present" and c.fmt != "leiden-vo":
        d.h2("Informatie voor ouders")  # a paragraph the school added to the format
        d.p(T.rechten(c))
    if title:
        d.h2(title)
    if intro:
        d.i(intro)
    for _, t in consent_extras(c):
        d.p(t)
    d.table(signature_rows(c, school, parent_label, head=head, akkoord_col=akkoord_col), header=True)
    if c.consent == "avg_only" and not c.blank:
        avg_block(d, c)


def V(c: Case, text: str) -> str:
    """A plain data value (name, date, school): empty in a blank format."""
    return "" if c.blank else text


# ---------------------------------------------------------------------------------------------------------------
def rgv_381(c: Case) -> Doc:
    """SWV Rijn & Gelderse Vallei, bijlage 3.8.1 'Format ontwikkelingsperspectiefplan (OPP)' v3."""
    d = Doc(header="Vastgesteld document\nDirecteur- bestuurder Vaststelling d.d. 08-12-2022",
            footer="bijlage 3.8.1 v3 – Format ontwikkelingsperspectiefplan (OPP)")
    d.title("OPP voor een individuele leerling")
    d.h1("Ontwikkelingsperspectief en Handelingsdeel")
    d.h1("1. Ontwikkelingsperspectief")
    d.h2("Gegevens leerling, school en ouders")
    g = None if c.blank else ("Jongen" if c.he else "Meisje")
    d.kv([
        ("Startdatum", V(c, dmy(c.d_start))), ("Naam leerling", V(c, c.pupil)), ("Geboortedatum", V(c, dmy(c.birth))),
        ("", boxes(["Meisje", "Jongen", "Onbekend"], g)),
        ("Adres leerling", V(c, f"Schoolstraat {c.rng.randint(2, 80)}, {c.place}") or "straat-postcode-woonplaats"),
        ("Gezinssamenstelling en eventuele bijzonderheden", V(c, "vader, moeder, een jongere zus")),
        ("Nationaliteit", V(c, "Nederlandse")), ("Geboorteland", V(c, "Nederland")), ("In Nederland sinds", ""),
        ("Welke taal wordt thuis gesproken?", V(c, "Nederlands")),
        ("School (naam)", V(c, f"{c.school}, {c.place}") or "straat-postcode-woonplaats"),
        ("BRIN:", V(c, f"{c.rng.randint(10, 99)}XY")), ("Naam schoolbestuur", V(c, "Stichting Lindewaard Onderwijs")),
        ("Bestuursnummer:", V(c, str(c.rng.randint(40000, 49999)))), ("Naam directeur", V(c, c.director)),
        ("Telefoonnummer school", V(c, "0318-000000")),
        ("Is er sprake geweest van VVE toekenning en/of voorschoolse voorziening", V(c, "nee")),
        ("Actuele Groep + schoolverloop", V(c, f"groep {c.rng.randint(5, 7)}; groep 3 gedoubleerd")),
        ("Schoolwisselingen", boxes(["ja", "nee"], None if c.blank else "nee")),
        ("Zo ja, graag de namen van de scholen, duur van verblijf en reden schoolwisseling", ""),
        ("Schoolverzuim", boxes(["normaal", "veel"], None if c.blank else "normaal") + "\ntoelichting"),
        ("Leerkracht(en) huidige groep", V(c, c.mentor) or "e-mailadres + werkdagen"),
        ("Steunpuntcoördinator", ""), ("Intern Begeleider", V(c, c.ib) or "e-mailadres + werkdagen"),
        ("Ouders / verzorgers", "Namen, telefoonnummers en e-mailadressen"),
        ("Verzorger 1:", f"{box(False)} Dhr {box(False)} Mw\nNaam: {V(c, c.parent1)}\nTelefoonnr:\nE-mailadres:\n"
                         "Adres (indien anders dan het kind):"),
        ("Verzorger 2:", f"{box(False)} Dhr {box(False)} Mw\nNaam: {V(c, c.parent2)}\nTelefoonnr:\nE-mailadres:\n"
                         "Adres (indien anders dan het kind):"),
        ("Burgerlijke staat ouder(s) / verzorger(s)", V(c, "gehuwd")),
        ("Het ouderlijk / wettelijk gezag berust bij:", V(c, "beide ouders")), ("Wie informeert wie?", ""),
        ("Bij voogdij; wie is de gezinsvoogd?", ""),
        ("Contactgegevens voogd", f"{box(False)} Dhr {box(False)} Mw\nNaam :\nAdres :\nTelefoonnr :\nE-mailadres :"),
    ])
    d.h2("Reden van opstarten OPP")
    adv = c.fill("adviezen_professionals", T.advies(c), "")
    d.kv([
        ("1. Omschrijf de hulpvraag:", V(c, f"Hoe kunnen we {c.first} helpen om bij rekenen en lezen weer tot leren te komen?")),
        ("2. Wanneer en op welke manier is het SWV betrokken:", V(c, f"Consulent {c.consulent}, sinds {dmy(c.d_start)}")),
        ("3. Welke signalen zijn aanleiding om het proces te starten?",
         "a. Leerkracht/team\nb. Ouders / verzorgers\nc. Kind\nd. Anders, namelijk:"),
        ("4. Analyse van de ingezette interventies.", "Welke periode/groep:\nInterventie:\nEffect:" if c.blank else
         "Welke periode/groep: groep 5-6\nInterventie: RT rekenen 2x per week\nEffect: kleine groei, niet voldoende"),
        ("5. Welk onderzoek heeft er plaatsgevonden:",
         f"{box(False)} Handelingsgerichte diagnostiek\nDoor wie is wat wanneer vastgesteld en wat is de conclusie?\n"
         f"{box(adv is not None and adv != '' and not c.blank)} Capaciteitenonderzoek\n"
         f"Door wie is wat wanneer vastgesteld en wat is de conclusie?"
         + (f"\n{adv}" if adv else "") if adv is not None else None),
    ])
    d.h2("Onderbouwing en verwachte uitstroombestemming")
    d.kv([
        ("Stimulerende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
        ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
        ("Onderwijsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
        ("Verwachte uitstroombestemming", c.fill("uitstroombestemming", T.dest(c))),
        ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
        ("Visie ouders", c.fill("oogo", T.oogo(c))),
        ("Visie kind", T.inbreng_fill(c)),
    ])
    d.brk()
    d.h1("2. Handelingsdeel")
    ond = c.fill("ondersteuning", T.ondersteuning(c))
    doel = c.fill("doelen", T.doelen(c))
    if ond is not None or doel is not None:
        d.table([["Doelen", "Aanpak / ondersteuning (wie, wat, hoe vaak)"], [doel or "", ond or ""]], header=True)
    afw = _afw(c)
    d.kv([("Afwijkingen van het onderwijsprogramma", afw),
          ("Evaluatie (wanneer, met wie)", c.fill("evaluatie", T.evaluatie(c)))])
    d.h2("Ondertekening")
    d.kv([("Datum vaststelling OPP", c.fill("vaststelling", f"{c.plan_date}, vastgesteld door {c.director}, directeur"))])
    sign(d, c, [("Directeur", c.director), ("Intern begeleider", c.ib)], intro="Voor akkoord handelingsdeel:")
    return d


def _afw(c: Case, yes_no=True) -> str | None:
    """Deviations from the programme: ticked 'nee' (not applicable), described, unticked, or left out."""
    st = c.status["afwijkingen_onderwijsprogramma"]
    if st == "missing":
        return None
    if c.blank or (st == "incomplete" and c.gaps.get("afwijkingen_onderwijsprogramma", "unticked") == "unticked"):
        return f"{box(False)} ja   {box(False)} nee\nZo ja, welke:" if yes_no else ""
    if st == "incomplete":
        return c.fill("afwijkingen_onderwijsprogramma", "")
    if st == "not_applicable":
        return f"{box(False)} ja   {box(True)} nee" if yes_no else c.rng.choice(T.NO_AFWIJKING)
    return (f"{box(True)} ja   {box(False)} nee\nZo ja, welke: " if yes_no else "") + T.afwijking(c)


# ---------------------------------------------------------------------------------------------------------------
def meierij_abcd(c: Case) -> Doc:
    """SWV De Meierij (PO): Word format in four onderdelen A-D."""
    d = Doc(footer="Format OPP De Meierij – Word-versie", sdt_boxes=True)
    d.title("Ontwikkelingsperspectief (OPP)")
    d.p(f"Leerling: {V(c, c.pupil)}    Geboortedatum: {V(c, dmy(c.birth))}    School: {V(c, c.school)}")
    d.h1("Onderdeel A")
    d.i("Onderdeel A moet altijd ingevuld worden.")
    d.kv([
        ("Hulpvraag", V(c, f"Wat heeft {c.first} nodig om tot leren te komen?")),
        ("Stimulerende factoren", c.fill("bevorderende_factoren", T.bevorderend(c))),
        ("Belemmerende factoren", c.fill("belemmerende_factoren", T.belemmerend(c))),
        ("Onderwijsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
        ("Verwachte uitstroombestemming", c.fill("uitstroombestemming", T.dest(c))),
        ("Onderbouwing uitstroombestemming", c.fill("onderbouwing", T.onderbouwing(c))),
        ("Visie en inbreng ouders", c.fill("oogo", T.oogo(c))),
    ])
    seen = not c.blank and c.consent not in ("blank", "school_only", "avg_only")
    d.i("Dit onderdeel moet getekend worden door de school en de ouders moeten tekenen dat zij het hebben gezien.")
    d.table([["", "Naam", "Datum", "Handtekening"],
             ["School", V(c, c.ib), V(c, dmy(c.d_overleg)), V(c, "w.g.")],
             ["Ouders (gezien)", c.parent1 if seen else "", dmy(c.d_overleg) if seen else "",
              f"gezien, w.g. {c.parent1}" if seen else ""]], header=True)
    d.h1("Onderdeel B")
    d.i("Onderdeel B wordt in principe altijd ingevuld.")
    d.kv([("Onderzoeksgegevens en adviezen van deskundigen", c.fill("adviezen_professionals", T.advies(c))),
          ("Didactische gegevens", V(c, T.onderbouwing(c)))])
    d.brk()
    d.h1("Onderdeel C – Handelingsdeel")
    d.i("Ouders moeten instemmen met dit onderdeel.")
    d.kv([("Doelen voor de komende periode", c.fill("doelen", T.doelen(c))),
          ("Aanpak en ondersteuning (wie, wat, wanneer)", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Afwijkingen van het onderwijsprogramma", _afw(c)),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Datum vaststelling", c.fill("vaststelling", f"{c.plan_date} door {c.director}, directeur"))])
    sign(d, c, [("School (directeur)", c.director)], title="Ondertekening onderdeel C",
         intro="Ouders tekenen ten teken dat ze het eens zijn met dit deel.")
    d.h1("Onderdeel D")
    d.i("In te vullen tijdens het arrangementsgesprek; te tekenen door de ondersteuningsmanager.")
    d.kv([("Arrangement", V(c, "begeleidingsarrangement, 1 jaar")), ("Ondersteuningsmanager", V(c, c.consulent)),
          ("Datum arrangementsgesprek", V(c, dmy(c.d_start)))])
    return d


# ---------------------------------------------------------------------------------------------------------------
def zaanstreek_gd(c: Case) -> Doc:
    """SWV PO Zaanstreek: Groeidocument in four parts; the OPP is part 4."""
    d = Doc(header=f"Groeidocument – {V(c, c.pupil)}", footer="Groeidocument SWV PO – versie schooljaar 2024-2025")
    d.title("Groeidocument")
    d.h1("1. Gegevens van de leerling")
    d.kv([("Naam", V(c, c.pupil)), ("Geboortedatum", V(c, dmy(c.birth))), ("School en groep", V(c, f"{c.school}, groep 6")),
          ("Ouders/verzorgers", V(c, f"{c.parent1}, {c.parent2}"))])
    d.h1("2. Informatie over de leerling, op school en in de thuissituatie")
    bev = c.fill("bevorderende_factoren", T.bevorderend(c))
    bel = c.fill("belemmerende_factoren", T.belemmerend(c))
    d.table([["", "Bevorderende factoren", "Belemmerende factoren"],
             ["Leerling", bev if bev is not None else "", bel if bel is not None else ""],
             ["Onderwijs", V(c, "vaste leerkracht, kleine groep"), V(c, "drukke klas")],
             ["Opvoeding", V(c, "betrokken ouders"), V(c, "")]] if (bev is not None or bel is not None) else [],
            header=True)
    d.kv([("Visie van ouders", c.fill("oogo", T.oogo(c))),
          ("Visie van het kind", T.inbreng_fill(c))])
    d.h1("3. De ondersteuningsbehoefte van de leerling")
    d.kv([("Onderwijs- en ondersteuningsbehoeften", c.fill("ondersteuningsbehoefte", T.behoefte(c))),
          ("Adviezen van betrokken deskundigen", c.fill("adviezen_professionals", T.advies(c)))])
    d.brk()
    d.h1("4. Het ontwikkelingsperspectiefplan (OPP)")
    d.kv([("Uitstroomperspectief", c.fill("uitstroombestemming", T.dest(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("(Tussen)doelen", c.fill("doelen", T.doelen(c))),
          ("Onderwijsaanbod in relatie tot het groepsplan", c.fill("ondersteuning", T.ondersteuning(c))),
          ("Inhoud, omvang en duur van het arrangement", V(c, "begeleidingsarrangement, 1 schooljaar")),
          ("Afwijkingen van het onderwijsprogramma", _afw(c, yes_no=False)),
          ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Vastgesteld", c.fill("vaststelling", f"op {c.plan_date} door {c.director} (directeur)"))])
    sign(d, c, [("Directeur", c.director), ("Leerkracht", c.mentor)], title="Ondertekening OPP",
         parent_label="Ouders", akkoord_col=True)
    return d


# ---------------------------------------------------------------------------------------------------------------
def swvgo(c: Case) -> Doc:
    """SWV Passend Onderwijs Goeree-Overflakkee: the OPP contents the schools agreed on."""
    d = Doc(footer="Ontwikkelingsperspectief – format samenwerkingsverband")
    d.title("Ontwikkelingsperspectief")
    d.h2("NAW-gegevens")
    d.kv([("Naam leerling", V(c, c.pupil)), ("Adres", V(c, f"Dorpsweg {c.rng.randint(1, 99)}, {c.place}")),
          ("Geboortedatum", V(c, dmy(c.birth))), ("School / groep of klas", V(c, c.school)),
          ("Begindatum OPP (BRON)", V(c, dmy(c.d_start))), ("Einddatum OPP (BRON)", "")])
    d.h2("Stimulerende en belemmerende factoren")
    bev = c.fill("bevorderende_factoren", T.bevorderend(c))
    bel = c.fill("belemmerende_factoren", T.belemmerend(c))
    d.table([["Stimulerende factoren", "Belemmerende factoren"], [bev or "", bel or ""]], header=True)
    d.sect("Onderwijsbehoeften van de leerling", c.fill("ondersteuningsbehoefte", T.behoefte(c)))
    d.h2("Medische bijzonderheden")
    d.p(V(c, "geen"))
    d.sect("Verwachte uitstroombestemming", c.fill("uitstroombestemming", T.dest(c)))
    ond = c.fill("ondersteuning", T.ondersteuning(c))
    doel = c.fill("doelen", T.doelen(c))
    if ond is not None or doel is not None:
        d.h2("Te bieden ondersteuning en begeleiding")
        d.table([["Doel", "Ondersteuning en begeleiding (wie, wat, hoe vaak)"], [doel or "", ond or ""]], header=True)
    d.sect("Afwijkingen van het (reguliere) onderwijsprogramma", _afw(c, yes_no=False), "Indien aan de orde.")
    d.sect("Evaluatie van de geboden ondersteuning en begeleiding", c.fill("evaluatie", T.evaluatie(c)))
    d.h2("Overleg en ondertekening")
    d.kv([("Besproken met ouders op", c.fill("oogo", f"{dmy(c.d_overleg)} ({c.parent1}, {c.mentor}, {c.ib})")),
          ("Vastgesteld door / datum", c.fill("vaststelling", f"{c.director}, directeur / {c.plan_date}"))])
    sign(d, c, [("Directeur", c.director)])
    return d


# ---------------------------------------------------------------------------------------------------------------
def dordrecht(c: Case) -> Doc:
    """SWV PO Dordrecht: OPP format, factors per domain, handelingsdeel with betrokkenen and hulpmiddelen."""
    d = Doc(header=f"OPP {V(c, c.pupil)}", footer="Format OntwikkelPlanPerspectief (OPP)")
    d.title("OntwikkelPlanPerspectief (OPP)")
    d.kv([("Naam leerling", V(c, c.pupil)), ("Groep", V(c, "6")), ("School", V(c, c.school)),
          ("Datum opstellen", V(c, dmy(c.d_start)))])
    d.h2("Stimulerende en belemmerende factoren")
    bev = c.fill("bevorderende_factoren", T.bevorderend(c))
    bel = c.fill("belemmerende_factoren", T.belemmerend(c))
    d.table([["Domein", "Stimulerend", "Belemmerend"],
             ["Leren", bev or "", bel or ""], ["Werkhouding", V(c, "wil graag"), V(c, "snel afgeleid")],
             ["Sociaal-emotioneel", "", ""], ["Thuissituatie", "", ""]], header=True)
    d.h2("Ondersteuningsbehoeften")
    d.i("Afgeleid van de stimulerende en belemmerende factoren.")
    d.p(c.fill("ondersteuningsbehoefte", T.behoefte(c)))
    d.h2("Uitstroombestemming")
    d.kv([("Verwachte uitstroombestemming", c.fill("uitstroombestemming", T.dest(c))),
          ("Onderbouwing", c.fill("onderbouwing", T.onderbouwing(c))),
          ("Inbreng externen", c.fill("adviezen_professionals", T.advies(c)))])
    d.brk()
    d.h2("Handelingsdeel")
    d.i("Beschrijving van individuele ondersteuning, inzet van betrokkenen en hulpmiddelen.")
    ond = c.fill("ondersteuning", T.ondersteuning(c))
    doel = c.fill("doelen", T.doelen(c))
    d.table([["Doelen", "Aanpak, betrokkenen en hulpmiddelen"], [doel or "", ond or ""]], header=True)
    d.kv([("Afwijkingen onderwijsprogramma", _afw(c)), ("Evaluatie", c.fill("evaluatie", T.evaluatie(c))),
          ("Gesprek met ouders", c.fill("oogo", T.oogo(c))),
          ("Inbreng van de leerling", T.inbreng_fill(c)),
          ("Vastgesteld op", c.fill("vaststelling", f"{c.plan_date} door {c.director}, directeur"))])
    sign(d, c, [("Leerkracht", c.mentor), ("Intern begeleider", c.ib), ("Directeur", c.director)],
         title="Ondertekening", intro="Het OPP wordt door alle betrokkenen ondertekend. Ouders hebben "
         "instemmingsrecht op het handelingsdeel.")
    return d
